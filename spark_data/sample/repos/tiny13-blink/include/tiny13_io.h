/*
 * tiny13_io.h - I/O register definitions for the Microchip (Atmel) ATtiny13/13A
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Written from the register summary of the ATtiny13A datasheet. Addresses are
 * I/O addresses (add 0x20 for the data space). 1 KB flash, 64 B SRAM, 64 B EEPROM.
 */

#ifndef TINY13_IO_H
#define TINY13_IO_H

#include "avr_sfr.h"

/* Registers and bits ------------------------------------------------------- */

#define ADCSRB  _SFR_IO8(0x03)
#define ADTS0   0
#define ADTS1   1
#define ADTS2   2
#define ACME    6

#define ADCL    _SFR_IO8(0x04)
#define ADCH    _SFR_IO8(0x05)
#define ADCW    _SFR_IO16(0x04)

#define ADCSRA  _SFR_IO8(0x06)
#define ADPS0   0
#define ADPS1   1
#define ADPS2   2
#define ADIE    3
#define ADIF    4
#define ADATE   5
#define ADSC    6
#define ADEN    7

#define ADMUX   _SFR_IO8(0x07)
#define MUX0    0
#define MUX1    1
#define ADLAR   5
#define REFS0   6

#define ACSR    _SFR_IO8(0x08)
#define ACIS0   0
#define ACIS1   1
#define ACIE    3
#define ACI     4
#define ACO     5
#define ACBG    6
#define ACD     7

#define DIDR0   _SFR_IO8(0x14)
#define AIN0D   0
#define AIN1D   1
#define ADC1D   2
#define ADC3D   3
#define ADC2D   4
#define ADC0D   5

#define PCMSK   _SFR_IO8(0x15)
#define PCINT0  0
#define PCINT1  1
#define PCINT2  2
#define PCINT3  3
#define PCINT4  4
#define PCINT5  5

#define PINB    _SFR_IO8(0x16)
#define PINB0   0
#define PINB1   1
#define PINB2   2
#define PINB3   3
#define PINB4   4
#define PINB5   5

#define DDRB    _SFR_IO8(0x17)
#define DDB0    0
#define DDB1    1
#define DDB2    2
#define DDB3    3
#define DDB4    4
#define DDB5    5

#define PORTB   _SFR_IO8(0x18)
#define PB0     0
#define PB1     1
#define PB2     2
#define PB3     3
#define PB4     4
#define PB5     5

#define EECR    _SFR_IO8(0x1C)
#define EERE    0
#define EEWE    1
#define EEPE    1
#define EEMWE   2
#define EEMPE   2
#define EERIE   3
#define EEPM0   4
#define EEPM1   5

#define EEDR    _SFR_IO8(0x1D)
#define EEARL   _SFR_IO8(0x1E)
#define EEAR    EEARL

#define WDTCR   _SFR_IO8(0x21)
#define WDP0    0
#define WDP1    1
#define WDP2    2
#define WDE     3
#define WDCE    4
#define WDP3    5
#define WDTIE   6
#define WDTIF   7

#define PRR     _SFR_IO8(0x25)
#define PRADC   0
#define PRTIM0  1

#define CLKPR   _SFR_IO8(0x26)
#define CLKPS0  0
#define CLKPS1  1
#define CLKPS2  2
#define CLKPS3  3
#define CLKPCE  7

#define GTCCR   _SFR_IO8(0x28)
#define PSR10   0
#define TSM     7

#define OCR0B   _SFR_IO8(0x29)
#define DWDR    _SFR_IO8(0x2E)

#define TCCR0A  _SFR_IO8(0x2F)
#define WGM00   0
#define WGM01   1
#define COM0B0  4
#define COM0B1  5
#define COM0A0  6
#define COM0A1  7

#define BODCR   _SFR_IO8(0x30)
#define BPDSE   0
#define BPDS    1

#define OSCCAL  _SFR_IO8(0x31)
#define TCNT0   _SFR_IO8(0x32)

#define TCCR0B  _SFR_IO8(0x33)
#define CS00    0
#define CS01    1
#define CS02    2
#define WGM02   3
#define FOC0B   6
#define FOC0A   7

#define MCUSR   _SFR_IO8(0x34)
#define PORF    0
#define EXTRF   1
#define BORF    2
#define WDRF    3

