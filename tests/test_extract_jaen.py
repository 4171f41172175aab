"""Named entities of news written in Japanese (sports, local and society pages): Japanese names UniDic cuts,
affiliations in brackets, names typed by the word before their quotes, embassies, schools, parts of a country.
Examples are invented news sentences."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja, type_of

needs_jmnedict = pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")


def named(entries) -> dict[str, str]:
    return {v: e.type for e in entries if e.type in ("person", "place", "org", "weapon", "media") for v in e.variants}


@needs_jmnedict
@pytest.mark.parametrize("text, name", [
    ("主将の長崎堅樹が先制点を挙げた。", "長崎堅樹"),              # family name UniDic reads as a place, 堅|樹
    ("決勝では熊本史弥が競り勝った。", "熊本史弥"),                # 史|弥: a surname and a given-name token
    ("岡山洋一朗は「うれしい」と話した。", "岡山洋一朗"),          # 洋 read as a suffix ('ocean'), then 一朗
    ("髙橋修汰選手が出場した。", "髙橋修汰"),                      # an itaiji family name, then a title
])
def test_japanese_name_that_unidic_cuts(text, name):
    entries = extract(text, file="t.txt")
    person = by_ja(entries, name)
    assert person is not None and person.type == "person" and person.origin == "ja"
    assert not any(t == "place" and name.startswith(v) for v, t in named(entries).items())


@needs_jmnedict
@pytest.mark.parametrize("text, word", [
    ("福岡市民会館で式典が開かれた。", "福岡市民会館"),   # an ordinary word after the place: a building
    ("長崎原爆の日を前に集会があった。", "長崎原爆"),
    ("長野県警が捜査している。", "長野県警"),
])
def test_place_and_ordinary_word_is_no_person(text, word):
    entries = extract(text, file="t.txt")
    assert not any(e.type == "person" and word in e.variants for e in entries)


@needs_jmnedict
@needs_jmnedict
@pytest.mark.parametrize("text, word", [
    ("一行は信濃本妙寺を参拝した。", "信濃本妙寺"),      # a temple after an old province name
    ("修学旅行で奈良東大寺を訪れた。", "奈良東大寺"),
])
def test_place_and_building_is_no_person(text, word):
    assert not any(e.type == "person" for e in extract(text, file="t.txt"))


@needs_jmnedict
def test_name_known_in_the_text_is_found_before_a_counter_word():
    # 組 ('pair') follows the name in its second mention; the first mention stands alone
    text = "岡山洋一朗は「うれしい」と話した。\n決勝は岡山洋一朗組が制した。"
    entries = extract(text, file="t.txt")
    person = by_ja(entries, "岡山洋一朗")
    assert person is not None and person.count == 2
    assert "岡山洋" not in named(entries)


@pytest.mark.parametrize("text, name, aside", [
    ("主将の長崎堅樹（トヨタ）が先制点を挙げた。", "長崎堅樹", "トヨタ"),     # a firm UniDic knows
    ("ＦＷの山田太郎（コカ・コーラ）が退団した。", "山田太郎", "コカ・コーラ"),  # loanwords joined by ・
])
def test_affiliation_in_brackets_is_no_reading(text, name, aside):
    entries = extract(text, file="t.txt")
    person, firm = by_ja(entries, name), by_ja(entries, aside)
    assert person is not None and aside not in person.variants and aside not in person.readings
    assert firm is not None and firm is not person and firm.type == "org"


def test_venue_in_brackets_is_no_reading_of_the_word_before():
    entries = extract("第３試合（メットライフ）は延期された。", file="t.txt")
    venue = by_ja(entries, "メットライフ")
    assert venue is not None and "試合" not in venue.variants
    assert by_ja(entries, "試合") is None


def test_korean_reading_in_brackets_still_groups():
    entries = extract("金正恩（キム・ジョンウン）総書記が視察した。", file="t.txt")
    person = by_ja(entries, "金正恩")
    assert person is not None and "キム・ジョンウン" in person.variants


@pytest.mark.parametrize("text, name, kind", [
    ("英雑誌「ガーデン・ライフ」によると、夫妻は寄付を決めた。", "ガーデン・ライフ", "media"),
    ("夫妻が支える慈善財団「ブルー・ハーバー」が発表した。", "ブルー・ハーバー", "org"),
    ("仏ブランド「ルミエール」のバッグが話題だ。", "ルミエール", "org"),
    ("球団の本拠地「サンセット・パーク」で開幕戦が行われた。", "サンセット・パーク", "place"),
    ("表参道のヘアサロン「BLUEMOON」の店長に聞いた。", "BLUEMOON", "org"),
])
def test_kind_word_before_quotes_types_the_name(text, name, kind):
    assert type_of(text, name) == kind


def test_quoted_phrase_after_a_kind_word_is_no_name():
    entries = extract("球団は本拠地「で試合をしたい」と話した。", file="t.txt")
    assert not any("試合" in v for v in named(entries))


@pytest.mark.parametrize("text, name", [
    ("韓国大使館は声明を出した。", "韓国大使館"),
    ("在ナイジェリア大使館が保護している。", "在ナイジェリア大使館"),
    ("ロシア総領事館の前で集会があった。", "ロシア総領事館"),
])
def test_embassy_is_an_org_not_a_person(text, name):
    entries = extract(text, file="t.txt")
    org = by_ja(entries, name)
    assert org is not None and org.type == "org"
    assert not any(e.type == "person" for e in entries)


@pytest.mark.parametrize("text, school, place", [
    ("富士大の先輩が歩かされた。", "富士大", "富士"),
    ("大阪桐蔭高と対戦した。", "大阪桐蔭高", "大阪"),
])
def test_school_abbreviation_is_one_org(text, school, place):
    found = named(extract(text, file="t.txt"))
    assert found.get(school) == "org" and place not in found


@pytest.mark.parametrize("text", ["円高とドル高が進んだ。", "過去最大の規模となった。"])
def test_high_and_big_after_ordinary_words_name_no_school(text):
    assert not any(t == "org" for t in named(extract(text, file="t.txt")).values())


@pytest.mark.parametrize("text, place, wrong", [
    ("ナイジェリア南部地域で解放された。", "ナイジェリア", "ナイジェリア南部"),
    ("シリア北部で戦闘が続いている。", "シリア", "シリア北部"),
])
def test_part_of_a_country_is_not_part_of_its_name(text, place, wrong):
    found = named(extract(text, file="t.txt"))
    assert found.get(place) == "place" and wrong not in found


def test_region_with_a_direction_in_front_keeps_it():
    assert "東シベリア" in named(extract("東シベリアで森林火災が広がった。", file="t.txt"))


def test_language_is_no_mention_of_its_country():
    entries = extract("中央日報日本語版が伝えた。", file="t.txt")
    assert by_ja(entries, "日本") is None
    assert by_ja(entries, "中央日報").type == "media"


@pytest.mark.parametrize("text, term, gloss", [
    ("北大西洋条約機構（ＮＡＴＯ）の首脳会議が開かれた。", "北大西洋条約機構", "NATO"),
    ("ＮＡＴＯ（北大西洋条約機構）の首脳会議が開かれた。", "北大西洋条約機構", "NATO"),
    ("女子は５人制ワールドリーグ（ＷＬ）に参戦する。", "５人制ワールドリーグ", "WL"),
])
def test_full_width_abbreviation_is_a_gloss(text, term, gloss):
    entries = extract(text, file="t.txt")
    entry = by_ja(entries, term)
    assert entry is not None and gloss in entry.glosses
    assert not any(v in ("ＮＡＴＯ", "ＷＬ") for e in entries if e is not entry for v in e.variants)


def test_japanese_family_name_alone_joins_the_one_full_name():
    entries = extract("中堅の外崎修汰内野手が打った。外崎は「よかった」と話した。", file="t.txt")
    person = by_ja(entries, "外崎修汰")
    assert person is not None and "外崎" in person.variants


@needs_jmnedict
def test_family_name_shared_by_two_full_names_stays_apart():
    entries = extract("熊本史弥と熊本心萌が勝った。熊本史弥は喜んだ。", file="t.txt")
    assert by_ja(entries, "熊本史弥") is not by_ja(entries, "熊本心萌")
    assert not any("熊本" in e.variants and e.type == "person" for e in entries)


def test_family_name_in_another_file_is_not_joined():
    from glossary.text import paragraphs
    paras = list(paragraphs("外崎修汰内野手が打った。", "a.txt")) + list(paragraphs("外崎さんが来た。", "b.txt"))
    person = by_ja(extract(paras), "外崎修汰")
    assert person is not None and "外崎" not in person.variants


@pytest.mark.parametrize("text, name", [
    ("女優の佐藤ゆうこさんが出演した。", "佐藤ゆうこ"),     # a given name in hiragana
    ("司会の田中みな実さんのような髪型だ。", "田中みな実"),  # hiragana and kanji: みな|実
])
def test_kana_given_name_before_an_honorific(text, name):
    person = by_ja(extract(text, file="t.txt"), name)
    assert person is not None and person.type == "person" and person.origin == "ja"


@pytest.mark.parametrize("text", ["山田はさんざん待った。", "鈴木もさんまを焼いた。"])
def test_particle_after_a_family_name_is_no_given_name(text):
    assert not any(e.type == "person" and len(e.ja) > 2 for e in extract(text, file="t.txt"))


def test_family_name_heads_the_entry_only_without_its_full_name():
    entries = extract("外崎修汰内野手が打った。外崎は笑った。外崎は語った。", file="t.txt")
    assert by_ja(entries, "外崎").ja == "外崎修汰"


@pytest.mark.parametrize("text, name", [
    ("市は「みなと花火大会」を開催した。", "みなと花火大会"),
    ("傘を空に飾る「アンブレラスカイみなみ」を初開催する。", "アンブレラスカイみなみ"),
    ("「みんなで踊ろう」が開幕した。", "みんなで踊ろう"),          # a phrase, named by what it is: an event
])
def test_quoted_name_that_is_held_is_an_event(text, name):
    assert type_of(text, name) == "event"


def test_quoted_phrase_that_is_said_is_no_event():
    assert by_ja(extract("知事は「慎重に行動を」と呼びかけた。", file="t.txt"), "慎重に行動を") is None


def test_latin_brand_with_exclamation_mark_before_a_media_head():
    entries = extract("詳しくはGoo!ニュースが伝えた。", file="t.txt")
    assert by_ja(entries, "Goo!ニュース").type == "media"


@pytest.mark.parametrize("text", ["カットの手順をレポート（CanCam.jp）", "試合の結果（Sports.example.com）"])
def test_web_address_in_brackets_is_no_gloss(text):
    assert not any(e.glosses for e in extract(text, file="t.txt"))


@pytest.mark.parametrize("text, name, kind", [
    ("千厩小学校の児童が絵を描いた。", "千厩小学校", "org"),
    ("一関市役所で式典があった。", "一関市役所", "org"),
    ("長野県警が捜査している。", "長野県警", "org"),
    ("八重山高校が優勝した。", "八重山高校", "org"),
    ("県高校総合体育大会が開幕した。", "県高校総合体育大会", "event"),
])
def test_local_news_heads(text, name, kind):
    assert type_of(text, name) == kind


@pytest.mark.parametrize("text", ["地元の中学校に通う。", "市民病院に運ばれた。", "全国大会に出場した。"])
def test_generic_institution_is_no_name(text):
    assert not any(e.type in ("org", "event", "place") for e in extract(text, file="t.txt"))


@pytest.mark.parametrize("text, name, part", [
    ("アイドルグループの博多48 のメンバーが出演した。", "博多48", "博多"),
    ("大会名は東京2020、開催は翌年に延期された。", "東京2020", "東京"),
])
def test_name_with_a_number_written_on_is_one_name(text, name, part):
    entries = extract(text, file="t.txt")
    assert by_ja(entries, name) is not None
    assert not any(part in e.variants and e.type == "place" for e in entries)


@pytest.mark.parametrize("text", ["東京で2020年に開かれた。", "大阪で46人が参加した。"])
def test_number_with_a_counter_is_no_part_of_a_name(text):
    entries = extract(text, file="t.txt")
    assert not any(any(ch.isdigit() for ch in v) for e in entries if e.type != "term" for v in e.variants)


@pytest.mark.parametrize("text, name", [
    ("南山地区まちづくり協議会（山田太郎会長）は祭りを企画した。", "南山地区まちづくり協議会"),
    ("ふるさと納税推進協議会が発足した。", "ふるさと納税推進協議会"),
])
def test_body_whose_name_holds_a_hiragana_word(text, name):
    assert type_of(text, name) == "org"


@pytest.mark.parametrize("text", ["ところ変わって会議が開かれた。", "ありがとう御座いますと述べた。"])
def test_hiragana_function_words_join_no_compound(text):
    assert not any(e.type == "org" for e in extract(text, file="t.txt"))


@pytest.mark.parametrize("text, name", [
    ("同町の主婦山田花子さん（75）が撮影した。", "山田花子"),
    ("無職鈴木一郎容疑者を逮捕した。", "鈴木一郎"),
])
def test_occupation_glued_before_a_name_stays_out(text, name):
    assert type_of(text, name) == "person"


def test_chinese_reading_that_sounds_like_loanwords_is_still_a_reading():
    entries = extract("涼皮は陕西 (シャンシー) 省発祥の麺だ。", file="t.txt")
    place = by_ja(entries, "陕西")
    assert place is not None and "シャンシー" in place.readings


@pytest.mark.parametrize("text, name, kind", [
    ("仙台管区気象台によると、雪は夜まで続く。", "仙台管区気象台", "org"),
    ("大手スタジオが『ムーラン』の公開を延期した。", "ムーラン", "media"),
])
def test_more_heads_and_short_titles(text, name, kind):
    assert type_of(text, name) == kind


def test_attached_body_is_one_name():
    assert type_of("広島大附属病院に搬送された。", "広島大附属病院") == "org"


def test_letter_grade_is_no_ship_class():
    assert not any(e.type == "weapon" for e in extract("屋台で売られるB級グルメの定番だ。", file="t.txt"))


def test_ware_named_after_a_place_is_one_name():
    entries = extract("生徒が有田焼の置物を作り、有田焼特有の色を出した。", file="t.txt")
    assert by_ja(entries, "有田焼") is not None
    assert not any("有田" in e.variants and e.type == "place" for e in entries)


@pytest.mark.parametrize("text, district", [
    ("＝24日午前８時、山形市高堂付近", "高堂"),        # a common word to UniDic, a place to JMnedict
])
def test_district_after_its_municipality(text, district):
    assert type_of(text, district) == "place"


@pytest.mark.parametrize("text", ["山形市内で虹が見えた。", "岡山市長は述べた。", "同町出身の選手だ。"])
def test_words_after_a_municipality_are_no_district(text):
    assert not any(e.type == "place" and e.ja in ("内で", "長は", "出身") for e in extract(text, file="t.txt"))
    assert not any(e.type == "place" and len(e.ja) >= 2 and e.ja in ("市内", "市長", "出身")
                   for e in extract(text, file="t.txt"))


def test_quoted_phrase_with_katakana_in_double_brackets_is_no_medium():
    entries = extract("記事「『コロナ後』の世界で、製造業が復活するワケ」を読んだ。", file="t.txt")
    assert not any(e.type == "media" for e in entries)


def test_occupation_loanword_before_a_titled_name_is_no_person():
    entries = extract("自称アルバイト山田花子容疑者（３０）を逮捕した。", file="t.txt")
    assert by_ja(entries, "山田花子").type == "person"
    assert not any("アルバイト" in e.variants and e.type == "person" for e in entries)


def test_phrase_in_double_brackets_inside_a_quotation_is_no_medium():
    entries = extract("記事「じつは『日本の製造業』が復活しそうなワケ」を読んだ。", file="t.txt")
    assert not any(e.type == "media" for e in entries)


def test_programme_after_its_station_is_a_medium():
    assert type_of("知事が関西テレビ「ニュース・ワン」に出演した。", "ニュース・ワン") == "media"


@pytest.mark.parametrize("text, name, kind, part", [
    ("警視庁上野署への取材で分かった。", "上野署", "org", "上野"),
    ("試合は東京ドームで行われた。", "東京ドーム", "place", "東京"),
    ("本拠地・メットライフドームに観客が詰めかけた。", "メットライフドーム", "place", "メットライフ"),
])
def test_station_and_stadium_heads(text, name, kind, part):
    entries = extract(text, file="t.txt")
    entry = by_ja(entries, name)
    assert entry is not None and entry.type == kind
    assert not any(part in e.variants and e.type == "place" for e in entries)


def test_generic_station_is_no_name():
    assert not any(e.type == "org" for e in extract("税務署に書類を出した。", file="t.txt"))


def test_era_year_in_brackets_is_no_numbered_name():
    entries = extract("１９２３（大正１２）年の関東大震災で被災した。", file="t.txt")
    assert not any(any(ch.isdigit() for ch in v) for e in entries if e.type != "term" for v in e.variants)


def test_venue_with_a_place_in_it_is_no_reading():
    entries = extract("中日―阪神８回戦（ナゴヤドーム）で勝った。", file="t.txt")
    venue = by_ja(entries, "ナゴヤドーム")
    assert venue is not None and venue.type == "place" and len(venue.variants) == 1


def test_place_inside_an_event_is_a_place_too():
    entries = extract("２０２０夏季静岡県高校野球大会が始まった。", file="t.txt")
    assert any("静岡" in e.variants and e.type == "place" for e in entries)


@pytest.mark.parametrize("text, wrong", [("１９２３年の関東大震災で被災した。", "関東大"),
                                         ("中野渡大常務が同行した。", "中野渡大")])
def test_one_character_head_ends_a_word(text, wrong):
    assert by_ja(extract(text, file="t.txt"), wrong) is None


def test_katakana_term_in_double_brackets_inside_a_quotation_is_no_medium():
    entries = extract("「納豆に多く含まれる『ムチン』は涙の質を高める」とした。", file="t.txt")
    assert not any(e.type == "media" for e in entries)
