"""Readers: bytes in, rows or features out (see formats/registry.py)."""
