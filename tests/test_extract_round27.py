"""Names joined by ・ that end before a word, lines named after both ends, a national body joining portfolios
with ・, a body's other full name in brackets, metal makers (invented sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja

needs_jmnedict = pytest.mark.skipif(not jmnedict_path(), reason="needs jamdict-data")


@needs_jmnedict
def test_a_name_joined_by_dots_ends_before_a_word_its_last_part_begins():
    entries = extract("サミュエル・パパロ・インド太平洋軍司令官は記者団に語った。")
    person = by_ja(entries, "サミュエル・パパロ")
    assert person is not None and person.type == "person"
    command = by_ja(entries, "インド太平洋軍")
    assert command is not None and command.type == "org"
    assert all("・インド" not in e.ja for e in entries)
    # a name whose last part is no such word keeps it (ドナルド・トランプ大統領)
    assert by_ja(extract("ドナルド・トランプ大統領が演説した。"), "ドナルド・トランプ") is not None


def test_a_line_named_after_its_two_ends_is_one_place_with_its_gloss():
    entries = extract("バイカル・アムール鉄道（BAM）の輸送量が増えた。")
    line = by_ja(entries, "バイカル・アムール鉄道")
    assert line is not None and "BAM" in line.glosses
    assert by_ja(entries, "アムール鉄道") is None
    # two places side by side without such a head stay two places
    entries = extract("シベリア・イルクーツク州の知事が語った。")
    assert by_ja(entries, "シベリア") is not None and by_ja(entries, "イルクーツク州") is not None


def test_a_countrys_body_joining_two_fields_with_a_dot_is_one_name():
    entries = extract("ウクライナ国家安全保障・国防会議のルステム・ウメロフ書記が語った。")
    council = by_ja(entries, "ウクライナ国家安全保障・国防会議")
    assert council is not None and council.type == "org"
    assert by_ja(entries, "ウクライナ") is not None  # the country stays a name of its own
    assert by_ja(entries, "国防会議") is None
    # without a country before them, fields and a weak head are a description (研究・教育機関)
    assert all(e.type != "org" for e in extract("日本の研究・教育機関が集まった。"))


def test_a_bodys_other_full_name_in_brackets_is_its_spelling():
    entries = extract("米戦争省（国防総省）は声明を出した。")
    body = by_ja(entries, "米戦争省")
    assert body is not None and "国防総省" in body.variants
    assert len([e for e in entries if "国防総省" in e.variants]) == 1
    assert "当時" not in by_ja(extract("国防省（当時）が発表した。"), "国防省").variants


def test_a_metal_maker_is_named_by_its_trade_after_a_name():
    entries = extract("高麗亜鉛は米国に製錬所を建てる。浦項鉄鋼も続いた。")
    assert by_ja(entries, "高麗亜鉛").type == "org"
    assert by_ja(entries, "浦項鉄鋼").type == "org"
    assert by_ja(entries, "高麗") is None
    assert all(e.type != "org" for e in extract("亜鉛の価格が上がり、中国の鉄鋼が余った。"))


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


@needs_jmnedict
def test_a_russian_name_has_no_ch_where_the_katakana_has_no_chi(translit):
    # ニコル is the English Nichol to Wikidata's counts, but ч is always チ: a Russian (Armenian) Nikol
    result = translit.transliterate("ニコル・パシニャン", origin="ru", n=5)
    assert result.english.split()[0] == "Nikol"
    assert translit.transliterate("チェーホフ", origin="ru").english.startswith("Ch")


def test_a_towns_reading_with_its_unit_is_its_reading_and_spelling():
    entries = extract("全羅南道潭陽郡（タミャン郡）の郡守選で、巨済市（コジェ市）でもコジェ市長が当選した。")
    county = by_ja(entries, "潭陽郡")
    assert county.type == "place" and "タミャン郡" in county.readings and "タミャン郡" in county.variants
    city = by_ja(entries, "巨済市")
    # (its mayor, コジェ市長, makes it no person)
    assert city.type == "place" and {"コジェ", "コジェ市"} <= set(city.variants)
    assert by_ja(entries, "タミャン郡") is county
    # a unit that is not the name's own makes no reading of it
    assert all("タミャン郡" not in e.readings for e in extract("潭陽（タミャン郡）で会った。"))


def test_a_towns_reading_with_its_unit_is_read_without_it(translit):
    entries = extract("韓国南部の金泉市（キムチョン市）で補欠選挙があった。")
    translit.apply(entries)
    assert by_ja(entries, "金泉市").en == "Gimcheon"


def test_a_japanese_looking_name_read_one_korean_syllable_a_kanji_is_a_korean_place():
    entries = extract("北朝鮮東部の元山（ウォンサン）の葛麻（カルマ）海岸観光地区が開業した。")
    place = by_ja(entries, "葛麻")
    assert place.type == "place" and place.origin.startswith("ko") and "カルマ" in place.variants
    assert by_ja(entries, "カルマ") is place


def test_a_us_secretarys_title_and_a_un_ambassadors_end_the_name():
    entries = extract("ハワード・ラトニック商務長官（Howard Lutnick）は、ヤコフ・マリク国連大使と会った。")
    person = by_ja(entries, "ハワード・ラトニック")
    assert person is not None and person.type == "person" and "Howard Lutnick" in person.glosses
    assert by_ja(entries, "ヤコフ・マリク").type == "person"
    assert all("商務" not in e.ja and e.ja in ("国連", e.ja.replace("国連", "")) for e in entries)
    assert by_ja(entries, "国連").type == "org"  # the body the envoy's title names


def test_a_korean_surname_unidic_takes_for_an_old_state_still_starts_a_name():
    entries = extract("北朝鮮では、鄭京択朝鮮人民軍総政治局長が留任した。")
    person = by_ja(entries, "鄭京択")
    assert person is not None and person.type == "person" and person.origin == "ko_north"
    assert by_ja(entries, "朝鮮人民軍").type == "org"


def test_a_numbered_name_after_a_kind_word_is_the_name_alone():
    entries = extract("ソ連はジェット戦闘機ミグ15（MiG15）を投入した。")
    plane = by_ja(entries, "ミグ15")
    assert plane is not None and "MiG15" in plane.glosses
    assert all("戦闘機" not in e.ja for e in entries)
    assert all("15" not in e.ja for e in extract("新型ミサイル15発を発射した。"))


def test_a_trade_word_before_a_word_for_its_industry_names_no_firm():
    entries = extract("韓国造船大手ハンファオーシャン（旧大宇造船海洋）は買収を発表した。")
    assert by_ja(entries, "韓国造船") is None
    assert by_ja(entries, "大宇造船海洋").type == "org"  # a former name is a name of its own
    assert "旧大宇造船海洋" not in by_ja(entries, "ハンファオーシャン").variants
    assert by_ja(extract("韓国電力は発表した。"), "韓国電力").type == "org"


def test_a_korean_province_is_named_with_its_unit():
    entries = extract("韓国南西部の全羅道地域で、慶尚道とは違う結果が出た。")
    assert by_ja(entries, "全羅道").type == "place"
    assert by_ja(entries, "慶尚道").type == "place"
    assert by_ja(entries, "全羅") is None
