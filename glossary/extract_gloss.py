"""Parenthetical glosses: what a Japanese text writes in brackets right after a term.

`金正恩（キム・ジョンウン）` gives a katakana reading, `ミハイル・フラトコフ（Mikhail Fradkov）` a Latin
rendering, `北大西洋条約機構（NATO）` an abbreviation, `紛争武器研究所 (Conflict Armament Research: CAR)`
both. Dates, affiliations, citations, enumerations and markers such as (複数), (略), (当時) are not
glosses, and neither is anything after a closing quotation bracket, unless the quotation is a short name
and the bracket holds its Latin spelling or designation (「フラミンゴ」（FP5）).
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from importlib import resources

from glossary import extract_dict
from glossary.origin import KO_SYLLABLE, data_lines, korean_syllables, titles
from glossary.tokenize import tokenize
from glossary.translit.dictionary import wire_services

# A bracketed span in full- or half-width parentheses (no nesting).
PAREN = re.compile(r"\s?[（(]([^（）()\n]{1,120})[）)]")

# a place's reading, then its unit as the name has it (巨済市（コジェ市）, 潭陽郡（タミャン郡）, 甘浦港（カムポ港）)
UNIT_READING = re.compile(r"([ァ-ヺー・]{2,})([市郡区道州島邑面里洞港湾山江川駅])")
# a Korean body's reading with its head, as the term ends (又松大学（ウソン大学）)
ORG_UNIT_READING = re.compile(r"([ァ-ヺー・]{2,})(大学校|大学|病院|銀行)")
# a Korean name's reading in katakana, then a head of two kanji or more
KOREAN_READING_WITH_HEAD = re.compile(r"([ァ-ヺー・]{3,})([\u4e00-\u9fff々]{2,4})")
_KATAKANA_READING = re.compile(r"^[ァ-ヺー・＝=\s]+$")
# a label that says what the name after it is: another name (通称, 別名), a former one (旧称), or the name in
# another language or country (ウクライナ語名, 英語名, 朝鮮語読み, ロシア名)
# (通称「コクサン」, 正式名称は第2太平洋艦隊, 通称アルバート通り: a street's name ends in 通り), or as one side calls it (ロシア側の呼称はツシマ海戦)
_LABELLED_NAME = re.compile(r"^(?:通称|別名|別称|略称|愛称|旧称|旧名|正式名称?|"
                            r"(?:[ァ-ヺー]{2,8}|ソ?[\u4e00-\u9fff]{1,3})(?:語(?:名|表記|読み)?|名)|[A-Z]{2,6}名|"
                            r"(?:[ァ-ヺー]{2,8}|[\u4e00-\u9fff]{1,3})(?:側|で)の(?:呼称|呼び名|名称))"
                            r"(?:[:：・\s]|は)?(?P<quote>「)?"
                            r"(?P<name>[ァ-ヺー・\u4e00-\u9fff々][ァ-ヺー・\u4e00-\u9fff々0-9０-９]{1,29}(?:通り)?"
                            # (a designation and a name, SSC-X-9スカイフォール; a project's number, 675型)
                            r"|[A-Z][A-Za-z0-9\-]{1,15}[ァ-ヺー・]{2,}|[0-9]{2,4}[A-Z]?型"
                            r"|[A-Za-z][A-Za-z0-9 .\-]{1,40})(?(quote)」)"
                            # (the name's reading, a hiragana へ that looks the same as ヘ let pass: 東海＝トンへ)
                            r"(?:[＝=](?P<reading>[ァ-ヺーへべぺ]{2,}))?$")
# a prince's name, then the monarch he became, the same name with a number (ニコライ（のちのニコライ2世）)
_LATER_REGNAL = re.compile(r"^(?:のちの|後の)(?P<name>[ァ-ヺー・]{2,20})(?P<number>[0-9０-９]{1,2}世|[一二三四五六七八九十]{1,2}世)$")
# the name the thing had before or has now (S7航空（旧シベリア航空）, レニングラード大学（現サンクトペテルブルク大学）)
_FORMER_OR_CURRENT = re.compile(r"^(?:旧|現|現在の)・?(?P<name>[ァ-ヺー・\u4e00-\u9fff々]{2,30})$")
# a treaty's or a body's formal name, a phrase of nouns joined by の and the like that says what it is about
# (南極の海洋生物資源の保存に関する委員会, 廃棄物その他の物の投棄による海洋汚染の防止に関する条約)
_FORMAL_WORD = r"[\u4e00-\u9fff々ァ-ヺー・]+"
FORMAL_NAME = re.compile(r"(?:%s(?:その他の|のための|による|における|に対する|及び|並びに|の))*%sに関する"
                         r"[\u4e00-\u9fff々ァ-ヺー・]*(?P<head>条約|協定|議定書|規約|宣言|憲章|委員会|会議)"
                         % (_FORMAL_WORD, _FORMAL_WORD))
_FORMAL_NAME_END = re.compile(FORMAL_NAME.pattern + "$")
# a name's reading in hiragana, family and given name apart (り・きょう): a Chinese or Japanese name's, never a
# Korean one's (read in katakana); a word's alone (だほ) is a hard word's furigana
HIRAGANA_NAME_READING = re.compile(r"[ぁ-ゖー]+(?:・[ぁ-ゖー]+)+")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ0-9 .,'’&:/\-]*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}$")
# a Russian body's own initials (ВФВ, МИД, ФСБ), some with a small letter (СтАР)
_CYRILLIC_ACRONYM = re.compile(r"(?=(?:[^А-ЯЁ]*[А-ЯЁ]){2})[А-ЯЁ][А-ЯЁа-яё]{1,5}")
# a title in Russian: two words of Cyrillic letters or more, the first capitalised (Летопись Самгук саги); a
# name of one word (Медведев) is the name's foreign spelling, which the extractor keeps as such
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[ \-][А-ЯЁа-яё][а-яё]*){1,5}")
_DATEISH = re.compile(r"\d{1,4}\s*[年月日]|[～〜~－–-]\s*\d|\d\s*[～〜~]|^\s*\d+\s*$|^[\d\s,.%％]+$|第\s*\d|号|頁|p\.\s*\d")
_QUOTED = re.compile(r"^[「『](.{1,30})[」』]$")
_SITE = re.compile(r"[A-Za-z0-9]\.(?:[a-z]{2}\.)?(?:jp|com|net|org|info|tv|co|io)$|^https?:|^www\.")
_FULLWIDTH = re.compile(r"[Ａ-Ｚａ-ｚ０-９－．＆／：，]")
_QUOTED_NAME_BEFORE = re.compile(r"[「『][^「」『』。、，！？]{1,15}[」』]$")  # a name in quotes, not a quotation
_NAME_NUMBER_BEFORE = re.compile(r"[ァ-ヺー\u4e00-\u9fff々]([0-9]+[A-Z]{0,3})$")  # サハリン2, スホイ15, 轟6K
_NUMBERED_ACRONYM = re.compile(r"(\d{1,3})[A-Z]{1,5}")  # 2ID, 1AD: a numbered unit's short name
_DESIGNATION = re.compile(r"[A-Z]{1,4}-?[0-9]{1,4}[A-Z]?")  # S75, SA2, KN-23: a weapon's designation
_DESIGNATION_DASH = re.compile(r"(?<=[A-Za-z])[-–](?=\d)")  # Su-15, KN-23: a designation's dash, no range


def _ascii(m: re.Match) -> str:
    return chr(ord(m.group()) - 0xFEE0)


@functools.lru_cache(maxsize=1)
def rejects() -> frozenset[str]:
    text = resources.files("glossary").joinpath("data/extract/gloss_rejects.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# a song's, a film's or a book's title in quotes, in katakana or letters, before a bracket inside the quotes
_TITLE_IN_QUOTES = re.compile(r"[「『](?:[ァ-ヺー・]{2,15}|[A-Za-z][A-Za-z ]{1,14})$")
# what such a title means, in Japanese words: kanji, perhaps with kana (針, 血液型, 変化を)
_JAPANESE_WORDS = re.compile(r"(?=.{1,8}$)[\u4e00-\u9fff々][\u4e00-\u9fff々ぁ-ゖ]*")
# words that say what a thing is or whose, not what its name means (「ガスプロム」（国営企業）, 「ソリ」（雌）)
_DESCRIBES = re.compile(r"国営|国有|大手|最大|民間|傘下|(?:企業|会社|銀行|団体|組織|機関|政党|新聞|紙|誌|雌|雄|歳|代)$")
# a name's meaning in Japanese: a kanji noun after a noun and の or an adjective in い (本の家, 赤い星)
_NAME_TRANSLATED = re.compile(r"[\u4e00-\u9fff]{1,3}(?:の|い)[\u4e00-\u9fff]{1,3}")


# Latin letters read out in katakana, one by one (エヌエイチケー, ユーエスビー)
_LETTER_NAMES = re.compile("(?:エー|エイ|ビー|シー|ディー|イー|エフ|ジー|エイチ|エッチ|アイ|ジェー|ジェイ|ケー|ケイ|エル|エム|エヌ|"
                           "オー|ピー|キュー|アール|エス|ティー|ユー|ブイ|ヴィー|ダブリュー|エックス|ワイ|ゼット|ズィー)+")
# the word that ends a news agency's name in Japanese (ロシア通信（RIAノーボスチ）: the agency's own name)
_AGENCY_END = re.compile(r"(?:通信|通信社|ニュース|放送|テレビ)$")
# a photo caption's place after ＝, before the agency credit in brackets (…リロフ＝光州（ロイター）)
_CAPTION_PLACE = re.compile(r"[＝=][^＝=、。]{1,12}$")


@dataclass(frozen=True)
class Gloss:
    """A classified parenthetical: kind is reading | latin | abbrev | alias | japanese (a reversed gloss) |
    hanja (kanji after a katakana name, perhaps the characters it reads) | renamed (a town's name before or now,
    a town of its own to a translator: the values are the town, then its reading if given)."""

    kind: str
    values: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every name of a country in country_aliases.tsv (ロシア, 露, ソ連, 旧ソ連's ソ連)."""
    return frozenset(name for row in data_lines("country_aliases.tsv") for name in row)


