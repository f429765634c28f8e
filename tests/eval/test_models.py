"""Models on real tiny checkpoints: adapters checked against their base (clear errors), a
model with its own tokenizer scored in its tokenizer and judged in the reference one, and
perplexity through `score_docs` equal to the model's own loss when one window holds all."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from spark_data.tokenizer import load_tokenizer, train_tokenizer
from spark_train.eval.config import EvalConfig, ModelSpec, PerplexityConfig
from spark_train.eval.models import AdapterMismatch, ModelLoadError, check_adapter, check_spec
from spark_train.eval.score import WORK_IN, ModelWorker, encode_text, score_docs

REF = str(Path(__file__).resolve().parents[2] / "spark_data" / "sample" / "tokenizer")
CODE = "void gpio_set(GPIO_TypeDef *p, uint16_t pin)\n{\n\tp->BSRR = pin;\n}\n" * 3


def test_the_adapter_of_this_base_passes(tiny_models):
    check_adapter(str(tiny_models["base"]), str(tiny_models["adapter"]))


def test_an_adapter_for_another_base_is_a_clear_error(tiny_models, model_factory, tmp_path):
    other = model_factory["base"](tmp_path / "other-base", hidden=48)
    # Named for another base: refused by name.
    with pytest.raises(AdapterMismatch, match="trained on base model"):
        check_adapter(str(other), str(tiny_models["adapter"]))
    # Name check waived (a moved checkpoint): the shapes still do not fit.
    with pytest.raises(AdapterMismatch, match="does not fit"):
        check_adapter(str(other), str(tiny_models["adapter"]), allow_base_mismatch=True)
    with pytest.raises(ModelLoadError, match="not a LoRA adapter"):
        check_adapter(str(tiny_models["base"]), str(tmp_path))
    with pytest.raises(ModelLoadError, match="no config.json"):
        check_spec(ModelSpec(name="x", path=str(tmp_path / "missing")))


def test_a_moved_base_keeps_its_adapter_by_folder_name(tiny_models, tmp_path):
    moved = tmp_path / "elsewhere" / tiny_models["base"].name
    shutil.copytree(tiny_models["base"], moved)
    check_adapter(str(moved), str(tiny_models["adapter"]))


def test_one_window_perplexity_equals_the_models_own_loss(tiny_models):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(str(tiny_models["base"])).eval()
    tok = AutoTokenizer.from_pretrained(str(tiny_models["base"]))
    ids = encode_text(tok, CODE, add_eos=True)
    cfg = PerplexityConfig(max_length=256, stride=128, batch_size=2)
    ((nll, n, _, _),) = score_docs(model, tok, [CODE], cfg, max_length=256)
    with torch.no_grad():
        loss = model(input_ids=torch.tensor([ids]), labels=torch.tensor([ids])).loss.item()
    assert n == len(ids) - 1
    assert nll / n == pytest.approx(loss, rel=1e-4)
    # Short windows score the same tokens, each once (with less context).
    ((nll2, n2, _, _),) = score_docs(
        model, tok, [CODE], PerplexityConfig(max_length=16, stride=8), 16
    )
    assert n2 == n and math.isfinite(nll2)


def test_a_model_with_another_tokenizer_is_scored_in_the_reference_tokenizer(
    model_factory, tmp_path
):
    own_tok = train_tokenizer([CODE, "int main(void) { return 0; }\n"] * 20, tmp_path / "tok", 300)
    vocab = load_tokenizer(str(own_tok))[0].get_vocab_size()
    base = model_factory["base"](tmp_path / "own", vocab=vocab, tokenizer=own_tok)
    spec = ModelSpec(name="own", path=str(base))
    cfg = EvalConfig(perplexity=PerplexityConfig(max_length=32, stride=16))
    worker = ModelWorker(spec, cfg, REF)
    assert worker.info["same_tokenizer_as_reference"] is False
    rows = [
        {
            "kind": "doc",
            "id": "d",
            "set": "held_out",
            "domain": "g",
            "text": CODE,
            "reference": None,
        },
        {
            "kind": "sample",
            "id": "s",
            "set": "held_out",
            "domain": "g",
            "text": CODE[:60],
            "reference": CODE[60:90],
        },
    ]
    out = worker(pa.Table.from_pylist(rows).select(list(WORK_IN))).to_pylist()
    doc, sample = out
    assert doc["tokens"] == len(encode_text(worker.tok, CODE, True)) - 1
    assert math.isfinite(doc["nll"]) and doc["bytes"] == len(CODE.encode())
    ref_tok = load_tokenizer(REF)[0]
    assert sample["completion_tokens"] == len(ref_tok.encode(sample["completion"]).ids)
    assert 0.0 <= sample["token_accuracy"] <= 1.0 and sample["backend"] == "transformers"


def test_reference_tokenizer_ids_match_the_corpus_encoding(tiny_models):
    """The eval encodes text as `spark data` did: special-token strings stay text."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_models["base"]))
    text = "x = 1; /* <|endoftext|> in a comment */\n"
    corpus_tok = load_tokenizer(REF)[0]
    corpus_tok.encode_special_tokens = True
    assert encode_text(tok, text, add_eos=False) == corpus_tok.encode(text).ids
    assert json.loads((tiny_models["adapter"] / "adapter_config.json").read_text())["r"] == 4
