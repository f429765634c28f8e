"""The Ray Train worker loop: setup, train, validate, checkpoint (a recipe, top to bottom).

In: `train_loop_config` = {"cfg": TrainConfig, "launch_step": the step the datasets start
at, "vocab_size", "n_val"}, and the datasets `train_<rank>` / `val_<rank>` (spark_train.feed).
Out: `ray.train.report` of metrics + a checkpoint every `checkpoint_every` steps and at the
end; per-step metrics from rank 0 to stdout and TensorBoard.

Each optimizer step takes micro_batch x grad_accum samples per rank. The loss is the sum of
token NLLs over the whole global batch divided by its label-token count (all-reduced first),
so gradient accumulation and uneven padding give exactly the mean over real tokens.
"""

from __future__ import annotations

import contextlib
import math
import time

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F

from spark_train import state as ckpt
from spark_train.config import TrainConfig
from spark_train.flops import mfu, model_flops_per_token, peak_flops
from spark_train.olmo3 import build_model


def lr_lambda(cfg: TrainConfig):
    """Linear warmup to optim.lr, then cosine to lr * min_lr_ratio at max_steps."""
    warm, total, floor = cfg.optim.warmup_steps, cfg.max_steps, cfg.optim.min_lr_ratio

    def f(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        progress = min(1.0, (step - warm) / max(1, total - warm))
        return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress))

    return f


def precision(cfg: TrainConfig, device: torch.device) -> torch.dtype | None:
    """The autocast dtype: bf16 on CUDA by default; CPU runs fp32 unless bf16 is asked for."""
    if cfg.scaling.precision == "bf16" or (
        cfg.scaling.precision == "auto" and device.type == "cuda"
    ):
        return torch.bfloat16
    return None


def setup_model(cfg: TrainConfig, vocab_size: int | None, device: torch.device):
    """Same seed on every rank, so random init is identical; then DDP or FSDP2."""
    torch.manual_seed(cfg.seed)
    amp = precision(cfg, device)
    # Base weights in bf16 on GPU (frozen); the adapter stays fp32 (peft's default).
    dtype = torch.bfloat16 if amp is torch.bfloat16 and device.type == "cuda" else torch.float32
    model = build_model(cfg.model, cfg.lora, vocab_size, device=str(device), dtype=dtype)
    if cfg.scaling.strategy == "fsdp2":
        from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

        mp = MixedPrecisionPolicy(param_dtype=amp or torch.float32, reduce_dtype=torch.float32)
        for layer in model.base_model.model.model.layers:
            fully_shard(layer, mp_policy=mp)
        fully_shard(model, mp_policy=mp)
        return model
    if dist.is_initialized() and dist.get_world_size() > 1:
        from torch.nn.parallel import DistributedDataParallel as DDP

        ids = [device.index] if device.type == "cuda" else None
        return DDP(model, device_ids=ids)
    return model


def token_nll(model, input_ids, labels, amp) -> torch.Tensor:
    """Per-sequence sums of next-token NLL over label positions (fp32)."""
    ctx = torch.autocast(input_ids.device.type, dtype=amp) if amp else contextlib.nullcontext()
    with ctx:
        logits = model(input_ids=input_ids).logits
    loss = F.cross_entropy(
        logits[:, :-1].float().transpose(1, 2), labels[:, 1:], ignore_index=-100, reduction="none"
    )
    return loss.sum(dim=1)


def _sum(x: float, device) -> float:
    t = torch.tensor([x], dtype=torch.float64, device=device)
    if dist.is_initialized():
        dist.all_reduce(t)
    return float(t.item())


