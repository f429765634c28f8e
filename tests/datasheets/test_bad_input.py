"""Bad PDFs, each built here: a status and a reason, never an exception."""

from __future__ import annotations

import pytest

from spark_data.datasheets.config import DatasheetsConfig
from spark_data.datasheets.pdf import read_pdf
from spark_data.schema import DATASHEET_STATUSES
from tests.datasheets import pdfs

CASES = [
    (pdfs.truncated_pdf, "truncated"),
    (pdfs.encrypted_pdf, "encrypted"),
    (pdfs.image_only_pdf, "no_text_layer"),
    (pdfs.zero_page_pdf, "zero_pages"),
    (pdfs.not_pdf, "not_pdf"),
]


@pytest.mark.parametrize("build,status", CASES, ids=[c[1] for c in CASES])
def test_bad_pdf_gets_status_and_reason(tmp_path, build, status):
    out = read_pdf(str(build(tmp_path)), "bad", DatasheetsConfig())
    row = out["datasheet"]
    assert row["status"] == status and row["status"] in DATASHEET_STATUSES
    assert row["error"]
    assert row["n_registers"] == len(out["registers"])
    if status != "truncated":  # a truncated file keeps what its readable pages hold
        assert out["registers"] == []


def test_missing_file_is_an_error_row(tmp_path):
    row = read_pdf(str(tmp_path / "gone.pdf"), "gone", DatasheetsConfig())["datasheet"]
    assert row["status"] == "error" and "unreadable" in row["error"]


def test_ocr_without_tesseract_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    out = read_pdf(str(pdfs.image_only_pdf(tmp_path)), "scan", DatasheetsConfig(ocr=True))
    assert out["datasheet"]["status"] == "no_text_layer"
    assert "tesseract" in out["datasheet"]["error"]


def test_truncated_file_that_still_opens_keeps_its_pages(tmp_path):
    """Cut after the last page's content: MuPDF rebuilds the xref, the pages read."""
    src = pdfs.register_pdf(tmp_path, "whole.pdf").read_bytes()
    cut = src.rindex(b"xref")
    path = tmp_path / "cut.pdf"
    path.write_bytes(src[:cut])
    out = read_pdf(str(path), "cut", DatasheetsConfig())
    assert out["datasheet"]["status"] == "truncated"
    assert out["datasheet"]["pages"] == 2
    assert {r["name"] for r in out["registers"]} >= {"CHIP_ID", "USART_CR1"}
