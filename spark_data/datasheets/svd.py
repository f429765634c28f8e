"""CMSIS-SVD files -> one `datasheets` row and `registers` rows (schema.DATASHEETS/REGISTERS).

In: the path of an .svd file and its source_id. Out: (datasheet row, register rows), plain
dicts with the schemas' columns. Nothing raises for bad input: an unreadable file, malformed
XML, a DTD with entity declarations (external entities, entity-expansion bombs) or an
external DTD reference gives status "error" with the reason and no registers.

The file is parsed by svd_xml.parse_xml (lxml; entities, DTD loading, network off), then
expanded the way svdconv reads it:
- derivedFrom on peripherals, clusters, registers and fields: the base's elements are
  inherited and the derived element's own ones override them (registers/fields are merged by
  name); a reference is a sibling's name or a dotted path (PERIPH.CLUSTER.REG.FIELD).
  Names and dim settings are never inherited.
- dim arrays on peripherals, clusters, registers and fields: dim, dimIncrement, dimIndex as
  a list (A,B,C), a number range (0-7) or a letter range (A-D); "%s" in a name is replaced by
  the index, "NAME[%s]" becomes NAME[0], NAME[1], ...
- clusters, nested: a member's name is CLUSTER_REG, its offset the sum of cluster offsets.
- size, access, resetValue, resetMask are inherited device -> peripheral -> cluster ->
  register; `reset` is resetValue & resetMask (null when the mask is 0: nothing defined).
- bit ranges as bitOffset+bitWidth, lsb+msb or bitRange "[msb:lsb]"; numbers as 0x.., #bin
  or decimal. A field without an access takes its register's.
Problems that do not stop the file (an unresolved derivedFrom, a short dimIndex) are kept
as "warning: ..." in `error` while status stays "ok".

    from spark_data.datasheets.svd import read_svd
    sheet, regs = read_svd("STM32F411.svd", "src123")
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from lxml import etree

from spark_data import schema
from spark_data.datasheets.svd_xml import SvdError, parse_xml

_MAX_DIM = 1 << 16  # one array; larger is a broken or hostile file
_MAX_REGISTERS = 2_000_000  # whole file after expansion
_MAX_WARNINGS = 5  # shown in `error`; the total count is always given
_NOT_INHERITED = frozenset(
    ("name", "derivedFrom", "dim", "dimIncrement", "dimIndex", "dimName", "displayName")
)
# SVD access terms, looked up case-insensitively (files write "read-writeonce" too).
_ACCESS = {
    a.lower(): a for a in ("read-only", "write-only", "read-write", "writeOnce", "read-writeOnce")
}
_BIT_RANGE = re.compile(r"\[\s*(\w+)\s*:\s*(\w+)\s*\]")


@dataclass
class _Node:
    """One peripheral, cluster, register or field: its leaf elements (first occurrence, text)
    and its children (registers+clusters, or fields); kids None = the element was absent."""

    kind: str
    props: dict[str, str]
    kids: list[_Node] | None = None

    @property
    def name(self) -> str:
        return self.props.get("name", "")


@dataclass(frozen=True)
class _Props:
    """The register properties group, as inherited down the tree."""

    size: int | None = None
    access: str | None = None
    reset: int | None = None
    mask: int | None = None

    def over(self, p: dict[str, str]) -> _Props:
        size, access = _int(p.get("size")), access_term(p.get("access"))
        reset, mask = _int(p.get("resetValue")), _int(p.get("resetMask"))
        return _Props(
            self.size if size is None else size,
            access or self.access,
            self.reset if reset is None else reset,
            self.mask if mask is None else mask,
        )


@dataclass
class _Ctx:
    source_id: str
    device: str
    periphs: dict[str, _Node]  # resolved (derivedFrom applied), by name
    rows: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seen: dict[tuple[str, str], int] = field(default_factory=dict)


# --- values ------------------------------------------------------------------------


def parse_int(text: str | None) -> int | None:
    """An SVD scaledNonNegativeInteger: 0x1F, 0X1F, #0101 (binary), 0b101, 31; else None."""
    if text is None:
        return None
    t = text.strip().lower().rstrip("ul")
    if not t:
        return None
    try:
        if t.startswith("0x"):
            return int(t[2:], 16)
        if t.startswith("#"):
            return int(t[1:].replace("x", "0"), 2)  # "x" = don't care bits
        if t.startswith("0b"):
            return int(t[2:], 2)
        return int(t, 10)
    except ValueError:
        return None


