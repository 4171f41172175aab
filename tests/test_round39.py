"""Round 39: fields joined by ・ before a glossed body, lettered short names, Korean places read in katakana
(invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


def _entry(text: str, form: str):
    return by_ja(extract(text, file="t.txt"), form)


def test_fields_joined_by_a_dot_before_a_glossed_fund_are_part_of_its_name():
    text = "日本は世界エイズ・結核・マラリア対策基金（グローバルファンド）に拠出した。"
    entry = _entry(text, "世界エイズ・結核・マラリア対策基金")
    assert entry is not None and entry.type == "org" and "グローバルファンド" in entry.variants
    assert _entry(text, "マラリア対策基金") is None


def test_a_short_name_of_figures_and_katakana_names_the_whole_meeting():
    text = "韓米の外務・国防担当閣僚協議（2プラス2）が開かれた。"
    entry = _entry(text, "外務・国防担当閣僚協議")
    assert entry is not None and entry.type == "event" and "2プラス2" in entry.variants
    assert "G20サミット" in _entry("20カ国・地域首脳会議（G20サミット）がソウルで開かれた。", "20カ国・地域首脳会議").variants


def test_a_katakana_word_before_shi_is_a_city():
    entry = _entry("北朝鮮北東部のチョンジン市で式典が開かれた。", "チョンジン")
    assert entry is not None and entry.type == "place"


def test_a_korean_sounding_katakana_place_in_a_korea_is_that_koreas():
    assert _entry("韓国南部のキョンサン市を訪れた。", "キョンサン").origin == "ko_south"
    assert _entry("ロシアのハバロフスク市を訪れた。", "ハバロフスク").origin == "ru"


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator

    return Transliterator()


@pytest.mark.slow
@pytest.mark.parametrize("name, origin, english", [("ヨンビョン郡", "auto", "Yongbyon County"),
                                                   ("チョンジン市", "ko_north", "Chongjin"),
                                                   ("ハムギョン北道", "auto", "North Hamgyong Province")])
def test_a_korean_reading_in_katakana_then_its_unit_in_kanji_is_a_korean_place(translit, name, origin, english):
    result = translit.transliterate(name, origin=origin)
    assert english in result.alternatives and result.origin == "ko_north"


@pytest.mark.slow
def test_a_russian_town_before_shi_stays_russian(translit):
    assert translit.transliterate("トムスク市", origin="ko_auto").english == "Tomsk"


def test_a_katakana_county_after_its_province_is_a_place_of_that_korea():
    entry = _entry("北朝鮮の咸鏡北道ミョチョン郡で洪水が起きた。", "ミョチョン郡")
    assert entry is not None and entry.type == "place" and entry.origin == "ko_north"
    assert _entry("北朝鮮の咸鏡北道ミョチョン郡で洪水が起きた。", "咸鏡北道ミョチョン郡") is None


def test_a_koreans_name_after_death_in_brackets_is_another_name_of_the_person():
    entry = _entry("1895年、閔妃（明成皇后）が殺害された。", "閔妃")
    assert entry is not None and entry.type == "person" and "明成皇后" in entry.variants


def test_a_kanji_name_jmnedict_spells_with_a_korean_surname_is_korean():
    entry = _entry("李舜臣の像が立っている。", "李舜臣")
    assert entry is not None and entry.origin.startswith("ko")


@pytest.mark.slow
@pytest.mark.parametrize("name, english", [("閔妃", "Queen Min"), ("明成皇后", "Empress Myeongseong"),
                                           ("李舜臣", "Yi Sun-shin")])
def test_korean_royals_and_heroes_take_their_english_names(translit, name, english):
    assert translit.transliterate(name, origin="ko", type="person").english == english


def test_a_kings_temple_name_in_a_paragraph_about_korea_is_a_korean_person():
    entry = _entry("朝鮮の国王高宗（在位1863～1907年）はロシアに接近した。", "高宗")
    assert entry is not None and entry.type == "person" and entry.origin.startswith("ko")
    assert _entry("朝鮮では先祖を敬う。", "先祖") is None


def test_fields_joined_by_a_dot_take_no_country_before_the_dot():
    text = "日本は世界エイズ・結核・マラリア対策基金（グローバルファンド）に拠出した。"
    assert _entry(text, "日本・世界エイズ・結核・マラリア対策基金") is None


@pytest.mark.slow
def test_a_temple_name_is_one_word_spelled_as_the_south_does(translit):
    result = translit.transliterate("高宗", origin="ko", type="person")
    assert result.english == "Gojong" and "Kojong" in result.alternatives


@pytest.mark.slow
def test_a_town_on_a_river_drops_the_rivers_case_ending(translit):
    assert translit.transliterate("ニコラエフスク・ナ・アムーレ").english == "Nikolayevsk-on-Amur"


@pytest.mark.slow
def test_a_north_korean_ri_read_i_stays_ri(translit):
    assert translit.transliterate("李穡", reading="イ・セク", origin="ko_north", type="person").english == "Ri Saek"


def test_a_korean_reading_before_a_facility_names_its_town():
    entry = _entry("北朝鮮の北倉（プクチャン）火力発電所は古い。", "北倉")
    assert entry is not None and entry.type == "place" and entry.origin.startswith("ko")


def test_a_hard_words_hiragana_reading_is_its_reading():
    entry = _entry("1896年には露館播遷（ろかんはせん）が起きる。", "露館播遷")
    assert entry is not None and entry.readings == ["ろかんはせん"]
