"""`spark registers show` (spark_data.datasheets.cli) on the hand-written fixture SVD."""

from __future__ import annotations

import json
from pathlib import Path

from spark_data.cli import main as spark_main
from spark_data.datasheets.cli import main

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "svd"


def test_show_prints_registers_and_fields(capsys) -> None:
    assert main(["show", str(FIX / "features.svd"), "--peripheral", "dma", "--fields"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "SPARKTEST1 (Spark Test Vendor): 9 registers"
    assert "DMA.CHB_DESC[1]_SRC" in out and "0x40020174" in out
    assert "warning: 1 problem(s)" in err  # the fixture's unresolved derivedFrom


def test_show_fields_and_json(capsys) -> None:
    assert spark_main(["registers", "show", str(FIX / "features.svd"), "--fields"]) == 0
    out = capsys.readouterr().out
    assert "[3:1] MODE" in out.replace("   ", " ").replace("  ", " ")
    assert main(["show", str(FIX / "features.svd"), "--json", "--peripheral", "TIMERB"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["address"]) for r in rows] == [("CNT", 0x40010108)]


def test_show_errors_exit_2(capsys, tmp_path: Path) -> None:
    assert main(["show", str(tmp_path / "missing.svd")]) == 2
    assert "no such SVD file" in capsys.readouterr().err
    assert main(["show", str(FIX / "malformed.svd")]) == 2
    assert "malformed XML" in capsys.readouterr().err
    assert main(["show", str(FIX / "features.svd"), "--peripheral", "NOPE"]) == 2
    assert "there are: DMA, TIMERA" in capsys.readouterr().err
    assert main([]) == 2
    assert main(["show", "--help"]) == 0
    assert "--peripheral" in capsys.readouterr().out
