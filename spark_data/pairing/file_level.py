"""File level: which files implement each datasheet section (or SVD peripheral).

In: the rows of one (repo, datasheet) group after the key join of the repository's
identifiers (keys.identifier_keys: every hardware-like name a file uses or defines, with
its first use and definition lines) with the datasheet's register and field keys.
Out: `schema.LINKS` rows, level=file, spec_kind=section (PDF) or peripheral (SVD),
code_item = file_id, ranked per section, at most `files_per_section` each.

Per file and identifier the best name-key weight w wins (ties kept: CR1 alone names a
register of every peripheral, so the identifier's credit is split over the sections it
could mean). An identifier used outside a #define counts 1, one only defined counts
`definition_weight` (the driver .c that writes ctrl_meas implements the section; the
header that names it only describes it). Per (section, file):

    raw   = sum over the section's registers of the best credit in the file
    score = min(1, 0.45 + 0.25 raw + 0.15 [file name has the part number]
                               + 0.10 [file name has the peripheral type])

Every link of a group carries `pair_registers:N` (distinct registers the repository
uses): pair documents need N >= pairing.min_pair_registers.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict

from spark_data.pairing.config import PairingConfig
from spark_data.pairing.names import peripheral_type
from spark_data.pairing.symbol_level import link_row

MIN_IDENT_WEIGHT = 0.5  # NRF_CONFIG -> CONFIG (1 of 2 tokens) still counts
MAX_EVIDENCE = 12


def register_of(spec_kind: str, spec_item: str) -> str:
    """USART1.CR1.UE (field) -> USART1.CR1; a register item is itself."""
    parts = spec_item.split(".")
    return ".".join(parts[:-1]) if spec_kind == "field" and len(parts) > 1 else spec_item


def ident_credits(rows: list[dict], cfg: PairingConfig) -> dict[tuple, dict]:
    """(file_id, section_key) -> {register: credit, "_ev": [...], "_path": path}."""
    best: dict[tuple, list] = {}
    for r in rows:
        k = (r["file_id"], r["name"])
        cur = best.get(k)
        if cur is None or r["weight"] > cur[0] + 1e-9:
            best[k] = [r["weight"], [r]]
        elif abs(r["weight"] - cur[0]) <= 1e-9:
            cur[1].append(r)
    out: dict[tuple, dict] = defaultdict(lambda: {"regs": {}, "ev": []})
    for (file_id, name), (w, matches) in best.items():
        if w < MIN_IDENT_WEIGHT:
            continue
        sections = {m["section_key"] for m in matches}
        r0 = matches[0]
        site = 1.0 if r0["n_use"] else cfg.definition_weight
        credit = w * site / len(sections)
        where = f"use:{name}:L{r0['use_line']}" if r0["n_use"] else f"def:{name}:L{r0['def_line']}"
        for m in matches:
            entry = out[(file_id, m["section_key"])]
            entry["path"] = m["path"]
            reg = register_of(m["spec_kind"], m["spec_item"])
            entry["regs"][reg] = max(entry["regs"].get(reg, 0.0), credit)
            if where not in entry["ev"]:
                entry["ev"].append(where)
    return out


def file_score(raw: float, path: str, section_key: str, device_keys: set[str]) -> tuple:
    stem = posixpath.basename(path or "").lower()
    compact = stem.replace("-", "").replace("_", "")
    bonus, ev = 0.0, []
    hit = next((d for d in sorted(device_keys) if d.lower() in compact), None)
    if hit:
        bonus += 0.15
        ev.append(f"filename:{hit.lower()}")
    ptype = peripheral_type(section_key.split(":", 1)[1]) if ":" in section_key else ""
    if len(ptype) >= 3 and ptype.lower() in compact:
        bonus += 0.10
        ev.append(f"filename:{ptype.lower()}")
    return min(1.0, 0.45 + 0.25 * raw + bonus), 0.25 * raw + bonus, ev


def rank_files(rows: list[dict], cfg: PairingConfig, device_keys: set[str]) -> list[dict]:
    """The file links of one (repo, datasheet) group, best files first per section."""
    if not rows:
        return []
    repo, ds = rows[0]["repo"], rows[0]["datasheet_id"]
    credits = ident_credits(rows, cfg)
    used = {reg for c in credits.values() for reg in c["regs"]}
    per_section: dict[str, list] = defaultdict(list)
    for (file_id, sec), c in credits.items():
        raw = sum(c["regs"].values())
        score, rank_key, ev = file_score(raw, c["path"], sec, device_keys)
        per_section[sec].append((rank_key, c["path"] or "", file_id, score, ev + c["ev"]))
    links = []
    for sec, cands in sorted(per_section.items()):
        cands.sort(key=lambda t: (-t[0], t[1]))
        for _, path, file_id, score, ev in cands[: cfg.files_per_section]:
            if score < cfg.min_score:
                continue
            evidence = ev[:MAX_EVIDENCE] + [f"pair_registers:{len(used)}"]
            kind = "peripheral" if sec.startswith("peripheral:") else "section"
            links.append(
                link_row("file", repo, ds, (kind, sec), ("file", file_id, path), score, evidence)
            )
    return links
