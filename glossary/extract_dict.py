"""The dictionary look-ups extraction makes: whether JMnedict lists a span as a place or a surname, which
country it puts a place in and which Korea a person, and whether JMdict glosses a katakana word as a proper name.

One read-only connection to jamdict-data's SQLite file per process (a forked worker never uses its parent's),
and one memo per question, both forgotten by `clear_caches`: candidate spans repeat, so each is asked once.
"""
from __future__ import annotations

import functools
import itertools
import os
import re
import sqlite3
from collections import defaultdict

from glossary.normalize import old_to_new_kanji

_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_MEMO_LIMIT = 200_000  # answers kept per question before a memo starts afresh
_MEMOS: dict[str, dict] = defaultdict(dict)
_DB: dict[int, object] = {}


def _db():
    """A read-only connection to JMnedict (jamdict-data's SQLite file) for this process, or None when the
    package is absent. One per process id: a forked worker must not use its parent's connection."""
    pid = os.getpid()
    if pid not in _DB:
        from glossary.translit.dictionary import jmnedict_path

        path = jmnedict_path()
        # (a parent's connection inherited through fork stays in the table, unused and never closed here:
        # closing a forked copy of an SQLite connection is as unsafe as using it)
        # the file belongs to an installed package: opened read-only, never switched to WAL
        _DB[pid] = (sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                    if path else None)  # only reads: any thread of the process may use it
    return _DB[pid]


def _memoized(question: str, key: str, answer):
    """The memoized answer to `question` about `key`, computed by answer(db) on first asking."""
    memo = _MEMOS[question]
    if key in memo:
        return memo[key]
    db = _db()
    found = answer(db) if db is not None else answer(None)
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = found
    return found


def clear_caches() -> None:
    """Forget every memoized answer (the connection stays)."""
    for memo in _MEMOS.values():
        memo.clear()


# the unary + keeps SQLite from scanning every row of a name type (100 ms) instead of the name's own rows
_NAME_TYPE_SQL = ("select 1 from NEKanji j join NETranslation t on t.idseq = j.idseq "
                  "join NETransType tt on tt.tid = t.ID where j.text = ? and +tt.text = ? limit 1")


def _has_name_type(name: str, name_type: str) -> bool:
    return _memoized(name_type, name, lambda db: bool(
        db is not None and db.execute(_NAME_TYPE_SQL, (name, name_type)).fetchone()))


def dictionary_place(name: str) -> bool:
    """True when JMnedict lists `name` (its exact written form, or the same in new kanji: 平壤 as 平壌) with the
    name type 'place'."""
    if _has_name_type(name, "place"):
        return True
    table = old_to_new_kanji()
    modern = "".join(table.get(ch, ch) for ch in name)
    return modern != name and _has_name_type(modern, "place")


def dictionary_surname(name: str) -> bool:
    """True when JMnedict lists `name` (its exact written form) as a surname."""
    return _has_name_type(name, "surname")


_GIVEN_NAME_SQL = ("select 1 from NEKanji j join NETranslation t on t.idseq = j.idseq "
                   "join NETransType tt on tt.tid = t.ID where j.text = ? "
                   "and +tt.text in ('given', 'masc', 'fem', 'unclass') limit 1")


def dictionary_given_name(name: str) -> bool:
    """True when JMnedict lists `name` (its exact written form) as a given name (given, masc, fem) or as an
    unclassified name (JMnedict files most rarer given names, 堅樹, 修汰, that way)."""
    return _memoized("given name", name, lambda db: bool(
        db is not None and db.execute(_GIVEN_NAME_SQL, (name,)).fetchone()))


# A JMdict gloss that is a proper name: capitalised words, maybe after "the" (the White House, Silk Road).
_PROPER_GLOSS = re.compile(r"(?:the )?[A-Z][\w'.\-]*(?: (?:of |and |the |de )?[A-Z][\w'.\-]*)+")
_LOANWORD_NAME_SQL = "select sg.text from Kana k join Sense s on s.idseq = k.idseq " \
                     "join SenseGloss sg on sg.sid = s.ID where k.text = ?"
_NE_KANA_TYPES_SQL = "select tt.text from NEKana k join NETranslation t on t.idseq = k.idseq " \
                     "join NETransType tt on tt.tid = t.ID where k.text = ?"
