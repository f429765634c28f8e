"""Per-source status rows (schema.SOURCES), written as JSON files beside the work folder.

In: a source spec and how reading it went. Out: a dict with exactly the SOURCES columns.
A source that fails (a URL that does not exist, a corrupt archive) is reported here with
status=error and the message, instead of crashing the run. Repository readers run on Ray
workers, so each writes its own `<work_dir>/reports/<source_id>.json` (work_dir: a local
path or any pyarrow filesystem URI); the driver collects them with `read_reports`.

    write_report(work_dir, source_report(spec, materialized, n_files=12, n_bytes=3456))
    rows = read_reports(work_dir) + document_reports(manifest.datasheets[0], "datasheet")
"""

from __future__ import annotations

import json
import os

import pyarrow.fs as pafs

from spark_data import schema
from spark_data.sources.archive import file_sha256
from spark_data.sources.cache import Materialized
from spark_data.sources.manifest import DATASHEET_SUFFIXES, DocumentSpec, RepoSpec, expand_documents

REPORTS = "reports"  # folder under work_dir


def repo_source_id(spec: RepoSpec) -> str:
    """Stable id of a repository source; a git source is (url, commit), not the url alone."""
    key = f"{spec.url}@{spec.commit}" if spec.url else spec.location
    return schema.source_id("repo", key)


def source_report(
    spec: RepoSpec,
    outcome: Materialized | BaseException,
    n_files: int,
    n_bytes: int,
    split: tuple[str, str] = ("train", "default"),
) -> dict:
    """The SOURCES row of a repository: status ok with counts, or error with the message."""
    ok = isinstance(outcome, Materialized)
    return {
        "source_id": repo_source_id(spec),
        "kind": "repo",
        "name": spec.name,
        "location": spec.location,
        "origin": spec.origin,
        "commit": outcome.commit if ok else spec.commit,
        "commit_time": _commit_time(outcome) if ok else None,
        "manufacturer": spec.manufacturer,
        "tags": list(spec.tags),
        "held_out": spec.held_out,
        "upstream": spec.upstream,
        "split": split[0],
        "split_reason": split[1],
        "status": "ok" if ok else "error",
        "error": None if ok else str(outcome) or type(outcome).__name__,
        "n_files": n_files,
        "bytes": n_bytes,
        "sha256": outcome.sha256 if ok else None,
    }


def _commit_time(outcome: Materialized) -> int | None:
    from spark_data.sources.repos import commit_time

    return commit_time(outcome.root) if outcome.commit else None


def document_reports(
    spec: DocumentSpec, kind: str = "datasheet", suffixes: tuple[str, ...] = DATASHEET_SUFFIXES
) -> list[dict]:
    """SOURCES rows for a datasheet/SVD entry: one per file (status recorded, with sha256),
    or one status=error row for the entry when its path is missing or matches nothing."""
    files, error = expand_documents(spec, suffixes)
    split = ("held_out", "manifest") if spec.held_out else ("train", "default")
    base = {
        "kind": kind,
        "origin": "file",
        "commit": None,
        "commit_time": None,
        "manufacturer": spec.manufacturer,
        "tags": list(spec.tags),
        "held_out": spec.held_out,
        "upstream": False,
        "split": split[0],
        "split_reason": split[1],
    }
    if error:
        row = {
            **base,
            "source_id": schema.source_id(kind, spec.path),
            "name": os.path.basename(spec.path.rstrip("/")),
            "location": spec.path,
            "status": "error",
            "error": error,
            "n_files": 0,
            "bytes": 0,
            "sha256": None,
        }
        return [_ordered(row)]
    return [_document_row(base, kind, path) for path in files]


def _ordered(row: dict) -> dict:
    return {name: row[name] for name in schema.SOURCES.names}


def _document_row(base: dict, kind: str, path: str) -> dict:
    row = {
        **base,
        "source_id": schema.source_id(kind, path),
        "name": os.path.basename(path),
        "location": path,
        "n_files": 1,
    }
    try:
        row.update(status="recorded", error=None, bytes=os.path.getsize(path))
        row["sha256"] = file_sha256(path)
    except OSError as e:
        row.update(status="error", error=f"{type(e).__name__}: {e}", bytes=None, sha256=None)
    return _ordered(row)


def _filesystem(work_dir: str) -> tuple[pafs.FileSystem, str]:
    if "://" not in work_dir:
        work_dir = os.path.abspath(work_dir)
    return pafs.FileSystem.from_uri(work_dir)


def write_report(work_dir: str, report: dict) -> str:
    """Write one SOURCES row as `<work_dir>/reports/<source_id>.json`; returns its path."""
    fs, base = _filesystem(work_dir)
    folder = f"{base.rstrip('/')}/{REPORTS}"
    fs.create_dir(folder, recursive=True)
    path = f"{folder}/{report['source_id']}.json"
    tmp = f"{path}.tmp-{os.getpid()}"
    with fs.open_output_stream(tmp) as out:  # then a rename: readers never see half a file
        out.write(json.dumps(report, sort_keys=True, indent=1).encode("utf-8"))
    fs.move(tmp, path)
    return path


def read_reports(work_dir: str) -> list[dict]:
    """All SOURCES rows written under `<work_dir>/reports/`, sorted by source_id."""
    fs, base = _filesystem(work_dir)
    selector = pafs.FileSelector(f"{base.rstrip('/')}/{REPORTS}", allow_not_found=True)
    infos = [i for i in fs.get_file_info(selector) if i.path.endswith(".json")]
    rows = []
    for info in sorted(infos, key=lambda i: i.path):
        with fs.open_input_stream(info.path) as f:
            rows.append(json.loads(f.read().decode("utf-8")))
    return rows
