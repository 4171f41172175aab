"""Round 60: a Japanese city whose kanji read in Korean sound like a Korean city's, and a Korean city before
a head where JMnedict knows only a Japanese village of that name (invented names and sentences)."""
from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_japanese_city_is_not_the_korean_city_its_kanji_sound_like():
    # 富山 reads 부산 in Korean, but GeoNames writes Busan 釜山; the city JMnedict and GeoNames both know wins
    result = TRANSLITERATOR.transliterate("富山")
    assert result.english == "Toyama" and result.origin == "ja"
    assert TRANSLITERATOR.transliterate("釜山").english == "Busan"


def test_a_large_korean_city_before_a_head_is_read_in_korean():
    result = TRANSLITERATOR.transliterate("浦項港")
    assert result.english.startswith("Pohang") and result.origin == "ko_south"
    assert TRANSLITERATOR.transliterate("唐津港").english.startswith("Karatsu")


def test_a_place_the_dictionary_lists_as_one_katakana_word_keeps_its_hyphen():
    result = TRANSLITERATOR.transliterate("ナゴルノカラバフ")
    assert result.english == "Nagorno-Karabakh" and result.source == "dictionary"
