"""A fast encoder for byte-level BPE tokenizers: the same ids as Hugging Face `tokenizers`,
computed by tiktoken (several times faster per core on code; see bench/README.md).

In: a tokenizer.json (GPT-2/OLMo/cl100k-style byte-level BPE). Out: `encode(texts) ->
list of id lists`, or None with the reason it does not apply. It applies only when the
tokenizer has no normalizer, a byte-level pre-tokenizer whose split regex is known, and
vocabulary ids that follow merge order (so tiktoken's ranks are the ids). Equivalence is
then checked on a probe text; the Tokenize stage also re-checks one document per batch
against `tokenizers` and falls back for good on any difference.

    encode, reason = tiktoken_encoder("tokenizer.json")
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

# texts -> one id sequence per text (lists of ints, or uint32 numpy arrays)
Encode = Callable[[list[str]], list[Any]]

# The split regex that ByteLevel(use_regex=true) applies (GPT-2's).
GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""

PROBE = (
    "#define USART_CR1_UE_Pos   (13U)\n#define USART_CR1_UE_Msk   (0x1UL << USART_CR1_UE_Pos)\n"
    "typedef struct {\n  __IO uint32_t SR;     /*!< offset 0x00 */\n} USART_TypeDef;\n"
    "\t\tldr r0, =_estack   @ comment\n  /* ünïcødé — 中文 ✓ */ x+=1;\r\n\n\n    \n"
    "I'm sure it's 3.14159; they'll've 12345678901234567890 dollars!!   \t end\n"
)


def byte_decoder() -> dict[str, int]:
    """GPT-2's byte-level alphabet: printable stand-in character -> byte."""
    bs = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1)]
    bs += list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs)}


def _split_pattern(pre: dict | None) -> tuple[str | None, str]:
    """The regex a byte-level pre-tokenizer splits with, or (None, why not)."""
    if not pre:
        return None, "no pre-tokenizer"
    if pre.get("type") == "ByteLevel":
        if pre.get("add_prefix_space"):
            return None, "ByteLevel add_prefix_space"
        return (GPT2_PATTERN, "") if pre.get("use_regex", True) else (None, "no split regex")
    if pre.get("type") != "Sequence":
        return None, f"pre-tokenizer {pre.get('type')}"
    steps = pre.get("pretokenizers", [])
    if len(steps) != 2 or steps[0].get("type") != "Split" or steps[1].get("type") != "ByteLevel":
        return None, "pre-tokenizer sequence is not Split + ByteLevel"
    split, level = steps
    regex = (split.get("pattern") or {}).get("Regex")
    if regex is None or split.get("behavior") != "Isolated" or split.get("invert"):
        return None, "Split is not an isolated regex"
    if level.get("use_regex", True) or level.get("add_prefix_space"):
        return None, "ByteLevel after Split must not split again"
    return regex, ""


def _ranks(model: dict, specials: set[str]) -> tuple[dict[bytes, int] | None, str]:
    vocab: dict[str, int] = model["vocab"]
    decode = byte_decoder()
    ranks: dict[bytes, int] = {}
    for token, tid in vocab.items():
        if token in specials:
            continue
        try:
            ranks[bytes(decode[ch] for ch in token)] = tid
        except KeyError:
            return None, f"token {token!r} is not byte-level"
    last = -1
    for merge in model.get("merges", []):
        a, b = merge.split(" ", 1) if isinstance(merge, str) else merge
        tid = vocab.get(a + b)
        if tid is None or tid <= last:
            return None, "vocabulary ids do not follow merge order"
        last = tid
    return ranks, ""


def _spec(data: dict[str, Any]) -> tuple[tuple[str, dict[bytes, int], dict[str, int]] | None, str]:
    model = data.get("model") or {}
    if model.get("type") != "BPE" or model.get("byte_fallback") or model.get("dropout"):
        return None, "not a plain BPE model"
    if data.get("normalizer"):
        return None, "has a normalizer"
    pattern, why = _split_pattern(data.get("pre_tokenizer"))
    if pattern is None:
        return None, why
    specials = {t["content"]: t["id"] for t in data.get("added_tokens", [])}
    ranks, why = _ranks(model, set(specials))
    if ranks is None:
        return None, why
    return (pattern, ranks, specials), ""


def tiktoken_encoder(
    tokenizer_json: str | Path, probe: str = PROBE, loaded: Any = None
) -> tuple[Encode | None, str]:
    """(encode, "") when tiktoken reproduces this tokenizer's ids, else (None, reason).

    `loaded`: the same tokenizer already loaded with `tokenizers` (it checks the probe);
    without it, the file is loaded again.
    """
    try:
        import tiktoken
        from tokenizers import Tokenizer
    except ImportError as e:
        return None, f"tiktoken unavailable: {e}"
    data = json.loads(Path(tokenizer_json).read_text(encoding="utf-8"))
    spec, why = _spec(data)
    if spec is None:
        return None, why
    pattern, ranks, specials = spec
    try:
        enc = tiktoken.Encoding(
            "spark-fastbpe", pat_str=pattern, mergeable_ranks=ranks, special_tokens=specials
        )
    except Exception as e:  # noqa: BLE001 - e.g. a regex tiktoken's engine rejects
        return None, f"tiktoken rejected the tokenizer: {e}"
    hf = loaded if loaded is not None else Tokenizer.from_file(str(tokenizer_json))
    hf.encode_special_tokens = True

    def encode(texts: list[str]) -> list[Any]:
        # uint32 arrays straight from Rust: no Python int per token. Special-token text is
        # encoded as ordinary text, as the Tokenize stage asks of `tokenizers` too.
        return [enc.encode_to_numpy(t, disallowed_special=()) for t in texts]

    if encode([probe])[0].tolist() != hf.encode(probe, add_special_tokens=False).ids:
        return None, "tiktoken ids differ from tokenizers' on the probe text"
    return encode, ""
