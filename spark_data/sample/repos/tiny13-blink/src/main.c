/*
 * main.c - blink an LED on PB0 from a Timer0 compare interrupt; a button on
 * PB1 (to ground, internal pull-up) switches between slow and fast blinking.
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Clock: factory fuses, 9.6 MHz RC / 8 = 1.2 MHz. Timer0 in CTC mode with a
 * 1024 prescaler counts at 1171.875 Hz; OCR0A = 116 gives a compare match every
 * 117 counts, about 10 Hz.
 */

#include "tiny13_io.h"

#define F_CPU       1200000UL
#define LED_BIT     PB0
#define BUTTON_BIT  PB1
#define TICKS_SLOW  5U  /* toggle every 0.5 s */
#define TICKS_FAST  1U  /* toggle every 0.1 s */

static volatile uint8_t ticks_per_toggle = TICKS_SLOW;
static volatile uint8_t debounce;

ISR(TIM0_COMPA_vect)
{
	static uint8_t count;

	if (debounce != 0U) {
		debounce--;
	}
	if (++count >= ticks_per_toggle) {
		count = 0U;
		PINB = _BV(LED_BIT); /* writing 1 to PINx toggles the pin */
	}
}

ISR(PCINT0_vect)
{
	/* Pin change fires on both edges; act on the press (low) only, and ignore
	 * bounces for 2 ticks (200 ms). */
	if ((PINB & _BV(BUTTON_BIT)) == 0U && debounce == 0U) {
		ticks_per_toggle = (ticks_per_toggle == TICKS_SLOW) ? TICKS_FAST : TICKS_SLOW;
		debounce = 2U;
	}
}

static void timer0_init(void)
{
	TCCR0A = _BV(WGM01);              /* CTC, TOP = OCR0A */
	OCR0A = 116U;
	TCCR0B = _BV(CS02) | _BV(CS00);   /* clk/1024 */
	TIMSK0 = _BV(OCIE0A);
}

static void io_init(void)
{
	DDRB = _BV(LED_BIT);              /* PB0 output, the rest inputs */
	PORTB = _BV(BUTTON_BIT);          /* pull-up on the button */
	PCMSK = _BV(PCINT1);
	GIMSK = _BV(PCIE);
	/* Unused digital input buffers off: saves current on floating pins. */
	DIDR0 = _BV(ADC1D) | _BV(ADC3D) | _BV(ADC2D);
}

int main(void)
{
	PRR = _BV(PRADC);                 /* the ADC is not used */
	ACSR = _BV(ACD);                  /* nor the analog comparator */
	io_init();
	timer0_init();
	MCUCR = _BV(SE);                  /* idle sleep: Timer0 keeps running */
	sei();

	for (;;) {
		sleep_cpu();
	}
}
