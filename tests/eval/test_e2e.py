"""`spark eval` end to end on CPU: a tiny corpus built with the real `spark data`
(configs/data/tiny.yaml over the bundled sample, quarkos held out), a tiny random OLMo-3
checkpoint and a random LoRA adapter on it, scored as base vs adapted; then the samples
file reused by a second run, bad input, and the results notebook executed on the output."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from spark_data.config import load_config, with_overrides
from spark_data.pipeline import run
from spark_train.eval.cli import main

REPO = Path(__file__).resolve().parents[2]
TINY_DATA = REPO / "configs" / "data" / "tiny.yaml"
TINY_EVAL = REPO / "configs" / "eval" / "tiny.yaml"


@pytest.fixture(scope="module")
def corpus(ray_local, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    run(with_overrides(load_config(TINY_DATA), out=str(out)), log=lambda _: None)
    return out


@pytest.fixture(scope="module")
def evaluated(corpus, tiny_models, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("eval")
    rc = main(
        [
            "--config", str(TINY_EVAL),
            "--corpus", str(corpus),
            "--out", str(out),
            "--model", f"name=base,path={tiny_models['base']}",
            "--model", f"name=adapted,path={tiny_models['base']},adapter={tiny_models['adapter']}",
        ]
    )  # fmt: skip
    assert rc == 0
    return out


def test_outputs_exist_and_numbers_are_finite(evaluated):
    for name in ("results.json", "results.md", "samples.jsonl", "completion_samples.jsonl",
                 "eval_docs.parquet", "perplexity_docs.parquet", "decontamination.jsonl",
                 "perplexity_held_out.png", "perplexity_in_domain.png", "token_accuracy.png"):  # fmt: skip
        assert (evaluated / name).is_file(), name
    r = json.loads((evaluated / "results.json").read_text())
    assert set(r["models"]) == {"base", "adapted"} and r["baseline"] == "base"
    for model in ("base", "adapted"):
        for s in ("in_domain", "held_out"):
            overall = r["perplexity"][model][s]["overall"]
            assert math.isfinite(overall["perplexity"]) and overall["perplexity"] > 1
            assert overall["tokens"] > 0 and 0 <= overall["top5_accuracy"] <= 1
        comp = r["completion"][model]["overall"]
        assert comp["samples"] > 0
        assert all(0 <= comp[m] <= 1 for m in ("token_accuracy", "bleu4", "edit_similarity"))
    # the adapter changes the model: its held-out perplexity is not the base's
    ppl = [r["perplexity"][m]["held_out"]["overall"]["perplexity"] for m in ("base", "adapted")]
    assert ppl[0] != ppl[1]
    md = (evaluated / "results.md").read_text()
    assert "| domain | base | adapted | adapted vs base | best |" in md
    assert "## Wins" in md and "**overall**" in md


def test_both_models_scored_the_same_samples(evaluated):
    drawn = [
        json.loads(x) for x in (evaluated / "completion_samples.jsonl").read_text().splitlines()
    ]
    side = [json.loads(x) for x in (evaluated / "samples.jsonl").read_text().splitlines()]
    assert drawn and [s["sample_id"] for s in side] == [s["sample_id"] for s in drawn]
    assert all(set(s["completions"]) == {"base", "adapted"} for s in side)
    assert all(s["repo"] == "quarkos" for s in drawn)  # held-out repository only
    r = json.loads((evaluated / "results.json").read_text())
    assert r["completion"]["base"]["overall"]["samples"] == len(drawn)
    assert r["completion"]["adapted"]["overall"]["samples"] == len(drawn)


def test_empty_domain_and_decontamination_are_reported(evaluated):
    r = json.loads((evaluated / "results.json").read_text())
    empty = {(e["set"], e["domain"], e["metric"]) for e in r["empty"]}
    assert ("held_out", "stm32_hal", "perplexity") in empty
    assert ("held_out", "stm32_hal", "completion") in empty
    d = r["decontamination"]
    n_docs = sum(r["samples"]["docs"].values())
    assert d["docs_checked"] == n_docs + len([c for c in d["contaminated"] if c["kind"] == "doc"])
    assert d["samples_checked"] >= r["samples"]["n"]
    assert "stm32_hal" in (evaluated / "results.md").read_text()


def test_a_second_run_reuses_the_samples_and_excludes_overlapping_ones(
    evaluated, corpus, tiny_models, tmp_path
):
    first = json.loads((evaluated / "results.json").read_text())
    checked = [
        json.loads(x) for x in (evaluated / "decontamination.jsonl").read_text().splitlines()
    ]
    overlapping = {c["item_id"] for c in checked if c["kind"] == "sample" and c["matched"] > 0}
    rc = main(
        [
            "--config", str(TINY_EVAL), "--corpus", str(corpus), "--out", str(tmp_path),
            "--model", f"name=base,path={tiny_models['base']}",
            f"completion.samples_file={evaluated / 'completion_samples.jsonl'}",
            "perplexity.enabled=false", "decontam.threshold=0",
        ]
    )  # fmt: skip
    assert rc == 0
    again = [json.loads(x) for x in (tmp_path / "samples.jsonl").read_text().splitlines()]
    before = {
        s["sample_id"]: s["completions"]["base"]
        for s in map(json.loads, (evaluated / "samples.jsonl").read_text().splitlines())
    }
    assert {s["sample_id"] for s in again} == set(before) - overlapping
    for s in again:  # greedy decoding: the same sample gets the same completion
        assert s["completions"]["base"] == before[s["sample_id"]]
    second = json.loads((tmp_path / "results.json").read_text())
    assert second["samples"]["source"].endswith("completion_samples.jsonl")
    assert first["perplexity"] and not second["perplexity"]


def test_an_adapter_for_another_base_is_refused(tiny_models, model_factory, tmp_path, capsys):
    other = model_factory["base"](tmp_path / "other", hidden=48)
    rc = main(["--config", str(TINY_EVAL), "--out", str(tmp_path / "o"),
               "--model", f"path={other},adapter={tiny_models['adapter']}"])  # fmt: skip
    assert rc == 2
    assert "trained on base model" in capsys.readouterr().err


def test_dry_run_prints_the_resolved_config(tiny_models, capsys):
    from spark_data.cli import main as spark

    args = ["--config", str(TINY_EVAL), "--model", str(tiny_models["base"]), "--dry-run"]
    rc = spark(["eval", *args, "completion.n_per_domain=7"])
    out = capsys.readouterr().out
    assert rc == 0 and "n_per_domain: 7" in out and f"path: {tiny_models['base']}" in out
    assert main(["--config", str(TINY_EVAL), "perplexity.stride=0", "--dry-run"]) == 2


def test_notebook_runs_on_the_results(evaluated):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(REPO / "notebooks" / "eval_results.ipynb", as_version=4)
    os.environ["SPARK_EVAL_DIR"] = str(evaluated)
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = nbclient.NotebookClient(
        nb, timeout=300, resources={"metadata": {"path": str(REPO / "notebooks")}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = json.dumps(outputs)
    assert "Biggest wins" in text and "reference" in text
