"""Round 62: (invented names and sentences)."""
from extract_helpers import rendered

from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_an_old_province_of_korea_lies_where_its_halves_lie_whatever_reading_japan_gives_it():
    gyeongsang = TRANSLITERATOR.transliterate("慶尚道")
    assert (gyeongsang.english, gyeongsang.origin) == ("Gyeongsang Province", "ko_south")  # not a person
    jeolla = TRANSLITERATOR.transliterate("全羅道", type="place")
    assert (jeolla.english, jeolla.origin) == ("Jeolla Province", "ko_south")  # not the Japanese Zenrado
    assert rendered("朝鮮王朝の頃、忠清道で乱が起きた。")["忠清道"].en == "Chungcheong Province"
    # (a family name and two hanja that no halves are known of is still a person)
    assert TRANSLITERATOR.transliterate("孫貞道").english == "Son Jong Do"
