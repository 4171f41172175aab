"""The English of Korean and Russian names (and glossed terms), with origin, confidence and alternatives.

    t = Transliterator()                 # loads dictionaries and models once; reuse it for batches
    t.transliterate("金与正（キム・ヨジョン）")   # → Transliteration(english="Kim Yo Jong", origin="ko_north", ...)
    t.apply(entries)                     # fills en/en_alternatives/confidence/provenance of unlocked entries

Evidence goes before rules: a gloss in the text beats a dictionary (JMnedict, the given-name and
surname tables, Wikidata name tokens), which beats rules and the learned scorer.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from typing import Iterable

from glossary.normalize import DOUBLE_SURNAME, PATRONYMIC, variant_key
from glossary.origin import data_lines, korean_syllables, origin_words
from glossary.model import TRANSLIT_ORIGINS, Entry, Transliteration
from glossary.translit import cyrillic, loanword
from glossary.translit.dictionary import (Jmnedict, WikidataNames, country_english, directed_places, is_katakana,
                                          is_patronymic, jmdict_english, korean_affiliation, koryo_surnames,
                                          lexicon_key, model_prefixes, name_heads, region_heads, region_modifiers,
                                          ru_lexicon_places, russian_region, state_bodies, to_katakana,
                                          wire_services)
from glossary.translit.gazetteer import CHINESE, KOREAN, WORLD_CITY, gazetteer, latin_key
from glossary.translit.ja import JapaneseNames, hepburn, without_long_vowels
from glossary.translit.joint import JointModel
from glossary.translit.ko import (HAN, HANGUL, KoreanNames, KoReading, cap, compose, decompose, hangul_skeleton,
                                  initial_sound_rule, kana_skeleton, reading_distance)
from glossary.translit.ru import REGNAL, SEPARATORS, RussianTransliterator, on_river
from glossary.translit.scorer import CharModel
from glossary.translit.terms import TermComposer, country_adjective, country_pair, parallel
from glossary.translit.zh import ChineseNames, pinyin_reading_distance

_DIRECTIONS = {"東": "Eastern {}", "西": "Western {}", "南": "Southern {}", "北": "Northern {}"}
ORIGIN_CHOICES = TRANSLIT_ORIGINS
_READING = re.compile(r"^(?P<name>.+?)\s*[（(](?P<reading>[^（）()]+)[）)]\s*$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
_DESIGNATION = re.compile(r"^([A-Z][A-Za-z]{0,3})-?(\d{1,4}(?:[A-Za-z]{1,2}\d{0,2})?(?:-\d+)?)$")
_RUSSIAN_SHAPE = re.compile(r"(ov|ev|yev|ova|eva|in|ina|sky|skaya|skiy|enko|vich|ovna|evna|aya|kh|zh|shch|yu|ya)")
# Korean place suffixes written in hanja: (suffix, hangul, English pattern for the stem).
# (a special self-governing province of the South names itself a state in English: Gangwon State, Jeonbuk State)
KO_PLACE_SUFFIXES = [("特別市", "특별시", "{}"), ("特級市", "특급시", "{}"), ("広域市", "광역시", "{}"),
                     ("特別自治道", "특별자치도", "{} State"), ("特別自治市", "특별자치시", "{}"),
                     ("南道", "남도", "South {} Province"), ("北道", "북도", "North {} Province"),
                     ("道", "도", "{} Province"), ("里", "리", "{}-ri"), ("洞", "동", "{}-dong"),
                     ("郡", "군", "{} County"), ("区", "구", "{} District"), ("区域", "구역", "{} District"),
                     ("山", "산", "Mount {}"), ("半島", "반도", "{} Peninsula"), ("島", "도", "{} Island"),
                     ("江", "강", "{} River"), ("市", "시", "{}"), ("高原", "고원", "{} Plateau"),
                     ("山脈", "산맥", "{} Mountains"), ("湾", "만", "{} Bay"), ("湖", "호", "{} Lake"),
                     ("寺", "사", "{} Temple"), ("宮", "궁", "{} Palace"), ("楼", "루", "{} Pavilion"),
                     ("路", "로", "{}-ro")]  # (a road, as Seoul's signs write it: 大学路 Daehak-ro)
_KANJI_BEFORE_KATAKANA = re.compile(r"^[\u4e00-\u9fff]{1,2}[ァ-ヺー・]+$")  # 内モンゴル, 北アイルランド
# the patterns of KO_PLACE_SUFFIXES for land and water, no town GeoNames lists (cities500) though named alike
_NATURAL_FEATURES = {"Mount {}", "{} Mountains", "{} Peninsula", "{} River", "{} Plateau", "{} Bay", "{} Lake"}
# the words of KO_PLACE_SUFFIXES that the North's press translates (Pohyon Temple, Anhak Palace, Pubyok Pavilion)
# and the South romanizes with the name (Bulguksa, Gyeonghuigung). (Not a gate or a peak, which the North too
# names either way: Taedong Gate but Moranbong; and most gates in the news are Seoul's: Namdaemun.)
_NORTH_TRANSLATED = {"{} Temple": "사", "{} Palace": "궁", "{} Pavilion": "루"}
# Place suffixes as Japanese media write them after a Korean place name in katakana alone (里 リ and 市 シ end
# too many other words to say Korea by themselves)
_KO_PLACE_SUFFIX_KANA = [("ナムド", "남도", "South {} Province"), ("プクト", "북도", "North {} Province"),
                         ("プクド", "북도", "North {} Province"), ("ド", "도", "{} Province"), ("サン", "산", "Mount {}"),
                         ("グン", "군", "{} County")]
KO_PLACE_ENDINGS = set("道里郡山島市邑洞江川湖峰嶺港湾浦津")
# the stems of Korea's provinces (도) in Hangul, the old eight and those split or made since: a stem not here
# before 도 is an island's
_KO_PROVINCE_STEMS = frozenset("경기 강원 충청 충북 충남 전라 전북 전남 경상 경북 경남 평안 평북 평남 함경 함북 함남 "
                               "황해 황북 황남 자강 량강 양강 제주".split())
# Korean units a katakana reading may end in, written in kanji (ウィチョン郡, ファンヘ南道)
_KO_KANA_STEM_UNITS = ("南道", "北道", "道", "郡", "里", "洞", "区域")
_NAME_OR_PLACE_ENDINGS = set("道峰川湖浦津")  # place words that end given names too (孫貞道 Son Jong Do)
_VOWEL_ROW = frozenset("アイウエオヤユヨワ")  # kana that begin a Korean syllable with no consonant (ㅇ)
_MACRONS = str.maketrans("āēīōūĀĒĪŌŪâêîôû", "aeiouAEIOUaeiou")
_KOREAN_DO = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)-do")  # a province as romanized (Gangwon-do)
_ISLAND_DO = re.compile(r"(?<=[a-z])do Island$")
_SOUTH_VOWELS = re.compile(r"eo|eu")  # vowels only the South's romanization writes (McCune-Reischauer: o, u)
# the units of Japanese places as their kana read in Hepburn (あんじょうし: Anjo + shi)
_JAPANESE_UNITS = frozenset({"shi", "gun", "ku", "machi", "cho", "mura", "son", "jima", "shima"})
_KO_TOWN_UNITS = ("시", "군", "읍")  # city, county, town: the administrative words GeoNames' hangul names end in
KOREAN_CITY = 200_000  # people: a Korean city this large is what its hanja name means, context or not
_COUNTRY_SIDES = {"KP": "ko_north", "KR": "ko_south"}
CHINESE_TOWN = 50_000  # people: GeoNames keeps a Chinese town this large under its Chinese name
_MEMO_SIZE = 100_000  # answers a Transliterator keeps
# how far (0 … 1, kana against hangul) a bracketed reading may be from the Korean reading of the hanja and still
# be one (the name lists' Korean readings are within 0.22); from _ANOTHER_NAME on, it is another name altogether
_NOT_A_KOREAN_READING = 0.3
_ANOTHER_NAME = 0.5
# the country whose bodies each origin's rows of state_bodies.tsv name, by its English adjectives
_BODIES_COUNTRY = {"ru": ("Russian",), "ko_north": ("North Korean",), "ko_south": ("South Korean",),
                   "en": ("U.S.", "American"), "zh": ("Chinese",), "ja": ("Japanese",)}
_SURE_NAME = 0.85  # a dictionary's answer for a name; a rule's romanization scores below
_KNOWN_NAME = 0.8  # a dictionary's answer for a word in a compound name (ワグネル: Wagner, 0.84)
_A_CHINESE_READING = 0.45  # how far a Chinese reading may be from the pinyin (pinyin_reading_distance)


# the head words of an event's name that English capitalizes after a proper name (Vietnam war → Vietnam War)
_EVENT_HEAD = re.compile(r"(?<= )(?:war|uprising|revolution|incident|crisis|summit|games|olympics|treaty|accord|"
                         r"agreement|massacre|famine|movement|conference|talks)\b")


@functools.lru_cache(maxsize=1)
def _named_periods() -> frozenset[str]:
    """The words standalone_names.tsv types as events: periods of history named as one (冷戦)."""
    return frozenset(row[0] for row in data_lines("standalone_names.tsv") if row[1:2] == ["event"])


_INITIALS = re.compile(r"(?:[A-Z]\.?[・･] ?)+")  # initials before a katakana surname (M・K・アンモソフ)
# initials between a given name and a surname (ジョージ・W・ブッシュ)
_MIDDLE_INITIALS = re.compile(r"(?<=[ァ-ヺー])[・･] ?((?:[A-Z]\.?[・･] ?)+)(?=[ァ-ヺ])")


class Transliterator:
    """Loads its dictionaries and models once; `transliterate` and `apply` reuse them for every name."""

    def __init__(self) -> None:
        self.jmnedict = Jmnedict()
        self.wikidata = WikidataNames()
        words = {}
        for latin, count in self.wikidata.latin_counts.items():
            if latin.isascii() and latin.isalpha():
                # Russian-shaped spellings weigh more: the scorer ranks spellings of Russian names
                words[latin] = count * (4 if _RUSSIAN_SHAPE.search(latin) else 1)
        self.model = CharModel(words)
        self.places = gazetteer()  # GeoNames towns, loaded on first use
        self.ru = RussianTransliterator(self.jmnedict, self.wikidata, self.model, JointModel(), self.places)
        self.ko = KoreanNames(self.jmnedict)
        self.zh = ChineseNames(self.jmnedict)
        self.ja = JapaneseNames(self.jmnedict)
        self._memo: dict[tuple, Transliteration] = {}

    # ---------------------------------------------------------------------------------------------
    def transliterate(self, name: str, origin: str = "auto", reading: str | None = None, n: int = 5,
                      type: str | None = None) -> Transliteration:
        """The English for one name. `origin` is auto, ru, ko_north, ko_south (or ko: North/South decided here).

        `reading` is a katakana reading for a Korean name in hanja; `金与正（キム・ヨジョン）` carries it inline.
        `type` (person/place), when known, settles how a Korean name is read. A full-size ャュョ where a
        small one belongs (シヨイグ, a common typo and OCR slip for ショイグ) is read both ways, and the
        reading with the stronger evidence wins. The same question asked again (a batch, a corpus that
        names someone a hundred times) is answered from memory.
        """
        key = (name, origin, reading, n, type)
        known = self._memo.get(key)
        if known is None:
            known = self._memo[key] = self._answer(name, origin, reading, n, type)
            if len(self._memo) > _MEMO_SIZE:
                self._memo.pop(next(iter(self._memo)))  # the oldest answer goes
        return dataclasses.replace(known, alternatives=list(known.alternatives))

    def _answer(self, name: str, origin: str, reading: str | None, n: int, type: str | None) -> Transliteration:
        plain = unicodedata.normalize("NFKC", name or "")
        initials = _INITIALS.match(plain)
        if initials and initials.end() < len(plain):
            # initials, then a surname (M・K・アンモソフ): the initials as English writes them, the surname read
            surname = self._answer(plain[initials.end():], origin, reading, n, type)
            letters = " ".join(f"{c}." for c in re.findall(r"[A-Z]", initials.group()))
            forms = [f"{letters} {form}" for form in surname.alternatives]
            return Transliteration(name, forms[0] if surname.english else None, surname.origin,
                                   round(min(surname.confidence, 0.8), 3), surname.source, forms[:n])
        middle = _MIDDLE_INITIALS.search(plain)
        if middle:
            # a given name, middle initials, a surname (ジョージ・W・ブッシュ): the name read without them, the
            # initials put back after the given name as English writes them
            whole = self._answer(plain[:middle.start()] + "・" + plain[middle.end():], origin, reading, n, type)
            letters = " ".join(f"{c}." for c in re.findall(r"[A-Z]", middle.group(1)))
            forms = [form.replace(" ", f" {letters} ", 1) for form in whole.alternatives if " " in form]
            return Transliteration(name, forms[0] if whole.english and forms else None, whole.origin,
                                   round(min(whole.confidence, 0.8), 3), whole.source, forms[:n])
        result = self._transliterate(name, origin, reading, n, type)
        folded = _FULL_SIZE_YOON.sub(lambda m: m.group(1) + _SMALL_YOON[m.group(2)], name or "")
        if folded != name:
            other = self._transliterate(folded, origin, reading, n, type)
            if other.english and other.confidence > result.confidence:
                result = Transliteration(name, other.english, other.origin, other.confidence, other.source,
                                         other.alternatives)
        if not result.english:  # nothing to say (a lone separator, say) is None, not ""
            result.english, result.confidence = None, 0.0
        # the promise of `alternatives`: distinct, best first, the English itself at the head, at most n
        ranked = list(dict.fromkeys([result.english, *result.alternatives] if result.english else result.alternatives))
        result.alternatives = ranked[:n]
        return result

    def _transliterate(self, name: str, origin: str, reading: str | None, n: int,
                       type: str | None) -> Transliteration:
        raw = unicodedata.normalize("NFKC", name).strip() if name else ""
        text = raw
        m = _READING.match(text)
        if m and reading is None and _is_reading_of(m.group("reading").strip(), m.group("name").strip()):
            text, reading = m.group("name").strip(), m.group("reading").strip()
        if not text:
            return Transliteration(name, None, origin if origin != "auto" else "unknown", 0.0, "rule", [])
        if origin == "ko":
            origin = "ko_auto"
        if reading and HAN.match(text) and origin not in ("ru", "ja"):
            other = self._not_korean_reading(name, text, reading, n, type)
            if other is not None:
                return other
        line = parallel(text) if type in ("place", None) else None
        if line is not None:  # (composed by rule, but nothing else is meant by it)
            return Transliteration(name, line[0], origin if origin != "auto" else "unknown", 0.9, "rule", line[:n])
        koryo = self._koryo_saram(name, text, n) if type in ("person", None) and (
            origin in ("auto", "ru")
            # (a Korean's name by its sentences, yet a Russian given name of four kana or more after the surname:
            # a Koryo-saram, キム・アレクセイ; a short one may be a Korean given name too, ニナ, ミラ)
            or (origin.startswith("ko") and len(SEPARATORS.split(text)[-1]) >= 4)) else None
        if koryo is not None:
            return koryo
        region = russian_region(text) if origin in ("auto", "ru") and type != "person" else None
        if region is not None:  # a region of Russia, whose Japanese name may be a translation (沿海地方)
            return Transliteration(name, region[0], "ru", 0.92, "dictionary", list(region[:n]))
        country = country_english(text) if type in ("place", None) and len(text) > 1 else None
        if country is not None:
            return Transliteration(name, country[1][0], country[0], 0.95, "dictionary", list(country[1][:n]))
        try:
            # (a name untyped that ends in a sea's or a lake's word is a place: カスピ海 is the Caspian Sea, 黒海 no
            # Korean's name)
            if type == "place" or (type is None and text.endswith(_WATER_HEADS)):
                known = self._place_dictionary(text, korean=origin.startswith("ko"))
                if known is not None and origin == "ko_north" and HAN.match(text) and text.endswith("道") \
                        and self._south_namesake(text):
                    # the text puts a province in the North, the dictionary knows its Southern namesake (江原道,
                    # split in 1945: the North's Kangwon Province, not the South's Gangwon-do). Not a city: a
                    # Southern city named in a report on the North is still the South's (釜山: Busan)
                    korean = self._korean_han(name, text, reading, origin, n, type)
                    if korean.english and korean.origin == "ko_north":
                        forms = list(dict.fromkeys([*korean.alternatives, *known[0]]))
                        return Transliteration(name, korean.english, "ko_north", korean.confidence, korean.source,
                                               forms[:n])
                if known is not None and HAN.match(text) and not any(
                        _letters(latin) == _letters(known[0][0]) for hit in self.jmnedict.kanji(text)
                        if "place" in hit.types for latin in hit.latin):
                    # a Korean place in hanja whose JMdict English is a near-spelling of its reading
                    # (Panmunjon for 板門店): the romanization rules, which spell it right, go first. Not
                    # where JMnedict spells the place just as JMdict does (台湾 Taiwan, not Taeman)
                    korean = self._korean_han(name, text, reading, origin, n, type)
                    if korean.english and _letters(korean.english) != _letters(known[0][0]) \
                            and _close(*_without_shared_words(korean.english, known[0][0])):
                        forms = list(dict.fromkeys([*korean.alternatives, *known[0]]))
                        return Transliteration(name, korean.english, korean.origin, max(korean.confidence, 0.8),
                                               "dictionary", forms[:n])
                if known is not None and HAN.match(text) and origin not in ("ru", "ja", "zh"):
                    korean = self._korean_han(name, text, reading, origin, n, type)
                    if korean.english and korean.origin in ("ko_north", "ko_south") and (
                            _letters(korean.english) == _letters(known[0][0])
                            or self._korean_city(korean) and not _close(korean.english, known[0][0])):
                        # the dictionary's English is this Korean place's (仁川 Incheon: its side comes with it),
                        # or names something else where GeoNames knows a Korean city of the reading (天安: the
                        # city Cheonan, not JMdict's Ten'an era)
                        forms = list(dict.fromkeys([*korean.alternatives,
                                                    *(f for f in known[0] if _close(f, korean.english))]))
                        return Transliteration(name, korean.english, korean.origin,
                                               max(korean.confidence, known[1]), "dictionary", forms[:n])
                if known is not None and reading and HAN.match(text) and origin in ("ko_north", "ko_south", "ko_auto"):
                    # a Korean reading the dictionary's English does not sound like: the dictionary names
                    # another place written alike (安城市（アンソンシ） is Anseong, not Japan's Anjō, "Anjou")
                    korean = self._korean_han(name, text, reading, origin, n, type)
                    if korean.english and not _close(korean.english, known[0][0]):
                        return korean
                if known is not None:
                    english, conf = known
                    province = _KOREAN_DO.fullmatch(english[0]) if text.endswith("道") else None
                    if province:
                        # newsrooms write a Korean province in English (Gangwon Province, not Gangwon-do)
                        english = [f"{province.group(1)} Province", *english]
                    out_origin = origin if origin in ("ru", "ko_north", "ko_south") else "unknown"
                    return Transliteration(name, english[0], out_origin, conf, "dictionary", english[:n])
            if cyrillic.is_cyrillic(text):
                english, source, conf, alts = cyrillic.transliterate(text)
                return Transliteration(name, english, "ru", conf, source, alts[:n])
            if HANGUL.match(text):
                return self._korean(name, self.ko.read_hangul(text, person=type != "place"), origin, n, type)
            if HAN.match(text) and origin == "zh":
                return self._chinese(name, text, n)
            if origin == "ja":
                known = self.ja.person(text)
                english, confidence = known if known else (None, 0.0)
                return Transliteration(name, english, "ja", confidence, "dictionary" if english else "rule",
                                       [english] if english else [])
            if text.endswith("の戦い") and HAN.match(text[:-3]):
                # a battle named by a kanji place (青山里の戦い: Battle of Cheongsanri)
                return self._compound(name, text, origin, n, "place") or \
                    Transliteration(name, None, origin if origin != "auto" else "unknown", 0.0, "rule", [])
            if HAN.match(text):
                regional = self._country_region(name, text, origin, n) or self._directed_place(name, text, origin, n)
                if regional is not None:
                    return regional
                if any(text.endswith(h) and len(text) > len(h) for h in name_heads()):
                    composed = self._compound(name, text, origin, n, type, reading=reading)
                    if composed is not None:
                        return composed
                    read_whole = self.ko.read_hanja(text, reading, person=False) if reading else None
                    if read_whole is None or read_whole.distance > 0.1:
                        return Transliteration(name, None, origin if origin != "auto" else "unknown", 0.0, "rule", [])
                    # (a Korean name whose reading reads its last kanji too, as no head: 板橋（パンギョ）, Pangyo)
                return self._korean_han(name, text, reading, origin, n, type)
            if is_katakana(text):
                # (a reading with a Korean family name before the ・ is a person's: キム・チェク is Kim Chaek,
                # where キムチェク is the city named after him)
                if type != "person" and origin != "ru" and not self._looks_korean(text):
                    for hit in self.jmnedict.katakana(text):
                        if "place" in hit.types and "korea" in hit.note.lower() and hit.latin:
                            # a place JMnedict puts in Korea under this very katakana (ソウル: Seoul)
                            side = "ko_north" if "north korea" in hit.note.lower() else "ko_south"
                            forms = [f.translate(_MACRONS) for f in hit.latin]
                            r = self.ko.read_kana(text, person=False) if side == "ko_south" else None
                            if r is not None:
                                north, south = cap(self.ko.north_place(r.given)), cap(self.ko.south_place(r.given))
                                if _letters(forms[0]) == _letters(north) != _letters(south):
                                    # the South romanizes by the Revised system since 2000: a dictionary's
                                    # McCune-Reischauer spelling (クァンジュ Kwangju) gives way (Gwangju)
                                    forms.insert(0, south)
                            return Transliteration(name, forms[0], side, 0.9, "dictionary", forms[:n])
                    place = self._korean_place_for_reading(text)
                    if place is not None:
                        # the dictionary has a Korean place read so (プサン is 釜山): read its hanja
                        res = self._korean_han(name, place, text, origin, n, "place")
                        if res.english:
                            return res
                    korean_place = self._korean_place_from_kana(name, text, origin, n)
                    if korean_place is not None:
                        return korean_place
                if origin in ("ko_north", "ko_south", "ko_auto") or (origin == "auto" and self._looks_korean(text)):
                    person = type != "place"
                    han = self._hanja_for_reading(text) if person else None
                    if han is not None:
                        # the dictionary knows whose reading this is (パン・ギムン is 潘基文): read the hanja, in the
                        # style of the Korea the dictionary's person is from, whatever the context said
                        res = self._korean_han(name, han, text, "auto", n, "person")
                        if res.english:
                            return res
                    r = self.ko.read_kana(text, person=person)
                    if r is not None:
                        # (the reading itself says which Korea's: イ for 리 is the South's initial-sound rule)
                        return self._korean(name, r, origin, n, type, reading=text if person else None)
                # anything else in katakana is read as Russian (the product's other name world)
                # (place None where no type is given: the word's own shape may say, a town's -sk)
                res = self.ru.transliterate(text, n=n, place=True if type == "place" else None if not type else False)
                out_origin = "ru" if origin in ("auto", "ru") else origin
                exonym = self._agreed_glosses(text)[:1] if type != "place" else []
                if type == "person" and exonym and not any(_close(exonym[0], a) for a in res.alternatives):
                    exonym = []  # a word's English, not a spelling of the name (キリル: Cyrillic, the person Kirill)
                # (a person's JMdict English is one name: チャイコフスキー Tchaikovsky)
                if exonym and re.fullmatch(r"[A-Z][a-z]+" if type == "person" else r"[A-Z][a-z]+(?: [A-Z][a-z]+)*",
                                           exonym[0]):
                    # JMdict's English for the word itself is the English name (モスクワ: Moscow, not Moskva)
                    forms = self._current_name_first([exonym[0], *res.alternatives])
                    return Transliteration(name, forms[0], out_origin, 0.88, "dictionary", forms[:n])
                conf = res.confidence if origin == "ru" or res.source == "dictionary" else res.confidence * 0.95
                return Transliteration(name, res.english, out_origin, round(conf, 3), res.source,
                                       res.alternatives[:n])
            if _LATIN.match(text):
                return Transliteration(name, text, origin if origin != "auto" else "unknown", 0.9, "gloss", [text])
            composed = self._compound(name, text, origin, n, type, reading)
            if composed is not None:
                return composed
            named = self._english_name_of_whole(text)
            if named:
                return Transliteration(name, named[0], origin if origin != "auto" else "unknown", 0.85, "dictionary",
                                       named[:n])
        except ValueError:
            pass
        return Transliteration(name, None, origin if origin != "auto" else "unknown", 0.0, "rule", [])

    def _english_name_of_whole(self, text: str) -> list[str]:
        """The English names JMnedict gives a name of kanji and katakana as a whole, when they are English
        words (シベリア鉄道: Trans-Siberian Railway), not a romanization; [] when it gives none."""
        if not re.search(r"[\u3400-\u9fff]", text) or len(text) < 3:
            return []
        return [latin for hit in self.jmnedict.kanji(text) if "person" not in hit.types and "surname" not in hit.types
                for latin in hit.latin if _ENGLISH_NAME.fullmatch(latin)]

    # ---------------------------------------------------------------------------------------------
    def _compound(self, name: str, text: str, origin: str, n: int, type: str | None = None,
                  reading: str | None = None) -> Transliteration | None:
        """A place name followed by a generic head: ラドガ湖 → Lake Ladoga, ボストーチヌイ宇宙基地 → Vostochny
        Cosmodrome, 平壌国際空港 → Pyongyang International Airport, 東シベリア → Eastern Siberia.

        Only heads of the tables (the Russian place suffixes, glossary/data/translit/name_heads.tsv) compose;
        anything else (ロシア太平洋艦隊, 朝鮮中央通信) gets None rather than a romanization of the whole."""
        regional = self._country_region(name, text, origin, n)
        if regional is not None:
            return regional
        directed = self._directed_place(name, text, origin, n)
        if directed is not None:
            return directed
        if re.search(r"[\u30a0-\u30ff]", text) and re.search(r"[\u3400-\u9fff]", text):
            korean = self._korean_unit_place(name, text, origin, n) if origin not in ("ru", "ja", "zh") else None
            if korean is not None:
                return korean
            from glossary.translit.ru import PLACE_SUFFIXES
            from glossary.translit.ru import _EPITHETS
            state = self._foreign_state(name, text, origin, n) if text.endswith("州") and is_katakana(text[:-1]) \
                else None
            if state is not None:
                return state
            if REGNAL.match(text) or text.endswith(tuple(_EPITHETS)) or any(
                    text.endswith(suffix) and len(text) > len(suffix) and is_katakana(text[: -len(suffix)])
                    for suffix, _, _ in PLACE_SUFFIXES):
                # katakana name + a Russian place suffix (ラドガ湖, アムール州)
                res = self.ru.transliterate(text, n=n)
                return Transliteration(name, res.english, "ru" if origin == "auto" else origin,
                                       round(res.confidence, 3), res.source, res.alternatives[:n])
        if text.endswith("王朝") and HAN.match(text[:-2]):
            return self._dynasty(name, text[:-2], n)
        word_senses = jmdict_english(self.jmnedict, text) if HAN.match(text) else []
        if word_senses and word_senses[0][:1].islower():
            return None  # a common word that ends in a head is no place (上水道: waterworks, not Uwa Channel)
        for head in sorted(name_heads(), key=len, reverse=True):
            if text.endswith(head) and len(text) > len(head):
                country = region_modifiers().get(text[: -len(head)])
                if country is not None:
                    # a country before the head is not the name of one place (ロシア宇宙基地: a Russian
                    # cosmodrome, not "Russia Cosmodrome"): its adjective and the head as a common noun
                    pattern = name_heads()[head][0]
                    common = pattern.replace("{}", "").strip().lower()
                    if pattern.startswith("{}") and common:
                        english = f"{country[1]} {common}"
                        out_origin = origin if origin in ("ru", "ko_north", "ko_south") else "unknown"
                        return Transliteration(name, english, out_origin, 0.6, "rule", [english])
                # (a place it does not put abroad is Japan's, romanized as kana are typed: Ooita, printed Oita)
                whole = [g for hit in self.jmnedict.kanji(text) if "place" in hit.types for f in hit.latin
                         if _ENGLISH_PLACE.match(f) for g in dict.fromkeys(
                             [without_long_vowels(f), f] if not hit.note else [f])] if HAN.match(text) else []
                if whole:
                    # JMnedict names the whole place in English (小笠原諸島: Bonin Islands, not the Ogasawara
                    # Islands a composition would give)
                    out_origin = origin if origin in ("ru", "ko_north", "ko_south") else "unknown"
                    return Transliteration(name, whole[0], out_origin, 0.85, "dictionary", whole[:n])
                if head in _FOREIGN_LEADERS_HEADS and not is_katakana(text[: -len(head)]):
                    return None  # a leader's tomb (レーニン廟), not a temple named in kanji (孔子廟, 関帝廟)
                # a Korean name's reading ends in a katakana head as the name does (軍南ダム（クンナムダム）)
                # (or in the head itself, 又松大学（ウソン大学）)
                stem_reading = reading[: -len(head)] if reading and reading.endswith(head) \
                    and len(reading) > len(head) else None
                north = head.endswith(_NORTH_KOREAN_HEADS)
                stem = self._stem_english(text[: -len(head)], "ko_north" if north else origin, n,
                                          korean=north or type == "place" or bool(stem_reading), reading=stem_reading)
                if stem is None:
                    return None
                english, conf, stem_origin, alts = stem
                pattern, others = name_heads()[head]
                forms = [pattern.format(a) for a in alts] + [o.format(english) for o in others]
                out = []
                for f in forms:
                    if f not in out:
                        out.append(f)
                # composed, not looked up: below the 0.9 that means "right 95 % of the time"
                return Transliteration(name, out[0], stem_origin, round(min(conf, 0.8), 3), "rule", out[:n])
        return None

    def _foreign_state(self, name: str, text: str, origin: str, n: int) -> Transliteration | None:
        """A state of a federation outside the former Soviet Union, its name in katakana before 州 (メーン州 →
        Maine, ニューヨーク州 → New York), when a dictionary knows the name as a place there; None else (アムール州
        is the Amur region, left to the Russian rules)."""
        stem = self.transliterate(text[:-1], type="place", n=n)
        if not stem.english or stem.source != "dictionary" or "," in stem.english:
            return None
        # (a village of the name there is no matter: Niu-York in Ukraine records "New York")
        town = self.ru.places.post_soviet(stem.english)
        if lexicon_key(stem.english) in ru_lexicon_places() or (town is not None and town.population >= 20000):
            return None
        forms = [stem.english, f"{stem.english} state", f"{stem.english} State"]
        out_origin = origin if origin not in ("auto", "ru") else "unknown"
        return Transliteration(name, stem.english, out_origin, round(min(stem.confidence, 0.85), 3), "dictionary",
                               forms[:n])

    def _dynasty(self, name: str, house: str, n: int) -> Transliteration | None:
        """A dynasty named in kanji by its house or state (朝鮮王朝 → Joseon dynasty, 清王朝 → Qing dynasty): a
        Chinese one (one kanji) as JMdict names its 朝, a Korean one read in the South's romanization, as English
        writes Korea's history (Joseon, Goryeo), not as the country 朝鮮 is named today (Korea). None else."""
        if len(house) == 1:
            forms = [g for g in jmdict_english(self.jmnedict, house + "朝") if g[:1].isupper()]
            origin = "zh"
        else:
            korean = self._korean_place(house, house, None, "ko_south", n)
            forms = [f"{a} dynasty" for a in korean.alternatives if a[:1].isupper()] if korean.english else []
            origin = "ko"
        if not forms:
            return None
        # composed, not looked up: below the 0.9 that means "right 95 % of the time"
        return Transliteration(name, forms[0], origin, 0.8, "rule", forms[:n])

    def _koryo_saram(self, name: str, text: str, n: int) -> Transliteration | None:
        """A Korean family name before a Russian given name, the way Japanese writes the Koryo-saram's names
        (金ナターリャ, キム・ナターリャ): English writes them as Russian does, given name first, the family name in
        its Russian spelling (Natalya Kim). None for any other name."""
        parts = [p for p in SEPARATORS.split(text) if p]
        if len(parts) == 1 and len(text) >= 3 and text[0] in koryo_surnames() and is_katakana(text[1:]):
            surname, given_kana = koryo_surnames()[text[0]], text[1:]
        elif len(parts) == 2 and self._looks_korean(text, russian_given=True):
            surname, given_kana = self.ru.transliterate(parts[0], n=1).english, parts[1]
        elif len(parts) == 2 and self.ru.by_kana.get(variant_key(parts[0])) and \
                (family := self._koryo_family_name(parts[1])):
            # the Russian order, given name first (ヴィクトル・ツォイ): the family name as Russian spells it, Tsoi
            surname, given_kana = family, parts[0]
        else:
            return None
        given = self.ru.by_kana.get(variant_key(given_kana))
        if given is None or not surname:
            return None
        forms = [f"{given.english} {surname}", *(f"{a} {surname}" for a in given.alternatives),
                 f"{surname} {given.english}"]
        # composed from two tables: below the 0.9 that means "right 95 % of the time"
        return Transliteration(name, forms[0], "ru", 0.85, "rule", forms[:n])

    def _koryo_family_name(self, kana: str) -> str:
        """The Koryo-saram's Russian spelling in English (Tsoi, Pak, An) of the Korean family name `kana` reads
        or spells (ツォイ, パク, アン), or "" when it is none of the surnames koryo_surnames.tsv lists."""
        if "ー" in kana or "ヴ" in kana:
            return ""  # (Japanese writes no Korean sound with a long vowel mark or ヴ)
        skeleton = kana_skeleton(kana)
        for hangul, surname in self.ko.surnames_by_hangul.items():
            if skeleton in (hangul_skeleton(hangul), hangul_skeleton(initial_sound_rule(hangul[0]) + hangul[1:])):
                english = koryo_surnames().get(surname.hanja[0], "")
                if english:
                    return english
        if len(kana) <= 3:  # written as the Russian spelling sounds (ツォイ for Цой): a spelling that reads so
            spellings = self.ru.transliterate(kana, n=5).alternatives
            return next((english for english in koryo_surnames().values() if english in spellings), "")
        return ""

    def _korean_city_part(self, text: str) -> tuple[str, str] | None:
        """A direction before a Korean city of 100,000 people or more, written in kanji (東平壌): the English of
        that part of the city, East Pyongyang, as KCNA and Yonhap write it, and the city's side (ko_north); None for
        anything else (a Korean place that begins with a direction is read as one word: 南浦 Nampho)."""
        if len(text) < 3 or text[0] not in _DIRECTIONS or not HAN.match(text[1:]):
            return None
        city = next((p for p in self.places.han(text[1:]) if p.country in KOREAN and p.population >= WORLD_CITY), None)
        if city is None:
            return None
        return _DIRECTIONS[text[0]].replace("ern", "").format(city.english), _COUNTRY_SIDES[city.country]

    def _directed_place(self, name: str, text: str, origin: str, n: int) -> Transliteration | None:
        """A direction before a place the dictionaries know: 東シベリア → Eastern Siberia, 北オセチア共和国 →
        North Ossetia, 南樺太 → Southern Karafuto, 東平壌 → East Pyongyang; None for anything else."""
        city_part = self._korean_city_part(text)
        if city_part is not None:
            english, side = city_part
            return Transliteration(name, english, side, 0.8, "rule", [english])
        known = directed_places().get(text)
        if known is not None:  # a state or region whose English keeps the bare direction (South Sudan)
            english, alternatives = known
            return Transliteration(name, english, origin if origin != "auto" else "unknown", 0.95, "dictionary",
                                   [english, *alternatives][:n])
        republic = text.endswith("共和国") and is_katakana(text[1:-3])
        # (a place in kanji too, where the dictionaries know it and it is not Korean (南樺太, 南千島): a
        # Korean place with a direction in front is read as one word, 南浦 Nampho)
        kanji_place = len(text) >= 3 and text[0] in _DIRECTIONS and HAN.match(text[1:]) is not None \
            and not origin.startswith("ko") and self._place_dictionary(text[1:]) is not None \
            and self._place_dictionary(text) is None and not self.jmnedict.kanji(text)  # (東京都, 北九州 are names)
        if len(text) >= 3 and text[0] in _DIRECTIONS and (is_katakana(text[1:]) or republic or kanji_place):
            stem = self._stem_english(text[1:-3] if republic else text[1:], "auto" if kanji_place else origin, n)
            korean = self._korean_han(text[1:], text[1:], None, "auto", n, "place") if kanji_place else None
            if korean is not None and stem is not None and (stem[2].startswith("ko") or (
                    korean.origin.startswith("ko") and _close(korean.english or "", stem[0]))):
                stem = None  # a Korean place (the dictionary's English is its Korean reading: 平壌 Pyongyang)
            if stem is not None and stem[1] >= 0.8:  # only a place the dictionaries know
                english, conf, stem_origin, alts = stem
                pattern = _DIRECTIONS[text[0]]
                if republic:  # the direction is part of the republic's name: North Ossetia
                    pattern = pattern.replace("ern", "")
                forms = [pattern.format(a) for a in alts] + [pattern.replace("ern", "").format(english)]
                forms = list(dict.fromkeys(forms))  # (a republic's pattern has no -ern to drop)
                return Transliteration(name, forms[0], stem_origin, round(min(conf, 0.8), 3), "rule", forms[:n])
        return None

    def _country_region(self, name: str, text: str, origin: str, n: int) -> Transliteration | None:
        """A country + a region word, both from tables (region_modifiers.tsv, region_heads.tsv):
        ロシア極東 → Russian Far East, 北朝鮮北部 → northern North Korea."""
        modifiers, heads = region_modifiers(), region_heads()
        for prefix in sorted(modifiers, key=len, reverse=True):
            if text.startswith(prefix) and text[len(prefix):] in heads:
                noun, adjective = modifiers[prefix]
                pattern, others = heads[text[len(prefix):]]
                forms = []
                for p in [pattern, *others]:
                    form = p.format(adj=adjective, noun=noun)
                    if "the " in form and not form.startswith("the "):
                        form = "the " + form.replace("the ", "", 1)  # eastern the U.S. → the eastern U.S.
                    if form not in forms:
                        forms.append(form)
                out_origin = origin if origin in ("ru", "ko_north", "ko_south") else "unknown"
                # composed from two tables, not found as a whole: below the 0.9 that means "95 % right"
                return Transliteration(name, forms[0], out_origin, 0.8, "rule", forms[:n])
        return None

    def _stem_english(self, stem: str, origin: str, n: int, korean: bool = False,
                      reading: str | None = None) -> tuple[str, float, str, list[str]] | None:
        """The English of the name part of a compound: (english, confidence, origin, alternatives), or None
        when the part is not a name the tool can read (a katakana word, a known place, a Korean place, read
        by `reading` when the text gives one)."""
        out_origin = origin if origin in ("ru", "ko_north", "ko_south") else "unknown"
        # a Russian adjective before the head (ヴォロダルスキー|通り, улица Володарского) names it after a person
        # or a town: the name as newsrooms spell it (Volodarsky Street), not a gazetteer's village Volodarskii
        adjective = is_katakana(stem) and stem.endswith(("スキー", "スカヤ", "ツキー", "ツカヤ"))
        known = None if adjective else self._place_dictionary(stem)
        if known is not None and out_origin == "ko_north" and HAN.match(stem) and 2 <= len(stem) <= 3 and not any(
                "south korea" in h.note.lower() for h in self.jmnedict.kanji(stem)):
            # a word a dictionary knows in the South's spelling (高麗: Goryeo) names a thing of the North in the
            # North's (高麗ホテル: Koryo Hotel)
            north = self._korean_place(stem, stem, reading, "ko_north", n, one_word=True)
            if north.english and known[0][0] in north.alternatives[1:]:
                return north.english, north.confidence, "ko_north", north.alternatives
        if known is not None:
            if HAN.match(stem) and out_origin == "unknown":
                notes = " ".join(h.note.lower() for h in self.jmnedict.kanji(stem) if "place" in h.types)
                out_origin = "ko_north" if "north korea" in notes else "ko_south" if "korea" in notes else out_origin
            return known[0][0], known[1], out_origin, known[0][:n]
        hits = [h for h in self.jmnedict.kanji(stem) if "place" in h.types] if HAN.match(stem) else []
        if out_origin in ("ko_north", "ko_south"):
            # a Korean place is read in Korean, not as the Japanese place written alike (西海: Sohae, not Saikai)
            hits = [h for h in hits if "korea" in h.note.lower()]
        if hits and not any("korea" in h.note.lower() for h in hits) and out_origin == "unknown":
            # a large Korean city, whatever Japanese village JMnedict reads alike (浦項: Pohang, not Hokou)
            res = self._korean_place(stem, stem, reading, "auto", n, one_word=True)
            if res.origin in ("ko_north", "ko_south") and res.confidence >= _SURE_NAME:
                return res.english, res.confidence, res.origin, res.alternatives or [res.english]
        korean_hits = [h for h in hits if "korea" in h.note.lower()]
        if korean_hits and len(korean_hits) < len(hits) and out_origin == "unknown" and not any(
                self._japanese_city_population(h.latin[0], to_katakana(h.kana)) >= 50_000
                for h in hits if h.latin and not h.note):
            # the Korean place where the Japanese ones of the name are villages (金浦: Gimpo, not Kanaura)
            hits = korean_hits
        if hits and hits[0].latin:
            forms = [f.replace("'", "") for f in hits[0].latin]
            note = hits[0].note.lower()
            if not note:
                # a place JMnedict does not put abroad is Japanese, romanized the way one types kana (Souya):
                # English writes Hepburn without long marks (Soya Strait, Tokyo)
                forms = list(dict.fromkeys([without_long_vowels(f) for f in forms] + forms))
            place_origin = "ko_north" if "north korea" in note else "ko_south" if "korea" in note else out_origin
            return forms[0], 0.85, place_origin, forms[:n]
        if HAN.match(stem) and 2 <= len(stem) <= 3 and not hits and out_origin == "unknown" and not korean:
            # a kanji name no dictionary puts in Japan that the dictionaries know as a Korean place (順安: Sunan)
            res = self._korean_place(stem, stem, reading, "auto", n, one_word=True)
            if res.english and res.confidence >= _SURE_NAME:
                return res.english, res.confidence, res.origin, res.alternatives or [res.english]
        if HAN.match(stem) and len(stem) == 4:
            halves = [self._stem_english(half, origin, 1, korean=korean) for half in (stem[:2], stem[2:])]
            if all(half is not None and half[1] >= 0.85 for half in halves):
                # a city, then a district of it, both places the dictionaries know (平壌|順安|国際空港: Pyongyang
                # Sunan International Airport)
                english = f"{halves[0][0]} {halves[1][0]}"
                return english, min(half[1] for half in halves), halves[0][2], [english]
        if is_katakana(stem):
            res = self.transliterate(stem, origin="ru" if origin in ("auto", "unknown") else origin, n=n,
                                     type="person" if adjective else "place")
            if res.english:
                return res.english, res.confidence, res.origin, res.alternatives or [res.english]
            return None
        korean_origin = korean or origin in ("ko", "ko_auto", "ko_north", "ko_south")
        city_part = self._korean_city_part(stem)
        if city_part is not None:
            english, side = city_part
            return english, 0.8, side, [english]
        if HAN.match(stem) and len(stem) == 3 and korean_origin and any(
                h.types == {"person"} for h in self.jmnedict.kanji(stem)):
            # a place named after a person JMnedict knows (金日成|競技場: Kim Il Sung Stadium)
            res = self.transliterate(stem, origin=origin, type="person", n=n)
            if res.english:
                return res.english, res.confidence, res.origin, res.alternatives or [res.english]
        if HAN.match(stem) and 2 <= len(stem) <= 3 and korean_origin:
            res = self._korean_place(stem, stem, reading, origin, n, one_word=True)
            if res.english:
                return res.english, res.confidence, res.origin, res.alternatives or [res.english]
        return None

    def _hanja_for_reading(self, reading: str) -> str | None:
        """The hanja of a Korean person JMnedict lists under this very reading (ぱんぎむん → 潘基文), when
        exactly one such name has it and its hanja read in Korean sound like the reading."""
        found = set()
        for kanji, hit in self.jmnedict.by_reading(reading):
            if not (HAN.match(kanji) and 2 <= len(kanji) <= 4
                    and hit.types & {"person", "surname", "given", "unclass", "fem", "masc"}):
                continue
            r = self.ko.read_hanja(kanji, reading)
            if r is not None and r.distance <= 0.15:
                found.add(kanji)
        return found.pop() if len(found) == 1 else None

    def _korean_place_for_reading(self, reading: str) -> str | None:
        """The hanja of the one Korean place JMnedict lists under this katakana reading (プサン → 釜山, ケソン →
        開城): a place its note puts in Korea, or one whose hanja read in Korean sound like the reading and
        which JMnedict spells the Korean way (平壌 ピョンヤン Pyongyang; not 西伯利亜 シベリア). None when there is
        none or more than one."""
        found = set()
        for kanji, hit in self.jmnedict.by_reading(reading):
            if "place" not in hit.types or not (HAN.match(kanji) and 2 <= len(kanji) <= 5):
                continue
            if "korea" in hit.note.lower():
                found.add(kanji)
                continue
            r = self.ko.read_hanja(kanji, reading, person=False)
            if r is None or r.distance > 0.15:
                continue
            # and JMnedict spells it as Korean is romanized (Pyongyang), not as an exonym (西伯利亜: Siberia)
            korean = {_letters(self.ko.north_place(r.given)), _letters(self.ko.south_place(r.given))}
            if any(_letters(latin) in korean for latin in hit.latin):
                found.add(kanji)
        return found.pop() if len(found) == 1 else None

    def _looks_korean(self, text: str, russian_given: bool = False) -> bool:
        """A katakana name shaped like a Korean reading: short parts, a Korean surname first (キム・ジョンウン).
        With `russian_given`, one whose given name is Russian instead (キム・ナターリャ, a Koryo-saram's)."""
        parts = [p for p in re.split(r"[・･=＝\s]+", text) if p]
        if not 2 <= len(parts) <= 3 or "ー" in text or "ヴ" in text:
            return False  # (Japanese writes no Korean sound with a long vowel mark or ヴ: ジャン＝ピエール)
        surname_keys = {hangul_skeleton(h) for h in self.ko.surnames_by_hangul}
        surname_keys |= {hangul_skeleton(initial_sound_rule(h[0]) + h[1:]) for h in self.ko.surnames_by_hangul}
        if kana_skeleton(parts[0]) not in surname_keys:
            return False
        # Russian given names never look like this, but check the dictionaries anyway
        if self.ru.by_kana.get(variant_key(parts[0])) is not None:
            return False
        if russian_given:
            return len(parts) == 2 and self.ru.by_kana.get(variant_key(parts[1])) is not None
        # (nor a Ukrainian family name in -юк or -чук, which no Korean given name is: ジャン・ベレニュク)
        if any(len(self.ko.kana_chunks(p)) > 3 or self.ru.by_kana.get(variant_key(p)) is not None
               or _UKRAINIAN_END.search(p) for p in parts[1:]):
            return False
        # (nor a Western name whose parts Wikidata's names spell often: ジョン・ケネディ, John Kennedy; a Korean
        # given name of one syllable may match a Western name, ジン, so only longer ones count)
        return not (self._western_count(parts[0]) >= 100 and all(
            len(self.ko.kana_chunks(p)) >= 2 and self._western_count(p) >= 10 for p in parts[1:]))

    def _western_count(self, kana: str) -> int:
        """How often Wikidata's names spell the katakana `kana` in its most frequent Latin form."""
        return max((count for _, count in self.wikidata.lookup(kana)), default=0)

    def _is_place(self, han: str, type: str | None, reading: str | None = None) -> bool:
        if type in ("place",):
            return True
        if type in ("person",):
            return False
        if reading and len(han) >= 2 and korean_syllables(reading):
            # hanja read as one Korean word: Japanese writes a Korean person's reading with ・ between family
            # and given name, a place's as one word (元山（ウォンサン） is Wonsan; 金策（キム・チェク） the man)
            return True
        if reading and re.search(r"[・＝]", reading):
            sur, given = self.ko.split_surname(han)
            if sur in self.ko.surnames_by_hanja and 1 <= len(given) <= 2:
                return False
            parts = [p for p in re.split(r"[・＝]", reading) if p]
            if len(parts) == 2 and 2 <= len(han) <= 3 and len(self.ko.kana_chunks(parts[0])) == 1 \
                    and len(self.ko.kana_chunks(parts[1])) == len(han) - 1:
                # a reading of one syllable, then one per remaining hanja, is a family and a given name, even
                # where the family name is rare (慈成男（チャ・ソンナム）)
                return False
        hits = self.jmnedict.kanji(han)
        if any("place" in h.types for h in hits) and not any(h.types & {"person", "surname", "given"} for h in hits):
            return True
        if self._divided_province_side(han):
            return True  # an old province whose halves are known (慶尚道), though 慶 is a family name too
        if han[-1] in KO_PLACE_ENDINGS and len(han) >= 3:
            sur, given = self.ko.split_surname(han)
            if len(han) == 3 and han[-1] in _NAME_OR_PLACE_ENDINGS and len(sur) == 1 \
                    and sur in self.ko.surnames_by_hanja and not any("place" in h.types for h in hits) \
                    and not self._towns_by_han(han, KOREAN):
                # a family name and two hanja, the last one that given names end in too (孫貞道, 文芸峰), which
                # no dictionary knows as a place: a person
                return False
            return True
        if self._towns_by_han(han, KOREAN):
            return True  # a Korean city GeoNames writes so (元山 Wonsan), though 元 is a surname too
        whole = self.ko.read_hanja(han, None, person=False) if len(han) == 2 else None
        if whole is not None and any(t.population >= KOREAN_CITY for r in (whole, *whole.others)
                                     for t in self._korean_towns(r.given)):
            return True  # read as one word, the hanja name a large Korean city (安養: Anyang), though 安 is a surname
        sur, given = self.ko.split_surname(han)
        return not (sur in self.ko.surnames_by_hanja and 1 <= len(given) <= 2)

    def _divided_province_side(self, han: str) -> str | None:
        """For an old province of Korea named by its two hanja and 道, whose halves the dictionary knows (慶尚道:
        慶尚南道 and 慶尚北道), the side its halves lie on (ko_south, ko_north) or "ko" where JMnedict does not
        say; None for anything else."""
        if len(han) != 3 or not han.endswith("道") or han == "北海道":
            return None
        notes = [hit.note.lower() for half in ("南道", "北道") for hit in self.jmnedict.kanji(han[:2] + half)
                 if "place" in hit.types]
        if not notes:
            return None
        if any("north korea" in note for note in notes):
            return "ko_north"
        return "ko_south" if any("south korea" in note for note in notes) else "ko"

    def _korean_place_evidence(self, han: str) -> bool:
        """JMnedict has it as a place in Korea, or it ends in a Korean place word (道, 郡, 里, 山…)."""
        if any("place" in h.types and "korea" in h.note.lower() for h in self.jmnedict.kanji(han)):
            return True
        return han[-1] in KO_PLACE_ENDINGS and len(han) >= 2 and not any(han.startswith(m) for m in region_modifiers())

    def _foreign_place_and_word(self, han: str) -> bool:
        """`han` is a place the dictionary names in English outside Korea, then a common word of two kanji or more
        (北極海|航路: the Arctic Ocean's sea route), no Korean name to romanize."""
        for cut in range(2, len(han) - 1):
            word = jmdict_english(self.jmnedict, han[cut:])[:1]
            place = jmdict_english(self.jmnedict, han[:cut])[:1]
            if word and word[0][:1].islower() and place and place[0][:1].isupper() and not any(
                    "korea" in hit.note.lower() for hit in self.jmnedict.kanji(han[:cut])):
                return True
        return False

    def _korean_han(self, name: str, han: str, reading: str | None, origin: str, n: int,
                    type: str | None) -> Transliteration:
        king = self._korean_king(name, han, reading, origin, n)
        if king is not None:
            return king
        if self._is_place(han, type, reading):
            stem = next((han[: -len(suffix)] for suffix, _, _ in KO_PLACE_SUFFIXES if han.endswith(suffix)), han)
            # (a word of the dictionary read in Korean names a place: 醴泉（イェチョン）, Yecheon)
            first_gloss = (jmdict_english(self.jmnedict, han)[:1] or ["A"])[0]
            common_word = origin == "auto" and not reading and first_gloss[:1].islower() \
                and not any(h.types & {"place", "person", "surname"} for h in self.jmnedict.kanji(han)) \
                and not self._towns_by_han(han, KOREAN)  # (全州 is "the whole state", and the city Jeonju)
            if len(stem) > 4 or common_word or (not reading and self._foreign_place_and_word(han)):
                # Korean place names in hanja run to four characters before a suffix (平安北道); a longer
                # string is an organisation or a phrase (朝鮮中央通信, 北朝鮮大使館), and a word of the
                # dictionary that names no place (大使館) is not one: romanizing either helps no translator
                return Transliteration(name, None, "ko" if origin == "auto" else origin, 0.0, "rule", [])
            if origin == "auto" and type is None and not reading and (len(han) >= 4 or any(
                    han.startswith(m) for m in region_modifiers())) and not self._korean_place_evidence(han):
                # nothing says this is a Korean place (米国議会 is a Japanese word): no romanization
                return Transliteration(name, None, "unknown", 0.0, "rule", [])
            place = self._korean_place(name, han, reading, origin, n)
            sur, given = self.ko.split_surname(han)
            if type is None and not reading and sur in self.ko.surnames_by_hanja and 1 <= len(given) <= 2 \
                    and not self._towns_by_han(han, KOREAN):
                # the kanji are also a Korean person's name, and no city of this name is known to GeoNames
                # (金策: the city Kimchaek, and the man Kim Chaek)
                place.confidence = min(place.confidence, 0.8)
            return place
        r = self.ko.read_hanja(han, reading)
        if r is None:
            if reading:
                r = self.ko.read_kana(reading)
            if r is None:
                return Transliteration(name, None, "ko" if origin == "auto" else origin, 0.0, "rule", [])
        return self._korean(name, r, origin, n, type, han=han, reading=reading)

    def _korean_king(self, name: str, han: str, reading: str | None, origin: str, n: int) -> Transliteration | None:
        """A Korean monarch named by his temple name (高宗 → Gojong), or by his posthumous name and 王 (恭愍王 → King
        Gongmin, 広開土大王 → King Gwanggaeto the Great), a queen by hers (明成皇后 → Empress Myeongseong, 閔妃 →
        Queen Min), the name read as one word, the South's spelling first; None for anything else."""
        if _TEMPLE_NAME.fullmatch(han) and not (reading and SEPARATORS.search(reading)) and \
                not jmdict_english(self.jmnedict, han):
            # a king by his temple name alone (高宗: Gojong), read as one word (金宗（キム・ジョン） is a family
            # name and a given name)
            r = self.ko.read_hanja(han, None, person=False)
            if r is None or not r.given:
                return None
            forms = list(dict.fromkeys(cap(word) for word in (self.ko.south_place(r.given),
                                                               self.ko.north_place(r.given))))
            forms.insert(1, f"King {forms[0]}")
            return Transliteration(name, forms[0], "ko_south" if origin == "ko_south" else "ko", 0.6, "rule",
                                   forms[:n])
        king = _KOREAN_KING.fullmatch(han)
        spoken = _KOREAN_KING_READING.fullmatch(reading) if reading else None
        if king is None or (reading and spoken is None) or king.group(1) in _KOREAN_KINGDOMS:
            return None  # (a kingdom's king, 高麗王, is the king of Goryeo: not his name)
        if (king.group(2) == "妃") != (len(king.group(1)) == 1):
            return None  # (a queen named by her family alone, 閔妃: Queen Min; a king by a name of two or more)
        if king.group(2) == "妃" and king.group(1) not in self.ko.surnames_by_hanja:
            return None
        r = self.ko.read_hanja(king.group(1), spoken.group(1) if spoken else None, person=False)
        if r is None or not r.given:
            return None
        # (the monarchs reigned before Korea was divided: English histories spell them as the South does)
        styles = [self.ko.south_place(r.given), self.ko.north_place(r.given)]
        forms = list(dict.fromkeys(_KOREAN_MONARCHS[king.group(2)].format(cap(word)) for word in styles))
        return Transliteration(name, forms[0], "ko_south" if origin == "ko_south" else "ko", 0.6, "rule",
                               forms[:n])

    def _style(self, r: KoReading, origin: str, han: str | None, reading: str | None) -> tuple[str, float, list[str]]:
        """North or South ("ko": a Korean spelt the North's way, whose side the text leaves open), how sure, and
        any dictionary spellings of this very name (JMnedict)."""
        dict_forms: list[str] = []
        south_votes = north_votes = 0.0
        if han:
            for hit in self.jmnedict.kanji(han):
                if not hit.types & {"person", "unclass", "fem", "masc", "given", "surname"}:
                    continue
                note = hit.note.lower()
                if hit.kana and reading and kana_skeleton(hit.kana) != kana_skeleton(reading) and not (
                        "person" in hit.types and "korea" in note):
                    continue  # another name with these hanja; a person the note puts in Korea is this one
                if not (hit.kana and re.match(r"^[\u30a0-\u30ff]+$", hit.kana)) and "person" not in hit.types:
                    continue  # a Japanese reading (ぜんとかん): a Japanese name or an old on-reading entry
                # 'Ban Ki-Moon': a hyphenated given name is written with a small letter after the hyphen
                dict_forms.extend(re.sub(r"-([A-Z])(?=[a-z])", lambda m: "-" + m.group(1).lower(), f)
                                  for f in hit.latin)
                if "south korea" in note:
                    south_votes += 2
                if "north korea" in note:
                    north_votes += 2
        dprk = [f.lower().replace("-", " ") for f in self.ko.dprk_person(r)]
        dprk_surname = self.ko.dprk_person(KoReading(r.surname, "", 0))[0].lower() if r.surname else ""
        for form in dict_forms:
            low = form.lower().replace("-", " ")
            if low in dprk or (low.split()[:1] == [dprk_surname] and _close(low, dprk[0])):
                north_votes += 1
            elif r.surname and low.split()[:1] != [dprk_surname]:
                south_votes += 1.5  # a ROK surname spelling (Park, Lee, Moon, Choi)
            else:
                south_votes += 0.5
        read_plain = False  # an initial ㄹ the reading keeps where the South drops it
        if reading and r.surname:
            # the initial-sound rule shows in the reading: 李 イ (South) or リ (North)
            read = _surname_read(r, reading)
            table = self.ko.surnames_by_hangul.get(r.surname)
            if read == "ruled":
                south_votes += 2
            elif read == "plain" and not (table is not None and table.south_keeps_initial_r):
                north_votes += 2  # (not for 柳 read リュ, which many in the South keep: Ryu Hyun-jin)
                read_plain = True
            # and in the given name's first syllable (龍 read ヨン, not リョン)
            given_read = _given_read(r, reading)
            if given_read == "ruled":
                south_votes += 2
            elif given_read == "plain":
                north_votes += 1
        if origin == "ko_north":
            return "ko_north", 1.0, dict_forms
        if origin == "ko_south" and read_plain and south_votes == 0:
            # a Korean the text places in the South but whose surname is read with the ㄹ the South drops (李
            # read リ): not the South's spelling of today, but as read, the DPRK's way; the side is left open
            # ("ko"). A given name read so (孔魯明（コン・ロミョン）: Kong Ro-myung) is the South's spelling,
            # as read: the South's law lets a given name keep its ㄹ
            return "ko", 0.6, dict_forms
        if origin == "ko_south":
            return "ko_south", 1.0, dict_forms
        if south_votes > north_votes:
            return "ko_south", 0.8 if south_votes >= 2 else 0.65, dict_forms
        # reporting on Korea in Japanese is mostly about the North: with no evidence, the North's style
        return "ko_north", 0.8 if north_votes >= 2 else 0.6, dict_forms

    def _korean(self, name: str, r: KoReading, origin: str, n: int, type: str | None, han: str | None = None,
                reading: str | None = None) -> Transliteration:
        if type == "place":
            return self._korean_place_hangul(name, r.surname + r.given, origin, n)
        style, style_conf, dict_forms = self._style(r, origin, han, reading)
        # readings as likely as r (a hanja guessed from its reading) follow each style's own forms
        north = self.ko.dprk_person(r) + [self.ko.dprk_person(o)[0] for o in r.others]
        # (a given name read with its initial ㄹ keeps it in the South's spelling too: Kong Ro-myung)
        keep_r = _given_read(r, reading) == "plain"
        own = self.ko.rok_person(r, keep_given_initial=keep_r)
        south = own[:1] + [self.ko.rok_person(o)[0] for o in r.others] + own[1:]
        base = 0.93 if r.distance <= 0.05 and not r.from_reading else 0.8 if r.distance <= 0.2 else 0.55
        if r.from_reading:
            base = 0.6
        elif reading and not SEPARATORS.search(reading):
            base = min(base, 0.8)  # a reading with no ・ reads one word (好童（ホドン）): where the surname ends is a guess
        if style in ("ko_north", "ko"):
            forms = self._north_surname_as_read(r, reading, north)
            source = "rule"
            for form in dict_forms:  # JMnedict's spelling, written the DPRK way, when it is this name
                dprk = " ".join(cap(p) for p in re.split(r"[\s-]+", form))
                if dprk.lower() in [f.lower() for f in north] or (
                        len(dprk.split()) == len(north[0].split()) and dprk.split()[0] == north[0].split()[0]
                        and hangul_skeleton(r.surname + r.given) and _close(dprk, north[0])):
                    forms.insert(0, dprk)
                    source = "dictionary"
                    break
            forms += south[:3]
            confidence = base * (1.0 if style_conf >= 1.0 else 0.85 if style_conf >= 0.8 else 0.75)
        else:
            forms = []
            source = "rule"
            given_len = len(r.given)

            def rok_shaped(form: str) -> bool:
                m = re.match(r"^[A-Z][a-z]+ ([A-Z][a-z]+(?:-[a-z]+)*)$", form)
                return bool(m) and m.group(1).count("-") + 1 == given_len

            # a ROK-style spelling of this name: as many given-name syllables as the hanja, close to the rule's
            # spelling; a given name written as one word (Kim Yuna) only when the dictionary also has the
            # syllable-by-syllable form (Kim Yeon-ah), so an old romanization (Kim Yonsan) is not taken
            corroborated = any(rok_shaped(f) and "-" in f for f in dict_forms)
            for form in dict_forms:
                # (JMnedict may capitalize each syllable: Yi Sun-Shin)
                form = re.sub(r"-([A-Z])", lambda m: "-" + m.group(1).lower(), form)
                one_word = bool(re.match(r"^[A-Z][a-z]+ [A-Z][a-z]+$", form)) and given_len > 1
                # (close to one of the rule's first spellings: a historical figure's surname is often the old
                # one, Yi Sun-sin where the rule says Lee first)
                if (rok_shaped(form) or (one_word and corroborated)) and any(_close(form, f) for f in south[:3]) \
                        or self._western_order(form, r, south[0]):
                    forms.append(form)
                    source = "dictionary"
                    break
            forms += self._south_surname_as_read(r, reading, south) + north[:1]
            confidence = (0.9 if source == "dictionary" else min(base, 0.7)) * (
                1.0 if style_conf >= 1.0 else 0.9 if style_conf >= 0.8 else 0.75)
        if source == "dictionary":
            confidence = max(confidence, 0.9 if style_conf >= 0.8 else 0.75)
        out = []
        for f in forms:
            if f not in out:
                out.append(f)
        return Transliteration(name, out[0], style, round(min(confidence, 0.97), 3), source, out[:n])

    def _western_order(self, form: str, r: KoReading, south: str) -> bool:
        """Whether the dictionary's `form` is this name as its bearer wrote it in the West, the given name as one
        word before a spelling of the surname (李承晩: Syngman Rhee), close to the ROK spelling `south`."""
        parts = re.fullmatch(r"([A-Z][a-z]+) ([A-Z][a-z]+)", form)
        table = self.ko.surnames_by_hangul.get(r.surname)
        if parts is None or table is None or len(r.given) < 2 or " " not in south:
            return False
        given, family = parts.groups()
        south_given = south.split(" ", 1)[1].replace("-", "")
        return family in (table.rok, *table.rok_alternatives) and _close(given, south_given)

    def _north_surname_as_read(self, r: KoReading, reading: str | None, north: list[str]) -> list[str]:
        """The DPRK spellings `north`, led by those with the surname as the reading says when the reading
        drops the initial sound the North keeps (盧 read ノ: No Kwang Chol; 林 read イム: Im Chon Il): such a
        reading follows the person's own usage, which KCNA's English follows too."""
        if _surname_read(r, reading) != "ruled" or initial_sound_rule(r.surname[0]) == "이":
            # (李 read イ stays Ri: "I" is no surname the North's English writes)
            return list(north)
        as_read = dataclasses.replace(r, surname=initial_sound_rule(r.surname[0]) + r.surname[1:], others=[])
        return list(dict.fromkeys(self.ko.dprk_person(as_read) + north))

    def _south_surname_as_read(self, r: KoReading, reading: str | None, south: list[str]) -> list[str]:
        """The ROK spellings `south`, those with the surname's R spelling first when the reading keeps the
        initial ㄹ the South usually drops (柳 read リュ: Ryu Hyun-jin, where ユ is Yoo)."""
        table = self.ko.surnames_by_hangul.get(r.surname)
        if table is None or table.rok.startswith("R") or _surname_read(r, reading) != "plain":
            return south
        keeps_r = next((a for a in table.rok_alternatives if a.startswith("R")), None)
        if keeps_r is None:
            return south
        as_read = [keeps_r + f[len(table.rok):] for f in south if f.startswith(table.rok + " ")]
        return as_read + [f for f in south if f not in as_read]

    def _not_korean_reading(self, name: str, han: str, reading: str, n: int,
                            type: str | None) -> Transliteration | None:
        """The English of a kanji name whose katakana reading is not its Korean one (Korean readings in the
        name lists are all within 0.22 of the hanja's): a Chinese reading gives the pinyin (黒竜江（ヘイロンジ
        ャン）: Heilongjiang, not Hukrong), any other the reading's own English, as the name the text also
        goes by (樺太（サハリン）: Sakhalin). None when the reading is Korean or names nothing known."""
        kinds = (type != "place",) if type in ("person", "place") else (False, True)
        # (the reading may be of the name's first characters only: 元山葛麻（ウォンサン・カルマ）海岸観光地区); the
        # whole name is tried first, and a Korean reading, the usual case, ends the search there
        fits = []
        for k in range(len(han), 1, -1):
            for person in kinds:
                r = self.ko.read_hanja(han[:k], reading, person=person)
                if r is not None and r.distance < _NOT_A_KOREAN_READING:
                    return None
                if r is not None:
                    fits.append(r.distance)
        if not fits:
            return None
        pinyin = (self.zh.person(han, 1) if type == "person" else [self.zh.place(han) or ""])[:1]
        chinese_fit = pinyin_reading_distance(pinyin[0], reading) if pinyin and pinyin[0] else 1.0
        if chinese_fit <= _A_CHINESE_READING and chinese_fit < min(fits):
            if type == "person" or (type is None and "・" in reading):
                return self._chinese(name, han, n)
            forms = [pinyin[0], *([f"{pinyin[0]} Province"] if han.endswith("省") else [])]
            return Transliteration(name, forms[0], "zh", 0.7, "rule", forms[:n])
        if min(fits) < _ANOTHER_NAME:
            return None
        own = self.transliterate(reading, n=n, type=type)
        if not own.english:
            return None
        # (the origin a dictionary's place leaves open is the one the reading's sound has: サハリン, Russian)
        own_origin = own.origin if own.origin != "unknown" else self.transliterate(reading, n=1).origin
        # (a name for the same thing, not a spelling of these characters: never sure enough for 0.9)
        return Transliteration(name, own.english, own_origin, min(own.confidence, 0.85), own.source,
                               own.alternatives[:n])

    def _chinese(self, name: str, han: str, n: int) -> Transliteration:
        """A Chinese person in kanji: JMnedict's spelling when it is the pinyin of these characters (Xi Jinping),
        else the pinyin itself (Wang Yi)."""
        forms = self.zh.person(han, n)
        if not forms:
            return Transliteration(name, None, "zh", 0.0, "rule", [])
        pinyin = {_letters(f): f for f in forms}
        for hit in self.jmnedict.kanji(han):
            if "person" in hit.types:
                for latin in hit.latin:
                    if _letters(latin) in pinyin:
                        best = pinyin[_letters(latin)]
                        return Transliteration(name, best, "zh", 0.92, "dictionary",
                                               [best] + [f for f in forms if f != best])
        # one reading per character: the pinyin is the name's; several: the commonest readings, less sure
        confidence = 0.8 if len(forms) == 1 else 0.65
        return Transliteration(name, forms[0], "zh", confidence, "rule", forms)

    # -- places ----------------------------------------------------------------------------------------
    def _chinese_place(self, name: str, han: str, n: int) -> Transliteration | None:
        """A place in China written in kanji, 中国 before it or not: a city GeoNames knows by its characters, 市
        or not (丹東市 → Dandong); a province or a county in pinyin (遼寧省 → Liaoning Province); a part of the country named
        in region words (中国東北: Northeast China); else None."""
        regional = self._country_region(name, han, "auto", n)
        if regional is not None:
            return dataclasses.replace(regional, origin="zh")
        stem = han.removeprefix("中国")
        city = stem[:-1] if stem.endswith("市") and len(stem) >= 3 else stem
        english = self._chinese_city(city, CHINESE_TOWN)  # (a place the text puts in China: a smaller town too)
        if english is not None:
            return Transliteration(name, english, "zh", 0.85, "dictionary", [english])
        for unit, word in (("省", "Province"), ("県", "County")):
            if stem.endswith(unit) and 3 <= len(stem) <= 4:
                pinyin = self.zh.place(stem[:-1])
                if pinyin is not None:  # (遼寧省: Liaoning Province, 依蘭県: Yilan County)
                    forms = [f"{pinyin} {word}", pinyin]
                    return Transliteration(name, forms[0], "zh", 0.7, "rule", forms[:n])
        return None

    def _south_namesake(self, text: str) -> bool:
        """JMnedict places `text` in South Korea and nowhere in the North."""
        notes = [hit.note or "" for hit in self.jmnedict.kanji(text) if "place" in hit.types]
        return any("South Korea" in note for note in notes) and not any("North Korea" in note for note in notes)

    def _place_dictionary(self, text: str, korean: bool = False) -> tuple[list[str], float] | None:
        """A place as the dictionaries name it: a JMdict headword with a proper-noun gloss (ロシア → Russia),
        else a GeoNames town of this katakana name, else a JMnedict place name (モスクワ → Moscow), apostrophes
        of old romanizations dropped; else, not for a `korean` place's reading (カルマ: Kalma, not karma), a
        loanword JMdict glosses with itself (クレムリン: Kremlin)."""
        glosses = self._agreed_glosses(text)
        if glosses and not is_katakana(text) and glosses[0][:1].islower() and \
                len(glosses[0].split()) >= 2 and all(word[:1].isupper() for word in glosses[0].split()[1:]):
            glosses = [glosses[0][0].upper() + glosses[0][1:], *glosses[1:]]  # a region (中央アジア: Central Asia)
        if glosses and glosses[0][:1].isupper():
            return (self._current_name_first(glosses) if is_katakana(text) else glosses), 0.88
        if HAN.match(text):
            return None  # hanja places: Korean ones are read (and checked against JMnedict) in _korean_place
        if not is_katakana(text):
            # kanji with kana (赤の広場): JMnedict's name when it is an English one (Red Square), not a romanized
            # Japanese reading (Akanohiroba)
            # (or, for a kanji word before a katakana name, any name of words that is no romanization of its kana:
            # 内モンゴル うちモンゴル, Inner Mongolia; not ハンカ湖's Ozero Khanka)
            qualified = _KANJI_BEFORE_KATAKANA.match(text) is not None
            forms = [f for hit in self.jmnedict.kanji(text) if "place" in hit.types for f in hit.latin
                     if _ENGLISH_PLACE.match(f) or (qualified and hit.kana and " " in f and _letters(
                         without_long_vowels(f)) != _letters(hepburn(hit.kana)))]
            return (forms, 0.85) if forms else None
        towns = list(dict.fromkeys(on_river(t.english) for t in self.places.katakana(text)
                                   if self.ru.sounds_like(text, t.english)))
        if towns:
            # GeoNames' town of this katakana name, in the newsroom's spelling (Kyiv, Arkhangelsk): before
            # JMnedict, whose place names keep older romanizations (Kiev, Arkhangel'sk)
            return towns, 0.88
        hits = self.jmnedict.katakana(text)
        forms: list[str] = []
        for hit in hits:
            if "place" in hit.types:
                # (not a spelling typed in Latin letters that look like Cyrillic: ブヌコボ's 'Bhykobo')
                spellings = (f.replace("'", "") for f in hit.latin)
                forms.extend(f for f in spellings if f not in forms and not self.ru.lookalike_typo(text, f))
        if forms:
            return self._current_name_first(forms), 0.88
        if glosses and not korean and glosses[0].isalpha() and self.ru.sounds_like(text, glosses[0]):
            # a loanword the dictionary glosses with itself (クレムリン: kremlin), written as a name: capitalised
            return [glosses[0].capitalize()], 0.88
        return None

    def _agreed_glosses(self, text: str) -> list[str]:
        """JMdict's English for a word, the glosses JMnedict also spells this name with first (チェチェン: JMdict
        lists Chechin before Chechnya; JMnedict has Chechnya)."""
        # long marks as English-language news drops them (Kyūshū → Kyushu)
        glosses = list(dict.fromkeys(g.translate(_MACRONS) for g in jmdict_english(self.jmnedict, text)))
        if len(glosses) < 2:
            return glosses
        hits = self.jmnedict.katakana(text) if is_katakana(text) else self.jmnedict.kanji(text)
        named = {_letters(latin) for hit in hits for latin in hit.latin}
        return sorted(glosses, key=lambda g: _letters(g) not in named)

    def _current_name_first(self, forms: list[str]) -> list[str]:
        """`forms` with the name English-language news now gives a Ukrainian town first, when the first
        form names one the Russian way (JMdict's Kiev → Kyiv, Lugansk → Luhansk), or GeoNames' spelling of a
        post-Soviet town the first form romanizes otherwise (JMnedict's Novorossiisk → Novorossiysk)."""
        current = (self.places.current_name(forms[0]) or self.places.usual_spelling(forms[0])) if forms else None
        return [current, *[f for f in forms if f != current]] if current else forms

    def _korean_place(self, name: str, han: str, reading: str | None, origin: str, n: int,
                      one_word: bool = False) -> Transliteration:
        """A Korean place in hanja, in the house style of its side; with `one_word`, a unit it ends in is read
        into the name, as a name before another head keeps it (黄江|ダム: Hwanggang Dam, not Hwang River Dam)."""
        north_votes = south_votes = 0
        south_noted = False  # JMnedict puts it in South Korea, not just "Korea"
        dict_forms: list[str] = []  # JMnedict spellings of places it puts in Korea
        other_forms: list[str] = []  # and of places with this name it does not locate
        japanese: dict[str, str] = {}  # those spelled as their Japanese reading, with its katakana
        named: list[tuple[str, str]] = []  # those given an English name (with the note)
        pattern = "{}"
        stem = han
        full_reading = reading
        unit_south_votes = 0  # the South's units: metropolitan cities (広域市), districts (区), roads (路)
        for suffix, suffix_hangul, pat in () if one_word else KO_PLACE_SUFFIXES:
            # (a province or a village has two hanja before 道 or 里: 清道 is a county named so, 九里 a city, as
            # 泰山 is a mountain's name, and 墨湖 a town's)
            if han.endswith(suffix) and \
                    len(han) > len(suffix) + (1 if suffix in ("山", "道", "里", "湖", "湾", "寺", "宮", "楼", "路") else 0):
                pattern, stem = pat, han[: -len(suffix)]
                reading = self._reading_without(reading, suffix_hangul)
                # the South has metropolitan cities (広域市) and districts (区; the North's are 区域), the North
                # special-grade cities (特級市); a road named -ro is the South's (the North's are streets, 通り)
                unit_south_votes = 2 if suffix in ("広域市", "区", "路", "特別自治道", "特別自治市") else 0
                north_votes += 2 if suffix == "特級市" else 0
                break
        hits = self.jmnedict.kanji(han) or [
            # a city the dictionary lists without its unit (会寧 for 会寧市), where it puts the place in Korea
            hit for hit in (self.jmnedict.kanji(stem) if stem != han and pattern == "{}" else [])
            if "korea" in hit.note.lower()]
        for hit in hits:
            if "place" not in hit.types:
                continue
            note = hit.note.lower()
            if "north korea" in note:
                # these very kanji, placed in the North: more than a Southern town of the same hangul name
                # (順川 Sunchon in the North; the South's Suncheon 순천 is written 順天)
                north_votes += 4
                dict_forms.extend(hit.latin)
            elif "korea" in note:
                south_votes += 1
                south_noted = south_noted or "south korea" in note
                dict_forms.extend(hit.latin)
            else:
                other_forms.extend(hit.latin)
                if not hit.kana:
                    continue
                kana_read = _letters(hepburn(hit.kana))
                same_reading = not full_reading or to_katakana(hit.kana) == to_katakana(full_reading)
                for form in hit.latin:
                    plain = without_long_vowels(form)
                    unit = kana_read[len(_letters(plain)):] if kana_read.startswith(_letters(plain)) else None
                    if unit in _JAPANESE_UNITS:
                        # its Japanese reading without the unit the kana spell out (安城市 あんじょうし: Anjou)
                        if same_reading:
                            japanese.setdefault(plain, to_katakana(hit.kana))
                    elif _letters(plain) != kana_read:
                        # an English name, not a romanization of its kana (国後島 くなしりとう: Kunashir Island);
                        # not where the text reads the kanji otherwise (a Korean reading of a Japanese place name)
                        if same_reading:
                            named.append((form, note))
                    elif same_reading:
                        # spelled as its Japanese reading (唐津 からつ Karatsu): a place of Japan
                        japanese.setdefault(plain, to_katakana(hit.kana))
        # (a ward JMnedict reads in Japanese, unit and all, is Japan's: 左京区 さきょうく, Sakyo)
        south_votes += 0 if japanese and not reading else unit_south_votes
        halves = self._divided_province_side(han)
        if halves:
            # an old province lies where its halves lie (慶尚道: the South's Gyeongsang Province), whatever
            # Japanese reading the dictionary gives the whole (全羅道 ぜんらどう)
            japanese.clear()
            south_votes += 3 if halves == "ko_south" else 0
            north_votes += 3 if halves == "ko_north" else 0
        r = self.ko.read_hanja(stem, reading, person=False)
        if r is None:
            return Transliteration(name, None, "ko" if origin == "auto" else origin, 0.0, "rule", [])
        given = r.given
        guessed_town = next((o.given for o in r.others if self._known_korean_town(o.given)), None)
        if guessed_town and not self._known_korean_town(given):
            # of the syllables a reading leaves open (蕙山（ヘサン）: 해산, 혜산…), the town GeoNames knows (Hyesan)
            given = guessed_town
        if reading and given and given[0] != initial_sound_rule(given[0]) and (
                reading[0] in _VOWEL_ROW or reading_distance(initial_sound_rule(given[0]) + given[1:], reading)
                < reading_distance(given, reading)):
            # the reading drops an initial ㄴ/ㄹ (寧辺（ヨンビョン）) or softens ㄹ to ㄴ (鹿屯（ノクトゥン）): English
            # follows it (Yongbyon, not Nyongbyon; Nokdun, not Rokdun)
            given = initial_sound_rule(given[0]) + given[1:]
        # (an island's town is named with its 도: 백령도, Baengnyeongdo)
        island = (given + "도",) if given and pattern == "{} Island" else ()
        towns = [t for form in dict.fromkeys((given, initial_sound_rule(given[0]) + given[1:] if given else given,
                                              *island))
                 for t in self._korean_towns(form)
                 # (a small town's hangul name is no sign where the kanji also name a place of Japan: 唐津, nor a
                 # city's that GeoNames writes in other kanji: 富山 Toyama reads 부산, but Busan is 釜山)
                 if reading or not japanese or t.population >= KOREAN_CITY and (
                     not self.places.kanji_names(t) or any(w.startswith(han) for w in self.places.kanji_names(t)))]
        if not towns and given and (reading or not japanese):
            # GeoNames keeps no hangul name for every town: then its English tells the side, the North's
            # romanization naming a town there (Sinchon-up) or the South's one there (Seogwipo)
            towns = [t for t in self.places.korean(self.ko.north_place(given)) if t.country == "KP"] + \
                [t for t in self.places.korean(self.ko.south_place(given)) if t.country == "KR"]
        countries = {t.country for t in towns}
        town_side = next(iter(countries)) if len(countries) == 1 else None
        if len(countries) > 1:
            # towns of this hangul name on both sides (화성): the one GeoNames also writes in these kanji (華城市)
            han_sides = {t.country for form in (han, han + "市") for t in self.places.han(form)} & countries
            town_side = han_sides.pop() if len(han_sides) == 1 else None
        if town_side == "KR":  # GeoNames has a town of this hangul name in one Korea only (평택: the South)
            south_votes += 3
        elif town_side == "KP":
            north_votes += 3
        style = origin if origin in ("ko_north", "ko_south") else (
            "ko_south" if south_votes > north_votes else "ko_north")
        parts = [p for p in re.split(r"[・･=＝]", reading or "") if p]
        if len(parts) == 2 and pattern == "{}" and len(given) == sum(len(self.ko.kana_chunks(p)) for p in parts):
            # two place names joined (元山葛麻（ウォンサン・カルマ）): each romanized as a word, hyphened
            cut = len(self.ko.kana_chunks(parts[0]))
            north = "-".join(cap(self.ko.north_place(h)) for h in (given[:cut], given[cut:]))
            south = "-".join(cap(self.ko.south_place(h)) for h in (given[:cut], given[cut:]))
        else:
            north = cap(self.ko.north_place(given))
            south = cap(self.ko.south_place(given))
        first, second = (north, south) if style == "ko_north" else (south, north)
        forms = [pattern.format(first), pattern.format(second)]
        if pattern in _NORTH_TRANSLATED:
            # a temple, a palace or a pavilion: the North's press translates the word, the South romanizes it
            # with the name, to which English may add the word too (Bulguksa Temple)
            one_word = cap(self.ko.south_place(given + _NORTH_TRANSLATED[pattern]))
            forms = [pattern.format(north), one_word] if style == "ko_north" else \
                [one_word, pattern.format(one_word), pattern.format(north)]
        if pattern == "{}-dong":  # a neighbourhood is also written as one word (Myeong-dong, Myeongdong)
            forms += [f"{first}dong", f"{second}dong"]
        if north.startswith("J"):
            # the older McCune-Reischauer spelling, which many English texts keep (Chagang for Jagang)
            forms.append(pattern.format("Ch" + north[1:]))
        source, confidence = "rule", 0.7 if origin in ("ko_north", "ko_south") else 0.6
        if pattern not in _NATURAL_FEATURES and \
                any(latin_key(t.english) == latin_key(first) for t in towns if t.country == town_side):
            # GeoNames spells the town of that side so (Pyeongtaek): the rules' spelling is the dictionary's
            # (a town's, not a river's or a mountain's of the same sound: 松花江 is China's Songhua, not
            # the North's Songhwa County)
            source, confidence = "dictionary", 0.9
        plain = [f.replace("'", "").replace("-", "").translate(_MACRONS) for f in dict_forms]
        if plain and north_votes and not south_votes and origin != "ko_south" and (
                pattern == "{}" or plain[0].endswith(pattern.replace("{}", ""))):
            # JMnedict names a North Korean place: its first spelling is the one in use (Pyongyang), with its
            # generic word in English where the kanji have one (鴨緑江: Yalu River)
            best = plain[0]
            if _SOUTH_VOWELS.search(best.lower()):
                # but spelled as the South romanizes (雲田: Unjeon): the North's own spelling of it (Unjon)
                best = pattern.format(north)
            forms = list(dict.fromkeys([best, plain[0], north, south]))
            return Transliteration(name, best, "ko_north", 0.9, "dictionary", forms[:n])
        # a spelling the dictionary has is attested: it wins, and its style tells North from South. A
        # place JMnedict does not locate counts only when its spelling is one of this name's two forms
        # (延坪島: Yeonpyeong Island), since the same kanji may name a place in Japan
        unlocated = [f.replace("'", "").replace("-", "").translate(_MACRONS) for f in other_forms]
        # 鬱陵島: Ulleungdo Island is the island Ulleung Island, its name with the 도 of 島 kept
        plain, unlocated = ([_ISLAND_DO.sub(" Island", f) for f in forms_] for forms_ in (plain, unlocated))
        attested = {f.lower(): f in plain for f in plain + unlocated}  # spelling → from a Korean place
        first_known = [attested[k] for k in (first.lower(), pattern.format(first).lower()) if k in attested]
        second_known = [attested[k] for k in (second.lower(), pattern.format(second).lower()) if k in attested]
        generic = set(pattern.replace("{}", "").split()) | {"Island", "Mount", "Province", "County"}

        def bare(form: str) -> str:  # the name without its generic words (Kunashir, not Kunashir Island)
            return " ".join(w for w in form.split() if w not in generic)

        english_named = [(f, note) for f, note in named
                         if not (_close(bare(f), first) or _close(bare(f), second))]
        generic_words = set(pattern.replace("{}", "").split())
        spelled_named = [f for f, _ in named if generic_words and generic_words <= set(f.split())
                         and (_close(bare(f), first) or _close(bare(f), second))]
        if spelled_named and not (first_known or second_known):
            # the dictionary spells this very name, with its generic word, a little otherwise (豆満江: Tumen
            # River, where the hanja read Tuman): its spelling is the one in use
            english = spelled_named[0]
            return Transliteration(name, english, style, 0.85, "dictionary",
                                   list(dict.fromkeys([english, *forms]))[:n])
        if english_named and not (first_known or second_known):
            # the dictionary names a place outside Korea in English (沿海地方 Primorsky Krai, a Russian
            # territory; 国後島 Kunashir Island): its name, not a Korean reading of the kanji
            english, note = english_named[0]
            place_origin = "ru" if "russia" in note.lower() else "unknown"
            return Transliteration(name, english, place_origin, 0.85, "dictionary",
                                   list(dict.fromkeys(f for f, _ in english_named))[:n])
        if origin == "auto" and not (north_votes or south_votes or first_known or second_known) and \
                not (reading and r.distance <= 0.2):  # (read in Korean: 襄陽（ヤンヤン）, Yangyang, not Xiangyang)
            chinese = self._chinese_city(han)
            if chinese is not None:  # 延吉: Yanji, a city of China GeoNames knows by these characters
                return Transliteration(name, chinese, "zh", 0.85, "dictionary", [chinese])
        if first_known:
            source, confidence = "dictionary", 0.92 if any(first_known) else 0.85
        elif second_known and origin not in ("ko_north", "ko_south") and not (south_noted or town_side) and (
                north_votes or south_votes or not all(second_known)):
            # the dictionary spells it the other side's way: it is on that side. Not where its side is known
            # for sure, whose older spelling that is (JMnedict's Taejon for 大田, South Korea: now Daejeon)
            forms = [pattern.format(second), pattern.format(first)]
            source, confidence = "dictionary", 0.88 if any(second_known) else 0.85
            style = "ko_south" if style == "ko_north" else "ko_north"
        elif origin == "auto" and japanese and not (north_votes or south_votes) and \
                not self._korean_signs(han, stem, r.given, (first, second)):
            # nothing says Korea, and JMnedict knows a place of this name spelled as its Japanese reading:
            # a place of Japan (唐津 Karatsu, 大分 Oita), not a Korean reading of its kanji (Tangjin, Taebun)
            forms = sorted(japanese, key=lambda form: -self._japanese_city_population(form, japanese[form]))
            if han.endswith("区"):  # a city's ward, as English names one (左京区 Sakyouku: Sakyo Ward)
                forms = [f"{form[:-2]} Ward" if form.endswith("ku") and len(form) > 3 else form for form in forms]
            return Transliteration(name, forms[0], "ja", 0.75, "dictionary", forms[:n])
        if pattern == "Mount {}":
            forms += [f"{first}san", f"{first} Mountain"]
        if pattern.endswith("Province"):
            forms += [pattern.replace(" Province", "").format(first)]
        out = []
        for f in forms:
            if f not in out:
                out.append(f)
        if pattern == "{} Island" and out[0].endswith(" Island"):
            one_word = out[0].removesuffix(" Island") + "do"
            # the island as Korea names it, its 도 kept (Yeonpyeongdo), after the forms in English; first, where
            # its name is one syllable, which English does not write alone (牛島: Udo, 松島: Songdo)
            out.insert(0 if len(stem) == 1 and source != "dictionary" else 2, one_word)
            out = list(dict.fromkeys(out))
        return Transliteration(name, out[0], style, confidence, source, out[:n])

    def _korean_city(self, result: Transliteration) -> bool:
        """Whether GeoNames knows a Korean city of KOREAN_CITY people or more spelled as `result` is."""
        return any(t.population >= KOREAN_CITY for t in self.places.korean(result.english or ""))

    def _korean_towns(self, hangul: str) -> list:
        """The Korean towns GeoNames names so in hangul, alone or with the 시, 군 or 읍 of its administrative
        name (청진시)."""
        return [t for form in (hangul, *(hangul + unit for unit in _KO_TOWN_UNITS))
                for t in self.places.han(form) if t.country in KOREAN]

    def _japanese_city_population(self, romanized: str, katakana: str) -> int:
        """The people of the largest city of Japan GeoNames names `romanized` and `katakana` (富山 is read
        Tomiyama as a small place's name, but Toyama is the city's), or 0."""
        return max((p.population for p in self.places.katakana(katakana)
                    if p.country == "JP" and latin_key(p.english) == latin_key(romanized)), default=0)

    def _known_korean_town(self, hangul: str) -> bool:
        """Whether GeoNames knows a Korean town of this hangul name, or, for a town it keeps no hangul for, of its
        romanization on the side that spells it so (김책: Kimchaek in the North)."""
        return bool(self._korean_towns(hangul)) or any(
            t.country == "KP" for t in self.places.korean(self.ko.north_place(hangul))) or any(
            t.country == "KR" for t in self.places.korean(self.ko.south_place(hangul)))

    def _towns_by_han(self, han: str, countries: frozenset[str], population: int = KOREAN_CITY) -> list:
        """GeoNames towns of `population` people or more in `countries` written `han` (or `han` + 市)."""
        return [t for form in (han, han + "市") for t in self.places.han(form)
                if t.country in countries and t.population >= population]

    def _chinese_city(self, han: str, population: int = KOREAN_CITY) -> str | None:
        """The English of a Chinese city of `population` people or more written so, when no large Korean one is
        (光州 is Gwangju)."""
        if self._towns_by_han(han, frozenset({"KR", "KP"})):
            return None
        chinese = self._towns_by_han(han, CHINESE, population)
        return chinese[0].english if chinese else None

    def _korean_signs(self, han: str, stem: str, hangul: str, korean_forms: tuple[str, str]) -> bool:
        """Whether the dictionaries tie a place in kanji to Korea after all: JMdict spells it the Korean way
        (板門店 Panmunjon), JMnedict's kana read it in Korean (寧辺 にょんびょん), or GeoNames knows a Korean city
        of KOREAN_CITY people or more by these characters (春川 Chuncheon, not the Japanese Harukawa). A province
        of South or North (平安北道: Japan's one 道 is 北海道) is Korea's whatever JMnedict reads it."""
        if han.endswith(("南道", "北道")) and han != "北海道":
            return True
        if any(_close(f, form) for f in jmdict_english(self.jmnedict, han) for form in korean_forms):
            return True
        if any(hit.kana and reading_distance(hangul, hit.kana) <= 0.2 for hit in self.jmnedict.kanji(stem)):
            return True
        return bool(self._towns_by_han(han, frozenset({"KR", "KP"})))

    def _korean_place_from_kana(self, name: str, text: str, origin: str, n: int) -> Transliteration | None:
        """A Korean place written in katakana alone, shaped like one: a stem of two or three Korean syllables
        with something Japanese words lack (a closed syllable or a glide: ペク, チャ, ガン), then the way
        Japanese media write a place suffix (ペクトゥ|サン → Mount Paektu, チャガン|ド → Chagang Province,
        ファンヘ|ナムド → South Hwanghae Province). None for anything else: Russian places have long vowels,
        ヴ or more syllables, and words a dictionary knows are the dictionary's to name."""
        if not is_katakana(text) or re.search(r"[ー・･=＝ヴッ]", text):
            return None
        for kana_suffix, suffix_hangul, pattern in _KO_PLACE_SUFFIX_KANA:
            if text.endswith(kana_suffix):
                return self._korean_sounding_place(name, text, text[: -len(kana_suffix)], suffix_hangul, pattern,
                                                   origin, n)
        return None

    def _korean_unit_place(self, name: str, text: str, origin: str, n: int) -> Transliteration | None:
        """A Korean place's reading in katakana, then its unit in kanji (チョンジン市 → Chongjin, the dictionary's
        清津; ヨンビョン郡 → Yongbyong County, Yongbyon County among the alternatives): the stem shaped like a Korean
        place's, as `_korean_place_from_kana` tells. A city (市) only where the text is about Korea: Russian towns
        end in 市 as often."""
        units = _KO_KANA_STEM_UNITS + (("市",) if origin in ("ko_north", "ko_south", "ko_auto") else ())
        unit = next((u for u in units if text.endswith(u) and is_katakana(text[: -len(u)])), None)
        if unit is None or re.search(r"[ー・･=＝ヴッ]", text):
            return None
        place = self._korean_place_for_reading(text[: -len(unit)])
        if place is not None:
            # the dictionary has a Korean place read so (チョンジン is 清津): read its hanja with the unit
            res = self._korean_han(name, place + unit, None, origin, n, "place")
            if res.english:
                return res
        suffix_hangul, pattern = next((h, p) for k, h, p in KO_PLACE_SUFFIXES if k == unit)
        return self._korean_sounding_place(name, text[: -len(unit)], text[: -len(unit)], suffix_hangul, pattern,
                                           origin, n)

    def _korean_sounding_place(self, name: str, text: str, stem: str, suffix_hangul: str, pattern: str, origin: str,
                               n: int) -> Transliteration | None:
        """The Korean place `stem` names with its suffix, when the stem is two or three Korean syllables with
        something Japanese words lack (a closed syllable or a glide) and no dictionary knows `text`."""
        if not 2 <= len(chunks := self.ko.kana_chunks(stem)) <= 3:
            return None
        if jmdict_english(self.jmnedict, text) or self.jmnedict.katakana(text) or self.places.katakana(text) \
                or self.wikidata.lookup(text) or self.ru.by_kana.get(variant_key(text)) is not None:
            return None  # a word the dictionaries know (フィンランド, ナポリ, アルビンド) is theirs to name
        if not all(self.ko.sounds_korean(c) for c in chunks) or not any(
                len(c) > 1 and c[-1] in "ンムルクプャュョァィゥェォ" for c in chunks):
            return None
        r = self.ko.read_kana(stem, person=False)
        if r is None:
            return None
        island = suffix_hangul == "도" and pattern == "{} Province" and r.given not in _KO_PROVINCE_STEMS
        if island:
            # 도 after a stem no province has is an island (ヨンピョンド 연평도), most of those in the news the
            # South's (Yeonpyeong, Baengnyeong, Ulleung)
            pattern = "{} Island"
        north, south = cap(self.ko.north_place(r.given)), cap(self.ko.south_place(r.given))
        style = "ko_south" if origin == "ko_south" or (island and origin != "ko_north") else "ko_north"
        first, second = (south, north) if style == "ko_south" else (north, south)
        others = [p for _, h, p in KO_PLACE_SUFFIXES if h == suffix_hangul and p != pattern]
        # (ン ends a syllable in ㄴ or ㅇ alike: ヨンビョン is 영변, Yongbyon, as well as the commoner 영병)
        nasal_twins = [cap((self.ko.south_place if style == "ko_south" else self.ko.north_place)(twin))
                       for twin in _nasal_twins(r.given)]
        forms = list(dict.fromkeys([pattern.format(first), pattern.format(second),
                                    *(pattern.format(twin) for twin in nasal_twins),
                                    *(p.format(first) for p in others)]))
        # a guess from the sound alone: below the rules' usual confidence
        return Transliteration(name, forms[0], style, 0.5, "rule", forms[:n])

    def _reading_without(self, reading: str | None, suffix_hangul: str) -> str | None:
        """A place's katakana reading without the syllables of its suffix (クムガンサン → クムガン for 金剛|山),
        so that the reading is compared with the stem's hanja alone; unchanged when it does not end so."""
        if not reading:
            return reading
        chunks = self.ko.kana_chunks(re.sub(r"[・･=＝\s]", "", reading))
        tail = chunks[-len(suffix_hangul):]
        if len(chunks) > len(suffix_hangul) and all(
                kana_skeleton(c) == hangul_skeleton(h) for c, h in zip(tail, suffix_hangul)):
            return "".join(chunks[: -len(suffix_hangul)])
        return reading

    def _korean_place_hangul(self, name: str, hangul: str, origin: str, n: int) -> Transliteration:
        north = cap(self.ko.north_place(hangul))
        south = cap(self.ko.south_place(hangul))
        style = "ko_south" if origin == "ko_south" else "ko_north"
        forms = [north, south] if style == "ko_north" else [south, north]
        return Transliteration(name, forms[0], style, 0.6, "rule", forms[:n])

    # ---------------------------------------------------------------------------------------------
    def apply(self, entries: Iterable[Entry]) -> None:
        """For each entry not locked: set en, en_alternatives, confidence, provenance; refine an unknown origin.

        A gloss from the text wins; then dictionaries and rules for names (persons, places, and any
        entry of Russian or Korean origin); other entries get a dictionary English or stay None, a compound
        then with an English composed from its parts among its en_candidates (see _suggest_compounds).
        """
        entries = list(entries)
        unrendered = []
        # (the files that name a pole, where a base is a research station: see _polar_station)
        polar_files = frozenset(s.file for entry in entries if _POLAR.search(entry.ja) for s in entry.sources)
        for entry in entries:
            if entry.status == "locked":
                continue
            result = _polar_station(entry, self.for_entry(entry), polar_files)
            if result is None:
                unrendered.append(entry)
                continue
            entry.en = result.english
            entry.en_alternatives, entry.en_candidates = self._accepted_and_candidates(entry, result)
            entry.confidence = float(result.confidence)
            entry.provenance = result.source
            if entry.origin in ("unknown", "ko") and result.origin in ("ru", "zh", "ko_north", "ko_south"):
                # (a 'ko' entry read as Russian or Chinese had a reading that is not Korean: 樺太（サハリン）)
                entry.origin = result.origin
        self._suggest_compounds(unrendered, entries)

    def _suggest_compounds(self, unrendered: list[Entry], entries: list[Entry]) -> None:
        """English suggestions (en_candidates, for review) for compound terms, events, organisations and media
        nothing else renders, composed from their parts (露朝関係 → Russia–North Korea relations) with the
        English this glossary gives the names in them (エリツィン政権 → Yeltsin administration)."""
        names: dict[str, str] = {}
        for entry in entries:
            if entry.en and entry.type in ("person", "place", "org"):
                # a person inside a compound is named by the family name (プーチン政権: Putin administration)
                english = entry.en.split()[-1] if entry.type == "person" else entry.en
                for form in [entry.ja, *entry.variants]:
                    names.setdefault(variant_key(form), english)
        composer = TermComposer(lambda word: jmdict_english(self.jmnedict, word),
                                lambda word: names.get(variant_key(word)))
        for entry in unrendered:
            if entry.type in ("term", "event", "org", "media") and not entry.en and not entry.en_candidates:
                # (a dictionary's English name for the whole, シベリア鉄道 Trans-Siberian Railway, before a composition)
                suggestion = next(iter(self._english_name_of_whole(entry.ja)), None) or composer.suggest(entry.ja)
                if suggestion:
                    entry.en_candidates = [suggestion]

    def _accepted_and_candidates(self, entry: Entry, result: Transliteration) -> tuple[list[str], list[str]]:
        """Split a result's alternatives into accepted English forms and suggestions for review.

        Accepted: what the text itself gives (glosses, a Latin form of the name) and spellings of the
        chosen English that differ only in hyphens, spaces or case (Kim Jong-un for Kim Jong Un), and a
        person's family name alone (Lavrov for Sergei Lavrov). Everything else a rule or model ranked
        is a candidate: offering "Lavlov" to a CAT tool as a synonym of Lavrov, or accepting it in a
        draft check, would spread a misspelling.
        """
        from_text = set(entry.glosses) | {f for f in entry.foreign if _LATIN.match(f)}
        gloss = self._from_glosses(entry) or self._own_latin(entry)
        if gloss is not None:
            from_text |= set(gloss.alternatives)
        shape = _letters(result.english or "")
        # a person's family name alone is how the press refers to them after the first mention
        family = _letters((result.english or "").split()[-1]) if entry.type == "person" and result.english else None
        accepted, candidates = [], []
        for alternative in result.alternatives:
            if not alternative or alternative == result.english:
                continue
            if alternative in from_text or _letters(alternative) in (shape, family):
                accepted.append(alternative)
            else:
                candidates.append(alternative)
        return accepted, candidates

    def for_entry(self, entry: Entry, n: int = 5) -> Transliteration | None:
        """The English for one extracted entry (None when there is nothing to say)."""
        return _polar_station(entry, self._for_entry(entry, n), frozenset())

    def _for_entry(self, entry: Entry, n: int) -> Transliteration | None:
        gloss = self._from_glosses(entry)
        if gloss is None:
            gloss = self._own_latin(entry)
        vessel = _VESSEL.fullmatch(entry.ja) if entry.type in ("other", "weapon") else None
        if gloss is None and vessel:
            # a ship's name with 号 (プエブロ号): the English of the name alone (Pueblo), a word's capitalized
            named = self.for_entry(dataclasses.replace(entry, ja=vessel.group(1), variants=[vessel.group(1)]), n)
            if named is None or not named.english or not named.english[:1].islower():
                return named
            return dataclasses.replace(named, english=named.english.title(),
                                       alternatives=[a.title() for a in named.alternatives])
        # only names are transliterated; an organisation, event or term (朝鮮中央通信, 露朝首脳会談, ロシア側)
        # gets a gloss, a dictionary English, or a name + generic head composed (モスクワ大学), else None
        name_like = entry.type in ("person", "place") or (
            entry.type == "other" and entry.origin in ("ru", "ko_north", "ko_south", "ko")
            and any(is_katakana(v) or HANGUL.match(v) or cyrillic.is_cyrillic(v) for v in entry.variants))
        translit = self._name_result(entry, n) if name_like else None
        if translit is None and gloss is None and entry.type == "org":
            translit = self._proper_headword(entry, n)
        if translit is None and gloss is None and entry.type == "org":
            translit = self._mission_in_city(entry, n)
        if translit is None and gloss is None and entry.type in ("org", "place"):
            translit = self._state_body(entry, n)  # (a place: an empire, ロシア帝国)
        if translit is None and gloss is None and entry.type == "event":
            translit = self._flight(entry, n)
        if translit is None and gloss is None and entry.type == "org":
            translit = _numbered_unit(entry, n)
        if translit is None and gloss is None and entry.type in ("weapon", "other"):
            translit = _aircraft_model(entry)
        if translit is None and gloss is None and not name_like:
            translit = self._compound_entry(entry, n)
        if gloss is not None:
            alternatives = gloss.alternatives + [a for a in (translit.alternatives if translit else [])
                                                 if a not in gloss.alternatives]
            origin = translit.origin if translit else gloss.origin
            return Transliteration(entry.ja, gloss.english, origin, gloss.confidence, "gloss", alternatives[:n])
        if translit is not None and translit.english:
            if translit.confidence < _SURE_NAME:  # (ロッテホテル: Lotte Hotel, not Rottekhoteru)
                return self._loanword_compound(entry) or translit
            return translit
        composed = self._loanword_compound(entry) or self._place_and_loanwords(entry)
        if composed is not None:  # (ロッテグループ: Lotte Group, though ロッテ is Lotte)
            return composed
        known = self._term_dictionary(entry)
        pair = country_pair(unicodedata.normalize("NFKC", entry.ja)) if entry.type == "other" else None
        if (known is None or not known.english) and pair:  # countries by their letters (露朝: Russia–North Korea)
            return Transliteration(entry.ja, pair, entry.origin, 0.85, "rule", [pair])
        return known

    def _loanword_compound(self, entry: Entry) -> Transliteration | None:
        """A katakana name of known names and loanwords, composed (ロッテホテル → Lotte Hotel), unless the
        entry is a person or the dictionaries know its spelling as a whole; None else."""
        if entry.type == "person":
            return None
        known = self._term_dictionary(dataclasses.replace(entry, variants=[entry.ja]))
        if known is not None and known.english:
            return None
        english = loanword.compose(unicodedata.normalize("NFKC", entry.ja), self._known_proper,
                                   lambda word: jmdict_english(self.jmnedict, word))
        if english is None:
            return None
        # composed, not looked up: below the 0.9 that means "right 95 % of the time"
        return Transliteration(entry.ja, english, entry.origin, 0.8, "rule", [english])

    def _place_and_loanwords(self, entry: Entry) -> Transliteration | None:
        """A venue named by its town in kanji and loanwords (江陵カーリングセンター → Gangneung Curling Center),
        where the town's English is known; else None."""
        venue = _PLACE_THEN_LOANWORDS.fullmatch(unicodedata.normalize("NFKC", entry.ja))
        if venue is None or entry.type == "person":
            return None
        town = self.for_entry(Entry(ja=venue.group(1), variants=[venue.group(1)], type="place", origin=entry.origin))
        if town is None or not town.english or town.source == "model" or town.confidence < _KNOWN_NAME:
            return None
        words = loanword.compose(venue.group(2), lambda word: None, lambda word: jmdict_english(self.jmnedict, word),
                                 named_before=True)
        if words is None:
            return None
        english = f"{town.english} {words}"
        return Transliteration(entry.ja, english, entry.origin or town.origin, 0.7, "rule", [english])

    def _known_proper(self, word: str) -> str | None:
        """The English of a proper noun the dictionaries know, not a country's (see loanword.compose): a firm's
        before a town's (サムスン: Samsung, not Samsun in Turkey)."""
        if country_english(word) is not None:
            return None
        firms = self._firm(word)
        if firms:
            return firms[0]
        known = self.transliterate(word)
        return known.english if known.source == "dictionary" and known.confidence >= _KNOWN_NAME else None

    def _flight(self, entry: Entry, n: int) -> Transliteration | None:
        """An airline's numbered flight as news names it (大韓航空007便 → Korean Air Flight 007), when the
        airline's English is known; else None."""
        flight = _FLIGHT.fullmatch(unicodedata.normalize("NFKC", entry.ja))
        if flight is None:
            return None
        airline = self.for_entry(Entry(ja=flight.group(1), variants=[flight.group(1)], type="org"), n)
        if airline is None or not airline.english:
            return None
        forms = [f"{a} Flight {flight.group(2)}" for a in dict.fromkeys([airline.english, *airline.alternatives])]
        return Transliteration(entry.ja, forms[0], entry.origin, min(airline.confidence, 0.85), airline.source,
                               forms[:n])

    def _proper_headword(self, entry: Entry, n: int) -> Transliteration | None:
        """The English JMdict gives a body's own kanji name as a proper name (青瓦台 → Blue House), when the name
        is no body every country has (国会): it beats the generic office another of its spellings names
        (大統領府)."""
        text = unicodedata.normalize("NFKC", entry.ja)
        if not HAN.fullmatch(text) or any(text.endswith(body) for body, _ in state_bodies()):
            return None
        names = [g[4:] if g.startswith("the ") else g for g in jmdict_english(self.jmnedict, text)]
        names = [g for g in names if g[:1].isupper()]
        return Transliteration(entry.ja, names[0], entry.origin, 0.85, "dictionary", names[:n]) if names else None

    def _mission_in_city(self, entry: Entry, n: int) -> Transliteration | None:
        """A country's mission in a city, named in that order after 在 (在釜山ロシア総領事館): as English names it,
        the country's adjective, the mission, then the city (Russian Consulate General in Busan). None else."""
        mission = _MISSION_IN_CITY.fullmatch(unicodedata.normalize("NFKC", entry.ja))
        if mission is None:
            return None
        city_and_country, body = mission.groups()
        for cut in range(2, len(city_and_country) - 1):
            city, country = city_and_country[:cut], city_and_country[cut:]
            adjective, noun = country_adjective(country), country_english(country)
            if adjective is None:
                continue
            place = self.transliterate(city, type="place", n=1)
            if not place.english or place.confidence < 0.6:
                return None
            english = state_bodies()[(body, "+")][0]
            forms = [f"{adjective} {english} in {place.english}",
                     *([f"{english} of {noun} in {place.english}"] if noun else [])]
            return Transliteration(entry.ja, forms[0], entry.origin, round(min(place.confidence, 0.85), 3), "rule",
                                   forms[:n])
        return None

    @staticmethod
    def _state_body(entry: Entry, n: int) -> Transliteration | None:
        """A body of the state every country names alike (国会, 外務省), in the English of its country: the
        country written before it (ロシア外務省, 米国防総省), else the entry's origin. None when neither says."""
        bodies = state_bodies()
        for form in dict.fromkeys([entry.ja, *entry.variants]):
            body = max((b for b, _ in bodies if form.endswith(b)), key=len, default=None)
            if body is None:
                continue
            prefix = form[: -len(body)].removesuffix("連邦")  # (ロシア連邦外務省)
            # before the body, a country and nothing else (韓国国会, 米国防総省), or nothing
            origin = origin_words().get(prefix) if prefix else entry.origin
            adjective = country_adjective(prefix) if prefix else None
            row = bodies.get((body, origin or ""))
            if row is not None and adjective and adjective not in _BODIES_COUNTRY.get(origin, (adjective,)):
                row = None  # another country of the origin's (ウクライナ軍, ソ連軍: not Russia's forces)
            if row is None and not prefix:  # a body only one country has (自衛隊: Japan's)
                row = bodies.get((body, "*"))
            if row is None and adjective and (body, "+") in bodies:
                # a body every country has, named by whose it is (ロシア大使館 → Russian Embassy, ロシア帝国 →
                # Russian Empire)
                english, alternatives = bodies[(body, "+")]
                forms = [f"{adjective} {english}", *(f"{adjective} {a}" for a in alternatives)]
                return Transliteration(entry.ja, forms[0], origin or entry.origin, 0.85, "dictionary", forms[:n])
            if row is not None:
                english, alternatives = row
                forms = [english, *alternatives]
                if adjective and english.startswith(("Ministry ", "Department ")):
                    # a ministry's own name does not say whose it is: the country written before it does, as
                    # newsrooms say it (ロシア国防省 → Russian Defence Ministry, not a bare Ministry of Defence)
                    short = next((a for a in alternatives if a.endswith(("Ministry", "Department"))), english)
                    forms = [f"{adjective} {short}", f"{adjective} {english}", *forms]
                return Transliteration(entry.ja, forms[0], origin, 0.85, "dictionary", forms[:n])
        return None

    def _compound_entry(self, entry: Entry, n: int) -> Transliteration | None:
        """A non-name entry that is a place name + generic head (ボストーチヌイ宇宙基地, モスクワ大学)."""
        origin = entry.origin if entry.origin in ("ru", "ko_north", "ko_south", "ko") else "auto"
        if origin == "ko":
            origin = "ko_auto"
        for form in [entry.ja] + [v for v in entry.variants if v != entry.ja]:
            text = unicodedata.normalize("NFKC", form).strip()
            result = self._compound(entry.ja, text, origin, n)
            if result is not None and result.english:
                return result
        firms = self._firm(entry.ja) if entry.type in ("org", "other") and is_katakana(entry.ja) else []
        if firms:  # a name the text does not type as a place is the firm's
            return Transliteration(entry.ja, firms[0], entry.origin, 0.8, "dictionary", firms[:n])
        for form in [entry.ja] + [v for v in entry.variants if v != entry.ja]:
            # a katakana word the dictionaries know as a place (ソチ → Sochi): evidence, not rules
            if is_katakana(form) and jmdict_english(self.jmnedict, form) == []:
                known = self._place_dictionary(form)
                if known is not None:
                    return Transliteration(entry.ja, known[0][0], entry.origin, known[1], "dictionary", known[0][:n])
        return None

    def _firm(self, word: str) -> list[str]:
        """The English names of a firm JMnedict knows by this katakana, when it knows the spelling as firms and
        towns and as nothing else (サムスン: Samsung, and Samsun in Turkey; not フォード, a surname too)."""
        hits = self.jmnedict.katakana(word)
        if not all(hit.types <= {"company", "organization", "place"} for hit in hits):
            return []
        return [latin for hit in hits if hit.types & {"company", "organization"} for latin in hit.latin]

    def _name_result(self, entry: Entry, n: int) -> Transliteration | None:
        origin = entry.origin if entry.origin in ("ru", "ko_north", "ko_south") else (
            "ko" if entry.origin == "ko" else "auto")
        if origin == "ko":
            origin = _affiliation(entry) or origin
        if entry.origin in ("zh", "ja") and entry.type == "person":
            # a Chinese name in pinyin, a Japanese one from UniDic's readings
            for form in [entry.ja, *entry.variants]:
                if not is_katakana(form) and len(form) >= 2:
                    r = self.transliterate(form, origin=entry.origin, n=n)
                    if r.english:
                        return Transliteration(entry.ja, r.english, r.origin, r.confidence, r.source, r.alternatives)
            return None
        if entry.origin == "zh" and entry.type == "place":
            return next((r for r in (self._chinese_place(entry.ja, form, n) for form in [entry.ja, *entry.variants]
                                     if HAN.match(form)) if r is not None), None)
        if entry.origin in ("zh", "ja", "en", "other") and not any(is_katakana(v) for v in entry.variants):
            # a country in kanji is named as the English news names it (米国: United States, not JMdict's America)
            country = next((form for form in [entry.ja, *entry.variants] if len(form) > 1 and country_english(
                unicodedata.normalize("NFKC", form))), None) if entry.type == "place" else None
            return self.transliterate(country, type="place", n=n) if country else None
        forms = [entry.ja] + [v for v in entry.variants if v != entry.ja] + list(entry.foreign)
        if entry.type == "person" and len(forms) > 1:
            # (a given name and patronymic, ロマン・ウラジーミロビチ, is how Russians address the person: no full name)
            forms = [f for f in forms if not is_patronymic(re.split(r"[・･]", f)[-1])] or forms
        reading = entry.readings[0] if entry.readings else None
        if reading and HAN.match(reading[-1]):
            reading = reading[:-1]  # a town's reading with its unit (巨済市（コジェ市）): the name's own sound
        best = best_form = None
        results: list[tuple[str, Transliteration]] = []
        # (a Koryo-saram's family name in kanji before a Russian given name counts: 金ワレリー（キム・ワレリー）)
        has_kanji = any((HAN.match(f) and len(f) >= 2) or (HAN.match(f[:1]) and is_katakana(f[1:])) for f in forms)
        name_type = entry.type if entry.type in ("person", "place") else None
        if entry.type == "person" and reading and not SEPARATORS.search(reading) and _TEMPLE_NAME.fullmatch(entry.ja):
            # a Korean king's temple name, read as one word (高宗（コジョン）): no family name in it, and written
            # in the South's romanization, as English writes the kings of Korea (Gojong, Sejong)
            name_type, origin = None, "ko_south"
        for form in forms:
            if len(form) < 2 and not HAN.match(form or ""):
                continue
            if HAN.match(form) and len(form) == 1:
                continue  # 金 or 露 alone says too little
            if form in entry.readings and has_kanji:
                continue  # a reading is read with its kanji (江東（カンドン）: Kangdong, not the katakana's Candon)
            if HAN.match(form) and _KATAKANA_WITH_HEAD.match(entry.ja):
                continue  # the other name in kanji of a place named in katakana (ラズドリナヤ川（綏芬河）) is no hanja

            result = self.transliterate(form, origin=origin, reading=reading if HAN.match(form) else None, n=n,
                                        type=name_type)
            if result.english:
                results.append((form, result))
            if result.english and (best is None or result.confidence > best.confidence):
                best, best_form = result, form
        regnal = next(((form, r) for form, r in results if REGNAL.match(form) and r.confidence >= 0.6), None)
        if name_type == "person" and regnal is not None:
            # a prince named by the monarch he became (ニコライ|ニコライ2世): English names him so (Nicholas II)
            best_form, best = regnal
        elif name_type == "person" and best is not None:
            best = _full_name(best_form, best, results)
        elif entry.type == "place" and best is not None:
            # a place's fuller spelling says more than the short one it ends in (ロシア極東: Russian Far East,
            # not 極東's Far East), and the entry's own spelling more than a shorter one of its group (ウズベキスタン:
            # Uzbekistan, not ウズベク's adjective Uzbek)
            # (not an address, the place after the town it lies in: 仁川市|松島 is Songdo, in Incheon)
            fuller = [(form, r) for form, r in results if len(form) > len(best_form) and (
                (form.endswith(best_form) and r.confidence >= 0.6
                 and form[-len(best_form) - 1] not in _ADDRESS_UNITS) or (form == entry.ja and r.confidence >= 0.8))]
            if fuller:
                best_form, best = max(fuller, key=lambda fr: (len(fr[0]), fr[1].confidence))
            # but a port is the town it is named by (ナホトカ港 beside ナホトカ: Nakhodka, its port an alternative)
            town = next(((form, r) for form, r in results if form + "港" == best_form and r.confidence >= 0.6), None)
            if town is not None:
                best_form, best = town[0], dataclasses.replace(town[1], alternatives=list(dict.fromkeys(
                    [*town[1].alternatives, best.english]))[:n])
        if best is None and reading:
            best = self.transliterate(reading, origin=origin if origin != "auto" else "ko", n=n,
                                      type=entry.type if entry.type in ("person", "place") else None)
        if best is not None:
            best = Transliteration(entry.ja, best.english, best.origin, best.confidence, best.source,
                                   best.alternatives)
        return best

    @staticmethod
    def _own_latin(entry: Entry) -> Transliteration | None:
        """An entry written in Latin letters in the text (a photo credit 'Alexei Nikolsky'): that is its English."""
        own = unicodedata.normalize("NFKC", entry.ja or "").strip()
        if _DESIGNATION.match(own):
            # a designation (KN-23, Tu95, Su-35): English writes a hyphen between its letters and number
            english = _DESIGNATION.sub(r"\1-\2", own)
            return Transliteration(entry.ja, english, entry.origin, 0.9, "gloss", list(dict.fromkeys([english, own])))
        # (one letter is a name only where the text gives the name's other spelling: X（旧ツイッター）)
        if not _LATIN.match(own) or not (re.search(r"[A-Za-z]{2}", own) or len(entry.variants) > 1):
            return None
        return Transliteration(entry.ja, own, entry.origin, 0.9, "gloss", [own])

    @staticmethod
    def _from_glosses(entry: Entry) -> Transliteration | None:
        """The text's own English: 'Mikhail Fradkov', 'NATO', 'Conflict Armament Research: CAR' (full name first)."""
        names, abbrevs = [], []
        for g in entry.glosses:
            g = unicodedata.normalize("NFKC", g).strip()
            if not g or not re.search(r"[A-Za-z]", g):
                continue
            if ":" in g:
                full, _, abbr = g.partition(":")
                full, abbr = full.strip(), abbr.strip()
                if full:
                    names.append(full)
                if abbr:
                    abbrevs.append(abbr)
            elif re.fullmatch(r"[A-Z0-9][A-Z0-9&\-./]{1,11}", g):
                abbrevs.append(g)
            else:
                names.append(g)
        ordered = names + abbrevs
        if not ordered:
            return None
        seen: list[str] = []
        for g in ordered:
            if g not in seen:
                seen.append(g)
        return Transliteration(entry.ja, seen[0], entry.origin, 0.95, "gloss", seen)

    def _term_dictionary(self, entry: Entry) -> Transliteration | None:
        """A dictionary English for a non-name entry: a JMdict headword's short gloss, or the English name
        JMnedict gives an organisation, company or publication (タス通信 → TASS News Agency)."""
        agency = wire_services().get(entry.ja) if entry.type == "media" else None
        if agency is not None:  # a news agency of a dateline (共同: Kyodo News)
            return Transliteration(entry.ja, agency, entry.origin, 0.9, "dictionary", [agency])
        english = jmdict_english(self.jmnedict, entry.ja, entry.origin)
        if not english and entry.type in ("org", "event", "media"):  # a body named short, then in full (W杯,
            # ワールドカップ): the dictionary may know another of its spellings
            english = next(filter(None, (jmdict_english(self.jmnedict, form, entry.origin)
                                         for form in entry.variants if form != entry.ja)), [])
        if entry.type != "term":  # a termbase names a thing without its article (湾岸戦争: Gulf War, not 'the Gulf
            # War'); a translator's sentence supplies it
            english = [g[4:] if g.startswith("the ") and g[4:5].isupper() else g for g in english]
        if entry.type == "event":  # a named event is capitalized throughout (ベトナム戦争: Vietnam War, where
            # JMdict has 'Vietnam war'); one whose gloss begins in lower case is a common noun ('cease-fire
            # agreement')
            english = [_EVENT_HEAD.sub(lambda m: m.group().capitalize(), g) if g[:1].isupper() else g
                       for g in english]
            if entry.ja in _named_periods():  # a period history names as one, with a common noun's gloss in
                # JMdict (冷戦 'cold war'): the Cold War, capitalized as the news writes it
                english = [" ".join(w[:1].upper() + w[1:] for w in g.split(" ")) for g in english]
        if entry.type in ("person", "media") and english[:1] and not english[0][:1].isupper():
            english = []  # a person or a newspaper is not named by a common word's gloss (山川 'mountains and
            # rivers', the sports daily マルカ 'markka')
        elif entry.type == "org":  # an institution by its name, not by a description (国防省: not 'the Pentagon')
            english = [g for g in english if g[:1].isupper()]
        if entry.type != "term" and is_katakana(entry.ja) and not any(g[:1].isupper() for g in english):
            # a name in katakana that spells a common word too (ボーイング: 'bowing'), or no word at all: the
            # one English name JMnedict gives that spelling (Boeing, Iskander); several (フル: Hull, Flew,
            # Hulu) say the spelling is no one name
            named = {latin for hit in self.jmnedict.katakana(entry.ja) for latin in hit.latin}
            if len(named) == 1:
                name = named.pop()
                return Transliteration(entry.ja, name, entry.origin, 0.6, "dictionary", [name])
        if english:
            return Transliteration(entry.ja, english[0], entry.origin, 0.6, "dictionary", english[:5])
        if entry.type not in ("org", "media", "weapon", "event", "other"):
            return None
        for form in [entry.ja, *entry.variants]:
            hits = self.jmnedict.katakana(form) if is_katakana(form) else self.jmnedict.kanji(form)
            if form != entry.ja and len({latin for hit in hits for latin in hit.latin}) > 1:
                continue  # another spelling that names others too says nothing of this body (フォード, a surname
                # Ford and a firm Fodor, for フォード・モーター)
            names = list(dict.fromkeys(latin for hit in hits if hit.types & _ORG_NAME_TYPES for latin in hit.latin))
            if names:
                return Transliteration(entry.ja, names[0], entry.origin, 0.8, "dictionary", names[:5])
        # an English name JMnedict gives the whole without saying what it names (シベリア鉄道: Trans-Siberian
        # Railway): English words, no romanization, so the thing's own English name
        whole = self._english_name_of_whole(entry.ja) if entry.type in ("org", "event", "other") else []
        if whole:
            return Transliteration(entry.ja, whole[0], entry.origin, 0.7, "dictionary", whole[:5])
        return None


