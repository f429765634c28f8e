"""dir and git sources: pinned commits over file:// URLs, the cache, errors, and hooks."""

from __future__ import annotations

import dataclasses
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from spark_data.config import IngestConfig
from spark_data.sources import repos
from spark_data.sources.manifest import RepoSpec
from spark_data.sources.repos import SourceError, materialize


def git_spec(src: Path, commit: str, **kw) -> RepoSpec:
    return RepoSpec(name=src.name, url=src.resolve().as_uri(), commit=commit, **kw)


@pytest.fixture
def two_commits(tmp_path: Path, make_git_repo) -> tuple[Path, str, str]:
    src = tmp_path / "src"
    first = make_git_repo(src, {"a.c": "int v1;\n", "inc/a.h": "#define A 1\n"})
    second = make_git_repo(src, {"a.c": "int v2;\n", "b.c": "int b;\n"})
    return src, first, second


def test_dir_source_in_place(tmp_path: Path, make_git_repo, ingest_cfg):
    src = tmp_path / "repo"
    sha = make_git_repo(src, {"src/x.c": "int x;\n"})
    m = materialize(RepoSpec(name="repo", path=str(src)), tmp_path / "work", ingest_cfg)
    assert (m.root, m.commit, m.origin, m.refused) == (str(src), sha, "dir", [])
    # A folder inside a repository is not that repository: no commit claimed.
    sub = materialize(RepoSpec(name="sub", path=str(src / "src")), tmp_path, ingest_cfg)
    assert sub.commit is None
    plain = tmp_path / "plain"
    plain.mkdir()
    assert materialize(RepoSpec(name="p", path=str(plain)), tmp_path, ingest_cfg).commit is None
    assert not (tmp_path / "work").exists()  # nothing copied


def test_dir_source_missing(tmp_path: Path, ingest_cfg):
    with pytest.raises(SourceError, match="repository folder not found: .*nope"):
        materialize(RepoSpec(name="x", path=str(tmp_path / "nope")), tmp_path, ingest_cfg)


def test_git_fetches_exactly_the_pinned_commit(tmp_path: Path, two_commits, ingest_cfg):
    src, first, _ = two_commits
    m = materialize(git_spec(src, first), tmp_path / "work", ingest_cfg)
    root = Path(m.root)
    assert (m.commit, m.origin) == (first, "git")
    assert (root / "a.c").read_text() == "int v1;\n" and not (root / "b.c").exists()
    assert (root / ".git" / "shallow").exists()  # depth 1: only what is needed
    head = subprocess.run(
        ["git", "-C", m.root, "rev-parse", "HEAD"], capture_output=True, text=True
    )
    assert head.stdout.strip() == first
    assert root.is_relative_to(tmp_path / "work" / "git")
    assert [p.name for p in (tmp_path / "work" / "git").iterdir()] == [root.parent.name]


def test_git_cache_is_reused_and_incomplete_entries_refetched(
    tmp_path: Path, two_commits, ingest_cfg, monkeypatch
):
    src, first, _ = two_commits
    work = tmp_path / "work"
    m1 = materialize(git_spec(src, first), work, ingest_cfg)

    def no_fetch(*args, **kwargs):
        raise AssertionError("fetched again although the cache is complete")

    with monkeypatch.context() as mp:
        mp.setattr(repos, "_fetch_into", no_fetch)
        assert materialize(git_spec(src, first), work, ingest_cfg).root == m1.root
    (Path(m1.root).parent / repos.MARKER).unlink()  # as if a fill had crashed
    m3 = materialize(git_spec(src, first), work, ingest_cfg)
    assert m3.root == m1.root and (Path(m3.root) / "a.c").read_text() == "int v1;\n"