_int = parse_int


def access_term(text: str | None) -> str | None:
    """The SVD spelling of an access value (read-only, ..., read-writeOnce), else as given."""
    if not text or not text.strip():
        return None
    t = text.strip()
    return _ACCESS.get(t.lower(), t)


def _text(text: str | None) -> str | None:
    """Descriptions span lines with XML indentation: one line, single spaces."""
    if not text:
        return None
    return " ".join(text.split()) or None


def dim_indices(text: str | None, dim: int) -> list[str]:
    """The index strings of a dim array: dimIndex as a list, a number or a letter range."""
    if not text or not text.strip():
        return [str(i) for i in range(dim)]
    t = text.strip()
    m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", t)
    if m:
        return [str(i) for i in range(int(m[1]), int(m[2]) + 1)]
    m = re.fullmatch(r"([A-Za-z])\s*-\s*([A-Za-z])", t)
    if m:
        return [chr(c) for c in range(ord(m[1]), ord(m[2]) + 1)]
    return [s.strip() for s in t.split(",") if s.strip()]


def _element_names(node: _Node) -> list[str]:
    dim = _int(node.props.get("dim")) or 0
    if not 0 < dim <= _MAX_DIM:
        return []
    return [node.name.replace("%s", s) for s in dim_indices(node.props.get("dimIndex"), dim)]


def _instances(node: _Node, ctx: _Ctx) -> list[tuple[str, int]]:
    """(name, address delta) for each element of a dim array, or the one element."""
    p = node.props
    name, dim = node.name, _int(p.get("dim"))
    if dim is None:
        return [(name, 0)]
    if dim < 1 or dim > _MAX_DIM:
        raise SvdError(f"dim={dim} of {name!r} is out of range 1..{_MAX_DIM}")
    inc = _int(p.get("dimIncrement")) or 0
    idx = dim_indices(p.get("dimIndex"), dim)
    if len(idx) < dim:
        ctx.warnings.append(
            f"dimIndex {p.get('dimIndex')!r} of {name} has fewer than dim={dim} items"
        )
        idx = [str(i) for i in range(dim)]
    # Without a "%s" placeholder (invalid but seen) the index is appended, as svdconv does.
    names = [name.replace("%s", s) if "%s" in name else name + s for s in idx[:dim]]
    return [(n, i * inc) for i, n in enumerate(names)]


# --- XML -> nodes --------------------------------------------------------------------


def _node(el: etree._Element, kind: str) -> _Node:
    props: dict[str, str] = {}
    kids: list[_Node] | None = [] if kind == "cluster" else None
    df = el.get("derivedFrom")
    if df:
        props["derivedFrom"] = df.strip()
    for c in el:
        tag = c.tag
        if tag == "registers" or tag == "fields":  # repeated blocks (invalid but seen) add up
            more = [_node(x, x.tag) for x in c if x.tag in ("register", "cluster", "field")]
            kids = (kids or []) + more
        elif tag == "register" or tag == "cluster":  # members of a cluster
            kids = (kids or []) + [_node(c, tag)]
        elif isinstance(tag, str) and len(c) == 0 and tag not in props:
            props[tag] = (c.text or "").strip()
    return _Node(kind, props, kids)


# --- derivedFrom -----------------------------------------------------------------------


def _derive(own: _Node, base: _Node) -> _Node:
    props = {k: v for k, v in base.props.items() if k not in _NOT_INHERITED}
    props.update(own.props)
    props.pop("derivedFrom", None)
    if own.kids is None or base.kids is None:
        kids = base.kids if own.kids is None else own.kids
    else:  # own members override the base's of the same name, new ones are added
        by_name = {k.name: i for i, k in enumerate(base.kids)}
        kids = list(base.kids)
        for k in own.kids:
            if k.name in by_name:
                kids[by_name[k.name]] = k
            else:
                kids.append(k)
    return _Node(own.kind, props, kids)


