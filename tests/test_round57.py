"""Round 57: titles published by a verb in する, Cyrillic titles, other names in brackets (通称, 現在の, a palace's,
a war's), a reading before years, routes glossed by their initials, stage names with こと, universities written
short, a country before an autonomous region, a governor's own province, places and titles read as Korean names,
ensembles and their official names, asides that name another country, and North Korean places composed in English
(invented sentences)."""
from extract_helpers import by_ja, rendered, type_of_entry

from glossary.extract import extract
from glossary.extract_gloss import Gloss, classify
from glossary.translit import Transliterator


def test_a_title_published_by_a_verb_in_suru_is_a_work_with_its_cyrillic_name():
    entries = extract("言語学者のイワン・ペトロフが1901年に出版した『露日会話集』（Русско-японский разговорник）は貴重だ。")
    entry = by_ja(entries, "露日会話集")
    assert entry is not None and entry.type == "other"
    assert "Русско-японский разговорник" in entry.foreign
    # a paper's title stays a medium's, whatever verb publishes it
    entries = extract("協会は英文で発行した『独立日報』を通じて世論を動かした。")
    assert type_of_entry(entries, "独立日報") == "media"


def test_a_cyrillic_title_of_one_letter_words_follows_its_quoted_japanese_title():
    entries = extract("歌手は愛国歌「私は兵士だ」（Я солдат）を歌った。")
    entry = by_ja(entries, "私は兵士だ")
    assert entry is not None and "Я солдат" in entry.foreign


def test_other_names_in_brackets():
    assert classify("通称ネフスキー通り", "中心部のクラスノフ通り") == Gloss("alias", ("ネフスキー通り",))
    # (a town's present name: a town of its own to a translator, Qingniwa and Dalian, since round 68)
    assert classify("現在の大連", "遼東半島の青泥窪") == Gloss("renamed", ("大連",))
    assert classify("現在の遼寧省", "遼東半島の青泥窪") is None  # where it lies now, not what it is called
    assert classify("現在の京都府", "われて山城国") is None
    assert classify("現在の首相", "の李海瓚") is None
    assert classify("昌徳宮", "王が移った景福宮") == Gloss("alias", ("昌徳宮",))
    assert classify("廃寺", "の親林寺") is None  # a kind of temple, no name
    assert classify("独ソ戦", "記念館では大祖国戦争") == Gloss("alias", ("独ソ戦",))
    assert classify("内戦", "記念館では大祖国戦争") is None


def test_a_reading_then_the_bearers_years_glosses_a_kanji_name():
    assert classify("スンジョン、1874～1926", "最後の皇帝、純宗") == Gloss("reading", ("スンジョン",))
    entries = extract("皇帝、純宗（スンジョン、1874～1926）は退位した。")
    entry = by_ja(entries, "純宗")
    assert entry is not None and "スンジョン" in entry.readings
    assert by_ja(entries, "スンジョン") is entry


def test_a_route_named_by_its_stops_and_glossed_by_their_initials_is_one_name():
    entries = extract("ガス会社は「イルクーツク―チタ―ハバロフスク（ICK）」パイプラインの建設を始めた。")
    entry = by_ja(entries, "イルクーツク―チタ―ハバロフスク")
    assert entry is not None and "ICK" in entry.glosses
    assert type_of_entry(entries, "ハバロフスク") == "place"  # a stop is a place named inside the route's name
    assert by_ja(entries, "ハバロフスク") is not entry


def test_a_stage_name_joined_by_koto_is_the_persons():
    entries = extract("人気歌手のMORGEN（モルゲン）ことアリシェル・ワリエフ氏も出演した。")
    entry = by_ja(entries, "アリシェル・ワリエフ")
    assert entry is not None and entry.type == "person"
    assert "MORGEN" in entry.variants


def test_a_university_written_short_joins_its_full_name_in_the_file():
    entries = extract("釜山外国語大学（BUFS）の教授が指摘した。\n\n釜山外大の調査では半数が不安を挙げた。")
    entry = by_ja(entries, "釜山外国語大学")
    assert entry is not None and "釜山外大" in entry.variants


def test_a_country_before_an_autonomous_region_is_no_part_of_it():
    entries = extract("列車は中国内モンゴル自治区の二連浩特に向かった。")
    assert type_of_entry(entries, "内モンゴル自治区") == "place"
    assert by_ja(entries, "中国内モンゴル自治区") is None


def test_a_governor_named_in_full_before_the_title_of_his_province():
    entries = extract("一行はイーゴリ・ワシリチェンコ州知事の案内で工場を見て回った。")
    assert type_of_entry(entries, "イーゴリ・ワシリチェンコ") == "person"
    assert by_ja(entries, "ワシリチェンコ州") is None
    assert by_ja(entries, "イーゴリ") is None


