"""The output root: where tables, token shards, phase markers and the summary live.

The root is a local path or any pyarrow filesystem URI (s3://, gs://, hdfs://, file://).
Layout under it:

    sources/ files/ symbols/ docs/ blocks/   Parquet tables (schema.TABLES)
    tokens/<split>/<domain>/*.npy            flat uint32 token shards + tokens/index.json
    _phases/<phase>.json                     completion marker: fingerprint, config, stats
    _work/                                   caches (clones, archives, reader reports)
    summary.json                             the run summary

A phase is complete when its marker exists with a matching fingerprint; markers are
written last, so a phase interrupted half-way has none and is redone.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq


@dataclass
class Store:
    fs: pafs.FileSystem
    root: str  # path inside fs (no scheme)
    uri: str  # as the user gave it (for messages and Ray Data paths)

    @classmethod
    def open(cls, out: str) -> Store:
        if "://" in out:
            fs, root = pafs.FileSystem.from_uri(out)
        else:
            fs, root = pafs.LocalFileSystem(), os.path.abspath(out)
        fs.create_dir(root, recursive=True)
        # A local root is absolute: Ray workers may run in another working directory.
        uri = out.rstrip("/") if "://" in out else root.rstrip("/")
        return cls(fs=fs, root=root.rstrip("/"), uri=uri)

    @property
    def is_local(self) -> bool:
        return isinstance(self.fs, pafs.LocalFileSystem)

    def path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    def exists(self, *parts: str) -> bool:
        return self.fs.get_file_info(self.path(*parts)).type != pafs.FileType.NotFound

    def remove(self, *parts: str) -> None:
        p = self.path(*parts)
        info = self.fs.get_file_info(p)
        if info.type == pafs.FileType.Directory:
            self.fs.delete_dir(p)
        elif info.type == pafs.FileType.File:
            self.fs.delete_file(p)

    def write_json(self, rel: str, obj: Any) -> None:
        p = self.path(rel)
        self.fs.create_dir(posixpath.dirname(p), recursive=True)
        with self.fs.open_output_stream(p) as f:
            f.write(json.dumps(obj, indent=2, sort_keys=False, default=str).encode())

    def read_json(self, rel: str) -> Any | None:
        if not self.exists(rel):
            return None
        with self.fs.open_input_stream(self.path(rel)) as f:
            return json.loads(f.read().decode())

    def write_text(self, rel: str, text: str) -> None:
        p = self.path(rel)
        self.fs.create_dir(posixpath.dirname(p), recursive=True)
        with self.fs.open_output_stream(p) as f:
            f.write(text.encode())

    def write_table(self, name: str, table: pa.Table) -> None:
        """A small table written from the driver (e.g. `sources`), as one Parquet file."""
        self.remove(name)
        self.fs.create_dir(self.path(name), recursive=True)
        pq.write_table(table, self.path(name, "part-0.parquet"), filesystem=self.fs)

    def has_table(self, name: str) -> bool:
        if not self.exists(name):
            return False
        infos = self.fs.get_file_info(pafs.FileSelector(self.path(name), recursive=True))
        return any(i.path.endswith(".parquet") for i in infos)

    def dataset_path(self, name: str) -> str:
        """The path Ray Data reads/writes for a table (with the URI scheme for remote fs)."""
        return self.path(name) if self.is_local else f"{self.uri}/{name}"

    # --- phase markers ---------------------------------------------------------------

    def marker(self, phase: str) -> dict | None:
        return self.read_json(f"_phases/{phase}.json")

    def write_marker(self, phase: str, marker: dict) -> None:
        self.write_json(f"_phases/{phase}.json", marker)

    def clear_marker(self, phase: str) -> None:
        self.remove("_phases", f"{phase}.json")


def fingerprint(*parts: Any) -> str:
    """A stable hash of JSON-serialisable parts (config sections, upstream fingerprints)."""
    blob = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:20]
