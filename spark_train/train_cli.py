"""`spark train`: LoRA continual pretraining on Ray Train, its dry run, and export.

    spark train --config configs/train/tiny.yaml [key=value ...]        # train (or resume)
    spark train --config C --dry-run       # resolved config, meta-device model, param counts
    spark train export --config C --checkpoint DIR --out DIR [--merge]

Rerunning a training command resumes from the run's latest checkpoint (run.storage/run.name).
Ray: RAY_ADDRESS or --address for a cluster, else a local Ray; works inside `ray job submit`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from spark_data.config import ConfigError, to_yaml


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="spark train", description=__doc__.split("\n")[0])
    p.add_argument("--config", "-c", help="a train config YAML (configs/train/*.yaml)")
    p.add_argument("--address", help="a Ray cluster address (default: RAY_ADDRESS or local)")
    p.add_argument(
        "--dry-run", action="store_true", help="print config, params and plan; train nothing"
    )
    p.add_argument("overrides", nargs="*", help="config overrides, e.g. optim.lr=1e-4")
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="spark train export", description="export an adapter / merged model"
    )
    p.add_argument("--config", "-c", required=True, help="the run's train config")
    p.add_argument("--checkpoint", required=True, help="a checkpoint dir, or a run dir (newest)")
    p.add_argument("--out", required=True, help="output folder: adapter/ [and merged/]")
    p.add_argument("--merge", action="store_true", help="also write base+adapter merged weights")
    p.add_argument("overrides", nargs="*")
    return p


def dry_run(cfg) -> int:
    """Config, the model on the meta device (no weights) with its parameter counts, the plan."""
    from pathlib import Path

    from spark_train.checks import TrainError, describe, preflight
    from spark_train.olmo3 import build_model, count_params, lora_scalings

    print(to_yaml(cfg))
    model_cfg = cfg.model
    if model_cfg.path and not (Path(model_cfg.path) / "config.json").is_file():
        print(
            f"note: {model_cfg.path} is not downloaded yet; counting with model.arch={model_cfg.arch}"
        )
        model_cfg = replace(model_cfg, path="")
    pre = None
    try:
        pre = preflight(cfg)
    except TrainError as e:
        print(f"plan: not available ({e})")
    vocab = pre.vocab_size if pre else model_cfg.vocab_size
    model = build_model(model_cfg, cfg.lora, vocab, device="meta")
    total, trainable = count_params(model)
    print(
        f"parameters  total {total:,}  trainable {trainable:,} ({100 * trainable / (total - trainable):.1f}% of the base)"
    )
    print(
        f"lora        r={cfg.lora.r} alpha={cfg.lora.alpha} scaling={sorted(lora_scalings(model))} "
        f"targets={','.join(cfg.lora.target_modules)}"
    )
    if pre:
        print("\n".join(describe(cfg, pre)))
    return 0


def _export(argv: list[str]) -> int:
    from spark_train.config import load_train_config
    from spark_train.export import export

    args = _export_parser().parse_args(argv)
    cfg = load_train_config(args.config, args.overrides)
    vocab = None
    if cfg.model.init == "random" and cfg.model.vocab_size is None:
        from spark_train.corpus import read_index

        vocab = read_index(cfg.data.corpus).vocab_size
    for kind, path in export(cfg, args.checkpoint, args.out, args.merge, vocab).items():
        print(f"{kind:8s} {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from spark_train.checks import TrainError
    from spark_train.config import load_train_config

    try:
        if argv[:1] == ["export"]:
            return _export(argv[1:])
        args = _parser().parse_args(argv)
        cfg = load_train_config(args.config, args.overrides)
        if args.address:
            cfg = replace(cfg, run=replace(cfg.run, address=args.address))
        if args.dry_run:
            return dry_run(cfg)
        from spark_train.trainer import run_training

        result = run_training(cfg)
    except (ConfigError, TrainError, FileNotFoundError) as e:
        print(f"spark train: {e}", file=sys.stderr)
        return 2
    if result.error:
        print(f"spark train: training failed: {result.error}", file=sys.stderr)
        return 1
    print(f"checkpoint  {result.checkpoint.path if result.checkpoint else None}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
