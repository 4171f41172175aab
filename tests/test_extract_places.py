"""Places JMnedict confirms: inside a longer compound (延坪島 of 延坪島砲撃事件) and joined by の (赤の広場)."""
from __future__ import annotations

import pytest

from glossary.extract import dictionary_place, extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja, type_of, type_of_entry

pytestmark = pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")


def test_dictionary_place_lookup():
    assert dictionary_place("延坪島") and dictionary_place("赤の広場")
    assert not dictionary_place("中央広場")  # an ordinary square, no name
    assert not dictionary_place("無名戦士の墓")


def test_place_inside_an_event_name():
    entries = extract("北朝鮮は延坪島砲撃事件について説明しなかった。", file="t.txt")
    place = by_ja(entries, "延坪島")
    assert place is not None and place.type == "place"
    event = by_ja(entries, "延坪島砲撃事件")
    assert event is not None and event.type == "event"
    assert place is not event


def test_whole_compound_confirmed_as_place():
    # UniDic reads 延坪 as a common noun: only the dictionary makes 延坪島 a place
    assert type_of("砲弾は延坪島に落ちた。", "延坪島") == "place"


def test_place_joined_by_no():
    entries = extract("モスクワの赤の広場で軍事パレードが行われた。", file="t.txt")
    square = by_ja(entries, "赤の広場")
    assert square is not None and square.type == "place"
    assert by_ja(entries, "モスクワ") is not None


def test_no_place_for_unknown_spans():
    entries = extract("市の中央広場で集会が開かれた。兵士は無名戦士の墓に献花した。", file="t.txt")
    assert by_ja(entries, "中央広場") is None or by_ja(entries, "中央広場").type != "place"
    assert by_ja(entries, "市の中央広場") is None


def test_place_inside_an_organisation_name_stays_part_of_it():
    entries = extract("北大西洋条約機構は声明を出した。", file="t.txt")
    assert by_ja(entries, "北大西洋") is None
    org = by_ja(entries, "北大西洋条約機構")
    assert org is not None and org.type == "org"


def test_worker_processes_find_the_same_places():
    paras = "\n\n".join(["北朝鮮は延坪島砲撃事件について説明しなかった。", "モスクワの赤の広場で軍事パレードが行われた。"] * 3)
    one = [e.to_dict() for e in extract(paras, file="t.txt", workers=1)]
    two = [e.to_dict() for e in extract(paras, file="t.txt", workers=2)]
    assert one == two
    assert any(e["ja"] == "赤の広場" and e["type"] == "place" for e in two)


def test_republic_and_autonomous_okrug_are_place_heads():
    entries = extract("プーチン氏は極東サハ共和国の中心都市ヤクーツクを訪れた。ヤマロ・ネネツ自治管区でも。", file="t.txt")
    assert type_of_entry(entries, "サハ共和国") == "place"
    assert by_ja(entries, "極東サハ") is None and by_ja(entries, "極東サハ共和国") is None
    assert type_of_entry(entries, "ヤマロ・ネネツ自治管区") == "place"


def test_division_jmnedict_knows_before_a_district_is_a_place_of_its_own():
    entries = extract("ロシア極東の沿海地方ハサン地区と北朝鮮の羅先を結ぶ橋。", file="t.txt")
    assert type_of_entry(entries, "沿海地方") == "place"
    assert type_of_entry(entries, "ハサン地区") == "place"
    assert by_ja(entries, "沿海地方ハサン地区") is None


def test_governor_named_before_the_province_he_governs():
    entries = extract("アレクサンドル・ヒンシテイン・クルスク州知事は攻撃を非難した。", file="t.txt")
    assert type_of_entry(entries, "アレクサンドル・ヒンシテイン") == "person"
    assert type_of_entry(entries, "クルスク州") == "place"
    assert not any("クルスク州" in v and "ヒンシテイン" in v for e in entries for v in e.variants)
    # a province whose own name holds a ・ stays whole before its governor
    assert type_of("ハンティ・マンシ自治管区知事と会った。", "ハンティ・マンシ自治管区") == "place"


