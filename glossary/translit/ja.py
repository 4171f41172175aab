"""Japanese personal names in kanji → English as the English-language press prints them: UniDic's readings
of the family and given name in Hepburn without macrons (long vowels not marked), given name first
(平井久志 → Hisashi Hirai, 兵頭慎治 → Shinji Hyodo, 小泉純一郎 → Junichiro Koizumi).

A person JMnedict lists under the whole name (岸田文雄 きしだふみお) is read as JMnedict reads it, since a given
name's reading cannot be guessed (文雄 is Fumio, not Bunyu). Otherwise only names UniDic knows part by part
(人名,姓 and 人名,名) are read: a guess a translator cannot see through is worse than none. A family name
UniDic does not know as one is read as JMnedict's first surname reading (山川 → Yamakawa), less surely.
"""
from __future__ import annotations

import re

from glossary.tokenize import tokenize
from glossary.translit.dictionary import Jmnedict, to_katakana

_DIGRAPHS = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "シェ": "she",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "チェ": "che", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo", "リャ": "rya",
    "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju",
    "ジョ": "jo", "ジェ": "je", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu",
    "ピョ": "pyo", "ファ": "fa", "フィ": "fi", "フェ": "fe", "フォ": "fo", "ティ": "ti", "ディ": "di",
}
_MONOGRAPHS = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポァィゥェォ",
    ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te",
     "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo",
     "ra", "ri", "ru", "re", "ro", "wa", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da",
     "ji", "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po", "a", "i", "u", "e", "o"]))


def hepburn(kana: str) -> str:
    """Katakana (or hiragana) → Hepburn as names are printed in English: no macrons, ou/oo/uu/ー folded
    (コウノ → kono, ジュンイチロウ → junichiro), ッ doubling the next consonant (ッチ → tchi)."""
    kana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana)
    out, i, double = "", 0, False
    while i < len(kana):
        pair, one = kana[i:i + 2], kana[i]
        if one == "ッ":
            double, i = True, i + 1
            continue
        if one == "ー":
            i += 1
            continue
        syllable = _DIGRAPHS.get(pair) if len(pair) == 2 else None
        i += 2 if syllable else 1
        syllable = syllable or _MONOGRAPHS.get(one, "")
        if double and syllable:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out += syllable
    return without_long_vowels(out)


def without_long_vowels(romaji: str) -> str:
    """Romaji as names are printed in English, long vowels not marked: Kono, Yuko, Taro, Junichiro (Souya →
    Soya, Toukyou → Tokyo, Ooita → Oita)."""
    return re.sub(r"(?<=[oO])[ou]|(?<=[uU])u", "", romaji)


_GIVEN_TYPES = frozenset({"given", "masc", "fem", "unclass"})


class JapaneseNames:
    def __init__(self, jmnedict: Jmnedict | None = None):
        self.jmnedict = jmnedict

    def person(self, kanji: str) -> tuple[str, float] | None:
        """(English, confidence) of a Japanese personal name JMnedict lists whole or UniDic reads part by part,
        or None. A family name alone is given alone (岸田 → Kishida)."""
        kanji = re.sub(r"\s+", "", kanji)
        listed = self._listed_person(kanji)
        if listed is not None:
            return listed
        tokens = [t for t in tokenize(kanji) if t.surface.strip()]
        if not tokens:
            return None
        if any(t.pos3 != "人名" or not t.lemma for t in tokens):
            return self._listed_family(kanji)
        family = [t for t in tokens if t.pos4 == "姓"]
        given = [t for t in tokens if t.pos4 == "名"]
        if not family or len(family) + len(given) != len(tokens) or tokens[0].pos4 != "姓":
            return None  # a name UniDic does not split as family + given

        def romanized(parts) -> str:
            return "".join(hepburn(t.lemma) for t in parts).capitalize()

        if not given:
            return romanized(family), 0.6
        return f"{romanized(given)} {romanized(family)}", 0.7

    def _readings(self, kanji: str, types: frozenset[str]) -> list[str]:
        if self.jmnedict is None:
            return []
        return list(dict.fromkeys(to_katakana(h.kana) for h in self.jmnedict.kanji(kanji) if h.kana and h.types & types))

    def _listed_person(self, kanji: str) -> tuple[str, float] | None:
        """A particular person JMnedict lists under this very name with one reading, cut where a surname
        reading of the first characters and a given-name reading of the rest meet it (岸田|文雄: キシダ|フミオ)."""
        readings = self._readings(kanji, frozenset({"person"}))
        if len(readings) > 1 and self.jmnedict is not None:
            # (a famous bearer's entry carries his dates; the other reading is the name read on'yomi, in
            # respect: 伊藤博文 ひろぶみ, 1841-1909, beside はくぶん)
            dated = list(dict.fromkeys(to_katakana(h.kana) for h in self.jmnedict.kanji(kanji)
                                       if h.kana and "person" in h.types and h.note))
            readings = dated if len(dated) == 1 else readings
        if len(readings) != 1:
            return None
        reading = readings[0]
        for cut in range(1, len(kanji)):
            for family in self._readings(kanji[:cut], frozenset({"surname"})):
                given = reading[len(family):]
                if reading.startswith(family) and given in self._readings(kanji[cut:], _GIVEN_TYPES):
                    return f"{hepburn(given).capitalize()} {hepburn(family).capitalize()}", 0.85
        return None

    def _listed_family(self, kanji: str) -> tuple[str, float] | None:
        """A family name UniDic reads as ordinary words (山川 'mountains and rivers'): JMnedict's first surname
        reading, less surely than a name UniDic knows."""
        readings = self._readings(kanji, frozenset({"surname"})) if 2 <= len(kanji) <= 3 else []
        return (hepburn(readings[0]).capitalize(), 0.5) if readings else None
