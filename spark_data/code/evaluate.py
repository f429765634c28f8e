"""A safe evaluator for C integer constant expressions (macro bodies, enumerator values).

In: an expression's text and a `Macros` table of the macros defined earlier in the same file.
Out: the value as a Python int that fits in int64, or None when the text is not a constant
(a string, a float, a call to an unknown function-like macro, an unknown identifier, sizeof).
Never uses Python's eval: the text is tokenised by one regex and read by a recursive-descent
parser with C precedence.

    m = Macros()
    m.define("PERIPH_BASE", "0x40000000UL")
    evaluate("(PERIPH_BASE + 0x1000UL)", m)  # -> 0x40001000

Arithmetic is on unbounded ints (C's unsigned wrap-around is not modelled), except casts to a
type of known width, which truncate (`(uint8_t)0x1FF` -> 0xFF); `long` is taken as 32 bits, as
on the 8/16/32-bit targets this corpus is about. `address=True` also reads a dereference of a
pointer cast as its address (`*(volatile uint32_t *)0x40011000` -> 0x40011000) and knows the
avr-libc accessors (`_SFR_IO8(0x16)` -> 0x36, the data-space address, as with the default
`__SFR_OFFSET` of 0x20).
"""

from __future__ import annotations

import operator
import re

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_DEPTH = 16  # macro references resolved this deep (also breaks #define A B / #define B A)
MAX_TOKENS = 400  # longer bodies are code, not constants; not worth reading
SFR_OFFSET = 0x20  # avr-libc __SFR_OFFSET in C (I/O space -> data space)

_TOKEN = re.compile(
    r"0[xX][0-9a-fA-F]+[uUlL]*|0[bB][01]+[uUlL]*|\d+[uUlL]*(?![\w.])|[A-Za-z_]\w*"
    r"|<<|>>|<=|>=|==|!=|&&|\|\||'(?:\\.|[^'\\])'|\S"
)
_NUMBER = r"(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)[uUlL]*"
_INT_LITERAL = re.compile(rf"\(?\s*{_NUMBER}\s*\)?")
# An optional `literal <<`, then one identifier or literal, in optional parentheses.
_SIMPLE = re.compile(rf"\(?\s*(?:{_NUMBER}\s*<<\s*)?(?:([A-Za-z_]\w*)|{_NUMBER})\s*\)?")
_ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, "'": 39, '"': 34, "a": 7, "b": 8}
# Type words that may appear in a cast, and the width of the fixed-size ones.
_WIDTH = {"char": 8, "short": 16, "int": 32, "long": 32} | {
    f"{sign}int{bits}_t": bits for sign in ("", "u") for bits in (8, 16, 32, 64)
}
_TYPE_WORDS = frozenset(
    {"unsigned", "signed", "const", "volatile", "void", "_Bool", "bool", "struct", "union"}
    | set(_WIDTH)
    | {"__IO", "__I", "__O", "__IOM", "__IM", "__OM"}
)
# avr-libc register accessors -> offset added to the argument (an address, not a value).
_ACCESSORS = {"_SFR_IO8": SFR_OFFSET, "_SFR_IO16": SFR_OFFSET} | dict.fromkeys(
    ("_SFR_MEM8", "_SFR_MEM16", "_SFR_MEM32", "_MMIO_BYTE", "_MMIO_WORD", "_MMIO_DWORD"), 0
)
_IDENTIFIER_START = re.compile(r"(?<![\w.'])[A-Za-z_]")
_CACHE_SIZE = 200_000
_MISS = object()
_cache: dict[str, int | None] = {}  # identifier-free expressions -> value (any file)


class NotConstant(Exception):
    """The expression is not an integer constant (raised inside, never out of `evaluate`)."""


class Macros:
    """The macros of one file in definition order: bodies, parameters and resolved numbers."""

    def __init__(self) -> None:
        self.bodies: dict[str, str] = {}
        self.functions: dict[str, tuple[list[str], str]] = {}
        self.numbers: dict[str, int | None] = {}  # memo of evaluated object-like macros

    def define(self, name: str, body: str) -> None:
        self.bodies[name] = body
        self.numbers.pop(name, None)
        self.functions.pop(name, None)

    def define_function(self, name: str, params: list[str], body: str) -> None:
        self.functions[name] = (params, body)
        self.bodies.pop(name, None)
        self.numbers.pop(name, None)

    def set_number(self, name: str, number: int | None) -> None:
        """Record a known value (an evaluated macro or an enumerator)."""
        self.numbers[name] = number

    def lookup(self, name: str, depth: int) -> int:
        if name in self.numbers:
            value = self.numbers[name]
        elif name in self.bodies:
            value = evaluate(self.bodies[name], self, depth=depth + 1)
            self.numbers[name] = value
        else:
            raise NotConstant(name)
        if value is None:
            raise NotConstant(name)
        return value


