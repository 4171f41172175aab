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

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter


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


# Part-of-speech class of a token, one character each, so that later stages can find runs of
# tokens with a regular expression over `Tokens.codes` instead of a Python loop over every token:
#   n noun-like (名詞 other than pronouns and adverbial nouns, 接頭辞, 名詞的 接尾辞, 的), d numeral,
#   p proper noun, l place name, s surname, g given name, u unknown noun, w whitespace, o anything else.
NOUN_CODES = "ndplsgu"
_HIRAGANA_ONLY = re.compile(r"^[ぁ-ゖー]+$")
_KANJI_ONLY = re.compile(r"^[\u4e00-\u9fff々]{2,}$")
# nouns that only stand for what a clause describes (こと, もの): never inside a compound, even between nouns
_FORMAL_NOUNS = frozenset({"こと", "もの", "ところ", "とき", "わけ", "はず", "ほう", "うち", "ため", "まま"})
# a common noun in hiragana ("h") between two nouns is one of the compound; elsewhere it is no noun to it
_SANDWICHED = re.compile(f"(?<=[{NOUN_CODES}])h(?=[{NOUN_CODES}])")


# nouns UniDic marks 副詞可能 (adverbial, like 前 or 今日) that are part of names: 処 ends an agency's (大統領警護処),
# 現代 begins a business group's (現代自動車: Hyundai Motor)
_NAME_ADVERBIALS = frozenset({"処", "現代", "戦後", "戦前", "戦時"})  # (戦後|強制抑留者特別措置法: a law's name)


def pronoun_or_adverbial(pos2: str, pos3: str, surface: str) -> bool:
    """A noun that is no part of a name or term: a pronoun, or an adverbial noun (前, 今日) other than the few
    that are part of names (処, 現代)."""
    return pos2 == "代名詞" or (pos3 == "副詞可能" and surface not in _NAME_ADVERBIALS)


# nouns that join two posts one person holds (副首相|兼|極東連邦管区大統領全権代表): never part of a name or term
_POST_JOINERS = frozenset({"兼"})
# plural suffixes end a noun sequence: 洪範図|ら|独立運動家 is a name and a term, 代表|ら no term; so does any
# suffix in hiragana ('also', 'both': 副議長|とも|会談; さん, ごと), which no name is made with
_PLURAL_SUFFIXES = frozenset({"ら", "たち", "達"})


def _code(surface: str, pos1: str, pos2: str, pos3: str, pos4: str, unknown: bool) -> str:
    if pos1 == "名詞" and surface in _POST_JOINERS:
        return "o"
    if pos1 == "名詞":
        if pos2 == "固有名詞":
            if pos3 == "地名":
                return "l"
            if pos3 == "人名":
                return {"姓": "s", "名": "g"}.get(pos4, "p")
            return "p"
        if pronoun_or_adverbial(pos2, pos3, surface):
            return "o"
        if _HIRAGANA_ONLY.match(surface):
            # a word in hiragana is no part of a name, unless written between two nouns (日本|たばこ|産業)
            return "h" if pos3 == "一般" and surface not in _FORMAL_NOUNS else "o"
        if pos2 == "数詞":
            return "d"
        return "u" if unknown else "n"
    if pos1 == "接尾辞" and (surface in _PLURAL_SUFFIXES or _HIRAGANA_ONLY.match(surface)):
        return "o"
    if pos1 == "接頭辞" or (pos1 == "接尾辞" and pos2 == "名詞的"):
        return "n"
    if surface == "的" and pos1 == "接尾辞":
        # 的 may join a treaty's or a body's name (包括的|核実験禁止条約); the extractor keeps it only there
        return "n"
    if pos1 == "形状詞" and _KANJI_ONLY.match(surface):
        # an adjectival noun in kanji begins a compound when a noun follows it directly (重大|犯罪捜査庁,
        # 特別|軍事作戦); used as an adjective, な or に parts it from the noun
        return "n"
    if pos1 == "空白":
        return "w"
    return "o"


# line → (surface, preceding-space length, pos1, pos2, pos3, pos4, lemma, reading, goshu, foreign, unknown,
#         length of space + surface, code)
_LEXEMES: dict[str, tuple] = {}
_WHITESPACE = str.maketrans("\t\n\r\v\f", "     ")
_CONTROL_SPACE = re.compile("[\t\n\r\v\f]")  # most paragraphs hold none: translating them is wasted work
_SURFACE, _SPACE, _LENGTH, _CODE = 0, 1, 11, 12


# kanji that classical Chinese writes for 'at', 'by', 'of' (於韶州): no character of a name
_CLASSICAL_PARTICLES = frozenset("於以之而乎也矣焉")


