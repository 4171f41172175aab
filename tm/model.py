"""The translation unit every TM stage passes on."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

# Where a unit came from. Only "human" and "aligned" are human translations; "mt" never counts as one.
UNIT_ORIGINS = ("human", "aligned", "mt", "glossary")


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass
class Unit:
    """One bilingual segment pair with its metadata.

    Languages are BCP-47 tags with a hyphen (`ja`, `en-US`). Dates are timezone-aware UTC.
    `props` are free key/value properties (TMX `prop`), `notes` free text (TMX `note`),
    `context` the text around the source segment (document name, previous segment).
    """

    source: str
    target: str
    srclang: str = "ja"
    tgtlang: str = "en"
    origin: str = "human"
    created: datetime = field(default_factory=utc_now)
    changed: datetime | None = None
    creationid: str | None = None
    changeid: str | None = None
    notes: list[str] = field(default_factory=list)
    props: dict[str, str] = field(default_factory=dict)
    context: str | None = None


# ISO 639-2/3 codes some tools write where BCP-47 wants the two-letter one.
_THREE_LETTER = {"jpn": "ja", "eng": "en", "kor": "ko", "rus": "ru", "zho": "zh", "chi": "zh", "deu": "de",
                 "ger": "de", "fra": "fr", "fre": "fr", "spa": "es"}


def normalize_lang(tag: str) -> str:
    """A language tag in the BCP-47 spelling TMX wants: `ja_JP`, `JA-JP`, `jpn` → `ja-JP`, `ja-JP`, `ja`.

    Language lower case, script title case, region upper case; underscores become hyphens.
    An empty tag stays empty (callers decide whether that is an error).
    """
    parts = [p for p in tag.strip().replace("_", "-").split("-") if p]
    if not parts:
        return ""
    lang = parts[0].lower()
    out = [_THREE_LETTER.get(lang, lang)]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) in (2, 3) and (part.isalpha() or part.isdigit()):
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def primary_lang(tag: str) -> str:
    """The language subtag alone (`ja-JP` → `ja`), for choosing a TU's variants by language."""
    return normalize_lang(tag).split("-", 1)[0]


# ---- pre-translation records (tm.pretranslate writes them, tm.formats.xliff/po/tmx/tsv serialize them)
# How a pre-translated segment got its target. "none" leaves the target empty.
PRETRANSLATION_ORIGINS = ("exact", "fuzzy", "mt", "none")


@dataclass
class GlossaryHit:
    """A glossary term found in a source segment: the Japanese as written, its entry's English, and where it sits."""

    ja: str
    en: str | None
    start: int
    end: int
    canonical: str = ""  # the entry's canonical Japanese form
    alternatives: list[str] = field(default_factory=list)


@dataclass
class Candidate:
    """A TM match offered beside the chosen target (XLIFF `alt-trans`): its source, target, 0–100 score, origin."""

    source: str
    target: str
    score: float
    origin: str = "human"


@dataclass
class Pretranslation:
    """One source segment and what pre-translation filled in for it.

    `origin` is exact, fuzzy, mt or none; `score` the TM match score (100 for exact, None for mt/none);
    `matched_source` the TM source the target came from (PO `#| msgid`); `needs_review` is set for
    everything a translator must look at (fuzzy, mt, a mangled placeholder). `file`/`line` point back to
    the draft; `context` is a PO msgctxt or similar disambiguator.
    """

    source: str
    target: str = ""
    origin: str = "none"
    score: float | None = None
    matched_source: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    terms: list[GlossaryHit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    needs_review: bool = False
    file: str = ""
    line: int = 0
    context: str | None = None
