"""The termbase: every glossary entry in one SQLite file, where extraction adds and the user's word wins.

`GlossaryStore.open(path)` is a context manager over the store. Two ways in:

- `merge_extracted(entries)`: what a `yakugo build` found. New entries are added; an entry whose
  spelling (by `variant_key`) is already known is merged into it: variants, sources, glosses and
  counts are added, and for `auto` entries the English, type and origin are updated. The English of a
  `locked` or `reviewed` entry, or one a user gave (provenance "user"), is never overwritten: a
  different proposal is reported as a conflict instead.
- `import_entries(entries, lock=True)`: the user's glossary. Imported entries with English are
  locked with provenance "user"; where they replace different English, each case is reported.

Both run in one transaction: if anything fails, the store is as it was. Counts are kept per source
file, so rebuilding the same text does not double them while building over more text adds up.
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable, Iterator

from glossary.fileio import YakugoError, store_connection
from glossary.model import Entry
from glossary.normalize import variant_key

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    ja TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,               -- Entry.to_dict() as JSON
    file_counts TEXT NOT NULL DEFAULT '{}'  -- occurrences per source file: {"file": n}
);
CREATE TABLE IF NOT EXISTS variant_keys (
    key TEXT PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS variant_keys_entry ON variant_keys(entry_id);
"""
PROTECTED_STATUSES = ("locked", "reviewed")


def spelling_key(text: str) -> str:
    """The key a Japanese spelling is stored under: its variant key, or the text itself if that folds to nothing."""
    return variant_key(text) or text


def is_protected(entry: Entry) -> bool:
    """True when extraction must not change the entry's English: locked, reviewed, or given by a user."""
    return entry.status in PROTECTED_STATUSES or entry.provenance == "user"


