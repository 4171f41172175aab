"""TMX, the translation-memory exchange format: a streamed 1.4b writer and a streamed, hardened 1.1–1.4b reader.

Writer: valid against the TMX 1.4 DTD (`tmx version="1.4"`), full header (creationtool yakugo, never
"OmegaT", which changes how OmegaT parses), `xml:lang` on every `tuv` as BCP-47 with a hyphen,
notes before props as the DTD orders them, creation/change dates, the run's build info in a header note
and props. Units are written one by one, so a million-unit memory is exported in flat memory.

Reader: expat fed in 64 KiB chunks, handlers that refuse entity declarations and external entities (the
defusedxml policy: no entity expansion, no external fetches, so no billion laughs and no XXE), units
yielded as each `tu` closes. Language codes are compared by their language subtag in any case and
spelling (`ja`, `ja-JP`, `JA_jp`), `srclang="*all*"` is accepted, UTF-8 and UTF-16 (with BOM) are read,
and in TUs with several languages the variants are chosen by language, never by position.
A malformed file raises `YakugoError(message, path, line)`.
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator
from xml.parsers import expat

from glossary.fileio import YakugoError, atomic_write, xml_encoding_error
from glossary.meta import build_info, describe
from tm.model import UNIT_ORIGINS, Unit, normalize_lang, primary_lang

ORIGIN_PROP = "x-origin"
CONTEXT_PROP = "x-context"
CHUNK = 64 * 1024
# Elements whose content is native markup (a tag of the original format), not text: CAT tools drop it.
_CODE_ELEMENTS = {"bpt", "ept", "ph", "it", "ut"}
# Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, surrogates, U+FFFE/FFFF).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# ---------------------------------------------------------------------------------------------- writing
def _esc(text: str) -> str:
    text = _INVALID_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def tmx_date(value: datetime | None) -> str | None:
    """A date as TMX wants it: UTC, `YYYYMMDDThhmmssZ`."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y%m%dT%H%M%SZ")


def parse_tmx_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value.strip(), fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None  # an unreadable date is dropped, not a reason to refuse the file


def _attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f' {name}="{_attr(value)}"' for name, value in pairs if value)


def _tu_xml(unit: Unit, header_srclang: str) -> str:
    srclang = normalize_lang(unit.srclang) or header_srclang
    tgtlang = normalize_lang(unit.tgtlang) or "en"
    dates = [("creationdate", tmx_date(unit.created)), ("creationid", unit.creationid),
             ("changedate", tmx_date(unit.changed)), ("changeid", unit.changeid)]
    parts = [f"    <tu{_attrs(dates)}"]
    if srclang != header_srclang:
        parts.append(f' srclang="{_attr(srclang)}"')
    parts.append(">\n")
    for note in unit.notes:
        parts.append(f"      <note>{_esc(note)}</note>\n")
    props = [(ORIGIN_PROP, unit.origin)]
    if unit.context:
        props.append((CONTEXT_PROP, unit.context))
    props += sorted((k, v) for k, v in unit.props.items() if k not in (ORIGIN_PROP, CONTEXT_PROP))
    for key, value in props:
        parts.append(f'      <prop type="{_attr(key)}">{_esc(str(value))}</prop>\n')
    parts.append(f'      <tuv xml:lang="{_attr(srclang)}"><seg>{_esc(unit.source)}</seg></tuv>\n')
    parts.append(f'      <tuv xml:lang="{_attr(tgtlang)}"{_attrs(dates)}><seg>{_esc(unit.target)}</seg></tuv>\n')
    parts.append("    </tu>\n")
    return "".join(parts)


