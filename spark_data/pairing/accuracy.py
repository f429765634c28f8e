"""Symbol-link accuracy against an address ground truth (used by tests and the benchmark).

In: the symbol rows of one real register header (spark_data.code.parser.parse_file) and the
register rows of the same device (read_pdf / read_svd). Out: links (the same row helpers the
phase runs per (repo, datasheet) group, with an in-memory join) and precision / recall.

Ground truth (documented rule): a header symbol realises the register at the address the
header itself gives it:
- a register macro (role register_address, not a pointer cast): its evaluated number
  (AVR _SFR_IO8(0x18) = 0x38 matches a datasheet I/O address 0x18 through the +0x20
  data-space alias of 8-bit maps, as the phase does);
- a register struct member (role register) of a struct the header instantiates with
  `#define USART1 ((USART_TypeDef *) USART1_BASE)`: instance base + the member's offset,
  laid out from the member types (uint8/16/32/64_t, arrays, RESERVED padding, natural
  alignment, nested structs). Members of structs never instantiated have no truth and are
  left out of both sides.
Where several peripherals share an address (nRF52's SPIM0/SPIS0/TWIM0/TWIS0 are modes of
one block at 0x40003000), the member realises only the registers of the instance the header
names there (NRF_TWIM_Type via NRF_TWIM0 -> TWIM0.*), not the other modes'. A predicted
register link is right when it is one of the symbol's truth pairs; recall counts truth
pairs whose address exists in the register map.

    links = link_symbols(symbols, registers, PairingConfig(), alias=0x20)
    m = measure(links, instance_truth(symbols), registers, alias=0x20)
"""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa

from spark_data.pairing import keys as K
from spark_data.pairing.config import PairingConfig
from spark_data.pairing.layout import address_truth, instance_truth
from spark_data.pairing.names import register_item
from spark_data.pairing.symbol_level import select_symbol_links

__all__ = ["address_truth", "instance_truth", "link_symbols", "measure"]


def link_symbols(
    symbols: list[dict],
    registers: list[dict],
    cfg: PairingConfig,
    alias: int = 0,
    use_numbers: bool = True,
) -> list[dict]:
    """Symbol links of one header against one register map (one repo, one datasheet)."""
    syms = [{**s, "repo": "header"} for s in symbols]
    table = pa.Table.from_pylist(syms)
    code = K.symbol_keys(table).to_pylist()
    if use_numbers:
        code += K.member_address_keys(table).to_pylist()
    if not use_numbers:
        code = [c for c in code if c["key"][0] not in "ABI"]
    regs = [{**r, "source_id": "sheet"} for r in registers]
    spec = K.register_keys(pa.Table.from_pylist(regs), {"sheet": alias}).to_pylist()
    index = defaultdict(list)
    for s in spec:
        index[s["key"]].append(s)
    joined = [{**c, **s} for c in code for s in index.get(c["key"], ())]
    return select_symbol_links(joined, cfg, alias)


def _same_instance(peripheral: str, instance: str) -> bool:
    """SVD peripheral TWIM0 is the header's instance NRF_TWIM0 (or TWIM0)."""
    p, i = peripheral.upper(), instance.upper()
    return i == p or i.endswith("_" + p)


def measure(
    links: list[dict],
    truth: dict[str, dict[int, set[str]]],
    registers: list[dict],
    alias: int = 0,
) -> dict:
    """Precision and recall of the register links of symbols that have a truth.

    `truth` is layout.instance_truth: symbol -> address -> instance names. The registers a
    symbol realises are those at its addresses; where peripherals share an address
    (nRF52's SPIM0/SPIS0/TWIM0 at 0x40003000), only those of the instance the header
    names there (NRF_TWIM0 -> TWIM0), unless none of them is named so."""

    def addr_of(r: dict) -> int:
        # An 8-bit map's I/O address A is data-space address A + alias in the header.
        a = r["address"]
        return a + alias if alias and a < 0x40 else a

    by_addr: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for r in registers:
        if r.get("address") is not None:
            item = register_item(r.get("peripheral"), r.get("name") or "")
            by_addr[addr_of(r)].add((r.get("peripheral") or "", item))

    def realised(at: dict[int, set[str]]) -> set[str]:
        out: set[str] = set()
        for addr, instances in at.items():
            here = by_addr.get(addr, set())
            named = {it for p, it in here if any(_same_instance(p, i) for i in instances)}
            out |= named or {it for _, it in here}
        return out

    want = {(sid, item) for sid, at in truth.items() for item in realised(at)}
    got = {
        (x["code_item"], x["spec_item"])
        for x in links
        if x["spec_kind"] == "register" and x["code_item"] in truth
    }
    right = len(got & want)
    return {
        "predicted": len(got),
        "correct": right,
        "truth": len(want),
        "found": right,
        "precision": round(right / len(got), 4) if got else 0.0,
        "recall": round(right / len(want), 4) if want else 0.0,
    }
