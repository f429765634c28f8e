"""What reads the outside world for the ingest phase: the sources manifest, repositories
(a folder, a pinned git commit, an archive), and their files as rows of the files table.

    manifest.py  load_manifest, RepoSpec, DocumentSpec, expand_documents
    repos.py     materialize: dir in place, git fetch (no hooks), archive (archive.py)
    walk.py      walk_repo: every entry, sorted, symlinks recorded, nothing raised
    files.py     file_row: one FILES row per entry (kind, text, sha256, licence, drop_reason)
    license.py   SPDX headers, licence notices, the repository's LICENSE file
    reader.py    assign_split, RepoReader (the Ray Data callable), repo_rows
    report.py    SOURCES rows per source, written under <work_dir>/reports/
    cache.py     Materialized, SourceError, the clone/extract cache entries
    inputs.py    inputs_fingerprint, document_rows: what the driver needs, without reads

Import from the modules (this package file stays empty so that importing the manifest,
e.g. for `spark data --dry-run`, does not import pyarrow and the readers).
"""
