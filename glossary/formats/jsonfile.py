"""The glossary.json contract: a JSON array of `Entry.to_dict()` objects.

JSON has no comments, so what made the file is written into each entry as the extra key `made_by`
(the contract allows added keys); readers ignore it.
"""
from __future__ import annotations

import json
import os

from glossary.fileio import YakugoError, atomic_write, read_text
from glossary.formats import describe_meta, tidy
from glossary.model import Entry


def write(entries: list[Entry], path: str | os.PathLike, meta: dict | None = None) -> None:
    """Write the contract array, one entry per line block, UTF-8 unescaped so it stays readable."""
    made_by = describe_meta(meta)
    with atomic_write(path) as out:
        out.write("[")
        for i, entry in enumerate(entries):
            data = entry.to_dict()
            data["made_by"] = made_by
            out.write(",\n" if i else "\n")
            out.write(json.dumps(data, ensure_ascii=False))
        out.write("\n]\n")


def read(path: str | os.PathLike) -> list[Entry]:
    """Entries from a contract array (or an object with an "entries" array); bad JSON names file and line."""
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise YakugoError(f"not valid JSON: {exc.msg}", path, exc.lineno) from None
    except RecursionError:
        raise YakugoError("not a glossary: JSON nested too deeply to read", path) from None
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        data = data["entries"]
    if not isinstance(data, list):
        raise YakugoError("expected a JSON array of glossary entries", path, 1)
    entries = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("ja"), str) or not item["ja"].strip():
            raise YakugoError(f"entry {i} has no Japanese form (\"ja\")", path)
        try:
            entries.append(tidy(Entry.from_dict(item)))
        except (TypeError, ValueError, AttributeError) as exc:
            raise YakugoError(f"entry {i} ({item['ja']}) is malformed: {exc}", path) from None
    return entries
