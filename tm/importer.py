"""`yakugo tm import`: read bilingual files of any supported format into a TM store, all or nothing.

The format is chosen by extension (`.tmx`, `.tsv`/`.tab`, `.po`/`.pot`, `.xlf`/`.xliff`), else by
sniffing the first bytes (`<tmx`, `<xliff`, `msgid`, a tab). Every file of one call is imported in one
transaction: a bad file raises YakugoError (file and line) and the store stays as it was.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from glossary.fileio import YakugoError
from tm.model import Unit
from tm.store import AddReport, TMStore

FORMATS = ("tmx", "tsv", "po", "xliff")
_BY_SUFFIX = {".tmx": "tmx", ".tsv": "tsv", ".tab": "tsv", ".po": "po", ".pot": "po", ".xlf": "xliff",
              ".xliff": "xliff"}


def detect_format(path: str | os.PathLike) -> str:
    """The bilingual format of `path`, by extension or else by its first bytes; YakugoError if unknown."""
    path = Path(path)
    if not path.is_file():
        raise YakugoError("no such file", path)
    fmt = _BY_SUFFIX.get(path.suffix.lower())
    if fmt:
        return fmt
    with path.open("rb") as stream:
        head = stream.read(4096)
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8")):
        if head.startswith(bom):
            head = head[len(bom):].decode(codec, "ignore").encode("utf-8")
            break
    text = head.decode("utf-8", "ignore")
    if "<tmx" in text:
        return "tmx"
    if "<xliff" in text:
        return "xliff"
    if "msgid" in text and "msgstr" in text:
        return "po"
    if "\t" in text and not text.lstrip().startswith("<"):
        return "tsv"
    raise YakugoError("unknown bilingual format (expected TMX, XLIFF, PO or source<TAB>target)", path)


def reader(fmt: str) -> Callable[..., Iterator[Unit]]:
    """The streamed `iter_units(path, ...)` of a format."""
    if fmt == "tmx":
        from tm.formats.tmx import iter_units
    elif fmt == "tsv":
        from tm.formats.tsv import iter_units
    elif fmt == "po":
        from tm.formats.po import iter_units
    elif fmt == "xliff":
        from tm.formats.xliff import iter_units
    else:
        raise YakugoError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return iter_units


def read_units(path: str | os.PathLike, fmt: str | None = None, srclang: str = "ja",
               tgtlang: str = "en") -> Iterator[Unit]:
    """Stream the units of one bilingual file; the TMX and TSV readers take the language pair to read."""
    fmt = fmt or detect_format(path)
    if fmt in ("tmx", "tsv"):
        return reader(fmt)(path, srclang=srclang, tgtlang=tgtlang)
    return reader(fmt)(path)


@dataclass
class FileImport:
    path: Path
    format: str
    report: AddReport


@dataclass
class ImportSummary:
    files: list[FileImport] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.report.added for f in self.files)

    @property
    def merged(self) -> int:
        return sum(f.report.merged for f in self.files)

    def describe(self) -> str:
        lines = [f"{f.path} ({f.format}): {f.report.added} new, {f.report.merged} merged"
                 + (f", {f.report.skipped} without translation" if f.report.skipped else "")
                 for f in self.files]
        lines.append(f"Imported {self.added} new units ({self.merged} merged into existing ones) "
                     f"from {len(self.files)} file(s).")
        return "\n".join(lines)


def import_files(store: TMStore, paths: Iterable[str | os.PathLike], fmt: str | None = None,
                 srclang: str = "ja", tgtlang: str = "en",
                 progress: Callable[..., None] | None = None) -> ImportSummary:
    """Import every file of `paths` into `store` in one transaction; a bad file undoes the whole import."""
    paths = [Path(p) for p in paths]
    formats = [fmt or detect_format(p) for p in paths]  # refuse unknown files before touching the store
    summary = ImportSummary()
    with store.transaction():
        for i, (path, file_fmt) in enumerate(zip(paths, formats), 1):
            if progress:
                progress(f"importing {path.name}", i, len(paths))
            report = store.import_units(read_units(path, file_fmt, srclang=srclang, tgtlang=tgtlang))
            summary.files.append(FileImport(path, file_fmt, report))
    return summary
