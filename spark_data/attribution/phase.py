"""The `attribute` phase: kept files + their symbols -> the `attribution` table.

    files (kept, every kind) --join file_id-- symbols summarised per file (groupby file_id)
        --attribute_batch--> level=file rows (+ internal votes, bytes)
        --groupby repo--> level=repo rows (all candidate manufacturers with scores)

Every kept file gets one level=file row (a manufacturer or `unknown` with a reason, a
primary domain, scores, evidence); every repository with kept files one level=repo row.
Nothing is collected on the driver but per-repo rows and (manufacturer, domain) counts.

    from spark_data.pipeline import run          # phase "attribute", after ingest and parse
    totals = attribution_totals(store)            # {"by_domain": ..., "by_manufacturer": ...}

Plain row helpers (`summarize_symbols`, `attribute_batch`, `repo_rows`) are tested without Ray.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from spark_data import schema
from spark_data.attribution.config import AttributionConfig
from spark_data.attribution.domain import classify, load_taxonomy
from spark_data.attribution.manufacturer import (
    decide,
    extract_facts,
    file_scores,
    repo_decision,
    with_hint,
)
from spark_data.attribution.registry import load_registry

ATTRIBUTED_KINDS = tuple(k for k in schema.FILE_KINDS if k != "binary")
_NAME_KINDS = {"macro", "macro_function", "struct", "union", "typedef", "enum", "function"}
_NAME_KINDS |= {"function_decl", "enumerator", "variable", "label", "dt_compatible", "field"}
_DEF_KINDS = ("macro", "field")
SYMSUM = pa.schema(
    [
        ("file_id", pa.string()),
        ("sym_names", pa.list_(pa.string())),
        ("sym_values", pa.list_(pa.string())),
        ("n_role", pa.int64()),
        ("n_defs", pa.int64()),
    ]
)
VOTE = pa.struct([("name", pa.string()), ("score", pa.float64())])
WORK = pa.schema([*schema.ATTRIBUTION, ("votes", pa.list_(VOTE)), ("bytes", pa.int64())])


def summarize_symbols(group: pa.Table, max_symbols: int = 4000) -> pa.Table:
    """All `symbols` rows of one file -> one row: names, macro values, role counts."""
    kinds = group["kind"].to_pylist()
    names = group["name"].to_pylist()
    values = group["value"].to_pylist()
    roles = group["role"].to_pylist()
    keep = [n for k, n in zip(kinds, names) if k in _NAME_KINDS and n]
    vals = [v for k, v in zip(kinds, values) if k in ("macro", "dt_compatible") and v]
    row = {
        "file_id": group["file_id"][0].as_py(),
        "sym_names": list(dict.fromkeys(keep))[:max_symbols],
        "sym_values": vals[:max_symbols],
        "n_role": sum(1 for r in roles if r),
        "n_defs": sum(1 for k in kinds if k in _DEF_KINDS),
    }
    return pa.Table.from_pylist([row], schema=SYMSUM)


def _col(batch: pa.Table, name: str, default: Any) -> list:
    if name in batch.column_names:
        return [default if v is None else v for v in batch[name].to_pylist()]
    return [default] * batch.num_rows


def attribute_batch(
    batch: pa.Table, cfg: AttributionConfig, hints: dict[str, str | None]
) -> pa.Table:
    """Files (file_id, repo, path, kind, bytes, text [+ symbol summary]) -> WORK rows."""
    reg, tax = load_registry(cfg.registry), load_taxonomy(cfg.taxonomy)
    cols = {c: _col(batch, c, None) for c in ("file_id", "repo", "path", "kind", "text")}
    names, values = _col(batch, "sym_names", []), _col(batch, "sym_values", [])
    n_role, n_defs = _col(batch, "n_role", 0), _col(batch, "n_defs", 0)
    sizes = _col(batch, "bytes", 0)
    rows = []
    for i in range(batch.num_rows):
        facts, comments = extract_facts(
            cols["path"][i], cols["kind"][i], cols["text"][i], names[i], n_role[i], n_defs[i], cfg
        )
        own, evidence, hardware = file_scores(
            facts, comments, values[i][: cfg.max_symbols], reg, cfg
        )
        scores, evidence = with_hint(
            own, evidence, hints.get(cols["repo"][i]), reg, cfg.hint_weight
        )
        name, score, ranked, reason = decide(scores, cfg.min_score, cfg.ambiguity_ratio)
        domain, dscores, devidence = classify(facts, tax, None if name == "unknown" else name)
        rows.append(
            {
                "level": "file",
                "file_id": cols["file_id"][i],
                "repo": cols["repo"][i],
                "manufacturer": name,
                "manufacturer_score": score,
                "manufacturers": [{"name": n, "score": s} for n, s in ranked],
                "domain": domain,
                "domain_score": dict(dscores).get(domain, 0.0),
                "domains": [{"name": n, "score": s} for n, s in dscores if s > 0],
                "evidence": evidence + devidence[:10],
                "reason": reason,
                "votes": [{"name": n, "score": s} for n, s in own.items() if n in hardware],
                "bytes": sizes[i],
            }
        )
    return pa.Table.from_pylist(rows, schema=WORK)


def repo_rows(group: pa.Table, cfg: AttributionConfig, hints: dict[str, str | None]) -> pa.Table:
    """All WORK rows of one repository -> its level=repo row (every candidate, scored)."""
    reg = load_registry(cfg.registry)
    repo = group["repo"][0].as_py()
    votes = [{v["name"]: v["score"] for v in vs} for vs in group["votes"].to_pylist()]
    name, score, ranked, reason, evidence = repo_decision(votes, hints.get(repo), reg, cfg)
    domains: dict[str, int] = {}
    for d in group["domain"].to_pylist():
        domains[d] = domains.get(d, 0) + 1
    ranked_d = sorted(domains.items(), key=lambda kv: (-kv[1], kv[0]))
    n = group.num_rows
    specific = [kv for kv in ranked_d if kv[0] != "general"] or ranked_d
    row = {
        "level": "repo",
        "file_id": None,
        "repo": repo,
        "manufacturer": name,
        "manufacturer_score": score,
        "manufacturers": [{"name": k, "score": s} for k, s in ranked],
        "domain": specific[0][0],
        "domain_score": round(specific[0][1] / n, 4),
        "domains": [{"name": k, "score": round(c / n, 4)} for k, c in ranked_d],
        "evidence": evidence,
        "reason": reason,
        "votes": [],
        "bytes": sum(_col(group, "bytes", 0)),
    }
    return pa.Table.from_pylist([row], schema=WORK)


def to_attribution(batch: pa.Table) -> pa.Table:
    return batch.select(schema.ATTRIBUTION.names)


def partial_counts(batch: pa.Table) -> pa.Table:
    """Per-batch files and bytes by (level, manufacturer, domain): small, for the stats."""
    t = batch.select(["level", "manufacturer", "domain", "bytes"])
    return t.group_by(["level", "manufacturer", "domain"], use_threads=False).aggregate(
        [("bytes", "count"), ("bytes", "sum")]
    )


def run_attribute(r) -> dict:
    """The phase: `files` + `symbols` -> `attribution` (level=file and level=repo rows)."""
    from spark_data.pipeline import join_partitions, read_kept, write
    from spark_data.raysession import task_stage

    cfg = r.cfg.attribution
    load_registry(cfg.registry), load_taxonomy(cfg.taxonomy)  # bad files fail here, early
    hints = {s.name: s.manufacturer for s in r.manifest.repos}
    r.store.remove("attribution")
    cols = ["file_id", "repo", "path", "kind", "bytes", "text"]
    ds = read_kept(r, ATTRIBUTED_KINDS, cols, r.cfg.ray.rows_per_block)
    if r.store.has_table("symbols"):
        ds = ds.join(
            _symbol_summaries(r, cfg),
            "left_outer",
            join_partitions(r),
            ("file_id",),
        )
    work = ds.map_batches(
        attribute_batch,
        fn_kwargs={"cfg": cfg, "hints": hints},
        batch_size=cfg.batch_size,
        batch_format="pyarrow",
        **task_stage(r.cfg.ray),
    ).materialize()
    repos = work.groupby("repo", num_partitions=join_partitions(r)).map_groups(
        repo_rows, fn_kwargs={"cfg": cfg, "hints": hints}, batch_format="pyarrow"
    )
    repos = repos.materialize()
    out = work.union(repos).map_batches(to_attribution, batch_format="pyarrow")
    write(r, out, "attribution", schema.ATTRIBUTION)
    counts = work.union(repos).map_batches(partial_counts, batch_format="pyarrow").take_all()
    return attribution_stats(counts, repos.take_all())


def _symbol_summaries(r, cfg: AttributionConfig):
    import ray.data

    from spark_data.pipeline import join_partitions

    syms = ray.data.read_parquet(r.store.dataset_path("symbols"), num_cpus=r.cfg.ray.task_cpus)
    syms = syms.select_columns(["file_id", "kind", "name", "value", "role"])
    return syms.groupby("file_id", num_partitions=join_partitions(r)).map_groups(
        summarize_symbols, fn_kwargs={"max_symbols": cfg.max_symbols}, batch_format="pyarrow"
    )


def attribution_stats(counts: list[dict], repo_rows_: list[dict]) -> dict:
    """The phase's marker stats from the partial counts and the per-repo rows."""
    by_m: dict[str, int] = {}
    by_d: dict[str, int] = {}
    files = nbytes = 0
    for c in counts:
        if c["level"] != "file":
            continue
        n = int(c["bytes_count"])
        files += n
        nbytes += int(c["bytes_sum"] or 0)
        by_m[c["manufacturer"]] = by_m.get(c["manufacturer"], 0) + n
        by_d[c["domain"]] = by_d.get(c["domain"], 0) + n
    return {
        "files": files,
        "input_bytes": nbytes,
        "files_by_manufacturer": dict(sorted(by_m.items(), key=lambda kv: -kv[1])),
        "files_by_domain": dict(sorted(by_d.items(), key=lambda kv: -kv[1])),
        "repos": {
            row["repo"]: {
                "manufacturer": row["manufacturer"],
                "candidates": {m["name"]: m["score"] for m in row["manufacturers"]},
                "reason": row["reason"],
                "domain": row["domain"],
            }
            for row in sorted(repo_rows_, key=lambda x: x["repo"])
        },
    }


