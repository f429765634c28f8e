/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * The scheduler: one FIFO ready queue per priority plus a 32-bit bitmap of the
 * non-empty ones, so picking the next thread is a count-trailing-zeros. A
 * sorted list holds the threads with a timeout; the tick wakes them.
 */

#include "quark/arch.h"
#include "sched_internal.h"

struct q_thread *q_current_thread;
struct q_thread *q_next_thread; /* read by the PendSV handler */

static struct q_list ready_q[Q_NUM_PRIORITIES];
static uint32_t ready_bitmap;
static struct q_list timeout_q;  /* sorted by wake_tick, earliest first */
static volatile uint32_t tick_count;
static bool started;

static struct q_thread idle_thread;
Q_THREAD_STACK(idle_stack, Q_IDLE_STACK_SIZE);

static void idle_entry(void *arg)
{
	(void)arg;
	for (;;) {
		q_arch_idle();
	}
}

void q_kernel_init(void)
{
	unsigned i;

	for (i = 0; i < Q_NUM_PRIORITIES; i++) {
		q_list_init(&ready_q[i]);
	}
	q_list_init(&timeout_q);
	ready_bitmap = 0U;
	tick_count = 0U;
	(void)q_thread_create(&idle_thread, "idle", idle_entry, NULL, idle_stack,
			      sizeof(idle_stack), Q_NUM_PRIORITIES - 1);
}

void q_sched_ready(struct q_thread *t)
{
	t->state = Q_THREAD_READY;
	q_list_append(&ready_q[t->prio], &t->node);
	ready_bitmap |= 1U << t->prio;
}

void q_sched_unready(struct q_thread *t)
{
	q_list_remove(&t->node);
	if (q_list_empty(&ready_q[t->prio])) {
		ready_bitmap &= ~(1U << t->prio);
	}
}

static struct q_thread *highest_ready(void)
{
	uint32_t prio = q_arch_ffs(ready_bitmap); /* the idle thread is always ready */

	return container_of(ready_q[prio].next, struct q_thread, node);
}

void q_sched_reschedule(void)
{
	struct q_thread *next;

	if (!started) {
		return;
	}
	next = highest_ready();
	if (next != q_current_thread) {
		q_next_thread = next;
		q_arch_request_switch();
	}
}

static void timeout_add(struct q_thread *t, uint32_t ticks)
{
	struct q_list *pos;

	t->wake_tick = tick_count + ticks;
	/* Keep the list sorted; compare as signed differences so that the tick
	 * counter may wrap around. */
	q_list_for_each(pos, &timeout_q) {
		struct q_thread *o = container_of(pos, struct q_thread, timeout_node);

		if ((int32_t)(t->wake_tick - o->wake_tick) < 0) {
			break;
		}
	}
	q_list_insert_before(pos, &t->timeout_node);
}

int q_sched_block(struct q_list *wait_q, uint32_t timeout, uint32_t irq_state)
{
	struct q_thread *self = q_current_thread;

	q_sched_unready(self);
	self->wait_result = Q_ETIMEDOUT;
	if (wait_q != NULL) {
		struct q_list *pos;

		/* Waiters are kept in priority order, FIFO among equals. */
		q_list_for_each(pos, wait_q) {
			if (container_of(pos, struct q_thread, node)->prio > self->prio) {
				break;
			}
		}
		q_list_insert_before(pos, &self->node);
		self->state = Q_THREAD_BLOCKED;
	} else {
		self->state = Q_THREAD_SLEEPING;
	}
	if (timeout != Q_FOREVER) {
		timeout_add(self, timeout);
	}
	q_sched_reschedule();
	q_arch_irq_unlock(irq_state); /* PendSV runs here and switches away */

	(void)q_arch_irq_lock();
	return self->wait_result;
}

static void wake(struct q_thread *t, int32_t result)
{
	q_list_remove(&t->node); /* from the wait queue, if any */
	q_list_remove(&t->timeout_node);
	t->wait_result = result;
	q_sched_ready(t);
}

struct q_thread *q_sched_wake_one(struct q_list *wait_q, int32_t result)
{
	struct q_list *first = q_list_first(wait_q);
	struct q_thread *t;

	if (first == NULL) {
		return NULL;
	}
	t = container_of(first, struct q_thread, node);
	wake(t, result);
	return t;
}

void q_sched_change_prio(struct q_thread *t, uint8_t prio)
{
	if (t->state == Q_THREAD_READY || t->state == Q_THREAD_RUNNING) {
		q_sched_unready(t);
		t->prio = prio;
		q_sched_ready(t);
	} else {
		t->prio = prio;
	}
}

void q_tick_announce(void)
{
	q_irq_state_t key = q_arch_irq_lock();
	struct q_thread *self = q_current_thread;

	tick_count++;
	while (!q_list_empty(&timeout_q)) {
		struct q_thread *t = container_of(timeout_q.next, struct q_thread, timeout_node);

		if ((int32_t)(tick_count - t->wake_tick) < 0) {
			break;
		}
		wake(t, (t->state == Q_THREAD_SLEEPING) ? Q_OK : Q_ETIMEDOUT);
	}
#if Q_TIME_SLICE > 0
	if (self != NULL && self != &idle_thread && --self->slice == 0U) {
		self->slice = Q_TIME_SLICE;
		/* Move to the back of its priority's queue: round robin. */
		q_sched_unready(self);
		q_sched_ready(self);
	}
#endif
	q_sched_reschedule();
	q_arch_irq_unlock(key);
}

struct q_thread *q_current(void)
{
	return q_current_thread;
}

uint32_t q_ticks(void)
{
	return tick_count;
}

void q_yield(void)
{
	q_irq_state_t key = q_arch_irq_lock();

	q_sched_unready(q_current_thread);
	q_sched_ready(q_current_thread);
	q_sched_reschedule();
	q_arch_irq_unlock(key);
}

void q_sleep(uint32_t ticks)
{
	q_irq_state_t key;

	if (ticks == 0U) {
		q_yield();
		return;
	}
	key = q_arch_irq_lock();
	(void)q_sched_block(NULL, ticks, key);
	q_arch_irq_unlock(key);
}

void q_kernel_start(void)
{
	(void)q_arch_irq_lock();
	started = true;
	q_current_thread = highest_ready();
	q_current_thread->state = Q_THREAD_RUNNING;
	q_arch_start(q_current_thread->sp);
}
