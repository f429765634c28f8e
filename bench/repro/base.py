"""Pretrain the reproduction's tiny OLMo-3 base model: full training, random init, CPU.

`spark train` trains LoRA adapters only, so the base model (no adapter, every weight
trained) is made by this plain loop (transformers + torch, no Ray): the real OLMo-3
architecture (spark_train.olmo3, three sliding-window layers then one full-attention layer
with YaRN) shrunk to a few million parameters, trained on the `train` blocks of a `spark
data` corpus (tokens/index.json and its uint32 shards).

In: a corpus root, an output folder, the tokenizer folder and a BaseSpec. Out: a Hugging
Face checkpoint folder (config.json, model.safetensors, the tokenizer files) that
`spark train model.path=...` and `spark eval --model path=...` load, plus train_log.json
(loss per step, tokens seen, validation loss, wall time).

    python bench/repro/base.py --corpus out/repro/ci/corpus/general --tokenizer T --out M
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script: spark_train is imported from the checkout
    sys.path.insert(0, str(REPO))

_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


@dataclass(frozen=True)
class BaseSpec:
    hidden: int = 64
    layers: int = 4  # a multiple of 4 keeps OLMo-3's 3 sliding : 1 full pattern
    heads: int = 4
    mlp: int = 192
    steps: int = 60
    batch: int = 8  # sequences per step
    lr: float = 3e-3
    warmup: int = 10
    seed: int = 0
    threads: int = 2


def olmo3_config(spec: BaseSpec, vocab: int, seq_len: int, eos_id: int, pad_id: int):
    """OLMo-3-7B's shape of config (spark_train.olmo3.OLMO3_7B) at toy size: the sliding
    window is a quarter of the block and YaRN's original context is the block, so both
    mechanisms are exercised inside every training sequence."""
    from transformers import Olmo3Config

    from spark_train.olmo3 import OLMO3_7B

    values = json.loads(json.dumps(OLMO3_7B))
    yarn = {
        **values["rope_parameters"]["full_attention"],
        "original_max_position_embeddings": seq_len,
    }
    values.update(
        vocab_size=vocab,
        hidden_size=spec.hidden,
        intermediate_size=spec.mlp,
        num_hidden_layers=spec.layers,
        num_attention_heads=spec.heads,
        num_key_value_heads=spec.heads,
        max_position_embeddings=int(seq_len * yarn["factor"]),
        sliding_window=max(4, seq_len // 4),
        layer_types=[
            "full_attention" if (i + 1) % 4 == 0 else "sliding_attention"
            for i in range(spec.layers)
        ],
        rope_parameters={
            "sliding_attention": values["rope_parameters"]["sliding_attention"],
            "full_attention": yarn,
        },
        eos_token_id=eos_id,
        pad_token_id=pad_id,
    )
    return Olmo3Config(**values)


def load_blocks(corpus: Path, split: str) -> tuple[np.ndarray, dict]:
    """All blocks of `split` (every domain) as an (n, seq_len) uint32 array, and the index."""
    index = json.loads((corpus / "tokens" / "index.json").read_text())
    seq = int(index["seq_len"])
    parts = [
        np.load(corpus / "tokens" / s["path"], mmap_mode="r").reshape(-1, seq)
        for s in index["shards"]
        if s["split"] == split
    ]
    blocks = np.concatenate(parts) if parts else np.zeros((0, seq), np.uint32)
    return blocks, index


def lr_at(step: int, spec: BaseSpec) -> float:
    if step < spec.warmup:
        return spec.lr * (step + 1) / spec.warmup
    progress = (step - spec.warmup) / max(1, spec.steps - spec.warmup)
    return spec.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))


def _loss(model, ids, pad_id: int):
    import torch
    import torch.nn.functional as F

    x = torch.from_numpy(ids.astype(np.int64))
    labels = x.clone()
    labels[labels == pad_id] = -100
    logits = model(input_ids=x).logits[:, :-1]
    return F.cross_entropy(
        logits.reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1), ignore_index=-100
    )


def train_base(corpus: Path, tokenizer: Path, out: Path, spec: BaseSpec, log=print) -> dict:
    """Train the base on corpus's train blocks; save it to `out`; return the training log."""
    import torch
    from transformers import Olmo3ForCausalLM

    torch.set_num_threads(spec.threads)
    torch.manual_seed(spec.seed)
    blocks, index = load_blocks(corpus, "train")
    val, _ = load_blocks(corpus, "validation")
    if len(blocks) == 0:
        raise ValueError(f"{corpus}: no train blocks to pretrain on")
    config = olmo3_config(
        spec, int(index["vocab_size"]), int(index["seq_len"]), index["eos_id"], index["pad_id"]
    )
    model = Olmo3ForCausalLM(config)
    n_params = sum(p.numel() for p in model.parameters())
    log(
        f"base: {n_params:,} parameters, {len(blocks)} train blocks of {index['seq_len']}, {spec.steps} steps"
    )
    opt = torch.optim.AdamW(model.parameters(), lr=spec.lr, betas=(0.9, 0.95), weight_decay=0.1)
    order = np.random.default_rng(spec.seed).permutation(
        np.resize(np.arange(len(blocks)), spec.steps * spec.batch)
    )
    losses, t0 = [], time.perf_counter()
    model.train()
    for step in range(spec.steps):
        for group in opt.param_groups:
            group["lr"] = lr_at(step, spec)
        loss = _loss(
            model,
            blocks[np.sort(order[step * spec.batch : (step + 1) * spec.batch])],
            index["pad_id"],
        )
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        losses.append(round(loss.item(), 4))
        if step % 20 == 0 or step == spec.steps - 1:
            log(
                f"base: step {step + 1}/{spec.steps} loss {losses[-1]:.3f} ({time.perf_counter() - t0:.0f}s)"
            )
    wall = time.perf_counter() - t0
    val_loss = _val_loss(model, val[:64], index["pad_id"]) if len(val) else None
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    for name in _TOKENIZER_FILES:
        if (tokenizer / name).is_file():
            shutil.copy2(tokenizer / name, out / name)
    result = {
        "spec": asdict(spec),
        "parameters": n_params,
        "train_blocks": len(blocks),
        "tokens_seen": spec.steps * spec.batch * int(index["seq_len"]),
        "wall_s": round(wall, 1),
        "loss_first": losses[0],
        "loss_last": losses[-1],
        "val_loss": val_loss,
        "losses": losses,
    }
    (out / "train_log.json").write_text(json.dumps(result, indent=1))
    return result


def _val_loss(model, val: np.ndarray, pad_id: int) -> float:
    import torch

    model.eval()
    with torch.no_grad():
        losses = [float(_loss(model, val[i : i + 8], pad_id)) for i in range(0, len(val), 8)]
    return round(sum(losses) / len(losses), 4)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", required=True, type=Path)
    p.add_argument("--tokenizer", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--spec", default="{}", help='BaseSpec fields as JSON, e.g. {"steps": 100}')
    args = p.parse_args(argv)
    result = train_base(args.corpus, args.tokenizer, args.out, BaseSpec(**json.loads(args.spec)))
    print(json.dumps({k: v for k, v in result.items() if k != "losses"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
