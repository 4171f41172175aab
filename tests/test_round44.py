"""Round 44: titles before names, readings that cover a prefix, a list's shared affiliation, and the North's
translated temples and palaces (invented sentences)."""
import pytest
from extract_helpers import by_ja

from glossary.extract import extract


@pytest.fixture(scope="module")
def translit():
    from glossary.translit import Transliterator
    return Transliterator()


def test_a_suffix_in_hiragana_ends_a_name():
    entries = extract("党首のメドベージェフ安全保障会議副議長とも会談した。")
    assert by_ja(entries, "安全保障会議") is not None
    assert not [e for e in entries if "会談" in e.ja and e.type == "event"]


def test_a_title_before_a_full_name_leaves_the_body_after_it_a_name():
    entries = extract("国連軍側の首席代表ウィリアム・ハリソン米陸軍中将と向かい合った。")
    assert by_ja(entries, "ウィリアム・ハリソン").type == "person"
    assert by_ja(entries, "米陸軍").type == "org"
    assert not [e for e in entries if e.ja.startswith("首席代表") and e.type == "org"]


@pytest.mark.parametrize("sentence, name", [
    ("現代建設傘下の現代エンジニアリングも撤退した。", "現代建設"),
    ("現代建設傘下の現代エンジニアリングも撤退した。", "現代エンジニアリング"),
    ("HD現代建設機械や斗山ボブキャットなど建機大手", "HD現代建設機械"),
    ("資料集は、ロシア国防省中央公文書館が所蔵する記録を使った。", "ロシア国防省中央公文書館"),
])
def test_a_firm_or_an_archive_named_by_its_head_is_an_organisation(sentence, name):
    entry = by_ja(extract(sentence), name)
    assert entry is not None and entry.type == "org"


def test_building_after_an_ordinary_word_is_no_firm():
    assert not [e for e in extract("基地建設が進む。") if e.type == "org"]


def test_games_in_quotes_are_an_event():
    entry = by_ja(extract("同じくカザンで「BRICSゲームズ」を開催した。"), "BRICSゲームズ")
    assert entry is not None and entry.type == "event"


def test_a_reading_that_reads_a_prefix_too_takes_it_into_the_name(translit):
    entries = extract("中央動物園は平壌東部の大城山（テソンサン）のふもとにある。")
    translit.apply(entries)
    entry = by_ja(entries, "大城山")
    assert entry is not None and "テソンサン" in entry.variants and by_ja(entries, "城山") is None
    assert entry.en == "Mount Taesong"


def test_names_listed_after_an_affiliation_share_it(translit):
    entries = extract("表彰台で韓国の林鍾勲（イム・ジョンフン）、申裕斌（シン・ユビン）組と並んだ。北朝鮮の選手も喜んだ。")
    translit.apply(entries)
    assert by_ja(entries, "申裕斌").origin == "ko_south"
    assert by_ja(entries, "申裕斌").en == "Shin Yu-bin"


@pytest.mark.parametrize("sentence, person", [
    ("デグチャレフ・スポーツ相が平壌を訪問した。", "デグチャレフ"),
    ("ロシアのツィビリョフ・エネルギー相が訪れた。", "ツィビリョフ"),
])
def test_a_surname_then_the_field_of_a_ministry_is_the_person(sentence, person):
    entries = extract(sentence)
    assert by_ja(entries, person).type == "person"
    assert not [e for e in entries if e.ja.startswith(person + "・")]


@pytest.mark.parametrize("sentence, name, other", [
    # a town named without 'Saint'
    ("事業はサンクトペテルブルクの南西にある。工場はペテルブルクにあった。", "サンクトペテルブルク", "ペテルブルク"),
    # a voiced z before a voiced consonant spelled s
    ("ガスプロムと民間のルスガスドブイチャが出資する。ルスガズドブィチャの社長は語った。", "ルスガスドブイチャ",
     "ルスガズドブィチャ"),
])
def test_two_spellings_of_one_name_are_one_entry(sentence, name, other):
    entry = by_ja(extract(sentence), name)
    assert entry is not None and other in entry.variants


