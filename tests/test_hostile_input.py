"""Hostile input: every command answers bad files with one line naming the file and a non-zero exit,
never a traceback, never a half-written output, never a changed store."""
from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import yakugo
from glossary import text as gtext
from glossary import tokenize as gtok

JA = "北朝鮮の金正恩（キム・ジョンウン）総書記は平壌で演説した。\nロシアのプーチン大統領も出席した。\n"
EN = "North Korean leader Kim Jong Un gave a speech in Pyongyang.\nRussian President Putin also attended.\n"
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
          ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
          ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n')
XXE = '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
TMX = ('<tmx version="1.4"><header srclang="ja" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" '
       'creationtool="t" creationtoolversion="1"/><body>\n<tu><tuv xml:lang="ja"><seg>平壌{E}</seg></tuv>'
       '<tuv xml:lang="en"><seg>Pyongyang{E}</seg></tuv></tu>\n</body></tmx>\n')
TBX = ('<martif type="TBX-Basic" xml:lang="ja"><text><body>\n<termEntry id="e1"><langSet xml:lang="ja"><tig>'
       '<term>平壌{E}</term></tig></langSet>\n<langSet xml:lang="en"><tig><term>Pyongyang{E}</term></tig></langSet>'
       '</termEntry>\n</body></text></martif>\n')
XLF = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="ja" '
       'target-language="en" datatype="plaintext"><body>\n<trans-unit id="1"><source>平壌{E}</source>'
       '<target>Pyongyang{E}</target></trans-unit>\n</body></file></xliff>\n')
PO_HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
JUNK = bytes(range(256)) * 16  # binary: NULs and every byte value

# name → bytes of a hostile file
FILES: dict[str, bytes] = {
    "ok.txt": JA.encode(),
    "ok.en.txt": EN.encode(),
    "junk.txt": JUNK,
    "sjis.txt": JA.encode("cp932"),
    "eucjp.txt": JA.encode("euc_jp"),
    "utf16.txt": JA.encode("utf-16"),
    "sjis.tsv": "平壌\tPyongyang\n".encode("cp932"),
    "sjis.csv": "ja,en\n平壌,Pyongyang\n".encode("cp932"),
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "trunc.json": b'[{"ja": "\xe5\xb9\xb3\xe5\xa3\x8c", "en": "Pyo',
    "laughs.tbx": (LAUGHS + TBX.replace("{E}", "&lol3;")).encode(),
    "xxe.tbx": (XXE + TBX.replace("{E}", "&xxe;")).encode(),
    "sjis.tbx": ('<?xml version="1.0" encoding="Shift_JIS"?>\n' + TBX.replace("{E}", "")).encode("cp932"),
    "trunc.tbx": ('<?xml version="1.0"?>\n' + TBX.replace("{E}", ""))[:150].encode(),
    "laughs.tmx": (LAUGHS + TMX.replace("{E}", "&lol3;")).encode(),
    "xxe.tmx": (XXE + TMX.replace("{E}", "&xxe;")).encode(),
    "sjis.tmx": ('<?xml version="1.0" encoding="Shift_JIS"?>\n' + TMX.replace("{E}", "")).encode("cp932"),
    "trunc.tmx": ('<?xml version="1.0"?>\n' + TMX.replace("{E}", ""))[:200].encode(),
    "laughs.xlf": (LAUGHS + XLF.replace("{E}", "&lol3;")).encode(),
    "xxe.xlf": (XXE + XLF.replace("{E}", "&xxe;")).encode(),
    "sjis.xlf": ('<?xml version="1.0" encoding="Shift_JIS"?>\n' + XLF.replace("{E}", "")).encode("cp932"),
    "trunc.po": (PO_HEAD + 'msgid "平壌"\nmsgstr "Pyong').encode(),
    "sjis.po": (PO_HEAD + 'msgid "平壌"\nmsgstr "Pyongyang"\n').encode("cp932"),
    "fake.db": b"not a database at all\n",
    "afile": b"a plain file\n",
}


