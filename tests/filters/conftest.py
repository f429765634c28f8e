"""Fixtures for the filter tests: the register-header families of register_headers.py."""

from __future__ import annotations

import pytest
from register_headers import REGISTER_HEADERS


@pytest.fixture(params=sorted(REGISTER_HEADERS))
def register_header(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(family, text) for each register-header family."""
    return request.param, REGISTER_HEADERS[request.param]()