def test_katakana_town_after_the_said_province():
    entries = extract("クルスク州を占領しており、同州スジャ周辺で戦闘が続く。同州メディアが伝えた。", file="t.txt")
    assert type_of_entry(entries, "スジャ") == "place"  # UniDic has スジャ as a common noun
    assert by_ja(entries, "同州スジャ周辺") is None
    assert by_ja(entries, "メディア") is None  # a loanword of a foreign spelling is no town


def test_numbered_military_units_are_organisations_and_a_town_before_its_surroundings_a_place():
    entries = extract("第3軍団がボロワ周辺で防衛線を築き、第47独立機械化旅団も加わった。機械化旅団が前進した。", file="t.txt")
    assert type_of_entry(entries, "第3軍団") == "org"
    assert type_of_entry(entries, "第47独立機械化旅団") == "org"
    assert type_of_entry(entries, "ボロワ") == "place"
    assert type_of_entry(entries, "機械化旅団") != "org"  # no number, no name: a kind of unit


def test_a_world_region_before_a_relation_suffix_still_stands_alone():
    entries = extract("富山港などから極東向けに中古車を送る。極東地域の開発も進む。", file="t.txt")
    region = by_ja(entries, "極東")
    assert region is not None and region.type == "place" and region.count == 1  # not 極東地域


def test_a_katakana_name_right_after_a_division_is_a_town_of_it():
    entries = extract("橋はロシアの沿海地方ハサンと北朝鮮の羅先を結ぶ。", file="t.txt")
    assert type_of_entry(entries, "ハサン") == "place"


def test_where_around_a_place_is_no_part_of_its_name():
    entries = extract("北方領土周辺の水域で日本の漁船が操業した。", file="t.txt")
    assert type_of_entry(entries, "北方領土") == "place"
    assert by_ja(entries, "北方領土周辺") is None


@pytest.mark.parametrize("text, types", [
    # a division, then a peninsula in it: two places
    ("ノバテクはヤマロ・ネネツ自治管区ギダン半島でガス田を開発する。", {"ヤマロ・ネネツ自治管区": "place", "ギダン半島": "place"}),
    # institutions named after a person: the person's name is part of theirs
    ("北朝鮮の金日成総合大学と金日成広場を訪れた。", {"金日成総合大学": "org", "金日成広場": "place"}),
])
def test_names_side_by_side_or_inside_one_another(text, types):
    entries = extract(text, file="t.txt")
    assert {form: type_of_entry(entries, form) for form in types} == types


def test_the_reading_of_kanji_in_brackets_is_no_person_by_a_given_name_in_it():
    entries = extract("北朝鮮の元山葛麻（ウォンサン・カルマ）海岸観光地区を視察した。", file="t.txt")
    assert type_of_entry(entries, "元山葛麻") != "person"


@pytest.mark.parametrize("text, name, kind, part", [
    ("南シナ海問題では各国が対立した。", "南シナ海", "place", "シナ海"),  # a compass point before a sea
    ("新型ロケット「千里馬2型」を打ち上げた。", "千里馬2型", "weapon", "千里"),  # a place inside a quoted weapon
])
def test_a_part_of_a_name_is_no_name_of_its_own(text, name, kind, part):
    entries = extract(text, file="t.txt")
    assert type_of_entry(entries, name) == kind
    assert by_ja(entries, part) is None


@pytest.mark.parametrize("text, places, not_places", [
    # a city, then a ward of it: two places, whatever UniDic makes of the ward's kanji (瑞|草); the address is a
    # spelling of the ward (test_round32), no entry of its own
    ("大法院はソウル市瑞草区にある。", ["ソウル", "瑞草区"], []),
    ("龍山区の大統領室と江南区を結ぶ。", ["龍山区", "江南区"], []),
    # an ethnic autonomous region is named with its place first
    ("中国広西チワン族自治区で会談した。", ["広西チワン族自治区"], ["チワン族自治区"]),
])
def test_wards_and_autonomous_regions_are_places(text, places, not_places):
    entries = extract(text, file="t.txt")
    assert {p: type_of_entry(entries, p) for p in places} == {p: "place" for p in places}
    assert all(by_ja(entries, p) is None for p in not_places)


