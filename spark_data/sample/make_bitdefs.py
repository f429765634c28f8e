"""Print the CMSIS-style bit definitions of repos/stm32f4-cmsis-device/Include/stm32f411xe.h.

In: the field tables below, typed from the STM32F411 reference manual's (RM0383) register
descriptions (name, bit position, width). Out: the `_Pos` / `_Msk` / alias block of the
header, on stdout. The rest of the header is hand-written; this block was pasted between
its "Peripheral Registers Bits Definition" and "Exported macros" banners.

    python spark_data/sample/make_bitdefs.py > /tmp/bitdefs.h
"""

from __future__ import annotations

# (register, [(field, position, width), ...]); single-bit fields have width 1.
RCC = [
    ("RCC_CR", [("HSION", 0, 1), ("HSIRDY", 1, 1), ("HSITRIM", 3, 5), ("HSICAL", 8, 8),
                ("HSEON", 16, 1), ("HSERDY", 17, 1), ("HSEBYP", 18, 1), ("CSSON", 19, 1),
                ("PLLON", 24, 1), ("PLLRDY", 25, 1), ("PLLI2SON", 26, 1),
                ("PLLI2SRDY", 27, 1)]),
    ("RCC_PLLCFGR", [("PLLM", 0, 6), ("PLLN", 6, 9), ("PLLP", 16, 2), ("PLLSRC", 22, 1),
                     ("PLLQ", 24, 4)]),
    ("RCC_CFGR", [("SW", 0, 2), ("SWS", 2, 2), ("HPRE", 4, 4), ("PPRE1", 10, 3),
                  ("PPRE2", 13, 3), ("RTCPRE", 16, 5), ("MCO1", 21, 2), ("I2SSRC", 23, 1),
                  ("MCO1PRE", 24, 3), ("MCO2PRE", 27, 3), ("MCO2", 30, 2)]),
    ("RCC_CIR", [("LSIRDYF", 0, 1), ("LSERDYF", 1, 1), ("HSIRDYF", 2, 1), ("HSERDYF", 3, 1),
                 ("PLLRDYF", 4, 1), ("PLLI2SRDYF", 5, 1), ("CSSF", 7, 1), ("LSIRDYIE", 8, 1),
                 ("LSERDYIE", 9, 1), ("HSIRDYIE", 10, 1), ("HSERDYIE", 11, 1),
                 ("PLLRDYIE", 12, 1), ("PLLI2SRDYIE", 13, 1), ("LSIRDYC", 16, 1),
                 ("LSERDYC", 17, 1), ("HSIRDYC", 18, 1), ("HSERDYC", 19, 1),
                 ("PLLRDYC", 20, 1), ("PLLI2SRDYC", 21, 1), ("CSSC", 23, 1)]),
]  # fmt: skip

_AHB1 = [("GPIOA", 0), ("GPIOB", 1), ("GPIOC", 2), ("GPIOD", 3), ("GPIOE", 4), ("GPIOH", 7),
         ("CRC", 12), ("DMA1", 21), ("DMA2", 22)]  # fmt: skip
_APB1 = [("TIM2", 0), ("TIM3", 1), ("TIM4", 2), ("TIM5", 3), ("WWDG", 11), ("SPI2", 14),
         ("SPI3", 15), ("USART2", 17), ("I2C1", 21), ("I2C2", 22), ("I2C3", 23), ("PWR", 28)]  # fmt: skip
_APB2 = [("TIM1", 0), ("USART1", 4), ("USART6", 5), ("ADC1", 8), ("SDIO", 11), ("SPI1", 12),
         ("SPI4", 13), ("SYSCFG", 14), ("TIM9", 16), ("TIM10", 17), ("TIM11", 18), ("SPI5", 20)]  # fmt: skip


def _bus(reg: str, bits: list[tuple[str, int]], suffix: str) -> tuple[str, list]:
    return reg, [(name + suffix, pos, 1) for name, pos in bits]


