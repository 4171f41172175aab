"""Round 58: palaces and temples by their one-kanji head, aircraft by maker and number, ships named with 号,
firms named by two letters, bodies named after a person with fields joined by ・, a body's short name and a
place's katakana name in brackets, abbreviations that close a quotation, quoted names a kind word follows,
ы written two ways, a term after two names of its country, firms without their corporate word, counters and
generic parties that name nothing, venues by town and loanwords, and executive offices named by their seat
(invented sentences)."""
from extract_helpers import by_ja, rendered, type_of_entry

from glossary.extract import extract
from glossary.extract_gloss import Gloss, classify
from glossary.normalize import variant_key
from glossary.text import Paragraph
from glossary.translit import Transliterator


def test_a_palace_or_a_temple_by_its_one_kanji_head_is_a_place_of_the_korea_around_it():
    entries = rendered("観光客はソウル中心部の昌徳宮と景福宮を見物した。")
    assert entries["昌徳宮"].type == "place" and entries["昌徳宮"].origin == "ko_south"
    assert entries["景福宮"].en == "Gyeongbokgung"
    entries = extract("韓国の慶州にある仏国寺を訪れた。")
    assert type_of_entry(entries, "仏国寺") == "place"
    assert by_ja(entries, "仏国") is None  # (not France)
    # a count of temples or a pilgrimage's number is no name
    entries = extract("市内には20余寺が残り、巡礼は7番龍蓋寺から始まる。")
    assert by_ja(entries, "20余寺") is None and by_ja(entries, "7番龍蓋寺") is None
    # the office that runs a palace is a body named by it
    assert type_of_entry(extract("昌徳宮管理所の職員が案内した。"), "昌徳宮管理所") == "org"


def test_an_aircraft_by_its_makers_katakana_name_and_number_is_a_weapon_in_english_designation():
    entries = rendered("空軍はミグ23戦闘機4機を緊急発進させ、ツポレフ22爆撃機を追跡した。")
    assert entries["ミグ23"].type == "weapon" and entries["ミグ23"].en == "MiG-23"
    assert entries["ツポレフ22"].en == "Tu-22"


def test_a_ship_named_after_the_word_for_its_kind_with_go_is_a_name_written_without_go_too():
    entries = rendered("海軍は調査船アルバトロス号を拿捕した。アルバトロスは港に曳航された。")
    entry = by_ja(list(entries.values()), "アルバトロス号")
    assert entry is not None and "アルバトロス" in entry.variants
    assert entry.en == "Albatross"


def test_two_letters_and_the_word_written_on_them_are_one_firms_name():
    entries = extract("製薬会社KXファルマ（KX Pharma）が受注した。KXファルマ側は否定した。")
    entry = by_ja(entries, "KXファルマ")
    assert entry is not None and entry.type == "org" and "KX Pharma" in entry.glosses
    assert by_ja(entries, "ファルマ") is None
    assert type_of_entry(extract("決勝ではSC北見が勝った。"), "SC北見") == "org"
    # a union's letters before a word name no firm (EUサミット is a meeting)
    assert type_of_entry(extract("EUサミットが開かれた。"), "EUサミット") != "org"


def test_a_country_before_its_team_is_no_person():
    assert type_of_entry(extract("準決勝で日本代表に敗れた。"), "日本") != "person"


def test_a_deputy_speaker_of_a_house_is_a_title():
    entries = extract("政党「未来」のイワン・ソコロフ下院副議長が出馬した。")
    assert type_of_entry(entries, "イワン・ソコロフ") == "person"
    assert not any(e.ja.endswith("下院") for e in entries)


def test_a_flying_unit_named_by_its_fleet_and_number_is_one_body():
    entries = extract("偵察機は第7艦隊航空哨戒飛行隊（VP-7）に所属していた。")
    entry = by_ja(entries, "第7艦隊航空哨戒飛行隊")
    assert entry is not None and entry.type == "org" and "VP-7" in entry.glosses


