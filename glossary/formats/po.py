"""Glossaries as gettext PO, the shape of Translate Toolkit's `poterminology` output (via polib).

One message per entry: msgid = the canonical Japanese, msgstr = the English ("" when unknown).
Translator comments (`# `) carry the rest as "key: value" lines (type, origin, variant, alternative,
deprecated, suggested (unreviewed English suggestions), confidence, provenance, status, count, gloss,
reading, foreign, note); each source is a `#:` reference plus an extracted comment (`#. file:line: context`). Entries below
LOW_CONFIDENCE are marked `#, fuzzy`, as poterminology marks uncertain terms. Two entries with the
same Japanese get a msgctxt so the file stays valid.
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path

import polib

from glossary.fileio import YakugoError, atomic_write
from glossary.formats import describe_meta, one_line, tidy
from glossary.model import Entry, Source

LOW_CONFIDENCE = 0.5
LIST_KEYS = {"variant": "variants", "alternative": "en_alternatives", "deprecated": "en_deprecated",
             "suggested": "en_candidates", "gloss": "glosses", "reading": "readings", "foreign": "foreign",
             "note": "notes"}
_COMMENT_RE = re.compile(r"^([a-z]+): ?(.*)$")
_CONTEXT_RE = re.compile(r"^(.*?):(\d+): ?(.*)$")


def _comment_lines(e: Entry) -> list[str]:
    lines = [f"type: {e.type}", f"origin: {e.origin}"]
    lines += [f"variant: {v}" for v in e.variants if v != e.ja]
    lines += [f"alternative: {v}" for v in e.en_alternatives]
    lines += [f"deprecated: {v}" for v in e.en_deprecated]
    lines += [f"suggested: {v}" for v in e.en_candidates]  # unreviewed rule/model output, for the translator
    lines += [f"confidence: {float(e.confidence)!r}", f"status: {e.status}", f"count: {int(e.count)}"]
    if e.provenance:
        lines.append(f"provenance: {e.provenance}")
    if e.termhood:
        lines.append(f"termhood: {float(e.termhood)!r}")
    for key in ("gloss", "reading", "foreign", "note"):
        lines += [f"{key}: {v}" for v in getattr(e, LIST_KEYS[key])]
    return [one_line(line) for line in lines]


def to_pofile(entries: list[Entry], meta: dict | None = None) -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    from glossary.meta import build_info

    meta = meta or build_info()
    po.header = f"Japanese→English glossary\n{one_line(describe_meta(meta))}"
    version = meta.get("version", "")
    po.metadata = {
        "Project-Id-Version": "yakugo glossary",
        "PO-Revision-Date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000"),
        "Last-Translator": "yakugo (automatic extraction; see the comments)",
        "Language-Team": "none",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": "en",
        "X-Source-Language": "ja",
        "X-Generator": f"yakugo {version}".strip(),
    }
    seen: dict[str, int] = {}
    for e in entries:
        seen[e.ja] = seen.get(e.ja, 0) + 1
        po.append(polib.POEntry(
            msgid=e.ja,
            msgstr=e.en or "",
            msgctxt=None if seen[e.ja] == 1 else f"{e.type} {seen[e.ja]}",
            tcomment="\n".join(_comment_lines(e)),
            comment="\n".join(one_line(f"{s.file}:{s.line}: {s.context}") for s in e.sources),
            occurrences=[(s.file, str(s.line)) for s in e.sources if s.file and " " not in s.file],
            flags=["fuzzy"] if e.en and e.confidence < LOW_CONFIDENCE else [],
        ))
    return po


def write(entries: list[Entry], path: str | os.PathLike, meta: dict | None = None) -> None:
    """Write a PO glossary atomically; `meta` goes into the header comment and X-Generator."""
    text = str(to_pofile(entries, meta))
    with atomic_write(path) as out:
        out.write(text if text.endswith("\n") else text + "\n")


def entry_from_po(item: polib.POEntry) -> Entry:
    data: dict = {name: [] for name in LIST_KEYS.values()}
    scalars: dict[str, str] = {}
    for line in (item.tcomment or "").split("\n"):
        match = _COMMENT_RE.match(line)
        if not match:
            if line.strip():
                data["notes"].append(line.strip())
            continue
        key, value = match.groups()
        if key in LIST_KEYS:
            data[LIST_KEYS[key]].append(value)
        else:
            scalars[key] = value
    sources = []
    for line in (item.comment or "").split("\n"):
        match = _CONTEXT_RE.match(line)
        if match:
            sources.append(Source(match.group(1), int(match.group(2)), match.group(3)))
    if not sources:
        sources = [Source(f, int(n) if str(n).isdigit() else 0) for f, n in item.occurrences]
    try:
        confidence = float(scalars["confidence"]) if "confidence" in scalars else (0.3 if item.fuzzy else 0.0)
        count = int(scalars.get("count") or 0)
        termhood = float(scalars.get("termhood") or 0)
    except ValueError:
        confidence, count, termhood = 0.0, 0, 0.0
    return tidy(Entry(ja=item.msgid, en=item.msgstr or None, type=scalars.get("type", "other"),
                      origin=scalars.get("origin", "unknown"), confidence=confidence,
                      provenance=scalars.get("provenance") or None, status=scalars.get("status", "auto"),
                      count=count, termhood=termhood, sources=sources, **data))


_LINE_RE = re.compile(r"line (\d+)")


_STRING_LINE_RE = re.compile(r'^(?:#~\s*)?(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)?\s*"(.*)$')


def check_strings(path: str | os.PathLike) -> None:
    """Reject unterminated strings, which polib would silently drop with their message."""
    from glossary.fileio import read_text

    for number, line in enumerate(read_text(path).splitlines(), 1):
        stripped = line.strip()
        if not stripped or (stripped.startswith("#") and not stripped.startswith("#~")):
            continue
        match = _STRING_LINE_RE.match(stripped)
        if not match:
            continue
        rest = match.group(1)
        trailing_backslashes = len(rest[:-1]) - len(rest[:-1].rstrip("\\"))
        if not rest.endswith('"') or trailing_backslashes % 2:
            raise YakugoError("malformed PO (unterminated string)", path, number)


def read(path: str | os.PathLike) -> list[Entry]:
    """Entries of a PO glossary (obsolete messages and the header skipped); a syntax error names the line."""
    path = Path(path)
    check_strings(path)
    try:
        po = polib.pofile(str(path), encoding="utf-8", check_for_duplicates=False)
    except (OSError, ValueError) as exc:
        match = _LINE_RE.search(str(exc))
        raise YakugoError(f"malformed PO ({str(exc).split(' (line')[0]})", path,
                          int(match.group(1)) if match else None) from None
    except UnicodeDecodeError:
        raise YakugoError("not valid UTF-8", path) from None
    return [entry_from_po(item) for item in po if item.msgid and not item.obsolete]
