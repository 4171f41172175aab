"""Round 55: given names that are words, prewar katakana prose, countries in old kanji, states, branch schools
and observatories, words before a place, Korean research titles, 'all-' in an acronymed term, initials, a
place's Japanese name, kanji words for loanwords, prefixed places, alliances and given names alone
(invented sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract
from glossary.translit import Transliterator


def test_an_ordinary_word_then_a_known_surname_is_one_person():
    entry = by_ja(extract("米国の俳優ホーマー・ウィルソンが来日した。"), "ホーマー・ウィルソン")
    assert entry is not None and entry.type == "person"
    entry = by_ja(extract("画家マルク・シャガールの絵が届いた。"), "マルク・シャガール")
    assert entry is not None and entry.type == "person"


def test_katakana_inflections_in_prewar_prose_are_no_names_or_terms():
    entries = extract("条約は「清国ハ朝鮮国ノ完全無欠ナル独立自主ノ国タルコトヲ確認ス」と定めた。")
    assert not [e for e in entries if any(k in e.ja for k in ("ナル", "タル", "コト"))]
    assert by_ja(entries, "清国") is not None


def test_a_country_in_old_kanji_heads_its_official_name():
    entries = extract("「露西亜帝国政府ハ日本国カ韓国ニ於テ利益ヲ有スルコトヲ承認ス」と定めた。")
    entry = by_ja(entries, "露西亜帝国")
    assert entry is not None and entry.type == "place"
    assert Transliterator().transliterate("露西亜帝国", type="place").english == "Russian Empire"


def test_a_katakana_word_before_the_state_head_is_a_state():
    entry = by_ja(extract("米東部メイン州の造船所で調印された。"), "メイン州")
    assert entry is not None and entry.type == "place"
    t = Transliterator()
    assert t.transliterate("メイン州", type="place").english == "Maine"
    assert t.transliterate("ニューヨーク州", type="place").english == "New York"
    assert t.transliterate("アムール州", type="place").english == "Amur region"


def test_a_branch_school_and_an_observatory_are_bodies():
    entries = extract("カリフォルニア大学バークレー校の研究者と桜島火山観測所の職員が会った。")
    assert by_ja(entries, "カリフォルニア大学バークレー校").type == "org"
    assert by_ja(entries, "桜島火山観測所").type == "org"
    assert not [e for e in extract("本校の生徒と母校の先生が来た。") if e.type == "org"]


def test_a_word_with_kana_endings_describing_a_place_is_no_part_of_it():
    entries = extract("黒海の飛び地クライペダ州の知事が辞任した。")
    assert by_ja(entries, "クライペダ州").type == "place"
    assert not [e for e in entries if e.ja.startswith("飛び地")]


def test_a_korean_research_title_after_a_surname_is_no_name():
    entries = extract("同研究院の朴責任研究員は「調査を急ぐ」と述べた。")
    assert not [e for e in entries if e.ja.startswith("朴")]


def test_all_of_one_dictionary_word_begins_a_term_given_an_acronym():
    entry = by_ja(extract("気象庁は全天候型監視システム（AWS）を導入した。"), "全天候型監視システム")
    assert entry is not None and "AWS" in entry.glosses


def test_initials_before_a_surname_belong_to_the_person_and_the_body_named_after_them():
    entries = extract("一行はＡ・Ｐ・チェーホフ記念文学博物館を訪れた。")
    assert by_ja(entries, "Ａ・Ｐ・チェーホフ記念文学博物館").type == "org"
    person = by_ja(entries, "Ａ・Ｐ・チェーホフ")
    assert person is not None and person.type == "person"
    assert Transliterator().transliterate("Ａ・Ｐ・チェーホフ").english == "A. P. Chekhov"


def test_a_place_then_its_japanese_name_in_kanji_is_one_place_but_not_its_region():
    entry = by_ja(extract("船はウラジオストク（浦塩）に着いた。"), "ウラジオストク")
    assert entry is not None and "浦塩" in entry.variants
    entries = extract("船はナホトカ（沿海地方）に着いた。")
    assert "沿海地方" not in by_ja(entries, "ナホトカ").variants
    assert by_ja(entries, "沿海地方").type == "place"


def test_a_kanji_word_then_its_loanword_whatever_the_dictionary_notes():
    entry = by_ja(extract("旧ソ連時代から洋弓（アーチェリー）の強豪だった。"), "洋弓")
    assert entry is not None and "アーチェリー" in entry.variants


def test_a_prefix_that_begins_a_place_s_own_name_stays_with_it():
    entries = extract("中国では長白山と呼ばれる山だ。")
    entry = by_ja(entries, "長白山")
    assert entry is not None and entry.type == "place"
    assert by_ja(entries, "白山") is None


def test_an_alliance_of_countries_by_their_letters_is_a_name():
    entry = by_ja(extract("1911年の第3次日英同盟で期限が延びた。"), "第3次日英同盟")
    assert entry is not None and entry.type == "event"
    assert not [e for e in extract("両国は軍事同盟を結んだ。") if e.type == "event"]


def test_a_given_name_alone_joins_the_one_full_name_of_its_file():
    entries = extract("画家のアンナ・ペトロワは1920年に生まれた。父ボリス・ペトロフは教師だった。"
                      "アンナは戦後、古都ウラジーミルに移った。")
    assert "アンナ" in by_ja(entries, "アンナ・ペトロワ").variants
    assert by_ja(entries, "ウラジーミル").type == "place"
    entries = extract("ユーリー・ガガーリンが飛んだ。ユーリー・アンドロポフも。ユーリーは英雄だ。")
    assert "ユーリー" not in by_ja(entries, "ユーリー・ガガーリン").variants
    assert "ユーリー" not in by_ja(entries, "ユーリー・アンドロポフ").variants
