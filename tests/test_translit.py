"""Transliteration: Russian katakana, Korean hanja/reading/Hangul in both house styles, Cyrillic, apply()."""
import json

import pytest
from click.testing import CliRunner

from glossary.model import Entry
from glossary.translit import Transliterator
from glossary.translit.cyrillic import transliterate_word
from glossary.translit.ko import initial_sound_rule, mr_syllables, rr_word
from glossary.translit.ru import masculine_surnames

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def t():
    return Transliterator()


def test_romanization_rules():
    assert initial_sound_rule("리") == "이" and initial_sound_rule("로") == "노"
    assert rr_word("부산") == "busan" and rr_word("종로") == "jongno"
    assert "".join(mr_syllables("개성", place=True)) == "kaesong"
    assert transliterate_word("Горбачёв") == "Gorbachev" and transliterate_word("Дмитрий") == "Dmitry"


@pytest.mark.parametrize("name,english", [("ラヴロフ", "Lavrov"), ("ラブロフ", "Lavrov"),
                                          ("セルゲイ・ラヴロフ", "Sergei Lavrov"), ("ゴルバチョフ", "Gorbachev"),
                                          ("エリツィン", "Yeltsin"), ("ザハロワ", "Zakharova")])
def test_russian(t, name, english):
    r = t.transliterate(name, origin="ru")
    assert r.english == english and r.origin == "ru" and 0 <= r.confidence <= 1


@pytest.mark.parametrize("name,origin,english", [
    ("金正恩", "auto", "Kim Jong Un"), ("金正恩（キム・ジョンウン）", "auto", "Kim Jong Un"),
    ("김정은", "ko_north", "Kim Jong Un"), ("崔善姫", "ko_north", "Choe Son Hui"), ("李雪主", "ko_north", "Ri Sol Ju"),
    ("玄永哲", "ko_north", "Hyon Yong Chol"), ("朴槿恵", "ko_south", "Park Geun-hye"),
    ("文在寅", "ko_south", "Moon Jae-in"), ("開城", "auto", "Kaesong")])
def test_korean(t, name, origin, english):
    r = t.transliterate(name, origin=origin)
    assert r.english == english
    assert r.origin in ("ko_north", "ko_south")


def test_north_and_south_styles_differ(t):
    assert t.transliterate("李雪主", origin="ko_south").english.startswith("Lee ")
    assert "-" in t.transliterate("李雪主", origin="ko_south").english


def test_a_north_korean_given_name_starts_each_syllable_afresh(t):
    # the DPRK writes a person's syllables as words of their own: 룡 after 일 keeps its r
    assert t.transliterate("鄭一竜（チョン・イルリョン）", origin="ko_north").english == "Jong Il Ryong"


@pytest.mark.parametrize("name, english", [
    ("蓋馬高原（ケマゴウォン）", "Kaema Plateau"), ("狼林山脈（ランリムサンメク）", "Rangrim Mountains"),
    ("迎日湾（ヨンイルマン）", "Yongil Bay"), ("大清湖（テチョンホ）", "Taechong Lake")])
def test_a_korean_plateau_range_bay_or_lake_has_its_english_head(t, name, english):
    assert t.transliterate(name, origin="ko_north").english == english
    # one hanja before 湖 is a town's name (墨湖: Mukho), not a lake
    assert t.transliterate("墨湖（ムッコ）", origin="ko_north").english == "Mukho"


def test_a_north_korean_place_the_dictionary_spells_as_the_south_does_takes_the_norths_spelling(t):
    # JMnedict: 雲田 Unjeon, North Korea
    r = t.transliterate("雲田（ウンジョン）")
    assert (r.english, r.origin) == ("Unjon", "ko_north") and "Unjeon" in r.alternatives


def test_cyrillic(t):
    assert t.transliterate("Путин").english == "Putin"
    assert t.transliterate("КНДР").english == "DPRK"


