"""Dictionaries transliteration consults before any rule: JMnedict and KANJIDIC2 (via jamdict-data),
the Wikidata name-token table and the hand-compiled tables shipped in glossary/data/translit/.

Every table is loaded once per `Dictionaries` object; `glossary.translit.Transliterator` keeps one.
"""
from __future__ import annotations

import functools
import gzip
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

from glossary.normalize import PATRONYMIC_WORD, old_to_new_kanji, variant_key
from glossary.origin import data_lines

_PAREN = re.compile(r"\s*\([^)]*\)")
_KATAKANA_ONLY = re.compile(r"^[\u30a0-\u30ff・＝=]+$")


def data_text(name: str) -> str:
    """The text of a data file in glossary/data/translit/."""
    return resources.files("glossary").joinpath(f"data/translit/{name}").read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in data_text(name).splitlines() if line and not line.startswith("#")]


def gzip_lines(name: str) -> list[str]:
    """The lines of a gzipped data file in glossary/data/translit/, blank lines and `#` comments skipped."""
    raw = resources.files("glossary").joinpath(f"data/translit/{name}").read_bytes()
    return [line for line in gzip.decompress(raw).decode("utf-8").splitlines() if line and not line.startswith("#")]


@dataclass
class NameHit:
    """One JMnedict sense: its Latin spellings (best first), the name types, and the note in parentheses."""

    latin: list[str]
    types: set[str] = field(default_factory=set)
    note: str = ""
    kana: str = ""


def jmnedict_path() -> str | None:
    try:
        import jamdict_data
    except ImportError:
        return None
    from pathlib import Path

    path = Path(jamdict_data.__file__).parent / "jamdict.db"
    return str(path) if path.is_file() else None


def _split_gloss(text: str) -> tuple[list[str], str]:
    """'Kaesong (North Korea)/Gaesong' → (['Kaesong', 'Gaesong'], 'North Korea')."""
    notes = " ".join(m.strip(" ()") for m in re.findall(r"\([^)]*\)", text))
    bare = _PAREN.sub("", text)
    names = []
    for s in bare.split("/"):
        name, _, rest = s.partition(", ")  # 'Kim Yo-jong, Director of ...': the name, the rest is a note
        if rest:
            notes = (notes + " " + rest).strip()
        if name.strip():
            names.append(name.strip())
    return names, notes


