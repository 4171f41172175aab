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
