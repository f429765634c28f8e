"""Export a training checkpoint: the adapter as is, and optionally a merged HF model.

In: a checkpoint directory (or a run folder: its newest checkpoint) and the run's config
(for the base model). Out: `<out>/adapter` (PeftModel.from_pretrained(base, it) loads it)
and, with merge, `<out>/merged`: base + adapter folded into plain weights
(AutoModelForCausalLM.from_pretrained loads it; no peft needed), saved in the base's dtype,
with the base directory's tokenizer files copied beside it.

    spark train export --config C --checkpoint out/train/run/checkpoint_... --out DIR --merge
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from spark_train.config import TrainConfig
from spark_train.state import ADAPTER, STATE

_TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.json",
    "merges.txt",
    "generation_config.json",
)


def newest_checkpoint(path: str | Path) -> Path:
    """`path` if it is a checkpoint, else the checkpoint of the highest step under it."""
    p = Path(path)
    if (p / STATE).is_file():
        return p
    found = [
        (json.loads((c / STATE).read_text())["step"], c)
        for c in p.glob("checkpoint_*")
        if (c / STATE).is_file()
    ]
    if not found:
        raise FileNotFoundError(f"{p}: no checkpoint (a folder with {STATE} and {ADAPTER}/)")
    return max(found)[1]


def load_base(cfg: TrainConfig, vocab_size: int | None):
    """The base model as training built it (same seed: the same random init in tests)."""
    import torch

    from spark_train.olmo3 import build_base

    torch.manual_seed(cfg.seed)
    return build_base(cfg.model, vocab_size, device="cpu")


def export(
    cfg: TrainConfig,
    checkpoint: str | Path,
    out: str | Path,
    merge: bool = False,
    vocab_size: int | None = None,
) -> dict[str, str]:
    ckpt = newest_checkpoint(checkpoint)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    adapter = out / ADAPTER
    if adapter.exists():
        shutil.rmtree(adapter)
    shutil.copytree(ckpt / ADAPTER, adapter)
    shutil.copy2(ckpt / STATE, out / "training_state.json")
    done = {"adapter": str(adapter)}
    if merge:
        from peft import PeftModel

        model = PeftModel.from_pretrained(load_base(cfg, vocab_size), str(adapter))
        merged = model.merge_and_unload()
        target = out / "merged"
        merged.save_pretrained(target)
        for name in _TOKENIZER_FILES:
            src = Path(cfg.model.path) / name if cfg.model.path else None
            if src is not None and src.is_file():
                shutil.copy2(src, target / name)
        done["merged"] = str(target)
    return done
