"""Round 59: a house named before its proceedings, North Korea's state bodies and news agency in English, an
agency quoted in a credit line, and a body's own proper name before a generic office (invented sentences)."""
from extract_helpers import by_ja, rendered, type_of_entry

from glossary.extract import extract
from glossary.extract_gloss import Gloss, classify
from glossary.translit import Transliterator


def test_a_house_named_before_its_proceedings_is_the_body():
    assert type_of_entry(extract("首相は国会答弁で慎重な姿勢を示した。"), "国会") == "org"
    assert type_of_entry(extract("野党は国会審議を拒否した。"), "国会") == "org"
    # (a word that only starts so is not: 国会図書館 is the library)
    assert by_ja(extract("国会図書館で資料を調べた。"), "国会") is None


def test_north_koreas_party_state_bodies_and_agency_have_their_own_english():
    entries = rendered("朝鮮中央通信によると、国家保衛省と朝鮮人民軍が最高人民会議に報告した。")
    assert entries["朝鮮中央通信"].en == "Korean Central News Agency"
    assert entries["国家保衛省"].en == "Ministry of State Security"
    assert entries["朝鮮人民軍"].en == "Korean People's Army"
    assert entries["最高人民会議"].en == "Supreme People's Assembly"


def test_an_agency_quoted_in_a_credit_line_is_media_not_a_place():
    entries = extract("（朝鮮中央通信＝共同）金正恩総書記が工場を視察した。")
    assert type_of_entry(entries, "朝鮮中央通信") == "media"
    assert type_of_entry(extract("（タス＝共同）プーチン大統領が述べた。"), "タス") == "media"


def test_a_bodys_own_proper_name_beats_the_generic_office_it_is_glossed_by():
    entries = rendered("当時の青瓦台（大統領府）は声明を出した。")
    assert entries["青瓦台"].en == "Blue House"


def test_a_provisional_government_named_by_its_country_is_a_body_its_short_name_joins():
    entries = extract("1919年に上海で大韓民国臨時政府が樹立された。臨時政府は独立運動を率いた。")
    entry = by_ja(entries, "大韓民国臨時政府")
    assert entry is not None and entry.type == "org" and "臨時政府" in entry.variants
    assert type_of_entry(extract("政府は臨時政府の樹立を検討した。"), "臨時政府") != "org"


def test_a_name_in_quotes_then_another_name_of_it_labelled_or_read_with_its_number():
    assert classify("北朝鮮名・火星10", "中距離弾道ミサイル「ムスダン」") == Gloss("alias", ("火星10",))
    assert classify("プッククソン1", "SLBM「北極星1号」") == Gloss("reading", ("プッククソン1",))
    assert classify("プッククソン2", "SLBM「北極星1号」") is None  # (another number: another missile)


def test_a_weapons_designation_a_ships_project_number_and_a_divided_countrys_half_are_other_names():
    assert classify("SA2", "地対空ミサイルS75") == Gloss("alias", ("SA2",))
    assert classify("641型", "フォックストロット級") == Gloss("alias", ("641型",))
    assert classify("北ベトナム", "ベトナム民主共和国") == Gloss("alias", ("北ベトナム",))
    assert classify("G20", "首脳会議G7") is None


def test_a_renamed_body_keeps_its_namesake_and_a_region_becomes_a_division():
    assert classify("現・国立マケーエフ記念ロケットセンター", "マケーエフ設計局") == \
        Gloss("alias", ("国立マケーエフ記念ロケットセンター",))
    assert classify("現サハ共和国", "ヤクーチア") == Gloss("alias", ("サハ共和国",))
    assert classify("現・モスクワ大学", "レーニン記念研究所") is None


def test_a_reading_of_the_last_of_words_joined_by_a_dot_is_that_words_and_names_a_business_group():
    entries = extract("韓国・現代（ヒョンデ）グループの創業者が来た。現代グループは発展した。")
    entry = by_ja(entries, "現代")
    assert entry is not None and entry.type == "org" and "ヒョンデ" in entry.variants
    assert "現代グループ" in entry.variants
    assert by_ja(entries, "韓国・現代") is None


def test_a_korean_named_after_a_business_group_is_a_south_korean():
    entries = rendered("出身地の峨山里は現在は北朝鮮側にある。現代自動車グループの鄭義宣（チョン・ウィソン）会長も祝辞を寄せた。")
    assert entries["鄭義宣"].origin == "ko_south"


def test_a_caption_before_a_credit_line_names_no_place():
    entries = extract("試験輸送を実施した。（写真は浦項港に着いた石炭運搬船＝聯合ニュース）")
    assert all("写真" not in e.ja for e in entries)
    assert type_of_entry(entries, "聯合ニュース") == "media"


def test_a_party_after_its_standing_in_parliament_is_named_without_it():
    entries = extract("与党セヌリ党内にも慎重論がある。")
    assert type_of_entry(entries, "セヌリ党") == "org" and by_ja(entries, "与党セヌリ党") is None


def test_an_old_given_name_cut_at_no_is_one_name():
    entries = extract("東京帝国大学の中井猛之進が朝鮮各地で標本を集めた。")
    assert type_of_entry(entries, "中井猛之進") == "person" and by_ja(entries, "中井猛") is None


def test_a_kanji_name_listed_with_a_place_is_a_place():
    entries = rendered("1897年に豆満江を越え、会寧や茂山を経て白頭山のふもとまで踏査した。")
    assert entries["茂山"].type == "place" and entries["茂山"].en == "Musan"
    # (not a name of no type in a list of Japan's places: an era's or a person's as often)
    assert type_of_entry(extract("京都や家康の時代を学んだ。"), "家康") != "place"


def test_each_korea_by_the_name_the_other_gives_it_is_one_country():
    entries = extract("北朝鮮は韓国を「南朝鮮」と呼んでいた。韓国では北朝鮮を北韓と呼ぶ。")
    assert "南朝鮮" in by_ja(entries, "韓国").variants and "北韓" in by_ja(entries, "北朝鮮").variants


def test_a_countrys_ship_of_a_kind_is_no_class_of_ships():
    assert type_of_entry(extract("ソ連潜水艦が北朝鮮ミサイルの源流になった。"), "ソ連潜水艦") in (None, "term")
    assert type_of_entry(extract("北朝鮮は新浦級潜水艦を建造した。"), "新浦級潜水艦") == "weapon"


def test_a_state_guesthouse_is_a_place_by_any_word_before_its_head():
    assert type_of_entry(extract("合意は北京の釣魚台国賓館で採択された。"), "釣魚台国賓館") == "place"


def test_a_korean_place_in_kanji_before_a_head_composes_when_no_dictionary_puts_it_in_japan():
    entries = rendered("平壌の順安飛行場では金日成首相が出迎えた。")
    assert entries["順安飛行場"].en == "Sunan Airfield"
    assert Transliterator().transliterate("富山空港").english == "Toyama Airport"
