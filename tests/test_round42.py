"""Round 42: dictionary typos, and more (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_a_place_and_its_head_skip_a_dictionary_spelling_typed_in_cyrillic_lookalikes(translit):
    # JMnedict spells ブヌコボ 'Bhykobo' (Внуково typed with the Latin letters that look alike)
    result = translit.transliterate("ブヌコボ空港")
    assert result.english == "Vnukovo Airport"
    assert all("Bhykobo" not in a for a in result.alternatives)


@pytest.mark.parametrize("name, english", [
    ("彭木港（ペンモク港）", "Paengmok"),  # a reading that keeps the name's unit in kanji reads the name
    ("孟骨水道（メンゴル水道）", "Maenggol Channel"),  # 水道 between two coasts is a channel, not a province (道)
])
def test_a_korean_place_read_in_brackets_with_its_unit_in_kanji(translit, name, english):
    assert english in translit.transliterate(name).english


@pytest.mark.parametrize("word", ["上水道", "下水道"])
def test_a_common_word_ending_in_a_place_head_is_no_place(translit, word):
    # 上 is a place JMnedict knows (Uwa); 上水道 is the waterworks
    assert translit.transliterate(word).english is None


def test_a_numbered_unit_then_its_short_name_with_the_number_is_a_gloss():
    entry = by_ja(extract("在韓米軍の第2歩兵師団（2ID）は京畿道に駐留する。"), "第2歩兵師団")
    assert entry.glosses == ["2ID"]
    # a number of another thing is no short name of the unit
    assert by_ja(extract("第3歩兵師団（2ID）が移った。"), "第3歩兵師団") is None or \
        not by_ja(extract("第3歩兵師団（2ID）が移った。"), "第3歩兵師団").glosses


@pytest.mark.parametrize("text, name, english", [
    ("朝鮮王朝の末期、高宗は改革を試みた。", "朝鮮王朝", "Joseon dynasty"),  # Korea's history, not today's Korea
    ("高麗王朝の都は開京にあった。", "高麗王朝", "Goryeo dynasty"),
    ("清王朝が倒れた。", "清王朝", "Qing dynasty"),  # one kanji: JMdict's 清朝
    ("ロマノフ王朝が倒れた。", "ロマノフ王朝", "Romanov dynasty"),
])
def test_a_dynasty_is_one_name_in_english_as_history_names_it(translit, text, name, english):
    entries = extract(text)
    translit.apply(entries)
    entry = by_ja(entries, name)
    assert entry.type == "place"
    assert entry.en == english
