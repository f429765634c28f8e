/* SPDX-License-Identifier: MIT */
/*
 * board.c - NUCLEO-F411RE bring-up: clocks, LED, button (EXTI13), console.
 */

#include "board.h"
#include "f4_hal_rcc.h"

uart_handle_t board_console;
static volatile uint32_t button_events;

static void led_init(void)
{
	const gpio_init_t led = {
		.pins = LED_PIN,
		.mode = GPIO_MODE_OUTPUT,
		.otype = GPIO_OTYPE_PP,
		.speed = GPIO_SPEED_LOW,
		.pull = GPIO_NOPULL,
	};

	gpio_clock_enable(LED_PORT);
	gpio_init(LED_PORT, &led);
}

static void button_init(void)
{
	const gpio_init_t button = {
		.pins = BUTTON_PIN,
		.mode = GPIO_MODE_INPUT,
		.pull = GPIO_NOPULL, /* the board has an external pull-up (R30) */
	};

	gpio_clock_enable(BUTTON_PORT);
	gpio_init(BUTTON_PORT, &button);

	/* Route PC13 to EXTI13: EXTICR4 bits [7:4], port C = 0b0010. */
	RCC->APB2ENR |= RCC_APB2ENR_SYSCFGEN;
	SYSCFG->EXTICR[3] = (SYSCFG->EXTICR[3] & ~(0xFU << 4U)) | (0x2U << 4U);
	EXTI->FTSR |= 1UL << BUTTON_EXTI_LINE; /* pressed = falling edge */
	EXTI->IMR |= 1UL << BUTTON_EXTI_LINE;
	NVIC_SetPriority(BUTTON_IRQn, 6U);
	NVIC_EnableIRQ(BUTTON_IRQn);
}

static void console_init(void)
{
	const gpio_init_t pins = {
		.pins = CONSOLE_TX_PIN | CONSOLE_RX_PIN,
		.mode = GPIO_MODE_AF,
		.otype = GPIO_OTYPE_PP,
		.speed = GPIO_SPEED_HIGH,
		.pull = GPIO_PULLUP,
		.alternate = CONSOLE_AF,
	};
	const uart_config_t cfg = {
		.baudrate = CONSOLE_BAUDRATE,
		.wordlength = UART_WORDLENGTH_8B,
		.stopbits = UART_STOPBITS_1,
		.parity = UART_PARITY_NONE,
		.hwcontrol = UART_HWCONTROL_NONE,
		.oversampling8 = 0U,
	};

	gpio_clock_enable(CONSOLE_TX_PORT);
	gpio_init(CONSOLE_TX_PORT, &pins);
	(void)uart_init(&board_console, CONSOLE_USART, &cfg);
	uart_rx_irq_enable(&board_console);
	NVIC_SetPriority(CONSOLE_IRQn, 5U);
	NVIC_EnableIRQ(CONSOLE_IRQn);
}

void board_init(void)
{
	const rcc_pll_config_t pll = RCC_PLL_100MHZ_HSI;

	if (rcc_config_pll(&pll) != HAL_OK) {
		/* Keep running from the 16 MHz HSI: slower, but the console still works. */
		SystemCoreClockUpdate();
	}
	(void)hal_init();
	led_init();
	button_init();
	console_init();
}

void board_led(int on)
{
	gpio_write(LED_PORT, LED_PIN, on ? GPIO_PIN_SET : GPIO_PIN_RESET);
}

void board_led_toggle(void)
{
	gpio_toggle(LED_PORT, LED_PIN);
}

int board_button_pressed(void)
{
	return gpio_read(BUTTON_PORT, BUTTON_PIN) == GPIO_PIN_RESET;
}

uint32_t board_button_events(void)
{
	return button_events;
}

void EXTI15_10_IRQHandler(void)
{
	if ((EXTI->PR & (1UL << BUTTON_EXTI_LINE)) != 0U) {
		EXTI->PR = 1UL << BUTTON_EXTI_LINE; /* write 1 to clear */
		button_events++;
	}
}

void USART2_IRQHandler(void)
{
	uart_irq_handler(&board_console);
}
