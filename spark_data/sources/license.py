"""Licence identification: SPDX headers, licence notices, and a repository's LICENSE file.

In: decoded text (a file's header, or a LICENSE/COPYING file) or a repository root.
Out: an SPDX licence id/expression, or None when the text is not recognised. None means
"unknown" (NOASSERTION); nothing here guesses. The rules are phrase tests on lower-cased,
whitespace-collapsed text, ordered so that the more specific licence wins (LGPL before GPL,
BSD-3 before BSD-2).

    spdx_from_header("/* SPDX-License-Identifier: BSD-3-Clause */")  -> "BSD-3-Clause"
    classify_license_text(open("COPYING").read())                     -> "GPL-2.0-only"
    repo_license("/data/zephyr")                                      -> "Apache-2.0"
"""

from __future__ import annotations

import os
import re
import stat

HEADER_LINES = 50  # SPDX tags and licence notices are looked for in this many first lines
_HEADER_CHARS = 16 * 1024
_LICENSE_MAX_BYTES = 256 * 1024
# Root files looked at, in priority order; matched case-insensitively.
LICENSE_FILES = (
    "LICENSE",
    "LICENSE.txt",
    "LICENSE.md",
    "LICENCE",
    "LICENCE.txt",
    "COPYING",
    "COPYING.txt",
)

_SPDX_RE = re.compile(r"SPDX-License-Identifier:[ \t]*([^\r\n]*)")
# Where an expression ends: a comment closer, a trailing comment, a string quote.
_SPDX_END = re.compile(r"\*/|-->|\s#|\s//|[\"';,]")
_SPDX_CHARS = re.compile(r"[A-Za-z0-9.+\-() :]*")


def header(text: str, lines: int = HEADER_LINES) -> str:
    """The first `lines` lines of `text` (at most 16 Ki chars), without copying the rest."""
    end = 0
    for _ in range(lines):
        nl = text.find("\n", end, _HEADER_CHARS)
        if nl < 0:
            return text[:_HEADER_CHARS]
        end = nl + 1
    return text[:end]


def spdx_from_header(text: str) -> str | None:
    """The SPDX-License-Identifier expression in the first lines of `text`, or None."""
    m = _SPDX_RE.search(header(text))
    if not m:
        return None
    expr = _SPDX_END.split(m.group(1), maxsplit=1)[0]
    expr = " ".join(_SPDX_CHARS.match(expr).group(0).split()).strip(" :-")
    return expr or None


def _has(t: str, *phrases: str) -> bool:
    return all(p in t for p in phrases)


_GNU_NAME = re.compile(r"gnu (lesser|library)? ?general public license|\bgnu (l?)gpl\b")
# The title line of a full GNU licence text, e.g. "version 2, june 1991".
_GNU_TITLE = re.compile(r"general public license,? version [\d.]+, (\d+ )?[a-z]+ \d{4}")


def _gpl_family(t: str) -> str | None:
    """GPL/LGPL with version, named by the first GNU licence the text mentions (the GPL
    text itself mentions the LGPL, and the reverse); '-or-later' only for a notice that
    grants "any later version" (a full text's how-to-apply appendix always says it)."""
    m = _GNU_NAME.search(t)
    if not m:
        return None
    lesser = bool(m.group(1) or m.group(2))
    v = re.search(r"(?:version |v\.? ?)(2\.1|2|3)\b", t[m.start() :])
    if not v or (not lesser and v.group(1) == "2.1"):
        return None
    version = {"2": "2.0", "3": "3.0"}.get(v.group(1), v.group(1))
    full_text = bool(_GNU_TITLE.search(t[:1000]))
    later = "any later version" in t and not full_text
    return f"{'LGPL' if lesser else 'GPL'}-{version}-{'or-later' if later else 'only'}"


def _bsd_family(t: str) -> str | None:
    if "redistribution and use in source and binary forms" not in t:
        return None
    if "all advertising materials mentioning" in t:
        return "BSD-4-Clause"
    if "neither the name" in t or "endorse or promote products" in t:
        return "BSD-3-Clause"
    return "BSD-2-Clause"


_SIMPLE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Apache-2.0", ("apache license", "version 2.0")),
    ("MPL-2.0", ("mozilla public license", "2.0")),
    ("EPL-2.0", ("eclipse public license", "2.0")),
    ("EPL-1.0", ("eclipse public license", "1.0")),
    ("BSL-1.0", ("boost software license",)),
    ("Unlicense", ("free and unencumbered software released into the public domain",)),
    ("CC0-1.0", ("cc0 1.0",)),
    ("MIT", ("permission is hereby granted, free of charge", "above copyright notice")),
    ("ISC", ("permission to use, copy, modify, and", "for any purpose with or without fee")),
    ("Zlib", ("provided 'as-is'", "altered source versions must be plainly marked")),
    ("Zlib", ('provided "as-is"', "altered source versions must be plainly marked")),
)


def classify_license_text(text: str) -> str | None:
    """The SPDX id of a licence text or notice (LICENSE file, header comment), or None."""
    t = " ".join(text.lower().replace("*", " ").replace("#", " ").split())
    t = (
        t.replace("\u2018", "'")
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    for spdx, phrases in _SIMPLE_RULES[:5]:  # named licences first: they quote no others
        if _has(t, *phrases):
            return spdx
    gpl = _gpl_family(t)
    if gpl:
        return gpl
    for spdx, phrases in _SIMPLE_RULES[5:]:
        if _has(t, *phrases):
            return spdx
    return _bsd_family(t)


def license_from_header(text: str) -> tuple[str | None, str | None]:
    """(spdx, source) for a file: SPDX tag -> spdx_header, notice -> file_header, else None."""
    head = header(text)
    spdx = spdx_from_header(head)
    if spdx:
        return spdx, "spdx_header"
    notice = classify_license_text(head)
    return (notice, "file_header") if notice else (None, None)


def repo_license(root: str | os.PathLike) -> str | None:
    """The licence of the repository at `root`, from its LICENSE/COPYING file, or None.

    Only regular files are read (a LICENSE symlink or FIFO could point anywhere or block).
    """
    try:
        names = {n.lower(): n for n in os.listdir(root)}
    except OSError:
        return None
    for candidate in LICENSE_FILES:
        name = names.get(candidate.lower())
        if name is None:
            continue
        text = _read_regular(os.path.join(root, name))
        if text is None:
            continue
        found = spdx_from_header(text) or classify_license_text(text)
        if found:
            return found
    return None


def _read_regular(path: str) -> str | None:
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, "rb") as f:
            return f.read(_LICENSE_MAX_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
