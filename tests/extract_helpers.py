"""Helpers shared by the extraction tests."""
from __future__ import annotations

from glossary.model import Entry


def by_ja(entries: list[Entry], form: str) -> Entry | None:
    """The entry that has `form` among its spellings, or None."""
    return next((e for e in entries if form in e.variants), None)
