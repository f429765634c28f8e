"""Resolve the reproduction's manifest template and train its tokenizer.

In: bench/repro/sources.yaml (templates with `${name}` placeholders and `repro:` keys), a
scale name and a run directory. Out: <run>/manifests/{embedded,general}.yaml (plain
`spark data` manifests with absolute paths), staged subsets under <run>/src/, and a
byte-level BPE tokenizer under <run>/tokenizer trained on the training sources of both
manifests (general and embedded; held-out sources are left out so no held-out string
shapes the vocabulary).

    manifests = write_manifests("ci", Path("out/repro/ci"))
    tok = train_run_tokenizer(manifests, Path("out/repro/ci/tokenizer"), 1024, 4_000_000)
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

__all__ = ["SourceError", "input_paths", "write_manifests", "train_run_tokenizer"]

from bench.repro.sources import REPO, SourceError, embedded_inputs, stage_files

TEMPLATE = REPO / "bench" / "repro" / "sources.yaml"
SHARED = Path(os.environ.get("SPARK_SHARED", "/work/shared"))  # as tests/conftest.py
_TEXT_SUFFIXES = {".c", ".h", ".S", ".s", ".py", ".dts", ".dtsi", ".cpp", ".ld", ".inc"}


def input_paths() -> dict[str, Path]:
    """Every `${name}` of the template: Debian inputs, /work/shared, this machine's code."""
    py = sorted(Path("/usr/lib").glob("python3.[0-9]*"))
    paths = {**embedded_inputs(), "usr-include": Path("/usr/include")}
    if SHARED.is_dir():  # CI has no shared data: the corpus is then code only
        paths.update(datasheets=SHARED / "datasheets", svd=SHARED / "svd")
    if py:
        paths["python-stdlib"] = py[-1]
    return paths


def _resolve(value: str, paths: dict[str, Path]) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1) not in paths:
            raise KeyError(f"{TEMPLATE}: unknown input ${{{m.group(1)}}}")
        return str(paths[m.group(1)])

    return re.sub(r"\$\{([\w-]+)\}", sub, value)


def _entry(entry: dict, scale: str, paths: dict[str, Path], stage_dir: Path) -> dict | None:
    """One manifest entry at `scale`: None when left out, staged when it has patterns."""
    repro = entry.get("repro") or {}
    scales = repro.get("scales")
    if scales is not None and scale not in scales:
        return None
    out = {k: v for k, v in entry.items() if k != "repro"}
    key = "archive" if "archive" in out else "path"
    out[key] = _resolve(out[key], paths)
    include = (scales or {}).get(scale)
    if include and key == "path":
        dest = stage_dir / out["name"]
        stage_files(Path(out["path"]), dest, include, repro.get("exclude", ()))
        out["path"] = str(dest)
    return out


def write_manifests(
    scale: str, run_dir: Path, paths: dict[str, Path] | None = None
) -> dict[str, Path]:
    """<run>/manifests/<corpus>.yaml for each corpus of the template; returns their paths."""
    paths = paths if paths is not None else input_paths()
    template = yaml.safe_load(TEMPLATE.read_text())
    written = {}
    for corpus, manifest in template.items():
        resolved = {}
        for key, entries in manifest.items():
            kept = [
                _entry(e, scale, paths, run_dir / "src" / corpus)
                for e in entries
                if key == "repos" or key in paths
            ]  # datasheets/svd need /work/shared
            resolved[key] = [e for e in kept if e is not None]
        target = run_dir / "manifests" / f"{corpus}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(resolved, sort_keys=False))
        written[corpus] = target
    return written


def training_texts(manifests: dict[str, Path], max_bytes: int) -> list[str]:
    """Text of the training (not held-out) repositories' code files, up to `max_bytes` in all,
    taken round-robin over repositories so every source is represented."""
    per_repo: list[list[Path]] = []
    for path in manifests.values():
        for repo in yaml.safe_load(path.read_text()).get("repos", []):
            root = Path(repo.get("path") or "/nonexistent")  # archives are held out here
            if repo.get("held_out") or not root.is_dir():
                continue
            per_repo.append(
                sorted(p for p in root.rglob("*") if p.suffix in _TEXT_SUFFIXES and p.is_file())
            )
    texts, total, i = [], 0, 0
    while total < max_bytes and any(per_repo):
        files = per_repo[i % len(per_repo)]
        if files:
            text = files.pop(0).read_text(errors="replace")
            texts.append(text)
            total += len(text)
        i += 1
    return texts


def train_run_tokenizer(manifests: dict[str, Path], out: Path, vocab: int, max_bytes: int) -> Path:
    """A byte-level BPE tokenizer (spark_data.tokenizer) on both corpora's training code."""
    from spark_data.tokenizer import train_tokenizer

    if (out / "tokenizer.json").is_file():
        return out
    return train_tokenizer(training_texts(manifests, max_bytes), out, vocab_size=vocab)
