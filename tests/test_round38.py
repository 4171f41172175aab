"""Round 38: acronyms that spell a modifier too (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


def _glosses(text: str, form: str) -> list[str] | None:
    entry = by_ja(extract(text, file="t.txt"), form)
    return entry.glosses if entry is not None else None


def test_an_acronym_with_a_letter_for_the_modifier_glosses_the_whole_term():
    text = "北朝鮮は移動式発射台（TEL）からミサイルを発射した。"
    assert _glosses(text, "移動式発射台") == ["TEL"]
    assert _glosses(text, "発射台") is None


def test_an_acronym_without_a_letter_for_the_modifier_glosses_the_term_after_it():
    assert _glosses("北朝鮮は地上移動型大陸間弾道ミサイル（ICBM）を発射した。", "大陸間弾道ミサイル") == ["ICBM"]


def test_a_common_noun_and_no_before_the_term_is_its_first_word_when_the_acronym_spells_it():
    text = "ロシア選手は個人の中立選手（AIN）として出場した。"
    assert _glosses(text, "個人の中立選手") == ["AIN"]
    assert _glosses(text, "中立選手") is None


def test_a_country_before_no_stays_out_of_the_glossed_term():
    text = "韓国の高高度防衛ミサイル（THAAD）の配備が進んだ。"
    assert _glosses(text, "高高度防衛ミサイル") == ["THAAD"]
    assert _glosses(text, "韓国の高高度防衛ミサイル") is None


def _variants(text: str, form: str) -> list[str] | None:
    entry = by_ja(extract(text, file="t.txt"), form)
    return entry.variants if entry is not None else None


def test_a_units_number_in_brackets_is_another_name_of_the_unit_and_the_name_heads():
    assert _variants("北朝鮮の暴風軍団（第11軍団）が派遣された。", "第11軍団") == ["暴風軍団", "第11軍団"]
    assert _variants("兵士は特殊作戦部隊「暴風軍団」（第11軍団）に所属していた。", "第11軍団") == ["暴風軍団", "第11軍団"]


def test_a_seas_other_name_with_the_same_head_is_another_spelling():
    assert set(_variants("韓国は東海（日本海）に面している。", "東海")) == {"東海", "日本海"}


def test_a_katakana_name_of_about_the_same_length_and_first_sound_is_its_older_spelling():
    assert set(_variants("ウクライナの首都キーウ（キエフ）で会談した。", "キーウ")) == {"キーウ", "キエフ"}


def test_a_country_or_an_unlike_word_after_a_katakana_name_is_an_aside():
    assert _variants("ガスプロム（ロシア）は輸出を減らした。", "ロシア") == ["ロシア"]
    assert _variants("プルゴム（ヒグマ）事業が始まった。", "プルゴム") == ["プルゴム"]


def test_a_countrys_forces_by_their_own_name_and_by_the_country_are_one_body():
    text = "朝鮮人民軍は演習を行った。北朝鮮軍の兵士も参加した。"
    assert set(_variants(text, "北朝鮮軍")) == {"朝鮮人民軍", "北朝鮮軍"}
    assert _variants("人民解放軍が動いた。北朝鮮軍も動いた。", "北朝鮮軍") == ["北朝鮮軍"]


def test_a_body_of_another_country_of_the_origins_is_not_russias():
    from extract_helpers import rendered

    entries = rendered("ウクライナ軍が反撃した。1945年、ソ連軍が平壌に入った。ソ連国防省は発表した。")
    assert entries["ウクライナ軍"].en == "Ukrainian Armed Forces"
    assert entries["ソ連軍"].en == "Soviet Armed Forces"
    assert not entries["ソ連国防省"].en  # no English rather than the Russian ministry's


def test_a_quoted_names_name_in_another_language_inside_or_after_the_quotes_is_another_spelling():
    assert set(_variants("ロシア軍が実施する演習「東方(ボストーク)」に部隊を派遣する。", "東方")) == {"東方", "ボストーク"}
    assert set(_variants("軍事テーマパーク「愛国者公園」(パトリオット・パーク)を視察した。", "愛国者公園")) == \
        {"愛国者公園", "パトリオット・パーク"}


def test_a_quoted_kanji_names_reading_after_the_quotes_reads_it():
    entry = by_ja(extract("北朝鮮は新型駆逐艦「崔賢」(チェ・ヒョン)号を進水させた。", file="t.txt"), "崔賢")
    assert entry.readings == ["チェ・ヒョン"]


def test_a_names_kanji_shortened_before_its_acronym_is_another_spelling():
    assert set(_variants("韓国水力原子力（韓水原、KHNP）は契約を結んだ。", "韓国水力原子力")) == {"韓国水力原子力", "韓水原"}


def test_an_event_named_otherwise_in_brackets_is_the_same_event():
    assert set(_variants("1980年の光州民主化運動（光州事件）を描いた小説だ。", "光州事件")) == {"光州民主化運動", "光州事件"}


def test_a_bands_description_is_no_part_of_its_name():
    entries = extract("韓国の人気グループ防弾少年団（BTS）のメンバーが本を紹介した。", file="t.txt")
    assert by_ja(entries, "防弾少年団").glosses == ["BTS"]
    assert by_ja(entries, "防弾少年団").type == "org"
    assert by_ja(entries, "人気グループ防弾少年団") is None


def test_zong_in_a_name_is_the_new_kanji_zong():
    assert set(_variants("平壌総合病院を訪れた。平壌綜合病院は改修中だ。", "平壌総合病院")) == {"平壌総合病院", "平壌綜合病院"}


@pytest.mark.parametrize("full, short", [("セルゲイ・ウィッテ", "ヴィッテ"), ("アレクセイ・リハチョフ", "リハチェフ")])
def test_a_family_name_spelled_the_other_way_alone_joins_the_full_name(full, short):
    assert set(_variants(f"{full}氏は会見した。{short}氏によると", full)) == {full, short}


def test_a_russian_voiced_s_is_written_either_way():
    assert set(_variants("ズベルバンクは送金を止めた。スベルバンクの幹部は", "ズベルバンク")) == {"ズベルバンク", "スベルバンク"}


def test_two_countries_letters_either_way_round_name_one_thing():
    assert set(_variants("米韓原子力協定の改定を求めた。韓米原子力協定は2015年に", "米韓原子力協定")) == \
        {"米韓原子力協定", "韓米原子力協定"}


def test_a_news_agency_in_a_credit_line_is_the_agency_named_in_full():
    assert set(_variants("ロシアのタス通信によると会談が開かれた。考えを示した（タス＝共同）。", "タス")) == {"タス", "タス通信"}



@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator

    return Transliterator()


@pytest.mark.slow
@pytest.mark.parametrize("name, english", [("恭愍王", "King Gongmin"), ("恭愍王（コンミンワン）", "King Gongmin"),
                                           ("世宗大王（セジョンデワン）", "King Sejong the Great")])
def test_a_korean_king_is_king_and_his_name(translit, name, english):
    assert translit.transliterate(name).english == english


@pytest.mark.slow
def test_a_kingdoms_king_is_not_named_king_kingdom(translit):
    assert not (translit.transliterate("高麗王").english or "").startswith("King")


def test_what_a_foreign_name_of_words_means_in_brackets_is_its_japanese_name():
    assert set(_variants("機関紙「クラスナヤ・ズベズダ」(赤い星)によると", "クラスナヤ・ズベズダ")) == \
        {"クラスナヤ・ズベズダ", "赤い星"}
    assert set(_variants("書店ドム・クニーギ（本の家）では", "ドム・クニーギ")) == {"ドム・クニーギ", "本の家"}


def test_a_description_after_a_foreign_name_is_no_name_of_it():
    assert _variants("ロシアのワグネル・グループ（民間軍事会社）は", "ワグネル・グループ") == ["ワグネル・グループ"]
