"""Recall rules for general news: names the extractor must not miss or cut. Examples are invented news
sentences, none from the gold."""
from __future__ import annotations

import pytest

from glossary.extract import extract

from extract_helpers import by_ja, type_of


def test_space_after_the_name_dot_keeps_one_name():
    entries = extract("活動家のマリーナ・ ソコロワ氏が声明を出した。", file="t.txt")
    entry = by_ja(entries, "マリーナ・ ソコロワ")
    assert entry is not None and entry.type == "person"
    assert by_ja(entries, "マリーナ") is None


def test_known_place_and_an_ordinary_word_are_one_name():
    # a team named after its city is no mention of the city (…・ユナイテッド, …・コロシアム)
    entries = extract("リバプール・ユナイテッドが勝った。", file="t.txt")
    assert by_ja(entries, "リバプール・ユナイテッド") is not None
    assert by_ja(entries, "リバプール") is None


def test_known_place_and_a_media_head_is_a_medium():
    assert type_of("ニューヨーク・タイムズの記者が報じた。", "ニューヨーク・タイムズ") == "media"


def test_place_and_an_event_head_stay_for_the_compound_finder():
    entries = extract("首脳らはG7ナポリ・サミットに出席した。", file="t.txt")
    assert by_ja(entries, "ナポリ・サミット") is None


def test_ordinary_words_before_a_street_head_are_a_street():
    assert type_of("メープル・ストリートで火災が起きた。", "メープル・ストリート") == "place"


def test_ordinary_words_joined_by_a_dot_are_no_name():
    assert extract("テレビ・ラジオで放送された。", file="t.txt") == []


def test_monument_with_a_name_is_a_place():
    assert type_of("首相は国立海軍記念碑に献花した。", "国立海軍記念碑") == "place"


def test_name_before_newspaper_suffix_is_a_medium():
    assert type_of("ボストン・グローブ紙の記者が報じた。", "ボストン・グローブ") == "media"


def test_ordinary_word_between_country_letter_and_paper_is_a_medium():
    assert type_of("英ガーディアン紙は報じた。", "ガーディアン") == "media"


def test_name_after_a_country_letter_is_a_firm():
    # UniDic knows one as a person, one as an ordinary word JMnedict lists as a company, one not at all
    entries = extract("米テスラと米アップルが提携し、露ロスネフチも加わった。", file="t.txt")
    assert [(by_ja(entries, n) or by_ja(entries, "米" + n)).type for n in ("テスラ", "アップル")] == ["org", "org"]
    assert by_ja(entries, "ロスネフチ").type == "org"


def test_name_after_a_word_for_a_firm_is_a_firm():
    # ordinary words joined by ・ name the firm too; the description and the name make no term
    entries = extract("資源大手アーク・エナジーと石油大手ルクオイルが合意した。", file="t.txt")
    assert by_ja(entries, "アーク・エナジー").type == "org"
    assert by_ja(entries, "ルクオイル").type == "org"
    assert not any(e.ja.startswith(("資源大手", "石油大手")) for e in entries)
    # an ordinary word after 企業 stays an ordinary word
    assert not any(e.type == "org" for e in extract("企業アンケートの結果を公表した。", file="t.txt"))


def test_cup_and_numbered_channel_are_named():
    assert type_of("ロシアの選手がフィンランディア杯で優勝した。", "フィンランディア杯") == "event"
    assert type_of("国営テレビ「第1チャンネル」が報じた。", "第1チャンネル") == "media"
    assert type_of("北朝鮮は「火星18」を発射した。", "火星18") == "weapon"
    assert not any(e.type == "event" for e in extract("優勝杯を掲げた。", file="t.txt"))


def test_quoted_names_typed_by_the_words_around_them():
    assert type_of("韓国海軍のイージス艦「世宗大王」が出港した。", "世宗大王") == "weapon"
    # a kind word before the quotes beats the number in them (not a weapon's designation)
    assert type_of("新パイプライン「アルタイの道3」を協議した。", "アルタイの道3") == "other"
    # a name, then a kind word, ending the quotes; not ordinary words before it
    assert type_of("石炭を運ぶ「ハサン・羅津プロジェクト」が止まった。", "ハサン・羅津プロジェクト") == "event"
    assert extract("「戦略的企業」の接収を申し立てた。", file="t.txt") == []
    # katakana words joined by ・ in quotes are one name
    assert by_ja(extract("区間は「ソユーズ・ボストーク」と呼ばれる。", file="t.txt"), "ソユーズ・ボストーク") is not None