class Jmnedict:
    """Read-only access to JMnedict and KANJIDIC2 in the jamdict-data SQLite file.

    The file belongs to an installed package, so it is opened read-only (`mode=ro`), never through
    `open_sqlite`, which would switch it to WAL and write beside it.
    """

    def __init__(self, path: str | None = None):
        self.path = path or jmnedict_path()
        self.conn = None
        if self.path:
            self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._kana_index: dict[str, list[NameHit]] | None = None

    @property
    def version(self) -> str | None:
        from glossary.meta import dictionary_versions

        return dictionary_versions().get("jamdict-data")

    def _kana(self) -> dict[str, list[NameHit]]:
        """Index of the katakana-only names (foreign names) by variant key, built on first use (~0.5 s)."""
        if self._kana_index is None:
            index: dict[str, list[NameHit]] = defaultdict(list)
            if self.conn is not None:
                sql = ("select k.text, t.ID, g.text, (select group_concat(text) from NETransType tt where tt.tid=t.ID) "
                       "from NEKana k join NETranslation t on t.idseq=k.idseq join NETransGloss g on g.tid=t.ID "
                       "where not exists (select 1 from NEKanji j where j.idseq=k.idseq) order by k.ID, g.rowid")
                hits: dict[tuple[str, int], NameHit] = {}
                for kana, tid, gloss, types in self.conn.execute(sql):
                    latin, note = _split_gloss(gloss)
                    hit = hits.get((kana, tid))
                    if hit is None:
                        hit = hits[(kana, tid)] = NameHit([], set((types or "").split(",")) - {""}, note, kana)
                        index[variant_key(kana)].append(hit)
                    hit.latin.extend(x for x in latin if x not in hit.latin)
            self._kana_index = dict(index)
        return self._kana_index

    def katakana(self, text: str) -> list[NameHit]:
        """JMnedict senses of a katakana name, matched under the variant key (ヴ/ブ, ー, ・ folded)."""
        return self._kana().get(variant_key(text), [])

    @functools.lru_cache(maxsize=4096)
    def kanji(self, text: str) -> list[NameHit]:
        """JMnedict senses of a name written in kanji (exact form), with the kana reading of each entry."""
        if self.conn is None:
            return []
        sql = ("select t.ID, g.text, (select group_concat(text) from NETransType tt where tt.tid=t.ID), "
               "(select text from NEKana k where k.idseq=j.idseq limit 1) "
               "from NEKanji j join NETranslation t on t.idseq=j.idseq join NETransGloss g on g.tid=t.ID "
               "where j.text=? order by t.ID, g.rowid")
        hits: dict[int, NameHit] = {}
        for tid, gloss, types, kana in self.conn.execute(sql, (text,)):
            latin, note = _split_gloss(gloss)
            hit = hits.setdefault(tid, NameHit([], set((types or "").split(",")) - {""}, note, kana or ""))
            hit.latin.extend(x for x in latin if x not in hit.latin)
        return list(hits.values())

    @functools.lru_cache(maxsize=4096)
    def by_reading(self, kana: str) -> list[tuple[str, NameHit]]:
        """JMnedict names written in kanji whose reading is `kana` (katakana or hiragana; ・ and spaces
        ignored), as (kanji form, sense): the way from a reading alone (パン・ギムン) to the hanja a
        dictionary has for it (潘基文)."""
        if self.conn is None:
            return []
        plain = re.sub(r"[・･=＝\s]", "", kana)
        hira = to_hiragana(plain)
        forms = {hira, to_katakana(plain)}
        sql = ("select j.text from NEKana k join NEKanji j on j.idseq=k.idseq where k.text=?")
        out: list[tuple[str, NameHit]] = []
        seen: set[str] = set()
        for form in forms:
            for (kanji,) in self.conn.execute(sql, (form,)):
                if kanji in seen:
                    continue
                seen.add(kanji)
                for hit in self.kanji(kanji):
                    if to_hiragana(hit.kana) == hira:
                        out.append((kanji, hit))
        return out

    @functools.cached_property
    def hanja(self) -> dict[str, list[str]]:
        """Kanji → Korean (hangul) readings from KANJIDIC2, the old form's readings merged into the new form's
        and put first; a hanja KANJIDIC2 gives no Korean reading (燁, 喆: Korean name hanja Japanese seldom writes) has
        Unihan's (data/translit/unihan_hangul.tsv.gz)."""
        table: dict[str, list[str]] = defaultdict(list)
        if self.conn is not None:
            sql = ("select c.literal, r.value from character c join rm_group g on g.cid=c.ID "
                   "join reading r on r.gid=g.ID where r.r_type='korean_h' order by c.ID, r.rowid")
            for literal, value in self.conn.execute(sql):
                if value not in table[literal]:
                    table[literal].append(value)
        for old, new in old_to_new_kanji().items():
            # Japanese writes the old form's word with the new form: the old form's readings come first
            # (万寿台 is 萬壽臺 Mansudae: 台 대 before its own 태; 芸術 is 藝術 예술)
            old_first = table.get(old, [])
            table[new] = old_first + [v for v in table.get(new, []) if v not in old_first]
            for value in table[new]:
                if value not in table[old]:
                    table[old].append(value)
        for line in gzip_lines("unihan_hangul.tsv.gz"):
            char, readings = line.split("\t")
            if not table.get(char):
                table[char] = readings.split()
        return dict(table)


def jmdict_english(jm: Jmnedict, word: str, origin: str | None = None) -> list[str]:
    """First-sense English glosses of a JMdict headword (exact kanji or kana form), notes in parentheses
    dropped; [] when JMdict has no such headword.

    JMdict glosses an institution word that every country has by one country's body (安全保障会議 "Security
    Council of Japan", 国防省 "Department of Defense (USA)"). Given the `origin` of the thing named, glosses
    bound to another country come last, and "X of Japan" is offered as plain "X" first."""
    if jm.conn is None or not word:
        return []
    glosses = _jmdict_glosses(jm.conn, word)
    if origin is None or origin == "ja" or not any(country for _, country in glosses):
        return [text for text, _ in glosses]
    out: list[str] = []
    for text, country in sorted(glosses, key=lambda g: g[1] not in ("", origin)):
        if country == "ja" and text.endswith(_OF_JAPAN):
            out.append(text[:-len(_OF_JAPAN)])
        out.append(text)
    return list(dict.fromkeys(out))


