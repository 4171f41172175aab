"""Glossary formats: round trips (property-based), the shapes other tools expect, hostile and malformed files."""
from __future__ import annotations

import copy
import gzip
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.fileio import YakugoError
from glossary.formats import clean_term, format_of, read_glossary, tidy, write_glossary
from glossary.formats import csvfile, omegat
from glossary.meta import build_info
from glossary.model import ORIGINS, STATUSES, TYPES, Entry, Source

META = build_info(min_score=75)

# ---- generated entries: odd text on purpose (tabs, quotes, <&>, emoji, very long terms)

ODD = st.sampled_from(["\t", '"', "'", "<", "&", ">", "<&>", "😀", "ｶﾞ", "ヴァ", "・", ";", "|", "\\", ",", " ", "#"])
PLAIN = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
TEXT = st.lists(st.one_of(PLAIN, ODD), max_size=12).map("".join)
TERM = st.one_of(TEXT, st.text(alphabet="ロシア平壌キム", min_size=300, max_size=600)).filter(lambda s: clean_term(s))
FILE = st.from_regex(r"[a-z][a-z0-9_/.-]{0,15}", fullmatch=True)
SOURCES = st.lists(st.builds(Source, file=FILE, line=st.integers(0, 10**6), context=TEXT), max_size=3)


@st.composite
def entries(draw, min_size=0, max_size=6):
    items = draw(st.lists(st.builds(
        Entry, ja=TERM, variants=st.lists(TERM, max_size=3), en=st.one_of(st.none(), st.just(""), TEXT),
        en_alternatives=st.lists(TEXT, max_size=3), en_deprecated=st.lists(TEXT, max_size=2),
        type=st.sampled_from(TYPES), origin=st.sampled_from(ORIGINS),
        confidence=st.floats(0, 1), provenance=st.sampled_from([None, "user", "gloss", "dictionary", "rule"]),
        count=st.integers(0, 10**6), sources=SOURCES, glosses=st.lists(TEXT.filter(bool), max_size=2),
        readings=st.lists(TEXT.filter(bool), max_size=2), foreign=st.lists(TEXT.filter(bool), max_size=2),
        notes=st.lists(TEXT.filter(bool), max_size=2), status=st.sampled_from(STATUSES),
        termhood=st.floats(0, 1)), min_size=min_size, max_size=max_size))
    return [tidy(copy.deepcopy(e)) for e in items]


def dicts(items):
    return [e.to_dict() for e in items]


# Whole glossaries are large examples by design, and hypothesis sometimes draws several large ones in a row:
# its size and speed health checks would then fail the run at random without any round-trip being wrong.
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                           HealthCheck.too_slow,
                                                                           HealthCheck.data_too_large])


def po_view(items):
    """PO comments are lines whose edges gettext tools trim: what they hold is stripped."""
    out = []
    for e in copy.deepcopy(items):
        for name in ("notes", "glosses", "readings", "foreign"):
            setattr(e, name, [v.strip() for v in getattr(e, name)])
        for s in e.sources:
            s.context = s.context.strip()
        out.append(e.to_dict())
    return out


@pytest.mark.parametrize("fmt", ["json", "tbx", "tbx2019", "csv"])
@PROPERTY
@given(items=entries())
def test_lossless_formats_round_trip_everything(tmp_path, fmt, items):
    path = tmp_path / f"g.{fmt}"
    write_glossary(items, path, fmt=fmt, meta=META)
    assert dicts(read_glossary(path, fmt="tbx" if fmt == "tbx2019" else fmt)) == dicts(items)


@PROPERTY
@given(items=entries())
def test_po_round_trip_keeps_everything_but_comment_edges(tmp_path, items):
    path = tmp_path / "g.po"
    write_glossary(items, path, meta=META)
    assert po_view(read_glossary(path)) == po_view(items)


