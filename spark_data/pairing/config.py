"""The `pairing:` config section: thresholds of the three SpecMap levels, the pair
document templates and the optional LLM re-ranker.

Scores are in [0, 1]. A link below `min_score` is not written (the bad-input reasons are,
with score 0: see spark_data/pairing/__init__.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The pair document: a datasheet section (text and register table) above the code that
# implements it. Fields: {title} {heading_path} {datasheet} {pages} {section_text}
# {register_table} {code} {repo} {device}; each code snippet is {provenance} + {snippet}.
DEFAULT_TEMPLATE = (
    "/* Datasheet: {datasheet}, {heading_path} (pages {pages})\n"
    " * Device: {device}\n"
    " *\n"
    "{section_text}\n"
    " *\n"
    " * Registers:\n"
    "{register_table}\n"
    " */\n\n"
    "/* Implementation in {repo} */\n"
    "{code}"
)
SNIPPET_TEMPLATE = "/* {provenance} */\n{snippet}\n"


@dataclass(frozen=True)
class RerankConfig:
    """An OpenAI-compatible chat-completions endpoint that re-scores file links."""

    enabled: bool = False
    url: str = "http://127.0.0.1:8000/v1"  # base url; /chat/completions is appended
    model: str = ""
    api_key_env: str = "OPENAI_API_KEY"  # the key is read from this variable, never stored
    timeout_s: float = 30.0
    top_k: int = 5  # candidate files per section sent to the model
    weight: float = 0.5  # new score = (1 - weight) * score + weight * model score
    max_chars: int = 1500  # per candidate snippet and for the section text


@dataclass(frozen=True)
class PairingConfig:
    min_score: float = 0.5  # links below this score are not written
    # Repository level: a (repo, datasheet) candidate needs this score; a pair document is
    # written only for a pair with at least min_pair_registers distinct linked registers.
    min_repo_score: float = 0.5
    min_pair_registers: int = 3
    # Share of a datasheet's register names that a repository must use for the name
    # overlap alone to reach score 1 (sensor drivers use most; applications a few).
    full_overlap_share: float = 0.3
    # Symbol level: at most this many links per code symbol (ties, e.g. every USART
    # instance a USART_TypeDef member stands for, are all kept up to this; nRF52840's
    # NRF_EGU_Type.TASKS_TRIGGER[16] stands for 16 registers in each of 6 EGUs = 96).
    max_links_per_symbol: int = 128
    # A datasheet whose registers all sit below this address is an 8-bit AVR-style map:
    # its I/O addresses are matched shifted by avr_io_offset too (_SFR_IO8(0x18) = 0x38).
    avr_max_address: int = 0x100
    avr_io_offset: int = 0x20
    # File level: candidate files kept per section, and the weight of a definition site
    # relative to a usage site (a driver .c uses what a header defines).
    files_per_section: int = 5
    definition_weight: float = 0.3
    max_identifiers_per_file: int = 4000
    # Pair documents: sections per (repo, datasheet), snippets per document, limits.
    max_sections_per_pair: int = 50
    max_snippets: int = 6
    snippet_context_lines: int = 3
    max_section_chars: int = 4000
    max_doc_chars: int = 24000
    template: str = DEFAULT_TEMPLATE
    snippet_template: str = SNIPPET_TEMPLATE
    rerank: RerankConfig = field(default_factory=RerankConfig)
