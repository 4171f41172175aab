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


def _variants(text: str, ja: str) -> set[str]:
    return next(set(e.variants) for e in extract(text, file="t.txt") if e.ja == ja or ja in e.variants)


@pytest.mark.parametrize("text, one, other", [
    ("タシュケント出身の学生。タシケントで育った。", "タシュケント", "タシケント"),
    ("ザハル・ザパシュヌイ氏が語った。ザパシヌイ氏によると", "ザハル・ザパシュヌイ", "ザパシヌイ"),
])
def test_sh_before_a_consonant_written_with_or_without_its_small_yu_is_one_name(text, one, other):
    assert other in _variants(text, one)


def test_shun_is_not_shin():
    text = "シュンコフ氏が語った。シンコフ氏によると"
    assert "シンコフ" not in _variants(text, "シュンコフ")


def test_heavy_industries_written_short_is_the_same_firm():
    assert "サムスン重工" in _variants("サムスン重工業は受注した。サムスン重工の社長は語った。", "サムスン重工業")


def test_the_party_holding_a_numbered_congress_is_a_name_of_its_own():
    rendered = _rendered("発端は同年2月のソ連共産党第20回大会だった。")
    assert rendered.get("ソ連共産党", ("",))[0] == "org"
    assert rendered.get("ソ連共産党第20回大会", ("",))[0] == "event"


def test_a_russian_adjective_begins_a_towns_name():
    rendered = _rendered("沿海地方ボリショイ・カーメン市に位置する造船所。")
    assert rendered.get("ボリショイ・カーメン", ("",))[0] == "place"
    assert "カーメン" not in rendered


def test_a_firm_jmnedict_also_knows_as_a_town_is_the_firm_where_the_text_types_no_place():
    assert _rendered("サムスンは3位前後に後退した。").get("サムスン", (None, None))[1] == "Samsung"


def test_a_russian_adjective_before_a_city_naming_a_troupe_makes_no_town():
    rendered = _rendered("ボリショイ・モスクワ国立サーカスが来日した。")
    assert "ボリショイ・モスクワ" not in rendered
    assert rendered.get("モスクワ", ("",))[0] == "place"


@pytest.mark.parametrize("text, street, english", [
    ("モスクワのツベトノイ並木通りにある劇場。", "ツベトノイ並木通り", "Tsvetnoy Boulevard"),
    ("トヴェルスカヤ通りを歩いた。", "トヴェルスカヤ通り", "Tverskaya Street"),
])
def test_a_russian_street_is_a_place_with_its_english_head(text, street, english):
    assert _rendered(text).get(street) == ("place", english)


def test_a_koryo_saram_written_surname_first_in_katakana_is_named_the_russian_way():
    rendered = _rendered("高麗人4世、キム・アレクセイさん（25）は語った。")
    assert rendered.get("キム・アレクセイ") == ("person", "Alexei Kim")


def test_a_korean_bodys_reading_with_its_head_glosses_the_whole_name():
    entries = extract("大田の又松大学（ウソン大学）で学ぶ。", file="t.txt")
    university = next(e for e in entries if e.ja == "又松大学")  # 又 is no conjunction before the reading
    assert university.type == "org" and "ウソン大学" in university.variants
    assert not any(e.ja == "松大学" for e in entries)
