"""Deduplication: exact and normalised hashes, MinHash-LSH near duplicates, keep rules."""
