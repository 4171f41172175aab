"""TBX termbases: TBX-Basic "martif" (default) and TBX 2019 (`dialect="2019"`); the reader takes both, namespaced or not.

The martif form without a namespace is the one OmegaT 3.6, Translate Toolkit and Weblate read:
`martif/text/body/termEntry/langSet[@xml:lang]/tig/term`. One termEntry is one `Entry`:

- the `ja` langSet holds every variant, the canonical one marked `preferredTerm-admn-sts`;
- the `en` langSet holds the English: preferred (`en`), admitted (`en_alternatives`), deprecated
  (`en_deprecated`), each marked with `termNote type="administrativeStatus"`;
- type and origin are `descrip type="entityType"|"origin"`, notes are `note`, the other yakugo fields
  are `admin` (status, confidence, provenance, count, gloss, reading, foreign), and each source is a
  `descripGrp` of `descrip type="context"` and `admin type="source"` ("file:line").

Reading never expands entities nor fetches external ones (defusedxml) and streams the file
termEntry by termEntry, so a large termbase is never held whole.
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from glossary.fileio import YakugoError, atomic_write, xml_encoding_error
from glossary.formats import clean_term, describe_meta, tidy, xml_safe
from glossary.model import Entry, Source

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX2019_NS = "urn:iso:std:iso:30042:ed-2"
PREFERRED, ADMITTED, DEPRECATED = "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"

# Element names per dialect: entry, language section, term section, header.
DIALECTS = {
    "martif": ("termEntry", "langSet", "tig", "martifHeader"),
    "2019": ("conceptEntry", "langSec", "termSec", "tbxHeader"),
}
ENTRY_TAGS = {"termEntry", "conceptEntry"}
LANG_TAGS = {"langSet", "langSec"}
TERM_TAGS = {"tig", "ntig", "termSec"}


# ---------------------------------------------------------------------------- writing

def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    elem = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items()})
    if text is not None:
        elem.text = xml_safe(text)
    return elem


def _term(parent: ET.Element, tag: str, term: str, status: str) -> None:
    tig = _sub(parent, tag)
    _sub(tig, "term", term)
    _sub(tig, "termNote", status, type="administrativeStatus")


def entry_element(entry: Entry, ident: str, dialect: str = "martif") -> ET.Element:
    """The termEntry (or conceptEntry) element for one entry."""
    entry_tag, lang_tag, term_tag, _ = DIALECTS[dialect]
    elem = ET.Element(entry_tag, {"id": ident})
    _sub(elem, "descrip", entry.type, type="entityType")
    _sub(elem, "descrip", entry.origin, type="origin")
    for note in entry.notes:
        _sub(elem, "note", note)
    _sub(elem, "admin", entry.status, type="status")
    _sub(elem, "admin", repr(float(entry.confidence)), type="confidence")
    if entry.provenance:
        _sub(elem, "admin", entry.provenance, type="provenance")
    _sub(elem, "admin", str(int(entry.count)), type="count")
    if entry.termhood:
        _sub(elem, "admin", repr(float(entry.termhood)), type="termhood")
    for kind, values in (("gloss", entry.glosses), ("reading", entry.readings), ("foreign", entry.foreign)):
        for value in values:
            _sub(elem, "admin", value, type=kind)
    for source in entry.sources:
        group = _sub(elem, "descripGrp")
        _sub(group, "descrip", source.context, type="context")
        _sub(group, "admin", f"{source.file}:{source.line}", type="source")
    ja = _sub(elem, lang_tag, **{XML_LANG: "ja"})
    for variant in entry.variants or [entry.ja]:
        _term(ja, term_tag, clean_term(variant), PREFERRED if variant == entry.ja else ADMITTED)
    english = [(entry.en, PREFERRED)] if entry.en else []
    english += [(e, ADMITTED) for e in entry.en_alternatives] + [(e, DEPRECATED) for e in entry.en_deprecated]
    if english:
        en = _sub(elem, lang_tag, **{XML_LANG: "en"})
        for term, status in english:
            _term(en, term_tag, clean_term(term), status)
    return elem


def write(entries: list[Entry], path: str | os.PathLike, meta: dict | None = None, dialect: str = "martif") -> None:
    """Write a TBX file (TBX-Basic martif by default, TBX 2019 with dialect="2019"), `meta` in its header."""
    if dialect not in DIALECTS:
        raise YakugoError(f"unknown TBX dialect {dialect!r}", path)
    header_tag = DIALECTS[dialect][3]
    header = ET.Element(header_tag)
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", "yakugo glossary (Japanese to English)")
    _sub(_sub(file_desc, "sourceDesc"), "p", describe_meta(meta))
    if dialect == "martif":
        _sub(_sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
        opening = '<martif type="TBX-Basic" xml:lang="ja">'
        closing = "</martif>"
    else:
        opening = f'<tbx type="TBX-Basic" style="dca" xml:lang="ja" xmlns="{TBX2019_NS}">'
        closing = "</tbx>"
    with atomic_write(path) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        if dialect == "2019":
            out.write('<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/'
                      'DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
                      'schematypens="http://relaxng.org/ns/structure/1.0"?>\n')
        out.write(opening + "\n")
        out.write(ET.tostring(header, encoding="unicode") + "\n")
        out.write("<text>\n<body>\n")
        for i, entry in enumerate(entries, 1):
            out.write(ET.tostring(entry_element(entry, f"c{i}", dialect), encoding="unicode") + "\n")
        out.write("</body>\n</text>\n" + closing + "\n")


# ---------------------------------------------------------------------------- reading

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(elem: ET.Element) -> str:
    return "".join(elem.itertext())


def _lang(elem: ET.Element) -> str:
    value = elem.get(XML_LANG) or elem.get("lang") or ""
    return value.lower().replace("_", "-").split("-")[0]


def _terms(lang_set: ET.Element) -> list[tuple[str, str | None]]:
    """(term, administrativeStatus or None) for each term section of a language section."""
    out = []
    for section in lang_set:
        if _local(section.tag) not in TERM_TAGS:
            continue
        term, status = None, None
        for node in section.iter():
            name = _local(node.tag)
            if name == "term" and term is None:
                term = clean_term(_text(node))
            elif name == "termNote" and node.get("type") in ("administrativeStatus", "normativeAuthorization"):
                status = _text(node).strip()
        if term:
            out.append((term, status))
    return out


_SOURCE_RE = re.compile(r"^(.*):(\d+)$")


def entry_from_element(elem: ET.Element) -> Entry | None:
    """The Entry of one termEntry/conceptEntry, or None when it has no Japanese term."""
    ja_terms: list[tuple[str, str | None]] = []
    en_terms: list[tuple[str, str | None]] = []
    fields: dict[str, list[str]] = {}
    notes: list[str] = []
    sources: list[Source] = []
    for child in elem:
        name = _local(child.tag)
        if name in LANG_TAGS:
            lang = _lang(child)
            if lang == "ja":
                ja_terms += _terms(child)
            elif lang == "en":
                en_terms += _terms(child)
        elif name in ("descrip", "admin"):
            fields.setdefault(child.get("type") or "", []).append(_text(child))
        elif name == "note":
            notes.append(_text(child))
        elif name == "descripGrp":
            context, where = "", ""
            for node in child:
                kind = (_local(node.tag), node.get("type"))
                if kind == ("descrip", "context"):
                    context = _text(node)
                elif kind == ("admin", "source"):
                    where = _text(node).strip()
            match = _SOURCE_RE.match(where)
            if match:
                sources.append(Source(match.group(1), int(match.group(2)), context))
            elif context:
                notes.append(context)
    if not ja_terms:
        return None
    ja = next((t for t, s in ja_terms if s == PREFERRED), ja_terms[0][0])
    any_status = any(s for _, s in en_terms)
    if any_status:
        en = next((t for t, s in en_terms if s == PREFERRED), None)
        alternatives = [t for t, s in en_terms if s != DEPRECATED and s != PREFERRED]
        deprecated = [t for t, s in en_terms if s == DEPRECATED]
    else:  # a plain termbase: the first English term is the one to use
        en = en_terms[0][0] if en_terms else None
        alternatives, deprecated = [t for t, _ in en_terms[1:]], []

    def first(kind: str, default: str | None = None) -> str | None:
        value = (fields.get(kind) or [default])[0]
        return value.strip() if value is not None else None

    try:
        confidence = float(first("confidence", "0") or 0)
        count = int(first("count", "0") or 0)
        termhood = float(first("termhood", "0") or 0)
    except ValueError:
        confidence, count, termhood = 0.0, 0, 0.0
    entry = Entry(
        ja=ja, variants=[t for t, _ in ja_terms], en=en, en_alternatives=alternatives, en_deprecated=deprecated,
        type=first("entityType") or first("termType") or "other", origin=first("origin") or "unknown",
        confidence=confidence, provenance=first("provenance"), count=count, sources=sources,
        glosses=fields.get("gloss", []), readings=fields.get("reading", []), foreign=fields.get("foreign", []),
        notes=notes + fields.get("definition", []), status=first("status") or "auto", termhood=termhood,
    )
    return tidy(entry)


def _error_line(path: Path, needle: str) -> int | None:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if needle.encode() in line:
                return number
    return None


def read(path: str | os.PathLike) -> list[Entry]:
    """Entries of a TBX file (martif or TBX 2019, with or without namespace), streamed entry by entry.

    Entity declarations and external references are refused; a malformed file raises YakugoError
    with its line.
    """
    path = Path(path)
    entries: list[Entry] = []
    open_elements: list[ET.Element] = []
    try:
        for event, elem in iterparse(str(path), events=("start", "end"), forbid_dtd=False,
                                     forbid_entities=True, forbid_external=True):
            name = _local(elem.tag)
            if event == "start":
                if not open_elements and name not in ("martif", "tbx"):
                    raise YakugoError(f"not a TBX file (root element <{name}>)", path, 1)
                open_elements.append(elem)
                continue
            open_elements.pop()
            if name in ENTRY_TAGS:
                entry = entry_from_element(elem)
                if entry is not None:
                    entries.append(entry)
                if open_elements:  # drop the parsed entry from the tree: memory stays flat on large files
                    open_elements[-1].remove(elem)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        message = str(exc).split(":")[0]
        raise YakugoError(f"malformed XML ({message})", path, line) from None
    except DefusedXmlException as exc:
        raise YakugoError(f"refused: {type(exc).__name__} (entity declarations and external references "
                          "are not read)", path, _error_line(path, "<!ENTITY")) from None
    except ValueError as exc:  # expat: "multi-byte encodings are not supported" (Shift_JIS, EUC-JP...)
        if "encoding" not in str(exc):
            raise
        raise xml_encoding_error(path) from None
    except UnicodeDecodeError:
        raise YakugoError("not valid UTF-8", path) from None
    return entries
