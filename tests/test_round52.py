"""Round 52: titles of works, names in their own script after quotes, decrees, prizes, designations before their
kind, a place read inside a longer run, and each Korea's provinces (invented sentences)."""
from extract_helpers import by_ja, rendered

from glossary.extract import extract
from glossary.extract_gloss import classify
from glossary.translit import Transliterator


def test_a_title_after_its_authors_name_is_a_work_and_its_characters_are_no_people():
    entries = extract("ゴーゴリの「死せる魂」とプーシキンの『大尉の娘』を読んだ。")
    assert by_ja(entries, "死せる魂").type == "other" and by_ja(entries, "大尉の娘").type == "other"
    entries = extract("トルストイの「アンナ・カレーニナ」を読んだ。")
    assert by_ja(entries, "アンナ・カレーニナ") is not None
    assert not [e for e in entries if e.ja == "アンナ・カレーニナ" and e.type == "person"]


def test_a_title_staged_or_published_and_the_next_in_its_list_are_works():
    entries = extract("劇団は「どん底」を上演した。チェーホフの「三人姉妹」や「ワーニャ伯父さん」は何度も読まれた。")
    for title in ("どん底", "三人姉妹", "ワーニャ伯父さん"):
        assert by_ja(entries, title) is not None, title


def test_the_kind_of_work_before_the_quotes_makes_a_title():
    entries = extract("長編「静かなドン」と劇中歌「ともしび」、全集「プーシキン選集」が出た。")
    for title in ("静かなドン", "ともしび", "プーシキン選集"):
        assert by_ja(entries, title) is not None, title


def test_words_a_person_said_are_no_title():
    entries = extract("プーチンの「特別な作戦」との発言が注目された。首相の「遺憾だ」との声明。")
    assert by_ja(entries, "特別な作戦") is None and by_ja(entries, "遺憾だ") is None


def test_a_status_a_thing_is_given_is_no_body():
    entries = extract("団体「自由の声」は「望ましくない団体」に指定された。")
    assert by_ja(entries, "望ましくない団体").type == "other"


def test_a_name_in_its_own_script_after_quotes_names_the_quoted_words():
    entry = by_ja(extract("極東の「トラの森」（Тигриный лес）を視察した。"), "トラの森")
    assert entry is not None and "Тигриный лес" in entry.foreign
    entry = by_ja(extract("遺族でつくる「極東抑留者会」（극동 억류자회）によると、存命者はわずかだ。"), "極東抑留者会")
    assert "극동 억류자회" in entry.foreign


def test_a_nickname_with_a_shortened_head_glosses_the_law():
    assert classify("コロナ特措法", "新型感染症対策特別措置法").values == ("コロナ特措法",)
    assert classify("コロナ特措法", "新型感染症対策基本法") is None
    entry = by_ja(extract("政府は戦後強制抑留者特別措置法（シベリア特措法）を制定した。"), "戦後強制抑留者特別措置法")
    assert entry is not None and "シベリア特措法" in entry.variants


def test_a_decree_with_its_number_is_a_name():
    entries = extract("国家防衛委員会の決定第1234号に基づき移送した。")
    assert by_ja(entries, "決定第1234号").type == "other"


def test_a_prize_before_its_winner_is_the_prize_and_its_name_word_no_name():
    entries = extract("ノーベル文学賞作家の講演があった。")
    assert by_ja(entries, "ノーベル文学賞") is not None
    assert by_ja(entries, "ノーベル") is None and by_ja(entries, "ノーベル文学賞作家") is None


def test_a_designation_before_its_kind_of_weapon_is_the_name():
    entries = extract("T72戦車とK9自走砲を配備した。")
    assert by_ja(entries, "T72") is not None and by_ja(entries, "T72戦車") is None


def test_a_designation_its_kind_then_its_name_in_quotes_is_one_weapon():
    entry = by_ja(extract("新型のK3戦車「白虎（ペッコ）」を公開した。"), "K3")
    assert entry is not None and "白虎" in entry.variants


def test_a_place_then_a_place_in_it_read_in_brackets_are_two_places():
    entries = extract("特別機で元山葛麻（カルマ）国際空港に到着した。")
    assert by_ja(entries, "葛麻").readings == ["カルマ"]
    assert by_ja(entries, "元山") is not None and by_ja(entries, "元山葛麻") is None


def test_a_country_before_its_krai_is_a_place_of_its_own():
    entries = extract("ロシア沿海地方ウスリースクで式典が開かれた。")
    assert by_ja(entries, "沿海地方") is not None and by_ja(entries, "ロシア沿海地方") is None


def test_a_countrys_branch_is_no_name_and_a_literary_society_is_one():
    entries = extract("世界自然保護基金のロシア支部が報告した。韓国ロシア文学会が発表した。")
    assert by_ja(entries, "ロシア支部") is None
    assert by_ja(entries, "韓国ロシア文学会").type == "org" and by_ja(entries, "韓国ロシア") is None


def test_a_guard_post_is_a_place():
    assert by_ja(extract("国境のポシエト哨所に駐屯した。"), "ポシエト哨所").type == "place"


def test_a_southern_province_makes_the_names_beside_it_southern():
    entries = extract("京畿道抱川（ポチョン）の訓練場で、予備役大佐の柳在亨（リュ・ジェヒョン）氏は語った。")
    assert by_ja(entries, "柳在亨").origin == "ko_south" and by_ja(entries, "抱川").origin == "ko_south"


def test_a_northern_province_makes_the_names_beside_it_northern():
    entries = extract("慈江道江界（カンゲ）の工場で、技師の柳在亨（リュ・ジェヒョン）氏は語った。")
    assert by_ja(entries, "柳在亨").origin == "ko_north"


def test_hyeong_in_a_southern_given_name_is_spelled_hyung():
    t = Transliterator()
    assert t.transliterate("柳在亨", origin="ko_south").english == "Yoo Jae-hyung"


def test_a_seoul_road_is_named_with_ro():
    t = Transliterator()
    result = t.transliterate("大学路", reading="テハンノ")
    assert result.english == "Daehak-ro" and result.origin == "ko_south"


def test_a_nature_reserve_and_a_national_park_compose_with_their_name():
    assert rendered("ビキン国立公園を訪れた。")["ビキン国立公園"].en == "Bikin National Park"
