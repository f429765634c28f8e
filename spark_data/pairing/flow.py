"""Small Ray Data helpers the pair phase's flows share: reading tables, shuffle size, filters.

t = read_small(r, "datasheets", ["datasheet_id"])   # a small table on the driver, or None
ds = filter_eq(read_ds(r, "links", cols), "level", "file")
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq


def read_small(r, name: str, columns: list[str]) -> pa.Table | None:
    """A small table read on the driver (datasheets, sources, repo attribution)."""
    if not r.store.has_table(name):
        return None
    return pq.read_table(r.store.path(name), columns=columns, filesystem=r.store.fs)


def read_ds(r, name: str, columns: list[str]):
    """A table as a Ray Dataset of `columns` (the pipeline's reader)."""
    from spark_data.pipeline import read_table

    return read_table(r, name, columns)


def partitions(r) -> int:
    """Shuffle partitions: the pipeline's rule, sized to the corpus (each partition of a
    join or groupby is an aggregator actor; on a small corpus starting them is the cost)."""
    from spark_data.pipeline import join_partitions

    return join_partitions(r)


def where(batch: pa.Table, column: str, values: tuple[str, ...]) -> pa.Table:
    """Rows whose `column` is one of `values` (a pyarrow filter, no expression parser)."""
    import pyarrow.compute as pc

    return batch.filter(pc.is_in(batch[column], value_set=pa.array(values, pa.string())))


def filter_eq(ds, column: str, *values: str):
    return ds.map_batches(
        where, fn_kwargs={"column": column, "values": values}, batch_format="pyarrow"
    )


def first(batch: pa.Table) -> pa.Table:
    return batch.slice(0, 1)
