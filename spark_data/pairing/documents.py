"""Pair documents: a datasheet section (text and register table) next to the code that
implements it, with provenance (row helpers, no Ray).

    snippets(text, evidence, context)       -> [(start, end, lines)] around use/def sites
    snippet_rows(joined_batch, cfg)         -> SNIPPETS rows (one per linked file)
    assemble_code(rows, cfg)                -> one CODE row per (repo, datasheet, section)
    register_table(registers)               -> the register table as text
    section_rows(registers_of_one_section)  -> one SECTION_INFO row
    pair_row(row, meta, cfg)                -> one `schema.PAIRS` row

Provenance strings: "pdf:<file>#page=12" (or "svd:<file>#peripheral=USART") for the spec,
"<repo>@<commit>:<path>:L10-L42" for each code snippet. The document layout comes from
`pairing.template` and `pairing.snippet_template` (see config.py for the fields).
"""

from __future__ import annotations

import posixpath
import re

import pyarrow as pa

from spark_data.pairing.config import PairingConfig
from spark_data.schema import stable_id

SNIPPETS = pa.schema(
    [
        ("repo", pa.string()),
        ("datasheet_id", pa.string()),
        ("section_key", pa.string()),
        ("file_id", pa.string()),
        ("score", pa.float64()),
        ("provenance", pa.string()),
        ("snippet", pa.large_string()),
        ("split", pa.string()),
        ("domain", pa.string()),
    ]
)
SNIPPET = pa.struct(
    [("provenance", pa.string()), ("snippet", pa.large_string()), ("score", pa.float64())]
)
CODE = pa.schema(
    [
        ("repo", pa.string()),
        ("datasheet_id", pa.string()),
        ("section_key", pa.string()),
        ("snippets", pa.list_(SNIPPET)),
        ("score", pa.float64()),
        ("split", pa.string()),
        ("domain", pa.string()),
    ]
)
SECTION_INFO = pa.schema(
    [
        ("datasheet_id", pa.string()),
        ("section_key", pa.string()),
        ("register_table", pa.large_string()),
        ("n_registers", pa.int64()),
        ("page", pa.int32()),
    ]
)
_SITE = re.compile(r"^(use|def):([^:]+):L(\d+)$")


def snippets(text: str, evidence: list[str], context: int, limit: int = 8) -> list[tuple]:
    """Line windows (1-based start, end, text) around the use and definition sites named
    in a file link's evidence; overlapping windows are merged."""
    lines = (text or "").splitlines()
    sites = sorted({int(m.group(3)) for e in evidence if (m := _SITE.match(e))})
    windows: list[list[int]] = []
    for line in sites:
        lo, hi = max(1, line - context), min(len(lines), line + context)
        if windows and lo <= windows[-1][1] + 1:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi, "\n".join(lines[lo - 1 : hi])) for lo, hi in windows[:limit] if hi >= lo]


def snippet_rows(batch: pa.Table, cfg: PairingConfig) -> pa.Table:
    """File links (code_name = path) joined with their file's commit, text, split[, domain]."""
    rows = []
    has_domain = "domain" in batch.column_names
    for r in batch.to_pylist():
        parts = snippets(r["text"], r["evidence"] or [], cfg.snippet_context_lines)
        for lo, hi, body in parts:
            rows.append(
                {
                    "repo": r["repo"],
                    "datasheet_id": r["datasheet_id"],
                    "section_key": r["spec_item"],
                    "file_id": r["code_item"],
                    "score": r["score"],
                    "provenance": f"{r['repo']}@{r['commit'] or 'HEAD'}:{r['code_name']}:L{lo}-L{hi}",
                    "snippet": body,
                    "split": r["split"],
                    "domain": r["domain"] if has_domain else None,
                }
            )
    return pa.Table.from_pylist(rows, schema=SNIPPETS)


def assemble_code(rows: list[dict], cfg: PairingConfig) -> dict:
    """The code part of one document: the best files' snippets, best first."""
    rows = sorted(rows, key=lambda r: (-r["score"], r["provenance"]))[: cfg.max_snippets]
    top = rows[0]
    return {
        "repo": top["repo"],
        "datasheet_id": top["datasheet_id"],
        "section_key": top["section_key"],
        "snippets": [
            {"provenance": r["provenance"], "snippet": r["snippet"], "score": r["score"]}
            for r in rows
        ],
        "score": top["score"],
        "split": top["split"],
        "domain": top["domain"],
    }