@pytest.fixture()
def work(tmp_path, monkeypatch):
    """A scratch folder holding the hostile files, a glossary store g.db and a TM store m.db."""
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.csv").write_text("ja,en\n平壌,Pyongyang\nプーチン,Putin\n", encoding="utf-8")
    (tmp_path / "good.tsv").write_text("平壌\tPyongyang\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["glossary", "import", "good.csv", "-g", "g.db"]).exit_code == 0
    assert run(["tm", "import", "good.tsv", "-m", "m.db"]).exit_code == 0
    return tmp_path


def run(args: list[str], stdin: bytes | None = None):
    return CliRunner().invoke(yakugo.main, args, input=stdin)


def digest(path: Path) -> str:
    """A file's bytes, or a store's content (reading a SQLite store may rewrite its header, not its rows)."""
    if path.suffix == ".db":
        with contextlib.closing(sqlite3.connect(path)) as conn:
            return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result, code: int, *needles: str) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


# (command, expected exit code, words the one error line must hold)
CASES = [
    (["extract", "junk.txt"], 1, ["junk.txt:2:", "binary data"]),
    (["extract", "sjis.txt"], 1, ["sjis.txt:1:", "Shift-JIS", "iconv"]),
    (["extract", "eucjp.txt"], 1, ["eucjp.txt:1:", "EUC-JP"]),
    (["extract", "utf16.txt"], 1, ["utf16.txt:1:", "UTF-16"]),
    (["build", "sjis.txt", "--out", "out"], 1, ["sjis.txt:1:", "not valid UTF-8"]),
    (["build", "ok.txt", "--out", "afile/sub"], 1, ["afile"]),
    (["glossary", "import", "deep.json", "-g", "g.db"], 1, ["deep.json", "nested"]),
    (["glossary", "import", "trunc.json", "-g", "g.db"], 1, ["trunc.json:1:", "JSON"]),
    (["glossary", "import", "laughs.tbx", "-g", "g.db"], 1, ["laughs.tbx:", "refused"]),
    (["glossary", "import", "xxe.tbx", "-g", "g.db"], 1, ["xxe.tbx:", "refused"]),
    (["glossary", "import", "sjis.tbx", "-g", "g.db"], 1, ["sjis.tbx:1:", "Shift_JIS", "UTF-8"]),
    (["glossary", "import", "trunc.tbx", "-g", "g.db"], 1, ["trunc.tbx:", "malformed XML"]),
    (["glossary", "import", "sjis.csv", "-g", "g.db"], 1, ["sjis.csv:", "Shift-JIS"]),
    (["glossary", "import", "trunc.po", "-g", "g.db"], 1, ["trunc.po:6:", "unterminated"]),
    (["glossary", "import", "good.csv", "-g", "fake.db"], 1, ["fake.db", "not a yakugo store"]),
    (["glossary", "import", "good.csv", "-g", "m.db"], 1, ["m.db", "not a yakugo glossary store"]),
    (["glossary", "import", "good.csv", "-g", "afile/x.db"], 1, ["afile/x.db", "folder"]),
    (["glossary", "lookup", "-g", "fake.db", "平壌"], 1, ["fake.db", "not an SQLite file"]),
    (["glossary", "export", "-g", "g.db", "-o", "afile/x.tbx"], 1, ["afile/x.tbx"]),
    (["tm", "import", "laughs.tmx", "-m", "m.db"], 1, ["laughs.tmx:", "entity"]),
    (["tm", "import", "xxe.tmx", "-m", "m.db"], 1, ["xxe.tmx:", "entity"]),
    (["tm", "import", "sjis.tmx", "-m", "m.db"], 1, ["sjis.tmx:1:", "Shift_JIS"]),
    (["tm", "import", "trunc.tmx", "-m", "m.db"], 1, ["trunc.tmx:", "not well-formed XML"]),
    (["tm", "import", "laughs.xlf", "-m", "m.db"], 1, ["laughs.xlf", "refused"]),
    (["tm", "import", "xxe.xlf", "-m", "m.db"], 1, ["xxe.xlf", "refused"]),
    (["tm", "import", "sjis.xlf", "-m", "m.db"], 1, ["sjis.xlf:1:", "Shift_JIS"]),
    (["tm", "import", "trunc.po", "-m", "m.db"], 1, ["trunc.po:6:", "unterminated"]),
    (["tm", "import", "sjis.po", "-m", "m.db"], 1, ["sjis.po:5:", "Shift-JIS"]),
    (["tm", "import", "sjis.tsv", "-m", "m.db"], 1, ["sjis.tsv:1:", "Shift-JIS"]),
    (["tm", "import", "good.tsv", "-m", "g.db"], 1, ["g.db", "glossary store"]),
    (["tm", "stats", "-m", "g.db"], 1, ["g.db", "not a yakugo translation memory"]),
    (["tm", "lookup", "-m", "g.db", "平壌"], 1, ["g.db", "not a yakugo translation memory"]),
    (["tm", "lookup", "-m", "fake.db", "平壌"], 1, ["fake.db", "not an SQLite file"]),
    (["tm", "export", "-m", "fake.db", "-o", "x.tmx"], 1, ["fake.db", "not a yakugo store"]),
    (["tm", "export", "-m", "m.db", "-o", "afile/x.tmx"], 1, ["afile/x.tmx"]),
    (["tm", "align", "sjis.txt", "ok.en.txt", "-m", "m.db"], 1, ["sjis.txt:1:", "Shift-JIS"]),
    (["tm", "align", "ok.txt", "ok.en.txt", "-m", "m.db", "-g", "deep.json"], 1, ["deep.json"]),
    (["check", "ok.en.txt", "--source", "ok.txt", "--glossary", "sjis.tbx"], 2, ["sjis.tbx:1:"]),
    (["check", "ok.en.txt", "--source", "ok.txt", "--glossary", "fake.db"], 2, ["fake.db"]),
    (["check", "junk.txt", "--source", "ok.txt", "--glossary", "g.db"], 2, ["junk.txt:2:"]),
    (["check", "ok.en.txt", "--source", "ok.txt", "--glossary", "g.db", "--fix", "-o", "afile/fixed.txt"], 2,
     ["afile/fixed.txt"]),
    (["check", "ok.en.txt", "--source", "ok.txt", "--glossary", "g.db", "--fix", "-o", "ok.en.txt"], 2,
     ["ok.en.txt", "overwrite the draft"]),
    (["pretranslate", "ok.txt", "--out", "o", "--memory", "g.db", "--mt", "none"], 2, ["g.db"]),
    (["pretranslate", "ok.txt", "--out", "o", "--glossary", "laughs.tbx", "--mt", "none"], 2, ["laughs.tbx"]),
    (["pretranslate", "ok.txt", "--out", "afile/sub", "--mt", "none"], 2, ["afile"]),
    (["mt", "install", "junk.txt"], 1, ["junk.txt", "not an argos package"]),
]


