"""extract(): names, glosses, grouping, type and origin on short texts written for the tests."""
from __future__ import annotations

import pytest

from glossary.extract import extract
from glossary.extract_gloss import classify
from glossary.model import Entry
from glossary.normalize import variant_key
from glossary.tokenize import tokenize


def find(entries: list[Entry], form: str) -> Entry | None:
    key = variant_key(form)
    return next((e for e in entries if any(variant_key(v) == key for v in e.variants)), None)


@pytest.fixture(scope="module")
def news() -> list[Entry]:
    text = (
        "北朝鮮の崔善姫外相は、ロシアのセルゲイ・ラヴロフ（Sergey Lavrov）外相と平壌で会談した。\n\n"
        "ラブロフ氏は朝鮮中央通信に対し、両国関係を評価した。金正恩（キム・ジョンウン）総書記も同席した。\n\n"
        "韓国の尹錫悦大統領は、国家情報院の報告を受けた。ザハロワ報道官は北大西洋条約機構（NATO）を批判した。\n\n"
        "ロシア極東アムール州のボストーチヌイ宇宙基地で、プーチン大統領と金正恩総書記が会談した（2023年9月）。\n\n"
        "ウラジーミル・プーチン大統領は平壤を訪れた。地上移動型の大陸間弾道ミサイル（ICBM）「RS24ヤルス」も登場した。\n"
    )
    return extract(text, file="news.txt")


def test_korean_names_from_titles_and_readings(news):
    kim = find(news, "金正恩")
    assert kim is not None and kim.type == "person" and kim.origin == "ko_north"
    assert "キム・ジョンウン" in kim.variants and "キム・ジョンウン" in kim.readings
    assert kim.count == 3
    choe = find(news, "崔善姫")
    assert choe is not None and choe.type == "person" and choe.origin == "ko_north"
    assert find(news, "崔善姫外相") is None  # the title is not part of the name


def test_russian_names_grouped_across_spellings(news):
    lavrov = find(news, "ラヴロフ")
    assert lavrov is find(news, "ラブロフ") is find(news, "セルゲイ・ラヴロフ")
    assert lavrov.type == "person" and lavrov.origin == "ru" and "Sergey Lavrov" in lavrov.glosses
    putin = find(news, "プーチン")
    assert putin is find(news, "ウラジーミル・プーチン") and putin.ja == "ウラジーミル・プーチン"
    zakharova = find(news, "ザハロワ")  # unknown to UniDic (read as ザ + ハロワ)
    assert zakharova is not None and zakharova.type == "person" and zakharova.origin == "ru"


def test_old_kanji_variant_joins_place(news):
    pyongyang = find(news, "平壌")
    assert pyongyang is find(news, "平壤") and pyongyang.type == "place"


def test_compound_names_typed_by_head(news):
    assert find(news, "朝鮮中央通信").type == "media"
    assert find(news, "朝鮮中央通信").origin == "ko_north"
    assert find(news, "国家情報院").type == "org"
    assert find(news, "アムール州").type == "place"
    assert find(news, "ボストーチヌイ宇宙基地").type == "place"
    assert find(news, "ロシア極東アムール州") is None  # the region in front is not part of the name
    assert find(news, "RS24ヤルス").type == "weapon"


def test_glosses_and_non_glosses(news):
    nato = find(news, "北大西洋条約機構")
    assert nato is not None and nato.glosses == ["NATO"]
    icbm = find(news, "大陸間弾道ミサイル")
    assert icbm is not None and "ICBM" in icbm.glosses
    assert not any("2023" in g for e in news for g in e.glosses)


def test_sources_point_at_lines_and_sentences(news):
    kim = find(news, "金正恩")
    assert {s.line for s in kim.sources} == {3, 7}
    assert all(s.file == "news.txt" and "金正恩" in s.context for s in kim.sources)
    assert all(e.en is None for e in news)


def test_two_people_sharing_a_surname_stay_apart():
    entries = extract("アレクサンドル・ノバク副首相とアンドレイ・ノバク氏が会った。ノバク副首相は語った。")
    a, b = find(entries, "アレクサンドル・ノバク"), find(entries, "アンドレイ・ノバク")
    assert a is not None and b is not None and a is not b


def test_surname_joins_its_only_full_name():
    entries = extract("ドミトリー・ペスコフ大統領報道官が述べた。ペスコフ氏は否定した。")
    assert find(entries, "ペスコフ") is find(entries, "ドミトリー・ペスコフ")


def test_pdf_line_breaks_inside_names_are_rejoined():
    lines = ["あ" * 38 + "ドミ", "トリー・ペスコフ（Dmitry Peskov）大統領報道官が述べた。" + "い" * 14] + ["う" * 40] * 10
    entries = extract("\n".join(lines))
    peskov = find(entries, "ドミトリー・ペスコフ")
    assert peskov is not None and "Dmitry Peskov" in peskov.glosses


