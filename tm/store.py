"""The translation-memory store: one SQLite file of translation units, identical units merged.

Two units are the same unit when their languages, source and target are the same (after Unicode
NFC, the only normalization CAT tools such as OmegaT apply). Adding a unit that is already there
merges it into the stored one: the stronger origin wins (human > aligned > glossary > mt), the later
change date is kept, notes and properties are united. Every `add_*` call is one transaction, so a
failure part-way (a bad file feeding the iterable) leaves the store as it was.

Nothing above this module writes SQL; a PostgreSQL backend would implement the same methods.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from glossary.fileio import YakugoError, store_connection
from glossary.model import Entry
from tm.model import UNIT_ORIGINS, Unit, normalize_lang, utc_now

SCHEMA_VERSION = "1"
BATCH = 5000
# Origins from strongest to weakest: a merge keeps the stronger one ("mt" never overrides a human one).
ORIGIN_RANK = {origin: rank for rank, origin in enumerate(("human", "aligned", "glossary", "mt"))}
assert set(ORIGIN_RANK) == set(UNIT_ORIGINS)
# Property marking a unit made from a glossary entry (a term, not a sentence).
TERM_PROP = "x-yakugo-kind"
TERM_VALUE = "term"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
    id         INTEGER PRIMARY KEY,
    ukey       BLOB NOT NULL UNIQUE,   -- digest of (srclang, tgtlang, source, target): the merge key
    source     TEXT NOT NULL,
    target     TEXT NOT NULL,
    srclang    TEXT NOT NULL,
    tgtlang    TEXT NOT NULL,
    origin     TEXT NOT NULL,
    created    TEXT NOT NULL,          -- ISO 8601 UTC, 'YYYY-MM-DDTHH:MM:SSZ'
    changed    TEXT,
    creationid TEXT,
    changeid   TEXT,
    notes      TEXT NOT NULL DEFAULT '[]',  -- JSON list of strings
    props      TEXT NOT NULL DEFAULT '{}',  -- JSON object of strings
    context    TEXT
);
"""

_UPSERT = """
INSERT INTO units (ukey, source, target, srclang, tgtlang, origin, created, changed, creationid, changeid,
                   notes, props, context)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(ukey) DO UPDATE SET
    origin = stronger_origin(units.origin, excluded.origin),
    created = min(units.created, excluded.created),
    changed = later_date(units.changed, excluded.changed),
    changeid = CASE WHEN excluded.changed IS NOT NULL AND (units.changed IS NULL OR excluded.changed > units.changed)
                    THEN coalesce(excluded.changeid, units.changeid) ELSE units.changeid END,
    creationid = coalesce(units.creationid, excluded.creationid),
    notes = merge_notes(units.notes, excluded.notes),
    props = merge_props(units.props, excluded.props),
    context = coalesce(units.context, excluded.context)
"""

_COLUMNS = "id, source, target, srclang, tgtlang, origin, created, changed, creationid, changeid, notes, props, context"


def format_date(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.rstrip("Z")).replace(tzinfo=timezone.utc)


def unit_key(srclang: str, tgtlang: str, source: str, target: str) -> bytes:
    """The merge key of a unit (the texts are expected NFC already)."""
    data = "\x00".join((srclang.lower(), tgtlang.lower(), source, target)).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).digest()


@functools.lru_cache(maxsize=256)
def _lang(tag: str) -> str:
    return normalize_lang(tag or "")


def _stronger_origin(old: str, new: str) -> str:
    return new if ORIGIN_RANK.get(new, 99) < ORIGIN_RANK.get(old, 99) else old


def _later_date(old: str | None, new: str | None) -> str | None:
    if old is None:
        return new
    if new is None:
        return old
    return max(old, new)


def _merge_notes(old: str, new: str) -> str:
    if new == "[]" or new == old:
        return old
    notes = json.loads(old)
    notes += [n for n in json.loads(new) if n not in notes]
    return json.dumps(notes, ensure_ascii=False)


def _merge_props(old: str, new: str) -> str:
    if new == "{}" or new == old:
        return old
    props = json.loads(old)
    for key, value in json.loads(new).items():
        props.setdefault(key, value)  # the stored value wins: a re-import does not rewrite history
    return json.dumps(props, ensure_ascii=False, sort_keys=True)


@dataclass
class AddReport:
    """What an add did: units new to the store, units merged into existing ones, units skipped (empty side)."""

    added: int = 0
    merged: int = 0
    skipped: int = 0


