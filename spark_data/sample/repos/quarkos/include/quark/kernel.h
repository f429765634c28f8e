/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * QuarkOS kernel API: threads, sleeping, semaphores, mutexes with priority
 * inheritance, and fixed-size message queues. Preemptive, priority based,
 * round robin among threads of equal priority.
 */

#ifndef QUARK_KERNEL_H
#define QUARK_KERNEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "quark/config.h"
#include "quark/list.h"

#define Q_FOREVER  0xFFFFFFFFU
#define Q_NO_WAIT  0U

enum q_status {
	Q_OK = 0,
	Q_ETIMEDOUT = -1,
	Q_EAGAIN = -2,
	Q_EINVAL = -3,
	Q_EPERM = -4,
	Q_EDEADLK = -5,
};

enum q_thread_state {
	Q_THREAD_READY,
	Q_THREAD_RUNNING,
	Q_THREAD_BLOCKED,
	Q_THREAD_SLEEPING,
	Q_THREAD_DEAD,
};

struct q_thread {
	uint32_t *sp;              /* saved stack pointer: MUST stay the first member */
	struct q_list node;        /* ready queue or wait queue */
	struct q_list timeout_node;
	uint32_t wake_tick;
	uint8_t prio;              /* current (possibly inherited) priority */
	uint8_t base_prio;
	uint8_t state;
	uint8_t slice;
	int32_t wait_result;
	void *wait_data;           /* message buffer of a queue operation */
	uint32_t *stack_base;
	size_t stack_words;
	const char *name;
};

struct q_sem {
	struct q_list waiters;
	uint32_t count;
	uint32_t limit;
};

struct q_mutex {
	struct q_list waiters;
	struct q_thread *owner;
	uint32_t lock_count;
	uint8_t owner_base_prio;
};

struct q_msgq {
	struct q_list readers;
	struct q_list writers;
	uint8_t *buf;
	size_t msg_size;
	size_t max_msgs;
	size_t used;
	size_t read_idx;
	size_t write_idx;
};

#define Q_THREAD_STACK(name, bytes) \
	static uint32_t name[((bytes) + 3U) / 4U] __attribute__((aligned(8)))

/* kernel/sched.c */
void q_kernel_init(void);
void q_kernel_start(void) __attribute__((noreturn));
struct q_thread *q_current(void);
void q_yield(void);
void q_sleep(uint32_t ticks);
uint32_t q_ticks(void);
void q_tick_announce(void);

/* kernel/thread.c */
int q_thread_create(struct q_thread *t, const char *name, void (*entry)(void *), void *arg,
		    uint32_t *stack, size_t stack_bytes, uint8_t prio);
void q_thread_exit(void) __attribute__((noreturn));
void q_thread_set_priority(struct q_thread *t, uint8_t prio);
size_t q_thread_stack_unused(const struct q_thread *t);

/* kernel/sem.c */
void q_sem_init(struct q_sem *s, uint32_t initial, uint32_t limit);
int q_sem_take(struct q_sem *s, uint32_t timeout);
int q_sem_give(struct q_sem *s);

/* kernel/mutex.c */
void q_mutex_init(struct q_mutex *m);
int q_mutex_lock(struct q_mutex *m, uint32_t timeout);
int q_mutex_unlock(struct q_mutex *m);

/* kernel/msgq.c */
void q_msgq_init(struct q_msgq *q, void *buf, size_t msg_size, size_t max_msgs);
int q_msgq_put(struct q_msgq *q, const void *msg, uint32_t timeout);
int q_msgq_get(struct q_msgq *q, void *msg, uint32_t timeout);

#endif /* QUARK_KERNEL_H */
