"""Finding glossary entries: by any Japanese spelling, by English, fuzzily, and every term in a text.

`Glossary(entries)` indexes a list of entries once (from a store or any glossary file:
`Glossary.load(path)`):

- `lookup(term)` tries, in order: the variant key of a Japanese spelling (ラヴロフ = ラブロフ,
  シヨイグ = ショイグ, 平壤 = 平壌, キム・ジョンウン = キムジョンウン), the English (case, spaces, hyphens and
  accents ignored: "Kim Jong-un" = "Kim Jong Un"), and only when nothing matches exactly a fuzzy
  match (rapidfuzz edit-distance ratio) over the same keys.
- `scan(text)` finds every glossary term in a Japanese text with one Aho–Corasick automaton over all
  Japanese variants: Japanese has no word boundaries, so this is substring search, longest match
  first from the left, no two hits overlapping. Text and terms are folded the same way (the variant
  key of each character cluster), so a term is found whatever spelling variant the text uses, and
  each hit carries its position in the original text.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

import ahocorasick
from rapidfuzz import fuzz, process

from glossary.model import Entry
from glossary.normalize import variant_key

# Characters that belong to the character before them when folding (ヴ+ァ → バ, ｶ+ﾞ → ガ, combining marks).
_ATTACHING = set("ァィゥェォャュョヮぁぃぅぇぉゃゅょゎｧｨｩｪｫｬｭｮﾞﾟ\u3099\u309a゛゜")
_LONG_VOWEL = "ーｰ"
_NON_WORD = re.compile(r"[\W_]+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヶ]")

FUZZY_MIN_SCORE = 70.0


@dataclass
class TermHit:
    """A glossary term found in a text: `text[start:end] == surface`, and the entry it belongs to."""

    start: int
    end: int
    surface: str
    entry: Entry

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "surface": self.surface, "ja": self.entry.ja,
                "en": self.entry.en, "type": self.entry.type}


@dataclass
class Found:
    """One lookup answer: the entry, the key form that matched, how (ja | en | fuzzy), and a 0–100 score."""

    entry: Entry
    matched: str
    how: str
    score: float

    def to_dict(self) -> dict:
        return {"how": self.how, "score": round(self.score, 1), "matched": self.matched,
                "entry": self.entry.to_dict()}


def english_key(text: str) -> str:
    """English compared without case, accents, spaces, hyphens or punctuation ("Kim Jong-un" → "kimjongun")."""
    return _NON_WORD.sub("", variant_key(text))


def _clusters(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each character cluster: a character with the small kana and marks attached to it."""
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and (text[j] in _ATTACHING or unicodedata.combining(text[j])):
            j += 1
        yield i, j
        i = j


def fold(text: str) -> tuple[str, list[int], list[int]]:
    """`text` folded cluster by cluster with `variant_key`, and for each folded character the
    start and end of the original cluster it came from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, j in _clusters(text):
        piece = variant_key(text[i:j])
        if piece:
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
    return "".join(out), starts, ends


def fold_term(term: str) -> str:
    return fold(term)[0]


def _rank(entry: Entry) -> tuple:
    """Which of several entries with one spelling to show first: the user's, then the surest, the most seen."""
    protected = entry.status in ("locked", "reviewed") or entry.provenance == "user"
    return (not protected, entry.en is None, -float(entry.confidence or 0), -int(entry.count or 0))


