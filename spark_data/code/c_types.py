"""C types -> rows: struct/union (with their fields), enum (with enumerators), typedef.

In: a `spark_data.code.c.CFile` and the captures of `C_QUERY`. Out: rows appended to the file:

- struct / union: name = the tag, or for an anonymous one the typedef that names it
  (`typedef struct { ... } USART_TypeDef;` -> struct USART_TypeDef), or `outer.member` for an
  anonymous aggregate declared as a member; a C11 anonymous member (`union { ... };` with no
  declarator) adds its fields to the enclosing aggregate and has no row of its own;
  role = register_block when mostly registers;
- field: parent = the aggregate's name, signature = the type text with qualifiers and
  declarator parts (`__IO uint32_t`, `uint32_t[2]`, `uint8_t *`, `uint32_t : 3`),
  role = register when the type is a register type;
- enum / enumerator: value = the written value, number = its value (implicit ones count on
  from the previous enumerator), parent = the enum's name; enumerators are known to later
  macro evaluations;
- typedef: signature = the aliased type (`struct USART_TypeDef`, `volatile uint8_t`),
  role = register_block when it names a register block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tree_sitter import Node

from spark_data.code.common import collapse, declarator_name, end_line, in_order, locate, nest
from spark_data.code.evaluate import evaluate
from spark_data.code.extensions import extend_start
from spark_data.code.roles import is_register_block, is_register_type, is_reserved

if TYPE_CHECKING:
    from spark_data.code.c import CFile

ANONYMOUS = "(anonymous)"
_KEYWORD = {"struct_specifier": "struct", "union_specifier": "union", "enum_specifier": "enum"}


def extract_types(f: CFile, caps: dict[str, list[Node]]) -> None:
    typedefs = _read_typedefs(f, in_order(caps.get("typedef", ())))
    aggregates = in_order(caps.get("aggregate", ()))
    names, targets = _aggregate_names(f, aggregates)
    by_start = {a.start_byte: k for k, a in enumerate(aggregates)}
    blocks = _fields(f, in_order(caps.get("field", ())), aggregates, names, targets, by_start)
    for k, agg in enumerate(aggregates):
        if targets[k] == k:
            role = "register_block" if k in blocks else None
            row = (_KEYWORD[agg.type], names[k], None, None, None)
            f.rows.append((*row, agg.start_point[0] + 1, end_line(agg), None, role))
    enum_names = _enums(f, in_order(caps.get("enum", ())), in_order(caps.get("enumerator", ())))
    block_names = {names[k] for k in blocks}
    for node, type_node, signature in typedefs:
        role = None
        if type_node is not None and type_node.start_byte in by_start:
            k = by_start[type_node.start_byte]
            signature, role = f"{_KEYWORD[type_node.type]} {names[k]}", _block(k in blocks)
        elif type_node is not None and type_node.start_byte in enum_names:
            signature = f"enum {enum_names[type_node.start_byte]}"
        elif signature and signature.split()[-1] in block_names:  # typedef struct X_struct X_t;
            role = "register_block"
        _typedef_rows(f, node, signature, role)


def _block(flag: bool) -> str | None:
    return "register_block" if flag else None


def with_suffix(f: CFile, type_text: str, decl: Node, name: Node) -> str:
    """The type text plus what the declarator adds around its name: `*`, `[2]`, `(*)(int)`."""
    src = f.src
    extra = collapse(
        src.slice(decl.start_byte, name.start_byte) + src.slice(name.end_byte, decl.end_byte)
    )
    if not extra:
        return type_text
    return type_text + extra if extra[0] == "[" else f"{type_text} {extra}"


def _read_typedefs(f: CFile, nodes: list[Node]) -> list[tuple[Node, Node | None, str]]:
    """Each typedef's type text; volatile ones become register types for the fields."""
    out = []
    extra: set[str] = set()
    for node in nodes:
        decls = node.children_by_field_name("declarator")
        if not decls:
            continue
        type_node = node.child_by_field_name("type")
        start = extend_start(node.start_byte, f.masked.blank_starts)
        text = collapse(f.src.slice(start, decls[0].start_byte))
        text = text[len("typedef") :].strip() if text.startswith("typedef") else text
        out.append((node, type_node, text))
        if "{" not in text and is_register_type(text, f.register_words):
            extra.update(f.text(n) for d in decls if (n := declarator_name(d)) is not None)
    if extra:
        f.register_words = f.register_words | extra
    return out


def _typedef_rows(f: CFile, node: Node, signature: str, role: str | None) -> None:
    line, last = node.start_point[0] + 1, end_line(node)
    for decl in node.children_by_field_name("declarator"):
        name = declarator_name(decl)
        if name is not None:
            sig = with_suffix(f, signature, decl, name)
            f.rows.append(("typedef", f.text(name), None, None, sig, line, last, None, role))


