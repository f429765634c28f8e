/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Two threads and a message queue: a producer samples a counter every 100 ms
 * and a consumer, at higher priority, prints what it receives.
 */

#include <stdio.h>

#include "quark/kernel.h"

struct sample {
	uint32_t tick;
	uint32_t value;
};

static struct q_msgq queue;
static struct sample queue_buf[8];
static struct q_thread producer_thread, consumer_thread;
Q_THREAD_STACK(producer_stack, 1024);
Q_THREAD_STACK(consumer_stack, 1024);

static void producer(void *arg)
{
	uint32_t value = 0;

	(void)arg;
	for (;;) {
		struct sample s = { .tick = q_ticks(), .value = value++ };

		if (q_msgq_put(&queue, &s, Q_NO_WAIT) != Q_OK) {
			printf("queue full, sample %lu dropped\n", (unsigned long)s.value);
		}
		q_sleep(100);
	}
}

static void consumer(void *arg)
{
	struct sample s;

	(void)arg;
	for (;;) {
		if (q_msgq_get(&queue, &s, Q_FOREVER) == Q_OK) {
			printf("[%8lu] sample %lu\n", (unsigned long)s.tick, (unsigned long)s.value);
		}
	}
}

int main(void)
{
	q_kernel_init();
	q_msgq_init(&queue, queue_buf, sizeof(queue_buf[0]), 8);
	(void)q_thread_create(&producer_thread, "producer", producer, NULL, producer_stack,
			      sizeof(producer_stack), 10);
	(void)q_thread_create(&consumer_thread, "consumer", consumer, NULL, consumer_stack,
			      sizeof(consumer_stack), 5);
	q_kernel_start();
}
