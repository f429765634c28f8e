"""spark_data.datasheets.svd on hand-written fixtures (tests/fixtures/svd, see its README)
and bad input; tests/datasheets/test_svd_real.py covers the real files in ../shared/svd."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pyarrow as pa
import pytest
from lxml import etree

from spark_data import schema
from spark_data.datasheets import svd_xml
from spark_data.datasheets.svd import dim_indices, parse_int, read_svd

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "svd"


@pytest.fixture(scope="module")
def features() -> tuple[dict, dict[tuple[str, str], dict]]:
    sheet, rows = read_svd(str(FIX / "features.svd"), "src-features")
    return sheet, {(r["peripheral"], r["name"]): r for r in rows}


def test_values() -> None:
    assert parse_int("0x1F") == parse_int("0X1f") == parse_int("#11111") == parse_int("31") == 31
    assert parse_int("0b101") == 5 and parse_int("#1x1") == 5
    assert parse_int("") is None and parse_int("zz") is None and parse_int(None) is None
    assert dim_indices("0-3", 4) == ["0", "1", "2", "3"]
    assert dim_indices("A-C", 3) == ["A", "B", "C"]
    assert dim_indices("A, B,C", 3) == ["A", "B", "C"]
    assert dim_indices(None, 2) == ["0", "1"]


def test_datasheet_row(features) -> None:
    sheet, regs = features
    assert sheet["kind"] == "svd" and sheet["datasheet_id"] == "src-features"
    assert sheet["parts"] == ["SPARKTEST1"] and sheet["manufacturer"] == "Spark Test Vendor"
    assert sheet["title"] == "A hand-written device exercising SVD features"
    assert sheet["pages"] is None and sheet["status"] == "ok"
    assert sheet["n_registers"] == len(regs) == 32
    assert sheet["error"].startswith("warning: 1 problem(s)") and "NOPE" in sheet["error"]
    # The rows fit the tables' schemas.
    pa.Table.from_pylist([sheet], schema=schema.DATASHEETS)
    pa.Table.from_pylist(list(regs.values()), schema=schema.REGISTERS)


def test_register_row_and_fields(features) -> None:
    _, regs = features
    r = regs["UART0", "CTRL"]
    assert r["register_id"] == schema.stable_id("register", "src-features", "UART0", "CTRL")
    assert (r["source_kind"], r["method"], r["device"]) == ("svd", "svd", "SPARKTEST1")
    assert (r["address"], r["offset"], r["size"], r["reset"]) == (0x40001000, 0, 16, 3)
    assert r["description"] == "Control register" and r["access"] == "read-write"
    f = {x["name"]: x for x in r["fields"]}
    assert [(f[n]["bit_offset"], f[n]["bit_width"]) for n in ("EN", "MODE", "PAR")] == [
        (0, 1),
        (1, 3),
        (4, 4),
    ]
    assert f["MODE"]["access"] == "read-only" and f["EN"]["access"] == "read-write"
    assert (f["EN2"]["bit_offset"], f["EN2"]["bit_width"], f["EN2"]["description"]) == (
        8,
        1,
        "Enable",
    )
    assert [f[f"IRQ{i}"]["bit_offset"] for i in range(3)] == [10, 11, 12]


def test_registers_dim_and_derived(features) -> None:
    _, regs = features
    assert regs["UART0", "STATUS"]["reset"] == 10
    assert regs["UART0", "STATUS"]["access"] == "read-only"
    assert [regs["UART0", f"BUF{i}"]["address"] for i in range(4)] == [
        0x40001010,
        0x40001012,
        0x40001014,
        0x40001016,
    ]
    assert regs["UART0", "DATA[1]"]["address"] == 0x40001024
    assert regs["UART0", "DATA[1]"]["size"] == 32
    c2 = regs["UART0", "CTRL2"]
    assert (c2["address"], c2["reset"], c2["description"]) == (0x40001030, 7, "Control register")
    assert len(c2["fields"]) == 7
    assert regs["UART0", "UNDEF"]["reset"] is None  # resetMask 0: no bit defined
    stat = regs["DMA", "STAT"]  # derivedFrom="UART0.STATUS"
    assert (stat["address"], stat["access"], stat["reset"], stat["size"]) == (
        0x40020008,
        "read-only",
        10,
        32,
    )
    assert regs["DMA", "BROKEN"]["address"] == 0x4002000C


def test_peripherals_derived_and_dim(features) -> None:
    _, regs = features
    uart1 = {n: r for (p, n), r in regs.items() if p == "UART1"}
    assert len(uart1) == 11
    assert uart1["CTRL2"]["address"] == 0x40002030 and uart1["CTRL2"]["size"] == 16
    assert uart1["STATUS"]["access"] == "read-write"  # overridden by UART1's own STATUS
    assert uart1["EXTRA"]["address"] == 0x40002040
    assert regs["TIMERA", "CNT"]["address"] == 0x40010008
    assert regs["TIMERB", "CNT"]["address"] == 0x40010108


def test_clusters_nested_with_dim(features) -> None:
    _, regs = features
    want = {
        "CHA_CFG": (0x40020100, 8),
        "CHA_DESC[0]_SRC": (0x40020124, 32),
        "CHA_DESC[1]_SRC": (0x40020134, 32),
        "CHB_CFG": (0x40020140, 8),
        "CHB_DESC[0]_SRC": (0x40020164, 32),
        "CHB_DESC[1]_SRC": (0x40020174, 32),
    }
    got = {n: (regs["DMA", n]["address"], regs["DMA", n]["size"]) for n in want}
    assert got == want
    assert regs["DMA", "CHB_DESC[1]_SRC"]["offset"] == 0x174


def test_external_entity_is_never_resolved(tmp_path: Path) -> None:
    shutil.copy(FIX / "xxe.svd", tmp_path / "xxe.svd")
    (tmp_path / "secret.txt").write_text("TOPSECRET-42")
    sheet, rows = read_svd(str(tmp_path / "xxe.svd"), "x")
    assert sheet["status"] == "error" and rows == []
    assert "external entity 'secret'" in sheet["error"] and "never resolved" in sheet["error"]
    assert "TOPSECRET" not in repr(sheet)
    # The parser itself, past the byte check, does not read the file either.
    data = (tmp_path / "xxe.svd").read_bytes()
    root = etree.fromstring(data, svd_xml._parser(), base_url=str(tmp_path / "xxe.svd"))
    assert b"TOPSECRET" not in etree.tostring(root)


def test_entity_bomb_is_never_expanded() -> None:
    t0 = time.perf_counter()
    sheet, rows = read_svd(str(FIX / "bomb.svd"), "x")
    assert sheet["status"] == "error" and rows == []
    assert "8 DTD entity declaration(s)" in sheet["error"] and "never expanded" in sheet["error"]
    # The parser alone (past the byte check) refuses to amplify rather than expand.
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring((FIX / "bomb.svd").read_bytes(), svd_xml._parser())
    assert time.perf_counter() - t0 < 5


def test_malformed_and_other_bad_input(tmp_path: Path) -> None:
    sheet, rows = read_svd(str(FIX / "malformed.svd"), "x")
    assert sheet["status"] == "error" and rows == [] and sheet["error"].startswith("malformed XML")
    assert sheet["bytes"] == (FIX / "malformed.svd").stat().st_size and sheet["sha256"]
    missing = read_svd(str(tmp_path / "nope.svd"), "x")[0]
    assert missing["status"] == "error" and "FileNotFoundError" in missing["error"]
    (tmp_path / "other.svd").write_text("<html><body/></html>")
    other = read_svd(str(tmp_path / "other.svd"), "x")[0]
    assert other["status"] == "error" and "not a CMSIS-SVD file" in other["error"]
    (tmp_path / "dtd.svd").write_text('<!DOCTYPE device SYSTEM "http://x/d.dtd"><device/>')
    assert "external DTD" in read_svd(str(tmp_path / "dtd.svd"), "x")[0]["error"]
    huge = "<device><name>D</name><peripherals><peripheral><name>P</name>"
    huge += "<baseAddress>0</baseAddress><registers><register><name>R%s</name>"
    huge += "<dim>100000000</dim><dimIncrement>4</dimIncrement><addressOffset>0</addressOffset>"
    huge += "</register></registers></peripheral></peripherals></device>"
    (tmp_path / "huge.svd").write_text(huge)
    sheet = read_svd(str(tmp_path / "huge.svd"), "x")[0]
    assert sheet["status"] == "error" and "dim=100000000" in sheet["error"]


def test_namespaced_root_and_duplicate_names(tmp_path: Path) -> None:
    text = (
        '<device xmlns="urn:x"><name>NS</name><peripherals><peripheral><name>P</name>'
        "<baseAddress>0x100</baseAddress><registers>"
        "<register><name>R</name><addressOffset>4</addressOffset></register>"
        "<register><name>R</name><addressOffset>8</addressOffset></register>"
        "</registers></peripheral></peripherals></device>"
    )
    (tmp_path / "ns.svd").write_text(text)
    sheet, rows = read_svd(str(tmp_path / "ns.svd"), "x")
    assert sheet["status"] == "ok" and [r["address"] for r in rows] == [0x104, 0x108]
    assert len({r["register_id"] for r in rows}) == 2  # repeated names still get distinct ids
