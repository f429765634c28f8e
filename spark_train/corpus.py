"""The training and validation data: a `spark data` corpus as Ray Datasets, one per worker.

In: the corpus's `tokens/index.json` (seq_len, eos/pad ids, vocab size, one entry per .npy
shard with its split, domain and block count) and the shards themselves. Out: per worker
rank, a Ray Dataset of rows {input_ids, labels, sample_index} that `ray.train.
get_dataset_shard(f"train_{rank}")` hands to that worker.

The order is a pure function of (seed, sample index), so a run resumes at the exact sample
it stopped at, and each rank reads only its own rows:
- The mixture: one epoch of the mix has as many samples as the train split has blocks;
  domain d gets round(w_d * that) of them (`data.weights`, default proportional). A domain
  below its share repeats (upsampling), above it takes a different subset each epoch.
- Global sample s -> epoch s // M, position s % M -> a keyed bijection of [0, M) (Feistel
  rounds, cycle-walking) interleaves the domains -> (domain, q) -> a keyed bijection of the
  domain's blocks -> (shard, row). Nothing is materialised: O(1) memory per sample.
- Optimizer step t takes samples [t*B, (t+1)*B) (B = global batch); rank r the slice
  [t*B + r*L, t*B + (r+1)*L) with L = micro_batch x grad_accum.
- The dataset of a rank is `ray.data.range(n)` mapped by `read_samples`, which reads each
  block with one ranged read (pyarrow filesystem: local paths or s3://).
Labels: pack pads only a block's tail with pad_id, and pad is a special token that encoding
never produces, so the real length is the block minus its trailing pad run (when pad is
eos, the first eos of that run is the last real token); positions beyond it are -100.
Validation: the corpus's "validation" split (a seeded document sample, never trained on);
a corpus without one has a share of train blocks carved out by a stable hash.
Replay (data.replay, data.replay_weight): another corpus's train blocks mixed in as domains
"replay/<domain>", e.g. the base model's pretraining data against forgetting.

    index = read_index("out/corpus")
    plan = train_plan(index, cfg.data, seed=0)
    ds = rank_dataset(plan, rank=0, ...)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pyarrow.fs as pafs

from spark_data.schema import stable_id

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)


class CorpusError(ValueError):
    """A corpus that cannot be trained on; the message says what is missing."""


@dataclass(frozen=True)
class Shard:
    path: str  # on `TokenIndex.fs`
    rel: str  # relative to tokens/ (stable: names the block ids)
    split: str
    domain: str
    n_blocks: int


@dataclass(frozen=True)
class TokenIndex:
    root: str  # the tokens folder, as a path on `fs`
    uri: str  # the tokens folder as given (path or URI): workers reopen it
    seq_len: int
    eos_id: int
    pad_id: int
    vocab_size: int | None
    shards: tuple[Shard, ...]

    def blocks(self, split: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.shards:
            if s.split == split:
                out[s.domain] = out.get(s.domain, 0) + s.n_blocks
        return out


def read_index(corpus: str) -> TokenIndex:
    """`<corpus>/tokens/index.json` (written by `spark data`'s pack phase)."""
    if not corpus:
        raise CorpusError("data.corpus: no corpus given (the output root of `spark data`)")
    uri = corpus.rstrip("/") + "/tokens"
    fs, root = pafs.FileSystem.from_uri(uri if "://" in uri else _abs(uri))
    try:
        with fs.open_input_stream(f"{root}/index.json") as f:
            index = json.loads(f.read().decode("utf-8"))
    except (FileNotFoundError, OSError) as e:
        raise CorpusError(
            f"data.corpus: {corpus} has no tokens/index.json; run `spark data` (pack) first ({e})"
        ) from None
    shards = tuple(
        Shard(f"{root}/{e['path']}", e["path"], e["split"], e["domain"], int(e["n_blocks"]))
        for e in index.get("shards", [])
        if int(e.get("n_blocks", 0)) > 0
    )
    return TokenIndex(
        root,
        uri,
        int(index["seq_len"]),
        int(index["eos_id"]),
        int(index["pad_id"]),
        index.get("vocab_size"),
        shards,
    )


def _abs(path: str) -> str:
    import os

    return os.path.abspath(path)


# --- keyed bijections ------------------------------------------------------------------


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a well-spread 64-bit hash (wrapping uint64 arithmetic)."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def key_of(*parts: object) -> int:
    return int(stable_id("perm", *parts), 16) & ((1 << 63) - 1)


def permute(i: np.ndarray, n: int, key: int) -> np.ndarray:
    """A keyed bijection of [0, n) applied to `i` (Feistel network + cycle-walking)."""
    i = np.asarray(i, dtype=np.uint64)
    if n <= 1:
        return np.zeros_like(i)
    bits = max(2, (n - 1).bit_length())
    bits += bits % 2
    half = np.uint64(bits // 2)
    mask = np.uint64((1 << (bits // 2)) - 1)
    keys = [np.uint64(key_of(key, r)) for r in range(4)]

    def rounds(x: np.ndarray) -> np.ndarray:
        left, right = x >> half, x & mask
        for k in keys:
            left, right = right, left ^ (_mix(right ^ k) & mask)
        return (left << half) | right

    with np.errstate(over="ignore"):
        out = rounds(i)
        todo = out >= np.uint64(n)
        while todo.any():  # the domain is < 4n, so a few walks at most
            out[todo] = rounds(out[todo])
            todo = out >= np.uint64(n)
    return out.astype(np.int64)


def _row_hash(shard_rel: str, rows: np.ndarray) -> np.ndarray:
    """A stable uint64 hash per (shard, row): the identity of a block across runs."""
    with np.errstate(over="ignore"):
        return _mix(np.uint64(key_of("block", shard_rel)) ^ rows.astype(np.uint64))


# --- plans -----------------------------------------------------------------------------


@dataclass
class Plan:
    """Where each sample of the run lives: shards, per-domain rows, per-domain targets."""

    uri: str
    seq_len: int
    pad_id: int
    eos_id: int
    shards: list[str]
    base: np.ndarray  # global row id of each shard's first block (len n_shards + 1)
    domains: list[str]
    rows: list[np.ndarray]  # per domain: its blocks' global row ids
    targets: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    seed: int = 0
    # The tokens folder each shard lives under, when not `uri` (replay shards).
    shard_uris: list[str] = field(default_factory=list)

    def uri_of(self, shard: int) -> str:
        return self.shard_uris[shard] if self.shard_uris else self.uri

    @property
    def epoch_len(self) -> int:
        return int(self.targets.sum())

    def locate(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        shard = np.searchsorted(self.base, rows, side="right") - 1
        return shard, rows - self.base[shard]

    def train_rows(self, s: np.ndarray) -> np.ndarray:
        """Global sample indices -> the global row ids of their blocks."""
        m = self.epoch_len
        epoch, g = np.divmod(np.asarray(s, np.int64), m)
        cum = np.concatenate([[0], np.cumsum(self.targets)])
        out = np.empty(len(g), np.int64)
        for e in np.unique(epoch):
            sel = np.flatnonzero(epoch == e)
            p = permute(g[sel], m, key_of(self.seed, int(e)))
            d = np.searchsorted(cum, p, side="right") - 1
            q = p - cum[d]
            for di in np.unique(d):
                n_d = len(self.rows[di])
                part = np.flatnonzero(d == di)
                rep, pos = np.divmod(q[part], n_d)
                for r in np.unique(rep):  # each repeat of a domain is a fresh order
                    k = part[rep == r]
                    j = permute(pos[rep == r], n_d, key_of(self.seed, int(e), int(di), int(r)))
                    out[sel[k]] = self.rows[di][j]
        return out


def _rows_by_split(index: TokenIndex, fraction: float) -> tuple[np.ndarray, dict]:
    """Shard bases, and {(split, domain): global row ids}; carves validation if absent."""
    counts = np.array([s.n_blocks for s in index.shards], np.int64)
    base = np.concatenate([[0], np.cumsum(counts)])
    carve = fraction > 0 and not any(s.split == "validation" for s in index.shards)
    cut = np.uint64(int(fraction * 2.0**64) if fraction < 1 else 2**64 - 1)
    groups: dict[tuple[str, str], list[np.ndarray]] = {}
    for i, s in enumerate(index.shards):
        rows = np.arange(s.n_blocks, dtype=np.int64)
        split = np.full(s.n_blocks, s.split, dtype=object)
        if carve and s.split == "train":
            split[_row_hash(s.rel, rows) < cut] = "validation"
        for name in ("train", "validation"):
            picked = rows[split == name]
            if len(picked):
                groups.setdefault((name, s.domain), []).append(base[i] + picked)
    return base, {k: np.concatenate(v) for k, v in groups.items()}


def mixture_targets(
    blocks: Mapping[str, int], weights: Mapping[str, float], total: int | None = None
) -> dict[str, int]:
    """Samples per domain in one epoch of the mix (default: as many as there are blocks)."""
    total = sum(blocks.values()) if total is None else total
    unknown = sorted(set(weights) - set(blocks))
    if unknown:
        raise CorpusError(
            f"data.weights: domain(s) {unknown} have no training blocks; "
            f"domains in the corpus: {sorted(blocks)}"
        )
    w = {d: float(weights.get(d, 0.0)) if weights else float(n) for d, n in blocks.items()}
    wsum = sum(w.values())
    if total == 0 or wsum <= 0:
        raise CorpusError("no training data: the train split is empty or every weight is 0")
    exact = {d: w[d] / wsum * total for d in blocks}
    targets = {d: int(x) for d, x in exact.items()}
    # Largest remainder, so the targets add up to the epoch exactly.
    for d in sorted(exact, key=lambda d: (targets[d] - exact[d], d))[
        : total - sum(targets.values())
    ]:
        targets[d] += 1
    return targets


REPLAY = "replay/"  # prefix of the replay corpus's domains in a plan


def train_plan(index: TokenIndex, data, seed: int, replay: TokenIndex | None = None) -> Plan:
    """The training plan of a corpus under `data` (spark_train.config.DataConfig).

    With a `replay` corpus (data.replay: e.g. the base model's pretraining data, same
    tokenizer and seq_len), its train blocks are appended as domains "replay/<domain>" and
    take data.replay_weight of every epoch's samples (proportional to their blocks); the
    corpus's own domains keep their mix in the rest. Validation stays the corpus's own."""
    base, groups = _rows_by_split(index, data.validation_fraction)
    blocks = {d: len(r) for (s, d), r in sorted(groups.items()) if s == "train"}
    targets = mixture_targets(blocks, data.weights)
    rows = {d: groups[("train", d)] for d in blocks}
    shards = [s.path for s in index.shards]
    uris = [index.uri] * len(shards)
    if replay is not None:
        own = sum(targets.values())
        w = data.replay_weight
        extra, rbase = _replay_rows(replay, int(base[-1]))
        rtargets = mixture_targets(
            {d: len(r) for d, r in extra.items()}, {}, round(own * w / (1 - w))
        )
        targets.update(rtargets)
        rows.update(extra)
        base = np.concatenate([base, rbase[1:]])
        shards += [s.path for s in replay.shards if s.split == "train"]
        uris += [replay.uri] * (len(shards) - len(uris))
    domains = [d for d in sorted(targets) if targets[d] > 0]
    return Plan(
        index.uri,
        index.seq_len,
        index.pad_id,
        index.eos_id,
        shards,
        base,
        domains,
        [rows[d] for d in domains],
        np.array([targets[d] for d in domains], np.int64),
        seed,
        uris if replay is not None else [],
    )


def _replay_rows(replay: TokenIndex, first: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """{"replay/<domain>": global row ids} of the replay corpus's train shards, numbered
    from `first`, and their shard bases."""
    train = [s for s in replay.shards if s.split == "train"]
    if not train:
        raise CorpusError(f"data.replay: {replay.uri} has no train blocks")
    base = first + np.concatenate([[0], np.cumsum([s.n_blocks for s in train])])
    rows: dict[str, list[np.ndarray]] = {}
    for i, s in enumerate(train):
        rows.setdefault(REPLAY + s.domain, []).append(np.arange(base[i], base[i + 1]))
    return {d: np.concatenate(r) for d, r in rows.items()}, base


def replay_mismatch(index: TokenIndex, replay: TokenIndex) -> str | None:
    """Why a replay corpus cannot be mixed into this one (None: it can)."""
    for what in ("seq_len", "eos_id", "pad_id", "vocab_size"):
        a, b = getattr(index, what), getattr(replay, what)
        if a != b:
            return f"its {what} is {b}, the corpus's {a}: pack both with one tokenizer and seq_len"
    return None


def validation_rows(index: TokenIndex, data) -> np.ndarray:
    """Global row ids of the validation blocks (evenly spaced, at most the configured cap)."""
    _, groups = _rows_by_split(index, data.validation_fraction)
    rows = [r for (s, _), r in sorted(groups.items()) if s == "validation"]
    if not rows:
        return np.zeros(0, np.int64)
    rows = np.concatenate(rows)
    if len(rows) > data.validation_max_blocks:
        rows = rows[np.linspace(0, len(rows) - 1, data.validation_max_blocks).astype(np.int64)]
    return rows