RCC += [
    _bus("RCC_AHB1RSTR", _AHB1, "RST"),
    _bus("RCC_AHB2RSTR", [("OTGFS", 7)], "RST"),
    _bus("RCC_APB1RSTR", _APB1, "RST"),
    _bus("RCC_APB2RSTR", [(n.replace("ADC1", "ADC"), p) for n, p in _APB2], "RST"),
    _bus("RCC_AHB1ENR", _AHB1, "EN"),
    _bus("RCC_AHB2ENR", [("OTGFS", 7)], "EN"),
    _bus("RCC_APB1ENR", _APB1, "EN"),
    _bus("RCC_APB2ENR", _APB2, "EN"),
    ("RCC_BDCR", [("LSEON", 0, 1), ("LSERDY", 1, 1), ("LSEBYP", 2, 1), ("LSEMOD", 3, 1),
                  ("RTCSEL", 8, 2), ("RTCEN", 15, 1), ("BDRST", 16, 1)]),
    ("RCC_CSR", [("LSION", 0, 1), ("LSIRDY", 1, 1), ("RMVF", 24, 1), ("BORRSTF", 25, 1),
                 ("PINRSTF", 26, 1), ("PORRSTF", 27, 1), ("SFTRSTF", 28, 1),
                 ("IWDGRSTF", 29, 1), ("WWDGRSTF", 30, 1), ("LPWRRSTF", 31, 1)]),
    ("RCC_DCKCFGR", [("TIMPRE", 24, 1)]),
]  # fmt: skip

GPIO = [
    ("GPIO_MODER", [(f"MODER{i}", 2 * i, 2) for i in range(16)]),
    ("GPIO_OTYPER", [(f"OT{i}", i, 1) for i in range(16)]),
    ("GPIO_OSPEEDR", [(f"OSPEED{i}", 2 * i, 2) for i in range(16)]),
    ("GPIO_PUPDR", [(f"PUPD{i}", 2 * i, 2) for i in range(16)]),
    ("GPIO_IDR", [(f"ID{i}", i, 1) for i in range(16)]),
    ("GPIO_ODR", [(f"OD{i}", i, 1) for i in range(16)]),
    (
        "GPIO_BSRR",
        [(f"BS{i}", i, 1) for i in range(16)] + [(f"BR{i}", 16 + i, 1) for i in range(16)],
    ),
    ("GPIO_AFRL", [(f"AFSEL{i}", 4 * i, 4) for i in range(8)]),
    ("GPIO_AFRH", [(f"AFSEL{i + 8}", 4 * i, 4) for i in range(8)]),
]

USART = [
    ("USART_SR", [("PE", 0, 1), ("FE", 1, 1), ("NE", 2, 1), ("ORE", 3, 1), ("IDLE", 4, 1),
                  ("RXNE", 5, 1), ("TC", 6, 1), ("TXE", 7, 1), ("LBD", 8, 1), ("CTS", 9, 1)]),
    ("USART_DR", [("DR", 0, 9)]),
    ("USART_BRR", [("DIV_Fraction", 0, 4), ("DIV_Mantissa", 4, 12)]),
    ("USART_CR1", [("SBK", 0, 1), ("RWU", 1, 1), ("RE", 2, 1), ("TE", 3, 1), ("IDLEIE", 4, 1),
                   ("RXNEIE", 5, 1), ("TCIE", 6, 1), ("TXEIE", 7, 1), ("PEIE", 8, 1),
                   ("PS", 9, 1), ("PCE", 10, 1), ("WAKE", 11, 1), ("M", 12, 1), ("UE", 13, 1),
                   ("OVER8", 15, 1)]),
    ("USART_CR2", [("ADD", 0, 4), ("LBDL", 5, 1), ("LBDIE", 6, 1), ("LBCL", 8, 1),
                   ("CPHA", 9, 1), ("CPOL", 10, 1), ("CLKEN", 11, 1), ("STOP", 12, 2),
                   ("LINEN", 14, 1)]),
    ("USART_CR3", [("EIE", 0, 1), ("IREN", 1, 1), ("IRLP", 2, 1), ("HDSEL", 3, 1),
                   ("NACK", 4, 1), ("SCEN", 5, 1), ("DMAR", 6, 1), ("DMAT", 7, 1),
                   ("RTSE", 8, 1), ("CTSE", 9, 1), ("CTSIE", 10, 1), ("ONEBIT", 11, 1)]),
    ("USART_GTPR", [("PSC", 0, 8), ("GT", 8, 8)]),
]  # fmt: skip

