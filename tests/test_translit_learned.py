"""Transliteration, second round: the learned joint model, UniDic evidence, ROK spellings, name + head compounds,
and organisations/terms that must not be romanized. Examples are not taken from the gold lists."""
import pytest

from glossary.model import Entry
from glossary.translit import Transliterator
from glossary.translit.joint import JointModel, kana_units, train

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def t():
    return Transliterator()


def test_kana_units():
    assert kana_units("チャイコフスキー") == ["チャ", "イ", "コ", "フ", "ス", "キー"]
    assert kana_units("ミッテラン") == ["ミ", "ッテ", "ラ", "ン"]
    assert kana_units("abc") is None


def test_training_learns_an_alignment():
    pairs = [("イワノフ", "ivanov", 1.0), ("ペトロフ", "petrov", 1.0), ("イワン", "ivan", 1.0), ("ペトル", "petr", 1.0),
             ("ノフ", "nov", 1.0), ("ロフ", "rov", 1.0)] * 3
    grams = train(pairs, iterations=3)
    assert grams[("フ:v",)] > 0 and grams[("ワ:va",)] > 0


def test_joint_model_spells_russian_names():
    m = JointModel()
    assert m.nbest("ラヴロフ", k=1)[0][0] == "lavrov"
    assert m.nbest("メドヴェージェフ", k=1)[0][0] == "medvedev"
    assert m.score("ラヴロフ", "lavrov") is not None
    assert m.score("ラヴロフ", "xyz") is None


@pytest.mark.parametrize("name,english", [("ウリヤノフスク", "Ulyanovsk"), ("ヴォルゴグラード", "Volgograd"),
                                          ("カザン", "Kazan")])
def test_russian_places(t, name, english):
    assert t.transliterate(name, origin="ru").english == english


@pytest.mark.parametrize("name,english", [("金泳三", "Kim Young-sam"), ("盧泰愚", "Roh Tae-woo"),
                                          ("李在明（イ・ジェミョン）", "Lee Jae-myung")])
def test_rok_usual_spellings(t, name, english):
    r = t.transliterate(name, origin="ko_south")
    assert r.english == english and r.origin == "ko_south"


def test_reading_with_initial_sound_rule_says_south(t):
    assert t.transliterate("盧武鉉（ノ・ムヒョン）").origin == "ko_south"


def test_south_surname_read_with_its_r_keeps_it(t):
    # the South usually drops the initial ㄹ (柳 ユ: Yoo); a reading that keeps it (リュ) shows the bearer does too
    assert t.transliterate("柳賢振（リュ・ヒョンジン）", origin="ko_south").english == "Ryu Hyun-jin"
    assert t.transliterate("柳寛順（ユ・グァンスン）", origin="ko_south").english.startswith("Yoo ")


def test_north_surname_read_without_its_initial_sound_follows_the_reading(t):
    # the North keeps the initial ㄹ (盧 로: Ro), but a reading without it (ノ) is the bearer's own usage
    r = t.transliterate("盧光鉄（ノ・グァンチョル）", origin="ko_north", n=5)
    assert r.english == "No Kwang Chol" and any(a.startswith("Ro ") for a in r.alternatives)
    assert t.transliterate("林正心（リム・ジョンシム）", origin="ko_north").english == "Rim Jong Sim"


def test_dprk_name_without_the_aspiration_h_after_p_first_with_it_an_alternative(t):
    # news writes Kim Pyong Il, Jang Pyong San (as Pyongyang); the DPRK's own Phyong stays an alternative
    r = t.transliterate("金平一（キム・ピョンイル）", n=5)
    assert r.english == "Kim Pyong Il" and "Kim Phyong Il" in r.alternatives


def test_jmnedict_person_under_a_japanese_reading_still_counts(t):
    # JMnedict lists 全斗煥 under ぜんとかん with the note "former President of South Korea": the note is
    # about this person whatever reading the text gives
    r = t.transliterate("全斗煥（チョン・ドゥファン）")
    assert (r.english, r.origin, r.source) == ("Chun Doo-hwan", "ko_south", "dictionary")


def test_old_romanization_in_jmnedict_is_not_taken_for_rok(t):
    r = t.transliterate("金泳三", origin="ko_south")
    assert r.english != "Kim Yonsan" and r.confidence < 0.9


@pytest.mark.parametrize("name,english", [("ハバロフスク空港", "Khabarovsk Airport"), ("西シベリア", "Western Siberia")])
def test_name_and_head_compose(t, name, english):
    r = t.transliterate(name)
    assert r.english == english and r.confidence < 0.9


def test_non_names_are_not_romanized(t):
    entries = [Entry(ja="ロシア太平洋艦隊", type="org", origin="ru"), Entry(ja="朝鮮中央通信", type="media", origin="ko_north"),
               Entry(ja="ロシア側", type="term", origin="ru"), Entry(ja="モスクワ大学", type="org", origin="ru"),
               Entry(ja="ソチ", type="other", origin="unknown")]
    t.apply(entries)
    assert entries[0].en is None and entries[2].en is None
    assert entries[1].en == "Korean Central News Agency"  # (the agency's own English name, no romanization)
    assert entries[3].en == "Moscow University"
    assert entries[4].en == "Sochi" and entries[4].provenance == "dictionary"


def test_han_name_with_unknown_head_gets_nothing(t):
    assert t.transliterate("朝鮮中央通信").english is None
