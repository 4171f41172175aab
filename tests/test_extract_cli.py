"""yakugo extract: TSV and JSON output over files, one-line errors."""
from __future__ import annotations

import json

from click.testing import CliRunner

from yakugo import main


def test_extract_json_and_tsv(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("北朝鮮の金正恩（キム・ジョンウン）総書記が訪露した。ロシアのプーチン大統領が迎えた。\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(f), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["meta"]["tool"] == "yakugo"
    kim = next(e for e in data["entries"] if e["ja"] == "金正恩")
    assert kim["type"] == "person" and kim["origin"] == "ko_north" and kim["sources"][0]["line"] == 1
    tsv = CliRunner().invoke(main, ["extract", str(f), "--names-only"])
    assert tsv.exit_code == 0 and tsv.output.startswith("# yakugo")
    assert any(line.startswith("プーチン\tperson\tru") for line in tsv.output.splitlines())


def test_extract_bad_input_is_one_line(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\xff\xfe\x00bad")
    out = CliRunner().invoke(main, ["extract", str(f)])
    assert out.exit_code == 1 and "not valid UTF-8" in out.output and "Traceback" not in out.output
