/*
 * f4_hal_uart.h - USART driver (asynchronous mode) for the STM32F411
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Blocking transmit and receive, plus an interrupt-driven receive ring buffer.
 * USART1 and USART6 sit on APB2, USART2 on APB1.
 */

#ifndef F4_HAL_UART_H
#define F4_HAL_UART_H

#include "f4_hal.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef UART_RX_RING_SIZE
#define UART_RX_RING_SIZE 128U /* must be a power of two */
#endif

typedef enum {
	UART_WORDLENGTH_8B = 0x0U,
	UART_WORDLENGTH_9B = USART_CR1_M,
} uart_wordlength_t;

typedef enum {
	UART_STOPBITS_1 = 0x0U,
	UART_STOPBITS_2 = USART_CR2_STOP_1,
} uart_stopbits_t;

typedef enum {
	UART_PARITY_NONE = 0x0U,
	UART_PARITY_EVEN = USART_CR1_PCE,
	UART_PARITY_ODD = (USART_CR1_PCE | USART_CR1_PS),
} uart_parity_t;

typedef enum {
	UART_HWCONTROL_NONE = 0x0U,
	UART_HWCONTROL_RTS = USART_CR3_RTSE,
	UART_HWCONTROL_CTS = USART_CR3_CTSE,
	UART_HWCONTROL_RTS_CTS = (USART_CR3_RTSE | USART_CR3_CTSE),
} uart_hwcontrol_t;

typedef struct {
	uint32_t baudrate;
	uart_wordlength_t wordlength;
	uart_stopbits_t stopbits;
	uart_parity_t parity;
	uart_hwcontrol_t hwcontrol;
	uint8_t oversampling8; /* 1: oversample by 8 (higher baud rates), 0: by 16 */
} uart_config_t;

typedef struct {
	volatile uint8_t buf[UART_RX_RING_SIZE];
	volatile uint16_t head;  /* written by the interrupt */
	volatile uint16_t tail;  /* written by the reader */
	volatile uint32_t overruns;
} uart_ring_t;

typedef struct {
	USART_TypeDef *instance;
	uart_config_t config;
	uart_ring_t rx;
	volatile uint32_t errors; /* USART_SR_PE | FE | NE | ORE seen so far */
} uart_handle_t;

hal_status_t uart_init(uart_handle_t *huart, USART_TypeDef *instance, const uart_config_t *cfg);
void uart_deinit(uart_handle_t *huart);
uint32_t uart_brr_value(uint32_t pclk_hz, uint32_t baudrate, uint8_t oversampling8);
hal_status_t uart_transmit(uart_handle_t *huart, const uint8_t *data, size_t len, uint32_t timeout_ms);
hal_status_t uart_receive(uart_handle_t *huart, uint8_t *data, size_t len, uint32_t timeout_ms);
hal_status_t uart_puts(uart_handle_t *huart, const char *s);
void uart_rx_irq_enable(uart_handle_t *huart);
size_t uart_rx_available(const uart_handle_t *huart);
int uart_getc(uart_handle_t *huart);
void uart_irq_handler(uart_handle_t *huart);

#ifdef __cplusplus
}
#endif

#endif /* F4_HAL_UART_H */
