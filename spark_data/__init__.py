"""Spark's corpus engine: repositories and datasheets -> Parquet tables -> packed tokens, on Ray."""

__version__ = "0.1.0"
