"""tm.align: sentence alignment from length, anchors and order; documents into aligned TM units."""
from __future__ import annotations

import subprocess
import sys

from conftest import CORPUS, ROOT
from glossary.model import Entry
from glossary.text import paragraphs, read_paragraphs
from tm.align import Anchors, align, align_documents, en_number_anchors, ja_number_anchors

JA = ["北朝鮮は6月19日に条約に署名した。", "同条約は1961年の条約以来の同盟だ。", "これは重要である。",
      "NATOも支援を主導する構えを見せた。", "ロシアは弾薬を求めている。"]
EN = ["North Korea signed the treaty on June 19.", "The treaty is the first alliance since the 1961 treaty.",
      "This is important.", "NATO also signaled its readiness to lead support.", "Russia wants ammunition."]


def shapes(pairs):
    return [(p.ja, p.en) for p in pairs]


def test_one_to_one():
    assert shapes(align(JA, EN)) == [((i,), (i,)) for i in range(5)]


def test_two_to_one_and_one_to_two():
    en = [EN[0], EN[1] + " " + EN[2], EN[3], EN[4]]
    assert shapes(align(JA, en)) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]
    ja = [JA[0], JA[1] + JA[2], JA[3], JA[4]]
    assert shapes(align(ja, EN)) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]


def test_an_untranslated_sentence_is_left_alone():
    # a long sentence, with numbers the English never mentions: merging it into a neighbour would break
    # both the length ratio and the anchors
    ja = JA[:2] + ["この段落には2024年、2025年、2026年の予算額と、それに関する長い長い長い長い長い長い長い長い長い長い長い"
                   "長い長い長い長い長い長い長い長い長い説明があるが、英語版では訳されていない。"] + JA[2:]
    # in so short a text the insertion would skew the length ratio estimated from the totals: give it
    ratio = sum(map(len, EN)) / sum(map(len, JA))
    pairs = shapes(align(ja, EN, ratio=ratio))
    assert ((2,), ()) in pairs
    assert ((0,), (0,)) in pairs and ((5,), (4,)) in pairs
    added = EN + ["An added English sentence with no Japanese at all, and 42 in it."]
    assert shapes(align(JA, added, ratio=ratio))[-1] == ((), (5,))


def test_anchors_decide_where_length_cannot():
    # equal lengths everywhere: only the numbers say which English sentence goes with which
    ja = ["2019年の数字だ。", "2020年の数字だ。", "2021年の数字だ。"]
    en_merged = ["The 2019 figure. The 2020 figure.", "The 2021 figure."]
    assert shapes(align(ja, en_merged)) == [((0, 1), (0,)), ((2,), (1,))]
    en_other = ["The 2019 figure.", "The 2020 figure. The 2021 figure."]
    assert shapes(align(ja, en_other)) == [((0,), (0,)), ((1, 2), (1,))]


def test_number_anchors_agree_across_scripts_and_scales():
    assert ja_number_anchors("２０２４年6月19日に3万人") == {"n:2024", "n:6", "n:19", "n:30000"}
    assert {"n:2024", "n:6", "n:19", "n:30000"} <= en_number_anchors("On June 19, 2024, 30,000 people")
    assert "n:5" not in en_number_anchors("It may rain.")
    assert "n:1500000" in en_number_anchors("1.5 million troops")


def test_glossary_names_are_anchors():
    glossary = [Entry("金正恩", en="Kim Jong Un", en_alternatives=["Kim Jong-un"]),
                Entry("プーチン", variants=["プーチン", "プーチン大統領"], en="Vladimir Putin")]
    anchors = Anchors(glossary)
    ja_keys, en_keys = anchors.ja("プーチン大統領と金正恩が会った。"), anchors.en("Putin met Kim Jong-un.")
    assert {"g:0"} <= ja_keys & en_keys  # an alternative spelling counts
    assert "g:1" in ja_keys and "g:1" not in en_keys  # "Putin" alone is not "Vladimir Putin"
    ja = ["プーチンが来た。", "金正恩が迎えた。", "二人は話した。"]
    en = ["Vladimir Putin came and Kim Jong Un welcomed him.", "The two talked."]
    assert shapes(align(ja, en, anchors))[0] == ((0, 1), (0,))


def test_align_documents_makes_aligned_units_with_document_props():
    ja = list(paragraphs("## 見出し\n\n北朝鮮は6月19日に条約に署名した。同条約は1961年の条約以来の同盟だ。\n", "a.txt"))
    en = list(paragraphs("## Heading\n\nNorth Korea signed the treaty on June 19. "
                         "The treaty is the first alliance since the 1961 treaty.\n", "a.en.txt"))
    units = align_documents(ja, en, glossary=[], document="a.txt")
    assert [(u.source, u.target) for u in units] == [
        ("## 見出し", "## Heading"), ("北朝鮮は6月19日に条約に署名した。", "North Korea signed the treaty on June 19."),
        ("同条約は1961年の条約以来の同盟だ。", "The treaty is the first alliance since the 1961 treaty.")]
    unit = units[1]
    assert unit.origin == "aligned" and unit.srclang == "ja" and unit.tgtlang == "en"
    assert unit.props["x-document"] == "a.txt" and unit.props["x-alignment"] == "1:1"
    assert unit.created.tzinfo is not None and unit.context == "## 見出し"


def test_paragraph_counts_that_differ_still_align():
    ja = list(paragraphs("一つ目の段落だ。\n\n二つ目の段落で、2024年の話だ。\n\n三つ目だ。", "b.txt"))
    en = list(paragraphs("The first paragraph. The second paragraph, about 2024.\n\nThe third.", "b.en.txt"))
    units = align_documents(ja, en, document="b.txt")
    assert [(u.source, u.target) for u in units] == [
        ("一つ目の段落だ。", "The first paragraph."), ("二つ目の段落で、2024年の話だ。", "The second paragraph, about 2024."),
        ("三つ目だ。", "The third.")]


def test_the_bundled_bilingual_article_aligns_one_to_one():
    ja = read_paragraphs(CORPUS / "003_e8dcd649e99094e2.txt")
    en = read_paragraphs(CORPUS / "003_e8dcd649e99094e2.en.txt")
    assert len(ja) == len(en)
    units = align_documents(ja, en, document="003")
    assert len(units) >= 60
    assert sum(u.props["x-alignment"] == "1:1" for u in units) >= 0.95 * len(units)
    first = {u.source: u.target for u in units}
    assert first["2024年7月4日"] == "July 4, 2024"


def test_cli_align_adds_units_and_merges_on_repeat(tmp_path):
    ja, en = CORPUS / "003_e8dcd649e99094e2.txt", CORPUS / "003_e8dcd649e99094e2.en.txt"
    memory = tmp_path / "m.db"
    cmd = [sys.executable, "-m", "yakugo", "tm", "align", str(ja), str(en), "--memory", str(memory)]
    cmd = [str(ROOT / ".venv" / "bin" / "yakugo"), *cmd[3:]]
    first = subprocess.run(cmd, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "added 6" in first.stdout  # 60-odd new units
    again = subprocess.run(cmd, capture_output=True, text=True)
    assert "added 0 new units" in again.stdout
    from tm.store import TMStore
    with TMStore.open(memory) as store:
        units = list(store.iter_units())
    assert units and all(u.origin == "aligned" for u in units)
    bad = subprocess.run(cmd[:-1] + ["/etc/hostname"], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("yakugo: error:") and "Traceback" not in bad.stderr
