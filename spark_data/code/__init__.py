"""Tree-sitter parsing and symbol extraction, per language (the parse phase's row logic).

`parser.CodeParser` is the stage (files batch -> symbols table); `parser.parse_file` the row
helper; `c`, `asm`, `dts` the extractors; `evaluate` the constant evaluator; `roles` the
register-style role rules. Importing this package does not load tree-sitter.
"""

# The language each parsed file kind (schema.PARSED_KINDS) is read with.
LANGUAGE_BY_KIND = {
    "c_source": "c",
    "c_header": "c",
    "asm": "asm",
    "device_tree": "devicetree",
}
