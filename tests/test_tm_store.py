"""The TM store: merging identical units, origins, transactions, streaming, stats, glossary term units."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

from glossary.fileio import YakugoError
from glossary.model import Entry
from tm.model import Unit
from tm.store import TERM_PROP, TMStore


def test_identical_units_are_merged_and_stronger_origin_wins(tmp_path):
    with TMStore.open(tmp_path / "m.db") as store:
        assert store.add_units([Unit("犬", "dog", origin="mt", notes=["first"])]) == 1
        report = store.import_units([Unit("犬", "dog", origin="human", notes=["second"], props={"k": "v"}),
                                     Unit("犬", "hound"), Unit("猫", "")])
        assert (report.added, report.merged, report.skipped) == (1, 1, 1)
        units = {(u.source, u.target): u for u in store.iter_units()}
    assert len(units) == 2
    dog = units[("犬", "dog")]
    assert dog.origin == "human"
    assert dog.notes == ["first", "second"]
    assert dog.props == {"k": "v"}


def test_mt_never_overrides_human_and_later_change_date_is_kept(tmp_path):
    early = datetime(2020, 1, 1, tzinfo=timezone.utc)
    late = datetime(2023, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    with TMStore.open(tmp_path / "m.db") as store:
        store.add_units([Unit("犬", "dog", origin="human", created=early, changed=late, changeid="ann")])
        store.add_units([Unit("犬", "dog", origin="mt", created=late, changed=early, changeid="bot")])
        [unit] = list(store.iter_units())
    assert unit.origin == "human"
    assert unit.created == early and unit.changed == late and unit.changeid == "ann"


def test_nfc_and_language_spelling_merge(tmp_path):
    with TMStore.open(tmp_path / "m.db") as store:
        store.add_units([Unit("ガ", "ga", srclang="ja_JP", tgtlang="EN-us")])
        store.add_units([Unit("カ\u3099", "ga", srclang="ja-jp", tgtlang="en-US")])  # decomposed dakuten
        units = list(store.iter_units())
    assert len(units) == 1
    assert (units[0].srclang, units[0].tgtlang) == ("ja-JP", "en-US")


def test_failed_import_leaves_store_unchanged(tmp_path):
    def units():
        yield Unit("一", "one")
        yield Unit("二", "two")
        raise YakugoError("broken input", "x.tmx", 3)

    with TMStore.open(tmp_path / "m.db") as store:
        store.add_units([Unit("零", "zero")])
        with pytest.raises(YakugoError):
            store.add_units(units())
        assert [u.source for u in store.iter_units()] == ["零"]
        assert len(store) == 1


def test_unknown_origin_is_refused(tmp_path):
    with TMStore.open(tmp_path / "m.db") as store:
        with pytest.raises(YakugoError):
            store.add_units([Unit("一", "one", origin="robot")])
        assert len(store) == 0


def test_glossary_terms_become_term_units(tmp_path):
    entries = [Entry(ja="ラブロフ", variants=["ラヴロフ"], en="Lavrov", type="person"),
               Entry(ja="謎", en=None)]
    with TMStore.open(tmp_path / "m.db") as store:
        assert store.add_glossary_terms(entries) == 2
        assert store.add_glossary_terms(entries) == 0  # a rebuild does not multiply them
        units = list(store.iter_units())
        stats = store.stats()
    assert {u.source for u in units} == {"ラブロフ", "ラヴロフ"}
    assert all(u.origin == "glossary" and u.props[TERM_PROP] == "term" and u.target == "Lavrov" for u in units)
    assert stats.by_origin == {"glossary": 2}


def test_stats(tmp_path):
    with TMStore.open(tmp_path / "m.db") as store:
        assert store.stats().last_change is None
        store.add_units([Unit("一", "one"), Unit("二", "two", origin="aligned"), Unit("三", "drei", tgtlang="de")])
        stats = store.stats()
    assert stats.units == len(stats) == 3
    assert stats.by_origin == {"human": 2, "aligned": 1}
    assert stats.by_pair == {"ja→en": 2, "ja→de": 1}
    assert stats.size_bytes > 0 and stats.last_change is not None


def test_iter_units_streams_while_many(tmp_path):
    with TMStore.open(tmp_path / "m.db") as store:
        store.add_units(Unit(f"文{i}", f"sentence {i}") for i in range(12_000))
        it = store.iter_units()
        first = next(it)
        assert first.source == "文0"
        assert sum(1 for _ in it) == 11_999
        pairs = list(store.iter_pairs(srclang="ja", tgtlang="en"))
        assert len(pairs) == 12_000


def test_other_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE units (x)")
    conn.commit()
    conn.close()
    with pytest.raises(YakugoError):
        with TMStore.open(path):
            pass


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(YakugoError):
        with TMStore.open(path):
            pass