def test_a_district_of_ordinary_words_is_no_place():
    entries = extract("小選挙区と比例区の候補者が経済特区を訪れた。", file="t.txt")
    assert not any(e.type == "place" for e in entries)


def test_a_katakana_word_after_a_division_is_a_town_in_it():
    entries = extract("ロシア西部クルスク州スジャを制圧した。", file="t.txt")  # (UniDic: スジャ a common noun)
    assert type_of_entry(entries, "クルスク州") == "place" and type_of_entry(entries, "スジャ") == "place"
    assert by_ja(entries, "ロシア西部クルスク州") is None


def test_a_loanword_after_a_division_is_no_town_and_the_division_stays_a_place():
    entries = extract("米南部テキサス州メディアによると、工場を建設中だ。", file="t.txt")
    assert type_of_entry(entries, "テキサス州") == "place" and type_of_entry(entries, "メディア") != "place"
    assert by_ja(entries, "米南部テキサス州") is None


def test_a_region_uni_dic_cuts_in_two_is_dropped_before_a_place():
    entries = extract("北極圏ヤマロ・ネネツ自治管区で採掘が始まった。", file="t.txt")
    assert type_of_entry(entries, "ヤマロ・ネネツ自治管区") == "place" and type_of_entry(entries, "北極圏") == "place"


def test_a_country_letter_and_a_compass_point_before_a_place_or_after_it_are_no_part_of_it():
    entries = extract("米南部テネシー州クラークスビルに製錬所を建てる。露中部タタルスタン共和国で生産する。"
                      "モスクワ南東のリャザンも攻撃された。中東情勢も緊迫した。", file="t.txt")
    for place in ("テネシー州", "クラークスビル", "タタルスタン共和国", "モスクワ", "リャザン", "中東"):
        assert type_of_entry(entries, place) == "place", place
    for not_place in ("米南部テネシー州", "中部", "モスクワ南東"):
        assert type_of_entry(entries, not_place) in (None, "term"), not_place


def test_a_country_then_a_katakana_town_are_two_places():
    entries = extract("指標となる豪州ニューカッスルの一般炭価格も低迷が続く。ロシア極東への輸出は減った。", file="t.txt")
    assert type_of_entry(entries, "豪州") == "place"
    assert type_of_entry(entries, "ニューカッスル") == "place"
    assert by_ja(entries, "豪州ニューカッスル") is None
    assert type_of_entry(entries, "ロシア極東") == "place"  # a region of the country stays one name


def test_a_korean_town_read_apart_from_its_unit_is_one_place_with_it():
    # Japanese media put the reading between a Korean town's name and its unit: 義城（ウィソン）郡
    text = ("慶尚北道義城（ウィソン）郡で山火事が起き、安東（アンドン）市に燃え広がった。"
            "出火原因は義城郡内での失火とみられる。安東市の市長は避難を呼びかけた。")
    entries = extract(text, file="t.txt")
    county = by_ja(entries, "義城郡") or by_ja(entries, "義城")
    assert county is not None and county.type == "place"
    assert {"義城", "義城郡", "ウィソン"} <= {county.ja, *county.variants, *county.readings}
    assert by_ja(entries, "慶尚北道") is not None and by_ja(entries, "慶尚北道義城") is not county
    city = by_ja(entries, "安東") or by_ja(entries, "安東市")
    assert city is not None and {"安東", "安東市"} <= {city.ja, *city.variants}


def test_a_reading_before_a_title_is_no_place_unit():
    assert type_of("義城郡の金周洙（キム・ジュス）郡守は被害状況を説明した。", "金周洙") == "person"


