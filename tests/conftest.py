"""Shared fixtures: one local Ray for the whole session (num_cpus=4 so Ray Data has CPUs
for its tasks beside the actor pools), and paths to the real data in ../shared."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPARK_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def ray_local():
    import ray
    import ray.data

    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    if not ray.is_initialized():
        ray.init(num_cpus=4, include_dashboard=False, logging_level=logging.WARNING)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set SPARK_SHARED)")
    return SHARED
