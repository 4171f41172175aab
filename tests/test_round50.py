"""Round 50: English conventions two dictionaries agree on (invented sentences and general names)."""
import pytest

from glossary.translit import Transliterator


@pytest.fixture(scope="module")
def translit() -> Transliterator:
    return Transliterator()


def test_a_family_name_two_dictionaries_spell_the_english_way_keeps_that_spelling(translit):
    # JMdict's English and Wikidata both write Rachmaninoff, with a ch the katakana's フ does not spell
    result = translit.transliterate("セルゲイ・ラフマニノフ", origin="ru")
    assert result.english == "Sergei Rachmaninoff"
    assert "Sergei Rakhmaninov" in result.alternatives


def test_such_a_convention_is_below_the_confidence_that_means_right(translit):
    # another bearer of the name may be spelled the Russian way: the convention stays under 0.9
    result = translit.ru.word("シャルガフ", "only")
    assert result.english == "Chargaff" and result.confidence < 0.9


def test_a_given_name_the_dictionaries_agree_on_is_its_western_namesake_and_not_taken(translit):
    assert translit.ru.word("マルク", "first").english == "Mark"
    assert translit.transliterate("ニコル・パシニャン", origin="ru").english.startswith("Nikol ")


def test_an_agreed_spelling_the_katakana_spells_gains_nothing_over_the_russian_one(translit):
    # JMnedict and Wikidata both give Ulanoff, whose letters the katakana spells: no convention, Ulanov stays
    assert translit.ru.word("ウラノフ", "last").english == "Ulanov"
