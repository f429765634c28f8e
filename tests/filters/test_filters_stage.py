"""The stage `tag_rules` on a FILES batch: same schema and rows, only drop_reason/tags set."""

from __future__ import annotations

import pyarrow as pa
from register_headers import BSD_HEADER, avr_header, cmsis_header

from spark_data import schema
from spark_data.config import FilterConfig
from spark_data.filters import tag_rules

CFG = FilterConfig()
CODE = BSD_HEADER + "int main(void)\n{\n    for (;;) {\n    }\n}\n"
BLOB = "const unsigned char fw[] = {\n" + "  0x12, 0x34, 0x56, 0x78,\n" * 400 + "};\n"


def files_table(rows: list[dict]) -> pa.Table:
    """FILES rows with the given fields; the other columns get plausible values."""
    full = []
    for i, row in enumerate(rows):
        text = row.get("text")
        base = {
            "file_id": f"f{i}",
            "repo": "demo",
            "path": row.get("path", f"src/f{i}.c"),
            "kind": "c_source",
            "bytes": len(text or ""),
            "n_lines": (text or "").count("\n"),
            "split": "train",
            "tags": [],
        }
        full.append(base | row)
    return pa.Table.from_pylist(full, schema=schema.FILES)


ROWS = [
    {"text": CODE},
    {"text": BLOB},
    {"text": cmsis_header(), "kind": "c_header"},
    {"text": avr_header(), "kind": "c_header", "tags": ["vendor_v1"]},
    {"text": "   \n"},
    {"text": None, "kind": "binary", "drop_reason": "binary_v1"},
    {"text": None, "drop_reason": "too_large_v1"},
    {"text": "", "drop_reason": "empty_v1"},
    {"text": None, "kind": "other_text", "drop_reason": "symlink_v1"},
    {"text": BLOB, "drop_reason": "unreadable_v1"},  # an ingest reason always stays
]


def test_stage_sets_reasons_and_tags() -> None:
    out = tag_rules(files_table(ROWS), CFG)
    assert out.column("drop_reason").to_pylist() == [
        None,
        "data_blob_v1",
        None,
        None,
        "empty_v1",
        "binary_v1",
        "too_large_v1",
        "empty_v1",
        "symlink_v1",
        "unreadable_v1",
    ]
    tags = out.column("tags").to_pylist()
    assert tags[2] == ["register_header_v1"]
    assert tags[3] == ["vendor_v1", "register_header_v1"]  # ingest tags are kept, first
    assert tags[0] == tags[1] == tags[5] == []


def test_stage_keeps_schema_rows_and_every_other_column() -> None:
    batch = files_table(ROWS)
    before = batch.to_pylist()
    out = tag_rules(batch, CFG)
    assert out.schema == schema.FILES
    assert out.num_rows == batch.num_rows
    assert batch.to_pylist() == before  # the input batch is not changed
    for name in schema.FILES.names:
        if name not in ("drop_reason", "tags"):
            assert out.column(name).equals(batch.column(name)), name


def test_stage_is_idempotent() -> None:
    once = tag_rules(files_table(ROWS), CFG)
    assert tag_rules(once, CFG).equals(once)


def test_empty_batch() -> None:
    out = tag_rules(schema.FILES.empty_table(), CFG)
    assert out.num_rows == 0 and out.schema == schema.FILES


def test_config_thresholds_reach_the_rules() -> None:
    batch = files_table([{"text": BLOB}])
    strict = tag_rules(batch, CFG).column("drop_reason").to_pylist()
    lenient = FilterConfig(data_array_min_lines=10_000)
    assert strict == ["data_blob_v1"]
    assert tag_rules(batch, lenient).column("drop_reason").to_pylist() == [None]
