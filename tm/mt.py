"""Machine translation for pre-translation: argostranslate, offline, with glossary terms enforced.

    backend = load_backend("auto" | "argos" | "none", models_dir=None)
    results = backend.translate_segments(segments, terms)   # -> list[MTResult]
    backend.describe()                                      # model name and version, for output headers

- `"none"` gives None; `"auto"` gives None when no ja→en package is installed or the `mt` extra is
  missing (the reason is appended to `reasons` when a list is passed); `"argos"` raises MTUnavailable,
  a one-line YakugoError saying how to install what is missing.
- Packages are found by `tm.mt_packages` (yakugo's own folder, then argostranslate's global one).
- Glossary terms are masked with numbered placeholders before MT and replaced with the glossary's English
  afterwards. Which placeholder form survives depends on the model (its sentencepiece vocabulary, what it
  learnt to copy), so at load time the candidate forms are tried on a few probe sentences and the first
  that comes back intact is used. No form contains `_`: argostranslate's decoder turns `_` into spaces.
  A placeholder the model dropped, repeated or altered is reported in the segment's notes and the
  segment is marked for review.
- Nothing reaches the network. argostranslate reads its settings once, at import: yakugo imports it
  lazily (it pulls in stanza and torch), with the chunking mode forced to MiniSBD and the model provider
  to local OpenNMT models for the import, so neither SpaCy's import-time download nor a remote provider
  can trigger. yakugo cuts sentences itself (`tm.segment`) and gives argostranslate's translation object a
  sentence splitter that keeps each segment whole, so MiniSBD (which downloads `ja.onnx` unless the
  package ships one) and Stanza (which fetches `resources.json`) are never called.
"""
from __future__ import annotations

import functools
import importlib.util
import os
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from typing import Sequence

from glossary.fileio import YakugoError
from tm.mt_packages import PackageInfo, find_package, search_dirs

MODES = ("auto", "argos", "none")

INSTALL_EXTRA_HINT = ("install the mt extra: pip install torch==2.13.0 (CPU build) && pip install 'yakugo[mt]'")
INSTALL_MODEL_HINT = ("install a ja→en argos package: yakugo mt install FILE.argosmodel "
                      "(e.g. translate-ja_en-*.argosmodel from the Argos Translate package index)")

# argostranslate settings forced while it is imported (environment variables win over settings.json).
_IMPORT_ENV = {"ARGOS_CHUNK_TYPE": "MINISBD", "ARGOS_MODEL_PROVIDER": "OPENNMT"}


class MTUnavailable(YakugoError):
    """MT was asked for but cannot run: no package installed, the extra missing, or the model unloadable."""


@dataclass
class MTResult:
    """The machine translation of one segment, with the glossary's English restored.

    `notes` name each placeholder the model dropped, repeated or altered; `needs_review` is set when
    there is any such note (the glossary term may be missing or doubled in `text`).
    """

    text: str
    notes: list[str] = field(default_factory=list)
    needs_review: bool = False


# ----------------------------------------------------------------------------- placeholders

@dataclass(frozen=True)
class PlaceholderForm:
    """A numbered placeholder `open + n + close`; recognised again with optional spaces inside."""

    name: str
    open: str
    close: str

    def render(self, n: int | str) -> str:
        return f"{self.open}{n}{self.close}"

    @property
    def pattern(self) -> re.Pattern:
        return _form_pattern(self.open, self.close)

    def occurs_in(self, text: str) -> bool:
        return self.open in text or self.close in text


@functools.lru_cache(maxsize=None)
def _form_pattern(open_: str, close: str) -> re.Pattern:
    # Any digits (a model may answer with full-width ones) and optional spaces inside the form.
    return re.compile(re.escape(open_) + r"\s*(\d+)\s*" + re.escape(close))


