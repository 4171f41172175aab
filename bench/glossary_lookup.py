"""Glossary lookup and scan speed on a real termbase: the Kyoto lexicon (51,981 JA→EN pairs) imported as a glossary.

Prints, beside a naive baseline measured in the same run:
- the median time to look up one term (target < 1 ms): Japanese spellings and English forms,
  plus fuzzy lookups (only used when nothing matches exactly) for information;
- the median time to scan a 10,000-character Japanese text for every glossary term (target < 50 ms),
  on Kyoto Wikipedia text (the lexicon's own domain) and on the seed news articles.

Usage: .venv/bin/python bench/glossary_lookup.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gzip
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.formats import read_glossary  # noqa: E402
from glossary.lookup import Glossary, english_key  # noqa: E402
from glossary.normalize import variant_key  # noqa: E402
from glossary.store import GlossaryStore  # noqa: E402

TEXT_CHARS = 10_000


def median_ms(func, items, repeat=1) -> float:
    times = []
    for item in items:
        for _ in range(repeat):
            start = time.perf_counter()
            func(item)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def kyoto_text(shared: Path, skip_docs: int = 40) -> str:
    """10,000 characters of Kyoto Wikipedia sentences, from documents after the first few."""
    parts, size = [], 0
    with gzip.open(shared / "data" / "kyoto_wiki_ja_en.tsv.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        docs = set()
        for line in handle:
            doc, _, ja, _ = line.rstrip("\n").split("\t", 3)
            docs.add(doc)
            if len(docs) <= skip_docs:
                continue
            parts.append(ja)
            size += len(ja)
            if size >= TEXT_CHARS:
                break
    return "".join(parts)[:TEXT_CHARS]


def seed_text(shared: Path) -> str:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt")))
    while text and len(text) < TEXT_CHARS:
        text += text
    return text[:TEXT_CHARS]


class NaiveGlossary:
    """The baseline: a loop over every term for a lookup, `str.find` per term for a scan."""

    def __init__(self, entries):
        self.pairs = [(variant_key(v), e) for e in entries for v in e.variants]
        self.english = [(english_key(e.en), e) for e in entries if e.en]
        self.surfaces = [(v, e) for e in entries for v in e.variants]

    def lookup(self, term):
        key = variant_key(term)
        found = [e for k, e in self.pairs if k == key]
        if not found:
            ekey = english_key(term)
            found = [e for k, e in self.english if k == ekey]
        return found

    def scan(self, text):
        best = {}
        for surface, entry in self.surfaces:
            start = text.find(surface)
            while start != -1:
                if len(surface) > best.get(start, ("",))[0].__len__():
                    best[start] = (surface, entry)
                start = text.find(surface, start + 1)
        hits, covered = [], 0
        for start in sorted(best):
            if start >= covered:
                surface, entry = best[start]
                hits.append((start, surface, entry))
                covered = start + len(surface)
        return hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=next(
        (p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()), ROOT.parent / "shared"))
    args = parser.parse_args()
    lexicon = args.shared / "data" / "kyoto_lexicon.csv.gz"

    start = time.perf_counter()
    entries = read_glossary(lexicon)
    read_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with GlossaryStore.open(Path(tmp) / "glossary.db") as store:
            report = store.import_entries(entries)
            stored = store.entries()
        import_s = time.perf_counter() - start
    start = time.perf_counter()
    glossary = Glossary(stored)
    index_s = time.perf_counter() - start
    start = time.perf_counter()
    glossary.scan("平壌")  # builds the automaton
    automaton_s = time.perf_counter() - start
    naive = NaiveGlossary(stored)

    print(f"Kyoto lexicon: {len(entries)} pairs read in {read_s:.2f} s; store import {import_s:.2f} s "
          f"({report.describe()}); {len(stored)} entries")
    print(f"index {index_s * 1000:.0f} ms, Aho–Corasick automaton {automaton_s * 1000:.0f} ms (built once)")

    rng = random.Random(7)
    sample = rng.sample(stored, 1000)
    ja_queries = [rng.choice(e.variants) for e in sample]
    en_queries = [e.en for e in sample if e.en][:1000]
    fuzzy_queries = [q[:-1] + "ノ" for q in ja_queries[:100] if len(q) > 3]
    print("\nlookup, median per term (target < 1 ms):")
    rows = [("Japanese spelling", ja_queries, 1), ("English", en_queries, 1)]
    for label, queries, _ in rows:
        fast = median_ms(glossary.lookup, queries)
        slow = median_ms(naive.lookup, queries[:100])
        print(f"  {label:<18} {fast:8.4f} ms   naive loop {slow:8.2f} ms   ×{slow / fast:,.0f}")
    fuzzy = median_ms(glossary.lookup, fuzzy_queries)
    print(f"  {'fuzzy (no exact)':<18} {fuzzy:8.3f} ms   (rapidfuzz over {len(glossary._ja):,} keys)")

    print(f"\nscan a {TEXT_CHARS:,}-character text for every term, median (target < 50 ms):")
    for label, text in (("Kyoto Wikipedia", kyoto_text(args.shared)), ("seed news articles", seed_text(args.shared))):
        fast = median_ms(glossary.scan, [text], repeat=15)
        slow = median_ms(naive.scan, [text], repeat=3)
        hits = glossary.scan(text)
        print(f"  {label:<18} {fast:8.2f} ms   naive loop {slow:8.0f} ms   ×{slow / fast:,.0f}   "
              f"{len(hits)} hits ({len(naive.scan(text))} by the naive loop)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
