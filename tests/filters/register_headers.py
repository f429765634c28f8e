"""Realistic vendor register headers, generated in the tests (a few hundred lines each).

Each generator writes the shape of a real family, line for line, from a small register
list: CMSIS device headers (stm32f411xe.h), avr-libc (iotn13.h), Nordic MDK bitfields
(nrf52840_bitfields.h), SVDConv output with long aligned columns, and Linux amdgpu
(gc_9_0_offset.h / gc_9_0_sh_mask.h). Nothing is copied from those files.
"""

from __future__ import annotations

BSD_HEADER = """/*
 * Copyright (c) 2017 Example Semiconductor ASA
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without modification,
 * are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED.
 */
"""

PERIPHERALS = ["TIM2", "TIM3", "USART1", "USART2", "SPI1", "I2C1", "ADC1", "GPIOA", "GPIOB"]
REGISTERS = ["CR1", "CR2", "SR", "DR", "SMCR", "DIER", "EGR", "CCMR1", "PSC", "ARR"]
BITS = ["EN", "UDIS", "URS", "OPM", "DIR", "CMS", "ARPE", "CKD"]


def cmsis_header() -> str:
    """stm32f4xx-style: register structs, base addresses, then _Pos/_Msk bit definitions."""
    out = [BSD_HEADER, "#ifndef __STM32F411xE_H", "#define __STM32F411xE_H", ""]
    out += ["typedef struct", "{"]
    for i, reg in enumerate(REGISTERS):
        out.append(
            f"  __IO uint32_t {reg:<6}; /*!< TIM {reg} register, Address offset: 0x{4 * i:02X} */"
        )
    out += [
        "} TIM_TypeDef;",
        "",
        "#define PERIPH_BASE           0x40000000UL /*!< Peripheral base address */",
    ]
    for i, p in enumerate(PERIPHERALS):
        out.append(f"#define {p}_BASE            (PERIPH_BASE + 0x{0x400 * i:04X}UL)")
        out.append(f"#define {p}                 ((TIM_TypeDef *) {p}_BASE)")
    for p in PERIPHERALS[:4]:
        for reg in REGISTERS:
            out.append("")
            out.append(f"/{'*' * 20}  Bit definition for {p}_{reg} register  {'*' * 20}/")
            for bit, name in enumerate(BITS):
                sym = f"{p}_{reg}_{name}"
                out.append(f"#define {sym + '_Pos':<40} ({bit}U)")
                out.append(
                    f"#define {sym + '_Msk':<40} (0x1UL << {sym}_Pos) /*!< 0x{1 << bit:08X} */"
                )
                out.append(f"#define {sym:<40} {sym}_Msk /*!< {name} bit */")
    return "\n".join(out + ["", "#endif /* __STM32F411xE_H */", ""])


def avr_header() -> str:
    """avr-libc io*.h-style: _SFR_IO8 registers, bit numbers, vectors, fuses, signature."""
    out = ["/* Copyright (c) 2007 Example Author. All rights reserved. */", ""]
    out += ["#ifndef _AVR_IOTN13_H_", "#define _AVR_IOTN13_H_ 1", "", "/* Registers and bits */"]
    for i, (reg, bits) in enumerate(
        [(f"{p}{r}", 8) for p in ("PORT", "DDR", "PIN") for r in "ABCD"]
        + [(r, 8) for r in ("ADCSRA", "ADCSRB", "ADMUX", "TCCR0A", "TCCR0B", "TIMSK0", "TIFR0")]
        + [(r, 8) for r in ("OCR0A", "OCR0B", "EECR", "EEDR", "EEARL", "WDTCR", "MCUCR")]
    ):
        out += ["", f"/* {reg} register */", f"#define {reg:<20} _SFR_IO8(0x{0x3F - i:02X})"]
        out += [f"#  define {reg[:4]}{b:<14} {b}" for b in range(bits)]
    out += ["", "/* Interrupt vectors */"]
    for n, vec in enumerate(["INT0", "PCINT0", "TIM0_OVF", "EE_RDY", "ANA_COMP", "WDT", "ADC"]):
        out += [f"#define {vec}_vect_num  {n + 1}", f"#define {vec}_vect      _VECTOR({n + 1})"]
    out += ["", "#define SPM_PAGESIZE 32", "#define RAMSTART     (0x60)", "#define RAMEND 0x9F"]
    out += [f"#define FUSE_CKSEL{i} (unsigned char)~_BV({i})" for i in range(2)]
    out += ["#define SIGNATURE_0 0x1E", "#define SIGNATURE_1 0x90", "", "#endif", ""]
    return "\n".join(out)


