"""Round 48: an office and the building it is named by, an acronym spelling out a chain of phrases, foreign titles
with their meaning in brackets (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.extract_gloss import classify


def test_an_executive_office_and_its_building_in_brackets_are_one_body():
    entries = extract("ペスコフ報道官はクレムリン（露大統領府）で語った。")
    assert sorted(by_ja(entries, "クレムリン").variants) == ["クレムリン", "露大統領府"]
    entries = extract("韓国大統領府（青瓦台）は声明を出した。")
    assert sorted(by_ja(entries, "韓国大統領府").variants) == ["青瓦台", "韓国大統領府"]


def test_a_town_in_brackets_after_an_office_is_where_it_is():
    assert classify("露", "大統領府") is None
    entries = extract("大統領府（ソウル）は声明を出した。")
    assert by_ja(entries, "ソウル") is not by_ja(entries, "大統領府")


def test_an_acronym_with_a_letter_for_each_chained_phrase_glosses_the_whole_chain():
    entries = extract("北朝鮮に完全かつ検証可能で不可逆的な非核化（CVID）を求めた。")
    term = by_ja(entries, "完全かつ検証可能で不可逆的な非核化")
    assert term is not None and term.glosses == ["CVID"]
    assert by_ja(entries, "非核化") is None or by_ja(entries, "非核化").glosses == []


def test_a_short_acronym_does_not_reach_over_phrases_before_the_term():
    entries = extract("安全で確実な大陸間弾道ミサイル（ICBM）が配備された。")
    assert by_ja(entries, "大陸間弾道ミサイル").glosses == ["ICBM"]


def test_a_foreign_title_in_quotes_then_its_meaning_is_one_title():
    entries = extract("映画「イグラ（針）」で主演した。アルバム「グルッパ・クロヴィ（血液型）」を出した。")
    assert sorted(by_ja(entries, "イグラ").variants) == ["イグラ", "針"]
    assert sorted(by_ja(entries, "グルッパ・クロヴィ").variants) == ["グルッパ・クロヴィ", "血液型"]
    entries = extract("映画「LETO（レト）」（2018年）が公開された。")
    assert sorted(by_ja(entries, "LETO").variants) == ["LETO", "レト"]


def test_a_country_in_brackets_after_a_quoted_title_is_no_meaning_of_it():
    assert classify("ロシア", "映画「ソユーズ") is None
    assert classify("露", "映画「ソユーズ") is None


def test_a_division_named_in_its_own_language_in_brackets_is_another_spelling():
    entries = extract("沿海地方（プリモルスキー地方）ハサン地区の一部となった。")
    assert sorted(by_ja(entries, "沿海地方").variants) == ["プリモルスキー地方", "沿海地方"]
    assert classify("モスクワ州", "東京都") is None


def test_a_korean_reading_before_an_aside_in_brackets_is_a_reading():
    entries = extract("慶運宮（キョンウングン、現在の徳寿宮）に移った。")
    assert "キョンウングン" in by_ja(entries, "慶運宮").variants
    assert classify("モスクワ、2019年", "東京大学") is None


def test_a_politburo_standing_committee_member_is_a_title():
    entries = extract("中国共産党の蔡奇政治局常務委員が出迎えた。")
    assert by_ja(entries, "蔡奇").type == "person"


def test_a_presidential_office_in_shi_is_a_body():
    assert by_ja(extract("韓国大統領室の報道官は述べた。"), "韓国大統領室").type == "org"


def test_a_broadcast_named_in_quotes_is_a_medium():
    assert by_ja(extract("韓国向けのラジオ放送「統一のこだま」も姿を消した。"), "統一のこだま").type == "media"


def test_a_staff_of_forces_with_their_own_name_names_the_forces_too():
    entries = extract("朝鮮人民軍総参謀部は声明を出した。")
    assert by_ja(entries, "朝鮮人民軍").type == "org" and by_ja(entries, "朝鮮人民軍総参謀部").type == "org"
    assert by_ja(extract("ロシア軍参謀本部は発表した。"), "ロシア軍") is None


def test_the_first_of_several_deputies_is_a_title_after_the_body():
    entries = extract("チョ・ミョンロク国防委員会第1副委員長が訪米した。")
    assert by_ja(entries, "国防委員会") is not None
    assert by_ja(entries, "チョ・ミョンロク").type == "person"
