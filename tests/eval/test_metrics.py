"""Metric code on hand-computed cases: perplexity of a model whose logits are set,
sliding windows, top-k, and crafted completions' token accuracy, BLEU and edit similarity."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
import torch

from spark_train.eval.metrics import (
    Totals,
    aligned_accuracy,
    bleu4,
    completion_scores,
    edit_similarity,
    lcs_length,
    levenshtein,
    mean_scores,
    percent_change,
    token_accuracy,
    window_plan,
)
from spark_train.eval.score import doc_windows, score_windows

# A fixed next-token distribution over 8 ids, the same at every position.
P = [0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.0078125]


class FixedLogits(torch.nn.Module):
    """A causal LM with the Hugging Face call signature whose logits are log P everywhere."""

    def forward(self, input_ids, attention_mask=None):
        logp = torch.log(torch.tensor(P))
        return SimpleNamespace(logits=logp.expand(*input_ids.shape, len(P)).clone())


def totals(model, ids: list[int], max_length: int, stride: int) -> Totals:
    t = Totals()
    for nll, n, t1, t5 in score_windows(model, doc_windows(ids, max_length, stride), pad_id=7):
        t = t + Totals(nll, n, t1, t5)
    return t


def test_perplexity_of_a_known_distribution():
    ids = [0, 0, 1, 2, 3, 4, 0]
    # targets 0,1,2,3,4,0 cost 1,2,3,4,5,1 bits: 16 bits over 6 tokens.
    t = totals(FixedLogits(), ids, max_length=100, stride=50)
    assert t.tokens == 6
    assert t.nll == pytest.approx(16 * math.log(2))
    assert t.summary()["perplexity"] == pytest.approx(2 ** (16 / 6))
    assert t.top1 == 2  # argmax is id 0: targets 0 and 0
    assert t.top5 == 6  # ids 0..4 are the five most likely; every target is one of them
    assert t.summary()["top1_accuracy"] == pytest.approx(2 / 6)


def test_uniform_logits_give_the_vocabulary_size():
    class Uniform(torch.nn.Module):
        def forward(self, input_ids, attention_mask=None):
            return SimpleNamespace(logits=torch.zeros(*input_ids.shape, 50))

    t = totals(Uniform(), list(range(40)), max_length=16, stride=5)
    assert t.summary()["perplexity"] == pytest.approx(50.0)


def test_sliding_windows_score_every_token_once_with_the_overlap_masked():
    ids = [0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2]
    whole = totals(FixedLogits(), ids, max_length=len(ids), stride=len(ids))
    windows = totals(FixedLogits(), ids, max_length=6, stride=2)
    # The model ignores context, so the sums must match exactly when each token counts once.
    assert windows.tokens == whole.tokens == len(ids) - 1
    assert windows.nll == pytest.approx(whole.nll)
    assert (windows.top1, windows.top5) == (whole.top1, whole.top5)


@pytest.mark.parametrize(
    "n,max_length,stride", [(1, 4, 2), (2, 4, 2), (10, 4, 4), (37, 8, 3), (9, 9, 1)]
)
def test_window_plan(n, max_length, stride):
    plan = window_plan(n, max_length, stride)
    scored = [t for _, end, first in plan for t in range(first, end)]
    assert scored == list(range(1, n))  # each token but the first, once, in order
    for i, (begin, end, first) in enumerate(plan):
        assert end - begin <= max_length and begin < first <= end
        if i:  # later windows keep max_length - stride tokens of context (when there are)
            assert first - begin >= min(max_length - stride, first)


def test_window_plan_rejects_a_stride_past_the_window():
    with pytest.raises(ValueError, match="stride"):
        window_plan(10, 4, 5)


def test_totals_merge_across_workers_like_one_pass():
    a, b = Totals(3.0, 4, 1, 2, 10, 1), Totals(5.0, 6, 2, 3, 20, 2)
    s = (a + b).summary()
    assert s["perplexity"] == pytest.approx(math.exp(8 / 10))
    assert s["tokens"] == 10 and s["docs"] == 3
    assert s["bits_per_byte"] == pytest.approx(8 / math.log(2) / 30)
    assert Totals().summary()["perplexity"] is None


def test_token_accuracy_rules():
    ref = [1, 2, 3, 4]
    assert token_accuracy(ref, [1, 2, 9, 4]) == 0.75
    assert token_accuracy(ref, [1, 2]) == 0.5  # missing positions are wrong
    shifted = [0, 1, 2, 3]  # one inserted token shifts everything after it
    assert token_accuracy(ref, shifted) == 0.0
    assert aligned_accuracy(ref, shifted) == 0.75  # LCS 1,2,3
    assert lcs_length([1, 3, 5, 7, 9], [1, 5, 9, 3]) == 3


def test_completion_scores_cut_the_completion_to_the_reference():
    s = completion_scores([1, 2, 3], [1, 2, 3, 4, 5])
    assert s["exact_match"] == 1.0 and s["token_accuracy"] == 1.0
    assert s["bleu4"] == pytest.approx(1.0) and s["edit_similarity"] == 1.0
    s = completion_scores([1, 2, 3], [])
    assert s == {
        "token_accuracy": 0.0,
        "token_accuracy_aligned": 0.0,
        "exact_match": 0.0,
        "bleu4": 0.0,
        "edit_similarity": 0.0,
    }


def test_bleu4_hand_computed():
    ref, hyp = [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 7, 8]
    # p1 = 4/6; p2 = (3+1)/(5+1); p3 = (2+1)/(4+1); p4 = (1+1)/(3+1); same length, BP = 1
    want = (4 / 6 * 4 / 6 * 3 / 5 * 2 / 4) ** 0.25
    assert bleu4(ref, hyp) == pytest.approx(want)
    # all n-gram precisions 1, but half the length: BP = exp(1 - 6/3)
    assert bleu4(ref, [1, 2, 3]) == pytest.approx(math.exp(-1))
    assert bleu4(ref, [9, 9]) == 0.0  # no unigram in common


def test_edit_similarity_hand_computed():
    assert levenshtein(list("kitten"), list("sitting")) == 3
    assert edit_similarity(list("kitten"), list("sitting")) == pytest.approx(1 - 3 / 7)
    assert edit_similarity([1, 2, 3, 4], [1, 3, 4]) == 0.75
    assert edit_similarity([], []) == 1.0


def test_means_and_percent_change():
    rows = [completion_scores([1, 2], [1, 2]), completion_scores([1, 2], [3, 4])]
    m = mean_scores(rows)
    assert m["samples"] == 2 and m["exact_match"] == 0.5 and m["token_accuracy"] == 0.5
    assert mean_scores([])["token_accuracy"] is None
    assert percent_change(10.0, 4.0) == pytest.approx(-60.0)
    assert percent_change(None, 4.0) is None and percent_change(0.0, 1.0) is None
