"""Chinese names written in kanji → Hanyu Pinyin as English-language news prints them: family name first,
the given name's syllables written as one word (習近平 → Xi Jinping, 王毅 → Wang Yi, 江沢民 → Jiang Zemin).

Readings come from KANJIDIC2's pinyin field (via jamdict-data), which lists the Japanese forms of
simplified characters too (沢 for 澤/泽). A character with several readings gives alternatives, the
first reading first.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from itertools import product

from rapidfuzz.distance import Levenshtein

from glossary.translit.dictionary import Jmnedict
from glossary.translit.ja import hepburn

_TONE = re.compile(r"[1-5]$")
_VOWEL_START = re.compile(r"^[aoe]")


@functools.lru_cache(maxsize=1)
def compound_surnames() -> frozenset[str]:
    """Two-character Chinese family names (欧陽, 司馬, 諸葛) from the extraction's surname list."""
    text = resources.files("glossary").joinpath("data/extract/zh_surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#") and len(line.strip()) == 2)


def _syllable(reading: str) -> str:
    """'ning2' → 'ning'; KANJIDIC writes ü as u: (lu:3) → 'lu', as English news does (Lu, not Lü)."""
    return _TONE.sub("", reading).replace("u:", "u").replace("v", "u")


# pinyin spellings rewritten the way Japanese katakana for Chinese sounds them (ジャン for jiang, ロン for long)
_PINYIN_AS_KANA = (("zh", "j"), ("q", "ch"), ("x", "sh"), ("l", "r"), ("ng", "n"), ("iang", "yan"), ("ian", "en"),
                   ("ui", "ei"), ("uo", "o"), ("c", "ts"), ("ong", "on"))


def pinyin_reading_distance(pinyin: str, kana: str) -> float:
    """How unlike (0 alike … 1) a katakana reading is to a pinyin spelling, both brought to rough Japanese
    sounds: ヘイロンジャン is close to Heilongjiang (0.1), サハリン far from Huatai."""
    crude = pinyin.lower().replace("'", "").replace(" ", "")
    for spelled, heard in _PINYIN_AS_KANA:
        crude = crude.replace(spelled, heard)
    return Levenshtein.normalized_distance(crude, hepburn(re.sub(r"[・･=＝\s]", "", kana)))


def join_syllables(syllables: list[str]) -> str:
    """One pinyin word; an apostrophe before a syllable that starts with a, o or e (Xi'an, Tian'anmen)."""
    out = ""
    for i, syl in enumerate(syllables):
        out += ("'" if i and _VOWEL_START.match(syl) else "") + syl
    return out


class ChineseNames:
    def __init__(self, jmnedict: Jmnedict):
        self.jmnedict = jmnedict

    @functools.lru_cache(maxsize=4096)
    def readings(self, char: str) -> tuple[str, ...]:
        """The pinyin syllables of one character, KANJIDIC2's order (the commonest first); () if none."""
        if self.jmnedict.conn is None:
            return ()
        rows = self.jmnedict.conn.execute(
            "select r.value from character c join rm_group g on g.cid=c.ID join reading r on r.gid=g.ID "
            "where c.literal=? and r.r_type='pinyin' order by r.rowid", (char,)).fetchall()
        out: list[str] = []
        for (value,) in rows:
            syl = _syllable(value)
            if syl and syl not in out:
                out.append(syl)
        return tuple(out)

    def person(self, han: str, n: int = 5) -> list[str]:
        """Pinyin forms of a Chinese personal name, likeliest first; [] when a character has no reading."""
        surname_len = 2 if len(han) >= 3 and han[:2] in compound_surnames() else 1
        per_char = [self.readings(ch)[:3] for ch in han]
        if not han or not all(per_char):
            return []
        combos = sorted(product(*[list(enumerate(options)) for options in per_char]),
                        key=lambda combo: sum(rank for rank, _ in combo))
        forms: list[str] = []
        for combo in combos[: n * 3]:
            syllables = [syl for _, syl in combo]
            family = join_syllables(syllables[:surname_len]).capitalize()
            given = join_syllables(syllables[surname_len:]).capitalize()
            form = f"{family} {given}".strip()
            if form not in forms:
                forms.append(form)
        return forms[:n]

    def place(self, han: str) -> str | None:
        """A Chinese place's name in pinyin, one word, each character's commonest reading (遼寧 → Liaoning); None
        when a character has no reading."""
        per_char = [self.readings(ch) for ch in han]
        if not han or not all(per_char):
            return None
        return join_syllables([options[0] for options in per_char]).capitalize()
