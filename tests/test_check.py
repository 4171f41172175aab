"""yakugo check: terminology of an English draft against its Japanese source and a glossary."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.model import Entry
from tm.check import check_draft, fix_draft
from yakugo import main

DATA = Path(__file__).parent / "data" / "check"
SOURCE = DATA / "source.ja.txt"


@pytest.fixture()
def glossary(tmp_path) -> Path:
    entries = [
        Entry("金正恩", ["金正恩", "キム・ジョンウン"], en="Kim Jong Un", en_deprecated=["Kim Jong-il Un"],
              type="person", origin="ko_north"),
        Entry("ラブロフ", ["ラブロフ", "ラヴロフ"], en="Sergei Lavrov", type="person", origin="ru"),
        Entry("ショイグ", en="Sergei Shoigu", en_deprecated=["Shoygu"], type="person", origin="ru"),
        Entry("平壌", en="Pyongyang", type="place", origin="ko_north"),
        Entry("ロシア", en="Russia", type="place", origin="ru"),
        Entry("弾道ミサイル", en="ballistic missile", type="weapon"),
    ]
    path = tmp_path / "glossary.json"
    path.write_text(json.dumps([e.to_dict() for e in entries], ensure_ascii=False), "utf-8")
    return path


def entries(path: Path) -> list[Entry]:
    from glossary.store import load_entries

    return load_entries(path)


def test_correct_draft_is_clean_despite_inflection_case_and_short_names(glossary):
    # Russian (demonym), Lavrov's (possessive), PYONGYANG (capitals), Lavrov alone (family name), missiles (plural)
    report = check_draft(DATA / "draft.good.en.txt", SOURCE, entries(glossary))
    assert report.findings == [] and report.terms >= 6


def test_planted_mistakes_are_each_reported(glossary):
    report = check_draft(DATA / "draft.bad.en.txt", SOURCE, entries(glossary))
    got = {(f.kind, f.found) for f in report.findings}
    assert ("non-preferred", "Kim Jong-un") in got
    assert ("deprecated", "Shoygu") in got
    assert ("near-miss", "Pyongyan") in got
    assert any(kind == "near-miss" and found.endswith("Lavrof") for kind, found in got)
    assert ("missing", None) in got
    missing = next(f for f in report.findings if f.kind == "missing")
    assert missing.ja == "弾道ミサイル" and missing.expected == "ballistic missile" and missing.line == 5


def test_fix_touches_nothing_but_the_replaced_forms(glossary, tmp_path):
    draft = DATA / "draft.bad.en.txt"
    report = check_draft(draft, SOURCE, entries(glossary))
    out = tmp_path / "fixed.txt"
    assert fix_draft(draft, report, out) == 2
    before, after = draft.read_text("utf-8"), out.read_text("utf-8")
    assert after == before.replace("Kim Jong-un", "Kim Jong Un").replace("Shoygu", "Shoigu")


def test_possessive_of_a_non_preferred_form_keeps_its_ending(glossary, tmp_path):
    source = tmp_path / "s.txt"
    source.write_text("金正恩総書記の発言。\n", "utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("  Kim Jong-un's remarks.\r\n", "utf-8")
    report = check_draft(draft, source, entries(glossary))
    assert [(f.kind, f.found) for f in report.findings] == [("non-preferred", "Kim Jong-un")]
    fix_draft(draft, report, tmp_path / "o.txt")
    assert (tmp_path / "o.txt").read_bytes() == b"  Kim Jong Un's remarks.\r\n"


def test_cli_exit_codes_and_json(glossary, tmp_path):
    runner = CliRunner()
    clean = runner.invoke(main, ["check", str(DATA / "draft.good.en.txt"), "--source", str(SOURCE),
                                 "--glossary", str(glossary)])
    assert clean.exit_code == 0 and "clean" in clean.output
    bad = runner.invoke(main, ["check", str(DATA / "draft.bad.en.txt"), "--source", str(SOURCE),
                               "--glossary", str(glossary), "--json", "--fix", "-o", str(tmp_path / "f.txt")])
    assert bad.exit_code == 1
    data = json.loads(bad.output)
    finding = next(f for f in data["findings"] if f["kind"] == "non-preferred")
    assert finding["ja"] == "金正恩" and finding["expected"] == "Kim Jong Un" and finding["found"] == "Kim Jong-un"
    assert "金正恩" in finding["source"] and "Kim Jong-un" in finding["target"]
    assert data["fixed"]["replacements"] == 2
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    err = runner.invoke(main, ["check", str(DATA / "draft.good.en.txt"), "--source", str(SOURCE),
                               "--glossary", str(broken)])
    assert err.exit_code == 2 and "Traceback" not in err.output
    nofix = runner.invoke(main, ["check", str(DATA / "draft.good.en.txt"), "--source", str(SOURCE),
                                 "--glossary", str(glossary), "--fix"])
    assert nofix.exit_code == 2
