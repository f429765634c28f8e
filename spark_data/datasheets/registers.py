"""Registers on one page: cheap candidate tests, then tables (word boxes) and text patterns.

In: a page's plain text (and, for candidate pages only, its word boxes). Out: register
dicts (name, peripheral, address, offset, reset, access, description, fields, method) and
orphan fields (a table continued from the previous page). `merge_registers` then folds the
descriptions of one register found twice (a summary map row and its description) into one.

Text forms read (each a regex over lines, no layout needed):
- "Address offset: 0x0C" / "Reset value: 0x0000 0000" under a heading "... (USART_CR1)";
- "Register 0xD0 “id”" (Bosch), "Control Register (0Eh)" (Maxim),
  "Register 26 – Configuration" + "CONFIG" (InvenSense), "MCUCR – MCU Control Register" (AVR);
- bit descriptions "Bit 25 PLLRDY: ...", "Bits 31:16 BRy", "• Bits 7:6 – Res: Reserved".

    regs, orphans = page_registers(text, lambda: page.get_text("words"), state)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spark_data.datasheets.layout import word_lines
from spark_data.datasheets.tables import find_register_tables
from spark_data.datasheets.values import (
    clean_name,
    is_register_name,
    name_key,
    normalise_access,
    parse_int,
)

_HEX = r"(?:0[xX][0-9A-Fa-f]{1,8}(?:[ _][0-9A-Fa-fXx]{4})?|[0-9A-Fa-f]{1,8}[hH])"
_ADDRESSY = re.compile(r"\b(?:0[xX][0-9A-Fa-f]{2,8}|[0-9A-F]{2,4}h)\b")
_BARE_HEX_LINE = re.compile(r"^[0-9A-F]{2}\s*$", re.M)
_TABLE_HINT = re.compile(r"\b(?:Addr(?:ess)?|ADDRESS|Offset|OFFSET)\b")
_NAME_HINT = re.compile(r"\b(?:Name|NAME|Mnemonic|Register|REGISTER|Function|FUNCTION|Symbol)\b")
_TEXT_HINT = re.compile(r"[Rr]egister|Address offset|Reset value")

_OFFSET = re.compile(r"Address\s+offset\s*:?\s*(" + _HEX + r")")
_ABS_ADDR = re.compile(r"^Address\s*:\s*(" + _HEX + r")")
_RESET = re.compile(r"Reset\s+value\s*:?\s*(" + _HEX + r"|0b[01]+|[01]{8,32})")
_PAREN_NAME = re.compile(r"\(([A-Z][A-Za-z0-9_]*[A-Za-z0-9])\)\s*$")
_CHAPTER_ABBR = re.compile(r"^\d+(?:\.\d+)?\s+[A-Z].*\(([A-Z][A-Z0-9]{1,10})\)\s*$")
_BOSCH = re.compile(
    r"^(?:[\d.]+\s+)?Registers?\s+(0x[0-9A-Fa-f]+)(?:\s*(?:…|\.\.\.?|to|-)\s*0x[0-9A-Fa-f]+)?"
    r"\s+[“\"”]([A-Za-z][\w]*)[”\"“]"
)
_MAXIM = re.compile(r"^([A-Z][A-Za-z /]{1,30}?)\s+Register\s*\(([0-9A-F]{2})h\)")
_INVENSENSE = re.compile(r"^(?:[\d.]+\s+)?Register\s+(\d{1,3})\s+[–-]\s+[A-Z]")
# Numbered, as in AVR data sheets ("5.5.1 EEARL – EEPROM Address Register"); the
# instruction-set manual's "CBI – Clear Bit in I/O Register" headings are not numbered.
_AVR = re.compile(r"^\d+(?:\.\d+)+\s+([A-Z][A-Z0-9]{1,9})\s+[–-]\s+.*Register\b")
_BIT = re.compile(
    r"\b[Bb]its?\s+(\d{1,2})(?:\s*:\s*(\d{1,2}))?\s*(?:[–-]\s*)?"
    r"([A-Za-z][A-Za-z0-9_]*)(?:\[\d+:\d+\])?\s*(?=[:,.–-]|\s|$)"
)


def is_table_candidate(text: str) -> bool:
    """Cheap test before reading word boxes: header words and several address tokens."""
    return bool(
        _TABLE_HINT.search(text)
        and _NAME_HINT.search(text)
        and len(_ADDRESSY.findall(text)) >= 2
        or len(_BARE_HEX_LINE.findall(text)) >= 4
        and _TABLE_HINT.search(text)
    )


def page_registers(
    text: str, words: Callable[[], list], state: dict
) -> tuple[list[dict], list[dict], bool]:
    """(registers, orphan fields, table detection ran) for one page. `state` carries the
    peripheral named by the last chapter heading across the pages of a range."""
    regs: list[dict] = []
    orphans: list[dict] = []
    carry = state.pop("table", None)
    table_ran = is_table_candidate(text) or (
        carry is not None and len(_ADDRESSY.findall(text)) + len(_BARE_HEX_LINE.findall(text)) >= 1
    )
    if table_ran:
        regs, orphans, state["table"] = find_register_tables(word_lines(words()), carry)
    if _TEXT_HINT.search(text):
        regs.extend(text_registers(text, state))
    return regs, orphans, table_ran


def _new(name: str, method: str = "text", **kw) -> dict:
    reg = {
        "name": name,
        "peripheral": None,
        "address": None,
        "alt_address": None,
        "offset": None,
        "reset": None,
        "access": None,
        "description": None,
        "fields": [],
        "method": method,
    }
    reg.update(kw)
    return reg


def text_registers(text: str, state: dict) -> list[dict]:
    """Registers written as text (see module doc), with the bit fields described below
    each one until the next register."""
    lines = [ln.strip() for ln in text.splitlines()]
    regs: list[dict] = []
    cur: dict | None = None
    for i, ln in enumerate(lines):
        if m := _CHAPTER_ABBR.match(ln):
            state["peripheral"] = m.group(1)
        reg = _match_line(lines, i, state)
        if reg is not None:
            regs.append(reg)
            cur = reg
            if "Address offset" in ln:  # "Address offset: 0x00. Reset value: ..." on one line
                _read_attrs(ln.split("Address offset", 1)[1], cur)
            continue
        if cur is not None:
            _read_attrs(ln, cur)
    return regs


def _match_line(lines: list[str], i: int, state: dict) -> dict | None:
    ln = lines[i]
    if m := _OFFSET.search(ln):
        name, heading = _heading_name(lines, i)
        if name:
            per, short = _split_peripheral(name, state.get("peripheral"))
            return _new(short, peripheral=per, offset=parse_int(m.group(1)), description=heading)
    if m := _BOSCH.match(ln):
        return _new(m.group(2), address=parse_int(m.group(1)), description=ln)
    if m := _MAXIM.match(ln):
        return _new(m.group(1).strip(), address=int(m.group(2), 16), description=ln)
    if (m := _INVENSENSE.match(ln)) and i + 1 < len(lines):
        name = clean_name(lines[i + 1].split(" ")[0]) if lines[i + 1] else ""
        if is_register_name(name) and name.isupper():
            return _new(name, address=int(m.group(1)), description=ln)
    if m := _AVR.match(ln):
        return _new(m.group(1), description=ln)
    return None


def _heading_name(lines: list[str], i: int) -> tuple[str | None, str | None]:
    """The "(NAME)" ending one of the few lines above an "Address offset" line."""
    for j in range(i, max(-1, i - 4), -1):
        head = lines[j].split("Address offset")[0].strip()
        if m := _PAREN_NAME.search(head):
            return m.group(1), head
    return None, None


def _split_peripheral(name: str, chapter: str | None) -> tuple[str | None, str]:
    """ "RCC_CR" under a chapter "(RCC)" -> ("RCC", "CR"); "GPIOx_MODER" under "(GPIO)"."""
    if chapter and "_" in name:
        prefix, rest = name.split("_", 1)
        if prefix.upper().startswith(chapter) and rest:
            return prefix, rest
    return None, name


def _read_attrs(ln: str, cur: dict) -> None:
    if cur["reset"] is None and (m := _RESET.search(ln)):
        cur["reset"] = parse_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1), 2)
    if cur["address"] is None and (m := _ABS_ADDR.match(ln)):
        cur["address"] = parse_int(m.group(1))
    low = ln.lower()
    if cur["access"] is None:
        for key in ("read only", "read-only", "write only", "write-only", "read/write"):
            if key in low and len(ln) < 60:
                cur["access"] = normalise_access(key)
    for m in _BIT.finditer(ln):
        hi, lo = int(m.group(1)), int(m.group(2) or m.group(1))
        name = m.group(3)
        if name.lower() in ("res", "reserved") or name in ("of", "to", "is", "and"):
            continue
        if any(f["name"] == name for f in cur["fields"]):
            continue
        desc = ln[m.end() :].lstrip(":–- ").split(". Bit")[0][:200] or None
        cur["fields"].append(
            {
                "name": name,
                "bit_offset": min(hi, lo),
                "bit_width": abs(hi - lo) + 1,
                "access": None,
                "description": desc,
            }
        )


def merge_registers(regs: list[dict]) -> list[dict]:
    """One row per register: a text description merges into the table row of the same
    name (and address when both have one), or, for an absolute address, into the table
    row at that address; fields and missing values are filled from the duplicate."""
    out: list[dict] = []
    by_name: dict[tuple, dict] = {}
    by_addr: dict[int, dict] = {}
    for r in sorted(regs, key=lambda r: r["method"] != "table"):
        key = (r.get("peripheral") or "", name_key(r["name"]))
        addr = r["address"] if r["address"] is not None else r["offset"]
        same = by_name.get(key)
        if same is not None and addr is not None:
            known = same["address"] if same["address"] is not None else same["offset"]
            if known is not None and known != addr and same.get("alt_address") != addr:
                same = None  # the same name at another address: a different register
        if same is None and r["method"] == "text" and r["address"] is not None:
            same = by_addr.get(r["address"])
        if same is None:
            out.append(r)
            by_name.setdefault(key, r)
            if r["address"] is not None:
                by_addr.setdefault(r["address"], r)
            continue
        _fill(same, r)
    return out


def _fill(into: dict, other: dict) -> None:
    for k in ("address", "offset", "reset", "access", "description", "peripheral"):
        if into.get(k) is None and other.get(k) is not None:
            into[k] = other[k]
    names = {f["name"] for f in into["fields"]}
    into["fields"].extend(f for f in other["fields"] if f["name"] not in names)
