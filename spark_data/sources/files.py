"""One walked entry -> one row of the files table (schema.FILES): kind, text, hash, licence.

In: the repository's `RepoMeta`, a `walk.Entry` and the IngestConfig. Out: a dict with
exactly the FILES columns. A file is read once, streamed: the sha256 covers every byte,
and the bytes are kept only up to `max_file_bytes` (a 20 MB one-line file is hashed in
1 MiB chunks and never held whole). Kept bytes are decoded once into the text column.

Ingest-level outcomes are drop_reasons (tag, don't drop: the row is still written):
binary_v1, too_large_v1, unreadable_v1, symlink_v1, special_file_v1, empty_v1 and, for
archive members refused by `repos.materialize`, unsafe_archive_member_v1. Rows with a
drop_reason other than empty_v1 have text = null; kind/lang then come from the name only.

Decoding: UTF-8 (a BOM is stripped and recorded as utf-8-sig; a UTF-16 BOM decodes as
utf-16), else cp1252 when every byte is defined there, else latin-1; `encoding` records it.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass

from spark_data import schema
from spark_data.config import IngestConfig
from spark_data.sources.license import license_from_header
from spark_data.sources.walk import Entry

HEAD_BYTES = 8192  # binary sniffing and .inc classification look at this many first bytes
_CHUNK = 1 << 20
_MAX_CONTROL_SHARE = 0.10
# Control bytes that do not occur in text (tab, LF, VT, FF, CR and ESC do).
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

_EXT_KINDS = {
    ".c": ("c_source", "c"),
    ".h": ("c_header", "c"),
    ".s": ("asm", "asm"),
    ".asm": ("asm", "asm"),
    ".ld": ("linker_script", "linkerscript"),
    ".lds": ("linker_script", "linkerscript"),
    ".icf": ("linker_script", "linkerscript"),
    ".sct": ("linker_script", "linkerscript"),
    ".dts": ("device_tree", "devicetree"),
    ".dtsi": ("device_tree", "devicetree"),
    ".overlay": ("device_tree", "devicetree"),
    ".mk": ("build", "make"),
    ".cmake": ("build", "cmake"),
}
_MAKEFILES = ("Makefile", "makefile", "GNUmakefile")
# Assembler include files (.inc) look like this; C-ish ones have #define/#include/comments.
_ASM_LINE = re.compile(
    rb"^\s*(;|\.(equ|set|def|macro|endm|include|org|global|globl|section|byte|word|long)\b"
    rb"|[A-Za-z_]\w*\s+(equ|EQU|set|SET|\.equ)\b|#?\s*[A-Za-z_]\w*:\s*$)",
    re.M,
)
_C_LINE = re.compile(rb"^\s*(#\s*(define|include|if|ifdef|ifndef|endif)\b|/\*|//)", re.M)


@dataclass(frozen=True)
class RepoMeta:
    """What every row of one repository shares."""

    name: str
    commit: str | None
    split: str = "train"
    license: str | None = None  # the repository licence (LICENSE/COPYING), SPDX


def is_binary(head: bytes) -> bool:
    """Binary by content: a NUL byte, or too many control bytes, in the first bytes."""
    if not head:
        return False
    if head.startswith(_UTF16_BOMS):
        try:  # incremental: the head may end inside a surrogate pair
            codecs.getincrementaldecoder("utf-16")().decode(head, final=False)
            return False
        except UnicodeDecodeError:
            return True
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL))
    return control / len(head) > _MAX_CONTROL_SHARE


def classify_kind(path: str, head: bytes) -> tuple[str, str | None]:
    """(kind, lang) from the file name and, for binaries and .inc files, the first bytes."""
    if is_binary(head):
        return "binary", None
    name = path.rsplit("/", 1)[-1]
    lower = name.lower()
    if name.startswith("Kconfig"):
        return "kconfig", "kconfig"
    if name in _MAKEFILES or name.startswith(("Makefile.", "makefile.")):
        return "build", "make"
    if name == "CMakeLists.txt":
        return "build", "cmake"
    if lower.endswith((".ld.s", ".lds.s")):  # preprocessed linker scripts (vmlinux.lds.S)
        return "linker_script", "linkerscript"
    ext = os.path.splitext(lower)[1]
    if ext == ".inc":
        asm = len(_ASM_LINE.findall(head))
        return ("asm", "asm") if asm and asm > len(_C_LINE.findall(head)) else ("other_text", None)
    return _EXT_KINDS.get(ext, ("other_text", None))


def decode_text(data: bytes | bytearray) -> tuple[str, str]:
    """(text, encoding): strict UTF-8 (BOM stripped), else cp1252, else latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def line_stats(text: str) -> tuple[int, int]:
    """(n_lines, longest line in chars without its CR/LF), without splitting the text."""
    if not text:
        return 0, 0
    n_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    longest, start = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        length = end - start - (1 if end > start and text[end - 1] == "\r" else 0)
        longest = max(longest, length)
        start = end + 1
    return n_lines, longest


