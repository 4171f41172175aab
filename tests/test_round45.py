"""Round 45: the South's word for the North, heads that run on, a body's organ, designations and their names,
glosses after descriptions and figures (invented sentences)."""
import pytest
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import classify


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_the_souths_word_for_the_north_puts_a_scholar_in_the_south():
    entries = extract("韓国・北韓大学院大学で北朝鮮経済を研究する朴英洙（パク・ヨンス）教授は語った。")
    assert by_ja(entries, "朴英洙").origin == "ko_south"


def test_a_head_that_runs_on_into_the_next_word_parts_no_body():
    entry = by_ja(extract("北韓大学院大学の教授が述べた。"), "北韓大学院大学")
    assert entry.type == "org" and entry.variants == ["北韓大学院大学"]


def test_a_general_title_is_no_part_of_the_name_before_it():
    entries = extract("ロシア航空宇宙軍のセルゲイ・コブイラシュ総司令官が視察した。")
    assert by_ja(entries, "セルゲイ・コブイラシュ").type == "person"
    assert by_ja(entries, "ロシア航空宇宙軍").type == "org"
    assert not [e for e in entries if e.ja.endswith("総") or e.ja == "ロシア航空"]


def test_a_models_designation_is_followed_by_what_it_is_not_by_another_name():
    assert classify("ステルス戦闘機", "空軍のF35A") is None
    assert classify("ストックホルム国際平和研究所", "SIPRI").kind == "japanese"


def test_a_description_before_a_foreign_name_is_no_part_of_the_name():
    entries = extract("ベラルーシの国営企業ベラルーシカリ（Belaruskali）は制裁を受けた。")
    entry = by_ja(entries, "ベラルーシカリ")
    assert entry.type == "org" and entry.glosses == ["Belaruskali"]
    assert by_ja(entries, "国営企業ベラルーシカリ") is None


def test_a_quoted_name_opening_with_figures_takes_its_latin_spelling():
    entry = by_ja(extract("米国の分析サイト「38ノース」（38 North）が伝えた。"), "38ノース")
    assert entry is not None and entry.glosses == ["38 North"]
    assert classify("12 December", "「12月」") is None


def test_a_designation_with_or_without_its_dash_and_its_quoted_name_are_one_weapon():
    entries = extract("国産の戦闘機KF21「ポラメ」を配備した。KF-21戦闘機の量産が始まった。")
    entry = by_ja(entries, "KF21") or by_ja(entries, "KF-21")
    assert {"KF21", "KF-21", "ポラメ"} <= set(entry.variants) and entry.type == "weapon"


def test_a_bodys_organ_then_the_papers_name():
    entries = extract("翌日のソ連共産党機関紙プラウダは1面で報じた。")
    assert by_ja(entries, "ソ連共産党").type == "org"
    assert by_ja(entries, "プラウダ").type == "media"
    assert not [e for e in entries if "機関" in e.ja or e.ja.startswith("紙")]


def test_a_word_for_a_paper_before_a_papers_own_name_leaves_a_country_in_it_a_place():
    entries = extract("政府機関紙ロシア新聞（ロシースカヤ・ガゼータ）への寄稿で述べた。")
    assert by_ja(entries, "ロシア").type == "place"
    paper = by_ja(entries, "ロシア新聞")
    assert paper.type == "media" and "ロシースカヤ・ガゼータ" in paper.variants


def test_a_college_named_by_regions_joined_with_a_dot_is_one_name():
    entry = by_ja(extract("モスクワ大学のアジア・アフリカ諸国大学（ISAA）で学んだ。"), "アジア・アフリカ諸国大学")
    assert entry.type == "org" and entry.glosses == ["ISAA"]
    assert by_ja(extract("韓国・ソウル大学の教授が語った。"), "韓国・ソウル大学") is None
    assert by_ja(extract("韓国・国民大学の教授が語った。"), "韓国・国民大学") is None


def test_construction_machinery_after_a_firms_name_but_not_after_a_country():
    assert by_ja(extract("日立建機が発表した。"), "日立建機").type == "org"
    assert not [e for e in extract("韓国建機、市場で存在感低下") if e.type == "org"]


def test_the_soviet_unions_name_in_full_kanji_is_one_of_its_names():
    entry = by_ja(extract("ソ連は支援した。労働新聞も「偉大な蘇聯との友誼は永遠だ」と書いた。"), "ソ連")
    assert "蘇聯" in entry.variants


@pytest.mark.slow
def test_a_korean_province_before_a_place_says_which_korea():
    port = rendered("原料は全羅南道の光陽港に運ばれる。")["光陽港"]
    assert (port.origin, port.en) == ("ko_south", "Gwangyang port")


@pytest.mark.slow
def test_a_korean_who_wrote_his_name_the_western_way_keeps_it(translit):
    assert translit.transliterate("李承晩", reading="イ・スンマン").english == "Syngman Rhee"
    # (JMnedict's 'Kimude Jun' for 金大中 spells no surname of 金 last: not taken)
    assert translit.transliterate("金大中", origin="ko_south").english == "Kim Dae-jung"


@pytest.mark.slow
def test_a_small_i_after_a_consonant_writes_the_russian_y(translit):
    # (JMnedict and UniDic both spell it 'Rybnikiov', a vowel the katakana does not have)
    assert translit.transliterate("ルィブニコフ", origin="ru").english == "Rybnikov"
    assert translit.transliterate("ブィコフ", origin="ru").english == "Bykov"


@pytest.mark.slow
def test_a_body_takes_the_english_name_the_dictionary_gives_the_whole():
    railway = rendered("極東ルートはシベリア鉄道で運ばれる。")["シベリア鉄道"]
    assert railway.en == "Trans-Siberian Railway"


def test_a_short_word_listed_with_things_is_no_given_name():
    entries = extract("肥料の輸入続く　カリ・尿素で高シェア")
    assert not [e for e in entries if e.type == "person"]
    assert by_ja(extract("エマ・ワトソンが来日した。"), "エマ・ワトソン").type == "person"


def test_a_central_association_is_an_organisation_and_its_middle_no_place():
    entries = extract("農協中央会によると、農家が肥料を買う。")
    assert by_ja(entries, "農協中央会").type == "org"
    assert by_ja(entries, "中央") is None


def test_a_phrase_quoted_with_a_number_in_it_is_no_weapon():
    entries = extract("北朝鮮が戦闘機導入か　韓国軍「ミグ29引き渡しの兆候」、警戒強める")
    assert not [e for e in entries if e.type == "weapon" and "兆候" in e.ja]
    assert by_ja(extract("北朝鮮は新型ICBM「火星19」を発射した。"), "火星19").type == "weapon"


@pytest.mark.slow
def test_a_reading_with_no_dot_leaves_the_surname_a_guess(translit):
    one_word = translit.transliterate("好童", reading="ホドン", origin="ko_north", type="person")
    assert one_word.confidence < 0.9
    assert translit.transliterate("金正恩", reading="キム・ジョンウン").confidence >= 0.9
