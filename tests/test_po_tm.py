"""PO as a bilingual format: units for the TM, and msgmerge-style pre-translation that msgfmt -c accepts."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from glossary.fileio import YakugoError
from tm.formats.po import fill_catalog, iter_units, load_catalog, save_catalog, write_po
from tm.model import GlossaryHit, Pretranslation

META = {"tool": "yakugo", "version": "9.9", "dictionaries": {}, "thresholds": {"min_score": 75}}

SOURCE_PO = r'''# Translation of the press kit.
# Ann <ann@example.org>, 2024.
msgid ""
msgstr ""
"Project-Id-Version: kit 1.0\n"
"Report-Msgid-Bugs-To: \n"
"POT-Creation-Date: 2024-01-01 00:00+0000\n"
"PO-Revision-Date: 2024-01-02 00:00+0000\n"
"Last-Translator: Ann <ann@example.org>\n"
"Language-Team: English <en@example.org>\n"
"Language: en\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#. the headline
#: kit.txt:1
msgid "ラブロフ外相は述べた。"
msgstr ""

# translator: keep this one
#: kit.txt:2
msgid "プーチン大統領が会見した。"
msgstr "President Putin held a press conference."

#: kit.txt:3
msgctxt "menu"
msgid "金正恩総書記が視察した。"
msgstr ""

#: kit.txt:4
#, c-format
msgid "%d発のミサイル"
msgid_plural "%d発のミサイル群"
msgstr[0] ""
msgstr[1] ""

#: kit.txt:5
msgid "未知の文。\n"
msgstr ""

#, fuzzy
msgid "古い訳。"
msgstr "An old guess."

#~ msgid "廃止"
#~ msgstr "Obsolete"
'''

TM = {
    "ラブロフ外相は述べた。": ("Foreign Minister Lavrov said.", "exact", 100.0, "ラブロフ外相は述べた。"),
    "プーチン大統領が会見した。": ("Putin met the press.", "exact", 100.0, "プーチン大統領が会見した。"),
    "金正恩総書記が視察した。": ("General Secretary Kim Jong Un inspected it.", "fuzzy", 84.0, "金正恩総書記が訪問した。"),
    "%d発のミサイル": ("%d missile", "exact", 100.0, "%d発のミサイル"),
    "%d発のミサイル群": ("%d missiles", "fuzzy", 80.0, "%d発のミサイル"),
    "古い訳。": ("The old translation.", "exact", 100.0, "古い訳。"),
}


def fake_translate(texts: list[str]) -> list[Pretranslation]:
    """A stand-in for the TM: a dictionary of known answers, as the real matcher would return them."""
    out = []
    for text in texts:
        if text in TM:
            target, origin, score, matched = TM[text]
            out.append(Pretranslation(text, target, origin, score, matched_source=matched,
                                      needs_review=origin != "exact",
                                      terms=[GlossaryHit("ラブロフ", "Sergei Lavrov", 0, 4)] if "ラブロフ" in text else []))
        else:
            out.append(Pretranslation(text))
    return out


def msgfmt_check(path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (gettext) is not installed; run tests/setup_clients.py")
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr, result.stderr


def test_fill_keeps_everything_and_follows_msgmerge(tmp_path):
    src = tmp_path / "kit.po"
    src.write_text(SOURCE_PO, "utf-8")
    catalog = load_catalog(src)
    done = fill_catalog(catalog, fake_translate, file="kit.po")
    out = tmp_path / "out.po"
    save_catalog(catalog, out, META)
    msgfmt_check(out)
    result = polib.pofile(str(out))
    assert result.metadata["Last-Translator"] == "Ann <ann@example.org>"
    assert "X-Yakugo-Build" in result.metadata and result.header.startswith("Translation of the press kit.")
    by_id = {(e.msgctxt, e.msgid): e for e in result}
    lavrov = by_id[(None, "ラブロフ外相は述べた。")]
    assert lavrov.msgstr == "Foreign Minister Lavrov said." and not lavrov.fuzzy
    assert lavrov.comment.startswith("the headline") and "yakugo: glossary: ラブロフ = Sergei Lavrov" in lavrov.comment
    kept = by_id[(None, "プーチン大統領が会見した。")]
    assert kept.msgstr == "President Putin held a press conference." and kept.tcomment == "translator: keep this one"
    kim = by_id[("menu", "金正恩総書記が視察した。")]
    assert kim.fuzzy and kim.previous_msgid == "金正恩総書記が訪問した。" and kim.msgstr.startswith("General")
    plural = by_id[(None, "%d発のミサイル")]
    assert plural.msgstr_plural == {0: "%d missile", 1: "%d missiles"} and plural.fuzzy and "c-format" in plural.flags
    unknown = by_id[(None, "未知の文。\n")]
    assert unknown.msgstr == "" and not unknown.fuzzy
    old = by_id[(None, "古い訳。")]
    assert old.msgstr == "The old translation." and not old.fuzzy  # a fuzzy entry counts as untranslated
    assert [e.msgid for e in result.obsolete_entries()] == ["廃止"]
    text = out.read_text("utf-8")
    assert "#| msgid \"金正恩総書記が訪問した。\"" in text and "#, fuzzy, c-format" in text
    assert {d.origin for d in done} == {"exact", "fuzzy", "none"}


def test_overwrite_replaces_existing_translations(tmp_path):
    src = tmp_path / "kit.po"
    src.write_text(SOURCE_PO, "utf-8")
    catalog = load_catalog(src)
    fill_catalog(catalog, fake_translate, overwrite=True)
    by_id = {e.msgid: e for e in catalog}
    assert by_id["プーチン大統領が会見した。"].msgstr == "Putin met the press."


def test_rerun_does_not_pile_up_comments(tmp_path):
    src = tmp_path / "kit.po"
    src.write_text(SOURCE_PO, "utf-8")
    catalog = load_catalog(src)
    fill_catalog(catalog, fake_translate, overwrite=True)
    fill_catalog(catalog, fake_translate, overwrite=True)
    entry = next(e for e in catalog if e.msgid == "ラブロフ外相は述べた。")
    assert entry.comment.count("yakugo: glossary") == 1


def test_write_po_merges_repeats_and_passes_msgfmt(tmp_path):
    segs = fake_translate(["ラブロフ外相は述べた。", "金正恩総書記が視察した。", "未知の文。", "ラブロフ外相は述べた。"])
    for i, seg in enumerate(segs, 1):
        seg.file, seg.line = "draft.txt", i
    out = tmp_path / "draft.po"
    write_po(segs, out, META)
    msgfmt_check(out)
    catalog = polib.pofile(str(out))
    assert len(catalog) == 3
    lavrov = catalog.find("ラブロフ外相は述べた。")
    assert lavrov.occurrences == [("draft.txt", "1"), ("draft.txt", "4")]
    assert catalog.find("金正恩総書記が視察した。").fuzzy
    assert catalog.metadata["X-Generator"].startswith("yakugo") and "min_score=75" in catalog.metadata["X-Yakugo-Build"]


def test_units_skip_fuzzy_obsolete_and_untranslated(tmp_path):
    src = tmp_path / "kit.po"
    src.write_text(SOURCE_PO, "utf-8")
    units = list(iter_units(src))
    assert [(u.source, u.target) for u in units] == [("プーチン大統領が会見した。", "President Putin held a press conference.")]
    assert units[0].tgtlang == "en" and units[0].srclang == "ja" and units[0].props["po-occurrence"] == "kit.txt:2"
    assert units[0].notes == ["translator: keep this one"]


def test_plural_units_and_context(tmp_path):
    src = tmp_path / "p.po"
    src.write_text('msgid ""\nmsgstr "Language: en-US\\n"\n\nmsgctxt "c"\nmsgid "1発"\nmsgid_plural "%d発"\n'
                   'msgstr[0] "one shot"\nmsgstr[1] "%d shots"\n', "utf-8")
    units = list(iter_units(src))
    assert [(u.source, u.target, u.context, u.tgtlang) for u in units] == [
        ("1発", "one shot", "c", "en-US"), ("%d発", "%d shots", "c", "en-US")]


def test_bad_po_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nbogus line\nmsgstr "d"\n', "utf-8")
    with pytest.raises(YakugoError, match=r"bad.po:\d+: not a valid PO file"):
        list(iter_units(bad))
    with pytest.raises(YakugoError, match="no such file"):
        list(iter_units(tmp_path / "missing.po"))
