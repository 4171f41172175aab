"""Katakana names of a known name and loanwords, composed from their parts (invented sentences)."""
import pytest
from extract_helpers import by_ja, rendered

from glossary.model import Entry
from glossary.translit import Transliterator, loanword

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def translit():
    return Transliterator()


def _english(translit, ja: str, type: str = "org") -> str | None:
    result = translit.for_entry(Entry(ja=ja, variants=[ja], type=type))
    return result.english if result is not None else None


def test_a_firm_and_its_loanword_head_compose(translit):
    assert _english(translit, "ロッテグループ") == "Lotte Group"
    assert _english(translit, "ロッテホテル・ウラジオストク", "place") == "Lotte Hotel Vladivostok"


def test_a_persons_or_a_towns_name_before_an_institutions_word(translit):
    assert _english(translit, "キーロフ・バレエ", "other") == "Kirov Ballet"
    assert _english(translit, "スティムソン・センター") == "Stimson Center"


def test_a_loanword_that_names_differ_on_takes_the_names_english(translit):
    assert _english(translit, "チャイコフスキー・コンクール", "event") == "Tchaikovsky Competition"


def test_a_firms_name_beats_a_town_of_the_same_spelling(translit):
    assert _english(translit, "サムスン・バッテリー・ボックス", "other") == "Samsung Battery Box"


def test_a_composed_name_keeps_a_surname_that_jmnedict_also_lists_as_a_firm(translit):
    assert _english(translit, "フォード・モーター") == "Ford Motor"


def _compose(translit, text: str) -> str | None:
    from glossary.translit.dictionary import jmdict_english

    return loanword.compose(text, translit._known_proper, lambda w: jmdict_english(translit.jmnedict, w))


def test_name_fragments_that_spell_short_loanwords_do_not_compose(translit):
    assert _compose(translit, "アンドレイ・ランコフ") is None  # ラン|コフ: run, cough


def test_a_loanword_jmdict_reads_otherwise_does_not_compose(translit):
    assert _compose(translit, "コレア・ウラー") is None  # ウラー-ura is hooray in JMdict, not a word of a name


def test_a_country_before_a_loanword_is_no_name(translit):
    assert _compose(translit, "ロシア・ブランド") is None


def test_an_inflected_loanword_does_not_compose_as_its_lemma(translit):
    assert _compose(translit, "ロッテタイムズ") is None  # タイムズ, lemma タイム: not "Time"


def test_a_sentence_gets_the_composed_english():
    entries = rendered("ロッテグループはロッテホテルの新館を開いた。")
    group = by_ja(list(entries.values()), "ロッテグループ")
    assert group is not None and group.en == "Lotte Group"


def test_a_group_named_by_a_bare_name_is_the_name_alone():
    entries = rendered("ロッテグループは撤退しなかった。ロッテの判断を評価した。")
    lotte = by_ja(list(entries.values()), "ロッテ")
    assert lotte is not None and "ロッテグループ" in lotte.variants


def test_a_group_with_a_trade_in_its_name_is_another_body_than_its_firm():
    entries = rendered("現代自動車グループは現代自動車の親会社だ。")
    firm = by_ja(list(entries.values()), "現代自動車")
    assert firm is not None and "現代自動車グループ" not in firm.variants


def test_a_chains_house_in_a_city_is_a_place_apart_from_the_chain():
    entries = rendered("ロッテホテルは2010年、「ロッテホテル・モスクワ」を開業した。")
    house = by_ja(list(entries.values()), "ロッテホテル・モスクワ")
    assert house is not None and house.type == "place" and "ロッテホテル" not in house.variants


def test_a_club_with_its_city_is_still_the_club_alone():
    entries = rendered("ゼニト・サンクトペテルブルクが勝った。ゼニトは首位に立った。")
    club = by_ja(list(entries.values()), "ゼニト")
    assert club is not None and "ゼニト・サンクトペテルブルク" in club.variants


def test_the_words_of_a_latin_gloss_are_no_terms_of_their_own():
    entries = rendered("ロッテホテル（Lotte Hotels & Resorts Co）は開業した。")
    assert by_ja(list(entries.values()), "Lotte Hotels") is None
    assert by_ja(list(entries.values()), "Resorts Co") is None
    assert "Lotte Hotels & Resorts Co" in by_ja(list(entries.values()), "ロッテホテル").glosses


def test_an_unknown_word_spelled_off_by_a_dot_composes_as_a_name(translit):
    assert _english(translit, "ワグネル・グループ") == "Wagner Group"


def test_a_rivers_name_in_its_own_language_with_another_river_word_is_another_name():
    from glossary.extract_gloss import Gloss, classify

    assert classify("アムノク川", "国境を流れる鴨緑江") == Gloss("alias", ("アムノク川",))
    assert classify("コジェ市", "南部の巨済市").kind == "reading"  # the same unit: a reading


def test_a_river_glossed_in_another_language_keeps_its_japanese_name_and_english():
    entries = rendered("国境を流れる鴨緑江（アムノク川）の下流域で洪水が起きた。")
    river = by_ja(list(entries.values()), "鴨緑江")
    assert river is not None and river.ja == "鴨緑江" and "アムノク川" in river.variants
    assert river.en == "Yalu River"


def test_a_heights_or_an_events_name_in_another_language_is_another_name():
    from glossary.extract_gloss import classify

    assert classify("ベズイミャンナヤ高地", "ソ連軍は沙草峰").kind == "alias"
    assert classify("ハルハ河戦争", "国境でノモンハン事件").kind == "alias"
    assert classify("日中戦争", "1937年の盧溝橋事件") is None  # kanji only: what the event led to, not its name


def test_a_names_kanji_shortened_in_brackets_is_another_spelling():
    from glossary.extract_gloss import Gloss, classify

    assert classify("合参", "韓国軍合同参謀本部") == Gloss("alias", ("合参",))
    assert classify("安保理", "国連安全保障理事会") == Gloss("alias", ("安保理",))
    assert classify("当時", "元国防相") is None
    entries = rendered("韓国軍合同参謀本部（合参）によると、北朝鮮が発射した。")
    jcs = by_ja(list(entries.values()), "韓国軍合同参謀本部")
    assert jcs is not None and "合参" in jcs.variants
