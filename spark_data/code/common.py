"""Helpers shared by the per-language extractors: source slicing, rows, nesting, error counts.

A symbol row, inside this package, is a plain tuple in `ROW_FIELDS` order (tuples are built
and transposed into columns much faster than dicts); `spark_data.code.parser` adds file_id
and symbol_id and turns them into `schema.SYMBOLS` rows or columns.
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from tree_sitter import Node, Parser, Query

ROW_FIELDS = (
    "kind",
    "name",
    "value",
    "number",
    "signature",
    "start_line",
    "end_line",
    "parent",
    "role",
)
Row = tuple  # (kind, name, value, number, signature, start_line, end_line, parent, role)
# Sort key for captured nodes: a QueryCursor does not return captures in document order.
by_start = attrgetter("start_byte")


def in_order(nodes: list[Node]) -> list[Node]:
    """Nodes in document order, an enclosing node before the nodes inside it."""
    return sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte))


class Source:
    """One file's text: `raw`, the bytes tree-sitter parses, and str slices by byte offset.

    Pure-ASCII text (most C headers) is sliced as str directly, where byte and character
    offsets agree; other text decodes the byte slice.
    """

    __slots__ = ("text", "raw", "ascii")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw = text.encode("utf-8", "surrogatepass")
        self.ascii = len(self.raw) == len(text)

    def slice(self, start: int, end: int) -> str:
        if self.ascii:
            return self.text[start:end]
        return self.raw[start:end].decode("utf-8", "replace")

    def node(self, node: Node) -> str:
        return self.slice(node.start_byte, node.end_byte)


# ERROR and MISSING nodes, appended to every language's query: one traversal for both.
ERROR_PATTERN = "\n[(ERROR) (MISSING)] @error\n"


class Grammar(NamedTuple):
    """One language: its parser and its extraction query (ending with `ERROR_PATTERN`)."""

    parser: Parser
    query: Query


class FileResult(NamedTuple):
    """What an extractor found in one file: the symbol rows and the tree's error count."""

    rows: list[Row]
    errors: int  # ERROR + MISSING nodes
    nodes: int  # all nodes of the tree


def collapse(text: str) -> str:
    """Whitespace runs (newlines, line continuations, tabs) as single spaces."""
    return " ".join(text.replace("\\\n", " ").split())


def end_line(node: Node) -> int:
    """1-based last line of `node`; a node that ends just after a newline ends on that line."""
    row, column = node.end_point
    if column == 0 and row > node.start_point[0]:
        return row
    return row + 1


def count_errors(root: Node, caps: dict[str, list[Node]]) -> int:
    """The number of ERROR + MISSING nodes under `root`, from the `@error` captures.

    Some MISSING tokens (the newline that ends a `#include` line, for one) are invisible to
    queries and to `children`: a tree that has errors counts at least one.
    """
    if not root.has_error:
        return 0
    return max(1, len(caps.get("error", ())))


def nest(spans: list[tuple[int, int]]) -> list[int]:
    """For spans in document order (a tree's preorder), the index of each one's parent, or -1."""
    parents: list[int] = []
    stack: list[int] = []
    for k, (start, _end) in enumerate(spans):
        while stack and spans[stack[-1]][1] <= start:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(k)
    return parents


def locate(spans: list[tuple[int, int]], positions: list[int]) -> list[int]:
    """For sorted positions, the index of the innermost span strictly around each, or -1.

    A span that starts exactly at a position does not contain it: a field declaration that
    starts with `struct {` belongs to the outer struct, not to the one it declares.
    """
    found: list[int] = []
    stack: list[int] = []
    i = 0
    for pos in positions:
        while i < len(spans) and spans[i][0] < pos:
            while stack and spans[stack[-1]][1] <= spans[i][0]:
                stack.pop()
            stack.append(i)
            i += 1
        while stack and spans[stack[-1]][1] <= pos:
            stack.pop()
        found.append(stack[-1] if stack else -1)
    return found


def declarator_name(node: Node | None) -> Node | None:
    """The identifier a (possibly nested) C declarator declares: `*foo[2]` -> `foo`."""
    while node is not None:
        kind = node.type
        if kind in ("identifier", "field_identifier", "type_identifier"):
            return node
        if kind == "parenthesized_declarator":
            node = node.named_children[0] if node.named_child_count else None
        else:
            node = node.child_by_field_name("declarator")
    return None
