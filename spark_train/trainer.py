"""The driver side of `spark train`: checks, Ray, the per-rank datasets, the TorchTrainer.

In: a TrainConfig. Out: a ray.train.Result; checkpoints under `<run.storage>/<run.name>/`.
Rerunning the same command (same run.storage and run.name) resumes from the latest
checkpoint: Ray Train restores it, and the datasets start at its step (read from the
checkpoint's state.json here, so no sample before it is read again).

    result = run_training(load_train_config("configs/train/tiny.yaml"))
"""

from __future__ import annotations

import json
import os

import pyarrow.fs as pafs

from spark_train.checks import Preflight, describe, preflight
from spark_train.config import TrainConfig


def _storage(cfg: TrainConfig) -> str:
    s = cfg.run.storage
    return s if "://" in s else os.path.abspath(s)


def latest_step(storage: str, name: str) -> int:
    """The step of the newest complete checkpoint of a run (0 if none)."""
    fs, root = pafs.FileSystem.from_uri(storage if "://" in storage else "file://" + storage)
    base = f"{root}/{name}"
    try:
        infos = fs.get_file_info(pafs.FileSelector(base, allow_not_found=True))
    except OSError:
        return 0
    best = 0
    for info in infos:
        if info.type != pafs.FileType.Directory or not info.base_name.startswith("checkpoint_"):
            continue
        try:
            with fs.open_input_stream(f"{info.path}/state.json") as f:
                best = max(best, int(json.loads(f.read())["step"]))
        except (OSError, KeyError, ValueError):
            continue  # an incomplete upload: not a restart point
    return best


def build_trainer(cfg: TrainConfig, pre: Preflight):
    import ray
    import ray.data
    import ray.train
    from ray.data import ExecutionOptions
    from ray.train.torch import TorchTrainer

    from spark_train.feed import rank_datasets
    from spark_train.loop import train_loop

    ray.data.DataContext.get_current().enable_progress_bars = False
    storage = _storage(cfg)
    start = min(latest_step(storage, cfg.run.name), cfg.max_steps)
    workers = cfg.scaling.num_workers
    datasets = rank_datasets(
        ray.put(pre.plan),
        ray.put(pre.val_rows),
        len(pre.val_rows),
        workers,
        cfg.micro_batch * cfg.grad_accum,
        cfg.global_batch,
        start,
        cfg.max_steps,
        cfg.data.read_cpus,
    )
    use_gpu = cfg.scaling.device == "cuda" or (
        cfg.scaling.device == "auto" and ray.cluster_resources().get("GPU", 0) > 0
    )
    tb_dir = None if "://" in storage else os.path.join(storage, cfg.run.name, "tensorboard")
    return TorchTrainer(
        train_loop,
        train_loop_config={
            "cfg": cfg,
            "launch_step": start,
            "vocab_size": pre.vocab_size,
            "n_val": len(pre.val_rows),
            "tb_dir": tb_dir,
            "marker_dir": None if "://" in storage else os.path.join(storage, cfg.run.name),
        },
        scaling_config=ray.train.ScalingConfig(
            num_workers=workers,
            use_gpu=use_gpu,
            resources_per_worker={
                "CPU": cfg.scaling.cpus_per_worker,
                **({"GPU": 1} if use_gpu else {}),
            },
        ),
        run_config=ray.train.RunConfig(
            name=cfg.run.name,
            storage_path=storage,
            failure_config=ray.train.FailureConfig(max_failures=cfg.run.max_failures),
            checkpoint_config=ray.train.CheckpointConfig(num_to_keep=cfg.run.keep_checkpoints),
        ),
        datasets=datasets,
        # Every rank gets its own datasets whole (the split is in the data order itself),
        # in order: the rows of a step must be the step's samples.
        dataset_config=ray.train.DataConfig(
            datasets_to_split=[], execution_options=ExecutionOptions(preserve_order=True)
        ),
    ), start


def init_ray(cfg: TrainConfig) -> None:
    import ray

    if ray.is_initialized():
        return
    address = cfg.run.address or os.environ.get("RAY_ADDRESS")
    env = {"env_vars": {"TOKENIZERS_PARALLELISM": "false"}}
    if address:
        ray.init(address=address, runtime_env=env)
        return
    # A local Ray: the workers' CPUs plus one for the Ray Data readers, even on a machine
    # with fewer cores (Ray's CPUs are logical; the readers are light).
    need = int(cfg.scaling.num_workers * cfg.scaling.cpus_per_worker) + 1
    ray.init(num_cpus=max(os.cpu_count() or 1, need), runtime_env=env)


def run_training(cfg: TrainConfig):
    """Check everything, then train; returns the ray.train.Result."""
    pre = preflight(cfg)  # clear errors before Ray or any worker starts
    for line in describe(cfg, pre):
        print(line, flush=True)
    init_ray(cfg)
    trainer, start = build_trainer(cfg, pre)
    if start:
        print(f"resuming {cfg.run.name} from its checkpoint at step {start}", flush=True)
    return trainer.fit()
