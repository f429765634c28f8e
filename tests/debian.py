"""Real Debian packages for tests: download once with apt, unpack with dpkg, reuse.

    root = debian_package("avr-libc")          # Path to the unpacked package's root
    headers = root / "usr/lib/avr/include/avr"

Packages are kept under $SPARK_TEST_CACHE (default ~/.cache/spark-tests/debian), one folder
per package: the .deb and `root/`, the unpacked tree. A package already unpacked is not
downloaded again. `apt-get update` runs once, only when a download fails (e.g. no package
lists yet). Any failure raises `DebianPackageError` with apt's message; tests use
`debian_package_or_skip` (or a fixture built on it) to skip with that reason instead.
Inputs are read in place, never copied into the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_updated = False  # apt-get update runs at most once per process


class DebianPackageError(RuntimeError):
    """The package could not be downloaded or unpacked; the message says why."""


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "spark-tests" / "debian"
    return Path(os.environ.get("SPARK_TEST_CACHE") or default)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise DebianPackageError(f"{' '.join(args)}: {e}") from e


def _download(name: str, folder: Path) -> Path:
    """Download `name`'s .deb into `folder` (apt-get update once if that fails)."""
    global _updated
    if shutil.which("apt-get") is None or shutil.which("dpkg") is None:
        raise DebianPackageError("apt-get/dpkg not found (not a Debian-like system)")
    done = _run(["apt-get", "download", name], folder)
    if done.returncode != 0 and not _updated:
        _updated = True
        update = _run(["apt-get", "update"], folder)
        if update.returncode != 0:
            raise DebianPackageError(f"apt-get update failed: {update.stderr.strip()[-500:]}")
        done = _run(["apt-get", "download", name], folder)
    if done.returncode != 0:
        raise DebianPackageError(f"apt-get download {name} failed: {done.stderr.strip()[-500:]}")
    debs = sorted(folder.glob(f"{name}_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        raise DebianPackageError(f"apt-get download {name} left no .deb in {folder}")
    return debs[-1]


def debian_package(name: str) -> Path:
    """The root of the unpacked Debian package `name` (downloaded and unpacked if needed)."""
    folder = cache_dir() / name
    root = folder / "root"
    if root.is_dir():
        return root
    folder.mkdir(parents=True, exist_ok=True)
    deb = _download(name, folder)
    # unpack beside and rename, so a concurrent or interrupted run never sees half a tree
    tmp = Path(tempfile.mkdtemp(prefix="root-", dir=folder))
    done = _run(["dpkg", "-x", str(deb), str(tmp)], folder)
    if done.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise DebianPackageError(f"dpkg -x {deb.name} failed: {done.stderr.strip()[-500:]}")
    try:
        tmp.rename(root)
    except OSError:  # another run got there first
        shutil.rmtree(tmp, ignore_errors=True)
    return root


def debian_package_or_skip(name: str) -> Path:
    """`debian_package`, or skip the calling test with the reason it could not be had."""
    import pytest

    try:
        return debian_package(name)
    except DebianPackageError as e:
        pytest.skip(f"Debian package {name} unavailable: {e}")
