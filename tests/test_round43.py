"""Round 43: buildings known by a place's name, and places whose English keeps a bare direction (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


@pytest.mark.parametrize("name, english", [
    ("南オセチア", "South Ossetia"),
    ("南スーダン", "South Sudan"),
    ("北マケドニア", "North Macedonia"),
])
def test_a_state_whose_english_keeps_the_bare_direction(translit, name, english):
    result = translit.transliterate(name)
    assert (result.english, result.source) == (english, "dictionary")


def test_a_region_with_a_direction_still_takes_the_adjective(translit):
    assert translit.transliterate("東シベリア").english == "Eastern Siberia"


@pytest.mark.parametrize("sentence, name, english", [
    ("会談はヤルタ近郊のリバディア宮殿で行われた。", "リバディア宮殿", "Palace"),
    ("記者はモスクワのレフォルトヴォ拘置所に収監された。", "レフォルトヴォ拘置所", "Lefortovo"),
])
def test_a_building_named_by_its_place_is_a_place(translit, sentence, name, english):
    entries = extract(sentence)
    translit.apply(entries)
    entry = by_ja(entries, name)
    assert entry is not None and entry.type == "place"
    assert english in (entry.en or "")


def test_a_prison_alone_is_no_name():
    assert by_ja(extract("彼は刑務所に入った。"), "刑務所").type == "term"


def test_a_kanji_name_read_with_the_katakana_head_it_shares_is_one_entry():
    entries = extract("平壌の柳京ホテル（リュギョンホテル）が完成した。")
    entry = by_ja(entries, "柳京ホテル")
    assert entry is not None and entry.ja == "柳京ホテル" and "リュギョンホテル" in entry.variants
    assert entry.type == "place"


def test_a_kind_in_brackets_ending_in_the_same_loanword_is_no_reading():
    # スカッド is no Korean reading of 北朝鮮製: the brackets say which missile, they do not read the name
    entry = by_ja(extract("北朝鮮製ミサイル（スカッドミサイル）が落ちた。"), "北朝鮮製ミサイル")
    assert entry is None or "スカッドミサイル" not in entry.readings


@pytest.mark.parametrize("name, english", [
    ("黄江ダム", "Hwanggang Dam"),  # a river's name before another head keeps its 江 (not Hwang River Dam)
    ("金剛山ホテル", "Kumgangsan Hotel"),
])
def test_a_korean_name_before_a_head_keeps_its_own_unit(translit, name, english):
    assert translit.transliterate(name, origin="ko_north", type="place").english == english


def test_a_word_in_sk_with_no_type_is_read_as_a_town(translit):
    # GeoNames records Snezinsk as a spelling of Snezhinsk: the town's own name, where nothing says person or place
    assert translit.transliterate("スネジンスク").english == "Snezhinsk"


def test_a_russian_town_typed_a_place_keeps_its_own_name(translit):
    # Primorsk (a port near St Petersburg) is its own town's English, not a spelling of Ukraine's larger Prymorsk
    assert translit.transliterate("プリモルスク", type="place").english == "Primorsk"
