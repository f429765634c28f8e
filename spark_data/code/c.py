"""C sources and headers -> symbol rows: macros, functions, declarations, types and fields.

In: the text of one .c/.h file, the C grammar and the compiled `C_QUERY`.
Out: a `FileResult` whose rows are `common.ROW_FIELDS` tuples:

- macro (object-like `#define`, also inside any #if/#ifdef): value = body without comments,
  number = its integer value when constant (for a register_address: the register's address);
- macro_function: value = body, signature = the parameter list `(a, b)`;
- function / function_decl: signature = the declarator text, `add(int a, int b)`;
- variable (file scope): signature = type, value = initializer (short ones) or SDCC address;
- struct / union / enum / typedef / field / enumerator: see `spark_data.code.c_types`;
- role: the register-style role of `spark_data.code.roles`, or None.

One QueryCursor pass collects every node of interest and the ERROR/MISSING nodes (C code
runs the match; Python only touches the captured nodes). The bytes parsed are those of
`extensions.mask` (vendor extensions blanked, same offsets). Lines are 1-based, inclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node, QueryCursor

from spark_data.code import c_types
from spark_data.code.common import (
    FileResult,
    Grammar,
    Row,
    Source,
    by_start,
    collapse,
    count_errors,
    declarator_name,
    end_line,
)
from spark_data.code.evaluate import Macros, evaluate
from spark_data.code.extensions import Masked, extend_start, mask
from spark_data.code.macros import macro_row, number_and_role
from spark_data.code.roles import REGISTER_WORDS, MacroRoles

C_QUERY = """
(preproc_def name: (identifier) @macro.name value: (preproc_arg) @macro.value)
(preproc_def name: (identifier) @macro.bare !value)
(preproc_function_def) @fmacro
(function_definition declarator: (_) @function.declarator) @function
(type_definition) @typedef
(struct_specifier body: (field_declaration_list)) @aggregate
(union_specifier body: (field_declaration_list)) @aggregate
(field_declaration) @field
(enum_specifier body: (enumerator_list)) @enum
(enumerator) @enumerator
(declaration) @declaration
"""
# Patterns are kept flat (no `(parent (child))` constraints): each started parent pattern
# stays live over the parent's whole subtree, which costs more in the query than the
# Python check of `_at_file_scope` on the few declarations that need it.
_SFR_TYPES = frozenset({"__sfr", "__sfr16", "__sfr32", "sfr", "sfr16", "sfr32"})
_BROKEN_DEFINE = re.compile(r"#\s*define\s+(\w+)(?![\w(])(?:\s+(.*))?", re.S)
_LOGICAL_LINE = re.compile(rb"[^\n]*(?:\\\r?\n[^\n]*)*")
_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
_MAX_INITIALIZER = 200  # longer initializers (tables, arrays) are not kept as the value


@dataclass
class CFile:
    """One C file being read: its text and the tables the extractors share."""

    src: Source
    masked: Masked
    macros: Macros = field(default_factory=Macros)
    rows: list[Row] = field(default_factory=list)
    register_words: frozenset[str] = REGISTER_WORDS

    def text(self, node: Node) -> str:
        return self.src.slice(node.start_byte, node.end_byte)


def extract_c(text: str, grammar: Grammar) -> FileResult:
    """Parse one C file and return its symbol rows and error count."""
    src = Source(text)
    masked = mask(src.raw)
    root = grammar.parser.parse(masked.raw).root_node
    caps = QueryCursor(grammar.query).captures(root)
    n_errors = count_errors(root, caps)
    f = CFile(src, masked, register_words=REGISTER_WORDS | masked.local_qualifiers)
    sfr_starts = _declarations(f, caps)
    _function_macros(f, sorted(caps.get("fmacro", ()), key=by_start))
    error_rows = {e.start_point[0] for e in caps.get("error", ()) if e.type == "ERROR"}
    _object_macros(f, caps, sfr_starts, error_rows)
    c_types.extract_types(f, caps)
    functions = sorted(caps.get("function", ()), key=by_start)
    _functions(f, functions, sorted(caps.get("function.declarator", ()), key=by_start))
    return FileResult(f.rows, n_errors, root.descendant_count)


def clean_body(value: str) -> str:
    """A macro body as written, without line comments, continuations or outer blanks."""
    if "//" in value and '"' not in value:
        value = value[: value.index("//")]
    if "\\" in value:
        value = collapse(value)
    return value.strip()


def _object_macros(
    f: CFile, caps: dict[str, list[Node]], sfr_starts: list[int], error_rows: set[int]
) -> None:
    """`#define NAME body` rows, evaluated and given roles in definition order (hot path).

    Captures do not come in document order; sorted, the k-th name with a body and the k-th
    body belong together (a body lies between its name and the next define). A define on
    a line with an ERROR node is read again by a regex (`_reread`).
    """
    # flat tuples of ints: sorted twice as fast as tuples that start with a tuple
    names = sorted(
        [(n.start_byte, n.end_byte, n.start_point[0]) for n in caps.get("macro.name", ())]
    )
    bodies_ = sorted(
        [(v.start_byte, v.end_byte, v.end_point[0]) for v in caps.get("macro.value", ())]
    )
    text = f.src.text if f.src.ascii else None
    slice_ = f.src.slice
    macros = f.macros
    bodies, numbers = macros.bodies, macros.numbers
    roles = MacroRoles(sfr_starts)
    rows = f.rows
    reread: dict[int, int] = {}  # error row -> byte offset of a define's name on it
    for (a, b, row), (c, d, last) in zip(names, bodies_, strict=True):
        if row in error_rows:
            reread[row] = a
            continue
        if text is not None:
            name, value = text[a:b], clean_body(text[c:d])
        else:
            name, value = slice_(a, b), clean_body(slice_(c, d))
        number, role = number_and_role(macros, roles, name, value, a)
        bodies[name] = value
        numbers[name] = number
        rows.append(("macro", name, value or None, number, None, row + 1, last + 1, None, role))
    for n in caps.get("macro.bare", ()):
        row = n.start_point[0]
        if row in error_rows:
            reread[row] = n.start_byte
        else:
            rows.append(("macro", f.text(n), None, None, None, row + 1, row + 1, None, None))
    for row in sorted(reread):
        _reread(f, roles, reread[row], row + 1)


def _reread(f: CFile, roles: MacroRoles, start: int, line: int) -> None:
    """A define the grammar misread (a comment inside its body: `#define Z (A /* c */ + 2)`
    gives an ERROR, or a define named `2`), read from its source line by a regex."""
    raw = f.src.raw
    line_start = raw.rfind(b"\n", 0, start) + 1
    logical = _LOGICAL_LINE.match(raw, line_start)
    source = logical.group().decode("utf-8", "replace") if logical else ""
    m = _BROKEN_DEFINE.match(_COMMENT.sub(" ", source).strip())
    if m is not None:
        last = line + source.count("\n")
        body = clean_body(collapse(m.group(2) or ""))
        f.rows.append(macro_row(f.macros, roles, m.group(1), None, body, start, line, last))


def _function_macros(f: CFile, nodes: list[Node]) -> None:
    for node in nodes:
        name_node = node.child_by_field_name("name")
        params = node.child_by_field_name("parameters")
        if name_node is None or params is None:
            continue
        value_node = node.child_by_field_name("value")
        body = clean_body(f.text(value_node)) if value_node is not None else ""
        name = f.text(name_node)
        f.macros.define_function(name, [f.text(p) for p in params.named_children], body)
        line = node.start_point[0] + 1
        signature = collapse(f.text(params))
        row = ("macro_function", name, body or None, None, signature, line, end_line(node))
        f.rows.append((*row, None, None))


def _functions(f: CFile, functions: list[Node], declarators: list[Node]) -> None:
    for node, decl in zip(functions, declarators, strict=True):
        name = declarator_name(decl)
        if name is None:
            continue
        line, last = node.start_point[0] + 1, end_line(node)
        f.rows.append(
            ("function", f.text(name), None, None, collapse(f.text(decl)), line, last, None, None)
        )


def _at_file_scope(node: Node) -> bool:
    """Not inside a function body (or a struct), also when under #if blocks."""
    parent = node.parent
    while parent is not None and parent.type.startswith("preproc_"):
        parent = parent.parent
    return parent is None or parent.type in ("translation_unit", "declaration_list")


