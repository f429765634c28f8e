"""Fixtures for the source tests.

- Git repositories are made in tmp_path with `git init` and read through file:// URLs (no
  network). Every test runs with an empty global git config (GIT_CONFIG_GLOBAL) so that
  the machine's own settings cannot change what is tested.
- `no_dac_override`: tests run as root here, and root reads chmod-000 files anyway. Root's
  power to do so is the CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH capabilities, so the fixture
  clears them from this thread's *effective* set (capset(2)) for the duration of a block
  and restores them after (they stay in the permitted set). The kernel then really refuses
  the read with EACCES: nothing is mocked. As a non-root user it does nothing (chmod 000
  is enough); where capset is not allowed, the tests that need it are skipped.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from spark_data.config import IngestConfig

GIT_IDENTITY = [
    "-c",
    "user.name=Spark Test",
    "-c",
    "user.email=test@example.invalid",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "protocol.file.allow=always",
]


def git(cwd: Path, *args: str) -> str:
    """Run git in `cwd` for test set-up; returns stdout."""
    p = subprocess.run(
        ["git", *GIT_IDENTITY, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return p.stdout.strip()


def write_files(root: Path, files: dict[str, bytes | str]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)


@pytest.fixture(autouse=True)
def hermetic_git(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    empty = tmp_path_factory.getbasetemp() / "empty_gitconfig"
    empty.touch()
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@pytest.fixture
def make_git_repo() -> Callable[[Path, dict[str, bytes | str]], str]:
    """make_git_repo(path, files) -> sha: init (if needed), write files, commit everything."""

    def make(path: Path, files: dict[str, bytes | str]) -> str:
        if not (path / ".git").exists():
            path.mkdir(parents=True, exist_ok=True)
            git(path, "init", "-q", "-b", "main")
        write_files(path, files)
        git(path, "add", "-A")
        git(path, "commit", "-q", "-m", f"commit {len(files)} files")
        return git(path, "rev-parse", "HEAD")

    return make


@pytest.fixture
def run_git() -> Callable[..., str]:
    """run_git(cwd, *args) -> stdout, with a test identity and file:// allowed."""
    return git


@pytest.fixture
def write_tree() -> Callable[[Path, dict[str, bytes | str]], None]:
    """write_tree(root, {relative path: text or bytes})."""
    return write_files


@pytest.fixture
def ingest_cfg() -> IngestConfig:
    return IngestConfig()


# --- dropping root's DAC override (see the module docstring) ------------------------------

_CAP_VERSION_3 = 0x20080522
_DAC_CAPS = (1 << 1) | (1 << 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


@contextlib.contextmanager
def _dac_dropped() -> Iterator[None]:
    if os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header, data = _CapHeader(_CAP_VERSION_3, 0), (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        pytest.skip("capget(2) failed: cannot make a file unreadable for root")
    saved = data[0].effective
    data[0].effective = saved & ~_DAC_CAPS
    if libc.capset(ctypes.byref(header), data) != 0:
        pytest.skip("capset(2) refused: cannot make a file unreadable for root")
    try:
        yield
    finally:
        data[0].effective = saved
        libc.capset(ctypes.byref(header), data)


@pytest.fixture
def no_dac_override(tmp_path: Path) -> Callable[[], contextlib.AbstractContextManager]:
    """A context manager in which chmod 000 files are really unreadable (root included)."""
    probe = tmp_path / "_probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        with _dac_dropped():
            try:
                probe.read_text()
                pytest.skip("chmod 000 does not make files unreadable on this system")
            except PermissionError:
                pass
    finally:
        probe.chmod(0o644)
        probe.unlink()
    return _dac_dropped
