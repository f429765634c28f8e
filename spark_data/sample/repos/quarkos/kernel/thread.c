/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 */

#include <string.h>

#include "quark/arch.h"
#include "sched_internal.h"

int q_thread_create(struct q_thread *t, const char *name, void (*entry)(void *), void *arg,
		    uint32_t *stack, size_t stack_bytes, uint8_t prio)
{
	size_t words = stack_bytes / sizeof(uint32_t);
	uint32_t *top;
	q_irq_state_t key;

	if (t == NULL || entry == NULL || stack == NULL || prio >= Q_NUM_PRIORITIES ||
	    words < 32U) {
		return Q_EINVAL;
	}
	memset(t, 0, sizeof(*t));
	t->name = name;
	t->prio = prio;
	t->base_prio = prio;
	t->slice = Q_TIME_SLICE;
	t->stack_base = stack;
	t->stack_words = words;
	q_list_init(&t->node);
	q_list_init(&t->timeout_node);

#if Q_STACK_CANARY
	/* Fill the stack so that the high-water mark can be measured later. */
	for (size_t i = 0; i < words; i++) {
		stack[i] = Q_STACK_CANARY_WORD;
	}
#endif
	/* AAPCS: the stack pointer is 8-byte aligned at a public interface. */
	top = (uint32_t *)((uintptr_t)(stack + words) & ~(uintptr_t)7U);
	t->sp = q_arch_stack_init(top, entry, arg, q_thread_exit);

	key = q_arch_irq_lock();
	q_sched_ready(t);
	q_sched_reschedule();
	q_arch_irq_unlock(key);
	return Q_OK;
}

void q_thread_exit(void)
{
	(void)q_arch_irq_lock();
	q_sched_unready(q_current_thread);
	q_current_thread->state = Q_THREAD_DEAD;
	q_sched_reschedule();
	q_arch_irq_unlock(0U);
	for (;;) {
		/* never scheduled again */
	}
}

void q_thread_set_priority(struct q_thread *t, uint8_t prio)
{
	q_irq_state_t key;

	if (prio >= Q_NUM_PRIORITIES) {
		return;
	}
	key = q_arch_irq_lock();
	/* An inherited (boosted) priority is kept until the mutex is released. */
	if (t->prio == t->base_prio || prio < t->prio) {
		q_sched_change_prio(t, prio);
	}
	t->base_prio = prio;
	q_sched_reschedule();
	q_arch_irq_unlock(key);
}

size_t q_thread_stack_unused(const struct q_thread *t)
{
#if Q_STACK_CANARY
	size_t n = 0;

	while (n < t->stack_words && t->stack_base[n] == Q_STACK_CANARY_WORD) {
		n++;
	}
	return n * sizeof(uint32_t);
#else
	(void)t;
	return 0;
#endif
}
