"""Glossaries as CSV with a header row (UTF-8, RFC 4180 quoting); `.csv.gz` is read too.

Written columns: ja, en, variants, en_alternatives, en_deprecated, type, origin, confidence,
provenance, status, count, termhood, notes, glosses, readings, foreign, sources. List cells join their items
with " | " (a literal "|" or "\\" inside an item is escaped with a backslash); `sources` is a JSON
array of {"file", "line", "context"}. A first line starting with "#" says what made the file.

The reader also takes a user's simpler sheet: any header naming a Japanese column (ja, japanese,
source, term, 日本語, …) and optionally an English one (en, english, target, translation, 英語, …);
unknown columns are ignored.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
from pathlib import Path

from glossary.fileio import YakugoError, atomic_write, not_utf8_message
from glossary.formats import describe_meta, one_line, tidy
from glossary.model import Entry, Source

COLUMNS = ("ja", "en", "variants", "en_alternatives", "en_deprecated", "type", "origin", "confidence",
           "provenance", "status", "count", "termhood", "notes", "glosses", "readings", "foreign", "sources")
LIST_COLUMNS = ("variants", "en_alternatives", "en_deprecated", "notes", "glosses", "readings", "foreign")
# Header spellings of the two columns every glossary sheet has, compared case-insensitively.
ALIASES = {
    "ja": ("ja", "ja-jp", "japanese", "source", "source term", "term", "src", "日本語", "原語", "用語"),
    "en": ("en", "en-us", "en-gb", "english", "target", "target term", "translation", "tgt", "英語", "訳語"),
}
SEPARATOR = " | "


def join_list(items: list[str]) -> str:
    return SEPARATOR.join(i.replace("\\", "\\\\").replace("|", "\\|") for i in items)


def split_list(cell: str) -> list[str]:
    """Inverse of join_list: split on unescaped " | ", then unescape."""
    if not cell:
        return []
    items, current, i = [], [], 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell):
            current.append(cell[i + 1])
            i += 2
            continue
        if cell.startswith(SEPARATOR, i):
            items.append("".join(current))
            current = []
            i += len(SEPARATOR)
            continue
        current.append(ch)
        i += 1
    items.append("".join(current))
    return items


def write(entries: list[Entry], path: str | os.PathLike, meta: dict | None = None) -> None:
    """Write the header row and one row per entry."""
    with atomic_write(path, newline="") as out:
        out.write(f"# {one_line(describe_meta(meta))}\r\n")
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for e in entries:
            row = {
                "ja": e.ja, "en": e.en or "", "type": e.type, "origin": e.origin,
                "confidence": repr(float(e.confidence)), "provenance": e.provenance or "", "status": e.status,
                "count": str(int(e.count)), "termhood": repr(float(e.termhood)) if e.termhood else "",
                "sources": json.dumps([s.to_dict() for s in e.sources], ensure_ascii=False) if e.sources else "",
            }
            for name in LIST_COLUMNS:
                row[name] = join_list(getattr(e, name))
            writer.writerow([row[c] for c in COLUMNS])


def _open(path: Path) -> io.TextIOBase:
    if path.suffix.lower() == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return open(path, encoding="utf-8-sig", newline="")


def _columns(header: list[str], path: Path) -> dict[str, int]:
    names = [h.strip().lower() for h in header]
    columns = {name: names.index(name) for name in COLUMNS if name in names}
    for key, aliases in ALIASES.items():
        if key not in columns:
            found = next((names.index(a) for a in aliases if a in names), None)
            if found is not None:
                columns[key] = found
    if "ja" not in columns:
        raise YakugoError("the header row names no Japanese column (ja, japanese, source, term or 日本語)", path, 1)
    return columns


def read(path: str | os.PathLike) -> list[Entry]:
    """Entries of a CSV glossary, read row by row; rows without a Japanese term are skipped."""
    path = Path(path)
    entries: list[Entry] = []
    line = 0
    reader = None
    header_line = 0
    try:
        with _open(path) as handle:
            # skip the "# made by" comment lines before the header
            lines = (row for row in handle)
            header_text = None
            for text_line in lines:
                line += 1
                if text_line.startswith("#") or not text_line.strip():
                    continue
                header_text = text_line
                break
            if header_text is None:
                return []
            header_line = line
            reader = csv.reader(_chain(header_text, lines), strict=True)
            columns = _columns(next(reader), path)
            for row in reader:
                line = header_line + reader.line_num - 1
                if not any(cell.strip() for cell in row):
                    continue

                def cell(name: str) -> str:
                    index = columns.get(name)
                    return row[index] if index is not None and index < len(row) else ""

                if not cell("ja").strip():
                    continue
                sources: list[Source] = []
                if cell("sources").strip():
                    try:
                        sources = [Source.from_dict(s) for s in json.loads(cell("sources"))]
                    except (ValueError, TypeError, AttributeError):
                        raise YakugoError("the sources cell is not a JSON list of {file, line}", path, line) from None
                try:
                    confidence = float(cell("confidence") or 0)
                    count = int(cell("count") or 0)
                    termhood = float(cell("termhood") or 0)
                except ValueError:
                    raise YakugoError("confidence, count or termhood is not a number", path, line) from None
                entry = Entry(ja=cell("ja"), en=cell("en") or None, type=cell("type") or "other",
                              origin=cell("origin") or "unknown", confidence=confidence,
                              provenance=cell("provenance") or None, status=cell("status") or "auto",
                              count=count, termhood=termhood, sources=sources,
                              **{name: split_list(cell(name)) for name in LIST_COLUMNS})
                entries.append(tidy(entry))
    except csv.Error as exc:
        if reader is not None:
            line = header_line + reader.line_num - 1
        raise YakugoError(f"malformed CSV ({exc})", path, line or None) from None
    except UnicodeDecodeError:
        with open(path, "rb") as raw:
            raise YakugoError(not_utf8_message(raw.read(65536)), path, line + 1) from None
    except (OSError, EOFError) as exc:
        raise YakugoError(f"cannot read ({exc})", path) from None
    return entries


def _chain(first: str, rest):
    yield first
    yield from rest
