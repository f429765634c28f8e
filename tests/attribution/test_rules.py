"""Row helpers without Ray: manufacturer decisions, hints, ambiguity, domains, taxonomy."""

from __future__ import annotations

import pyarrow as pa
import pytest

from spark_data.attribution.config import AttributionConfig
from spark_data.attribution.domain import FileFacts, TaxonomyError, classify, load_taxonomy
from spark_data.attribution.manufacturer import decide, repo_decision
from spark_data.attribution.phase import WORK, attribute_batch, repo_rows, summarize_symbols
from spark_data.attribution.registry import load_registry

CFG = AttributionConfig()


def batch(rows: list[dict]) -> pa.Table:
    full = [
        {"file_id": f"f{i}", "repo": "r", "bytes": len(r.get("text", "")), **r}
        for i, r in enumerate(rows)
    ]
    return pa.Table.from_pylist(full)


def one(row: dict, hints: dict | None = None) -> dict:
    return attribute_batch(batch([row]), CFG, hints or {}).to_pylist()[0]


def test_part_numbers_in_path_and_includes():
    row = one(
        {
            "path": "Src/main.c",
            "kind": "c_source",
            "text": '#include "stm32f4xx_hal.h"\nint main(void) { HAL_Init(); }\n',
        }
    )
    assert row["manufacturer"] == "STMicroelectronics" and row["reason"] is None
    assert row["domain"] == "stm32_hal"
    assert any(e.startswith("include:") for e in row["evidence"])


def test_no_evidence_is_unknown_with_reason():
    row = one({"path": "src/list.c", "kind": "c_source", "text": "int add(int a){return a;}"})
    assert row["manufacturer"] == "unknown" and row["reason"] == "no_evidence_v1"
    assert row["domain"] == "general"


def test_device_named_by_two_manufacturers_is_ambiguous():
    text = "/* Driver for the PCA9685 PWM controller */\n#define PCA9685_MODE1 0x00\n"
    row = one({"path": "drivers/pwm/pca9685.c", "kind": "c_source", "text": text})
    assert row["manufacturer"] == "unknown"
    assert row["reason"].startswith("ambiguous_v1")
    names = {m["name"] for m in row["manufacturers"]}
    assert names == {"NXP Semiconductors", "Nexperia"}
    assert any(e.startswith("ambiguous_part:") for e in row["evidence"])


def test_hint_is_strong_but_not_blind():
    plain = {"path": "src/util.c", "kind": "c_source", "text": "int x;"}
    assert one(plain, {"r": "Atmel"})["manufacturer"] == "Microchip Technology"
    nordic = {
        "path": "nrfx/drivers/src/nrfx_uarte.c",
        "kind": "c_source",
        "text": "#include <nrfx_uarte.h>\n#include <hal/nrf_gpio.h>\n/* nRF52840 UARTE */\n",
    }
    # a vendored Nordic driver in a repository the manifest calls STMicroelectronics
    assert one(nordic, {"r": "STMicroelectronics"})["manufacturer"] == "Nordic Semiconductor"
    assert "hint_unresolved:Acme" in one(plain, {"r": "Acme"})["evidence"]


def test_decide_thresholds():
    assert decide({}, 1.0, 0.8)[3] == "no_evidence_v1"
    assert decide({"A": 0.5}, 1.0, 0.8)[3].startswith("weak_evidence_v1")
    assert decide({"A": 3.0, "B": 2.9}, 1.0, 0.8)[3] == "ambiguous_v1: A|B"
    name, score, ranked, reason = decide({"A": 3.0, "B": 1.0}, 1.0, 0.8)
    assert (name, score, reason) == ("A", 0.75, None) and ranked[1] == ("B", 0.25)


def test_repository_lists_every_candidate():
    reg = load_registry()
    votes = [{"Nordic Semiconductor": 4.0}] * 6 + [{"STMicroelectronics": 3.0}] * 3 + [{}]
    name, score, ranked, reason, _ = repo_decision(votes, None, reg, CFG)
    assert name == "Nordic Semiconductor" and reason is None
    assert [n for n, _ in ranked] == ["Nordic Semiconductor", "STMicroelectronics"]
    name, *_ = repo_decision([{}], "Atmel", reg, CFG)
    assert name == "Microchip Technology"  # only the hint
    assert repo_decision([], None, reg, CFG)[3] == "no_evidence_v1"


