"""Person names in general Japanese news: given names UniDic cuts short, names spaced after a job title,
katakana full names whose surname is an ordinary loanword. Examples are invented news sentences."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.model import Entry
from glossary.translit.dictionary import jmnedict_path

from extract_helpers import by_ja, type_of, type_of_entry


def named(entries: list[Entry]) -> set[str]:
    return {v for e in entries if e.type != "term" for v in e.variants}


@pytest.mark.parametrize("text, name", [
    ("九回に代打の源田壮亮が同点打を放った。", "源田壮亮"),          # 源田|壮|亮を: the rare second kanji closes the name
    ("町長の相馬行胤氏が式典であいさつした。", "相馬行胤"),          # …胤 then a title
    ("藤田剛二市長は記者会見で説明した。", "藤田剛二"),               # …二 then a two-character title
    ("中堅の外崎修汰内野手が出場した。", "外崎修汰"),                # …汰 then a player title
    ("講師の高實まりえさんが担当した。", "高實まりえ"),              # a second given-name token (kana) joins
])
def test_japanese_given_name_is_not_cut_short(text, name):
    entries = extract(text, file="t.txt")
    person = by_ja(entries, name)
    assert person is not None and person.type == "person" and person.origin == "ja"
    assert not any(v != name and name.startswith(v) and len(v) >= 3 for v in named(entries))


@pytest.mark.parametrize("text, name", [
    ("石破茂首相は会見した。", "石破茂"),          # a title right after a one-character given name stays out
    ("田中均外務審議官が訪れた。", "田中均"),      # 外 starts a longer word: the name is not stretched
])
def test_given_name_not_stretched_into_the_title(text, name):
    assert type_of(text, name) == "person"


@pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")
def test_name_spaced_after_a_job_title_is_a_person():
    text = "経済研究センター\n\n上席研究員 内海 健太\n\n内海健太は次のように述べた。"
    entries = extract(text, file="t.txt")
    person = by_ja(entries, "内海 健太")
    assert person is not None and person.type == "person" and person.origin == "ja"
    assert "内海健太" in person.variants  # the solid spelling later in the text is the same person
    assert by_ja(entries, "内海") is None or by_ja(entries, "内海").type != "place"


def test_spaced_words_without_a_title_are_no_person():
    entries = extract("静岡 浜松 豊橋 の順に回った。", file="t.txt")
    assert not any(e.type == "person" for e in entries)


@pytest.mark.parametrize("text, name", [
    ("ボストン在住のマイケル・ハンターさんは話した。", "マイケル・ハンター"),
    ("経済学を教えるダグラス・ミラー教授によると", "ダグラス・ミラー"),
])
def test_katakana_full_name_with_a_loanword_surname_stays_whole(text, name):
    assert type_of(text, name) == "person"


def test_untitled_name_with_a_loanword_tail_is_kept_whole_but_not_typed():
    # a person (タイラー・ヒーロー) or a club named after a place or person (レスター・シティ): no title, no type
    for text, name in (("若手のタイラー・ヒーローが活躍した。", "タイラー・ヒーロー"), ("レスター・シティが勝った。", "レスター・シティ")):
        entries = extract(text, file="t.txt")
        whole = by_ja(entries, name)
        assert whole is not None and whole.type not in ("person", "place")
        assert by_ja(entries, name.split("・")[0]) is None


def test_ordinary_word_before_a_role_is_no_person():
    entries = extract("スター選手が集まり、ベテラン投手が好投した。ドラフト指名選手と契約した。", file="t.txt")
    assert not any(e.type == "person" for e in entries)


def test_japanese_family_name_is_not_read_as_a_korean_surname():
    # 高 is a Korean and Chinese surname, but UniDic reads 高橋 as a Japanese family name
    entries = extract("中日の高橋周平内野手が復帰した。", file="t.txt")
    person = by_ja(entries, "高橋周平")
    assert person is not None and person.origin == "ja"


def test_loanword_pairs_without_a_person_still_split():
    entries = extract("天然ガス・パイプラインの建設が進む。", file="t.txt")
    assert by_ja(entries, "天然ガス・パイプライン") is None or by_ja(entries, "天然ガス・パイプライン").type != "person"


@pytest.mark.parametrize("text, name, origin", [
    # both countries in the sentence: a surname far commoner in one country decides (王 is rank 1 in China)
    ("北朝鮮の代表団は北京で王岐山氏と会談した。", "王岐山", "zh"),
    ("中国の外交官は北京で北朝鮮の崔英哲氏と会談した。", "崔英哲", "ko_north"),
    # a sentence naming China alone, in a paragraph about the South: the paragraph weighs in
    ("韓国空軍は戦闘機を発進させた。韓国外交部は抗議した。中ロ機の進入は李在明政権の発足後初めてだ。", "李在明", "ko_south"),
    ("中国外交部は抗議した。中国の李強首相が述べた。", "李強", "zh"),
])
def test_korean_or_chinese_name_in_mixed_context(text, name, origin):
    person = by_ja(extract(text, file="t.txt"), name)
    assert person is not None and person.type == "person" and person.origin == origin


def test_surname_side_ranks_and_context():
    from glossary.origin import surname_side
    assert surname_side("王", 2, 2) == "zh" and surname_side("朴", 4, 2) == "ko"
    assert surname_side("李", 2, 2) == "ko"          # common in both: context decides, ties to Korea
    assert surname_side("李", 2, 4) == "zh"
    assert surname_side("王", 0, 0) is None and surname_side("佐", 3, 0) is None


@pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")
def test_loanwords_jmdict_knows_as_a_name():
    entries = extract("ホワイトハウス報道官は会見で説明した。ホワイトハウスは声明を出した。", file="t.txt")
    org = by_ja(entries, "ホワイトハウス")
    assert org is not None and org.type == "org"
    assert not any(e.type == "person" for e in entries)
    # ordinary loanwords are no name (at most a compound term)
    study = by_ja(extract("ケーススタディとして紹介した。", file="t.txt"), "ケーススタディ")
    assert study is None or study.type == "term"


def test_one_quoted_ordinary_word_is_no_place():
    entries = extract("地域はまるで「孤島」のようになった。", file="t.txt")
    assert by_ja(entries, "孤島") is None or by_ja(entries, "孤島").type != "place"
    # a quoted name with a head is still one
    assert type_of("「北方領土問題対策協会」が発表した。", "北方領土問題対策協会") == "org"


@pytest.mark.skipif(jmnedict_path() is None, reason="jamdict-data (JMnedict) is not installed")
def test_place_origin_from_dictionary_notes():
    from glossary.extract import dictionary_place_origin
    assert dictionary_place_origin("開城") == {"ko_north"}      # "Kaesong (North Korea)"
    assert dictionary_place_origin("済州島") == {"ko_south"}    # "(Korea)" and "(South Korea)"
    assert "ko_north" in dictionary_place_origin("元山") and "ja" in dictionary_place_origin("元山")
    # 元山 is also a Japanese place: the foreign side only with that country in the sentence
    place = by_ja(extract("北朝鮮は元山付近から弾道ミサイルを発射した。", file="t.txt"), "元山")
    assert place is not None and place.type == "place" and place.origin == "ko_north"
    place = by_ja(extract("砲弾は済州島の沖に落ちた。", file="t.txt"), "済州島")
    assert place is not None and place.origin == "ko_south"


def test_short_known_name_inside_an_unknown_katakana_name():
    # UniDic reads ランド|レー with レー a name: the run is one name (a professor), not レー alone
    entries = extract("研究者のランドレー教授は述べた。", file="t.txt")
    person = by_ja(entries, "ランドレー")
    assert person is not None and person.type == "person"
    assert by_ja(entries, "レー") is None
    # a country of three kana or more before an ordinary word still stands alone (ロシア of ロシアメディア)
    assert by_ja(extract("ロシアメディアが報じた。", file="t.txt"), "ロシア") is not None


def test_katakana_after_a_persons_title_is_the_team_or_the_korean_names_reading():
    entries = extract("坂本花織選手（シスメックス）が優勝した。韓国の李在明大統領（イ・ジェミョン）は祝意を示した。",
                      file="t.txt")
    skater = by_ja(entries, "坂本花織")
    assert skater is not None and skater.type == "person" and "シスメックス" not in skater.variants
    assert by_ja(entries, "シスメックス") is not None
    president = by_ja(entries, "李在明")
    assert president is not None and president.type == "person" and "イ・ジェミョン" in president.variants
    assert by_ja(entries, "李在明大統領") is None


def test_a_japanese_four_kanji_name_in_a_korean_paragraph_is_not_cut_to_a_korean_one():
    entries = extract("千葉百音選手らが代表入りした。韓国のシン・ジア選手も上位をうかがう。", file="t.txt")
    assert type_of_entry(entries, "千葉百音") == "person"
    assert by_ja(entries, "千葉百") is None


def test_an_adjectival_noun_after_a_country_stays_in_the_body_s_name():
    assert type_of("ロシア非常事態省の発表によると、死者はいない。", "ロシア非常事態省") == "org"


def test_a_word_for_a_firm_before_a_loanword_jmdict_lacks_names_the_firm():
    assert type_of("調査会社メディアスコープによると、利用者は減った。", "メディアスコープ") == "org"
    assert type_of("企業アンケートによると、景況感は悪化した。", "アンケート") is None


def test_a_news_agency_s_name_is_no_person_whatever_given_name_it_holds():
    entries = extract("リア・ノーボスチ通信によると、住民の多くは避難した。", file="t.txt")
    assert type_of_entry(entries, "リア・ノーボスチ通信") == "media"
    assert type_of_entry(entries, "リア・ノーボスチ") != "person"


@pytest.mark.parametrize("text,name,piece", [
    # UniDic reads 韓国|統|一部 ('a part'); the South's ministries are 部
    ("同政権は、韓国統一部が毎年まとめてきた報告書を公開しなかった。", "韓国統一部", "韓国統"),
    # a body named after a word for a body: the name alone
    ("国際人権団体ヒューマン・ライツ・ウオッチ（HRW）は批判した。", "ヒューマン・ライツ・ウオッチ",
     "国際人権団体ヒューマン・ライツ・ウオッチ"),
    # a numbered committee is one body with the body before it
    ("国連総会第3委員会（人権）は19日、決議を採択した。", "国連総会第3委員会", "第3委員会"),
])
def test_a_body_is_found_whole_and_no_piece_of_it_is_an_entry(text, name, piece):
    entries = extract(text, file="t.txt")
    assert type_of_entry(entries, name) == "org"
    assert by_ja(entries, piece) is None


def test_a_republic_and_its_name_alone_are_one_place():
    entries = extract("ロシア中部タタルスタン共和国の特区で。タタルスタンの首長は語った。", file="t.txt")
    republic = by_ja(entries, "タタルスタン共和国")
    assert republic is not None and republic.type == "place" and "タタルスタン" in republic.variants


def test_a_korean_lawmaker_is_the_souths_in_a_report_on_the_north():
    text = ("北朝鮮の労働者がロシアで働いている。情報委員会の朴善源（パク・ソンウォン）議員によると、"
            "労働者はモスクワやウラジオストクの建設現場に配置された。")
    assert by_ja(extract(text, file="t.txt"), "朴善源").origin == "ko_south"


def test_a_resolution_written_with_its_number_is_one_event_however_written():
    entries = extract("安保理決議第2397号に違反する。決議2397は労働者の送還を求めた。", file="t.txt")
    resolution = by_ja(entries, "安保理決議第2397号")
    assert resolution is not None and resolution.type == "event" and "決議2397" in resolution.variants


@pytest.mark.parametrize("text, origins", [
    ("中央アジアの首脳が集まった。", {}),  # 中 begins an ordinary word: no mark of China
    ("10日、会談した。", {}),  # nor 日 a date
    ("中ロ機が飛行した。米軍が確認した。", {"zh": 1, "en": 1}),  # one country next to another, or its forces
    ("露外相が述べた。", {"ru": 1}),
])
def test_a_one_character_country_counts_only_where_it_names_the_country(text, origins):
    from glossary.origin import context_origins
    assert context_origins(text) == origins
