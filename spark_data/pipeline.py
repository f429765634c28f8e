"""The corpus pipeline: the phase registry, restart points, and the shared Ray Data helpers.

    manifest --ingest--> sources, files --datasheets--> datasheets, sections, registers
             --parse--> symbols --dedup--> dedup --attribute--> attribution
             --pair--> links, pairs --pack--> docs, blocks, tokens/*.npy

`PHASE_SPECS` names each phase's function ("module:function"; ingest and parse live here,
the others beside their logic: spark_data/<package>/phase.py, spark_data/pack_phase.py),
its input phases, its config sections and a version. Each phase reads tables and writes
tables under the output root (spark_data.store). It is a restart point: its marker holds a
fingerprint of its config sections, its inputs and the phases before it, and a phase whose
fingerprint matches is skipped on rerun unless `force`. Per-file work runs in Ray Data
stages (actor pools for parsers and tokenizers); the driver only handles the manifest,
markers and small aggregates.

    from spark_data.config import load_config
    from spark_data.pipeline import run
    summary = run(load_config("configs/data/quickstart.yaml"))
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from spark_data import schema, stats
from spark_data.config import DataConfig, section, to_dict
from spark_data.raysession import (
    actor_stage,
    cluster_cpus,
    ray_session,
    task_stage,
    write_args,
)
from spark_data.sources.inputs import document_rows, inputs_fingerprint
from spark_data.sources.manifest import Manifest, load_manifest
from spark_data.store import Store, fingerprint
from spark_data.summary import build_summary, format_summary


@dataclass(frozen=True)
class PhaseSpec:
    """A phase: its function ("module:function", imported when it runs), the phases whose
    tables it reads, the config sections it depends on, and a version to bump when its
    output changes for the same inputs and config."""

    func: str
    inputs: tuple[str, ...]
    sections: tuple[str, ...]
    version: int = 1


# In run order; a phase's inputs come before it. The phase functions of the later issues
# live beside their logic (spark_data/<package>/phase.py) and take the same `Run`.
PHASE_SPECS: dict[str, PhaseSpec] = {
    "ingest": PhaseSpec("spark_data.pipeline:ingest", (), ("ingest", "filter", "split"), version=2),
    "datasheets": PhaseSpec(
        "spark_data.datasheets.phase:run_datasheets", ("ingest",), ("datasheets",)
    ),
    "parse": PhaseSpec("spark_data.pipeline:parse", ("ingest",), ("parse",)),
    "dedup": PhaseSpec("spark_data.dedup.phase:run_dedup", ("ingest",), ("dedup", "split")),
    "attribute": PhaseSpec(
        "spark_data.attribution.phase:run_attribute", ("ingest", "parse"), ("attribution",)
    ),
    "pair": PhaseSpec(
        "spark_data.pairing.phase:run_pair",
        ("ingest", "parse", "datasheets", "attribute"),
        ("pairing",),
        version=2,  # 2: instance keys (I:<address>:<instance>) for shared addresses
    ),
    # Pack reads the files with their dedup outcome, attribution and the pair documents.
    "pack": PhaseSpec(
        "spark_data.pack_phase:run_pack",
        ("ingest", "dedup", "attribute", "pair"),
        ("pack",),
        version=2,
    ),
}
PACK = "pack"
PHASES = tuple(PHASE_SPECS)
# Kept files per partition of the hash-shuffle joins: each partition starts an aggregator
# actor, which on a small corpus costs more than the join (measured on the sample: 8
# partitions 532 s, 1 partition 30 s, on 2 loaded cores).
FILES_PER_JOIN_PARTITION = 20_000

Log = Callable[[str], None]


@dataclass
class Run:
    cfg: DataConfig
    store: Store
    manifest: Manifest
    log: Log
    force: bool = False
    markers: dict[str, dict] = field(default_factory=dict)


def plan(cfg: DataConfig, force: bool = False) -> list[tuple[str, str]]:
    """What `run` would do, phase by phase: ("ingest", "run: no marker") etc. No Ray."""
    store = Store.open(cfg.out)
    manifest = load_manifest(cfg.sources)
    fps = _fingerprints(cfg, manifest)
    out = []
    for phase in PHASES:
        marker = store.marker(phase)
        if force:
            out.append((phase, "run (--force)"))
        elif marker is None:
            out.append((phase, "run: never completed"))
        elif marker.get("fingerprint") != fps[phase]:
            out.append((phase, "run: inputs or config changed"))
        else:
            out.append((phase, "skip: up to date"))
    return out


def run(
    cfg: DataConfig,
    force: bool = False,
    phases: tuple[str, ...] = PHASES,
    log: Log = print,
) -> dict:
    """Run the phases (skipping those up to date), write and return the run summary."""
    if not cfg.sources:
        raise ValueError("no sources manifest: set `sources:` in the config or pass --sources")
    manifest = load_manifest(cfg.sources)
    store = Store.open(cfg.out)
    store.write_text("config.yaml", _yaml(cfg))
    fps = _fingerprints(cfg, manifest)
    r = Run(cfg=cfg, store=store, manifest=manifest, log=log, force=force)
    t0 = time.perf_counter()
    with ray_session(cfg.ray):
        for phase in PHASES:
            marker = store.marker(phase)
            if phase not in phases:
                if marker:
                    r.markers[phase] = marker
                continue
            if not force and marker and marker.get("fingerprint") == fps[phase]:
                log(f"[{phase}] up to date, skipped (use --force to redo)")
                r.markers[phase] = marker
                continue
            _check_input(r, phase, fps)
            r.markers[phase] = _run_phase(r, phase, fps[phase])
    summary = build_summary(cfg, r.markers, wall_s=time.perf_counter() - t0)
    store.write_json("summary.json", summary)
    log(format_summary(summary))
    from spark_data.card import write_card

    log(f"corpus card: {write_card(cfg.out)}")
    return summary


def _run_phase(r: Run, phase: str, fp: str) -> dict:
    r.store.clear_marker(phase)
    r.log(f"[{phase}] running ...")
    t = time.perf_counter()
    phase_stats = _phase_func(phase)(r)
    wall = time.perf_counter() - t
    mb = phase_stats.get("input_bytes", 0) / 1e6
    phase_stats.update(wall_s=round(wall, 3), mb_per_s=round(mb / wall, 3) if wall else None)
    marker = {
        "phase": phase,
        "version": PHASE_SPECS[phase].version,
        "fingerprint": fp,
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "config": {s: section(r.cfg, s) for s in PHASE_SPECS[phase].sections},
        "stats": phase_stats,
    }
    r.store.write_marker(phase, marker)
    r.log(f"[{phase}] done in {wall:.1f}s ({mb:.2f} MB, {phase_stats['mb_per_s']} MB/s)")
    return marker


def _phase_func(phase: str) -> Callable[[Run], dict]:
    import importlib

    module, name = PHASE_SPECS[phase].func.split(":")
    return getattr(importlib.import_module(module), name)


def _check_input(r: Run, phase: str, fps: dict[str, str]) -> None:
    """A phase runs only on its input phases' current tables (clear error otherwise)."""
    for needed in PHASE_SPECS[phase].inputs:
        marker = r.markers.get(needed)
        if marker is None or marker.get("fingerprint") != fps[needed]:
            raise ValueError(
                f"phase {phase!r} needs phase {needed!r} to be up to date for these sources "
                f"and config: run it first (e.g. --phases {needed},{phase})"
            )


