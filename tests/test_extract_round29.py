"""Glosses that are no readings, other spellings of one name, and words that are no part of a name
(invented sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja

needs_jmnedict = pytest.mark.skipif(not jmnedict_path(), reason="needs jamdict-data")


def test_a_korean_name_in_katakana_then_its_hanja_is_one_name():
    entries = extract("北朝鮮北部のヨンビョン（寧辺）に施設がある。")
    town = by_ja(entries, "ヨンビョン")
    assert town is not None and "寧辺" in town.variants and town.type == "place"
    assert len([e for e in entries if "寧辺" in e.variants]) == 1
    # kanji that the katakana does not read are no spelling of it
    entries = extract("ショイグ（前国防相）が訪れた。")
    assert by_ja(entries, "ショイグ") is None or "前国防相" not in by_ja(entries, "ショイグ").variants


def test_common_words_glossed_by_katakana_that_no_dictionary_reads_have_another_name():
    entries = extract("西独の東方政策（オストポリティーク）が手本になった。")
    policy = by_ja(entries, "東方政策")
    assert policy is not None and "オストポリティーク" in policy.variants
    assert len([e for e in entries if "オストポリティーク" in e.variants]) == 1


def test_a_description_then_a_place_in_brackets_is_the_place_no_reading():
    entries = extract("一行は極東の港湾都市（ハバロフスク）に入った。")
    assert by_ja(entries, "ハバロフスク").type == "place"
    words = by_ja(entries, "港湾都市")
    assert words is None or ("ハバロフスク" not in words.variants and words.type != "place")


def test_final_g_and_v_before_a_spelled_two_ways_are_one_name():
    entries = extract("ハンブルクとハンブルグ。ニコライ・サワリン氏が述べた。バヴァリン氏、いやサバリン氏は黙った。")
    assert "ハンブルグ" in by_ja(entries, "ハンブルク").variants
    assert "サバリン" in by_ja(entries, "ニコライ・サワリン").variants


def test_former_before_a_title_is_no_part_of_a_japanese_given_name():
    entries = extract("金丸信元副総理が平壌を訪れた。")
    assert by_ja(entries, "金丸信") is not None and by_ja(entries, "金丸信元") is None
    # a name that ends in 元 keeps it before an honorific
    assert by_ja(extract("山本信元さんが来た。"), "山本信元") is not None


def test_a_place_named_after_a_russian_name_is_russian():
    entries = extract("巡礼者はセルギエフ・ポサードを訪れた。")
    assert by_ja(entries, "セルギエフ・ポサード").origin == "ru"


def test_variant_kanji_of_korean_names_and_neighbourhoods():
    entries = extract("平壌の貞柏洞と貞栢洞。")
    place = by_ja(entries, "貞柏洞")
    assert place is not None and place.type == "place" and "貞栢洞" in place.variants


def test_the_korean_empires_name_inside_bodies_names_no_place_and_a_red_cross_society_is_a_body():
    entries = extract("大韓赤十字社と大韓体育会が会った。")
    assert by_ja(entries, "大韓") is None
    assert by_ja(entries, "大韓赤十字社").type == "org"


def test_a_region_written_with_chiho_and_with_shu_is_one_entry():
    entries = extract("ハバロフスク地方の知事は、ハバロフスク州の港を視察した。")
    region = by_ja(entries, "ハバロフスク地方")
    assert region is not None and "ハバロフスク州" in region.variants


def test_a_car_makers_name_cut_after_its_first_character_of_jidosha_joins_it():
    entries = extract("起亜自動車は、起亜自の工場を閉鎖した。")
    assert "起亜自" in by_ja(entries, "起亜自動車").variants


def test_a_katakana_name_that_names_a_station_is_a_town_unless_a_title_follows_it():
    entries = extract("列車はラズドリノエ駅を出た。ラズドリノエと港を結ぶ。")
    assert by_ja(entries, "ラズドリノエ").type == "place"
    entries = extract("ポポフ駅の前でポポフ氏が待った。")
    assert by_ja(entries, "ポポフ").type == "person"


def test_clergy_and_agency_heads_titles_are_no_part_of_the_name():
    entries = extract("イラリオン府主教は平壌に着いた。尹正浩対外経済相と会った。尹対外経済相は述べた。")
    assert by_ja(entries, "イラリオン").type == "person"
    assert by_ja(entries, "イラリオン府") is None and by_ja(entries, "尹対外") is None


def test_an_abbreviation_inside_a_quoted_name_in_parts_is_the_whole_names():
    entries = extract("新工場「起亜モーターズ・ジョージア・プラント（KMGP）」が稼働した。")
    plant = by_ja(entries, "起亜モーターズ・ジョージア・プラント")
    assert plant is not None and "KMGP" in plant.glosses
