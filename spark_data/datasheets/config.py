"""The `datasheets:` config section (PDF and SVD parsing)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatasheetsConfig:
    pages_per_task: int = 100  # a large manual is split into page ranges of this size
    ocr: bool = False  # OCR pages without a text layer (needs tesseract); off by default
