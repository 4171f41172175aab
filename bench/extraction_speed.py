"""Extraction speed: characters per second of the whole extraction vs fugashi's bare tokenization.

    .venv/bin/python bench/extraction_speed.py [--chars 1000000] [--data PATH] [--repeat 1] [--workers N]

Reads the Japanese side (column `ja`) of kyoto_wiki_ja_en.tsv.gz until --chars characters, one
paragraph per sentence row, then in the same run times
  1. bare tokenization: fugashi's Tagger (unidic-lite) over every paragraph, reading each token's surface;
  2. extraction in one process: glossary.extract.extract(..., workers=1), tokenization included;
  3. extraction with every available core: extract(..., workers=N) (N = cores, or --workers).
The single-process ratio (2 vs 1) is the comparable one: the tokenizer runs in one process too.
Dictionaries are loaded before timing; each extraction starts with cold per-process memos
(glossary.extract.clear_caches), as in a fresh process. Wall-clock time is the headline; CPU time is
printed too (for the parallel run: this process plus its workers), because on a shared machine it
varies less with what other processes do. With --repeat, each figure is the best of the runs.
The last line is a SHA-1 digest of the entries (JSON of every Entry.to_dict()): a speed change that
must not change the output is checked by comparing the digest before and after it.
Target (issue 3): extraction at ≥ 0.5× the bare tokenizer's rate.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.extract import _available_cores, clear_caches, extract  # noqa: E402
from glossary.text import Paragraph  # noqa: E402
from glossary.tokenize import tagger  # noqa: E402


def load(path: Path, limit: int) -> list[str]:
    csv.field_size_limit(1 << 24)
    texts, total = [], 0
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            ja = (row.get("ja") or "").strip()
            if not ja:
                continue
            texts.append(ja)
            total += len(ja)
            if total >= limit:
                break
    return texts


def _children_cpu() -> float:
    """CPU seconds of this process's finished and reaped children (the parallel run's workers)."""
    multiprocessing.active_children()  # reaps workers that have ended
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def timed(fn, with_children: bool = False) -> tuple[float, float, object]:
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    out = fn()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if with_children:
        cpu += _children_cpu() - k0
    return wall, cpu, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--data", default=None)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the best is printed")
    ap.add_argument("--workers", type=int, default=0, help="processes of the parallel run (default: all cores)")
    args = ap.parse_args(argv)
    data = Path(args.data) if args.data else next(
        p for p in (ROOT.parent / "shared" / "data" / "kyoto_wiki_ja_en.tsv.gz",
                    Path("/work/shared/data/kyoto_wiki_ja_en.tsv.gz")) if p.is_file())
    texts = load(data, args.chars)
    chars = sum(len(t) for t in texts)
    paragraphs = [Paragraph(t, "kyoto_wiki", i + 1) for i, t in enumerate(texts)]
    cores = args.workers or _available_cores()
    tag = tagger()
    tag("ウォームアップ")
    extract("ウォームアップの金正恩総書記", workers=1)

    def bare() -> int:
        n = 0
        for t in texts:
            for node in tag(t):
                node.surface
                n += 1
        return n

    def single():
        clear_caches()
        return extract(paragraphs, file="kyoto_wiki", workers=1)

    def parallel():
        clear_caches()
        return extract(paragraphs, file="kyoto_wiki", workers=cores)

    best: dict[str, tuple[float, float, object]] = {}
    for _ in range(max(1, args.repeat)):
        for name, fn in (("bare", bare), ("single", single), ("parallel", parallel)):
            wall, cpu, out = timed(fn, with_children=name == "parallel")
            if name in best:  # the best wall time and the best CPU time (possibly of different runs)
                wall, cpu = min(wall, best[name][0]), min(cpu, best[name][1])
            best[name] = (wall, cpu, out)
    (bw, bc, n_tokens), (sw, sc, entries), (pw, pc, p_entries) = best["bare"], best["single"], best["parallel"]
    same = [e.to_dict() for e in entries] == [e.to_dict() for e in p_entries]

    print(f"text: {len(texts)} paragraphs, {chars} chars, {n_tokens} tokens ({data.name}); "
          f"best of {max(1, args.repeat)} run(s); {_available_cores()} core(s) available")
    print(f"bare fugashi tokenization      {chars / bw:12,.0f} chars/s  ({bw:.2f} s wall, {bc:.2f} s CPU)")
    print(f"extraction, one process        {chars / sw:12,.0f} chars/s  ({sw:.2f} s wall, {sc:.2f} s CPU, "
          f"{len(entries)} entries)")
    print(f"extraction, {cores} processes       {chars / pw:12,.0f} chars/s  ({pw:.2f} s wall, "
          f"{pc:.2f} s CPU of all processes; same entries: {'yes' if same else 'NO'})")
    print(f"ratio one process / bare       {bw / sw:.2f}× wall, {bc / sc:.2f}× CPU   target ≥ 0.5× "
          f"(the comparable figure: both in one process)")
    print(f"ratio {cores} processes / bare     {bw / pw:.2f}× wall   (uses {cores} cores against the tokenizer's one; "
          f"depends on how idle the cores are)")
    dump = json.dumps([e.to_dict() for e in entries], ensure_ascii=False, sort_keys=True)
    print(f"entries digest                 sha1 {hashlib.sha1(dump.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
