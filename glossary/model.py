"""The plain data every glossary stage passes on: where a term was seen, a glossary entry, a transliteration.

`Entry.to_dict()` is the `glossary.json` contract (keys `ja`, `variants`, `en`, `en_alternatives`,
`type`, `origin`, `confidence`, `count`, `sources`); fields may be added, never renamed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

TYPES = ("person", "place", "org", "weapon", "media", "event", "term", "other")
ORIGINS = ("ru", "ko_north", "ko_south", "ko", "zh", "ja", "en", "other", "unknown")
# the origins a caller may ask transliteration for (auto: decided per name)
TRANSLIT_ORIGINS = ("auto", "ru", "ko_north", "ko_south", "zh", "ja")
# How the English of an entry was decided, strongest evidence first.
PROVENANCES = ("user", "gloss", "dictionary", "rule", "model")
STATUSES = ("auto", "reviewed", "locked")


@dataclass
class Source:
    """One place a term was seen: file, 1-based line, and the sentence around it."""

    file: str
    line: int
    context: str = ""

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "context": self.context}

    @classmethod
    def from_dict(cls, data: dict) -> "Source":
        return cls(file=str(data.get("file", "")), line=int(data.get("line") or 0),
                   context=str(data.get("context") or ""))


@dataclass
class Entry:
    """A concept of the termbase: its Japanese forms, its English, and the evidence for both.

    `ja` is the canonical Japanese form and is always among `variants`. `en` is None when no
    English is known. `glosses` and `readings` are the evidence found in the text: Latin
    renderings or abbreviations, and katakana readings, written in parentheses after a form.
    `foreign` holds the entity's names in other scripts seen in the text (Hangul, Cyrillic, Latin).
    `en_alternatives` are accepted English forms (synonyms a CAT tool may offer, a check accepts);
    `en_candidates` are ranked suggestions from rules and models, for a reviewer, never accepted as such.
    """

    ja: str
    variants: list[str] = field(default_factory=list)
    en: str | None = None
    en_alternatives: list[str] = field(default_factory=list)
    en_deprecated: list[str] = field(default_factory=list)
    en_candidates: list[str] = field(default_factory=list)
    type: str = "other"
    origin: str = "unknown"
    confidence: float = 0.0
    provenance: str | None = None
    count: int = 0
    sources: list[Source] = field(default_factory=list)
    glosses: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    status: str = "auto"
    termhood: float = 0.0

    def __post_init__(self) -> None:
        if self.ja and self.ja not in self.variants:
            self.variants.insert(0, self.ja)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["sources"] = [s.to_dict() for s in self.sources]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Entry":
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["sources"] = [Source.from_dict(s) for s in data.get("sources") or []]
        for key in ("variants", "en_alternatives", "en_deprecated", "en_candidates", "glosses", "readings", "foreign", "notes"):
            kwargs[key] = list(kwargs.get(key) or [])
        if kwargs.get("confidence") is not None:
            kwargs["confidence"] = float(kwargs["confidence"])
        return cls(**kwargs)


@dataclass
class Transliteration:
    """The English for one name: best form, origin, confidence in [0, 1], what decided it, and the ranked
    alternatives (distinct, best first, headed by `english` itself)."""

    input: str
    english: str | None
    origin: str
    confidence: float
    source: str  # gloss | dictionary | rule | model
    alternatives: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
