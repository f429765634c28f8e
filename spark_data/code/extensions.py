"""Vendor C extensions that tree-sitter's C grammar cannot read, blanked out before parsing.

In: a C file's bytes. Out: the same bytes with some tokens replaced by spaces of the same
length (so every byte offset and line number stays valid against the original text), and
what was blanked, so the extractor can read the original text back:

- register qualifier macros in declarations (`__IO uint32_t SR;` parses as a field named
  `uint32_t` followed by an ERROR): the CMSIS set, SDCC memory spaces, and any macro the file
  itself defines as `volatile`, alone or with `const` (`#define RW volatile`);
- specifier macros before declarations (`__STATIC_INLINE`, `__WEAK`, vendor
  `NRF_STATIC_INLINE`, or what the file defines as `static inline` / `__attribute__((..))`);
- SDCC absolute addresses (`__sfr __at (0x80) P0;`), whose address is kept as a `Placement`.

`__ASM` (CMSIS) is respelled `__asm`, same length, which the grammar reads as inline assembly.
The C++ guard lines `extern "C" {` and `}` inside `#ifdef __cplusplus` are blanked too: the
grammar cannot pair a brace opened in one #if block with one closed in another, and nearly
every vendor header has them.

Preprocessor lines are never touched: `#define __IO volatile` must stay a definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Qualifier-like macros of CMSIS (__IO, __IM, ...) and SDCC memory-space keywords.
KNOWN_QUALIFIERS = ("__IOM", "__IM", "__OM", "__IO", "__I", "__O", "__xdata", "__data")
KNOWN_QUALIFIERS += ("__idata", "__pdata", "__code", "__near", "__far")
# Function specifier macros of CMSIS and common vendor code; blanked, not register words.
KNOWN_SPECIFIERS = ("__STATIC_FORCEINLINE", "__STATIC_INLINE", "__INLINE", "__WEAK")
KNOWN_SPECIFIERS += ("__NO_RETURN", "__USED", "__UNUSED", "__RAM_FUNC")
# NRF_STATIC_INLINE, NRFX_STATIC_INLINE: found by the literal tail (a leading character
# class would make the regex engine try every capital letter), then extended back.
_VENDOR_INLINE = re.compile(rb"_STATIC_INLINE([ \t]+)(?=[A-Za-z_])")
# `#define RW volatile` (qualifier) / `#define X static inline` (specifier), matched at the
# start of a line that holds the keyword: the files are searched for the keyword, a literal,
# which is much faster than running these patterns over every line.
_QUALIFIER_DEFINE = re.compile(
    rb"[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+(?:const[ \t]+)*volatile\b"
    rb"(?:[ \t]+(?:volatile|const)\b)*[ \t]*(?:/[*/]|\r?\n|$)"
)
_SPECIFIER_DEFINE = re.compile(
    rb"[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+(?:(?:static|inline|__inline|__inline__|extern"
    rb"|__attribute__[ \t]*\(\([^\n]*?\)\))[ \t]*)+(?:/[*/]|\r?\n|$)"
)
_LINE_KEYWORDS = (
    (b"volatile", _QUALIFIER_DEFINE),
    (b"inline", _SPECIFIER_DEFINE),
    (b"__attribute__", _SPECIFIER_DEFINE),
)
_CPLUSPLUS_GUARD = re.compile(
    rb"#[ \t]*if(?:def[ \t]+__cplusplus|[ \t]+defined[ \t]*\(?[ \t]*__cplusplus[ \t]*\)?)[^\n]*\n"
    rb"[ \t]*(extern[ \t]+\"C\"[ \t]*\{|\})[ \t]*(?://[^\n]*|/\*[^\n]*?\*/)?[ \t]*\r?\n"
    rb"[ \t]*#[ \t]*endif"
)
_AT = re.compile(
    rb"\b__at\b[ \t]*(?:\(((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*)\)|(0[xX][0-9a-fA-F]+|\d+))"
)
_patterns: dict[tuple[str, ...], re.Pattern[bytes]] = {}


@dataclass(frozen=True)
class Placement:
    """An SDCC `__at (address)` clause that was blanked: its byte span and address text."""

    start: int
    end: int
    address: str


@dataclass
class Masked:
    """The bytes to parse and what was blanked in them."""

    raw: bytes
    # first byte after a blanked span (and its blanks) -> the span's start, to read a
    # declaration back from its real start (`__IO uint32_t`, `__sfr __at (0x80)`)
    blank_starts: dict[int, int] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    local_qualifiers: frozenset[str] = frozenset()


def _blank_pattern(names: tuple[str, ...]) -> re.Pattern[bytes]:
    """A regex for these macros followed by a declaration's next word (compiled once)."""
    pattern = _patterns.get(names)
    if pattern is None:
        alternatives = b"|".join(
            re.escape(n.encode()) for n in sorted(names, key=len, reverse=True)
        )
        # no lookbehind first: a pattern that starts with the names lets the engine skip
        # ahead by their first characters; the byte before is checked in `_is_token`
        pattern = re.compile(rb"(" + alternatives + rb")([ \t]+)(?=[A-Za-z_])")
        _patterns[names] = pattern
    return pattern


