"""The sources manifest: which repositories, datasheets and SVD files a corpus is built from.

In: a YAML file (shape below). Out: a frozen `Manifest` of `RepoSpec` and `DocumentSpec`.
Relative paths are resolved against the manifest's folder, so a manifest works from any
working directory. Every mistake is a `ManifestError` whose message names the entry
(`repos[2] (name 'zephyr'): ...`), raised at load time, before any work starts. Whether a
path exists is not checked here: a missing source is reported per source when it is read.

    repos:
      - path: /data/STM32CubeF4        # or url: https://... + commit: <sha>, or archive: x.tar.gz
        name: stm32cubef4              # optional; default from the path/url/archive
        manufacturer: STMicroelectronics
        tags: [hal, vendor]
        held_out: false
        upstream: true                 # the upstream/vendor copy (dedup keep rule)
        domain: stm32_hal              # optional domain hint
        submodules: false              # git only
    datasheets:
      - path: /data/pdfs               # a file, a folder (recursive) or a glob
    svd:
      - path: /data/svd

    manifest = load_manifest("sources.yaml")
    files, error = expand_documents(manifest.datasheets[0], DATASHEET_SUFFIXES)
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATASHEET_SUFFIXES = (".pdf",)
SVD_SUFFIXES = (".svd",)
ARCHIVE_SUFFIXES = (".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tbz2", ".txz", ".tar", ".zip")

_REPO_KEYS = (
    "path",
    "url",
    "archive",
    "commit",
    "name",
    "manufacturer",
    "tags",
    "held_out",
    "upstream",
    "domain",
    "submodules",
)
_DOC_KEYS = ("path", "manufacturer", "tags", "held_out")
_TOP_KEYS = ("repos", "datasheets", "svd")
_SHA_RE = re.compile(r"^([0-9a-f]{40}|[0-9a-f]{64})$")  # sha1 or sha256 object names
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")


class ManifestError(ValueError):
    """A manifest that cannot be used; the message names the entry and the problem."""


@dataclass(frozen=True)
class RepoSpec:
    """One repository source. Exactly one of path, url (with commit) or archive is set."""

    name: str
    path: str | None = None  # absolute folder, used in place
    url: str | None = None  # git URL, fetched at `commit`
    commit: str | None = None  # pinned 40-hex (or 64-hex) object name; url only
    archive: str | None = None  # absolute path of a .tar* or .zip
    manufacturer: str | None = None
    tags: tuple[str, ...] = ()
    held_out: bool = False
    upstream: bool = False
    domain: str | None = None
    submodules: bool | None = None  # None: IngestConfig.submodules decides

    @property
    def origin(self) -> str:
        """dir | git | archive (the SOURCES.origin column)."""
        if self.url is not None:
            return "git"
        return "archive" if self.archive is not None else "dir"

    @property
    def location(self) -> str:
        """The path, url or archive as resolved from the manifest (SOURCES.location)."""
        return self.url or self.archive or self.path or ""


@dataclass(frozen=True)
class DocumentSpec:
    """A datasheet or SVD entry: a file, a folder (searched recursively) or a glob."""

    path: str
    manufacturer: str | None = None
    tags: tuple[str, ...] = ()
    held_out: bool = False


@dataclass(frozen=True)
class Manifest:
    path: str  # the manifest file itself
    repos: tuple[RepoSpec, ...] = ()
    datasheets: tuple[DocumentSpec, ...] = ()
    svd: tuple[DocumentSpec, ...] = ()


def load_manifest(path: str | os.PathLike) -> Manifest:
    """Read and validate a manifest; raises ManifestError naming the offending entry."""
    p = Path(path)
    if not p.is_file():
        raise ManifestError(f"manifest not found: {p}")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise ManifestError(f"{p}: not valid YAML: {e}") from None
    return parse_manifest(data, base=p.resolve().parent, path=str(p.resolve()))


def parse_manifest(data: Any, base: Path, path: str = "<memory>") -> Manifest:
    """Validate an already-parsed manifest mapping; relative paths resolve against `base`."""
    if not isinstance(data, dict):
        raise ManifestError(f"{path}: expected a mapping with keys {list(_TOP_KEYS)}")
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        raise ManifestError(f"{path}: unknown top-level key(s) {unknown}; known: {list(_TOP_KEYS)}")
    sections = {}
    for key in _TOP_KEYS:
        value = data.get(key) or []
        if not isinstance(value, list):
            raise ManifestError(f"{path}: '{key}' must be a list of entries")
        sections[key] = value
    repos = tuple(_parse_repo(e, f"repos[{i}]", base) for i, e in enumerate(sections["repos"]))
    seen: dict[str, int] = {}
    for i, r in enumerate(repos):
        if r.name in seen:
            raise ManifestError(
                f"repos[{i}] (name {r.name!r}): duplicate repository name "
                f"(also repos[{seen[r.name]}]); give one of them a distinct 'name'"
            )
        seen[r.name] = i
    docs = {
        key: tuple(_parse_doc(e, f"{key}[{i}]", base) for i, e in enumerate(sections[key]))
        for key in ("datasheets", "svd")
    }
    return Manifest(path=path, repos=repos, datasheets=docs["datasheets"], svd=docs["svd"])


def _parse_repo(entry: Any, where: str, base: Path) -> RepoSpec:
    if not isinstance(entry, dict):
        raise ManifestError(f"{where}: expected a mapping, got {entry!r}")
    if isinstance(entry.get("name"), str):
        where = f"{where} (name {entry['name']!r})"
    _check_keys(entry, _REPO_KEYS, where)
    given = [k for k in ("path", "url", "archive") if entry.get(k) is not None]
    if len(given) != 1:
        raise ManifestError(f"{where}: exactly one of path, url, archive is required, got {given}")
    src = given[0]
    location = _str(entry, src, where)
    commit = entry.get("commit")
    if src == "url":
        if commit is None:
            raise ManifestError(f"{where}: url {location!r} needs a pinned 'commit' (40-hex sha)")
        commit = str(commit).strip().lower()
        if not _SHA_RE.match(commit):
            raise ManifestError(f"{where}: commit {entry['commit']!r} is not a full 40-hex sha")
    else:
        for only_git in ("commit", "submodules"):
            if entry.get(only_git) is not None:
                raise ManifestError(f"{where}: '{only_git}' is only valid with 'url'")
        location = _resolve(location, base)
    name = entry.get("name")
    if name is None:
        name = _derive_name(location, src)
    elif not isinstance(name, str) or not _NAME_RE.match(name):
        raise ManifestError(f"{where}: name {name!r} must match {_NAME_RE.pattern}")
    return RepoSpec(
        name=name,
        commit=commit,
        manufacturer=_opt_str(entry, "manufacturer", where),
        tags=_tags(entry, where),
        held_out=_bool(entry, "held_out", where, False),
        upstream=_bool(entry, "upstream", where, False),
        domain=_opt_str(entry, "domain", where),
        submodules=_bool(entry, "submodules", where, None),
        **{src: location},
    )


def _parse_doc(entry: Any, where: str, base: Path) -> DocumentSpec:
    if isinstance(entry, str):  # a bare path is accepted as shorthand for {path: ...}
        entry = {"path": entry}
    if not isinstance(entry, dict):
        raise ManifestError(f"{where}: expected a mapping with 'path', got {entry!r}")
    _check_keys(entry, _DOC_KEYS, where)
    if entry.get("path") is None:
        raise ManifestError(f"{where}: 'path' is required")
    return DocumentSpec(
        path=_resolve(_str(entry, "path", where), base),
        manufacturer=_opt_str(entry, "manufacturer", where),
        tags=_tags(entry, where),
        held_out=_bool(entry, "held_out", where, False),
    )


def _check_keys(entry: dict, known: tuple[str, ...], where: str) -> None:
    unknown = sorted(str(k) for k in set(entry) - set(known))
    if unknown:
        raise ManifestError(f"{where}: unknown key(s) {unknown}; known: {list(known)}")


def _str(entry: dict, key: str, where: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise ManifestError(f"{where}: '{key}' must be a non-empty string, got {value!r}")
    return value.strip()


def _opt_str(entry: dict, key: str, where: str) -> str | None:
    return None if entry.get(key) is None else _str(entry, key, where)


def _bool(entry: dict, key: str, where: str, default: bool | None) -> bool | None:
    value = entry.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ManifestError(f"{where}: '{key}' must be true or false, got {value!r}")
    return value


def _tags(entry: dict, where: str) -> tuple[str, ...]:
    tags = entry.get("tags")
    if tags is None:
        return ()
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        raise ManifestError(f"{where}: 'tags' must be a list of strings, got {tags!r}")
    return tuple(tags)


def _resolve(value: str, base: Path) -> str:
    value = os.path.expanduser(value)
    return value if os.path.isabs(value) else os.path.normpath(str(base / value))


def _derive_name(location: str, src: str) -> str:
    """The last path component, without .git or an archive suffix, made name-safe."""
    last = location.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1]
    if src == "url":
        last = last.rsplit(":", 1)[-1]  # scp-like git@host:repo.git
        last = last[: -len(".git")] if last.endswith(".git") else last
    elif src == "archive":
        for suffix in ARCHIVE_SUFFIXES:
            if last.lower().endswith(suffix):
                last = last[: -len(suffix)]
                break
    name = re.sub(r"[^A-Za-z0-9._+-]+", "_", last).lstrip("._+-")
    return name or "repo"


def expand_documents(spec: DocumentSpec, suffixes: tuple[str, ...]) -> tuple[list[str], str | None]:
    """The files a datasheet/SVD entry names, sorted, and an error (None when fine).

    A file is taken as named; a folder is searched recursively and a glob expanded, both
    keeping only files whose name ends with one of `suffixes` (case-insensitive). A path
    that does not exist, or a folder/glob with no matching file, is an error for this
    entry only: ([], "...") rather than an exception, so one bad entry does not stop a run.
    """
    path = spec.path
    wanted = tuple(s.lower() for s in suffixes)
    if glob.has_magic(path):
        found = [f for f in glob.glob(path, recursive=True) if os.path.isfile(f)]
        files = sorted(f for f in found if f.lower().endswith(wanted))
        return (files, None) if files else ([], f"no {'/'.join(suffixes)} files match {path}")
    if os.path.isfile(path):
        return [path], None
    if os.path.isdir(path):
        files = []
        for folder, dirs, names in os.walk(path):
            dirs.sort()
            files += [os.path.join(folder, n) for n in names if n.lower().endswith(wanted)]
        files.sort()
        return (files, None) if files else ([], f"no {'/'.join(suffixes)} files under {path}")
    return [], f"path not found: {path}"
