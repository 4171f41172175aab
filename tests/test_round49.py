"""Round 49: where someone comes from, railway lines named by towns (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.extract_gloss import Gloss, classify
from glossary.translit import Transliterator


def test_a_korean_town_read_as_a_word_before_where_from_is_a_place():
    entries = extract("北朝鮮の開城出身の脱北者が証言した。")
    town = by_ja(entries, "開城")
    assert town is not None and town.type == "place"
    assert by_ja(entries, "開城出身") is None


def test_where_someone_comes_from_is_no_term():
    entries = extract("平壌出身の男性と、軍出身の議員が会った。")
    assert by_ja(entries, "平壌").type == "place"
    assert by_ja(entries, "平壌出身") is None and by_ja(entries, "軍出身") is None


def test_a_word_before_where_from_is_no_korean_town_unless_a_dictionary_says_so():
    entries = extract("北朝鮮の軍人出身の幹部が語った。")
    assert by_ja(entries, "軍人") is None


def test_a_railway_line_named_by_a_place_is_a_place_with_its_english():
    entries = extract("北朝鮮は南北を結ぶ京義線の道路を爆破した。")
    line = by_ja(entries, "京義線")
    assert line is not None and line.type == "place"
    Transliterator().apply(entries)
    assert line.en in ("Kyongui Line", "Gyeongui Line")


def test_a_line_after_common_words_is_no_place_even_with_an_acronym():
    entries = extract("軍事境界線（MDL）の北側で銃撃があった。")
    border = by_ja(entries, "軍事境界線")
    assert border.type == "term" and border.glosses == ["MDL"]


def test_a_news_agency_written_without_sha_is_the_agency():
    entries = extract("朝鮮中央通信（KCNA）が報じた。朝鮮中央通信社は声明を出した。")
    assert by_ja(entries, "朝鮮中央通信") is by_ja(entries, "朝鮮中央通信社")


def test_a_village_with_its_unit_is_the_village_written_alone():
    entries = extract("サハリン南部のクジェンキノ村で式典があった。クジェンキノは小さな村だ。")
    village = by_ja(entries, "クジェンキノ村")
    assert village is not None and village is by_ja(entries, "クジェンキノ") and village.type == "place"
    assert by_ja(extract("選手たちは選手村に入った。"), "選手村").type == "term"


def test_a_russian_bay_is_named_as_english_names_bays():
    result = Transliterator().transliterate("アニワ湾", origin="ru")
    assert result.english == "Aniva Bay"


def test_a_port_named_the_english_way_is_the_port_written_with_its_head():
    entries = extract("この地名は欧米の海図に「ポート・ラザレフ」と記された。艦隊はラザレフ港に停泊した。")
    assert by_ja(entries, "ラザレフ港") is by_ja(entries, "ポート・ラザレフ")


def test_a_ship_named_in_quotes_with_go_is_the_ship_named_alone():
    entries = extract("乗組員はスクーナー「ヘダ号」を建造した。ヘダは日本の港の名だ。")
    ship = by_ja(entries, "ヘダ号")
    assert ship is not None and ship.type != "person" and "ヘダ" in ship.variants
    entries = extract("フリゲート艦「パルラダ」は出航した。スクーナー「パルラダ号」は大破した。")
    assert by_ja(entries, "パルラダ") is by_ja(entries, "パルラダ号")


def test_an_admiral_is_a_title_after_the_name():
    entries = extract("ミハイル・ラザレフ提督にちなむ名だ。")
    assert by_ja(entries, "ミハイル・ラザレフ").type == "person"
    assert by_ja(entries, "ミハイル・ラザレフ提督") is None


def test_a_full_name_sharing_a_family_name_with_a_person_is_a_person():
    entries = extract("年下のディナ・アベリナ、アリーナ・アベリナの双子姉妹とも練習した。")
    assert by_ja(entries, "ディナ・アベリナ").type == "person"
    assert by_ja(entries, "アリーナ・アベリナ") is not by_ja(entries, "ディナ・アベリナ")


def test_portfolios_after_a_loanword_are_one_ministry():
    entries = extract("ロシアのデジタル発展・通信・マスコミ省と協定を結んだ。")
    ministry = by_ja(entries, "デジタル発展・通信・マスコミ省")
    assert ministry is not None and ministry.type == "org"
    entries = extract("ロシア経済・財務省が発表した。")
    assert by_ja(entries, "ロシア経済・財務省") is not None


def test_an_acronym_then_the_name_it_stood_for_is_one_medium():
    assert classify("旧ロシア・トゥデー", "RT") == Gloss("alias", ("ロシア・トゥデー",))
    assert classify("旧ロシア・トゥデー", "RTV") is None or classify("旧ロシア・トゥデー", "RTV").kind != "alias"
    entries = extract("RT（旧ロシア・トゥデー）も動画配信を検討している。")
    assert by_ja(entries, "RT") is by_ja(entries, "ロシア・トゥデー")


def test_a_news_agency_named_after_the_word_for_one_keeps_its_country_word():
    entries = extract("国際通信社ロシア・セボードニャ傘下のメディア「スプートニク」が開設された。")
    agency = by_ja(entries, "ロシア・セボードニャ")
    assert agency is not None and agency.type == "media"
    assert by_ja(entries, "スプートニク").type == "media"
    assert by_ja(entries, "ロシア・セボードニャ傘下") is None


def test_a_capital_named_after_shuto_is_a_place():
    entries = extract("ブルガリアの首都ソフィアとウズベキスタンの首都タシケントで合宿した。首都機能が移った。")
    assert by_ja(entries, "ソフィア").type == "place"
    assert by_ja(entries, "首都タシケント") is None and by_ja(entries, "首都機能") is not None


def test_a_schooner_named_in_quotes_is_a_name():
    entries = extract("随伴したスクーナー「ボストーク」で測量した。")
    assert by_ja(entries, "ボストーク").type == "other"


def test_a_secret_treaty_is_an_event():
    entries = extract("「第1次朝露密約」の工作に関わったとされる。")
    assert by_ja(entries, "第1次朝露密約").type == "event"


def test_a_country_glued_before_a_society_of_regions_is_part_of_its_name():
    entries = extract("同財団と韓国スラブ・ユーラシア学会の共催で開かれた。")
    society = by_ja(entries, "韓国スラブ・ユーラシア学会")
    assert society is not None and society.type == "org"


def test_a_word_the_dictionary_spells_the_souths_way_is_spelled_the_norths_in_a_northern_name():
    translit = Transliterator()
    assert translit.transliterate("高麗ホテル", origin="ko_north").english == "Koryo Hotel"
    assert translit.transliterate("平壌国際空港", origin="ko_north").english == "Pyongyang International Airport"


def test_an_island_whose_town_geonames_knows_in_one_korea_is_of_that_korea():
    result = Transliterator().transliterate("白翎島")
    assert result.origin == "ko_south" and result.english == "Baengnyeong Island"
