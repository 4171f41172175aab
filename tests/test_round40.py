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
