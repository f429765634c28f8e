"""Eval sets and completion samples, built from a `spark data` output root.

In: the corpus's `docs` (doc_id, repo, split, domain, input_ids in the corpus tokenizer),
`files` (file_id, text) and, when present, `pairs` (pair_id, text). Out:
- `select_docs`: the eval documents, one row per (set, document): in_domain = split
  "validation", held_out = split "held_out"; at most `max_docs_per_domain` per (set,
  domain), chosen by a seeded stable hash of the doc id (only ids and ranks, then the
  chosen rows, reach the driver), with their text joined by doc id.
  Text, not ids, is the contract: every model tokenizes it with its own tokenizer.
- `cut_sample`/`candidate_samples`: completion samples from held-out documents: a
  document's reference-tokenizer ids cut at `cut` (75%), the prompt capped to its last
  max_prompt_tokens, the reference to its first max_completion_tokens; prompt and
  reference are exact substrings of the text (cut at token offsets).
- `read_samples`/`write_samples`: the JSONL that makes two runs score the same samples.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from spark_data.pack import DEFAULT_DOMAIN
from spark_data.schema import stable_id
from spark_train.eval.config import CompletionConfig, EvalRayConfig, SetsConfig

SPLIT_OF = {"in_domain": "validation", "held_out": "held_out"}
SAMPLE_KEYS = (
    "sample_id",
    "doc_id",
    "repo",
    "domain",
    "prompt",
    "reference",
    "prompt_tokens",
    "reference_tokens",
)


def rank(seed: int, key: str, doc_id: str) -> str:
    return stable_id(key, seed, doc_id)


def _keep_ids(batch: pa.Table, ids: list[str], id_col: str) -> pa.Table:
    batch = batch.filter(pc.is_in(batch[id_col], pa.array(ids, pa.string())))
    return pa.table({"doc_id": batch[id_col], "text": batch["text"].cast(pa.large_string())})


def _ranked(batch: pa.Table, splits: list[str], seed: int) -> pa.Table:
    """The ids of a batch's eval-split documents with their seeded rank (no token ids)."""
    batch = batch.filter(pc.is_in(batch["split"], pa.array(splits, pa.string())))
    ranks = [rank(seed, "eval_doc", d) for d in batch["doc_id"].to_pylist()]
    return pa.table(
        {
            "doc_id": batch["doc_id"],
            "split": batch["split"],
            "domain": pc.fill_null(batch["domain"], DEFAULT_DOMAIN),
            "rank": pa.array(ranks, pa.string()),
        }
    )


def _keep_docs(batch: pa.Table, ids: list[str]) -> pa.Table:
    return batch.filter(pc.is_in(batch["doc_id"], pa.array(ids, pa.string())))


def select_docs(corpus: str, cfg: SetsConfig, ray_cfg: EvalRayConfig) -> pa.Table:
    """Eval documents with text: set, doc_id, repo, domain, n_tokens, input_ids, text.

    Two streaming passes, no shuffle: the first brings only (doc_id, split, domain, rank)
    of the eval splits to the driver, which keeps the max_docs_per_domain smallest ranks
    per (split, domain); the second reads those documents' rows.
    """
    import ray.data

    splits = [SPLIT_OF[s] for s in cfg.sets]
    path, cpus = f"{corpus}/docs", ray_cfg.task_cpus
    ids = ray.data.read_parquet(path, columns=["doc_id", "split", "domain"], num_cpus=cpus)
    ranked = _collect(
        ids.map_batches(
            _ranked, fn_args=(splits, cfg.seed), batch_format="pyarrow", num_cpus=cpus
        ).iter_batches(batch_format="pyarrow", batch_size=None)
    )
    chosen = _smallest_per_group(ranked, cfg.max_docs_per_domain) if ranked else []
    cols = ["doc_id", "repo", "split", "domain", "n_tokens", "input_ids"]
    table = None
    if chosen:
        rows = ray.data.read_parquet(path, columns=cols, num_cpus=cpus).map_batches(
            _keep_docs, fn_args=(chosen,), batch_format="pyarrow", num_cpus=cpus
        )
        table = _collect(rows.iter_batches(batch_format="pyarrow", batch_size=None))
    if table is None:
        return _with_text(_DOC_SCHEMA.empty_table(), corpus, ray_cfg)
    set_of = {v: k for k, v in SPLIT_OF.items()}
    table = table.append_column(
        "set", pa.array([set_of[s] for s in table["split"].to_pylist()], pa.string())
    )
    table = table.set_column(
        table.schema.get_field_index("domain"),
        "domain",
        pc.fill_null(table["domain"], DEFAULT_DOMAIN),
    )
    return _with_text(table.select(_DOC_SCHEMA.names).cast(_DOC_SCHEMA), corpus, ray_cfg)


