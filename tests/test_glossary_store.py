"""The glossary store: extraction adds and merges, the user's entries win, failures change nothing."""
from __future__ import annotations

import sqlite3

import pytest

from glossary.fileio import YakugoError
from glossary.model import Entry, Source
from glossary.store import GlossaryStore, import_files, load_entries


def extracted(ja, en=None, variants=(), sources=(("a.txt", 1),), **kw):
    return Entry(ja=ja, variants=list(variants), en=en, sources=[Source(f, n, f"…{ja}…") for f, n in sources],
                 count=len(sources), confidence=kw.pop("confidence", 0.7), provenance=kw.pop("provenance", "rule"),
                 **kw)


def by_ja(store):
    return {e.ja: e for e in store.entries()}


def test_new_entries_are_added_and_rebuilding_the_same_text_changes_nothing(tmp_path):
    batch = [extracted("ラヴロフ", "Lavrov", ["ラブロフ"], type="person", origin="ru"),
             extracted("平壌", "Pyongyang", type="place", origin="ko_north")]
    with GlossaryStore.open(tmp_path / "g.db") as store:
        first = store.merge_extracted(batch)
        assert (first.added, first.updated, first.conflicts) == (2, 0, [])
        again = store.merge_extracted(batch)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
        entries = by_ja(store)
    assert entries["ラヴロフ"].count == 1 and entries["ラヴロフ"].variants == ["ラヴロフ", "ラブロフ"]
    assert entries["ラヴロフ"].status == "auto"


def test_more_text_adds_variants_sources_and_counts(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("ショイグ", "Shoigu", sources=[("a.txt", 1), ("a.txt", 9)])])
        report = store.merge_extracted([extracted("シヨイグ", "Shoigu", sources=[("b.txt", 4)])])
        assert (report.added, report.updated) == (0, 1)
        [entry] = store.entries()
    assert entry.ja == "ショイグ" and entry.variants == ["ショイグ", "シヨイグ"]
    assert [(s.file, s.line) for s in entry.sources] == [("a.txt", 1), ("a.txt", 9), ("b.txt", 4)]
    assert entry.count == 3


def test_extraction_updates_the_english_of_auto_entries(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("ペスコフ", "Peskof", confidence=0.4)])
        report = store.merge_extracted([extracted("ペスコフ", "Peskov", confidence=0.9, type="person", origin="ru")])
        [entry] = store.entries()
    assert report.conflicts == [] and (entry.en, entry.confidence, entry.type, entry.origin) == (
        "Peskov", 0.9, "person", "ru")


@pytest.mark.parametrize("status, provenance", [("locked", "user"), ("reviewed", "rule"), ("auto", "user")])
def test_user_and_reviewed_english_is_never_overwritten_but_reported(tmp_path, status, provenance):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.import_entries([Entry(ja="金正恩", en="Kim Jong Un", status=status, provenance=provenance)], lock=False)
        report = store.merge_extracted([extracted("金正恩", "Kim Jong-eun", ["キム・ジョンウン"],
                                                  sources=[("b.txt", 2)])])
        [entry] = store.entries()
    assert entry.en == "Kim Jong Un"
    assert "キム・ジョンウン" in entry.variants and entry.sources[-1].file == "b.txt"  # evidence still added
    assert len(report.conflicts) == 1
    assert "金正恩" in report.conflicts[0] and "Kim Jong Un" in report.conflicts[0] and "Kim Jong-eun" in \
        report.conflicts[0]


def test_import_locks_and_reports_replaced_english(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("ザハロワ", "Zakharova", type="person", origin="ru"),
                               extracted("平壌", "Pyongyang")])
        report = store.import_entries([Entry(ja="ザハロワ", en="Maria Zakharova"), Entry(ja="平壌", en="Pyongyang"),
                                       Entry(ja="羅先", en="Rason")])
        entries = by_ja(store)
    assert (report.added, report.updated) == (1, 2)
    assert report.conflicts == ["ザハロワ: imported 'Maria Zakharova' replaces auto 'Zakharova' (rule)"]
    zakharova = entries["ザハロワ"]
    assert (zakharova.en, zakharova.status, zakharova.provenance) == ("Maria Zakharova", "locked", "user")
    assert zakharova.type == "person" and zakharova.en_alternatives == ["Zakharova"]
    assert entries["羅先"].status == "locked"


