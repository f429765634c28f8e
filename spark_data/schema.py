"""The tables that are the contract between phases, as pyarrow schemas, and stable ids.

Every phase reads and writes Parquet tables with these schemas under one output root.
Users read them too (notebooks, DuckDB, HF datasets), so a column is changed only
deliberately, and the README's "Tables" section documents each one.

Ids are stable hashes of provenance: the same input gives the same id, run after run.
"""

from __future__ import annotations

import hashlib

import pyarrow as pa

# --- file kinds and symbol kinds -----------------------------------------------------

FILE_KINDS = (
    "c_source",
    "c_header",
    "asm",
    "linker_script",
    "device_tree",
    "kconfig",
    "build",
    "other_text",
    "binary",
)
# Kinds that the code parser reads (language per kind is in spark_data.code).
PARSED_KINDS = ("c_source", "c_header", "asm", "device_tree")

SYMBOL_KINDS = (
    "file",  # one per parsed file: carries parse_status and error_share
    "function",
    "function_decl",
    "macro",  # object-like #define NAME value
    "macro_function",  # function-like #define NAME(args) body
    "struct",
    "union",
    "field",  # member of a struct or union (parent = the aggregate)
    "enum",
    "enumerator",
    "typedef",
    "variable",
    "label",  # assembly
    "directive",  # assembly
    "instruction",  # assembly (name = mnemonic, value = operands, parent = label)
    "dt_node",  # device tree node (name = node name, value = unit address)
    "dt_compatible",  # one row per compatible string (parent = the node's path)
)
# Register-style roles a symbol can carry (symbols.role).
SYMBOL_ROLES = (
    "base_address",  # *_BASE macros with an address value
    "register_address",  # macro whose value is an absolute register address / volatile cast
    "bit_position",  # *_Pos, *_BIT, bit number macros
    "bit_mask",  # *_Msk, (1 << n), single-bit or contiguous masks next to register names
    "register",  # volatile / __IO / __I / __O struct member
    "register_block",  # struct whose members are registers (e.g. USART_TypeDef)
)

# --- tables --------------------------------------------------------------------------

SOURCES = pa.schema(
    [
        ("source_id", pa.string()),
        ("kind", pa.string()),  # repo | datasheet | svd
        ("name", pa.string()),  # repo name (files.repo) or file name
        ("location", pa.string()),  # path, url or archive as given in the manifest
        ("origin", pa.string()),  # dir | git | archive | file
        ("commit", pa.string()),
        ("commit_time", pa.int64()),  # committer time of the commit (unix s), git only
        ("manufacturer", pa.string()),
        ("tags", pa.list_(pa.string())),
        ("held_out", pa.bool_()),
        ("upstream", pa.bool_()),
        ("split", pa.string()),  # train | held_out
        ("split_reason", pa.string()),  # manifest | pattern:<pattern> | default
        ("status", pa.string()),  # ok | error | recorded
        ("error", pa.string()),
        ("n_files", pa.int64()),
        ("bytes", pa.int64()),
        ("sha256", pa.string()),  # single-file sources (datasheets, svd)
    ]
)

FILES = pa.schema(
    [
        ("file_id", pa.string()),
        ("repo", pa.string()),
        ("commit", pa.string()),
        ("path", pa.string()),  # posix path relative to the repository root
        ("kind", pa.string()),  # one of FILE_KINDS
        ("lang", pa.string()),  # parser language: c, asm, devicetree, ... or null
        ("bytes", pa.int64()),
        ("sha256", pa.string()),
        ("encoding", pa.string()),  # utf-8, or the fallback used (recorded), null if binary
        ("license", pa.string()),  # SPDX id (from the file header or the repo licence)
        ("license_source", pa.string()),  # spdx_header | file_header | repo_license | null
        ("n_lines", pa.int32()),
        ("max_line", pa.int32()),
        ("text", pa.large_string()),  # decoded text; null for binaries and unreadable files
        ("split", pa.string()),  # train | held_out (from the repository)
        ("drop_reason", pa.string()),  # null = kept; else a versioned rule name
        ("tags", pa.list_(pa.string())),  # informational tags, e.g. register_header_v1
    ]
)

SYMBOLS = pa.schema(
    [
        ("file_id", pa.string()),
        ("symbol_id", pa.string()),
        ("kind", pa.string()),  # one of SYMBOL_KINDS
        ("name", pa.string()),
        ("value", pa.string()),  # macro body, enumerator value, operands, unit address
        ("number", pa.int64()),  # value evaluated as an integer constant, if it is one
        ("signature", pa.string()),  # functions: the declarator; fields: the type
        ("start_line", pa.int32()),  # 1-based, inclusive
        ("end_line", pa.int32()),
        ("parent", pa.string()),  # enclosing struct/enum/label/node name
        ("role", pa.string()),  # one of SYMBOL_ROLES or null
        ("parse_status", pa.string()),  # kind=file only: ok | partial | failed | skipped
        ("error_share", pa.float32()),  # kind=file only: ERROR+MISSING nodes / all nodes
        ("reason", pa.string()),  # kind=file only: why failed/skipped
    ]
)