def test_fields_joined_by_a_dot_in_a_body_named_after_its_country_or_a_person():
    entries = extract("資料はロシア国立経済・技術史アーカイブ（RGAET）から提供された。")
    entry = by_ja(entries, "ロシア国立経済・技術史アーカイブ")
    assert entry is not None and entry.type == "org" and "RGAET" in entry.glosses
    entries = extract("薬はペトロフ国立化学・薬理学研究センター（ペトロフ研究所）が開発した。")
    entry = by_ja(entries, "ペトロフ国立化学・薬理学研究センター")
    assert entry is not None and "ペトロフ研究所" in entry.variants


def test_a_bodys_short_name_and_a_places_katakana_name_in_brackets_are_other_names():
    assert classify("ソコロフ研究所", "モスクワのソコロフ国立物理・化学研究センター") == \
        Gloss("alias", ("ソコロフ研究所",))
    assert classify("ボリショイ島", "アムール川の黒瞎子島") == Gloss("alias", ("ボリショイ島",))
    assert classify("ボリショイ島", "アムール川のタラバロフ島") is None  # (two katakana names: not this rule's)


def test_an_abbreviation_that_closes_a_quotation_is_the_whole_quoted_names():
    entries = extract("選手団は「中立の個人資格選手（AIN）」として出場した。")
    entry = by_ja(entries, "中立の個人資格選手")
    assert entry is not None and "AIN" in entry.glosses
    assert by_ja(entries, "個人資格選手") is None


def test_quoted_words_a_kind_word_follows_are_a_name_though_they_hold_a_verb():
    entries = extract("支持者は「戦争に反対する金曜日」運動を始めた。")
    assert type_of_entry(entries, "戦争に反対する金曜日") == "org"


def test_russian_yery_written_two_ways_meets_under_one_key():
    assert variant_key("ドブルイニン") == variant_key("ドブリーニン")
    assert variant_key("ブイコフ") == variant_key("ビコフ")
    assert variant_key("ルイス") != variant_key("リス")  # (Louis: not at a name's start)
    entries = extract("クルイロフ外相は訪朝した。クリーロフ氏は会談後に帰国した。")
    entry = by_ja(entries, "クルイロフ")
    assert entry is not None and "クリーロフ" in entry.variants


def test_a_term_after_two_names_of_its_country_is_one_term():
    entries = extract("露首相選は混乱した。ロシア首相選では与党が勝った。露首相選の結果は。ロシア首相選の投票。")
    entry = by_ja(entries, "露首相選")
    assert entry is not None and "ロシア首相選" in entry.variants


def test_a_firm_named_with_global_is_the_firm_its_name_alone_names():
    entries = extract("製薬大手のテラノスグローバルが受注した。テラノス側は生産を急ぐ。")
    entry = by_ja(entries, "テラノスグローバル")
    assert entry is not None and "テラノス" in entry.variants


def test_counters_and_generic_parties_name_no_body():
    assert type_of_entry(extract("日本は2次リーグで敗れた。"), "2次リーグ") != "org"
    assert type_of_entry(extract("いずれも政権寄りの「体制内野党」とされる。"), "体制内野党") != "org"


def test_a_russian_name_takes_no_polish_spelling():
    result = Transliterator().transliterate("クルシェルニツキ", origin="ru")
    assert "sz" not in result.english.lower() and "cz" not in result.english.lower()


def test_a_venue_named_by_its_town_and_loanwords_composes_in_english():
    entries = rendered("韓国の江陵で試合があった。江陵アイスアリーナには観客が集まった。")
    assert entries["江陵アイスアリーナ"].en == "Gangneung Ice Arena"


def test_an_executive_office_named_by_its_seat_is_that_seats_in_its_file_only():
    entries = extract([Paragraph("ロシアのクレムリン（大統領府）は声明を出した。大統領府は否定した。", "a.txt", 1),
                       Paragraph("韓国の青瓦台（大統領府）は声明を出した。大統領府は歓迎した。", "b.txt", 1)])
    kremlin, blue_house = by_ja(entries, "クレムリン"), by_ja(entries, "青瓦台")
    assert kremlin is not None and blue_house is not None and kremlin is not blue_house
    assert "大統領府" in kremlin.variants and "大統領府" in blue_house.variants
