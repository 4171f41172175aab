"""Round 40: extraction that does not depend on the order paragraphs come in (sentences from the Kyoto
Wikipedia corpus, where the memo of compound windows once answered one paragraph with another's result)."""
import pytest

from glossary.extract import _analyse_batch, clear_caches
from glossary.text import Paragraph


def _found(paras: list[Paragraph]) -> list[list[tuple]]:
    return [[(m.start, m.end, m.text, m.kind, m.type, m.origin) for m in mentions] + sorted(terms)
            for _, mentions, terms, _, _ in _analyse_batch(paras)]


@pytest.mark.parametrize("first, second", [
    # 道 after a bracket is read as a unit of the place before it (仁川（インチョン）|道…); without one it is a word
    ("宝治元年（1247年）道覚法親王のために『鎮勧用心』をあらわした。",
     "道覚法親王（どうかくほっしんのう）は天台宗の僧。"),
    # a Japanese name UniDic read as a place and a given name keeps its origin when the window is remembered
    ("父は郡司・佐伯直田公（さえきのあたいたぎみ）、母は阿刀氏。", "父は佐伯直田公（さえきのあたいたきみ）。"),
])
def test_a_paragraph_is_read_the_same_whichever_paragraph_came_before_it(first, second):
    one, two = Paragraph(first, "a.txt", 1), Paragraph(second, "a.txt", 2)
    clear_caches()
    alone = _found([one]) + _found([two])
    clear_caches()
    reversed_order = _found([two, one])
    clear_caches()
    assert reversed_order[::-1] == alone
    assert _found([one, two]) == alone


@pytest.fixture(scope="module")
def russian():
    from glossary.translit import Transliterator
    return Transliterator().ru


def test_a_towns_soft_l_written_ri_is_read_through_its_lsk_spelling(russian):
    town = russian.transliterate("セヴェロバイカリスク", place=True)
    assert town.english == "Severobaykalsk" and town.source == "dictionary" and town.confidence < 0.9
    assert russian.transliterate("トボリスク", place=True).english == "Tobolsk"


def test_a_former_name_filed_under_a_towns_new_name_is_not_that_town(russian):
    # GeoNames files コムソモリスク under Horishni Plavni (Ukraine's Komsomolsk, renamed in 2016)
    assert russian.transliterate("コムソモリスク").english == "Komsomolsk"
    assert russian.transliterate("ウラン・ウデ").english == "Ulan-Ude"


def test_a_town_of_an_adjective_and_a_noun_takes_the_adjective_as_the_newsroom_writes_it(russian):
    assert russian.transliterate("ノーヴイ・ウレンゴイ").english == "Novy Urengoy"
    assert russian.transliterate("ヴェリーキー・ノヴゴロド").english == "Veliky Novgorod"


def test_a_town_named_from_a_side_of_another_is_hyphenated(russian):
    assert russian.transliterate("セヴェロ・ザバイカリスク", place=True).english == "Severo-Zabaikalsk"
    assert "-" not in russian.transliterate("ザパドノ・シベリア", place=True).english
