"""The `dedup:` config section (spark_data.dedup).

dedup:
  threshold: 0.8        # Jaccard of code-token 5-gram sets that makes a near duplicate
  keep_order: [upstream, permissive_license, newest_commit, shortest_path]
  index_dir: /data/dedup-index   # share one band index across corpora (incremental)
"""

from __future__ import annotations

from dataclasses import dataclass

KEEP_RULES = ("upstream", "permissive_license", "newest_commit", "shortest_path", "file_id")

PERMISSIVE = (
    "MIT",
    "MIT-0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSD-3-Clause-Clear",
    "BSD-4-Clause",
    "0BSD",
    "Apache-2.0",
    "ISC",
    "Zlib",
    "BSL-1.0",
    "Unlicense",
    "CC0-1.0",
    "NCSA",
    "X11",
)


@dataclass(frozen=True)
class DedupConfig:
    threshold: float = 0.8  # Jaccard similarity of shingle sets for near duplicates
    num_perm: int = 128  # MinHash permutations (datasketch-compatible, seeded)
    seed: int = 1  # datasketch's default seed: signatures load into datasketch.MinHash
    shingle: int = 5  # code-token n-grams
    # Bands x rows: 0 = derived from threshold (the largest rows per band whose candidate
    # probability at J = threshold is at least min_recall; see minhash.band_params).
    bands: int = 0
    rows: int = 0
    min_recall: float = 0.97
    verify: bool = True  # exact Jaccard of candidate pairs removes LSH false positives
    normalized: bool = True  # also cluster whitespace/comment-normalised copies exactly
    # Text beyond this many UTF-8 bytes is not shingled (reason shingles_capped_v1): a
    # 50 MB generated file would otherwise cost seconds and hundreds of MB per worker.
    max_shingle_bytes: int = 1024 * 1024
    # A band bucket larger than this emits a star (to its smallest node) plus a chain of
    # its sorted nodes instead of every pair: linear, and still one component.
    max_bucket_pairs: int = 32
    max_rounds: int = 64  # connected-components rounds (each halves distances at least)
    # A near-duplicate graph of at most this many edges is solved on the driver in numpy
    # (16 MB of node ids at the default); larger ones by rounds of joins on Ray Data.
    local_max_edges: int = 1_000_000
    keep_order: tuple[str, ...] = KEEP_RULES[:-1]  # file_id always breaks the last tie
    permissive_licenses: tuple[str, ...] = PERMISSIVE
    # The persisted band index: None = <out>/dedup_index (rebuilt when parameters change);
    # a configured folder (any pyarrow URI) is shared by corpora and must match them.
    index_dir: str | None = None
    incremental: bool = True  # reuse the index: only nodes not in it are signed
    batch_size: int = 128  # files per signature batch
