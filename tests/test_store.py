"""The output root: local paths and URIs, markers, small tables."""

from __future__ import annotations

import pyarrow as pa

from spark_data.store import Store, fingerprint


def test_markers_and_json_round_trip(tmp_path):
    store = Store.open(str(tmp_path / "out"))
    assert store.marker("ingest") is None
    store.write_marker("ingest", {"fingerprint": "abc", "stats": {"files": 3}})
    assert store.marker("ingest")["stats"]["files"] == 3
    store.clear_marker("ingest")
    assert store.marker("ingest") is None


def test_file_uri_root(tmp_path):
    store = Store.open(f"file://{tmp_path}/out")
    store.write_table("sources", pa.table({"a": [1, 2]}))
    assert store.has_table("sources")
    assert (tmp_path / "out" / "sources" / "part-0.parquet").exists()
    assert store.dataset_path("files") == f"{tmp_path}/out/files"  # local fs: a plain path


def test_fingerprint_is_stable_and_sensitive():
    assert fingerprint("a", {"x": 1, "y": 2}) == fingerprint("a", {"y": 2, "x": 1})
    assert fingerprint("a", {"x": 1}) != fingerprint("a", {"x": 2})


def test_relative_local_root_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = Store.open("rel/out")
    assert store.uri == str(tmp_path / "rel" / "out") == store.root
