"""Domain classification: one file's path, kind, includes, symbols and manufacturer -> the
taxonomy's domains with scores, and a primary domain.

In: a `Taxonomy` (bundled domains.yaml, plus an optional user YAML that adds or replaces
domains) and a `FileFacts` (what manufacturer.py already extracted from the file).
Out: `classify(facts, taxonomy)` -> (primary, [(domain, score), ...] best first, evidence).

    tax = load_taxonomy()                          # or load_taxonomy("my_domains.yaml")
    primary, scores, evidence = classify(facts, tax, manufacturer="STMicroelectronics")

The rules (weights and caps in domains.yaml's header): each channel adds a capped score; a
domain with `requires` scores 0 unless one of those channels fired (a Nordic file is not
stm32_hal because its manufacturer weight alone cannot carry it); `general` has the floor
score and wins unless another domain reaches `min_score`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

BUNDLED = Path(__file__).with_name("domains.yaml")
CHANNELS = {  # channel -> (weight per distinct hit, cap)
    "paths": (2.0, 3.0),
    "includes": (1.0, 3.0),
    "symbols": (0.25, 2.0),
    "text": (1.0, 2.0),
}
_DOMAIN_KEYS = {*CHANNELS, "description", "kinds", "manufacturers", "roles", "requires"}
_DOMAIN_KEYS |= {"text_kinds"}
_SETTINGS = {"general": "general", "floor": 1.0, "min_score": 1.5}


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the domain and key."""


@dataclass(frozen=True)
class FileFacts:
    """What the rules read about one file (built once, shared with manufacturer rules)."""

    path: str
    kind: str
    includes: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()  # distinct symbol names (capped)
    head: str = ""  # the first bytes of the text
    n_role: int = 0  # symbols with a register role
    n_defs: int = 0  # macros + fields (the role share's denominator)


@dataclass(frozen=True)
class Domain:
    name: str
    regexes: dict[str, re.Pattern | None] = field(default_factory=dict)
    kinds: dict[str, float] = field(default_factory=dict)
    manufacturers: dict[str, float] = field(default_factory=dict)
    roles: dict[str, float] = field(default_factory=dict)
    role_names: re.Pattern | None = None
    requires: tuple[str, ...] = ()
    text_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    domains: tuple[Domain, ...]
    general: str
    floor: float
    min_score: float

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.domains)


def _channel_scores(d: Domain, f: FileFacts, path: str) -> dict[str, tuple[float, list[str]]]:
    inputs = {
        "paths": [path],
        "includes": [i.lower() for i in f.includes],
        "symbols": list(f.symbols),
        "text": [f.head] if not d.text_kinds or f.kind in d.text_kinds else [],
    }
    out: dict[str, tuple[float, list[str]]] = {}
    for ch, rx in d.regexes.items():
        if rx is None:
            continue
        weight, cap = CHANNELS[ch]
        if ch in ("paths", "text"):  # distinct patterns that match
            hits = sorted({m.lastgroup or "" for s in inputs[ch] for m in rx.finditer(s)})
        else:  # distinct inputs that match
            hits = [s for s in inputs[ch] if rx.match(s) or (ch == "includes" and rx.search(s))]
        if hits:
            out[ch] = (min(cap, weight * len(hits)), hits[:3])
    return out


def score_domain(d: Domain, f: FileFacts, manufacturer: str | None) -> tuple[float, list[str]]:
    """One domain's score for a file and the evidence strings behind it."""
    chans = _channel_scores(d, f, f.path.lower())
    if f.kind in d.kinds:
        chans["kinds"] = (d.kinds[f.kind], [f.kind])
    if d.roles:
        n = f.n_role
        if d.role_names is not None:  # register naming the parser gives no role (RP2040 _LSB)
            n = max(n, sum(1 for s in f.symbols if d.role_names.match(s)))
        share = min(1.0, n / max(1, f.n_defs))
        if n >= d.roles.get("min_count", 20) and share >= d.roles.get("min_share", 0.3):
            chans["roles"] = (d.roles.get("weight", 2.5) + share, [f"{n}/{f.n_defs}"])
    if d.requires and not any(c in chans for c in d.requires):
        return 0.0, []
    if manufacturer in d.manufacturers:
        chans["manufacturer"] = (d.manufacturers[manufacturer], [manufacturer])
    score = sum(s for s, _ in chans.values())
    evidence = [f"{d.name}:{ch}:{h}" for ch, (_, hits) in chans.items() for h in hits[:2]]
    return score, evidence


