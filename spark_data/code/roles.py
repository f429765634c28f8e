"""Register-style roles (schema.SYMBOL_ROLES) for C symbols: the rules, in one place.

In: one macro at a time (name, body, number), in definition order, or a field's type text.
Out: a role name or None. The rules, in the order they are tried for an object-like macro:

- register_address: the body dereferences a pointer cast (`(*(volatile uint32_t *)0x4001)`),
  uses an avr-libc accessor (`_SFR_IO8(0x16)`, `_SFR_MEM8(0x60)`, `_MMIO_BYTE(...)`), or casts
  a base to a pointer to a register type (`((USART_TypeDef *) USART1_BASE)`, an instance);
- bit_position / bit_mask by name: `*_Pos _POS _BIT _SHIFT _bp _gp` / `*_Msk _MSK _MASK _bm _gm`;
- base_address: `*_BASE`, `*_BASE_ADDR(ESS)` whose body is a number or names another base;
- bit_mask by shape: a shifted literal (`(1UL << 5)`, `(0x3UL << X_Pos)`), `_BV(n)`, `BIT(n)`;
- an alias (`#define USART_SR_PE USART_SR_PE_Msk`) takes the role of the macro it names;
- register runs: right after a register address (a macro, or an SDCC `__sfr` declaration),
  plain literals are that register's bits, all written in one style: decimals 0..63 are bit
  positions (avr-libc `#define TOIE0 0`), hex contiguous masks up to 0xFF bit masks (SDCC
  `#define DPU 0x80`, 8-bit registers). Any other macro, or a change of style (avr-libc's
  `#define RAMSTART 0x100` after decimal bits), ends the run.

A field is a register when its type carries `volatile`, a register qualifier (`__IO`, `__I`,
`__O`, `__IOM`, `__IM`, `__OM`) or a register typedef (Atmel `RwReg`/`RoReg`/`WoReg`, AVR
`register8_t`, or any typedef of the file that is volatile); an aggregate is a register block
when at least half of its fields (RESERVED padding not counted) are registers.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

# CMSIS qualifiers, AVR XMEGA register typedefs, Atmel SAM RwReg/RoReg/WoReg(8|16).
_QUALIFIERS = {"volatile", "__IO", "__I", "__O", "__IOM", "__IM", "__OM"}
_TYPEDEFS = {"register8_t", "register16_t", "register32_t"}
REGISTER_WORDS = frozenset(
    _QUALIFIERS
    | _TYPEDEFS
    | {f"{rw}Reg{bits}" for rw in ("Rw", "Ro", "Wo") for bits in ("", "8", "16")}
)
_POSITION_SUFFIXES = ("_Pos", "_POS", "_BIT", "_SHIFT", "_Shift", "_bp", "_gp")
_MASK_SUFFIXES = ("_Msk", "_MSK", "_MASK", "_Mask", "_bm", "_gm")
_BASE = re.compile(r"(?:^|_)BASE(?:_?ADDR(?:ESS)?)?$")
_BASE_REFERENCE = re.compile(r"\b\w*BASE(?:_?ADDR(?:ESS)?)?\b")
_DEREF_CAST = re.compile(r"\*\s*\(\s*(?:[A-Za-z_]\w*\s+)*[A-Za-z_]\w*\s*\*+\s*\)")
_ACCESSOR = re.compile(r"^\(*\s*_(?:SFR_(?:IO|MEM)(?:8|16|32)|MMIO_(?:BYTE|WORD|DWORD))\s*\(")
_INSTANCE = re.compile(
    r"^\(\s*\(\s*(?:const\s+)?([A-Za-z_]\w*)\s*\*\s*\)\s*\(?\s*[\w+ ()]+\)?\s*\)$"
)
_SHIFTED = re.compile(
    r"^\(*\s*(?:\(\s*\w+\s*\)\s*)?(?:0[xX][0-9a-fA-F]+|\d+)[uUlL]*\s*\)?\s*<<|^\(*\s*(?:_BV|BIT)\s*\("
)
_DECIMAL = re.compile(r"\(?\s*\d+[uU]?\s*\)?")
_HEX = re.compile(r"\(?\s*(?:\(\s*\w+\s*\)\s*)?0[xX][0-9a-fA-F]+[uUlL]*\s*\)?")
_SIMPLE_ACCESSOR = re.compile(
    r"_SFR_(IO|MEM)(?:8|16|32)\s*\(\s*(0[xX][0-9a-fA-F]+|\d+)\s*\)|"
    r"\(\s*\*\s*\(\s*volatile\s+\w+\s*\*\s*\)\s*\(?\s*(0[xX][0-9a-fA-F]+)[uUlL]*\s*\)?\s*\)"
)
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_BIT_ROLES = ("bit_position", "bit_mask")
_SHAPES_SIZE = 200_000
_shapes: dict[str, Shape] = {}


def is_contiguous_mask(n: int) -> bool:
    """True for a non-zero run of ones: 0x80, 0x30, 0x0F (the shape of a register field)."""
    if n <= 0:
        return False
    low = n & -n
    return (n + low) & n == 0


class Shape(NamedTuple):
    """What a macro body looks like, as far as roles go (the same in every file)."""

    register: bool  # a register's address: a volatile deref, an accessor, an instance
    address: int | None  # that address, for the commonest literal shapes
    literal: str  # "dec" / "hex" for a plain (possibly cast) integer literal, else ""
    shifted: bool  # a shifted literal, `_BV(n)` or `BIT(n)`
    alias: bool  # a single identifier


def shape(value: str) -> Shape:
    """The `Shape` of a macro body; cached, as register headers repeat bodies a lot."""
    found = _shapes.get(value)
    if found is None:
        register = _is_register(value)
        literal = "hex" if _HEX.fullmatch(value) else "dec" if _DECIMAL.fullmatch(value) else ""
        shifted = ("<<" in value or "BIT" in value or "_BV" in value) and bool(
            _SHIFTED.match(value)
        )
        alias = _IDENTIFIER.fullmatch(value) is not None
        found = Shape(register, _fast_address(value) if register else None, literal, shifted, alias)
        if len(_shapes) > _SHAPES_SIZE:
            _shapes.clear()
        _shapes[value] = found
    return found


def _is_register(value: str) -> bool:
    if "*" not in value and "_SFR_" not in value and "_MMIO_" not in value:
        return False
    if _DEREF_CAST.search(value) or _ACCESSOR.match(value):
        return True
    m = _INSTANCE.match(value)
    return m is not None and not m.group(1).startswith(("void", "char", "uint8", "int"))


def _fast_address(value: str) -> int | None:
    """The address of the commonest register macro shapes, without the full evaluator."""
    m = _SIMPLE_ACCESSOR.fullmatch(value)
    if m is None:
        return None
    if m.group(1) is not None:
        return int(m.group(2), 0) + (0x20 if m.group(1) == "IO" else 0)
    return int(m.group(3), 16)


class MacroRoles:
    """The roles of one file's object-like macros, fed in definition order."""

    def __init__(self, register_starts: list[int] | None = None) -> None:
        self.roles: dict[str, str] = {}  # name -> role of the macros that got one
        self.in_run = False  # inside a register's run of bit definitions
        self.run_style = ""  # "dec" or "hex": how the run's literals are written
        self.last_start = -1
        self.register_starts = register_starts or []  # SDCC __sfr declarations (bytes)

    def role(
        self, name: str, value: str, number: int | None, start: int, form: Shape
    ) -> str | None:
        """The role of `#define name value` (number: the body's value, form: its shape)."""
        if self.register_starts:
            self._registers_between(start)
        self.last_start = start
        if form.register:
            self.in_run, self.run_style = True, ""
            role: str | None = "register_address"
        else:
            role = self._by_name_or_shape(name, value, number, form)
            if role is None and self.in_run:
                role = self._in_run(number, form)
            if role not in _BIT_ROLES:
                self.in_run = False
        if role is not None:
            self.roles[name] = role
        return role

    def _by_name_or_shape(
        self, name: str, value: str, number: int | None, form: Shape
    ) -> str | None:
        named = number is not None or form.alias
        if named and name.endswith(_POSITION_SUFFIXES) and (number is None or 0 <= number <= 63):
            return "bit_position"
        if named and name.endswith(_MASK_SUFFIXES):
            return "bit_mask"
        base = "BASE" in name and _BASE.search(name) is not None
        if base and (number is not None or _BASE_REFERENCE.search(value)):
            return "base_address"
        if form.shifted:
            return "bit_mask"
        return self.roles.get(value) if form.alias else None  # an alias takes its target's role

    def _in_run(self, number: int | None, form: Shape) -> str | None:
        if number is None or not form.literal:
            return None
        if self.run_style and form.literal != self.run_style:
            return None
        self.run_style = form.literal
        if form.literal == "hex":
            return "bit_mask" if number <= 0xFF and is_contiguous_mask(number) else None
        return "bit_position" if 0 <= number <= 63 else None

    def _registers_between(self, start: int) -> None:
        """An SDCC register declared since the previous macro opens a run."""
        k = bisect.bisect_left(self.register_starts, start)
        if k and self.register_starts[k - 1] > self.last_start:
            self.in_run = True


def is_register_type(type_text: str, register_words: frozenset[str]) -> bool:
    """True when a field's type text names a register qualifier or register typedef."""
    return not register_words.isdisjoint(_IDENTIFIER.findall(type_text))


def is_reserved(name: str) -> bool:
    return name.lower().startswith(("reserved", "rsvd", "_reserved", "dummy"))


def is_register_block(registers: int, fields: int) -> bool:
    """Mostly registers: at least half of the (non-reserved) fields, and at least one."""
    return registers > 0 and 2 * registers >= fields
