"""Suggested English for a Japanese compound term, composed from its parts.

露朝関係 → Russia–North Korea relations, ウクライナ侵攻 → invasion of Ukraine, 軍事偵察衛星 → military
reconnaissance satellite. A compound is cut into the fewest parts that are all known: countries (region_modifiers.tsv),
runs of one-character country abbreviations (露朝, 日米韓) and heads and words (term_parts.tsv), names the glossary
already renders, and JMdict headwords of two or more characters. Japanese compounds put the head last, so the
English is built from the right: a head from the table wraps what comes before it in its pattern (invasion of {n}),
any other word is modified by it (Russian + Pacific Fleet). A compound with a part nothing knows gets no
suggestion: half a translation is worse than none. What this gives is a suggestion for a reviewer, never an
accepted English.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from glossary.translit.dictionary import _rows, region_modifiers

MAX_PARTS = 5
# a compound written with kana particles, digits, Latin letters or separators is a phrase, not a compound term
_NOT_COMPOUND = re.compile(r"[\u3041-\u309f0-9A-Za-z\s・･=＝、。]")
_ARTICLE = re.compile(r"^the ")
# a gloss that is a verb, a preposition's phrase or an affix (to ..., relating to China, -made) is no noun to compound
_NOT_A_NOUN = re.compile(r"^(?:to|relating|toward|towards|with|against|for|of|by|in|on)\b|^-|-$")
# a head that makes an adjective of what comes before it (北朝鮮製 → North Korea-made) works inside a compound too
_ADJECTIVAL_HEAD = re.compile(r"\{n\}-|-\{n\}")
PAIR_DASH = "–"


_PARALLEL = re.compile(r"(北緯|南緯)?([0-9]{1,2})度線")


def parallel(text: str) -> list[str] | None:
    """The English of a parallel of latitude named as a line (北緯38度線, 38度線): ["38th parallel", "38th
    parallel north"], best first; None for anything else. `text` is NFKC-normalized (half-width digits)."""
    m = _PARALLEL.fullmatch(text)
    if m is None:
        return None
    n = int(m.group(2))
    suffix = "th" if 10 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    name = f"{n}{suffix} parallel"
    return [name, f"{name} {'south' if m.group(1) == '南緯' else 'north'}"]


@dataclass(frozen=True)
class Part:
    """One part of a compound: its Japanese, English as a noun and as an adjective, the countries of a pair
    (露朝: Russia, North Korea), and the head pattern when the part is a head."""
    ja: str
    noun: str
    adjective: str
    countries: tuple[str, ...] = ()
    pattern: str | None = None


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, str]]:
    abbreviations, heads, words = {}, {}, {}
    for row in _rows("term_parts.tsv"):
        if row[0] == "abbrev" and len(row) >= 4:
            abbreviations[row[1]] = (row[2], row[3])
        elif row[0] == "head" and len(row) >= 3:
            heads[row[1]] = row[2]
        elif row[0] == "word" and len(row) >= 3:
            words[row[1]] = row[2]
    return abbreviations, heads, words


def country_pair(text: str) -> str | None:
    """The English of two or more countries written by their letters (露朝 → Russia–North Korea, 日米韓 →
    Japan–U.S.–South Korea), from term_parts.tsv's abbreviations; None for anything else."""
    abbreviations = _tables()[0]
    if len(text) < 2 or not all(ch in abbreviations for ch in text):
        return None
    return PAIR_DASH.join(_ARTICLE.sub("", abbreviations[ch][0]) for ch in text)


def country_adjective(text: str) -> str | None:
    """The English adjective of a country written out or by its letter (ロシア, 露 → Russian; 米 → U.S.), from
    region_modifiers.tsv and term_parts.tsv's abbreviations; None for anything else."""
    known = region_modifiers().get(text) or _tables()[0].get(text)
    return known[1] if known else None


def _plain_gloss(glosses: list[str]) -> str | None:
    """The gloss a word takes inside a compound: its first sense's first gloss of one word (政策: policy, not
    political measures), else its first short gloss; none for a verb's gloss (to ...) or a long description."""
    usable = [g for g in glosses if g and len(g.split()) <= 3 and not _NOT_A_NOUN.match(g)]
    if not usable:
        return None
    short = [g for g in usable if len(g.split()) == 1]
    return _ARTICLE.sub("", short[0] if short else usable[0])


