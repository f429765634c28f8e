/*
 * f4_hal_uart.c - USART driver (asynchronous mode) for the STM32F411
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#include "f4_hal_uart.h"
#include "f4_hal_rcc.h"

#define UART_ERROR_FLAGS (USART_SR_PE | USART_SR_FE | USART_SR_NE | USART_SR_ORE)

static uint32_t uart_pclk(const USART_TypeDef *instance)
{
	/* USART1 and USART6 are on APB2 (up to 100 MHz), USART2 on APB1 (up to 50 MHz). */
	if (instance == USART1 || instance == USART6) {
		return rcc_pclk2_hz();
	}
	return rcc_pclk1_hz();
}

static void uart_clock(const USART_TypeDef *instance, int enable)
{
	volatile uint32_t *reg;
	uint32_t bit;

	if (instance == USART1) {
		reg = &RCC->APB2ENR;
		bit = RCC_APB2ENR_USART1EN;
	} else if (instance == USART6) {
		reg = &RCC->APB2ENR;
		bit = RCC_APB2ENR_USART6EN;
	} else {
		reg = &RCC->APB1ENR;
		bit = RCC_APB1ENR_USART2EN;
	}
	if (enable) {
		*reg |= bit;
		(void)*reg;
	} else {
		*reg &= ~bit;
	}
}

/*
 * USARTDIV = f_pclk / (8 * (2 - OVER8) * baud), stored as mantissa and fraction.
 * Computed in 1/16ths (or 1/8ths with OVER8) and rounded to nearest, which keeps
 * the error below 0.2 % at 115200 baud from a 50 MHz APB1.
 */
uint32_t uart_brr_value(uint32_t pclk_hz, uint32_t baudrate, uint8_t oversampling8)
{
	uint32_t div;

	if (oversampling8) {
		div = (2U * pclk_hz + baudrate / 2U) / baudrate; /* in 1/8ths */
		/* With OVER8 the fraction has three bits; bit 3 must stay clear. */
		return (div & 0xFFF0U) | ((div & 0x0FU) >> 1U);
	}
	div = (pclk_hz + baudrate / 2U) / baudrate; /* in 1/16ths */
	return div & 0xFFFFU;
}

hal_status_t uart_init(uart_handle_t *huart, USART_TypeDef *instance, const uart_config_t *cfg)
{
	if (huart == NULL || cfg == NULL || !IS_UART_INSTANCE(instance) || cfg->baudrate == 0U) {
		return HAL_ERROR;
	}
	huart->instance = instance;
	huart->config = *cfg;
	huart->rx.head = 0U;
	huart->rx.tail = 0U;
	huart->rx.overruns = 0U;
	huart->errors = 0U;

	uart_clock(instance, 1);
	instance->CR1 &= ~USART_CR1_UE; /* frame format bits are writable only while disabled */

	instance->CR2 = (instance->CR2 & ~USART_CR2_STOP) | (uint32_t)cfg->stopbits;
	instance->CR1 = (uint32_t)cfg->wordlength | (uint32_t)cfg->parity |
			(cfg->oversampling8 ? USART_CR1_OVER8 : 0U) | USART_CR1_TE | USART_CR1_RE;
	instance->CR3 = (uint32_t)cfg->hwcontrol;
	instance->BRR = uart_brr_value(uart_pclk(instance), cfg->baudrate, cfg->oversampling8);

	instance->CR1 |= USART_CR1_UE;
	return HAL_OK;
}

void uart_deinit(uart_handle_t *huart)
{
	huart->instance->CR1 = 0U;
	uart_clock(huart->instance, 0);
}

static hal_status_t wait_sr(const USART_TypeDef *u, uint32_t flag, uint32_t start, uint32_t timeout_ms)
{
	while ((u->SR & flag) == 0U) {
		if (timeout_ms != HAL_MAX_DELAY && (hal_get_tick() - start) > timeout_ms) {
			return HAL_TIMEOUT;
		}
	}
	return HAL_OK;
}

hal_status_t uart_transmit(uart_handle_t *huart, const uint8_t *data, size_t len, uint32_t timeout_ms)
{
	USART_TypeDef *u = huart->instance;
	uint32_t start = hal_get_tick();
	size_t i;

	for (i = 0U; i < len; i++) {
		if (wait_sr(u, USART_SR_TXE, start, timeout_ms) != HAL_OK) {
			return HAL_TIMEOUT;
		}
		u->DR = data[i];
	}
	/* Wait for the last frame to leave the shift register, not just the buffer. */
	return wait_sr(u, USART_SR_TC, start, timeout_ms);
}

hal_status_t uart_receive(uart_handle_t *huart, uint8_t *data, size_t len, uint32_t timeout_ms)
{
	USART_TypeDef *u = huart->instance;
	uint32_t start = hal_get_tick();
	size_t i;

	for (i = 0U; i < len; i++) {
		if (wait_sr(u, USART_SR_RXNE, start, timeout_ms) != HAL_OK) {
			return HAL_TIMEOUT;
		}
		huart->errors |= u->SR & UART_ERROR_FLAGS;
		data[i] = (uint8_t)(u->DR & 0xFFU); /* reading DR after SR clears the error flags */
	}
	return HAL_OK;
}

hal_status_t uart_puts(uart_handle_t *huart, const char *s)
{
	size_t n = 0U;

	while (s[n] != '\0') {
		n++;
	}
	return uart_transmit(huart, (const uint8_t *)s, n, 100U + n);
}

void uart_rx_irq_enable(uart_handle_t *huart)
{
	huart->instance->CR1 |= USART_CR1_RXNEIE;
	huart->instance->CR3 |= USART_CR3_EIE;
}

size_t uart_rx_available(const uart_handle_t *huart)
{
	return (uint16_t)(huart->rx.head - huart->rx.tail) & (UART_RX_RING_SIZE - 1U);
}

int uart_getc(uart_handle_t *huart)
{
	uint8_t c;

	if (huart->rx.head == huart->rx.tail) {
		return -1;
	}
	c = huart->rx.buf[huart->rx.tail];
	huart->rx.tail = (uint16_t)((huart->rx.tail + 1U) & (UART_RX_RING_SIZE - 1U));
	return c;
}

void uart_irq_handler(uart_handle_t *huart)
{
	USART_TypeDef *u = huart->instance;
	uint32_t sr = u->SR;

	if ((sr & (USART_SR_RXNE | UART_ERROR_FLAGS)) != 0U) {
		uint8_t c = (uint8_t)(u->DR & 0xFFU); /* SR then DR: clears RXNE and the errors */
		uint16_t next = (uint16_t)((huart->rx.head + 1U) & (UART_RX_RING_SIZE - 1U));

		huart->errors |= sr & UART_ERROR_FLAGS;
		if ((sr & USART_SR_RXNE) == 0U) {
			return;
		}
		if (next == huart->rx.tail) {
			huart->rx.overruns++; /* full: drop the newest byte, keep the oldest */
			return;
		}
		huart->rx.buf[huart->rx.head] = c;
		huart->rx.head = next;
	}
}