@pytest.mark.parametrize("inner, before, kind", [
    ("キム・ジョンウン", "金正恩", "reading"),
    ("Mikhail Fradkov", "ミハイル・フラトコフ", "latin"),
    ("NATO", "北大西洋条約機構", "abbrev"),
    ("ICC、オランダ・ハーグ", "国際刑事裁判所", "abbrev"),
    ("「火星11」", "KN-23", "alias"),
])
def test_gloss_kinds(inner, before, kind):
    assert classify(inner, before).kind == kind


@pytest.mark.parametrize("inner, before", [
    ("2023年9月", "金正恩総書記"), ("当時", "東部軍管区司令官"), ("複数", "重要問題"), ("略", "共同戦線で"),
    ("ラブロフ外相", "「質的に新たな戦略的レベルに達した」"), ("資源、保健、教育", "開発案件"),
    ("ラヂオ・プレス、2015年 3月 31日", "『ロシア政策動向』"), ("甲南女子大学准教授", "鴨下ひろみ"),
])
def test_not_glosses(inner, before):
    assert classify(inner, before) is None


def test_tokens_carry_unidic_features():
    tokens = tokenize("ウラジオストクへ向かった")
    vladivostok = tokens[0]
    assert (vladivostok.surface, vladivostok.start, vladivostok.end) == ("ウラジオストク", 0, 7)
    assert vladivostok.is_proper and vladivostok.pos3 == "地名" and vladivostok.foreign == "Vladivostok"
    assert tokens[1].pos1 == "助詞"


def test_empty_text_gives_no_entries():
    assert extract("") == []


def test_country_names_and_abbreviations_group():
    entries = extract("ロシア連邦の外相が来日した。ロシアは反発した。米国とアメリカ合衆国政府。")
    assert find(entries, "ロシア") is find(entries, "ロシア連邦")
    assert find(entries, "米国") is not None and find(entries, "米国") is not find(entries, "ロシア")


def test_short_form_joins_its_only_long_form():
    entries = extract("国連安全保障理事会は会合を開いた。国連安保理の決議に反する。安保理は非難した。"
                      "中国共産党の幹部が述べた。共産党は否定した。")
    assert find(entries, "国連安保理") is find(entries, "国連安全保障理事会")
    assert find(entries, "共産党") is find(entries, "中国共産党")


def test_abbreviation_of_two_character_words_joins_its_long_form():
    entries = extract("韓国の国家情報院は１日、北朝鮮が兵士を派遣したと発表した。国情院によると、兵士は約１万人に上る。"
                      "自由民主党の議員が質問し、自民党は対応を協議した。")
    assert find(entries, "国情院") is find(entries, "国家情報院") is not None
    assert find(entries, "自民党") is find(entries, "自由民主党") is not None


def test_short_form_with_two_long_forms_stays_apart():
    entries = extract("ロシア外務省は声明を出した。中国外務省も続いた。外務省は否定した。")
    short = find(entries, "外務省")
    assert short is None or short is not find(entries, "ロシア外務省")
    assert find(entries, "ロシア外務省") is not find(entries, "中国外務省")


def test_known_kanji_name_wins_over_a_shorter_cut():
    entries = extract("金正日総書記が訪露した。\n\n2011年12月の金正日死去に伴う体制移行が進んだ。")
    kim = find(entries, "金正日")
    assert kim is not None and kim.count == 2 and find(entries, "金正") is None


def test_places_inside_compounds_and_regions():
    entries = extract("緊迫する中東情勢、さらには台湾情勢。今後の北東アジア情勢を考える。東シベリアのウラン・ウデ近郊。")
    for name in ("中東", "台湾", "北東アジア", "ウラン・ウデ"):
        assert find(entries, name) is not None and find(entries, name).type == "place", name


def test_nested_organisations_split_at_each_head():
    entries = extract("ロシア科学アカデミー極東研究所朝鮮研究センターのアレクサンドル・ジェービン所長が語った。")
    assert find(entries, "ロシア科学アカデミー").type == "org"
    assert find(entries, "ロシア科学アカデミー極東研究所") is None


@pytest.mark.parametrize("text, name, piece", [
    ("軍参謀本部情報総局（GRU）の局長が団長を務めた。", "軍参謀本部情報総局", "軍参謀本部"),  # a staff's own unit
    ("北米航空宇宙防衛司令部（NORAD）が追跡した。", "北米航空宇宙防衛司令部", "北米航空"),  # no airline
])
def test_a_body_that_goes_on_to_name_its_own_unit_is_one_name(text, name, piece):
    entries = extract(text)
    assert find(entries, name) is not None and find(entries, name).type == "org"
    assert find(entries, piece) is None