def _same_first_sound(a: str, b: str) -> bool:
    """Whether two katakana words begin alike, ウ and ヴ as one (a w or v: ウェーベル, ヴェーバー)."""
    return a[0] == b[0] or {a[0], b[0]} == {"ウ", "ヴ"}


# the loanwords that end a company's name in katakana (…・グループ, …・ホールディングス)
_COMPANY_WORDS = ("グループ", "ホールディングス", "コーポレーション", "カンパニー", "システムズ", "テクノロジーズ")


# the heads of a state's organs, which a body raised or lowered in rank changes (処 → 部, 院 → 省)
_ORGAN_HEAD = re.compile("(?:委員会|情報院|処|部|省|庁|局|院|室|府)$")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{3,12}")


@functools.lru_cache(maxsize=1)
def _named_body_heads() -> tuple[str, ...]:
    """The heads of suffix_types.tsv that make a body's name after a name (電子, 造船海洋, 病院), but not a
    force's or a party's (関東軍 is no former name of a unit, but the army it served in)."""
    return tuple(row[0] for row in data_lines("suffix_types.tsv") if row[1] == "org" and row[2] == "brand"
                 or row[1] == "org" and row[2] == "name" and not row[0].endswith(("軍", "党", "隊")))


@functools.lru_cache(maxsize=1)
def _country_part() -> re.Pattern:
    """A part of a country named by its side (中国東北部, ロシア南西部)."""
    countries = "|".join(sorted(map(re.escape, _countries()), key=len, reverse=True))
    return re.compile("(?:%s)(?:東北|西北|東南|西南|北東|北西|南東|南西|東|西|南|北)部$" % countries)


def _same_kind_of_name(name: str, before: str) -> bool:
    """Whether `name`, written as a former or current name, is another name of the term that ends `before`:
    both end in the same word for what they are (…大学, …航空, …研究所), or the name is in katakana and the term
    ends in a name's script (大泊（現コルサコフ）) or is an acronym of a letter a word (RT（旧ロシア・トゥデー）), or they
    share the name's first two characters and its head; or a body changed only its head (国家報勲処（現・国家報勲部）),
    a brand was a body (ハンファオーシャン（旧大宇造船海洋）), or a part of a country had an old name (中国東北部（旧満州）).
    Not a country, which a bracket gives as where a thing is or was (カザフスタン（旧ソ連）), nor a word of time or
    office (現地, 現職)."""
    if name in _countries() or name.startswith(("地", "在", "職", "役", "行", "代", "状", "場")):
        return False
    old_region = r"[\u4e00-\u9fff]{2,3}"
    if (_country_part().search(before) and re.fullmatch(old_region, name)) or (
            _country_part().fullmatch(name) and re.search(r"(?<![\u4e00-\u9fff々ァ-ヺー])" + old_region + "$", before)):
        return True  # a part of a country, then its old name, or the other way round (中国東北部（旧満州）)
    if re.fullmatch(r"[ァ-ヺー・]+", name):
        acronym = re.search(r"(?<![A-Za-z])[A-Z]{2,5}$", before)
        if acronym:  # an acronym, then the name in full it once stood for, a word to a letter (RT（旧ロシア・トゥデー）),
            # or a company's name before it took the letters (VK（旧メール・ドット・ルー・グループ）)
            return len(name.split("・")) == len(acronym.group()) or name.endswith(_COMPANY_WORDS)
        if re.search(r"(?<![A-Za-z])(?:[A-Z]|[A-Z][a-z]{2,})$", before):
            return True  # a brand renamed to a letter or a word (X（旧ツイッター）, Meta（旧フェイスブック）)
        return bool(re.search(r"[ァ-ヺー\u4e00-\u9fff々]$", before))
    if len(before) >= 2 and before[-2:] == name[-2:]:
        return True
    namesake = re.search(r"(?<![ァ-ヺー])([ァ-ヺー]{3,})[\u4e00-\u9fff々]{1,6}$", before)
    if namesake and namesake.group(1) in name:
        return True  # a body renamed, its namesake kept (マケーエフ設計局（現・国立マケーエフ記念ロケットセンター）)
    if re.fullmatch(r"[ァ-ヺー]{2,}(?:共和国|州|地方|自治管区|地区)", name) and re.search(r"[ァ-ヺー]{3,}$", before):
        return True  # a region in katakana, then the name of the division it is now (ヤクーチア（現サハ共和国）)
    unit = re.fullmatch(r"[ァ-ヺー・]{2,}([村町市])", name)
    if unit and re.search(r"[ァ-ヺー]{2,}%s$" % unit.group(1), before):
        return True  # a village in katakana renamed, the unit kept (ケルビ村（現ポリーナ・オシペンコ村）)
    if re.search(r"(?<![A-Za-z])[A-Z]{2,6}$", before) and re.search(r"[\u4e00-\u9fff](?:銀行|会社|公社|通信)$", name):
        return True  # a body known by its acronym, then its name before (VTB（旧対外貿易銀行）, KT（旧韓国通信）)
    if re.search(r"(?<![ァ-ヺー])[ァ-ヺー]{3,}$", before) and name.endswith(_named_body_heads()) and \
            _KANJI_NAME.fullmatch(name) and not name.startswith(tuple(_countries())):
        return True  # a brand in katakana, then the body it was (ハンファオーシャン（旧大宇造船海洋）)
    # or they share the name's first two characters and its head (江原特別自治道（旧江原道）: a province renamed)
    # or by the abbreviation of its first name (全北特別自治道（旧全羅北道）: 全北 is 全羅北道 cut short)
    run = re.search(r"[\u4e00-\u9fff々]{3,}$", before)
    organ, organ_before = _ORGAN_HEAD.search(name), _ORGAN_HEAD.search(run.group()) if run else None
    if organ and organ_before and organ.start() >= 2 and run.group()[:organ_before.start()] == name[:organ.start()]:
        return True  # a body raised or lowered in rank, its name kept (国家報勲処（現・国家報勲部）)
    return run is not None and run.group()[-1] == name[-1] and (
        run.group()[:2] == name[:2] or (run.group()[0] == name[0] and run.group()[1] in name[1:-1]))


