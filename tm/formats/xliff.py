"""XLIFF: a streamed reader of translation units (1.2, and 2.0's core), and the XLIFF 1.2 writer pre-translation uses.

Reader: `iter_units(path)` yields one `Unit` per translated `trans-unit` (2.0: `segment`), taking languages from
`<file>` (or 2.0's `<xliff>`), inline codes dropped and their text kept where it is text (`g`, `mrk`). Units with
no target, an empty one, state `new`/`needs-translation`, or an unreviewed fuzzy fill are skipped; a target marked
MT (`state-qualifier="mt-suggestion"`) keeps origin `mt`, so MT never enters a TM as a human translation. Parsing is hardened (defusedxml: no DTDs, no entity expansion,
no external entities) and streamed: each unit's subtree is freed once read.

Writer: `write_xliff(documents, path, meta)` writes XLIFF 1.2 (`urn:oasis:names:tc:xliff:document:1.2`) valid
against `xliff-core-1.2-strict.xsd`: one `<file>` per draft, one `trans-unit` per segment, `state` and
`state-qualifier` (exact-match, fuzzy-match, mt-suggestion), fuzzy candidates in `alt-trans`, glossary hits and
notes in `note`, the draft's file and line in a `context-group`.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Iterable, Iterator
from xml.etree.ElementTree import ParseError
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from glossary.fileio import YakugoError, atomic_write, xml_encoding_error
from glossary.meta import describe
from tm.model import Pretranslation, Unit, normalize_lang

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# Inline elements whose content is the text itself (kept), and those whose content is native code (dropped).
_TEXT_INLINE = {"g", "mrk", "pc", "sm", "em"}
_CODE_INLINE = {"bpt", "ept", "ph", "it", "sub", "x", "bx", "ex", "sc", "ec", "cp"}
# Characters XML 1.0 does not allow; a draft may contain them (form feeds from PDF text, stray controls).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _local(tag: str) -> tuple[str, str]:
    """('urn:...', 'trans-unit') from '{urn:...}trans-unit'."""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def inline_text(element) -> str:
    """The text of a source/target element: text of `g`/`mrk` kept, native codes (`ph`, `bpt`…) dropped."""
    parts = [element.text or ""]
    for child in element:
        _, name = _local(child.tag)
        if name in _TEXT_INLINE:
            parts.append(inline_text(child))
        elif name not in _CODE_INLINE:  # an unknown element: keep its text rather than lose words
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def iter_units(path: str | os.PathLike, srclang: str | None = None, tgtlang: str | None = None) -> Iterator[Unit]:
    """Stream the translated units of an XLIFF 1.2 (or 2.0) file.

    Languages come from the file (`source-language`/`target-language`, 2.0 `srcLang`/`trgLang`), or from
    `srclang`/`tgtlang` when the file has none. A unit without a target, or with an empty one, is skipped.
    A unit whose target is marked as MT gets origin `mt`. Malformed XML raises YakugoError with file and line.
    """
    file_src, file_tgt = srclang, tgtlang
    original = None
    version = None
    try:
        for event, elem in SafeET.iterparse(os.fspath(path), events=("start", "end"),
                                            forbid_dtd=True, forbid_entities=True, forbid_external=True):
            ns, name = _local(elem.tag)
            if event == "start":
                if name == "xliff":
                    if ns not in (NS12, NS20, ""):
                        raise YakugoError(f"not an XLIFF 1.2/2.0 document (namespace {ns})", path)
                    version = "2.0" if ns == NS20 else "1.2"
                    if version == "2.0":
                        file_src = elem.get("srcLang") or srclang
                        file_tgt = elem.get("trgLang") or tgtlang
                elif name == "file":
                    original = elem.get("original") or elem.get("id")
                    if version != "2.0":
                        file_src = elem.get("source-language") or srclang
                        file_tgt = elem.get("target-language") or tgtlang
                continue
            if version is None:
                raise YakugoError("not an XLIFF document (no <xliff> root)", path)
            if name == "trans-unit" and version == "1.2":
                unit = _unit_12(elem, ns, file_src, file_tgt, original, path)
                elem.clear()
                if unit is not None:
                    yield unit
            elif name == "unit" and version == "2.0":
                yield from _units_20(elem, ns, file_src, file_tgt, original, path)
                elem.clear()
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise YakugoError(f"malformed XLIFF ({exc.msg if hasattr(exc, 'msg') else exc})", path, line) from None
    except DefusedXmlException as exc:
        raise YakugoError(f"refused unsafe XML ({type(exc).__name__})", path) from None
    except OSError as exc:
        raise YakugoError(f"cannot read ({exc.strerror or exc})", path) from None
    except ValueError as exc:  # expat: "multi-byte encodings are not supported" (Shift_JIS, EUC-JP...)
        if "encoding" not in str(exc):
            raise
        raise xml_encoding_error(path) from None


def _langs(src: str | None, tgt: str | None, path) -> tuple[str, str]:
    if not src or not tgt:
        raise YakugoError("XLIFF file names no source or target language (give them explicitly)", path)
    return normalize_lang(src), normalize_lang(tgt)


def _unit_12(elem, ns: str, src: str | None, tgt: str | None, original: str | None, path) -> Unit | None:
    source = elem.find(f"{{{ns}}}source" if ns else "source")
    target = elem.find(f"{{{ns}}}target" if ns else "target")
    if source is None or target is None:
        return None
    source_text, target_text = inline_text(source).strip(), inline_text(target).strip()
    if not source_text or not target_text:
        return None
    srclang, tgtlang = _langs(source.get(f"{{{XML_NS}}}lang") or src, target.get(f"{{{XML_NS}}}lang") or tgt, path)
    qualifier, state = target.get("state-qualifier") or "", target.get("state") or ""
    if state in ("new", "needs-translation"):
        return None
    # an unreviewed fuzzy fill is not a translation yet (as msgmerge's fuzzy entries are not)
    if qualifier == "fuzzy-match" and state.startswith("needs-review"):
        return None
    origin = "mt" if qualifier == "mt-suggestion" else "human"
    notes = [inline_text(n).strip() for n in elem.findall(f"{{{ns}}}note" if ns else "note")]
    props = {"xliff-id": elem.get("id") or ""}
    if target.get("state"):
        props["xliff-state"] = target.get("state")
    return Unit(source=source_text, target=target_text, srclang=srclang, tgtlang=tgtlang, origin=origin,
                notes=[n for n in notes if n], props=props, context=original)


def _units_20(elem, ns: str, src: str | None, tgt: str | None, original: str | None, path) -> Iterator[Unit]:
    srclang, tgtlang = _langs(src, tgt, path)
    for segment in elem.iter(f"{{{ns}}}segment"):
        source = segment.find(f"{{{ns}}}source")
        target = segment.find(f"{{{ns}}}target")
        if source is None or target is None:
            continue
        source_text, target_text = inline_text(source).strip(), inline_text(target).strip()
        if source_text and target_text:
            yield Unit(source=source_text, target=target_text, srclang=srclang, tgtlang=tgtlang,
                       props={"xliff-id": elem.get("id") or ""}, context=original)


# ----------------------------------------------------------------------------- writer
@dataclass
class XliffDocument:
    """One draft's segments, written as one XLIFF `<file>` whose `original` is the draft's name."""

    original: str
    segments: list[Pretranslation]
    datatype: str = "plaintext"


# XLIFF 1.2 target state for each pre-translation origin: exact matches are translated, the rest need review.
_STATES = {
    "exact": ("translated", "exact-match"),
    "fuzzy": ("needs-review-translation", "fuzzy-match"),
    "mt": ("needs-review-translation", "mt-suggestion"),
}


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def _score(value: float | None) -> str:
    return f"{value:.0f}" if value is not None else ""


def glossary_note(segment: Pretranslation) -> str | None:
    """One line naming each glossary term of a segment: `金正恩 = Kim Jong Un [0-3]; …`."""
    if not segment.terms:
        return None
    parts = [f"{t.ja} = {t.en or '(no English)'} [{t.start}-{t.end}]" for t in segment.terms]
    return "glossary: " + "; ".join(parts)


def _trans_unit(index: int, seg: Pretranslation, original: str) -> str:
    # an exact match from a human TM is as good as approved; everything else waits for the translator
    approved = ' approved="yes"' if seg.origin == "exact" and not seg.needs_review else ""
    out = [f'<trans-unit id="{index}" xml:space="preserve"{approved}>', f"<source>{_text(seg.source)}</source>"]
    if seg.origin in _STATES and seg.target:
        state, qualifier = _STATES[seg.origin]
        if seg.needs_review:
            state = "needs-review-translation"
        out.append(f'<target state="{state}" state-qualifier="{qualifier}">{_text(seg.target)}</target>')
    # where the segment came from, so a reviewer can find it in the draft
    out.append('<context-group purpose="location">'
               f'<context context-type="sourcefile">{_text(seg.file or original)}</context>'
               + (f'<context context-type="linenumber">{seg.line}</context>' if seg.line else "")
               + "</context-group>")
    if seg.context:
        out.append(f'<context-group name="context"><context context-type="x-msgctxt">{_text(seg.context)}'
                   "</context></context-group>")
    for cand in seg.candidates:
        out.append(f'<alt-trans match-quality={_attr(_score(cand.score))} origin={_attr("tm:" + cand.origin)}>'
                   f"<source>{_text(cand.source)}</source><target>{_text(cand.target)}</target></alt-trans>")
    if seg.origin == "fuzzy" and seg.matched_source:
        out.append(f'<note from="yakugo" annotates="target">fuzzy match {_score(seg.score)}% of: '
                   f"{_text(seg.matched_source)}</note>")
    note = glossary_note(seg)
    if note:
        out.append(f'<note from="yakugo" annotates="source">{_text(note)}</note>')
    for text in seg.notes:
        out.append(f'<note from="yakugo">{_text(text)}</note>')
    out.append("</trans-unit>")
    return "".join(out)


def write_xliff(documents: Iterable[XliffDocument], path: str | os.PathLike, meta: dict | None = None,
                srclang: str = "ja", tgtlang: str = "en") -> None:
    """Write pre-translated documents as one XLIFF 1.2 file (atomically), one `<file>` per document.

    The header of each `<file>` names the tool and version (`<tool>`) and what made the file
    (`glossary.meta.describe(meta)`) in a note.
    """
    from glossary.meta import tool_version

    made_by = describe(meta) if meta else f"yakugo {tool_version()}"
    src, tgt = normalize_lang(srclang), normalize_lang(tgtlang)
    with atomic_write(path) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(f'<xliff version="1.2" xmlns="{NS12}">\n')
        for doc in documents:
            out.write(f'<file original={_attr(doc.original)} source-language="{src}" target-language="{tgt}"'
                      f' datatype="{doc.datatype}" tool-id="yakugo">\n')
            out.write(f'<header><tool tool-id="yakugo" tool-name="yakugo" tool-version={_attr(tool_version())}/>'
                      f'<note from="yakugo">{_text(made_by)}</note></header>\n<body>\n')
            for index, seg in enumerate(doc.segments, 1):
                out.write(_trans_unit(index, seg, doc.original) + "\n")
            out.write("</body>\n</file>\n")
        out.write("</xliff>\n")
