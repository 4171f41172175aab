"""Round 41: names in quotes, other names in brackets, spellings of one name, and the English of full names
(invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_a_policy_named_in_quotes_is_one_name_with_its_new():
    entries = extract("文在寅政権は「新北方政策」を掲げ、ロシアとの「鉄のシルクロード」構想を進めた。")
    assert by_ja(entries, "新北方政策").type == "other"
    assert by_ja(entries, "鉄のシルクロード").type == "other"
    # the words inside the quotes are no terms of their own
    assert by_ja(entries, "北方政策") is None
    assert by_ja(entries, "シルクロード") is None


def test_an_operation_named_in_quotes_with_its_kind_word_is_one_event():
    entries = extract("「春の嵐作戦」が始まった。")
    assert by_ja(entries, "春の嵐作戦").type == "event"
    assert by_ja(entries, "嵐作戦") is None


def test_a_short_name_coined_abroad_takes_its_long_form_ending_in_a_loanword():
    entry = by_ja(extract("当時、コミンテルン（共産主義インターナショナル）の指示で党が結成された。"), "コミンテルン")
    assert "共産主義インターナショナル" in entry.variants
    assert entry.type == "org"


def test_an_aside_in_kanji_after_a_katakana_name_is_no_other_name_of_it():
    entry = by_ja(extract("プーチン（ロシア大統領）は述べた。"), "プーチン")
    assert entry.variants == ["プーチン"]


def test_a_koryo_saram_russian_name_takes_his_korean_name_in_hanja():
    entry = by_ja(extract("会場には高麗人画家ニコライ・シン（申順南）の連作も展示された。"), "ニコライ・シン")
    assert "申順南" in entry.variants
    assert (entry.type, entry.origin) == ("person", "ru")


def test_a_reading_followed_by_years_is_still_the_names_reading():
    entries = extract("旧ソ連で活躍した高麗人の画家、邊月龍（ピョン・ウォルリョン、1916～1990年）の回顧展が始まった。"
                      "辺月龍は沿海州で生まれた。")
    entry = by_ja(entries, "邊月龍")
    assert entry.type == "person"
    assert {"ピョン・ウォルリョン", "辺月龍"} <= set(entry.variants)


def test_a_kings_title_then_his_temple_name_is_one_person():
    entry = by_ja(extract("日本は伊藤博文を通じて高宗に退位を迫った。光武帝（高宗）は退位した。"), "高宗")
    assert "光武帝" in entry.variants
    assert entry.type == "person"


@pytest.mark.parametrize("text, name, other", [
    ("韓国の法務省（法務部）によると、難民申請が増えた。", "法務省", "法務部"),
    ("遺灰はスイフン川（ラズドリナヤ川）に流された。", "スイフン川", "ラズドリナヤ川"),
])
def test_another_name_in_brackets_is_grouped(text, name, other):
    assert other in by_ja(extract(text), name).variants


@pytest.mark.parametrize("text, name, other", [
    ("ウラジーミル・コロコリツェフ内相は述べた。コロコルツェフ氏は訪朝した。", "ウラジーミル・コロコリツェフ", "コロコルツェフ"),
    ("ロベルト・ブロウディ司令官によると、ブロヴディ氏の部隊は前進した。", "ロベルト・ブロウディ", "ブロヴディ"),
    ("南アフリカと南アの関係。", "南アフリカ", "南ア"),
])
def test_spellings_of_one_name_are_grouped(text, name, other):
    assert other in by_ja(extract(text), name).variants


def test_a_full_names_english_keeps_its_given_name_beside_a_family_name_read_otherwise(translit):
    entries = extract("ミハイロ・フェドロフ副首相とフョードロフ氏。")
    translit.apply(entries)
    entry = by_ja(entries, "ミハイロ・フェドロフ")
    assert "フョードロフ" in entry.variants
    assert entry.en == "Mykhailo Fedorov"


def test_a_famous_japanese_is_read_as_his_dated_dictionary_entry_reads_him(translit):
    assert translit.transliterate("伊藤博文", origin="ja").english == "Hirobumi Ito"


@pytest.mark.parametrize("text, title", [
    ("李瑋鍾は各国の記者団を前に「韓国のための訴え」と題して演説した。", "韓国のための訴え"),
    ("長官は覚書「米軍のドローン優位を解き放つ」に署名した。", "米軍のドローン優位を解き放つ"),
])
def test_a_title_in_quotes_is_a_name_though_it_is_a_sentence(text, title):
    assert by_ja(extract(text), title).type == "other"


def test_a_body_named_by_a_phrase_in_quotes_is_a_body():
    entry = by_ja(extract("団体「森へ行け（Idite Lesom）」の担当者は述べた。"), "森へ行け")
    assert (entry.type, entry.glosses) == ("org", ["Idite Lesom"])


def test_a_sentence_quoted_is_no_name():
    assert by_ja(extract("彼は「戦争をやめろ」と述べた。"), "戦争をやめろ") is None


@pytest.mark.parametrize("name, english", [
    ("スヴェルドロフスク", "Sverdlovsk"),  # not Dovzhansk, a town GeoNames files the old name under
    ("ニコラエフスク・ナ・アムーレ", "Nikolayevsk-on-Amur"),
    ("帝政ロシア", "Russian Empire"),
])
def test_places_whose_english_the_katakana_spells(translit, name, english):
    assert translit.transliterate(name, origin="ru", type="place").english == english


def test_a_place_after_a_korean_province_and_no_is_korean(translit):
    entries = extract("ウラジオストクから江原道の東海港に向かうフェリーに若い男性が殺到し、韓国の南部の済州島にも入った。")
    translit.apply(entries)
    assert by_ja(entries, "東海港").en == "Donghae port"


def test_a_place_before_a_korean_province_in_brackets_is_korean():
    assert by_ja(extract("貨物は東海港（江原道）から出港した。"), "東海港").origin == "ko"
