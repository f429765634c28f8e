"""The manufacturer registry: loaded from the bundled manufacturers.yaml (or a user file).

In: a YAML list of {name, aliases, prefixes, headers, macros} (see manufacturers.yaml).
Out: a `Registry` with the look-ups the attribution rules need:

- `match_part(token)`: the manufacturers whose longest matching part-number prefix starts
  the token (several when two vendors claim the same prefix: an ambiguity);
- `match_header(path)`: manufacturers whose header/path patterns match a path or #include;
- `match_macro(name)`: the manufacturer whose macro-name pattern starts a symbol name;
- `find_aliases(text, copyright_only)`: names and aliases mentioned in comment text;
- `resolve(name)`: a manifest hint ("Atmel", "ST") -> canonical name, or None.

    reg = load_registry()               # bundled; load_registry("my.yaml") for another file
    reg.match_part("STM32F411xE")       # PartMatch(names=("STMicroelectronics",), prefix="stm32", weak=False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

BUNDLED = Path(__file__).with_name("manufacturers.yaml")
_KEYS = {"name", "aliases", "prefixes", "headers", "macros"}
WEAK_DIGITS = 3  # a weak prefix needs this many digits right after it
SHORT_ALIAS = 5  # aliases shorter than this count only in copyright lines, case-sensitive


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the entry."""


class PartMatch(NamedTuple):
    names: tuple[str, ...]  # more than one: the same prefix is claimed by several vendors
    prefix: str
    weak: bool


@dataclass(frozen=True)
class Manufacturer:
    name: str
    aliases: tuple[str, ...]
    prefixes: tuple[str, ...]
    headers: tuple[str, ...]
    macros: tuple[str, ...]


class Registry:
    """Indexes over the manufacturers: prefix dict, combined regexes, alias table."""

    def __init__(self, manufacturers: list[Manufacturer]) -> None:
        self.manufacturers = tuple(manufacturers)
        self.names = tuple(m.name for m in manufacturers)
        self._prefixes: dict[str, tuple[list[str], bool]] = {}
        self._lookup: dict[str, str] = {}
        for m in manufacturers:
            self._lookup[_key(m.name)] = m.name
            for alias in m.aliases:
                self._lookup.setdefault(_key(alias), m.name)
            for raw in m.prefixes:
                weak = raw.endswith("~")
                p = raw.rstrip("~").replace("-", "").lower()
                names, was_weak = self._prefixes.get(p, ([], weak))
                if m.name not in names:
                    names.append(m.name)
                self._prefixes[p] = (names, was_weak and weak)
        self._max_prefix = max((len(p) for p in self._prefixes), default=0)
        self._headers = [
            (m.name, re.compile("|".join(f"(?:{h})" for h in m.headers)))
            for m in manufacturers
            if m.headers
        ]
        self._any_header = re.compile(
            "|".join(f"(?:{h})" for m in manufacturers for h in m.headers)
        )
        self._macro_names: list[str] = []
        groups = []
        for m in manufacturers:
            if m.macros:
                groups.append(f"(?P<m{len(self._macro_names)}>{'|'.join(m.macros)})")
                self._macro_names.append(m.name)
        self._macros = re.compile("|".join(groups)) if groups else None
        self._long_aliases, self._short_aliases = _alias_regexes(manufacturers)

    def __len__(self) -> int:
        return len(self.manufacturers)

    def resolve(self, name: str | None) -> str | None:
        """A hint or alias -> the canonical name (case and punctuation ignored)."""
        return self._lookup.get(_key(name)) if name else None

    def match_part(self, token: str) -> PartMatch | None:
        """The longest registered prefix that starts `token` under the context rules."""
        t = token.replace("-", "").lower()
        for n in range(min(len(t), self._max_prefix), 1, -1):
            hit = self._prefixes.get(t[:n])
            if hit is None:
                continue
            names, weak = hit
            rest = t[n:]
            if weak and not (len(rest) >= WEAK_DIGITS and rest[:WEAK_DIGITS].isdigit()):
                continue
            if t[n - 1].isalpha() and not (rest[:1].isdigit()):
                continue  # STM32F + "xx": a letter-ending prefix needs a digit after it
            return PartMatch(tuple(names), t[:n], weak)
        return None

    def match_header(self, path: str) -> list[str]:
        """Manufacturers whose path/#include patterns match (lower-cased) `path`."""
        p = path.lower()
        if not self._any_header.search(p):
            return []
        return [name for name, rx in self._headers if rx.search(p)]

    def match_macro(self, name: str) -> str | None:
        if self._macros is None:
            return None
        m = self._macros.match(name)
        return self._macro_names[int(m.lastgroup[1:])] if m and m.lastgroup else None

    def find_aliases(self, text: str, copyright_line: bool) -> list[str]:
        """Canonical names of the manufacturers named in `text` (one comment line)."""
        out = [self._lookup[_key(m.group(0))] for m in self._long_aliases.finditer(text)]
        if copyright_line:
            out += [self._lookup[_key(m.group(0))] for m in self._short_aliases.finditer(text)]
        return out


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def _alias_regexes(manufacturers: list[Manufacturer]) -> tuple[re.Pattern, re.Pattern]:
    """Long names/aliases (case-insensitive, anywhere in comments) and short ones such as
    NXP, ADI, TI (case-sensitive, copyright lines only: "ST" or "TI" are ordinary words)."""
    words = {w for m in manufacturers for w in (m.name, *m.aliases)}
    long_ = sorted((w for w in words if len(w) >= SHORT_ALIAS), key=len, reverse=True)
    short = sorted((w for w in words if 2 < len(w) < SHORT_ALIAS), key=len, reverse=True)

    def rx(ws: list[str], flags: int) -> re.Pattern:
        body = "|".join(re.escape(w) for w in ws) or "(?!)"
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)

    return rx(long_, re.IGNORECASE), rx(short, 0)


def parse_registry(data: object, where: str) -> list[Manufacturer]:
    """Validate the YAML data of a registry file; RegistryError names the bad entry."""
    if not isinstance(data, list) or not data:
        raise RegistryError(f"{where}: expected a non-empty list of manufacturers")
    out, seen = [], set()
    for i, entry in enumerate(data):
        label = f"{where}: entry {i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise RegistryError(f"{label}: each entry needs a string `name`")
        label = f"{label} ({entry['name']!r})"
        unknown = set(entry) - _KEYS
        if unknown:
            raise RegistryError(f"{label}: unknown keys {sorted(unknown)}")
        if _key(entry["name"]) in seen:
            raise RegistryError(f"{label}: duplicate name")
        seen.add(_key(entry["name"]))
        lists = {}
        for k in ("aliases", "prefixes", "headers", "macros"):
            v = entry.get(k) or []
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                raise RegistryError(f"{label}: `{k}` must be a list of strings")
            lists[k] = tuple(v)
        for pattern in lists["headers"] + lists["macros"]:
            try:
                re.compile(pattern)
            except re.error as e:
                raise RegistryError(f"{label}: bad pattern {pattern!r}: {e}") from None
        out.append(Manufacturer(name=entry["name"], **lists))
    return out


@lru_cache(maxsize=8)
def load_registry(path: str = "") -> Registry:
    """The registry at `path` ("" = the bundled manufacturers.yaml); cached per path."""
    p = Path(path) if path else BUNDLED
    if not p.is_file():
        raise RegistryError(f"manufacturer registry not found: {p}")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise RegistryError(f"{p}: not valid YAML: {e}") from None
    return Registry(parse_registry(data, str(p)))
