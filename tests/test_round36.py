"""Events named by an edition or a battle, places after a province, rulers with epithets, islands of one
syllable, kanji names of katakana places, and what a pair of countries says of a name (invented sentences)."""
import pytest
from extract_helpers import by_ja, rendered

from glossary.normalize import variant_key
from glossary.origin import context_origins
from glossary.translit import Transliterator

pytestmark = pytest.mark.slow


def _entry_of(entries: dict[str, object], spelling: str):
    return by_ja(list(entries.values()), spelling)


def test_an_editions_number_stays_out_of_a_forums_name():
    entries = rendered("ウラジオストクで第10回東方経済フォーラム（EEF）が開幕した。")
    forum = _entry_of(entries, "東方経済フォーラム")
    assert forum is not None and forum.type == "event" and "EEF" in forum.glosses
    assert _entry_of(entries, "第10回東方経済フォーラム") is None


def test_a_forum_with_nothing_but_its_number_is_no_event():
    entries = rendered("第3回フォーラムが開かれた。")
    assert not [e for e in entries.values() if e.type == "event"]


def test_a_battle_is_named_by_the_place_it_was_fought():
    entries = rendered("1920年に鳳梧洞の戦いを指揮し、青山里の戦いにも加わった。")
    for name in ("鳳梧洞の戦い", "青山里の戦い"):
        battle = entries.get(name)
        assert battle is not None and battle.type == "event"
        assert battle.en and battle.en.startswith("Battle of ")
    assert "鳳梧洞" not in entries


def test_a_fight_that_names_no_place_is_no_battle():
    entries = rendered("激しい戦いの後、その戦いは終わった。")
    assert not [e for e in entries.values() if e.type == "event"]


def test_a_county_after_its_province_is_a_place_without_its_unit():
    entries = rendered("崔在亨は1860年、咸鏡北道慶源の貧しい家に生まれた。")
    county = entries.get("慶源")
    assert county is not None and county.type == "place" and county.origin == "ko_north"


def test_a_word_after_a_province_is_no_county():
    entries = rendered("咸鏡北道地域の住民が避難した。")
    assert "地域" not in entries


def test_stationed_in_is_written_two_ways_for_one_body():
    assert variant_key("駐ウラジオストク韓国総領事館") == variant_key("在ウラジオストク韓国総領事館")
    assert variant_key("駐在") == "駐在"  # (the word 'being stationed' itself is left alone)


@pytest.mark.parametrize("name, english", [("ピョートル大帝", "Peter the Great"),
                                           ("イワン雷帝", "Ivan the Terrible"),
                                           ("エカテリーナ大帝", "Catherine the Great")])
def test_a_ruler_with_an_epithet_is_one_person_named_in_english(name, english):
    entries = rendered(f"{name}の時代に都市が建設された。")
    ruler = entries.get(name)
    assert ruler is not None and ruler.type == "person" and ruler.en == english


def test_a_town_at_a_rivers_mouth_is_ust_and_the_river():
    result = Transliterator().transliterate("ウスチ・ルガ", origin="ru", type="place")
    assert result.english == "Ust-Luga"


def test_a_street_named_by_a_russian_adjective_is_spelled_as_newsrooms_spell_the_name():
    entries = rendered("旧居はウスリースク中心部のヴォロダルスキー通りに面している。")
    street = entries.get("ヴォロダルスキー通り")
    assert street is not None and street.origin == "ru" and street.en == "Volodarsky Street"


def test_a_korean_name_written_with_the_new_form_of_a_kanji_is_read_as_the_old_form():
    result = Transliterator().transliterate("万寿台", origin="ko_north", type="place")
    assert result.english == "Mansudae"


@pytest.mark.parametrize("island, reading, english", [("牛島", "ウド", "Udo"), ("薪島", "シンド", "Sindo")])
def test_an_island_of_one_syllable_is_one_word(island, reading, english):
    result = Transliterator().transliterate(island, origin="auto", reading=reading, type="place")
    assert result.english == english


def test_an_island_of_two_syllables_is_still_an_island():
    result = Transliterator().transliterate("延坪島", origin="auto", type="place")
    assert result.english == "Yeonpyeong Island"


def test_the_kanji_name_of_a_river_named_in_katakana_glosses_it_and_is_not_read_in_korean():
    entries = rendered("遺骨はラズドリナヤ川（綏芬河）に流された。")
    river = entries.get("ラズドリナヤ川")
    assert river is not None and "綏芬河" in river.variants
    assert river.origin == "ru" and river.en and river.en.endswith("River") and river.en.startswith("Raz")


def test_a_pair_of_countries_says_nothing_of_whose_a_name_is():
    assert context_origins("露朝の軍事協力が深まる中") == {}
    assert context_origins("韓国と北朝鮮") == {"ko_south": 2, "ko_north": 2}
