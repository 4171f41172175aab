"""Round 51: a country's kind of body, names that open on a number or are one letter, spellings two steps apart
(invented sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import classify


def test_a_countrys_kind_of_body_is_no_name():
    entries = extract("米情報機関によると、ロシア捜査機関は露金融機関を調べた。")
    assert not [e.ja for e in entries if e.ja.endswith("機関")]
    assert by_ja(entries, "ロシア") is not None


def test_the_kind_then_the_body_keeps_the_body():
    entries = extract("韓国情報機関の国家情報院が発表した。")
    assert by_ja(entries, "国家情報院") is not None and by_ja(entries, "韓国情報機関") is None


def test_a_name_that_opens_on_a_number_is_glossed_with_its_latin_spelling():
    assert classify("38 North", "米研究機関の38ノース").values == ("38 North",)
    entry = rendered("米研究機関の38ノース（38 North）は衛星写真を分析した。")["38ノース"]
    assert entry.en == "38 North"


def test_a_number_that_is_not_the_names_is_no_gloss():
    assert classify("38 North", "米研究機関のノース") is None


def test_a_brand_renamed_to_one_letter_is_named_by_the_letter():
    entry = rendered("声明をX（旧ツイッター）に投稿した。")["X"]
    assert "ツイッター" in entry.variants and entry.en == "X"


def test_a_lone_letter_without_another_name_is_no_entry():
    assert by_ja(extract("計画Xを進めた。"), "X") is None


def test_a_soft_l_before_a_suffix_written_either_way_is_one_name():
    entries = extract("ゴメリスキー監督が就任した。ゴメルスキー氏は語った。")
    assert {"ゴメリスキー", "ゴメルスキー"} <= set(by_ja(entries, "ゴメリスキー").variants)


def test_two_spellings_that_meet_at_a_third_are_one_name():
    entries = extract("シュティコフ大使が着任した。シトゥイコフは金日成と会った。")
    assert {"シュティコフ", "シトゥイコフ"} <= set(by_ja(entries, "シュティコフ").variants)


def test_two_different_short_names_do_not_meet():
    entries = extract("イワノフ氏とイワノワ氏が会った。")
    assert by_ja(entries, "イワノフ") is not by_ja(entries, "イワノワ")


def test_a_river_keeps_its_head_before_where_along_it():
    # UniDic reads 川中 of ボルガ川中流域 as one word
    entries = extract("工場はボルガ川中流域のサマラ州にある。")
    assert by_ja(entries, "ボルガ川") is not None and by_ja(entries, "ボルガ") is None


def test_a_country_before_its_province_is_a_place_of_its_own():
    entries = extract("旅順（現中国遼寧省大連市）を租借した。")
    assert by_ja(entries, "遼寧省") is not None and by_ja(entries, "中国遼寧省") is None


def test_a_go_players_rank_is_a_title():
    entries = extract("李世乭（イ・セドル）九段が勝った。朴九段は語った。")
    assert by_ja(entries, "九段") is None and by_ja(entries, "朴九段") is None
    assert by_ja(entries, "李世乭").type == "person"


def test_a_member_of_a_house_is_a_person_and_no_body():
    entries = extract("与党のドミトリー・ゴルシコフ下院議員は語った。")
    assert by_ja(entries, "ドミトリー・ゴルシコフ").type == "person"
    assert not [e for e in entries if e.ja.endswith("下院")]


def test_a_suppliers_credit_names_a_body_and_no_place():
    entries = extract("漁船（ロシア連邦保安局提供・共同）")
    assert by_ja(entries, "ロシア連邦保安局").type == "org"
    assert not [e for e in entries if e.ja.endswith("・")]


def test_a_university_named_by_its_country_and_status_is_one_name_with_its_school():
    entries = extract("ロシア国立研究大学高等経済学院（HSE）の研究者。韓国外国語大学ロシア研究所の教授。")
    assert by_ja(entries, "ロシア国立研究大学") is None
    assert by_ja(entries, "韓国外国語大学") is not None


def test_the_field_before_a_managers_title_is_no_person():
    entries = extract("同社のコンテンツ責任者は語った。ガルージン部長も語った。")
    assert by_ja(entries, "コンテンツ") is None and by_ja(entries, "ガルージン").type == "person"


def test_a_kind_of_group_is_no_name_and_a_named_group_is():
    entries = extract("囲碁の愛好家グループがある。ワグネル・グループとロッテグループ。")
    assert by_ja(entries, "愛好家グループ").type == "term"
    assert by_ja(entries, "ロッテグループ").type == "org"


def test_the_central_part_of_a_sea_is_no_place():
    entries = extract("日本海中央部の好漁場「大和堆」で操業した。")
    assert by_ja(entries, "中央") is None and by_ja(entries, "大和堆").type == "place"


def test_a_paragraph_on_a_south_korean_leaders_government_makes_its_ministers_southern():
    text = ("文在寅（ムン・ジェイン）政権は、北朝鮮との融和を進め、平壌での首脳会談を控える。"
            "康京和（カン・ギョンファ）外相は国会答弁で説明した。")
    assert by_ja(extract(text), "康京和").origin == "ko_south"


def test_a_short_name_then_the_name_it_shortens_is_one_body():
    assert classify("韓国電力", "懸念が広がった。韓電").values == ("韓国電力",)
    entries = extract("懸念が広がった。韓電（韓国電力）の株価は下落した。")
    assert "韓国電力" in by_ja(entries, "韓電").variants


def test_a_terms_english_in_loanwords_joined_by_a_dot_is_another_spelling():
    entries = extract("米国による二次的制裁（セカンダリー・サンクション）の対象になりかねない。")
    assert "セカンダリー・サンクション" in by_ja(entries, "二次的制裁").variants


def test_a_country_letter_before_a_body_of_portfolios_is_no_part_of_its_name():
    entries = extract("露連邦通信・情報技術・マスコミ監督局（ロスコムナゾール）は遮断を続ける。")
    entry = by_ja(entries, "連邦通信・情報技術・マスコミ監督局")
    assert entry is not None and "ロスコムナゾール" in entry.variants


def test_loanwords_in_quotes_then_their_latin_spelling_are_a_name():
    entry = rendered("運搬に使われた「スカイエンジェル」（Sky Angel）号は入港した。")["スカイエンジェル"]
    assert entry.glosses == ["Sky Angel"] and entry.en == "Sky Angel"


def test_an_index_named_in_letters_with_the_same_head_is_another_name():
    assert classify("MOEX指数", "モスクワ取引所の株価指数").kind == "alias"


def test_a_body_known_by_its_acronym_then_its_former_name():
    assert classify("旧対外貿易銀行", "第2位のVTB").values == ("対外貿易銀行",)
    entries = extract("第2位のVTB（旧対外貿易銀行）を率いるアンドレイ・コスチン頭取は語った。")
    assert "対外貿易銀行" in by_ja(entries, "VTB").variants
    assert by_ja(entries, "アンドレイ・コスチン").type == "person"
