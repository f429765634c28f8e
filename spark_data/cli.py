"""`spark`: the command line. Subcommands import their modules lazily, so `spark data`
never imports torch.

    spark data --config configs/data/quickstart.yaml [--sources S] [--out DIR] [key=value ...]
    spark data --config C --dry-run          # resolved config and the phase plan, no Ray
    spark inspect out/quickstart             # the summary and a few rows of each table
    spark tokenizer train --sample --out DIR # a small BPE tokenizer (tests, quickstart)
"""

from __future__ import annotations

import argparse
import sys


def _data(args: argparse.Namespace) -> int:
    from spark_data.config import ConfigError, load_config, to_yaml, with_overrides

    try:
        cfg = load_config(args.config, args.overrides)
        cfg = with_overrides(cfg, sources=_abs(args.sources), out=_abs_or_uri(args.out))
        if args.address:
            from dataclasses import replace

            cfg = replace(cfg, ray=replace(cfg.ray, address=args.address))
    except ConfigError as e:
        print(f"spark data: config error: {e}", file=sys.stderr)
        return 2
    from spark_data.pipeline import PHASES, plan, run
    from spark_data.sources.manifest import ManifestError

    phases = tuple(args.phases.split(",")) if args.phases else PHASES
    unknown = sorted(set(phases) - set(PHASES))
    if unknown:
        print(f"spark data: unknown phase(s) {unknown}; phases: {list(PHASES)}", file=sys.stderr)
        return 2
    try:
        if args.dry_run:
            print(to_yaml(cfg))
            for phase, what in plan(cfg, force=args.force):
                print(f"{phase:8s} {what}")
            return 0
        run(cfg, force=args.force, phases=phases)
    except (ManifestError, ConfigError, FileNotFoundError, ValueError) as e:
        print(f"spark data: {e}", file=sys.stderr)
        return 2
    return 0


def _abs(path: str | None) -> str | None:
    import os

    return os.path.abspath(path) if path else None


def _abs_or_uri(path: str | None) -> str | None:
    return path if path and "://" in path else _abs(path)


def _inspect(args: argparse.Namespace) -> int:
    from spark_data.inspect import inspect_corpus

    print(inspect_corpus(args.out, rows=args.rows))
    return 0


def _tokenizer(args: argparse.Namespace) -> int:
    from spark_data.tokenizer import main as tok_main

    return tok_main(args.rest) or 0


# Subcommands with parsers of their own: (name, module with main(argv) -> int, help).
# Forwarded lazily, so `spark data` never imports torch (spark_train is imported only here).
FORWARDED = (
    ("train", "spark_train.train_cli", "LoRA continual pretraining on Ray Train"),
    ("eval", "spark_train.eval.cli", "perplexity and completion per domain"),
    ("registers", "spark_data.datasheets.cli", "compare PDF-extracted registers with SVD"),
    ("card", "spark_data.card", "write the corpus card of a `spark data` output"),
)


def _forward(module: str):
    def run(args: argparse.Namespace) -> int:
        import importlib

        return importlib.import_module(module).main(args.rest) or 0

    return run


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="spark", description="Spark: embedded-code corpora on Ray")
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("data", help="build a corpus: ingest -> parse -> pack")
    d.add_argument("--config", "-c", help="a data config YAML (configs/data/*.yaml)")
    d.add_argument("--sources", help="a sources manifest (overrides the config's)")
    d.add_argument("--out", help="output root: a path or pyarrow URI (overrides the config's)")
    d.add_argument("--address", help="a Ray cluster address (default: RAY_ADDRESS or local)")
    d.add_argument("--force", action="store_true", help="redo phases even if up to date")
    d.add_argument("--phases", help="comma-separated subset of phases to run")
    d.add_argument("--dry-run", action="store_true", help="print config and plan; run nothing")
    d.add_argument("overrides", nargs="*", help="config overrides, e.g. pack.seq_len=1024")
    d.set_defaults(func=_data)

    i = sub.add_parser("inspect", help="print a corpus's summary and sample rows")
    i.add_argument("out", help="the output root of a `spark data` run")
    i.add_argument("--rows", type=int, default=3)
    i.set_defaults(func=_inspect)

    t = sub.add_parser("tokenizer", help="train a small BPE tokenizer (see --help of train)")
    t.add_argument("rest", nargs=argparse.REMAINDER)
    t.set_defaults(func=_tokenizer)

    for name, module, help_ in FORWARDED:
        f = sub.add_parser(name, help=f"{help_} (see spark {name} --help)", add_help=False)
        f.add_argument("rest", nargs=argparse.REMAINDER)
        f.set_defaults(func=_forward(module))
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Forwarded subcommands get everything after their name, options first included
    # (argparse's REMAINDER does not capture a leading `--help`).
    forwarded = {name: module for name, module, _ in FORWARDED}
    if argv and argv[0] in forwarded:
        return int(_forward(forwarded[argv[0]])(argparse.Namespace(rest=argv[1:])))
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
