/*
 * f4_hal.h - common definitions of the f4-hal-lite driver library
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#ifndef F4_HAL_H
#define F4_HAL_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include <stdint.h>

#include "stm32f4xx.h"

/** Status returned by every driver call. */
typedef enum {
	HAL_OK = 0x00U,
	HAL_ERROR = 0x01U,
	HAL_BUSY = 0x02U,
	HAL_TIMEOUT = 0x03U,
} hal_status_t;

#define HAL_MAX_DELAY 0xFFFFFFFFU

/* Tick frequency of the SysTick time base, in Hz. */
#ifndef HAL_TICK_FREQ_HZ
#define HAL_TICK_FREQ_HZ 1000U
#endif

#define HAL_UNUSED(x) ((void)(x))

/* Compile-time assertions on parameters; define HAL_USE_FULL_ASSERT to check them. */
#ifdef HAL_USE_FULL_ASSERT
void hal_assert_failed(const char *file, int line);
#define HAL_ASSERT(expr) ((expr) ? (void)0U : hal_assert_failed(__FILE__, __LINE__))
#else
#define HAL_ASSERT(expr) ((void)0U)
#endif

hal_status_t hal_init(void);
void hal_inc_tick(void);
uint32_t hal_get_tick(void);
void hal_delay(uint32_t ms);
void hal_suspend_tick(void);
void hal_resume_tick(void);

#ifdef __cplusplus
}
#endif

#endif /* F4_HAL_H */
