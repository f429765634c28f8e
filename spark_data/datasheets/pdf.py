"""One PDF (or one page range of it) -> a DATASHEETS row, SECTIONS rows and REGISTERS rows.

In: a path, its datasheet_id (= the sources row's source_id), `DatasheetsConfig`.
Out: `read_pdf(...)` -> {"datasheet": row, "sections": [rows], "registers": [rows]}. It
never raises for bad input: the row's status is one of schema.DATASHEET_STATUSES with
`error` saying why (not_pdf, encrypted, zero_pages, truncated, no_text_layer, error).

The work is split so a large manual runs on many workers: `probe_pdf` (status, page
count), `extract_range` (text, heading candidates and registers of pages first..last) and
`assemble` (one datasheet from its ranges: sections, merged registers, status). The phase
(spark_data.datasheets.phase) runs them on Ray; `read_pdf` runs them in-process.

    from spark_data.datasheets.config import DatasheetsConfig
    out = read_pdf("rm0383.pdf", "ds1", DatasheetsConfig())

Fault injection (for the worker-crash test): when the environment variable
SPARK_PDF_CRASH is set and is a substring of the path, `extract_range` ends its process
with os._exit(1), as a crash inside the PDF library would.
"""

from __future__ import annotations

import os
import shutil

from spark_data.datasheets import detect
from spark_data.datasheets.config import DatasheetsConfig
from spark_data.datasheets.registers import merge_registers, page_registers
from spark_data.datasheets.sections import (
    build_sections,
    headings_from_candidates,
    page_headings,
    section_at,
)
from spark_data.schema import stable_id

CRASH_ENV = "SPARK_PDF_CRASH"


def _pymupdf():
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)  # damage is reported in the status instead
    return pymupdf


def probe_pdf(path: str) -> dict:
    """Status, page count, outline and metadata title of a PDF, without reading pages."""
    info = {"status": "ok", "error": None, "page_count": 0, "toc": [], "meta_title": None}
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
            f.seek(max(0, os.path.getsize(path) - 2048))
            tail = f.read()
    except OSError as e:
        return {**info, "status": "error", "error": f"unreadable: {e}"}
    if b"%PDF-" not in head:
        return {**info, "status": "not_pdf", "error": "no %PDF- header in the first 1024 bytes"}
    try:
        doc = _pymupdf().open(path)
    except Exception as e:  # noqa: BLE001 - any library failure is a recorded status
        status = "truncated" if b"%%EOF" not in tail else "error"
        return {**info, "status": status, "error": f"cannot open: {e}"}
    with doc:
        if doc.needs_pass and not doc.authenticate(""):
            return {**info, "status": "encrypted", "error": "password required"}
        info["page_count"] = doc.page_count
        info["meta_title"] = (doc.metadata or {}).get("title")
        info["toc"] = _safe_toc(doc)
        # A file cut short opens only after MuPDF rebuilds its cross-reference table.
        info["repaired"] = bool(doc.is_repaired) and b"%%EOF" not in tail
    if info["page_count"] == 0:
        return {**info, "status": "zero_pages", "error": "the document has no pages"}
    return info


def _safe_toc(doc) -> list:
    try:
        return [list(e[:3]) for e in doc.get_toc(simple=True)]
    except Exception:  # noqa: BLE001 - a broken outline is as good as none
        return []


def plan_ranges(page_count: int, pages_per_task: int) -> list[tuple[int, int]]:
    """1-based inclusive page ranges of at most pages_per_task pages."""
    step = max(1, pages_per_task)
    return [(a, min(a + step - 1, page_count)) for a in range(1, page_count + 1, step)]