class Glossary:
    """Entries indexed for lookup and scanning; build once, query many times."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries: list[Entry] = list(entries)
        # the user's entries first, so they come first wherever several share a key
        self._order = sorted(range(len(self.entries)), key=lambda i: _rank(self.entries[i]))
        self._ja: dict[str, list[int]] = {}
        self._en: dict[str, list[int]] = {}
        for i in self._order:
            entry = self.entries[i]
            for spelling in entry.variants or [entry.ja]:
                _add(self._ja, variant_key(spelling) or spelling, i)
            for en in self._english(entry):
                key = english_key(en)
                if key:
                    _add(self._en, key, i)
        # built on first use: word index (English word lookup), folded index and automaton (scan), fuzzy lists
        self._en_words_index: dict[str, list[int]] | None = None
        self._automaton = None
        self._fuzzy_ja: list[str] | None = None
        self._fuzzy_en: list[str] | None = None
        self._en_any: dict[str, list[int]] = {}

    @staticmethod
    def _english(entry: Entry) -> list[str]:
        return [entry.en or "", *entry.en_alternatives, *entry.en_deprecated, *entry.glosses]

    @property
    def _en_words(self) -> dict[str, list[int]]:
        if self._en_words_index is None:
            index: dict[str, list[int]] = {}
            for i in self._order:
                for en in self._english(self.entries[i]):
                    for word in _words(en):
                        _add(index, word, i)
            self._en_words_index = index
        return self._en_words_index

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Glossary":
        """A Glossary over a store (glossary.db) or any glossary file (TBX, OmegaT, CSV, PO, JSON)."""
        from glossary.store import load_entries

        return cls(load_entries(path))

    def __len__(self) -> int:
        return len(self.entries)

    # ---- lookup

    def lookup(self, term: str, n: int = 5, min_score: float = FUZZY_MIN_SCORE) -> list[Found]:
        """Entries for `term`: exact by Japanese spelling or English; else up to `n` fuzzy matches."""
        term = term.strip()
        if not term:
            return []
        key = variant_key(term) or term
        if key in self._ja:
            return [Found(self.entries[i], key, "ja", 100.0) for i in self._ja[key]]
        ekey = english_key(term)
        if ekey and ekey in self._en:
            return [Found(self.entries[i], ekey, "en", 100.0) for i in self._en[ekey]]
        words = _words(term)
        if words and all(w in self._en_words for w in words):
            # every word of the query in one English form: "Lavrov" finds "Sergei Lavrov"
            common = set(self._en_words[words[0]]).intersection(*(self._en_words[w] for w in words[1:]))
            ranked = sorted(common, key=lambda i: (_rank(self.entries[i]), len(self.entries[i].en or "")))
            if ranked:
                return [Found(self.entries[i], " ".join(words), "en-words", 90.0) for i in ranked[:n]]
        return self.fuzzy(term, n=n, min_score=min_score)

    def get(self, term: str) -> Entry | None:
        """The best entry for `term` (exact or fuzzy), or None."""
        found = self.lookup(term, n=1)
        return found[0].entry if found else None

    def fuzzy(self, term: str, n: int = 5, min_score: float = FUZZY_MIN_SCORE) -> list[Found]:
        """Up to `n` entries whose Japanese (for a Japanese query) or English key is closest to `term`."""
        if _JAPANESE.search(term):
            if self._fuzzy_ja is None:
                self._fuzzy_ja = list(self._ja)
            query, choices, index, how = variant_key(term), self._fuzzy_ja, self._ja, "fuzzy"
        else:
            if self._fuzzy_en is None:
                # whole English forms and their single words, so "Shoygu" comes close to "Sergei Shoigu"
                self._en_any = {**self._en_words, **self._en}
                self._fuzzy_en = list(self._en_any)
            query, choices, index, how = english_key(term), self._fuzzy_en, self._en_any, "fuzzy"
        if not query:
            return []
        found: list[Found] = []
        seen: set[int] = set()
        for choice, score, _ in process.extract(query, choices, scorer=fuzz.ratio, limit=n,
                                                score_cutoff=min_score):
            for i in index[choice]:
                if i not in seen:
                    seen.add(i)
                    found.append(Found(self.entries[i], choice, how, float(score)))
        return found[:n]

    # ---- scanning

    def _build_automaton(self) -> ahocorasick.Automaton:
        """One automaton over every Japanese variant, folded; each key leads to its best-ranked entry."""
        automaton = ahocorasick.Automaton()
        for i in self._order:
            entry = self.entries[i]
            for spelling in entry.variants or [entry.ja]:
                key = fold_term(spelling)
                if key and key not in automaton:
                    automaton.add_word(key, (len(key), i))
        if len(automaton):
            automaton.make_automaton()
        return automaton

    def scan(self, text: str) -> list[TermHit]:
        """Every glossary term in `text`, left to right: longest match first, no overlaps, original positions."""
        if self._automaton is None:
            self._automaton = self._build_automaton()
        if not len(self._automaton) or not text:
            return []
        folded, starts, ends = fold(text)
        n = len(folded)
        # Keep, for each folded start, the longest term that starts and ends on cluster boundaries.
        best: dict[int, tuple[int, int]] = {}
        for end, (length, entry_id) in self._automaton.iter(folded):
            begin = end - length + 1
            if begin > 0 and starts[begin - 1] == starts[begin]:
                continue  # starts inside a cluster (e.g. the second half of ヴァ)
            if end + 1 < n and starts[end + 1] == starts[end]:
                continue  # ends inside a cluster
            if begin not in best or best[begin][0] < length:
                best[begin] = (length, entry_id)
        hits: list[TermHit] = []
        covered = 0
        for begin in sorted(best):
            if begin < covered:
                continue
            length, entry_id = best[begin]
            start, end = starts[begin], ends[begin + length - 1]
            while end < len(text) and text[end] in _LONG_VOWEL:
                end += 1  # a long-vowel mark (folded away) belongs to the syllable before it: バシリー
            hits.append(TermHit(start, end, text[start:end], self.entries[entry_id]))
            covered = begin + length
        return hits


def _words(text: str) -> list[str]:
    """The English words of `text` as keys (no case, accents or punctuation)."""
    return [w for w in (english_key(part) for part in re.split(r"[\s\-‐–—/]+", text)) if w]


def _add(index: dict[str, list[int]], key: str, i: int) -> None:
    ids = index.setdefault(key, [])
    if not ids or ids[-1] != i:  # one entry's keys are added together, so a repeat is always the last
        ids.append(i)


def describe_entry(entry: Entry) -> str:
    """An entry as a few readable lines: Japanese → English, then spellings, alternatives, evidence."""
    facts = [entry.type, entry.origin, entry.status]
    if entry.provenance:
        facts.append(entry.provenance)
    facts.append(f"confidence {float(entry.confidence):.2f}")
    lines = [f"{entry.ja} → {entry.en or '(no English yet)'}   [{', '.join(facts)}]"]
    others = [v for v in entry.variants if v != entry.ja]
    if others:
        lines.append(f"  spellings: {', '.join(others)}")
    if entry.en_alternatives:
        lines.append(f"  also:      {', '.join(entry.en_alternatives)}")
    if entry.en_candidates:
        lines.append(f"  suggested: {', '.join(entry.en_candidates)} (unreviewed rule/model output)")
    if entry.en_deprecated:
        lines.append(f"  avoid:     {', '.join(entry.en_deprecated)}")
    evidence = entry.glosses + entry.readings + entry.foreign
    if evidence:
        lines.append(f"  evidence:  {', '.join(evidence)}")
    for note in entry.notes:
        lines.append(f"  note:      {note}")
    if entry.sources:
        seen = ", ".join(f"{s.file}:{s.line}" for s in entry.sources[:5])
        more = f" and {len(entry.sources) - 5} more" if len(entry.sources) > 5 else ""
        lines.append(f"  seen {entry.count}×: {seen}{more}")
        if entry.sources[0].context:
            lines.append(f"  context:   {entry.sources[0].context}")
    return "\n".join(lines)
