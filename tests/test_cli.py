"""The `spark` entry point: forwarded subcommands see every argument, options first too."""

from __future__ import annotations

import pytest

from spark_data.cli import FORWARDED, main


@pytest.mark.parametrize("argv", [["registers", "--help"], ["card", "--help"]])
def test_forwarded_help_reaches_the_subcommand(argv, capsys):
    try:
        rc = main(argv)
    except SystemExit as e:  # argparse exits after printing help
        rc = e.code
    assert rc == 0
    assert f"spark {argv[0]}" in capsys.readouterr().out


def test_every_forwarded_module_has_main():
    import importlib.util

    for _, module, _ in FORWARDED:
        if module.startswith("spark_train"):
            continue  # torch-side modules are checked by their own tests
        assert importlib.util.find_spec(module) is not None, module
