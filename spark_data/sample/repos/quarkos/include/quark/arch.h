/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * What a port provides to the kernel. The Cortex-M port is in
 * arch/arm/cortex_m4.
 */

#ifndef QUARK_ARCH_H
#define QUARK_ARCH_H

#include <stdint.h>

typedef uint32_t q_irq_state_t;

/* Disable interrupts and return the previous state; restore it. Nestable. */
q_irq_state_t q_arch_irq_lock(void);
void q_arch_irq_unlock(q_irq_state_t state);

/* Build the first stack frame of a thread so that the first context switch
 * "returns" into entry(arg); returns the initial stack pointer. */
uint32_t *q_arch_stack_init(uint32_t *stack_top, void (*entry)(void *), void *arg,
			    void (*exit_fn)(void));

/* Request a context switch at the lowest exception priority (PendSV). */
void q_arch_request_switch(void);

/* Start the tick timer at Q_TICK_HZ and jump into the first thread. */
void q_arch_start(uint32_t *first_sp) __attribute__((noreturn));

/* Index of the lowest set bit (the highest priority); x != 0. */
static inline uint32_t q_arch_ffs(uint32_t x)
{
	return (uint32_t)__builtin_ctz(x);
}

void q_arch_idle(void);

#endif /* QUARK_ARCH_H */
