"""Batch pre-translation of Japanese drafts from a translation memory, a glossary and (optionally) MT.

For each segment, in order: an exact TM match; else the best fuzzy match at or above `min_score`; else
machine translation where asked for and available; else an empty target. Every segment records its origin
(exact, fuzzy with its score, mt, none) and the glossary terms in it (`tm.model.Pretranslation`).

`Pretranslator` holds the matcher, the glossary and the MT backend, built once; `pretranslate_files` runs it
over files and folders (`.txt`, `.md`, and PO files whose msgids are Japanese) on all cores, writing one output
per input in XLIFF 1.2, PO, TMX or TSV. The run is resumable: a journal in the output folder records each input
finished (its content hash and the settings), and a restarted run skips those. A file that fails is reported
and the others go on.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from glossary.fileio import YakugoError, atomic_write
from glossary.meta import build_info, describe
from tm.model import Candidate, GlossaryHit, Pretranslation, Unit

FORMATS = ("xliff", "po", "tmx", "tsv")
MT_MODES = ("auto", "none", "argos")
SUFFIXES = (".txt", ".md", ".po")
JOURNAL = ".yakugo-pretranslate.jsonl"
_EXTENSION = {"xliff": ".xlf", "po": ".po", "tmx": ".tmx", "tsv": ".tsv"}
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆]")

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Settings:
    """Everything that decides a pre-translation's output; a change makes a resumed run redo the files."""

    memory: str | None = None
    glossary: str | None = None
    min_score: float = 75.0
    mt: str = "auto"
    format: str = "xliff"
    overwrite: bool = False
    candidates: int = 3  # fuzzy alternatives offered beside the chosen target (XLIFF alt-trans)

    def key(self) -> str:
        data = asdict(self)
        for name in ("memory", "glossary"):
            path = data[name]
            if path and os.path.exists(path):
                stat = os.stat(path)
                data[name] = f"{os.path.abspath(path)}@{stat.st_size}:{stat.st_mtime_ns}"
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


class Pretranslator:
    """The TM matcher, the glossary and the MT backend of one run; build once, translate many segments."""

    def __init__(self, settings: Settings):
        from glossary.lookup import Glossary
        from tm.match import Matcher

        if settings.format not in FORMATS:
            raise YakugoError(f"unknown format {settings.format!r} (choose from {', '.join(FORMATS)})")
        if settings.mt not in MT_MODES:
            raise YakugoError(f"unknown MT mode {settings.mt!r} (choose from {', '.join(MT_MODES)})")
        self.settings = settings
        self.matcher = Matcher.open(settings.memory) if settings.memory else None
        self.glossary = Glossary.load(settings.glossary) if settings.glossary else None
        self.mt, self.mt_note = load_mt(settings.mt)
        self._cache: dict[str, Pretranslation] = {}
        # build the lazy parts (the glossary's automaton, the matcher's tables) now, so that worker
        # processes forked after this share them instead of each building its own
        self._from_memory("北朝鮮は声明を発表した。")

    def meta(self) -> dict:
        return build_info(min_score=self.settings.min_score, mt=self.mt_name(),
                          memory=os.path.basename(self.settings.memory or "") or None,
                          glossary=os.path.basename(self.settings.glossary or "") or None)

    def mt_name(self) -> str:
        return "argos" if self.mt is not None else "none"

    def terms(self, text: str) -> list[GlossaryHit]:
        if self.glossary is None:
            return []
        return [GlossaryHit(hit.surface, hit.entry.en, hit.start, hit.end, hit.entry.ja,
                            list(hit.entry.en_alternatives)) for hit in self.glossary.scan(text)]

    def _from_memory(self, text: str) -> Pretranslation:
        seg = Pretranslation(source=text, terms=self.terms(text))
        if self.matcher is None:
            return seg
        matches = self.matcher.lookup(text, self.settings.min_score, n=1 + self.settings.candidates)
        if not matches:
            return seg
        best = matches[0]
        seg.target, seg.score, seg.matched_source = best.target, best.score, best.source
        seg.origin = "exact" if best.exact else "fuzzy"
        seg.needs_review = not best.exact
        seg.candidates = [Candidate(m.source, m.target, m.score, m.origin) for m in matches
                          if not (best.exact and m is best)]
        return seg

    def translate(self, texts: list[str]) -> list[Pretranslation]:
        """Pre-translate `texts` (one segment each); MT, when on, runs once over all segments the TM left empty."""
        out: list[Pretranslation] = []
        for text in texts:
            cached = self._cache.get(text)
            if cached is None:
                cached = self._from_memory(text)
                if len(self._cache) < 200_000:
                    self._cache[text] = cached
            out.append(_copy(cached))
        if self.mt is not None:
            empty = [seg for seg in out if seg.origin == "none" and seg.source.strip()]
            if empty:
                terms = [[(t.start, t.end, t.en) for t in s.terms if t.en] for s in empty]
                for seg, result in zip(empty, self.mt.translate_segments([s.source for s in empty], terms)):
                    _apply_mt(seg, result)
        return out


