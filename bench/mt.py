"""MT step speed: yakugo's MT (glossary masking included) against argostranslate's own translate call.

Usage: .venv/bin/python bench/mt.py [--segments 600] [--max-chars 60]
Builds the tiny copy model (tests/tiny_argos.py) and installs it in a temporary folder; takes Japanese
sentences from ../shared/data/kyoto_wiki_ja_en.tsv.gz and their glossary terms from a glossary made of
kyoto_lexicon.csv.gz (glossary.lookup.scan); then, in one run, interleaved in chunks so that machine noise
hits every path alike:

  argos         argostranslate.translate.translate(q, "ja", "en") on the segments: its own call, with its
                own MiniSBD splitting (the package ships the splitter, so nothing is fetched)
  argos-masked  the same call on the masked segments yakugo sends (⟦1⟧ for each term): the same model work
                as yakugo's, so the difference is yakugo's overhead
  yakugo        ArgosBackend.translate_segments(segments, terms): masking, MT, restoring, checks

and separately the time of masking + restoring alone. Target: masking overhead under 10 %.
The copy model reads byte-level pieces (a kanji is 3 tokens), so a masked segment is shorter than the
original: that is why `yakugo` can beat `argos`; `argos-masked` is the like-for-like baseline.
Sockets are blocked for the whole run: nothing may reach the network.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
SHARED = Path(os.environ.get("YAKUGO_SHARED", ROOT.parent / "shared"))


def _blocked(*args, **kwargs):
    raise RuntimeError("bench/mt.py runs offline: network access is blocked")


def block_network() -> None:
    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked
    socket.create_connection = _blocked
    socket.getaddrinfo = _blocked


def load_sentences(n: int, max_chars: int) -> list[str]:
    out, seen = [], set()
    with gzip.open(SHARED / "data" / "kyoto_wiki_ja_en.tsv.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4 and 8 <= len(parts[2]) <= max_chars and parts[2] not in seen:
                seen.add(parts[2])
                out.append(parts[2])
                if len(out) >= n:
                    break
    return out


def load_glossary():
    from glossary.lookup import Glossary
    from glossary.model import Entry

    with gzip.open(SHARED / "data" / "kyoto_lexicon.csv.gz", "rt", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    entries, seen = [], set()
    for row in rows:
        if len(row) >= 2 and row[0] and row[1] and 2 <= len(row[0]) <= 12 and row[0] not in seen:
            seen.add(row[0])
            entries.append(Entry(ja=row[0], en=row[1]))
    return Glossary(entries)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=200)
    parser.add_argument("--max-chars", type=int, default=60, help="longest sentence taken (the test model reads "
                        "at most 256 tokens; kanji cost 3 byte tokens each)")
    parser.add_argument("--chunk", type=int, default=25)
    args = parser.parse_args()
    block_network()
    tmp = Path(tempfile.mkdtemp(prefix="yakugo-bench-mt-"))
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    os.environ["ARGOS_PACKAGES_DIR"] = str(tmp / "argos")     # argostranslate's own call finds the model here
    os.environ["YAKUGO_MODELS_DIR"] = str(tmp / "argos")

    from tiny_argos import build_package

    from tm.mt import load_backend, mask, restore, usable_terms
    from tm.mt_packages import install_package

    import ctranslate2.specs  # noqa: F401  (imports torch: keep it out of the build time below)

    started = time.perf_counter()
    path = build_package(tmp / "tiny.argosmodel")
    print(f"test model built in {time.perf_counter() - started:.2f} s ({path.stat().st_size // 1024} KiB)")
    install_package(path)

    started = time.perf_counter()
    backend = load_backend("argos")
    print(f"backend loaded in {time.perf_counter() - started:.2f} s (argostranslate import + placeholder probe): "
          f"{backend.describe()}")
    from argostranslate import translate as argos_translate

    segments = load_sentences(args.segments, args.max_chars)
    started = time.perf_counter()
    glossary = load_glossary()
    terms = [[(h.start, h.end, h.entry.en) for h in glossary.scan(s) if h.entry.en] for s in segments]
    n_terms = sum(len(usable_terms(s, t)) for s, t in zip(segments, terms))
    print(f"{len(segments)} segments ({sum(map(len, segments))} characters), {n_terms} glossary terms to mask "
          f"(glossary of {len(glossary)} entries, scanned in {time.perf_counter() - started:.1f} s)")

    form = backend.form
    masked = [mask(s, usable_terms(s, t), form) for s, t in zip(segments, terms)]
    # Warm up every path (model load, first allocations).
    for s, (m, _) in zip(segments[:5], masked[:5]):
        argos_translate.translate(s, "ja", "en")
        argos_translate.translate(m, "ja", "en")
    backend.translate_segments(segments[:5], terms[:5])

    timings = {"argos": 0.0, "argos-masked": 0.0, "yakugo": 0.0}
    reviewed = 0
    outputs = []
    for i in range(0, len(segments), args.chunk):
        chunk, chunk_terms = segments[i:i + args.chunk], terms[i:i + args.chunk]
        t0 = time.perf_counter()
        for s in chunk:
            argos_translate.translate(s, "ja", "en")
        t1 = time.perf_counter()
        for m, _ in masked[i:i + args.chunk]:
            outputs.append(argos_translate.translate(m, "ja", "en"))
        t2 = time.perf_counter()
        results = backend.translate_segments(chunk, chunk_terms)
        t3 = time.perf_counter()
        timings["argos"] += t1 - t0
        timings["argos-masked"] += t2 - t1
        timings["yakugo"] += t3 - t2
        reviewed += sum(r.needs_review for r in results)

    # Masking and restoring alone, on the same segments and the model's own output for the masked text.
    t0 = time.perf_counter()
    for s, t in zip(segments, terms):
        mask(s, usable_terms(s, t), form)
    for (m, slots), out, s in zip(masked, outputs, segments):
        restore(out, slots, form, s)
    mask_time = time.perf_counter() - t0

    n = len(segments)
    print()
    print(f"{'path':<13} {'seconds':>8} {'segments/s':>11}")
    for name, seconds in timings.items():
        print(f"{name:<13} {seconds:8.2f} {n / seconds:11.1f}")
    print()
    print(f"yakugo vs argostranslate's translate(): {timings['yakugo'] / timings['argos'] - 1:+.1%} time "
          f"(yakugo {n / timings['yakugo']:.1f} vs {n / timings['argos']:.1f} segments/s)")
    print(f"yakugo vs argostranslate's translate() on the masked segments (same model work): "
          f"{timings['yakugo'] / timings['argos-masked'] - 1:+.1%} time (target: overhead < 10 %)")
    print(f"masking + restoring alone: {mask_time * 1000:.1f} ms for {n} segments = "
          f"{mask_time / timings['yakugo']:.2%} of yakugo's MT step")
    print(f"segments flagged for review: {reviewed} (the copy model keeps every placeholder: expected 0)")


if __name__ == "__main__":
    main()
