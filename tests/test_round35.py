"""Names after titles, names with kana inside or & in them, spellings of one name with a kanji head, and
bodies and events named by their heads (invented sentences)."""
import pytest
from extract_helpers import by_ja, rendered

from glossary.tokenize import tokenize
from glossary.translit import Transliterator

pytestmark = pytest.mark.slow


def _entry_of(entries: dict[str, object], spelling: str):
    return by_ja(list(entries.values()), spelling)


def test_a_title_before_a_korean_name_stays_out_of_the_name_its_reading_glosses():
    entries = rendered("国王高宗（コジョン）の側近だった。後に高宗の密使が派遣された。")
    king = entries.get("高宗")
    assert king is not None and king.type == "person"
    assert "コジョン" in king.variants and "国王高宗" not in king.variants
    assert _entry_of(entries, "国王高宗") is None


def test_a_full_name_after_a_title_is_found_as_before():
    entries = rendered("大統領尹錫悦（ユン・ソンニョル）が訪問した。")
    assert _entry_of(entries, "尹錫悦") is not None


@pytest.mark.parametrize("first, second", [("マリインスキー劇場", "マリンスキー劇場"),
                                           ("ノードウィンド航空", "ノルドウィンド航空")])
def test_two_spellings_of_one_foreign_name_with_the_same_head_are_one_entry(first, second):
    entries = rendered(f"{first}が発表した。{second}によると、来年も続ける。")
    entry = _entry_of(entries, first)
    assert entry is not None and entry.type == "org" and second in entry.variants


def test_names_that_differ_by_more_than_an_alternation_stay_apart():
    entries = rendered("ボリショイ劇場が発表した。マリインスキー劇場によると、来年も続ける。")
    assert _entry_of(entries, "ボリショイ劇場") is not _entry_of(entries, "マリインスキー劇場")


def test_a_theatre_is_named_in_english_by_its_name_and_head():
    assert rendered("ボリショイ劇場で公演した。")["ボリショイ劇場"].en == "Bolshoi Theatre"


def test_a_competition_and_a_revolution_named_by_a_name_are_events_but_not_without_one():
    entries = rendered("チャイコフスキー国際コンクールで優勝した。ピアノコンクールは多い。ロシア革命と産業革命。")
    assert entries["チャイコフスキー国際コンクール"].type == "event"
    assert entries["ロシア革命"].type == "event"
    assert entries["ピアノコンクール"].type == "term" and entries["産業革命"].type == "term"


def test_a_name_written_without_its_international_is_the_same_event():
    entries = rendered("チャイコフスキー国際コンクールで優勝した。チャイコフスキー・コンクールは4年に1度。")
    entry = _entry_of(entries, "チャイコフスキー国際コンクール")
    assert entry is not None and "チャイコフスキー・コンクール" in entry.variants


def test_a_hiragana_noun_between_two_nouns_is_part_of_the_compound_and_its_gloss_goes_to_the_whole():
    entries = rendered("日本たばこ産業（JT）が工場を買収した。")
    assert entries["日本たばこ産業"].glosses == ["JT"]
    assert "産業" not in entries


def test_a_hiragana_noun_elsewhere_and_a_formal_noun_stay_out_of_compounds():
    codes = tokenize("そのこと自体が問題だ。").codes
    assert tokenize("日本たばこ産業").codes[1] == "n"
    assert codes[1] == "o"  # こと between その and 自体
    assert tokenize("たばこ産業").codes[0] == "o"  # no noun before it


def test_an_acronym_with_an_ampersand_is_a_name_and_two_letters_joined_by_it_a_term():
    entries = rendered("KT&GはM&AとR&Dを進める。")
    assert "KT&G" in entries
    assert "M&A" not in entries and "R&D" not in entries


def test_a_coined_name_of_two_loanwords_before_a_body_head_is_a_name():
    assert rendered("ノルドウィンド航空が運航する。")["ノルドウィンド航空"].type == "org"


def test_a_korean_person_the_dictionary_places_in_the_south_keeps_the_souths_spelling_in_a_report_on_the_north():
    entries = rendered("北朝鮮の核問題で協議した。北朝鮮外務省は反発した。金正恩総書記は演説した。"
                       "朴槿恵（パク・クネ）政権の時代に大使を務めた。")
    park = entries["朴槿恵"]
    assert (park.origin, park.en) == ("ko_south", "Park Geun-hye")


def test_the_dictionary_side_of_a_korean_person_comes_from_the_note_or_the_souths_vowels():
    from glossary.extract_dict import dictionary_korean_side

    assert dictionary_korean_side("朴槿恵") == "ko_south"  # Park Geun-hye: eu is written only in the South
    assert dictionary_korean_side("金永南") == "ko_north"  # its note names North Korea
    assert dictionary_korean_side("金正恩") is None  # Kim Jong-un: either style, no note


@pytest.mark.parametrize("ja, english", [("ロシア公使館", "Russian Legation"), ("ロシア帝国", "Russian Empire"),
                                         ("韓国大使館", "South Korean Embassy")])
def test_a_countrys_mission_or_empire_is_named_by_the_countrys_adjective(ja, english):
    assert rendered(f"{ja}に入った。")[ja].en == english


def test_an_embassy_with_no_country_before_it_gets_no_english_from_the_table():
    from glossary.model import Entry

    assert Transliterator()._state_body(Entry(ja="大使館", variants=["大使館"], type="org", origin="ru"), 3) is None


def test_a_korean_kings_temple_name_is_one_word_in_the_souths_romanization():
    king = rendered("国王高宗（コジョン）の密使が派遣された。")["高宗"]
    assert (king.type, king.en) == ("person", "Gojong")
    assert rendered("金宗（キム・ジョン）氏が語った。")["金宗"].en == "Kim Jong"  # a family name and a given name


def test_a_kanji_name_a_character_apart_in_brackets_is_another_name_of_the_term():
    from glossary.extract_gloss import classify

    assert classify("俄館播遷", "高宗が露館播遷").kind == "alias"
    entry = rendered("高宗が露館播遷（俄館播遷）を決行した。")["露館播遷"]
    assert "俄館播遷" in entry.variants
    assert classify("国家情報院", "韓国の国家安保室") is None  # words of the same length, not one name


def test_a_towns_russian_adjective_written_together_with_its_name_is_read_as_two_words():
    result = Transliterator().transliterate("ニジニータギル")
    assert (result.english, result.source) == ("Nizhny Tagil", "dictionary")
    assert Transliterator().transliterate("ボリショイカーメン").english == "Bolshoi Kamen"
