"""The `dedup` phase on local Ray: a small corpus of vendored, near and held-out copies;
incremental (A, then A+B against A's band index) equals from scratch (A+B); and connected
components over a long chain."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pytest
import yaml

from spark_data.config import load_config, with_overrides
from spark_data.pipeline import run

REPO = Path(__file__).resolve().parents[2]
TINY = REPO / "configs" / "data" / "tiny.yaml"


def driver(name: str, seed: int, n: int = 40) -> str:
    rng = random.Random(seed)
    lines = [f'/* SPDX-License-Identifier: MIT */\n#include "{name}.h"']
    for i in range(n):
        reg, bit = rng.choice(["CR1", "SR", "DR", "BRR"]), rng.randrange(32)
        lines.append(
            f"void {name}_f{i}(volatile uint32_t *r) {{ r[{i}] |= (1U << {bit}); /* {reg} */ }}"
        )
    return "\n".join(lines) + "\n"


def edit(text: str, every: int) -> str:
    lines = text.splitlines()
    return "\n".join(ln.replace("|=", "^=") if i % every == 0 else ln for i, ln in enumerate(lines))


def write_repo(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    src = tmp_path_factory.mktemp("dedup_src")
    uart, gpio, kernel = driver("uart", 1), driver("gpio", 2), driver("kernel", 3)
    write_repo(src / "hal", {"src/uart.c": uart, "src/gpio.c": gpio})
    write_repo(
        src / "app",
        {"lib/hal/uart.c": uart, "src/gpio_mod.c": edit(gpio, 30), "main.c": driver("main", 4)},
    )
    write_repo(src / "rtos", {"kernel.c": kernel})
    write_repo(
        src / "app2",
        {
            "third_party/kernel.c": kernel,
            "uart_v2.c": edit(uart, 25),
            "main.c": driver("main", 4).replace("\n", "\n\n"),
        },
    )
    a = [
        {"path": str(src / "hal"), "upstream": True},
        {"path": str(src / "app")},
        {"path": str(src / "rtos"), "held_out": True},
    ]
    b = [{"path": str(src / "app2")}]
    (src / "a.yaml").write_text(yaml.safe_dump({"repos": a}))
    (src / "ab.yaml").write_text(yaml.safe_dump({"repos": a + b}))
    return src


def _run(ray_local, manifest: Path, out: Path) -> dict:
    cfg = with_overrides(load_config(TINY), out=str(out), sources=str(manifest))
    return run(cfg, phases=("ingest", "dedup"), log=lambda _: None)


def _table(out: Path, name: str) -> pa.Table:
    return pads.dataset(out / name, format="parquet").to_table()


@pytest.fixture(scope="module")
def outs(ray_local, corpora, tmp_path_factory):
    inc, scratch = tmp_path_factory.mktemp("inc"), tmp_path_factory.mktemp("scratch")
    first = _run(ray_local, corpora / "a.yaml", inc)
    second = _run(ray_local, corpora / "ab.yaml", inc)
    _run(ray_local, corpora / "ab.yaml", scratch)
    return inc, scratch, first, second


def _rows(out: Path) -> dict[str, dict]:
    files = {f["file_id"]: f for f in _table(out, "files").to_pylist()}
    return {
        d["file_id"]: d | {"path": files[d["file_id"]]["path"]}
        for d in _table(out, "dedup").to_pylist()
    }


def test_copies_clusters_keep_and_held_out(outs):
    _, scratch, _, _ = outs
    files = [f for f in _table(scratch, "files").to_pylist() if f["drop_reason"] is None]
    rows = _rows(scratch)
    assert set(rows) == {f["file_id"] for f in files}  # one row per kept file
    by = {(r["repo"], r["path"]): r for r in rows.values()}
    vendored, upstream = by[("app", "lib/hal/uart.c")], by[("hal", "src/uart.c")]
    assert vendored["exact_cluster"] == upstream["exact_cluster"]
    assert not vendored["keep"] and upstream["keep"] and vendored["kept_repo"] == "hal"
    near = by[("app", "src/gpio_mod.c")]
    assert near["near_cluster"] == by[("hal", "src/gpio.c")]["near_cluster"]
    assert near["exact_cluster"] != by[("hal", "src/gpio.c")]["exact_cluster"]
    assert by[("app2", "uart_v2.c")]["near_cluster"] == upstream["near_cluster"]
    assert upstream["cluster_size"] == 3
    spaced = by[("app2", "main.c")]
    assert spaced["norm_cluster"] == by[("app", "main.c")]["norm_cluster"]
    copy = by[("app2", "third_party/kernel.c")]
    assert copy["split"] == "held_out" and copy["split_reason"] == "held_out_cluster"
    report = {r["repo"]: r for r in _table(scratch, "dedup_repos").to_pylist()}
    assert report["app"]["copied_from"] == ["hal"] and report["app"]["n_copies"] == 2
    assert report["app"]["summary"].startswith("67% vendored: hal")
    assert report["hal"]["n_copies"] == 0


def test_incremental_equals_from_scratch_and_signs_only_new(outs):
    inc, scratch, _, _ = outs
    assert _rows(inc) == _rows(scratch)
    marker = yaml.safe_load((inc / "_phases" / "dedup.json").read_text())
    scratch_marker = yaml.safe_load((scratch / "_phases" / "dedup.json").read_text())
    # of app2's files only uart_v2.c is a new content: its kernel.c and main.c (a
    # whitespace variant) are nodes already in A's index
    assert marker["stats"]["nodes_signed"] == 1
    assert scratch_marker["stats"]["nodes_signed"] == 6
    assert marker["stats"]["edges"] == scratch_marker["stats"]["edges"] == 2


@pytest.mark.parametrize("local_max_edges", [0, 1000], ids=["ray_rounds", "driver_numpy"])
def test_components_of_a_long_chain_and_a_pair(ray_local, local_max_edges):
    import ray.data

    from spark_data.dedup.components import connected_components

    chain = [{"a": i, "b": i + 1} for i in range(40, 0, -1)]  # labels must travel 40 hops
    ds = ray.data.from_items(chain + [{"a": 100, "b": 101}])
    labels, rounds = connected_components(ds, 2, 20, local_max_edges)
    got = {r["node"]: r["label"] for r in labels.take_all()}
    assert got == {**{i: 1 for i in range(1, 42)}, 100: 100, 101: 100}
    assert rounds <= 8  # pointer jumping: logarithmic, not 40 rounds


def test_local_components_match_union_find():
    import numpy as np

    from spark_data.dedup.components import local_components

    rng = np.random.default_rng(7)
    a = rng.integers(-(2**62), 2**62, 3000)  # hashed node ids: any int64
    b = np.where(rng.random(3000) < 0.7, rng.choice(a, 3000), rng.integers(0, 2**40, 3000))
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in zip(a.tolist(), b.tolist()):
        rx, ry = find(x), find(y)
        parent[max(rx, ry)] = min(rx, ry)
    labels, _ = local_components(a, b)
    got = dict(zip(labels["node"].to_pylist(), labels["label"].to_pylist()))
    assert got == {x: find(x) for x in parent}