def attribution_totals(store) -> dict[str, dict[str, dict[str, int]]]:
    """Kept files and bytes per domain and per manufacturer (level=file rows joined with
    `files` on file_id): {"by_domain": {d: {"files", "bytes"}}, "by_manufacturer": {...}}.
    Tokens per domain/manufacturer come from pack's `docs` joined on file_id the same way."""
    import ray.data

    files = ray.data.read_parquet(store.dataset_path("files")).select_columns(
        ["file_id", "bytes", "drop_reason"]
    )
    files = files.map_batches(_kept, batch_format="pyarrow")
    attr = ray.data.read_parquet(store.dataset_path("attribution"))
    attr = attr.filter(expr="level == 'file'").select_columns(["file_id", "manufacturer", "domain"])
    joined = attr.join(files, "inner", 2, ("file_id",))
    parts = joined.map_batches(_pair_counts, batch_format="pyarrow").take_all()
    out: dict[str, dict[str, dict[str, int]]] = {"by_domain": {}, "by_manufacturer": {}}
    for p in parts:
        for key, col in (("by_domain", "domain"), ("by_manufacturer", "manufacturer")):
            slot = out[key].setdefault(p[col], {"files": 0, "bytes": 0})
            slot["files"] += int(p["bytes_count"])
            slot["bytes"] += int(p["bytes_sum"] or 0)
    return out


def _kept(batch: pa.Table) -> pa.Table:
    return batch.filter(pc.is_null(batch["drop_reason"])).select(["file_id", "bytes"])


def _pair_counts(batch: pa.Table) -> pa.Table:
    t = batch.select(["manufacturer", "domain", "bytes"])
    t = t.set_column(2, "bytes", pc.cast(t["bytes"], pa.int64()))
    return t.group_by(["manufacturer", "domain"], use_threads=False).aggregate(
        [("bytes", "count"), ("bytes", "sum")]
    )
