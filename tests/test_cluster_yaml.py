"""ray_cluster.yaml validates against the autoscaler schema shipped in the ray wheel."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import ray.autoscaler
import yaml

REPO = Path(__file__).resolve().parents[1]


def test_cluster_yaml_matches_ray_schema():
    schema_path = Path(ray.autoscaler.__file__).parent / "ray-schema.json"
    schema = json.loads(schema_path.read_text())
    config = yaml.safe_load((REPO / "ray_cluster.yaml").read_text())
    jsonschema.validate(config, schema)
    types = config["available_node_types"]
    assert types["gpu_worker_8xh100"]["min_workers"] == 0
    assert types["cpu_worker"]["max_workers"] > 0


def test_schema_rejects_a_broken_cluster_yaml():
    schema_path = Path(ray.autoscaler.__file__).parent / "ray-schema.json"
    schema = json.loads(schema_path.read_text())
    config = yaml.safe_load((REPO / "ray_cluster.yaml").read_text())
    config["available_node_types"]["cpu_worker"]["min_workers"] = "many"
    try:
        jsonschema.validate(config, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("a string min_workers should not validate")
