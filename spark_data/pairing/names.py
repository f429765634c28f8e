"""Name keys: what code names and datasheet names are joined on (row helpers, no Ray).

In: register rows (schema.REGISTERS), symbol rows (schema.SYMBOLS), identifiers, part names.
Out: join keys. A key is "<K>:<TOKENS>" with K one of
    R register name        R:USART_CR1, R:CR1, R:PORTB, R:CTRL_MEAS
    F field name           F:USART_CR1_UE, F:CR1_UE, F:UE, F:TOIE0
    P peripheral instance  P:USART1
    A register address     A:1073811468   (numeric, decimal)
    B peripheral base      B:1073811456
and each code key has a weight in (0, 1]: the share of the code name's tokens the key keeps
(BMP280_REG_CTRL_MEAS -> R:CTRL_MEAS weight 1: the leading part number and the REG marker
do not count; USART_CR1_UE -> F:UE weight 1/3). Only equal keys meet, so the join never
builds a cross product.

    spec_keys(register_row, avr_alias=0)   -> [(key, spec_kind, spec_item)]
    code_keys(name, kind, role, parent)    -> [(key, weight)]
    part_keys("STM32F411xC/xE")            -> {"STM32F411"}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPLIT = re.compile(r"[^A-Za-z0-9]+")
# Lower-case placeholders in datasheet names: GPIOx_MODER, TIMx_CR1, USARTx.
_PLACEHOLDER = re.compile(r"(?<=[A-Z])[xyn](?=_|$|[^A-Za-z0-9])")
# Markers that say "this macro is about a field" (CMSIS _Pos/_Msk, AVR XMEGA _bm/_bp).
FIELD_SUFFIXES = frozenset({"POS", "MSK", "MASK", "SHIFT", "BM", "BP", "GM", "GP", "BIT"})
# Words that name the kind of thing, not the register (dropped, not counted).
NOISE = frozenset({"REG", "REGS", "REGISTER", "ADDR", "ADDRESS", "OFFSET", "OFS", "IDX"})
# Alternate views of one register in SVD files (TIMx CCMR1_Output / CCMR1_Input).
_VIEWS = frozenset({"INPUT", "OUTPUT", "ALTERNATE", "ALT"})
# Aggregate type suffixes: USART_TypeDef, NRF_UART_Type, uart_hw_t, foo_regs.
_TYPE_SUFFIX = re.compile(r"(_TypeDef|_Type|_Regs|_regs|_hw_t|_t)$")
_TYPE_PREFIX = re.compile(r"^(NRF_|LPC_|SN_|MXC_)")
_DIGITS = re.compile(r"\d")
# A part-number-like token in paths, macros and includes: letters then digits, ...
_PART = re.compile(r"[A-Za-z]{1,8}-?[0-9]{2,}[A-Za-z0-9]*")


def tokens(name: str) -> list[str]:
    """Upper-case tokens of a name: "GPIOx_MODER" -> ["GPIO", "MODER"]."""
    return [t.upper() for t in _SPLIT.split(_PLACEHOLDER.sub("", name or "")) if t]


def norm(name: str) -> str:
    return "_".join(tokens(name))


def device_like(token: str) -> bool:
    """A part-number token (BMP280, MPU6050, NRF24L01): letters and at least 3 digits.

    USART1, TIM10 or CR1 are not: they name peripherals and registers.
    """
    return len(token) >= 5 and token[0].isalpha() and len(_DIGITS.findall(token)) >= 3


def peripheral_type(instance: str | None) -> str:
    """USART1 -> USART, GPIOA -> GPIO, PORTB -> PORT, TIM10 -> TIM, RCC -> RCC."""
    p = norm(instance or "")
    base = p.rstrip("0123456789") or p
    if base != p:
        return base
    if len(p) > 4 and p[-1] in "ABCDEFGHIJK" and p[:-1].endswith(("GPIO", "PORT", "PIO")):
        return p[:-1]
    return p


# --- the datasheet / SVD side ----------------------------------------------------------


def _without_prefix(name_toks: list[str], ptype: str) -> list[str]:
    """CR1 for ("USART_CR1", USART); the name itself when it does not start with it."""
    pt = ptype.split("_") if ptype else []
    if pt and name_toks[: len(pt)] == pt and len(name_toks) > len(pt):
        return name_toks[len(pt) :]
    return name_toks


def register_names(peripheral: str | None, name: str) -> list[str]:
    """The register's name keys, most specific first: USART_CR1, USART1_CR1, CR1."""
    ptype = peripheral_type(peripheral)
    base = _without_prefix(tokens(name), ptype)
    if not base:
        return []
    if len(base) > 1 and base[-1] in _VIEWS:
        base = base[:-1]
    out = [base]
    if ptype:
        out.append(ptype.split("_") + base)
        inst = norm(peripheral or "")
        if inst != ptype:
            out.append(inst.split("_") + base)
    return list(dict.fromkeys("_".join(t) for t in out))


