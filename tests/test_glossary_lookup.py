"""Lookup by any Japanese spelling, by English, fuzzily; and scanning a Japanese text for every term."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.lookup import Glossary, english_key, fold
from glossary.model import Entry


@pytest.fixture(scope="module")
def glossary():
    return Glossary([
        Entry(ja="ラヴロフ", variants=["ラブロフ"], en="Sergei Lavrov", en_alternatives=["Lavrov"], type="person"),
        Entry(ja="ショイグ", en="Sergei Shoigu", type="person"),
        Entry(ja="平壌", en="Pyongyang", type="place"),
        Entry(ja="金正恩", variants=["キム・ジョンウン"], en="Kim Jong Un", type="person"),
        Entry(ja="北朝鮮", en="North Korea", type="place"),
        Entry(ja="朝鮮", en="Korea", type="place"),
        Entry(ja="朝鮮労働党", en="Workers' Party of Korea", type="org"),
        Entry(ja="ヴァシリー", en="Vasily", type="person"),
        Entry(ja="プーチン", en="Vladimir Putin", type="person"),
        Entry(ja="KN-23", en="KN-23", type="weapon"),
    ])


@pytest.mark.parametrize("query, ja", [
    ("ラヴロフ", "ラヴロフ"), ("ラブロフ", "ラヴロフ"), ("シヨイグ", "ショイグ"), ("平壤", "平壌"),
    ("キム・ジョンウン", "金正恩"), ("キムジョンウン", "金正恩"), ("ｷﾑ･ｼﾞｮﾝｳﾝ", "金正恩"), ("ＫＮ－２３", "KN-23"),
])
def test_any_japanese_spelling_finds_the_entry(glossary, query, ja):
    [found] = glossary.lookup(query)
    assert (found.entry.ja, found.how, found.score) == (ja, "ja", 100.0)


@pytest.mark.parametrize("query, ja", [
    ("Lavrov", "ラヴロフ"), ("sergei lavrov", "ラヴロフ"), ("Kim Jong-un", "金正恩"), ("KIM JONG UN", "金正恩"),
    ("Kim Jongun", "金正恩"), ("Pyongyang", "平壌"), ("Putin", "プーチン"), ("workers party of korea", "朝鮮労働党"),
])
def test_english_finds_the_entry_whatever_case_hyphens_and_spaces(glossary, query, ja):
    found = glossary.lookup(query)
    assert found and found[0].entry.ja == ja and found[0].how in ("en", "en-words")


@pytest.mark.parametrize("query, ja", [("ラブロブ", "ラヴロフ"), ("Pyongyan", "平壌"), ("Shoygu", "ショイグ")])
def test_fuzzy_only_when_nothing_matches_exactly(glossary, query, ja):
    found = glossary.lookup(query)
    assert found and found[0].entry.ja == ja and found[0].how == "fuzzy" and 70 <= found[0].score < 100


def test_nothing_close_finds_nothing(glossary):
    assert glossary.lookup("Zzyzx Road") == [] and glossary.lookup("   ") == [] and glossary.get("東京都庁") is None


def test_scan_finds_every_term_with_its_position(glossary):
    text = "ラブロフ外相とシヨイグ国防相は平壤で金正恩（キム・ジョンウン）氏と会談した。北朝鮮の朝鮮労働党は歓迎。"
    hits = glossary.scan(text)
    assert [(h.surface, h.entry.ja) for h in hits] == [
        ("ラブロフ", "ラヴロフ"), ("シヨイグ", "ショイグ"), ("平壤", "平壌"), ("金正恩", "金正恩"),
        ("キム・ジョンウン", "金正恩"), ("北朝鮮", "北朝鮮"), ("朝鮮労働党", "朝鮮労働党")]
    assert all(text[h.start:h.end] == h.surface for h in hits)


def test_scan_prefers_the_longest_match_and_never_overlaps(glossary):
    hits = glossary.scan("北朝鮮労働党")  # 北朝鮮 starts first and wins; 朝鮮労働党 would overlap it
    assert [h.surface for h in hits] == ["北朝鮮"]
    assert [h.surface for h in glossary.scan("朝鮮労働党")] == ["朝鮮労働党"]


def test_scan_handles_width_vu_and_long_vowel_variants(glossary):
    text = "ｳﾞｧｼﾘｰ氏とバシリー氏、ＫＮ－２３。"
    assert [h.surface for h in glossary.scan(text)] == ["ｳﾞｧｼﾘｰ", "バシリー", "ＫＮ－２３"]


def test_scan_never_cuts_a_syllable(glossary):
    # シ is not a term and ショ must not match a term ending in シ: clusters are kept whole
    small = Glossary([Entry(ja="ロシ", en="x")])
    assert small.scan("ロショ") == [] and [h.surface for h in small.scan("ロシア")] == ["ロシ"]


def test_an_empty_glossary_scans_to_nothing():
    assert Glossary([]).scan("平壌") == [] and Glossary([]).lookup("平壌") == []


def test_the_users_entry_comes_first_among_equal_spellings():
    auto = Entry(ja="平壌", en="Pyeongyang", confidence=0.9)
    mine = Entry(ja="平壌", en="Pyongyang", status="locked", provenance="user", confidence=1.0)
    g = Glossary([auto, mine])
    assert [f.entry.en for f in g.lookup("平壌")] == ["Pyongyang", "Pyeongyang"]
    assert g.scan("平壌")[0].entry.en == "Pyongyang"


def test_english_key_ignores_case_spaces_hyphens_and_accents():
    assert english_key("Kim Jong-un") == english_key("KIM JONG UN") == "kimjongun"
    assert english_key("P'yŏngyang") == english_key("Pyongyang")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ロシアヴァィｶﾞﾞー・平壌 a", max_size=30))
def test_fold_maps_every_folded_character_back_into_the_text(text):
    folded, starts, ends = fold(text)
    assert len(folded) == len(starts) == len(ends)
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends))
    assert starts == sorted(starts)


def test_scan_agrees_with_a_naive_search_on_random_text():
    rng = random.Random(5)
    terms = ["平壌", "北朝鮮", "朝鮮", "ミサイル", "発射", "弾道ミサイル", "国連", "安保理", "制裁"]
    g = Glossary([Entry(ja=t, en=t) for t in terms])
    text = "".join(rng.choice(terms + ["の", "は", "を", "、", "。"]) for _ in range(400))
    hits = g.scan(text)
    # the naive reference: at each position take the longest term, else move on one character
    expected, i = [], 0
    while i < len(text):
        best = max((t for t in terms if text.startswith(t, i)), key=len, default=None)
        if best:
            expected.append((i, best))
            i += len(best)
        else:
            i += 1
    assert [(h.start, h.surface) for h in hits] == expected