class TermComposer:
    """Composes English suggestions for compounds; `dictionary(word)` gives a JMdict headword's first-sense glosses
    ([] when there is none), `names(word)` the English the glossary already gives a name (None when it has none)."""

    def __init__(self, dictionary: Callable[[str], list[str]], names: Callable[[str], str | None] | None = None):
        self.dictionary = dictionary
        self.names = names or (lambda word: None)
        self.abbreviations, self.heads, self.words = _tables()
        self.countries = region_modifiers()

    def suggest(self, term: str) -> str | None:
        """English for `term` composed from its parts, or None when a part is unknown or the term is one part."""
        text = unicodedata.normalize("NFKC", term or "").strip()
        if len(text) < 3 or _NOT_COMPOUND.search(text):
            return None
        parts = self._segment(text)
        if parts is None or not 2 <= len(parts) <= MAX_PARTS:
            return None
        phrase = self._compose(parts)
        return phrase[0] if phrase else None

    # -- cutting ------------------------------------------------------------------------------------------
    def _part(self, piece: str, final: bool) -> Part | None:
        """What `piece` is as one part of a compound (`final`: the compound's last part), or None if unknown."""
        if piece in self.countries and not (final and len(piece) == 1):
            noun, adjective = self.countries[piece]
            return Part(piece, noun, adjective)
        if all(ch in self.abbreviations for ch in piece):
            names = [self.abbreviations[ch] for ch in piece]
            if len(names) == 1:  # 露 alone, before a head (露外相); a compound does not end on one (プーチン露)
                return Part(piece, *names[0]) if not final else None
            joined = country_pair(piece)
            return Part(piece, joined, joined, tuple(noun for noun, _ in names))
        if piece in self.heads and (final or _ADJECTIVAL_HEAD.search(self.heads[piece])):
            return Part(piece, "", "", pattern=self.heads[piece])
        if piece in self.words:
            return Part(piece, self.words[piece], self.words[piece])
        name = self.names(piece) if len(piece) >= 2 else None
        if name:
            return Part(piece, name, name)
        if len(piece) >= 2 or piece in self.heads:  # (a one-character head inside a compound: its own word, 軍)
            gloss = _plain_gloss(self.dictionary(piece))
            if gloss:
                return Part(piece, gloss, gloss)
        return None

    def _segment(self, text: str) -> list[Part] | None:
        """The fewest known parts that spell `text` (longest first at equal count), or None."""
        n = len(text)
        best: list[list[Part] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            if best[i] is None:
                continue
            for j in range(n, i, -1):
                so_far = best[i]
                if best[j] is not None and len(best[j]) <= len(so_far) + 1:
                    continue
                part = self._part(text[i:j], final=j == n)
                if part is not None:
                    best[j] = so_far + [part]
        return best[n]

    # -- building -----------------------------------------------------------------------------------------
    def _compose(self, parts: list[Part]) -> tuple[str, str, tuple[str, ...]] | None:
        """(noun, adjective, countries of a pair) of the phrase the parts make, or None when a pattern cannot
        take what comes before its head (between … needs two countries)."""
        if len(parts) == 1:
            part = parts[0]
            return (part.noun, part.adjective, part.countries) if part.noun else None
        modifier = self._compose(parts[:-1])
        if modifier is None:
            return None
        noun, adjective, countries = modifier
        head = parts[-1]
        if head.pattern is None:
            phrase = f"{_ARTICLE.sub('', adjective)} {head.noun}"
            return phrase, phrase, ()
        pattern = head.pattern
        if "{pair}" in pattern:
            if len(countries) < 2:
                return None
            pair = ", ".join(countries[:-1]) + " and " + countries[-1]
            pattern = pattern.replace("{pair}", pair)
        if pattern.startswith(("{n}", "{a}")):
            noun, adjective = _ARTICLE.sub("", noun), _ARTICLE.sub("", adjective)
        phrase = pattern.replace("{n}", noun).replace("{a}", adjective)
        return phrase, phrase, ()