# JMnedict name types of the things an organisation/media/event entry names
_ORG_NAME_TYPES = frozenset({"organization", "company", "product", "work", "service", "event"})

# A place name in English: capitalised words ending in an English generic word (Red Square, Ainosato Park).
# an English name of two or more capitalized words, one of them a common English word (Railway, Trans-Siberian)
_ENGLISH_NAME = re.compile(r"(?=.*\b(?:Railway|Canal|Bridge|Tower|Palace|Temple|Museum|University|Station|Line|Road|"
                           r"Highway|Park|Gate|Wall|Dam|Airport|Harbour|Harbor|Port|Shrine|Castle|Church|Cathedral)\b)"
                           r"(?:[A-Z][A-Za-z'’.-]+|of|the|and)(?: (?:[A-Z][A-Za-z'’.-]+|of|the|and))+")
# a katakana name and a one-kanji head (ラズドリナヤ川, パラムシル島)
_KATAKANA_WITH_HEAD = re.compile(r"^[\u30a0-\u30ff]{2,}[\u4e00-\u9fff]$")
_ENGLISH_PLACE = re.compile(r"^(?:[A-Z][a-z]+ |of |the )+(?:Square|Islands?|Bay|Sea|Lake|River|Mountains?|Strait|"
                            r"Peninsula|Palace|Gate|Bridge|Street|Avenue|Park|Cemetery|Cathedral|Tower|Canal|Plain|"
                            r"Desert|Ocean|Gulf|Cape|Port|Harbou?r|Church|Monastery|Garden|Station|Airport|Route)$")