def test_bodies_named_after_their_description():
    entries = extract("一審モスクワ市裁判所の判決を支持した。西部の南浦造船所で進水式があった。", file="t.txt")
    assert by_ja(entries, "モスクワ市裁判所").type == "org"
    assert by_ja(entries, "南浦造船所").type == "org"
    # a country before a province only locates it
    entries = extract("中国吉林省の延吉で会談した。", file="t.txt")
    assert by_ja(entries, "吉林省").type == "place" and by_ja(entries, "中国吉林省") is None


def test_ordinary_word_or_place_after_a_country_letter_is_no_firm():
    entries = extract("米メディアによると、米ニューヨークで会談した。", file="t.txt")
    assert not any(e.type == "org" for e in entries)
    assert by_ja(entries, "ニューヨーク").type == "place"


def test_ordinary_word_before_paper_is_no_medium():
    entries = extract("コピー紙を買い、ドル紙幣を数えた。", file="t.txt")
    assert not any(e.type == "media" for e in entries)


def test_country_before_paper_stays_a_country():
    assert type_of("同フランス紙によると、首相は辞任する。", "フランス") == "place"


def test_paper_name_with_a_country_in_it_is_one_medium():
    assert type_of("ニュース・オブ・ジャパン紙の報道によると", "ニュース・オブ・ジャパン") == "media"


def test_party_before_a_legislature_member_title_is_the_org():
    entries = extract("自由党州議会議員ジョン・ミラー氏は述べた。", file="t.txt")
    party = by_ja(entries, "自由党")
    assert party is not None and party.type == "org"
    assert by_ja(entries, "自由党州議会") is None


def test_portfolios_joined_by_a_dot_name_one_ministry():
    entries = extract("観光・文化遺産省のアナ・ペトロワ大臣は述べた。", file="t.txt")
    entry = by_ja(entries, "観光・文化遺産省")
    assert entry is not None and entry.type == "org"
    assert not any(e.type == "org" and e.ja == "文化遺産省" for e in entries)


def test_portfolios_may_be_an_abbreviation_or_a_loanword_and_their_parts_are_no_terms():
    entries = extract("ロシアの連邦通信・IT・マスコミ監督庁は発表した。", file="t.txt")
    entry = by_ja(entries, "連邦通信・IT・マスコミ監督庁")
    assert entry is not None and entry.type == "org"
    assert by_ja(entries, "マスコミ監督庁") is None and by_ja(entries, "連邦通信") is None
    # a country among the dotted words lists names, no portfolio
    assert by_ja(extract("ロシア・ウクライナ省", file="t.txt"), "ロシア・ウクライナ省") is None


def test_bodies_listed_with_a_dot_stay_apart():
    entries = extract("東都大学・国立海洋研究所の共同研究", file="t.txt")
    assert by_ja(entries, "東都大学・国立海洋研究所") is None
    assert by_ja(extract("研究・教育機関が協力した。", file="t.txt"), "研究・教育機関") is None


def test_quoted_name_before_a_kind_word_takes_its_type():
    entries = extract("抗議は「パパの輪」などのグループによって始まった。", file="t.txt")
    entry = by_ja(entries, "パパの輪")
    assert entry is not None and entry.type == "org"
    assert type_of("軍は「春の嵐」作戦を開始した。", "春の嵐") == "event"


def test_quoted_name_after_an_app_is_a_name():
    # an ordinary word UniDic knows (ワッツアップ is read as what's up) is the app's name in its quotes
    entries = extract("対話アプリ「ワッツアップ」で連絡を取った。", file="t.txt")
    assert by_ja(entries, "ワッツアップ").type == "other"
    assert by_ja(extract("人気の「アップ」が", file="t.txt"), "アップ") is None


def test_quoted_phrase_with_a_verb_is_no_name_even_before_a_kind_word():
    entries = extract("「家に帰れ」という団体の主張", file="t.txt")
    assert by_ja(entries, "家に帰れ") is None


def test_article_between_parts_makes_one_name():
    entries = extract("日曜の「ミート・ザ・ワールド」に出演した。ラジオ・オブ・ユーロップも伝えた。", file="t.txt")
    assert by_ja(entries, "ミート・ザ・ワールド") is not None
    assert by_ja(entries, "ラジオ・オブ・ユーロップ") is not None


def test_name_ending_in_a_country_is_not_grouped_with_the_country():
    entries = extract("試合はスタッド・ド・ドイツで行われた。ドイツは勝った。", file="t.txt")
    stadium, country = by_ja(entries, "スタッド・ド・ドイツ"), by_ja(entries, "ドイツ")
    assert stadium is not None and country is not None and stadium is not country


def test_person_name_before_a_county_is_a_place():
    entries = extract("火災はエドワード・ジョーンズ郡で起きた。", file="t.txt")
    entry = by_ja(entries, "エドワード・ジョーンズ")
    assert entry is None or entry.type == "place"
    county = by_ja(entries, "エドワード・ジョーンズ郡")
    assert county is not None and county.type == "place"


