/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Message queues of fixed-size messages in a caller-provided ring buffer.
 * When a reader is already waiting, put copies the message straight into
 * the reader's buffer (no trip through the ring).
 */

#include <string.h>

#include "quark/arch.h"
#include "sched_internal.h"

void q_msgq_init(struct q_msgq *q, void *buf, size_t msg_size, size_t max_msgs)
{
	q_list_init(&q->readers);
	q_list_init(&q->writers);
	q->buf = buf;
	q->msg_size = msg_size;
	q->max_msgs = max_msgs;
	q->used = 0U;
	q->read_idx = 0U;
	q->write_idx = 0U;
}

static void ring_put(struct q_msgq *q, const void *msg)
{
	memcpy(q->buf + q->write_idx * q->msg_size, msg, q->msg_size);
	q->write_idx = (q->write_idx + 1U) % q->max_msgs;
	q->used++;
}

static void ring_get(struct q_msgq *q, void *msg)
{
	memcpy(msg, q->buf + q->read_idx * q->msg_size, q->msg_size);
	q->read_idx = (q->read_idx + 1U) % q->max_msgs;
	q->used--;
}

int q_msgq_put(struct q_msgq *q, const void *msg, uint32_t timeout)
{
	q_irq_state_t key = q_arch_irq_lock();
	struct q_thread *reader = NULL;
	struct q_list *first = q_list_first(&q->readers);
	int rc = Q_OK;

	if (first != NULL) {
		reader = container_of(first, struct q_thread, node);
		memcpy(reader->wait_data, msg, q->msg_size);
		(void)q_sched_wake_one(&q->readers, Q_OK);
		q_sched_reschedule();
	} else if (q->used < q->max_msgs) {
		ring_put(q, msg);
	} else if (timeout == Q_NO_WAIT) {
		rc = Q_EAGAIN;
	} else {
		q_current_thread->wait_data = (void *)msg;
		rc = q_sched_block(&q->writers, timeout, key);
	}
	q_arch_irq_unlock(key);
	return rc;
}

int q_msgq_get(struct q_msgq *q, void *msg, uint32_t timeout)
{
	q_irq_state_t key = q_arch_irq_lock();
	struct q_list *first;
	int rc = Q_OK;

	if (q->used > 0U) {
		ring_get(q, msg);
		/* Room was made: move a blocked writer's message into the ring. */
		first = q_list_first(&q->writers);
		if (first != NULL) {
			ring_put(q, container_of(first, struct q_thread, node)->wait_data);
			(void)q_sched_wake_one(&q->writers, Q_OK);
			q_sched_reschedule();
		}
	} else if (timeout == Q_NO_WAIT) {
		rc = Q_EAGAIN;
	} else {
		q_current_thread->wait_data = msg;
		rc = q_sched_block(&q->readers, timeout, key);
	}
	q_arch_irq_unlock(key);
	return rc;
}
