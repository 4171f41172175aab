"""PO (gettext) as a bilingual format, through polib: units in for the TM, pre-translations out like msgmerge.

Reader: `iter_units(path)` yields a `Unit` per translated, non-obsolete entry; fuzzy entries are not human-approved
translations and are skipped. A plural entry gives two units (singular and plural forms).

Writers follow msgmerge's conventions: an exact match fills `msgstr`; a fuzzy match or MT fills it and sets
`#, fuzzy`, with the matched TM source in `#| msgid` for fuzzy matches; the glossary terms of a segment go into an
extracted comment (`#. yakugo: …`). `write_po` builds a new catalogue from pre-translated drafts (one entry per
distinct source, every place it occurs as a `#:` reference); `fill_catalog` pre-translates an existing catalogue
in place, keeping its header, comments, contexts and plurals, and never replacing a translation unless asked.
"""
from __future__ import annotations

import os
import re
from typing import Callable, Iterable, Iterator

import polib

from glossary.fileio import YakugoError, atomic_write
from glossary.meta import describe, tool_version
from tm.model import Pretranslation, Unit, normalize_lang, utc_now

_SYNTAX_LINE = re.compile(r"line (\d+)")
# Our own extracted comments start with this, so a re-run replaces them instead of piling them up.
NOTE_PREFIX = "yakugo: "
# printf-style and Python brace placeholders: a fill must keep the source's set of them (msgfmt -c checks this)
_PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGcsaAp%]|%\([^)]+\)[sdrf]|\{[^{}]*\}")


