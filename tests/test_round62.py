"""Round 62: (invented names and sentences)."""
from extract_helpers import rendered

from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_an_old_province_of_korea_lies_where_its_halves_lie_whatever_reading_japan_gives_it():
    gyeongsang = TRANSLITERATOR.transliterate("慶尚道")
    assert (gyeongsang.english, gyeongsang.origin) == ("Gyeongsang Province", "ko_south")  # not a person
    jeolla = TRANSLITERATOR.transliterate("全羅道", type="place")
    assert (jeolla.english, jeolla.origin) == ("Jeolla Province", "ko_south")  # not the Japanese Zenrado
    assert rendered("朝鮮王朝の頃、忠清道で乱が起きた。")["忠清道"].en == "Chungcheong Province"
    # (a family name and two hanja that no halves are known of is still a person)
    assert TRANSLITERATOR.transliterate("孫貞道").english == "Son Jong Do"


def test_a_news_agencys_credit_after_a_captions_date_and_place_is_no_name_of_the_place():
    entries = rendered("式典で行進する水兵ら＝2日、ウラジオストク（共同）")
    assert "共同" not in entries["ウラジオストク"].variants and entries["共同"].type == "media"


def test_a_middle_initial_keeps_a_full_name_whole_and_its_family_name_joins_it():
    entries = rendered("同年1月に発足したジョージ・W・ブッシュ政権は動いた。ワシントンでブッシュ大統領が会った。")
    bush = entries["ジョージ・W・ブッシュ"]
    assert "ジョージ" not in entries and "ブッシュ" in bush.variants and bush.en == "George W. Bush"
    assert TRANSLITERATOR.transliterate("ジョン・F・ケネディ").english == "John F. Kennedy"
    # (a Western given name and family name that Wikidata spells often are no Korean's reading)
    assert TRANSLITERATOR.transliterate("ジョン・ボルトン").english == "John Bolton"
    assert TRANSLITERATOR.transliterate("キム・ジョンウン").english == "Kim Jong Un"


def test_a_russian_full_name_whose_given_name_unidic_lacks_is_a_persons():
    entries = rendered("コサックを率いたオヌフリー・ステパノフが戦死した。")
    assert entries["オヌフリー・ステパノフ"].type == "person"
    assert rendered("ペトロパブロフスク・カムチャツキーに着いた。")["ペトロパブロフスク・カムチャツキー"].type == "place"


def test_a_river_whose_name_ends_in_a_given_names_kanji_is_no_woman():
    entries = rendered("部隊は松花江と黒竜江の合流点付近で船団を襲った。")
    assert entries["松花江"].type == "place"


def test_a_title_before_a_name_read_in_another_language_stays_out_of_it():
    entries = rendered("清の将軍沙爾虎達（シャルフダ）が船を焼き払わせた。")
    assert "沙爾虎達" in entries and "将軍沙爾虎達" not in entries
    assert entries["沙爾虎達"].type == "person" and "シャルフダ" in entries["沙爾虎達"].variants


def test_a_county_after_its_province_and_localities_before_a_place_read_apart():
    entries = rendered("戦闘があったのは現在の黒竜江省依蘭県付近とされる。")
    assert entries["依蘭県"].type == "place" and entries["依蘭県"].en == "Yilan County"
    entries = rendered("忠清北道清州市梧倉（オチャン）で実験が続いた。")
    assert {"忠清北道", "清州市", "梧倉"} <= set(entries) and entries["清州市"].en == "Cheongju"
    entries = rendered("ソウル市麻浦（マポ）区で会った。")
    assert entries["麻浦"].en == "Mapo" and "市麻浦" not in entries


def test_a_clipped_place_name_joins_its_full_name_and_a_prince_the_monarch_he_became():
    entries = rendered("ウラジオ誕生165年。ロシア極東の中心都市ウラジオストクで式典が開かれた。")
    assert "ウラジオ" in entries["ウラジオストク"].variants
    entries = rendered("1891年、皇太子ニコライ（のちのニコライ2世）が臨席した。")
    assert "ニコライ2世" in entries["ニコライ"].variants and entries["ニコライ"].en == "Nicholas II"


def test_a_unit_named_by_its_number_and_a_countrys_forces_by_its_letter_before_their_division():
    entries = rendered("偵察局に属する第124軍部隊の隊員だった。")
    assert entries["第124軍部隊"].type == "org" and entries["第124軍部隊"].en == "Unit 124"
    assert "北朝鮮軍部隊" not in rendered("北朝鮮軍部隊が国境を越えた。")  # (a country's units, no name)
    entries = rendered("非武装地帯の米軍第2歩兵師団の警備区域で鉄条網を切断した。")
    assert entries["米軍第2歩兵師団"].type == "org" and entries["米軍第2歩兵師団"].en == "2nd Infantry Division"


def test_an_academy_of_sciences_is_a_body():
    entries = rendered("中国側からは黒竜江省社会科学院の研究員が報告した。")
    assert entries["黒竜江省社会科学院"].type == "org"


def test_a_city_before_its_peoples_committee_is_no_person_titled_a_commissar():
    entries = rendered("式典には元山市人民委員会の代表団が出席した。")
    assert "元山市" not in entries and entries["元山市人民委員会"].type == "org"
    assert rendered("金英哲委員が出席した。")["金英哲"].type == "person"
