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


def actor_stage(cfg: RayConfig, work_items: int | None = None) -> dict:
    """map_batches arguments for a stateful stage: an actor pool of 1..N, scaled by Ray Data.

    N is one actor per cluster CPU (or `ray.max_actors`); each asks for `actor_cpus`, so
    the light tasks that feed the pool (`task_stage`) always find room beside it.
    """
    from ray.data import ActorPoolStrategy

    cpus = cluster_cpus()
    # Ray Data's own tasks (e.g. the streaming repartition) ask for a whole CPU: the pool
    # must leave one free, or the stage waits forever for it.
    most = cfg.max_actors or max(1, min(cpus, int((cpus - 1) / cfg.actor_cpus)))
    if work_items is not None:
        most = max(1, min(most, work_items))
    pool = ActorPoolStrategy(min_size=1, max_size=most)
    return {"compute": pool, "num_cpus": cfg.actor_cpus}


def task_stage(cfg: RayConfig) -> dict:
    """map_batches arguments for a light stateless stage (select, filter)."""
    return {"num_cpus": cfg.task_cpus}


def write_args(cfg: RayConfig) -> dict:
    """write_parquet arguments: writes are light tasks too."""
    return {"ray_remote_args": {"num_cpus": cfg.task_cpus}}
