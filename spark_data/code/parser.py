"""The parse phase's row logic: files -> `schema.SYMBOLS` rows, one language per file kind.

In: files rows (at least file_id, path, kind, text) and a `ParseConfig`.
Out: symbol rows; every input file gives exactly one `kind=file` row carrying parse_status
(ok | partial | failed | skipped), error_share (ERROR + MISSING nodes / all nodes) and, for
failed/skipped, a reason; then the symbols found in it (see `c`, `asm`, `dts`).

    grammars = Grammars()
    rows = parse_file(fid, "inc/stm32f4xx.h", "c_header", text, ParseConfig(), grammars)
    table = CodeParser(ParseConfig())(files_batch)   # a Ray Data actor-pool stage

Statuses: skipped when there is no text, the text is empty or longer than `max_bytes`, or the
kind is not parsed; failed when the parser or an extractor raised, or when nothing usable
came out (no symbol, and at least half the tree is errors); partial when the tree has
ERROR/MISSING nodes; else ok.
The file row: name = the path (the file_id if there is none), value = the language,
start_line 1, end_line = the file's line count.
Nothing here raises for a bad file: the reason is kept in its file row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from itertools import repeat

import pyarrow as pa
import tree_sitter_devicetree
from tree_sitter import Language, Parser, Query
from tree_sitter_language_pack import get_language, get_parser

from spark_data import schema
from spark_data.code import LANGUAGE_BY_KIND
from spark_data.code.asm import ASM_QUERY, extract_asm
from spark_data.code.c import C_QUERY, extract_c
from spark_data.code.common import ERROR_PATTERN, ROW_FIELDS, FileResult, Grammar
from spark_data.code.dts import DTS_QUERY, extract_dts
from spark_data.config import ParseConfig

_COLUMNS = tuple(f.name for f in schema.SYMBOLS)


class Grammars:
    """The tree-sitter grammars and compiled queries, loaded once per process or actor."""

    def __init__(self) -> None:
        dts = Language(tree_sitter_devicetree.language())
        languages = {"c": get_language("c"), "asm": get_language("asm"), "devicetree": dts}
        parsers = {"c": get_parser("c"), "asm": get_parser("asm"), "devicetree": Parser(dts)}
        queries = {"c": C_QUERY, "asm": ASM_QUERY, "devicetree": DTS_QUERY}
        self.grammars: dict[str, Grammar] = {
            lang: Grammar(parsers[lang], Query(language, queries[lang] + ERROR_PATTERN))
            for lang, language in languages.items()
        }

    def extract(self, lang: str, text: str, cfg: ParseConfig) -> FileResult:
        grammar = self.grammars[lang]
        if lang == "c":
            return extract_c(text, grammar)
        if lang == "asm":
            return extract_asm(text, grammar, cfg.asm_instructions)
        return extract_dts(text, grammar)


def symbol_ids(
    file_id: str, kinds: Sequence[str], names: Sequence[str], lines: Sequence[int]
) -> list[str]:
    """`schema.symbol_id` of each (kind, name, line) of one file, computed faster.

    The same bytes as `schema.stable_id` are hashed (each part, then NUL), from a copy of
    the hash of the file's prefix. A repeated (kind, name, line) takes the next ordinal, as
    `schema.symbol_id` intends, so ids stay unique within the file.
    """
    prefix = f"symbol\x00{file_id}\x00".encode("utf-8", "surrogatepass")
    copy = hashlib.blake2b(prefix, digest_size=16).copy
    ids = []
    for kind, name, line in zip(kinds, names, lines, strict=True):
        h = copy()
        h.update(f"{kind}\x00{name}\x00{line}\x000\x00".encode("utf-8", "surrogatepass"))
        ids.append(h.hexdigest()[:16])
    if len(set(ids)) < len(ids):  # rare: the same key twice (`nop; nop` on one line)
        seen: dict[tuple[str, str, int], int] = {}
        for k, key in enumerate(zip(kinds, names, lines, strict=True)):
            ordinal = seen[key] = seen.get(key, -1) + 1
            if ordinal:
                ids[k] = schema.symbol_id(file_id, *key, ordinal)
    return ids


def _extract(
    kind: str, text: str | None, cfg: ParseConfig, grammars: Grammars
) -> tuple[str | None, str, str | None, FileResult | None]:
    """(language, status, reason, result) for one file; never raises."""
    lang = LANGUAGE_BY_KIND.get(kind)
    if lang is None:
        return None, "skipped", f"kind {kind!r} is not parsed", None
    if text is None:
        return lang, "skipped", "no text (binary or unreadable file)", None
    if not text.strip():
        return lang, "skipped", "empty", None
    if len(text) > cfg.max_bytes or len(text.encode("utf-8", "surrogatepass")) > cfg.max_bytes:
        return lang, "skipped", f"larger than parse.max_bytes={cfg.max_bytes}", None
    try:
        result = grammars.extract(lang, text, cfg)
    except Exception as e:  # a bad file is recorded, never fatal to the batch
        return lang, "failed", f"{type(e).__name__}: {e}"[:500], None
    if not result.rows and result.errors * 2 >= result.nodes:
        return lang, "failed", "no symbols, and at least half the tree is errors", result
    return lang, ("partial" if result.errors else "ok"), None, result


def add_file(
    columns: dict[str, list],
    file_id: str,
    path: str | None,
    kind: str,
    text: str | None,
    cfg: ParseConfig,
    grammars: Grammars,
) -> None:
    """Append one file's rows (its file row first) to `columns` (`schema.SYMBOLS` names)."""
    lang, status, reason, result = _extract(kind, text, cfg, grammars)
    name = path or file_id
    lines = text.count("\n") + (not text.endswith("\n")) if text is not None else None
    share = result.errors / max(result.nodes, 1) if result is not None else None
    sid = schema.symbol_id(file_id, "file", name, 1)
    file_row = (file_id, sid, "file", name, lang, None, None, 1, lines, None, None)
    for column, value in zip(_COLUMNS, (*file_row, status, share, reason), strict=True):
        columns[column].append(value)
    rows = result.rows if result is not None else []
    if not rows:
        return
    n = len(rows)
    fields = list(zip(*rows, strict=True))  # ROW_FIELDS order: kind, name, ..., role
    columns["file_id"].extend(repeat(file_id, n))
    columns["symbol_id"].extend(symbol_ids(file_id, fields[0], fields[1], fields[5]))
    for column, values in zip(ROW_FIELDS, fields, strict=True):
        columns[column].extend(values)
    for column in ("parse_status", "error_share", "reason"):
        columns[column].extend(repeat(None, n))


