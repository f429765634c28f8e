"""The `dedup:` config section."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DedupConfig:
    threshold: float = 0.8  # Jaccard similarity for near duplicates
    num_perm: int = 128
    shingle: int = 5  # code-token n-grams
