"""Parse-phase throughput per core, side by side with raw tree-sitter parsing of the same
files, in one run.

    python bench/parse_throughput.py [--roots DIR ...] [--repeat 3] [--out bench/results/parse.json]

Default inputs: the C headers of the Debian packages avr-libc and sdcc-libraries (the test
cache, downloaded by tests/debian.py) and, when present, real vendor repositories fetched
beside the project (../benchdata: cmsis_device_f4, nrfx, FreeRTOS-Kernel).

Three figures, all single-process (= per core):
  raw       tree-sitter `parser.parse(bytes)` only (the ceiling)
  stage     `CodeParser.__call__` over pyarrow batches: parse + symbol extraction + the
            output table (what each parse actor does in the pipeline)
  ratio     stage / raw (target >= 0.70)
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import pyarrow as pa

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spark_data.code.parser import CodeParser  # noqa: E402
from spark_data.config import ParseConfig  # noqa: E402

SUFFIX_KIND = {".h": "c_header", ".c": "c_source"}


def default_roots() -> list[Path]:
    sys.path.insert(0, str(REPO / "tests"))
    roots = []
    try:
        from debian import debian_package

        roots += [debian_package("avr-libc"), debian_package("sdcc-libraries")]
    except Exception as e:  # noqa: BLE001 - a bench without the packages still runs
        print(f"(Debian packages unavailable: {e})", file=sys.stderr)
    bench = REPO.parent / "benchdata"
    roots += [
        bench / n for n in ("cmsis_device_f4", "nrfx", "FreeRTOS-Kernel") if (bench / n).is_dir()
    ]
    return roots


def collect(roots: list[Path], suffixes: tuple[str, ...]) -> list[tuple[str, bytes]]:
    files = []
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.suffix in suffixes and p.is_file() and ".git" not in p.parts:
                files.append((str(p), p.read_bytes()))
    return files


def bench_raw(files: list[tuple[str, bytes]]) -> float:
    import tree_sitter_language_pack as tslp

    parser = tslp.get_parser("c")
    t = time.perf_counter()
    for _, data in files:
        parser.parse(data)
    return time.perf_counter() - t


def bench_stage(files: list[tuple[str, bytes]], batch_size: int) -> tuple[float, int]:
    stage = CodeParser(ParseConfig())
    batches = []
    for i in range(0, len(files), batch_size):
        chunk = files[i : i + batch_size]
        batches.append(
            pa.table(
                {
                    "file_id": [str(j) for j in range(i, i + len(chunk))],
                    "path": [p for p, _ in chunk],
                    "kind": [SUFFIX_KIND[Path(p).suffix] for p, _ in chunk],
                    "text": pa.array(
                        [d.decode("utf-8", "replace") for _, d in chunk], pa.large_string()
                    ),
                }
            )
        )
    n = 0
    t = time.perf_counter()
    for b in batches:
        n += stage(b).num_rows
    return time.perf_counter() - t, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--roots", nargs="*", type=Path)
    ap.add_argument("--suffixes", default=".h", help="comma-separated: .h or .h,.c")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "parse.json")
    args = ap.parse_args()
    roots = args.roots or default_roots()
    files = collect(roots, tuple(args.suffixes.split(",")))
    mb = sum(len(d) for _, d in files) / 1e6
    raw = min(bench_raw(files) for _ in range(args.repeat))
    stage_runs = [bench_stage(files, args.batch_size) for _ in range(args.repeat)]
    stage = min(t for t, _ in stage_runs)
    result = {
        "files": len(files),
        "mb": round(mb, 2),
        "roots": [str(r) for r in roots],
        "suffixes": args.suffixes,
        "raw_mb_per_s": round(mb / raw, 2),
        "stage_mb_per_s": round(mb / stage, 2),
        "ratio": round(raw / stage, 3),
        "symbols": stage_runs[0][1],
        "repeat": args.repeat,
        "machine": f"{platform.processor() or platform.machine()}, python {platform.python_version()}",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
