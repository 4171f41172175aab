"""Round 46: a Ukrainian town's two spellings, Koryo-saram named given name first, 'all-' before a firm's name,
Korean places read after a town's unit, vessels named in quotes (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_a_ukrainian_towns_two_spellings_are_one_place():
    entries = extract("ロシア軍はハルキウへの攻撃を続けた。ハリコフの住民は地下に避難した。")
    entry = by_ja(entries, "ハルキウ") or by_ja(entries, "ハリコフ")
    assert entry.type == "place" and sorted(entry.variants) == ["ハリコフ", "ハルキウ"]


def test_a_town_no_word_types_is_a_place_the_gazetteer_knows():
    entries = extract("ロシア軍がリビウを攻撃した。")
    assert by_ja(entries, "リビウ").type == "place"


def test_a_town_before_its_mayor_is_a_place_a_person_before_his_title_a_person():
    entries = extract("ハルキウ市長は語った。ソビャーニン市長も語った。")
    assert by_ja(entries, "ハルキウ").type == "place"
    assert by_ja(entries, "ソビャーニン").type == "person"


def test_a_koryo_saram_named_given_name_first_takes_the_russian_spelling_of_the_surname(translit):
    result = translit.transliterate("ヴィクトル・ツォイ", origin="auto", type="person")
    assert result.english == "Viktor Tsoi" and result.confidence < 0.9
    assert translit.transliterate("ニコライ・キム", origin="auto", type="person").english == "Nikolai Kim"


def test_a_korean_surname_after_a_russian_given_name_is_no_western_given_name(translit):
    result = translit.transliterate("ヴィクトル・アン", origin="auto", type="person")
    assert result.english == "Viktor An" and result.confidence < 0.9


def test_all_before_a_country_stays_in_a_firms_name_the_text_abbreviates():
    entries = extract("日本航空（JAL）や全日本空輸（ANA）も欧州便でロシア上空を避けている。")
    assert by_ja(entries, "全日本空輸").glosses == ["ANA"]
    assert by_ja(entries, "日本空輸") is None


def test_a_korean_place_read_after_a_towns_unit_is_the_kanji_the_reading_reads():
    entries = extract("ソウル市麻浦（マポ）区阿峴洞（アヒョンドン）の丘に聖堂が建つ。")
    assert by_ja(entries, "麻浦").type == "place" and "マポ" in by_ja(entries, "麻浦").variants
    assert by_ja(entries, "阿峴洞").type == "place"
    assert by_ja(entries, "ソウル市麻浦") is None and by_ja(entries, "区阿峴洞") is None


def test_a_vessel_named_in_quotes_is_the_name_written_with_its_counter():
    entries = extract("貨客船「万景峰」号が運航を再開する。今回の万景峰号は別の船だ。")
    entry = by_ja(entries, "万景峰")
    assert entry.type == "other" and "万景峰号" in entry.variants


def test_an_extra_edition_is_no_vessel():
    entries = extract("「速報」号外が配られた。")
    assert by_ja(entries, "速報号") is None


def test_an_archimandrite_is_a_title_not_part_of_the_name():
    entries = extract("初代団長のフリサンフ・シチェトコフスキー掌院が聖堂を建てた。")
    assert by_ja(entries, "フリサンフ・シチェトコフスキー").type == "person"
    assert not [e for e in entries if e.ja.endswith("掌院")]


def test_a_shareholders_meeting_is_no_body():
    entries = extract("社長は今年の株主総会で語った。")
    assert by_ja(entries, "株主総会") is None or by_ja(entries, "株主総会").type == "term"


def test_a_region_then_a_division_the_dictionary_knows_are_two_places():
    entries = extract("ロシア極東沿海地方の知事は語った。")
    assert by_ja(entries, "沿海地方").type == "place"
    assert by_ja(entries, "ロシア極東沿海地方") is None


def test_an_event_written_without_winter_is_the_same_event():
    entries = extract("2014年ソチ冬季五輪で金メダルを取った。ソチ五輪の後に引退した。")
    assert sorted(by_ja(entries, "ソチ五輪").variants) == ["ソチ五輪", "ソチ冬季五輪"]


def test_du_written_with_or_without_small_u_is_one_name():
    entries = extract("学術都市ドゥブナの研究所で学んだ。ドブナ時代の同僚は語った。")
    assert sorted(by_ja(entries, "ドゥブナ").variants) == ["ドゥブナ", "ドブナ"]
