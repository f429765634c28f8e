"""End-to-end throughput (ingest -> blocks) and driver memory as the corpus grows.

    python bench/end_to_end.py [--scales 1 4 16] [--roots DIR ...] [--out bench/results/e2e.json]

One corpus of real embedded repositories (default: ../benchdata/cmsis_device_f4 and
../benchdata/FreeRTOS-Kernel, fetched beside the project; or any --roots) is listed N
times in a sources manifest under different names, so every copy is read, parsed,
tokenized and packed like a new repository. Each scale runs `spark data` in a fresh
process on a local Ray with all of this machine's CPUs, and the run summary gives the
wall time per phase, the bytes, and the driver's peak resident memory.

MB/s per core = kept source-text MB / end-to-end wall seconds / CPUs (target >= 5).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
BENCHDATA = REPO.parent / "benchdata"


def manifest(roots: list[Path], copies: int) -> dict:
    repos = []
    for i in range(copies):
        for root in roots:
            repos.append({"path": str(root), "name": f"{root.name}-{i}"})
    return {"repos": repos}


def run_scale(roots: list[Path], copies: int, cpus: int, tmp: Path) -> dict:
    work = tmp / f"x{copies}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "sources.yaml").write_text(yaml.safe_dump(manifest(roots, copies)))
    cmd = [
        sys.executable,
        "-m",
        "spark_data.cli",
        "data",
        "--config",
        str(REPO / "configs" / "data" / "quickstart.yaml"),
        "--sources",
        str(work / "sources.yaml"),
        "--out",
        str(work / "out"),
        f"ray.num_cpus={cpus}",
        "pack.seq_len=2048",
    ]
    env = {**os.environ, "RAY_AUTH_MODE": "disabled"}
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    s = json.loads((work / "out" / "summary.json").read_text())
    shutil.rmtree(work, ignore_errors=True)
    text_mb = s["files"]["kept_bytes"] / 1e6
    return {
        "copies": copies,
        "files": s["files"]["total"],
        "input_mb": round(s["files"]["bytes"] / 1e6, 1),
        "kept_text_mb": round(text_mb, 1),
        "tokens": s["tokens"]["total"],
        "symbols": s["symbols"]["total"],
        "wall_s": s["wall_s"],
        "phase_s": {p: v["wall_s"] for p, v in s["phases"].items()},
        "mb_per_s_per_core": round(text_mb / s["wall_s"] / cpus, 2),
        "driver_peak_rss_mb": s["driver_peak_rss_mb"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scales", nargs="*", type=int, default=[1, 4, 16])
    ap.add_argument("--roots", nargs="*", type=Path)
    ap.add_argument("--cpus", type=int, default=os.cpu_count())
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "e2e.json")
    args = ap.parse_args()
    roots = args.roots or [BENCHDATA / "cmsis_device_f4", BENCHDATA / "FreeRTOS-Kernel"]
    missing = [str(r) for r in roots if not r.is_dir()]
    if missing:
        sys.exit(f"corpus folders not found: {missing} (see bench/README.md)")
    tmp = Path(tempfile.mkdtemp(prefix="spark-bench-"))
    results = []
    for copies in args.scales:
        r = run_scale(roots, copies, args.cpus, tmp)
        print(json.dumps(r), flush=True)
        results.append(r)
    out = {
        "roots": [str(r) for r in roots],
        "cpus": args.cpus,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}",
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
