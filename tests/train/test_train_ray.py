"""The real training loop on Ray Train: 2 CPU workers (DDP over gloo), the tiny OLMo-3.

- An uninterrupted run to step 4 (checkpoints at 2 and 4).
- The same run with a worker failure injected after step 3: Ray restarts the worker group
  from the step-2 checkpoint (FailureConfig) and the adapter ends identical: same step,
  same samples (the loop checks each step's sample indices), same RNG.
- Rerunning the first command with more steps resumes at step 4, sample 16.
- The exported adapter loads with PeftModel.from_pretrained and gives the logits of the
  checkpoint restored into a fresh model; the merged model gives them too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from spark_train.config import load_train_config
from spark_train.export import export, load_base, newest_checkpoint
from spark_train.state import adapter_state
from spark_train.trainer import run_training

TINY = Path(__file__).resolve().parents[2] / "configs" / "train" / "tiny.yaml"


def run(corpus: Path, storage: Path, *overrides: str):
    cfg = load_train_config(TINY, [f"data.corpus={corpus}", f"run.storage={storage}", *overrides])
    result = run_training(cfg)
    assert result.error is None, result.error
    return cfg, Path(result.checkpoint.path)


@pytest.fixture(scope="module")
def straight(ray_local, corpus: Path, tmp_path_factory):
    storage = tmp_path_factory.mktemp("runs")
    return (*run(corpus, storage), storage)


def test_run_writes_checkpoints_with_position(straight) -> None:
    _, ckpt, storage = straight
    state = json.loads((ckpt / "state.json").read_text())
    assert state["step"] == 4 and state["next_sample"] == 16 and state["tokens_seen"] == 4 * 4 * 128
    assert {"adapter", "optimizer.pt", "scheduler.pt", "rng_rank0.pt", "rng_rank1.pt"} <= {
        p.name for p in ckpt.iterdir()
    }
    assert list((storage / "tiny" / "tensorboard").glob("events.out.tfevents.*"))


def test_failure_restarts_from_checkpoint_and_matches(
    straight, corpus: Path, tmp_path: Path
) -> None:
    cfg, ckpt, _ = straight
    _, failed = run(corpus, tmp_path, "run.max_failures=1", "run.fail_once_at_step=3")
    assert (tmp_path / "tiny" / "failed_once_at_3").exists()
    assert json.loads((failed / "state.json").read_text())["step"] == 4
    a = adapter_state(ckpt / "adapter", _fresh(cfg))
    b = adapter_state(failed / "adapter", _fresh(cfg))
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=1e-5, atol=1e-6)


def test_rerun_resumes_at_the_same_step_and_sample(straight, corpus: Path, capfd) -> None:
    _, _, storage = straight
    _, ckpt = run(corpus, storage, "max_steps=6")
    out = capfd.readouterr().out
    assert "resuming tiny from its checkpoint at step 4" in out
    assert "starts at step 4 (sample 16)" in out
    state = json.loads((ckpt / "state.json").read_text())
    assert (state["step"], state["next_sample"]) == (6, 24)


def _fresh(cfg):
    from spark_train.olmo3 import build_model

    torch.manual_seed(cfg.seed)
    return build_model(cfg.model, cfg.lora, 512)


def test_exported_adapter_gives_the_trained_logits(straight, tmp_path: Path) -> None:
    from peft import PeftModel

    from spark_train import state

    cfg, ckpt, _ = straight
    ids = torch.randint(2, 512, (2, 32), generator=torch.Generator().manual_seed(0))
    restored = _fresh(cfg)
    restored.load_state_dict(adapter_state(ckpt / "adapter", restored), strict=False)
    restored.eval()
    done = export(cfg, ckpt, tmp_path, merge=True, vocab_size=512)
    newest = newest_checkpoint(ckpt.parent)  # a run folder: its checkpoint of the highest step
    assert json.loads((newest / "state.json").read_text())["step"] >= 4
    loaded = PeftModel.from_pretrained(load_base(cfg, 512), done["adapter"]).eval()
    base = load_base(cfg, 512).eval()
    from transformers import AutoModelForCausalLM

    merged = AutoModelForCausalLM.from_pretrained(done["merged"]).eval()
    with torch.no_grad():
        want = restored(input_ids=ids).logits
        torch.testing.assert_close(loaded(input_ids=ids).logits, want)
        torch.testing.assert_close(merged(input_ids=ids).logits, want, rtol=1e-4, atol=1e-4)
        assert not torch.allclose(base(input_ids=ids).logits, want, atol=1e-4)  # it trained
    assert state.peft_of(loaded) is loaded