FLASH_PWR = [
    ("FLASH_ACR", [("LATENCY", 0, 4), ("PRFTEN", 8, 1), ("ICEN", 9, 1), ("DCEN", 10, 1),
                   ("ICRST", 11, 1), ("DCRST", 12, 1)]),
    ("FLASH_SR", [("EOP", 0, 1), ("SOP", 1, 1), ("WRPERR", 4, 1), ("PGAERR", 5, 1),
                  ("PGPERR", 6, 1), ("PGSERR", 7, 1), ("RDERR", 8, 1), ("BSY", 16, 1)]),
    ("FLASH_CR", [("PG", 0, 1), ("SER", 1, 1), ("MER", 2, 1), ("SNB", 3, 4), ("PSIZE", 8, 2),
                  ("STRT", 16, 1), ("EOPIE", 24, 1), ("ERRIE", 25, 1), ("LOCK", 31, 1)]),
    ("PWR_CR", [("LPDS", 0, 1), ("PDDS", 1, 1), ("CWUF", 2, 1), ("CSBF", 3, 1), ("PVDE", 4, 1),
                ("PLS", 5, 3), ("DBP", 8, 1), ("FPDS", 9, 1), ("LPLVDS", 10, 1),
                ("MRLVDS", 11, 1), ("ADCDC1", 13, 1), ("VOS", 14, 2)]),
    ("PWR_CSR", [("WUF", 0, 1), ("SBF", 1, 1), ("PVDO", 2, 1), ("BRR", 3, 1), ("EWUP", 8, 1),
                 ("BRE", 9, 1), ("VOSRDY", 14, 1)]),
]  # fmt: skip

SECTIONS = [
    ("Reset and Clock Control", RCC),
    ("General Purpose I/O", GPIO),
    ("Universal Synchronous Asynchronous Receiver Transmitter (USART)", USART),
    ("FLASH and Power Control", FLASH_PWR),
]


_NO_BIT_ALIASES = ("GPIO_OSPEEDR", "GPIO_PUPDR", "GPIO_AFRL", "GPIO_AFRH")


def _define(name: str, value: str, comment: str = "") -> str:
    line = f"#define {name:<40} {value}"
    return f"{line:<86} /*!< {comment} */" if comment else line


def field_lines(reg: str, name: str, pos: int, width: int) -> list[str]:
    """The _Pos, _Msk and alias lines of one field (plus _0, _1, ... for multi-bit ones)."""
    full = f"{reg}_{name}"
    mask = (1 << width) - 1
    lines = [
        _define(f"{full}_Pos", f"({pos}U)"),
        _define(f"{full}_Msk", f"(0x{mask:X}UL << {full}_Pos)", f"0x{mask << pos:08X}"),
        _define(full, f"{full}_Msk"),
    ]
    # Like the vendor headers, single-bit aliases for narrow fields (GPIO_MODER_MODER5_0);
    # left out for the wide GPIO speed/pull/alternate-function fields to keep the file small.
    if 1 < width <= 5 and reg not in _NO_BIT_ALIASES:
        for b in range(width):
            lines.append(
                _define(f"{full}_{b}", f"(0x{1 << b:X}UL << {full}_Pos)", f"0x{1 << (pos + b):08X}")
            )
    return lines


def banner(text: str, fill: str = "*") -> str:
    inner = f"  {text}  "
    side = max(2, (80 - len(inner)) // 2)
    return f"/{fill * side}{inner}{fill * (80 - side - len(inner))}/"


def render() -> str:
    out = []
    for title, registers in SECTIONS:
        rule, blank = "/" + "*" * 78 + "/", "/*" + " " * 76 + "*/"
        out += ["", rule, blank, f"/*{title:^76}*/", blank, rule]
        for reg, fields in registers:
            out += ["", banner(f"Bit definition for {reg} register")]
            for name, pos, width in fields:
                out += field_lines(reg, name, pos, width)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(), end="")
