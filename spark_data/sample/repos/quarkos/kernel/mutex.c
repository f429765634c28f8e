/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Recursive mutexes with priority inheritance: while a higher-priority thread
 * waits, the owner runs at the waiter's priority, so a medium-priority thread
 * cannot starve the owner (priority inversion). One level only: the boost is
 * not propagated through chains of mutexes.
 */

#include "quark/arch.h"
#include "sched_internal.h"

void q_mutex_init(struct q_mutex *m)
{
	q_list_init(&m->waiters);
	m->owner = NULL;
	m->lock_count = 0U;
	m->owner_base_prio = 0U;
}

int q_mutex_lock(struct q_mutex *m, uint32_t timeout)
{
	q_irq_state_t key = q_arch_irq_lock();
	struct q_thread *self = q_current_thread;
	int rc;

	if (m->owner == NULL || m->owner == self) {
		if (m->owner == NULL) {
			m->owner = self;
			m->owner_base_prio = self->prio;
		}
		m->lock_count++;
		q_arch_irq_unlock(key);
		return Q_OK;
	}
	if (timeout == Q_NO_WAIT) {
		q_arch_irq_unlock(key);
		return Q_EAGAIN;
	}
	if (self->prio < m->owner->prio) {
		q_sched_change_prio(m->owner, self->prio); /* inherit */
	}
	rc = q_sched_block(&m->waiters, timeout, key);
	if (rc != Q_OK && m->owner != NULL) {
		/* Timed out: drop the boost to what the remaining waiters need. */
		struct q_list *first = q_list_first(&m->waiters);
		uint8_t need = m->owner_base_prio;

		if (first != NULL && container_of(first, struct q_thread, node)->prio < need) {
			need = container_of(first, struct q_thread, node)->prio;
		}
		q_sched_change_prio(m->owner, need);
	}
	q_arch_irq_unlock(key);
	return rc;
}

int q_mutex_unlock(struct q_mutex *m)
{
	q_irq_state_t key = q_arch_irq_lock();
	struct q_thread *self = q_current_thread;
	struct q_thread *next;

	if (m->owner != self) {
		q_arch_irq_unlock(key);
		return Q_EPERM;
	}
	if (--m->lock_count > 0U) {
		q_arch_irq_unlock(key);
		return Q_OK;
	}
	if (self->prio != m->owner_base_prio) {
		q_sched_change_prio(self, m->owner_base_prio); /* give the boost back */
	}
	next = q_sched_wake_one(&m->waiters, Q_OK);
	m->owner = next;
	if (next != NULL) {
		m->lock_count = 1U;
		m->owner_base_prio = next->base_prio;
	}
	q_sched_reschedule();
	q_arch_irq_unlock(key);
	return Q_OK;
}
