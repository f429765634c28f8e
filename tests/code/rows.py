"""Helpers for reading the rows `parse_file` returns (imported as `tests.code.rows`)."""

from __future__ import annotations

Rows = list[dict]


def symbols(rows: Rows, kind: str | None = None) -> Rows:
    """The symbol rows (not the file row), optionally of one kind, without the id columns."""
    drop = ("file_id", "symbol_id", "parse_status", "error_share", "reason")
    return [
        {k: v for k, v in r.items() if k not in drop}
        for r in rows
        if r["kind"] != "file" and (kind is None or r["kind"] == kind)
    ]


def by_name(rows: Rows, kind: str | None = None) -> dict[str, dict]:
    return {r["name"]: r for r in symbols(rows, kind)}
