"""Metric definitions of `spark eval`, as plain functions (no torch, no Ray).

In: token ids (lists of ints) or per-document sums. Out: numbers. Every rule here is the
one the README states; tests check each on hand-computed cases.

Perplexity (per set and domain, and overall):
    `Totals` sums, over every scored token of every document (across batches and workers),
    the negative log-likelihood, the count, top-1/top-5 hits and the documents' UTF-8 bytes;
    perplexity = exp(sum NLL / scored tokens); bits_per_byte = sum NLL / ln 2 / bytes (a
    tokenizer-free figure: models with different tokenizers can be compared on it).
    `window_plan` cuts a long document into windows of at most max_length tokens advancing
    by `stride`; each token is scored once, by the window that first reaches it.

Completion (per sample, reference-tokenizer ids; R = reference, H = the completion's ids
cut to len(R)):
    token_accuracy          sum_i [i < len(H) and H[i] == R[i]] / len(R)   (position-aligned)
    token_accuracy_aligned  LCS(R, H) / len(R)            (insertions/deletions do not shift)
    exact_match             1 if H == R else 0
    bleu4                   sentence BLEU-4, uniform weights, brevity penalty, add-one
                            smoothing of the 2..4-gram precisions (Lin and Och 2004)
    edit_similarity         1 - Levenshtein(R, H) / max(len(R), len(H))  (1 when both empty)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields


@dataclass
class Totals:
    """Perplexity and next-token accuracy sums; `+` merges batches, workers or domains."""

    nll: float = 0.0
    tokens: int = 0
    top1: int = 0
    top5: int = 0
    bytes: int = 0
    docs: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def summary(self) -> dict:
        """The reported figures; NaN-free: an empty total gives None for every rate."""
        n = self.tokens
        return {
            "perplexity": math.exp(self.nll / n) if n else None,
            "nll_per_token": self.nll / n if n else None,
            "top1_accuracy": self.top1 / n if n else None,
            "top5_accuracy": self.top5 / n if n else None,
            "bits_per_byte": self.nll / math.log(2) / self.bytes if self.bytes else None,
            "tokens": n,
            "docs": self.docs,
        }


def window_plan(n_tokens: int, max_length: int, stride: int) -> list[tuple[int, int, int]]:
    """Windows (begin, end, first_target) over ids[0:n_tokens].

    The window feeds ids[begin:end]; it scores the targets first_target..end-1 (each
    predicted from everything before it in the window); the targets begin..first_target-1
    are context only (the masked overlap). Token 0 has no context and is never scored.
    Every other token is scored exactly once, with at least max_length - stride tokens of
    context once the first window is full (and at least one: with stride = max_length a
    window starts one token before its first target).
    """
    if not 0 < stride <= max_length or max_length < 2:
        raise ValueError(
            f"need 1 <= stride <= max_length, max_length >= 2; got {stride}, {max_length}"
        )
    if n_tokens < 2:
        return []
    plan, begin, scored_to = [], 0, 1
    while True:
        end = min(begin + max_length, n_tokens)
        plan.append((begin, end, scored_to))
        scored_to = end
        if end == n_tokens:
            return plan
        # The next target needs at least one token of context inside its window.
        begin = min(begin + stride, scored_to - 1)


# --- completion -----------------------------------------------------------------------


def token_accuracy(ref: Sequence[int], hyp: Sequence[int]) -> float:
    """Position-aligned: the share of reference positions whose token the completion repeats."""
    if not ref:
        return 1.0 if not hyp else 0.0
    return sum(1 for i, r in enumerate(ref) if i < len(hyp) and hyp[i] == r) / len(ref)


def lcs_length(a: Sequence[int], b: Sequence[int]) -> int:
    """Longest common subsequence length, O(len(a) * len(b)) with one row of memory."""
    if len(a) < len(b):
        a, b = b, a
    row = [0] * (len(b) + 1)
    for x in a:
        prev_diag = 0
        for j, y in enumerate(b, 1):
            keep = row[j]
            row[j] = prev_diag + 1 if x == y else max(row[j], row[j - 1])
            prev_diag = keep
    return row[-1]


def aligned_accuracy(ref: Sequence[int], hyp: Sequence[int]) -> float:
    """LCS(ref, hyp) / len(ref): a token inserted early does not shift every later match."""
    if not ref:
        return 1.0 if not hyp else 0.0
    return lcs_length(ref, hyp) / len(ref)


def levenshtein(a: Sequence[int], b: Sequence[int]) -> int:
    """Edit distance with unit insert, delete and substitute costs."""
    if len(a) < len(b):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev_diag, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            keep = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, prev_diag + (x != y))
            prev_diag = keep
    return row[-1]


def edit_similarity(ref: Sequence[int], hyp: Sequence[int]) -> float:
    longest = max(len(ref), len(hyp))
    return 1.0 if longest == 0 else 1.0 - levenshtein(ref, hyp) / longest


def _ngrams(ids: Sequence[int], n: int) -> Counter:
    return Counter(tuple(ids[i : i + n]) for i in range(len(ids) - n + 1))


def bleu4(ref: Sequence[int], hyp: Sequence[int]) -> float:
    """Sentence BLEU-4 with add-one smoothing of the 2..4-gram precisions.

    p_1 is the plain clipped unigram precision (0 when nothing matches, so BLEU is 0);
    p_n = (matches_n + 1) / (hyp n-grams + 1) for n = 2..4; brevity penalty
    exp(1 - len(ref)/len(hyp)) when the completion is shorter than the reference.
    """
    if not hyp or not ref:
        return 0.0
    log_p = 0.0
    for n in range(1, 5):
        h, r = _ngrams(hyp, n), _ngrams(ref, n)
        match = sum(min(c, r[g]) for g, c in h.items())
        total = sum(h.values())
        if n == 1:
            if match == 0:
                return 0.0
            log_p += math.log(match / total) / 4
        else:
            log_p += math.log((match + 1) / (total + 1)) / 4
    bp = 1.0 if len(hyp) >= len(ref) else math.exp(1 - len(ref) / len(hyp))
    return bp * math.exp(log_p)


COMPLETION_METRICS = (
    "token_accuracy",
    "token_accuracy_aligned",
    "exact_match",
    "bleu4",
    "edit_similarity",
)


def completion_scores(ref: Sequence[int], hyp: Sequence[int]) -> dict[str, float]:
    """Every completion metric for one sample; hyp is cut to len(ref) first."""
    hyp = list(hyp[: len(ref)])
    ref = list(ref)
    return {
        "token_accuracy": token_accuracy(ref, hyp),
        "token_accuracy_aligned": aligned_accuracy(ref, hyp),
        "exact_match": float(hyp == ref),
        "bleu4": bleu4(ref, hyp),
        "edit_similarity": edit_similarity(ref, hyp),
    }


def mean_scores(rows: list[dict]) -> dict:
    """Per-metric means over samples (each sample weighs the same), with the count."""
    out: dict = {"samples": len(rows)}
    for m in COMPLETION_METRICS:
        out[m] = sum(r[m] for r in rows) / len(rows) if rows else None
    return out


def percent_change(base: float | None, new: float | None) -> float | None:
    if base is None or new is None or base == 0:
        return None
    return 100.0 * (new - base) / base