_OF_JAPAN = " of Japan"
# a gloss's note naming the one country it is meant for: (USA), (UK, etc.) is not one country
_COUNTRY_NOTE = re.compile(r"\((?:the )?(USA?|U\.S\.|UK|Japan)\)")
_COUNTRY_ORIGIN = {"US": "en", "USA": "en", "U.S.": "en", "UK": "en", "Japan": "ja"}


@functools.lru_cache(maxsize=8192)
def _jmdict_glosses(conn: sqlite3.Connection, word: str) -> tuple[tuple[str, str], ...]:
    """(gloss without its notes, origin of the one country it is bound to or '') of the first sense."""
    sql = ("select s.ID from Kanji k join Sense s on s.idseq=k.idseq where k.text=? "
           "union select s.ID from Kana k join Sense s on s.idseq=k.idseq where k.text=? order by 1 limit 1")
    try:
        row = conn.execute(sql, (word, word)).fetchone()
        if row is None:
            return ()
        glosses = [g for (g,) in conn.execute("select text from SenseGloss where sid=? and lang='eng'", (row[0],))]
    except sqlite3.Error:  # an older jamdict-data schema: no term dictionary, names still work
        return ()
    out: list[tuple[str, str]] = []
    for g in glosses:
        note = _COUNTRY_NOTE.search(g)
        country = _COUNTRY_ORIGIN[note.group(1)] if note else ("ja" if g.endswith(_OF_JAPAN) else "")
        g = _PAREN.sub("", g).strip()
        if g and len(g) <= 60 and g not in (text for text, _ in out):
            out.append((g, country))
    return tuple(out)


