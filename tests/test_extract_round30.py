"""Countries written by their letters as a word of their own, former and current names in brackets, and
other spellings of one name (invented sentences)."""
from __future__ import annotations

from glossary.extract import extract

from extract_helpers import by_ja


def test_countries_written_by_their_letters_alone_are_one_entry():
    entries = extract("米朝は昨年、協議を再開した。日英間の貿易も増えた。")
    for pair in ("米朝", "日英"):
        found = by_ja(entries, pair)
        assert found is not None and found.type == "other", pair


def test_a_pair_inside_a_compound_is_the_compounds_and_a_common_word_is_none():
    entries = extract("米朝関係が改善した。朝日が昇る。")
    assert by_ja(entries, "米朝") is None
    assert by_ja(entries, "朝日") is None
