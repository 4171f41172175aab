"""Round 49: where someone comes from, railway lines named by towns (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.translit import Transliterator


def test_a_korean_town_read_as_a_word_before_where_from_is_a_place():
    entries = extract("北朝鮮の開城出身の脱北者が証言した。")
    town = by_ja(entries, "開城")
    assert town is not None and town.type == "place"
    assert by_ja(entries, "開城出身") is None


def test_where_someone_comes_from_is_no_term():
    entries = extract("平壌出身の男性と、軍出身の議員が会った。")
    assert by_ja(entries, "平壌").type == "place"
    assert by_ja(entries, "平壌出身") is None and by_ja(entries, "軍出身") is None


def test_a_word_before_where_from_is_no_korean_town_unless_a_dictionary_says_so():
    entries = extract("北朝鮮の軍人出身の幹部が語った。")
    assert by_ja(entries, "軍人") is None


def test_a_railway_line_named_by_a_place_is_a_place_with_its_english():
    entries = extract("北朝鮮は南北を結ぶ京義線の道路を爆破した。")
    line = by_ja(entries, "京義線")
    assert line is not None and line.type == "place"
    Transliterator().apply(entries)
    assert line.en in ("Kyongui Line", "Gyeongui Line")


def test_a_line_after_common_words_is_no_place_even_with_an_acronym():
    entries = extract("軍事境界線（MDL）の北側で銃撃があった。")
    border = by_ja(entries, "軍事境界線")
    assert border.type == "term" and border.glosses == ["MDL"]
