"""Scoring with a model: perplexity windows and greedy completions, as one Ray actor stage.

`ModelWorker` loads one model once and takes batches of work rows (kind, id, set, domain,
text, reference):
- kind "doc": the text is tokenized with the model's own tokenizer (+ EOS), cut into
  `window_plan` windows and scored; the row comes back with its sums (nll, tokens, top1,
  top5, bytes), merged later by `metrics.Totals`;
- kind "sample": the text is a prompt the model completes greedily (transformers
  generate; vLLM when installed, on GPU, and asked for); the completion is re-tokenised
  with the reference tokenizer and scored against the reference (`completion_scores`).
One pool per model serves both kinds, so each model is loaded once per worker.

    worker = ModelWorker(spec, cfg, reference_dir)
    out = worker(pa.table({"kind": ["doc"], "id": ["d1"], "set": ["held_out"],
                           "domain": ["general"], "text": ["int x;"], "reference": [None]}))

`score_windows`, `score_docs` and `complete` work on any causal LM with the Hugging Face
call signature (tests give them a module whose logits they set).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from spark_train.eval.config import EvalConfig, ModelSpec
from spark_train.eval.metrics import COMPLETION_METRICS, completion_scores, window_plan

WORK_IN = ("kind", "id", "set", "domain", "text", "reference")
WORK_OUT = pa.schema(
    [
        ("model", pa.string()),
        ("kind", pa.string()),  # doc | sample
        ("id", pa.string()),  # doc_id or sample_id
        ("set", pa.string()),
        ("domain", pa.string()),
        ("nll", pa.float64()),  # doc: sums over its scored tokens
        ("tokens", pa.int64()),
        ("top1", pa.int64()),
        ("top5", pa.int64()),
        ("bytes", pa.int64()),
        ("completion", pa.large_string()),  # sample: the completion text
        ("completion_tokens", pa.int64()),  # its reference-tokenizer ids
        ("backend", pa.string()),
        *[(m, pa.float64()) for m in COMPLETION_METRICS],
    ]
)


def encode_text(tok: Any, text: str, add_eos: bool) -> list[int]:
    """A document's ids in the model's tokenizer, as the corpus builds them: special-token
    strings inside the text stay text; BOS when the tokenizer adds one; EOS appended."""
    ids = tok(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]
    if getattr(tok, "add_bos_token", False) and tok.bos_token_id is not None:
        ids = [tok.bos_token_id, *ids]
    if add_eos and tok.eos_token_id is not None:
        ids = [*ids, tok.eos_token_id]
    return ids


def score_windows(
    model: Any, windows: list[tuple[list[int], int]], pad_id: int, device: str = "cpu"
) -> list[tuple[float, int, int, int]]:
    """(ids, first_target) windows -> (nll sum, scored tokens, top-1 hits, top-5 hits) each.

    Targets first_target..len(ids)-1 are scored from the logits one position before; the
    rest of each window (the overlap with the previous window, and padding) is masked.
    """
    import torch

    width = max(len(w) for w, _ in windows)
    ids = torch.full((len(windows), width), pad_id, dtype=torch.long)
    attention = torch.zeros_like(ids)
    for i, (w, _) in enumerate(windows):
        ids[i, : len(w)] = torch.tensor(w, dtype=torch.long)
        attention[i, : len(w)] = 1
    with torch.no_grad():
        logits = model(input_ids=ids.to(device), attention_mask=attention.to(device)).logits
    out = []
    for i, (w, first) in enumerate(windows):
        # Row by row: log_softmax over a 100k vocabulary for a whole batch would not fit.
        row = logits[i, first - 1 : len(w) - 1].float()
        target = ids[i, first : len(w)].to(row.device)
        nll = -torch.log_softmax(row, -1).gather(-1, target[:, None]).sum().item()
        top = row.topk(min(5, row.shape[-1]), dim=-1).indices
        top1 = int((top[:, 0] == target).sum())
        top5 = int((top == target[:, None]).any(-1).sum())
        out.append((nll, len(w) - first, top1, top5))
    return out


def doc_windows(ids: list[int], max_length: int, stride: int) -> list[tuple[list[int], int]]:
    """A document's windows as (ids of the window, first scored position in the window)."""
    return [(ids[b:e], f - b) for b, e, f in window_plan(len(ids), max_length, stride)]


def score_docs(
    model: Any, tok: Any, texts: list[str], cfg: Any, max_length: int, device: str = "cpu"
) -> list[list]:
    """Documents -> [nll, scored tokens, top-1 hits, top-5 hits] each (cfg: PerplexityConfig)."""
    stride = min(cfg.stride, max_length)
    windows, owner = [], []
    for i, text in enumerate(texts):
        for w in doc_windows(encode_text(tok, text, cfg.add_eos), max_length, stride):
            windows.append(w)
            owner.append(i)
    sums = [[0.0, 0, 0, 0] for _ in texts]
    # Similar lengths together: less padding per forward pass.
    order = sorted(range(len(windows)), key=lambda k: len(windows[k][0]))
    for lo in range(0, len(order), cfg.batch_size):
        chunk = order[lo : lo + cfg.batch_size]
        got = score_windows(model, [windows[k] for k in chunk], tok.pad_token_id, device)
        for k, stats in zip(chunk, got, strict=True):
            for j, v in enumerate(stats):
                sums[owner[k]][j] += v
    return sums