# In order of preference; none contains "_". Distinctive brackets first: they rarely occur in real text.
PLACEHOLDER_FORMS = (
    PlaceholderForm("white-brackets", "⟦", "⟧"),
    PlaceholderForm("braces", "{", "}"),
    PlaceholderForm("square-brackets", "[", "]"),
    PlaceholderForm("angle-brackets", "<", ">"),
    PlaceholderForm("hashes", "#", "#"),
    PlaceholderForm("letters", "XZ", "ZX"),
)

# Probe sentences: Japanese news phrasing with terms as subject, object, place; None marks a term slot.
_PROBES = (
    (None, "は記者会見で", None, "との協力を強調した。"),
    (None, "と", None, "の首脳会談が", None, "で開かれた。"),
    ("外相は", None, "を訪問し、", None, "と会談した。"),
)


@dataclass(frozen=True)
class Slot:
    """One masked glossary term: its placeholder number, the Japanese it replaced, the English to restore."""

    number: int
    ja: str
    en: str


def usable_terms(segment: str, terms: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Terms that can be masked: inside the segment, with English, not overlapping (earliest, then longest)."""
    valid = [(s, e, en) for s, e, en in terms
             if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(segment) and en and en.strip()]
    valid.sort(key=lambda t: (t[0], t[0] - t[1]))
    kept, covered = [], 0
    for s, e, en in valid:
        if s >= covered:
            kept.append((s, e, en.strip()))
            covered = e
    return kept


def mask(segment: str, terms: Sequence[tuple[int, int, str]], form: PlaceholderForm) -> tuple[str, list[Slot]]:
    """Replace each term span with a numbered placeholder (1, 2, ...); return the masked text and the slots."""
    parts, slots, pos = [], [], 0
    for number, (s, e, en) in enumerate(usable_terms(segment, terms), start=1):
        parts.append(segment[pos:s])
        parts.append(form.render(number))
        slots.append(Slot(number, segment[s:e], en))
        pos = e
    parts.append(segment[pos:])
    return "".join(parts), slots


def _needs_space(a: str, b: str) -> bool:
    return a.isascii() and b.isascii() and a.isalnum() and b.isalnum()


def restore(output: str, slots: Sequence[Slot], form: PlaceholderForm, source: str = "") -> tuple[str, list[str]]:
    """Put each slot's English where its placeholder came back; return the text and notes on what went wrong.

    A placeholder found with spaces or other digits inside is restored and noted as altered; one found twice
    is restored both times and noted; a missing one, an unknown number, or a leftover piece of the form
    (that was not in `source`) is noted.
    """
    by_number = {slot.number: slot for slot in slots}
    seen: dict[int, int] = {}
    notes: list[str] = []
    out: list[str] = []
    leftovers: list[str] = []
    pos = 0
    last = ""  # the last character written so far
    for match in form.pattern.finditer(output):
        between = output[pos:match.start()]
        out.append(between)
        leftovers.append(between)
        last = between[-1:] or last
        pos = match.end()
        number = int(match.group(1))
        slot = by_number.get(number)
        if slot is None:
            notes.append(f"MT produced a placeholder that was not in the source: {match.group(0)!r}")
            continue
        seen[number] = seen.get(number, 0) + 1
        if match.group(0) != form.render(number):
            notes.append(f"MT altered placeholder {form.render(number)} into {match.group(0)!r}; "
                         f"restored {slot.ja} → {slot.en}")
        after = output[pos:pos + 1]
        text = slot.en
        if last and _needs_space(last, text[0]):
            text = " " + text
        if after and _needs_space(text[-1], after):
            text += " "
        out.append(text)
        last = text[-1]
    tail = output[pos:]
    out.append(tail)
    leftovers.append(tail)
    for slot in slots:
        count = seen.get(slot.number, 0)
        if count == 0:
            notes.append(f"MT dropped placeholder {form.render(slot.number)}: glossary term {slot.ja} → {slot.en} "
                         f"is missing")
        elif count > 1:
            notes.append(f"MT repeated placeholder {form.render(slot.number)} {count} times: "
                         f"{slot.ja} → {slot.en} appears {count} times")
    rest = "".join(leftovers)
    for piece in dict.fromkeys((form.open, form.close)):
        if piece in rest and piece not in source:
            notes.append(f"MT output holds a broken placeholder (stray {piece!r})")
    return "".join(out), notes


# ----------------------------------------------------------------------------- argostranslate

def _extra_missing() -> list[str]:
    return [m for m in ("argostranslate", "ctranslate2", "sentencepiece") if importlib.util.find_spec(m) is None]


def _import_argos():
    """Import argostranslate with the settings that keep it offline; return (package, translate, sbd, settings)."""
    if "argostranslate.translate" not in sys.modules:
        saved = {key: os.environ.get(key) for key in _IMPORT_ENV}
        os.environ.update(_IMPORT_ENV)
        try:
            import argostranslate.translate  # noqa: F401  (reads settings, imports stanza/torch, minisbd)
        except Exception as exc:  # a broken or partial install: say what failed, in one line
            raise MTUnavailable(f"argostranslate cannot be imported ({type(exc).__name__}: {exc}); "
                                f"{INSTALL_EXTRA_HINT}") from None
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    from argostranslate import package, sbd, settings, translate

    return package, translate, sbd, settings


def _whole_segment_splitter(sbd, pkg):
    """An argostranslate sentence splitter that keeps the text whole: yakugo has already cut sentences."""

    class WholeSegment(sbd.ISentenceBoundaryDetectionModel):
        def __init__(self):
            self.pkg = pkg

        def split_sentences(self, text: str) -> list[str]:
            return [text] if text.strip() else []

        def __str__(self):
            return "yakugo segment (no further splitting)"

    return WholeSegment()


class ArgosBackend:
    """One installed ja→en argos package, loaded once; translates through argostranslate's own
    `PackageTranslation.hypotheses` (tokenizer, CTranslate2 beam search, detokenizer)."""

    def __init__(self, info: PackageInfo):
        package, translate, sbd, settings = _import_argos()
        self.info = info
        try:
            self.pkg = package.Package(info.path)
        except Exception as exc:
            raise MTUnavailable(f"cannot read the argos package ({exc})", info.path) from None
        if getattr(self.pkg, "tokenizer", None) is None:
            raise MTUnavailable("argos package without sentencepiece.model or bpe.model", info.path)
        # PackageTranslation builds a sentence splitter from the global chunk type; MiniSBD's constructor
        # is offline (it downloads only when first used, which never happens: it is replaced below).
        chunk_type = settings.chunk_type
        settings.chunk_type = settings.ChunkType.MINISBD
        try:
            self.translation = translate.PackageTranslation(
                translate.Language(self.pkg.from_code, self.pkg.from_name),
                translate.Language(self.pkg.to_code, self.pkg.to_name), self.pkg)
        finally:
            settings.chunk_type = chunk_type
        self.translation.sentencizer = _whole_segment_splitter(sbd, self.pkg)
        self.argos_version = _dist_version("argostranslate")
        try:
            self.forms = self._probe_forms()
        except Exception as exc:  # CTranslate2 could not load or run the model
            raise MTUnavailable(f"the argos model does not run ({type(exc).__name__}: {exc})", info.path) from None
        self.form = self.forms[0] if self.forms else None

    def translate_raw(self, text: str) -> str:
        """argostranslate's translation of `text` as one segment (no masking)."""
        if not text.strip():
            return text
        return self.translation.hypotheses(text, num_hypotheses=1)[0].value

    def _probe_forms(self, wanted: int = 2) -> list[PlaceholderForm]:
        """The first `wanted` placeholder forms that come back intact from every probe sentence."""
        good = []
        for form in PLACEHOLDER_FORMS:
            if all(self._probe_ok(form, probe) for probe in _PROBES):
                good.append(form)
                if len(good) == wanted:
                    break
        return good

    def _probe_ok(self, form: PlaceholderForm, probe: tuple) -> bool:
        parts, number = [], 0
        for piece in probe:
            if piece is None:
                number += 1
                parts.append(form.render(number))
            else:
                parts.append(piece)
        output = self.translate_raw("".join(parts))
        found = [m.group(0) for m in form.pattern.finditer(output)]
        return sorted(found) == sorted(form.render(n) for n in range(1, number + 1))

    def describe(self) -> str:
        placeholders = self.form.render("n") if self.form else "none kept intact, glossary not enforced"
        return (f"argostranslate {self.argos_version} · {self.info.name} {self.info.version} (ja→en) · "
                f"glossary placeholders {placeholders}")

    def translate_segments(self, segments: Sequence[str],
                           terms: Sequence[Sequence[tuple[int, int, str]]] | None = None) -> list[MTResult]:
        """Translate each segment (one sentence each) with its glossary terms (start, end, English) enforced."""
        if terms is None:
            terms = [()] * len(segments)
        if len(terms) != len(segments):
            raise ValueError(f"{len(segments)} segments but {len(terms)} term lists")
        return [self._translate_one(segment, seg_terms) for segment, seg_terms in zip(segments, terms)]

    def _translate_one(self, segment: str, terms: Sequence[tuple[int, int, str]]) -> MTResult:
        if not segment.strip():
            return MTResult(segment)
        usable = usable_terms(segment, terms) if terms else []
        if not usable:
            return MTResult(self.translate_raw(segment))
        form = next((f for f in self.forms if not f.occurs_in(segment)), None)
        if form is None:
            why = ("the model keeps no placeholder form intact" if not self.forms
                   else "the segment already contains every usable placeholder form")
            return MTResult(self.translate_raw(segment),
                            [f"glossary terms not enforced: {why}"], needs_review=True)
        masked, slots = mask(segment, usable, form)
        text, notes = restore(self.translate_raw(masked), slots, form, segment)
        return MTResult(text, notes, needs_review=bool(notes))

    def translate_text(self, text: str, glossary=None) -> str:
        """Translate running text: paragraphs (lines) kept, sentences cut by tm.segment, terms from `glossary`
        (a glossary.lookup.Glossary) enforced. Returns the English and prints nothing."""
        from tm.segment import split_spans

        out_lines = []
        for line in text.split("\n"):
            spans = split_spans(line, "ja", "srx")
            sentences = [line[s:e] for s, e in spans]
            terms = [[(h.start, h.end, h.entry.en) for h in glossary.scan(s) if h.entry.en] if glossary else []
                     for s in sentences]
            results = self.translate_segments(sentences, terms)
            out_lines.append(" ".join(r.text for r in results))
        return "\n".join(out_lines)


def _dist_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def unavailable_reason(models_dir: str | os.PathLike | None = None) -> str | None:
    """Why MT cannot run (no package, no extra), in one line; None when it can be tried. Imports nothing."""
    if find_package(models_dir) is None:
        where = " or ".join(str(d) for d in search_dirs(models_dir))
        return f"no ja→en argos model installed (looked in {where}); {INSTALL_MODEL_HINT}"
    missing = _extra_missing()
    if missing:
        return f"the mt extra is not installed (missing {', '.join(missing)}); {INSTALL_EXTRA_HINT}"
    return None


def load_backend(mode: str = "auto", models_dir: str | os.PathLike | None = None,
                 reasons: list[str] | None = None) -> ArgosBackend | None:
    """The MT backend for `mode` ("auto", "argos", "none"); see the module docstring for the rules."""
    if mode not in MODES:
        raise YakugoError(f"unknown MT mode {mode!r} (choose from {', '.join(MODES)})")
    if mode == "none":
        return None
    try:
        reason = unavailable_reason(models_dir)
        if reason:
            raise MTUnavailable(reason)
        return ArgosBackend(find_package(models_dir))
    except MTUnavailable as exc:
        if mode == "argos":
            raise
        if reasons is not None:
            reasons.append(f"no MT: {exc}")
        return None
