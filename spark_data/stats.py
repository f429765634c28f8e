"""Per-phase statistics, computed with Ray Data aggregations over the written tables.

Only small aggregates (counts and sums per kind, reason, repo, split) reach the driver;
they go into the phase marker and from there into the run summary.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from spark_data import schema
from spark_data.store import Store


def partial_sums(batch: pa.Table, keys: list[str], sums: list[str]) -> pa.Table:
    """Per-batch counts and sums by `keys`: the map side of a two-level aggregation."""
    aggs = [(keys[0], "count", pc.CountOptions(mode="all"))] + [(c, "sum") for c in sums]
    return batch.select(keys + sums).group_by(keys, use_threads=False).aggregate(aggs)


def group_sum(store: Store, table: str, keys: list[str], sums: list[str]) -> list[dict]:
    """Rows of {keys..., count, <sum col>...} over a table, grouped by `keys`.

    Each Ray Data task aggregates its own batches; only those partial rows (batches x
    groups, small) reach the driver, which combines them. No shuffle: a groupby's hash
    shuffle costs seconds of scheduling even on a tiny table.
    """
    import ray.data

    ds = ray.data.read_parquet(store.dataset_path(table)).select_columns(keys + sums)
    parts = ds.map_batches(
        partial_sums, fn_kwargs={"keys": keys, "sums": sums}, batch_format="pyarrow"
    ).take_all()
    if not parts:
        return []
    partial = pa.Table.from_pylist(parts)
    aggs = [(f"{keys[0]}_count", "sum")] + [(f"{c}_sum", "sum") for c in sums]
    total = partial.group_by(keys, use_threads=False).aggregate(aggs).to_pylist()
    out = []
    for row in total:
        d = {k: row[k] for k in keys}
        d["count"] = int(row[f"{keys[0]}_count_sum"] or 0)
        for c in sums:
            d[c] = int(row[f"{c}_sum_sum"] or 0)
        out.append(d)
    return sorted(out, key=lambda d: tuple(str(d[k]) for k in keys))


def _tally(rows: list[dict], key: str, value: str, none: str = "kept") -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        k = row[key] if row[key] is not None else none
        out[k] = out.get(k, 0) + row[value]
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _tally2(rows: list[dict], outer: str, inner: str, value: str) -> dict[str, dict[str, int]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row[outer], []).append(row)
    return {k: _tally(v, inner, value) for k, v in sorted(out.items())}


def ingest_stats(store: Store, source_rows: list[dict]) -> dict[str, Any]:
    rows = group_sum(store, "files", ["repo", "kind", "drop_reason"], ["bytes"])
    kept = [r for r in rows if r["drop_reason"] is None]
    by_status: dict[str, int] = {}
    for s in source_rows:
        by_status[f"{s['kind']}:{s['status']}"] = by_status.get(f"{s['kind']}:{s['status']}", 0) + 1
    return {
        "files": sum(r["count"] for r in rows),
        "bytes": sum(r["bytes"] for r in rows),
        "kept_files": sum(r["count"] for r in kept),
        "kept_bytes": sum(r["bytes"] for r in kept),
        "files_by_kind": _tally(rows, "kind", "count"),
        "files_by_reason": _tally(rows, "drop_reason", "count"),
        "bytes_by_reason": _tally(rows, "drop_reason", "bytes"),
        "files_by_repo": _tally(rows, "repo", "count"),
        "sources": by_status,
        "source_errors": [
            {"name": s["name"], "error": s["error"]} for s in source_rows if s["status"] == "error"
        ],
        "input_bytes": sum(r["bytes"] for r in rows),
        # (repo, kind, drop_reason) -> count, bytes: later phases' input sizes come from here
        "file_groups": rows,
    }


def kept_bytes(file_groups: list[dict], kinds: tuple[str, ...]) -> int:
    """Bytes of kept files of the given kinds, from ingest's file groups."""
    return sum(r["bytes"] for r in file_groups if r["kind"] in kinds and r["drop_reason"] is None)


def parse_stats(store: Store, file_groups: list[dict]) -> dict[str, Any]:
    sym = group_sum(store, "symbols", ["kind", "parse_status"], [])
    by_kind = {r["kind"]: r["count"] for r in sym if r["kind"] != "file"}
    by_status = {r["parse_status"]: r["count"] for r in sym if r["kind"] == "file"}
    return {
        "symbols": sum(by_kind.values()),
        "symbols_by_kind": dict(sorted(by_kind.items(), key=lambda kv: -kv[1])),
        "files_by_parse_status": by_status,
        "parsed_files": sum(by_status.values()),
        "input_bytes": kept_bytes(file_groups, schema.PARSED_KINDS),
    }


def shard_entries(store: Store) -> list[dict]:
    """One entry per token shard, from the blocks table (which records each block's shard)."""
    rows = group_sum(store, "blocks", ["shard", "split", "domain"], ["n_tokens"])
    return [
        {
            "path": r["shard"],
            "split": r["split"],
            "domain": r["domain"],
            "n_blocks": r["count"],
            "n_tokens": r["n_tokens"],
        }
        for r in rows
    ]


def pack_stats(
    store: Store, shards: list[dict], file_groups: list[dict], kinds: tuple[str, ...]
) -> dict[str, Any]:
    docs = group_sum(store, "docs", ["repo", "split", "domain", "manufacturer"], ["n_tokens"])
    seq_tokens = sum(s["n_blocks"] for s in shards)
    real = sum(s["n_tokens"] for s in shards)
    by_split: dict[str, int] = {}
    blocks_by_split: dict[str, int] = {}
    for s in shards:
        by_split[s["split"]] = by_split.get(s["split"], 0) + s["n_tokens"]
        blocks_by_split[s["split"]] = blocks_by_split.get(s["split"], 0) + s["n_blocks"]
    return {
        "docs": sum(r["count"] for r in docs),
        "doc_tokens": sum(r["n_tokens"] for r in docs),
        "tokens_by_split": by_split,
        "tokens_by_repo": _tally(docs, "repo", "n_tokens"),
        "tokens_by_domain": _tally(docs, "domain", "n_tokens"),
        "tokens_by_manufacturer": _tally(docs, "manufacturer", "n_tokens", none="unattributed"),
        "tokens_by_split_domain": _tally2(docs, "split", "domain", "n_tokens"),
        "blocks": seq_tokens,
        "blocks_by_split": blocks_by_split,
        "block_tokens": real,
        "shards": len(shards),
        "input_bytes": kept_bytes(file_groups, kinds),
    }
