"""Name+address recall and precision of extracted registers against hand-made ground truth.

In: a ground-truth CSV (tests/fixtures/datasheets/<pdf stem>.registers.csv: name,
address, io_address, ...) and REGISTERS rows extracted from that PDF. Out: {"truth",
"extracted", "matched_truth", "matched_extracted", "recall", "precision", "missed",
"extra"}. A truth register is found when an extracted one has the same name (compared
upper-case, letters and digits only) and its address (or offset) equals the truth's
address or, for AVR, its I/O address.

    score(load_truth(csv_path), out["registers"])
"""

from __future__ import annotations

import csv

from spark_data.datasheets.values import name_key, parse_int


def load_truth(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        addrs = {parse_int(r.get("address")), parse_int(r.get("io_address"))} - {None}
        out.append({"name": r["name"], "key": name_key(r["name"]), "addresses": addrs})
    return out


def _addr(reg: dict) -> int | None:
    return reg["address"] if reg.get("address") is not None else reg.get("offset")


def score(truth: list[dict], registers: list[dict]) -> dict:
    found = {(name_key(r["name"]), _addr(r)) for r in registers}

    def hit(t: dict) -> bool:
        return any((t["key"], a) in found for a in t["addresses"])

    matched_truth = [t for t in truth if hit(t)]
    truth_pairs = {(t["key"], a) for t in truth for a in t["addresses"]}
    matched_extracted = [f for f in found if f in truth_pairs]
    return {
        "truth": len(truth),
        "extracted": len(found),
        "matched_truth": len(matched_truth),
        "matched_extracted": len(matched_extracted),
        "recall": round(len(matched_truth) / len(truth), 4) if truth else None,
        "precision": round(len(matched_extracted) / len(found), 4) if found else None,
        "missed": sorted(t["name"] for t in truth if not hit(t)),
        "extra": sorted(f"{k}@{a if a is None else hex(a)}" for k, a in found - truth_pairs),
    }
