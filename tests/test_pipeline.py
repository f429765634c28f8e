"""The whole corpus pipeline on local Ray: configs/data/tiny.yaml over the bundled sample.

One run (module fixture) is checked from every side: every file accounted for, symbols,
the held-out split, blocks and .npy shards, the summary; then restart behaviour.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest
import yaml

from spark_data.config import load_config, with_overrides
from spark_data.pipeline import PHASE_SPECS, PHASES, plan, run

REPO = Path(__file__).resolve().parents[1]
TINY = REPO / "configs" / "data" / "tiny.yaml"
SAMPLE = REPO / "spark_data" / "sample"


def table(out: Path, name: str):
    return pads.dataset(out / name, format="parquet").to_table()


@pytest.fixture(scope="module")
def corpus(ray_local, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    cfg = with_overrides(load_config(TINY), out=str(out))
    logs: list[str] = []
    summary = run(cfg, log=logs.append)
    return cfg, out, summary, logs


def sample_files() -> dict[str, set[str]]:
    """repo name -> relative paths of every file the sample manifest points at."""
    manifest = yaml.safe_load((SAMPLE / "sources.yaml").read_text())
    out = {}
    for entry in manifest["repos"]:
        root = (SAMPLE / entry["path"]).resolve()
        name = entry.get("name") or root.name
        out[name] = {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if (p.is_file() or p.is_symlink()) and ".git" not in p.parts
        }
    return out


def test_every_file_accounted_for(corpus):
    _, out, summary, _ = corpus
    files = table(out, "files").to_pylist()
    got: dict[str, set[str]] = {}
    for f in files:
        got.setdefault(f["repo"], set()).add(f["path"])
    assert got == sample_files()
    assert summary["files"]["total"] == len(files)
    assert sum(summary["files"]["by_reason"].values()) == len(files)
    assert len({f["file_id"] for f in files}) == len(files)


def test_files_have_kinds_provenance_and_licences(corpus):
    _, out, _, _ = corpus
    files = table(out, "files").to_pylist()
    kinds = {f["kind"] for f in files}
    for kind in ("c_source", "c_header", "asm", "linker_script", "device_tree", "build"):
        assert kind in kinds, kind
    for f in files:
        assert len(f["sha256"]) == 64 and f["bytes"] >= 0
        if f["kind"] == "binary":
            assert f["text"] is None and f["drop_reason"] == "binary_v1"
    assert any(f["license"] for f in files)
    sources = table(out, "sources").to_pylist()
    assert {s["kind"] for s in sources} >= {"repo", "svd"}
    assert all(s["status"] in ("ok", "recorded") for s in sources)


def test_symbols_cover_registers_asm_and_device_trees(corpus):
    _, out, summary, _ = corpus
    sym = table(out, "symbols").to_pylist()
    kinds = {s["kind"] for s in sym}
    assert {"file", "macro", "function", "struct", "field", "label", "dt_node"} <= kinds
    roles = {s["role"] for s in sym if s["role"]}
    assert {"base_address", "bit_mask", "register"} <= roles
    compatibles = {s["name"] for s in sym if s["kind"] == "dt_compatible"}
    # the board's root node lists two strings; each is its own row
    assert {"st,stm32f411re-nucleo", "st,stm32f411", "arm,cortex-m4f"} <= compatibles
    parsed = [s for s in sym if s["kind"] == "file"]
    assert all(s["parse_status"] in ("ok", "partial", "failed", "skipped") for s in parsed)
    assert summary["symbols"]["total"] == sum(1 for s in sym if s["kind"] != "file")


def test_held_out_never_reaches_train_blocks(corpus):
    _, out, _, _ = corpus
    files = table(out, "files").to_pylist()
    held = {f["file_id"] for f in files if f["split"] == "held_out"}
    assert held, "the sample must hold out a repository"
    for b in table(out, "blocks").to_pylist():
        if b["split"] == "held_out":
            assert set(b["doc_ids"]) <= held
        else:
            assert not held & set(b["doc_ids"])


def test_validation_is_a_document_sample_never_in_train_blocks(corpus):
    cfg, out, _, _ = corpus
    blocks = table(out, "blocks").to_pylist()
    val = {d for b in blocks if b["split"] == "validation" for d in b["doc_ids"]}
    train = {d for b in blocks if b["split"] == "train" for d in b["doc_ids"]}
    assert val, f"pack.validation_fraction={cfg.pack.validation_fraction} drew no document"
    assert not val & train
    docs = table(out, "docs").to_pylist()
    n_train = sum(1 for d in docs if d["split"] in ("train", "validation"))
    assert len(val) < n_train / 2  # a sample, not the corpus


def test_blocks_hold_every_document_token(corpus):
    cfg, out, summary, _ = corpus
    seq = cfg.pack.seq_len
    blocks = table(out, "blocks")
    assert blocks.num_rows > 0
    assert all(len(ids) == seq for ids in blocks.column("input_ids").to_pylist())
    docs = table(out, "docs")
    assert sum(blocks.column("n_tokens").to_pylist()) == sum(docs.column("n_tokens").to_pylist())
    assert summary["tokens"]["total"] == sum(docs.column("n_tokens").to_pylist())


def test_npy_shards_match_blocks(corpus):
    cfg, out, _, _ = corpus
    index = json.loads((out / "tokens" / "index.json").read_text())
    assert index["dtype"] == "uint32" and index["seq_len"] == cfg.pack.seq_len
    blocks = table(out, "blocks").to_pylist()
    by_shard: dict[str, list[dict]] = {}
    for b in blocks:
        by_shard.setdefault(b["shard"], []).append(b)
    assert len(index["shards"]) == len(by_shard)
    for entry in index["shards"]:
        ids = np.load(out / "tokens" / entry["path"], mmap_mode="r")
        assert ids.dtype == np.uint32 and ids.ndim == 1
        rows = sorted(by_shard[entry["path"]], key=lambda b: b["shard_row"])
        assert ids.size == len(rows) * cfg.pack.seq_len
        for b in rows:
            start = b["shard_row"] * cfg.pack.seq_len
            assert ids[start : start + cfg.pack.seq_len].tolist() == b["input_ids"]


def test_summary_written_and_printed(corpus):
    _, out, summary, logs = corpus
    on_disk = json.loads((out / "summary.json").read_text())
    assert on_disk["files"] == summary["files"]
    assert set(on_disk["phases"]) == set(PHASES)
    assert any("Spark corpus at" in line for line in logs)
    assert (out / "config.yaml").exists()


def runs(planned: list[tuple[str, str]]) -> set[str]:
    return {phase for phase, what in planned if what.startswith("run")}


def downstream(phase: str) -> set[str]:
    """Every phase that reads `phase`'s tables, directly or through another phase."""
    out: set[str] = set()
    for p in PHASES:
        if phase in PHASE_SPECS[p].inputs or out & set(PHASE_SPECS[p].inputs):
            out.add(p)
    return out


