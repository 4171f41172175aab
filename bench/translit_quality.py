"""Transliteration quality against the gold lists (issue 4, "Measure").

    .venv/bin/python bench/translit_quality.py [--shared ../shared] [--misses]

1. ../shared/gold/dev_names.tsv: top-1 and top-5 accuracy per origin, with `origin=auto` and with the
   true origin given; Korean rows three ways (kanji with reading, reading alone, kanji alone); and the
   precision of all results with confidence >= 0.9. Top-5 counts the first five distinct forms of
   [english, *alternatives] (`alternatives` starts with the English itself). A result is right when it
   equals `en` or one of `en_alternatives` (case and hyphen/space differences ignored: "Kim Jong-un" = "Kim Jong Un" is NOT
   ignored, only letter case and surrounding spaces); the strict figure counts `en` only.
2. ../shared/gold/seed_gold.tsv: the English that `yakugo build` gives (glossary.extract.extract over the
   corpus, then Transliterator().apply) for the Korean and Russian persons and places.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.translit import Transliterator  # noqa: E402

TARGETS = {"ru": 0.90, "ko_north": 0.95, "ko_south": 0.85, "ko_place": 0.90}
TOP5_TARGET = 0.97


def norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def accepted(row: dict) -> set[str]:
    return {norm(row["en"])} | {norm(a) for a in (row.get("en_alternatives") or "").split("|") if a}


def dev(t: Transliterator, path: Path, show_misses: bool) -> None:
    rows = read_tsv(path)
    stats = defaultdict(lambda: [0, 0, 0, 0])  # n, top1, top1 strict, top5
    high = [0, 0]
    misses = []
    for row in rows:
        origin = row["origin"]
        modes = [("katakana", row["ja"], None)] if origin == "ru" else [
            ("kanji+reading", row["ja"], row["reading"] or None),
            ("reading", row["reading"], None),
            ("kanji", row["ja"], None)]
        for mode, text, reading in modes:
            if not text:
                continue
            for how in ("auto", "true"):
                if how == "auto":
                    kwargs = {"origin": "auto"}
                elif origin == "ko_place":
                    kwargs = {"origin": "ko", "type": "place"}
                else:
                    kwargs = {"origin": origin, "type": "person" if origin != "ru" else None}
                r = t.transliterate(text, reading=reading, n=5, **kwargs)
                ok = accepted(row)
                top1 = norm(r.english) in ok
                top5 = any(norm(a) in ok for a in list(dict.fromkeys([r.english, *r.alternatives]))[:5])
                s = stats[(origin, mode, how)]
                s[0] += 1
                s[1] += top1
                s[2] += norm(r.english) == norm(row["en"])
                s[3] += top5
                if r.confidence >= 0.9:
                    high[0] += 1
                    high[1] += top1
                if not top1 and show_misses and how == "auto":
                    misses.append(f"  {row['id']} {mode:14} {text}{'（'+reading+'）' if reading else ''}: "
                                  f"got {r.english!r} ({r.origin}, {r.confidence:.2f}, {r.source}); want {row['en']!r}")
    print(f"dev names ({path.name}, {len(rows)} rows)")
    print(f"  {'origin':9} {'input':14} {'origin given':12} {'n':>4} {'top-1':>6} {'strict':>6} {'top-5':>6}"
          f"  targets (auto): top-1, top-5 {TOP5_TARGET:.2f}")
    for (origin, mode, how), (n, t1, strict, t5) in sorted(stats.items()):
        target = TARGETS.get(origin) if how == "auto" and mode in ("katakana", "kanji+reading") else None
        mark = "" if target is None else (f"  {target:.2f} {'ok' if t1 / n >= target else 'SHORT'},"
                                          f" {'ok' if t5 / n >= TOP5_TARGET else 'SHORT'}")
        print(f"  {origin:9} {mode:14} {how:12} {n:4d} {t1 / n:6.3f} {strict / n:6.3f} {t5 / n:6.3f}{mark}")
    if high[0]:
        print(f"  precision at confidence >= 0.9: {high[1] / high[0]:.3f} ({high[1]}/{high[0]} results; target 0.95)")
    for line in misses:
        print(line)


def seed(t: Transliterator, shared: Path, show_misses: bool) -> None:
    try:
        from glossary.extract import extract
        from glossary.text import iter_text_files, read_paragraphs
    except ImportError:
        print("seed gold: glossary.extract not available, skipped")
        return
    rows = [r for r in read_tsv(shared / "gold" / "seed_gold.tsv")
            if r["type"] in ("person", "place") and r["origin"] in ("ru", "ko_north", "ko_south", "ko")]
    paragraphs = [p for path in iter_text_files([str(shared / "seeds")]) for p in read_paragraphs(path)]
    entries = extract(paragraphs)
    t.apply(entries)
    by_form: dict[str, list] = defaultdict(list)
    for e in entries:
        for v in e.variants:
            by_form[v].append(e)
    found = right = 0
    misses = []
    for row in rows:
        forms = [f for f in row["ja_forms"].split("|") if len(f) > 1]
        candidates = [e for f in forms for e in by_form.get(f, [])]
        if not candidates:
            misses.append(f"  {row['id']} not extracted: {row['ja_forms']}")
            continue
        found += 1
        best = max(candidates, key=lambda e: e.count)
        if norm(best.en) in accepted(row):
            right += 1
        else:
            misses.append(f"  {row['id']} {best.ja}: got {best.en!r} ({best.provenance}, {best.confidence:.2f}); "
                          f"want {row['en']!r}")
    print(f"seed gold persons/places of Korean and Russian origin ({len(rows)} rows), as `yakugo build` gives them")
    print(f"  extracted {found}/{len(rows)}; English right {right}/{found} = {right / max(1, found):.3f} "
          f"of extracted, {right / max(1, len(rows)):.3f} of all (target 0.95)")
    if show_misses:
        for line in misses:
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--misses", action="store_true", help="list the wrong answers")
    parser.add_argument("--names", help="a name list in dev_names.tsv's columns to measure instead of the dev list "
                                        "(a held-out list); the seed figures are printed as well")
    args = parser.parse_args()
    shared = Path(args.shared)
    started = time.monotonic()
    t = Transliterator()
    print(f"loaded in {time.monotonic() - started:.1f}s")
    dev(t, Path(args.names) if args.names else shared / "gold" / "dev_names.tsv", args.misses)
    seed(t, shared, args.misses)
    print(f"total {time.monotonic() - started:.1f}s")


if __name__ == "__main__":
    main()
