"""Names before the bodies of their titles, ordinal titles, and institution words' English by the country named."""
import pytest

from glossary.extract import extract
from glossary.model import Entry
from glossary.translit import Transliterator
from extract_helpers import by_ja, type_of_entry


@pytest.fixture(scope="module")
def t():
    return Transliterator()


@pytest.mark.parametrize("text, person, body", [
    ("イワノフ安全保障会議書記は12日に平壌を訪れた。", "イワノフ", "安全保障会議"),  # a surname alone
    ("ペトロワ外務省報道官が述べた。", "ペトロワ", "外務省"),                    # the body is one head
])
def test_a_surname_before_the_body_of_its_title_is_a_person(text, person, body):
    entries = extract(text, file="t.txt")
    assert by_ja(entries, person).type == "person"
    assert by_ja(entries, body).type == "org"
    assert not any(e.ja.startswith(person + body[:2]) for e in entries)


def test_an_organisation_named_after_a_known_person_keeps_the_name():
    # UniDic knows ゴルバチョフ as a person, and 財団 alone names no organisation
    entries = extract("ゴルバチョフ財団理事長が語った。", file="t.txt")
    assert by_ja(entries, "ゴルバチョフ財団") is not None


def test_an_ordinal_title_follows_a_name():
    entries = extract("北朝鮮のパク・ミンチョル外務省第1次官が来日した。", file="t.txt")
    assert by_ja(entries, "パク・ミンチョル").type == "person"
    assert not any("ミンチョル外務" in e.ja for e in entries)


@pytest.mark.parametrize("ja, origin, english", [
    ("安全保障会議", "ru", "Security Council of Russia"),  # JMdict: "Security Council of Japan"
    ("安全保障会議", "ja", "Security Council of Japan"),
    ("国防省", "ru", "Ministry of Defence"),           # not the Pentagon
    ("国防省", "en", "Department of Defense"),
])
def test_an_institution_word_is_glossed_for_the_country_it_names(t, ja, origin, english):
    entry = Entry(ja=ja, type="org", origin=origin)
    t.apply([entry])
    assert entry.en == english


def test_a_region_word_before_a_place_makes_two_names():
    entries = extract("ロシア極東ハバロフスクで会議が開かれた。極東ウラジオストクでも。", file="t.txt")
    assert by_ja(entries, "ハバロフスク").type == "place"
    assert by_ja(entries, "ウラジオストク").type == "place"
    assert by_ja(entries, "極東").type == "place"
    assert not any(e.ja.endswith("東ハバロフスク") or e.ja.endswith("東ウラジオストク") for e in entries)


def test_a_compass_point_before_bu_is_no_part_of_the_place():
    entries = extract("大統領は韓国南東部の都市を訪れた。", file="t.txt")
    assert by_ja(entries, "韓国南東") is None
    assert by_ja(entries, "韓国").type == "place"


def test_an_abbreviated_category_before_kyu_is_no_weapon_name():
    entries = extract("北朝鮮は大陸間弾道ミサイル（ICBM）級の弾道ミサイルを発射した。", file="t.txt")
    assert not any(e.ja == "ICBM級" and e.type == "weapon" for e in entries)


@pytest.mark.parametrize("kana, english", [
    ("ロストフ州", "Rostov region"),      # GeoNames' town ロストフ is Rostov Veliky: the region is Rostov's
    ("ノヴゴロド州", "Novgorod region"),  # the city is Veliky Novgorod, the region Novgorod
    ("サンクトペテルブルク", "Saint Petersburg"),  # a town of several words the katakana spells whole
])
def test_a_region_is_named_by_the_word_its_katakana_spells(t, kana, english):
    assert t.transliterate(kana).english == english


def test_a_dateline_names_the_news_agency_and_its_places(t):
    entries = extract("【ソウル、モスクワ共同】両国は合意した。\n\n首相は述べた（キーウ共同）。", file="t.txt")
    agency = by_ja(entries, "共同")
    assert agency.type == "media"
    assert by_ja(entries, "キーウ").type == "place"
    assert by_ja(entries, "ソウル共同") is None  # no noun sequence across the dateline
    t.apply([agency])
    assert agency.en == "Kyodo News"


