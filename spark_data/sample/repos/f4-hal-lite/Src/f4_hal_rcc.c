/*
 * f4_hal_rcc.c - clock tree configuration for the STM32F411
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The sequence follows RM0383 section 6.3: select the voltage scale, start the
 * oscillator, configure and start the main PLL, raise the flash wait states
 * BEFORE raising the clock, then switch SYSCLK to the PLL.
 */

#include "f4_hal_rcc.h"

#define RCC_TIMEOUT_MS 100U

static hal_status_t wait_flag(volatile uint32_t *reg, uint32_t mask, uint32_t value)
{
	/* The tick may not run yet (SysTick is set up after the clocks), so count loops. */
	uint32_t spins = RCC_TIMEOUT_MS * 16000U;

	while ((*reg & mask) != value) {
		if (spins-- == 0U) {
			return HAL_TIMEOUT;
		}
	}
	return HAL_OK;
}

uint32_t rcc_flash_latency(uint32_t hclk_hz)
{
	/* Wait states for 2.7 V - 3.6 V (RM0383 table 5): one per 30 MHz. */
	if (hclk_hz <= 30000000U) {
		return FLASH_ACR_LATENCY_0WS;
	} else if (hclk_hz <= 64000000U) {
		return FLASH_ACR_LATENCY_1WS;
	} else if (hclk_hz <= 90000000U) {
		return FLASH_ACR_LATENCY_2WS;
	}
	return FLASH_ACR_LATENCY_3WS;
}

static uint32_t ahb_bits(uint32_t div)
{
	switch (div) {
	case 2U:   return RCC_CFGR_HPRE_DIV2;
	case 4U:   return RCC_CFGR_HPRE_DIV4;
	case 8U:   return RCC_CFGR_HPRE_DIV8;
	case 16U:  return RCC_CFGR_HPRE_DIV16;
	case 64U:  return RCC_CFGR_HPRE_DIV64;
	case 128U: return RCC_CFGR_HPRE_DIV128;
	case 256U: return RCC_CFGR_HPRE_DIV256;
	case 512U: return RCC_CFGR_HPRE_DIV512;
	default:   return RCC_CFGR_HPRE_DIV1;
	}
}

static uint32_t apb_bits(uint32_t div)
{
	/* PPREx encoding: 0xx = /1, 100 = /2, 101 = /4, 110 = /8, 111 = /16 */
	switch (div) {
	case 2U:  return 4U;
	case 4U:  return 5U;
	case 8U:  return 6U;
	case 16U: return 7U;
	default:  return 0U;
	}
}

static hal_status_t start_oscillator(rcc_source_t source)
{
	if (source == RCC_SRC_HSI) {
		RCC->CR |= RCC_CR_HSION;
		return wait_flag(&RCC->CR, RCC_CR_HSIRDY, RCC_CR_HSIRDY);
	}
	if (source == RCC_SRC_HSE_BYPASS) {
		RCC->CR |= RCC_CR_HSEBYP;
	}
	RCC->CR |= RCC_CR_HSEON;
	return wait_flag(&RCC->CR, RCC_CR_HSERDY, RCC_CR_HSERDY);
}

