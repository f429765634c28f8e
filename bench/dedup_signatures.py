"""Signature throughput per core: Spark's vectorised MinHash step vs datatrove's, side by side.

Both run in this one process, one thread, on the same documents (real C/asm from
/work/benchdata: cmsis_device_f4, FreeRTOS-Kernel, nrfx; and the Debian avr-libc and
sdcc-libraries trees) with the same parameters: 5-gram shingles, 126 permutations as 18
bands x 7 rows, 32-bit hashes. Each side's *whole signature step* is timed:
- spark: `sign_batch` (comment stripping, tokenising, shingle hashing, MinHash, band keys)
  over batches of 128 documents;
- datatrove: `MinhashDedupSignature.run` (simplify text, word-tokenise, hash n-grams,
  MinHash, write + sort the bucket files), with hash_fc="sha1" and "xxhash", and str.split as its word
  tokenizer (its "eng" default needs spaCy, which is slower still: datatrove's best case).
The sides alternate for `--rounds` rounds and the best round of each is kept (the machine
is shared). datatrove is imported from --datatrove-path (installed there with
`pip install --target /work/benchenv/site --no-deps datatrove==0.10.1 loguru dill
multiprocess humanize`), so it never enters the project's environment.

    python bench/dedup_signatures.py --max-docs 3000 --out bench/results/dedup_signatures.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

from spark_data.dedup.config import DedupConfig
from spark_data.dedup.lsh import sign_batch

ROOTS = [
    "/work/benchdata/cmsis_device_f4",
    "/work/benchdata/FreeRTOS-Kernel",
    "/work/benchdata/nrfx",
    str(Path.home() / ".cache/spark-tests/debian/avr-libc/root"),
    str(Path.home() / ".cache/spark-tests/debian/sdcc-libraries/root"),
]
EXT = {".c": "c_source", ".h": "c_header", ".s": "asm", ".S": "asm", ".inc": "c_header"}


def load_docs(max_docs: int, max_bytes: int = 1 << 20) -> list[tuple[str, str]]:
    """(kind, text) of up to max_docs files, round-robin over the roots for a mix."""
    per_root = []
    for root in ROOTS:
        files = sorted(p for p in Path(root).rglob("*") if p.suffix in EXT and p.is_file())
        per_root.append([p for p in files if p.stat().st_size <= max_bytes])
    docs: list[tuple[str, str]] = []
    while len(docs) < max_docs and any(per_root):
        for files in per_root:
            if files and len(docs) < max_docs:
                p = files.pop(0)
                docs.append((EXT[p.suffix], p.read_text(errors="replace")))
    return docs


def run_spark(docs: list[tuple[str, str]], cfg: DedupConfig, batch: int = 128) -> float:
    t = time.perf_counter()
    for lo in range(0, len(docs), batch):
        chunk = docs[lo : lo + batch]
        table = pa.table(
            {
                "node": list(range(len(chunk))),
                "kind": [k for k, _ in chunk],
                "text": [d for _, d in chunk],
            }
        )
        sign_batch(table, cfg, 18, 7)
    return time.perf_counter() - t


def _split_tokenizer():
    """A datatrove WordTokenizer that is plain str.split: every datatrove tokenizer needs
    spaCy/NLTK/... (its "eng" default is spaCy, not installed here) and all of them are
    slower, so this is datatrove's best case: the comparison favours datatrove."""
    from datatrove.utils.word_tokenizers import WordTokenizer

    class SplitTokenizer(WordTokenizer):
        def word_tokenize(self, text: str) -> list[str]:
            return text.split()

        def sent_tokenize(self, text: str) -> list[str]:
            return text.splitlines()

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return [(0, len(text))]

    return SplitTokenizer()


def run_datatrove(docs: list[tuple[str, str]], hash_fc: str) -> float:
    from datatrove.data import Document
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature
    from datatrove.utils.hashing import HashConfig

    mcfg = MinhashConfig(
        n_grams=5,
        num_buckets=18,
        hashes_per_bucket=7,
        seed=1,
        hash_config=HashConfig(precision=32, hash_fc=hash_fc),
    )
    with tempfile.TemporaryDirectory() as tmp:
        step = MinhashDedupSignature(output_folder=tmp, config=mcfg, language=_split_tokenizer())
        items = [Document(text=d, id=str(i)) for i, (_, d) in enumerate(docs)]
        t = time.perf_counter()
        step.run(iter(items), rank=0, world_size=1)
        return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-docs", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--datatrove-path", default="/work/benchenv/site")
    ap.add_argument("--out", default="bench/results/dedup_signatures.json")
    args = ap.parse_args()
    sys.path.insert(0, args.datatrove_path)
    from loguru import logger

    logger.remove()  # datatrove logs every bucket sort
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    docs = load_docs(args.max_docs)
    mb = sum(len(d.encode()) for _, d in docs) / 1e6
    cfg = DedupConfig(num_perm=126)
    sides = {"spark": lambda: run_spark(docs, cfg)}
    for fc in ("sha1", "xxhash"):
        sides[f"datatrove_{fc}"] = lambda fc=fc: run_datatrove(docs, fc)
    best: dict[str, float] = {}
    errors: dict[str, str] = {}
    for _ in range(args.rounds):
        for name, fn in sides.items():
            if name in errors:
                continue
            try:
                best[name] = min(best.get(name, float("inf")), fn())
            except Exception as e:  # datatrove's xxhash path breaks with xxhash 4
                errors[name] = f"{type(e).__name__}: {e}"
    result = {
        "command": "python bench/dedup_signatures.py " + " ".join(sys.argv[1:]),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores (shared)",
        "docs": len(docs),
        "mb": round(mb, 2),
        "params": {"shingle": 5, "num_perm": 126, "bands": 18, "rows": 7, "hash_bits": 32},
        "docs_per_s": {k: round(len(docs) / v, 1) for k, v in best.items()},
        "mb_per_s": {k: round(mb / v, 3) for k, v in best.items()},
        "errors": errors,
    }
    dt = [v for k, v in result["docs_per_s"].items() if k.startswith("datatrove")]
    if dt:
        result["speedup_vs_best_datatrove"] = round(result["docs_per_s"]["spark"] / max(dt), 2)
    print(json.dumps(result, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
