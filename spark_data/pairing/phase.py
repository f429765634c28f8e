"""The `pair` phase: files, symbols, datasheets, registers, sections and attribution ->
`links` (repo, file and symbol level) and `pairs` (training documents), on Ray Data.

    files ----> device evidence --join device keys--------------------\\
          \\--> identifiers --keys--+--join spec keys (key)--> overlap ---+--> repo links
    symbols --> symbol keys --------|                                       |  (candidates)
    registers --> spec keys --------+--join (datasheet_id, key) per candidate repo-datasheet
                                    +--> groupby (repo, datasheet) --> symbol links
                                    \\--> groupby (repo, datasheet) --> file links
    file links --join files--> snippets --groupby section--> code --join sections--> pairs

Every join is an equi-join on a key (names, numbers, repository, datasheet): no cross
product. Only small per-datasheet and per-repository facts reach the driver (datasheet
metadata, each repository's attributed manufacturer, each register map's largest address).

    from spark_data.pipeline import PHASE_SPECS  # "pair": spark_data.pairing.phase:run_pair
"""

from __future__ import annotations

import pyarrow as pa

from spark_data import schema
from spark_data.pairing import keys as K
from spark_data.pairing.file_level import rank_files
from spark_data.pairing.flow import filter_eq, first, partitions, read_ds, read_small
from spark_data.pairing.names import part_keys
from spark_data.pairing.pair_docs import pair_documents
from spark_data.pairing.repo_level import CANDIDATE, REPO_ROWS, decide_repo
from spark_data.pairing.symbol_level import peripheral_links, select_symbol_links
from spark_data.raysession import task_stage

LINK_COLS = [f.name for f in schema.LINKS]


def datasheet_meta(r) -> dict[str, dict]:
    cols = ["datasheet_id", "kind", "path", "title", "parts", "manufacturer", "status"]
    table = read_small(r, "datasheets", cols)
    if table is None:
        return {}
    counts = register_stats(r)
    meta = {}
    for row in table.to_pylist():
        n, top = counts.get(row["datasheet_id"], (0, None))
        meta[row["datasheet_id"]] = {**row, "n_registers": n, "max_address": top}
    return meta


def register_stats(r) -> dict[str, tuple[int, int | None]]:
    """source_id -> (registers, largest address): one small row per datasheet."""
    from ray.data.aggregate import Count, Max

    if not r.store.has_table("registers"):
        return {}
    ds = read_ds(r, "registers", ["source_id", "address"])
    rows = (
        ds.groupby("source_id", num_partitions=partitions(r))
        .aggregate(Count(), Max("address"))
        .take_all()
    )
    return {row["source_id"]: (row["count()"], row["max(address)"]) for row in rows}


def repo_manufacturers(r) -> dict[str, str]:
    table = read_small(r, "attribution", ["level", "repo", "manufacturer"])
    if table is None:
        return {}
    return {
        row["repo"]: row["manufacturer"]
        for row in table.to_pylist()
        if row["level"] == "repo" and row["manufacturer"] not in (None, "unknown")
    }


def _repo_group(batch: pa.Table, meta: dict, makers: dict, cfg) -> pa.Table:
    rows = batch.to_pylist()
    return pa.Table.from_pylist(
        decide_repo(rows, meta, makers.get(rows[0]["repo"]), cfg), schema=schema.LINKS
    )


def _symbol_group(batch: pa.Table, cfg, aliases: dict) -> pa.Table:
    rows = batch.to_pylist()
    links = select_symbol_links(rows, cfg, aliases.get(rows[0]["datasheet_id"], 0))
    return pa.Table.from_pylist(links + peripheral_links(links), schema=schema.LINKS)


def _file_group(batch: pa.Table, cfg, devices: dict) -> pa.Table:
    rows = batch.to_pylist()
    links = rank_files(rows, cfg, devices.get(rows[0]["datasheet_id"], set()))
    return pa.Table.from_pylist(links, schema=schema.LINKS)


def _count_matched(batch: pa.Table) -> pa.Table:
    rows = batch.to_pylist()
    return pa.Table.from_pylist(
        [
            {
                "repo": rows[0]["repo"],
                "datasheet_id": rows[0]["datasheet_id"],
                "matched": len({x["spec_item"] for x in rows}),
            }
        ],
        schema=REPO_ROWS,
    )


def _as_repo_rows(batch: pa.Table) -> pa.Table:
    return schema.conform(batch, REPO_ROWS)


