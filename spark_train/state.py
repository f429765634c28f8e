"""Checkpoint contents: what a resumed run needs to continue at the same step and sample.

A checkpoint directory holds `adapter/` (peft's save_pretrained: adapter_model.safetensors
+ adapter_config.json, loadable by PeftModel.from_pretrained), `optimizer.pt`,
`scheduler.pt`, `rng_rank<r>.pt` (python, numpy, torch and CUDA generators of each rank)
and `state.json` (step, next sample index, tokens seen, and the settings the data order
depends on). Full (unsharded) state dicts are gathered with torch.distributed.checkpoint's
state_dict API, so the same code serves DDP and FSDP2; only trainable tensors are saved.

    save(dirpath, model, optimizer, scheduler, state, rank)    # every rank calls it
    state = load(dirpath, model, optimizer, scheduler, rank)
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.distributed.checkpoint.state_dict import (
    StateDictOptions,
    get_state_dict,
    set_state_dict,
)

ADAPTER = "adapter"
STATE = "state.json"
# The settings the order of samples depends on: a resume with other values would not
# continue the same sequence, so it is refused (start a new run.name instead).
ORDER_KEYS = ("world_size", "global_batch", "micro_batch", "seq_len", "seed", "weights", "replay")


def peft_of(model):
    """The PeftModel inside DDP / FSDP wrappers."""
    return getattr(model, "module", model)


def rng_state() -> dict[str, Any]:
    state = {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state(state["cuda"])


def save(dirpath: str | Path, model, optimizer, scheduler, state: dict, rank: int) -> None:
    """Write this rank's part of a checkpoint (a collective: every rank must call it)."""
    d = Path(dirpath)
    d.mkdir(parents=True, exist_ok=True)
    opts = StateDictOptions(full_state_dict=True, cpu_offload=True, ignore_frozen_params=True)
    model_sd, optim_sd = get_state_dict(model, optimizer, options=opts)
    torch.save(rng_state(), d / f"rng_rank{rank}.pt")
    if rank == 0:
        peft_of(model).save_pretrained(d / ADAPTER, state_dict=model_sd)
        torch.save(optim_sd, d / "optimizer.pt")
        torch.save(scheduler.state_dict(), d / "scheduler.pt")
        (d / STATE).write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")


def adapter_state(path: str | Path, model, adapter: str = "default") -> dict[str, torch.Tensor]:
    """An adapter folder's tensors, keyed as the model's own (trainable) parameters."""
    from peft.utils import load_peft_weights

    weights = load_peft_weights(str(path), device="cpu")
    names = {n for n, p in peft_of(model).named_parameters() if p.requires_grad}
    out = {}
    for key, tensor in weights.items():
        head, _, tail = key.rpartition(".")  # ...q_proj.lora_A . weight
        fqn = f"{head}.{adapter}.{tail}"
        if fqn not in names:
            raise KeyError(f"adapter tensor {key} has no parameter {fqn} in the model")
        out[fqn] = tensor
    missing = names - set(out)
    if missing:
        raise KeyError(f"adapter at {path} lacks {len(missing)} tensors, e.g. {sorted(missing)[0]}")
    return out


def load(dirpath: str | Path, model, optimizer, scheduler, rank: int) -> dict:
    """Restore adapter, optimizer, scheduler and this rank's RNG; return state.json."""
    d = Path(dirpath)
    state = json.loads((d / STATE).read_text())
    model_sd = adapter_state(d / ADAPTER, model)
    optim_sd = torch.load(d / "optimizer.pt", map_location="cpu", weights_only=False)
    set_state_dict(
        model,
        optimizer,
        model_state_dict=model_sd,
        optim_state_dict=optim_sd,
        options=StateDictOptions(full_state_dict=True, strict=False),
    )
    scheduler.load_state_dict(torch.load(d / "scheduler.pt", weights_only=False))
    rng = d / f"rng_rank{rank}.pt"
    if rng.is_file():
        set_rng_state(torch.load(rng, weights_only=False))
    return state


def check_order(saved: dict, current: dict) -> None:
    """Refuse a resume whose data order would differ from the checkpoint's."""
    diff = {k: (saved.get(k), current.get(k)) for k in ORDER_KEYS if saved.get(k) != current.get(k)}
    if diff:
        raise ValueError(
            "cannot resume: the data order depends on settings that changed since the "
            f"checkpoint {diff} (saved, now); use a new run.name to start over"
        )
