"""What a code file says about hardware: identifiers (with use and definition sites) and
device names (row helpers, no Ray).

In: a file's path and text. Out:
    identifiers(text, limit)  -> {ident: Ident(n_use, n_def, use_line, def_line)}
    device_evidence(path, text) -> {(device_key, "path:stm32f411xe.h"), ...}

Comments and strings are blanked first (same length, newlines kept), so a register name in a
comment is not a use and line numbers stay true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spark_data.pairing.names import code_device_keys, part_tokens

_COMMENT_OR_STRING = re.compile(
    r"//[^\n]*|/\*.*?\*/|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'", re.S
)
_IDENT = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
# Definitions: `#define NAME`, and C++ constants `constexpr uint8_t NAME = 0x07;`.
_DEFINE = re.compile(
    r"^[ \t]*(?:#[ \t]*define[ \t]+|(?:static[ \t]+)?(?:constexpr|const)[ \t]+[\w:]+[ \t]+)"
    r"([A-Za-z_]\w*)",
    re.M,
)
_INCLUDE = re.compile(r"^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]", re.M)
_CONDITION = re.compile(r"^[ \t]*#[ \t]*(?:if|ifdef|ifndef|elif|define)\b([^\n]*)", re.M)
_C_WORDS = frozenset(
    [
        "auto",
        "break",
        "case",
        "char",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extern",
        "float",
        "for",
        "goto",
        "if",
        "inline",
        "int",
        "long",
        "register",
        "restrict",
        "return",
        "short",
        "signed",
        "sizeof",
        "static",
        "struct",
        "switch",
        "typedef",
        "union",
        "unsigned",
        "void",
        "volatile",
        "while",
        "define",
        "include",
        "ifdef",
        "ifndef",
        "endif",
        "elif",
        "defined",
        "pragma",
        "uint8_t",
        "uint16_t",
        "uint32_t",
        "uint64_t",
        "int8_t",
        "int16_t",
        "int32_t",
        "int64_t",
        "bool",
        "true",
        "false",
        "NULL",
        "size_t",
    ]
)
HEADER_CHARS = 2000  # the leading comment block names the device ("ATtiny13 header")


@dataclass
class Ident:
    n_use: int = 0
    n_def: int = 0
    use_line: int = 0  # first use (1-based), 0 if none
    def_line: int = 0  # first definition, 0 if none


def blank_comments(text: str) -> str:
    """Comments and string literals replaced by spaces (newlines kept)."""
    return _COMMENT_OR_STRING.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def hardware_like(ident: str) -> bool:
    """Identifiers that can name a register or field: not C words, not plain lower-case
    words without digits or underscores (locals like `i`, `buf`)."""
    if len(ident) < 2 or ident in _C_WORDS:
        return False
    return not ident.islower() or "_" in ident or any(c.isdigit() for c in ident)


def identifiers(text: str, limit: int = 4000) -> dict[str, Ident]:
    """Hardware-like identifiers of a C/asm file with their use and definition sites.

    A `#define NAME` line is NAME's definition; every other occurrence is a use. The
    `limit` most used identifiers are kept (a huge generated file stays bounded).
    """
    clean = blank_comments(text or "")
    out: dict[str, Ident] = {}
    line_starts = [0] + [i + 1 for i, c in enumerate(clean) if c == "\n"]
    defs = {m.start(1) for m in _DEFINE.finditer(clean)}
    line = 0
    for m in _IDENT.finditer(clean):
        name = m.group(0)
        if not hardware_like(name):
            continue
        while line + 1 < len(line_starts) and line_starts[line + 1] <= m.start():
            line += 1
        ident = out.setdefault(name, Ident())
        if m.start() in defs:
            ident.n_def += 1
            ident.def_line = ident.def_line or line + 1
        else:
            ident.n_use += 1
            ident.use_line = ident.use_line or line + 1
    if len(out) > limit:
        keep = sorted(out, key=lambda k: (-(out[k].n_use + out[k].n_def), k))[:limit]
        out = {k: out[k] for k in keep}
    return out


def device_evidence(path: str, text: str | None) -> set[tuple[str, str]]:
    """(device_key, evidence) pairs: part numbers in the path, includes, preprocessor
    conditions and defines, and the file's leading comment block."""
    out: set[tuple[str, str]] = set()

    def add(where: str, source: str) -> None:
        for tok in part_tokens(source):
            for key in code_device_keys(tok):
                out.add((key, f"{where}:{tok}"))

    add("path", path or "")
    body = text or ""
    for m in _INCLUDE.finditer(body):
        add("include", m.group(1))
    for m in _CONDITION.finditer(body):
        add("macro", m.group(1))
    head = body[:HEADER_CHARS]
    if head.lstrip().startswith(("/*", "//", ";", "#")):
        add("comment", head)
    return out