def _fingerprints(cfg: DataConfig, manifest: Manifest) -> dict[str, str]:
    """Each phase's fingerprint: its version, config sections and its inputs' fingerprints
    (ingest's input is the state of the sources themselves)."""
    fps: dict[str, str] = {"": inputs_fingerprint(manifest, cfg.ingest.exclude_dirs)}
    for phase, spec in PHASE_SPECS.items():
        sections = {s: section(cfg, s) for s in spec.sections}
        upstream = [fps[p] for p in spec.inputs] or [fps[""]]
        fps[phase] = fingerprint(phase, spec.version, sections, "+".join(upstream))
    return fps


def _yaml(cfg: DataConfig) -> str:
    import yaml

    return yaml.safe_dump(to_dict(cfg), sort_keys=False)


# --- ingest ----------------------------------------------------------------------------


def ingest(r: Run) -> dict:
    """manifest -> `files` (read, decoded, tagged by the filter rules) and `sources`."""
    import ray.data

    from spark_data.filters import tag_rules
    from spark_data.sources.reader import RepoReader, read_reports, spec_to_json

    cfg, store = r.cfg, r.store
    # Reports go under the output root, which every node and the driver share; clones and
    # extractions go to the node-local cache (ingest.work_dir, else the local output root).
    work_dir = store.path("_work") if store.is_local else f"{store.uri}/_work"
    store.remove("files")
    store.remove("_work", "reports")
    items = [
        {"spec": spec_to_json(s), "work_dir": work_dir, "cache_dir": cfg.ingest.work_dir}
        for s in r.manifest.repos
    ]
    if items:
        ds = ray.data.from_items(items, override_num_blocks=len(items))
        ds = ds.map_batches(
            RepoReader,
            fn_constructor_args=(cfg,),
            batch_size=1,
            batch_format="pyarrow",
            **actor_stage(cfg.ray, len(items)),
        )
        ds = ds.map_batches(
            tag_rules, fn_kwargs={"cfg": cfg.filter}, batch_format="pyarrow", **task_stage(cfg.ray)
        )
        ds.write_parquet(store.dataset_path("files"), **write_args(cfg.ray))
    if not store.has_table("files"):
        store.write_table("files", schema.FILES.empty_table())
    rows = _with_missing(read_reports(work_dir), r) + document_rows(r.manifest)
    store.write_table("sources", pa.Table.from_pylist(rows, schema=schema.SOURCES))
    for row in rows:
        if row["status"] == "error":
            r.log(f"[ingest] source {row['name']!r} failed: {row['error']}")
    return stats.ingest_stats(store, rows)