@pytest.mark.parametrize("text, designation, english", [
    ("同基地は戦略爆撃機Tu95の拠点だ。", "Tu95", "Tu-95"),
    ("北朝鮮は短距離弾道ミサイルKN-23を発射した。", "KN-23", "KN-23"),
])
def test_a_designation_after_a_kind_of_weapon_is_a_weapon(t, text, designation, english):
    entry = by_ja(extract(text, file="t.txt"), designation)
    assert entry is not None and entry.type == "weapon"
    t.apply([entry])
    assert entry.en == english


def test_a_quoted_name_after_a_missile_system_is_a_weapon():
    assert by_ja(extract("地対空ミサイルシステム「パトリオット」の供与を求めた。", file="t.txt"),
                 "パトリオット").type == "weapon"


def test_a_country_before_kokkai_names_a_legislature():
    assert by_ja(extract("韓国国会は4日の本会議で予算案を可決した。", file="t.txt"), "韓国国会").type == "org"


def test_a_region_word_alone_joins_the_one_countrys_region():
    entries = extract("ロシア極東の開発が進む。\n\n極東アムール州の基地を訪れた。", file="t.txt")
    assert "極東" in by_ja(entries, "ロシア極東").variants


@pytest.mark.parametrize("kana, english", [
    ("クァンジュ", "Gwangju"),   # JMnedict's McCune-Reischauer Kwangju: the South writes Revised Romanization
    ("サムジヨン", "Samjiyon"),  # no macron from the dictionary (Samjiyōn)
    ("寧辺（ヨンビョン）", "Yongbyon"),  # the reading drops the initial ㄴ: English follows it
    ("元山葛麻（ウォンサン・カルマ）", "Wonsan-Kalma"),  # two places' names joined, each a word
])
def test_korean_place_readings_in_the_newsroom_spelling(t, kana, english):
    assert t.transliterate(kana).english == english


def test_a_partys_organ_names_the_party_and_a_numbered_meeting_is_an_event():
    entries = extract("朝鮮労働党中央委員会第8期第13回総会が開かれた。第8期第13回総会では人事が決まった。", file="t.txt")
    assert by_ja(entries, "朝鮮労働党").type == "org"
    assert by_ja(entries, "朝鮮労働党中央委員会").type == "org"
    # the meeting is named whole, with the body that holds it; the meeting alone is another spelling of it
    assert by_ja(entries, "第8期第13回総会") is by_ja(entries, "朝鮮労働党中央委員会第8期第13回総会")
    assert by_ja(entries, "第8期第13回総会").type == "event"


@pytest.mark.parametrize("text, name, kind", [
    ("韓国軍合同参謀本部が明らかにした。", "韓国軍合同参謀本部", "org"),
    ("北韓大学院大学の教授は述べた。", "北韓大学院大学", "org"),
    ("比船がセカンド・トーマス礁に近づいた。", "セカンド・トーマス礁", "place"),
])
def test_more_heads_type_names(text, name, kind):
    assert by_ja(extract(text, file="t.txt"), name).type == kind


def test_a_country_heading_an_organisation_is_a_place_too():
    entries = extract("韓国軍合同参謀本部が明らかにした。", file="t.txt")
    assert by_ja(entries, "韓国").type == "place"


def test_a_task_force_with_no_name_is_no_organisation():
    entry = by_ja(extract("政府は災害対策本部を設置した。", file="t.txt"), "災害対策本部")
    assert entry is None or entry.type != "org"