def _copy(seg: Pretranslation) -> Pretranslation:
    return Pretranslation(seg.source, seg.target, seg.origin, seg.score, seg.matched_source, list(seg.candidates),
                          list(seg.terms), list(seg.notes), seg.needs_review)


def load_mt(mode: str):
    """The MT backend for `mode` and a note for the summary: None when off or (in auto mode) unavailable.

    `argos` without the extra or without a model raises YakugoError at once; `auto` falls back to no MT.
    """
    if mode == "none":
        return None, "MT off"
    try:
        from tm.mt import MTUnavailable, load_backend
    except ImportError as exc:
        if mode == "argos":
            raise YakugoError(f"machine translation is not available ({exc}); install the `mt` extra") from None
        return None, "no MT (the MT module is not available)"
    reasons: list[str] = []
    try:
        backend = load_backend(mode, reasons=reasons)
    except MTUnavailable as exc:
        raise YakugoError(str(exc)) from None
    if backend is None:
        return None, "; ".join(reasons) or "no MT"
    return backend, f"MT: {backend.describe()}"


def _apply_mt(seg: Pretranslation, result) -> None:
    """Take an MT result (a string, or an object with `text`/`target`, `notes`, `needs_review`) into `seg`."""
    text = result if isinstance(result, str) else (getattr(result, "text", None) or getattr(result, "target", ""))
    if not text:
        return
    seg.target, seg.origin, seg.score, seg.needs_review = text, "mt", None, True
    seg.notes.extend(getattr(result, "notes", []) or [])


# ----------------------------------------------------------------------------- one file
@dataclass
class FileResult:
    """What happened to one input file."""

    input: str
    output: str | None = None
    segments: int = 0
    characters: int = 0
    by_origin: Counter = field(default_factory=Counter)
    error: str | None = None
    skipped: bool = False


def output_path(rel: Path, out_dir: Path, fmt: str) -> Path:
    """Where the output for input `rel` (relative to its root) goes: NAME.ext.xlf, a PO input keeps its name."""
    if fmt == "po" and rel.suffix.lower() == ".po":
        return out_dir / rel
    return out_dir / rel.with_name(rel.name + _EXTENSION[fmt])


def draft_segments(path: Path) -> list[Pretranslation]:
    """The segments of a Japanese text draft (CAT-compatible SRX cuts), each knowing its file and line."""
    from glossary.text import read_paragraphs
    from tm.segment import split_paragraphs

    segments = split_paragraphs(read_paragraphs(path), lang="ja", mode="srx")
    return [Pretranslation(source=s.text, file=path.name, line=s.line) for s in segments]


def pretranslate_file(translator: Pretranslator, path: Path, out: Path) -> FileResult:
    """Pre-translate one draft into `out` in the run's format; raises YakugoError on bad input."""
    from tm.formats import po as po_format

    fmt = translator.settings.format
    result = FileResult(input=str(path), output=str(out))
    meta = translator.meta()
    if path.suffix.lower() == ".po":
        catalog = po_format.load_catalog(path)
        if not any(_JAPANESE.search(e.msgid) for e in catalog if e.msgid and not e.obsolete):
            raise YakugoError("no Japanese msgid in this PO file (pre-translation works from Japanese)", path)
        if fmt == "po":
            segments = po_format.fill_catalog(catalog, translator.translate, translator.settings.overwrite,
                                              file=path.name)
            po_format.save_catalog(catalog, out, meta)
        else:
            entries = [e for e in catalog if e.msgid and not e.obsolete]
            segments = translator.translate([e.msgid for e in entries])
            for seg, entry in zip(segments, entries):
                seg.file, seg.line, seg.context = path.name, entry.linenum, entry.msgctxt
                if entry.msgstr and not entry.fuzzy and not translator.settings.overwrite:
                    # an existing translation is the translator's: keep it, marked as such
                    seg.target, seg.origin, seg.score, seg.needs_review = entry.msgstr, "exact", None, False
                    seg.notes.append("existing translation from the PO file")
            write_output(segments, out, fmt, path.name, meta)
    else:
        drafts = draft_segments(path)
        filled = translator.translate([d.source for d in drafts])
        for seg, draft in zip(filled, drafts):
            seg.file, seg.line = draft.file, draft.line
        segments = filled
        write_output(segments, out, fmt, path.name, meta)
    result.segments = len(segments)
    result.characters = sum(len(s.source) for s in segments)
    result.by_origin = Counter(s.origin for s in segments)
    return result


