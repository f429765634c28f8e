"""Tokenize documents, pack them into fixed-length blocks, write token shards.

Row helpers and the two actor-pool stages that `spark_data.pipeline` runs on Ray Data:

1. `Tokenize`: rows with file_id (or doc_id), repo, split, text and an optional domain
   -> `schema.DOCS` rows: input_ids = encode(text) + [eos].
2. `pack_docs(docs, seq_len, pad_id)` -> (full `schema.BLOCKS` rows, tails). Documents are
   concatenated in order within each (split, domain) -- a block never mixes them -- and cut
   into blocks of exactly seq_len ids; a long document spans several blocks. What is left
   over in each group comes back as `TAILS` rows (DOCS plus the offset of the first id in
   its document). `pack_tails` packs tails into blocks, padding the last block of each
   group with pad_id (n_tokens says how many ids are real). Tails can be gathered across
   batches for a second pass, or packed per batch as `PackBlocks` does.
3. `PackBlocks` = pack one batch + write its shards (`spark_data.shards.write_npy_shard`:
   one flat uint32 .npy per (split, domain)) + record shard and shard_row per block.

Block ids are stable: stable_id("block", split, domain, first doc id, offset of the block
start within that doc, seq_len); same input, same ids. Packing is vectorised with numpy:
the ids of a group are concatenated once and reshaped; Python loops run per block or per
group, never per token.

    tok = Tokenize(PackConfig(tokenizer="spark_data/sample/tokenizer", seq_len=512))
    blocks = PackBlocks(512, tok.pad_id, "out/corpus/tokens")(tok(batch))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from spark_data.config import PackConfig
from spark_data.fastbpe import Encode, tiktoken_encoder
from spark_data.schema import BLOCKS, DOCS, stable_id
from spark_data.shards import fs_path, write_npy_shard
from spark_data.tokenizer import load_tokenizer

DEFAULT_DOMAIN = "general"
# DOCS plus where the row's first id sits in its original document (tails of a batch).
TAILS = pa.schema([*DOCS, pa.field("offset", pa.int64())])
# Blocks built per Arrow array at most: keeps list offsets within int32 and memory bounded.
_BLOCKS_PER_CHUNK = 65536


# --- what goes in: dedup outcome, domain, validation sample --------------------------


def apply_file_tables(batch: pa.Table, validation_fraction: float, seed: int) -> pa.Table:
    """Files joined with `dedup` and `attribution` -> rows to tokenize, split decided.

    Duplicates (dedup keep=false) are left out: their kept copy is packed instead. A file
    in a cluster that touches held-out code takes the cluster's split (dedup_split). Then a
    seeded sample of the train documents (a stable hash of the id, so run after run the
    same) becomes "validation".
    """
    if "keep" in batch.column_names:
        batch = batch.filter(pc.fill_null(batch["keep"], True))
    split = batch["split"]
    if "dedup_split" in batch.column_names:
        split = pc.coalesce(batch["dedup_split"], split)
    ids = batch["doc_id" if "doc_id" in batch.column_names else "file_id"].to_pylist()
    split = validation_split(ids, split.to_pylist(), validation_fraction, seed)
    cols = {
        "file_id": batch["doc_id" if "doc_id" in batch.column_names else "file_id"],
        "repo": batch["repo"],
        "split": pa.array(split, pa.string()),
        "text": batch["text"],
    }
    for name in ("domain", "manufacturer"):
        if name in batch.column_names:
            cols[name] = batch[name]
    return pa.table(cols)


def validation_split(
    ids: list[str], splits: list[str | None], fraction: float, seed: int
) -> list[str | None]:
    """Train documents whose stable hash falls under `fraction` become "validation"."""
    if fraction <= 0:
        return splits
    cut = int(fraction * 2**32)
    return [
        "validation" if s == "train" and int(stable_id("val", seed, i, n=8), 16) < cut else s
        for i, s in zip(ids, splits)
    ]


# --- tokenize ------------------------------------------------------------------------


class Tokenize:
    """Actor-pool stage: text rows -> `schema.DOCS` rows (ids + eos), one batch at a time.

    With `cfg.fast_tokenizer`, byte-level BPE tokenizers encode through tiktoken (same ids,
    several times faster); the first document of every batch is re-encoded with
    `tokenizers` as a check, and any difference switches this actor back for good.
    """

    def __init__(self, cfg: PackConfig, domains: Mapping[str, str] | None = None) -> None:
        self.tokenizer, self.eos_id, self.pad_id = load_tokenizer(cfg.tokenizer, cfg.eos_token)
        # A source file that spells "<|endoftext|>" must not end its document early.
        self.tokenizer.encode_special_tokens = True
        self.domains = dict(domains or {})
        self.fast: Encode | None = None
        self.fast_reason = "disabled (pack.fast_tokenizer=false)"
        if cfg.fast_tokenizer:
            self.fast, self.fast_reason = tiktoken_encoder(
                Path(cfg.tokenizer) / "tokenizer.json", loaded=self.tokenizer
            )

    def hf_encode(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tokenizer.encode_batch_fast(texts, add_special_tokens=False)]

    def encode(self, texts: list[str]) -> list[list[int]]:
        if self.fast is None or not texts:
            return self.hf_encode(texts)
        ids = self.fast(texts)
        if list(ids[0]) != self.hf_encode(texts[:1])[0]:
            self.fast, self.fast_reason = None, "a document's ids differed from tokenizers'"
            return self.hf_encode(texts)
        return ids

    def __call__(self, batch: pa.Table) -> pa.Table:
        return tokenize_batch(batch, self.encode, self.eos_id, self.domains)


def _domains(batch: pa.Table, domains: Mapping[str, str]) -> pa.Array:
    """The batch's domain column, else the repo's domain from `domains`, else general."""
    repos = batch.column("repo").to_pylist()
    given = [None] * len(repos)
    if "domain" in batch.column_names:
        given = batch.column("domain").to_pylist()
    return pa.array(
        [d or domains.get(r, DEFAULT_DOMAIN) for d, r in zip(given, repos, strict=True)],
        pa.string(),
    )


def tokenize_batch(
    batch: pa.Table,
    encode: Callable[[list[str]], list[list[int]]],
    eos_id: int,
    domains: Mapping[str, str] | None = None,
) -> pa.Table:
    """Rows (file_id or doc_id, repo, split, text[, domain]) -> DOCS rows.

    Rows with no text (null or empty) carry no tokens and give no document. A row's domain
    is its `domain` value, else `domains[repo]`, else "general".
    """
    text = batch.column("text")
    batch = batch.filter(pc.fill_null(pc.greater(pc.utf8_length(text), 0), False))
    texts = batch.column("text").to_pylist()
    input_ids = _append_eos(encode(texts), eos_id)
    id_col = "doc_id" if "doc_id" in batch.column_names else "file_id"
    domain = _domains(batch, domains or {})
    cols = {
        "doc_id": batch.column(id_col),
        "repo": batch.column("repo"),
        "split": batch.column("split"),
        "domain": domain,
        "manufacturer": batch.column("manufacturer")
        if "manufacturer" in batch.column_names
        else pa.nulls(batch.num_rows, pa.string()),
        "n_tokens": pc.list_value_length(input_ids).cast(pa.int64()),
        "input_ids": input_ids,
    }
    return pa.table(cols).cast(DOCS)


def _append_eos(ids: list[Any], eos_id: int) -> pa.ListArray:
    """[ids of doc 0, ...] (int lists or uint32 arrays) -> list<uint32>, eos after each doc."""
    lens = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids)) + 1
    offsets = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum(lens, out=offsets[1:])
    if offsets[-1] > np.iinfo(np.int32).max:
        raise ValueError("batch too large: more than 2**31 tokens; lower pack.docs_per_batch")
    values = np.full(offsets[-1], eos_id, dtype=np.uint32)
    body = np.ones(offsets[-1], dtype=bool)
    body[offsets[1:] - 1] = False
    n_body = int(offsets[-1]) - len(ids)
    if ids and isinstance(ids[0], np.ndarray):
        values[body] = np.concatenate(ids) if n_body else []
    else:
        values[body] = np.fromiter(chain.from_iterable(ids), dtype=np.uint32, count=n_body)
    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), pa.array(values))


# --- pack ----------------------------------------------------------------------------


def pack_docs(docs: pa.Table, seq_len: int, pad_id: int) -> tuple[pa.Table, pa.Table]:
    """DOCS (or TAILS) rows -> (full BLOCKS rows, TAILS rows left over per (split, domain))."""
    return _pack(docs, seq_len, pad_id, pad_last=False)


def pack_tails(tails: pa.Table, seq_len: int, pad_id: int) -> pa.Table:
    """Gathered TAILS rows (all batches, in order) -> BLOCKS; each group's last block padded."""
    blocks, _ = _pack(tails, seq_len, pad_id, pad_last=True)
    return blocks


