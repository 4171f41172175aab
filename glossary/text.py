"""From files to paragraphs: find corpus files, read them, and rejoin lines a PDF layout broke.

A `Paragraph` remembers the file and the line each of its characters came from, so every later
stage can point the user back to the line of the original file.
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from glossary.fileio import YakugoError, read_text

TEXT_SUFFIXES = (".txt", ".md")
# Files that describe a folder rather than belong to its text; skipped when a folder is expanded.
FOLDER_NOTES = ("readme", "sources", "license", "licence", "changelog", "notice")

# A line that opens a heading or list item must not be glued to the line before it.
_BLOCK_START = re.compile(
    r"^\s*(?:#{1,6}\s|[-*+•・■□◆◇●○▼▲※]\s?|>|\||\d+[.．、)）]\s*|[（(]\d+[)）]|[①-⑳]|第\s*\d+\s*[章節条部]"
    r"|[IVXⅠ-Ⅻ]+[.．]|[一二三四五六七八九十]+[、．.])"
)
_SENTENCE_END = tuple("。．！？!?」』）)”\"")
# A "paragraph" longer than this (a file with no line breaks, or with old-Mac CR-only ones read wrongly)
# is cut at sentence ends into pieces of at most this size: real paragraphs are a few hundred characters,
# and extraction's per-paragraph work grows faster than linearly with its length.
MAX_PARAGRAPH_CHARS = 10_000
_CUT_AFTER = re.compile(r"[。．！？!?](?:[」』）)”\"]*)|[.;](?=\s)")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's text with its origin: `file`, and the 1-based line each character came from."""

    text: str
    file: str
    line: int
    # offsets into `text` where a later original line starts, and those lines' numbers
    break_offsets: tuple[int, ...] = ()
    break_lines: tuple[int, ...] = ()

    def line_at(self, offset: int) -> int:
        """The 1-based line of the original file that holds character `offset` of `text`."""
        i = bisect.bisect_right(self.break_offsets, offset)
        return self.line if i == 0 else self.break_lines[i - 1]


def iter_text_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Expand files and folders (recursively) into the sorted list of `.txt`/`.md` files they hold.

    Inside folders, hidden files and notes about the folder (README, SOURCES, LICENSE…) are
    skipped; a file named explicitly is always taken. A path that does not exist, or a folder
    with no text files, raises YakugoError.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts)
                            and p.stem.lower() not in FOLDER_NOTES)
            if not inside:
                raise YakugoError("folder holds no .txt or .md files", path)
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise YakugoError("no such file or folder", path)
    seen: set[Path] = set()
    return [p for p in found if not (p.resolve() in seen or seen.add(p.resolve()))]


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped file was wrapped at, or 0 when the file does not look hard-wrapped.

    PDF text breaks most lines of a paragraph at nearly the same width; free-flowing text
    (a paragraph per line) has no such peak.
    """
    lengths = sorted(len(line.strip()) for line in lines if len(line.strip()) >= 10)
    if len(lengths) < 8:
        return 0
    top = lengths[int(len(lengths) * 0.8)]
    near = sum(1 for n in lengths if top * 0.85 <= n <= top * 1.1)
    return top if near >= len(lengths) * 0.4 else 0


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _join(left: str, right: str) -> str:
    """Join two pieces of one paragraph: Japanese joins without a space, Latin words keep one."""
    if left and right and (_is_latin(left[-1]) or left[-1] in ",:;") and _is_latin(right[0]):
        return left + " " + right
    return left + right


def paragraphs(text: str, file: str = "<text>") -> Iterator[Paragraph]:
    """Split `text` into paragraphs, rejoining lines broken inside a paragraph.

    Blank lines end a paragraph, except inside an open bracket (a gloss broken across lines).
    In a hard-wrapped (PDF) file, a line that reaches the wrap width and does not end a sentence
    continues on the next line, unless the next line opens a heading or list item.
    """
    # CRLF and old-Mac CR-only line ends count as line ends too (a lone CR would otherwise glue lines)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = _wrap_width(lines)
    pieces: list[tuple[int, str]] = []  # (line number, stripped text)
    depth = 0  # open brackets in the current paragraph

    def flush() -> Iterator[Paragraph]:
        nonlocal pieces, depth
        if pieces:
            joined, offsets, numbers = "", [], []
            for number, piece in pieces:
                if joined:
                    joined = _join(joined, piece)
                    offsets.append(len(joined) - len(piece))
                    numbers.append(number)
                else:
                    joined = piece
            whole = Paragraph(joined, file, pieces[0][0], tuple(offsets), tuple(numbers))
            yield from (_cut(whole) if len(joined) > MAX_PARAGRAPH_CHARS else (whole,))
        pieces, depth = [], 0

    for number, raw in enumerate(lines, start=1):
        line = raw.strip().replace("\r", "")
        if not line:
            if depth <= 0:
                yield from flush()
            continue
        if pieces:
            previous = pieces[-1][1]
            continues = depth > 0 or (
                width and len(previous) >= width * 0.85 and not previous.endswith(_SENTENCE_END)
            )
            if not continues or _BLOCK_START.match(line):
                yield from flush()
        pieces.append((number, line))
        depth += line.count("（") + line.count("(") - line.count("）") - line.count(")")
        if depth > 0 and len(pieces) > 6:  # an unclosed bracket must not swallow the document
            depth = 0
    yield from flush()


def _cut(para: Paragraph) -> Iterator[Paragraph]:
    """`para` in pieces of at most MAX_PARAGRAPH_CHARS, cut after a sentence end (else anywhere), each piece
    keeping the file lines its characters came from."""
    text, start = para.text, 0
    while start < len(text):
        end = min(len(text), start + MAX_PARAGRAPH_CHARS)
        if end < len(text):
            ends = [m.end() for m in _CUT_AFTER.finditer(text, start + MAX_PARAGRAPH_CHARS // 2, end)]
            end = ends[-1] if ends else end
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            first = start + lead
            lo = bisect.bisect_right(para.break_offsets, first)
            hi = bisect.bisect_left(para.break_offsets, first + len(body))
            yield Paragraph(body, para.file, para.line_at(first),
                            tuple(o - first for o in para.break_offsets[lo:hi]), para.break_lines[lo:hi])
        start = end


def read_paragraphs(path: str | os.PathLike) -> list[Paragraph]:
    """Read a UTF-8 file and return its paragraphs (see `paragraphs`)."""
    return list(paragraphs(read_text(path), os.fspath(path)))