# イ-column kana followed by a full-size ヤ/ユ/ヨ that may stand for the small one (シヨイグ for ショイグ)
_FULL_SIZE_YOON = re.compile(r"([キシチニヒミリギジビピ])([ヤユヨ])")
_SMALL_YOON = {"ヤ": "ャ", "ユ": "ュ", "ヨ": "ョ"}


# a Korean king: his temple or posthumous name, two or three hanja, and 王 or 大王 (恭愍王, 広開土大王); its reading
_KOREAN_KING = re.compile(r"([\u4e00-\u9fff]{1,3}?)(大王|女王|王后|王妃|皇后|皇帝|帝|王|妃)")
# a Korean monarch's or consort's English by the word after the name (世宗大王: King Sejong the Great, 善徳女王:
# Queen Seondeok, 明成皇后: Empress Myeongseong, 閔妃: Queen Min)
_KOREAN_MONARCHS = {"王": "King {}", "大王": "King {} the Great", "女王": "Queen {}", "王后": "Queen {}",
                    "王妃": "Queen {}", "妃": "Queen {}", "皇后": "Empress {}", "皇帝": "Emperor {}", "帝": "Emperor {}"}
_KOREAN_KINGDOMS = frozenset(("高麗", "新羅", "百済", "高句麗", "朝鮮", "渤海", "伽耶", "大韓"))
_KOREAN_KING_READING = re.compile(r"([ァ-ヺー]{2,8}?)(?:[テデ]ワン|ヨワン|ニョワン|ワン)")
_UKRAINIAN_END = re.compile("[ニチリシ]ュク$")
_WATER_HEADS = ("海", "湖", "湾", "海峡")
# heads that compose only after a name in katakana: a foreign leader's tomb is a mausoleum (レーニン廟), a 廟 after
# kanji a temple (孔子廟)
_FOREIGN_LEADERS_HEADS = frozenset(("廟",))
# heads only North Korea's works are named with (勝利化学連合企業所): the name before one is read in the North's
# Korean, whatever else its kanji may mean ('victory'; 興南, a Japanese village Konan)
_NORTH_KOREAN_HEADS = ("連合企業所",)
_FLIGHT = re.compile(r"(.+航空)([0-9]{1,4})便")
# a numbered military unit, perhaps after whose it is (第7艦隊, ソ連第25軍): the unit's word in English
_UNITS = {"軍": "Army", "艦隊": "Fleet", "軍団": "Corps", "師団": "Division", "旅団": "Brigade", "連隊": "Regiment",
          "大隊": "Battalion", "軍管区": "Military District", "空軍": "Air Force", "歩兵師団": "Infantry Division",
          "軍部隊": "Unit {n}"}  # (a unit a number names, as North Korea's are, is named by it: Unit 124)
