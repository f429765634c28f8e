/*
 * Copyright (c) 2024 The QuarkOS authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Context switch for ARMv7E-M (Cortex-M4, Cortex-M4F).
 *
 * Threads run in Thread mode on the process stack (PSP); exceptions and the
 * kernel's start-up run on the main stack (MSP). On exception entry the core
 * has already pushed r0-r3, r12, lr, pc and xPSR (and s0-s15, FPSCR if the
 * thread used the FPU) onto the PSP; PendSV pushes the rest: r4-r11, the
 * EXC_RETURN value and, when bit 4 of EXC_RETURN is clear, s16-s31.
 */

	.syntax unified
	.cpu cortex-m4
	.fpu fpv4-sp-d16
	.thumb

	.text

/*
 * PendSV: the lowest-priority exception, so a switch never preempts another
 * interrupt handler; all pended switch requests collapse into one.
 */
	.global PendSV_Handler
	.type   PendSV_Handler, %function
	.thumb_func
PendSV_Handler:
	mrs     r0, psp
	isb

	tst     lr, #0x10               /* EXC_RETURN[4] == 0: extended (FPU) frame */
	it      eq
	vstmdbeq r0!, {s16-s31}
	stmdb   r0!, {r4-r11, lr}

	cpsid   i                       /* q_next_thread must not change under us */
	bl      q_port_switch           /* r0: saved sp in, next thread's sp out */
	cpsie   i

	ldmia   r0!, {r4-r11, lr}
	tst     lr, #0x10
	it      eq
	vldmiaeq r0!, {s16-s31}

	msr     psp, r0
	isb
	bx      lr
	.size   PendSV_Handler, .-PendSV_Handler

/*
 * SVC 0 starts the first thread: load its prepared frame and return to
 * Thread mode on the PSP (EXC_RETURN 0xFFFFFFFD is in the frame).
 */
	.global SVC_Handler
	.type   SVC_Handler, %function
	.thumb_func
SVC_Handler:
	ldr     r1, =q_port_first_sp
	ldr     r0, [r1]
	ldmia   r0!, {r4-r11, lr}
	msr     psp, r0
	isb
	mov     r0, #0
	msr     basepri, r0
	bx      lr
	.size   SVC_Handler, .-SVC_Handler

/*
 * q_port_launch(void): reset MSP to its initial value (the first word of the
 * vector table: nothing on the start-up stack is needed any more), enable
 * interrupts and ask for SVC 0. Never returns.
 */
	.global q_port_launch
	.type   q_port_launch, %function
	.thumb_func
q_port_launch:
	ldr     r0, =0xE000ED08         /* SCB->VTOR */
	ldr     r0, [r0]
	ldr     r0, [r0]                /* initial MSP */
	msr     msp, r0
	mov     r0, #0
	msr     control, r0             /* privileged, MSP, no FP context yet */
	isb
	cpsie   i
	cpsie   f
	dsb
	isb
	svc     0
1:	b       1b
	.size   q_port_launch, .-q_port_launch

	.end
