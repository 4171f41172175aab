"""Round 43: buildings known by a place's name, and places whose English keeps a bare direction (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


@pytest.mark.parametrize("name, english", [
    ("南オセチア", "South Ossetia"),
    ("南スーダン", "South Sudan"),
    ("北マケドニア", "North Macedonia"),
])
def test_a_state_whose_english_keeps_the_bare_direction(translit, name, english):
    result = translit.transliterate(name)
    assert (result.english, result.source) == (english, "dictionary")


def test_a_region_with_a_direction_still_takes_the_adjective(translit):
    assert translit.transliterate("東シベリア").english == "Eastern Siberia"


@pytest.mark.parametrize("sentence, name, english", [
    ("会談はヤルタ近郊のリバディア宮殿で行われた。", "リバディア宮殿", "Palace"),
    ("記者はモスクワのレフォルトヴォ拘置所に収監された。", "レフォルトヴォ拘置所", "Lefortovo"),
])
def test_a_building_named_by_its_place_is_a_place(translit, sentence, name, english):
    entries = extract(sentence)
    translit.apply(entries)
    entry = by_ja(entries, name)
    assert entry is not None and entry.type == "place"
    assert english in (entry.en or "")


def test_a_prison_alone_is_no_name():
    assert by_ja(extract("彼は刑務所に入った。"), "刑務所").type == "term"
