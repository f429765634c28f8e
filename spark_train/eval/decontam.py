"""Decontamination: n-gram overlap (reference-tokenizer ids) of eval items with training blocks.

In: eval items (item_id, kind, ids: documents of the eval sets and completion samples) and
the corpus's `blocks` table. Out: one row per item with its n-gram count, how many of them
occur in a training block (split == "train"), the share, and `contaminated` (share >=
threshold and at least one match). Contaminated items are excluded by the caller.

On Ray Data: the eval n-gram hashes (small: the eval sets) are put in the object store
once; an actor pool of `ScanBlocks` reads them in __init__ and scans the training blocks
in parallel, returning only the eval hashes it saw. The training corpus never reaches the
driver. N-grams are 64-bit polynomial hashes of the ids (a collision needs two different
13-grams with one hash: ~n^2 / 2^64, nothing at corpus sizes). An n-gram that spans two
training blocks is not seen (a cut every seq_len tokens; documents are much longer than n).

    report = decontaminate(items, "out/corpus/blocks", cfg.decontam, cfg.ray)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from spark_train.eval.config import DecontamConfig, EvalRayConfig

_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (golden ratio)
ITEMS = ("item_id", "kind", "n_grams", "matched", "share", "contaminated")


def _powers(n: int) -> np.ndarray:
    p = np.ones(n, dtype=np.uint64)
    for i in range(1, n):
        p[i] = p[i - 1] * _BASE  # wraps mod 2**64, as intended
    return p


def ngram_hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """Hashes of every n-gram along the last axis: [..., L] -> [..., L - n + 1] uint64."""
    ids = np.asarray(ids, dtype=np.uint64)
    if ids.shape[-1] < n:
        return np.zeros((*ids.shape[:-1], 0), dtype=np.uint64)
    windows = np.lib.stride_tricks.sliding_window_view(ids + np.uint64(1), n, axis=-1)
    with np.errstate(over="ignore"):
        return (windows * _powers(n)).sum(axis=-1, dtype=np.uint64)


def block_hashes(input_ids: np.ndarray, n_tokens: np.ndarray, n: int) -> np.ndarray:
    """Unique hashes of the n-grams inside each block's real tokens (padding left out)."""
    if input_ids.shape[1] < n:
        return np.zeros(0, dtype=np.uint64)
    h = ngram_hashes(input_ids, n)
    real = np.arange(h.shape[1])[None, :] + n <= n_tokens[:, None]
    return np.unique(h[real])


class ScanBlocks:
    """Actor: holds the eval hash set; a batch of blocks -> the eval hashes found in it."""

    def __init__(self, eval_hashes: Any, n: int) -> None:
        import ray

        if isinstance(eval_hashes, ray.ObjectRef):
            eval_hashes = ray.get(eval_hashes)
        self.eval = np.asarray(eval_hashes, dtype=np.uint64)  # sorted
        self.n = n

    def __call__(self, batch: pa.Table) -> pa.Table:
        batch = batch.filter(pc.equal(batch["split"], "train"))
        found = np.zeros(0, dtype=np.uint64)
        if batch.num_rows and self.eval.size:
            ids = batch["input_ids"].combine_chunks()
            seq = len(ids[0])
            flat = pc.list_flatten(ids).to_numpy(zero_copy_only=False)
            h = block_hashes(flat.reshape(-1, seq), batch["n_tokens"].to_numpy(), self.n)
            found = h[np.isin(h, self.eval, assume_unique=True)]
        return pa.table({"hash": pa.array(found, pa.uint64())})


def item_hashes(items: list[dict], n: int) -> tuple[list[np.ndarray], np.ndarray]:
    """Per-item unique n-gram hashes, and all of them together (sorted, unique)."""
    per = [np.unique(ngram_hashes(np.asarray(it["ids"], dtype=np.uint64), n)) for it in items]
    every = np.unique(np.concatenate(per)) if per else np.zeros(0, dtype=np.uint64)
    return per, every


def scan_training_blocks(
    blocks_path: str, eval_hashes: np.ndarray, cfg: DecontamConfig, ray_cfg: EvalRayConfig
) -> np.ndarray:
    """The eval hashes that occur in some training block (Ray Data scan, actor pool)."""
    import ray
    import ray.data
    from ray.data import ActorPoolStrategy

    if eval_hashes.size == 0:
        return eval_hashes
    ref = ray.put(eval_hashes)  # broadcast once; every actor reads the same object
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    ds = ray.data.read_parquet(
        blocks_path, columns=["split", "input_ids", "n_tokens"], num_cpus=ray_cfg.task_cpus
    )
    found = ds.map_batches(
        ScanBlocks,
        fn_constructor_args=(ref, cfg.n),
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
        compute=ActorPoolStrategy(min_size=1, max_size=max(1, cpus - 1)),
        num_cpus=ray_cfg.actor_cpus,
    )
    parts = [pa.array([], pa.uint64())]
    for batch in found.iter_batches(batch_format="pyarrow", batch_size=None):
        parts.append(batch["hash"].combine_chunks())
    return np.unique(pa.concat_arrays(parts).to_numpy(zero_copy_only=False))


def overlap_report(
    items: list[dict], per: list[np.ndarray], matched: np.ndarray, threshold: float
) -> list[dict]:
    """One row per item: n-grams, how many occur in training, share, contaminated."""
    rows = []
    for it, h in zip(items, per, strict=True):
        hit = int(np.isin(h, matched, assume_unique=True).sum()) if h.size else 0
        share = hit / h.size if h.size else 0.0
        rows.append(
            {
                "item_id": it["item_id"],
                "kind": it["kind"],
                "n_grams": int(h.size),
                "matched": hit,
                "share": share,
                "contaminated": hit > 0 and share >= threshold,
            }
        )
    return rows


def decontaminate(
    items: list[dict], blocks_path: str, cfg: DecontamConfig, ray_cfg: EvalRayConfig
) -> list[dict]:
    """Items (item_id, kind, ids) -> `overlap_report` rows, scanning the training blocks."""
    per, every = item_hashes(items, cfg.n)
    matched = scan_training_blocks(blocks_path, every, cfg, ray_cfg)
    return overlap_report(items, per, matched, cfg.threshold)
