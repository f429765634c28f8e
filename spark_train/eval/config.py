"""The configuration of `spark eval`: one frozen dataclass tree, defaults in code.

Loaded with spark_data.config.load_dataclass: a YAML file holds only differences,
`section.key=value` overrides come last, unknown keys are errors, paths in a YAML file are
relative to its folder. No torch import here.

    cfg = load_eval_config("configs/eval/tiny.yaml", ["completion.n_per_domain=10"])

Models are a list: each a local Hugging Face checkpoint directory, optionally with a LoRA
adapter directory (peft save_pretrained), or a merged model (just a path). The first model
(or `compare_to`) is the baseline the others are compared with.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from spark_data.config import ConfigError, load_dataclass


@dataclass(frozen=True)
class ModelSpec:
    name: str = ""  # label in the results ("base", "adapted"); default: the folder name
    path: str = ""  # a local HF checkpoint directory (config.json + weights)
    adapter: str = ""  # a LoRA adapter directory (adapter_config.json); "" = none
    tokenizer: str = ""  # "" = the checkpoint's own tokenizer, else the reference one
    dtype: str = "auto"  # auto (bf16 on GPU, fp32 on CPU) | float32 | bfloat16 | float16
    # An adapter whose adapter_config names another base is an error; set true when the
    # checkpoint moved and its folder was renamed (shapes are still checked).
    allow_base_mismatch: bool = False


@dataclass(frozen=True)
class SetsConfig:
    # Eval sets: in_domain = the corpus's "validation" split, held_out = "held_out".
    sets: tuple[str, ...] = ("in_domain", "held_out")
    # Documents per (set, domain), a seeded selection (the whole set when smaller).
    max_docs_per_domain: int = 200
    seed: int = 0
    # Domains expected in every set: one with no documents is reported as empty. Empty
    # tuple: the domains of the corpus's docs (all splits).
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class PerplexityConfig:
    enabled: bool = True
    max_length: int = 2048  # context per window (capped by the model's positions)
    # Tokens a window advances: max_length - stride tokens of each later window are
    # context only (masked), so every token is scored once with at least that context.
    stride: int = 1024
    batch_size: int = 8  # windows per forward pass
    add_eos: bool = True  # score the end-of-document token too (the corpus appends it)


@dataclass(frozen=True)
class CompletionConfig:
    enabled: bool = True
    n_per_domain: int = 25
    seed: int = 0
    cut: float = 0.75  # prompt = the first 75% of a document's reference tokens
    min_tokens: int = 32  # documents shorter than this (reference tokens) are not drawn
    max_prompt_tokens: int = 1024  # longer prompts keep their last tokens (nearest the cut)
    max_completion_tokens: int = 128  # the reference completion is cut to this
    batch_size: int = 4  # prompts per generate call
    backend: str = "auto"  # auto (vllm when installed and a GPU is there) | transformers | vllm
    # A samples file from an earlier run: the same samples are scored again (two runs, two
    # models, same samples). "" = draw them (seeded) and save to <out>/completion_samples.jsonl.
    samples_file: str = ""


@dataclass(frozen=True)
class DecontamConfig:
    enabled: bool = True
    n: int = 13  # n-gram length in reference-tokenizer ids
    # An item is contaminated when at least this share of its n-grams occur in a training
    # block (0 = any single shared n-gram). Not 0 by default: licence headers and include
    # blocks repeat across every file of a repository, so a single shared 13-gram would flag
    # nearly every in-domain document.
    threshold: float = 0.5
    batch_size: int = 64  # training blocks per scan batch


@dataclass(frozen=True)
class EvalRayConfig:
    address: str | None = None  # None: RAY_ADDRESS if set, else a local Ray
    num_cpus: int | None = None  # local Ray only
    # CPU workers per model when there is no GPU (an actor per GPU otherwise).
    cpu_actors: int = 1
    actor_cpus: float = 1.0
    task_cpus: float = 0.25


@dataclass(frozen=True)
class EvalConfig:
    corpus: str = ""  # a `spark data` output root (docs, files, blocks, tokens/index.json)
    out: str = "out/eval"  # results folder
    reference_tokenizer: str = ""  # "" = pack.tokenizer of the corpus's config.yaml
    models: tuple[ModelSpec, ...] = ()
    compare_to: str = ""  # the baseline model's name; "" = the first model
    sets: SetsConfig = field(default_factory=SetsConfig)
    perplexity: PerplexityConfig = field(default_factory=PerplexityConfig)
    completion: CompletionConfig = field(default_factory=CompletionConfig)
    decontam: DecontamConfig = field(default_factory=DecontamConfig)
    ray: EvalRayConfig = field(default_factory=EvalRayConfig)


PATH_KEYS = {
    ("corpus",),
    ("out",),
    ("reference_tokenizer",),
    ("completion", "samples_file"),
}


def load_eval_config(
    path: str | os.PathLike | None = None, overrides: list[str] | None = None
) -> EvalConfig:
    """Defaults, then the YAML at `path`, then `a.b=value` overrides; checked."""
    cfg = load_dataclass(EvalConfig, path, overrides, PATH_KEYS)
    base = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    return check(resolve_models(cfg, base))


def resolve_models(cfg: EvalConfig, base: str) -> EvalConfig:
    """Model paths relative to `base` (the YAML's folder) and default names."""
    from dataclasses import replace

    def absolute(p: str) -> str:
        return p if not p or os.path.isabs(p) else os.path.normpath(os.path.join(base, p))

    models = tuple(
        replace(
            m,
            path=absolute(m.path),
            adapter=absolute(m.adapter),
            tokenizer=absolute(m.tokenizer),
            name=m.name or os.path.basename((m.adapter or m.path).rstrip("/")),
        )
        for m in cfg.models
    )
    return replace(cfg, models=models)


def check(cfg: EvalConfig) -> EvalConfig:
    """Values that cannot work are config errors, before anything starts."""
    names = [m.name for m in cfg.models]
    if len(set(names)) != len(names):
        raise ConfigError(f"models: names must be unique, got {names}")
    if cfg.compare_to and cfg.compare_to not in names:
        raise ConfigError(f"compare_to={cfg.compare_to!r} is not a model name {names}")
    unknown = sorted(set(cfg.sets.sets) - {"in_domain", "held_out"})
    if unknown:
        raise ConfigError(f"sets.sets: unknown set(s) {unknown}; known: in_domain, held_out")
    p = cfg.perplexity
    if p.max_length < 2 or not 0 < p.stride <= p.max_length:
        raise ConfigError(f"perplexity: need 1 <= stride <= max_length >= 2, got {p.stride}")
    if not 0 < cfg.completion.cut < 1:
        raise ConfigError(f"completion.cut must be in (0, 1), got {cfg.completion.cut}")
    if cfg.completion.backend not in ("auto", "transformers", "vllm"):
        raise ConfigError(
            f"completion.backend: auto|transformers|vllm, not {cfg.completion.backend}"
        )
    if cfg.decontam.n < 1 or not 0 <= cfg.decontam.threshold <= 1:
        raise ConfigError("decontam: n >= 1 and 0 <= threshold <= 1")
    return cfg


def baseline(cfg: EvalConfig) -> str:
    return cfg.compare_to or (cfg.models[0].name if cfg.models else "")