def test_county_fire_department_is_an_org():
    assert type_of("オレンジ郡消防署の隊員が出動した。", "オレンジ郡消防署") == "org"


def test_a_place_unidic_cut_before_its_head_is_whole():
    # UniDic reads 大西|洋上: the ocean, not the place 大西
    entries = extract("艦艇は大西洋上で訓練した。", file="t.txt")
    assert by_ja(entries, "大西洋").type == "place" and by_ja(entries, "大西") is None


def test_an_adjectival_noun_begins_a_body_name():
    assert type_of("新設の重大事故調査庁が調べる。", "重大事故調査庁") == "org"


def test_a_numbered_election_is_an_event_and_a_bare_one_no_name():
    assert type_of("第5回統一地方選挙が行われた。", "第5回統一地方選挙") == "event"
    assert not any(e.type == "event" for e in extract("地方選挙で勝った。", file="t.txt"))


def test_places_joined_before_an_event_name_its_hosts():
    entries = extract("ソチ・アドレル冬季大会の準備", file="t.txt")
    assert by_ja(entries, "ソチ・アドレル冬季大会").type == "event"
    assert by_ja(entries, "アドレル") is None


def test_central_before_a_region_is_part_of_its_name():
    entries = extract("中央アフリカ諸国が懸念を示した。", file="t.txt")
    assert by_ja(entries, "中央アフリカ").type == "place" and by_ja(entries, "アフリカ") is None
    assert not any(e.type in ("place", "org") for e in extract("中央銀行の総裁", file="t.txt"))


def test_a_ministers_field_after_a_name_is_no_part_of_it():
    entries = extract("ロシアのイワン・ペトロフ・エネルギー相は述べた。", file="t.txt")
    assert by_ja(entries, "イワン・ペトロフ").type == "person"
    assert by_ja(entries, "イワン・ペトロフ・エネルギー") is None or by_ja(entries, "イワン・ペトロフ・エネルギー").type == "term"


def test_kind_words_before_quotes_type_a_venue_and_a_work():
    assert type_of("商業施設「グリーン・パーク・モール」で火災が起きた。", "グリーン・パーク・モール") == "place"
    assert type_of("映画「春と修羅の道」が公開された。", "春と修羅の道") == "other"


def test_a_union_or_council_with_a_name_is_a_body():
    assert type_of("アフリカ連合の議長が訪れた。", "アフリカ連合") == "org"
    assert type_of("最高ユーラシア経済評議会を開く。", "最高ユーラシア経済評議会") == "org"
    assert not any(e.type == "org" for e in extract("大学の科学評議会に出た。", file="t.txt"))


def test_a_chamber_and_its_committee_are_each_named():
    entries = extract("下院家族問題委員会のニーナ・オスタニナ委員長と下院労働・社会政策委員会の委員長が会った。", file="t.txt")
    orgs = {e.ja: e for e in entries if e.type == "org"}
    assert {"下院", "下院家族問題委員会", "労働・社会政策委員会"} <= set(orgs)
    assert "家族問題委員会" in orgs["下院家族問題委員会"].variants  # the committee's own name, its short form


def test_a_country_before_a_dot_is_no_portfolio():
    entries = extract("韓国・慶南大極東問題研究所の教授は述べた。", file="t.txt")
    assert by_ja(entries, "慶南大極東問題研究所").type == "org"
    assert by_ja(entries, "韓国").type == "place"


def test_a_bodys_plenary_meeting_names_the_body():
    entries = extract("北朝鮮は年末に党中央委員会総会を開いた。国連総会も開かれた。", file="t.txt")
    assert by_ja(entries, "党中央委員会").type == "org"
    assert by_ja(entries, "国連総会").type == "org"


def test_all_before_a_country_stays_in_a_bodys_name():
    entries = extract("全ロシア世論調査センター（VTsIOM）が調査した。", file="t.txt")
    assert by_ja(entries, "全ロシア世論調査センター").type == "org"


def test_a_foreign_word_no_dictionary_has_names_a_shipyard():
    entries = extract("極東ボリショイカメニのズベズダ造船所で建造された。", file="t.txt")
    assert by_ja(entries, "ズベズダ造船所").type == "org"
    assert by_ja(entries, "ボリショイカメニ").type == "place"


@pytest.mark.parametrize("text, name", [("党組織指導部の第1副部長が同行した。", "党組織指導部"),
                                        ("統一戦線部は談話を出した。", "統一戦線部")])
def test_a_party_department_is_a_body_with_or_without_the_party(text, name):
    assert type_of(text, name) == "org"
