"""Walk a materialised repository: every entry under the root, in a deterministic order.

In: a root folder and the IngestConfig (exclude_dirs, follow_symlinks). Out: `Entry`
records, one per non-directory entry (regular file, symlink, FIFO/socket/device) and one
per directory that could not be listed. The order is a depth-first walk with each folder's
entries sorted by their file-system bytes, so it is the same on every machine and locale.

Nothing here raises for a bad tree: symlink loops, dangling links, unreadable folders and
entries that vanish mid-walk all become entries with a status, so that every input file
ends up in the files table (`files.file_row` turns the status into a drop_reason).

Symlinks are recorded, never followed, unless `follow_symlinks` is set. Then a link is
followed only when its real target lies inside the root (a link out of the repository is
not the repository's content) and, for folders, only when the real folder has not been
walked through a link before, which both breaks loops and bounds the work on link diamonds.

    for entry in walk_repo("/data/zephyr", cfg.ingest):
        print(entry.path, entry.status, entry.size)
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from spark_data.config import IngestConfig

ENTRY_STATUSES = ("file", "symlink", "special", "unreadable")


@dataclass(frozen=True)
class Entry:
    path: str  # posix path relative to the root, as the file system spells it
    abspath: str  # where to read it (the real path when reached through a followed link)
    size: int  # st_size (of the link itself for symlinks); 0 when unknown
    status: str  # one of ENTRY_STATUSES
    target: str | None = None  # symlinks: the link's target as stored
    # Why, as a short code: unreadable -> errno name (EACCES); special -> fifo, socket,
    # char_device, block_device; symlink -> not_followed, outside_root, dangling, loop.
    error: str | None = None


def _sorted_scan(folder: str) -> list[os.DirEntry]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda d: os.fsencode(d.name))


def _inside(real: str, real_root: str) -> bool:
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def _error(e: OSError) -> str:
    """A short, stable code for the files table's tags (EACCES, ENOENT, ELOOP, ...)."""
    return errno.errorcode.get(e.errno or 0, type(e).__name__)


def _special(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "char_device" if stat.S_ISCHR(mode) else "block_device"


def walk_repo(root: str | os.PathLike, cfg: IngestConfig) -> Iterator[Entry]:
    """Yield every non-directory entry under `root` (and unlistable folders), sorted."""
    return _Walker(os.path.abspath(root), cfg).walk()


_Key = tuple[int, int]  # (st_dev, st_ino) of a real folder


class _Walker:
    """One walk: a stack of (path prefix, sorted listing, folder key) instead of recursion,
    so deep trees cannot overflow Python's stack; the keys on it are the current ancestors."""

    def __init__(self, root: str, cfg: IngestConfig) -> None:
        self.root = root
        self.real_root = os.path.realpath(root)
        self.cfg = cfg
        self.exclude = set(cfg.exclude_dirs)
        self.stack: list[tuple[str, Iterator[os.DirEntry], _Key]] = []
        self.walked_via_link: set[_Key] = set()

    def walk(self) -> Iterator[Entry]:
        try:
            st = os.stat(self.root)
        except OSError as e:
            yield Entry(".", self.root, 0, "unreadable", error=_error(e))
            return
        yield from self._enter("", self.root, (st.st_dev, st.st_ino))
        while self.stack:
            prefix, listing, _ = self.stack[-1]
            de = next(listing, None)
            if de is None:
                self.stack.pop()
            else:
                yield from self._entry(prefix + de.name, de)

    def _entry(self, rel: str, de: os.DirEntry) -> Iterator[Entry]:
        try:
            st = de.stat(follow_symlinks=False)
        except OSError as e:  # vanished or unstat-able: still accounted for
            yield Entry(rel, de.path, 0, "unreadable", error=_error(e))
            return
        if stat.S_ISDIR(st.st_mode):
            if de.name not in self.exclude:
                yield from self._enter(rel + "/", de.path, (st.st_dev, st.st_ino))
        elif stat.S_ISREG(st.st_mode):
            yield Entry(rel, de.path, st.st_size, "file")
        elif stat.S_ISLNK(st.st_mode):
            if self.cfg.follow_symlinks:
                yield from self._follow(rel, de.path, st)
            else:
                yield _symlink(rel, de.path, st, "not_followed")
        else:
            yield Entry(rel, de.path, 0, "special", error=_special(st.st_mode))

    def _enter(self, prefix: str, path: str, key: _Key) -> Iterator[Entry]:
        """Push a folder's sorted listing, or yield it as unreadable if it cannot be listed."""
        try:
            listing = _sorted_scan(path)
        except OSError as e:
            yield Entry(prefix.rstrip("/") or ".", path, 0, "unreadable", error=_error(e))
            return
        self.stack.append((prefix, iter(listing), key))

    def _follow(self, rel: str, path: str, st: os.stat_result) -> Iterator[Entry]:
        """Follow a link that stays inside the root; a loop or escape stays a symlink."""
        real = os.path.realpath(path)
        if not _inside(real, self.real_root):
            yield _symlink(rel, path, st, "outside_root")
            return
        try:
            tst = os.stat(real)
        except OSError:  # dangling, or a loop of links (ELOOP)
            yield _symlink(rel, path, st, "dangling")
            return
        if stat.S_ISREG(tst.st_mode):
            yield Entry(rel, real, tst.st_size, "file", target=_readlink(path))
        elif stat.S_ISDIR(tst.st_mode):
            key = (tst.st_dev, tst.st_ino)
            # An ancestor is a loop. Real folders are always walked as themselves, and
            # through links at most once more, which bounds the work on link diamonds.
            if key in self.walked_via_link or any(key == k for _, _, k in self.stack):
                yield _symlink(rel, path, st, "loop")
                return
            self.walked_via_link.add(key)
            yield from self._enter(rel + "/", real, key)
        else:
            yield _symlink(rel, path, st, "special_target")


def _readlink(path: str) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _symlink(rel: str, path: str, st: os.stat_result, why: str) -> Entry:
    return Entry(rel, path, st.st_size, "symlink", target=_readlink(path), error=why)
