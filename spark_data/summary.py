"""The run summary: what went in, what was kept and why, what came out, and how fast.

Built from the phase markers (so a rerun that skips phases still reports them), written
as summary.json beside the tables and printed at the end of `spark data`.
"""

from __future__ import annotations

import resource
import sys
from typing import Any

from spark_data.config import DataConfig


def build_summary(cfg: DataConfig, markers: dict[str, dict], wall_s: float) -> dict[str, Any]:
    st = {p: m.get("stats", {}) for p, m in markers.items()}
    ing, par, pak = st.get("ingest", {}), st.get("parse", {}), st.get("pack", {})
    seq = cfg.pack.seq_len
    blocks = pak.get("blocks", 0)
    return {
        "out": cfg.out,
        "sources_manifest": cfg.sources,
        "wall_s": round(wall_s, 3),
        "driver_peak_rss_mb": _peak_rss_mb(),
        "phases": {
            p: {
                "wall_s": m["stats"].get("wall_s"),
                "mb": round(m["stats"].get("input_bytes", 0) / 1e6, 3),
                "mb_per_s": m["stats"].get("mb_per_s"),
                "finished_at": m.get("finished_at"),
            }
            for p, m in markers.items()
        },
        "sources": ing.get("sources", {}),
        "source_errors": ing.get("source_errors", []),
        "files": {
            "total": ing.get("files", 0),
            "bytes": ing.get("bytes", 0),
            "kept": ing.get("kept_files", 0),
            "kept_bytes": ing.get("kept_bytes", 0),
            "by_kind": ing.get("files_by_kind", {}),
            "by_reason": ing.get("files_by_reason", {}),
            "by_repo": ing.get("files_by_repo", {}),
        },
        "symbols": {
            "total": par.get("symbols", 0),
            "by_kind": par.get("symbols_by_kind", {}),
            "files_by_parse_status": par.get("files_by_parse_status", {}),
        },
        "tokens": {
            "docs": pak.get("docs", 0),
            "total": pak.get("doc_tokens", 0),
            "by_split": pak.get("tokens_by_split", {}),
            "by_repo": pak.get("tokens_by_repo", {}),
            "by_domain": pak.get("tokens_by_domain", {}),
            "by_manufacturer": pak.get("tokens_by_manufacturer", {}),
            "by_split_domain": pak.get("tokens_by_split_domain", {}),
            "blocks": blocks,
            "blocks_by_split": pak.get("blocks_by_split", {}),
            "seq_len": seq,
            "padding_share": round(1 - pak.get("block_tokens", 0) / (blocks * seq), 4)
            if blocks
            else 0.0,
            "shards": pak.get("shards", 0),
        },
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory (the driver's: workers are other processes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _kv(d: dict, limit: int = 8) -> str:
    items = list(d.items())
    text = ", ".join(f"{k}={v:,}" if isinstance(v, int) else f"{k}={v}" for k, v in items[:limit])
    return text + (f", ... (+{len(items) - limit})" if len(items) > limit else "")


def format_summary(s: dict[str, Any]) -> str:
    f, sy, t = s["files"], s["symbols"], s["tokens"]
    lines = [
        "",
        f"Spark corpus at {s['out']}  ({s['wall_s']:.1f}s,"
        f" driver peak {s['driver_peak_rss_mb']:.0f} MB)",
        f"  sources   {_kv(s['sources'])}",
    ]
    lines += [f"  ! source {e['name']}: {e['error']}" for e in s["source_errors"]]
    lines += [
        f"  files     {f['total']:,} ({f['bytes'] / 1e6:.2f} MB), kept {f['kept']:,}"
        f" ({f['kept_bytes'] / 1e6:.2f} MB)",
        f"    by kind   {_kv(f['by_kind'])}",
        f"    by reason {_kv(f['by_reason'])}",
        f"  symbols   {sy['total']:,}: {_kv(sy['by_kind'])}",
        f"    parsed files by status: {_kv(sy['files_by_parse_status'])}",
        f"  tokens    {t['total']:,} in {t['docs']:,} docs; by split {_kv(t['by_split'])}",
        f"    by repo   {_kv(t['by_repo'])}",
        f"  blocks    {t['blocks']:,} x {t['seq_len']} (padding {t['padding_share']:.1%}),"
        f" {t['shards']} .npy shards",
        "  phases    "
        + "; ".join(
            f"{p} {v['wall_s']:.1f}s {v['mb_per_s']} MB/s"
            for p, v in s["phases"].items()
            if v["wall_s"] is not None
        ),
    ]
    return "\n".join(lines)
