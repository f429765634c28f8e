"""Register values as datasheets write them, normalised to integers, and register-name tests.

In: cell or text tokens such as "0x1F", "0x0000 0000", "1Fh", "$1F", "31", "0b11111",
"0xE1…0xF0" (a range: its start), "0x3F (0x5F)" (AVR: I/O and data-space address).
Out: ints (or None when the token is not a number), access terms in SVD spelling.

    parse_int("1Fh") == 31; parse_int("1F", hex_default=True) == 31
"""

from __future__ import annotations

import re

# A hex literal may be written in 4-digit groups ("0x4002 3800"); X marks undefined bits.
_HEX_0X = re.compile(r"^0[xX]([0-9A-Fa-fXx]{1,8}(?:[ _][0-9A-Fa-fXx]{4})?)$")
_HEX_H = re.compile(r"^([0-9][0-9A-Fa-f]*|[A-Fa-f][0-9A-Fa-f]*)[hH]$")
_HEX_DOLLAR = re.compile(r"^\$([0-9A-Fa-f]{1,8})$")
_BIN = re.compile(r"^0[bB]([01_]{1,32})$")
_BIN_QUOTED = re.compile(r"^[\'‘’]?([01]{1,32})[bB]?[\'‘’]?$")
_DEC = re.compile(r"^[0-9]{1,10}$")
_BARE_HEX = re.compile(r"^[0-9A-Fa-f]{1,8}$")
# Range separators between two addresses ("0xE1…0xF0", "0x88-0xA1", "0x20 to 0x2F").
_RANGE = re.compile(r"\s*(?:…|\.\.\.?|–|—|-|to)\s*")


def parse_int(token: str | None, hex_default: bool = False) -> int | None:
    """An integer from one written value, or None. Bare digits are decimal unless
    `hex_default` (a column headed "(Hex)", an I2C register map); bare hex letters count
    as hex only then too."""
    if token is None:
        return None
    s = token.strip().strip(".,;:()").strip()
    if not s:
        return None
    if m := _HEX_0X.match(s):
        return int(re.sub(r"[ _]", "", m.group(1)).replace("X", "0").replace("x", "0"), 16)
    if m := _HEX_H.match(s):
        return int(m.group(1), 16)
    if m := _HEX_DOLLAR.match(s):
        return int(m.group(1), 16)
    if m := _BIN.match(s):
        return int(m.group(1).replace("_", ""), 2)
    if hex_default and _BARE_HEX.match(s):
        return int(s, 16)
    if _DEC.match(s):
        return int(s, 10)
    return None


def parse_binary(token: str) -> int | None:
    """A field value written as bits ("0011", "'11'")."""
    m = _BIN_QUOTED.match(token.strip())
    return int(m.group(1), 2) if m else None


def parse_address(cell: str, hex_default: bool = False) -> tuple[int | None, int | None]:
    """(address, alternate) from an address cell: "0x3F (0x5F)" -> (0x3F, 0x5F); a range
    "0xE1…0xF0" -> (0xE1, None); "0D" in a hex column -> (13, None)."""
    s = cell.strip()
    if not s:
        return None, None
    alt = None
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", s)
    if m:
        s, alt = m.group(1).strip(), parse_int(m.group(2), hex_default)
    value = parse_int(s, hex_default)
    if value is None:
        first = _RANGE.split(s, maxsplit=1)[0]
        if first != s:
            value = parse_int(first, hex_default)
    return value, alt


def looks_hex_column(cells: list[str]) -> bool:
    """Bare values with hex letters ("1A", "0D") or an `h` suffix mean a hex column."""
    return any(re.fullmatch(r"[0-9]*[A-Fa-f][0-9A-Fa-f]*h?", c.strip()) for c in cells if c)


_ACCESS = {
    "r/w": "read-write",
    "rw": "read-write",
    "read/write": "read-write",
    "read-write": "read-write",
    "read / write": "read-write",
    "r": "read-only",
    "ro": "read-only",
    "read only": "read-only",
    "read-only": "read-only",
    "w": "write-only",
    "wo": "write-only",
    "write only": "write-only",
    "write-only": "write-only",
    "rc_w1": "read-writeOnce",
    "rc_w0": "read-write",
    "rs": "read-write",
    "w1c": "read-write",
}


def normalise_access(token: str | None) -> str | None:
    """SVD spelling of an access cell ("R/W" -> read-write), or None if unrecognised."""
    if not token:
        return None
    return _ACCESS.get(re.sub(r"\s+", " ", token.strip().lower()))


# A register name as tables print it: starts with a letter, mostly upper-case letters,
# digits and underscores (SELF_TEST_X, EN_AA, TCCR0B), or a lower-case identifier used
# by some sensor vendors (ctrl_meas, calib00..calib25).
_REG_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(?:\.\.[A-Za-z0-9_]+)?$")
_NOT_NAMES = {
    "reserved",
    "res",
    "bit",
    "bits",
    "name",
    "register",
    "address",
    "addr",
    "offset",
    "description",
    "note",
    "notes",
    "table",
    "figure",
    "page",
    "hex",
    "dec",
    "r",
    "w",
    "rw",
}


def is_register_name(token: str) -> bool:
    t = token.strip()
    return bool(_REG_NAME.match(t)) and t.lower() not in _NOT_NAMES and len(t) <= 40


def name_key(name: str) -> str:
    """The comparison form of a register name: upper case, letters and digits only."""
    return re.sub(r"[^A-Z0-9]", "", name.upper())


_FOOTNOTE = re.compile(r"^([A-Z][A-Z0-9_]*[A-Z0-9])[a-f]$")


def clean_name(name: str) -> str:
    """A name without a footnote mark set tight after it ("DYNPDc" -> "DYNPD"): an
    upper-case identifier never ends in one lower-case letter a-f."""
    m = _FOOTNOTE.match(name.strip())
    return m.group(1) if m else name.strip()


def join_alternatives(parts: list[str]) -> str:
    """Lines of one cell: "Alarm 1 Day" + "Alarm 1 Date" -> "Alarm 1 Day/Date" (two
    readings of one register); otherwise the lines joined with spaces."""
    parts = [p.strip() for p in parts if p and p.strip()]
    if len(parts) == 2:
        a, b = parts[0].split(), parts[1].split()
        k = 0
        while k < min(len(a), len(b)) - 1 and a[k] == b[k]:
            k += 1
        if k and len(a) == len(b) == k + 1:
            return " ".join(a[:k]) + " " + a[k] + "/" + b[k]
    return " ".join(parts)
