"""Sentence-alignment quality on real news documents with a gold alignment.

Data: ../shared/parallel_docs_wmt21/wmt21_*.{ja,en}.txt, 7 international-affairs documents from the
WMT21 news test set, one segment per line; line i of the .ja file translates line i of the .en file
(the gold, 1:1). Optionally (--all) also every document of newstest2021.{en-ja,ja-en}.segments.tsv.

Method: each document's lines are joined into one paragraph per side (Japanese without a separator,
English with a space), so the line breaks that carry the gold are gone — except the first line, the
headline, which stays a paragraph of its own as it is in the source XML (a headline has no final
punctuation, so no splitter can cut it from the lead sentence once glued to it; the "all joined" rows
show that stricter setting too). The text is re-segmented with
yakugo's own splitter (`tm.segment`, both modes: "srx" = OmegaT-compatible, "sentence" = linguistic)
and aligned with `tm.align.align`. Scoring: an aligned pair is the text of its Japanese side and of its
English side (white space removed, so a 2:1 bead that rejoins a gold line cut in two by the splitter is
the gold pair again); a gold pair is one line pair. Precision = correct aligned pairs / aligned pairs
with both sides non-empty; recall = correct / gold pairs; F1 their harmonic mean. A pair is correct
only if both sides equal a gold pair exactly, so a splitter that merges two gold lines costs both.
Target (issue 6): F1 >= 0.95.

Run: .venv/bin/python bench/alignment.py [--all]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tm.align import align  # noqa: E402
from tm.segment import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared" / "parallel_docs_wmt21"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/parallel_docs_wmt21")


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def documents(include_tsv: bool) -> list[tuple[str, list[str], list[str]]]:
    """(name, Japanese lines, English lines) with line i ↔ line i."""
    docs = []
    for ja_path in sorted(SHARED.glob("wmt21_*.ja.txt")):
        en_path = ja_path.with_name(ja_path.name.replace(".ja.txt", ".en.txt"))
        ja = [l.strip() for l in ja_path.read_text(encoding="utf-8").splitlines() if l.strip()]
        en = [l.strip() for l in en_path.read_text(encoding="utf-8").splitlines() if l.strip()]
        if len(ja) != len(en):
            raise SystemExit(f"{ja_path}: {len(ja)} lines but {len(en)} in {en_path}")
        docs.append((ja_path.name.removesuffix(".ja.txt"), ja, en))
    if include_tsv:
        for name, cols in (("newstest2021.en-ja.segments.tsv", (3, 2)), ("newstest2021.ja-en.segments.tsv", (2, 3))):
            grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
            with open(SHARED / name, encoding="utf-8", newline="") as handle:
                for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) < 4 or row[0] == "doc_id":
                        continue
                    grouped[row[0]].append((row[cols[0]].strip(), row[cols[1]].strip()))
            for doc, rows in grouped.items():
                rows = [r for r in rows if r[0] and r[1]]
                docs.append((f"{name.split('.')[1]}:{doc}", [r[0] for r in rows], [r[1] for r in rows]))
    return docs


def resegment(lines: list[str], lang: str, mode: str, headline: bool) -> list[str]:
    """The document's sentences by yakugo's splitter, the lines joined (the headline apart if `headline`)."""
    glue = "" if lang == "ja" else " "
    if headline:
        return split_sentences(lines[0], lang, mode) + split_sentences(glue.join(lines[1:]), lang, mode)
    return split_sentences(glue.join(lines), lang, mode)


def score(docs, mode: str, headline: bool = True) -> dict:
    correct = produced = gold = 0
    splitter_exact = 0
    for _name, ja_lines, en_lines in docs:
        ja = resegment(ja_lines, "ja", mode, headline)
        en = resegment(en_lines, "en", mode, headline)
        gold_pairs = {(_key(a), _key(b)) for a, b in zip(ja_lines, en_lines)}
        gold += len(gold_pairs)
        splitter_exact += int(len(ja) == len(ja_lines)) + int(len(en) == len(en_lines))
        for pair in align(ja, en):
            if not pair.ja or not pair.en:
                continue
            produced += 1
            got = (_key("".join(ja[i] for i in pair.ja)), _key(" ".join(en[j] for j in pair.en)))
            correct += got in gold_pairs
    p = correct / produced if produced else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "pairs": produced, "gold": gold, "correct": correct,
            "sides_segmented_as_gold": splitter_exact, "sides": 2 * len(docs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also every document of the WMT21 segments.tsv files")
    args = parser.parse_args()
    docs = documents(args.all)
    print(f"{len(docs)} documents, {sum(len(d[1]) for d in docs)} gold pairs")
    print(f"{'splitter mode':<22} {'P':>6} {'R':>6} {'F1':>6}  pairs  correct  gold  sides cut as gold  seconds")
    for mode, headline in (("sentence", True), ("srx", True), ("sentence", False), ("srx", False)):
        started = time.perf_counter()
        s = score(docs, mode, headline)
        label = mode + ("" if headline else ", all joined")
        print(f"{label:<22} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  {s['pairs']:5d}  "
              f"{s['correct']:7d}  {s['gold']:4d}  {s['sides_segmented_as_gold']:>6d}/{s['sides']:<10d} "
              f"{time.perf_counter() - started:7.2f}")
    print("target: F1 >= 0.95")


if __name__ == "__main__":
    main()
