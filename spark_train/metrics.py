"""Training metrics to stdout (one JSON line per step), TensorBoard and MLflow.

In: dicts of scalars per step, from rank 0. Out: `{"step": 12, "loss": ...}` lines on
stdout, event files under `<dir>` (when tensorboard is installed and enabled), MLflow runs
(when a tracking URI is configured and mlflow is installed; otherwise a note, no error).

    log = MetricsLogger("out/train/run/tensorboard", tensorboard=True, mlflow_uri=None)
    log.log(1, {"loss": 2.3}); log.close()
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any


class MetricsLogger:
    def __init__(
        self,
        tb_dir: str | None,
        tensorboard: bool = True,
        mlflow_uri: str | None = None,
        run_name: str = "spark-train",
        params: dict | None = None,
    ) -> None:
        self.tb = None
        self.mlflow = None
        if tensorboard and tb_dir:
            try:
                from torch.utils.tensorboard import SummaryWriter

                self.tb = SummaryWriter(tb_dir)
            except ImportError:
                print(
                    "spark train: tensorboard not installed; metrics go to stdout", file=sys.stderr
                )
        if mlflow_uri:
            try:
                import mlflow

                mlflow.set_tracking_uri(mlflow_uri)
                mlflow.start_run(run_name=run_name)
                mlflow.log_params(params or {})
                self.mlflow = mlflow
            except ImportError:
                print(
                    "spark train: run.mlflow_uri set but mlflow is not installed", file=sys.stderr
                )

    def log(self, step: int, metrics: dict[str, Any]) -> None:
        clean = {k: _num(v) for k, v in metrics.items()}
        print(json.dumps({"step": step, **clean}), flush=True)
        scalars = {k: v for k, v in clean.items() if isinstance(v, (int, float))}
        if self.tb is not None:
            for k, v in scalars.items():
                self.tb.add_scalar(f"train/{k}", v, step)
            self.tb.flush()
        if self.mlflow is not None:
            self.mlflow.log_metrics(scalars, step=step)

    def close(self) -> None:
        if self.tb is not None:
            self.tb.close()
        if self.mlflow is not None:
            self.mlflow.end_run()


def _num(v: Any) -> Any:
    """Plain JSON numbers; NaN/inf and missing values become null."""
    if v is None:
        return None
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return round(v, 6) if isinstance(v, float) else v
