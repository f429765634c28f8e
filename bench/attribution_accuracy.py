"""Attribution accuracy on real code: manufacturer per repository, domain per file.

In: the labels in tests/fixtures/attribution/ (repo_labels.csv, domain_labels.csv; how they
were made is in that folder's README) and the repositories checked out under
/work/benchdata/<repo_dir> (or $SPARK_BENCHDATA); absent ones are skipped and listed.
Out: bench/results/attribution.json and a printed table.

Repositories are attributed without their manifest hint (evidence only), from an evenly
spaced sample of at most --max-files files (sorted paths, every k-th: no look at contents),
through the phase's own row helpers (spark_data.attribution.local: real CodeParser).

    python bench/attribution_accuracy.py [--max-files 250] [--out bench/results/attribution.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import time
from collections import defaultdict
from pathlib import Path

from spark_data.attribution.local import attribute_folder

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "attribution"
DATA = Path(os.environ.get("SPARK_BENCHDATA", "/work/benchdata"))


def sample_paths(root: Path, max_files: int) -> list[str]:
    """Every k-th attributable file of the sorted listing (blind to the contents)."""
    paths = [r["path"] for r in folder_rows_light(root)]
    if len(paths) <= max_files:
        return paths
    step = len(paths) / max_files
    return [paths[int(i * step)] for i in range(max_files)]


def folder_rows_light(root: Path) -> list[dict]:
    code = {".c", ".h", ".s", ".S", ".dts", ".dtsi", ".overlay", ".ld", ".md", ".txt", ".cmake"}
    names = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.suffix in code and ".git" not in p.parts
    )
    return [{"path": n} for n in names]


def bench_repos(max_files: int) -> dict:
    results, skipped = [], []
    for row in csv.DictReader((FIXTURES / "repo_labels.csv").open()):
        root = DATA / row["repo_dir"]
        if not root.is_dir():
            skipped.append(row["repo_dir"])
            continue
        t = time.perf_counter()
        paths = sample_paths(root, max_files)
        files, repo = attribute_folder(root, row["repo_dir"], hint=None, paths=paths)
        got = repo["manufacturer"]
        cands = {m["name"]: m["score"] for m in repo["manufacturers"]}
        multi = row["manufacturer"] == "*multi"
        ok = len(cands) >= 2 if multi else got == row["manufacturer"]
        results.append(
            {
                "repo": row["repo_dir"],
                "label": row["manufacturer"],
                "got": got,
                "ok": ok,
                "reason": repo["reason"],
                "candidates": dict(list(cands.items())[:5]),
                "files": len(files),
                "seconds": round(time.perf_counter() - t, 1),
            }
        )
        print(f"{row['repo_dir']:24s} {row['manufacturer']:24s} -> {got:24s} {ok}", flush=True)
    single = [r for r in results if r["label"] != "*multi"]
    return {
        "accuracy": round(sum(r["ok"] for r in single) / len(single), 4) if single else None,
        "n": len(single),
        "multi_target_ok": [r["repo"] for r in results if r["label"] == "*multi" and r["ok"]],
        "rows": results,
        "skipped": skipped,
    }


def bench_domains() -> dict:
    by_repo: dict[str, list[dict]] = defaultdict(list)
    for row in csv.DictReader((FIXTURES / "domain_labels.csv").open()):
        by_repo[row["repo_dir"]].append(row)
    rows, skipped = [], []
    for repo_dir, labels in sorted(by_repo.items()):
        root = DATA / repo_dir
        present = [r for r in labels if (root / r["path"]).is_file()]
        skipped += [f"{repo_dir}/{r['path']}" for r in labels if r not in present]
        if not present:
            continue
        files, _ = attribute_folder(root, repo_dir, paths=[r["path"] for r in present])
        got = {f["path"]: f["domain"] for f in files}
        for r in present:
            g = got.get(r["path"], "not_attributed")
            rows.append({"path": f"{repo_dir}/{r['path']}", "label": r["domain"], "got": g})
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        per[r["label"]][0] += r["label"] == r["got"]
        per[r["label"]][1] += 1
    ok = sum(v[0] for v in per.values())
    return {
        "accuracy": round(ok / len(rows), 4) if rows else None,
        "n": len(rows),
        "per_domain": {k: f"{a}/{n}" for k, (a, n) in sorted(per.items())},
        "errors": [r for r in rows if r["label"] != r["got"]],
        "skipped": skipped,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-files", type=int, default=250)
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "attribution.json"))
    args = ap.parse_args()
    t = time.perf_counter()
    domains = bench_domains()
    print(f"domain accuracy {domains['accuracy']} on {domains['n']} files", flush=True)
    repos = bench_repos(args.max_files)
    print(f"manufacturer accuracy {repos['accuracy']} on {repos['n']} repositories")
    out = {
        "command": f"python bench/attribution_accuracy.py --max-files {args.max_files}",
        "machine": f"{platform.node()} {os.cpu_count()} CPUs",
        "wall_s": round(time.perf_counter() - t, 1),
        "manufacturer": repos,
        "domain": domains,
    }
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