def safe_path(path: str) -> str:
    """A file-system name as valid text: undecodable bytes become \\xNN escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace")


@dataclass
class _Read:
    size: int
    sha256: str
    head: bytes
    data: bytearray | None  # None: larger than max_bytes (only hashed)


def _read_file(path: str, max_bytes: int) -> _Read | None:
    """Stream a regular file once; None if it is not a regular file any more."""
    # O_NONBLOCK: a FIFO swapped in after the walk must not hang us; O_NOFOLLOW: nor a link.
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    with open(fd, "rb", buffering=_CHUNK) as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None
        head = f.read(HEAD_BYTES)
        digest = hashlib.sha256(head)
        # Known too large from the start: only hash. (A file growing while read is caught below.)
        keep = st.st_size <= max_bytes and len(head) <= max_bytes
        data: bytearray | None = bytearray(head) if keep else None
        size = len(head)
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if data is not None:
                if size > max_bytes:
                    data = None  # too large: keep hashing, stop keeping
                else:
                    data += chunk
    return _Read(size, digest.hexdigest(), head, data)


def _base_row(repo: RepoMeta, path: str) -> dict:
    kind, lang = classify_kind(path, b"")
    return {
        "file_id": schema.file_id(repo.name, repo.commit, path),
        "repo": repo.name,
        "commit": repo.commit,
        "path": path,
        "kind": kind,
        "lang": lang,
        "bytes": None,
        "sha256": None,
        "encoding": None,
        "license": repo.license,
        "license_source": "repo_license" if repo.license else None,
        "n_lines": None,
        "max_line": None,
        "text": None,
        "split": repo.split,
        "drop_reason": None,
        "tags": [],
    }


def _os_error_tag(e: OSError) -> str:
    return "os_error:" + errno.errorcode.get(e.errno or 0, type(e).__name__)


def _not_a_file_row(row: dict, entry: Entry) -> dict:
    """Symlinks, special files and unlistable entries: recorded with a reason, no text."""
    reason = {"symlink": "symlink_v1", "special": "special_file_v1"}.get(
        entry.status, "unreadable_v1"
    )
    tags = [f"{entry.status}:{entry.error}"] if entry.error else []
    if entry.status == "symlink" and entry.target is not None:
        tags.append("symlink_target:" + safe_path(entry.target))
    row.update(bytes=entry.size, drop_reason=reason, tags=tags)
    return row


def file_row(repo: RepoMeta, entry: Entry, cfg: IngestConfig) -> dict:
    """The files-table row for one walked entry (exactly the schema.FILES columns)."""
    row = _base_row(repo, safe_path(entry.path))
    if entry.status != "file":
        return _not_a_file_row(row, entry)
    try:
        read = _read_file(entry.abspath, cfg.max_file_bytes)
    except OSError as e:  # permission denied, vanished, I/O error: recorded, not raised
        row.update(bytes=entry.size, drop_reason="unreadable_v1", tags=[_os_error_tag(e)])
        return row
    if read is None:
        row.update(bytes=entry.size, drop_reason="special_file_v1")
        return row
    row.update(bytes=read.size, sha256=read.sha256)
    row["kind"], row["lang"] = classify_kind(row["path"], read.head)
    if read.size == 0:
        row.update(text="", encoding="utf-8", n_lines=0, max_line=0, drop_reason="empty_v1")
    elif row["kind"] == "binary":
        row["drop_reason"] = "binary_v1"
    elif read.data is None:
        row["drop_reason"] = "too_large_v1"
    else:
        text, row["encoding"] = decode_text(read.data)
        read.data = None  # the text is the copy we keep; let the bytes go now
        row["n_lines"], row["max_line"] = line_stats(text)
        spdx, source = license_from_header(text)
        if spdx:
            row["license"], row["license_source"] = spdx, source
        row["text"] = text
    return row


def refused_row(repo: RepoMeta, member: str, reason: str) -> dict:
    """The row for an archive member that was not extracted (repos.materialize refused it)."""
    row = _base_row(repo, safe_path(member))
    row.update(drop_reason="unsafe_archive_member_v1", tags=[f"unsafe_member:{reason}"])
    return row
