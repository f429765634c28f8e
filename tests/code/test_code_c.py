"""C extraction on small hand-written snippets, with the exact symbols expected."""

from __future__ import annotations

from tests.code.rows import by_name, symbols

HEADER = """\
#ifndef DEMO_H
#define DEMO_H
#include <stdint.h>
#define VERSION 3 /* trailing comment */
#define MASK (1UL << VERSION) // line comment
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define LONG_ONE (VERSION + \\
                  1)
#ifdef FEATURE
#  define IN_IFDEF 0x10
#elif defined(OTHER)
#  define IN_ELIF 0x20
#else
#  define IN_ELSE 0x30
#endif
#define EMPTY
struct point { int x; int y; };
typedef struct {
  uint8_t kind;
  union { uint16_t raw; struct { uint8_t lo, hi; } bytes; } data;
  uint32_t flags : 3;
  char name[8];
  void (*callback)(int);
} record_t;
enum color { RED, GREEN = 5, BLUE, WHITE = (1 << 4) };
typedef enum { MODE_A = VERSION, MODE_B } mode_t;
typedef unsigned int uint_t;
static int counter = 3;
extern const char *names[4];
int add(int a, int b);
char **lookup(const char *key);
void (*handler)(int);
static inline int sub(int a,
                      int b) {
  int local = a - b;
  return local;
}
#endif
"""


def test_macros(parse) -> None:
    macros = by_name(parse(HEADER), "macro")
    assert set(macros) == {
        "DEMO_H",
        "VERSION",
        "MASK",
        "LONG_ONE",
        "IN_IFDEF",
        "IN_ELIF",
        "IN_ELSE",
        "EMPTY",
    }
    assert macros["VERSION"] == {
        "kind": "macro",
        "name": "VERSION",
        "value": "3",
        "number": 3,
        "signature": None,
        "start_line": 4,
        "end_line": 4,
        "parent": None,
        "role": None,
    }
    assert (macros["MASK"]["value"], macros["MASK"]["number"]) == ("(1UL << VERSION)", 8)
    assert macros["LONG_ONE"]["value"] == "(VERSION + 1)"
    assert (macros["LONG_ONE"]["number"], macros["LONG_ONE"]["end_line"]) == (4, 8)
    assert [macros[n]["number"] for n in ("IN_IFDEF", "IN_ELIF", "IN_ELSE")] == [16, 32, 48]
    assert [macros[n]["start_line"] for n in ("IN_IFDEF", "IN_ELIF", "IN_ELSE")] == [10, 12, 14]
    assert macros["EMPTY"]["value"] is None and macros["DEMO_H"]["start_line"] == 2


def test_function_like_macro(parse) -> None:
    (row,) = symbols(parse(HEADER), "macro_function")
    assert (row["name"], row["signature"], row["value"]) == (
        "MAX",
        "(a, b)",
        "((a) > (b) ? (a) : (b))",
    )
    assert (row["start_line"], row["end_line"]) == (6, 6)


def test_functions_and_declarations(parse) -> None:
    rows = parse(HEADER)
    (fn,) = symbols(rows, "function")
    assert (fn["name"], fn["signature"], fn["start_line"], fn["end_line"]) == (
        "sub",
        "sub(int a, int b)",
        33,
        37,
    )
    decls = by_name(rows, "function_decl")
    assert set(decls) == {"add", "lookup"}
    assert decls["add"]["signature"] == "add(int a, int b)"
    assert decls["lookup"]["signature"] == "**lookup(const char *key)"
    variables = by_name(rows, "variable")
    assert set(variables) == {"counter", "names", "handler"}  # not the local in sub()
    assert (variables["counter"]["signature"], variables["counter"]["number"]) == ("static int", 3)
    assert variables["names"]["signature"] == "extern const char *[4]"
    assert variables["handler"]["signature"] == "void (*)(int)"


def test_aggregates_and_fields(parse) -> None:
    rows = parse(HEADER)
    aggregates = {(r["kind"], r["name"]) for r in symbols(rows) if r["kind"] in ("struct", "union")}
    assert aggregates == {
        ("struct", "point"),
        ("struct", "record_t"),  # anonymous, named by its typedef
        ("union", "record_t.data"),
        ("struct", "record_t.data.bytes"),
    }
    fields = {(r["parent"], r["name"]): r["signature"] for r in symbols(rows, "field")}
    assert fields == {
        ("point", "x"): "int",
        ("point", "y"): "int",
        ("record_t", "kind"): "uint8_t",
        ("record_t", "data"): "union record_t.data",
        ("record_t.data", "raw"): "uint16_t",
        ("record_t.data", "bytes"): "struct record_t.data.bytes",
        ("record_t.data.bytes", "lo"): "uint8_t",
        ("record_t.data.bytes", "hi"): "uint8_t",
        ("record_t", "flags"): "uint32_t : 3",
        ("record_t", "name"): "char[8]",
        ("record_t", "callback"): "void (*)(int)",
    }
    point = by_name(rows, "struct")["point"]
    assert (point["start_line"], point["end_line"]) == (17, 17)
    assert by_name(rows, "field")["kind"]["start_line"] == 19


