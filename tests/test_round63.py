"""Round 63: (invented names and sentences)."""
from extract_helpers import rendered

from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_name_then_a_place_head_begun_in_katakana_is_one_place():
    entries = rendered("イルクーツク州のコビクタ・ガス田から韓国へ送る。")
    field = entries["コビクタ・ガス田"]
    assert field.type == "place" and field.en.endswith("gas field") and "コビクタ" not in entries


def test_a_town_of_the_same_sound_vouches_for_no_river():
    river = TRANSLITERATOR.transliterate("松花江")
    assert river.confidence < 0.9  # GeoNames' Songhwa is a county of the North, not the Songhua River
    assert TRANSLITERATOR.transliterate("平沢").confidence >= 0.9  # a town it spells so


def test_an_institute_whose_name_runs_on_from_its_parent_body_is_named_from_the_body():
    entries = rendered("ロシア科学アカデミー極東支部歴史学・考古学・民族学研究所の研究員が語った。")
    institute = entries["ロシア科学アカデミー極東支部歴史学・考古学・民族学研究所"]
    branch = entries["ロシア科学アカデミー極東支部"]
    assert institute.type == branch.type == "org" and "極東支部" in branch.variants
    assert "極東支部歴史学・考古学・民族学研究所" not in entries
