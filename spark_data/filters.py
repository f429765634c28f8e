"""Quality rules for the `files` table: tag, don't drop (after allenai/dolma).

In: a batch with the FILES columns (spark_data.schema). Out: a new table with the same
schema and rows, where only `drop_reason` and `tags` change. A rule that fires sets
`drop_reason` to its versioned name (`minified_v1`); nothing is deleted, so every input
file stays in `files` and the run summary counts it by reason. A file that arrives with a
drop_reason from ingest (`binary_v1`, `too_large_v1`, ...) keeps it. Tags are
informational (`register_header_v1`, `generated_v1`) and never drop a file.

Rules run in the order of RULES, first hit wins. Embedded-aware: vendor register headers
(CMSIS, avr-libc, Nordic, SVD-generated, Linux amdgpu) are ~90% `#define NAME value` lines
with long aligned columns and hex values, which the generic ratio rules of web/code corpora
would drop; they are recognised (`register_header_v1`) and exempt from the ratio rules.

Every rule reads a `Doc`, whose derived views are computed once and shared by all rules.
Files over `max_scan_chars` are judged on evenly spaced windows (head, middle, tail), so
the cost per file is bounded. A new rule is a predicate over a Doc plus one RULES entry:

    @rule("tiny_v1", "under 20 non-blank characters")
    def rule_tiny(doc: Doc) -> bool:
        return doc.nonspace < 20

    ds.map_batches(tag_rules, fn_kwargs={"cfg": cfg.filter}, batch_format="pyarrow")
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import pyarrow as pa

from spark_data.config import FilterConfig

# --- the record every rule reads ---------------------------------------------------------

_WINDOWS = 4  # windows sampled from a file longer than max_scan_chars
_WS = string.whitespace.encode()
# Bytes >= 0x80 are UTF-8 pieces of letters in other scripts: count them as alphanumeric
# so that comments in Chinese or German are not "low alphanumeric".
_ALNUM = (string.ascii_letters + string.digits).encode() + bytes(range(0x80, 0x100))
_SYNTAX = b'{}[]();=<>"'  # dense in minified code and JSON, rare in prose
# An unclosed /* runs to the end, as in C (and each one is scanned once, not to the end).
_C_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)|//[^\n]*", re.S)
# Line patterns start with a literal "\n" and run over "\n" + text + "\n": the regex engine
# then jumps from newline to newline instead of trying `^` at every character.
# Indentation matched atomically: `(?=(x))\1` never gives blanks back, so a line that
# fails costs one try instead of one per blank (Python 3.10 has no possessive `*+`).
_INDENT = r"\n(?=([ \t]*))\1"
_NONBLANK = re.compile(rf"{_INDENT}(?=\S)")
# A line that is only a comment (a data line may open with `/* 0x20 */`: that is data).
_COMMENT_LINE = re.compile(rf"{_INDENT}(?://|;|@|\*|/\*(?:[^*\n]|\*(?!/))*(?:\*/[ \t]*)?(?=\n))")


def _sample(text: str, max_chars: int) -> str:
    """`text`, or for a long text `_WINDOWS` evenly spaced windows cut at line ends.

    A window with no newline inside is kept whole: it is a piece of one giant line,
    which is what the long-line rule must see.
    """
    if len(text) <= max_chars:
        return text
    size = max_chars // _WINDOWS
    step = (len(text) - size) // (_WINDOWS - 1)
    parts = []
    for i in range(_WINDOWS):
        chunk = text[i * step : i * step + size]
        if i > 0 and "\n" in chunk:
            chunk = chunk[chunk.index("\n") + 1 :]
        if i < _WINDOWS - 1 and "\n" in chunk:
            chunk = chunk[: chunk.rindex("\n")]
        parts.append(chunk)
    return "\n".join(parts)


class Doc:
    """One file as the rules see it: text, kind and lazily computed views of a sample."""

    def __init__(self, text: str, kind: str | None = None, cfg: FilterConfig | None = None):
        self.text = text
        self.kind = kind
        self.cfg = cfg or FilterConfig()

    @cached_property
    def sample(self) -> str:
        s = _sample(self.text, self.cfg.max_scan_chars)
        return s.replace("\r\n", "\n") if "\r" in s else s

    @cached_property
    def body(self) -> str:
        """The sample framed by newlines, for the line patterns."""
        return f"\n{self.sample}\n"

    @cached_property
    def raw(self) -> bytes:
        return self.sample.encode("utf-8", "surrogatepass")

    @cached_property
    def nonspace(self) -> int:
        return len(self.raw.translate(None, _WS))

    @cached_property
    def code_lines(self) -> int:
        """Non-blank lines that are not only a comment."""
        return len(_NONBLANK.findall(self.body)) - len(_COMMENT_LINE.findall(self.body))

    @cached_property
    def register_header(self) -> bool:
        return is_register_header(self.sample, self.cfg)


def _count(raw: bytes, chars: bytes) -> int:
    """How many bytes of `raw` are in `chars` (bytes.translate runs at memory speed)."""
    return len(raw) - len(raw.translate(None, chars))


# --- register headers --------------------------------------------------------------------

# Substrings a file needs to define a constant at all (`in` is far faster than a regex).
_CONSTANT_MARKS = ("define", ".equ", ".set", "EQU", " equ", "\tequ")
_DEFINE = re.compile(rf"{_INDENT}#[ \t]*define[ \t]+(\w+)[ \t]+([^\n]*)")
_EQU = re.compile(
    rf"{_INDENT}(?:\.(?:equ|set)[ \t]+(\w+)[ \t]*[,=]|(\w+)[ \t]+(?:EQU|equ)\b)([^;\n]*)"
)
# A constant expression, a cast or a macro call: `(0x1UL << 5U)`, `_SFR_IO8(0x18)`,
# `((TIM_TypeDef *) TIM2_BASE)`; not a string, a statement or a function body.
_CONSTANT = re.compile(r"[\w \t()<>|&~+\-*/^.,$]+")
# Register evidence: a register-style name (CMSIS _Pos/_Msk, amdgpu mm*/__SHIFT/_MASK,
# AVR _bm/_gp, *_BASE) or a value with a hex literal, a shift or an MMIO accessor.
_REG_SUFFIXES = ("_Pos", "_Msk", "_MASK", "_SHIFT", "_BASE", "_OFFSET", "_ADDR")
_REG_SUFFIXES += ("_bm", "_bp", "_gm", "_gp")
_REG_VALUE = re.compile(
    r"0[xX][0-9a-fA-F]|\$[0-9a-fA-F]|<<|_SFR_|_MMIO_|volatile|_BV\(|BIT\(|GENMASK|_Type"
)
# A member of a CMSIS/SVD register struct: `__IOM uint32_t CR1;`, `uint32_t RESERVED0[2];`.
_REG_MEMBER = re.compile(
    rf"{_INDENT}(?:(?:__IOM?|__IM|__OM|__I|__O|volatile)[ \t]+(?:const[ \t]+)?\w+"
    r"|(?:const[ \t]+)?u?int(?:8|16|32|64)_t[ \t]+RESERVED\w*)[ \t]+\w+[^;\n]*;"
)


def _constants(code: str) -> tuple[int, int]:
    """(constant defines/equs, of which register-like) in comment-stripped `code`."""
    constant = register = 0
    pairs = [(name, value) for _, name, value in _DEFINE.findall(code)]
    pairs += [(a or b, value) for _, a, b, value in _EQU.findall(code)]
    for name, value in pairs:
        value = value.strip()
        if not _CONSTANT.fullmatch(value):
            continue
        constant += 1
        mm = name.startswith("mm") and name[2:3].isupper()  # amdgpu register offsets
        if mm or name.endswith(_REG_SUFFIXES) or _REG_VALUE.search(value):
            register += 1
    return constant, register


def is_register_header(sample: str, cfg: FilterConfig) -> bool:
    """Mostly constant defines / register struct members, enough of them register-like.

    Comments are stripped first: vendor headers document every field in a comment.
    """
    if not any(mark in sample for mark in _CONSTANT_MARKS):
        return False
    code = f"\n{_C_COMMENT.sub('', sample)}\n"
    members = len(_REG_MEMBER.findall(code))
    constant, register = _constants(code)
    if register + members < cfg.min_register_defines:
        return False
    return constant + members >= cfg.register_define_share * len(_NONBLANK.findall(code))


# --- rules -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A named predicate. Calling it gives the rule's name if it fires, else None."""

    name: str  # versioned: bump _vN when the behaviour changes
    what: str  # one line for the README
    ratio: bool  # a share-of-text rule: register headers are exempt (their tables trip it)
    check: Callable[[Doc], bool]

    def __call__(self, doc: Doc) -> str | None:
        if not self.check(doc):
            return None
        if self.ratio and doc.register_header:  # checked second: most files never need it
            return None
        return self.name


