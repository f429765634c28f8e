"""A tiny corpus of the `spark data` layout (blocks/ Parquet, tokens/*.npy, index.json),
made here from the bundled sample sources with a tokenizer trained in-process, packed by
spark_data.pack itself: train (two domains), validation and held_out splits."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from spark_data.config import PackConfig
from spark_data.pack import PackBlocks, Tokenize
from spark_data.shards import write_token_index
from spark_data.tokenizer import train_tokenizer

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "spark_data" / "sample" / "repos"
SEQ_LEN = 128
VOCAB = 512


def sample_texts() -> list[tuple[str, str, str]]:
    """(doc id, repo, text) of the sample's C sources and headers, in a stable order."""
    out = []
    for p in sorted(SAMPLE.rglob("*")):
        if p.suffix in (".c", ".h", ".s", ".S") and p.is_file():
            text = p.read_text(errors="replace")[:6000]
            out.append((str(p.relative_to(SAMPLE)), p.relative_to(SAMPLE).parts[0], text))
    return out


def make_corpus(root: Path, splits=("train", "validation", "held_out")) -> Path:
    docs = sample_texts()
    tok_dir = train_tokenizer((t for _, _, t in docs), root / "tokenizer", vocab_size=VOCAB)
    rows = {"file_id": [], "repo": [], "split": [], "domain": [], "text": []}
    for i, (doc, repo, text) in enumerate(docs):
        rows["file_id"].append(doc)
        rows["repo"].append(repo)
        rows["split"].append(splits[(i // 2) % len(splits)] if i % 2 == 0 else "train")
        rows["domain"].append("stm32_hal" if "stm32" in repo else "general")
        rows["text"].append(text)
    tok = Tokenize(PackConfig(tokenizer=str(tok_dir), seq_len=SEQ_LEN))
    packed = PackBlocks(SEQ_LEN, tok.pad_id, str(root / "corpus" / "tokens"), 16)(
        tok(pa.table(rows))
    )
    (root / "corpus" / "blocks").mkdir(parents=True)
    pq.write_table(packed, root / "corpus" / "blocks" / "part-0.parquet")
    entries = [
        {
            "path": str(root / "corpus" / "tokens" / shard),
            "split": t["split"][0].as_py(),
            "domain": t["domain"][0].as_py(),
            "n_blocks": t.num_rows,
            "n_tokens": sum(t["n_tokens"].to_pylist()),
        }
        for shard in sorted(set(packed["shard"].to_pylist()))
        for t in [packed.filter(pa.compute.equal(packed["shard"], shard))]
    ]
    write_token_index(
        entries,
        str(root / "corpus" / "tokens"),
        SEQ_LEN,
        tok.eos_id,
        tok.pad_id,
        tok.tokenizer.get_vocab_size(),
    )
    return root / "corpus"


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("train_corpus"))
