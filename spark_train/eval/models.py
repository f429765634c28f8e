"""Loading the models `spark eval` scores, and checking adapters before any worker starts.

In: a `ModelSpec` (a local HF checkpoint directory, optionally a LoRA adapter directory
written by peft's save_pretrained, or a merged model) and the reference tokenizer directory.
Out: (model in eval mode, its tokenizer, info), where info says which tokenizer the model
uses and whether it is the reference one (perplexity is always computed in the model's own
tokenizer; completions are decoded to text and re-tokenised with the reference tokenizer).

    check_adapter("ckpt/base", "ckpt/lora")            # AdapterMismatch with the reason
    model, tok, info = load_model(spec, "cpu", ref_dir)
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from spark_train.eval.config import ModelSpec

_PROBE = "int main(void) { GPIOA->ODR |= (1U << 5); return 0x1F; }\n"


class AdapterMismatch(ValueError):
    """A LoRA adapter that does not belong to the model it is applied to."""


class ModelLoadError(ValueError):
    """A model or adapter directory that cannot be used; the message says why."""


def check_spec(spec: ModelSpec) -> None:
    """Cheap checks on the driver: the folders exist, the adapter fits the base."""
    if not (Path(spec.path) / "config.json").is_file():
        raise ModelLoadError(f"model {spec.name!r}: no config.json in {spec.path!r}")
    if spec.adapter:
        check_adapter(spec.path, spec.adapter, spec.allow_base_mismatch)


def check_adapter(model_path: str, adapter_path: str, allow_base_mismatch: bool = False) -> None:
    """Raise AdapterMismatch when the adapter was made for another base model.

    Two checks: adapter_config.json's base_model_name_or_path must name this checkpoint
    (same path, or same folder name: checkpoints move between machines) unless allowed;
    and every LoRA matrix must fit the module it targets (lora_A: [r, in_features],
    lora_B: [out_features, r] against the base weight's [out, in]), read from the
    safetensors headers without loading any weight.
    """
    cfg_file = Path(adapter_path) / "adapter_config.json"
    if not cfg_file.is_file():
        raise ModelLoadError(f"{adapter_path!r} is not a LoRA adapter (no adapter_config.json)")
    named = json.loads(cfg_file.read_text()).get("base_model_name_or_path") or ""
    if named and not allow_base_mismatch and not _same_model(named, model_path):
        raise AdapterMismatch(
            f"adapter {adapter_path!r} was trained on base model {named!r}, not {model_path!r}"
            " (set allow_base_mismatch=true if the checkpoint was only moved)"
        )
    base = _weight_shapes(Path(model_path), "model")
    for key, shape in _weight_shapes(Path(adapter_path), "adapter_model").items():
        _check_lora_shape(key, shape, base, adapter_path, model_path)


def _same_model(named: str, model_path: str) -> bool:
    a, b = os.path.normpath(named), os.path.normpath(model_path)
    return a == b or os.path.basename(a) == os.path.basename(b)


def _check_lora_shape(
    key: str, shape: tuple, base: dict[str, tuple], adapter_path: str, model_path: str
) -> None:
    for part, axis in ((".lora_A.", 1), (".lora_B.", 0)):
        if part not in key:
            continue
        module = key.split(part)[0].removeprefix("base_model.model.")
        weight = base.get(f"{module}.weight")
        if weight is None:
            raise AdapterMismatch(
                f"adapter {adapter_path!r} targets {module!r}, which {model_path!r} does not have"
            )
        # lora_A [r, in] reads the module's input (weight axis 1); lora_B [out, r] writes
        # its output (weight axis 0): the same axis on both sides.
        if len(weight) != 2 or len(shape) != 2 or shape[axis] != weight[axis]:
            raise AdapterMismatch(
                f"adapter {adapter_path!r} does not fit {model_path!r}: {key} has shape "
                f"{list(shape)}, the base {module}.weight is {list(weight)}"
            )


def _weight_shapes(folder: Path, stem: str) -> dict[str, tuple]:
    """Tensor name -> shape from `<stem>.safetensors` or its sharded index; {} if neither."""
    from safetensors import safe_open

    files = [folder / f"{stem}.safetensors"]
    index = folder / f"{stem}.safetensors.index.json"
    if index.is_file():
        files = sorted({folder / f for f in json.loads(index.read_text())["weight_map"].values()})
    shapes: dict[str, tuple] = {}
    for f in files:
        if not f.is_file():
            continue
        with safe_open(str(f), framework="pt") as st:
            for k in st.keys():  # noqa: SIM118 (safe_open is not iterable)
                shapes[k] = tuple(st.get_slice(k).get_shape())
    return shapes


def _has_tokenizer(folder: str) -> bool:
    return any((Path(folder) / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json"))


def load_tokenizer_for(spec: ModelSpec, reference_dir: str) -> tuple[Any, dict]:
    """The model's own tokenizer (spec.tokenizer, else the checkpoint's, else the reference)."""
    from transformers import AutoTokenizer

    source = spec.tokenizer or (spec.path if _has_tokenizer(spec.path) else reference_dir)
    tok = AutoTokenizer.from_pretrained(source)
    ref = AutoTokenizer.from_pretrained(reference_dir)
    same = tok.get_vocab() == ref.get_vocab() and _ids(tok) == _ids(ref)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token  # padding is masked; any id will do
    return tok, {"tokenizer": source, "same_tokenizer_as_reference": same}


def _ids(tok: Any) -> list[int]:
    return tok(_PROBE, add_special_tokens=False)["input_ids"]


def load_model(spec: ModelSpec, device: str, reference_dir: str) -> tuple[Any, Any, dict]:
    """The checkpoint (+ adapter, merged into the weights for speed) on `device`, eval mode."""
    from transformers import AutoModelForCausalLM

    check_spec(spec)
    dtype = _dtype(spec.dtype, device)
    model = AutoModelForCausalLM.from_pretrained(spec.path, dtype=dtype)
    if spec.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, spec.adapter).merge_and_unload()
    # Frozen, not torch.set_grad_enabled(False): that is process-wide and would leak into a
    # caller that trains afterwards (the reproduction's base runs in the same process).
    model.to(device).eval().requires_grad_(False)
    tok, info = load_tokenizer_for(spec, reference_dir)
    info.update(
        max_positions=int(getattr(model.config, "max_position_embeddings", 0) or 0),
        dtype=str(dtype).removeprefix("torch."),
        device=device,
    )
    return model, tok, info


def _dtype(name: str, device: str) -> Any:
    import torch

    if name == "auto":
        return torch.bfloat16 if device.startswith("cuda") else torch.float32
    try:
        return getattr(torch, name)
    except AttributeError:
        raise ModelLoadError(f"unknown dtype {name!r}") from None


def device_for_actor() -> str:
    """cuda when this worker was given a GPU, else cpu."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
