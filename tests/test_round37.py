"""Katakana names of a known name and loanwords, composed from their parts (invented sentences)."""
import pytest
from extract_helpers import by_ja, rendered

from glossary.model import Entry
from glossary.translit import Transliterator, loanword

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def translit():
    return Transliterator()


def _english(translit, ja: str, type: str = "org") -> str | None:
    result = translit.for_entry(Entry(ja=ja, variants=[ja], type=type))
    return result.english if result is not None else None


def test_a_firm_and_its_loanword_head_compose(translit):
    assert _english(translit, "ロッテグループ") == "Lotte Group"
    assert _english(translit, "ロッテホテル・ウラジオストク", "place") == "Lotte Hotel Vladivostok"


def test_a_persons_or_a_towns_name_before_an_institutions_word(translit):
    assert _english(translit, "キーロフ・バレエ", "other") == "Kirov Ballet"
    assert _english(translit, "スティムソン・センター") == "Stimson Center"


def test_a_loanword_that_names_differ_on_takes_the_names_english(translit):
    assert _english(translit, "チャイコフスキー・コンクール", "event") == "Tchaikovsky Competition"


def test_a_firms_name_beats_a_town_of_the_same_spelling(translit):
    assert _english(translit, "サムスン・バッテリー・ボックス", "other") == "Samsung Battery Box"


def test_a_composed_name_keeps_a_surname_that_jmnedict_also_lists_as_a_firm(translit):
    assert _english(translit, "フォード・モーター") == "Ford Motor"


def _compose(translit, text: str) -> str | None:
    from glossary.translit.dictionary import jmdict_english

    return loanword.compose(text, translit._known_proper, lambda w: jmdict_english(translit.jmnedict, w))


def test_name_fragments_that_spell_short_loanwords_do_not_compose(translit):
    assert _compose(translit, "アンドレイ・ランコフ") is None  # ラン|コフ: run, cough


def test_a_loanword_jmdict_reads_otherwise_does_not_compose(translit):
    assert _compose(translit, "コレア・ウラー") is None  # ウラー-ura is hooray in JMdict, not a word of a name


def test_a_country_before_a_loanword_is_no_name(translit):
    assert _compose(translit, "ロシア・ブランド") is None


def test_an_inflected_loanword_does_not_compose_as_its_lemma(translit):
    assert _compose(translit, "ロッテタイムズ") is None  # タイムズ, lemma タイム: not "Time"


def test_a_sentence_gets_the_composed_english():
    entries = rendered("ロッテグループはロッテホテルの新館を開いた。")
    group = by_ja(list(entries.values()), "ロッテグループ")
    assert group is not None and group.en == "Lotte Group"