def _is_token(raw: bytes, start: int) -> bool:
    before = raw[start - 1 : start]
    return not before or not (before.isalnum() or before in b"_#")


def _on_preprocessor_line(raw: bytes, pos: int) -> bool:
    line_start = raw.rfind(b"\n", 0, pos) + 1
    return raw[line_start:pos].lstrip()[:1] == b"#"


def _local_macros(raw: bytes) -> tuple[frozenset[str], frozenset[str]]:
    """The file's own qualifier macros (`#define RW volatile`) and specifier macros."""
    found: list[frozenset[str]] = []
    for keyword, pattern in _LINE_KEYWORDS:
        names = set()
        pos = raw.find(keyword)
        while pos >= 0:
            line_start = raw.rfind(b"\n", 0, pos) + 1
            m = pattern.match(raw, line_start)
            if m is not None:
                names.add(m.group(1).decode())
            end = raw.find(b"\n", pos)
            pos = raw.find(keyword, end) if end >= 0 else -1
        found.append(frozenset(names))
    return found[0], found[1] | found[2]


def mask(raw: bytes) -> Masked:
    """Blank the extensions in `raw` (see the module docstring); cheap when there are none."""
    qualifiers, specifiers = _local_macros(raw)
    out = Masked(raw, local_qualifiers=qualifiers)
    spans: list[tuple[int, int]] = []
    names = (*KNOWN_QUALIFIERS, *KNOWN_SPECIFIERS, *sorted(qualifiers | specifiers))
    for m in _blank_pattern(names).finditer(raw):
        if _is_token(raw, m.start()) and not _on_preprocessor_line(raw, m.start()):
            spans.append(m.span(1))
    if b"_STATIC_INLINE" in raw:
        spans.extend(_vendor_inline(raw))
    if b"__cplusplus" in raw:
        spans.extend(m.span(1) for m in _CPLUSPLUS_GUARD.finditer(raw))
    if b"__at" in raw:
        for m in _AT.finditer(raw):
            if not _on_preprocessor_line(raw, m.start()):
                spans.append(m.span())
                address = (m.group(1) or m.group(2)).decode("ascii", "replace")
                out.placements.append(Placement(m.start(), m.end(), address.strip()))
    asm = [m.start() for m in re.finditer(rb"__ASM", raw) if _is_asm(raw, m.start())]
    if spans or asm:
        buf = bytearray(raw)
        for start in asm:
            buf[start : start + 5] = b"__asm"
        for start, end in spans:
            buf[start:end] = b" " * (end - start)
        out.raw = bytes(buf)
        for start, end in spans:
            while end < len(buf) and buf[end] in b" \t":
                end += 1
            out.blank_starts[end] = start
    return out


def _is_asm(raw: bytes, start: int) -> bool:
    after = raw[start + 5 : start + 6]
    is_word_end = not after or not (after.isalnum() or after == b"_")
    return is_word_end and _is_token(raw, start) and not _on_preprocessor_line(raw, start)


def _vendor_inline(raw: bytes) -> list[tuple[int, int]]:
    spans = []
    for m in _VENDOR_INLINE.finditer(raw):
        start = m.start()
        while start > 0 and (
            raw[start - 1 : start].isupper() or raw[start - 1 : start] in b"0123456789_"
        ):
            start -= 1
        if start < m.start() and _is_token(raw, start) and not _on_preprocessor_line(raw, start):
            spans.append((start, m.start(1)))
    return spans


def extend_start(start: int, blank_starts: dict[int, int]) -> int:
    """Move a declaration's start back over the spans blanked just before it."""
    while start in blank_starts:
        start = blank_starts[start]
    return start