# a town's name before or now, with the country and the province it lies in now before it and its reading after it
_TOWN_RENAMED = re.compile(r"(?:旧|現|現在の)・?(?P<where_and_town>[\u4e00-\u9fff]{2,12}?)"
                           r"(?:・(?P<second>[\u4e00-\u9fff]{2,3}))?(?:[＝=](?P<reading>[ァ-ヺー]{2,}))?")


def _known_town(name: str, reading: str | None) -> bool:
    """Whether `name` is a town's name: UniDic's place, GeoNames's town, a dictionary's place that is no common
    word, or read in Korean a syllable a kanji (金策＝キムチェク)."""
    if name[-1] in _REGION_HEADS or name in _countries() or name in titles():
        return False
    from glossary.translit.gazetteer import gazetteer  # the place table is loaded only when a bracket needs it

    tokens = tokenize(name)
    return (len(tokens) == 1 and tokens[0].is_proper and tokens[0].pos3 == "地名") or bool(gazetteer().han(name)) \
        or (extract_dict.dictionary_place(name) and not extract_dict.dictionary_kanji_word(name)) \
        or (reading is not None and korean_syllables(reading) and
            re.fullmatch("(?:%s){%d}" % (KO_SYLLABLE, len(name)), reading) is not None)


def _town_renamed(inner: str, before: str) -> tuple[str, ...] | None:
    """The town or towns, and the reading, a bracket gives as the former or present name of a town of two or three
    kanji that ends `before`: 済物浦（現仁川）, 安東（現中国遼寧省丹東）, 城津（現金策＝キムチェク）, 羅先（旧羅津・先鋒）.
    Before the name may stand the country, the province or both where the town lies now; one of the towns must be
    known as a town. None otherwise (漢城（現政権）, 平壌（旧市街）)."""
    found = _TOWN_RENAMED.fullmatch(inner)
    if found is None or not re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,3}$", before):
        return None
    whole, second, reading = found.group("where_and_town"), found.group("second"), found.group("reading")
    for size in (3, 2):
        town, where = whole[-size:], whole[:-size]
        country = next((c for c in sorted(_countries(), key=len, reverse=True) if where.startswith(c)), "")
        if len(whole) >= size and re.fullmatch(r"(?:[\u4e00-\u9fff]{1,4}[省道州県])?", where[len(country):]) and \
                (second is None or not where) and \
                any(_known_town(t, reading) for t in (town, second) if t is not None):
            towns = town + "・" + second if second else town
            return (towns,) + ((reading,) if reading else ())
    return None


@functools.lru_cache(maxsize=1)
def _corporate_words() -> re.Pattern:
    """A katakana name and the corporate word after it that makes a firm's name (ハンコックタイヤ)."""
    words = sorted((row[0] for row in data_lines("corporate_words.txt")), key=len, reverse=True)
    return re.compile(r"(?<![ァ-ヺー])[ァ-ヺー]{2,}(%s)$" % "|".join(words))


def _kind_named_alike(inner: str, before: str) -> bool:
    """Whether the katakana `inner` is another name of the katakana word that ends `before`, both ending in the
    same word for what it is and beginning with different names (アムールトラ（シベリアトラ）: tigers of the Amur
    and of Siberia)."""
    run = re.search(r"(?<![ァ-ヺー・])[ァ-ヺー]{4,}$", before)
    if run is None or not re.fullmatch(r"[ァ-ヺー]{4,}", inner) or inner == run.group():
        return False
    shared = len(os.path.commonprefix([inner[::-1], run.group()[::-1]]))
    return shared >= 2 and min(len(inner), len(run.group())) - shared >= 2 \
        and extract_dict.dictionary_kana_word(inner[-shared:])


def firm_formal_name(inner: str, before: str) -> bool:
    """Whether `inner` is the formal name, its words joined by ・, of the firm a brand before it names with the same
    corporate word (ハンコックタイヤ（韓国タイヤ・アンド・テクノロジー）)."""
    firm = _corporate_words().search(before)
    return firm is not None and "・" in inner and re.fullmatch(r"[ァ-ヺー・\u4e00-\u9fff々]{5,40}", inner) is not None \
        and re.search(r"(?<![ァ-ヺー])%s(?![ァ-ヺー])" % firm.group(1), inner) is not None and firm.group() not in inner


# the words for a river a name ends in, one as good as another (ラズドリナヤ川, 綏芬河, 鴨緑江)
_RIVER_HEADS = "川河江"
# heads that name one kind of place or event whatever the word (a peak 峰 is a height 高地 in Russian)
_HEADS_OF_A_KIND = (("峰", "山", "岳", "丘", "高地"), ("事件", "事変", "戦争", "紛争", "の戦い", "戦役", "会戦"))
_NAME_WITH_HEAD = re.compile(r"([ァ-ヺー・\u4e00-\u9fff々]{2,}?)(%s)" % "|".join(
    head for kind in _HEADS_OF_A_KIND for head in kind))


def _same_kind_of_head(head: str, before: str) -> bool:
    """`before` ends in a name with a head of `head`'s kind, not `head` itself written twice over."""
    kind = next(k for k in _HEADS_OF_A_KIND if head in k)
    return any(re.search(r"[ァ-ヺー\u4e00-\u9fff々]{2,}%s$" % h, before) for h in kind) and not before.endswith(head)


# heads of a sea's, a lake's or an island's name, which a bracket may give in another country's word
_SEA_AND_LAND_HEADS = "海湖島"
# and of a palace's, a castle's or a temple's, which may have had another name (徳寿宮（慶運宮）), two kanji or more
# before the head (not a kind of temple, 氏寺, 廃寺)
_BUILDING_HEADS = "宮城寺"
# a firm's or a body's other name with the same head, its own name in katakana or letters (S7航空（シベリア航空）),
# an index's (株価指数（MOEX指数）); a description in kanji alone with the head (国営銀行) is no name
_OTHER_NAME_OF_BODY = re.compile(
    r"(?P<name>[ァ-ヺー・A-Za-z0-9\u4e00-\u9fff々]*[ァ-ヺA-Za-z][ァ-ヺー・A-Za-z0-9\u4e00-\u9fff々]*)"
    r"(?P<head>航空|銀行|鉄道|正教会|重工業|重工|造船|証券|電力|指数)")


# a head of state's or government's office, perhaps after its country (露大統領府, 韓国大統領室, 首相官邸)
_EXECUTIVE_OFFICE = r"[\u4e00-\u9fff]{0,2}(?:大統領府|大統領室|大統領官邸|首相官邸|首相府)"
# a seat's name: katakana or two to four kanji, not after more kanji or katakana (クレムリン, 青瓦台, 龍山)
_SEAT = r"(?<![\u4e00-\u9fff々ァ-ヺー・])(?:[ァ-ヺー]{3,}|[\u4e00-\u9fff]{2,4})"


def _seat_and_office(inner: str, before: str) -> bool:
    """Whether `inner` and the term ending `before` are an executive office and the building it is named by, one
    in brackets after the other (クレムリン（露大統領府）, 韓国大統領府（青瓦台）): the same body. Not a country or a
    town, which a bracket gives as where the office is (大統領府（ソウル）)."""
    if re.fullmatch(_EXECUTIVE_OFFICE, inner):
        seat = re.search(_SEAT + "$", before)
    elif re.search(_EXECUTIVE_OFFICE + "$", before):
        seat = re.fullmatch(_SEAT, inner)
    else:
        return False
    if seat is None or seat.group() in _countries() or re.search(_EXECUTIVE_OFFICE + "$", seat.group()):
        return False
    from glossary.translit.gazetteer import gazetteer  # the place table is loaded only when a bracket needs it
    return not gazetteer().katakana(seat.group()) and not gazetteer().han(seat.group())