def _pack(docs: pa.Table, seq_len: int, pad_id: int, pad_last: bool) -> tuple[pa.Table, pa.Table]:
    if seq_len <= 0:
        raise ValueError(f"seq_len must be positive, got {seq_len}")
    lens = pc.fill_null(pc.list_value_length(docs.column("input_ids")), 0)
    docs = docs.filter(pc.greater(lens, 0))  # an empty row has no place in any block
    blocks, tails = [BLOCKS.empty_table()], [TAILS.empty_table()]
    for split, domain, rows in _groups(docs):
        group = docs.take(pa.array(rows))
        b, t = _pack_group(_Group(group, split, domain), seq_len, pad_id, pad_last)
        blocks.append(b)
        tails.append(t)
    return pa.concat_tables(blocks), pa.concat_tables(tails)


def _codes(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    enc = pc.dictionary_encode(column.combine_chunks())
    return enc.indices.to_numpy(zero_copy_only=False).astype(np.int64), enc.dictionary.to_pylist()


def _groups(docs: pa.Table) -> list[tuple[str, str, np.ndarray]]:
    """(split, domain, row indices) for each group, in order of first appearance."""
    if docs.num_rows == 0:
        return []
    if docs.column("split").null_count:
        raise ValueError("docs with a null split cannot be packed")
    s_codes, s_names = _codes(docs.column("split"))
    d_codes, d_names = _codes(pc.fill_null(docs.column("domain"), DEFAULT_DOMAIN))
    key = s_codes * len(d_names) + d_codes
    uniq, first = np.unique(key, return_index=True)
    return [
        (s_names[k // len(d_names)], d_names[k % len(d_names)], np.flatnonzero(key == k))
        for k in uniq[np.argsort(first)]
    ]


class _Group:
    """One (split, domain)'s documents as flat numpy arrays: ids and per-doc positions."""

    def __init__(self, docs: pa.Table, split: str, domain: str) -> None:
        self.split, self.domain = split, domain
        ids = docs.column("input_ids").combine_chunks()
        self.ids = pc.list_flatten(ids).to_numpy(zero_copy_only=False).astype(np.uint32)
        self.lens = pc.list_value_length(ids).to_numpy(zero_copy_only=False).astype(np.int64)
        self.end = np.cumsum(self.lens)
        self.start = self.end - self.lens
        if "offset" in docs.column_names:
            self.offset = pc.fill_null(docs.column("offset"), 0).to_numpy().astype(np.int64)
        else:
            self.offset = np.zeros(len(self.lens), dtype=np.int64)
        self.doc_id = docs.column("doc_id").combine_chunks()
        self.repo = pc.fill_null(docs.column("repo"), "").combine_chunks()


def _pack_group(g: _Group, seq_len: int, pad_id: int, pad_last: bool) -> tuple[pa.Table, pa.Table]:
    total = len(g.ids)
    n_full = total // seq_len
    n_blocks = n_full + 1 if pad_last and total % seq_len else n_full
    ids = g.ids
    if n_blocks * seq_len > total:
        ids = np.concatenate([ids, np.full(n_blocks * seq_len - total, pad_id, np.uint32)])
    chunks = [
        _block_table(g, ids, lo, min(lo + _BLOCKS_PER_CHUNK, n_blocks), seq_len)
        for lo in range(0, n_blocks, _BLOCKS_PER_CHUNK)
    ]
    tails = _tail_table(g, n_full * seq_len) if not pad_last else TAILS.empty_table()
    return pa.concat_tables([BLOCKS.empty_table(), *chunks]), tails


def _ranges(first: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated ranges first[i] .. first[i]+counts[i]-1, and the i each element came from."""
    owner = np.repeat(np.arange(len(counts)), counts)
    before = np.cumsum(counts) - counts
    return first[owner] + (np.arange(counts.sum()) - before[owner]), owner


def _list_array(counts: np.ndarray, values: pa.Array) -> pa.ListArray:
    offsets = np.zeros(len(counts) + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    return pa.ListArray.from_arrays(pa.array(offsets), values)


def _block_table(g: _Group, ids: np.ndarray, lo: int, hi: int, seq_len: int) -> pa.Table:
    """Blocks lo..hi-1 of a group: ids, documents and repos in each, stable ids."""
    starts = np.arange(lo, hi, dtype=np.int64) * seq_len
    ends = np.minimum(starts + seq_len, len(g.ids))
    first = np.searchsorted(g.end, starts, side="right")  # first doc ending after the start
    last = np.searchsorted(g.start, ends, side="left") - 1  # last doc starting before the end
    members, owner = _ranges(first, last - first + 1)
    doc_ids = _list_array(last - first + 1, g.doc_id.take(pa.array(members)))
    # Repos unique per block, in order of first appearance within the block.
    r_codes, r_names = _codes(pa.chunked_array([g.repo.take(pa.array(members))]))
    _, firsts = np.unique(owner * max(len(r_names), 1) + r_codes, return_index=True)
    firsts.sort()
    repo_counts = np.bincount(owner[firsts], minlength=hi - lo)
    repos = _list_array(repo_counts, pa.array(r_names, pa.string()).take(pa.array(r_codes[firsts])))
    within = g.offset[first] + starts - g.start[first]
    first_ids = g.doc_id.take(pa.array(first)).to_pylist()
    block_ids = [
        stable_id("block", g.split, g.domain, d, int(w), seq_len)
        for d, w in zip(first_ids, within, strict=True)
    ]
    flat = ids[lo * seq_len : hi * seq_len]
    cols = {
        "block_id": pa.array(block_ids, pa.string()),
        "split": pa.array([g.split] * (hi - lo), pa.string()),
        "domain": pa.array([g.domain] * (hi - lo), pa.string()),
        "input_ids": _list_array(np.full(hi - lo, seq_len), pa.array(flat, pa.uint32())),
        "n_tokens": pa.array((ends - starts).astype(np.int32)),
        "doc_ids": doc_ids,
        "repos": repos,
        # Set by PackBlocks once the block's tokens are in a shard.
        "shard": pa.nulls(hi - lo, pa.string()),
        "shard_row": pa.nulls(hi - lo, pa.int32()),
    }
    return pa.table(cols, schema=BLOCKS)


def _tail_table(g: _Group, cut: int) -> pa.Table:
    """The ids after `cut` as TAILS rows: the first one possibly starts inside a document."""
    if cut >= len(g.ids):
        return TAILS.empty_table()
    first = int(np.searchsorted(g.end, cut, side="right"))
    rows = np.arange(first, len(g.lens))
    lens = g.lens[rows].copy()
    lens[0] = g.end[first] - cut
    offset = g.offset[rows].copy()
    offset[0] += cut - g.start[first]
    n = len(rows)
    cols = {
        "doc_id": g.doc_id.take(pa.array(rows)),
        "repo": g.repo.take(pa.array(rows)),
        "split": pa.array([g.split] * n, pa.string()),
        "domain": pa.array([g.domain] * n, pa.string()),
        "manufacturer": pa.nulls(n, pa.string()),  # blocks do not carry it
        "n_tokens": pa.array(lens),
        "input_ids": _list_array(lens, pa.array(g.ids[cut:], pa.uint32())),
        "offset": pa.array(offset),
    }
    return pa.table(cols, schema=TAILS)


# --- the pack stage ---------------------------------------------------------------


_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class PackBlocks:
    """Actor-pool stage: DOCS batch -> BLOCKS rows whose tokens are written as .npy shards.

    Each (split, domain) of the batch is packed on its own and its last partial block is
    padded (no gather across batches: a little padding instead of a global step). Shards
    go to `<tokens_uri>/<split>/<domain>/<first block id>.npy`, at most `blocks_per_shard`
    blocks each (None: one per group); each block records `shard` (relative to
    tokens_uri) and `shard_row`.
    """

    def __init__(
        self, seq_len: int, pad_id: int, tokens_uri: str, blocks_per_shard: int | None = None
    ) -> None:
        self.seq_len, self.pad_id, self.blocks_per_shard = seq_len, pad_id, blocks_per_shard
        self.fs, self.root = fs_path(None, tokens_uri.rstrip("/"))

    def __call__(self, docs: pa.Table) -> pa.Table:
        full, tails = pack_docs(docs, self.seq_len, self.pad_id)
        blocks = pa.concat_tables([full, pack_tails(tails, self.seq_len, self.pad_id)])
        out = [BLOCKS.empty_table()]
        step = self.blocks_per_shard or max(blocks.num_rows, 1)
        for split, domain, rows in _groups(blocks):
            group = blocks.take(pa.array(rows))
            for lo in range(0, group.num_rows, step):
                out.append(self._write(group.slice(lo, step), split, domain))
        return pa.concat_tables(out)

    def _write(self, blocks: pa.Table, split: str, domain: str) -> pa.Table:
        folder = f"{self.root}/{_UNSAFE.sub('_', split)}/{_UNSAFE.sub('_', domain)}/"
        entry = write_npy_shard(blocks, folder, self.fs)
        rel = entry["path"][len(self.root) + 1 :]
        blocks = blocks.set_column(
            BLOCKS.get_field_index("shard"), "shard", pa.array([rel] * blocks.num_rows)
        )
        rows = pa.array(np.arange(blocks.num_rows, dtype=np.int32))
        return blocks.set_column(BLOCKS.get_field_index("shard_row"), "shard_row", rows)
