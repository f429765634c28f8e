"""Assembly extraction: labels, directives, instructions, C preprocessor lines in .S files."""

from __future__ import annotations

from tests.code.rows import symbols

# Shaped like an ARM Cortex-M startup file (STM32 startup_*.s), with C preprocessor lines.
STARTUP = """\
/* startup for Cortex-M4 */
#include "config.h"
#define STACK_SIZE 0x400
#define RCC_BASE (0x40023800)
#ifdef USE_FPU
  .fpu fpv4-sp-d16
#endif
  .syntax unified
  .cpu cortex-m4
  .thumb
.global  g_pfnVectors
  .equ  BOOT_FLAG, 0x20
    .section  .text.Reset_Handler
  .weak  Reset_Handler
  .type  Reset_Handler, %function
Reset_Handler:
  ldr   sp, =_estack     /* set stack pointer */
  movs  r1, #0
  b  LoopCopyDataInit
LoopCopyDataInit:
  ldr  r0, =_sdata
  bcc  LoopCopyDataInit
.size  Reset_Handler, .-Reset_Handler
g_pfnVectors:
  .word  _estack
  .thumb_set NMI_Handler,Default_Handler
"""


def test_labels_directives_instructions(parse) -> None:
    rows = parse(STARTUP, kind="asm")
    labels = [(r["name"], r["start_line"]) for r in symbols(rows, "label")]
    assert labels == [("Reset_Handler", 16), ("LoopCopyDataInit", 20), ("g_pfnVectors", 24)]
    directives = [(r["name"], r["value"], r["start_line"]) for r in symbols(rows, "directive")]
    assert directives == [
        (".fpu", "fpv4-sp-d16", 6),
        (".syntax", "unified", 8),
        (".cpu", "cortex-m4", 9),
        (".thumb", None, 10),
        (".global", "g_pfnVectors", 11),
        (".equ", "BOOT_FLAG, 0x20", 12),
        (".section", ".text.Reset_Handler", 13),
        (".weak", "Reset_Handler", 14),
        (".type", "Reset_Handler, %function", 15),
        (".size", "Reset_Handler, .-Reset_Handler", 23),
        (".word", "_estack", 25),
        (".thumb_set", "NMI_Handler,Default_Handler", 26),
    ]
    assert symbols(rows, "directive")[5]["number"] == 0x20  # .equ value
    instructions = [
        (r["name"], r["value"], r["parent"], r["start_line"]) for r in symbols(rows, "instruction")
    ]
    assert instructions == [
        ("ldr", "sp, =_estack", "Reset_Handler", 17),
        ("movs", "r1, #0", "Reset_Handler", 18),
        ("b", "LoopCopyDataInit", "Reset_Handler", 19),
        ("ldr", "r0, =_sdata", "LoopCopyDataInit", 21),
        ("bcc", "LoopCopyDataInit", "LoopCopyDataInit", 22),
    ]


def test_preprocessor_defines_are_read(parse) -> None:
    macros = {
        r["name"]: (r["value"], r["number"], r["role"], r["start_line"])
        for r in symbols(parse(STARTUP, kind="asm"), "macro")
    }
    assert macros == {
        "STACK_SIZE": ("0x400", 0x400, None, 3),
        "RCC_BASE": ("(0x40023800)", 0x40023800, "base_address", 4),
    }


def test_instructions_can_be_left_out(parse) -> None:
    rows = parse(STARTUP, kind="asm", asm_instructions=False)
    assert not symbols(rows, "instruction")
    assert len(symbols(rows, "label")) == 3


def test_grammar_errors_make_the_file_partial_not_failed(parse) -> None:
    rows = parse(STARTUP, kind="asm")
    assert rows[0]["parse_status"] == "partial"  # `%function`, `.-Reset_Handler`
    assert 0 < rows[0]["error_share"] < 0.2


def test_avr_assembly(parse) -> None:
    rows = parse(
        "#include <avr/io.h>\n"
        "        .global main\n"
        "main:   ldi r16, 0xFF   ; all outputs\n"
        "        out _SFR_IO_ADDR(DDRB), r16\n"
        "loop:   rjmp loop\n",
        kind="asm",
    )
    got = [
        (r["kind"], r["name"], r["value"], r["parent"])
        for r in symbols(rows)
        if r["kind"] != "directive"
    ]
    assert got == [
        ("label", "main", None, None),
        ("label", "loop", None, None),
        ("instruction", "ldi", "r16, 0xFF", "main"),
        ("instruction", "out", "_SFR_IO_ADDR(DDRB), r16", "main"),
        ("instruction", "rjmp", "loop", "loop"),
    ]
