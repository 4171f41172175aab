"""Ukrainian names and places, Korean places read as one word, and a person's English as a full name."""
import pytest

from glossary.model import Entry
from glossary.translit import Transliterator
from glossary.translit.ru import ukrainian_spelling


@pytest.fixture(scope="module")
def t():
    return Transliterator()


@pytest.mark.parametrize("kana, english", [
    ("ハルキウ", "Kharkiv"),       # the Foreign Ministry's 2022 spellings (place_katakana.tsv)
    ("リビウ", "Lviv"),            # not the Romanian given name Liviu
    ("ミコライウ", "Mykolaiv"),
    ("ザポリージャ州", "Zaporizhzhia region"),
    ("オデーサ", "Odesa"),
    ("ハバロフスク", "Khabarovsk"),  # a large post-Soviet city's katakana is that city
    ("マイコプ", "Maikop"),          # in the newsroom's spelling, not GeoNames' Maykop
])
def test_post_soviet_cities(t, kana, english):
    assert t.transliterate(kana).english == english


@pytest.mark.parametrize("spelling, ukrainian", [
    ("shmikhal", "shmyhal"),
    ("sviridenko", "svyrydenko"),
    ("timoshenko", "tymoshenko"),
    ("makhuchikh", "mahuchykh"),   # a final -kh stays х
    ("kuleba", "kuleba"),
])
def test_ukrainian_spelling(spelling, ukrainian):
    assert ukrainian_spelling(spelling) == ukrainian


def test_a_ukrainian_given_name_spells_the_surname_the_ukrainian_way(t):
    r = t.transliterate("ドミトロ・シリデンコ")
    assert r.english == "Dmytro Syrydenko"
    assert "Dmytro Siridenko" in r.alternatives  # the Russian spelling stays an alternative
    # a Russian given name leaves the surname Russian
    assert t.transliterate("ドミトリー・シリデンコ").english == "Dmitry Siridenko"


def test_korean_hanja_read_as_one_word_is_a_place(t):
    assert t.transliterate("咸興（ハムフン）").english == "Hamhung"
    # the same characters read as a person (family name ・ given name) are the man
    assert t.transliterate("金策（キム・チェク）").english == "Kim Chaek"


def test_a_korean_reading_outweighs_a_japanese_place_written_alike(t):
    r = t.transliterate("安城市（アンソンシ）", origin="ko_south", type="place")
    assert r.english != "Anjou" and r.english.lower().startswith("an")


def test_a_person_entry_gets_the_full_name_in_english(t):
    entry = Entry(ja="ウラジーミル・プーチン", type="person", origin="ru",
                  variants=["ウラジーミル・プーチン", "プーチン"])
    t.apply([entry])
    assert entry.en == "Vladimir Putin"
    assert "Putin" in entry.en_alternatives


@pytest.mark.parametrize("kana, english", [
    ("スクボルツォフ", "Skvortsov"),  # the katakana cannot tell ボ from ヴォ: the OpenCorpora names can
    ("ブラビン", "Bulavin"),
])
def test_the_russian_name_lexicon_settles_what_the_katakana_cannot(t, kana, english):
    assert t.transliterate(kana).english == english


def test_a_russian_name_spelled_alike_does_not_stop_a_ukrainians_spelling(t):
    assert t.transliterate("ドミトロ・クリメンコ").english == "Dmytro Klymenko"


def test_ukrainian_v_written_u_before_sk(t):
    # Ukrainian в before a consonant is written ウ: ポクロウスク is Pokrovsk, as ポクロフスク is
    assert t.transliterate("ポクロウスク").english == "Pokrovsk"
