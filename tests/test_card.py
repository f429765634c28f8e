"""The corpus card's renderers (no Ray)."""

from __future__ import annotations

from spark_data.card import bars, table


def test_bars_are_scaled_sorted_and_show_shares():
    text = bars({"a": 10, "b": 40, "c": 0}).splitlines()
    assert text[1].startswith("b ") and "40 (80.0%)" in text[1]
    assert text[2].startswith("a ") and "10 (20.0%)" in text[2]
    assert text[1].count("█") == 28 and text[2].count("█") == 7
    assert bars({}) == "_(none)_"


def test_bars_limit_says_how_many_more():
    assert "... and 5 more" in bars({str(i): i + 1 for i in range(25)}, limit=20)


def test_table_escapes_pipes_and_formats_numbers():
    out = table([{"a": "x|y", "b": 12345, "c": ["p", "q"], "d": None}], ["a", "b", "c", "d"])
    assert out.splitlines()[2] == "| x\\|y | 12,345 | p, q |  |"
