"""Places JMnedict confirms: inside a longer compound (延坪島 of 延坪島砲撃事件) and joined by の (赤の広場)."""
from __future__ import annotations

import pytest

from glossary.extract import dictionary_place, extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja, type_of

pytestmark = pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")


def test_dictionary_place_lookup():
    assert dictionary_place("延坪島") and dictionary_place("赤の広場")
    assert not dictionary_place("中央広場")  # an ordinary square, no name
    assert not dictionary_place("無名戦士の墓")


def test_place_inside_an_event_name():
    entries = extract("北朝鮮は延坪島砲撃事件について説明しなかった。", file="t.txt")
    place = by_ja(entries, "延坪島")
    assert place is not None and place.type == "place"
    event = by_ja(entries, "延坪島砲撃事件")
    assert event is not None and event.type == "event"
    assert place is not event


def test_whole_compound_confirmed_as_place():
    # UniDic reads 延坪 as a common noun: only the dictionary makes 延坪島 a place
    assert type_of("砲弾は延坪島に落ちた。", "延坪島") == "place"


def test_place_joined_by_no():
    entries = extract("モスクワの赤の広場で軍事パレードが行われた。", file="t.txt")
    square = by_ja(entries, "赤の広場")
    assert square is not None and square.type == "place"
    assert by_ja(entries, "モスクワ") is not None


def test_no_place_for_unknown_spans():
    entries = extract("市の中央広場で集会が開かれた。兵士は無名戦士の墓に献花した。", file="t.txt")
    assert by_ja(entries, "中央広場") is None or by_ja(entries, "中央広場").type != "place"
    assert by_ja(entries, "市の中央広場") is None


def test_place_inside_an_organisation_name_stays_part_of_it():
    entries = extract("北大西洋条約機構は声明を出した。", file="t.txt")
    assert by_ja(entries, "北大西洋") is None
    org = by_ja(entries, "北大西洋条約機構")
    assert org is not None and org.type == "org"


def test_worker_processes_find_the_same_places():
    paras = "\n\n".join(["北朝鮮は延坪島砲撃事件について説明しなかった。", "モスクワの赤の広場で軍事パレードが行われた。"] * 3)
    one = [e.to_dict() for e in extract(paras, file="t.txt", workers=1)]
    two = [e.to_dict() for e in extract(paras, file="t.txt", workers=2)]
    assert one == two
    assert any(e["ja"] == "赤の広場" and e["type"] == "place" for e in two)
