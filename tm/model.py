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
