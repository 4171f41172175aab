"""Stores opened read-only: readable on a read-only file/folder, never written; failed imports leave no new store."""
from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.fileio import YakugoError, open_sqlite
from glossary.model import Entry
from glossary.store import GlossaryStore, load_entries
from tm.match import Matcher
from tm.model import Unit
from tm.store import TMStore
from yakugo import main

CHECK = Path(__file__).parent / "data" / "check"
UNITS = [("ラブロフ外相は会見した。", "Foreign Minister Lavrov held a press conference."),
         ("北朝鮮は弾道ミサイルを発射した。", "North Korea fired a ballistic missile.")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


@pytest.fixture()
def stores(tmp_path):
    folder = tmp_path / "stores"
    glossary = folder / "glossary.db"
    with GlossaryStore.open(glossary) as store:
        store.import_entries([Entry("ラブロフ", ["ラブロフ", "ラヴロフ"], en="Sergei Lavrov", type="person", origin="ru"),
                              Entry("弾道ミサイル", en="ballistic missile", type="weapon"),
                              Entry("平壌", en="Pyongyang", type="place", origin="ko_north")])
    memory = folder / "memory.db"
    with TMStore.open(memory) as store:
        store.add_units(Unit(ja, en) for ja, en in UNITS)
    assert companions(glossary) == [] and companions(memory) == []  # a clean close leaves the file alone
    return glossary, memory


def test_readonly_connection_refuses_writes_and_leaves_no_trace(stores):
    glossary, memory = stores
    before = digest(memory)
    conn = open_sqlite(memory, readonly=True)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 2
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM units")
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()  # leaving WAL would write the header
    conn.close()
    assert digest(memory) == before and companions(memory) == []


def test_readonly_reads_through_an_open_writers_wal(stores):
    _, memory = stores
    writer = open_sqlite(memory)
    writer.execute("INSERT INTO meta VALUES ('probe', 'x')")
    writer.commit()  # committed, still only in -wal while the writer is open
    try:
        with TMStore.open(memory, readonly=True) as store:
            assert store._conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone() == ("x",)
    finally:
        writer.close()


def test_readonly_stores_refuse_every_write(stores):
    glossary, memory = stores
    before = (digest(glossary), digest(memory))
    with GlossaryStore.open(glossary, readonly=True) as store:
        assert store.find("ラヴロフ").en == "Sergei Lavrov"
        with pytest.raises(YakugoError, match="read-only"):
            store.import_entries([Entry("ソウル", en="Seoul")])
        with pytest.raises(YakugoError, match="read-only"):
            store.merge_extracted([Entry("ソウル", en="Seoul")])
    with TMStore.open(memory, readonly=True) as store:
        assert len(store) == 2
        with pytest.raises(YakugoError, match="read-only"):
            store.add_units([Unit("ソウル", "Seoul")])
    assert (digest(glossary), digest(memory)) == before
    assert companions(glossary) == [] and companions(memory) == []


def test_missing_store_read_only_is_an_error_not_a_new_file(tmp_path):
    missing = tmp_path / "nowhere.db"
    for opener in (GlossaryStore.open, TMStore.open):
        with pytest.raises(YakugoError, match="no such store"):
            with opener(missing, readonly=True):
                pass
    with pytest.raises(YakugoError, match="no such store"):
        open_sqlite(missing, readonly=True)
    assert list(tmp_path.iterdir()) == []


def test_readonly_open_rejects_the_wrong_kind_of_store(stores, tmp_path):
    glossary, memory = stores
    with pytest.raises(YakugoError, match="not a yakugo translation memory"):
        with TMStore.open(glossary, readonly=True):
            pass
    with pytest.raises(YakugoError, match="not a yakugo glossary store"):
        with GlossaryStore.open(memory, readonly=True):
            pass
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all, just some bytes" * 50)
    with pytest.raises(YakugoError, match="junk.db"):
        open_sqlite(junk, readonly=True)


def test_reading_commands_change_no_byte_of_a_read_only_store(stores, tmp_path):
    glossary, memory = stores
    folder = glossary.parent
    for path in (glossary, memory):
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        before = (digest(glossary), digest(memory))
        out = tmp_path / "out"
        out.mkdir()
        result = run("glossary", "lookup", "ラヴロフ", "-g", glossary)
        assert result.exit_code == 0 and "Sergei Lavrov" in result.output
        result = run("glossary", "export", "-g", glossary, "-o", out / "g.tbx")
        assert result.exit_code == 0, result.output
        assert "Sergei Lavrov" in (out / "g.tbx").read_text("utf-8")
        result = run("tm", "stats", "-m", memory)
        assert result.exit_code == 0 and "2 units" in result.output
        result = run("tm", "lookup", "北朝鮮は弾道ミサイルを発射した。", "-m", memory)
        assert result.exit_code == 0 and "North Korea fired a ballistic missile." in result.output
        result = run("tm", "export", "-m", memory, "-o", out / "m.tmx")
        assert result.exit_code == 0 and "Lavrov" in (out / "m.tmx").read_text("utf-8")
        result = run("check", CHECK / "draft.good.en.txt", "--source", CHECK / "source.ja.txt", "--glossary", glossary)
        assert result.exit_code in (0, 1) and "Traceback" not in result.output
        drafts = tmp_path / "drafts"
        drafts.mkdir()
        (drafts / "a.txt").write_text("ラブロフ外相は会見した。\n", "utf-8")
        result = run("pretranslate", drafts, "--out", out / "pre", "--memory", memory, "--glossary", glossary,
                     "--mt", "none", "--format", "tsv", "-j", "1")
        assert result.exit_code == 0, result.output
        assert "Foreign Minister Lavrov held a press conference." in (out / "pre" / "a.txt.tsv").read_text("utf-8")
        assert Matcher.open(memory).lookup("ラブロフ外相は会見した。")[0].score == 100
        assert [e.en for e in load_entries(glossary)][0] == "Sergei Lavrov"
        assert (digest(glossary), digest(memory)) == before
        assert sorted(p.name for p in folder.iterdir()) == ["glossary.db", "memory.db"]
    finally:
        folder.chmod(0o755)


def test_read_only_folder_store_is_read_immutably(stores, monkeypatch):
    """Where -shm cannot be made (read-only folder; root passes chmod, so the check is faked) the read is immutable."""
    import glossary.fileio as fileio

    glossary, memory = stores
    monkeypatch.setattr(fileio, "_writable", lambda path: False)
    opened = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(fileio.sqlite3, "connect", lambda target, *a, **k: opened.append(target) or
                        real_connect(target, *a, **k))
    with TMStore.open(memory, readonly=True) as store:
        assert len(store) == 2
    assert opened[-1].endswith("?mode=ro&immutable=1")
    assert companions(memory) == []


def test_failed_tm_import_into_a_new_store_leaves_no_file(tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text('<?xml version="1.0"?><tmx version="1.4"><header srclang="ja"/><body><tu><tuv xml:lang="ja">'
                   "<seg>途中で", "utf-8")
    good = tmp_path / "good.tsv"
    good.write_text("ソウル\tSeoul\n", "utf-8")
    store = tmp_path / "new" / "memory.db"
    result = run("tm", "import", good, bad, "-m", store)
    assert result.exit_code != 0 and "bad.tmx" in result.output
    assert not store.exists() and list(store.parent.iterdir()) == []
    # an existing store is kept (and unchanged) after the same failure
    assert run("tm", "import", good, "-m", store).exit_code == 0
    before = digest(store)
    assert run("tm", "import", good, bad, "-m", store).exit_code != 0
    assert store.exists() and digest(store) == before


def test_failed_glossary_import_into_a_new_store_leaves_no_file(tmp_path, monkeypatch):
    good = tmp_path / "g.json"
    good.write_text('[{"ja": "ソウル", "en": "Seoul"}]', "utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('[{"ja": "ソウル", "en": ', "utf-8")
    store = tmp_path / "new" / "glossary.db"
    result = run("glossary", "import", good, bad, "-g", store)
    assert result.exit_code != 0 and not store.exists()
    # a failure inside the store's transaction (after the file was created) removes the new file too

    def fail(self, entries, lock=True):
        with self._transaction():
            self.conn.execute("DELETE FROM entries")
            raise YakugoError("disk trouble", self.path)

    monkeypatch.setattr(GlossaryStore, "import_entries", fail)
    result = run("glossary", "import", good, "-g", store)
    assert result.exit_code != 0 and "disk trouble" in result.output
    assert not store.exists() and list(store.parent.iterdir()) == []
    monkeypatch.undo()
    assert run("glossary", "import", good, "-g", store).exit_code == 0
    monkeypatch.setattr(GlossaryStore, "import_entries", fail)
    assert run("glossary", "import", good, "-g", store).exit_code != 0
    assert store.exists() and [e.en for e in load_entries(store)] == ["Seoul"]