def test_apply_prefers_glosses_and_skips_locked(t):
    entries = [Entry(ja="フラトコフ", type="person", origin="ru", glosses=["Mikhail Fradkov"]),
               Entry(ja="紛争兵器研究所", type="org", glosses=["Conflict Armament Research: CAR"]),
               Entry(ja="ラヴロフ", type="person", origin="unknown"),
               Entry(ja="ショイグ", type="person", origin="ru", en="Shoigu", status="locked")]
    t.apply(entries)
    assert entries[0].en == "Mikhail Fradkov" and entries[0].provenance == "gloss"
    assert entries[1].en == "Conflict Armament Research" and "CAR" in entries[1].en_alternatives
    assert entries[2].en == "Lavrov" and entries[2].origin == "ru" and entries[2].provenance == "dictionary"
    assert entries[3].en == "Shoigu" and entries[3].provenance is None


def test_cli_batch_json():
    from yakugo import main

    result = CliRunner().invoke(main, ["translit", "--json", "-n", "2"], input="ラヴロフ\n金与正（キム・ヨジョン）\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["english"] for r in rows] == ["Lavrov", "Kim Yo Jong"]
    assert set(rows[0]) == {"input", "english", "origin", "confidence", "source", "alternatives"}
    assert len(rows[1]["alternatives"]) <= 2


def test_cli_tsv():
    from yakugo import main

    result = CliRunner().invoke(main, ["translit", "--origin", "ru", "ラヴロフ"])
    assert result.exit_code == 0
    line = [l for l in result.output.splitlines() if not l.startswith("#")][0]
    assert line.split("\t")[:3] == ["ラヴロフ", "Lavrov", "ru"]


def test_rule_and_model_guesses_are_suggestions_not_accepted_english(t):
    from glossary.model import Entry

    entry = Entry(ja="セルゲイ・ラヴロフ", variants=["ラヴロフ"], type="person", origin="ru")
    t.apply([entry])
    assert entry.en and entry.en.endswith("Lavrov")
    # accepted forms are spellings of the chosen English or the family name alone, nothing invented
    for form in entry.en_alternatives:
        assert form.replace("-", " ").lower() in (entry.en.replace("-", " ").lower(), "lavrov")
    assert entry.en not in entry.en_candidates


def test_a_full_size_yoon_typo_reads_like_the_small_one(t):
    typo, proper = t.transliterate("シヨイグ"), t.transliterate("ショイグ")
    assert typo.english == proper.english and typo.confidence == proper.confidence
    assert t.transliterate("キヨシ").english == "Kiyoshi"  # a real full-size ヨ keeps its reading


def test_a_hanja_kanjidic_cannot_read_is_read_by_unihan(t):
    # 燁 is a Korean name hanja KANJIDIC2 gives no Korean reading: Unihan's kHangul reads it 엽
    assert t.ko.hanja_readings("燁") == ["엽"]
    assert t.transliterate("李承燁", origin="ko_south").english == "Lee Seung-yeop"
    assert t.transliterate("鄭喆", origin="ko_north").english == "Jong Chol"


@pytest.mark.parametrize("kana, english", [("ソボリ", "Sobol"), ("スクリパリ", "Skripal")])
def test_a_final_ri_is_a_soft_l_or_r_without_its_vowel(t, kana, english):
    # Russian ль and рь at a word's end are written リ (Соболь ソボリ, Скрипаль スクリパリ): no -li, no -ri
    assert t.transliterate(kana, origin="ru").english == english


def test_e_after_a_vowel_is_ye_unless_a_dictionary_says_otherwise(t):
    assert t.transliterate("トカエフ", origin="ru").english == "Tokayev"  # Е after a vowel: ye, as newsrooms write
    assert t.transliterate("ドストエフスキー", origin="ru").english == "Dostoevsky"  # the dictionary's spelling


def test_a_womans_surname_is_vouched_for_by_its_masculine_form(t):
    # the dictionary lists Navalny only: the feminine ending -aya stands for -y
    assert "navalny" in masculine_surnames("Navalnaya")
    assert masculine_surnames("Sokolova") == ["sokolov"] and masculine_surnames("Oleg") == []
    assert t.transliterate("ナワリナヤ", origin="ru").english == "Navalnaya"


def test_a_persons_name_is_no_common_words_english(t):
    # JMdict glosses キリル as the script (Cyrillic): a person so written is Kirill; an exonym that spells the
    # name stays (Tchaikovsky)
    assert t.transliterate("キリル", origin="ru", type="person").english == "Kirill"
    assert t.transliterate("チャイコフスキー", origin="ru", type="person").english == "Tchaikovsky"


def test_a_final_ze_is_georgian_dze(t):
    assert t.transliterate("ノダル・ジャバヒゼ", origin="ru").english.endswith("dze")


def test_a_katakana_reading_alone_shows_the_souths_initial_sound_rule(t):
    # 이 read イ is the South's spelling of the surname the North reads リ
    assert t.transliterate("イ・ジュンソク").origin == "ko_south"
    assert t.transliterate("リ・ジュンソク").origin == "ko_north"


def test_a_reading_is_read_with_its_kanji(t):
    entry = Entry(ja="江東", variants=["江東", "カンドン"], readings=["カンドン"], type="place", origin="ko_north")
    assert t.for_entry(entry).english == "Kangdong"


def test_a_german_surname_ending_keeps_its_g_and_a_place_takes_the_korea_its_kanji_name(t):
    assert t.transliterate("アルカジー・ローテンベルク").english == "Arkady Rotenberg"  # ベルク: -berg, as ブルク -burg
    # 화성 names a town in each Korea; GeoNames writes the South's in these kanji (華城市: Hwaseong)
    hwaseong = t.transliterate("華城市")
    assert hwaseong.english == "Hwaseong" and hwaseong.origin == "ko_south"


def test_a_namesake_in_another_languages_letters_is_no_evidence_for_a_russian_name(t):
    result = t.transliterate("スベトラーナ・ホルキナ")
    assert "jh" not in result.english.lower()


def test_a_lone_coda_kana_closes_a_two_syllable_given_name(t):
    # イルウ is 일우 (Il U), not three syllables 이|르|우
    assert t.transliterate("パク・イルウ", origin="ko_north").english == "Pak Il U"


def test_a_korean_surname_read_with_the_north_s_initial_r(t):
    res = t.transliterate("リョム・テオク")
    assert res.origin == "ko_north" and res.english.startswith("Ryom ")


def test_a_korean_district_is_the_south_s(t):
    res = t.transliterate("瑞草区", type="place")
    assert res.origin == "ko_south" and res.english == "Seocho District"


def test_a_city_jmnedict_lists_without_its_unit(t):
    assert t.transliterate("会寧市", type="place").english == "Hoeryong"
    # the Japanese reading of a place JMnedict spells with its unit's kana dropped is no English name
    assert t.transliterate("安城市", origin="ko_south", type="place").english == "Anseong"


def test_two_hanja_that_name_a_large_korean_city_are_the_city(t):
    # 安 is a surname too, but 안양 is a city of 600,000 GeoNames knows
    res = t.transliterate("安養")
    assert res.english == "Anyang" and res.origin == "ko_south"


@pytest.mark.parametrize("name, english, revised", [
    ("金善淑", "Kim Sun-sook", "Kim Seon-suk"),  # 선 Sun, 숙 Sook: the spellings Southerners choose
    ("朴順九", "Park Soon-koo", "Park Sun-gu"),  # 순 Soon, 구 Koo
])
def test_a_southern_given_name_takes_its_usual_syllable_spellings(t, name, english, revised):
    result = t.transliterate(name, origin="ko_south", type="person", n=5)
    assert result.english == english
    assert revised in result.alternatives  # the Revised Romanization stays offered


def test_a_doubled_letter_the_world_writes_beats_the_single_one_katakana_shows(t):
    # ミレル is Miler in JMnedict's first reading; the Gazprom chief is Miller, a spelling Wikidata's names
    # have hundreds of times
    result = t.transliterate("アレクセイ・ミレル")
    assert result.english == "Alexei Miller"
    assert t.transliterate("ラブロフ").english == "Lavrov"  # no doubling without a far commoner twin


def test_de_with_small_yu_is_dyu_in_a_russian_name(t):
    assert t.transliterate("アレクサンドル・デューコフ").english == "Alexander Dyukov"


def test_a_korean_island_has_its_korean_name_with_do_among_the_alternatives(t):
    result = t.transliterate("延坪島", n=5)
    assert result.english == "Yeonpyeong Island" and "Yeonpyeongdo" in result.alternatives
