"""The main job: a corpus in, a termbase and a translation memory out.

text files → paragraphs → entries (extract) → English (translit) → glossary store → glossary exports
           → sentences → aligned units (with any English translation) + term units → TM store → TMX
"""
from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from glossary.fileio import YakugoError
from glossary.meta import build_info
from glossary.model import Entry
from glossary.text import Paragraph, iter_text_files, read_paragraphs

GLOSSARY_STORE = "glossary.db"
MEMORY_STORE = "memory.db"
GLOSSARY_EXPORTS = ("glossary.json", "glossary.tbx", "glossary.utf8", "glossary.csv", "glossary.po")
MEMORY_EXPORT = "memory.tmx"

ProgressFn = Callable[..., None]


@dataclass
class BuildSummary:
    """What a build did, for the one-screen report the CLI prints."""

    out_dir: Path
    files: int = 0
    translated_files: int = 0
    paragraphs: int = 0
    segments: int = 0
    units: int = 0
    units_by_origin: Counter = field(default_factory=Counter)
    entries_by_type: Counter = field(default_factory=Counter)
    entries_by_origin: Counter = field(default_factory=Counter)
    entries_with_english: int = 0
    conflicts: list[str] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    @property
    def entries(self) -> int:
        return sum(self.entries_by_type.values())

    def describe(self) -> str:
        def counts(counter: Counter) -> str:
            return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"

        lines = [
            f"Read {self.files} Japanese files ({self.translated_files} with an English translation): "
            f"{self.paragraphs} paragraphs, {self.segments} segments.",
            f"Glossary: {self.entries} entries ({self.entries_with_english} with English).",
            f"  by type:   {counts(self.entries_by_type)}",
            f"  by origin: {counts(self.entries_by_origin)}",
            f"Memory: {self.units} units ({counts(self.units_by_origin)}).",
        ]
        if self.conflicts:
            lines.append(f"Conflicts with locked entries: {len(self.conflicts)} (kept the locked English):")
            lines.extend(f"  {c}" for c in self.conflicts[:20])
        lines.append(f"Wrote {', '.join(p.name for p in self.outputs)} in {self.out_dir}/ ({self.seconds:.1f} s).")
        return "\n".join(lines)


def english_partner(path: Path) -> Path | None:
    """The English translation of a Japanese corpus file, by convention NAME.en.txt beside NAME.txt."""
    partner = path.with_name(path.stem + ".en" + path.suffix)
    return partner if partner.is_file() else None


def is_english_side(path: Path) -> bool:
    return path.stem.endswith(".en")


def build_corpus(corpus: list[str | os.PathLike], out_dir: str | os.PathLike,
                 progress: ProgressFn | None = None) -> BuildSummary:
    """Run the whole pipeline over `corpus` and write every output into `out_dir`.

    Outputs are first written beside their final names and renamed only when all of them are
    ready, so a failure leaves the previous outputs intact. The stores keep what earlier builds
    and the user put in them (locked entries win over extraction).
    """
    from glossary.extract import extract
    from glossary.formats import write_glossary
    from glossary.store import GlossaryStore
    from glossary.translit import Transliterator
    from tm.align import align_documents
    from tm.formats.tmx import write_tmx
    from tm.segment import split_paragraphs
    from tm.store import TMStore

    started = time.monotonic()
    report = progress or (lambda *a, **k: None)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise YakugoError("--out must be a folder", out)
    out.mkdir(parents=True, exist_ok=True)
    summary = BuildSummary(out_dir=out)

    files = iter_text_files(corpus)
    japanese = [p for p in files if not is_english_side(p)]
    if not japanese:
        raise YakugoError("no Japanese text files to build from", corpus[0])
    summary.files = len(japanese)

    documents: dict[Path, list[Paragraph]] = {}
    for i, path in enumerate(japanese, 1):
        report("reading", i, len(japanese))
        documents[path] = read_paragraphs(path)
    all_paragraphs = [p for paras in documents.values() for p in paras]
    summary.paragraphs = len(all_paragraphs)

    report("extracting")
    entries = extract(all_paragraphs)
    report("transliterating")
    Transliterator().apply(entries)

    info = build_info()
    with contextlib.ExitStack() as stack:
        glossary_store = stack.enter_context(GlossaryStore.open(out / GLOSSARY_STORE))
        merge = glossary_store.merge_extracted(entries)
        summary.conflicts = list(merge.conflicts)
        final_entries: list[Entry] = glossary_store.entries()

        report("aligning")
        units = []
        for path, paras in documents.items():
            partner = english_partner(path)
            sentences = split_paragraphs(paras, lang="ja")
            summary.segments += len(sentences)
            if partner is not None:
                summary.translated_files += 1
                units.extend(align_documents(paras, read_paragraphs(partner), glossary=final_entries,
                                             document=path.name))
        memory = stack.enter_context(TMStore.open(out / MEMORY_STORE))
        memory.add_units(units)
        memory.add_glossary_terms(final_entries)
        stats = memory.stats()
        summary.units = stats.units
        summary.units_by_origin = Counter(stats.by_origin)

        report("writing")
        staged: list[tuple[Path, Path]] = []
        try:
            for name in GLOSSARY_EXPORTS:
                final = out / name
                temp = out / f".{name}.staged"
                write_glossary(final_entries, temp, fmt=final.suffix.lstrip("."), meta=info)
                staged.append((temp, final))
            temp = out / f".{MEMORY_EXPORT}.staged"
            write_tmx(memory.iter_units(), temp, meta=info)
            staged.append((temp, out / MEMORY_EXPORT))
        except BaseException:
            for temp, _ in staged:
                temp.unlink(missing_ok=True)
            raise
        for temp, final in staged:
            os.replace(temp, final)
            summary.outputs.append(final)

    summary.outputs += [out / GLOSSARY_STORE, out / MEMORY_STORE]
    summary.entries_by_type = Counter(e.type for e in final_entries)
    summary.entries_by_origin = Counter(e.origin for e in final_entries)
    summary.entries_with_english = sum(1 for e in final_entries if e.en)
    summary.seconds = time.monotonic() - started
    return summary
