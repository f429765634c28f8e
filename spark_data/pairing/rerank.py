"""Optional LLM re-ranker: an OpenAI-compatible chat-completions endpoint scores how well
each candidate code snippet implements a datasheet section (off by default).

In: a section title and text, snippets [{provenance, snippet, score}], a RerankConfig.
Out: the snippets with new scores, best first:
    score' = (1 - weight) * score + weight * model_score

The request is POST {url}/chat/completions with {"model", "messages", "temperature": 0};
the reply's first choice must hold JSON {"scores": [s0, s1, ...]} (one number in [0, 1]
per candidate, in order; a fenced ```json block is accepted). The API key is read from the
environment variable `api_key_env` at call time. Any failure (network, HTTP status, bad
JSON, wrong length) raises `RerankError` from `ask_scores`; `rerank_snippets` then keeps
the scores and order and sets `rerank_error` on each snippet: never fatal to a run.

    scores = ask_scores("USART_CR1", text, ["snippet a", "snippet b"], RerankConfig(...))
"""

from __future__ import annotations

import json
import os
import re
import urllib.request

from spark_data.pairing.config import RerankConfig

SYSTEM = (
    "You judge datasheet-to-code traceability. For each numbered code snippet, answer how "
    'well it implements the datasheet section, 0 to 1. Reply with JSON {"scores": [...]}.'
)


class RerankError(RuntimeError):
    """The endpoint could not be used; the message says why."""


def _prompt(title: str, text: str, candidates: list[str], limit: int) -> str:
    parts = [f"Datasheet section: {title}\n{text[:limit]}\n"]
    parts += [f"Snippet {i}:\n{c[:limit]}\n" for i, c in enumerate(candidates)]
    return "\n".join(parts)


def _parse(content: str, n: int) -> list[float]:
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.S)
    data = json.loads(fenced.group(1) if fenced else content)
    scores = data.get("scores") if isinstance(data, dict) else None
    if not isinstance(scores, list) or len(scores) != n:
        raise RerankError(f"expected {n} scores, got {scores!r}")
    return [min(1.0, max(0.0, float(s))) for s in scores]


def ask_scores(title: str, text: str, candidates: list[str], cfg: RerankConfig) -> list[float]:
    """One chat-completions round trip; raises RerankError on any failure."""
    body = {
        "model": cfg.model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": _prompt(title, text, candidates, cfg.max_chars)},
        ],
    }
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(cfg.api_key_env or "")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    url = cfg.url.rstrip("/") + "/chat/completions"
    req = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=cfg.timeout_s) as resp:
            reply = json.loads(resp.read().decode())
        content = reply["choices"][0]["message"]["content"]
        return _parse(content, len(candidates))
    except RerankError:
        raise
    except Exception as e:  # network, HTTP status, JSON shape: all the same to the caller
        raise RerankError(f"{type(e).__name__}: {e}") from e


def rerank_snippets(title: str, text: str, snippets: list[dict], cfg: RerankConfig) -> list[dict]:
    """The top_k snippets re-scored by the model (the rest keep their score), best first.
    On failure the order is unchanged and each snippet gets `rerank_error` set."""
    head, tail = snippets[: cfg.top_k], snippets[cfg.top_k :]
    try:
        model = ask_scores(title, text, [s["snippet"] for s in head], cfg)
    except RerankError as e:
        return [{**s, "rerank_error": str(e)} for s in snippets]
    w = cfg.weight
    head = [{**s, "score": round((1 - w) * s["score"] + w * m, 4)} for s, m in zip(head, model)]
    return sorted(head, key=lambda s: -s["score"]) + tail
