"""Pair documents on Ray Data: file links -> code snippets per section -> `pairs` rows.

file links (enough registers) --join files--> snippets (+ file domain)
    --groupby (repo, datasheet, section)--> code
registers --groupby (datasheet, section)--> register tables
code --join tables, sections--> pair documents (spark_data.pairing.documents templates)

ds = pair_documents(r, files, file_links, meta)   # inside the pair phase
"""

from __future__ import annotations

import pyarrow as pa

from spark_data import schema
from spark_data.pairing import keys as K
from spark_data.pairing.documents import (
    CODE,
    SECTION_INFO,
    assemble_code,
    pair_row,
    section_rows,
    snippet_rows,
)
from spark_data.pairing.flow import filter_eq, partitions, read_ds, read_small

REGISTER_COLS = [
    "source_id",
    "peripheral",
    "name",
    "address",
    "offset",
    "reset",
    "access",
    "description",
    "fields",
    "page",
    "section_id",
]
SECTION_COLS = [
    "datasheet_id",
    "section_id",
    "title",
    "heading_path",
    "page_start",
    "page_end",
    "text",
]


def _pair_files(batch: pa.Table, min_registers: int) -> pa.Table:
    def enough(ev: list[str]) -> bool:
        n = [int(e.split(":", 1)[1]) for e in ev or [] if e.startswith("pair_registers:")]
        return bool(n) and n[0] >= min_registers

    keep = [enough(ev) for ev in batch["evidence"].to_pylist()]
    t = batch.filter(pa.array(keep, pa.bool_()))
    return t.append_column("file_id", t["code_item"])


def _code_group(batch: pa.Table, cfg) -> pa.Table:
    return pa.Table.from_pylist([assemble_code(batch.to_pylist(), cfg)], schema=CODE)


def _section_group(batch: pa.Table) -> pa.Table:
    return pa.Table.from_pylist([section_rows(batch.to_pylist())], schema=SECTION_INFO)


def _with_section_key(batch: pa.Table) -> pa.Table:
    keys = [K.section_key(x) for x in batch.select(["section_id", "peripheral"]).to_pylist()]
    return batch.append_column("section_key", pa.array(keys, pa.string()))


def _pair_rows(batch: pa.Table, meta: dict, cfg) -> pa.Table:
    rows = [pair_row(x, meta.get(x["datasheet_id"], {}), cfg) for x in batch.to_pylist()]
    return pa.Table.from_pylist(rows, schema=schema.PAIRS)


def pair_documents(r, files, file_links, meta: dict):
    cfg, parts = r.cfg.pairing, partitions(r)
    links = filter_eq(file_links, "level", "file").map_batches(
        _pair_files, fn_kwargs={"min_registers": cfg.min_pair_registers}, batch_format="pyarrow"
    )
    texts = files.select_columns(["file_id", "commit", "text", "split"])
    joined = links.join(texts, "inner", parts, ("file_id",))
    attribution = read_small(r, "attribution", ["level"])
    if attribution is not None:
        attr = read_ds(r, "attribution", ["level", "file_id", "domain"])
        attr = filter_eq(attr, "level", "file").select_columns(["file_id", "domain"])
        joined = joined.join(attr, "left_outer", parts, ("file_id",))
    snips = joined.map_batches(snippet_rows, fn_kwargs={"cfg": cfg}, batch_format="pyarrow")
    code = snips.groupby(["repo", "datasheet_id", "section_key"], num_partitions=parts).map_groups(
        _code_group, fn_kwargs={"cfg": cfg}, batch_format="pyarrow"
    )
    regs = read_ds(r, "registers", REGISTER_COLS)
    info = (
        regs.map_batches(_with_section_key, batch_format="pyarrow")
        .groupby(["source_id", "section_key"], num_partitions=parts)
        .map_groups(_section_group, batch_format="pyarrow")
    )
    docs = code.join(info, "left_outer", parts, ("datasheet_id", "section_key"))
    if r.store.has_table("sections"):
        secs = read_ds(r, "sections", SECTION_COLS).rename_columns({"section_id": "section_key"})
        docs = docs.join(secs, "left_outer", parts, ("datasheet_id", "section_key"))
    return docs.map_batches(
        _pair_rows, fn_kwargs={"meta": meta, "cfg": cfg}, batch_format="pyarrow"
    )
