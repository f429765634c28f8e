"""Bad input is a clear error before any worker starts: config values, a missing model
directory, a vocabulary that does not match, an empty dataset, a sequence length the
corpus or the model cannot take. No Ray."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from spark_data.config import ConfigError
from spark_train.checks import TrainError, preflight
from spark_train.config import load_train_config
from spark_train.train_cli import main

REPO = Path(__file__).resolve().parents[2]
TINY = REPO / "configs" / "train" / "tiny.yaml"


def cfg(corpus: Path, *overrides: str):
    return load_train_config(TINY, [f"data.corpus={corpus}", *overrides])


def test_tiny_config_passes(corpus: Path) -> None:
    pre = preflight(cfg(corpus))
    assert pre.vocab_size == pre.index.vocab_size == 512
    assert pre.plan.epoch_len == sum(pre.index.blocks("train").values())
    assert len(pre.val_rows) == 8


@pytest.mark.parametrize(
    "override, message",
    [
        ("global_batch=5", "not a multiple"),
        ("scaling.strategy=zero3", "not one of"),
        ("data.weights={a: -1}", "numbers >= 0"),
        ("nonsense.key=1", "unknown config key"),
    ],
)
def test_config_errors(corpus: Path, override: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        cfg(corpus, override)


def test_missing_model_directory(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(TrainError, match="not a model directory"):
        preflight(cfg(corpus, "model.init=pretrained", f"model.path={tmp_path / 'Olmo-3'}"))
    with pytest.raises(ConfigError, match="model.path"):
        cfg(corpus, "model.init=pretrained")


def test_vocab_mismatch(corpus: Path) -> None:
    with pytest.raises(TrainError, match="vocabulary of 512 ids but the model has 100278"):
        preflight(cfg(corpus, "model.arch=olmo3-7b", "model.vocab_size=100278"))
    # A model vocab padded beyond the tokenizer's is accepted only when asked for.
    preflight(cfg(corpus, "model.vocab_size=640", "data.allow_vocab_mismatch=true"))


def test_seq_len_mismatch_and_over_max_positions(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(TrainError, match="packed at 128"):
        preflight(cfg(corpus, "data.seq_len=64"))
    long = tmp_path / "long"
    shutil.copytree(corpus, long)
    index = json.loads((long / "tokens" / "index.json").read_text())
    index["seq_len"] = 2048  # the tiny arch takes 1024 positions
    (long / "tokens" / "index.json").write_text(json.dumps(index))
    with pytest.raises(TrainError, match="exceeds the model's max_position_embeddings 1024"):
        preflight(cfg(long, "data.seq_len=2048"))


def test_empty_dataset_and_missing_corpus(corpus: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    shutil.copytree(corpus, empty)
    index = json.loads((empty / "tokens" / "index.json").read_text())
    index["shards"] = [s for s in index["shards"] if s["split"] != "train"]
    (empty / "tokens" / "index.json").write_text(json.dumps(index))
    with pytest.raises(TrainError, match="empty dataset"):
        preflight(cfg(empty))
    with pytest.raises(TrainError, match="no tokens/index.json"):
        preflight(cfg(tmp_path / "nowhere"))


def test_cli_reports_errors_without_starting_ray(corpus: Path, capsys, monkeypatch) -> None:
    import ray

    calls: list[tuple] = []  # another test may have started Ray: watch for a new start
    monkeypatch.setattr(ray, "init", lambda *a, **k: calls.append((a, k)))
    assert main(["--config", str(TINY), f"data.corpus={corpus}", "data.seq_len=64"]) == 2
    assert "packed at 128" in capsys.readouterr().err
    assert not calls


def test_cli_dry_run_prints_counts_and_plan(corpus: Path, capsys) -> None:
    assert main(["--config", str(TINY), f"data.corpus={corpus}", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "trainable 17,408" in out  # r=8 on 7 projections x 2 layers of the tiny arch
    assert "domain stm32_hal" in out and "validation  8 blocks" in out


def test_replay_errors(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(TrainError, match="replay_weight must be in"):
        preflight(cfg(corpus, f"data.replay={corpus}"))
    with pytest.raises(TrainError, match="data.replay: .*no tokens/index.json"):
        preflight(cfg(corpus, f"data.replay={tmp_path / 'none'}", "data.replay_weight=0.1"))
    other = tmp_path / "other"
    shutil.copytree(corpus, other)
    index = json.loads((other / "tokens" / "index.json").read_text())
    index["vocab_size"] = 1024  # packed with another tokenizer
    (other / "tokens" / "index.json").write_text(json.dumps(index))
    with pytest.raises(TrainError, match="vocab_size is 1024, the corpus's 512"):
        preflight(cfg(corpus, f"data.replay={other}", "data.replay_weight=0.1"))
    pre = preflight(cfg(corpus, f"data.replay={corpus}", "data.replay_weight=0.5"))
    assert pre.plan.epoch_len == 2 * sum(pre.index.blocks("train").values())