def _with_missing(reports: list[dict], r: Run) -> list[dict]:
    """Reports, plus an error row for any repository whose reader left none (it died)."""
    from spark_data.sources.reader import assign_split
    from spark_data.sources.report import repo_source_id, source_report

    seen = {row["source_id"] for row in reports}
    died = RuntimeError("its reader left no report (the worker died or was lost)")
    patterns = r.cfg.split.held_out_patterns
    return reports + [
        source_report(s, died, 0, 0, assign_split(s, patterns))
        for s in r.manifest.repos
        if repo_source_id(s) not in seen
    ]


# --- parse -----------------------------------------------------------------------------


def select_rows(batch: pa.Table, kinds: tuple[str, ...], columns: list[str]) -> pa.Table:
    """Kept files of the given kinds (drop_reason is null), projected to `columns`."""
    mask = pc.and_(
        pc.is_in(batch["kind"], value_set=pa.array(kinds, pa.string())),
        pc.is_null(batch["drop_reason"]),
    )
    return batch.filter(mask).select(columns)


def read_kept(r: Run, kinds: tuple[str, ...], columns: list[str], rows_per_block: int):
    """The kept files of `kinds` from the `files` table, as a Ray Dataset of `columns`.

    `files` comes in one Parquet file per repository and a pool's actor takes a whole block,
    so a large repository (a kernel, a vendor SDK) would sit on one core; re-blocking it
    (streaming, no shuffle) into at most `rows_per_block` files spreads it over the pool.
    """
    import ray.data

    cols = list(dict.fromkeys([*columns, "kind", "drop_reason"]))
    ds = ray.data.read_parquet(r.store.dataset_path("files"), num_cpus=r.cfg.ray.task_cpus)
    ds = ds.select_columns(cols).map_batches(
        select_rows,
        fn_kwargs={"kinds": kinds, "columns": columns},
        batch_format="pyarrow",
        **task_stage(r.cfg.ray),
    )
    if cluster_cpus() < 2:  # no CPU to spare for the (1-CPU) repartition tasks
        return ds
    return ds.repartition(target_num_rows_per_block=rows_per_block)


def write(r: Run, ds, name: str, schema_: pa.Schema) -> None:
    """Write a Dataset as table `name`; an empty result still leaves an empty table."""
    ds.write_parquet(r.store.dataset_path(name), **write_args(r.cfg.ray))
    if not r.store.has_table(name):
        r.store.write_table(name, schema_.empty_table())


def parse(r: Run) -> dict:
    """kept C/asm/device-tree files -> `symbols` (one kind=file row per parsed file)."""

    from spark_data.code.parser import CodeParser

    store, cfg = r.store, r.cfg
    store.remove("symbols")
    ds = read_kept(
        r, schema.PARSED_KINDS, ["file_id", "path", "kind", "text"], cfg.ray.rows_per_block
    )
    ds = ds.map_batches(
        CodeParser,
        fn_constructor_args=(cfg.parse,),
        batch_size=cfg.parse.batch_size,
        batch_format="pyarrow",
        **actor_stage(cfg.ray),
    )
    write(r, ds, "symbols", schema.SYMBOLS)
    return stats.parse_stats(store, file_groups(r))


def join_partitions(r: Run) -> int:
    """ray.join_partitions, else one per FILES_PER_JOIN_PARTITION kept files (1..2/CPU)."""
    if r.cfg.ray.join_partitions:
        return r.cfg.ray.join_partitions
    kept = r.markers.get("ingest", {}).get("stats", {}).get("kept_files", 0)
    return max(1, min(2 * cluster_cpus(), kept // FILES_PER_JOIN_PARTITION + 1))


def read_table(r: Run, name: str, columns: list[str]):
    import ray.data

    ds = ray.data.read_parquet(r.store.dataset_path(name), num_cpus=r.cfg.ray.task_cpus)
    return ds.select_columns(columns)


def file_groups(r: Run) -> list[dict]:
    return r.markers.get("ingest", {}).get("stats", {}).get("file_groups", [])
