/*
 * f4_hal.c - library initialisation and the SysTick time base
 *
 * Copyright (c) 2024 The Spark sample authors.
 * SPDX-License-Identifier: BSD-3-Clause
 */

#include "f4_hal.h"

static volatile uint32_t hal_tick;

hal_status_t hal_init(void)
{
	/* Instruction cache, data cache and prefetch buffer: all three are reset
	 * to off, and flash wait states make them worth having at any speed. */
	FLASH->ACR |= FLASH_ACR_ICEN | FLASH_ACR_DCEN | FLASH_ACR_PRFTEN;

	/* 4 bits of pre-emption priority, none of sub-priority (PRIGROUP = 3). */
	SCB->AIRCR = (0x5FAUL << SCB_AIRCR_VECTKEY_Pos) | (3UL << SCB_AIRCR_PRIGROUP_Pos);

	if (SysTick_Config(SystemCoreClock / HAL_TICK_FREQ_HZ) != 0U) {
		return HAL_ERROR;
	}
	NVIC_SetPriority(SysTick_IRQn, 15U);
	return HAL_OK;
}

void hal_inc_tick(void)
{
	hal_tick++;
}

uint32_t hal_get_tick(void)
{
	return hal_tick;
}

void hal_delay(uint32_t ms)
{
	uint32_t start = hal_get_tick();
	uint32_t wait = ms;

	/* Add a tick so that the delay is at least `ms` whole periods. */
	if (wait < HAL_MAX_DELAY) {
		wait += 1U;
	}
	while ((hal_get_tick() - start) < wait) {
		__WFI();
	}
}

void hal_suspend_tick(void)
{
	SysTick->CTRL &= ~SysTick_CTRL_TICKINT_Msk;
}

void hal_resume_tick(void)
{
	SysTick->CTRL |= SysTick_CTRL_TICKINT_Msk;
}

__WEAK void SysTick_Handler(void)
{
	hal_inc_tick();
}
