"""Safe extraction of a repository archive (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .zip).

In: the archive path, a local work folder and the IngestConfig (max_archive_bytes,
max_archive_members). Out: `Materialized(root, None, "archive", refused, sha256)` with the
content extracted under `<work_dir>/archive/<sha256[:32]>/tree`; when that folder holds a
single top-level folder (GitHub tarballs: `owner-repo-sha/`), root is that folder, so paths
match the repository's own layout.

Nothing is ever written outside the extraction folder. Members are written by this module,
never by tarfile/zipfile's extract, and a member is refused (not extracted, but returned in
`refused` as (member name, reason) so the files table gets a row for it) when it has an
absolute path or a `..` component, passes through a symlink, is a symlink or hard link
whose target lies outside, or is a device/FIFO. Links are checked twice: lexically when
made and by real path after everything is extracted (a later link can redirect an earlier
one). Owners and permission bits in the archive are ignored. An archive that would unpack
to more than max_archive_bytes or has more than max_archive_members members (a bomb) is a
`SourceError`, as is one that is not a readable tar or zip.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tarfile
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from spark_data.config import IngestConfig
from spark_data.sources.cache import Materialized, SourceError, new_entry, publish, read_marker

_CHUNK = 1 << 20
_MAX_LINK_TARGET = 4096


def file_sha256(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def extract_archive(archive: str, work_dir: Path, cfg: IngestConfig) -> Materialized:
    """Extract `archive` into the cache (once per content hash) and return where it is."""
    if not os.path.isfile(archive):
        raise SourceError(f"archive not found: {archive}")
    sha = file_sha256(archive)
    final = work_dir / "archive" / sha[:32]
    marker = read_marker(final)
    if marker is None:
        tmp = new_entry(final)
        try:
            tree = tmp / "tree"
            tree.mkdir()
            refused = _extract(archive, tree, cfg)
            marker = {"archive": archive, "sha256": sha, "refused": refused}
            publish(tmp, final, marker)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # gone already after a rename
    refused_pairs = [(str(name), str(reason)) for name, reason in marker["refused"]]
    return Materialized(
        root=str(_content_root(final / "tree")),
        commit=None,
        origin="archive",
        refused=refused_pairs,
        sha256=sha,
    )


def _content_root(tree: Path) -> Path:
    names = os.listdir(tree)
    if len(names) == 1:
        only = tree / names[0]
        if only.is_dir() and not only.is_symlink():
            return only
    return tree


def _extract(archive: str, tree: Path, cfg: IngestConfig) -> list[tuple[str, str]]:
    ex = _Extractor(tree, cfg)
    try:
        # By name first: a tar that merely ends with a zip would fool is_zipfile.
        is_zip = archive.lower().endswith(".zip")
        if is_zip or (not tarfile.is_tarfile(archive) and zipfile.is_zipfile(archive)):
            _extract_zip(archive, ex)
        else:
            _extract_tar(archive, ex)
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, zlib.error, OSError) as e:
        raise SourceError(
            f"archive {archive} could not be extracted: {type(e).__name__}: {e}"
        ) from e
    ex.check_links()
    return ex.refused


def _extract_tar(archive: str, ex: _Extractor) -> None:
    with tarfile.open(archive, "r:*") as tf:
        # next() instead of iteration, forgetting each member: TarFile keeps every member
        # it has read, which for a tar of millions of tiny members is itself a bomb.
        while (m := tf.next()) is not None:
            tf.members.clear()
            ex.count_member(archive)
            if m.isdir():
                ex.make_dir(m.name)
            elif m.isreg():
                src = tf.extractfile(m)
                if src is not None:
                    with src:
                        ex.write(m.name, src)
            elif m.issym():
                ex.symlink(m.name, m.linkname)
            elif m.islnk():
                ex.hardlink(m.name, m.linkname)
            else:
                ex.refuse(m.name, "special_file")


def _extract_zip(archive: str, ex: _Extractor) -> None:
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        if len(infos) > ex.max_members:
            raise SourceError(f"archive {archive} has {len(infos)} members: {ex.limit_hint}")
        for info in infos:
            ex.count_member(archive)
            mode = info.external_attr >> 16
            if info.is_dir():
                ex.make_dir(info.filename, windows=True)
            elif info.flag_bits & 0x1:
                ex.refuse(info.filename, "encrypted")
            elif stat.S_ISLNK(mode):
                if info.file_size > _MAX_LINK_TARGET:
                    ex.refuse(info.filename, "bad_link")
                    continue
                target = zf.read(info).decode("utf-8", "surrogateescape")
                ex.symlink(info.filename, target, windows=True)
            elif stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                ex.refuse(info.filename, "special_file")
            else:
                try:
                    with zf.open(info) as src:
                        ex.write(info.filename, src, windows=True)
                except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError):
                    ex.refuse(info.filename, "corrupt")  # one bad member, not the archive


def _parts(name: str, windows: bool) -> tuple[str | None, list[str]]:
    """(refusal reason or None, path components) for a member name."""
    if not name or "\x00" in name:
        return "bad_name", []
    norm = name.replace("\\", "/") if windows else name
    if norm.startswith("/") or (windows and re.match(r"^[A-Za-z]:", norm)):
        return "absolute_path", []
    parts = [p for p in norm.split("/") if p not in ("", ".")]
    if ".." in parts:
        return "parent_dir", []
    return None, parts


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root + os.sep)


class _Extractor:
    """Writes members under `dest` only, keeping counts against the bomb limits."""

    def __init__(self, dest: Path, cfg: IngestConfig) -> None:
        self.dest = Path(os.path.realpath(dest))
        self.max_bytes = cfg.max_archive_bytes
        self.max_members = cfg.max_archive_members
        self.limit_hint = f"limits are {self.max_members} members, {self.max_bytes} bytes"
        self.written = 0
        self.members = 0
        self.refused: list[tuple[str, str]] = []
        self.links: list[tuple[Path, str]] = []  # symlinks made, to re-check at the end

    def count_member(self, archive: str) -> None:
        self.members += 1
        if self.members > self.max_members:
            raise SourceError(f"archive {archive} has too many members: {self.limit_hint}")

    def refuse(self, name: str, reason: str) -> None:
        self.refused.append((name, reason))

    def _place(self, name: str, windows: bool) -> Path | None:
        """The destination of a member, with its parent folders made; None if refused."""
        reason, parts = _parts(name, windows)
        if reason or not parts:
            if reason:
                self.refuse(name, reason)
            return None  # no parts: the archive's own root ("./"), nothing to make
        parent = self.dest
        for part in parts[:-1]:
            parent = parent / part
            if parent.is_symlink():
                self.refuse(name, "through_symlink")
                return None
            if not parent.exists():
                parent.mkdir()
            elif not parent.is_dir():
                self.refuse(name, "parent_not_dir")
                return None
        target = parent / parts[-1]
        if target.is_symlink() or target.is_file():
            target.unlink()  # a later member of the same name wins, as with tar
        elif target.exists():
            self.refuse(name, "duplicate")
            return None
        return target

    def make_dir(self, name: str, windows: bool = False) -> None:
        reason, parts = _parts(name, windows)
        if reason or not parts or self.dest.joinpath(*parts).is_dir():
            return  # folders carry no content; files under an unsafe one are refused each
        target = self._place(name, windows)
        if target is not None:
            target.mkdir()

    def write(self, name: str, src: BinaryIO, windows: bool = False) -> None:
        target = self._place(name, windows)
        if target is None:
            return
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        try:
            with open(fd, "wb") as out:
                while chunk := src.read(_CHUNK):
                    self.written += len(chunk)
                    if self.written > self.max_bytes:
                        raise SourceError(f"archive unpacks to too many bytes: {self.limit_hint}")
                    out.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)  # never leave a partial member behind
            raise

    def symlink(self, name: str, link_target: str, windows: bool = False) -> None:
        reason, parts = _parts(name, windows)
        if reason is None and parts:
            where = os.path.dirname("/".join(parts))
            resolved = os.path.normpath(os.path.join(where, link_target))
            if os.path.isabs(link_target) or resolved == ".." or resolved.startswith("../"):
                reason = "link_outside"
        if reason:
            self.refuse(name, reason)
            return
        target = self._place(name, windows)
        if target is not None:
            os.symlink(link_target, target)
            self.links.append((target, name))

    def hardlink(self, name: str, link_name: str) -> None:
        """A tar hard link becomes a copy of its (already extracted, inside) target."""
        reason, parts = _parts(link_name, windows=False)
        source = str(self.dest.joinpath(*parts))
        # Equal real path = no symlink anywhere along the way; must be a regular file.
        if reason or not parts or os.path.realpath(source) != source:
            self.refuse(name, "link_outside" if reason else "hardlink_target_missing")
            return
        if not os.path.isfile(source):
            self.refuse(name, "hardlink_target_missing")
            return
        with open(source, "rb") as src:
            self.write(name, src)

    def check_links(self) -> None:
        """Remove symlinks whose real target ended up outside (chains of links)."""
        root = str(self.dest)
        for link, name in self.links:
            if link.is_symlink() and not _inside(os.path.realpath(link), root):
                link.unlink()
                self.refuse(name, "link_outside")
