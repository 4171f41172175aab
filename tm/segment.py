"""From paragraphs to sentences (segments), for Japanese and English.

Two modes:

- ``"srx"`` (the default) cuts exactly where OmegaT 3.6 cuts with its default segmentation rules
  (tm/data/segmentation.srx restates them): Japanese breaks after 。．？！ followed by anything but a
  closing parenthesis — so ``「…。」と述べた。`` is cut after the 。 inside the quote, as OmegaT does —
  and after ``.?!`` followed by white space; English keeps OmegaT's abbreviation exceptions
  (Dr., Mr., U.K., e.g., single initials...). Segments are trimmed of white space as OmegaT trims them.
  Translation units cut this way meet the segments a CAT tool cuts from the same source.
- ``"sentence"`` cuts linguistic sentences, for alignment and reading: no break inside 「」『』（）“”,
  closing quotes and brackets stay with their sentence, footnote marks (``。[1]``, ``。※1``, ``.¹``)
  stay with the sentence they annotate, decimals (3.5, ３．５) and list enumerators (``1.``, ``(2)``)
  never break, English abbreviations (U.S., Dr., Jan.) break only where a sentence plainly begins.

`split_sentences(text, lang, mode)` returns the segment texts; `split_spans` their offsets;
`split_paragraphs(paragraphs, lang, mode)` returns `Segment`s that know their file and line.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterable
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from glossary.fileio import YakugoError
from glossary.text import Paragraph

MODES = ("srx", "sentence")
LANGS = ("ja", "en")
_SRX_NS = "{http://www.lisa.org/srx20}"


@dataclass(frozen=True)
class Segment:
    """One segment of a document: its text and where it came from.

    `paragraph` is the 0-based index of its paragraph among those given, `index` its 0-based
    position inside that paragraph, `start`/`end` its offsets in the paragraph's text, and
    `line` the 1-based line of the original file where it starts.
    """

    text: str
    file: str
    line: int
    paragraph: int
    index: int
    start: int
    end: int
    lang: str = "ja"


# ----------------------------------------------------------------------------- SRX engine

@dataclass(frozen=True)
class SrxRule:
    brk: bool
    before: re.Pattern | None
    after: re.Pattern | None


@functools.lru_cache(maxsize=None)
def _category_class(category: str) -> str:
    """A Python character class body for a Unicode general category ('Lu', 'Nd', 'L'), BMP and beyond."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x110000):
        if unicodedata.category(chr(cp)).startswith(category):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_PROPERTY = re.compile(r"\\([pP])\{(\w+)\}")


def _java_to_python(pattern: str) -> str:
    r"""Translate the Java/ICU regex features SRX files use into Python `re` syntax (\p{Lu}, \P{Lu}, \p{Nd})."""
    out, pos = [], 0
    for m in _PROPERTY.finditer(pattern):
        out.append(pattern[pos:m.start()])
        body = _category_class(m.group(2).removeprefix("Is"))
        # inside a character class the body is spliced in; outside it becomes a class of its own
        inside = pattern[:m.start()].count("[") - pattern[:m.start()].count("\\[") > \
            pattern[:m.start()].count("]") - pattern[:m.start()].count("\\]")
        if m.group(1) == "p":
            out.append(body if inside else f"[{body}]")
        else:
            if inside:
                raise ValueError(f"\\P{{...}} inside a character class is not supported: {pattern}")
            out.append(f"[^{body}]")
        pos = m.end()
    out.append(pattern[pos:])
    return "".join(out)


def _compile(text: str | None) -> re.Pattern | None:
    if text is None or text == "":
        return None
    return re.compile(_java_to_python(text))


@dataclass(frozen=True)
class SrxRules:
    """The rules of one SRX file: rule lists by name and the language map that picks them."""

    rules: dict[str, tuple[SrxRule, ...]]
    maps: tuple[tuple[re.Pattern, str], ...]
    cascade: bool

    def for_language(self, lang: str) -> tuple[SrxRule, ...]:
        """The rules OmegaT applies to `lang`: every matching map's rules in order when cascading, else the first."""
        chosen: list[SrxRule] = []
        for pattern, name in self.maps:
            if pattern.fullmatch(lang):
                chosen.extend(self.rules.get(name, ()))
                if not self.cascade:
                    break
        return tuple(chosen)


def _child_text(rule: Element, tag: str) -> str | None:
    node = rule.find(_SRX_NS + tag)
    return None if node is None else (node.text or "")