def rule(name: str, what: str, *, ratio: bool = False) -> Callable[[Callable[[Doc], bool]], Rule]:
    """Decorator: a `Doc -> bool` predicate becomes a Rule named `name`."""
    return lambda check: Rule(name, what, ratio, check)


@rule("empty_v1", "no text, or only whitespace")
def rule_empty(doc: Doc) -> bool:
    return not doc.text or doc.text.isspace()


_LICENSE_MARK = re.compile(
    r"copyright|licen[cs]|warrant|redistribut|permission|liab|merchantab|infring"
    r"|free software|all rights reserved",
    re.I,
)
# Comment lines of the other languages (shell, make, Kconfig, asm ;/@, Lua/VHDL --); a C
# preprocessor directive is code, not a `#` comment.
_LINE_COMMENT = re.compile(
    r"\n[ \t]*(?:#(?![ \t]*(?:include|define|undef|if|ifdef|ifndef|elif|else|endif|pragma"
    r"|error|warning|line|import)\b)|;|@|--|!|%)[^\n]*"
)
# Include guards and `#pragma once` carry no content: a licence plus a guard is empty.
_GUARD = re.compile(
    r"\n[ \t]*#[ \t]*(?:ifndef|ifdef|define|endif|pragma[ \t]+once)\b[ \t]*\w*(?=\n)"
)


