"""Register-style roles on snippets shaped like real vendor headers (CMSIS, avr-libc, SDCC)."""

from __future__ import annotations

from spark_data.code.roles import is_contiguous_mask
from tests.code.rows import by_name, symbols

# Shaped like STMicroelectronics' CMSIS device header stm32f407xx.h (cut down).
CMSIS = """\
#define __IO volatile
#define __I volatile const
typedef struct
{
  __IO uint32_t SR;         /*!< USART Status register,     Address offset: 0x00 */
  __IO uint32_t DR;         /*!< USART Data register,       Address offset: 0x04 */
  __I  uint32_t BRR;
  uint32_t      RESERVED0[2];
  __IO uint32_t CR1;
} USART_TypeDef;
typedef struct { uint32_t a; uint32_t b; __IO uint32_t c; } NOT_A_BLOCK;
#define PERIPH_BASE           0x40000000UL /*!< Peripheral base address */
#define APB2PERIPH_BASE       (PERIPH_BASE + 0x00010000UL)
#define USART1_BASE           (APB2PERIPH_BASE + 0x1000UL)
#define EXT_BASE              (OTHER_FILE_BASE + 0x400UL)
#define USART1                ((USART_TypeDef *) USART1_BASE)
#define USART_SR_PE_Pos       (0U)
#define USART_SR_PE_Msk       (0x1UL << USART_SR_PE_Pos)
#define USART_SR_PE           USART_SR_PE_Msk
#define USART_CR1_M_Pos       (12U)
#define USART_CR1_M_Msk       (0x3UL << USART_CR1_M_Pos)
#define SYSCLK_REG            (*(volatile uint32_t *)0x40023808UL)
#define HSE_VALUE             8000000U
"""

# Shaped like avr-libc's avr/iom128.h: registers, then their bits as decimal numbers.
AVR = """\
#define PINB      _SFR_IO8(0x16)
#define DDRB      _SFR_IO8(0x17)
#define PORTB     _SFR_IO8(0x18)
#define PB3       3
#define PB2       2
#define TIMSK     _SFR_IO8(0x37)
#define TOIE0     0
#define OCIE0     1
#define UCSR0C    _SFR_MEM8(0x95)
#define UMSEL0    6
#define RAMSTART  0x100
#define XRAMEND   0xFFFF
#define SPM_PAGESIZE 256
#define PB7       7
"""

# Shaped like SDCC's mcs51/at89c51ed2.h: SFR declarations, then hex bit masks.
SDCC = """\
__sfr __at (0x8E) AUXR;    //Auxiliary function register
    #define DPU  0x80      //'1'=Disables weak pull-up
    #define M0   0x20
    #define XRS  0x1C      // XRAM select bits
__sbit __at (0x80) P0_0;
__sfr __at 0xA2 AUXR1;
    #define ENBOOT 0x20
#define NOT_A_BIT 0x3000
"""


def _roles(rows: list[dict], kind: str) -> dict[str, str | None]:
    return {r["name"]: r["role"] for r in symbols(rows, kind)}


def test_cmsis_register_block_and_fields(parse) -> None:
    rows = parse(CMSIS)
    fields = {r["name"]: (r["signature"], r["role"]) for r in symbols(rows, "field")}
    assert fields["SR"] == ("__IO uint32_t", "register")
    assert fields["BRR"] == ("__I uint32_t", "register")
    assert fields["RESERVED0"] == ("uint32_t[2]", None)
    assert by_name(rows, "struct")["USART_TypeDef"]["role"] == "register_block"
    assert by_name(rows, "typedef")["USART_TypeDef"]["role"] == "register_block"
    assert by_name(rows, "struct")["NOT_A_BLOCK"]["role"] is None  # 1 register of 3
    assert rows[0]["parse_status"] == "ok"  # __IO fields parse cleanly once blanked


