"""Pre-translation speed: a 100k-unit TM and the Kyoto lexicon glossary, 10,000 other sentences, 1 process vs all cores.

Usage: .venv/bin/python bench/pretranslate.py [--units 100000] [--queries 10000]
Reads ../shared/data/kyoto_wiki_ja_en.tsv.gz (TM: the first N pairs; queries: the next sentences not in the TM)
and kyoto_lexicon.csv.gz (glossary). Prints segments/s for each run and the ratio. Target: >= 500 segments/s
on 2 cores (TM + glossary, no MT).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.model import Entry  # noqa: E402
from tm.pretranslate import Pretranslator, Settings, pretranslate_files  # noqa: E402
from tm.store import TMStore  # noqa: E402
from tm.model import Unit  # noqa: E402

SHARED = Path(os.environ.get("YAKUGO_SHARED", ROOT.parent / "shared"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=40, help="drafts the queries are spread over")
    args = parser.parse_args()
    data = SHARED / "data"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pairs, queries, seen = [], [], set()
        with gzip.open(data / "kyoto_wiki_ja_en.tsv.gz", "rt", encoding="utf-8") as handle:
            next(handle)
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 4 or not parts[2] or not parts[3]:
                    continue
                if len(pairs) < args.units:
                    pairs.append((parts[2], parts[3]))
                    seen.add(parts[2])
                elif parts[2] not in seen and "\n" not in parts[2]:
                    queries.append(parts[2])
                    if len(queries) >= args.queries:
                        break
        started = time.monotonic()
        with TMStore.open(tmp / "memory.db") as store:
            store.add_units(Unit(ja, en) for ja, en in pairs)
        print(f"TM store: {len(pairs)} units in {time.monotonic() - started:.1f} s")
        with gzip.open(data / "kyoto_lexicon.csv.gz", "rt", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))[1:]
        entries = {}
        for row in rows:
            if len(row) >= 2 and row[0].strip() and row[1].strip() and row[0] not in entries:
                entries[row[0]] = Entry(row[0].strip(), en=row[1].strip(), type="term")
        (tmp / "glossary.json").write_text(json.dumps([e.to_dict() for e in entries.values()], ensure_ascii=False),
                                           "utf-8")
        print(f"Glossary: {len(entries)} entries")
        drafts = tmp / "drafts"
        drafts.mkdir()
        per_file = -(-len(queries) // args.files)
        for i in range(args.files):
            chunk = queries[i * per_file:(i + 1) * per_file]
            if chunk:
                (drafts / f"d{i:03}.txt").write_text("\n\n".join(chunk) + "\n", "utf-8")
        settings = Settings(memory=str(tmp / "memory.db"), glossary=str(tmp / "glossary.json"), min_score=75,
                            mt="none", format="xliff")
        started = time.monotonic()
        translator = Pretranslator(settings)
        print(f"Matcher + glossary built in {time.monotonic() - started:.1f} s (once, before the workers fork)")
        rates = {}
        for workers in (1, os.cpu_count() or 1):
            summary = pretranslate_files([drafts], tmp / f"out{workers}", settings, workers=workers,
                                         translator=translator)
            rates[workers] = summary.segments / summary.seconds
            print(f"{workers} process(es): {summary.segments} segments in {summary.seconds:.1f} s = "
                  f"{rates[workers]:.0f} segments/s; origins {dict(summary.by_origin)}; failed {len(summary.failed)}")
            translator._cache.clear()
        cores = os.cpu_count() or 1
        print(f"all cores ({cores}) vs 1 process: {rates[cores] / rates[1]:.2f}x; "
              f"target >= 500 segments/s on 2 cores: {'met' if rates[cores] >= 500 else 'NOT met'}")


if __name__ == "__main__":
    main()
