"""Round 56: -owski spelled ウスキー, Ust- towns and Ust- surnames, loanword names, ranks of nobility, counties in
two kanji, Korean readings with a Japanese head, a country's long name before its region, bodies named without
their country, and given names with the patronymic alone (invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.normalize import variant_key
from glossary.translit import Transliterator


def test_owski_written_with_u_or_fu_is_one_name():
    assert variant_key("ヤンコウスキー") == variant_key("ヤンコフスキー")
    assert variant_key("ドブロウスカヤ") == variant_key("ドブロフスカヤ")
    assert variant_key("ハウス") != variant_key("ハフス")
    entries = extract("ポーランド出身のミハイル・ボグダノフスキーは、当時の新聞でボグダノウスキーとも書かれた。")
    entry = by_ja(entries, "ボグダノウスキー")
    assert entry is not None and "ミハイル・ボグダノフスキー" in entry.variants


def test_a_surname_beginning_like_ust_is_no_town_at_a_rivers_mouth():
    t = Transliterator()
    assert t.transliterate("ウスチノフ", type="person").english == "Ustinov"
    assert t.transliterate("ウスチノワ", type="person").english == "Ustinova"
    assert t.transliterate("ウスチルガ", type="place").english == "Ust-Luga"


def test_a_loanword_glossed_with_itself_is_a_name_before_a_japanese_explanation():
    entries = extract("クレムリン（大統領府）の報道官は同日の記者会見で述べた。")
    Transliterator().apply(entries)
    entry = by_ja(entries, "クレムリン")
    assert entry is not None and entry.en == "Kremlin"
    assert Transliterator().transliterate("ソウル", type="place").english == "Seoul"


def test_ranks_of_nobility_and_collective_heads_of_state_are_titles():
    entries = extract("帝政ロシアの士官だったニコライ・ボルコンスキー伯爵が会社を設立した。")
    entry = by_ja(entries, "ニコライ・ボルコンスキー")
    assert entry is not None and entry.type == "person"
    assert by_ja(entries, "ニコライ・ボルコンスキー伯爵") is None
    entries = extract("ルーマニア（イリエスク国家評議会議長）を訪れた。")
    assert by_ja(entries, "イリエスク") is not None
    assert not [e for e in entries if "国家評議会" in e.ja]


def test_a_county_of_two_kanji_unidic_cuts_is_a_place_of_the_korea_named():
    entries = extract("釜山に近い咸安郡の遺跡が公開された。")
    entry = by_ja(entries, "咸安郡")
    assert entry is not None and entry.type == "place" and entry.origin == "ko_south"
    assert not [e for e in extract("同郡の住民は各州郡に移った。") if e.type == "place"]


def test_a_korean_reading_with_the_japanese_head_is_the_names_reading():
    entries = extract("江華島の富近里支石墓（プグンニ支石墓）が公開された。")
    entry = by_ja(entries, "富近里支石墓")
    assert entry is not None and "プグンニ支石墓" in entry.readings
    assert by_ja(entries, "プグンニ") is None


def test_a_countrys_long_name_or_a_point_of_the_compass_before_a_region_is_no_part_of_it():
    entries = extract("ロシア連邦サハ共和国の首都ヤクーツクで会議が開かれた。")
    assert by_ja(entries, "サハ共和国") is not None and by_ja(entries, "ロシア連邦サハ共和国") is None
    entries = extract("ロシア東シベリアのイルクーツクで会議が開かれた。")
    entry = by_ja(entries, "東シベリア")
    assert entry is not None and entry.type == "place"
    assert by_ja(entries, "ロシア東シベリア") is None


def test_a_body_named_without_its_country_is_that_body():
    entries = extract("ロシア連邦捜査委員会は7日、声明を出した。前知事は捜査委員会に逮捕された。")
    entry = by_ja(entries, "ロシア連邦捜査委員会")
    assert entry is not None and "捜査委員会" in entry.variants


def test_a_given_name_with_the_patronymic_alone_is_the_full_names_bearer():
    entries = extract("ワレンチナ・マトビエンコ上院議長が演説した。知事は「ワレンチナ・イワノヴナに感謝する」と述べた。")
    Transliterator().apply(entries)
    entry = by_ja(entries, "ワレンチナ・マトビエンコ")
    assert entry is not None and "ワレンチナ・イワノヴナ" in entry.variants
    assert entry.ja == "ワレンチナ・マトビエンコ" and entry.en.endswith("Matviyenko")
    # (a family name of the same ending is no patronymic: two persons named ピョートル stay apart)
    entries = extract("哨所の長ピョートル・ソコロフ中尉が、知事ピョートル・ホダケーヴィチに報告した。")
    sokolov, khodakevich = by_ja(entries, "ピョートル・ソコロフ"), by_ja(entries, "ピョートル・ホダケーヴィチ")
    assert sokolov is not None and khodakevich is not None and sokolov is not khodakevich


def test_a_place_unidic_cuts_short_is_the_longer_place_its_file_names_whole():
    text = "巨済・大川浦で祭り\n\n慶尚南道の大川浦（テチョンポ）で祭りが開かれた。"
    entries = extract(text)
    entry = by_ja(entries, "大川浦")
    assert entry is not None and entry.type == "place"
    assert by_ja(entries, "大川") is None


def test_a_body_named_with_a_word_shortened_inside_is_the_body():
    entries = extract("ロシア安全保障会議の書記が述べた。安保会議は7日、ロシア安保会議の声明を出した。")
    entry = by_ja(entries, "ロシア安全保障会議")
    assert entry is not None and {"安保会議", "ロシア安保会議"} <= set(entry.variants)


def test_a_regular_meeting_is_no_body():
    entry = by_ja(extract("理事会は9日、ウィーンの本部で始まった定例理事会で演説した。"), "定例理事会")
    assert entry is None or entry.type == "term"


def test_russias_bodies_get_their_english_names():
    entries = extract("ロシア連邦捜査委員会は7日、声明を出した。ロシア安全保障会議の書記も述べた。")
    Transliterator().apply(entries)
    assert by_ja(entries, "ロシア連邦捜査委員会").en == "Investigative Committee of Russia"
    assert by_ja(entries, "ロシア安全保障会議").en == "Security Council of Russia"
