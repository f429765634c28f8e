"""Manifest loading: resolution, defaults, every validation error, document expansion."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from spark_data.sources.manifest import (
    DATASHEET_SUFFIXES,
    SVD_SUFFIXES,
    DocumentSpec,
    ManifestError,
    expand_documents,
    load_manifest,
    parse_manifest,
)

SHA = "0123456789abcdef0123456789abcdef01234567"


def write_manifest(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "conf" / "sources.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data))
    return path


def test_load_resolves_paths_and_defaults(tmp_path: Path):
    path = write_manifest(
        tmp_path,
        {
            "repos": [
                {"path": "../data/STM32CubeF4/", "manufacturer": "STMicroelectronics"},
                {"url": "https://github.com/zephyrproject-rtos/zephyr.git", "commit": SHA.upper()},
                {"archive": "dl/CMSIS_5-5.9.0.tar.gz", "tags": ["cmsis"], "upstream": True},
                {"path": "/abs/x", "name": "renamed", "held_out": True, "domain": "rtos"},
            ],
            "datasheets": [{"path": "pdfs"}, "one.pdf"],
            "svd": [{"path": "/svd", "manufacturer": "Atmel"}],
        },
    )
    m = load_manifest(path)
    base = tmp_path / "conf"
    dir_repo, git_repo, archive_repo, named = m.repos
    assert dir_repo.path == str((tmp_path / "data" / "STM32CubeF4").resolve())
    assert dir_repo.name == "STM32CubeF4" and dir_repo.origin == "dir"
    assert dir_repo.manufacturer == "STMicroelectronics"
    assert git_repo.name == "zephyr" and git_repo.commit == SHA and git_repo.origin == "git"
    assert git_repo.location == "https://github.com/zephyrproject-rtos/zephyr.git"
    assert archive_repo.archive == str(base / "dl" / "CMSIS_5-5.9.0.tar.gz")
    assert archive_repo.name == "CMSIS_5-5.9.0" and archive_repo.origin == "archive"
    assert archive_repo.tags == ("cmsis",) and archive_repo.upstream is True
    assert named.name == "renamed" and named.held_out and named.domain == "rtos"
    assert named.submodules is None  # IngestConfig.submodules decides
    assert m.datasheets == (
        DocumentSpec(path=str(base / "pdfs")),
        DocumentSpec(path=str(base / "one.pdf")),
    )
    assert m.svd[0].manufacturer == "Atmel"


def test_empty_manifest_is_valid(tmp_path: Path):
    m = load_manifest(write_manifest(tmp_path, {}))
    assert m.repos == () and m.datasheets == () and m.svd == ()


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"path": "/a", "url": "https://x/y.git", "commit": SHA}], "exactly one of path, url"),
        ([{"name": "nothing"}], "repos[0] (name 'nothing'): exactly one of path, url, archive"),
        ([{"url": "https://x/y.git"}], "needs a pinned 'commit'"),
        ([{"url": "https://x/y.git", "commit": "main"}], "not a full 40-hex sha"),
        ([{"url": "https://x/y.git", "commit": SHA[:12]}], "not a full 40-hex sha"),
        ([{"path": "/a", "commit": SHA}], "'commit' is only valid with 'url'"),
        ([{"archive": "/a.zip", "submodules": True}], "'submodules' is only valid with 'url'"),
        ([{"path": "/a", "branch": "main"}], "unknown key(s) ['branch']"),
        ([{"path": "/a", "tags": "hal"}], "'tags' must be a list of strings"),
        ([{"path": "/a", "held_out": "yes"}], "'held_out' must be true or false"),
        ([{"path": "/a", "name": "has space"}], "name 'has space' must match"),
        ([{"path": ""}], "'path' must be a non-empty string"),
        (["/just/a/string"], "repos[0]: expected a mapping"),
        ([{"path": "/a"}, {"path": "/b/a"}], "repos[1] (name 'a'): duplicate repository name"),
    ],
)
def test_repo_entry_errors_name_the_entry(tmp_path: Path, entries: list, message: str):
    with pytest.raises(ManifestError) as err:
        load_manifest(write_manifest(tmp_path, {"repos": entries}))
    assert message in str(err.value)
    assert "repos[" in str(err.value)


def test_duplicate_names_after_explicit_name(tmp_path: Path):
    entries = [{"path": "/x/zephyr"}, {"url": "https://g/z.git", "commit": SHA, "name": "zephyr"}]
    with pytest.raises(ManifestError, match=r"repos\[1\] \(name 'zephyr'\): duplicate"):
        load_manifest(write_manifest(tmp_path, {"repos": entries}))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"repo": []}, "unknown top-level key(s) ['repo']"),
        ({"repos": {"path": "/a"}}, "'repos' must be a list"),
        ({"datasheets": [{"dir": "/a"}]}, "datasheets[0]: unknown key(s) ['dir']"),
        ({"svd": [{"manufacturer": "x"}]}, "svd[0]: 'path' is required"),
        (["not", "a", "mapping"], "expected a mapping"),
    ],
)
def test_top_level_and_document_errors(tmp_path: Path, data: object, message: str):
    with pytest.raises(ManifestError) as err:
        load_manifest(write_manifest(tmp_path, data))
    assert message in str(err.value)


def test_missing_and_invalid_yaml(tmp_path: Path):
    with pytest.raises(ManifestError, match="manifest not found"):
        load_manifest(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("repos: [\n")
    with pytest.raises(ManifestError, match="not valid YAML"):
        load_manifest(bad)


def test_parse_manifest_in_memory(tmp_path: Path):
    m = parse_manifest({"repos": [{"path": "rel"}]}, base=tmp_path)
    assert m.repos[0].path == str(tmp_path / "rel")


def test_expand_documents_file_folder_glob(tmp_path: Path):
    for rel in ("b/z.pdf", "a.PDF", "b/c/y.pdf", "notes.txt", "b/x.svd"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"%PDF")
    files, error = expand_documents(DocumentSpec(str(tmp_path)), DATASHEET_SUFFIXES)
    assert error is None
    assert files == sorted(str(tmp_path / r) for r in ("a.PDF", "b/c/y.pdf", "b/z.pdf"))
    files, error = expand_documents(DocumentSpec(str(tmp_path / "b" / "*.pdf")), (".pdf",))
    assert (files, error) == ([str(tmp_path / "b" / "z.pdf")], None)
    files, error = expand_documents(DocumentSpec(str(tmp_path / "**" / "*.svd")), SVD_SUFFIXES)
    assert (files, error) == ([str(tmp_path / "b" / "x.svd")], None)
    # A file named explicitly is taken whatever its suffix.
    assert expand_documents(DocumentSpec(str(tmp_path / "notes.txt")), (".pdf",))[0] == [
        str(tmp_path / "notes.txt")
    ]


def test_expand_documents_records_errors_instead_of_raising(tmp_path: Path):
    assert expand_documents(DocumentSpec(str(tmp_path / "missing")), (".pdf",)) == (
        [],
        f"path not found: {tmp_path / 'missing'}",
    )
    files, error = expand_documents(DocumentSpec(str(tmp_path / "*.pdf")), (".pdf",))
    assert files == [] and "no .pdf files match" in error
    files, error = expand_documents(DocumentSpec(str(tmp_path)), (".svd",))
    assert files == [] and "no .svd files under" in error


def test_expand_shared_datasheets_and_svd(shared_dir: Path):
    pdfs, error = expand_documents(DocumentSpec(str(shared_dir / "datasheets")), (".pdf",))
    assert error is None
    assert pdfs == sorted(str(p) for p in (shared_dir / "datasheets").glob("*.pdf"))
    svds, error = expand_documents(DocumentSpec(str(shared_dir / "svd" / "*.svd")), (".svd",))
    assert error is None and len(svds) == len(list((shared_dir / "svd").glob("*.svd")))
