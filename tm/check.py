"""Terminology checks of an English draft against its Japanese source and a glossary.

`check_draft(draft, source, glossary)` aligns the draft's sentences with the source's (tm.align), finds every
glossary term in each Japanese segment (one Aho–Corasick scan, `glossary.lookup.Glossary.scan`), and reports:

- **missing**: the source has the term, and neither its preferred English nor an accepted alternative is in the
  aligned English (nor in the segments either side of it, so an alignment slip never makes a false flag);
- **non-preferred**: a spelling of the preferred form that differs only in hyphens, spaces or a lost capital
  ("Kim Jong-un" where the glossary prefers "Kim Jong Un");
- **deprecated**: a form the glossary lists as deprecated, anywhere in the draft ("Shoygu" for "Shoigu");
- **near-miss**: no accepted form, but a word within a small edit distance of one ("Lavrof", "Pyongyan").

English matching is case-insensitive at word boundaries and allows inflection after the form (possessive 's/',
plural s/es, demonyms -n/-an/-ian/-ese), so "Lavrov's", "Russian" and "missiles" count; person names also count
when only the family name is used after the first mention ("Lavrov" for "Sergei Lavrov", "Kim" for "Kim Jong Un").

`fix_draft` writes the draft back with each non-preferred and deprecated form replaced by the preferred one and
every other character untouched.
"""
from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from rapidfuzz.distance import Levenshtein

from glossary.fileio import YakugoError, atomic_write, read_text
from glossary.model import Entry
from glossary.text import Paragraph, paragraphs

KINDS = ("missing", "non-preferred", "deprecated", "near-miss")

# What may follow a form and still be the same word: possessives, plurals, demonyms and adjectives.
_SUFFIX = r"(?:['’]s|['’]|s|es|n|ns|an|ans|ian|ians|ese|i|is)?"
_WORD_CHAR = r"A-Za-z0-9À-ɏ"
_SEPARATORS = r"[\s\-‐‑–—]*"
_WORD = re.compile(rf"[{_WORD_CHAR}]+(?:['’][{_WORD_CHAR}]+)*")
# Origins whose names put the family name first (Kim Jong Un → Kim).
_FAMILY_FIRST = {"ko_north", "ko_south", "ko", "zh", "ja"}


@dataclass
class Finding:
    """One problem in the draft: what kind, the Japanese term, the English expected, what was found, and where.

    `start`/`end` are character offsets in the draft file of the text found (None when there is no such text,
    or it spans a line break the fixer will not touch); `line` the draft's line; `segment` the 1-based number
    of the aligned segment, `source` and `target` its Japanese and English.
    """

    kind: str
    ja: str
    expected: str
    found: str | None
    segment: int
    source: str
    target: str
    line: int
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        what = {
            "missing": f"{self.ja} → expected “{self.expected}”, not found",
            "non-preferred": f"“{self.found}” → prefer “{self.expected}” ({self.ja})",
            "deprecated": f"“{self.found}” is deprecated → use “{self.expected}”" + (f" ({self.ja})" if self.ja else ""),
            "near-miss": f"“{self.found}” looks like a misspelling of “{self.expected}” ({self.ja})",
        }[self.kind]
        return f"line {self.line}, segment {self.segment}: {self.kind}: {what}"


@dataclass
class CheckReport:
    """All findings of one check, with counts for the summary."""

    draft: str
    source: str
    segments: int = 0
    terms: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for f in self.findings if f.kind == kind) for kind in KINDS}

    def to_dict(self) -> dict:
        return {"draft": self.draft, "source": self.source, "segments": self.segments, "terms": self.terms,
                "counts": self.counts(), "findings": [f.to_dict() for f in self.findings]}


# ----------------------------------------------------------------------------- English forms
def _form_pattern(form: str, loose: bool) -> str:
    """A regex for `form` as whole words. `loose` lets any run of spaces/hyphens (or none) stand between parts."""
    if not loose:
        # the form's own hyphens, and any white space (a line break too) where it has a space
        return "".join(r"\s+" if ch.isspace() else re.escape(ch) for ch in re.sub(r"\s+", " ", form.strip()))
    words = [w for w in re.split(r"[\s\-‐‑–—]+", form.strip()) if w]
    return _SEPARATORS.join(re.escape(w) for w in words)


