"""Manufacturer attribution of one file, and of a repository from its files.

In: a file's path, kind, text and symbols (names, values, register roles), the repository's
manifest hint, the `Registry` and `AttributionConfig`. Out: scores per manufacturer with the
evidence behind each, and a decision: a manufacturer, or `unknown` with a reason.

Evidence channels, per manufacturer (each capped, so one channel cannot drown the others):

    path      part numbers in the path (stm32f4xx_hal.c), header patterns   2.0 / hit, cap 4
    include   #include targets: part numbers and header patterns            1.5 / hit, cap 4.5
    symbol    macro-name patterns (NRF_, __AVR_), part numbers in names      0.5 / hit, cap 3
    value     part numbers in macro values                                   0.25 / hit, cap 1
    comment   names/aliases in copyright lines (2.0) and comments (0.5),
              part numbers in comments (0.5)                                 cap 3
    hint      the manifest's `manufacturer:` (resolved through aliases)      cfg.hint_weight

Part numbers match the registry's longest prefix (registry.match_part). A token claimed by
two manufacturers with the same prefix (PCA9685: NXP and Nexperia) gives each half its
weight and an `ambiguous_part:` evidence string. Decision (`decide`): no evidence ->
unknown `no_evidence_v1`; best below cfg.min_score -> `weak_evidence_v1`; runner-up at
least cfg.ambiguity_ratio of the best -> `ambiguous_v1: A|B` (both stay in the scored
list); else the best, its score the share of all evidence.

    facts, comments = extract_facts(path, kind, text, names, n_role, n_defs, cfg)
    scores, evidence, hardware = file_scores(facts, comments, values, reg, cfg)
    name, score, ranked, reason = decide(scores, cfg.min_score, cfg.ambiguity_ratio)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spark_data.attribution.config import AttributionConfig
from spark_data.attribution.domain import FileFacts
from spark_data.attribution.registry import Registry

UNKNOWN = "unknown"
NO_EVIDENCE = "no_evidence_v1"
WEAK = "weak_evidence_v1"
AMBIGUOUS = "ambiguous_v1"
_CHANNELS = {  # weight per hit, cap per manufacturer
    "path": (2.0, 4.0),
    "include": (1.5, 4.5),
    "symbol": (0.5, 3.0),
    "value": (0.25, 1.0),
    "comment": (0.5, 3.0),
    "copyright": (2.0, 3.0),
}
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_INCLUDE = re.compile(r"^[ \t]*[#.]\s*include\s*[<\"]([^>\"\n]+)[>\"]", re.M)
_COMMENT = re.compile(r"^\s*(?://|/\*|\*|#(?!\s*(?:include|define|if|else|end|undef))|;|@|--)")
_COPYRIGHT = re.compile(r"copyright|\(c\)|©", re.I)


def part_tokens(text: str) -> Iterable[str]:
    """Alphanumeric runs (hyphens joining) with at least one letter and one digit."""
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        if any(c.isdigit() for c in t) and any(c.isalpha() for c in t):
            yield t


def extract_facts(
    path: str,
    kind: str,
    text: str | None,
    names: Iterable[str],
    n_role: int,
    n_defs: int,
    cfg: AttributionConfig,
) -> tuple[FileFacts, list[str]]:
    """The facts both rule sets read, and the comment lines of the file's head."""
    head = (text or "")[: cfg.text_bytes]
    includes = tuple(dict.fromkeys(m.group(1).strip() for m in _INCLUDE.finditer(head)))
    comments = [ln for ln in head.splitlines() if _COMMENT.match(ln) or "/*" in ln or "//" in ln]
    symbols = tuple(dict.fromkeys(n for n in names if n))[: cfg.max_symbols]
    facts = FileFacts(path, kind, includes, symbols, head, n_role, n_defs)
    return facts, comments


class _Tally:
    """Evidence per (manufacturer, channel), capped when summed."""

    def __init__(self, reg: Registry) -> None:
        self.reg = reg
        self.hits: dict[tuple[str, str], float] = {}
        self.evidence: list[str] = []
        self.seen: set[tuple[str, str]] = set()

    def add(self, name: str, channel: str, what: str, share: float = 1.0) -> None:
        if (channel, what.lower()) in self.seen and share == 1.0:
            return
        self.seen.add((channel, what.lower()))
        key = (name, channel)
        self.hits[key] = self.hits.get(key, 0.0) + _CHANNELS[channel][0] * share
        if len(self.evidence) < 40:
            self.evidence.append(f"{channel}:{what}")

    def parts(self, channel: str, text: str) -> None:
        for tok in part_tokens(text):
            m = self.reg.match_part(tok)
            if m is None:
                continue
            if len(m.names) > 1:
                self.add_ambiguous(channel, tok, m.names)
                continue
            self.add(m.names[0], channel, tok, 0.25 if m.weak else 1.0)

    def add_ambiguous(self, channel: str, tok: str, names: tuple[str, ...]) -> None:
        if (channel, tok.lower()) in self.seen:
            return
        self.seen.add((channel, tok.lower()))
        for n in names:
            key = (n, channel)
            self.hits[key] = self.hits.get(key, 0.0) + _CHANNELS[channel][0] / len(names)
        self.evidence.append(f"ambiguous_part:{tok}={'|'.join(names)}")

    def hardware(self) -> set[str]:
        """Manufacturers named by code (path, include, symbol, value), not only by prose."""
        return {n for (n, ch) in self.hits if ch not in ("comment", "copyright")}

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for (name, channel), s in self.hits.items():
            out[name] = out.get(name, 0.0) + min(s, _CHANNELS[channel][1])
        return out


