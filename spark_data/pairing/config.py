"""The `pairing:` config section."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PairingConfig:
    min_score: float = 0.5  # links below this score are not written
