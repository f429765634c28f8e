"""Device tree extraction: nodes with unit addresses, labels and paths; compatible strings."""

from __future__ import annotations

from tests.code.rows import symbols

BOARD = """\
/dts-v1/;
#include <dt-bindings/gpio/gpio.h>
#include "stm32f4.dtsi"
#define USART1_ADDR 0x40011000

/ {
	model = "Test board";
	compatible = "st,stm32f429i-disc1", "st,stm32f429";
	soc {
		usart1: serial@40011000 {
			compatible = "st,stm32-uart";
			reg = <USART1_ADDR 0x400>;
		};
		gpioa: gpio@40020000 {
			compatible = "st,stm32-gpio";
			gpio-controller;
		};
	};
};

&usart1 {
	status = "okay";
	child@1,2 { compatible = "vendor,child"; };
};

&ext_label {
	status = "okay";
};
"""


def test_nodes(parse) -> None:
    rows = parse(BOARD, kind="device_tree")
    assert rows[0]["parse_status"] == "ok"
    nodes = [
        (
            r["name"],
            r["value"],
            r["number"],
            r["signature"],
            r["parent"],
            r["start_line"],
            r["end_line"],
        )
        for r in symbols(rows, "dt_node")
    ]
    assert nodes == [
        ("/", None, None, None, None, 6, 19),
        ("soc", None, None, None, "/", 9, 18),
        ("serial@40011000", "40011000", 0x40011000, "usart1", "/soc", 10, 13),
        ("gpio@40020000", "40020000", 0x40020000, "gpioa", "/soc", 14, 17),
        ("&usart1", None, None, None, None, 21, 24),
        ("child@1,2", "1,2", None, None, "/soc/serial@40011000", 23, 23),  # label resolved
        ("&ext_label", None, None, None, None, 26, 28),
    ]


def test_compatible_strings(parse) -> None:
    rows = parse(BOARD, kind="device_tree")
    compatibles = [
        (r["name"], r["parent"], r["start_line"]) for r in symbols(rows, "dt_compatible")
    ]
    assert compatibles == [
        ("st,stm32f429i-disc1", "/", 8),
        ("st,stm32f429", "/", 8),
        ("st,stm32-uart", "/soc/serial@40011000", 11),
        ("st,stm32-gpio", "/soc/gpio@40020000", 15),
        ("vendor,child", "/soc/serial@40011000/child@1,2", 23),
    ]


def test_defines(parse) -> None:
    (macro,) = symbols(parse(BOARD, kind="device_tree"), "macro")
    assert (macro["name"], macro["number"], macro["start_line"]) == ("USART1_ADDR", 0x40011000, 4)


def test_nodes_under_an_unresolved_reference(parse) -> None:
    rows = parse('&i2c1 {\n\tsensor@48 { compatible = "ti,tmp102"; };\n};\n', kind="device_tree")
    (node,) = [r for r in symbols(rows, "dt_node") if r["name"] == "sensor@48"]
    assert (node["parent"], node["number"]) == ("&i2c1", 0x48)
    assert symbols(rows, "dt_compatible")[0]["parent"] == "&i2c1/sensor@48"
