"""Manufacturer attribution (registry data file) and domain classification (taxonomy YAML)."""
