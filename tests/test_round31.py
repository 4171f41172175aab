"""Names of the Koreans of the former Soviet Union, a direction before a place in kanji, Russian Ев- written
エフ, a Korean's title deciding his side, and parallels of latitude (invented names and sentences)."""
import pytest

from glossary.extract import extract
from glossary.translit import Transliterator

from extract_helpers import by_ja

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def t():
    return Transliterator()


@pytest.mark.parametrize("name, english", [
    ("朴ヴィクトル", "Viktor Pak"), ("崔アンナ", "Anna Tsoi"), ("キム・ミハイル", "Mikhail Kim")])
def test_a_korean_family_name_before_a_russian_given_name_is_written_the_russian_way(t, name, english):
    result = t.transliterate(name)
    assert (result.english, result.origin) == (english, "ru")
    assert result.confidence < 0.9  # composed from two tables


def test_a_korean_reading_is_still_korean(t):
    assert t.transliterate("キム・ヨジョン").origin == "ko_north"


def test_a_koryo_saram_name_is_one_person_not_a_term():
    entries = extract("タシケント在住の高麗人、朴ヴィクトルさん（61）は語った。")
    person = by_ja(entries, "朴ヴィクトル")
    assert person is not None and (person.type, person.origin) == ("person", "ru")
    assert by_ja(entries, "ヴィクトル") is None


@pytest.mark.parametrize("name, english", [("北樺太", "Northern Karafuto"), ("南千島", "Southern Kurile Islands")])
def test_a_direction_before_a_japanese_place_in_kanji_composes(t, name, english):
    result = t.transliterate(name, type="place")
    assert result.english == english and not result.origin.startswith("ko")


@pytest.mark.parametrize("name", ["東平壌", "東京都"])
def test_a_korean_place_or_a_name_of_its_own_is_not_composed(t, name):
    assert not t.transliterate(name, type="place").english.startswith("Eastern")


@pytest.mark.parametrize("name, english", [("エフセンコ", "Yevsenko"), ("エフマコフ", "Yevmakov")])
def test_a_word_initial_ef_before_a_consonant_is_yev(t, name, english):
    assert t.transliterate(name, origin="ru").english == english


def test_ef_before_r_and_dictionary_spellings_stay(t):
    assert t.transliterate("エフレーモフ", origin="ru").english == "Yefremov"
    assert t.transliterate("エフゲニー", origin="ru").english == "Yevgeny"


def test_a_korean_presidents_title_puts_him_in_the_south():
    entries = extract("金正恩総書記と李光植大統領が握手した。")
    assert by_ja(entries, "李光植").origin == "ko_south"
    assert by_ja(entries, "金正恩").origin == "ko_north"


def test_a_parallel_is_a_place_and_its_forms_are_one_entry(t):
    entries = extract("北緯39度線付近で演習が行われた。39度線の北側だ。")
    line = by_ja(entries, "39度線") or by_ja(entries, "北緯39度線")
    assert line is not None and line.type == "place"
    assert {"39度線", "北緯39度線"} <= set(line.variants)
    assert t.transliterate("北緯39度線").english == "39th parallel"
    assert t.transliterate("南緯41度線").alternatives[1] == "41st parallel south"


def test_a_korean_reading_with_a_merged_m_is_read_as_one_place(t):
    assert t.transliterate("南海（ナメ）").english  # (sanity: a reading of two syllables)
    assert t.transliterate("金原（キムォン）", type="place").english == "Kimwon"


def test_an_acronym_spelled_by_the_words_english_initials_glosses_the_whole_dotted_name():
    entries = extract("ボイス・オブ・アメリカ（VOA）が報じた。")
    voa = by_ja(entries, "ボイス・オブ・アメリカ")
    assert voa is not None and voa.type == "org" and "VOA" in voa.glosses
    assert by_ja(entries, "アメリカ") is None


def test_a_district_then_a_neighbourhood_are_two_places():
    entries = extract("釜山市中区南浦洞（ナムポドン）で店を開いた。")
    assert by_ja(entries, "中区") is not None
    assert "ナムポドン" in by_ja(entries, "南浦洞").variants


@pytest.mark.parametrize("sentence, name, other", [
    ("第3次露朝協約（平壌協約）を結んだ。", "第3次露朝協約", "平壌協約"),
    ("シュムシュ島（占守島）に上陸した。", "シュムシュ島", "占守島"),
    ("竹島（韓国名・独島）をめぐり対立した。", "竹島", "独島")])
def test_another_name_in_brackets_is_a_spelling_of_the_entry(sentence, name, other):
    entry = by_ja(extract(sentence), name)
    assert entry is not None and other in entry.variants


def test_a_readings_unit_may_be_a_port():
    entry = by_ja(extract("浦項港（ポハン港）に入った。"), "浦項港")
    assert "ポハン港" in entry.variants and entry.origin.startswith("ko")


def test_a_dictionarys_english_name_for_the_whole_is_suggested(t):
    assert t.transliterate("シベリア鉄道").english == "Trans-Siberian Railway"
    entries = extract("彼はシベリア鉄道の列車に乗った。")
    t.apply(entries)
    railway = by_ja(entries, "シベリア鉄道")
    assert railway.en == "Trans-Siberian Railway" or railway.en_candidates == ["Trans-Siberian Railway"]
