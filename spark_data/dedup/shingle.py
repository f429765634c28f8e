"""Text -> normalised hash and code-token shingle hashes, vectorised with numpy.

In: a file's text and kind. Out:
- `strip_comments(text, kind)`: C comments (`/* */`, `//`) removed for C-like kinds, and
  `;` line comments for assembly; string and character literals are left intact.
- `norm_key(text, kind)`: int64 hash of the text with comments and all whitespace removed
  (the normalised exact-duplicate cluster).
- `shingle_hashes(text, k, max_bytes)`: sorted unique uint32 hashes of the k-grams of code
  tokens, and whether the text was capped.

The tokeniser works on UTF-8 bytes: a token is a maximal run of `[A-Za-z0-9_]` or non-ASCII
bytes (identifiers, numbers like `0x40021000UL`, UTF-8 words), or any single other
non-space byte (operators and punctuation). The same definition as a regex is `TOKEN_RE`;
here it is done with byte-class masks so a file costs a few numpy passes, not a Python loop
per token. Token hashes are a polynomial over the bytes taken from one prefix-sum, k-gram
hashes a polynomial over k token hashes, both mod 2^64 and finished with splitmix64; the
shingle hash is its high 32 bits (datasketch's MinHash works on 32-bit hashes).

    hashes, capped = shingle_hashes(strip_comments(text, "c_source"), k=5)
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

TOKEN_RE = re.compile(rb"[A-Za-z0-9_\x80-\xff]+|[^A-Za-z0-9_\x80-\xff\s]")
C_LIKE = frozenset({"c_source", "c_header", "asm", "linker_script", "device_tree"})
_LIT = r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\''
_C_COMMENT = re.compile(_LIT + r"|/\*.*?(?:\*/|\Z)|//[^\n]*", re.S)
_ASM_COMMENT = re.compile(_LIT + r"|/\*.*?(?:\*/|\Z)|//[^\n]*|;[^\n]*", re.S)
_SPACE = re.compile(r"\s+")

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_P = np.uint64(0x100000001B3)  # odd, so invertible mod 2^64
_P_INV = np.uint64(pow(int(_P), -1, 2**64))
_Q = np.uint64(0x9E3779B97F4A7C15)

# Byte classes: 0 space, 1 token byte (word), 2 single-byte token (punctuation).
_CLASS = np.full(256, 2, dtype=np.uint8)
for _c in b" \t\n\r\x0b\x0c":
    _CLASS[_c] = 0
for _c in b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_":
    _CLASS[_c] = 1
_CLASS[0x80:] = 1


def _keep_literal(m: re.Match) -> str:
    s = m.group(0)
    return s if s[0] in "\"'" else " "


def strip_comments(text: str, kind: str | None) -> str:
    """Comments replaced by a space for C-like kinds (and `;` comments for asm)."""
    if kind not in C_LIKE:
        return text
    pattern = _ASM_COMMENT if kind == "asm" else _C_COMMENT
    return pattern.sub(_keep_literal, text)


def norm_key(text: str, kind: str | None) -> int:
    """The normalised-content key: comments and all whitespace removed, hashed to int64."""
    norm = _SPACE.sub("", strip_comments(text, kind))
    digest = hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def bytes_key(data: bytes) -> int:
    """An int64 key for rows without text (exact copies only), from their sha256 bytes."""
    digest = hashlib.blake2b(b"bytes\x00" + data, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def key_hex(key: int) -> str:
    """An int64 key as the 16-hex cluster id used in the tables."""
    return f"{key & 0xFFFFFFFFFFFFFFFF:016x}"


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads every input bit over the 64 output bits."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def token_spans(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) byte offsets of the tokens of `data` (TOKEN_RE's matches)."""
    if not data:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    cls = _CLASS[np.frombuffer(data, dtype=np.uint8)]
    word = cls == 1
    other = cls == 2
    prev_word = np.concatenate(([False], word[:-1]))
    next_word = np.concatenate((word[1:], [False]))
    starts = np.flatnonzero(other | (word & ~prev_word))
    ends = np.flatnonzero(other | (word & ~next_word)) + 1
    return starts, ends


def count_tokens(text: str) -> int:
    return int(token_spans(text.encode("utf-8", "surrogatepass"))[0].size)


def token_hashes(data: bytes) -> np.ndarray:
    """uint64 hash per token of `data`, from one prefix sum over the bytes."""
    starts, ends = token_spans(data)
    if starts.size == 0:
        return np.zeros(0, dtype=np.uint64)
    b = np.frombuffer(data, dtype=np.uint8).astype(np.uint64) + np.uint64(1)
    n = b.size
    with np.errstate(over="ignore"):
        powers = np.empty(n + 1, dtype=np.uint64)
        powers[0] = 1
        np.cumprod(np.full(n, _P, dtype=np.uint64), out=powers[1:])
        inv = np.empty(n + 1, dtype=np.uint64)
        inv[0] = 1
        np.cumprod(np.full(n, _P_INV, dtype=np.uint64), out=inv[1:])
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(b * powers[:n], out=prefix[1:])
        # sum_{s<=i<e} b[i] P^(i-s): the token's bytes as a polynomial, position-free
        h = (prefix[ends] - prefix[starts]) * inv[starts]
    return _mix(h ^ (ends - starts).astype(np.uint64))


def shingle_hashes(text: str, k: int, max_bytes: int = 1 << 20) -> tuple[np.ndarray, bool]:
    """Sorted unique uint32 hashes of the k-grams of code tokens; True when capped.

    Fewer than k tokens gives an empty array (too short for one shingle).
    """
    data = text.encode("utf-8", "surrogatepass")
    capped = len(data) > max_bytes
    if capped:
        data = data[:max_bytes]
    t = token_hashes(data)
    m = t.size - k + 1
    if m <= 0:
        return np.zeros(0, dtype=np.uint32), capped
    with np.errstate(over="ignore"):
        g = t[:m].copy()
        for j in range(1, k):
            g = g * _Q + t[j : j + m]
    h = (_mix(g) >> np.uint64(32)).astype(np.uint32)
    return np.unique(h), capped
