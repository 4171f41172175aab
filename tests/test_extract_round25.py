"""Glosses after quoted and numbered names, a term's kanji short form, bodies inside bodies, forces and their
bases, airliners' flights, -vich spelled two ways, and countries' English (invented
sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit import Transliterator
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja


@pytest.mark.parametrize("text, name, gloss", [
    ("国産巡航ミサイル「フラミンゴ」（FP5）の実戦投入が始まった。", "フラミンゴ", "FP5"),
    ("次世代戦闘機の愛称は「ポラメ」（Boramae）に決まった。", "ポラメ", "Boramae"),
    ("迎撃したのはスホイ15（Su-15）だった。", "スホイ15", "Su-15"),  # the number in both
])
def test_a_latin_gloss_after_a_quoted_or_numbered_name_is_that_names(text, name, gloss):
    entry = by_ja(extract(text), name)
    assert entry is not None and gloss in entry.glosses


def test_a_quoted_phrase_takes_no_gloss():
    # no name in the quotes: the bracket after them is a source, not a spelling of the phrase
    assert all("AP" not in e.glosses for e in extract("首相は「断固反対」（AP）と述べた。"))


def test_a_number_unlike_the_glosss_is_no_gloss():
    entry = by_ja(extract("新型のスホイ35（Su-57）が配備された。"), "スホイ35")
    assert entry is None or "Su-57" not in entry.glosses


@pytest.mark.parametrize("text, term, short", [
    ("造船協力と原子力潜水艦（原潜）の建造を進める。", "原子力潜水艦", "原潜"),
    ("内乱特別検察官（特検）は死刑を求刑した。", "内乱特別検察官", "特検"),
])
def test_a_terms_kanji_short_form_in_brackets_is_a_spelling_of_it(text, term, short):
    entry = by_ja(extract(text), term)
    assert entry is not None and short in entry.variants


def test_an_aside_in_kanji_is_no_short_form():
    entries = extract("原子力潜水艦（当時）の建造を進めた。")
    assert all("当時" not in e.variants for e in entries)


def test_a_short_name_in_brackets_is_a_spelling_of_the_body_named_before_it():
    # the body written with its country, 韓国軍合同参謀本部, is the one the bracket shortens (the Joint Chiefs of
    # Staff): one organisation, not a term around a body of its own
    entries = extract("韓国軍合同参謀本部（合参）の報道官は述べた。")
    body = by_ja(entries, "合参")
    assert body is not None and body.type == "org"
    assert {"韓国軍合同参謀本部", "合参"} <= set(body.variants)


def test_a_service_before_its_command_stays_with_it():
    entries = extract("陸軍特殊戦司令部（特戦司）の部隊が出動した。")
    command = by_ja(entries, "陸軍特殊戦司令部")
    assert command is not None and "特戦司" in command.variants


def test_no_countrys_letter_before_an_institute_but_before_a_state_body():
    assert by_ja(extract("米戦略国際問題研究所（CSIS）の研究員は語った。"), "戦略国際問題研究所") is not None
    assert by_ja(extract("米国家安全保障会議（NSC）の報道官は語った。"), "米国家安全保障会議") is not None


@pytest.mark.parametrize("text, force, base", [
    ("航空自衛隊稚内分屯基地のレーダーが航跡を捉えた。", "航空自衛隊", "稚内分屯基地"),
    ("米空軍嘉手納基地に配備された。", "米空軍", "嘉手納基地"),
])
def test_a_force_and_its_named_base_are_two_names(text, force, base):
    entries = extract(text)
    assert (by_ja(entries, force) or by_ja(entries, force[1:])).type == "org"
    assert by_ja(entries, base).type == "place"


def test_a_fleets_base_stays_with_the_fleet():
    assert by_ja(extract("ロシア海軍太平洋艦隊基地などの施設がある。"), "太平洋艦隊基地") is None


@pytest.mark.skipif(not jmnedict_path(), reason="needs jamdict-data")
def test_an_airlines_numbered_flight_is_an_event_in_the_english_news_prints():
    entries = extract("1978年には大韓航空902便がソ連領空に迷い込んだ。")
    Transliterator().apply(entries)
    flight = by_ja(entries, "大韓航空902便")
    assert flight is not None and flight.type == "event" and flight.en == "Korean Air Flight 902"


def test_an_aircraft_model_before_its_type_word_is_a_name():
    assert by_ja(extract("大韓航空機（ボーイング747型機）が撃墜された。"), "ボーイング747") is not None


def test_a_vich_name_with_and_without_its_small_tsu_is_one_person():
    entries = extract("ゲンナジー・オシポビッチ氏が訪れた。オシポヴィチ氏は会談した。")
    assert by_ja(entries, "オシポヴィチ") is by_ja(entries, "ゲンナジー・オシポビッチ") is not None


@pytest.mark.parametrize("name, english, origin", [
    ("米国", "United States", "en"), ("アメリカ", "United States", "en"), ("ソビエト", "Soviet Union", "ru"),
    ("韓国", "South Korea", "ko_south"), ("ウクライナ", "Ukraine", "ru"),
])
def test_a_country_takes_the_english_news_prints(name, english, origin):
    r = Transliterator().transliterate(name)
    assert (r.english, r.origin, r.source) == (english, origin, "dictionary")

