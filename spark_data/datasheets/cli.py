"""`spark registers`: compare PDF-extracted register maps with CMSIS-SVD, and show SVD maps.

    spark registers compare --out OUT [--device D]    # the `registers` table of a spark data run
    spark registers compare --pdf RM.pdf --svd D.svd  # both extractors run here, no Ray
    spark registers show D.svd [--peripheral USART1] [--fields]

`compare` prints, for each PDF with an SVD of the same device (names matched loosely:
STM32F411 = STM32F411xE), how many SVD registers the PDF extraction found by name and by
name+address (spark_data.datasheets.compare); --json prints the full result instead.
Exit status: 0 done, 2 bad usage or nothing to compare (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict

from spark_data.datasheets.compare import compare_registers, format_comparison

_COLS = ["source_id", "source_kind", "device", "peripheral", "name", "address", "offset"]


class CliError(Exception):
    """A reason to stop with exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="spark registers", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("compare", help="how many SVD registers a PDF extraction found")
    c.add_argument("--out", help="output root of a `spark data` run (reads its registers table)")
    c.add_argument("--device", help="only devices matching this name (loosely)")
    c.add_argument("--pdf", help="a PDF to extract registers from (with --svd)")
    c.add_argument("--svd", help="the SVD file of the same device (with --pdf)")
    c.add_argument("--pages", help="with --pdf: only pages FIRST-LAST (1-based)")
    c.add_argument("--limit", type=int, default=20, help="names shown per list (default 20)")
    c.add_argument("--json", action="store_true", help="print the full results as JSON")
    s = sub.add_parser("show", help="print the registers of an SVD file")
    s.add_argument("svd", help="an .svd file")
    s.add_argument("--peripheral", help="only this peripheral (instance name, any case)")
    s.add_argument("--fields", action="store_true", help="also print each register's fields")
    s.add_argument("--json", action="store_true", help="print the register rows as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as e:  # --help (0) or a usage error (2), already printed
        return int(e.code or 0)
    try:
        if args.command == "show":
            return _show(args)
        return _compare(args)
    except CliError as e:
        print(f"spark registers: {e}", file=sys.stderr)
        return 2


# --- show ----------------------------------------------------------------------------


def _read_svd(path: str) -> tuple[dict, list[dict]]:
    from spark_data.datasheets.svd import read_svd
    from spark_data.schema import source_id

    if not os.path.isfile(path):
        raise CliError(f"no such SVD file: {path}")
    sheet, rows = read_svd(path, source_id("svd", os.path.abspath(path)))
    if sheet["status"] != "ok":
        raise CliError(f"{path}: {sheet['error']}")
    if sheet["error"]:
        print(f"spark registers: {path}: {sheet['error']}", file=sys.stderr)
    return sheet, rows


def _hex(v: int | None) -> str:
    return "-" if v is None else f"0x{v:08X}"


def _show(args: argparse.Namespace) -> int:
    sheet, rows = _read_svd(args.svd)
    if args.peripheral:
        want = args.peripheral.upper()
        rows = [r for r in rows if (r["peripheral"] or "").upper() == want]
        if not rows:
            names = sorted({r["peripheral"] for r in _read_svd(args.svd)[1]})
            raise CliError(f"no peripheral {args.peripheral!r}; there are: {', '.join(names)}")
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(
        f"{sheet['parts'][0] if sheet['parts'] else '?'} ({sheet['manufacturer'] or '?'}): "
        f"{len(rows)} registers"
    )
    for r in rows:
        size = "-" if r["size"] is None else str(r["size"])
        print(
            f"{r['peripheral']}.{r['name']:24s} {_hex(r['address'])} +0x{r['offset']:03X} "
            f"{size:>3s}b reset={_hex(r['reset'])} {r['access'] or '-':14s} "
            f"{(r['description'] or '')[:60]}"
        )
        for f in r["fields"] if args.fields else ():
            lsb, w = f["bit_offset"], f["bit_width"]
            bits = "?" if lsb is None or w is None else f"[{lsb + w - 1}:{lsb}]"
            print(
                f"    {bits:>8s} {f['name']:20s} {f['access'] or '-':14s} "
                f"{(f['description'] or '')[:50]}"
            )
    return 0


# --- compare ---------------------------------------------------------------------------


def device_key(name: str | None) -> str:
    return re.sub(r"[^A-Z0-9]", "", (name or "").upper())


def device_match(a: str | None, b: str | None) -> int:
    """How well two device names match: 0 = not at all; more = a longer shared stem
    (STM32F411 and STM32F411xE share the whole of the shorter name)."""
    ka, kb = device_key(a), device_key(b)
    if len(ka) < 3 or len(kb) < 3:
        return 0
    if ka == kb:
        return 1000
    short, long_ = sorted((ka, kb), key=len)
    return len(short) if long_.startswith(short) else 0


def _compare(args: argparse.Namespace) -> int:
    if bool(args.out) == bool(args.pdf):
        raise CliError("compare needs either --out OUT, or --pdf P.pdf with --svd S.svd")
    if args.pdf and not args.svd:
        raise CliError("--pdf needs --svd (the SVD file of the same device)")
    results = _compare_files(args) if args.pdf else _compare_table(args)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print("\n\n".join(format_comparison(r, args.limit) for r in results))
    return 0


def _pages(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", text.strip())
    if not m or int(m[1]) < 1 or int(m[2]) < int(m[1]):
        raise CliError(f"--pages {text!r}: expected FIRST-LAST, e.g. 1-120")
    return int(m[1]), int(m[2])


def _compare_files(args: argparse.Namespace) -> list[dict]:
    from spark_data.datasheets.config import DatasheetsConfig
    from spark_data.datasheets.pdf import read_pdf
    from spark_data.schema import source_id

    if not os.path.isfile(args.pdf):
        raise CliError(f"no such PDF file: {args.pdf}")
    _, svd_rows = _read_svd(args.svd)
    out = read_pdf(
        args.pdf,
        source_id("datasheet", os.path.abspath(args.pdf)),
        DatasheetsConfig(),
        pages=_pages(args.pages),
    )
    sheet = out["datasheet"]
    if sheet["status"] != "ok":
        print(
            f"spark registers: {args.pdf}: status {sheet['status']}: {sheet['error']}",
            file=sys.stderr,
        )
    res = compare_registers(out["registers"], svd_rows)
    res["pdf"], res["pdf_status"], res["svd"] = args.pdf, sheet["status"], args.svd
    return [res]


def _read_table(out: str) -> list[dict]:
    import pyarrow.parquet as pq

    from spark_data.store import Store

    if "://" not in out and not os.path.isdir(out):
        raise CliError(f"no such output root: {out}")
    store = Store.open(out)
    if not store.has_table("registers"):
        raise CliError(f"{out} has no registers table (run `spark data` with the datasheets phase)")
    return pq.read_table(store.path("registers"), filesystem=store.fs, columns=_COLS).to_pylist()


def _compare_table(args: argparse.Namespace) -> list[dict]:
    groups: dict[tuple[str, str, str | None], list[dict]] = defaultdict(list)
    for r in _read_table(args.out):
        groups[r["source_kind"], r["source_id"], r["device"]].append(r)
    pdfs = {k: v for k, v in groups.items() if k[0] == "pdf" and k[2]}
    svds = {k: v for k, v in groups.items() if k[0] == "svd" and k[2]}
    if args.device:
        pdfs = {k: v for k, v in pdfs.items() if device_match(k[2], args.device)}
    results = []
    for pk, prows in sorted(pdfs.items(), key=lambda kv: kv[0][2]):
        scores = {sk: device_match(pk[2], sk[2]) for sk in svds}
        best = max(scores.values(), default=0)
        for sk in sorted(k for k, s in scores.items() if s and s == best):
            res = compare_registers(prows, svds[sk])
            res["pdf"], res["svd"] = pk[1], sk[1]
            results.append(res)
    if not results:
        have = lambda kind: sorted({k[2] for k in groups if k[0] == kind and k[2]})  # noqa: E731
        raise CliError(
            "no device has both PDF and SVD registers"
            + (f" matching {args.device!r}" if args.device else "")
            + f" (PDF devices: {have('pdf') or 'none'}; SVD devices: {have('svd') or 'none'})"
        )
    return results