def _numbered_unit(inner: str, before: str) -> bool:
    """`inner` is 第, a number and the head `before` ends in, after a name of two or more kanji: the number of
    the unit so named (暴風軍団（第11軍団）)."""
    numbered = re.fullmatch(r"第\s*\d{1,3}\s*([\u4e00-\u9fff]{1,3})", inner)
    if numbered is None:
        return False
    head = numbered.group(1)
    return re.search(r"(?<!\d)[\u4e00-\u9fff々]{2,}%s$" % head, before) is not None and \
        not re.search(r"第\s*\d{1,3}\s*%s$" % head, before)


# a war named by the countries that fought it, a letter a country (独ソ戦, 米英戦争)
_WAR_OF_COUNTRIES = re.compile(r"([\u4e00-\u9fffァ-ヺ]{2,3})戦(?:争)?")
# the heads of a region's or a municipality's name, where a place lies now rather than what it is called (山東省,
# 慶尚北道, 京都府 for 山城国, 上越市 for 高田)
_REGION_HEADS = "道省州県郡区府都国市町村"
# the heads of an event's name (事件, 運動): an event named one way, then another way in brackets
_EVENT_NAME = re.compile(r"[\u4e00-\u9fff々]{2,8}?(?:事件|事変|戦争|紛争|運動|蜂起|革命|暴動|抗争|虐殺)")


# the word that ends a pact's name (南北軍事分野合意, 板門店宣言, 包括的戦略パートナーシップ条約)
_PACT_HEADS = ("合意", "条約", "協定", "宣言", "協約", "議定書")


def _agreement_named_otherwise(inner: str, before: str) -> bool:
    """`inner` names the pact in quotes that ends `before` otherwise, with the same head and words or its date
    before it (「南北軍事分野合意」（9・19軍事合意）)."""
    quoted = re.search(r"[「『]([^「『」』]{3,30})[」』]$", before)
    head = next((h for h in _PACT_HEADS if quoted and quoted.group(1).endswith(h)), None)
    return head is not None and inner.endswith(head) and len(inner) >= len(head) + 2 and \
        inner != quoted.group(1) and re.fullmatch(r"[0-9・\u4e00-\u9fff々ァ-ヺー]+", inner) is not None


def _same_event_named_otherwise(inner: str, before: str) -> bool:
    """`inner` and the kanji name that ends `before` are both an event's name, from the same place or year (their
    first two characters) but named otherwise: 光州民主化運動（光州事件）."""
    run = re.search(r"[\u4e00-\u9fff々]+$", before)
    return run is not None and _EVENT_NAME.fullmatch(inner) is not None and \
        _EVENT_NAME.fullmatch(run.group()) is not None and run.group()[:2] == inner[:2] and \
        not run.group().endswith(inner) and not inner.endswith(run.group())


# a monarch's or a hero's name after death or by rank (明成皇后, 世宗大王, 光武帝, 忠武公)
ROYAL_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}(?:皇后|王后|王妃|大王|大君|皇帝|帝|王|公)")


# a Korean king's temple name (高宗, 世宗, 太祖, 英祖)
TEMPLE_NAME = re.compile(r"[\u4e00-\u9fff][宗祖]")


def _kanji_abbreviation(inner: str, before: str) -> bool:
    """`inner`, two to four kanji, takes its characters in order from the kanji name that ends `before`, two or
    more characters longer, and ends in a character of the name's last two words: a short form of it (合参 of
    合同参謀本部, 安保理 of 安全保障理事会)."""
    run = re.search(r"[\u4e00-\u9fff々]+$", before)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", inner) or run is None or len(run.group()) < len(inner) + 2:
        return False
    chars = iter(run.group())
    return all(c in chars for c in inner) and inner[-1] in run.group()[-4:] and inner != run.group()[-len(inner):]


# katakana words, then kanji a name's shortened to (シベリア|特措法)
_NICKNAME_SHORT_FORM = re.compile(r"([ァ-ヺー]{2,8})([\u4e00-\u9fff]{2,4})")
# a division's name in katakana, its own language's, with the head Japanese gives it (プリモルスキー地方)
_DIVISION_IN_KATAKANA = re.compile(r"[ァ-ヺー・]{3,}(地方|州|地区|共和国|自治管区)")
# a short name of Latin letters or figures with katakana words (G20サミット, 2プラス2), at most 12 characters
_LETTERED_SHORT_NAME = re.compile(r"(?=.{3,12}$)[A-Z0-9][A-Za-z0-9]*(?:[ァ-ヺー]{2,}[A-Za-z0-9]*)+")
# a short name of initials and the name's own head (弾道弾迎撃ミサイル制限条約（ABM条約）), or the head in kanji for a
# loanword one (ビリー・ジーン・キング・カップ（BJK杯）: 杯 is カップ)
_INITIALS_AND_HEAD = re.compile(r"([A-Z]{2,6})([\u4e00-\u9fff]{1,2})")
_KANJI_FOR_LOANWORD_HEAD = {"杯": "カップ"}
# a tournament, then its category or tier (コリア・オープン（WTA500）, …選手権（G1）): no name of it
_TOURNAMENT_TIER = re.compile(r"[A-Z]{1,5}[0-9]{1,4}")
_TOURNAMENT_HEAD = re.compile(r"(?:オープン|選手権|大会|杯|カップ|トーナメント|グランプリ|マスターズ)$")


# a long name in kanji words that ends in a loanword (共産主義インターナショナル)
_KANJI_THEN_LOANWORD = re.compile(r"[\u4e00-\u9fff々]{2,12}[ァ-ヺー]{4,}")
# (before a short name in brackets, a loanword this long is no generic head, メーカー or グループ)
_KANJI_THEN_LONG_LOANWORD = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー・])[\u4e00-\u9fff々]{2,12}[ァ-ヺー]{6,}$")


def _latin_name_of_quoted(spelled: str, before: str) -> bool:
    """Whether `spelled` is Latin words, or figures then Latin words where the quoted name before it is the same
    figures and katakana (「38ノース」（38 North）)."""
    if _LATIN.fullmatch(spelled):
        return True
    figures = re.match(r"(\d+)\s?(?=[A-Za-z])", spelled)
    return figures is not None and bool(_LATIN.fullmatch(spelled[figures.end():])) and \
        bool(re.search(r"[「『]" + figures.group(1) + r"[ァ-ヺー・]+[」』]$", before.rstrip()))


# a name in Latin letters, up to four words, ending the text before a bracket
LATIN_NAME_END = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z]{2,}(?: [A-Za-z]+){0,3}$")
# the chambers of a parliament, as a bracket says which one a named assembly is
_CHAMBERS = ("下院", "上院")
# the letters a katakana row may stand for at the start of a word (ア: any vowel, or a silent h: Honda)
_LETTERS_OF_KANA_ROW = {**dict.fromkeys("アイウエオ", "aeiouhy"), **dict.fromkeys("カキクケコ", "kcqx"),
                        **dict.fromkeys("ガギグゲゴ", "g"), **dict.fromkeys("サシスセソ", "scx"),
                        **dict.fromkeys("ザジズゼゾ", "zjgx"), **dict.fromkeys("タチツテト", "tc"),
                        **dict.fromkeys("ダヂヅデド", "d"), **dict.fromkeys("ナニヌネノ", "nk"),
                        **dict.fromkeys("ハヒフヘホ", "hfw"), **dict.fromkeys("バビブベボヴ", "bv"),
                        **dict.fromkeys("パピプペポ", "p"), **dict.fromkeys("マミムメモ", "m"),
                        **dict.fromkeys("ヤユヨ", "yjeu"), **dict.fromkeys("ラリルレロ", "rl"),
                        **dict.fromkeys("ワヰヱヲ", "wv")}


def _sounds_like_first_letter(kana: str, latin: str) -> bool:
    """Whether katakana `kana` may begin with the sound of the Latin words' first letter (リアルミー and realme)."""
    return latin[0].lower() in _LETTERS_OF_KANA_ROW.get(kana[0], "")


