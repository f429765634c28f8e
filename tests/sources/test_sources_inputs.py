"""The inputs fingerprint changes when a source changes, and only then; documents rows."""

from __future__ import annotations

import os

from spark_data.sources.inputs import document_rows, inputs_fingerprint
from spark_data.sources.manifest import parse_manifest

EXCLUDE = (".git",)


def manifest_for(tmp_path, extra=None):
    data = {"repos": [{"path": "repo"}], "svd": [{"path": "svd"}], **(extra or {})}
    return parse_manifest(data, base=tmp_path)


def test_fingerprint_tracks_files_not_reads(tmp_path):
    (tmp_path / "repo").mkdir()
    (tmp_path / "svd").mkdir()
    (tmp_path / "repo" / "a.c").write_text("int a;\n")
    (tmp_path / "svd" / "d.svd").write_text("<device/>")
    m = manifest_for(tmp_path)
    first = inputs_fingerprint(m, EXCLUDE)
    assert inputs_fingerprint(m, EXCLUDE) == first
    (tmp_path / "repo" / ".git").mkdir()
    (tmp_path / "repo" / ".git" / "HEAD").write_text("x")
    assert inputs_fingerprint(m, EXCLUDE) == first  # excluded folders do not count
    (tmp_path / "repo" / "b.c").write_text("int b;\n")
    second = inputs_fingerprint(m, EXCLUDE)
    assert second != first
    os.utime(tmp_path / "svd" / "d.svd", ns=(1, 1))
    assert inputs_fingerprint(m, EXCLUDE) != second


def test_manifest_hints_change_the_fingerprint(tmp_path):
    (tmp_path / "repo").mkdir()
    (tmp_path / "svd").mkdir()
    a = parse_manifest({"repos": [{"path": "repo"}]}, base=tmp_path)
    b = parse_manifest({"repos": [{"path": "repo", "held_out": True}]}, base=tmp_path)
    assert inputs_fingerprint(a, EXCLUDE) != inputs_fingerprint(b, EXCLUDE)


def test_document_rows_record_files_and_errors(tmp_path):
    (tmp_path / "repo").mkdir()
    (tmp_path / "svd").mkdir()
    (tmp_path / "svd" / "d.svd").write_text("<device/>")
    m = manifest_for(tmp_path, {"datasheets": [{"path": "pdfs/*.pdf"}]})
    rows = document_rows(m)
    svd = [r for r in rows if r["kind"] == "svd"]
    assert len(svd) == 1 and svd[0]["status"] == "recorded" and len(svd[0]["sha256"]) == 64
    ds = [r for r in rows if r["kind"] == "datasheet"]
    assert len(ds) == 1 and ds[0]["status"] == "error" and "no .pdf files" in ds[0]["error"]
