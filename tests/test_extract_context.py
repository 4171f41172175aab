"""A Korean's side from the paragraph's topic and from the file; places read in Korean; names before bodies."""
import pytest

from glossary.extract import extract
from extract_helpers import by_ja, type_of


def test_a_paragraph_opening_on_south_korea_places_its_silent_names_in_the_south():
    # the paragraph names North Korea more often (as the one addressed), but it is about the South
    text = ("韓国では、与党が緊急会議を開き、北朝鮮に自制を求めた。北朝鮮の挑発は続く。"
            "朴成植（パク・ソンシク）国防相は警戒を指示した。")
    assert by_ja(extract(text, file="t.txt"), "朴成植").origin == "ko_south"


def test_a_name_whose_paragraph_is_silent_takes_its_side_from_the_file():
    text = "韓国の国会で予算案が可決された。\n\n同党の崔民浩（チェ・ミンホ）代表は演説で改革を強調した。"
    assert by_ja(extract(text, file="t.txt"), "崔民浩").origin == "ko_south"
    text = "北朝鮮の最高人民会議が開かれた。\n\n崔民浩（チェ・ミンホ）代議員が演説した。"
    assert by_ja(extract(text, file="t.txt"), "崔民浩").origin == "ko_north"


@pytest.mark.parametrize("text, place", [
    ("北朝鮮東部の咸興（ハムフン）で集会が開かれた。", "咸興"),
    ("江原道（カンウォンド）知事選も注目される。", "江原道"),   # a province before 知事, not a person
    ("韓国中部の安城市（アンソンシ）で式典があった。", "安城市"),
])
def test_hanja_read_as_one_korean_word_is_a_place(text, place):
    entry = by_ja(extract(text, file="t.txt"), place)
    assert entry is not None and entry.type == "place" and entry.origin.startswith("ko")


def test_a_person_reading_keeps_the_kanji_a_person():
    assert type_of("北朝鮮の崔民浩（チェ・ミンホ）氏が訪れた。", "崔民浩") == "person"


def test_former_before_a_title_is_no_name():
    entries = extract("金民浩（キム・ミンホ）元統一相は語った。", file="t.txt")
    assert by_ja(entries, "金民浩") is not None
    assert not any(e.ja.startswith("元統") for e in entries)


def test_a_full_name_before_the_body_of_its_title_is_a_person_not_part_of_the_body():
    entries = extract("ロシアのニコライ・パトルシェフ安全保障会議書記が訪れた。", file="t.txt")
    assert by_ja(entries, "ニコライ・パトルシェフ").type == "person"
    assert by_ja(entries, "安全保障会議").type == "org"
    assert not any("パトルシェフ安全" in e.ja for e in entries)


def test_a_sea_route_is_a_place():
    assert type_of("北極海航路の利用が増えた。", "北極海航路") == "place"


def test_a_town_after_its_province_is_a_place_whose_side_its_paragraph_gives():
    entries = extract("韓国経済は好調だ。電子大手も、京畿道平沢（ピョンテク）の工場で増産する。", file="t.txt")
    assert by_ja(entries, "京畿道").type == "place"
    town = by_ja(entries, "平沢")
    assert town.type == "place" and town.origin == "ko_south"


def test_a_full_name_reading_makes_a_person_of_kanji_ending_like_a_place():
    # 湖 ends a lake's name, but a surname's reading, a dot and a given name read a man's
    assert type_of("鄭成湖（チョン・ソンホ）法相は述べた。", "鄭成湖") == "person"


def test_a_korean_place_read_in_brackets_before_its_head_is_a_place():
    entries = extract("韓国南西部の全羅南道潭陽（タミャン）郡で選挙があった。光化門（クァンファムン）周辺で集会が開かれた。",
                      file="t.txt")
    assert {form: (e.type, e.origin) for form in ("潭陽", "光化門") if (e := by_ja(entries, form))} == {
        "潭陽": ("place", "ko_south"), "光化門": ("place", "ko_south")}


def test_a_party_post_after_the_reading_says_north_and_a_sentence_counts_once():
    # the reading in brackets is a second mention in the same sentence: the sentence's 韓国 counts once, and
    # the Workers' Party post after the reading counts for the North
    text = ("北朝鮮の金正恩総書記が工場を視察した。韓国側が「ジュエ」と呼ぶ娘も同行し、"
            "玄松月（ヒョン・ソンウォル）党副部長らが随行した。")
    assert by_ja(extract(text, file="t.txt"), "玄松月").origin == "ko_north"


def test_spellings_of_one_name_and_islands_named_without_their_word_join():
    entries = extract("ピョートル・グメンニク選手が出場した。グメニク選手は語った。"
                      "アルトゥール・ミナシャン氏が出席した。ミナシアン氏は述べた。\n"
                      "歯舞群島の貝殻島では、歯舞の漁業者が出漁を待つ。", file="t.txt")
    gumennik = by_ja(entries, "ピョートル・グメンニク")
    assert gumennik is not None and "グメニク" in gumennik.variants
    minasyan = by_ja(entries, "アルトゥール・ミナシャン")  # the family name alone, spelled シア
    assert minasyan is not None and "ミナシアン" in minasyan.variants
    islands = by_ja(entries, "歯舞群島")
    assert islands is not None and "歯舞" in islands.variants


