"""Pairing accuracy on real code (not a test: needs /work/benchdata and /work/shared).

1. Symbol links: vendor CMSIS device headers against the shared SVD files of the same
   devices, ground truth by the header's own addresses (spark_data.pairing.layout: register
   macros by value, struct members by instance base + laid-out offset). Two channels: the
   full linker (names + numeric address keys) and names only (no numbers used at all:
   nothing of the truth's mechanism).
2. File level: hand-labelled (datasheet register section -> implementing file) cases from
   real driver repositories (tests/fixtures/pairing/file_labels.csv, README beside it),
   against the shared datasheet PDFs through read_pdf. Each register's description is its
   own section here (the PDFs' register maps come as one table section); a case is right
   when the top-ranked file of the repository is the labelled one.

    python bench/pairing_accuracy.py [--bench /work/benchdata] [--shared /work/shared]

Writes bench/results/pairing.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

from spark_data.code.parser import Grammars, parse_file
from spark_data.config import ParseConfig
from spark_data.datasheets.config import DatasheetsConfig
from spark_data.datasheets.pdf import read_pdf
from spark_data.datasheets.svd import read_svd
from spark_data.pairing import keys as K
from spark_data.pairing.accuracy import instance_truth, link_symbols, measure
from spark_data.pairing.config import PairingConfig
from spark_data.pairing.file_level import rank_files
from spark_data.pairing.names import part_keys

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "fixtures" / "pairing" / "file_labels.csv"
SYMBOL_CASES = [  # (device, header under --bench, svd under --shared/svd)
    (
        "STM32F411",
        "cmsis_device_f4/Include/stm32f411xe.h",
        "cmsis-svd-data__STMicro__STM32F411.svd",
    ),
    (
        "STM32F407",
        "cmsis_device_f4/Include/stm32f407xx.h",
        "cmsis-svd-data__STMicro__STM32F407.svd",
    ),
    ("nRF52840", "nrfx/bsp/stable/mdk/nrf52840.h", "cmsis-svd-data__Nordic__nrf52840.svd"),
]
SOURCES = (".c", ".h", ".cpp", ".hpp")


def symbol_accuracy(bench: Path, shared: Path, grammars: Grammars) -> list[dict]:
    out = []
    for device, header, svd in SYMBOL_CASES:
        path = bench / header
        if not path.is_file():
            out.append({"device": device, "skipped": f"{path} not found"})
            continue
        syms = parse_file(
            "h", str(path), "c_header", path.read_text(errors="replace"), ParseConfig(), grammars
        )
        _, regs = read_svd(str(shared / "svd" / svd), "svd")
        truth = instance_truth(syms)
        t = time.perf_counter()
        full = measure(link_symbols(syms, regs, PairingConfig()), truth, regs)
        wall = time.perf_counter() - t
        names = measure(link_symbols(syms, regs, PairingConfig(), use_numbers=False), truth, regs)
        out.append(
            {
                "device": device,
                "header": header,
                "svd": svd,
                "full": full,
                "names_only": names,
                "link_s": round(wall, 2),
            }
        )
    return out


def _identifier_rows(repo_dir: Path) -> list[dict]:
    files = [p for p in sorted(repo_dir.rglob("*")) if p.suffix in SOURCES and p.is_file()]
    batch = pa.Table.from_pylist(
        [
            {
                "repo": repo_dir.name,
                "file_id": p.relative_to(repo_dir).as_posix(),
                "path": p.relative_to(repo_dir).as_posix(),
                "text": p.read_text(errors="replace"),
            }
            for p in files
        ]
    )
    return K.identifier_keys(K.identifier_rows(batch, 4000)).to_pylist()


def file_accuracy(bench: Path, shared: Path) -> dict:
    cases = list(csv.DictReader(LABELS.open()))
    by_pair: dict[tuple, list[dict]] = defaultdict(list)
    for c in cases:
        by_pair[(c["repo_dir"], c["datasheet"])].append(c)
    results = []
    for (repo_dir, pdf), labels in by_pair.items():
        parsed = read_pdf(str(shared / "datasheets" / pdf), "ds", DatasheetsConfig())
        regs = [{**r, "section_id": r["name"]} for r in parsed["registers"]]
        spec = K.register_keys(pa.Table.from_pylist(regs), {}).to_pylist()
        index = defaultdict(list)
        for s in spec:
            index[s["key"]].append(s)
        code = _identifier_rows(bench / repo_dir)
        joined = [{**c, **s} for c in code for s in index.get(c["key"], ())]
        devices = set().union(*map(part_keys, parsed["datasheet"]["parts"] or []))
        cfg = PairingConfig(files_per_section=1, min_score=0.0)
        top = {x["spec_item"]: x["code_name"] for x in rank_files(joined, cfg, devices)}
        for lab in labels:
            got = top.get(lab["register"])
            results.append({**lab, "predicted": got, "correct": got == lab["file"]})
    right = sum(r["correct"] for r in results)
    return {
        "cases": len(results),
        "correct": right,
        "accuracy": round(right / len(results), 4) if results else 0.0,
        "results": results,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default="/work/benchdata")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "pairing.json"))
    a = ap.parse_args()
    bench, shared = Path(a.bench), Path(a.shared)
    grammars = Grammars()
    result = {
        "command": "python bench/pairing_accuracy.py",
        "symbol_links": symbol_accuracy(bench, shared, grammars),
        "file_level": file_accuracy(bench, shared),
    }
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(result, indent=2) + "\n")
    for s in result["symbol_links"]:
        print(
            s.get("device"), s.get("full"), "names only:", s.get("names_only"), s.get("skipped", "")
        )
    f = result["file_level"]
    print(f"file level: {f['correct']}/{f['cases']} = {f['accuracy']}")


if __name__ == "__main__":
    main()
