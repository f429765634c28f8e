"""spark_data.datasheets.compare: name normalisation and the counts, on hand-made rows and
on the hand-written fixture SVD (tests/fixtures/svd/features.svd)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spark_data.datasheets.compare import _pdf_key, compare_registers, format_comparison
from spark_data.datasheets.svd import read_svd

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "svd"


def _svd(peripheral: str, name: str, base: int, offset: int) -> dict:
    return {
        "device": "DEV1",
        "peripheral": peripheral,
        "name": name,
        "address": base + offset,
        "offset": offset,
    }


SVD = [
    _svd("USART1", "CR1", 0x40011000, 0xC),
    _svd("USART2", "CR1", 0x40004400, 0xC),
    _svd("USART1", "BRR", 0x40011000, 0x8),
    _svd("USART2", "BRR", 0x40004400, 0x8),
    _svd("GPIOA", "MODER", 0x40020000, 0x0),
    _svd("GPIOB", "MODER", 0x40020400, 0x0),
    _svd("RCC", "CR", 0x40023800, 0x0),
    _svd("DMA1", "S0CR", 0x40026000, 0x10),
    _svd("DMA1", "S1CR", 0x40026000, 0x28),
    _svd("DMA1", "S0FCR", 0x40026000, 0x24),
]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("USART_CR1", "USARTCR1"),
        ("usart.cr1", "USARTCR1"),
        ("GPIOx_MODER", "GPIOMODER"),
        ("EVENTS_TRIGGERED[n]", "EVENTSTRIGGERED"),
        ("DMA_SxCR", "DMAS?CR"),
        ("UART_CONF0_REG", "UARTCONF0"),
        ("REG", "REG"),
        ("sar", "SAR"),
    ],
)
def test_pdf_key(name: str, key: str) -> None:
    assert _pdf_key(name) == key


def test_prefixed_generic_names_find_every_instance() -> None:
    pdf = [{"name": "USART_CR1", "offset": 0xC}, {"name": "USART_BRR", "address": 0x1234}]
    res = compare_registers(pdf, SVD)
    assert res["svd_registers"] == 10 and res["pdf_registers"] == 2
    assert res["found_by_name"] == 4  # CR1 and BRR of USART1 and USART2
    assert res["found_by_name_address"] == 2  # BRR's address is wrong
    assert res["pdf_address_mismatch"] == ["USART_BRR"]
    assert res["pdf_unmatched"] == []
    assert "RCC.CR" in res["missed"] and "USART1.CR1" not in res["missed"]


def test_peripheral_column_instance_family_and_placeholders() -> None:
    pdf = [
        {"name": "CR1", "peripheral": "USART2", "address": 0x4000440C},  # the instance only
        {"name": "MODER", "peripheral": "GPIOx", "offset": 0},  # the GPIO family
        {"name": "DMA_SxCR", "offset": 0x10},  # placeholder: S0CR, S1CR, not S0FCR
        {"name": "RCC_CR", "address": 0x40023800},
        {"name": "FOO", "address": 0x40023800},
    ]
    res = compare_registers(pdf, SVD)
    found = set(SVD[i]["peripheral"] + "." + SVD[i]["name"] for i in range(10)) - set(res["missed"])
    assert found == {"USART2.CR1", "GPIOA.MODER", "GPIOB.MODER", "DMA1.S0CR", "DMA1.S1CR", "RCC.CR"}
    assert res["found_by_name_address"] == 5  # S1CR is at 0x28, not 0x10
    assert res["found_by_address"] == 2  # USART2.CR1 and RCC.CR by absolute address
    assert res["pdf_unmatched"] == ["FOO"]
    per = {p["peripheral"]: p for p in res["by_peripheral"]}
    assert per["GPIOB"] == {
        "peripheral": "GPIOB",
        "svd": 1,
        "found_by_name": 1,
        "found_by_name_address": 1,
    }


def test_text_report_reads_well() -> None:
    res = compare_registers([{"name": "USART_CR1", "offset": 0xC}], SVD)
    text = format_comparison(res, limit=3)
    assert text.splitlines()[0] == "device DEV1: 10 SVD registers, 1 PDF registers"
    assert "found by name:" in text and "(20.0%)" in text
    assert "SVD registers missed (8): USART1.BRR, USART2.BRR, GPIOA.MODER ... and 5 more" in text


def test_empty_inputs() -> None:
    res = compare_registers([], [])
    assert res["svd_registers"] == 0 and res["recall_name"] == 0.0
    assert "0 SVD registers" in format_comparison(res)


def test_against_the_fixture_svd() -> None:
    _, svd = read_svd(str(FIX / "features.svd"), "f")
    pdf = [
        {"name": "UART_CTRL", "offset": 0},  # UART0 and UART1
        {"name": "TIMERx_CNT", "offset": 8},  # TIMERA and TIMERB
        {"name": "DMA_CHA_DESC[n]_SRC", "address": 0x40020124},  # array: both DESC elements
        {"name": "BUF2", "peripheral": "UART1", "address": 0x40002014},
    ]
    res = compare_registers(pdf, svd)
    assert res["found_by_name"] == 2 + 2 + 2 + 1
    assert res["found_by_name_address"] == 2 + 2 + 1 + 1
