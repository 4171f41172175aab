"""Round 42: dictionary typos, and more (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_a_place_and_its_head_skip_a_dictionary_spelling_typed_in_cyrillic_lookalikes(translit):
    # JMnedict spells ブヌコボ 'Bhykobo' (Внуково typed with the Latin letters that look alike)
    result = translit.transliterate("ブヌコボ空港")
    assert result.english == "Vnukovo Airport"
    assert all("Bhykobo" not in a for a in result.alternatives)


@pytest.mark.parametrize("name, english", [
    ("彭木港（ペンモク港）", "Paengmok"),  # a reading that keeps the name's unit in kanji reads the name
    ("孟骨水道（メンゴル水道）", "Maenggol Channel"),  # 水道 between two coasts is a channel, not a province (道)
])
def test_a_korean_place_read_in_brackets_with_its_unit_in_kanji(translit, name, english):
    assert english in translit.transliterate(name).english


@pytest.mark.parametrize("word", ["上水道", "下水道"])
def test_a_common_word_ending_in_a_place_head_is_no_place(translit, word):
    # 上 is a place JMnedict knows (Uwa); 上水道 is the waterworks
    assert translit.transliterate(word).english is None


def test_a_numbered_unit_then_its_short_name_with_the_number_is_a_gloss():
    entry = by_ja(extract("在韓米軍の第2歩兵師団（2ID）は京畿道に駐留する。"), "第2歩兵師団")
    assert entry.glosses == ["2ID"]
    # a number of another thing is no short name of the unit
    assert by_ja(extract("第3歩兵師団（2ID）が移った。"), "第3歩兵師団") is None or \
        not by_ja(extract("第3歩兵師団（2ID）が移った。"), "第3歩兵師団").glosses


@pytest.mark.parametrize("text, name, english", [
    ("朝鮮王朝の末期、高宗は改革を試みた。", "朝鮮王朝", "Joseon dynasty"),  # Korea's history, not today's Korea
    ("高麗王朝の都は開京にあった。", "高麗王朝", "Goryeo dynasty"),
    ("清王朝が倒れた。", "清王朝", "Qing dynasty"),  # one kanji: JMdict's 清朝
    ("ロマノフ王朝が倒れた。", "ロマノフ王朝", "Romanov dynasty"),
])
def test_a_dynasty_is_one_name_in_english_as_history_names_it(translit, text, name, english):
    entries = extract(text)
    translit.apply(entries)
    entry = by_ja(entries, name)
    assert entry.type == "place"
    assert entry.en == english


def test_a_russian_given_name_after_a_province_and_no_is_no_town_of_it():
    # UniDic reads ワシ|ー|リー: the katakana name runs on past ワシ (eagle)
    entries = extract("アムール州のワシーリー・オルロフ知事も訪れた。オルロフ知事は述べた。")
    assert by_ja(entries, "ワシーリー・オルロフ").type == "person"
    assert "オルロフ" in by_ja(entries, "ワシーリー・オルロフ").variants
    assert by_ja(entries, "ワシ") is None


@pytest.mark.parametrize("text, junk", [
    ("ソビエト・ロシアの指導者ウラジーミル・レーニンと会談した。", "指導者ウラジーミル・レーニン"),
    ("ロシア・スーパーリーグの強豪ディナモ・カザンで主力を担った。", "強豪ディナモ・カザン"),
    ("企業の代表らと共に訪れた。", "代表ら"),
    ("陸軍士官学校にある洪範図ら独立運動家の胸像", "洪範図ら独立運動家"),
])
def test_a_word_before_a_name_or_a_plural_suffix_makes_no_term(text, junk):
    assert by_ja(extract(text), junk) is None


def test_a_plural_suffix_ends_a_term_and_the_term_after_it_stands():
    assert by_ja(extract("陸軍士官学校にある洪範図ら独立運動家の胸像"), "独立運動家") is not None


@pytest.mark.parametrize("text, name", [("崔善姫氏は述べた。", "崔善姫"), ("金正恩氏は述べた。", "金正恩")])
def test_a_titled_name_of_a_korean_surname_is_a_korean_person_where_no_country_is_named(text, name):
    entry = by_ja(extract(text), name)
    assert entry.type == "person"
    assert entry.origin.startswith("ko")


def test_a_titled_name_of_a_surname_china_has_as_often_is_no_japanese_person():
    entry = by_ja(extract("李在明大統領は述べた。"), "李在明")
    assert entry is None or entry.type != "person" or entry.origin != "ja"


@pytest.mark.parametrize("text, name, short", [
    ("1919年の三・一独立運動の後、臨時政府が樹立された。", "三・一独立運動", "三・一運動"),
    ("光州では五・一八民主化運動を記念した。", "五・一八民主化運動", "五・一八運動"),
])
def test_a_movement_named_by_its_date_in_kanji_digits_is_one_event(text, name, short):
    entry = by_ja(extract(text), name)
    assert entry.type == "event"
    assert short in entry.variants


def test_kanji_digits_joined_by_a_dot_before_no_event_head_are_no_event():
    assert all(e.type != "event" for e in extract("一・二審で敗訴した。"))


def test_a_body_of_all_of_a_country_keeps_its_all():
    entry = by_ja(extract("全ロシア・バレーボール連盟（ВФВ）の幹部は述べた。"), "全ロシア・バレーボール連盟")
    assert entry.type == "org"
    assert entry.glosses == ["ВФВ"]  # its own initials in Cyrillic


@pytest.mark.parametrize("text, name", [
    ("ロシア・スーパーリーグの強豪で主力を担った。", "ロシア・スーパーリーグ"),
    ("低迷し、バレーボール・ネーションズリーグ（VNL）でも苦戦が続く。", "バレーボール・ネーションズリーグ"),
])
def test_a_league_is_a_body(text, name):
    assert by_ja(extract(text), name).type == "org"


@pytest.mark.parametrize("text, name, kind", [
    ("ロシアの通信社RIAノーボスチに語った。", "RIAノーボスチ", "media"),
    ("SKハイニックスは発表した。", "SKハイニックス", "org"),
])
def test_capitals_glued_to_a_katakana_name_are_one_name(text, name, kind):
    entries = extract(text)
    assert by_ja(entries, name).type == kind
    assert by_ja(entries, name[:2]) is None


def test_a_paper_signing_its_correspondents_dispatch_is_a_medium():
    assert by_ja(extract("【ソウル＝読売】韓国のプロバレーボールは盛況だ。"), "読売").type == "media"


def test_a_long_form_ending_in_a_loanword_then_the_short_name_coined_abroad():
    entry = by_ja(extract("1919年に共産主義インターナショナル（コミンテルン）が創設された。"), "共産主義インターナショナル")
    assert "コミンテルン" in entry.variants
    # a generic loanword head before a firm's name in brackets is no long form of it
    assert by_ja(extract("半導体メーカー（ハイニックス）は増産した。"), "半導体メーカー") is None or \
        "ハイニックス" not in by_ja(extract("半導体メーカー（ハイニックス）は増産した。"), "半導体メーカー").variants
