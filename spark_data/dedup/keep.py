"""Keep rules per cluster, held-out propagation and the per-repository report.

In: all files of one cluster (META rows + `label`, the component of their node), and per
repository {upstream, commit_time}. Out: their `dedup` rows. Then, per repository, its
`dedup_repos` row from its `dedup` rows.

Keep rule (dedup.keep_order, any order, file_id always last): an upstream copy (manifest
`upstream: true`, or tags vendor/upstream) wins, then a permissive licence, then the newest
commit (sources.commit_time when ingest records it, else a tie), then the shortest path,
then the smallest file_id, so the choice is the same on every run. Nothing is deleted:
every member carries its clusters and kept_file_id. A cluster touching a held-out file
sends every member to held_out (split_reason held_out_cluster), so a vendored copy of
held-out code never reaches training.

    rows = keep_cluster(group, cfg, {"stm32cubef4": {"upstream": True, "commit_time": 0}})
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pyarrow as pa

from spark_data import schema
from spark_data.dedup.config import KEEP_RULES, DedupConfig
from spark_data.dedup.shingle import key_hex

HELD_OUT = "held_out"
UPSTREAM_TAGS = frozenset({"vendor", "upstream"})


def repo_info(manifest_repos, commit_times: dict[str, int | None]) -> dict[str, dict]:
    """Manifest repositories -> {name: {upstream, commit_time}} for the keep rule."""
    return {
        s.name: {
            "upstream": bool(s.upstream) or bool(UPSTREAM_TAGS & set(s.tags or ())),
            "commit_time": commit_times.get(s.name),
        }
        for s in manifest_repos
    }


def sort_key(row: dict, order: tuple[str, ...], info: dict[str, dict], permissive) -> tuple:
    """The keep rule as a sort key: the smallest key is kept."""
    repo = info.get(row["repo"], {})
    parts: list[Any] = []
    for rule in order:
        if rule == "upstream":
            parts.append(not repo.get("upstream", False))
        elif rule == "permissive_license":
            parts.append(row["license"] not in permissive)
        elif rule == "newest_commit":
            t = repo.get("commit_time")
            parts.append((t is None, -(t or 0)))
        elif rule == "shortest_path":
            parts.append(len(row["path"] or ""))
        elif rule == "file_id":
            parts.append(row["file_id"])
        else:
            raise ValueError(f"unknown dedup.keep_order rule {rule!r}; known: {KEEP_RULES}")
    parts.append(row["file_id"])
    return tuple(parts)


def keep_cluster(group: pa.Table, cfg: DedupConfig, info: dict[str, dict]) -> pa.Table:
    """All files of one component -> their DEDUP rows."""
    rows = group.to_pylist()
    permissive = frozenset(cfg.permissive_licenses)
    kept = min(rows, key=lambda r: sort_key(r, cfg.keep_order, info, permissive))
    near = min(r["file_id"] for r in rows)
    held = any(r["split"] == HELD_OUT for r in rows)
    out = []
    for r in rows:
        moved = held and r["split"] != HELD_OUT
        out.append(
            {
                "file_id": r["file_id"],
                "repo": r["repo"],
                "exact_cluster": (r["sha256"] or "")[:16] or None,
                "norm_cluster": key_hex(r["node"]),
                "near_cluster": near,
                "cluster_size": len(rows),
                "keep": r["file_id"] == kept["file_id"],
                "kept_file_id": kept["file_id"],
                "kept_repo": kept["repo"],
                "split": HELD_OUT if held else r["split"],
                "split_reason": "held_out_cluster" if moved else None,
                "reason": r["reason"],
            }
        )
    return pa.Table.from_pylist(out, schema=schema.DEDUP)


def repo_report(group: pa.Table, max_names: int = 5) -> pa.Table:
    """All `dedup` rows of one repository -> its DEDUP_REPOS row."""
    repo = group["repo"][0].as_py()
    keep = group["keep"].to_pylist()
    kept_repos = group["kept_repo"].to_pylist()
    sources = Counter(kr for k, kr in zip(keep, kept_repos) if not k and kr != repo)
    n, copies = group.num_rows, sum(sources.values())
    names = [name for name, _ in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))]
    share = copies / n if n else 0.0
    if copies:
        shown = ", ".join(names[:max_names]) + (", ..." if len(names) > max_names else "")
        summary = f"{round(100 * share)}% vendored: {shown}"
    else:
        summary = "no copies of other repositories"
    row = {
        "repo": repo,
        "n_files": n,
        "n_copies": copies,
        "vendored_share": round(share, 4),
        "copied_from": names,
        "summary": summary,
    }
    return pa.Table.from_pylist([row], schema=schema.DEDUP_REPOS)
