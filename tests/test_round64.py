"""Round 64: (invented names and sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_numbered_name_in_quotes_names_the_first_of_its_series_quoted_without_the_number():
    entries = extract("新パイプライン「北極の星2」の建設を協議した。\n既存の「北極の星」の輸送量を増やす。", file="t.txt")
    first, second = by_ja(entries, "北極の星"), by_ja(entries, "北極の星2")
    assert first is not None and second is not None and first is not second and first.type == second.type
    assert by_ja(entries, "北極の星") is not None and "北極" in {v for e in entries for v in e.variants}
    # (the same words quoted in a file with no numbered name are a phrase quoted)
    assert by_ja(extract("既存の「北極の星」の輸送量を増やす。", file="t.txt"), "北極の星") is None


def test_a_countrys_forces_by_its_letter_are_named_before_their_craft_and_men():
    for text in ("米軍機の爆撃で堤防が壊れた。", "米軍兵士が負傷した。", "米軍将校の手記が見つかった。"):
        assert rendered(text)["米軍"].type == "org", text
    assert "米軍" not in rendered("米軍艦が入港した。")  # (a US warship: 米|軍艦)
    assert "米軍" not in rendered("米軍基金が設立された。")


def test_a_brand_then_its_firms_formal_name_in_brackets_is_one_firm():
    entries = rendered("韓国のソヨンタイヤ（東洋タイヤ・アンド・ラバー）はロシアで工場を運営する。")
    firm = entries["ソヨンタイヤ"]
    assert "東洋タイヤ・アンド・ラバー" in firm.variants and firm.type == "org"
    assert not any(e.ja.startswith("タイヤ") or e.ja == "アンド・ラバー" for e in entries.values())


def test_a_person_an_institution_is_named_after_stays_in_its_name_before_a_word_for_its_subordinates():
    entries = rendered("金日成軍事総合大学傘下の研究所で働く。")
    assert entries["金日成軍事総合大学"].type == "org" and "軍事総合大学" not in entries


def test_a_ministry_then_an_office_it_names_is_one_body_and_the_ministry_is_named_too():
    entries = rendered("記録は外務省外交史料館に残る。")
    assert entries["外務省外交史料館"].type == "org" and entries["外務省"].type == "org"
    assert "外交史料館" not in entries


def test_a_republics_army_is_a_body_and_the_republic_is_named_inside_it():
    entries = rendered("ドネツク人民共和国軍が攻撃した。")
    assert entries["ドネツク人民共和国軍"].type == "org" and entries["ドネツク人民共和国"].type == "place"


def test_a_branch_of_a_named_body_is_named_with_it_before_its_institute():
    entries = rendered("ロシア科学アカデミー極東支部海洋生物学研究所の所長が語った。")
    assert entries["ロシア科学アカデミー極東支部海洋生物学研究所"].type == "org"
    assert entries["ロシア科学アカデミー極東支部"].type == entries["ロシア科学アカデミー"].type == "org"
    assert "海洋生物学研究所" not in entries and "極東支部海洋生物学研究所" not in entries


def test_a_town_on_a_river_is_the_town_written_without_the_river():
    entries = rendered("ロストフ・ナ・ドヌは南部の都市だ。\nロストフの市長が語った。")
    assert "ロストフ" in entries["ロストフ・ナ・ドヌ"].variants


def test_a_nature_park_written_a_park_is_one_place():
    entries = rendered("ハンカ自然公園で調査した。\nハンカ公園の職員が語った。")
    assert "ハンカ公園" in entries["ハンカ自然公園"].variants


def test_a_name_before_an_officers_rank_is_a_persons_even_where_it_names_a_city():
    assert rendered("司令官はベルリン少将だった。")["ベルリン"].type == "person"
    assert rendered("ベルリン市長が語った。")["ベルリン"].type == "place"


def test_tsi_written_chi_in_older_texts_is_one_name():
    entries = rendered("ツィオルコフスキーは学者だ。\n当時の本はチオルコフスキーと書いた。")
    assert "チオルコフスキー" in entries["ツィオルコフスキー"].variants


def test_a_kanji_unidic_has_only_as_a_symbol_is_a_character_of_a_name():
    entries = rendered("韓国の海岸にある蔚岩灯台（ウラム灯台）は古い。")
    lighthouse = entries["蔚岩灯台"]
    assert lighthouse.type == "place" and lighthouse.origin == "ko_south" and lighthouse.en == "Uram Lighthouse"
    assert "ウラム灯台" not in entries


def test_a_katakana_village_renamed_keeps_its_unit_and_reads_as_a_russian_place():
    entries = rendered("ムホ村（現イワノフカ村）で生まれた。")
    assert "イワノフカ村" in entries["ムホ村"].variants
    assert TRANSLITERATOR.transliterate("イワノフカ村").english == "Ivanovka"


def test_a_place_written_after_the_town_it_lies_in_is_named_alone():
    entries = rendered("釜山市影島に工場を置く。")
    assert entries["影島"].en == "Yeongdo"


def test_an_arm_of_the_service_before_a_units_number_is_part_of_its_name():
    entries = rendered("町には騎兵第3連隊の一部が駐留していた。")
    assert entries["騎兵第3連隊"].type == "org" and entries["騎兵第3連隊"].en == "3rd Cavalry Regiment"


def test_a_name_in_katakana_and_letters_is_glossed_by_its_latin_spelling():
    entries = rendered("政府系の金融機関トランスRF（TRANS.RF）によると、輸送は増えた。")
    assert entries["トランスRF"].glosses == ["TRANS.RF"]


def test_a_german_tz_is_no_russian_spelling():
    assert TRANSLITERATOR.transliterate("ミンツ", origin="ru").english == "Mints"


def test_a_kanji_name_read_in_brackets_listed_with_a_place_read_so_is_a_place():
    entries = rendered("北朝鮮は羅先（ラソン）と文徳（ムンドク）の湿地を登録した。")
    assert entries["文徳"].type == "place" and entries["文徳"].en == "Mundok"


def test_a_special_self_governing_province_is_a_state_in_english():
    assert TRANSLITERATOR.transliterate("全北特別自治道").english == "Jeonbuk State"
