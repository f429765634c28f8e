"""`spark registers compare` (spark_data.datasheets.cli): from a `registers` table written
through spark_data.store.Store, and from the quickstart sample's PDF and SVD of the same
device (spark_data/sample: stm32f411_mini_rm.pdf, STM32F411_mini.svd) run directly."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from spark_data import schema
from spark_data.datasheets.cli import device_match, main
from spark_data.datasheets.svd import read_svd
from spark_data.store import Store

REPO = Path(__file__).resolve().parents[2]
SAMPLE_PDF = REPO / "spark_data" / "sample" / "datasheets" / "stm32f411_mini_rm.pdf"
SAMPLE_SVD = REPO / "spark_data" / "sample" / "svd" / "STM32F411_mini.svd"


def test_device_match() -> None:
    assert device_match("STM32F411", "STM32F411xE") == 9
    assert device_match("STM32F411xC", "STM32F411") == 9
    assert device_match("esp32", "ESP32") == 1000
    assert device_match("ESP32", "ESP32-C3") == 5
    assert device_match("STM32F411", "STM32F407") == 0
    assert device_match(None, "X") == 0


def _pdf_rows() -> list[dict]:
    rows = [("RCC", "CR", 0), ("USART", "CR1", 0xC), ("USART", "BRR", 0x8), (None, "NOPE", 4)]
    return [
        {
            "register_id": f"p{i}",
            "source_id": "pdf1",
            "source_kind": "pdf",
            "device": "STM32F411xE",
            "peripheral": p,
            "name": n,
            "offset": o,
            "method": "table",
        }
        for i, (p, n, o) in enumerate(rows)
    ]


@pytest.fixture
def out_root(tmp_path: Path) -> Path:
    _, svd_rows = read_svd(str(SAMPLE_SVD), "svd1")
    _, other = read_svd(str(Path(__file__).parents[1] / "fixtures" / "svd" / "features.svd"), "s2")
    table = pa.Table.from_pylist(_pdf_rows() + svd_rows + other, schema=schema.REGISTERS)
    Store.open(str(tmp_path)).write_table("registers", table)
    return tmp_path


def test_compare_from_table(out_root: Path, capsys) -> None:
    assert main(["compare", "--out", str(out_root)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("device STM32F411 (PDF: STM32F411xE): 45 SVD registers, 4 PDF")
    # RCC.CR + CR1 and BRR of USART1, USART2, USART6; all at the right offsets.
    assert "found by name:               7 / 45" in out
    assert "found by name+address:       7 / 45" in out
    assert "PDF registers not in the SVD (1): NOPE" in out
    assert main(["compare", "--out", str(out_root), "--device", "stm32f411", "--json"]) == 0
    (res,) = json.loads(capsys.readouterr().out)
    assert (res["pdf"], res["svd"], res["found_by_name"]) == ("pdf1", "svd1", 7)


def test_compare_from_table_errors(out_root: Path, tmp_path: Path, capsys) -> None:
    assert main(["compare", "--out", str(out_root), "--device", "nrf52840"]) == 2
    err = capsys.readouterr().err
    assert "no device has both" in err and "SPARKTEST1" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["compare", "--out", str(empty)]) == 2
    assert "has no registers table" in capsys.readouterr().err
    assert main(["compare", "--out", str(tmp_path / "nowhere")]) == 2
    assert main(["compare"]) == 2
    assert main(["compare", "--pdf", str(SAMPLE_PDF)]) == 2
    assert "--pdf needs --svd" in capsys.readouterr().err


def test_compare_sample_pdf_with_svd(capsys) -> None:
    """Both extractors on the quickstart sample: the PDF's 8 registers (RCC CR, AHB1ENR,
    APB1ENR; GPIOx MODER, BSRR; USART SR, BRR, CR1) all exist in the SVD at their offsets."""
    pytest.importorskip("spark_data.datasheets.pdf")
    argv = ["compare", "--pdf", str(SAMPLE_PDF), "--svd", str(SAMPLE_SVD), "--json"]
    assert main(argv) == 0
    (res,) = json.loads(capsys.readouterr().out)
    assert res["pdf_status"] == "ok" and res["svd_registers"] == 45
    assert res["pdf_registers"] >= 6 and res["pdf_unmatched"] == []
    # Each generic register covers every instance: USART x3, GPIO x2.
    assert res["found_by_name_address"] == res["found_by_name"] >= 12
    assert "RCC.CR" not in res["missed"] and "USART6.CR1" not in res["missed"]