def classify(
    f: FileFacts, tax: Taxonomy, manufacturer: str | None = None
) -> tuple[str, list[tuple[str, float]], list[str]]:
    """-> (primary domain, [(domain, score)] best first with shares summing to 1, evidence)."""
    raw: dict[str, float] = {tax.general: tax.floor}
    evidence: list[str] = []
    for d in tax.domains:
        if d.name == tax.general:
            continue
        s, ev = score_domain(d, f, manufacturer)
        if s > 0:
            raw[d.name] = s
            evidence += ev
    ranked = sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_score = ranked[0]
    primary = best if best_score >= tax.min_score else tax.general
    total = sum(raw.values())
    scores = [(n, round(s / total, 4)) for n, s in ranked]
    return primary, scores, evidence


def _compile(name: str, key: str, patterns: Any) -> re.Pattern | None:
    if patterns is None:
        return None
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise TaxonomyError(f"domain {name!r}: `{key}` must be a list of regexes")
    if not patterns:
        return None
    try:  # one named group per pattern: the path/text channels count distinct patterns
        return re.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(patterns)))
    except re.error as e:
        raise TaxonomyError(f"domain {name!r}: bad regex in `{key}`: {e}") from None


def _domain(name: str, spec: Any) -> Domain:
    spec = spec or {}
    if not isinstance(spec, dict):
        raise TaxonomyError(f"domain {name!r}: expected a mapping")
    unknown = set(spec) - _DOMAIN_KEYS
    if unknown:
        raise TaxonomyError(f"domain {name!r}: unknown keys {sorted(unknown)}")
    requires = tuple(spec.get("requires") or ())
    roles = dict(spec.get("roles") or {})
    bad = set(requires) - {*CHANNELS, "kinds", "roles"}
    if bad:
        raise TaxonomyError(f"domain {name!r}: `requires` names unknown channels {sorted(bad)}")
    try:
        return Domain(
            name=name,
            regexes={ch: _compile(name, ch, spec.get(ch)) for ch in CHANNELS},
            kinds={str(k): float(v) for k, v in (spec.get("kinds") or {}).items()},
            manufacturers={str(k): float(v) for k, v in (spec.get("manufacturers") or {}).items()},
            roles={str(k): float(v) for k, v in roles.items() if k != "names"},
            role_names=_compile(name, "roles.names", [roles["names"]])
            if "names" in roles
            else None,
            requires=requires,
            text_kinds=tuple(spec.get("text_kinds") or ()),
        )
    except (TypeError, ValueError, AttributeError) as e:
        raise TaxonomyError(f"domain {name!r}: {e}") from None


def _read(path: Path) -> dict:
    if not path.is_file():
        raise TaxonomyError(f"taxonomy not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise TaxonomyError(f"{path}: not valid YAML: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("domains", {}), dict):
        raise TaxonomyError(f"{path}: expected `domains:` as a mapping of name -> rules")
    return data


@lru_cache(maxsize=8)
def load_taxonomy(user: str = "") -> Taxonomy:
    """The bundled taxonomy, with the domains and settings of the `user` YAML (if any)
    added or replacing the bundled ones of the same name."""
    base = _read(BUNDLED)
    specs = dict(base["domains"])
    settings = {**_SETTINGS, **(base.get("settings") or {})}
    if user:
        extra = _read(Path(user))
        specs.update(extra.get("domains") or {})
        settings.update(extra.get("settings") or {})
    unknown = set(settings) - set(_SETTINGS)
    if unknown:
        raise TaxonomyError(f"unknown taxonomy settings {sorted(unknown)}")
    if settings["general"] not in specs:
        specs[settings["general"]] = {}
    return Taxonomy(
        domains=tuple(_domain(str(n), s) for n, s in specs.items()),
        general=str(settings["general"]),
        floor=float(settings["floor"]),
        min_score=float(settings["min_score"]),
    )
