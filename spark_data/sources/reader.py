"""Repository sources -> files rows: the split rule, spec (de)serialisation and `RepoReader`.

In (Ray Data): batches with one row per repository source and the columns
    spec       string  the RepoSpec as JSON (`spec_to_json`)
    work_dir   string  where `reports/<source_id>.json` go (local path or pyarrow URI)
    cache_dir  string  optional: local clone/extract cache; default work_dir when it is
                       local, else a folder under the system temp dir
Out: pa.Tables with exactly schema.FILES, at most cfg.ingest.files_per_batch rows each,
one row per file on disk (plus one per refused archive member), and for every source a
SOURCES row written with `report.write_report` (status ok, or error with the message: a
failed source is reported, never raised). The driver reads them with `read_reports`.

    ds = ray.data.from_items([{"spec": spec_to_json(s), "work_dir": w} for s in specs])
    files = ds.map_batches(RepoReader, fn_constructor_args=(cfg,), batch_size=1,
                           batch_format="pyarrow", compute=ActorPoolStrategy(...))

Without Ray, `repo_rows(spec, cache_dir, cfg, tally)` yields the same rows as dicts.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyarrow as pa

from spark_data import schema
from spark_data.config import DataConfig
from spark_data.sources.files import RepoMeta, file_row, refused_row
from spark_data.sources.license import repo_license
from spark_data.sources.manifest import RepoSpec
from spark_data.sources.report import read_reports, source_report, write_report
from spark_data.sources.repos import Materialized, SourceError, materialize
from spark_data.sources.walk import walk_repo

__all__ = [
    "RepoReader",
    "Tally",
    "assign_split",
    "local_cache_dir",
    "read_reports",  # re-exported: the driver reads what the readers wrote
    "repo_rows",
    "source_report",
    "spec_from_json",
    "spec_to_json",
]

log = logging.getLogger(__name__)


def assign_split(spec: RepoSpec, patterns: Sequence[str]) -> tuple[str, str]:
    """(split, reason): held_out/manifest, held_out/pattern:<p> or train/default.

    Patterns are regular expressions searched in the url, path, archive and name (with a
    trailing slash removed, so `(^|/)zephyr$` matches `/data/zephyr/`).
    """
    if spec.held_out:
        return "held_out", "manifest"
    candidates = [c.rstrip("/") for c in (spec.url, spec.path, spec.archive, spec.name) if c]
    for pattern in patterns:
        rx = re.compile(pattern)
        if any(rx.search(c) for c in candidates):
            return "held_out", f"pattern:{pattern}"
    return "train", "default"


def spec_to_json(spec: RepoSpec) -> str:
    return json.dumps(dataclasses.asdict(spec), sort_keys=True)


def spec_from_json(text: str) -> RepoSpec:
    data = json.loads(text)
    data["tags"] = tuple(data.get("tags") or ())
    return RepoSpec(**data)


@dataclass
class Tally:
    """How reading one repository went: what `source_report` needs after the rows."""

    outcome: Materialized | BaseException | None = None
    n_files: int = 0
    n_bytes: int = 0

    def add(self, row: dict) -> dict:
        self.n_files += 1
        self.n_bytes += row["bytes"] or 0
        return row


def repo_rows(spec: RepoSpec, cache_dir: str, cfg: DataConfig, tally: Tally) -> Iterator[dict]:
    """Materialise, walk and yield one files row per entry; the outcome goes to `tally`."""
    split = assign_split(spec, cfg.split.held_out_patterns)[0]
    try:
        m = materialize(spec, cache_dir, cfg.ingest)
    except SourceError as e:
        tally.outcome = e
        return
    except Exception as e:  # an unwritable cache, a bug: this source fails, not the run
        log.exception("materialising %s failed", spec.name)
        tally.outcome = SourceError(f"{type(e).__name__}: {e}")
        return
    repo = RepoMeta(name=spec.name, commit=m.commit, split=split, license=repo_license(m.root))
    try:
        for entry in walk_repo(m.root, cfg.ingest):
            yield tally.add(file_row(repo, entry, cfg.ingest))
        for member, reason in m.refused:
            yield tally.add(refused_row(repo, member, reason))
    except Exception as e:  # a bug must not take the whole run down: report the source
        log.exception("reading %s failed after %d files", spec.name, tally.n_files)
        tally.outcome = SourceError(f"failed after {tally.n_files} files: {type(e).__name__}: {e}")
        return
    tally.outcome = m


def local_cache_dir(work_dir: str, cache_dir: str | None = None) -> str:
    """The local folder for clones and extractions (git and tar need a real file system)."""
    if cache_dir:
        return cache_dir
    if work_dir.startswith("file://"):
        return work_dir[len("file://") :]
    if "://" not in work_dir:
        return work_dir
    return os.path.join(tempfile.gettempdir(), "spark_work", schema.stable_id("work", work_dir))


class RepoReader:
    """Ray Data callable: repository specs in, schema.FILES tables out (see module doc)."""

    def __init__(self, cfg: DataConfig) -> None:
        self.cfg = cfg
        self.rows_per_table = max(1, cfg.ingest.files_per_batch)

    def __call__(self, batch: pa.Table | dict) -> Iterator[pa.Table]:
        if not isinstance(batch, pa.Table):
            batch = pa.table(batch)
        specs = batch.column("spec").to_pylist()
        work_dirs = batch.column("work_dir").to_pylist()
        caches = (
            batch.column("cache_dir").to_pylist()
            if "cache_dir" in batch.column_names
            else [None] * len(specs)
        )
        rows: list[dict] = []
        yielded = False
        for spec_json, work_dir, cache_dir in zip(specs, work_dirs, caches, strict=True):
            for row in self.read(spec_from_json(spec_json), work_dir, cache_dir):
                rows.append(row)
                if len(rows) == self.rows_per_table:
                    yield pa.Table.from_pylist(rows, schema=schema.FILES)
                    rows, yielded = [], True
        if rows or not yielded:
            # A batch of failed sources still yields one (empty) FILES table: Ray would
            # otherwise make a schemaless empty block that does not concatenate.
            yield pa.Table.from_pylist(rows, schema=schema.FILES)

    def read(self, spec: RepoSpec, work_dir: str, cache_dir: str | None = None) -> Iterator[dict]:
        """The rows of one repository; its SOURCES report is written when they are done."""
        tally = Tally()
        yield from repo_rows(spec, local_cache_dir(work_dir, cache_dir), self.cfg, tally)
        split = assign_split(spec, self.cfg.split.held_out_patterns)
        outcome = tally.outcome or SourceError("reading stopped before the end")
        write_report(work_dir, source_report(spec, outcome, tally.n_files, tally.n_bytes, split))
