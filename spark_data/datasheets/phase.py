"""The `datasheets` phase: PDF and SVD sources -> `datasheets`, `sections`, `registers`.

In: the `sources` rows of kind datasheet/svd written by ingest (location = the file,
source_id = the datasheet_id). Out: the three tables (spark_data.schema) and a stats dict
for the phase marker (input_bytes, counts by status, n_sections, n_registers, pages,
pages_per_s).

    probe (one Ray task per PDF: status, page count, outline)
      -> page ranges of `datasheets.pages_per_task` pages, one per block
      -> PdfPages actor pool (text, headings, registers of a range; a worker that dies
         is retried `max_task_retries` times, then its block is skipped)
      -> groupby(datasheet_id).map_groups(assemble)  (sections, merged registers, status)
      -> union SVD bundles (read_svd in tasks) -> datasheets / sections / registers

Every input ends in `datasheets`: a PDF whose probe or ranges died is parser_crash (the
ranges that finished are kept). Run it with `spark data --phases ingest,datasheets`.
"""

from __future__ import annotations

import json
import time

import pyarrow as pa
import pyarrow.compute as pc

from spark_data import schema
from spark_data.datasheets.config import DatasheetsConfig
from spark_data.raysession import actor_stage, cluster_cpus, task_stage

KINDS = ("datasheet", "svd")
BUNDLE = pa.schema([("datasheet_id", pa.string()), ("bundle", pa.large_string())])
RANGE = pa.schema([("datasheet_id", pa.string()), ("part", pa.large_string())])


class PdfPages:
    """Reads one page range per call. Holds only the config: each call opens its PDF."""

    def __init__(self, cfg: DatasheetsConfig):
        self.cfg = cfg

    def __call__(self, batch: pa.Table) -> pa.Table:
        from spark_data.datasheets.pdf import extract_range

        ids, parts = [], []
        for item in batch.to_pylist():
            out = extract_range(
                item["path"], item["first"], item["last"], self.cfg, item["outline"]
            )
            out.update(first=item["first"], last=item["last"])
            ids.append(item["datasheet_id"])
            parts.append(json.dumps(out))
        return pa.table({"datasheet_id": ids, "part": parts}, schema=RANGE)


def assemble_group(group: pa.Table, items: dict, cfg: DatasheetsConfig) -> pa.Table:
    """All ranges of one datasheet -> one bundle row (its three tables' rows as JSON)."""
    from spark_data.datasheets.pdf import assemble

    did = group["datasheet_id"][0].as_py()
    parts = [json.loads(p) for p in group["part"].to_pylist()]
    it = items[did]
    done = {(p["first"], p["last"]) for p in parts}
    lost = [tuple(r) for r in it["ranges"] if tuple(r) not in done]
    out = assemble(did, it["path"], it["probe"], parts, cfg, it["source"], lost)
    return pa.table({"datasheet_id": [did], "bundle": [json.dumps(out)]}, schema=BUNDLE)


def read_svd_batch(batch: pa.Table) -> pa.Table:
    """SVD sources -> bundles (read_svd never raises on bad input)."""
    from spark_data.datasheets.svd import read_svd

    ids, bundles = [], []
    for row in batch.to_pylist():
        ds, regs = read_svd(row["location"], row["source_id"])
        ds = {**ds, "sha256": ds.get("sha256") or row["sha256"]}
        ids.append(row["source_id"])
        bundles.append(json.dumps({"datasheet": ds, "sections": [], "registers": regs}))
    return pa.table({"datasheet_id": ids, "bundle": bundles}, schema=BUNDLE)


def unbundle(batch: pa.Table, table: str) -> pa.Table:
    """One of the three tables from bundle rows."""
    target = {
        "datasheets": schema.DATASHEETS,
        "sections": schema.SECTIONS,
        "registers": schema.REGISTERS,
    }[table]
    rows: list[dict] = []
    for b in batch["bundle"].to_pylist():
        out = json.loads(b)
        rows.extend([out["datasheet"]] if table == "datasheets" else out[table])
    names = set(target.names)
    return pa.Table.from_pylist([{k: v for k, v in r.items() if k in names} for r in rows], target)