def write_output(segments: list[Pretranslation], out: Path, fmt: str, original: str, meta: dict) -> None:
    """Write one draft's pre-translations in `fmt` (xliff, po, tmx, tsv), atomically."""
    if fmt == "xliff":
        from tm.formats.xliff import XliffDocument, write_xliff

        write_xliff([XliffDocument(original, segments)], out, meta)
    elif fmt == "po":
        from tm.formats.po import write_po

        write_po(segments, out, meta)
    elif fmt == "tmx":
        from tm.formats.tmx import write_tmx

        write_tmx((fill_unit(s) for s in segments if s.target), out, meta=meta, srclang="ja")
    else:
        write_tsv(segments, out, meta)


def fill_unit(seg: Pretranslation) -> Unit:
    """A pre-translated segment as a TMX unit, marked by origin (for OmegaT's tm/mt/ or, exact only, tm/enforce/).

    Only an exact match is a human translation of this very source; a fuzzy fill or MT is stored with
    origin `mt` so that it never re-enters a memory as a human translation.
    """
    props = {"x-yakugo-fill": seg.origin}
    if seg.score is not None:
        props["x-yakugo-score"] = f"{seg.score:.1f}"
    if seg.matched_source and seg.origin == "fuzzy":
        props["x-yakugo-matched-source"] = seg.matched_source
    return Unit(source=seg.source, target=seg.target, origin="human" if seg.origin == "exact" else "mt",
                creationid=f"yakugo-pretranslate-{seg.origin}", notes=list(seg.notes), props=props,
                context=f"{seg.file}:{seg.line}" if seg.file else None)


def write_tsv(segments: list[Pretranslation], out: Path, meta: dict) -> None:
    """`source<TAB>target<TAB>origin<TAB>score`, one segment per line, after one `#` line saying what made it."""
    def clean(text: str) -> str:
        return re.sub(r"[\t\r\n]+", " ", text)

    with atomic_write(out) as handle:
        handle.write(f"# {describe(meta)}\n")
        for seg in segments:
            score = f"{seg.score:.1f}" if seg.score is not None else ""
            handle.write(f"{clean(seg.source)}\t{clean(seg.target)}\t{seg.origin}\t{score}\n")


# ----------------------------------------------------------------------------- batches
@dataclass
class BatchSummary:
    """What a batch did: files done, skipped (already done) and failed; segments by origin; time."""

    out_dir: str
    files: int = 0
    done: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    segments: int = 0
    characters: int = 0
    by_origin: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    workers: int = 1
    mt_note: str = ""

    @property
    def ok(self) -> bool:
        return not self.failed

    def describe(self) -> str:
        origins = ", ".join(f"{k} {self.by_origin.get(k, 0)}" for k in ("exact", "fuzzy", "mt", "none"))
        rate = self.segments / self.seconds if self.seconds else 0.0
        lines = [f"Pre-translated {self.done} files ({self.skipped} already done, {len(self.failed)} failed) "
                 f"into {self.out_dir}/ with {self.workers} worker(s).",
                 f"Segments: {self.segments} ({origins}); {self.characters} characters; "
                 f"{self.seconds:.1f} s ({rate:.0f} segments/s). {self.mt_note}."]
        lines.extend(f"  failed: {path}: {error}" for path, error in self.failed)
        return "\n".join(lines)


