"""The pair phase on local Ray over the bundled sample (ingest + parse + the sample SVD):
every repository and datasheet accounted for, links at the three levels, pair documents."""

from __future__ import annotations

import pyarrow.dataset as pads
import pytest

from spark_data.pairing.phase import run_pair


def _rows(run, name):
    return pads.dataset(run.store.path(name), format="parquet").to_table().to_pylist()


@pytest.fixture(scope="module")
def paired(sample_run):
    stats = run_pair(sample_run)
    return stats, _rows(sample_run, "links"), _rows(sample_run, "pairs")


def test_every_repository_gets_a_repo_level_row(paired, sample_run):
    _, links, _ = paired
    repos = (
        {s.name for s in sample_run.manifest.repos}
        if hasattr(sample_run.manifest.repos[0], "name")
        else set()
    )
    devices = {
        x["repo"]: x for x in links if x["level"] == "repo" and x["spec_kind"] in ("device", "none")
    }
    for repo in ("stm32f4-cmsis-device", "f4-hal-lite", "nucleo-f411-shell"):
        assert devices[repo]["datasheet_id"] == "svd-f411" and devices[repo]["score"] >= 0.5
        assert devices[repo]["evidence"][0] == "candidate"
    # the AVR blinker and the RTOS do not pair with an STM32 map; the reason is recorded
    assert devices["tiny13-blink"]["score"] == 0 and devices["quarkos"]["score"] == 0
    assert devices["quarkos"]["evidence"][0] in (
        "no_hardware_symbols_v1",
        "no_matching_datasheet_v1",
    )
    assert repos <= set(devices) or not repos


def test_symbol_links_join_names_and_addresses(paired):
    _, links, _ = paired
    sym = [x for x in links if x["level"] == "symbol" and x["repo"] == "stm32f4-cmsis-device"]
    by = {}
    for x in sym:
        by.setdefault(x["code_name"], {})[x["spec_item"]] = x
    assert {"USART1.CR1", "USART2.CR1", "USART6.CR1"} <= set(by["CR1"])
    assert by["USART1_BASE"]["USART1"]["score"] > 0.95  # name and base address agree
    assert any(e.startswith("address:") for e in by["USART1_BASE"]["USART1"]["evidence"])
    assert "USART1.CR1.UE" in by["USART_CR1_UE_Msk"]
    assert all(0 <= x["score"] <= 1 and x["evidence"] for x in links)
    assert len({x["link_id"] for x in links}) == len(links)


def test_file_links_and_pair_documents(paired):
    stats, links, pairs = paired
    files = [x for x in links if x["level"] == "file" and x["repo"] == "f4-hal-lite"]
    best = max((x for x in files if x["spec_item"] == "peripheral:GPIO"), key=lambda x: x["score"])
    assert best["code_name"] == "Src/f4_hal_gpio.c"
    assert pairs and stats["pairs"] == len(pairs)
    doc = next(
        p for p in pairs if p["repo"] == "f4-hal-lite" and p["section_id"] == "peripheral:USART"
    )
    assert "USART2.CR1  address 0x4000440c" in doc["text"] and "f4-hal-lite@" in doc["text"]
    assert doc["provenance"][0] == "svd:STM32F411_mini.svd#peripheral=USART"
    assert any(p.startswith("f4-hal-lite@") and ":L" in p for p in doc["provenance"][1:])
    assert {p["split"] for p in pairs} <= {"train", "held_out"}
