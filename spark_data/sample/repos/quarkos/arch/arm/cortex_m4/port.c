/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Cortex-M4 port: critical sections, initial stack frames, the tick (SysTick)
 * and the switch hook called by PendSV_Handler in context.S.
 *
 * Core registers are accessed by address so the port does not depend on one
 * vendor's device header; the System Control Space layout is fixed by ARMv7-M.
 */

#include "quark/arch.h"
#include "../../../kernel/sched_internal.h"

#define SCB_ICSR        (*(volatile uint32_t *)0xE000ED04UL)
#define SCB_SHPR3       (*(volatile uint32_t *)0xE000ED20UL)
#define SCB_CPACR       (*(volatile uint32_t *)0xE000ED88UL)
#define FPU_FPCCR       (*(volatile uint32_t *)0xE000EF34UL)
#define SYST_CSR        (*(volatile uint32_t *)0xE000E010UL)
#define SYST_RVR        (*(volatile uint32_t *)0xE000E014UL)
#define SYST_CVR        (*(volatile uint32_t *)0xE000E018UL)

#define ICSR_PENDSVSET  (1UL << 28)
#define FPCCR_ASPEN     (1UL << 31)
#define FPCCR_LSPEN     (1UL << 30)
#define SYST_ENABLE     (1UL << 0)
#define SYST_TICKINT    (1UL << 1)
#define SYST_CLKSOURCE  (1UL << 2)

#define XPSR_THUMB      0x01000000UL
#define EXC_RETURN_PSP  0xFFFFFFFDUL /* Thread mode, PSP, basic (no FPU) frame */

extern uint32_t SystemCoreClock;
extern void q_port_launch(void) __attribute__((noreturn));

uint32_t *q_port_first_sp;

q_irq_state_t q_arch_irq_lock(void)
{
	uint32_t primask;

	__asm volatile ("mrs %0, primask\n\tcpsid i" : "=r" (primask) :: "memory");
	return primask;
}

void q_arch_irq_unlock(q_irq_state_t state)
{
	__asm volatile ("msr primask, %0" :: "r" (state) : "memory");
}

uint32_t *q_arch_stack_init(uint32_t *stack_top, void (*entry)(void *), void *arg,
			    void (*exit_fn)(void))
{
	uint32_t *sp = stack_top;

	/* Hardware frame, as the core pushes it on exception entry. */
	*--sp = XPSR_THUMB;                   /* xPSR: Thumb state */
	*--sp = (uint32_t)entry & ~1UL;       /* pc: bit 0 must be clear in a frame */
	*--sp = (uint32_t)exit_fn;            /* lr: where entry returns to */
	*--sp = 0x12121212UL;                 /* r12 */
	*--sp = 0x03030303UL;                 /* r3 */
	*--sp = 0x02020202UL;                 /* r2 */
	*--sp = 0x01010101UL;                 /* r1 */
	*--sp = (uint32_t)arg;                /* r0: the argument */

	/* Software frame, as PendSV_Handler pushes it. */
	*--sp = EXC_RETURN_PSP;               /* lr in the handler */
	for (int r = 11; r >= 4; r--) {
		*--sp = 0x04040404UL * (uint32_t)(r - 3); /* r11 .. r4, recognisable in a debugger */
	}
	return sp;
}

void q_arch_request_switch(void)
{
	SCB_ICSR = ICSR_PENDSVSET;
	__asm volatile ("dsb\n\tisb" ::: "memory");
}

/* Called from PendSV_Handler with interrupts disabled. */
uint32_t *q_port_switch(uint32_t *sp)
{
	struct q_thread *prev = q_current_thread;
	struct q_thread *next = q_next_thread;

	prev->sp = sp;
	if (prev->state == Q_THREAD_RUNNING) {
		prev->state = Q_THREAD_READY;
	}
	next->state = Q_THREAD_RUNNING;
	q_current_thread = next;
	return next->sp;
}

void q_arch_start(uint32_t *first_sp)
{
	q_port_first_sp = first_sp;

	/* Full access to CP10/CP11 and lazy FP state preservation: threads that
	 * never touch the FPU never pay for saving s0-s31. */
	SCB_CPACR |= (3UL << 20) | (3UL << 22);
	FPU_FPCCR |= FPCCR_ASPEN | FPCCR_LSPEN;

	/* PendSV (bits 23:16) and SysTick (bits 31:24) at the lowest priority. */
	SCB_SHPR3 |= (0xFFUL << 16) | (0xFFUL << 24);

	SYST_CSR = 0U;
	SYST_RVR = (SystemCoreClock / Q_TICK_HZ) - 1U;
	SYST_CVR = 0U;
	SYST_CSR = SYST_CLKSOURCE | SYST_TICKINT | SYST_ENABLE;

	q_port_launch();
}

void q_arch_idle(void)
{
	__asm volatile ("dsb\n\twfi\n\tisb" ::: "memory");
}

void SysTick_Handler(void)
{
	q_tick_announce();
}
