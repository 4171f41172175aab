"""tm.segment: OmegaT-compatible ("srx") and linguistic ("sentence") segmentation of Japanese and English."""
from __future__ import annotations

import pytest

from glossary.fileio import YakugoError
from glossary.text import paragraphs
from tm.segment import Segment, split_paragraphs, split_sentences, split_spans


# ---- srx: what OmegaT 3.6 cuts by default (tests/test_omegat_tm.py checks against OmegaT itself)

def test_srx_japanese_breaks_inside_a_quotation_like_omegat():
    assert split_sentences("彼は「それはいい。」と述べた。次だ。") == ["彼は「それはいい。", "」と述べた。", "次だ。"]


def test_srx_japanese_keeps_a_stop_before_a_closing_parenthesis():
    assert split_sentences("次の文だ（注。）。終わり！本当？はい。") == ["次の文だ（注。）。", "終わり！", "本当？", "はい。"]


def test_srx_japanese_latin_stop_needs_white_space_and_segments_are_trimmed():
    assert split_sentences("　GDPは3.5%だった. 次。　") == ["GDPは3.5%だった.", "次。"]


def test_srx_english_abbreviations_follow_omegat():
    text = 'Dr. Smith met Mr. Kim. The U.K. team said "no." Then e.g. this. See fig. 3 now.'
    assert split_sentences(text, "en") == ["Dr. Smith met Mr. Kim.", 'The U.K. team said "no." Then e.g. this.',
                                           "See fig. 3 now."]


def test_srx_english_does_not_know_us_but_knows_initials():
    assert split_sentences("Then J. R. Smith left the U.S. Army today.", "en") == \
        ["Then J. R. Smith left the U.S.", "Army today."]


# ---- sentence: linguistic sentences

def test_sentence_mode_keeps_a_quotation_with_the_sentence_that_goes_on_after_it():
    text = "彼は「それはいい。」と述べた。「A。B。」それは違う。"
    assert split_sentences(text, "ja", "sentence") == ["彼は「それはいい。」と述べた。", "「A。", "B。」", "それは違う。"]


def test_sentence_mode_parentheses_decimals_enumerators_and_footnotes():
    assert split_sentences("成長率は３．５％だった（前年は2.1%。）。次の文。[1]最後。", "ja", "sentence") == \
        ["成長率は３．５％だった（前年は2.1%。）。", "次の文。[1]", "最後。"]
    assert split_sentences("1. はじめに。本文。", "ja", "sentence") == ["1. はじめに。", "本文。"]


def test_sentence_mode_english_abbreviations_quotes_and_footnotes():
    text = ('Dr. Kim met U.S. officials on Jan. 5 in Washington. He said "no." The talks ended.[2] '
            'They moved to the U.S. The rest stayed. Growth was 3.5 percent... and fell.')
    assert split_sentences(text, "en", "sentence") == [
        "Dr. Kim met U.S. officials on Jan. 5 in Washington.", 'He said "no."', "The talks ended.[2]",
        "They moved to the U.S.", "The rest stayed.", "Growth was 3.5 percent... and fell."]


def test_sentence_mode_breaks_inside_an_english_quotation_between_sentences():
    text = '"It is capable. It also aims to attract fighters," the report said. Next.'
    assert split_sentences(text, "en", "sentence") == ["\"It is capable.", 'It also aims to attract fighters," the report said.', "Next."]


def test_an_unclosed_bracket_does_not_swallow_the_paragraph():
    # a bracket stops protecting sentence ends after a few hundred characters
    text = "（注" + "これは文です。" * 200
    assert len(split_sentences(text, "ja", "sentence")) > 150


# ---- API

def test_spans_point_into_the_text_and_cover_every_non_space_character():
    text = "  一つ目。 二つ目！三つ目  "
    spans = split_spans(text)
    assert [text[a:b] for a, b in spans] == ["一つ目。", "二つ目！", "三つ目"]
    covered = "".join(text[a:b] for a, b in spans)
    assert covered == text.replace(" ", "")


def test_split_paragraphs_keeps_file_line_and_positions():
    paras = list(paragraphs("見出し\n\n一つ目。二つ目。\n\n三つ目。", "doc.txt"))
    segs = split_paragraphs(paras, "ja")
    assert segs[0] == Segment("見出し", "doc.txt", 1, 0, 0, 0, 3, "ja")
    assert [(s.text, s.line, s.paragraph, s.index) for s in segs[1:]] == [
        ("一つ目。", 3, 1, 0), ("二つ目。", 3, 1, 1), ("三つ目。", 5, 2, 0)]


def test_bad_language_or_mode_is_a_user_error():
    with pytest.raises(YakugoError):
        split_sentences("x", "ko")
    with pytest.raises(YakugoError):
        split_sentences("x", "ja", "whatever")
    assert split_sentences("一。二。", "ja-JP") == ["一。", "二。"]
