"""Round 60: a Japanese city whose kanji read in Korean sound like a Korean city's, a Korean city before a head
where JMnedict knows only a Japanese village of that name, the South's state words beside a Korean, the
dictionary's Korea for a place, and labelled, renewed and Russian glosses (invented names and sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_dict import dictionary_place_origin
from glossary.extract_gloss import Gloss, classify
from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_japanese_city_is_not_the_korean_city_its_kanji_sound_like():
    # 富山 reads 부산 in Korean, but GeoNames writes Busan 釜山; the city JMnedict and GeoNames both know wins
    result = TRANSLITERATOR.transliterate("富山")
    assert result.english == "Toyama" and result.origin == "ja"
    assert TRANSLITERATOR.transliterate("釜山").english == "Busan"


def test_a_large_korean_city_before_a_head_is_read_in_korean():
    result = TRANSLITERATOR.transliterate("浦項港")
    assert result.english.startswith("Pohang") and result.origin == "ko_south"
    assert TRANSLITERATOR.transliterate("唐津港").english.startswith("Karatsu")


def test_a_place_the_dictionary_lists_as_one_katakana_word_keeps_its_hyphen():
    result = TRANSLITERATOR.transliterate("ナゴルノカラバフ")
    assert result.english == "Nagorno-Karabakh" and result.source == "dictionary"


def test_a_korean_beside_the_south_korean_parliament_or_its_acting_president_is_the_souths():
    assert rendered("金泰栄（キム・テヨン）国防相は国会で「挑発だ」と述べた。")["金泰栄"].origin == "ko_south"
    assert rendered("韓悳洙（ハン・ドクス）首相（大統領権限代行）が出席した。")["韓悳洙"].origin == "ko_south"
    # (Japan's Diet is 国会 too: the word gives no body a side)
    assert by_ja(extract("岸田首相は国会で答弁した。"), "国会").origin != "ko_south"


def test_a_place_the_dictionary_spells_the_souths_way_is_the_souths_whoever_shelled_it():
    assert dictionary_place_origin("延坪島") == {"ko_south"}
    assert dictionary_place_origin("延岡") == {"ja"}  # (Nobeoka's eo is Japanese: its reading is hiragana)
    entries = rendered("北朝鮮が延坪島（ヨンピョンド）を砲撃した。")
    assert entries["延坪島"].origin == "ko_south" and entries["延坪島"].en == "Yeonpyeong Island"


def test_another_name_labelled_by_a_foreign_side_or_as_a_project_number():
    assert classify("NATO名・SSC-X-9スカイフォール", "巡航ミサイル「ブレベストニク」") == \
        Gloss("alias", ("SSC-X-9スカイフォール",))
    assert classify("ソ連名・675型", "原潜はエコーII級") == Gloss("alias", ("675型",))


def test_a_new_treatys_acronym_and_russian_glosses():
    assert classify("新START", "米ロの新戦略兵器削減条約") == Gloss("abbrev", ("新START",))
    assert classify("新START", "米ロの条約") is None
    assert classify("СтАР", "ロシア歯科医師会") == Gloss("abbrev", ("СтАР",))
    assert classify("Летопись Самгук саги", "「サムグク・サギ年代記") == Gloss("alias", ("Летопись Самгук саги",))
    assert classify("Москва", "首都") is None  # (a Russian word after kanji alone glosses no name)


def test_a_region_named_with_its_head_then_by_its_own_peoples_name_is_one_place():
    entry = by_ja(extract("パク氏は沿海州（プリモーリエ）の朝鮮人集落に生まれた。"), "沿海州")
    assert entry is not None and entry.type == "place" and "プリモーリエ" in entry.variants
    # (a reading ends in the head's: that is no other name)
    assert classify("ヨンヘジュ", "沿海州") == Gloss("reading", ("ヨンヘジュ",))


def test_a_body_then_its_site_named_by_where_it_stands_are_two_names():
    entries = rendered("東京電力福島第1原発の処理水が放出された。")
    assert entries["東京電力"].type == "org" and entries["福島第1原発"].type == "place"
    # (a site named by another body is the body's: ロシア海軍|太平洋艦隊|基地 is not cut after the navy)
    assert by_ja(extract("ロシア海軍太平洋艦隊基地で演習があった。"), "ロシア海軍") is None


def test_the_marine_word_after_a_university_is_no_sea():
    entries = rendered("釜慶大学海洋学科の教授が述べた。")
    assert entries["釜慶大学"].type == "org" and "釜慶大学海" not in entries


def test_two_countries_or_a_town_and_a_country_side_by_side_name_no_region():
    assert by_ja(extract("ソ連朝鮮学の草分けとして知られる。"), "ソ連朝鮮") is None
    assert by_ja(extract("ウラジオストク韓国領事殺害から29年がたった。"), "ウラジオストク韓国") is None
    assert by_ja(extract("ロシア極東の開発が進む。"), "ロシア極東").type == "place"


def test_a_ward_the_dictionary_reads_in_japanese_unit_and_all_is_japans():
    result = TRANSLITERATOR.transliterate("左京区")
    assert result.english == "Sakyo Ward" and result.origin == "ja"
    assert TRANSLITERATOR.transliterate("江南区（カンナムク）").english == "Gangnam District"