def load_srx(path) -> SrxRules:
    """Read an SRX 2.0 file (hardened XML parsing); YakugoError for a file that is not SRX."""
    try:
        root = SafeET.parse(path).getroot()
    except Exception as exc:  # defusedxml/ElementTree errors, missing file
        raise YakugoError(f"not a readable SRX file ({exc})", path) from None
    header = root.find(f"{_SRX_NS}header")
    cascade = header is None or header.get("cascade", "yes") == "yes"
    rules: dict[str, tuple[SrxRule, ...]] = {}
    for lr in root.iter(f"{_SRX_NS}languagerule"):
        rules[lr.get("languagerulename", "")] = tuple(
            SrxRule(rule.get("break", "yes") == "yes",
                    _compile(_child_text(rule, "beforebreak")), _compile(_child_text(rule, "afterbreak")))
            for rule in lr.iter(f"{_SRX_NS}rule"))
    maps = tuple((re.compile(m.get("languagepattern", ".*"), re.IGNORECASE), m.get("languagerulename", ""))
                 for m in root.iter(f"{_SRX_NS}languagemap"))
    return SrxRules(rules, maps, cascade)


@functools.lru_cache(maxsize=1)
def default_srx() -> SrxRules:
    """The bundled rules that reproduce OmegaT 3.6's default segmentation (tm/data/segmentation.srx)."""
    with resources.as_file(resources.files("tm") / "data" / "segmentation.srx") as path:
        return load_srx(path)


def _java_whitespace(ch: str) -> bool:
    """Java's Character.isWhitespace, which OmegaT uses to trim segments (no-break spaces are not white space)."""
    if ch in "\u00a0\u2007\u202f":
        return False
    return ch in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f" or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _java_whitespace(text[start]):
        start += 1
    while end > start and _java_whitespace(text[end - 1]):
        end -= 1
    return start, end


def srx_breaks(text: str, rules: Iterable[SrxRule]) -> list[int]:
    """Offsets where the SRX `rules` break `text`: at each position the first rule that matches decides."""
    decided: dict[int, bool] = {}
    for rule in rules:
        if rule.before is None and rule.after is None:
            continue
        before = rule.before or re.compile(r".")
        for m in before.finditer(text):
            pos = m.end()
            if pos in decided or pos >= len(text) or pos == 0:
                continue
            if rule.after is None or rule.after.match(text, pos):
                decided[pos] = rule.brk
    return sorted(pos for pos, brk in decided.items() if brk)


