"""Round 67: (invented names and sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.translit import Transliterator


def test_a_bishops_or_a_cardinals_title_is_no_part_of_the_name_its_latin_spelling_follows():
    entries = extract("ポーランドのアンジェイ・ノヴァク司教（Andrzej Nowak）がソウルを訪れた。", file="t.txt")
    bishop = by_ja(entries, "アンジェイ・ノヴァク")
    assert bishop is not None and bishop.type == "person" and "Andrzej Nowak" in bishop.glosses
    assert not any("司教" in e.ja for e in entries)
    # (a family name, then an archbishop's title, is no family and given name: 鄭|大司|教)
    entries = extract("鄭大司教は「対話を続ける」と話した。", file="t.txt")
    assert not any(e.ja.startswith("鄭大") for e in entries)


def test_a_given_name_alone_with_an_office_after_it_is_someone_else_than_the_full_name():
    entries = extract("ロシアのアレクセイ・ペトロフ主教は、アレクセイ総主教の方針を支持した。", file="t.txt")
    full = by_ja(entries, "アレクセイ・ペトロフ")
    assert full is not None and "アレクセイ" not in full.variants


def test_a_popes_name_in_parts_keeps_its_number_and_reads_as_english_names_him():
    entries = extract("教皇ヨハネ・パウロ1世は1978年に選ばれた。", file="t.txt")
    pope = by_ja(entries, "ヨハネ・パウロ1世")
    assert pope is not None and pope.type == "person"
    t = Transliterator()
    assert t.transliterate("ヨハネ・パウロ1世", origin="auto", type="person").english == "John Paul I"
    assert t.transliterate("ピウス12世", origin="auto", type="person").english == "Pius XII"
    # (a Russian monarch still reads by the Russian table)
    assert t.transliterate("ピョートル1世", origin="auto", type="person").english == "Peter I"


def test_a_churchs_district_named_in_quotes_is_a_body():
    entries = extract("ハバロフスクの「聖母被昇天」教区が信徒を集めた。", file="t.txt")
    parish = by_ja(entries, "聖母被昇天")
    assert parish is not None and parish.type == "org"


def test_a_place_outside_korea_then_a_common_word_is_not_romanized_as_korean():
    t = Transliterator()
    route = t.transliterate("太平洋航路", origin="auto", type="place")
    assert route.english is None or "-ro" not in route.english
    assert t.transliterate("大学路", origin="auto", type="place").english == "Daehak-ro"


def test_an_acronym_after_a_name_with_an_acronym_and_a_head_names_the_whole():
    entries = extract("会合はアフリカ連合（AU）平和安全保障理事会（AUPSC）で開かれた。", file="t.txt")
    council = next((e for e in entries if "AUPSC" in e.glosses), None)
    assert council is not None and council.ja.startswith("アフリカ連合")
    union = by_ja(entries, "アフリカ連合")
    assert union is not None and "AU" in union.glosses


def test_a_name_that_opens_a_quotation_keeps_the_acronym_after_it():
    entries = extract("「世界難民の日（WRD）記念式典」が開かれた。", file="t.txt")
    day = by_ja(entries, "世界難民の日")
    assert day is not None and "WRD" in day.glosses


def test_all_union_begins_a_soviet_bodys_name():
    entries = extract("全連邦労働組合中央評議会が声明を出した。", file="t.txt")
    assert by_ja(entries, "全連邦労働組合中央評議会") is not None


def test_koreas_letter_before_the_soviet_unions_is_no_morning():
    entries = extract("作家は朝ソ友好協会の招きで訪ソした。", file="t.txt")
    assert by_ja(entries, "朝ソ友好協会") is not None


def test_fields_joined_before_the_words_an_acronym_follows_are_part_of_the_name():
    entries = extract("日本の海洋研究・開発機構（JAMSTEC）が調べた。", file="t.txt")
    body = by_ja(entries, "海洋研究・開発機構")
    assert body is not None and "JAMSTEC" in body.glosses


def test_a_word_ending_in_a_province_character_is_no_province():
    entries = extract("九州のカニ漁が盛んだ。", file="t.txt")
    assert by_ja(entries, "カニ") is None


def test_the_next_name_of_a_quoted_list_takes_the_kind_word_before_the_first():
    entries = extract("ロシアの有力紙「ノーヴァヤ・ウトロ」や「ベチェルニャヤ」は事件を報じた。", file="t.txt")
    second = by_ja(entries, "ベチェルニャヤ")
    assert second is not None and second.type == "media"


def test_a_treaty_that_a_glossed_word_begins_is_one_name_from_the_word_on():
    entries = extract("両国は関税（タリフ）撤廃協定に署名した。", file="t.txt")
    assert any(e.ja.startswith("関税") and e.ja.endswith("撤廃協定") for e in entries)


def test_a_koreans_family_name_alone_joins_the_one_full_name_it_begins():
    entries = extract("韓国大使館のハン・ミンソク参事官が文書を受け取った。ハン氏は帰国した。", file="t.txt")
    full = by_ja(entries, "ハン・ミンソク")
    assert full is not None and "ハン" in full.variants
    # (two of one family name: the name alone stays apart)
    entries = extract("ハン・ミンソク氏とハン・ジウ氏が会った。ハン氏は述べた。", file="t.txt")
    assert not any("ハン" in e.variants and len(e.variants) > 1 for e in entries)


def test_a_name_with_a_gloss_inside_joins_the_same_name_written_without_it():
    entries = extract("露軍は演習「ザーパド（西方）2029」を始めた。前回の演習「ザーパド2029」より大きい。", file="t.txt")
    drill = by_ja(entries, "ザーパド（西方）2029")
    assert drill is not None and "ザーパド2029" in drill.variants
    entries = extract("「世界難民の日（WRD）記念式典」が開かれた。WRD記念式典には千人が集まった。", file="t.txt")
    rite = by_ja(entries, "世界難民の日（WRD）記念式典")
    assert rite is not None and "WRD記念式典" in rite.variants


def test_the_country_a_sentence_speaks_of_relations_with_says_nothing_of_whose_a_name_is():
    entries = extract("韓国政府は対応を協議した。北朝鮮との対話について、朴成俊（パク・ソンジュン）外相は「扉は開いている」と述べた。",
                      file="t.txt")
    minister = by_ja(entries, "朴成俊")
    assert minister is not None and minister.origin == "ko_south"


def test_a_katakana_name_listed_among_katakana_places_is_a_place():
    entries = extract("「ウラジオストク、ナホトカ、スラビャンカの各港は、いずれ船を必要とする」と話す。", file="t.txt")
    port = by_ja(entries, "スラビャンカ")
    assert port is not None and port.type == "place"
    # (a list of firms is no list of places)
    entries = extract("ガスプロム、ロスネフチ、ノバテクの3社が参加した。", file="t.txt")
    assert all(e.type != "place" for e in entries)
