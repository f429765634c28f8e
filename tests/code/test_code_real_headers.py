"""Real vendor headers (Debian avr-libc, sdcc-libraries): coverage of #defines, no crash.

The packages are downloaded once by `tests.debian` (skipped without apt). The object-like
defines are counted independently of tree-sitter, by a line regex.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from spark_data.code.parser import Grammars, parse_file
from spark_data.config import ParseConfig

# `#define NAME` not followed by `(` (function-like); NAME must be complete (no backtracking)
_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(\w+)(?![\w(])", re.M)
_SOURCES = {".h": "c_header", ".c": "c_source", ".s": "asm", ".S": "asm"}


def _files(*roots: Path) -> list[tuple[Path, str]]:
    return [
        (p, _SOURCES[p.suffix])
        for root in roots
        for p in sorted(root.rglob("*"))
        if p.suffix in _SOURCES and p.is_file()
    ]


def _parse(grammars: Grammars, path: Path, kind: str) -> list[dict]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return parse_file(str(path), str(path), kind, text, ParseConfig(), grammars)


@pytest.mark.slow
def test_object_like_defines_are_found(
    avr_libc: Path, sdcc_libraries: Path, grammars: Grammars
) -> None:
    headers = [(p, k) for p, k in _files(avr_libc, sdcc_libraries) if k == "c_header"]
    assert len(headers) > 400
    expected = found = 0
    for path, kind in headers:
        want = Counter(_DEFINE.findall(path.read_text(encoding="utf-8", errors="replace")))
        rows = _parse(grammars, path, kind)
        assert rows[0]["parse_status"] in ("ok", "partial"), (path, rows[0]["reason"])
        got = Counter(r["name"] for r in rows if r["kind"] == "macro")
        expected += sum(want.values())
        found += sum(min(n, got[name]) for name, n in want.items())
    assert expected > 250_000
    assert found / expected >= 0.95, f"{found}/{expected} object-like defines found"


@pytest.mark.slow
def test_every_source_file_parses_without_exception(
    avr_libc: Path, sdcc_libraries: Path, grammars: Grammars
) -> None:
    statuses: Counter[str] = Counter()
    for path, kind in _files(avr_libc, sdcc_libraries):
        rows = _parse(grammars, path, kind)
        assert sum(r["kind"] == "file" for r in rows) == 1
        reason = rows[0]["reason"] or ""
        assert not re.match(r"\w+(Error|Exception)\b", reason), (path, reason)
        statuses[rows[0]["parse_status"]] += 1
    assert statuses["ok"] + statuses["partial"] > 0.99 * sum(statuses.values()), statuses


@pytest.mark.slow
def test_avr_register_header_roles(avr_libc: Path, grammars: Grammars) -> None:
    rows = _parse(grammars, avr_libc / "usr/lib/avr/include/avr/iom328p.h", "c_header")
    macros = {r["name"]: r for r in rows if r["kind"] == "macro"}
    assert (macros["PORTB"]["role"], macros["PORTB"]["number"]) == ("register_address", 0x25)
    assert (macros["UDR0"]["role"], macros["UDR0"]["number"]) == ("register_address", 0xC6)
    assert (macros["PORTB3"]["role"], macros["PORTB3"]["number"]) == ("bit_position", 3)
    assert (macros["TOIE0"]["role"], macros["TOIE0"]["number"]) == ("bit_position", 0)
