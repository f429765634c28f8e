"""The persisted band index: what a later batch of repositories is deduplicated against.

Layout under the index folder (`dedup.index_dir`, default `<out>/dedup_index`; any pyarrow
filesystem URI):

    meta.json   the parameters the index was built with (a different config cannot use it)
    nodes/      NODES rows: node, bands (int64 band keys), shingles (for verification), reason
    edges/      EDGES rows: verified near-duplicate pairs of nodes (a < b)

A run signs only the nodes that are not in `nodes/`, bands them together with the stored
ones, verifies only pairs that involve a new node, and appends its new nodes and edges
(edges first, nodes last: a run that dies in between leaves its nodes "new" for the next
run, which recomputes them, never a node without its edges).

    index = BandIndex.open(store, cfg, bands=18, rows=7)
    old_nodes = index.nodes()   # a Dataset, or None for an empty index
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from spark_data.dedup.config import DedupConfig
from spark_data.store import Store

VERSION = 1  # bump when shingles, tokens, hashes or band keys change meaning


def index_params(cfg: DedupConfig, bands: int, rows: int) -> dict:
    return {
        "version": VERSION,
        "num_perm": cfg.num_perm,
        "seed": cfg.seed,
        "shingle": cfg.shingle,
        "bands": bands,
        "rows": rows,
        "normalized": cfg.normalized,
        "max_shingle_bytes": cfg.max_shingle_bytes,
    }


@dataclass
class BandIndex:
    store: Store
    params: dict

    @classmethod
    def open(cls, out: Store, cfg: DedupConfig, bands: int, rows: int) -> BandIndex:
        """The index for this config; the default one is rebuilt when parameters change,
        a configured (shared) one must match them (clear error otherwise)."""
        params = index_params(cfg, bands, rows)
        shared = cfg.index_dir is not None
        where = cfg.index_dir if shared else posixpath.join(out.uri, "dedup_index")
        store = Store.open(where)
        found = store.read_json("meta.json")
        if found is not None and found != params:
            if shared:
                raise ValueError(
                    f"dedup index {where} was built with {found}, this config needs {params}: "
                    "use another dedup.index_dir or remove that one"
                )
            for name in ("nodes", "edges", "meta.json"):
                store.remove(name)
        return cls(store=store, params=params)

    def nodes(self):
        return self._read("nodes")

    def edges(self):
        return self._read("edges")

    def _read(self, name: str):
        import ray.data

        if not self.store.has_table(name):
            return None
        return ray.data.read_parquet(self.store.dataset_path(name))

    def append(self, nodes, edges, write_args: dict) -> None:
        """Add a run's new nodes and edges (edges first, see the module docstring)."""
        # Ray names written files after the dataset and task, so appends never collide.
        for name, ds in (("edges", edges), ("nodes", nodes)):
            ds.write_parquet(self.store.dataset_path(name), **write_args)
        self.store.write_json("meta.json", self.params)