def extract_range(path: str, first: int, last: int, cfg: DatasheetsConfig, outline: bool) -> dict:
    """Pages first..last (1-based, inclusive): text, heading candidates (when the PDF has
    no outline), registers and orphan fields per page, and the pages that failed."""
    crash = os.environ.get(CRASH_ENV)
    if crash and crash in path:
        os._exit(1)
    out: dict = {"pages": [], "registers": [], "orphans": [], "failed": [], "table_pages": 0}
    try:
        doc = _pymupdf().open(path)
    except Exception as e:  # noqa: BLE001
        out["failed"] = list(range(first, last + 1))
        out["error"] = f"cannot open: {e}"
        return out
    state: dict = {}
    with doc:
        for pno in range(first, min(last, doc.page_count) + 1):
            try:
                _read_page(doc.load_page(pno - 1), pno, cfg, outline, state, out)
            except Exception:  # noqa: BLE001 - a damaged page is counted, not fatal
                out["failed"].append(pno)
    return out


def _read_page(page, pno: int, cfg: DatasheetsConfig, outline: bool, state: dict, out: dict):
    # One text page serves the plain text, the word boxes and the styled lines: the
    # content stream is interpreted once.
    tp = page.get_textpage(flags=_pymupdf().TEXTFLAGS_TEXT)  # no images decoded
    text = page.get_text(textpage=tp)
    ocr = False
    if len(text.strip()) < cfg.min_chars_per_page and cfg.ocr and shutil.which("tesseract"):
        tp = page.get_textpage_ocr(full=True)
        text, ocr = page.get_text(textpage=tp), True
    heads = [] if outline else page_headings(_styled_lines(page, tp), pno)
    regs, orphans, ran = page_registers(text, lambda: page.get_text("words", textpage=tp), state)
    for r in regs:
        r["page"] = pno
    out["table_pages"] += ran
    out["pages"].append({"page": pno, "text": text, "headings": heads, "ocr": ocr})
    out["registers"].extend(regs)
    out["orphans"].extend({**f, "page": pno} for f in orphans)


def _styled_lines(page, tp) -> list[tuple[str, float, bool]]:
    """(text, largest size, bold) per line, for heading detection without an outline."""
    out = []
    for block in page.get_text("dict", textpage=tp)["blocks"]:
        for line in block.get("lines", []):
            spans = [s for s in line["spans"] if s["text"].strip()]
            if not spans:
                continue
            text = " ".join(s["text"].strip() for s in spans)
            size = max(s["size"] for s in spans)
            bold = all(s["flags"] & 16 or "Bold" in s["font"] for s in spans)
            out.append((text, size, bold))
    return _join_number_lines(out)


def _join_number_lines(lines: list[tuple[str, float, bool]]) -> list[tuple[str, float, bool]]:
    # Some layouts set "5.4.1" and its title as separate lines of the same size.
    out: list[tuple[str, float, bool]] = []
    for t, s, b in lines:
        if out and out[-1][0].replace(".", "").isdigit() and abs(out[-1][1] - s) < 0.6:
            out[-1] = (out[-1][0] + " " + t, s, b and out[-1][2])
        else:
            out.append((t, s, b))
    return out


def read_pdf(
    path: str,
    datasheet_id: str,
    cfg: DatasheetsConfig,
    pages: tuple[int, int] | None = None,
    source: dict | None = None,
) -> dict:
    """The datasheet, sections and registers of one PDF (or of pages first..last)."""
    probe = probe_pdf(path)
    parts = []
    if probe["status"] == "ok":
        first, last = pages or (1, probe["page_count"])
        outline = bool(probe["toc"])
        parts.append(extract_range(path, first, min(last, probe["page_count"]), cfg, outline))
    return assemble(datasheet_id, path, probe, parts, cfg, source or {})


