"""Round 41: policies and plans named in quotes (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract


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
