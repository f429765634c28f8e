"""Training throughput of one device: tokens/s and MFU of the `spark train` step.

The same code as a worker of `spark train` (spark_train.loop: setup_model, token_nll, the
AdamW step, bf16 autocast and gradient checkpointing), in one process on one device, with
random token ids (throughput does not depend on their values). Device auto: CUDA when there
is one, else the CPU. Defaults per device:
- cuda: OLMo-3-7B at random init (the released architecture, spark_train.olmo3.OLMO3_7B),
  rsLoRA r=512 on all seven projections, seq 2048, BF16, micro-batch 1 x 8 accumulation.
- cpu: the tiny OLMo-3 (2 layers), r=8, seq 128, fp32: a smoke figure, not a GPU estimate.
MFU = tokens/s x model FLOPs per token / the device's BF16 peak (spark_train.flops); null on
CPU unless --peak-tflops is given. DDP's gradient all-reduce across 8 GPUs is not included.

    .venv/bin/python bench/train_throughput.py                  # auto; writes bench/results/train.json
    .venv/bin/python bench/train_throughput.py --steps 5 --micro-batch 2 --accum 4
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spark_train.config import LoraConfig, ModelConfig, ScalingConfig, TrainConfig  # noqa: E402
from spark_train.flops import mfu, model_flops_per_token, peak_flops  # noqa: E402
from spark_train.loop import precision, setup_model, token_nll  # noqa: E402
from spark_train.olmo3 import count_params  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "train.json"
PRESETS = {
    "cuda": {"arch": "olmo3-7b", "r": 512, "alpha": 32.0, "seq": 2048, "micro": 1, "accum": 8},
    "cpu": {"arch": "olmo3-tiny", "r": 8, "alpha": 16.0, "seq": 128, "micro": 2, "accum": 2},
}


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--device", default="auto", choices=["auto", "cuda", "cpu"])
    p.add_argument("--arch"), p.add_argument("--r", type=int), p.add_argument("--seq", type=int)
    p.add_argument("--micro-batch", type=int), p.add_argument("--accum", type=int)
    p.add_argument("--steps", type=int, default=5, help="measured optimizer steps")
    p.add_argument("--warmup", type=int, default=2, help="unmeasured steps first")
    p.add_argument("--peak-tflops", type=float, help="the device's peak (default: known GPUs)")
    p.add_argument("--no-checkpointing", action="store_true")
    p.add_argument("--out", default=str(RESULTS))
    return p.parse_args()


def main() -> int:
    a = parse()
    kind = (
        "cuda"
        if a.device == "cuda" or (a.device == "auto" and torch.cuda.is_available())
        else "cpu"
    )
    pre = PRESETS[kind]
    arch, r, seq = a.arch or pre["arch"], a.r or pre["r"], a.seq or pre["seq"]
    micro, accum = a.micro_batch or pre["micro"], a.accum or pre["accum"]
    cfg = TrainConfig(
        model=ModelConfig(init="random", arch=arch, gradient_checkpointing=not a.no_checkpointing),
        lora=LoraConfig(r=r, alpha=pre["alpha"]),
        scaling=ScalingConfig(num_workers=1, device=kind),
        global_batch=micro * accum,
        micro_batch=micro,
        max_steps=a.warmup + a.steps,
    )
    device = torch.device("cuda:0" if kind == "cuda" else "cpu")
    amp = precision(cfg, device)
    model = setup_model(cfg, None, device)
    total, trainable = count_params(model)
    vocab = model.get_input_embeddings().weight.shape[0]
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-4, betas=(0.9, 0.95))
    gen = torch.Generator(device="cpu").manual_seed(0)
    times = []
    for step in range(a.warmup + a.steps):
        if kind == "cuda":
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        for _ in range(accum):
            ids = torch.randint(0, vocab, (micro, seq), generator=gen).to(device)
            (token_nll(model, ids, ids, amp).sum() / (micro * seq)).backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        if kind == "cuda":
            torch.cuda.synchronize()
        if step >= a.warmup:
            times.append(time.perf_counter() - t0)
    tokens = micro * accum * seq
    tps = tokens / (sum(times) / len(times))
    name = torch.cuda.get_device_name(device) if kind == "cuda" else platform.processor() or "cpu"
    peak = peak_flops(name if kind == "cuda" else None, a.peak_tflops)
    fpt = model_flops_per_token(model, seq)
    result = {
        "device": name,
        "kind": kind,
        "arch": arch,
        "lora_r": r,
        "seq_len": seq,
        "micro_batch": micro,
        "grad_accum": accum,
        "precision": "bf16" if amp else "fp32",
        "gradient_checkpointing": not a.no_checkpointing,
        "params_total": total,
        "params_trainable": trainable,
        "steps_measured": a.steps,
        "step_time_s": round(sum(times) / len(times), 4),
        "tokens_per_s_per_device": round(tps, 1),
        "flops_per_token": fpt,
        "peak_flops": peak,
        "mfu": None if peak is None else round(mfu(tps, fpt, peak), 4),
        "max_memory_gib": round(torch.cuda.max_memory_allocated(device) / 2**30, 2)
        if kind == "cuda"
        else None,
        "torch": torch.__version__,
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "command": "python bench/train_throughput.py " + " ".join(sys.argv[1:]),
    }
    out = Path(a.out)
    recorded = json.loads(out.read_text()) if out.is_file() else {}
    recorded[kind] = result
    recorded.setdefault("cuda", {"status": "open: no GPU was available when this was recorded"})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(recorded, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