def write_tmx(units: Iterable[Unit], path: str | os.PathLike, meta: dict | None = None,
              srclang: str | None = None, adminlang: str = "en") -> int:
    """Write `units` as TMX 1.4b to `path` (atomically), one unit at a time. Returns how many were written.

    The header `srclang` is `srclang` if given, else the first unit's source language (units in
    another direction carry their own `srclang` on the `tu`). `meta` (default `build_info()`) goes
    into a header note and `x-yakugo-*` props. Units with an empty source or target are left out:
    an empty target `<seg/>` makes OmegaT delete the sentence.
    """
    meta = meta or build_info()
    iterator = iter(units)
    first: list[Unit] = []
    for unit in iterator:
        if unit.source.strip() and unit.target.strip():
            first.append(unit)
            break
    header_srclang = normalize_lang(srclang or (first[0].srclang if first else "ja")) or "ja"
    now = tmx_date(datetime.now(timezone.utc))
    header = _attrs([("creationtool", meta.get("tool", "yakugo")),
                     ("creationtoolversion", str(meta.get("version", "0"))),
                     ("segtype", "sentence"), ("o-tmf", "yakugo"), ("adminlang", normalize_lang(adminlang)),
                     ("srclang", header_srclang), ("datatype", "plaintext"), ("creationdate", now)])
    header_props = [("x-yakugo-version", str(meta.get("version", "")))]
    header_props += [(f"x-yakugo-dictionary-{k}", str(v)) for k, v in sorted(meta.get("dictionaries", {}).items())]
    header_props += [(f"x-yakugo-threshold-{k}", str(v)) for k, v in sorted(meta.get("thresholds", {}).items())]
    count = 0
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
        out.write(f"  <header{header}>\n")
        out.write(f"    <note>Written by {_esc(describe(meta))}</note>\n")
        for key, value in header_props:
            out.write(f'    <prop type="{_attr(key)}">{_esc(value)}</prop>\n')
        out.write("  </header>\n  <body>\n")
        for unit in first:
            out.write(_tu_xml(unit, header_srclang))
            count += 1
        for unit in iterator:
            if not unit.source.strip() or not unit.target.strip():
                continue
            out.write(_tu_xml(unit, header_srclang))
            count += 1
        out.write("  </body>\n</tmx>\n")
    return count


# ---------------------------------------------------------------------------------------------- reading
class _Refused(Exception):
    """Raised from an expat handler for markup we refuse to process (entities)."""