_NE_TYPES = {"place": "place", "station": "place", "organization": "org", "company": "org", "group": "org"}


def _kana_name_types(kana: str) -> tuple[str, ...]:
    """The name types JMnedict gives the katakana `kana` (surname, company, place…) in its order, asked once
    per spelling."""
    return _memoized("kana name types", kana, lambda db: tuple(
        t for (t,) in db.execute(_NE_KANA_TYPES_SQL, (kana,))) if db is not None else ())


def dictionary_loanword_name(kana: str) -> str | None:
    """For a katakana word UniDic reads as ordinary loanwords (ホワイト|ハウス): None unless JMdict glosses it
    as a proper name (the White House); then the type JMnedict gives the same spelling (place, org) or ''."""
    def answer(db) -> str | None:
        if db is None or not any(_PROPER_GLOSS.fullmatch(g) for (g,) in db.execute(_LOANWORD_NAME_SQL, (kana,))):
            return None
        types = [_NE_TYPES[t] for t in _kana_name_types(kana) if t in _NE_TYPES]
        return types[0] if types else ""

    return _memoized("loanword name", kana, answer)


_KANA_WORD_SQL = "select 1 from Kana where text = ? limit 1"


def dictionary_kana_word(kana: str) -> bool:
    """True when JMdict has the katakana `kana` as a word of its own (アンケート; not メディアスコープ, a firm's name
    UniDic happens to read as a loanword)."""
    return _memoized("kana word", kana, lambda db: db is not None
                     and db.execute(_KANA_WORD_SQL, (kana,)).fetchone() is not None)


_PERSON_KANA_SQL = ("select distinct k.text from NEKanji j join NEKana k on k.idseq = j.idseq "
                    "join NETranslation t on t.idseq = j.idseq join NETransType tt on tt.tid = t.ID "
                    "where j.text = ? and +tt.text = 'person'")
_HIRAGANA_TO_KATAKANA = {c: c + 0x60 for c in range(0x3041, 0x3097)}


def dictionary_person_kana(name: str) -> tuple[str, ...]:
    """The readings, in katakana, JMnedict gives the person written `name` in kanji (金日成: キムイルソン)."""
    return _memoized("person kana", name, lambda db: tuple(
        kana.translate(_HIRAGANA_TO_KATAKANA) for (kana,) in db.execute(_PERSON_KANA_SQL, (name,))
    ) if db is not None else ())


_PERSON_GLOSS_SQL = ("select distinct g.text from NEKanji j join NETranslation t on t.idseq = j.idseq "
                     "join NETransType tt on tt.tid = t.ID join NETransGloss g on g.tid = t.ID "
                     "where j.text = ? and +tt.text = 'person'")
# vowels only the South's romanization writes (Geun-hye, Nak-yeon): the North's style has o, u for them
_SOUTH_VOWELS = re.compile(r"eo|eu")


def dictionary_person_spellings(name: str) -> tuple[str, ...]:
    """The Latin spellings JMnedict gives the person written `name` in kanji, without its notes (李舜臣: Yi
    Sun-Shin)."""
    return _memoized("person spellings", name, lambda db: tuple(
        gloss.partition(" (")[0].partition(",")[0].strip() for (gloss,) in db.execute(_PERSON_GLOSS_SQL, (name,))
    ) if db is not None else ())


def dictionary_korean_side(name: str) -> str | None:
    """ko_south or ko_north when JMnedict has a person written `name` in kanji whose entry puts them in one
    Korea: its note names the country ('41st Prime Minister of South Korea'), or the name is spelled in the
    South's romanization (Park Geun-hye). None when it has no such person, or persons on both sides."""
    def answer(db) -> str | None:
        sides = set()
        for (gloss,) in db.execute(_PERSON_GLOSS_SQL, (name,)) if db is not None else ():
            spelling, _, note = gloss.partition(" (")
            note = note or gloss.partition(",")[2]
            if "North Korea" in note:
                sides.add("ko_north")
            elif "South Korea" in note or _SOUTH_VOWELS.search(spelling.partition(",")[0].lower()):
                sides.add("ko_south")
        return sides.pop() if len(sides) == 1 else None
    return _memoized("korean side", name, answer)