def _aggregate_names(f: CFile, aggregates: list[Node]) -> tuple[list[str], list[int]]:
    """Names of the aggregates and, for each, the index whose row gets its fields."""
    parents = nest([(a.start_byte, a.end_byte) for a in aggregates])
    names: list[str] = []
    targets: list[int] = []
    for k, agg in enumerate(aggregates):
        names.append(ANONYMOUS)
        targets.append(k)
        name = agg.child_by_field_name("name")
        if name is not None:
            names[k] = f.text(name)
            continue
        owner = agg.parent
        if owner is not None and owner.type == "type_definition":
            names[k] = _first_declared(f, owner) or ANONYMOUS
        elif owner is not None and owner.type == "field_declaration" and parents[k] >= 0:
            outer = targets[parents[k]]
            member = _first_declared(f, owner)
            if member is None:  # C11 anonymous member: its fields belong to the outer one
                names[k], targets[k] = names[outer], outer
            else:
                names[k] = f"{names[outer]}.{member}"
    return names, targets


def _first_declared(f: CFile, owner: Node) -> str | None:
    for decl in owner.children_by_field_name("declarator"):
        name = declarator_name(decl)
        if name is not None:
            return f.text(name)
    return None


def _fields(
    f: CFile,
    fields: list[Node],
    aggregates: list[Node],
    names: list[str],
    targets: list[int],
    by_start: dict[int, int],
) -> set[int]:
    """Field rows; returns the indexes of the aggregates that are register blocks."""
    owners = locate(
        [(a.start_byte, a.end_byte) for a in aggregates], [n.start_byte for n in fields]
    )
    counts: dict[int, list[int]] = {}  # aggregate -> [fields, registers]
    for node, k in zip(fields, owners, strict=True):
        decls = node.children_by_field_name("declarator")
        if k < 0 or not decls:
            continue
        target = targets[k]
        type_node = node.child_by_field_name("type")
        if type_node is not None and type_node.start_byte in by_start:
            type_text = f"{_KEYWORD[type_node.type]} {names[by_start[type_node.start_byte]]}"
        else:
            start = extend_start(node.start_byte, f.masked.blank_starts)
            type_text = collapse(f.src.slice(start, decls[0].start_byte))
        role = "register" if is_register_type(type_text, f.register_words) else None
        bits = _bitfield(f, node)
        count = counts.setdefault(target, [0, 0])
        for decl in decls:
            name = declarator_name(decl)
            if name is None:
                continue
            text = f.text(name)
            if not is_reserved(text):
                count[0] += 1
                count[1] += role is not None
            signature = with_suffix(f, type_text, decl, name) + bits
            line = name.start_point[0] + 1
            f.rows.append(
                ("field", text, None, None, signature, line, end_line(node), names[target], role)
            )
    return {k for k, (n, r) in counts.items() if is_register_block(r, n)}


def _bitfield(f: CFile, node: Node) -> str:
    last = node.named_children[-1] if node.named_child_count else None
    if last is not None and last.type == "bitfield_clause":
        return " " + collapse(f.text(last))
    return ""


def _enums(f: CFile, enums: list[Node], enumerators: list[Node]) -> dict[int, str]:
    """Enum and enumerator rows; returns enum names by start byte (for typedef signatures)."""
    names: dict[int, str] = {}
    for node in enums:
        name = node.child_by_field_name("name")
        if name is not None:
            names[node.start_byte] = f.text(name)
        elif node.parent is not None and node.parent.type == "type_definition":
            names[node.start_byte] = _first_declared(f, node.parent) or ANONYMOUS
        else:
            names[node.start_byte] = ANONYMOUS
        row = ("enum", names[node.start_byte], None, None, None, node.start_point[0] + 1)
        f.rows.append((*row, end_line(node), None, None))
    owners = locate(
        [(e.start_byte, e.end_byte) for e in enums], [e.start_byte for e in enumerators]
    )
    last: dict[int, int | None] = {}
    for node, k in zip(enumerators, owners, strict=True):
        name_node = node.child_by_field_name("name")
        if name_node is None:
            continue
        value_node = node.child_by_field_name("value")
        value = collapse(f.text(value_node)) if value_node is not None else None
        if value is not None:
            number = evaluate(value, f.macros)
        else:
            previous = last.get(k, -1)
            number = None if previous is None else previous + 1
        last[k] = number
        name = f.text(name_node)
        f.macros.set_number(name, number)
        parent = names[enums[k].start_byte] if k >= 0 else None
        line = node.start_point[0] + 1
        f.rows.append(("enumerator", name, value, number, None, line, end_line(node), parent, None))
    return names
