"""Generate the sample's two non-text inputs: a firmware image and a tiny datasheet PDF.

Out (both deterministic: the same bytes on every run, so they are committed as outputs):
  repos/nucleo-f411-shell/firmware/nucleo-f411-shell.bin  a 512-byte "image": a Cortex-M
      vector table head (initial SP, reset and fault handlers) and filler bytes
  datasheets/stm32f411_mini_rm.pdf  a 3-page reference-manual excerpt (memory map, RCC,
      GPIO and USART registers) written from the public STM32F411 (RM0383) facts, with a
      table of contents, for the datasheet phase of the quickstart

    python spark_data/sample/make_blobs.py
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRMWARE = HERE / "repos" / "nucleo-f411-shell" / "firmware" / "nucleo-f411-shell.bin"
PDF = HERE / "datasheets" / "stm32f411_mini_rm.pdf"


def firmware_bytes(size: int = 512) -> bytes:
    """Vector table head (SP, Reset, NMI, HardFault) then hash-derived filler."""
    head = struct.pack("<4I", 0x20020000, 0x08000199, 0x080001A1, 0x080001A3)
    filler = b""
    counter = 0
    while len(head) + len(filler) < size:
        filler += hashlib.blake2b(counter.to_bytes(4, "little"), digest_size=64).digest()
        counter += 1
    return (head + filler)[:size]


# (level, heading, body lines). Register facts from RM0383 (STM32F411xC/E).
PAGES: list[list[tuple[int, str, list[str]]]] = [
    [
        (1, "STM32F411xC/xE reference manual excerpt", [
            "Arm Cortex-M4 32-bit MCU with FPU, up to 100 MHz, 512 Kbytes of Flash,",
            "128 Kbytes of SRAM. This excerpt covers the memory map, the reset and",
            "clock controller (RCC), the general-purpose I/Os (GPIO) and the USART.",
        ]),
        (1, "1 Memory map", [
            "Boundary address          Peripheral   Bus",
            "0x4002 3800 - 0x4002 3BFF  RCC          AHB1",
            "0x4002 0400 - 0x4002 07FF  GPIOB        AHB1",
            "0x4002 0000 - 0x4002 03FF  GPIOA        AHB1",
            "0x4001 1400 - 0x4001 17FF  USART6       APB2",
            "0x4001 1000 - 0x4001 13FF  USART1       APB2",
            "0x4000 4400 - 0x4000 47FF  USART2       APB1",
            "Flash memory starts at 0x0800 0000 and SRAM at 0x2000 0000.",
        ]),
    ],
    [
        (1, "2 Reset and clock control (RCC)", [
            "After reset the 16 MHz internal RC oscillator (HSI) is the system clock.",
            "The main PLL multiplies HSI or HSE: f(VCO) = f(PLL input) x PLLN / PLLM,",
            "f(SYSCLK) = f(VCO) / PLLP. APB1 must not exceed 50 MHz.",
        ]),
        (2, "2.1 RCC clock control register (RCC_CR)", [
            "Address offset: 0x00. Reset value: 0x0000 XX83 (X: undefined).",
            "Bit 25 PLLRDY: main PLL clock ready flag.",
            "Bit 24 PLLON: main PLL enable.",
            "Bit 17 HSERDY: HSE clock ready flag.",
            "Bit 16 HSEON: HSE clock enable.",
            "Bit 1 HSIRDY: internal high-speed clock ready flag.",
            "Bit 0 HSION: internal high-speed clock enable.",
        ]),
        (2, "2.2 RCC AHB1 peripheral clock enable register (RCC_AHB1ENR)", [
            "Address offset: 0x30. Reset value: 0x0000 0000.",
            "Bit 7 GPIOHEN, bit 4 GPIOEEN, bit 3 GPIODEN, bit 2 GPIOCEN,",
            "bit 1 GPIOBEN, bit 0 GPIOAEN: IO port clock enable.",
        ]),
        (2, "2.3 RCC APB1 peripheral clock enable register (RCC_APB1ENR)", [
            "Address offset: 0x40. Reset value: 0x0000 0000.",
            "Bit 28 PWREN: power interface clock enable. Bit 17 USART2EN: USART2 clock enable.",
        ]),
    ],
    [
        (1, "3 General-purpose I/Os (GPIO)", [
            "Each port has four 32-bit configuration registers (MODER, OTYPER, OSPEEDR,",
            "PUPDR), two data registers (IDR, ODR) and a set/reset register (BSRR).",
        ]),
        (2, "3.1 GPIO port mode register (GPIOx_MODER)", [
            "Address offset: 0x00. Reset value: 0xA800 0000 for port A,",
            "0x0000 0280 for port B, 0x0000 0000 for the other ports.",
            "Bits 2y+1:2y MODERy[1:0]: 00 input, 01 output, 10 alternate function, 11 analog.",
        ]),
        (2, "3.2 GPIO port bit set/reset register (GPIOx_BSRR)", [
            "Address offset: 0x18. Reset value: 0x0000 0000. Write only.",
            "Bits 31:16 BRy: reset bit y. Bits 15:0 BSy: set bit y (BS wins if both).",
        ]),
        (1, "4 Universal sync/async receiver transmitter (USART)", []),
        (2, "4.1 Status register (USART_SR)", [
            "Address offset: 0x00. Reset value: 0x0000 00C0.",
            "Bit 7 TXE: transmit data register empty. Bit 6 TC: transmission complete.",
            "Bit 5 RXNE: read data register not empty. Bit 3 ORE: overrun error.",
        ]),
        (2, "4.2 Baud rate register (USART_BRR)", [
            "Address offset: 0x08. Reset value: 0x0000 0000.",
            "Bits 15:4 DIV_Mantissa[11:0], bits 3:0 DIV_Fraction[3:0] of USARTDIV.",
            "Tx/Rx baud = f(CK) / (8 x (2 - OVER8) x USARTDIV).",
        ]),
        (2, "4.3 Control register 1 (USART_CR1)", [
            "Address offset: 0x0C. Reset value: 0x0000 0000.",
            "Bit 15 OVER8, bit 13 UE: USART enable, bit 12 M: word length,",
            "bit 5 RXNEIE, bit 3 TE: transmitter enable, bit 2 RE: receiver enable.",
        ]),
    ],
]  # fmt: skip


def write_pdf(path: Path) -> None:
    import pymupdf  # imported here so that firmware generation needs nothing

    doc = pymupdf.open()
    toc = []
    for number, sections in enumerate(PAGES, start=1):
        page = doc.new_page(width=595, height=842)  # A4
        y = 72.0
        for level, heading, lines in sections:
            size = 16 if level == 1 else 12
            page.insert_text((56, y), heading, fontsize=size, fontname="hebo")
            toc.append([level, heading, number])
            y += size + 10
            for line in lines:
                page.insert_text((56, y), line, fontsize=10, fontname="cour")
                y += 14
            y += 12
    doc.set_toc(toc)
    doc.set_metadata(
        {
            "title": "STM32F411xC/xE reference manual excerpt (Spark sample)",
            "author": "The Spark sample authors",
            "subject": "STM32F411 RCC, GPIO and USART registers",
            "creator": "spark_data/sample/make_blobs.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20240101000000Z",
            "modDate": "D:20240101000000Z",
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path), garbage=4, deflate=True, no_new_id=True)


def main() -> None:
    FIRMWARE.parent.mkdir(parents=True, exist_ok=True)
    FIRMWARE.write_bytes(firmware_bytes())
    write_pdf(PDF)
    for p in (FIRMWARE, PDF):
        print(f"{p.relative_to(HERE)}: {p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
