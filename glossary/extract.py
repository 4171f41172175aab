"""Extraction: the names and terms of a Japanese text, each with its spellings grouped into one entry.

`extract(source)` tokenizes every paragraph once and runs these finders over it:
- katakana names (ウラジーミル・プーチン), also the ones UniDic does not know or splits (ペスコフ → ペスコ+フ);
- kanji person names: Korean and Chinese ones from the surname, the name's shape and the title or
  reading after it (金正恩総書記, 王毅外相, 玄永哲（ヒョン・ヨンチョル）), Japanese ones from UniDic's 姓+名;
- compound names typed by their head (朝鮮中央通信 → media, 東部軍管区 → org, アムール州 → place);
- quoted names (「RS24ヤルス」 → weapon, 『ロシア政策動向』 → media);
- places JMnedict confirms: a span ending in a place head inside a common or event compound (延坪島 of
  延坪島砲撃事件), or a name joined by の (赤の広場);
- parenthetical glosses (readings, Latin renderings, abbreviations) attached to the term before them;
- compound terms, scored by FLR (glossary.extract_terms).
Mentions are then grouped by `glossary.normalize.variant_key`, by reading, by gloss, and full name
with surname, and each group becomes one `glossary.model.Entry` with type, origin and evidence.
"""
from __future__ import annotations

import bisect
import functools
import gc
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Iterable, Iterator

from glossary import origin as orig
from glossary import extract_dict
from glossary.extract_dict import (dictionary_given_name, dictionary_kana_firm, dictionary_kana_person,
                                   dictionary_kana_word, dictionary_kanji_word, dictionary_loanword_name,
                                   dictionary_person_kana, dictionary_person_spellings, dictionary_place,
                                   dictionary_place_origin, dictionary_surname)
from glossary.extract_gloss import (FORMAL_NAME, HIRAGANA_NAME_READING, KOREAN_READING_WITH_HEAD, LATIN_NAME_END,
                                    ORG_UNIT_READING, PAREN, ROYAL_NAME, TEMPLE_NAME, UNIT_READING, classify,
                                    firm_formal_name)
from glossary.extract_gloss import rejects as gloss_rejects
from glossary.extract_terms import flr_scores, normalise
from glossary.model import Entry, Source
from glossary.normalize import DOUBLE_SURNAME, PATRONYMIC, old_to_new_kanji, variant_key
from glossary.origin import data_lines
from glossary.text import Paragraph, paragraphs
from glossary.tokenize import NOUN_CODES, Token, Tokens, pronoun_or_adverbial, tokenize
from glossary.translit.dictionary import (is_patronymic, korean_affiliation, koryo_surnames, ru_given_names,
                                          wire_services)

# a space may follow the dot where a line was rejoined or a typist slipped (ディグヴィジャヤ・ シン)
KATA_RUN = re.compile(r"[ァ-ヺヽヾ][ァ-ヺヽヾー]*(?:[・＝=][ 　]?[ァ-ヺヽヾー]+)*")
KATA_JOINER = re.compile(r"[・＝=]")  # what joins the katakana words of one name (ウラジーミル・プーチン)
KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]+")
_KANJI_END = re.compile(r"[\u4e00-\u9fff々]+$")
LATIN_DESIGNATION = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]{0,3}[-‐－]?\d{1,4}(?:[A-Za-z]{1,2}\d{0,2})?(?:[-‐－]\d+)?)(?![A-Za-z0-9])")
LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){1,3}(?![A-Za-z])")
HANGUL_RUN = re.compile(r"[가-힣]+(?: [가-힣]+){0,3}")
CYRILLIC_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+){0,2}")
_FOREIGN_MARK = re.compile(r"[가-힣А-ЯЁ]|[A-Z][a-zà-ÿ]")
SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[」』）)]*|$)")
QUOTED = re.compile(r"「([^「」。、]{2,25})」|『([^『』。]{2,30})』")
_HIRAGANA = re.compile(r"^[ぁ-ゖー]+$")
_LATIN_PERSON = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_JAPANESE_CHAR = re.compile(r"[ぁ-ゖァ-ヺー\u4e00-\u9fff々]")
_ARCHAIC_KANA = re.compile(r"[ヂヅヰヱヲヮ]")
_NATIVE_WORD = re.compile(r"[\u4e00-\u9fff々][\u4e00-\u9fff々ぁ-ゖ]*")  # kanji, with kana endings (飛び地)
# a particle in katakana between kanji, the mark of prewar official prose (日本国カ韓国ニ於テ, 利益ヲ有スル)
_KATAKANA_PARTICLE = re.compile(r"[\u4e00-\u9fff々][ハヲニノカテト][\u4e00-\u9fff々]")
_DIGITS = re.compile(r"^[0-9０-９,.]+$")
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_DATE_COUNTER = {"年", "月", "日", "年度", "年代", "時", "分", "秒", "世紀", "代"}
# Prefixes that point at something named before (同省 = "the said ministry"): never the start of a name.
_ANAPHORIC = {"同", "当", "本", "両", "各", "諸", "全", "前", "元", "現", "故", "計", "約", "我が", "自", "他", "某", "新"}
# Direction words that combine with a place into a region (東シベリア, 北東アジア, ロシア極東).
_DIRECTIONS = {"東", "西", "南", "北", "北東", "北西", "南東", "南西", "極東", "中部", "東部", "西部", "南部", "北部",
               "中東", "近東", "旧"}
# the points of the compass, and a distance written after one (南東|約190キロ, 北|30キロ)
_COMPASS_POINTS = frozenset({"東", "西", "南", "北", "北東", "北西", "南東", "南西", "東北", "東南", "西北", "西南"})
_DISTANCE_AFTER = re.compile(r"(?:約|およそ|沖)?[0-9０-９一二三四五六七八九十百千]")
_PRIORITY = {"inner": 1, "quoted": 6, "ko": 6, "zh": 6, "jp": 5, "gloss": 5, "address": 5, "compound": 4, "kata": 3,
             "proper": 2}
NAMED_TYPES = ("person", "place", "org", "weapon", "media")


# Legal forms written before an organisation's name (公益財団法人国際文化会館): not part of the name.
_LEGAL_FORMS = tuple(row[0] for row in data_lines("legal_forms.txt"))


def _suffix_rows() -> list[list[str]]:
    """The heads of suffix_types.tsv, and the bodies of standalone_names.tsv named by a word ending in 部
    (統一部, 組織指導部): 部 alone is too common a head (北東部), but such a body after its country or 党 is a
    name too (韓国|統一部, 党|組織指導部)."""
    rows = data_lines("suffix_types.tsv")
    listed = {row[0] for row in rows}
    return rows + [[row[0], "org", "1"] for row in data_lines("standalone_names.tsv")
                   if len(row) > 1 and row[1] == "org" and row[0].endswith("部") and row[0] not in listed]


_SUFFIX_ROWS = _suffix_rows()
_SUFFIXES = {row[0]: row[1] for row in _SUFFIX_ROWS}
_SUFFIX_NEED = {row[0]: (row[2] if len(row) > 2 else "1") for row in _SUFFIX_ROWS}
_SUFFIX_LENGTHS = sorted({len(k) for k in _SUFFIXES}, reverse=True)


class _EndMatch:
    """A match of a table key at the end of a string (faster than an end-anchored regex alternation)."""

    __slots__ = ("_text", "_start")

    def __init__(self, text: str, start: int):
        self._text, self._start = text, start

    def group(self) -> str:
        return self._text[self._start:]

    def start(self) -> int:
        return self._start


class _EndTable:
    def __init__(self, keys):
        self.keys = set(keys)
        self.lengths = sorted({len(k) for k in self.keys}, reverse=True)
        self.last_chars = frozenset(k[-1] for k in self.keys if k)

    def search(self, text: str) -> _EndMatch | None:
        """The longest key that ends `text`."""
        if text[-1:] not in self.last_chars:  # most texts end in no key's last character
            return None
        n = len(text)
        for length in self.lengths:
            if length <= n and text[n - length:] in self.keys:
                return _EndMatch(text, n - length)
        return None


_SUFFIX_RE = _EndTable(_SUFFIXES)
# words that name one thing when they stand alone (国会: org, 極東: place) → type
_STANDALONE_NAMES = {row[0]: row[1] for row in data_lines("standalone_names.tsv") if len(row) > 1}
# and a news agency's full name in kanji, whose words UniDic has as common ones (聯合|ニュース)
_STANDALONE_NAMES.update({name: "media" for name in wire_services() if len(name) >= 3
                          and KANJI_RUN.match(name) and name not in _STANDALONE_NAMES})
# suffixes that relate a name to something without making a new name with it (極東|向け, 国防省|側, 極東|産)
_MADE_IN = frozenset(("製", "産"))  # after a country or a maker: where a thing was made or grown
_RELATION_SUFFIXES = frozenset(("向け", "側", "系")) | _MADE_IN  # (ロシア系|取引所: Russian-linked, no name)
_STANDALONE_NAME = re.compile("|".join(sorted(map(re.escape, _STANDALONE_NAMES), key=len, reverse=True)))
# 紙 after a name: 'the newspaper' (…紙は報じた, …紙上で), not paper money or a paper bag (紙幣, 紙袋).
# 誌 likewise a magazine (米タイム誌).
_NEWSPAPER_AFTER = re.compile(r"[紙誌](?![\u4e00-\u9fff々])|[紙誌](?=[上面])")
# One-character country abbreviations (英, 米, 露…) from country_aliases.tsv: 英ガーディアン紙 is a British paper.
_COUNTRY_LETTERS = frozenset(n for row in data_lines("country_aliases.tsv") for n in row if len(n) == 1)
_COUNTRY_NAMES = frozenset(n for row in data_lines("country_aliases.tsv") for n in row if len(n) > 1)
# Words that follow only a place (ウラン・ウデ近郊, ハバロフスク市内): they type the name before them.
_NAME_PARTICLES = frozenset(row[0] for row in data_lines("name_particles.txt"))
_PLACE_PREFIXES = {row[0]: row[1] if len(row) > 1 else "" for row in data_lines("place_prefixes.txt")}
_PLACE_AFTER = tuple(row[0] for row in data_lines("place_context.txt"))
_TOWN_WORDS = ("市", "町", "村", "港", *_PLACE_AFTER)
# a body's building, people or subordinates after its name (国防省|庁舎, 外務省|幹部): no longer name
_BODY_PARTS = tuple(row[0] for row in data_lines("body_parts.txt"))
_ROLE_TITLES = tuple(row[0] for row in data_lines("role_titles.txt"))
_TITLES = orig.titles()  # title → the country whose officials carry it ('' for any)
_TITLE_RE = re.compile("(?:" + "|".join(map(re.escape, sorted(_TITLES, key=len, reverse=True))) + ")")
_BODY_PART_OR_TITLE = re.compile("|".join(map(re.escape, sorted({*_BODY_PARTS, *_TITLES}, key=len, reverse=True))))
# A title may carry a one-character country in front (露国防相, 米大統領, 独首相), a word for former, next or deputy
# (前大統領, 次期大統領, 副報道局長), or the country an envoy is posted to, and the envoy's own (駐ロシア大使, 駐日大使,
# 駐ロシア中国大使).
_TITLE_AFTER = re.compile(r"[露米中韓朝日独英仏伊印豪北南]?(?:元|前|現|副|次期|第[一二三四五1-5１-５]|"
                          r"駐(?:[ァ-ヺー]{2,8}[\u4e00-\u9fff]{0,2}?|[\u4e00-\u9fff]{1,3}?))?(?:" + _TITLE_RE.pattern + ")")
_TITLE_END = _EndTable(_TITLES)


@dataclass
class Mention:
    """One occurrence of a candidate name in a paragraph."""

    start: int
    end: int
    text: str
    kind: str
    type: str = ""
    origin: str = ""
    titled: bool = False
    glosses: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    proper: bool = False
    title: str = ""
    file: str = ""
    line: int = 0
    context: str = ""
    ctx_origins: dict = field(default_factory=dict)
    para_origins: dict = field(default_factory=dict)  # the same counted over the whole paragraph
    frame: str | None = None  # the origin its paragraph opens on as its topic (韓国では、…)
    scene: str = ""  # the origin of a country written just before it as where things happen (韓国で|朴正熙)
    file_origins: dict = field(default_factory=dict)  # counted over its file, for a Korean name nothing nearer places
    located: str = ""  # the origin of a country written just before a place as where it is (北朝鮮の|金剛山)


@dataclass
class _Para:
    """Per-paragraph working state."""

    para: Paragraph
    tokens: Tokens
    sentences: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    terms: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)
    foreign: list[tuple[int, int, str]] = field(default_factory=list)
    # Korean names with a title whose paragraph says nothing of Korea: kept if their file does
    pending: list[Mention] = field(default_factory=list)


# ----------------------------------------------------------------------------- helpers

def title_after(text: str, pos: int) -> int:
    """Length of the person title starting at `pos` (0 if none): 大統領, 露国防相, 第一書記兼…"""
    m = _TITLE_AFTER.match(text, pos)
    if m and not (m.group().endswith("委員") and text.startswith("会", m.end())):
        return m.end() - pos  # (but a committee is no member: 羅先市|人民委員会 is no People's Commissar's)
    if pos < len(text) and text[pos] in "氏":
        return 1
    m = _AGE_AFTER.match(text, pos)  # news gives a person's age in brackets after the name: …（18）は
    if m and 0 < int(m.group(1)) < 120:  # (int reads full-width digits too)
        return m.end() - pos
    return 0


_AGE_AFTER = re.compile(r"[（(]([0-9０-９]{1,3})[）)]")


def _direct_title(text: str, end: int) -> int:
    """Length of a title of two or more characters (or 氏) right at `end`; one-character titles are too ambiguous."""
    n = title_after(text, end)
    return n if n >= 2 or text[end:end + 1] == "氏" else 0


# an administration after its leader's name, the leader's country letter or "former" between (トランプ米政権,
# 尹錫悦前政権)
_GOVERNMENT_AFTER = re.compile(r"[米露中韓朝英仏独]?[前現]?政権")


def _title_follows(text: str, end: int) -> bool:
    """A title right after a name, or after a country/org word and then a title (人民武力部長, ・朝鮮労働党国際部長)."""
    if _direct_title(text, end):
        return True
    if text[end:end + 1] == "・":
        end += 1
    m = KANJI_RUN.match(text, end)
    if not m or len(m.group()) > 10:
        return False
    title = _TITLE_END.search(m.group())
    # one character before the title is a body's (党|副委員長, 軍|総参謀長) or a status (前|首相); any other is the
    # name's own last (千葉百|音|選手: 千葉百音 is the name)
    return title is not None and (title.start() != 1 or m.group()[0] in _ONE_CHARACTER_BODIES)


_ONE_CHARACTER_BODIES = frozenset("党軍省院府庁部局委会団社所署隊州道市県国前元現副総次新初故駐")


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    if len(sentences) == 1 and sentences[0][0] <= pos < sentences[0][1]:  # a one-sentence paragraph
        return sentences[0]
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    if 0 <= i < len(sentences) and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return (0, sentences[-1][1]) if sentences else (0, 0)


def _covering(tokens: Tokens, start: int, end: int) -> list[Token]:
    """The tokens overlapping text[start:end] (tokens are in text order)."""
    return tokens.covering(start, end)


def _is_common_loanword(toks: list[Token]) -> bool:
    """A katakana run UniDic reads as one or more ordinary loanwords (ミサイル, ケーススタディ)."""
    if not toks or any(t.unknown or t.is_proper for t in toks):
        return False
    if any(t.pos1 not in ("名詞", "接尾辞", "接頭辞") for t in toks):
        return False
    if len(toks) >= 2 and any(len(t.surface.strip("ー")) <= 2 for t in toks):
        return False  # fragments (ザ+ハロワ, ペスコ+フ): an unknown name cut into pieces
    return True


# a word in kanji joined by ・ after or before a katakana word: things listed (カリ・尿素, 尿素・カリ)
_LISTED_WORD_AFTER = re.compile(r"・[\u4e00-\u9fff々]{2}")
_LISTED_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff々]{2}・$")


def _kata_type(toks: list[Token]) -> str:
    for t in toks:
        if t.pos2 == "固有名詞":
            if t.pos3 == "人名":
                return "person"
            if t.pos3 == "地名":
                return "place"
    return ""


# ----------------------------------------------------------------------------- finders

def _end_before_word_after(text: str, start: int, end: int) -> int:
    """Where a katakana run of parts joined by ・ ends as a name: before its last part where that part and the
    kanji after it are one JMdict word (サミュエル・パパロ|インド太平洋軍, the 'Indo-Pacific'), past the kanji
    where that word is a place's head (コビクタ・ガス田, a gas field), else at `end`."""
    kanji = KANJI_RUN.match(text, end)
    joiner = max(text.rfind(mark, start, end) for mark in "・＝=")
    if not kanji or joiner < 0:
        return end
    last = text[joiner + 1:end].strip()
    for stop in range(kanji.end(), end, -1):
        if _SUFFIXES.get(last + text[end:stop]) == "place":
            return stop
        if dictionary_kanji_word(last + text[end:stop]):
            return joiner
    return end


_AGENCY_WORD = "通信社"  # a news agency's own name may follow it (国際通信社|ロシア・セボードニャ)


_GREAT_CITY = 1_000_000  # people in a city whose name before ・ says where the place after it is


def _whole_parts(text: str, toks: list[Token], start: int, end: int) -> list[Token]:
    """The tokens that are each a whole part of the name text[start:end], whose parts ・ or ＝ join."""
    joints = [j for j in range(start, end) if text[j] in "・＝="]
    return [t for t in toks if t.start in (start, *(j + 1 for j in joints)) and t.end in (end, *joints)]


def _katakana_okurigana(text: str, start: int, end: int) -> bool:
    """Whether the katakana at start:end is the inflection of a word in prewar prose that writes it in katakana
    (卓絶ナル利益ヲ有スル, quoted from a treaty): a short run after kanji, with katakana particles around it."""
    if end - start > 5 or not start or not KANJI_RUN.match(text, start - 1) or not (
            text[end - 1] in "ハヲニノカテトモ" or KANJI_RUN.match(text, end)):
        return False
    return len(_KATAKANA_PARTICLE.findall(text, max(0, start - 40), end + 40)) >= 2


def _drop_prewar_inflections(p: _Para) -> None:
    """Drops the mentions and terms that hold a word's inflection in prewar katakana prose (完全無欠ナル独立,
    国タルコトヲ確認): no name or term runs through one."""
    text = p.para.text
    spans = [m.span() for m in KATA_RUN.finditer(text) if _katakana_okurigana(text, m.start(), m.end())]
    if spans:
        p.mentions = [m for m in p.mentions if not any(m.start < e and s < m.end for s, e in spans)]
        p.terms = [t for t in p.terms if not any(t[0] < e and s < t[1] for s, e in spans)]


# an officer's rank, which follows a person's name and never a place's (not 市長, ソウル市長: the city's mayor)
_MILITARY_RANKS = ("元帥", "大将", "中将", "少将", "准将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "提督")


def _find_katakana(p: _Para) -> None:
    text, tokens = p.para.text, p.tokens
    for m in KATA_RUN.finditer(text):
        run_start, run_end = m.start(), _end_before_word_after(text, m.start(), m.end())
        pieces = [(run_start, run_end)]
        untyped_unless_titled = False
        named_place = False  # a word for a kind of place, then a name (キャンプ・ハンフリーズ)
        branch = False  # a body, then the country of its branch (グリーンピース・ロシア)
        minister = False  # the run is a person and the field of their ministry (…・スポーツ|相) or a title
        governor = -1  # where a person begins who governs the division after the run (…ヒンシテイン・クルスク|州知事)
        if KATA_JOINER.search(text[run_start:run_end]):
            # parts joined by ・ name one thing (ウラジーミル・プーチン) unless a part is a country or an
            # ordinary word (ロシア・チホレツク, 天然ガス・パイプライン): then each part stands alone
            parts, pos = [], run_start
            for part in KATA_JOINER.split(text[run_start:run_end]):
                parts.append((pos, pos + len(part)))
                pos += len(part) + 1
            part_toks = [_covering(tokens, s, e) for s, e in parts]
            # (or every part is a place of its own: シベリア・イルクーツク州 is a region and a province in it)
            country = any(len(tk) == 1 and tk[0].pos4 == "国" for tk in part_toks) or \
                all(len(tk) == 1 and tk[0].pos3 == "地名" and (tk[0].start, tk[0].end) == part
                    for tk, part in zip(part_toks, parts))
            # (or a great city, then a place in it the head after the run names: モスクワ・マリノ|地区)
            country = country or (len(parts) == 2 and _head_at(text, run_end) == "place"
                                  and _post_soviet_town(text[parts[0][0]:parts[0][1]], _GREAT_CITY))
            common = [_is_common_loanword(tk) for tk in part_toks]
            # ウラン・ウデ, ハルバート・ウルフ: a part UniDic does not know keeps the name whole
            odd = any(not c and not (len(tk) == 1 and tk[0].is_proper) for c, tk in zip(common, part_toks))
            # a part that is a native word written in katakana (ウデ = 腕, goshu 和) or spelt with archaic kana
            # (ラヂオ) is no loanword: the run is a foreign name (ウラン・ウデ, ラヂオ・プレス)
            odd = odd or any(any(t.goshu in ("和", "漢") for t in tk) or _ARCHAIC_KANA.search(text[s:e])
                             for tk, (s, e) in zip(part_toks, parts))
            separate = country or (any(common) and not odd)
            # a body JMnedict knows, then the country of its branch (グリーンピース・ロシア): one body, whole
            # before a head too (アエロフロート・ロシア|航空)
            branch = len(parts) >= 2 and len(part_toks[-1]) == 1 and part_toks[-1][0].pos4 == "国" and \
                dictionary_kana_firm(text[parts[0][0]:parts[-2][1]])
            if branch:
                separate, country = False, False
            # an article or particle between parts (フェイス・ザ・ネイション, ボイス・オブ・アメリカ): one name
            if separate and len(parts) >= 3 and any(text[ps:pe].strip() in _NAME_PARTICLES for ps, pe in parts[1:-1]):
                separate, country = False, False
                # (typed only by a given name UniDic knows, アブー・…・アル・…, or a title; not by a country in it)
                untyped_unless_titled = not any(_kata_type(tk) == "person" for tk in part_toks)
            # a run before 紙 is a paper's name, countries and all (プレス・トラスト・オブ・インディア紙)
            if separate and _NEWSPAPER_AFTER.match(text, run_end) and \
                    not all(len(tk) == 1 and tk[0].pos4 == "国" for tk in part_toks):
                separate, country = False, False
            # a name UniDic knows first and ordinary words after (ワシントン・ポスト, ハドソン・ベイ): one name of
            # no known type unless its last part is a head (ポスト, アベニュー) or a title follows
            if separate and not country and not common[0] and all(t.is_proper for t in part_toks[0]) \
                    and _kata_type(part_toks[0]) != "person" and all(common[1:]) \
                    and _SUFFIXES.get(text[parts[-1][0]:parts[-1][1]].strip(), "") != "event":
                # (an event head, プーリア・サミット, is left to the compound finder: G7プーリア・サミット)
                separate, untyped_unless_titled = False, True
            # ordinary words only, the last a head (シエラ・アベニュー): a street or a body named with words
            if separate and not country and all(common) and \
                    _SUFFIXES.get(text[parts[-1][0]:parts[-1][1]].strip(), "") in ("media", "org", "place"):
                separate, untyped_unless_titled = False, True
            # ordinary words after a word for a firm or a paper name it (資源大手|アーク・エナジー, 地元紙|スポーツ・
            # エクスプレス); so do words JMnedict names a firm after a country's letter (米|ゼネラル・モーターズ;
            # not 米|ニュース・サイト)
            if separate and not country and all(common) and (
                    _after_firm_word(text, run_start) or _after_paper_word(text, run_start)
                    or (_after_country_letter(text, run_start) and dictionary_kana_firm(text[run_start:run_end]))):
                separate = False
            if orig.korean_katakana(text[run_start:run_end]) or all(_kata_type(tk) == "person" for tk in part_toks):
                separate = False
            if not country and _REGNAL_AFTER.match(text, run_end):
                separate = False  # words with a number after them name a monarch or a lama (ダライ・ラマ14世)
            # a name right after 通信社, countries and all (国際通信社|ロシア・セボードニャ): the agency's own name
            if separate and text.endswith(_AGENCY_WORD, 0, run_start) and \
                    not all(len(tk) == 1 and tk[0].pos4 == "国" for tk in part_toks):
                separate, country = False, False
            # a word for a kind of place, then a name (キャンプ・ハンフリーズ, フォート・ブラッグ): one place
            if not country and not all(common[1:]) and \
                    text[parts[0][0]:parts[0][1]] in _PLACE_PREFIXES and not (
                        _PLACE_PREFIXES[text[parts[0][0]:parts[0][1]]] == "adjective"
                        and KANJI_RUN.match(text, run_end) and not text.startswith(_TOWN_WORDS, run_end)):
                separate, named_place = False, True
            # a given name UniDic knows first (ロバート・ハンター, タイラー・ヒーロー), or a title after the run
            # (ダグラス・カサ教授): a person whose surname happens to be an ordinary loanword
            if separate and not country and (_kata_type(part_toks[0]) == "person" or _title_follows(text, run_end)):
                separate = False
                # untitled, the run may as well be a club or a firm named after a person (レスター・シティ,
                # ワーナー・ブラザース): kept whole, it is typed a person only by a title
                untyped_unless_titled = common[-1]
            # one ordinary word, then a surname UniDic knows (マルク・シャガール, ロック・ハドソン, ホーマー・ハルバート):
            # a given name that is also a word ('mark', 'rock', 'homer'); the person is the whole run
            if separate and not country and len(parts) == 2 and len(part_toks[0]) == 1 and common[0] and \
                    len(part_toks[1]) == 1 and _kata_type(part_toks[1]) == "person" and \
                    len(text[parts[1][0]:parts[1][1]].rstrip("ー")) >= 3 and \
                    text[parts[0][0]:parts[0][1]] not in _PLACE_PREFIXES:
                separate = False
            # a head right after the run names the whole run (デュースブルグ・エッセン大学)
            if separate and not country and _head_at(text, run_end) in ("org", "place", "media"):
                separate = False
            # places joined to name the hosts of one event (ミラノ・コルティナ|冬季五輪, not two mentions) or the
            # ends of one line (バイカル・アムール|鉄道)
            line = _LINE_HEAD.match(text, run_end)
            if separate and country and not any(len(tk) == 1 and tk[0].pos4 == "国" for tk in part_toks) \
                    and (line or _event_word_at(text, run_end)):
                separate = False
                if line:  # the line's name holds its head: one place, not the two ends as one
                    pieces, named_place = [(run_start, line.end())], True
            # places, then an event's head (コリア・オープン: the Korea Open): one event, no place of its own
            if separate and country and _SUFFIXES.get(text[parts[-1][0]:parts[-1][1]], "") == "event" and all(
                    len(tk) == 1 and tk[0].pos3 == "地名" for tk in part_toks[:-1]):
                separate, country = False, False
            person_parts = [len(tk) == 1 and _kata_type(tk) == "person" for tk in part_toks]
            if separate and not country and sum(person_parts) >= 2:
                separate = False  # two name parts after an ordinary word: one name (イマーム・アル・ハク)
            if separate:
                # a short name UniDic knows next to an ordinary word is a piece of a longer name (アン of
                # リーグ・アン), not a person of its own; a longer one stands alone (シャガール of マルク・シャガール)
                pieces = [part for part, is_person, (ps, pe) in zip(parts, person_parts, parts)
                          if country or not (is_person and len(text[ps:pe].rstrip("ー")) <= 2)]
            if len(pieces) == 1 and not any(common[:-1]) and _MINISTER_AFTER.match(text, run_end) and (
                    len(parts) >= 3 or orig.russian_shape(text[parts[0][0]:parts[0][1]])) and \
                    _loanword_alone(text[parts[-1][0]:parts[-1][1]]):
                # a person, then the field of their ministry (ミハイル・デグチャレフ・スポーツ|相, デグチャレフ・
                # スポーツ|相): the person is the parts before the field
                pieces = [(parts[0][0], parts[-2][1])]
                minister = True
            elif len(pieces) == 1 and text[parts[-1][0]:parts[-1][1]] in _TITLES:
                # a person, then a title in katakana (ドミトリー・クルグロフ・ヘッドコーチ): the person is the parts
                # before it
                pieces = [(parts[0][0], parts[-2][1])]
                minister = True
            division = _DIVISION_AFTER.match(text, run_end) or _CITY_AFTER.match(text, run_end)
            if len(pieces) == 1 and division and (division.group() == "市" or _direct_title(text, division.end())) and (
                    (len(parts) >= 3 and division.group() != "市")
                    or (len(parts) == 2 and _post_soviet_town(text[parts[-1][0]:parts[-1][1]])
                        and not _post_soviet_town(text[parts[0][0]:parts[-1][1]])
                        and not _post_soviet_town(text[parts[0][0]:parts[0][1]]))):
                # a person, then the province they govern (アレクサンドル・ヒンシテイン・クルスク|州知事): the
                # province's name is the last part alone, the person the parts before it (but a given name and a
                # surname, オレグ・コジェミャコ|州知事, are the person, the governor of his own province)
                pieces = [(parts[0][0], parts[-2][1]), parts[-1]]
                governor = parts[0][0]
        for s, e in pieces:
            if e - s < 2 or text[s:e] in _TITLES:
                continue  # (a title in katakana is nobody's name: ハンボ・ラマ, the head of an order)
            toks = _covering(tokens, s, e)
            if len(toks) == 1 and toks[0].is_proper and (toks[0].start < s or toks[0].end > e) \
                    and KANJI_RUN.fullmatch(text[toks[0].start:s] + text[e:toks[0].end]):
                s, e = toks[0].start, toks[0].end  # one proper noun in mixed script: 南アフリカ, 北アイルランド
            elif s > 0 and text[s - 1] in "内外" and not KANJI_RUN.match(text, max(0, s - 2), s - 1) and \
                    dictionary_place(text[s - 1:e]):
                s -= 1  # 'inner' or 'outer' before a place, a place of its own (内モンゴル: Inner Mongolia)
            joined = KATA_JOINER.search(text, s, e) is not None  # a name of several words
            # (an administration named after its leader, ゼレンスキー政権: not タリバン政権, a group's; an ordinary
            # word only where JMnedict has it as a name, トランプ米政権, not ポピュリスト政権)
            government = _GOVERNMENT_AFTER.match(text, e) is not None and not any(
                t.pos2 == "固有名詞" and t.pos3 in ("一般", "組織") for t in toks) and (
                not _is_common_loanword(toks) or dictionary_kana_person(text[s:e]))
            titled = _title_follows(text, e) or government or minister or s == governor
            if len(toks) >= 2 and _is_common_loanword(toks):
                ntype = dictionary_loanword_name(text[s:e])
                if ntype is not None:  # ホワイト|ハウス: ordinary words that JMdict knows as one proper name
                    p.mentions.append(Mention(s, e, text[s:e], "kata", type="org" if titled else ntype, proper=True))
                    continue
            role = KANJI_RUN.match(text, e)  # the kanji after the run end in a role (スター選手, ドラフト指名選手)
            # (an ordinary word between a country letter and 紙 names a paper: 英ガーディアン紙, 米タイム誌)
            # (同スペイン紙, 'the said Spanish paper': a country before 紙 stays the country)
            # (so is a name right after a word for a paper: 英紙|ガーディアン, 経済紙|ベドモスチ)
            # (but not a word the paper's own name goes on from: 機関紙|ロシア|新聞)
            paper_named = _after_paper_word(text, s) and not KANJI_RUN.match(text, e)
            paper = paper_named or (_NEWSPAPER_AFTER.match(text, e) is not None and
                                    not (len(toks) == 1 and toks[0].pos4 == "国"))
            # (so does one JMdict lacks, which UniDic knows as a Russian word: イズベスチヤ紙, 'news')
            foreign_paper = paper_named or (paper and (_after_country_letter(text, s) or
                                                       not dictionary_kana_word(text[s:e])))
            # a country's letter before a name alone (米テスラ, 米アップル, 露ロスネフチ) marks a firm or a body of
            # that country; an ordinary word there is one only where JMnedict names a firm so (米|メディア is not)
            # so does a word for a firm before it (石油大手|ルクオイル), or before ordinary words joined by ・ or
            # run together into a word JMdict lacks (調査会社|メディアスコープ; not 企業|アンケート)
            # (and a country's letter before an ordinary word that owns others: 米|メタ|傘下)
            after_firm_word = _after_firm_word(text, s)
            country_letter = _after_country_letter(text, s)
            owner = country_letter and text.startswith(_OWNER_WORDS_AFTER, e)
            # (not a piece of a name that goes on in letters: 金融会社|ドムRF)
            firm = not titled and not paper and (country_letter or after_firm_word) \
                and _head_at(text, e) == "" and (owner or not KANJI_RUN.match(text, e)) \
                and not ("A" <= text[e:e + 1] <= "Z") \
                and _kata_type(toks) != "place" and (
                    not _is_common_loanword(toks) or dictionary_kana_firm(text[s:e]) or owner
                    or (after_firm_word and (joined or not dictionary_kana_word(text[s:e]))))
            # (an ordinary word is a person's name only before its own title: アルバイト|坂元愛容疑者 is not; nor
            # before 代表, a sport's national team: レスリング代表)
            # (a word after 首都 is the capital's name, whatever else it means: 首都|ソフィア)
            # (words in parts with a number after them are a monarch's or a lama's name: ダライ・ラマ14世)
            if _is_common_loanword(toks) and not foreign_paper and not government and not firm and \
                    not (joined and _REGNAL_AFTER.match(text, e)) and \
                    not text.endswith("首都", 0, s) and (not _direct_title(text, e) or (
                        role and role.group().endswith(_ROLE_TITLES)) or text.startswith("代表", e)):
                continue  # an ordinary word, even before a role (スター選手, ベテラン投手)
            # (a proper token of two kana or fewer is more often a piece of an unknown name: ランド|レー, ノエ|スタ)
            glued = False
            if len(toks) >= 2 and not any(t.unknown or len(t.surface) < 2 for t in toks) and \
                    any(t.is_proper and len(t.surface.rstrip("ー")) >= 3 for t in toks) and \
                    _is_common_loanword([t for t in toks if not t.is_proper]) and toks[0].start == s \
                    and toks[-1].end == e:
                # a country and ordinary words run together (ロシアメディア): the country alone; another name
                # glued to an ordinary word is read with it as one name of no known type (カンザス|シティ,
                # シスコ|システムズ, スーザン|ビル, ヨーロッパ|リーグ)
                # (before a head, タリバン|グループ, ニューヨーク|シティ|センター, the name stands alone for the
                # compound finder to join it with its head)
                if any(t.is_proper and t.pos4 == "国" for t in toks) or toks[-1].surface in _SUFFIXES:
                    for t in toks:
                        if t.is_proper and len(t.surface) >= 2 and t.pos3 != "人名":
                            p.mentions.append(Mention(t.start, t.end, t.surface, "kata", type=_kata_type([t]),
                                                      proper=True))
                    continue
                glued = True
            # UniDic's type of a proper token types a one-part run only when that token is most of it (not ノエ of
            # ノエスタ); in a run of parts (ドミトリー・メドヴェージェフ) a known given name types the whole
            # (a token that is no whole part does not: サバ of セレジン＝サバチン is no place)
            typed = _whole_parts(text, toks, s, e) if joined else \
                toks if 2 * sum(len(t.surface) for t in toks if t.is_proper) > e - s else []
            # (a Korean surname's reading, then a given name's, is a person untitled: イ・イムジェ元署長)
            # (so does a Russian given name the table knows as the first of several parts: アファナシー・…)
            # (a word UniDic does not know is typed by its guess only as a part of several: アフトバズ|本社 is no
            # person, ゲルシュ・ブドケル is)
            known = typed if joined else [t for t in typed if not t.unknown]
            ktype = _kata_type(known) or ("person" if titled or orig.korean_katakana(text[s:e]) or (
                joined and variant_key(KATA_JOINER.split(text[s:e])[0]) in ru_given_names()[0]) else "") or \
                ("place" if text.startswith(_PLACE_AFTER, e) else "")
            if ktype == "place" and (text.startswith(("氏", "さん", *_MILITARY_RANKS), e) or (
                    titled and joined and "・" in text[s:e] and _personal_title(text, e))):
                # a town's name borne by a person (コヴェントリー氏, エッセン少将, カースティ・コヴェントリー会長): 氏 and
                # a rank follow persons only, and a full name before a person's title is a person's
                ktype = "person"
            if (untyped_unless_titled or glued) and not titled:
                ktype = ""
            if named_place:
                ktype = "place"
            if branch:
                ktype = "org"
            if ktype == "person" and titled and (not _kata_type(typed) or joined) and text[e] in _DIVISION_CHARS \
                    and _post_soviet_town(text[s:e]):
                ktype = "place"  # a town the text's words do not type, before its mayor or governor (ハルキウ市長)
            if ktype == "person" and not titled and _head_at(text, e) == "place":
                ktype = "place"  # named after a person, but a place by its head (プリンセス・アン|郡, ワシントン|州)
            if ktype in ("", "person") and not titled and _IN_DIVISION.search(text, max(0, s - 6), s):
                ktype = "place"  # a town of a province (沿海地方のハサン, クルスク州のスジャ), whatever UniDic says
            if s < e and text[e - 1] in _SUFFIX_RE.last_chars and joined:
                head_type = _SUFFIXES.get(KATA_JOINER.split(text[s:e])[-1].strip(), "")
                if head_type in ("media", "org", "place", "event"):
                    # the last part is a medium's, body's, street's or event's head (フォックス・ニュース, コリア・オープン)
                    ktype = head_type
            if paper or (joined and text.endswith(_AGENCY_WORD, 0, s)):
                # a name before 紙 is a newspaper (ボストン・グローブ紙, 英ガーディアン紙), one of several words after
                # 通信社 a news agency (国際通信社|ロシア・セボードニャ)
                ktype = "media"
            elif firm and ktype in ("", "person"):  # (a medium by its last part stays one: 米フォックス・ニュース)
                ktype = "org"
            if ktype == "person" and not titled and s >= 2 and text[s - 1] in "（(" and KANJI_RUN.match(text, s - 2) \
                    and not orig.korean_katakana(text[s:e]) and text[e:e + 1] in "）)":
                # the reading of kanji in brackets (元山葛麻（ウォンサン・カルマ）) is no person because UniDic
                # knows a part as a given name: the kanji and their context say what it names
                ktype = ""
            if ktype == "person" and not titled and not joined and _common_word_with_kanji_after(text, s, e):
                ktype = ""  # a given name's spelling that begins a common word (キリル|文字: Cyrillic, no Kirill)
            if ktype == "person" and not titled and not joined and e - s <= 2 and \
                    (_LISTED_WORD_AFTER.match(text, e) or _LISTED_WORD_BEFORE.search(text, 0, s)):
                ktype = ""  # a short word UniDic knows as a given name, listed with things (カリ・尿素: potash)
            regnal = _REGNAL_AFTER.match(text, e)
            if regnal and ktype in ("person", ""):
                # a monarch's or a pope's number is part of the name (エカテリーナ2世, ヨハネ・パウロ2世)
                e, ktype = regnal.end(), "person"
            initials = _initials_before(text, s) if ktype in ("", "person") and not joined else s
            initialled = initials < s
            if initialled:
                s, ktype = initials, "person"  # a surname after initials (M・K・アンモソフ) is a person's
            p.mentions.append(Mention(s, e, text[s:e], "kata", type=ktype, titled=titled,
                                      proper=initialled or any(t.is_proper for t in toks)))


# a monarch's number (2世, 一世) or epithet (ピョートル大帝, イワン雷帝)
_REGNAL_NUMBER = r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})世|大帝|雷帝)"
_REGNAL_AFTER = re.compile(_REGNAL_NUMBER + "(?![紀代界帯間])")  # (not 2世紀, 二世代)
_REGNAL_END = re.compile(_REGNAL_NUMBER + "$")


def _after_country_letter(text: str, start: int) -> bool:
    """True when a country's one-letter abbreviation stands right before `start` on its own (米|テスラ, not
    日米|…, where the letter ends a longer word)."""
    return start >= 1 and text[start - 1] in _COUNTRY_LETTERS and not (start >= 2 and KANJI_RUN.match(text, start - 2))


def _after_paper_word(text: str, start: int) -> bool:
    """True when a word for a paper ends right before `start` (英紙|ガーディアン, 経済紙|ベドモスチ): 紙 or 誌
    after a country's letter standing alone, or after two characters of a word (ロシア紙, 日刊紙; 和紙 and 用紙
    are kinds of paper)."""
    if start < 2 or text[start - 1] not in "紙誌":
        return False
    if text[start - 2] in _COUNTRY_LETTERS:
        return _after_country_letter(text, start - 1)
    return start >= 3 and re.fullmatch(r"[\u4e00-\u9fff々ァ-ヺー]{2}", text[start - 3:start - 1]) is not None


# words for a firm or another body that end right before its name (資源大手|アーク・エナジー, 新興企業|ネクスト・エナジー,
# 人権団体|ヒューマン・ライツ・ウオッチ, テロ組織|ハマス)
_FIRM_WORD_BEFORE = re.compile(r"(?:大手|最大手|中堅|企業|会社|メーカー|団体|組織|傘下|子会社)$")


_OWNER_WORDS_AFTER = ("傘下", "子会社", "系列")  # what a firm owns, after its name (米メタ傘下)


def _after_firm_word(text: str, start: int) -> bool:
    """True when a word for a firm or a body (大手, 企業, メーカー, 団体) ends right before `start`."""
    return _FIRM_WORD_BEFORE.search(text, max(0, start - 4), start) is not None


_MINISTER_AFTER = re.compile(r"(?:担当)?相(?![\u4e00-\u9fff々])")  # …相: a minister of the field before it


def _loanword_alone(word: str) -> bool:
    """True when UniDic reads `word` on its own as ordinary loanwords (it may have read it as one unknown word
    with its neighbours: デグチャレフ・スポーツ)."""
    tokens = tokenize(word)
    return _is_common_loanword(_covering(tokens, 0, len(word)))


def _names_a_place(word: str, tokens: list[Token]) -> bool:
    """True when `word` names a place: JMnedict lists it as one, or UniDic reads its `tokens` (those covering it)
    as place names only."""
    words = [t for t in tokens if t.surface.strip("・＝= ")]
    return dictionary_place(word) or (bool(words) and all(t.pos3 == "地名" for t in words))


def _place_alone(word: str) -> bool:
    """True when `word` on its own names a place (read by UniDic apart from any text around it)."""
    return _names_a_place(word, tokenize(word))


# what links two places (a railway, a pipeline, a canal): named after both ends (バイカル・アムール鉄道)
_LINE_HEAD = re.compile(r"(?:鉄道|本線|幹線|パイプライン|運河|高速道路|街道)(?![\u4e00-\u9fff々ァ-ヺ])")


def _event_word_at(text: str, pos: int) -> bool:
    """True when the kanji word at `pos` ends in an event's head (冬季五輪, 首脳会議)."""
    word = KANJI_RUN.match(text, pos)
    head = _SUFFIX_RE.search(word.group()) if word else None
    return head is not None and _SUFFIXES[head.group()] == "event"


def _head_at(text: str, pos: int) -> str:
    """The type of the longest name head (大学, 州, 通信…) starting at `pos`, or ''."""
    for length in _SUFFIX_LENGTHS:
        head = text[pos:pos + length]
        if len(head) == length and head in _SUFFIXES:
            return _SUFFIXES[head]
    return ""


def _korean_reading_after(text: str, end: int) -> str | None:
    """A Korean name's katakana reading in brackets right after `end`, perhaps followed by an aside (金与正（キム・
    ヨジョン、党副部長）, 邊月龍（ピョン・ウォルリョン、1916～1990年）)."""
    m = PAREN.match(text, end)
    if m:
        reading = re.split(r"[、，,]", m.group(1))[0].strip()
        if orig.korean_katakana(reading):
            return reading
    return None


def _hiragana_reading_after(text: str, end: int) -> str | None:
    """A name's reading in hiragana in brackets right after `end` (李強（り・きょう）): a Chinese name's."""
    m = PAREN.match(text, end)
    if m and HIRAGANA_NAME_READING.fullmatch(m.group(1).strip()):
        return m.group(1).strip()
    return None


_SURNAME_CODE = re.compile("s")


@functools.lru_cache(maxsize=1)
def _surname_chars() -> re.Pattern:
    """One character that is a Korean or Chinese surname."""
    return re.compile("[" + re.escape("".join(sorted(set(orig.ko_surnames()) | set(orig.zh_surnames())))) + "]")


@functools.lru_cache(maxsize=1)
def _runs_with_surname() -> re.Pattern:
    """A whole kanji run that holds a Korean or Chinese surname character (most runs hold none)."""
    chars = "".join(ch for ch in sorted(set(orig.ko_surnames()) | set(orig.zh_surnames())) if KANJI_RUN.fullmatch(ch))
    return re.compile(r"[\u4e00-\u9fff々]*[" + re.escape(chars) + r"][\u4e00-\u9fff々]*")


def _find_kanji_persons(p: _Para) -> None:
    """Korean and Chinese names (surname + 1–2 characters before a title or reading), Japanese 姓+名."""
    text, tokens = p.para.text, p.tokens
    ko, zh = orig.ko_surnames(), orig.zh_surnames()
    surname_char = _surname_chars()
    para_ctx: dict[str, int] | None = None
    sentence_ctx: dict[tuple[int, int], dict[str, int]] = {}  # a long sentence holds many names: count it once
    taken: list[tuple[int, int]] = []
    for run in _runs_with_surname().finditer(text):
        rs, re_ = run.span()
        i = rs
        if re_ - rs < 2:
            continue
        while i < re_:
            hit = surname_char.search(text, i, re_)  # most characters are no surname: jump to the next one
            if hit is None:
                break
            i = hit.start()
            ch = text[i]
            at_boundary = i == rs or _TITLE_END.search(text[rs:i]) is not None
            if ch in "元前" and i == rs and i > 0 and text[i - 1] in "）)":
                i += 1  # "former" before a title, after a name and its reading (金文洙（キム・ムンス）元雇用労働相)
                continue
            if not at_boundary or title_after(text, i + 1):
                i += 1
                continue
            k = tokens.first_ending_after(i)
            if k < len(tokens) and tokens.start(k) == i and tokens[k].pos4 == "国" and len(tokens[k].surface) >= 2:
                # a country (韓国 of 韓国大使館), not a surname and a given name; an old state of one character
                # is a surname as often (鄭, 趙, 韓)
                i = tokens.ends[k]
                continue
            if k < len(tokens) and tokens.start(k) == i and tokens[k].pos4 == "姓" and len(tokens[k].surface) >= 2:
                i = tokens.ends[k]  # a Japanese family name of two or more kanji (高橋 of 高橋周平), no Korean one
                continue
            # a common word UniDic reads from the surname character on (安全 of 安全保障会議副議長) is no name
            # unless a reading or a title right after the name says so (金正恩 is read 金正|恩, a 人名)
            common_word = k < len(tokens) and tokens.start(k) == i and len(tokens[k].surface) >= 2 \
                and tokens[k].pos2 == "普通名詞" and tokens[k].end < re_
            found = None
            options = []
            for g in (2, 1):
                end = i + 1 + g
                if end > re_:
                    continue
                direct = _direct_title(text, end)
                reading = _korean_reading_after(text, end) or (_hiragana_reading_after(text, end) if ch in zh else None)
                if g == 1 and not (direct or reading):
                    continue
                if text[end - 1] == "島" and not (direct or reading):
                    continue  # an island (白翎島), no family name and a given name
                if direct and not reading and _TITLES.get(text[end:end + direct]) == "ja":
                    continue  # a Japanese office (林芳正官房長官): a Japanese name, read below
                titled = direct or _title_follows(text, end) or (g == 2 and _GOVERNMENT_AFTER.match(text, end) is not None)
                if end < re_ and not titled:
                    continue
                if common_word and not (direct or reading):
                    continue
                if g == 2 and not (direct or reading) and _GOVERNMENT_AFTER.fullmatch(text, i + 1, end):
                    continue  # a surname, then an administration (李|政権: the Lee administration), no given name
                if common_word and tokens[k].end == end and not reading:
                    continue  # the whole name would be that word, title or not (全権|代表, plenipotentiary)
                if not reading and title_after(text, i) >= end - i:
                    continue  # the name would be a title itself (文化相（45）: the minister of culture, aged 45)
                if titled and not direct and not reading and dictionary_place(text[i:end]):
                    continue  # a place, then a body named for it and its chief's title (太平洋|艦隊司令長官)
                if end == re_ and not titled and not reading:
                    # a name at the end of a kanji run needs UniDic to see a name or an unknown word in it
                    toks = _covering(tokens, i, end)
                    if not any(t.unknown or t.pos3 == "人名" for t in toks):
                        continue
                    if any(t.start < i or t.end > end for t in toks):
                        continue
                options.append((g, end, bool(direct), titled, reading))
            # a title right after the shorter name beats a title found further on after the longer one
            options.sort(key=lambda o: (not o[2], -o[0]))
            if len(options) > 1 and options[0][2] and options[1][2] and text[options[0][1] - 1] in "副駐":
                # the longer name ends in the title's own prefix (林剣|副報道局長, not 林剣副|報道局長)
                options.reverse()
            for g, end, direct, titled, reading in options[:1]:
                s, e = _sentence_of(p.sentences, i)
                sent_ctx = sentence_ctx.get((s, e))
                if sent_ctx is None:
                    sent_ctx = sentence_ctx[(s, e)] = orig.context_origins(text[s:e])
                if para_ctx is None:  # counted only when a name needs it: most paragraphs have none
                    para_ctx = orig.context_origins(text)
                name_para_ctx = para_ctx
                if orig.context_origins(text[i:end]):
                    # the name's own letters are no context (中 of 金大中 does not say China): counted without it
                    masked = text[:i] + "\u3000" * (end - i) + text[end:]
                    sent_ctx, name_para_ctx = orig.context_origins(masked[s:e]), orig.context_origins(masked)
                korean_ctx = sent_ctx.get("ko_north", 0) + sent_ctx.get("ko_south", 0)
                chinese_ctx = sent_ctx.get("zh", 0)
                para_korean = name_para_ctx.get("ko_north", 0) + name_para_ctx.get("ko_south", 0)
                para_chinese = name_para_ctx.get("zh", 0)
                side = orig.surname_side(ch, korean_ctx, chinese_ctx)
                if side is not None and not (korean_ctx and chinese_ctx):
                    # a sentence that names one country only (中ロ機の…は李在明政権の…) is weighed with its
                    # paragraph, which may be about the other
                    side = orig.surname_side(ch, korean_ctx + para_korean, chinese_ctx + para_chinese)
                if ch in zh and reading and HIRAGANA_NAME_READING.fullmatch(reading):  # (read in hiragana: Chinese)
                    found = Mention(i, end, text[i:end], "zh", type="person", origin="zh", titled=titled)
                    found.readings.append(reading)
                elif ch in ko and (reading or side == "ko" or
                                   (titled and para_korean and not chinese_ctx and side is None)
                                   # (China around a name the dictionary spells as a Korean's: 金日成, Kim Il Sung)
                                   or (side == "zh" and _spelled_korean(text[i:end]))):
                    found = Mention(i, end, text[i:end], "ko", type="person", origin="ko", titled=titled)
                    if reading:
                        found.readings.append(reading)
                elif ch in zh and (side == "zh" or (titled and para_chinese and side is None)):
                    found = Mention(i, end, text[i:end], "zh", type="person", origin="zh", titled=titled)
                elif ch in ko and titled and side is None and not para_korean and not para_chinese:
                    # a titled name in a paragraph that names neither Korea nor China (…の李在明代表は): the
                    # rest of its file decides (see _promote_pending)
                    p.pending.append(Mention(i, end, text[i:end], "ko", type="person", origin="ko", titled=titled))
            if found:
                p.mentions.append(found)
                taken.append((found.start, found.end))
                i = found.end
            else:
                i += 1
    # Japanese names: UniDic's 姓 then 名 (小泉純一郎, 鴨下ひろみ, 兵頭　慎治), or 姓 before a title (岸田首相)
    for surname in _SURNAME_CODE.finditer(tokens.codes):
        k = surname.start()
        t = tokens[k]
        if not KANJI_RUN.fullmatch(t.surface):
            continue
        if any(s <= t.start < e for s, e in taken):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.pos1 == "空白" and k + 2 < len(tokens):  # 兵頭　慎治: an author line's space
            nxt = tokens[k + 2]
        if nxt and nxt.pos3 == "人名" and nxt.pos4 == "名" and nxt.start - t.end <= 1 and \
                not re.fullmatch(r"[ァ-ヺー]+", nxt.surface):
            end = _given_name_end(text, tokens, nxt)
            if title_after(text, t.end) >= end - t.end:
                continue  # UniDic's given name is the start of a title (鄭|大司|教: Archbishop Chung), no name
            prev_ch = text[t.start - 1] if t.start else ""
            # (an occupation glued before a full name and an honorific, 主婦竹田智恵子さん, 無職…容疑者, stays out)
            if KANJI_RUN.match(prev_ch or " ") and not _TITLE_END.search(text[max(0, t.start - 6):t.start]) \
                    and not (_direct_title(text, end) and tokens[k - 1].pos2 == "普通名詞"):
                continue  # inside a longer kanji word
            if not title_after(text, end) and any(_SUFFIXES.get(text[end:end + n]) == "place"
                                                  for n in _SUFFIX_LENGTHS if n >= 2):
                continue  # a place's name before its kind (葛麻|空港), not a family and a given name
            if end - t.start == 2 and KANJI_RUN.match(text, end) and not _title_follows(text, end):
                continue  # two kanji glued to a word after them (寧|徳|時代): the start of a longer name
            if text[end - 1] in _RIVER_KANJI and _RIVER_WORDS_AFTER.match(text, end):
                # a river whose name ends in a given name's kanji (松|花江|の下流: the Songhua), no woman
                p.mentions.append(Mention(t.start, end, text[t.start:end], "compound", type="place", proper=True))
                taken.append((t.start, end))
                continue
            if KANJI_RUN.match(text, end) and not _direct_title(text, end) and dictionary_place(text[t.start:end]):
                continue  # a place glued to a body's name (大西|洋|艦隊: the Atlantic), no family and given name
            if _read_korean_in_dictionary(text[t.start:end], t):
                p.mentions.append(Mention(t.start, end, text[t.start:end], "ko", type="person", origin="ko",
                                          titled=_title_follows(text, end)))
            else:
                p.mentions.append(Mention(t.start, end, text[t.start:end], "jp", type="person", origin="ja",
                                          titled=_title_follows(text, end)))
            taken.append((t.start, end))
        elif title_after(text, t.end) and len(t.surface) >= 2:
            prev_ch = text[t.start - 1] if t.start else ""
            if prev_ch and KANJI_RUN.match(prev_ch):
                continue
            p.mentions.append(Mention(t.start, t.end, t.surface, "jp", type="person", origin="ja", titled=True))
        elif nxt is not None and nxt.start == t.end and len(t.surface) >= 2 and "ぁ" <= nxt.surface[0] <= "ゖ":
            end = _kana_given_name_end(text, tokens, k + 1)
            prev_ch = text[t.start - 1] if t.start else ""
            if end and not (prev_ch and KANJI_RUN.match(prev_ch)):
                p.mentions.append(Mention(t.start, end, text[t.start:end], "jp", type="person", origin="ja",
                                          titled=True))
                taken.append((t.start, end))


_RIVER_KANJI = frozenset("江川河")
# the words of a river's course after its name, its reading in brackets or another river between (松花江と黒竜江の合流点)
_RIVER_WORDS_AFTER = re.compile(r"(?:[（(][^）)]{1,12}[）)])?(?:の|と[^、。]{1,8}の)?(?:[上中下]流|流域|河口|合流|支流|水系|沿い|沿岸)")


def _read_korean_in_dictionary(name: str, surname: Token) -> bool:
    """Whether JMnedict knows the person `name` by a Korean reading of its surname that is not the Japanese one
    UniDic gives it (金日成 キムイルソン, not キン…): a Korean figure a text names without context."""
    korean = [r for r in orig.ko_surnames().get(name[0], ()) if not surname.reading.startswith(r)]
    if any(kana.startswith(r) for kana in dictionary_person_kana(name) for r in korean):
        return True
    # or spells it in Latin with a Korean spelling of the surname that no Japanese reading gives (李舜臣: Yi
    # Sun-Shin, though JMnedict reads it リシュンシン)
    spellings = orig.ko_surname_spellings().get(name[0], frozenset())
    if not spellings:
        return False
    from glossary.translit.ja import hepburn  # (only for a surname Korea has too)

    spellings -= {hepburn(surname.reading)}
    return any(spelled.split(" ")[0].lower() in spellings for spelled in dictionary_person_spellings(name))


_KANA_KANJI_NOUN = re.compile(r"[ぁ-ゖ\u4e00-\u9fff々]+")


def _kana_given_name_end(text: str, tokens: Tokens, k: int) -> int:
    """Where a given name written in hiragana, or hiragana and kanji, that UniDic reads as ordinary words
    (田中|みな|実さん, 佐藤|ゆう|こ氏) ends, when it starts at token `k` right after a family name: two to four
    characters of nouns holding a hiragana one, then an honorific or title. 0 when there is none."""
    end, length, kana = 0, 0, False
    for j in range(k, min(k + 3, len(tokens))):
        lex = tokens.lexemes[j]
        if lex[1] or lex[2] != "名詞" or not _KANA_KANJI_NOUN.fullmatch(lex[0]):
            return 0  # a particle, a space or katakana: no given name of this kind
        length += len(lex[0])
        kana = kana or bool(re.search("[ぁ-ゖ]", lex[0]))
        end = tokens.ends[j]
        if length > 4:
            return 0
        if length >= 2 and kana and _direct_title(text, end):
            return end
    return 0


# A Japanese full name UniDic does not see as 姓+名 (福岡|堅|樹, 髙嶺|史|弥, 吉川|洋|一朗): a family name it reads
# as a surname, a place or an unknown word, then one to three short tokens (codes of glossary.tokenize).
_JP_NAME_SHAPE = re.compile("[slu][gnsud]{1,3}")  # (d: UniDic reads 一 of 敬一, 愉一 as a numeral)
# a building, temple or place after the family-name-like word (越後|本成寺, 太秦|広隆寺), not a given name
_FACILITY_ENDS = frozenset(row[0] for row in data_lines("facility_ends.txt"))


def _find_dictionary_names(p: _Para) -> None:
    """Japanese full names UniDic cuts wrongly, confirmed by JMnedict: a whole kanji run (or one before a
    title) that is a family name JMnedict lists as a surname followed by two or three kanji it lists as a
    given name (福岡堅樹, 吉川洋一朗, 髙嶺史弥). The given part must not be one ordinary word (平和, 代表)
    nor end in a head (…市, …大) that makes the run a place or a body."""
    text, tokens = p.para.text, p.tokens
    taken = None  # the person names found so far, listed only when a name shape turns up (most paragraphs: none)
    lexemes, ends = tokens.lexemes, tokens.ends
    for shape in _JP_NAME_SHAPE.finditer(tokens.codes):
        lo, hi = shape.span()
        surface = lexemes[lo][0]
        if len(surface) < 2 or lexemes[lo][5] == "国" or not KANJI_RUN.fullmatch(surface):
            continue
        nxt = lexemes[lo + 1][0]
        if (len(nxt) >= 2 and lexemes[lo + 1][4] != "人名") or nxt in _DIVISION_CHARS or nxt in _FACILITY_ENDS:
            continue  # an ordinary word or a head after the family-name-like word (京都|市内, 長崎|原爆, 京都|市)
        s, first_end = ends[lo] - len(surface), ends[lo]
        if s and KANJI_RUN.match(text, s - 1) and not _TITLE_END.search(text[max(0, s - 6):s]):
            continue  # inside a longer kanji word
        for k in range(hi, lo + 1, -1):  # the given name: tokens lo+1 .. k-1, the longest first
            e = ends[k - 1]
            given = text[first_end:e]
            if not (2 <= len(given) <= 3 and KANJI_RUN.fullmatch(given)):
                continue
            if e < len(text) and KANJI_RUN.match(text, e) and not _direct_title(text, e):
                continue  # the run goes on: a longer word, not a name
            if any(len(lexemes[j][0]) >= 2 and lexemes[j][4] != "人名" for j in range(lo + 1, k)):
                continue  # an ordinary word after a place (福岡|市民, 長崎|原爆)
            if _SUFFIXES.get(lexemes[k - 1][0]) or given[-1] in _FACILITY_ENDS or given[-1] in _DIVISION_CHARS \
                    or _TITLE_RE.fullmatch(given):
                continue
            if taken is None:
                taken = [(m.start, m.end) for m in p.mentions if m.kind in _PERSON_KINDS]
            if any(ts < e and s < te for ts, te in taken):
                break
            if dictionary_given_name(given) and dictionary_surname(variant_key(surface)):
                p.mentions.append(Mention(s, e, text[s:e], "jp", type="person", origin="ja",
                                          titled=_title_follows(text, e)))
                taken.append((s, e))
                break


_HONORIFICS = frozenset(("さん", "さま", "ちゃん", "くん", "容疑者", "被告", "選手"))  # (信元さん: a name's 元)
_OLD_GIVEN_NAME_ENDS = tuple("進助介丞輔")  # (猛之進, 龍之介: a given name's last part after 之)


def _given_name_end(text: str, tokens: Tokens, given: Token) -> int:
    """Where a Japanese given name that UniDic starts with `given` ends. UniDic knows the common given-name
    characters but cuts a rarer name after its first one (源田|壮|亮, 久保|建|英, 藤田|剛|二市長): a one-character
    given name is followed by one more kanji when that kanji closes the name (a non-kanji character or a
    title follows: 壮亮を, 行胤氏, 剛二市長), unless a title starts right after the name already (石破茂首相).
    A second given-name token right after the first one belongs to it (高|實|まりえ); a 元 or 前 (former)
    that UniDic read as the name's last character before a title does not (金丸信|元副総理)."""
    end = given.end
    office = title_after(text, end)
    if len(given.surface) >= 2 and given.surface[-1] in "元前" and office >= 2 and \
            text[end:end + office] not in _HONORIFICS:
        return end - 1  # UniDic read "former" into the name (金丸|信元|副総理): 信, then 元副総理
    if text.startswith("之", end) and text[end + 1:end + 2] in _OLD_GIVEN_NAME_ENDS:
        return end + 2  # an old given name in parts UniDic cuts at 之 (中井|猛|之|進): 猛之進
    k = tokens.first_ending_after(end)  # the token after `given`
    if k < len(tokens) and tokens.start(k) == end:
        after = tokens[k]
        if after.pos3 == "人名" and after.pos4 == "名" and not KATA_RUN.fullmatch(after.surface):
            return after.end
    if len(given.surface) != 1 or not KANJI_RUN.match(text, end) or title_after(text, end):
        return end
    if end + 1 == len(text) or not KANJI_RUN.match(text, end + 1) or _direct_title(text, end + 1):
        return end + 1
    return end


# A Japanese name written with a space between family and given name after a job title (主任研究員 小木 洋人):
# the title's kanji, a space, one to three kanji, a space, one to three kanji, then no more kanji.
_SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff々])[ 　]+([\u4e00-\u9fff々]{1,3})[ 　]([\u4e00-\u9fff々]{1,3})"
                          r"(?![\u4e00-\u9fff々])")


def _find_spaced_names(p: _Para) -> None:
    """Japanese names written 姓 space 名 right after a person title and a space (主任研究員 小木 洋人, an author
    line): the family name must be one JMnedict knows as a surname, since UniDic often reads it as a place."""
    text = p.para.text
    for m in _SPACED_NAME.finditer(text):
        before = KANJI_RUN.search(text, max(0, m.start() - 12), m.start())
        while before and before.end() != m.start():
            before = KANJI_RUN.search(text, before.end(), m.start())
        if not before or not _TITLE_END.search(before.group()):
            continue
        if not dictionary_surname(m.group(1)):
            continue
        s, e = m.start(1), m.end(2)
        p.mentions.append(Mention(s, e, text[s:e], "jp", type="person", origin="ja", titled=True))


def _noun_unit(t: Token) -> bool:
    if t.pos1 == "名詞":
        if pronoun_or_adverbial(t.pos2, t.pos3, t.surface):
            return False
        if _HIRAGANA.match(t.surface) and not t.is_proper:
            return False
        return True
    if t.pos1 == "接頭辞":
        return True
    if t.pos1 == "接尾辞" and (t.pos2 == "名詞的" or t.surface == "的"):
        return True  # (的 stays only in a treaty's or a body's name: see _split_at_teki)
    # an adjectival noun in kanji, as the tokenizer's codes count it (ロシア|非常|事態省)
    return t.pos1 == "形状詞" and len(t.surface) >= 2 and KANJI_RUN.fullmatch(t.surface) is not None


# heads of the institutions named after a person (金日成総合大学, 金日成広場, 金正日政治軍事大学)
_NAMED_AFTER_HEADS = ("大学", "広場", "競技場", "宮殿", "記念館", "博物館", "図書館", "病院", "学院", "学校")


def _institution_after(text: str, end: int) -> bool:
    """True when the kanji after a person's name end in the head of an institution named after them (金日成|
    軍事総合大学), perhaps before a word for the body's people or its subordinates (金日成|総合大学|傘下): the name
    is then part of the institution's."""
    run = KANJI_RUN.match(text, end)
    if run is None:
        return False
    words = run.group()
    return words.endswith(_NAMED_AFTER_HEADS) or any(
        words.endswith(part) and words[:-len(part)].endswith(_NAMED_AFTER_HEADS) for part in _BODY_PARTS)


def _windows(p: _Para) -> tuple[list[tuple[int, int, bool]], list[tuple[int, int, str]]]:
    """The token windows that can hold a noun sequence, as (lo, hi, plain), and the atomic spans.

    Units of a noun sequence are tokens, or whole katakana/Latin names (which UniDic may split): those
    spans are the atomic ones. A window is `plain` when no atomic span touches it, so that what it
    yields depends on its tokens alone."""
    text = p.para.text
    atomic = sorted((m.start, m.end, m.kind) for m in p.mentions if m.kind in ("kata", "ko", "zh", "jp"))
    for m in LATIN_DESIGNATION.finditer(text):
        atomic.append((m.start(), m.end(), "latin"))
    tokens = p.tokens
    atomic += _hiragana_nouns(text, tokens)
    atomic.sort()
    codes = tokens.codes
    if atomic:  # tokens inside a name belong to a window whatever their part of speech (KN-23, ・)
        marked = list(codes)
        for s, e, _ in atomic:
            i = tokens.first_ending_after(s)
            while i < len(marked) and tokens.start(i) < e:
                marked[i] = "a"
                i += 1
        codes = "".join(marked)
    windows = []
    # Only windows of noun-like tokens can hold a chunk; a lone common noun holds nothing to find.
    if not atomic:
        return [(lo, hi, True) for lo, hi in map(re.Match.span, _NOUN_WINDOW.finditer(codes))], atomic
    for window in _NOUN_WINDOW.finditer(codes):
        lo, hi = window.span()
        windows.append((lo, hi, "a" not in codes[lo:hi]))
    return windows, atomic


# a verb's stem in kanji and one kana, between kanji nouns: the verb made a noun inside a compound (重量|挙げ|連盟)
_OKURIGANA_BETWEEN_KANJI = re.compile(r"[\u4e00-\u9fff][いきぎしじちにびみりえけげせてねべめれ][\u4e00-\u9fff]")


def _verb_stems_as_nouns(text: str, tokens: Tokens, codes: str) -> str:
    """`codes` with each verb stem written between two nouns (国際重量|挙げ|連盟, 綱|引き|大会) coded as a noun:
    UniDic reads it as a verb, though it is a noun of the compound."""
    marked = None
    for m in _OKURIGANA_BETWEEN_KANJI.finditer(text):
        k = tokens.first_ending_after(m.start() + 1)
        if 0 < k < len(codes) - 1 and codes[k - 1] in "nl" and codes[k + 1] == "n" \
                and tokens.lexemes[k][2] == "動詞" and tokens.ends[k] == m.start() + 2:
            marked = marked or list(codes)
            marked[k] = "n"
    return "".join(marked) if marked else codes


def _chunks(p: _Para) -> list[list[tuple[int, int, Token | None]]]:
    """Maximal noun sequences: units are tokens, or whole katakana/Latin names (which UniDic may split)."""
    windows, atomic = _windows(p)
    return [chunk for lo, hi, plain in windows for chunk in _chunks_in(p, lo, hi, atomic, plain)]


# two or more noun-like tokens (or name units), or one proper noun
_NOUN_WINDOW = re.compile("[" + NOUN_CODES + "a]{2,}|[plsg]")


_HIRAGANA_BEFORE_KANJI = re.compile(r"[ぁ-ゖ]{4,}+(?=[\u4e00-\u9fff々])")  # (possessive: no backtracking)


def _hiragana_nouns(text: str, tokens: Tokens) -> list[tuple[int, int, str]]:
    """Ordinary nouns of four or more hiragana right before a kanji noun (まちづくり|協議会, ふるさと|納税): words
    the names of local bodies and events hold, as (start, end, 'hira') spans a noun sequence may take in."""
    out = []
    for m in _HIRAGANA_BEFORE_KANJI.finditer(text):
        k = bisect.bisect_right(tokens.ends, m.end() - 1)
        if k + 1 >= len(tokens.ends) or tokens.ends[k] != m.end():
            continue
        lex, after = tokens.lexemes[k], tokens.lexemes[k + 1]
        if len(lex[0]) >= 4 and lex[2] == "名詞" and lex[3] == "普通名詞" and lex[4] == "一般" and \
                _HIRAGANA.match(lex[0]) and after[2] == "名詞" and not after[1]:
            out.append((m.end() - len(lex[0]), m.end(), "hira"))
    return out


def _atomic_units(tokens: Tokens, lo: int, hi: int, atomic: list, ai: int, units: list) -> None:
    """The units of tokens lo..hi-1 where names (atomic spans) are among them, appended to `units`."""
    ti = lo
    while ti < hi:
        t = tokens[ti]
        while ai < len(atomic) and atomic[ai][1] <= t.start:
            ai += 1
        if ai < len(atomic) and atomic[ai][0] <= t.start < atomic[ai][1]:
            s, e, kind = atomic[ai]
            if kind == "hira":  # an ordinary word, but one a compound may hold (see _hiragana_nouns)
                units.append((s, e, t, True))
                ti += 1
                ai += 1
                continue
            units.append((s, e, None, kind not in ("ko", "zh", "jp") or _institution_after(tokens.text, e)))
            while ti < hi and tokens[ti].start < e:
                straddle = tokens[ti]
                ti += 1
                sep = tokens.text[e:e + 1]
                if straddle.end > e and ai + 1 < len(atomic) and atomic[ai + 1][0] == e + 1 and sep in "・＝=":
                    # one token over two names a ・ separates (ヒンシテイン・クルスク|州知事): the ・ ends the first
                    # name's noun sequence, the second name is a unit of its own
                    units.append((e, e + 1, Token(sep, e, e + 1, "補助記号", "一般", "", "", "", "", "", "", False),
                                  False))
                    ai += 1
                    s, e, kind = atomic[ai]
                    units.append((s, e, None, kind not in ("ko", "zh", "jp")))
                    continue
                if straddle.end > e:  # 玄永哲人民: the token 哲人 runs past the name; keep its tail as a word
                    rest_start = e
                    if sep in "・＝=" and straddle.end > e + 1:
                        # (パパロ・インド|太平洋軍: the ・ ends the name's noun sequence, the word after it starts one)
                        units.append((e, e + 1, Token(sep, e, e + 1, "補助記号", "一般", "", "", "", "", "", "", False),
                                      False))
                        rest_start = e + 1
                    rest = tokens.text[rest_start:straddle.end]
                    tail = Token(rest, rest_start, straddle.end, "名詞", "普通名詞", "一般", "", rest, "", "", "", True)
                    units.append((rest_start, straddle.end, tail, True))
            ai += 1
            continue
        units.append((t.start, t.end, t, _noun_unit(t) or tokens.codes[ti] == "n"))  # (重量|挙げ|連盟: a verb stem)
        ti += 1


_FORMER = frozenset(("元", "前"))  # 'former', 'previous' before a title


def _chunks_in(p: _Para, lo: int, hi: int, atomic: list, plain: bool = False
               ) -> list[list[tuple[int, int, Token | None]]]:
    """The noun sequences among tokens lo..hi-1 (a window that non-noun tokens bound on both sides);
    `plain`: no atomic span touches the window."""
    text, tokens = p.para.text, p.tokens
    units: list[tuple[int, int, Token | None, bool]] = []  # (start, end, token or None, noun-ish)
    if not plain:
        ai = bisect.bisect_left(atomic, (tokens.start(lo),)) if atomic else 0
        _atomic_units(tokens, lo, hi, atomic, max(0, ai - 1), units)
    else:  # no name touches the window: every token is a unit, noun-like as its code says (see _noun_unit)
        codes = tokens.codes
        for ti in range(lo, hi):
            t = tokens[ti]
            units.append((t.start, t.end, t, codes[ti] in NOUN_CODES))
    chunks, current = [], []
    skip_counter = False
    n_units = len(units)
    for k in range(n_units):
        s, e, t, noun = units[k]
        if t is not None:
            surface = t.surface
            if skip_counter:
                skip_counter = False
                if surface in _DATE_COUNTER:
                    continue
            # a date (2023年, 9月) ends a noun sequence and is no part of a term
            date = surface[0] in _DIGIT_CHARS and k + 1 < n_units and units[k + 1][2] is not None \
                and units[k + 1][2].surface in _DATE_COUNTER and bool(_DIGITS.match(surface))
            if date or (surface in _DATE_COUNTER and current and current[-1][2] is not None
                        and _DIGITS.match(current[-1][2].surface)):
                if surface in _DATE_COUNTER and current:
                    current.pop()
                if current:
                    chunks.append(current)
                current = []
                skip_counter = date
                continue
        else:
            skip_counter = False
        # a katakana name, then 元 or 前 'former' and an office (イ・イムジェ元竜山警察署長): the person and their
        # title, not one name
        if noun and current and t is not None and t.surface in _FORMER and \
                KATA_RUN.fullmatch(text, current[-1][0], s):
            chunks.append(current)
            current = []
        if noun:
            if current and current[-1][1] != s:
                gap = text[current[-1][1]:s]
                if not (gap in (" ", "\u3000") and (text[s].isascii() or text[s].isdigit())):
                    chunks.append(current)
                    current = []
            current.append((s, e, t))
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return [part for chunk in chunks for part in _split_at_teki(text, chunk)]


_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ァ-ヺー・A-Za-z0-9]")


def _proper_unit(u: tuple, kata_at: dict) -> bool:
    """A unit that is a proper noun to UniDic, or a katakana name that is no ordinary loanword."""
    if u[2] is not None:
        return u[2].is_proper
    k = kata_at.get((u[0], u[1]))
    return k is not None and k.proper


_ALL_OF = frozenset("全汎")  # "all-" and "pan-" before a country's name


# a person's initials before the surname (M・K・アンモソフ, Ａ・Ｐ・チェーホフ)
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[A-ZＡ-Ｚ][.．]?[・･]){1,3}$")


# an initial between a given name and a family name (ジョージ・W・ブッシュ), and the given name before it
_INITIAL_IN_NAME = re.compile(r"(?<=[・･])[A-ZＡ-Ｚ][.．]?[・･]")
_GIVEN_BEFORE_INITIAL = re.compile(r"(?<![ァ-ヺー・･])[ァ-ヺ][ァ-ヺー]{1,11}$")


def _initials_before(text: str, start: int) -> int:
    """Where the initials begin that are written right before the katakana name at `start` (M・K・|アンモソフ),
    else `start`."""
    if not KATA_RUN.match(text, start):
        return start
    initials = _INITIALS_BEFORE.search(text, max(0, start - 9), start)
    if initials is None:
        return start
    if initials.start() > 0 and text[initials.start() - 1] in "・･":
        # a given name before the middle initial (ジョージ・W・|ブッシュ): the name begins there
        given = _GIVEN_BEFORE_INITIAL.search(text, max(0, initials.start() - 13), initials.start() - 1)
        if given:
            return given.start()
    return initials.start()


def _country_dot_before(text: str, start: int) -> int:
    """Where a country's name begins that is written in katakana right before `start` and a ・, with katakana
    after it (ロシア・|オリンピック委員会), and begins a word, else `start`."""
    if start < 3 or text[start - 1] != "・" or not KATA_RUN.match(text, start) or not KATA_RUN.match(text, start - 2):
        return start  # (・ joins the katakana words of one name; between kanji words it lists or locates)
    keys = _country_alias_keys()
    for n in range(2, min(8, start - 1) + 1):
        begin = start - 1 - n
        if variant_key(text[begin:start - 1]) not in keys:
            continue
        if begin > 0 and text[begin - 1] in _ALL_OF:
            begin -= 1  # all of the country, the body's own word (全ロシア・|バレーボール連盟: All-Russian)
        if begin == 0 or not _WORD_CHAR.match(text, begin - 1):
            return begin
    return start


_NAMES_WITH_TEKI = frozenset({"event", "org"})


def _is_teki(unit: tuple) -> bool:
    """The suffix 的 (包括|的), which makes an adjective of the noun before it."""
    return unit[2] is not None and unit[2].surface == "的" and unit[2].pos1 == "接尾辞"


def _split_at_teki(text: str, chunk: list) -> list[list]:
    """A noun sequence holding 的: whole when it names a treaty or a body (包括的|核実験禁止|条約), else cut
    where 的 is (経済|的|支援 → 経済, 支援), as an adjective is no part of a term."""
    if not any(map(_is_teki, chunk)):
        return [chunk]
    if not _is_teki(chunk[0]) and not _is_teki(chunk[-1]) and _head_type(text, chunk)[0] in _NAMES_WITH_TEKI:
        return [chunk]
    parts, current = [], []
    for u in chunk:
        if _is_teki(u):
            if current:
                parts.append(current)
            current = []
        else:
            current.append(u)
    if current:
        parts.append(current)
    return parts


def _place_like(u: tuple[int, int, Token | None], kata_at: dict) -> bool:
    t = u[2]
    if t is None:
        k = kata_at.get((u[0], u[1]))
        return bool(k and k.type == "place")
    return (t.pos2 == "固有名詞" and t.pos3 == "地名") or t.surface in _DIRECTIONS


# the part of a place a direction names (ナイジェリア南部 'southern Nigeria'): a description after the name, not
# part of it; regions named with a direction in front (東シベリア) or a bare one (極東, 極東部) keep it
_PLACE_PARTS = frozenset(("東部", "西部", "南部", "北部", "中部", "北東部", "北西部", "南東部", "南西部", "中央部"))


# words after a place for a part of it, before a name that is there (モスクワ郊外|…, ソウル中心部|…)
_PARTS_BEFORE_NAME = frozenset(("郊外", "近郊", "市内", "中心部", "都心")) | _PLACE_PARTS


def _part_before_name(text: str, chunk: list, kata_at: dict) -> tuple[int, int] | None:
    """(where the part-of-place words begin, where the name after them begins) in a chunk that reads a place, a
    part of it, then a name (モスクワ|中心|部|ルビャンカ|広場, ロシア|南部|クルスク|州), or None."""
    for i in range(1, len(chunk) - 1):
        t = chunk[i][2]
        if t is None or not _place_like(chunk[i - 1], kata_at):
            continue
        after = chunk[i + 1][2]
        two = after is not None and t.surface + after.surface in _PARTS_BEFORE_NAME  # (中心|部, 北|部)
        at = i + 2 if two else i + 1 if t.surface in _PARTS_BEFORE_NAME else 0
        if at and at < len(chunk) and (_name_unit(chunk[at]) or _proper_unit(chunk[at], kata_at)
                                       or KATA_RUN.fullmatch(text, chunk[at][0], chunk[at][1])):
            return i, at
    return None


def _compass_point_after(piece: list) -> bool:
    """A place, then a point of the compass from it (モスクワ|南東, モスクワ|北): where around the place, no
    region's name (unlike ロシア|極東, a region's)."""
    last = piece[-1][2]
    return last is not None and _compass_word(last.surface)


def _compass_word(word: str) -> bool:
    """A point of the compass or a part (南東, 中部), which UniDic may have as a place (中部: Chubu), but not a
    region's name (極東, 中東)."""
    return word in _DIRECTIONS and _REGION_WORDS.get(word) != "place"


def _part_of_place(u: tuple[int, int, Token | None], after: tuple[int, int, Token | None] | None = None) -> bool:
    """A word saying which part of a place (南部), or a compass point that 部 follows (韓国|南東|部)."""
    t = u[2]
    if t is None:
        return False
    return t.surface in _PLACE_PARTS or (after is not None and after[2] is not None and after[2].surface == "部"
                                         and t.surface in _COMPASS_POINTS)


_COMPASS_CHARS = frozenset("東西南北")
_COMPASS_POINTS = _COMPASS_CHARS | {"北東", "北西", "南東", "南西", "中央"}


def _name_unit(u: tuple[int, int, Token | None]) -> bool:
    """A unit that names something: a proper noun, an unknown word, a katakana name or a Latin designation."""
    t = u[2]
    return t is None or t.is_proper or (t.unknown and t.pos2 != "数詞")  # (an unknown ６ names nothing)


def _content_unit(u: tuple[int, int, Token | None]) -> bool:
    t = u[2]
    # (nor is a counter, after its number: 1|次|リーグ is 'the first round')
    return t is None or not (t.pos1 == "接頭辞" or t.pos2 == "数詞" or _DIGITS.match(t.surface)
                             or (t.pos1 == "接尾辞" and t.pos3 == "助数詞"))


# modifiers that say what kind of body a head is (国営, テレビ, 大手) without naming one
_GENERIC_MODIFIERS = frozenset(row[0] for row in data_lines("generic_modifiers.txt"))
_BRANCH_WORDS = frozenset(row[0] for row in data_lines("branch_words.txt"))


# business groups' names UniDic has as common words (現代: Hyundai in 現代自動車, 現代グループ)
_BUSINESS_NAMES = frozenset(row[0] for row in data_lines("business_names.txt"))


# one-character heads that abbreviate a longer one (富士大 = 富士大学, 八重山高 = …高校, 浅草署 = …警察署), and
# heads that begin longer words (戦闘 of 戦闘機): heads only where no kanji follows them
_SHORT_HEADS = frozenset(("大", "高", "署", "戦闘"))


# the kinds of ship a class named before 級 is of
_SHIP_KINDS = ("潜水艦", "原潜", "原子力潜水艦", "駆逐艦", "巡洋艦", "フリゲート", "コルベット", "空母", "揚陸艦", "戦艦",
               "砕氷船", "哨戒艦")
# what a grade or a category is written as before 級 (B級, ICBM級), and a meeting's number in its series (第13回)
_GRADE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]|[A-ZＡ-Ｚ]{2,6}")
_ORDINAL_MEETING = re.compile(r"第?[0-9０-９一二三四五六七八九十]+回")


def _names_org(text: str, chunk: list) -> bool:
    """True when a compound names an organisation: ends in an organisation's head (安全保障会議) or is one (外務省)."""
    return _head_type(text, chunk)[0] == "org" or _SUFFIXES.get(text[chunk[0][0]:chunk[-1][1]]) == "org"


def _country_before(text: str, units: list) -> bool:
    """Whether the units are a country's name alone (ロシア, 米), a republic's (極東共和国), or where its forces
    are stationed and the country (在韓|米, 在日|米): whose the head after them is."""
    words = text[units[0][0]:units[-1][1]]
    if words.startswith("在") and len(words) >= 3:
        words = words[2:]
    return words in _COUNTRY_LETTERS or variant_key(words) in _country_alias_keys() or (
        len(units) >= 3 and words.endswith("共和国") and len(words) >= 5)


def _ordinal_start(units: list) -> bool:
    """Whether the units begin with an ordinal (第 and a number: 第6軍管区, 第155独立…旅団)."""
    return len(units) >= 2 and units[0][2] is not None and units[0][2].surface == "第" \
        and units[1][2] is not None and units[1][2].pos2 == "数詞"


def _region_command(text: str, modifier: list) -> bool:
    """Whether the words before 軍 name a region that is no country (インド太平洋|軍, 欧州|軍: a command), not a
    country whose forces they are (ロシア軍)."""
    place = modifier[-2][2] if len(modifier) >= 2 and modifier[-1][2] is not None and \
        modifier[-1][2].surface == "洋" else modifier[-1][2]  # (UniDic cuts 太平|洋)
    return place is not None and place.pos3 == "地名" and place.pos4 != "国" and \
        variant_key(text[modifier[0][0]:modifier[-1][1]]) not in _country_alias_keys()


def _unlisted_loanword(t: Token | None) -> bool:
    """Whether a token is a katakana word UniDic reads as an ordinary loanword and JMdict lacks: more often a
    name (ズベズダ 'star' of ズベズダ造船所, ベルタ of ベルタ通信) than a word of the language."""
    return t is not None and t.goshu == "外" and not t.is_proper and KATA_RUN.fullmatch(t.surface) is not None \
        and not dictionary_kana_word(t.surface)


def _coined_loanword(text: str, units: list) -> bool:
    """Whether adjacent units are katakana loanwords written together, without ・, as a word JMdict lacks: a name
    coined from words (ノルド|ウィンド 'north wind', an airline), not a compound of the language."""
    return all(u[2] is not None and u[2].goshu == "外" and not u[2].is_proper and KATA_RUN.fullmatch(u[2].surface)
               for u in units) and units[0][1] == units[1][0] and \
        not dictionary_kana_word(text[units[0][0]:units[-1][1]])


# words after a trade's word that make it an industry's, not a firm's (造船大手, 自動車各社, 化学業界)
_GENERIC_PARTIES = ("与党", "野党")  # a party by its place in parliament, no party's name (体制内野党)
_INDUSTRY_AFTER = ("大手", "各社", "業界", "会社", "企業", "メーカー", "産業")


def _head_type(text: str, chunk: list) -> tuple[str, int]:
    """(type, index of the head's first unit) of a compound ending in a typing head whose modifier qualifies."""
    s, e = chunk[0][0], chunk[-1][1]
    if text[e - 1] not in _SUFFIX_RE.last_chars or len(chunk) < 2:  # no head ends here (the common case)
        return "", -1
    surface = text[s:e]
    m = _SUFFIX_RE.search(surface)
    if not m:
        return "", -1
    head_start = s + m.start()
    starts = [u[0] for u in chunk]
    if head_start not in starts or head_start == s:
        return "", -1
    k = starts.index(head_start)
    modifier = chunk[:k]
    head, need = m.group(), _SUFFIX_NEED[m.group()]
    if head == "海" and text.startswith("洋", e):
        return "", -1  # the first half of 海洋 'marine', which UniDic may cut off after a name (釜慶大学|海|洋学科)
    if head in _LANDMARK_HEADS and not (2 <= head_start - s <= 4 and KANJI_RUN.fullmatch(text, s, head_start)):
        return "", -1  # (a palace's or a temple's name is a few kanji: not 20余|寺)
    if head == "宗" and not _religious_order(text, modifier[-1], e):
        return "", -1
    if head in _SHORT_HEADS and KANJI_RUN.match(text, e) and not _title_follows(text, e):
        # 大, 高, 署 abbreviate a school or a station only at the end of a word (not 関東|大|震災, Su-30|戦闘|機), or
        # before a title (東京大|名誉教授)
        return "", -1
    # a name before 製 or 産 says where a thing comes from, not whose the body is (韓国製|電子, not a company)
    relation = max((i for i, u in enumerate(modifier) if u[2] is not None and u[2].surface in _RELATION_SUFFIXES),
                   default=-1)
    named = any(_name_unit(u) or (u[2] is not None and u[2].surface in _DIRECTIONS and len(u[2].surface) >= 2)
                for u in modifier[relation + 1:])
    if _SUFFIXES[head] == "org" and modifier[0][2] is not None and modifier[0][2].surface in _BUSINESS_NAMES:
        named = True  # 現代|自動車: the group's name, not 'modern'
    if _SUFFIXES[head] == "org" and modifier[0][2] is not None and modifier[0][2].surface[-1:] == "軍" \
            and modifier[0][2].surface[:-1] in _COUNTRY_LETTERS \
            and any(u[2] is not None and u[2].pos2 == "数詞" for u in modifier[1:]):
        # a country's forces by its letter, one word to UniDic, then their unit by its number (米軍|第2歩兵|師団);
        # not a generic one (米軍|司令部)
        named = True
    word_before = modifier[-1][2]
    if not named and _unlisted_loanword(word_before):
        named = True  # a foreign word JMdict lacks, a name to UniDic's eyes a loanword (ズベズダ 'star'|造船所)
    if not named and head == "級" and text.startswith(_SHIP_KINDS, e) and KATA_RUN.fullmatch(text, s, modifier[0][1]) \
            and all(u[2] is not None and u[2].pos2 == "数詞" for u in modifier[1:]):
        named = True  # a class of ships named by a word and its number (ビクター3級|原子力潜水艦, キロ級|潜水艦)
    if not named and len(modifier) >= 2 and _coined_loanword(text, modifier[-2:]):
        named = True  # two loanwords written as one word JMdict lacks: a coined name (ノルド|ウィンド|航空)
    if need == "brand":  # a trade's word as a company's head: the name right before it (東京|ガス, not 天然|ガス)
        last = modifier[-1]
        named, need = _name_unit(last) or (last[2] is not None and last[2].surface in _BUSINESS_NAMES), "name"
        if variant_key(text[last[0]:last[1]]) in _country_alias_keys():
            named = False  # a country's trade (韓国|建機, 'South Korean construction machinery'), no firm's name
        if text.startswith(_INDUSTRY_AFTER, e):
            named = False  # a trade described (韓国造船|大手, 'a major Korean shipbuilder'), no firm named
    # an ordinal names one of a series (第6軍管区, 第7艦隊); a bare count does not (６州)
    # (ソ連|第25軍, 米|第2歩兵|師団: the country's)
    ordinal = _ordinal_start(modifier) or (len(modifier) >= 3 and _ordinal_start(modifier[1:])
                                           and _country_before(text, modifier[:1]))
    if not ordinal and len(modifier) >= 3 and _ordinal_start(modifier[1:]) and modifier[0][2] is not None \
            and modifier[0][2].surface.endswith("兵") and len(modifier[0][2].surface) == 2:
        ordinal = True  # an arm of the service before a unit's number (歩兵|第2連隊, 騎兵|第1旅団)
    if need == "ordinal":  # a head that names one of a numbered series (第58軍), or a country's forces (ロシア軍)
        named, need = ordinal or _region_command(text, modifier) or _country_before(text, modifier), "name"
    if need == "number":  # a head that names a unit by its number alone (第124軍部隊), no country's units
        named, need = bool(ordinal), "name"
    # (an edition's number alone names no event: 第3回|フォーラム is 'the third forum')
    edition_only = ordinal and len(modifier) == 3 and modifier[2][2] is not None and modifier[2][2].surface == "回"
    # (nor does a grade: 第一級の史料 is 'first-rate', no class of ships)
    named = named or (ordinal and not edition_only and head != "級")
    if need == "name" and not named and len(modifier) >= 2 and _head_type(text, modifier)[0] == "org":
        named = True  # a body's own museum or branch (中央海軍|博物館, …地球物理学局|カムチャツカ支部)
    if need == "name" and not named and len(modifier) >= 3 and any(
            (text.endswith(("庁", "省"), s, modifier[cut - 1][1]) and (
                _head_type(text, modifier[:cut])[0] == "org" or text[s:modifier[cut - 1][1]] in _STANDALONE_NAMES))
            or (cut >= 3 and _head_type(text, modifier[:cut])[0] == "event") for cut in range(2, len(modifier))):
        # a ministry's or an agency's office named by what it does (警察庁|国家捜査|本部, 外務省|外交史料館), a museum of a named
        # war (祖国解放戦争|勝利|記念館)
        named = True
    content = sum(1 for u in modifier if _content_unit(u) and not (
        u[2] is not None and u[2].surface in _GENERIC_MODIFIERS))
    if head == "省" and k >= 1 and modifier[-1][2] is not None and modifier[-1][2].pos3 == "地名" \
            and modifier[-1][2].pos4 != "国":
        return "place", k  # a province (吉林省, 黒竜江省), not a ministry (外務省, ロシア国防省)
    if text.endswith(_GENERIC_PARTIES, s, e):
        return "", -1  # the governing or an opposition party (体制内|野党, UniDic cutting 内野|党), no name
    if head == "同盟" and len(text[modifier[0][0]:modifier[-1][1]]) >= 2 and \
            all(c in _COUNTRY_LETTERS for c in text[modifier[0][0]:modifier[-1][1]]):
        named = True  # an alliance of the countries its letters name (日英同盟), not a kind of one (軍事同盟)
    if head == "州" and k == 1 and KATA_RUN.fullmatch(text, modifier[0][0], modifier[0][1]):
        named = True  # one katakana word before 州 names a state even where it is a word too (メーン州: Maine)
    if head == "州" and _known_division(surface):
        named = True  # common words a dictionary lists as a place's name with 州 (沿海州: Primorye)
    if named or (need != "name" and content >= int(need)):
        if (_SUFFIXES[head] == "weapon" or head == "基地") and text[s:head_start] in _COUNTRY_NAMES:
            # a country's ship of a kind (ソ連|潜水艦: a Soviet submarine), no class of ships; a country's base
            # (ロシア|基地), no base's name
            return "", -1
        if _SUFFIXES[head] == "weapon" and (_QUANTITY.search(text, s, head_start) or
                                             (head == "級" and _GRADE.fullmatch(text[s:head_start]))):
            # a weight or size class (135パウンド級), a grade (B級グルメ) or a category's abbreviation (ICBM級:
            # of the ICBM category), not a class of ships (キロ級)
            return "", -1
        if _SUFFIXES[head] == "org" and any(u[2] is not None and u[2].surface == "回" for u in modifier[1:]) \
                and not any(_name_unit(u) for u in modifier) and _ORDINAL_MEETING.search(text, s, head_start):
            return "event", k  # one meeting of a series (第8期第13回総会, 第9回党大会), not the body that meets
        return _SUFFIXES[head], k
    return "", -1


# generic modifiers that say who owns a body or how big it is, written before its name, never inside one
_OWNERSHIP_MODIFIERS = ("国営", "国有", "公営", "民営", "大手", "最大手", "中堅", "傘下")
# and the instance a court sits as, written before its name (一審|モスクワ市裁判所)
_INSTANCE_MODIFIERS = ("一審", "二審", "控訴審", "上告審")
# and a party's standing in parliament (与党|セヌリ党, 最大野党|共に民主党)
_STANDING_MODIFIERS = _GENERIC_PARTIES


def _after_ownership_modifier(p: _Para, text: str, piece: list) -> list:
    """The name of a body after the words that describe it (露|国営|タス通信, 国営|朝鮮中央通信): after a modifier
    of ownership or size, a court's instance (一審|モスクワ市裁判所) or a party's standing (与党|セヌリ党), the rest
    when it names the body on its own and holds a name; a country before the modifier is named too. (The modifier
    is found in the text, not the tokens: UniDic reads 露国営 as 露国|営.)"""
    s = piece[0][0]
    for k in range(len(piece) - 2, -1, -1):
        before = text[s:piece[k][1]]
        modifier = next((m for m in _OWNERSHIP_MODIFIERS + _INSTANCE_MODIFIERS + _STANDING_MODIFIERS
                         if before.endswith(m)), None)
        # (a katakana word JMdict lacks names the body too: 国営|ベルタ通信, where UniDic reads ベルタ as a noun)
        if modifier is None or not _head_type(text, piece[k + 1:])[0] or \
                not any(_name_unit(u) or _unlisted_loanword(u[2]) for u in piece[k + 1:]):
            continue
        country = text[s:piece[k][1] - len(modifier)]
        if country in _COUNTRY_LETTERS or (country and variant_key(country) in _country_alias_keys()):
            p.mentions.append(Mention(s, s + len(country), country, "inner", type="place", proper=True))
        return piece[k + 1:]
    return piece


def _party_before_legislature(text: str, units: list) -> int:
    """The units up to a party (…党) when `units` are a party then a legislature that a 議員 title follows
    (インド人民党|立法議会|議員: the party is the name, the legislature part of the member's title); else 0."""
    for k in range(1, len(units)):
        if text[units[k - 1][1] - 1] == "党" and _head_type(text, units[:k])[0] == "org":
            return k
    return 0


def _body_named_in_title(p: _Para, title: list) -> bool:
    """Add the body a title begins with, when it is one proper noun that UniDic knows as no place or person
    (国連|大使, 国連|事務総長: the United Nations); True when there is one."""
    first = title[0][2]
    if first is None or first.pos2 != "固有名詞" or first.pos3 not in ("一般", "組織") or len(first.surface) < 2:
        return False
    p.mentions.append(Mention(first.start, first.end, first.surface, "compound", type="org", proper=True))
    return True


def _strip_title(text: str, chunk: list) -> list:
    """Drop a person title from the end of a compound (甲南女子大学准教授 → 甲南女子大学), preferring the
    shortest cut that leaves a typed name (人民武力部長 → 人民武力部)."""
    end = chunk[-1][1]
    last = chunk[-1][2]
    if text[end - 1] not in _TITLE_END.last_chars and not (last is not None and last.surface == "長"):
        return chunk  # no title can end the compound
    starts = [u[0] for u in chunk]
    # (a title with its prefix, 次期大統領 or 駐日大使, is cut whole)
    cuts = [k for k in range(1, len(chunk)) if _TITLE_AFTER.fullmatch(text[starts[k]:end])
            or (k == len(chunk) - 1 and chunk[k][2] is not None and chunk[k][2].surface == "長"
                and chunk[k][2].pos1 == "接尾辞")]
    if not cuts:
        return chunk
    if text.endswith("議員", 0, end):
        party = _party_before_legislature(text, chunk[:-1])
        if party:
            return chunk[:party]
    longest = min(cuts)
    if _TITLE_AFTER.fullmatch(text[starts[longest]:end]) and all(_name_unit(u) for u in chunk[:longest]):
        return chunk[:longest]  # a name, then its whole title (グロッシ|事務局長, not グロッシ事務局|長)
    for k in sorted(cuts, reverse=True):  # shortest title first
        if _head_type(text, chunk[:k])[0]:
            return chunk[:k]
    return chunk[:min(cuts)] if _TITLE_RE.fullmatch(text[starts[min(cuts)]:end]) else chunk


# What a window of tokens without names in it yields (its mentions and noun sequences, at offsets relative
# to the window), keyed by the window's lexemes and the character before it where the rules read that: running
# text repeats its compounds, and a window's result depends on these alone, except where _compound_chunk says
# it looked further. Cleared when full; results are equal either way, whatever order paragraphs come in.
_WINDOW_MEMO: dict[tuple, tuple[tuple, tuple]] = {}
_READ_BEFORE_WINDOW = frozenset("）)・")
_WINDOW_MEMO_MAX = 300_000


def _find_compounds(p: _Para) -> None:
    text = p.para.text
    tokens = p.tokens
    kata_at = {(m.start, m.end): m for m in p.mentions if m.kind == "kata"}
    windows, atomic = _windows(p)
    memo = _WINDOW_MEMO
    lexemes, ends = tokens.lexemes, tokens.ends
    for lo, hi, plain in windows:
        if not plain:
            for chunk in _chunks_in(p, lo, hi, atomic):
                _compound_chunk(p, text, chunk, kata_at)
            continue
        base = ends[lo] - len(lexemes[lo][0])  # tokens.start(lo), inlined: this loop runs for every window
        # the character before a window is read by the rules for its first word (仁川（インチョン）|市, ロシア・|
        # オリンピック委員会); after ・ they read further back, so such a window is not memoized
        before = text[base - 1:base] if text[base - 1:base] in _READ_BEFORE_WINDOW else ""
        key = (before, *lexemes[lo:hi])
        found = memo.get(key)
        if found is not None:
            mentions, terms = found
            if mentions:
                for s, e, surface, kind, ctype, origin, proper in mentions:
                    p.mentions.append(Mention(base + s, base + e, surface, kind, type=ctype, origin=origin,
                                              proper=proper))
            if terms:
                p.terms += [(base + s, base + e, nouns) for s, e, nouns in terms]
            continue
        n_mentions, n_terms, outside = len(p.mentions), len(p.terms), False
        for chunk in _chunks_in(p, lo, hi, atomic, True):
            outside = _compound_chunk(p, text, chunk, kata_at) or outside
        if not outside and before != "・":
            if len(memo) >= _WINDOW_MEMO_MAX:
                memo.clear()
            memo[key] = (tuple((m.start - base, m.end - base, m.text, m.kind, m.type, m.origin, m.proper)
                               for m in p.mentions[n_mentions:]),
                         tuple((s - base, e - base, nouns) for s, e, nouns in p.terms[n_terms:]))


def clear_caches() -> None:
    """Forget what this process memoized (token lines, compound windows, variant keys), so that the next
    extraction starts as cold as in a fresh process (benchmarks time runs this way)."""
    from glossary import tokenize as tokenization

    _WINDOW_MEMO.clear()
    extract_dict.clear_caches()
    tokenization._LEXEMES.clear()
    variant_key.cache_clear()


# 'the said province' (同州, 同県): a division named before, whose town may follow (同州|スジャ)
_SAID_DIVISION = re.compile("同[州県市郡区]")
_KATAKANA_WORD = re.compile("[ァ-ヺー]{2,}")
_WEAPON_KIND_WORDS = frozenset(("システム", "クラス", "タイプ", "モデル", "キラー", "ハンター", "グループ", "ミサイル",
                                "エンジン", "レーダー", "ドック", "プロジェクト", "プログラム", "メーカー"))


# words of a firm's rank in its trade, which news writes before the firm's name (通信大手, 業界最大手)
# works that keep 新 in their names (新千歳空港), and palaces built beside an old one (新ミハイロフスキー宮殿)
_NEW_BUILT = ("大橋", "橋", "空港", "駅", "宮殿")
# bodies no state's letter is part of (米|戦略国際問題研究所, 米|メトロポリタン歌劇場)
_INSTITUTE_HEADS = ("研究所", "研究院", "研究センター", "財団", "大学", "劇場", "美術館", "博物館", "楽団")
_DESCRIBING_RANK = frozenset(("大手", "最大手", "準大手", "中堅"))
_BRANCHES = ("支部", "支局", "支社")
_DESCRIBING_KIND = ("シンクタンク", "会社", "人権団体", "市民団体", "研究機関", "業者", "調査機関",
                    "情報機関", "金融機関", "報道機関", "捜査機関", "政府機関", "治安機関", "国家機関", "政府系放送",
                    "政府系メディア", "国営放送", "国営メディア", *_BRANCHES)
_NAME_LETTERS = re.compile("[A-Za-zＡ-Ｚａ-ｚァ-ヺ]")  # a firm's name begins in Latin letters or katakana


_COMMAND_HEADS = ("軍", "艦隊", "司令部")


def _names_command(text: str, chunk: list) -> bool:
    """Whether a compound, a title after it or not, names a command of armed forces (米インド太平洋軍, 露太平洋艦隊):
    the country's letter is part of such a name (U.S. Indo-Pacific Command), as the press writes it."""
    body = _strip_title(text, chunk)
    return bool(body) and text[body[0][0]:body[-1][1]].endswith(_COMMAND_HEADS) and _head_type(text, body)[0] == "org"


def _town_after_division(unit: tuple, kata_at: dict) -> bool:
    """Whether a unit written right after a division (同州スジャ, クルスク州スジャ) may be a town of it: a katakana
    name found in the text and not titled, or a katakana word even UniDic has as a common noun, unless UniDic
    knows it as a loanword of a foreign spelling (州メディア, 州ニュース)."""
    s, e, t = unit[:3]
    if t is None:
        k = kata_at.get((s, e))
        return k is not None and k.type in ("", "person", "place") and not k.titled
    return bool(_KATAKANA_WORD.fullmatch(t.surface)) and t.pos1 == "名詞" and (t.pos2 == "固有名詞" or not t.foreign)


def _place_in_said_division(p: _Para, text: str, unit: tuple, kata_at: dict) -> None:
    """A katakana word right after 'the said province' is a town of it (同州スジャ; not 同州メディア)."""
    s, e, t = unit
    if not _town_after_division(unit, kata_at):
        return
    if t is None:
        kata_at[(s, e)].type = "place"
    elif t.pos2 != "固有名詞":
        p.mentions.append(Mention(s, e, t.surface, "compound", type="place", proper=True))


# a Latin gloss right after a word (パトリオット（PAC3）)
_LATIN_GLOSS_AFTER = re.compile(r"[（(]([A-Za-z])")


def _weapon_name_word(text: str, token: Token) -> bool:
    """Whether a katakana word after a kind of weapon names it: UniDic spells it as a proper name
    (トマホーク-Tomahawk, not ランチャー-launcher), or the text glosses it in Latin (パトリオット（PAC3）) with letters
    that may stand for the word: not an acronym of the whole term that ends in a common word (ミサイル|システム（ATACMS）)."""
    if not _KATAKANA_WORD.fullmatch(token.surface):
        return False
    if token.foreign[:1].isupper():
        return True
    gloss = _LATIN_GLOSS_AFTER.match(text, token.end)
    return gloss is not None and not (token.foreign and gloss.group(1).isupper()
                                      and gloss.group(1) != token.foreign[0].upper())


def _spelled_korean(name: str) -> bool:
    """Whether JMnedict spells a person written `name` with a Korean romanization of its first kanji as the
    family name (金日成: Kim Il Sung, where a Chinese 金 is Jin)."""
    family_names = orig.ko_surname_spellings().get(name[0], frozenset())
    return any(spelling.split()[0].lower() in family_names for spelling in dictionary_person_spellings(name)
               if spelling.split())


_PEOPLE_SUFFIXES = frozenset("人派系族")


def _is_people(unit: tuple) -> bool:
    """A suffix that makes a people or a faction of a place (高麗|人, 延安|派, 朝鮮|族)."""
    return unit[2] is not None and unit[2].surface in _PEOPLE_SUFFIXES


def _titled_full_name(text: str, chunk: list, kata_at: dict) -> int:
    """Index of a katakana full name (parts joined by ・) in the middle of `chunk` that common nouns ending in a
    title precede (首席代表|ウィリアム・ハリソン|米陸軍|中将); 0 when there is none."""
    for i in range(1, len(chunk) - 1):
        s, e, t = chunk[i][:3]
        if t is not None:
            if t.pos2 != "普通名詞":
                return 0
            continue
        k = kata_at.get((s, e))
        if k is None or k.type not in ("", "person") or not _NAME_SEPARATOR.search(k.text):
            return 0
        return i if any(_TITLE_RE.fullmatch(text, chunk[j][0], chunk[i - 1][1]) for j in range(i)) else 0
    return 0


# an acronym in brackets right after a name (（ANA）, (VTsIOM))
_ACRONYM_IN_BRACKETS = re.compile(r"[（(][A-Z][A-Za-z0-9&.\-]*[A-Z][）)]")


# who won a prize, or what did, written after its name (ノーベル文学賞作家, ノーベル平和賞受賞者)
_PRIZE_WINNERS = frozenset({"作家", "受賞", "受賞者", "候補", "歌手", "詩人", "学者", "監督", "俳優", "作品", "授賞式"})


def _prefix_named_again(text: str, chunk: list) -> bool:
    """Whether the prefix-like first unit of `chunk` (新, 全) begins a name: the text reads it with the unit after
    it in brackets (新一（シンイル）グループ), or the bracket after the chunk names the thing again from that
    character on (全北特別自治道（旧全羅北道）)."""
    first = text[chunk[0][0]:chunk[1][1]]
    if re.search(re.escape(first) + r"[（(][ァ-ヺー・]{2,}[）)]", text):
        return True
    after = re.match(r"[（(](?:旧|現|通称|正式名称は?)?([\u4e00-\u9fff々])", text[chunk[-1][1]:chunk[-1][1] + 8])
    return after is not None and after.group(1) == chunk[0][2].surface


def _compound_chunk(p: _Para, text: str, chunk: list, kata_at: dict) -> bool:
    """Mentions and noun sequences of one chunk, added to `p`. True when the result looked at text outside
    the chunk (a lone proper noun is read as a person only before a title)."""
    outside = False
    # leading anaphoric prefixes (同省, 当該条約, 両国政府) and trailing titles are not part of a name
    # (nor are a former status, 旧赤坂町, or a suffix left over from the word before, 午前|中ガトウィック空港)
    while chunk and chunk[0][2] is not None and (chunk[0][2].surface in _ANAPHORIC or chunk[0][2].surface in
                                                  ("当該", "両国", "同国", "自国", "各国", "我が国", "旧", "同大",
                                                   "同社", "同党", "同市", "同州", "次期", "次回", "今回", "前回")
                                                  or chunk[0][2].pos1 == "接尾辞"
                                                  # (the unit of a town read in brackets: 仁川（インチョン）|市|延寿区)
                                                  or (chunk[0][2].surface in _DIVISION_WORDS and len(chunk) >= 2
                                                      and text[chunk[0][0] - 1:chunk[0][0]] in ("）", ")"))
                                                  or _SAID_DIVISION.fullmatch(chunk[0][2].surface)):
        if chunk[0][2].surface == "全" and len(chunk) >= 3 and \
                (_place_like(chunk[1], kata_at) or chunk[1][2] is not None and chunk[1][2].surface in ("連邦", "ソ")) \
                and (_names_org(text, chunk) or _ACRONYM_IN_BRACKETS.match(text, chunk[-1][1])):
            # 'all-' before a country in a body's name (全ロシア|世論調査センター, 全日本|柔道連盟, the Soviet
            # 全連邦|共産党: All-Union), or in a firm's that the text gives an acronym (全日本|空輸（ANA）)
            break
        if chunk[0][2].surface == "全" and len(chunk) >= 3 and dictionary_kanji_word(
                text[chunk[0][0]:chunk[1][1]]) and _ACRONYM_IN_BRACKETS.match(text, chunk[-1][1]):
            break  # 'all-' of one word with the next in a term the text gives an acronym (全地球|航法衛星システム（GNSS）)
        if chunk[0][2].surface == "新" and len(chunk) >= 3 and text[chunk[0][0]:chunk[-1][1]].endswith(_NEW_BUILT) \
                and _name_unit(chunk[1]):
            break  # 'new' that names a bridge or an airport built beside an old one (新鴨緑江大橋, 新千歳空港)
        if chunk[0][2].surface == "全" and len(chunk) >= 3 and dictionary_kanji_word(text[chunk[0][0]:chunk[-1][1]]):
            break  # 'all-' that the term's dictionary form begins with (全地球測位システム: Global Positioning System)
        if len(chunk) >= 2 and chunk[0][2].surface in _ANAPHORIC and _prefix_named_again(text, chunk):
            break
        if _SAID_DIVISION.fullmatch(chunk[0][2].surface) and len(chunk) >= 2:
            _place_in_said_division(p, text, chunk[1], kata_at)
        chunk = chunk[1:]
    bearing = next((i for i in range(1, len(chunk)) if chunk[i][2] is not None
                    and chunk[i][2].surface in _COMPASS_POINTS and _DISTANCE_AFTER.match(text, chunk[i][1])), 0)
    if bearing:
        chunk = chunk[:bearing]  # a place, then which way from it how far (ウラジオストク|南東|約190キロ): the place alone
    made = next((i for i in range(len(chunk) - 2, 0, -1) if chunk[i][2] is not None
                 and chunk[i][2].surface in _MADE_IN and chunk[i][2].pos1 == "接尾辞"), 0)
    if made:
        # where a thing was made is no part of its name (ソ連|製|T34戦車, 米国|製|F16): a name of its own
        outside = _compound_chunk(p, text, chunk[:made], kata_at) or outside
        chunk = chunk[made + 1:]
    prize = next((i for i in range(len(chunk) - 1) if chunk[i][2] is not None and chunk[i][2].surface.endswith("賞")
                  and chunk[i + 1][2] is not None and chunk[i + 1][2].surface in _PRIZE_WINNERS), None)
    if prize is not None:
        chunk = chunk[:prize + 1]  # a prize, then who won it (ノーベル文学賞|作家, 芥川賞|受賞者): the prize's name
    part = _part_before_name(text, chunk, kata_at)
    if part:
        # a place, the part of it, then a name there (モスクワ|中心|部|ルビャンカ広場, モスクワ|郊外|…): the place is a
        # name of its own, the part of it neither's
        start, at = part
        outside = _compound_chunk(p, text, chunk[:start], kata_at) or outside
        chunk = chunk[at:]
    organ = next((i for i in range(1, len(chunk) - 1) if chunk[i][2] is not None and chunk[i][2].surface == "機関"
                  and chunk[i + 1][2] is not None and chunk[i + 1][2].surface in ("紙", "誌")), 0)
    if organ:
        # a body's organ, then the paper's name (ソ連共産党|機関紙|プラウダ): the body and the paper are names,
        # the words for an organ neither's
        outside = _compound_chunk(p, text, chunk[:organ], kata_at) or outside
        chunk = chunk[organ + 2:]
        if not chunk:
            return outside
    titled_name = _titled_full_name(text, chunk, kata_at)
    if titled_name:
        # a title before a full name that a body and a title follow (首席代表|ウィリアム・ハリソン|米陸軍|中将): the
        # title is words of its own, the name and what follows it are read as after any name
        outside = _compound_chunk(p, text, chunk[:titled_name], kata_at) or outside
        chunk = chunk[titled_name:]
    if len(chunk) >= 2 and chunk[0][2] is not None and chunk[0][2].surface in _COUNTRY_LETTERS \
            and _name_unit(chunk[1]) and not _names_command(text, chunk):
        chunk = chunk[1:]  # a country's letter before a name says whose it is (米|アラスカ州, 米|ボーイング)
    elif len(chunk) >= 3 and chunk[0][2] is not None and chunk[0][2].surface in _COUNTRY_LETTERS \
            and text[chunk[0][1]:chunk[-1][1]].endswith(_INSTITUTE_HEADS):
        chunk = chunk[1:]  # and where an institute is (米|戦略国際問題研究所): a state's body keeps it (米|国家安全保障会議)
    if not chunk:
        return outside
    if len(chunk) >= 2:
        s, e, last = chunk[-1][:3]
        kind = _QUOTE_OPENERS.search(text[max(chunk[0][0], chunk[-2][1] - 8):chunk[-2][1]])
        # (a warship is named with any word, common ones too: 巡洋艦|オーロラ, the cruiser Aurora; but not with a
        # word for a kind or a part of weapons, 空母|キラー, 駆逐艦|システム)
        warship = kind is not None and kind.group().endswith(("艦", "空母")) and last is not None \
            and _KATAKANA_WORD.fullmatch(last.surface) is not None and last.surface not in _WEAPON_KIND_WORDS
        if kind is not None and _QUOTE_OPENER_TYPES[kind.group()] == "weapon" and (
                LATIN_DESIGNATION.fullmatch(text, s, e) if last is None else warship or _weapon_name_word(text, last)):
            # a kind of weapon, then its designation or name (戦略爆撃機|Tu95, 短距離弾道ミサイル|KN-23,
            # 巡航ミサイル|トマホーク): the designation names the weapon, the kind is a term
            p.mentions.append(Mention(s, e, text[s:e], "compound", type="weapon", proper=True))
            chunk = chunk[:-1]
    if len(chunk) >= 2 and chunk[0][2] is None and LATIN_DESIGNATION.fullmatch(text, chunk[0][0], chunk[0][1]):
        kind = _QUOTE_OPENERS.search(text[chunk[1][0]:chunk[-1][1]])
        if kind is not None and _QUOTE_OPENER_TYPES[kind.group()] == "weapon" and \
                kind.group() == text[chunk[1][0]:chunk[-1][1]]:
            # a designation, then its kind of weapon (T80U|戦車, as Su35|戦闘機): the designation names it
            p.mentions.append(Mention(chunk[0][0], chunk[0][1], text[chunk[0][0]:chunk[0][1]], "compound",
                                      type="weapon", proper=True))
            return outside
    if len(chunk) == 1 and (chunk[0][2] is None or chunk[0][2].pos2 != "固有名詞"):
        return outside  # a lone common noun or an already-found name: neither a compound nor a new name
    # (a title ends in one of the titles' last characters: most compounds need no regex)
    if (text[chunk[-1][1] - 1] in _TITLE_END.last_chars and _TITLE_RE.fullmatch(text[chunk[0][0]:chunk[-1][1]])) \
            or (len(chunk) >= 2 and chunk[-1][2] is not None and chunk[-1][2].surface == "長"
                and _TITLE_RE.fullmatch(text[chunk[0][0]:chunk[-2][1]])):
        body = _strip_title(text, chunk)
        if len(body) == 1 < len(chunk) and _body_named_in_title(p, chunk):
            return outside
        if not (2 <= len(body) < len(chunk) and _head_type(text, body)[0] == "org"):
            return outside
        chunk = body  # a title that names its body (国家安保室|長): the body is an organisation
    else:
        body = _strip_title(text, chunk)
        if 2 <= len(body) < len(chunk) and _name_unit(body[-2]) and _body_named_in_title(p, body[-1:]):
            body = body[:-1]  # a name, its body, then a title (グテレス|国連|事務総長): the name alone
        elif len(body) < len(chunk) - 1:
            _body_named_in_title(p, chunk[len(body):])
        chunk = body
    if len(chunk) >= 2 and chunk[-1][2] is not None and chunk[-1][2].surface in _PLACE_AFTER:
        chunk = chunk[:-1]  # where around a place (北方領土|周辺, ロシア|国内) is no part of its name
    # a firm's rank in its trade describes it, the name after it is the firm's (通信大手|SKテレコム, 通信大手|KT)
    rank = next((i for i in range(len(chunk) - 2, -1, -1) if chunk[i][2] is not None
                 and chunk[i][2].surface in _DESCRIBING_RANK), -1)
    firm = rank >= 0 and all(_proper_unit(u, kata_at) or u[2] is None or _NAME_LETTERS.match(text, u[0])
                             for u in chunk[rank + 1:])
    if firm:
        chunk = chunk[rank + 1:]
        if len(chunk) == 1 and chunk[0][2] is not None:
            p.mentions.append(Mention(chunk[0][0], chunk[0][1], chunk[0][2].surface, "compound", type="org",
                                      proper=True))
            return outside
    # what kind of body it is, before its name, describes it (米シンクタンク|戦争研究所, 米調査会社|ユーラシア・グループ,
    # 投資会社|S8キャピタル)
    # (a body's branch is a name, not a kind, where the body is named: ロシア科学アカデミー極東支部|経済研究所)
    kind = next((i for i in range(len(chunk) - 2, -1, -1)
                 if text.endswith(_DESCRIBING_KIND, chunk[0][0], chunk[i][1]) and not (
                     text.endswith(_BRANCHES, chunk[0][0], chunk[i][1])
                     and _head_type(text, chunk[:i + 1])[0] == "org")), -1)
    whose = next((i for i in range(len(chunk) - 1, 0, -1) if _country_before(text, chunk[:i])), 0)
    if kind < 0 and whose and text[chunk[whose][0]:chunk[-1][1]] in _DESCRIBING_KIND:
        # a country's kind of body, no body's name (米|研究機関 'a US research institute', ロシア|捜査機関)
        return _compound_chunk(p, text, chunk[:whose], kata_at) or outside
    if kind >= 0:
        kind_of_body, head_at = _head_type(text, chunk)
        # (the kind word says the words after it name the body: 戦争|研究所 needs no second word of its own)
        if (kind_of_body == "org" and head_at > kind + 1) or _head_type(text, chunk[kind + 1:])[0] == "org":
            chunk = chunk[kind + 1:]
        elif _NAME_LETTERS.match(text, chunk[kind + 1][0]) and all(
                _proper_unit(u, kata_at) or u[2] is None or _NAME_LETTERS.match(text, u[0]) for u in chunk[kind + 1:]):
            chunk, firm = chunk[kind + 1:], True  # a name in letters after the kind (調査会社|SNEリサーチ)
    head = text[chunk[0][0]:chunk[-1][1]]
    if head.startswith(_LEGAL_FORMS):
        form_end = chunk[0][0] + max(len(f) for f in _LEGAL_FORMS if head.startswith(f))
        while len(chunk) > 1 and chunk[0][0] < form_end:
            chunk = chunk[1:]
    begin = _country_dot_before(text, chunk[0][0])
    if begin < chunk[0][0] and not any(_proper_unit(u, kata_at) for u in chunk) \
            and _head_type(text, [(begin, chunk[0][0] - 1, None)] + chunk)[0] in ("org", "media"):
        # a body that only the country before ・ names (ロシア・|オリンピック委員会, ロシア・|フィギュアスケート連盟);
        # a named one is located by it (韓国・|慶南大極東問題研究所)
        chunk = [(begin, chunk[0][0] - 1, None)] + chunk
    pieces = _split_typed(text, chunk, kata_at)
    initials = _initials_before(text, chunk[0][0])
    if initials < chunk[0][0] and pieces and pieces[0][1] in ("org", "media", "event") and pieces[0][0][0] == chunk[0]:
        # a body named after a person with the initials of their given names (M・K・|アンモソフ記念北東連邦大学)
        pieces[0] = ([(initials, chunk[0][1], chunk[0][2])] + pieces[0][0][1:], pieces[0][1])
    for n, (piece, ctype) in enumerate(pieces):
        if firm and not ctype and len(pieces) == 1:
            ctype = "org"
            # (a katakana word of the firm's name is none of its own: ファルマ of KXファルマ)
            p.mentions = [k for k in p.mentions if not (
                k.kind == "kata" and piece[0][0] <= k.start and k.end <= piece[-1][1] and not k.type)]
        # a place inside an organisation's or medium's name is part of that name (北大西洋 of 北大西洋条約機構);
        # inside an event (延坪島砲撃事件) or a common compound it is a place of its own
        places = _dictionary_places(text, piece) if len(piece) >= 2 and ctype in ("", "event") else []
        if places and not ctype and places[0] == (0, len(piece) - 1):
            ctype = "place"  # the whole compound is a place JMnedict knows (延坪島 where UniDic sees 延坪 + 島)
        town_origin = _gazetteer_town_origin(text[piece[0][0]:piece[-1][1]]) if not ctype and len(piece) >= 2 else ""
        if town_origin:
            ctype = "place"  # or a town of 50,000 people or more GeoNames names in kanji (満州|里: Manzhouli)
        if not ctype and len(piece) == 2 and piece[0][2] is not None and piece[0][2].pos1 == "接頭辞" \
                and piece[0][2].surface not in _ANAPHORIC and piece[1][2] is not None \
                and piece[1][2].pos3 == "地名" and dictionary_place(text[piece[0][0]:piece[1][1]]):
            ctype = "place"  # a prefix that begins a place's own name, as JMnedict has it (長|白山: Changbai Mountain)
        for j, k in places:
            if (j, k) != (0, len(piece) - 1):
                ps, pe = piece[j][0], piece[k][1]
                p.mentions.append(Mention(ps, pe, text[ps:pe], "inner", type="place", proper=True))
        city = _city_first(text, piece) if ctype in ("place", "org") else None
        if city is not None:
            p.mentions.append(Mention(city.start, city.end, city.surface, "inner", type="place", proper=True))
        if not ctype and len(piece) >= 2 and all(_place_like(u, kata_at) for u in piece) \
                and any(_name_unit(u) for u in piece) and not _part_of_place(piece[-1]) \
                and not _compass_point_after(piece):
            ctype = "place"  # a region: 東シベリア, 南アフリカ, ロシア極東
        if not ctype and len(piece) >= 2 and _alias_key(text, piece) in _country_alias_keys():
            ctype = "place"  # a country's official name: ロシア連邦, 朝鮮民主主義人民共和国
        elif not ctype and len(piece) >= 3:
            # a country's name of several words heading a common compound (帝政ロシア|時代) is a name of its own
            lead = next((k for k in range(len(piece) - 1, 1, -1)
                         if _alias_key(text, piece[:k]) in _country_alias_keys()), 0)
            if lead:
                p.mentions.append(Mention(piece[0][0], piece[lead - 1][1], text[piece[0][0]:piece[lead - 1][1]],
                                          "compound", type="place", proper=True))
        if ctype == "org" and len(piece) >= 3 and kata_at and text[piece[1][0]:piece[1][1]] != "党" \
                and (_title_follows(text, piece[-1][1]) or text.startswith("長", piece[-1][1])):
            k = kata_at.get((piece[0][0], piece[0][1]))
            if k is not None and (_NAME_SEPARATOR.search(k.text) or (
                    k.type in ("", "person") and _names_org(text, piece[1:]))):
                # a name, then the body of the title it bears (セルゲイ・ショイグ|安全保障会議|書記, ザハロワ|外務省|
                # 報道官, ザハロワ|情報局|長): the person is a name of its own, the body the organisation
                outside = True
                k.type = k.type or "person"
                piece = piece[1:]
        if ctype == "org" and len(piece) >= 2 and kata_at and text[piece[1][0]:piece[1][1]] == "党":
            k = kata_at.get((piece[0][0], piece[0][1]))
            if k is not None and (k.type == "person" or orig.korean_katakana(k.text)):
                # a Korean's party post (キム・ヨジョン|党副部長, リ・ビョンチョル|党中央軍事委員会副委員長): the
                # person, then the party's organ when one is named, never a party named after the person
                outside = True
                k.type = k.type or "person"
                if len(piece) == 2:
                    if _title_follows(text, piece[1][1]):
                        ctype = ""
                elif _head_type(text, piece[1:])[0] == "org":
                    piece = piece[1:]
                else:
                    ctype = ""
        if ctype in ("org", "media") and len(piece) >= 3:
            piece = _after_ownership_modifier(p, text, piece)
        s, e = piece[0][0], piece[-1][1]
        surface = text[s:e]
        # a region's command (インド|太平洋|軍): the places name the region, none of them the body's country
        region_command = ctype == "org" and len(piece) >= 2 and text[piece[-1][0]:e] == "軍" \
            and _region_command(text, piece[:-1])
        if ctype in ("org", "media") and len(piece) >= 2 and not region_command:
            country = next((k for k in range(1, len(piece))
                            if variant_key(text[s:piece[k - 1][1]]) in _country_alias_keys()
                            or (k >= 3 and text.endswith("共和国", s, piece[k - 1][1]) and piece[k - 1][1] - s >= 5)), 0)
            # a country heading an organisation's name is named too (韓国|軍|合同参謀本部, 極東共和国|軍)
            if country:
                p.mentions.append(Mention(s, piece[country - 1][1], text[s:piece[country - 1][1]], "inner",
                                          type="place", proper=True))
        if ctype == "org" and len(piece) >= 3:
            rest = piece
            # an institute of an academy or a university, or a ministry's bureau with a name of its own, names each
            # body in it (ロシア科学アカデミー|極東研究所|朝鮮研究センター, 米財務省|外国資産管理局): the whole is the
            # full name, each body a name of its own
            while (cut := _parent_body_end(text, rest)) or rest is not piece:
                body = rest[:cut] if cut else rest
                if cut or _head_type(text, body)[0] == "org":  # (not the words left: …極東支部|経済研究所)
                    p.mentions.append(Mention(body[0][0], body[-1][1], text[body[0][0]:body[-1][1]], "inner",
                                              type="org", proper=True))
                if not cut:
                    break
                # a branch of the body is named with it (ロシア科学アカデミー|極東支部|経済研究所): a body of its own
                branch = next((k for k in range(cut + 1, len(rest) - 1)
                               if text.endswith(_BRANCHES, rest[cut][0], rest[k - 1][1])), 0)
                if branch:
                    p.mentions.append(Mention(rest[0][0], rest[branch - 1][1], text[rest[0][0]:rest[branch - 1][1]],
                                              "inner", type="org", proper=True))
                rest = rest[branch or cut:]
            party = 0 if rest is not piece else next((
                k for k in range(2, len(piece)) if (_head_type(text, piece[:k])[0] == "org" and (
                    text[piece[k - 1][1] - 1] == "党" or (text[piece[k - 1][1] - 1] == "省"
                                                          and _ministrys_office(text, piece[k:]))))
                or (_STANDALONE_NAMES.get(text[s:piece[k - 1][1]]) == "org" and _ministrys_office(text, piece[k:]))
                or _own_forces_name(text[s:piece[k - 1][1]]) or _countrys_forces_then_organ(text, piece, k)), 0)
            if party:
                # a party's organ (朝鮮労働党|中央委員会, 朝鮮労働党|国際部) names the party, a ministry's
                # department the ministry (国防省|情報総局), and a staff its forces (朝鮮人民軍|総参謀部, 韓国軍|
                # 合同参謀本部); the organ alone is no name
                p.mentions.append(Mention(s, piece[party - 1][1], text[s:piece[party - 1][1]], "inner", type="org",
                                          proper=True))
        if ctype == "org" and len(piece) == 2 and kata_at and text[piece[1][0]:e] in _ARMED_SERVICES:
            k = kata_at.get((piece[0][0], piece[0][1]))
            if k is not None and (k.type == "person" or (k.type == "" and not k.proper)):
                outside = True
                if _title_follows(text, e):
                    ctype = ""  # a person's service and rank (エフメノフ|海軍|総司令官), not a navy named after him
        if ctype:
            if ctype in ("org", "place") and surface.endswith(_NAMED_AFTER_HEADS):
                for m in p.mentions:
                    if m.kind in ("ko", "zh", "jp") and s <= m.start and m.end < e:
                        m.kind = "inner"  # the person an institution is named after (金日成|総合大学): a name inside
            named = Mention(s, e, surface, "compound", type=ctype, origin=town_origin,
                            proper=any(u[2] is None or u[2].is_proper for u in piece))
            if ctype == "org" and len(piece) >= 3 and surface[0] in _COUNTRY_LETTERS and _ordinal_start(piece[1:]):
                named.aliases.append(surface[1:])  # a unit by its country's letter or alone (米|第2歩兵師団)
            p.mentions.append(named)
            p.terms.append((s, e, tuple(text[u[0]:u[1]] for u in piece)))
        elif len(piece) == 1 and piece[0][2] is not None:
            t = piece[0][2]
            if t.is_proper and len(t.surface) >= 2 and not KATA_RUN.fullmatch(t.surface) \
                    and not _compass_word(t.surface) \
                    and not (len(t.surface) <= 2 and _HIRAGANA.match(t.surface)):  # (ふじ of ふじのくに)
                kind_type = {"地名": "place", "人名": "person"}.get(t.pos3, "")
                name_origin = ""
                if kind_type == "person":
                    outside = True
                    if not _title_follows(text, t.end):
                        kind_type = ""
                elif kind_type == "place" and KANJI_RUN.fullmatch(t.surface):
                    outside = True
                    if _personal_title(text, t.end) and variant_key(t.surface) not in _country_alias_keys():
                        # a Japanese family name that is also a place name (宮原選手, 種市さん); a country before
                        # the word is its team (日本代表)
                        kind_type, name_origin = "person", "ja"
                p.mentions.append(Mention(t.start, t.end, t.surface, "proper", type=kind_type, origin=name_origin,
                                          proper=True))
        elif len(piece) >= 2:
            nouns = tuple(text[u[0]:u[1]] for u in piece)
            named = kata_at.get((piece[-1][0], piece[-1][1])) if kata_at else None
            # (a firm's description and its name, 石油大手|ルクオイル, are no term: the name is found on its own; nor
            # a word before a person's or a club's name of several parts, 指導者|ウラジーミル・レーニン, 強豪|ディナモ・カザン)
            outside = outside or named is not None  # (the name's type may come from words outside the window)
            described = named is not None and (
                (named.type == "org" and _after_firm_word(text, piece[-1][0]))
                or (named.type == "person" or "・" in named.text) and not KATA_RUN.fullmatch(text[s:piece[-1][0]]))
            # (nor where someone comes from, 平壌|出身, 軍|出身, or whose a body is, …セボードニャ|傘下: a description)
            term_end = e
            last = piece[-1][2]
            if last is not None and ((last.surface in _TIME_TAILS and last.pos3 == "副詞可能") or (
                    last.surface == "員" and text[piece[-2][1] - 1] in _BODY_ENDS_BEFORE_MEMBER)):
                # a time after the words (解放|後, 会談|後, 独立|以降) is no part of a term, nor a member of the body
                # they name (青年突撃|隊|員: the term is the brigade): the words before it are
                nouns, term_end = nouns[:-1], piece[-2][1]
            if len(nouns) >= 2 and not any(_DIGITS.match(n) for n in nouns) and not described \
                    and nouns[-1] not in _DESCRIBING_TAILS \
                    and not (len(nouns) == 2 and nouns[0] == "首都" and (  # (nor 首都|タシケント: the capital named)
                        KATA_RUN.fullmatch(nouns[1]) or dictionary_place(nouns[1]))):
                p.terms.append((s, term_end, nouns))
        # place names inside a compound still name a place (ロシア in ロシア側, ボン in ボン国際紛争研究センター)
        if len(piece) >= 2 and not ctype:
            region = _leading_region(piece, kata_at)
            if region:
                end = piece[region - 1][1]
                if region < len(piece) and piece[region][2] is not None and \
                        re.fullmatch(r"洋[\u4e00-\u9fff]", piece[region][2].surface):
                    end += 1  # an ocean's 洋 UniDic reads into the word after it (北|太平|洋上: 北太平洋)
                p.mentions.append(Mention(s, end, text[s:end], "compound", type="place", proper=True))
            given = _given_name_after_place(text, piece)
            if given:
                p.mentions.append(Mention(s, e, surface, "jp", type="person", origin="ja"))
            for u in piece[region:]:
                t = u[2]
                if given:
                    break
                if t is not None and t.pos3 == "地名" and t.end == e:
                    outside = True  # (whether 語 follows, below, is read after the piece)
                if t is not None and t.pos3 == "地名" and t.is_proper and text[t.end:t.end + 1] != "語" \
                        and t.surface not in _NAMES_ONLY_PREFIX \
                        and not (len(t.surface) <= 2 and _HIRAGANA.match(t.surface)) \
                        and len(t.surface) >= 2 and not KATA_RUN.fullmatch(t.surface) and (u[0], u[1]) != (s, e) \
                        and not (u is not piece[0] and _compass_word(t.surface)) \
                        and not (text.startswith("部", t.end) and dictionary_kanji_word(t.surface + "部")) \
                        and not (u is not piece[-1] and _is_people(piece[piece.index(u) + 1])
                                 and variant_key(t.surface) not in _country_alias_keys()):
                    # (半島|中部 is a part, not Chubu, nor is 中央|部; 高麗|人 a people, the Koryo-saram, and 延安|派 a faction, no
                    # mention of the place; but a country's people name the country, 英国|人)
                    end = t.end
                    following = piece[piece.index(u) + 1][2] if u is not piece[-1] else None
                    if _SUFFIXES.get(text[end:end + 1]) == "place" and end < e and (
                            dictionary_place(text[t.start:end + 1])
                            or (following is not None and following.surface == "島" and following.pos1 == "接尾辞")):
                        # UniDic cut the place's head off with the word after (太平|洋上: 太平洋 on the sea), or
                        # as a suffix (韓半|島: the peninsula, not a place 韓半)
                        end += 1
                    p.mentions.append(Mention(t.start, end, text[t.start:end], "inner", type="place", proper=True))
        elif len(piece) >= 2 and kata_at and ctype != "place" and not region_command:
            for u in piece:
                k = kata_at.get((u[0], u[1]))
                # a katakana name in the modifier of a typed name is a name of its own (ソチ in ソチ五輪)
                if k is not None and (k.type in ("place", "") or k.proper):
                    k.kind = "inner"
                    if ctype == "media" and k.type == "person" and u is piece[-2]:
                        k.type = ""  # the medium's own name, whatever given name it holds (リア・ノーボスチ|通信)
        if ctype == "event" and len(piece) >= 2:
            # a kanji place in an event's name is a place of its own too (静岡 of 静岡県高校野球大会, 東京 of 東京五輪)
            # (not a word of the body that holds it after its first, 党|中央|委員会, the party's central committee,
            # nor the end of a name UniDic cut after its first kanji, 実|尾島|事件)
            # (a place, then the head of a firm that needs a name, names the firm: 大韓|航空|機|事件)
            held = _CONGRESS_OF.match(surface)
            for before, u, after in zip([None, *piece[:-2]], piece[:-1], piece[1:]):
                t, cut = u[2], before is not None and before[2] is not None and len(before[2].surface) == 1 and \
                    before[2].pos2 == "普通名詞" and before[2].pos3 != "助数詞可能"
                if t is not None and t.pos3 == "地名" and len(t.surface) >= 2 and KANJI_RUN.fullmatch(t.surface) \
                        and not (held and s < t.start < s + held.end(1)) and not cut:
                    firm_head = text[after[0]:after[1]]
                    firm = _SUFFIXES.get(firm_head) == "org" and _SUFFIX_NEED.get(firm_head) == "name"
                    end = after[1] if firm else t.end
                    p.mentions.append(Mention(t.start, end, text[t.start:end], "inner", type="org" if firm else "place",
                                              proper=True))
            # and the party or body that holds a numbered congress is a name of its own (ソ連共産党|第20回大会)
            if held:
                p.mentions.append(Mention(s, s + held.end(1), held.group(1), "inner", type="org", proper=True))
                if _ORDINAL_MEETING.match(surface, held.end(1)):
                    named.aliases.append(surface[held.end(1):])  # the meeting alone names it too (第4回全員会議)
                party_end = held.group(1).find("党") + 1
                if 1 < party_end < held.end(1):  # (a party's organ names the party: 朝鮮労働党|中央委員会)
                    p.mentions.append(Mention(s, s + party_end, surface[:party_end], "inner", type="org",
                                              proper=True))
    return outside


# a body's numbered meeting: the body's name before 第N回 (朝鮮労働党|第8回大会)
_CONGRESS_OF = re.compile(r"(\w{2,}(?:党|同盟|連盟|協会|連合|委員会))第[0-9０-９]+(?:期第[0-9０-９]+)?回")


# the services that stand between a commander's name and rank (…海軍総司令官, …空軍司令官)
_ARMED_SERVICES = frozenset(("海軍", "空軍", "陸軍", "地上軍", "航空宇宙軍", "海兵隊", "艦隊"))
_FORCES_WITH_BASES = (*_ARMED_SERVICES, "自衛隊")


def _personal_title(text: str, end: int) -> bool:
    """A person title or honorific right at `end` that no place name takes (宮原選手, 種市さん; not 熊本市長)."""
    n = _direct_title(text, end)
    return bool(n) and text[end] not in _DIVISION_CHARS


_COUNTRY_ORIGINS = {"CN": "zh", "TW": "zh", "KP": "ko_north", "KR": "ko_south", "RU": "ru", "JP": "ja"}


def _city_first(text: str, piece: list) -> Token | None:
    """The city a site is named after, or a mission is in, where it begins the site's name (麗水|エキスポ|海洋|公園)
    or follows 在 (在|釜山|ロシア|総領事館): a proper noun of kanji that JMnedict or the gazetteer knows as a
    place outside Japan, before two words or more. A body named after a city (釜山|大学) keeps the city in its
    name."""
    first = 1 if piece[0][2] is not None and piece[0][2].surface == "在" else 0
    if len(piece) - first < 3 or not (first or _head_type(text, piece)[0] == "place"):
        return None
    t = piece[first][2]
    if t is None or t.pos2 != "固有名詞" or not KANJI_RUN.fullmatch(t.surface) or not 2 <= len(t.surface) <= 3 \
            or _is_people(piece[first + 1]):
        return None  # (nor a people, 高麗|人|文化センター)
    from glossary.translit.gazetteer import gazetteer  # loaded only when a name needs it
    # (a city abroad: a Japanese one's name is often a family name too, 大館, and Japanese news names its own
    # sites by their cities as a matter of course)
    abroad = any(town.population >= 50_000 and town.country != "JP" for town in gazetteer().han(t.surface)) or (
        t.pos3 != "人名" and bool(dictionary_place_origin(t.surface) - {"ja"}))
    return t if abroad else None


def _gazetteer_town_origin(name: str) -> str:
    """The origin of the one country where the gazetteer knows `name`, three kanji or more, as a town of 50,000
    people or more (満州里: zh), 'other' for another country, or '' when it knows none or several."""
    if len(name) < 3 or not KANJI_RUN.fullmatch(name) or name[-1] in _DIVISION_WORDS:
        return ""  # (a city with its unit, 大連|市, is found as one: the city alone is a spelling of it)
    from glossary.translit.gazetteer import gazetteer  # loaded only when a name needs it
    countries = {town.country for town in gazetteer().han(name) if town.population >= 50_000}
    return _COUNTRY_ORIGINS.get(countries.pop(), "other") if len(countries) == 1 else ""


def _post_soviet_town(name: str, population: int = 0) -> bool:
    """True when the gazetteer knows katakana `name` as a town of the former Soviet Union of at least
    `population` people."""
    from glossary.translit.gazetteer import POST_SOVIET, gazetteer  # loaded only when a name needs it
    return any(town.country in POST_SOVIET and town.population >= population for town in gazetteer().katakana(name))


# first characters of the titles that follow a place rather than a person (市長, 県知事, 町長, 州知事)
_DIVISION_CHARS = frozenset("市県町村区州道府都郡省島国")


# a country's old name that today opens only the names of bodies (大韓航空, 大韓赤十字社): no place of its own there
_NAMES_ONLY_PREFIX = frozenset(("大韓",))


def _given_name_after_place(text: str, piece: list) -> bool:
    """True for a kanji family name UniDic read as a place followed by nothing but a given name of one to three
    kanji UniDic reads as parts of a name (種市|篤|暉, 筒香|嘉|智): a person, not a place."""
    if len(piece) < 2 or len(piece) > 4:
        return False
    first = piece[0][2]
    if first is None or first.pos3 != "地名" or not KANJI_RUN.fullmatch(first.surface):
        return False
    rest = piece[1:]
    if any(u[2] is None or u[2].pos3 != "人名" for u in rest):
        return False
    if not any(u[2].pos4 == "名" for u in rest):
        return False
    given = text[rest[0][0]:rest[-1][1]]
    return 1 <= len(given) <= 3 and bool(KANJI_RUN.fullmatch(given))


# ----------------------------------------------------------------------------- dictionary-confirmed places

# Heads that end a place name (島, 港, 広場, 半島…: the place heads of suffix_types.tsv).
_PLACE_HEADS = _EndTable(k for k, v in _SUFFIXES.items() if v == "place")
_PLACE_HEAD_LENGTHS = _PLACE_HEADS.lengths
# A name joined by の whose last part ends in a place head (赤の広場): the の and what follows it.
_NO_PLACE = re.compile(r"(?<=[\u4e00-\u9fff々ァ-ヺー])の[\u4e00-\u9fff々ァ-ヺー]{0,6}?(?:"
                       + "|".join(map(re.escape, sorted(_PLACE_HEADS.keys, key=len, reverse=True))) + ")")
_NAME_CHARS_BEFORE = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]{1,8}$")
def _place_origin(name: str, mentions: list[Mention]) -> str:
    """A place's origin from JMnedict (see dictionary_place_origin): its one foreign side; when the dictionary
    also knows a Japanese place of that spelling (元山 Motoyama / Wonsan), the foreign side only if the
    sentences around the mentions speak of that country."""
    origins = dictionary_place_origin(name)
    # (a hiragana reading alone is no sign of a Japanese place: 赤の広場, 台湾, 欧州 have one too)
    foreign = origins - {"ja"}
    if len(foreign) != 1:
        return ""
    side = next(iter(foreign))
    if "ja" not in origins:
        return side
    ctx = _context_counts(mentions)
    family = ("ko_north", "ko_south") if side.startswith("ko") else (side,)
    return side if any(ctx.get(o, 0) for o in family) else ""


def _place_head_start(text: str, end: int, starts: list[int], first: int) -> int:
    """Index in `starts` of the unit where the longest place head ending at `end` begins (a unit boundary
    after unit `first`), or -1."""
    for length in _PLACE_HEAD_LENGTHS:
        head_start = end - length
        if head_start > starts[first] and text[head_start:end] in _PLACE_HEADS.keys:
            try:
                return starts.index(head_start, first + 1)
            except ValueError:
                continue
    return -1


def _dictionary_places(text: str, piece: list) -> list[tuple[int, int]]:
    """Places inside a compound that JMnedict confirms, as (first unit, last unit): a span that ends in a
    place head after a modifier of two or more characters (延坪島 in 延坪島砲撃事件), the longest first,
    not overlapping. A modifier starting with a prefix, an anaphoric word or a number is not a name."""
    out: list[tuple[int, int]] = []
    heads_end = _PLACE_HEADS.last_chars
    if not any(text[u[1] - 1] in heads_end for u in piece[1:]):
        return out  # no unit after the first ends like a place head (most compounds)
    starts = [u[0] for u in piece]
    first = 0
    for k in range(1, len(piece)):
        if first >= k or text[piece[k][1] - 1] not in heads_end:
            continue
        h = _place_head_start(text, piece[k][1], starts, first)
        if h < 0:
            continue
        for j in range(first, h):
            t = piece[j][2]
            if t is not None and (t.pos1 == "接頭辞" or t.surface in _ANAPHORIC or _DIGITS.match(t.surface)):
                continue
            if starts[h] - starts[j] < 2:
                break
            if dictionary_place(text[starts[j]:piece[k][1]]):
                out.append((j, k))
                first = k + 1
                break
    return out


def _find_no_places(p: _Para) -> None:
    """Place names joined by の (赤の広場, 天の橋立): a span of name characters, の, and a part ending in a place
    head, on token boundaries, that JMnedict lists as a place. The longest such span wins."""
    text, tokens = p.para.text, p.tokens
    for m in _NO_PLACE.finditer(text):
        e = m.end()
        k = tokens.first_ending_after(e - 1)
        if k >= len(tokens) or tokens.ends[k] != e:
            continue
        left = _NAME_CHARS_BEFORE.search(text, max(0, m.start() - 8), m.start())
        i = tokens.first_ending_after(left.start())
        while i < len(tokens) and tokens.ends[i] <= m.start():
            s = tokens.start(i)
            if s >= left.start() and dictionary_place(text[s:e]):
                p.mentions.append(Mention(s, e, text[s:e], "compound", type="place", proper=True))
                break
            i += 1


# a town of a province written after it with の (クルスク州のスジャ, ドネツク州のトレツク)
_DIVISION_NO = re.compile(r"(?:州|地方|共和国)(?:[東西南北中]部)?の(?=[ァ-ヺ])")  # (沿海州南部のノボキエフスコエ)


def _find_towns_of_divisions(p: _Para) -> None:
    """A katakana word right after a province and の is a town of it when UniDic has it as a common noun that
    no foreign spelling explains (クルスク州のスジャ; not クルスク州のメディア): the same test as for a town written
    right after its province (_town_after_division)."""
    text, tokens = p.para.text, p.tokens
    for m in _DIVISION_NO.finditer(text):
        if text[m.start()] == "州" and tokens[tokens.first_ending_after(m.start())].surface != "州":
            continue  # 州 inside a word is no province (本州のサケ: salmon of Honshu, 欧州)
        k = tokens.first_ending_after(m.end())
        if k >= len(tokens) or tokens.start(k) != m.end():
            continue
        t = tokens[k]
        after = text[tokens.ends[k]:tokens.ends[k] + 1]
        if after in ("・", "＝", "ー") or "ァ" <= after[:1] <= "ヺ":
            continue  # (a longer katakana name, found whole by _find_katakana: ワシ|ーリー is ワシーリー)
        # (a proper noun UniDic knows is found already)
        if t.pos2 != "固有名詞" and _town_after_division((m.end(), tokens.ends[k], t), {}):
            p.mentions.append(Mention(m.end(), tokens.ends[k], t.surface, "compound", type="place", proper=True))


_MUNICIPALITY_CHAR = re.compile(r"[市町村区][\u4e00-\u9fff々]{2}")
_MUNICIPALITY = frozenset(("市", "町", "村", "区", "同市", "同町", "同村", "同区"))
_AFTER_DISTRICT = ("付近", "周辺", "地内", "地区")


def _find_districts(p: _Para) -> None:
    """A district written after its municipality in an address (山形市|高堂付近, 同町|福沢の): two or three kanji
    after 市/町/村/区 (after a place name) or 同市/同町, up to a non-kanji or 付近/周辺, that UniDic reads as a place
    or JMnedict lists as one, is a place (UniDic often reads a district as a common word or a family name)."""
    text, tokens = p.para.text, p.tokens
    lexemes, ends = tokens.lexemes, tokens.ends
    for hit in _MUNICIPALITY_CHAR.finditer(text):
        k = tokens.first_ending_after(hit.start())
        if k < 1 or k >= len(lexemes) - 1 or ends[k] != hit.start() + 1:
            continue
        unit = lexemes[k][0]
        if unit not in _MUNICIPALITY or (len(unit) == 1 and lexemes[k - 1][4] != "地名"):
            continue
        s = ends[k]
        for j in (k + 1, k + 2):
            if j >= len(lexemes):
                break
            e = ends[j]
            span = text[s:e]
            if not (2 <= len(span) <= 3 and KANJI_RUN.fullmatch(span)) or span[-1] in _DIVISION_CHARS \
                    or span in _DIRECTIONS:
                continue  # (a municipality inside the first, 一関市|千厩町, is found as such; 平壌市|北部 is a part)
            if e < len(text) and KANJI_RUN.match(text, e) and not text.startswith(_AFTER_DISTRICT, e):
                continue
            if (j == k + 1 and lexemes[j][4] == "地名") or dictionary_place(span):
                p.mentions.append(Mention(s, e, span, "compound", type="place", proper=True))
                break


# kanji words joined by ・ (移民・国外移住者省): co-ordinate portfolios of one body when the last ends in a head
# words joined by ・: kanji, a Latin abbreviation or a katakana loanword (連邦通信・IT・マスコミ監督庁)
_DOTTED_PART = r"(?:[\u4e00-\u9fff々]{2,}[ァ-ヺー]*|[A-Z]{2,5}|[ァ-ヺー]{2,}[\u4e00-\u9fff々]*)"
_DOTTED_WORDS = re.compile(r"(?:(?<![\u4e00-\u9fff々・A-Za-z])[\u4e00-\u9fff々]{2,}"
                           r"|(?<![\u4e00-\u9fff々・A-Za-zァ-ヺー])[ァ-ヺー]{2,}[\u4e00-\u9fff々]*)"
                           r"(?:・" + _DOTTED_PART + ")+")


_OLD_KANJI = re.compile("[" + "".join(sorted(old_to_new_kanji())) + "]")
_KOREA_NAMED = re.compile("北朝鮮|韓国|朝鮮民主主義人民共和国|大韓民国")
_HANJA_ISLAND = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,3}(?:半島|島)")
# a common noun standing alone, between non-nouns (開城 of 海州や開城の付近), or alone but for a word after it that
# may follow a place (開城|出身): its kanji and that word are checked after
_LONE_KANJI_WORD = re.compile(r"(?<![ndplsgu])n(?=n?(?![ndplsgu]))")


def _find_korean_places_read_as_words(p: _Para) -> None:
    """In a paragraph that names a Korea, a Korean town whose name UniDic reads as a Japanese word (開城
    Kaesong, read かいじょう 'surrender of a castle'): a word of two or three kanji standing alone that JMnedict
    lists as a place of Korea; and an island or peninsula named in hanja UniDic does not know as one."""
    text, tokens = p.para.text, p.tokens
    for m in _LONE_KANJI_WORD.finditer(tokens.codes):
        k = m.start()
        t = tokens[k]
        if not (2 <= len(t.surface) <= 3 and KANJI_RUN.fullmatch(t.surface)):
            continue
        if tokens.codes.startswith("n", k + 1) and tokens[k + 1].surface not in _ORIGIN_AFTER:
            continue
        if any(x.start < t.end and t.start < x.end for x in p.mentions):
            continue
        if dictionary_place_origin(t.surface) & {"ko_north", "ko_south"}:
            p.mentions.append(Mention(t.start, t.end, t.surface, "proper", type="place", proper=True))
    for m in _HANJA_ISLAND.finditer(text):
        # an island or peninsula of two or three hanja (白翎島, 大青島, 康翎半島), written alone or before a word
        # of where around it (康翎半島|一帯): UniDic reads such hanja as anything (白|翎島, 大|青島 Qingdao)
        if KANJI_RUN.match(text, m.end()) and not text.startswith(_PLACE_AFTER, m.end()):
            continue
        if any(x.start <= m.start() and m.end() <= x.end for x in p.mentions) or \
                any(x.start < m.end() and m.start() < x.end and x.type not in ("place", "") for x in p.mentions):
            continue  # already found, or part of another name
        _clear_span(p, m.start(), m.end())
        # (Korean, in a paragraph naming a Korea: its sentences decide which, as for a Korean person)
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="place", proper=True, origin="ko"))


def _find_old_kanji_places(p: _Para) -> None:
    """Places written in old kanji, which UniDic does not know (平壤 for 平壌): a span of two to four kanji
    holding an old form whose new-kanji spelling JMnedict lists as a place, the longest first."""
    text = p.para.text
    for m in _OLD_KANJI.finditer(text):
        lo, hi = m.start(), m.end()  # the kanji around it, three at most on either side
        while lo > max(0, m.start() - 3) and KANJI_RUN.match(text, lo - 1):
            lo -= 1
        while hi < min(len(text), m.end() + 3) and KANJI_RUN.match(text, hi):
            hi += 1
        spans = [(s, s + size) for size in (4, 3, 2) for s in range(max(lo, m.end() - size), m.start() + 1)
                 if s + size <= hi]
        for s, e in spans:
            if any(k.start <= s and e <= k.end for k in p.mentions):
                break  # already part of a name
            if dictionary_place(text[s:e]):
                p.mentions.append(Mention(s, e, text[s:e], "proper", type="place", proper=True))
                break


# the chambers of a legislature, written before their committees (下院|国防委員会)
_CHAMBERS = frozenset(("上院", "下院"))


def _country_word_before(p: _Para, start: int) -> str:
    """The country's name UniDic knows that ends right at `start` (ウクライナ|国家…), or ''."""
    k = p.tokens.first_ending_after(start - 1) if start > 0 else -1
    if k < 0 or k >= len(p.tokens) or p.tokens.ends[k] != start:
        return ""
    t = p.tokens[k]
    before = p.para.text[t.start - 1:t.start]
    return t.surface if t.is_proper and t.pos4 == "国" and not KANJI_RUN.match(before) and \
        not KATA_RUN.match(before) else ""


def _dotted_head_named(p: _Para, start: int, end: int, head: str, whole: bool = False) -> bool:
    """True when the last of the dotted words, text[start:end], ending in `head`, names a body: a strong head
    (省, 庁: need 1) names one after any word, another only after the words it needs (社会政策|委員会).
    `whole`: text[start:end] is all the dotted words, read as one compound without its dots."""
    if _SUFFIX_NEED.get(head) == "1":
        return True
    units = [(t.start, t.end, t) for t in _covering(p.tokens, start, end) if not whole or t.surface != "・"]
    return len(units) >= 2 and units[0][0] == start and units[-1][1] == end and \
        _head_type(p.para.text, units)[0] == _SUFFIXES[head]


def _letter_word_at(p: _Para, start: int) -> bool:
    """Whether UniDic reads the character at `start` as a noun of its own (露|連邦…), not a prefix (中|小企業)."""
    k = p.tokens.first_ending_after(start)
    return k < len(p.tokens) and p.tokens[k].start == start and p.tokens[k].end == start + 1 \
        and p.tokens[k].pos1 == "名詞"


def _find_dotted_orgs(p: _Para) -> None:
    """Organisations whose name joins portfolios with ・ (移民・国外移住者省, 経済・財務省), a title after them
    dropped (…省大臣): one name, not its last part alone. Only strong heads (省, 庁, 局, 党: need 1 in
    suffix_types.tsv) join, and no earlier part may be a body of its own."""
    text = p.para.text
    for m in _DOTTED_WORDS.finditer(text):
        name, start = m.group(), m.start()
        first_kana = KATA_RUN.match(name)
        eponym = ""
        if first_kana and first_kana.end() < name.find("・") and (
                variant_key(first_kana.group()) in _country_alias_keys()
                or _names_place(p, start, start + first_kana.end())):
            # a place before the first word (ロシア|国防・外務省): whose the body is, not a word of its name
            name, start = name[first_kana.end():], start + first_kana.end()
        elif first_kana and first_kana.end() < name.find("・") and not dictionary_kana_word(first_kana.group()):
            # the person a body is named after (ガマレヤ|国立疫学・微生物学研究センター): a name, not a field
            eponym, name, start = first_kana.group(), name[first_kana.end():], start + first_kana.end()
        elif name[0] in _COUNTRY_LETTERS and name[1:2] not in ("・", "") and _letter_word_at(p, start):
            name, start = name[1:], start + 1  # so is a country's letter (露|連邦通信・…監督局)
        # a chamber before its committee (下院|労働・社会政策委員会)
        chamber = next((c for c in _CHAMBERS if name.startswith(c)), "")
        name, start = name[len(chamber):], start + len(chamber)
        if any(not dictionary_kana_word(kana) for kana in KATA_RUN.findall(name)):
            continue  # a name among the words (ロシア・ウクライナ…): names listed, no portfolio
        if m.end() < len(text) and (text[m.end()] == "・" or KATA_RUN.match(text, m.end())):
            continue  # part of a longer run of names
        title = _TITLE_RE.search(name, len(name) - max(map(len, _TITLES)) if _TITLES else 0)
        head = _SUFFIX_RE.search(name)
        if head is None and title is not None and title.end() == len(name) and title.start() > name.rfind("・"):
            name = name[:title.start()]
            head = _SUFFIX_RE.search(name) if name else None
        if head is None or _SUFFIXES[head.group()] not in ("org", "media") or \
                head.start() <= name.rfind("・") + 1:
            continue  # no head, or a head alone after the dot (…・省) names nothing
        kind = _SUFFIXES[head.group()]
        country = _country_word_before(p, start)
        # (a country's name before the words marks a national body: ウクライナ|国家安全保障・国防会議)
        # (…, and so does a person's before them: the name before the words a head like アーカイブ needs)
        named_before = len(country or eponym)
        if not (named_before and _dotted_head_named(p, start - named_before, start + len(name), head.group(),
                                                    whole=True)) and \
                not _dotted_head_named(p, start + name.rfind("・") + 1, start + len(name), head.group()) or any(
                (h := _SUFFIX_RE.search(part)) and _SUFFIXES[h.group()] == kind for part in name.split("・")[:-1]):
            # a weak head with too little before it (研究・教育機関), or bodies listed side by side (…大学・…研究所);
            # a word of another kind is a portfolio (連邦通信・IT・マスコミ監督庁: communications)
            continue
        if any(part.endswith(("紙", "誌")) for part in name.split("・")[:-1]):
            continue  # a paper described, then named (韓国紙・中央日報): the name is its own
        if any(variant_key(part) in _country_alias_keys() for part in name.split("・")[:-1]):
            continue  # a country, then a body in it (韓国・慶南大極東問題研究所): no portfolio
        end = start + len(name)
        if country and not chamber:
            start, name = start - len(country), country + name
            # (the country stays a name of its own inside the body's, as in ロシア|国防省)
            p.mentions += [Mention(x.start, x.end, x.text, "inner", type=x.type, origin=x.origin, proper=True)
                           for x in p.mentions if (x.start, x.end) == (start, start + len(country))][:1]
        if eponym:
            start, name = start - len(eponym), eponym + name
        first_end = start + name.find("・")
        parent = min((x for x in p.mentions if x.type == "org" and x.start < start < x.end < first_end),
                     key=lambda x: x.start, default=None)
        if parent is not None and not chamber:
            # a body whose name runs into the first word (ロシア科学アカデミー|極東支部|歴史学・…研究所): the
            # institute is that body's, its name whole from the body's first word
            start, name = parent.start, text[parent.start:end]
            p.mentions.append(Mention(parent.start, parent.end, parent.text, "inner", type="org", origin=parent.origin,
                                      proper=True))  # (the body stays a name of its own inside its institute's)
        if chamber:
            p.mentions.append(Mention(start - len(chamber), start, chamber, "compound", type="org", proper=False))
        p.mentions.append(Mention(start, end, name, "compound", type=kind, proper=False))
        _drop_terms(p, start, end)  # its parts are no terms of their own


_REGION_BODY_HEAD = re.compile("研究(?:所|センター|院|機構)|局|大学|学会")
_NAME_WORD_RUN = re.compile(r"[ァ-ヺー\u4e00-\u9fff々]+")  # (・ ends it)


def _names_place(p: _Para, start: int, end: int) -> bool:
    """Whether text[start:end] is a place: a country, a place JMnedict knows, or one found in the text."""
    name = p.para.text[start:end]
    return variant_key(name) in _country_alias_keys() or (KANJI_RUN.fullmatch(name) and dictionary_place(name)) \
        or any((m.start, m.end) == (start, end) and m.type == "place" for m in p.mentions)


def _run_start_before(text: str, end: int) -> int:
    """Where the run of katakana and kanji ending at `end` begins, at most 12 characters back (`end` itself when
    no such run ends there)."""
    runs = [m for m in _NAME_WORD_RUN.finditer(text, max(0, end - 12), end) if m.end() == end]
    return runs[0].start() if runs else end


def _find_region_bodies(p: _Para) -> None:
    """Institutes and colleges named by the regions they study and bureaus by those they cover, listed with ・
    (スラブ・ユーラシア研究センター, 中国・現代アジア研究所, アジア・アフリカ諸国大学, 東アジア・太平洋局): one name,
    not its last part alone beside places. Right after a parent body (北海道大学|スラブ・…, ロシア科学アカデミー|
    中国・…) the whole is the full name, and each body a name of its own. A country before a named body
    (韓国・慶南大極東問題研究所) only locates it: the words after the last ・ may hold no body."""
    text = p.para.text
    for head in _REGION_BODY_HEAD.finditer(text):
        field_start = _run_start_before(text, head.start())
        if field_start in (0, head.start()) or text[field_start - 1] != "・" or any(
                _SUFFIXES.get(t.surface) == "org" for t in _covering(p.tokens, field_start, head.start())):
            continue
        if head.group() == "大学" and (_names_place(p, field_start, head.start()) or not any(
                _names_place(p, field_start, t.end) for t in _covering(p.tokens, field_start, head.start()))):
            # a university named after its town, or by no region at all, that a country before it locates
            # (韓国・ソウル大学, 韓国・国民大学); one of regions listed (アジア・アフリカ諸国大学) is named by them all
            continue
        begin = field_start
        while begin >= 2 and text[begin - 1] == "・":
            run_end = begin - 1
            run_start = _run_start_before(text, run_end)
            # (the run may hold the parent body before the place: …アカデミー|中国, 北海道大学|スラブ)
            place_start = next((t.start for t in _covering(p.tokens, run_start, run_end - 1)
                                if t.start >= run_start and _names_place(p, t.start, run_end)), -1)
            if place_start < 0:
                break
            begin = place_start
            if run_start < place_start and variant_key(text[run_start:place_start]) in _country_alias_keys():
                begin = run_start  # a country glued before the regions is the body's too (韓国|スラブ・ユーラシア学会)
        if begin == field_start:
            continue
        end = head.end()
        p.mentions.append(Mention(begin, end, text[begin:end], "compound", type="org", proper=True))
        _drop_terms(p, begin, end)
        parent = next((m for m in p.mentions if m.end == begin and m.type == "org" and m.kind == "compound"), None)
        if parent is not None:
            p.mentions.append(Mention(parent.start, end, text[parent.start:end], "compound", type="org", proper=True))
            p.mentions += [Mention(parent.start, begin, parent.text, "inner", type="org", proper=True),
                           Mention(begin, end, text[begin:end], "inner", type="org", proper=True)]


_FIELD_RUN = re.compile(r"[0-9０-９ァ-ヺー\u4e00-\u9fff々]+")  # (a field may open with a number: 20カ国・地域)


def _fields_joined_before(p: _Para, start: int) -> int:
    """Where the fields joined by ・ right before `start` begin (外務・|国防…, 世界エイズ・結核・|マラリア…);
    `start` itself when none is. A field that ends in a name (日本・, ロシア・) is a party or a list's item, not a
    field, and ends the walk."""
    text = p.para.text
    begin = start
    while text[begin - 1:begin] == "・":
        field = [m for m in _FIELD_RUN.finditer(text, max(0, begin - 13), begin - 1) if m.end() == begin - 1]
        if not field or any(m.end == begin - 1 and m.type in NAMED_TYPES for m in p.mentions):
            break
        begin = field[0].start()
    return begin


def _dotted_name_type(name: str) -> str:
    """The type a name of fields joined by ・ takes from its head (…監督庁: org, …首脳会議: event); "term" when
    its head names neither."""
    head = _SUFFIX_RE.search(name)
    return _SUFFIXES[head.group()] if head is not None else "term"


# words that begin a region's name before a place, but name nothing before other words (中央|アジア, not 中央|銀行)
_REGION_PREFIXES = frozenset(("中央",))


def _unknown_katakana_name(text: str, u: tuple[int, int, Token | None], kata_at: dict) -> bool:
    """A unit in katakana that no dictionary knows, or a katakana name found untyped (or typed a place)."""
    if not KATA_RUN.fullmatch(text, u[0], u[1]):
        return False
    if u[2] is not None:
        return u[2].unknown
    found = kata_at.get((u[0], u[1]))
    return found is None or found.type in ("", "other", "place")


_COMPASS_POINT = re.compile("[東西南北]{2}")  # (東北, 北東: a part of the country named before it)


def _leading_region(piece: list, kata_at: dict) -> int:
    """How many leading units of an untyped compound form a region name (北東アジア|情勢, インド太平洋|地域):
    two or more place-like units (a place-name suffix such as 洋 counts after one) holding a name; else 0."""
    n = 0
    for i, u in enumerate(piece):
        t = u[2]
        before = piece[i - 1][2] if i else None
        if i and t is not None and _name_unit(piece[i - 1]) and (
                variant_key(t.surface) in _country_alias_keys() or (
                    before is not None and variant_key(before.surface) in _country_alias_keys() and _name_unit(u)
                    and t.surface not in _REGION_WORDS and not _COMPASS_POINT.fullmatch(t.surface))):
            break  # a name, then a country, or a country, then another name: no one region (ウラジオストク|韓国|領事,
            # ソ連|朝鮮|学), where a country's part is one (ロシア|極東, 中国|東北)
        if _place_like(u, kata_at) or (i and t is not None and t.pos1 == "接尾辞" and _SUFFIXES.get(t.surface) == "place") \
                or (i == 0 and t is not None and t.surface in _REGION_PREFIXES):
            n = i + 1
        else:
            break
    while n and _part_of_place(piece[n - 1], piece[n] if n < len(piece) else None):
        n -= 1  # ナイジェリア|南部|地域: the place is ナイジェリア, 南部 says which part of it
    if n >= 2 and n < len(piece) and any(_name_unit(u) for u in piece[:n]):
        return n
    return 0


_DIVISIONS = ("州", "地方", "地区", "県", "省", "共和国", "自治管区", "自治州", "連邦管区")
_DIVISION_AFTER = re.compile("州|地方|共和国|自治管区|自治州")  # a division a governor or head (知事, 首長) leads
_CITY_AFTER = re.compile("市(?=長)")  # (a town a mayor leads: ソビャーニン・モスクワ|市長)
# before a name, with の or without: a town of that division (沿海地方のハサン, 沿海地方ハサン)
# (and a country's capital, 首都|ソフィア, or a word for a town, 古都|ウラジーミル)
_IN_DIVISION = re.compile(r"(?:州|地方|共和国|自治管区|首都|古都|港町|都市)の?$")
# region words that may stand before a place in apposition → the type of what ends in them (極東 names a
# region; ロシア南部 says which part of Russia)
_REGION_WORDS = {"極東": "place", "中東": "place", "近東": "place", "北極圏": "place", **{w: "" for w in _PLACE_PARTS}}
# the heads of a division named by one katakana word (タタルスタン|共和国, ハバロフスク|地方)
_NAMED_DIVISIONS = ("共和国", "自治管区", "自治州", "自治区", "地方")
_DIVISION_ENDS = frozenset("道省州県")  # the last character of a province UniDic knows as one place name
_DIVISION_WORDS = frozenset("市郡区道県州省町村邑面")  # one-character units of towns and divisions
_WARDS = ("区", "郡")  # a city's wards and counties
_NEIGHBOURHOODS = ("洞", "里", "邑", "面", "町")  # a ward's or county's neighbourhoods and villages
# one kanji that ends a landmark's name: a palace, a temple (徳寿宮, 仏国寺); the name before it is a few kanji
# (not 7番|龍蓋寺, 20余|寺)
_LANDMARK_HEADS = ("宮", "寺")
# numerals and quantifiers that count orders rather than name one (南都六宗, 各宗)
_ORDER_COUNTERS = frozenset("一二三四五六七八九十百各諸両")


def _religious_order(text: str, word_before: tuple, end: int) -> bool:
    """True when 宗 ending at `end` heads a religious order (曹渓宗, 天台宗): a word of two or more characters
    before it that counts nothing, and no single kanji after it, which would make 宗 the first half of a monk's
    or a courtier's given name (授翁宗弼, 二条宗基)."""
    stem = text[word_before[0]:word_before[1]]
    if len(stem) < 2 or stem[-1] in _ORDER_COUNTERS or stem[-1].isdigit():
        return False
    return not (KANJI_RUN.match(text, end) and not KANJI_RUN.match(text, end + 1))


# words that attach a body to the one before it (岡山大|付属|…学校): the two make one name
_ATTACHED = frozenset(("付属", "附属", "附設", "付設", "直属"))


def _known_division(words: str) -> bool:
    """Whether `words` name a division of a country that JMnedict knows (沿海地方, a region in its own words)."""
    return words.endswith(_DIVISIONS) and len(words) >= 3 and dictionary_place(words)


_DOTTED_NAME_BEFORE = re.compile(r"[ァ-ヺー]{2}・$")


def _katakana_named(text: str, units: list) -> bool:
    """Whether the first of `units`, or the second after a kanji prefix of one character (内|モンゴル), is katakana."""
    return bool(units) and (KATA_RUN.fullmatch(text, *units[0][:2]) is not None or (
        len(units) >= 2 and units[0][1] - units[0][0] == 1 and KATA_RUN.fullmatch(text, *units[1][:2]) is not None))


def _split_typed(text: str, chunk: list, kata_at: dict) -> list[tuple[list, str]]:
    """A compound as typed names: nested organisations split (ロシア科学アカデミー極東研究所 → two),
    a region in front of a named place dropped (ロシア極東アムール州 → アムール州), an untyped tail trimmed
    (中国共産党政府 → 中国共産党)."""
    if len(chunk) >= 3 and chunk[1][2] is not None and chunk[1][2].surface in _COUNTRY_LETTERS \
            and _NAME_SEPARATOR.search(text, chunk[0][0], chunk[0][1]):
        # a full name, then a country's letter and its body (ジェミソン・グリア|米|通商代表部): the body's
        # chief named before it, not one name
        return [(chunk[:1], "")] + _split_typed(text, chunk[1:], kata_at)
    if len(chunk) == 2 and text[chunk[1][0]:chunk[1][1]] == "州" and text.startswith("知事", chunk[1][1]) and \
            KATA_RUN.fullmatch(text, *chunk[0][:2]) and (
                "・" in text[chunk[0][0]:chunk[0][1]] or _DOTTED_NAME_BEFORE.search(text, 0, chunk[0][0])) and \
            not _post_soviet_town(text[chunk[0][0]:chunk[0][1]].rpartition("・")[2]):
        # a full name's last part, then a governor's title (オレグ・コジェミャコ|州知事): no region of his name, unless
        # the part is a region's town (…ヒンシテイン・クルスク|州知事)
        return []
    # (the country's name in one word or its long form in two, ロシア|連邦)
    country = next((c for c in (2, 1) if len(chunk) >= c + 2 and
                    variant_key(text[chunk[0][0]:chunk[c - 1][1]]) in _country_alias_keys()), 0)
    if country and text.startswith("共和国", chunk[country][0]):
        # a country's people, then 共和国 (ウズベク|共和|国|タシケント|州): the republic is the country's name
        republic_end = chunk[country][0] + len("共和国")
        country = next((k + 1 for k in range(country, len(chunk) - 1) if chunk[k][1] == republic_end), country)
    compass_region = country and len(chunk) == country + 2 and \
        _COMPASS_POINT.fullmatch(text, chunk[country][0], chunk[country][1]) is not None
    if country and text[chunk[country][0]:chunk[country][1]] not in _REGION_WORDS and not compass_region and any(
            chunk[k][2] is not None and ((
                (chunk[k][2].surface in _DIVISION_ENDS or (_katakana_named(text, chunk[country:k]) and
                                                          text.endswith(_NAMED_DIVISIONS, 0, chunk[k][1])))
                and _head_type(text, chunk[country:k + 1])[0] == "place")
                or _known_division(text[chunk[country][0]:chunk[k][1]]))
            for k in range(country + 1, len(chunk))):
        # a country's name before its province or krai (中国|遼寧省, 中国|遼寧省|大連市, ロシア|沿海地方, ロシア|連邦|
        # タタルスタン|共和国, 中国|内|モンゴル|自治|区): two places or more; a part of the country named by a point
        # of the compass is no division of its own, whatever region of Japan is named alike (中国|東北|地方)
        return [(chunk[:country], "place")] + _split_typed(text, chunk[country:], kata_at)
    if country and len(chunk) == country + 2 and text[chunk[country][0]:chunk[country][1]] in "東西南北" and \
            KATA_RUN.fullmatch(text, *chunk[-1][:2]) and _place_like(chunk[-1], kata_at):
        # a country, then a part of it named by a point of the compass (ロシア|東シベリア, ロシア|北コーカサス)
        return [(chunk[:country], "place"), (chunk[country:], "place")]
    named = next((k for k in range(len(chunk) - 2, 0, -1) if KATA_RUN.fullmatch(text, chunk[0][0], chunk[k - 1][1])), 0)
    division_end = next((m for m in range(len(chunk), named + 1, -1) if _known_division(
        text[chunk[named][0]:chunk[m - 1][1]]) or (text[chunk[named][0]:chunk[named][1]] in _REGION_WORDS and
                                                    _head_type(text, chunk[named:m])[0] == "place")), 0) \
        if named and variant_key(text[chunk[0][0]:chunk[named - 1][1]]) not in _country_alias_keys() else 0
    if division_end:
        # a katakana name, then a whole division's name (コジェミャコ|沿海地方|知事, …プリコフスキー|極東連邦管区|
        # 大統領全権代表): the division's head before a title, or a town's address; no one name
        person = _title_follows(text, chunk[division_end - 1][1]) and \
            not _post_soviet_town(text[chunk[0][0]:chunk[named - 1][1]])
        return [(chunk[:named], "person" if person else ""), (chunk[named:division_end], "place")] + \
            (_split_typed(text, chunk[division_end:], kata_at) if division_end < len(chunk) else [])
    if len(chunk) >= 4 and _head_type(text, chunk)[0] == "place":
        owner = next((k for k in range(2, len(chunk) - 1) if _head_type(text, chunk[:k])[0] == "org"
                      and dictionary_place(text[chunk[k][0]:chunk[k][1]]) and _head_type(text, chunk[k:])[0] == "place"
                      and not any(_head_type(text, chunk[k:j])[0] == "org" for j in range(k + 2, len(chunk)))), 0)
        if owner:
            # a body, then a site of its named by where it stands (東京電力|福島第1原発, 関西電力|大飯|原発): two names;
            # not a site named by another body (ロシア海軍|太平洋艦隊|基地: the fleet's base)
            return [(chunk[:owner], "org")] + _split_typed(text, chunk[owner:], kata_at)
    if len(chunk) >= 3 and text[chunk[-1][0]:chunk[-1][1]] == "総会" and _head_type(text, chunk[:-1])[0] == "org":
        # a body's plenary meeting (党中央委員会|総会): the body is the name (a body named 総会 has no head before
        # it: 国連総会, 株主総会)
        return _split_typed(text, chunk[:-1], kata_at) + [(chunk[-1:], "")]
    for k in range(1, len(chunk)):
        before, after = chunk[k - 1][2], chunk[k][2]
        if before is None or after is None:
            continue
        if k >= 2 and before.surface in ("州", "県", "省") and after.pos3 != "地名" \
                and KATA_RUN.fullmatch(text, chunk[k][0], chunk[-1][1]) and _head_type(text, chunk[:k])[0] == "place":
            # a katakana word after a division is a town in it, whatever UniDic has it as (クルスク州|スジャ), or
            # no name at all (テキサス州|メディア); a region before the division is dropped as usual (ロシア西部|…)
            town = len(chunk) - k == 1 and _town_after_division(chunk[k], kata_at)
            return _split_typed(text, chunk[:k], kata_at) + [(chunk[k:], "place" if town else "")]
        if after.pos3 == "地名" and (
                (before.pos3 == "地名" and len(before.surface) >= 3 and before.surface[-1] in _DIVISION_ENDS)
                or (k >= 2 and before.surface in _DIVISION_ENDS and (
                    _head_type(text, chunk[:k])[0] == "place" or dictionary_place(text[chunk[0][0]:chunk[k - 1][1]])))):
            # a province, then a town in it (江原道|元山, 黒竜江省|ハルビン, 京畿|道|平沢): an address of two places
            return [(chunk[:k], "place")] + _split_typed(text, chunk[k:], kata_at)
        if before is not None and before.surface in ("市", "都") and k >= 2 and _name_unit(chunk[k - 2]) \
                and text[chunk[-1][0]:chunk[-1][1]] in _WARDS and len(chunk) - k >= 2:
            # a city, then a ward or county of it (ソウル市|瑞草区, 東京都|港区): the ward is a place whatever its
            # name's kanji are to UniDic; the city is named without 市
            return [(chunk[:k - 1], "place"), (chunk[k:], "place")]
        if before.surface in _WARDS and k >= 2 and len(chunk) - k >= 2 and chunk[-1][2] is not None \
                and chunk[-1][2].surface in _NEIGHBOURHOODS and chunk[-1][2].pos1 == "接尾辞":
            # a ward, then a neighbourhood of it (中区|光熙洞, 鍾路区|仁寺洞): two places
            return [(chunk[:k], "place"), (chunk[k:], "place")]
    if len(chunk) == 2 and variant_key(text[chunk[0][0]:chunk[0][1]]) in _country_alias_keys() \
            and KATA_RUN.fullmatch(text, chunk[1][0], chunk[1][1]) and _place_like(chunk[1], kata_at):
        return [(chunk[:1], "place"), (chunk[1:], "place")]  # a country, then a town in it (豪州|ニューカッスル)
    if len(chunk) >= 2 and variant_key(text[chunk[0][0]:chunk[0][1]]) in _country_alias_keys():
        if _known_division(text[chunk[1][0]:chunk[-1][1]]) and not compass_region:
            # a country, then a division of it JMnedict knows (ロシア|沿海地方): two places (a region of the
            # country, ロシア極東, or a compound region, インド太平洋, stays one name)
            return [(chunk[:1], "place"), (chunk[1:], "place")]
    for k in range(1, len(chunk)):
        t = chunk[k - 1][2]
        # the region word: this unit's, or the whole prefix's where UniDic cuts the word in two (北極|圏)
        region = t.surface if t is not None else None
        if region not in _REGION_WORDS:
            region = text[chunk[0][0]:chunk[k - 1][1]]
        if region in _REGION_WORDS and (all(
                _name_unit(u) and _place_like(u, kata_at) for u in chunk[k:])
                or (_name_unit(chunk[k]) and _head_type(text, chunk[k:])[0] == "place")
                or _known_division(text[chunk[k][0]:chunk[-1][1]])):
            # a region, then a place in it (極東|ウラジオストク, ロシア南部|ロストフ, ロシア極東|沿海地方): two
            # names, not one
            return [(chunk[:k], _REGION_WORDS[region])] + _split_typed(text, chunk[k:], kata_at)
        if _REGION_WORDS.get(region) == "place" and k == len(chunk) - 1 and _unknown_katakana_name(text, chunk[k], kata_at):
            # a region's name, then a katakana name no dictionary knows (極東|ボリショイカメニ): a town there
            return [(chunk[:k], "place"), (chunk[k:], "place")]
    out: list[tuple[list, str]] = []
    rest = chunk
    while rest:
        ctype, k = _head_type(text, rest)
        if not ctype:
            # the longest typed prefix, if any: 中国共産党|政府
            for cut in range(len(rest) - 1, 1, -1):
                if text[rest[cut - 1][1] - 1] not in _SUFFIX_RE.last_chars:
                    continue  # no head can end this prefix (as _head_type would find)
                t2, _ = _head_type(text, rest[:cut])
                if t2:
                    # (a member's title before a name: …党|州議会|議員|NAME, the party alone is named)
                    party = _party_before_legislature(text, rest[:cut]) if t2 == "org" and \
                        rest[cut][2] is not None and rest[cut][2].surface == "議員" else 0
                    if party:
                        cut = party
                    out.append((_trim_region(text, rest[:cut], t2, kata_at), t2))
                    rest = rest[cut:]
                    break
            else:
                out.append((rest, ""))
                rest = []
            continue
        split_at = None
        if ctype in ("org", "media"):
            for cut in range(k - 1, 1, -1):
                # a body, then something of it that is no body (朝鮮労働党中央委員会|第8期第13回総会: a meeting)
                if _head_type(text, rest[:cut])[0] == "org" and \
                        _head_type(text, rest[cut:])[0] not in ("", "org", "media"):
                    split_at = cut
                    break
            if split_at and (held := _CONGRESS_OF.match(text, rest[0][0])) and held.end(1) == rest[split_at][0]:
                # (but a numbered meeting of the body is one event, the body named inside it, as a numbered
                # congress is: 党中央委員会|第4回全員会議, 朝鮮労働党中央委員会|第8期第13回総会)
                ctype, split_at = "event", None
        # an administrative division inside a place's modifier is a place of its own (アムール州|ボストーチヌイ宇宙基地)
        if ctype == "place":
            for cut in range(2, k):
                t2, _ = _head_type(text, rest[:cut])
                prefix = text[rest[0][0]:rest[cut - 1][1]]
                # (or a division named by common nouns that JMnedict knows as a place: 沿海地方|ハサン地区)
                # (not before words with no name of their own: 廉州|総合体育館 is one site, named by its town)
                if (t2 == "place" and _SUFFIX_RE.search(prefix).group() in _DIVISIONS
                        and any(_name_unit(u) for u in rest[cut:])) or (
                        not t2 and prefix.endswith(_DIVISIONS) and dictionary_place(prefix)):
                    split_at = cut
                    break
                if t2 == "org" and prefix.endswith(_FORCES_WITH_BASES) and _name_unit(rest[cut]) and not any(
                        text[rest[0][0]:rest[later - 1][1]].endswith(_FORCES_WITH_BASES)
                        for later in range(cut + 1, k + 1)):
                    # a force, then one of its bases named (航空自衛隊|稚内分屯基地, 米空軍|嘉手納基地); not a
                    # unit's (ロシア海軍太平洋艦隊|基地: the force's name goes on)
                    split_at = cut
                    break
        if split_at:
            head_type = _head_type(text, rest[:split_at])[0] or "place"  # (the JMnedict division: a place)
            out.append((_trim_region(text, rest[:split_at], head_type, kata_at), head_type))
            rest = rest[split_at:]
            continue
        out.append((_trim_region(text, rest, ctype, kata_at), ctype))
        rest = []
    return out


def _words_before_head(text: str, units: list) -> bool:
    """Whether `units` end in a name head with words of their own before it (地震|研究所), not in a bare head
    (病院, 博物|館) or none."""
    head = _SUFFIX_RE.search(text[units[0][0]:units[-1][1]])
    return head is not None and head.start() > 0


_UNITED_NATIONS = frozenset({"国連", "国際連合"})  # a body named at the head of its organs' names


def _parent_body_end(text: str, units: list) -> int:
    """Where the first organisation inside an organisation's name closes (ロシア科学アカデミー|極東研究所,
    東京大学|地震研究所), as a count of units, or 0. The whole is one name (the institute's), and the body
    before it a name of its own. A party, ministry, department, staff or airline goes on to name its own unit
    (軍参謀本部情報総局, 北米航空宇宙防衛司令部), found elsewhere; a numbered unit's words go on to name it
    (第155独立親衛海軍|歩兵旅団)."""
    if len(units) >= 3 and units[0][2] is not None and units[0][2].surface in _CHAMBERS \
            and _words_before_head(text, units[1:]):
        return 1  # a chamber, then one of its committees (下院|国際問題委員会)
    if len(units) >= 3 and units[0][2] is not None and units[0][2].surface in _UNITED_NATIONS \
            and _words_before_head(text, units[1:]):
        return 1  # the United Nations, then one of its organs (国連|安全保障理事会, 国連|教育科学文化機関)
    for cut in range(2, len(units)):
        if _head_type(text, units[:cut])[0] != "org":
            continue
        head = _SUFFIX_RE.search(text[units[0][0]:units[cut - 1][1]]).group()
        longer = _SUFFIX_RE.search(text[units[0][0]:units[cut][1]])
        if longer is not None and len(longer.group()) > units[cut][1] - units[cut][0]:
            continue  # the head goes on into the next word (北韓大学|院|大学: 大学院 is one head)
        if (not head.endswith(("党", "省", "部", "航空")) or _named_bureau(text, head, units[cut:])) \
                and text[units[cut][0]:units[cut][1]] not in _ATTACHED \
                and (any(_name_unit(u) for u in units[cut:]) or not _ordinal_start(units)) \
                and _words_before_head(text, units[cut:]) \
                and not (head.endswith(_INSTITUTE_HEADS) and _country_before(text, units[:1]) and all(
                    text[u[0]:u[1]] in _INSTITUTE_STATUS for u in units[1:cut - 1])):
            # (a bare head ends one word: 商工会議|所, …大学|病院; a university is named by more than a country
            # and its status: ロシア国立研究大学|高等経済学院 is one name, 韓国外国語大学|ロシア研究所 two)
            return cut
    return 0


def _ministrys_office(text: str, units: list) -> bool:
    """Whether `units` after a ministry name a body of it: a body on their own (国防省|情報総局), or words a head of
    a body ends that needs a name before it, which the ministry gives (防衛省|防衛研究所, 外務省|外交史料館)."""
    if len(units) < 2:
        return False
    head = _SUFFIX_RE.search(text[units[0][0]:units[-1][1]])
    return head is not None and head.start() > 0 and _SUFFIXES[head.group()] == "org"


_INSTITUTE_STATUS = frozenset(("国立", "研究", "州立", "公立", "連邦", "総合"))


def _named_bureau(text: str, head: str, units: list) -> bool:
    """Whether `units` after a ministry name a bureau of it by a name of its own (米財務省|外国資産管理局): three
    words or more ending in 局 or 庁. A ministry's department named by its work alone (国防省|情報総局) stays with
    the ministry that says whose it is."""
    return head.endswith("省") and len(units) >= 3 and text[units[0][0]:units[-1][1]].endswith(("局", "庁")) \
        and _head_type(text, units)[0] == "org"


def _trim_region(text: str, piece: list, ctype: str, kata_at: dict) -> list:
    """Drop a leading country/region (ロシア南西部, 極東) before the named part of a place, and an edition's number
    before a named event (第30回|釜山国際映画祭: the festival is the name, the edition is this year's)."""
    if ctype in ("event", "org"):
        # (and before a named meeting that a body's head ends: 第48回|南極条約協議国会議, the meeting of a series)
        edition = _ordinal_start(piece) and len(piece) > 3 and piece[2][2] is not None and piece[2][2].surface == "回"
        named_alone = any(_name_unit(u) for u in piece[3:]) or \
            (len(piece) > 4 and _head_type(text, piece[3:])[0] == ctype)  # (第10回|東方経済フォーラム)
        return piece[3:] if edition and named_alone else piece
    if ctype != "place":
        return piece
    ctype_head, k = _head_type(text, piece)
    described = next((i for i in range(1, k) if KATA_RUN.fullmatch(text, piece[i][0], piece[i][1])), 0)
    if described and all(u[2] is not None and (u[2].pos2 == "普通名詞" or u[2].pos1 == "接頭辞")
                         for u in piece[:described]) \
            and piece[described][0] - piece[0][0] >= 2 \
            and _NATIVE_WORD.fullmatch(text, piece[0][0], piece[described][0]):
        # a common noun describing the named place (活火山|クリュチェフスカヤ山, 飛び地|カリーニングラード州)
        return piece[described:]
    names = [i for i in range(k) if _name_unit(piece[i]) and not _place_like(piece[i], kata_at)]
    if not names:
        names = [i for i in range(1, k) if _name_unit(piece[i])]
        # two places side by side name one region (インド太平洋, アジア太平洋); only a region description or a
        # country in front (ロシア極東, ロシア南西部, 中国|吉林省) is dropped
        if names and not any(u[2] is not None and (u[2].surface in _DIRECTIONS or u[2].surface.endswith("部"))
                             for u in piece[:names[0]]) \
                and not all(u[2] is not None and u[2].pos4 == "国" for u in piece[:names[0]]):
            return piece
    if names and names[0] > 0 and _COMPASS_POINT.fullmatch(text, piece[names[0]][0], piece[names[0]][1]):
        return piece  # a part of the country before it named by a point of the compass (中国|東北|地方)
    if names and names[0] > 0 and all(_place_like(u, kata_at) or (u[2] is not None and (
            (u[2].pos1 == "名詞" and u[2].surface.endswith("部")) or u[2].surface in _COUNTRY_LETTERS))
                                      for u in piece[:names[0]]):
        start = names[0]
        before = piece[start - 1][2]
        if before is not None and before.surface in _COMPASS_CHARS:
            start -= 1  # a one-character point of the compass begins the name (南|シナ海, 東|シベリア)
        elif before is not None and before.pos4 != "国" and start + 1 < len(piece) \
                and piece[start + 1][2] is not None and piece[start + 1][2].surface == "族":
            start -= 1  # an ethnic area is named with its place first (広西|チワン族自治区, 寧夏|回族自治区)
        return piece[start:]
    return piece


def _drop_words_of_dictionary_terms(p: _Para) -> None:
    """A katakana word of no known kind inside a term JMdict knows whole is a word of that term, no name of its
    own (ノーベル of ノーベル文学賞)."""
    loose = [m for m in p.mentions if m.kind == "kata" and m.type == ""]
    if not loose:
        return
    text = p.para.text
    for start, end, _ in p.terms:
        inside = [m for m in loose if start <= m.start and m.end <= end and (m.start, m.end) != (start, end)]
        if inside and dictionary_kanji_word(text[start:end]):
            p.mentions = [m for m in p.mentions if m not in inside]


_LIST_JOINER = re.compile(r"や|と|、|・|及び|および")  # (between quoted names of a list: 「…」や「…」)


def _find_quoted(p: _Para) -> None:
    text = p.para.text
    work_ends: set[int] = set()  # where the titles of works found so far close (a list of them: 「桜の園」や「かもめ」)
    listed_after: tuple[int, re.Match | None] = (-1, None)  # where the last quotes closed, the kind word before them
    for m in QUOTED.finditer(text):
        raw = (m.group(1) or m.group(2)).rstrip()
        inner = re.sub(r"\s*[（(][^）)]*[）)]$", "", raw.lstrip())
        s = m.start() + 1 + len(raw) - len(raw.lstrip())  # (『 ぐるなび』: the name starts after the space)
        e = s + len(inner)
        toks = _covering(p.tokens, s, e)
        # (what is held or opens is an event whatever its words: 「みんなで踊ろう」を開催)
        held = _QUOTED_HELD.match(text, m.end()) is not None
        # a kind word right before the quotes types them (英雑誌「…」, 与党「共に民主党」), particles or not
        opener = _QUOTE_OPENERS.search(text[max(0, m.start() - 8):m.start()]) if m.start() >= 1 else None
        if opener is None and listed_after[1] is not None and _LIST_JOINER.fullmatch(text, listed_after[0], m.start()):
            opener = listed_after[1]  # (the next of a list the kind word opens: 有力紙「コメルサント」や「イズベスチヤ」)
        listed_after = (m.end(), opener)
        # (a title, which may be a sentence: 「韓国のための訴え」と題して, 覚書「…を解き放つ」, 団体「森へ行け」)
        work = _work_title(p, m, work_ends)
        # (a name in its own language in brackets after the quotes: 「ヒョウの地」（Земля леопарда）)
        named_abroad = _FOREIGN_NAME_AFTER.match(text, m.end()) is not None
        # (a list or a status a thing is entered in or given: ユネスコの「世界の記憶」に登録, 「テロ支援国家」に指定)
        listed = _LISTED_IN_AFTER.match(text, m.end()) is not None
        # (a kind word right after the quotes names them, a sentence or not: 「プーチンに反対する正午」運動)
        kinded = _KIND_RIGHT_AFTER.match(text, m.end()) is not None
        titled = work or named_abroad or listed or kinded or _TITLED_AFTER.match(text, m.end()) is not None or (
            _CALLED_AFTER.match(text, m.end()) is not None and _called_a_name(toks)) or (
            opener is not None and _QUOTE_OPENER_TYPES[opener.group()] in ("org", "media", "other"))
        if not (held or titled) and any(t.pos1 in ("動詞", "助動詞", "形容詞") for t in toks
                                        if not KATA_RUN.fullmatch(t.surface)):
            continue  # a sentence quoted, not a name
        # (a particle is in many a party's name: 「共に民主党」, where a head of a body ends the quotes)
        named_body = (head := _SUFFIX_RE.search(inner)) is not None and head.start() > 0 \
            and _SUFFIXES[head.group()] == "org"
        if not (held or titled or opener or named_body) and any(t.pos1 == "助詞" and t.surface != "の" for t in toks
                                                                if not KATA_RUN.fullmatch(t.surface)):
            continue
        ctype, quoted_origin = "", ""
        if m.group(2):
            # (a word for a work before the quotes says they hold one's title: 著書『日露戦争　起源と開戦』)
            named_work = opener is not None and _QUOTE_OPENER_TYPES[opener.group()] == "other"
            # (a katakana word of three or more is a title when it is all there is: 『ムーラン』, not 『コロナ後』)
            # (inside 「…」, 『…』 quotes words within a quotation: a title there is a foreign or katakana name,
            # not a phrase around a proper noun, 「…『日本の製造業』が…」)
            nested = text.count("「", 0, m.start()) > text.count("」", 0, m.start())
            if not (re.search(r"[ァ-ヺ]{2}[ァ-ヺー]*[・]?[ァ-ヺー]{2}|[A-Za-z]{2}", inner)
                    or (re.fullmatch(r"[ァ-ヺ][ァ-ヺー・]{2,}", inner) and not nested)
                    or (any(t.is_proper for t in toks) and not nested) or work or (named_work and not nested)):
                continue
            # (a paper's title is a medium's, whatever verb publishes it: 英文で発行した『独立新聞』)
            paper = (head := _SUFFIX_RE.search(inner)) is not None and _SUFFIXES[head.group()] == "media"
            ctype = "other" if (work or named_work) and not paper else "media"
        elif re.search(r"[A-Za-z0-9０-９]", inner) and re.search(r"[ァ-ヺ\u4e00-\u9fff]", inner) and \
                not re.search(r"[年月日周（()）]", inner) and not _QUANTITY.search(inner):
            # a number among the words names a weapon (「火星18」), unless a head of another kind ends them
            # (「第1チャンネル」 is a channel) or a kind word before them says what they name (パイプライン「…2」)
            sm = _SUFFIX_RE.search(inner)
            ctype = _SUFFIXES[sm.group()] if sm and sm.start() > 0 else \
                _QUOTE_OPENER_TYPES[opener.group()] if opener else \
                "" if re.search("[ぁ-ゖ]", inner) else "weapon"  # (「ミグ29引き渡しの兆候」 is a phrase quoted)
        elif not (len(toks) == 1 and toks[0].pos2 == "普通名詞" and not toks[0].unknown):
            # one ordinary word in quotes (ロシアの「内海」) is a figure of speech, whatever head it ends in
            sm = _SUFFIX_RE.search(inner)
            # (a head right after の ends a phrase, not a name: 「春と修羅の道」)
            if sm and sm.start() > 0 and inner[sm.start() - 1] != "の" and not inner.endswith(_GENERIC_PARTIES):
                ctype = _SUFFIXES[sm.group()]
                if ctype == "weapon" and _QUANTITY.search(inner):
                    ctype = ""  # a class of figures (135ポンド級), not a class of ships
        if not ctype and m.group(1) and _QUOTED_LANDMARK.fullmatch(inner):
            ctype = "place"  # a landmark named in quotes, a thing's and its kind (「ソロヴェツキーの石」, 「露朝友好の家」)
        if not ctype and (kind := _QUOTED_KIND_END.search(inner)) and kind.start() >= 2:
            # the kind word may end the quotes themselves (「新北方政策」, 「春の嵐作戦」)
            ctype = _QUOTED_KINDS[kind.group()]
        if not ctype and opener:
            ctype = _QUOTE_OPENER_TYPES[opener.group()]
        if not ctype and (kind := _QUOTE_OPENERS.search(inner)) and kind.start() > 0 and \
                any(t.is_proper or KATA_RUN.fullmatch(t.surface) for t in toks if t.end <= s + kind.start()):
            # a name, then a kind word, ends the quotes (「ハサン・羅津プロジェクト」; not 「戦略的企業」)
            ctype = _QUOTE_OPENER_TYPES[kind.group()]
        if not ctype and m.start() >= 1:
            # the kind word may carry its abbreviation in brackets (大陸間弾道ミサイル（ICBM）「…」)
            bare = re.sub(r"[（(][^（）()]{1,12}[）)]$", "", text[max(0, m.start() - 20):m.start()])
            kind = _QUOTE_OPENERS.search(bare[-8:]) if bare else None
            if kind:
                ctype = _QUOTE_OPENER_TYPES[kind.group()]
        if not ctype:
            # a kind word after the quotes types them (「青い傘」などのグループ, 「春の嵐」作戦)
            kind = _QUOTED_KIND.match(text, _QUOTED_LIST_REST.match(text, m.end()).end())
            if kind:
                ctype = _QUOTED_KINDS[kind.group("kind")]
                # (a country's word with the kind says whose: 「カチューシャ」などロシア民謡, a Russian song)
                quoted_origin = orig.origin_words().get(kind.group("country") or "", "")
            elif held:
                ctype = "event"  # what is held or opens is an event (「…」を初開催, 「…」が開幕)
            elif titled:
                ctype = "other"  # a speech's, a book's or a paper's title (「韓国のための訴え」と題して)
        if listed and ctype:
            ctype = "other"  # a status or a list, whatever its last word (「望ましくない団体」に指定: no body)
        if work:
            work_ends.add(m.end())
            # the people a work's title names are its characters (「カラマーゾフの兄弟」), no one the text speaks of
            p.mentions = [k for k in p.mentions if not (s <= k.start and k.end <= e and k.type == "person")]
        if not ctype and LATIN_DESIGNATION.fullmatch(inner.translate(_FULL_WIDTH_ASCII)) \
                and not (_GROUP_NAME.match(inner) or _YEAR_OR_ISSUE.search(inner)):
            # a model's designation alone in quotes (旅客機「MC21」, エンジン「PD14」) names a product; a weapon
            # when a kind of weapon is near it
            ctype = "weapon" if _weapon_kind_near(text, s, e) else "other"
        vessel = _VESSEL_AFTER.match(text, m.end()) is not None
        if vessel:
            ctype = "other"  # a ship's, a train's or a spacecraft's name (「万景峰」号), whatever place it is named for
        vessel_inside = _VESSEL_NAME.fullmatch(inner) if ctype in ("", "other", "weapon") else None
        if vessel_inside:
            ctype = "other"  # and so with 号 inside the quotes (スクーナー「ヘダ号」): the name alone is one too
        if ctype or re.fullmatch(r"[ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]{2,})+", inner):
            # (katakana words joined by ・ in quotes are one name, whatever the words: 「ソユーズ・ボストーク」)
            # a reading in brackets inside the name is none of its spelling, but the reading of the words before it,
            # a short name of the same thing (「元山葛麻（ウォンサン・カルマ）海岸観光地区」)
            read = _INNER_READING.search(inner)
            name = _INNER_READING.sub("", inner)
            # (the vessel's name is written with 号 too, unquoted: 万景峰号)
            p.mentions.append(Mention(s, e, name, "quoted", type=ctype, origin=quoted_origin,
                                      readings=[read.group(1)] if read else [],
                                      aliases=([inner[:read.start()]] if read else []) + [name + "号"] * vessel
                                      + ([vessel_inside.group(1)] if vessel_inside else [])))
            if m.group(1):
                # the words of a name in 「」 are no terms of their own (a title in 『』 may hold a body's name)
                p.terms = [t for t in p.terms if not (s <= t[0] and t[1] <= e)]
                # and common words of a kind of body right before the name describe the body it names, no body of
                # their own (国立映画保存機関「ゴスフィルモフォンド」)
                p.mentions = [k for k in p.mentions if not (
                    k.end == m.start() and k.type == "org" and _DESCRIBES_A_BODY.search(k.text) and all(
                        t.pos2 == "普通名詞" or t.pos1 in ("接頭辞", "接尾辞") for t in _covering(p.tokens, k.start, k.end)))]


# A work's title in quotes: after its author (ドストエフスキーの「カラマーゾフの兄弟」), after a verb of writing,
# publishing or staging (上演した「復活」), or before one (「…」を刊行, 「…」の新訳)
_WORK_VERB_BEFORE = re.compile(r"(?:上演|出版|刊行|翻訳|発表|執筆|放送|公開|創刊|発行|演奏|主演|発売|歌っ|書い|描い|訳し)"
                               r"(?:た|した|する|される|された|ている|ていた|している|していた)$")
_WORK_AFTER = re.compile(r"(?:を|が|は)(?:上演|出版|刊行|翻訳|発表|放送|公開|創刊|発行|演奏|朗読|執筆|発売|愛読|映画化|舞台化|ドラマ化)"
                         r"|の(?:新訳|翻訳|邦訳|著者|作者|原作|劇中歌|主題歌|主人公|初版|原文|原書|続編|映画化|舞台化)")
_QUOTATION_AFTER = re.compile(r"(?:と|って|など[との])")  # words quoted as said or written: no title
_LIST_JOINT_END = re.compile(r"[」』](?:や|と|、|・)$")
_BRACKET_END = re.compile(r"[（(][^（）()]{1,40}[）)]$")
_FOREIGN_NAME_AFTER = re.compile(r"[（(]\s*[А-ЯЁ\uac00-\ud7a3][А-Яа-яЁё\uac00-\ud7a3\s\-]*[）)]")


def _work_title(p: _Para, m: re.Match, work_ends: set[int]) -> bool:
    """Whether the quotes `m` hold the title of a work (a book, a play, a song, a film): its author's name and の
    before them, a verb of writing or staging on either side, or another title before them in a list."""
    text = p.para.text
    said = _QUOTATION_AFTER.match(text, m.end())
    # (と before another title or a name joins a list: 「死せる魂」とプーシキンの『大尉の娘』)
    if said and not (said.group() == "と" and (text.startswith(("「", "『"), said.end())
                                               or any(k.start == said.end() for k in p.mentions))):
        return False
    if _WORK_AFTER.match(text, m.end()) or _WORK_VERB_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return True
    joint = _LIST_JOINT_END.search(text, max(0, m.start() - 2), m.start())
    if joint and joint.start() + 1 in work_ends:
        return True  # (「桜の園」や「かもめ」: a list of titles)
    if not text.startswith("の", m.start() - 1):
        return False
    # (the author's name in its own letters may come between: ブルガーコフ（Mikhail Bulgakov）の『…』)
    author_end = m.start() - 1
    bracket = _BRACKET_END.search(text, max(0, author_end - 42), author_end)
    if bracket:
        author_end = bracket.start()
    # (a katakana name not yet typed may be the author's too: アレクシエービッチの「…」)
    return any(k.end == author_end and (k.type == "person" or (k.type == "" and k.kind == "kata")) for k in p.mentions)


# a landmark's name in quotes: words without particles, の and the kind of landmark (「ツォイの壁」, 「盤亀川の岩刻画」)
_QUOTED_LANDMARK = re.compile(r"[ァ-ヺー・\u4e00-\u9fff々]{2,12}の(?:壁|石|家|碑|記念碑|塔|像|宮殿|岩刻画|墓|丘|門|広場)")
_VESSEL_AFTER = re.compile(r"号(?![\u4e00-\u9fff々])")  # (「…」号外 is an extra edition)
_VESSEL_NAME = re.compile(r"([ァ-ヺー]{2,}|[\u4e00-\u9fff々]{2,})号")  # (not 「光明星3号」: a number of a series)
# a ship's katakana name with 号, unquoted, after the word for its kind (情報収集艦プエブロ号, 貨物船ダイヤモンド号)
_VESSEL_AFTER_KIND = re.compile(r"(?<=[艦船])([ァ-ヺー]{2,12})号(?![\u4e00-\u9fff々])")


def _find_named_vessels(p: _Para) -> None:
    """A ship named after the word for its kind, with 号, is a name of its own (米情報収集艦プエブロ号); its
    name without 号 (プエブロ) is another spelling of it."""
    text = p.para.text
    for m in _VESSEL_AFTER_KIND.finditer(text):
        if any(k.start <= m.start() and m.end() <= k.end for k in p.mentions if k.kind == "quoted"):
            continue
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="other", proper=True,
                                  aliases=[m.group(1)]))


_INNER_READING = re.compile(r"[（(]([ァ-ヺー・]{2,20})[）)](?!$)")
_QUOTED_KINDS = {row[0]: row[1] for row in data_lines("quoted_kinds.tsv")}
_QUOTE_OPENER_TYPES = {row[0]: row[1] for row in data_lines("quote_openers.tsv")}
_QUOTE_OPENERS = _EndTable(_QUOTE_OPENER_TYPES)
_WEAPON_KIND = re.compile("|".join(sorted((re.escape(k) for k, kind in _QUOTE_OPENER_TYPES.items() if kind == "weapon"),
                                          key=len, reverse=True)))
_QUOTED_KIND_WORDS = "|".join(map(re.escape, sorted(_QUOTED_KINDS, key=len, reverse=True)))  # longest first
# (など, then a country's word, may come between: 「カリンカ」などロシア民謡)
_QUOTED_KIND = re.compile(r"(?:などの|など(?P<country>[ァ-ヺー]{2,6}|[\u4e00-\u9fff]{1,2})?|という|と呼ばれる|"
                          r"と名乗る|の)?(?P<kind>" + _QUOTED_KIND_WORDS + r")(?![\u4e00-\u9fff々ァ-ヺー])")
_KIND_RIGHT_AFTER = re.compile("(?:" + _QUOTED_KIND_WORDS + r")(?![\u4e00-\u9fff々ァ-ヺー])")
# the other quoted names of a list after one, whose kind word follows the last (「カチューシャ」や「カリンカ」など…)
_QUOTED_LIST_REST = re.compile(r"(?:(?:や|と|、)「[^「」。、]{2,25}」)*")
_QUOTED_KIND_END = re.compile("(?:" + _QUOTED_KIND_WORDS + ")$")
_TITLED_AFTER = re.compile(r"と題(?:し|する|した|され)")
_LISTED_IN_AFTER = re.compile(r"に(?:登録|指定|選定|認定)(?:し|する|され|さ|の)")
# what the words in quotes are called (「祖国解放戦争勝利の日」と呼び)
_CALLED_AFTER = re.compile(r"と(?:呼(?:ぶ|び(?!かけ)|んで|んだ|ばれ)|名付け|命名)")  # (not と呼びかけ, 'call on')


def _called_a_name(toks: list) -> bool:
    """Whether quoted words something is called are a name: not one common word or compound (「愛国者」と呼んだ),
    nor a likeness to a person, whose name is a name of its own (「朝鮮のガンジー」と呼ばれた)."""
    return not all(t.pos2 == "普通名詞" or t.pos1 in ("接頭辞", "接尾辞") for t in toks) and \
        not any(t.pos3 == "人名" for t in toks)


_QUOTED_HELD = re.compile(r"(?:を|が)(?:初|初めて|新たに|今年も|今年)?(?:開催|開幕|開く|開き|開いた|開かれ)")


# A number with a counter or a rate in quotes (「10万人あたり1.0人」, 「135ポンド級」) is a figure, not a designation
_QUANTITY = re.compile(r"[0-9０-９][0-9０-９.,．，]*\s*(?:万|億|千|百|人|件|回|個|円|ドル|ユーロ|倍|割|度|%|％|歳|位|点|級|"
                       r"キロ|メートル|センチ|トン|パウンド|ポンド|時間|分|秒|カ月|か月|ヶ月|週|階|枚|発|隻|台|票|校|社|番)"
                       r"|あたり|当たり|以上|以下|未満|約")


_CREDIT = re.compile(r"(?:写真|画像|映像|撮影|写真提供)\s*[：:]\s*([^\s、，,。（）()「」]{2,30})")


# A Latin brand written with an exclamation mark, glued to what follows (Yahoo!ニュース)
_LATIN_BANG = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.&]*!(?=[ァ-ヺ\u4e00-\u9fff])")


def _find_bang_brands(p: _Para) -> None:
    """A Latin brand with its exclamation mark before a medium's or body's head is one name (Yahoo!ニュース):
    the mark would otherwise end the sentence and cut the name."""
    text = p.para.text
    for m in _LATIN_BANG.finditer(text):
        head = _head_at(text, m.end())
        if head in ("media", "org"):
            n = next(n for n in _SUFFIX_LENGTHS if text[m.end():m.end() + n] in _SUFFIXES)
            e = m.end() + n
            if not re.match(r"[ァ-ヺー\u4e00-\u9fff々]", text[e:e + 1]):
                p.mentions.append(Mention(m.start(), e, text[m.start():e], "quoted", type=head))


# A name with a number written on (乃木坂46, AKB48-like groups, ロシア24-like channels, 東京2020): the number
# ends the name where a space, punctuation or kana follows, not a counter (2020年, 46人). Found from the number
# (digits are rarer than letters), the name then read back from it.
# (a digit first, then the look back: the scan stops at digits only)
_NUMBER_AFTER_NAME = re.compile(r"[0-9０-９](?<=[\u4e00-\u9fff々ァ-ヺー][0-9０-９])[0-9０-９]{0,3}"
                                r"(?=[\s、。・，,「」『』()（）!！?？]|[ぁ-ゖ]|型機|$|"
                                r"(?:戦闘|爆撃|攻撃|輸送|偵察|哨戒|迎撃)機)")  # (ボーイング747型機, ミグ17戦闘機)
_NAME_BEFORE_NUMBER = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]{2,8}$")
_LETTER_OR_DIGIT = re.compile(r"[\u4e00-\u9fff々ァ-ヺーA-Za-z0-9０-９]")


# a name in kanji or katakana with a model number (轟6K, ツポレフ95MS)
_NUMBERED_DESIGNATION = re.compile(r"[ァ-ヺー\u4e00-\u9fff々]{1,8}[0-9]{1,4}[A-Z]{0,3}")
_DESIGNATION_HINT = re.compile(r"[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ]{0,3}[-‐－]?[\d０-９]")  # cheap test before the finder runs
_FULL_WIDTH_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # ！..～ → !..~
# a group's name (G7, G20, P5, E3) is no weapon, whatever the sentence is about (B52 and F16 may be)
_GROUP_NAME = re.compile(r"^[GPE]\d{1,2}$")
_YEAR_OR_ISSUE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year in it: a fiscal year, an edition
_WEAPON_NEAR = 20  # characters between a designation and the kind of weapon it designates
_LIST_JOINT = re.compile(r"[」』]?(?:や|と|、|,|・|及び|および)?[「『]?")  # between two items of a list


def _weapon_kind_near(text: str, start: int, end: int) -> bool:
    """Whether a kind of weapon (戦闘機, ミサイル) is written within _WEAPON_NEAR characters of text[start:end],
    in its sentence."""
    return any(not re.search(r"[。！？!?]", text[min(k.end(), start):max(k.start(), end)])
               for k in _WEAPON_KIND.finditer(text, max(0, start - _WEAPON_NEAR), end + _WEAPON_NEAR))


def _find_designations(p: _Para) -> None:
    """A Latin designation in a sentence that names a kind of weapon near it is a weapon: before it
    (Su-34|戦闘爆撃機), after it, or over a list (短距離弾道ミサイル「KN-23」や「KN-24」, Su-35戦闘機やSu-57).
    Where a kind directly precedes the designation, _compound_chunk has found it already."""
    text = p.para.text
    weapons = {(m.start, m.end) for m in p.mentions if m.type == "weapon"}
    # a designation found in quotes with no kind of weapon near it may be the next in a list of weapons
    quoted = {(m.start, m.end): m for m in p.mentions if m.kind == "quoted" and m.type == "other"}
    taken = [(m.start, m.end) for m in p.mentions if (m.start, m.end) not in quoted]
    last_end = -1  # where the last weapon designation ended: the next one in its list is a weapon too
    # full-width letters and digits (ＫＮ２４, as typeset news prints them) are read as their ASCII twins,
    # one character for one, so every offset stays where it is
    for m in LATIN_DESIGNATION.finditer(text.translate(_FULL_WIDTH_ASCII)):
        s, e = m.span()
        if (s, e) in weapons:
            last_end = e
        if _GROUP_NAME.match(m.group()) or _YEAR_OR_ISSUE.search(m.group()) or text.startswith("号", e) \
                or any(ms <= s and e <= me for ms, me in taken):
            continue  # (FY2023-2号 is an issue of a report)
        listed = last_end >= 0 and _LIST_JOINT.fullmatch(text, last_end, s) is not None
        # (a designation made in a country, 米国製F16, is a weapon in the texts this reads)
        if listed or text.endswith("製", 0, s) or _weapon_kind_near(text, s, e):
            if (s, e) in quoted:
                quoted[s, e].type = "weapon"
            else:
                p.mentions.append(Mention(s, e, text[s:e], "compound", type="weapon", proper=True))
            last_end = e
    for m in [m for m in p.mentions if m.type == "weapon"]:
        # a weapon's designation, then its name in quotes (KF21「ポラメ」, Su-57「フェロン」): two names of one weapon,
        # its kind perhaps between them (K2戦車「黒豹」)
        kind = _WEAPON_KIND.match(text, m.end)
        opened = kind.end() if kind is not None else m.end
        if not text.startswith(("「", "『"), opened):
            continue
        named = next((k for k in p.mentions if k.start == opened + 1 and _QUOTE_CLOSE.match(text, k.end)
                      and k.type in ("", "other", "weapon")), None)
        if named is not None and LATIN_DESIGNATION.fullmatch(m.text.translate(_FULL_WIDTH_ASCII)):
            named.type = "weapon"
            m.aliases.append(named.text)


_QUOTE_CLOSE = re.compile(r"(?:[（(][^（）()]{1,20}[）)])?[」』]")  # (with a reading before it: 「黒豹（フクピョ）」)


# Korea's provinces (North and South), which UniDic may cut across their last character (平安|北|道東|倉|里)
_KOREAN_PROVINCE = re.compile(r"(?:平安|咸鏡|黄海|忠清|全羅|慶尚)[南北]道|(?:京畿|江原|慈江|両江|済州)道")
_NORTH_PROVINCES = ("平安", "咸鏡", "黄海", "慈江", "両江")
# the cities each Korea governs as a province: the counties and districts written after one (平壌市|江東郡,
# ソウル市|江南区) are that Korea's
_KOREAN_CITY = re.compile(r"(?P<ko_north>(?:平壌|南浦|羅先|開城)(?:直轄|特級|特別)?市)"
                          r"|(?P<ko_south>(?:ソウル|釜山|仁川|大邱|大田|光州|蔚山|世宗)(?:特別自治|特別|広域)?市)")
# the last character of a town, county or village after its province (平安北道|東倉里), whose name is one to four
# characters before it
_LOCALITY_UNITS = frozenset("里郡市邑洞島山港郷")
_CITY_LOCALITY_UNITS = _LOCALITY_UNITS | frozenset("区域")  # and a city's districts (中区域, 江南区)


# a town's or county's reading in katakana, then its unit in kanji (ミョチョン郡, ヨンビョン郡)
_KANA_LOCALITY = re.compile(r"[ァ-ヺ]{2,8}[郡里市邑洞]")


# words after a place that say someone comes from it (恵山市|出身)
_ORIGIN_AFTER = frozenset(("出身", "出身者"))
# last words that make a description of the words before them, not a term (平壌|出身, 国防省|傘下)
_DESCRIBING_TAILS = _ORIGIN_AFTER | {"傘下"}
_BODY_ENDS_BEFORE_MEMBER = frozenset("隊団党")  # (突撃隊|員, 楽団|員: a member of the body)
# words for a time before or after the words before them (会談|後, 独立|以降, 訪問|中)
_TIME_TAILS = frozenset(("後", "前", "中", "以降", "以後", "以前", "以来", "直後", "直前", "当時"))


def _province_side(province: str) -> str:
    """The Korea a province of Korea is in; "ko" for 江原道, a province of each."""
    return "ko" if province.startswith("江原") else \
        "ko_north" if province.startswith(_NORTH_PROVINCES) else "ko_south"


def _place_in_province(p: _Para, start: int | None, end: int | None, province: str) -> None:
    """The place mention from `start` to `end` (either may be None: any) lies in the Korean `province`: a
    Korean place, of the province's Korea where only one has such a province (not Japan's 東海, Tokai)."""
    for place in p.mentions:
        if place.type == "place" and place.origin in ("", "unknown", "ja") and \
                (start is None or place.start == start) and (end is None or place.end == end):
            place.origin = _province_side(province)


def _place_in_bracketed_province(p: _Para, bracket: re.Match) -> None:
    """A place, then the Korean province it lies in, in brackets (東海港（江原道））."""
    province = _KOREAN_PROVINCE.fullmatch(bracket.group(1).strip())
    if province is not None:
        _place_in_province(p, None, bracket.start(), province.group())


_BRACKETED_READING = re.compile(r"[（(][ァ-ヺー・]{2,}[）)]")


def _find_provinces(p: _Para) -> None:
    """A Korean province, and the places written right after it (平安北道東倉里): an address of places."""
    text = p.para.text
    for m in _KOREAN_PROVINCE.finditer(text):
        side = _province_side(m.group())
        # (the province's reading may come between: 慶尚北道（キョンサンプクト）鬱陵郡)
        reading = _BRACKETED_READING.match(text, m.end())
        after = reading.end() if reading else m.end()
        if text.startswith("の", after):
            _place_in_province(p, after + 1, None, m.group())  # (江原道の東海港)
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "address", type="place", origin=side, proper=True))
        # no Japanese full name holds a Korean province (黄|海南|道康, read as a surname and a given name)
        p.mentions = [x for x in p.mentions if not (x.kind == "jp" and x.start < m.end() and m.start() < x.end)]
        run = KANJI_RUN.match(text, after)
        kana_locality = _KANA_LOCALITY.match(text, after) if run is None else None
        if kana_locality is not None:
            # a town's reading in katakana with its unit (咸鏡北道|ミョチョン郡): a place of that Korea
            p.mentions.append(Mention(after, kana_locality.end(), kana_locality.group(), "address", type="place",
                                      origin=side, proper=True))
            _drop_terms(p, m.start(), kana_locality.end())
        if run is None:
            continue
        # (咸鏡北道|吉州郡|豊渓里: each unit a place of its own; 両江道|恵山市|出身: where one comes from)
        localities = _localities(text, after, run.end())
        if localities is None and run.end() - after == 2 and text.startswith("の", run.end()) \
                and not dictionary_kanji_word(run.group()):
            # a county written without its unit, then の (咸鏡北道|慶源の貧しい家): a place, no word of the language
            localities = [(after, run.end())]
        if localities is None and _BRACKETED_READING.match(text, run.end()):
            # localities, then a place without its unit that a reading reads (清州市|梧倉（オチャン）): the
            # localities before it are places (the reading's place is found with its gloss)
            localities = next((found for cut in range(run.end() - 2, after + 1, -1)
                               if (found := _localities(text, after, cut))), None)
        for start, end in localities or ():  # (none: not all localities)
            p.mentions.append(Mention(start, end, text[start:end], "address", type="place", origin=side,
                                      proper=True))


# a county of two kanji, a run of its own (蔚州郡, 咸安郡): not 'the same', 'all', 'each' county (同郡, 全郡)
_TWO_KANJI_COUNTY = re.compile(r"(?<![\u4e00-\u9fff々])(?![同全各本当隣両他])[\u4e00-\u9fff]{2}郡")


# (the same cities, with 市 or without)
_KOREAN_CITY_NAME = re.compile(_KOREAN_CITY.pattern.replace("市)", "市?)"))


def _korean_side_named(text: str) -> str:
    """The Korea a text names by a city or province only one Korea has (蔚山市, 平安北道); "ko" where it names a
    Korea otherwise; "" where it names none."""
    city = _KOREAN_CITY_NAME.search(text)
    if city is not None:
        return city.lastgroup or "ko"
    province = _KOREAN_PROVINCE.search(text)
    if province is not None:
        return _province_side(province.group())
    return "ko" if _KOREA_NAMED.search(text) else ""


def _find_counties(p: _Para) -> None:
    """A county named in two kanji UniDic does not know as a word (蔚州郡, read 蔚 a symbol and 州郡 'provinces and
    counties'), written alone or before a word of where around it: a place, Korean in a paragraph naming a Korea
    or a Korean city."""
    text = p.para.text
    for m in _TWO_KANJI_COUNTY.finditer(text):
        if KANJI_RUN.match(text, m.end()) and not text.startswith(_PLACE_AFTER + _WITHIN_PLACE, m.end()):
            continue
        if dictionary_kanji_word(m.group()[:2]) or dictionary_kanji_word(m.group()[1:]):
            continue
        if any(x.start <= m.start() and m.end() <= x.end and x.type == "place" for x in p.mentions) or \
                any(x.start < m.end() and m.start() < x.end and x.type not in ("place", "") for x in p.mentions):
            continue  # already found, or part of another name
        _clear_span(p, m.start(), m.end())
        side = _korean_side_named(text)
        # (a county beside a city or province of one Korea is that Korea's, as an address says)
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "address" if side in ("ko_north", "ko_south")
                                  else "compound", type="place", proper=True, origin=side))


# a county of two kanji right after a province, alone or before a word of where around it (黒竜江省|依蘭県|付近)
_COUNTY_OF_PROVINCE = re.compile(r"(?<=省)[\u4e00-\u9fff]{2}県(?=[^\u4e00-\u9fff々]|$|" + "|".join(_PLACE_AFTER) + ")")


def _find_counties_of_provinces(p: _Para) -> None:
    """A county written right after the province it lies in (黒竜江省依蘭県): a place, as its province is. A
    county of Japan's, with its prefecture (県), is written after no 省. In a province in kanji, it is China's."""
    text = p.para.text
    for m in _COUNTY_OF_PROVINCE.finditer(text):
        province = next((x for x in p.mentions if x.end == m.start() and x.type == "place"), None)
        if province is None or any(x.start < m.end() and m.start() < x.end and x.type not in ("place", "")
                                   for x in p.mentions):
            continue
        _clear_span(p, m.start(), m.end())
        # (a province in kanji is China's; Vietnam's, in katakana, are provinces too: タインホア省)
        side = "zh" if KANJI_RUN.fullmatch(province.text) else province.origin
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="place", proper=True,
                                  origin=side))


def _find_cities(p: _Para) -> None:
    """A proper noun in kanji written with 市 after it (丹東市, 光州市, 金泉市), alone or before a word of where within it
    (丹東市|内): one place, which build_entries groups with the name written without its unit. A katakana place
    before 市 (ソウル市) is the place written alone: 市 makes no term of it."""
    text, tokens = p.para.text, p.tokens
    lexemes, ends = tokens.lexemes, tokens.ends
    at = text.find("市")
    while at > 0:
        k = tokens.first_ending_after(at)
        # (any proper noun before 市 names a city: UniDic takes many a Korean city for a surname, 金泉|市)
        place_before = k >= 1 and ends[k] == at + 1 and lexemes[k][0] == "市" and lexemes[k - 1][3] == "固有名詞" \
            and lexemes[k - 1][5] != "国" and KANJI_RUN.fullmatch(lexemes[k - 1][0]) is not None
        if place_before and (not KANJI_RUN.match(text, at + 1) or text.startswith(_WITHIN_PLACE, at + 1)):
            start = tokens.start(k - 1)
            if len(lexemes[k - 1][0]) == 1 and k >= 2 and ends[k - 2] == start and lexemes[k - 2][3] == "固有名詞" \
                    and len(lexemes[k - 2][0]) == 1 and KANJI_RUN.fullmatch(lexemes[k - 2][0]):
                start -= 1  # a city's two kanji that UniDic reads as two names (竜|仁|市): one name
            p.mentions.append(Mention(start, at + 1, text[start:at + 1], "compound", type="place", proper=True))
            _drop_terms(p, start, at + 1)
        elif not KANJI_RUN.match(text, at + 1) or text.startswith(_WITHIN_PLACE, at + 1):
            kana_place = next((m for m in p.mentions if m.end == at and m.kind == "kata" and m.type in (
                "place", "", "other", "person")), None)
            if kana_place is not None:
                # (a katakana word no finder typed, or took for a person's, is a city's name before 市: チョンジン市)
                kana_place.type = "place"
                _drop_terms(p, kana_place.start, at + 1)
        at = text.find("市", at + 1)


def _find_city_districts(p: _Para) -> None:
    """The counties and districts written right after a city one Korea governs as a province (平壌市江東郡,
    ソウル市江南区): an address of places of that Korea."""
    text = p.para.text
    for m in _KOREAN_CITY.finditer(text):
        run = KANJI_RUN.match(text, m.end())
        if run is None or (m.start() > 0 and KANJI_RUN.match(text, m.start() - 1)):
            continue  # (not a city written inside a longer kanji word)
        localities = _localities(text, m.end(), run.end(), _CITY_LOCALITY_UNITS) or []
        for start, end in localities:
            p.mentions.append(Mention(start, end, text[start:end], "address", type="place", origin=m.lastgroup,
                                      proper=True))
        if len(localities) == 1:
            # the district written with its city (ソウル市中区) is a spelling of it, no term of its own
            p.mentions[-1].aliases.append(text[m.start():localities[0][1]])
            _drop_terms(p, m.start(), localities[0][1])


# a place's kanji, its katakana reading, then its unit (義城（ウィソン）郡, 安東（アンドン）市): Japanese media
# read a Korean town's name before the word for what it is
_UNIT_READ_APART = re.compile(r"([\u4e00-\u9fff々]{2,12})（[ァ-ヶー・]{2,12}）([市郡道区邑面里洞島村])"
                              # (not a title: 郡守, 市長)
                              r"(?=[^\u4e00-\u9fff々]|$|内|一帯|全域|周辺|全体)")
# words after a place that say where within it (義城郡|内)
_WITHIN_PLACE = ("内", "一帯", "全域", "周辺", "全体")


def _read_apart_stem(text: str, run_start: int, run_end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the place read apart from its unit starts in the kanji run before its reading, and the places
    written before it in the run (慶尚北道|義城, 蔚山市|蔚州); None when the run is more than places."""
    for start in range(run_end - 2, max(run_start, run_end - 4) - 1, -1):  # (most Korean places have two)
        before = text[run_start:start]
        if not before:
            return start, []
        if _KOREAN_PROVINCE.fullmatch(before):
            return start, [(run_start, start)]
        localities = _localities(text, run_start, start)
        if localities:
            return start, localities
    return None


def _units_read_apart(text: str) -> Iterator[tuple[int, int, str, list[tuple[int, int]]]]:
    """Each place read apart from its unit in `text` (慶尚北道義城（ウィソン）郡): where its kanji start and end,
    its unit, and the places written before it in the same run (慶尚北道)."""
    for m in _UNIT_READ_APART.finditer(text):
        run_start = m.start(1)
        if text[run_start] in "市郡道区" and run_start > 0 and KATA_RUN.match(text[run_start - 1]):
            run_start += 1  # (a town in katakana, its unit, then the place: ソウル市|麻浦（マポ）区)
        found = _read_apart_stem(text, run_start, m.end(1))
        if found is not None:
            yield found[0], m.end(1), m.group(2), found[1]


def _find_units_read_apart(p: _Para) -> None:
    """A place read apart from its unit (慶尚北道義城（ウィソン）郡): the kanji before the reading are a place,
    and so are the places before it in the same run; the unit joins them again when entries are built."""
    text = p.para.text
    for start, end, _, before in _units_read_apart(text):
        # (河回（ハフェ）村 is a village, not a man surnamed 河)
        p.mentions = [x for x in p.mentions if not (x.kind in _PERSON_KINDS and (x.start, x.end) == (start, end))]
        for s, e in [*before, (start, end)]:
            p.mentions.append(Mention(s, e, text[s:e], "address", type="place", proper=True))


# a river whose 川 UniDic reads into a word for its bank (ドナウ|川沿い, ボルガ|川岸, セーヌ|河畔)
_RIVER_IN_BANK_WORD = re.compile(r"(?<![ァ-ヺー・＝=])[ァ-ヺー]{2,}(?:[・＝=][ァ-ヺー]{2,})*[川河](?=沿い|岸|辺|べり|畔)")


def _find_rivers_by_bank(p: _Para) -> None:
    """A katakana name before 川沿い, 川岸, 河畔… is a river: the name and its 川 (ドナウ川)."""
    for m in _RIVER_IN_BANK_WORD.finditer(p.para.text):
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="place", proper=True))


def _type_units_read_apart(analysed: list[_Para]) -> None:
    """A place written with its unit (義城郡) where its file reads it apart from the unit elsewhere
    (義城（ウィソン）郡) is that place: a term cut so (義城郡内, a place unknown to UniDic) becomes it."""
    forms: dict[str, set[str]] = defaultdict(set)
    for p in analysed:
        if "）" in p.para.text:
            forms[p.para.file].update(p.para.text[start:end] + unit
                                      for start, end, unit, _ in _units_read_apart(p.para.text))
    for p in analysed:
        known = forms.get(p.para.file)
        if not known:
            continue
        text, added = p.para.text, False
        for form in known:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                clash = [m for m in p.mentions if m.start < end and at < m.end]
                cut = [m for m in clash if m.start == at and m.type not in NAMED_TYPES
                       and (m.end == end or text[end:m.end] in _WITHIN_PLACE)]
                if clash == cut:
                    for m in cut:
                        p.mentions.remove(m)
                    p.terms = [t for t in p.terms
                               if not (t[0] == at and (t[1] == end or text[end:t[1]] in _WITHIN_PLACE))]
                    new = Mention(at, end, form, "address", type="place", proper=True)
                    _locate(p, new, {})
                    p.mentions.append(new)
                    added = True
                at = text.find(form, end)
        if added:
            p.mentions.sort(key=lambda m: m.start)


# a name in quotes that ends in its number (「シベリアの力2」): the same words without it name the first of the series
_NUMBERED_IN_SERIES = re.compile(r"(?P<stem>.{2,}?[^0-9０-９\-－ー・ ])[\-－ー・ ]?[0-9０-９]{1,2}")


def _find_series_firsts(analysed: list[_Para]) -> None:
    """The words of a numbered name in quotes found in a file (パイプライン「シベリアの力2」), quoted without the
    number elsewhere in it (既存の「シベリアの力」), name the first of the series: a thing of the same kind."""
    firsts: dict[str, dict[str, Mention]] = defaultdict(dict)
    for p in analysed:
        for m in p.mentions:
            if m.kind == "quoted" and m.type and (numbered := _NUMBERED_IN_SERIES.fullmatch(m.text)):
                firsts[p.para.file].setdefault(numbered.group("stem"), m)
    for p in analysed:
        known = firsts.get(p.para.file)
        if not known or "「" not in p.para.text:
            continue
        text, added = p.para.text, False
        for stem, model in known.items():
            for hit in re.finditer("「(" + re.escape(stem) + ")」", text):
                s, e = hit.span(1)
                if any(m.start < e and s < m.end and m.kind == "quoted" for m in p.mentions):
                    continue
                _drop_terms(p, s, e)  # (a place named inside stays one: シベリア)
                p.mentions.append(Mention(s, e, stem, "quoted", type=model.type, origin=model.origin))
                added = True
        if added:
            p.mentions.sort(key=lambda m: m.start)


def _clear_span(p: _Para, start: int, end: int) -> None:
    """Forget the mentions inside start..end and the terms overlapping it: a name found there is one word."""
    p.mentions = [x for x in p.mentions if not (start <= x.start and x.end <= end)]
    _drop_terms(p, start, end)


def _words_between(p: _Para, start: int, end: int) -> int:
    """How many tokens the text from `start` to `end` spans."""
    return p.tokens.first_ending_after(end - 1) - p.tokens.first_ending_after(start) + 1


# a phrase of kanji or katakana words, then the words that join it to the next (完全かつ, 検証可能で, 不可逆的な)
_CHAINED_PHRASE = re.compile(r"([\u4e00-\u9fff々ァ-ヺー]{2,})(?:かつ|及び|および|で|な|と)$")


def _chained_phrases_start(p: _Para, start: int, end: int, letters: int) -> int:
    """Where a term an acronym glosses begins if the acronym has a letter for each phrase joined to it by かつ, で,
    な or と (完全かつ検証可能で不可逆的な非核化（CVID）: complete, verifiable, irreversible denuclearization):
    each phrase gives the acronym one letter, or one a word, and two phrases or more must come before the term.
    `start` if no such chain can spell the acronym."""
    fewest, most, at, found = 1, _words_between(p, start, end), start, start
    while fewest < letters:
        phrase = _CHAINED_PHRASE.search(p.para.text, max(0, at - 24), at)
        if phrase is None or phrase.end() != at:
            break
        fewest, most, at = fewest + 1, most + _words_between(p, phrase.start(), phrase.end(1)), phrase.start()
        if fewest <= letters <= most and fewest >= 3:
            found = at
    return found


# a kanji noun and の, right before a glossed term
_COMMON_NOUN_OF = re.compile(r"([\u4e00-\u9fff]{2,3})の$")


def _name_word_within(p: _Para, start: int, end: int) -> bool:
    """True when a proper noun, a katakana word or a Latin one lies within start..end: what a head that needs a
    name before it (線, 広場) needs (京義|線, not 軍事境界|線)."""
    if re.search(r"[ァ-ヺA-Za-zＡ-Ｚａ-ｚ]", p.para.text[start:end]):
        return True
    tokens = p.tokens
    k = tokens.first_ending_after(start)
    while 0 <= k < len(tokens) and tokens.start(k) < end:
        if tokens[k].is_proper:
            return True
        k += 1
    return False


def _drop_terms(p: _Para, start: int, end: int) -> None:
    """Forget the paragraph's terms that overlap start..end: a name found there is no term, nor are its parts."""
    p.terms = [t for t in p.terms if not (t[0] < end and start < t[1])]


# a district's or a county's unit, and those of the places within them: where a run holds one unit of each, in
# that order, it is an address of two places
_UPPER_UNITS, _LOWER_UNITS = frozenset("区郡"), frozenset("洞里邑面")


def _localities(text: str, pos: int, end: int, units: frozenset[str] = _LOCALITY_UNITS) -> list[tuple[int, int]] | None:
    """The spans of the towns, counties and villages written from `pos` to `end` (吉州郡|豊渓里), the longest
    reading first (恵山市, not 恵山|市…), with a word of where around or where from (近郊, 出身) allowed at the
    end; None when the run is not all localities. A locality ends in one of `units`."""
    if pos == end or text[pos:end] in _PLACE_AFTER or text[pos:end] in _ORIGIN_AFTER:
        return []
    for stop in range(min(end, pos + 5), pos + 1, -1):
        if text[stop - 1] in units:
            if text[stop - 1] in _LOWER_UNITS and any(ch in _UPPER_UNITS for ch in text[pos + 1:stop - 2]):
                continue  # a district, then a neighbourhood in it (東区|草梁洞): two places, not one
            rest = _localities(text, stop, end, units)
            if rest is not None:
                return [(pos, stop), *rest]
    return None


# nouns after a name that make no longer compound of it: a relation (極東|向け) or where around it (北方領土|周辺)
_NO_LONGER_NAME = _RELATION_SUFFIXES | frozenset(_PLACE_AFTER)
# a time within or after an event, which names no longer thing (冷戦|期, 冷戦|終結|後)
_TIME_OF_EVENT = frozenset(("期", "時代", "後", "下", "中", "終結", "終了", "末期", "初期", "以降", "以後", "前"))


# a Korean king's temple name, alone (高宗, 英祖), and the words of a paragraph about Korea's kingdoms
_TEMPLE_NAME = re.compile(r"(?:(?<=国王)|(?<=皇帝)|(?<![\u4e00-\u9fff々]))" + TEMPLE_NAME.pattern
                          + r"(?![\u4e00-\u9fff々])")
_KOREAN_KINGDOM_WORDS = re.compile("朝鮮|大韓帝国|高麗|国王|王朝|王妃")


def _find_temple_names(p: _Para) -> None:
    """A king's temple name written alone (高宗が…, 国王高宗) in a paragraph about Korea's kingdoms: a person,
    Korean. Not a word of the dictionary (先祖, 改宗, 太祖: 'founder of a dynasty')."""
    text = p.para.text
    for m in _TEMPLE_NAME.finditer(text):
        if dictionary_kanji_word(m.group()):
            continue
        p.mentions = [k for k in p.mentions if not (k.start == m.start() and k.end == m.end())]
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "proper", type="person", origin="ko", proper=True))
        _drop_terms(p, m.start(), m.end())


def _find_lone_names(p: _Para) -> None:
    """A word of standalone_names.tsv written alone (国会, 外務省, 米|国防総省, 極東: no noun before or after it
    but a country's letter) names one thing: a body of the state is an organisation, the one of the country the
    text speaks of; a world region is a place. Inside a longer compound (国会議員, 韓国国会, ロシア極東) it is
    not, or it is the compound finder's; but a country's body UniDic cuts across an adverbial noun (韓国|統|一部),
    which the compound finder cannot join, is found here."""
    text, tokens = p.para.text, p.tokens
    codes = tokens.codes
    for m in _STANDALONE_NAME.finditer(text):
        first, last = tokens.first_ending_after(m.start()), tokens.first_ending_after(m.end() - 1)
        part_after = _part_or_title_after(text, tokens, m.end())
        if tokens.start(first) != m.start() or (tokens.ends[last] != m.end() and not part_after):
            continue  # not at word boundaries (外務省 of 外務省令 is 外務|省令; 国防省|庁舎 is 国防|省庁|舎)
        before = first - 1
        letter = before >= 0 and tokens[before].surface in _COUNTRY_LETTERS
        if letter:
            before -= 1
        after_noun = last + 1 < len(codes) and codes[last + 1] in NOUN_CODES and \
            tokens[last + 1].surface not in _NO_LONGER_NAME and not part_after and not (
                _STANDALONE_NAMES[m.group()] == "event" and tokens[last + 1].surface in _TIME_OF_EVENT)
        region_inside = _STANDALONE_NAMES[m.group()] == "place" and KATA_RUN.search(m.group()) is not None \
            and last + 1 < len(codes) and codes[last + 1] in NOUN_CODES \
            and tokens[last + 1].surface not in _NO_LONGER_NAME
        if region_inside:
            # a world region with a katakana word, before words that name something longer (中央アジア|首脳会議,
            # 東南アジア|諸国連合): its katakana piece (アジア) names nothing there
            p.mentions = [x for x in p.mentions if not (m.start() < x.start and x.end <= m.end())]
            continue
        if after_noun:
            continue
        if before >= 0 and codes[before] in NOUN_CODES:
            start = tokens.start(before)
            if _STANDALONE_NAMES[m.group()] == "org" and tokens[before].surface in _COUNTRY_NAMES \
                    and (before == 0 or codes[before - 1] not in NOUN_CODES) and "o" in codes[first:last + 1]:
                # the country's body, where UniDic cuts the body's word across an adverbial noun the compound
                # finder stops at (韓国|統|一部); the piece it found is no term
                p.mentions.append(Mention(start, m.end(), text[start:m.end()], "compound", type="org", proper=True))
                _drop_terms(p, start, m.end())
            continue
        kind = _STANDALONE_NAMES[m.group()]
        # a country's letter before a body of its state is part of its name (米|国防総省: the U.S. one)
        start = tokens.start(first - 1) if letter and kind == "org" else m.start()
        p.mentions.append(Mention(start, m.end(), text[start:m.end()], "compound", type=kind, proper=True))
        # its pieces are no terms of their own (民主党 of 共に民主党); a longer term around it stays (極東|ロシア)
        p.terms = [t for t in p.terms if not (start <= t[0] and t[1] <= m.end())]


# The one-letter names of countries that pairs are written with (露朝, 韓米, 日米韓), with their Sino-Japanese
# readings: a word of these letters UniDic reads so is the pair, one it reads otherwise a common word (朝日
# アサヒ, the morning sun).
_PAIR_LETTER_READINGS = {"露": ("ロ",), "朝": ("チョー",), "韓": ("カン",), "米": ("ベー",), "日": ("ニチ", "ニッ"),
                         "中": ("チュー",), "英": ("エー",), "独": ("ドク", "ドッ"), "仏": ("フツ", "フッ"),
                         "印": ("イン",), "伊": ("イ",), "加": ("カ",), "豪": ("ゴー",), "宇": ("ウ",), "越": ("エツ",),
                         "台": ("タイ",), "ソ": ("ソ",), "欧": ("オー",)}  # (as UniDic's pronunciation writes them: ロチョー)
# (and Europe's, written like a country's: 欧米 オーベー, Europe and America, 'the West')
_PAIR_WORD = re.compile("[%s]{2,4}" % "".join(_PAIR_LETTER_READINGS))


def _read_as_pair(letters: str, reading: str) -> bool:
    """Whether `reading` is the letters' Sino-Japanese readings in a row (露朝 ロチョー, not 朝日 アサヒ)."""
    if not letters:
        return not reading
    return any(reading.startswith(r) and _read_as_pair(letters[1:], reading[len(r):])
               for r in _PAIR_LETTER_READINGS.get(letters[0], ()))


def _find_country_pairs(p: _Para) -> None:
    """Two or more countries written by their letters as a word of their own (露朝は, 韓米の, 日米韓による,
    韓露間): the pair a translator renders as one (Russia–North Korea). Inside a longer compound (露朝関係)
    the compound is the term."""
    text, tokens = p.para.text, p.tokens
    codes = tokens.codes
    for m in _PAIR_WORD.finditer(text):
        first, last = tokens.first_ending_after(m.start()), tokens.first_ending_after(m.end() - 1)
        if tokens.start(first) != m.start() or tokens.ends[last] != m.end() or len(set(m.group())) < 2:
            continue
        if not _read_as_pair(m.group(), "".join(tokens[i].reading for i in range(first, last + 1))):
            continue
        if (first > 0 and codes[first - 1] in NOUN_CODES and tokens.ends[first - 1] == m.start()) or (
                last + 1 < len(codes) and codes[last + 1] in NOUN_CODES and tokens[last + 1].surface != "間"):
            continue
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="other", proper=True))
        _drop_terms(p, m.start(), m.end())


# a parallel of latitude named as a line: the 38th parallel (北緯38度線, 38度線)
_PARALLEL_LINE = re.compile(r"(?<![0-9０-９])((?:北緯|南緯)?)([0-9０-９]{1,2}度線)")


def _find_parallels(p: _Para) -> None:
    """A parallel written as a line (北緯38度線, 38度線) is a place, the line Korea was divided along; the
    form with 北緯 or 南緯 is another spelling of the one without."""
    for m in _PARALLEL_LINE.finditer(p.para.text):
        p.mentions = [k for k in p.mentions if not (k.start < m.end() and m.start() < k.end)]
        found = Mention(m.start(), m.end(), m.group(), "compound", type="place", proper=True)
        if m.group(1):
            found.aliases.append(m.group(2))
        p.mentions.append(found)
        _drop_terms(p, m.start(), m.end())


# a Koryo-saram's name: a Korean family name in hanja, glued to a Russian given name in katakana (金ナターリャ)
_KORYO_NAME = re.compile("(?<![\u3400-\u9fff々])([%s])([ァ-ヺ][ァ-ヺー]+)" % "".join(koryo_surnames()))


def _find_koryo_names(p: _Para) -> None:
    """Names of the Koreans of the former Soviet Union as Japanese writes them (金ナターリャ, 崔ヴィクトル): the
    family name's hanja before a given name the Russian given-name table knows. One person, whose English is
    Russian (Natalya Kim), not a term and a name of its own."""
    text = p.para.text
    by_kana = ru_given_names()[0]
    for m in _KORYO_NAME.finditer(text):
        if variant_key(m.group(2)) not in by_kana:
            continue
        p.mentions = [k for k in p.mentions if not (k.start < m.end() and m.start() < k.end)]
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "ko", type="person", origin="ru", proper=True))
        _drop_terms(p, m.start(), m.end())


# a resolution known by its number (決議2397, 安保理決議第2397号): the body's short name before it is part of it
_NUMBERED_RESOLUTION = re.compile(r"(?:安保理|国連)?決議第?[0-9０-９]{3,4}号?")


def _find_numbered_resolutions(p: _Para) -> None:
    """A resolution written with its number names one resolution (決議2397: Resolution 2397), whatever body
    or word for its subject stands before it."""
    text = p.para.text
    for m in _NUMBERED_RESOLUTION.finditer(text):
        if _LETTER_OR_DIGIT.match(text, m.end()):
            continue  # (a longer number: not a resolution's)
        number = re.search(r"[0-9０-９]+", m.group()).group().translate(_FULL_WIDTH_ASCII)
        short = "決議" + number  # the spelling every way of writing it shares (安保理決議第2397号, 決議2397)
        _add_numbered_name(p, m, "event", [short] if short != m.group() else [])


def _add_numbered_name(p: _Para, m: re.Match, type: str, aliases: list[str]) -> None:
    """The numbered name `m` as one mention of `type`, in place of the untyped mentions and terms it covers."""
    p.mentions = [x for x in p.mentions if not (x.start < m.end() and m.start() < x.end and x.type not in
                                                NAMED_TYPES)]
    p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type=type, proper=True, aliases=aliases))
    _drop_terms(p, m.start(), m.end())


# a decree or an order with its number (国家防衛委員会決定第9898号, 大統領令第71号)
_NUMBERED_DECREE = re.compile(r"(?:決定|命令|指令|大統領令|政令|布告|法令|訓令)第[0-9０-９]{1,5}号")


def _find_numbered_decrees(p: _Para) -> None:
    """A decree written with its number names one decree (決定第9898号: Decree No. 9898)."""
    for m in _NUMBERED_DECREE.finditer(p.para.text):
        _add_numbered_name(p, m, "other", [])


# an event known by its date, month・day, and the words for it (9・19南北軍事合意, 9・19合意, 6・15共同宣言)
_EVENT_HEADS = sorted((head for head, kind in _SUFFIXES.items() if kind == "event"), key=len, reverse=True)
# a month and a day, in figures or in kanji digits as Korea's dates of history are written (三・一, 五・一八, 六・二五)
_DATED_EVENT = re.compile(r"(?<![0-9０-９・.〇一二三四五六七八九十])(?:(?:1[0-2]|[1-9]|１[０-２]|[１-９])・"
                          r"(?:[12][0-9]|3[01]|[1-9]|[１２][０-９]|３[０１]|[１-９])|(?:十[一二]?|[一二三四五六七八九])・"
                          r"(?:[一二]?[〇一二三四五六七八九]|三[〇一]|[二三]?十[一二三四五六七八九]?))"
                          r"(?=[\u4e00-\u9fff\u30a1-\u30ff])([\u4e00-\u9fff\u30a1-\u30ffー]+)")
# heads that name an event only after its date (三・一独立運動, 四・一九革命; 運動 alone is any movement)
_DATED_EVENT_HEADS = sorted(_EVENT_HEADS + ["運動", "革命", "抗争"], key=len, reverse=True)


def _find_dated_events(p: _Para) -> None:
    """An agreement, declaration or incident named by its date (9・19南北軍事合意: the September 19 military
    agreement) is one event, date and all: the date is its name, not a count before it."""
    text = p.para.text
    for m in _DATED_EVENT.finditer(text):
        words = m.group(1)
        # the name ends at its last event head: the kanji run may go on past it (9・19合意|復元)
        cut = max((words.rfind(h) + len(h) for h in _DATED_EVENT_HEADS if h in words), default=0)
        if not cut:
            continue
        end = m.start(1) + cut
        p.mentions = [x for x in p.mentions if not (x.start < end and m.start() < x.end and x.type not in
                                                    ("person", "place", "org"))]
        name = text[m.start():end]
        head = next(h for h in _DATED_EVENT_HEADS if name.endswith(h))
        short = text[m.start():m.start(1)] + head  # the date and the head alone name it too (9・19合意)
        p.mentions.append(Mention(m.start(), end, name, "compound", type="event", proper=True,
                                  aliases=[short] if short != name else []))
        _drop_terms(p, m.start(), end)


# a battle is named by where it was fought: a place, then の戦い (鳳梧洞の戦い, スターリングラードの戦い)
_BATTLE = "の戦い"
# the last character of a kanji place name too small to be found as a name alone (青山里, 鳳梧洞)
_SMALL_PLACE_ENDS = frozenset("洞里村邑山河川島峠原城")


def _find_battles(p: _Para) -> None:
    """A place written right before の戦い names a battle, one event with the place in its name (青山里の戦い:
    the Battle of Qingshanli), not the place alone."""
    text = p.para.text
    for at in (m.start() for m in re.finditer(_BATTLE, text)):
        end = at + len(_BATTLE)
        place = next((x for x in p.mentions if x.end == at and x.type == "place"), None)
        start = place.start if place is not None else at
        if place is None:
            while start > 0 and KANJI_RUN.fullmatch(text[start - 1]) and at - start < 5:
                start -= 1
            if not (2 <= at - start and text[at - 1] in _SMALL_PLACE_ENDS):
                continue
        # the place's origin is the battle's (a Korean village's 洞 or 里 says Korean where nothing else does)
        origin = place.origin if place is not None and place.origin else "ko" if text[at - 1] in _LOWER_UNITS else ""
        p.mentions = [x for x in p.mentions if not (x.start < end and start < x.end)]
        p.mentions.append(Mention(start, end, text[start:end], "compound", type="event", origin=origin, proper=True))
        _drop_terms(p, start, end)


# a committee or a military unit known by its number (第3委員会, 第7艦隊), written right after the body it
# belongs to
_NUMBERED_UNIT = re.compile(r"第[0-9０-９一二三四五六七八九十]{1,3}(?:小委員会|委員会|分科会|部会|艦隊|軍団|師団|旅団|連隊)")


def _join_numbered_units(p: _Para) -> None:
    """A numbered committee or unit written right after its body's name is one body with it (国連総会|第3委員会,
    米海軍|第7艦隊): the number says which of the body's committees or fleets, so the two mentions become one
    organisation."""
    text = p.para.text
    for m in _NUMBERED_UNIT.finditer(text):
        body = next((x for x in p.mentions if x.end == m.start() and x.type == "org"), None)
        if body is None:
            continue
        p.mentions = [x for x in p.mentions if not (x.start < m.end() and body.start < x.end)]
        p.mentions.append(Mention(body.start, m.end(), text[body.start:m.end()], "compound", type="org",
                                  proper=True))
        _drop_terms(p, body.start, m.end())


_PACT_HEADS = ("協定", "覚書", "条約", "協約", "議定書", "密約")
_KANJI_BEFORE_DOT = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{1,4}$")


def _join_parties_to_events(p: _Para) -> None:
    """An event named with the parties before it, joined by ・ (ロシア・中央アジア首脳会議, 中国・中央アジアサミット,
    EU・中央アジア首脳会議) is one event: the last party alone names no meeting. The parties stay names too. A pact
    is named so after its signatories too (山県・ロバノフ協定, 桂・タフト協定), a family name in kanji that no
    finder took for a name among them."""
    text = p.para.text
    for event in [m for m in p.mentions if m.type == "event" and text[m.start - 1:m.start] == "・"]:
        pact = event.text.endswith(_PACT_HEADS)
        start, parties = event.start, []
        while text[start - 1:start] == "・":
            party = next((x for x in p.mentions if x.end == start - 1 and (
                x.type in ("place", "org") or (pact and x.type in ("person", "")))), None)
            if party is None and pact:
                party = _signatory_before(p, start - 1)
            if party is None:
                break
            start = party.start
            parties.append(party)
        if not parties:
            continue
        replaced = [event, *parties]  # (each comes back below: the parties as names inside the event's)
        p.mentions = [x for x in p.mentions if not any(x is r for r in replaced) and not (
            x.type in ("", "term") and start <= x.start and x.end <= event.end)]
        p.mentions.append(Mention(start, event.end, text[start:event.end], "compound", type="event", proper=True))
        # (each party is a name inside the event's, as a place is inside a body's; a signatory's family name
        # written alone is left to the finders that read it elsewhere)
        p.mentions += [Mention(x.start, x.end, x.text, "inner", type=x.type, origin=x.origin, proper=True)
                       for x in parties if x.type]
        _drop_terms(p, start, event.end)


def _signatory_before(p: _Para, end: int) -> Mention | None:
    """The kanji name that ends at `end` before a pact's ・, when UniDic reads it as proper nouns only (小村|・, 桂|・)."""
    run = _KANJI_BEFORE_DOT.search(p.para.text, max(0, end - 4), end)
    if run is None:
        return None
    tokens = _covering(p.tokens, run.start(), end)
    if not tokens or tokens[0].start != run.start() or not all(t.is_proper for t in tokens):
        return None
    return Mention(run.start(), end, run.group(), "proper", type="")


def _part_or_title_after(text: str, tokens, end: int) -> bool:
    """True when the words from `end` on are a body's part (国防省|庁舎) or a title (国会|議長, 最高裁|長官),
    ending at a word boundary: they speak of the body named before them."""
    after = _BODY_PART_OR_TITLE.match(text, end)
    if after is None:
        return False
    k = tokens.first_ending_after(after.end() - 1)
    return k < len(tokens) and tokens.ends[k] == after.end()


_FLIGHT = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])[\u4e00-\u9fff々ァ-ヺー]{1,10}航空[0-9０-９]{1,4}便")


def _find_flights(p: _Para) -> None:
    """An airline's numbered flight is an event of its own (大韓航空007便, マレーシア航空17便): news names a
    downed or lost airliner so."""
    for m in _FLIGHT.finditer(p.para.text):
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="event", proper=True))


def _find_numbered_names(p: _Para) -> None:
    """A proper name with a number written on is one name of its own (乃木坂46, not the place 乃木坂)."""
    text, tokens = p.para.text, p.tokens
    for m in _NUMBER_AFTER_NAME.finditer(text):
        if text[m.end():m.end() + 2] in ("）年", ")年"):
            continue  # a year of an era in brackets after the Western one: ２３（大正１２）年
        k = tokens.first_ending_after(m.start() - 1)
        if k >= len(tokens) or tokens.ends[k] != m.start():
            continue
        lex = tokens.lexemes[k]
        start = m.start() - len(lex[0])
        # the name is the whole run of two to eight before the number (no longer run of letters before it), or
        # a katakana word after a kanji kind (戦闘機|ミグ15)
        name = _NAME_BEFORE_NUMBER.search(text, max(0, m.start() - 9), m.start())
        alone = name is not None and not (name.start() and _LETTER_OR_DIGIT.match(text, name.start() - 1))
        whole = alone and start == name.start() and (lex[3] == "固有名詞" or KATA_RUN.fullmatch(lex[0]))
        after_kind = len(lex[0]) >= 2 and KATA_RUN.fullmatch(lex[0]) and start and KANJI_RUN.match(text, start - 1)
        # a katakana word no dictionary has, in pieces or whole, with its number (シャヘド136, ゲラニ2): one
        # name; an ordinary word's number is a rank or a stage (ベスト4, トップ10, フェーズ3)
        unknown_word = alone and KATA_RUN.fullmatch(name.group()) and not _is_common_loanword(
            _covering(tokens, name.start(), m.start())) and not dictionary_kana_word(name.group())
        if unknown_word:
            start, whole = name.start(), True
        if m.end() - m.start() < 2 and not unknown_word:
            continue  # (one digit after a kanji or a known word: 第1, 平成2, ロシア1 are read elsewhere)
        if (whole or after_kind) and lex[5] != "国":
            # (a maker's katakana name with its model's number, near a kind of weapon: ミグ17戦闘機, ツポレフ95)
            kind = "weapon" if (unknown_word or (whole and KATA_RUN.fullmatch(lex[0]))) \
                and _weapon_kind_near(text, start, m.end()) else ""
            p.mentions.append(Mention(start, m.end(), text[start:m.end()], "kata", type=kind, proper=True))


# an acronym standing alone in Japanese text (JERA, VK, DTEK, KT&G): a name a translator keeps as written, whatever it
# names; in brackets right after a term it is that term's gloss instead (機構（JOGMEC）). Two single letters
# joined by & are a term (M&A, R&D), not a name
_ACRONYM = re.compile(r"(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆.．\-－])"
                      r"(?:[A-ZＡ-Ｚ]{2,6}|[A-ZＡ-Ｚ]{2,3}[&＆][A-ZＡ-Ｚ]{1,3}|[A-ZＡ-Ｚ][&＆][A-ZＡ-Ｚ]{2,3})"
                      r"(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆.．\-－])")
_BRACKETED = re.compile(r"[(（][^()（）]*$")


def _find_acronyms(p: _Para) -> None:
    """Acronyms of two to six capitals outside brackets and outside the names found so far, as names of their own,
    unless JMdict has the acronym as an ordinary word."""
    text = p.para.text
    taken = [(m.start, m.end) for m in p.mentions]
    for m in _ACRONYM.finditer(text):
        s, e = m.span()
        if any(ms <= s and e <= me for ms, me in taken) or _BRACKETED.search(text, max(0, s - 30), s) \
                or extract_dict.dictionary_common_acronym(m.group().translate(_FULL_WIDTH_ASCII)):
            continue  # (an ordinary word's acronym, LNG or GDP, is a term of the text, not a name)
        brand = _lettered_brand_end(p, s, e)
        if brand > e:
            # two letters and the word written on them are one firm's or team's name (GLラファ, LS北見)
            words = [k for k in p.mentions if s <= k.start and k.end <= brand]
            p.mentions = [k for k in p.mentions if not s <= k.start or brand < k.end]
            # (what a bracket after it says is said of the whole: GLラファ（GL Rapha）)
            p.mentions.append(Mention(s, brand, text[s:brand], "compound", type="org", proper=True,
                                      glosses=[g for k in words if k.end == brand for g in k.glosses],
                                      readings=[r for k in words if k.end == brand for r in k.readings]))
            continue
        reading = PAREN.match(text, e)  # 「MAX（マックス）」: the katakana in brackets is how it is read
        readings = [reading.group(1)] if reading and KATA_RUN.fullmatch(reading.group(1)) else []
        p.mentions.append(Mention(s, e, m.group(), "compound", type="", proper=True, readings=readings))


# two-letter acronyms of a union of states or of a country, which news writes before a word for what they send or
# hold (EUサミット, UNミッション): no brand's letters
_UNION_LETTERS = frozenset(("EU", "UN", "US", "UK"))
_KATAKANA_WORD = re.compile(r"[ァ-ヺー]{2,}")


def _lettered_brand_end(p: _Para, start: int, end: int) -> int:
    """Where a firm's or a team's name ends that begins with the two letters text[start:end] and goes on, with
    no space, in a katakana word or a place's name (SKバイオサイエンス, GLラファ, LS北見); else `end`."""
    text = p.para.text
    if end - start != 2 or text[start:end].translate(_FULL_WIDTH_ASCII) in _UNION_LETTERS:
        return end
    word = _KATAKANA_WORD.match(text, end)
    if word:
        return word.end()
    k = p.tokens.first_ending_after(end)
    if k < len(p.tokens) and p.tokens.start(k) == end and p.tokens.lexemes[k][3:5] == ("固有名詞", "地名"):
        return p.tokens.ends[k]  # (a team's town: LS|北見)
    return end


# capitals glued to a katakana name (NTTドコモ, SKハイニックス, RIAノーボスチ): one name, letters and all
_LETTERS_THEN_KANA = re.compile(r"(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆.．\-－])[A-ZＡ-Ｚ]{2,5}(?=[ァ-ヺ])")
_MEDIUM_WORD_BEFORE = ("通信社", "通信", "テレビ", "放送", "紙", "誌")


def _find_lettered_names(p: _Para) -> None:
    """A katakana name found with capitals glued before it is one name with them (SKハイニックス: SK Hynix), a
    body, or a medium after a word for one (通信社RIAノーボスチ); not where a longer name holds both."""
    text = p.para.text
    for m in _LETTERS_THEN_KANA.finditer(text):
        s, e = m.span()
        name = next((x for x in p.mentions if x.kind == "kata" and x.start == e and x.proper
                     and x.type in ("", "org", "media")), None)
        if name is None or any(x.start <= s and name.end <= x.end and x is not name for x in p.mentions):
            continue
        kind = name.type or ("media" if text[:s].endswith(_MEDIUM_WORD_BEFORE) else "org")
        p.mentions.remove(name)
        p.mentions.append(Mention(s, name.end, text[s:name.end], "compound", type=kind, proper=True))
        _drop_terms(p, s, name.end)


def _find_credits(p: _Para) -> None:
    """Photo credits (写真：アフロ, 写真：AP/アフロ) name the agency or medium that supplied the picture; a caption
    after 写真： (写真：肖像に献花する参加者＝11日、…) is a sentence, with kana and a comma, not a credit."""
    text = p.para.text
    for m in _CREDIT.finditer(text):
        if re.search("[ぁ-ゖ]", m.group(1)) or text[m.end(1):m.end(1) + 1] in ("、", "，", ","):
            continue
        pos = m.start(1)
        for name in re.split(r"[/／・]", m.group(1)):
            if len(name) >= 2 and not _DIGITS.match(name):
                p.mentions.append(Mention(pos, pos + len(name), name, "quoted", type="media"))
            pos += len(name) + 1


@functools.lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern:
    """A dateline (【ソウル共同】, 【モスクワ＝タス】, 【ホロリ（ロシア極東沿海地方）共同】: a town, then its region in
    brackets) or a credit line ((キーウ共同)): places, then a news agency."""
    agencies = sorted(wire_services(), key=len, reverse=True)
    return re.compile(r"(?:【(?:[^【】（）()\n]{1,20}[（(][^【】（）()\n]{1,20}[）)])?|[（(])[^【】（）()\n]{0,30}?[＝=]?("
                      + "|".join(map(re.escape, agencies)) + r")(?:】|[）)])")


_SUPPLIED = re.compile("(?:提供|撮影|配信)[・/／]?$")


def _find_datelines(p: _Para) -> None:
    """The news agency a dateline or a credit line names (【ソウル共同】: Kyodo News)."""
    text = p.para.text
    for m in _dateline_re().finditer(text):
        p.mentions.append(Mention(m.start(1), m.end(1), m.group(1), "quoted", type="media", proper=True))
        pos = m.start() + 1
        if _SUPPLIED.search(text, pos, m.start(1)):
            continue  # a picture's supplier before the agency ((ロシア連邦保安局提供・共同)), a body, no place
        # the places before the agency are places (【ソウル、モスクワ共同】); no noun sequence runs across; a
        # town's region in brackets is left to the finders of names in it
        places = text[pos:m.start(1)].rstrip("＝=")
        region = re.search(r"[（(].*[）)]$", places)
        if region:
            places = places[:region.start()]
        for place in re.split(r"[、，,]", places):
            if len(place) >= 2 and not re.search(r"[ぁ-ゖ]", place):
                # (an agency quoted by the one sending the line is no place, (タス＝共同), nor is a caption's
                # sentence, (写真は浦項港に着いた船＝聯合ニュース))
                kind = "media" if place in wire_services() else "place"
                p.mentions.append(Mention(pos, pos + len(place), place, "quoted", type=kind, proper=True))
            pos += len(place) + 1
        _drop_terms(p, m.start(), m.start() + 1 + len(places))
        if not region:
            _drop_terms(p, m.start(), m.end(1))


# a facility named after its town, written after the town's name (北倉|火力発電所, 豊渓里|核実験場)
_FACILITY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:発電所|空港|発射場|実験場|製鉄所|炭鉱|鉱山|基地|工場|ダム)")


# punctuation that marks a quoted statement rather than a quoted name
_STATEMENT_MARK = re.compile(r"[、。！？!?「」]")
# kanji words, then a katakana word of three or more characters ending the name
_KATA_AFTER_KANJI_WORDS = re.compile(r"[\u4e00-\u9fff々]{2,}([ァ-ヺ][ァ-ヺー]{2,})$")
_FIRM_WORDS = ("企業", "会社", "大手", "メーカー")
_QUOTED_KANJI_END = re.compile(r"[「『]([\u4e00-\u9fff々]{2,6})$")  # (「微信)


def _glossed_name_before(p: _Para, start: int) -> Mention | None:
    """The mention whose acronym in brackets ends right at `start` (東南アジア諸国連合（ASEAN）|地域フォーラム), if any."""
    text = p.para.text
    if not text.startswith(("）", ")"), start - 1):
        return None
    opened = max(text.rfind("（", 0, start - 1), text.rfind("(", 0, start - 1))
    if opened < 0 or not re.fullmatch(r"[A-Z][A-Za-z0-9]{1,9}", text[opened + 1:start - 1]):
        return None
    return next((k for k in p.mentions if k.end == opened and k.glosses), None)


def _join_glossed_words_to_heads(p: _Para) -> None:
    """A treaty's, a meeting's or a body's name that a glossed word begins, the gloss in brackets inside it
    (査証（ビザ）|免除協定): one name from the word on; the word keeps its gloss as an entry of its own."""
    text = p.para.text
    for m in PAREN.finditer(text):
        head = next((k for k in p.mentions if k.start == m.end() and k.kind == "compound"
                     and k.type in ("event", "org") and KANJI_RUN.fullmatch(k.text)), None)
        # (a person's or a place's reading, then a body, is two names: 朴正天（パク・ジョンチョン）|党中央軍事委員会)
        word = next((k for k in p.mentions if k.end == m.start() and (k.glosses or k.readings or k.aliases)
                     and k.type not in ("person", "place") and KANJI_RUN.fullmatch(k.text)), None) \
            if head is not None else None
        if word is not None:
            start = word.start
            # (and the parties' letters before it, Japan's among them: 韓露|査証（ビザ）免除協定, 日露|…)
            while start >= 1 and (text[start - 1] in _COUNTRY_LETTERS or text[start - 1] == "日") and \
                    word.start - start < 3:
                start -= 1
            if word.start - start == 1:
                start = word.start  # (one letter is whose the word is, no pact's parties)
            head.start, head.text = start, text[start:head.end]
            word.kind = "inner"


def _find_glosses(p: _Para) -> None:
    """Attach parenthetical glosses to the mention (or noun sequence) right before the bracket."""
    text = p.para.text
    for m in PAREN.finditer(text):
        open_at = m.start() + (1 if text[m.start()].isspace() else 0)
        gloss = classify(m.group(1), text[:m.start()])
        if gloss is None:
            _place_in_bracketed_province(p, m)
            _attach_short_name(p, m)
            continue
        if gloss.kind == "renamed":
            _renamed_towns(p, m, open_at, gloss.values)
            continue
        if gloss.kind == "japanese":
            acronym = re.search(r"[A-Z][A-Z0-9]{1,9}$", _ascii_tail(text[:m.start()].rstrip())).group()
            s, inner = _bracketed(m, open_at)
            sm = _SUFFIX_RE.search(inner)
            p.mentions.append(Mention(s, s + len(inner), inner, "gloss", type=_SUFFIXES[sm.group()] if sm else "",
                                      glosses=[acronym]))
            # the acronym printed full-width (ＮＡＴＯ（…）) is the gloss, no name of its own
            p.mentions = [k for k in p.mentions if not (k.end == m.start() and _ascii_tail(k.text) == acronym)]
            continue
        if gloss.kind == "reading" and KANJI_RUN.search(gloss.values[0][-1]):
            # a reading with the name's head (テゴンニ・パングデ岩刻画): the katakana in it names nothing of its own
            p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end() and k.kind == "kata")]
        end = m.start()
        after_quote = text[end - 1] in "」』"
        if after_quote:
            end -= 1  # a name in quotes, then its Latin spelling: the gloss is the quoted name's
        target = None
        for men in p.mentions:
            if men.end == end and (target is None or _PRIORITY[men.kind] > _PRIORITY[target.kind]
                                   or (men.kind == target.kind and men.start < target.start)):
                target = men
        if target is None and gloss.kind in ("latin", "abbrev") and LATIN_DESIGNATION.fullmatch(gloss.values[0]):
            # a numbered name, its kind of weapon, then its designation (ミグ29|戦闘機（MiG-29）): the designation
            # is the numbered name's, the kind no part of it
            kind = next((k for k in _WEAPON_KIND.finditer(text, max(0, end - 6), end) if k.end() == end), None)
            if kind is not None:
                target = next((k for k in p.mentions if k.end == kind.start() and k.type == "weapon"
                               and _NUMBERED_DESIGNATION.fullmatch(k.text)), None)
            if target is not None:
                target.aliases.append(gloss.values[0])  # (a spelling of the weapon's name as much as a gloss)
        if gloss.kind == "abbrev" and target is not None and text[target.start - 1:target.start] == "・":
            # the last part of a name in parts that a quotation opens (「現代自動車グループ・メタプラント・アメリカ
            # （HMGMA）」): the abbreviation is the whole name's, not its last part's
            opened = text.rfind("「", max(0, target.start - 40), target.start)
            if opened >= 0 and not re.search(r"[」』、。，]", text[opened + 1:end]):
                target = next((k for k in p.mentions if (k.start, k.end) == (opened + 1, end)), None) or \
                    Mention(opened + 1, end, text[opened + 1:end], "gloss", type="org")
                if target not in p.mentions:
                    p.mentions.append(target)
        if target is not None and target.type in ("", "term", "event", "org") and \
                (begin := _fields_joined_before(p, target.start)) < target.start:
            # fields listed with ・ before the body or meeting a short name glosses (外務・国防担当閣僚協議（2プラス2）,
            # 世界エイズ・結核・マラリア対策基金（グローバルファンド）): the short name is the whole's
            p.mentions = [k for k in p.mentions if not (begin <= k.start and k.end <= end and k is not target)]
            _drop_terms(p, begin, end)
            target.start, target.text = begin, text[begin:end]
            target.type = target.type if target.type not in ("", "term") else _dotted_name_type(target.text)
        if gloss.kind == "abbrev" and (dotted := _DOTTED_KATAKANA_END.search(text, 0, end)) is not None and \
                (target is None or target.start >= dotted.start()) and _initials_spell(dotted.group(), gloss.values[0]):
            # katakana words joined by ・ whose English initials the acronym spells (ラジオ・フリー・アジア（RFA）):
            # one name, a body's, not its last word
            if target is None or target.start > dotted.start():
                p.mentions = [k for k in p.mentions if not (dotted.start() <= k.start and k.end <= end)]
                target = Mention(dotted.start(), end, dotted.group(), "gloss", proper=True)
                p.mentions.append(target)
            target.type = target.type if target.type not in ("", "other", "place") else "org"
        if gloss.kind == "abbrev" and (chain := _DASHED_NAMES_END.search(text, 0, end)) is not None and \
                (target is None or target.start >= chain.start()) and \
                len(_NAME_DASH.split(chain.group())) == len(gloss.values[0]):
            # names joined by dashes, a route's stops, which the acronym spells a letter a stop (サハリン―ハバロフスク―
            # ウラジオストク（SKV）): one name, the route's, not its last stop's; its stops are places named inside it
            p.mentions = [k for k in p.mentions
                          if not (chain.start() <= k.start and k.end <= end and k.type != "place")]
            for k in p.mentions:
                if chain.start() <= k.start and k.end <= end:
                    k.kind = "inner"
            target = Mention(chain.start(), end, chain.group(), "gloss", type="other", proper=True)
            p.mentions.append(target)
        if gloss.kind == "abbrev" and text.startswith(("」", "』"), m.end()):
            # an abbreviation that closes a quotation is the whole quoted name's (「ロシアからの五輪選手（OAR）」),
            # not its last words'
            first = target.start if target is not None else end
            opened = max(text.rfind("「", max(0, end - 25), first), text.rfind("『", max(0, end - 25), first))
            if opened >= 0 and opened + 1 < first and not re.search(r"[」』、。，]", text[opened + 1:end]):
                p.mentions = [k for k in p.mentions if not (opened + 1 <= k.start and k.end <= end)]
                _drop_terms(p, opened + 1, end)
                target = Mention(opened + 1, end, text[opened + 1:end], "gloss",
                                 type=_dotted_name_type(text[opened + 1:end]))
                p.mentions.append(target)
        if gloss.kind == "hanja":
            if target is not None and KATA_RUN.fullmatch(target.text) and \
                    _reads_each_kanji(gloss.values[0], target.text.replace("・", "")):
                # a Korean name's reading, then its hanja (コクサン（谷山）): one name, spelled both ways
                target.aliases.extend(gloss.values)
                target.origin = target.origin or "ko"
                if "・" not in target.text and target.type in ("", "person"):
                    target.type = "place"  # (a person's reading parts family and given name: キム・ジョンウン)
                p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            elif target is not None and _korean_name_of(target.text, gloss.values[0]):
                # a Koryo-saram's Russian name, then his Korean name in hanja (ニコライ・シン（申順南）): one person
                target.aliases.extend(gloss.values)
                target.type, target.origin = "person", "ru"  # (named the Russian way, given name first)
                p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            else:
                _attach_short_name(p, m)  # (a kanji word for a loanword: コルホーズ（集団農場）)
            continue
        if target is None and gloss.kind == "abbrev" and not after_quote and not text.startswith(("」", "』"), m.end()) \
                and (opened := text.rfind("「", max(0, end - 25), end)) >= 0 and 3 <= end - opened - 1 \
                and not _STATEMENT_MARK.search(text, opened + 1, end) and not re.search(r"[（(]", text[opened:end]) \
                and (last := p.tokens.first_ending_after(end - 1)) < len(p.tokens) \
                and p.tokens[last].pos1 == "名詞" and p.tokens[last].end == end:
            # a name that opens a quotation, then its acronym, then more of the quoted name (「世界青年の日（WYD）
            # ソウル大会」): the acronym is the first name's, a name of its own inside the quoted one
            kind = _QUOTED_KIND_END.search(text, opened + 1, end)
            p.mentions.append(Mention(opened + 1, end, text[opened + 1:end], "inner", glosses=list(gloss.values),
                                      type=_QUOTED_KINDS[kind.group()] if kind and kind.end() == end else "term"))
            continue
        if after_quote and target is None:
            # a term the text defines in quotes, then abbreviates (「懸念される外国の事業体」（FEOC）): the
            # quoted words, ending in a noun, are the term; after a statement the bracket is its source or an
            # aside (「断固反対」（AP）, 「核を持つ」（KCNA）)
            opened = text.rfind("「", 0, end)
            quoted = text[opened + 1:end] if opened >= 0 else ""
            last_word = p.tokens.first_ending_after(end - 1)
            if gloss.kind == "abbrev" and 3 <= len(quoted) <= 25 and not _STATEMENT_MARK.search(quoted) \
                    and last_word < len(p.tokens) and p.tokens[last_word].pos1 in ("名詞", "接尾辞") \
                    and gloss.values[0] not in wire_services():
                p.mentions.append(Mention(opened + 1, end, quoted, "gloss", type="term", glosses=list(gloss.values)))
            elif gloss.kind == "latin" and KATA_RUN.fullmatch(quoted) and len(quoted) >= 3:
                # loanwords in quotes, then their Latin spelling (「スカイエンジェル」（Sky Angel）): a name, a ship's
                # or a product's, though JMdict knows each word
                p.mentions.append(Mention(opened + 1, end, quoted, "gloss", type="", proper=True,
                                          glosses=list(gloss.values)))
            continue
        quoted_kanji = _QUOTED_KANJI_END.search(text, 0, end) \
            if gloss.kind == "reading" and target is None and text.startswith(("」", "』"), m.end()) else None
        if quoted_kanji is not None and KATA_RUN.fullmatch(gloss.values[0]) and \
                not _reads_each_kanji(quoted_kanji.group(1), gloss.values[0]):
            # a name in kanji in quotes, its name in another language inside them (「微信（ウィーチャット）」): one
            # name, spelled both ways (a Korean reading is read below as any: 「高麗人（コリョサラム）」)
            _drop_terms(p, quoted_kanji.start(1), end)
            p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            p.mentions.append(Mention(quoted_kanji.start(1), end, quoted_kanji.group(1), "gloss", proper=True,
                                      aliases=list(gloss.values)))
            continue
        words_start = target.start if target is not None and target.kind == "compound" else \
            next((s for s, e, _ in p.terms if e == end), end) if target is None else end
        if gloss.kind == "latin" and re.fullmatch(r"[A-Z][a-z]{2,}", gloss.values[0]) and \
                (run := _KATA_AFTER_KANJI_WORDS.search(text, words_start, end)) is not None and \
                not dictionary_kana_word(run.group(1)):
            # words that say what the thing is, then its foreign name, spelled as one Latin word (国営企業|
            # ベラルーシカリ（Belaruskali）): the katakana is the name, a firm's after a word for one (but not a
            # loanword that is a body's head: 全ロシア世論調査センター（VTsIOM）)
            start = run.start(1)
            p.mentions = [k for k in p.mentions if not (start <= k.start and k.end <= end)]
            _drop_terms(p, words_start, end)
            kind = "org" if text.endswith(_FIRM_WORDS, words_start, start) else \
                target.type if target is not None and target.type != "term" else ""
            target = Mention(start, end, text[start:end], "gloss", type=kind, proper=True)
            p.mentions.append(target)
        if (target is None or target.type != "person") and gloss.kind == "latin":
            # a name, its title, then the name in Latin letters (アレクサンドル・ジェビン所長（Alexander Zhebin）):
            # the gloss is the person's, not the name-and-title's
            title = _TITLE_END.search(text[max(0, end - 8):end])
            if title is not None:
                named = [k for k in p.mentions if k.end == end - len(title.group()) and k.type in ("person", "")
                         and KATA_RUN.fullmatch(k.text)]
                if named:
                    target = named[0]
                    target.type = "person"
        kanji_before = _KANJI_END.search(text, max(0, end - 8), end) if gloss.kind == "reading" else None
        if kanji_before is not None and \
                (target is None or not _reads_each_kanji(target.text, gloss.values[0])):
            titled = _titled_name(text[kanji_before.start():end], gloss.values[0])
            if titled is not None:
                # a title, then the name the reading reads (国王高宗（コジョン）): the name is the person's, without
                # the title
                p.mentions = [k for k in p.mentions if not (kanji_before.start() <= k.start and k.end <= end)]
                _drop_terms(p, kanji_before.start(), end)
                target = Mention(end - len(titled), end, titled, "gloss", type="person",
                                 origin="ko" if _reads_each_kanji(titled, gloss.values[0]) else "", proper=True)
                p.mentions.append(target)
            elif target is not None and "・" not in gloss.values[0] and (start := next(
                    (end - n for n in (4, 3) if kanji_before.start() <= end - n < target.start
                     and _reads_each_kanji(text[end - n:end], gloss.values[0])), None)) is not None:
                # a name UniDic parted a prefix from (大|城山（テソンサン）): the reading reads every kanji of it
                p.mentions = [k for k in p.mentions if k is target or not (start <= k.start and k.end <= end)]
                _drop_terms(p, start, end)
                target.start, target.text = start, text[start:end]
            elif (target is None or target.type in ("", "place")) and "・" not in gloss.values[0] and (start := next(
                    (end - n for n in (4, 3, 2) if any(
                        k.type == "place" and k.end == end - n and kanji_before.start() <= k.start for k in p.mentions)
                     and _reads_each_kanji(text[end - n:end], gloss.values[0])), None)) is not None:
                # a place, then a place within it that the reading reads (元山|葛麻（カルマ）): two places, the
                # reading the second's
                _drop_terms(p, kanji_before.start(), end)
                p.mentions = [k for k in p.mentions if not (start < k.end and k.start < end)]
                target = Mention(start, end, text[start:end], "gloss", type="place", origin="ko", proper=True)
                p.mentions.append(target)
            elif (target is None or target.start < kanji_before.start()) and "・" not in gloss.values[0] and (
                    start := next((end - n for n in (4, 3, 2) if kanji_before.start() < end - n
                                   and text[end - n - 1] in _DIVISION_CHARS
                                   and _reads_each_kanji(text[end - n:end], gloss.values[0])), None)) is not None:
                # a town's unit, then a Korean place the reading reads (ソウル市|麻浦（マポ）区|阿峴洞（アヒョンドン）):
                # the place is the kanji the reading reads, the unit the town's before it
                _drop_terms(p, kanji_before.start(), end)
                p.mentions = [k for k in p.mentions if not (k.start < end and start < k.end)]
                target = Mention(start, end, text[start:end], "gloss", type="place", origin="ko", proper=True)
                p.mentions.append(target)
        if gloss.kind == "reading" and "・" in gloss.values[0]:
            # a Korean firm's name in kanji and a loanword, read so (元益マテリアルズ（ウォニク・マテリアルズ）): the
            # name begins where the reading's Korean part does, whatever prefix UniDic saw in its first kanji
            korean_part, _, loanword = gloss.values[0].rpartition("・")
            name_end = end - len(loanword)
            start = next((name_end - n for n in (4, 3, 2) if text.endswith(loanword, 0, end) and
                          _reads_each_kanji(text[max(0, name_end - n):name_end], korean_part.replace("・", ""))), None)
            if start is not None and (target is None or start < target.start):
                _drop_terms(p, start, end)
                p.mentions = [k for k in p.mentions if k is target or not (start <= k.start and k.end <= end)]
                if target is None:
                    target = Mention(start, end, text[start:end], "gloss", proper=True)
                    p.mentions.append(target)
                target.start, target.text = start, text[start:end]
        if gloss.kind == "reading" and (target is None or target.type != "person"):
            named = _person_before_title(p, end)
            if named is None and orig.korean_katakana(gloss.values[0]):
                named = _korean_name_before_title(p, end)
            if named is not None:
                if named.kind != "jp" and orig.korean_katakana(gloss.values[0]):
                    target = named  # a Korean's title, then the name's reading (李在明大統領（イ・ジェミョン）)
                else:
                    # a person's title, then the team or firm (坂本花織選手（シスメックス）): a name of its own
                    _aside_name(p, *_bracketed(m, open_at), "org")
                    continue
        org_unit = ORG_UNIT_READING.fullmatch(gloss.values[0]) if gloss.kind == "reading" else None
        if org_unit:
            # a body's reading with its head (又松大学（ウソン大学）): a Korean body, written so too. Its name is as
            # many kanji before the head as the reading has Korean syllables (又 is no conjunction there)
            name_end = end - len(org_unit.group(2))
            start = next((name_end - n for n in (2, 3, 4) if _reads_each_kanji(
                text[max(0, name_end - n):name_end], org_unit.group(1).replace("・", ""))), None)
            if start is None and target is not None:
                start = target.start
            if start is not None:
                p.mentions = [k for k in p.mentions if not (start <= k.start and k.end <= end) and
                              not (open_at < k.start and k.end < m.end())]
                _drop_terms(p, start, end)
                p.mentions.append(Mention(start, end, text[start:end], "gloss", type="org", origin="ko",
                                          readings=list(gloss.values), aliases=list(gloss.values)))
                continue
        # (whether the reading after a body or an untyped run is a place's name: looked up once for both rules)
        kana_place = gloss.kind == "reading" and target is not None and target.type in ("org", "media", "") and \
            _kana_place(p, *_bracketed(m, open_at))
        if kana_place:
            read = next((k for k in p.mentions if k.end == end and _reads_each_kanji(k.text, gloss.values[0])), None)
            if read is not None:
                # a Korean place whose last kanji is a body's head (梨泰院（イテウォン）, not a 院): the reading,
                # a place's sound for each kanji, says it is the place; a description before ・ is no part of
                # it (繁華街・梨泰院)
                read.type, read.origin = "place", read.origin or "ko"
                p.mentions = [k for k in p.mentions if not (k.end == end and k.start < read.start
                                                            and text[read.start - 1] == "・")]
                target = read
        if gloss.kind == "reading" and target is not None and target.type in ("org", "media") and \
                not orig.korean_katakana(gloss.values[0]) and not kana_place:
            # a body's other name in katakana (国連教育科学文化機関（ユネスコ）, 奇瑞汽車（チェリー）) is a spelling of it;
            # a place there says where the body is (極東連邦大学（ウラジオストク）), an aside below, and a Korean
            # body's reading (青瓦台（チョンワデ）) is read below as any Korean name's
            target.aliases.extend(gloss.values)
            continue
        word = target if target is not None or gloss.kind != "reading" else next(
            (Mention(s, e, text[s:e], "gloss", type="term") for s, e, _ in p.terms if e == end), None)
        # (a name the bracket labels as another name of the words, 北方領土（ロシア名・南クリル）, is no aside)
        kana_tokens = tokenize(gloss.values[0]) if word is not None and gloss.kind != "alias" \
            and _common_words(p, word) else None
        if kana_tokens is not None and any(t.is_proper and t.pos3 == "地名" for t in kana_tokens) \
                and not _reads_each_kanji(word.text, gloss.values[0]):
            # a description, then the place it describes (港湾都市（ウラジオストク）): a place of its own, no
            # reading of the words (but words the katakana reads kanji by kanji in Korean are a Korean place's
            # name: 牡丹峰（モランボン）, whatever UniDic finds in the katakana)
            if word is target:
                p.mentions.remove(target)
            _aside_name(p, *_bracketed(m, open_at), "place")
            continue
        if kana_tokens is not None and _foreign_name_of_word(p, word, gloss.values[0], kana_tokens):
            # a policy's or an event's name in its own language (北方政策（ノルドポリティーク）): another spelling of
            # it, not a reading nor an aside
            if target is None:
                p.mentions.append(word)
            word.aliases.extend(gloss.values)
            p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            continue
        if gloss.kind == "reading" and target is not None and target.kind == "jp" and \
                "・" not in gloss.values[0] and _reads_each_kanji(target.text, gloss.values[0]):
            # what UniDic took for a Japanese name, read a Korean syllable a kanji without a dot (葛麻（カルマ）):
            # a Korean place
            target.kind, target.type, target.origin = "ko", "place", "ko"
        elif gloss.kind == "reading" and (synonym := _synonym_before(text, end, gloss.values[0])) and \
                not _reads_each_kanji(synonym, gloss.values[0]):
            # a loanword for the kanji word before it (無人機（ドローン）): another spelling of it; not a Korean
            # name's reading, a syllable a kanji, though the dictionary glosses both alike (板門店（パンムンジョム）)
            if target is None or target.start > end - len(synonym):
                target = Mention(end - len(synonym), end, synonym, "gloss", type="term")
                p.mentions.append(target)
            target.aliases.extend(gloss.values)
            continue
        elif gloss.kind == "reading" and target is not None and target.kind == "quoted" and \
                (after_quote or text.startswith(("」", "』"), m.end())) and \
                not _reads_each_kanji(target.text, gloss.values[0].replace("・", "")):
            # a quoted name and, inside the quotes or right after them, its name in another language (「東方
            # (ボストーク)」, 「愛国者公園」(パトリオット・パーク)): another spelling of it, no aside
            target.aliases.extend(gloss.values)
            p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            continue
        elif gloss.kind == "reading" and _may_be_aside(p, target, end) and not _joined_loanwords(gloss.values[0]) \
                and not orig.korean_katakana(gloss.values[0]) and not _reads_kanji_before(text, end, gloss.values[0]) \
                and (_loanword_aside(gloss.values[0]) or (target is not None and target.type in ("org", "media", "event"))):
            # an affiliation or venue in brackets (福岡堅樹（パナソニック）, 九回戦（メットライフ）): no reading but a
            # name of its own, a person's team or firm when it follows a person
            _aside_name(p, *_bracketed(m, open_at), "org" if target is not None and target.type == "person" else "")
            continue
        if target is None:
            # the noun sequence before the bracket, typed by its head if it has one
            start = end
            for s, e, _ in p.terms:
                if e == end:
                    start = s
            if start == end:
                run = re.search(r"[\u4e00-\u9fff々ァ-ヺー・A-Za-z0-9０-９Ａ-Ｚａ-ｚ\-]{2,30}$", text[:end]) or (
                    # (a brand renamed to one letter: X（旧ツイッター）)
                    re.search(r"(?<![A-Za-z])[A-Z]$", text[:end]) if gloss.kind == "alias" else None)
                if not run:
                    continue
                start = run.start()
            spelled = _DOTTED_KATAKANA_END.search(text, start, end) if gloss.kind == "latin" else None
            if spelled is not None and spelled.start() > start and \
                    len(gloss.values[0].split()) == spelled.group().count("・") + 1:
                # words, then a name in parts that the Latin spells a word a part (仏教指導者テロ・トゥルク・
                # リンポチェ（Telo Tulku Rinpoche）): the name's alone, no term's part
                start = spelled.start()
                _drop_terms(p, start, end)
            # a full name, then its title glossed (レオニド・ミケルソン最高経営責任者（CEO）): the gloss is the
            # title's, the name a person of its own
            lead = next((k for k in p.mentions if k.start == start and k.end < end and KATA_RUN.fullmatch(k.text)
                         and _NAME_SEPARATOR.search(k.text)), None)
            title = lead is not None and KANJI_RUN.fullmatch(text[lead.end:end]) and (
                _TITLE_RE.fullmatch(text[lead.end:end]) or _title_follows(text, lead.end))
            if title and gloss.kind == "latin":
                # the name in Latin letters after its title (チチェーリン外務人民委員（Georgy Chicherin）): the
                # person's gloss
                lead.type = lead.type or "person"
                target = lead
            elif title:
                lead.type = lead.type or "person"
                start = lead.end
        if target is None:
            # an adjectival modifier (地上移動型…) is not part of the glossed term: 大陸間弾道ミサイル（ICBM）,
            # unless the acronym has a letter for it (移動式発射台（TEL）: transporter erector launcher)
            acronym = gloss.values[0] if gloss.kind == "abbrev" and re.fullmatch(r"[A-Z]{3,6}", gloss.values[0]) \
                else ""
            cut = re.match(r".*[型式的製]", text[start:end])
            if cut and end - (start + cut.end()) >= 3 and \
                    not len(acronym) > _words_between(p, start + cut.end(), end) >= 2:
                start += cut.end()
            # nor is a word before a dictionary's term that the acronym stands for (実質|国内総生産（GDP）: gross
            # domestic product)
            if acronym and not _acronym_of(text[start:end], acronym):
                start = next((s for s in _word_starts(p, start, end) if _acronym_of(text[s:end], acronym)), start)
            # nor is a band's description (人気グループ防弾少年団（BTS）): the name after it is the band's
            band = re.match(r".*グループ", text[start:end]) if gloss.kind in ("abbrev", "latin") else None
            if band and end - (start + band.end()) >= 2:
                _drop_terms(p, start, start + band.end())
                start += band.end()
            adjective = re.search(r"[\u4e00-\u9fff]{2,3}的$", text[:start]) if acronym else None
            owner = _COMMON_NOUN_OF.search(text[:start]) if acronym and not adjective else None
            owner_word = p.tokens[p.tokens.first_ending_after(owner.start())] if owner else None
            if owner and len(acronym) == _words_between(p, start, end) + 1 and \
                    _words_between(p, owner.start(), owner.end(1)) == 1 and owner_word.pos2 == "普通名詞" and \
                    owner_word.pos3 != "副詞可能" and p.tokens[p.tokens.first_ending_after(start)].pos2 != "固有名詞":
                # a common noun and の before the term, the acronym's first letter (個人の中立選手（AIN）: individual
                # neutral athletes): the term's first word; a country or name before の is no part of it, nor
                # is a word such as 自身 (自身の交流サイト（SNS）), and a term that opens on a name has its letter
                # (南海の韓国防空識別圏（KADIZ）: K is 韓国)
                start = owner.start()
                _drop_terms(p, start, end)
            if adjective and len(acronym) > _words_between(p, start, end):
                # an acronym with a letter more than the term has words: the adjective in 的 before it is the
                # term's first word (排他的経済水域（EEZ）: exclusive economic zone); the words after it are no term
                start = adjective.start()
                _drop_terms(p, start, end)
            if acronym and len(acronym) > _words_between(p, start, end):
                chained = _chained_phrases_start(p, start, end, len(acronym))
                if chained < start:
                    start = chained
                    _drop_terms(p, start, end)
            place_before = next((k for k in p.mentions if k.end == start and k.type == "place"
                                 and KANJI_RUN.fullmatch(k.text)), None) if acronym else None
            if place_before is not None and len(acronym) > _words_between(p, start, end):
                # a place, then words with fewer words than the acronym has letters (図們江|地域開発計画（TRADP）:
                # Tumen River Area Development Programme): the place is the term's first words, and a place still
                start = place_before.start
                place_before.kind = "inner"
                _drop_terms(p, start, end)
            lettered = LATIN_NAME_END.search(text, start, end) if gloss.kind == "reading" else None
            if lettered is not None and lettered.start() > start:
                # words, then a name in letters and its reading (通信アプリTelegram（テレグラム）): the name is the
                # letters alone
                _drop_terms(p, start, end)
                start = lettered.start()
            last_part = text[start:end].rsplit("・", 1)[-1]
            if gloss.kind == "reading" and start < end - len(last_part) and "・" not in gloss.values[0] and \
                    _reads_each_kanji(last_part, gloss.values[0]):
                # words joined by ・, then the reading of the last alone (韓国・現代（ヒョンデ）: South Korea's
                # Hyundai): the reading is the last word's
                _drop_terms(p, start, end)
                start = end - len(last_part)
            if gloss.kind == "abbrev" and (begin := _fields_joined_before(p, start)) < start:
                # fields joined by ・ before the words the acronym follows (水産研究・|教育機構（FRA）): the whole's
                p.mentions = [k for k in p.mentions if not (begin <= k.start and k.end <= end)]
                _drop_terms(p, begin, end)
                start = begin
            surface = text[start:end]
            sm = _SUFFIX_RE.search(surface)
            # (a trade's word, ガス or 自動車, does not type a glossed term: 液化天然ガス（LNG）, 電気自動車（EV）)
            typed = sm is not None and sm.start() > 0 and _SUFFIX_NEED[sm.group()] != "brand" and not (
                _SUFFIX_NEED[sm.group()] == "name" and not _name_word_within(p, start, start + sm.start()))
            kind_type = _SUFFIXES[sm.group()] if typed else \
                "org" if band else "term" if gloss.kind == "abbrev" else ""
            if _NUMBERED_DESIGNATION.fullmatch(surface) and _weapon_kind_near(text, start, m.end()):
                kind_type = "weapon"  # a name, a number and a Latin designation of it near a bomber: 轟6K（H6K）
            target = Mention(start, end, surface, "gloss", type=kind_type)
            p.mentions.append(target)
        if gloss.kind == "reading":
            target.readings.extend(gloss.values)
            unit = UNIT_READING.fullmatch(gloss.values[0])
            if unit:
                # a town's reading with its unit (巨済市（コジェ市）): a place, its name read without the unit too
                target.type, target.origin = "place", target.origin or "ko"
                target.aliases.append(unit.group(1))
                p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
                continue
            headed = KOREAN_READING_WITH_HEAD.fullmatch(gloss.values[0])
            if headed and target.text.endswith(headed.group(2)) and orig.korean_syllables(headed.group(1)):
                # a Korean name's reading with the head the term ends in (蔚気灯台（ウルギ灯台）): the bracket names
                # nothing of its own
                target.origin = target.origin or "ko"
                p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            if HIRAGANA_NAME_READING.fullmatch(gloss.values[0]):  # its words name nothing (ちょう of ちょう・らくさい)
                p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end())]
            if target.kind == "ko" or orig.korean_katakana(gloss.values[0]):
                target.origin = target.origin or "ko"
                if target.type == "" or (target.type == "place" and _korean_full_name_reading(target.text,
                                                                                           gloss.values[0])):
                    target.type = "person"  # 鄭成湖（チョン・ソンホ）: a man's name, though it ends in 湖 (a lake)
            elif target.type == "" and orig.korean_syllables(gloss.values[0]) and (
                    _head_at(text, m.end()) == "place" or text.startswith(_PLACE_AFTER, m.end())
                    or _FACILITY_AFTER.match(text, m.end())):
                # a Korean place's reading, its head or a word for around it after the bracket (潭陽（タミャン）郡,
                # 光化門（クァンファムン）周辺), or a facility it names (北倉（プクチャン）火力発電所)
                target.type, target.origin = "place", target.origin or "ko"
            elif target.type == "" and orig.korean_syllables(gloss.values[0]) and \
                    text.startswith(_BUSINESS_GROUP_AFTER, m.end()):
                target.type, target.origin = "org", target.origin or "ko"  # a chaebol's: 現代（ヒョンデ）グループ
        elif gloss.kind == "alias":
            target.aliases.extend(gloss.values)
            if (ROYAL_NAME.fullmatch(gloss.values[0]) or ROYAL_NAME.fullmatch(target.text)) and \
                    target.type in ("", "other", "term") and KANJI_RUN.fullmatch(target.text):
                target.type = "person"  # (閔妃（明成皇后）: a queen, by her name after death; 光武帝（高宗）)
            _drop_terms(p, open_at, m.end())  # (a label in the bracket, ロシア名・, is no term)
            if target.type in ("", "other") and firm_formal_name(gloss.values[0], text[:open_at].rstrip()):
                target.type = "org"  # a brand named as its firm is (ハンコックタイヤ（韓国タイヤ・アンド・テクノロジー）)
            if (at := text.find(gloss.values[0], open_at, m.end())) >= 0:
                # an untyped piece of katakana cut from the other name is none (（韓国|タイヤ・アンド・テクノロジー）)
                end = at + len(gloss.values[0])
                p.mentions = [k for k in p.mentions if not (at <= k.start and k.end <= end and (k.start, k.end) !=
                                                            (at, end) and k.kind == "kata" and not k.type)]
        else:
            if gloss.kind == "abbrev" and (outer := _glossed_name_before(p, target.start)) is not None \
                    and gloss.values[0].startswith(_ascii_tail(outer.glosses[0])[:1]):
                # a name and its acronym, then a head, then the acronym of the whole, which begins with the
                # first's (東南アジア諸国連合（ASEAN）地域フォーラム（ARF）): the second names all of it, not the head
                target.start, target.text = outer.start, text[outer.start:target.end]
                outer.kind = "inner"  # (a body named inside the other's name, an entry of its own)
            target.glosses.extend(gloss.values)
            if gloss.kind == "latin":  # its words are the gloss, no terms (Lotte Hotels of Lotte Hotels & Resorts)
                _drop_terms(p, open_at, m.end())
            if gloss.kind == "abbrev":  # an abbreviation printed full-width (（ＮＡＴＯ）) is the gloss, no name of its own
                p.mentions = [k for k in p.mentions if not (open_at < k.start and k.end < m.end()
                                                            and _ascii_tail(k.text) in gloss.values)]
            if target.kind == "gloss" and gloss.kind == "latin" and not target.type:
                words = gloss.values[0].split()
                if KATA_RUN.fullmatch(target.text) and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                    target.type = "person"


_KO_SYLLABLES = re.compile(orig.KO_SYLLABLE)
# words after a Korean name's reading that make it a business group's (現代（ヒョンデ）グループ, 三星（サムスン）財閥)
_BUSINESS_GROUP_AFTER = ("グループ", "財閥", "系列")


def _joined_loanwords(kana: str) -> bool:
    """Whether `kana` is loanwords of three kana or more that JMdict knows, joined by ・ (セカンダリー・サンクション):
    a term's name in English, no person's or place's."""
    parts = kana.split("・")
    return len(parts) >= 2 and all(len(part) >= 3 and dictionary_kana_word(part) for part in parts)


def _foreign_name_of_word(p: _Para, target: Mention, kana: str, kana_tokens: list) -> bool:
    """True when the katakana `kana` (tokenized as `kana_tokens`) in brackets after the common words `target`
    (see _common_words: 北方政策（ノルドポリティーク）, where 黒竜江（ヘイロンジャン） is read) names them in another
    language rather than reading them: UniDic does not read them so (鉄鉱石（テッコウセキ）: furigana), and the
    katakana is neither a Korean reading, nor a name in parts, nor a name UniDic knows."""
    if ("・" in kana and not _joined_loanwords(kana)) or orig.korean_syllables(kana):
        return False  # (loanwords joined by ・ may name it too: 二次的制裁（セカンダリー・サンクション）)
    if any(t.is_proper for t in kana_tokens):
        return False  # a name of its own, what the word describes (港湾都市（ウラジオストク）): an aside
    return kana != "".join(t.reading for t in _tokens_within(p, target))


def _common_words(p: _Para, target: Mention) -> bool:
    """True when `target`, three kanji or more, untyped or typed a term, an event or a place only by its head,
    is common words UniDic knows, no name (港湾都市, 北方政策; not 黒竜江)."""
    if target.type not in ("", "term", "event", "place") or target.kind == "ko" or len(target.text) < 3 or \
            not KANJI_RUN.fullmatch(target.text):
        return False
    tokens = _tokens_within(p, target)
    return bool(tokens) and not any(t.is_proper or t.unknown for t in tokens)


def _tokens_within(p: _Para, target: Mention) -> list:
    """The tokens of the paragraph that lie inside `target`."""
    return [t for t in (p.tokens[i] for i in range(len(p.tokens))) if target.start <= t.start and t.end <= target.end]


# (readings stray from the dictionary's: 南原 ナムォン runs ㅁ into 원, 0.33)
_MAX_KOREAN_READING_DISTANCE = 0.5


def _reads_each_kanji(kanji: str, reading: str) -> bool:
    """True when the katakana `reading` (no ・) reads two to four kanji one Korean syllable each, near their Korean
    readings (イテウォン for 梨泰院): the way a Korean place is read, where a body's reading would not be, nor a
    foreign name the kanji describe (ズベルバンク（国営銀行）)."""
    return 2 <= len(kanji) <= 4 and bool(KANJI_RUN.fullmatch(kanji)) and orig.korean_syllables(reading) and \
        len(_KO_SYLLABLES.findall(reading)) == len(kanji) and \
        extract_dict.korean_reading_distance(kanji, reading) <= _MAX_KOREAN_READING_DISTANCE


def _korean_name_of(name: str, kanji: str) -> bool:
    """True when `kanji`, a Korean name of three or four characters, begins with the surname the katakana full
    name `name` (given・family) ends in: a Koryo-saram's Korean name beside his Russian one (ニコライ・シン, 申順南)."""
    family = name.rsplit("・", 1)[-1]
    return "・" in name and 3 <= len(kanji) <= 4 and bool(KANJI_RUN.fullmatch(kanji)) and \
        family in orig.ko_surnames().get(kanji[0], ())


def _titled_name(kanji: str, reading: str) -> str | None:
    """The name in `kanji` after a title that opens it (国王 of 国王高宗), when the katakana `reading` reads
    the name one Korean syllable a kanji; None otherwise."""
    for title_length in range(1, len(kanji) - 1):
        if kanji[:title_length] in _TITLES and _reads_each_kanji(kanji[title_length:], reading):
            return kanji[title_length:]
    for title_length in range(2, len(kanji) - 1):
        rest = kanji[title_length:]
        if kanji[:title_length] in _TITLES and 2 <= len(rest) <= 4 and len(reading) >= len(rest) \
                and "・" not in reading and not orig.korean_katakana(reading):
            return rest  # (a title, then a name read in another language: 将軍|沙爾虎達（シャルフダ）, a Manchu)
    return None


def _korean_full_name_reading(kanji: str, reading: str) -> bool:
    """True when `reading` reads the two to four kanji as a Korean full name: a surname's reading of the first
    kanji, a dot, then the given name (チョン・ソンホ for 鄭成湖); a place is read without a dot."""
    surname, dot, given = reading.partition("・")
    return bool(dot and given and 2 <= len(kanji) <= 4 and KANJI_RUN.fullmatch(kanji)
                and surname in orig.ko_surnames().get(kanji[0], ()))


def _bracketed(bracket: re.Match, open_at: int) -> tuple[int, str]:
    """(start, text) of what a bracket of PAREN holds, without the spaces around it; `open_at` is where the
    opening bracket is."""
    inner = bracket.group(1)
    return open_at + 1 + len(inner) - len(inner.lstrip()), inner.strip()


def _renamed_towns(p: _Para, bracket: re.Match, open_at: int, values: tuple[str, ...]) -> None:
    """A town, then its name before or now in brackets (済物浦（現仁川）, 城津（現金策＝キムチェク）): places of their
    own, each with its own English (Chemulpo, Incheon), no two spellings of one name; the reading is the bracketed
    town's."""
    text = p.para.text
    head = re.search(r"[\u4e00-\u9fff]{2,3}$", text[:bracket.start()])
    spans = [(head.start(), head.end(), [])]
    at = text.index(values[0], _bracketed(bracket, open_at)[0])
    spans.append((at, at + len(values[0]), list(values[1:])))
    for start, end, readings in spans:
        # (what UniDic made of the kanji inside, a surname or a word, names nothing else)
        p.mentions = [k for k in p.mentions if not (start <= k.start < end or start < k.end <= end)
                      or (k.start == start and k.end == end)]
        same = [k for k in p.mentions if k.start == start and k.end == end]
        for k in same:
            k.type = "place"
            k.readings.extend(r for r in readings if r not in k.readings)
        if not same:
            p.mentions.append(Mention(start, end, text[start:end], "gloss", type="place", proper=True,
                                      readings=readings))


def _aside_name(p: _Para, start: int, inner: str, kind_type: str) -> None:
    """Katakana in brackets that is a name of its own, no reading (a team, a firm, a venue): the mention found
    there gets `kind_type` unless typed already, or a new one is made."""
    same = [k for k in p.mentions if k.start == start and k.end == start + len(inner)]
    for k in same:
        k.type = k.type or kind_type
    if not same:
        p.mentions.append(Mention(start, start + len(inner), inner, "kata", type=kind_type, proper=True))


_DOTTED_KATAKANA_END = re.compile(r"[ァ-ヺー]+(?:・[ァ-ヺー]+)+$")
_NAME_DASH = re.compile("[―—－]")  # between the names of a route's stops (not ー, a long vowel)
_DASHED_NAMES_END = re.compile(r"(?:[ァ-ヺ][ァ-ヺー]+|[\u4e00-\u9fff]{2,})(?:[―—－](?:[ァ-ヺ][ァ-ヺー]+|[\u4e00-\u9fff]{2,}))+$")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for"})


def _initials_spell(dotted: str, acronym: str) -> bool:
    """Whether the initials of the English of each katakana word of `dotted` (UniDic's foreign spellings: ラジオ
    radio) spell `acronym`, with or without the function words (of, the): RFA, VOA."""
    words = []
    for part in dotted.split("・"):
        toks = tokenize(part)
        if len(toks) != 1 or not toks[0].foreign or not toks[0].foreign[:1].isascii():
            return False
        words.append(toks[0].foreign.lower())
    letters = acronym.upper()
    return letters in ("".join(w[0] for w in words).upper(),
                       "".join(w[0] for w in words if w not in _FUNCTION_WORDS).upper())


def _acronym_of(term: str, acronym: str) -> bool:
    """Whether `acronym` spells the initials of an English gloss JMdict gives the kanji term (GDP: gross domestic
    product), with or without its function words."""
    for gloss in extract_dict.dictionary_kanji_glosses(term):
        words = re.findall(r"[A-Za-z]+", gloss.lower())
        if acronym in ("".join(w[0] for w in words).upper(),
                       "".join(w[0] for w in words if w not in _FUNCTION_WORDS).upper()):
            return True
    return False


def _word_starts(p: _Para, start: int, end: int) -> Iterator[int]:
    """Where each word after the first of text[start:end] begins, first to last."""
    k = p.tokens.first_ending_after(start) + 1
    while k < len(p.tokens) and p.tokens.start(k) < end:
        yield p.tokens.start(k)
        k += 1


# words that describe a body rather than name it (韓国産業銀行（国営銀行））, or say what kind of body a name is rather
# than what the name means (ズベルバンク（国営銀行）, ガスプロム（国営ガス企業）)
_DESCRIPTIVE_WORDS = re.compile("国営|国有|大手|最大|民間|傘下")
_DESCRIBES_A_BODY = re.compile(_DESCRIPTIVE_WORDS.pattern + "|(?:企業|会社|銀行|団体|組織|機関|政党)$")


def _attach_short_name(p: _Para, bracket: re.Match) -> None:
    """A body's shorter name in kanji in brackets right after it (大検察庁（最高検）, 大韓弁護士協会（大韓弁協）) is
    another spelling of it: the bracketed name ends in a body's head too, or is made of the body's characters in
    their order, so an aside (（当時）, （総書記）) is none."""
    inner = bracket.group(1).strip()
    if len(inner) < 2 or inner[0] == "旧":
        return  # (a former name, （旧大宇造船海洋）, names the body it was: a name of its own)
    if inner in wire_services():
        return  # a news agency's credit after a caption's place (＝2日、モスクワ（共同）), not the place's name
    loanword = re.search(r"[ァ-ヺー]{2,12}$", p.para.text[max(0, bracket.start() - 12):bracket.start()])
    if loanword and KANJI_RUN.fullmatch(inner) and extract_dict.dictionary_synonyms(inner, loanword.group()):
        # a loanword, then the kanji word for it (コルホーズ（集団農場）): two spellings of one term
        end = bracket.start()
        p.mentions.append(Mention(end - len(loanword.group()), end, loanword.group(), "gloss", type="term",
                                  aliases=[inner]))
        return
    if loanword and _translates(p, bracket, inner):
        # a foreign word or name, then what it means in common words (スヴォボードヌイ（自由市）, ブロックトレイン
        # （専用列車）): the Japanese for it, another spelling of it
        end = bracket.start()
        named = next((k for k in p.mentions if k.end == end and k.start >= end - len(loanword.group())), None)
        if named is not None:
            named.aliases.append(inner)
        else:
            p.mentions.append(Mention(end - len(loanword.group()), end, loanword.group(), "gloss", type="term",
                                      aliases=[inner]))
        return
    if not KANJI_RUN.fullmatch(inner):
        return
    place = next((k for k in p.mentions if k.end == bracket.start() and k.type == "place"
                  and KATA_RUN.fullmatch(k.text)), None)
    if place is not None and dictionary_place(inner) and _SUFFIX_RE.search(inner) is None \
            and variant_key(inner) not in _country_alias_keys() and inner not in _DIRECTIONS:
        # a place in katakana, then its Japanese name in kanji (サハリン（樺太）): one place; a country or a
        # province there (（米国）, （吉林省）) says where it is
        place.aliases.append(inner)
        _clear_span(p, bracket.start(1), bracket.end(1))
        return
    head = _SUFFIX_RE.search(inner)
    # (a body's or a treaty's other full name, its head the same kind's, may be as long: 米戦争省（国防総省）,
    # 第2次日韓協約（乙巳条約）)
    named_body = len(inner) >= 3 and head is not None and head.start() > 0 \
        and _SUFFIXES[head.group()] in ("org", "event") and not _DESCRIPTIVE_WORDS.search(inner)
    body = next((k for k in p.mentions if k.end == bracket.start() and k.type in ("org", "media", "event")
                 and (len(k.text) > len(inner) or (named_body and k.type == _SUFFIXES[head.group()]))), None)
    if body is None:
        _attach_short_term(p, bracket, inner)
        return
    if named_body or _in_order(inner, body.text):  # (大韓弁護士協会（大韓弁協）, 全国人民代表大会（全人代）)
        _split_at_short_name(p, body, inner)
        body.aliases.append(inner)
        # (its words are no names of their own: 大韓 of 大韓弁協 is no place here)
        _clear_span(p, bracket.start(1), bracket.end(1))


def _split_at_short_name(p: _Para, body: Mention, inner: str) -> None:
    """Where a body's short name begins inside it, after a country's body (韓国軍|合同参謀本部（合参）: the
    forces, then their joint staff), `body` becomes the body the short name is of, and the country's a body of
    its own. A service before its command stays (陸軍特殊戦司令部（特戦司）)."""
    cut = body.text.find(inner[0])
    if cut < 2 or body.text[0] == inner[0]:
        return
    before, named = body.text[:cut], body.text[cut:]
    head_before, head_named = _SUFFIX_RE.search(before), _SUFFIX_RE.search(named)
    if head_before is None or head_named is None or (head_named.start() == 0 and len(named) < 4) \
            or _SUFFIXES[head_before.group()] != "org" or _SUFFIXES[head_named.group()] != "org" \
            or before[:head_before.start()] not in _COUNTRY_NAMES | _COUNTRY_LETTERS:
        return
    p.mentions.append(Mention(body.start, body.start + cut, before, body.kind, type="org", origin=body.origin))
    body.start, body.text = body.start + cut, named


_REGION_HEADS = ("地方", "州", "地区", "省", "県", "道", "郡", "管区", "共和国")


def _translates(p: _Para, bracket: re.Match, inner: str) -> bool:
    """Whether the kanji `inner`, in brackets after katakana, reads as the Japanese for the word before it: two
    to six characters of common nouns, no title, no aside; the word before no person (whose brackets hold a rank,
    a field or a status: （中将）, （歴史学）, （故人）)."""
    end = bracket.start()
    if not 2 <= len(inner) <= 6 or not KANJI_RUN.match(inner) or inner in gloss_rejects() or _TITLE_RE.search(inner):
        return False  # (a katakana word after one is an aside: プルゴム（ヒグマ）)
    if any(k.end == end and (k.type == "person" or k.titled or _NAME_SEPARATOR.search(k.text))
           for k in p.mentions) or _DESCRIBES_A_BODY.search(inner):
        return False
    if (inner.endswith(_REGION_HEADS) or inner in _DIRECTIONS) and any(
            k.end == end and k.type == "place" for k in p.mentions):
        return False  # a town, then the region it lies in (ナホトカ（沿海地方）, ナホトカ（極東）)
    words = p.tokens.covering(bracket.start(1), bracket.end(1))
    return bool(words) and all(w.pos1 in ("名詞", "接尾辞") and w.pos2 != "固有名詞" and w.pos2 != "数詞"
                               for w in words)


def _attach_short_term(p: _Para, bracket: re.Match, inner: str) -> None:
    """A term's short form in kanji in brackets right after it (原子力潜水艦（原潜）, 特別検察官（特検）): its
    characters in their order, from a term at least two characters longer, so that no aside (（当時）) is one."""
    if inner in gloss_rejects() or len(inner) > 4:
        return
    start = min((s for s, e, _ in p.terms if e == bracket.start()), default=None)
    if start is None:
        return
    term = p.para.text[start:bracket.start()]
    if len(term) >= len(inner) + 2 and _in_order(inner, term):
        p.mentions.append(Mention(start, bracket.start(), term, "gloss", type="term", aliases=[inner]))
        _clear_span(p, bracket.start(1), bracket.end(1))


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of `short` all occur in `long`, in their order (全人代 in 全国人民代表大会)."""
    pos = 0
    for ch in short:
        pos = long.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _ascii_tail(text: str) -> str:
    """The last characters of `text` with full-width Latin letters and digits read as ASCII (ＮＡＴＯ → NATO)."""
    tail = text[-12:]
    return text[:-12] + "".join(chr(ord(c) - 0xFEE0) if "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ" or "０" <= c <= "９"
                                else c for c in tail)


def _name_end_before_title(text: str, end: int) -> int | None:
    """Where a name ends that a personal title ending at `end` follows, a former or present holder's 前, 元 or 現
    between them (尹錫悦|前|大統領), or None when no title ends at `end`."""
    title = _TITLE_END.search(text[max(0, end - 8):end])
    if title is None:
        return None
    name_end = end - len(title.group())
    return name_end - 1 if name_end > 0 and text[name_end - 1] in "前元現" else name_end


def _person_before_title(p: _Para, end: int) -> Mention | None:
    """The person named right before a personal title that ends at `end` (坂本花織|選手, 李在明|大統領), or None."""
    name_end = _name_end_before_title(p.para.text, end)
    if name_end is None:
        return None
    return next((k for k in p.mentions if k.end == name_end and k.start < name_end and
                 (k.type == "person" or (k.kind in ("jp", "ko", "zh") and k.type == ""))), None)


def _korean_name_before_title(p: _Para, end: int) -> Mention | None:
    """A new person mention for two to four kanji written right before a personal title that ends at `end`, when
    a Korean reading follows the title (李在明|大統領（イ・ジェミョン）), or None."""
    text = p.para.text
    name_end = _name_end_before_title(text, end)
    if name_end is None:
        return None
    run = KANJI_RUN.search(text, max(0, name_end - 4), name_end)
    while run and run.end() != name_end:
        run = KANJI_RUN.search(text, run.end(), name_end)
    if run is None or len(run.group()) < 2 or (run.start() > 0 and KANJI_RUN.match(text, run.start() - 1)):
        return None  # no kanji, or more than a name's four
    name = Mention(run.start(), name_end, run.group(), "gloss", type="person")
    p.mentions.append(name)
    return name


def _may_be_aside(p: _Para, target: Mention | None, end: int) -> bool:
    """Whether katakana in brackets at `end` may be an aside rather than a reading: after a Japanese person
    (whose reading would be hiragana) or after ordinary words (九回戦), not after a Chinese or Korean name or
    a word UniDic does not know or cuts up (陕西（シャンシー）, whose sounds may look like loanwords). After a body's
    name the katakana says where it is (極東連邦大学（ウラジオストク）): a body is not glossed by a reading."""
    if target is not None:
        return target.kind == "jp" or target.type in ("org", "media", "event")
    run = KANJI_RUN.search(p.para.text, max(0, end - 6), end)
    while run and run.end() != end:
        run = KANJI_RUN.search(p.para.text, run.end(), end)
    if not run:
        return False
    toks = _covering(p.tokens, run.start(), end)
    # (two one-kanji common nouns in a row are a name UniDic cut up, 華|為|技術（ファーウェイ）, no words)
    cut_up = any(len(a.surface) == len(b.surface) == 1 and a.pos2 == b.pos2 == "普通名詞"
                 for a, b in zip(toks, toks[1:]))
    return bool(toks) and not cut_up and not any(t.unknown or t.is_proper for t in toks)


def _kana_place(p: _Para, start: int, kana: str) -> bool:
    """True when the katakana at `start` names a place: JMnedict lists it as one, or UniDic reads it as place
    names only."""
    return _names_a_place(kana, _covering(p.tokens, start, start + len(kana)))


def _synonym_before(text: str, end: int, kana: str) -> str:
    """The kanji word ending at `end` (the longest of two to eight kanji) that JMdict gives an English gloss in
    common with the katakana `kana`, or ''."""
    run = re.search(r"[\u4e00-\u9fff々]{2,8}$", text[max(0, end - 8):end])
    if run is None or not _KATAKANA_WORD.fullmatch(kana):
        return ""
    word = run.group()
    return next((word[i:] for i in range(len(word) - 1) if extract_dict.dictionary_synonyms(word[i:], kana)), "")


def _reads_kanji_before(text: str, end: int, kana: str) -> bool:
    """Whether `kana` reads the kanji word ending at `end` one Korean syllable a kanji (景福宮（キョンボックン）):
    a reading, however much its sounds look like loanwords to UniDic."""
    word = re.search(r"[\u4e00-\u9fff々]{2,6}$", text[max(0, end - 6):end])
    return word is not None and _reads_each_kanji(word.group(), kana)


def _loanword_aside(kana: str) -> bool:
    """True when katakana in brackets is ordinary loanwords, the name of a firm or team UniDic knows, or a
    place with a loanword (パナソニック, メット|ライフ, コカ|コーラ, ナゴヤ|ドーム), not a name's sound: a reading
    spells a person or a place."""
    toks = [t for t in tokenize(kana) if t.surface.strip("・＝= ")]
    # (a place with a loanword, ナゴヤ|ドーム, is a venue; a place alone may be a reading, ピョンヤン)
    with_word = any(t.goshu == "外" and not t.is_proper for t in toks)
    return bool(toks) and all(t.goshu == "外" or (t.is_proper and (t.pos3 not in ("人名", "地名") or
                                                                  (t.pos3 == "地名" and with_word))) for t in toks)


def _find_foreign(p: _Para) -> None:
    text = p.para.text
    # a name in brackets is whole, in the case its language writes it (（Земля леопарда）: a park's, Land of the Leopard)
    whole = [m.span(1) for m in _BRACKETED_CYRILLIC.finditer(text)]
    for start, end in whole:
        p.foreign.append((start, end, text[start:end]))
    for rx in (HANGUL_RUN, CYRILLIC_RUN, LATIN_NAME):
        for m in rx.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in whole):
                p.foreign.append((m.start(), m.end(), m.group()))


# (words of one letter or joined by hyphens are words too: Я русский, Опыт русско-корейского словаря)
_BRACKETED_CYRILLIC = re.compile(r"[（(]([А-ЯЁ][а-яё]*(?:[ \-][А-Яа-яЁё]+){1,5})[）)]")


def _resolve(p: _Para) -> None:
    """Keep the best non-overlapping mentions: higher priority, then longer, first."""
    ranked = sorted(p.mentions, key=lambda m: (-_PRIORITY[m.kind], -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for m in ranked:
        clash = [k for k in kept if k.start < m.end and m.start < k.end]
        # (a place inside an organisation's name is a place too; inside a weapon's, a coincidence: 千里馬1型)
        # (and a place inside a body named inside another, 韓国 of 韓国軍 of 韓国軍合同参謀本部)
        if m.kind == "inner" and all(
                (k.kind in ("compound", "gloss", "quoted") or (k.kind == "inner" and k.type == "org"))
                and k.start <= m.start and m.end <= k.end and (k.start, k.end) != (m.start, m.end)
                and k.type != "weapon" for k in clash):
            kept.append(m)
            continue
        if clash:
            # evidence found on a dropped mention carries over to the one of the same span, or of the same name
            # around it (the quotation 「東方(ボストーク)」 of the name 東方 read ボストーク)
            for k in clash:
                if (m.start, m.end) == (k.start, k.end) or (k.text == m.text and k.start <= m.start and m.end <= k.end):
                    k.glosses += m.glosses
                    k.readings += m.readings
                    k.aliases += m.aliases
            continue
        kept.append(m)
    p.mentions = sorted(kept, key=lambda m: m.start)


# ----------------------------------------------------------------------------- the API

def _file_counts(analysed: list[_Para], files: set[str], known: dict[str, Counter]) -> dict[str, Counter]:
    """The origin words counted over each of `files`, from its analysed paragraphs; files already in
    `known` (counted by an earlier pass of the same extraction) are not counted again."""
    missing = files - known.keys()
    for f in missing:
        known[f] = Counter()
    for p in analysed:
        if p.para.file in missing:
            known[p.para.file].update(orig.context_origins(p.para.text))
    return known


def _promote_pending(analysed: list[_Para], file_counts: dict[str, Counter]) -> None:
    """Titled Korean-surname names from paragraphs that name neither Korea nor China become Korean persons
    when their file speaks of Korea more than of China (a report whose first paragraph says 韓国 names
    李在明代表 later on); elsewhere they are dropped. Mentions they overlap give way."""
    files = {p.para.file for p in analysed if p.pending}
    if not files:
        return
    by_file = _file_counts(analysed, files, file_counts)
    korea = {f: c.get("ko_north", 0) + c.get("ko_south", 0) for f, c in by_file.items()}
    china = {f: c.get("zh", 0) for f, c in by_file.items()}
    for p in analysed:
        if not p.pending:
            continue
        # (a file that names neither country: a surname far commoner in Korea than in China says Korea, 崔善姫氏)
        silent = not korea[p.para.file] and not china[p.para.file]
        if korea[p.para.file] > china[p.para.file] or silent:
            ctx_cache: dict = {}
            for m in p.pending:
                if silent and (not orig.korean_surname(m.text[0]) or dictionary_kanji_word(m.text)):
                    continue  # (a word of the language is no name: 太平洋|軍司令官, the Pacific)
                if any(k.start < m.end and m.start < k.end and k.kind in ("ko", "zh", "gloss") for k in p.mentions):
                    continue
                p.mentions = [k for k in p.mentions if not (k.start < m.end and m.start < k.end)]
                _locate(p, m, ctx_cache)
                m.para_origins = dict(by_file[p.para.file])  # its paragraph is silent: the file is the context
                p.mentions.append(m)
            p.mentions.sort(key=lambda m: m.start)
        p.pending = []


def _file_context(analysed: list[_Para], file_counts: dict[str, Counter]) -> None:
    """Korean names whose paragraph names neither Korea get their file's counts of origin words, which
    decide their side when nothing nearer does (a report on Seoul's politics names 韓国 only at its start)."""
    silent = [m for p in analysed for m in p.mentions if _needs_side(m)
              and not (m.para_origins.get("ko_north") or m.para_origins.get("ko_south"))]
    if not silent:
        return
    by_file = _file_counts(analysed, {m.file for m in silent}, file_counts)
    for m in silent:
        m.file_origins = dict(by_file[m.file])


def _as_paragraphs(source: str | Iterable[Paragraph], file: str) -> Iterable[Paragraph]:
    if isinstance(source, str):
        return paragraphs(source, file)
    return source


# a country's forces written with its letter (米軍, 露軍, 在韓米軍), a word of its own to UniDic, not a sequence
# (the forces' craft, men and posts after the name leave it whole: 米軍機, 米軍兵士, 米軍将校, 米軍基地; not 米|軍艦)
_LETTER_FORCES = re.compile("(?<![\u4e00-\u9fff々])(?:在[日韓])?[%s]軍(?![\u4e00-\u9fff々](?<!機|兵|基|将))"
                            "(?!兵器|基[^地])"
                            % "".join(sorted(_COUNTRY_LETTERS)))


def _find_letter_forces(p: _Para) -> None:
    """A country's forces named by its letter are a body, like those named in full (ロシア軍)."""
    for m in _LETTER_FORCES.finditer(p.para.text):
        p.mentions.append(Mention(m.start(), m.end(), m.group(), "compound", type="org", proper=False))


# 'called X' before a name (ソ連時代に「白ロシア」と呼ばれたベラルーシ)
_CALLED_BEFORE = re.compile(r"「([^「」]{2,15})」と呼ばれ(?:た|る|ていた|てきた|ている)")


# what a formal name's head makes it: a body (…に関する委員会) or an agreement, typed as events are
_FORMAL_HEAD_TYPES = {"委員会": "org", "会議": "event"}


def _find_formal_names(p: _Para) -> None:
    """A treaty's or a body's formal name, a phrase about what it deals with (南極の海洋生物資源の保存に関する委員会),
    where the text vouches that the phrase is a name: it is quoted, or a short name or an acronym in brackets follows
    it (（CCAMLR）, （マドリード議定書）). Countries before it say whose it is, no part of its name."""
    text = p.para.text
    for m in FORMAL_NAME.finditer(text):
        start, end = m.start(), m.end()
        bracket = PAREN.match(text, end)
        quoted = text[start - 1:start] == "「" and text[end:end + 1] == "」"
        if not quoted and (bracket is None or classify(bracket.group(1), text[:end]) is None):
            continue
        while (of := text.find("の", start, end)) > start and variant_key(text[start:of]) in _country_alias_keys():
            start = of + 1
        _drop_terms(p, start, end)
        p.mentions = [k for k in p.mentions if not (start <= k.start and k.end == end)]
        p.mentions.append(Mention(start, end, text[start:end], "gloss",
                                  type=_FORMAL_HEAD_TYPES.get(m.group("head"), "event"), proper=True))


def _find_former_names_called(p: _Para) -> None:
    """A name the text says a named thing is or was called (「白ロシア」と呼ばれたベラルーシ): another name of the
    place, body or person right after, when it is a name itself (katakana in it, or found as one)."""
    for m in _CALLED_BEFORE.finditer(p.para.text):
        name = m.group(1)
        # (the quoted words as a name of their own, a nickname, 「鉄の女」, are no proof they are a name of it)
        found = any(k.start == m.start(1) and k.end == m.end(1) and not (k.kind == "quoted" and k.type == "other")
                    for k in p.mentions)
        if not (found or _KATAKANA_WORD.search(name)):
            continue
        named = next((k for k in p.mentions if k.start == m.end() and k.type in ("place", "org", "person")), None)
        if named is not None:
            named.aliases.append(name)


# between two ends of a route: a reading of the first, then から (慶興（キョンフン）から会寧)
_ROUTE_FROM = re.compile(r"(?:[（(][ァ-ヺー・]{2,}[）)])?から")
_ROUTE_FROM_BEFORE = re.compile(r"(?:[（(][ァ-ヺー・]{2,}[）)])?から$")


def _type_route_ends(p: _Para) -> None:
    """A kanji name the text reads in katakana, of no type yet, at one end of a route whose other end is a place
    (慶興（キョンフン）から会寧, 会寧から慶興（キョンフン）): a place too."""
    text = p.para.text
    starts = {m.start for m in p.mentions if m.type == "place"}
    ends = {m.end for m in p.mentions if m.type == "place"}
    for m in p.mentions:
        if m.type or not m.readings or not KANJI_RUN.fullmatch(m.text):
            continue
        after = _ROUTE_FROM.match(text, m.end)
        before = _ROUTE_FROM_BEFORE.search(text, max(0, m.start - 20), m.start)
        if (after is not None and after.end() in starts) or (before is not None and before.start() in ends):
            m.type = "place"


_DIVISION_IN_BRACKETS = re.compile(r"[（(]([^（）()、]{2,15}?(?:州|共和国|地方|自治区|自治管区|省|県|道))[）)]")


def _type_places_by_their_division(p: _Para) -> None:
    """A name of no type yet, then in brackets the division it lies in (チャヤンダ（サハ共和国）, コビクタ（イルクーツク
    州）): a place, the way an address is written."""
    text = p.para.text
    divisions = {(m.start, m.end) for m in p.mentions if m.type == "place"}
    for m in p.mentions:
        bracket = _DIVISION_IN_BRACKETS.match(text, m.end) if not m.type else None
        if bracket is not None and bracket.span(1) in divisions:
            m.type = "place"


_LISTING = tuple("や、と・")  # what joins names listed one after another (会寧や茂山, 会寧、茂山)


def _type_listed_places(p: _Para) -> None:
    """A kanji name of no type yet listed right after or before a place in kanji that a dictionary puts abroad
    and not in Japan (会寧や茂山を経て): a place too, as things listed together are things of a kind. (Not in a
    list of Japan's places, where a name of no type is as often a person's or an era's: 奈良や天平.)"""
    text = p.para.text
    places = [m for m in p.mentions if m.type == "place" and KANJI_RUN.fullmatch(m.text)
              and (where := dictionary_place_origin(m.text)) and "ja" not in where]
    # (each may have its reading in brackets after it: 羅先（ラソン）と文徳（ムンドク）)
    starts, ends = {m.start for m in places}, {_after_reading(text, m.end) for m in places}
    for m in p.mentions:
        if m.type or m.kind != "proper" or not 2 <= len(m.text) <= 3 or not KANJI_RUN.fullmatch(m.text):
            continue
        end = _after_reading(text, m.end)
        if (m.start - 1 in ends and text[m.start - 1] in _LISTING) or \
                (end + 1 in starts and text[end:end + 1] in _LISTING):
            m.type = "place"


def _type_listed_katakana_places(p: _Para) -> None:
    """A katakana name of no type listed among katakana places, two of them before it or one on each side
    (ウラジオストック、ナホトカ、ボストーチヌイの各港): a place too, as things listed together are things of a kind."""
    text = p.para.text
    kata = sorted((m for m in p.mentions if KATA_RUN.fullmatch(m.text)), key=lambda m: m.start)

    def place_listed_with(i: int, j: int) -> bool:  # kata[i] is a place listed right next to kata[j]
        a, b = sorted((i, j))
        return 0 <= a and b < len(kata) and kata[i].type == "place" and kata[b].start == kata[a].end + 1 \
            and text[kata[a].end] in _LISTING

    for i, m in enumerate(kata):
        if not m.type and place_listed_with(i - 1, i) and \
                (place_listed_with(i - 2, i - 1) or place_listed_with(i + 1, i)):
            m.type = "place"


def _after_reading(text: str, end: int) -> int:
    """Where a name that ends at `end` ends with its reading in katakana brackets after it, if it has one."""
    reading = _BRACKETED_READING.match(text, end)
    return reading.end() if reading else end


def _join_names_known_as(p: _Para) -> None:
    """A name, its gloss or not, then こと and a person's name (SHAMAN（シャーマン）ことヤロスラフ・ドロノフ): the name the
    person is known by, a stage or pen name, and the person's own, one person's spellings."""
    text = p.para.text
    persons = {m.start: m for m in p.mentions if m.type == "person"}
    for m in p.mentions:
        at = (bracket.end() if (bracket := PAREN.match(text, m.end)) else m.end)
        person = persons.get(at + 2) if text.startswith("こと", at) else None
        # (a name in letters or katakana, which UniDic may take for a word: SHAMAN)
        if person is not None and person is not m and m.type in ("", "other", "person") and \
                (m.kind != "compound" or not KANJI_RUN.search(m.text)):
            person.aliases.append(m.text)
            m.type = "person"


_OFFICIAL_NAME = re.compile(r"正式名称は[「『]([^「」『』]{2,40})[」』]")


def _join_official_names(p: _Para) -> None:
    """A name a sentence opens on as its topic, then 正式名称は「…」 (アレクサンドロフ・アンサンブルは…、正式名称は
    「A・V・アレクサンドロフ記念ロシア軍アカデミー歌舞団」): the official name is another spelling of the topic."""
    text = p.para.text
    for official in _OFFICIAL_NAME.finditer(text):
        start, _ = _sentence_of(p.sentences, official.start())
        start += len(text[start:official.start()]) - len(text[start:official.start()].lstrip())
        topic = next((m for m in p.mentions if m.start == start and text.startswith("は", m.end)), None)
        if topic is not None and topic.type not in ("person", "place"):
            topic.aliases.append(official.group(1))


def _analyse(para: Paragraph) -> _Para:
    text = para.text
    p = _Para(para, tokenize(text), [span for span in map(re.Match.span, SENTENCE.finditer(text)) if span[0] < span[1]])
    if _OKURIGANA_BETWEEN_KANJI.search(text):
        p.tokens.codes = _verb_stems_as_nouns(text, p.tokens, p.tokens.codes)
    _find_katakana(p)
    _find_kanji_persons(p)
    _find_dictionary_names(p)
    if " " in text or "　" in text:
        _find_spaced_names(p)
    _find_compounds(p)
    if "の" in text:
        _find_no_places(p)
        if "州の" in text or "地方の" in text or "共和国の" in text or "部の" in text:
            _find_towns_of_divisions(p)
    if "市" in text or "町" in text or "区" in text or "村" in text:
        _find_districts(p)
    if "・" in text:
        _find_dotted_orgs(p)
        if "研究" in text or "局" in text or "大学" in text or "学会" in text:  # (_REGION_BODY_HEAD's words)
            _find_region_bodies(p)
    # the rarer finders run only when their marks are in the paragraph at all
    if "「" in text or "『" in text:
        _find_quoted(p)
    _drop_words_of_dictionary_terms(p)
    if "：" in text or ":" in text:
        _find_credits(p)
    if "!" in text:
        _find_bang_brands(p)
    _find_numbered_names(p)
    if "便" in text:
        _find_flights(p)
    if _STANDALONE_NAME.search(text):
        _find_lone_names(p)
    if ("宗" in text or "祖" in text) and _KOREAN_KINGDOM_WORDS.search(text):
        _find_temple_names(p)
    if _PAIR_WORD.search(text):
        _find_country_pairs(p)
    if _KORYO_NAME.search(text):
        _find_koryo_names(p)
    if "度線" in text:
        _find_parallels(p)
    if "道" in text:
        _find_provinces(p)
    if "市" in text:
        _find_cities(p)
        _find_city_districts(p)
    if "郡" in text:
        _find_counties(p)
    if "省" in text and "県" in text:
        _find_counties_of_provinces(p)
    if "）" in text:
        _find_units_read_apart(p)
    if "川" in text or "河" in text:
        _find_rivers_by_bank(p)
    if _DESIGNATION_HINT.search(text):
        _find_designations(p)
    if _OLD_KANJI.search(text):
        _find_old_kanji_places(p)
    if _KOREA_NAMED.search(text):
        _find_korean_places_read_as_words(p)
    if "軍" in text:
        _find_letter_forces(p)
    if "第" in text:
        _join_numbered_units(p)
        if "号" in text:
            _find_numbered_decrees(p)
    if "号" in text:
        _find_named_vessels(p)
    if "・" in text:
        _find_dated_events(p)
        _join_parties_to_events(p)
    if "決議" in text:
        _find_numbered_resolutions(p)
    if _BATTLE in text:
        _find_battles(p)
    if "【" in text or "(" in text or "（" in text:
        _find_datelines(p)
    if "に関する" in text:
        _find_formal_names(p)
    if "(" in text or "（" in text:
        _find_glosses(p)
        _join_glossed_words_to_heads(p)
        if "から" in text:
            _type_route_ends(p)
        _type_places_by_their_division(p)
    if "や" in text or "、" in text or "と" in text or "・" in text:
        _type_listed_places(p)
        _type_listed_katakana_places(p)
    if _FOREIGN_MARK.search(text):
        _find_foreign(p)
    if _ACRONYM.search(text):
        _find_lettered_names(p)
        _find_acronyms(p)
    if "と呼ばれ" in text:
        _find_former_names_called(p)
    if _KATAKANA_PARTICLE.search(text):
        _drop_prewar_inflections(p)
    if len(p.mentions) > 1:
        _resolve(p)
        if "こと" in text:
            _join_names_known_as(p)
        if "正式名称は" in text:
            _join_official_names(p)
    ctx_cache: dict[tuple[int, int], dict] = {}
    for m in p.mentions:
        _locate(p, m, ctx_cache)
    p.tokens = []  # tokens are not needed once found: keeping a corpus of them alive slows the GC
    return p


def _needs_side(m: Mention) -> bool:
    """Whether a mention may be a Korean name, whose side (North or South) its paragraph or file may decide:
    one found as Korean, kanji with a katakana reading (京畿道|平沢（ピョンテク）), or a Korean name written in
    katakana alone (竜山区のパク・ヒヨン区長)."""
    return m.origin == "ko" or (m.kind == "ko" and m.origin != "ru") or \
        bool(m.readings and KANJI_RUN.fullmatch(m.text)) or \
        (m.kind == "kata" and m.type == "person" and orig.korean_katakana(m.text))


# a country, and which part of it, written before a place to say where it is (北朝鮮の|金剛山, 韓国南部・|巨済島)
_LOCATED_IN = re.compile("(" + "|".join(sorted((w for w in orig.origin_words() if w in _COUNTRY_NAMES), key=len,
                                               reverse=True))
                         + ")(?:" + "|".join(sorted(_DIRECTIONS - {"旧", "中東", "近東"}, key=len, reverse=True))
                         + ")?[の・]$")


# a country written just before a name as where things happen (韓国で|朴正熙少将らによるクーデター)
_SCENE_BEFORE = re.compile("(" + "|".join(sorted((w for w in orig.origin_words() if w in _COUNTRY_NAMES), key=len,
                                                  reverse=True)) + ")(?:で|では)$")


_PROVINCE_OF = re.compile("(" + _KOREAN_PROVINCE.pattern + ")の$")

# a quotation long enough to be what someone said, not a name in quotes
_SPOKEN_WORDS = re.compile(r"「[^「」]{12,}」")
# a clause in brackets, an aside on the name before it (ジュエ氏（韓国政府が把握する名前）): whose words it names are
# no context of the sentence's other names
_CLAUSE_ASIDE = re.compile(r"[（(][^（）()]{0,30}[がを][^（）()]{1,30}[）)]")


def _locate(p: _Para, m: Mention, ctx_cache: dict) -> None:
    """Fill in where a mention is (file, line, sentence) and what its sentence says about origins."""
    text = p.para.text
    s, e = _sentence_of(p.sentences, m.start)
    sentence = ctx_cache.get((s, e))
    if sentence is None:  # origins counted, context cut once per sentence
        # (what a speaker says in quotes is what they speak of, not whose they are: 「ロシアが北朝鮮に…」と述べた)
        sentence = ctx_cache[(s, e)] = (orig.context_origins(_CLAUSE_ASIDE.sub("", _SPOKEN_WORDS.sub("", text[s:e])))
                                        if e > s else {},
                                        text[s:e].strip()[:300])
    m.file, m.line = p.para.file, p.para.line_at(m.start)
    after = m.end
    reading = PAREN.match(text, after) if m.readings else None
    if reading is not None:
        after = reading.end()  # the title after the reading in brackets (玄松月（ヒョン・ソンウォル）党副部長)
    n = title_after(text, after)
    m.title = text[after:after + n]
    m.ctx_origins, m.context = sentence
    if m.type == "place" and (KANJI_RUN.fullmatch(m.text) or orig.korean_syllables(m.text)):
        where = _LOCATED_IN.search(text, max(0, m.start - 12), m.start)
        province = _PROVINCE_OF.search(text, max(0, m.start - 6), m.start) if where is None else None
        # (a province of one Korea says which, as a country does: 全羅南道の|光陽港)
        m.located = orig.origin_words()[where.group(1)] if where else \
            _province_side(province.group(1)) if province and not province.group(1).startswith("江原") else ""
        if not KANJI_RUN.fullmatch(m.text) and m.located not in ("ko_north", "ko_south"):
            m.located = ""  # (katakana read as Korean syllables is a Korean place's reading only in a Korea)
    if _needs_side(m):  # only a Korean name's side needs the paragraph around it
        whole = ctx_cache.get("paragraph")
        if whole is None:
            whole = ctx_cache["paragraph"] = orig.context_origins(_SPOKEN_WORDS.sub("", text))
            ctx_cache["frame"] = orig.frame_origin(text) or _leaders_government_frame(text)
        m.para_origins = whole
        m.frame = ctx_cache["frame"]
        scene = _SCENE_BEFORE.search(text, max(0, m.start - 8), m.start)
        m.scene = orig.origin_words()[scene.group(1)] if scene else ""


# a paragraph opening on a Korean leader's government as its topic (文在寅（ムン・ジェイン）政権は、…)
_LEADERS_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{3})(?:[（(][ァ-ヺー・]+[）)])?(?:大統領)?(?:政権|政府)(?:は|では|も)")


def _leaders_government_frame(paragraph: str) -> str | None:
    """The side of the Korea whose leader's government a paragraph opens on as its topic, when a dictionary
    knows the leader's side; else None."""
    m = _LEADERS_GOVERNMENT.match(paragraph.lstrip())
    return extract_dict.dictionary_korean_side(m.group(1)) if m else None


_PERSON_KINDS = ("ko", "zh", "jp")
# kinds of mention that may be a cut of a longer person name found elsewhere in the corpus
_CUT_KINDS = ("compound", "proper", "inner")


def _known_hits(text: str, known: dict[str, Mention], first: re.Pattern, by_prefix: dict[str, list[int]]
                ) -> Iterator[tuple[int, int]]:
    """Leftmost-longest occurrences of the known names (all kanji, three or more characters) in `text`, not
    overlapping: the spans a regex alternation of the names sorted longest first would find, found by
    dictionary look-ups (such an alternation costs time in proportion to the number of names at every
    position). `first` finds a place where a name may start (a name's first character followed by a
    name's second character), `by_prefix` maps two characters to the lengths of the names they start,
    longest first."""
    for run in KANJI_RUN.finditer(text):
        i, end = run.span()
        while True:
            hit = first.search(text, i, end - 1)  # a two-character match starting at end - 3 at the latest
            if hit is None:
                break
            i = hit.start()
            for n in by_prefix.get(text[i:i + 2], ()):
                if i + n <= end and text[i:i + n] in known:
                    yield i, i + n
                    i += n
                    break
            else:
                i += 1


def _refind_known_names(analysed: list[_Para]) -> None:
    """Second pass: a kanji person name found somewhere in the corpus (from a title, a reading or UniDic) is
    the name wherever it occurs again, and the longest known name wins over a shorter cut of it
    (金正日死去: 金正日, not 金正). Only names of three or more characters are re-found: shorter ones are too
    often part of ordinary words."""
    known: dict[str, Mention] = {}
    for p in analysed:
        for m in p.mentions:
            # a name written with a space between its parts (小木 洋人) is re-found written solid (小木洋人)
            name = m.text.replace(" ", "").replace("　", "") if m.kind == "jp" else m.text
            if m.kind in _PERSON_KINDS and len(name) >= 3 and KANJI_RUN.fullmatch(name):
                known.setdefault(name, m)
    if not known:
        return
    by_prefix: dict[str, set[int]] = defaultdict(set)
    for name in known:
        by_prefix[name[:2]].add(len(name))
    lengths = {prefix: sorted(ns, reverse=True) for prefix, ns in by_prefix.items()}
    first = re.compile("[" + re.escape("".join(sorted({name[0] for name in known}))) + "]"
                       "[" + re.escape("".join(sorted({name[1] for name in known}))) + "]")
    for p in analysed:
        text = p.para.text
        added = False
        for s, e in _known_hits(text, known, first, lengths):
            clash = [m for m in p.mentions if m.start < e and s < m.end]
            # a cut of the name found inside it (吉川洋 of 吉川洋一朗組, read as a place before 洋) gives way to it
            if any(not (s <= m.start and m.end <= e and (m.kind in _PERSON_KINDS or m.kind in _CUT_KINDS))
                   for m in clash):
                continue  # inside another name, or already this name
            if any((m.start, m.end) == (s, e) for m in clash):
                continue
            model = known[text[s:e]]
            for m in clash:
                p.mentions.remove(m)
            new = Mention(s, e, text[s:e], model.kind, type="person", origin=model.origin,
                          titled=_title_follows(text, e))
            _locate(p, new, {})
            p.mentions.append(new)
            added = True
        if added:
            p.mentions.sort(key=lambda m: m.start)


# Inputs smaller than this are extracted in this process: starting workers costs more than it saves.
PARALLEL_MIN_CHARS = 200_000


def extract(source: str | Iterable[Paragraph], file: str = "<text>", min_termhood: float = 0.0,
            workers: int | None = None) -> list[Entry]:
    """Names and terms of `source` (a text, or paragraphs of a whole corpus), variants grouped into entries.

    Each entry carries its canonical form `ja`, every Japanese spelling seen (`variants`), names in
    other scripts tied to it (`foreign`), `type`, `origin`, `count`, `sources` (file, line, sentence),
    parenthetical `glosses` and katakana `readings`, `termhood` (compound terms) and `confidence`.
    `en` is left None for the transliteration stage. Compound terms below `min_termhood` are dropped.

    `workers`: processes that tokenize and scan paragraphs (the corpus-wide re-finding and grouping
    run once, in this process). None chooses: every available core for inputs over
    `PARALLEL_MIN_CHARS` characters, else 1. The entries are the same whatever the number.
    """
    paras = list(_as_paragraphs(source, file))
    if workers is None:
        workers = _available_cores() if sum(len(p.text) for p in paras) > PARALLEL_MIN_CHARS else 1
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    # Extraction builds many small objects and frees none until the end, and holds no reference cycles:
    # the cyclic collector would only rescan a growing heap again and again (a quarter of the run time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        analysed = None
        if workers > 1 and len(paras) > 1 and not _in_daemon():
            try:
                analysed = _analyse_parallel(paras, workers)
            except OSError:  # no process pool here (no semaphores, process limit): one process does it all
                analysed = None
        if analysed is None:
            analysed = [_analyse(para) for para in paras]
        file_counts: dict[str, Counter] = {}  # origin words per file, counted once for both passes
        _promote_pending(analysed, file_counts)
        _file_context(analysed, file_counts)
        _refind_known_names(analysed)
        _type_units_read_apart(analysed)
        _find_series_firsts(analysed)
        return build_entries(analysed, min_termhood=min_termhood)
    finally:
        if collecting:
            gc.enable()


def _in_daemon() -> bool:
    """True inside a daemonic process (a pool's worker), which may not start processes of its own."""
    import multiprocessing

    return multiprocessing.current_process().daemon


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Paragraphs handed to forked workers by inheritance (set only while a pool runs): a worker is told a range.
_FORK_PARAS: list[Paragraph] = []


def _common_word_with_kanji_after(text: str, s: int, e: int) -> bool:
    """Whether the katakana text[s:e] and the first one to three kanji after it are a JMdict headword (キリル文字,
    モールス信号)."""
    run = KANJI_RUN.match(text, e)
    return run is not None and any(dictionary_kanji_word(text[s:e] + run.group()[:n])
                                   for n in range(1, min(3, len(run.group())) + 1))


def _analyse_range(bounds: tuple[int, int]) -> list[tuple]:
    lo, hi = bounds
    return _analyse_batch(_FORK_PARAS[lo:hi])


def _analyse_batch(paras: list[Paragraph]) -> list[tuple]:
    """A worker's share: what `_analyse` found in each paragraph, without the paragraph (the parent has it)."""
    gc.disable()
    out = []
    for para in paras:
        p = _analyse(para)
        out.append((p.sentences, p.mentions, p.terms, p.foreign, p.pending))
    return out


def _analyse_parallel(paras: list[Paragraph], workers: int) -> list[_Para]:
    """`_analyse` over every paragraph in `workers` processes; results in paragraph order."""
    import multiprocessing

    from glossary.tokenize import _line_tagger

    # batches of about equal text, several per worker so that a slow one does not hold up the end
    target = max(1, sum(len(p.text) for p in paras) // (workers * 8))
    bounds, lo, size = [], 0, 0
    for i, para in enumerate(paras):
        size += len(para.text)
        if size >= target:
            bounds.append((lo, i + 1))
            lo, size = i + 1, 0
    if lo < len(paras):
        bounds.append((lo, len(paras)))
    global _FORK_PARAS
    fork = "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux"
    if fork:
        _line_tagger()  # loaded once here, inherited by every worker
        _FORK_PARAS = paras
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    try:
        with context.Pool(min(workers, len(bounds))) as pool:
            if fork:
                results = pool.map(_analyse_range, bounds, chunksize=1)
            else:
                results = pool.map(_analyse_batch, [paras[lo:hi] for lo, hi in bounds], chunksize=1)
    finally:
        _FORK_PARAS = []
    analysed = []
    for (lo, hi), batch in zip(bounds, results):
        for para, (sentences, mentions, terms, foreign, pending) in zip(paras[lo:hi], batch):
            analysed.append(_Para(para, [], sentences, mentions, terms, foreign, pending))
    return analysed


# ----------------------------------------------------------------------------- grouping

class _Group:
    def __init__(self, key: str):
        self.key = key
        self.mentions: list[Mention] = []
        self.extra_variants: list[str] = []
        self.parent: _Group | None = None

    def root(self) -> "_Group":
        g = self
        while g.parent is not None:
            g = g.parent
        return g


def _union(a: _Group, b: _Group) -> None:
    ra, rb = a.root(), b.root()
    if ra is not rb:
        if len(rb.mentions) > len(ra.mentions):
            ra, rb = rb, ra
        rb.parent = ra


_NAME_SEPARATOR = re.compile(r"[・＝=\s]")


@functools.lru_cache(maxsize=1)
def _country_alias_keys() -> dict[str, int]:
    """variant key of every name in country_aliases.tsv → the number of its country's row."""
    out: dict[str, int] = {}
    for n, row in enumerate(data_lines("country_aliases.tsv")):
        for name in row:
            if name.strip():
                out.setdefault(variant_key(name.strip()), n)
    return out


def _alias_key(text: str, units: list) -> str:
    """The variant key of the words `units` cover, a country in old kanji read as its katakana (露西亜帝国 as
    ロシア帝国), for lookup in country_aliases.tsv."""
    return variant_key("".join(u[2].lemma if u[2] is not None and u[2].pos4 == "国" and KATA_RUN.fullmatch(
        u[2].lemma) and not KATA_RUN.match(text, u[0]) else text[u[0]:u[1]] for u in units))


@functools.lru_cache(maxsize=1)
def _country_alias_rows() -> dict[int, tuple[str, ...]]:
    """number of a country's row in country_aliases.tsv → the variant keys of all its names."""
    rows: dict[int, list[str]] = defaultdict(list)
    for key, n in _country_alias_keys().items():
        rows[n].append(key)
    return {n: tuple(keys) for n, keys in rows.items()}


def _leading_country(key: str, min_rest: int) -> tuple[int, int] | None:
    """(row of country_aliases.tsv, length) of the longest country name `key` starts with, `min_rest` characters
    or more following it; None when it starts with none."""
    countries = _country_alias_keys()
    for cut in range(min(len(key) - min_rest, 8), 0, -1):
        n = countries.get(key[:cut])
        if n is not None:
            return n, cut
    return None


def _country_respellings(key: str) -> Iterator[str]:
    """`key` with the country it starts with written by each other name of that country (露中銀 → ロシア中銀)."""
    found = _leading_country(key, 1)
    if found is not None:
        n, cut = found
        yield from (alias + key[cut:] for alias in _country_alias_rows()[n] if alias != key[:cut])


def _join_country_aliases(groups: dict[str, "_Group"]) -> None:
    """ロシア, ロシア連邦 and 露 are one country: their groups join (names from country_aliases.tsv)."""
    first: dict[int, _Group] = {}
    for key, n in _country_alias_keys().items():
        g = groups.get(key)
        if g is None:
            continue
        if n in first:
            _union(first[n], g)
        else:
            first[n] = g


def _join_bodies_of_country_aliases(groups: dict[str, "_Group"]) -> None:
    """A body named after its country by one of the country's names is the body named by another (ロシア軍 and
    露軍, ロシア外務省 and 露外務省): the words after the country the same."""
    countries = _country_alias_keys()
    seen: dict[tuple[int, str], _Group] = {}
    for key, g in groups.items():
        if _group_type(g) != "org":
            continue
        for cut in range(min(len(key) - 1, 8), 0, -1):
            n = countries.get(key[:cut])
            if n is not None:
                other = seen.setdefault((n, key[cut:]), g)
                if other.root() is not g.root():
                    _union(other, g)
                break


@functools.lru_cache(maxsize=1)
def _armed_forces_keys() -> tuple[tuple[str, ...], ...]:
    """For each country of armed_forces.tsv, the variant keys of its forces' names: their own (朝鮮人民軍) and
    each of the country's names and 軍 (北朝鮮軍, 朝鮮民主主義人民共和国軍)."""
    countries = _country_alias_keys()
    return tuple(tuple([variant_key(n) for n in names] +
                       [key + variant_key("軍") for key in _country_alias_rows()[countries[variant_key(country)]]])
                 for country, *names in data_lines("armed_forces.tsv"))


@functools.lru_cache(maxsize=1)
def _own_forces_keys() -> frozenset[str]:
    """The variant keys of the forces' own names in armed_forces.tsv (朝鮮人民軍, 人民解放軍)."""
    return frozenset(variant_key(name) for _, *names in data_lines("armed_forces.tsv") for name in names)


def _countrys_forces_then_organ(text: str, piece: list, k: int) -> bool:
    """Whether the first `k` units of `piece`, an organisation's name, are a country and 軍, its forces, and the
    rest an organ of them (韓国|軍|合同参謀本部). Not where 軍 begins the organ's own word (ロシア|軍参謀本部: the
    General Staff)."""
    return 2 <= k < len(piece) and text[piece[k - 1][0]:piece[k - 1][1]] == "軍" and \
        variant_key(text[piece[0][0]:piece[k - 2][1]]) in _country_alias_keys() and \
        not text.startswith("参謀", piece[k][0])


def _own_forces_name(text: str) -> bool:
    """Whether `text` is a country's forces' own name in armed_forces.tsv."""
    return variant_key(text) in _own_forces_keys()


def _join_armed_forces(groups: dict[str, "_Group"]) -> None:
    """A country's armed forces named by their own name and by the country and 軍 are one body (朝鮮人民軍 and
    北朝鮮軍; names from armed_forces.tsv)."""
    for spellings in _armed_forces_keys():
        found = [groups[key] for key in spellings if key in groups and _group_type(groups[key]) == "org"]
        for g in found[1:]:
            _union(found[0], g)


def _join_wire_service_names(groups: dict[str, "_Group"]) -> None:
    """A news agency as a credit line names it (（タス＝共同）) and by its full name (タス通信) is one agency: the
    names of wire_services.tsv with one English join."""
    by_english: dict[str, _Group] = {}
    for name, english in wire_services().items():
        g = groups.get(variant_key(name))
        if g is None:
            continue
        first = by_english.setdefault(english, g)
        if first.root() is not g.root():
            _union(first, g)


def _join_country_pair_orders(groups: dict[str, "_Group"]) -> None:
    """A name that starts with two countries' letters names the same thing with the letters either way round
    (米韓原子力協定 and 韓米原子力協定: Japanese papers put 米 first, Korean sources 韓)."""
    for key, g in list(groups.items()):
        if len(key) > 3 and key[0] in _COUNTRY_LETTERS and key[1] in _COUNTRY_LETTERS and key[0] != key[1]:
            other = groups.get(key[1] + key[0] + key[2:])
            if other is not None and other.root() is not g.root():
                _union(g, other)


def _join_korean_ministry_words(groups: dict[str, "_Group"]) -> None:
    """A South Korean ministry written with Korea's own word for it, 部, and with Japan's, 省 (統一部 and 統一省),
    is one body, where the sentences naming them speak of South Korea most (China's 国防部 and Russia's 国防省
    stay apart)."""
    by_stem: dict[tuple[str, str], list[_Group]] = defaultdict(list)  # (stem, 部 or 省) → its bodies, 韓国 or not
    for key, g in groups.items():
        stem = key.removeprefix("韓国")[:-1]
        if len(stem) >= 2 and key[-1] in "部省" and _group_type(g) == "org":
            by_stem[stem, key[-1]].append(g)
    for (stem, word), korean_word in list(by_stem.items()):
        if word != "部":
            continue
        for g in korean_word:
            for other in by_stem.get((stem, "省"), ()):
                ctx = _context_counts(g.mentions + other.mentions)
                if other.root() is not g.root() and \
                        ctx.get("ko_south", 0) > max((n for o, n in ctx.items() if o != "ko_south"), default=0):
                    _union(g, other)


def _join_regions(groups: dict[str, "_Group"]) -> None:
    """A region word written alone (極東) joins the one country's region of that name in the corpus (ロシア極東):
    the text names the country once and then drops it. With two countries' regions it stays apart."""
    countries = _country_alias_keys()
    for word, kind in _REGION_WORDS.items():
        short = groups.get(variant_key(word))
        if kind != "place" or short is None or _group_type(short) != "place":
            continue
        longs = {id(g.root()): g for key, g in groups.items()
                 if key.endswith(short.key) and key[: -len(short.key)] in countries and g.root() is not short.root()}
        if len(longs) == 1:
            _union(next(iter(longs.values())), short)


# (written as a pattern: a literal spelling, $ for the name's end, a class of kana after it)
_SPELLING_ALTERNATIONS = [(re.compile(row[0]), row[1], row[0].endswith("$"))
                          for row in data_lines("spelling_alternations.tsv")]
_NUMBERED_KATAKANA = re.compile(f"({KATA_RUN.pattern})([0-9０-９]*)({KANJI_RUN.pattern})?")


def _with_patronymic(name: str) -> bool:
    """Whether a katakana full name has a patronymic between the given and the family name, or after the given
    name in place of the family name (ロマン・ウラジーミロビチ)."""
    parts = _name_parts(name)
    return (len(parts) == 3 and PATRONYMIC.search(name) is not None) or \
        (len(parts) == 2 and is_patronymic(parts[1]))


def _join_names_with_patronymic(persons: list["_Group"]) -> None:
    """A full name with a patronymic (ウラジーミル・ウラジーミロビッチ・プーチン) joins the full name without it
    (ウラジーミル・プーチン): the same given and family name, one person in one text."""
    two_part: dict[tuple[str, str], _Group] = {}
    three_part: list[tuple[tuple[str, str], _Group]] = []
    for g in persons:
        for t in {m.text for m in g.mentions}:
            parts = _name_parts(t)
            if not KATA_RUN.fullmatch(t) or len(parts) not in (2, 3):
                continue
            first_last = (variant_key(parts[0]), variant_key(parts[-1]))
            if len(parts) == 2:
                two_part.setdefault(first_last, g)
            elif _with_patronymic(t):
                three_part.append((first_last, g))
    for first_last, g in three_part:
        if first_last in two_part:
            _union(two_part[first_last], g)


def _join_spelling_alternations(groups: dict[str, "_Group"]) -> None:
    """Katakana names spelled two ways for one foreign sound (spelling_alternations.tsv: ナヴァリヌイ and
    ナワリヌイ, ゼレンシキー and ゼレンスキー) join, when both spellings are in the text and name the same kind of
    thing, alone or with one kanji head (マリインスキー劇場 and マリンスキー劇場). Short names stay apart (ワン is not
    バン). A full name's family name spelled the other way alone joins it too (アンドレイ・ベロウソフ and ベローソフ)."""
    # family name (key) → the full names that end in it: one only, or the family name alone is not joined
    bearers: dict[str, set[int]] = defaultdict(set)
    bearer_group: dict[str, _Group] = {}
    for g in groups.values():
        for t in {m.text for m in g.mentions}:
            parts = _name_parts(t)
            if len(parts) > 1:
                bearers[variant_key(parts[-1])].add(id(g.root()))
                bearer_group[variant_key(parts[-1])] = g
    midway: dict[str, _Group] = {}  # a spelling no group has (key) → the first group an alternation leads there from
    for g in list(groups.values()):
        if len(g.key) < 3:
            continue
        spellings = {m.text for m in g.mentions}
        spellings |= {parts[-1] for parts in (_name_parts(t) for t in spellings)
                      if len(parts) > 1 and len(bearers[variant_key(parts[-1])]) == 1}
        for spelling in spellings:
            numbered = _NUMBERED_KATAKANA.fullmatch(spelling)  # (a model's number is no part of the sound: ゲラニ2)
            if numbered is None or len(numbered.group(1)) < 3:
                continue
            text, number, head = numbered.groups()
            number += head or ""  # (a kanji head is no part of the sound either: マリインスキー劇場)
            for written, other, at_end in _SPELLING_ALTERNATIONS:
                if len(text) < 4 and not at_end:
                    continue  # (a spelling of the name's end holds from three characters: カザニ = カザン)
                other_text = written.sub(other, text)
                if other_text == text:
                    continue
                other_key = variant_key(other_text + number)
                twin = groups.get(other_key)
                if twin is None and len(bearers.get(other_key, ())) == 1:
                    twin = bearer_group[other_key]  # the family name of one full name (アデリア・ペトロシャン)
                if twin is None and len(text) >= 5:
                    # two spellings an alternation apart from one third spelling the text lacks (シュティコフ and
                    # シトゥイコフ, both シティコフ): one name too
                    twin = midway.setdefault(other_key, g)
                # (one kind of thing at most between them: a person and a place of one spelling stay apart; a
                # name of no known kind, other, is of any)
                if twin is not None and twin.root() is not g.root() and \
                        len({_group_type(g), _group_type(twin)} - {"", "other"}) <= 1:
                    _union(g, twin)


# the words a town, a county or an island group is named with, which the text may drop (根室市 = 根室, 歯舞群島 = 歯舞)
_DROPPABLE_PLACE_HEADS = ("市", "郡", "町", "村", "群島", "諸島", "列島", "共和国", "宇宙基地", "地区", "港")
# heads whose name alone is the same place whatever else it was taken for: a republic's (タタルスタン, which no
# dictionary types) and a cosmodrome's (news launches "from バイコヌール", the base, not the town)
_HEADS_NAMING_ALONE = {"共和国": ("place", ""), "宇宙基地": ("place", "", "other"), "港": ("place", "")}


_INNER_BRACKET = re.compile(r"\(([^()]{1,12})\)(?=.)")  # (a bracket inside a name's variant key, not at its end)


def _join_names_with_inner_glosses(groups: dict[str, "_Group"]) -> None:
    """A name with a gloss in brackets inside it (ボストーク（東方）2026, 世界青年の日（WYD）ソウル大会) joins the
    same name written without the bracket (ボストーク2026) or with the gloss for the words before it
    (WYDソウル大会), where the text writes those too."""
    for key, g in list(groups.items()):
        inner = _INNER_BRACKET.search(key)
        if inner is None:
            continue
        rest = key[inner.end():]
        for other_key in (key[:inner.start()] + rest, inner.group(1) + rest):
            other = groups.get(other_key)
            if other is not None and other.root() is not g.root() and \
                    _group_type(other) in ("", _group_type(g), "term", "other"):
                _union(g, other)


def _join_places_named_without_head(groups: dict[str, "_Group"]) -> None:
    """A place written with its town's or islands' word (根室市, 歯舞群島) joins the place written without it
    (根室, 歯舞) when both are places. A province, region or single island keeps its own name apart
    (クルスク州 is not the city of クルスク). A republic's name alone is the republic whatever else it was
    taken for (タタルスタン共和国 and タタルスタン, which no dictionary types); so is a cosmodrome's
    (ボストーチヌイ宇宙基地 and ボストーチヌイ) and a port's town (ワニノ港 and ワニノ). A country's name before the head is never the place
    (日本列島, ロシア宇宙基地)."""
    countries = _country_alias_keys()
    for key, g in list(groups.items()):
        if _group_type(g) != "place":
            continue
        for head in _DROPPABLE_PLACE_HEADS:
            if key.endswith(head) and len(key) - len(head) >= 2 and key[: -len(head)] not in countries:
                short = groups.get(key[: -len(head)])
                if short is not None and short.root() is not g.root() and (
                        _group_type(short) in _HEADS_NAMING_ALONE.get(head, ("place",)) or _untitled_word(short)):
                    for m in short.mentions:
                        m.type = "place"
                    _union(g, short)


def _join_spellings_of_one_town(groups: dict[str, "_Group"]) -> None:
    """Two katakana places (or words nothing types) the gazetteer takes for one and the same town of the former
    Soviet Union, and for no other, join: the Ukrainian and the Russian spelling of a Ukrainian town (ハルキウ and ハリコフ, both
    Kharkiv), as Japanese news writes both since 2022."""
    from glossary.translit.gazetteer import POST_SOVIET, Place, gazetteer  # loaded only when a text has such places
    by_town: dict[Place, list[_Group]] = defaultdict(list)
    for key, g in groups.items():
        if len(key) < 3 or not KATA_RUN.fullmatch(key) or (kind := _group_type(g)) not in ("place", ""):
            continue
        towns = gazetteer().katakana(key)
        # (a spelling no word types is taken for a town only of 10,000 people or more, as _decide_type does)
        if len(towns) == 1 and towns[0].country in POST_SOVIET and (kind or towns[0].population >= 10_000):
            by_town[towns[0]].append(g)
    for spellings in by_town.values():
        for other in spellings[1:]:
            _union(spellings[0], other)


def _join_clipped_names(groups: dict[str, "_Group"]) -> None:
    """A place in katakana that UniDic knows as the clipped form of a longer name (ウラジオ, its lemma
    ウラジオストク) joins that name where the text writes it too."""
    for key, g in list(groups.items()):
        if not g.mentions or not KATA_RUN.fullmatch(key) or _group_type(g) not in ("place", ""):
            continue  # (a group a gloss made has no mention of its own)
        tokens = tokenize(g.mentions[0].text)
        if len(tokens) != 1 or tokens[0].pos3 != "地名":
            continue
        full = groups.get(variant_key(tokens[0].lemma))
        if full is not None and full.key != key and full.key.startswith(key) and full.root() is not g.root() \
                and _group_type(full) == "place":
            _union(full, g)


# 'Saint' before a Russian town's name, which news often leaves out (サンクト|ペテルブルク: ペテルブルク)
_SAINT_PREFIXES = ("サンクト",)


def _join_places_without_saint(groups: dict[str, "_Group"]) -> None:
    """A place named with 'Saint' (サンクトペテルブルク, サンクト・ペテルブルク) joins its name written without it
    (ペテルブルク) when that is no other kind of thing."""
    for key, g in list(groups.items()):
        prefix = next((p for p in _SAINT_PREFIXES if key.startswith(p) and len(key) - len(p) >= 3), None)
        if prefix is None or _group_type(g) != "place":
            continue
        short = groups.get(key[len(prefix):])
        if short is not None and short.root() is not g.root() and _group_type(short) in ("place", ""):
            _union(g, short)


# a town on a river named with it, X-na-Y (ニコラエフスク・ナ・アムーレ, ロストフ・ナ・ドヌ)
_TOWN_ON_RIVER = re.compile(r"([ァ-ヺー]{3,})[・＝=]ナ[・＝=][ァ-ヺー]{2,}")


def _join_towns_on_rivers(groups: dict[str, "_Group"]) -> None:
    """A town named with its river (ニコラエフスク・ナ・アムーレ) joins its name written without it (ニコラエフスク),
    as the press shortens it, when that is no other kind of thing."""
    for g in list(groups.values()):
        if _group_type(g) != "place":
            continue
        for town in {m.group(1) for x in g.mentions if (m := _TOWN_ON_RIVER.fullmatch(x.text))}:
            short = groups.get(variant_key(town))
            if short is not None and short.root() is not g.root() and _group_type(short) in ("place", ""):
                _union(g, short)


def _untitled_word(g: "_Group") -> bool:
    """A katakana word taken for a person's name (ハサン: Hasan) that no title or honorific follows and no
    given name precedes: beside the place it names with a head (ハサン地区), no person."""
    return _group_type(g) == "person" and all(
        KATA_RUN.fullmatch(m.text) and not (m.title or m.titled) for m in g.mentions)


# the courtesy words after a name, which a given name alone may carry (ミハイルさん); an office after one names
# someone known by that name alone (キリル総主教, the patriarch, beside キリル・クリモヴィチ司教)
_COURTESY_TITLES = frozenset({"", "氏", "さん", "様", "君", "ちゃん"})


def _join_given_names_alone(persons: list["_Group"], groups: dict[str, "_Group"]) -> None:
    """A Russian given name written alone, or with the patronymic alone (ロマン・ウラジーミロビチ, as Russians address
    one another), joins the one full name that begins with it in the same file (ミハイル with ミハイル・ヤンコフスキー,
    in a story of a family whose members the text tells apart by given names).
    Where two full names there begin so, or none, or the name alone is a place (ウラジーミル, the town), or it
    is written in several files, or with an office after it (キリル総主教), it stays alone."""
    fulls: dict[tuple[str, str], dict[int, _Group]] = defaultdict(dict)
    addressed: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for g in persons:
        for m in g.mentions:
            parts = _name_parts(m.text)
            if len(parts) >= 2 and KATA_RUN.fullmatch(m.text) and m.type == "person":
                if len(parts) == 2 and is_patronymic(parts[1]):
                    addressed[(m.file, variant_key(parts[0]))].append(g)
                else:
                    fulls[(m.file, variant_key(parts[0]))][id(g.root())] = g
    given_names = ru_given_names()[0]
    for (file, key), by_root in fulls.items():
        if len(by_root) != 1 or key not in given_names:
            continue
        full = next(iter(by_root.values()))
        alone = groups.get(key)
        if alone is not None and _group_type(alone) in ("person", "") and alone.root() is not full.root() and all(
                m.file == file and len(_name_parts(m.text)) == 1 and m.title in _COURTESY_TITLES
                for m in alone.mentions):
            _union(full, alone)
        for named in addressed.get((file, key), ()):
            if named.root() is not full.root() and all(m.file == file for m in named.mentions):
                _union(full, named)


def _group_type(g: "_Group") -> str:
    votes: dict[str, int] = {}
    for m in g.mentions:
        if m.type:
            votes[m.type] = votes.get(m.type, 0) + 1
    return max(votes, key=votes.get) if votes else ""


def _without_country(key: str) -> str:
    """A variant key without the country's name it opens with (ロシア国防省中央公文書館 → 国防省中央公文書館)."""
    countries = _country_alias_keys()
    return next((key[k:] for k in range(len(key) - 3, 1, -1) if key[:k] in countries), key)


def _abbreviates(short: str, long: str) -> bool:
    """`short` is a shortened form of `long`: its tail (安保理 of 国連安保理, 共産党 of 中国共産党), or a kanji
    abbreviation keeping the first character and the characters' order (国連安保理 of 国連安全保障理事会,
    第二次大戦 of 第二次世界大戦) whose last character comes from the head of the long form, or the first
    character of each two-character word before a one-character head (国情院 of 国家情報院).
    The long form is at least two characters longer."""
    # a one-character difference is more often another name (歓喜院/歓喜心院, 宝蔵院/大宝蔵院) than a short form
    if len(short) < 3 or len(long) - len(short) < 2:
        return False
    if long.endswith(short):
        return True
    numbered = re.match(r"第[0-9]+", short)
    if numbered and long.startswith(numbered.group()) and KANJI_RUN.fullmatch(short, numbered.end()) \
            and len(short) - numbered.end() >= 2 and long.endswith(short[numbered.end():]):
        return True  # a numbered unit named by its number and head alone (第88旅団 of 第88独立狙撃旅団)
    # two two-character words and a one-character head (or three words and a head), each word shortened to its
    # first character: 国情院 of 国家情報院, 自民党 of 自由民主党
    if len(long) in (5, 7) and short == long[::2] and KANJI_RUN.fullmatch(long):
        return True
    # a kanji abbreviation keeps four or more characters of a long name (seven or more): shorter ones match
    # other names by chance (大日経 is no abbreviation of 大日本続蔵経)
    if len(short) < 4 or len(long) < 7:
        return False
    if short[0] != long[0] or short[-1] not in long[-3:] or not KANJI_RUN.fullmatch(short):
        return False
    return _in_order(short, long)


def _join_as_one_body(full: "_Group", short: "_Group") -> None:
    """`full` and `short` name one organisation: they join, and every mention of either is typed so (the
    short name alone, ゼニト or MBK, was typed by no head of its own)."""
    for m in full.mentions + short.mentions:
        m.type = "org"
    _union(full, short)


# a chain's house in a city is named by the chain and the city (ロッテホテル・モスクワ): one of the chain's
# places, not another name of the chain the way ゼニト・サンクトペテルブルク is of ゼニト
_CHAIN_BRANCHES = ("ホテル", "ホステル", "モール", "クリニック", "デパート", "百貨店")


def _join_clubs_to_their_cities(groups: dict[str, "_Group"]) -> None:
    """A club or firm named with its city after it (ゼニト・サンクトペテルブルク, ロコモティフ・モスクワ) is the
    one the text then calls by its first part alone (ゼニト): one body. Neither the whole nor its first part may be a
    place, nor the first part a given name: towns (ニジニ・ノヴゴロド) and persons stay apart. A chain's house
    with its city (ロッテホテル・モスクワ) is a place of its own."""
    for key, g in list(groups.items()):
        spelled = next((m.text for m in g.mentions if KATA_RUN.fullmatch(m.text)), None)
        parts = _name_parts(spelled) if spelled else []
        if len(parts) != 2 or _group_type(g) == "place" or not _place_alone(parts[1]):
            continue
        if parts[0].endswith(_CHAIN_BRANCHES):
            for m in g.mentions:  # the chain's house there: a building, so a place (as 「…」 after ホテル is)
                m.type = "place"
            continue
        short = groups.get(variant_key(parts[0]))
        if short is None or short.root() is g.root() or _group_type(short) in ("place", "person") or \
                _place_alone(parts[0]) or dictionary_given_name(parts[0]):
            continue
        _join_as_one_body(g, short)


_CORPORATE_WORDS = tuple(variant_key(row[0]) for row in data_lines("corporate_words.txt"))


_GROUP_WORD = variant_key("グループ")
# a company of the stage the text calls by its name alone (マリインスキー劇場, マリインスキー: one theatre)
_STAGE_WORDS = tuple(variant_key(w) for w in ("劇場", "歌劇場", "バレエ団", "管弦楽団", "交響楽団"))


def _join_firms_to_their_names(groups: dict[str, "_Group"]) -> None:
    """A firm named with its corporate word (MBKパートナーズ: corporate_words.txt), or a theatre with its (マリインスキー
    劇場), is the body the text calls by its name alone (MBK), unless that name is a place or a person's. So is a group
    named by a bare name (ロッテグループ, ロッテ; a Korean one in kanji read in brackets before the word, 現代（ヒョンデ）
    グループ), where one with a trade in its name is another body than its firm (現代自動車グループ, 現代自動車)."""
    for key, g in list(groups.items()):
        word = next((w for w in _CORPORATE_WORDS + _STAGE_WORDS if key.endswith(w) and len(key) - len(w) >= 2), None)
        bare = groups.get(key[: -len(_GROUP_WORD)]) if key.endswith(_GROUP_WORD) else None
        if word is None and bare is not None and len(bare.key) >= 2 and (
                not re.search(r"[\u4e00-\u9fff]", bare.key) or any(m.readings for m in bare.mentions)):
            word = _GROUP_WORD
        short = groups.get(key[: -len(word)]) if word else None
        if short is None or short.root() is g.root() or _group_type(short) in ("place", "person") \
                or _group_type(g) in ("place", "person"):
            continue
        _join_as_one_body(g, short)


def _join_cities_to_units(groups: dict[str, "_Group"]) -> None:
    """A city, a county, a village or a Korean neighbourhood written with its unit is the one written alone (丹東市,
    丹東; 貞柏洞, 貞柏; クジェンキノ村, クジェンキノ): one entry, where the name alone is a place or nothing more said of
    it (金泉, which UniDic takes for a surname)."""
    for key in [k for k in groups if k.endswith(("市", "郡", "村", "洞")) and len(k) >= 3]:
        alone = groups.get(key[:-1])
        if alone is not None and _group_type(alone) in ("place", "other", "") and _group_type(groups[key]) == "place":
            _union(alone, groups[key])


_PORT_KEY = variant_key("ポート")  # the word 'port' as group keys spell it (its ー folded away)


def _join_port_and_ship_forms(groups: dict[str, "_Group"]) -> None:
    """A port named the English way in katakana (ポート・ラザレフ) is the one written with 港 (ラザレフ港); a ship
    named with 号 (パルラダ号) is the katakana name written alone ('the frigate 「パルラダ」'), where that name is a
    ship's or nothing more is said of it."""
    for key in [k for k in groups if k.startswith(_PORT_KEY) and len(k) >= len(_PORT_KEY) + 2]:
        port = groups.get(key[len(_PORT_KEY):] + "港")
        if port is not None and KATA_RUN.fullmatch(key) and _group_type(port) == "place":
            _union(port, groups[key])
    for key in [k for k in groups if k.endswith("号") and len(k) >= 3]:
        alone = groups.get(key[:-1])
        if alone is not None and KATA_RUN.fullmatch(alone.key) and _group_type(alone) in ("other", "weapon", "") and \
                _group_type(groups[key]) in ("other", "weapon", ""):
            _union(groups[key], alone)


_TOWN_FACILITIES = ("駅", "港", "空港")  # a facility named after its town


def _type_towns_of_stations(groups: dict[str, "_Group"]) -> None:
    """A katakana name that also names a station or a port (ハサン駅, ハサンと羅津港) is a town: where no title or
    honorific ever follows it, the person or the thing a finder took it for is the town."""
    for key in [k for k in groups if k.endswith(_TOWN_FACILITIES) and _group_type(groups[k]) == "place"]:
        alone = groups.get(key[: -(2 if key.endswith("空港") else 1)])
        if alone is not None and KATA_RUN.fullmatch(alone.key) and _group_type(alone) in ("person", "other", "") and \
                not any(m.titled for m in alone.mentions):
            for m in alone.mentions:
                m.type = "place"


def _join_region_words(groups: dict[str, "_Group"]) -> None:
    """A region written with 地方 is the one written with 州 (沿海地方, 沿海州: Primorsky Krai, which Japanese
    calls either): one entry where both are places of the same name."""
    for key in [k for k in groups if k.endswith("地方") and len(k) >= 4]:
        other = groups.get(key[:-2] + "州")
        if other is not None and _group_type(groups[key]) == "place" and _group_type(other) == "place":
            _union(groups[key], other)


def _short_heads_to_long() -> dict[str, tuple[str, ...]]:
    """The shortened last words of bodies' names (裁判所 → 裁, 漁業協同組合 → 漁協): short → its long forms."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in data_lines("short_heads.tsv"):  # (as group keys: W杯 → ワルドカツプ)
        out[variant_key(row[1])].append(variant_key(row[0]))
    return {short: tuple(longs) for short, longs in out.items()}


_SHORT_HEADS_TO_LONG = _short_heads_to_long()
# the words shortened anywhere in a name (安保 of 安全保障), as group keys: (short, long)
_SHORT_WORDS = tuple((variant_key(row[1]), variant_key(row[0])) for row in data_lines("short_words.tsv"))


def _long_forms(key: str) -> Iterator[str]:
    """The keys of the names `key` may shorten by its last word (憲法裁 → 憲法裁判所, 歯舞漁協 → 歯舞漁業協同組合:
    short_heads.tsv), two or more characters before the short word; or, a short word of two characters or more
    written alone, its long word (W杯 → ワールドカップ); or by a word inside it (ロシア安保会議 → ロシア安全保障会議:
    short_words.tsv); or by the last word of a parent body that heads it, two
    characters or more before and after that word (北海道大|スラブ・ユーラシア研究センター → 北海道大学|…)."""
    if len(key) >= 2:
        yield from _SHORT_HEADS_TO_LONG.get(key, ())
    for short, long in _SHORT_WORDS:
        if short in key and len(key) > len(short):
            yield key.replace(short, long, 1)  # (ロシア安保会議 → ロシア安全保障会議: short_words.tsv)
    for end in range(3, len(key) + 1):
        for cut in range(1, min(3, end - 2) + 1):
            if end < len(key) - 1 or end == len(key):
                for long_head in _SHORT_HEADS_TO_LONG.get(key[end - cut:end], ()):
                    yield key[:end - cut] + long_head + key[end:]


# words a body's or an event's name is also written without (チャイコフスキー国際コンクール, ソチ冬季五輪)
_DROPPABLE_NAME_WORDS = ("国際", "冬季", "夏季")
_NATURE_PARK = "自然公園"  # a nature park is written a park too (ムラビヨフカ自然公園, ムラビヨフカ公園)


def _join_shortened_heads(groups: dict[str, "_Group"]) -> None:
    """A name whose last word is written short (ソウル中央地裁) joins the body named in full with the same words
    before it (ソウル中央地方裁判所), whatever type its own mentions have, when one of them names a body, event or
    medium. So does a name written without its 国際, 冬季 or 夏季 (チャイコフスキー・コンクール and
    チャイコフスキー国際コンクール, ソチ五輪 and ソチ冬季五輪), and a nature park written a park."""
    for key, g in groups.items():
        other_keys = list(_long_forms(key))
        other_keys += [key.replace(word, "", 1) for word in _DROPPABLE_NAME_WORDS if key.find(word) > 0]
        park = key.endswith(_NATURE_PARK) and len(key) > len(_NATURE_PARK)
        if park:
            other_keys.append(key[:-len(_NATURE_PARK)] + "公園")
        for other_key in other_keys:
            full = groups.get(other_key)
            # (either may be the one typed: W杯 makes an event of U17女子W杯, ワールドカップ is an ordinary word)
            kinds = {"place"} if park else {"org", "event", "media"}
            if full is not None and full.root() is not g.root() and \
                    {_group_type(full.root()), _group_type(g.root())} & kinds:
                _union(full, g)


def _join_short_forms(groups: dict[str, "_Group"]) -> None:
    """An organisation, event or medium named by a shortened form joins its long form when, in this corpus,
    exactly one long form of the same type fits (外務省 stays apart when ロシア外務省 and 中国外務省 both occur)."""
    typed: dict[str, list[_Group]] = defaultdict(list)
    countries = _country_alias_keys()
    for g in groups.values():
        t = _group_type(g)
        if t in ("org", "event", "media"):
            typed[t].append(g)
    for t, members in typed.items():
        by_first: dict[str, list[_Group]] = defaultdict(list)
        by_tail: dict[str, list[_Group]] = defaultdict(list)
        unowned = {id(g): _without_country(g.key) for g in members}  # (国防省中央公文書館 of ロシア|…)
        for g in members:
            if g.key:
                by_first[g.key[0]].append(g)
            if unowned[id(g)] != g.key:
                by_first[unowned[id(g)][0]].append(g)  # (or by its first after its country)
            for i in range(2, len(g.key) - 2):  # tails of three or more characters after two or more
                by_tail[g.key[i:]].append(g)
            if len(g.key) >= 4 and g.key[0] in countries:
                by_tail[g.key[1:]].append(g)  # or after a country's letter (米|インド太平洋軍)
        for short in members:
            if len(short.key) < 3:
                # a body of two characters (国会) joins only its country's (韓国国会)
                longs = [g for g in members if len(g.key) > 2 and g.key.endswith(short.key)
                         and g.key[: -len(short.key)] in countries]
            else:
                longs = [g for g in by_first.get(short.key[0], ()) if _abbreviates(short.key, g.key)
                         or _abbreviates(short.key, unowned[id(g)])]
                # (a branch's name ends in its whole's: 航空自衛隊 is one branch of 自衛隊, no long form of it)
                longs += [g for g in by_tail.get(short.key, []) if g.key[: -len(short.key)] not in _BRANCH_WORDS]
            roots = {id(g.root()): g for g in longs if g.root() is not short.root()}
            if len(roots) == 1:
                _union(next(iter(roots.values())), short)


def _join_japanese_family_names(groups: dict[str, "_Group"]) -> None:
    """A Japanese family name written alone (外崎, 筒香) joins the one full name of a Japanese person that starts
    with it (外崎修汰, 筒香嘉智) in the files that name that person; when two full names share it (髙嶺史弥, 髙嶺心萌)
    it stays apart. Only a family name of two or three kanji that no mention types as anything but a person."""
    full_by_prefix: dict[str, list[_Group]] = defaultdict(list)
    for g in groups.values():
        if 3 <= len(g.key) <= 6 and any(m.kind == "jp" and m.type == "person" for m in g.mentions) \
                and KANJI_RUN.fullmatch(g.key):
            for k in range(2, min(3, len(g.key) - 1) + 1):
                full_by_prefix[g.key[:k]].append(g)
    for prefix, fulls in full_by_prefix.items():
        short = groups.get(prefix)
        if short is None or not short.mentions:
            continue
        roots = {id(f.root()): f for f in fulls}
        if len(roots) != 1 or any(m.type not in ("", "person") for m in short.mentions):
            continue
        full = next(iter(roots.values()))
        # (in the files that name the full name: elsewhere the family name may be someone else's)
        if {m.file for m in short.mentions} <= {m.file for f in fulls for m in f.mentions}:
            _union(full, short)


def _join_given_name_spellings(persons: list["_Group"]) -> None:
    """Full names of one family name whose given names are two spellings of one Russian given name (マクシム・
    ルイジェンコフ and マキシム・ルイジェンコフ: Максим) are one person."""
    by_kana = ru_given_names()[0]
    seen: dict[tuple[str, str], _Group] = {}
    for g in persons:
        for t in {m.text for m in g.mentions}:
            parts = _name_parts(t)
            given = by_kana.get(variant_key(parts[0])) if len(parts) == 2 and KATA_RUN.fullmatch(t) else None
            if given is None:
                continue
            key = (given.cyrillic, variant_key(parts[1]))
            other = seen.setdefault(key, g)
            if other.root() is not g.root():
                _union(other, g)


def _name_parts(text: str) -> list[str]:
    return [x for x in _NAME_SEPARATOR.split(text) if x]


def _retype_family_names(analysed: list[_Para]) -> None:
    """A kanji word UniDic read as a place is the family name of a Japanese person found in the same file
    (種市 beside 種市篤暉): it names that person there, not a place."""
    prefixes: set[tuple[str, str]] = set()
    for p in analysed:
        for m in p.mentions:
            if m.kind == "jp" and KANJI_RUN.fullmatch(m.text):
                prefixes.update((p.para.file, m.text[:k]) for k in range(2, len(m.text)))
    if not prefixes:
        return
    for p in analysed:
        for m in p.mentions:
            if m.type == "place" and m.kind in ("proper", "inner") and (p.para.file, m.text) in prefixes:
                m.type, m.origin = "person", "ja"


def _type_relatives(analysed: list[_Para]) -> None:
    """A katakana full name nothing typed whose family name is a person's found in the same file (ディナ・アベリナ
    beside アリーナ・アベリナ, twin sisters) names a person of that family too."""
    families: set[tuple[str, str]] = set()
    for p in analysed:
        for m in p.mentions:
            if m.type == "person" and KATA_JOINER.search(m.text):
                families.add((p.para.file, variant_key(KATA_JOINER.split(m.text)[-1])))
    if not families:
        return
    for p in analysed:
        for m in p.mentions:
            if m.type in ("other", "") and m.kind == "kata" and KATA_JOINER.search(m.text) and \
                    (p.para.file, variant_key(KATA_JOINER.split(m.text)[-1])) in families:
                m.type = "person"


def _extend_to_places_named_whole(analysed: list[_Para]) -> None:
    """A place in kanji cut short where UniDic knows a shorter place (長生|浦, Japan's 長生) is the longer place
    its file names whole elsewhere (長生浦（チャンセンポ）): the short mention grows to it."""
    # the places of each file named whole, by each shorter beginning of theirs (長生 → 長生浦)
    by_beginning: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in analysed:
        for m in p.mentions:
            # (or a name its reading follows, which grouping types: 長生浦（チャンセンポ）)
            if (m.type == "place" or (m.type == "" and m.readings)) and m.kind != "inner" and len(m.text) >= 3 \
                    and KANJI_RUN.fullmatch(m.text):
                for cut in range(2, len(m.text)):
                    # (not the place with its unit or head, 元山|市, which groups with it as named without)
                    if m.text[cut:] not in _SUFFIXES and m.text[cut:] not in _DIVISION_CHARS:
                        by_beginning[(p.para.file, m.text[:cut])].append(m.text)
    if not by_beginning:
        return
    for p in analysed:
        found = {(m.start, m.end) for m in p.mentions if m.type == "place"}
        grown: set[int] = set()
        for m in p.mentions:
            if m.type != "place" or m.kind not in ("inner", "proper"):
                continue
            longer = [n for n in by_beginning.get((p.para.file, m.text), ()) if p.para.text.startswith(n, m.start)]
            if longer:
                grown.add(id(m))
                m.text = max(longer, key=len)
                m.end = m.start + len(m.text)
        if grown:
            # (a place it grows to that was found there already stays one mention)
            p.mentions = [m for m in p.mentions if not (id(m) in grown and (m.start, m.end) in found)]


def _find_bodies_written_short(analysed: list[_Para]) -> None:
    """A noun compound that shortens the name of a body its file names in full, its head the way short_heads.tsv
    shortens it (韓国外大 of 韓国外国語大学: 大 for 大学), is a mention of a body; grouping joins it to the long form."""
    # (by file and first character: a short form keeps the long one's first)
    by_start: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in analysed:
        for m in p.mentions:
            if m.type == "org" and len(m.text) >= 6 and KANJI_RUN.fullmatch(m.text):
                key = variant_key(m.text)
                by_start[(p.para.file, key[0])].add(key)
    if not by_start:
        return
    for p in analysed:
        for term in list(p.terms):
            word = p.para.text[term[0]:term[1]]
            heads = _SHORT_HEADS_TO_LONG.get(word[-1:], ()) if len(word) >= 4 else ()
            # (a place inside it, 韓国, stays a place named inside a body's name)
            if not heads or not KANJI_RUN.fullmatch(word) or any(
                    k.start < term[1] and term[0] < k.end and not term[0] <= k.start < k.end <= term[1]
                    for k in p.mentions):
                continue
            key = variant_key(word)
            bodies = by_start.get((p.para.file, key[0]), ())
            if len({b for b in bodies if b.endswith(heads) and not b.endswith(key) and _abbreviates(key, b)}) == 1:
                found = Mention(term[0], term[1], word, "compound", type="org")
                _locate(p, found, {})
                p.mentions.append(found)
                p.terms.remove(term)


_EXECUTIVE_OFFICES = frozenset(("大統領府", "大統領室", "大統領官邸", "首相官邸", "首相府"))  # (no country's)
_DESIGNATION_KEY = re.compile(r"[a-z]{1,4}-?\d{1,4}[a-z]{0,2}")  # a Latin designation as variant_key spells it


def _files_seating_offices(analysed: list[_Para]) -> set[tuple[str, str]]:
    """(office, file) for an executive office the corpus names by two seats or more (クレムリン（大統領府） in one
    file, 青瓦台（大統領府） in another): in each file that names its seat, the office's word alone is that seat's,
    no other file's. An office named by one seat only (the Kremlin's) stays one name across the files."""
    seats: dict[str, set[str]] = defaultdict(set)
    files: dict[str, set[str]] = defaultdict(set)
    for p in analysed:
        for m in p.mentions:
            named = [(m.text, a) for a in m.aliases if a in _EXECUTIVE_OFFICES] if m.text not in _EXECUTIVE_OFFICES \
                else [(a, m.text) for a in m.aliases]
            for seat, office in named:
                seats[office].add(variant_key(seat))
                files[office].add(m.file)
    return {(office, file) for office, seat_keys in seats.items() if len(seat_keys) >= 2 for file in files[office]}


def build_entries(analysed: list[_Para], min_termhood: float = 0.0) -> list[Entry]:
    groups: dict[str, _Group] = {}
    seated = _files_seating_offices(analysed)

    def group_for(surface: str, file: str = "") -> _Group:
        key = variant_key(surface)
        if _DESIGNATION_KEY.fullmatch(key):
            key = key.replace("-", "")  # a designation with or without its dash (KF21, KF-21): one name
        if (surface, file) in seated:
            key += "\t" + file
        if key not in groups:
            groups[key] = _Group(key)
        return groups[key]

    _retype_family_names(analysed)
    _type_relatives(analysed)
    _extend_to_places_named_whole(analysed)
    _find_bodies_written_short(analysed)
    for p in analysed:
        for m in p.mentions:
            if len(m.text) < 2 and m.kind != "gloss":
                continue
            group_for(m.text, m.file).mentions.append(m)

    # a reading or alias in brackets is a spelling of the same name (a reading in hiragana only reads it: the
    # press writes the name in kanji)
    for g in list(groups.values()):
        for m in g.mentions:
            for r in [r for r in m.readings if not HIRAGANA_NAME_READING.fullmatch(r)] + m.aliases:
                rg = group_for(r, m.file)
                if r not in rg.extra_variants:
                    rg.extra_variants.append(r)
                _union(g, rg)
    # the same Latin gloss on two spellings: one name
    by_gloss: dict[str, _Group] = {}
    for g in list(groups.values()):
        for m in g.mentions:
            for gl in m.glosses:
                k = variant_key(gl)
                if k in by_gloss:
                    _union(by_gloss[k], g)
                else:
                    by_gloss[k] = g
    # a gloss written alone elsewhere (北大西洋条約機構（NATO）…NATOは): the same name
    for k, g in by_gloss.items():
        if k in groups and groups[k] is not g:
            _union(g, groups[k])
    persons = [g for g in groups.values() if any(m.type == "person" or m.kind == "kata" for m in g.mentions)]
    _join_given_name_spellings(persons)
    _join_names_with_patronymic(persons)
    # full name ↔ surname alone (the last part, or a Korean's first); name + patronymic written without separators
    full_by_last: dict[str, list[_Group]] = defaultdict(list)
    for g in persons:
        texts = {m.text for m in g.mentions} | set(g.extra_variants)
        for t in texts:
            parts = _name_parts(t)
            # (initials between the names are no katakana: ジョージ・W・ブッシュ is Bush too)
            if len(parts) >= 2 and KATA_RUN.fullmatch(_INITIAL_IN_NAME.sub("", t)):
                full_by_last[variant_key(parts[-1])].append(g)
                if orig.korean_katakana(t):
                    full_by_last[variant_key(parts[0])].append(g)  # a Korean's family name comes first (チョ氏)
                if len(parts) >= 3 and DOUBLE_SURNAME.search(t):
                    # a double family name (アレクセイ・ロバノフ＝ロストフスキー) is written by its first half alone
                    # too, or whole (ロバノフ＝ロストフスキー)
                    full_by_last[variant_key(parts[-2])].append(g)
                    full_by_last[variant_key(parts[-2] + parts[-1])].append(g)
                break
    for last, fulls in full_by_last.items():
        if last not in groups:
            continue
        roots = {f.root().key: f for f in fulls}
        if len(roots) > 1:
            # persons of one family name: the surname alone is the one's named in full in the same files, where
            # one alone is (ニコライ・ワシリエフ … ワシリエフ氏, and ユーリー・ワシリエフ in another article)
            files = {m.file for m in groups[last].mentions}
            roots = {f.root().key: f for f in fulls if any(m.file in files for m in f.mentions)}
        if len(roots) == 1:
            full = next(iter(roots.values()))
            if _group_type(groups[last]) == "place" and not any(m.type == "person" for m in full.mentions):
                continue  # a name ending in a place is no one's surname (スタッド・ド・フランス, not フランス)
            _union(full, groups[last])
    _join_given_names_alone(persons, groups)
    # a surname written together with a given name (セルゲイラブロフ): look the key's tails up, not every surname
    only_full: dict[str, _Group] = {}
    for last, fulls in full_by_last.items():
        roots = {f.root().key: f for f in fulls}
        if len(roots) == 1:
            only_full[last] = next(iter(roots.values()))
    for g in persons:
        if any(len(_name_parts(m.text)) > 1 for m in g.mentions):
            continue
        for i in range(1, len(g.key)):
            full = only_full.get(g.key[i:])
            if full is None:
                continue
            firsts = {variant_key(_name_parts(m.text)[0]) for m in full.mentions if len(_name_parts(m.text)) > 1}
            if any(g.key.startswith(f) for f in firsts):
                _union(full, g)

    _join_japanese_family_names(groups)
    _join_country_aliases(groups)
    _join_bodies_of_country_aliases(groups)
    _join_armed_forces(groups)
    _join_country_pair_orders(groups)
    _join_korean_ministry_words(groups)
    _join_wire_service_names(groups)
    _join_regions(groups)
    _join_spelling_alternations(groups)
    _join_places_named_without_head(groups)
    _join_names_with_inner_glosses(groups)
    _join_spellings_of_one_town(groups)
    _join_places_without_saint(groups)
    _join_towns_on_rivers(groups)
    _join_clipped_names(groups)
    _join_shortened_heads(groups)
    _join_short_forms(groups)
    _join_cities_to_units(groups)
    _join_port_and_ship_forms(groups)
    _join_region_words(groups)
    _type_towns_of_stations(groups)
    _join_clubs_to_their_cities(groups)
    _join_firms_to_their_names(groups)

    # compound terms: FLR over every noun sequence of the corpus
    all_terms = [nouns for p in analysed for _, _, nouns in p.terms]
    flr = flr_scores(all_terms)

    clusters: dict[int, list[_Group]] = defaultdict(list)
    for g in groups.values():
        clusters[id(g.root())].append(g)

    entries: list[Entry] = []
    named_keys: set[str] = set()
    named_by_key: dict[str, Entry] = {}
    for members in clusters.values():
        mentions = [m for g in members for m in g.mentions]
        if not mentions:
            continue
        entry = _entry_from(mentions, [v for g in members for v in g.extra_variants])
        if entry is None:
            continue
        named_keys.update(g.key for g in members)
        named_by_key.update((g.key, entry) for g in members)
        entries.append(entry)

    # terms not already a name, nor a name's gloss (ミシュスチン（Mikhail Mishustin）): one entry per spelling
    # group, scored by FLR
    named_keys.update(variant_key(g) for en in entries for g in en.glosses)
    term_mentions: dict[str, list[tuple[_Para, int, str, tuple[str, ...]]]] = defaultdict(list)
    term_key: dict[str, str | None] = {}  # surface → its variant key, None when it ends in a title
    unseen: list[tuple[Entry, _Para, int, str]] = []
    nested = _nested_terms(analysed, named_keys)
    flr.update(flr_scores(all_terms + [nouns for terms in nested.values() for _, _, nouns in terms]))
    for p in analysed:
        text = p.para.text
        for s, e, nouns in p.terms + nested.get(id(p), []):
            if e - s < 3:
                continue
            surface = text[s:e]
            key = term_key.get(surface, "")
            if key == "":
                # a run of Latin words (an English headline cited in a footnote) is copied, not translated:
                # only compounds with Japanese script in them, or a Latin personal name (a photo credit), count
                foreign_run = not _JAPANESE_CHAR.search(surface) and not _LATIN_PERSON.fullmatch(surface)
                key = term_key[surface] = (None if _TITLE_END.search(surface) or foreign_run
                                           else variant_key(surface))
            if key is not None and key not in named_keys:
                # (a term after its country meets the same term after another name of the country: 露大統領選,
                # ロシア大統領選; and a language its other name, 韓国語, 朝鮮語)
                term_mentions[_ONE_LANGUAGE.get(key) or _country_canonical(key)].append((p, s, surface, nouns))
            elif key is not None and key in named_by_key and surface not in named_by_key[key].variants:
                # a name's other spelling that only the term finder saw (貞栢洞 beside 貞柏洞): the name's too
                unseen.append((named_by_key[key], p, s, surface))
    contexts: dict[tuple[int, int], str] = {}
    for entry, p, s, surface in unseen:
        if surface not in entry.variants:
            entry.variants.append(surface)
        entry.sources.append(Source(p.para.file, p.para.line_at(s), _sentence_text(p, s, contexts)))
        entry.count += 1
    bodies = {variant_key(v): en for en in entries if en.type in ("org", "event", "media") for v in en.variants}
    # (and a body's name written short, W杯: its long form ワールドカップ is an ordinary word, so a term)
    bodies_by_long_form = {long_key: en for key, en in bodies.items() for long_key in _long_forms(key)}
    bearers = _bearers_by_family_name(entries)
    bodies_without_country = _bodies_without_country(bodies)
    for key in list(term_mentions):
        body = _body_spelled_by(key, bodies, bodies_by_long_form)
        if body is None and len(bodies_without_country.get(key, ())) == 1:
            # a body named without its country, alone a common word (捜査委員会 of ロシア連邦|捜査委員会), where
            # one body of the corpus is so named after a country
            body = next(iter(bodies_without_country[key].values()))
        if body is None and KATA_RUN.fullmatch(term_mentions[key][0][2]):
            body = bearers.get(key)  # a katakana word no finder took for a name: the family name of the one
            # person of the text whose full name ends in it (アデリア・ペトロシャン … ペトロシャンは)
        if body is not None:
            occ = term_mentions.pop(key)
            body.variants.extend(dict.fromkeys(surface for _, _, surface, _ in occ if surface not in body.variants))
            body.sources.extend(Source(p.para.file, p.para.line_at(s), _sentence_text(p, s, contexts))
                                for p, s, _, _ in occ)
            body.count += len(occ)
    for key, occ in term_mentions.items():
        score = normalise(flr, flr.get(occ[0][3], 0.0))
        if score < min_termhood:
            continue
        surfaces: dict[str, int] = {}
        for _, _, surface, _ in occ:
            surfaces[surface] = surfaces.get(surface, 0) + 1
        ja = max(surfaces, key=surfaces.get) if len(surfaces) > 1 else next(iter(surfaces))
        sources = [Source(p.para.file, p.para.line_at(s), _sentence_text(p, s, contexts)) for p, s, _, _ in occ]
        origin = orig.origin_of_compound(ja) or "unknown"
        entries.append(Entry(ja=ja, variants=list(surfaces), type="term", origin=origin,
                             confidence=round(0.3 + 0.5 * score, 3), count=len(occ), sources=sources,
                             termhood=round(score, 4)))
    _spell_bodies_without_country(entries)
    _attach_foreign(entries, analysed)
    # by count, most frequent first, then by spelling: two stable sorts on plain attributes are twice as
    # fast as one sort on a built (-count, ja) key, and order the same
    entries.sort(key=attrgetter("ja"))
    entries.sort(key=attrgetter("count"), reverse=True)
    return entries


def _nested_terms(analysed: list[_Para], named_keys: set[str]) -> dict[int, list[tuple[int, int, tuple[str, ...]]]]:
    """The compounds nested at the start or the end of two or more longer compounds of the corpus, with a
    different word beside them in each, that never stand alone (新型コロナウイルス of 新型コロナウイルス|流行 and
    新型コロナウイルス|禍; 弾道ミサイル of 大陸間|弾道ミサイル and 短距離|弾道ミサイル): C-value's nested
    candidates, as (start, end, nouns) by the id of the paragraph they lie in. Two nouns of two characters or
    more each (a one-character noun is mostly an affix: 市|生まれ, 四|帖|目|第); the longer compounds are terms,
    not names (朝鮮中央 of 朝鮮中央|通信 and 朝鮮中央|テレビ is no term). And a country's language named in a
    compound, however often (ロシア語 of ロシア語|版)."""
    all_compounds = {nouns for p in analysed for _, _, nouns in p.terms}
    compounds = {nouns for nouns in all_compounds if variant_key("".join(nouns)) not in named_keys}
    beside: dict[tuple[bool, tuple[str, ...]], set[str]] = defaultdict(set)
    for nouns in compounds:
        for k in range(2, len(nouns)):
            beside[True, nouns[:k]].add(nouns[k])
            if len(nouns[-k - 1]) >= 2:  # (a one-character word before is mostly a prefix: 大|規模|寺院)
                beside[False, nouns[-k:]].add(nouns[-k - 1])
    nested = {key for key, words in beside.items()
              if len(words) >= 2 and key[1] not in all_compounds and min(map(len, key[1])) >= 2}
    out: dict[int, list[tuple[int, int, tuple[str, ...]]]] = {}
    countries = _country_alias_keys()
    for p in analysed:
        text = p.para.text
        for s, e, nouns in p.terms:
            at = s
            for i, noun in enumerate(nouns[1:], 1):
                # a language named in a compound (ロシア|語|版, 朝鮮|語|教育) is a term however often it is so
                at += len(nouns[i - 1])
                if noun == "語" and len(nouns) > 2 \
                        and (variant_key(nouns[i - 1]) in countries or dictionary_place(nouns[i - 1])) \
                        and text[at - len(nouns[i - 1]):at + 1] == nouns[i - 1] + noun:
                    out.setdefault(id(p), []).append((at - len(nouns[i - 1]), at + 1, nouns[i - 1:i + 1]))
            if nouns not in compounds:
                continue
            for k in range(2, len(nouns)):
                head, tail = nouns[:k], nouns[-k:]
                head_end, tail_start = s + sum(map(len, head)), e - sum(map(len, tail))
                if (True, head) in nested and text[s:head_end] == "".join(head):
                    out.setdefault(id(p), []).append((s, head_end, head))
                if (False, tail) in nested and text[tail_start:e] == "".join(tail):
                    out.setdefault(id(p), []).append((tail_start, e, tail))
    return out


# a language Japanese names after either of two lands, the key of one name → the other's: Korean, named after
# the peninsula (朝鮮語) or the South (韓国語)
_ONE_LANGUAGE = {variant_key("韓国語"): variant_key("朝鮮語")}


# the heads of a state's organs, which the press names after their country or without it (韓国統一省, 統一省;
# 韓国大統領室, 大統領室)
_ORGAN_HEADS = ("省", "庁", "部", "局", "室", "府", "委員会", "情報院")


def _spell_bodies_without_country(entries: list[Entry]) -> None:
    """A state's organ named after its country in full (ロシア対外情報庁, 韓国統一省) is spelled without the country
    too (対外情報庁, 統一省): the rest of its name, three characters or more and ending in an organ's head
    (_ORGAN_HEADS), is added to its spellings where no entry has it and no other body of the text is so named
    after a country. Not a word of the dictionary, which is any country's (外務省, 中央銀行), nor a Japanese body's
    name, where 日本 is part of it (日本青年会議所)."""
    taken = {variant_key(v) for entry in entries for v in entry.variants}
    japan = _country_alias_keys()[variant_key("日本")]
    bodies_by_rest: dict[str, dict[int, tuple[Entry, str]]] = defaultdict(dict)
    for entry in entries:
        if entry.type != "org" or any(a != b and a.endswith(b) for a in entry.variants for b in entry.variants):
            continue  # (nor one the text names without its first words already: 米インド太平洋軍, インド太平洋軍)
        for v in entry.variants:
            found = _leading_country(variant_key(v), 3)
            # (a country's one-kanji short name may begin a longer word: 加 of 加速器, 米 of 米軍)
            rest = v[found[1]:] if found is not None and found[1] >= 2 and found[0] != japan else ""
            if rest.endswith(_ORGAN_HEADS) and variant_key(rest) == variant_key(v)[found[1]:] \
                    and _JAPANESE_CHAR.match(rest) and _leading_country(variant_key(rest), 1) is None \
                    and not rest.startswith("人") and any(t.start == found[1] for t in tokenize(v)):
                # (its people are no organ, 中国|人|俘虜…委員会, and 日本国|有鉄道 is no cut)
                bodies_by_rest[variant_key(rest)].setdefault(id(entry), (entry, rest))
    for key, bodies in bodies_by_rest.items():
        if len(bodies) == 1 and key not in taken:
            entry, rest = next(iter(bodies.values()))
            if not dictionary_kanji_word(rest):
                entry.variants.append(rest)


def _bearers_by_family_name(entries: list[Entry]) -> dict[str, Entry]:
    """The persons named in full in katakana (parts joined by ・ or ＝) by the key of their family name, where
    one person alone bears it."""
    bearers: dict[str, Entry | None] = {}
    for entry in entries:
        if entry.type != "person":
            continue
        for last in {variant_key(parts[-1]) for parts in map(_name_parts, entry.variants)
                     if len(parts) > 1 and KATA_RUN.fullmatch(parts[-1])}:
            bearers[last] = entry if bearers.get(last, entry) is entry else None
    return {last: entry for last, entry in bearers.items() if entry is not None}


def _bodies_without_country(bodies: dict[str, Entry]) -> dict[str, dict[int, Entry]]:
    """The bodies named after a country (ロシア連邦捜査委員会) by the key of the rest of their name, four characters
    or more (捜査委員会)."""
    countries = _country_alias_keys()
    out: dict[str, dict[int, Entry]] = defaultdict(dict)
    for key, body in bodies.items():
        for cut in range(1, len(key) - 3):
            if key[:cut] in countries:
                out[key[cut:]][id(body)] = body
    return out


@functools.lru_cache(maxsize=65536)
def _country_canonical(key: str) -> str:
    """`key` with the country it starts with written by that country's first name in country_aliases.tsv (露大統領選
    → ロシア大統領選), when three characters or more follow the country; else `key`."""
    found = _leading_country(key, 3)
    if found is None:
        return key
    n, cut = found
    return _country_alias_rows()[n][0] + key[cut:]


def _body_spelled_by(key: str, bodies: dict[str, Entry], bodies_by_long_form: dict[str, Entry]) -> Entry | None:
    """The body a term's key is another spelling of, or None: the body's name with its last word written short
    (中央選管, 憲法裁; 情報委 of the one body named 国会情報委員会), its country written by another of its names
    too (露中銀 of ロシア中央銀行); the long word of a body written short (ワールドカップ of W杯); or a firm's name
    without its corporate word (MBK of MBKパートナーズ). `bodies_by_long_form` holds the bodies by the long forms
    of their keys."""
    for spelled in (key, *_country_respellings(key)):
        for long_key in _long_forms(spelled):
            if long_key in bodies:
                return bodies[long_key]
            # (or the one body named so after whose it is: 情報委 of 国会|情報委員会)
            within = {id(body): body for k, body in bodies.items() if k.endswith(long_key) and len(k) > len(long_key)}
            if len(within) == 1 and len(long_key) >= 4:
                return next(iter(within.values()))
    if key in bodies_by_long_form:
        return bodies_by_long_form[key]
    return next((bodies[key + word] for word in _CORPORATE_WORDS if key + word in bodies), None)


def _sentence_text(p: _Para, pos: int, cache: dict[tuple[int, int], str] | None = None) -> str:
    """The sentence holding `pos`, stripped and cut to 300 characters (as a source's context); `cache`
    keeps each sentence's text for the next term seen in it."""
    ss, se = _sentence_of(p.sentences, pos)
    if cache is None:
        return p.para.text[ss:se].strip()[:300]
    key = (id(p), ss)
    context = cache.get(key)
    if context is None:
        context = cache[key] = p.para.text[ss:se].strip()[:300]
    return context


# the last character of a Korean place name, and how its Korean reading ends in katakana (京畿道 キョンギド)
_KO_PLACE_ENDS = {"道": ("ド", "ト"), "郡": ("グン", "クン"), "市": ("シ",), "島": ("ド", "ト"), "里": ("リ", "ニ"),
                  "洞": ("ドン", "トン"), "邑": ("ウプ", "ウッ"), "面": ("ミョン",), "江": ("ガン", "カン"),
                  "山": ("サン",), "港": ("ハン", "ガン"), "湾": ("マン",), "川": ("チョン", "ジョン"),
                  "浦": ("ポ",), "州": ("ジュ", "チュ"), "津": ("ジン", "チン"), "原": ("ウォン",),
                  "宮": ("グン", "クン"), "峰": ("ボン", "ポン"), "嶺": ("リョン", "ニョン", "ヨン"), "岳": ("アク",)}


# how near a reading must be to the kanji's Korean readings for the kanji to name a Korean place on that alone
_CLOSE_KOREAN_READING = 0.3


def _korean_place(ja: str, readings: list[str], mentions: list[Mention]) -> str | None:
    """Whether a kanji name read in Korean names a place, not a person: its reading is one word (Japanese
    writes a Korean person's reading with ・ between family and given name: キム・ジョンウン) and either ends
    as its last character, a place's, is read (京畿道（キョンギド）, 安城市（アンソンシ）), or, with no title after
    it, GeoNames knows it as a Korean town (元山（ウォンサン）), or its first kanji is no family name's, so that no
    person can be meant (鹿屯（ノクトゥン）). Returns the side GeoNames places it on (ko_north, ko_south), "ko" when
    it is a Korean place GeoNames does not know, or None."""
    if not (2 <= len(ja) <= 6 and KANJI_RUN.fullmatch(ja)):
        return None
    if not readings or any(_NAME_SEPARATOR.search(r) for r in readings):
        return None
    korean = [r for r in readings if orig.korean_syllables(r)]
    if not korean:
        return None
    from glossary.translit.gazetteer import gazetteer  # the place table is loaded only when a name needs it

    countries = {place.country for place in gazetteer().han(ja)} & {"KR", "KP"}
    side = {"KP": "ko_north", "KR": "ko_south"}[countries.pop()] if len(countries) == 1 else "ko"
    if any(r.endswith(_KO_PLACE_ENDS.get(ja[-1], ("\0",))) for r in korean):
        return side
    if any(m.titled for m in mentions):
        return None
    if side == "ko" and (ja[0] in orig.ko_surnames() or any(m.kind == "quoted" for m in mentions)
                         or not any(_reads_each_kanji(ja, r) and extract_dict.korean_reading_distance(ja, r)
                                    <= _CLOSE_KOREAN_READING for r in korean)
                         or any(_HIRAGANA.match(r) for r in readings) or extract_dict.dictionary_kanji_word(ja)):
        # (a person's name, a work's title in quotes, 「春香伝（チュニャンジョン）」, a word JMdict knows, 青瓦台
        # (チョンワデ), the presidential office, or a Japanese or Sanskrit word whose reading merely sounds Korean:
        # 禅那（ゼンナ）, 선나)
        return None
    return side


# two katakana parts, the last with a Russian family name's ending, the first no town's (not ペトロパブロフスク・
# カムチャツキー)
_RUSSIAN_FULL_NAME = re.compile(r"(?![ァ-ヺー]*(?:スク|グラード|ブルク|ポリ)・)[ァ-ヺー]{2,8}・[ァ-ヺー]{2,9}"
                                r"(?:[ノロコトモボポドソゾリキギシチニミビピ]フ|エフ|スキー|スカヤ|ツキー|エンコ|[ヴビ]ッチ|[ノロコエ]ワ)")


def _decide_type(mentions: list[Mention]) -> str:
    if any(m.type == "place" and any(UNIT_READING.fullmatch(r) for r in m.readings) for m in mentions):
        return "place"  # read with its unit (巨済市（コジェ市）): コジェ市長 is its mayor, not Mayor Koje
    votes = Counter(m.type for m in mentions if m.type)
    # (a country before a title is the country's: アルゼンチン代表, ロシア大統領)
    if any(m.titled and not (m.type == "place" and not _NAME_SEPARATOR.search(m.text))
           for m in mentions if m.kind in ("kata", "ko", "zh", "jp")):
        votes["person"] += 2
    # (a Korean place read one syllable a kanji is that place wherever else its last kanji made it a body: 梨泰院)
    if any(m.type == "place" and m.readings and _reads_each_kanji(m.text, m.readings[0]) for m in mentions):
        votes["place"] += 2
    if not votes:
        # a town the text's words do not type, that the gazetteer knows (リビウ, the spelling since 2022), or a
        # region of Russia written without its unit (チュコト)
        ja = mentions[0].text
        if KATA_RUN.fullmatch(ja) and len(ja) >= 3 and (_post_soviet_town(ja, 10_000) or _russian_region(ja)):
            return "place"
        # a given name UniDic does not know, then a Russian family name (オヌフリー・ステパノフ): a person
        return "person" if _RUSSIAN_FULL_NAME.fullmatch(ja) else "other"
    return votes.most_common(1)[0][0]


def _context_counts(mentions: list[Mention]) -> Counter:
    """The origin words counted in the sentences of all mentions, each sentence once (a name and its reading in
    brackets are two mentions in one sentence)."""
    ctx: Counter = Counter()
    seen = set()
    for m in mentions:
        sentence = (m.file, m.line, m.context)
        if sentence not in seen:
            seen.add(sentence)
            ctx.update(m.ctx_origins)
    return ctx


def _russian_region(ja: str) -> bool:
    """Whether the translit tables know `ja` as a region of Russia (チュコト, カムチャツカ地方)."""
    from glossary.translit.dictionary import russian_region  # the regions' English lives with transliteration

    return russian_region(ja) is not None


def _korean_facility(ja: str) -> bool:
    """A kanji name of two or three characters before a facility head of the translit tables (発射場, 基地, 空港,
    宇宙センター)."""
    from glossary.translit.dictionary import name_heads  # the heads' English lives with transliteration

    return any(ja.endswith(head) and 2 <= len(ja) - len(head) <= 3 and KANJI_RUN.fullmatch(ja[: -len(head)])
               for head in name_heads())


def _russian_stem(ja: str) -> bool:
    """Whether a name is a katakana name of Russian shape before a generic head of the translit tables
    (ヴォロダルスキー通り, プーシキン広場)."""
    from glossary.translit.dictionary import name_heads  # the heads' English lives with transliteration

    return any(ja.endswith(head) and KATA_RUN.fullmatch(ja[: -len(head)]) and orig.russian_shape(ja[: -len(head)])
               for head in name_heads() if len(ja) > len(head))


# a name, its reading and its title, then "and the other Korea's …" (…国防相と北朝鮮の…)
_COUNTERPART_AFTER = r"(?:（[^）]{1,20}）)?[\u4e00-\u9fff]{0,8}と(北朝鮮|韓国)の"
_COUNTERPART_SIDE = {"北朝鮮": "ko_south", "韓国": "ko_north"}


def _decide_origin(mentions: list[Mention], etype: str, ja: str, variants: list[str], korean: bool = False) -> str:
    """The entry's origin; `korean` says it is known to be Korean (a place read in Korean), not which side."""
    if any(m.kind == "ko" and m.origin == "ru" for m in mentions):
        return "ru"  # a Koryo-saram's name (金ナターリャ), whose English is Russian
    whose = {m.origin for m in mentions if m.kind == "quoted" and m.origin}
    if etype == "other" and len(whose) == 1:
        return whose.pop()  # a title in quotes whose kind word says whose it is (「カチューシャ」などロシア民謡)
    addressed = {m.origin for m in mentions if m.kind == "address"} & {"ko_north", "ko_south"}
    if len(addressed) == 1:
        return addressed.pop()  # a place in a province of one Korea (咸鏡北道|豊渓里)
    # the context counts are summed only where a rule below needs them (Korean and katakana names)
    korean = korean or any(m.origin == "ko" for m in mentions) or any(orig.korean_katakana(v) for v in variants)
    if korean:
        # the reading says which Korea's pronunciation it follows (李炳哲（リ・ビョンチョル）): that beats the
        # words around the name (a North Korean quoted by a South Korean paper)
        # (a person's: a place's first kanji is no surname, 徳寿宮（トクスグン）)
        surnames = {v[0] for v in [ja, *variants] if KANJI_RUN.fullmatch(v)} if etype != "place" else set()
        sides = {orig.reading_side(sur, r) for sur in surnames for m in mentions for r in m.readings} - {None}
        if len(sides) == 1:
            return sides.pop()
        # so does a dictionary that knows the person (朴槿恵: Park Geun-hye; 金永南, of North Korea), whatever
        # the article is about
        known = {extract_dict.dictionary_korean_side(v) for v in [ja, *variants]
                 if surnames and len(v) >= 3 and KANJI_RUN.fullmatch(v)} - {None}
        if len(known) == 1:
            return known.pop()
        # and a place's: the dictionary puts it in one Korea, whoever the sentence says shelled it (北朝鮮が|
        # 延坪島を砲撃: the South's island). Not a province, split in 1945 under one name on both sides (江原道)
        noted = _place_origin(ja, mentions) if etype == "place" and not ja.endswith("道") else ""
        if noted in ("ko_north", "ko_south"):
            return noted
        # so does the phrase right before the name, joined by の (韓国統一研究院のオ・ギョンソプ氏)
        affiliated = korean_affiliation({m.context for m in mentions}, {ja, *variants})
        if affiliated:
            return affiliated
        # and the other Korea's counterpart named next to it (宋永武（ソン・ヨンム）国防相と北朝鮮の努光鉄…): the
        # name is of the Korea the words leave out
        contrasted = {_COUNTERPART_SIDE[hit.group(1)] for sentence in {m.context for m in mentions}
                      for form in {ja, *variants} if len(form) >= 2
                      for hit in re.finditer(re.escape(form) + _COUNTERPART_AFTER, sentence)}
        if len(contrasted) == 1:
            return contrasted.pop()
        ctx = _context_counts(mentions)
        north, south = ctx.get("ko_north", 0), ctx.get("ko_south", 0)
        titles_north = sum(1 for m in mentions if orig.titles().get(_title_word(m), "") == "ko_north")
        north += TITLE_SIDE_WEIGHT * titles_north
        # (a Korean lawmaker, 議員, sits in the South's National Assembly: the North's are 代議員)
        south += TITLE_SIDE_WEIGHT * sum(1 for m in mentions if _title_word(m) in _KOREAN_SOUTH_TITLES
                         or orig.titles().get(_title_word(m), "") == "ko_south")
        # (and a Korean in a sentence on the 国会 sits before the South's National Assembly: the North's is the
        # 最高人民会議; the word says nothing of anyone else, Japan's Diet being 国会 too. An acting president is
        # the South's, and most often the Korean named beside the words)
        south += sum(weight for sentence in {m.context for m in mentions}
                     for word, weight in _SOUTH_ONLY_WORDS.items() if word in sentence)
        scenes = {m.scene for m in mentions} & {"ko_north", "ko_south"}
        if north == south and len(scenes) == 1:
            # nothing in its sentences tells but the country written right before it as where it happens (韓国で|
            # 朴正熙少将らによる…): that country's
            return scenes.pop()
        if north == south:
            # nothing in its sentences tells: its paragraph may, first by the country it opens on as its topic
            # (韓国では、…。…北朝鮮に対話を呼び掛けた。安圭伯国防相は…), then by the countries it names
            # (北朝鮮の…首相は…。…元首相も同行した), and last its file (a report on Seoul's politics)
            frames = {m.frame for m in mentions} & {"ko_north", "ko_south"}
            if len(frames) == 1:
                return frames.pop()
            for scope in ("para_origins", "file_origins"):
                whole: Counter = Counter()
                for m in mentions:
                    whole.update(getattr(m, scope))
                north, south = whole.get("ko_north", 0), whole.get("ko_south", 0)
                if north != south:
                    break
        if north > south:
            return "ko_north"
        if south > north:
            return "ko_south"
        return "ko"
    if any(m.kind == "zh" or m.origin == "zh" for m in mentions):
        return "zh"
    if any(m.kind == "jp" or m.origin == "ja" for m in mentions):
        return "ja"
    if etype == "person" and 2 <= len(ja) <= 4 and KANJI_RUN.fullmatch(ja):
        # a kanji name UniDic knows as a whole (王毅) or found otherwise: its surname and its sentences decide
        ctx = _context_counts(mentions)
        side = orig.surname_side(ja[0], ctx.get("ko_north", 0) + ctx.get("ko_south", 0), ctx.get("zh", 0))
        if side == "zh":
            return "zh"
        if side == "ko":
            north, south = ctx.get("ko_north", 0), ctx.get("ko_south", 0)
            return "ko_north" if north > south else "ko_south" if south > north else "ko"
    if etype in ("org", "media", "place", "event", "weapon") or not KATA_RUN.fullmatch(ja.replace(" ", "")):
        face = orig.origin_of_compound(ja)
        if face:
            return face
    if etype == "place":
        noted = _place_origin(ja, mentions)
        if noted:
            return noted
        located = {m.located for m in mentions if m.located}
        if len(located) == 1 and not dictionary_place_origin(ja) - {"ja"}:
            # the text says which country it is in (北朝鮮の金剛山), and no dictionary puts it abroad: a Japanese
            # place of that spelling (金剛山 Kongōsan) is another place
            return located.pop()
    if _STANDALONE_NAMES.get(ja) == etype:
        # a body of the state or a region written alone (国会, 極東) is the one of the country its sentences
        # speak of most
        ctx = _context_counts(mentions)
        ranked = sorted(ctx.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    if etype in ("place", "org") and (_korean_facility(ja) or (
            etype == "place" and 3 <= len(ja) <= 4 and KANJI_RUN.fullmatch(ja)
            and ja.endswith(_NEIGHBOURHOODS[:4] + _LANDMARK_HEADS))):
        # a named facility in kanji (西海衛星発射場), a neighbourhood (光熙洞) or a palace (徳寿宮) in sentences about
        # one Korea is that Korea's, its name read in Korean (Sohae), not as the Japanese place written alike (Saikai)
        ctx = _context_counts(mentions)
        north, south = ctx.get("ko_north", 0), ctx.get("ko_south", 0)
        if max(north, south) > max(ctx.get(o, 0) for o in ("ru", "zh", "ja", "en")) and north != south:
            return "ko_north" if north > south else "ko_south"
    if etype == "person" and _REGNAL_END.search(ja):
        # a monarch (エカテリーナ2世): a tsar when the name is a Russian given name with a regnal English name
        given = ru_given_names()[0].get(variant_key(_REGNAL_END.sub("", ja)))
        if given is not None and given.regnal is not None:
            return "ru"
    if etype == "place" and _russian_stem(ja):
        return "ru"  # a street or square named after a Russian (ヴォロダルスキー通り: Volodarsky Street)
    if KATA_RUN.fullmatch(ja):
        if any(orig.russian_shape(v) for v in variants if KATA_RUN.fullmatch(v)):
            return "ru"
        ctx = _context_counts(mentions)
        if ctx.get("en", 0) > ctx.get("ru", 0):
            return "en"
        if etype in ("person", "weapon") and \
                ctx.get("ru", 0) > max(ctx.get(o, 0) for o in ("en", "zh", "ja", "ko_north", "ko_south")):
            return "ru"  # (a weapon named in katakana in a sentence about Russia: 「イスカンデル」)
    return "unknown"


# titles any country's officials carry that, on a Korean, are the South's: its National Assembly's members (the
# North's are 代議員), and its president (the North has had none since Kim Il Sung, 主席 in Japanese)
_KOREAN_SOUTH_TITLES = frozenset({"議員", "国会議員", "大統領"})
# a Korean's own title outweighs the country words of the sentence he is named in (金正日総書記と金大中大統領)
TITLE_SIDE_WEIGHT = 3
# words of the South's state, each with the weight it has for a Korean named in the same sentence
_SOUTH_ONLY_WORDS = {"国会": 1, "大統領権限代行": TITLE_SIDE_WEIGHT}


def _title_word(m: Mention) -> str:
    """The title itself (総書記 of 露国防相 → 国防相) written after the mention, or ''."""
    found = _TITLE_RE.search(m.title) if m.title else None
    return found.group() if found else ""


# the confidence an entry starts from, by the best kind of evidence among its mentions
_KIND_CONFIDENCE = {"inner": 0.7, "ko": 0.8, "zh": 0.75, "jp": 0.8, "quoted": 0.7, "compound": 0.7, "gloss": 0.75,
                    "kata": 0.6, "proper": 0.75, "address": 0.8}


def _entry_from(mentions: list[Mention], extra: list[str]) -> Entry | None:
    surfaces = Counter(m.text for m in mentions)
    etype = _decide_type(mentions)
    # canonical form: the most frequent spelling; among equals, the one the text gives another name of in brackets
    # after it (鴨緑江 of 鴨緑江（アムノク川）, 暴風軍団 of 暴風軍団（第11軍団）), the longest (a full name over a
    # surname), and new kanji over old (平壌 over 平壤)
    glossed = {m.text for m in mentions if m.aliases}
    ja = max(surfaces, key=lambda s: (surfaces[s], s in glossed, len(_name_parts(s)), len(s),
                                      not _OLD_KANJI.search(s), -list(surfaces).index(s)))
    if etype == "person":
        full = [s for s in surfaces if len(_name_parts(s)) > 1 and KATA_RUN.fullmatch(s)]
        if full and (len(_name_parts(ja)) == 1 and KATA_RUN.fullmatch(ja) or ja in full):
            # (the name as news gives it, without the patronymic: ウラジーミル・プーチン, not ウラジーミル・
            # ウラジーミロビッチ・プーチン)
            ja = max(full, key=lambda s: (not _with_patronymic(s), surfaces[s], s == ja))
        # a Japanese family name written alone more often than the full name: the full name heads (外崎修汰)
        longer = [s for s in surfaces if s != ja and s.startswith(ja) and any(
            m.kind == "jp" and m.text == s for m in mentions)]
        if longer and KANJI_RUN.fullmatch(ja):
            ja = max(longer, key=lambda s: (surfaces[s], len(s)))
    kanji_forms = [s for s in surfaces if KANJI_RUN.search(s)]
    if kanji_forms and all(KATA_RUN.fullmatch(s) for s in [ja]) and any(
            m.kind == "ko" or (m.readings and m.text in kanji_forms) for m in mentions):
        # a Korean name heads its entry in hanja, its katakana reading a variant (李相浩, not イ・サンホ; 柳京ホテル,
        # not リュギョンホテル)
        ja = max(kanji_forms, key=lambda s: surfaces[s])
    for unit in ("郡", "宇宙基地"):
        if ja + unit in surfaces and any(m.type == "place" for m in mentions):
            # a county heads with its unit (青松郡: Cheongsong County, of which the town 青松 is the seat), a
            # cosmodrome with its word (バイコヌール宇宙基地: Baikonur Cosmodrome, not the town)
            ja += unit
    variants = list(dict.fromkeys([ja] + list(surfaces) + extra))
    glosses = list(dict.fromkeys(g for m in mentions for g in m.glosses))
    readings = list(dict.fromkeys(r for m in mentions for r in m.readings))
    place_side = _korean_place(ja, readings, mentions) if etype in ("person", "other", "place") else None
    if place_side:
        etype = "place"
    elif etype == "place" and KANJI_RUN.fullmatch(ja) and any(
            orig.korean_syllables(r) and not _NAME_SEPARATOR.search(r) for r in readings):
        place_side = "ko"  # a place typed so by its words, read as one Korean word (京畿道|平沢（ピョンテク）)
    origin = place_side if place_side in ("ko_north", "ko_south") else \
        _decide_origin(mentions, etype, ja, variants, korean=bool(place_side))
    # confidence of the extraction: evidence kinds, repetition, dictionary knowledge
    c = max(_KIND_CONFIDENCE[m.kind] for m in mentions)
    if any(m.proper for m in mentions):
        c += 0.1
    if glosses or readings:
        c += 0.15
    if any(m.titled for m in mentions):
        c += 0.05
    c += min(0.1, 0.02 * (len(mentions) - 1))
    sources = [Source(m.file, m.line, m.context) for m in mentions]
    return Entry(ja=ja, variants=variants, type=etype, origin=origin, confidence=round(min(c, 0.99), 3),
                 count=len(mentions), sources=sources, glosses=glosses, readings=readings)


def _hangul_key(hangul: str) -> str:
    from glossary.translit.ko import hangul_skeleton  # the Korean tables live with transliteration

    return hangul_skeleton(hangul).replace("h", "")


def _kana_key(kana: str) -> str:
    from glossary.translit.ko import kana_skeleton

    try:
        return kana_skeleton(kana).replace("h", "")
    except (IndexError, KeyError, ValueError):  # a spelling the skeleton tables do not cover
        return ""


def _cyrillic_key(word: str) -> str:
    from glossary.translit.cyrillic import transliterate_word

    return variant_key(transliterate_word(word))


def _unique_index(pairs: Iterable[tuple[str, Entry]]) -> dict[str, Entry]:
    """key → entry, keeping only keys that point at exactly one entry."""
    index: dict[str, Entry | None] = {}
    for key, en in pairs:
        if key and index.get(key, en) is not en:
            index[key] = None
        elif key:
            index[key] = en
    return {k: v for k, v in index.items() if v is not None}


def _bracketed_after_name(p: _Para, start: int, end: int, by_form: dict[str, Entry]) -> Entry | None:
    """The entry a Hangul or Cyrillic name in brackets follows: a person or a place, with at most a title or 氏 in
    between (プーチン（Путин）大統領, プーチン氏（Путин）, 金正恩（김정은）総書記), or any name or term right before
    the bracket, quoted or not (「ヒョウの地」（Земля леопарда）, 「鬼神クジラ（귀신고래）」); or None."""
    text = p.para.text
    if start == 0 or text[start - 1] not in "（(" or text[end:end + 1] not in ("）", ")"):
        return None
    bracket = start - 1
    for men in p.mentions:
        if men.end > bracket:
            continue
        between = text[men.end:bracket]
        found = by_form.get(men.text)
        if found is not None and (between in ("", "」", "』") or (
                found.type in ("person", "place") and _TITLE_RE.fullmatch(between))):
            return found
    # (a compound term is no mention, but one of the paragraph's terms)
    return next((by_form[text[s:e]] for s, e, _ in p.terms if e == bracket and text[s:e] in by_form), None)


def _attach_foreign(entries: list[Entry], analysed: list[_Para]) -> None:
    """Names in other scripts join the entry they name.

    - Hangul and Cyrillic names in brackets right after a person or place, a title or 氏 between or not
      (プーチン氏（Путин）, 金正恩（김정은）総書記);
    - Latin names that repeat an entry's gloss (Vladimir Putin → プーチン);
    - Hangul names whose sound matches the katakana reading of a Korean entry (김정은 → 金正恩 (キム・ジョンウン)),
      also when a title or particle is written on (김정은동지께서);
    - Cyrillic names whose Latin transliteration is a word of an entry's Latin gloss (Путин → Vladimir Putin).
    A foreign name joins only when exactly one entry fits it.
    """
    by_gloss: dict[str, Entry] = {}
    for en in entries:
        for g in en.glosses:
            by_gloss.setdefault(variant_key(g), en)
    by_form = _unique_index((v, en) for en in entries for v in en.variants)
    hangul, cyrillic = [], []
    for p in analysed:
        for start, end, text in p.foreign:
            named = _bracketed_after_name(p, start, end, by_form) if not LATIN_NAME.fullmatch(text) else None
            if named is not None:
                if text not in named.foreign:
                    named.foreign.append(text)
                continue
            en = by_gloss.get(variant_key(text))
            if en is not None and text not in en.foreign:
                en.foreign.append(text)
            elif HANGUL_RUN.fullmatch(text):
                hangul.append(text)
            elif CYRILLIC_RUN.fullmatch(text):
                cyrillic.append(text)
    if hangul:
        korean = [en for en in entries if en.origin.startswith("ko") and en.type == "person"]
        by_sound = _unique_index((_kana_key(v), en) for en in korean for v in en.variants + en.readings
                                 if KATA_RUN.fullmatch(v) and len(_name_parts(v)) == 2)
        for run in hangul:
            for word in run.split():
                for n in (4, 3, 2):  # a name is two to four syllables; what follows may be a title or particle
                    if len(word) < n:
                        continue
                    en = by_sound.get(_hangul_key(word[:n]))
                    if en is not None:
                        if word[:n] not in en.foreign:
                            en.foreign.append(word[:n])
                        break
    if cyrillic:
        by_word = _unique_index((variant_key(w), en) for en in entries if en.type == "person"
                                for g in en.glosses for w in g.split() if len(w) >= 3)
        for run in cyrillic:
            keys = [_cyrillic_key(w) for w in run.split()]
            found = {id(by_word[k]): by_word[k] for k in keys if k in by_word}
            if len(found) == 1:
                en = next(iter(found.values()))
                if run not in en.foreign:
                    en.foreign.append(run)
