"""`yakugo tm import/export/lookup/stats` end to end through the click CLI."""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from tm.store import TMStore
from yakugo import main

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")

TSV = "北朝鮮がミサイルを発射した。\tNorth Korea fired a missile.\nロシア外相が平壌を訪問した。\tThe Russian foreign minister visited Pyongyang.\n"
TMX_UTF16 = """<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header creationtool="Trados" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en-US" srclang="*all*" datatype="plaintext"/><body>
<tu><tuv xml:lang="EN-GB"><seg>Seoul is the capital.</seg></tuv><tuv xml:lang="JA-JP"><seg>ソウルは首都だ。</seg></tuv></tu>
</body></tmx>"""


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


@pytest.fixture
def files(tmp_path):
    (tmp_path / "pairs.tsv").write_text(TSV, "utf-8")
    (tmp_path / "trados.tmx").write_bytes(TMX_UTF16.encode("utf-16"))
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    po.append(polib.POEntry(msgid="金正恩総書記が演説した。", msgstr="General Secretary Kim Jong Un gave a speech."))
    po.append(polib.POEntry(msgid="未訳の文。", msgstr=""))
    po.save(str(tmp_path / "speech.po"))
    return tmp_path


def test_import_every_format_then_stats(files):
    memory = files / "m.db"
    result = run("tm", "import", str(files / "pairs.tsv"), str(files / "trados.tmx"), str(files / "speech.po"),
                 "--memory", str(memory))
    assert result.exit_code == 0, result.output
    assert "now holds 4 units" in result.output
    again = run("tm", "import", str(files / "pairs.tsv"), "--memory", str(memory))
    assert "0 new, 2 merged" in again.output and "now holds 4 units" in again.output
    stats = run("tm", "stats", "--memory", str(memory), "--json")
    data = json.loads(stats.output)
    assert data["units"] == 4 and data["by_origin"] == {"human": 4}
    assert data["by_pair"] == {"ja→en": 3, "ja-JP→en-GB": 1} and data["last_change"]
    text = run("tm", "stats", "--memory", str(memory)).output
    assert "4 units" in text and "human 4" in text


def test_bad_file_leaves_store_as_it_was(files):
    memory = files / "m.db"
    run("tm", "import", str(files / "pairs.tsv"), "--memory", str(memory))
    bad = files / "broken.tmx"
    bad.write_text("<tmx version='1.4'><header/><body>\n<tu><tuv xml:lang='ja'><seg>壊れ</seg></tuv>\n</body>", "utf-8")
    result = run("tm", "import", str(files / "speech.po"), str(bad), "--memory", str(memory))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "broken.tmx:3:" in result.output and "Traceback" not in result.output
    with TMStore.open(memory) as store:
        assert len(store) == 2  # the good PO file before the bad one was not kept either


def test_unknown_format_is_refused(files):
    odd = files / "notes.txt"
    odd.write_text("just some prose without tabs\n", "utf-8")
    result = run("tm", "import", str(odd), "--memory", str(files / "m.db"))
    assert result.exit_code == 1 and "unknown bilingual format" in result.output


def test_export_is_valid_tmx(files, tmp_path):
    if not OMEGAT_JAR.is_file() or shutil.which("xmllint") is None:
        pytest.skip("OmegaT (for schemas/tmx14.dtd) or xmllint missing; run tests/setup_clients.py")
    dtd = tmp_path / "tmx14.dtd"
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        dtd.write_bytes(jar.read("schemas/tmx14.dtd"))
    memory = files / "m.db"
    run("tm", "import", str(files / "pairs.tsv"), str(files / "trados.tmx"), "--memory", str(memory))
    out = tmp_path / "out.tmx"
    result = run("tm", "export", "--memory", str(memory), "-o", str(out))
    assert result.exit_code == 0 and "Wrote 3 units" in result.output
    check = subprocess.run(["xmllint", "--nonet", "--noout", "--dtdvalid", str(dtd), str(out)],
                           capture_output=True, text=True)
    assert check.returncode == 0 and not check.stderr and not check.stdout, check.stderr
    assert 'xml:lang="en-GB"' in out.read_text("utf-8")


def test_lookup_text_and_stdin_json(files):
    memory = files / "m.db"
    run("tm", "import", str(files / "pairs.tsv"), "--memory", str(memory))
    one = run("tm", "lookup", "北朝鮮がミサイルを2発発射した。", "--memory", str(memory))
    assert one.exit_code == 0 and "North Korea fired a missile." in one.output
    queries = "北朝鮮がミサイルを発射した。\nまったく関係のない文章です。\n"
    result = run("tm", "lookup", "--memory", str(memory), "--json", "-n", "1", input=queries)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["query"] for line in lines] == queries.splitlines()
    assert lines[0]["matches"] == [{"source": "北朝鮮がミサイルを発射した。", "target": "North Korea fired a missile.",
                                    "score": 100.0, "origin": "human"}]
    assert lines[1]["matches"] == []


def test_lookup_reads_tmx_and_bad_memory_is_one_line(files):
    result = run("tm", "lookup", "ソウルは首都です。", "--memory", str(files / "trados.tmx"), "--min-score", "60")
    assert "Seoul is the capital." in result.output
    bad = run("tm", "lookup", "x", "--memory", str(files / "speech.po"))
    assert bad.exit_code == 1 and bad.output.startswith("yakugo: error:")