def assemble(
    datasheet_id: str,
    path: str,
    probe: dict,
    parts: list[dict],
    cfg: DatasheetsConfig,
    source: dict,
    lost: list[tuple[int, int]] = (),
) -> dict:
    """One datasheet from its range results (any order). `lost`: ranges whose worker
    died after Ray's retries (the datasheet is then parser_crash, the rest kept)."""
    pages = sorted((p for part in parts for p in part["pages"]), key=lambda p: p["page"])
    failed = sorted(f for part in parts for f in part["failed"])
    texts = {p["page"]: p["text"] for p in pages}
    entries = _entries(probe, pages)
    sections = build_sections(datasheet_id, entries, texts)
    regs = _registers(parts)
    head = "\n".join(texts[p] for p in sorted(texts)[:2])
    title = detect.pick_title(probe.get("meta_title"), texts.get(1, head))
    parts_found = detect.detect_parts(title or "", head)
    sample = "\n".join(texts[p] for p in sorted(texts)[:12])
    status, error = _status(probe, texts, failed, lost, cfg)
    reg_rows = [
        _register_row(datasheet_id, r, k, parts_found, sections) for k, r in enumerate(regs)
    ]
    row = {
        "datasheet_id": datasheet_id,
        "kind": "pdf",
        "path": path,
        "sha256": source.get("sha256"),
        "bytes": source.get("bytes") if source.get("bytes") is not None else _size(path),
        "title": title,
        "parts": parts_found,
        "manufacturer": detect.detect_manufacturer(head, source.get("manufacturer")),
        "pages": probe.get("page_count") or 0,
        "language": detect.guess_language(sample),
        "status": status,
        "error": error,
        "has_outline": bool(probe.get("toc")),
        "n_sections": len(sections),
        "n_registers": len(reg_rows),
        "table_pages": sum(part["table_pages"] for part in parts),
    }
    return {"datasheet": row, "sections": sections, "registers": reg_rows}


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def _entries(probe: dict, pages: list[dict]) -> list[tuple[int, str, int, str]]:
    if probe.get("toc"):
        return [(lvl, title, page, "outline") for lvl, title, page in probe["toc"]]
    cands = [h for p in pages for h in p["headings"]]
    return headings_from_candidates(cands)


def _registers(parts: list[dict]) -> list[dict]:
    regs = sorted((r for part in parts for r in part["registers"]), key=lambda r: r["page"])
    # Fields at the top of a page continue the last table register of an earlier page.
    for f in sorted((f for part in parts for f in part["orphans"]), key=lambda f: f["page"]):
        before = [r for r in regs if r["page"] < f["page"] and r["method"] == "table"]
        if before:
            page = f.pop("page")
            if all(x["name"] != f["name"] for x in before[-1]["fields"]):
                before[-1]["fields"].append(f)
            f["page"] = page
    return merge_registers(regs)


def _status(
    probe: dict, texts: dict, failed: list, lost, cfg: DatasheetsConfig
) -> tuple[str, str | None]:
    if probe["status"] != "ok":
        return probe["status"], probe["error"]
    if lost:
        spans = ", ".join(f"{a}-{b}" for a, b in lost)
        return "parser_crash", f"pages {spans}: the worker crashed (after Ray's retries)"
    n = probe["page_count"]
    chars = sum(len(t.strip()) for t in texts.values())
    if failed or probe.get("repaired"):
        msg = f"{len(failed)} of {n} pages unreadable" if failed else "cross-references rebuilt"
        if texts and chars < cfg.min_chars_per_page * max(1, len(texts)):
            msg += f"; the {len(texts)} readable pages hold no text"
        return "truncated", f"damaged or incomplete file: {msg}"
    if chars < cfg.min_chars_per_page * max(1, len(texts)):
        why = "no extractable text"
        if cfg.ocr and not shutil.which("tesseract"):
            why += " (OCR enabled but tesseract is not installed)"
        return "no_text_layer", why
    return "ok", None


def _register_row(
    datasheet_id: str, r: dict, k: int, parts: list[str], sections: list[dict]
) -> dict:
    return {
        "register_id": stable_id("register", datasheet_id, r["page"], r["name"], r["address"], k),
        "source_id": datasheet_id,
        "source_kind": "pdf",
        "device": parts[0] if parts else None,
        "peripheral": r.get("peripheral"),
        "name": r["name"],
        "address": r["address"] if r["address"] is not None else r.get("alt_address"),
        "offset": r.get("offset"),
        "size": r.get("size"),
        "reset": r.get("reset"),
        "access": r.get("access"),
        "description": r.get("description"),
        "fields": r["fields"],
        "page": r["page"],
        "section_id": section_at(sections, r["page"]),
        "method": r["method"],
    }
