"""Round 53: labelled other names in brackets, a prefix that begins a name, numbered units, a station before its
square, names with a patronymic, old spellings of -ий, and acronyms of a whole term (invented sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import classify
from glossary.tokenize import tokenize


def test_a_name_labelled_as_formal_or_as_one_side_calls_it_is_another_name():
    assert classify("正式名称は第3北方艦隊", "白海艦隊").values == ("第3北方艦隊",)
    assert classify("韓国側の呼称はトンヘ海戦", "東海沖海戦").values == ("トンヘ海戦",)
    assert classify("通称「ポプラ」", "152ミリ榴弾砲").values == ("ポプラ",)
    assert classify("第2次大戦", "白海艦隊") is None  # a war's number, no label: no name


def test_a_former_name_its_new_name_abbreviates_is_another_name():
    assert classify("旧慶尚南道", "慶南広域道").values == ("慶尚南道",)
    assert classify("旧ソ連", "カザフスタン") is None


def test_a_prefix_the_text_reads_with_the_next_word_begins_the_name():
    entries = extract("「新和（シンファ）商事」は、仮想通貨「新和ポイント（SWP）」を売り出した。")
    entry = by_ja(entries, "新和ポイント")
    assert entry is not None and "SWP" in entry.glosses
    entry = by_ja(extract("全南特別自治道（旧全羅南道）の木浦港に入った。"), "全南特別自治道")
    assert entry is not None and "全羅南道" in entry.variants


def test_the_same_university_before_its_institute_is_no_part_of_the_name():
    entries = extract("極東連邦大学で会議が開かれた。同大経済学院が主催した。")
    assert by_ja(entries, "同大経済学院") is None


def test_an_acronym_of_the_whole_term_is_not_the_name_of_its_last_word():
    entries = extract("米軍は統合戦術ミサイルシステム（JTACMS）を配備した。")
    assert by_ja(entries, "システム") is None
    entry = by_ja(entries, "統合戦術ミサイルシステム")
    assert entry is not None and "JTACMS" in entry.glosses


def test_a_numbered_unit_after_its_country_is_a_body_with_its_english():
    entry = rendered("45年、ソ連第35軍が進駐した。")["ソ連第35軍"]
    assert entry.type == "org" and entry.en == "35th Army" and "Soviet 35th Army" in entry.en_candidates
    assert rendered("第11軍団が渡河した。")["第11軍団"].en == "11th Corps"


def test_a_station_before_its_square_keeps_its_head():
    words = [t.surface for t in tokenize("ハバロフスク中央駅前の広場")]
    assert words[:3] == ["ハバロフスク", "中央", "駅"]
    entry = by_ja(extract("ハバロフスク中央駅前の広場で集会があった。"), "ハバロフスク中央駅")
    assert entry is not None and entry.type == "place"


def test_a_full_name_with_a_patronymic_is_the_same_person_headed_without_it():
    entries = rendered("セルゲイ・ショイグ氏が述べた。ショイグ氏は語った。"
                       "セルゲイ・クジュゲトヴィチ・ショイグ氏は国防相を務めた。")
    people = [e for e in entries.values() if e.type == "person"]
    assert len(people) == 1 and people[0].ja == "セルゲイ・ショイグ" and people[0].en == "Sergei Shoigu"


def test_an_old_spelling_of_a_double_surname_joins_the_full_name():
    entries = extract("ピョートル・セミョーノフ＝チャンシャンスキーは学者。セミョーノフ＝チャンシャンスキーは旅した。"
                      "セミョーノフ・チャンシャンスキイの本。")
    people = [e for e in entries if e.type in ("person", "other") and "セミョーノフ" in e.ja]
    assert len(people) == 1 and "セミョーノフ・チャンシャンスキイ" in people[0].variants


def test_a_province_read_in_brackets_still_addresses_the_county_after_it():
    entry = by_ja(extract("慶尚南道（キョンサンナムド）南海郡の港に着いた。"), "南海郡")
    assert entry is not None and entry.type == "place" and entry.origin == "ko_south"


def test_a_name_read_in_korean_at_one_end_of_a_route_to_a_place_is_a_place():
    entries = rendered("一行は豆満江を渡り、穏城（オンソン）から会寧へ向かった。")
    assert entries["穏城"].type == "place" and entries["穏城"].en == "Onsong"
    assert rendered("会寧から穏城（オンソン）へ向かった。")["穏城"].type == "place"


def test_a_katakana_word_after_a_part_of_a_region_and_no_is_a_town():
    entry = by_ja(extract("沿海州北部のメルニチノエ（現在のルドナヤ）を出発した。"), "メルニチノエ")
    assert entry is not None and entry.type == "place"


def test_a_port_is_the_town_it_is_named_by():
    entries = rendered("木材はワニノ港から積み出される。ワニノの業者は増産を計画する。")
    entry = entries["ワニノ港"] if "ワニノ港" in entries else entries["ワニノ"]
    assert "ワニノ" in entry.variants and "ワニノ港" in entry.variants and entry.en == "Vanino"
