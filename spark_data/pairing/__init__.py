"""SpecMap-style datasheet-to-code links (repo -> file -> symbol) and pair documents."""