def _license_dense(text: str, cfg: FilterConfig) -> bool:
    """Licence terms throughout: licences name them densely (1 per 100-330 characters from
    MIT to GPL-3) in both halves; code or documentation after a licence header does not."""
    per, half = cfg.license_chars_per_mark, len(text) // 2
    parts = (text[:half], text[half:]) if len(text) > 2 * per else (text,)
    return all(len(_LICENSE_MARK.findall(part)) * per >= len(part) for part in parts)


@rule("license_only_v1", "only a licence or licence comment, no code or other content")
def rule_license_only(doc: Doc) -> bool:
    cfg, text = doc.cfg, doc.text.strip()
    if len(text) > cfg.license_only_max_chars or not _LICENSE_MARK.search(text):
        return False
    rest = _GUARD.sub("\n", _LINE_COMMENT.sub("\n", _C_COMMENT.sub("", f"\n{text}\n")))
    if len(_NONBLANK.findall(rest)) <= cfg.license_only_max_code_lines:
        return _license_dense(text, cfg)  # only comments: is it a licence?
    # A plain licence text (LICENSE, COPYING.md) has no comment syntax: what is left after
    # stripping comments is the licence itself. In C, asm, ... kinds it is code.
    rest = rest.strip()
    if doc.kind != "other_text" or len(_LICENSE_MARK.findall(rest)) < cfg.license_text_min_marks:
        return False
    return _license_dense(rest, cfg)


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{64,}={0,2}")  # base64, and long hex strings
# Base64 characters -> "a", others -> " ": a C-speed `in` test then skips the regex scan
# (the slowest step of all rules) on the many files without a single 64-character run.
_B64_CHARS = (string.ascii_letters + string.digits + "+/").encode()
_B64_MAP = bytes(0x61 if i in _B64_CHARS else 0x20 for i in range(256))
# C string escapes, as font and firmware tables embed them: "\x12\0\377 \6\0\360".
_ESCAPE_RUN = re.compile(
    r"\\(?:x[0-9a-fA-F]{1,2}|[0-7]{1,3})(?:[^\\\"\n]{0,2}\\(?:x[0-9a-fA-F]{1,2}|[0-7]{1,3})){15,}"
)


