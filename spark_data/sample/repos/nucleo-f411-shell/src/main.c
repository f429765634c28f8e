/* SPDX-License-Identifier: MIT */
/*
 * main.c - blink LD2 and serve a small shell on the ST-LINK virtual COM port.
 *
 * Commands: led on|off|blink, clocks, regs <rcc|gpioa|usart2>, button, uptime.
 */

#include <stdlib.h>
#include <string.h>

#include "board.h"
#include "f4_hal_rcc.h"
#include "shell.h"

static int blinking = 1;
static uint32_t blink_period_ms = 500U;

static int cmd_led(int argc, char **argv)
{
	if (argc < 2) {
		return 1;
	}
	if (strcmp(argv[1], "on") == 0) {
		blinking = 0;
		board_led(1);
	} else if (strcmp(argv[1], "off") == 0) {
		blinking = 0;
		board_led(0);
	} else if (strcmp(argv[1], "blink") == 0) {
		blinking = 1;
		if (argc > 2) {
			blink_period_ms = (uint32_t)strtoul(argv[2], NULL, 0);
		}
	} else {
		return 2;
	}
	return 0;
}

static int cmd_clocks(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	shell_printf("SYSCLK %lu Hz\r\n", (unsigned long)rcc_sysclk_hz());
	shell_printf("HCLK   %lu Hz\r\n", (unsigned long)rcc_hclk_hz());
	shell_printf("PCLK1  %lu Hz\r\n", (unsigned long)rcc_pclk1_hz());
	shell_printf("PCLK2  %lu Hz\r\n", (unsigned long)rcc_pclk2_hz());
	shell_printf("FLASH latency %lu WS\r\n", (unsigned long)(FLASH->ACR & FLASH_ACR_LATENCY));
	return 0;
}

static void dump(const char *name, volatile const uint32_t *reg)
{
	shell_printf("  %-8s @0x%08lx = 0x%08lx\r\n", name, (unsigned long)(uintptr_t)reg,
		     (unsigned long)*reg);
}

static int cmd_regs(int argc, char **argv)
{
	if (argc < 2) {
		return 1;
	}
	if (strcmp(argv[1], "rcc") == 0) {
		dump("CR", &RCC->CR);
		dump("PLLCFGR", &RCC->PLLCFGR);
		dump("CFGR", &RCC->CFGR);
		dump("AHB1ENR", &RCC->AHB1ENR);
		dump("APB1ENR", &RCC->APB1ENR);
		dump("APB2ENR", &RCC->APB2ENR);
	} else if (strcmp(argv[1], "gpioa") == 0) {
		dump("MODER", &GPIOA->MODER);
		dump("OTYPER", &GPIOA->OTYPER);
		dump("OSPEEDR", &GPIOA->OSPEEDR);
		dump("PUPDR", &GPIOA->PUPDR);
		dump("IDR", &GPIOA->IDR);
		dump("ODR", &GPIOA->ODR);
		dump("AFRL", &GPIOA->AFR[0]);
	} else if (strcmp(argv[1], "usart2") == 0) {
		dump("SR", &USART2->SR);
		dump("BRR", &USART2->BRR);
		dump("CR1", &USART2->CR1);
		dump("CR2", &USART2->CR2);
		dump("CR3", &USART2->CR3);
	} else {
		return 2;
	}
	return 0;
}

static int cmd_button(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	shell_printf("B1 %s, %lu presses\r\n", board_button_pressed() ? "down" : "up",
		     (unsigned long)board_button_events());
	return 0;
}

static int cmd_uptime(int argc, char **argv)
{
	uint32_t ms = hal_get_tick();

	(void)argc;
	(void)argv;
	shell_printf("%lu.%03lu s\r\n", (unsigned long)(ms / 1000U), (unsigned long)(ms % 1000U));
	return 0;
}

static const struct shell_cmd commands[] = {
	{ "led", "on | off | blink [period_ms]", cmd_led },
	{ "clocks", "show the clock tree", cmd_clocks },
	{ "regs", "rcc | gpioa | usart2: dump registers", cmd_regs },
	{ "button", "state of the user button B1", cmd_button },
	{ "uptime", "time since reset", cmd_uptime },
};

int main(void)
{
	uint32_t last = 0U;

	board_init();
	shell_init(commands, sizeof(commands) / sizeof(commands[0]));

	for (;;) {
		shell_poll();
		if (blinking && (hal_get_tick() - last) >= blink_period_ms / 2U) {
			last = hal_get_tick();
			board_led_toggle();
		}
		__WFI(); /* SysTick or a received byte wakes us */
	}
}
