"""Round 65: (invented names and sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract


def test_a_compound_nested_in_two_longer_compounds_with_different_words_beside_it_is_a_term():
    entries = extract("新型インフルエンザウイルス流行で輸入が止まった。\n新型インフルエンザウイルス禍の後に再開した。", file="t.txt")
    nested = by_ja(entries, "新型インフルエンザウイルス")
    assert nested is not None and nested.type == "term" and nested.count == 2
    # (heads nest too: 巡航ミサイル in two longer compounds)
    entries = extract("長距離巡航ミサイルと極超音速巡航ミサイルを配備した。", file="t.txt")
    assert by_ja(entries, "巡航ミサイル") is not None
    # (one longer compound is not enough, nor a piece of names)
    assert by_ja(extract("新型インフルエンザウイルス流行で輸入が止まった。", file="t.txt"), "新型インフルエンザウイルス") is None
    entries = extract("朝鮮中央通信と朝鮮中央テレビが報じた。", file="t.txt")
    assert by_ja(entries, "朝鮮中央") is None
    # (a one-character word before is mostly a prefix: 大|規模 is no cut)
    assert by_ja(extract("大規模寺院と中規模寺院がある。", file="t.txt"), "規模寺院") is None


def test_a_countrys_language_named_in_a_compound_is_a_term():
    entries = extract("報告書のドイツ語版も来年刊行する。", file="t.txt")
    language = by_ja(entries, "ドイツ語")
    assert language is not None and language.type == "term"
    # (a word before 語 that names no land makes no language: 標準|語 is standard speech)
    assert by_ja(extract("標準語教育が広まった。", file="t.txt"), "標準語") is None
