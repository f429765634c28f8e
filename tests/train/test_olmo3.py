"""The OLMo-3-7B architecture written out in spark_train.olmo3, its YaRN placement, and the
rsLoRA adapter: the meta-device dry run counts the paper's 1,279,262,720 trainable
parameters; a built tiny model scales every LoRA layer by alpha / sqrt(r)."""

from __future__ import annotations

import math

import pytest
import torch
from transformers.models.olmo3.modeling_olmo3 import Olmo3RotaryEmbedding

from spark_train.config import LoraConfig, ModelConfig
from spark_train.olmo3 import ModelError, arch_config, build_model, count_params, lora_scalings


def test_olmo3_7b_config_is_the_released_one_not_the_defaults() -> None:
    c = arch_config("olmo3-7b")
    assert (c.num_hidden_layers, c.hidden_size, c.intermediate_size) == (32, 4096, 11008)
    assert (c.num_attention_heads, c.num_key_value_heads, c.vocab_size) == (32, 32, 100278)
    assert c.max_position_embeddings == 65536 and c.rms_norm_eps == 1e-6
    assert c.sliding_window == 4096 and not c.tie_word_embeddings
    assert c.layer_types.count("full_attention") == 8
    assert [i for i, t in enumerate(c.layer_types) if t == "full_attention"] == list(
        range(3, 32, 4)
    )


def test_yarn_only_on_full_attention_layers() -> None:
    c = arch_config("olmo3-7b")
    full, sliding = c.rope_parameters["full_attention"], c.rope_parameters["sliding_attention"]
    assert full["rope_type"] == "yarn" and full["factor"] == 8.0
    assert full["original_max_position_embeddings"] == 8192
    assert sliding["rope_type"] == "default"
    assert full["rope_theta"] == sliding["rope_theta"] == 500000.0
    rope = Olmo3RotaryEmbedding(c)  # what the model computes from the config
    assert rope.rope_type == {"full_attention": "yarn", "sliding_attention": "default"}
    assert rope.full_attention_attention_scaling == pytest.approx(0.1 * math.log(8) + 1)
    assert rope.sliding_attention_attention_scaling == 1.0
    # YaRN stretches the low frequencies only: the sliding layers keep plain RoPE.
    assert torch.equal(rope.full_attention_inv_freq[:4], rope.sliding_attention_inv_freq[:4])
    assert not torch.allclose(
        rope.full_attention_inv_freq[-4:], rope.sliding_attention_inv_freq[-4:]
    )


def test_dry_run_counts_the_papers_trainable_parameters() -> None:
    model = build_model(
        ModelConfig(init="random", arch="olmo3-7b"), LoraConfig(r=512), None, "meta"
    )
    total, trainable = count_params(model)
    assert trainable == 1_279_262_720
    assert total - trainable == 7_298_011_136  # the base: 7.3B
    assert all(p.device.type == "meta" for p in model.parameters())


def test_rslora_scaling_is_alpha_over_sqrt_r() -> None:
    model = build_model(
        ModelConfig(init="random", arch="olmo3-tiny"), LoraConfig(r=8, alpha=16), 64
    )
    (scaling,) = lora_scalings(model)  # one value, in every LoRA layer
    assert scaling == pytest.approx(16 / math.sqrt(8))
    names = {n.split(".")[-4] for n, p in model.named_parameters() if p.requires_grad}
    assert names == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}


def test_unknown_arch_and_missing_model_dir_are_clear_errors(tmp_path) -> None:
    with pytest.raises(ModelError, match="unknown architecture"):
        arch_config("olmo9")
    with pytest.raises(ModelError, match="not a model directory"):
        build_model(ModelConfig(path=str(tmp_path / "nope")), LoraConfig(r=4), None, "meta")