def test_enums_and_typedefs(parse) -> None:
    rows = parse(HEADER)
    assert set(by_name(rows, "enum")) == {"color", "mode_t"}
    enumerators = {
        r["name"]: (r["value"], r["number"], r["parent"]) for r in symbols(rows, "enumerator")
    }
    assert enumerators == {
        "RED": (None, 0, "color"),
        "GREEN": ("5", 5, "color"),
        "BLUE": (None, 6, "color"),
        "WHITE": ("(1 << 4)", 16, "color"),
        "MODE_A": ("VERSION", 3, "mode_t"),  # macros defined earlier resolve
        "MODE_B": (None, 4, "mode_t"),
    }
    typedefs = {r["name"]: r["signature"] for r in symbols(rows, "typedef")}
    assert typedefs == {
        "record_t": "struct record_t",
        "mode_t": "enum mode_t",
        "uint_t": "unsigned int",
    }


def test_row_count_is_exact(parse) -> None:
    kinds = [r["kind"] for r in parse(HEADER)]
    assert kinds.count("file") == 1 and kinds[0] == "file"
    assert len(kinds) == 1 + 8 + 1 + 1 + 2 + 3 + 4 + 11 + 2 + 6 + 3


def test_comment_inside_a_define_body(parse) -> None:
    # tree-sitter-c misreads this define (the name becomes `B`); it is read by a regex instead
    rows = parse("#define A 1\n#define Z (A /* c */ + 2)\n#define B 3\n")
    macros = by_name(rows, "macro")
    assert set(macros) == {"A", "Z", "B"}
    assert (macros["Z"]["value"], macros["Z"]["number"], macros["Z"]["start_line"]) == (
        "(A + 2)",
        3,
        2,
    )
    assert rows[0]["parse_status"] == "partial"


def test_non_ascii_text_keeps_byte_offsets_right(parse) -> None:
    rows = parse("/* Größe: ÄÖÜ */\n#define SIZE_ÄÖ 1\n#define SIZE 0x10 /* Größe */\nint café;\n")
    macros = by_name(rows, "macro")
    assert macros["SIZE"]["number"] == 16 and macros["SIZE"]["start_line"] == 3


def test_vendor_specifiers_and_inline_assembly(parse) -> None:
    # shaped like CMSIS core_cm4.h / cmsis_gcc.h and Nordic nrfx HAL headers
    rows = parse(
        "#define __ASM __asm\n"
        "#define MY_INLINE static inline __attribute__((always_inline))\n"
        "__STATIC_INLINE void __enable_irq(void)\n"
        "{\n"
        '  __ASM volatile ("cpsie i" : : : "memory");\n'
        "}\n"
        "NRF_STATIC_INLINE uint32_t nrf_twi_task_address_get(NRF_TWI_Type const * p_reg)\n"
        "{\n"
        "    return 0;\n"
        "}\n"
        "__WEAK void SystemInit(void) { }\n"
        "MY_INLINE int fast(int x) { return x; }\n"
    )
    assert rows[0]["parse_status"] == "ok"
    functions = [(r["name"], r["start_line"], r["end_line"]) for r in symbols(rows, "function")]
    assert functions == [
        ("__enable_irq", 3, 6),
        ("nrf_twi_task_address_get", 7, 10),
        ("SystemInit", 11, 11),
        ("fast", 12, 12),
    ]


def test_cplusplus_guard_does_not_break_the_tree(parse) -> None:
    rows = parse(
        '#ifdef __cplusplus\nextern "C" {\n#endif /* __cplusplus */\n'
        "#define A 1\nint f(void);\n"
        "#ifdef __cplusplus\n}\n#endif\n"
    )
    assert rows[0]["parse_status"] == "ok"
    assert {(r["kind"], r["name"]) for r in symbols(rows)} == {
        ("macro", "A"),
        ("function_decl", "f"),
    }