@dataclass
class MergeReport:
    """What a merge of extracted entries did; `conflicts` has one readable line per kept-over proposal."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.conflicts)} conflicts")


@dataclass
class ImportReport(MergeReport):
    """What an import did; `conflicts` lists each entry whose English the import replaced or disagreed with."""


def _union(old: list, new: Iterable) -> list:
    out = list(old)
    for item in new:
        if item not in out:
            out.append(item)
    return out


def _file_counts(entry: Entry) -> Counter:
    """Occurrences per file: the sources counted per file, any rest of `count` given to the first file."""
    counts = Counter(s.file for s in entry.sources)
    rest = max(0, int(entry.count or 0) - sum(counts.values()))
    if rest:
        counts[entry.sources[0].file if entry.sources else ""] += rest
    return counts


_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def entry_dict(entry: Entry) -> dict:
    """`entry.to_dict()` without dataclasses.asdict's deep recursion (the store's hot path on large imports)."""
    data = {name: getattr(entry, name) for name in _ENTRY_FIELDS}
    for name, value in data.items():
        if isinstance(value, list):
            data[name] = list(value)
    data["sources"] = [s.to_dict() for s in entry.sources]
    return data


def _copy(entry: Entry) -> Entry:
    return Entry.from_dict(entry_dict(entry))


def _quote(text: str | None) -> str:
    return f"'{text}'" if text else "no English"


class GlossaryStore:
    """A glossary store in one SQLite file; use `GlossaryStore.open(path)` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool = False):
        self.conn = conn
        self.path = path
        self.readonly = readonly

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: str | os.PathLike, readonly: bool = False,
             discard_if_new: bool = False) -> Iterator["GlossaryStore"]:
        """Open (creating if needed) the store at `path`; YakugoError if the file is some other database.

        `readonly=True` opens an existing store without creating or changing anything (a store on a read-only
        mount can be read); any write then raises YakugoError. `discard_if_new=True`: if the block raises and
        this call created the store, the new file is removed again (a failed import leaves nothing behind).
        """
        path = Path(path)
        with store_connection(path, readonly, discard_if_new) as conn:  # transactions: see _transaction
            store = cls(conn, path, readonly)
            store._init_schema()
            yield store

    def _init_schema(self) -> None:
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise YakugoError(f"not a yakugo glossary store ({exc})", self.path) from None
        if tables and "entries" not in tables:
            raise YakugoError("not a yakugo glossary store (it holds other tables)", self.path)
        if version > SCHEMA_VERSION:
            raise YakugoError(f"store schema {version} is newer than this yakugo ({SCHEMA_VERSION})", self.path)
        if self.readonly:
            if not {"entries", "variant_keys"} <= tables:
                raise YakugoError("not a yakugo glossary store (no entries table)" if not tables else
                                  "glossary store lacks tables; open it once for writing to upgrade it", self.path)
            return
        self.conn.executescript(SCHEMA)
        self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            raise YakugoError("the store was opened read-only; it cannot be changed", self.path)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ---- reading

    def entries(self) -> list[Entry]:
        """Every entry, in the order they were first added."""
        rows = self.conn.execute("SELECT data, file_counts FROM entries ORDER BY id")
        return [self._entry(data, counts) for data, counts in rows]

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM entries").fetchone()[0]

    def find(self, spelling: str) -> Entry | None:
        """The entry one Japanese spelling belongs to, by variant key."""
        row = self.conn.execute(
            "SELECT e.data, e.file_counts FROM variant_keys k JOIN entries e ON e.id = k.entry_id WHERE k.key = ?",
            (spelling_key(spelling),)).fetchone()
        return self._entry(*row) if row else None

    @staticmethod
    def _entry(data: str, counts: str) -> Entry:
        entry = Entry.from_dict(json.loads(data))
        entry.count = sum(json.loads(counts).values()) or entry.count
        return entry

    # ---- writing helpers

    def _owner(self, key: str) -> int | None:
        row = self.conn.execute("SELECT entry_id FROM variant_keys WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _match(self, entry: Entry) -> int | None:
        """The stored entry this one belongs to: the owner of its canonical form, else of any variant."""
        for spelling in [entry.ja, *entry.variants]:
            owner = self._owner(spelling_key(spelling))
            if owner is not None:
                return owner
        return None

    def _load(self, entry_id: int) -> tuple[Entry, Counter]:
        data, counts = self.conn.execute("SELECT data, file_counts FROM entries WHERE id = ?",
                                         (entry_id,)).fetchone()
        return Entry.from_dict(json.loads(data)), Counter(json.loads(counts))

    def _claim_keys(self, entry_id: int, entry: Entry) -> None:
        """Register the entry's spellings; a spelling another entry already owns stays with that entry."""
        kept = []
        for spelling in entry.variants:
            key = spelling_key(spelling)
            owner = self._owner(key)
            if owner is None:
                self.conn.execute("INSERT INTO variant_keys(key, entry_id) VALUES (?, ?)", (key, entry_id))
            if owner in (None, entry_id):
                kept.append(spelling)
        if entry.ja not in kept:
            kept.insert(0, entry.ja)
        entry.variants = kept

    def _insert(self, entry: Entry, counts: Counter) -> int:
        entry.count = sum(counts.values())
        cursor = self.conn.execute("INSERT INTO entries(ja, status, data, file_counts) VALUES (?, ?, '{}', ?)",
                                   (entry.ja, entry.status, json.dumps(counts, ensure_ascii=False)))
        entry_id = cursor.lastrowid
        self._claim_keys(entry_id, entry)
        self._save(entry_id, entry, counts)
        return entry_id

    def _save(self, entry_id: int, entry: Entry, counts: Counter) -> None:
        entry.count = sum(counts.values())
        self.conn.execute("UPDATE entries SET ja = ?, status = ?, data = ?, file_counts = ? WHERE id = ?",
                          (entry.ja, entry.status, json.dumps(entry_dict(entry), ensure_ascii=False),
                           json.dumps(counts, ensure_ascii=False), entry_id))

    @staticmethod
    def _merge_evidence(old: Entry, new: Entry) -> None:
        """Add what `new` saw to `old`: spellings, sources, glosses, readings, foreign forms, notes."""
        old.variants = _union(old.variants, new.variants)
        seen = {(s.file, s.line) for s in old.sources}
        old.sources = old.sources + [s for s in new.sources if (s.file, s.line) not in seen]
        for name in ("glosses", "readings", "foreign", "notes"):
            setattr(old, name, _union(getattr(old, name), getattr(new, name)))

    # ---- the two ways in

    def merge_extracted(self, entries: Iterable[Entry]) -> MergeReport:
        """Merge what extraction found into the store (see the module docstring); one transaction."""
        report = MergeReport()
        with self._transaction():
            for new in entries:
                new = _copy(new)  # never change the caller's objects
                new.status = "auto"
                if not new.ja:
                    continue
                counts = _file_counts(new)
                entry_id = self._match(new)
                if entry_id is None:
                    self._insert(new, counts)
                    report.added += 1
                    continue
                old, old_counts = self._load(entry_id)
                before = entry_dict(old), dict(old_counts)
                self._merge_evidence(old, new)
                for f, n in counts.items():  # this run's count per file replaces the last run's
                    old_counts[f] = n
                if is_protected(old):
                    if new.en and new.en != old.en:
                        report.conflicts.append(f"{old.ja}: kept {old.status} {_quote(old.en)}; "
                                                f"extraction proposed {_quote(new.en)}")
                else:
                    if new.en:
                        old.en, old.en_alternatives = new.en, [a for a in new.en_alternatives if a != new.en]
                        old.en_candidates = [c for c in new.en_candidates if c != new.en]
                        old.confidence, old.provenance = new.confidence, new.provenance
                    elif not old.en and new.en_candidates:  # this run's suggestions for what has no English yet
                        old.en_candidates = list(new.en_candidates)
                    if new.type != "other":
                        old.type = new.type
                    if new.origin != "unknown":
                        old.origin = new.origin
                    old.termhood = new.termhood
                self._claim_keys(entry_id, old)
                old.count = sum(old_counts.values())
                if (entry_dict(old), dict(+old_counts)) == (before[0], dict(+Counter(before[1]))):
                    report.unchanged += 1
                else:
                    report.updated += 1
                self._save(entry_id, old, +old_counts)
        return report

    def import_entries(self, entries: Iterable[Entry], lock: bool = True) -> ImportReport:
        """Add a user's glossary; with `lock`, entries with English become `locked` with provenance "user".

        Without `lock` the entries keep the status and provenance their file gives them (an `auto`
        entry from an earlier export stays open to later extraction).

        Where an imported entry meets a stored one with different English, the import wins and the
        change is reported (one line each in `.conflicts`); nothing is resolved silently. All or
        nothing: an error leaves the store unchanged.
        """
        report = ImportReport()
        touched: set[int] = set()  # entries this import already wrote
        with self._transaction():
            for new in entries:
                new = _copy(new)
                if not new.ja:
                    continue
                if new.en and lock:
                    new.provenance, new.status = "user", "locked"
                    if not new.confidence:
                        new.confidence = 1.0
                counts = _file_counts(new)
                entry_id = self._match(new)
                if entry_id is None:
                    touched.add(self._insert(new, counts))
                    report.added += 1
                    continue
                old, old_counts = self._load(entry_id)
                before = entry_dict(old)
                self._merge_evidence(old, new)
                for f, n in counts.items():
                    old_counts[f] = max(old_counts.get(f, 0), n)
                if new.en and entry_id in touched and old.en and new.en != old.en:
                    # the same term twice in what is imported: the first English stays, the next is a synonym
                    report.conflicts.append(f"{old.ja}: the import gives both {_quote(old.en)} and "
                                            f"{_quote(new.en)}; kept the first, the other as an alternative")
                    old.en_alternatives = _union(old.en_alternatives,
                                                 [a for a in [new.en, *new.en_alternatives] if a != old.en])
                elif new.en:
                    if old.en and new.en != old.en:
                        what = "user" if old.provenance == "user" else old.provenance or "extracted"
                        report.conflicts.append(f"{old.ja}: imported {_quote(new.en)} replaces {old.status} "
                                                f"{_quote(old.en)} ({what})")
                    # what the user deprecates is no longer an accepted alternative, whatever extraction said
                    alternatives = [a for a in _union(new.en_alternatives, old.en_alternatives)
                                    if a != new.en and a not in new.en_deprecated]
                    if old.en and old.en != new.en and old.en not in new.en_deprecated:
                        alternatives = _union(alternatives, [old.en])
                    old.en, old.en_alternatives = new.en, alternatives
                    old.en_deprecated = _union(new.en_deprecated, [d for d in old.en_deprecated if d != new.en])
                    old.confidence, old.provenance, old.status = new.confidence, new.provenance, new.status
                    if new.type != "other":
                        old.type = new.type
                    if new.origin != "unknown":
                        old.origin = new.origin
                self._claim_keys(entry_id, old)
                touched.add(entry_id)
                old.count = sum(old_counts.values())
                if entry_dict(old) == before:
                    report.unchanged += 1
                else:
                    report.updated += 1
                self._save(entry_id, old, old_counts)
        return report


def load_entries(path: str | os.PathLike) -> list[Entry]:
    """The entries of a store or of any glossary file (chosen by content: SQLite stores start with a magic header)."""
    path = Path(path)
    if not path.is_file():
        raise YakugoError("no such glossary or store", path)
    with open(path, "rb") as handle:
        magic = handle.read(16)
    if magic == b"SQLite format 3\x00":
        with GlossaryStore.open(path, readonly=True) as store:
            return store.entries()
    if path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        raise YakugoError("not a yakugo store (not an SQLite file)" if magic else "empty file, not a store", path)
    from glossary.formats import read_glossary

    return read_glossary(path)


def import_files(store_path: str | os.PathLike, files: Iterable[str | os.PathLike], lock: bool = True,
                 fmt: str | None = None) -> ImportReport:
    """Read every glossary file first, then import them all in one transaction: a bad file changes nothing."""
    from glossary.formats import read_glossary

    entries: list[Entry] = []
    for path in files:
        entries.extend(read_glossary(path, fmt))
    with GlossaryStore.open(store_path, discard_if_new=True) as store:
        return store.import_entries(entries, lock=lock)
