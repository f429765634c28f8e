/*
 * avr_sfr.h - special function register access for 8-bit AVR parts
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * I/O registers have two addresses: the I/O address used by IN/OUT/SBI/CBI
 * (0x00-0x3F) and the data-space address, 0x20 higher, used by LD/ST. The
 * register headers give I/O addresses; _SFR_IO8 turns them into lvalues.
 */

#ifndef AVR_SFR_H
#define AVR_SFR_H

#include <stdint.h>

#ifndef __SFR_OFFSET
#define __SFR_OFFSET 0x20
#endif

#define _MMIO_BYTE(mem_addr) (*(volatile uint8_t *)(mem_addr))
#define _MMIO_WORD(mem_addr) (*(volatile uint16_t *)(mem_addr))

#define _SFR_MEM8(mem_addr)  _MMIO_BYTE(mem_addr)
#define _SFR_MEM16(mem_addr) _MMIO_WORD(mem_addr)
#define _SFR_IO8(io_addr)    _MMIO_BYTE((io_addr) + __SFR_OFFSET)
#define _SFR_IO16(io_addr)   _MMIO_WORD((io_addr) + __SFR_OFFSET)

#define _SFR_IO_ADDR(sfr)    ((uint8_t)(&(sfr)) - __SFR_OFFSET)
#define _SFR_MEM_ADDR(sfr)   ((uint16_t)&(sfr))

#define _BV(bit)             (1U << (bit))

#define bit_is_set(sfr, bit)       (_SFR_BYTE(sfr) & _BV(bit))
#define bit_is_clear(sfr, bit)     (!(_SFR_BYTE(sfr) & _BV(bit)))
#define loop_until_bit_is_set(sfr, bit)   do { } while (bit_is_clear(sfr, bit))
#define loop_until_bit_is_clear(sfr, bit) do { } while (bit_is_set(sfr, bit))
#define _SFR_BYTE(sfr)       _MMIO_BYTE(_SFR_MEM_ADDR(sfr))

/* Interrupt vectors: GCC names them __vector_N; ISR() defines one. */
#define _VECTOR(N) __vector_ ## N
#define ISR(vector, ...) \
	void vector(void) __attribute__((signal, used, externally_visible)) __VA_ARGS__; \
	void vector(void)

#define sei() __asm__ __volatile__ ("sei" ::: "memory")
#define cli() __asm__ __volatile__ ("cli" ::: "memory")
#define sleep_cpu() __asm__ __volatile__ ("sleep" ::: "memory")
#define wdt_reset() __asm__ __volatile__ ("wdr")

#endif /* AVR_SFR_H */