@rule("encoded_blob_v1", "mostly base64, hex-string or escaped-byte runs", ratio=True)
def rule_encoded_blob(doc: Doc) -> bool:
    # Two passes: each pattern then starts from a literal or a class (fast), not a choice.
    encoded = sum(m.end() - m.start() for m in _ESCAPE_RUN.finditer(doc.sample))
    if b"a" * 64 in doc.raw.translate(_B64_MAP):
        encoded += sum(m.end() - m.start() for m in _BASE64_RUN.finditer(doc.sample))
    cfg = doc.cfg
    return encoded >= cfg.encoded_min_chars and encoded >= cfg.encoded_share * doc.nonspace


@rule("minified_v1", "long lines of code-like text (minified JS/CSS/JSON)", ratio=True)
def rule_minified(doc: Doc) -> bool:
    cfg, size = doc.cfg, len(doc.sample)
    n_lines = doc.sample.count("\n") + 1
    # The mean only counts for a file of some size: one 300-char line is not minified.
    long_mean = size >= cfg.max_line_chars and size / n_lines > cfg.max_mean_line_chars
    # At most size // max_line_chars lines can be long: most files skip the split.
    if not long_mean:
        if size // (cfg.max_line_chars + 1) <= cfg.max_line_share * n_lines:
            return False
        lines = doc.sample.split("\n")
        if sum(len(line) > cfg.max_line_chars for line in lines) <= cfg.max_line_share * n_lines:
            return False
    # Prose soft-wrapped per paragraph (Markdown) also has long lines, but few brackets.
    return _count(doc.raw, _SYNTAX) >= cfg.minified_min_syntax_share * doc.nonspace


# A number: C hex/binary/decimal/float with suffixes, Arduino B0101, asm $FF / 0FFh, 'c'.
_NUM = (
    r"[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|B[01]{8}|\$[0-9A-Fa-f]+|\d[0-9A-Fa-f]*[hH]"
    r"|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|'(?:\\[^'\n]{1,4}|[^'\\\n])')"
    r"[uUlLfF]{0,3}"
)
_SEP = r"[ \t,{}\[\]()]"  # includes blanks: no `[ \t]*` beside it (that backtracks)
_DATA_LINE = re.compile(
    # C/JSON/CSV array rows: `0x00, 0x3E, 0x51, /* 'A' */`, `{12, -3.5f},`
    rf"{_INDENT}(?:{_SEP}*(?:/\*[^\n]*?\*/{_SEP}*)?{_NUM}(?:{_SEP}+{_NUM})*{_SEP}*(?:;[ \t]*)?"
    r"(?:(?:/\*[^\n]*?\*/|//[^\n]*)[ \t]*)?"
    # assembler data: `.byte 0x12, 0x34`, `DB 0FFh`, `dc.b 1,2,3`
    rf"|(?:\w+:[ \t]*)?(?i:\.?(?:[248]?byte|hword|half|short|word|long|int|quad"
    rf"|dc\.[bwl]|d[bwdq]|def[bw]|fc[bc]|fdb))[ \t]+{_NUM}(?:[ \t]*,[ \t]*{_NUM})*"
    r"[ \t]*(?:[;@/#][^\n]*)?"
    # Intel HEX, Motorola S-records, hexdump/xxd/$readmemh rows
    r"|:[0-9A-Fa-f]{10,}[ \t]*|S[0-9][0-9A-Fa-f]{6,}[ \t]*"
    r"|@?[0-9A-Fa-f]{2,}(?:[ \t:,]+[0-9A-Fa-f]{2,})*(?:[ \t]{2,}[^\n]{1,16}|[ \t]*\|[^\n]*\|)?"
    r")(?=\n)"
)