@pytest.mark.parametrize("text, event, party", [
    ("プーチン大統領はロシア・中央アジア首脳会議に出席した。", "ロシア・中央アジア首脳会議", "ロシア"),
    ("中国・中央アジアサミットを開いた。", "中国・中央アジアサミット", "中国"),
])
def test_an_event_named_with_its_parties_is_one_event(text, event, party):
    entries = extract(text)
    assert find(entries, event) is not None and find(entries, event).type == "event"
    assert find(entries, party) is not None and find(entries, party).type == "place"  # a name of its own too
    assert find(entries, "アジア") is None  # no piece of the region 中央アジア


def test_author_line_with_full_width_space():
    entries = extract("兵頭　慎治（防衛研究所）")
    assert find(entries, "兵頭慎治") is not None and find(entries, "兵頭慎治").type == "person"


def test_photo_credit_names_the_agency():
    entries = extract("会談する両首脳（2023年9月） 写真：アフロ")
    afro = find(entries, "アフロ")
    assert afro is not None and afro.type == "media"


def test_head_after_a_dotted_run_keeps_it_whole():
    entries = extract("ドイツのデュースブルグ・エッセン大学の研究員。極東研究所の所長。")
    assert find(entries, "デュースブルグ・エッセン大学").type == "org"
    assert find(entries, "極東研究所").type == "org"


def test_hangul_and_cyrillic_names_join_their_entry():
    entries = extract("北朝鮮の金正恩（キム・ジョンウン）総書記が訪露した。プーチン（Vladimir Putin）大統領が迎えた。\n\n"
                      "注：「경애하는 김정은동지께서 도착하시였다」、「Путин сообщил」。\n\n"
                      "崔善姫（チェ・ソニ）外相も同行した。")
    assert "김정은" in find(entries, "金正恩").foreign
    assert "Путин" in find(entries, "プーチン").foreign
    assert not find(entries, "崔善姫").foreign  # no Hangul spelling of her name in the text


def test_division_inside_a_place_name_is_its_own_place():
    entries = extract("両首脳はロシア極東アムール州ボストーチヌイ宇宙基地で会談した。")
    assert find(entries, "アムール州").type == "place"
    assert find(entries, "ボストーチヌイ宇宙基地").type == "place"
    assert find(entries, "アムール州ボストーチヌイ宇宙基地") is None


def test_token_offsets_survive_spaces_tabs_and_unknown_words():
    text = "ＸＸｙｚ社の KN-23\tを　ザハロワ報道官が語った"
    tokens = tokenize(text)
    assert len(tokens.codes) == len(tokens)
    assert all(text[t.start:t.end] == t.surface for t in tokens)
    assert [t.surface for t in tokens.covering(text.index("KN"), text.index("KN") + 5)] == ["KN", "-", "23"]
    assert tokens[0].unknown and tokens.codes[0] == "u"


def test_one_character_difference_is_another_name():
    entries = extract("歓喜心院と歓喜院は別の寺院である。大宝蔵院と宝蔵院も別である。")
    for a, b in (("歓喜心院", "歓喜院"), ("大宝蔵院", "宝蔵院")):
        ea, eb = find(entries, a), find(entries, b)
        assert ea is None or eb is None or ea is not eb, (a, b)


def _seed_paragraphs():
    from pathlib import Path

    from glossary.text import iter_text_files, read_paragraphs

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    return [p for f in iter_text_files([corpus]) for p in read_paragraphs(f)]


def test_window_memo_gives_what_a_fresh_analysis_gives():
    import glossary.extract as extraction

    paras = _seed_paragraphs()
    extraction._WINDOW_MEMO.clear()
    cold = [e.to_dict() for e in extract(paras)]
    assert extraction._WINDOW_MEMO  # windows without names were remembered ...
    warm = [e.to_dict() for e in extract(paras)]  # ... and every one of them is now taken from memory
    assert warm == cold


@pytest.mark.slow
def test_parallel_extraction_equals_single_process():
    paras = _seed_paragraphs()
    single = [e.to_dict() for e in extract(paras, workers=1)]
    parallel = [e.to_dict() for e in extract(paras, workers=2)]
    assert len(single) > 500 and parallel == single
    with pytest.raises(ValueError):
        extract(paras, workers=0)


def test_cited_english_headlines_are_not_terms_but_latin_names_are():
    text = ("ix ロシア連邦外務省(2023)「Foreign Minister statement and answers to media questions at a news "
            "conference following his visit」を参照。\n\n写真：Image credit: Alexei Nikolsky, Presidential Office\n")
    forms = {v for e in extract(text) for v in e.variants}
    assert not any("answers to media questions" in f for f in forms)
    assert "Alexei Nikolsky" in forms


def test_ukrainian_and_russian_spellings_of_a_town_group():
    entries = extract("ロシア軍は東部ポクロウスクに迫った。ポクロフスクは交通の要衝だ。")
    assert find(entries, "ポクロウスク") is find(entries, "ポクロフスク") is not None
