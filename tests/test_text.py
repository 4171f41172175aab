"""Paragraphs: PDF line breaks rejoined without gluing headings, brackets kept open across lines."""
from __future__ import annotations

from glossary.text import paragraphs


def _wrapped(*heads: str) -> str:
    filler = ["本文" * 19 + "あ"] * 10  # hard-wrapped lines of the same width
    return "\n".join(list(heads) + filler)


def test_names_broken_across_wrapped_lines_are_joined():
    text = "\n".join(["北朝鮮は" + "あ" * 34 + "金英", "才（キム・ヨンジェ）駐露大使と" + "い" * 25] + ["う" * 40] * 10)
    paras = list(paragraphs(text, "x.txt"))
    assert "金英才（キム・ヨンジェ）" in paras[0].text
    assert paras[0].line_at(paras[0].text.index("才")) == 2


def test_gloss_broken_by_a_blank_line_stays_in_the_paragraph():
    text = "ミハイル・フラトコフ（Mikhail \n\nFradkov）対外情報庁長官"
    paras = list(paragraphs(text))
    assert len(paras) == 1 and "（Mikhail Fradkov）" in paras[0].text


def test_headings_and_list_items_are_not_glued():
    text = _wrapped()
    text = "あ" * 40 + "\n（1）見出し\n" + text
    paras = list(paragraphs(text))
    assert any(p.text.startswith("（1）見出し") for p in paras)


def test_free_flowing_text_keeps_one_paragraph_per_line():
    paras = list(paragraphs("一行目です\n二行目です\n\n三行目"))
    assert [p.text for p in paras] == ["一行目です", "二行目です", "三行目"]
