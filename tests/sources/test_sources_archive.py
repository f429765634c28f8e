"""Archive sources: every format, the cache, unsafe members (refused and recorded, nothing
written outside the work folder), bombs and corrupt archives."""

from __future__ import annotations

import dataclasses
import io
import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest

from spark_data.config import IngestConfig
from spark_data.sources import archive as archive_mod
from spark_data.sources.manifest import RepoSpec
from spark_data.sources.repos import SourceError, materialize
from spark_data.sources.walk import walk_repo

FILES = {
    "proj-1.0/src/main.c": b"int main(void) { return 0; }\n",
    "proj-1.0/inc/a.h": b"#define A 1\n",
}


def add_file(tf: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tf.addfile(info, io.BytesIO(data))


def add_special(tf: tarfile.TarFile, name: str, kind: bytes, linkname: str = "") -> None:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    tf.addfile(info)


def make_tar(path: Path, files: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        add_special(tf, "proj-1.0", tarfile.DIRTYPE)
        for name, data in files.items():
            add_file(tf, name, data)
    return path


def make_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def spec(path: Path) -> RepoSpec:
    return RepoSpec(name="proj", archive=str(path))


def snapshot(folder: Path, skip: Path) -> set[str]:
    """Every path under `folder` except those under `skip` (the work folder)."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        if Path(dirpath).is_relative_to(skip):
            continue
        found.update(os.path.join(dirpath, n) for n in dirnames + filenames)
    return found - {str(skip)}


@pytest.mark.parametrize("suffix", [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip"])
def test_every_format_extracts_under_the_work_folder(tmp_path: Path, suffix: str, ingest_cfg):
    path = tmp_path / f"proj-1.0{suffix}"
    if suffix == ".zip":
        make_zip(path, FILES)
    else:
        mode = {".tar": "w", ".tgz": "w:gz"}.get(suffix, "w:" + suffix.rsplit(".", 1)[-1])
        make_tar(path, FILES, mode.replace("w:tar", "w"))
    m = materialize(spec(path), tmp_path / "work", ingest_cfg)
    root = Path(m.root)
    assert (m.origin, m.commit, m.refused) == ("archive", None, [])
    assert root.name == "proj-1.0"  # the single top-level folder is the repository root
    assert root.is_relative_to(tmp_path / "work" / "archive")
    assert sorted(e.path for e in walk_repo(root, ingest_cfg)) == ["inc/a.h", "src/main.c"]
    assert (root / "src" / "main.c").read_bytes() == FILES["proj-1.0/src/main.c"]
    assert len(m.sha256) == 64


def test_several_top_level_entries_keep_the_extraction_root(tmp_path: Path, ingest_cfg):
    path = make_zip(tmp_path / "flat.zip", {"a.c": b"int a;\n", "b/c.h": b"#define C\n"})
    m = materialize(spec(path), tmp_path / "work", ingest_cfg)
    assert Path(m.root).name == "tree"
    assert sorted(e.path for e in walk_repo(m.root, ingest_cfg)) == ["a.c", "b/c.h"]


def test_cache_is_keyed_by_content_and_reused(tmp_path: Path, ingest_cfg, monkeypatch):
    path = make_tar(tmp_path / "p.tar.gz", FILES)
    m1 = materialize(spec(path), tmp_path / "work", ingest_cfg)
    copy = tmp_path / "renamed.tgz"
    copy.write_bytes(path.read_bytes())
    monkeypatch.setattr(archive_mod, "_extract", lambda *a: pytest.fail("extracted again"))
    m2 = materialize(spec(copy), tmp_path / "work", ingest_cfg)
    assert (m2.root, m2.sha256) == (m1.root, m1.sha256)


def unsafe_tar(path: Path, tmp_path: Path) -> int:
    """A tar with every kind of unsafe member; returns the number of non-folder members."""
    members = 0
    with tarfile.open(path, "w:gz") as tf:
        for name, data in FILES.items():
            add_file(tf, name, data)
        add_file(tf, "../evil.txt", b"escaped")
        add_file(tf, str(tmp_path / "abs_evil.txt"), b"absolute")
        add_file(tf, "proj-1.0/../../evil2.txt", b"escaped")
        add_special(tf, "proj-1.0/out_link", tarfile.SYMTYPE, "../../outside")
        add_special(tf, "proj-1.0/abs_link", tarfile.SYMTYPE, str(tmp_path / "outside"))
        add_special(tf, "proj-1.0/inlink", tarfile.SYMTYPE, "src")  # inside: kept
        add_file(tf, "proj-1.0/inlink/through.c", b"written through a link")
        # A chain: each link looks inside on its own, together they point out.
        add_special(tf, "proj-1.0/a", tarfile.SYMTYPE, "b/../..")
        add_special(tf, "proj-1.0/b", tarfile.SYMTYPE, ".")
        add_special(tf, "proj-1.0/hl_etc", tarfile.LNKTYPE, "/etc/passwd")
        add_special(tf, "proj-1.0/hl_up", tarfile.LNKTYPE, "../outside/x")
        add_special(tf, "proj-1.0/hl_ok", tarfile.LNKTYPE, "proj-1.0/src/main.c")
        add_special(tf, "proj-1.0/hl_missing", tarfile.LNKTYPE, "proj-1.0/nope.c")
        add_special(tf, "proj-1.0/pipe", tarfile.FIFOTYPE)
        add_special(tf, "proj-1.0/null", tarfile.CHRTYPE)
        members = len([m for m in tf.getmembers() if not m.isdir()])
    return members


def test_unsafe_tar_members_are_refused_and_recorded(tmp_path: Path, ingest_cfg):
    (tmp_path / "outside").mkdir()
    path = tmp_path / "in" / "evil.tar.gz"
    path.parent.mkdir()
    n_members = unsafe_tar(path, tmp_path)
    work = tmp_path / "work"
    before = snapshot(tmp_path, work)
    m = materialize(spec(path), work, ingest_cfg)
    assert snapshot(tmp_path, work) == before  # nothing written outside the work folder
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "abs_evil.txt").exists()
    assert sorted(m.refused) == sorted(
        [
            ("../evil.txt", "parent_dir"),
            (str(tmp_path / "abs_evil.txt"), "absolute_path"),
            ("proj-1.0/../../evil2.txt", "parent_dir"),
            ("proj-1.0/out_link", "link_outside"),
            ("proj-1.0/abs_link", "link_outside"),
            ("proj-1.0/inlink/through.c", "through_symlink"),
            ("proj-1.0/a", "link_outside"),
            ("proj-1.0/hl_etc", "link_outside"),
            ("proj-1.0/hl_up", "link_outside"),
            ("proj-1.0/hl_missing", "hardlink_target_missing"),
            ("proj-1.0/pipe", "special_file"),
            ("proj-1.0/null", "special_file"),
        ]
    )
    root = Path(m.root)
    assert (root / "hl_ok").read_bytes() == FILES["proj-1.0/src/main.c"]  # a copy, not a link
    assert not (root / "hl_ok").is_symlink() and os.stat(root / "hl_ok").st_nlink == 1
    on_disk = {e.path: e.status for e in walk_repo(root, ingest_cfg)}
    assert on_disk == {
        "b": "symlink",
        "hl_ok": "file",
        "inc/a.h": "file",
        "inlink": "symlink",
        "src/main.c": "file",
    }
    # Every member is accounted for: on disk or refused.
    assert len(on_disk) + len(m.refused) == n_members
    # Re-use from the cache returns the same refusals.
    assert materialize(spec(path), work, ingest_cfg).refused == m.refused


def mark_encrypted(path: Path, name: bytes) -> None:
    """Set the 'encrypted' flag of a member in its local and central headers (zipfile
    cannot write encrypted members; the reader must refuse them without a password)."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.find(signature)
        while at >= 0:
            if data[at + name_at : at + name_at + len(name)] == name:
                data[at + flag_at] |= 0x1
            at = data.find(signature, at + 1)
    path.write_bytes(bytes(data))


def test_unsafe_zip_members_are_refused_and_recorded(tmp_path: Path, ingest_cfg):
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ok/main.c", b"int x;\n")
        zf.writestr("../zevil.txt", b"escaped")
        zf.writestr("/abs_zevil.txt", b"absolute")
        zf.writestr("C:\\windows\\evil.txt", b"drive")
        zf.writestr("ok\\..\\..\\bs_evil.txt", b"backslashes")
        link = zipfile.ZipInfo("ok/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "../../outside")
        fifo = zipfile.ZipInfo("ok/fifo")
        fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
        zf.writestr(fifo, b"")
        zf.writestr("ok/secret.c", b"not really encrypted")
    mark_encrypted(path, b"ok/secret.c")
    work = tmp_path / "work"
    before = snapshot(tmp_path, work)
    m = materialize(spec(path), work, ingest_cfg)
    assert snapshot(tmp_path, work) == before
    assert sorted(m.refused) == sorted(
        [
            ("../zevil.txt", "parent_dir"),
            ("/abs_zevil.txt", "absolute_path"),
            ("C:\\windows\\evil.txt", "absolute_path"),
            ("ok\\..\\..\\bs_evil.txt", "parent_dir"),
            ("ok/link", "link_outside"),
            ("ok/fifo", "special_file"),
            ("ok/secret.c", "encrypted"),
        ]
    )
    assert [e.path for e in walk_repo(m.root, ingest_cfg)] == ["main.c"]


def test_too_many_members_is_an_error(tmp_path: Path):
    cfg = dataclasses.replace(IngestConfig(), max_archive_members=2)
    tar = make_tar(tmp_path / "p.tgz", FILES)  # 3 members with the folder
    with pytest.raises(SourceError, match="too many members"):
        materialize(spec(tar), tmp_path / "work", cfg)
    many = make_zip(tmp_path / "p.zip", {f"f{i}.c": b"x" for i in range(5)})
    with pytest.raises(SourceError, match="has 5 members"):
        materialize(spec(many), tmp_path / "work", cfg)
    assert list((tmp_path / "work" / "archive").iterdir()) == []  # temp folders removed


@pytest.mark.parametrize("kind", ["tgz", "zip"])
def test_too_many_bytes_is_an_error(tmp_path: Path, kind: str):
    cfg = dataclasses.replace(IngestConfig(), max_archive_bytes=100_000)
    bomb = {"proj-1.0/zeros.c": b"\0" * 1_000_000}  # compresses to about 1 KB
    maker = make_tar if kind == "tgz" else make_zip
    path = maker(tmp_path / f"bomb.{kind}", bomb)
    assert path.stat().st_size < 10_000
    with pytest.raises(SourceError, match="too many bytes"):
        materialize(spec(path), tmp_path / "work", cfg)
    assert list((tmp_path / "work" / "archive").iterdir()) == []


def test_corrupt_and_missing_archives(tmp_path: Path, ingest_cfg):
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(os.urandom(2048))
    with pytest.raises(SourceError, match="could not be extracted"):
        materialize(spec(bad), tmp_path / "work", ingest_cfg)
    with pytest.raises(SourceError, match="archive not found"):
        materialize(spec(tmp_path / "none.zip"), tmp_path / "work", ingest_cfg)
