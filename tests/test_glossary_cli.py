"""`yakugo glossary import | lookup | export`: thin commands, one-line errors, real output."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

import yakugo
from glossary.formats import read_glossary, write_glossary
from glossary.model import Entry, Source
from glossary.store import GlossaryStore


def run(*args):
    return CliRunner().invoke(yakugo.main, ["glossary", *map(str, args)])


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "glossary.db"
    with GlossaryStore.open(db) as s:
        s.merge_extracted([
            Entry(ja="ラヴロフ", variants=["ラブロフ"], en="Lavrov", type="person", origin="ru", confidence=0.8,
                  provenance="rule", count=2, sources=[Source("a.txt", 3, "ラヴロフ外相は述べた。")]),
            Entry(ja="平壌", en="Pyeongyang", type="place", origin="ko_north", confidence=0.4, provenance="model",
                  count=1, sources=[Source("a.txt", 5, "平壌で")]),
        ])
    return db


def test_import_locks_the_users_entries_and_lists_conflicts(tmp_path, store):
    mine = tmp_path / "mine.utf8"
    mine.write_text("平壌\tPyongyang\tcapital of North Korea\n羅先\tRason\n", encoding="utf-8")
    result = run("import", mine, "--glossary", store)
    assert result.exit_code == 0, result.output
    assert "1 added, 1 updated" in result.output
    assert "conflict: 平壌: imported 'Pyongyang' replaces auto 'Pyeongyang' (model)" in result.output
    with GlossaryStore.open(store) as s:
        pyongyang = s.find("平壌")
    assert (pyongyang.en, pyongyang.status) == ("Pyongyang", "locked")


def test_a_malformed_import_is_one_line_and_changes_nothing(tmp_path, store):
    good = tmp_path / "good.csv"
    good.write_text("ja,en\n平壌,Pyongyang\n", encoding="utf-8")
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "平壌"\nmsgstr "Pyongyang\n', encoding="utf-8")
    result = run("import", good, bad, "--glossary", store)
    assert result.exit_code == 1
    assert result.output.strip() == f"yakugo: error: {bad}:2: malformed PO (unterminated string)"
    with GlossaryStore.open(store) as s:
        assert s.find("平壌").en == "Pyeongyang" and len(s) == 2


def test_lookup_prints_the_entry_readably(store):
    result = run("lookup", "ラブロフ", "--glossary", store)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ラヴロフ → Lavrov   [person, ru, auto, rule, confidence 0.80]")
    assert "spellings: ラブロフ" in result.output and "a.txt:3" in result.output
    assert "(found by Japanese spelling)" in result.output


def test_lookup_json_and_english_and_a_glossary_file(tmp_path, store):
    result = run("lookup", "lavrov", "--glossary", store, "--json")
    assert result.exit_code == 0
    [found] = json.loads(result.output)
    assert found["how"] == "en" and found["entry"]["ja"] == "ラヴロフ"
    tbx = tmp_path / "g.tbx"
    assert run("export", "--glossary", store, "-o", tbx).exit_code == 0
    result = run("lookup", "平壤", "--glossary", tbx, "--json")
    assert json.loads(result.output)[0]["entry"]["en"] == "Pyeongyang"


def test_lookup_of_an_unknown_term_exits_1(store):
    result = run("lookup", "東京都庁舎", "--glossary", store)
    assert result.exit_code == 1 and "not in" in result.output


def test_lookup_text_lists_terms_with_line_and_position(tmp_path, store):
    text = tmp_path / "draft.txt"
    text.write_text("一行目。\nラブロフ外相は平壌を訪れた。\n", encoding="utf-8")
    result = run("lookup", "--text", text, "--glossary", store)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "\t" in line]
    assert lines == ["2:5-9\tラブロフ\tLavrov\t(ラヴロフ)", "2:12-14\t平壌\tPyeongyang\t(平壌)"]
    data = json.loads(run("lookup", "--text", text, "--glossary", store, "--json").output)
    assert [(d["start"], d["end"], d["line"]) for d in data] == [(5, 9, 2), (12, 14, 2)]


def test_lookup_needs_a_term_or_a_text(store):
    assert run("lookup", "--glossary", store).exit_code == 2


@pytest.mark.parametrize("name, fmt", [("out.tbx", None), ("out.xml", "tbx2019"), ("out.utf8", None),
                                       ("out.csv", None), ("out.po", None), ("out.json", None),
                                       ("omegat.txt", "omegat")])
def test_export_writes_every_format_that_reads_back(tmp_path, store, name, fmt):
    out = tmp_path / name
    args = ["export", "--glossary", store, "-o", out] + (["--format", fmt] if fmt else [])
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Wrote 2 entries to {out}."
    back = read_glossary(out, fmt="tbx" if fmt == "tbx2019" else fmt)
    assert [(e.ja, e.en) for e in back] == [("ラヴロフ", "Lavrov"), ("平壌", "Pyeongyang")]
    assert "yakugo" in out.read_text(encoding="utf-8")[:1000]  # what made the file, near its top


def test_export_converts_a_glossary_file(tmp_path):
    src = tmp_path / "in.json"
    write_glossary([Entry(ja="平壌", en="Pyongyang")], src)
    out = tmp_path / "out.tbx"
    assert run("export", "--glossary", src, "-o", out).exit_code == 0
    assert ET.parse(out).getroot().tag == "martif"


def test_export_to_an_unknown_extension_is_one_line(tmp_path, store):
    result = run("export", "--glossary", store, "-o", tmp_path / "out.tsv")
    assert result.exit_code == 1 and result.output.startswith("yakugo: error: ") and "cannot tell" in result.output


def test_help_describes_the_commands():
    result = CliRunner().invoke(yakugo.main, ["glossary", "--help"])
    assert result.exit_code == 0
    for command in ("import", "lookup", "export"):
        assert command in result.output