def _compile(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![{_WORD_CHAR}])(?P<form>{pattern})(?P<suffix>{_SUFFIX})(?![{_WORD_CHAR}])",
                      re.IGNORECASE)


@dataclass
class _Forms:
    """The English side of one entry, compiled once."""

    entry: Entry
    preferred: str
    accepted: list[str]
    loose: re.Pattern
    accepted_patterns: list[re.Pattern]
    short: list[re.Pattern]  # family name alone, for persons


def _shape(text: str) -> str:
    return re.sub(r"[\s\-‐‑–—]+", " ", text.strip())


def _acceptable(found: str, forms: Iterable[str]) -> bool:
    """Whether `found` is one of `forms` written the same way: same separators, and no capital lost.

    Extra capitals are fine (a headline in title case, a sentence-initial capital).
    """
    for form in forms:
        if len(found) != len(form):
            continue
        if all(a == b or (a.lower() == b.lower() and (b.islower() or not b.isalpha())) or
               (a.isupper() and a.lower() == b) for a, b in zip(found, form)):
            return True
    return False


class TermChecker:
    """Checks English segments for the English of glossary entries; build once per glossary."""

    def __init__(self, entries: Iterable[Entry]):
        from glossary.lookup import Glossary

        usable = [e for e in entries if e.en]
        self.glossary = Glossary(usable)
        self._forms: dict[int, _Forms] = {}
        self._deprecated = self._deprecated_patterns(usable)

    def forms(self, entry: Entry) -> _Forms:
        key = id(entry)
        if key not in self._forms:
            preferred = entry.en or ""
            accepted = [preferred, *[a for a in entry.en_alternatives if a]]
            short: list[re.Pattern] = []
            words = preferred.split()
            if entry.type == "person" and len(words) >= 2:
                family = words[0] if entry.origin in _FAMILY_FIRST else words[-1]
                if len(family) >= 2:
                    short.append(_compile(_form_pattern(family, loose=False)))
            self._forms[key] = _Forms(entry, preferred, accepted, _compile(_form_pattern(preferred, loose=True)),
                                      [_compile(_form_pattern(a, loose=False)) for a in accepted], short)
        return self._forms[key]

    @staticmethod
    def _deprecated_patterns(entries: list[Entry]) -> list[tuple[re.Pattern, Entry, str]]:
        """Deprecated forms of every entry, except those that are some entry's accepted English."""
        accepted = {_shape(f).lower() for e in entries for f in [e.en or "", *e.en_alternatives] if f}
        out = []
        for entry in entries:
            for form in entry.en_deprecated:
                if form and _shape(form).lower() not in accepted:
                    out.append((_compile(_form_pattern(form, loose=False)), entry, form))
        return out

    def present(self, forms: _Forms, text: str) -> bool:
        """Whether an accepted form (or a person's family name alone) is in `text`, whatever its separators."""
        for match in forms.loose.finditer(text):
            if _acceptable(match.group("form"), forms.accepted):
                return True
        return any(p.search(text) for p in forms.accepted_patterns[1:] + forms.short)

    def non_preferred(self, forms: _Forms, text: str) -> list[re.Match]:
        """Spellings of the preferred form that differ in separators or lost capitals ("Kim Jong-un")."""
        return [m for m in forms.loose.finditer(text) if not _acceptable(m.group("form"), forms.accepted)]

    def near_misses(self, forms: _Forms, text: str) -> list[tuple[int, int, str]]:
        """Word sequences close to an accepted form (or the family name) by a small edit distance."""
        targets = list(forms.accepted)
        words = forms.preferred.split()
        if forms.entry.type == "person" and len(words) >= 2:
            targets.append(words[0] if forms.entry.origin in _FAMILY_FIRST else words[-1])
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        found = []
        for target in targets:
            size = len(target.split())
            limit = _edit_limit(target)
            if not limit:
                continue
            for i in range(len(tokens) - size + 1):
                start, end = tokens[i][0], tokens[i + size - 1][1]
                candidate = text[start:end]
                candidate = re.sub(r"['’]s?$", "", candidate)
                if candidate.lower() == target.lower() or candidate[:1].lower() != target[:1].lower():
                    continue
                if target[:1].isupper() and not candidate[:1].isupper():
                    continue
                distance = Levenshtein.distance(candidate.lower(), target.lower(), score_cutoff=limit)
                if distance <= limit:
                    found.append((start, start + len(candidate), candidate))
        # one report per place: the longest of overlapping candidates ("Sergei Lavrof" over "Lavrof")
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, str]] = []
        for item in found:
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        return kept

    def deprecated(self, text: str) -> list[tuple[re.Match, Entry, str]]:
        """Every deprecated form of any entry in `text`."""
        return [(m, entry, form) for pattern, entry, form in self._deprecated for m in pattern.finditer(text)]

    def deprecated_for(self, entry: Entry, text: str) -> list[re.Match]:
        """The deprecated forms of one entry in `text`."""
        return [m for pattern, e, _ in self._deprecated if e is entry for m in pattern.finditer(text)]


