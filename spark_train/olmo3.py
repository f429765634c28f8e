"""OLMo-3 architectures, the base model and its rsLoRA adapter.

In: a ModelConfig (a local checkpoint directory, or a named architecture for random init)
and a LoraConfig. Out: a transformers Olmo3ForCausalLM (or any causal LM the checkpoint
names) wrapped as a peft PeftModel; on the meta device for `--dry-run` (no weights).

`Olmo3Config()`'s defaults are OLMo-1 values, so OLMo-3-7B is written out here from its
released config.json (allenai/Olmo-3-1025-7B): 32 layers, hidden 4096, 32 heads (no GQA),
MLP 11008, vocab 100278, sliding window 4096 on three of every four layers, RoPE theta 5e5,
and YaRN (factor 8 from 8192 to 65536 positions) on the full-attention layers only.
transformers keeps one RoPE parameter set per layer type (`rope_parameters` keyed by
"sliding_attention" / "full_attention"), which is how YaRN stays off the sliding layers.

    model = build_model(cfg.model, cfg.lora, vocab_size=None, device="meta")
    print(count_params(model))   # (total, trainable)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spark_train.config import LoraConfig, ModelConfig

_ROPE_THETA = 500000.0
# The released YaRN block; attention_factor = 0.1 * ln(8) + 1.
_YARN = {
    "rope_type": "yarn",
    "rope_theta": _ROPE_THETA,
    "factor": 8.0,
    "original_max_position_embeddings": 8192,
    "attention_factor": 1.2079441541679836,
    "beta_fast": 32.0,
    "beta_slow": 1.0,
}


def _layer_types(n: int) -> list[str]:
    """Three sliding-window layers, then one full-attention layer, repeated."""
    return ["full_attention" if (i + 1) % 4 == 0 else "sliding_attention" for i in range(n)]


OLMO3_7B: dict[str, Any] = {
    "vocab_size": 100278,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 32,
    "hidden_act": "silu",
    "max_position_embeddings": 65536,
    "rms_norm_eps": 1e-6,
    "attention_bias": False,
    "attention_dropout": 0.0,
    "tie_word_embeddings": False,
    "sliding_window": 4096,
    "layer_types": _layer_types(32),
    "rope_parameters": {
        "sliding_attention": {"rope_type": "default", "rope_theta": _ROPE_THETA},
        "full_attention": dict(_YARN),
    },
    "eos_token_id": 100257,
    "pad_token_id": 100277,
    "bos_token_id": None,
}

# The real architecture at toy size (tests, CPU benchmark): one sliding and one full layer,
# a window and YaRN base short enough that a 64-token block crosses both.
OLMO3_TINY: dict[str, Any] = {
    **OLMO3_7B,
    "vocab_size": 512,
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 4,
    "max_position_embeddings": 1024,  # the quickstart corpus packs 512
    "sliding_window": 16,
    "layer_types": ["sliding_attention", "full_attention"],
    "rope_parameters": {
        "sliding_attention": {"rope_type": "default", "rope_theta": _ROPE_THETA},
        "full_attention": {**_YARN, "original_max_position_embeddings": 32},
    },
    "eos_token_id": 0,
    "pad_token_id": 1,
}

ARCHS = {"olmo3-7b": OLMO3_7B, "olmo3-tiny": OLMO3_TINY}


class ModelError(ValueError):
    """A model directory or architecture that cannot be used; the message says why."""


def arch_config(name: str, vocab_size: int | None = None):
    """A named architecture as an Olmo3Config (vocab_size overrides the arch's)."""
    from transformers import Olmo3Config

    if name not in ARCHS:
        raise ModelError(f"model.arch: unknown architecture {name!r}; known: {sorted(ARCHS)}")
    values = json.loads(json.dumps(ARCHS[name]))  # a deep copy: configs mutate their dicts
    if vocab_size is not None:
        values["vocab_size"] = vocab_size
    return Olmo3Config(**values)


def model_config(cfg: ModelConfig, vocab_size: int | None = None):
    """The transformers config the run will build: the checkpoint's, or the named arch's."""
    if cfg.path:
        from transformers import AutoConfig

        folder = Path(cfg.path)
        if not (folder / "config.json").is_file():
            raise ModelError(
                f"model.path: {folder} is not a model directory (no config.json); download the "
                "checkpoint first, e.g. `hf download allenai/Olmo-3-1025-7B --local-dir DIR`"
            )
        config = AutoConfig.from_pretrained(folder)
        if cfg.init == "random" and vocab_size is not None:
            config.vocab_size = vocab_size
        return config
    return arch_config(cfg.arch, vocab_size if cfg.init == "random" else None)


def build_base(cfg: ModelConfig, vocab_size: int | None, device: str = "cpu", dtype=None):
    """The base causal LM: checkpoint weights, random weights, or none (device="meta")."""
    import torch
    from transformers import AutoModelForCausalLM

    config = model_config(cfg, vocab_size)
    config._attn_implementation = cfg.attn_implementation
    config.use_cache = False
    if device == "meta" or cfg.init == "random":
        with torch.device("meta" if device == "meta" else "cpu"):
            model = AutoModelForCausalLM.from_config(config, dtype=dtype or torch.float32)
        return model if device == "meta" else model.to(device)
    return AutoModelForCausalLM.from_pretrained(
        cfg.path, config=config, dtype=dtype or torch.bfloat16, device_map=device
    )


def lora_config(cfg: LoraConfig):
    from peft import LoraConfig as PeftLoraConfig

    return PeftLoraConfig(
        r=cfg.r,
        lora_alpha=cfg.alpha,
        lora_dropout=cfg.dropout,
        target_modules=list(cfg.target_modules),
        use_rslora=cfg.rslora,
        bias="none",
        task_type="CAUSAL_LM",
    )


def build_model(
    cfg: ModelConfig, lora: LoraConfig, vocab_size: int | None, device: str = "cpu", dtype=None
):
    """Base model + a fresh rsLoRA adapter (PeftModel); only the adapter is trainable."""
    import contextlib

    import torch
    from peft import get_peft_model

    base = build_base(cfg, vocab_size, device, dtype)
    # On meta, the adapter must be created there too (peft would allocate it on the CPU:
    # 5 GB and ~20 s for r=512 on 7B).
    where = torch.device("meta") if device == "meta" else contextlib.nullcontext()
    with where:
        model = get_peft_model(base, lora_config(lora))
    if cfg.gradient_checkpointing and device != "meta":
        # Non-reentrant: works with frozen inputs (LoRA) and with DDP's hooks.
        model.base_model.model.activation_checkpointing_enable(
            activation_checkpointing_kwargs={"use_reentrant": False}
        )
    return model


def count_params(model) -> tuple[int, int]:
    """(total, trainable) parameters; works on the meta device."""
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return total, trainable


def lora_scalings(model) -> set[float]:
    """The distinct scaling factors of the model's LoRA layers (rsLoRA: alpha / sqrt(r))."""
    from peft.tuners.lora import LoraLayer

    return {
        float(s) for m in model.modules() if isinstance(m, LoraLayer) for s in m.scaling.values()
    }
