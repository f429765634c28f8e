"""Connecting to Ray: a local Ray started for the run, or a cluster (address / RAY_ADDRESS).

Inside `ray job submit` RAY_ADDRESS is set by Ray, so the same `spark data` command runs
on the laptop and on the cluster. A Ray that is already initialised (a notebook, a test
fixture) is reused and left running.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from spark_data.config import RayConfig


@contextmanager
def ray_session(cfg: RayConfig) -> Iterator[None]:
    import ray
    import ray.data

    started = False
    if not ray.is_initialized():
        address = cfg.address or os.environ.get("RAY_ADDRESS")
        if address:
            ray.init(address=address, logging_level=logging.WARNING)
        else:
            ray.init(
                num_cpus=cfg.num_cpus,
                include_dashboard=False,
                logging_level=logging.WARNING,
            )
            started = True
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = sys.stderr.isatty()
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        yield
    finally:
        if started:
            ray.shutdown()


def cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def actor_pool(cfg: RayConfig, work_items: int | None = None):
    """The actor pool (`compute=`) for a stateful stage: 1 to N actors, scaled by Ray Data.

    One CPU is left for the stateless tasks (filters, writes) that run beside the pool:
    Ray Data stalls when actors hold every CPU.
    """
    most = cfg.max_actors or max(1, cluster_cpus() - 1)
    if work_items is not None:
        most = max(1, min(most, work_items))
    from ray.data import ActorPoolStrategy

    return ActorPoolStrategy(min_size=1, max_size=most)
