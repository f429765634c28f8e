/* SPDX-License-Identifier: MIT */
#ifndef SHELL_H
#define SHELL_H

#include <stddef.h>
#include <stdint.h>

#define SHELL_LINE_MAX  64U
#define SHELL_ARGS_MAX  6U

typedef int (*shell_fn)(int argc, char **argv);

struct shell_cmd {
	const char *name;
	const char *help;
	shell_fn fn;
};

void shell_init(const struct shell_cmd *cmds, size_t n_cmds);
void shell_poll(void);
void shell_printf(const char *fmt, ...);

#endif /* SHELL_H */