class Batches:
    """A rank's stream of micro-batches, skipping what the checkpoint already covered."""

    def __init__(self, iterator, micro: int, skip_rows: int, device) -> None:
        self.it = iterator.iter_batches(batch_size=micro, batch_format="numpy", prefetch_batches=2)
        self.it = iter(self.it)
        self.device = device
        for _ in range(skip_rows // micro):
            next(self.it)

    def next(self) -> dict:
        b = next(self.it)
        return {
            "input_ids": torch.from_numpy(b["input_ids"]).to(self.device),
            "labels": torch.from_numpy(b["labels"]).to(self.device),
            "sample_index": b["sample_index"],
            "weight": torch.from_numpy(b["weight"]).to(self.device),
        }


def train_step(model, batches: Batches, cfg: TrainConfig, amp, expected: np.ndarray) -> dict:
    """One optimizer step's forward/backward passes; returns its loss and token counts."""
    micro = [batches.next() for _ in range(cfg.grad_accum)]
    got = np.concatenate([m["sample_index"] for m in micro])
    if not np.array_equal(got, expected):
        raise RuntimeError(f"data out of order: expected samples {expected[:4]}.., got {got[:4]}..")
    device = micro[0]["input_ids"].device
    local_tokens = sum(int((m["labels"][:, 1:] != -100).sum()) for m in micro)
    tokens = max(_sum(local_tokens, device), 1.0)
    world = dist.get_world_size() if dist.is_initialized() else 1
    loss_sum = 0.0
    for i, m in enumerate(micro):
        last = i == len(micro) - 1
        sync = (
            model.no_sync() if hasattr(model, "no_sync") and not last else contextlib.nullcontext()
        )
        with sync:
            nll = token_nll(model, m["input_ids"], m["labels"], amp).sum()
            # DDP averages gradients over ranks; * world makes it the global token mean.
            (nll * world / tokens).backward()
        loss_sum += float(nll.detach())
    return {"loss": _sum(loss_sum, device) / tokens, "label_tokens": tokens}


@torch.no_grad()
def validate(model, iterator, micro: int, amp, device) -> float | None:
    if iterator is None:
        return None
    model.eval()
    nll = count = 0.0
    for b in iterator.iter_batches(batch_size=micro, batch_format="numpy"):
        ids = torch.from_numpy(b["input_ids"]).to(device)
        labels = torch.from_numpy(b["labels"]).to(device)
        w = torch.from_numpy(b["weight"]).to(device)
        nll += float((token_nll(model, ids, labels, amp) * w).sum())
        count += float(((labels[:, 1:] != -100).sum(dim=1) * w).sum())
    model.train()
    total, n = _sum(nll, device), _sum(count, device)
    return total / n if n else None


def train_loop(config: dict) -> None:
    """The function every Ray Train worker runs."""
    import tempfile

    import ray.train
    import ray.train.torch

    cfg: TrainConfig = config["cfg"]
    ctx = ray.train.get_context()
    rank, world = ctx.get_world_rank(), ctx.get_world_size()
    device = ray.train.torch.get_device() if cfg.scaling.device != "cpu" else torch.device("cpu")
    amp = precision(cfg, device)
    model = setup_model(cfg, config["vocab_size"], device)
    params = [p for p in model.parameters() if p.requires_grad]
    o = cfg.optim
    optimizer = torch.optim.AdamW(
        params, lr=o.lr, betas=tuple(o.betas), eps=o.eps, weight_decay=o.weight_decay
    )
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda(cfg))
    order = {
        "world_size": world,
        "global_batch": cfg.global_batch,
        "micro_batch": cfg.micro_batch,
        "seq_len": cfg.data.seq_len,
        "seed": cfg.seed,
        "weights": dict(cfg.data.weights),
        "replay": [cfg.data.replay, cfg.data.replay_weight] if cfg.data.replay else None,
    }
    step, tokens_seen = 0, 0
    checkpoint = ray.train.get_checkpoint()
    if checkpoint:
        with checkpoint.as_directory() as d:
            saved = ckpt.load(d, model, optimizer, scheduler, rank)
        ckpt.check_order(saved, order)
        step, tokens_seen = saved["step"], saved["tokens_seen"]
    per_rank = cfg.micro_batch * cfg.grad_accum
    skip = (step - config["launch_step"]) * per_rank
    if skip < 0:
        raise RuntimeError(
            f"checkpoint at step {step} precedes the data start {config['launch_step']}"
        )
    batches = Batches(ray.train.get_dataset_shard(f"train_{rank}"), cfg.micro_batch, skip, device)
    val = ray.train.get_dataset_shard(f"val_{rank}") if config["n_val"] else None
    logger = _logger(cfg, rank, config)
    fpt = model_flops_per_token(ckpt.peft_of(model), cfg.data.seq_len)
    peak = peak_flops(
        torch.cuda.get_device_name(device) if device.type == "cuda" else None, cfg.run.peak_tflops
    )
    if rank == 0:
        print(
            f"spark train: rank 0 starts at step {step} (sample {step * cfg.global_batch})",
            flush=True,
        )
    model.train()
    while step < cfg.max_steps:
        t0 = time.perf_counter()
        first = step * cfg.global_batch + rank * per_rank
        out = train_step(model, batches, cfg, amp, np.arange(first, first + per_rank))
        grad_norm = torch.nn.utils.clip_grad_norm_(params, o.max_grad_norm)
        lr = scheduler.get_last_lr()[0]
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        dt = time.perf_counter() - t0
        seq_tokens = cfg.global_batch * cfg.data.seq_len
        tokens_seen += seq_tokens
        tps = seq_tokens / dt / world
        metrics = {
            "loss": out["loss"],
            "lr": lr,
            "grad_norm": float(grad_norm),
            "tokens_per_s_per_device": tps,
            "mfu": mfu(tps, fpt, peak),
            "tokens_seen": tokens_seen,
            "step_time_s": dt,
        }
        if step % cfg.eval_every == 0 or step == cfg.max_steps:
            metrics["val_loss"] = validate(model, val, cfg.micro_batch, amp, device)
        if rank == 0 and (step % cfg.log_every == 0 or step == cfg.max_steps):
            logger.log(step, metrics)
        if step % cfg.checkpoint_every == 0 or step == cfg.max_steps:
            state = {
                **order,
                "step": step,
                "next_sample": step * cfg.global_batch,
                "tokens_seen": tokens_seen,
            }
            with tempfile.TemporaryDirectory() as d:
                ckpt.save(d, model, optimizer, scheduler, state, rank)
                ray.train.report(
                    {**{k: v for k, v in metrics.items() if v is not None}, "step": step},
                    checkpoint=ray.train.Checkpoint.from_directory(d),
                )
        _maybe_fail(cfg, config, step, rank)
    if logger is not None:
        logger.close()


def _maybe_fail(cfg: TrainConfig, config: dict, step: int, rank: int) -> None:
    if cfg.run.fail_once_at_step != step or rank != 0 or not config.get("marker_dir"):
        return
    import os

    marker = os.path.join(config["marker_dir"], f"failed_once_at_{step}")
    if not os.path.exists(marker):
        open(marker, "w").close()
        raise RuntimeError(f"injected failure after step {step} (run.fail_once_at_step)")


def _logger(cfg: TrainConfig, rank: int, config: dict):
    if rank != 0:
        return None
    from spark_train.metrics import MetricsLogger

    return MetricsLogger(
        config.get("tb_dir"),
        cfg.run.tensorboard,
        cfg.run.mlflow_uri,
        cfg.run.name,
        params={"lora_r": cfg.lora.r, "lr": cfg.optim.lr, **{"global_batch": cfg.global_batch}},
    )