def omegat_view(entry: Entry) -> dict:
    """What an OmegaT glossary can hold of an entry: terms (tabs as spaces), type, origin, notes as one comment."""
    def field(text):
        return clean_term(text.replace("\t", " "))

    english = list(dict.fromkeys(e for e in (field(x) for x in [entry.en or "", *entry.en_alternatives]) if e))
    notes = [field(n) for n in entry.notes if field(n)]
    return {"ja": field(entry.ja), "variants": list(dict.fromkeys(v for v in map(field, entry.variants) if v)),
            "english": english, "type": entry.type, "origin": entry.origin,
            "deprecated": ", ".join(field(d) for d in entry.en_deprecated) if english else "",
            "notes": "; ".join(notes)}


def distinct_spellings(items):
    seen = set()
    for e in items:
        for v in e.variants:
            key = clean_term(v.replace("\t", " "))
            if key in seen or key.startswith("#"):
                return False
            seen.add(key)
    return True


def safe_comment_parts(items):
    """Comments that read back: notes that are not our own markers, deprecated forms without "; " or ", "."""
    return (all(not n.strip().startswith(("variant of ", "avoid: ")) for e in items for n in e.notes)
            and all("; " not in d.replace("\t", " ") and ", " not in d.replace("\t", " ")
                    for e in items for d in e.en_deprecated))


@PROPERTY
@given(items=entries().filter(distinct_spellings).filter(safe_comment_parts))
def test_omegat_round_trip_keeps_what_the_format_holds(tmp_path, items):
    path = tmp_path / "g.utf8"
    write_glossary(items, path, meta=META)
    back = read_glossary(path)
    assert [omegat_view(e) for e in back] == [omegat_view(e) for e in items]


def test_format_is_chosen_by_name_over_extension(tmp_path):
    entry = Entry(ja="平壌", en="Pyongyang", type="place", origin="ko_north")
    staged = tmp_path / ".glossary.tbx.staged"
    write_glossary([entry], staged, fmt="tbx", meta=META)
    assert ET.parse(staged).getroot().tag == "martif"
    assert format_of("x.utf8") == format_of("x.txt") == format_of("x.tab") == "omegat"
    assert format_of("kyoto.csv.gz") == "csv"
    with pytest.raises(YakugoError):
        format_of("x.tsv")


def sample():
    return [Entry(ja="ラヴロフ", variants=["ラブロフ"], en="Sergei Lavrov", en_alternatives=["Lavrov"],
                  en_deprecated=["Lavrof"], type="person", origin="ru", confidence=0.9, provenance="rule", count=4,
                  sources=[Source("news/a.txt", 3, "ラヴロフ外相は<述べた>")], notes=["Russian foreign minister"]),
            Entry(ja="平壌", en="Pyongyang", type="place", origin="ko_north", confidence=0.3, count=1),
            Entry(ja="火星18", type="weapon", origin="ko_north", confidence=0.1)]


