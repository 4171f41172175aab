"""Tokenization with fugashi + unidic-lite: one tagger per process, tokens carrying UniDic's features.

A `Token` keeps what later stages need from UniDic: the part of speech (four levels), the lemma,
the reading (katakana pronunciation), the word origin class (goshu: 和/漢/外/固/混) and the foreign
spelling UniDic attaches to some lemmas (`ウラジオストク-Vladivostok` → foreign "Vladivostok"),
plus the token's character offsets in the text it came from.

Speed: MeCab is asked (through fugashi) to print only the seven features used, one line per token,
and each distinct line is parsed into features once per process (`_lexeme`), so a token costs a
dict lookup instead of a Python node object and a 29-field feature split.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(slots=True)
class Token:
    """One morpheme: `text[start:end] == surface`; features as UniDic gives them ("" when unknown)."""

    surface: str
    start: int
    end: int
    pos1: str
    pos2: str
    pos3: str
    pos4: str
    lemma: str
    reading: str
    goshu: str
    foreign: str
    unknown: bool

    @property
    def is_noun(self) -> bool:
        return self.pos1 == "名詞"

    @property
    def is_proper(self) -> bool:
        return self.pos2 == "固有名詞"

    @property
    def pos(self) -> str:
        return ",".join(p for p in (self.pos1, self.pos2, self.pos3, self.pos4) if p and p != "*")


@functools.lru_cache(maxsize=1)
def tagger():
    """The process-wide fugashi Tagger over unidic-lite (loading it costs ~0.2 s, so it is shared)."""
    import fugashi

    return fugashi.Tagger()


# One line per token: preceding whitespace + surface, status (0 known, 1 unknown), pos1-4, lemma, pron, goshu.
# UniDic fields: f[0..3] part of speech, f[7] lemma, f[9] pron, f[12] goshu. "*" prints as "".
_NODE_FORMAT = r"%pS%m\t%s\t%f[0]\t%f[1]\t%f[2]\t%f[3]\t%f[7]\t%f[9]\t%f[12]\n"
_UNK_FORMAT = r"%pS%m\t%s\t%f[0]\t%f[1]\t%f[2]\t%f[3]\t\t\t\n"


@functools.lru_cache(maxsize=1)
def _line_tagger():
    """A MeCab tagger over the same unidic-lite dictionary whose output is the compact line format above."""
    import fugashi
    import unidic_lite

    return fugashi.GenericTagger(
        f'-d "{unidic_lite.DICDIR}" -r /dev/null -O "" -F "{_NODE_FORMAT}" -U "{_UNK_FORMAT}" -B "" -E ""')


# line → (surface, preceding-space length, pos1, pos2, pos3, pos4, lemma, reading, goshu, foreign, unknown)
_LEXEMES: dict[str, tuple] = {}
_WHITESPACE = str.maketrans("\t\n\r\v\f", "     ")


def _lexeme(line: str) -> tuple:
    f = line.split("\t")
    if len(f) < 9:  # an unknown word may lack the later fields
        f += [""] * (9 - len(f))
    head = f[0]
    surface = head.lstrip(" ")
    lemma, foreign = f[6], ""
    if "-" in lemma:
        lemma, _, foreign = lemma.partition("-")
    lex = (surface, len(head) - len(surface), f[2], f[3], f[4], f[5], lemma, f[7], f[8], foreign, f[1] == "1")
    if len(_LEXEMES) < 500_000:
        _LEXEMES[line] = lex
    return lex


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with their character offsets and UniDic features."""
    if not text:
        return []
    # control whitespace would break the line format; a space keeps every offset where it was
    out_lines = _line_tagger().parse(text.translate(_WHITESPACE)).split("\n")
    out: list[Token] = []
    append = out.append
    get = _LEXEMES.get
    pos = 0
    for line in out_lines:
        if not line:
            continue
        lex = get(line) or _lexeme(line)
        start = pos + lex[1]
        pos = start + len(lex[0])
        append(Token(lex[0], start, pos, lex[2], lex[3], lex[4], lex[5], lex[6], lex[7], lex[8], lex[9], lex[10]))
    return out
