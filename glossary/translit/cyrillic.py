"""Cyrillic in the text (Путин, КНДР) → English by news-agency conventions.

Abbreviations come from a table (КНДР → DPRK); names go word by word: the given-name table first
(Алексей → Alexei), otherwise a BGN/PCGN-style transliteration simplified as AP and Reuters print it
(е → ye at the start and after vowels, ё → yo (e after ж ч ш щ), -ий/-ый → -y, no apostrophes for ь ъ).
"""
from __future__ import annotations

import re

from glossary.translit.dictionary import abbreviations, ru_given_names

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MAP = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya",
        # Ukrainian and Belarusian letters
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w"}
_VOWELS = set("аеёиоуыэюяіїє")


def is_cyrillic(text: str) -> bool:
    return bool(CYRILLIC.search(text))


def transliterate_word(word: str) -> str:
    """One Cyrillic word in Latin letters, news style: Горбачёв → Gorbachev, Дмитрий → Dmitry."""
    lower = word.lower()
    lower = re.sub(r"(ий|ый)$", "y", lower)
    out = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        if ch == "е" and (not prev or prev in _VOWELS or prev in "ъь"):
            out.append("ye")
        elif ch == "ё" and prev in "жчшщ":
            out.append("e")
        elif ch == "ё" and prev and prev not in _VOWELS and prev not in "ъь":
            out.append("e" if i == len(lower) - 2 and lower.endswith("в") else "yo")
        else:
            out.append(_MAP.get(ch, ch))
    latin = "".join(out)
    return "-".join(p[:1].upper() + p[1:] for p in latin.split("-")) if word[:1].isupper() else latin


def transliterate(text: str) -> tuple[str, str, float, list[str]]:
    """(english, source, confidence, alternatives) for a Cyrillic name or abbreviation."""
    stripped = text.strip()
    table = abbreviations()
    if stripped in table:
        english, alts = table[stripped]
        return english, "dictionary", 0.95, [english, *alts]
    _, given = ru_given_names()
    words = stripped.split()
    out, dictionary_hit = [], False
    alternatives: list[str] = []
    for i, w in enumerate(words):
        g = given.get(w.lower())
        if g is not None and (i < len(words) - 1 or len(words) == 1):
            out.append(g.english)
            dictionary_hit = True
        else:
            out.append(transliterate_word(w))
    english = " ".join(out)
    strict = " ".join(transliterate_word(w) for w in words)
    alternatives = [english] + ([strict] if strict != english else [])
    if len(words) > 1:
        alternatives.append(out[-1])
    return english, "dictionary" if dictionary_hit and len(words) == 1 else "rule", 0.9, alternatives
