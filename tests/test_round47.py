"""Round 47: Orthodox churches, a body's other name with the same head, descriptions of firms in brackets, a
person glued to the division they govern, Koryo-saram names read in brackets, universities before a title
(invented sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract


def test_a_countrys_orthodox_church_is_a_body_named_by_its_adjective():
    entries = rendered("ウクライナ正教会はロシア正教会から独立した。")
    assert entries["ウクライナ正教会"].type == "org" and entries["ウクライナ正教会"].en == "Ukrainian Orthodox Church"
    assert entries["ロシア正教会"].type == "org"


def test_a_bodys_other_name_with_the_same_head_is_another_spelling():
    entries = extract("S7航空（シベリア航空）は運航を停止した。")
    assert sorted(by_ja(entries, "S7航空").variants) == ["S7航空", "シベリア航空"]
    entries = extract("韓国産業銀行（国営銀行）が融資した。")
    assert "国営銀行" not in by_ja(entries, "韓国産業銀行").variants


def test_a_description_of_a_firm_in_brackets_is_none_of_its_names():
    for text, firm, description in (("ズベルバンク（国営銀行）と取引した。", "ズベルバンク", "国営銀行"),
                                    ("ガスプロム（国営ガス企業）が発表した。", "ガスプロム", "国営ガス企業")):
        entries = extract(text)
        assert by_ja(entries, description) is None or by_ja(entries, description) is not by_ja(entries, firm)
        assert by_ja(entries, firm).type != "place"


def test_hanja_after_a_katakana_reading_must_read_so_in_korean():
    entries = extract("北朝鮮のコクサン（谷山）で。")
    assert sorted(by_ja(entries, "谷山").variants) == ["コクサン", "谷山"]


def test_a_person_glued_to_the_division_they_govern_is_a_person_then_a_place():
    entries = extract("コジェミャコ沿海地方知事が出迎えた。")
    assert by_ja(entries, "コジェミャコ").type == "person" and by_ja(entries, "沿海地方").type == "place"
    entries = extract("コンスタンチン・プリコフスキー極東連邦管区大統領全権代表は述べた。")
    assert by_ja(entries, "コンスタンチン・プリコフスキー").type == "person"
    assert by_ja(entries, "極東連邦管区").type == "place"
    entries = extract("ウラジオストク沿海地方で。")
    assert by_ja(entries, "ウラジオストク").type == "place"


def test_a_person_dotted_to_the_town_or_division_they_govern_is_a_person_then_a_place():
    entries = extract("ソビャーニン・モスクワ市長とデグチャレフ・ハバロフスク地方知事が出迎えた。")
    assert by_ja(entries, "ソビャーニン").type == "person" and by_ja(entries, "モスクワ").type == "place"
    assert by_ja(entries, "デグチャレフ").type == "person" and by_ja(entries, "ハバロフスク地方").type == "place"
    entries = extract("アレクサンドル・ヒンシテイン・クルスク州知事と会った。")
    assert by_ja(entries, "アレクサンドル・ヒンシテイン").type == "person"


def test_a_koryo_saram_name_read_in_brackets_is_one_person_named_the_russian_way():
    entries = rendered("高麗人の金ワレリー（キム・ワレリー）さんが来た。")
    person = entries["金ワレリー"]
    assert sorted(person.variants) == ["キム・ワレリー", "金ワレリー"] and person.en == "Valery Kim"


def test_a_university_named_short_before_a_title_is_a_body():
    entries = extract("和田春樹・東京大名誉教授の研究。関東大震災の記録。")
    assert by_ja(entries, "東京大").type == "org"
    assert by_ja(entries, "関東大") is None


def test_an_older_spelling_of_tu_groups_with_the_newer():
    entries = extract("デニス・マントゥロフ第1副首相は述べた。マンツロフ氏は語った。")
    assert sorted(by_ja(entries, "マンツロフ").variants) == ["デニス・マントゥロフ", "マンツロフ"]


def test_a_numbered_unit_named_by_its_number_and_head_alone_is_the_same_unit():
    entries = extract("村には「第88独立狙撃旅団」が駐屯した。第88旅団は中国人も含んだ。")
    assert sorted(by_ja(entries, "第88旅団").variants) == ["第88旅団", "第88独立狙撃旅団"]


def test_a_cemetery_named_by_a_place_is_a_place_with_english():
    entries = rendered("ツォイはボゴスロフスコエ墓地に眠る。")
    cemetery = entries["ボゴスロフスコエ墓地"]
    assert cemetery.type == "place" and cemetery.en == "Bogoslovskoye Cemetery"
