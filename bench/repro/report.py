"""The reproduction's results: headline, per-domain table, ablation, targets.

In: the run context (bench/repro/run.py) and the two `spark eval` results.json dicts
(embedded code-only corpus; general corpus). Out: bench/results/repro_<scale>.json (every
figure) and .md (the tables for the README), and the results dict.

Definitions: "adapted" is the mean over seeds of the pairs variant (the corpus as `spark
data` builds it); each perplexity is token-weighted (exp of total NLL over total tokens,
spark eval's rule) on the code-only corpus's eval sets, so both variants are scored on
the same documents. Changes are relative to the base: 100 * (adapted - base) / base.
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

TARGET_HELD_OUT = -50.0  # held-out perplexity change, percent (at most)
TARGET_GENERAL = 10.0  # general-code perplexity change, percent (at most)


def _ppl(result: dict, model: str, set_: str, domain: str | None = None) -> float | None:
    sets = result.get("perplexity", {}).get(model, {}).get(set_, {})
    node = sets.get("overall") if domain is None else sets.get("domains", {}).get(domain)
    return (node or {}).get("perplexity")


def _metric(result: dict, model: str, key: str) -> float | None:
    return (result.get("completion", {}).get(model, {}).get("overall") or {}).get(key)


def _pct(base: float | None, new: float | None) -> float | None:
    if base is None or new is None or not base:
        return None
    return 100.0 * (new - base) / base


def _stats(values: list[float | None]) -> dict:
    vals = [v for v in values if v is not None and math.isfinite(v)]
    if not vals:
        return {"mean": None, "std": None, "n": 0, "values": values}
    std = statistics.stdev(vals) if len(vals) > 1 else 0.0
    return {"mean": statistics.fmean(vals), "std": std, "n": len(vals), "values": values}


def model_rows(emb: dict, gen: dict, models: list[str]) -> dict:
    """Per model: overall in-domain / held-out / general perplexity and completion scores."""
    return {
        m: {
            "in_domain_ppl": _ppl(emb, m, "in_domain"),
            "held_out_ppl": _ppl(emb, m, "held_out"),
            "general_ppl": _ppl(gen, m, "held_out"),
            "general_in_domain_ppl": _ppl(gen, m, "in_domain"),
            "held_out_top1": (
                (emb.get("perplexity", {}).get(m, {}).get("held_out") or {}).get("overall") or {}
            ).get("top1_accuracy"),
            "token_accuracy": _metric(emb, m, "token_accuracy"),
            "token_accuracy_aligned": _metric(emb, m, "token_accuracy_aligned"),
            "exact_match": _metric(emb, m, "exact_match"),
        }
        for m in models
    }


def domain_rows(emb: dict, adapted: list[str]) -> list[dict]:
    """Per (set, domain): base perplexity, mean adapted perplexity, change."""
    rows = []
    base_sets = emb.get("perplexity", {}).get("base", {})
    for set_ in ("in_domain", "held_out"):
        for domain, node in sorted((base_sets.get(set_) or {}).get("domains", {}).items()):
            ad = _stats([_ppl(emb, m, set_, domain) for m in adapted])["mean"]
            rows.append(
                {
                    "set": set_,
                    "domain": domain,
                    "docs": node.get("docs"),
                    "tokens": node.get("tokens"),
                    "base_ppl": node.get("perplexity"),
                    "adapted_ppl": ad,
                    "change_pct": _pct(node.get("perplexity"), ad),
                }
            )
    return rows


def ablation(rows: dict, seeds: list[int]) -> dict:
    """Pairs vs code-only: mean and spread over seeds of each metric, and the verdict."""
    out: dict = {}
    for key in ("in_domain_ppl", "held_out_ppl", "general_ppl", "token_accuracy"):
        out[key] = {
            v: _stats([rows.get(f"{v}-s{s}", {}).get(key) for s in seeds])
            for v in ("pairs", "code")
        }
    ho = out["held_out_ppl"]
    diff = (
        (ho["pairs"]["mean"] - ho["code"]["mean"])
        if ho["pairs"]["mean"] and ho["code"]["mean"]
        else None
    )
    spread = max(ho["pairs"]["std"] or 0.0, ho["code"]["std"] or 0.0)
    if diff is None:
        verdict = "not measured"
    elif len(seeds) < 2:
        verdict = (
            f"one seed only: held-out ppl pairs - code = {diff:+.3f}; no spread, no conclusion"
        )
    elif abs(diff) <= 2 * spread:
        verdict = f"no detectable effect: pairs - code = {diff:+.3f} held-out ppl, within 2x the seed std {spread:.3f}"
    else:
        better = "pairs help" if diff < 0 else "pairs hurt"
        verdict = f"{better}: pairs - code = {diff:+.3f} held-out ppl, seed std {spread:.3f}"
    out["verdict"] = verdict
    return out


def write_results(context: dict, evals: dict, results_dir: Path) -> dict:
    emb, gen = evals["embedded"], evals["general"]
    models = list(emb.get("perplexity", {}))
    seeds = list(context["spec"]["seeds"])
    adapted = [f"pairs-s{s}" for s in seeds]
    rows = model_rows(emb, gen, models)
    base = rows.get("base", {})
    mean = {k: _stats([rows[m][k] for m in adapted if m in rows])["mean"] for k in base}
    headline = {
        "held_out_ppl": {
            "base": base.get("held_out_ppl"),
            "adapted": mean["held_out_ppl"],
            "change_pct": _pct(base.get("held_out_ppl"), mean["held_out_ppl"]),
            "target_pct": TARGET_HELD_OUT,
        },
        "in_domain_ppl": {
            "base": base.get("in_domain_ppl"),
            "adapted": mean["in_domain_ppl"],
            "change_pct": _pct(base.get("in_domain_ppl"), mean["in_domain_ppl"]),
        },
        "general_ppl": {
            "base": base.get("general_ppl"),
            "adapted": mean["general_ppl"],
            "change_pct": _pct(base.get("general_ppl"), mean["general_ppl"]),
            "target_pct": TARGET_GENERAL,
        },
        "token_accuracy": {"base": base.get("token_accuracy"), "adapted": mean["token_accuracy"]},
    }
    h, g = headline["held_out_ppl"]["change_pct"], headline["general_ppl"]["change_pct"]
    headline["targets_met"] = {
        "held_out": h is not None and h <= TARGET_HELD_OUT,
        "general": g is not None and g <= TARGET_GENERAL,
    }
    results = {
        **context,
        "headline": headline,
        "models": rows,
        "domains": domain_rows(emb, adapted),
        "ablation": ablation(rows, seeds),
        "empty": {"embedded": emb.get("empty", []), "general": gen.get("empty", [])},
        "decontamination": {
            "embedded": emb.get("decontamination"),
            "general": gen.get("decontamination"),
        },
        "eval_dirs": {
            "embedded": str(Path(context["run_dir"]) / "eval" / "embedded"),
            "general": str(Path(context["run_dir"]) / "eval" / "general"),
        },
    }
    results_dir.mkdir(parents=True, exist_ok=True)
    scale = context["scale"]
    (results_dir / f"repro_{scale}.json").write_text(json.dumps(results, indent=1, default=str))
    (results_dir / f"repro_{scale}.md").write_text(markdown(results))
    return results


def _f(x: float | None, spec: str = ".3f") -> str:
    return "n/a" if x is None else format(x, spec)


def markdown(r: dict) -> str:
    h = r["headline"]
    lines = [
        f"# Reproduction in miniature: scale `{r['scale']}`",
        "",
        f"Command: `{r['command']}` (wall {_f(r['wall_s'].get('total'), '.0f')} s; "
        f"base {r['base']['parameters']:,} parameters, {r['base']['tokens_seen']:,} tokens).",
        "",
        f"CPT replay: {r['spec'].get('replay_weight', 0):.0%} of the adapters' samples from the "
        "general corpus's train split (`spark train` data.replay).",
        "",
        "| metric | base | adapted (pairs, mean of seeds) | change | target |",
        "|---|---|---|---|---|",
    ]
    for key, label in (
        ("held_out_ppl", "held-out perplexity"),
        ("in_domain_ppl", "in-domain perplexity"),
        ("general_ppl", "general-code perplexity (regression)"),
    ):
        x = h[key]
        target = f"<= {x['target_pct']:+.0f}%" if "target_pct" in x else ""
        lines.append(
            f"| {label} | {_f(x['base'])} | {_f(x['adapted'])} | {_f(x['change_pct'], '+.1f')}% | {target} |"
        )
    lines.append(
        f"| completion token accuracy | {_f(h['token_accuracy']['base'])} | {_f(h['token_accuracy']['adapted'])} | | |"
    )
    lines += [
        "",
        f"Targets met: held-out {h['targets_met']['held_out']}, general {h['targets_met']['general']}.",
        "",
        "## Per model",
        "",
        "| model | in-domain ppl | held-out ppl | general ppl | held-out top-1 | token acc |",
        "|---|---|---|---|---|---|",
    ]
    for m, x in r["models"].items():
        lines.append(
            f"| {m} | {_f(x['in_domain_ppl'])} | {_f(x['held_out_ppl'])} | {_f(x['general_ppl'])} | "
            f"{_f(x['held_out_top1'])} | {_f(x['token_accuracy'])} |"
        )
    lines += [
        "",
        "## Per domain (adapted = pairs, mean of seeds)",
        "",
        "| set | domain | docs | tokens | base ppl | adapted ppl | change |",
        "|---|---|---|---|---|---|---|",
    ]
    for d in r["domains"]:
        lines.append(
            f"| {d['set']} | {d['domain']} | {d['docs']} | {d['tokens']} | {_f(d['base_ppl'])} | "
            f"{_f(d['adapted_ppl'])} | {_f(d['change_pct'], '+.1f')}% |"
        )
    a = r["ablation"]
    lines += [
        "",
        "## Ablation: pair documents vs code only (equal steps and tokens)",
        "",
        "| metric | pairs mean +- std | code-only mean +- std |",
        "|---|---|---|",
    ]
    for key in ("held_out_ppl", "in_domain_ppl", "general_ppl", "token_accuracy"):
        p, c = a[key]["pairs"], a[key]["code"]
        lines.append(
            f"| {key} | {_f(p['mean'])} +- {_f(p['std'])} (n={p['n']}) | {_f(c['mean'])} +- {_f(c['std'])} (n={c['n']}) |"
        )
    lines += [
        "",
        f"Verdict: {a['verdict']}.",
        "",
        "Wall time per step (s): " + ", ".join(f"{k} {v}" for k, v in r["wall_s"].items()),
        "",
    ]
    return "\n".join(lines)