class WikidataNames:
    """Katakana name token → Latin renderings with counts (Wikidata, CC0), looked up by variant key."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self.latin_counts: dict[str, int] = defaultdict(int)
        # (variant key, number of long marks, latin): the key folds ー away, this remembers it
        self.with_length: set[tuple[str, int, str]] = set()
        for line in gzip_lines("wikidata_names.tsv.gz"):
            kana, _, rest = line.partition("\t")
            key = variant_key(kana)
            for item in rest.split("|"):
                latin, _, count = item.rpartition(":")
                n = int(count)
                self.by_key[key].append((latin, n))
                self.with_length.add((key, kana.count("ー"), latin))
                self.latin_counts[latin] += n
        for key, items in self.by_key.items():
            merged: dict[str, int] = defaultdict(int)
            for latin, n in items:
                merged[latin] += n
            self.by_key[key] = sorted(merged.items(), key=lambda x: -x[1])

    def lookup(self, text: str) -> list[tuple[str, int]]:
        return self.by_key.get(variant_key(text), [])

    def same_length(self, text: str, latin: str) -> bool:
        """Whether `latin` was seen for a spelling of `text` with as many long marks (アムール, not アムル)."""
        return (variant_key(text), text.count("ー"), latin) in self.with_length


@dataclass
class GivenName:
    cyrillic: str
    english: str
    alternatives: list[str]
    katakana: list[str]
    regnal: str | None
    language: str = "ru"  # "uk": a Ukrainian name (Volodymyr), its bearer's surname spelled the Ukrainian way


@functools.lru_cache(maxsize=1)
def ru_given_names() -> tuple[dict[str, GivenName], dict[str, GivenName]]:
    """(by variant key of each katakana spelling, by lower-cased Cyrillic) for the Russian and Ukrainian
    given-name table."""
    by_kana: dict[str, GivenName] = {}
    by_cyr: dict[str, GivenName] = {}
    for row in _rows("ru_given_names.tsv"):
        row += [""] * (6 - len(row))
        name = GivenName(row[0], row[1], [a for a in row[2].split("|") if a], [k for k in row[3].split("|") if k],
                         row[4] or None, row[5] or "ru")
        by_cyr[name.cyrillic.lower()] = name
        for kana in name.katakana:
            by_kana.setdefault(variant_key(kana), name)
    return by_kana, by_cyr


@functools.lru_cache(maxsize=1)
def regnal_names() -> dict[str, str]:
    """Variant key of a pope's or a Western monarch's name in katakana → the English it reigns under (ヨハネ: John)."""
    return {variant_key(row[0]): row[1] for row in _rows("regnal_names.tsv") if len(row) == 2}


@functools.lru_cache(maxsize=1)
def ordinal_offices() -> dict[str, str]:
    """Variant key of an office held in a line of incarnations, in katakana → its English, which English numbers
    before it (ダライ・ラマ: Dalai Lama, the 14th Dalai Lama)."""
    return {variant_key(row[0]): row[1] for row in _rows("regnal_names.tsv") if row[2:3] == ["ordinal"]}


@functools.lru_cache(maxsize=1)
def _given_name_stems() -> frozenset[str]:
    """The keys of the given names of the table without their last kana (ウラジミ of ウラジーミル): what a patronymic
    keeps of the name before its linking vowel and ending (ウラジーミロビチ)."""
    return frozenset(key[:-1] for key in ru_given_names()[0] if len(key) >= 3)


def is_patronymic(word: str) -> bool:
    """Whether the katakana `word` is a patronymic formed from a given name of the table (ウラジーミロビチ from
    ウラジーミル, イワノヴナ from イワン), not a family name of the same ending (カザケーヴィチ, ミロシェビッチ)."""
    shape = PATRONYMIC_WORD.fullmatch(word)
    if shape is None:
        return False
    stem = variant_key(word[: shape.start(1)])  # the given name and the linking vowel (ウラジミロ)
    return len(stem) >= 3 and stem[:-1] in _given_name_stems()


@functools.lru_cache(maxsize=1)
def koryo_surnames() -> dict[str, str]:
    """Hanja → English of the Korean family names as the Koryo-saram carry them in Russian (金 Ким → Kim,
    崔 Цой → Tsoi; koryo_surnames.tsv)."""
    return {row[0]: row[2] for row in _rows("koryo_surnames.tsv")}


@dataclass
class KoSurname:
    hangul: str
    hanja: list[str]
    dprk: str
    rok: str
    rok_alternatives: list[str]

    @property
    def south_keeps_initial_r(self) -> bool:
        """Many in the South keep this surname's initial r too (柳: Ryu beside Yoo)."""
        from glossary.origin import south_keeps_initial_r

        return south_keeps_initial_r(self.dprk, self.rok_alternatives)


@functools.lru_cache(maxsize=1)
def ko_surnames() -> tuple[dict[str, KoSurname], dict[str, KoSurname]]:
    """(by hangul, by hanja) for the Korean surname table the extraction shares (glossary/data/ko_surnames.tsv,
    one hanja per row): a hangul surname takes the spellings of its commonest hanja's row and all its hanja."""
    from glossary.origin import ko_surname_rows

    by_hangul: dict[str, KoSurname] = {}
    by_hanja: dict[str, KoSurname] = {}
    for row in ko_surname_rows():
        hanja, hangul, _, dprk, rok, others = (row + [""] * (6 - len(row)))[:6]
        surname = by_hangul.get(hangul)
        if surname is None:
            surname = by_hangul[hangul] = KoSurname(hangul, [], dprk, rok, [a for a in others.split("|") if a])
        surname.hanja.append(hanja)
        by_hanja.setdefault(hanja, surname)
    return by_hangul, by_hanja


@functools.lru_cache(maxsize=1)
def _ru_lexicon_kinds() -> dict[str, frozenset[str]]:
    """lexicon_key of each Latin spelling of the OpenCorpora dictionary → its kinds (surname, given, place)."""
    table: dict[str, frozenset[str]] = {}
    for line in gzip_lines("ru_lexicon.tsv.gz"):
        latin, _, kinds = line.partition("\t")
        key = lexicon_key(latin)
        table[key] = table.get(key, frozenset()) | frozenset(kinds.split(","))
    return table


@functools.lru_cache(maxsize=1)
def ru_lexicon() -> frozenset[str]:
    """Latin spellings of the Russian surnames, given names and places of the OpenCorpora dictionary
    (data/translit/ru_lexicon.tsv.gz, made by `python -m glossary.translit.derive --russian-lexicon`)."""
    return frozenset(_ru_lexicon_kinds())


