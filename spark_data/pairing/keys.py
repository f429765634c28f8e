"""Key rows: the stateless stages that turn registers, symbols and identifiers into the rows
the pairing joins meet on (pyarrow batch -> pyarrow batch, no Ray here).

    register_keys(registers_batch, aliases)      -> SPEC_KEYS rows
    symbol_keys(symbols_with_repo_batch)          -> CODE_KEYS rows (definitions)
    identifier_rows(files_batch, limit)           -> IDENTS rows (uses and definitions)
    identifier_keys(idents_batch)                 -> CODE_KEYS rows (one per ident x key)
    device_rows(files_batch)                      -> DEVICES rows (repo, device_key, evidence)

`aliases` maps a datasheet id to the AVR I/O alias offset for its map (0: none).
"""

from __future__ import annotations

import pyarrow as pa

from spark_data.pairing.evidence import device_evidence, identifiers
from spark_data.pairing.names import (
    array_names,
    code_keys,
    instance_keys,
    number_keys,
    peripheral_type,
)

SPEC_KEYS = pa.schema(
    [
        ("datasheet_id", pa.string()),
        ("key", pa.string()),
        ("spec_kind", pa.string()),
        ("spec_item", pa.string()),
        ("register_id", pa.string()),
        ("section_key", pa.string()),
        ("spec_address", pa.int64()),
    ]
)
CODE_KEYS = pa.schema(
    [
        ("repo", pa.string()),
        ("file_id", pa.string()),
        ("path", pa.string()),  # identifiers only
        ("item", pa.string()),  # symbol_id (symbols) or the identifier (identifiers)
        ("name", pa.string()),
        ("role", pa.string()),
        ("number", pa.int64()),
        ("n_use", pa.int64()),
        ("n_def", pa.int64()),
        ("use_line", pa.int64()),
        ("def_line", pa.int64()),
        ("key", pa.string()),
        ("weight", pa.float64()),
    ]
)
IDENTS = pa.schema(
    [
        ("repo", pa.string()),
        ("file_id", pa.string()),
        ("path", pa.string()),
        ("name", pa.string()),
        ("n_use", pa.int64()),
        ("n_def", pa.int64()),
        ("use_line", pa.int64()),
        ("def_line", pa.int64()),
    ]
)
DEVICES = pa.schema([("repo", pa.string()), ("device_key", pa.string()), ("evidence", pa.string())])
_CODE_KINDS = ("macro", "field", "enumerator")


def section_key(reg: dict) -> str:
    """The section a register belongs to: its PDF section, else its peripheral type
    (an SVD's USART1/USART2/USART6 share one section: `peripheral:USART`)."""
    if reg.get("section_id"):
        return reg["section_id"]
    return "peripheral:" + (peripheral_type(reg.get("peripheral")) or "registers")


def register_keys(batch: pa.Table, aliases: dict[str, int]) -> pa.Table:
    from spark_data.pairing.names import spec_keys

    rows = []
    for reg in batch.to_pylist():
        ds = reg["source_id"]
        sec = section_key(reg)
        for key, kind, item in spec_keys(reg, aliases.get(ds, 0)):
            rows.append(
                {
                    "datasheet_id": ds,
                    "key": key,
                    "spec_kind": kind,
                    "spec_item": item,
                    "register_id": reg["register_id"],
                    "section_key": sec,
                    "spec_address": reg.get("address") if kind == "register" else None,
                }
            )
    return pa.Table.from_pylist(rows, schema=SPEC_KEYS)


def symbol_keys(batch: pa.Table) -> pa.Table:
    """Macros, register struct members and enumerators -> their name and number keys."""
    rows = []
    for s in batch.to_pylist():
        if s["kind"] not in _CODE_KINDS or not s["name"]:
            continue
        keys = code_keys(s["name"], s["kind"], s["role"], s["parent"])
        for name in array_names(s["name"], s.get("signature")):
            keys += code_keys(name, s["kind"], s["role"], s["parent"])
        keys += number_keys(s["number"], s["role"])
        base = {
            "repo": s["repo"],
            "file_id": s["file_id"],
            "item": s["symbol_id"],
            "name": s["name"],
            "role": s["role"],
            "number": s["number"],
            "n_use": 0,
            "n_def": 1,
            "use_line": 0,
            "def_line": s["start_line"],
        }
        rows += [{**base, "key": k, "weight": w} for k, w in keys]
    return pa.Table.from_pylist(rows, schema=CODE_KEYS)


def member_address_keys(batch: pa.Table) -> pa.Table:
    """The symbols of one file -> address keys of its instantiated struct members
    (layout.instance_truth): USART_TypeDef.CR1 -> A:0x4001100C, and I:0x4001100C:USART1
    naming the instance there (which tells nRF52's TWIM0 from SPIS0 at one address)."""
    from spark_data.pairing.layout import instance_truth

    syms = batch.to_pylist()
    truth = instance_truth(syms)
    rows = []
    for s in syms:
        if s["kind"] != "field" or s["symbol_id"] not in truth:
            continue
        base = {
            "repo": s["repo"],
            "file_id": s["file_id"],
            "item": s["symbol_id"],
            "name": s["name"],
            "role": s["role"],
            "n_use": 0,
            "n_def": 1,
            "use_line": 0,
            "def_line": s["start_line"],
            "weight": 1.0,
        }
        for addr, instances in sorted(truth[s["symbol_id"]].items()):
            keys = [f"A:{addr}"]
            keys += sorted({k for i in instances for k in instance_keys(addr, i)})
            rows += [{**base, "key": k} for k in keys]
    return pa.Table.from_pylist(rows, schema=CODE_KEYS)


def identifier_rows(batch: pa.Table, limit: int) -> pa.Table:
    rows = []
    for f in batch.select(["repo", "file_id", "path", "text"]).to_pylist():
        for name, i in identifiers(f["text"] or "", limit).items():
            rows.append(
                {
                    "repo": f["repo"],
                    "file_id": f["file_id"],
                    "path": f["path"],
                    "name": name,
                    "n_use": i.n_use,
                    "n_def": i.n_def,
                    "use_line": i.use_line,
                    "def_line": i.def_line,
                }
            )
    return pa.Table.from_pylist(rows, schema=IDENTS)


def identifier_keys(batch: pa.Table) -> pa.Table:
    rows = []
    for i in batch.to_pylist():
        base = {**i, "item": i["name"], "role": None, "number": None}
        base.pop("datasheet_id", None)
        rows += [{**base, "key": k, "weight": w} for k, w in code_keys(i["name"], "identifier")]
    return pa.Table.from_pylist(rows, schema=CODE_KEYS)


def device_rows(batch: pa.Table) -> pa.Table:
    rows = [
        {"repo": f["repo"], "device_key": key, "evidence": ev}
        for f in batch.select(["repo", "path", "text"]).to_pylist()
        for key, ev in sorted(device_evidence(f["path"], f["text"]))
    ]
    return pa.Table.from_pylist(rows, schema=DEVICES)
