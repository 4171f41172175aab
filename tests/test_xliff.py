"""XLIFF: the 1.2 writer validates against the OASIS schema and opens in real clients; the reader streams units."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from glossary.fileio import YakugoError
from tm.formats.xliff import XliffDocument, iter_units, write_xliff
from tm.model import Candidate, GlossaryHit, Pretranslation

SCHEMAS = Path(__file__).parent / "data" / "schemas"
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
META = {"tool": "yakugo", "version": "9.9", "dictionaries": {"unidic-lite": "1.0.8"}, "thresholds": {"min_score": 75}}


def sample() -> list[Pretranslation]:
    return [
        Pretranslation("ラブロフ外相は述べた。", "Foreign Minister Lavrov said.", "exact", 100.0,
                       matched_source="ラブロフ外相は述べた。",
                       terms=[GlossaryHit("ラブロフ", "Sergei Lavrov", 0, 4)], file="a.txt", line=1),
        Pretranslation("金正恩総書記が視察した。", "General Secretary Kim Jong Un visited <it> & left.", "fuzzy", 82.4,
                       matched_source="金正恩総書記が訪問した。",
                       candidates=[Candidate("金正恩総書記が訪問した。", "General Secretary Kim Jong Un visited <it> & left.", 82.4),
                                   Candidate("総書記が視察した。", "The general secretary inspected it.", 76.0)],
                       needs_review=True, file="a.txt", line=2),
        Pretranslation("未訳の文\x0cです。", file="a.txt", line=3),
        Pretranslation("機械翻訳の文。", "A machine-translated sentence.", "mt", needs_review=True,
                       notes=["placeholder 1 dropped by the model"], file="a.txt", line=4),
    ]


def write_sample(path: Path) -> Path:
    write_xliff([XliffDocument("a.txt", sample()), XliffDocument("sub/b.md", sample()[:1])], path, meta=META)
    return path


def test_written_xliff_validates_against_the_strict_schema(tmp_path):
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint (libxml2-utils) is not installed; run tests/setup_clients.py")
    path = write_sample(tmp_path / "a.xlf")
    env = dict(os.environ, XML_CATALOG_FILES=str(SCHEMAS / "catalog.xml"))
    result = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(SCHEMAS / "xliff-core-1.2-strict.xsd"),
                             str(path)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"{path} validates"


def test_schema_check_is_real(tmp_path):
    """The same validation rejects a unit with a state the schema does not know."""
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint (libxml2-utils) is not installed")
    path = write_sample(tmp_path / "a.xlf")
    bad = tmp_path / "bad.xlf"
    bad.write_text(path.read_text("utf-8").replace('state="translated"', 'state="done"'), "utf-8")
    env = dict(os.environ, XML_CATALOG_FILES=str(SCHEMAS / "catalog.xml"))
    result = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(SCHEMAS / "xliff-core-1.2-strict.xsd"),
                             str(bad)], capture_output=True, text=True, env=env)
    assert result.returncode != 0


def test_states_alt_trans_notes_and_header(tmp_path):
    text = write_sample(tmp_path / "a.xlf").read_text("utf-8")
    assert 'xmlns="urn:oasis:names:tc:xliff:document:1.2"' in text
    assert 'state="translated" state-qualifier="exact-match"' in text
    assert 'state="needs-review-translation" state-qualifier="fuzzy-match"' in text
    assert 'state-qualifier="mt-suggestion"' in text
    assert text.count("<alt-trans ") == 2 and 'match-quality="82"' in text
    assert "glossary: ラブロフ = Sergei Lavrov [0-4]" in text
    assert "&lt;it&gt; &amp; left." in text and "\x0c" not in text
    assert "yakugo 9.9; unidic-lite 1.0.8; min_score=75" in text
    assert '<context context-type="linenumber">2</context>' in text


def test_translate_toolkit_reads_states_and_alternatives(tmp_path):
    xliff = pytest.importorskip("translate.storage.xliff", reason="Translate Toolkit (test extra) not installed")
    store = xliff.xlifffile.parsefile(str(write_sample(tmp_path / "a.xlf")))
    units = [u for u in store.units if u.source]
    assert [u.source for u in units[:4]] == [s.source.replace("\x0c", "") for s in sample()]
    exact, fuzzy, empty, mt = units[:4]
    assert exact.target == "Foreign Minister Lavrov said." and not exact.isfuzzy() and exact.isapproved()
    assert fuzzy.isfuzzy() and [a.target for a in fuzzy.getalttrans()][0].startswith("General Secretary")
    assert not empty.target
    assert mt.isfuzzy() and "placeholder 1 dropped" in mt.getnotes()


def test_omegat_loads_the_file(tmp_path):
    """OmegaT 3.6 opens the XLIFF as a source file of a project and extracts its segments without error."""
    if not OMEGAT_JAR.is_file() or shutil.which("java") is None:
        pytest.skip("OmegaT/java not installed; run tests/setup_clients.py")
    project = tmp_path / "proj"
    for folder in ("source", "target", "tm/auto", "glossary", "omegat", "config"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<omegat><project version="1.0">'
        "<source_dir>source</source_dir><source_dir_excludes/><target_dir>target</target_dir><tm_dir>tm</tm_dir>"
        "<glossary_dir>glossary</glossary_dir><glossary_file>glossary/glossary.txt</glossary_file>"
        "<dictionary_dir>dictionary</dictionary_dir><source_lang>ja</source_lang><target_lang>en</target_lang>"
        "<source_tok>org.omegat.tokenizer.LuceneJapaneseTokenizer</source_tok>"
        "<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok><sentence_seg>false</sentence_seg>"
        "<support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>"
        "</project></omegat>\n", "utf-8")
    write_xliff([XliffDocument("a.txt", sample())], project / "source" / "a.txt.xlf", meta=META)
    pseudo = tmp_path / "pseudo.tmx"
    result = subprocess.run(
        ["java", "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project),
         "--mode=console-createpseudotranslatetmx", f"--pseudotranslatetmx={pseudo}", "--pseudotranslatetype=equal",
         f"--config-dir={project / 'config'}", "--no-team"], capture_output=True, text=True, timeout=300)
    log = result.stdout + result.stderr
    assert result.returncode == 0 and "Loading: a.txt.xlf" in log, log[-2000:]
    assert "TF_" not in log and "Exception" not in log, log[-2000:]
    text = pseudo.read_text("utf-8")
    # OmegaT's own XLIFF filter offers a unit's existing <target> for translation (its documented behaviour):
    # every filled unit must come through as one segment
    for seg in sample():
        if seg.target:
            assert seg.target.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in text


def test_reader_round_trip_skips_unreviewed_fills_and_marks_mt(tmp_path):
    units = list(iter_units(write_sample(tmp_path / "a.xlf")))
    assert [(u.source, u.origin) for u in units] == [
        ("ラブロフ外相は述べた。", "human"), ("機械翻訳の文。", "mt"), ("ラブロフ外相は述べた。", "human")]
    assert units[0].srclang == "ja" and units[0].tgtlang == "en" and units[0].context == "a.txt"


FOREIGN_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="memoq.docx" source-language="ja-JP" target-language="EN_us" datatype="x-docx">
  <body>
   <group id="g1">
    <trans-unit id="7">
     <source>北朝鮮は<g id="1">ミサイル</g>を<ph id="2">&lt;br/&gt;</ph>発射した。</source>
     <target xml:lang="en-GB" state="translated">North Korea fired a <g id="1">missile</g>.<x id="3"/></target>
     <note>checked by Ann</note>
    </trans-unit>
    <trans-unit id="8"><source>空</source><target/></trans-unit>
    <trans-unit id="9"><source>新規</source><target state="new">New</target></trans-unit>
    <trans-unit id="10"><source>原文のみ</source></trans-unit>
   </group>
  </body>
 </file>
</xliff>
"""

