"""GNU assembler (.s/.S) -> symbol rows: labels, directives, instructions, #defines.

In: the text of one assembly file, the `asm` grammar and the compiled `ASM_QUERY`.
Out: a `FileResult` whose rows are `common.ROW_FIELDS` tuples:

- label: name without the colon;
- directive: name = the directive (`.section`, `.word`, `.thumb_set`), value = its arguments
  as written on the line (comments removed); for `.equ`/`.set`/`.equiv`/`.eqv` number = the
  value when constant;
- instruction (when `asm_instructions`): name = mnemonic, value = operands, parent = the
  label above it;
- macro / macro_function: `#define` lines of .S files (run through the C preprocessor).

The grammar is generic across architectures: it reads `#` lines as comments (so C
preprocessor lines are no trouble: their `#define`s are read by a line regex), and some ARM
idioms (`%function`, `@ comment`, `.size x, .-x`) as ERROR nodes, which make the file
`partial` without losing the statements around them.
"""

from __future__ import annotations

import bisect
import re

from tree_sitter import Node, QueryCursor

from spark_data.code.common import (
    FileResult,
    Grammar,
    Row,
    Source,
    collapse,
    count_errors,
    in_order,
    locate,
)
from spark_data.code.evaluate import Macros, evaluate
from spark_data.code.macros import macro_row
from spark_data.code.roles import MacroRoles

ASM_QUERY = """
(label) @label
(meta kind: (meta_ident) @directive.name)
(instruction kind: (word) @instruction.name)
(block_comment) @comment
"""
_DEFINE = re.compile(rb"^[ \t]*#[ \t]*define[ \t]+(\w+)(\([^)\n]*\))?(.*(?:\\\r?\n.*)*)", re.M)
_COMMENT_START = re.compile(r'"(?:[^"\\\n]|\\.)*"|(/\*|//|;|\s@(?:\s|$))')
_STATEMENT = re.compile(r"([A-Za-z_.][\w.]*)\s*(.*)")
_EQUATES = (".equ", ".set", ".equiv", ".eqv")


def extract_asm(text: str, grammar: Grammar, instructions: bool = True) -> FileResult:
    """Parse one assembly file and return its symbol rows and error count."""
    src = Source(text)
    root = grammar.parser.parse(src.raw).root_node
    caps = QueryCursor(grammar.query).captures(root)
    rows: list[Row] = []
    labels = _labels(src, in_order(caps.get("label", ())))
    found = _instructions(src, in_order(caps.get("instruction.name", ())), labels)
    labels.sort()
    rows.extend(
        ("label", name, None, None, None, line, line, None, None) for _, name, line in labels
    )
    _directives(src, in_order(caps.get("directive.name", ())), rows)
    if instructions:
        starts = [start for start, _, _ in labels]
        for start, mnemonic, operands, line in found:
            k = bisect.bisect_right(starts, start) - 1
            parent = labels[k][1] if k >= 0 else None
            rows.append(("instruction", mnemonic, operands, None, None, line, line, parent, None))
    comments = [(n.start_byte, n.end_byte) for n in in_order(caps.get("comment", ()))]
    rows.extend(_defines(src, comments))
    return FileResult(rows, count_errors(root, caps), root.descendant_count)


def _line_rest(src: Source, start: int) -> str:
    """The rest of the line from `start`, without comments or following statements."""
    raw = src.raw
    end = raw.find(b"\n", start)
    rest = src.slice(start, len(raw) if end < 0 else end)
    for m in _COMMENT_START.finditer(rest):
        if m.group(1) is not None:
            rest = rest[: m.start()]
            break
    return rest.strip()


def _labels(src: Source, nodes: list[Node]) -> list[tuple[int, str, int]]:
    """(start, name, line) of each label."""
    labels = []
    for node in nodes:
        name = src.node(node).strip().rstrip(":").strip()
        if name:
            labels.append((node.start_byte, name, node.start_point[0] + 1))
    return labels


def _directives(src: Source, names: list[Node], rows: list[Row]) -> None:
    for node in names:
        name = src.node(node)
        value = _line_rest(src, node.end_byte) or None
        number = None
        if value is not None and name in _EQUATES and "," in value:
            number = evaluate(value.split(",", 1)[1].strip())
        line = node.start_point[0] + 1
        rows.append(("directive", name, value, number, None, line, line, None, None))


def _instructions(
    src: Source, names: list[Node], labels: list[tuple[int, str, int]]
) -> list[tuple[int, str, str | None, int]]:
    """(start, mnemonic, operands, line) of each instruction.

    The grammar reads some `label: insn` lines (`loop: rjmp loop`, local `1: nop`) as an
    instruction named like the label: those become a label (added to `labels`) and the
    instruction after the colon.
    """
    raw = src.raw
    found = []
    for node in names:
        a, b = node.start_byte, node.end_byte
        mnemonic = src.slice(a, b)
        line = node.start_point[0] + 1
        if mnemonic and raw[b : b + 1] == b":":
            labels.append((a, mnemonic, line))
            m = _STATEMENT.match(_line_rest(src, b + 1))
            if m is not None:
                found.append((b + 1, m.group(1), m.group(2) or None, line))
        elif mnemonic and (mnemonic[0].isalpha() or mnemonic[0] in "._"):
            found.append((a, mnemonic, _line_rest(src, b) or None, line))
    return found


def _defines(src: Source, comments: list[tuple[int, int]]) -> list[Row]:
    """`#define` lines (a .S file is C-preprocessed), outside block comments."""
    raw = src.raw
    if b"define" not in raw:
        return []
    found = list(_DEFINE.finditer(raw))
    inside = locate(comments, [m.start() for m in found])
    macros, roles, rows = Macros(), MacroRoles(), []
    line, counted = 1, 0
    for m, comment in zip(found, inside, strict=True):
        line += raw.count(b"\n", counted, m.start())
        counted = m.start()
        if comment >= 0:
            continue
        last = line + m.group(0).count(b"\n")
        body = _decode(m.group(3)).split("//")[0].split("/*")[0]
        params = _decode(m.group(2)) if m.group(2) else None
        name = _decode(m.group(1))
        rows.append(macro_row(macros, roles, name, params, collapse(body), m.start(), line, last))
    return rows


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")
