"""Round 61: (invented names and sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import Gloss, classify
from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_south_korean_whose_given_name_is_read_with_its_initial_r_keeps_it_in_the_souths_spelling():
    result = TRANSLITERATOR.transliterate("孔魯明（コン・ロミョン）", origin="ko_south")
    assert result.origin == "ko_south" and result.english == "Kong Ro-myung"
    # (a surname read with the ㄹ the South drops is still spelled as read, its side left open)
    assert TRANSLITERATOR.transliterate("李雪花（リ・ソルファ）", origin="ko_south").english == "Ri Sol Hwa"
    # (read without it, the South's rule applies as before)
    assert TRANSLITERATOR.transliterate("孔魯明（コン・ノミョン）", origin="ko_south").english == "Kong No-myung"


def test_a_countrys_part_named_by_a_point_of_the_compass_is_one_place_not_a_region_of_japan():
    entries = rendered("朝鮮族の多くは中国東北地方に住む。")
    assert "東北地方" not in entries and entries["中国東北地方"].en == "Northeast China"
    # (a division the dictionary knows after its country is still a place of its own)
    assert {"ロシア", "沿海地方"} <= set(rendered("ロシア沿海地方の知事が訪朝した。"))


def test_a_news_agencys_credit_is_no_name_of_the_place_before_it():
    assert classify("ロイター", "男子背泳ぎで優勝した選手＝光州") is None
    assert classify("AP", "写真＝ソウル") is None
    assert classify("AFP", "フランス通信") == Gloss("abbrev", ("AFP",))  # (an agency's own acronym still is)
    assert rendered("優勝したイワノフ＝光州（ロイター）")["光州"].en == "Gwangju"


def test_letters_then_the_word_they_stand_for_or_the_company_they_were():
    assert classify("フコンタクテ", "ネット大手VK") == Gloss("alias", ("フコンタクテ",))
    assert classify("エヌエイチケー", "公共放送NHK") is None  # (letters read out one by one)
    assert classify("旧メール・ドット・ルー・グループ", "IT大手VK") == Gloss("alias", ("メール・ドット・ルー・グループ",))
    assert classify("旧ロシア・ニュース・ネット", "IT大手VK").kind != "alias"


def test_a_name_in_kanji_in_quotes_with_its_foreign_name_inside_them():
    entry = by_ja(extract("中国の「微信（ウィーチャット）」のようなアプリを目指す。"), "微信")
    assert "ウィーチャット" in entry.variants


def test_a_pact_in_quotes_named_otherwise_and_a_title_with_its_russian_initials():
    assert classify("9・19軍事合意", "結ばれた「南北軍事分野合意」") == Gloss("alias", ("9・19軍事合意",))
    assert classify("2018年9月19日合意", "結ばれた「南北軍事分野合意」") is None
    assert classify("ЖЗЛ", "伝記叢書「偉人の生涯」") == Gloss("abbrev", ("ЖЗЛ",))


def test_a_mission_in_a_city_and_a_site_named_after_a_city():
    entries = rendered("在釜山ロシア総領事館の関係者が視察した。競泳は麗水エキスポ海洋公園で行う。")
    assert entries["在釜山ロシア総領事館"].en == "Russian Consulate General in Busan"
    assert entries["釜山"].type == "place" and entries["麗水"].type == "place"
    assert "釜山" not in rendered("釜山大学の教授が語った。")  # (a body named after a city keeps it)


def test_a_korean_named_beside_the_other_koreas_counterpart_is_of_the_korea_the_words_leave_out():
    entries = rendered("金正恩総書記の立ち会いの下、宋永武（ソン・ヨンム）国防相と北朝鮮の努光鉄（ノ・グァンチョル）"
                       "人民武力相が署名した。")
    assert entries["宋永武"].origin == "ko_south" and entries["宋永武"].en == "Song Young-moo"
    assert entries["努光鉄"].origin == "ko_north"


def test_a_korean_place_where_the_japanese_ones_of_its_name_are_villages():
    assert TRANSLITERATOR.transliterate("金浦空港").english == "Gimpo Airport"
    assert TRANSLITERATOR.transliterate("清州空港").origin != "ko_south"  # (Kiyosu is a city of Japan)
    assert TRANSLITERATOR.transliterate("大分空港").english == "Oita Airport"  # (printed without long vowels)
    # a name whose reading reads its last kanji, as no head of its own (橋, a bridge)
    assert rendered("城南市板橋（パンギョ）にある韓国のゲーム会社")["板橋"].en == "Pangyo"


def test_a_countrys_forces_named_before_their_organ_and_a_sequels_number_in_either_figures():
    entries = rendered("韓国軍合同参謀本部（合参）によると、北朝鮮が発射した。")
    assert {"韓国軍", "韓国", "韓国軍合同参謀本部"} <= set(entries)
    assert set(by_ja(extract("「リネージュ2」は人気だ。リネージュIIの愛好者"), "リネージュ2").variants) == \
        {"リネージュ2", "リネージュII"}


def test_a_firm_named_by_an_ordinary_word_that_owns_another_and_a_site_named_by_its_town():
    entries = rendered("米メタ傘下の対話アプリと、会場となった廉州総合体育館。")
    assert entries["メタ"].type == "org" and entries["廉州総合体育館"].type == "place"
    assert "メタ" not in rendered("メタ情報の傘下")  # (no country's letter before it)
    assert rendered("南部大学市立国際水泳場で決勝が行われた。")["南部大学市立国際水泳場"].type == "place"


def test_a_body_shortened_after_its_country_is_dropped():
    entries = extract("ロシア国防省中央公文書館の資料を調べた。国防省公文書館によると、")
    assert "国防省公文書館" in by_ja(entries, "ロシア国防省中央公文書館").variants
