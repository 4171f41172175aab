"""Fuzzy translation-memory lookup at scale: a character-bigram index for candidates, rapidfuzz for the score.

The score is the CAT tools' convention: character Levenshtein similarity, `100 × (1 − distance / longer
length)`, on NFC text (no other normalization, like OmegaT). Only identical text scores 100; other scores
are floored to one decimal so a near-identical sentence never shows as 100.

How a lookup stays fast at hundreds of thousands of units: the units are numbered in order of length,
so the length window a threshold allows (a unit `n` times shorter or longer than the query cannot reach
`min_score`) is one contiguous range of every posting list. The query's bigrams (with start and end marks)
are looked up in an inverted index of the units' bigrams; units in the window are ranked by how many
bigrams they share (very common bigrams are skipped when rarer ones remain), and only the best few hundred
are scored exactly. Exact matches come from a hash table. Results are ordered by score, then origin
(human > aligned > glossary > mt), then the most recent change, then the texts — deterministic.

MT units ("mt") are not human translations: they are left out unless `include_mt=True`, and then rank
below any human unit of the same score.
"""
from __future__ import annotations

import math
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from glossary.fileio import YakugoError
from tm.model import Unit
from tm.store import ORIGIN_RANK, parse_date

# How many of the best-ranked candidates are scored exactly: large enough that the true best match is
# almost never missed (measured in bench/tm_speed.py), small enough to cost well under a millisecond.
CANDIDATES = 400
# A bigram found in more than this share of the length window says little; skip it while rarer ones remain.
COMMON_SHARE = 0.35
MIN_GRAMS = 4
_UNIT_BITS = 22  # units per index: up to 4 M (gram codes take the other 42 bits of a uint64 key)
_CHUNK = 50_000


@dataclass
class Match:
    """One TM match: the stored source and target, the 0–100 score, the unit's origin, and the unit."""

    source: str
    target: str
    score: float
    origin: str
    unit: Unit
    unit_id: int | None = None

    @property
    def exact(self) -> bool:
        return self.score >= 100.0

    def to_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "score": self.score, "origin": self.origin}


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _grams_of(text: str) -> np.ndarray:
    """The distinct bigram codes of one text, with a start and an end mark (so 1-character texts have grams)."""
    cps = np.zeros(len(text) + 2, dtype=np.uint64)
    cps[1:-1] = _codes(text)
    return _sorted_distinct((cps[:-1] << np.uint64(21)) | cps[1:])


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique without its hash pass, which is several times slower on uint64 keys)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    return values[np.r_[True, values[1:] != values[:-1]]]


def _similarity_bound(shorter: int, longer: int) -> float:
    return shorter / longer if longer else 1.0


