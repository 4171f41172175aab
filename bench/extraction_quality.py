"""Extraction quality on the seed corpus against the hand-checked gold (issue 3).

    .venv/bin/python bench/extraction_quality.py [--corpus corpus/] [--gold DIR] [--judged FILE] [--quiet]

Prints, for the seed corpus:
- recall: gold entities found through any Japanese-script spelling of two or more characters
  (an extracted entry has a variant with the same variant key);
- precision: extracted person/place/org/weapon/media entries that match a gold entity (any spelling);
- grouping: found gold entities whose found spellings all sit in one entry;
- gloss pairs: gold translation pairs found, and extracted pairs that are not gold pairs (false);
- English: the Korean and Russian persons and places whose English, as `yakugo build` gives it (the most
  frequent entry holding one of their spellings), is `en` or one of `en_alternatives`, out of all of them;
then the misses and false positives, to guide the work. Targets: recall ≥ 0.95, precision ≥ 0.90,
grouping ≥ 0.95, every gloss pair found and no false pair.

For a set of unseen articles laid out like the seeds (files `NNN_*.txt`, three digits or more, a gold folder with the same two
files), `--judged FILE` reads hand judgements of named entries the gold does not list (TSV: file, Japanese,
Y or N, reason): an entry judged Y counts as right for precision; entries not yet judged are listed.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.extract import NAMED_TYPES, extract  # noqa: E402
from glossary.normalize import variant_key  # noqa: E402
from glossary.origin import titles  # noqa: E402
from glossary.text import iter_text_files, read_paragraphs  # noqa: E402

JAPANESE = re.compile(r"[ぁ-ゖァ-ヺー\u4e00-\u9fff々]")
FOREIGN_SCRIPT = re.compile(r"[가-힣А-Яа-яЁё]")


def japanese_form(form: str) -> bool:
    return bool(JAPANESE.search(form)) and not FOREIGN_SCRIPT.search(form)


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def gloss_pieces(gloss: str) -> list[str]:
    """The spellings a gold gloss gives: its first item, split at ': ' and at ＝ (a name, then its reading:
    東海＝トンへ), quotes and a label that says what the name is, when it was so or who calls it so (通称クズバス:
    クズバス, 現クラスキノ: クラスキノ, ロシア側の呼称はツシマ海戦: ツシマ海戦) taken off."""
    head = re.split(r"[、，]", gloss)[0]
    pieces = [p.strip().strip("「」『』") for p in re.split(r"\s*:\s+|＝", head) if p.strip()]
    return [(LABEL.sub("", p) or p).strip("「」『』") for p in pieces]


# a kind of weapon after a numbered name (ミグ29|戦闘機, T80|戦車)
WEAPON_KIND_END = re.compile(r"(?<=[0-9０-９A-Za-zＡ-Ｚａ-ｚ])(?:(?:戦闘|爆撃|攻撃|輸送|偵察|哨戒|迎撃)機|戦車|ミサイル)$")


def term_keys(term: str) -> set[str]:
    """The keys of a gold gloss's term: the term, a person's name without the title the gold writes between it
    and the bracket (ハインリヒ・カイザーリング伯爵（Heinrich Keyserling）: the gloss is the name's), and a numbered
    weapon's name without its kind (ミグ29戦闘機（MiG-29）: the designation is the name's)."""
    keys = {variant_key(term)}
    keys.update(variant_key(term[: -len(title)]) for title in titles()
                if term.endswith(title) and len(term) - len(title) >= 2 and "・" in term)
    keys.add(variant_key(WEAPON_KIND_END.sub("", term)))
    return keys


LABEL = re.compile(r"^(?:通称|別名|別称|略称|愛称|旧称|旧名|正式名称?|現在の|旧|現|\S{1,8}?(?:語(?:名|表記|読み)|名)|"
                   r"\S{1,8}?(?:側|で)の(?:呼称|呼び名|名称))(?:[:：・]|は)?")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--gold", default=None, help="folder with seed_gold.tsv and seed_parentheticals.tsv")
    ap.add_argument("--judged", default=None, help="TSV of hand-judged extra entries: file, ja, Y/N, reason")
    ap.add_argument("--quiet", action="store_true", help="figures only, no lists")
    args = ap.parse_args(argv)
    gold_dir = Path(args.gold) if args.gold else next(
        p for p in (ROOT.parent / "shared" / "gold", Path("/work/shared/gold")) if p.is_dir())

    files = [f for f in iter_text_files([args.corpus]) if re.match(r"\d{3,}_", f.name) and ".en." not in f.name]
    paragraphs = [p for f in files for p in read_paragraphs(f)]
    t0 = time.perf_counter()
    entries = extract(paragraphs)
    seconds = time.perf_counter() - t0

    gold = read_tsv(gold_dir / "seed_gold.tsv")
    pairs = read_tsv(gold_dir / "seed_parentheticals.tsv")

    entry_keys = [{variant_key(v) for v in e.variants} for e in entries]
    where: dict[str, set[int]] = {}
    for i, keys in enumerate(entry_keys):
        for k in keys:
            where.setdefault(k, set()).add(i)

    # recall and grouping
    scored, found, grouped = 0, 0, 0
    missed, split = [], []
    for row in gold:
        forms = [f for f in row["ja_forms"].split("|") if f and japanese_form(f) and len(f) >= 2]
        if not forms:
            continue
        scored += 1
        hits = {f: where.get(variant_key(f), set()) for f in forms}
        found_forms = {f: ids for f, ids in hits.items() if ids}
        if not found_forms:
            missed.append(row)
            continue
        found += 1
        holders = set.union(*found_forms.values())
        if len(holders) == 1:
            grouped += 1
        else:
            split.append((row, {f: sorted(entries[i].ja for i in ids) for f, ids in found_forms.items()}))

    # precision
    gold_keys = {}
    for row in gold:
        for f in row["ja_forms"].split("|"):
            if f:
                gold_keys.setdefault(variant_key(f), row["id"])
    named = [e for e in entries if e.type in NAMED_TYPES]
    judged = read_judged(Path(args.judged)) if args.judged else {}
    true_named = [e for e in named if any(variant_key(v) in gold_keys for v in e.variants)
                  or judged.get(variant_key(e.ja)) == "Y"]
    false_named = [e for e in named if e not in true_named]
    english_right, english_rows, english_misses = english_of_names(entries, gold)

    # gloss pairs
    yes = [r for r in pairs if r["is_translation_pair"] == "yes"]
    no = [r for r in pairs if r["is_translation_pair"] == "no"]
    extracted_pairs = []
    for e in entries:
        for g in e.glosses + e.readings:
            extracted_pairs.append((e, g))
    yes_found, yes_missed = 0, []
    for r in yes:
        pieces = gloss_pieces(r["gloss"])
        ok = False
        for e in entries:
            keys = {variant_key(v) for v in e.variants}
            # (a name in its own script in brackets, 「ヒョウの地」（Земля леопарда）, is kept among its foreign names)
            ev = {variant_key(x) for x in e.glosses + e.readings + e.variants + e.foreign}
            if term_keys(r["ja"]) & keys and all(variant_key(p) in ev for p in pieces):
                ok = True
            elif all(variant_key(p) in keys for p in pieces) and variant_key(r["ja"]) in ev:
                ok = True  # reversed: SIPRI（ストックホルム国際平和研究所）
            if ok:
                break
        yes_found += ok
        if not ok:
            yes_missed.append(r)
    gold_pair_keys = set()
    for r in yes:
        for p in gloss_pieces(r["gloss"]):
            for key in term_keys(r["ja"]):
                gold_pair_keys.add((key, variant_key(p)))
                gold_pair_keys.add((variant_key(p), key))
    no_keys = {(variant_key(r["ja"]), variant_key(r["gloss"])) for r in no}
    false_pairs, flagged_no = [], 0
    for e, g in extracted_pairs:
        gk = variant_key(g)
        if not any((variant_key(v), gk) in gold_pair_keys for v in e.variants):
            false_pairs.append((e.ja, g))
            if any((variant_key(v), gk) in no_keys for v in e.variants):
                flagged_no += 1

    recall = found / scored if scored else 0.0
    precision = len(true_named) / len(named) if named else 0.0
    grouping = grouped / found if found else 0.0
    print(f"corpus {Path(args.corpus).name}/: {len(files)} files, {sum(len(p.text) for p in paragraphs)} chars, "
          f"{len(entries)} entries ({len(named)} named) in {seconds:.2f} s")
    print(f"recall     {recall:.3f}  ({found}/{scored} gold entities with a Japanese spelling)   target ≥ 0.95")
    print(f"precision  {precision:.3f}  ({len(true_named)}/{len(named)} person/place/org/weapon/media entries)"
          f"   target ≥ 0.90")
    print(f"grouping   {grouping:.3f}  ({grouped}/{found} found entities in one entry)   target ≥ 0.95")
    print(f"gloss pairs found {yes_found}/{len(yes)}; false pairs {len(false_pairs)} "
          f"({flagged_no} of them listed as non-glosses)   target: all found, 0 false")
    print(f"English    {english_right / max(1, english_rows):.3f}  ({english_right}/{english_rows} Korean and "
          f"Russian persons and places)")
    if args.quiet:
        return 0
    print("\n-- missed gold entities")
    for row in missed:
        print(f"  {row['id']} {row['type']:7} {row['ja_forms']}")
    print("\n-- split across entries")
    for row, holders in split:
        print(f"  {row['id']} {row['ja_forms']}: {holders}")
    print("\n-- false positives (named entries matching no gold spelling)")
    for e in false_named:
        mark = " [judged N]" if judged.get(variant_key(e.ja)) == "N" else ""
        print(f"  {e.type:7} {e.origin:9} {e.ja}{mark}  {'|'.join(e.variants[1:])}  ({e.sources[0].file.split('/')[-1].split('_')[0]}:"
              f"{e.sources[0].line})")
    print("\n-- gloss pairs missed")
    for r in yes_missed:
        print(f"  {r['file']} {r['ja']} ({r['gloss']})")
    print("\n-- false gloss pairs")
    for ja, g in false_pairs:
        print(f"  {ja} ({g})")
    print("\n-- English of Korean and Russian persons and places, wrong or missing")
    for line in english_misses:
        print(line)
    return 0


def read_judged(path: Path) -> dict[str, str]:
    """Hand judgements keyed by variant key: 'Y' (a right entry the gold does not list) or 'N'."""
    judged = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 3 and cells[2] in ("Y", "N"):
                judged[variant_key(cells[1])] = cells[2]
    return judged


def english_of_names(entries, gold: list[dict]) -> tuple[int, int, list[str]]:
    """(right, rows, miss lines) for the gold's Korean and Russian persons and places, with the English
    the build gives: the transliterator applied to the entries, read off the most frequent holder."""
    from glossary.translit import Transliterator
    Transliterator().apply(entries)
    by_key: dict[str, list] = {}
    for e in entries:
        for v in e.variants:
            by_key.setdefault(variant_key(v), []).append(e)
    rows = [r for r in gold if r["type"] in ("person", "place") and r["origin"] in ("ru", "ko_north", "ko_south", "ko")]
    right, misses = 0, []
    for row in rows:
        accepted = {" ".join(x.split()).casefold() for x in [row["en"], *row["en_alternatives"].split("|")] if x}
        holders = [e for f in row["ja_forms"].split("|") if len(f) > 1 for e in by_key.get(variant_key(f), [])]
        if not holders:
            misses.append(f"  {row['id']} not extracted: {row['ja_forms']}")
            continue
        best = max(holders, key=lambda e: e.count)
        if " ".join((best.en or "").split()).casefold() in accepted:
            right += 1
        else:
            misses.append(f"  {row['id']} {best.ja}: got {best.en!r} ({best.origin}, {best.confidence:.2f}); "
                          f"want {row['en']!r}")
    return right, len(rows), misses


if __name__ == "__main__":
    raise SystemExit(main())
