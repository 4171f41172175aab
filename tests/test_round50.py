"""Round 50: English conventions two dictionaries agree on (invented sentences and general names)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.extract_gloss import Gloss, classify
from glossary.translit import Transliterator


@pytest.fixture(scope="module")
def translit() -> Transliterator:
    return Transliterator()


def test_a_family_name_two_dictionaries_spell_the_english_way_keeps_that_spelling(translit):
    # JMdict's English and Wikidata both write Rachmaninoff, with a ch the katakana's フ does not spell
    result = translit.transliterate("セルゲイ・ラフマニノフ", origin="ru")
    assert result.english == "Sergei Rachmaninoff"
    assert "Sergei Rakhmaninov" in result.alternatives


def test_such_a_convention_is_below_the_confidence_that_means_right(translit):
    # another bearer of the name may be spelled the Russian way: the convention stays under 0.9
    result = translit.ru.word("シャルガフ", "only")
    assert result.english == "Chargaff" and result.confidence < 0.9


def test_a_given_name_the_dictionaries_agree_on_is_its_western_namesake_and_not_taken(translit):
    assert translit.ru.word("マルク", "first").english == "Mark"
    assert translit.transliterate("ニコル・パシニャン", origin="ru").english.startswith("Nikol ")


def test_an_agreed_spelling_the_katakana_spells_gains_nothing_over_the_russian_one(translit):
    # JMnedict and Wikidata both give Ulanoff, whose letters the katakana spells: no convention, Ulanov stays
    assert translit.ru.word("ウラノフ", "last").english == "Ulanov"


def test_where_a_thing_was_made_is_no_part_of_its_name():
    entries = extract("部隊は中国製J10戦闘機と米国製の装備を使った。")
    assert by_ja(entries, "中国製J10戦闘機") is None
    assert by_ja(entries, "中国").type == "place"


def test_a_place_then_a_part_of_it_then_a_name_there_is_two_places():
    entries = extract("サンクトペテルブルク中心部ネフスキー広場で集会があった。キーウ郊外ブチャ地区にも。")
    assert by_ja(entries, "ネフスキー広場").type == "place"
    assert by_ja(entries, "サンクトペテルブルク").type == "place"
    assert by_ja(entries, "サンクトペテルブルク中心部ネフスキー広場") is None


def test_a_great_city_then_a_dot_then_a_district_is_two_places():
    entries = extract("市民はモスクワ・ブトボ地区の教会に集まった。")
    assert by_ja(entries, "ブトボ地区").type == "place"
    assert by_ja(entries, "モスクワ").type == "place"


def test_a_town_then_a_dot_then_a_name_with_a_head_stays_one_name():
    # (no great city first: one town of two words)
    entries = extract("艦隊はペトロパブロフスク・カムチャツキー市に寄港した。")
    assert by_ja(entries, "ペトロパブロフスク・カムチャツキー") is not None


def test_a_latin_spelling_then_the_bearers_years_is_a_gloss():
    assert classify("Nikolai Berdyaev、1874～1948年", "哲学者ニコライ・ベルジャーエフ") == Gloss("latin", ("Nikolai Berdyaev",))
    assert classify("Nikolai Berdyaev, 1874-1948", "ニコライ・ベルジャーエフ") == Gloss("latin", ("Nikolai Berdyaev",))
    assert classify("1874～1948年", "ニコライ・ベルジャーエフ") is None


def test_a_full_names_surname_spelled_otherwise_in_brackets_is_the_same_person():
    assert classify("ウェーバー", "公使マックス・ヴェーバー") == Gloss("alias", ("ウェーバー",))
    entries = extract("公使マックス・ヴェーバー（ウェーバー）が報告した。")
    assert by_ja(entries, "マックス・ヴェーバー") is by_ja(entries, "ウェーバー")


def test_a_place_word_inside_a_part_of_a_full_name_does_not_make_it_a_place():
    # サバ is a place to UniDic, but only a piece of the part サバチン
    entries = extract("建築家イワン・セレジン＝サバチンの設計だった。")
    name = by_ja(entries, "イワン・セレジン＝サバチン")
    assert name is not None and name.type != "place"


def test_a_russian_given_name_first_makes_a_full_name_a_person():
    entries = extract("学芸員はアファナシー・ミロノフの日記を紹介した。")
    assert by_ja(entries, "アファナシー・ミロノフ").type == "person"


def test_a_body_named_before_its_envoys_or_heads_title_is_an_organisation():
    entries = extract("ソ連のアンドレイ・グロムイコ国連大使は欠席した。国連大使らが集まった。")
    assert by_ja(entries, "国連").type == "org"
    assert by_ja(entries, "アンドレイ・グロムイコ").type == "person"
    entries = extract("グテレス国連事務総長は懸念を示した。")
    assert by_ja(entries, "国連").type == "org" and by_ja(entries, "グテレス").type == "person"


def test_a_korea_written_right_before_a_name_as_where_it_happens_breaks_a_tie_of_sides():
    entries = extract("北朝鮮側は、同年に韓国で全斗煥（チョン・ドゥファン）少将らによる政変が起きると反発した。")
    assert by_ja(entries, "全斗煥").origin == "ko_south"
    entries = extract("韓国側は、同年に北朝鮮で李英浩（リ・ヨンホ）次帥らが解任されると注目した。")
    assert by_ja(entries, "李英浩").origin == "ko_north"
