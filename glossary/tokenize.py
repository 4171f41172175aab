"""Tokenization with fugashi + unidic-lite: one tagger per process, tokens carrying UniDic's features.

A `Token` keeps what later stages need from UniDic: the part of speech (four levels), the lemma,
the reading (katakana pronunciation), the word origin class (goshu: 和/漢/外/固/混) and the foreign
spelling UniDic attaches to some lemmas (`ウラジオストク-Vladivostok` → foreign "Vladivostok"),
plus the token's character offsets in the text it came from.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

# Field positions in unidic-lite's (UniDic 2.1.2) feature CSV.
_POS1, _POS2, _POS3, _POS4, _LEMMA, _PRON, _GOSHU = 0, 1, 2, 3, 7, 9, 12


@dataclass(slots=True)
class Token:
    """One morpheme: `text[start:end] == surface`; features as UniDic gives them ("" when unknown)."""

    surface: str
    start: int
    end: int
    pos1: str
    pos2: str
    pos3: str
    pos4: str
    lemma: str
    reading: str
    goshu: str
    foreign: str
    unknown: bool

    @property
    def is_noun(self) -> bool:
        return self.pos1 == "名詞"

    @property
    def is_proper(self) -> bool:
        return self.pos2 == "固有名詞"

    @property
    def pos(self) -> str:
        return ",".join(p for p in (self.pos1, self.pos2, self.pos3, self.pos4) if p and p != "*")


@functools.lru_cache(maxsize=1)
def tagger():
    """The process-wide fugashi Tagger over unidic-lite (loading it costs ~0.2 s, so it is shared)."""
    import fugashi

    return fugashi.Tagger()


def _fields(raw: str) -> list[str]:
    fields = raw.split(",", 13)  # only the first 13 fields are read; later ones may hold quoted commas
    if '"' in raw and any('"' in f for f in fields[:13]):  # a field holding a comma is quoted
        return next(csv.reader([raw]))
    return fields


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with their character offsets and UniDic features."""
    out: list[Token] = []
    pos = 0
    for node in tagger()(text):
        surface = node.surface
        start = text.find(surface, pos) if surface else pos
        if start < 0:  # MeCab dropped or changed something: fall back to the running position
            start = pos
        end = start + len(surface)
        pos = end
        f = _fields(node.feature_raw)
        if len(f) > _GOSHU:
            lemma = f[_LEMMA] if f[_LEMMA] != "*" else ""
            foreign = ""
            if "-" in lemma:
                lemma, _, foreign = lemma.partition("-")
            out.append(Token(surface, start, end, f[_POS1], f[_POS2], f[_POS3], f[_POS4], lemma,
                             f[_PRON] if f[_PRON] != "*" else "", f[_GOSHU], foreign, node.is_unk))
        else:  # unknown word: only the part of speech is known
            out.append(Token(surface, start, end, f[0], f[1] if len(f) > 1 else "", f[2] if len(f) > 2 else "",
                             f[3] if len(f) > 3 else "", "", "", "", "", True))
    return out
