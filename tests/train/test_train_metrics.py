"""Step metrics reach MLflow when run.mlflow_uri is set (a local file store here), with the
run's parameters; values that are not finite are left out, never logged as NaN."""

from __future__ import annotations

from pathlib import Path

import pytest

from spark_train.metrics import MetricsLogger


def test_metrics_go_to_mlflow(tmp_path: Path, monkeypatch, capsys) -> None:
    mlflow = pytest.importorskip("mlflow")
    # MLflow 3 keeps the file store for local use behind this switch; clusters use a server.
    monkeypatch.setenv("MLFLOW_ALLOW_FILE_STORE", "true")
    uri = (tmp_path / "mlruns").as_uri()
    log = MetricsLogger(None, tensorboard=False, mlflow_uri=uri, run_name="t", params={"r": 8})
    log.log(1, {"loss": 2.5, "lr": 1e-3, "mfu": float("nan")})
    log.log(2, {"loss": 2.0, "lr": 9e-4, "mfu": 0.4})
    log.close()
    assert '"mfu": null' in capsys.readouterr().out
    client = mlflow.tracking.MlflowClient(uri)
    (run,) = client.search_runs(experiment_ids=["0"])
    assert run.info.run_name == "t" and run.data.params == {"r": "8"}
    loss = client.get_metric_history(run.info.run_id, "loss")
    assert [(m.step, m.value) for m in loss] == [(1, 2.5), (2, 2.0)]
    assert [m.step for m in client.get_metric_history(run.info.run_id, "mfu")] == [2]