def _int(digits: str) -> int | None:
    """An integer literal's value (suffix already off): hex, binary, octal or decimal."""
    if digits[:2] in ("0x", "0X", "0b", "0B"):
        return int(digits, 0)
    if len(digits) > 1 and digits[0] == "0":
        return int(digits, 8) if "8" not in digits and "9" not in digits else None
    return int(digits)


def literal(text: str) -> int | None:
    """The value of a plain integer literal like `0x1FUL`, `(5)`, `0b101`, else None."""
    m = _INT_LITERAL.fullmatch(text)
    return None if m is None else _int(m.group(1))


def evaluate(
    text: str, macros: Macros | None = None, *, address: bool = False, depth: int = 0
) -> int | None:
    """The int64 value of the C constant expression `text`, or None if it has none."""
    if not address:
        cached = _cache.get(text, _MISS)
        if cached is not _MISS:
            return cached
    if depth > MAX_DEPTH:
        return None
    m = _SIMPLE.fullmatch(text)
    if m is not None:  # the commonest shapes: `(0x1UL << X_Pos)`, `X_Msk`, `(7U)`
        value = _simple(m, macros, depth)
    elif '"' in text:
        return None
    else:
        value = _full(text, macros, address, depth)
    if value is not None and not INT64_MIN <= value <= INT64_MAX:
        value = None
    # Only text without identifiers means the same in every file.
    if not address and len(_cache) < _CACHE_SIZE and not _IDENTIFIER_START.search(text):
        _cache[text] = value
    return value


def _simple(m: re.Match[str], macros: Macros | None, depth: int) -> int | None:
    shifted, name, digits = m.groups()
    if name is not None:
        if macros is None:
            return None
        try:
            value = macros.lookup(name, depth)
        except NotConstant:
            return None
    else:
        value = _int(digits)
    if shifted is None or value is None:
        return value
    base = _int(shifted)
    return None if base is None or not 0 <= value <= 64 else base << value


def _full(text: str, macros: Macros | None, address: bool, depth: int) -> int | None:
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    reader = _Reader(tokens, macros or Macros(), address, depth)
    try:
        value = reader.expression()
    except (NotConstant, IndexError, ValueError, RecursionError):
        return None
    return value if reader.pos == len(tokens) else None