def _spans_from_breaks(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    spans, prev = [], 0
    for pos in [*breaks, len(text)]:
        start, end = _trim(text, prev, pos)
        if start < end:
            spans.append((start, end))
        prev = pos
    return spans


# ----------------------------------------------------------------------------- linguistic sentences

_OPEN = "「『（(【〔［[〈《“‘"
_CLOSE = "」』）)】〕］]〉》”’"
# sentence ends inside parentheses never break (（注。）); inside quotations they do (「A。B。」 is two
# sentences), except at the quotation's own end when the sentence goes on after it (「…。」と述べた。)
_PARENS_OPEN = "（(【〔［[〈《"
# what follows a closing quotation when the sentence goes on: と述べた, って, との, など, を, の...
_QUOTE_CONTINUES = re.compile(r"(?:と|っ|など|なんて|の|を|が|に|や|\s*[、,]|\s*[a-z])")
_JA_TERMINALS = "。．？！?!"
_EN_TERMINALS = ".?!"
_CLOSERS = "」』）)】〕］]〉》”’\"'"
# a footnote mark right after a sentence end: [1], [注1], ※1, *1, (注2), ¹²³, ⁽¹⁾
_FOOTNOTE = re.compile(r"(?:\[(?:注|\*|※)?\s?\d{1,3}\]|［\d{1,3}］|※\d{1,3}|\*\d{1,3}|[（(]注\s?\d{1,3}[）)]|[¹²³⁰-⁹]+)")
_ENUMERATOR = re.compile(r"\s*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.．)）]\s*$|\s*[（(]\d{1,3}[)）]\s*$")
_LATIN_WORD_BEFORE = re.compile(r"((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z][A-Za-z']*|et al)\.$")


@functools.lru_cache(maxsize=1)
def _english_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    titles, abbrevs, openers = set(), set(), set()
    text = (resources.files("tm") / "data" / "segmentation_en.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, _, item = raw.partition("\t")
        {"title": titles, "abbrev": abbrevs, "opener": openers}[kind].add(item.strip())
    return frozenset(titles), frozenset(abbrevs), frozenset(openers)


def _next_word(text: str, pos: int) -> str:
    m = re.compile(r"\s*[\"“‘'(\[]?([\w']+)").match(text, pos)
    return m.group(1) if m else ""


def _english_period_breaks(text: str, dot: int, end: int) -> bool:
    """Whether the '.' at `dot` (its sentence-final run ending at `end`, white space after) ends a sentence."""
    titles, abbrevs, openers = _english_lists()
    head = text[max(0, dot - 20):dot + 1]
    m = _LATIN_WORD_BEFORE.search(head)
    nxt = _next_word(text, end)
    if text[dot - 2:dot + 1] == "..." and nxt[:1].islower():
        return False
    if not m:
        return True
    word = m.group(1)
    if word in titles or word.rstrip(".") in titles:
        return False
    if nxt[:1].islower() or nxt[:1].isdigit() and (word in abbrevs or word in titles):
        return False
    is_initial = len(word) == 1 and word.isupper()
    if is_initial or word in abbrevs or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # "J. Smith", "the U.S. government": no break; "in the U.S. The ...": break
        return nxt in openers
    return True


_TERMINALS = set(_JA_TERMINALS + _EN_TERMINALS + "…")
# a quotation longer than this is taken for an unbalanced bracket and stops protecting its sentence ends
_MAX_QUOTE = 300


def _sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    breaks: list[int] = []
    opened: list[int] = []  # offsets of the open brackets/quotes around the current position
    straight_open = -1  # offset of an open straight double quote, or -1
    i, n = 0, len(text)
    line_start = 0

    def inside(pos: int) -> bool:
        return any(pos - o <= _MAX_QUOTE for o in opened) or (straight_open >= 0 and pos - straight_open <= _MAX_QUOTE)

    def in_parens(pos: int) -> bool:
        return any(pos - o <= _MAX_QUOTE and text[o] in _PARENS_OPEN for o in opened)

    while i < n:
        ch = text[i]
        if ch in _OPEN:
            opened.append(i)
        elif ch in _CLOSE:
            if opened:
                opened.pop()
        elif ch == '"':
            straight_open = -1 if straight_open >= 0 else i
        elif ch == "\n":
            line_start, opened, straight_open = i + 1, [], -1
        if ch not in _TERMINALS:
            i += 1
            continue
        # the whole run of terminals (?!, ..., 。。)
        j = i
        while j < n and text[j] in _TERMINALS:
            j += 1
        run = text[i:j]
        # decimals and dotted numbers: 3.5, ３．５, 1.2.3
        if run in (".", "．") and i > 0 and j < n and text[i - 1].isdigit() and text[j].isdigit():
            i = j
            continue
        # a list enumerator at the start of a line: "1. ", "(2) "
        if run in (".", "．") and _ENUMERATOR.fullmatch(text[line_start:j]):
            i = j
            continue
        quoted = inside(i)
        parenthesized = in_parens(i)
        # closing quotes/brackets and footnote marks belong to the sentence they end
        k = j
        while True:
            if k < n and text[k] in _CLOSERS:
                if text[k] == '"':
                    if straight_open < 0:
                        break
                    straight_open = -1
                elif text[k] in _CLOSE and opened:
                    opened.pop()
                elif text[k] == "'" and lang == "en" and k + 1 < n and not text[k + 1].isspace():
                    break
                k += 1
                continue
            fm = _FOOTNOTE.match(text, k)
            if fm:
                k = fm.end()
                continue
            break
        if parenthesized or (k < n and text[k] in _TERMINALS):
            i = k
            continue
        if quoted and not inside(k) and _QUOTE_CONTINUES.match(text, k):
            i = k  # 「…。」と述べた。: the sentence goes on after the quotation
            continue
        ascii_only = all(c in _EN_TERMINALS for c in run)
        if ascii_only:
            # Latin punctuation ends a sentence only before white space (or the end), as in English
            if k < n and not text[k].isspace():
                i = k
                continue
            if lang == "en" or (i > 0 and text[i - 1].isascii()):
                if run[-1] == "." and not _english_period_breaks(text, j - 1, k):
                    i = k
                    continue
        elif lang == "en" and k < n and not text[k].isspace():
            i = k
            continue
        if k < n:
            breaks.append(k)
        i = k
    return _spans_from_breaks(text, breaks)


# ----------------------------------------------------------------------------- public API

def _check(lang: str, mode: str) -> str:
    if mode not in MODES:
        raise YakugoError(f"unknown segmentation mode {mode!r} (choose from {', '.join(MODES)})")
    code = lang.lower().replace("_", "-").split("-")[0]
    if code not in LANGS:
        raise YakugoError(f"segmentation supports ja and en, not {lang!r}")
    return code


def split_spans(text: str, lang: str = "ja", mode: str = "srx") -> list[tuple[int, int]]:
    """(start, end) offsets of the segments of `text`, white space trimmed, empty segments dropped."""
    code = _check(lang, mode)
    if mode == "srx":
        return _spans_from_breaks(text, srx_breaks(text, default_srx().for_language(code.upper())))
    return _sentence_spans(text, code)


def split_sentences(text: str, lang: str = "ja", mode: str = "srx") -> list[str]:
    """The segments of `text` in order (see the module docstring for the modes)."""
    return [text[a:b] for a, b in split_spans(text, lang, mode)]


def split_paragraphs(paragraphs: Iterable[Paragraph], lang: str = "ja", mode: str = "srx") -> list[Segment]:
    """Segment every paragraph; each `Segment` knows its paragraph index, offsets and original line."""
    out: list[Segment] = []
    for p_index, para in enumerate(paragraphs):
        for s_index, (a, b) in enumerate(split_spans(para.text, lang, mode)):
            out.append(Segment(para.text[a:b], para.file, para.line_at(a), p_index, s_index, a, b, lang))
    return out
