"""Model FLOPs per token and MFU.

MFU = achieved model FLOPs / peak FLOPs of the device. Model FLOPs per token follow the
PaLM convention: 6 * N (forward 2N + backward 4N over the parameters doing matmuls: all but
the input embedding, which is a lookup) + the attention term 12 * hidden * ctx per layer,
where ctx is the sequence length, capped at the window on sliding-window layers. Recomputed
activations (gradient checkpointing) are not counted: that would be hardware FLOPs. With
LoRA the frozen weights get no weight gradients, so 6N overstates the work by up to a
third; it is kept because it is the figure published anchors use.

    fpt = flops_per_token(n_params, n_layers=32, hidden=4096, seq_len=2048, windows=[...])
    mfu(tokens_per_s_per_device=3000, flops_per_token=fpt, peak=989.4e12)
"""

from __future__ import annotations

# Dense BF16 tensor-core peaks (no sparsity), per device, from the vendors' data sheets.
PEAK_BF16_TFLOPS = (
    ("H100 PCIe", 756.0),
    ("H100 NVL", 835.0),
    ("H100", 989.4),  # SXM
    ("H200", 989.4),
    ("H800", 989.4),
    ("B200", 2250.0),
    ("A100", 312.0),
    ("L40S", 362.1),
)


def peak_flops(device_name: str | None, configured_tflops: float | None = None) -> float | None:
    """Peak FLOP/s of one device: configured, else a known GPU's, else None (CPU)."""
    if configured_tflops:
        return configured_tflops * 1e12
    if not device_name:
        return None
    for name, tflops in PEAK_BF16_TFLOPS:
        if name.lower() in device_name.lower():
            return tflops * 1e12
    return None


def flops_per_token(
    n_params: int, n_layers: int, hidden: int, seq_len: int, windows: list[int | None]
) -> float:
    """6N + sum over layers of 12 * hidden * effective context (see the module docstring)."""
    ctx = [min(seq_len, w) if w else seq_len for w in (windows or [None] * n_layers)]
    return 6.0 * n_params + sum(12.0 * hidden * c for c in ctx)


def model_flops_per_token(model, seq_len: int) -> float:
    """flops_per_token for a transformers causal LM (or a PeftModel around one)."""
    config = model.config if hasattr(model, "config") else model.base_model.model.config
    embed = model.get_input_embeddings().weight.numel()
    n = sum(p.numel() for p in model.parameters()) - embed
    types = getattr(config, "layer_types", None) or ["full_attention"] * config.num_hidden_layers
    window = getattr(config, "sliding_window", None)
    windows = [window if t == "sliding_attention" else None for t in types]
    return flops_per_token(n, config.num_hidden_layers, config.hidden_size, seq_len, windows)


def mfu(tokens_per_s_per_device: float, fpt: float, peak: float | None) -> float | None:
    return None if not peak else tokens_per_s_per_device * fpt / peak