def _candidates(batch: pa.Table) -> pa.Table:
    ok = [
        {"repo": x["repo"], "datasheet_id": x["datasheet_id"]}
        for x in batch.to_pylist()
        if x["level"] == "repo"
        and x["spec_kind"] == "device"
        and (x["evidence"] or [""])[0] == CANDIDATE
    ]
    return pa.Table.from_pylist(
        ok, schema=pa.schema([("repo", pa.string()), ("datasheet_id", pa.string())])
    )


def _strong_keys(batch: pa.Table) -> pa.Table:
    """Full-name register keys only (weight 1): what the overlap of a repo counts."""
    t = batch.select(["repo", "key", "weight"]).to_pylist()
    rows = [
        {"repo": x["repo"], "key": x["key"]} for x in t if x["weight"] >= 1 and x["key"][0] == "R"
    ]
    return pa.Table.from_pylist(
        rows, schema=pa.schema([("repo", pa.string()), ("key", pa.string())])
    )


# --- the phase ------------------------------------------------------------------------------


def run_pair(r) -> dict:
    """The `pair` phase (see the module docstring); returns its marker statistics."""
    from spark_data.pipeline import read_kept, write

    cfg = r.cfg.pairing
    for name in ("links", "pairs"):
        r.store.remove(name)
    cols = ["file_id", "repo", "commit", "path", "split", "text"]
    files = read_kept(r, schema.PARSED_KINDS, cols, r.cfg.ray.rows_per_block).materialize()
    meta = datasheet_meta(r)
    aliases = {
        d: cfg.avr_io_offset
        for d, m in meta.items()
        if m["max_address"] is not None and m["max_address"] < cfg.avr_max_address
    }
    spec = _spec_keys(r, aliases)
    # Identifiers are only ever matched against register keys: none, nothing to read.
    ident_keys = _identifier_keys(r, files) if spec is not None else None
    symbols = _symbols_with_repo(r, files)
    repo_links = _repo_level(r, files, ident_keys, symbols, spec, meta).materialize()
    cands = repo_links.map_batches(_candidates, batch_format="pyarrow").materialize()
    parts = [repo_links]
    file_links = None
    if spec is not None and cands.count():
        members = (
            filter_eq(symbols, "kind", "field", "macro")
            .groupby("file_id", num_partitions=partitions(r))
            .map_groups(K.member_address_keys, batch_format="pyarrow")
        )
        sym_keys = symbols.map_batches(
            K.symbol_keys, batch_format="pyarrow", **task_stage(r.cfg.ray)
        )
        sym_keys = sym_keys.union(members)
        parts.append(_grouped(r, sym_keys, cands, spec, _symbol_group, cfg=cfg, aliases=aliases))
        devices = {d: set().union(*map(part_keys, m["parts"] or [])) for d, m in meta.items()}
        file_links = _grouped(r, ident_keys, cands, spec, _file_group, cfg=cfg, devices=devices)
        file_links = file_links.materialize()
        parts.append(file_links)
    parts.append(_datasheet_reasons(meta))
    links = parts[0].union(*parts[1:])
    write(r, links, "links", schema.LINKS)
    if file_links is not None:
        write(r, pair_documents(r, files, file_links, meta), "pairs", schema.PAIRS)
    else:
        r.store.write_table("pairs", schema.PAIRS.empty_table())
    return pair_stats(r, meta)


def _identifier_keys(r, files):
    """Every identifier of every file (uses and definitions) -> its name keys."""
    stage = task_stage(r.cfg.ray)
    rows = files.map_batches(
        K.identifier_rows,
        fn_kwargs={"limit": r.cfg.pairing.max_identifiers_per_file},
        batch_format="pyarrow",
        **stage,
    )
    return rows.map_batches(K.identifier_keys, batch_format="pyarrow", **stage).materialize()


def _datasheet_reasons(meta: dict):
    """One score-0 link per datasheet that cannot pair: no registers, or not read."""
    import ray.data

    from spark_data.pairing.symbol_level import link_row

    rows = []
    for d, m in sorted(meta.items()):
        if m["status"] not in (None, "ok"):
            reason = f"datasheet_status_v1:{m['status']}"
        elif not m["n_registers"]:
            reason = "no_registers_v1"
        else:
            continue
        rows.append(link_row("repo", None, d, ("none", None), (None, None, None), 0.0, [reason]))
    return ray.data.from_arrow(pa.Table.from_pylist(rows, schema=schema.LINKS))


def _spec_keys(r, aliases: dict):
    if not r.store.has_table("registers"):
        return None
    regs = read_ds(
        r,
        "registers",
        [
            "register_id",
            "source_id",
            "peripheral",
            "name",
            "address",
            "offset",
            "fields",
            "section_id",
        ],
    )
    keys = regs.map_batches(
        K.register_keys,
        fn_kwargs={"aliases": aliases},
        batch_format="pyarrow",
        **task_stage(r.cfg.ray),
    ).materialize()
    # No registers (no datasheets, or none with a register map): nothing to join against,
    # and an empty Ray dataset has no schema for the joins' key columns.
    return keys if keys.count() else None