#define MCUCR   _SFR_IO8(0x35)
#define ISC00   0
#define ISC01   1
#define SM0     3
#define SM1     4
#define SE      5
#define PUD     6

#define OCR0A   _SFR_IO8(0x36)

#define SPMCSR  _SFR_IO8(0x37)
#define SPMEN   0
#define PGERS   1
#define PGWRT   2
#define RFLB    3
#define CTPB    4

#define TIFR0   _SFR_IO8(0x38)
#define TOV0    1
#define OCF0A   2
#define OCF0B   3

#define TIMSK0  _SFR_IO8(0x39)
#define TOIE0   1
#define OCIE0A  2
#define OCIE0B  3

#define GIFR    _SFR_IO8(0x3A)
#define PCIF    5
#define INTF0   6

#define GIMSK   _SFR_IO8(0x3B)
#define PCIE    5
#define INT0    6

#define SPL     _SFR_IO8(0x3D)
#define SREG    _SFR_IO8(0x3F)

/* Interrupt vectors -------------------------------------------------------- */

#define INT0_vect_num        1
#define INT0_vect            _VECTOR(1)   /* External Interrupt 0 */
#define PCINT0_vect_num      2
#define PCINT0_vect          _VECTOR(2)   /* Pin Change Interrupt 0 */
#define TIM0_OVF_vect_num    3
#define TIM0_OVF_vect        _VECTOR(3)   /* Timer/Counter0 Overflow */
#define EE_RDY_vect_num      4
#define EE_RDY_vect          _VECTOR(4)   /* EEPROM Ready */
#define ANA_COMP_vect_num    5
#define ANA_COMP_vect        _VECTOR(5)   /* Analog Comparator */
#define TIM0_COMPA_vect_num  6
#define TIM0_COMPA_vect      _VECTOR(6)   /* Timer/Counter0 Compare Match A */
#define TIM0_COMPB_vect_num  7
#define TIM0_COMPB_vect      _VECTOR(7)   /* Timer/Counter0 Compare Match B */
#define WDT_vect_num         8
#define WDT_vect             _VECTOR(8)   /* Watchdog Time-out */
#define ADC_vect_num         9
#define ADC_vect             _VECTOR(9)   /* ADC Conversion Complete */

#define _VECTORS_SIZE 20

/* Memory ------------------------------------------------------------------- */

#define SPM_PAGESIZE 32
#define RAMSTART     0x60
#define RAMSIZE      64
#define RAMEND       0x9F
#define XRAMEND      RAMEND
#define E2END        0x3F
#define E2PAGESIZE   4
#define FLASHEND     0x3FF

/* Fuses and signature ------------------------------------------------------ */

#define FUSE_MEMORY_SIZE 2

/* Low fuse: factory default 0x6A (9.6 MHz internal RC, CKDIV8, 64 ms start-up) */
#define FUSE_CKSEL0   (unsigned char)~_BV(0)
#define FUSE_CKSEL1   (unsigned char)~_BV(1)
#define FUSE_SUT0     (unsigned char)~_BV(2)
#define FUSE_SUT1     (unsigned char)~_BV(3)
#define FUSE_CKDIV8   (unsigned char)~_BV(4)
#define FUSE_WDTON    (unsigned char)~_BV(5)
#define FUSE_EESAVE   (unsigned char)~_BV(6)
#define FUSE_SPIEN    (unsigned char)~_BV(7)
#define LFUSE_DEFAULT (FUSE_SPIEN & FUSE_CKDIV8 & FUSE_SUT0 & FUSE_CKSEL0)

/* High fuse: factory default 0xFF */
#define FUSE_RSTDISBL (unsigned char)~_BV(0)
#define FUSE_BODLEVEL0 (unsigned char)~_BV(1)
#define FUSE_BODLEVEL1 (unsigned char)~_BV(2)
#define FUSE_DWEN     (unsigned char)~_BV(3)
#define FUSE_SELFPRGEN (unsigned char)~_BV(4)
#define HFUSE_DEFAULT (0xFF)

#define SIGNATURE_0 0x1E
#define SIGNATURE_1 0x90
#define SIGNATURE_2 0x07

#endif /* TINY13_IO_H */