_ARMS = {"歩兵": "Infantry", "騎兵": "Cavalry", "砲兵": "Artillery", "工兵": "Engineer"}
_NUMBERED_UNIT = re.compile(r"(.*?)第([0-9]{1,5})(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")")


# a town's name in kanji, then loanwords (江陵カーリングセンター, 平昌オリンピックスタジアム)
_PLACE_THEN_LOANWORDS = re.compile(r"([\u4e00-\u9fff]{2,3})([ァ-ヺー]{4,})")
# a ship's katakana name with 号 (プエブロ号, パルラダ号)
_VESSEL = re.compile(r"([ァ-ヺー]{2,})号")
# a maker's katakana name and a model number (ミグ17, ツポレフ95MS)
_MODEL = re.compile(r"([ァ-ヺー]{2,8})([0-9]{1,4}[A-Z]{0,3})")


# the poles, where a base is a research station; and the forces whose bases are bases (空軍基地, 宇宙基地)
_POLAR = re.compile("南極|北極")
_FORCES_BASES = ("空軍", "海軍", "陸軍", "宇宙", "軍事", "米軍", "ミサイル")
_BASE_WORD = re.compile(r"\b[Bb]ase$")


def _polar_station(entry: Entry, result: Transliteration | None, polar_files: frozenset[str]
                   ) -> Transliteration | None:
    """`result`, a base named as a research station where its sentence or its file (one of `polar_files`)
    speaks of the poles: English names every polar base so (世宗基地: Sejong Station, ボストーク基地: Vostok
    Station), not a force's (空軍基地)."""
    if result is None or result.source == "gloss" or not entry.ja.endswith("基地") or \
            entry.ja[-4:-2] in _FORCES_BASES or not any(_POLAR.search(s.context) or s.file in polar_files
                                                        for s in entry.sources):
        return result
    forms = [_BASE_WORD.sub("Station", f) for f in result.alternatives]
    return dataclasses.replace(result, english=_BASE_WORD.sub("Station", result.english or "") or None,
                               alternatives=list(dict.fromkeys(forms)))