def _symbols_with_repo(r, files):
    cols = [
        "file_id",
        "symbol_id",
        "kind",
        "name",
        "value",
        "number",
        "signature",
        "start_line",
        "parent",
        "role",
    ]
    syms = filter_eq(read_ds(r, "symbols", cols), "kind", "macro", "field", "enumerator")
    owners = files.select_columns(["file_id", "repo"])
    return syms.join(owners, "inner", partitions(r), ("file_id",)).materialize()


def _grouped(r, code_keys, cands, spec, fn, **kw):
    """code keys x candidate (repo, datasheet) x spec keys, grouped per (repo, datasheet)."""
    scoped = code_keys.join(cands, "inner", partitions(r), ("repo",))
    joined = scoped.join(spec, "inner", partitions(r), ("datasheet_id", "key"))
    return joined.groupby(["repo", "datasheet_id"], num_partitions=partitions(r)).map_groups(
        fn, fn_kwargs=kw, batch_format="pyarrow"
    )


def _hw_rows(batch: pa.Table) -> pa.Table:
    import pyarrow.compute as pc

    t = batch.filter(pc.is_valid(batch["role"])).select(["repo"])
    t = t.group_by("repo").aggregate([("repo", "count")])
    return schema.conform(pa.table({"repo": t["repo"], "hw_symbols": t["repo_count"]}), REPO_ROWS)


def _repo_level(r, files, ident_keys, symbols, spec, meta: dict):
    import ray.data

    pieces = [symbols.map_batches(_hw_rows, batch_format="pyarrow")]
    sources = read_small(r, "sources", ["kind", "name"])
    repos = (
        sorted({x["name"] for x in sources.to_pylist() if x["kind"] == "repo"}) if sources else []
    )
    if repos:
        t = pa.Table.from_pylist([{"repo": n, "hw_symbols": 0} for n in repos], schema=REPO_ROWS)
        pieces.append(ray.data.from_arrow(t))
    dev = [
        {"device_key": k, "datasheet_id": d}
        for d, m in meta.items()
        for k in sorted(set().union(*map(part_keys, m["parts"] or [])))
    ]
    if dev:
        devices = files.map_batches(K.device_rows, batch_format="pyarrow", **task_stage(r.cfg.ray))
        hits = devices.join(ray.data.from_items(dev), "inner", partitions(r), ("device_key",))
        pieces.append(hits.map_batches(_as_repo_rows, batch_format="pyarrow"))
    if spec is not None:
        strong = ident_keys.map_batches(_strong_keys, batch_format="pyarrow")
        strong = strong.groupby(["repo", "key"], num_partitions=partitions(r)).map_groups(
            first, batch_format="pyarrow"
        )
        names = filter_eq(spec, "spec_kind", "register").select_columns(
            ["datasheet_id", "key", "spec_item"]
        )
        hits = strong.join(names, "inner", partitions(r), ("key",))
        pieces.append(
            hits.groupby(["repo", "datasheet_id"], num_partitions=partitions(r)).map_groups(
                _count_matched, batch_format="pyarrow"
            )
        )
    rows = pieces[0].union(*pieces[1:]) if len(pieces) > 1 else pieces[0]
    return rows.groupby("repo", num_partitions=partitions(r)).map_groups(
        _repo_group,
        fn_kwargs={"meta": meta, "makers": repo_manufacturers(r), "cfg": r.cfg.pairing},
        batch_format="pyarrow",
    )


def pair_stats(r, meta: dict) -> dict:
    """Links by level and spec kind, pairs, and the recorded reasons (score-0 links)."""
    import pyarrow.dataset as pads

    from spark_data import stats

    by_level = stats.group_sum(r.store, "links", ["level", "spec_kind"], [])
    zero = pads.dataset(r.store.path("links"), filesystem=r.store.fs, format="parquet")
    zero = zero.to_table(columns=["evidence"], filter=pads.field("score") == 0).to_pylist()
    reasons: dict[str, int] = {}
    for row in zero:
        key = (row["evidence"] or ["unknown"])[0].split(":", 1)[0]
        reasons[key] = reasons.get(key, 0) + 1
    no_regs = sorted(d for d, m in meta.items() if not m["n_registers"])
    n_pairs = pads.dataset(
        r.store.path("pairs"), filesystem=r.store.fs, format="parquet"
    ).count_rows()
    return {
        "links": by_level,
        "reasons": reasons,
        "datasheets_without_registers": no_regs,
        "pairs": n_pairs,
    }
