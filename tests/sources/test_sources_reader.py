"""The split rule, spec JSON, SOURCES reports and RepoReader called as a plain object:
every file on disk ends in exactly one row, and a failed source is reported, not raised."""

from __future__ import annotations

import dataclasses
import json
import os
import tarfile
from pathlib import Path

import pyarrow as pa
import pytest

from spark_data import schema
from spark_data.config import PAPER_HELD_OUT, DataConfig, IngestConfig
from spark_data.sources.manifest import DocumentSpec, RepoSpec
from spark_data.sources.reader import (
    RepoReader,
    Tally,
    assign_split,
    local_cache_dir,
    repo_rows,
    spec_from_json,
    spec_to_json,
)
from spark_data.sources.report import (
    document_reports,
    read_reports,
    repo_source_id,
    source_report,
    write_report,
)
from spark_data.sources.repos import Materialized, SourceError

SHA = "ab" * 20


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (RepoSpec(name="x", path="/d/x", held_out=True), ("held_out", "manifest")),
        (
            RepoSpec(
                name="zephyr", url="https://github.com/zephyrproject-rtos/zephyr.git", commit=SHA
            ),
            ("held_out", r"pattern:(^|/)zephyr(\.git)?$"),
        ),
        (
            RepoSpec(name="cube", path="/data/STM32CubeF4/"),
            ("held_out", r"pattern:(^|/)STM32CubeF4(\.git)?$"),
        ),
        (
            RepoSpec(name="tinyusb", archive="/a/t.tar.gz"),
            ("held_out", r"pattern:(^|/)tinyusb(\.git)?$"),
        ),
        (RepoSpec(name="zephyr-fork-tools", path="/d/zephyr-tools"), ("train", "default")),
        (RepoSpec(name="libopencm3", path="/d/libopencm3"), ("train", "default")),
    ],
)
def test_assign_split(spec: RepoSpec, expected: tuple[str, str]):
    assert assign_split(spec, PAPER_HELD_OUT) == expected


def test_spec_json_round_trip():
    spec = RepoSpec(name="z", url="file:///r", commit=SHA, tags=("a", "b"), submodules=True)
    assert spec_from_json(spec_to_json(spec)) == spec
    assert json.loads(spec_to_json(spec))["tags"] == ["a", "b"]


def test_source_report_rows_conform(tmp_path: Path):
    spec = RepoSpec(name="z", url="file:///r", commit=SHA, manufacturer="Nordic", tags=("x",))
    ok = source_report(spec, Materialized("/r", SHA, "git"), 3, 42, ("held_out", "manifest"))
    err = source_report(spec, SourceError("git fetch failed for file:///r: boom"), 0, 0)
    for row in (ok, err):
        assert list(row) == schema.SOURCES.names
        pa.Table.from_pylist([row], schema=schema.SOURCES)
    assert (ok["status"], ok["n_files"], ok["bytes"], ok["split"]) == ("ok", 3, 42, "held_out")
    assert (err["status"], err["error"]) == ("error", "git fetch failed for file:///r: boom")
    assert (
        ok["source_id"]
        == repo_source_id(spec)
        != repo_source_id(dataclasses.replace(spec, commit="cd" * 20))
    )
    write_report(str(tmp_path), ok)
    write_report(tmp_path.as_uri(), err)  # a URI works as well as a path (same id: replaced)
    assert read_reports(str(tmp_path)) == [err]
    assert read_reports(str(tmp_path / "none")) == []


def test_document_reports(tmp_path: Path, shared_dir: Path):
    rows = document_reports(DocumentSpec(str(shared_dir / "datasheets"), manufacturer="m"))
    assert len(rows) == len(list((shared_dir / "datasheets").glob("*.pdf")))
    assert all(r["status"] == "recorded" and len(r["sha256"]) == 64 for r in rows)
    pa.Table.from_pylist(rows, schema=schema.SOURCES)
    (missing,) = document_reports(DocumentSpec(str(tmp_path / "gone")), "svd", (".svd",))
    assert (missing["status"], missing["kind"]) == ("error", "svd")
    assert "path not found" in missing["error"]


def test_local_cache_dir():
    assert local_cache_dir("/w") == "/w"
    assert local_cache_dir("file:///w") == "/w"
    assert local_cache_dir("s3://b/w", "/cache") == "/cache"
    assert local_cache_dir("s3://b/w").startswith("/")


def messy_repo(root: Path, write_tree) -> None:
    """A real-shaped repository with one of each kind of bad input."""
    write_tree(
        root,
        {
            "LICENSE": "SPDX-License-Identifier: BSD-3-Clause\n",
            "Drivers/CMSIS/stm32f4xx.h": "#define PERIPH_BASE 0x40000000UL\n",
            "Src/main.c": "// SPDX-License-Identifier: MIT\nint main(void) { return 0; }\n",
            "Src/legacy.c": "/* Gerätetreiber */\n".encode("cp1252"),
            "Src/firmware.c": b"\x7fELF\x00\x00\x01" * 100,
            "Src/empty.h": b"",
            "Src/big.h": b"0x00," * 300_000 + b"\n",
            "Startup/startup.s": "  .syntax unified\n",
            "STM32F407_FLASH.ld": "MEMORY { }\n",
            ".git/config": "[core]\n",  # excluded
        },
    )
    (root / "Src" / "alias.c").symlink_to("main.c")
    (root / "loop").symlink_to("loop")
    os.mkfifo(root / "Src" / "pipe")


