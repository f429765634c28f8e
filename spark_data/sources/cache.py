"""The clone/extract cache and what materialising a source returns.

In: a cache entry folder `<work_dir>/<origin>/<key>` (key: a hash of what was fetched).
Out: `Materialized`, or `SourceError` when a source cannot be made available. An entry
is filled in a temporary sibling folder, its completion marker written last, then renamed
into place: a crashed fill is never mistaken for a complete one, and when two workers fill
the same entry at once, the first rename wins and the other's copy is dropped.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MARKER = "spark_complete.json"  # written last inside a cache entry, beside tree/


class SourceError(RuntimeError):
    """A source that could not be materialised; the message is shown in the sources report."""


@dataclass
class Materialized:
    root: str  # local folder to walk
    commit: str | None  # git commit of the content, if known
    origin: str  # dir | git | archive
    # Archive members not extracted, as (member name, reason); each becomes a files row.
    refused: list[tuple[str, str]] = field(default_factory=list)
    sha256: str | None = None  # archives: sha256 of the archive file


def read_marker(entry: Path) -> dict | None:
    """The completion marker of a cache entry, or None if the entry is absent/incomplete."""
    try:
        return json.loads((entry / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def new_entry(final: Path) -> Path:
    """A fresh temporary folder beside `final`, to be filled and then `publish`ed."""
    final.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".tmp-{final.name}-", dir=final.parent))


def publish(tmp: Path, final: Path, marker: dict) -> None:
    """Write the marker, then rename `tmp` to `final`; if another worker won, keep theirs."""
    (tmp / MARKER).write_text(json.dumps(marker, sort_keys=True), encoding="utf-8")
    if final.exists() and read_marker(final) is None:
        shutil.rmtree(final, ignore_errors=True)  # a stale entry from a crashed fill
    try:
        os.rename(tmp, final)
    except OSError:
        if read_marker(final) is None:
            raise
        shutil.rmtree(tmp, ignore_errors=True)  # a concurrent fill completed first