class Matcher:
    """A fuzzy index over translation units; build it once, then call `lookup` for any number of segments."""

    def __init__(self, rows: Iterable[tuple], srclang: str = "ja", tgtlang: str = "en", include_mt: bool = False):
        """Index `rows` of `(id, source, target, origin, date)` (as `TMStore.iter_pairs` gives them)."""
        self.srclang, self.tgtlang = srclang, tgtlang
        ids, sources, targets, origins, dates = [], [], [], [], []
        for unit_id, source, target, origin, date in rows:
            if origin == "mt" and not include_mt:
                continue
            source = unicodedata.normalize("NFC", source).replace("\x00", "")
            if not source or not target:
                continue
            ids.append(unit_id)
            sources.append(source)
            targets.append(target)
            origins.append(origin)
            dates.append(date or "")
        if len(sources) >= 1 << _UNIT_BITS:
            raise YakugoError(f"a fuzzy index holds at most {1 << _UNIT_BITS} units, not {len(sources)}")
        lengths = np.fromiter((len(s) for s in sources), dtype=np.int32, count=len(sources))
        order = np.argsort(lengths, kind="stable")  # internal number = rank by length
        self._ids = [ids[i] for i in order]
        self._sources = [sources[i] for i in order]
        self._targets = [targets[i] for i in order]
        self._origins = [origins[i] for i in order]
        self._dates = [dates[i] for i in order]
        self._lengths = lengths[order]
        self._exact: dict[str, list[int]] = {}
        for i, source in enumerate(self._sources):
            self._exact.setdefault(source, []).append(i)
        self._build_index()

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_store(cls, store, srclang: str = "ja", tgtlang: str = "en", include_mt: bool = False) -> "Matcher":
        origins = None if include_mt else [o for o in ORIGIN_RANK if o != "mt"]
        return cls(store.iter_pairs(srclang=srclang, tgtlang=tgtlang, origins=origins), srclang, tgtlang,
                   include_mt)

    @classmethod
    def from_units(cls, units: Iterable[Unit], include_mt: bool = False) -> "Matcher":
        from tm.store import format_date

        return cls(((None, u.source, u.target, u.origin, format_date(u.changed or u.created)) for u in units),
                   include_mt=include_mt)

    @classmethod
    def from_tmx(cls, path: str | os.PathLike, srclang: str = "ja", tgtlang: str = "en",
                 include_mt: bool = False) -> "Matcher":
        from tm.formats.tmx import iter_units

        return cls.from_units(iter_units(path, srclang=srclang, tgtlang=tgtlang), include_mt=include_mt)

    @classmethod
    def open(cls, path: str | os.PathLike, srclang: str = "ja", tgtlang: str = "en",
             include_mt: bool = False) -> "Matcher":
        """A matcher over a TM store (SQLite) or a TMX file, whichever `path` is."""
        path = Path(path)
        if not path.is_file():
            raise YakugoError("no such memory (a TM store or a TMX file)", path)
        with path.open("rb") as stream:
            head = stream.read(16)
        if head.startswith(b"SQLite format 3"):
            from tm.store import TMStore

            with TMStore.open(path, readonly=True) as store:
                return cls.from_store(store, srclang, tgtlang, include_mt)
        if path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
            raise YakugoError("not a yakugo store (not an SQLite file)" if head else "empty file, not a store", path)
        return cls.from_tmx(path, srclang, tgtlang, include_mt)

    def _build_index(self) -> None:
        """Posting lists of (bigram → internal unit numbers, ascending), deduplicated, built chunk by chunk."""
        keys = []
        unit_bits = np.uint64(_UNIT_BITS)
        for start in range(0, len(self._sources), _CHUNK):
            chunk = self._sources[start:start + _CHUNK]
            # One buffer for the chunk: a 0 before, between and after texts marks starts and ends.
            cps = np.zeros(sum(len(s) for s in chunk) + len(chunk) + 1, dtype=np.uint64)
            cps[1:] = _codes("\x00".join(chunk) + "\x00")
            lens = np.fromiter((len(s) + 1 for s in chunk), dtype=np.int64, count=len(chunk))
            # gram p = (cps[p], cps[p+1]) belongs to the text that the character at p+1 ends or starts
            owner = np.repeat(np.arange(start, start + len(chunk), dtype=np.uint64), lens)
            grams = (cps[:-1] << np.uint64(21)) | cps[1:]
            keys.append(_sorted_distinct((grams << unit_bits) | owner))
        if keys:
            key = np.concatenate(keys)
            key.sort()
        else:
            key = np.zeros(0, dtype=np.uint64)
        self._postings = (key & np.uint64((1 << _UNIT_BITS) - 1)).astype(np.int32)
        grams = key >> unit_bits
        del key
        starts = np.flatnonzero(np.r_[True, grams[1:] != grams[:-1]]) if len(grams) else np.zeros(0, np.int64)
        self._grams = grams[starts]
        self._indptr = np.r_[starts, len(grams)].astype(np.int64)

    def __len__(self) -> int:
        return len(self._sources)

    # ------------------------------------------------------------------ lookup
    def lookup(self, text: str, min_score: float = 75, n: int = 5) -> list[Match]:
        """The best `n` matches for `text` scoring at least `min_score` (0–100), exact matches first."""
        query = unicodedata.normalize("NFC", text).strip().replace("\x00", "")
        if not query or not self._sources or n <= 0:
            return []
        cutoff = max(0.0, min(1.0, min_score / 100.0))
        found: dict[int, float] = {i: 1.0 for i in self._exact.get(query, ())}
        if len(found) < n:
            for i, sim in self._fuzzy(query, cutoff, exclude=found):
                found[i] = sim
        ranked = sorted(found.items(), key=lambda item: self._order(item[0], item[1]))
        return [self._match(i, sim) for i, sim in ranked[:n]]

    def _order(self, i: int, sim: float) -> tuple:
        # newer first: invert the ISO date string character by character for an ascending sort
        date_desc = tuple(-ord(c) for c in self._dates[i])
        return (-sim, ORIGIN_RANK.get(self._origins[i], 9), date_desc, self._sources[i], self._targets[i], i)

    def _window(self, length: int, cutoff: float) -> tuple[int, int]:
        """Internal numbers [lo, hi) of the units whose length allows a similarity >= cutoff."""
        if cutoff <= 0:
            return 0, len(self._sources)
        shortest = math.ceil(length * cutoff - 1e-9)
        longest = math.floor(length / cutoff + 1e-9)
        lo = int(np.searchsorted(self._lengths, shortest, side="left"))
        hi = int(np.searchsorted(self._lengths, longest, side="right"))
        return lo, hi

    def _fuzzy(self, query: str, cutoff: float, exclude: dict[int, float]) -> list[tuple[int, float]]:
        lo, hi = self._window(len(query), cutoff)
        if hi <= lo:
            return []
        qgrams = _grams_of(query)
        pos = np.searchsorted(self._grams, qgrams)
        inside = pos < len(self._grams)
        pos = pos[inside]
        pos = pos[self._grams[pos] == qgrams[inside]]
        slices = []
        for g in pos:
            a, b = self._indptr[g], self._indptr[g + 1]
            plist = self._postings[a:b]
            s = a + int(np.searchsorted(plist, lo, side="left"))
            e = a + int(np.searchsorted(plist, hi, side="left"))
            if e > s:
                slices.append((e - s, s, e))
        if not slices:
            return []
        slices.sort()
        window = hi - lo
        keep = [sl for sl in slices if sl[0] <= COMMON_SHARE * window]
        if len(keep) < MIN_GRAMS:
            keep = slices[:max(MIN_GRAMS, len(keep))]
        hits = np.concatenate([self._postings[s:e] for _, s, e in keep]) - lo
        counts = np.bincount(hits, minlength=window)
        nonzero = np.count_nonzero(counts)
        k = min(CANDIDATES, nonzero)
        if k == 0:
            return []
        if nonzero > k:
            best = np.argpartition(-counts, k - 1)[:k]
        else:
            best = np.flatnonzero(counts)
        candidates = [int(i) + lo for i in best if int(i) + lo not in exclude]
        if not candidates:
            return []
        scores = process.cdist([query], [self._sources[i] for i in candidates],
                               scorer=Levenshtein.normalized_similarity, score_cutoff=cutoff, workers=1)[0]
        return [(i, float(sim)) for i, sim in zip(candidates, scores) if sim >= cutoff and sim > 0]

    def _match(self, i: int, sim: float) -> Match:
        source, target = self._sources[i], self._targets[i]
        score = 100.0 if sim >= 1.0 else min(99.9, math.floor(sim * 1000 + 1e-9) / 10)
        date = parse_date(self._dates[i]) if self._dates[i] else None
        unit = Unit(source=source, target=target, srclang=self.srclang, tgtlang=self.tgtlang,
                    origin=self._origins[i])
        if date is not None:
            unit.created = date
        return Match(source=source, target=target, score=score, origin=self._origins[i], unit=unit,
                     unit_id=self._ids[i])


def brute_force(units: list[tuple[str, str]], text: str, min_score: float = 75, n: int = 5) -> list[tuple[int, float]]:
    """Reference lookup for benchmarks and tests: rapidfuzz over every source, (index, similarity 0–1)."""
    query = unicodedata.normalize("NFC", text).strip()
    found = process.extract(query, [s for s, _ in units], scorer=Levenshtein.normalized_similarity,
                            score_cutoff=min_score / 100.0, limit=n)
    return [(index, float(sim)) for _, sim, index in found]
