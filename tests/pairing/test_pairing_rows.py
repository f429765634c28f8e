"""Row helpers of the pairing levels, without Ray: names, keys, evidence, scoring, reasons."""

from __future__ import annotations

from spark_data.pairing.config import PairingConfig
from spark_data.pairing.evidence import device_evidence, identifiers
from spark_data.pairing.file_level import rank_files
from spark_data.pairing.names import (
    array_names,
    code_device_keys,
    code_keys,
    part_keys,
    peripheral_type,
    register_names,
    spec_keys,
)
from spark_data.pairing.repo_level import decide_repo
from spark_data.pairing.symbol_level import combine, select_symbol_links


def test_names_and_keys():
    assert peripheral_type("USART1") == "USART"
    assert peripheral_type("GPIOA") == "GPIO"
    assert peripheral_type("RCC") == "RCC"
    assert register_names("USART1", "CR1") == ["CR1", "USART_CR1", "USART1_CR1"]
    assert register_names(None, "GPIOx_MODER") == ["GPIO_MODER"]
    keys = dict(code_keys("BMP280_REG_CTRL_MEAS"))
    assert keys["R:CTRL_MEAS"] == 1.0  # part number and REG do not count
    field = dict(code_keys("USART_CR1_UE_Msk", "macro", "bit_mask"))
    assert field["F:USART_CR1_UE"] == 1.0 and field["F:UE"] < 0.5
    assert not any(k.startswith("R:") for k in field)
    member = dict(code_keys("CR1", "field", "register", "USART_TypeDef"))
    assert member["R:USART_CR1"] == 1.0
    assert array_names("AFR", "uint32_t[2]")[-2:] == ["AFRL", "AFRH"]
    reg = {
        "peripheral": "USART1",
        "name": "CR1",
        "address": 0x4001100C,
        "offset": 0xC,
        "fields": [{"name": "UE", "bit_offset": 13, "bit_width": 1}],
    }
    got = {k for k, _, _ in spec_keys(reg)}
    assert {"R:USART_CR1", "F:USART_CR1_UE", "A:1073811468", "B:1073811456", "P:USART1"} <= got


def test_device_keys_never_cut_digits():
    assert part_keys("STM32F411xC/xE") == {"STM32F411"}
    assert part_keys("MPU-6000/MPU-6050") == {"MPU6000", "MPU6050"}
    assert "STM32F411" in code_device_keys("STM32F411RETx")
    assert "ATTINY13" not in code_device_keys("ATtiny1313")
    ev = device_evidence("Include/stm32f411xe.h", "#if defined(STM32F411xE)\n#endif\n")
    assert ("STM32F411", "path:stm32f411xe") in ev and ("STM32F411", "macro:STM32F411xE") in ev


def test_identifiers_skip_comments_and_find_definitions():
    text = "/* PORTB in a comment */\n#define LED PORTB\nvoid f(void) { PORTB |= 1; DDRB = 2; }\n"
    ids = identifiers(text)
    assert ids["PORTB"].n_use == 2 and ids["PORTB"].use_line == 2
    assert ids["LED"].n_def == 1 and ids["LED"].def_line == 2
    assert "void" not in ids


def _joined(
    item, name, key, weight, spec_item, spec_kind="register", number=None, role=None, address=None
):
    return {
        "repo": "r",
        "datasheet_id": "d",
        "item": item,
        "name": name,
        "key": key,
        "weight": weight,
        "spec_kind": spec_kind,
        "spec_item": spec_item,
        "role": role,
        "number": number,
        "spec_address": address,
    }