def file_scores(
    facts: FileFacts,
    comments: list[str],
    values: Iterable[str],
    reg: Registry,
    cfg: AttributionConfig,
) -> tuple[dict[str, float], list[str], set[str]]:
    """Evidence scores per manufacturer from the file itself, and the manufacturers named
    by code rather than comments (only those vote for the repository: a copyright line of
    a software company is no hardware target). The hint is added by `with_hint`."""
    t = _Tally(reg)
    t.parts("path", facts.path)
    for name in reg.match_header(facts.path):
        t.add(name, "path", facts.path)
    for inc in facts.includes:
        t.parts("include", inc)
        for name in reg.match_header(inc):
            t.add(name, "include", inc)
    for sym in facts.symbols:
        owner = reg.match_macro(sym)
        if owner:
            t.add(owner, "symbol", sym)
        t.parts("symbol", sym.replace("_", " "))
    for v in values:
        t.parts("value", v)
    for line in comments:
        copyright_line = bool(_COPYRIGHT.search(line))
        for name in reg.find_aliases(line, copyright_line):
            t.add(name, "copyright" if copyright_line else "comment", name)
        t.parts("comment", line)
    return t.scores(), t.evidence, t.hardware()


def with_hint(
    scores: dict[str, float], evidence: list[str], hint: str | None, reg: Registry, weight: float
) -> tuple[dict[str, float], list[str]]:
    """Add the manifest hint; an unresolvable hint is recorded, not trusted."""
    if not hint:
        return scores, evidence
    name = reg.resolve(hint)
    if name is None:
        return scores, [*evidence, f"hint_unresolved:{hint}"]
    out = dict(scores)
    out[name] = out.get(name, 0.0) + weight
    return out, [*evidence, f"hint:{name}"]


def decide(
    scores: dict[str, float], min_score: float, ambiguity_ratio: float
) -> tuple[str, float, list[tuple[str, float]], str | None]:
    """-> (manufacturer or unknown, its share, [(name, share)] best first, reason)."""
    ranked = sorted(((n, s) for n, s in scores.items() if s > 0), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return UNKNOWN, 0.0, [], NO_EVIDENCE
    total = sum(s for _, s in ranked)
    shares = [(n, round(s / total, 4)) for n, s in ranked]
    best, best_score = ranked[0]
    if best_score < min_score:
        return UNKNOWN, 0.0, shares, f"{WEAK}: best {best} {best_score:.2f} < {min_score}"
    if len(ranked) > 1 and ranked[1][1] >= ambiguity_ratio * best_score:
        return UNKNOWN, 0.0, shares, f"{AMBIGUOUS}: {best}|{ranked[1][0]}"
    return best, shares[0][1], shares, None


def repo_decision(
    votes: list[dict[str, float]],
    hint: str | None,
    reg: Registry,
    cfg: AttributionConfig,
) -> tuple[str, float, list[tuple[str, float]], str | None, list[str]]:
    """A repository from its files' evidence: each file with evidence casts one vote,
    split by its shares; the hint adds cfg.repo_hint_share. Candidates below
    cfg.repo_min_share are dropped; then the same decision as for a file."""
    total: dict[str, float] = {}
    n = 0
    for v in votes:
        s = sum(v.values())
        if s <= 0:
            continue
        n += 1
        for name, x in v.items():
            total[name] = total.get(name, 0.0) + x / s
    shares = {k: v / n for k, v in total.items()} if n else {}
    shares, evidence = with_hint(
        shares, [f"files_with_evidence:{n}"], hint, reg, cfg.repo_hint_share
    )
    kept = {k: v for k, v in shares.items() if v >= cfg.repo_min_share}
    name, _, ranked, reason = decide(kept, cfg.repo_min_share, cfg.ambiguity_ratio)
    score = round(kept.get(name, 0.0), 4)
    ranked = [(k, round(kept[k], 4)) for k, _ in ranked]
    return name, score, ranked, reason, evidence