@functools.lru_cache(maxsize=1)
def ru_lexicon_places() -> frozenset[str]:
    """The keys (lexicon_key) of the OpenCorpora dictionary's place names among ru_lexicon()."""
    return frozenset(key for key, kinds in _ru_lexicon_kinds().items() if "place" in kinds)


def place_skeleton(latin: str) -> str:
    """What katakana keeps of a Latin place name: r and l, y and i are one, and a doubled letter is single
    (Kolyma and Kolima, Ussuri and Usuri, Taymyr and Taimir share a skeleton)."""
    return re.sub(r"(.)\1+", r"\1", latin.lower().replace("l", "r").replace("y", "i"))


@functools.lru_cache(maxsize=1)
def ru_places_by_skeleton() -> dict[str, tuple[str, ...]]:
    """The OpenCorpora dictionary's place names (ru_lexicon_places) by their place_skeleton."""
    index: dict[str, list[str]] = {}
    for key in sorted(ru_lexicon_places()):
        index.setdefault(place_skeleton(key), []).append(key)
    return {skeleton: tuple(keys) for skeleton, keys in index.items()}


_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")


def lexicon_key(latin: str) -> str:
    """A Latin spelling with the y between vowels dropped, as newsrooms often write it (Valiyeva and Valieva,
    Beriya and Beria, Dostoyevsky and Dostoevsky share a key)."""
    return _Y_BETWEEN_VOWELS.sub("", latin.lower())


@functools.lru_cache(maxsize=1)
def wire_services() -> dict[str, str]:
    """News agency as a Japanese dateline names it → its English name (glossary/data/wire_services.tsv)."""
    return {row[0]: row[1] for row in data_lines("wire_services.tsv", folder="data") if len(row) >= 2}


@functools.lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, list[str]]]:
    """Cyrillic abbreviations (КНДР) → (English, alternatives)."""
    table = {}
    for row in _rows("cyrillic_abbreviations.tsv"):
        row += [""] * (3 - len(row))
        table[row[0]] = (row[1], [a for a in row[2].split("|") if a])
    return table


def to_hiragana(text: str) -> str:
    """Katakana letters as hiragana (ー and other marks kept)."""
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def to_katakana(text: str) -> str:
    """Hiragana letters as katakana (JMnedict writes most readings in hiragana: ぱんぎむん)."""
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def is_katakana(text: str) -> bool:
    return bool(_KATAKANA_ONLY.match(text))


@functools.lru_cache(maxsize=8192)
def unidic_foreign(text: str) -> str | None:
    """The foreign spelling UniDic gives a katakana word in its lemma (ウラジオストク-Vladivostok), when the
    whole word is one UniDic token; None otherwise. UniDic's spellings are transliterations of the word's
    origin (ロシア-Rossiya), so callers treat them as evidence, not as the English."""
    if not text or not _KATAKANA_ONLY.match(text):
        return None
    try:
        from glossary.tokenize import tagger
    except ImportError:
        return None
    words = tagger()(text)
    if len(words) != 1 or words[0].surface != text:
        return None
    lemma = words[0].feature.lemma or ""
    _, dash, latin = lemma.partition("-")
    return latin if dash and re.fullmatch(r"[A-Za-z][A-Za-z'\- ]*", latin) else None


def _pattern_table(name: str) -> dict[str, tuple[str, list[str]]]:
    """A `word<TAB>English pattern<TAB>alternatives|…` table → {word: (pattern, [alternatives])}."""
    table = {}
    for row in _rows(name):
        row += [""] * (3 - len(row))
        table[row[0]] = (row[1], [a for a in row[2].split("|") if a])
    return table


