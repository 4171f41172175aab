"""Round 51: a country's kind of body, names that open on a number or are one letter, spellings two steps apart
(invented sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import classify


def test_a_countrys_kind_of_body_is_no_name():
    entries = extract("米情報機関によると、ロシア捜査機関は露金融機関を調べた。")
    assert not [e.ja for e in entries if e.ja.endswith("機関")]
    assert by_ja(entries, "ロシア") is not None


def test_the_kind_then_the_body_keeps_the_body():
    entries = extract("韓国情報機関の国家情報院が発表した。")
    assert by_ja(entries, "国家情報院") is not None and by_ja(entries, "韓国情報機関") is None


def test_a_name_that_opens_on_a_number_is_glossed_with_its_latin_spelling():
    assert classify("38 North", "米研究機関の38ノース").values == ("38 North",)
    entry = rendered("米研究機関の38ノース（38 North）は衛星写真を分析した。")["38ノース"]
    assert entry.en == "38 North"


def test_a_number_that_is_not_the_names_is_no_gloss():
    assert classify("38 North", "米研究機関のノース") is None


def test_a_brand_renamed_to_one_letter_is_named_by_the_letter():
    entry = rendered("声明をX（旧ツイッター）に投稿した。")["X"]
    assert "ツイッター" in entry.variants and entry.en == "X"


def test_a_lone_letter_without_another_name_is_no_entry():
    assert by_ja(extract("計画Xを進めた。"), "X") is None


def test_a_soft_l_before_a_suffix_written_either_way_is_one_name():
    entries = extract("ゴメリスキー監督が就任した。ゴメルスキー氏は語った。")
    assert {"ゴメリスキー", "ゴメルスキー"} <= set(by_ja(entries, "ゴメリスキー").variants)


def test_two_spellings_that_meet_at_a_third_are_one_name():
    entries = extract("シュティコフ大使が着任した。シトゥイコフは金日成と会った。")
    assert {"シュティコフ", "シトゥイコフ"} <= set(by_ja(entries, "シュティコフ").variants)


def test_two_different_short_names_do_not_meet():
    entries = extract("イワノフ氏とイワノワ氏が会った。")
    assert by_ja(entries, "イワノフ") is not by_ja(entries, "イワノワ")