hal_status_t rcc_config_pll(const rcc_pll_config_t *cfg)
{
	uint32_t f_in = (cfg->source == RCC_SRC_HSI) ? HSI_VALUE : HSE_VALUE;
	uint32_t f_vco = f_in / cfg->pllm * cfg->plln;
	uint32_t hclk = f_vco / cfg->pllp / cfg->ahb_div;
	hal_status_t st;

	if ((f_in / cfg->pllm) < RCC_PLLVCO_INPUT_MIN || (f_in / cfg->pllm) > RCC_PLLVCO_INPUT_MAX ||
	    f_vco < RCC_PLLVCO_OUTPUT_MIN || f_vco > RCC_PLLVCO_OUTPUT_MAX ||
	    hclk > RCC_MAX_FREQUENCY) {
		return HAL_ERROR;
	}

	/* Voltage scale 1 is needed above 84 MHz; PWR must be clocked to write it. */
	RCC->APB1ENR |= RCC_APB1ENR_PWREN;
	PWR->CR = (PWR->CR & ~PWR_CR_VOS) | PWR_CR_VOS_0 | PWR_CR_VOS_1;

	st = start_oscillator(cfg->source);
	if (st != HAL_OK) {
		return st;
	}

	/* The PLL can only be configured while it is off. */
	RCC->CR &= ~RCC_CR_PLLON;
	st = wait_flag(&RCC->CR, RCC_CR_PLLRDY, 0U);
	if (st != HAL_OK) {
		return st;
	}
	RCC->PLLCFGR = (cfg->pllm << RCC_PLLCFGR_PLLM_Pos) |
		       (cfg->plln << RCC_PLLCFGR_PLLN_Pos) |
		       (((cfg->pllp >> 1U) - 1U) << RCC_PLLCFGR_PLLP_Pos) |
		       (cfg->pllq << RCC_PLLCFGR_PLLQ_Pos) |
		       ((cfg->source == RCC_SRC_HSI) ? 0U : RCC_PLLCFGR_PLLSRC);
	RCC->CR |= RCC_CR_PLLON;
	st = wait_flag(&RCC->CR, RCC_CR_PLLRDY, RCC_CR_PLLRDY);
	if (st != HAL_OK) {
		return st;
	}

	/* More wait states first: the flash must keep up with the faster clock. */
	FLASH->ACR = (FLASH->ACR & ~FLASH_ACR_LATENCY) | rcc_flash_latency(hclk);
	if ((FLASH->ACR & FLASH_ACR_LATENCY) != rcc_flash_latency(hclk)) {
		return HAL_ERROR;
	}

	RCC->CFGR = (RCC->CFGR & ~(RCC_CFGR_HPRE | RCC_CFGR_PPRE1 | RCC_CFGR_PPRE2)) |
		    ahb_bits(cfg->ahb_div) |
		    (apb_bits(cfg->apb1_div) << RCC_CFGR_PPRE1_Pos) |
		    (apb_bits(cfg->apb2_div) << RCC_CFGR_PPRE2_Pos);
	RCC->CFGR = (RCC->CFGR & ~RCC_CFGR_SW) | RCC_CFGR_SW_1; /* SW = 10: PLL */
	st = wait_flag(&RCC->CFGR, RCC_CFGR_SWS, RCC_CFGR_SWS_1);
	if (st != HAL_OK) {
		return st;
	}

	SystemCoreClockUpdate();
	return HAL_OK;
}

uint32_t rcc_sysclk_hz(void)
{
	uint32_t pllcfgr = RCC->PLLCFGR;
	uint32_t f_in, pllm, plln, pllp;

	switch (RCC->CFGR & RCC_CFGR_SWS) {
	case 0U:
		return HSI_VALUE;
	case RCC_CFGR_SWS_0:
		return HSE_VALUE;
	default:
		f_in = (pllcfgr & RCC_PLLCFGR_PLLSRC) ? HSE_VALUE : HSI_VALUE;
		pllm = (pllcfgr & RCC_PLLCFGR_PLLM_Msk) >> RCC_PLLCFGR_PLLM_Pos;
		plln = (pllcfgr & RCC_PLLCFGR_PLLN_Msk) >> RCC_PLLCFGR_PLLN_Pos;
		pllp = (((pllcfgr & RCC_PLLCFGR_PLLP_Msk) >> RCC_PLLCFGR_PLLP_Pos) + 1U) * 2U;
		return f_in / pllm * plln / pllp;
	}
}

uint32_t rcc_hclk_hz(void)
{
	return rcc_sysclk_hz() >> AHBPrescTable[(RCC->CFGR & RCC_CFGR_HPRE) >> RCC_CFGR_HPRE_Pos];
}

uint32_t rcc_pclk1_hz(void)
{
	return rcc_hclk_hz() >> APBPrescTable[(RCC->CFGR & RCC_CFGR_PPRE1) >> RCC_CFGR_PPRE1_Pos];
}

uint32_t rcc_pclk2_hz(void)
{
	return rcc_hclk_hz() >> APBPrescTable[(RCC->CFGR & RCC_CFGR_PPRE2) >> RCC_CFGR_PPRE2_Pos];
}
