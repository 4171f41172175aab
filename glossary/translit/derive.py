"""Derive the shipped name-token table from the CC0 Wikidata katakana↔Latin list.

Run once by a maintainer (not at run time):
    python -m glossary.translit.derive /path/to/wikidata_katakana_name_tokens.tsv.gz
It writes glossary/data/translit/wikidata_names.tsv.gz: one row per katakana spelling with its most
frequent Latin renderings (at most four, with counts), which `glossary.translit.dictionary` reads.
    python -m glossary.translit.derive --russian-lexicon
writes glossary/data/translit/ru_lexicon.tsv.gz from the OpenCorpora dictionary (needs `.[derive]`).
    python -m glossary.translit.derive --unihan /usr/share/unicode/Unihan_Readings.txt.bz2
writes glossary/data/translit/unihan_hangul.tsv.gz, the Korean readings of Unihan (Debian's unicode-data).
"""
from __future__ import annotations

import bz2
import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from glossary.fileio import atomic_write

OUT = Path(__file__).resolve().parent.parent / "data" / "translit" / "wikidata_names.tsv.gz"
KEEP = 4


def derive(source: str | Path, out: Path = OUT) -> int:
    """Aggregate (katakana, latin) counts and keep the top renderings per katakana form; returns rows written."""
    table: dict[str, Counter] = defaultdict(Counter)
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[0] or not parts[1]:
                continue
            latin, kana, count = parts[0].strip(), parts[1].replace(" ", ""), parts[2]
            if not latin.isascii() and not latin.replace("-", "").isalpha():
                continue
            table[kana][latin] += int(count) if count.isdigit() else 1
    rows = 0
    with atomic_write(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(b"# katakana\tlatin:count|... (derived from Wikidata via NETransliteration-COLING2018, CC0 1.0)\n")
        for kana in sorted(table):
            best = table[kana].most_common(KEEP)
            gz.write(f"{kana}\t{'|'.join(f'{l}:{c}' for l, c in best)}\n".encode("utf-8"))
            rows += 1
    return rows


# Latin shapes typical of Russian (and other Cyrillic-world) names: tokens of this shape weigh more in the
# joint model, so its conventions (Ye-, Kh, -sky, -v for -フ) are those of Russian names in English.
RUSSIAN_SHAPE = re.compile(r"(ov|ev|yev|ova|eva|ovna|evna|in|ina|yn|sky|skaya|skiy|skii|enko|vich|ich|aya|yaya|iy|oy"
                           r"|uk|yuk|chuk|shin|kin|lin|nik|dze|shvili|yan|ovsk|insk|grad|gorod)$|kh|zh|shch|^ye|yu|ya"
                           r"|yo|ts")
JOINT_OUT = OUT.parent / "ru_joint.tsv.gz"
RUSSIAN_WEIGHT = 4.0  # tokens of other shapes still teach the katakana (ヴ, ティ), at a quarter of the weight


def derive_joint(source: str | Path, out: Path = JOINT_OUT, iterations: int = 5) -> int:
    """Train the joint unit:latin n-gram model (glossary.translit.joint) on the Wikidata tokens; rows written."""
    from glossary.translit.joint import train, write

    pairs = []
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            latin, kana = parts[0].strip().lower(), parts[1].replace(" ", "")
            if not latin.isascii() or not latin.isalpha():
                continue
            count = int(parts[2]) if parts[2].isdigit() else 1
            weight = min(count, 9) ** 0.5 * (RUSSIAN_WEIGHT if RUSSIAN_SHAPE.search(latin) else 1.0)
            pairs.append((kana, latin, weight))
    ngrams = train(pairs, iterations=iterations)
    return write(ngrams, out, "unit:latin n-gram counts learned by glossary.translit.derive from Wikidata "
                              "katakana name tokens (via NETransliteration-COLING2018), CC0 1.0")


LEXICON_OUT = OUT.parent / "ru_lexicon.tsv.gz"
# OpenCorpora's name grammemes → the kinds the lexicon records
_LEXICON_KINDS = (("Surn", "surname"), ("Name", "given"), ("Geox", "place"))


def derive_russian_lexicon(out: Path = LEXICON_OUT) -> int:
    """The Latin spellings (news style, glossary.translit.cyrillic) of the Russian surnames, given names and
    place names in the OpenCorpora dictionary, nominative singular, both genders (Яшин, Яшина); rows written.
    Needs the maintainer-only packages pymorphy3 and pymorphy3-dicts-ru (`pip install .[derive]`)."""
    from importlib.metadata import version

    import pymorphy3

    from glossary.translit.cyrillic import transliterate_word

    kinds: dict[str, set[str]] = defaultdict(set)
    for parse in pymorphy3.MorphAnalyzer().iter_known_word_parses():
        tag = parse.tag
        if "nomn" not in tag or "sing" not in tag:
            continue
        kind = next((k for grammeme, k in _LEXICON_KINDS if grammeme in tag), None)
        if kind is not None:
            latin = transliterate_word(parse.word).lower()
            if latin.isascii() and latin.replace("-", "").isalpha():
                kinds[latin].add(kind)
    with atomic_write(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"# latin\tkinds (surname, given, place): Russian names of the OpenCorpora dictionary (opencorpora.org, "
                 f"CC BY-SA 3.0) via PyPI pymorphy3-dicts-ru {version('pymorphy3-dicts-ru')}, in Latin letters by "
                 f"glossary.translit.cyrillic\n".encode("utf-8"))
        for latin in sorted(kinds):
            gz.write(f"{latin}\t{','.join(sorted(kinds[latin]))}\n".encode("utf-8"))
    return len(kinds)


UNIHAN_OUT = OUT.parent / "unihan_hangul.tsv.gz"


def derive_unihan_hangul(source: str | Path, out: Path = UNIHAN_OUT) -> int:
    """Each hanja's hangul readings from Unihan's kHangul field, the readings marked as name hanja (N) first;
    a reading that is only another one under the South's initial-sound rule (樂 낙 beside 락) is left out, as
    the romanizers apply that rule themselves. Rows written."""
    from glossary.translit.ko import initial_sound_rule

    rows = []
    version = ""
    with bz2.open(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# Unicode version:"):
                version = "Unicode " + line.split(":", 1)[1].strip()
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] != "kHangul":
                continue
            char = chr(int(parts[0][2:], 16))
            readings = [r.split(":") for r in parts[2].split()]
            plain = [h for h, _ in readings]
            kept = [(h, flags) for h, flags in readings
                    if not any(o != h and initial_sound_rule(o) == h for o in plain)]
            kept.sort(key=lambda hf: "N" not in hf[1])  # (a stable sort: Unihan's order otherwise)
            rows.append(f"{char}\t{' '.join(h for h, _ in kept)}")
    with atomic_write(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"# hanja\thangul readings, name hanja first: Unihan kHangul ({version}; Unicode License v3, "
                 f"unicode.org/copyright.html), via Debian's unicode-data package\n".encode("utf-8"))
        gz.write("".join(r + "\n" for r in rows).encode("utf-8"))
    return len(rows)


if __name__ == "__main__":
    if sys.argv[1:] == ["--russian-lexicon"]:
        print(derive_russian_lexicon(), "rows written to", LEXICON_OUT)
    elif sys.argv[1:2] == ["--unihan"] and len(sys.argv) == 3:
        print(derive_unihan_hangul(sys.argv[2]), "rows written to", UNIHAN_OUT)
    else:
        print(derive(sys.argv[1]), "rows written to", OUT)
        print(derive_joint(sys.argv[1]), "rows written to", JOINT_OUT)