def test_repo_rows_from_work_rows():
    work = attribute_batch(
        batch(
            [
                {"path": "a/stm32f4xx_it.c", "kind": "c_source", "text": "int a;"},
                {"path": "b/nrf52840.h", "kind": "c_header", "text": "int b;"},
                {"path": "c/util.c", "kind": "c_source", "text": "int c;"},
            ]
        ),
        CFG,
        {},
    )
    assert work.schema == WORK
    repo = repo_rows(work, CFG, {}).to_pylist()[0]
    assert repo["level"] == "repo" and repo["file_id"] is None
    assert {m["name"] for m in repo["manufacturers"]} == {
        "STMicroelectronics",
        "Nordic Semiconductor",
    }
    assert repo["reason"].startswith("ambiguous_v1")  # one file each: no winner


def test_summarize_symbols():
    t = pa.Table.from_pylist(
        [
            {
                "file_id": "f",
                "kind": "macro",
                "name": "USART_CR1_UE",
                "value": "0x1",
                "role": "bit_mask",
            },
            {"file_id": "f", "kind": "field", "name": "CR1", "value": None, "role": "register"},
            {"file_id": "f", "kind": "file", "name": "x.h", "value": None, "role": None},
        ]
    )
    row = summarize_symbols(t).to_pylist()[0]
    assert row["sym_names"] == ["USART_CR1_UE", "CR1"] and row["sym_values"] == ["0x1"]
    assert (row["n_role"], row["n_defs"]) == (2, 2)


@pytest.mark.parametrize(
    ("facts", "domain"),
    [
        (FileFacts("boards/x.dts", "device_tree"), "device_tree"),
        (
            FileFacts("start.S", "asm", head=".syntax unified\n.thumb\n  ldr r0, =x\n"),
            "arm_cortex_asm",
        ),
        (FileFacts("start.S", "asm", head="  mov a, #1\n  jmp loop\n"), "general"),  # 8051
        (FileFacts("lib/aes.c", "c_source", includes=("mbedtls/aes.h",)), "crypto"),
        (FileFacts("src/device/usbd.c", "c_source", includes=("tusb.h",)), "usb_stack"),
        (
            FileFacts(
                "regs.h",
                "c_header",
                symbols=tuple(f"R{i}_Msk" for i in range(30)),
                n_defs=40,
            ),
            "register_defines",
        ),
    ],
)
def test_domains(facts, domain):
    primary, scores, evidence = classify(facts, load_taxonomy())
    assert primary == domain, (scores, evidence)
    assert abs(sum(s for _, s in scores) - 1.0) < 1e-3


def test_bundled_taxonomy_has_the_13_domains():
    assert set(load_taxonomy().names) == {
        "infineon_aurix", "amd_gpu_registers", "linux_kernel", "stm32_hal", "nxp_imx",
        "arm_cortex_asm", "device_tree", "wireless_ble_wifi", "zephyr_rtos", "crypto",
        "register_defines", "usb_stack", "general",
    }  # fmt: skip


def test_user_taxonomy_adds_and_overrides(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "domains:\n"
        "  motor_control:\n"
        "    paths: ['foc', 'motor']\n"
        "    symbols: ['FOC_']\n"
        "  crypto:\n"  # replaced whole: only wolfSSL now
        "    paths: ['wolfssl']\n"
        "settings:\n  min_score: 2.0\n"
    )
    tax = load_taxonomy(str(user))
    assert "motor_control" in tax.names and tax.min_score == 2.0
    assert classify(FileFacts("src/motor/foc.c", "c_source"), tax)[0] == "motor_control"
    mbed = FileFacts("library/aes.c", "c_source", includes=("mbedtls/aes.h",))
    assert classify(mbed, tax)[0] == "general"
    assert classify(mbed, load_taxonomy())[0] == "crypto"


def test_bad_taxonomy(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("domains:\n  x:\n    paths: ['(']\n")
    with pytest.raises(TaxonomyError, match="bad regex"):
        load_taxonomy(str(bad))
    bad.write_text("domains:\n  x:\n    requires: [nose]\n")
    with pytest.raises(TaxonomyError, match="requires"):
        load_taxonomy(str(bad))
