"""The attribute phase on local Ray over the bundled sample (configs/data/tiny.yaml):
ingest + parse run first, then `run_attribute` reads `files` and `symbols` and writes
`attribution`; every kept file gets one level=file row, every repository one level=repo row."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as pads
import pytest

from spark_data import schema
from spark_data.attribution.phase import attribution_totals, run_attribute
from spark_data.config import load_config, with_overrides
from spark_data.pipeline import Run, run
from spark_data.sources.manifest import load_manifest
from spark_data.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def attributed(ray_local, tmp_path_factory):
    out = tmp_path_factory.mktemp("attr")
    cfg = with_overrides(load_config(REPO / "configs" / "data" / "tiny.yaml"), out=str(out))
    run(cfg, phases=("ingest", "parse"), log=lambda _: None)
    r = Run(cfg=cfg, store=Store.open(cfg.out), manifest=load_manifest(cfg.sources), log=print)
    stats = run_attribute(r)
    table = pads.dataset(out / "attribution", format="parquet").to_table()
    files = pads.dataset(out / "files", format="parquet").to_table().to_pylist()
    return r, stats, table, files


def test_every_kept_file_has_one_row(attributed):
    _, stats, table, files = attributed
    assert table.schema.equals(schema.ATTRIBUTION)
    rows = table.to_pylist()
    file_rows = [x for x in rows if x["level"] == "file"]
    kept = {f["file_id"] for f in files if f["drop_reason"] is None and f["kind"] != "binary"}
    assert [x["file_id"] for x in file_rows].count(None) == 0
    assert {x["file_id"] for x in file_rows} == kept and len(file_rows) == len(kept)
    assert stats["files"] == len(kept)
    assert stats["input_bytes"] == sum(f["bytes"] for f in files if f["file_id"] in kept)
    assert sum(stats["files_by_domain"].values()) == len(kept)
    for x in file_rows:
        assert (x["manufacturer"] == "unknown") == (x["reason"] is not None)


def test_repository_rows_and_hints(attributed):
    _, stats, table, _ = attributed
    repos = {x["repo"]: x for x in table.to_pylist() if x["level"] == "repo"}
    assert set(repos) == {
        "stm32f4-cmsis-device", "f4-hal-lite", "nucleo-f411-shell", "tiny13-blink", "quarkos",
    }  # fmt: skip
    for name in ("stm32f4-cmsis-device", "f4-hal-lite", "nucleo-f411-shell"):
        assert repos[name]["manufacturer"] == "STMicroelectronics", repos[name]
    assert repos["tiny13-blink"]["manufacturer"] == "Microchip Technology"
    assert stats["repos"]["tiny13-blink"]["manufacturer"] == "Microchip Technology"
    assert all(x["manufacturers"] for x in repos.values())


def test_domains_on_the_sample(attributed):
    _, _, table, files = attributed
    by_id = {f["file_id"]: f for f in files}
    got = {by_id[x["file_id"]]["path"]: x["domain"] for x in table.to_pylist() if x["file_id"]}
    assert got["boards/nucleo_f411re.dts"] == "device_tree"
    assert any(d == "stm32_hal" for p, d in got.items() if "f4_hal" in p)


def test_totals_for_the_summary(attributed):
    r, stats, _, _ = attributed
    totals = attribution_totals(r.store)
    assert sum(v["files"] for v in totals["by_domain"].values()) == stats["files"]
    assert sum(v["bytes"] for v in totals["by_manufacturer"].values()) == stats["input_bytes"]