def _aircraft_model(entry: Entry) -> Transliteration | None:
    """A Soviet or Russian aircraft by its maker's name and model number as English writes it (ミグ17 → MiG-17,
    ツポレフ95MS → Tu-95MS), when model_prefixes.tsv knows the maker; else None."""
    model = _MODEL.fullmatch(unicodedata.normalize("NFKC", entry.ja))
    prefix = model_prefixes().get(model.group(1)) if model else None
    if prefix is None:
        return None
    english = f"{prefix}-{model.group(2)}"
    return Transliteration(entry.ja, english, entry.origin, 0.85, "rule", [english])


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 11th, 25th."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _numbered_unit(entry: Entry, n: int) -> Transliteration | None:
    """A numbered military unit as English news names it (第7艦隊 → 7th Fleet, ソ連第25軍 → 25th Army, also
    Soviet 25th Army), when only a country, or nothing, comes before the number; else None."""
    unit = _NUMBERED_UNIT.fullmatch(unicodedata.normalize("NFKC", entry.ja))
    if unit is None:
        return None
    whose, number, word = unit.groups()
    arm = _ARMS.get(whose, "")  # (an arm of the service before the number: 歩兵第2連隊, 2nd Infantry Regiment)
    # (a country's forces, 米軍|第2歩兵師団, ロシア軍|第58軍, are the country's too)
    adjective = country_adjective(whose.removesuffix("軍")) if whose and not arm else None
    if whose and not arm and adjective is None:
        return None
    english = _UNITS[word].format(n=int(number)) if "{n}" in _UNITS[word] else \
        f"{_ordinal(int(number))} {arm + ' ' if arm else ''}{_UNITS[word]}"
    forms = [english] + ([f"{adjective} {english}"] if adjective else [])
    return Transliteration(entry.ja, english, entry.origin, 0.85, "rule", forms[:n])