def _probe_all(pdfs: list[dict], cfg: DatasheetsConfig) -> dict[str, dict]:
    """Probe every PDF in its own Ray task (a crash there is parser_crash, not the run's
    end); plan the page ranges of the good ones."""
    import ray

    from spark_data.datasheets.pdf import plan_ranges, probe_pdf

    probe = ray.remote(probe_pdf).options(num_cpus=0.25, max_retries=cfg.max_task_retries)
    refs = {row["source_id"]: probe.remote(row["location"]) for row in pdfs}
    items = {}
    for row in pdfs:
        try:
            info = ray.get(refs[row["source_id"]])
        except Exception as e:  # noqa: BLE001 - the worker died; recorded below
            info = {"status": "parser_crash", "error": f"probe worker died: {e}"[:500]}
        ok = info["status"] == "ok"
        items[row["source_id"]] = {
            "path": row["location"],
            "probe": info,
            "source": row,
            "ranges": plan_ranges(info["page_count"], cfg.pages_per_task) if ok else [],
        }
    return items


def _pdf_bundles(r, items: dict):
    import ray.data

    cfg = r.cfg.datasheets
    work = [
        {
            "datasheet_id": did,
            "path": it["path"],
            "first": a,
            "last": b,
            "outline": bool(it["probe"].get("toc")),
        }
        for did, it in items.items()
        for a, b in it["ranges"]
    ]
    bundles = None
    if work:
        # One range per block: a block whose worker keeps dying is skipped alone.
        ds = ray.data.from_items(work, override_num_blocks=len(work))
        ds = ds.map_batches(
            PdfPages,
            fn_constructor_args=(cfg,),
            batch_size=1,
            batch_format="pyarrow",
            max_task_retries=cfg.max_task_retries,
            **_forward_crash_env(),
            **actor_stage(r.cfg.ray, len(work)),
        )
        # Each shuffle partition is an aggregator actor: a few for a few datasheets.
        parts = max(1, min(2 * cluster_cpus(), len(work) // 8 + 1))
        bundles = ds.groupby("datasheet_id", num_partitions=parts).map_groups(
            assemble_group,
            fn_args=(items, cfg),
            batch_format="pyarrow",
            **task_stage(r.cfg.ray),
        )
    return bundles


def _forward_crash_env() -> dict:
    """The fault-injection variable (pdf.CRASH_ENV), when the driver has it, travels to
    the workers through the stage's runtime env (tests set it on the driver)."""
    import os

    from spark_data.datasheets.pdf import CRASH_ENV

    value = os.environ.get(CRASH_ENV)
    return {"runtime_env": {"env_vars": {CRASH_ENV: value}}} if value else {}


def run_datasheets(r) -> dict:
    """The phase (see module doc): reads `sources`, writes the three tables."""
    import ray.data

    from spark_data.datasheets.pdf import assemble

    store, cfg = r.store, r.cfg.datasheets
    t0 = time.perf_counter()
    for name in ("datasheets", "sections", "registers"):
        store.remove(name)
    sources = _document_sources(r)
    pdfs = [s for s in sources if s["kind"] == "datasheet"]
    svds = [s for s in sources if s["kind"] == "svd"]
    items = _probe_all(pdfs, cfg)
    ctx = ray.data.DataContext.get_current()
    saved = ctx.max_errored_blocks
    ctx.max_errored_blocks = sum(len(it["ranges"]) for it in items.values()) + len(svds)
    try:
        parts = [b for b in (_pdf_bundles(r, items), _svd_bundles(r, svds)) if b is not None]
        bundles = None
        if parts:  # (union() of a single dataset does not plan)
            bundles = (parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]).materialize()
    finally:
        ctx.max_errored_blocks = saved
    done = _write_tables(r, bundles)
    # Everything the workers did not account for, on the driver (statuses only).
    extra = []
    for did, it in items.items():
        if did in done:
            continue
        lost = [tuple(x) for x in it["ranges"]]
        probe = it["probe"]
        out = assemble(did, it["path"], probe, [], cfg, it["source"], lost)
        if probe["status"] == "ok" and not lost:
            out["datasheet"].update(status="error", error="no result from the workers")
        extra.append(out["datasheet"])
    extra += [_svd_lost(s) for s in svds if s["source_id"] not in done]
    if extra:
        store.fs.create_dir(store.path("datasheets"), recursive=True)
        import pyarrow.parquet as pq

        pq.write_table(
            pa.Table.from_pylist(extra, schema.DATASHEETS),
            store.path("datasheets", "unaccounted.parquet"),
            filesystem=store.fs,
        )
    for row in extra:
        r.log(f"[datasheets] {row['path']}: {row['status']} ({row['error']})")
    return _stats(r, sources, time.perf_counter() - t0)


def _document_sources(r) -> list[dict]:
    """The datasheet/SVD files ingest recorded (entries that matched no file are already
    error rows in `sources` and have nothing to parse)."""
    import pyarrow.parquet as pq

    if not r.store.has_table("sources"):
        return []
    t = pq.read_table(r.store.path("sources"), filesystem=r.store.fs)
    mask = pc.and_(
        pc.is_in(t["kind"], value_set=pa.array(KINDS, pa.string())),
        pc.not_equal(t["status"], "error"),
    )
    return t.filter(mask).to_pylist()


def _svd_bundles(r, svds: list[dict]):
    import ray.data

    if not svds:
        return None
    ds = ray.data.from_items(svds, override_num_blocks=len(svds))
    return ds.map_batches(
        read_svd_batch, batch_size=1, batch_format="pyarrow", **task_stage(r.cfg.ray)
    )


def _svd_lost(row: dict) -> dict:
    return {
        "datasheet_id": row["source_id"],
        "kind": "svd",
        "path": row["location"],
        "sha256": row.get("sha256"),
        "bytes": row.get("bytes"),
        "status": "parser_crash",
        "error": "the SVD reader's worker died (after Ray's retries)",
    }


def _write_tables(r, bundles) -> set[str]:
    """Write the three tables from the bundles; return the datasheet ids written."""
    import pyarrow.parquet as pq

    from spark_data.pipeline import write

    targets = (
        ("datasheets", schema.DATASHEETS),
        ("sections", schema.SECTIONS),
        ("registers", schema.REGISTERS),
    )
    for name, target in targets:
        if bundles is None:
            r.store.write_table(name, target.empty_table())
            continue
        ds = bundles.map_batches(
            unbundle, fn_kwargs={"table": name}, batch_format="pyarrow", **task_stage(r.cfg.ray)
        )
        write(r, ds, name, target)
    ids = pq.read_table(r.store.path("datasheets"), columns=["datasheet_id"], filesystem=r.store.fs)
    return set(ids["datasheet_id"].to_pylist())


def _stats(r, sources: list[dict], wall: float) -> dict:
    import pyarrow.parquet as pq

    cols = ["kind", "status", "pages", "n_sections", "n_registers", "table_pages"]
    t = pq.read_table(r.store.path("datasheets"), columns=cols, filesystem=r.store.fs)
    rows = t.to_pylist()
    pages = sum(x["pages"] or 0 for x in rows if x["kind"] == "pdf")
    by_status: dict[str, int] = {}
    for x in rows:
        key = f"{x['kind']}_{x['status']}"
        by_status[key] = by_status.get(key, 0) + 1
    return {
        "input_bytes": sum(s.get("bytes") or 0 for s in sources),
        "n_pdf": sum(s["kind"] == "datasheet" for s in sources),
        "n_svd": sum(s["kind"] == "svd" for s in sources),
        "n_datasheets": len(rows),
        "by_status": by_status,
        "n_sections": sum(x["n_sections"] or 0 for x in rows),
        "n_registers": sum(x["n_registers"] or 0 for x in rows),
        "pages": pages,
        "table_pages": sum(x["table_pages"] or 0 for x in rows),
        "pages_per_s": round(pages / wall, 1) if wall else None,
    }
