"""Materialise a repository source as a local folder: a dir in place, a git fetch, an archive.

In: a `RepoSpec`, a local work folder (the clone/extract cache) and the IngestConfig.
Out: `Materialized(root, commit, origin, refused, sha256)`, or a `SourceError` whose
message says what failed, for which source, with the tail of git's own error.

- dir: used in place; `commit` is HEAD when the folder is the top of a git work tree.
- git: exactly the pinned commit, fetched shallow (full fetch when the server refuses a
  bare sha) into `<work_dir>/git/<key>/tree`, key = hash of (url, commit, submodules).
- archive: see `spark_data.sources.archive` (`<work_dir>/archive/<sha256>/tree`).

Caches are filled in a temporary sibling folder and renamed into place after a completion
marker is written, so a crashed or concurrent fill is never mistaken for a complete one.
Git never runs anything from the repository or from the user's setup: hooks are pointed at
/dev/null, the template folder is empty, fsmonitor is off, prompts are off, submodules
are fetched only when asked, and the file protocol is allowed only for local URLs.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from spark_data.config import IngestConfig
from spark_data.schema import stable_id
from spark_data.sources.archive import extract_archive
from spark_data.sources.cache import (
    MARKER,
    Materialized,
    SourceError,
    new_entry,
    publish,
    read_marker,
)
from spark_data.sources.manifest import RepoSpec

__all__ = ["MARKER", "Materialized", "SourceError", "commit_time", "head_commit", "materialize"]

# Variables that would point git at another repository than the one we are building.
_GIT_REPO_ENV = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
    "GIT_CEILING_DIRECTORIES",
)


def materialize(spec: RepoSpec, work_dir: str | os.PathLike, cfg: IngestConfig) -> Materialized:
    """Make `spec` available as a local folder (see the module docstring)."""
    if spec.url is not None:
        return _materialize_git(spec, Path(work_dir), cfg)
    if spec.archive is not None:
        return extract_archive(spec.archive, Path(work_dir), cfg)
    return _materialize_dir(spec)


# --- dir ----------------------------------------------------------------------------------


def _materialize_dir(spec: RepoSpec) -> Materialized:
    root = spec.path or ""
    if not os.path.isdir(root):
        raise SourceError(f"repository folder not found: {root}")
    return Materialized(root=root, commit=head_commit(root), origin="dir")


def head_commit(root: str) -> str | None:
    """HEAD of the git work tree whose top is `root`; None if `root` is not one."""
    cmd = ["git", "-c", "safe.directory=*", "-c", "core.fsmonitor=false"]
    cmd += ["-C", root, "rev-parse", "--show-toplevel", "HEAD"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=_git_env())
    except (OSError, subprocess.SubprocessError):
        return None
    lines = p.stdout.split()
    if p.returncode != 0 or len(lines) != 2:
        return None
    # A folder inside some other repository is not that repository's commit.
    if os.path.realpath(lines[0]) != os.path.realpath(root):
        return None
    return lines[1]


def commit_time(root: str) -> int | None:
    """Committer time (unix seconds) of HEAD in the git tree at `root`, else None.

    The keep rule of dedup prefers the newest commit among copies of a file."""
    cmd = ["git", "-c", "safe.directory=*", "-c", "core.fsmonitor=false"]
    cmd += ["-C", root, "log", "-1", "--format=%ct", "HEAD"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=_git_env())
    except (OSError, subprocess.SubprocessError):
        return None
    out = p.stdout.strip()
    return int(out) if p.returncode == 0 and out.isdigit() else None


# --- git ----------------------------------------------------------------------------------


def _git_env(template_dir: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_REPO_ENV}
    env.update(GIT_TERMINAL_PROMPT="0", GCM_INTERACTIVE="never", GIT_LFS_SKIP_SMUDGE="1")
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    if template_dir is not None:
        env["GIT_TEMPLATE_DIR"] = template_dir
    return env


def _is_local(url: str) -> bool:
    return url.startswith("file://") or os.path.isabs(url)


def _safe_config(url: str, template_dir: str) -> list[str]:
    """`-c` options that keep git from running anything; they reach sub-gits too."""
    settings = {
        "core.hooksPath": "/dev/null",
        "core.fsmonitor": "false",
        "init.templateDir": template_dir,
        "submodule.recurse": "false",
        "fetch.recurseSubmodules": "false",
        "protocol.ext.allow": "never",
        "protocol.file.allow": "always" if _is_local(url) else "never",
        "advice.detachedHead": "false",
        "safe.directory": "*",
    }
    return [arg for k, v in settings.items() for arg in ("-c", f"{k}={v}")]


_USERINFO = re.compile(r"(\w+://)[^/@\s]+@")


class _Git:
    """Runs git for one fetch with the safe config, the shared deadline and clear errors."""

    def __init__(self, url: str, template_dir: str, timeout_s: int) -> None:
        self.url = redact(url)  # for messages only
        self.base = ["git", *_safe_config(url, template_dir)]
        self.env = _git_env(template_dir)
        self.deadline = time.monotonic() + timeout_s
        self.timeout_s = timeout_s

    def __call__(self, *args: str) -> subprocess.CompletedProcess:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise SourceError(f"git timed out after {self.timeout_s}s for {self.url}")
        # A new session, so that a timeout kills git's helpers (remote-https, ssh) too.
        p = subprocess.Popen(
            [*self.base, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=self.env,
            start_new_session=True,
        )
        try:
            out, err = p.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            cmd = " ".join(a for a in args if not a.startswith("/"))
            raise SourceError(
                f"git timed out after {self.timeout_s}s for {self.url} (git {cmd})"
            ) from None
        return subprocess.CompletedProcess(p.args, p.returncode, out, err)

    def check(self, what: str, *args: str) -> subprocess.CompletedProcess:
        p = self(*args)
        if p.returncode != 0:
            raise SourceError(f"git {what} failed for {self.url}: {stderr_tail(p.stderr)}")
        return p


def redact(text: str) -> str:
    """Hide credentials in URLs (https://user:token@host): messages end up in reports."""
    return _USERINFO.sub(r"\1***@", text)


def stderr_tail(stderr: bytes | str, limit: int = 600) -> str:
    """The last lines of git's stderr on one line, credentials hidden."""
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    text = " | ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return redact(text[-limit:]) or "(no error output)"


def _materialize_git(spec: RepoSpec, work_dir: Path, cfg: IngestConfig) -> Materialized:
    url, commit = spec.url or "", spec.commit or ""
    submodules = cfg.submodules if spec.submodules is None else spec.submodules
    final = work_dir / "git" / stable_id("git", url, commit, submodules)
    if read_marker(final) is None:
        tmp = new_entry(final)
        try:
            _fetch_into(tmp, url, commit, submodules, cfg.clone_timeout_s)
            publish(tmp, final, {"url": url, "commit": commit, "submodules": submodules})
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # gone already after a rename
    return Materialized(root=str(final / "tree"), commit=commit, origin="git")


def _fetch_into(tmp: Path, url: str, commit: str, submodules: bool, timeout_s: int) -> None:
    """init + fetch exactly `commit` + checkout into tmp/tree, with nothing run from it."""
    template = tmp / "empty_template"
    template.mkdir()
    tree = str(tmp / "tree")
    git = _Git(url, str(template), timeout_s)
    git.check("init", "init", "-q", f"--template={template}", tree)
    git.check("remote add", "-C", tree, "remote", "add", "origin", url)
    shallow = git("-C", tree, "fetch", "-q", "--no-tags", "--depth", "1", "origin", commit)
    if shallow.returncode != 0:
        # Servers without allow(Reachable|Any)SHA1InWant refuse a bare sha: fetch everything.
        refs = ("+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*")
        git.check("fetch", "-C", tree, "fetch", "-q", "--no-tags", "origin", *refs)
    if git("-C", tree, "cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        raise SourceError(f"commit {commit} not found in {redact(url)}")
    git.check("checkout", "-C", tree, "checkout", "-q", "--detach", commit)
    if submodules:
        sub = ("-C", tree, "submodule", "update", "--init", "--recursive")
        if git(*sub, "--depth", "1").returncode != 0:
            git.check("submodule update", *sub)
    shutil.rmtree(template)
