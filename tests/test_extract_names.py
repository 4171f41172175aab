"""Person names in general Japanese news: given names UniDic cuts short, names spaced after a job title,
katakana full names whose surname is an ordinary loanword. Examples are invented news sentences."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.model import Entry
from glossary.translit.dictionary import jmnedict_path


def by_ja(entries: list[Entry], form: str) -> Entry | None:
    return next((e for e in entries if form in e.variants), None)


def named(entries: list[Entry]) -> set[str]:
    return {v for e in entries if e.type != "term" for v in e.variants}


@pytest.mark.parametrize("text, name", [
    ("九回に代打の源田壮亮が同点打を放った。", "源田壮亮"),          # 源田|壮|亮を: the rare second kanji closes the name
    ("町長の相馬行胤氏が式典であいさつした。", "相馬行胤"),          # …胤 then a title
    ("藤田剛二市長は記者会見で説明した。", "藤田剛二"),               # …二 then a two-character title
    ("中堅の外崎修汰内野手が出場した。", "外崎修汰"),                # …汰 then a player title
    ("講師の高實まりえさんが担当した。", "高實まりえ"),              # a second given-name token (kana) joins
])
def test_japanese_given_name_is_not_cut_short(text, name):
    entries = extract(text, file="t.txt")
    person = by_ja(entries, name)
    assert person is not None and person.type == "person" and person.origin == "ja"
    assert not any(v != name and name.startswith(v) and len(v) >= 3 for v in named(entries))


@pytest.mark.parametrize("text, name", [
    ("石破茂首相は会見した。", "石破茂"),          # a title right after a one-character given name stays out
    ("田中均外務審議官が訪れた。", "田中均"),      # 外 starts a longer word: the name is not stretched
])
def test_given_name_not_stretched_into_the_title(text, name):
    person = by_ja(extract(text, file="t.txt"), name)
    assert person is not None and person.type == "person"


@pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")
def test_name_spaced_after_a_job_title_is_a_person():
    text = "経済研究センター\n\n上席研究員 内海 健太\n\n内海健太は次のように述べた。"
    entries = extract(text, file="t.txt")
    person = by_ja(entries, "内海 健太")
    assert person is not None and person.type == "person" and person.origin == "ja"
    assert "内海健太" in person.variants  # the solid spelling later in the text is the same person
    assert by_ja(entries, "内海") is None or by_ja(entries, "内海").type != "place"


def test_spaced_words_without_a_title_are_no_person():
    entries = extract("静岡 浜松 豊橋 の順に回った。", file="t.txt")
    assert not any(e.type == "person" for e in entries)


@pytest.mark.parametrize("text, name", [
    ("ボストン在住のマイケル・ハンターさんは話した。", "マイケル・ハンター"),
    ("経済学を教えるダグラス・ミラー教授によると", "ダグラス・ミラー"),
    ("若手のタイラー・ヒーローが活躍した。", "タイラー・ヒーロー"),
])
def test_katakana_full_name_with_a_loanword_surname_stays_whole(text, name):
    person = by_ja(extract(text, file="t.txt"), name)
    assert person is not None and person.type == "person"


def test_loanword_pairs_without_a_person_still_split():
    entries = extract("天然ガス・パイプラインの建設が進む。", file="t.txt")
    assert by_ja(entries, "天然ガス・パイプライン") is None or by_ja(entries, "天然ガス・パイプライン").type != "person"
