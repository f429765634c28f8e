"""Fixtures for `spark eval` tests: tiny random OLMo-3 checkpoints and LoRA adapters.

Made in-process (no model hub): an Olmo3ForCausalLM with 2 layers of width 32, its vocab
the sample tokenizer's (spark_data/sample/tokenizer, 4096 ids), saved with save_pretrained
together with that tokenizer; a LoRA adapter (peft, random A and B so it changes the
outputs) saved on top of it; and a second base of another width for mismatch tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE_TOKENIZER = REPO / "spark_data" / "sample" / "tokenizer"


def make_base(out: Path, hidden: int = 32, vocab: int = 4096, tokenizer: Path | None = None):
    import torch
    from transformers import Olmo3Config, Olmo3ForCausalLM, PreTrainedTokenizerFast

    torch.manual_seed(0)
    cfg = Olmo3Config(
        vocab_size=vocab,
        hidden_size=hidden,
        intermediate_size=2 * hidden,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        sliding_window=64,
        pad_token_id=1,
        eos_token_id=0,
        bos_token_id=None,
    )
    Olmo3ForCausalLM(cfg).save_pretrained(out)
    PreTrainedTokenizerFast.from_pretrained(str(tokenizer or SAMPLE_TOKENIZER)).save_pretrained(out)
    return out


def make_adapter(base: Path, out: Path, seed: int = 1) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(str(base))  # records base_model_name_or_path
    lora = LoraConfig(
        r=4,
        lora_alpha=8,
        target_modules=["q_proj", "v_proj", "down_proj"],
        init_lora_weights=False,  # random B too: the adapter must change the outputs
        use_rslora=True,
    )
    get_peft_model(model, lora).save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("models")
    base = make_base(root / "base")
    return {"base": base, "adapter": make_adapter(base, root / "lora")}


@pytest.fixture(scope="session")
def model_factory():
    """The helpers above, for tests that need a model of their own (another width, vocab)."""
    return {"base": make_base, "adapter": make_adapter}
