"""Bilingual tab-separated text: `source<TAB>target`, one unit per line, no header.

Reader: UTF-8 (a BOM is dropped), read line by line; blank lines are skipped; columns after the second
(the `origin`/`score` of a pre-translation review file) are ignored; a line without a tab is an error
naming file and line. Writer: tabs and line breaks inside a text become spaces, so every unit stays on
one line; when `meta` is given, a first line `# yakugo …` says what wrote the file, and the reader skips
such a first line.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from glossary.fileio import YakugoError, atomic_write, not_utf8_message
from glossary.meta import describe
from tm.model import Unit, normalize_lang

COMMENT = "# yakugo"


def iter_units(path: str | os.PathLike, srclang: str = "ja", tgtlang: str = "en") -> Iterator[Unit]:
    """Yield one Unit (origin human) per non-blank line of the TSV file at `path`, streamed."""
    path = Path(path)
    if not path.is_file():
        raise YakugoError("no such file", path)
    srclang, tgtlang = normalize_lang(srclang), normalize_lang(tgtlang)
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                raise YakugoError(not_utf8_message(raw), path, number) from None
            line = line.rstrip("\r\n")
            if not line.strip() or (number == 1 and line.startswith(COMMENT)):
                continue
            if "\x00" in line:
                raise YakugoError("binary data, not a tab-separated text file", path, number)
            columns = line.split("\t")
            if len(columns) < 2:
                raise YakugoError("expected source<TAB>target", path, number)
            source, target = columns[0].strip(), columns[1].strip()
            if source and target:
                yield Unit(source=source, target=target, srclang=srclang, tgtlang=tgtlang, origin="human")


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines())


def write_tsv(units: Iterable[Unit], path: str | os.PathLike, meta: dict | None = None) -> int:
    """Write `units` as `source<TAB>target` lines (atomically, streamed); returns how many were written."""
    count = 0
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as out:
        if meta:
            out.write(f"{COMMENT} {describe(meta).removeprefix('yakugo ')}\n")
        for unit in units:
            source, target = _one_line(unit.source).strip(), _one_line(unit.target).strip()
            if source and target:
                out.write(f"{source}\t{target}\n")
                count += 1
    return count