def _nasal_twins(syllables: str) -> list[str]:
    """`syllables` with the final ㄴ or ㅇ of one syllable, then of all, swapped for the other: what ン may
    have been."""
    def swapped(syllable: str) -> str:
        initial, medial, final = decompose(syllable)
        return compose(initial, medial, {"ㄴ": "ㅇ", "ㅇ": "ㄴ"}[final]) if final in ("ㄴ", "ㅇ") else syllable

    twins = [syllables[:i] + swapped(c) + syllables[i + 1:] for i, c in enumerate(syllables) if swapped(c) != c]
    return twins + ["".join(map(swapped, syllables))] if len(twins) > 1 else twins


def _letters(text: str) -> str:
    """A form's letters only, lowercased: 'Kim Jong-un' and 'Kim Jong Un' share them."""
    return re.sub(r"[^0-9a-zà-ÿ]", "", unicodedata.normalize("NFKC", text).lower())


def _is_reading_of(reading: str, name: str) -> bool:
    """True when `reading` in brackets after `name` reads it: katakana, or katakana and the kanji unit the name
    ends in (彭木港（ペンモク港）, 又松大学（ウソン大学）)."""
    unit = next((name[i:] for i in range(1, len(name)) if HAN.match(name[i:]) and reading.endswith(name[i:])), "")
    return is_katakana(reading[: len(reading) - len(unit)] if unit else reading)


