"""write_npy_shard, PackBlocks and write_token_index on a local filesystem."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.fs as pafs
import pytest

from spark_data.pack import PackBlocks, pack_docs, pack_tails
from spark_data.schema import BLOCKS, DOCS
from spark_data.shards import write_npy_shard, write_token_index

PAD = 1


def docs_table(n: int, seed: int, splits=("train",), domains=("general",)) -> pa.Table:
    """Random documents; ids differ per seed (block ids derive from doc ids)."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        ids = [rng.randrange(2, 60000) for _ in range(rng.randrange(1, 40))] + [0]
        rows.append(
            {
                "doc_id": f"s{seed}d{i}",
                "repo": f"r{i % 3}",
                "split": rng.choice(splits),
                "domain": rng.choice(domains),
                "n_tokens": len(ids),
                "input_ids": ids,
            }
        )
    return pa.Table.from_pylist(rows, schema=DOCS)


def blocks_of(seed: int, seq_len: int = 16) -> pa.Table:
    full, tails = pack_docs(docs_table(30, seed), seq_len, PAD)
    return pa.concat_tables([full, pack_tails(tails, seq_len, PAD)])


def test_npy_shard_loads_with_mmap_and_equals_blocks(tmp_path: Path) -> None:
    blocks = blocks_of(0)
    entry = write_npy_shard(blocks, str(tmp_path / "tokens" / "train" / "general") + "/")
    first = blocks.column("block_id")[0].as_py()
    assert entry["path"] == str(tmp_path / "tokens" / "train" / "general" / f"{first}.npy")
    assert entry["n_blocks"] == blocks.num_rows
    assert entry["n_tokens"] == sum(blocks.column("n_tokens").to_pylist())
    assert (entry["split"], entry["domain"], entry["seq_len"]) == ("train", "general", 16)
    arr = np.load(entry["path"], mmap_mode="r")
    assert arr.dtype == np.uint32 and arr.ndim == 1
    assert arr.reshape(-1, 16).tolist() == blocks.column("input_ids").to_pylist()
    raw = np.memmap(entry["path"], dtype="<u4", mode="r", offset=entry["data_offset"])
    assert np.array_equal(raw, arr)


def test_npy_shard_through_a_filesystem_and_uri(tmp_path: Path) -> None:
    blocks = blocks_of(1)
    a = write_npy_shard(blocks, f"{tmp_path}/a/", pafs.LocalFileSystem())
    b = write_npy_shard(blocks, f"file://{tmp_path}/b/")
    assert Path(a["path"]).read_bytes() == Path(b["path"]).read_bytes()  # deterministic


def test_npy_shard_rejects_mixed_or_empty(tmp_path: Path) -> None:
    mixed = pack_docs(docs_table(40, 2, splits=("train", "held_out")), 8, PAD)[0]
    with pytest.raises(ValueError, match="one split"):
        write_npy_shard(mixed, f"{tmp_path}/x/")
    with pytest.raises(ValueError, match="no blocks"):
        write_npy_shard(BLOCKS.empty_table(), f"{tmp_path}/x/")


def test_pack_blocks_stage_writes_shards_and_records_rows(tmp_path: Path) -> None:
    docs = docs_table(80, 3, splits=("train", "held_out"), domains=("general", "stm32 hal"))
    root = tmp_path / "tokens"
    stage = PackBlocks(8, PAD, str(root), blocks_per_shard=5)
    blocks = stage(docs)
    assert blocks.schema == BLOCKS
    assert sum(blocks.column("n_tokens").to_pylist()) == sum(docs.column("n_tokens").to_pylist())
    for b in blocks.to_pylist():
        assert b["shard"].startswith(f"{b['split']}/{b['domain'].replace(' ', '_')}/")
        arr = np.load(root / b["shard"], mmap_mode="r")
        assert arr.size <= 5 * 8
        assert arr[b["shard_row"] * 8 : (b["shard_row"] + 1) * 8].tolist() == b["input_ids"]
    again = PackBlocks(8, PAD, str(tmp_path / "again"), blocks_per_shard=5)(docs)
    assert again.column("block_id").equals(blocks.column("block_id"))
    assert again.column("shard").equals(blocks.column("shard"))


def test_token_index(tmp_path: Path) -> None:
    root = tmp_path / "tokens"
    entries = [
        write_npy_shard(blocks_of(4), f"{root}/train/general/"),
        write_npy_shard(blocks_of(5), f"{root}/train/general/"),
    ]
    path = write_token_index(entries, str(root), 16, 0, PAD, vocab_size=4096)
    assert path == f"{root}/index.json"
    index = json.loads(Path(path).read_text())
    assert (index["dtype"], index["seq_len"], index["eos_id"], index["pad_id"]) == (
        "uint32",
        16,
        0,
        PAD,
    )
    assert index["vocab_size"] == 4096
    for shard in index["shards"]:
        assert not shard["path"].startswith("/")
        assert np.load(root / shard["path"], mmap_mode="r").size == shard["n_blocks"] * 16
    assert index["totals"]["train"]["general"]["blocks"] == sum(e["n_blocks"] for e in entries)
    # Entries that already hold relative paths (from the blocks table) are kept as given.
    rel = [{**e, "path": e["path"][len(str(root)) + 1 :]} for e in entries]
    write_token_index(rel, str(root), 16, 0, PAD)
    assert [s["path"] for s in json.loads(Path(path).read_text())["shards"]] == [
        s["path"] for s in index["shards"]
    ]
