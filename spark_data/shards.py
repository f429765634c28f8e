"""Token shards: flat uint32 .npy files of packed blocks and the index.json that lists them.

`write_npy_shard(blocks, prefix)` writes one (split, domain)'s blocks as one flat .npy file
(np.load(path, mmap_mode="r") reads it; OLMo-core / Megatron-style memory-mapped loaders
read the raw ids after `data_offset` header bytes). `write_token_index(entries, root, ...)`
writes `<root>/index.json`: the shards, their splits and domains, and totals. Paths are
local or any pyarrow filesystem URI.

    entry = write_npy_shard(blocks, "out/corpus/tokens/train/general/")
    write_token_index([entry], "out/corpus/tokens", seq_len=2048, eos_id=0, pad_id=1)
"""

from __future__ import annotations

import io
import json
import os

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs


def fs_path(filesystem: pafs.FileSystem | None, path: str) -> tuple[pafs.FileSystem, str]:
    """A filesystem and a path on it; with none given, the path may be a URI or local."""
    if filesystem is not None:
        return filesystem, path
    if "://" not in path:
        path = os.path.abspath(path)
    return pafs.FileSystem.from_uri(path)


def _one(blocks: pa.Table, name: str) -> str:
    values = pc.unique(blocks.column(name)).to_pylist()
    if len(values) != 1:
        raise ValueError(f"a shard holds one {name}; got {values}")
    return values[0]


def write_npy_shard(
    blocks: pa.Table, path_prefix: str, filesystem: pafs.FileSystem | None = None
) -> dict:
    """Write the blocks' input_ids as one flat uint32 .npy file `<path_prefix><first id>.npy`.

    All blocks must share one (split, domain) and one length. The file is a standard .npy
    (np.load(mmap_mode="r")); raw readers (np.memmap) skip `data_offset` header bytes.
    Returns {path, n_blocks, n_tokens (real ids), seq_len, data_offset, split, domain}.
    """
    if blocks.num_rows == 0:
        raise ValueError("no blocks to write")
    split, domain = _one(blocks, "split"), _one(blocks, "domain")
    ids = blocks.column("input_ids").combine_chunks()
    lens = pc.unique(pc.list_value_length(ids)).to_pylist()
    if len(lens) != 1:
        raise ValueError(f"blocks of different lengths in one shard: {lens}")
    flat = pc.list_flatten(ids).to_numpy(zero_copy_only=False).astype("<u4", copy=False)
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        header, {"descr": "<u4", "fortran_order": False, "shape": (flat.size,)}
    )
    fs, path = fs_path(filesystem, f"{path_prefix}{blocks.column('block_id')[0].as_py()}.npy")
    fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
    with fs.open_output_stream(path, compression=None) as out:
        out.write(header.getvalue())
        out.write(memoryview(np.ascontiguousarray(flat)).cast("B"))
    return {
        "path": path,
        "n_blocks": blocks.num_rows,
        "n_tokens": int(pc.sum(blocks.column("n_tokens")).as_py()),
        "seq_len": lens[0],
        "data_offset": len(header.getvalue()),
        "split": split,
        "domain": domain,
    }


def write_token_index(
    entries: list[dict],
    root: str,
    seq_len: int,
    eos_id: int,
    pad_id: int,
    vocab_size: int | None = None,
    filesystem: pafs.FileSystem | None = None,
    dtype: str = "uint32",
) -> str:
    """Write `<root>/index.json` (root: the tokens folder): shards and totals.

    Entries are `write_npy_shard` results or rows with path, split, domain, n_blocks and
    n_tokens; paths are stored relative to root. Returns the index's path.
    """
    fs, base = fs_path(filesystem, root.rstrip("/"))
    shards = []
    totals: dict[str, dict[str, dict[str, int]]] = {}
    for e in sorted(entries, key=lambda e: e["path"]):
        path = e["path"]
        shards.append({**e, "path": path[len(base) + 1 :] if path.startswith(base + "/") else path})
        t = totals.setdefault(e["split"], {}).setdefault(e["domain"], {"blocks": 0, "tokens": 0})
        t["blocks"] += e["n_blocks"]
        t["tokens"] += e["n_tokens"]
    index = {
        "format": "npy",  # one flat array per shard: n_blocks * seq_len ids
        "dtype": np.dtype(dtype).name,
        "seq_len": seq_len,
        "eos_id": eos_id,
        "pad_id": pad_id,
        "vocab_size": vocab_size,
        "totals": totals,
        "shards": shards,
    }
    fs.create_dir(base, recursive=True)
    path = f"{base}/index.json"
    with fs.open_output_stream(path, compression=None) as out:
        out.write((json.dumps(index, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return path
