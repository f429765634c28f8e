/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Scheduler internals shared by the kernel objects. Every function here must
 * be called with interrupts locked (q_arch_irq_lock).
 */

#ifndef QUARK_SCHED_INTERNAL_H
#define QUARK_SCHED_INTERNAL_H

#include "quark/kernel.h"

void q_sched_ready(struct q_thread *t);
void q_sched_unready(struct q_thread *t);
/* Block the current thread on `wait_q` (or on nothing) for up to `timeout`
 * ticks; returns the wait result set by the waker, or Q_ETIMEDOUT. The lock
 * is released while blocked and re-taken before returning. */
int q_sched_block(struct q_list *wait_q, uint32_t timeout, uint32_t irq_state);
/* Wake the highest-priority waiter of `wait_q` with `result`; NULL if none. */
struct q_thread *q_sched_wake_one(struct q_list *wait_q, int32_t result);
void q_sched_reschedule(void);
void q_sched_change_prio(struct q_thread *t, uint8_t prio);

extern struct q_thread *q_current_thread;
extern struct q_thread *q_next_thread;

#endif /* QUARK_SCHED_INTERNAL_H */