# the glosses of every sense of a JMdict headword, by its kanji or by its kana
_KANJI_WORD_GLOSSES_SQL = ("select distinct lower(sg.text) from Kanji k join Sense s on s.idseq = k.idseq "
                           "join SenseGloss sg on sg.sid = s.ID where k.text = ?")
_KANA_WORD_GLOSSES_SQL = ("select distinct lower(sg.text) from Kana k join Sense s on s.idseq = k.idseq "
                          "join SenseGloss sg on sg.sid = s.ID where k.text = ?")


_GLOSS_ASIDE = re.compile(r"\([^()]*\)")


def dictionary_synonyms(kanji_word: str, kana_word: str) -> bool:
    """True when JMdict gives the kanji word and the katakana word an English gloss in common (無人機 and ドローン:
    'drone'): one in brackets after the other is its loanword or its kanji word, no name of its own."""
    def glosses(question: str, sql: str, word: str) -> frozenset[str]:
        def answer(db) -> frozenset[str]:
            # (a gloss's note in brackets is no part of its meaning: '(western) archery' is 'archery')
            try:
                return frozenset(_GLOSS_ASIDE.sub("", g).strip() for (g,) in db.execute(sql, (word,))) \
                    if db is not None else frozenset()
            except sqlite3.Error:  # an older jamdict-data schema without JMdict
                return frozenset()
        return _memoized(question, word, answer)

    return not glosses("kanji word glosses", _KANJI_WORD_GLOSSES_SQL, kanji_word).isdisjoint(
        glosses("kana word glosses", _KANA_WORD_GLOSSES_SQL, kana_word))


_KANJI_WORD_SQL = "select 1 from Kanji where text = ? limit 1"


def dictionary_kanji_word(word: str) -> bool:
    """True when JMdict has `word` as a headword written in kanji (全地球測位システム, 国連安全保障理事会)."""
    def answer(db) -> bool:
        try:
            return db is not None and db.execute(_KANJI_WORD_SQL, (word,)).fetchone() is not None
        except sqlite3.Error:  # an older jamdict-data schema without JMdict: no word is known
            return False

    return _memoized("kanji word", word, answer)


# the first sense's glosses of a JMdict headword written in kanji (where JMdict files ＧＤＰ and ＮＡＴＯ)
_KANJI_GLOSSES_SQL = ("select sg.text from SenseGloss sg where sg.sid = (select min(s.ID) from Kanji k "
                      "join Sense s on s.idseq = k.idseq where k.text = ?)")
_TO_FULL_WIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def dictionary_common_acronym(acronym: str) -> bool:
    """True when JMdict has the acronym (in its full-width spelling) as an ordinary word: a first gloss in
    small letters (ＧＤＰ 'gross domestic product'), not a name (ＮＡＴＯ 'North Atlantic Treaty Organization')."""
    def answer(db) -> bool:
        if db is None:
            return False
        try:
            glosses = [g for (g,) in db.execute(_KANJI_GLOSSES_SQL, (acronym.translate(_TO_FULL_WIDTH),))]
        except sqlite3.Error:  # an older jamdict-data schema without JMdict: no word is known
            return False
        words = [g for g in glosses if g.upper() != g]  # (the acronym itself is among the glosses too)
        return bool(words) and words[0][:1].islower()

    return _memoized("common acronym", acronym, answer)


def dictionary_kanji_glosses(word: str) -> tuple[str, ...]:
    """The English glosses of the first sense JMdict gives the kanji headword `word` (国内総生産: gross domestic
    product); () when it has no such headword."""
    def answer(db) -> tuple[str, ...]:
        if db is None:
            return ()
        try:
            return tuple(g for (g,) in db.execute(_KANJI_GLOSSES_SQL, (word,)))
        except sqlite3.Error:  # an older jamdict-data schema without JMdict: no word is known
            return ()

    return _memoized("kanji glosses", word, answer)


_PERSON_TYPES = frozenset({"surname", "given", "masc", "fem", "person"})
_FIRM_TYPES = frozenset({"company", "organization"})


