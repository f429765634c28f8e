"""Keep rules, held-out propagation and the per-repository report, without Ray."""

from __future__ import annotations

from dataclasses import replace

import pyarrow as pa
import pytest

from spark_data.dedup.config import DedupConfig
from spark_data.dedup.keep import keep_cluster, repo_info, repo_report
from spark_data.dedup.lsh import META
from spark_data.sources.manifest import RepoSpec


def _meta(rows: list[dict]) -> pa.Table:
    base = {"sha256": "aa" * 32, "node": 42, "signable": True, "reason": None, "bytes": 10}
    base |= {"license": None, "split": "train"}
    t = pa.Table.from_pylist([base | r for r in rows], schema=META)
    return t.append_column("label", pa.array([42] * len(rows), pa.int64()))


INFO = repo_info(
    [
        RepoSpec(name="hal", path="/h", upstream=True),
        RepoSpec(name="cmsis", path="/c", tags=("vendor",)),
        RepoSpec(name="app", path="/a"),
        RepoSpec(name="app2", path="/b"),
    ],
    {"app": 100, "app2": 200},
)


def test_upstream_wins_then_licence_then_newest_then_path_then_id():
    cfg = DedupConfig()
    rows = [
        {"file_id": "01", "repo": "app", "path": "a.c", "license": "MIT"},
        {"file_id": "02", "repo": "hal", "path": "src/very/long/uart.c"},
    ]
    out = keep_cluster(_meta(rows), cfg, INFO).to_pylist()
    assert [r["keep"] for r in out] == [False, True]
    assert {r["kept_file_id"] for r in out} == {"02"} and out[0]["kept_repo"] == "hal"
    assert {r["near_cluster"] for r in out} == {"01"} and out[0]["cluster_size"] == 2
    rows = [
        {"file_id": "01", "repo": "app", "path": "a.c", "license": "GPL-2.0-only"},
        {"file_id": "02", "repo": "app2", "path": "long/path/a.c", "license": "MIT"},
        {"file_id": "03", "repo": "app", "path": "b.c", "license": "MIT"},
    ]
    kept = [r["file_id"] for r in keep_cluster(_meta(rows), cfg, INFO).to_pylist() if r["keep"]]
    assert kept == ["02"]  # permissive, then the newer commit beats the shorter path
    no_time = replace(cfg, keep_order=("permissive_license", "shortest_path"))
    kept = [r["file_id"] for r in keep_cluster(_meta(rows), no_time, INFO).to_pylist() if r["keep"]]
    assert kept == ["03"]
    with pytest.raises(ValueError, match="unknown dedup.keep_order"):
        keep_cluster(_meta(rows), replace(cfg, keep_order=("biggest",)), INFO)


def test_a_cluster_touching_held_out_goes_to_held_out():
    rows = [
        {"file_id": "01", "repo": "app", "path": "a.c"},
        {"file_id": "02", "repo": "hal", "path": "a.c", "split": "held_out"},
    ]
    out = keep_cluster(_meta(rows), DedupConfig(), INFO).to_pylist()
    assert [r["split"] for r in out] == ["held_out", "held_out"]
    assert [r["split_reason"] for r in out] == ["held_out_cluster", None]


def test_repo_report_names_where_copies_came_from():
    t = pa.table(
        {
            "repo": ["app"] * 4,
            "keep": [False, False, False, True],
            "kept_repo": ["hal", "cmsis", "hal", "app"],
        }
    )
    row = repo_report(t).to_pylist()[0]
    assert row["n_copies"] == 3 and row["vendored_share"] == 0.75
    assert row["copied_from"] == ["hal", "cmsis"]
    assert row["summary"] == "75% vendored: hal, cmsis"
