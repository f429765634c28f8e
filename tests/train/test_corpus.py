"""The data order (keyed bijections, mixture, rank slices), labels, and reading blocks from
the .npy shards, against the blocks table that pack wrote. No Ray."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from spark_train.config import DataConfig
from spark_train.corpus import (
    CorpusError,
    mixture_targets,
    permute,
    read_index,
    train_plan,
    validation_rows,
)
from spark_train.feed import IGNORE, labels_for, rank_samples, read_rows, real_lengths


@pytest.mark.parametrize("n", [1, 2, 3, 17, 1000, 4097])
def test_permute_is_a_bijection_and_depends_on_the_key(n: int) -> None:
    out = permute(np.arange(n), n, key=7)
    assert sorted(out.tolist()) == list(range(n))
    if n > 16:
        assert not np.array_equal(out, permute(np.arange(n), n, key=8))
        assert not np.array_equal(out, np.arange(n))


def test_mixture_targets_follow_weights_and_fill_the_epoch() -> None:
    blocks = {"a": 300, "b": 100}
    assert mixture_targets(blocks, {}) == {"a": 300, "b": 100}  # proportional
    assert mixture_targets(blocks, {"a": 1, "b": 1}) == {"a": 200, "b": 200}  # b repeats
    assert mixture_targets(blocks, {"a": 1}) == {"a": 400, "b": 0}
    with pytest.raises(CorpusError, match="no training blocks"):
        mixture_targets(blocks, {"c": 1.0})
    with pytest.raises(CorpusError, match="no training data"):
        mixture_targets({}, {})


def test_labels_mask_exactly_the_padding(corpus: Path) -> None:
    index = read_index(str(corpus))
    table = pq.read_table(corpus / "blocks")
    ids = np.array(table["input_ids"].to_pylist(), dtype=np.int64)
    n = real_lengths(ids, index.pad_id, index.eos_id)
    assert n.tolist() == table["n_tokens"].to_pylist()
    assert (n < index.seq_len).any()  # the fixture has padded blocks
    labels = labels_for(ids, index.pad_id, index.eos_id)
    assert ((labels == IGNORE).sum(axis=1) == index.seq_len - n).all()
    # pad == eos: the trailing run's first id is the last document's eos, still a label.
    row = np.array([[5, 6, 0, 0, 0]])
    assert real_lengths(row, pad_id=0, eos_id=0).tolist() == [3]
    assert real_lengths(np.array([[5, 6, 7, 8, 0]]), pad_id=0, eos_id=0).tolist() == [5]


def test_plan_reads_train_blocks_with_the_configured_mixture(corpus: Path) -> None:
    index = read_index(str(corpus))
    plan = train_plan(
        index,
        DataConfig(corpus=str(corpus), seq_len=128, weights={"general": 1, "stm32_hal": 1}),
        0,
    )
    table = pq.read_table(corpus / "blocks")
    train = {
        tuple(r)
        for r, s in zip(table["input_ids"].to_pylist(), table["split"].to_pylist())
        if s == "train"
    }
    s = np.arange(plan.epoch_len)
    rows = plan.train_rows(s)
    blocks = read_rows(plan, rows)
    assert all(tuple(b) in train for b in blocks.tolist())  # never validation or held-out
    by_domain = {d: int(np.isin(rows, rs).sum()) for d, rs in zip(plan.domains, plan.rows)}
    assert sum(by_domain.values()) == plan.epoch_len
    assert abs(by_domain["general"] - by_domain["stm32_hal"]) <= 1  # equal weights
    # stm32_hal has fewer blocks than its half: every block repeats, none thrice more.
    stm = Counter(rows[np.isin(rows, plan.rows[plan.domains.index("stm32_hal")])].tolist())
    assert len(stm) == len(plan.rows[plan.domains.index("stm32_hal")])
    assert max(stm.values()) - min(stm.values()) <= 1
    # The same sample index gives the same block, run after run; epochs differ in order.
    assert np.array_equal(plan.train_rows(s[:50]), rows[:50])
    assert not np.array_equal(plan.train_rows(s[:50] + plan.epoch_len), rows[:50])


def test_rank_slices_cover_each_step_once() -> None:
    world, per_rank = 3, 4
    got = np.concatenate(
        [rank_samples(np.arange(2 * per_rank), r, per_rank, world * per_rank) for r in range(world)]
    )
    assert sorted(got.tolist()) == list(range(2 * world * per_rank))


def test_validation_is_the_split_or_a_carved_share(corpus: Path) -> None:
    index = read_index(str(corpus))
    cfg = DataConfig(corpus=str(corpus), seq_len=128, validation_max_blocks=10_000)
    assert len(validation_rows(index, cfg)) == sum(index.blocks("validation").values())
    # A corpus without a validation split: a stable share of train is carved out of training.
    no_val = type(index)(
        **{**index.__dict__, "shards": tuple(s for s in index.shards if s.split != "validation")}
    )
    carved = validation_rows(
        no_val, DataConfig(validation_fraction=0.2, validation_max_blocks=10_000)
    )
    n_train = sum(no_val.blocks("train").values())
    assert 0.1 * n_train < len(carved) < 0.3 * n_train
    plan = train_plan(no_val, DataConfig(validation_fraction=0.2), 0)
    assert not np.isin(carved, np.concatenate(plan.rows)).any()
    assert np.array_equal(
        carved,
        validation_rows(no_val, DataConfig(validation_fraction=0.2, validation_max_blocks=10_000)),
    )


def test_replay_takes_its_share_and_reads_its_own_shards(corpus: Path, tmp_path: Path) -> None:
    import shutil

    replay_dir = tmp_path / "replay"
    shutil.copytree(corpus, replay_dir)  # another corpus on disk (same tokenizer, seq_len)
    index, replay = read_index(str(corpus)), read_index(str(replay_dir))
    data = DataConfig(corpus=str(corpus), seq_len=128, replay=str(replay_dir), replay_weight=0.25)
    plan = train_plan(index, data, 0, replay)
    own = sum(index.blocks("train").values())
    ours = {d: int(t) for d, t in zip(plan.domains, plan.targets)}
    replayed = sum(t for d, t in ours.items() if d.startswith("replay/"))
    assert sum(t for d, t in ours.items() if not d.startswith("replay/")) == own
    assert replayed == round(own * 0.25 / 0.75)
    assert {d for d in ours if d.startswith("replay/")} == {
        f"replay/{d}" for d in replay.blocks("train")
    }
    rows = plan.train_rows(np.arange(plan.epoch_len))
    shard, _ = plan.locate(rows)
    from_replay = np.array([plan.uri_of(int(s)) == replay.uri for s in shard])
    assert from_replay.sum() == replayed
    assert all(plan.shards[int(s)].startswith(str(replay_dir)) for s in shard[from_replay])
    # The replay copy holds the same blocks: what is read from it is a train block.
    table = pq.read_table(corpus / "blocks")
    train = {
        tuple(r)
        for r, s in zip(table["input_ids"].to_pylist(), table["split"].to_pylist())
        if s == "train"
    }
    assert all(tuple(b) in train for b in read_rows(plan, rows[from_replay]).tolist())
    # Validation is the corpus's own, never the replay's.
    assert np.all(validation_rows(index, data) < plan.base[len(index.shards)])
