"""The `datasheets:` config section (PDF and SVD parsing)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatasheetsConfig:
    pages_per_task: int = 100  # a large manual is split into page ranges of this size
    ocr: bool = False  # OCR pages without a text layer (needs tesseract); off by default
    # Fewer characters than this per page on average (or on a page, for OCR) = no text layer.
    min_chars_per_page: int = 20
    # Retries of a page range whose worker died (a crash inside the PDF library) before the
    # range is given up and its datasheet recorded as parser_crash.
    max_task_retries: int = 2