def test_a_river_whose_head_the_tokenizer_reads_into_its_bank():
    assert type_of("ロシア軍はドナウ川沿いのイズマイル港を攻撃した。", "ドナウ川") == "place"


def test_a_common_noun_describing_a_named_place_is_no_part_of_it():
    entries = extract("半島中部にある活火山クリュチェフスカヤ山が噴火した。", file="t.txt")
    assert type_of_entry(entries, "クリュチェフスカヤ山") == "place"
    assert by_ja(entries, "活火山クリュチェフスカヤ山") is None
    assert by_ja(entries, "中部") is None  # a part of the peninsula, not Japan's Chubu region


def test_a_continent_is_a_place():
    assert type_of("ユーラシア大陸最高峰の山である。", "ユーラシア大陸") == "place"


def test_a_river_named_with_the_suffix_jiang_after_an_ordinary_word():
    # UniDic reads 大同 as an ordinary noun (great unity) and 江 as a suffix: the river is a place all the same
    assert type_of("平壌の大同江沿いの通りを走った。", "大同江") == "place"


def test_a_city_with_its_unit_is_the_city_written_alone():
    entries = extract("中国遼寧省丹東市と新義州を結ぶ橋。丹東市内では貿易が盛んだ。丹東の業者は語った。", file="t.txt")
    city = by_ja(entries, "丹東")
    assert city is not None and city.type == "place" and "丹東市" in city.variants
    assert by_ja(entries, "丹東市内") is None


def test_a_word_for_a_kind_of_place_then_a_name_is_one_place():
    # UniDic reads キャンプ as an ordinary word and ブラッグ as a family name: the run is one place
    entries = extract("米軍のキャンプ・ハンフリーズで演習があり、部隊はフォート・ブラッグから来た。", file="t.txt")
    assert type_of_entry(entries, "キャンプ・ハンフリーズ") == "place"
    assert type_of_entry(entries, "フォート・ブラッグ") == "place"
    assert by_ja(entries, "ハンフリーズ") is None and by_ja(entries, "ブラッグ") is None


def test_a_katakana_city_with_its_unit_is_the_city_and_a_clipped_country_name_the_country():
    entries = extract("ソウル市は新制度を導入した。ソウルでは雨。ウズベキスタンとウズベク政府が合意した。", file="t.txt")
    assert by_ja(entries, "ソウル市") is None and type_of_entry(entries, "ソウル") == "place"
    country = by_ja(entries, "ウズベキスタン")
    assert country is not None and "ウズベク" in country.variants


def test_a_cosmodrome_is_its_name_alone_but_not_a_country():
    entries = extract("ロシアはバイコヌール宇宙基地からロケットを打ち上げた。バイコヌールからの打ち上げは3回目。"
                      "写真はロシア宇宙基地の発射台。", file="t.txt")
    base = by_ja(entries, "バイコヌール宇宙基地")
    assert base is not None and base.type == "place" and "バイコヌール" in base.variants
    assert "ロシア宇宙基地" not in base.variants and "ロシア宇宙基地" not in by_ja(entries, "ロシア").variants


def test_a_korean_place_read_one_syllable_a_kanji_is_a_place_though_it_ends_in_a_bodys_head():
    # 院 ends many a body's name (国家情報院); the reading says 梨泰院 is a place, and 繁華街 only describes it
    entries = extract("ソウルの繁華街・梨泰院（イテウォン）で事故が起きた。梨泰院には若者が集まる。", file="t.txt")
    place = by_ja(entries, "梨泰院")
    assert place is not None and place.type == "place" and "イテウォン" in place.variants
    assert sorted(e.ja for e in entries if e.type == "place") == ["ソウル", "梨泰院"]
    assert not any("繁華街・梨泰院" in e.variants for e in entries)
    # a body's reading in Korean is no place: 青瓦台（チョンワデ）
    assert type_of("大統領は青瓦台（チョンワデ）で会談した。", "青瓦台") != "place"