@rule("data_blob_v1", "mostly numeric array rows: firmware, fonts, bitmaps, tables", ratio=True)
def rule_data_blob(doc: Doc) -> bool:
    n_data = len(_DATA_LINE.findall(doc.body))
    if n_data < doc.cfg.data_array_min_lines:
        return False
    # Comment lines are neither data nor code: a licence header must not save a blob.
    return n_data >= doc.cfg.data_array_share * max(doc.code_lines, 1)


@rule("low_alnum_v1", "few letters and digits: ASCII art, separators, garbage", ratio=True)
def rule_low_alnum(doc: Doc) -> bool:
    return _count(doc.raw, _ALNUM) < doc.cfg.min_alnum_share * doc.nonspace


# Fixed order, first hit wins: the specific blob rules come before the generic ones.
RULES: tuple[Rule, ...] = (
    rule_empty,
    rule_license_only,
    rule_encoded_blob,
    rule_minified,
    rule_data_blob,
    rule_low_alnum,
)


# --- tags --------------------------------------------------------------------------------

# "Generated by" only where a marker stands (line start after comment marks, or a new
# sentence): prose like "type information generated by the compiler" is no marker.
_GENERATED = re.compile(
    r"do not (?:edit|modify)|@generated|automatically generated|auto-?generated (?:file|code)"
    r"|(?:^[ \t/*#;!%-]*(?:[@\\]\w+[ \t]+)?|\.[ \t]+)"
    r"(?:this (?:file|code|header) (?:is|was|has been) )?(?:auto-?)?generated "
    r"(?:automatically )?(?:by|from|with|using)\b",
    re.I | re.M,
)


@dataclass(frozen=True)
class Tag:
    """A named informational predicate; it never drops a file."""

    name: str
    what: str
    check: Callable[[Doc], bool]


def tag_register_header(doc: Doc) -> bool:
    return doc.register_header


def tag_generated(doc: Doc) -> bool:
    return _GENERATED.search(doc.text, 0, doc.cfg.generated_scan_chars) is not None


TAGS: tuple[Tag, ...] = (
    Tag("register_header_v1", "vendor register header, spared by ratio rules", tag_register_header),
    Tag("generated_v1", "a generated-file marker near the top", tag_generated),
)


# --- rows and batches ----------------------------------------------------------------------


def first_reason(doc: Doc) -> str | None:
    """The name of the first rule in RULES that fires, or None (kept)."""
    return next((reason for r in RULES if (reason := r(doc)) is not None), None)


def tag_row(
    text: str | None,
    kind: str | None,
    drop_reason: str | None,
    tags: list[str] | None,
    cfg: FilterConfig,
) -> tuple[str | None, list[str]]:
    """(drop_reason, tags) for one file. An ingest drop_reason is kept; tags are added."""
    out_tags = list(tags or [])
    if text is None:
        return drop_reason or rule_empty.name, out_tags
    doc = Doc(text, kind, cfg)
    if drop_reason is None:
        drop_reason = first_reason(doc)
    for t in TAGS:
        if t.name not in out_tags and t.check(doc):
            out_tags.append(t.name)
    return drop_reason, out_tags


def tag_rules(batch: pa.Table, cfg: FilterConfig) -> pa.Table:
    """The filter stage: a FILES batch in, a new table out with drop_reason and tags set."""
    columns = [batch.column(c).to_pylist() for c in ("text", "kind", "drop_reason", "tags")]
    results = [tag_row(*row, cfg) for row in zip(*columns, strict=True)]
    out = batch  # set_column returns a new table: the input batch is never changed
    for j, name in enumerate(("drop_reason", "tags")):
        field = out.schema.field(i := out.schema.get_field_index(name))
        out = out.set_column(i, field, pa.array([r[j] for r in results], type=field.type))
    return out