def test_tbx_martif_is_the_shape_omegat_reads(tmp_path):
    path = tmp_path / "g.tbx"
    write_glossary(sample(), path, meta=META)
    root = ET.parse(path).getroot()
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    assert "yakugo" in root.find("martifHeader/fileDesc/sourceDesc/p").text
    first = root.find("text/body/termEntry")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    ja = [t.text for t in first.findall(f"langSet[@{lang}='ja']/tig/term")]
    en = [t.text for t in first.findall(f"langSet[@{lang}='en']/tig/term")]
    assert ja == ["ラヴロフ", "ラブロフ"] and en == ["Sergei Lavrov", "Lavrov", "Lavrof"]
    assert first.find("descrip[@type='entityType']").text == "person"
    assert first.find("descrip[@type='origin']").text == "ru"
    if shutil.which("xmllint"):
        done = subprocess.run(["xmllint", "--noout", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def test_characters_xml_cannot_hold_are_dropped_not_written(tmp_path):
    path = tmp_path / "g.tbx"
    write_glossary([Entry(ja="平\x01壌", en="Pyong\x01yang", notes=["bell\x07"])], path, meta=META)
    ET.parse(path)  # well-formed
    [entry] = read_glossary(path)
    assert (entry.ja, entry.en, entry.notes) == ("平壌", "Pyongyang", ["bell"])


def test_a_large_tbx_is_read_entry_by_entry(tmp_path):
    path = tmp_path / "big.tbx"
    items = [Entry(ja=f"用語{i}", en=f"term {i}", type="term") for i in range(20000)]
    write_glossary(items, path, meta=META)
    back = read_glossary(path)
    assert len(back) == 20000 and (back[-1].ja, back[-1].en) == ("用語19999", "term 19999")


def test_tbx2019_is_namespaced_concept_entries(tmp_path):
    path = tmp_path / "g.tbx"
    write_glossary(sample(), path, fmt="tbx2019", meta=META)
    root = ET.parse(path).getroot()
    ns = "{urn:iso:std:iso:30042:ed-2}"
    assert root.tag == f"{ns}tbx"
    assert len(root.findall(f"{ns}text/{ns}body/{ns}conceptEntry")) == 3
    assert [e.ja for e in read_glossary(path)] == ["ラヴロフ", "平壌", "火星18"]


def test_reads_a_plain_third_party_tbx_with_namespace_and_ntig(tmp_path):
    path = tmp_path / "other.tbx"
    path.write_text("""<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-1">
 <text><body>
  <termEntry id="1">
   <langSet xml:lang="ja-JP"><ntig><termGrp><term>モスクワ</term></termGrp></ntig></langSet>
   <langSet xml:lang="en-US"><tig><term>Moscow</term></tig><tig><term>Moskva</term></tig></langSet>
   <langSet xml:lang="ko"><tig><term>모스크바</term></tig></langSet>
  </termEntry>
  <termEntry id="2"><langSet xml:lang="en"><tig><term>only English</term></tig></langSet></termEntry>
 </body></text>
</martif>""", encoding="utf-8")
    [entry] = read_glossary(path)
    assert (entry.ja, entry.en, entry.en_alternatives) == ("モスクワ", "Moscow", ["Moskva"])


def test_omegat_file_is_tab_separated_without_spaces_around_terms(tmp_path):
    path = tmp_path / "g.utf8"
    entries = sample()
    entries[0].en = "  Sergei Lavrov "
    write_glossary(entries, path, meta=META)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# made by yakugo")
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(r) == 3 for r in rows)
    assert all(c == c.strip() for r in rows for c in r[:2])
    assert ["ラヴロフ", "Sergei Lavrov"] == rows[0][:2] and ["ラヴロフ", "Lavrov"] == rows[1][:2]
    assert ["ラブロフ", "Sergei Lavrov"] == rows[2][:2] and rows[2][2].endswith("variant of ラヴロフ")
    assert rows[0][2].startswith("person (ru)") and "avoid: Lavrof" in rows[0][2]


def test_reads_a_users_own_omegat_glossary(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("# my terms\nプーチン\tPutin\tRussian president\nプーチン\tVladimir Putin\n平壌\tPyongyang\n",
                    encoding="utf-8")
    got = read_glossary(path)
    assert [(e.ja, e.en, e.en_alternatives, e.notes) for e in got] == [
        ("プーチン", "Putin", ["Vladimir Putin"], ["Russian president"]), ("平壌", "Pyongyang", [], [])]


def test_csv_has_a_header_and_reads_a_simple_sheet_and_gzip(tmp_path):
    path = tmp_path / "g.csv"
    write_glossary(sample(), path, meta=META)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# made by yakugo") and lines[1].startswith("ja,en,variants")
    sheet = tmp_path / "sheet.csv.gz"
    with gzip.open(sheet, "wt", encoding="utf-8") as out:
        out.write('"日本語","英語",\n"平壌","Pyongyang",\n"モスクワ","Moscow, Russia",\n"","empty",\n')
    assert [(e.ja, e.en) for e in read_glossary(sheet)] == [("平壌", "Pyongyang"), ("モスクワ", "Moscow, Russia")]


def test_list_cells_escape_the_separator():
    items = ["a | b", "c\\", "|", "x"]
    assert csvfile.split_list(csvfile.join_list(items)) == items


def test_po_has_poterminology_shape_and_passes_msgfmt(tmp_path):
    path = tmp_path / "g.po"
    write_glossary(sample() + [Entry(ja="平壌", en="P'yŏngyang", type="place")], path, meta=META)
    po = polib.pofile(str(path))
    assert "yakugo" in po.header and po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    by_id = {(e.msgctxt, e.msgid): e for e in po}
    lavrov = by_id[(None, "ラヴロフ")]
    assert lavrov.msgstr == "Sergei Lavrov" and "type: person" in lavrov.tcomment
    assert "origin: ru" in lavrov.tcomment and not lavrov.fuzzy
    assert by_id[(None, "平壌")].fuzzy  # confidence 0.3: low
    assert not by_id[(None, "火星18")].fuzzy and by_id[(None, "火星18")].msgstr == ""  # nothing to be fuzzy about
    assert ("place 2", "平壌") in by_id  # a second 平壌 gets a context, so the file stays valid
    if shutil.which("msgfmt"):
        done = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stderr, done.stderr  # not even a header warning


def test_json_is_the_contract_with_what_made_it(tmp_path):
    path = tmp_path / "g.json"
    write_glossary(sample(), path, meta=META)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data[0]["ja"] == "ラヴロフ" and data[0]["variants"] == ["ラヴロフ", "ラブロフ"]
    assert {"ja", "variants", "en", "en_alternatives", "type", "origin", "confidence", "count", "sources"} <= set(data[0])
    assert data[0]["made_by"].startswith("made by yakugo") and "min_score=75" in data[0]["made_by"]


# ---- hostile and malformed files

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<martif><text><body><termEntry><langSet xml:lang="ja"><tig><term>&lol2;</term></tig></langSet></termEntry></body></text></martif>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="ja"><tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>
"""


@pytest.mark.parametrize("text, line", [(BILLION_LAUGHS, 3), (EXTERNAL, 2)])
def test_tbx_entities_are_refused_with_file_and_line(tmp_path, text, line):
    path = tmp_path / "evil.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(YakugoError) as err:
        read_glossary(path)
    assert str(err.value).startswith(f"{path}:{line}: refused")


@pytest.mark.parametrize("name, text, line", [
    ("broken.tbx", "<martif>\n<text><body>\n<termEntry><langSet></termEntry>\n</body></text></martif>\n", 3),
    ("notbx.tbx", "<html><body/></html>\n", 1),
    ("broken.po", 'msgid "a"\nmsgstr "b"\n\nmsgid "c\nmsgstr "d"\n', 4),
    ("broken.json", '[{"ja": "a"},\n {"ja": }]\n', 2),
    ("broken.csv", 'ja,en\n"平壌","Pyongyang"\n"a"b,"c"\n', 3),
    ("noheader.csv", "平壌,Pyongyang\n", 1),
])
def test_malformed_files_raise_one_line_errors_with_file_and_line(tmp_path, name, text, line):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(YakugoError) as err:
        read_glossary(path)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}: ") and "\n" not in message


def test_not_utf8_is_reported(tmp_path):
    path = tmp_path / "latin1.utf8"
    path.write_bytes("ja\ten\nKöln\tCologne\n".encode("latin-1"))
    with pytest.raises(YakugoError, match="latin1.utf8:2: not valid UTF-8"):
        read_glossary(path)


def test_omegat_line_without_source_is_an_error(tmp_path):
    path = tmp_path / "g.utf8"
    path.write_text("平壌\tPyongyang\n\tnothing\n", encoding="utf-8")
    with pytest.raises(YakugoError, match="g.utf8:2:"):
        omegat.read(path)
