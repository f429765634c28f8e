/*
 * f4_hal_gpio.h - general purpose I/O driver for the STM32F411
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#ifndef F4_HAL_GPIO_H
#define F4_HAL_GPIO_H

#include "f4_hal.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Pin masks: one bit per pin, so several pins of a port can be set up at once. */
#define GPIO_PIN_0   ((uint16_t)0x0001U)
#define GPIO_PIN_1   ((uint16_t)0x0002U)
#define GPIO_PIN_2   ((uint16_t)0x0004U)
#define GPIO_PIN_3   ((uint16_t)0x0008U)
#define GPIO_PIN_4   ((uint16_t)0x0010U)
#define GPIO_PIN_5   ((uint16_t)0x0020U)
#define GPIO_PIN_6   ((uint16_t)0x0040U)
#define GPIO_PIN_7   ((uint16_t)0x0080U)
#define GPIO_PIN_8   ((uint16_t)0x0100U)
#define GPIO_PIN_9   ((uint16_t)0x0200U)
#define GPIO_PIN_10  ((uint16_t)0x0400U)
#define GPIO_PIN_11  ((uint16_t)0x0800U)
#define GPIO_PIN_12  ((uint16_t)0x1000U)
#define GPIO_PIN_13  ((uint16_t)0x2000U)
#define GPIO_PIN_14  ((uint16_t)0x4000U)
#define GPIO_PIN_15  ((uint16_t)0x8000U)
#define GPIO_PIN_ALL ((uint16_t)0xFFFFU)

/* MODER field values (2 bits per pin) */
typedef enum {
	GPIO_MODE_INPUT = 0x0U,
	GPIO_MODE_OUTPUT = 0x1U,
	GPIO_MODE_AF = 0x2U,
	GPIO_MODE_ANALOG = 0x3U,
} gpio_mode_t;

/* OTYPER: push-pull or open-drain */
typedef enum {
	GPIO_OTYPE_PP = 0x0U,
	GPIO_OTYPE_OD = 0x1U,
} gpio_otype_t;

/* OSPEEDR: output slew rate */
typedef enum {
	GPIO_SPEED_LOW = 0x0U,
	GPIO_SPEED_MEDIUM = 0x1U,
	GPIO_SPEED_FAST = 0x2U,
	GPIO_SPEED_HIGH = 0x3U,
} gpio_speed_t;

/* PUPDR */
typedef enum {
	GPIO_NOPULL = 0x0U,
	GPIO_PULLUP = 0x1U,
	GPIO_PULLDOWN = 0x2U,
} gpio_pull_t;

/* Alternate functions of the STM32F411 (datasheet DS10314, table 9) */
#define GPIO_AF0_SYSTEM   0x00U
#define GPIO_AF1_TIM1     0x01U
#define GPIO_AF1_TIM2     0x01U
#define GPIO_AF2_TIM3     0x02U
#define GPIO_AF2_TIM4     0x02U
#define GPIO_AF2_TIM5     0x02U
#define GPIO_AF3_TIM9     0x03U
#define GPIO_AF3_TIM10    0x03U
#define GPIO_AF3_TIM11    0x03U
#define GPIO_AF4_I2C1     0x04U
#define GPIO_AF4_I2C2     0x04U
#define GPIO_AF4_I2C3     0x04U
#define GPIO_AF5_SPI1     0x05U
#define GPIO_AF5_SPI2     0x05U
#define GPIO_AF5_SPI4     0x05U
#define GPIO_AF6_SPI3     0x06U
#define GPIO_AF6_SPI5     0x06U
#define GPIO_AF7_USART1   0x07U
#define GPIO_AF7_USART2   0x07U
#define GPIO_AF8_USART6   0x08U
#define GPIO_AF9_I2C2     0x09U
#define GPIO_AF9_I2C3     0x09U
#define GPIO_AF10_OTG_FS  0x0AU
#define GPIO_AF12_SDIO    0x0CU

typedef struct {
	uint16_t pins;        /* GPIO_PIN_x mask */
	gpio_mode_t mode;
	gpio_otype_t otype;
	gpio_speed_t speed;
	gpio_pull_t pull;
	uint8_t alternate;    /* GPIO_AFx_..., used when mode == GPIO_MODE_AF */
} gpio_init_t;

typedef enum {
	GPIO_PIN_RESET = 0,
	GPIO_PIN_SET = 1,
} gpio_state_t;

void gpio_clock_enable(GPIO_TypeDef *port);
void gpio_init(GPIO_TypeDef *port, const gpio_init_t *init);
void gpio_deinit(GPIO_TypeDef *port, uint16_t pins);
gpio_state_t gpio_read(const GPIO_TypeDef *port, uint16_t pin);
void gpio_write(GPIO_TypeDef *port, uint16_t pins, gpio_state_t state);
void gpio_toggle(GPIO_TypeDef *port, uint16_t pins);
hal_status_t gpio_lock(GPIO_TypeDef *port, uint16_t pins);

#ifdef __cplusplus
}
#endif

#endif /* F4_HAL_GPIO_H */
