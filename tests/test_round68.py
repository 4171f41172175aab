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


def test_a_towns_name_before_or_now_in_brackets_is_a_town_of_its_own():
    entries = extract("艦隊は鎮南浦（現南浦＝ナムポ）に入り、陸軍は安東（現中国遼寧省丹東）へ進んだ。", file="t.txt")
    old, new = by_ja(entries, "鎮南浦"), by_ja(entries, "南浦")
    assert old is not None and new is not None and old is not new
    assert old.type == new.type == "place" and "ナムポ" in new.readings
    assert by_ja(entries, "丹東") is not by_ja(entries, "安東") and by_ja(entries, "安東").type == "place"
    # (two towns merged into one are the same town's name cut short; no word after 旧 is a town's)
    entries = extract("羅先（旧羅津・先鋒）の港と、平壌（旧市街）の通り。", file="t.txt")
    assert "羅津・先鋒" in by_ja(entries, "羅先").variants
    assert by_ja(entries, "市街") is None


def test_a_latin_spelling_with_the_age_after_it_is_the_names():
    entries = extract("写真家ジョン・スミス（John Smith、当時35）が撮影した。", file="t.txt")
    person = by_ja(entries, "ジョン・スミス")
    assert person is not None and "John Smith" in person.glosses


def test_a_designation_then_its_labelled_name_and_a_name_then_its_labelled_reading_are_glosses():
    entries = extract("ミサイルKN99（北朝鮮名「火星99」）が発射された。船は黄海（北朝鮮名・西海＝ソヘ）を進んだ。",
                      file="t.txt")
    missile = next((e for e in entries if "火星99" in e.variants), None)
    assert missile is not None and any(v.startswith("KN99") or v == "KN-99" for v in missile.variants)
    sea = by_ja(entries, "黄海")
    assert sea is not None and {"西海", "ソヘ"} <= set(sea.variants)


def test_an_acronym_with_a_small_letter_for_the_words_before_the_letters_of_a_term():
    entries = extract("湖水の環境RNA（eRNA）を分析する。", file="t.txt")
    term = by_ja(entries, "環境RNA")
    assert term is not None and "eRNA" in term.glosses


def test_a_hangul_name_in_brackets_after_a_term_in_quotes_is_its_korean():
    entries = extract("地元では「幽霊イルカ（유령돌고래）」と呼ばれてきた。", file="t.txt")
    term = by_ja(entries, "幽霊イルカ")
    assert term is not None and "유령돌고래" in term.foreign


def test_a_governor_general_before_a_full_name_and_a_rank_with_its_service_after_it():
    entries = extract("会議では関東総督イワン・ペトロフ海軍大将の電報が読まれた。", file="t.txt")
    person = by_ja(entries, "イワン・ペトロフ")
    assert person is not None and person.type == "person"
    assert not any("総督" in e.ja and "ペトロフ" in e.ja for e in entries)


def test_words_before_a_name_in_parts_that_a_latin_spelling_follows_are_no_part_of_it():
    entries = extract("宗教指導者テロ・ラマ・リンポチェ（Telo Lama Rinpoche）師が語った。", file="t.txt")
    person = by_ja(entries, "テロ・ラマ・リンポチェ")
    assert person is not None and "Telo Lama Rinpoche" in person.glosses
    assert not any(e.ja.startswith("宗教指導者") for e in entries)


def test_a_lama_of_a_line_of_incarnations_is_numbered_before_the_office_in_english():
    entries = extract("パンチェン・ラマ11世の肖像と、ダライ・ラマ12世の書簡が展示された。", file="t.txt")
    for ja, english in (("パンチェン・ラマ11世", "11th Panchen Lama"), ("ダライ・ラマ12世", "12th Dalai Lama")):
        lama = by_ja(entries, ja)
        assert lama is not None and lama.type == "person"
        assert Transliterator().transliterate(ja, origin="auto", type="person").english == english


def test_a_numbered_unit_after_its_countrys_letter_is_the_unit_named_alone_too():
    entries = extract("米第3歩兵師団の部隊が到着した。第3歩兵師団は翌日に撤収した。", file="t.txt")
    unit = by_ja(entries, "米第3歩兵師団")
    assert unit is not None and unit.type == "org" and "第3歩兵師団" in unit.variants


def test_the_parties_letters_before_a_pact_that_a_glossed_word_begins_are_part_of_its_name():
    entries = extract("2019年に日露査証（ビザ）免除協定が発効した。", file="t.txt")
    assert by_ja(entries, "日露査証（ビザ）免除協定") is not None
