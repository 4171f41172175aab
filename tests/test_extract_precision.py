"""Precision rules for general news: what looks like a name but is not one. Examples are invented news
sentences, none from the gold."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.model import Entry

from extract_helpers import by_ja, type_of

NAMED = ("person", "place", "org", "weapon", "media")


def named_forms(entries: list[Entry]) -> set[str]:
    return {v for e in entries if e.type in NAMED for v in e.variants}


@pytest.mark.parametrize("text, figure", [
    ("発症率は「人口１万人あたり３．５人」に上った。", "人口１万人あたり３．５人"),
    ("予算は「年間２００億円以上」と見込まれる。", "年間２００億円以上"),
    ("彼は「１５０ポンド級」の王座を狙う。", "１５０ポンド級"),
])
def test_quoted_figure_is_no_weapon(text, figure):
    assert figure not in named_forms(extract(text, file="t.txt"))


def test_weight_class_is_no_weapon_but_a_ship_class_is():
    entries = extract("選手は１７０ポンド級で戦い、海軍はキロ級潜水艦を配備した。", file="t.txt")
    assert not any(e.type == "weapon" and "ポンド" in e.ja for e in entries)


def test_quoted_designation_is_still_a_weapon():
    assert type_of("北朝鮮は「火星１９」を発射した。", "火星１９") == "weapon"


@pytest.mark.parametrize("text, generic", [
    ("大臣の事務局が声明を出した。", "事務局"),
    ("地元のテレビ局が中継した。", "テレビ局"),
    ("国営新聞が社説で批判した。", "国営新聞"),
    ("国営放送は演説を伝えた。", "国営放送"),
    ("与党の一党支配が続く。", "一党"),
    ("大手銀行が融資を止めた。", "大手銀行"),
])
def test_head_with_only_generic_modifiers_is_no_named_org(text, generic):
    assert generic not in named_forms(extract(text, file="t.txt"))


@pytest.mark.parametrize("text, name, etype", [
    ("国営朝鮮中央通信が報じた。", "朝鮮中央通信", "media"),
    ("ロシア国防省の事務局が発表した。", "ロシア国防省", "org"),
    ("国土交通省が発表した。", "国土交通省", "org"),
])
def test_named_org_keeps_its_type(text, name, etype):
    entries = extract(text, file="t.txt")
    assert any(e.type == etype and any(name in v for v in e.variants) for e in entries)


@pytest.mark.parametrize("text, surname", [
    ("今季の宮城選手は２２日、先発した。", "宮城"),     # UniDic reads 宮城 as a place; the player title says person
    ("八戸さんは地元で店を開いた。", "八戸"),
])
def test_titled_family_name_read_as_place_is_a_person(text, surname):
    entry = by_ja(extract(text, file="t.txt"), surname)
    assert entry is not None and entry.type == "person" and entry.origin == "ja"


def test_family_name_of_a_full_name_in_the_file_is_no_place():
    text = "先発の熊本篤暉が好投した。熊本は九回を投げ切った。"
    entries = extract(text, file="t.txt")
    full = by_ja(entries, "熊本篤暉")
    assert full is not None and full.type == "person"
    alone = by_ja(entries, "熊本")
    assert alone is None or alone.type != "place"


def test_place_before_a_place_title_stays_a_place():
    entries = extract("熊本市長は八戸を訪れた。", file="t.txt")
    assert by_ja(entries, "熊本").type == "place"
    assert by_ja(entries, "八戸").type == "place"


def test_given_name_glued_to_a_word_is_no_person():
    entries = extract("マリアンビルの北で山火事が広がった。", file="t.txt")
    assert "マリアン" not in named_forms(entries)


def test_given_name_beside_an_ordinary_word_is_no_person():
    entries = extract("彼はリーグ・アンで優勝した。", file="t.txt")
    assert by_ja(entries, "アン") is None or by_ja(entries, "アン").type != "person"


@pytest.mark.parametrize("name", ["ジョン・ウルフ", "エマ・カフ"])
def test_western_word_ending_in_fu_is_not_russian(name):
    entry = by_ja(extract(f"米国の{name}氏は声明で述べた。", file="t.txt"), name)
    assert entry is not None and entry.type == "person" and entry.origin != "ru"


def test_russian_fu_name_stays_russian():
    entry = by_ja(extract("ロシアのアントン・コズロフ氏は語った。", file="t.txt"), "アントン・コズロフ")
    assert entry is not None and entry.origin == "ru"


def test_two_name_parts_after_an_ordinary_word_are_one_name():
    assert type_of("打者イマーム・アル・カリムが本塁打を放った。", "イマーム・アル・カリム") == "person"


@pytest.mark.parametrize("text, place", [
    ("中朝国境の鴨緑江で密輸が続く。", "鴨緑江"),        # UniDic: 鴨緑 + suffix 江; the river is the whole
    ("観光客はバイカル湖を訪れた。", "バイカル湖"),
])
def test_lake_and_river_heads_keep_the_whole_place(text, place):
    assert type_of(text, place) == "place"


def test_suffix_of_the_word_before_is_not_part_of_a_name():
    entries = extract("昨日の午前中ウラジオストク空港に到着した。", file="t.txt")
    assert by_ja(entries, "ウラジオストク空港") is not None
    assert not any(v.startswith("中") for v in named_forms(entries))


def test_number_and_a_place_head_is_no_place():
    assert not any(e.type == "place" and "５州" in e.ja for e in extract("彼は５州で勝った。", file="t.txt"))


def test_two_kana_word_alone_is_no_place():
    entries = extract("「みえのくに応援団」が発足した。", file="t.txt")
    assert not any(e.type == "place" and e.ja == "みえ" for e in entries)


def test_katakana_name_ending_in_a_media_head_is_a_medium():
    assert type_of("米フォックス・ニュースが報じた。", "フォックス・ニュース") == "media"


def test_province_is_a_place_and_a_ministry_an_org():
    entries = extract("遼寧省の当局者と中国外務省の報道官が会見した。", file="t.txt")
    assert by_ja(entries, "遼寧省").type == "place"
    assert by_ja(entries, "中国外務省").type == "org"


def test_commander_name_before_service_and_rank_is_a_person():
    entries = extract("ロシアのモイセエフ海軍総司令官が視察した。ロシア海軍は演習を続けた。", file="t.txt")
    person = by_ja(entries, "モイセエフ")
    assert person is not None and person.type == "person"
    assert "モイセエフ海軍" not in named_forms(entries)
    assert by_ja(entries, "ロシア海軍").type == "org"


def test_batting_order_in_quotes_is_no_weapon():
    entries = extract("彼は「３番・指名打者」で先発した。", file="t.txt")
    assert not any(e.type == "weapon" for e in entries)


def test_live_broadcast_is_no_medium():
    assert "生放送" not in named_forms(extract("演説は生放送で伝えられた。", file="t.txt"))


def test_ordinal_names_a_unit_but_a_count_does_not():
    entries = extract("第８軍管区の部隊は８州に展開した。", file="t.txt")
    assert any(e.type == "org" and "第８軍管区" in e.variants for e in entries)
    assert not any(e.type == "place" and "８州" in e.ja for e in entries)


def test_quoted_name_after_a_space_starts_at_the_name():
    entry = by_ja(extract("サイト『 ヤフオク』で売られた。", file="t.txt"), "ヤフオク")
    assert entry is not None and not entry.ja.startswith(" ")


def test_commander_unknown_to_unidic_before_service_and_chief_of_staff():
    entries = extract("会議にはＡ・Ｂ・グルバニ空軍参謀長が出席した。", file="t.txt")
    assert not any(e.type == "org" and "グルバニ" in e.ja for e in entries)


def test_next_session_prefix_is_not_part_of_the_name():
    entries = extract("首相は次期国連総会で演説する。", file="t.txt")
    assert by_ja(entries, "国連総会") is not None and by_ja(entries, "国連総会").type == "org"
    assert "次期国連総会" not in named_forms(entries)


@pytest.mark.parametrize("text, piece", [
    ("通信機器のオラクルシステムズが値を下げた。", "オラクル"),
    ("彼はボストンセルティックスに移籍した。", "ボストン"),
])
def test_name_glued_to_an_ordinary_word_is_not_cut_out(text, piece):
    assert piece not in named_forms(extract(text, file="t.txt"))


def test_country_glued_to_an_ordinary_word_stands_alone():
    assert type_of("ロシアメディアが一斉に報じた。", "ロシア") == "place"


def test_name_before_an_org_head_still_forms_the_org():
    entries = extract("非合法のアフガン人タリバングループに属している。", file="t.txt")
    assert any(e.type == "org" and "タリバングループ" in e.ja for e in entries)


def test_country_before_a_title_stays_a_place():
    assert type_of("ウルグアイ代表FWが移籍した。", "ウルグアイ") == "place"


def test_chamber_of_commerce_keeps_its_last_character():
    entries = extract("ロシア商工会議所の会頭が訪朝した。", file="t.txt")
    assert any(e.type == "org" and e.ja.endswith("商工会議所") for e in entries)
    assert not any(e.ja.endswith("商工会議") for e in entries)


@pytest.mark.parametrize("text", [
    "北朝鮮の情勢について、メドベージェフ安全保障会議副議長が発言した。",
    "北朝鮮の核問題で、韓国の安全保障会議議長が声明を出した。",
])
def test_a_common_word_starting_with_a_surname_is_no_korean_name(text):
    # 安 is a Korean surname, but 安全 is a word UniDic reads from it: 安全保 is no An Jon Bo
    assert not any(e.type == "person" and e.ja.startswith("安全") for e in extract(text, file="t.txt"))


def test_a_korean_name_unidic_splits_into_common_words_is_still_found():
    entries = extract("北朝鮮の李炳哲党書記が視察した。", file="t.txt")
    assert by_ja(entries, "李炳哲") is not None and by_ja(entries, "李炳哲").type == "person"


@pytest.mark.parametrize("text, name, kind", [
    ("米韓は合同軍事演習「フリーダム・シールド」を始めた。", "フリーダム・シールド", "event"),
    ("北朝鮮は新型ミサイル「ファソン」を公開した。", "ファソン", "weapon"),
])
def test_the_kind_word_before_a_quote_types_military_names(text, name, kind):
    assert type_of(text, name) == kind


def test_a_name_before_a_title_that_holds_a_body_word_is_a_person():
    # 事務局長 holds 事務局 (a secretariat), but after a name it is the person's whole title
    entries = extract("ＩＡＥＡのコルネル・ハルトマン事務局長が現地を訪れた。", file="t.txt")
    entry = by_ja(entries, "コルネル・ハルトマン")
    assert entry is not None and entry.type == "person"
    assert not any("事務局" in v for e in entries for v in e.variants)


@pytest.mark.parametrize("text, name", [
    ("部隊はロシア極東のクラスキノ演習場で訓練した。", "クラスキノ演習場"),
    ("北朝鮮は東倉里の西海衛星発射場から発射した。", "西海衛星発射場"),
])
def test_ranges_and_launch_sites_are_places(text, name):
    assert type_of(text, name) == "place"


@pytest.mark.parametrize("text, name, foreign", [
    ("ロシアのメドベージェフ氏（Медведев）が発言した。", "メドベージェフ", "Медведев"),
    ("北朝鮮の崔竜海（최룡해）最高人民会議常任委員長が演説した。", "崔竜海", "최룡해"),
])
def test_a_hangul_or_cyrillic_name_in_brackets_joins_the_name_before_it(text, name, foreign):
    entry = by_ja(extract(text, file="t.txt"), name)
    assert entry is not None and foreign in entry.foreign


def test_a_readings_initial_sound_decides_the_korea_over_the_context():
    # a South Korean paper quoted about a North Korean: リ (not イ) for 李 is the North's pronunciation
    entries = extract("韓国紙によると、李英植（リ・ヨンシク）党部長が指揮したという。", file="t.txt")
    assert by_ja(entries, "李英植").origin == "ko_north"
    entries = extract("北朝鮮について、李相浩（イ・サンホ）議員が質問した。", file="t.txt")
    assert by_ja(entries, "李相浩").origin == "ko_south"
    assert by_ja(entries, "李相浩").ja == "李相浩"  # the hanja head the entry, the reading is a variant


def test_reading_side_needs_a_surname_read_two_ways():
    from glossary import origin
    assert origin.reading_side("李", "リ・ヨンシク") == "ko_north"
    assert origin.reading_side("盧", "ノ・テウ") == "ko_south"
    assert origin.reading_side("金", "キム・ヨンシク") is None
    # many in the South keep 柳's r (Ryu Hyun-jin): リュ shows no side, ユ still shows the South's
    assert origin.reading_side("柳", "リュ・ヒョンジン") is None
    assert origin.reading_side("柳", "ユ・ミョンファン") == "ko_south"


def test_a_kept_r_the_south_keeps_too_leaves_the_side_to_the_context():
    entries = extract("韓国プロ野球では、柳賢振（リュ・ヒョンジン）が復帰した。", file="t.txt")
    assert by_ja(entries, "柳賢振").origin == "ko_south"


def test_a_province_then_a_town_are_two_places():
    entries = extract("北朝鮮は江原道元山付近からミサイルを発射した。", file="t.txt")
    assert by_ja(entries, "江原道").type == "place" and by_ja(entries, "元山").type == "place"
    assert by_ja(entries, "江原道元山") is None


def test_a_paper_described_then_named_is_named_alone():
    entries = extract("韓国紙・東亜日報によると、会談は延期された。", file="t.txt")
    assert by_ja(entries, "東亜日報") is not None and by_ja(entries, "韓国紙・東亜日報") is None


def test_a_party_after_its_kind_word_is_named_whatever_its_words():
    entries = extract("与党「共に民主党」の幹部らが出席した。", file="t.txt")
    assert by_ja(entries, "共に民主党") is not None and by_ja(entries, "共に民主党").type == "org"


def test_a_latin_gloss_after_a_name_and_its_title_is_the_persons():
    entries = extract("極東研究所のセルゲイ・ルジャニン所長（Sergei Luzyanin）が講演した。", file="t.txt")
    entry = by_ja(entries, "セルゲイ・ルジャニン")
    assert entry is not None and entry.type == "person" and "Sergei Luzyanin" in entry.glosses
    assert not any("所長" in v for e in entries for v in e.variants)


@pytest.mark.parametrize("text, name", [
    ("ロシアは大陸間弾道ミサイル（ICBM）「ヤルス」を配備した。", "ヤルス"),
    ("原子力推進の水中ドローン「ポセイドン」を開発している。", "ポセイドン"),
])
def test_a_weapon_kind_before_a_quote_even_with_its_abbreviation(text, name):
    assert type_of(text, name) == "weapon"


def test_a_korean_name_takes_its_korea_from_the_paragraph_when_its_sentence_says_nothing():
    entries = extract("北朝鮮の金徳訓首相は工場を視察した。朴奉珠元首相も同行した。", file="t.txt")
    assert by_ja(entries, "朴奉珠").origin == "ko_north"


def test_a_place_in_old_kanji_is_found_and_grouped_with_its_new_spelling():
    entries = extract("北朝鮮は平壤で軍事パレードを行った。平壌市内では厳戒態勢が敷かれた。平壌の空港も閉鎖された。",
                      file="t.txt")
    entry = by_ja(entries, "平壤")
    assert entry is not None and entry.type == "place" and "平壌" in entry.variants
    assert entry.ja == "平壌"  # the new spelling heads the entry


def test_a_japanese_office_makes_a_japanese_name_in_a_report_on_korea():
    entries = extract("北朝鮮の発射について、林芳正官房長官は記者会見で遺憾の意を示した。", file="t.txt")
    entry = by_ja(entries, "林芳正")
    assert entry is not None and entry.origin == "ja"


@pytest.mark.parametrize("text, one, other", [
    ("反体制派のナヴァリヌイ氏が拘束された。ナワリヌイ氏の支持者も集まった。", "ナヴァリヌイ", "ナワリヌイ"),
    ("ウクライナのゼレンシキー大統領が演説した。ゼレンスキー氏は支援を求めた。", "ゼレンシキー", "ゼレンスキー"),
])
def test_two_spellings_of_one_foreign_sound_are_one_name(text, one, other):
    entry = by_ja(extract(text, file="t.txt"), one)
    assert entry is not None and other in entry.variants


def test_short_names_spelled_alike_but_for_wa_and_ba_stay_apart():
    entries = extract("ワンさんとバンさんが来日した。", file="t.txt")
    assert not any({"ワン", "バン"} <= set(e.variants) for e in entries)


def test_a_titled_korean_name_in_a_silent_paragraph_takes_its_files_korea(tmp_path):
    from glossary.text import paragraphs
    text = ("韓国の国会は４日、予算案を可決した。\n\n"
            "最大野党の代表を務める李在明代表は記者団に「当然の結果だ」と述べた。\n")
    entries = extract(paragraphs(text, "news.txt"), file="news.txt")
    entry = by_ja(entries, "李在明")
    assert entry is not None and entry.type == "person" and entry.origin == "ko_south"
    # in a file that names neither Korea nor China the same sentence gives no Korean name
    alone = extract("最大野党の代表を務める李在明代表は記者団に「当然の結果だ」と述べた。", file="t.txt")
    assert by_ja(alone, "李在明") is None or by_ja(alone, "李在明").type != "person"


def test_pending_names_are_the_same_with_several_workers():
    text = "\n\n".join(["韓国の国会は４日、予算案を可決した。", "李在明代表は記者団に述べた。"] * 40)
    from glossary.text import paragraphs
    paras = list(paragraphs(text, "news.txt"))
    one = extract(paras, file="news.txt", workers=1)
    two = extract(paras, file="news.txt", workers=2)
    assert [e.to_dict() for e in one] == [e.to_dict() for e in two]
    assert by_ja(one, "李在明") is not None


@pytest.mark.parametrize("text, person, org", [
    ("北朝鮮のキム・ヨンチョル党副部長が談話を出した。", "キム・ヨンチョル", None),
    ("北朝鮮のパク・ジョンチョン党中央軍事委員会副委員長が視察した。", "パク・ジョンチョン", "党中央軍事委員会"),
])
def test_a_korean_in_katakana_with_a_party_post_is_a_person_not_a_party(text, person, org):
    entries = extract(text, file="t.txt")
    assert type_of(text, person) == "person"
    assert not any(e.type == "org" and person in e.ja for e in entries)
    if org:
        assert by_ja(entries, org) is not None


def test_a_place_in_brackets_after_a_body_is_where_it_is_not_its_reading():
    entries = extract("極東連邦大学（ウラジオストク）では日露の会議が開かれた。", file="t.txt")
    university = by_ja(entries, "極東連邦大学")
    assert university is not None and "ウラジオストク" not in university.readings + university.variants
    assert type_of("極東連邦大学（ウラジオストク）では日露の会議が開かれた。", "ウラジオストク") == "place"


@pytest.mark.parametrize("text, name", [
    ("北朝鮮の国家航空宇宙技術総局は打ち上げを発表した。", "国家航空宇宙技術総局"),
    ("朝鮮人民軍総参謀部の報道官が談話を出した。", "朝鮮人民軍総参謀部"),
])
def test_general_bureaus_and_staffs_are_bodies(text, name):
    assert type_of(text, name) == "org"


@pytest.mark.parametrize("text, body, alias", [
    ("国連教育科学文化機関（ユネスコ）は声明を出した。", "国連教育科学文化機関", "ユネスコ"),
    ("中国の奇瑞汽車（チェリー）が工場を買収した。", "奇瑞汽車", "チェリー"),
])
def test_a_bodys_katakana_name_in_brackets_is_a_spelling_of_it(text, body, alias):
    entries = extract(text, file="t.txt")
    entry = by_ja(entries, body) or by_ja(entries, alias)
    assert entry is not None and {body, alias} <= set(entry.variants) and entry.type == "org"


@pytest.mark.parametrize("text, body", [
    ("クーパンはニューヨーク証券取引所に上場している。", "ニューヨーク証券取引所"),
    ("モスクワ取引所で取引が停止された。", "モスクワ取引所"),
])
def test_an_exchange_of_a_place_is_one_body(text, body):
    assert type_of(text, body) == "org"


def test_the_kind_of_body_before_its_name_is_no_part_of_it():
    entries = extract("米シンクタンク戦争研究所（ISW）は、露軍が前進したと分析した。", file="t.txt")
    institute = by_ja(entries, "戦争研究所")
    assert institute is not None and institute.type == "org"
    assert by_ja(entries, "米シンクタンク戦争研究所") is None


def test_a_town_after_its_province_and_no_is_a_place():
    assert type_of("クルスク州のスジャなどで戦った兵士に勲章を授与した。", "スジャ") == "place"
    # a loanword UniDic spells in a foreign language is no town (メディア: media)
    assert type_of("クルスク州のメディアによると、攻撃が続いた。", "メディア") is None


@pytest.mark.parametrize("text, full, short", [
    ("ゼニト・サンクトペテルブルクは優勝した。ゼニトの監督は語った。", "ゼニト・サンクトペテルブルク", "ゼニト"),
    ("投資ファンドのMBKパートナーズが買収した。MBKは反論した。", "MBKパートナーズ", "MBK"),
    ("ロシア中央銀行は利上げした。露中銀の総裁は語った。", "ロシア中央銀行", "露中銀"),
    ("サッカーのワールドカップ（W杯）に出場する。W杯は来年開かれる。", "W杯", "ワールドカップ"),
])
def test_a_body_named_short_is_the_body_named_in_full(text, full, short):
    entries = extract(text, file="t.txt")
    entry = by_ja(entries, full)
    assert entry is not None and short in entry.variants and entry.type in ("org", "event")


def test_a_group_and_its_firm_stay_apart():
    entries = extract("現代自動車グループは投資を表明した。現代自動車も工場を建てる。", file="t.txt")
    assert by_ja(entries, "現代自動車グループ") is not by_ja(entries, "現代自動車")


def test_a_town_named_with_its_first_part_alone_stays_a_place():
    entries = extract("ニジニ・ノヴゴロドで会った。ニジニの住民は語った。", file="t.txt")
    town = by_ja(entries, "ニジニ・ノヴゴロド")
    assert town is not None and town.type == "place" and "ニジニ" not in town.variants


@pytest.mark.parametrize("text, unit", [
    ("攻勢の主力は「ボストーク（東部）」部隊集団とされる。", "ボストーク"),
    ("チェチェンの「アフマト」大隊が前線に入った。", "アフマト"),
])
def test_a_military_unit_named_in_quotes_is_a_body(text, unit):
    assert type_of(text, unit) == "org"
