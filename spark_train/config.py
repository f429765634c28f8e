"""The configuration of `spark train`: one frozen dataclass tree, defaults in code.

Loaded with the same machinery as the data config (spark_data.config.load_dataclass): a YAML
file holds only differences, `section.key=value` overrides come last, unknown keys are
errors, paths in a YAML file are relative to its folder. No torch import here.

    cfg = load_train_config("configs/train/tiny.yaml", ["optim.lr=1e-3"])
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from spark_data.config import ConfigError, load_dataclass

# The seven projections of a Llama/OLMo decoder layer: attention and MLP.
ALL_PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


@dataclass(frozen=True)
class ModelConfig:
    # A local Hugging Face checkpoint directory (config.json + weights), e.g. a download of
    # allenai/Olmo-3-1025-7B. With init=random, only its config.json is read (if given).
    path: str = ""
    init: str = "pretrained"  # pretrained | random (random weights: tests, benchmarks)
    # init=random without a path: a named architecture (spark_train.olmo3.ARCHS).
    arch: str = "olmo3-7b"
    vocab_size: int | None = None  # init=random only; None: the arch's (tiny: the corpus's)
    attn_implementation: str = "sdpa"
    gradient_checkpointing: bool = True


@dataclass(frozen=True)
class LoraConfig:
    r: int = 512
    alpha: float = 32.0  # rsLoRA: the update is scaled by alpha / sqrt(r)
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ALL_PROJECTIONS
    rslora: bool = True


@dataclass(frozen=True)
class DataConfig:
    corpus: str = ""  # the output root of `spark data` (tokens/index.json and shards)
    seq_len: int = 2048  # must equal the corpus's pack.seq_len
    # Mixture weight per domain of the training split; empty: proportional to its blocks.
    # Listed weights are normalised; a domain left out of a non-empty map gets 0.
    weights: dict[str, float] = field(default_factory=dict)
    # Replay against forgetting: another `spark data` corpus packed with the same tokenizer
    # and seq_len (e.g. the base model's pretraining data); its train blocks are this share
    # of the samples (0 < replay_weight < 1), as domains "replay/<domain>".
    replay: str = ""
    replay_weight: float = 0.0
    # Only when the corpus has no "validation" split: the share of train blocks carved out
    # (stable hash of the block's shard and row) and never trained on.
    validation_fraction: float = 0.02
    validation_max_blocks: int = 1024  # blocks scored per validation pass (all workers)
    read_cpus: float = 0.25  # CPUs per Ray Data read task
    allow_vocab_mismatch: bool = False  # a model vocab padded beyond the tokenizer's


@dataclass(frozen=True)
class OptimConfig:
    lr: float = 2e-4
    min_lr_ratio: float = 0.1  # cosine decays to lr * min_lr_ratio at max_steps
    warmup_steps: int = 100
    weight_decay: float = 0.0
    betas: tuple[float, ...] = (0.9, 0.95)
    eps: float = 1e-8
    max_grad_norm: float = 1.0


@dataclass(frozen=True)
class ScalingConfig:
    num_workers: int = 8  # one per GPU
    device: str = "auto"  # auto (cuda when Ray has GPUs) | cuda | cpu
    cpus_per_worker: float = 1.0
    strategy: str = "ddp"  # ddp | fsdp2
    precision: str = "auto"  # auto: bf16 on cuda, fp32 on cpu | bf16 | fp32


@dataclass(frozen=True)
class RunConfig:
    name: str = "spark-train"
    storage: str = "out/train"  # a local path or URI shared by all nodes (s3://...)
    address: str | None = None  # Ray address; None: RAY_ADDRESS or a local Ray
    max_failures: int = 3  # worker-group restarts from the last checkpoint
    keep_checkpoints: int = 3
    tensorboard: bool = True
    mlflow_uri: str | None = None  # MLflow tracking URI; used when mlflow is installed
    peak_tflops: float | None = None  # per device; None: known GPUs, else MFU is null
    # Fault injection (tests, drills): rank 0 raises once after this step, so the worker
    # group restarts from the last checkpoint (FailureConfig). A marker file makes it once.
    fail_once_at_step: int | None = None


@dataclass(frozen=True)
class TrainConfig:
    model: ModelConfig = field(default_factory=ModelConfig)
    lora: LoraConfig = field(default_factory=LoraConfig)
    data: DataConfig = field(default_factory=DataConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    scaling: ScalingConfig = field(default_factory=ScalingConfig)
    run: RunConfig = field(default_factory=RunConfig)
    global_batch: int = 168  # sequences per optimizer step (all workers, all micro-steps)
    micro_batch: int = 3  # sequences per forward pass per worker
    max_steps: int = 15000
    checkpoint_every: int = 1000
    eval_every: int = 500
    log_every: int = 1
    seed: int = 0

    @property
    def grad_accum(self) -> int:
        return self.global_batch // (self.micro_batch * self.scaling.num_workers)


_PATH_KEYS = {("model", "path"), ("data", "corpus"), ("run", "storage")}
_CHOICES = {
    ("model", "init"): ("pretrained", "random"),
    ("scaling", "device"): ("auto", "cuda", "cpu"),
    ("scaling", "strategy"): ("ddp", "fsdp2"),
    ("scaling", "precision"): ("auto", "bf16", "fp32"),
}


def load_train_config(
    path: str | os.PathLike | None = None, overrides: list[str] | None = None
) -> TrainConfig:
    """Defaults, then the YAML at `path`, then `a.b=value` overrides; validated."""
    cfg = load_dataclass(TrainConfig, path, overrides, _PATH_KEYS)
    validate(cfg)
    return cfg


def validate(cfg: TrainConfig) -> None:
    """Raise ConfigError for values that no run could use (checked before Ray starts)."""
    for (sec, key), allowed in _CHOICES.items():
        value = getattr(getattr(cfg, sec), key)
        if value not in allowed:
            raise ConfigError(f"{sec}.{key}: {value!r} is not one of {list(allowed)}")
    per_step = cfg.micro_batch * cfg.scaling.num_workers
    if min(cfg.micro_batch, cfg.scaling.num_workers, cfg.global_batch, cfg.max_steps) < 1:
        raise ConfigError("micro_batch, scaling.num_workers, global_batch, max_steps must be >= 1")
    if cfg.global_batch % per_step:
        raise ConfigError(
            f"global_batch {cfg.global_batch} is not a multiple of micro_batch x num_workers "
            f"= {per_step}; gradient accumulation needs a whole number of micro-steps"
        )
    if cfg.lora.r < 1 or not cfg.lora.target_modules:
        raise ConfigError("lora.r must be >= 1 and lora.target_modules non-empty")
    if cfg.data.seq_len < 2:
        raise ConfigError(f"data.seq_len must be >= 2, got {cfg.data.seq_len}")
    bad = {d: w for d, w in cfg.data.weights.items() if not isinstance(w, (int, float)) or w < 0}
    if bad:
        raise ConfigError(f"data.weights: weights must be numbers >= 0, got {bad}")
    if not 0 <= cfg.data.validation_fraction < 1:
        raise ConfigError("data.validation_fraction must be in [0, 1)")
    if cfg.model.init == "pretrained" and not cfg.model.path:
        raise ConfigError(
            "model.path: a local checkpoint directory is needed (model.init=pretrained)"
        )