@pytest.mark.parametrize("text,name", [
    ("中国外務省の林剣副報道局長は述べた。", "林剣"),              # 副 begins the title
    ("日本の武藤顕駐ロシア大使は述べた。", "武藤顕"),              # 駐 + the country posted to
    ("バイデン大統領の政権が、トランプ次期大統領の就任を前に圧力を強めた。", "トランプ"),  # 次期: the next
    ("自衛隊制服組トップの吉田圭秀統合幕僚長は記者団に語った。", "吉田圭秀"),
])
def test_a_titles_prefix_is_no_part_of_the_name(text, name):
    entries = extract(text)
    assert any(e.ja == name and e.type == "person" for e in entries)
    assert not any(e.ja.startswith(name) and e.ja != name for e in entries)


@pytest.mark.parametrize("text, person, titled", [
    ("チェチェン共和国のカディロフ首長は述べた。", "カディロフ", "カディロフ首長"),  # the head of a republic
    # UniDic knows 亮 as a given name but not 亮正: the minister's title after it says where the name ends
    ("赤沢亮正経済産業相は閣議後の会見で述べた。", "赤沢亮正", "赤沢亮正経済産業相"),
])
def test_a_title_ends_the_name_before_it(text, person, titled):
    entries = extract(text, file="t.txt")
    assert type_of_entry(entries, person) == "person"
    assert by_ja(entries, titled) is None


def test_posts_joined_by_ken_are_no_name_and_a_common_word_before_a_title_is_no_person():
    entries = extract("トルトネフ副首相兼極東連邦管区大統領全権代表は述べた。", file="t.txt")
    assert by_ja(entries, "トルトネフ").type == "person"
    district = by_ja(entries, "極東連邦管区")
    assert district is not None and district.type == "place"
    assert by_ja(entries, "全権") is None  # 全 is a Korean surname, but 全権 is a word (plenipotentiary)


def test_a_latin_gloss_of_a_name_is_no_term_of_its_own():
    entries = extract("ロシアのミハイル・ペトロフスキー（Mikhail Petrovsky）首相は会合で述べた。", file="t.txt")
    assert by_ja(entries, "ミハイル・ペトロフスキー").glosses == ["Mikhail Petrovsky"]
    assert by_ja(entries, "Mikhail Petrovsky") is None


@pytest.mark.parametrize("text, name, descriptor", [
    ("露国営タス通信によると、会談は終わった。", "タス通信", "露国営タス通信"),  # UniDic reads 露国|営
    ("国営朝鮮中央通信が伝えた。", "朝鮮中央通信", "国営朝鮮中央通信"),
])
def test_ownership_before_a_body_is_no_part_of_its_name(text, name, descriptor):
    entries = extract(text, file="t.txt")
    assert by_ja(entries, name).type == "media"
    assert by_ja(entries, descriptor) is None


def test_a_company_named_for_what_it_makes_but_not_a_product_of_a_country():
    entries = extract("サムスン電子と伊藤忠商事が契約した。韓国製電子機器の輸出と、ロシア産電子が増えた。", file="t.txt")
    assert by_ja(entries, "サムスン電子").type == "org"
    assert by_ja(entries, "伊藤忠商事").type == "org"
    assert all(e.type != "org" for e in entries if "製" in e.ja or "産" in e.ja)


def test_a_trade_word_heads_a_company_only_right_after_a_name():
    entries = extract("東京ガスと広島ガスが液化天然ガス（LNG）を買う。ロシア国営ガスとは別に、現代自動車も三菱電機も"
                      "電気自動車を作る。", file="t.txt")
    for company in ("東京ガス", "広島ガス", "現代自動車", "三菱電機"):  # (現代: Hyundai, not 'modern')
        assert type_of_entry(entries, company) == "org", company
    for word in ("液化天然ガス", "ロシア国営ガス", "電気自動車"):
        assert type_of_entry(entries, word) != "org", word


def test_a_monarchs_number_is_part_of_the_name():
    entries = extract("エカテリーナ2世の時代に建てられた。2世紀のローマとは違う。", file="t.txt")
    tsarina = by_ja(entries, "エカテリーナ2世")
    assert tsarina.type == "person" and tsarina.origin == "ru"
    assert by_ja(entries, "ローマ") is not None and not any("世紀" in e.ja for e in entries if e.type == "person")


