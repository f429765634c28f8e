"""The configuration of `spark data`: one frozen dataclass tree, defaults in code.

A YAML file holds only the differences from the defaults; `section.key=value` overrides
from the command line come last. Unknown keys are errors. Relative paths in a YAML file
are resolved against that file's folder, so a config works from any working directory.
The resolved config is saved beside every phase's output.

    cfg = load_config("configs/data/quickstart.yaml", ["pack.seq_len=512"])
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

import yaml

# The reference paper's nine held-out repositories (../shared/PAPER_NOTES.md), matched as
# regular expressions against a repository's url, path and name. Names are matched on the
# last path component, so forks under another owner are held out too; vendored copies
# inside other repositories are the deduplication phase's job.
PAPER_HELD_OUT = (
    r"(^|/)linux(\.git)?$",
    r"(^|/)zephyr(\.git)?$",
    r"(^|/)STM32CubeF4(\.git)?$",
    r"(^|/)CMSIS_5(\.git)?$",
    r"(^|/)wolfssl(\.git)?$",
    r"(^|/)mbedtls(\.git)?$",
    r"(^|/)tinyusb(\.git)?$",
    r"(^|/)mcux-sdk(\.git)?$",
    r"(^|/)AURIX_code_examples(\.git)?$",
)


class ConfigError(ValueError):
    """A config or override that cannot be applied; the message says which key and why."""


@dataclass(frozen=True)
class RayConfig:
    address: str | None = None  # None: RAY_ADDRESS if set, else a local Ray started for us
    num_cpus: int | None = None  # local Ray only; None = all of this machine's CPUs
    # Actors for the stateful stages (readers, parsers, tokenizers): 1..max, scaled by Ray
    # Data; None = one per CPU of the cluster.
    max_actors: int | None = None
    # CPUs an actor and a light task (read, select, filter, write) ask Ray for. Pools leave
    # one CPU free: Ray Data's own tasks (repartition) need a whole one (measured on 2
    # cores: fractional actors filling every core ran slower, see bench/README.md).
    actor_cpus: float = 1.0
    task_cpus: float = 0.25
    # Files per block fed to the parse and tokenize pools: `files` comes one Parquet file per
    # repository, and a pool's actor takes a whole block, so a large repository is split.
    rows_per_block: int = 256
    # Partitions of the hash-shuffle joins and groupbys: None = sized to the corpus (pack:
    # one per 20,000 kept files, at most 2 per CPU); each partition is an aggregator actor.
    join_partitions: int | None = None


@dataclass(frozen=True)
class IngestConfig:
    max_file_bytes: int = 8 * 1024 * 1024  # larger files are recorded, text not kept
    follow_symlinks: bool = False  # symlinks are recorded as such, never followed
    exclude_dirs: tuple[str, ...] = (".git", ".svn", ".hg", "__pycache__", "node_modules")
    submodules: bool = False  # git sources: init submodules only when asked
    clone_timeout_s: int = 600
    files_per_batch: int = 256  # rows per batch emitted by a repository reader
    work_dir: str | None = None  # clone/extract cache; None = <out>/_work (local out only)
    # Archive limits (zip/tar bombs): refuse archives that would unpack to more than this.
    max_archive_bytes: int = 20 * 1024**3
    max_archive_members: int = 2_000_000


@dataclass(frozen=True)
class ParseConfig:
    max_bytes: int = 4 * 1024 * 1024  # larger files are not parsed (parse_status=skipped)
    asm_instructions: bool = True  # emit one symbol per assembly instruction
    batch_size: int = 64  # files per parser call


@dataclass(frozen=True)
class FilterConfig:
    """Thresholds of the tagging rules (spark_data.filters). Tag, don't drop."""

    # A longer file is judged on evenly spaced windows of this many characters in all.
    max_scan_chars: int = 1024 * 1024
    # minified_v1: lines longer than max_line_chars in more than max_line_share of the
    # lines, or a mean line length above max_mean_line_chars (files >= max_line_chars),
    # and code-like: brackets/quotes/=/; at least this share of non-space characters.
    max_line_chars: int = 1000
    max_line_share: float = 0.2
    max_mean_line_chars: float = 500.0
    minified_min_syntax_share: float = 0.05
    # data_blob_v1: at least this share of the non-comment lines are numeric array rows,
    # and at least data_array_min_lines of them.
    data_array_share: float = 0.8
    data_array_min_lines: int = 200
    # encoded_blob_v1: base64 / hex-string / escaped-byte runs cover this share of the
    # non-space characters, and at least encoded_min_chars of them.
    encoded_share: float = 0.5
    encoded_min_chars: int = 1024
    # low_alnum_v1: letters and digits below this share of non-space characters.
    min_alnum_share: float = 0.25
    # license_only_v1: at most this many code lines besides comments and include guards,
    # a file of at most license_only_max_chars, and one licence term (copyright,
    # warranty, ...) per at most license_chars_per_mark characters.
    license_only_max_code_lines: int = 0
    license_only_max_chars: int = 64 * 1024
    license_chars_per_mark: int = 500
    license_text_min_marks: int = 5  # a plain text (other_text) needs this many terms
    # register_header_v1: at least this many register-like defines or struct members,
    # and constant defines / members are at least this share of the code lines.
    min_register_defines: int = 20
    register_define_share: float = 0.5
    # generated_v1: markers ("Generated by", "DO NOT EDIT") are looked for this far.
    generated_scan_chars: int = 4096


