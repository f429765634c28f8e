/*
 * f4_hal_gpio.c - general purpose I/O driver for the STM32F411
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#include "f4_hal_gpio.h"

#ifndef GPIO_LCKR_LCKK
/* Lock key bit of GPIOx_LCKR; not every device header defines the LCKR bits. */
#define GPIO_LCKR_LCKK (1UL << 16U)
#endif

/* Ports are 0x400 apart on AHB1 starting at GPIOA, and their clock enable bits
 * are numbered the same way (GPIOH is port 7, bit 7). */
static uint32_t port_index(const GPIO_TypeDef *port)
{
	return ((uint32_t)port - GPIOA_BASE) / 0x400U;
}

void gpio_clock_enable(GPIO_TypeDef *port)
{
	HAL_ASSERT(IS_GPIO_ALL_INSTANCE(port));
	RCC->AHB1ENR |= 1UL << port_index(port);
	/* Two AHB cycles pass before the port answers (RM0383 6.3.10); a read back waits them. */
	(void)RCC->AHB1ENR;
}

void gpio_init(GPIO_TypeDef *port, const gpio_init_t *init)
{
	uint32_t pin;

	HAL_ASSERT(IS_GPIO_ALL_INSTANCE(port));
	for (pin = 0U; pin < 16U; pin++) {
		uint32_t two = pin * 2U;

		if ((init->pins & (1U << pin)) == 0U) {
			continue;
		}
		if (init->mode == GPIO_MODE_AF) {
			/* Set the alternate function before the mode, so the pin never
			 * drives a wrong function, even for a cycle. */
			uint32_t shift = (pin & 7U) * 4U;
			port->AFR[pin >> 3U] = (port->AFR[pin >> 3U] & ~(0xFUL << shift)) |
					       ((uint32_t)init->alternate << shift);
		}
		if (init->mode == GPIO_MODE_OUTPUT || init->mode == GPIO_MODE_AF) {
			port->OSPEEDR = (port->OSPEEDR & ~(GPIO_OSPEEDR_OSPEED0_Msk << two)) |
					((uint32_t)init->speed << two);
			port->OTYPER = (port->OTYPER & ~(GPIO_OTYPER_OT0_Msk << pin)) |
				       ((uint32_t)init->otype << pin);
		}
		port->PUPDR = (port->PUPDR & ~(GPIO_PUPDR_PUPD0_Msk << two)) |
			      ((uint32_t)init->pull << two);
		port->MODER = (port->MODER & ~(GPIO_MODER_MODER0_Msk << two)) |
			      ((uint32_t)init->mode << two);
	}
}

void gpio_deinit(GPIO_TypeDef *port, uint16_t pins)
{
	uint32_t pin;

	for (pin = 0U; pin < 16U; pin++) {
		uint32_t two = pin * 2U;

		if ((pins & (1U << pin)) == 0U) {
			continue;
		}
		/* Back to the reset state: analog input, no pull, low speed, AF0. */
		port->MODER |= GPIO_MODER_MODER0_Msk << two;
		port->PUPDR &= ~(GPIO_PUPDR_PUPD0_Msk << two);
		port->OSPEEDR &= ~(GPIO_OSPEEDR_OSPEED0_Msk << two);
		port->OTYPER &= ~(GPIO_OTYPER_OT0_Msk << pin);
		port->AFR[pin >> 3U] &= ~(0xFUL << ((pin & 7U) * 4U));
	}
}

gpio_state_t gpio_read(const GPIO_TypeDef *port, uint16_t pin)
{
	return ((port->IDR & pin) != 0U) ? GPIO_PIN_SET : GPIO_PIN_RESET;
}

void gpio_write(GPIO_TypeDef *port, uint16_t pins, gpio_state_t state)
{
	/* BSRR makes the update atomic: no read-modify-write of ODR that an
	 * interrupt could split. The upper half resets, the lower half sets. */
	if (state == GPIO_PIN_SET) {
		port->BSRR = pins;
	} else {
		port->BSRR = (uint32_t)pins << GPIO_BSRR_BR0_Pos;
	}
}

void gpio_toggle(GPIO_TypeDef *port, uint16_t pins)
{
	uint32_t odr = port->ODR;

	port->BSRR = ((odr & pins) << GPIO_BSRR_BR0_Pos) | (~odr & pins);
}

hal_status_t gpio_lock(GPIO_TypeDef *port, uint16_t pins)
{
	uint32_t key = GPIO_LCKR_LCKK | pins;

	/* The lock key write sequence of RM0383 8.4.8: 1, 0, 1, then read twice. */
	port->LCKR = key;
	port->LCKR = pins;
	port->LCKR = key;
	(void)port->LCKR;
	return ((port->LCKR & GPIO_LCKR_LCKK) != 0U) ? HAL_OK : HAL_ERROR;
}
