"""The corpus card: a dataset card (Markdown) for one `spark data` output root.

In: the output root (summary.json, phase markers, and the tables: sources, files, dedup,
dedup_repos, datasheets, registers, pairs, an optional decontamination report). Out:
CARD.md beside them, plus PNG charts under card/ when matplotlib is installed (the card
always has text bar charts, so it reads anywhere). `spark data` writes it after every run;
`spark card OUT [--decontamination FILE]` writes it again, e.g. after `spark eval` has
checked the eval sets against the training blocks.

Tables are scanned column by column in record batches, never loaded whole: the driver
holds only the aggregates.

    spark card out/quickstart
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

import pyarrow.dataset as pads

from spark_data.store import Store

BAR = 28  # characters of the longest text bar


def write_card(out: str, decontamination: str | None = None) -> str:
    """Write CARD.md (and card/*.png) under the output root; returns the card's path."""
    store = Store.open(out)
    summary = store.read_json("summary.json") or {}
    decon = _read_decontamination(store, decontamination)
    parts = [
        _header(store, summary),
        _sources(store),
        _licences(store),
        _tokens(store, summary),
        _filters(summary),
        _dedup(store),
        _datasheets(store),
        _held_out(store, summary, decon),
    ]
    store.write_text("CARD.md", "\n\n".join(p for p in parts if p) + "\n")
    return store.path("CARD.md")


# --- reading ---------------------------------------------------------------------------


def _scan(store: Store, table: str, columns: list[str]) -> Iterable[dict[str, list]]:
    """Record batches of `columns` as dicts of lists (nothing when the table is absent)."""
    if not store.has_table(table):
        return
    ds = pads.dataset(store.path(table), format="parquet", filesystem=store.fs)
    cols = [c for c in columns if c in ds.schema.names]
    for batch in ds.to_batches(columns=cols, batch_size=65536):
        yield batch.to_pydict()


def _table_rows(store: Store, table: str, columns: list[str]) -> list[dict]:
    """Rows of a small table (sources, dedup_repos, datasheets) as dicts."""
    return [r for b in _scan(store, table, columns) for r in _rows(b)]


def _count(store: Store, table: str) -> int | None:
    if not store.has_table(table):
        return None
    return pads.dataset(store.path(table), format="parquet", filesystem=store.fs).count_rows()


def _read_decontamination(store: Store, path: str | None) -> dict | None:
    if path:
        with open(path) as f:
            report = json.load(f)
        store.write_json("decontamination.json", report)
        return report
    return store.read_json("decontamination.json")


# --- rendering -------------------------------------------------------------------------


def bars(counts: dict[str, int | float], unit: str = "", limit: int = 20) -> str:
    """A text bar chart (a fenced block): one line per key, largest first."""
    items = sorted(counts.items(), key=lambda kv: -kv[1])[:limit]
    if not items or items[0][1] <= 0:
        return "_(none)_"
    width = max(len(str(k)) for k, _ in items)
    top = items[0][1]
    total = sum(counts.values())
    lines = [
        f"{str(k):<{width}}  {'█' * max(1, round(BAR * v / top)):<{BAR}}  "
        f"{v:,}{unit} ({100 * v / total:.1f}%)"
        for k, v in items
    ]
    more = len(counts) - len(items)
    if more > 0:
        lines.append(f"... and {more} more")
    return "```\n" + "\n".join(lines) + "\n```"


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "_(none)_"
    head = "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns)
    body = ["| " + " | ".join(_cell(r.get(c)) for c in columns) + " |" for r in rows]
    return head + "\n" + "\n".join(body)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3g}"
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}"
    if isinstance(v, list):
        v = ", ".join(map(str, v))
    return str(v).replace("|", "\\|").replace("\n", " ")


def _chart(store: Store, name: str, counts: dict[str, int], title: str) -> str:
    """A PNG bar chart under card/ when matplotlib is installed; its Markdown link or ''."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return ""
    if not counts or not store.is_local:
        return ""
    items = sorted(counts.items(), key=lambda kv: -kv[1])[:25]
    fig, ax = plt.subplots(figsize=(8, 0.3 * len(items) + 1))
    ax.barh([k for k, _ in items][::-1], [v for _, v in items][::-1])
    ax.set_title(title)
    ax.set_xlabel("tokens")
    fig.tight_layout()
    store.fs.create_dir(store.path("card"), recursive=True)
    fig.savefig(store.path("card", f"{name}.png"), dpi=100)
    plt.close(fig)
    return f"![{title}](card/{name}.png)"


# --- sections --------------------------------------------------------------------------


def _header(store: Store, summary: dict) -> str:
    tok = summary.get("tokens", {})
    files = summary.get("files", {})
    return (
        f"# Corpus card: `{store.uri}`\n\n"
        f"Written {time.strftime('%Y-%m-%d %H:%M')} by `spark card` from the run summary and "
        f"tables of this output root (sources manifest: `{summary.get('sources_manifest')}`).\n\n"
        f"- files: {files.get('total', 0):,} read, {files.get('kept', 0):,} kept "
        f"({files.get('kept_bytes', 0) / 1e6:,.1f} MB)\n"
        f"- tokens: {tok.get('total', 0):,} in {tok.get('docs', 0):,} documents, "
        f"{tok.get('blocks', 0):,} blocks of {tok.get('seq_len')} "
        f"(padding {100 * tok.get('padding_share', 0):.2f}%)\n"
        f"- tokens by split: {_kv(tok.get('by_split', {}))}"
    )


def _kv(d: dict) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in d.items()) or "none"


def _sources(store: Store) -> str:
    rows = _table_rows(store, "sources", _SOURCE_COLS)
    shown = [
        {
            **r,
            "bytes": r.get("bytes"),
            "status": r["status"] + (f": {r['error']}" if r.get("error") else ""),
        }
        for r in rows
    ]
    return "## Sources\n\n" + table(
        shown,
        ["name", "kind", "origin", "commit", "manufacturer", "split", "status", "n_files", "bytes"],
    )


_SOURCE_COLS = [
    "name",
    "kind",
    "origin",
    "commit",
    "manufacturer",
    "split",
    "status",
    "error",
    "n_files",
    "bytes",
]


def _rows(batch: dict[str, list]) -> list[dict]:
    keys = list(batch)
    return [dict(zip(keys, vals)) for vals in zip(*batch.values())] if keys else []


def _licences(store: Store) -> str:
    by: Counter[str] = Counter()
    for b in _scan(store, "files", ["license", "drop_reason", "bytes"]):
        for lic, drop, n in zip(b["license"], b["drop_reason"], b["bytes"]):
            if drop is None:
                by[lic or "unknown"] += n or 0
    return "## Licences of the kept files (bytes)\n\n" + bars(dict(by), " B")


def _tokens(store: Store, summary: dict) -> str:
    tok = summary.get("tokens", {})
    dom, man = tok.get("by_domain", {}), tok.get("by_manufacturer", {})
    out = [
        "## Tokens per domain",
        bars(dom),
        _chart(store, "tokens_by_domain", dom, "Tokens per domain"),
    ]
    out += [
        "## Tokens per manufacturer",
        bars(man),
        _chart(store, "tokens_by_manufacturer", man, "Tokens per manufacturer"),
    ]
    split_dom = tok.get("by_split_domain", {})
    if split_dom:
        doms = sorted({d for v in split_dom.values() for d in v})
        rows = [{"domain": d, **{s: split_dom[s].get(d, 0) for s in split_dom}} for d in doms]
        out += ["Tokens per domain and split:", table(rows, ["domain", *split_dom])]
    return "\n\n".join(x for x in out if x)


def _filters(summary: dict) -> str:
    reasons = summary.get("files", {}).get("by_reason", {})
    return (
        "## Files by filter outcome\n\n`kept` or the versioned rule that tagged them.\n\n"
        + bars(reasons)
    )


_REPO_COLS = ["repo", "n_files", "n_copies", "vendored_share", "summary"]


def _dedup(store: Store) -> str:
    n = kept = held = 0
    sizes: Counter[str] = Counter()
    for b in _scan(store, "dedup", ["keep", "split_reason", "cluster_size"]):
        n += len(b["keep"])
        kept += sum(1 for k in b["keep"] if k is not False)
        held += sum(1 for s in b.get("split_reason", []) if s == "held_out_cluster")
        for c in b.get("cluster_size", []):
            sizes[
                "1" if not c or c <= 1 else "2-9" if c < 10 else "10-99" if c < 100 else "100+"
            ] += 1
    if not n:
        return "## Deduplication\n\n_(the dedup phase did not run)_"
    repos = _table_rows(store, "dedup_repos", _REPO_COLS)
    repos.sort(key=lambda r: -(r.get("vendored_share") or 0))
    return (
        "## Deduplication\n\n"
        f"- files judged: {n:,}; kept: {kept:,}; duplicates left out of training: {n - kept:,} "
        f"({100 * (n - kept) / n:.1f}%)\n"
        f"- files sent to held-out because their cluster touches a held-out repository: {held:,}\n\n"
        f"Files by near-duplicate cluster size:\n\n{bars(dict(sizes))}\n\n"
        "### Vendored share per repository\n\n" + table(repos, _REPO_COLS)
    )


_DATASHEET_COLS = [
    "path",
    "kind",
    "manufacturer",
    "pages",
    "language",
    "status",
    "n_sections",
    "n_registers",
]


def _datasheets(store: Store) -> str:
    rows = _table_rows(store, "datasheets", _DATASHEET_COLS)
    for r in rows:
        r["path"] = (r.get("path") or "").rsplit("/", 1)[-1]
    pairs_by: Counter[str] = Counter()
    for b in _scan(store, "pairs", ["repo"]):
        pairs_by.update(b["repo"])
    return (
        "## Datasheets, registers and pairs\n\n"
        f"- datasheets and SVD files: {len(rows):,}; sections: {_count(store, 'sections') or 0:,}; "
        f"registers: {_count(store, 'registers') or 0:,}\n"
        f"- links (repo, file, symbol): {_count(store, 'links') or 0:,}; "
        f"pair documents: {sum(pairs_by.values()):,}\n\n"
        + table(rows, _DATASHEET_COLS)
        + "\n\nPair documents per repository:\n\n"
        + bars(dict(pairs_by))
    )


def _held_out(store: Store, summary: dict, decon: dict | None) -> str:
    sources = _table_rows(store, "sources", ["name", "kind", "split", "split_reason"])
    held = [r for r in sources if r.get("split") == "held_out"]
    out = [
        "## Held out\n\nRepositories never trained on (the held-out evaluation set):\n",
        table(held, ["name", "kind", "split_reason"]),
    ]
    out.append("\n### Decontamination\n")
    if decon is None:
        out.append(
            "_Not checked yet: `spark eval` checks every eval sample against the training "
            "blocks (13-gram overlap); then `spark card OUT --decontamination FILE`._"
        )
    else:
        out.append("```json\n" + json.dumps(decon, indent=2)[:4000] + "\n```")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="spark card", description=__doc__.split("\n\n")[0])
    p.add_argument("out", help="the output root of a `spark data` run")
    p.add_argument("--decontamination", help="a decontamination report (JSON) from spark eval")
    args = p.parse_args(argv)
    if "://" not in args.out and not os.path.isdir(args.out):
        print(f"spark card: no such output root: {args.out}", flush=True)
        return 2
    store = Store.open(args.out)
    if store.read_json("summary.json") is None:
        print(f"spark card: {args.out} has no summary.json: run spark data first", flush=True)
        return 2
    print(write_card(args.out, args.decontamination))
    return 0