def _katakana_name(form: str) -> bool:
    """`form` is a name in katakana, initials between its parts or not (ジョージ・W・ブッシュ)."""
    return is_katakana(_MIDDLE_INITIALS.sub("・", form))


def _full_name(surname_form: str, surname: Transliteration,
               results: list[tuple[str, Transliteration]]) -> Transliteration:
    """A person's English as a full name: when the surest result is the family name alone (プーチン: Putin)
    and a full-name spelling of the entry ends in it (ウラジーミル・プーチン), the full name's given names
    with the family name as the surer result spells it (Vladimir Putin). Otherwise `surname` unchanged."""
    if len(surname.english.split()) != 1:
        return surname
    key = variant_key(surname_form)
    # (a full name may spell the family name another way the entry groups, ミハイル・ムラシコ beside ムラシュコ:
    # its family name is this one where the English of the two is the same)
    fuller = [r for form, r in results if len(r.english.split()) > 1 and _katakana_name(form) and (
        (variant_key(form).endswith(key) and len(variant_key(form)) > len(key))
        or (re.search(r"[・･=＝]", form) and _letters(r.english.split()[-1]) == _letters(surname.english)))]
    if not fuller:
        # or a double family name's first half (ロバノフ of アレクセイ・ロバノフ＝ロストフスキー): the full name as read
        double = [r for form, r in results if len(r.english.split()) > 1 and _katakana_name(form)
                  and DOUBLE_SURNAME.search(form) and variant_key(re.split(r"[・･]", form)[-1]).startswith(key)]
        if double:
            return max(double, key=lambda r: r.confidence)
        # or a full name whose family name the entry groups in another spelling that reads otherwise
        # (ミハイロ・フェドロフ beside フョードロフ: Fedorov, not Fyodorov): the full name as read
        full_names = [r for form, r in results if len(r.english.split()) > 1 and _katakana_name(form)
                      and re.search(r"[・･=＝]", form)]
        return max(full_names, key=lambda r: r.confidence) if full_names else surname
    # (the name as news gives it, without the patronymic: Vladimir Putin, not Vladimir Vladimirovich Putin)
    full = max(fuller, key=lambda r: (not PATRONYMIC.search(r.input), r.confidence))
    english = " ".join(full.english.split()[:-1] + [surname.english])
    alternatives = list(dict.fromkeys([english, full.english, surname.english, *full.alternatives]))
    return Transliteration(full.input, english, full.origin, min(full.confidence, surname.confidence),
                           full.source, alternatives)