def _initials_and_head_of(initials: str, head: str, before: str) -> bool:
    """Whether `initials` + `head` shortens the name ending `before`: the name ends in the same kanji head after
    two words or more (…制限条約 for ABM条約), or in the loanword the head stands for after as many katakana words as
    there are initials (ビリー・ジーン・キング・カップ for BJK杯)."""
    if before.endswith(head):
        return len(before) - len(head) >= 4 and re.search(r"[\u4e00-\u9fff々ァ-ヺー]$", before[:-len(head)]) is not None
    loanword = _KANJI_FOR_LOANWORD_HEAD.get(head)
    name = re.search(r"[ァ-ヺー・]+$", before)
    if not loanword or not name or not name.group().endswith("・" + loanword):
        return False
    return len([w for w in name.group()[:-len(loanword) - 1].split("・") if w]) == len(initials)


def classify(inner: str, before: str) -> Gloss | None:
    """What the bracketed text `inner` says about the term that ends `before`, or None if it is no gloss.

    `before` is the text up to the opening bracket (used to reject brackets after quotations and
    to decide reading vs. reversed gloss).
    """
    inner = inner.strip().replace("\u3000", " ")
    inner = re.sub(r"\s+", " ", inner)
    if not inner or inner in rejects() or not before:
        return None
    # Japanese papers print Latin letters and digits full-width (（ＮＡＴＯ）, ＫＮ２３（火星１１）): read as ASCII
    if _FULLWIDTH.search(inner):
        inner = _FULLWIDTH.sub(_ascii, inner)
    if _FULLWIDTH.search(before[-12:]):
        before = before[:-12] + _FULLWIDTH.sub(_ascii, before[-12:])
    last = before.rstrip()[-1:] if before.rstrip() else ""
    if inner in wire_services() and not _AGENCY_END.search(before.rstrip()) and (
            not _ACRONYM.match(inner) or _CAPTION_PLACE.search(before.rstrip())):
        # a news agency's credit (…＝光州（ロイター）, ソウル（共同）), not a name of the place; an agency's own
        # acronym after its name is still one (フランス通信（AFP）)
        return None
    letters = re.search(r"(?<![A-Za-z])[A-Z]{2,4}$", before.rstrip())
    if letters and (re.fullmatch(r"[ァ-ヺー]{5,}", inner) or (
            re.fullmatch(r"[ァ-ヺー]{2,}(?:・[ァ-ヺー]{2,})+", inner) and _sounds_like_first_letter(inner, letters.group()))) \
            and not _LETTER_NAMES.fullmatch(inner.replace("・", "")):
        # letters, then the word or words they stand for in katakana (VK（フコンタクテ）, MTS（モバイル・テレシステム
        # ズ）): another name of it; letters read out one by one (NHK（エヌエイチケー）) are no name
        return Gloss("alias", (inner,))
    if _kind_named_alike(inner, before.rstrip()):
        return Gloss("alias", (inner,))  # a kind of thing, then its other name (アムールトラ（シベリアトラ）)
    if firm_formal_name(inner, before.rstrip()):
        return Gloss("alias", (inner,))  # a brand, then its firm's formal name (ハンコックタイヤ（韓国タイヤ・アンド・…）)
    if _numbered_unit(inner, before.rstrip().rstrip("」』")):
        return Gloss("alias", (inner,))  # a unit's name, then its number: 暴風軍団（第11軍団）, 「暴風軍団」（第11軍団）
    dateish = _DATEISH.search(_DESIGNATION_DASH.sub("", inner))
    # (an aside may follow the Latin spelling: 「高麗ツアーズ」（Koryo Tours、本社・北京）)
    spelled = re.split(r"[、，]", inner)[0].strip()
    if last in "」』" and _QUOTED_NAME_BEFORE.search(before.rstrip()) and _latin_name_of_quoted(spelled, before) \
            and len(spelled.split()) <= 4 and not _SITE.search(spelled) and not dateish:
        # a name in quotes, then its Latin spelling or designation (「ポラメ」（Boramae）, 「天弓II」（KM-SAM）)
        return Gloss("abbrev" if _ACRONYM.match(spelled) else "latin", (spelled,))
    if last in "」』" and _QUOTED_NAME_BEFORE.search(before.rstrip()) and _KATAKANA_READING.match(inner) \
            and re.search(r"[\u4e00-\u9fff々][」』]$", before.rstrip()) and len(inner.replace("・", "")) >= 2:
        # a name in kanji in quotes, then its reading or its name in another language (「崔賢」(チェ・ヒョン)号,
        # 「愛国者公園」(パトリオット・パーク))
        return Gloss("reading", (inner.replace(" ", ""),))
    if last in "」』" and _QUOTED_NAME_BEFORE.search(before.rstrip()) and (labelled := _LABELLED_NAME.match(inner)) \
            and not _LATIN.match(labelled.group("name")):
        # a name in quotes, then another name of it, labelled (「ムスダン」（北朝鮮名・火星10）)
        return Gloss("alias", (labelled.group("name"),))
    if last in "」』" and _QUOTED_NAME_BEFORE.search(before.rstrip()) and _CYRILLIC_ACRONYM.fullmatch(inner):
        return Gloss("abbrev", (inner,))  # a title in quotes, then its Russian initials: 「偉人の生涯」（ЖЗЛ）
    if last in "」』" and not dateish and _agreement_named_otherwise(inner, before.rstrip()):
        return Gloss("alias", (inner,))
    numbered_reading = re.fullmatch(r"([ァ-ヺー・]{2,}) ?([0-9]{1,3})", inner)
    if numbered_reading and last in "」』" and re.search(
            r"[「『][\u4e00-\u9fff々]{1,8}%s号?[」』]$" % numbered_reading.group(2), before.rstrip()):
        # a numbered name in kanji in quotes, then its reading with the number (「北極星1号」（プッククソン1）)
        return Gloss("reading", (inner.replace(" ", ""),))
    if last in "」』" and re.search(r"[「『][ァ-ヺー]{2,12}[」』]$", before.rstrip()) and _JAPANESE_WORDS.fullmatch(inner) \
            and not _DESCRIBES.search(inner) and extract_dict.dictionary_kanji_word(inner):
        # a foreign name of one word in quotes, then the word it means (「ジェムチュジナ」（真珠）, 「ザリャ」（夜明け）);
        # no place (「エバーランド」（同道竜仁市）)
        return Gloss("alias", (inner,))
    if _NAME_TRANSLATED.fullmatch(inner) and re.search(r"[ァ-ヺー]・[ァ-ヺー]+[」』]?$", before.rstrip()):
        # a foreign name of words, then what it means (「クラスナヤ・ズベズダ」(赤い星), ドム・クニーギ（本の家）):
        # the name in Japanese, another spelling of it
        return Gloss("alias", (inner,))
    if not last or last in "」』”\"。、，,：:；;）)]】":
        return None
    aged = re.search(r"[、，]\s*(?:当時|享年)?\s*[0-9]{1,3}\s*歳?$", inner)
    if dateish or aged:
        # a Latin spelling, then the bearer's years or age (Afanasy Seredin-Sabatin、1860～1921年; Jack London、
        # 当時28): the spelling
        named, *rest = (part.strip() for part in re.split(r"[、，]|,\s", inner, maxsplit=1))
        if rest and _LATIN.match(named) and " " in named and not _DATEISH.search(named) and \
                (_DATEISH.search(rest[0]) or aged) and re.search(r"[ァ-ヺー]$", before.rstrip()):
            return Gloss("latin", (named,))
        kanji_name = re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,3}$", before.rstrip())
        if rest and _KATAKANA_READING.match(named) and _DATEISH.search(rest[0]) and kanji_name and (
                "・" in named or re.fullmatch("(?:%s){%d}" % (KO_SYLLABLE, len(kanji_name.group())), named)):
            # a kanji name's reading, a syllable a character or a full name's, then its bearer's years
            # (高宗（コジョン、1852～1919）); not a place, then a date (東京大学（モスクワ、2019年）)
            return Gloss("reading", (named.replace(" ", ""),))
        labelled = _LABELLED_NAME.match(inner)
        if labelled and re.fullmatch(r"第[0-9]+[\u4e00-\u9fff々ァ-ヺー]{2,}", labelled.group("name")):
            return Gloss("alias", (labelled.group("name"),))  # a numbered name, labelled (正式名称は第2太平洋艦隊)
        return None
    if _TITLE_IN_QUOTES.search(before.rstrip()) and inner not in _countries():
        if _JAPANESE_WORDS.fullmatch(inner) and re.search(r"[ァ-ヺー]$", before.rstrip()):
            return Gloss("alias", (inner,))  # a foreign title, then what it means: 「ペレメン（変化を）」
        if _KATAKANA_READING.match(inner) and re.search(r"[A-Za-z]$", before.rstrip()):
            return Gloss("reading", (inner,))  # a title in letters, then as it is read: 「LETO（レト）」
    labelled = _LABELLED_NAME.match(inner)
    if labelled and labelled.group("quote") and re.search(r"[A-Z]{1,4}-?[0-9]{1,4}[A-Z]?$", before.rstrip()) and \
            not _LATIN.match(labelled.group("name")):
        return Gloss("alias", (labelled.group("name"),))  # a designation, then its name, labelled: KN23（北朝鮮名「火星11」）
    if labelled and not re.search(r"[A-Za-z0-9]$", before.rstrip()) and not labelled.group("name").endswith("語"):
        # another name of the term, labelled as such (ケメロボ州（通称クズバス）, ポクロフスク（ウクライナ語名ポクロウシク）);
        # languages listed are no label and name (論文集（韓国語・ロシア語）)
        name = labelled.group("name")
        if _LATIN.match(name):
            return Gloss("abbrev" if _ACRONYM.match(name) else "latin", (name,))
        return Gloss("alias", (name,) + ((labelled.group("reading"),) if labelled.group("reading") else ()))
    formal = FORMAL_NAME.fullmatch(inner)
    head = formal.group("head") if formal else ""
    if formal and before.rstrip().endswith(head) and \
            re.search(r"[ァ-ヺー\u4e00-\u9fff々]{2}$", before.rstrip()[:-len(head)]):
        return Gloss("alias", (inner,))  # a treaty's short name, then its formal one (ロンドン条約（…の防止に関する条約）)
    formal_before = _FORMAL_NAME_END.search(before.rstrip()[-120:])
    if formal_before and re.fullmatch(r"[ァ-ヺー・\u4e00-\u9fff々]{2,12}", inner) and \
            inner.endswith(formal_before.group("head")) and len(inner) > len(formal_before.group("head")):
        return Gloss("alias", (inner,))  # and the other way round (…に関する南極条約議定書（マドリード議定書）)
    renamed = _FORMER_OR_CURRENT.match(inner)
    if renamed and _same_kind_of_name(renamed.group("name"), before.rstrip()):
        return Gloss("alias", (renamed.group("name"),))
    later = _LATER_REGNAL.match(inner)
    if later and before.rstrip().endswith(later.group("name")):
        return Gloss("alias", (later.group("name") + later.group("number"),))  # ニコライ（のちのニコライ2世）
    lettered = re.fullmatch(r"[a-z]{1,2}([A-Z]{2,5})", inner)
    if lettered and re.search(r"[\u4e00-\u9fff々ァ-ヺー]{1,8}%s$" % lettered.group(1), before.rstrip()):
        # a term ending in letters, then its acronym with a small letter for the words before them (環境DNA（eDNA）)
        return Gloss("abbrev", (inner,))
    renamed_town = _town_renamed(inner, before.rstrip())
    if renamed_town is not None:
        # (two towns merged into one, 羅先（旧羅津・先鋒）: the two names are one, cut short)
        return Gloss("alias" if "・" in renamed_town[0] else "renamed", renamed_town)
    now_named = re.fullmatch(r"現在の([\u4e00-\u9fff]{2,3})", inner)
    if now_named and re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,3}$", before.rstrip()) and \
            now_named.group(1)[-1] not in _REGION_HEADS and now_named.group(1) not in _countries() and \
            now_named.group(1) not in titles():
        # a town's name of two or three kanji, then the name it has now (芝罘（現在の煙台）); not the region it now
        # lies in (現在の山東省), nor a post
        return Gloss("alias", (now_named.group(1),))
    quoted = _QUOTED.match(inner)
    if quoted:  # an alias in quotation brackets after a Latin designation: KN-23(「火星11」)
        if re.search(r"[A-Za-z0-9]$", before.rstrip()):
            return Gloss("alias", (quoted.group(1),))
        return None
    same_head = re.fullmatch(r"[\u4e00-\u9fff々]{1,5}([\u4e00-\u9fff])", inner)
    heads = same_head.group(1) if same_head else ""
    if heads and heads in _RIVER_HEADS:
        heads = _RIVER_HEADS
    if same_head and re.search("[ァ-ヺー][" + heads + "]$", before.rstrip()):
        # the other name, in kanji, of a place named in katakana, with the same head (パラムシル島（幌筵島）), a
        # river's in any of the words for one (ラズドリナヤ川（綏芬河）)
        return Gloss("alias", (inner,))
    kana_named = re.fullmatch(r"[ァ-ヺー]{2,}([\u4e00-\u9fff])", inner)
    if kana_named and kana_named.group(1) in _SEA_AND_LAND_HEADS + _RIVER_HEADS and re.search(
            r"(?<![ァ-ヺー])[\u4e00-\u9fff々]{1,4}" + kana_named.group(1) + "$", before.rstrip()):
        # and the other way round: a place named in kanji, then its name in katakana with the same head
        # (珍宝島（ダマンスキー島）)
        return Gloss("alias", (inner,))
    short = re.fullmatch(r"([ァ-ヺー]{3,})([\u4e00-\u9fff]{2,4})", inner)
    tail = re.search("(?<![ァ-ヺー])" + re.escape(short.group(1)) + r"([\u4e00-\u9fff々・ァ-ヺー]{4,})$",
                     before.rstrip()) if short else None
    if tail and short.group(2)[:2] in tail.group(1):
        # a body's short name: the name it is named after and the word for what it is (ガマレヤ国立疫学・
        # 微生物学研究センター（ガマレヤ研究所）, モスクワ国立大学（モスクワ大学）)
        return Gloss("alias", (inner,))
    building = heads in _BUILDING_HEADS and len(inner) >= 3 and \
        re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2,4}" + heads + "$", before.rstrip())
    if same_head and (building or (heads in _SEA_AND_LAND_HEADS and re.search(
            r"[\u4e00-\u9fff々]{1,4}" + heads + "$", before.rstrip()))) and not before.rstrip().endswith(inner):
        # the other name of a sea, a lake, an island or a palace, with the same head: 東海（日本海）, 独島（竹島）
        return Gloss("alias", (inner,))
    if inner in _CHAMBERS and re.search(r"[\u4e00-\u9fff々ァ-ヺー]{2,}(?:会議|議会|院)$", before.rstrip()):
        return Gloss("alias", (inner,))  # a parliament's chamber by its name, then as which: 国家会議（下院）
    if _seat_and_office(inner, before.rstrip()):
        return Gloss("alias", (inner,))  # クレムリン（露大統領府）, 韓国大統領府（青瓦台）
    other_name = _OTHER_NAME_OF_BODY.fullmatch(inner)
    if other_name and re.search(r"[ァ-ヺーA-Za-z0-9\u4e00-\u9fff々]{2,}" + other_name.group("head") + "$",
                                before.rstrip()) and not before.rstrip().endswith(inner):
        return Gloss("alias", (inner,))  # a body's other name, with the same head: S7航空（シベリア航空）
    twin = re.search(r"[\u4e00-\u9fff々]{%d}$" % len(inner), before.rstrip()) \
        if re.fullmatch(r"[\u4e00-\u9fff々]{4,8}", inner) else None
    ministry = re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2}[省部庁処]$", before.rstrip())
    if ministry and re.fullmatch(r"[\u4e00-\u9fff]{2}[省部庁処]", inner) and inner[:2] == ministry.group()[:2] \
            and inner != ministry.group():
        # a ministry named the Japanese way, then its own name, with another head (法務省（法務部）: Korea's)
        return Gloss("alias", (inner,))
    if twin and sum(a != b for a, b in zip(twin.group(), inner)) == 1:
        # the other name, in kanji, of a term written in kanji, a character apart (露館播遷（俄館播遷）: 俄 is 露,
        # Russia, in the Korean name)
        return Gloss("alias", (inner,))
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,2}[ぁ-ん]{1,2}[\u4e00-\u9fff]{1,2}[ぁ-ん]?", inner) \
            and re.search(r"[ァ-ヺー]$", before.rstrip()):
        # kanji after a katakana name: perhaps its hanja (コクサン（谷山）), which the caller checks by reading, or
        # what the word means (ペレストロイカ（建て直し）)
        return Gloss("hanja", (inner,))
    if _KANJI_THEN_LOANWORD.fullmatch(inner) and re.search(r"(?<![ァ-ヺー・])[ァ-ヺー]{4,}$", before.rstrip()):
        # a short name coined in another language, then its long form in Japanese, ending in a loanword
        # (コミンテルン（共産主義インターナショナル）); an aside ends in kanji (プーチン（ロシア大統領）)
        return Gloss("alias", (inner,))
    long_form = _KANJI_THEN_LONG_LOANWORD.search(before.rstrip())
    if long_form and re.fullmatch(r"[ァ-ヺー]{4,}", inner) and len(inner) < len(long_form.group()):
        # a long form ending in a loanword, then the short name coined abroad (共産主義インターナショナル（コミンテルン）)
        return Gloss("alias", (inner,))
    if re.fullmatch(r"[ァ-ヺー]{4,}", inner) and not inner.endswith(("ジュ", "チュ", "シュ", "シュウ", "ジョウ", "チョウ")) \
            and re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,3}州$", before.rstrip()):
        # a region named in kanji with 州, then by its own people's name, which reads no 州 (沿海州（プリモーリエ）);
        # a Korean or Chinese reading ends in the head's (済州（チェジュ）, 広州（コワンチョウ）)
        return Gloss("alias", (inner,))
    if _KATAKANA_READING.match(inner):
        if len(inner.replace("・", "")) < 2:
            return None
        # a katakana reading glosses a kanji term; after katakana it is an aside, or the name's older spelling
        # (キーウ（キエフ）: a word of about its length, from the same first sound)
        if re.search(r"[\u4e00-\u9fff々]$", before.rstrip()):
            return Gloss("reading", (inner.replace(" ", ""),))
        latin = LATIN_NAME_END.search(before.rstrip())
        if latin and len(latin.group()) >= 3 and _sounds_like_first_letter(inner, latin.group()):
            return Gloss("reading", (inner,))  # a name in letters, then as it is read (realme（リアルミー）)
        head = re.search(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff]{1,4})([ァ-ヺー]{2,})$", before.rstrip())
        if head and inner.endswith(head.group(2)) and re.fullmatch(
                "(?:%s){%d}・?" % (KO_SYLLABLE, len(head.group(1))), inner[:-len(head.group(2))]):
            # a Korean name in kanji, read in Korean with the katakana head they share, a syllable a character
            # (柳京ホテル（リュギョンホテル）), or a Koryo-saram's family name before a Russian given name
            # (金ワレリー（キム・ワレリー）)
            return Gloss("reading", (inner,))
        # (a full name's surname, too: カール・ヴェーバー（ウェーベル), where ウ and ヴ both write a w)
        name = re.search(r"(?<![ァ-ヺー])[ァ-ヺー]{3,}$", before.rstrip())
        # (a longer name may differ by two, where it ends alike: クズロルダ（クズイルオルダ）)
        length_gap = abs(len(inner) - len(name.group())) if name else 0
        if name and re.fullmatch(r"[ァ-ヺー]{3,}", inner) and _same_first_sound(inner, name.group()) and (
                length_gap <= 1 or (length_gap == 2 and min(len(inner), len(name.group())) >= 5
                                    and inner[-1] == name.group()[-1])) and inner != name.group() \
                and inner not in _countries() and name.group() not in _countries():
            return Gloss("alias", (inner,))
        return None
    unit = UNIT_READING.fullmatch(inner)
    if unit and re.search(r"[\u4e00-\u9fff々]$", before.rstrip()[:-1]):
        if unit.group(2) == before.rstrip()[-1:]:
            return Gloss("reading", (inner,))  # a Korean town's reading with its unit: 巨済市（コジェ市）
        if unit.group(2) in _RIVER_HEADS and before.rstrip()[-1:] in _RIVER_HEADS:
            # a river's name in its own country's language, with another word for a river (鴨緑江（アムノク川）):
            # another name, not the reading of this one
            return Gloss("alias", (inner,))
    other_tongue = _NAME_WITH_HEAD.fullmatch(inner)
    if other_tongue and re.search("[ァ-ヺ]", other_tongue.group(1)) and \
            _same_kind_of_head(other_tongue.group(2), before.rstrip()):
        # a place's or event's name in another language, in katakana, with a head of the same kind (沙草峰（ベズイ
        # ミャンナヤ高地）: a peak, in Russian a height; ノモンハン事件（ハルハ河戦争）)
        return Gloss("alias", (inner,))
    in_its_tongue = _DIVISION_IN_KATAKANA.fullmatch(inner)
    if in_its_tongue and re.search(r"(?<![ァ-ヺー・])[\u4e00-\u9fff々]{1,4}%s$" % in_its_tongue.group(1), before.rstrip()):
        # a division named in kanji, then in its own language with the same head (沿海地方（プリモルスキー地方）)
        return Gloss("alias", (inner,))
    other_river = re.fullmatch(r"[ァ-ヺー・]{2,}([%s])" % _RIVER_HEADS, inner)
    if other_river and re.search(r"(?<![ァ-ヺー・])[ァ-ヺー・]{2,}[%s]$" % _RIVER_HEADS, before.rstrip()) \
            and not before.rstrip().endswith(inner):
        # a river named in katakana, then in another language (スイフン川（ラズドリナヤ川）): katakana reads no
        # katakana, so this is another name, not a reading
        return Gloss("alias", (inner,))
    if _kanji_abbreviation(inner, before.rstrip()):
        return Gloss("alias", (inner,))  # a name's kanji shortened in brackets: 韓国軍合同参謀本部（合参）
    nickname = _NICKNAME_SHORT_FORM.fullmatch(inner)
    if nickname and before.rstrip().endswith(inner[-1]) and _kanji_abbreviation(nickname.group(2), before.rstrip()):
        # a short name: a word for what it is about, then the name's kanji shortened, with its head (戦後強制抑留者
        # 特別措置法（シベリア特措法）, イラク復興支援特別措置法（イラク特措法）)
        return Gloss("alias", (inner,))
    short = re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,3}$", before.rstrip())
    if short and inner.startswith(short.group()[0]) and _kanji_abbreviation(short.group(), "、" + inner):
        return Gloss("alias", (inner,))  # a short name, then the name it shortens: 韓電（韓国電力）
    initials = _INITIALS_AND_HEAD.fullmatch(inner)
    if initials and _initials_and_head_of(initials.group(1), initials.group(2), before.rstrip()):
        return Gloss("alias", (inner,))
    if _TOURNAMENT_TIER.fullmatch(inner) and _TOURNAMENT_HEAD.search(before.rstrip()):
        return None
    if _LETTERED_SHORT_NAME.fullmatch(inner) and re.search(r"[\u4e00-\u9fff々]$", before.rstrip()):
        return Gloss("alias", (inner,))  # a meeting's short name of letters or figures and katakana: （2プラス2）
    if ROYAL_NAME.fullmatch(inner) and re.search(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}$", before.rstrip()):
        return Gloss("alias", (inner,))  # a Korean's name, then the one she is known by after death: 閔妃（明成皇后）
    if TEMPLE_NAME.fullmatch(inner) and re.search(r"(?<![\u4e00-\u9fff])" + ROYAL_NAME.pattern + "$", before.rstrip()):
        return Gloss("alias", (inner,))  # a king's title by rank or era, then his temple name: 光武帝（高宗）
    if _same_event_named_otherwise(inner, before.rstrip()):
        return Gloss("alias", (inner,))  # 光州民主化運動（光州事件）
    war = _WAR_OF_COUNTRIES.fullmatch(inner)
    if war and all(c in _countries() for c in war.group(1)) and \
            re.search(r"[\u4e00-\u9fff々]{2,}(?:戦争|大戦)$", before.rstrip()) and not before.rstrip().endswith(inner):
        return Gloss("alias", (inner,))  # a war, then named by the countries that fought it: 大祖国戦争（独ソ戦）
    org_unit = ORG_UNIT_READING.fullmatch(inner)
    if org_unit and before.rstrip().endswith(org_unit.group(2)) and \
            re.search(r"[\u4e00-\u9fff々]$", before.rstrip()[:-len(org_unit.group(2))]):
        return Gloss("reading", (inner,))  # a body's reading with its head: 又松大学（ウソン大学）
    headed = KOREAN_READING_WITH_HEAD.fullmatch(inner)
    if headed and before.rstrip().endswith(headed.group(2)) and \
            all(korean_syllables(word) for word in headed.group(1).split("・")) and \
            re.search(r"[\u4e00-\u9fff々]{2}$", before.rstrip()[:-len(headed.group(2))]):
        # a Korean name's reading, then the Japanese word for what it is, as the term ends (大谷里盤亀台岩刻画（テゴンニ・
        # パングデ岩刻画）)
        return Gloss("reading", (inner,))
    if HIRAGANA_NAME_READING.fullmatch(inner.replace(" ", "")) and re.search(r"[\u4e00-\u9fff々]$", before.rstrip()):
        return Gloss("reading", (inner.replace(" ", ""),))  # 李強（り・きょう）
    kanji_word = re.search(r"[\u4e00-\u9fff々]{2,8}$", before.rstrip())
    if kanji_word and re.fullmatch(r"[ぁ-ゖ]{2,16}", inner) and len(kanji_word.group()) <= len(inner) and \
            inner not in rejects():
        # a hard word's reading in hiragana (傀儡（かいらい）, 露館播遷（ろかんはせん）): as many kana as kanji or more
        return Gloss("reading", (inner,))
    if "、" in inner or "，" in inner:  # an enumeration; a leading acronym may still gloss (ICC、オランダ・ハーグ)
        head = re.split(r"[、，]", inner)[0].strip()
        if _ACRONYM.match(head) and not re.search(r"[A-Za-z0-9]$", before.rstrip()):
            return Gloss("abbrev", (head,))
        if _kanji_abbreviation(head, before.rstrip()):
            return Gloss("alias", (head,))  # the name's kanji shortened, then its acronym: 韓国水力原子力（韓水原、KHNP）
        kanji_run = re.search(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,4}$", before.rstrip())
        if kanji_run and re.fullmatch("(?:%s){%d}" % (KO_SYLLABLE, len(kanji_run.group())), head):
            # a Korean name in kanji, read a syllable a character, then an aside (慶運宮（キョンウングン、現在の
            # 徳寿宮）)
            return Gloss("reading", (head,))
        if "・" in head and _KATAKANA_READING.fullmatch(head) and re.search(r"[\u4e00-\u9fff々]$", before.rstrip()):
            # a kanji name's reading, then an aside: its bearer's years, age or post
            # (邊月龍（ピョン・ウォルリョン、1916～1990年）)
            return Gloss("reading", (head,))
        return None
    designated = re.search(r"(?<=[\u4e00-\u9fff々ァ-ヺー])" + _DESIGNATION.pattern + "$", before.rstrip())
    if _DESIGNATION.fullmatch(inner) and designated and len(re.sub(r"[^0-9]", "", designated.group())) >= 2:
        # a weapon's designation, then the one another side gives it (地対空ミサイルS75（SA2）)
        return Gloss("alias", (inner,))
    if re.fullmatch(r"[0-9]{2,4}[A-Z]?型", inner) and re.search(r"[ァ-ヺー\u4e00-\u9fff々]{2,}級$", before.rstrip()):
        return Gloss("alias", (inner,))  # a ship's class, then its project's number: フォックストロット級（641型）
    divided = re.fullmatch(r"[北南東西]([ァ-ヺー]{3,})", inner)
    if divided and re.search(divided.group(1) + r"[ァ-ヺー\u4e00-\u9fff・]{0,8}(?:共和国|王国|国)$", before.rstrip()):
        # a divided country's official name, then the half it was called by (ベトナム民主共和国（北ベトナム）)
        return Gloss("alias", (inner,))
    if _CYRILLIC_ACRONYM.fullmatch(inner) and re.search(r"[\u4e00-\u9fff々ァ-ヺー]$", before.rstrip()):
        return Gloss("abbrev", (inner,))  # 全ロシア・バレーボール連盟（ВФВ）
    if _CYRILLIC_NAME.fullmatch(inner) and re.search(r"[ァ-ヺー][ァ-ヺー・]*[\u4e00-\u9fff々]*$", before.rstrip()):
        # a title in katakana, then as Russian writes it: 「サムグク・サギ年代記（Летопись Самгук саги）」
        return Gloss("alias", (inner,))
    renewed = re.fullmatch(r"新[A-Z][A-Z0-9&\-]{1,9}", inner)
    if renewed and re.search(r"(?<![\u4e00-\u9fff々])新[\u4e00-\u9fff々ァ-ヺー]{3,}$", before.rstrip()):
        return Gloss("abbrev", (inner,))  # a new treaty's acronym, new as its name: 新戦略兵器削減条約（新START）
    numbered_unit = _NUMBERED_ACRONYM.fullmatch(inner)
    if numbered_unit and re.search(r"(?<![0-9])%s[\u4e00-\u9fffァ-ヺー]{2,}$" % numbered_unit.group(1), before.rstrip()):
        return Gloss("abbrev", (inner,))  # a numbered unit, then its short name with the number: 第2歩兵師団（2ID）
    numbered_name = re.fullmatch(r"([0-9]+) ?([A-Za-z][A-Za-z .'\-]*)", inner)
    if numbered_name and re.search(r"(?<![0-9])%s[ァ-ヺー]{2,}$" % numbered_name.group(1), before.rstrip()):
        return Gloss("latin", (inner,))  # a name that opens on a number, in both scripts: 38ノース（38 North）
    if _LATIN.match(inner):
        numbered = _NAME_NUMBER_BEFORE.search(before.rstrip())
        lettered = re.search(r"(?<=[ァ-ヺー])[A-Z]{2,4}$", before.rstrip())
        if re.search(r"[A-Za-z0-9]$", before.rstrip()) and not (numbered and inner.endswith(numbered.group(1))) \
                and not (lettered and re.sub(r"[^A-Z]", "", inner.upper()).endswith(lettered.group())):
            # Latin after Latin is no gloss of a Japanese term; a numbered name is, with its number in both
            # (サハリン2（Sakhalin-2）, スホイ15（Su-15）), and so is a name in katakana and letters (ドムRF（DOM.RF）)
            return None
        if _SITE.search(inner):
            return None  # a source credit, a web site's address (（CanCam.jp）, (Nikkei.com))
        parts = [p.strip() for p in re.split(r"\s*:\s+|\s+[-–]\s+", inner) if p.strip()]
        if len(parts) > 3 or len(inner) > 80:
            return None
        if len(parts) == 1 and _ACRONYM.match(parts[0]):
            return Gloss("abbrev", (parts[0],))
        # a rendering is words, each starting with a letter (not a sentence, not a citation)
        if any(len(p.split()) > 8 for p in parts):
            return None
        return Gloss("latin", tuple(parts))
    # reversed: a Latin acronym followed by its Japanese full name, SIPRI（ストックホルム国際平和研究所）; a model's
    # designation, with figures, is followed by what it is (F35A（ステルス戦闘機）), not by another name
    if re.search(r"(?:^|[^A-Za-z0-9])[A-Z]{2,10}$", before.rstrip()) and re.fullmatch(
            r"[\u4e00-\u9fff々ァ-ヺー・]{3,30}", inner):
        return Gloss("japanese", (inner,))
    return None