def replacement(found: str, entry: Entry) -> str:
    """The preferred English to put where `found` (a deprecated form) stands.

    A deprecated form with fewer words than the preferred one stands for part of it ("Shoygu" for
    "Sergei Shoigu"): the closest run of as many words of the preferred form replaces it.
    """
    preferred = entry.en or ""
    words, size = preferred.split(), len(found.split())
    if size >= len(words):
        return preferred
    windows = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    return min(windows, key=lambda w: Levenshtein.distance(w.lower(), found.lower()))


def _edit_limit(form: str) -> int:
    """How many edits still make a likely misspelling: none for short words (too many real words are that close)."""
    letters = sum(ch.isalpha() for ch in form)
    if letters < 5:
        return 0
    return 1 if letters < 9 else 2


# ----------------------------------------------------------------------------- offsets back to the file
class _FileMap:
    """Maps offsets in a paragraph's text back to offsets in the file it was read from."""

    def __init__(self, text: str):
        self.lines = text.split("\n")
        self.line_starts = [0]
        for line in self.lines[:-1]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)

    def offset(self, para: Paragraph, start: int, end: int) -> tuple[int, int] | None:
        """File offsets of `para.text[start:end]`, or None when the span crosses a joined line break."""
        piece_starts = [0, *para.break_offsets]
        piece_lines = [para.line, *para.break_lines]
        k = max(i for i, s in enumerate(piece_starts) if s <= start)
        if k + 1 < len(piece_starts) and end > piece_starts[k + 1]:
            return None
        raw = self.lines[piece_lines[k] - 1]
        leading = len(raw) - len(raw.lstrip())
        base = self.line_starts[piece_lines[k] - 1] + leading - piece_starts[k]
        return base + start, base + end


