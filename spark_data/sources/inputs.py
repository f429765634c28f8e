"""What the driver needs to know about the inputs, without reading them.

- `inputs_fingerprint(manifest, exclude_dirs)`: a hash of the manifest and of each source's
  state (a folder's file names, sizes and mtimes; a git URL's pinned commit; an archive's
  size and mtime), so a phase reruns when its inputs change and is skipped when not.
- `document_rows(manifest)`: one `sources` row per datasheet/SVD file the manifest's
  entries expand to (recorded here; parsed by a later phase), or one error row per entry
  that expands to nothing.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict

from spark_data.sources.manifest import (
    DATASHEET_SUFFIXES,
    SVD_SUFFIXES,
    Manifest,
    RepoSpec,
    expand_documents,
)
from spark_data.sources.report import document_reports


def _tree_state(root: str, exclude_dirs: tuple[str, ...]) -> str:
    """Names, sizes and mtimes of every file under root (stat only, no reads)."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in exclude_dirs)
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            try:
                st = os.lstat(p)
                h.update(f"{os.path.relpath(p, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
            except OSError as e:
                h.update(f"{p}\0{type(e).__name__}\n".encode())
    return h.hexdigest()


def _file_state(path: str) -> str:
    try:
        st = os.stat(path)
        return f"{st.st_size}:{st.st_mtime_ns}"
    except OSError as e:
        return type(e).__name__


def source_state(spec: RepoSpec, exclude_dirs: tuple[str, ...]) -> str:
    if spec.url:
        return f"git:{spec.url}@{spec.commit}"
    if spec.archive:
        return f"archive:{_file_state(spec.archive)}"
    if spec.path and os.path.isdir(spec.path):
        return f"dir:{_tree_state(spec.path, exclude_dirs)}"
    return "missing"


def inputs_fingerprint(manifest: Manifest, exclude_dirs: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for spec in manifest.repos:
        h.update(repr(sorted(asdict(spec).items())).encode())
        h.update(source_state(spec, exclude_dirs).encode())
    for kind, specs, suffixes in _document_groups(manifest):
        for spec in specs:
            files, error = expand_documents(spec, suffixes)
            h.update(f"{kind}\0{spec.path}\0{error}\n".encode())
            for f in files:
                h.update(f"{f}\0{_file_state(f)}\n".encode())
    return h.hexdigest()[:20]


def _document_groups(manifest: Manifest):
    return (
        ("datasheet", manifest.datasheets, DATASHEET_SUFFIXES),
        ("svd", manifest.svd, SVD_SUFFIXES),
    )


def document_rows(manifest: Manifest) -> list[dict]:
    """`sources` rows for datasheets and SVD files: recorded, with size and sha256."""
    return [
        row
        for kind, specs, suffixes in _document_groups(manifest)
        for spec in specs
        for row in document_reports(spec, kind, suffixes)
    ]
