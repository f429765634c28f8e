"""Checks run on the driver before any worker starts: each failure is one clear message.

In: a TrainConfig. Out: a `Preflight` (the corpus index, the model config, the plan's
figures) or a `TrainError` naming what is wrong: a missing model directory, a tokenizer
vocabulary that does not match the model's, an empty dataset, a sequence length the corpus
was not packed at or the model cannot take.

    pre = preflight(cfg)
"""

from __future__ import annotations

from dataclasses import dataclass

from spark_train.config import TrainConfig
from spark_train.corpus import (
    CorpusError,
    Plan,
    TokenIndex,
    read_index,
    replay_mismatch,
    train_plan,
    validation_rows,
)
from spark_train.olmo3 import ModelError, model_config


class TrainError(ValueError):
    """A run that cannot start; the message says why and which setting to change."""


@dataclass
class Preflight:
    index: TokenIndex
    plan: Plan
    val_rows: object  # np.ndarray of validation row ids
    model_vocab: int
    max_positions: int
    vocab_size: int | None  # what a random-init model is built with (None: the arch's)


def preflight(cfg: TrainConfig) -> Preflight:
    try:
        index = read_index(cfg.data.corpus)
        vocab = (
            index.vocab_size
            if cfg.model.init == "random" and cfg.model.vocab_size is None
            else cfg.model.vocab_size
        )
        config = model_config(cfg.model, vocab)
    except (CorpusError, ModelError) as e:
        raise TrainError(str(e)) from None
    model_vocab = int(config.vocab_size)
    max_pos = int(getattr(config, "max_position_embeddings", 0) or 0)
    if index.seq_len != cfg.data.seq_len:
        raise TrainError(
            f"data.seq_len is {cfg.data.seq_len} but the corpus was packed at {index.seq_len} "
            "(tokens/index.json); set data.seq_len to match or re-run `spark data` with pack.seq_len"
        )
    if max_pos and cfg.data.seq_len > max_pos:
        raise TrainError(
            f"data.seq_len {cfg.data.seq_len} exceeds the model's max_position_embeddings {max_pos}"
        )
    if index.vocab_size is None:
        raise TrainError("the corpus's tokens/index.json records no vocab_size; re-run pack")
    if index.vocab_size != model_vocab and not (
        cfg.data.allow_vocab_mismatch and index.vocab_size < model_vocab
    ):
        raise TrainError(
            f"the corpus was tokenized with a vocabulary of {index.vocab_size} ids but the model "
            f"has {model_vocab}: pack the corpus with the model's tokenizer (pack.tokenizer = the "
            "model directory); data.allow_vocab_mismatch=true accepts a model vocab padded beyond it"
        )
    replay = _replay(cfg, index)
    try:
        plan = train_plan(index, cfg.data, cfg.seed, replay)
    except CorpusError as e:
        raise TrainError(f"empty dataset: {e} ({cfg.data.corpus})") from None
    val = validation_rows(index, cfg.data)
    return Preflight(index, plan, val, model_vocab, max_pos, vocab)


def _replay(cfg: TrainConfig, index: TokenIndex) -> TokenIndex | None:
    """The replay corpus's index (data.replay), checked against the corpus; None if unset."""
    if not cfg.data.replay:
        return None
    if not 0 < cfg.data.replay_weight < 1:
        raise TrainError(
            f"data.replay_weight must be in (0, 1) with data.replay set; got {cfg.data.replay_weight}"
        )
    try:
        replay = read_index(cfg.data.replay)
    except CorpusError as e:
        raise TrainError(f"data.replay: {e}") from None
    why = replay_mismatch(index, replay)
    if why:
        raise TrainError(f"data.replay {cfg.data.replay} cannot be mixed in: {why}")
    return replay


def describe(cfg: TrainConfig, pre: Preflight) -> list[str]:
    """The plan in words (printed by --dry-run and at the start of a run)."""
    plan = pre.plan
    tokens_step = cfg.global_batch * cfg.data.seq_len
    lines = [
        f"corpus      {cfg.data.corpus}  (seq_len {pre.index.seq_len}, vocab {pre.index.vocab_size})",
        f"batch       {cfg.global_batch} seqs/step = {cfg.scaling.num_workers} workers x "
        f"{cfg.micro_batch} micro x {cfg.grad_accum} accum = {tokens_step:,} tokens/step",
        f"steps       {cfg.max_steps:,} -> {cfg.max_steps * tokens_step:,} tokens; one mix epoch = "
        f"{plan.epoch_len:,} samples = {plan.epoch_len / cfg.global_batch:,.1f} steps",
        f"validation  {len(pre.val_rows):,} blocks",
    ]
    if cfg.data.replay:
        lines.append(f"replay      {cfg.data.replay} ({cfg.data.replay_weight:.0%} of samples)")
    for d, rows, t in zip(plan.domains, plan.rows, plan.targets):
        lines.append(f"  domain {d:24s} blocks {len(rows):>10,}  samples/epoch {int(t):>10,}")
    return lines