def files_on_disk(root: Path, exclude: tuple[str, ...]) -> int:
    n = 0
    for _, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in exclude]
        n += len(filenames) + sum(1 for d in dirnames if os.path.islink(os.path.join(_, d)))
    return n


def test_repo_reader_accounts_for_every_file(tmp_path: Path, write_tree):
    root = tmp_path / "STM32CubeF4"
    messy_repo(root, write_tree)
    ingest = dataclasses.replace(IngestConfig(), files_per_batch=4, max_file_bytes=1_000_000)
    cfg = DataConfig(ingest=ingest)
    spec = RepoSpec(name="cube", path=str(root), manufacturer="STMicroelectronics")
    work = tmp_path / "work"
    batch = pa.table({"spec": [spec_to_json(spec)], "work_dir": [str(work)]})
    tables = list(RepoReader(cfg)(batch))
    assert all(t.schema == schema.FILES and t.num_rows <= 4 for t in tables)
    rows = {r["path"]: r for t in tables for r in t.to_pylist()}
    assert len(rows) == sum(t.num_rows for t in tables) == files_on_disk(root, ingest.exclude_dirs)
    reasons = {p: r["drop_reason"] for p, r in rows.items() if r["drop_reason"]}
    assert reasons == {
        "Src/alias.c": "symlink_v1",
        "Src/big.h": "too_large_v1",
        "Src/empty.h": "empty_v1",
        "Src/firmware.c": "binary_v1",
        "Src/pipe": "special_file_v1",
        "loop": "symlink_v1",
    }
    assert rows["Src/legacy.c"]["encoding"] == "cp1252"
    assert rows["Src/main.c"]["license"] == "MIT"
    assert rows["STM32F407_FLASH.ld"]["license_source"] == "repo_license"
    assert {r["split"] for r in rows.values()} == {"held_out"}  # path matches STM32CubeF4
    (report,) = read_reports(str(work))
    assert (report["status"], report["n_files"], report["split_reason"]) == (
        "ok",
        len(rows),
        r"pattern:(^|/)STM32CubeF4(\.git)?$",
    )
    assert report["bytes"] == sum(r["bytes"] or 0 for r in rows.values())


def test_repo_reader_mixes_sources_and_reports_failures(tmp_path: Path, make_git_repo, write_tree):
    src = tmp_path / "src"
    sha = make_git_repo(src, {"a.c": "int a;\n", "b/b.h": "#define B\n"})
    archive = tmp_path / "evil.tar"
    with tarfile.open(archive, "w") as tf:
        tf.add(src / "a.c", arcname="a.c")
        tf.add(src / "a.c", arcname="../escape.c")
    specs = [
        RepoSpec(name="git", url=src.as_uri(), commit=sha),
        RepoSpec(name="gone", url=(tmp_path / "missing").as_uri(), commit=sha),
        RepoSpec(name="arch", archive=str(archive)),
        RepoSpec(name="nodir", path=str(tmp_path / "nodir")),
    ]
    work = tmp_path / "work"
    batch = pa.table({"spec": [spec_to_json(s) for s in specs], "work_dir": [work.as_uri()] * 4})
    rows = [r for t in RepoReader(DataConfig())(batch) for r in t.to_pylist()]
    got = sorted((r["repo"], r["path"], r["drop_reason"], r["commit"]) for r in rows)
    assert got == [
        ("arch", "../escape.c", "unsafe_archive_member_v1", None),
        ("arch", "a.c", None, None),
        ("git", "a.c", None, sha),
        ("git", "b/b.h", None, sha),
    ]
    reports = {r["name"]: r for r in read_reports(str(work))}
    assert {n: r["status"] for n, r in reports.items()} == {
        "arch": "ok",
        "git": "ok",
        "gone": "error",
        "nodir": "error",
    }
    assert reports["gone"]["error"].startswith("git fetch failed for file://")
    assert reports["nodir"]["error"].startswith("repository folder not found")
    assert reports["arch"]["n_files"] == 2 and len(reports["arch"]["sha256"]) == 64


def test_repo_rows_without_ray(tmp_path: Path, write_tree):
    write_tree(tmp_path / "r", {"x.c": "int x;\n"})
    tally = Tally()
    rows = list(
        repo_rows(RepoSpec(name="r", path=str(tmp_path / "r")), str(tmp_path), DataConfig(), tally)
    )
    assert [r["path"] for r in rows] == ["x.c"]
    assert isinstance(tally.outcome, Materialized) and (tally.n_files, tally.n_bytes) == (1, 7)


def test_a_batch_of_failed_sources_still_yields_a_files_table(tmp_path: Path):
    """Ray would make a schemaless empty block from a generator that yields nothing."""
    spec = RepoSpec(name="gone", path=str(tmp_path / "gone"))
    batch = pa.table({"spec": [spec_to_json(spec)], "work_dir": [str(tmp_path)]})
    (table,) = RepoReader(DataConfig())(batch)
    assert table.num_rows == 0 and table.schema == schema.FILES
    assert read_reports(str(tmp_path))[0]["status"] == "error"