@functools.lru_cache(maxsize=1)
def state_bodies() -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(body, origin) → (English, alternatives) for the bodies of the state every country names alike (国会,
    外務省), from data/translit/state_bodies.tsv."""
    table = {}
    for row in _rows("state_bodies.tsv"):
        row += [""] * (4 - len(row))
        table[(row[0], row[1])] = (row[2], [a for a in row[3].split("|") if a])
    return table


@functools.lru_cache(maxsize=1)
def _russian_regions() -> dict[str, tuple[str, ...]]:
    regions: dict[str, tuple[str, ...]] = {}
    for japanese, english, *alternatives in _rows("ru_regions.tsv"):
        forms = (english, *filter(None, "|".join(alternatives).split("|")))
        for spelling in japanese.split("|"):
            regions[variant_key(spelling)] = forms
    return regions


def russian_region(text: str) -> tuple[str, ...] | None:
    """The English of a region of Russia named so in Japanese (ru_regions.tsv, with translated names among
    them; ヴ/ブ, long marks and ・ folded), best first, or None: 沿海地方 → (Primorsky Krai, Primorye, …)."""
    return _russian_regions().get(variant_key(text))


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, tuple[str, tuple[str, ...]]]:
    english = {row[0]: (row[3], (row[1], *filter(None, row[2].split("|")))) for row in _rows("country_names.tsv")}
    aliases = resources.files("glossary").joinpath("data/extract/country_aliases.tsv").read_text(encoding="utf-8")
    countries = {}
    for line in aliases.splitlines():
        names = line.split("\t") if line and not line.startswith("#") else []
        if names and names[0] in english:
            for spelling in names:
                countries[variant_key(spelling)] = english[names[0]]
    return countries


def country_english(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A country's origin and English as news prints it (country_names.tsv), best first, by any of its Japanese
    names (country_aliases.tsv: 米国, アメリカ, 米 → en, (United States, U.S., …)), or None. A country spelt in
    old kanji counts as its katakana name (露西亜帝国 as ロシア帝国)."""
    found = _country_names().get(variant_key(text))
    if found is None and text.endswith("共和国") and len(text) > 4:
        found = _country_names().get(variant_key(text[:-3]))  # its people's name, then 共和国 (ウズベク共和国)
    if found is None and re.match(r"[\u4e00-\u9fff]", text):
        katakana = _old_kanji_countries_as_katakana(text)
        found = _country_names().get(variant_key(katakana)) if katakana != text else None
    return found


@functools.lru_cache(maxsize=4096)
def _old_kanji_countries_as_katakana(text: str) -> str:
    """`text` with each country UniDic reads in kanji under a katakana lemma (露西亜: ロシア) in katakana."""
    from glossary.tokenize import tagger
    out = []
    for word in tagger()(text):
        lemma = (word.feature.lemma or "").partition("-")[0]
        country = word.feature.pos4 == "国" and _KATAKANA_ONLY.match(lemma) and not _KATAKANA_ONLY.match(word.surface)
        out.append(lemma if country else word.surface)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def name_heads() -> dict[str, tuple[str, list[str]]]:
    """Generic heads after a place name (宇宙基地, 港) → (English pattern, alternative patterns)."""
    return _pattern_table("name_heads.tsv")


@functools.lru_cache(maxsize=1)
def model_prefixes() -> dict[str, str]:
    """An aircraft maker's katakana name → the letters English writes before its model numbers (ミグ → MiG)."""
    return {row[0]: row[1] for row in _rows("model_prefixes.tsv") if len(row) >= 2}


@functools.lru_cache(maxsize=1)
def loanword_names() -> dict[str, str]:
    """Loanwords whose English inside a name is not their UniDic lemma (コンクール: Competition, not Concours)."""
    return {row[0]: row[1] for row in _rows("loanword_names.tsv") if len(row) >= 2}


@functools.lru_cache(maxsize=1)
def directed_places() -> dict[str, tuple[str, list[str]]]:
    """Places whose English begins with a bare direction (南スーダン) → (English, alternatives)."""
    return {row[0]: (row[1], [a for a in row[2].split("|") if a] if len(row) > 2 else [])
            for row in _rows("directed_places.tsv") if len(row) >= 2}


@functools.lru_cache(maxsize=1)
def region_modifiers() -> dict[str, tuple[str, str]]:
    """A country written before a region word (ロシア) → (its English name, its adjective)."""
    return {row[0]: (row[1], row[2]) for row in _rows("region_modifiers.tsv") if len(row) >= 3}


@functools.lru_cache(maxsize=1)
def region_heads() -> dict[str, tuple[str, list[str]]]:
    """A region word after a country (極東) → (English pattern with {adj}/{noun}, alternative patterns)."""
    return _pattern_table("region_heads.tsv")


