"""Round 38: acronyms that spell a modifier too (invented sentences)."""
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