@pytest.mark.parametrize("args,code,needles", CASES, ids=[" ".join(c[0])[:60] for c in CASES])
def test_bad_input_is_one_line_and_changes_nothing(work, args, code, needles):
    stores = {name: digest(work / name) for name in ("g.db", "m.db")}
    result = run(args)
    assert_one_line_error(result, code, *needles)
    assert {name: digest(work / name) for name in stores} == stores, "a failed command changed a store"
    left = [p.name for p in work.rglob("*") if p.name.endswith((".part", ".staged"))]
    assert not left, left


@pytest.mark.parametrize("command", [["translit"], ["tm", "lookup", "-m", "m.db"]])
@pytest.mark.parametrize("data,needle", [(JA.encode("cp932"), "Shift-JIS"), (JUNK, "binary")])
def test_stdin_that_is_not_utf8_is_one_line(work, command, data, needle):
    assert_one_line_error(run(command, stdin=data), 1, "<stdin>:", needle)


def test_stdin_bom_is_dropped(work):
    result = run(["translit", "--json"], stdin=b"\xef\xbb\xbf" + "プーチン\n".encode())
    assert result.exit_code == 0 and '"input": "プーチン"' in result.output


def test_pretranslate_reports_bad_files_and_exits_1(work):
    result = run(["pretranslate", "ok.txt", "sjis.txt", "--out", "o", "--mt", "none"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "sjis.txt:1: not valid UTF-8" in result.output
    assert (work / "o" / "ok.txt.xlf").is_file()


def test_failed_build_keeps_previous_outputs(work):
    assert run(["build", "ok.txt", "--out", "out"]).exit_code == 0
    before = {p.name: digest(p) for p in (work / "out").iterdir() if p.is_file()}
    assert_one_line_error(run(["build", "ok.txt", "sjis.txt", "--out", "out"]), 1, "sjis.txt:1:")
    after = {p.name: digest(p) for p in (work / "out").iterdir() if p.is_file()}
    assert after == before


# ---- huge and odd text: no crash, offsets kept

def test_mecab_never_gets_a_text_it_crashes_on():
    # one MeCab parse of ~500k characters kills the process (SIGSEGV); tokenize must cut it first
    code = ("from glossary.tokenize import tokenize; t = '北朝鮮の金正恩総書記は平壌で演説した' * 30000; "
            "toks = tokenize(t); assert all(t[x.start:x.end] == x.surface for x in toks[-50:]); print(len(toks))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100_000


@pytest.mark.parametrize("text", [
    "北朝鮮の金正恩総書記は 平壌で演説した。 " * 400,
    "あ" + " " * 70_000 + "い。",  # MeCab drops everything after a run of more than 65535 spaces
    " " * 5000 + "北朝鮮",
    "x" * 7000 + " " * 3000,
])
def test_tokens_of_long_texts_keep_their_offsets(monkeypatch, text):
    whole = [(t.surface, t.start) for t in gtok.tokenize(text)] if len(text) < 20_000 else None
    monkeypatch.setattr(gtok, "_MAX_PARSE_CHARS", 2000)
    tokens = gtok.tokenize(text)
    flat = text.translate(gtok._WHITESPACE)
    assert all(flat[t.start:t.end] == t.surface for t in tokens)
    assert "".join(t.surface for t in tokens if t.pos1 != "空白").replace(" ", "") == text.replace(" ", "")
    if whole is not None and " " * 1000 not in text:
        assert [(t.surface, t.start) for t in tokens] == whole


def test_a_one_line_file_is_cut_into_paragraphs_that_keep_their_lines():
    text = "序文。\n" + "北朝鮮の金正恩総書記は平壌で演説した。" * 3000 + "\n終わり。\n"
    paras = list(gtext.paragraphs(text, "f.txt"))
    assert [p.text for p in paras][0] == "序文。" and paras[-1].text == "終わり。"
    middle = paras[1:-1]
    assert len(middle) > 1 and all(len(p.text) <= gtext.MAX_PARAGRAPH_CHARS for p in middle)
    assert all(p.line == 2 and p.line_at(len(p.text) - 1) == 2 for p in middle)
    assert "".join(p.text for p in middle) == "北朝鮮の金正恩総書記は平壌で演説した。" * 3000
    assert paras[-1].line == 3


def test_a_hard_wrapped_giant_paragraph_keeps_line_numbers_across_cuts():
    line = "北朝鮮の金正恩総書記は平壌で演説した" * 2
    text = "\n".join([line] * 2000)
    paras = list(gtext.paragraphs(text, "f.txt"))
    assert len(paras) > 1
    for p in paras:
        for offset in (0, len(p.text) // 2, len(p.text) - 1):
            n = p.line_at(offset)
            assert 1 <= n <= 2000 and p.text[offset] in line


def test_old_mac_line_ends_are_line_ends():
    paras = list(gtext.paragraphs("一行目。\r\r二行目。\r三行目。", "f.txt"))
    assert [(p.text, p.line) for p in paras] == [("一行目。", 1), ("二行目。", 3), ("三行目。", 4)]
