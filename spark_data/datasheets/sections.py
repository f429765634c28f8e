"""The heading hierarchy of a PDF: from its outline, or from numbering and font sizes.

In: the outline (`doc.get_toc()`: [level, title, page]) or heading candidates found on the
pages (numbered lines set larger or bolder than the body text, `page_headings`), and the
pages' text. Out: SECTIONS rows: level, number, title, heading_path
("7 USART > 7.6 USART registers > 7.6.4 Control register 1"), page span, source and the
section's own text (from its heading to the next heading of any level).

    rows = build_sections(datasheet_id, toc, headings, page_texts)
"""

from __future__ import annotations

import re
from collections import Counter

from spark_data.schema import stable_id

_NUMBER = re.compile(r"^((?:\d{1,3}|[A-Z])(?:\.\d{1,3}){0,5})\.?\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){0,4})\.?\s+([A-Z][^\n]{2,90})$")


def split_number(title: str) -> tuple[str | None, str]:
    m = _NUMBER.match(title.strip())
    if m and (m.group(1)[0].isdigit() or "." in m.group(1)):
        return m.group(1), m.group(2).strip()
    return None, title.strip()


def page_headings(spans_by_line: list[tuple[str, float, bool]], page: int) -> list[dict]:
    """Heading candidates on one page from (line text, font size, bold) triples: numbered
    lines set at least as large as the body and larger or bold, or short unnumbered lines
    set much larger than the body."""
    if not spans_by_line:
        return []
    body = Counter(round(s) for t, s, _ in spans_by_line if len(t) > 30).most_common(1)
    body_size = body[0][0] if body else 10.0
    out = []
    for text, size, bold in spans_by_line:
        m = _NUMBERED.match(text)
        if m and size >= body_size - 0.5 and (size > body_size + 0.5 or bold):
            depth = m.group(1).count(".") + 1
            out.append(
                {"page": page, "title": text, "level": depth, "size": size, "src": "numbering"}
            )
        elif not m and len(text) < 60 and size >= body_size * 1.35 and re.match(r"[A-Z]", text):
            out.append({"page": page, "title": text, "level": 0, "size": size, "src": "font"})
    return out


def headings_from_candidates(cands: list[dict]) -> list[tuple[int, str, int, str]]:
    """(level, title, page, source) in reading order: numbered headings must increase
    (a stray "3.3 V" in a table does not), unnumbered ones get levels by size rank."""
    sizes = sorted({round(c["size"]) for c in cands if c["level"] == 0}, reverse=True)
    out: list[tuple[int, str, int, str]] = []
    last: tuple[int, ...] = ()
    for c in cands:
        if c["level"]:
            num = tuple(int(x) for x in split_number(c["title"])[0].split("."))
            if num <= last or (last and num[0] > last[0] + 3):
                continue
            last = num
            out.append((c["level"], c["title"], c["page"], c["src"]))
        else:
            out.append((1 + sizes.index(round(c["size"])), c["title"], c["page"], c["src"]))
    return out


def build_sections(
    datasheet_id: str,
    entries: list[tuple[int, str, int, str]],
    page_texts: dict[int, str],
) -> list[dict]:
    """SECTIONS rows from (level, title, page, source) entries in document order."""
    rows: list[dict] = []
    stack: list[dict] = []
    spans = _text_spans(entries, page_texts)
    last_page = max(page_texts, default=0)
    for k, (level, title, page, source) in enumerate(entries):
        level = max(1, level)
        number, bare = split_number(title)
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        path = " > ".join([*(s["_full"] for s in stack), title.strip()])
        sid = stable_id("section", datasheet_id, k, path)
        end = next((e[2] for e in entries[k + 1 :] if max(1, e[0]) <= level), last_page)
        row = {
            "datasheet_id": datasheet_id,
            "section_id": sid,
            "parent_id": parent["section_id"] if parent else None,
            "level": level,
            "number": number,
            "title": bare,
            "heading_path": path,
            "page_start": page if page > 0 else None,
            "page_end": max(page, end) if page > 0 else None,
            "source": source,
            "text": spans[k],
            "_full": title.strip(),
        }
        rows.append(row)
        stack.append(row)
    for r in rows:
        r.pop("_full", None)
    return rows


def _text_spans(entries: list, page_texts: dict[int, str]) -> list[str | None]:
    """Each section's own text: from where its title is found on its page to where the
    next entry's title is found (titles matched with any whitespace between words)."""
    pages = sorted(page_texts)
    offsets: list[tuple[int, int] | None] = []
    prev = (0, 0)
    for _, title, page, _ in entries:
        if page not in page_texts:
            offsets.append(None)
            continue
        words = [re.escape(w) for w in title.split()[:8]]
        pat = re.compile(r"\s+".join(words)) if words else None
        start = prev[1] if prev[0] == page else 0
        m = pat.search(page_texts[page], start) if pat else None
        pos = (page, m.start() if m else start)
        offsets.append(pos)
        prev = pos
    out: list[str | None] = []
    for k, pos in enumerate(offsets):
        if pos is None:
            out.append(None)
            continue
        nxt = next((o for o in offsets[k + 1 :] if o is not None), None)
        out.append(_slice(page_texts, pages, pos, nxt))
    return out


def _slice(page_texts: dict[int, str], pages: list[int], a: tuple, b: tuple | None) -> str:
    parts = []
    for p in pages:
        if p < a[0] or (b is not None and p > b[0]):
            continue
        t = page_texts[p]
        lo = a[1] if p == a[0] else 0
        hi = b[1] if b is not None and p == b[0] else len(t)
        parts.append(t[lo:hi])
    return "\n".join(parts).strip()


def section_at(sections: list[dict], page: int | None) -> str | None:
    """The deepest section whose span holds `page` (the last one starting on or before)."""
    best = None
    for s in sections:
        start, end = s["page_start"], s["page_end"]
        if start is not None and page is not None and start <= page <= (end or page):
            best = s["section_id"]
    return best
