"""Train a small byte-level BPE tokenizer, and load any Hugging Face tokenizer directory.

In: text (an iterable of strings, the quickstart sample, or files matched by globs).
Out: a directory with `tokenizer.json`, `tokenizer_config.json` and `special_tokens_map.json`
that `tokenizers.Tokenizer.from_file` and transformers' `AutoTokenizer.from_pretrained` /
`PreTrainedTokenizerFast` both read. Production uses a real model's tokenizer directory
(OLMo-3); the trained one is for the quickstart and tests, where there is no model hub.

    python -m spark_data.tokenizer train --sample --out /tmp/tok --vocab-size 4096
    python -m spark_data.tokenizer train --files 'src/**/*.c' 'src/**/*.h' --out /tmp/tok

    tok, eos_id, pad_id = load_tokenizer("/tmp/tok")
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

EOS_TOKEN = "<|endoftext|>"
PAD_TOKEN = "<|pad|>"
# Tried in order when a tokenizer directory does not name its eos token.
COMMON_EOS = ("<|endoftext|>", "</s>", "<eos>", "<|end_of_text|>")
COMMON_PAD = ("<|pad|>", "<pad>", "[PAD]")
SAMPLE_REPOS = Path(__file__).resolve().parent / "sample" / "repos"


class TokenizerError(ValueError):
    """A tokenizer directory that cannot be used; the message says what is missing."""


def train_tokenizer(
    texts: Iterable[str], out_dir: str | os.PathLike, vocab_size: int = 4096
) -> Path:
    """Train a byte-level BPE tokenizer on `texts`; write it to `out_dir`; return that folder.

    Byte-level so that any input (odd encodings, binary-looking strings) is encodable
    without an unknown token, and decoding gives the exact text back.
    """
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[EOS_TOKEN, PAD_TOKEN],  # ids 0 and 1
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tok.save(str(out / "tokenizer.json"))
    _write_hf_configs(out, tok)
    return out


def _write_hf_configs(out: Path, tok: Tokenizer) -> None:
    """The two JSON files transformers reads beside tokenizer.json (it needs no other)."""
    added = {
        str(tok.token_to_id(t)): {
            "content": t,
            "lstrip": False,
            "normalized": False,
            "rstrip": False,
            "single_word": False,
            "special": True,
        }
        for t in (EOS_TOKEN, PAD_TOKEN)
    }
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "added_tokens_decoder": added,
        "bos_token": None,
        "eos_token": EOS_TOKEN,
        "pad_token": PAD_TOKEN,
        "unk_token": None,
        "add_prefix_space": False,
        "clean_up_tokenization_spaces": False,
        "model_max_length": 1_000_000_000,
    }
    special = {"eos_token": EOS_TOKEN, "pad_token": PAD_TOKEN}
    (out / "tokenizer_config.json").write_text(json.dumps(config, indent=2) + "\n")
    (out / "special_tokens_map.json").write_text(json.dumps(special, indent=2) + "\n")


def _token_name(value: object) -> str | None:
    """A special token as written by transformers: a string or {"content": ...}."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("content"), str):
        return value["content"]
    return None


def _configured(folder: Path, key: str) -> list[str]:
    """`key` (eos_token, pad_token) from tokenizer_config.json, then special_tokens_map.json."""
    names = []
    for fname in ("tokenizer_config.json", "special_tokens_map.json"):
        path = folder / fname
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise TokenizerError(f"{path}: not readable JSON ({e})") from None
        name = _token_name(data.get(key)) if isinstance(data, dict) else None
        if name:
            names.append(name)
    return names


def _find_id(tok: Tokenizer, candidates: Iterable[str]) -> int | None:
    for name in candidates:
        tid = tok.token_to_id(name)
        if tid is not None:
            return tid
    return None


def load_tokenizer(
    path: str | os.PathLike, eos_token: str | None = None
) -> tuple[Tokenizer, int, int]:
    """Load a tokenizer directory (any HF one with tokenizer.json): (tokenizer, eos_id, pad_id).

    eos: `eos_token` if given, else the directory's configured eos_token, else a common name.
    pad: the configured pad_token or a common pad name, else eos (padding is masked anyway).
    """
    folder = Path(path)
    if not str(path) or not folder.is_dir():
        raise TokenizerError(f"tokenizer directory not found: {str(path)!r} (pack.tokenizer)")
    file = folder / "tokenizer.json"
    if not file.is_file():
        raise TokenizerError(f"{folder}: no tokenizer.json (a Hugging Face fast tokenizer dir)")
    tok = Tokenizer.from_file(str(file))
    if eos_token is not None:
        eos_id = tok.token_to_id(eos_token)
        if eos_id is None:
            raise TokenizerError(f"{folder}: eos token {eos_token!r} is not in the vocabulary")
    else:
        eos_id = _find_id(tok, [*_configured(folder, "eos_token"), *COMMON_EOS])
        if eos_id is None:
            raise TokenizerError(
                f"{folder}: no eos token found (tried eos_token in tokenizer_config.json / "
                f"special_tokens_map.json and {list(COMMON_EOS)}); set pack.eos_token"
            )
    pad_id = _find_id(tok, [*_configured(folder, "pad_token"), *COMMON_PAD])
    return tok, eos_id, eos_id if pad_id is None else pad_id


# --- command line --------------------------------------------------------------------


def _read_texts(paths: Iterable[Path], used: list[Path]) -> Iterator[str]:
    """UTF-8 text of each file (appended to `used`); binaries and undecodable files skipped."""
    for p in paths:
        data = p.read_bytes()
        if b"\x00" in data:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        used.append(p)
        yield text


def sample_files() -> list[Path]:
    """Every file of the quickstart sample's repositories, in a stable order."""
    return sorted(p for p in SAMPLE_REPOS.rglob("*") if p.is_file())


def _glob_files(patterns: Iterable[str]) -> list[Path]:
    found = {Path(m) for pat in patterns for m in glob.glob(pat, recursive=True)}
    return sorted(p for p in found if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spark_data.tokenizer", description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    train = sub.add_parser("train", help="train a byte-level BPE tokenizer")
    src = train.add_mutually_exclusive_group(required=True)
    src.add_argument("--sample", action="store_true", help="the quickstart sample's files")
    src.add_argument("--files", nargs="+", metavar="GLOB", help="files to train on (** ok)")
    train.add_argument("--out", required=True, help="output directory")
    train.add_argument("--vocab-size", type=int, default=4096)
    args = parser.parse_args(argv)
    files = sample_files() if args.sample else _glob_files(args.files)
    if not files:
        parser.error("no input files matched")
    used: list[Path] = []
    out = train_tokenizer(_read_texts(files, used), args.out, vocab_size=args.vocab_size)
    tok, _, _ = load_tokenizer(out)
    skipped = len(files) - len(used)
    print(
        f"trained on {len(used)} text files ({skipped} skipped): vocab {tok.get_vocab_size()} -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
