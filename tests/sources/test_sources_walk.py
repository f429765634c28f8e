"""walk_repo: order, exclusions, symlinks (loops too), special and unreadable entries."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from spark_data.config import IngestConfig
from spark_data.sources.walk import walk_repo


def statuses(root: Path, cfg: IngestConfig) -> dict[str, str]:
    return {e.path: e.status for e in walk_repo(root, cfg)}


def test_sorted_depth_first_and_excluded(tmp_path: Path, write_tree, ingest_cfg):
    write_tree(
        tmp_path,
        {
            "b.c": "",
            "a/z.h": "",
            "a/B.h": "",
            "A.txt": "",
            ".git/config": "",
            "x/node_modules/m.js": "",
            "x/y/__pycache__/c.pyc": b"\x00",
        },
    )
    paths = [e.path for e in walk_repo(tmp_path, ingest_cfg)]
    # Byte order (uppercase first), folders entered where they sort, excluded at any depth.
    assert paths == ["A.txt", "a/B.h", "a/z.h", "b.c"]
    assert paths == [e.path for e in walk_repo(tmp_path, ingest_cfg)]  # deterministic
    entry = next(e for e in walk_repo(tmp_path, ingest_cfg) if e.path == "a/z.h")
    assert entry.abspath == str(tmp_path / "a" / "z.h") and entry.size == 0


def test_symlinks_are_recorded_not_followed(tmp_path: Path, write_tree, ingest_cfg):
    write_tree(tmp_path, {"src/main.c": "int main;\n"})
    (tmp_path / "to_src").symlink_to("src")
    (tmp_path / "to_file.c").symlink_to("src/main.c")
    (tmp_path / "dangling").symlink_to("nowhere")
    (tmp_path / "loop").symlink_to("loop")
    entries = {e.path: e for e in walk_repo(tmp_path, ingest_cfg)}
    assert {p: e.status for p, e in entries.items()} == {
        "dangling": "symlink",
        "loop": "symlink",
        "src/main.c": "file",
        "to_file.c": "symlink",
        "to_src": "symlink",
    }
    assert entries["to_src"].target == "src" and entries["to_src"].error == "not_followed"


def test_follow_symlinks_exact(tmp_path: Path, write_tree):
    """Each real folder is walked once as itself and at most once more through a link."""
    cfg = dataclasses.replace(IngestConfig(), follow_symlinks=True)
    root = tmp_path / "repo"
    write_tree(root, {"a/f.c": "x", "b/g.c": "y"})
    write_tree(tmp_path, {"outside/secret.txt": "s"})
    (root / "a" / "up").symlink_to("..")
    (root / "a" / "to_b").symlink_to("../b")
    (root / "b" / "to_a").symlink_to("../a")
    (root / "self").symlink_to("self")
    (root / "out").symlink_to(tmp_path / "outside")
    (root / "alias.c").symlink_to("a/f.c")
    got = {e.path: (e.status, e.error) for e in walk_repo(root, cfg)}
    assert got == {
        "a/f.c": ("file", None),
        "a/to_b/g.c": ("file", None),  # b entered through the link first
        "a/to_b/to_a": ("symlink", "loop"),  # a is an ancestor of the link
        "a/up": ("symlink", "loop"),
        "alias.c": ("file", None),
        "b/g.c": ("file", None),  # b walked again as itself
        "b/to_a/f.c": ("file", None),  # a through a link, the first time
        "b/to_a/to_b": ("symlink", "loop"),
        "b/to_a/up": ("symlink", "loop"),
        "out": ("symlink", "outside_root"),
        "self": ("symlink", "dangling"),
    }
    alias = next(e for e in walk_repo(root, cfg) if e.path == "alias.c")
    assert alias.abspath == str((root / "a" / "f.c").resolve()) and alias.target == "a/f.c"


def test_special_files(tmp_path: Path, ingest_cfg):
    os.mkfifo(tmp_path / "pipe")
    import socket

    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock"))
        got = {e.path: (e.status, e.error) for e in walk_repo(tmp_path, ingest_cfg)}
    finally:
        sock.close()
    assert got == {"pipe": ("special", "fifo"), "sock": ("special", "socket")}


def test_unreadable_folder_is_an_entry(tmp_path: Path, write_tree, ingest_cfg, no_dac_override):
    write_tree(tmp_path, {"ok.c": "x", "locked/hidden.c": "y"})
    (tmp_path / "locked").chmod(0)
    try:
        with no_dac_override():
            got = {e.path: (e.status, e.error) for e in walk_repo(tmp_path, ingest_cfg)}
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert got == {"locked": ("unreadable", "EACCES"), "ok.c": ("file", None)}


def test_missing_root_does_not_raise(tmp_path: Path, ingest_cfg):
    entries = list(walk_repo(tmp_path / "gone", ingest_cfg))
    assert [(e.path, e.status, e.error) for e in entries] == [(".", "unreadable", "ENOENT")]
