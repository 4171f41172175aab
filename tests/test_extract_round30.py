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


def test_a_former_or_current_name_in_brackets_is_another_spelling_of_the_entry():
    entries = extract("カザン大学（現カザン連邦大学）を卒業した。旧名の港町ドゥイ（現アレクサンドロフスク）。")
    university = [e for e in entries if "カザン連邦大学" in e.variants]
    assert len(university) == 1 and "カザン大学" in university[0].variants


def test_a_country_or_a_word_of_time_in_brackets_is_no_other_name():
    entries = extract("ウズベキスタン（旧ソ連）出身の選手が、ソウル（現地時間）で会見した。")
    assert "ソ連" not in by_ja(entries, "ウズベキスタン").variants
    assert all("地時間" not in e.variants and "ソウル" not in e.variants[1:] for e in entries)


def test_other_spellings_of_one_name_are_one_entry():
    entries = extract("オレグ・ペシュコフ氏が着任した。ペシコフ氏は述べた。"
                      "旧満洲の都市を訪れた。満州国の首都だった。曺国（チョ・グク）氏と曹国氏。")
    assert "ペシコフ" in by_ja(entries, "オレグ・ペシュコフ").variants
    assert len([e for e in entries if "満洲" in e.variants or "満州" in e.variants]) == 1
    assert len([e for e in entries if "曺国" in e.variants or "曹国" in e.variants]) == 1


def test_a_korean_reading_that_holds_a_place_name_to_unidic_is_still_a_reading():
    entries = extract("平壌の牡丹峰（モランボン）で式典が開かれた。")
    hill = by_ja(entries, "牡丹峰")
    assert hill is not None and hill.type == "place" and "モランボン" in hill.variants


def test_an_acronym_with_a_letter_for_an_adjective_in_teki_takes_it_into_the_term():
    entries = extract("日本の排他的経済水域（EEZ）内に落下した。")
    zone = by_ja(entries, "排他的経済水域")
    assert zone is not None and "EEZ" in zone.glosses
    assert by_ja(entries, "経済水域") is None
