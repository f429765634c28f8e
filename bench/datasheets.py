"""Benchmark: the datasheets phase logic vs plain get_text, over every PDF in a folder.

In: a folder of PDFs (default ../shared/datasheets) and the ground-truth CSVs in
tests/fixtures/datasheets. Out: bench/results/datasheets.json with, per PDF and in total,
pages/s of (a) plain `page.get_text()` over every page and (b) the phase's whole per-PDF
logic (`read_pdf`: probe, text, heading candidates, table detection on candidate pages
from word boxes, text registers, sections, merge) - both on one core, in the same run -
plus name+address recall/precision for the PDFs with ground truth, and, with --ray, the
phase itself on a local Ray (wall time and pages/s per core).

    python bench/datasheets.py                      # in-process, one core
    python bench/datasheets.py --ray                # also the Ray phase over the folder
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spark_data.datasheets.config import DatasheetsConfig  # noqa: E402
from spark_data.datasheets.pdf import read_pdf  # noqa: E402
from spark_data.datasheets.truth import load_truth, score  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "datasheets"


def plain_get_text(path: Path) -> tuple[int, float]:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    t = time.perf_counter()
    doc = pymupdf.open(path)
    n = 0
    for i in range(doc.page_count):
        try:
            doc.load_page(i).get_text()
            n += 1
        except Exception:  # noqa: BLE001 - damaged pages are skipped, as the phase does
            pass
    return doc.page_count, time.perf_counter() - t


def bench_pdf(path: Path, cfg: DatasheetsConfig) -> dict:
    pages, t_plain = plain_get_text(path)
    t = time.perf_counter()
    out = read_pdf(str(path), path.stem, cfg)
    t_phase = time.perf_counter() - t
    row = out["datasheet"]
    entry = {
        "file": path.name,
        "pages": pages,
        "status": row["status"],
        "language": row["language"],
        "n_sections": row["n_sections"],
        "n_registers": row["n_registers"],
        "table_pages": row["table_pages"],
        "get_text_s": round(t_plain, 3),
        "phase_s": round(t_phase, 3),
        "get_text_pages_per_s": round(pages / t_plain, 1) if t_plain else None,
        "phase_pages_per_s": round(pages / t_phase, 1) if t_phase else None,
    }
    truth = FIXTURES / f"{path.stem}.registers.csv"
    if truth.exists():
        s = score(load_truth(str(truth)), out["registers"])
        entry["accuracy"] = {k: s[k] for k in ("truth", "extracted", "recall", "precision")}
        entry["accuracy"]["missed"] = s["missed"]
        entry["accuracy"]["extra"] = s["extra"]
    return entry


def bench_ray(folder: Path, out_dir: Path) -> dict:
    """The phase on a local Ray over the folder (sources rows written here, no ingest)."""
    import pyarrow as pa
    import ray

    from spark_data import schema
    from spark_data.config import load_config
    from spark_data.datasheets.phase import run_datasheets
    from spark_data.pipeline import Run
    from spark_data.raysession import ray_session
    from spark_data.store import Store

    rows = [
        {
            "source_id": schema.source_id("datasheet", str(p)),
            "kind": "datasheet",
            "name": p.name,
            "location": str(p),
            "status": "recorded",
            "bytes": p.stat().st_size,
        }
        for p in sorted(folder.glob("*.pdf"))
    ]
    cfg = load_config(overrides=[f"out={out_dir}"])
    store = Store.open(str(out_dir))
    store.write_table("sources", pa.Table.from_pylist(rows, schema.SOURCES))
    with ray_session(cfg.ray):
        cpus = int(ray.cluster_resources().get("CPU", 1))
        t = time.perf_counter()
        stats = run_datasheets(Run(cfg=cfg, store=store, manifest=None, log=print))
        wall = time.perf_counter() - t
    return {
        "cpus": cpus,
        "wall_s": round(wall, 2),
        "pages": stats["pages"],
        "pages_per_s": round(stats["pages"] / wall, 1),
        "pages_per_s_per_core": round(stats["pages"] / wall / cpus, 1),
        "stats": stats,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=str(REPO.parent / "shared" / "datasheets"))
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "datasheets.json"))
    ap.add_argument("--ray", action="store_true", help="also run the phase on local Ray")
    args = ap.parse_args()
    folder, cfg = Path(args.dir), DatasheetsConfig()
    per_pdf = []
    for p in sorted(folder.glob("*.pdf")):
        per_pdf.append(bench_pdf(p, cfg))
        e = per_pdf[-1]
        print(
            f"{p.name[:58]:58s} {e['pages']:4d}p  get_text {e['get_text_pages_per_s']:7.1f} p/s"
            f"  phase {e['phase_pages_per_s']:7.1f} p/s  {e['status']}  regs={e['n_registers']}"
        )
    pages = sum(e["pages"] for e in per_pdf)
    t_plain = sum(e["get_text_s"] for e in per_pdf)
    t_phase = sum(e["phase_s"] for e in per_pdf)
    total = {
        "pdfs": len(per_pdf),
        "pages": pages,
        "get_text_s": round(t_plain, 2),
        "phase_s": round(t_phase, 2),
        "get_text_pages_per_s": round(pages / t_plain, 1),
        "phase_pages_per_s_one_core": round(pages / t_phase, 1),
    }
    print(json.dumps(total))
    result = {
        "command": " ".join(["python", "bench/datasheets.py", *sys.argv[1:]]),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "processor": platform.processor() or platform.machine(),
            "note": "shared machine (other jobs running); in-process figures are one core",
        },
        "total": total,
        "per_pdf": per_pdf,
    }
    if args.ray:
        import tempfile

        result["ray_phase"] = bench_ray(folder, Path(tempfile.mkdtemp(prefix="ds-bench-")))
        print(json.dumps({k: v for k, v in result["ray_phase"].items() if k != "stats"}))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
