"""Device trees (.dts/.dtsi) -> symbol rows: nodes, compatible strings, #defines.

In: the text of one device tree source, the devicetree grammar and the compiled `DTS_QUERY`.
Out: a `FileResult` whose rows are `common.ROW_FIELDS` tuples:

- dt_node: name = node name with its unit address (`serial@40011000`), value = the unit
  address (`40011000`), number = that address read as hex when it is one, signature = the
  node's labels (`usart1`, comma-separated when several), parent = the parent node's path
  (`/soc`; None for top-level nodes). Paths start at `/`; a node that extends another by
  reference (`&usart1 { ... }`) is named `&usart1` and has the path of the labelled node when
  that label is defined in the same file, else `&usart1`;
- dt_compatible: one row per string of a `compatible` property, name = the string,
  parent = the node's path;
- macro / macro_function: `#define`s (device trees are C-preprocessed).
"""

from __future__ import annotations

from tree_sitter import Node, QueryCursor

from spark_data.code.c import clean_body
from spark_data.code.common import (
    FileResult,
    Grammar,
    Row,
    Source,
    count_errors,
    end_line,
    in_order,
    locate,
    nest,
)
from spark_data.code.evaluate import Macros
from spark_data.code.macros import macro_row
from spark_data.code.roles import MacroRoles

DTS_QUERY = """
(node) @node
(property name: (identifier) @compatible.name (#eq? @compatible.name "compatible")) @compatible
(preproc_def) @define
(preproc_function_def) @define
"""
_HEX = frozenset("0123456789abcdefABCDEF")


def extract_dts(text: str, grammar: Grammar) -> FileResult:
    """Parse one device tree file and return its symbol rows and error count."""
    src = Source(text)
    root = grammar.parser.parse(src.raw).root_node
    caps = QueryCursor(grammar.query).captures(root)
    rows: list[Row] = []
    nodes = in_order(caps.get("node", ()))
    paths = _nodes(src, nodes, rows)
    _compatibles(src, in_order(caps.get("compatible", ())), nodes, paths, rows)
    _defines(src, in_order(caps.get("define", ())), rows)
    return FileResult(rows, count_errors(root, caps), root.descendant_count)


def _node_name(src: Source, node: Node) -> tuple[str, str | None, list[str]]:
    """(name with unit address, unit address, labels) of one node."""
    name_node = node.child_by_field_name("name")
    name = src.node(name_node) if name_node is not None else "?"
    # the `address` field holds the "@" token too; the unit_address is the named one
    found = [n for n in node.children_by_field_name("address") if n.is_named]
    address = src.node(found[0]) if found else None
    labels = [src.node(n) for n in node.children_by_field_name("label")]
    return (f"{name}@{address}" if address is not None else name), address, labels


def _nodes(src: Source, nodes: list[Node], rows: list[Row]) -> list[str]:
    """Node rows; returns each node's path (same order as `nodes`)."""
    parents = nest([(n.start_byte, n.end_byte) for n in nodes])
    by_label: dict[str, str] = {}
    paths: list[str] = []
    for node, k in zip(nodes, parents, strict=True):
        name, address, labels = _node_name(src, node)
        parent = paths[k] if k >= 0 else None
        if parent is not None:
            path = f"{parent.rstrip('/')}/{name}"
        elif name.startswith("&"):
            path = by_label.get(name[1:].strip("{}"), name)
        else:
            path = "/" if name == "/" else f"/{name}"
        for label in labels:
            by_label[label] = path
        paths.append(path)
        number = int(address, 16) if address and set(address) <= _HEX else None
        signature = ",".join(labels) or None
        line = node.start_point[0] + 1
        rows.append(
            ("dt_node", name, address, number, signature, line, end_line(node), parent, None)
        )
    return paths


def _compatibles(
    src: Source, props: list[Node], nodes: list[Node], paths: list[str], rows: list[Row]
) -> None:
    owners = locate([(n.start_byte, n.end_byte) for n in nodes], [p.start_byte for p in props])
    for prop, k in zip(props, owners, strict=True):
        parent = paths[k] if k >= 0 else None
        for value in prop.children_by_field_name("value"):
            if value.type != "string_literal":
                continue
            string = src.node(value)[1:-1]
            line = value.start_point[0] + 1
            rows.append(("dt_compatible", string, None, None, None, line, line, parent, None))


def _defines(src: Source, nodes: list[Node], rows: list[Row]) -> None:
    macros, roles = Macros(), MacroRoles()
    for node in nodes:
        name = node.child_by_field_name("name")
        if name is None:
            continue
        params = node.child_by_field_name("parameters")
        value = node.child_by_field_name("value")
        body = clean_body(src.node(value)) if value is not None else ""
        line = node.start_point[0] + 1
        params_text = src.node(params) if params is not None else None
        row = macro_row(
            macros, roles, src.node(name), params_text, body, node.start_byte, line, end_line(node)
        )
        rows.append(row)
