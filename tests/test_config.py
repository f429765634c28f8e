"""The config tree: defaults, YAML differences, overrides, unknown keys, paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from spark_data.config import ConfigError, DataConfig, load_config, to_yaml, with_overrides

REPO = Path(__file__).resolve().parents[1]


def test_defaults_without_a_file():
    cfg = load_config()
    assert cfg == DataConfig()
    assert cfg.pack.seq_len == 2048
    assert len(cfg.split.held_out_patterns) == 9  # the reference paper's held-out repos


def test_yaml_paths_resolve_against_the_file(tmp_path):
    (tmp_path / "c.yaml").write_text("sources: s.yaml\npack:\n  tokenizer: tok\n  seq_len: 64\n")
    cfg = load_config(tmp_path / "c.yaml")
    assert cfg.sources == str(tmp_path / "s.yaml")
    assert cfg.pack.tokenizer == str(tmp_path / "tok")
    assert cfg.pack.seq_len == 64 and cfg.parse.batch_size == DataConfig().parse.batch_size


def test_uri_outputs_are_left_alone(tmp_path):
    (tmp_path / "c.yaml").write_text("out: s3://bucket/corpus\n")
    assert load_config(tmp_path / "c.yaml").out == "s3://bucket/corpus"


def test_overrides_are_typed():
    cfg = load_config(None, ["pack.seq_len=128", "ingest.follow_symlinks=true", "pack.kinds=[asm]"])
    assert cfg.pack.seq_len == 128 and cfg.ingest.follow_symlinks is True
    assert cfg.pack.kinds == ("asm",)


@pytest.mark.parametrize(
    "override, message",
    [
        ("pack.nope=1", "unknown config key(s) ['nope'] in pack"),
        ("nope=1", "unknown config key(s) ['nope'] in top level"),
        ("pack.seq_len=many", "pack.seq_len: expected int"),
        ("ingest.follow_symlinks=maybe", "ingest.follow_symlinks: expected true/false"),
        ("pack=3", "pack: expected a mapping"),
        ("seq_len", "expected key=value"),
    ],
)
def test_bad_overrides_name_the_key(override, message):
    with pytest.raises(ConfigError) as e:
        load_config(None, [override])
    assert message in str(e.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "absent.yaml")


def test_resolved_config_round_trips(tmp_path):
    cfg = with_overrides(load_config(REPO / "configs" / "data" / "quickstart.yaml"), out="x")
    (tmp_path / "r.yaml").write_text(to_yaml(cfg))
    assert load_config(tmp_path / "r.yaml") == with_overrides(cfg, out=str(tmp_path / "x"))


@pytest.mark.parametrize("name", ["quickstart.yaml", "tiny.yaml", "production.yaml"])
def test_shipped_configs_load(name):
    load_config(REPO / "configs" / "data" / name)
