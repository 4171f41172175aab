"""Round 68: (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.translit import Transliterator


def test_a_region_of_russia_written_without_its_unit_is_a_place_with_the_regions_english():
    entries = extract("村の人々はチュコトの冬について語り、ブリヤーチアの友人を訪ねた。", file="t.txt")
    for ja, english in (("チュコト", "Chukotka"), ("ブリヤーチア", "Buryatia")):
        region = by_ja(entries, ja)
        assert region is not None and region.type == "place"
        assert Transliterator().transliterate(ja, origin="auto", type="place").english == english
