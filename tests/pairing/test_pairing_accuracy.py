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
from spark_data.pairing.accuracy import address_truth, link_symbols, measure
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
    truth = address_truth(syms)
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
