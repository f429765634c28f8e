/*
 * eeprom.c - byte access to the 64-byte EEPROM of the ATtiny13
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#include "tiny13_io.h"
#include "eeprom.h"

uint8_t eeprom_read(uint8_t addr)
{
	loop_until_bit_is_clear(EECR, EEWE); /* a write may still be in progress */
	EEARL = addr & E2END;
	EECR |= _BV(EERE);
	return EEDR;
}

void eeprom_write(uint8_t addr, uint8_t value)
{
	uint8_t sreg;

	loop_until_bit_is_clear(EECR, EEWE);
	EECR = 0U;                            /* atomic erase and write (EEPM = 00) */
	EEARL = addr & E2END;
	EEDR = value;
	/* EEWE must be set within four cycles of EEMWE: no interrupt in between. */
	sreg = SREG;
	cli();
	EECR |= _BV(EEMWE);
	EECR |= _BV(EEWE);
	SREG = sreg;
}
