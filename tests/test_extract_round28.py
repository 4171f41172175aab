"""Cities UniDic takes for surnames (invented sentences)."""
from __future__ import annotations

from glossary.extract import extract

from extract_helpers import by_ja


def test_a_proper_noun_before_shi_is_a_city_grouped_with_its_name_alone():
    # UniDic reads 金泉 as the surname Kanaizumi and 高陽 as a proper noun of no kind
    entries = extract("金泉市の市長は、金泉で記者会見を開いた。高陽市も続いた。")
    city = by_ja(entries, "金泉市")
    assert city is not None and city.type == "place" and "金泉" in city.variants
    assert by_ja(entries, "高陽市").type == "place"
    # the surname with a title stays a person, apart from the city
    entries = extract("金泉氏は金泉市で会見した。")
    assert by_ja(entries, "金泉").type == "person"
    assert "金泉" not in by_ja(entries, "金泉市").variants
