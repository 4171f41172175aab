"""OmegaT's tab-separated glossary: `source<TAB>target<TAB>comment`, UTF-8 (extensions .utf8, .txt, .tab).

OmegaT shows synonyms as several lines with the same source, and it does not trim, so terms are
written without surrounding spaces. Each Japanese variant gets its own lines (OmegaT matches the
source text literally), each English form its own line, preferred first. The comment is for the
translator and is also how the reader regroups lines into entries:

    ラヴロフ<TAB>Lavrov<TAB>person (ru); avoid: Lavrof; note text
    ラブロフ<TAB>Lavrov<TAB>person (ru); variant of ラヴロフ

What the format cannot hold: tabs and line breaks inside a field (written as spaces), sources,
counts, confidence and status. Lines starting with `#` are comments (OmegaT skips them too).
"""
from __future__ import annotations

import os
import re

from glossary.fileio import YakugoError, atomic_write, read_text
from glossary.formats import clean_term, describe_meta, entries_with_english, one_line, tidy
from glossary.model import ORIGINS, TYPES, Entry

_HEAD_RE = re.compile(r"^(%s)(?: \((%s)\))?$" % ("|".join(TYPES), "|".join(ORIGINS)))
VARIANT_OF = "variant of "
AVOID = "avoid: "


def _field(text: str) -> str:
    return clean_term(text.replace("\t", " "))


def _comment(entry: Entry, canonical: str | None) -> str:
    head = entry.type + (f" ({entry.origin})" if entry.origin != "unknown" else "")
    parts = [head]
    if canonical is not None:
        parts.append(VARIANT_OF + _field(canonical))
    elif entry.en_deprecated:
        parts.append(AVOID + ", ".join(_field(e) for e in entry.en_deprecated))
    if canonical is None:
        parts += [_field(one_line(n)) for n in entry.notes if _field(n)]
    return "; ".join(parts)


def write(entries: list[Entry], path: str | os.PathLike, meta: dict | None = None) -> None:
    """Write one line per (Japanese variant, English form); entries without English get an empty target."""
    with atomic_write(path, newline="\n") as out:
        out.write(f"# {_field(describe_meta(meta))}\n")
        for entry in entries:
            canonical = _field(entry.ja)
            english = [_field(e) for e in entries_with_english(entry)] or [""]
            variants = [canonical] + [_field(v) for v in entry.variants if _field(v) != canonical]
            for variant in dict.fromkeys(variants):
                if not variant:
                    continue
                comment = _comment(entry, None if variant == canonical else canonical)
                for en in english:
                    out.write(f"{variant}\t{en}\t{comment}\n")


def read(path: str | os.PathLike) -> list[Entry]:
    """Entries of an OmegaT glossary: lines regrouped by source term and by `variant of` comments."""
    text = read_text(path)
    by_ja: dict[str, Entry] = {}
    pending_variants: list[tuple[str, str]] = []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        source = clean_term(cells[0])
        target = clean_term(cells[1]) if len(cells) > 1 else ""
        comment = "\t".join(cells[2:]).strip()
        if not source:
            raise YakugoError("line has no source term before the first tab", path, number)
        parts = [p for p in comment.split("; ")] if comment else []
        head = _HEAD_RE.match(parts[0]) if parts else None
        type_, origin = ("other", "unknown")
        if head:
            type_, origin = head.group(1), head.group(2) or "unknown"
            parts = parts[1:]
        canonical = None
        deprecated: list[str] = []
        rest: list[str] = []
        for i, part in enumerate(parts):
            if part.startswith(VARIANT_OF) and canonical is None:
                # a variant's comment ends with its canonical term, which may itself hold "; "
                canonical = "; ".join(parts[i:])[len(VARIANT_OF):]
                break
            elif part.startswith(AVOID) and head and not deprecated and not rest:
                deprecated = [e.strip() for e in part[len(AVOID):].split(", ") if e.strip()]
            else:
                rest.append(part)
        # the free text after our markers is the translator's note, "; " inside it included
        notes = ["; ".join(rest).strip()] if "".join(rest).strip() else []
        if canonical is not None and canonical != source:
            # a variant's lines repeat its entry's English; only the spelling is new
            pending_variants.append((source, canonical))
            continue
        entry = by_ja.get(source)
        if entry is None:
            by_ja[source] = Entry(ja=source, en=target or None, type=type_, origin=origin,
                                  en_deprecated=deprecated, notes=notes)
        elif target and target != entry.en and target not in entry.en_alternatives:
            if entry.en is None:
                entry.en = target
            else:
                entry.en_alternatives.append(target)
    for variant, canonical in pending_variants:
        owner = by_ja.get(canonical)
        if owner is None:  # the canonical line is missing: keep the variant as an entry of its own
            owner = by_ja.setdefault(variant, Entry(ja=variant))
        if variant not in owner.variants:
            owner.variants.append(variant)
    return [tidy(e) for e in by_ja.values()]
