"""FSDP2 (`scaling.strategy=fsdp2`) on 2 Ray Train CPU workers (gloo), the tiny OLMo-3:
the same steps as DDP give the same adapter, the checkpoint is a full (unsharded) adapter
that PeftModel loads, and a rerun resumes from it."""

from __future__ import annotations

import json
from pathlib import Path

import torch

from spark_train.state import adapter_state
from tests.train.test_train_ray import _fresh, run

# dropout off: DDP and FSDP2 then compute the same function, so their adapters must agree
SAME = ("lora.dropout=0.0", "max_steps=2", "checkpoint_every=2", "eval_every=2")


def test_fsdp2_matches_ddp_and_resumes(ray_local, corpus: Path, tmp_path: Path, capfd) -> None:
    cfg, ddp = run(corpus, tmp_path / "ddp", *SAME)
    _, fsdp = run(corpus, tmp_path / "fsdp", *SAME, "scaling.strategy=fsdp2")
    a = adapter_state(ddp / "adapter", _fresh(cfg))
    b = adapter_state(fsdp / "adapter", _fresh(cfg))
    assert a.keys() == b.keys() and len(a) > 0
    moved = 0
    init = _fresh(cfg).state_dict()
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=1e-4, atol=1e-5)
        moved += not torch.equal(b[k], init[k]) if k in init else 0
    assert moved > 0  # the adapter trained (LoRA B starts at zero)
    _, again = run(corpus, tmp_path / "fsdp", *SAME, "scaling.strategy=fsdp2", "max_steps=3")
    assert "starts at step 2" in capfd.readouterr().out
    assert json.loads((again / "state.json").read_text())["step"] == 3
