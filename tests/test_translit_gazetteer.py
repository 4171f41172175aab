"""GeoNames places (glossary.translit.gazetteer): derivation, newsroom spellings, and their use as evidence."""
import gzip
import json

import pytest

from glossary.translit.gazetteer import Gazetteer, derive, english_name, gazetteer


@pytest.mark.parametrize("name, country, english", [
    ("Arkhangel’sk", "RU", "Arkhangelsk"),
    ("Orël", "RU", "Oryol"),
    ("Nizhniy Novgorod", "RU", "Nizhny Novgorod"),
    ("Petropavlovsk-Kamchatskiy", "RU", "Petropavlovsk-Kamchatsky"),
    ("Zaporizhzhya", "UA", "Zaporizhzhia"),
    ("Mykolayiv", "UA", "Mykolaiv"),
    ("Khmel'nyts'kyy", "UA", "Khmelnytskyi"),
    ("Yalta", "UA", "Yalta"),  # a word-initial Ya stays
])
def test_english_name_is_the_newsroom_spelling(name, country, english):
    assert english_name(name, country) == english


def _city(name, country, population, *alternates):
    return {"name": name, "countrycode": country, "population": population, "alternatenames": list(alternates)}


@pytest.fixture
def small(tmp_path):
    cities = {
        "1": _city("Arkhangel'sk", "RU", 350000, "Archangel", "ARH", "Arkhangelsk", "アルハンゲリスク"),
        "2": _city("Luhansk", "UA", 400000, "Lugansk", "Voroshilovgrad", "ルハーンシク"),
        "3": _city("Presseck", "DE", 2000, "プレセツク"),  # a village elsewhere: not a Russian town
        "4": _city("Busan", "KR", 3500000, "釜山", "プサン", "부산", "부산광역시"),
        "5": _city("Lyon", "FR", 500000, "リヨン"),
        "6": _city("Springfield", "US", 150000),  # no katakana, not post-Soviet: left out
        "7": _city("Vilage", "UA", 900, "Derevnya"),
        "8": _city("Myrnohrad", "UA", 50000, "Dimitrov", "Dymytrov"),  # renamed: Dimitrov is a former name
        "9": _city("Yanji", "CN", 330000, "延吉", "延吉市"),
        "10": _city("Xiaocun", "CN", 3000, "小村"),  # a Chinese village: its characters are not kept
    }
    source = tmp_path / "cities.json"
    source.write_text(json.dumps(cities, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "places.tsv.gz"
    assert derive(source, out) == 8  # (Springfield and Xiaocun are left out)
    return Gazetteer(out.read_bytes()), out


def test_derived_table_names_its_source_and_drops_codes(small):
    _, out = small
    text = gzip.decompress(out.read_bytes()).decode("utf-8")
    assert text.startswith("# ") and "GeoNames" in text.splitlines()[0] and "CC BY 4.0" in text.splitlines()[0]
    assert "ARH" not in text and "Springfield" not in text


def test_katakana_lookup_folds_variants_and_keeps_to_the_products_regions(small):
    places, _ = small
    assert [p.english for p in places.katakana("アルハンゲリスク")] == ["Arkhangelsk"]
    assert [p.english for p in places.katakana("プサン")] == ["Busan"]
    assert [p.english for p in places.katakana("リヨン")] == ["Lyon"]  # a city of 100,000 or more
    assert places.katakana("プレセツク") == []  # a German village's katakana is not evidence
    assert [p.english for p in places.han("釜山")] == ["Busan"]
    assert [p.english for p in places.han("延吉")] == ["Yanji"] and places.han("小村") == []
    assert [p.english for p in places.han("부산")] == ["Busan"]  # a Korean town by its hangul name too


def test_post_soviet_spellings_and_current_ukrainian_names(small):
    places, _ = small
    assert places.post_soviet("Archangel").english == "Arkhangelsk"
    assert places.post_soviet("arkhangelsk").english == "Arkhangelsk"
    assert places.post_soviet("Lyon") is None  # only the former Soviet Union's spellings confirm
    assert places.current_name("Lugansk") == "Luhansk"
    assert places.current_name("Luhansk") is None  # already the current name
    assert places.current_name("Derevnya") is None  # under 10,000 people: no rename
    assert places.current_name("Archangel") is None  # Russia's towns keep their names
    assert places.current_name("Dimitrov") is None  # a former name, not a spelling: no rename


@pytest.fixture(scope="module")
def t():
    from glossary.translit import Transliterator
    return Transliterator()


@pytest.mark.parametrize("japanese, english", [
    ("沿海地方", "Primorsky Krai"),  # a translation: "coastal region"
    ("ユダヤ自治州", "Jewish Autonomous Oblast"),
    ("カフカス山脈", "Caucasus Mountains"),  # the Russian Kavkaz, named in English by its old exonym
    ("トゥヴァ共和国", "Tuva"),  # ヴ/ブ folded
    ("ハンティ・マンシ自治管区", "Khanty-Mansi Autonomous Okrug"),
])
def test_a_russian_region_by_its_japanese_name(t, japanese, english):
    r = t.transliterate(japanese)
    assert (r.english, r.origin, r.source) == (english, "ru", "dictionary")


def test_a_region_table_spelling_is_no_person_and_no_korean_place(t):
    from glossary.translit.dictionary import russian_region
    assert russian_region("ザバイカル地方")[0] == "Zabaykalsky Krai"
    assert russian_region("ザバイカル") == ("Transbaikalia", "Zabaykalye")
    assert russian_region("ラブロフ") is None
    # a Korean reading asked for is not overruled by the Russian table
    assert t.transliterate("沿海地方", origin="ko_north", type="place").english == "Primorsky Krai"
    assert t.transliterate("ザバイカル", type="person").english != "Transbaikalia"


def test_a_russian_town_the_rules_misspell_is_confirmed_by_geonames(t):
    # the rules alone prefer r (Presetsk); the shipped table knows the town Plesetsk
    assert gazetteer().post_soviet("Plesetsk") is not None
    r = t.transliterate("プレセツク", origin="ru")
    assert r.english == "Plesetsk" and "Presetsk" in r.alternatives


def test_ukrainian_towns_in_their_current_english(t):
    assert t.transliterate("キエフ", type="place").english == "Kyiv"
    assert t.transliterate("ルガンスク").english == "Luhansk"
    r = t.transliterate("ハリコフ", origin="ru")
    assert r.english == "Kharkiv" and "Kharkov" in r.alternatives


def test_a_town_of_several_words_by_its_katakana(t):
    assert t.transliterate("ニジニ・ノヴゴロド").english == "Nizhny Novgorod"


def test_a_town_of_several_words_written_as_one_katakana_word(t):
    assert t.transliterate("サンクトペテルブルク").english == "Saint Petersburg"


def test_a_large_chinese_city_in_kanji_is_named_as_in_english(t):
    r = t.transliterate("延吉", type="place")
    assert (r.english, r.origin) == ("Yanji", "zh")


@pytest.mark.parametrize("name, english, origin", [
    ("原州（ウォンジュ）", "Wonju", "ko_south"),
    ("浦項", "Pohang", "ko_south"),
    ("巨済", "Geoje", "ko_south"),  # read 거제: a town of the South in GeoNames, not the North's Koje
    ("麗水", "Yeosu", "ko_south"),  # the hanja read 려수; the South writes 여수
    ("咸興", "Hamhung", "ko_north"),
])
def test_geonames_hangul_name_tells_which_korea_a_town_is_in(t, name, english, origin):
    r = t.transliterate(name, type="place")
    assert (r.english, r.origin, r.source) == (english, origin, "dictionary")
    assert r.confidence >= 0.9


def test_geonames_english_tells_which_korea_a_town_without_hangul_name_is_in(t):
    # GeoNames records Seogwipo with no hangul name: the South's romanization of the reading names it
    r = t.transliterate("西帰浦（ソギポ）", type="place")
    assert (r.english, r.origin) == ("Seogwipo", "ko_south")
    # the unit GeoNames adds to a North Korean town's name (Sinchon-up) does not hide it
    assert t.transliterate("信川（シンチョン）", type="place").origin == "ko_north"


def test_a_south_korean_town_jmnedict_spells_the_old_way_keeps_the_souths_spelling(t):
    # JMnedict has 光陽 or 大田-like entries in McCune-Reischauer; the South's own spelling comes first
    r = t.transliterate("江陵（カンヌン）", type="place")
    assert (r.english, r.origin) == ("Gangneung", "ko_south") and "Kangnung" not in r.alternatives[:1]


def test_a_japanese_place_is_not_a_small_korean_town_of_the_same_reading(t):
    assert t.transliterate("唐津").english == "Karatsu"
    assert t.transliterate("長崎").english == "Nagasaki"


def test_a_place_read_in_katakana_takes_the_syllables_of_the_town_geonames_knows(t):
    # 蕙 has no Korean reading in KANJIDIC2: ヘ leaves 해, 혜, 회… open, and GeoNames has the town 혜산 (Hyesan)
    r = t.transliterate("蕙山（ヘサン）")
    assert (r.english, r.origin) == ("Hyesan", "ko_north")


def test_an_island_whose_hanja_kanjidic_cannot_read_is_read_with_ng_before_n(t):
    r = t.transliterate("白翎島（ペンニョンド）")
    # (翎 read by Unihan; no town tells the side: both spellings are offered, the South's with 백령 said 뱅녕, the
    # North's as the DPRK writes names, sounds unassimilated: Masikryong)
    assert set(r.alternatives[:2]) == {"Paekryong Island", "Baengnyeong Island"}


def test_a_province_the_text_puts_in_the_north_keeps_the_norths_spelling(t):
    # 江原道 was split in 1945; JMnedict knows only the South's Gangwon-do
    assert t.transliterate("江原道", origin="ko_north", type="place").english == "Kangwon Province"
    south = t.transliterate("江原道", origin="ko_south", type="place")
    # newsrooms write the province in English, JMnedict's romanized name following
    assert south.english == "Gangwon Province" and "Gangwon-do" in south.alternatives
    # a Southern city named in a report on the North is still the South's
    assert t.transliterate("釜山", origin="ko_north", type="place").english == "Busan"


def test_kanji_jmnedict_places_in_the_north_beat_a_southern_town_of_the_same_hangul(t):
    # 順川 (순천) is Sunchon in the North; the South's Suncheon (also 순천) is written 順天
    r = t.transliterate("順川（スンチョン）")
    assert (r.english, r.origin) == ("Sunchon", "ko_north")
    assert t.transliterate("順天（スンチョン）").english == "Suncheon"


def test_a_place_whose_kanji_are_also_a_persons_name_is_less_sure(t):
    # 金策 is the city Kimchaek and the man Kim Chaek it is named after
    assert t.transliterate("金策").confidence < 0.9
    assert t.transliterate("元山").confidence >= 0.9  # a city GeoNames knows by these kanji
    assert t.transliterate("キム・チェク").english == "Kim Chaek"  # a family name before the ・: the man


def test_a_russian_town_is_not_renamed_after_a_ukrainian_namesake(t):
    # Primorsk (Leningrad region, an oil port) is no Russian spelling of Ukraine's Prymorsk; Kharkov is of Kharkiv
    assert t.transliterate("プリモルスク").english == "Primorsk"
    assert t.transliterate("ハリコフ").english == "Kharkiv"


@pytest.fixture(scope="module")
def transliterator():
    from glossary.translit import Transliterator

    return Transliterator()


@pytest.mark.slow
def test_a_place_spelled_as_geonames_records_a_town_takes_the_towns_english(transliterator):
    # JMnedict spells バルチースク Baltiisk, one of the spellings GeoNames records for the town Baltiysk
    assert transliterator.ru.transliterate("バルチースク", place=True).english == "Baltiysk"
    # ... but a word that may be a surname keeps its own spelling (GeoNames records Borisov for Barysaw)
    assert transliterator.transliterate("ボリソフ").english == "Borisov"


@pytest.mark.slow
def test_a_dictionary_typo_in_cyrillic_lookalike_letters_is_no_evidence(transliterator):
    # JMnedict and UniDic both spell ブヌコボ "Bhykobo" (Внуково typed in the Latin letters that look alike)
    result = transliterator.ru.transliterate("ブヌコボ", place=True)
    assert "Bhykobo" not in result.alternatives and result.confidence < 0.9
    assert transliterator.transliterate("ガンジー").english == "Gandhi"  # an h after a consonant is no typo


@pytest.mark.slow
@pytest.mark.parametrize("name, english", [
    ("清川江", "Chongchon River"),  # the rules' name with 江's English
    ("豆満江", "Tumen River"),  # the dictionary's own spelling of the same name
    ("鴨緑江", "Yalu River"),  # a dictionary name placed in North Korea
])
def test_a_korean_river_is_its_name_and_river(transliterator, name, english):
    assert transliterator.transliterate(name).english == english


@pytest.mark.slow
def test_a_place_weighs_persons_names_less(transliterator):
    # Wikidata's tokens are persons' names (Hasan, 32 times); the Russian village ハサン is Khasan
    assert transliterator.ru.transliterate("ハサン", place=True).english == "Khasan"


@pytest.mark.slow
def test_a_persons_jmdict_english_is_the_english_convention(transliterator):
    assert transliterator.transliterate("チャイコフスキー", origin="ru", type="person").english == "Tchaikovsky"


@pytest.mark.slow
@pytest.mark.parametrize("name, origin, english", [
    ("瑞草区", "ko_south", "Seocho District"),  # a ward: its name and District
    ("江南区", "ko_north", "Kangnam District"),  # in the style the origin asks for
])
def test_a_korean_ward_is_its_name_and_district(transliterator, name, origin, english):
    assert transliterator.transliterate(name, origin=origin, type="place").english == english


@pytest.mark.slow
def test_an_autonomous_okrug_named_after_two_peoples_is_hyphenated(transliterator):
    result = transliterator.transliterate("ハンティ・マンシ自治管区", origin="ru", type="place")
    assert result.english.endswith("-Mansi Autonomous Okrug")


@pytest.mark.slow
def test_a_kana_before_a_medial_n_keeps_its_vowel(transliterator):
    # ン inside a word closes a syllable: the ク before it is ku, not a bare k (Chekunkov, not Cheknkov)
    assert transliterator.transliterate("チェクンコフ", origin="ru").english == "Chekunkov"


def test_a_korean_province_is_koreas_though_jmnedict_reads_it_in_japanese(t):
    r = t.transliterate("平安北道")  # JMnedict: へいあんほくどう, Heianhokudo
    assert r.origin == "ko_north" and r.english == "North Pyongan Province"
    assert t.transliterate("北海道").english == "Hokkaido"


def test_a_dictionary_s_scholarly_spelling_of_a_russian_city_gives_way_to_the_usual_one(t):
    res = t.transliterate("ノボロシースク", type="place")
    assert res.english == "Novorossiysk" and "Novorossiisk" in res.alternatives


def test_one_hanja_before_do_is_no_province(t):
    # a province has two hanja before 道 (江原道); 清道 is a county's whole name, as 泰山 is a mountain's
    assert t.transliterate("清道（チョンド）", origin="ko_south", type="place").english == "Cheongdo"
    assert t.transliterate("江原道", origin="ko_south", type="place").english == "Gangwon Province"


def test_a_chinese_city_and_province_in_kanji_get_their_english(t):
    from glossary.extract import extract

    entries = extract("中国遼寧省丹東市と北朝鮮の新義州を結ぶ橋。丹東の業者は語った。", file="t.txt")
    t.apply(entries)
    english = {e.ja: e.en for e in entries}
    assert english.get("丹東") == "Dandong"
    assert english.get("遼寧省") == "Liaoning Province" and "中国遼寧省" not in english
