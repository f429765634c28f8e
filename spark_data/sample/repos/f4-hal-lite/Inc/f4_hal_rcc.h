/*
 * f4_hal_rcc.h - clock tree configuration for the STM32F411
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#ifndef F4_HAL_RCC_H
#define F4_HAL_RCC_H

#include "f4_hal.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef HSE_VALUE
#define HSE_VALUE 8000000U /* Nucleo boards feed the ST-LINK's 8 MHz MCO into OSC_IN */
#endif
#define HSI_VALUE 16000000U

typedef enum {
	RCC_SRC_HSI = 0,
	RCC_SRC_HSE = 1,
	RCC_SRC_HSE_BYPASS = 2,
} rcc_source_t;

/**
 * PLL settings: f_vco = f_in / pllm * plln, sysclk = f_vco / pllp.
 * RM0383 requires 0.95 MHz <= f_in / pllm <= 2.1 MHz and
 * 100 MHz <= f_vco <= 432 MHz; sysclk is at most 100 MHz.
 */
typedef struct {
	rcc_source_t source;
	uint32_t pllm;      /* 2 .. 63 */
	uint32_t plln;      /* 50 .. 432 */
	uint32_t pllp;      /* 2, 4, 6 or 8 */
	uint32_t pllq;      /* 2 .. 15 (USB OTG FS, SDIO) */
	uint32_t ahb_div;   /* 1, 2, 4, ... 512 */
	uint32_t apb1_div;  /* 1, 2, 4, 8, 16; APB1 is at most 50 MHz */
	uint32_t apb2_div;  /* 1, 2, 4, 8, 16 */
} rcc_pll_config_t;

/* 100 MHz from the 16 MHz HSI: /16 *400 /4 (VCO 400 MHz). */
#define RCC_PLL_100MHZ_HSI { RCC_SRC_HSI, 16U, 400U, 4U, 8U, 1U, 2U, 1U }
/* 96 MHz from an 8 MHz HSE: /4 *192 /4, USB at 48 MHz with Q = 8. */
#define RCC_PLL_96MHZ_HSE  { RCC_SRC_HSE_BYPASS, 4U, 192U, 4U, 8U, 1U, 2U, 1U }

hal_status_t rcc_config_pll(const rcc_pll_config_t *cfg);
uint32_t rcc_sysclk_hz(void);
uint32_t rcc_hclk_hz(void);
uint32_t rcc_pclk1_hz(void);
uint32_t rcc_pclk2_hz(void);
uint32_t rcc_flash_latency(uint32_t hclk_hz);

#ifdef __cplusplus
}
#endif

#endif /* F4_HAL_RCC_H */
