"""One PDF in-process: register tables from word boxes, text registers, sections,
datasheet detection - on PDFs built here with PyMuPDF and on the bundled sample."""

from __future__ import annotations

from pathlib import Path

from spark_data.datasheets.config import DatasheetsConfig
from spark_data.datasheets.detect import detect_parts, guess_language
from spark_data.datasheets.pdf import plan_ranges, read_pdf
from tests.datasheets import pdfs

SAMPLE_PDF = Path(__file__).resolve().parents[2] / "spark_data/sample/datasheets"
CFG = DatasheetsConfig()


def by_name(out: dict) -> dict[str, dict]:
    return {r["name"]: r for r in out["registers"]}


def test_summary_table_and_text_registers(tmp_path):
    out = read_pdf(str(pdfs.register_pdf(tmp_path)), "ds1", CFG)
    regs = by_name(out)
    assert out["datasheet"]["status"] == "ok"
    assert {n: r["address"] for n, r in regs.items() if r["method"] == "table"} == {
        "CTRL_MEAS": 0xF4,
        "STATUS": 0xF3,
        "CONFIG": 0xF5,
        "CHIP_ID": 0xD0,
    }
    assert regs["CHIP_ID"]["reset"] == 0x60
    fields = {f["name"]: (f["bit_offset"], f["bit_width"]) for f in regs["CTRL_MEAS"]["fields"]}
    assert fields == {"osrs_t": (5, 3), "osrs_p": (2, 3), "mode": (0, 2)}
    cr1 = regs["USART_CR1"]
    assert (cr1["offset"], cr1["reset"], cr1["method"], cr1["page"]) == (0x0C, 0, "text", 2)
    assert {f["name"]: (f["bit_offset"], f["bit_width"]) for f in cr1["fields"]} == {
        "UE": (13, 1),
        "WAKE": (10, 2),
    }
    assert all(r["source_kind"] == "pdf" and r["source_id"] == "ds1" for r in regs.values())
    assert out["datasheet"]["n_registers"] == len(out["registers"]) == 5


def test_outline_sections_have_paths_spans_and_registers_point_at_them(tmp_path):
    out = read_pdf(str(pdfs.register_pdf(tmp_path)), "ds1", CFG)
    secs = {s["heading_path"]: s for s in out["sections"]}
    sub = secs["2 Control registers > 2.1 Control register 1 (USART_CR1)"]
    assert (sub["level"], sub["number"], sub["source"]) == (2, "2.1", "outline")
    assert sub["parent_id"] == secs["2 Control registers"]["section_id"]
    assert "Address offset" in sub["text"] and "Memory map" not in sub["text"]
    assert by_name(out)["USART_CR1"]["section_id"] == sub["section_id"]


def test_numbering_and_font_sections_without_outline(tmp_path):
    out = read_pdf(str(pdfs.numbered_pdf(tmp_path)), "ds2", CFG)
    assert out["datasheet"]["has_outline"] is False
    assert [s["heading_path"] for s in out["sections"]] == [
        "5 Global memory map",
        "5 Global memory map > 5.1 General remarks",
        "5 Global memory map > 5.2 Register map",
    ]
    assert {s["source"] for s in out["sections"]} == {"numbering"}


def test_page_range_reads_only_its_pages(tmp_path):
    out = read_pdf(str(pdfs.register_pdf(tmp_path)), "ds1", CFG, pages=(2, 2))
    assert {r["page"] for r in out["registers"]} == {2}
    assert plan_ranges(250, 100) == [(1, 100), (101, 200), (201, 250)]


def test_sample_reference_manual_yields_its_registers():
    out = read_pdf(str(SAMPLE_PDF / "stm32f411_mini_rm.pdf"), "sample", CFG)
    got = {(r["peripheral"], r["name"]): r for r in out["registers"]}
    assert set(got) == {
        ("RCC", "CR"),
        ("RCC", "AHB1ENR"),
        ("RCC", "APB1ENR"),
        ("GPIOx", "MODER"),
        ("GPIOx", "BSRR"),
        ("USART", "SR"),
        ("USART", "BRR"),
        ("USART", "CR1"),
    }
    assert got[("USART", "CR1")]["offset"] == 0x0C
    assert got[("USART", "SR")]["reset"] == 0xC0
    assert got[("RCC", "CR")]["reset"] == 0x83
    assert got[("GPIOx", "BSRR")]["access"] == "write-only"
    ue = [f for f in got[("USART", "CR1")]["fields"] if f["name"] == "UE"]
    assert ue and ue[0]["bit_offset"] == 13
    paths = [s["heading_path"] for s in out["sections"]]
    assert (
        "4 Universal sync/async receiver transmitter (USART) > 4.3 Control register 1 (USART_CR1)"
        in paths
    )


def test_language_and_parts():
    assert guess_language("混合信号微控制器 的 数据表 " * 20 + "MSP430F5529") == "zh"
    assert guess_language("The device is a sensor and the register map of the chip.") == "en"
    assert guess_language("") is None
    parts = detect_parts("nRF24L01 Product Specification", "nRF24L01 nRF24L01 2.4GHz")
    assert parts[0] == "nRF24L01"
