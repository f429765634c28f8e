"""The tiktoken fast path gives exactly the ids of Hugging Face `tokenizers`, or stands aside."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pytest
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from spark_data.config import PackConfig
from spark_data.fastbpe import PROBE, tiktoken_encoder
from spark_data.pack import Tokenize
from spark_data.tokenizer import sample_files

REPO = Path(__file__).resolve().parents[2]
SAMPLE_TOK = REPO / "spark_data" / "sample" / "tokenizer"
# cl100k's split regex, the shape OLMo's tokenizer.json uses (Split + ByteLevel).
CL100K = (
    r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"""
    r"""|\s*[\r\n]+|\s+(?!\S)|\s+"""
)


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8", errors="replace") for p in sample_files()]
    rng = random.Random(0)
    alphabet = "abc XYZ_0123456789 \t\n{}();#<<>>0x'\"é中✓—"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))) for _ in range(200)]
    return out + [PROBE]


def hf_ids(tok: Tokenizer, batch: list[str]) -> list[list[int]]:
    tok.encode_special_tokens = True
    return [e.ids for e in tok.encode_batch(batch, add_special_tokens=False)]


def train(tmp_path: Path, pre, normalizer=None) -> Path:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre
    tok.decoder = decoders.ByteLevel()
    if normalizer is not None:
        tok.normalizer = normalizer
    trainer = trainers.BpeTrainer(
        vocab_size=1500,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(texts()[:40], trainer)
    tok.save(str(tmp_path / "tokenizer.json"))
    return tmp_path / "tokenizer.json"


def test_sample_tokenizer_is_reproduced_exactly():
    encode, reason = tiktoken_encoder(SAMPLE_TOK / "tokenizer.json")
    assert encode is not None, reason
    batch = texts()
    assert [ids.tolist() for ids in encode(batch)] == hf_ids(
        Tokenizer.from_file(str(SAMPLE_TOK / "tokenizer.json")), batch
    )


def test_split_then_bytelevel_tokenizer_is_reproduced(tmp_path):
    pre = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(CL100K), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    path = train(tmp_path, pre)
    encode, reason = tiktoken_encoder(path)
    assert encode is not None, reason
    batch = texts()
    assert [ids.tolist() for ids in encode(batch)] == hf_ids(Tokenizer.from_file(str(path)), batch)


def test_a_normalizer_means_no_fast_path(tmp_path):
    path = train(tmp_path, pre_tokenizers.ByteLevel(add_prefix_space=False), normalizers.NFKC())
    encode, reason = tiktoken_encoder(path)
    assert encode is None and reason == "has a normalizer"


def test_non_bytelevel_pre_tokenizer_means_no_fast_path(tmp_path):
    tok = Tokenizer(models.WordLevel({"a": 0, "[UNK]": 1}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.save(str(tmp_path / "tokenizer.json"))
    encode, reason = tiktoken_encoder(tmp_path / "tokenizer.json")
    assert encode is None and "BPE" in reason


@pytest.mark.parametrize("fast", [True, False])
def test_tokenize_stage_same_docs_either_way(fast):
    batch = pa.table(
        {
            "file_id": [f"f{i}" for i in range(20)],
            "repo": ["r"] * 20,
            "split": ["train"] * 20,
            "text": pa.array(texts()[:20], pa.large_string()),
        }
    )
    stage = Tokenize(PackConfig(tokenizer=str(SAMPLE_TOK), fast_tokenizer=fast))
    assert (stage.fast is not None) == fast, stage.fast_reason
    reference = Tokenize(PackConfig(tokenizer=str(SAMPLE_TOK), fast_tokenizer=False))
    assert stage(batch).equals(reference(batch))


def test_a_difference_switches_the_stage_back():
    stage = Tokenize(PackConfig(tokenizer=str(SAMPLE_TOK)))
    assert stage.fast is not None
    stage.fast = lambda batch: [[0] for _ in batch]  # a broken fast path
    assert stage.encode(["int x;"]) == stage.hf_encode(["int x;"])
    assert stage.fast is None and "differed" in stage.fast_reason