def _hex(v: int | None) -> str:
    return "-" if v is None else f"{v:#x}"


def register_table(registers: list[dict]) -> str:
    """One line per register (name, address, offset, reset, access, description), fields
    beneath; instances of one peripheral type (USART1, USART2) are listed once."""
    out, seen = [], {}
    for r in sorted(registers, key=lambda r: (r.get("address") or 0, r.get("name") or "")):
        if r.get("name") in seen:
            seen[r["name"]].append(r.get("peripheral") or "")
            continue
        seen[r.get("name")] = []
        name = f"{r['peripheral']}.{r['name']}" if r.get("peripheral") else r.get("name")
        desc = (r.get("description") or "").replace("\n", " ")[:100]
        out.append(
            f" *   {name}  address {_hex(r.get('address'))}  offset {_hex(r.get('offset'))}"
            f"  reset {_hex(r.get('reset'))}  {r.get('access') or ''}  {desc}".rstrip()
        )
        for f in sorted(r.get("fields") or [], key=lambda f: -(f.get("bit_offset") or 0)):
            lo, width = f.get("bit_offset") or 0, f.get("bit_width") or 1
            bits = f"[{lo + width - 1}:{lo}]" if width > 1 else f"[{lo}]"
            fdesc = (f.get("description") or "").replace("\n", " ")[:80]
            out.append(f" *     {bits} {f.get('name')}  {fdesc}".rstrip())
    others = sorted({p for ps in seen.values() for p in ps if p})
    if others:
        out.append(f" *   (the same registers in {', '.join(others)})")
    return "\n".join(out)


def section_rows(registers: list[dict]) -> dict:
    pages = [r["page"] for r in registers if r.get("page")]
    return {
        "datasheet_id": registers[0]["source_id"],
        "section_key": registers[0]["section_key"],
        "register_table": register_table(registers),
        "n_registers": len(registers),
        "page": min(pages) if pages else None,
    }


def _commented(text: str) -> str:
    return "\n".join(" * " + line.rstrip() for line in (text or "").strip().splitlines())


def spec_provenance(meta: dict, row: dict) -> str:
    name = posixpath.basename(meta.get("path") or row["datasheet_id"])
    if meta.get("kind") == "svd":
        return f"svd:{name}#peripheral={row['section_key'].split(':', 1)[-1]}"
    page = row.get("page_start") or row.get("page")
    return f"pdf:{name}#page={page}" if page else f"pdf:{name}"


def pair_row(row: dict, meta: dict, cfg: PairingConfig) -> dict:
    """A joined (code, section info, section) row -> one PAIRS row. With the re-ranker on,
    the model's scores reorder the snippets first (rerank.py)."""
    title = row.get("title") or row["section_key"].split(":", 1)[-1]
    snips = row["snippets"]
    if cfg.rerank.enabled:
        from spark_data.pairing.rerank import rerank_snippets

        snips = rerank_snippets(title, row.get("text") or "", snips, cfg.rerank)
    code = "".join(
        cfg.snippet_template.format(provenance=s["provenance"], snippet=s["snippet"]) for s in snips
    )
    pages = (
        f"{row['page_start']}-{row['page_end']}"
        if row.get("page_start")
        else str(row.get("page") or "-")
    )
    text = cfg.template.format(
        title=title,
        heading_path=row.get("heading_path") or title,
        datasheet=posixpath.basename(meta.get("path") or row["datasheet_id"]),
        device=", ".join(meta.get("parts") or []) or "-",
        pages=pages,
        section_text=_commented((row.get("text") or "")[: cfg.max_section_chars]),
        register_table=row.get("register_table") or " *   (none)",
        repo=row["repo"],
        code=code,
    )[: cfg.max_doc_chars]
    return {
        "pair_id": stable_id("pair", row["repo"], row["datasheet_id"], row["section_key"]),
        "repo": row["repo"],
        "datasheet_id": row["datasheet_id"],
        "section_id": row["section_key"],
        "split": row["split"],
        "domain": row["domain"],
        "template": "section_code_v1",
        "text": text,
        "provenance": [spec_provenance(meta, row), *(s["provenance"] for s in snips)],
        "score": max(s["score"] for s in snips),
    }