FOREIGN_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ja" trgLang="en">
 <file id="f1"><unit id="u1"><segment><source>プーチン大統領</source><target>President Putin</target></segment>
 <segment><source>続き</source></segment></unit></file>
</xliff>
"""


def test_reader_handles_inline_codes_languages_groups_and_2_0(tmp_path):
    path = tmp_path / "x.xlf"
    path.write_text(FOREIGN_12, "utf-8")
    units = list(iter_units(path))
    assert len(units) == 1
    unit = units[0]
    assert unit.source == "北朝鮮はミサイルを発射した。" and unit.target == "North Korea fired a missile."
    assert (unit.srclang, unit.tgtlang) == ("ja-JP", "en-GB") and unit.notes == ["checked by Ann"]
    path20 = tmp_path / "y.xlf"
    path20.write_text(FOREIGN_20, "utf-8")
    assert [(u.source, u.target, u.srclang) for u in iter_units(path20)] == [("プーチン大統領", "President Putin", "ja")]


def test_reader_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.xlf"
    bad.write_text(FOREIGN_12.replace("</group>", "</grup>"), "utf-8")
    with pytest.raises(YakugoError, match=r"bad.xlf:\d+: malformed XLIFF"):
        list(iter_units(bad))
    bomb = tmp_path / "bomb.xlf"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ja" '
                    'target-language="en" original="x" datatype="plaintext"><body><trans-unit id="1"><source>&b;'
                    "</source><target>x</target></trans-unit></body></file></xliff>", "utf-8")
    with pytest.raises(YakugoError, match="refused unsafe XML"):
        list(iter_units(bomb))
    other = tmp_path / "other.xml"
    other.write_text('<root xmlns="urn:x"><a/></root>', "utf-8")
    with pytest.raises(YakugoError, match="not an XLIFF"):
        list(iter_units(other))
    with pytest.raises(YakugoError, match="no source or target language"):
        nolang = tmp_path / "nolang.xlf"
        nolang.write_text(FOREIGN_12.replace(' source-language="ja-JP" target-language="EN_us"', "")
                          .replace(' xml:lang="en-GB"', ""), "utf-8")
        list(iter_units(nolang))
