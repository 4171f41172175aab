"""Weapons named by a Latin designation, Korean addresses, administrations named after their leader, a country's
letter before a name, places joined by ・, bodies of the state and world regions written alone, agencies and party
departments, and a family name's long o written two ways (invented sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja, type_of, type_of_entry


@pytest.mark.parametrize("text, designation", [
    ("前線ではSu-30戦闘機から滑空爆弾が投下された。", "Su-30"),  # the kind after the designation
    ("空軍基地の戦略爆撃機Tu160やTu22M3が損傷した。", "Tu22M3"),  # (letters and digits after the number)
    ("巡航ミサイル「Kh-101」と「Kh-555」が撃ち込まれた。", "Kh-555"),  # the second of a list
    ("残骸から北朝鮮製の「KN-25」「KN-21」を確認したと、弾道ミサイルの専門家が述べた。", "KN-21"),
    ("短距離弾道ミサイル「ＫＮ２３」「ＫＮ２４」を発射した。", "ＫＮ２４"),  # full-width, as typeset news prints it
    ("米空軍のB52戦略爆撃機が参加した。", "B52"),  # a letter and two digits, like G20, but no group
    ("既に配備されている米国製F16と合わせ、近代化を進める。", "F16"),  # made in a country, no kind near
    ("空軍のA50早期警戒管制機も確認された。", "A50"),  # aircraft that are not fighters or bombers
    ("哨戒機P8が上空を飛行した。", "P8"),
])
def test_a_latin_designation_near_a_kind_of_weapon_is_a_weapon(text, designation):
    assert type_of(text, designation) == "weapon"


@pytest.mark.parametrize("text, name, weapon", [
    ("巡航ミサイルトマホークを購入する。", "トマホーク", True),  # UniDic spells it as a name: Tomahawk
    ("地対空誘導弾パトリオット（PAC3）を配備した。", "パトリオット", True),  # glossed in Latin letters
    ("ミサイルランチャーを配備した。", "ランチャー", False),  # a launcher is no name
])
def test_a_katakana_name_after_a_kind_of_weapon_is_a_weapon(text, name, weapon):
    assert (type_of(text, name) == "weapon") is weapon


@pytest.mark.parametrize("text, designation", [
    ("G20首脳はミサイル発射を非難した。", "G20"),  # a group, whatever the sentence is about
    ("「ミサイル開発」研究会 FY2024-3号", "FY2024-3"),  # an issue of a report
    ("新型のSu-30を公開した。", "Su-30"),  # no kind of weapon in its sentence: not known for one
])
def test_not_every_designation_is_a_weapon(text, designation):
    assert type_of(text, designation) != "weapon"


def test_a_korean_province_and_the_places_written_after_it_are_an_address():
    entries = extract("発射場（平安北道東倉里）から打ち上げた。核実験場は咸鏡北道吉州郡豊渓里にある。", file="t.txt")
    for name in ("平安北道", "東倉里", "咸鏡北道", "吉州郡", "豊渓里"):
        entry = by_ja(entries, name)
        assert entry is not None and entry.type == "place" and entry.origin == "ko_north", name
    assert by_ja(entries, "道東") is None  # UniDic's 道東 (eastern Hokkaido) cut across the address


@pytest.mark.parametrize("text,district,side", [
    # 江東郡 names a county of each Korea: the city before it says which
    ("北朝鮮の工場は平壌市江東郡にある。", "江東郡", "ko_north"),
    ("韓国の警察はソウル市江東区の事務所を捜索した。", "江東区", "ko_south"),
])
def test_a_district_after_a_city_one_korea_governs_as_a_province_is_that_koreas(text, district, side):
    entry = by_ja(extract(text, file="t.txt"), district)
    assert entry is not None and entry.type == "place" and entry.origin == side


def test_a_county_or_city_after_a_province_is_a_place_even_where_the_words_cross_it():
    # UniDic reads 黄|海南|道康 as a surname and a given name; 恵山|市 could end at 山
    entries = extract("黄海南道康翎郡の境界線付近で。両江道恵山市出身の男性が証言した。", file="t.txt")
    for name in ("黄海南道", "康翎郡", "両江道", "恵山市"):
        assert type_of_entry(entries, name) == "place", name
    assert by_ja(entries, "黄海南道康") is None and by_ja(entries, "恵山") is None


def test_a_province_names_its_korea():
    entries = extract("全羅南道の港で船が沈んだ。", file="t.txt")
    assert by_ja(entries, "全羅南道").origin == "ko_south"


@pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")
@pytest.mark.parametrize("text, person", [
    ("トランプ米政権は制裁を発表した。", "トランプ"),  # an ordinary word (playing cards) JMnedict has as a surname
    ("ゼレンスキー政権は反発した。", "ゼレンスキー"),
    ("韓国の尹錫悦政権は発足直後だった。", "尹錫悦"),
])
def test_an_administration_is_named_after_a_person(text, person):
    assert type_of(text, person) == "person"


@pytest.mark.parametrize("text, word", [
    ("タリバン政権は否定した。", "タリバン"),  # a group's government
    ("ポピュリスト政権が誕生した。", "ポピュリスト"),  # a kind of government
])
def test_a_group_or_a_kind_of_government_is_no_person(text, word):
    assert type_of(text, word) != "person"


def test_a_countrys_letter_before_a_place_is_not_part_of_it():
    entries = extract("米アラスカ州で首脳会談が開かれた。", file="t.txt")
    assert by_ja(entries, "アラスカ州") is not None and by_ja(entries, "米アラスカ州") is None


def test_places_joined_by_a_dot_are_two_places_but_a_dotted_town_is_one():
    entries = extract("東シベリア・イルクーツク州の基地とニジニ・ノヴゴロドの工場", file="t.txt")
    assert by_ja(entries, "イルクーツク州").type == "place" and by_ja(entries, "東シベリア").type == "place"
    assert by_ja(entries, "ニジニ・ノヴゴロド") is not None


def test_a_facility_in_sentences_about_one_korea_is_read_in_korean():
    from glossary.translit import Transliterator

    entries = extract("北朝鮮は西海衛星発射場で新型エンジンの燃焼試験を行ったと朝鮮中央通信が伝えた。", file="t.txt")
    Transliterator().apply(entries)
    site = by_ja(entries, "西海衛星発射場")
    # (JMnedict's 西海 is a town of Japan, Saikai)
    assert site.origin == "ko_north" and site.en == "Sohae Satellite Launching Station"


def test_an_air_base_after_its_towns_name():
    from glossary.translit import Transliterator

    entries = extract("韓国軍と米軍は烏山空軍基地で共同訓練を行った。", file="t.txt")
    Transliterator().apply(entries)
    assert by_ja(entries, "烏山空軍基地").en == "Osan Air Base"


def test_a_party_named_with_a_particle_in_quotes():
    assert type_of("進歩系の「共に未来党」出身の議員が当選した。", "共に未来党") == "org"  # (an invented party)
    assert type_of("彼は「我々と共に戦う党」と述べた。", "我々と共に戦う党") is None  # a verb: a phrase quoted


@pytest.mark.parametrize("text, body, origin, english", [
    ("韓国で非常戒厳が宣布され、兵士が国会に入った。", "国会", "ko_south", "National Assembly"),
    ("ロシアの外務省は声明を出した。", "外務省", "ru", "Ministry of Foreign Affairs"),
    # a country's letter before the body is part of its name, and its English says whose it is
    ("米国防総省は声明を出した。", "米国防総省", "en", "U.S. Department of Defense"),
    ("ロシア国防省は声明を出した。", "ロシア国防省", "ru", "Russian Defence Ministry"),
])
def test_a_body_of_the_state_written_alone_is_its_countrys(text, body, origin, english):
    from glossary.translit import Transliterator

    entries = extract(text, file="t.txt")
    Transliterator().apply(entries)
    entry = by_ja(entries, body)
    assert (entry.type, entry.origin, entry.en) == ("org", origin, english)


def test_a_body_word_inside_a_longer_word_is_not_the_body():
    assert by_ja(extract("国会図書館の資料によると", file="t.txt"), "国会") is None
    assert by_ja(extract("外務省令を改正した。", file="t.txt"), "外務省") is None


def test_a_body_before_its_building_people_or_a_title_is_the_body():
    # 国防|省庁|舎: the tokenizer's words cross the body's end; the building after it still ends a word
    assert by_ja(extract("龍山の国防省庁舎に移した。", file="t.txt"), "国防省").type == "org"
    assert by_ja(extract("外務省関係者によると", file="t.txt"), "外務省").type == "org"
    assert by_ja(extract("禹元植（ウ・ウォンシク）国会議長が求めた。", file="t.txt"), "国会").type == "org"
    assert by_ja(extract("最高裁長官に任命された。", file="t.txt"), "最高裁").type == "org"


def test_a_body_written_alone_joins_its_countrys_when_one_is_named():
    entries = extract("ロシア上院は条約を承認した。上院の議長が述べた。", file="t.txt")
    assert "上院" in by_ja(entries, "ロシア上院").variants


def test_a_country_then_a_place_jmnedict_knows_are_two_places_and_a_town_of_a_division_is_a_place():
    entries = extract("ロシア沿海地方のハサンと北朝鮮を結ぶ橋", file="t.txt")
    assert by_ja(entries, "沿海地方").type == "place" and by_ja(entries, "ロシア沿海地方") is None
    assert by_ja(entries, "ハサン").type == "place"  # (UniDic has ハサン as a given name)
    assert by_ja(extract("ロシア極東の開発が進む。", file="t.txt"), "ロシア極東") is not None  # a region stays


def test_a_world_region_written_alone_is_a_place_of_the_country_in_context():
    from glossary.translit import Transliterator

    entries = extract("大統領はロシアの極東を訪れ、中央アジアの首脳とも会った。極東地域の開発", file="t.txt")
    assert (by_ja(entries, "極東").type, by_ja(entries, "極東").origin) == ("place", "ru")
    assert by_ja(entries, "中央アジア").type == "place"
    # the fuller spelling of a grouped place gives its English
    entries = extract("ロシア極東の港は凍らない。極東の冬は長い。", file="t.txt")
    Transliterator().apply(entries)
    assert by_ja(entries, "ロシア極東").en == "Russian Far East"


def test_an_agency_ending_in_sho_and_a_party_department_are_organisations():
    assert type_of("韓国の大統領警護処は捜査を拒んだ。", "大統領警護処") == "org"  # 処: adverbial in UniDic
    assert type_of("北朝鮮の党軍需工業部の幹部が視察した。", "党軍需工業部") == "org"
    assert type_of("北朝鮮北東部で発射された。", "北朝鮮北東部") != "org"  # 部 alone is no department


def test_a_family_name_with_its_long_o_written_otherwise_joins_the_one_full_name():
    entries = extract("ニコライ・ソロウキン外相は述べた。ソローキン氏は訪問を終えた。", file="t.txt")
    assert "ソローキン" in by_ja(entries, "ニコライ・ソロウキン").variants
    entries = extract("ニコライ・ソロウキン氏とイワン・ソロウキン氏が述べた。ソローキン氏は。", file="t.txt")
    assert by_ja(entries, "ソローキン") is not None  # two bearers: the family name alone joins neither


def test_an_acronym_standing_alone_is_a_name_unless_jmdict_has_it_as_a_word():
    entries = extract("JERAや東北電力が長期契約を結ぶ。ロシアのSNS「VK」にも。LNGの輸入は増えた。", file="t.txt")
    assert by_ja(entries, "JERA") is not None and by_ja(entries, "VK") is not None
    assert by_ja(entries, "LNG") is None and by_ja(entries, "SNS") is None  # JMdict has them as ordinary words
    assert by_ja(entries, "東北電力").type == "org"


def test_an_acronym_joins_the_name_it_glosses_and_its_reading():
    entries = extract("北大西洋条約機構（NATO）は声明を出した。NATOはまた支援を続ける。造船事業「MASGA（マスガ）」。",
                      file="t.txt")
    nato = by_ja(entries, "NATO")
    assert nato is not None and "北大西洋条約機構" in nato.variants and nato.count == 2
    masga = by_ja(entries, "MASGA")
    assert masga is not None and "マスガ" in masga.variants


def test_a_treaty_name_holding_teki_is_whole_but_an_adjective_is_no_part_of_a_term():
    entries = extract("ロシアと北朝鮮は包括的戦略パートナーシップ条約に署名し、経済的支援を約束した。", file="t.txt")
    assert type_of_entry(entries, "包括的戦略パートナーシップ条約") == "event"
    assert by_ja(entries, "戦略パートナーシップ条約") is None
    assert not any("的" in v for e in entries for v in e.variants if e.ja != "包括的戦略パートナーシップ条約")


def test_a_body_only_the_country_before_a_dot_names_takes_the_country_in():
    entries = extract("ロシア・オリンピック委員会（ROC）は資格停止となった。ROCは反発した。"
                      "韓国・慶南大極東問題研究所の教授は懸念を示した。", file="t.txt")
    assert type_of_entry(entries, "ロシア・オリンピック委員会") == "org"
    assert "ROC" in by_ja(entries, "ロシア・オリンピック委員会").variants
    assert by_ja(entries, "韓国・慶南大極東問題研究所") is None  # kanji: the country only locates the body
    entries = extract("ロシア・フィギュアスケート連盟の会長は歓迎した。", file="t.txt")
    assert type_of_entry(entries, "ロシア・フィギュアスケート連盟") == "org"


def test_a_regions_command_and_a_countrys_forces_are_bodies():
    entries = extract("米インド太平洋軍のパパロ司令官と米欧州軍の幹部は、ロシア軍と北朝鮮軍の動きを注視した。露軍は後退し、"
                      "米軍と在韓米軍は警戒を強めた。政府軍も動いた。", file="t.txt")
    # (a command keeps its country's letter, as the press writes it: U.S. Indo-Pacific Command)
    assert type_of_entry(entries, "米インド太平洋軍") == "org"
    assert type_of_entry(entries, "米欧州軍") == "org"
    assert by_ja(entries, "インド") is None  # no country in a region's name
    assert type_of_entry(entries, "北朝鮮軍") == "org" and type_of_entry(entries, "在韓米軍") == "org"
    # (the country's letter is the country: 露軍 is ロシア軍, 米軍 one word to UniDic)
    forces = by_ja(entries, "ロシア軍")
    assert forces is not None and forces.type == "org" and "露軍" in forces.variants
    assert type_of_entry(entries, "米軍") == "org"
    assert type_of_entry(entries, "政府軍") in (None, "term")  # no country: whose forces the text says elsewhere


def test_a_models_designation_alone_in_quotes_is_a_name():
    entries = extract("国産中型旅客機「MC21」には国産エンジン「PD14」を積む。MC21の納入は遅れた。", file="t.txt")
    assert type_of_entry(entries, "MC21") == "other" and type_of_entry(entries, "PD14") == "other"
    # the second of a list of quoted weapons is a weapon too, though no kind of weapon is near it
    entries = extract("ロシア軍が使用した弾道ミサイルの残骸から北朝鮮製の「KN-23」「KN-24」を確認している。", file="t.txt")
    assert type_of_entry(entries, "KN-24") == "weapon"


def test_a_paper_is_named_before_shi_or_after_a_word_for_a_paper():
    entries = extract("イズベスチヤ紙は報じた。英紙ガーディアンとロシア紙コメルサントも伝えた。", file="t.txt")
    for paper in ("イズベスチヤ", "ガーディアン", "コメルサント"):
        assert type_of_entry(entries, paper) == "media", paper
    # (kinds of paper are no papers' names)
    assert by_ja(extract("和紙アートと用紙サイズを選んだ。", file="t.txt"), "アート") is None


def test_a_bodys_short_name_in_brackets_is_a_spelling_of_it():
    entries = extract("大韓弁護士協会（大韓弁協）は反対した。全国人民代表大会（全人代）が開幕した。", file="t.txt")
    assert "大韓弁協" in by_ja(entries, "大韓弁護士協会").variants
    assert "全人代" in by_ja(entries, "全国人民代表大会").variants
    assert by_ja(entries, "大韓") is None  # a word of the short name is no place of its own


def test_a_body_after_its_owner_word_is_named_by_a_katakana_word_jmdict_lacks():
    entries = extract("ベラルーシ国営ベルタ通信によると、両国は合意した。", file="t.txt")
    assert type_of_entry(entries, "ベルタ通信") == "media"
    assert by_ja(entries, "ベラルーシ国営ベルタ通信") is None


def test_a_quoted_name_after_a_kind_of_body_is_that_body():
    assert type_of("サマラの宇宙ロケットセンター「プログレス」が製造した。", "プログレス") == "org"


def test_a_firms_rank_in_its_trade_describes_the_firm_named_after_it():
    entries = extract("韓国の通信大手SKテレコムと通信大手KTが提携し、鉄鋼大手の工場も稼働した。", file="t.txt")
    assert type_of_entry(entries, "SKテレコム") == "org" and type_of_entry(entries, "KT") == "org"
    assert by_ja(entries, "通信大手SKテレコム") is None and by_ja(entries, "通信大手KT") is None
    # a kanji word between the rank and the name keeps the run a description (最大手銀行ズベルバンク)
    entries = extract("ロシア最大手銀行ズベルバンクは声明を出した。", file="t.txt")
    assert by_ja(entries, "銀行ズベルバンク") is None
