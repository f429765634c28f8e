"""parse_file: one file row per file with the right status, share and reason; stable ids."""

from __future__ import annotations

import pytest

from spark_data import schema
from spark_data.code.parser import Grammars, parse_file, symbol_ids
from spark_data.config import ParseConfig

BROKEN_C = """\
#define GOOD 1
int f( {
  struct a { int b } ;
#define AFTER 2
"""


def test_ok_file(parse) -> None:
    rows = parse("#define A 1\n", path="inc/a.h")
    assert rows[0] == {
        "file_id": "fid",
        "symbol_id": schema.symbol_id("fid", "file", "inc/a.h", 1),
        "kind": "file",
        "name": "inc/a.h",
        "value": "c",
        "number": None,
        "signature": None,
        "start_line": 1,
        "end_line": 1,
        "parent": None,
        "role": None,
        "parse_status": "ok",
        "error_share": 0.0,
        "reason": None,
    }
    assert [r["parse_status"] for r in rows[1:]] == [None]


def test_broken_c_is_kept_as_partial(parse) -> None:
    rows = parse(BROKEN_C)
    assert rows[0]["parse_status"] == "partial"
    assert 0 < rows[0]["error_share"] < 1
    assert rows[0]["reason"] is None
    assert {r["name"] for r in rows if r["kind"] == "macro"} == {"GOOD", "AFTER"}


def test_binary_garbage_does_not_raise(parse) -> None:
    garbage = bytes(range(256)).decode("latin-1") * 20 + "\x00\x01\x7f\ufffd"
    for kind in ("c_source", "asm", "device_tree"):
        rows = parse(garbage, kind=kind)
        assert rows[0]["parse_status"] in ("partial", "failed")
        assert rows[0]["error_share"] > 0
        assert sum(r["kind"] == "file" for r in rows) == 1


def test_nothing_usable_is_failed_but_kept(parse) -> None:
    (row,) = parse("@@@@ #### $$$$ \x00\x01 ````", kind="c_source")
    assert (row["parse_status"], row["reason"]) == (
        "failed",
        "no symbols, and at least half the tree is errors",
    )
    assert row["error_share"] >= 0.5


def test_a_comment_only_file_is_not_failed(parse) -> None:
    # like sdcc's lib/src/pic14/TEMPLATE.S: the grammar adds one MISSING node, nothing else
    (row,) = parse("; header comment\n;  more\n" * 10, kind="asm")
    assert row["parse_status"] in ("ok", "partial")


@pytest.mark.parametrize(
    "text, kind, reason",
    [
        ("", "c_header", "empty"),
        ("  \n\n\t\n", "c_source", "empty"),
        (None, "c_header", "no text (binary or unreadable file)"),
        ("x = 1\n", "kconfig", "kind 'kconfig' is not parsed"),
    ],
)
def test_skipped(parse, text: str | None, kind: str, reason: str) -> None:
    (row,) = parse(text, kind=kind)
    assert (row["kind"], row["parse_status"], row["reason"], row["error_share"]) == (
        "file",
        "skipped",
        reason,
        None,
    )


def test_over_max_bytes_is_skipped(parse) -> None:
    (row,) = parse("#define A 1\n" * 100, max_bytes=1000)
    assert (row["parse_status"], row["reason"]) == ("skipped", "larger than parse.max_bytes=1000")
    rows = parse("#define A 1\n" * 10, max_bytes=1000)
    assert rows[0]["parse_status"] == "ok"


def test_an_extractor_error_is_recorded_not_raised(
    monkeypatch: pytest.MonkeyPatch, grammars: Grammars
) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(grammars, "extract", boom)
    (row,) = parse_file("fid", "a.c", "c_source", "int x;\n", ParseConfig(), grammars)
    assert (row["parse_status"], row["reason"]) == ("failed", "RuntimeError: boom")


def test_symbol_ids_match_the_schema_and_are_unique(parse) -> None:
    rows = parse("#define A 1\nint a; int b;\n")
    for r in rows:
        assert r["symbol_id"] == schema.symbol_id("fid", r["kind"], r["name"], r["start_line"])
    ids = symbol_ids("fid", ["instruction"] * 3, ["nop", "nop", "b"], [3, 3, 3])
    assert ids == [
        schema.symbol_id("fid", "instruction", "nop", 3, 0),
        schema.symbol_id("fid", "instruction", "nop", 3, 1),  # same key: next ordinal
        schema.symbol_id("fid", "instruction", "b", 3, 0),
    ]


def test_ids_are_stable_across_runs(parse) -> None:
    text = "#define A 1\nstruct s { int x; };\n"
    assert [r["symbol_id"] for r in parse(text)] == [r["symbol_id"] for r in parse(text)]
