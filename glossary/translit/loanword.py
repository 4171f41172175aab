"""Katakana compound names composed from their parts' English: a name the dictionaries know beside
loanwords UniDic spells in its lemmas (ロッテホテル・ウラジオストク → Lotte Hotel Vladivostok, キーロフ・バレエ →
Kirov Ballet, ロッテグループ → Lotte Group).

A compound composes only when every part has an English: a proper noun the caller's dictionaries know, and a
loanword of three kana or more whose UniDic lemma carries its foreign spelling (ホテル-hotel) and JMdict
confirms it. Anything else (a Russian name UniDic happens to split into loanword fragments, ラン|コフ) gets None.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from glossary.tokenize import Token, tokenize
from glossary.translit.dictionary import is_katakana, loanword_names

_MIN_LOANWORD = 3  # shorter loanword pieces are as often fragments of a foreign name (ラン, コフ) as words
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'\- ]*")


def _loanword(token: Token, glosses: Callable[[str], list[str]]) -> str | None:
    """The English a loanword token takes inside a name, title-cased; None when it is no loanword noun, or
    when JMdict's English for it does not confirm UniDic's spelling (ウラー-ura: JMdict says hooray, so the
    word is not English here)."""
    if token.goshu != "外" or token.pos1 not in ("名詞", "形状詞") or token.is_proper:
        return None
    if len(token.surface) < _MIN_LOANWORD or token.lemma != token.surface:  # (タイムズ, lemma タイム: a plural)
        return None
    if token.surface in loanword_names():
        return loanword_names()[token.surface]
    spelled = _LATIN_WORDS.match(token.foreign or "")  # (ライト-light（光）: the note is not the word)
    if spelled is None or spelled.group().strip().lower() not in {g.lower() for g in glosses(token.surface)}:
        return None
    return " ".join(word[:1].upper() + word[1:] for word in spelled.group().strip().split())


def compose(text: str, proper_english: Callable[[str], str | None],
            glosses: Callable[[str], list[str]], named_before: bool = False) -> str | None:
    """The English of a katakana compound name made of known names and loanwords, parts in the text's order;
    None unless at least one part is a known name, at least one a loanword, and every part is one of the two.
    `named_before`: the name comes before `text`, in other script (江陵|カーリングセンター), so `text` needs none.

    `proper_english(word)` gives the English of a proper noun the caller's dictionaries know (ロッテ → Lotte),
    None for one they don't, a given name or a country (ロシア・ブランド is Russian brands, not Russia Brand);
    `glosses(word)` gives a word's English senses in a dictionary of the language (JMdict: ホテル → [hotel])."""
    if not is_katakana(text):
        return None
    words, names, loanwords = [], 0, 0
    for part in filter(None, re.split("[・＝=]", text)):
        tokens = tokenize(part)
        if len(tokens) == 1 and tokens[0].unknown:
            # a word UniDic does not know, spelled off by ・ (ワグネル・グループ, one unknown token): a name or nothing
            english = proper_english(part)
            if english is None:
                return None
            names += 1
            words.append(english)
            continue
        for token in tokens:
            english = proper_english(token.surface) if token.is_proper and token.pos4 != "名" else None
            if english is not None:
                names += 1
            else:
                english = _loanword(token, glosses)
                if english is None:
                    return None
                loanwords += 1
            words.append(english)
    return " ".join(words) if (names or named_before) and loanwords else None
