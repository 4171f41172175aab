"""yakugo pretranslate: TM + glossary fills, every output format, batches in parallel, resumable, bad files."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from glossary.model import Entry
from tm.formats.tmx import write_tmx
from tm.model import Unit
from tm.pretranslate import Settings, pretranslate_files
from yakugo import main

SCHEMAS = Path(__file__).parent / "data" / "schemas"
TM = [("ラブロフ外相は会見した。", "Foreign Minister Lavrov held a press conference."),
      ("北朝鮮は弾道ミサイルを発射した。", "North Korea fired a ballistic missile."),
      ("金正恩総書記が工場を視察した。", "Kim Jong Un inspected a factory.")]


@pytest.fixture()
def setup(tmp_path):
    memory = tmp_path / "memory.tmx"
    write_tmx([Unit(ja, en) for ja, en in TM], memory)
    glossary = tmp_path / "glossary.json"
    glossary.write_text(json.dumps([Entry("ラブロフ", en="Sergei Lavrov", type="person").to_dict(),
                                    Entry("弾道ミサイル", en="ballistic missile").to_dict()], ensure_ascii=False), "utf-8")
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    (drafts / "a.txt").write_text("ラブロフ外相は会見した。北朝鮮は弾道ミサイルを２発発射した。\n\n全く新しい文です。\n", "utf-8")
    (drafts / "sub" / "b.md").write_text("金正恩総書記が工場を視察した。\n", "utf-8")
    (drafts / "notes.csv").write_text("ignored", "utf-8")
    return memory, glossary, drafts


def test_origins_terms_and_every_format(setup, tmp_path):
    memory, glossary, drafts = setup
    for fmt, ext in (("xliff", ".xlf"), ("po", ".po"), ("tmx", ".tmx"), ("tsv", ".tsv")):
        out = tmp_path / f"out_{fmt}"
        summary = pretranslate_files([drafts], out, Settings(str(memory), str(glossary), 75, "none", fmt), workers=1)
        assert summary.ok and summary.done == 2 and summary.segments == 4
        assert summary.by_origin == {"exact": 2, "fuzzy": 1, "none": 1}
        assert (out / ("a.txt" + ext)).is_file() and (out / "sub" / ("b.md" + ext)).is_file()
    rows = [line.split("\t") for line in (tmp_path / "out_tsv" / "a.txt.tsv").read_text("utf-8").splitlines()[1:]]
    assert [r[2] for r in rows] == ["exact", "fuzzy", "none"]
    assert rows[1][1] == "North Korea fired a ballistic missile." and 75 <= float(rows[1][3]) < 100
    xlf = (tmp_path / "out_xliff" / "a.txt.xlf").read_text("utf-8")
    assert "glossary: 弾道ミサイル = ballistic missile" in xlf and 'state-qualifier="fuzzy-match"' in xlf
    po = polib.pofile(str(tmp_path / "out_po" / "a.txt.po"))
    fuzzy = po.find("北朝鮮は弾道ミサイルを２発発射した。")
    assert fuzzy.fuzzy and fuzzy.previous_msgid == "北朝鮮は弾道ミサイルを発射した。"
    tmx = (tmp_path / "out_tmx" / "a.txt.tmx").read_text("utf-8")
    assert "yakugo-pretranslate-fuzzy" in tmx and "全く新しい文です。" not in tmx
    if shutil.which("xmllint"):
        env = dict(os.environ, XML_CATALOG_FILES=str(SCHEMAS / "catalog.xml"))
        result = subprocess.run(["xmllint", "--nonet", "--noout", "--schema",
                                 str(SCHEMAS / "xliff-core-1.2-strict.xsd"), str(tmp_path / "out_xliff" / "a.txt.xlf")],
                                capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
    if shutil.which("msgfmt"):
        result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / "out_po" / "a.txt.po")],
                                capture_output=True, text=True)
        assert result.returncode == 0 and not result.stderr, result.stderr


def test_parallel_batch_resumes_and_reports_a_bad_file(setup, tmp_path):
    memory, glossary, drafts = setup
    (drafts / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    out = tmp_path / "out"
    settings = Settings(str(memory), str(glossary), 75, "none", "xliff")
    first = pretranslate_files([drafts], out, settings, workers=2)
    assert first.done == 2 and [Path(p).name for p, _ in first.failed] == ["bad.txt"]
    assert "not valid UTF-8" in first.failed[0][1]
    second = pretranslate_files([drafts], out, settings, workers=2)
    assert second.skipped == 2 and second.done == 0 and len(second.failed) == 1
    (drafts / "a.txt").write_text("全く新しい文です。\n", "utf-8")  # a changed input is redone
    third = pretranslate_files([drafts], out, settings, workers=2)
    assert third.done == 1 and third.skipped == 1
    other = pretranslate_files([drafts], out, Settings(str(memory), str(glossary), 90, "none", "xliff"), workers=1)
    assert other.skipped == 0  # different settings: nothing counts as done


def test_cli_po_input_keeps_translations_unless_overwrite(setup, tmp_path):
    memory, glossary, _ = setup
    po_dir = tmp_path / "po"
    po_dir.mkdir()
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    catalog.append(polib.POEntry(msgid="ラブロフ外相は会見した。", msgstr="Mine.", tcomment="keep"))
    catalog.append(polib.POEntry(msgid="北朝鮮は弾道ミサイルを発射した。", msgctxt="news"))
    catalog.save(str(po_dir / "kit.po"))
    runner = CliRunner()
    args = ["pretranslate", str(po_dir), "--memory", str(memory), "--glossary", str(glossary), "--format", "po",
            "--mt", "none"]
    result = runner.invoke(main, args + ["--out", str(tmp_path / "o1")])
    assert result.exit_code == 0, result.output
    filled = polib.pofile(str(tmp_path / "o1" / "kit.po"))
    assert filled.find("ラブロフ外相は会見した。").msgstr == "Mine."
    assert filled.find("北朝鮮は弾道ミサイルを発射した。", msgctxt="news").msgstr.startswith("North Korea")
    result = runner.invoke(main, args + ["--out", str(tmp_path / "o2"), "--overwrite"])
    assert polib.pofile(str(tmp_path / "o2" / "kit.po")).find("ラブロフ外相は会見した。").msgstr.startswith("Foreign")
    assert "exact 2" in result.output


def test_cli_exit_codes(setup, tmp_path):
    memory, glossary, drafts = setup
    runner = CliRunner()
    (drafts / "bad.txt").write_bytes(b"\xff")
    some_failed = runner.invoke(main, ["pretranslate", str(drafts), "--out", str(tmp_path / "o"), "--memory",
                                       str(memory), "--mt", "none", "-j", "1"])
    assert some_failed.exit_code == 1 and "bad.txt" in some_failed.output
    not_a_tm = tmp_path / "x.tmx"
    not_a_tm.write_text("<tmx", "utf-8")
    bad_usage = runner.invoke(main, ["pretranslate", str(drafts), "--out", str(tmp_path / "o3"), "--memory",
                                     str(not_a_tm)])
    assert bad_usage.exit_code == 2 and "Traceback" not in bad_usage.output
    assert runner.invoke(main, ["pretranslate", str(drafts), "--out", str(tmp_path / "o4"),
                                "--format", "docx"]).exit_code == 2