@pytest.mark.parametrize("name, origin, english", [
    ("釈王寺（ソグァンサ）", "ko_north", "Sokwang Temple"),
    ("仏国寺（プルグクサ）", "ko_south", "Bulguksa"),
    ("安鶴宮（アナックン）", "ko_north", "Anhak Palace"),
    ("景福宮（キョンボックン）", "ko_south", "Gyeongbokgung"),
    ("浮碧楼（プビョンヌ）", "ko_north", "Pubyok Pavilion"),
])
def test_the_north_translates_a_temple_or_a_palace_the_south_romanizes_it(translit, name, origin, english):
    assert translit.transliterate(name, origin=origin, type="place").english == english


def test_a_queen_by_her_name_and_title(translit):
    assert translit.transliterate("善徳女王（ソンドクヨワン）").english == "Queen Seondeok"


@pytest.mark.parametrize("name, english", [("カスピ海", "Caspian Sea"), ("黒海", "Black Sea"), ("黄海", "Yellow Sea")])
def test_an_untyped_sea_is_the_dictionarys_sea(translit, name, english):
    assert translit.transliterate(name).english == english


def test_a_people_named_after_a_place_is_no_mention_of_the_place():
    entries = extract("高麗人作家が語った。")
    assert by_ja(entries, "高麗") is None


def test_a_countrys_people_still_name_the_country():
    entry = by_ja(extract("英国人が設立した旅行会社"), "英国")
    assert entry is not None and entry.type == "place"


def test_a_faction_named_after_a_place_is_no_mention_of_the_place():
    entries = extract("金日成はソ連系や中国系（延安派）の幹部を粛清した。")
    assert by_ja(entries, "延安") is None


def test_a_name_the_dictionary_spells_as_a_koreans_stays_korean_beside_china(translit):
    entries = extract("金日成はソ連系や中国系（延安派）の幹部を粛清した。")
    translit.apply(entries)
    assert by_ja(entries, "金日成").en == "Kim Il Sung"


def test_the_russian_spokeswomans_department_is_her_title():
    entries = extract("ロシア外務省のマリア・ザハロワ情報局長は会見で語った。")
    assert by_ja(entries, "マリア・ザハロワ").type == "person"
    assert by_ja(entries, "情報局") is None


def test_a_sports_national_team_is_no_person():
    entries = extract("昨年はロシアのレスリング代表がピョンヤンで合宿を行った。")
    assert by_ja(entries, "レスリング") is None


def test_an_industrial_complex_of_a_name_is_an_organisation():
    entry = by_ja(extract("バルト化学コンプレックスの現場"), "バルト化学コンプレックス")
    assert entry is not None and entry.type == "org"


def test_a_day_called_by_a_quoted_name_is_an_event():
    entry = by_ja(extract("北朝鮮は7月27日を「祖国解放戦争勝利の日」と呼び、記念行事を開く。"), "祖国解放戦争勝利の日")
    assert entry is not None and entry.type == "event"


@pytest.mark.parametrize("sentence, word", [
    ("彼は自らを「愛国者」と呼んだ。", "愛国者"),
])
def test_one_common_word_called_so_in_quotes_is_no_name(sentence, word):
    entry = by_ja(extract(sentence), word)
    assert entry is None or entry.type == "term"


def test_a_likeness_to_a_person_in_quotes_keeps_the_persons_name():
    entries = extract("ソ連側は当初、「朝鮮のガンジー」と呼ばれた民族主義者を推した。")
    assert by_ja(entries, "ガンジー").type == "person"


def test_where_along_a_line_is_no_part_of_its_term():
    entries = extract("北朝鮮は近年、軍事境界線沿いの警備を強化している。")
    assert by_ja(entries, "軍事境界線") is not None


def test_a_ukrainian_family_name_after_a_korean_looking_given_name_is_no_korean(translit):
    assert translit.transliterate("ジャン・ベレニュク").origin == "ru"
    assert translit.transliterate("キム・ヨンスク").origin.startswith("ko")
