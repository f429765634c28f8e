"""How much of a device's CMSIS-SVD register map a PDF extraction found.

In: the `registers` rows of one device from a PDF (source_kind="pdf") and from its SVD
(source_kind="svd"), as dicts with at least name, peripheral, address, offset. Out: a dict
of counts, recalls and the lists behind them (compare_registers), and a text report of it
(format_comparison). `spark registers compare` (spark_data.datasheets.cli) prints it.

Names are compared normalised: case and punctuation are ignored (USART_CR1 = usart.cr1), a
trailing _REG is dropped (ESP32 manuals), index placeholders are wildcards (GPIOx_MODER,
EVENTS_TRIGGERED[n], DMA_SxCR), and a PDF name may carry the peripheral as a prefix
(USART_CR1, USART1_CR1) or in its peripheral column. The peripheral is matched as the
instance (USART1) or its family (USART, GPIO for GPIOA..GPIOK). A PDF register named
generically (USART_CR1) stands for every instance, so it finds USART1.CR1 and USART6.CR1.
Name+address also requires the PDF's address or offset to equal the SVD register's
absolute address or its offset from the peripheral base.

    from spark_data.datasheets.compare import compare_registers, format_comparison
    print(format_comparison(compare_registers(pdf_rows, svd_rows)))
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_SPLIT = re.compile(r"[^A-Za-z0-9]+")
_PLACEHOLDER = "xny"  # index placeholders written in lower case inside upper-case names


def _pdf_key(name: str) -> str:
    """The normalised key of a PDF register name; '?' marks an index placeholder."""
    tokens = [t for t in _SPLIT.split(name) if t]
    out = []
    for t in tokens:
        if len(tokens) > 1 and len(t) == 1 and t in _PLACEHOLDER:
            continue  # EVENTS_TRIGGERED[n]
        if any(c.isupper() for c in t):
            t = re.sub(f"(?<=[A-Z0-9])[{_PLACEHOLDER}]+$", "", t)  # GPIOx, CHn
            t = re.sub(f"(?<=[A-Z0-9])[{_PLACEHOLDER}](?=[A-Z0-9])", "?", t)  # SxCR
        out.append(t.upper())
    if len(out) > 1 and out[-1] == "REG":
        out.pop()
    return "".join(out)


def _svd_names(name: str) -> set[str]:
    """Keys of an SVD register name: as written, and without array indices (DATA[3])."""
    keys = {"".join(t.upper() for t in _SPLIT.split(name) if t)}
    if "[" in name:
        keys.add("".join(t.upper() for t in _SPLIT.split(re.sub(r"\[\w*\]", "", name)) if t))
    return keys


def _families(peripherals: set[str]) -> dict[str, set[str]]:
    """For each SVD peripheral, the keys a PDF may call it by: USART1 -> USART1, USART;
    GPIOA -> GPIOA, GPIO when other GPIO<letter> peripherals exist."""
    norm = {p: _pdf_key(p) for p in peripherals}
    stems = Counter(k[:-1] for k in norm.values() if len(k) > 3 and k[-1].isalpha())
    out = {}
    for p, k in norm.items():
        fam = {k, k.rstrip("0123456789")}
        if len(k) > 3 and k[-1].isalpha() and stems[k[:-1]] > 1:
            fam.add(k[:-1])
        out[p] = {f for f in fam if f}
    return out


class _Index:
    """SVD registers by bare name key, by family+name key, and by (family, name)."""

    def __init__(self, svd: list[dict]) -> None:
        fams = _families({r.get("peripheral") or "" for r in svd})
        self.bare: dict[str, set[int]] = defaultdict(set)
        self.prefixed: dict[str, set[int]] = defaultdict(set)
        self.scoped: dict[tuple[str, str], set[int]] = defaultdict(set)
        for i, r in enumerate(svd):
            for n in _svd_names(r.get("name") or ""):
                self.bare[n].add(i)
                for f in fams[r.get("peripheral") or ""]:
                    self.prefixed[f + n].add(i)
                    self.scoped[f, n].add(i)

    def find(self, key: str, peripheral: str | None) -> set[int]:
        if "?" in key:  # a placeholder: try the keys it can stand for
            rx = re.compile(key.replace("?", "(?:[0-9]{1,2}|[A-Z])"))
            return set().union(*(v for k, v in self.prefixed.items() if rx.fullmatch(k)), set())
        if peripheral:  # the instance (USART1), else its family (USART), else ignored
            q = _pdf_key(peripheral)
            for scope in (q, q.rstrip("0123456789")):
                if self.scoped.get((scope, key)):
                    return self.scoped[scope, key]
        return self.bare.get(key, set()) | self.prefixed.get(key, set())


def _address_ok(p: dict, s: dict) -> bool:
    pa, po = p.get("address"), p.get("offset")
    return (pa is not None and pa in (s.get("address"), s.get("offset"))) or (
        po is not None and po == s.get("offset")
    )


def _label(r: dict) -> str:
    return f"{r['peripheral']}.{r['name']}" if r.get("peripheral") else str(r.get("name"))


def compare_registers(pdf_regs: list[dict], svd_regs: list[dict]) -> dict:
    """Counts and lists: which SVD registers the PDF found by name and by name+address."""
    svd = [r for r in svd_regs if r.get("name")]
    pdf = [r for r in pdf_regs if r.get("name")]
    index = _Index(svd)
    by_name: set[int] = set()
    by_both: set[int] = set()
    pdf_unmatched, wrong_address = [], []
    for p in pdf:
        hits = index.find(_pdf_key(p["name"]), p.get("peripheral"))
        if not hits:
            pdf_unmatched.append(_label(p))
            continue
        by_name |= hits
        good = {i for i in hits if _address_ok(p, svd[i])}
        by_both |= good
        if not good and (p.get("address") is not None or p.get("offset") is not None):
            wrong_address.append(_label(p))
    pdf_addrs = {p.get("address") for p in pdf} - {None}
    by_addr = {i for i, s in enumerate(svd) if s.get("address") in pdf_addrs}
    n = len(svd)
    return {
        "device": next((r.get("device") for r in svd if r.get("device")), None),
        "pdf_device": next((r.get("device") for r in pdf if r.get("device")), None),
        "svd_registers": n,
        "pdf_registers": len(pdf),
        "found_by_name": len(by_name),
        "found_by_name_address": len(by_both),
        "found_by_address": len(by_addr),
        "recall_name": len(by_name) / n if n else 0.0,
        "recall_name_address": len(by_both) / n if n else 0.0,
        "pdf_matched": len(pdf) - len(pdf_unmatched),
        "pdf_unmatched": pdf_unmatched,
        "pdf_address_mismatch": wrong_address,
        "missed": [_label(s) for i, s in enumerate(svd) if i not in by_name],
        "by_peripheral": _per_peripheral(svd, by_name, by_both),
    }


def _per_peripheral(svd: list[dict], by_name: set[int], by_both: set[int]) -> list[dict]:
    rows: dict[str, list[int]] = {}
    for i, s in enumerate(svd):
        rows.setdefault(s.get("peripheral") or "", [0, 0, 0])
        c = rows[s.get("peripheral") or ""]
        c[0] += 1
        c[1] += i in by_name
        c[2] += i in by_both
    return [
        {"peripheral": p, "svd": c[0], "found_by_name": c[1], "found_by_name_address": c[2]}
        for p, c in rows.items()
    ]


def _list(title: str, items: list[str], limit: int) -> list[str]:
    if not items:
        return []
    more = f" ... and {len(items) - limit} more" if len(items) > limit else ""
    return [f"{title} ({len(items)}): {', '.join(items[:limit])}{more}"]


def format_comparison(res: dict, limit: int = 20) -> str:
    """The comparison as a few readable lines (lists cut to `limit` names)."""
    n = res["svd_registers"]
    head = f"device {res['device']}"
    if res.get("pdf_device") and res["pdf_device"] != res["device"]:
        head += f" (PDF: {res['pdf_device']})"
    lines = [
        f"{head}: {n} SVD registers, {res['pdf_registers']} PDF registers",
        f"  found by name:          {res['found_by_name']:6d} / {n}  ({res['recall_name']:.1%})",
        f"  found by name+address:  {res['found_by_name_address']:6d} / {n}  "
        f"({res['recall_name_address']:.1%})",
        f"  found by address alone: {res['found_by_address']:6d} / {n}",
        f"  PDF registers with an SVD counterpart: {res['pdf_matched']} / {res['pdf_registers']}",
    ]
    touched = [p for p in res["by_peripheral"] if p["found_by_name"]]
    if touched:
        parts = [
            f"{p['peripheral']} {p['found_by_name']}/{p['svd']}"
            for p in sorted(touched, key=lambda p: -p["found_by_name"])[:limit]
        ]
        lines.append(f"  peripherals found (by name): {', '.join(parts)}")
    lines += ["  " + s for s in _list("PDF registers not in the SVD", res["pdf_unmatched"], limit)]
    lines += [
        "  " + s
        for s in _list("PDF registers whose address differs", res["pdf_address_mismatch"], limit)
    ]
    lines += ["  " + s for s in _list("SVD registers missed", res["missed"], limit)]
    return "\n".join(lines)
