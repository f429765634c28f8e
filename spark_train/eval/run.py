"""`spark eval` top to bottom: sets, decontamination, scoring every model on Ray, results.

In: an `EvalConfig` (a corpus root, models, sections). Out: the results dict (also
results.json) and the files of `report.write_outputs` under cfg.out, plus
eval_docs.parquet (the scored documents), completion_samples.jsonl (the samples, reusable
with completion.samples_file) and decontamination.jsonl (one row per checked item).

    results = run_eval(load_eval_config("configs/eval/tiny.yaml", ["corpus=out/tiny"]))

Every model is scored by its own actor pool: one actor per GPU when the cluster has GPUs,
else `ray.cpu_actors` CPU workers; each loads its model once and takes batches of
documents (perplexity) and samples (completion). The driver holds only the eval sets and
per-document sums, which it merges (`metrics.Totals`) per set and domain.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from spark_data.config import RayConfig, to_dict
from spark_train.eval.config import EvalConfig, ModelSpec, baseline
from spark_train.eval.metrics import COMPLETION_METRICS, Totals, mean_scores
from spark_train.eval.models import check_spec, load_tokenizer_for
from spark_train.eval.score import WORK_IN, WORK_OUT
from spark_train.eval.sets import SPLIT_OF

PPL_COLUMNS = ["model", "id", "set", "domain", "nll", "tokens", "top1", "top5", "bytes"]
COMPLETION_COLUMNS = [
    "model",
    "id",
    "completion",
    "completion_tokens",
    "backend",
    *COMPLETION_METRICS,
]


def reference_tokenizer(cfg: EvalConfig) -> str:
    """cfg.reference_tokenizer, else the corpus's pack.tokenizer (its saved config.yaml)."""
    if cfg.reference_tokenizer:
        return cfg.reference_tokenizer
    saved = Path(cfg.corpus) / "config.yaml"
    if not saved.is_file():
        raise FileNotFoundError(f"{saved} not found: is {cfg.corpus!r} a `spark data` output?")
    tok = (yaml.safe_load(saved.read_text()).get("pack") or {}).get("tokenizer")
    if not tok:
        raise ValueError(f"{saved} names no pack.tokenizer; set reference_tokenizer")
    return tok


def expected_domains(cfg: EvalConfig) -> list[str]:
    """cfg.sets.domains, else every domain the corpus has tokens in (tokens/index.json)."""
    if cfg.sets.domains:
        return list(cfg.sets.domains)
    index = Path(cfg.corpus) / "tokens" / "index.json"
    totals = json.loads(index.read_text()).get("totals", {}) if index.is_file() else {}
    return sorted({d for per_split in totals.values() for d in per_split})


def pool_args(cfg: EvalConfig) -> dict:
    """An actor per GPU when there are GPUs, else cfg.ray.cpu_actors CPU workers."""
    import ray
    from ray.data import ActorPoolStrategy

    gpus = int(ray.cluster_resources().get("GPU", 0))
    if gpus:
        return {"compute": ActorPoolStrategy(size=gpus), "num_gpus": 1}
    n = max(1, cfg.ray.cpu_actors)
    return {"compute": ActorPoolStrategy(size=n), "num_cpus": cfg.ray.actor_cpus}


def work_rows(cfg: EvalConfig, docs: pa.Table, samples: list[dict]) -> pa.Table:
    """What a model is given: documents to score and prompts to complete (score.WORK_IN)."""
    rows = []
    if cfg.perplexity.enabled:
        for r in docs.select(["doc_id", "set", "domain", "text"]).to_pylist():
            rows.append(
                {
                    "kind": "doc",
                    "id": r["doc_id"],
                    "set": r["set"],
                    "domain": r["domain"],
                    "text": r["text"],
                    "reference": None,
                }
            )
    if cfg.completion.enabled:
        for s in samples:
            rows.append(
                {
                    "kind": "sample",
                    "id": s["sample_id"],
                    "set": "held_out",
                    "domain": s["domain"],
                    "text": s["prompt"],
                    "reference": s["reference"],
                }
            )
    return pa.Table.from_pylist(rows, schema=pa.schema([(k, pa.large_string()) for k in WORK_IN]))


def score_model(spec: ModelSpec, cfg: EvalConfig, ref_dir: str, work: pa.Table) -> pa.Table:
    """Every work row scored by one model's actor pool (score.WORK_OUT rows)."""
    import ray.data

    from spark_train.eval.score import ModelWorker

    ds = ray.data.from_arrow(work).map_batches(
        ModelWorker,
        fn_constructor_args=(spec, cfg, ref_dir),
        batch_size=max(1, cfg.perplexity.batch_size, cfg.completion.batch_size),
        batch_format="pyarrow",
        **pool_args(cfg),
    )
    return pa.concat_tables(
        [WORK_OUT.empty_table(), *ds.iter_batches(batch_format="pyarrow", batch_size=None)]
    )


