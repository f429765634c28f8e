"""Per-file keys, node signatures, LSH banding and verification: batch helpers + Ray steps.

A *node* is one distinct normalised content (`node` = shingle.norm_key, int64): exact and
normalised copies share a node, so the near-duplicate graph is built over distinct
contents (10,000 identical files are one node, signed once).

    files --file_meta--> META rows (file_id, ..., node, reason)          per file
    representative text per new node --sign_batch--> NODES rows          per node
    NODES --band_rows--> (band, key, node, new) --groupby(band, key)--> candidate pairs
    pairs + NODES shingles --verify_pairs--> edges (a, b, jaccard >= threshold)

The helpers take and return pyarrow tables (tested without Ray); `candidate_pairs` and
`verified_edges` are the Dataset -> Dataset steps built from them.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from spark_data.dedup.config import DedupConfig
from spark_data.dedup.minhash import band_keys, jaccard, signatures
from spark_data.dedup.shingle import (
    bytes_key,
    count_tokens,
    key_hex,
    norm_key,
    shingle_hashes,
    strip_comments,
)

META = pa.schema(
    [
        ("file_id", pa.string()),
        ("repo", pa.string()),
        ("path", pa.string()),
        ("sha256", pa.string()),
        ("license", pa.string()),
        ("split", pa.string()),
        ("node", pa.int64()),
        ("signable", pa.bool_()),
        ("reason", pa.string()),
        ("bytes", pa.int64()),
    ]
)
NODES = pa.schema(
    [
        ("node", pa.int64()),
        ("bands", pa.list_(pa.int64())),
        ("shingles", pa.list_(pa.uint32())),
        ("reason", pa.string()),
    ]
)
BANDS = pa.schema(
    [("band", pa.int32()), ("key", pa.int64()), ("node", pa.int64()), ("new", pa.int64())]
)
PAIRS = pa.schema([("a", pa.int64()), ("b", pa.int64())])
EDGES = pa.schema([("a", pa.int64()), ("b", pa.int64()), ("jaccard", pa.float32())])

# Outcomes recorded in dedup.reason (versioned rule names: tag, don't drop).
BINARY, EMPTY, TOO_SHORT, CAPPED = "binary_v1", "empty_v1", "too_short_v1", "shingles_capped_v1"


def file_outcome(text: str | None, kind: str | None, sha256: str, cfg: DedupConfig):
    """One file -> (node, signable, reason). Rows without text cluster by their bytes only."""
    if text is None:
        return bytes_key(sha256.encode()), False, BINARY
    if not text.strip():
        return bytes_key(sha256.encode()), False, EMPTY
    node = norm_key(text, kind) if cfg.normalized else bytes_key(sha256.encode())
    head = text if len(text) <= cfg.max_shingle_bytes else text[: cfg.max_shingle_bytes]
    if count_tokens(strip_comments(head, kind)) < cfg.shingle:
        return node, False, TOO_SHORT
    capped = len(text.encode("utf-8", "surrogatepass")) > cfg.max_shingle_bytes
    return node, True, CAPPED if capped else None


def file_meta(batch: pa.Table, cfg: DedupConfig) -> pa.Table:
    """Files (file_id, repo, path, kind, sha256, license, split, bytes, text) -> META."""
    texts = batch["text"].to_pylist()
    kinds = batch["kind"].to_pylist()
    shas = batch["sha256"].to_pylist()
    outcomes = [file_outcome(t, k, s or "", cfg) for t, k, s in zip(texts, kinds, shas)]
    cols = {c: batch[c] for c in ("file_id", "repo", "path", "sha256", "license", "split")}
    cols["node"] = pa.array([o[0] for o in outcomes], pa.int64())
    cols["signable"] = pa.array([o[1] for o in outcomes], pa.bool_())
    cols["reason"] = pa.array([o[2] for o in outcomes], pa.string())
    cols["bytes"] = batch["bytes"].cast(pa.int64())
    return pa.table(cols, schema=META)


def sign_batch(batch: pa.Table, cfg: DedupConfig, bands: int, rows: int) -> pa.Table:
    """One representative (node, kind, text) per node -> NODES (bands and shingle set)."""
    sets, reasons = [], []
    for text, kind in zip(batch["text"].to_pylist(), batch["kind"].to_pylist()):
        h, capped = shingle_hashes(
            strip_comments(text or "", kind), cfg.shingle, cfg.max_shingle_bytes
        )
        sets.append(h)
        reasons.append(TOO_SHORT if not h.size else (CAPPED if capped else None))
    keys = band_keys(signatures(sets, cfg.num_perm, cfg.seed), bands, rows)
    signed = np.array([h.size > 0 for h in sets])
    flat_keys = keys[signed].reshape(-1)
    counts = np.where(signed, bands, 0)
    band_col = pa.ListArray.from_arrays(_offsets(counts), pa.array(flat_keys, pa.int64()))
    lens = np.array([h.size for h in sets], dtype=np.int64)
    flat = np.concatenate(sets) if sets else np.zeros(0, np.uint32)
    sh_col = pa.ListArray.from_arrays(_offsets(lens), pa.array(flat, pa.uint32()))
    return pa.table([batch["node"], band_col, sh_col, pa.array(reasons, pa.string())], schema=NODES)


def _offsets(counts: np.ndarray) -> pa.Array:
    return pa.array(np.concatenate(([0], np.cumsum(counts))).astype(np.int32), pa.int32())


def band_rows(batch: pa.Table, new: int) -> pa.Table:
    """NODES (node, bands) -> one (band, key, node, new) row per node and band."""
    lens = pc.list_value_length(batch["bands"]).to_numpy(zero_copy_only=False)
    lens = np.nan_to_num(lens).astype(np.int64)
    keys = pc.list_flatten(batch["bands"]).to_numpy(zero_copy_only=False).astype(np.int64)
    nodes = np.repeat(batch["node"].to_numpy(zero_copy_only=False), lens)
    band = np.concatenate([np.arange(n, dtype=np.int32) for n in lens]) if lens.size else []
    return pa.table(
        {
            "band": pa.array(band, pa.int32()),
            "key": pa.array(keys, pa.int64()),
            "node": pa.array(nodes, pa.int64()),
            "new": pa.array(np.full(keys.size, new, dtype=np.int64)),
        },
        schema=BANDS,
    )


def bucket_pairs(group: pa.Table, max_pairs: int) -> pa.Table:
    """The rows of one band bucket -> candidate pairs (a < b) with at least one new node.

    Up to `max_pairs` members every pair; above, a star to the smallest node plus the
    chain of sorted nodes: linear in the bucket and the same component. Pairs between
    two old nodes were found (and verified) when the later of them was new.
    """
    nodes = group["node"].to_numpy()
    new = group["new"].to_numpy().astype(bool)
    order = np.argsort(nodes, kind="stable")
    nodes, new = nodes[order], new[order]
    nodes, first = np.unique(nodes, return_index=True)
    new = np.logical_or.reduceat(new, first) if new.size else new
    n = nodes.size
    if n <= max_pairs:
        i, j = np.triu_indices(n, k=1)
    else:
        i = np.concatenate((np.zeros(n - 1, np.int64), np.arange(n - 2)))
        j = np.concatenate((np.arange(1, n), np.arange(2, n)))
    keep = new[i] | new[j]
    return pa.table(
        {"a": pa.array(nodes[i[keep]], pa.int64()), "b": pa.array(nodes[j[keep]], pa.int64())}
    )


def verify_pairs(batch: pa.Table, threshold: float) -> pa.Table:
    """Pairs with both shingle sets (a, b, sa, sb) -> EDGES whose exact Jaccard passes."""
    sa, sb = _sets(batch["sa"]), _sets(batch["sb"])
    js = np.array([jaccard(x, y) for x, y in zip(sa, sb)], dtype=np.float32)
    ok = js >= np.float32(threshold)
    return pa.table(
        [
            pa.array(batch["a"].to_numpy()[ok], pa.int64()),
            pa.array(batch["b"].to_numpy()[ok], pa.int64()),
            pa.array(js[ok], pa.float32()),
        ],
        schema=EDGES,
    )


def _sets(col: pa.ChunkedArray) -> list[np.ndarray]:
    out = []
    for chunk in col.chunks:
        offs = chunk.offsets.to_numpy()
        vals = chunk.values.to_numpy(zero_copy_only=False)
        out += [vals[offs[k] : offs[k + 1]] for k in range(len(chunk))]
    return out


def as_edges(batch: pa.Table) -> pa.Table:
    """Unverified pairs as EDGES (verification off): jaccard is null."""
    return pa.table([batch["a"], batch["b"], pa.nulls(batch.num_rows, pa.float32())], schema=EDGES)


def node_hex(batch: pa.Table) -> list[str]:
    return [key_hex(k) for k in batch["node"].to_pylist()]


# --- Ray Data steps ----------------------------------------------------------------------


def candidate_pairs(bands, max_pairs: int, parts: int):
    """(band, key, node, new) rows -> distinct candidate pairs (a < b), as a Dataset.

    Most buckets hold one node: they are counted with a vectorised aggregation and only
    the buckets of two or more members, one of them new, go through `bucket_pairs`."""
    from ray.data.aggregate import Count, Sum

    counts = bands.groupby(["band", "key"], num_partitions=parts).aggregate(
        Count(alias_name="n"), Sum("new", alias_name="n_new")
    )
    hot = counts.filter(expr="n >= 2 and n_new >= 1").select_columns(["band", "key"])
    multi = bands.join(hot, "left_semi", parts, on=("band", "key"))
    pairs = multi.groupby(["band", "key"], num_partitions=parts).map_groups(
        bucket_pairs, fn_kwargs={"max_pairs": max_pairs}, batch_format="pyarrow"
    )
    return pairs.groupby(["a", "b"], num_partitions=parts).count().select_columns(["a", "b"])


def verified_edges(pairs, sets, threshold: float, parts: int):
    """Candidate pairs + (node, shingles) -> EDGES with exact Jaccard >= threshold."""
    sets = sets.select_columns(["node", "shingles"])
    e = pairs.join(sets.rename_columns({"node": "a", "shingles": "sa"}), "inner", parts, on=("a",))
    e = e.join(sets.rename_columns({"node": "b", "shingles": "sb"}), "inner", parts, on=("b",))
    return e.map_batches(verify_pairs, fn_kwargs={"threshold": threshold}, batch_format="pyarrow")
