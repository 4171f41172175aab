"""Cities UniDic takes for surnames, an age after a name, a town's name borne by a person, places spelled two
ways (invented sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja

needs_jmnedict = pytest.mark.skipif(not jmnedict_path(), reason="needs jamdict-data")


def test_a_proper_noun_before_shi_is_a_city_grouped_with_its_name_alone():
    # UniDic reads 金泉 as the surname Kanaizumi and 高陽 as a proper noun of no kind
    entries = extract("金泉市の市長は、金泉で記者会見を開いた。高陽市も続いた。")
    city = by_ja(entries, "金泉市")
    assert city is not None and city.type == "place" and "金泉" in city.variants
    assert by_ja(entries, "高陽市").type == "place"
    # the surname with a title stays a person, apart from the city
    entries = extract("金泉氏は金泉市で会見した。")
    assert by_ja(entries, "金泉").type == "person"
    assert "金泉" not in by_ja(entries, "金泉市").variants


def test_an_age_in_brackets_after_a_name_marks_a_person_and_the_family_name_alone_joins_it():
    entries = extract("ロシアのアデリア・ペトロシャン（18）が優勝した。ペトロシャンは喜んだ。")
    person = by_ja(entries, "アデリア・ペトロシャン")
    assert person is not None and person.type == "person" and "ペトロシャン" in person.variants
    # a year in brackets is no age
    assert by_ja(extract("アデリア・ペトロシャン（2024）が優勝した。"), "アデリア・ペトロシャン").type != "person"


def test_a_towns_name_before_shi_is_a_person():
    entries = extract("IOCのカースティ・コベントリー会長は語った。コヴェントリー氏は述べた。")
    person = by_ja(entries, "カースティ・コベントリー")
    assert person.type == "person" and "コヴェントリー" in person.variants


@pytest.mark.parametrize("one, other", [("ウラジオストク", "ウラジオストック"), ("アルマトイ", "アルマティ"),
                                        ("カザン", "カザニ")])
def test_a_places_spellings_of_one_sound_share_an_entry(one, other):
    entries = extract(f"{one}に着いた。{other}市内を歩いた。")
    assert {one, other} <= set(by_ja(entries, one).variants)


@needs_jmnedict
def test_words_jmnedict_names_a_firm_after_a_countrys_letter_are_the_firm_glossed():
    entries = extract("米ゼネラル・モーターズ（GM）との合弁会社で量産する。")
    firm = by_ja(entries, "ゼネラル・モーターズ")
    assert firm is not None and firm.type == "org" and firm.glosses == ["GM"]
    assert by_ja(entries, "米ゼネラル・モーターズ") is None
    # ordinary words there name no firm
    assert all(e.type != "org" for e in extract("米ニュース・サイトによると、交渉は続く。"))


@needs_jmnedict
def test_a_firm_with_its_corporate_word_is_the_firm_named_alone():
    entries = extract("米フォード・モーターは発表した。フォードは工場を閉じる。")
    firm = by_ja(entries, "フォード・モーター")
    assert firm.type == "org" and "フォード" in firm.variants


def test_two_kanji_read_as_a_japanese_name_glued_to_a_word_begin_a_longer_name():
    entries = extract("首位は寧徳時代新能源科技（CATL）で、2位は比亜迪（BYD）だった。")
    firm = by_ja(entries, "寧徳時代新能源科技")
    assert firm is not None and firm.glosses == ["CATL"]
    assert by_ja(entries, "寧徳") is None and by_ja(entries, "時代新能源科技") is None


def test_ordinary_words_after_a_word_for_a_paper_name_the_paper():
    entries = extract("大会の後、地元紙スポーツ・エクスプレスの取材に応じた。")
    paper = by_ja(entries, "スポーツ・エクスプレス")
    assert paper is not None and paper.type == "media"


def test_a_name_in_letters_after_the_kind_of_body_is_the_firm():
    entries = extract("韓国の調査会社SNEリサーチによると、出荷量は増えた。")
    firm = by_ja(entries, "SNEリサーチ")
    assert firm is not None and firm.type == "org"


def test_a_term_defined_in_quotes_then_abbreviated_is_glossed():
    entries = extract("中国など「懸念される外国の事業体」（FEOC）が関与した電池は対象外となる。")
    term = by_ja(entries, "懸念される外国の事業体")
    assert term is not None and term.glosses == ["FEOC"]
    # a quoted statement and its source or an agency are no such pair
    for text in ("「断固反対」（AP）と述べた。", "「核兵器を持つ」（KCNA）と主張した。"):
        assert all(not e.glosses for e in extract(text))


def test_an_unknown_katakana_word_with_its_number_is_one_name_and_its_spellings_join():
    entries = extract("自爆型の無人機「ゲラン2」を量産している。その多くがゲラニ2とみられる。")
    drone = by_ja(entries, "ゲラン2")
    assert drone is not None and drone.type == "weapon" and "ゲラニ2" in drone.variants
    assert by_ja(extract("その多くがシャヘド136とみられる。"), "シャヘド136") is not None
    # an ordinary word's number is a rank, no name
    assert by_ja(extract("韓国はベスト4に進んだ。"), "ベスト4") is None


def test_a_reading_inside_a_quoted_name_reads_its_short_name():
    entries = extract("大型リゾート「元山葛麻（ウォンサン・カルマ）海岸観光地区」が開業した。元山葛麻海岸観光地区は広い。")
    resort = by_ja(entries, "元山葛麻海岸観光地区")
    assert resort is not None and {"元山葛麻", "ウォンサン・カルマ"} <= set(resort.variants)
    assert all("（" not in v for e in entries for v in e.variants)


@needs_jmnedict
def test_a_loanword_and_the_kanji_word_for_it_in_brackets_are_one_term():
    drone = by_ja(extract("自爆型の無人機（ドローン）を発射した。"), "無人機")
    assert drone is not None and "ドローン" in drone.variants
    farm = by_ja(extract("コルホーズ（集団農場）を率いた。"), "コルホーズ")
    assert farm is not None and "集団農場" in farm.variants


def test_a_bodys_short_name_without_whose_it_is_joins_the_one_body():
    entries = extract("国家情報院は国会情報委員会に報告した。情報委の委員は懸念を示した。")
    committee = by_ja(entries, "国会情報委員会")
    assert committee is not None and "情報委" in committee.variants


def test_a_quoted_names_latin_spelling_before_an_aside_in_its_brackets_glosses_it():
    entries = extract("旅行会社「高麗ツアーズ」（Koryo Tours、本社・北京）などが観光客を案内した。")
    firm = by_ja(entries, "高麗ツアーズ")
    assert firm is not None and firm.glosses == ["Koryo Tours"]