def register_item(peripheral: str | None, name: str) -> str:
    """The spec_item of a register: "USART1.CR1" (or just the name)."""
    return f"{peripheral}.{name}" if peripheral else name


def spec_keys(reg: dict, avr_alias: int = 0) -> list[tuple[str, str, str]]:
    """(key, spec_kind, spec_item) rows of one register row: its names, its fields, its
    address (and the AVR data-space alias), its peripheral instance and base address."""
    per, name = reg.get("peripheral"), reg.get("name") or ""
    item = register_item(per, name)
    names = register_names(per, name)
    out = [(f"R:{k}", "register", item) for k in names]
    # The same name without separators (DBGMCU_APB1_FZ vs the member APB1FZ of DBGMCU).
    out += [(f"C:{k.replace('_', '')}", "register", item) for k in names if "_" in k]
    for f in reg.get("fields") or []:
        fname = norm(f.get("name") or "")
        if not fname:
            continue
        fitem = f"{item}.{f['name']}"
        out.append((f"F:{fname}", "field", fitem))
        out += [(f"F:{k}_{fname}", "field", fitem) for k in register_names(per, name)]
    addr = reg.get("address")
    if addr is not None:
        out.append((f"A:{addr}", "register", item))
        if avr_alias and addr < 0x40:
            out.append((f"A:{addr + avr_alias}", "register", item))
        if reg.get("offset") is not None and per:
            out.append((f"B:{addr - reg['offset']}", "peripheral", per))
        if per:  # the address in this instance (nRF52's TWIM0 and SPIS0 share addresses)
            out.append((instance_key(addr, per), "register", item))
    if per:
        out.append((f"P:{norm(per)}", "peripheral", per))
    return list(dict.fromkeys(out))


def instance_key(address: int, instance: str) -> str:
    """I:<address>:<instance>: an address inside one named peripheral instance."""
    return f"I:{address}:{norm(instance)}"


def instance_keys(address: int, instance: str) -> list[str]:
    """The code side: an instance macro and its tails (NRF_TWIM0 -> NRF_TWIM0, TWIM0)."""
    toks = tokens(instance)
    return [instance_key(address, "_".join(toks[i:])) for i in range(len(toks))]


# --- the code side ------------------------------------------------------------------------


def aggregate_prefix(parent: str | None) -> list[str]:
    """USART_TypeDef -> [USART]; NRF_UARTE_Type -> [UARTE]; uart_hw_t -> [UART]."""
    if not parent:
        return []
    return tokens(_TYPE_PREFIX.sub("", _TYPE_SUFFIX.sub("", parent)))


def _suffix_keys(kind: str, toks: list[str], counted: int) -> list[tuple[str, float]]:
    """Every tail of the token list as a key, weighted by the share of tokens it keeps."""
    return [
        (f"{kind}:{'_'.join(toks[i:])}", min(1.0, (len(toks) - i) / counted))
        for i in range(len(toks))
    ]


