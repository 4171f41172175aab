"""Helpers shared by the extraction tests."""
from __future__ import annotations

from glossary.model import Entry


def by_ja(entries: list[Entry], form: str) -> Entry | None:
    """The entry that has `form` among its spellings, or None."""
    return next((e for e in entries if form in e.variants), None)


def type_of(text: str, form: str) -> str | None:
    """The type of the entry extracted from `text` that has `form` among its spellings (None: no such entry)."""
    from glossary.extract import extract

    entry = by_ja(extract(text, file="t.txt"), form)
    return entry.type if entry is not None else None


def type_of_entry(entries: list[Entry], form: str) -> str | None:
    """The type of the entry among `entries` that has `form` among its spellings (None: no such entry)."""
    entry = by_ja(entries, form)
    return entry.type if entry is not None else None


def rendered(text: str) -> dict[str, Entry]:
    """The entries extracted from `text`, with the English transliteration gives them, by their main spelling."""
    from glossary.extract import extract
    from glossary.translit import Transliterator

    entries = extract(text, file="t.txt")
    Transliterator().apply(entries)
    return {e.ja: e for e in entries}
