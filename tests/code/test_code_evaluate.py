"""The C constant evaluator: literals, operators, casts, macro references, refusals."""

from __future__ import annotations

import pytest

from spark_data.code.evaluate import Macros, evaluate, literal


@pytest.fixture
def macros() -> Macros:
    m = Macros()
    for name, body in [
        ("PERIPH_BASE", "0x40000000UL"),
        ("APB2PERIPH_BASE", "(PERIPH_BASE + 0x00010000UL)"),
        ("USART1_BASE", "(APB2PERIPH_BASE + 0x1000UL)"),
        ("USART_SR_PE_Pos", "(0U)"),
        ("SHIFT", "3"),
        ("LOOP_A", "LOOP_B"),
        ("LOOP_B", "LOOP_A"),
    ]:
        m.define(name, body)
    m.define_function("_BV", ["bit"], "(1 << (bit))")
    m.define_function("FIELD", ["v", "pos"], "((v) << (pos))")
    return m


@pytest.mark.parametrize(
    "text, value",
    [
        ("0x1F", 31),
        ("0X1fUL", 31),
        ("017", 15),  # octal
        ("0b1010", 10),
        ("42u", 42),
        ("10ULL", 10),
        ("(5)", 5),
        ("'A'", 65),
        ("'\\n'", 10),
        ("1 + 2 * 3 - 4", 3),
        ("(1 + 2) * 3", 9),
        ("1 << 2 + 1", 8),  # + binds tighter than <<
        ("1 | 2 ^ 3 & 4", 3),
        ("0xF0 >> 4", 15),
        ("-7 / 2", -3),  # C truncates toward zero
        ("-7 % 2", -1),
        ("~0x0F & 0xFF", 0xF0),
        ("!0 + !5", 1),
        ("3 > 2 ? 10 : 20", 10),
        ("1 ? 2 : 3 ? 4 : 5", 2),
        ("(uint32_t)0x40000000", 0x40000000),
        ("(uint8_t)0x1FF", 0xFF),  # a cast to a known width truncates
        ("(int8_t)0xFF", -1),
        ("(unsigned long long)1 << 40", 1 << 40),
        ("((uint16_t)0x0001)", 1),
        ("(0x3UL << 4)", 0x30),
        ("0x7FFFFFFFFFFFFFFF", 2**63 - 1),
    ],
)
def test_constant_expressions(text: str, value: int) -> None:
    assert evaluate(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "1.5",  # a float
        '"iom128.h"',  # a string
        "08",  # not octal
        "1 / 0",
        "1 % 0",
        "1 << 64",  # does not fit int64
        "1 << -1",
        "0xFFFFFFFFFFFFFFFFULL",  # uint64, does not fit int64
        "sizeof(int)",
        "UNKNOWN + 1",
        "(1 + 2",
        "1 +",
        "",
        "do { } while (0)",
        "(*(volatile uint32_t *)0x40011000)",  # a dereference is not a constant
    ],
)
def test_not_constant(text: str) -> None:
    assert evaluate(text) is None


def test_macro_references_resolve_recursively(macros: Macros) -> None:
    assert evaluate("(APB2PERIPH_BASE + 0x1000UL)", macros) == 0x40011000
    assert evaluate("USART1_BASE", macros) == 0x40011000
    assert evaluate("(0x1UL << USART_SR_PE_Pos)", macros) == 1
    assert evaluate("(1UL << SHIFT) | (1 << (SHIFT + 1))", macros) == 0x18


def test_function_like_macros_expand(macros: Macros) -> None:
    assert evaluate("_BV(3) | _BV(SHIFT + 1)", macros) == 0x18
    assert evaluate("FIELD(0x3, 4)", macros) == 0x30
    assert evaluate("FIELD(1)", macros) is None  # wrong number of arguments


def test_cycles_and_depth_are_refused(macros: Macros) -> None:
    assert evaluate("LOOP_A", macros) is None
    deep = Macros()
    deep.define("M0", "1")
    for i in range(1, 40):
        deep.define(f"M{i}", f"(M{i - 1} + 1)")
    assert evaluate("M39", deep) is None  # deeper than MAX_DEPTH
    assert evaluate("M5", deep) == 6


def test_a_parenthesised_macro_is_not_a_cast(macros: Macros) -> None:
    assert evaluate("(SHIFT) - 1", macros) == 2
    assert evaluate("(SHIFT) + (SHIFT)", macros) == 6


def test_address_mode_reads_register_accessors() -> None:
    assert evaluate("(*(volatile uint32_t *)0x40011000UL)", address=True) == 0x40011000
    assert evaluate("_SFR_IO8(0x16)", address=True) == 0x36  # data space = I/O + 0x20
    assert evaluate("_SFR_MEM8(0x60)", address=True) == 0x60
    assert evaluate("_SFR_IO16(0x04)", address=True) == 0x24
    assert evaluate("_SFR_IO8(0x16)") is None  # not a constant outside address mode


def test_pointer_casts_keep_the_address(macros: Macros) -> None:
    assert evaluate("((USART_TypeDef *) USART1_BASE)", macros) == 0x40011000


def test_literal() -> None:
    assert literal("0x10UL") == 16
    assert literal("(7U)") == 7
    assert literal("FOO") is None