def test_rerun_skips_then_config_change_reruns_only_what_depends(corpus):
    cfg, out, _, _ = corpus
    logs: list[str] = []
    before = pq.read_metadata(next((out / "files").glob("*.parquet"))).num_rows
    run(cfg, log=logs.append)
    assert sum("up to date, skipped" in line for line in logs) == len(PHASES)
    changed = load_config(TINY, ["pack.seq_len=64"])
    changed = with_overrides(changed, out=str(out))
    assert runs(plan(changed)) == {"pack"}
    logs.clear()
    summary = run(changed, log=logs.append)
    assert sum("up to date, skipped" in line for line in logs) == len(PHASES) - 1
    assert summary["tokens"]["seq_len"] == 64
    assert pq.read_metadata(next((out / "files").glob("*.parquet"))).num_rows == before
    assert all(len(ids) == 64 for ids in table(out, "blocks").column("input_ids").to_pylist())


def test_cli_dry_run_prints_plan(tmp_path, capsys):
    from spark_data.cli import main

    rc = main(["data", "--config", str(TINY), "--out", str(tmp_path / "o"), "--dry-run"])
    text = capsys.readouterr().out
    assert rc == 0
    assert "ingest   run: never completed" in text
    assert f"out: {tmp_path / 'o'}" in text