def nordic_bitfields() -> str:
    """nrf52840_bitfields.h-style: a comment block per register, _Pos/_Msk/enum values."""
    out = [BSD_HEADER, "#ifndef __NRF52840_BITS_H", "#define __NRF52840_BITS_H", ""]
    for periph in ("AAR", "RADIO", "UARTE0"):
        out.append(f"/* Peripheral: {periph} */")
        for reg in ("EVENTS_END", "INTENSET", "ENABLE", "CONFIG", "STATUS"):
            out += [f"/* Register: {periph}_{reg} */", f"/* Description: {reg} register */", ""]
            for bit, field in enumerate(("END", "READY", "ADDRESS", "PAYLOAD")):
                sym = f"{periph}_{reg}_{field}"
                out += [
                    f"/* Bit {bit} : Write '1' to enable interrupt for event {field} */",
                    f"#define {sym}_Pos ({bit}UL) /*!< Position of {field} field. */",
                    f"#define {sym}_Msk (0x1UL << {sym}_Pos) /*!< Bit mask of {field} field. */",
                    f"#define {sym}_Disabled (0x0UL) /*!< Read: Disabled */",
                    f"#define {sym}_Enabled (0x1UL) /*!< Read: Enabled */",
                    "",
                ]
    return "\n".join(out + ["#endif /* __NRF52840_BITS_H */", ""])


def svd_header(width: int = 1100) -> str:
    """SVDConv-style: generated marker, aligned columns padded to `width` characters."""
    out = ["/*", " * @file     ARMCM4_device.h", " * @note     Generated by SVDConv V3.3.35", " */"]
    out += ["#ifndef ARMCM4_DEVICE_H", "#define ARMCM4_DEVICE_H", ""]
    for periph in ("USART1", "SPI2", "TIM5"):
        for reg in ("CR1", "CR2", "BRR", "SR"):
            out.append(f"/* {'=' * 40}  {periph}_{reg}  {'=' * 40} */")
            for bit in range(16):
                sym = f"{periph}_{reg}_F{bit}"
                desc = f"/*!< {periph} {reg}: F{bit} (Bit {bit}) field description"
                pos = f"#define {sym + '_Pos':<60}({bit}UL)"
                msk = f"#define {sym + '_Msk':<60}(0x{1 << bit:X}UL)"
                out += [f"{line:<90}{desc}".ljust(width - 3) + " */" for line in (pos, msk)]
    return "\n".join(out + ["", "#endif /* ARMCM4_DEVICE_H */", ""])


def amdgpu_offsets() -> str:
    """gc_9_0_offset.h-style: mm<REG> offsets and _BASE_IDX, one block comment, // groups."""
    out = [BSD_HEADER, "#ifndef _gc_9_0_OFFSET_HEADER", "#define _gc_9_0_OFFSET_HEADER", ""]
    for block in ("gc_grbmdec", "gc_cpdec", "gc_rlcdec"):
        out.append(f"// addressBlock: {block}")
        for i in range(60):
            reg = f"{block.split('_')[1].upper()}_REG{i}"
            out.append(f"#define mm{reg:<60} 0x{0x2000 + i:04x}")
            out.append(f"#define mm{reg}_BASE_IDX{' ' * 40} 0")
    return "\n".join(out + ["", "#endif", ""])


def amdgpu_sh_mask() -> str:
    """gc_9_0_sh_mask.h-style: //REG comments, __SHIFT and _MASK per field, wide padding."""
    out = [BSD_HEADER, "#ifndef _gc_9_0_SH_MASK_HEADER", "#define _gc_9_0_SH_MASK_HEADER", ""]
    for r in range(30):
        out.append(f"//GRBM_STATUS{r}")
        for f in range(6):
            field = f"GRBM_STATUS{r}__ME0PIPE{f}_CMP_BUSY"
            out.append(f"#define {field + '__SHIFT':<100} 0x{f * 4:x}")
            out.append(f"#define {field + '_MASK':<100} 0x{0xF << (f * 4):08X}L")
    return "\n".join(out + ["", "#endif", ""])


REGISTER_HEADERS = {
    "cmsis": cmsis_header,
    "avr": avr_header,
    "nordic": nordic_bitfields,
    "svd": svd_header,
    "amdgpu_offset": amdgpu_offsets,
    "amdgpu_sh_mask": amdgpu_sh_mask,
}
