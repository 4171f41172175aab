"""English suggestions for compound terms, composed from their parts (glossary.translit.terms)."""
from __future__ import annotations

import pytest

from glossary.model import Entry
from glossary.translit import Transliterator
from glossary.translit.terms import TermComposer, country_pair

# A stand-in for JMdict: first-sense glosses of a few headwords, so these tests say what composing does with them.
WORDS = {
    "ミサイル": ["missile"],
    "潜水艦": ["submarine"],
    "政策": ["political measures", "policy"],
    "輸出": ["export", "exportation"],
    "駆逐艦": ["destroyer"],
    "協定": ["agreement", "pact"],
    "増強": ["reinforcement"],
    "通過": ["to pass through"],
}


@pytest.fixture()
def composer() -> TermComposer:
    names = {"ハバロフスク": "Khabarovsk"}
    return TermComposer(lambda word: WORDS.get(word, []), names.get)


@pytest.mark.parametrize("term, english", [
    ("日韓関係", "Japan–South Korea relations"),  # a pair of abbreviations, dashed; a head's pattern
    ("米韓首脳会談", "U.S.–South Korea summit"),
    ("日米間", "between Japan and the U.S."),  # a pair spelled out, with the noun's article
    ("ベラルーシ側", "the Belarusian side"),  # a country as an adjective
    ("モンゴル訪問", "visit to Mongolia"),
    ("韓国製ミサイル", "South Korea-made missile"),  # an adjectival head inside the compound
    ("ハバロフスク近郊", "outskirts of Khabarovsk"),  # a name the glossary renders
    ("核潜水艦", "nuclear submarine"),  # a word the table gives its compound sense (核: nuclear)
    ("経済政策", "economic policy"),  # of a sense's glosses, the first of one word
    ("中国軍", "Chinese forces"),
    ("ウクライナ駆逐艦", "Ukrainian destroyer"),
])
def test_compounds_of_known_parts_are_composed_from_the_right(composer, term, english):
    assert composer.suggest(term) == english


@pytest.mark.parametrize("term", [
    "韓国間",  # between … needs two countries
    "ロシア未知語",  # a part nothing knows: no half translation
    "ロシア通過",  # a verb's gloss is no part of a noun compound
    "ミサイル露",  # a compound does not end on a one-character abbreviation
    "ロシアの政策",  # a phrase with a particle is not a compound
    "ミサイル",  # one part: the dictionary's own English, not a composition
    "露朝",
])
def test_no_suggestion_without_a_whole_composition(composer, term):
    assert composer.suggest(term) is None


def test_apply_puts_compositions_among_the_candidates_never_as_the_english():
    place = Entry(ja="ハバロフスク", variants=["ハバロフスク"], type="place", origin="ru")
    term = Entry(ja="ハバロフスク近郊", variants=["ハバロフスク近郊"], type="term")
    relations = Entry(ja="韓露関係", variants=["韓露関係"], type="term")
    Transliterator().apply([place, term, relations])
    assert place.en == "Khabarovsk"
    assert term.en is None and term.en_candidates == ["outskirts of Khabarovsk"]
    assert relations.en is None and relations.en_candidates == ["South Korea–Russia relations"]


def test_a_mine_or_a_field_named_after_a_place_is_composed():
    from glossary.extract import extract
    from glossary.translit import Transliterator

    entries = extract("ヤクーチアのミール鉱山で事故があった。", file="t.txt")
    Transliterator().apply(entries)
    mine = next(e for e in entries if e.ja == "ミール鉱山")
    assert mine.type == "place" and mine.en == "Mir mine"


@pytest.mark.parametrize("text, ja, english", [
    ("ロシア中央銀行は利上げを決めた。", "ロシア中央銀行", "Central Bank of Russia"),  # its country's central bank
    ("クーパンはニューヨーク証券取引所に上場している。", "ニューヨーク証券取引所", "New York Stock Exchange"),
    # a Korean space centre in a sentence about the South: its name read in Korean (羅老: Naro)
    ("韓国の宇宙航空庁は全羅南道の羅老宇宙センターからロケットを打ち上げた。", "羅老宇宙センター", "Naro Space Center"),
])
def test_bodies_named_by_a_country_or_a_place_get_their_english(text, ja, english):
    from glossary.extract import extract

    entries = extract(text, file="t.txt")
    Transliterator().apply(entries)
    assert next(e for e in entries if e.ja == ja).en == english


def test_countries_by_their_letters_are_named_in_order_with_a_dash():
    assert country_pair("露朝") == "Russia–North Korea"
    assert country_pair("米韓") == "U.S.–South Korea"
    assert country_pair("露") is None and country_pair("露軍") is None
