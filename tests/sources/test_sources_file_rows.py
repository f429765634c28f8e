"""file_row and its parts: kinds, decoding fallbacks, licences, and each kind of bad input."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tracemalloc
from pathlib import Path

import pyarrow as pa
import pytest

from spark_data import schema
from spark_data.config import IngestConfig
from spark_data.sources.files import (
    RepoMeta,
    classify_kind,
    decode_text,
    file_row,
    is_binary,
    line_stats,
    refused_row,
    safe_path,
)
from spark_data.sources.walk import Entry, walk_repo

REPO = RepoMeta(name="demo", commit="a" * 40, split="train", license="BSD-3-Clause")


def row_for(path: Path, cfg: IngestConfig | None = None, rel: str | None = None) -> dict:
    cfg = cfg or IngestConfig()
    entries = [e for e in walk_repo(path.parent, cfg) if e.abspath == str(path)]
    entry = entries[0] if entries else Entry(rel or path.name, str(path), 0, "file")
    row = file_row(REPO, entry, cfg)
    assert list(row) == schema.FILES.names
    pa.Table.from_pylist([row], schema=schema.FILES)  # conforms exactly
    return row


@pytest.mark.parametrize(
    ("path", "kind", "lang"),
    [
        ("src/main.c", "c_source", "c"),
        ("inc/stm32f4xx.h", "c_header", "c"),
        ("startup.s", "asm", "asm"),
        ("startup_stm32.S", "asm", "asm"),
        ("boot.asm", "asm", "asm"),
        ("STM32F407VGTx_FLASH.ld", "linker_script", "linkerscript"),
        ("link.lds", "linker_script", "linkerscript"),
        ("stm32f407xx_flash.icf", "linker_script", "linkerscript"),
        ("scatter.sct", "linker_script", "linkerscript"),
        ("arch/arm/kernel/vmlinux.lds.S", "linker_script", "linkerscript"),
        ("boards/nrf52840dk.dts", "device_tree", "devicetree"),
        ("soc/nordic/nrf52.dtsi", "device_tree", "devicetree"),
        ("app.overlay", "device_tree", "devicetree"),
        ("drivers/Kconfig", "kconfig", "kconfig"),
        ("soc/Kconfig.defconfig", "kconfig", "kconfig"),
        ("Makefile", "build", "make"),
        ("GNUmakefile", "build", "make"),
        ("sub/rules.mk", "build", "make"),
        ("CMakeLists.txt", "build", "cmake"),
        ("cmake/toolchain.cmake", "build", "cmake"),
        ("README.md", "other_text", None),
        ("tool.py", "other_text", None),
    ],
)
def test_classify_kind_by_name(path: str, kind: str, lang: str | None):
    assert classify_kind(path, b"/* text */\n") == (kind, lang)


def test_inc_is_asm_only_when_it_looks_like_asm():
    avr = b"; m328Pdef.inc\n.equ PORTB = 0x05\n.equ DDRB = 0x04\n.def temp = r16\n"
    pic = b"PORTA EQU H'0005'\nTRISA EQU H'0085'\n"
    c_inc = b'/* generated */\n#define X 1\n#include "y.h"\n{ 1, 2, 3 },\n'
    assert classify_kind("m328Pdef.inc", avr) == ("asm", "asm")
    assert classify_kind("p16f84a.inc", pic) == ("asm", "asm")
    assert classify_kind("table.inc", c_inc) == ("other_text", None)
    assert classify_kind("table.inc", b"") == ("other_text", None)


def test_binary_detection_by_content():
    assert is_binary(b"\x7fELF\x02\x01\x01\x00\x00")
    assert is_binary(bytes(range(1, 32)) * 10)  # control bytes, no NUL
    assert not is_binary(b"int x;\r\n\tint y;\x0c\x1b[0m\n")
    assert not is_binary("caf\u00e9 \u2014 \u00b5s\n".encode("cp1252"))
    assert not is_binary("int x;\n".encode("utf-16"))  # BOM + NULs: still text
    assert not is_binary(b"")


def test_decode_text_fallbacks():
    assert decode_text("µs — ok".encode()) == ("µs — ok", "utf-8")
    assert decode_text(b"\xef\xbb\xbfint x;") == ("int x;", "utf-8-sig")
    assert decode_text("int é;".encode("utf-16")) == ("int é;", "utf-16")
    assert decode_text("/* caf\u00e9 \u2014 */".encode("cp1252")) == ("/* café — */", "cp1252")
    # 0x81 is undefined in cp1252: latin-1 decodes every byte.
    assert decode_text(b"/* \x81\xe9 */") == ("/* \x81\xe9 */", "latin-1")


def test_line_stats():
    assert line_stats("") == (0, 0)
    assert line_stats("a\nbbb\n") == (2, 3)
    assert line_stats("a\r\nbbbb\r\ncc") == (3, 4)
    assert line_stats("x" * 10) == (1, 10)


def test_text_row_with_licences(tmp_path: Path):
    (tmp_path / "spdx.c").write_text("// SPDX-License-Identifier: Apache-2.0\nint x;\n")
    (tmp_path / "mit.h").write_text(
        "/* Permission is hereby granted, free of charge, ...\n"
        " * The above copyright notice ... */\n#define A 1\n"
    )
    (tmp_path / "plain.c").write_text("int y;\n")
    spdx, mit, plain = (row_for(tmp_path / n) for n in ("spdx.c", "mit.h", "plain.c"))
    assert (spdx["license"], spdx["license_source"]) == ("Apache-2.0", "spdx_header")
    assert (mit["license"], mit["license_source"]) == ("MIT", "file_header")
    assert (plain["license"], plain["license_source"]) == ("BSD-3-Clause", "repo_license")
    assert plain["text"] == "int y;\n" and plain["encoding"] == "utf-8"
    assert plain["sha256"] == hashlib.sha256(b"int y;\n").hexdigest()
    assert (plain["n_lines"], plain["max_line"], plain["bytes"]) == (1, 6, 7)
    assert plain["file_id"] == schema.file_id("demo", "a" * 40, "plain.c")
    assert (plain["kind"], plain["lang"], plain["split"]) == ("c_source", "c", "train")
    assert plain["drop_reason"] is None and plain["tags"] == []


def test_non_utf8_text_falls_back_and_records_it(tmp_path: Path):
    raw = "/* Gerätetreiber für µC — © Müller */\nint x;\n".encode("cp1252")
    (tmp_path / "legacy.c").write_bytes(raw)
    row = row_for(tmp_path / "legacy.c")
    assert row["encoding"] == "cp1252" and row["drop_reason"] is None
    assert row["text"].startswith("/* Gerätetreiber für µC — © Müller */")
    assert row["sha256"] == hashlib.sha256(raw).hexdigest()  # of the bytes, not the text


def test_binary_named_c(tmp_path: Path):
    (tmp_path / "firmware.c").write_bytes(b"\x7fELF\x01\x01\x01\x00" + os.urandom(4096))
    row = row_for(tmp_path / "firmware.c")
    assert (row["kind"], row["lang"], row["drop_reason"]) == ("binary", None, "binary_v1")
    assert row["text"] is None and row["encoding"] is None and row["sha256"]


def test_twenty_megabyte_one_line_file(tmp_path: Path):
    """Too large by default: hashed in chunks, text null; never held whole in memory."""
    size = 20 * 1024 * 1024
    path = tmp_path / "blob.h"
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        for _ in range(20):
            chunk = b"0x00, " * (1024 * 1024 // 6) + b"0" * (1024 * 1024 % 6)
            f.write(chunk)
            digest.update(chunk)
    tracemalloc.start()
    row = row_for(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert row["drop_reason"] == "too_large_v1" and row["text"] is None
    assert row["bytes"] == size and row["sha256"] == digest.hexdigest()
    assert row["kind"] == "c_header"
    assert peak < 8 * 1024 * 1024  # the stream's chunks, not the file


def test_twenty_megabyte_one_line_file_kept_when_allowed(tmp_path: Path):
    size = 20 * 1024 * 1024
    path = tmp_path / "table.c"
    path.write_bytes(b"x" * (size - 1) + b"\n")
    cfg = dataclasses.replace(IngestConfig(), max_file_bytes=64 * 1024 * 1024)
    tracemalloc.start()
    row = row_for(path, cfg)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert row["drop_reason"] is None and len(row["text"]) == size
    assert (row["n_lines"], row["max_line"]) == (1, size - 1)
    # The bytes once plus the decoded text once (plus a chunk), not two copies of either.
    assert peak < 2 * size + 4 * 1024 * 1024


def test_zero_byte_file(tmp_path: Path):
    (tmp_path / "empty.h").write_bytes(b"")
    row = row_for(tmp_path / "empty.h")
    assert row["drop_reason"] == "empty_v1" and row["bytes"] == 0
    assert row["sha256"] == hashlib.sha256(b"").hexdigest()
    assert (row["text"], row["n_lines"], row["kind"]) == ("", 0, "c_header")


def test_unreadable_file(tmp_path: Path, no_dac_override):
    path = tmp_path / "secret.c"
    path.write_text("int secret;\n")
    path.chmod(0)
    try:
        with no_dac_override():
            row = row_for(path)
    finally:
        path.chmod(0o644)
    assert row["drop_reason"] == "unreadable_v1" and row["tags"] == ["os_error:EACCES"]
    assert row["text"] is None and row["sha256"] is None and row["bytes"] == 12
    assert row["kind"] == "c_source"  # from the name


def test_vanished_file_is_unreadable_not_an_error(tmp_path: Path):
    row = file_row(REPO, Entry("gone.c", str(tmp_path / "gone.c"), 5, "file"), IngestConfig())
    assert row["drop_reason"] == "unreadable_v1" and row["tags"] == ["os_error:ENOENT"]


def test_symlink_and_special_rows(tmp_path: Path):
    (tmp_path / "real.c").write_text("int x;\n")
    (tmp_path / "alias.c").symlink_to("real.c")
    os.mkfifo(tmp_path / "fifo.h")
    rows = {e.path: file_row(REPO, e, IngestConfig()) for e in walk_repo(tmp_path, IngestConfig())}
    link = rows["alias.c"]
    assert (link["drop_reason"], link["text"], link["kind"]) == ("symlink_v1", None, "c_source")
    assert link["tags"] == ["symlink:not_followed", "symlink_target:real.c"]
    fifo = rows["fifo.h"]
    assert fifo["drop_reason"] == "special_file_v1" and fifo["tags"] == ["special:fifo"]
    # A FIFO that appears where the walk saw a file must not block the reader.
    swapped = Entry("late.c", str(tmp_path / "fifo.h"), 0, "file")
    assert file_row(REPO, swapped, IngestConfig())["drop_reason"] == "special_file_v1"


def test_refused_archive_member_row():
    row = refused_row(REPO, "../../etc/evil.c", "parent_dir")
    assert row["drop_reason"] == "unsafe_archive_member_v1"
    assert row["tags"] == ["unsafe_member:parent_dir"] and row["path"] == "../../etc/evil.c"
    pa.Table.from_pylist([row], schema=schema.FILES)


def test_undecodable_file_name(tmp_path: Path):
    raw_name = os.fsencode(str(tmp_path)) + b"/caf\xe9.c"
    with open(raw_name, "wb") as f:
        f.write(b"int x;\n")
    (entry,) = walk_repo(tmp_path, IngestConfig())
    row = file_row(REPO, entry, IngestConfig())
    assert row["path"] == safe_path(entry.path) == "caf\\xe9.c"
    assert row["text"] == "int x;\n"
    pa.Table.from_pylist([row], schema=schema.FILES)
