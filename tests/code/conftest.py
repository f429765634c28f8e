"""Fixtures for the code-parsing tests: grammars loaded once, a snippet parser, real headers.

The repository root is put on sys.path so `spark_data` and `tests.debian` import when the
package is not installed (pytest's rootdir insertion only adds this folder).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from spark_data.code.parser import Grammars, parse_file  # noqa: E402
from spark_data.config import ParseConfig  # noqa: E402
from tests.debian import debian_package_or_skip  # noqa: E402

Rows = list[dict]


@pytest.fixture(scope="session")
def grammars() -> Grammars:
    return Grammars()


@pytest.fixture(scope="session")
def parse(grammars: Grammars) -> Callable[..., Rows]:
    """parse(text, kind="c_header", **cfg) -> all rows of one snippet, file row first."""

    def run(text: str | None, kind: str = "c_header", path: str = "snippet", **cfg: object) -> Rows:
        return parse_file("fid", path, kind, text, ParseConfig(**cfg), grammars)

    return run


@pytest.fixture(scope="session")
def avr_libc() -> Path:
    return debian_package_or_skip("avr-libc")


@pytest.fixture(scope="session")
def sdcc_libraries() -> Path:
    return debian_package_or_skip("sdcc-libraries")
