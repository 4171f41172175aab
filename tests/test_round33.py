"""Bodies named by the regions they cover, agencies, commands and titles around names (invented sentences)."""
import pytest

from glossary.extract import extract

pytestmark = pytest.mark.slow


def _typed(text: str) -> dict[str, str]:
    return {e.ja: e.type for e in extract(text, file="t.txt")}


def _variants(text: str, ja: str) -> set[str]:
    return next(set(e.variants) for e in extract(text, file="t.txt") if e.ja == ja or ja in e.variants)


def test_an_institute_named_by_regions_is_one_name_after_its_university():
    typed = _typed("北海道大学スラブ・ユーラシア研究センターの岩下教授は語った。")
    assert typed.get("北海道大学スラブ・ユーラシア研究センター") == "org"
    assert typed.get("北海道大学") == "org"
    assert "スラブ" not in typed and "ユーラシア研究センター" not in typed


def test_a_bureau_named_by_regions_is_one_name():
    typed = _typed("米国務省東アジア・太平洋局のケビン・キム次官補代理が来日した。")
    assert typed.get("米国務省東アジア・太平洋局") == "org"
    assert typed.get("ケビン・キム") == "person"
    assert "太平洋局" not in typed


def test_a_country_before_a_named_institute_only_locates_it():
    typed = _typed("韓国・慶南大極東問題研究所の林乙出教授は言う。")
    assert typed.get("慶南大極東問題研究所") == "org"
    assert "韓国・慶南大極東問題研究所" not in typed


def test_a_university_written_short_inside_a_name_is_the_same_body():
    text = "北海道大学スラブ・ユーラシア研究センターが発表した。北海道大スラブ・ユーラシア研究センターの調査では。"
    assert "北海道大スラブ・ユーラシア研究センター" in _variants(text, "北海道大学スラブ・ユーラシア研究センター")


def test_a_news_agency_in_kanji_is_a_medium_in_either_spelling():
    text = "聯合ニュースが伝えた。連合ニュースによると、会談は続いた。"
    assert _typed(text).get("連合ニュース", _typed(text).get("聯合ニュース")) == "media"
    assert _variants(text, "聯合ニュース") == {"聯合ニュース", "連合ニュース"}


def test_a_katakana_title_after_the_dot_is_no_part_of_the_name():
    text = "ロシア代表のドミトリー・クルグロフ・ヘッドコーチ（58）が来日した。クルグロフ氏は語った。"
    typed = _typed(text)
    assert typed.get("ドミトリー・クルグロフ") == "person"
    assert not any("ヘッドコーチ" in ja for ja in typed)
    assert "クルグロフ" in _variants(text, "ドミトリー・クルグロフ")


def test_a_person_before_the_head_of_a_department_is_a_name_of_its_own():
    typed = _typed("ロシア外務省のマリア・ザハロワ情報局長は定例会見で述べた。")
    assert typed.get("マリア・ザハロワ") == "person"
    assert not any(ja.startswith("マリア・ザハロワ") and ja != "マリア・ザハロワ" for ja in typed)


def test_a_surname_before_a_ministers_title_is_no_longer_name():
    typed = _typed("金日国（キム・イルグク）体育相は4月、金体育相と会談した。")
    assert typed.get("金日国") == "person"
    assert "金体育" not in typed


def test_a_historical_states_name_heading_a_compound_is_a_place():
    assert _typed("文書館は帝政ロシア時代の文書を所蔵する。").get("帝政ロシア") == "place"


def test_a_verb_stem_between_nouns_stays_in_the_compound():
    entries = extract("国際重量挙げ連盟（IWF）の大会に出場した。", file="t.txt")
    body = next(e for e in entries if e.ja == "国際重量挙げ連盟")
    assert body.type == "org" and "IWF" in body.glosses
    assert not any(e.ja == "連盟" for e in entries)


def test_a_command_keeps_its_countrys_letter_and_joins_its_name_without_it():
    text = "米インド太平洋軍（INDOPACOM）の司令官が述べた。インド太平洋軍は演習を続ける。"
    assert _typed(text).get("米インド太平洋軍") == "org"
    assert _variants(text, "米インド太平洋軍") == {"米インド太平洋軍", "インド太平洋軍"}


def test_a_place_keeps_dropping_the_countrys_letter():
    assert _typed("米アラスカ州で会談した。").get("アラスカ州") == "place"


def test_a_russian_surname_is_no_world_city_whose_name_has_fewer_long_marks():
    from glossary.translit import Transliterator

    result = Transliterator().transliterate("バクーニン")
    assert result.english == "Bakunin"
    assert Transliterator().transliterate("ニューヨーク").english == "New York"  # a world city still found


def test_a_korean_industrial_complex_is_composed_from_its_place():
    from glossary.translit import Transliterator

    assert Transliterator().transliterate("開城工業団地", type="place").english == "Kaesong Industrial Complex"


def test_a_body_named_after_a_south_korean_city_ties_its_researcher_to_the_south():
    from glossary.translit.dictionary import korean_affiliation

    context = "世宗研究所の申成浩首席研究委員は述べた。"
    assert korean_affiliation([context], ["申成浩"]) == "ko_south"
    assert korean_affiliation(["平和研究所の申成浩氏は述べた。"], ["申成浩"]) is None  # no city: no side