def test_a_place_before_a_fleets_title_or_a_title_with_an_age_is_no_korean_name():
    text = ("朝鮮の高宗は李容翊（イ・ヨンイク）を送った。大西洋艦隊司令長官のイワン・ペトロフ提督が戦死した。"
            "パク・ミンス氏とアンナ・セルゲエワ文化相（52）が会談した。")
    entries = extract(text)
    assert by_ja(entries, "大西洋") is None or by_ja(entries, "大西洋").type != "person"
    assert type_of_entry(entries, "大西洋艦隊") == "org"
    assert by_ja(entries, "文化相") is None


def test_ensembles_and_their_official_names():
    entries = extract("平壌の功勲国家合唱団と牡丹峰楽団が出演した。")
    assert type_of_entry(entries, "功勲国家合唱団") == "org"
    assert type_of_entry(entries, "牡丹峰楽団") == "org"
    assert by_ja(extract("ソウル市内の児童合唱団が歌った。"), "児童合唱団") is None or \
        type_of_entry(extract("ソウル市内の児童合唱団が歌った。"), "児童合唱団") != "org"
    entries = extract("ピャトニツキー合唱団は1910年創設の民謡合唱団で、正式名称は「ピャトニツキー記念国立アカデミー"
                      "ロシア民謡合唱団」。")
    entry = by_ja(entries, "ピャトニツキー合唱団")
    assert entry is not None and "ピャトニツキー記念国立アカデミーロシア民謡合唱団" in entry.variants


def test_a_palace_built_beside_an_old_one_keeps_new_in_its_name():
    entries = extract("展示は新エカテリーナ宮殿で開かれている。")
    assert type_of_entry(entries, "新エカテリーナ宮殿") in ("place", "org")
    assert by_ja(entries, "エカテリーナ宮殿") is None


def test_an_aside_that_names_another_country_is_no_context_of_the_sentences_other_names():
    text = ("北朝鮮の朝鮮中央通信によると、金正恩総書記が平壌で演説した。"
            "娘のジュエ氏（韓国政府が把握する名前）や玄松月（ヒョン・ソンウォル）副部長らが同行した。")
    entry = rendered(text).get("玄松月")
    assert entry is not None and entry.origin == "ko_north" and entry.en == "Hyon Song Wol"


def test_north_korean_places_and_venues_composed_in_english():
    t = Transliterator()
    assert t.transliterate("東平壌").english == "East Pyongyang"
    assert t.transliterate("東平壌大劇場").english == "East Pyongyang Grand Theatre"
    assert t.transliterate("南浦").english != "South Po"  # a Korean place that begins with a direction
    assert t.transliterate("ブレヤ水力発電所").english == "Bureya hydroelectric power station"
    assert t.transliterate("平壌順安国際空港", origin="ko_north").english == "Pyongyang Sunan International Airport"


def test_songs_named_in_quotes_are_named_by_the_kind_word_after_their_list():
    entries = rendered("合唱団は「カチューシャ」や「トロイカ」などロシア民謡を歌った。")
    assert entries["カチューシャ"].type == "other" and entries["トロイカ"].type == "other"
    # (whose songs they are, the kind word says: a Russian song's title is read as Russian, no word's gloss)
    assert entries["カチューシャ"].origin == "ru" and entries["カチューシャ"].en == "Katyusha"


def test_a_title_in_double_quotes_after_a_word_for_a_work():
    entries = extract("近代史家の著書『帝国の黄昏　ロシアと朝鮮』（岩波書店）でも論じられている。")
    assert type_of_entry(entries, "帝国の黄昏　ロシアと朝鮮") == "other"


def test_the_united_nations_named_at_the_head_of_its_organs_is_a_body_of_its_own():
    entries = extract("国連安全保障理事会は制裁を決議し、国連教育科学文化機関も声明を出した。")
    assert type_of_entry(entries, "国連") == "org"
    assert by_ja(entries, "国連安全保障理事会") is not by_ja(entries, "国連")


def test_a_landmark_named_in_quotes_with_no():
    entries = extract("広場の一角には、市民が花を手向ける「アフマートワの石」が置かれている。")
    assert type_of_entry(entries, "アフマートワの石") == "place"
    assert by_ja(extract("彼は「春と修羅の道」を歩んだ。"), "春と修羅の道") is None


def test_a_chinese_town_geonames_knows_in_kanji_is_a_place_with_its_english():
    entries = rendered("列車は国境の町、満州里に到着した。")
    entry = entries.get("満州里")
    assert entry is not None and entry.type == "place" and entry.origin == "zh" and entry.en == "Manzhouli"
    assert "満州" not in entries
