"""pack_docs / pack_tails on crafted id sequences, checked against a per-token reference."""

from __future__ import annotations

import random
from collections import defaultdict

import pyarrow as pa
import pytest

from spark_data.pack import TAILS, pack_docs, pack_tails
from spark_data.schema import BLOCKS, DOCS, stable_id

PAD = 1
EOS = 0


def make_docs(rows: list[tuple[str, str, str, str, list[int]]]) -> pa.Table:
    """(doc_id, repo, split, domain, ids) -> DOCS; ids get EOS appended like Tokenize does."""
    return pa.Table.from_pylist(
        [
            {
                "doc_id": d,
                "repo": r,
                "split": s,
                "domain": dom,
                "n_tokens": len(ids) + 1,
                "input_ids": [*ids, EOS],
            }
            for d, r, s, dom, ids in rows
        ],
        schema=DOCS,
    )


def reference_pack(docs: pa.Table, seq_len: int, pad_last: bool) -> list[dict]:
    """Blocks built one token at a time: obviously right, and slow."""
    groups: dict[tuple[str, str], list[tuple[int, str, str, int]]] = defaultdict(list)
    offsets = docs.column("offset").to_pylist() if "offset" in docs.column_names else None
    for i, row in enumerate(docs.to_pylist()):
        base = offsets[i] if offsets else 0
        for k, tok in enumerate(row["input_ids"]):
            groups[(row["split"], row["domain"])].append(
                (tok, row["doc_id"], row["repo"], base + k)
            )
    blocks = []
    for (split, domain), toks in groups.items():
        for start in range(0, len(toks), seq_len):
            chunk = toks[start : start + seq_len]
            if len(chunk) < seq_len and not pad_last:
                break
            doc_ids = list(dict.fromkeys(t[1] for t in chunk))
            blocks.append(
                {
                    "block_id": stable_id(
                        "block", split, domain, chunk[0][1], chunk[0][3], seq_len
                    ),
                    "split": split,
                    "domain": domain,
                    "input_ids": [t[0] for t in chunk] + [PAD] * (seq_len - len(chunk)),
                    "n_tokens": len(chunk),
                    "doc_ids": doc_ids,
                    "repos": list(dict.fromkeys(t[2] for t in chunk)),
                    "shard": None,
                    "shard_row": None,
                }
            )
    return blocks


def stream(table: pa.Table) -> dict[tuple[str, str], list[int]]:
    """Real tokens per (split, domain), in row order (blocks: n_tokens; docs: all ids)."""
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in table.to_pylist():
        n = row.get("n_tokens") if "block_id" in row else len(row["input_ids"])
        out[(row["split"], row["domain"])] += row["input_ids"][:n]
    return out


def random_docs(rng: random.Random, n: int, max_len: int) -> pa.Table:
    rows = []
    for i in range(n):
        split = rng.choice(["train", "train", "held_out"])
        domain = rng.choice(["general", "stm32_hal", "device_tree"])
        ids = [rng.randrange(2, 500) for _ in range(rng.randrange(0, max_len))]
        rows.append((f"d{i}", f"repo{rng.randrange(3)}", split, domain, ids))
    return make_docs(rows)


def test_boundaries_and_eos_between_docs() -> None:
    docs = make_docs(
        [("a", "r1", "train", "general", [10, 11]), ("b", "r2", "train", "general", [20, 21, 22])]
    )
    blocks, tails = pack_docs(docs, 3, PAD)
    assert blocks.schema == BLOCKS
    assert blocks.column("input_ids").to_pylist() == [[10, 11, EOS], [20, 21, 22]]
    assert blocks.column("doc_ids").to_pylist() == [["a"], ["b"]]
    assert tails.to_pylist() == [
        {
            "doc_id": "b",
            "repo": "r2",
            "split": "train",
            "domain": "general",
            "manufacturer": None,
            "n_tokens": 1,
            "input_ids": [EOS],
            "offset": 3,
        }
    ]
    final = pack_tails(tails, 3, PAD)
    assert final.column("input_ids").to_pylist() == [[EOS, PAD, PAD]]
    assert final.column("n_tokens").to_pylist() == [1]


def test_eos_lands_mid_block_and_docs_share_a_block() -> None:
    docs = make_docs(
        [("a", "r1", "train", "general", [5]), ("b", "r1", "train", "general", [6, 7])]
    )
    blocks, tails = pack_docs(docs, 5, PAD)
    assert blocks.to_pylist() == reference_pack(docs, 5, pad_last=False)
    assert blocks.column("input_ids").to_pylist() == [[5, EOS, 6, 7, EOS]]
    assert blocks.column("doc_ids").to_pylist() == [["a", "b"]]
    assert blocks.column("repos").to_pylist() == [["r1"]]
    assert tails.num_rows == 0