@dataclass
class TMStats:
    """A store at a glance, for `yakugo tm stats`."""

    path: Path
    units: int
    by_origin: dict[str, int] = field(default_factory=dict)
    by_pair: dict[str, int] = field(default_factory=dict)  # "ja→en": count
    size_bytes: int = 0
    last_change: datetime | None = None

    def __len__(self) -> int:
        return self.units

    def to_dict(self) -> dict:
        return {"path": str(self.path), "units": self.units, "by_origin": self.by_origin,
                "by_pair": self.by_pair, "size_bytes": self.size_bytes,
                "last_change": format_date(self.last_change)}


def _row_to_unit(row: tuple) -> Unit:
    (_id, source, target, srclang, tgtlang, origin, created, changed, creationid, changeid, notes, props,
     context) = row
    return Unit(source=source, target=target, srclang=srclang, tgtlang=tgtlang, origin=origin,
                created=parse_date(created), changed=parse_date(changed), creationid=creationid,
                changeid=changeid, notes=json.loads(notes), props=json.loads(props), context=context)


class TMStore:
    """A translation memory in one SQLite file. Open with `TMStore.open(path)` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool = False):
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._depth = 0  # transaction nesting

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: str | os.PathLike, readonly: bool = False,
             discard_if_new: bool = False) -> Iterator["TMStore"]:
        """Open (creating if needed) the store at `path`; YakugoError if the file is not a yakugo TM store.

        `readonly=True` opens an existing store without creating or changing anything (a store on a read-only
        mount can be read); any write then raises YakugoError. `discard_if_new=True`: if the block raises and
        this call created the store, the new file is removed again (a failed import leaves nothing behind).
        """
        path = Path(path)
        with store_connection(path, readonly, discard_if_new) as conn:  # explicit transactions below
            try:
                # look before creating anything: a glossary store or another program's database is left as it was
                before = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if before and "units" not in before:
                    raise YakugoError("not a yakugo translation memory (another SQLite database"
                                      + (", a glossary store)" if "entries" in before else ")"), path)
                if not readonly:
                    conn.executescript(_SCHEMA)
                elif not before:
                    raise YakugoError("not a yakugo translation memory (an empty SQLite database)", path)
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                cols = {r[1] for r in conn.execute("PRAGMA table_info(units)")}
            except sqlite3.DatabaseError as exc:
                raise YakugoError(f"not a yakugo translation memory ({exc})", path) from None
            if "ukey" not in cols or "meta" not in tables:
                raise YakugoError("not a yakugo translation memory (another SQLite database)", path)
            if not readonly:
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            conn.create_function("stronger_origin", 2, _stronger_origin, deterministic=True)
            conn.create_function("later_date", 2, _later_date, deterministic=True)
            conn.create_function("merge_notes", 2, _merge_notes, deterministic=True)
            conn.create_function("merge_props", 2, _merge_props, deterministic=True)
            yield cls(conn, path, readonly)

    # ------------------------------------------------------------------ writing
    def import_units(self, units: Iterable[Unit]) -> AddReport:
        """Add `units` (any iterable, consumed in batches) in one transaction and say what happened.

        If the iterable raises (a bad file), nothing is added and the error propagates.
        Units with an empty source or target are skipped: an empty target means "untranslated" to CAT tools.
        """
        report = AddReport()
        conn = self._conn
        seen = 0
        with self.transaction():
            before = self._count()
            batch: list[tuple] = []
            for unit in units:
                row = self._row(unit)
                if row is None:
                    report.skipped += 1
                    continue
                batch.append(row)
                seen += 1
                if len(batch) >= BATCH:
                    conn.executemany(_UPSERT, batch)
                    batch.clear()
            if batch:
                conn.executemany(_UPSERT, batch)
            if seen:
                self._touch()
            report.added = self._count() - before
        report.merged = seen - report.added
        return report

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around several adds (e.g. all files of one import): all of them or none.

        Nested use joins the outer transaction.
        """
        if self.readonly:
            raise YakugoError("the store was opened read-only; it cannot be changed", self.path)
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    def add_units(self, units: Iterable[Unit]) -> int:
        """Add `units` (streamed, one transaction); identical units are merged. Returns how many were new."""
        return self.import_units(units).added

    def add_glossary_terms(self, entries: list[Entry], srclang: str = "ja", tgtlang: str = "en") -> int:
        """Add every glossary entry with English as term units (origin "glossary", prop x-yakugo-kind=term).

        Each Japanese spelling (the canonical form and its variants) becomes one unit with the preferred English,
        so a CAT tool finds the term under any spelling. Returns how many units were new.
        """
        def units() -> Iterator[Unit]:
            for entry in entries:
                if not entry.en:
                    continue
                props = {TERM_PROP: TERM_VALUE, "x-term-type": entry.type}
                if entry.status and entry.status != "auto":
                    props["x-term-status"] = entry.status
                for form in dict.fromkeys([entry.ja, *entry.variants]):
                    note = [] if form == entry.ja else [f"variant of {entry.ja}"]
                    yield Unit(source=form, target=entry.en, srclang=srclang, tgtlang=tgtlang, origin="glossary",
                               notes=note, props=dict(props))

        return self.add_units(units())

    def _row(self, unit: Unit) -> tuple | None:
        source = unicodedata.normalize("NFC", unit.source or "")
        target = unicodedata.normalize("NFC", unit.target or "")
        if not source.strip() or not target.strip():
            return None
        if unit.origin not in ORIGIN_RANK:
            raise YakugoError(f"unknown unit origin {unit.origin!r} (one of {', '.join(UNIT_ORIGINS)})")
        srclang = _lang(unit.srclang) or "ja"
        tgtlang = _lang(unit.tgtlang) or "en"
        notes = json.dumps(list(unit.notes), ensure_ascii=False) if unit.notes else "[]"
        props = json.dumps(dict(unit.props), ensure_ascii=False, sort_keys=True) if unit.props else "{}"
        return (unit_key(srclang, tgtlang, source, target), source, target, srclang, tgtlang, unit.origin,
                format_date(unit.created or utc_now()), format_date(unit.changed), unit.creationid,
                unit.changeid, notes, props, unit.context)

    def _touch(self) -> None:
        self._conn.execute("INSERT INTO meta VALUES ('last_change', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                           (format_date(utc_now()),))

    def _count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM units").fetchone()[0]

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return self._count()

    def iter_units(self, origins: Iterable[str] | None = None) -> Iterator[Unit]:
        """Every unit in insertion order, read in batches (flat memory for any store size)."""
        for row in self._iter_rows(_COLUMNS, origins):
            yield _row_to_unit(row)

    def iter_pairs(self, srclang: str | None = None, tgtlang: str | None = None,
                   origins: Iterable[str] | None = None) -> Iterator[tuple[int, str, str, str, str]]:
        """(id, source, target, origin, date) of the units, lighter than `iter_units`, for building indexes.

        `srclang`/`tgtlang` match on the language subtag (`ja` takes `ja-JP` too). `date` is the change
        date or else the creation date (ISO text).
        """
        where, params = [], []
        if srclang:
            where.append("(srclang = ? OR srclang LIKE ?)")
            params += [srclang, srclang + "-%"]
        if tgtlang:
            where.append("(tgtlang = ? OR tgtlang LIKE ?)")
            params += [tgtlang, tgtlang + "-%"]
        yield from self._iter_rows("id, source, target, origin, coalesce(changed, created)", origins, where, params)

    def _iter_rows(self, columns: str, origins: Iterable[str] | None, where: list[str] | None = None,
                   params: list | None = None) -> Iterator[tuple]:
        where = list(where or [])
        params = list(params or [])
        if origins is not None:
            origins = list(origins)
            where.append(f"origin IN ({','.join('?' * len(origins))})")
            params += origins
        sql = f"SELECT {columns} FROM units"
        if where:
            sql += " WHERE " + " AND ".join(where)
        cursor = self._conn.execute(sql + " ORDER BY id", params)
        try:
            while rows := cursor.fetchmany(1000):
                yield from rows
        finally:
            # a reader that failed half-way (a full disk) may drop this generator after the store closed
            with contextlib.suppress(sqlite3.ProgrammingError):
                cursor.close()

    def unit(self, unit_id: int) -> Unit | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM units WHERE id = ?", (unit_id,)).fetchone()
        return _row_to_unit(row) if row else None

    def languages(self) -> list[tuple[str, str]]:
        """The language pairs in the store, most units first."""
        return [(s, t) for s, t, _ in self._conn.execute(
            "SELECT srclang, tgtlang, count(*) AS n FROM units GROUP BY srclang, tgtlang ORDER BY n DESC, srclang")]

    def stats(self) -> TMStats:
        conn = self._conn
        by_origin = dict(conn.execute("SELECT origin, count(*) FROM units GROUP BY origin ORDER BY count(*) DESC"))
        by_pair = {f"{s}→{t}": n for s, t, n in conn.execute(
            "SELECT srclang, tgtlang, count(*) AS n FROM units GROUP BY srclang, tgtlang ORDER BY n DESC")}
        last = conn.execute("SELECT value FROM meta WHERE key='last_change'").fetchone()
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return TMStats(path=self.path, units=sum(by_origin.values()), by_origin=by_origin, by_pair=by_pair,
                       size_bytes=size, last_change=parse_date(last[0]) if last else None)
