/* SPDX-License-Identifier: MIT */
/*
 * shell.c - a line-editing command shell on the board console
 *
 * Characters arrive from the USART2 receive ring buffer; a line ends with CR
 * or LF, backspace (0x08 or 0x7F) erases, and the line is split on spaces
 * into at most SHELL_ARGS_MAX arguments.
 */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "board.h"
#include "shell.h"

static const struct shell_cmd *shell_cmds;
static size_t shell_n_cmds;
static char line[SHELL_LINE_MAX];
static size_t line_len;

void shell_printf(const char *fmt, ...)
{
	char buf[128];
	va_list ap;

	va_start(ap, fmt);
	(void)vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	(void)uart_puts(&board_console, buf);
}

static int split(char *s, char **argv)
{
	int argc = 0;

	while (*s != '\0' && argc < (int)SHELL_ARGS_MAX) {
		while (*s == ' ') {
			*s++ = '\0';
		}
		if (*s == '\0') {
			break;
		}
		argv[argc++] = s;
		while (*s != '\0' && *s != ' ') {
			s++;
		}
	}
	return argc;
}

static void run_line(void)
{
	char *argv[SHELL_ARGS_MAX];
	int argc;
	size_t i;

	line[line_len] = '\0';
	argc = split(line, argv);
	if (argc == 0) {
		return;
	}
	if (strcmp(argv[0], "help") == 0) {
		for (i = 0; i < shell_n_cmds; i++) {
			shell_printf("  %-10s %s\r\n", shell_cmds[i].name, shell_cmds[i].help);
		}
		return;
	}
	for (i = 0; i < shell_n_cmds; i++) {
		if (strcmp(argv[0], shell_cmds[i].name) == 0) {
			int rc = shell_cmds[i].fn(argc, argv);

			if (rc != 0) {
				shell_printf("%s: error %d\r\n", argv[0], rc);
			}
			return;
		}
	}
	shell_printf("unknown command: %s (try help)\r\n", argv[0]);
}

void shell_init(const struct shell_cmd *cmds, size_t n_cmds)
{
	shell_cmds = cmds;
	shell_n_cmds = n_cmds;
	line_len = 0;
	shell_printf("\r\n" BOARD_NAME " shell\r\n> ");
}

void shell_poll(void)
{
	int c;

	while ((c = uart_getc(&board_console)) >= 0) {
		if (c == '\r' || c == '\n') {
			shell_printf("\r\n");
			run_line();
			line_len = 0;
			shell_printf("> ");
		} else if (c == 0x08 || c == 0x7F) {
			if (line_len > 0) {
				line_len--;
				shell_printf("\b \b");
			}
		} else if (line_len < SHELL_LINE_MAX - 1U && c >= 0x20 && c < 0x7F) {
			line[line_len++] = (char)c;
			(void)uart_transmit(&board_console, (const uint8_t *)&line[line_len - 1], 1U, 10U);
		}
	}
}
