"""Round 65: (invented names and sentences)."""
from extract_helpers import by_ja

from glossary.extract import extract


def test_a_compound_nested_in_two_longer_compounds_with_different_words_beside_it_is_a_term():
    entries = extract("新型インフルエンザウイルス流行で輸入が止まった。\n新型インフルエンザウイルス禍の後に再開した。", file="t.txt")
    nested = by_ja(entries, "新型インフルエンザウイルス")
    assert nested is not None and nested.type == "term" and nested.count == 2
    # (heads nest too: 巡航ミサイル in two longer compounds)
    entries = extract("長距離巡航ミサイルと極超音速巡航ミサイルを配備した。", file="t.txt")
    assert by_ja(entries, "巡航ミサイル") is not None
    # (one longer compound is not enough, nor a piece of names)
    assert by_ja(extract("新型インフルエンザウイルス流行で輸入が止まった。", file="t.txt"), "新型インフルエンザウイルス") is None
    entries = extract("朝鮮中央通信と朝鮮中央テレビが報じた。", file="t.txt")
    assert by_ja(entries, "朝鮮中央") is None
    # (a one-character word before is mostly a prefix: 大|規模 is no cut)
    assert by_ja(extract("大規模寺院と中規模寺院がある。", file="t.txt"), "規模寺院") is None


def test_a_countrys_language_named_in_a_compound_is_a_term():
    entries = extract("報告書のドイツ語版も来年刊行する。", file="t.txt")
    language = by_ja(entries, "ドイツ語")
    assert language is not None and language.type == "term"
    # (a word before 語 that names no land makes no language: 標準|語 is standard speech)
    assert by_ja(extract("標準語教育が広まった。", file="t.txt"), "標準語") is None


def test_a_firms_name_in_kanji_unidic_cuts_up_then_its_brand_in_katakana_is_one_name():
    entries = extract("中国の網易技術（ネットウェイ）が販路を広げた。", file="t.txt")
    firm = by_ja(entries, "網易技術")
    assert firm is not None and "ネットウェイ" in firm.variants


def test_a_name_in_letters_then_its_katakana_reading_is_one_name():
    entries = extract("欧州のvivox（ビボックス）も参入した。", file="t.txt")
    brand = by_ja(entries, "vivox")
    assert brand is not None and "ビボックス" in brand.variants
    # (the words before the letters are no part of it)
    entries = extract("利用者は通信アプリSignal（シグナル）で連絡した。", file="t.txt")
    assert by_ja(entries, "Signal") is not None and "シグナル" in by_ja(entries, "Signal").variants
    # (katakana that does not start with the letters' sound is no reading of them)
    assert by_ja(extract("英紙Guardian（ロンドン）が報じた。", file="t.txt"), "Guardian") is None or \
        "ロンドン" not in by_ja(extract("英紙Guardian（ロンドン）が報じた。", file="t.txt"), "Guardian").variants


def test_letters_then_the_words_they_stand_for_in_katakana_joined_by_a_dot_are_one_name():
    entries = extract("通信大手KTG（コリア・テレネット）が発表した。", file="t.txt")
    assert "コリア・テレネット" in by_ja(entries, "KTG").variants


def test_a_parliament_named_then_its_chamber_in_brackets_is_one_body():
    entries = extract("ボロトフ氏は連邦会議（上院）議員を務めた。", file="t.txt")
    body = by_ja(entries, "連邦会議")
    assert body is not None and "上院" in body.variants and body.type == "org"


def test_ya_after_i_written_a_is_one_name():
    entries = extract("工場はトリヤッチにある。\n（写真）トリアッチの工場", file="t.txt")
    assert {"トリヤッチ", "トリアッチ"} <= set(by_ja(entries, "トリヤッチ").variants)


def test_a_family_name_alone_is_the_one_named_in_full_in_the_same_article():
    from glossary.text import Paragraph
    paragraphs = [Paragraph("ペトル・ザイツェフ氏が会見した。ザイツェフ氏は否定した。", "a.txt", 1),
                  Paragraph("イワン・ザイツェフ氏も出席した。", "b.txt", 1)]
    entries = extract(paragraphs)
    petr = by_ja(entries, "ペトル・ザイツェフ")
    assert "ザイツェフ" in petr.variants and "イワン・ザイツェフ" not in petr.variants
    # (where both are named in full in the article, the family name alone is neither's)
    paragraphs = [Paragraph("ペトル・ザイツェフ氏とイワン・ザイツェフ氏が会見した。ザイツェフ氏は否定した。", "a.txt", 1)]
    entries = extract(paragraphs)
    assert "ザイツェフ" not in by_ja(entries, "ペトル・ザイツェフ").variants
    assert "ザイツェフ" not in by_ja(entries, "イワン・ザイツェフ").variants


def test_languages_listed_in_brackets_are_no_label_and_name():
    entries = extract("成果は論文集（韓国語・ロシア語）として刊行される。", file="t.txt")
    assert "ロシア語" not in by_ja(entries, "論文集").variants
    assert by_ja(entries, "韓国語") is not None


def test_a_body_named_after_its_country_is_spelled_without_the_country_too():
    entries = extract("韓国統一省の報道官が述べた。ロシア外務省も認めた。", file="t.txt")
    assert "統一省" in by_ja(entries, "韓国統一省").variants
    # (a dictionary word is any country's body: 外務省 stays Japan's)
    assert "外務省" not in by_ja(entries, "ロシア外務省").variants
    # (nor where two countries' bodies are so named)
    entries = extract("韓国国防部と中国国防部が協議した。", file="t.txt")
    assert "国防部" not in by_ja(entries, "韓国国防部").variants + by_ja(entries, "中国国防部").variants
    # (nor a body whose name has its country in it, nor a Japanese one's)
    entries = extract("ロシア科学アカデミーと日本青年会議所が協定を結んだ。", file="t.txt")
    assert by_ja(entries, "ロシア科学アカデミー").variants == ["ロシア科学アカデミー"]
    assert by_ja(entries, "日本青年会議所").variants == ["日本青年会議所"]


def test_a_korean_places_reading_is_a_reading_though_the_dictionary_glosses_both_alike():
    entries = extract("両首脳は板門店（パンムンジョム）で会った。", file="t.txt")
    assert by_ja(entries, "板門店").readings == ["パンムンジョム"]


def test_korean_named_after_the_peninsula_or_the_south_is_one_language():
    entries = extract("資料は朝鮮語で書かれ、韓国語版もある。", file="t.txt")
    language = by_ja(entries, "朝鮮語") or by_ja(entries, "韓国語")
    assert language is not None and {"朝鮮語", "韓国語"} <= set(language.variants)


def test_a_katakana_word_unidic_does_not_know_is_no_person_by_its_guess():
    entries = extract("（写真）ウリヤノフスクにあるカムトラズ本社工場の組み立てライン", file="t.txt")
    assert by_ja(entries, "カムトラズ") is not None and by_ja(entries, "カムトラズ").type != "person"


def test_a_place_then_a_firms_head_inside_an_events_name_names_the_firm():
    entries = extract("「もう一つの日本航空機事件」の記録が残る。", file="t.txt")
    assert by_ja(entries, "日本航空").type == "org"
    assert by_ja(entries, "日本") is None