def dictionary_kana_person(kana: str) -> bool:
    """True when JMnedict lists the katakana `kana` as a person's name (surname, given name or person)."""
    return not _PERSON_TYPES.isdisjoint(_kana_name_types(kana))


def dictionary_kana_firm(kana: str) -> bool:
    """True when JMnedict lists the katakana `kana` as a company or an organization (アップル, ドジャース)."""
    return not _FIRM_TYPES.isdisjoint(_kana_name_types(kana))


# The country JMnedict notes in a place's gloss: 開城 "Kaesong (North Korea)", 釜山 "Pusan (port city in South Korea)".
_GLOSS_COUNTRY = (("North Korea", "ko_north"), ("South Korea", "ko_south"), ("Korea", "ko"), ("Russia", "ru"),
                  ("China", "zh"))
_GLOSS_NOTE = re.compile(r"\(([^()]*)\)\s*$")
# Korean romanization (Revised: eo, eu) in a kanji place's gloss: Hepburn and pinyin never write these pairs
_KOREAN_ROMAN = re.compile(r"[A-Z][a-z]*(?:eo|eu)[a-z]*")
_PLACE_GLOSS_SQL = ("select j.idseq, g.text from NEKanji j join NETranslation t on t.idseq = j.idseq "
                    "join NETransType tt on tt.tid = t.ID join NETransGloss g on g.tid = t.ID "
                    "where j.text = ? and +tt.text = 'place'")
_HIRAGANA_READING_SQL = "select 1 from NEKana where idseq = ? and text glob '[ぁ-ゖ]*' limit 1"


def dictionary_place_origin(name: str) -> frozenset[str]:
    """The origins JMnedict gives the places written `name` in kanji, one per place entry that says: the
    country noted in a gloss (Kaesong (North Korea) → ko_north), else ko_south for a name read in katakana and
    spelled the South's way, its eo and eu the North never writes (延坪島 Yeonpyeong Island), else 'ja' for a
    plain gloss read in hiragana (元山 Motoyama; 延岡 Nobeoka, whose eo is a Japanese o-e). Empty when no entry
    says anything. Katakana names are left to their shape and context."""
    def answer(db) -> frozenset[str]:
        if db is None or not _KANJI.search(name):
            return frozenset()
        by_entry: dict[int, set[str]] = defaultdict(set)
        for idseq, gloss in db.execute(_PLACE_GLOSS_SQL, (name,)).fetchall():
            note = _GLOSS_NOTE.search(gloss)
            side = next((o for country, o in _GLOSS_COUNTRY if country in note.group(1)), "") if note else ""
            if not side and _KOREAN_ROMAN.search(gloss) and \
                    not db.execute(_HIRAGANA_READING_SQL, (idseq,)).fetchone():
                side = "ko_south"
            by_entry[idseq].add(side)
        found: set[str] = set()
        for idseq, sides in by_entry.items():
            sides.discard("")
            if sides:
                found |= sides
            elif db.execute(_HIRAGANA_READING_SQL, (idseq,)).fetchone():
                found.add("ja")
        if "ko" in found and found & {"ko_north", "ko_south"}:
            found.discard("ko")  # "Korea" and "South Korea" notes on two readings of one place
        return frozenset(found)

    return _memoized("place origin", name, answer)


def korean_reading_distance(kanji: str, reading: str) -> float:
    """How far the katakana `reading` is from the nearest Korean reading of the hanja `kanji` (KANJIDIC2's, else
    Unihan's), as the transliterator measures it: 0 when it reads them exactly, 1 when nothing is alike or a
    character has no Korean reading (国営銀行 read ズベルバンク is no Korean reading of it; 麻浦 read マポ is)."""
    def answer(_db) -> float:
        from glossary.translit.ko import reading_distance

        options = [_hanja_readings().get(char, [])[:3] for char in kanji]
        if not kanji or not all(options):
            return 1.0
        return min(reading_distance("".join(hangul), reading) for hangul in itertools.product(*options))

    return _memoized("korean reading distance", f"{kanji}\t{reading}", answer)


@functools.lru_cache(maxsize=1)
def _hanja_readings() -> dict[str, list[str]]:
    from glossary.translit.dictionary import Jmnedict

    return Jmnedict().hanja
