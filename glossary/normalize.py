"""The variant key: one string under which the spelling variants of one name meet.

Japanese texts spell one foreign name in several ways: ヴ or ブ (ラヴロフ/ラブロフ), with or without a
long-vowel mark (ウラジーミル/ウラジミール), small or full-size kana (ショイグ/シヨイグ), old or new kanji
(平壤/平壌), full- or half-width (ＫＮ－２３/KN-23), with or without the ・/＝ separating name parts.
`variant_key` folds all of these away, so two forms with equal keys are spellings of one name.
It is deliberately lossy: use it to group and look up, never to display.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

# ヴ + small vowel → the バ-row syllable Japanese media use as the plain spelling.
_VU = {"ヴァ": "バ", "ヴィ": "ビ", "ヴゥ": "ブ", "ヴェ": "ベ", "ヴォ": "ボ", "ヴャ": "ビャ", "ヴュ": "ビュ",
       "ヴョ": "ビョ", "ヴ": "ブ", "ヷ": "バ", "ヸ": "ビ", "ヹ": "ベ", "ヺ": "ボ"}
_VU_RE = re.compile("|".join(sorted(_VU, key=len, reverse=True)))
# Small kana → full size; obsolete kana and ヂ/ヅ → the spelling modern texts use (ラヂオ/ラジオ).
_KANA_FOLD = str.maketrans({
    "ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ", "ッ": "ツ", "ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ",
    "ヮ": "ワ", "ヵ": "カ", "ヶ": "ケ", "ㇰ": "ク", "ㇱ": "シ", "ㇲ": "ス", "ㇳ": "ト", "ㇷ": "フ", "ㇻ": "ラ",
    "ㇼ": "リ", "ㇽ": "ル", "ㇾ": "レ", "ㇿ": "ロ", "ヰ": "イ", "ヱ": "エ", "ヲ": "オ", "ヂ": "ジ", "ヅ": "ズ",
    "ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お", "っ": "つ", "ゃ": "や", "ゅ": "ゆ", "ょ": "よ",
    "ゎ": "わ", "ゕ": "か", "ゖ": "け", "ゔ": "ぶ",
})
# Marks that carry no identity: long vowel, name-part separators, spaces, iteration of the same form.
_DROP = re.compile(r"[\sー―‐・･·=＝゠〜~_]+")


@functools.lru_cache(maxsize=1)
def old_to_new_kanji() -> dict[str, str]:
    """The kyūjitai → shinjitai table shipped in glossary/data/extract/kyujitai.tsv (old form, new form)."""
    table: dict[str, str] = {}
    text = resources.files("glossary").joinpath("data/extract/kyujitai.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        old, new = line.split("\t")[:2]
        table[old] = new
    return table


@functools.lru_cache(maxsize=1)
def _kanji_fold() -> dict[int, str]:
    return str.maketrans(old_to_new_kanji())


_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
# the last part of a katakana name joined by ＝, not ・: a double family name (アレクセイ・ロバノフ＝ロストフスキー)
DOUBLE_SURNAME = re.compile(r"[=＝][^・･=＝]+$")
# a Russian patronymic between a given and a family name in katakana (ウラジーミル・ウラジーミロビッチ・プーチン,
# セルゲイ・クジュゲトヴィチ・ショイグ, ワレンチナ・イワノヴナ・マトヴィエンコ)
_PATRONYMIC_ENDS = "(ビッチ|ヴィッチ|ビチ|ヴィチ|ブナ|ヴナ|イチ)"
PATRONYMIC = re.compile(r"(?<=[・･])[ァ-ヺー]+%s(?=[・･])" % _PATRONYMIC_ENDS)
# a patronymic as a word of its own, after the given name in place of the family name (ロマン・ウラジーミロビチ,
# as Russians address one another)
PATRONYMIC_WORD = re.compile(r"[ァ-ヺー]{2,}%s" % _PATRONYMIC_ENDS)
_VU_CHARS = re.compile("[ヴヷヸヹヺ]")
# -owski/-ovsky written ウスキー as often as フスキー (ヤンコウスキー/ヤンコフスキー, ジェウスキー/ジェフスキー)
_WSKI = re.compile("(?<=[ァ-ヺ])ウ(?=スキ|スカヤ)")
# Russian ы after a consonant, written as the ウ-column kana and イ or as the イ-column kana alone, inside a name
# (ドブルイニン/ドブリーニン, ブイコフ/ビコフ, ムイシキン/ミシキン); not at a word's end (マルイ), nor ルイ at its
# start (ルイス: Louis)
_YERY = re.compile("((?<=[ァ-ヺ])ル|[ブムプ])イ(?=[ァ-ヺ])")
_YERY_FOLD = {"ル": "リ", "ブ": "ビ", "ム": "ミ", "プ": "ピ"}


def _strip_accents(text: str) -> str:
    """Latin letters without diacritics (Schröder → schroder); other scripts untouched."""
    if text.isascii() or not _ACCENTED.search(text):  # NFD would split every ガ/プ: only decompose when needed
        return text
    decomposed = unicodedata.normalize("NFD", text)
    out = [ch for ch in decomposed if not (unicodedata.combining(ch) and ch not in "\u3099\u309a")]
    return unicodedata.normalize("NFC", "".join(out))


# (not X, a brand's letter more often than ten: スペースX)
_ROMAN_FIGURES = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
_ROMAN_AFTER_KANA = re.compile(r"(?<=[ァ-ヺ])(?:viii|vii|vi|iv|iii|ii|i|v)$")


@functools.lru_cache(maxsize=262144)
def variant_key(text: str) -> str:
    """The key under which spelling variants of one name meet.

    Folds widths (NFKC), ヴ-row to バ-row, small kana to full size, old kanji to new, Latin case and
    diacritics; removes the long-vowel mark ー, the separators ・ ＝ = and all spaces; reads -ウスキー as -フスキー
    (ヤンコウスキー, ヤンコフスキー) and ルイ inside a name as リ (ドブルイニン, ドブリーニン); a leading 駐
    ('stationed in') is read as its synonym 在 (駐日大使館, 在日大使館); Roman figures that end a katakana name
    as Arabic ones (リネージュII, リネージュ2).
    `variant_key("ラヴロフ") == variant_key("ラブロフ")`, `variant_key("ＫＮ－２３") == variant_key("KN-23")`.
    """
    key = unicodedata.normalize("NFKC", text)
    if _VU_CHARS.search(key):
        key = _VU_RE.sub(lambda m: _VU[m.group()], key)
    key = key.translate(_KANA_FOLD).translate(_kanji_fold())
    key = _DROP.sub("", key)
    if "ウス" in key:
        key = _WSKI.sub("フ", key)
    if "イ" in key:
        key = _YERY.sub(lambda m: _YERY_FOLD[m.group(1)], key)
    key = _strip_accents(key).lower()
    if key.startswith("駐") and len(key) >= 3:
        key = "在" + key[1:]
    if key[-1:] in "iv":
        # a sequel's or a model's number after a katakana name, in Roman figures or Arabic (リネージュII, リネージュ2)
        key = _ROMAN_AFTER_KANA.sub(lambda m: str(_ROMAN_FIGURES.index(m.group()) + 1), key)
    return key
