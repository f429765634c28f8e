"""Planted near-duplicates at known edit rates, scored against brute-force exact Jaccard.

The corpus: seeded, real-shaped C driver files (register defines, a typedef'd register
block, functions), each base with variants at token edit rates from 0.5% to 15%, so pair
similarities spread across the 0.8 threshold. The engine's own batch steps run on it
(sign_batch -> band_rows -> buckets -> bucket_pairs -> verify_pairs, the functions the Ray
phase maps); the reference is the Jaccard of token 5-gram sets (token tuples, no hashing)
computed here for every pair.
"""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import combinations

import pyarrow as pa

from spark_data.dedup.config import DedupConfig
from spark_data.dedup.lsh import band_rows, bucket_pairs, sign_batch, verify_pairs
from spark_data.dedup.minhash import band_params
from spark_data.dedup.shingle import TOKEN_RE, strip_comments

PERIPHERALS = ["USART", "SPI", "I2C", "TIM", "ADC", "GPIO", "RCC", "DMA", "CAN", "RTC"]
REGS = ["CR1", "CR2", "SR", "DR", "BRR", "CCR", "ISR", "ICR", "IER", "PSC", "ARR", "CNT"]
RATES = [0.0025, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.05, 0.08, 0.15]


def make_base(rng: random.Random, n: int) -> list[str]:
    """One driver file as lines of code."""
    p = rng.choice(PERIPHERALS) + str(n)
    lines = [
        f"/* {p} driver, generated for the dedup accuracy test */",
        f'#include "{p.lower()}.h"',
    ]
    base = rng.randrange(0x40000000, 0x40080000, 0x400)
    lines.append(f"#define {p}_BASE (0x{base:08X}UL)")
    for i, reg in enumerate(rng.sample(REGS, 8)):
        bit = rng.randrange(32)
        lines.append(f"#define {p}_{reg}_OFFSET (0x{4 * i:02X}U)")
        lines.append(f"#define {p}_{reg}_EN_Pos ({bit}U)")
        lines.append(f"#define {p}_{reg}_EN_Msk (0x1UL << {p}_{reg}_EN_Pos)")
    lines.append("typedef struct {")
    lines += [f"  volatile uint32_t {r};" for r in rng.sample(REGS, 6)]
    lines.append(f"}} {p}_TypeDef;")
    for f in range(rng.randrange(4, 8)):
        reg, val = rng.choice(REGS), rng.randrange(1 << 16)
        lines.append(f"void {p.lower()}_op{f}({p}_TypeDef *dev, uint32_t arg{f}) {{")
        for s in range(rng.randrange(3, 8)):
            r2 = rng.choice(REGS)
            lines.append(f"  dev->{r2} = (dev->{reg} & ~0x{val:04X}U) | (arg{f} << {s});")
            lines.append(f"  while ((dev->{reg} & {p}_{r2}_EN_Msk) == 0U) {{ }}")
        lines.append("}")
    return lines


def mutate(rng: random.Random, text: str, rate: float) -> str:
    """Replace, delete or insert tokens at `rate` (the whole text re-joined by spaces)."""
    toks = TOKEN_RE.findall(strip_comments(text, "c_source").encode())
    out: list[bytes] = []
    for t in toks:
        if rng.random() >= rate:
            out.append(t)
            continue
        op = rng.randrange(3)
        if op == 0:
            out.append(f"x{rng.randrange(10**6)}".encode())
        elif op == 2:
            out += [t, f"y{rng.randrange(10**6)}".encode()]
    return b" ".join(out).decode()


def corpus(seed: int = 7, n_base: int = 30) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for n in range(n_base):
        base = "\n".join(make_base(rng, n))
        docs.append(base)
        docs += [mutate(rng, base, rate) for rate in RATES]
    return docs


def shingles(text: str, k: int) -> set[tuple[bytes, ...]]:
    toks = TOKEN_RE.findall(strip_comments(text, "c_source").encode())
    return {tuple(toks[i : i + k]) for i in range(len(toks) - k + 1)}


def engine_pairs(docs: list[str], cfg: DedupConfig) -> set[tuple[int, int]]:
    """The pairs the engine calls near duplicates (verified edges), by document index."""
    bands, rows = band_params(cfg.threshold, cfg.num_perm, cfg.min_recall)
    batch = pa.table(
        {"node": list(range(len(docs))), "kind": ["c_source"] * len(docs), "text": docs}
    )
    nodes = sign_batch(batch, cfg, bands, rows)
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for r in band_rows(nodes, new=1).to_pylist():
        buckets[(r["band"], r["key"])].append(r["node"])
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > 1:
            t = bucket_pairs(pa.table({"node": members, "new": [1] * len(members)}), 32)
            pairs |= set(zip(t["a"].to_pylist(), t["b"].to_pylist()))
    sets = dict(zip(nodes["node"].to_pylist(), nodes["shingles"].to_pylist()))
    cand = pa.table(
        {
            "a": [a for a, _ in pairs],
            "b": [b for _, b in pairs],
            "sa": pa.array([sets[a] for a, _ in pairs], pa.list_(pa.uint32())),
            "sb": pa.array([sets[b] for _, b in pairs], pa.list_(pa.uint32())),
        }
    )
    edges = verify_pairs(cand, cfg.threshold)
    return set(zip(edges["a"].to_pylist(), edges["b"].to_pylist()))


def test_recall_and_precision_against_brute_force_jaccard():
    cfg = DedupConfig()
    docs = corpus()
    ref = [shingles(d, cfg.shingle) for d in docs]
    truth = {
        (i, j)
        for i, j in combinations(range(len(docs)), 2)
        if len(ref[i] & ref[j]) / len(ref[i] | ref[j]) >= cfg.threshold
    }
    called = engine_pairs(docs, cfg)
    assert len(truth) >= 100, "the planted corpus must have pairs above the threshold"
    near_miss = {
        (i, j)
        for i, j in combinations(range(len(docs)), 2)
        if 0.6 <= len(ref[i] & ref[j]) / len(ref[i] | ref[j]) < cfg.threshold
    }
    assert near_miss, "and pairs just below it, for precision to mean something"
    recall = len(called & truth) / len(truth)
    precision = len(called & truth) / len(called)
    print(
        f"pairs J>=0.8: {len(truth)}, called: {len(called)}, recall {recall:.4f}, precision {precision:.4f}"
    )
    assert recall >= 0.95
    assert precision >= 0.99