def _lexeme(line: str) -> tuple:
    f = line.split("\t")
    if len(f) < 9:  # an unknown word may lack the later fields
        f += [""] * (9 - len(f))
    head = f[0]
    surface = head.lstrip(" ")
    lemma, foreign = f[6], ""
    if "-" in lemma:
        lemma, _, foreign = lemma.partition("-")
    unknown = f[1] == "1"
    if f[2] == "記号" and "\u4e00" <= surface <= "\u9fff" and surface not in _CLASSICAL_PARTICLES:
        # a kanji UniDic has only as a symbol (蔚 of 蔚気灯台): a character of a name it does not know
        f[2:6], unknown = ["名詞", "普通名詞", "一般", ""], True
    lex = (surface, len(head) - len(surface), f[2], f[3], f[4], f[5], lemma, f[7], f[8], foreign, unknown,
           len(head), _code(surface, f[2], f[3], f[4], f[5], unknown))
    if len(_LEXEMES) < 500_000:
        _LEXEMES[line] = lex
    return lex


_PLENARY = "全員会議"  # 全員 'all members' is adverbial (全員が賛成), but a noun of a plenary meeting's name


def _plenary_as_noun(codes: str, lexemes: list[tuple]) -> str:
    """`codes` with 全員 before 会議 a noun (党中央委員会第4回|全員|会議: one meeting's name)."""
    marks = list(codes)
    for i in range(len(lexemes) - 1):
        if lexemes[i][0] == "全員" and lexemes[i + 1][0] == "会議":
            marks[i] = "n"
    return "".join(marks)


# 朝 'morning' is adverbial, but it is Korea's letter before another country's (朝|ソ|文化協会, the Korea–Soviet
# Cultural Society): a place's letter, as UniDic reads ソ and 露
_KOREA_LETTER = "朝"
_COUNTRY_LETTERS = frozenset("ソ露中米日韓")


def _korea_letter_as_place(codes: str, lexemes: list[tuple]) -> str:
    """`codes` with 朝 before a one-letter country coded as a place (朝|ソ: Korea and the Soviet Union)."""
    marks = list(codes)
    for i in range(len(lexemes) - 1):
        if lexemes[i][0] == _KOREA_LETTER and codes[i + 1] == "l" and lexemes[i + 1][0] in _COUNTRY_LETTERS:
            marks[i] = "l"
    return "".join(marks)


class Tokens(Sequence):
    """The tokens of one text, built lazily: the features of every token are known (`codes`, `starts`,
    `ends`), but a `Token` object is made only for the tokens a caller looks at."""

    __slots__ = ("text", "lexemes", "ends", "codes", "_made")

    def __init__(self, text: str, lexemes: list[tuple]):
        self.text = text
        self.lexemes = lexemes
        self.ends = list(accumulate(map(itemgetter(_LENGTH), lexemes)))
        codes = "".join(map(itemgetter(_CODE), lexemes))
        self.codes = _SANDWICHED.sub("n", codes).replace("h", "o") if "h" in codes else codes
        if _PLENARY in text:
            self.codes = _plenary_as_noun(self.codes, lexemes)
        if _KOREA_LETTER in text:
            self.codes = _korea_letter_as_place(self.codes, lexemes)
        self._made: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self.lexemes)

    def __getitem__(self, i):
        if type(i) is not int:
            if isinstance(i, slice):
                return [self[k] for k in range(*i.indices(len(self.lexemes)))]
            i = int(i)
        if i < 0:
            i += len(self.lexemes)
        t = self._made.get(i)
        if t is None:
            lex = self.lexemes[i]
            end = self.ends[i]
            t = Token(lex[0], end - len(lex[0]), end, lex[2], lex[3], lex[4], lex[5], lex[6], lex[7], lex[8],
                      lex[9], lex[10])
            self._made[i] = t
        return t

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self.lexemes)))

    def start(self, i: int) -> int:
        return self.ends[i] - len(self.lexemes[i][0])

    def first_ending_after(self, pos: int) -> int:
        """Index of the first token that ends after character `pos`."""
        return bisect.bisect_right(self.ends, pos)

    def covering(self, start: int, end: int) -> list[Token]:
        """The tokens overlapping text[start:end]."""
        out = []
        for k in range(self.first_ending_after(start), len(self.lexemes)):
            if self.start(k) >= end:
                break
            out.append(self[k])
        return out


# MeCab crashes the process (SIGSEGV) on one parse of a few hundred thousand characters, which a
# one-line file of a few MB is, and silently drops everything after a run of more than 65535 spaces;
# so long texts are parsed in pieces, and long space runs become one whitespace token of their own.
_MAX_PARSE_CHARS = 100_000
_LONG_SPACE_RUN = 1000
_LONG_SPACE = re.compile(" {%d,}" % _LONG_SPACE_RUN)
_SENTENCE_END = re.compile(r"[。！？!?．]")