@dataclass(frozen=True)
class SplitConfig:
    held_out_patterns: tuple[str, ...] = PAPER_HELD_OUT


@dataclass(frozen=True)
class PackConfig:
    tokenizer: str = ""  # a local directory with tokenizer.json (any HF tokenizer)
    seq_len: int = 2048
    eos_token: str | None = None  # None: the tokenizer's eos (or <|endoftext|>, </s>)
    # Encode byte-level BPE through tiktoken when it provably gives the same ids (fastbpe).
    fast_tokenizer: bool = True
    kinds: tuple[str, ...] = (
        "c_source",
        "c_header",
        "asm",
        "linker_script",
        "device_tree",
        "kconfig",
        "build",
        "other_text",
    )
    docs_per_batch: int = 256  # documents per tokenizer batch
    # Documents packed together: each (split, domain) tail of a packing batch is padded to
    # one block, so larger batches waste less (the summary reports the padding share).
    pack_docs_per_batch: int = 4096
    blocks_per_shard: int = 4096  # blocks in one .npy shard (4096 x 2048 x 4 B = 32 MiB)
    deterministic: bool = True  # preserve order so block ids repeat run after run
    # A seeded, document-level sample of the training split becomes split "validation":
    # never trained on; spark train's validation loss and spark eval's in_domain set.
    validation_fraction: float = 0.02
    split_seed: int = 0
    # Pair documents (datasheet section + implementing code) are packed with the code.
    include_pairs: bool = True


from spark_data.attribution.config import AttributionConfig  # noqa: E402
from spark_data.datasheets.config import DatasheetsConfig  # noqa: E402
from spark_data.dedup.config import DedupConfig  # noqa: E402
from spark_data.pairing.config import PairingConfig  # noqa: E402


