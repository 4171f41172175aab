"""A ministry's named bureau, an aerospace maker, 'all-' of a dictionary term, the Cold War, countries in kanji
and katakana names JMnedict spells (invented sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit import Transliterator
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja

needs_jmnedict = pytest.mark.skipif(not jmnedict_path(), reason="needs jamdict-data")


def test_a_ministrys_bureau_named_in_its_own_words_is_a_name_of_its_own():
    entries = extract("米財務省外国資産管理局（OFAC）は新たな制裁を発表した。")
    whole = by_ja(entries, "米財務省外国資産管理局")
    assert whole is not None and whole.type == "org" and "OFAC" in whole.glosses
    assert "外国資産管理局" in whole.variants  # the bureau's own name, its short form
    assert by_ja(entries, "米財務省").type == "org"


def test_a_ministrys_department_named_by_its_work_stays_with_the_ministry():
    entries = extract("ロシア国防省情報総局（GRU）の将校が起訴された。")
    assert by_ja(entries, "情報総局") is None
    assert "GRU" in by_ja(entries, "ロシア国防省情報総局").glosses


def test_an_aerospace_maker_is_one_name_not_an_airline_and_an_industry():
    entries = extract("韓国航空宇宙産業（KAI）は軽攻撃機を輸出する。")
    maker = by_ja(entries, "韓国航空宇宙産業")
    assert maker is not None and maker.type == "org" and "KAI" in maker.glosses
    assert by_ja(entries, "韓国航空") is None
    # a country's industry is no firm
    assert all(e.type != "org" for e in extract("ロシアの航空宇宙産業は部品不足に苦しむ。") if "産業" in e.ja)


@needs_jmnedict
def test_all_that_a_dictionary_term_begins_with_is_kept():
    entries = extract("全地球測位システム（GPS）への妨害が続いている。")
    assert "GPS" in by_ja(entries, "全地球測位システム").glosses
    assert by_ja(entries, "地球測位システム") is None


@pytest.mark.parametrize("text", ["米ソの冷戦が終わった。", "冷戦期に両国は対立した。", "冷戦終結後の世界秩序。"])
def test_the_cold_war_is_an_event_before_a_time_word_too(text):
    entry = by_ja(extract(text), "冷戦")
    assert entry is not None and entry.type == "event"


def test_a_body_named_after_the_cold_war_is_not_the_war():
    assert by_ja(extract("冷戦構造研究会が報告書を出した。"), "冷戦") is None


@needs_jmnedict
@pytest.mark.parametrize("text, name, english", [
    ("米国の制裁は続く。", "米国", "United States"),  # JMdict: America
    ("ボーイングの旅客機が着陸した。", "ボーイング", "Boeing"),  # JMdict: bowing
])
def test_names_get_the_english_the_news_gives_them(text, name, english):
    entries = extract(text)
    Transliterator().apply(entries)
    assert by_ja(entries, name).en == english


def test_a_hiragana_reading_marks_a_chinese_name_and_is_no_spelling_of_it():
    entries = extract("中国の趙楽際（ちょう・らくさい）全人代常務委員長が訪朝した。")
    leader = by_ja(entries, "趙楽際")
    assert leader is not None and leader.origin == "zh" and leader.readings == ["ちょう・らくさい"]
    assert leader.variants == ["趙楽際"] and not any(e.ja == "ちょう" for e in entries)


def test_a_hard_words_furigana_is_its_reading_not_a_gloss():
    word = next(e for e in extract("漁船を拿捕（だほ）した。") if e.ja == "拿捕")
    assert word.readings == ["だほ"] and not word.glosses


@pytest.mark.parametrize("text, name, other", [
    ("西シベリアのケメロボ州（通称クズバス）では炭鉱が閉鎖された。", "ケメロボ州", "クズバス"),
    ("ロシア軍はポクロフスク（ウクライナ語名ポクロウシク）を制圧したと発表した。", "ポクロフスク", "ポクロウシク"),
])
def test_a_labelled_other_name_in_brackets_is_a_spelling_of_the_same_entry(text, name, other):
    assert other in by_ja(extract(text), name).variants


@needs_jmnedict
def test_a_korean_figure_the_dictionary_reads_in_korean_needs_no_context():
    entry = by_ja(extract("教授は金日成の冒険主義を批判した。"), "金日成")
    assert entry is not None and entry.origin.startswith("ko")


def test_a_names_own_letters_are_no_context():
    # 中 of 金大中 does not say China
    assert by_ja(extract("金大中氏の太陽政策を論じた。"), "金大中").origin != "zh"


def test_new_names_a_bridge_built_beside_an_old_one():
    entries = extract("中朝国境の新鴨緑江大橋は開通していない。")
    bridge = by_ja(entries, "新鴨緑江大橋")
    assert bridge is not None and bridge.type == "place"
    assert by_ja(extract("新型ミサイルを新政権が公開した。"), "型ミサイル") is None


def test_a_world_region_before_a_relation_word_is_still_named():
    entry = by_ja(extract("輸出は東南アジア向けが大半だ。"), "東南アジア")
    assert entry is not None and entry.type == "place"
