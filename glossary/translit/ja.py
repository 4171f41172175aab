"""Japanese personal names in kanji → English as the English-language press prints them: UniDic's readings
of the family and given name in Hepburn without macrons (long vowels not marked), given name first
(平井久志 → Hisashi Hirai, 兵頭慎治 → Shinji Hyodo, 小泉純一郎 → Junichiro Koizumi).

Only names UniDic knows part by part (人名,姓 and 人名,名) are read: a Japanese given name has many
possible readings, and a guess a translator cannot see through is worse than none.
"""
from __future__ import annotations

import re

from glossary.tokenize import tokenize

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
    # long vowels are not marked in names printed in English: Kono, Yuko, Taro, Junichiro
    return re.sub(r"ou|oo", "o", re.sub(r"uu", "u", out))


class JapaneseNames:
    def person(self, kanji: str) -> tuple[str, float] | None:
        """(English, confidence) of a Japanese personal name UniDic reads part by part, or None.
        A family name alone is given alone (岸田 → Kishida)."""
        tokens = [t for t in tokenize(kanji) if t.surface.strip()]
        if not tokens or any(t.pos3 != "人名" or not t.lemma for t in tokens):
            return None
        family = [t for t in tokens if t.pos4 == "姓"]
        given = [t for t in tokens if t.pos4 == "名"]
        if not family or len(family) + len(given) != len(tokens) or tokens[0].pos4 != "姓":
            return None  # a name UniDic does not split as family + given

        def romanized(parts) -> str:
            return "".join(hepburn(t.lemma) for t in parts).capitalize()

        if not given:
            return romanized(family), 0.6
        return f"{romanized(given)} {romanized(family)}", 0.7