# a Korean king's temple name: one kanji, then 宗 or 祖 (世宗, 高宗, 英祖)
_TEMPLE_NAME = re.compile(r"[\u4e00-\u9fff][宗祖]")


_ADDRESS_UNITS = "市郡道区州県省"  # the unit of a town or region an address names a place in before the place


def _affiliation(entry: Entry) -> str | None:
    """ko_south or ko_north when the text ties the person to one Korea (see korean_affiliation)."""
    return korean_affiliation((source.context or "" for source in entry.sources), [entry.ja, *entry.variants])


def _surname_read(r: KoReading, reading: str | None) -> str | None:
    """How the reading's family name treats the initial-sound rule, where the rule changes the surname:
    "ruled" (李 read イ, the South's way), "plain" (李 read リ, the North's), or None."""
    if not (reading and r.surname):
        return None
    plain = hangul_skeleton(r.surname)
    ruled = hangul_skeleton(initial_sound_rule(r.surname[0]) + r.surname[1:])
    if plain == ruled:
        return None
    sur_reading = kana_skeleton(re.split(r"[・･=＝\s]", reading)[0])
    return "ruled" if sur_reading == ruled else "plain" if sur_reading == plain else None


# 在, a city, a country, then its mission there (在|釜山|ロシア|総領事館)
_MISSION_IN_CITY = re.compile(r"在([\u4e00-\u9fff々ァ-ヺー]{3,12}?)(大使館|総領事館|領事館)")


def _given_read(r: KoReading, reading: str | None) -> str | None:
    """How the reading treats the initial-sound rule in the given name's first syllable, where the rule changes
    it: "ruled" (龍 read ヨン), "plain" (龍 read リョン), or None."""
    given_parts = re.split(r"[・･=＝\s]", reading)[1:] if reading else []
    if not (r.given and given_parts):
        return None
    plain = hangul_skeleton(r.given[0])
    ruled = hangul_skeleton(initial_sound_rule(r.given[0]))
    if plain == ruled:
        return None
    given_reading = kana_skeleton(given_parts[0])
    if given_reading.startswith(ruled) and not given_reading.startswith(plain):
        return "ruled"
    return "plain" if given_reading.startswith(plain) else None


def _without_shared_words(a: str, b: str) -> tuple[str, str]:
    """Two place names without the words they end in alike (Han Peninsula, Korean peninsula → Han, Korean): a
    shared generic word makes no two names one."""
    a_words, b_words = a.split(), b.split()
    while len(a_words) > 1 and len(b_words) > 1 and a_words[-1].lower() == b_words[-1].lower():
        a_words, b_words = a_words[:-1], b_words[:-1]
    return " ".join(a_words), " ".join(b_words)


def _close(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_distance(a.lower().replace("-", " "), b.lower().replace("-", " ")) <= 0.35


__all__ = ["Transliterator", "ORIGIN_CHOICES"]
