"""The pack phase: kept files (and pair documents) -> `docs` -> `blocks` + token shards.

    files --join dedup (keep), attribution (domain, manufacturer)--+--> validation sample
    pairs (pair documents, unless pack.include_pairs=false) -------/      --Tokenize--> docs
    docs --PackBlocks--> blocks + tokens/<split>/<domain>/*.npy --> tokens/index.json

Row helpers live in spark_data.pack (tokenize, pack) and spark_data.shards (.npy, index);
this module wires them onto Ray Data, as the pipeline's PHASE_SPECS["pack"].

    from spark_data.pipeline import run      # phase "pack", after ingest, dedup, attribute, pair
"""

from __future__ import annotations

import pyarrow as pa

from spark_data import schema, stats
from spark_data.raysession import actor_stage, task_stage


def run_pack(r) -> dict:
    """kept files -> `docs` (tokenized) -> `blocks` + tokens/*.npy shards + index."""
    import ray.data

    from spark_data.pack import PackBlocks, Tokenize
    from spark_data.pipeline import file_groups, write
    from spark_data.shards import write_token_index
    from spark_data.tokenizer import load_tokenizer

    cfg, store = r.cfg, r.store
    # Load once here so a bad tokenizer is a clear error before any worker starts.
    tok, eos_id, pad_id = load_tokenizer(cfg.pack.tokenizer, cfg.pack.eos_token)
    ray.data.DataContext.get_current().execution_options.preserve_order = cfg.pack.deterministic
    for name in ("docs", "blocks", "tokens"):
        store.remove(name)
    domains = {s.name: (s.domain or "general") for s in r.manifest.repos}
    ds = pack_input(r)
    ds = ds.map_batches(
        Tokenize,
        fn_constructor_args=(cfg.pack,),
        fn_constructor_kwargs={"domains": domains},
        batch_size=cfg.pack.docs_per_batch,
        batch_format="pyarrow",
        **actor_stage(cfg.ray),
    )
    write(r, ds, "docs", schema.DOCS)
    docs = ray.data.read_parquet(store.dataset_path("docs"), num_cpus=cfg.ray.task_cpus)
    blocks = docs.map_batches(
        PackBlocks,
        fn_constructor_args=(
            cfg.pack.seq_len,
            pad_id,
            store.uri + "/tokens",
            cfg.pack.blocks_per_shard,
        ),
        batch_size=cfg.pack.pack_docs_per_batch,
        batch_format="pyarrow",
        **actor_stage(cfg.ray),
    )
    write(r, blocks, "blocks", schema.BLOCKS)
    shards = stats.shard_entries(store)
    write_token_index(
        shards, store.uri + "/tokens", cfg.pack.seq_len, eos_id, pad_id, tok.get_vocab_size()
    )
    return stats.pack_stats(store, shards, file_groups(r), cfg.pack.kinds)


def pack_input(r):
    """Kept files (plus pair documents), joined with their dedup outcome and domain when
    those phases ran, with the validation sample drawn: the rows `Tokenize` reads."""
    from spark_data.pack import apply_file_tables
    from spark_data.pipeline import PACK, PHASE_SPECS, join_partitions, read_kept, read_table

    cfg, inputs = r.cfg, PHASE_SPECS[PACK].inputs
    ds = read_kept(r, cfg.pack.kinds, ["file_id", "repo", "split", "text"], cfg.ray.rows_per_block)
    parts = join_partitions(r)
    extra: dict[str, pa.DataType] = {}  # columns the joins add
    if "dedup" in inputs:
        dedup = read_table(r, "dedup", ["file_id", "keep", "split"])
        ds = ds.join(
            dedup.rename_columns({"split": "dedup_split"}), "left_outer", parts, ("file_id",)
        )
        extra.update(keep=pa.bool_(), dedup_split=pa.string())
    if "attribute" in inputs:
        attr = read_table(r, "attribution", ["level", "file_id", "domain", "manufacturer"])
        attr = attr.filter(expr="level == 'file'").drop_columns(["level"])
        ds = ds.join(attr, "left_outer", parts, ("file_id",))
        extra.update(domain=pa.string(), manufacturer=pa.string())
    if cfg.pack.include_pairs and "pair" in inputs:
        pairs = read_table(r, "pairs", ["pair_id", "repo", "split", "domain", "text"])
        ds = ds.union(
            pairs.map_batches(
                pairs_as_files,
                fn_kwargs={"extra": extra},
                batch_format="pyarrow",
                **task_stage(cfg.ray),
            )
        )
    return ds.map_batches(
        apply_file_tables,
        fn_kwargs={
            "validation_fraction": cfg.pack.validation_fraction,
            "seed": cfg.pack.split_seed,
        },
        batch_format="pyarrow",
        **task_stage(cfg.ray),
    )


def pairs_as_files(batch: pa.Table, extra: dict[str, pa.DataType]) -> pa.Table:
    """`pairs` rows in the shape of the joined file rows (pair_id as the document id)."""
    cols = {
        "file_id": batch["pair_id"],
        "repo": batch["repo"],
        "split": batch["split"],
        "text": batch["text"].cast(pa.large_string()),
    }
    for name, typ in extra.items():
        cols[name] = batch[name] if name in batch.column_names else pa.nulls(batch.num_rows, typ)
    return pa.table(cols)
