"""Row helpers without Ray: tokens, normalisation, datasketch-compatible signatures, band
parameters, and the defined outcome of each kind of bad input."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from datasketch import MinHash, MinHashLSH

from spark_data.dedup.config import DedupConfig
from spark_data.dedup.lsh import (
    BINARY,
    CAPPED,
    EMPTY,
    TOO_SHORT,
    bucket_pairs,
    file_outcome,
    sign_batch,
)
from spark_data.dedup.minhash import (
    band_params,
    candidate_probability,
    jaccard,
    signatures,
)
from spark_data.dedup.shingle import (
    TOKEN_RE,
    norm_key,
    shingle_hashes,
    strip_comments,
    token_spans,
)

CODE = """/* UART driver */
#include "stm32f4xx.h"
static volatile uint32_t ticks = 0x40021000UL; // base
int uart_send(USART_TypeDef *u, const char *s) {
    while (*s) { while (!(u->SR & USART_SR_TXE)) {} u->DR = (uint8_t)*s++; }
    return "/* not a comment */"[0] + 'é';
}
"""


def test_tokens_match_the_regex_definition():
    data = (CODE + "\tμs_delay(3);\x00 ;;").encode()
    starts, ends = token_spans(data)
    assert [data[s:e] for s, e in zip(starts, ends)] == TOKEN_RE.findall(data)
    assert b"0x40021000UL" in TOKEN_RE.findall(data)


def test_comments_are_stripped_but_literals_kept():
    s = strip_comments(CODE, "c_source")
    assert "UART driver" not in s and "// base" not in s
    assert '"/* not a comment */"' in s
    assert strip_comments("mov r0, #1 ; load\n", "asm").strip() == "mov r0, #1"
    assert strip_comments("x ; y", "build") == "x ; y"  # no comment rules for other kinds


def test_norm_key_ignores_whitespace_and_comments_only():
    variant = CODE.replace("    ", "\t").replace("/* UART driver */", "// other header")
    assert norm_key(variant, "c_source") == norm_key(CODE, "c_source")
    assert norm_key(CODE.replace("ticks", "tocks"), "c_source") != norm_key(CODE, "c_source")


def _shingles_ref(text: str, k: int) -> set[tuple[bytes, ...]]:
    toks = TOKEN_RE.findall(strip_comments(text, "c_source").encode())
    return {tuple(toks[i : i + k]) for i in range(len(toks) - k + 1)}


def test_shingle_hashes_count_distinct_shingles():
    h, capped = shingle_hashes(strip_comments(CODE, "c_source"), 5)
    assert not capped and h.dtype == np.uint32
    assert h.size == len(_shingles_ref(CODE, 5))  # no 32-bit collisions on a small file


def test_signatures_load_into_datasketch_and_agree():
    a, _ = shingle_hashes(strip_comments(CODE, "c_source"), 5)
    b, _ = shingle_hashes(strip_comments(CODE.replace("ticks", "count"), "c_source"), 5)
    sigs = signatures([a, b], 128, seed=1)
    built = []
    for h, sig in zip((a, b), sigs):
        ref = MinHash(num_perm=128, seed=1, hashfunc=lambda x: x)
        ref.update_batch([int(v) for v in h])
        assert np.array_equal(ref.hashvalues, sig.astype(np.uint64))
        built.append(MinHash(num_perm=128, seed=1, hashvalues=sig.astype(np.uint64)))
    assert built[0].jaccard(built[1]) == pytest.approx(np.mean(sigs[0] == sigs[1]))
    assert abs(built[0].jaccard(built[1]) - jaccard(a, b)) < 0.15
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    lsh.insert("a", built[0])
    assert lsh.query(built[1]) == ["a"]


def test_band_params_buy_recall_at_the_threshold():
    b, r = band_params(0.8, 128, 0.97)
    assert b * r <= 128 and candidate_probability(0.8, b, r) >= 0.97
    assert candidate_probability(0.8, 128 // (r + 1), r + 1) < 0.97  # r is the largest
    with pytest.raises(ValueError):
        band_params(1.5, 128, 0.97)


def test_bad_inputs_have_defined_outcomes():
    cfg = DedupConfig()
    assert file_outcome(None, "binary", "ab" * 32, cfg)[1:] == (False, BINARY)
    assert file_outcome("", "c_source", "cd" * 32, cfg)[1:] == (False, EMPTY)
    assert file_outcome(" \n\t", "c_source", "ef" * 32, cfg)[1:] == (False, EMPTY)
    assert file_outcome("int x;", "c_source", "01" * 32, cfg)[1:] == (False, TOO_SHORT)
    assert file_outcome("/* a b c d e f g */ x;", "c_source", "02" * 32, cfg)[2] == TOO_SHORT
    assert file_outcome(CODE, "c_source", "03" * 32, cfg)[1:] == (True, None)
    # two rows without text but different bytes never share a cluster
    assert (
        file_outcome(None, "binary", "ab" * 32, cfg)[0]
        != file_outcome(None, "binary", "ac" * 32, cfg)[0]
    )


def test_a_50mb_document_is_capped_and_recorded():
    cfg = DedupConfig()
    big = "uint32_t reg_%d = 0x%x;\n"
    text = "".join(big % (i, i) for i in range(2_100_000))
    assert len(text) > 50_000_000
    node, signable, reason = file_outcome(text, "c_source", "04" * 32, cfg)
    assert signable and reason == CAPPED
    batch = pa.table({"node": [node, 7], "kind": ["c_source", "c_source"], "text": [text, "x"]})
    out = sign_batch(batch, cfg, 18, 7).to_pylist()
    assert out[0]["reason"] == CAPPED and len(out[0]["bands"]) == 18
    assert 0 < len(out[0]["shingles"]) <= cfg.max_shingle_bytes
    assert out[1]["reason"] == TOO_SHORT and out[1]["bands"] == [] and out[1]["shingles"] == []


def test_bucket_pairs_all_pairs_small_star_and_chain_large():
    small = pa.table({"node": [5, 3, 9, 3], "new": [1, 0, 0, 0]})
    got = sorted(zip(*bucket_pairs(small, 32).to_pydict().values()))
    assert got == [(3, 5), (5, 9)]  # 3-9 are both old: found when the later was new
    big = pa.table({"node": list(range(100)), "new": [1] * 100})
    pairs = bucket_pairs(big, 32).to_pydict()
    assert len(pairs["a"]) == 99 + 98 and all(a < b for a, b in zip(pairs["a"], pairs["b"]))