def test_cmsis_macros(parse) -> None:
    macros = by_name(parse(CMSIS), "macro")
    expect = {
        "PERIPH_BASE": ("base_address", 0x40000000),
        "APB2PERIPH_BASE": ("base_address", 0x40010000),
        "USART1_BASE": ("base_address", 0x40011000),
        "EXT_BASE": ("base_address", None),  # refers to a base of another file
        "USART1": ("register_address", 0x40011000),  # a peripheral instance
        "USART_SR_PE_Pos": ("bit_position", 0),
        "USART_SR_PE_Msk": ("bit_mask", 1),
        "USART_SR_PE": ("bit_mask", 1),  # an alias takes its target's role
        "USART_CR1_M_Pos": ("bit_position", 12),
        "USART_CR1_M_Msk": ("bit_mask", 0x3000),
        "SYSCLK_REG": ("register_address", 0x40023808),
        "HSE_VALUE": (None, 8000000),
        "__IO": (None, None),
    }
    assert {n: (macros[n]["role"], macros[n]["number"]) for n in expect} == expect


def test_avr_registers_and_bit_runs(parse) -> None:
    macros = by_name(parse(AVR), "macro")
    got = {n: (r["role"], r["number"]) for n, r in macros.items()}
    assert got == {
        "PINB": ("register_address", 0x36),  # data-space address: I/O 0x16 + 0x20
        "DDRB": ("register_address", 0x37),
        "PORTB": ("register_address", 0x38),
        "PB3": ("bit_position", 3),
        "PB2": ("bit_position", 2),
        "TIMSK": ("register_address", 0x57),
        "TOIE0": ("bit_position", 0),
        "OCIE0": ("bit_position", 1),
        "UCSR0C": ("register_address", 0x95),
        "UMSEL0": ("bit_position", 6),
        "RAMSTART": (None, 0x100),  # hex after decimal bits: the run is over
        "XRAMEND": (None, 0xFFFF),
        "SPM_PAGESIZE": (None, 256),
        "PB7": (None, 7),  # no register above it any more
    }


def test_sdcc_sfr_declarations_and_masks(parse) -> None:
    rows = parse(SDCC)
    variables = {
        r["name"]: (r["role"], r["number"], r["signature"]) for r in symbols(rows, "variable")
    }
    assert variables == {
        "AUXR": ("register_address", 0x8E, "__sfr __at (0x8E)"),
        "P0_0": (None, 0x80, "__sbit __at (0x80)"),  # a bit address, not a register
        "AUXR1": ("register_address", 0xA2, "__sfr __at 0xA2"),
    }
    assert _roles(rows, "macro") == {
        "DPU": "bit_mask",
        "M0": "bit_mask",
        "XRS": "bit_mask",  # 0x1C: a contiguous field
        "ENBOOT": "bit_mask",
        "NOT_A_BIT": None,
    }
    assert rows[0]["parse_status"] == "ok"


def test_register_typedefs(parse) -> None:
    # Atmel SAM (RwReg) and AVR XMEGA (register8_t) style, and a volatile typedef of the file
    rows = parse(
        "typedef volatile uint32_t my_reg_t;\n"
        "typedef struct { RwReg CR; RoReg SR; WoReg DR; } Sam_Usart;\n"
        "typedef struct AC_struct { register8_t CTRLA; register8_t CTRLB; } AC_t;\n"
        "typedef struct { my_reg_t A; uint32_t B; } Mine;\n"
        "#define RW volatile\n"
        "typedef struct { RW uint32_t X; } Local;\n"
    )
    assert _roles(rows, "field") == {
        "CR": "register",
        "SR": "register",
        "DR": "register",
        "CTRLA": "register",
        "CTRLB": "register",
        "A": "register",
        "B": None,
        "X": "register",
    }
    blocks = {r["name"] for r in symbols(rows) if r["role"] == "register_block"}
    assert blocks == {"Sam_Usart", "AC_struct", "AC_t", "Mine", "Local"}
    assert by_name(rows, "field")["X"]["signature"] == "RW uint32_t"


def test_is_contiguous_mask() -> None:
    assert [is_contiguous_mask(n) for n in (0x80, 0x30, 0x0F, 1)] == [True] * 4
    assert [is_contiguous_mask(n) for n in (0, 0x5, 0x1001, -1)] == [False] * 4