@functools.lru_cache(maxsize=1)
def ko_affiliation_markers() -> dict[str, str]:
    """Words in the phrase before a Korean name (韓国, 北朝鮮) → the origin they show (ko_south, ko_north)."""
    return {row[0]: row[1] for row in _rows("ko_affiliation_markers.tsv") if len(row) >= 2}


_PHRASE_BREAK = re.compile(r"[、。，,．「」『』（）()\s・]")


# names listed before a name after the の of their affiliation (韓国の|林鍾勲（イム・ジョンフン）、|申裕斌)
_LISTED_AFTER = re.compile(r"の(?:(?:[\u4e00-\u9fff々]{2,4}|[ァ-ヺー]+・[ァ-ヺー・]+)(?:[（(][ァ-ヺー・]+[）)])?[、と])+$")


def korean_affiliation(contexts: Iterable[str], forms: Iterable[str]) -> str | None:
    """ko_south or ko_north when the sentences `contexts` tie a Korean named by one of `forms` to one Korea: the
    phrase right before the name, joined to it by の, names it (韓国統一研究院のオ・ギョンソプ氏, 北朝鮮外務省の…).
    None when they say nothing or disagree."""
    markers = ko_affiliation_markers()
    forms = [f for f in forms if f]
    found = set()
    for context in contexts:
        for form in forms:
            start = context.find(form)
            while start > 0:
                before = context[:start]
                listed = _LISTED_AFTER.search(before)
                if listed is not None:
                    before = before[:listed.start() + 1]  # (the affiliation of the list's first name is theirs)
                if before.endswith("の"):
                    side = _affiliation_side(before[:-1], markers)
                    if side:
                        found.add(side)
                start = context.find(form, start + 1)
    return found.pop() if len(found) == 1 else None


def _affiliation_side(before: str, markers: dict[str, str]) -> str | None:
    """The Korea the phrase ending `before` (the text up to the の before a name) ties the name to: the marker
    written last in the phrase (北朝鮮経済に詳しい韓国…: 韓国), or a country joined to it by ・ (韓国・国民大学), or
    a Korean city the phrase ends in (釜山市) or whose name the body it ends in begins with (世宗研究所), as GeoNames
    places it."""
    pieces = _PHRASE_BREAK.split(before)
    phrase = pieces[-1]
    # side → where the last of its markers in the phrase ends, and its length: of two ending alike the longer
    # decides (金日成総合大学: 総合大学, not 大学)
    last: dict[str, tuple[int, int]] = {}
    for word, side in markers.items():
        at = phrase.rfind(word)
        if at >= 0:
            last[side] = max(last.get(side, (-1, 0)), (at + len(word), len(word)))
    if last:
        ranked = sorted(last.items(), key=lambda kv: kv[1], reverse=True)
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] != ranked[1][1] else None
    if len(pieces) >= 2 and before[:len(before) - len(phrase)].endswith("・"):
        joined = [o for word, o in markers.items() if pieces[-2].endswith(word)]
        if len(set(joined)) == 1:
            return joined[0]
    from glossary.translit.gazetteer import gazetteer  # (GeoNames is loaded only for a phrase with no marker)

    for size in range(min(len(phrase), 5), 1, -1):
        countries = {t.country for t in gazetteer().han(phrase[-size:])} & {"KR", "KP"}
        if len(countries) == 1:
            return {"KR": "ko_south", "KP": "ko_north"}[countries.pop()]
    # or a body the phrase ends in named after a Korean city (世宗|研究所, 釜山|大学): a city, not a village whose
    # hanja a common word shares
    body = _KANJI_TAIL.search(phrase)
    for size in (3, 2):
        if body is not None and len(body.group()) >= size + 2:
            countries = {t.country for t in gazetteer().han(body.group()[:size])
                         if t.population >= BODY_CITY_POPULATION} & {"KR", "KP"}
            if len(countries) == 1:
                return {"KR": "ko_south", "KP": "ko_north"}[countries.pop()]
    return None


_KANJI_TAIL = re.compile(r"[\u4e00-\u9fff々]+$")
BODY_CITY_POPULATION = 100_000  # the least population of a city a body's name begins with, to tie it to one Korea
