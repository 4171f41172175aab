"""Round 66: (invented names and sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.model import Entry, Source
from glossary.translit import Transliterator


def test_a_formal_name_about_what_it_deals_with_is_a_name_where_an_acronym_or_a_short_name_follows_it():
    entries = extract("ロシアの極地の海洋資源の保全に関する委員会（PMRC）が勧告を出した。", file="t.txt")
    body = by_ja(entries, "極地の海洋資源の保全に関する委員会")
    assert body is not None and body.type == "org" and "PMRC" in body.glosses
    # (its short name in brackets is another spelling of it)
    entries = extract("採掘を禁じる気候の保護に関する北極条約議定書（オスロ議定書）が発効した。", file="t.txt")
    protocol = by_ja(entries, "気候の保護に関する北極条約議定書")
    assert protocol is not None and "オスロ議定書" in protocol.variants
    # (and the other way round: a short name, then the formal one)
    entries = extract("リガ条約（鉱物の採掘による環境汚染の防止に関する条約）に加盟した。", file="t.txt")
    treaty = by_ja(entries, "リガ条約")
    assert treaty is not None and "鉱物の採掘による環境汚染の防止に関する条約" in treaty.variants
    # (a phrase nothing vouches for is no name)
    entries = extract("気候の保護に関する委員会を開いた。", file="t.txt")
    assert by_ja(entries, "気候の保護に関する委員会") is None


def test_an_acronym_of_a_dictionary_term_inside_a_compound_glosses_the_term_alone():
    entries = extract("台湾の実質国内総生産（GDP）は伸びた。", file="t.txt")
    term = by_ja(entries, "国内総生産")
    assert term is not None and "GDP" in term.glosses
    assert not any("GDP" in e.glosses for e in entries if e.ja == "実質国内総生産")


def test_a_body_raised_in_rank_or_a_firm_renamed_keeps_its_former_name_as_a_spelling():
    entries = extract("国家記録処（現・国家記録部）が文書を公開した。", file="t.txt")
    body = by_ja(entries, "国家記録処")
    assert body is not None and "国家記録部" in body.variants
    entries = extract("造船大手コリアマリン（旧東海造船海洋）は砕氷船を受注した。", file="t.txt")
    firm = by_ja(entries, "コリアマリン")
    assert firm is not None and "東海造船海洋" in firm.variants


def test_a_quoted_foreign_name_then_the_word_it_means_is_another_spelling_of_it():
    entries = extract("子グマの名前は「ヴェテル」（風）に決まった。", file="t.txt")
    named = by_ja(entries, "ヴェテル")
    assert named is not None and "風" in named.variants
    # (a place in brackets after a quoted name says where it is)
    entries = extract("遊園地「サンランド」（同道恵昌市）から移された。", file="t.txt")
    assert not any("サンランド" in e.variants and len(e.variants) > 1 for e in entries)


def test_a_kind_of_thing_then_its_other_name_in_katakana_is_one_term():
    entries = extract("ウスリーヒョウ（アムールヒョウ）が保護された。", file="t.txt")
    kind = by_ja(entries, "ウスリーヒョウ")
    assert kind is not None and "アムールヒョウ" in kind.variants


def test_an_editions_number_before_a_named_meeting_is_no_part_of_its_name():
    entries = extract("第12回北極協議国会議（AMCM）が開かれた。", file="t.txt")
    meeting = by_ja(entries, "北極協議国会議")
    assert meeting is not None and "AMCM" in meeting.glosses
    assert not any(v.startswith("第12回") for e in entries for v in e.variants)


def test_a_city_whose_two_kanji_unidic_reads_as_two_names_is_one_place():
    entries = extract("工場は同道恵昌市にある。", file="t.txt")
    city = by_ja(entries, "恵昌市")
    assert city is not None and city.type == "place"
    assert by_ja(entries, "昌市") is None


def test_a_base_where_the_text_speaks_of_the_poles_is_a_station():
    entries = extract("南極のミールヌイ基地で越冬した。", file="t.txt")
    Transliterator().apply(entries)
    base = by_ja(entries, "ミールヌイ基地")
    assert base is not None and base.en is not None and base.en.endswith("Station")
    # (and anywhere in a file that names a pole)
    entry = Entry(ja="ミールヌイ基地", type="place", origin="ru", sources=[Source("a.txt", 3, "ミールヌイ基地で越冬した。")])
    pole = Entry(ja="南極", type="place", sources=[Source("a.txt", 1, "南極に向かった。")])
    Transliterator().apply([entry, pole])
    assert entry.en is not None and entry.en.endswith("Station")
    # (elsewhere a base is a base)
    elsewhere = Entry(ja="ミールヌイ基地", type="place", origin="ru", sources=[Source("b.txt", 1, "ミールヌイ基地に着いた。")])
    Transliterator().apply([elsewhere])
    assert elsewhere.en is not None and not elsewhere.en.endswith("Station")


def test_a_kanas_h_never_follows_s_so_that_the_two_read_as_one_sound():
    result = Transliterator().transliterate("シホリン", origin="ru")
    assert result.english.lower().startswith(("sikho", "shikho", "siho"))


def test_a_class_of_ships_named_by_a_word_and_its_number_is_a_weapon():
    entries = extract("パパ2級原子力潜水艦を解体した。", file="t.txt")
    ship_class = by_ja(entries, "パパ2級")
    assert ship_class is not None and ship_class.type == "weapon"
    # (a weight class is none)
    weight = by_ja(extract("ヘビー級の王者になった。", file="t.txt"), "ヘビー級")
    assert weight is None or weight.type == "term"


def test_a_quoted_project_or_park_is_named_by_its_kind_word_after_the_quotes():
    entries = extract("日本は「未来の灯」事業で支援した。", file="t.txt")
    assert by_ja(entries, "未来の灯") is not None
    entries = extract("隣国の「ツルの里」国立公園と結ぶ。", file="t.txt")
    park = by_ja(entries, "ツルの里")
    assert park is not None and park.type == "place"


def test_a_bearing_and_a_distance_after_a_place_are_no_part_of_its_name():
    entries = extract("船はナホトカ北東約80キロの海域で沈んだ。", file="t.txt")
    assert by_ja(entries, "ナホトカ北東") is None and by_ja(entries, "ナホトカ") is not None


def test_a_countrys_base_is_no_name():
    base = by_ja(extract("物資は近くのロシア基地に運ばれた。", file="t.txt"), "ロシア基地")
    assert base is None or base.type == "term"


def test_common_words_for_a_kind_of_body_before_its_quoted_name_name_no_body():
    entries = extract("フランスの国立映画保存機関「シネテック」から借りた。", file="t.txt")
    assert by_ja(entries, "シネテック") is not None
    assert not any(e.ja == "国立映画保存機関" and e.type == "org" for e in entries)


def test_a_part_of_a_country_then_its_old_name_is_one_place():
    entries = extract("小説の舞台は中国西南部（旧西康）だ。", file="t.txt")
    region = by_ja(entries, "中国西南部")
    assert region is not None and "西康" in region.variants
    # (a city, then the old region it lay in, is two places)
    entries = extract("ハルビン（旧満州）で生まれた。", file="t.txt")
    assert not any("ハルビン" in e.variants and "満州" in e.variants for e in entries)
