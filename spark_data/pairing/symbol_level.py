"""Symbol level: which code symbols realise which registers, fields and peripherals.

In: the rows of one (repo, datasheet) group after the key join (keys.CODE_KEYS columns of
symbols joined with keys.SPEC_KEYS on (datasheet_id, key)). Out: `schema.LINKS` rows,
level=symbol, plus level=repo peripheral rows (which peripherals the repository targets).

Scoring, per (symbol, spec item): the best name-key weight w (1 = every meaningful token of
the code name matched) and whether a numeric key matched (a = 1: the macro's evaluated
address equals the register's address or the peripheral's base):

    score = 1 - (1 - 0.9 w) (1 - 0.8 a)      name only 0.9, address only 0.8, both 0.98

An address inside the very instance the code names there (key I:<address>:<instance>,
struct members of `#define NRF_TWIM0 ((NRF_TWIM_Type *) ...)`) counts 0.85 instead of 0.8,
so where peripherals share an address (nRF52's TWIM0, SPIS0, SPIM0 ...) the named one wins.
A name match whose symbol carries an address that disagrees with the register's address
is halved (evidence `address_conflict`). Each symbol keeps its best-scoring items (ties:
a USART_TypeDef member stands for USART1, USART2 and USART6 alike), at most
`max_links_per_symbol`, and only those at or above `min_score`.
"""

from __future__ import annotations

from collections import defaultdict

from spark_data.pairing.config import PairingConfig
from spark_data.schema import stable_id

NAME_W, ADDR_W, INSTANCE_W, CONFLICT = 0.9, 0.8, 0.85, 0.5


def link_row(
    level: str,
    repo: str | None,
    datasheet_id: str | None,
    spec: tuple[str | None, str | None],
    code: tuple[str, str | None, str | None],
    score: float,
    evidence: list[str],
) -> dict:
    spec_kind, spec_item = spec
    code_kind, code_item, code_name = code
    return {
        "link_id": stable_id("link", level, repo, datasheet_id, spec_kind, spec_item, code_item),
        "level": level,
        "repo": repo,
        "datasheet_id": datasheet_id,
        "spec_kind": spec_kind,
        "spec_item": spec_item,
        "code_kind": code_kind,
        "code_item": code_item,
        "code_name": code_name,
        "score": round(float(score), 4),
        "evidence": evidence,
    }


def combine(name_w: float, addr: bool, conflict: bool, instance: bool = False) -> float:
    addr_w = (INSTANCE_W if instance else ADDR_W) if addr else 0.0
    score = 1 - (1 - NAME_W * name_w) * (1 - addr_w)
    return score * (CONFLICT if conflict else 1.0)


def _conflict(row: dict, alias: int) -> bool:
    """The symbol is a register address and the register sits elsewhere."""
    if row["role"] != "register_address" or row["number"] is None:
        return False
    addr = row["spec_address"]
    if addr is None or row["spec_kind"] != "register":
        return False
    return row["number"] not in (addr, addr + alias if alias and addr < 0x40 else addr)


def candidates(rows: list[dict], alias: int = 0) -> dict[str, dict[tuple, dict]]:
    """symbol -> (spec_kind, spec_item) -> {name_w, addr, instance, conflict, keys, row}."""
    out: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for r in rows:
        c = out[r["item"]].setdefault(
            (r["spec_kind"], r["spec_item"]),
            {
                "name_w": 0.0,
                "addr": False,
                "instance": False,
                "conflict": False,
                "keys": set(),
                "row": r,
            },
        )
        if r["key"][0] in "ABI":
            c["addr"] = True
            c["instance"] = c["instance"] or r["key"][0] == "I"
        else:
            c["name_w"] = max(c["name_w"], r["weight"])
            c["conflict"] = c["conflict"] or _conflict(r, alias)
        c["keys"].add(r["key"])
    return out


def _evidence(c: dict) -> list[str]:
    ev = []
    for key in sorted(c["keys"]):
        kind, _, value = key.partition(":")
        if kind in "AB":
            ev.append(f"address:{int(value):#x}")
        elif kind == "I":
            addr, _, instance = value.partition(":")
            ev.append(f"instance:{instance}@{int(addr):#x}")
        else:
            ev.append(f"name:{key}")
    if c["conflict"]:
        ev.append(f"address_conflict:{c['row']['number']:#x}")
    return ev


def select_symbol_links(rows: list[dict], cfg: PairingConfig, alias: int = 0) -> list[dict]:
    """The symbol links of one (repo, datasheet) group: best items per symbol."""
    links = []
    for item, cands in candidates(rows, alias).items():
        scored = sorted(
            (
                (
                    combine(c["name_w"], c["addr"], c["conflict"] and not c["addr"], c["instance"]),
                    k,
                    c,
                )
            )
            for k, c in cands.items()
        )
        best = scored[-1][0]
        if best < cfg.min_score:
            continue
        keep = [s for s in reversed(scored) if s[0] >= best - 1e-9][: cfg.max_links_per_symbol]
        for score, (spec_kind, spec_item), c in keep:
            r = c["row"]
            links.append(
                link_row(
                    "symbol",
                    r["repo"],
                    r["datasheet_id"],
                    (spec_kind, spec_item),
                    ("symbol", item, r["name"]),
                    score,
                    _evidence(c),
                )
            )
    return links


def peripheral_links(symbol_links: list[dict], registers_for_full: int = 3) -> list[dict]:
    """Repo-level rows: the peripherals whose registers the repository's symbols realise."""
    per: dict[tuple, set] = defaultdict(set)
    for link in symbol_links:
        if link["spec_kind"] in ("register", "field"):
            item = link["spec_item"]
            parts = item.split(".")
            periph = parts[0] if len(parts) > (2 if link["spec_kind"] == "field" else 1) else None
            if periph:
                per[(link["repo"], link["datasheet_id"], periph)].add(".".join(parts[:2]))
    return [
        link_row(
            "repo",
            repo,
            ds,
            ("peripheral", periph),
            ("repo", repo, repo),
            min(1.0, len(regs) / registers_for_full),
            [f"registers:{len(regs)}"],
        )
        for (repo, ds, periph), regs in sorted(per.items())
    ]
