"""Round 54: captions, parts of a town, grades, titles between a name and its gloss, initials with a head, a
tournament's tier, datelines with a region, warships, times after a term, works published, readings that keep ㄹ,
republics and mausoleums (invented sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import classify
from glossary.translit import Transliterator


def test_a_caption_after_the_picture_word_is_no_credit():
    entries = extract("写真：金大中の銅像に花を手向ける市民＝3日、韓国・木浦市（聯合提供）")
    assert not [e for e in entries if e.type == "media" and "手向ける" in e.ja]
    assert by_ja(extract("写真：ロイター"), "ロイター").type == "media"


def test_a_direction_after_a_town_is_a_part_of_it_not_a_district():
    entries = extract("首都平壌市西部の万景台（マンギョンデ）区域で式典が開かれた。")
    assert by_ja(entries, "西部") is None


def test_a_grade_is_no_class_of_ships():
    entries = extract("教授は「冷戦史を知る上で第一級の資料だ」と語った。")
    assert not [e for e in entries if e.type == "weapon"]


def test_a_latin_name_after_a_title_glosses_the_person_not_the_title():
    entries = extract("トロツキーはアナトリー・ルナチャルスキー教育人民委員（Anatoly Lunacharsky）と会った。")
    person = by_ja(entries, "アナトリー・ルナチャルスキー")
    assert person is not None and person.type == "person" and "Anatoly Lunacharsky" in person.glosses
    assert not [e for e in entries if "人民委員" in e.ja]


def test_initials_with_the_name_s_own_head_are_its_short_name():
    assert classify("CFE条約", "欧州通常戦力条約").values == ("CFE条約",)
    assert classify("AFC杯", "アジア・フットボール・コンフェデレーション・カップ").values == ("AFC杯",)
    assert classify("AFCA杯", "アジア・フットボール・コンフェデレーション・カップ") is None  # four letters, three words
    assert classify("UEFA杯", "欧州サッカー連盟カップ") is None
    assert classify("FIS杯", "フェデレーション・インターナショナル・スキー・カップ").values == ("FIS杯",)


def test_a_tournament_s_tier_in_brackets_is_no_name_of_it():
    assert classify("ATP250", "男子テニスのジャパン・オープン") is None
    entry = by_ja(extract("男子テニスのジャパン・オープンが東京で開幕した。"), "ジャパン・オープン")
    assert entry is not None and entry.type == "event"


def test_a_dateline_town_with_its_region_in_brackets_is_a_place():
    entries = extract("【アルチョム（ロシア極東沿海地方）共同】沿海地方の工場が止まった。アルチョム地区の住民は困惑している。")
    entry = by_ja(entries, "アルチョム地区")
    assert entry is not None and entry.type == "place" and "アルチョム" in entry.variants
    assert by_ja(entries, "共同").type == "media"


def test_a_warship_is_named_with_any_word():
    entry = by_ja(extract("一行は巡洋艦ミラージュを見学した。"), "ミラージュ")
    assert entry is not None and entry.type == "weapon"
    assert not [e for e in extract("海軍は駆逐艦システムを刷新した。") if e.type == "weapon"]


def test_a_time_after_the_words_is_no_part_of_a_term():
    terms = [e.ja for e in extract("停戦協定締結後、両国は捕虜を交換した。")]
    assert not [t for t in terms if t.endswith("後")]


def test_a_quoted_title_a_writer_publishes_is_a_work():
    entry = by_ja(extract("詩人は1924年、最初の詩集とされる「冬の川の向こうに」を発表した。"), "冬の川の向こうに")
    assert entry is not None and entry.type == "other"


def test_a_reading_that_keeps_the_initial_r_is_spelt_as_read():
    result = Transliterator().transliterate("金龍", origin="ko_south", reading="キム・リョン")
    # (the South's law lets a given name keep its ㄹ: the South's spelling, as read)
    assert result.english == "Kim Ryong" and result.origin == "ko_south"
    assert Transliterator().transliterate("李在明", origin="ko_south", reading="イ・ジェミョン").origin == "ko_south"


def test_a_republic_and_a_mausoleum_compose_their_english():
    names = rendered("ルハンスク人民共和国の代表団はスターリン廟を訪れた。")
    assert names["ルハンスク人民共和国"].en == "Luhansk People's Republic"
    assert names["スターリン廟"].type == "place" and names["スターリン廟"].en == "Stalin Mausoleum"
    assert rendered("孔子廟を参拝した。")["孔子廟"].en is None  # a temple, no mausoleum


def test_a_member_of_a_body_is_no_part_of_the_term():
    terms = [e.ja for e in extract("式典では平壌市の青年建設隊員らが表彰された。")]
    assert "青年建設隊" in terms and "青年建設隊員" not in terms


def test_a_korean_reading_ending_in_do_is_an_island_unless_its_stem_is_a_province():
    names = Transliterator()
    assert names.transliterate("カンファド", origin="ko", type="place").english == "Ganghwa Island"
    assert names.transliterate("チャガンド", origin="ko", type="place").english == "Jagang Province"