def test_git_falls_back_to_full_fetch_when_sha_is_refused(
    tmp_path: Path, two_commits, ingest_cfg, monkeypatch
):
    """Protocol v0 servers refuse `fetch <sha>` for unadvertised objects."""
    src, first, _ = two_commits
    gitconfig = tmp_path / "v0.gitconfig"
    gitconfig.write_text("[protocol]\n\tversion = 0\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    m = materialize(git_spec(src, first), tmp_path / "work", ingest_cfg)
    root = Path(m.root)
    assert (root / "a.c").read_text() == "int v1;\n" and not (root / "b.c").exists()
    assert not (root / ".git" / "shallow").exists()  # the full fetch was used


def test_git_url_that_does_not_exist(tmp_path: Path, ingest_cfg):
    url = (tmp_path / "no-such-repo").as_uri()
    spec = RepoSpec(name="x", url=url, commit="1" * 40)
    with pytest.raises(SourceError) as err:
        materialize(spec, tmp_path / "work", ingest_cfg)
    message = str(err.value)
    assert message.startswith(f"git fetch failed for {url}: ")
    assert "does not appear to be a git repository" in message
    assert list((tmp_path / "work" / "git").iterdir()) == []  # the temp folder is gone


def test_git_commit_not_in_repository(tmp_path: Path, two_commits, ingest_cfg):
    src, _, _ = two_commits
    with pytest.raises(SourceError, match=f"commit {'e' * 40} not found in file://"):
        materialize(git_spec(src, "e" * 40), tmp_path / "work", ingest_cfg)


def test_git_timeout_kills_the_fetch(tmp_path: Path, ingest_cfg):
    """A server that accepts and never answers: the clone_timeout_s deadline ends it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True).start()
    cfg = dataclasses.replace(ingest_cfg, clone_timeout_s=2)
    spec = RepoSpec(name="hang", url=f"git://127.0.0.1:{port}/repo.git", commit="2" * 40)
    start = time.monotonic()
    try:
        with pytest.raises(SourceError, match=r"git timed out after 2s for git://127\.0\.0\.1"):
            materialize(spec, tmp_path / "work", cfg)
    finally:
        for s in (*accepted, server):
            s.close()
    assert time.monotonic() - start < 30
    assert list((tmp_path / "work" / "git").iterdir()) == []


def hook_script(marker: Path) -> str:
    return f'#!/bin/sh\necho "$0" >> "{marker}"\n'


def install_hooks(folder: Path, marker: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("post-checkout", "post-merge", "reference-transaction", "post-index-change"):
        (folder / name).write_text(hook_script(marker))
        (folder / name).chmod(0o755)


def test_git_hooks_never_run(tmp_path: Path, two_commits, ingest_cfg, monkeypatch):
    """Hooks from the template folder, a global core.hooksPath and the source repository
    itself all run for a plain `git clone` here (the control), and never for materialize."""
    src, _, second = two_commits
    marker = tmp_path / "HOOKS_RAN"
    install_hooks(src / ".git" / "hooks", marker)
    install_hooks(tmp_path / "template" / "hooks", marker)
    install_hooks(tmp_path / "global_hooks", marker)
    gitconfig = tmp_path / "hostile.gitconfig"
    gitconfig.write_text(f"[core]\n\thooksPath = {tmp_path / 'global_hooks'}\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(gitconfig))
    monkeypatch.setenv("GIT_TEMPLATE_DIR", str(tmp_path / "template"))
    # Control: the hostile set-up really runs hooks for an ordinary clone.
    subprocess.run(["git", "clone", "-q", src.as_uri(), str(tmp_path / "ctrl")], check=True)
    assert marker.exists()
    marker.unlink()
    m = materialize(git_spec(src, second), tmp_path / "work", ingest_cfg)
    assert (Path(m.root) / "b.c").read_text() == "int b;\n"
    assert not marker.exists()
    assert not any((Path(m.root) / ".git" / "hooks").glob("*"))  # the template was empty


def test_git_submodules_only_when_asked(tmp_path: Path, make_git_repo, run_git, ingest_cfg):
    lib = tmp_path / "lib"
    make_git_repo(lib, {"lib.c": "int lib;\n"})
    top = tmp_path / "top"
    make_git_repo(top, {"main.c": "int main;\n"})
    run_git(top, "submodule", "add", "-q", lib.as_uri(), "vendor/lib")
    run_git(top, "commit", "-q", "-m", "add submodule")
    sha = run_git(top, "rev-parse", "HEAD")
    plain = materialize(git_spec(top, sha), tmp_path / "w", ingest_cfg)
    assert list((Path(plain.root) / "vendor" / "lib").iterdir()) == []
    with_sub = materialize(git_spec(top, sha, submodules=True), tmp_path / "w", ingest_cfg)
    assert (Path(with_sub.root) / "vendor" / "lib" / "lib.c").read_text() == "int lib;\n"
    assert with_sub.root != plain.root  # cached separately
    # IngestConfig.submodules is the default for entries that do not say.
    by_cfg = materialize(
        git_spec(top, sha), tmp_path / "w", dataclasses.replace(ingest_cfg, submodules=True)
    )
    assert by_cfg.root == with_sub.root


def test_non_local_urls_may_not_use_the_file_protocol():
    config = " ".join(repos._safe_config("https://example.invalid/x.git", "/t"))
    assert "protocol.file.allow=never" in config and "core.hooksPath=/dev/null" in config
    assert "protocol.file.allow=always" in " ".join(repos._safe_config("file:///x", "/t"))


def test_ingest_config_default_has_no_submodules():
    assert IngestConfig().submodules is False


def test_credentials_in_urls_stay_out_of_messages(tmp_path: Path, ingest_cfg):
    url = "https://user:s3cret-token@127.0.0.1:1/repo.git"  # nothing listens: refused at once
    with pytest.raises(SourceError) as err:
        materialize(RepoSpec(name="r", url=url, commit="3" * 40), tmp_path / "w", ingest_cfg)
    assert "s3cret" not in str(err.value)
    assert str(err.value).startswith("git fetch failed for https://***@127.0.0.1:1/repo.git: ")


def test_commit_time_of_a_pinned_commit_and_of_a_work_tree(tmp_path: Path, two_commits, ingest_cfg):
    import time

    from spark_data.sources.cache import Materialized
    from spark_data.sources.report import source_report
    from spark_data.sources.repos import commit_time

    src, first, _ = two_commits
    m = materialize(git_spec(src, first), tmp_path / "work", ingest_cfg)
    t = commit_time(m.root)
    assert t is not None and abs(time.time() - t) < 3600
    row = source_report(git_spec(src, first), m, 2, 16)
    assert row["commit_time"] == t
    plain = tmp_path / "plain"
    plain.mkdir()
    assert commit_time(str(plain)) is None
    no_git = Materialized(root=str(plain), commit=None, origin="dir")
    assert source_report(RepoSpec(name="p", path=str(plain)), no_git, 0, 0)["commit_time"] is None
