"""Extraction speed: characters per second of the whole extraction vs fugashi's bare tokenization.

    .venv/bin/python bench/extraction_speed.py [--chars 1000000] [--data PATH]

Reads the Japanese side (column `ja`) of kyoto_wiki_ja_en.tsv.gz until --chars characters, one
paragraph per sentence row, then in the same run times
  1. bare tokenization: fugashi's Tagger (unidic-lite) over every paragraph, reading each token's surface;
  2. full extraction: glossary.extract.extract over the same paragraphs (tokenization included).
Both are warmed up first (dictionaries loaded) so that neither rate includes start-up. Wall-clock
time is the headline; CPU time of this process is printed too, because on a shared machine it
varies less with what other processes do.
Target (issue 3): extraction at ≥ 0.5× the bare tokenizer's rate.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.extract import extract  # noqa: E402
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    data = Path(args.data) if args.data else next(
        p for p in (ROOT.parent / "shared" / "data" / "kyoto_wiki_ja_en.tsv.gz",
                    Path("/work/shared/data/kyoto_wiki_ja_en.tsv.gz")) if p.is_file())
    texts = load(data, args.chars)
    chars = sum(len(t) for t in texts)
    paragraphs = [Paragraph(t, "kyoto_wiki", i + 1) for i, t in enumerate(texts)]
    tag = tagger()
    tag("ウォームアップ")
    extract("ウォームアップの金正恩総書記")

    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = 0
    for t in texts:
        for node in tag(t):
            node.surface
            n_tokens += 1
    bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    entries = extract(paragraphs, file="kyoto_wiki")
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0

    print(f"text: {len(texts)} paragraphs, {chars} chars, {n_tokens} tokens ({data.name})")
    print(f"bare fugashi tokenization  {chars / bare:12,.0f} chars/s  ({bare:.2f} s)")
    print(f"full extraction            {chars / full:12,.0f} chars/s  ({full:.2f} s, {len(entries)} entries)")
    print(f"ratio extraction/bare      {bare / full:.2f}×   target ≥ 0.5×   (CPU time: {bare_cpu / full_cpu:.2f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