def _declarations(f: CFile, caps: dict[str, list[Node]]) -> list[int]:
    """File-scope declarations: function_decl and variable rows. Returns SDCC SFR starts."""
    sfr_starts: list[int] = []
    for node in sorted(filter(_at_file_scope, caps.get("declaration", ())), key=by_start):
        type_node = node.child_by_field_name("type")
        declarators = node.children_by_field_name("declarator")
        if type_node is None or not declarators:
            continue
        start = extend_start(node.start_byte, f.masked.blank_starts)
        type_text = collapse(f.src.slice(start, declarators[0].start_byte))
        placement = _placement(f, start, node.end_byte)
        for decl in declarators:
            if _declare(f, node, decl, type_text, placement):
                sfr_starts.append(node.start_byte)
    sfr_starts.sort()
    return sfr_starts


def _placement(f: CFile, start: int, end: int) -> str | None:
    for p in f.masked.placements:
        if start <= p.start and p.end <= end:
            return p.address
    return None


def _declare(f: CFile, node: Node, decl: Node, type_text: str, placement: str | None) -> bool:
    """Append the row for one declarator; True when it declares an SDCC register."""
    init = None
    if decl.type == "init_declarator":
        init = decl.child_by_field_name("value")
        decl = decl.child_by_field_name("declarator") or decl
    name_node = declarator_name(decl)
    if name_node is None:
        return False
    name = f.text(name_node)
    line, last = node.start_point[0] + 1, end_line(node)
    if _declares_function(decl):
        f.rows.append(
            ("function_decl", name, None, None, collapse(f.text(decl)), line, last, None, None)
        )
        return False
    signature = c_types.with_suffix(f, type_text, decl, name_node)
    value, number, role = None, None, None
    if placement is not None:
        value, number = placement, evaluate(placement, f.macros)
        words = set(type_text.split())
        if not words.isdisjoint(_SFR_TYPES) or "volatile" in words:
            role = "register_address"
    elif init is not None and init.end_byte - init.start_byte <= _MAX_INITIALIZER:
        value = collapse(f.text(init))
        number = evaluate(value, f.macros)
    f.rows.append(("variable", name, value, number, signature, line, last, None, role))
    return role == "register_address"


def _declares_function(decl: Node) -> bool:
    """`int *f(void)` declares a function; `void (*fp)(int)` a pointer variable."""
    innermost = None
    node: Node | None = decl
    while node is not None and node.type not in ("identifier", "field_identifier"):
        if node.type in ("function_declarator", "pointer_declarator", "array_declarator"):
            innermost = node.type
        if node.type == "parenthesized_declarator":
            node = node.named_children[0] if node.named_child_count else None
        else:
            node = node.child_by_field_name("declarator")
    return innermost == "function_declarator"
