"""Places UniDic cuts before a suffix, and the English of places and bodies the dictionaries know whole
(invented sentences)."""
import pytest

from glossary.extract import extract
from glossary.translit import Transliterator

pytestmark = pytest.mark.slow


def _rendered(text: str) -> dict[str, tuple[str, str | None]]:
    entries = extract(text, file="t.txt")
    Transliterator().apply(entries)
    return {e.ja: (e.type, e.en) for e in entries}


def test_a_peninsula_uni_dic_cuts_before_its_suffix_is_one_place_named_as_the_dictionary_names_it():
    rendered = _rendered("韓半島の非核化を巡り協議した。")
    assert rendered.get("韓半島") == ("place", "Korean peninsula")  # not "Han Peninsula", nor a place 韓半
    assert "韓半" not in rendered


def test_a_near_spelling_of_a_korean_place_still_yields_to_its_romanization():
    assert _rendered("板門店で会談した。").get("板門店") == ("place", "Panmunjom")


def test_a_place_the_text_puts_in_north_korea_is_read_in_korean_not_as_its_japanese_namesake():
    # JMnedict knows a Japanese mountain 金剛山 (Kongōsan); "北朝鮮の" says which one this is, and 金 in a
    # place's name is read as a word reads it (금), not as the family name Kim
    assert _rendered("北朝鮮の金剛山観光が再開された。").get("金剛山") == ("place", "Mount Kumgang")


@pytest.mark.parametrize("han, english", [("金浦", "Gimpo"), ("金海", "Gimhae")])
def test_a_korean_city_named_with_the_family_reading_keeps_it(han, english):
    from glossary.model import Entry

    result = Transliterator().for_entry(Entry(ja=han, variants=[han], type="place", origin="ko_south"))
    assert result.english == english


def test_a_country_written_before_a_ministry_names_whose_it_is():
    rendered = _rendered("米国防総省とロシア国防省、韓国外務省が声明を出した。")
    assert rendered.get("米国防総省") == ("org", "U.S. Department of Defense")
    assert rendered.get("ロシア国防省") == ("org", "Russian Defence Ministry")
    assert rendered.get("韓国外務省") == ("org", "South Korean Foreign Ministry")
    assert "国防総省" not in rendered
