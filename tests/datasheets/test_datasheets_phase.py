"""The datasheets phase on the session's local Ray: good, bad and crashing PDFs and an SVD
file in, every one accounted for in `datasheets`, sections and registers written.

The worker crash is real: SPARK_PDF_CRASH (spark_data.datasheets.pdf.CRASH_ENV) is set on
the driver, the phase forwards it to its PDF workers through the stage's runtime env, and
the worker reading a path containing it calls os._exit(1) - the process dies as it would
on a segfault in MuPDF. Ray retries the range, the retries die too, the block is given
up, and the PDF is recorded as parser_crash while the run goes on.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pytest

from spark_data import schema
from spark_data.config import load_config
from spark_data.datasheets.pdf import CRASH_ENV
from spark_data.datasheets.phase import run_datasheets
from spark_data.pipeline import Run
from spark_data.store import Store
from tests.datasheets import pdfs

REPO = Path(__file__).resolve().parents[2]
SAMPLE_SVD = REPO / "spark_data/sample/svd/STM32F411_mini.svd"


def _source(kind: str, path: Path, manufacturer: str | None = None) -> dict:
    return {
        "source_id": schema.source_id(kind, str(path)),
        "kind": kind,
        "name": path.name,
        "location": str(path),
        "origin": "file",
        "manufacturer": manufacturer,
        "status": "recorded",
        "bytes": path.stat().st_size,
        "sha256": "0" * 64,
    }


def _table(out: Path, name: str) -> list[dict]:
    return pads.dataset(out / name, format="parquet").to_table().to_pylist()


@pytest.fixture(scope="module")
def phase_run(ray_local, tmp_path_factory):
    src = tmp_path_factory.mktemp("pdfs")
    out = tmp_path_factory.mktemp("out")
    good = pdfs.register_pdf(src)
    crash = shutil.copy(good, src / "crashme.pdf")
    files = {
        "good": _source("datasheet", good, "Acme Sensors"),
        "crash": _source("datasheet", Path(crash)),
        "not_pdf": _source("datasheet", pdfs.not_pdf(src)),
        "encrypted": _source("datasheet", pdfs.encrypted_pdf(src)),
        "svd": _source("svd", SAMPLE_SVD),
    }
    store = Store.open(str(out))
    store.write_table("sources", pa.Table.from_pylist(list(files.values()), schema.SOURCES))
    cfg = load_config(overrides=[f"out={out}", "datasheets.pages_per_task=1"])
    logs: list[str] = []
    r = Run(cfg=cfg, store=store, manifest=None, log=logs.append)
    mp = pytest.MonkeyPatch()
    mp.setenv(CRASH_ENV, "crashme")
    try:
        stats = run_datasheets(r)
    finally:
        mp.undo()
    return files, out, stats, logs


def test_every_input_is_accounted_for(phase_run):
    files, out, stats, _ = phase_run
    rows = {d["datasheet_id"]: d for d in _table(out, "datasheets")}
    assert set(rows) == {f["source_id"] for f in files.values()}
    status = {k: rows[f["source_id"]]["status"] for k, f in files.items()}
    assert status == {
        "good": "ok",
        "crash": "parser_crash",
        "not_pdf": "not_pdf",
        "encrypted": "encrypted",
        "svd": "ok",
    }
    assert "crashed" in rows[files["crash"]["source_id"]]["error"]
    assert stats["n_datasheets"] == 5 and stats["by_status"]["pdf_parser_crash"] == 1


def test_ranges_are_assembled_per_datasheet(phase_run):
    files, out, stats, _ = phase_run
    gid = files["good"]["source_id"]
    row = next(d for d in _table(out, "datasheets") if d["datasheet_id"] == gid)
    assert row["manufacturer"] == "Acme Sensors"  # the manifest hint wins
    assert (row["pages"], row["has_outline"], row["language"]) == (2, True, "en")
    regs = [r for r in _table(out, "registers") if r["source_id"] == gid]
    # Two pages, two ranges (pages_per_task=1): the table from page 1, text from page 2.
    assert {(r["name"], r["page"]) for r in regs} >= {("CHIP_ID", 1), ("USART_CR1", 2)}
    assert row["n_registers"] == len(regs) == 5
    secs = [s for s in _table(out, "sections") if s["datasheet_id"] == gid]
    assert len(secs) == row["n_sections"] == 3
    assert stats["pages"] >= 2 and stats["n_registers"] >= 5 and stats["input_bytes"] > 0


def test_svd_registers_land_in_the_same_table(phase_run):
    files, out, _, _ = phase_run
    sid = files["svd"]["source_id"]
    regs = [r for r in _table(out, "registers") if r["source_id"] == sid]
    assert regs and {r["source_kind"] for r in regs} == {"svd"}
    assert any(r["name"] == "CR1" and r["address"] is not None for r in regs)
