"""Vendor register headers are recognised (register_header_v1) and survive every rule."""

from __future__ import annotations

from dataclasses import replace

from register_headers import BSD_HEADER, amdgpu_sh_mask, svd_header

from spark_data.config import FilterConfig
from spark_data.filters import RULES, Doc, is_register_header, rule_minified, tag_row

CFG = FilterConfig()
# What a generic web/code-corpus filter would use: every ratio rule fires on these headers.
GENERIC = FilterConfig(
    max_line_chars=100,
    max_line_share=0.01,
    max_mean_line_chars=40.0,
    minified_min_syntax_share=0.0,
    min_alnum_share=0.95,
    data_array_share=0.0,
    data_array_min_lines=0,
)


def test_register_headers_are_tagged_and_kept(register_header: tuple[str, str]) -> None:
    family, text = register_header
    assert text.count("\n") >= 300, family
    reason, tags = tag_row(text, "c_header", None, None, CFG)
    assert reason is None, family
    assert "register_header_v1" in tags, family


def test_register_headers_are_exempt_from_the_ratio_rules(register_header: tuple[str, str]) -> None:
    family, text = register_header
    doc = Doc(text, "c_header", GENERIC)
    fired = [r.name for r in RULES if r.ratio and r.check(doc)]
    assert fired, f"{family}: the generic thresholds should trip a ratio rule"
    assert tag_row(text, "c_header", None, None, GENERIC)[0] is None, family


def test_svd_aligned_long_lines_look_minified_but_are_kept() -> None:
    text = svd_header(width=1100)
    assert rule_minified.check(Doc(text, "c_header"))  # what the exemption saves it from
    assert tag_row(text, "c_header", None, None, CFG) == (
        None,
        ["register_header_v1", "generated_v1"],
    )


def test_a_register_header_larger_than_the_scan_window_is_sampled_and_kept() -> None:
    text = amdgpu_sh_mask() * 80  # ~3.5 MB, judged on four windows of max_scan_chars / 4
    assert len(text) > 3 * CFG.max_scan_chars
    assert tag_row(text, "c_header", None, None, CFG) == (None, ["register_header_v1"])


def test_asm_equ_register_include() -> None:
    rows = [
        f".equ PORT{p}{b} = 0x{0x18 + b:02X} ; port {p} bit {b}" for p in "ABCD" for b in range(8)
    ]
    text = "; tn13def.inc\n" + "\n".join(rows) + "\n"
    assert is_register_header(text, CFG)


def test_ordinary_code_and_config_headers_are_not_register_headers() -> None:
    code = "int add(int a, int b)\n{\n    return a + b;\n}\n" * 30
    config = "\n".join(f"#define APP_OPTION_{i} {i % 2}" for i in range(40))
    few_regs = code + "\n".join(f"#define REG{i}_OFFSET 0x{i * 4:02X}" for i in range(25))
    for text in (code, config, few_regs, BSD_HEADER):
        assert not is_register_header(text, CFG), text[:40]


def test_min_register_defines_threshold() -> None:
    text = "\n".join(f"#define GPIO_MODER_MODE{i}_Pos ({2 * i}U)" for i in range(10))
    assert not is_register_header(text, CFG)
    assert is_register_header(text, replace(CFG, min_register_defines=10))
