"""Attribution of a folder on this machine without Ray: the phase's row helpers end to end.

In: a folder (a repository checkout, a Debian package root) and optional relative paths to
restrict it to. Out: the level=file rows and the level=repo row the `attribute` phase would
write for it (same helpers: classify_kind, CodeParser, summarize_symbols, attribute_batch,
repo_rows). Used by the accuracy tests and bench/attribution_accuracy.py.

    files, repo = attribute_folder(Path("/work/benchdata/nrfx"), "nrfx", hint=None)
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from spark_data import schema
from spark_data.attribution.config import AttributionConfig
from spark_data.attribution.phase import (
    ATTRIBUTED_KINDS,
    attribute_batch,
    repo_rows,
    summarize_symbols,
)
from spark_data.config import ParseConfig
from spark_data.sources.files import classify_kind

MAX_BYTES = 2 * 1024 * 1024


def folder_rows(root: Path, repo: str, paths: list[str] | None = None) -> list[dict]:
    """Files under `root` (or just `paths`) as `files`-shaped rows with their text."""
    if paths is None:
        found = sorted(p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts)
    else:
        found = [root / p for p in paths]
    rows = []
    for p in found:
        rel = p.relative_to(root).as_posix()
        data = p.read_bytes()[:MAX_BYTES]
        kind, _ = classify_kind(rel, data[:4096])
        if kind not in ATTRIBUTED_KINDS:
            continue
        rows.append(
            {
                "file_id": schema.file_id(repo, None, rel),
                "repo": repo,
                "path": rel,
                "kind": kind,
                "bytes": len(data),
                "text": data.decode("utf-8", "replace"),
            }
        )
    return rows


def with_symbols(rows: list[dict], max_symbols: int = 4000) -> pa.Table:
    """Parse the rows with the real CodeParser and add the per-file symbol summaries."""
    from spark_data.code.parser import CodeParser

    base = pa.Table.from_pylist(rows) if rows else pa.table({"file_id": pa.array([], pa.string())})
    parsed = [r for r in rows if r["kind"] in schema.PARSED_KINDS]
    summaries: dict[str, dict] = {}
    if parsed:
        cols = ["file_id", "path", "kind", "text"]
        syms = CodeParser(ParseConfig())(pa.Table.from_pylist(parsed).select(cols))
        ids = syms["file_id"].to_pylist()
        starts: dict[str, list[int]] = {}
        for i, fid in enumerate(ids):
            starts.setdefault(fid, []).append(i)
        for fid, idx in starts.items():
            s = summarize_symbols(syms.take(idx), max_symbols).to_pylist()[0]
            summaries[fid] = s
    extra = {k: [] for k in ("sym_names", "sym_values", "n_role", "n_defs")}
    for r in rows:
        s = summaries.get(r["file_id"], {})
        extra["sym_names"].append(s.get("sym_names", []))
        extra["sym_values"].append(s.get("sym_values", []))
        extra["n_role"].append(s.get("n_role", 0))
        extra["n_defs"].append(s.get("n_defs", 0))
    for k, v in extra.items():
        base = base.append_column(k, pa.array(v)) if rows else base
    return base


def attribute_folder(
    root: Path,
    repo: str,
    hint: str | None = None,
    paths: list[str] | None = None,
    cfg: AttributionConfig | None = None,
) -> tuple[list[dict], dict]:
    """-> (level=file rows, the level=repo row) for the folder, as the phase makes them."""
    cfg = cfg or AttributionConfig()
    rows = folder_rows(root, repo, paths)
    hints = {repo: hint}
    if not rows:
        empty = attribute_batch(pa.table({"repo": pa.array([], pa.string())}), cfg, hints)
        return [], repo_rows(empty, cfg, hints).to_pylist()[0] if empty.num_rows else {}
    work = attribute_batch(with_symbols(rows, cfg.max_symbols), cfg, hints)
    files = work.to_pylist()
    for f, r in zip(files, rows, strict=True):
        f["path"] = r["path"]
    return files, repo_rows(work, cfg, hints).to_pylist()[0]
