"""Register tables on a page, read from word lines: summary maps and per-register tables.

In: a page's `Line`s (spark_data.datasheets.layout). Out: register dicts (name, address,
alt_address, reset, access, description, fields, method="table") and the fields found
before the first register row (a table continued from the previous page; the assembler
gives them to that page's last register).

A table starts at a header band holding an address column (Address, Addr (Hex), Offset)
and a name column (Name, Register Name, Mnemonic, Function). A row whose address cell
parses is a register; a row below it with a bit cell ("7:6") is one of its fields (the
nRF24L01 style); words under "Bit7".."Bit0" headers are bit-diagram fields (BME280,
MPU-6000, AVR register summaries). The table ends at a gap of `MAX_GAP` points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spark_data.datasheets.layout import (
    Column,
    Line,
    assign,
    column_of,
    header_columns,
    words_in,
)
from spark_data.datasheets.values import (
    clean_name,
    is_register_name,
    join_alternatives,
    looks_hex_column,
    normalise_access,
    parse_address,
    parse_int,
)

MAX_GAP = 28.0  # points between table lines before the table is taken to have ended
_ADDR_WORDS = {"address", "addr", "addr.", "offset", "adr"}
_NAME_WORDS = {"name", "mnemonic", "register", "function", "symbol", "acronym"}
_BIT_LABEL = re.compile(r"^bit\s*(\d{1,2})\b")
_BIT_RANGE = re.compile(r"^(\d{1,2})(?:\s*[:\-–]\s*(\d{1,2}))?$")
_FIELD_SUFFIX = re.compile(r"^(.*?)\s*[\[<](\d{1,2})(?:[:\-–](\d{1,2}))?[\]>]$")
_HEXY = re.compile(r"^(?:0[xX][0-9A-Fa-f]+|[0-9A-F]{1,4}h)$")
_NOT_NAME_COL = ("addr", "hex", "description", "dec")
_ACCESS_TAIL = re.compile(r"\s+(?:RO|RW|WO|R/W|R|W)$")
_UPPER = re.compile(r"^[A-Z][A-Z0-9_]+$")
_BITS_IN_NAME = re.compile(r"[\[<]\d+:\d+[\]>]")
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(?:\s*[\[<][0-9:\-–]+[\]>])?$")
_FILLER = {"-", "–", "—", "0", "1", "x", "reserved", "res", "rsvd", "n/a"}


@dataclass
class Roles:
    addr: int
    name: int
    hex_addr: bool
    reset: int | None = None
    access: int | None = None
    bit: int | None = None
    desc: int | None = None
    bits: dict[int, int] = field(default_factory=dict)  # column index -> bit number


def header_band(lines: list[Line], i: int, depth: float = 12.5) -> list[Line] | None:
    """The header band starting at line i (it and the lines up to `depth` points below),
    if together they name an address column and a name column."""
    band = []
    for ln in lines[i : i + 3]:
        if ln.y - lines[i].y > depth or any(_HEXY.match(w[4]) for w in ln.words):
            break  # a header holds no values: a line with one is the first row
        band.append(ln)
    if not band:
        return None
    if any(len(ln.words) > 24 or parse_address(ln.words[0][4], True)[0] is not None for ln in band):
        return None  # prose, or a table row (it starts with an address)
    low = {w[4].lower().strip(":") for ln in band for w in ln.words}
    if not (low & _ADDR_WORDS and low & _NAME_WORDS):
        return None
    first = {w[4].lower().strip(":") for w in lines[i].words}
    # The band starts at a line holding one of the header words, not at a row above it.
    return band if first & (_ADDR_WORDS | _NAME_WORDS | {"reset", "bit"}) else None


def _roles(cols: list[Column]) -> Roles | None:
    def first(pred) -> int | None:
        return next((i for i, c in enumerate(cols) if pred(c.label)), None)

    addr = first(lambda s: ("addr" in s or "offset" in s) and "hex" in s)
    addr = addr if addr is not None else first(lambda s: "addr" in s or "offset" in s)
    name = first(lambda s: any(k in s for k in ("name", "mnemonic", "symbol", "acronym")))
    if name is None:  # "Register", before "Register Description"
        name = first(lambda s: s.strip() == "register")
    if name is None:
        name = first(lambda s: "register" in s and not any(k in s for k in _NOT_NAME_COL))
    if name is None:
        name = first(lambda s: "function" in s)
    if addr is None or name is None or addr == name:
        return None
    roles = Roles(addr=addr, name=name, hex_addr="hex" in cols[addr].label)
    for i, c in enumerate(cols):
        if i in (addr, name):
            continue
        if m := _BIT_LABEL.match(c.label):
            roles.bits[i] = int(m.group(1))
        elif c.label.split()[0] in ("bit", "bits", "bit(s)"):
            roles.bit = i
        elif roles.reset is None and any(k in c.label for k in ("reset", "default", "initial")):
            roles.reset = i
        elif roles.access is None and any(k in c.label for k in ("type", "access", "r/w", "i/f")):
            roles.access = i
        elif roles.desc is None and any(
            k in c.label for k in ("description", "function", "content", "comment")
        ):
            roles.desc = i
    return roles


def _cell(ln: Line, cols: list[Column], i: int | None) -> str:
    if i is None:
        return ""
    ws = sorted(words_in(ln.words, cols, i), key=lambda w: (round(w[1]), w[0]))
    text = ""
    for k, w in enumerate(ws):
        # An identifier wrapped inside its cell ("I2C_MST_DELAY_CT" over "RL") is one word.
        wrapped = k and w[1] - ws[k - 1][1] > 2 and _UPPER.match(ws[k - 1][4] + w[4])
        text += ("" if wrapped or not k else " ") + w[4]
    return text


def find_register_tables(
    lines: list[Line], carry: tuple | None = None
) -> tuple[list[dict], list[dict], tuple | None]:
    """All register rows of the page's tables, orphan fields (see module doc), and the
    columns to carry to the next page when the last table runs to the foot of this one
    (a table continued without its header). `carry` is that value from the page before."""
    regs: list[dict] = []
    orphans: list[dict] = []
    spans: list[tuple[int, int, list[Column], Roles]] = []
    i = 0
    while i < len(lines):
        band = header_band(lines, i)
        if band is None:
            i += 1
            continue
        cols = header_columns(band)
        start = lines.index(band[-1]) + 1
        end = _table_end(lines, start, cols)
        roles = _roles(cols)
        if roles is not None:
            spans.append((start, end, cols, roles))
        i = max(end, i + 1)
    if carry is not None:
        top = spans[0][0] if spans else len(lines)
        spans.insert(0, (0, _table_end(lines, 0, carry[0], top), carry[0], carry[1]))
    for start, end, cols, roles in spans:
        found, orphan = _read_rows(lines[start:end], cols, roles)
        if not regs:  # only a table at the top of the page continues the last one
            orphans.extend(orphan)
        regs.extend(found)
    out = None
    if spans and len(lines) - spans[-1][1] <= 3:
        out = (spans[-1][2], spans[-1][3])
    return regs, orphans, out


def _table_end(lines: list[Line], start: int, cols: list[Column], stop: int | None = None) -> int:
    j = start
    while j < (len(lines) if stop is None else stop):
        gap = lines[j].y - lines[j - 1].y if j > start else 0.0
        # Prose runs across the columns: many words falling in one or two of them.
        prose = len(lines[j].words) >= 14 and len(assign(lines[j].words, cols)) <= 2
        if gap > MAX_GAP or prose or header_band(lines, j):
            break
        j += 1
    return j


def _read_rows(rows: list[Line], cols: list[Column], roles: Roles) -> tuple[list[dict], list]:
    if not roles.hex_addr and "dec" not in cols[roles.addr].label:
        roles.hex_addr = looks_hex_column([_cell(r, cols, roles.addr) for r in rows])
    addr_rows: list[tuple[int, int | None, int | None]] = []
    for k, ln in enumerate(rows):
        cell = _cell(ln, cols, roles.addr)
        first = cell.split(" ")[0] if cell else ""
        if first.endswith(".") and first[:-1].isdigit():
            continue  # "2." numbers a note below the table
        if first and first[0].isdigit() or first.startswith(("$", "0x")):
            address, alt = parse_address(cell, roles.hex_addr)
            if address is not None:
                addr_rows.append((k, address, alt))
    regs: list[dict] = []
    orphans: list[dict] = []
    row_idx = {k for k, _, _ in addr_rows}
    for n, (k, address, alt) in enumerate(addr_rows):
        lo = rows[addr_rows[n - 1][0]].y if n else rows[k].y - 12
        hi = rows[addr_rows[n + 1][0]].y if n + 1 < len(addr_rows) else rows[k].y + 12
        band = [r for j, r in enumerate(rows) if (lo + rows[k].y) / 2 < r.y < (hi + rows[k].y) / 2]
        band = [r for r in band if r is rows[k] or rows.index(r) not in row_idx]
        reg = _register(rows[k], band, cols, roles, address, alt)
        if reg is not None:
            regs.extend(expand_range(reg, _cell(rows[k], cols, roles.addr), roles.hex_addr))
    # Field rows (bit cell + name cell) belong to the register row above them.
    current: dict | None = None
    for k, ln in enumerate(rows):
        if k in row_idx:
            current = next((r for r in regs if r.get("_row") == id(ln)), None)
            continue
        fld = _field_row(ln, cols, roles)
        if fld is None:
            _continue_description(ln, cols, roles, current)
        elif current is not None:
            current["fields"].append(fld)
        else:
            orphans.append(fld)
    for r in regs:
        r.pop("_row", None)
    return regs, orphans


def _register(
    ln: Line, band: list[Line], cols: list[Column], roles: Roles, address: int, alt: int | None
) -> dict | None:
    name = _cell(ln, cols, roles.name)
    if not name:  # a name cell set on the lines around its row (a multi-line cell)
        name = join_alternatives([_cell(r, cols, roles.name) for r in band if r is not ln])
    name = clean_name(_ACCESS_TAIL.sub("", re.sub(r"\s*/\s*", "/", name).strip()))
    first = name.split(" ")[0] if name else ""
    if not first or not is_register_name(first.split("/")[0]) or len(name) > 40:
        return None
    if _BITS_IN_NAME.search(name):
        return None  # "dig_T1 [7:0]": the bits of a value, not a register
    is_offset = "offset" in cols[roles.addr].label
    return {
        "name": name,
        "address": None if is_offset else address,
        "offset": address if is_offset else None,
        "alt_address": alt,
        "reset": parse_int(_cell(ln, cols, roles.reset).split(" ")[0] or None, False),
        "access": normalise_access(_cell(ln, cols, roles.access)),
        "description": _cell(ln, cols, roles.desc) or None,
        "fields": _diagram_fields(band, cols, roles),
        "method": "table",
        "size": max(roles.bits.values()) + 1 if roles.bits else None,
        "_row": id(ln),
    }


def _diagram_fields(band: list[Line], cols: list[Column], roles: Roles) -> list[dict]:
    """Field names under Bit7..Bit0 headers; a name split over lines is joined per column
    ("TEMP" + "_FIFO_EN"); its bits come from a [n:m] suffix or the columns it spans."""
    if not roles.bits:
        return []
    pieces: dict[int, list] = {}
    for ln in band:
        for w in ln.words:
            i = column_of((w[0] + w[2]) / 2, cols)
            if i in roles.bits:
                pieces.setdefault(i, []).append(w)
    fields = []
    centres = sorted((cols[i].centre, b) for i, b in roles.bits.items())
    for ws in pieces.values():
        ws.sort(key=lambda w: (w[1], w[0]))
        text = ws[0][4]
        for w in ws[1:]:
            sep = "" if text.endswith("_") or w[4].startswith(("_", "[")) else " "
            text += sep + w[4]
        if text.strip().lower() in _FILLER or not _FIELD_NAME.match(text):
            continue  # fillers, and prose set across the bit columns
        x0, x1 = min(w[0] for w in ws), max(w[2] for w in ws)
        fields.append(_bit_field(clean_name(text), x0, x1, centres))
    fields.sort(key=lambda f: -f["bit_offset"])
    return fields


def _bit_field(text: str, x0: float, x1: float, centres: list[tuple[float, int]]) -> dict:
    def bit_at(x: float) -> float:
        # Bit numbers interpolated between column centres (columns may run either way).
        for (xa, ba), (xb, bb) in zip(centres, centres[1:]):
            if xa <= x <= xb:
                return ba + (bb - ba) * (x - xa) / (xb - xa)
        return float(centres[0][1] if x < centres[0][0] else centres[-1][1])

    name, width = text, None
    if m := _FIELD_SUFFIX.match(text):
        name = m.group(1) or text
        hi, lo = int(m.group(2)), int(m.group(3) or m.group(2))
        width = abs(hi - lo) + 1
    ends = sorted((bit_at(x0), bit_at(x1)))
    covered = [b for xc, b in centres if x0 - 4 <= xc <= x1 + 4]
    if width is None:
        width = max(1, len(covered))
    mid = (ends[0] + ends[1]) / 2
    lsb = max(0, round(mid - (width - 1) / 2))
    return _field(name, lsb, width, None, None)


def _field(name: str, lsb: int, width: int, access: str | None, desc: str | None) -> dict:
    return {
        "name": name,
        "bit_offset": lsb,
        "bit_width": width,
        "access": access,
        "description": desc,
    }


def _field_row(ln: Line, cols: list[Column], roles: Roles) -> dict | None:
    if roles.bit is None:
        return None
    bits = _BIT_RANGE.match(_cell(ln, cols, roles.bit))
    name = _cell(ln, cols, roles.name)
    if not bits or not name or not re.match(r"[A-Za-z]", name):
        return None
    hi, lo = int(bits.group(1)), int(bits.group(2) or bits.group(1))
    hi, lo = max(hi, lo), min(hi, lo)
    if hi > 63:
        return None  # a payload ("255:0"), not a field of a register
    desc = _cell(ln, cols, roles.desc) or None
    name = clean_name(name)
    return _field(name, lo, hi - lo + 1, normalise_access(_cell(ln, cols, roles.access)), desc)


def _continue_description(ln: Line, cols: list[Column], roles: Roles, current: dict | None) -> None:
    extra = _cell(ln, cols, roles.desc)
    if not extra or current is None:
        return
    target = current["fields"][-1] if current["fields"] else current
    target["description"] = ((target.get("description") or "") + " " + extra).strip()


_NAME_RANGE = re.compile(r"^([A-Za-z_]+?)(\d+)\.\.\1?(\d+)$")


def expand_range(reg: dict, addr_cell: str, hex_default: bool) -> list[dict]:
    """ "calib00..calib25" at "0x88…0xA1": one register per address when the counts agree."""
    m = _NAME_RANGE.match(reg["name"])
    parts = re.split(r"\s*(?:…|\.\.\.?|–|—|-)\s*", addr_cell.strip())
    if not m or len(parts) != 2:
        return [reg]
    lo, hi = parse_int(parts[0], hex_default), parse_int(parts[1], hex_default)
    first, last, digits = int(m.group(2)), int(m.group(3)), len(m.group(2))
    if lo is None or hi is None or hi - lo != last - first or last < first:
        return [reg]
    row_id = reg.get("_row")
    return [
        {
            **reg,
            "name": f"{m.group(1)}{first + i:0{digits}d}",
            "address": lo + i,
            "fields": [],
            "_row": row_id if i == 0 else None,
        }
        for i in range(last - first + 1)
    ]