def test_one_term_twice_in_an_import_keeps_the_first_and_reports_it(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        report = store.import_entries([Entry(ja="ウマ", en="horse-shaped piece"), Entry(ja="ウマ", en="Uma"),
                                       Entry(ja="ウマ", en="horse-shaped piece")])
        [entry] = store.entries()
    assert (entry.en, entry.en_alternatives) == ("horse-shaped piece", ["Uma"])
    assert report.conflicts == ["ウマ: the import gives both 'horse-shaped piece' and 'Uma'; kept the first, "
                                "the other as an alternative"]


def test_user_corrections_survive_rebuilds(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("ゼレンスキー", "Zelenskii")])
        store.import_entries([Entry(ja="ゼレンスキー", en="Volodymyr Zelensky")])
        for _ in range(2):
            store.merge_extracted([extracted("ゼレンスキー", "Zelenskii"), extracted("キーウ", "Kyiv")])
        entries = by_ja(store)
    assert entries["ゼレンスキー"].en == "Volodymyr Zelensky" and entries["ゼレンスキー"].status == "locked"
    assert entries["キーウ"].en == "Kyiv"


def test_an_entry_without_english_is_imported_unlocked(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.import_entries([Entry(ja="火星18")])
        store.merge_extracted([extracted("火星18", "Hwasong-18")])
        [entry] = store.entries()
    assert entry.en == "Hwasong-18" and entry.status == "auto"


def test_a_failing_import_changes_nothing(tmp_path):
    good = tmp_path / "good.utf8"
    good.write_text("平壌\tPyongyang\n", encoding="utf-8")
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif><text><body><termEntry>\n</body></martif>", encoding="utf-8")
    db = tmp_path / "g.db"
    with GlossaryStore.open(db) as store:
        store.merge_extracted([extracted("平壌", "Pyeongyang")])
    with pytest.raises(YakugoError, match="bad.tbx:2"):
        import_files(db, [good, bad])
    with GlossaryStore.open(db) as store:
        [entry] = store.entries()
    assert entry.en == "Pyeongyang" and entry.status == "auto"


def test_an_error_mid_transaction_rolls_back(tmp_path):
    broken = Entry(ja="x", en="y", sources=["not a Source"])  # fails after 羅先 was already written
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("平壌", "Pyongyang")])
        with pytest.raises(AttributeError):
            store.import_entries([Entry(ja="羅先", en="Rason"), broken])
        assert [e.ja for e in store.entries()] == ["平壌"]


def test_the_callers_entries_are_not_changed(tmp_path):
    entry = extracted("平壌", "Pyongyang")
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.import_entries([entry])
    assert entry.status == "auto" and entry.provenance == "rule"


def test_find_by_any_spelling(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("ラヴロフ", "Lavrov")])
        assert store.find("ラブロフ").ja == "ラヴロフ" and store.find("ラーブロフ").ja == "ラヴロフ"
        assert store.find("プーチン") is None and len(store) == 1


def test_another_database_is_refused(tmp_path):
    other = tmp_path / "memory.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE units (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(YakugoError, match="not a yakugo glossary store"):
        with GlossaryStore.open(other):
            pass
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(YakugoError):
        with GlossaryStore.open(garbage):
            pass


def test_load_entries_reads_stores_and_files(tmp_path):
    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([extracted("平壌", "Pyongyang")])
    tsv = tmp_path / "g.txt"
    tsv.write_text("平壌\tPyongyang\n", encoding="utf-8")
    assert [e.en for e in load_entries(tmp_path / "g.db")] == [e.en for e in load_entries(tsv)] == ["Pyongyang"]
    with pytest.raises(YakugoError):
        load_entries(tmp_path / "missing.db")


def test_a_user_deprecation_removes_the_form_from_the_accepted_alternatives(tmp_path):
    from glossary.model import Entry
    from glossary.store import GlossaryStore

    with GlossaryStore.open(tmp_path / "g.db") as store:
        store.merge_extracted([Entry(ja="金正恩", en="Kim Jong Un", en_alternatives=["Kim Jong-un"], type="person",
                                     origin="ko_north", count=1)])
        store.import_entries([Entry(ja="金正恩", en="Kim Jong Un", en_deprecated=["Kim Jong-un"])])
        (entry,) = store.entries()
    assert entry.en == "Kim Jong Un" and entry.status == "locked"
    assert "Kim Jong-un" in entry.en_deprecated and "Kim Jong-un" not in entry.en_alternatives
