"""The reproduction in miniature, end to end on CPU: corpus, base, rsLoRA CPT, eval, ablation.

    python bench/repro/run.py --scale ci     # a few minutes (tests/test_repro.py)
    python bench/repro/run.py --scale full   # the README figure (under an hour on 2 cores)

Steps (each a real CLI of the project, run as a subprocess; logs under <run>/logs/):
1. inputs and manifests (bench/repro/stage.py): Debian packages, Linux/newlib subsets,
   /work/shared datasheets and SVD -> <run>/manifests/{embedded,general}.yaml; a tokenizer
   trained in-process on the training side of both.
2. `spark data` x3: general code (Python stdlib + glibc headers, some held out), the
   embedded corpus with pair documents, and the same corpus code-only (a copy whose pack
   phase is redone with pack.include_pairs=false; every other phase is up to date).
3. the base: bench/repro/base.py pretrains a tiny OLMo-3 on the general corpus (plain
   loop: `spark train` trains adapters only).
4. `spark train` (rsLoRA) on each corpus variant x seed, equal steps and tokens;
   `spark train export` writes each adapter.
5. `spark eval`: base vs every adapter on the code-only embedded corpus (in-domain and
   held-out perplexity per domain, completion) and on the general corpus (regression).
6. bench/repro/report.py writes bench/results/repro_<scale>.{json,md}.

Out: <run> (default out/repro/<scale>) and the two results files. A rerun reuses what is
done (spark data skips up-to-date phases; a step whose output exists is skipped); --fresh
starts over.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.repro.base import BaseSpec  # noqa: E402


@dataclass(frozen=True)
class Scale:
    vocab: int
    tokenizer_bytes: int
    seq_len: int
    base: BaseSpec
    seeds: tuple[int, ...]
    # CPT replay: this share of the adapter's samples comes from the general corpus's train
    # split (the base's own pretraining data), against forgetting (spark train data.replay).
    replay_weight: float = 0.25  # = SCALE_REPLAY
    train_overrides: tuple[str, ...] = ()  # on top of configs/train/repro_<scale>.yaml
    eval_overrides: tuple[str, ...] = ()
    data_overrides: tuple[str, ...] = field(default_factory=tuple)


SCALES = {
    "ci": Scale(
        vocab=1024,
        tokenizer_bytes=1_500_000,
        seq_len=128,
        base=BaseSpec(hidden=64, layers=4, heads=4, mlp=192, steps=30, batch=8, lr=5e-3, warmup=5),
        seeds=(0,),
    ),
    "full": Scale(
        vocab=4096,
        tokenizer_bytes=6_000_000,
        seq_len=256,
        base=BaseSpec(
            hidden=192, layers=4, heads=4, mlp=512, steps=600, batch=16, lr=2e-3, warmup=40
        ),
        seeds=(0, 1, 2),
    ),
}
SCALE_REPLAY = 0.25  # both scales' default replay_weight (the command line names others)
VARIANTS = ("pairs", "code")  # with pair documents / pack.include_pairs=false


def sh(cmd: list[str], log: Path, env: dict | None = None) -> float:
    """Run a CLI, output to `log`; raise with the log's tail when it fails. Returns seconds."""
    log.parent.mkdir(parents=True, exist_ok=True)
    print(f"$ {shlex.join(cmd)}  (log: {log})", flush=True)
    t = time.perf_counter()
    with open(log, "w") as f:
        done = subprocess.run(
            cmd, cwd=REPO, stdout=f, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
    if done.returncode:
        tail = "".join(log.read_text(errors="replace").splitlines(keepends=True)[-40:])
        raise RuntimeError(f"{cmd[2:4]} failed (exit {done.returncode}); {log} ends:\n{tail}")
    return round(time.perf_counter() - t, 1)


def spark(*args: str) -> list[str]:
    return [sys.executable, "-m", "spark_data.cli", *args]


def build_corpora(scale: str, s: Scale, run: Path, manifests: dict, tok: Path, times: dict) -> dict:
    data_cfg = str(REPO / "configs" / "data" / "repro.yaml")
    common = [f"pack.tokenizer={tok}", f"pack.seq_len={s.seq_len}", *s.data_overrides]
    out = {
        "general": run / "corpus" / "general",
        "pairs": run / "corpus" / "pairs",
        "code": run / "corpus" / "code",
    }
    for name, manifest in (("general", manifests["general"]), ("pairs", manifests["embedded"])):
        times[f"data_{name}"] = sh(
            spark(
                "data",
                "--config",
                data_cfg,
                "--sources",
                str(manifest),
                "--out",
                str(out[name]),
                *common,
            ),
            run / "logs" / f"data_{name}.log",
        )
    # Code only: the same corpus with its pack phase redone (dedup, pairs etc. are reused).
    if not (out["code"] / "_phases" / "pack.json").is_file():
        shutil.rmtree(out["code"], ignore_errors=True)
        shutil.copytree(
            out["pairs"],
            out["code"],
            ignore=shutil.ignore_patterns("docs", "blocks", "tokens", "pack.json"),
        )
    times["data_code"] = sh(
        spark(
            "data",
            "--config",
            data_cfg,
            "--sources",
            str(manifests["embedded"]),
            "--out",
            str(out["code"]),
            *common,
            "pack.include_pairs=false",
        ),
        run / "logs" / "data_code.log",
    )
    return out


def train_adapters(scale: str, s: Scale, run: Path, base: Path, corpora: dict, times: dict) -> dict:
    cfg = str(REPO / "configs" / "train" / f"repro_{scale}.yaml")
    adapters = {}
    for variant in VARIANTS:
        for seed in s.seeds:
            name = f"{variant}-s{seed}"
            export_dir = run / "adapters" / name
            adapters[name] = export_dir / "adapter"
            if (export_dir / "adapter" / "adapter_config.json").is_file():
                continue
            args = [
                f"model.path={base}",
                f"data.corpus={corpora[variant]}",
                f"data.seq_len={s.seq_len}",
                f"run.storage={run / 'train'}",
                f"run.name={name}",
                f"seed={seed}",
                *s.train_overrides,
            ]
            if s.replay_weight:
                args += [
                    f"data.replay={corpora['general']}",
                    f"data.replay_weight={s.replay_weight}",
                ]
            times[f"train_{name}"] = sh(
                spark("train", "--config", cfg, *args), run / "logs" / f"train_{name}.log"
            )
            sh(
                spark(
                    "train",
                    "export",
                    "--config",
                    cfg,
                    "--checkpoint",
                    str(run / "train" / name),
                    "--out",
                    str(export_dir),
                    *args,
                ),
                run / "logs" / f"export_{name}.log",
            )
    return adapters


def evaluate(
    scale: str, s: Scale, run: Path, base: Path, corpora: dict, adapters: dict, times: dict
) -> dict:
    cfg = str(REPO / "configs" / "eval" / f"repro_{scale}.yaml")
    models = ["--model", f"name=base,path={base}"]
    for name, adapter in adapters.items():
        models += ["--model", f"name={name},path={base},adapter={adapter}"]
    ppl = [f"perplexity.max_length={s.seq_len}", f"perplexity.stride={s.seq_len // 2}"]
    outs = {"embedded": run / "eval" / "embedded", "general": run / "eval" / "general"}
    times["eval_embedded"] = sh(
        spark(
            "eval",
            "--config",
            cfg,
            "--corpus",
            str(corpora["code"]),
            "--out",
            str(outs["embedded"]),
            *models,
            *ppl,
            *s.eval_overrides,
        ),
        run / "logs" / "eval_embedded.log",
    )
    times["eval_general"] = sh(
        spark(
            "eval",
            "--config",
            cfg,
            "--corpus",
            str(corpora["general"]),
            "--out",
            str(outs["general"]),
            *models,
            *ppl,
            "completion.enabled=false",
            *s.eval_overrides,
        ),
        run / "logs" / "eval_general.log",
    )
    return {k: json.loads((v / "results.json").read_text()) for k, v in outs.items()}


def reproduce(scale: str, run: Path, results_dir: Path, fresh: bool = False) -> dict:
    """The whole reproduction at `scale`; returns the results dict (also written to disk)."""
    from bench.repro.base import train_base
    from bench.repro.report import write_results
    from bench.repro.stage import train_run_tokenizer, write_manifests

    s = SCALES[scale]
    if fresh:
        shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True, exist_ok=True)
    times: dict = {}
    t0 = time.perf_counter()
    manifests = write_manifests(scale, run)
    tok = train_run_tokenizer(manifests, run / "tokenizer", s.vocab, s.tokenizer_bytes)
    times["inputs_tokenizer"] = round(time.perf_counter() - t0, 1)
    corpora = build_corpora(scale, s, run, manifests, tok, times)
    base = run / "models" / "base"
    if not (base / "train_log.json").is_file():
        t = time.perf_counter()
        train_base(corpora["general"], tok, base, s.base)
        times["base"] = round(time.perf_counter() - t, 1)
    adapters = train_adapters(scale, s, run, base, corpora, times)
    evals = evaluate(scale, s, run, base, corpora, adapters, times)
    times["total"] = round(time.perf_counter() - t0, 1)
    context = {
        "scale": scale,
        "command": f"python bench/repro/run.py --scale {scale}"
        + ("" if s.replay_weight == SCALE_REPLAY else f" --replay-weight {s.replay_weight}"),
        "run_dir": str(run),
        "spec": {**asdict(s), "base": asdict(s.base)},
        "wall_s": times,
        "base": {
            k: v
            for k, v in json.loads((base / "train_log.json").read_text()).items()
            if k != "losses"
        },
        "train": _train_logs(run, adapters),
        "corpora": {k: _corpus_facts(v) for k, v in corpora.items()},
        "manifests": {k: str(v) for k, v in manifests.items()},
    }
    return write_results(context, evals, results_dir)


