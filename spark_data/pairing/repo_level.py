"""Repository level: which devices (datasheets, SVD files) a repository targets.

In: the rows of one repository (REPO_ROWS): device-name evidence joined with datasheet part
keys (path, include, macro and leading-comment tokens: stm32f411xe.h, __AVR_ATtiny13__),
the count of a datasheet's registers whose names the repository uses, and one row with the
repository's count of register-role symbols. Plus the datasheets' metadata and the
repository's attributed manufacturer. Out: `schema.LINKS` rows, level=repo.

    name    = 1 - prod(1 - s) over evidence kinds (macro 0.7, include 0.6, path 0.5,
              comment 0.4)
    overlap = min(1, used registers / (full_overlap_share x the datasheet's registers))
    score   = 1 - (1 - name)(1 - overlap)

Reasons (a link with score 0, spec_kind "none" or the device, and the reason first in
evidence; none of them becomes a pair):
    no_hardware_symbols_v1     the repository has no register-role symbol and no datasheet
                               matched it (datasheet_id null)
    no_matching_datasheet_v1   it has register symbols but no datasheet scored enough
    ambiguous_manufacturer_v1  the device key names datasheets of several manufacturers and
                               the repository's attribution does not pick one
    no_registers_v1            the matched datasheet has no registers (kept, score kept,
                               but no symbol/file links and no pair)
"""

from __future__ import annotations

import re
from collections import defaultdict

import pyarrow as pa

from spark_data.pairing.config import PairingConfig
from spark_data.pairing.symbol_level import link_row

REPO_ROWS = pa.schema(
    [
        ("repo", pa.string()),
        ("datasheet_id", pa.string()),
        ("device_key", pa.string()),
        ("evidence", pa.string()),
        ("matched", pa.int64()),
        ("hw_symbols", pa.int64()),
    ]
)
EVIDENCE_WEIGHT = {"macro": 0.7, "include": 0.6, "path": 0.5, "comment": 0.4}
CANDIDATE = "candidate"  # evidence tag of a link that feeds the file and symbol levels


def manufacturer_token(name: str | None) -> str:
    """ "Microchip (Atmel)" and "Microchip Technology" compare equal: first word."""
    words = re.findall(r"[a-z0-9]+", (name or "").lower())
    return words[0] if words else ""


def score_candidate(ev: set[str], matched: int, n_registers: int, cfg: PairingConfig) -> float:
    name = 1.0
    for kind in {e.split(":", 1)[0] for e in ev}:
        name *= 1 - EVIDENCE_WEIGHT.get(kind, 0.3)
    need = max(1.0, cfg.full_overlap_share * max(n_registers, 1))
    overlap = min(1.0, matched / need)
    return 1 - name * (1 - overlap)


def _gather(rows: list[dict]) -> tuple[dict, int]:
    per: dict[str, dict] = defaultdict(lambda: {"ev": set(), "keys": set(), "matched": 0})
    hw = 0
    for r in rows:
        if r["hw_symbols"] is not None:
            hw += r["hw_symbols"]
        if not r["datasheet_id"]:
            continue
        c = per[r["datasheet_id"]]
        if r["evidence"]:
            c["ev"].add(r["evidence"])
            c["keys"].add(r["device_key"])
        c["matched"] = max(c["matched"], r["matched"] or 0)
    return per, hw


def _ambiguous(kept: dict, meta: dict, manufacturer: str | None) -> dict[str, str]:
    """datasheet_id -> reason, for devices named by datasheets of several manufacturers."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for ds, c in kept.items():
        for key in c["keys"]:
            by_key[key].add(ds)
    reasons: dict[str, str] = {}
    mine = manufacturer_token(manufacturer)
    for key, sheets in by_key.items():
        makers = {manufacturer_token(meta[d].get("manufacturer")) for d in sheets}
        if len(makers) < 2:
            continue
        if mine and mine in makers:
            for d in sheets:
                if manufacturer_token(meta[d].get("manufacturer")) != mine:
                    reasons[d] = f"other_manufacturer_v1:{key}"
        else:
            names = "|".join(sorted(str(meta[d].get("manufacturer")) for d in sheets))
            for d in sheets:
                reasons.setdefault(d, f"ambiguous_manufacturer_v1:{key}:{names}")
    return reasons


def decide_repo(
    rows: list[dict], meta: dict[str, dict], manufacturer: str | None, cfg: PairingConfig
) -> list[dict]:
    """The repo-level links of one repository (see the module docstring)."""
    repo = rows[0]["repo"]
    per, hw = _gather(rows)
    scored = {
        ds: (score_candidate(c["ev"], c["matched"], meta[ds].get("n_registers") or 0, cfg), c)
        for ds, c in per.items()
        if ds in meta
    }
    kept = {ds: c for ds, (s, c) in scored.items() if s >= cfg.min_repo_score}
    if not kept:
        reason = "no_matching_datasheet_v1" if hw else "no_hardware_symbols_v1"
        return [link_row("repo", repo, None, ("none", None), ("repo", repo, repo), 0.0, [reason])]
    reasons = _ambiguous(kept, meta, manufacturer)
    links = []
    for ds, c in sorted(kept.items()):
        score, m = scored[ds][0], meta[ds]
        ev = sorted(c["ev"])[:10] + [f"registers_used:{c['matched']}"]
        device = ",".join(m.get("parts") or []) or m.get("title") or ds
        if ds in reasons:
            score, ev = 0.0, [reasons[ds], *ev]
        elif not m.get("n_registers"):
            ev = ["no_registers_v1", *ev]
        else:
            ev = [CANDIDATE, *ev]
        links.append(
            link_row("repo", repo, ds, ("device", device), ("repo", repo, repo), score, ev)
        )
    return links
