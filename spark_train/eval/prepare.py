"""What every model is scored on: eval documents and completion samples, decontaminated.

In: an `EvalConfig` (its corpus root), the reference tokenizer directory, the output
folder. Out: {"docs": the clean eval documents (pa.Table: set, doc_id, repo, domain,
n_tokens, input_ids, text), "samples": the clean completion samples, "dropped": why a
(set, domain) lost its documents, "decontamination": the summary, "samples_info"}; and on
disk eval_docs.parquet, completion_samples.jsonl, decontamination.jsonl.

Order: select the eval documents (seeded, capped per domain), cut every held-out document
into a candidate sample (or read the samples file), check documents and samples together
in one scan of the training blocks, drop the contaminated ones, and keep the first
n_per_domain clean candidates per domain in seeded order.

    prep = prepare(cfg, ref_dir, Path("out/eval"), print)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from spark_data.tokenizer import load_tokenizer
from spark_train.eval.config import EvalConfig
from spark_train.eval.decontam import decontaminate
from spark_train.eval.sets import (
    candidate_samples,
    first_per_domain,
    read_samples,
    select_docs,
    write_samples,
)


def _doc_item_id(set_name: str, doc_id: str) -> str:
    return f"{set_name}:{doc_id}"


def _items(docs: pa.Table, samples: list[dict], ref_tok: object, eos_id: int) -> list[dict]:
    """Decontamination items: documents (corpus ids, EOS left out) and samples (prompt +
    reference, re-tokenised with the reference tokenizer)."""
    items = []
    for r in docs.select(["set", "doc_id", "input_ids"]).to_pylist():
        ids = r["input_ids"] or []
        if ids and ids[-1] == eos_id:
            ids = ids[:-1]
        items.append({"item_id": _doc_item_id(r["set"], r["doc_id"]), "kind": "doc", "ids": ids})
    for s in samples:
        text = s["prompt"] + s["reference"]
        ids = ref_tok.encode(text, add_special_tokens=False).ids  # type: ignore[attr-defined]
        items.append({"item_id": s["sample_id"], "kind": "sample", "ids": ids})
    return items


def _decontaminate(
    cfg: EvalConfig, docs: pa.Table, candidates: list[dict], ref_tok: object, eos_id: int, out: Path
) -> tuple[set[str], dict]:
    if not cfg.decontam.enabled:
        return set(), {"enabled": False}
    items = _items(docs, candidates, ref_tok, eos_id)
    rows = decontaminate(items, f"{cfg.corpus}/blocks", cfg.decontam, cfg.ray)
    with (out / "decontamination.jsonl").open("w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    bad = [r for r in rows if r["contaminated"]]
    summary = {
        "enabled": True,
        "n": cfg.decontam.n,
        "threshold": cfg.decontam.threshold,
        "items": len(rows),
        "docs_checked": sum(r["kind"] == "doc" for r in rows),
        "samples_checked": sum(r["kind"] == "sample" for r in rows),
        "with_any_overlap": sum(r["matched"] > 0 for r in rows),
        "contaminated": [
            {k: r[k] for k in ("item_id", "kind", "matched", "n_grams", "share")} for r in bad
        ],
    }
    return {r["item_id"] for r in bad}, summary


def _dropped(docs: pa.Table, clean: pa.Table) -> dict:
    """(set, domain) groups that had documents before the exclusions and none after."""
    before = set(zip(docs["set"].to_pylist(), docs["domain"].to_pylist()))
    after = set(zip(clean["set"].to_pylist(), clean["domain"].to_pylist()))
    return {k: "every document excluded (contaminated or without text)" for k in before - after}


def prepare(cfg: EvalConfig, ref_dir: str, out: Path, log: Callable[[str], None]) -> dict:
    """See the module docstring."""
    ref_tok, eos_id, _ = load_tokenizer(ref_dir)
    ref_tok.encode_special_tokens = True  # as the corpus was tokenized
    docs = select_docs(cfg.corpus, cfg.sets, cfg.ray)
    log(f"eval: {docs.num_rows} eval documents selected from {cfg.corpus}")
    held = [r for r in docs.to_pylist() if r["set"] == "held_out"]
    if cfg.completion.samples_file:
        candidates = read_samples(cfg.completion.samples_file)
        source = cfg.completion.samples_file
    else:
        candidates = (
            candidate_samples(held, ref_tok, cfg.completion) if cfg.completion.enabled else []
        )
        source = "drawn"
    excluded, decon = _decontaminate(cfg, docs, candidates, ref_tok, eos_id, out)
    log(f"eval: decontamination excluded {len(excluded)} item(s)")
    keep = [
        _doc_item_id(s, d) not in excluded and t is not None
        for s, d, t in zip(
            docs["set"].to_pylist(), docs["doc_id"].to_pylist(), docs["text"].to_pylist()
        )
    ]
    clean = docs.filter(pa.array(keep, pa.bool_()))
    if cfg.completion.samples_file:
        samples = [s for s in candidates if s["sample_id"] not in excluded]
    else:
        samples = first_per_domain(candidates, cfg.completion.n_per_domain, excluded)
    pq.write_table(clean.drop_columns(["input_ids"]), out / "eval_docs.parquet")
    write_samples(samples, out / "completion_samples.jsonl")
    per_domain: dict[str, int] = {}
    for s in samples:
        per_domain[s["domain"]] = per_domain.get(s["domain"], 0) + 1
    info = {
        "file": str(out / "completion_samples.jsonl"),
        "source": source,
        "n": len(samples),
        "per_domain": per_domain,
        "docs": {s: int(pc.sum(pc.equal(clean["set"], s)).as_py() or 0) for s in cfg.sets.sets},
        "docs_without_text": docs["text"].null_count,
    }
    return {
        "docs": clean,
        "samples": samples,
        "dropped": _dropped(docs, clean),
        "decontamination": decon,
        "samples_info": info,
    }
