"""Register addresses a C header gives its symbols: struct layouts and instances.

In: the symbol rows of one file (spark_data.code.parser.parse_file or the `symbols` table).
Out: symbol_id -> the register addresses it stands for:
- a register macro (role register_address, not a pointer cast): its evaluated number;
- a register struct member (role register) of a struct the file instantiates with
  `#define USART1 ((USART_TypeDef *) USART1_BASE)`: each instance base + the member's
  offset, laid out from the member types (uint8/16/32/64_t, char/short/int, arrays,
  RESERVED padding, natural alignment, nested structs sized first). A struct with a member
  of unknown size is left out.

The pair phase uses this as its numeric channel for struct members (keys A:<address>);
the accuracy tests use it as the ground truth, and report the name-only channel beside it.

    truth = address_truth(parse_file(fid, path, "c_header", text, cfg, grammars))
"""

from __future__ import annotations

import re
from collections import defaultdict

_SIZES = {"8": 1, "16": 2, "32": 4, "64": 8, "char": 1, "short": 2, "int": 4, "long": 4}
_CAST = re.compile(r"\(\s*\(?\s*(\w+)\s*\*\s*\)")
_ARRAY = re.compile(r"\[([^\]]+)\]")


def _scalar_size(sig: str, structs: dict[str, int]) -> int | None:
    base = _ARRAY.sub("", sig).replace("volatile", "").replace("const", "")
    words = [w for w in base.split() if not w.startswith("__")]
    if not words:
        return None
    t = words[-1]
    if t in structs:
        return structs[t]
    m = re.search(r"(8|16|32|64)_t$", t)
    return _SIZES[m.group(1)] if m else _SIZES.get(t)


def _count(sig: str) -> int | None:
    n = 1
    for dim in _ARRAY.findall(sig):
        try:
            n *= int(dim.rstrip("uUlL"), 0)
        except ValueError:
            return None
    return n


def struct_layouts(symbols: list[dict]) -> dict[str, dict[str, tuple[int, int, int]]]:
    """struct -> member -> (offset, element size, count), for fully sized structs."""
    members: dict[str, list[dict]] = defaultdict(list)
    for s in symbols:
        if s["kind"] == "field" and s["parent"]:
            members[s["parent"]].append(s)
    sizes: dict[str, int] = {}
    layouts: dict[str, dict] = {}
    for _ in range(4):  # nested structs: sized once their members' types are
        for name, fields in members.items():
            if name in layouts:
                continue
            off, layout, align_max = 0, {}, 1
            for f in sorted(fields, key=lambda f: (f["start_line"], f["symbol_id"])):
                size, count = (
                    _scalar_size(f["signature"] or "", sizes),
                    _count(f["signature"] or ""),
                )
                if size is None or count is None:
                    break
                align = min(size, 4) if size in (1, 2, 4, 8) else 4
                off = (off + align - 1) // align * align
                layout[f["name"]] = (off, size, count)
                off += size * count
                align_max = max(align_max, align)
            else:
                layouts[name] = layout
                sizes[name] = (off + align_max - 1) // align_max * align_max
    return layouts


def _instances(symbols: list[dict]) -> tuple[dict[str, set[int]], dict[str, list[tuple]]]:
    """Plain register macros (symbol_id -> {address}) and struct instances
    (struct -> [(base, instance macro name)])."""
    plain: dict[str, set[int]] = {}
    bases: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for s in symbols:
        if s["role"] != "register_address" or s["number"] is None:
            continue
        cast = _CAST.search(s["value"] or "")
        if cast:
            bases[cast.group(1)].append((s["number"], s["name"]))
        else:
            plain[s["symbol_id"]] = {s["number"]}
    return plain, bases


def instance_truth(symbols: list[dict]) -> dict[str, dict[int, set[str]]]:
    """symbol_id -> address -> the instance macros that put the symbol there (NRF_TWIM0,
    USART1; empty for a plain register macro). Peripherals that share an address (nRF52's
    SPIM0/SPIS0/TWIM0/TWIS0 at 0x40003000) are told apart by these names."""
    plain, bases = _instances(symbols)
    truth: dict[str, dict[int, set[str]]] = {
        sid: {a: set() for a in addrs} for sid, addrs in plain.items()
    }
    layouts = struct_layouts(symbols)
    for s in symbols:
        if s["kind"] == "field" and s["role"] == "register" and s["parent"] in layouts:
            off, size, count = layouts[s["parent"]][s["name"]]
            at: dict[int, set[str]] = defaultdict(set)
            for base, instance in bases.get(s["parent"], ()):
                for i in range(count):
                    at[base + off + i * size].add(instance)
            if at:
                truth[s["symbol_id"]] = dict(at)
    return truth


def address_truth(symbols: list[dict]) -> dict[str, set[int]]:
    """symbol_id -> the register addresses the header gives that symbol."""
    return {sid: set(at) for sid, at in instance_truth(symbols).items()}
