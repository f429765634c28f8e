"""Shingle hash sets -> MinHash signatures, LSH band keys, exact Jaccard.

In: sorted unique uint32 shingle hashes per document (spark_data.dedup.shingle).
Out:
- `signatures(sets, num_perm, seed)`: a (docs x num_perm) uint32 matrix, computed as one
  numpy op per chunk of shingles for a whole batch of documents. The permutations are
  datasketch's own (MinHash(num_perm, seed).permutations) and the formula is datasketch's
  ((a*h + b) mod 2^64 mod (2^61-1)) & (2^32-1), so `datasketch.MinHash(num_perm, seed,
  hashvalues=sig)` is the same MinHash datasketch would build from these shingle hashes,
  and loads into MinHashLSH.
- `band_params(threshold, num_perm, min_recall)`: bands x rows (see its docstring).
- `band_keys(sigs, bands, rows)`: an int64 key per document and band.
- `jaccard(a, b)`: exact Jaccard of two sorted unique hash arrays (verification).

    sigs = signatures([hashes_a, hashes_b], 128, seed=1)
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from spark_data.dedup.shingle import _mix

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
EMPTY = (1 << 32) - 1  # datasketch's initial hash value: no shingle seen
_CHUNK = 1 << 20  # shingle x permutation products per numpy op (8 MB of uint64)


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's (a, b) permutation parameters for (num_perm, seed)."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    return a.astype(np.uint64), b.astype(np.uint64)


def signatures(sets: list[np.ndarray], num_perm: int, seed: int) -> np.ndarray:
    """MinHash signatures (len(sets) x num_perm, uint32); an empty set gives all EMPTY."""
    a, b = permutations(num_perm, seed)
    out = np.full((len(sets), num_perm), EMPTY, dtype=np.uint32)
    sizes = np.array([s.size for s in sets], dtype=np.int64)
    if not sizes.sum():
        return out
    flat = np.concatenate([s for s in sets if s.size]).astype(np.uint64)
    owner = np.repeat(np.flatnonzero(sizes), sizes[sizes > 0])
    rows = max(1, _CHUNK // num_perm)
    for lo in range(0, flat.size, rows):
        h = flat[lo : lo + rows, None]
        phv = _permute(h, a, b)
        seg = owner[lo : lo + rows]
        # rows of one document are contiguous: reduce each run of owners at once
        starts = np.flatnonzero(np.concatenate(([True], seg[1:] != seg[:-1])))
        mins = np.minimum.reduceat(phv, starts, axis=0).astype(np.uint32)
        docs = seg[starts]
        out[docs] = np.minimum(out[docs], mins)
    return out


def _permute(h: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """datasketch's ((a*h + b) mod 2^64 mod (2^61-1)) & (2^32-1), the mod done with
    shifts (2^61 = 1 mod p) because integer division is the slowest numpy op here."""
    with np.errstate(over="ignore"):
        x = h * a
        x += b
    y = x & _MERSENNE
    y += x >> np.uint64(61)
    np.subtract(y, _MERSENNE, out=y, where=y >= _MERSENNE)
    return y & _MAX_HASH


def candidate_probability(j: float, bands: int, rows: int) -> float:
    """P(two documents of Jaccard j share at least one band) = 1 - (1 - j^r)^b."""
    return 1.0 - (1.0 - j**rows) ** bands


def band_params(threshold: float, num_perm: int, min_recall: float) -> tuple[int, int]:
    """Bands x rows from the threshold: the largest r (fewest false candidates) such that a
    pair exactly at the threshold is a candidate with probability >= min_recall, with
    b = num_perm // r bands. At 0.8, 128 permutations, 0.97: 18 bands x 7 rows (0.986 at
    J=0.8, 0.13 at J=0.5). datasketch's optimum (9 x 13) balances false positives and
    negatives instead and finds only 40% of the pairs at exactly 0.8; with exact
    verification false positives only cost a comparison, so recall is what to buy."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"dedup.threshold must be in (0, 1), got {threshold}")
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if candidate_probability(threshold, b, r) >= min_recall:
            best = (b, r)
    return best


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(docs x bands) int64 keys: each band's `rows` values hashed together."""
    d = sigs.shape[0]
    x = sigs[:, : bands * rows].astype(np.uint64).reshape(d, bands, rows)
    with np.errstate(over="ignore"):
        h = np.full((d, bands), 0x51ED270B27A2D3F5, dtype=np.uint64)
        for j in range(rows):
            h = _mix(h * np.uint64(0x100000001B3) + x[:, :, j])
    return h.view(np.int64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two sorted unique arrays (0.0 when both are empty)."""
    if a.size == 0 and b.size == 0:
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)
