"""Pairing fixtures: the bundled sample run through ingest and parse, with its SVD read
into the datasheets/registers tables, ready for the pair phase."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tests.debian` imports when the package is not installed
    sys.path.insert(0, str(ROOT))

from spark_data import schema  # noqa: E402
from spark_data.config import load_config, with_overrides  # noqa: E402
from spark_data.datasheets.svd import read_svd  # noqa: E402
from spark_data.pipeline import Run, run  # noqa: E402
from spark_data.sources.manifest import load_manifest  # noqa: E402
from spark_data.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TINY = REPO / "configs" / "data" / "tiny.yaml"
SVD = REPO / "spark_data" / "sample" / "svd" / "STM32F411_mini.svd"


def write_sheets(store: Store, sheets: list[tuple[dict, list[dict]]]) -> None:
    store.write_table(
        "datasheets", pa.Table.from_pylist([s for s, _ in sheets], schema=schema.DATASHEETS)
    )
    regs = [r for _, rs in sheets for r in rs]
    store.write_table("registers", pa.Table.from_pylist(regs, schema=schema.REGISTERS))


@pytest.fixture(scope="module")
def sample_run(ray_local, tmp_path_factory):
    """A `Run` over the sample after ingest and parse, with the sample SVD as a datasheet."""
    out = tmp_path_factory.mktemp("pair")
    cfg = with_overrides(load_config(TINY), out=str(out))
    run(cfg, phases=("ingest", "parse"), log=lambda _: None)
    store = Store.open(str(out))
    sheet, regs = read_svd(str(SVD), "svd-f411")
    sheet["manufacturer"] = "STMicroelectronics"
    write_sheets(store, [(sheet, regs)])
    return Run(cfg=cfg, store=store, manifest=load_manifest(cfg.sources), log=lambda _: None)
