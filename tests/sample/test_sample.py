"""The quickstart sample: manifest, files, generated parts, and the shipped tokenizer."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from spark_data.tokenizer import load_tokenizer, sample_files, train_tokenizer

SAMPLE = Path(__file__).resolve().parents[2] / "spark_data" / "sample"


def manifest() -> dict:
    return yaml.safe_load((SAMPLE / "sources.yaml").read_text())


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SAMPLE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_files() -> list[Path]:
    return [p for p in sample_files() if b"\x00" not in p.read_bytes()]


def test_manifest_paths_exist() -> None:
    m = manifest()
    assert set(m) == {"repos", "datasheets", "svd"}
    for section in ("repos", "datasheets", "svd"):
        for entry in m[section]:
            assert (SAMPLE / entry["path"]).exists(), entry["path"]
    repos = m["repos"]
    assert all(isinstance(r["held_out"], bool) and isinstance(r["upstream"], bool) for r in repos)
    assert [r["path"] for r in repos if r["held_out"]] == ["repos/quarkos"]
    assert {r["manufacturer"] for r in repos} >= {"STMicroelectronics", "Microchip Technology"}


def test_repos_have_licences_readmes_and_spdx_headers() -> None:
    licences = set()
    for entry in manifest()["repos"]:
        root = SAMPLE / entry["path"]
        assert (root / "README.md").is_file()
        first = (root / "LICENSE").read_text().strip().splitlines()[0]
        licences.add(first.strip())
        assert any("SPDX-License-Identifier" in p.read_text() for p in root.rglob("*.[ch]"))
    assert licences == {"Apache License", "BSD 3-Clause License", "MIT License"}


def test_sample_size_and_kinds() -> None:
    files = sample_files()
    size = sum(p.stat().st_size for p in text_files())
    assert 150_000 <= size <= 400_000
    suffixes = {p.suffix for p in files}
    assert {".c", ".h", ".s", ".S", ".ld", ".dts", ".bin", ".md"} <= suffixes
    names = {p.name for p in files}
    assert {"Kconfig", "Makefile", "CMakeLists.txt", "LICENSE"} <= names


def test_vendored_driver_is_byte_identical() -> None:
    hal = SAMPLE / "repos" / "f4-hal-lite"
    vendored = SAMPLE / "repos" / "nucleo-f411-shell" / "third_party" / "f4-hal-lite"
    for rel in ("Inc/f4_hal_uart.h", "Src/f4_hal_uart.c"):
        assert (hal / rel).read_bytes() == (vendored / rel).read_bytes()


def test_generated_parts_reproduce() -> None:
    blobs = load_script("make_blobs")
    assert blobs.FIRMWARE.read_bytes() == blobs.firmware_bytes()
    header = SAMPLE / "repos" / "stm32f4-cmsis-device" / "Include" / "stm32f411xe.h"
    assert load_script("make_bitdefs").render() in header.read_text()


def test_datasheet_and_svd_parse() -> None:
    pymupdf = pytest.importorskip("pymupdf")
    with pymupdf.open(SAMPLE / "datasheets" / "stm32f411_mini_rm.pdf") as doc:
        assert doc.page_count == 3
        assert any("RCC_CR" in title for _, title, _ in doc.get_toc())
        assert "0x4002 3800" in doc[0].get_text()
    root = ET.parse(SAMPLE / "svd" / "STM32F411_mini.svd").getroot()
    peripherals = {p.findtext("name"): p for p in root.iter("peripheral")}
    assert set(peripherals) == {"RCC", "GPIOA", "GPIOB", "USART1", "USART2", "USART6"}
    assert peripherals["RCC"].findtext("baseAddress") == "0x40023800"
    assert peripherals["USART1"].get("derivedFrom") == "USART2"


def test_shipped_tokenizer_loads_and_round_trips() -> None:
    tok, eos_id, pad_id = load_tokenizer(SAMPLE / "tokenizer")
    assert (eos_id, pad_id) == (0, 1)
    assert tok.get_vocab_size() <= 4096
    for path in text_files():
        text = path.read_text(encoding="utf-8")
        ids = tok.encode(text, add_special_tokens=False).ids
        assert tok.decode(ids) == text, path
        assert len(ids) < len(text.encode("utf-8"))  # it actually merges something


def test_shipped_tokenizer_matches_its_command(tmp_path: Path) -> None:
    """The README's command, re-run, gives the shipped vocabulary (training is deterministic)."""
    texts = (p.read_text(encoding="utf-8") for p in text_files())
    fresh, _, _ = load_tokenizer(train_tokenizer(texts, tmp_path, vocab_size=4096))
    shipped, _, _ = load_tokenizer(SAMPLE / "tokenizer")
    assert fresh.get_vocab() == shipped.get_vocab()