# ----------------------------------------------------------------------------- the check
def check_draft(draft: str | os.PathLike, source: str | os.PathLike, entries: Iterable[Entry],
                checker: TermChecker | None = None) -> CheckReport:
    """Check an English draft against its Japanese source with the glossary `entries` (see the module doc)."""
    from tm.align import align_segments

    draft_text, source_text = read_text(draft), read_text(source)
    en_paras = list(paragraphs(draft_text, os.fspath(draft)))
    ja_paras = list(paragraphs(source_text, os.fspath(source)))
    if not en_paras:
        raise YakugoError("the draft is empty", draft)
    if not ja_paras:
        raise YakugoError("the source is empty", source)
    checker = checker or TermChecker(entries)
    beads = align_segments(ja_paras, en_paras, checker.glossary.entries, ja_mode="sentence", en_mode="sentence")
    filemap = _FileMap(draft_text)
    report = CheckReport(draft=os.fspath(draft), source=os.fspath(source))

    def en_text(bead) -> str:
        return " ".join(s.text for s in bead.en)

    def locate(bead, offset: int, length: int) -> tuple[int, int | None, int | None]:
        """Line and file offsets of text at `offset` of the bead's joined English."""
        pos = 0
        for seg in bead.en:
            if offset < pos + len(seg.text) + 1:
                para = en_paras[seg.paragraph]
                a = seg.start + (offset - pos)
                span = filemap.offset(para, a, a + length)
                return para.line_at(a), (span[0] if span else None), (span[1] if span else None)
            pos += len(seg.text) + 1
        return (bead.en[0].line if bead.en else 0), None, None

    numbered = [b for b in beads if b.ja or b.en]
    seen_spans: set[tuple[int, int]] = set()
    for number, bead in enumerate(numbered, 1):
        report.segments += 1
        ja = " ".join(s.text for s in bead.ja)
        en = en_text(bead)
        line_of_bead = bead.en[0].line if bead.en else (numbered[number - 2].en[-1].line
                                                        if number > 1 and numbered[number - 2].en else 0)
        neighbours = " ".join(en_text(b) for b in numbered[max(0, number - 2):number + 1])

        def add(kind: str, ja_term: str, expected: str, found: str | None, offset: int | None, length: int = 0):
            if offset is not None:
                line, start, end = locate(bead, offset, length)
                if start is not None:
                    if (start, end) in seen_spans:
                        return
                    seen_spans.add((start, end))
            else:
                line, start, end = line_of_bead, None, None
            report.findings.append(Finding(kind, ja_term, expected, found, number, ja, en, line, start, end))

        checked: set[int] = set()
        for hit in checker.glossary.scan(ja) if ja else []:
            entry = hit.entry
            if id(entry) in checked:
                continue
            checked.add(id(entry))
            report.terms += 1
            forms = checker.forms(entry)
            for match in checker.non_preferred(forms, en):
                add("non-preferred", hit.surface, forms.preferred, match.group("form"), match.start("form"),
                    len(match.group("form")))
            if checker.present(forms, en):
                continue
            if any(m for m in checker.non_preferred(forms, en)):
                continue  # already reported as non-preferred: the term is there, spelled the wrong way
            if any(checker.deprecated_for(entry, en)):
                continue  # reported below as deprecated
            misses = checker.near_misses(forms, en)
            for start, end, text in misses:
                add("near-miss", hit.surface, forms.preferred, text, start, end - start)
            # the form may sit in a neighbouring segment when the aligner cut the beads differently
            if not misses and not checker.present(forms, neighbours):
                add("missing", hit.surface, forms.preferred, None, None)
        for match, entry, form in checker.deprecated(en):
            found = match.group("form")
            add("deprecated", entry.ja if id(entry) in checked else "", replacement(found, entry), found,
                match.start("form"), len(found))
    report.findings.sort(key=lambda f: (f.segment, f.start if f.start is not None else -1))
    return report


def fix_draft(draft: str | os.PathLike, report: CheckReport, out: str | os.PathLike) -> int:
    """Write `draft` to `out` with every non-preferred and deprecated form replaced by the preferred one.

    Only those characters change; inflection after a form (Kim Jong-un's → Kim Jong Un's) is kept.
    Returns how many replacements were made. `out` may not be the draft itself (it stays as the translator left it).
    """
    if Path(out).exists() and Path(out).resolve() == Path(draft).resolve():
        raise YakugoError("the corrected draft would overwrite the draft; give -o another file", out)
    text = read_text(draft)
    fixes = sorted({(f.start, f.end, f.expected) for f in report.findings
                    if f.kind in ("non-preferred", "deprecated") and f.start is not None and f.expected},
                   reverse=True)
    last = len(text) + 1
    done = 0
    for start, end, expected in fixes:
        if end > last:
            continue  # overlaps a replacement already made
        text = text[:start] + expected + text[end:]
        last = start
        done += 1
    raw = Path(draft).read_bytes()
    with atomic_write(out, newline="") as handle:
        if raw.startswith(b"\xef\xbb\xbf"):
            handle.write("\ufeff")
        handle.write(text)
    return done
