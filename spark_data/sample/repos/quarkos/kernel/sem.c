/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Counting semaphores. A give with waiters hands the count straight to the
 * highest-priority waiter instead of incrementing it, so a lower-priority
 * thread cannot take it in between.
 */

#include "quark/arch.h"
#include "sched_internal.h"

void q_sem_init(struct q_sem *s, uint32_t initial, uint32_t limit)
{
	q_list_init(&s->waiters);
	s->limit = (limit == 0U) ? 1U : limit;
	s->count = (initial > s->limit) ? s->limit : initial;
}

int q_sem_take(struct q_sem *s, uint32_t timeout)
{
	q_irq_state_t key = q_arch_irq_lock();
	int rc;

	if (s->count > 0U) {
		s->count--;
		q_arch_irq_unlock(key);
		return Q_OK;
	}
	if (timeout == Q_NO_WAIT) {
		q_arch_irq_unlock(key);
		return Q_EAGAIN;
	}
	rc = q_sched_block(&s->waiters, timeout, key);
	q_arch_irq_unlock(key);
	return rc;
}

int q_sem_give(struct q_sem *s)
{
	q_irq_state_t key = q_arch_irq_lock();
	int rc = Q_OK;

	if (q_sched_wake_one(&s->waiters, Q_OK) != NULL) {
		q_sched_reschedule();
	} else if (s->count < s->limit) {
		s->count++;
	} else {
		rc = Q_EAGAIN; /* already at the limit */
	}
	q_arch_irq_unlock(key);
	return rc;
}
