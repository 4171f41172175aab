"""Round 42: dictionary typos, and more (invented sentences)."""
import pytest

from glossary.extract import extract  # noqa: F401  (later tests of this round extract)


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_a_place_and_its_head_skip_a_dictionary_spelling_typed_in_cyrillic_lookalikes(translit):
    # JMnedict spells ブヌコボ 'Bhykobo' (Внуково typed with the Latin letters that look alike)
    result = translit.transliterate("ブヌコボ空港")
    assert result.english == "Vnukovo Airport"
    assert all("Bhykobo" not in a for a in result.alternatives)