def complete(
    model: Any, tok: Any, prompts: list[str], budgets: list[int], max_positions: int, device: str
) -> list[str]:
    """Greedy completions (transformers generate), each cut to its own token budget."""
    import torch

    tok.padding_side = "left"  # generation continues from the right end of every row
    room = max(1, (max_positions or 10**9) - max(budgets))
    encoded = [encode_text(tok, p, add_eos=False)[-room:] for p in prompts]
    width = max(len(e) for e in encoded)
    ids = torch.full((len(prompts), width), tok.pad_token_id, dtype=torch.long)
    attention = torch.zeros_like(ids)
    for i, e in enumerate(encoded):
        if e:
            ids[i, width - len(e) :] = torch.tensor(e)
            attention[i, width - len(e) :] = 1
    with torch.no_grad():
        out = model.generate(
            input_ids=ids.to(device),
            attention_mask=attention.to(device),
            max_new_tokens=max(budgets),
            do_sample=False,
            num_beams=1,
            pad_token_id=tok.pad_token_id,
            eos_token_id=tok.eos_token_id,
        )
    new = out[:, width:].tolist()
    return [tok.decode(n[:b], skip_special_tokens=True) for n, b in zip(new, budgets, strict=True)]


class VllmGenerator:
    """Greedy completions through vLLM (GPU workers with vLLM installed; not run in CI)."""

    def __init__(self, spec: ModelSpec, tokenizer: str) -> None:
        from vllm import LLM

        self.lora = None
        args: dict = {"model": spec.path, "tokenizer": tokenizer}
        if spec.adapter:
            import json
            from pathlib import Path

            from vllm.lora.request import LoRARequest

            rank = json.loads((Path(spec.adapter) / "adapter_config.json").read_text())["r"]
            args.update(enable_lora=True, max_lora_rank=rank)
            self.lora = LoRARequest(spec.name, 1, spec.adapter)
        self.llm = LLM(**args)

    def __call__(self, prompts: list[str], budgets: list[int]) -> list[str]:
        from vllm import SamplingParams

        params = [SamplingParams(temperature=0.0, max_tokens=b) for b in budgets]
        outs = self.llm.generate(prompts, params, lora_request=self.lora)
        return [o.outputs[0].text for o in outs]


def score_completions(ref_tok: Any, references: list[str], texts: list[str]) -> list[dict]:
    """Completion texts -> metrics in the reference tokenizer (`completion_scores`)."""
    out = []
    for ref, text in zip(references, texts, strict=True):
        ref_ids = ref_tok.encode(ref, add_special_tokens=False).ids
        hyp_ids = ref_tok.encode(text, add_special_tokens=False).ids
        out.append({"completion_tokens": len(hyp_ids), **completion_scores(ref_ids, hyp_ids)})
    return out


class ModelWorker:
    """Actor: loads one model (and its adapter) once; scores docs and completes samples."""

    def __init__(self, spec: ModelSpec, cfg: EvalConfig, reference_dir: str) -> None:
        from spark_data.tokenizer import load_tokenizer
        from spark_train.eval.models import device_for_actor, load_model

        self.spec, self.cfg = spec, cfg
        self.ref, _, _ = load_tokenizer(reference_dir)
        self.ref.encode_special_tokens = True  # as the corpus was tokenized
        self.device = device_for_actor()
        self.model, self.tok, self.info = load_model(spec, self.device, reference_dir)
        positions = self.info["max_positions"] or cfg.perplexity.max_length
        self.max_length = min(cfg.perplexity.max_length, positions)
        self.vllm: VllmGenerator | None = None
        if cfg.completion.enabled and vllm_usable(cfg.completion.backend):
            self.vllm = VllmGenerator(spec, self.info["tokenizer"])

    def generate(self, prompts: list[str], budgets: list[int]) -> list[str]:
        if self.vllm is not None:
            return self.vllm(prompts, budgets)
        out: list[str] = []
        step = self.cfg.completion.batch_size
        for lo in range(0, len(prompts), step):
            out += complete(
                self.model,
                self.tok,
                prompts[lo : lo + step],
                budgets[lo : lo + step],
                self.info["max_positions"],
                self.device,
            )
        return out

    def docs(self, rows: list[dict]) -> list[dict]:
        texts = [r["text"] or "" for r in rows]
        sums = score_docs(
            self.model, self.tok, texts, self.cfg.perplexity, self.max_length, self.device
        )
        return [
            {"nll": s[0], "tokens": s[1], "top1": s[2], "top5": s[3], "bytes": len(t.encode())}
            for s, t in zip(sums, texts, strict=True)
        ]

    def samples(self, rows: list[dict]) -> list[dict]:
        refs = [r["reference"] or "" for r in rows]
        # The model gets as many of its own tokens as the reference text takes in them.
        budgets = [max(1, len(encode_text(self.tok, ref, False))) for ref in refs]
        texts = self.generate([r["text"] or "" for r in rows], budgets)
        backend = "vllm" if self.vllm else "transformers"
        scores = score_completions(self.ref, refs, texts)
        return [
            {"completion": t, "backend": backend, **sc} for t, sc in zip(texts, scores, strict=True)
        ]

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.select(list(WORK_IN)).to_pylist()
        out = [
            {"model": self.spec.name, **{k: r[k] for k in ("kind", "id", "set", "domain")}}
            for r in rows
        ]
        for kind, fn in (("doc", self.docs), ("sample", self.samples)):
            idx = [i for i, r in enumerate(rows) if r["kind"] == kind]
            if idx:
                for i, got in zip(idx, fn([rows[i] for i in idx]), strict=True):
                    out[i].update(got)
        return pa.Table.from_pylist(out, schema=WORK_OUT)


def vllm_usable(backend: str) -> bool:
    if backend == "transformers":
        return False
    try:
        import torch
        import vllm  # noqa: F401
    except ImportError:
        if backend == "vllm":
            raise
        return False
    return backend == "vllm" or torch.cuda.is_available()