def _resolve_peripherals(nodes: list[_Node], ctx: _Ctx) -> list[_Node]:
    raw = {n.name: n for n in nodes}
    done: dict[str, _Node] = {}

    def get(n: _Node, stack: tuple[str, ...]) -> _Node:
        if n.name in done:
            return done[n.name]
        ref = n.props.get("derivedFrom")
        out = n
        if ref and (ref not in raw or ref in stack):
            ctx.warnings.append(f"peripheral {n.name}: derivedFrom {ref!r} not found or circular")
        elif ref:
            out = _derive(n, get(raw[ref], (*stack, n.name)))
        done[n.name] = out
        return out

    out = [get(n, ()) for n in nodes]
    ctx.periphs.update(done)
    return out


def _lookup(ref: str, scopes: list[list[_Node]], ctx: _Ctx, fields: bool) -> _Node | None:
    """A derivedFrom target: a sibling (innermost scope first), else a dotted path."""
    near = scopes[-1:] if fields else scopes
    for scope in reversed(near):
        for n in scope:
            if n.name == ref:
                return n
    for scope in reversed(near):  # an element of a dim array, e.g. P100PFS of P10%sPFS
        for n in scope:
            if "dim" in n.props and "%s" in n.name and ref in _element_names(n):
                return n
    parts = ref.split(".")
    node = ctx.periphs.get(parts[0]) if len(parts) > 1 else None
    for part in parts[1:]:
        if node is None:
            return None
        node = next((k for k in node.kids or () if k.name == part), None)
    if node is not None and (node.kind == "field") != fields:
        return None
    return node


def _resolve(
    node: _Node, scopes: list[list[_Node]], ctx: _Ctx, fields: bool = False, depth: int = 0
) -> _Node:
    ref = node.props.get("derivedFrom")
    if not ref:
        return node
    base = _lookup(ref, scopes, ctx, fields) if depth < 16 else None
    if base is None or base is node:
        ctx.warnings.append(f"{node.kind} {node.name}: derivedFrom {ref!r} not found or circular")
        return _Node(
            node.kind, {k: v for k, v in node.props.items() if k != "derivedFrom"}, node.kids
        )
    return _derive(node, _resolve(base, scopes, ctx, fields, depth + 1))


# --- expansion -----------------------------------------------------------------------


def _bits(p: dict[str, str]) -> tuple[int | None, int | None]:
    """(lsb, width) from bitOffset+bitWidth, lsb+msb or bitRange [msb:lsb]."""
    if "bitOffset" in p:
        off = _int(p["bitOffset"])
        width = _int(p.get("bitWidth"))
        return off, 1 if width is None and off is not None else width
    if "lsb" in p and "msb" in p:
        lsb, msb = _int(p["lsb"]), _int(p["msb"])
        return (lsb, msb - lsb + 1) if lsb is not None and msb is not None else (None, None)
    m = _BIT_RANGE.fullmatch(p.get("bitRange", "").strip())
    if m:
        msb, lsb = _int(m[1]), _int(m[2])
        return (lsb, msb - lsb + 1) if lsb is not None and msb is not None else (None, None)
    return None, None


def _fields(reg: _Node, access: str | None, scopes: list[list[_Node]], ctx: _Ctx) -> list[dict]:
    out = []
    kids = reg.kids or []
    for raw in kids:
        f = _resolve(raw, [*scopes, kids], ctx, fields=True)
        lsb, width = _bits(f.props)
        if lsb is None:
            ctx.warnings.append(f"field {reg.name}.{f.name}: no bit range")
        for name, delta in _instances(f, ctx):
            out.append(
                {
                    "name": name,
                    "bit_offset": None if lsb is None else lsb + delta,
                    "bit_width": width,
                    "access": access_term(f.props.get("access")) or access,
                    "description": _text(f.props.get("description")),
                }
            )
    return out


