"""Scale of the `dedup` phase: one corpus replicated 1x, 4x, 16x, on local Ray.

The base corpus is real code (C/asm files of /work/benchdata/FreeRTOS-Kernel and nrfx, up
to --base-files). Replica i of it is its own repository with every file lightly edited
(one token per ~40 lines changed, so replicas are near, not exact, duplicates and go
through signatures, banding, verification and components). The 16x run adds a repository
of 10,000 identical files (one 10,000-member exact cluster). Each scale runs in a fresh
subprocess: ingest, then the timed `dedup` phase; the driver's peak RSS
(getrusage ru_maxrss) is recorded with the phase's wall time and counters.

    python bench/dedup_scale.py --base-files 400 --out bench/results/dedup_scale.json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOTS = ["/work/benchdata/FreeRTOS-Kernel", "/work/benchdata/nrfx"]
EXT = {".c", ".h", ".s", ".S"}


def base_files(n: int) -> list[tuple[str, str]]:
    out = []
    for root in ROOTS:
        for p in sorted(Path(root).rglob("*")):
            if p.suffix in EXT and p.is_file() and p.stat().st_size < 200_000:
                out.append((str(p.relative_to(root)), p.read_text(errors="replace")))
    return out[:n]


def edit(text: str, replica: int) -> str:
    lines = text.splitlines()
    for i in range(replica % 40, len(lines), 40):
        lines[i] = lines[i] + f" /*r{replica}*/ int r{replica}_{i};"
    return "\n".join(lines)


def make_corpus(dst: Path, files: list[tuple[str, str]], copies: int, big: bool) -> Path:
    repos = []
    for r in range(copies):
        root = dst / f"replica{r}"
        for rel, text in files:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text if r == 0 else edit(text, r))
        repos.append({"path": str(root), "upstream": r == 0})
    if big:
        root = dst / "many"
        one = files[0][1]
        for i in range(10_000):
            (root / f"d{i // 1000}").mkdir(parents=True, exist_ok=True)
            (root / f"d{i // 1000}" / f"copy{i}.c").write_text(one)
        repos.append({"path": str(root)})
    manifest = dst / "sources.yaml"
    manifest.write_text(yaml.safe_dump({"repos": repos}))
    return manifest


def child(manifest: str, out: str) -> None:
    """In the subprocess: ingest, then the dedup phase timed; prints one JSON line."""
    from spark_data.config import load_config, with_overrides
    from spark_data.pipeline import run

    cfg = with_overrides(load_config("configs/data/tiny.yaml"), out=out, sources=manifest)
    run(cfg, phases=("ingest",), log=lambda _: None)
    t = time.perf_counter()
    summary = run(cfg, phases=("ingest", "dedup"), log=lambda _: None)
    wall = time.perf_counter() - t
    marker = json.loads((Path(out) / "_phases" / "dedup.json").read_text())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = {k: v for k, v in marker["stats"].items() if k != "repos"}
    print(
        json.dumps(
            {
                "wall_s": round(wall, 1),
                "driver_peak_mb": round(rss),
                "stats": stats,
                "files_total": summary["files"]["total"],
            }
        )
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-files", type=int, default=400)
    ap.add_argument("--scales", default="1,4,16")
    ap.add_argument("--out", default="bench/results/dedup_scale.json")
    ap.add_argument("--child", nargs=2)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    files = base_files(args.base_files)
    results = []
    scales = [int(s) for s in args.scales.split(",")]
    for copies in scales:
        with tempfile.TemporaryDirectory() as tmp:
            manifest = make_corpus(Path(tmp), files, copies, big=copies == max(scales))
            res = subprocess.run(
                [sys.executable, __file__, "--child", str(manifest), str(Path(tmp) / "out")],
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(res.stdout.strip().splitlines()[-1])
            row |= {"copies": copies, "with_10k_cluster": copies == max(scales)}
            print(json.dumps(row), flush=True)
            results.append(row)
    out = {
        "command": "python bench/dedup_scale.py " + " ".join(sys.argv[1:]),
        "base_files": len(files),
        "runs": results,
    }
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