def test_a_body_only_the_south_has_places_its_officer_in_the_south():
    # no country is named: 合同参謀本部, the South's Joint Chiefs of Staff, says which Korea
    text = "合同参謀本部の陳永承議長は同日、前線部隊を訪れ、海岸砲陣地を狙う兵器の配備状況を点検した。"
    assert by_ja(extract(text, file="t.txt"), "陳永承").origin == "ko_south"


def test_a_leader_before_his_former_administration_is_a_person():
    text = "李在明政権は、尹錫悦前政権が停止した合意の復元を検討してきた。"
    entry = by_ja(extract(text, file="t.txt"), "尹錫悦")
    assert entry is not None and entry.type == "person"


def test_the_self_defense_forces_and_a_branch_of_them_are_two_bodies():
    entries = extract("航空自衛隊の戦闘機が緊急発進した。自衛隊機が監視した。", file="t.txt")
    whole, branch = by_ja(entries, "自衛隊"), by_ja(entries, "航空自衛隊")
    assert whole is not None and branch is not None and whole is not branch
    assert whole.type == branch.type == "org"


def test_an_agreement_named_by_its_date_is_one_event_with_its_short_form():
    entries = extract("2018年の9・19南北軍事合意の趣旨に反する。政府は9・19合意の復元を検討した。", file="t.txt")
    event = by_ja(entries, "9・19南北軍事合意")
    assert event is not None and event.type == "event" and "9・19合意" in event.variants
    assert by_ja(entries, "19南北軍事合意") is None


def test_a_numbered_fleet_after_its_navy_is_one_body():
    entries = extract("米海軍第7艦隊の駆逐艦も周辺海域で情報収集にあたった。", file="t.txt")
    fleet = by_ja(entries, "米海軍第7艦隊")
    assert fleet is not None and fleet.type == "org"


def test_a_korean_party_opening_on_a_kana_word_is_named_whole():
    entries = extract("与党・共に民主党は法案を提出した。", file="t.txt")
    party = by_ja(entries, "共に民主党")
    assert party is not None and party.type == "org" and party.origin == "ko_south"
    assert by_ja(entries, "民主党") is None


def test_korean_places_unidic_reads_as_words_or_cuts_apart():
    entries = extract("北朝鮮は海州や開城の付近から妨害電波を発射した。黄海南道の康翎半島一帯でも白翎島の周辺でも訓練した。",
                      file="t.txt")
    for place in ("開城", "康翎半島", "白翎島"):  # 開城 is also かいじょう; 白 a family name
        entry = by_ja(entries, place)
        assert entry is not None and entry.type == "place", place
    assert by_ja(extract("江戸城の開城は1868年だった。", file="t.txt"), "開城") is None  # no Korea named


def test_an_island_in_hanja_takes_the_side_its_sentence_speaks_of():
    text = "北朝鮮が妨害電波を発射した。韓国当局によると、大青島の周辺で操業する韓国漁船に障害が出た。"
    assert by_ja(extract(text, file="t.txt"), "大青島").origin == "ko_south"


def test_a_korean_name_in_katakana_alone_takes_its_side_from_the_file_and_is_a_person_untitled():
    # the katakana name's paragraph names no Korea; the file's first paragraph names the South
    text = ("韓国の首都ソウルで事故が起きた。\n\n"
            "同じ罪に問われた同区のパク・ヒヨン区長は無罪となった。\n\n"
            "チョ・ミンホ元署長の控訴審判決があった。")
    entries = extract(text, file="t.txt")
    assert by_ja(entries, "パク・ヒヨン").origin == "ko_south"
    person = by_ja(entries, "チョ・ミンホ")
    assert person is not None and person.type == "person" and person.origin == "ko_south"
    # (元 'former' and the office after the name are its title, no body named with the person in it)
    assert not any(e.ja.startswith("チョ・ミンホ元") for e in entries)


def test_an_event_named_with_a_short_word_joins_the_one_named_in_full():
    entries = extract("U17女子ワールドカップで北朝鮮が優勝した。U17女子W杯の決勝は平壌で中継された。", file="t.txt")
    event = by_ja(entries, "U17女子ワールドカップ") or by_ja(entries, "U17女子W杯")
    assert event is not None and event.type == "event"
    assert {"U17女子ワールドカップ", "U17女子W杯"} <= set(event.variants)


def test_the_phrase_before_a_korean_name_joined_by_no_says_which_korea_whatever_its_sentence_counts():
    text = "北朝鮮の労働者について、韓国統一研究院のチョ・ミンホ氏は北朝鮮労働者の実態を報告した。"
    assert by_ja(extract(text, file="t.txt"), "チョ・ミンホ").origin == "ko_south"
