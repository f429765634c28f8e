"""`spark eval`: perplexity and completion per domain for one or more models.

    spark eval --config configs/eval/tiny.yaml --corpus out/tiny --out out/eval \\
        --model name=base,path=ckpt/base \\
        --model name=adapted,path=ckpt/base,adapter=ckpt/lora  [key=value ...]
    spark eval --config C --corpus out/tiny --model path=ckpt/base --dry-run

`--model` (repeatable) replaces the config's models: comma-separated name=, path=,
adapter=, tokenizer=, dtype=, allow_base_mismatch=. The first model is the baseline unless
compare_to= says otherwise. Exit status 0 on success, 2 on bad input (config, missing
folders, an adapter for another base model), with the reason on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import fields, replace

from spark_data.config import ConfigError, to_yaml
from spark_train.eval.config import ModelSpec, check, load_eval_config, resolve_models


def parse_model(text: str) -> ModelSpec:
    """ "name=base,path=ckpt/base,adapter=ckpt/lora" -> ModelSpec (a bare path is path=)."""
    known = {f.name for f in fields(ModelSpec)}
    if "=" not in text:
        return ModelSpec(path=os.path.abspath(text))
    kwargs: dict = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        key = key.strip()
        if key not in known:
            raise ConfigError(f"--model {text!r}: unknown key {key!r}; known: {sorted(known)}")
        if key == "allow_base_mismatch":
            kwargs[key] = value.strip().lower() in ("1", "true", "yes")
        elif key in ("path", "adapter", "tokenizer") and value:
            kwargs[key] = os.path.abspath(value.strip())
        else:
            kwargs[key] = value.strip()
    return ModelSpec(**kwargs)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="spark eval", description=__doc__.split("\n")[0])
    p.add_argument("--config", "-c", help="an eval config YAML (configs/eval/*.yaml)")
    p.add_argument("--corpus", help="a `spark data` output root (overrides the config's)")
    p.add_argument("--out", help="results folder (overrides the config's)")
    p.add_argument("--model", action="append", default=[], help="name=,path=,adapter=,...")
    p.add_argument("--address", help="a Ray cluster address (default: RAY_ADDRESS or local)")
    p.add_argument("--dry-run", action="store_true", help="print the resolved config; run nothing")
    p.add_argument("overrides", nargs="*", help="config overrides, e.g. completion.n_per_domain=10")
    return p


def resolve(args: argparse.Namespace):
    cfg = load_eval_config(args.config, args.overrides)
    if args.model:
        models = tuple(parse_model(m) for m in args.model)
        cfg = resolve_models(replace(cfg, models=models), os.getcwd())
    if args.corpus:
        cfg = replace(cfg, corpus=os.path.abspath(args.corpus))
    if args.out:
        cfg = replace(cfg, out=os.path.abspath(args.out))
    if args.address:
        cfg = replace(cfg, ray=replace(cfg.ray, address=args.address))
    return check(cfg)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from spark_train.eval.models import AdapterMismatch, ModelLoadError

    try:
        cfg = resolve(args)
        if args.dry_run:
            print(to_yaml(cfg))
            return 0
        from spark_train.eval.run import run_eval

        run_eval(cfg)
    except (ConfigError, AdapterMismatch, ModelLoadError, FileNotFoundError, ValueError) as e:
        print(f"spark eval: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
