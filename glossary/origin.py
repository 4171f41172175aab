"""Where a name comes from: Korean surnames and name shapes, Russian phonotactics, and context words.

The rules here are general knowledge about names in Japanese news (a Korean personal name is a
one-character surname and a one- or two-character given name; Russian surnames end in -フ, -ワ,
-スキー, -エンコ; a Korean in a sentence about 北朝鮮/朝鮮労働党 is a North Korean), loaded from
the data files in glossary/data/extract/ and the Korean surname table glossary/data/ko_surnames.tsv (see
the READMEs for sources).
"""
from __future__ import annotations

import functools
import re
from importlib import resources


def data_lines(name: str, folder: str = "data/extract") -> list[list[str]]:
    """Rows (tab-split) of a file in glossary/data/extract/ (or `folder`), skipping blank lines and `#` comments."""
    text = resources.files("glossary").joinpath(f"{folder}/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def ko_surname_rows() -> list[list[str]]:
    """Rows of the Korean surname table shared with transliteration (glossary/data/ko_surnames.tsv), the
    commonest first: hanja, hangul, readings, DPRK spelling, ROK spelling, other ROK spellings."""
    return data_lines("ko_surnames.tsv", folder="data")


@functools.lru_cache(maxsize=1)
def ko_surname_spellings() -> dict[str, frozenset[str]]:
    """Korean surname (hanja) → its Latin spellings, lowercased (李: ri, lee, yi, rhee, i)."""
    return {row[0]: frozenset(spelling.lower() for field in row[3:6] for spelling in field.split("|") if spelling)
            for row in ko_surname_rows()}


@functools.lru_cache(maxsize=1)
def ko_surnames() -> dict[str, tuple[str, ...]]:
    """Korean surname (hanja) → katakana readings."""
    return {row[0]: tuple(row[2].split("|")) if len(row) > 2 and row[2] else () for row in ko_surname_rows()}


@functools.lru_cache(maxsize=1)
def ko_surname_readings() -> frozenset[str]:
    return frozenset(r for readings in ko_surnames().values() for r in readings)


@functools.lru_cache(maxsize=1)
def zh_surnames() -> frozenset[str]:
    return frozenset(row[0] for row in data_lines("zh_surnames.txt"))


@functools.lru_cache(maxsize=1)
def _surname_ranks() -> tuple[dict[str, int], dict[str, int]]:
    """Rank (1 = most frequent) of each surname among Korean ones and among Chinese ones (the data files list
    them by census frequency)."""
    ko: dict[str, int] = {}
    zh: dict[str, int] = {}
    for ranks, rows in ((ko, ko_surname_rows()), (zh, data_lines("zh_surnames.txt"))):
        for row in rows:
            ranks.setdefault(row[0], len(ranks) + 1)  # a surname listed twice keeps its first (higher) rank
    return ko, zh


_RA_ROW = "ラリルレロ"


def south_keeps_initial_r(dprk: str, rok_alternatives: list[str]) -> bool:
    """Whether many in the South keep the initial r of a surname the North spells `dprk` (柳 Ryu, 羅 Ra: the
    DPRK spelling is among the ROK ones), unlike 李 (Lee, never Ri) or 盧 (Roh, never Ro)."""
    return dprk.startswith("R") and dprk in rok_alternatives


@functools.lru_cache(maxsize=1)
def _south_keeps_initial() -> frozenset[str]:
    """The surnames (hanja) whose initial r many in the South keep too (south_keeps_initial_r)."""
    return frozenset(row[0] for row in ko_surname_rows()
                     if len(row) > 5 and south_keeps_initial_r(row[3], row[5].split("|")))


def reading_side(surname: str, reading: str) -> str | None:
    """'ko_north' or 'ko_south' when the katakana reading of a Korean name shows which Korea's pronunciation
    it follows: the South drops an initial r/n that the North keeps (李 リ in the North, イ in the South; 盧 ロ
    or ノ; 柳 ユ). None for surnames read alike on both sides (金 キム), for a kept r many in the South keep too
    (柳 リュ: Ryu Hyun-jin) and for a reading of another name."""
    readings = ko_surnames().get(surname, ())
    north = [r for r in readings if r[:1] in _RA_ROW]
    if len(readings) < 2 or len(north) != 1:
        return None
    first = re.split(r"[・＝=\s]", reading.strip())[0]
    if first == north[0]:
        return None if surname in _south_keeps_initial() else "ko_north"
    return "ko_south" if first in readings else None


def surname_side(surname: str, korean_ctx: int, chinese_ctx: int) -> str | None:
    """'ko' or 'zh' for a kanji name starting with `surname`, from the context counts of its sentences and, when
    both countries are in the context, from how common the surname is in each: a surname three times higher
    in one country's frequency ranking than in the other's (王, 陳, 楊 for China; 朴, 金, 崔 for Korea) decides;
    otherwise the context with more marks does (ties go to Korea, as before). None when nothing points."""
    ko_rank, zh_rank = (ranks.get(surname) for ranks in _surname_ranks())
    if ko_rank is None and zh_rank is None:
        return None
    if zh_rank is None:
        return "ko" if korean_ctx else None
    if ko_rank is None:
        return "zh" if chinese_ctx else None
    if korean_ctx and chinese_ctx:
        if ko_rank > 3 * zh_rank:
            return "zh"
        if zh_rank > 3 * ko_rank:
            return "ko"
    if korean_ctx and korean_ctx >= chinese_ctx:
        return "ko"
    return "zh" if chinese_ctx else None


def korean_surname(surname: str) -> bool:
    """True for a surname Korea has and China has far less often (金, 朴, 崔; not 李, 王, 張): a name of it says
    Korea where nothing else says which country."""
    ko_rank, zh_rank = (ranks.get(surname) for ranks in _surname_ranks())
    return ko_rank is not None and (zh_rank is None or zh_rank > 3 * ko_rank)


@functools.lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """Person title or honorific → origin hint ('' when the title says nothing about the country)."""
    return {row[0]: (row[1] if len(row) > 1 and row[1] != "-" else "") for row in data_lines("titles.tsv")}


@functools.lru_cache(maxsize=1)
def origin_words() -> dict[str, str]:
    return {row[0]: row[1] for row in data_lines("origin_words.tsv") if len(row) > 1 and row[1] != "-"}


@functools.lru_cache(maxsize=1)
def _origin_word_re() -> re.Pattern:
    words = sorted(origin_words(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# A one-character country (中, 日, 朝) is also a word's first character (中央, 日曜, 朝刊) or a date's (10日): it
# names a country next to another one (日米, 中ロ), after a word of relations (訪中, 対米, 駐日), or before a word
# of its state (米軍, 露外相, 中首脳)
_LETTER_NEIGHBOURS = frozenset("朝韓露中米英独仏日ロ")
_LETTER_BEFORE = frozenset("訪対駐在反親来離")
_LETTER_AFTER = re.compile(r"軍|側|政府|政権|首脳|外相|外務|国防|大統領|首相|当局|大使|紙|艦|機")


def letter_names_country(text: str, start: int) -> bool:
    """Whether the one-character country at `start` in `text` names the country (see _LETTER_NEIGHBOURS)."""
    before, after = text[start - 1:start] if start else "", text[start + 1:start + 2]
    if before.isdigit():
        return False  # a date or a count (10日)
    if text[start] in "中日" and "\u3041" <= before <= "\u309f" and before not in "とや":
        return False  # 'amid' and 'day' after a verb or a demonstrative (深まる中, この日), not China and Japan
    return before in _LETTER_NEIGHBOURS or after in _LETTER_NEIGHBOURS or before in _LETTER_BEFORE \
        or not after or not ("\u4e00" <= after <= "\u9fff") or _LETTER_AFTER.match(text, start + 1) is not None


def _in_pair(text: str, start: int) -> bool:
    """Whether the one-character country at `start` is written next to another (露朝, 韓米, 日米韓)."""
    table = origin_words()
    return any(0 <= i < len(text) and text[i] in table and len(text[i]) == 1 for i in (start - 1, start + 1))


def context_origins(text: str) -> dict[str, int]:
    """Counts of origin indicators (北朝鮮 → ko_north, 韓国 → ko_south, ロシア → ru, ...) in `text`."""
    counts: dict[str, int] = {}
    table = origin_words()
    for m in _origin_word_re().finditer(text):
        if len(m.group()) == 1 and not letter_names_country(text, m.start()):
            continue
        if len(m.group()) == 1 and _in_pair(text, m.start()):
            continue  # a pair (露朝の軍事協力) speaks of two countries' relations, not of whose a name is
        if text.startswith("との", m.end()):
            continue  # nor does the other party of them (北朝鮮との軍事協力は…と外相が述べた: the South's minister)
        o = table[m.group()]
        counts[o] = counts.get(o, 0) + (2 if len(m.group()) > 1 else 1)
    return counts


# a paragraph that opens on a country as its topic (韓国では、…; 北朝鮮側は…) is about that country's side
_FRAME_END = re.compile(r"(?:側|政府|国内)?(?:では|でも|は)[、,]?")


def frame_origin(paragraph: str) -> str | None:
    """The origin a paragraph's opening topic names (韓国では、李在明大統領が… → ko_south), or None."""
    m = _origin_word_re().match(paragraph.lstrip())
    if m is None or len(m.group()) < 2:
        return None
    rest = paragraph.lstrip()[m.end():]
    return origin_words()[m.group()] if _FRAME_END.match(rest) else None


def origin_of_compound(text: str) -> str | None:
    """The origin a compound name wears on its face (朝鮮中央通信 → ko_north, ロシア連邦外務省 → ru)."""
    m = _origin_word_re().search(text)
    # a one-character country inside a word (中東) or starting an ordinary one (中央アジア) is no mark
    while m and len(m.group()) == 1 and (m.start() > 0 or not letter_names_country(text, 0)):
        m = _origin_word_re().search(text, m.start() + 1)
    return origin_words()[m.group()] if m else None


# Russian (and other East Slavic) name endings as Japanese writes them (Ukrainian -юк, -чук: ベレニュク, コワリチュク).
_RU_ENDING = re.compile(
    r"(?:[^ー]フ|ワ|スキー|スキイ|スカヤ|ツキー|ツカヤ|エンコ|[ヴビ]ッ?チ|[ヴブ]ナ|ーヌイ|スク|グラード|"
    r"ゴルスク|ツィン|エフ|ノフ|[ニチリシ]ュク)$"
)
_RU_PART = re.compile(r"^(?:ウラジ[ー]?ミル|セルゲイ|ドミトリー|ミハイル|アレクセイ|アレクサンドル|ユーリ[ー]?|"
                      r"ニコライ|イワン|イーゴリ|アンドレイ|ワレンチナ|マリア|オレグ|ヴィクトル|ビクトル|パーベル|"
                      r"パヴェル|コンスタンチン|エフゲニー|ゲンナジー|ボリス|ワシリー|アナトリー|ニキータ|レオニード)$")


def russian_shape(name: str) -> bool:
    """True when a katakana name has a Russian ending or a common Russian given name as a part.

    The ending -フ alone is no Russian mark on a word UniDic knows with a Western spelling that is not
    a Russian -v (ウルフ wolf, カフ cuff, ルドルフ Rudolf, ホフ Hoff): ミシェル・ウルフ is no Russian."""
    parts = re.split(r"[・＝=]", name)
    if any(_RU_PART.match(p) for p in parts):
        return True
    if any(len(p) >= 4 and p.endswith(("エフ", "オフ")) and not _western_word(p) for p in parts[:-1]):
        return True  # a place named after a person's name, the name first (セルギエフ・ポサード)
    last = parts[-1]
    if not _RU_ENDING.search(last):
        return False
    return not (last.endswith("フ") and _western_word(last))


_LATIN_SPELLING = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=4096)
def _western_word(word: str) -> bool:
    """True when UniDic knows `word` as one word whose foreign spelling is Latin and not a Russian -v."""
    from glossary.tokenize import tokenize  # tokenizing a name is needed only for this rare ending

    toks = tokenize(word)
    if len(toks) != 1 or toks[0].unknown:
        return False
    foreign = toks[0].foreign
    return bool(_LATIN_SPELLING.fullmatch(foreign)) and not foreign.lower().endswith("v")


# One Korean syllable as Japanese media write it: onset + vowel (+ glide) + optional coda.
KO_SYLLABLE = (r"(?:[キギシジチヂニヒビピミリ][ャュョ]|[クグ]ァ|[クグフ]ァ|クォ|グォ|[ムヌル]ォ|[クグ]ィ|ウォ|ウィ|ウェ|ファ|フィ|フェ|"
               r"[トド]ゥ|チェ|ジェ|シェ|イェ|[アイウエオカ-ヂツ-ヺ])[ンムルクプッ]?")
_KO_GIVEN = re.compile(f"^(?:{KO_SYLLABLE}){{1,4}}$")


_KO_WORD = re.compile(f"^(?:{KO_SYLLABLE}){{2,6}}$")


def korean_syllables(word: str) -> bool:
    """True when one katakana word (no ・) can be read as two to six Korean syllables (キョンギド, ウォンサン):
    the shape of a Korean place's reading."""
    return "ー" not in word and "ヴ" not in word and bool(_KO_WORD.match(word))


def korean_katakana(name: str) -> bool:
    """True when a katakana name reads like a Korean one: a Korean surname reading, then a Korean given name.

    キム・ジョンウン, パク・クネ, オ・ギョンソプ yes; ウラジーミル・プーチン, ジョージ・ブッシュ no.
    """
    parts = [p for p in re.split(r"[・＝=\s]", name) if p]
    if len(parts) != 2 or "ー" in name or "ヴ" in name:
        return False
    surname, given = parts
    return surname in ko_surname_readings() and bool(_KO_GIVEN.match(given))