class _Reader:
    """Recursive descent over a token list, C operator precedence, values as Python ints."""

    def __init__(self, tokens: list[str], macros: Macros, address: bool, depth: int) -> None:
        self.tokens = tokens
        self.pos = 0
        self.macros = macros
        self.address = address
        self.depth = depth

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.tokens[self.pos]
        if expected is not None and tok != expected:
            raise NotConstant(tok)
        self.pos += 1
        return tok

    def expression(self) -> int:
        cond = self.binary(0)
        if self.peek() != "?":
            return cond
        self.take("?")
        yes = self.expression()
        self.take(":")
        no = self.expression()
        return yes if cond else no

    def binary(self, min_level: int) -> int:
        """Precedence climbing: operands and operators of level >= min_level."""
        left = self.unary()
        tokens = self.tokens
        while self.pos < len(tokens):
            level = _LEVEL.get(tokens[self.pos], -1)
            if level < min_level:
                break
            op = tokens[self.pos]
            self.pos += 1
            left = _apply(op, left, self.binary(level + 1))
        return left

    def unary(self) -> int:
        tok = self.peek()
        if tok in ("-", "+", "~", "!"):
            self.take()
            value = self.unary()
            return {"-": -value, "+": value, "~": ~value, "!": int(not value)}[tok]
        if tok == "*":  # a dereference: only its address is a constant
            self.take()
            value = self.unary()
            if not self.address:
                raise NotConstant("*")
            return value
        if tok == "(":
            cast = self.cast()
            if cast is not None:
                return _truncate(self.unary(), cast)
        return self.primary()

    def cast(self) -> tuple[int, bool] | None:
        """If a cast `(type)` starts here, consume it and return (bits, signed); bits 0 = keep."""
        end = self.pos + 1
        words: list[str] = []
        while end < len(self.tokens) and self.tokens[end] != ")":
            words.append(self.tokens[end])
            end += 1
        if not words or end + 1 >= len(self.tokens) or not all(map(self._is_type_word, words)):
            return None
        if self.tokens[end + 1] in _NOT_AN_OPERAND and "*" not in words:
            return None  # `(FOO) - 1`: a parenthesised value, not a cast
        self.pos = end + 1
        if "*" in words:
            return (0, False)  # a pointer: the value is an address, kept as is
        bits = max((_WIDTH.get(w, 0) for w in words), default=0)
        if words.count("long") == 2:
            bits = 64
        signed = "unsigned" not in words and not any(w.startswith("uint") for w in words)
        return (bits, signed)

    def _is_type_word(self, word: str) -> bool:
        if word == "*" or word in _TYPE_WORDS:
            return True
        if not (word[0].isalpha() or word[0] == "_") or word in self.macros.bodies:
            return False
        return word.endswith(("_t", "_TypeDef", "_Type")) or word in ("RwReg", "RoReg", "WoReg")

    def primary(self) -> int:
        tok = self.take()
        if tok == "(":
            value = self.expression()
            self.take(")")
            return value
        if tok[0].isdigit():
            value = _int(tok.rstrip("uUlL"))
            if value is None:
                raise NotConstant(tok)
            return value
        if tok[0] == "'":
            return _char(tok)
        if tok[0].isalpha() or tok[0] == "_":
            if self.peek() == "(":
                return self.call(tok)
            return self.macros.lookup(tok, self.depth)
        raise NotConstant(tok)

    def call(self, name: str) -> int:
        """A function-like macro: defined in the file (expanded), or a known accessor."""
        args = self.arguments()
        if name in self.macros.functions:
            params, body = self.macros.functions[name]
            if len(params) != len(args):
                raise NotConstant(name)
            tokens = [t for tok in _TOKEN.findall(body) for t in _substitute(tok, params, args)]
            inner = _Reader(tokens, self.macros, self.address, self.depth + 1)
            if self.depth + 1 > MAX_DEPTH:
                raise NotConstant(name)
            value = inner.expression()
            if inner.pos != len(tokens):
                raise NotConstant(name)
            return value
        if name in ("_BV", "BIT") and len(args) == 1:
            return 1 << _shift_count(self.sub(args[0]))
        if self.address and name in _ACCESSORS and len(args) == 1:
            return self.sub(args[0]) + _ACCESSORS[name]
        raise NotConstant(name)

    def arguments(self) -> list[list[str]]:
        self.take("(")
        args: list[list[str]] = [[]]
        nesting = 0
        while True:
            tok = self.take()
            if tok == ")" and nesting == 0:
                return args if args != [[]] else []
            if tok == "," and nesting == 0:
                args.append([])
                continue
            nesting += (tok == "(") - (tok == ")")
            args[-1].append(tok)

    def sub(self, tokens: list[str]) -> int:
        inner = _Reader(tokens, self.macros, self.address, self.depth)
        value = inner.expression()
        if inner.pos != len(tokens):
            raise NotConstant("argument")
        return value


# binary operators -> precedence level (C's, lowest first; higher binds tighter)
_LEVELS = ("||", "&&", "|", "^", "&", "== !=", "< > <= >=", "<< >>", "+ -", "* / %")
_LEVEL = {op: level for level, ops in enumerate(_LEVELS) for op in ops.split()}
_NOT_AN_OPERAND = frozenset(
    {
        ")",
        ",",
        "?",
        ":",
        "|",
        "^",
        "&&",
        "||",
        "<<",
        ">>",
        "==",
        "!=",
        "<",
        ">",
        "<=",
        ">=",
        "/",
        "%",
    }
)


def _substitute(tok: str, params: list[str], args: list[list[str]]) -> list[str]:
    if tok in params:
        return ["(", *args[params.index(tok)], ")"]
    return [tok]


def _shift_count(n: int) -> int:
    if not 0 <= n <= 64:
        raise NotConstant("shift")
    return n


def _apply(op: str, a: int, b: int) -> int:
    if op in ("/", "%"):
        if b == 0:
            raise NotConstant("division by zero")
        q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)  # C truncates toward 0
        return q if op == "/" else a - q * b
    if op == "<<":
        return a << _shift_count(b)
    if op == ">>":
        return a >> _shift_count(b)
    return _BINARY[op](a, b)


_BINARY = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "&": operator.and_,
    "|": operator.or_,
    "^": operator.xor,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
    "&&": lambda a, b: int(bool(a and b)),
    "||": lambda a, b: int(bool(a or b)),
}


def _truncate(value: int, cast: tuple[int, bool]) -> int:
    bits, signed = cast
    if not bits:
        return value
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


def _char(tok: str) -> int:
    body = tok[1:-1]
    if len(body) == 1:
        return ord(body)
    if body[0] == "\\" and body[1] in _ESCAPES:
        return _ESCAPES[body[1]]
    if body[:2] == "\\x":
        return int(body[2:], 16)
    if body[0] == "\\" and body[1:].isdigit():
        return int(body[1:], 8)
    raise NotConstant(tok)
