"""Names joined by ・ that end before a word, lines named after both ends, a national body joining portfolios
with ・, a body's other full name in brackets, metal makers (invented sentences)."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja

needs_jmnedict = pytest.mark.skipif(not jmnedict_path(), reason="needs jamdict-data")


@needs_jmnedict
def test_a_name_joined_by_dots_ends_before_a_word_its_last_part_begins():
    entries = extract("サミュエル・パパロ・インド太平洋軍司令官は記者団に語った。")
    person = by_ja(entries, "サミュエル・パパロ")
    assert person is not None and person.type == "person"
    command = by_ja(entries, "インド太平洋軍")
    assert command is not None and command.type == "org"
    assert all("・インド" not in e.ja for e in entries)
    # a name whose last part is no such word keeps it (ドナルド・トランプ大統領)
    assert by_ja(extract("ドナルド・トランプ大統領が演説した。"), "ドナルド・トランプ") is not None


def test_a_line_named_after_its_two_ends_is_one_place_with_its_gloss():
    entries = extract("バイカル・アムール鉄道（BAM）の輸送量が増えた。")
    line = by_ja(entries, "バイカル・アムール鉄道")
    assert line is not None and "BAM" in line.glosses
    assert by_ja(entries, "アムール鉄道") is None
    # two places side by side without such a head stay two places
    entries = extract("シベリア・イルクーツク州の知事が語った。")
    assert by_ja(entries, "シベリア") is not None and by_ja(entries, "イルクーツク州") is not None


def test_a_countrys_body_joining_two_fields_with_a_dot_is_one_name():
    entries = extract("ウクライナ国家安全保障・国防会議のルステム・ウメロフ書記が語った。")
    council = by_ja(entries, "ウクライナ国家安全保障・国防会議")
    assert council is not None and council.type == "org"
    assert by_ja(entries, "ウクライナ") is not None  # the country stays a name of its own
    assert by_ja(entries, "国防会議") is None
    # without a country before them, fields and a weak head are a description (研究・教育機関)
    assert all(e.type != "org" for e in extract("日本の研究・教育機関が集まった。"))


def test_a_bodys_other_full_name_in_brackets_is_its_spelling():
    entries = extract("米戦争省（国防総省）は声明を出した。")
    body = by_ja(entries, "米戦争省")
    assert body is not None and "国防総省" in body.variants
    assert len([e for e in entries if "国防総省" in e.variants]) == 1
    assert "当時" not in by_ja(extract("国防省（当時）が発表した。"), "国防省").variants


def test_a_metal_maker_is_named_by_its_trade_after_a_name():
    entries = extract("高麗亜鉛は米国に製錬所を建てる。浦項鉄鋼も続いた。")
    assert by_ja(entries, "高麗亜鉛").type == "org"
    assert by_ja(entries, "浦項鉄鋼").type == "org"
    assert by_ja(entries, "高麗") is None
    assert all(e.type != "org" for e in extract("亜鉛の価格が上がり、中国の鉄鋼が余った。"))


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


@needs_jmnedict
def test_a_russian_name_has_no_ch_where_the_katakana_has_no_chi(translit):
    # ニコル is the English Nichol to Wikidata's counts, but ч is always チ: a Russian (Armenian) Nikol
    result = translit.transliterate("ニコル・パシニャン", origin="ru", n=5)
    assert result.english.split()[0] == "Nikol"
    assert translit.transliterate("チェーホフ", origin="ru").english.startswith("Ch")
