"""Value normalisation and name helpers (no PDF, no Ray)."""

from __future__ import annotations

import pytest

from spark_data.datasheets.values import (
    clean_name,
    join_alternatives,
    normalise_access,
    parse_address,
    parse_int,
)


@pytest.mark.parametrize(
    "token,hex_default,want",
    [
        ("0x1F", False, 31),
        ("1Fh", False, 31),
        ("31", False, 31),
        ("0b11111", False, 31),
        ("$1F", False, 31),
        ("1F", True, 31),
        ("1F", False, None),
        ("0x0000 0000", False, 0),
        ("0x4002 3800", False, 0x40023800),
        ("0x0000 XX83", False, 0x83),
        ("0x0C.", False, 12),
        ("reserved", False, None),
        ("", False, None),
    ],
)
def test_parse_int(token, hex_default, want):
    assert parse_int(token, hex_default) == want


def test_parse_address_forms():
    assert parse_address("0x3F (0x5F)") == (0x3F, 0x5F)
    assert parse_address("0xE1…0xF0") == (0xE1, None)
    assert parse_address("0D", hex_default=True) == (13, None)
    assert parse_address("N/A") == (None, None)


def test_names_and_access():
    assert clean_name("DYNPDc") == "DYNPD"
    assert clean_name("EN32kHz") == "EN32kHz"
    assert clean_name("CONFIG") == "CONFIG"
    assert join_alternatives(["Alarm 1 Day", "Alarm 1 Date"]) == "Alarm 1 Day/Date"
    assert join_alternatives(["Month/", "Century"]) == "Month/ Century"
    assert normalise_access("R/W") == "read-write"
    assert normalise_access("read only") == "read-only"
    assert normalise_access("banana") is None
