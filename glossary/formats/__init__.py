"""Glossary file formats, one module per format, each with `read(path) -> list[Entry]` and `write(entries, path, meta)`.

`write_glossary` and `read_glossary` pick the module from an explicit format name or the file's extension:

| format    | extensions            | module                          |
|-----------|-----------------------|---------------------------------|
| json      | .json                 | `jsonfile` (the glossary.json contract) |
| tbx       | .tbx                  | `tbx` (TBX-Basic martif, no namespace) |
| tbx2019   | (name only)           | `tbx` (TBX 2019, `tbx`/`conceptEntry`) |
| omegat    | .utf8 .txt .tab       | `omegat` (OmegaT tab-separated) |
| csv       | .csv .csv.gz          | `csvfile`                       |
| po        | .po .pot              | `po` (poterminology shape)      |
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from glossary.fileio import YakugoError
from glossary.model import Entry

# Format name → (module name, write keyword arguments).
FORMATS: dict[str, tuple[str, dict]] = {
    "json": ("jsonfile", {}),
    "tbx": ("tbx", {}),
    "tbx2019": ("tbx", {"dialect": "2019"}),
    "omegat": ("omegat", {}),
    "csv": ("csvfile", {}),
    "po": ("po", {}),
}
# Extension (without the dot) → format name. OmegaT reads .utf8, .txt and .tab and ignores .tsv.
EXTENSIONS = {"json": "json", "tbx": "tbx", "utf8": "omegat", "txt": "omegat", "tab": "omegat",
              "csv": "csv", "po": "po", "pot": "po"}
FORMAT_NAMES = tuple(FORMATS) + tuple(k for k in EXTENSIONS if k not in FORMATS)


def format_of(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The format name for `fmt` (a format name or an extension) or, when None, for the path's extension."""
    if fmt:
        name = fmt.lower().lstrip(".")
        if name in FORMATS:
            return name
        if name in EXTENSIONS:
            return EXTENSIONS[name]
        raise YakugoError(f"unknown glossary format {fmt!r} (known: {', '.join(FORMAT_NAMES)})", path)
    suffixes = [s.lower().lstrip(".") for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == "gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in EXTENSIONS:
        return EXTENSIONS[suffixes[-1]]
    raise YakugoError("cannot tell the glossary format from the file name "
                      f"(use one of .{', .'.join(EXTENSIONS)} or name the format)", path)


def _module(name: str):
    import importlib

    return importlib.import_module(f"glossary.formats.{FORMATS[name][0]}")


def write_glossary(entries: list[Entry], path: str | os.PathLike, fmt: str | None = None,
                   meta: dict | None = None) -> None:
    """Write `entries` to `path` atomically in format `fmt` (default: from the extension), `meta` in its header."""
    name = format_of(path, fmt)
    _module(name).write(list(entries), path, meta=meta, **FORMATS[name][1])


def read_glossary(path: str | os.PathLike, fmt: str | None = None) -> list[Entry]:
    """Read a glossary file of any known format; a malformed file raises YakugoError naming file and line."""
    if not Path(path).is_file():
        raise YakugoError("no such file", path)
    name = format_of(path, fmt)
    return _module(name).read(path)


# ---- helpers the format modules share

# Characters XML 1.0 cannot hold (C0 controls other than tab/LF/CR, surrogates, U+FFFE/FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c]+")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (they cannot be written into TBX at all)."""
    return _XML_ILLEGAL.sub("", text)


def one_line(text: str) -> str:
    """`text` on one line: line breaks become single spaces (for line-based formats: TSV, PO comments)."""
    return _LINE_BREAKS.sub(" ", text)


def clean_term(text: str | None) -> str:
    """A term as every format stores it: no line breaks, no spaces around it (OmegaT does not trim)."""
    return one_line(text or "").strip()


def describe_meta(meta: dict | None) -> str:
    """One line saying what made a file, or a plain 'yakugo' line when no build info was given."""
    from glossary.meta import build_info, describe

    return "made by " + describe(meta or build_info())


def entries_with_english(entry: Entry) -> list[str]:
    """The English forms to offer a translator, preferred first, without duplicates or empties."""
    seen: list[str] = []
    for en in [entry.en or "", *entry.en_alternatives]:
        en = clean_term(en)
        if en and en not in seen:
            seen.append(en)
    return seen



def tidy(entry: Entry) -> Entry:
    """An entry as readers hand it on: terms trimmed, duplicates and empties gone, type/origin/status known.

    A reader may meet anything in a user's file; unknown types and origins become "other"/"unknown"
    rather than failing, and `en` "" becomes None (no English known).
    """
    from glossary.model import ORIGINS, STATUSES, TYPES

    entry.ja = clean_term(entry.ja)
    variants: list[str] = []
    for v in [entry.ja, *entry.variants]:
        v = clean_term(v)
        if v and v not in variants:
            variants.append(v)
    entry.variants = variants
    entry.en = clean_term(entry.en) or None
    # A form to avoid is never also offered: deprecated beats alternative, the preferred beats both.
    for name in ("en_deprecated", "en_alternatives"):
        kept: list[str] = []
        for en in getattr(entry, name):
            en = clean_term(en)
            if en and en != entry.en and en not in kept and (name == "en_deprecated" or en not in entry.en_deprecated):
                kept.append(en)
        setattr(entry, name, kept)
    entry.type = entry.type if entry.type in TYPES else "other"
    entry.origin = entry.origin if entry.origin in ORIGINS else "unknown"
    entry.status = entry.status if entry.status in STATUSES else "auto"
    try:
        entry.confidence = min(1.0, max(0.0, float(entry.confidence or 0.0)))
    except (TypeError, ValueError):
        entry.confidence = 0.0
    try:
        entry.count = max(0, int(entry.count or 0))
    except (TypeError, ValueError):
        entry.count = 0
    return entry