def code_keys(
    name: str, kind: str = "macro", role: str | None = None, parent: str | None = None
) -> list[tuple[str, float]]:
    """(key, weight) rows of one code name (a macro, struct member or identifier)."""
    toks = tokens(name)
    if kind == "field" and parent:
        toks = aggregate_prefix(parent) + toks
    fieldish = role in ("bit_position", "bit_mask")
    if len(toks) > 1 and toks[-1] in FIELD_SUFFIXES:
        toks, fieldish = toks[:-1], True
    if len(toks) > 1 and toks[-1] == "BASE":
        toks = toks[:-1]
    toks = [t for t in toks if t not in NOISE] or toks
    lead = 1 if len(toks) > 1 and device_like(toks[0]) else 0
    counted = max(1, len(toks) - lead)
    out: list[tuple[str, float]] = []
    if not fieldish:
        out += _suffix_keys("R", toks, counted)
        if len(toks) > 1:
            out.append((f"C:{''.join(toks)}", 1.0))
        if role in ("base_address", "register_address") or name.endswith("_BASE"):
            out.append((f"P:{'_'.join(toks)}", 1.0))
    if fieldish or role is None:
        out += _suffix_keys("F", toks, counted)
    return out


def array_names(name: str, signature: str | None) -> list[str]:
    """Register names an array member stands for: EXTICR[4] -> EXTICR1..4 (and EXTICR0..3),
    AFR[2] -> AFRL, AFRH (the low/high pair register maps use)."""
    m = re.search(r"\[\s*(\d+)[uUlL]*\s*\]", signature or "")
    if not m or not 1 < int(m.group(1)) <= 64:
        return []
    n = int(m.group(1))
    out = [f"{name}{i}" for i in range(n + 1)]
    return out + [f"{name}L", f"{name}H"] if n == 2 else out


def number_keys(number: int | None, role: str | None) -> list[tuple[str, float]]:
    """Numeric keys of a symbol: a register address (A:) or a peripheral base (B:)."""
    if number is None or number <= 0:
        return []
    if role == "register_address":
        return [(f"A:{number}", 1.0), (f"B:{number}", 1.0)]
    if role == "base_address":
        return [(f"B:{number}", 1.0)]
    return []


# --- device names ------------------------------------------------------------------------


def part_keys(part: str) -> set[str]:
    """Canonical device keys of a datasheet part name or SVD device name.

    "STM32F411xC/xE" -> {STM32F411}; "MPU-6000/MPU-6050" -> {MPU6000, MPU6050};
    "ATtiny13" -> {ATTINY13}; "MB9AF10xN" -> {MB9AF10}. A lower-case x is a wildcard:
    the key stops before it.
    """
    out = set()
    for piece in re.split(r"[/,;\s]+|\bor\b", part or ""):
        piece = piece.split("x")[0] if re.search(r"\dx", piece) else piece
        key = re.sub(r"[^A-Za-z0-9]", "", piece).upper()
        if len(key) >= 4 and _DIGITS.search(key):
            out.add(key)
    return out


def code_device_keys(token: str) -> set[str]:
    """Device keys a token in code may stand for: itself, and itself without a trailing
    package/variant suffix of letters (STM32F411RETX -> STM32F411, ATTINY13A -> ATTINY13).
    Digits are never cut, so ATTINY1313 never becomes ATTINY13."""
    key = re.sub(r"[^A-Za-z0-9]", "", token).upper()
    if len(key) < 4 or not _DIGITS.search(key):
        return set()
    out = {key}
    stem = key.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if len(stem) >= 4 and stem != key:
        out.add(stem)
    return out


def part_tokens(text: str) -> Iterable[str]:
    """Part-number-like tokens in a path, macro name or include line."""
    return (m.group(0) for m in _PART.finditer(text or ""))