def load_catalog(path: str | os.PathLike) -> polib.POFile:
    """Parse a PO file; a syntax error becomes YakugoError with file and line."""
    if not os.path.isfile(path):
        raise YakugoError("no such file", path)
    from glossary.formats.po import check_strings

    check_strings(path)  # polib would keep a truncated "msgstr "Pyong" as "Pyon" without a word
    try:
        return polib.pofile(os.fspath(path), wrapwidth=0, encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        match = _SYNTAX_LINE.search(str(exc))
        raise YakugoError(f"not a valid PO file ({exc})", path, int(match.group(1)) if match else None) from None


def iter_units(path: str | os.PathLike, srclang: str = "ja", tgtlang: str | None = None) -> Iterator[Unit]:
    """Units of a PO file: msgid → msgstr for every translated entry that is neither fuzzy nor obsolete.

    The target language is the header's `Language` (else `tgtlang`, else `en`); the source language is
    `X-Source-Language` when the header has it, else `srclang`. `msgctxt` becomes the unit's context, the
    comments its notes, and the `#:` references a `po-occurrence` property.
    """
    catalog = load_catalog(path)
    target_lang = normalize_lang(catalog.metadata.get("Language") or tgtlang or "en")
    source_lang = normalize_lang(catalog.metadata.get("X-Source-Language") or srclang)
    for entry in catalog:
        if entry.obsolete or entry.fuzzy or not entry.msgid:
            continue
        notes = [c for c in (entry.comment, entry.tcomment) if c]
        props = {}
        if entry.occurrences:
            props["po-occurrence"] = " ".join(f"{f}:{n}" if n else f for f, n in entry.occurrences)
        pairs = []
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
            if forms and all(forms):
                pairs = [(entry.msgid, forms[0]), (entry.msgid_plural, forms[-1])]
        elif entry.msgstr:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, target in pairs:
            if source.strip() and target.strip():
                yield Unit(source=source, target=target, srclang=source_lang, tgtlang=target_lang,
                           notes=list(notes), props=dict(props), context=entry.msgctxt)


# ----------------------------------------------------------------------------- writers
def _comment(seg: Pretranslation) -> str:
    """The extracted comment that says where a fill came from and which glossary terms the segment holds."""
    lines = []
    if seg.origin == "fuzzy":
        lines.append(f"{NOTE_PREFIX}fuzzy match {seg.score:.0f}%")
    elif seg.origin == "mt":
        lines.append(f"{NOTE_PREFIX}machine translation, review it")
    if seg.terms:
        lines.append(NOTE_PREFIX + "glossary: " + "; ".join(f"{t.ja} = {t.en or '(no English)'}" for t in seg.terms))
    lines.extend(NOTE_PREFIX + n for n in seg.notes)
    return "\n".join(lines)


def _merge_comment(existing: str, ours: str) -> str:
    kept = [line for line in (existing or "").split("\n") if line and not line.startswith(NOTE_PREFIX)]
    return "\n".join(kept + ([ours] if ours else []))


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _with_edges(source: str, target: str) -> str:
    """Give the target the source's leading/trailing newline, as msgfmt -c demands."""
    target = target.strip("\n")
    if source.startswith("\n"):
        target = "\n" + target
    if source.endswith("\n"):
        target += "\n"
    return target


def _set_flags(entry: polib.POEntry, seg: Pretranslation) -> None:
    fuzzy = seg.origin in ("fuzzy", "mt") or seg.needs_review
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    if not fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = seg.matched_source if seg.origin == "fuzzy" and seg.matched_source else None
    entry.previous_msgid_plural = None
    entry.previous_msgctxt = None


def header(meta: dict | None, language: str = "en", source_language: str = "ja") -> dict[str, str]:
    """A complete PO header that msgfmt -c accepts, naming the tool and what made the file."""
    now = utc_now().strftime("%Y-%m-%d %H:%M+0000")
    data = {
        "Project-Id-Version": "yakugo pre-translation",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": f"yakugo {tool_version()} <yakugo@localhost>",
        "Language-Team": f"{language} <yakugo@localhost>",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
        "X-Source-Language": source_language,
        "X-Generator": f"yakugo {tool_version()}",
    }
    if meta:
        data["X-Yakugo-Build"] = describe(meta)
    return data


def write_po(segments: Iterable[Pretranslation], path: str | os.PathLike, meta: dict | None = None,
             language: str = "en", source_language: str = "ja") -> None:
    """Write pre-translated segments as a new PO catalogue (atomically), msgmerge-style.

    Segments with the same source (and context) become one entry listing every occurrence; the first
    filled translation wins, an exact one over a fuzzy one.
    """
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = header(meta, language, source_language)
    catalog.header = f"Pre-translated by {describe(meta) if meta else 'yakugo ' + tool_version()}"
    by_key: dict[tuple[str | None, str], tuple[polib.POEntry, Pretranslation]] = {}
    rank = {"exact": 0, "fuzzy": 1, "mt": 2, "none": 3}
    for seg in segments:
        key = (seg.context, seg.source)
        occurrence = (seg.file, str(seg.line)) if seg.file else None
        if key in by_key:
            entry, best = by_key[key]
            if occurrence and occurrence not in entry.occurrences:
                entry.occurrences.append(occurrence)
            if rank[seg.origin] >= rank[best.origin]:
                continue
            by_key[key] = (entry, seg)
        else:
            entry = polib.POEntry(msgid=seg.source, msgctxt=seg.context,
                                  occurrences=[occurrence] if occurrence else [])
            catalog.append(entry)
            by_key[key] = (entry, seg)
        entry.msgstr = _with_edges(seg.source, seg.target) if seg.target else ""
        if seg.target:
            _set_flags(entry, seg)
        entry.comment = _comment(seg)
    with atomic_write(path) as out:
        out.write(catalog.__unicode__())


def needs_filling(entry: polib.POEntry, overwrite: bool) -> bool:
    """Whether pre-translation may write into this entry: active, and untranslated or fuzzy unless `overwrite`."""
    if entry.obsolete or not entry.msgid:
        return False
    if overwrite:
        return True
    if entry.msgid_plural:
        return not any(entry.msgstr_plural.values()) or entry.fuzzy
    return not entry.msgstr or entry.fuzzy


def fill_catalog(catalog: polib.POFile, translate: Callable[[list[str]], list[Pretranslation]],
                 overwrite: bool = False, file: str = "") -> list[Pretranslation]:
    """Pre-translate the entries of `catalog` in place and return what was done, one record per filled source.

    `translate` turns a list of source texts into pre-translations (one batched call). Entries with a
    translation are left alone unless `overwrite`; a fuzzy entry counts as untranslated. Plural entries are
    filled only when both forms get a target; a fill that would change the source's printf/brace placeholders
    is kept but marked fuzzy. Headers, comments and contexts are kept; only `msgstr`, flags, `#|` and our own
    `#. yakugo:` comment lines change.
    """
    targets = [e for e in catalog if needs_filling(e, overwrite)]
    texts = []
    for entry in targets:
        texts.append(entry.msgid)
        if entry.msgid_plural:
            texts.append(entry.msgid_plural)
    results = iter(translate(texts)) if texts else iter(())
    done: list[Pretranslation] = []
    for entry in targets:
        seg = next(results)
        plural = next(results) if entry.msgid_plural else None
        seg.file, seg.line, seg.context = file, entry.linenum, entry.msgctxt
        if not seg.target or (plural is not None and not plural.target):
            done.append(seg if seg.target or plural is None else plural)
            continue
        if _placeholders(seg.source) != _placeholders(seg.target):
            seg.needs_review = True
            seg.notes.append("placeholders differ from the source")
        if plural is not None:
            keys = sorted(entry.msgstr_plural) or [0, 1]
            forms = {k: _with_edges(entry.msgid if i == 0 else entry.msgid_plural,
                                    seg.target if i == 0 else plural.target) for i, k in enumerate(keys)}
            entry.msgstr_plural = forms
            # the weaker of the two fills decides the entry's state
            if plural.origin != "exact":
                seg.origin, seg.score, seg.needs_review = plural.origin, plural.score, True
        else:
            entry.msgstr = _with_edges(entry.msgid, seg.target)
        _set_flags(entry, seg)
        entry.comment = _merge_comment(entry.comment, _comment(seg))
        done.append(seg)
    return done


def save_catalog(catalog: polib.POFile, path: str | os.PathLike, meta: dict | None = None) -> None:
    """Write a (filled) catalogue atomically, recording what filled it in `X-Yakugo-Build`."""
    if meta:
        catalog.metadata["X-Yakugo-Build"] = describe(meta)
    with atomic_write(path) as out:
        out.write(catalog.__unicode__())
