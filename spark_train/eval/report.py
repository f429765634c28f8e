"""The outputs of `spark eval`: results.json, results.md, one PNG per metric, samples.jsonl.

In: the results dict of `run.run_eval` (perplexity per model/set/domain, completion per
model/domain, empty domains, decontamination), the completion samples and the per-sample
completion rows. Out, under the output folder:
- results.json: everything, machine-readable (what the README table and notebook read);
- results.md: per metric, a table of domains x models, each model's % change against the
  baseline, the best model per domain, then which domains each model wins, empty domains
  and the decontamination result;
- <metric>[_<set>].png: a grouped bar chart per metric across domains (matplotlib, Agg);
- samples.jsonl: each sample's prompt tail, reference and every model's completion with
  its scores, side by side.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa

from spark_train.eval.metrics import COMPLETION_METRICS, percent_change

OVERALL = "overall"
# (results section, metric key, title, higher is better)
PPL_METRICS = (
    ("perplexity", "Perplexity", False),
    ("top1_accuracy", "Next-token top-1 accuracy", True),
    ("top5_accuracy", "Next-token top-5 accuracy", True),
    ("bits_per_byte", "Bits per byte", False),
)
COMPLETION_TITLES = {
    "token_accuracy": "Completion token accuracy (position-aligned)",
    "token_accuracy_aligned": "Completion token accuracy (LCS-aligned)",
    "exact_match": "Completion exact match",
    "bleu4": "Completion BLEU-4",
    "edit_similarity": "Completion edit similarity",
}


def metric_tables(results: dict) -> list[dict]:
    """Every reported metric as {name, title, higher, values: {model: {domain: value}}}."""
    tables = []
    for s in results["config"]["sets"]["sets"]:
        for key, title, higher in PPL_METRICS:
            values = {
                m: _flatten(per[s], key) for m, per in results["perplexity"].items() if s in per
            }
            tables.append(
                {
                    "name": f"{key}_{s}",
                    "title": f"{title}: {s}",
                    "higher": higher,
                    "values": values,
                    "count": "tokens",
                }
            )
    for key in COMPLETION_METRICS:
        values = {m: _flatten(per, key) for m, per in results["completion"].items()}
        tables.append(
            {
                "name": key,
                "title": f"{COMPLETION_TITLES[key]}: held_out",
                "higher": True,
                "values": values,
                "count": "samples",
            }
        )
    return [t for t in tables if t["values"]]


def _flatten(section: dict, key: str) -> dict:
    out = {d: v.get(key) for d, v in section["domains"].items()}
    out[OVERALL] = section["overall"].get(key)
    return out


def best_model(values: dict[str, dict], domain: str, higher: bool) -> str | None:
    """The model with the best value in a domain; "tie" when several share it."""
    got = {m: v.get(domain) for m, v in values.items() if v.get(domain) is not None}
    if len(got) < 2:
        return None
    best = max(got.values()) if higher else min(got.values())
    winners = [m for m, v in got.items() if v == best]
    return winners[0] if len(winners) == 1 else "tie"


def wins(tables: list[dict]) -> dict[str, dict[str, list[str]]]:
    """model -> metric -> the domains (overall left out) where that model is best."""
    out: dict[str, dict[str, list[str]]] = {}
    for t in tables:
        domains = sorted({d for v in t["values"].values() for d in v} - {OVERALL})
        for d in domains:
            w = best_model(t["values"], d, t["higher"])
            if w and w != "tie":
                out.setdefault(w, {}).setdefault(t["name"], []).append(d)
    return out


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:.4g}" if abs(v) >= 1e-3 or v == 0 else f"{v:.2e}"


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:+.1f}%"


def table_markdown(t: dict, base: str) -> str:
    models = list(t["values"])
    others = [m for m in models if m != base and base in models]
    head = ["domain", *models, *[f"{m} vs {base}" for m in others], "best"]
    lines = [
        f"### {t['title']} ({'higher' if t['higher'] else 'lower'} is better)",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    domains = sorted({d for v in t["values"].values() for d in v} - {OVERALL}) + [OVERALL]
    for d in domains:
        vals = [t["values"][m].get(d) for m in models]
        pct = [percent_change(t["values"][base].get(d), t["values"][m].get(d)) for m in others]
        name = f"**{d}**" if d == OVERALL else d
        row = [
            name,
            *map(_fmt, vals),
            *map(_pct, pct),
            best_model(t["values"], d, t["higher"]) or "-",
        ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def results_markdown(results: dict, tables: list[dict]) -> str:
    base = results["baseline"]
    parts = [
        "# spark eval results",
        "",
        f"Corpus `{results['corpus']}`; reference tokenizer `{results['reference_tokenizer']}`;"
        f" baseline `{base}`.",
        "",
        "| model | checkpoint | adapter | tokenizer = reference |",
        "|---|---|---|---|",
    ]
    for name, m in results["models"].items():
        parts.append(
            f"| {name} | `{m['path']}` | `{m['adapter'] or '-'}` |"
            f" {m['same_tokenizer_as_reference']} |"
        )
    parts.append("")
    parts += [table_markdown(t, base) + "\n" for t in tables]
    parts += ["## Wins (domains where each model is best)", ""]
    for model, per in sorted(wins(tables).items()):
        parts.append(f"- **{model}**: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in per.items()))
    parts += ["", "## Empty domains", ""]
    parts += [
        f"- {e['set']}/{e['domain']} ({e['metric']}): {e['reason']}" for e in results["empty"]
    ] or ["none"]
    d = results["decontamination"]
    parts += ["", "## Decontamination", ""]
    if d.get("enabled"):
        parts.append(
            f"{d['items']} items checked ({d['docs_checked']} documents,"
            f" {d['samples_checked']} samples) for {d['n']}-gram overlap with training"
            f" blocks; {d['with_any_overlap']} share at least one; "
            f"{len(d['contaminated'])} excluded (share >= {d['threshold']})."
        )
        parts += [
            f"- {c['item_id']} ({c['kind']}): {c['matched']}/{c['n_grams']}"
            for c in d["contaminated"]
        ]
    else:
        parts.append("disabled")
    return "\n".join(parts) + "\n"


def write_charts(tables: list[dict], out: Path) -> list[str]:
    """One grouped bar chart per metric: domains on x, one bar per model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    for t in tables:
        models = list(t["values"])
        domains = sorted({d for v in t["values"].values() for d in v} - {OVERALL}) + [OVERALL]
        width = 0.8 / max(1, len(models))
        fig, ax = plt.subplots(figsize=(max(5, 1.2 * len(domains) + 2), 3.5))
        for i, m in enumerate(models):
            ys = [t["values"][m].get(d) or 0.0 for d in domains]
            ax.bar([x + i * width for x in range(len(domains))], ys, width, label=m)
        ax.set_xticks([x + width * (len(models) - 1) / 2 for x in range(len(domains))])
        ax.set_xticklabels(domains, rotation=30, ha="right")
        ax.set_title(t["title"])
        ax.legend()
        fig.tight_layout()
        path = out / f"{t['name']}.png"
        fig.savefig(path, dpi=100)
        plt.close(fig)
        written.append(path.name)
    return written


def write_samples_side_by_side(samples: list[dict], comp: pa.Table | None, path: Path) -> None:
    by_sample: dict[str, dict] = {}
    for r in comp.to_pylist() if comp is not None else []:
        scores = {k: r[k] for k in ("completion", "completion_tokens", *COMPLETION_METRICS)}
        by_sample.setdefault(r["id"], {})[r["model"]] = scores
    with path.open("w") as f:
        for s in samples:
            row = {k: s[k] for k in ("sample_id", "doc_id", "repo", "domain")}
            row.update(
                prompt_tail=s["prompt"][-400:],
                reference=s["reference"],
                completions=by_sample.get(s["sample_id"], {}),
            )
            f.write(json.dumps(row) + "\n")


def write_outputs(
    results: dict,
    out: Path,
    samples: list[dict],
    comp: pa.Table | None,
    log: Callable[[str], None] = print,
) -> None:
    tables = metric_tables(results)
    results["wins"] = wins(tables)
    results["charts"] = write_charts(tables, out)
    (out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    (out / "results.md").write_text(results_markdown(results, tables))
    write_samples_side_by_side(samples, comp, out / "samples.jsonl")
    log(f"eval: results in {out} (results.md, results.json, {len(results['charts'])} charts)")
