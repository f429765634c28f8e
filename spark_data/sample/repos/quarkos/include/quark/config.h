/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Build-time configuration. Values come from Kconfig (CONFIG_*) when the build
 * system provides them, and fall back to these defaults.
 */

#ifndef QUARK_CONFIG_H
#define QUARK_CONFIG_H

#ifdef CONFIG_QUARK_NUM_PRIORITIES
#define Q_NUM_PRIORITIES CONFIG_QUARK_NUM_PRIORITIES
#else
#define Q_NUM_PRIORITIES 32 /* 0 is the highest; one bit each in the ready bitmap */
#endif

#ifdef CONFIG_QUARK_TICK_HZ
#define Q_TICK_HZ CONFIG_QUARK_TICK_HZ
#else
#define Q_TICK_HZ 1000
#endif

#ifdef CONFIG_QUARK_TIME_SLICE_TICKS
#define Q_TIME_SLICE CONFIG_QUARK_TIME_SLICE_TICKS
#else
#define Q_TIME_SLICE 10 /* round robin among equal priorities; 0 disables */
#endif

#ifdef CONFIG_QUARK_IDLE_STACK_SIZE
#define Q_IDLE_STACK_SIZE CONFIG_QUARK_IDLE_STACK_SIZE
#else
#define Q_IDLE_STACK_SIZE 256
#endif

#ifdef CONFIG_QUARK_STACK_CANARY
#define Q_STACK_CANARY 1
#else
#define Q_STACK_CANARY 0
#endif

#define Q_STACK_CANARY_WORD 0xDEADBEEFU

#if Q_NUM_PRIORITIES > 32
#error "Q_NUM_PRIORITIES must fit the 32-bit ready bitmap"
#endif

#endif /* QUARK_CONFIG_H */