DOCS = pa.schema(
    [
        ("doc_id", pa.string()),  # = file_id for code files
        ("repo", pa.string()),
        ("split", pa.string()),
        ("domain", pa.string()),
        ("manufacturer", pa.string()),  # from attribution (null when it did not run)
        ("n_tokens", pa.int64()),  # including the EOS appended after the document
        ("input_ids", pa.list_(pa.uint32())),
    ]
)

BLOCKS = pa.schema(
    [
        ("block_id", pa.string()),
        ("split", pa.string()),
        ("domain", pa.string()),
        ("input_ids", pa.list_(pa.uint32())),  # exactly seq_len ids
        ("n_tokens", pa.int32()),  # real tokens; the rest (last block only) is padding
        ("doc_ids", pa.list_(pa.string())),  # documents with tokens in this block, in order
        ("repos", pa.list_(pa.string())),
        ("shard", pa.string()),  # the .npy shard holding this block, relative to tokens/
        ("shard_row", pa.int32()),  # block index inside that shard
    ]
)

# --- datasheets and SVD (spark_data.datasheets) ----------------------------------------

DATASHEET_STATUSES = (
    "ok",
    "no_text_layer",  # no extractable text (scanned); OCR only when enabled
    "encrypted",  # needs a password
    "truncated",  # damaged/incomplete file that still opened (pages read are kept)
    "zero_pages",
    "not_pdf",  # the bytes are not a PDF
    "parser_crash",  # the PDF library crashed the worker, after Ray's retries
    "error",  # any other failure, with its message in `error`
)

DATASHEETS = pa.schema(
    [
        ("datasheet_id", pa.string()),  # = source_id of the PDF or SVD file
        ("kind", pa.string()),  # pdf | svd
        ("path", pa.string()),
        ("sha256", pa.string()),
        ("bytes", pa.int64()),
        ("title", pa.string()),
        ("parts", pa.list_(pa.string())),  # detected part numbers / SVD device name
        ("manufacturer", pa.string()),  # detected (or from the manifest hint)
        ("pages", pa.int32()),
        ("language", pa.string()),  # ISO 639-1 guess: en, zh, ...
        ("status", pa.string()),  # one of DATASHEET_STATUSES
        ("error", pa.string()),
        ("has_outline", pa.bool_()),
        ("n_sections", pa.int32()),
        ("n_registers", pa.int32()),
        ("table_pages", pa.int32()),  # pages on which table detection ran
    ]
)

SECTIONS = pa.schema(
    [
        ("datasheet_id", pa.string()),
        ("section_id", pa.string()),
        ("parent_id", pa.string()),
        ("level", pa.int32()),  # 1 = top
        ("number", pa.string()),  # "7.6.4" or null
        ("title", pa.string()),  # "Control register 1 (USART_CR1)"
        ("heading_path", pa.string()),  # "7 USART > 7.6 USART registers > 7.6.4 Control ..."
        ("page_start", pa.int32()),  # 1-based, inclusive
        ("page_end", pa.int32()),
        ("source", pa.string()),  # outline | numbering | font
        ("text", pa.large_string()),
    ]
)

REGISTER_FIELD = pa.struct(
    [
        ("name", pa.string()),
        ("bit_offset", pa.int32()),  # lsb
        ("bit_width", pa.int32()),  # msb = bit_offset + bit_width - 1
        ("access", pa.string()),
        ("description", pa.string()),
    ]
)

REGISTERS = pa.schema(
    [
        ("register_id", pa.string()),
        ("source_id", pa.string()),  # the datasheet or SVD file (= datasheets.datasheet_id)
        ("source_kind", pa.string()),  # pdf | svd
        ("device", pa.string()),
        ("peripheral", pa.string()),  # USART1 (instance) or null when the PDF does not say
        ("name", pa.string()),  # CR1 (SVD: cluster members as CLUSTER_NAME)
        ("address", pa.int64()),  # absolute address when known
        ("offset", pa.int64()),  # offset from the peripheral base
        ("size", pa.int32()),  # bits
        ("reset", pa.int64()),
        ("access", pa.string()),  # read-write | read-only | write-only | ... (SVD terms)
        ("description", pa.string()),
        ("fields", pa.list_(REGISTER_FIELD)),
        ("page", pa.int32()),  # PDF page (1-based) the register was read from
        ("section_id", pa.string()),
        ("method", pa.string()),  # svd | table | text
    ]
)

# --- dedup (spark_data.dedup) -----------------------------------------------------------