def test_a_ministrys_bureau_names_the_ministry_too():
    entries = extract("米財務省外国資産管理局は制裁を科した。", file="t.txt")
    assert type_of_entry(entries, "米財務省") == "org"
    assert type_of_entry(entries, "外国資産管理局") == "org"  # a bureau's own name (test_extract_round26)


def test_a_district_court_is_an_organisation():
    assert type_of_entry(extract("ソウル中央地裁は判決を言い渡した。", file="t.txt"), "ソウル中央地裁") == "org"


def test_a_title_that_names_its_body_gives_the_body():
    entries = extract("韓国の魏聖洛（ウィ・ソンラク）国家安保室長が述べた。", file="t.txt")
    assert type_of_entry(entries, "国家安保室") == "org"
    assert by_ja(entries, "国家安保室長") is None and type_of_entry(entries, "魏聖洛") == "person"


def test_a_bodys_shorter_name_in_brackets_is_its_spelling():
    entries = extract("大検察庁（最高検）の検事総長が辞任した。最高検は反発した。統一省（当時）も。", file="t.txt")
    body = by_ja(entries, "大検察庁")
    assert body is not None and "最高検" in body.variants
    assert by_ja(entries, "当時") is None


@pytest.mark.parametrize("text, name", [
    ("第155独立親衛海軍歩兵旅団が投入された。", "第155独立親衛海軍歩兵旅団"),  # ordinary words go on naming a unit
    ("第1親衛戦車軍の部隊が展開した。", "第1親衛戦車軍"),  # 軍 after an ordinal names an army
])
def test_a_numbered_unit_is_one_name(text, name):
    assert type_of_entry(extract(text, file="t.txt"), name) == "org"


def test_a_place_before_its_kind_is_no_japanese_full_name():
    entries = extract("専用機で元山の葛麻空港に到着した。", file="t.txt")  # UniDic: 葛 a surname, 麻 a given name
    assert type_of_entry(entries, "葛麻空港") == "place" and by_ja(entries, "葛麻") is None


def test_a_full_name_before_a_countrys_body_is_not_part_of_it():
    entries = extract("ジェミソン・グリア米通商代表部（USTR）代表と会談した。", file="t.txt")
    assert type_of_entry(entries, "米通商代表部") == "org"
    assert by_ja(entries, "ジェミソン・グリア米通商代表部") is None


def test_an_editions_number_is_no_part_of_a_named_events_name():
    entries = extract("第30回釜山国際映画祭の開幕作に選ばれた。第8期第13回総会も開いた。", file="t.txt")
    assert type_of_entry(entries, "釜山国際映画祭") == "event"
    assert type_of_entry(entries, "第8期第13回総会") == "event"  # (a body's meeting: the number is its name)


def test_a_numbered_plan_is_a_name():
    entries = extract("第7次エネルギー基本計画で目標を定めた。核開発計画も進めた。", file="t.txt")
    assert by_ja(entries, "第7次エネルギー基本計画").type == "other"
    assert by_ja(entries, "核開発計画") is None or by_ja(entries, "核開発計画").type == "term"


def test_a_body_named_with_its_last_word_short_is_one_entry_with_it():
    entries = extract("中央選挙管理委員会は発表した。中央選管の委員長は述べた。憲法裁判所も判断した。憲法裁は", file="t.txt")
    assert "中央選管" in by_ja(entries, "中央選挙管理委員会").variants
    assert "憲法裁" in by_ja(entries, "憲法裁判所").variants
    assert by_ja(extract("憲法裁の判断が出た。", file="t.txt"), "憲法裁").type == "term"  # (no full name: stays)


def test_an_envoy_named_before_his_post_and_his_country_is_a_person():
    entries = extract("張漢暉駐ロシア中国大使も、ロシア紙に語った。", file="t.txt")
    envoy = by_ja(entries, "張漢暉")
    assert envoy is not None and envoy.type == "person" and envoy.origin == "zh"
