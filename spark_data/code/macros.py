"""One `#define` -> its number and role, and its symbol row (shared by C, asm and dts).

In: the macro's name, parameter list (None for object-like), body, position; the file's
`Macros` (for evaluation) and `MacroRoles` (for roles), both fed in definition order.
Out: a row tuple in `common.ROW_FIELDS` order; the macro is recorded for later evaluations.
"""

from __future__ import annotations

from spark_data.code.common import Row, collapse
from spark_data.code.evaluate import Macros, evaluate
from spark_data.code.roles import MacroRoles, shape


def number_and_role(
    macros: Macros, roles: MacroRoles, name: str, value: str, start: int
) -> tuple[int | None, str | None]:
    """The value of an object-like macro's body (a register's address) and its role."""
    if not value:
        return None, None
    form = shape(value)
    if form.register:
        number = form.address
        if number is None:
            number = evaluate(value, macros, address=True)
    else:
        number = evaluate(value, macros)
    return number, roles.role(name, value, number, start, form)


def macro_row(
    macros: Macros,
    roles: MacroRoles,
    name: str,
    params: str | None,
    body: str,
    start: int,
    line: int,
    last: int,
) -> Row:
    """The row of `#define name[params] body`, recording the macro in `macros`."""
    if params is not None:
        names = [p.strip() for p in params.strip()[1:-1].split(",") if p.strip()]
        macros.define_function(name, names, body)
        row = ("macro_function", name, body or None, None, collapse(params), line, last)
        return (*row, None, None)
    number, role = number_and_role(macros, roles, name, body, start)
    macros.define(name, body)
    macros.set_number(name, number)
    return ("macro", name, body or None, number, None, line, last, None, role)
