"""The main job end to end: `yakugo build corpus/ --out DIR` on the bundled corpus."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

import yakugo
from glossary.model import ORIGINS, TYPES
from tm import build as build_module

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
OUTPUTS = ("glossary.json", "glossary.tbx", "glossary.utf8", "glossary.csv", "glossary.po", "memory.tmx",
           "glossary.db", "memory.db")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(yakugo.main, ["build", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_every_output(built):
    out, _ = built
    for name in OUTPUTS:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "staged files left behind"


def test_summary_reports_entries_segments_units_and_time(built):
    _, output = built
    assert "entries" in output and "by type:" in output and "by origin:" in output
    assert "segments" in output and "units" in output and " s)" in output


def test_glossary_json_follows_the_contract(built):
    out, _ = built
    entries = json.loads((out / "glossary.json").read_text(encoding="utf-8"))
    assert isinstance(entries, list) and len(entries) > 50
    for entry in entries:
        assert isinstance(entry["ja"], str) and entry["ja"] in entry["variants"]
        assert entry["en"] is None or isinstance(entry["en"], str)
        assert isinstance(entry["en_alternatives"], list)
        assert entry["type"] in TYPES and entry["origin"] in ORIGINS
        assert 0.0 <= entry["confidence"] <= 1.0
        assert isinstance(entry["count"], int) and entry["count"] >= 1
        assert entry["sources"] and all({"file", "line"} <= set(s) for s in entry["sources"])
    by_ja = {e["ja"]: e for e in entries}
    # the names every article is about, with their English
    putin = next(e for e in entries if "プーチン" in e["variants"])
    assert putin["en"] and "Putin" in putin["en"]
    kim = next(e for e in entries if "金正恩" in e["variants"])
    assert kim["en"] == "Kim Jong Un"
    assert len({e["ja"] for e in entries}) == len(by_ja), "one entry per canonical form"


def test_xml_outputs_parse_and_carry_the_tool(built):
    out, _ = built
    tbx = ET.parse(out / "glossary.tbx").getroot()
    assert tbx.iter("termEntry") is not None and len(list(tbx.iter("termEntry"))) > 50
    tmx = ET.parse(out / "memory.tmx").getroot()
    header = tmx.find("header")
    assert header.get("creationtool") == "yakugo" and header.get("creationtoolversion") == yakugo.__version__
    assert len(tmx.findall("body/tu")) > 50


def test_tabular_outputs_agree_with_the_json(built):
    out, _ = built
    entries = json.loads((out / "glossary.json").read_text(encoding="utf-8"))
    with_english = {e["ja"] for e in entries if e["en"]}
    omegat_terms = {line.split("\t")[0] for line in (out / "glossary.utf8").read_text(encoding="utf-8").splitlines()
                    if line and not line.startswith("#")}
    assert with_english <= omegat_terms
    with open(out / "glossary.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= len(entries)
    po_ids = {e.msgid for e in polib.pofile(str(out / "glossary.po"))}
    assert with_english <= po_ids


def test_rebuild_keeps_previous_outputs_when_a_step_fails(built, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert CliRunner().invoke(yakugo.main, ["build", str(CORPUS), "--out", str(out)]).exit_code == 0
    before = {name: (out / name).read_bytes() for name in OUTPUTS[:6]}

    def broken_tmx(*args, **kwargs):
        raise OSError("disk full")

    import tm.formats.tmx as tmx_module
    monkeypatch.setattr(tmx_module, "write_tmx", broken_tmx)
    result = CliRunner().invoke(yakugo.main, ["build", str(CORPUS), "--out", str(out)])
    assert result.exit_code != 0
    for name, data in before.items():
        assert (out / name).read_bytes() == data, f"{name} changed by a failed build"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".") and p.name.endswith(".staged")]


def test_build_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("正しい行\n".encode() + "壊れた".encode("euc_jp"))
    result = CliRunner().invoke(yakugo.main, ["build", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output.strip() == f"yakugo: error: {bad}:2: not valid UTF-8"
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(yakugo.main, ["build", str(empty), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "holds no .txt or .md files" in result.output
    assert "Traceback" not in result.output


def test_english_partner_files_are_not_read_as_japanese(tmp_path):
    ja = tmp_path / "a.txt"
    en = tmp_path / "a.en.txt"
    ja.write_text("x", encoding="utf-8")
    en.write_text("x", encoding="utf-8")
    assert build_module.english_partner(ja) == en
    assert build_module.is_english_side(en) and not build_module.is_english_side(ja)
