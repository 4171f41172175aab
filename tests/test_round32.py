"""Organisations named inside a longer organisation's name: an academy's or a university's institute is one
name, and each body in it a name of its own; a body's museum or branch (invented sentences)."""
import pytest

from glossary.extract import extract
from glossary.translit import Transliterator

pytestmark = pytest.mark.slow


def _orgs(text: str) -> set[str]:
    return {e.ja for e in extract(text, file="t.txt") if e.type == "org"}


def test_a_universitys_institute_is_one_name_and_the_university_another():
    orgs = _orgs("京都大学防災研究所の山田教授が調査した。")
    assert "京都大学防災研究所" in orgs
    assert "京都大学" in orgs


def test_each_body_of_an_academys_nested_name_is_named():
    orgs = _orgs("ロシア科学アカデミー東洋学研究所朝鮮研究センターの研究員が語った。")
    assert "ロシア科学アカデミー東洋学研究所朝鮮研究センター" in orgs
    assert {"ロシア科学アカデミー", "東洋学研究所"} <= orgs


def test_a_bodys_museum_is_one_name():
    orgs = _orgs("中央空軍博物館に機体が展示された。")
    assert orgs == {"中央空軍博物館"}  # no 'central air force' cut from the museum's name


def test_a_branch_of_a_society_is_named_and_its_head_is_a_person():
    entries = extract("ロシア地理学協会沿海支部のイワン・ペトロフ支部長は述べた。", file="t.txt")
    types = {e.ja: e.type for e in entries}
    assert types.get("ロシア地理学協会沿海支部") == "org"
    assert types.get("イワン・ペトロフ") == "person"
    assert not any(ja.endswith("ペトロフ支部") for ja in types)


def test_a_bare_head_after_a_body_is_part_of_one_word():
    orgs = _orgs("韓国大学病院の医師とロシア商工会議所の会頭が会った。")
    assert "韓国大学病院" in orgs or "大学病院" not in orgs
    assert not any(o.endswith("商工会議") for o in orgs)


@pytest.mark.parametrize("sentence, palace, reading", [
    ("観光客は昌徳宮（チャンドックン）を訪れた。", "昌徳宮", "チャンドックン"),
    ("一行は慶熙宮（キョンヒグン）を見学した。", "慶熙宮", "キョンヒグン")])
def test_a_korean_palace_read_kanji_by_kanji_is_a_place_with_its_reading(sentence, palace, reading):
    entries = extract(sentence, file="t.txt")
    entry = next(e for e in entries if e.ja == palace)
    assert entry.type == "place" and entry.origin.startswith("ko") and reading in entry.variants
    assert not any(e.ja == reading for e in entries)  # no name of its own


@pytest.mark.parametrize("sentence, pact, signatory", [
    ("両国は桂・タフト協定を結んだ。", "桂・タフト協定", "タフト"),
    ("外相は伊藤・ローゼン協定に調印した。", "伊藤・ローゼン協定", None)])
def test_a_pact_named_after_its_signatories_is_one_event(sentence, pact, signatory):
    entries = extract(sentence, file="t.txt")
    assert any(e.ja == pact and e.type == "event" for e in entries)
    assert not any(e.ja == pact.split("・")[1] for e in entries)  # not the last signatory's pact alone
    assert signatory is None or any(e.ja == signatory and e.type == "person" for e in entries)


def test_the_unit_after_a_towns_reading_is_no_part_of_the_next_name():
    entries = extract("釜山（プサン）市海雲台区の海岸で開かれた。", file="t.txt")
    assert not any(e.ja.startswith("市") for e in entries)
    assert any(e.ja == "海雲台区" and e.type == "place" for e in entries)


def test_a_chamber_and_its_committee_are_one_name_and_the_chamber_another():
    entries = extract("上院外交委員会のメンバーが訪れた。", file="t.txt")
    orgs = {e.ja for e in entries if e.type == "org"}
    assert {"上院外交委員会", "上院"} <= orgs


def test_a_double_family_names_first_half_alone_is_the_same_person():
    entries = extract("ドミトリー・ペトロフ＝ボドキン外相が来日した。ペトロフ外相は述べた。", file="t.txt")
    persons = [e for e in entries if e.type == "person"]
    assert len(persons) == 1 and "ペトロフ" in persons[0].variants
    Transliterator().apply(persons)
    assert persons[0].en.startswith("Dmitry Petrov-")


@pytest.mark.parametrize("name", ["ジャン＝ピエール・ラファラン", "ジャン・クロード・ユンケル"])
def test_a_name_with_a_long_vowel_is_not_read_as_korean(name):
    result = Transliterator().transliterate(name, n=3)
    assert result.origin != "ko_north" and result.english.startswith("Jean")


def test_a_district_written_with_its_city_is_a_spelling_of_the_district():
    entries = extract("釜山市東区の住民が集まった。", file="t.txt")
    ward = next(e for e in entries if e.ja == "東区")
    assert ward.type == "place" and "釜山市東区" in ward.variants
    assert not any(e.ja == "釜山市東区" for e in entries)
