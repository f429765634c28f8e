"""Completion samples cut from documents, seeded selection, the samples file; and the
13-gram decontamination helpers and their Ray Data scan over training blocks."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from spark_data.tokenizer import load_tokenizer
from spark_train.eval.config import CompletionConfig, DecontamConfig, EvalRayConfig
from spark_train.eval.decontam import (
    block_hashes,
    decontaminate,
    item_hashes,
    ngram_hashes,
    overlap_report,
)
from spark_train.eval.sets import (
    candidate_samples,
    cut_sample,
    first_per_domain,
    read_samples,
    write_samples,
)

SAMPLE_TOKENIZER = Path(__file__).resolve().parents[2] / "spark_data" / "sample" / "tokenizer"

TEXT = (
    '/* usart.c */\n#include "stm32f4xx.h"\n\nvoid usart_init(USART_TypeDef *u, uint32_t brr)\n'
    "{\n\tu->BRR = brr;\n\tu->CR1 = USART_CR1_UE | USART_CR1_TE | USART_CR1_RE;\n}\n\n"
    "int usart_putc(USART_TypeDef *u, char c)\n{\n\twhile (!(u->SR & USART_SR_TXE))\n\t\t;\n"
    "\tu->DR = (uint8_t)c;\n\treturn c;\n}\n"
)


@pytest.fixture(scope="module")
def ref_tok():
    tok, _, _ = load_tokenizer(str(SAMPLE_TOKENIZER))
    tok.encode_special_tokens = True
    return tok


def doc(doc_id: str, text: str = TEXT, domain: str = "stm32") -> dict:
    return {"doc_id": doc_id, "repo": "r", "domain": domain, "text": text}


def test_a_sample_is_the_document_cut_at_75_percent_of_its_tokens(ref_tok):
    cfg = CompletionConfig(min_tokens=8, max_prompt_tokens=10_000, max_completion_tokens=10_000)
    enc = ref_tok.encode(TEXT, add_special_tokens=False)
    s = cut_sample(doc("d"), enc, cfg)
    n = len(enc.ids)
    assert s["prompt_tokens"] == int(0.75 * n) and s["reference_tokens"] == n - int(0.75 * n)
    assert s["prompt"] + s["reference"] == TEXT  # exact substrings, cut at a token offset
    assert ref_tok.encode(s["prompt"], add_special_tokens=False).ids == enc.ids[: int(0.75 * n)]


def test_sample_lengths_are_capped_and_short_documents_skipped(ref_tok):
    cfg = CompletionConfig(min_tokens=8, max_prompt_tokens=5, max_completion_tokens=3)
    enc = ref_tok.encode(TEXT, add_special_tokens=False)
    s = cut_sample(doc("d"), enc, cfg)
    assert (s["prompt_tokens"], s["reference_tokens"]) == (5, 3)
    cut = int(0.75 * len(enc.ids))
    assert TEXT.index(s["prompt"] + s["reference"]) == enc.offsets[cut - 5][0]
    short = CompletionConfig(min_tokens=len(enc.ids) + 1)
    assert cut_sample(doc("d"), enc, short) is None


def test_selection_is_seeded_and_skips_excluded_samples(ref_tok):
    cfg = CompletionConfig(min_tokens=8)
    docs = [doc(f"d{i}", domain="a" if i % 2 else "b") for i in range(8)]
    first = candidate_samples(docs, ref_tok, cfg)
    assert first == candidate_samples(list(reversed(docs)), ref_tok, cfg)  # order-free
    other_seed = candidate_samples(docs, ref_tok, CompletionConfig(min_tokens=8, seed=1))
    assert [s["doc_id"] for s in other_seed] != [s["doc_id"] for s in first]
    picked = first_per_domain(first, 2, excluded={first[0]["sample_id"]})
    assert [s["domain"] for s in picked] == ["a", "a", "b", "b"]
    assert first[0]["sample_id"] not in {s["sample_id"] for s in picked}
    assert picked[0] == first[1]


def test_samples_file_round_trip_and_bad_file(ref_tok, tmp_path):
    samples = candidate_samples([doc("d1"), doc("d2")], ref_tok, CompletionConfig(min_tokens=8))
    write_samples(samples, tmp_path / "s.jsonl")
    back = read_samples(str(tmp_path / "s.jsonl"))
    assert [b["sample_id"] for b in back] == [s["sample_id"] for s in samples]
    (tmp_path / "bad.jsonl").write_text(json.dumps({"sample_id": "x"}) + "\n")
    with pytest.raises(ValueError, match="lacks"):
        read_samples(str(tmp_path / "bad.jsonl"))


def test_ngram_hashes_match_equal_ngrams_only():
    a = ngram_hashes(np.array([5, 6, 7, 8, 9]), 3)
    b = ngram_hashes(np.array([1, 6, 7, 8, 2]), 3)
    assert a.shape == (3,) and a[1] == b[1] and a[0] != b[0] and a[2] != b[2]
    assert ngram_hashes(np.array([1, 2]), 3).size == 0
    blocks = np.array([[1, 2, 3, 4, 0, 0], [7, 8, 9, 1, 2, 3]])
    got = block_hashes(blocks, np.array([4, 6]), 3)  # padding of block 0 left out
    want = np.unique(np.concatenate([ngram_hashes(blocks[0, :4], 3), ngram_hashes(blocks[1], 3)]))
    assert np.array_equal(got, want)


def test_overlap_report_threshold():
    items = [
        {"item_id": "clean", "kind": "doc", "ids": [1, 2, 3, 4, 5]},
        {"item_id": "half", "kind": "doc", "ids": [10, 11, 12, 13, 14]},
        {"item_id": "short", "kind": "sample", "ids": [1]},
    ]
    per, every = item_hashes(items, 2)
    matched = np.sort(ngram_hashes(np.array([10, 11, 12]), 2))
    rows = {r["item_id"]: r for r in overlap_report(items, per, matched, threshold=0.5)}
    assert rows["half"]["matched"] == 2 and rows["half"]["share"] == 0.5
    assert rows["half"]["contaminated"] and not rows["clean"]["contaminated"]
    assert rows["short"]["n_grams"] == 0 and not rows["short"]["contaminated"]
    strict = overlap_report(items, per, matched[:1], threshold=0.0)
    assert [r["contaminated"] for r in strict] == [False, True, False]


def test_decontamination_scans_only_training_blocks_on_ray(ray_local, tmp_path):
    seq = 16
    train = list(range(100, 116))
    held = list(range(200, 216))
    blocks = pa.table(
        {
            "block_id": ["b0", "b1"],
            "split": ["train", "held_out"],
            "input_ids": pa.array([train, held], pa.list_(pa.uint32())),
            "n_tokens": pa.array([seq, seq], pa.int32()),
        }
    )
    (tmp_path / "blocks").mkdir()
    pq.write_table(blocks, tmp_path / "blocks" / "part-0.parquet")
    items = [
        {"item_id": "copy", "kind": "doc", "ids": train[:14]},  # 2 13-grams, both in train
        {"item_id": "held", "kind": "doc", "ids": held},  # only in a held_out block
        {"item_id": "mixed", "kind": "sample", "ids": [1] * 13 + train[:13]},  # 1 of 14
    ]
    rows = decontaminate(items, str(tmp_path / "blocks"), DecontamConfig(), EvalRayConfig())
    got = {r["item_id"]: (r["matched"], r["contaminated"]) for r in rows}
    assert got == {"copy": (2, True), "held": (0, False), "mixed": (1, False)}
