"""Round 63: (invented names and sentences)."""
from extract_helpers import rendered

from glossary.translit import Transliterator

TRANSLITERATOR = Transliterator()


def test_a_name_then_a_place_head_begun_in_katakana_is_one_place():
    entries = rendered("イルクーツク州のコビクタ・ガス田から韓国へ送る。")
    field = entries["コビクタ・ガス田"]
    assert field.type == "place" and field.en.endswith("gas field") and "コビクタ" not in entries


def test_a_town_of_the_same_sound_vouches_for_no_river():
    river = TRANSLITERATOR.transliterate("松花江")
    assert river.confidence < 0.9  # GeoNames' Songhwa is a county of the North, not the Songhua River
    assert TRANSLITERATOR.transliterate("平沢").confidence >= 0.9  # a town it spells so


def test_an_institute_whose_name_runs_on_from_its_parent_body_is_named_from_the_body():
    entries = rendered("ロシア科学アカデミー極東支部歴史学・考古学・民族学研究所の研究員が語った。")
    institute = entries["ロシア科学アカデミー極東支部歴史学・考古学・民族学研究所"]
    branch = entries["ロシア科学アカデミー極東支部"]
    assert institute.type == branch.type == "org" and "極東支部" in branch.variants
    assert "極東支部歴史学・考古学・民族学研究所" not in entries


def test_a_peoples_name_then_republic_is_the_country_before_its_province():
    entries = rendered("ウズベク共和国タシケント州の村で書記を務めた。")
    assert entries["ウズベク共和国"].en == "Uzbekistan" and entries["タシケント州"].type == "place"
    assert "共和国タシケント州" not in entries


def test_inner_before_a_place_the_dictionary_knows_so_is_part_of_its_name():
    entries = rendered("パイプラインは中国の内モンゴル自治区に入る。")
    assert "内モンゴル自治区" in entries and "モンゴル自治区" not in entries
    assert TRANSLITERATOR.transliterate("内モンゴル", type="place").english == "Inner Mongolia"
    assert "内モンゴル" not in rendered("国内モンゴル人の数が増えた。")  # (内 of 国内, 'in the country')
    assert TRANSLITERATOR.transliterate("中央アジア", type="place").english == "Central Asia"


def test_a_countrys_letter_or_a_kind_of_firm_before_a_bodys_name_is_no_part_of_it():
    entries = rendered("歌手は米メトロポリタン歌劇場（MET）から契約を打ち切られた。")
    assert "メトロポリタン歌劇場" in entries and "米メトロポリタン歌劇場" not in entries
    entries = rendered("工場を投資会社S8キャピタルに売却した。")
    assert entries["S8キャピタル"].type == "org" and "投資会社S8キャピタル" not in entries


def test_a_bodys_numbered_plenary_meeting_is_one_event_with_the_body_inside():
    entries = rendered("51年11月の党中央委員会第4回全員会議で厳しく批判された。")
    assert entries["党中央委員会第4回全員会議"].type == "event" and entries["党中央委員会"].type == "org"
    assert "中央" not in entries  # (no ward of Tokyo)
    assert "尾島" not in rendered("隊員らが反乱を起こす実尾島事件に至った。")  # (UniDic's 実|尾島: no island of its own)
    assert "静岡" in rendered("２０２０夏季静岡県高校野球大会が始まった。")
    entries = rendered("朝鮮労働党中央委員会第8期第13回総会が開かれた。")
    assert entries["朝鮮労働党中央委員会第8期第13回総会"].type == "event" and "朝鮮労働党中央委員会" in entries


def test_a_longer_katakana_name_then_a_spelling_two_kana_longer_that_ends_alike_is_one_place():
    entries = rendered("カザフスタン南部クズロルダ（クズイルオルダ）で撮影された。")
    assert "クズイルオルダ" in entries["クズロルダ"].variants
    assert "ロシアン" not in rendered("ロシア（ロシアン）")["ロシア"].variants  # (a country is no town's spelling)


def test_a_firm_named_with_its_tyres_is_the_firm_called_by_its_name_alone():
    entries = rendered("フィンランドのノキアンタイヤが撤退した。タトネフチはノキアンから工場を買収した。")
    assert "ノキアン" in entries["ノキアンタイヤ"].variants and entries["ノキアンタイヤ"].type == "org"


def test_a_name_then_the_division_it_lies_in_bracketed_is_a_place():
    entries = rendered("東シベリアのチャヤンダ（サハ共和国）やコビクタ（イルクーツク州）のガス田から送る。")
    assert entries["チャヤンダ"].type == entries["コビクタ"].type == "place"
    assert entries["チャヤンダ"].en == "Chayanda"


def test_a_surname_then_administration_is_no_persons_name():
    entries = rendered("韓国の李政権は前の尹錫悦政権の方針を変えた。")
    assert entries["李政権"].type == "term" and entries["尹錫悦"].type == "person"  # (a term: the Lee administration)


def test_an_i_row_kana_before_a_second_i_inside_a_word_keeps_its_own_vowel():
    assert TRANSLITERATOR.transliterate("マリインスキー").english == "Mariinsky"  # not Malinsky
    assert TRANSLITERATOR.transliterate("ルイセンコ").english == "Lysenko"  # (ルイ writes лы)


def test_a_theatre_is_the_one_the_text_calls_by_its_name_alone():
    entries = rendered("ボリショイ劇場とマリインスキー劇場の合同公演。モスクワのボリショイとマリインスキーという2大劇場。")
    theatre = next(e for e in entries.values() if "マリインスキー劇場" in e.variants)
    assert "マリインスキー" in theatre.variants and theatre.en == "Mariinsky Theatre"


def test_europe_written_like_a_countrys_letter_makes_a_pair():
    entries = rendered("侵攻後は欧米の制裁で物流が東へ移った。米欧の対立も続く。")
    assert entries["欧米"].type == entries["米欧"].type == "other"
    assert "欧州連合" in rendered("欧州連合が決めた。")  # (a name that begins with the letter is its own)