def collect_inputs(paths: list[str | os.PathLike], out_dir: Path) -> list[tuple[Path, Path]]:
    """(file, path relative to its root) for every draft under `paths`, folders recursed, `out_dir` left out."""
    found: list[tuple[Path, Path]] = []
    out_resolved = out_dir.resolve()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                rel = p.relative_to(path)
                if (p.is_file() and p.suffix.lower() in SUFFIXES and not any(x.startswith(".") for x in rel.parts)
                        and out_resolved not in p.resolve().parents):
                    found.append((p, rel))
        elif path.is_file():
            found.append((path, Path(path.name)))
        else:
            raise YakugoError("no such file or folder", path)
    if not found:
        raise YakugoError("no .txt, .md or .po drafts to pre-translate", paths[0] if paths else None)
    seen: set[Path] = set()
    return [(p, rel) for p, rel in found if not (p.resolve() in seen or seen.add(p.resolve()))]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_journal(out_dir: Path, key: str) -> dict[str, str]:
    """Inputs finished in earlier runs with the same settings: absolute path → content hash."""
    journal = out_dir / JOURNAL
    done: dict[str, str] = {}
    if journal.is_file():
        for line in journal.read_text("utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by an interruption
            if record.get("settings") == key and (out_dir / record.get("output", "")).is_file():
                done[record["input"]] = record["sha256"]
    return done


# The worker process's pre-translator: built in the parent before the pool forks (shared copy-on-write),
# or once per worker by the initializer where processes are spawned.
_TRANSLATOR: Pretranslator | None = None


def _init_worker(settings: Settings) -> None:
    global _TRANSLATOR
    if _TRANSLATOR is None or _TRANSLATOR.settings != settings:
        _TRANSLATOR = Pretranslator(settings)


def _run_one(path: str, out: str) -> FileResult:
    try:
        return pretranslate_file(_TRANSLATOR, Path(path), Path(out))
    except YakugoError as exc:
        return FileResult(input=path, error=str(exc))
    except Exception as exc:  # one bad file must not stop the batch; the summary names it
        return FileResult(input=path, error=f"{type(exc).__name__}: {exc}")


def pretranslate_files(paths: list[str | os.PathLike], out_dir: str | os.PathLike, settings: Settings,
                       workers: int | None = None, progress: ProgressFn | None = None,
                       translator: Pretranslator | None = None) -> BatchSummary:
    """Pre-translate every draft under `paths` into `out_dir`, in parallel, resumably (see the module doc).

    `workers` defaults to all cores; 1 runs in this process. Bad settings (a missing memory, `--mt argos`
    without a model) raise YakugoError before any file is touched; a bad file only fails itself.
    """
    global _TRANSLATOR
    started = time.monotonic()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise YakugoError("--out must be a folder", out)
    inputs = collect_inputs(list(paths), out)
    _TRANSLATOR = translator or Pretranslator(settings)
    settings = _TRANSLATOR.settings
    out.mkdir(parents=True, exist_ok=True)
    key = settings.key()
    finished = _read_journal(out, key)
    workers = max(1, min(workers or os.cpu_count() or 1, len(inputs)))
    summary = BatchSummary(out_dir=str(out), files=len(inputs), workers=workers, mt_note=_TRANSLATOR.mt_note)
    report = progress or (lambda done, total: None)

    todo: list[tuple[Path, Path, str]] = []
    for path, rel in inputs:
        digest = _digest(path)
        if finished.get(str(path.resolve())) == digest:
            summary.skipped += 1
        else:
            todo.append((path, output_path(rel, out, settings.format), digest))
    report(summary.skipped, len(inputs))

    with open(out / JOURNAL, "a", encoding="utf-8") as journal:
        def record(result: FileResult, path: Path, digest: str) -> None:
            if result.error:
                summary.failed.append((str(path), result.error))
            else:
                summary.done += 1
                summary.segments += result.segments
                summary.characters += result.characters
                summary.by_origin.update(result.by_origin)
                journal.write(json.dumps({"input": str(path.resolve()), "sha256": digest, "settings": key,
                                          "output": os.path.relpath(result.output, out)}, ensure_ascii=False) + "\n")
                journal.flush()
            report(summary.skipped + summary.done + len(summary.failed), len(inputs))

        if workers == 1 or len(todo) <= 1:
            for path, target, digest in todo:
                record(_run_one(str(path), str(target)), path, digest)
        else:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                                     initializer=_init_worker, initargs=(settings,)) as pool:
                futures = {pool.submit(_run_one, str(path), str(target)): (path, digest)
                           for path, target, digest in todo}
                for future in as_completed(futures):
                    path, digest = futures[future]
                    try:
                        result = future.result()
                    except Exception as exc:  # a worker died (killed, out of memory): that file failed
                        result = FileResult(input=str(path), error=f"worker failed: {exc}")
                    record(result, path, digest)
    summary.seconds = time.monotonic() - started
    return summary
