"""Name+address recall and precision against the hand-made ground truth (needs
../shared/datasheets; skipped where it is absent), and honest statuses for the damaged
and the Chinese-language PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from spark_data.datasheets.config import DatasheetsConfig
from spark_data.datasheets.pdf import read_pdf
from spark_data.datasheets.truth import load_truth, score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "datasheets"
TRUTH = sorted(FIXTURES.glob("*.registers.csv"))


@pytest.mark.parametrize("csv_path", TRUTH, ids=[p.name.split("__")[1] for p in TRUTH])
def test_register_recall_and_precision(shared_dir, csv_path):
    pdf = shared_dir / "datasheets" / (csv_path.name.replace(".registers.csv", ".pdf"))
    out = read_pdf(str(pdf), "gt", DatasheetsConfig())
    s = score(load_truth(str(csv_path)), out["registers"])
    assert s["recall"] >= 0.90, s["missed"]
    assert s["precision"] >= 0.90, s["extra"]


def test_truncated_manual_is_truncated(shared_dir):
    pdf = shared_dir / "datasheets" / "Espressif__ESP32__technical-reference-manual.pdf"
    row = read_pdf(str(pdf), "esp", DatasheetsConfig())["datasheet"]
    assert row["status"] == "truncated" and "unreadable" in row["error"]
    assert row["pages"] == 727 and row["has_outline"]


def test_chinese_datasheet_is_zh(shared_dir):
    pdf = shared_dir / "datasheets" / "Texas-Instruments__MSP430F5529-F552x-F551x__datasheet.pdf"
    out = read_pdf(str(pdf), "msp", DatasheetsConfig(), pages=(1, 12))
    assert out["datasheet"]["language"] == "zh"
    assert out["datasheet"]["manufacturer"] == "Texas Instruments"
    assert any(p.startswith("MSP430F55") for p in out["datasheet"]["parts"])