def _register(
    reg: _Node, name: str, offset: int, props: _Props, periph: tuple[str, int], ctx: _Ctx
) -> None:
    pname, base = periph
    key = (pname, name)
    n = ctx.seen[key] = ctx.seen.get(key, 0) + 1
    # A name repeated inside one peripheral (messy files) still gets a distinct id.
    rid = schema.stable_id("register", ctx.source_id, pname, name, *([n] if n > 1 else []))
    reset = props.reset
    if reset is not None and props.mask is not None:
        reset = None if props.mask == 0 else reset & props.mask
    row = dict.fromkeys(schema.REGISTERS.names)  # page, section_id: PDF only
    row.update(
        {
            "register_id": rid,
            "source_id": ctx.source_id,
            "source_kind": "svd",
            "device": ctx.device,
            "peripheral": pname,
            "name": name,
            "address": base + offset,
            "offset": offset,
            "size": props.size,
            "reset": reset,
            "access": props.access,
            "description": _text(reg.props.get("description")),
            "fields": [],  # filled by the caller (the same fields for every dim element)
            "method": "svd",
        }
    )
    ctx.rows.append(row)
    if len(ctx.rows) > _MAX_REGISTERS:
        raise SvdError(f"more than {_MAX_REGISTERS} registers after expansion")


def _items(
    kids: list[_Node],
    scopes: list[list[_Node]],
    offset: int,
    prefix: str,
    props: _Props,
    periph: tuple[str, int],
    ctx: _Ctx,
) -> None:
    """Emit the registers of a peripheral's or cluster's members, clusters recursively."""
    scopes = [*scopes, kids]
    for raw in kids:
        node = _resolve(raw, scopes, ctx)
        p = props.over(node.props)
        off = offset + (_int(node.props.get("addressOffset")) or 0)
        insts = _instances(node, ctx)
        if node.kind == "cluster":
            for name, delta in insts:
                _items(node.kids or [], scopes, off + delta, f"{prefix}{name}_", p, periph, ctx)
            continue
        fields = _fields(node, p.access, scopes, ctx)
        for name, delta in insts:
            _register(node, prefix + name, off + delta, p, periph, ctx)
            ctx.rows[-1]["fields"] = fields


def _peripheral(node: _Node, device_props: _Props, ctx: _Ctx) -> None:
    base = _int(node.props.get("baseAddress"))
    if base is None:
        ctx.warnings.append(f"peripheral {node.name}: no baseAddress")
        base = 0
    props = device_props.over(node.props)
    for name, delta in _instances(node, ctx):
        _items(node.kids or [], [], 0, "", props, (name, base + delta), ctx)


def _sheet(path: str, source_id: str, data: bytes | None) -> dict:
    row = dict.fromkeys(schema.DATASHEETS.names)  # pages, language, outline...: not for SVD
    row.update(datasheet_id=source_id, kind="svd", path=path, parts=[], status="ok")
    if data is not None:
        row.update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), n_registers=0)
    return row


def svd_registers(root: etree._Element, source_id: str) -> tuple[dict, list[dict]]:
    """(device info, register rows) of a parsed <device>; raises SvdError."""
    dev = _node(root, "device")
    name = dev.props.get("name") or ""
    ctx = _Ctx(source_id=source_id, device=name, periphs={})
    el = root.find("peripherals")
    nodes = [
        _node(p, "peripheral") for p in (el if el is not None else ()) if p.tag == "peripheral"
    ]
    device_props = _Props().over(dev.props)
    for p in _resolve_peripherals(nodes, ctx):
        _peripheral(p, device_props, ctx)
    info = {
        "title": _text(dev.props.get("description")) or name or None,
        "parts": [name] if name else [],
        "manufacturer": _text(dev.props.get("vendor")) or dev.props.get("vendorID") or None,
        "n_registers": len(ctx.rows),
    }
    if ctx.warnings:
        shown = "; ".join(ctx.warnings[:_MAX_WARNINGS])
        info["error"] = f"warning: {len(ctx.warnings)} problem(s): {shown}"
    return info, ctx.rows


def read_svd(path: str, source_id: str) -> tuple[dict, list[dict]]:
    """One DATASHEETS row (kind="svd") and the REGISTERS rows of an SVD file; never raises
    for bad input: status "error" with the reason in `error` and no registers instead."""
    data = None
    try:
        with open(path, "rb") as f:
            data = f.read()
        root = parse_xml(data)
        info, rows = svd_registers(root, source_id)
    except (OSError, SvdError, RecursionError, ValueError) as e:
        sheet = _sheet(path, source_id, data)
        reason = str(e) if isinstance(e, SvdError) else f"{type(e).__name__}: {e}"
        sheet.update(status="error", error=reason)
        return sheet, []
    sheet = _sheet(path, source_id, data)
    sheet.update(info)
    return sheet, rows
