"""The `attribution:` config section."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributionConfig:
    taxonomy: str = ""  # a domain taxonomy YAML; "" = the bundled one
    registry: str = ""  # a manufacturer registry file; "" = the bundled one