def new_columns() -> dict[str, list]:
    return {column: [] for column in _COLUMNS}


def parse_file(
    file_id: str, path: str, kind: str, text: str | None, cfg: ParseConfig, parsers: Grammars
) -> list[dict]:
    """One file's symbol rows as dicts with the `schema.SYMBOLS` columns, file row first."""
    columns = new_columns()
    add_file(columns, file_id, path, kind, text, cfg, parsers)
    return [dict(zip(_COLUMNS, row, strict=True)) for row in zip(*columns.values(), strict=True)]


class CodeParser:
    """Ray Data actor-pool stage: files batch -> symbols table (`schema.SYMBOLS`)."""

    def __init__(self, cfg: ParseConfig) -> None:
        self.cfg = cfg
        self.grammars = Grammars()

    def __call__(self, batch: pa.Table) -> pa.Table:
        columns = new_columns()
        inputs = [batch.column(c).to_pylist() for c in ("file_id", "path", "kind", "text")]
        for file_id, path, kind, text in zip(*inputs, strict=True):
            add_file(columns, file_id, path, kind, text, self.cfg, self.grammars)
        arrays = [pa.array(columns[f.name], type=f.type) for f in schema.SYMBOLS]
        return schema.conform(pa.Table.from_arrays(arrays, schema=schema.SYMBOLS), schema.SYMBOLS)
