"""CodeParser as a batch stage (no Ray): files batch in, a `schema.SYMBOLS` table out."""

from __future__ import annotations

import pyarrow as pa

from spark_data import schema
from spark_data.code.parser import CodeParser
from spark_data.config import ParseConfig


def _batch(rows: list[tuple[str, str, str, str | None]]) -> pa.Table:
    names = ("file_id", "path", "kind", "text")
    return pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)}).append_column(
        "bytes",
        pa.array([len(r[3] or "") for r in rows], pa.int64()),  # extra columns are ignored
    )


def test_batch_to_symbols_table() -> None:
    batch = _batch(
        [
            (
                "f1",
                "inc/regs.h",
                "c_header",
                "#define PERIPH_BASE 0x40000000UL\nstruct s { int x; };\n",
            ),
            ("f2", "startup.s", "asm", "Reset_Handler:\n  ldr sp, =_estack\n"),
            ("f3", "board.dts", "device_tree", '/ { compatible = "acme,board"; };\n'),
            ("f4", "blob.bin", "binary", None),
            ("f5", "empty.c", "c_source", ""),
        ]
    )
    table = CodeParser(ParseConfig())(batch)
    assert table.schema.equals(schema.SYMBOLS)
    files = table.filter(pa.compute.equal(table["kind"], "file"))
    assert files["file_id"].to_pylist() == ["f1", "f2", "f3", "f4", "f5"]
    assert files["parse_status"].to_pylist() == ["ok", "ok", "ok", "skipped", "skipped"]
    assert table.num_rows == 5 + 3 + 2 + 2
    base = table.filter(pa.compute.equal(table["name"], "PERIPH_BASE")).to_pylist()[0]
    assert (base["number"], base["role"], base["file_id"]) == (0x40000000, "base_address", "f1")
    assert len(set(table["symbol_id"].to_pylist())) == table.num_rows


def test_empty_batch() -> None:
    table = CodeParser(ParseConfig())(_batch([]))
    assert table.schema.equals(schema.SYMBOLS) and table.num_rows == 0
