"""What pack takes in: dedup outcome, cluster split, domain, the validation sample (no Ray)."""

from __future__ import annotations

import pyarrow as pa

from spark_data.pack import apply_file_tables, validation_split


def _batch(**extra) -> pa.Table:
    cols = {
        "file_id": ["a", "b", "c", "d"],
        "repo": ["r1", "r1", "r2", "r3"],
        "split": ["train", "train", "train", "held_out"],
        "text": ["x", "y", "z", "w"],
    }
    cols.update(extra)
    return pa.table(cols)


def test_duplicates_are_left_out_and_cluster_split_wins():
    batch = _batch(keep=[True, False, None, True], dedup_split=[None, None, "held_out", None])
    out = apply_file_tables(batch, validation_fraction=0.0, seed=0).to_pylist()
    assert [r["file_id"] for r in out] == ["a", "c", "d"]  # b is a duplicate; null = kept
    assert [r["split"] for r in out] == ["train", "held_out", "held_out"]


def test_domain_column_passes_through():
    out = apply_file_tables(_batch(domain=["stm32_hal", None, "crypto", None]), 0.0, 0)
    assert out["domain"].to_pylist() == ["stm32_hal", None, "crypto", None]


def test_validation_sample_is_stable_seeded_and_train_only():
    ids = [f"doc{i}" for i in range(4000)]
    splits = ["train"] * 3000 + ["held_out"] * 1000
    a = validation_split(ids, splits, 0.1, seed=0)
    assert a == validation_split(ids, splits, 0.1, seed=0)
    n_val = a.count("validation")
    assert 220 < n_val < 380  # about 10% of the 3000 train documents
    assert all(s == "held_out" for s in a[3000:])
    b = validation_split(ids, splits, 0.1, seed=1)
    assert a != b
    assert validation_split(ids, splits, 0.0, seed=0) == splits
