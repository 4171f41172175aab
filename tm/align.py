"""Sentence alignment of a Japanese document with its English translation.

`align(ja, en, anchors)` pairs two sentence lists in order with dynamic programming over beads
1:1, 1:2, 2:1, 2:2, 1:3, 3:1, 1:0 and 0:1 (Gale & Church 1993), scoring each bead by

- **length**: English length in characters against the Japanese length times the document's own
  ratio (estimated from the two texts, so no language-pair constant is assumed), as a Gaussian on
  the log ratio;
- **anchors**: numbers (full-width digits, 万/億 and million/billion, month names and 月 agree), Latin
  strings of the Japanese side found in the English (KN-23, NATO, G7), and glossary names (an entry's
  Japanese variants on one side, its `en`/`en_alternatives` on the other): shared anchors lower the
  cost, numbers and Latin strings left without a partner raise it (a missing name does not: its
  English may be paraphrased or machine-made);
- **order**: beads are monotone, and a band around the diagonal bounds the work for long documents.

`align_documents(ja_paragraphs, en_paragraphs, glossary, document)` aligns paragraphs first (the same
algorithm over paragraphs, which yields 1:1 when the structure is parallel), then sentences inside
each aligned paragraph group, and returns `tm.model.Unit`s with origin "aligned". The Japanese (source)
side is cut in the CAT-compatible "srx" mode, so units meet the segments OmegaT cuts from the same
source; the English (target) side, which no CAT tool segments, is cut into linguistic sentences
("sentence" mode: `said." The` is a break there, though not under OmegaT's English rules).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from glossary.model import Entry
from glossary.text import Paragraph
from tm.model import Unit, utc_now
from tm.segment import Segment, split_paragraphs

# Bead shapes (Japanese count, English count) and their prior probabilities, after Gale & Church's
# estimates, with room for the 3:1/1:3 beads a CAT segmenter makes by cutting inside quotations.
BEADS: dict[tuple[int, int], float] = {
    (1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.045, (1, 2): 0.045,
    (2, 2): 0.005, (3, 1): 0.006, (1, 3): 0.006,
}
LENGTH_SIGMA = 0.25      # spread of log(English length / expected length) for a true pair
LENGTH_SMOOTHING = 8.0   # characters added to both sides so short segments do not swing the ratio
ANCHOR_MATCH = 2.0       # cost saved per anchor both sides share
ANCHOR_MISS = 0.8        # cost added per anchor one side has and the other lacks
SKIP_PER_CHAR = 0.01     # cost per (Japanese-equivalent) character of a sentence left without a partner
BAND = 30                # beads may stray this many sentences (at least) from the diagonal


@dataclass(frozen=True)
class Pair:
    """One bead of an alignment: indices into the Japanese and English lists (either may be empty)."""

    ja: tuple[int, ...]
    en: tuple[int, ...]
    cost: float = 0.0

    @property
    def shape(self) -> str:
        return f"{len(self.ja)}:{len(self.en)}"


# ----------------------------------------------------------------------------- anchors

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_JA_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*(万|億|兆)?")
_EN_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)(?:\s*(thousand|million|billion|trillion))?", re.IGNORECASE)
_EN_MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*")
_EN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-.&][A-Za-z0-9]+)*")
_SCALE = {"万": 10_000, "億": 100_000_000, "兆": 10 ** 12, "thousand": 1000, "million": 10 ** 6,
          "billion": 10 ** 9, "trillion": 10 ** 12}


def _number_key(digits: str, scale: str | None) -> str | None:
    digits = digits.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    if scale:
        value *= _SCALE[scale.lower()]
    return "n:" + (str(int(value)) if value == int(value) else f"{value:g}")


def _fold(text: str) -> str:
    """Full-width digits and letters to ASCII (NFKC), so ２０２４ meets 2024."""
    return unicodedata.normalize("NFKC", text)


def ja_number_anchors(text: str) -> set[str]:
    return {k for m in _JA_NUMBER.finditer(_fold(text)) if (k := _number_key(m.group(1), m.group(2)))}


def en_number_anchors(text: str) -> set[str]:
    keys = {k for m in _EN_NUMBER.finditer(text) if (k := _number_key(m.group(1), m.group(2)))}
    # "June 19" says 6 as "6月19日" does; "May" only when a day or year follows (the verb "may" is common)
    for m in _EN_MONTH.finditer(text):
        word = m.group(1)
        if word.lower() == "may" and not re.match(r"\s+\d", text[m.end():]):
            continue
        if word[0].isupper():
            keys.add(f"n:{_MONTHS[word.lower()]}")
    return keys


def latin_anchors(ja_text: str) -> set[str]:
    """Latin strings in a Japanese sentence (NATO, KN-23, G7), lower-cased, that the English should repeat."""
    return {"l:" + m.group(0).lower() for m in _LATIN.finditer(_fold(ja_text)) if len(m.group(0)) >= 2}


def en_word_keys(en_text: str) -> set[str]:
    keys = set()
    for m in _EN_WORD.finditer(en_text):
        word = m.group(0).lower()
        keys.add("l:" + word)
        keys.update("l:" + part for part in re.split(r"[-.&]", word) if part)
    return keys


class Anchors:
    """Finds anchors in sentences: numbers, Latin strings, and the names of a glossary.

    `ja(text)` and `en(text)` return sets of keys; a key on both sides of a bead is a shared anchor.
    Latin keys are only counted as missing on the Japanese side (every English word is Latin).
    """

    def __init__(self, glossary: Iterable[Entry] = ()):
        self._ja_names: list[tuple[str, str]] = []  # (Japanese form, key)
        self._en_names: list[tuple[re.Pattern, str]] = []
        for i, entry in enumerate(glossary):
            english = [e for e in [entry.en, *entry.en_alternatives] if e]
            forms = [v for v in entry.variants if len(v) >= 2]
            if not english or not forms:
                continue
            key = f"g:{i}"
            self._ja_names.extend((form, key) for form in forms)
            for name in english:
                self._en_names.append((re.compile(r"(?<![A-Za-z])" + re.escape(name) + r"(?![a-z])",
                                                  re.IGNORECASE), key))
        # longest forms first, so 金正恩 is found before 金
        self._ja_names.sort(key=lambda item: -len(item[0]))

    def ja(self, text: str) -> set[str]:
        keys = ja_number_anchors(text) | latin_anchors(text)
        for form, key in self._ja_names:
            if form in text:
                keys.add(key)
        return keys

    def en(self, text: str) -> set[str]:
        keys = en_number_anchors(text) | en_word_keys(text)
        for pattern, key in self._en_names:
            if key not in keys and pattern.search(text):
                keys.add(key)
        return keys


# ----------------------------------------------------------------------------- the aligner

def _split_length(text: str) -> tuple[int, int]:
    """(Japanese-script characters, other characters) of a Japanese sentence.

    Kana and kanji expand by the document's ratio in English; Latin words, digits, URLs and ASCII
    punctuation carry over about one to one, so "<https://...>" is expected to stay its own length.
    """
    other = sum(1 for ch in text if ch.isascii())
    return len(text) - other, other


def _length_cost(expected: float, en_len: int) -> float:
    x = math.log((en_len + LENGTH_SMOOTHING) / (expected + LENGTH_SMOOTHING))
    return x * x / (2 * LENGTH_SIGMA * LENGTH_SIGMA)


def _anchor_cost(ja_keys: set[str], en_keys: set[str]) -> float:
    if not ja_keys and not en_keys:
        return 0.0
    shared = ja_keys & en_keys
    # Glossary names only reward: a name's English may be machine-made or paraphrased in the translation
    # (北朝鮮 as "Pyongyang", a pronoun), so its absence is no evidence. English words are all Latin keys:
    # only numbers count as unmatched on the English side.
    ja_missing = sum(1 for k in ja_keys - en_keys if not k.startswith("g:"))
    en_missing = sum(1 for k in en_keys - ja_keys if k.startswith("n:"))
    return -ANCHOR_MATCH * len(shared) + ANCHOR_MISS * (ja_missing + en_missing)


def _ratio(ja: Sequence[str], en: Sequence[str]) -> float:
    """English characters per Japanese-script character, from the two texts (ASCII carried over 1:1)."""
    cjk = other = 0
    for s in ja:
        a, b = _split_length(s)
        cjk, other = cjk + a, other + b
    en_chars = sum(len(s) for s in en)
    if not cjk or en_chars <= other:
        return 1.0
    return (en_chars - other) / cjk


def align(ja_sentences: Sequence[str], en_sentences: Sequence[str], anchors: Anchors | None = None,
          ratio: float | None = None) -> list[Pair]:
    """Align two sentence lists in order; every sentence appears in exactly one `Pair`.

    `ratio` is the expected number of English characters per Japanese-script character (estimated
    from the two lists when not given; ASCII in the Japanese counts one to one). `anchors` defaults to numbers and Latin strings only.
    """
    n, m = len(ja_sentences), len(en_sentences)
    if n == 0 or m == 0:
        return [Pair((i,), ()) for i in range(n)] + [Pair((), (j,)) for j in range(m)]
    anchors = anchors or Anchors()
    ratio = ratio or _ratio(ja_sentences, en_sentences)
    ja_len = [ratio * a + b for a, b in map(_split_length, ja_sentences)]  # expected English lengths
    en_len = [len(s) for s in en_sentences]
    ja_keys = [anchors.ja(s) for s in ja_sentences]
    en_keys = [anchors.en(s) for s in en_sentences]
    prior = {shape: -math.log(p) for shape, p in BEADS.items()}
    band = max(BAND, abs(n - m) + 5)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n
        lo, hi = max(0, int(centre - band)), min(m, int(centre + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, best_move = inf, None
            for (di, dj), p in prior.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or cost[pi][pj] == inf:
                    continue
                lj = sum(ja_len[pi:i])
                le = sum(en_len[pj:j])
                if di and dj:
                    c = cost[pi][pj] + p + _length_cost(lj, le)
                    kj = set().union(*ja_keys[pi:i])
                    ke = set().union(*en_keys[pj:j])
                    c += _anchor_cost(kj, ke)
                else:
                    # a sentence left without a partner: a flat cost growing slowly with its length (a
                    # Gaussian on the length ratio would make omissions so dear that neighbours get
                    # merged wrongly instead), and its anchors go unmatched
                    c = cost[pi][pj] + p + SKIP_PER_CHAR * (lj + le) / ratio
                    c += ANCHOR_MISS * sum(1 for k in set().union(*ja_keys[pi:i], *en_keys[pj:j])
                                           if k.startswith("n:") or (di and k.startswith("l:")))
                if c < best:
                    best, best_move = c, (di, dj)
            cost[i][j], back[i][j] = best, best_move
    if cost[n][m] == inf:  # cannot happen with 1:0/0:1 beads inside the band; kept as a guard
        raise RuntimeError("alignment found no path")
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j)), cost[i][j] - cost[i - di][j - dj]))
        i, j = i - di, j - dj
    pairs.reverse()
    return pairs


# ----------------------------------------------------------------------------- documents → units

@dataclass
class AlignedSegment:
    """A bead of `align_documents`: the segments on each side (either list may be empty)."""

    ja: list[Segment] = field(default_factory=list)
    en: list[Segment] = field(default_factory=list)
    cost: float = 0.0


def _span_text(segments: list[Segment], paragraphs: Sequence[Paragraph]) -> str:
    """The original text from the first segment's start to the last one's end (same paragraph), else joined."""
    if not segments:
        return ""
    out: list[str] = []
    run = [segments[0]]
    for seg in segments[1:]:
        if seg.paragraph == run[-1].paragraph:
            run.append(seg)
        else:
            out.append(paragraphs[run[0].paragraph].text[run[0].start:run[-1].end])
            run = [seg]
    out.append(paragraphs[run[0].paragraph].text[run[0].start:run[-1].end])
    return " ".join(out)


def align_segments(ja_paragraphs: Sequence[Paragraph], en_paragraphs: Sequence[Paragraph],
                   glossary: Iterable[Entry] = (), ja_mode: str = "srx",
                   en_mode: str = "sentence") -> list[AlignedSegment]:
    """Paragraphs first, then sentences inside each aligned group of paragraphs."""
    anchors = Anchors(glossary)
    ja_segs = split_paragraphs(ja_paragraphs, "ja", ja_mode)
    en_segs = split_paragraphs(en_paragraphs, "en", en_mode)
    ratio = _ratio([s.text for s in ja_segs], [s.text for s in en_segs])
    para_pairs = align([p.text for p in ja_paragraphs], [p.text for p in en_paragraphs], anchors, ratio)
    ja_by_para: dict[int, list[Segment]] = {}
    en_by_para: dict[int, list[Segment]] = {}
    for s in ja_segs:
        ja_by_para.setdefault(s.paragraph, []).append(s)
    for s in en_segs:
        en_by_para.setdefault(s.paragraph, []).append(s)
    out: list[AlignedSegment] = []
    for pp in para_pairs:
        ja_group = [s for i in pp.ja for s in ja_by_para.get(i, [])]
        en_group = [s for j in pp.en for s in en_by_para.get(j, [])]
        for pair in align([s.text for s in ja_group], [s.text for s in en_group], anchors, ratio):
            out.append(AlignedSegment([ja_group[i] for i in pair.ja], [en_group[j] for j in pair.en], pair.cost))
    return out


def align_documents(ja_paragraphs: Sequence[Paragraph], en_paragraphs: Sequence[Paragraph],
                    glossary: Iterable[Entry] = (), document: str = "", ja_mode: str = "srx",
                    en_mode: str = "sentence", max_cost: float | None = None) -> list[Unit]:
    """Aligned translation units (origin "aligned") of a Japanese document and its English translation.

    Beads with a side left empty (1:0, 0:1) make no unit. `max_cost` drops beads the aligner is
    unsure of (cost above it); None keeps every bead. Each unit carries the document name, the bead
    shape and its cost as properties, and the preceding Japanese segment as context.
    """
    now = utc_now()
    units: list[Unit] = []
    previous = ""
    for bead in align_segments(ja_paragraphs, en_paragraphs, glossary, ja_mode, en_mode):
        if not bead.ja or not bead.en:
            continue
        source = _span_text(bead.ja, ja_paragraphs)
        target = _span_text(bead.en, en_paragraphs)
        if max_cost is not None and bead.cost > max_cost:
            previous = source
            continue
        props = {"x-alignment": f"{len(bead.ja)}:{len(bead.en)}", "x-alignment-cost": f"{bead.cost:.2f}"}
        if document:
            props["x-document"] = document
        units.append(Unit(source=source, target=target, srclang="ja", tgtlang="en", origin="aligned",
                          created=now, changed=now, creationid="yakugo-align", props=props,
                          context=previous or None))
        previous = source
    return units
