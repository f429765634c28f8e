"""Each rule of spark_data.filters, positive and negative, on crafted inputs (no Ray)."""

from __future__ import annotations

import base64
import json
import random
import re

import pytest
from register_headers import BSD_HEADER

from spark_data.config import FilterConfig
from spark_data.filters import (
    RULES,
    TAGS,
    Doc,
    first_reason,
    rule_data_blob,
    rule_empty,
    rule_encoded_blob,
    rule_license_only,
    rule_low_alnum,
    rule_minified,
    tag_generated,
    tag_row,
)

CFG = FilterConfig()

C_CODE = """#include "uart.h"

/* Send one byte once the transmit register is empty. */
void uart_putc(USART_TypeDef *u, uint8_t c)
{
    while ((u->SR & USART_SR_TXE) == 0) {
        /* wait */
    }
    u->DR = c;
}

int uart_write(USART_TypeDef *u, const uint8_t *buf, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        uart_putc(u, buf[i]);
    }
    return (int)len;
}
"""

MIT = """MIT License

Copyright (c) 2021 Example Author

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def reason(text: str, kind: str = "c_source", **overrides: object) -> str | None:
    return first_reason(Doc(text, kind, FilterConfig(**overrides)))


def firmware_array(n_bytes: int = 8192, per_line: int = 16) -> str:
    rng = random.Random(0)
    rows = [
        "    " + ", ".join(f"0x{rng.randrange(256):02X}" for _ in range(per_line)) + ","
        for _ in range(n_bytes // per_line)
    ]
    return "\n".join(
        [BSD_HEADER, "#include <stdint.h>", "", "const uint8_t fw_image[] = {", *rows, "};", ""]
    )


# --- registry ------------------------------------------------------------------------------


def test_registry_lists_every_rule_in_order_with_versioned_unique_names() -> None:
    names = [r.name for r in RULES] + [t.name for t in TAGS]
    assert [r.name for r in RULES] == [
        "empty_v1",
        "license_only_v1",
        "encoded_blob_v1",
        "minified_v1",
        "data_blob_v1",
        "low_alnum_v1",
    ]
    assert [t.name for t in TAGS] == ["register_header_v1", "generated_v1"]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z_]+_v\d+", n) for n in names)
    assert all(r.what for r in RULES) and all(t.what for t in TAGS)


def test_first_hit_wins() -> None:
    # A one-line JSON of base64 values is both encoded and minified: the earlier rule names it.
    rng = random.Random(1)
    obj = {f"k{i}": base64.b64encode(rng.randbytes(48)).decode() for i in range(200)}
    doc = Doc(json.dumps(obj, separators=(",", ":")), "other_text")
    assert rule_encoded_blob.check(doc) and rule_minified.check(doc)
    assert first_reason(doc) == "encoded_blob_v1"


def test_ordinary_c_code_is_kept() -> None:
    assert reason(BSD_HEADER + C_CODE) is None
    assert reason(C_CODE, "c_header") is None


# --- empty_v1 ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \r\n"])
def test_empty(text: str) -> None:
    assert rule_empty(Doc(text)) == "empty_v1"


def test_not_empty() -> None:
    assert rule_empty(Doc(" x\n")) is None
    assert tag_row(None, "c_source", None, None, CFG) == ("empty_v1", [])


# --- license_only_v1 -----------------------------------------------------------------------


def test_license_only_header_with_include_guard() -> None:
    text = BSD_HEADER + "\n#ifndef FOO_H\n#define FOO_H\n\n#endif /* FOO_H */\n"
    assert rule_license_only(Doc(text, "c_header")) == "license_only_v1"


@pytest.mark.parametrize(
    "text",
    ["// SPDX-License-Identifier: Apache-2.0\n", "# Copyright 2020 Foo. All rights reserved.\n"],
)
def test_license_only_one_line(text: str) -> None:
    assert rule_license_only(Doc(text, "build")) == "license_only_v1"


def test_license_text_files() -> None:
    assert rule_license_only(Doc(MIT, "other_text")) == "license_only_v1"
    assert rule_license_only(Doc("# MIT License\n\n" + MIT, "other_text")) == "license_only_v1"


def test_license_header_before_code_is_not_license_only() -> None:
    assert rule_license_only(Doc(BSD_HEADER + C_CODE, "c_source")) is None
    # C++ and Python files are other_text: their code after the header still counts.
    python = "".join(f"# {line}\n" for line in MIT.splitlines()) + "import os\n\nprint(os.sep)\n"
    assert rule_license_only(Doc(python, "other_text")) is None
    assert rule_license_only(Doc(BSD_HEADER + C_CODE, "other_text")) is None


def test_documentation_after_license_is_content() -> None:
    docs = (
        "/**\n * @mainpage Board support\n" + " * The clock tree runs at 48 MHz.\n" * 60 + " */\n"
    )
    assert rule_license_only(Doc(BSD_HEADER + docs, "c_header")) is None


def test_readme_mentioning_the_license_is_not_license_only() -> None:
    readme = "# Blinky\n\nBlinks the LED on PA5 every 500 ms.\n" * 20 + "\nLicense: MIT\n"
    assert rule_license_only(Doc(readme, "other_text")) is None


# --- encoded_blob_v1 -----------------------------------------------------------------------


def test_base64_certificate_array() -> None:
    der = base64.b64encode(random.Random(2).randbytes(3000)).decode()
    lines = [f'    "{der[i : i + 64]}\\n"' for i in range(0, len(der), 64)]
    text = "static const char ca_cert[] =\n" + "\n".join(lines) + ";\n"
    assert rule_encoded_blob(Doc(text)) == "encoded_blob_v1"


def test_escaped_byte_font() -> None:
    rng = random.Random(3)
    rows = [
        '  "' + "".join(f"\\{rng.randrange(256):o}" for _ in range(24)) + '"' for _ in range(80)
    ]
    text = "const uint8_t u8g2_font_6x10[2000] =\n" + "\n".join(rows) + ";\n"
    assert rule_encoded_blob(Doc(text)) == "encoded_blob_v1"


def test_one_key_in_real_code_is_not_a_blob() -> None:
    key = base64.b64encode(random.Random(4).randbytes(48)).decode()
    text = C_CODE * 3 + f'static const char *api_key = "{key}";\n'
    assert rule_encoded_blob(Doc(text)) is None


# --- minified_v1 ---------------------------------------------------------------------------


def test_minified_js_one_liner() -> None:
    fn = "function(e,t){return e&&e.__esModule?e:{default:e}};var n=r(12),o=n(t[3]);"
    text = "!" + fn * 300
    assert rule_minified(Doc(text, "other_text")) == "minified_v1"


def test_minified_json() -> None:
    obj = [{"id": i, "name": f"pin{i}", "af": [i % 16, 7], "pull": None} for i in range(400)]
    text = json.dumps(obj, separators=(",", ":"))
    assert rule_minified(Doc(text, "other_text")) == "minified_v1"
    assert rule_minified(Doc(json.dumps(obj), "other_text")) == "minified_v1"  # ", " too


def test_markdown_prose_with_long_paragraph_lines_is_not_minified() -> None:
    para = (
        "The bootloader checks the image header, then the CRC, and jumps to the reset vector " * 15
    )
    text = ("## Boot flow\n\n" + para + "\n\n") * 10
    assert max(len(line) for line in text.splitlines()) > 1000
    assert rule_minified(Doc(text, "other_text")) is None


def test_code_with_one_long_line_is_not_minified() -> None:
    text = C_CODE * 5 + "/* " + "x" * 3000 + " */\n"
    assert rule_minified(Doc(text)) is None


def test_files_larger_than_the_scan_window_are_judged_on_samples() -> None:
    fn = "function(e,t){return e&&e.__esModule?e:{default:e}};"
    one_line = "!" + fn * 80_000  # 4 MB, one line: every window is a piece of it
    assert len(one_line) > 3 * CFG.max_scan_chars
    assert reason(one_line, "other_text") == "minified_v1"
    assert reason(firmware_array(2_000_000)) == "data_blob_v1"
    assert reason(C_CODE * 5000) is None


def test_short_one_line_file_is_not_minified() -> None:
    assert rule_minified(Doc('{"a": [1, 2, 3], "b": {"c": "' + "d" * 250 + '"}}')) is None


# --- data_blob_v1 --------------------------------------------------------------------------


def test_firmware_hex_array() -> None:
    assert rule_data_blob(Doc(firmware_array())) == "data_blob_v1"
    assert reason(firmware_array(), "c_header") == "data_blob_v1"


def test_font_table_with_comments_and_lookup_floats() -> None:
    font = [
        f"  0x00, 0x7C, 0x12, 0x11, 0x12, 0x7C, /* 0x{c:02X} '{chr(c)}' */" for c in range(32, 128)
    ]
    sine = [f"  {0.5 + i / 1000:.6f}f, {-i / 999:.6f}f, {i}," for i in range(200)]
    assert rule_data_blob(Doc("const uint8_t font[] = {\n" + "\n".join(font * 3) + "\n};")) == (
        "data_blob_v1"
    )
    assert (
        rule_data_blob(Doc("const float lut[] = {\n" + "\n".join(sine) + "\n};")) == "data_blob_v1"
    )


@pytest.mark.parametrize(
    "rows",
    [
        [
            f":10{i * 16:04X}00" + "".join(f"{(i * 7 + b) % 256:02X}" for b in range(17))
            for i in range(300)
        ],
        [f"S113{i * 16:04X}" + "AB" * 17 for i in range(300)],
        [
            f"{i * 16:08x}: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............"
            for i in range(300)
        ],
        [f"\t.byte 0x{i % 256:02x}, 0x{(i * 3) % 256:02x}, 0x10, 0x20" for i in range(300)],
        [f"{i},{i * 3},{i * i % 97},{-i}" for i in range(300)],
    ],
    ids=["intel_hex", "srec", "xxd", "asm_byte", "csv"],
)
def test_other_dumps(rows: list[str]) -> None:
    assert rule_data_blob(Doc("\n".join(rows) + "\n", "other_text")) == "data_blob_v1"


def test_modest_table_inside_real_code_is_kept() -> None:
    table = "static const uint16_t crc_table[256] = {\n" + firmware_array(1024).split("{\n")[1]
    text = BSD_HEADER + C_CODE * 12 + table + C_CODE * 6
    assert rule_data_blob(Doc(text)) is None
    assert reason(text) is None


def test_small_table_file_is_below_the_minimum_size() -> None:
    assert rule_data_blob(Doc(firmware_array(1024))) is None  # 64 rows < 200


# --- low_alnum_v1 --------------------------------------------------------------------------


def test_ascii_art_and_separators() -> None:
    art = "\n".join(["+-----+-----+", "|  ~  |  *  |", "+=====+=====+", "| -- | ## |"] * 50)
    assert rule_low_alnum(Doc(art, "other_text")) == "low_alnum_v1"


def test_code_and_non_latin_comments_have_enough_alnum() -> None:
    assert rule_low_alnum(Doc(C_CODE)) is None
    assert rule_low_alnum(Doc("/* 初始化串口，波特率 115200 */\n" * 40 + C_CODE)) is None


# --- generated_v1 (a tag, never a drop) ----------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "/* Generated by SVDConv V3.3.35 */",
        " * @note     Generated by SVDConv V3.3.35 on Monday",
        "// Code generated by protoc-gen-go. DO NOT EDIT.",
        "# This file was automatically generated by Kconfig",
        "/* WARNING: do not edit! */",
        "# @generated",
    ],
)
def test_generated_marker_is_a_tag(head: str) -> None:
    text = head + "\n" + C_CODE
    assert tag_generated(Doc(text))
    assert tag_row(text, "c_source", None, None, CFG) == (None, ["generated_v1"])


def test_generated_in_prose_is_not_a_marker() -> None:
    text = "/* Type information generated by the compiler is kept in .rodata. */\n" + C_CODE
    assert not tag_generated(Doc(text))


def test_generated_marker_far_down_is_not_looked_for() -> None:
    assert not tag_generated(Doc(C_CODE * 40 + "/* Generated by tool */\n"))