class _TMXHandler:
    """Expat callbacks that build Units as `tu` elements close; keeps only the current TU in memory."""

    def __init__(self, parser, srclang: str, tgtlang: str):
        self.parser = parser
        self.want_src = primary_lang(srclang)
        self.want_tgt = primary_lang(tgtlang)
        self.srclang = srclang
        self.tgtlang = tgtlang
        self.ready: list[Unit] = []
        self.skipped = 0
        self.stack: list[str] = []
        self.seen_root = False
        self.header_srclang: str | None = None
        self.tu: dict | None = None
        self.tuv: dict | None = None
        self.text: list[str] | None = None  # collects note/prop/seg text
        self.code_depth = 0  # > 0 inside native-code inline elements whose content is not text

    # expat callbacks ----------------------------------------------------------------------------
    def start(self, name: str, attrs: dict) -> None:
        line = self.parser.CurrentLineNumber
        if not self.stack:
            if name != "tmx":
                raise YakugoError(f"not a TMX file (root element <{name}>)", None, line)
            self.seen_root = True
        self.stack.append(name)
        if self.code_depth or name in _CODE_ELEMENTS and self.tuv is not None:
            self.code_depth += 1
            return
        if name == "header":
            self.header_srclang = attrs.get("srclang")
        elif name == "tu":
            self.tu = {"attrs": attrs, "notes": [], "props": {}, "tuvs": [], "line": line}
        elif name == "tuv" and self.tu is not None:
            lang = attrs.get("xml:lang") or attrs.get("lang")
            if not lang or not lang.strip():
                raise YakugoError("<tuv> without xml:lang", None, line)
            self.tuv = {"lang": lang, "attrs": attrs, "seg": None, "notes": [], "props": {}}
        elif name in ("note", "prop", "seg"):
            self.text = []
            self.prop_type = attrs.get("type", "")
        elif name == "hi":
            pass  # highlighted text is text

    def end(self, name: str) -> None:
        self.stack.pop()
        if self.code_depth:
            self.code_depth -= 1
            return
        owner = self.tuv if self.tuv is not None else self.tu
        if name in ("note", "prop") and owner is not None and self.text is not None:
            value = "".join(self.text)
            if name == "note":
                owner["notes"].append(value)
            elif self.prop_type:
                owner["props"][self.prop_type] = value
            self.text = None
        elif name == "seg" and self.tuv is not None:
            self.tuv["seg"] = "".join(self.text or [])
            self.text = None
        elif name == "tuv" and self.tu is not None and self.tuv is not None:
            self.tu["tuvs"].append(self.tuv)
            self.tuv = None
        elif name == "tu" and self.tu is not None:
            unit = self._unit(self.tu)
            if unit is None:
                self.skipped += 1
            else:
                self.ready.append(unit)
            self.tu = None

    def chars(self, data: str) -> None:
        if self.text is not None and not self.code_depth:
            self.text.append(data)

    # building a unit ---------------------------------------------------------------------------
    def _unit(self, tu: dict) -> Unit | None:
        source = target = None
        for tuv in tu["tuvs"]:
            lang = primary_lang(tuv["lang"])
            if source is None and lang == self.want_src:
                source = tuv
            elif target is None and lang == self.want_tgt:
                target = tuv
        if source is None or target is None or not source["seg"] or not target["seg"]:
            return None  # not this language pair, or an untranslated unit
        attrs = {**tu["attrs"], **{k: v for k, v in target["attrs"].items() if v}}
        props = {**tu["props"], **target["props"]}
        origin = props.pop(ORIGIN_PROP, "human")
        if origin not in UNIT_ORIGINS:
            props[ORIGIN_PROP] = origin
            origin = "human"
        context = props.pop(CONTEXT_PROP, None)
        created = parse_tmx_date(attrs.get("creationdate"))
        unit = Unit(source=source["seg"], target=target["seg"], srclang=normalize_lang(source["lang"]),
                    tgtlang=normalize_lang(target["lang"]), origin=origin,
                    changed=parse_tmx_date(attrs.get("changedate")), creationid=attrs.get("creationid"),
                    changeid=attrs.get("changeid"), notes=tu["notes"] + target["notes"], props=props,
                    context=context)
        if created is not None:
            unit.created = created
        return unit


def _refuse_entity(*args) -> None:
    raise _Refused("entity declarations are not allowed (no entity expansion)")


def _refuse_external(*args) -> None:
    raise _Refused("external entities are not allowed")


def iter_units(path: str | os.PathLike, srclang: str = "ja", tgtlang: str = "en") -> Iterator[Unit]:
    """Yield the `srclang`→`tgtlang` units of the TMX file at `path` as they are parsed (streamed).

    TUs without both languages (or with an empty side) are skipped. A file that is not well-formed
    TMX raises YakugoError naming the file and line; so does any entity declaration or external entity.
    """
    path = Path(path)
    if not path.is_file():
        raise YakugoError("no such file", path)
    parser = expat.ParserCreate()  # no namespace processing: "xml:lang" arrives under that name
    handler = _TMXHandler(parser, srclang, tgtlang)
    parser.buffer_text = True
    parser.ordered_attributes = False
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.chars
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def fail(message: str, line: int | None) -> YakugoError:
        return YakugoError(message, path, line)

    with path.open("rb") as stream:
        while True:
            chunk = stream.read(CHUNK)
            try:
                parser.Parse(chunk, not chunk)
            except expat.ExpatError as exc:
                raise fail(f"not well-formed XML ({expat.errors.messages[exc.code]})", exc.lineno) from None
            except ValueError as exc:  # expat: "multi-byte encodings are not supported" (Shift_JIS, EUC-JP...)
                if "encoding" not in str(exc):
                    raise
                raise xml_encoding_error(path) from None
            except _Refused as exc:
                raise fail(str(exc), parser.CurrentLineNumber) from None
            except YakugoError as exc:
                raise fail(str(exc), exc.line) from None
            if handler.ready:
                yield from handler.ready
                handler.ready = []
            if not chunk:
                break
    if not handler.seen_root:
        raise fail("not a TMX file (empty)", None)
