/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Intrusive circular doubly linked list. A node is embedded in the object it
 * links (a thread, a timer); container_of() gets the object back. An empty
 * list is a head whose next and prev point to itself.
 */

#ifndef QUARK_LIST_H
#define QUARK_LIST_H

#include <stdbool.h>
#include <stddef.h>

struct q_list {
	struct q_list *next;
	struct q_list *prev;
};

#define Q_LIST_INIT(name) { &(name), &(name) }

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

static inline void q_list_init(struct q_list *l)
{
	l->next = l;
	l->prev = l;
}

static inline bool q_list_empty(const struct q_list *l)
{
	return l->next == l;
}

static inline void q_list_insert_before(struct q_list *pos, struct q_list *node)
{
	node->next = pos;
	node->prev = pos->prev;
	pos->prev->next = node;
	pos->prev = node;
}

static inline void q_list_append(struct q_list *head, struct q_list *node)
{
	q_list_insert_before(head, node);
}

static inline void q_list_remove(struct q_list *node)
{
	node->prev->next = node->next;
	node->next->prev = node->prev;
	node->next = node;
	node->prev = node;
}

static inline struct q_list *q_list_first(const struct q_list *head)
{
	return q_list_empty(head) ? NULL : head->next;
}

#define q_list_for_each(pos, head) \
	for ((pos) = (head)->next; (pos) != (head); (pos) = (pos)->next)

#endif /* QUARK_LIST_H */
