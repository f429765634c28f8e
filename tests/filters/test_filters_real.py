"""The rules on real files, read in place: avr-libc's register headers (Debian package),
the SVD files in ../shared, and the licence texts of Debian's base-files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from spark_data.config import FilterConfig
from spark_data.filters import tag_row

CFG = FilterConfig()
TESTS = Path(__file__).resolve().parents[1]
AVR_CACHE = Path.home() / ".cache" / "spark-tests" / "debian" / "avr-libc" / "root"
LICENSES = Path("/usr/share/common-licenses")


def read_text(path: Path) -> str:
    """UTF-8, else latin-1 (a few avr-libc headers have cp1252 dashes in comments)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def avr_libc_root() -> Path:
    """The unpacked avr-libc package: via tests/debian.py when present, else its cache."""
    helper = TESTS / "debian.py"
    if helper.is_file():
        spec = importlib.util.spec_from_file_location("spark_tests_debian", helper)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            root = Path(module.debian_package("avr-libc"))
        except Exception as e:  # no network and no cache: nothing to test against
            pytest.skip(f"avr-libc not available via tests/debian.py: {e}")
        return root / "root" if (root / "root" / "usr").is_dir() else root
    if AVR_CACHE.is_dir():
        return AVR_CACHE
    pytest.skip(f"tests/debian.py is absent and avr-libc is not cached at {AVR_CACHE}")


@pytest.mark.slow
def test_every_avr_libc_io_header_is_kept() -> None:
    headers = sorted((avr_libc_root() / "usr/lib/avr/include/avr").glob("io*.h"))
    assert len(headers) > 100
    dropped, untagged = [], []
    for path in headers:
        text = read_text(path)
        reason, tags = tag_row(text, "c_header", None, None, CFG)
        if reason is not None:
            dropped.append((path.name, reason))
        # Device headers (the ones that define special function registers) are recognised;
        # io.h and the one-line wrappers (iom168a.h -> iom168.h) have too few defines.
        if text.count("_SFR_") >= 20 and "register_header_v1" not in tags:
            untagged.append(path.name)
    assert dropped == []
    assert untagged == []


def test_shared_svd_files_are_kept(shared_dir: Path) -> None:
    svds = sorted((shared_dir / "svd").glob("*.svd"))
    if not svds:
        pytest.skip(f"no SVD files in {shared_dir / 'svd'}")
    dropped = [p.name for p in svds if tag_row(read_text(p), "other_text", None, None, CFG)[0]]
    assert dropped == []


@pytest.mark.parametrize("name", ["Apache-2.0", "BSD", "GPL-2", "GPL-3", "LGPL-2.1", "MPL-2.0"])
def test_debian_licence_texts_are_license_only(name: str) -> None:
    path = LICENSES / name
    if not path.is_file():
        pytest.skip(f"{path} not on this machine (Debian's base-files)")
    assert tag_row(read_text(path), "other_text", None, None, CFG)[0] == "license_only_v1"
