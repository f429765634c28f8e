/* SPDX-License-Identifier: MIT */
/*
 * board.h - pin map of the NUCLEO-F411RE (MB1136)
 *
 * LD2 (green user LED) on PA5, B1 (blue user button) on PC13, active low.
 * The ST-LINK virtual COM port is wired to USART2 on PA2 (TX) / PA3 (RX).
 */

#ifndef BOARD_H
#define BOARD_H

#include "f4_hal_gpio.h"
#include "f4_hal_uart.h"

#define BOARD_NAME          "nucleo_f411re"

#define LED_PORT            GPIOA
#define LED_PIN             GPIO_PIN_5

#define BUTTON_PORT         GPIOC
#define BUTTON_PIN          GPIO_PIN_13
#define BUTTON_EXTI_LINE    13U
#define BUTTON_IRQn         EXTI15_10_IRQn

#define CONSOLE_USART       USART2
#define CONSOLE_IRQn        USART2_IRQn
#define CONSOLE_TX_PORT     GPIOA
#define CONSOLE_TX_PIN      GPIO_PIN_2
#define CONSOLE_RX_PIN      GPIO_PIN_3
#define CONSOLE_AF          GPIO_AF7_USART2
#define CONSOLE_BAUDRATE    115200U

extern uart_handle_t board_console;

void board_init(void);
void board_led(int on);
void board_led_toggle(void);
int board_button_pressed(void);
uint32_t board_button_events(void);

#endif /* BOARD_H */
