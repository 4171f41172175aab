"""TMX: the writer validates against the TMX 1.4 DTD with xmllint; the reader copes with what CAT tools export."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from glossary.fileio import YakugoError
from tm.formats.tmx import iter_units, write_tmx
from tm.model import Unit

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")


@pytest.fixture(scope="session")
def tmx_dtd(tmp_path_factory) -> Path:
    if not OMEGAT_JAR.is_file():
        pytest.skip("OmegaT (source of schemas/tmx14.dtd) is not installed; run tests/setup_clients.py")
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint (libxml2-utils) is not installed; run tests/setup_clients.py")
    out = tmp_path_factory.mktemp("dtd") / "tmx14.dtd"
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        out.write_bytes(jar.read("schemas/tmx14.dtd"))
    return out


def assert_valid(path: Path, dtd: Path) -> None:
    """xmllint against the DTD; any parser message at all counts as failure."""
    result = subprocess.run(["xmllint", "--nonet", "--noout", "--dtdvalid", str(dtd), str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout and not result.stderr, result.stderr


def sample_units() -> list[Unit]:
    when = datetime(2024, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    return [
        Unit("北朝鮮は「火星１８」を発射した。", 'North Korea launched a "Hwasong-18" & more <b>.', created=when,
             changed=when, creationid="ann", changeid="bob", notes=["checked"], props={"x-doc": "a.txt"},
             context="a.txt#3"),
        Unit("ラブロフ", "Lavrov", srclang="ja_JP", tgtlang="EN-us", origin="glossary",
             props={"x-yakugo-kind": "term"}),
        Unit("制御\x01文字", "control\x0bchars", origin="aligned"),
        Unit("訳なし", ""),  # untranslated: never exported (OmegaT would delete the sentence)
    ]


def test_written_tmx_is_valid_and_has_full_header(tmp_path, tmx_dtd):
    path = tmp_path / "m.tmx"
    assert write_tmx(sample_units(), path, meta={"tool": "yakugo", "version": "9.9", "dictionaries": {"d": "1"},
                                                  "thresholds": {"min_score": 75}}) == 3
    assert_valid(path, tmx_dtd)
    text = path.read_text("utf-8")
    for attr in ('creationtool="yakugo"', 'creationtoolversion="9.9"', 'segtype="sentence"', 'o-tmf="',
                 'adminlang="en"', 'srclang="ja"', 'datatype="plaintext"'):
        assert attr in text
    assert "OmegaT" not in text
    assert "min_score=75" in text and 'type="x-yakugo-threshold-min_score"' in text
    assert 'xml:lang="ja-JP"' in text and 'xml:lang="en-US"' in text
    assert "_JP" not in text and "jpn" not in text
    assert text.count("<tuv ") == 6 and text.count('<tuv xml:lang="') == 6
    assert "<seg></seg>" not in text and "<seg/>" not in text
    assert 'changedate="20240203T040506Z"' in text


def test_round_trip_keeps_text_and_metadata(tmp_path):
    path = tmp_path / "m.tmx"
    write_tmx(sample_units(), path)
    units = list(iter_units(path))
    assert [u.source for u in units] == ["北朝鮮は「火星１８」を発射した。", "ラブロフ", "制御文字"]
    first = units[0]
    assert first.target == 'North Korea launched a "Hwasong-18" & more <b>.'
    assert first.changed == datetime(2024, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    assert (first.creationid, first.changeid, first.notes, first.context) == ("ann", "bob", ["checked"], "a.txt#3")
    assert first.props == {"x-doc": "a.txt"}
    assert units[1].origin == "glossary" and units[1].srclang == "ja-JP"


def test_empty_memory_is_still_valid(tmp_path, tmx_dtd):
    path = tmp_path / "empty.tmx"
    assert write_tmx([], path) == 0
    assert_valid(path, tmx_dtd)


FOREIGN = """<?xml version="1.0" encoding="{enc}"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="memoQ" adminlang="EN-US"
  srclang="*all*" datatype="unknown"/>
<body>
<tu><tuv xml:lang="EN-US"><seg>Seoul</seg></tuv><tuv xml:lang="de-DE"><seg>Seoul (de)</seg></tuv>
    <tuv xml:lang="JA-JP"><seg>ソウル</seg></tuv></tu>
<tu><prop type="x-origin">mt</prop><tuv lang="ja"><seg>平壌<bpt i="1">&lt;b&gt;</bpt>市<ept i="1">&lt;/b&gt;</ept></seg></tuv>
    <tuv lang="en_GB"><seg>Pyongyang <hi>City</hi><ph>{{1}}</ph></seg></tuv></tu>
<tu><tuv xml:lang="ja"><seg>英語なし</seg></tuv><tuv xml:lang="ko"><seg>영어 없음</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_reader_chooses_by_language_in_any_spelling_and_encoding(tmp_path, encoding):
    path = tmp_path / "memoq.tmx"
    declared = "UTF-16" if encoding == "utf-16" else "UTF-8"
    path.write_bytes(FOREIGN.format(enc=declared).encode(encoding))  # utf-16 and utf-8-sig write a BOM
    units = list(iter_units(path))
    assert [(u.source, u.target, u.srclang, u.tgtlang) for u in units] == [
        ("ソウル", "Seoul", "ja-JP", "en-US"), ("平壌市", "Pyongyang City", "ja", "en-GB")]
    assert units[1].origin == "mt"


@pytest.mark.parametrize("body, message", [
    ("<tmx version='1.4'><header/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>", "without xml:lang"),
    ("<tmx><body><tu>\n<tuv xml:lang='ja'><seg>x</seg></tuv>\n</body></tmx>", "not well-formed"),
    ("<xliff version='1.2'/>", "not a TMX file"),
    ("", "not well-formed"),
])
def test_bad_files_name_file_and_line(tmp_path, body, message):
    path = tmp_path / "bad.tmx"
    path.write_text(body, "utf-8")
    with pytest.raises(YakugoError) as info:
        list(iter_units(path))
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))


def test_entities_are_refused_not_expanded(tmp_path):
    lol = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="ja"><seg>&b;</seg></tuv>
<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>"""
    path = tmp_path / "lol.tmx"
    path.write_text(lol, "utf-8")
    with pytest.raises(YakugoError, match="entit") as info:
        list(iter_units(path))
    assert info.value.line == 2


def test_external_entities_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", "utf-8")
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY x SYSTEM "file://{secret}">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="ja"><seg>&x;</seg></tuv>
<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>"""
    path = tmp_path / "xxe.tmx"
    path.write_text(xxe, "utf-8")
    with pytest.raises(YakugoError, match="entit"):
        list(iter_units(path))


def test_reader_streams(tmp_path):
    path = tmp_path / "big.tmx"
    write_tmx((Unit(f"文{i}", f"sentence {i}") for i in range(20_000)), path)
    it = iter_units(path)
    assert next(it).source == "文0"
    assert sum(1 for _ in it) == 19_999