DEDUP = pa.schema(
    [
        ("file_id", pa.string()),
        ("repo", pa.string()),
        ("exact_cluster", pa.string()),  # content hash cluster (sha256 based)
        ("norm_cluster", pa.string()),  # whitespace/comment-normalised hash cluster
        ("near_cluster", pa.string()),  # MinHash-LSH connected component (min member id)
        ("cluster_size", pa.int64()),  # members of near_cluster (1 = unique)
        ("keep", pa.bool_()),
        ("kept_file_id", pa.string()),  # the member kept for this cluster (itself if kept)
        ("kept_repo", pa.string()),
        ("split", pa.string()),  # split after held-out propagation
        ("split_reason", pa.string()),  # null | held_out_cluster
        ("reason", pa.string()),  # outcome for odd rows: empty | too_short | shingles_capped
    ]
)

DEDUP_REPOS = pa.schema(
    [
        ("repo", pa.string()),
        ("n_files", pa.int64()),
        ("n_copies", pa.int64()),  # files whose kept copy is in another repository
        ("vendored_share", pa.float64()),
        ("copied_from", pa.list_(pa.string())),  # repositories holding the kept copies
        ("summary", pa.string()),  # "62% vendored: STM32CubeF4, CMSIS_5"
    ]
)

# --- attribution, links and pairs (spark_data.attribution, spark_data.pairing) -------------

SCORE = pa.struct([("name", pa.string()), ("score", pa.float64())])

ATTRIBUTION = pa.schema(
    [
        ("level", pa.string()),  # file | repo
        ("file_id", pa.string()),  # null for level=repo
        ("repo", pa.string()),
        ("manufacturer", pa.string()),  # best, or "unknown"
        ("manufacturer_score", pa.float64()),
        ("manufacturers", pa.list_(SCORE)),  # all candidates, best first
        ("domain", pa.string()),  # primary domain (taxonomy name)
        ("domain_score", pa.float64()),
        ("domains", pa.list_(SCORE)),
        ("evidence", pa.list_(pa.string())),  # "path:stm32f4", "include:stm32f4xx.h", ...
        ("reason", pa.string()),  # why unknown, when it is
    ]
)

LINKS = pa.schema(
    [
        ("link_id", pa.string()),
        ("level", pa.string()),  # repo | file | symbol
        ("repo", pa.string()),
        ("datasheet_id", pa.string()),  # the datasheet or SVD source
        ("spec_kind", pa.string()),  # device | peripheral | section | register | field
        ("spec_item", pa.string()),  # "STM32F411", "USART1", section_id, "USART1.CR1.UE"
        ("code_kind", pa.string()),  # repo | file | symbol
        ("code_item", pa.string()),  # repo name, file_id or symbol_id
        ("code_name", pa.string()),  # path or symbol name, for reading
        ("score", pa.float64()),
        ("evidence", pa.list_(pa.string())),
    ]
)

PAIRS = pa.schema(
    [
        ("pair_id", pa.string()),
        ("repo", pa.string()),
        ("datasheet_id", pa.string()),
        ("section_id", pa.string()),
        ("split", pa.string()),
        ("domain", pa.string()),
        ("template", pa.string()),
        ("text", pa.large_string()),  # the training document
        ("provenance", pa.list_(pa.string())),  # "pdf:<path>#page=12", "repo@commit:path:10-42"
        ("score", pa.float64()),
    ]
)

TABLES = {
    "sources": SOURCES,
    "files": FILES,
    "symbols": SYMBOLS,
    "docs": DOCS,
    "blocks": BLOCKS,
    "datasheets": DATASHEETS,
    "sections": SECTIONS,
    "registers": REGISTERS,
    "dedup": DEDUP,
    "dedup_repos": DEDUP_REPOS,
    "attribution": ATTRIBUTION,
    "links": LINKS,
    "pairs": PAIRS,
}


# --- stable ids ----------------------------------------------------------------------


def stable_id(*parts: object, n: int = 16) -> str:
    """A hex id from the provenance parts: the same parts give the same id on every run."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(str(p).encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:n]


def file_id(repo: str, commit: str | None, path: str) -> str:
    return stable_id("file", repo, commit or "", path)


def source_id(kind: str, location: str) -> str:
    return stable_id("source", kind, location)


def symbol_id(file_id_: str, kind: str, name: str, start_line: int, ordinal: int = 0) -> str:
    return stable_id("symbol", file_id_, kind, name, start_line, ordinal)


def empty_table(schema: pa.Schema) -> pa.Table:
    return schema.empty_table()


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Reorder/cast `table` to `schema`, adding missing columns as nulls."""
    cols = []
    for f in schema:
        if f.name in table.column_names:
            col = table.column(f.name)
            if col.type != f.type:
                col = col.cast(f.type)
            cols.append(col)
        else:
            cols.append(pa.nulls(table.num_rows, f.type))
    return pa.Table.from_arrays(cols, schema=schema)