def perplexity_summary(rows: pa.Table, sets: tuple[str, ...]) -> dict:
    """Per set: {"domains": {domain: Totals.summary()}, "overall": token-weighted summary}."""
    out: dict = {}
    for s in sets:
        per: dict[str, Totals] = {}
        for r in rows.to_pylist():
            if r["set"] == s:
                t = Totals(r["nll"], r["tokens"], r["top1"], r["top5"], r["bytes"], 1)
                per[r["domain"]] = per.get(r["domain"], Totals()) + t
        overall = sum(per.values(), Totals())
        out[s] = {
            "domains": {d: per[d].summary() for d in sorted(per)},
            "overall": overall.summary(),
        }
    return out


def completion_summary(rows: pa.Table) -> dict:
    scored = rows.to_pylist()
    per: dict[str, list[dict]] = {}
    for r in scored:
        per.setdefault(r["domain"], []).append(r)
    return {
        "domains": {d: mean_scores(per[d]) for d in sorted(per)},
        "overall": mean_scores(scored),
    }


def empty_domains(
    domains: list[str], docs: pa.Table, samples: list[dict], cfg: EvalConfig, dropped: dict
) -> list[dict]:
    """Every (set, domain) with nothing to score, and why: reported, never a crash."""
    have = {(s, d) for s, d in zip(docs["set"].to_pylist(), docs["domain"].to_pylist())}
    out = []
    for s in cfg.sets.sets:
        for d in domains:
            if (s, d) not in have:
                why = dropped.get((s, d), f"no {SPLIT_OF[s]} documents in the corpus")
                out.append({"set": s, "domain": d, "metric": "perplexity", "reason": why})
    if cfg.completion.enabled:
        got = {x["domain"] for x in samples}
        for d in domains:
            if d not in got:
                why = "no clean held-out document of at least completion.min_tokens tokens"
                out.append({"set": "held_out", "domain": d, "metric": "completion", "reason": why})
    return out


def _timed(log: Callable[[str], None]) -> Callable[[str], None]:
    start = time.monotonic()
    return lambda msg: log(f"[{time.monotonic() - start:6.1f}s] {msg}")


def score_all(
    cfg: EvalConfig, ref_dir: str, work: pa.Table, results: dict, log: Callable[[str], None]
) -> tuple[list[pa.Table], list[pa.Table]]:
    """Each model in turn: fills results["models" | "perplexity" | "completion"]; returns
    the per-document and per-sample rows of every model."""
    ppl_rows, comp_rows = [], []
    for spec in cfg.models:
        log(f"eval: scoring {spec.name} ({work.num_rows} documents and samples)")
        _, info = load_tokenizer_for(spec, ref_dir)
        results["models"][spec.name] = {"path": spec.path, "adapter": spec.adapter, **info}
        if not work.num_rows:
            continue
        scored = score_model(spec, cfg, ref_dir, work)
        ppl = scored.filter(pc.equal(scored["kind"], "doc"))
        comp = scored.filter(pc.equal(scored["kind"], "sample"))
        if ppl.num_rows:
            results["perplexity"][spec.name] = perplexity_summary(ppl, cfg.sets.sets)
            ppl_rows.append(ppl.select(PPL_COLUMNS))
        if comp.num_rows:
            results["completion"][spec.name] = completion_summary(comp)
            comp_rows.append(comp.select(COMPLETION_COLUMNS))
    return ppl_rows, comp_rows


def run_eval(cfg: EvalConfig, log: Callable[[str], None] = print) -> dict:
    """The whole evaluation; see the module docstring."""
    from spark_data.raysession import ray_session
    from spark_train.eval.prepare import prepare
    from spark_train.eval.report import write_outputs

    log = _timed(log)
    if not cfg.models:
        raise ValueError("no models to evaluate: give --model or models: in the config")
    for spec in cfg.models:
        check_spec(spec)  # a wrong adapter is an error before any worker starts
    ref_dir = reference_tokenizer(cfg)
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "corpus": cfg.corpus,
        "reference_tokenizer": ref_dir,
        "baseline": baseline(cfg),
        "models": {},
        "perplexity": {},
        "completion": {},
    }
    with ray_session(RayConfig(address=cfg.ray.address, num_cpus=cfg.ray.num_cpus)):
        prep = prepare(cfg, ref_dir, out, log)
        docs, samples = prep["docs"], prep["samples"]
        ppl_rows, comp_rows = score_all(cfg, ref_dir, work_rows(cfg, docs, samples), results, log)
    if ppl_rows:
        pq.write_table(pa.concat_tables(ppl_rows), out / "perplexity_docs.parquet")
    domains = expected_domains(cfg)
    results["empty"] = empty_domains(domains, docs, samples, cfg, prep["dropped"])
    results["decontamination"] = prep["decontamination"]
    results["samples"] = prep["samples_info"]
    results["config"] = to_dict(cfg)
    comp_all = pa.concat_tables(comp_rows) if comp_rows else None
    write_outputs(results, out, samples, comp_all, log)
    return results
