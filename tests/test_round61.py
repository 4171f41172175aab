"""Round 61: (invented names and sentences)."""
from extract_helpers import rendered

from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_south_korean_whose_given_name_is_read_with_its_initial_r_keeps_it_in_the_souths_spelling():
    result = TRANSLITERATOR.transliterate("孔魯明（コン・ロミョン）", origin="ko_south")
    assert result.origin == "ko_south" and result.english == "Kong Ro-myung"
    # (a surname read with the ㄹ the South drops is still spelled as read, its side left open)
    assert TRANSLITERATOR.transliterate("李雪花（リ・ソルファ）", origin="ko_south").english == "Ri Sol Hwa"
    # (read without it, the South's rule applies as before)
    assert TRANSLITERATOR.transliterate("孔魯明（コン・ノミョン）", origin="ko_south").english == "Kong No-myung"


def test_a_countrys_part_named_by_a_point_of_the_compass_is_one_place_not_a_region_of_japan():
    entries = rendered("朝鮮族の多くは中国東北地方に住む。")
    assert "東北地方" not in entries and entries["中国東北地方"].en == "Northeast China"
    # (a division the dictionary knows after its country is still a place of its own)
    assert {"ロシア", "沿海地方"} <= set(rendered("ロシア沿海地方の知事が訪朝した。"))