def test_cli_config_errors_are_clear(tmp_path, capsys):
    from spark_data.cli import main

    rc = main(["data", "--config", str(TINY), "--dry-run", "pack.nope=1"])
    assert rc == 2
    assert "unknown config key" in capsys.readouterr().err


def test_notebook_runs_on_the_corpus(corpus):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    _, out, _, _ = corpus
    nb = nbformat.read(REPO / "notebooks" / "inspect_corpus.ipynb", as_version=4)
    os.environ["SPARK_CORPUS"] = str(out)
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = nbclient.NotebookClient(
        nb, timeout=300, resources={"metadata": {"path": str(REPO / "notebooks")}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]


def test_inspect_prints_summary_and_rows(corpus, capsys):
    from spark_data.cli import main

    _, out, summary, _ = corpus
    assert main(["inspect", str(out), "--rows", "1"]) == 0
    text = capsys.readouterr().out
    assert "Spark corpus at" in text
    assert f"files: {summary['files']['total']:,} rows" in text
    assert "'text':" not in text  # wide columns are left out of the rows


def test_parse_config_change_leaves_pack_alone(corpus):
    cfg, out, _, _ = corpus
    run(cfg, log=lambda _: None)  # whatever earlier tests changed, this config is current
    changed = with_overrides(load_config(TINY, ["parse.asm_instructions=false"]), out=str(out))
    assert runs(plan(changed)) == {"parse"} | downstream("parse")


def test_a_phase_without_its_input_is_a_clear_error(ray_local, tmp_path):
    cfg = with_overrides(load_config(TINY), out=str(tmp_path / "fresh"))
    with pytest.raises(ValueError, match="needs phase 'ingest'"):
        run(cfg, phases=("pack",), log=lambda _: None)


def test_reports_live_under_the_output_root_whatever_the_cache(ray_local, tmp_path):
    cfg = load_config(TINY, [f"ingest.work_dir={tmp_path / 'node-cache'}"])
    cfg = with_overrides(cfg, out=str(tmp_path / "out"))
    run(cfg, phases=("ingest",), log=lambda _: None)
    reports = list((tmp_path / "out" / "_work" / "reports").glob("*.json"))
    assert len(reports) == len(sample_files())
    sources = table(tmp_path / "out", "sources").to_pylist()
    assert all(s["status"] == "ok" for s in sources if s["kind"] == "repo")


def test_a_repository_without_a_report_is_an_error_row(tmp_path):
    from spark_data.pipeline import Run, _with_missing
    from spark_data.sources.manifest import parse_manifest
    from spark_data.store import Store

    manifest = parse_manifest({"repos": [{"path": "a"}, {"path": "zephyr"}]}, base=tmp_path)
    r = Run(cfg=load_config(TINY), store=Store.open(str(tmp_path)), manifest=manifest, log=print)
    rows = _with_missing([], r)
    assert [(x["name"], x["status"], x["split"]) for x in rows] == [
        ("a", "error", "train"),
        ("zephyr", "error", "held_out"),
    ]
    assert "left no report" in rows[0]["error"]


def test_corpus_card_reports_the_run(corpus):
    from spark_data.card import main as card_main

    _, out, summary, _ = corpus
    card = (out / "CARD.md").read_text()
    assert "| quarkos | repo | manifest |" in card  # the held-out list
    for reason, n in summary["files"]["by_reason"].items():
        assert f"{reason} " in card and f" {n:,} (" in card
    assert f"{summary['tokens']['total']:,} in {summary['tokens']['docs']:,} documents" in card
    report = out / "decon.json"
    report.write_text('{"checked": 12, "contaminated": 1}')
    assert card_main([str(out), "--decontamination", str(report)]) == 0
    assert '"contaminated": 1' in (out / "CARD.md").read_text()
    assert card_main([str(out / "missing")]) == 2
