"""Connected components of the near-duplicate graph on Ray Data.

In: an edges Dataset (a, b: int64 node ids). Out: a labels Dataset (node, label) where
label is the smallest node of the node's component, for every node on an edge (a node on
no edge is its own component), and the number of rounds it took.

Min-label propagation with pointer jumping, each round built from joins and a groupby:
    jump:       label(n) := min(label(n), label(label(n)))     (labels join labels)
    propagate:  every edge offers min(label(a), label(b)) to both ends; a node takes the
                smallest offer (edges join labels twice, groupby node, Min)
It stops when a round changes no label: then both ends of every edge agree, so each
component carries one label, its minimum (the minimum never changes and spreads along
every path). The driver holds one counter per round; jumping makes the rounds grow with
the log of the component diameter, not the diameter.

A graph of at most `local_max_edges` edges (dedup.local_max_edges) is small enough for the
driver: the same rounds run there in numpy (`local_components`), without a shuffle per
round (each join or groupby starts aggregator actors: seconds even for a few edges).

    labels, rounds = connected_components(edges, parts=8, max_rounds=64, local_max_edges=0)
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

LABELS = pa.schema([("node", pa.int64()), ("label", pa.int64())])


def edge_offers(batch: pa.Table) -> pa.Table:
    """(a, b[, la, lb]) -> (node, label, cur=null): both ends offered the smaller label."""
    a, b = batch["a"].to_numpy(), batch["b"].to_numpy()
    if "la" in batch.column_names:
        m = np.minimum(batch["la"].to_numpy(), batch["lb"].to_numpy())
    else:
        m = np.minimum(a, b)
    return pa.table(
        {
            "node": pa.array(np.concatenate((a, b)), pa.int64()),
            "label": pa.array(np.concatenate((m, m)), pa.int64()),
            "cur": pa.nulls(2 * batch.num_rows, pa.int64()),
        }
    )


def own_offers(batch: pa.Table) -> pa.Table:
    """(node, label) -> (node, label, cur=label): a node's current label, to compare."""
    return pa.table({"node": batch["node"], "label": batch["label"], "cur": batch["label"]})


def take_jump(batch: pa.Table) -> pa.Table:
    """(node, label, l2) -> (node, min(label, l2)); l2 is null for a label off the graph."""
    lab = batch["label"].to_numpy()
    l2 = batch["l2"].to_numpy(zero_copy_only=False)
    l2 = np.where(np.isnan(l2), lab, l2) if l2.dtype.kind == "f" else l2
    return pa.table({"node": batch["node"], "label": np.minimum(lab, l2.astype(np.int64))})


def _smallest(offers, parts: int):
    from ray.data.aggregate import Min

    return offers.groupby("node", num_partitions=parts).aggregate(
        Min("label", alias_name="label"), Min("cur", alias_name="cur")
    )


def _jump(labels, parts: int):
    other = labels.rename_columns({"node": "label", "label": "l2"})
    jumped = labels.join(other, "left_outer", parts, on=("label",))
    return jumped.map_batches(take_jump, batch_format="pyarrow")


def _propagate(edges, labels, parts: int):
    la = labels.rename_columns({"node": "a", "label": "la"})
    lb = labels.rename_columns({"node": "b", "label": "lb"})
    e = edges.join(la, "inner", parts, on=("a",)).join(lb, "inner", parts, on=("b",))
    offers = e.map_batches(edge_offers, batch_format="pyarrow").union(
        labels.map_batches(own_offers, batch_format="pyarrow")
    )
    return _smallest(offers, parts).materialize()


def local_components(a: np.ndarray, b: np.ndarray, max_rounds: int = 64) -> tuple[pa.Table, int]:
    """The same labels in memory: min-label propagation with pointer jumping over the
    edges' node indices (sorted, so the smallest index is the smallest node id)."""
    nodes, inv = np.unique(np.concatenate([a, b]), return_inverse=True)
    ia, ib = inv[: len(a)], inv[len(a) :]
    label = np.arange(len(nodes))
    for rounds in range(1, max_rounds + 1):
        new = label[label]  # jump
        offer = np.minimum(new[ia], new[ib])  # propagate
        np.minimum.at(new, ia, offer)
        np.minimum.at(new, ib, offer)
        if np.array_equal(new, label):
            return pa.table({"node": nodes, "label": nodes[label]}, schema=LABELS), rounds
        label = new
    raise RuntimeError(
        f"connected components did not converge in dedup.max_rounds={max_rounds} rounds"
    )


def connected_components(edges, parts: int, max_rounds: int = 64, local_max_edges: int = 0):
    """Edges (a, b) -> (labels Dataset (node, label), rounds run)."""
    import ray
    import ray.data

    edges = edges.select_columns(["a", "b"]).materialize()
    if edges.count() <= local_max_edges:  # a small aggregate: at most local_max_edges rows
        t = pa.concat_tables(ray.get(edges.to_arrow_refs())).combine_chunks()
        a = t["a"].to_numpy().astype(np.int64, copy=False)
        b = t["b"].to_numpy().astype(np.int64, copy=False)
        labels, rounds = local_components(a, b, max_rounds)
        return ray.data.from_arrow(labels), rounds
    labels = _smallest(edges.map_batches(edge_offers, batch_format="pyarrow"), parts)
    labels = labels.select_columns(["node", "label"]).materialize()
    for rounds in range(1, max_rounds + 1):
        labels = _jump(labels, parts).materialize()
        new = _propagate(edges, labels, parts)
        changed = new.filter(expr="label < cur").count()
        labels = new.select_columns(["node", "label"]).materialize()
        if changed == 0:
            return labels, rounds
    raise RuntimeError(
        f"connected components did not converge in dedup.max_rounds={max_rounds} rounds"
    )
