"""The `dedup` phase: kept files -> the `dedup` and `dedup_repos` tables, on Ray Data.

    files (kept) --file_meta--> META (node = normalised-content key, reason)   materialized
    one representative per node not in the band index --sign_batch--> new NODES
    new + indexed NODES --band_rows--> bands --groupby(band, key)--> candidate pairs
    pairs --join shingle sets, exact Jaccard--> edges (+ indexed edges among current nodes)
    edges --connected_components (joins + groupby rounds; numpy on the driver when small)-->
        node labels
    META --join labels, groupby label--> keep_cluster --> dedup --groupby repo--> dedup_repos
    new NODES and edges are appended to the band index

One row per file kept by ingest (files with a drop_reason are not in `dedup`; pack reads
only kept files). The driver sees counters, the manifest, the per-repo `sources` rows and,
when the graph is small (dedup.local_max_edges), its edges.

    from spark_data.pipeline import run      # phase "dedup", after ingest
    run(cfg, phases=("ingest", "dedup"))
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from spark_data import schema
from spark_data.dedup.components import connected_components
from spark_data.dedup.config import DedupConfig
from spark_data.dedup.index import BandIndex
from spark_data.dedup.keep import keep_cluster, repo_info, repo_report
from spark_data.dedup.lsh import (
    EDGES,
    as_edges,
    band_rows,
    candidate_pairs,
    file_meta,
    sign_batch,
    verified_edges,
)
from spark_data.dedup.minhash import band_params

FILE_COLUMNS = ["file_id", "repo", "path", "kind", "sha256", "license", "split", "bytes", "text"]


def bands_rows(cfg: DedupConfig) -> tuple[int, int]:
    """The configured bands x rows, or those derived from the threshold."""
    if cfg.bands and cfg.rows:
        if cfg.bands * cfg.rows > cfg.num_perm:
            raise ValueError(f"dedup.bands x rows ({cfg.bands}x{cfg.rows}) > num_perm")
        return cfg.bands, cfg.rows
    return band_params(cfg.threshold, cfg.num_perm, cfg.min_recall)


def with_label(batch: pa.Table) -> pa.Table:
    """META (+ label from the components join, null off the graph) -> label = its node."""
    label = batch["label"] if "label" in batch.column_names else batch["node"]
    label = pc.coalesce(label, batch["node"])
    t = batch.drop_columns([c for c in ("label",) if c in batch.column_names])
    return t.append_column("label", label)


def commit_times(store) -> dict[str, int | None]:
    """sources.commit_time per repository, when ingest records it (else no times)."""
    import pyarrow.parquet as pq

    if not store.has_table("sources"):
        return {}
    t = pq.read_table(store.path("sources"), filesystem=store.fs)
    if "commit_time" not in t.column_names:
        return {}
    return dict(zip(t["name"].to_pylist(), t["commit_time"].to_pylist()))


def _new_nodes(r, meta, index: BandIndex, old_nodes, bands: int, rows: int, parts: int):
    """Sign one representative (smallest file_id) of each signable node not in the index."""
    from ray.data.aggregate import Min

    from spark_data.pipeline import read_kept

    cfg = r.cfg.dedup
    reps = (
        meta.filter(expr="signable")
        .groupby("node", num_partitions=parts)
        .aggregate(Min("file_id", alias_name="file_id"))
    )
    if old_nodes is not None:
        reps = reps.join(old_nodes.select_columns(["node"]), "left_anti", parts, on=("node",))
    texts = read_kept(r, schema.FILE_KINDS, ["file_id", "kind", "text"], r.cfg.ray.rows_per_block)
    texts = texts.join(reps, "inner", parts, on=("file_id",))
    return texts.map_batches(
        sign_batch,
        fn_kwargs={"cfg": cfg, "bands": bands, "rows": rows},
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
        num_cpus=r.cfg.ray.actor_cpus,  # CPU-bound: one task per core
    ).materialize()


def _empty_edges():
    import ray.data

    return ray.data.from_arrow(EDGES.empty_table())


def _edges(r, meta, new_nodes, old_nodes, old_edges, parts: int):
    """New verified edges, and every edge (new and indexed) between current nodes (None
    when there is none). Empty inputs are short-cut: Ray's joins want rows to type them."""
    cfg = r.cfg.dedup
    bands = new_nodes.map_batches(band_rows, fn_kwargs={"new": 1}, batch_format="pyarrow")
    sets = new_nodes
    if old_nodes is not None:
        old_bands = old_nodes.map_batches(band_rows, fn_kwargs={"new": 0}, batch_format="pyarrow")
        bands, sets = bands.union(old_bands), sets.union(old_nodes)
    n_pairs, new_edges = 0, _empty_edges()
    if new_nodes.count():
        pairs = candidate_pairs(bands, cfg.max_bucket_pairs, parts).materialize()
        n_pairs = pairs.count()
    if n_pairs and cfg.verify:
        new_edges = verified_edges(pairs, sets, cfg.threshold, parts).materialize()
    elif n_pairs:
        new_edges = pairs.map_batches(as_edges, batch_format="pyarrow").materialize()
    every = new_edges if old_edges is None else new_edges.union(old_edges)
    if not every.count():
        return new_edges, None, n_pairs
    current = meta.groupby("node", num_partitions=parts).count().select_columns(["node"])
    every = every.join(current.rename_columns({"node": "a"}), "left_semi", parts, on=("a",))
    every = every.join(current.rename_columns({"node": "b"}), "left_semi", parts, on=("b",))
    every = every.materialize()
    return new_edges, (every if every.count() else None), n_pairs


