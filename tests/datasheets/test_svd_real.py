"""spark_data.datasheets.svd on the real SVD files in ../shared/svd (skipped without them).

The addresses below were read off the SVD files by hand (line numbers in comments are of
those files); cmsis-svd 0.6, when installed, cross-checks counts and addresses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from spark_data.datasheets.svd import read_svd


def _regs(shared_dir: Path, name: str) -> tuple[dict, dict[tuple[str, str], dict]]:
    path = shared_dir / "svd" / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    sheet, rows = read_svd(str(path), name)
    return sheet, {(r["peripheral"], r["name"]): r for r in rows}


def test_all_shared_files_parse(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "svd").glob("*.svd"))
    assert len(paths) >= 30
    for p in paths:
        sheet, rows = read_svd(str(p), p.name)
        assert sheet["status"] == "ok", (p.name, sheet["error"])
        assert sheet["n_registers"] == len(rows) > 50, p.name
        assert all(r["address"] is not None for r in rows)


def test_stm32f411(shared_dir: Path) -> None:
    sheet, regs = _regs(shared_dir, "cmsis-svd-data__STMicro__STM32F411.svd")
    assert sheet["parts"] == ["STM32F411"] and len(regs) == 734
    cr1 = regs["USART1", "CR1"]
    assert (cr1["address"], cr1["offset"], cr1["size"], cr1["reset"]) == (0x4001100C, 0xC, 32, 0)
    ue = next(f for f in cr1["fields"] if f["name"] == "UE")
    assert (ue["bit_offset"], ue["bit_width"]) == (13, 1)
    # USART6 is derivedFrom USART1 at base 0x40011400.
    assert regs["USART6", "CR1"]["address"] == 0x4001140C
    assert len(regs["USART6", "CR1"]["fields"]) == len(cr1["fields"])


def test_rp2040_derived_peripherals(shared_dir: Path) -> None:
    _, regs = _regs(shared_dir, "pico-sdk__src__rp2040__hardware_regs__RP2040.svd")
    # UARTCR: offset 0x30, reset 0x300 in UART0; UART1 derivedFrom UART0 at 0x40038000.
    assert regs["UART0", "UARTCR"]["address"] == 0x40034030
    assert regs["UART1", "UARTCR"]["address"] == 0x40038030
    assert regs["UART1", "UARTCR"]["reset"] == 0x300
    assert regs["PLL_USB", "CS"]["address"] == 0x4002C000  # PLL_USB derivedFrom PLL_SYS


def test_nrf52840_clusters_and_arrays(shared_dir: Path) -> None:
    _, regs = _regs(shared_dir, "nrfx__bsp__stable__mdk__nrf52840.svd")
    # PPI at 0x4001F000: cluster TASKS_CHG[%s] (dim 6, inc 8) holding EN 0x0 and DIS 0x4;
    # cluster CH[%s] (dim 20, inc 8, offset 0x510) holding EEP 0x0, TEP 0x4;
    # register array CHG[%s] (dim 0x6, inc 4, offset 0x800).
    assert regs["PPI", "TASKS_CHG[5]_DIS"]["address"] == 0x4001F02C
    assert regs["PPI", "TASKS_CHG[5]_DIS"]["access"] == "write-only"  # from the cluster
    assert regs["PPI", "CH[1]_TEP"]["address"] == 0x4001F51C
    assert regs["PPI", "CH[19]_EEP"]["address"] == 0x4001F5A8
    assert regs["PPI", "CHG[3]"]["address"] == 0x4001F80C
    assert sum(1 for p, n in regs if p == "PPI" and n.startswith("CH[")) == 40


def test_renesas_derived_from_array_element(shared_dir: Path) -> None:
    sheet, regs = _regs(shared_dir, "cmsis-svd-data__Renesas__R7FA4M1AB.svd")
    # P30%sPFS (dim 7, 1-7, offset 0xC4) is derivedFrom "P100PFS", an element of P10%sPFS.
    assert sheet["error"] is None
    r = regs["PFS", "P301PFS"]
    assert r["address"] == 0x400408C4 and len(r["fields"]) == len(regs["PFS", "P100PFS"]["fields"])


def test_cross_check_with_cmsis_svd(shared_dir: Path) -> None:
    """Independent parser: same (peripheral, address) multiset on files where both agree on
    naming (cmsis-svd prefixes prependToName and names nested clusters differently)."""
    parser = pytest.importorskip("cmsis_svd.parser")
    for name in (
        "cmsis-svd-data__STMicro__STM32F411.svd",
        "nrfx__bsp__stable__mdk__nrf52840.svd",
        "cmsis-svd-data__Espressif__esp32.svd",
    ):
        path = shared_dir / "svd" / name
        dev = parser.SVDParser.for_xml_file(str(path)).get_device()
        theirs = Counter(
            (p.name, r.name, p.base_address + r.address_offset)
            for p in dev.get_peripherals()
            for r in p.get_registers()
        )
        _, rows = read_svd(str(path), name)
        ours = Counter((r["peripheral"], r["name"], r["address"]) for r in rows)
        assert ours == theirs, name