def _pieces(text: str) -> Iterator[str]:
    """`text` (no space run of _LONG_SPACE_RUN) in consecutive pieces of at most _MAX_PARSE_CHARS, cut after
    a sentence end where there is one, never right after a space (MeCab drops a piece's trailing spaces)."""
    start = 0
    while len(text) - start > _MAX_PARSE_CHARS:
        low = start + _MAX_PARSE_CHARS // 2
        ends = [m.end() for m in _SENTENCE_END.finditer(text, low, start + _MAX_PARSE_CHARS)]
        cut = ends[-1] if ends else start + _MAX_PARSE_CHARS
        while text[cut - 1] == " ":
            cut -= 1
        yield text[start:cut]
        start = cut
    yield text[start:]


def _parse(text: str) -> list[str]:
    lines = _line_tagger().parse(text).split("\n")
    if lines and not lines[-1]:
        lines.pop()
    return lines


def _space_lexeme(length: int) -> tuple:
    return (" " * length, 0, "空白", "", "", "", "", "", "", "", False, length, "w")


def tokenize(text: str) -> Tokens:
    """Tokens of `text` with their character offsets and UniDic features (any length of text)."""
    if not text:
        return Tokens(text, [])
    # control whitespace would break the line format; a space keeps every offset where it was
    flat = text.translate(_WHITESPACE) if _CONTROL_SPACE.search(text) else text
    if len(flat) > _MAX_PARSE_CHARS or " " * _LONG_SPACE_RUN in flat:
        lexemes, pos = [], 0
        for run in [*_LONG_SPACE.finditer(flat), None]:
            part = flat[pos:run.start() if run else len(flat)]
            if part:
                lexemes += _lexemes([line for piece in _pieces(part) for line in _parse(piece)])
            if run:
                lexemes.append(_space_lexeme(run.end() - run.start()))
                pos = run.end()
        return Tokens(text, _heads_apart(flat, lexemes))
    return Tokens(text, _heads_apart(flat, _lexemes(_parse(flat))))


# a foreign river's name, 川 and where along it (ボルガ川中流域): UniDic reads 川中, 川下, 川上 as one word
_RIVER_THEN_REACH = re.compile("[ァ-ヺー]川[上中下]流")
# a foreign station's name and the square before it (ノボシビルスク中央駅前): UniDic reads 駅前 as one word
_STATION_THEN_FRONT = re.compile("[ァ-ヺー](?:中央|北|南|東|西)?駅前")


def _heads_apart(text: str, lexemes: list[tuple]) -> list[tuple]:
    """`lexemes` with the head of a foreign river's or station's name, or of a republic, parsed apart from the
    word UniDic joins it to: 川中, 川下 or 川上 after a katakana word and before 流 as 川 and the reach's first
    character, 駅前 as 駅 and 前, 国軍 after 共和 as 国 and 軍 (極東共和国|軍: the republic's army), so that the
    name keeps its head."""
    rivers = "川" in text and _RIVER_THEN_REACH.search(text) is not None
    stations = "駅前" in text and _STATION_THEN_FRONT.search(text) is not None
    republics = "共和国軍" in text
    if not (rivers or stations or republics):
        return lexemes
    out: list[tuple] = []
    for i, lex in enumerate(lexemes):
        if republics and lex[_SURFACE] == "国軍" and not lex[_SPACE] and out and out[-1][_SURFACE] == "共和":
            out += [_lexemes(_parse("共和国"))[-1], _lexemes(_parse("ロシア軍"))[-1]]  # (国 and 軍 as suffixes)
            continue
        if rivers and lex[_SURFACE] in ("川上", "川中", "川下") and not lex[_SPACE] and out and i + 1 < len(lexemes) \
                and out[-1][_SURFACE][-1:] in _KATAKANA_CHARS and lexemes[i + 1][_SURFACE].startswith("流"):
            out += _lexemes(_parse("川")) + _lexemes(_parse(lex[_SURFACE][1]))
        elif stations and lex[_SURFACE] == "駅前" and not lex[_SPACE] and out and (
                out[-1][_SURFACE][-1:] in _KATAKANA_CHARS
                or (out[-1][_SURFACE] in ("中央", "北", "南", "東", "西") and len(out) >= 2
                    and out[-2][_SURFACE][-1:] in _KATAKANA_CHARS)):
            out += _lexemes(_parse("駅")) + _lexemes(_parse("前"))
        else:
            out.append(lex)
    return out


_KATAKANA_CHARS = frozenset(chr(c) for c in range(ord("ァ"), ord("ヺ") + 1)) | {"ー"}


def _lexemes(lines: list[str]) -> list[tuple]:
    lexemes = list(map(_LEXEMES.get, lines))  # a C loop; the few lines never seen before are parsed after
    if not all(lexemes):  # (a lexeme is a non-empty tuple: only a line never seen is falsy here)
        lexemes = [lex or _lexeme(line) for lex, line in zip(lexemes, lines)]
    return lexemes
