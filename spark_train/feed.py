"""Ray Datasets that feed the workers: each rank's training samples and validation blocks.

In: a `corpus.Plan` (put in the object store once) and a rank's position. Out: Ray Datasets
of numpy rows {input_ids int64[seq], labels int64[seq] (-100 beyond the real tokens),
sample_index int64, weight float32 (0 for the padding rows that even out validation)}.

    datasets = rank_datasets(plan_ref, val_ref, world=8, per_rank=21, global_batch=168,
                             start_step=0, max_steps=15000, ...)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow.fs as pafs

IGNORE = -100
_CACHE: dict[Any, Any] = {}  # per process: plans fetched from the object store, open shards


def real_lengths(ids: np.ndarray, pad_id: int, eos_id: int) -> np.ndarray:
    """Real tokens per block: the block minus its trailing run of pad ids.

    pack pads only a block's tail, and encoding never yields the pad token. When pad is
    eos, every document ends in eos, so the first id of the trailing run is real.
    """
    seq = ids.shape[1]
    real = ids != pad_id
    any_real = real.any(axis=1)
    last = seq - 1 - np.argmax(real[:, ::-1], axis=1)
    n = np.where(any_real, last + 1, 0)
    if pad_id == eos_id:
        n = np.minimum(n + (n < seq), seq)
    return n.astype(np.int64)


def labels_for(ids: np.ndarray, pad_id: int, eos_id: int) -> np.ndarray:
    """Labels = input ids, with padding positions set to -100 (the model shifts by one)."""
    n = real_lengths(ids, pad_id, eos_id)
    labels = ids.astype(np.int64, copy=True)
    labels[np.arange(ids.shape[1])[None, :] >= n[:, None]] = IGNORE
    return labels


def _plan(ref):
    if not isinstance(ref, __import__("ray").ObjectRef):
        return ref
    key = ("plan", ref.hex())
    if key not in _CACHE:
        import ray

        _CACHE[key] = ray.get(ref)
    return _CACHE[key]


def _open(uri: str, path: str) -> tuple[Any, int]:
    """An open shard and the byte offset of its data (after the .npy header)."""
    key = ("shard", path)
    if key not in _CACHE:
        fs, _ = pafs.FileSystem.from_uri(uri if "://" in uri else "file://" + uri)
        f = fs.open_input_file(path)
        head = f.read_at(16, 0)
        if head[:6] != b"\x93NUMPY":
            raise ValueError(f"{path}: not a .npy file")
        # Header length: 2 bytes in format 1.x, 4 bytes in 2.x and later.
        if head[6] == 1:
            offset = 10 + int.from_bytes(head[8:10], "little")
        else:
            offset = 12 + int.from_bytes(head[8:12], "little")
        if len(_CACHE) > 512:
            _CACHE.clear()
        _CACHE[key] = (f, offset)
    return _CACHE[key]


def read_rows(plan, rows: np.ndarray) -> np.ndarray:
    """Global row ids -> their blocks' ids as int64 [n, seq_len] (one ranged read each)."""
    seq = plan.seq_len
    shard, row = plan.locate(rows)
    out = np.empty((len(rows), seq), np.int64)
    for i, (s, r) in enumerate(zip(shard.tolist(), row.tolist())):
        f, offset = _open(plan.uri_of(s), plan.shards[s])
        raw = f.read_at(seq * 4, offset + r * seq * 4)
        out[i] = np.frombuffer(raw, dtype="<u4", count=seq)
    return out


def _rows_out(plan, rows: np.ndarray, index: np.ndarray, weight: np.ndarray) -> dict:
    ids = read_rows(plan, rows)
    return {
        "input_ids": ids,
        "labels": labels_for(ids, plan.pad_id, plan.eos_id),
        "sample_index": index.astype(np.int64),
        "weight": weight.astype(np.float32),
    }


def rank_samples(k: np.ndarray, rank: int, per_rank: int, global_batch: int) -> np.ndarray:
    """A rank's k-th sample -> its global sample index (step t: [t*B + r*L, t*B + (r+1)*L))."""
    step, i = np.divmod(np.asarray(k, np.int64), per_rank)
    return step * global_batch + rank * per_rank + i


def read_train(batch: dict, plan_ref, rank: int, per_rank: int, global_batch: int, k0: int) -> dict:
    plan = _plan(plan_ref)
    s = rank_samples(batch["id"] + k0, rank, per_rank, global_batch)
    return _rows_out(plan, plan.train_rows(s), s, np.ones(len(s)))


def read_validation(batch: dict, plan_ref, val_ref, rank: int, world: int) -> dict:
    plan, rows = _plan(plan_ref), _plan(val_ref)
    idx = batch["id"] * world + rank  # rank r scores blocks r, r+W, ...; the rest pad
    real = idx < len(rows)
    picked = rows[np.where(real, idx, 0)]
    return _rows_out(plan, picked, idx, real.astype(np.float32))


def _indices(n: int, per_block: int):
    """A dataset of {"id": 0..n-1} held in the object store: unlike ray.data.range it
    needs no read task (and no whole CPU) beside the training workers."""
    import pyarrow as pa
    import ray.data

    chunks = [
        pa.table({"id": np.arange(lo, min(lo + per_block, n), dtype=np.int64)})
        for lo in range(0, n, max(per_block, 1))
    ]
    return ray.data.from_arrow(chunks or [pa.table({"id": np.zeros(0, np.int64)})])


def rank_datasets(
    plan_ref,
    val_ref,
    n_val: int,
    world: int,
    per_rank: int,
    global_batch: int,
    start_step: int,
    max_steps: int,
    read_cpus: float = 0.25,
    rows_per_block: int = 64,
) -> dict:
    """{"train_<r>": ..., "val_<r>": ...} for every rank r: lazy Ray Datasets."""

    out = {}
    n_train = max(max_steps - start_step, 0) * per_rank
    n_val_rank = -(-n_val // world) if n_val else 0
    for r in range(world):
        out[f"train_{r}"] = _indices(n_train, rows_per_block * 16).map_batches(
            read_train,
            fn_kwargs={
                "plan_ref": plan_ref,
                "rank": r,
                "per_rank": per_rank,
                "global_batch": global_batch,
                "k0": start_step * per_rank,
            },
            batch_format="numpy",
            batch_size=rows_per_block,
            num_cpus=read_cpus,
        )
        if n_val_rank:
            out[f"val_{r}"] = _indices(n_val_rank, n_val_rank).map_batches(
                read_validation,
                fn_kwargs={"plan_ref": plan_ref, "val_ref": val_ref, "rank": r, "world": world},
                batch_format="numpy",
                batch_size=rows_per_block,
                num_cpus=read_cpus,
            )
    return out
