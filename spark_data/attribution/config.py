"""The `attribution:` config section."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributionConfig:
    taxonomy: str = ""  # a domain taxonomy YAML that adds/overrides domains; "" = bundled only
    registry: str = ""  # a manufacturer registry file; "" = the bundled one
    hint_weight: float = 3.0  # a manifest `manufacturer:` hint, per file (strong, not final)
    repo_hint_share: float = 0.5  # the same hint at repository level (scores there are shares)
    min_score: float = 1.0  # below this a file's best manufacturer is `unknown` (weak evidence)
    ambiguity_ratio: float = 0.8  # runner-up >= ratio x best: `unknown`, both kept with scores
    repo_min_share: float = 0.05  # a repository lists candidates with at least this share
    text_bytes: int = 32768  # the head of each file scanned for includes and comments
    max_symbols: int = 4000  # symbol names per file the rules look at
    batch_size: int = 64  # files per attribution batch