def _corpus_facts(root: Path) -> dict:
    index = json.loads((root / "tokens" / "index.json").read_text())
    summary = (
        json.loads((root / "summary.json").read_text()) if (root / "summary.json").is_file() else {}
    )
    return {"totals": index.get("totals", {}), "phases": sorted(summary.get("phases", {}))}


def _train_logs(run: Path, adapters: dict) -> dict:
    out = {}
    for name, adapter in adapters.items():
        state = adapter.parent / "training_state.json"
        out[name] = json.loads(state.read_text()) if state.is_file() else {}
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--scale", choices=sorted(SCALES), default="ci")
    p.add_argument("--run-dir", type=Path, help="default: out/repro/<scale>")
    p.add_argument(
        "--results", type=Path, default=REPO / "bench" / "results", help="results folder"
    )
    p.add_argument("--fresh", action="store_true", help="delete the run directory first")
    p.add_argument(
        "--replay-weight",
        type=float,
        help="share of CPT samples replayed from the general corpus (default: the scale's; "
        "0 = none). Adapters already trained in the run directory are reused: use --fresh",
    )
    args = p.parse_args(argv)
    run = (args.run_dir or REPO / "out" / "repro" / args.scale).resolve()
    if args.replay_weight is not None:
        SCALES[args.scale] = replace(SCALES[args.scale], replay_weight=args.replay_weight)
    results = reproduce(args.scale, run, args.results.resolve(), args.fresh)
    print(json.dumps(results["headline"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