def _smallest_per_group(ranked: pa.Table, k: int) -> list[str]:
    """The doc ids with the k smallest ranks in each (split, domain)."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r in ranked.to_pylist():
        groups.setdefault((r["split"], r["domain"]), []).append((r["rank"], r["doc_id"]))
    return [d for g in groups.values() for _, d in sorted(g)[:k]]


_DOC_SCHEMA = pa.schema(
    [
        ("set", pa.string()),
        ("doc_id", pa.string()),
        ("repo", pa.string()),
        ("domain", pa.string()),
        ("n_tokens", pa.int64()),
        ("input_ids", pa.list_(pa.uint32())),
    ]
)


def _collect(batches: Any) -> pa.Table | None:
    parts = [b for b in batches if b.num_rows]
    return pa.concat_tables(parts, promote_options="default") if parts else None


def _with_text(docs: pa.Table, corpus: str, ray_cfg: EvalRayConfig) -> pa.Table:
    """Join the texts of the chosen documents (files, then pair documents), sorted."""
    import ray.data

    ids = docs["doc_id"].to_pylist()
    texts: dict[str, str] = {}
    for table, id_col in (("files", "file_id"), ("pairs", "pair_id")):
        if not ids or not Path(corpus, table).is_dir():
            continue
        ds = ray.data.read_parquet(
            f"{corpus}/{table}", columns=[id_col, "text"], num_cpus=ray_cfg.task_cpus
        ).map_batches(_keep_ids, fn_args=(ids, id_col), batch_format="pyarrow")
        for b in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            texts.update(zip(b["doc_id"].to_pylist(), b["text"].to_pylist(), strict=True))
    docs = docs.append_column("text", pa.array([texts.get(d) for d in ids], pa.large_string()))
    order = pc.sort_indices(
        docs, [("set", "ascending"), ("domain", "ascending"), ("doc_id", "ascending")]
    )
    return docs.take(order)


# --- completion samples -------------------------------------------------------------


def cut_sample(doc: dict, encoding: Any, cfg: CompletionConfig) -> dict | None:
    """One held-out document -> a sample (prompt, reference), or None when too short.

    `encoding` is the reference tokenizer's encoding of the text (ids and char offsets).
    The cut is floor(cut * n) of the document's n tokens (EOS not counted); the prompt is
    text[offset of token max(0, cut - max_prompt_tokens) : offset of token cut]; the
    reference is text[offset of token cut : end of token cut + max_completion_tokens - 1].
    """
    n = len(encoding.ids)
    if n < max(cfg.min_tokens, 2):
        return None
    cut = max(1, math.floor(cfg.cut * n))
    first = max(0, cut - cfg.max_prompt_tokens)
    last = min(n, cut + cfg.max_completion_tokens) - 1
    offsets, text = encoding.offsets, doc["text"]
    prompt = text[offsets[first][0] : offsets[cut][0]]
    reference = text[offsets[cut][0] : offsets[last][1]]
    if not prompt or not reference.strip():
        return None
    return {
        "sample_id": stable_id("completion_sample", doc["doc_id"], cut, first, last),
        "doc_id": doc["doc_id"],
        "repo": doc["repo"],
        "domain": doc["domain"],
        "prompt": prompt,
        "reference": reference,
        "prompt_tokens": cut - first,
        "reference_tokens": last + 1 - cut,
    }


def candidate_samples(docs: list[dict], ref_tok: Any, cfg: CompletionConfig) -> list[dict]:
    """Every usable held-out document as a sample, in seeded order within each domain.

    The caller keeps the first n_per_domain clean ones per domain (after decontamination),
    so the selection is the same run after run and for every model.
    """
    out = []
    for doc in docs:
        if not doc.get("text"):
            continue
        sample = cut_sample(doc, ref_tok.encode(doc["text"], add_special_tokens=False), cfg)
        if sample is not None:
            sample["rank"] = rank(cfg.seed, "completion", doc["doc_id"])
            out.append(sample)
    return sorted(out, key=lambda s: (s["domain"], s["rank"]))


def first_per_domain(samples: list[dict], n: int, excluded: set[str]) -> list[dict]:
    taken: dict[str, int] = {}
    out = []
    for s in samples:
        if s["sample_id"] in excluded or taken.get(s["domain"], 0) >= n:
            continue
        taken[s["domain"]] = taken.get(s["domain"], 0) + 1
        out.append(s)
    return out


def write_samples(samples: list[dict], path: Path) -> None:
    with path.open("w") as f:
        for s in samples:
            f.write(json.dumps({k: s[k] for k in SAMPLE_KEYS}) + "\n")


def read_samples(path: str) -> list[dict]:
    """Samples saved by an earlier run; a missing key is a clear error."""
    rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    for i, r in enumerate(rows):
        missing = [k for k in SAMPLE_KEYS if k not in r]
        if missing:
            raise ValueError(f"{path}: sample {i + 1} lacks {missing}")
    return rows
