"""Round 69: (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.translit import Transliterator


def test_a_religious_order_is_a_body_named_by_its_head():
    entries = extract("韓国仏教の大韓仏教曹渓宗は交流協定を結んだ。曹渓宗の僧侶が訪れ、日本の真言宗の寺も見学した。", file="t.txt")
    order = by_ja(entries, "大韓仏教曹渓宗")
    assert order is not None and order.type == "org" and "曹渓宗" in order.variants
    assert by_ja(entries, "真言宗") is not None and by_ja(entries, "真言宗").type == "org"
    # (宗 that begins a monk's given name, or counts orders, heads no body)
    entries = extract("禅僧の授翁宗弼は、南都六宗の学僧とも交わった。", file="t.txt")
    assert not any(e.type == "org" and e.ja.endswith("宗") for e in entries)


def test_a_title_in_katakana_is_nobodys_name():
    entries = extract("仏教界の長であるハンボ・ラマ、ダムバ・アユシェエフ師が出席した。", file="t.txt")
    assert by_ja(entries, "ハンボ・ラマ") is None
    assert by_ja(entries, "ダムバ・アユシェエフ").type == "person"


def test_the_family_names_own_reading_of_a_hanja_is_not_a_given_names():
    # (金 is 김 as a family name only; in a given name it is 금, as in a word)
    assert Transliterator().transliterate("朴金喆", origin="ko_north").english == "Pak Kum Chol"
    result = Transliterator().transliterate("辛金丹（シン・グムダン）", origin="ko_north", n=5)
    assert result.english == "Sin Kum Dan" and "Sin Kim Dan" not in result.alternatives


def test_kanji_read_one_korean_syllable_each_name_a_place_when_no_person_can_be_meant():
    entries = extract("調査団は川沿いの鹿屯（ノクトゥン）を訪れ、望月峰（マンウォルボン）に登った。", file="t.txt")
    Transliterator().apply(entries)
    for ja, english in (("鹿屯", "Noktun"), ("望月峰", "Mangwolbong")):
        place = by_ja(entries, ja)
        assert place is not None and place.type == "place" and place.en == english
    # (a word whose reading merely sounds Korean is no Korean place)
    entries = extract("修行僧は禅那（ゼンナ）に入った。", file="t.txt")
    assert by_ja(entries, "禅那") is None or by_ja(entries, "禅那").type != "place"


def test_a_korean_firms_reading_sets_where_its_name_begins():
    # (元 is also the prefix 'former'; the reading reads it as the firm's first syllable)
    entries = extract("素材大手の元益マテリアルズ（ウォニク・マテリアルズ）も増産した。", file="t.txt")
    firm = by_ja(entries, "元益マテリアルズ")
    assert firm is not None and "ウォニク・マテリアルズ" in firm.readings


def test_an_acronym_with_more_letters_than_the_words_takes_in_the_place_before_them():
    entries = extract("各国は図們江地域開発計画（TRADP）を進めた。国連開発計画（UNDP）も支えた。", file="t.txt")
    programme = by_ja(entries, "図們江地域開発計画")
    assert programme is not None and programme.glosses == ["TRADP"]
    assert by_ja(entries, "図們江").type == "place" and by_ja(entries, "地域開発計画") is None


def test_a_body_then_the_country_of_its_branch_is_one_body():
    entries = extract("環境団体グリーンピース・ロシアは活動を停止した。ロシア・ウクライナ戦争は続く。", file="t.txt")
    branch = by_ja(entries, "グリーンピース・ロシア")
    assert branch is not None and branch.type == "org"
    assert by_ja(entries, "ロシア・ウクライナ") is None
    entries = extract("同社はアエロフロート・ロシア航空の便を再開した。", file="t.txt")
    assert by_ja(entries, "アエロフロート・ロシア航空").type == "org" and by_ja(entries, "ロシア航空") is None


def test_a_designation_after_a_numbered_name_and_its_kind_is_the_names():
    entries = extract("ソ連は空軍にミグ29戦闘機（MiG-29）を供与した。", file="t.txt")
    fighter = by_ja(entries, "ミグ29")
    assert fighter is not None and fighter.type == "weapon" and fighter.glosses == ["MiG-29"]
    assert "MiG-29" in fighter.variants and by_ja(entries, "ミグ29戦闘機") is None


def test_a_north_korean_works_is_named_by_its_place_or_word_read_in_the_norths_korean():
    translit = Transliterator()
    for name, english in (("平壌火力発電所", "Pyongyang Thermal Power Plant"),
                          ("興南肥料連合企業所", "Hungnam Fertilizer Complex"),
                          ("勝利化学連合企業所", "Sungri Chemical Complex")):
        result = translit.transliterate(name, type="org")
        assert result.english == english and result.confidence < 0.9