def run_dedup(r) -> dict:
    """The phase: `files` -> `dedup` + `dedup_repos`, and the band index updated."""
    from spark_data.pipeline import join_partitions, read_kept, write
    from spark_data.raysession import task_stage, write_args

    cfg, store = r.cfg.dedup, r.store
    bands, rows = bands_rows(cfg)
    parts = join_partitions(r)
    for name in ("dedup", "dedup_repos"):
        store.remove(name)
    index = BandIndex.open(store, cfg, bands, rows)
    old_nodes = index.nodes() if cfg.incremental else None
    old_edges = index.edges() if cfg.incremental else None
    meta = read_kept(r, schema.FILE_KINDS, FILE_COLUMNS, r.cfg.ray.rows_per_block)
    meta = meta.map_batches(
        file_meta,
        fn_kwargs={"cfg": cfg},
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
        **task_stage(r.cfg.ray),
    ).materialize()
    n_files = meta.count()
    if n_files == 0:
        store.write_table("dedup", schema.DEDUP.empty_table())
        store.write_table("dedup_repos", schema.DEDUP_REPOS.empty_table())
        return {"files": 0, "input_bytes": 0, "bands": bands, "rows": rows}
    new_nodes = _new_nodes(r, meta, index, old_nodes, bands, rows, parts)
    new_edges, edges, n_pairs = _edges(r, meta, new_nodes, old_nodes, old_edges, parts)
    labels, rounds = (None, 0)
    if edges is not None:
        labels, rounds = connected_components(edges, parts, cfg.max_rounds, cfg.local_max_edges)
        meta = meta.join(labels, "left_outer", parts, on=("node",))
    info = repo_info(r.manifest.repos, commit_times(store))
    dedup = (
        meta.map_batches(with_label, batch_format="pyarrow")
        .groupby("label", num_partitions=parts)
        .map_groups(keep_cluster, fn_kwargs={"cfg": cfg, "info": info}, batch_format="pyarrow")
        .materialize()
    )
    write(r, dedup, "dedup", schema.DEDUP)
    repos = (
        dedup.groupby("repo", num_partitions=parts)
        .map_groups(repo_report, batch_format="pyarrow")
        .materialize()
    )
    write(r, repos, "dedup_repos", schema.DEDUP_REPOS)
    if cfg.incremental:
        index.append(new_nodes, new_edges, write_args(r.cfg.ray))
    return _stats(meta, dedup, repos, new_nodes, n_pairs, new_edges, edges, rounds, bands, rows)


def _stats(meta, dedup, repos, new_nodes, n_pairs, new_edges, edges, rounds, bands, rows) -> dict:
    """Counters for the marker: all small (per reason, per repository)."""
    reasons = {
        (row["reason"] or "ok"): int(row["count()"])
        for row in dedup.groupby("reason", num_partitions=2).count().take_all()
    }
    report = sorted(repos.take_all(), key=lambda x: (-x["vendored_share"], x["repo"]))
    return {
        "files": dedup.count(),
        "input_bytes": int(meta.sum("bytes") or 0),
        "bands": bands,
        "rows": rows,
        "nodes_signed": new_nodes.count(),
        "candidate_pairs": n_pairs,
        "new_edges": new_edges.count(),
        "edges": edges.count() if edges is not None else 0,
        "cc_rounds": rounds,
        "duplicates": dedup.filter(expr="not keep").count(),
        "near_clusters": dedup.filter(expr="keep and cluster_size > 1").count(),
        "held_out_cluster": dedup.filter(expr="split_reason == 'held_out_cluster'").count(),
        "by_reason": reasons,
        "repos": {x["repo"]: x["summary"] for x in report},
    }
