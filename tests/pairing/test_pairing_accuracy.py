"""Symbol-link accuracy: real avr-libc device headers against register descriptions of the
same device, ground truth by the header's own addresses (spark_data.pairing.layout).

CI: iotn13.h against a hand-written SVD of the ATtiny13 register summary
(tests/fixtures/pairing/attiny13_mini.svd). With /work/shared: iotn13.h and iotn2313.h
against the real ATtiny13 / ATtiny2313 datasheet PDFs through read_pdf. Target: precision
>= 0.95 and recall >= 0.90 (name and address channels together); the name-only channel is
measured beside it and must stay precise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spark_data.code.parser import Grammars, parse_file
from spark_data.config import ParseConfig
from spark_data.datasheets.svd import read_svd
from spark_data.pairing.accuracy import instance_truth, link_symbols, measure
from spark_data.pairing.config import PairingConfig
from tests.debian import debian_package_or_skip

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pairing" / "attiny13_mini.svd"
AVR_IO = 0x20  # what the phase uses for a map below pairing.avr_max_address


@pytest.fixture(scope="module")
def avr_headers() -> Path:
    return debian_package_or_skip("avr-libc") / "usr/lib/avr/include/avr"


def _symbols(path: Path) -> list[dict]:
    return parse_file("f", str(path), "c_header", path.read_text(), ParseConfig(), Grammars())


def _accuracy(header: Path, registers: list[dict]) -> tuple[dict, dict]:
    syms = _symbols(header)
    truth = instance_truth(syms)
    full = measure(link_symbols(syms, registers, PairingConfig(), AVR_IO), truth, registers, AVR_IO)
    names = link_symbols(syms, registers, PairingConfig(), AVR_IO, use_numbers=False)
    return full, measure(names, truth, registers, AVR_IO)


def test_iotn13_against_a_hand_written_svd(avr_headers):
    _, regs = read_svd(str(FIXTURE), "t13")
    full, names = _accuracy(avr_headers / "iotn13.h", regs)
    assert full["truth"] >= 30
    assert full["precision"] >= 0.95 and full["recall"] >= 0.90, full
    assert names["precision"] >= 0.95, names


@pytest.mark.parametrize(
    "header,pdf",
    [
        ("iotn13.h", "Microchip__ATtiny13__full-datasheet.pdf"),
        ("iotn2313.h", "Microchip__ATtiny2313__full-datasheet.pdf"),
    ],
)
def test_avr_headers_against_the_real_datasheets(avr_headers, shared_dir, header, pdf):
    from spark_data.datasheets.config import DatasheetsConfig
    from spark_data.datasheets.pdf import read_pdf

    regs = read_pdf(str(shared_dir / "datasheets" / pdf), "ds", DatasheetsConfig())["registers"]
    full, names = _accuracy(avr_headers / header, regs)
    print(header, "full", full, "names only", names)
    assert full["truth"] >= 30
    assert full["precision"] >= 0.95 and full["recall"] >= 0.90, full
    assert names["precision"] >= 0.95, names


SHARED_HEADER = """\
#include <stdint.h>
typedef struct {
  volatile uint32_t TASKS_START;
  volatile uint32_t RESERVED[63];
  volatile uint32_t PSEL;          /* address-only: no register of either mode has this name */
} NRF_TWIM_Type;
typedef struct {
  volatile uint32_t TASKS_ACQUIRE;
  volatile uint32_t RESERVED[63];
  volatile uint32_t PSEL;
} NRF_SPIS_Type;
#define NRF_TWIM0_BASE 0x40003000UL
#define NRF_SPIS0_BASE 0x40003000UL
#define NRF_TWIM0 ((NRF_TWIM_Type *) NRF_TWIM0_BASE)
#define NRF_SPIS0 ((NRF_SPIS_Type *) NRF_SPIS0_BASE)
"""


def _peripheral(name: str, registers: list[tuple[str, int]]) -> str:
    regs = "".join(
        f"<register><name>{r}</name><addressOffset>{o:#x}</addressOffset></register>"
        for r, o in registers
    )
    return (
        f"<peripheral><name>{name}</name><baseAddress>0x40003000</baseAddress>"
        f"<registers>{regs}</registers></peripheral>"
    )


def test_peripherals_sharing_an_address_link_to_the_named_instance(tmp_path):
    """nRF52-style modes of one block (TWIM0 and SPIS0 at 0x40003000): a struct member links
    to the registers of the instance the header names at that address, never to the other
    mode's, and the truth counts only those (no credit for either mode's registers)."""
    header = tmp_path / "shared.h"
    header.write_text(SHARED_HEADER)
    svd = tmp_path / "shared.svd"
    svd.write_text(
        '<?xml version="1.0"?><device schemaVersion="1.3"><name>X</name><width>32</width>'
        "<size>32</size><peripherals>"
        + _peripheral("TWIM0", [("TASKS_STARTRX", 0), ("PSEL_SCL", 0x100)])
        + _peripheral("SPIS0", [("TASKS_ACQUIRE", 0), ("PSEL_SCK", 0x100)])
        + "</peripherals></device>"
    )
    _, regs = read_svd(str(svd), "x")
    syms = _symbols(header)
    links = link_symbols(syms, regs, PairingConfig())
    by_member = {}
    names = {s["symbol_id"]: f"{s['parent']}.{s['name']}" for s in syms}
    for x in links:
        if x["spec_kind"] == "register":
            by_member.setdefault(names[x["code_item"]], set()).add(x["spec_item"])
    assert by_member["NRF_TWIM_Type.PSEL"] == {"TWIM0.PSEL_SCL"}
    assert by_member["NRF_SPIS_Type.PSEL"] == {"SPIS0.PSEL_SCK"}
    assert by_member["NRF_SPIS_Type.TASKS_ACQUIRE"] == {"SPIS0.TASKS_ACQUIRE"}
    m = measure(links, instance_truth(syms), regs)
    assert m["truth"] == 4 and m["precision"] == 1.0 and m["recall"] == 1.0, m
    # Without instance names the old rule would have credited all 8 (member, register) pairs.
    wrong = [
        {**x, "spec_item": "TWIM0.PSEL_SCL"} for x in links if x["spec_item"] == "SPIS0.PSEL_SCK"
    ]
    assert measure(links + wrong, instance_truth(syms), regs)["precision"] < 1.0