def test_doc_longer_than_three_blocks() -> None:
    seq = 4
    docs = make_docs([("long", "r", "train", "general", list(range(2, 2 + 3 * seq + 1)))])
    blocks, tails = pack_docs(docs, seq, PAD)
    assert blocks.num_rows == 3
    assert blocks.column("doc_ids").to_pylist() == [["long"]] * 3
    expected_ids = [stable_id("block", "train", "general", "long", k * seq, seq) for k in range(3)]
    assert blocks.column("block_id").to_pylist() == expected_ids
    assert tails.column("offset").to_pylist() == [3 * seq]
    assert tails.column("input_ids").to_pylist() == [[2 + 3 * seq, EOS]]


def test_split_and_domain_never_mixed() -> None:
    docs = random_docs(random.Random(1), 60, 30)
    by_id = {r["doc_id"]: r for r in docs.to_pylist()}
    blocks, tails = pack_docs(docs, 16, PAD)
    final = pack_tails(tails, 16, PAD)
    for table in (blocks, final):
        for b in table.to_pylist():
            for d in b["doc_ids"]:
                assert (by_id[d]["split"], by_id[d]["domain"]) == (b["split"], b["domain"])


@pytest.mark.parametrize("seed,seq_len", [(0, 7), (1, 16), (2, 64), (3, 1)])
def test_matches_reference_and_reassembles_stream(seed: int, seq_len: int) -> None:
    docs = random_docs(random.Random(seed), 40, 50)
    blocks, tails = pack_docs(docs, seq_len, PAD)
    assert tails.schema == TAILS
    assert blocks.to_pylist() == reference_pack(docs, seq_len, pad_last=False)
    final = pack_tails(tails, seq_len, PAD)
    assert final.to_pylist() == reference_pack(tails, seq_len, pad_last=True)
    assert all(n == seq_len for n in blocks.column("n_tokens").to_pylist())
    # All real tokens, full blocks then tail blocks, are each group's documents in order.
    got = stream(pa.concat_tables([blocks, final]))
    assert got == stream(docs)
    # Only the last block of each group is partial.
    assert final.num_rows - sum(n == seq_len for n in final.column("n_tokens").to_pylist()) <= 6


def test_batches_then_gathered_tails() -> None:
    """The pipeline's shape: pack each batch, gather all tails in order, pack them last."""
    docs = random_docs(random.Random(7), 90, 40)
    seq_len = 13
    all_blocks, all_tails = [], []
    for start in range(0, docs.num_rows, 25):
        batch = docs.slice(start, 25)
        blocks, tails = pack_docs(batch, seq_len, PAD)
        # Within a batch: full blocks + tails are exactly the batch's tokens.
        assert _joined(blocks, tails) == stream(batch)
        all_blocks.append(blocks)
        all_tails.append(tails)
    tails = pa.concat_tables(all_tails)
    final = pack_tails(tails, seq_len, PAD)
    assert stream(final) == stream(tails)
    ids = pa.concat_tables([*all_blocks, final]).column("block_id").to_pylist()
    assert len(ids) == len(set(ids))  # (first doc, offset) is unique per block
    n_real = sum(pa.concat_tables([*all_blocks, final]).column("n_tokens").to_pylist())
    assert n_real == sum(docs.column("n_tokens").to_pylist())


def _joined(blocks: pa.Table, tails: pa.Table) -> dict:
    out = stream(blocks)
    for key, ids in stream(tails).items():
        out[key] = out.get(key, []) + ids
    return dict(out)


def test_stable_ids_across_runs() -> None:
    docs = random_docs(random.Random(5), 30, 40)
    first = pack_docs(docs, 8, PAD)
    second = pack_docs(docs, 8, PAD)
    assert first[0].equals(second[0]) and first[1].equals(second[1])
    other = pack_docs(docs, 9, PAD)[0].column("block_id").to_pylist()
    assert not set(other) & set(first[0].column("block_id").to_pylist())


def test_empty_and_zero_length_rows() -> None:
    blocks, tails = pack_docs(DOCS.empty_table(), 8, PAD)
    assert blocks.num_rows == 0 and blocks.schema == BLOCKS
    assert tails.num_rows == 0 and tails.schema == TAILS
    assert pack_tails(TAILS.empty_table(), 8, PAD).num_rows == 0
    docs = make_docs([("a", "r", "train", "general", [3, 4, 5])])
    empty = pa.Table.from_pylist(
        [{"doc_id": "z", "repo": "r", "split": "train", "domain": "general", "n_tokens": 0,
          "input_ids": []}],
        schema=DOCS,
    )  # fmt: skip
    blocks, _ = pack_docs(pa.concat_tables([empty, docs]), 2, PAD)
    assert blocks.column("doc_ids").to_pylist() == [["a"], ["a"]]


def test_bad_input() -> None:
    docs = make_docs([("a", "r", "train", "general", [3])])
    with pytest.raises(ValueError, match="seq_len"):
        pack_docs(docs, 0, PAD)
    nulls = docs.set_column(2, "split", pa.array([None], pa.string()))
    with pytest.raises(ValueError, match="null split"):
        pack_docs(nulls, 4, PAD)