@dataclass(frozen=True)
class DataConfig:
    sources: str = ""  # the sources manifest (YAML)
    out: str = "out/corpus"  # output root: a local path or a pyarrow filesystem URI
    ray: RayConfig = field(default_factory=RayConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    parse: ParseConfig = field(default_factory=ParseConfig)
    filter: FilterConfig = field(default_factory=FilterConfig)
    split: SplitConfig = field(default_factory=SplitConfig)
    datasheets: DatasheetsConfig = field(default_factory=DatasheetsConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    attribution: AttributionConfig = field(default_factory=AttributionConfig)
    pairing: PairingConfig = field(default_factory=PairingConfig)
    pack: PackConfig = field(default_factory=PackConfig)


# Keys whose values are filesystem paths, resolved against the YAML file's folder.
_PATH_KEYS = {
    ("sources",),
    ("out",),
    ("pack", "tokenizer"),
    ("ingest", "work_dir"),
    ("attribution", "taxonomy"),
    ("attribution", "registry"),
    ("dedup", "index_dir"),
}


def _is_uri(value: str) -> bool:
    return "://" in value


def _resolve_path(value: str, base: Path) -> str:
    if not value or _is_uri(value) or os.path.isabs(value):
        return value
    return str((base / os.path.expanduser(value)).resolve())


def _coerce(value: Any, typ: Any, key: str) -> Any:
    """Coerce a YAML/CLI value to the annotated type, or raise ConfigError."""
    origin = get_origin(typ)
    args = get_args(typ)
    if origin is None and isinstance(typ, type) and is_dataclass(typ):
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping, got {value!r}")
        return _build(typ, value, key + ".")
    if args and type(None) in args:  # Optional[X]
        if value is None or (isinstance(value, str) and value.lower() in ("null", "none", "")):
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(value, inner[0], key)
    if origin is tuple:
        if isinstance(value, str):
            value = [v for v in value.split(",") if v]
        if not isinstance(value, (list, tuple)):
            raise ConfigError(f"{key}: expected a list, got {value!r}")
        return tuple(_coerce(v, args[0], key) for v in value)
    if typ is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0", "yes", "no"):
            return value.lower() in ("true", "1", "yes")
        raise ConfigError(f"{key}: expected true/false, got {value!r}")
    if typ in (int, float):
        if isinstance(value, bool):
            raise ConfigError(f"{key}: expected a number, got {value!r}")
        try:
            return typ(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{key}: expected {typ.__name__}, got {value!r}") from None
    if typ is str:
        if isinstance(value, (dict, list)):
            raise ConfigError(f"{key}: expected a string, got {value!r}")
        return str(value)
    return value


def _build(cls: type, data: dict, prefix: str = "") -> Any:
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        where = prefix.rstrip(".") or "top level"
        raise ConfigError(f"unknown config key(s) {unknown} in {where}; known: {sorted(names)}")
    kwargs = {k: _coerce(v, hints[k], f"{prefix}{k}") for k, v in data.items()}
    return cls(**kwargs)


def _set_path(tree: dict, dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = tree
    for p in parts[:-1]:
        node = node.setdefault(p, {})
        if not isinstance(node, dict):
            raise ConfigError(f"override {dotted}: {p} is not a section")
    node[parts[-1]] = value


def _resolve_paths(tree: dict, base: Path, path_keys) -> None:
    for path_key in path_keys:
        node = tree
        for p in path_key[:-1]:
            node = node.get(p) if isinstance(node, dict) else None
            if node is None:
                break
        if isinstance(node, dict) and isinstance(node.get(path_key[-1]), str):
            node[path_key[-1]] = _resolve_path(node[path_key[-1]], base)


def load_config(
    path: str | os.PathLike | None = None, overrides: list[str] | None = None
) -> DataConfig:
    """Defaults, then the YAML file at `path` (differences only), then `a.b=value` overrides.

    Paths in the YAML file are relative to its folder; paths in overrides to the cwd.
    """
    return load_dataclass(DataConfig, path, overrides, _PATH_KEYS)


def load_dataclass(
    cls: type,
    path: str | os.PathLike | None = None,
    overrides: list[str] | None = None,
    path_keys: set[tuple[str, ...]] | frozenset = frozenset(),
) -> Any:
    """Any frozen dataclass tree from YAML + overrides (spark train and eval use this too).

    `path_keys` name the keys whose string values are paths, resolved against the YAML
    file's folder (or the cwd for overrides).
    """
    tree: dict = {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file not found: {p}")
        loaded = yaml.safe_load(p.read_text()) or {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{p}: expected a mapping at the top level")
        tree = loaded
        _resolve_paths(tree, p.resolve().parent, path_keys)
    for item in overrides or []:
        if "=" not in item:
            raise ConfigError(f"override {item!r}: expected key=value")
        key, raw = (s.strip() for s in item.split("=", 1))
        value = yaml.safe_load(raw) if raw else ""
        if tuple(key.split(".")) in path_keys and isinstance(value, str):
            value = _resolve_path(value, Path.cwd())
        _set_path(tree, key, value)
    return _build(cls, tree)


def with_overrides(cfg: DataConfig, **top: Any) -> DataConfig:
    """A copy with top-level fields replaced (e.g. sources=..., out=... from CLI flags)."""
    return replace(cfg, **{k: v for k, v in top.items() if v is not None})


def to_dict(cfg: Any) -> dict:
    d = dataclasses.asdict(cfg)
    return _tuples_to_lists(d)


def _tuples_to_lists(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _tuples_to_lists(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_tuples_to_lists(v) for v in x]
    return x


def to_yaml(cfg: Any) -> str:
    return yaml.safe_dump(to_dict(cfg), sort_keys=False)


def section(cfg: DataConfig, name: str) -> dict:
    """One section as a plain dict (for phase fingerprints)."""
    return to_dict(getattr(cfg, name))