def test_symbol_scores_and_ties():
    assert combine(1.0, False, False) == 0.9
    assert round(combine(1.0, True, False), 2) == 0.98
    rows = [
        _joined("s1", "CR1", "R:USART_CR1", 1.0, "USART1.CR1"),
        _joined("s1", "CR1", "R:USART_CR1", 1.0, "USART2.CR1"),
        _joined("s1", "CR1", "R:CR1", 0.5, "TIM1.CR1"),
        # a register macro whose address says another register: halved, not linked
        _joined(
            "s2",
            "PORTB",
            "R:PORTB",
            1.0,
            "PORTB",
            number=0x99,
            role="register_address",
            address=0x18,
        ),
    ]
    links = select_symbol_links(rows, PairingConfig())
    assert {x["spec_item"] for x in links} == {"USART1.CR1", "USART2.CR1"}
    assert all(x["score"] == 0.9 and x["level"] == "symbol" for x in links)


def test_file_ranking_prefers_the_driver_that_uses_registers():
    def row(file_id, path, name, n_use, n_def, spec_item):
        return {
            "repo": "r",
            "datasheet_id": "d",
            "file_id": file_id,
            "path": path,
            "name": name,
            "n_use": n_use,
            "n_def": n_def,
            "use_line": 5 if n_use else 0,
            "def_line": 0 if n_use else 3,
            "key": "R:CTRL_MEAS",
            "weight": 1.0,
            "spec_kind": "register",
            "spec_item": spec_item,
            "section_key": "sec1",
        }

    rows = [
        row("h", "bmp280.h", "BMP280_REG_CTRL_MEAS", 0, 1, "ctrl_meas"),
        row("c", "bmp280-core.c", "BMP280_REG_CTRL_MEAS", 3, 0, "ctrl_meas"),
        row("x", "other.c", "CTRL_MEAS", 1, 0, "ctrl_meas"),
    ]
    links = rank_files(rows, PairingConfig(), {"BMP280"})
    assert [x["code_name"] for x in links][:2] == ["bmp280-core.c", "other.c"]
    assert links[0]["spec_kind"] == "section" and "pair_registers:1" in links[0]["evidence"]


def _meta(manufacturer, n=10):
    return {
        "parts": ["MB9AF10xN"],
        "manufacturer": manufacturer,
        "n_registers": n,
        "title": "MB9AF10xN",
    }


def _ev(repo, ds, key="MB9AF10", evidence="macro:MB9AF10xN", matched=None, hw=None):
    return {
        "repo": repo,
        "datasheet_id": ds,
        "device_key": key,
        "evidence": evidence,
        "matched": matched,
        "hw_symbols": hw,
    }


def test_a_device_named_by_two_manufacturers():
    meta = {"fuj": _meta("Fujitsu"), "spa": _meta("Spansion")}
    rows = [_ev("app", "fuj"), _ev("app", "spa")]
    links = decide_repo(rows, meta, None, PairingConfig())
    assert {x["score"] for x in links} == {0.0}
    assert all(x["evidence"][0].startswith("ambiguous_manufacturer_v1") for x in links)
    # the repository's attribution picks one: that one is a candidate, the other is not
    links = {
        x["datasheet_id"]: x for x in decide_repo(rows, meta, "Spansion Inc.", PairingConfig())
    }
    assert links["spa"]["evidence"][0] == "candidate" and links["spa"]["score"] > 0.5
    assert links["fuj"]["evidence"][0].startswith("other_manufacturer_v1")


def test_no_hardware_symbols_and_no_registers():
    cfg = PairingConfig()
    (link,) = decide_repo([_ev("rtos", None, None, None, hw=0)], {}, None, cfg)
    assert (link["spec_kind"], link["score"], link["evidence"]) == (
        "none",
        0.0,
        ["no_hardware_symbols_v1"],
    )
    (link,) = decide_repo([_ev("app", None, None, None, hw=5)], {}, None, cfg)
    assert link["evidence"] == ["no_matching_datasheet_v1"]
    (link,) = decide_repo([_ev("app", "pdf")], {"pdf": _meta("Fujitsu", n=0)}, None, cfg)
    assert link["evidence"][0] == "no_registers_v1"
