"""The manufacturer registry: size, longest-prefix matching in context, ambiguity, errors."""

from __future__ import annotations

import pytest

from spark_data.attribution.registry import RegistryError, load_registry


@pytest.fixture(scope="module")
def reg():
    return load_registry()


def test_bundled_registry_has_at_least_117_manufacturers(reg):
    assert len(reg) >= 117
    assert len(set(reg.names)) == len(reg.names)


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("ATtiny13", "Microchip Technology"),
        ("AT32F403", "Artery Technology"),  # AT: Artery's AT32F beats nothing shorter
        ("AT25SF041", "Renesas Electronics"),  # Adesto (now Renesas) AT25SF, not Atmel AT
        ("SH79F1620", "Sinowealth Electronics"),  # longer than Renesas SH7
        ("SH7216", "Renesas Electronics"),
        ("MB9BF506", "Infineon Technologies"),  # Spansion FM3 (MB9) vs Fujitsu MB91
        ("MB91F467", "Fujitsu Semiconductor"),
        ("AM2302", "Aosong Electronics"),  # not TI's AM
        ("AM3358", "Texas Instruments"),
        ("STM32F411xE", "STMicroelectronics"),
        ("ST7789", "Sitronix Technology"),
        ("nrf52840", "Nordic Semiconductor"),
        ("IMX219", "Sony Semiconductor Solutions"),
        ("MIMXRT1062", "NXP Semiconductors"),
    ],
)
def test_longest_prefix_wins(reg, token, name):
    m = reg.match_part(token)
    assert m is not None and m.names == (name,), (token, m)


@pytest.mark.parametrize("token", ["LM75", "DAC1", "ADC12", "RA4", "TC3", "CH9", "STM32", "tusb"])
def test_overbroad_prefixes_need_part_number_shape(reg, token):
    # LM/DAC are weak (3 digits needed), RA4 is a PIC pin, TC3 a SAM timer, CH9 a channel
    m = reg.match_part(token)
    assert m is None or token == "STM32", m


def test_weak_prefix_counts_with_part_shape(reg):
    m = reg.match_part("LM358")
    assert m is not None and m.names == ("Texas Instruments",) and m.weak


def test_same_prefix_two_vendors_is_reported(reg):
    m = reg.match_part("PCA9685")
    assert m is not None and set(m.names) == {"NXP Semiconductors", "Nexperia"}


def test_aliases_headers_macros(reg):
    assert reg.resolve("Atmel") == "Microchip Technology"
    assert reg.resolve("freescale") == "NXP Semiconductors"
    assert reg.resolve("Maxim Integrated") == "Analog Devices"
    assert reg.resolve("no such vendor") is None
    assert reg.match_header("avr/io.h") == ["Microchip Technology"]
    assert "STMicroelectronics" in reg.match_header("inc/stm32f4xx_hal.h")
    assert reg.match_macro("NRF_UARTE0") == "Nordic Semiconductor"
    assert reg.match_macro("UART0") is None
    assert reg.find_aliases("Copyright (c) 2020 NXP", copyright_line=True) == ["NXP Semiconductors"]
    assert reg.find_aliases("uses ST and NXP parts", copyright_line=False) == []


def test_bad_registry_files(tmp_path):
    bad = tmp_path / "r.yaml"
    bad.write_text("- name: A\n  prefixes: [X1]\n- name: A\n")
    with pytest.raises(RegistryError, match="duplicate"):
        load_registry(str(bad))
    bad.write_text("- name: B\n  headers: ['(']\n")
    with pytest.raises(RegistryError, match="bad pattern"):
        load_registry(str(bad))
    bad.write_text("- name: C\n  colour: red\n")
    with pytest.raises(RegistryError, match="unknown keys"):
        load_registry(str(bad))
    with pytest.raises(RegistryError, match="not found"):
        load_registry(str(tmp_path / "missing.yaml"))
