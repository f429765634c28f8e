"""train_tokenizer / load_tokenizer and the Tokenize stage, on a tokenizer trained here."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers

from spark_data.config import PackConfig
from spark_data.pack import Tokenize
from spark_data.schema import DOCS
from spark_data.tokenizer import EOS_TOKEN, TokenizerError, load_tokenizer, main, train_tokenizer

TEXTS = [
    "#define GPIOA_BASE (AHB1PERIPH_BASE + 0x0000UL)\n",
    "RCC->AHB1ENR |= RCC_AHB1ENR_GPIOAEN;\n",
    "void USART2_IRQHandler(void) { uart_irq_handler(&console); }\n",
    "\tldr r0, =_sdata\n\tldr r1, =_edata\n",
] * 20


@pytest.fixture(scope="module")
def tok_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train_tokenizer(TEXTS, tmp_path_factory.mktemp("tok"), vocab_size=300)


def test_train_writes_a_loadable_hf_directory(tok_dir: Path) -> None:
    assert {p.name for p in tok_dir.iterdir()} == {
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
    }
    config = json.loads((tok_dir / "tokenizer_config.json").read_text())
    assert config["eos_token"] == EOS_TOKEN and config["pad_token"] == "<|pad|>"
    tok, eos, pad = load_tokenizer(tok_dir)
    assert (eos, pad) == (0, 1)
    assert tok.get_vocab_size() <= 300
    text = "GPIOA->ODR ^= (1U << 5); // toggle LD2 \u00b5s \u2014 caf\u00e9\n"
    assert tok.decode(tok.encode(text, add_special_tokens=False).ids) == text


def test_training_is_deterministic(tok_dir: Path, tmp_path: Path) -> None:
    again = train_tokenizer(TEXTS, tmp_path, vocab_size=300)
    assert (again / "tokenizer.json").read_bytes() == (tok_dir / "tokenizer.json").read_bytes()


def test_cli_trains_on_globbed_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i, t in enumerate(TEXTS[:4]):
        (src / f"f{i}.c").write_text(t * 10)
    (src / "blob.bin").write_bytes(b"\x00\xff" * 10)  # skipped: binary
    out = tmp_path / "tok"
    assert (
        main(["train", "--files", str(src / "*.c"), "--out", str(out), "--vocab-size", "280"]) == 0
    )
    assert load_tokenizer(out)[1] == 0


def test_load_errors(tmp_path: Path, tok_dir: Path) -> None:
    with pytest.raises(TokenizerError, match="not found"):
        load_tokenizer(tmp_path / "missing")
    with pytest.raises(TokenizerError, match="not found"):
        load_tokenizer("")
    with pytest.raises(TokenizerError, match="no tokenizer.json"):
        load_tokenizer(tmp_path)
    with pytest.raises(TokenizerError, match="not in the vocabulary"):
        load_tokenizer(tok_dir, eos_token="<|nope|>")


def _word_level(folder: Path, vocab: dict[str, int], config: dict | None = None) -> Path:
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    folder.mkdir()
    tok.save(str(folder / "tokenizer.json"))
    if config is not None:
        (folder / "tokenizer_config.json").write_text(json.dumps(config))
    return folder


def test_eos_from_config_names_and_fallbacks(tmp_path: Path) -> None:
    vocab = {"[UNK]": 0, "</s>": 1, "<eos_here>": 2, "a": 3}
    # transformers writes special tokens either as strings or as AddedToken dicts.
    named = _word_level(tmp_path / "named", vocab, {"eos_token": {"content": "<eos_here>"}})
    assert load_tokenizer(named)[1:] == (2, 2)  # no pad token: pad falls back to eos
    common = _word_level(tmp_path / "common", vocab)
    assert load_tokenizer(common)[1] == 1  # </s>
    none = _word_level(tmp_path / "none", {"[UNK]": 0, "a": 1})
    with pytest.raises(TokenizerError, match="no eos token"):
        load_tokenizer(none)
    broken = _word_level(tmp_path / "broken", vocab)
    (broken / "special_tokens_map.json").write_text("{not json")
    with pytest.raises(TokenizerError, match="not readable JSON"):
        load_tokenizer(broken)


def test_tokenize_stage(tok_dir: Path) -> None:
    stage = Tokenize(PackConfig(tokenizer=str(tok_dir)), domains={"hal": "stm32_hal"})
    batch = pa.table(
        {
            "file_id": ["f1", "f2", "f3", "f4"],
            "repo": ["hal", "app", "app", "hal"],
            "split": ["train", "train", "held_out", "train"],
            "kind": ["c_source"] * 4,
            "text": pa.array([TEXTS[0], "", f"before {EOS_TOKEN} after", None], pa.large_string()),
        }
    )
    docs = stage(batch)
    assert docs.schema == DOCS
    assert docs.column("doc_id").to_pylist() == ["f1", "f3"]  # no text, no document
    assert docs.column("domain").to_pylist() == ["stm32_hal", "general"]
    for row, text in zip(docs.to_pylist(), [TEXTS[0], f"before {EOS_TOKEN} after"], strict=True):
        ids = row["input_ids"]
        assert row["n_tokens"] == len(ids)
        assert ids[-1] == stage.eos_id and stage.eos_id not in ids[:-1]  # literal stays text
        assert stage.tokenizer.decode(ids[:-1], skip_special_tokens=False) == text
    with_domain = batch.append_column("domain", pa.array(["crypto", None, "usb_stack", None]))
    assert stage(with_domain).column("domain").to_pylist() == ["crypto", "usb_stack"]
    assert stage(batch.slice(0, 0)).num_rows == 0
