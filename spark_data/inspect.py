"""`spark inspect OUT`: a corpus at a glance, for the terminal (notebooks go deeper).

Reads the summary and the head of each table with pyarrow (no Ray, nothing big loaded).
"""

from __future__ import annotations

import pyarrow.dataset as pads

from spark_data.schema import TABLES
from spark_data.store import Store
from spark_data.summary import format_summary

# Columns too long to print in a terminal.
_WIDE = {"text", "input_ids", "doc_ids"}


def open_table(out: str, name: str) -> pads.Dataset:
    """A pyarrow dataset over one table of a corpus (local path or URI)."""
    store = Store.open(out)
    return pads.dataset(store.path(name), filesystem=store.fs, format="parquet")


def inspect_corpus(out: str, rows: int = 3) -> str:
    store = Store.open(out)
    summary = store.read_json("summary.json")
    parts = [format_summary(summary) if summary else f"no summary.json under {out}"]
    for name in TABLES:
        if not store.has_table(name):
            parts.append(f"\n{name}: (absent)")
            continue
        ds = open_table(out, name)
        cols = [c for c in ds.schema.names if c not in _WIDE]
        head = ds.head(rows, columns=cols).to_pylist()
        parts.append(f"\n{name}: {ds.count_rows():,} rows; columns {ds.schema.names}")
        parts += [f"  {row}" for row in head]
    return "\n".join(parts)
