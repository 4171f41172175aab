"""Russian (and other Cyrillic-world) names written in katakana → English.

A name goes part by part (セルゲイ・ラヴロフ → Sergei + Lavrov). Each part is settled by the strongest
evidence there is: the given-name table (English conventions: Alexei, Yevgeny), dictionary spellings
(JMnedict, Wikidata) that the katakana can actually spell under Russian rules, and otherwise the rules
themselves: a lattice of Latin spellings for each katakana chunk (glossary/data/translit/ru_kana.tsv)
searched with the character model of Latin names (Asmolov, not Asmorov).
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from glossary.normalize import variant_key
from glossary.origin import data_lines
from glossary.translit.dictionary import (Jmnedict, WikidataNames, _rows, data_text, jmdict_english, lexicon_key,
                                          ordinal_offices, place_skeleton, regnal_names, ru_given_names, ru_lexicon,
                                          ru_lexicon_places, ru_places_by_skeleton, unidic_foreign)
from glossary.translit.gazetteer import POST_SOVIET, Gazetteer, gazetteer, latin_key
from glossary.translit.joint import JointModel
from glossary.translit.scorer import CharModel

_VU_TO_B = {"ヴァ": "バ", "ヴィ": "ビ", "ヴェ": "ベ", "ヴォ": "ボ", "ヴ": "ブ"}
_VU_PLAIN = re.compile("ヴァ|ヴィ|ヴェ|ヴォ|ヴ")
SEPARATORS = re.compile(r"[・･=＝\s]+")
# a town on a river, X-na-Y or X-on-Y, the river perhaps in its Russian case (-na-Amure): → X-on-Y
_ON_RIVER = re.compile(r"-(?:na|on)-([A-Z][a-z]+?)[eu]?$")


def on_river(town: str) -> str:
    """A town on a river as English writes it: X-on-Y, the river without its Russian case ending
    (Nikolayevsk-na-Amure → Nikolayevsk-on-Amur)."""
    return _ON_RIVER.sub(r"-on-\1", town)


REGNAL = re.compile(r"^(.+?)([0-9０-９]+|[一二三四五六七八九十]+)世$")
# a ruler known by an epithet after the given name (ピョートル大帝: Peter the Great)
_EPITHETS = {"大帝": "the Great", "雷帝": "the Terrible"}
FORMER_NAME_DISTANCE = 0.5  # how unlike the katakana's spelling a town's name may be and still be its name
_SOFT_L_TOWN = "リスク"
SOFT_L_CONFIDENCE = 0.85  # a town read through its -ルスク spelling: a dictionary's, but not of this katakana
# compass and height adjectives that Russian joins to a place's name with a hyphen (Северо-Курильск,
# Южно-Курильск): the town is the place after them, named from that side
_SIDE_PREFIXES = {"セヴェロ": "Severo", "セベロ": "Severo", "ユジノ": "Yuzhno", "ユージノ": "Yuzhno",
                  "ザパドノ": "Zapadno", "ヴォストーチノ": "Vostochno", "ボストーチノ": "Vostochno",
                  "ヴォストチノ": "Vostochno", "ボストチノ": "Vostochno"}
_KANJI_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
# Place suffixes written in kanji after a katakana name: (suffix, English pattern, alternatives), a suffix
# before any that ends it (自治共和国 before 共和国, 半島 before 島): the first that a name ends in is its own.
PLACE_SUFFIXES = [
    ("自治共和国", "{}", ["{} Autonomous Republic"]),
    ("共和国", "{}", ["Republic of {}", "{} Republic"]),
    ("自治管区", "{} Autonomous Okrug", ["{} Autonomous District"]),
    # every krai is in ru_regions.tsv: another 地方 is a region (ドンバス地方), a krai only in the alternatives
    ("地方", "{} region", ["{}", "{} Krai", "{} Territory"]),
    ("州", "{} region", ["{} Oblast", "{} Region", "{} Province"]),  # the newsroom's "Kursk region"
    ("湖", "Lake {}", ["{} Lake"]),
    ("川", "{} River", ["River {}"]),
    ("山脈", "{} Mountains", ["{} Range"]),
    ("山", "Mount {}", ["{} Mountain"]),
    ("半島", "{} Peninsula", []),
    ("島", "{} Island", []),
    ("海", "{} Sea", ["Sea of {}"]),
    ("湾", "{} Bay", ["Gulf of {}"]),
    ("市", "{}", ["{} City"]),
    # a village named in the press (Kerbi), its kind in the alternatives
    ("村", "{}", ["{} village"]),
]
_ETHNIC_REGION_SUFFIXES = ("共和国", "自治共和国", "自治管区")
# How Russian names a republic after its people (Бурятия, Ингушетия, Хакассия, Адыгея), longest first
_TERRITORY_ENDINGS = ("etiya", "siya", "iya", "eya")
LM_WEIGHT = 1.0
COST_WEIGHT = 1.6
BEAM = 48
PLAIN_AT_END_COST = 2.5  # added to a word-final kana's word-inside spellings when it has word-end ones (リ$)
# How the hand rules (with the character model) and the learned joint model are weighed (see _combine):
# low weights let dictionary evidence (JMnedict, UniDic, Wikidata, weighted 2.2) outweigh both models.
RULE_WEIGHT = 0.2
JOINT_WEIGHT = 0.2
RULE_MARGIN = 3.0
JOINT_MARGIN = 3.0
DISPUTED_CONFIDENCE = 0.88  # the most a spelling gets that JMnedict and Wikidata disagree on
CONVENTION_WEIGHT = 1.5  # more evidence for an English convention (see _conventions)
JMDICT_WEIGHT = 1.5  # evidence weight of JMdict's English for a katakana proper name
SHCH_TWIN_CANDIDATES = 3  # the best spellings whose щ twin is looked up
LEXICON_WEIGHT = 1.0  # evidence weight of a spelling found among the OpenCorpora dictionary's Russian names
PLACE_LEXICON_WEIGHT = 0.5  # and more for a place found among its places
PLACE_SKELETON_WEIGHT = 2.0  # for a Russian place name the rules cannot spell but whose skeleton they do
PLACE_SKELETON_CANDIDATES = 5  # how many of the rules' best spellings have their skeleton looked up
UKRAINIAN_BONUS = 0.5  # how far a Ukrainian's surname spelled the Ukrainian way leads its Russian spelling
PLACE_WIKIDATA_SHARE = 0.5  # how much a spelling among Wikidata's personal names counts for a place
BIG_CITY = 100_000  # a post-Soviet city this large is what its katakana names
# Score taken off spellings that are not Russian in English (see RussianTransliterator.word)
DOUBLING_PENALTY = 2.0
FOREIGN_SHAPE_PENALTY = 5.0
W_PENALTY = 3.0
# off a j or an sh the katakana cannot spell: more than dictionaries listing the name of another language many
# times give (Jan)
UNSPELLED_PENALTY = 8.0
J_PENALTY = 2.0  # off a j no dictionary vouches for: Russian ж is zh and дя dya in English (Zhurova, Fedyaev)
H_PENALTY = 1.5  # off a bare h no dictionary vouches for, where Russian has х (kh)
_BARE_H = re.compile(r"(?<![sczktpg])h")  # an h that is no part of sh, ch, zh, kh, th, ph or gh
_FOREIGN_SHAPE = re.compile(r"cz|sz|tz|q|c(?!h)|[^\x00-\x7f]")
# Latin letters that look like Cyrillic ones (В н у к о в о typed as B h y k o b o)
_CYRILLIC_LOOKALIKE = re.compile(r"[abcehkmoptxy]+")
_I_BEFORE_VOWEL = re.compile(r"(?<=[^aeiouy])i(?=[aeou])")
_SILENT_E = re.compile(r"[aeiouy]ne$")
_J_KANA = re.compile("[ジヂ]")  # the only kana a Russian name's j (Dzh-, Japarov) may stand for
_DOUBLED_OBSTRUENT = re.compile(r"(ss|tt|kk|pp|ff)")
_SINGLE_SONORANT = re.compile(r"(?<=[aeiouy])[lnmr](?=[aeiouy])")
DOUBLED_MIN_COUNT = 50  # Wikidata name tokens: how often a doubled spelling must occur to beat a single one
DOUBLED_RATIO = 20  # ... and how many times more often than the single spelling


_YO_KANA = re.compile("[ョヨ]")  # the kana a yo (ё, йо) is written with
_CH_NOT_SHCH = re.compile(r"(?<!s)ch")  # Russian ч (チ), not щ (shch, シチ or シェ)


def ordinal(n: int) -> str:
    """An English ordinal in figures: 1st, 2nd, 3rd, 4th, 11th, 13th, 22nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


@functools.lru_cache(maxsize=1)
def kana_table() -> dict[str, list[tuple[str, float]]]:
    table: dict[str, list[tuple[str, float]]] = {}
    for row in _rows("ru_kana.tsv"):
        options = []
        for item in row[1].split("|"):
            latin, _, cost = item.rpartition(":")
            options.append((latin, float(cost)))
        table[row[0]] = options
    return table


@functools.lru_cache(maxsize=1)
def derivations() -> list[tuple[str, str, str, str]]:
    """(word ending, noun ending, noun Latin ending, word Latin ending) rows of ru_derivations.tsv."""
    rows = []
    for line in data_text("ru_derivations.tsv").splitlines():
        if line and not line.startswith("#"):
            cells = (line.split("\t") + ["", "", "", ""])[:4]
            rows.append(tuple(cells))
    return rows


def _spelling_key(latin: str) -> str:
    """A spelling as two dictionaries are compared under: without diacritics (François and Francois, Stanisław
    and Stanislaw are one spelling) and with lexicon_key's folding of a y between vowels."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", latin.replace("ł", "l")) if not unicodedata.combining(c))
    return lexicon_key(plain)


@dataclass(order=True)
class Candidate:
    score: float
    latin: str = field(compare=False)
    cost: float = field(compare=False, default=0.0)


def newsroom(spelling: str) -> str:
    """A dictionary's scholarly spelling in the newsroom convention: a final -ий/-ый written -ii/-iy/-ij is -y
    (Dostoevskii → Dostoevsky, Dmitrii → Dmitry); a town's -ийск is -iysk (Kaspiisk → Kaspiysk)."""
    spelling = re.sub(r"(?<=[^aeiouy])iisk$", "iysk", spelling)
    return re.sub(r"(?<=[^aeiouyAEIOUY])(ii|iy|ij|yi)$", "y", spelling)


_E_AFTER_VOWEL = re.compile(r"(?<=[aou])e")
AFTER_VOWEL_YE_BONUS = 0.3
# A word-initial エフ before a consonant other than р: Russian Ев- (Евменов, Евкуров, Евтушенко), which the
# newsroom spells Yev-; Эф- is that rare (Ефремов has its р)
_EV_BEFORE_CONSONANT = re.compile("^エフ[^アイウエオァィゥェォャュョラリルレロー]")
_EF_BEFORE_CONSONANT = re.compile(r"^y?e(?:f|kh|ph)(?=[^aeiouylr])")
EV_BONUS = 1.5  # how far the Yev- spelling leads the Ef- one it is made from
_MEDIAL_Y = re.compile(r"(?<=[aeou])y(?=[bcdfgkmnpqrstvxz])|(?<=[^aeiouy][ae])y$")


def newsroom_medial_y(spelling: str) -> str:
    """Й between a vowel and a consonant as newsrooms write it: i (Shoygu → Shoigu, Gaydar → Gaidar,
    Baykal → Baikal), and a final -ay or -ey after a consonant (Altay → Altai, Nikolay → Nikolai), where
    strict transliteration writes y. A final -oy stays (Tolstoy), and so does -iy- (Novorossiysk, Baltiysk:
    newsrooms never write -iisk)."""
    return _MEDIAL_Y.sub("i", spelling)


def ukrainian_spelling(spelling: str) -> str:
    """A spelling of a Ukrainian's surname made from the Russian reading of its katakana, in Ukraine's
    romanization: the katakana's h-row is Ukrainian г, h (Shmyhal; a final -kh stays: Mahuchikh), and an i
    between consonants is и, y (Svyrydenko, Tymoshenko, Syrskyi). Ukrainian і (Sybiha) is the exception
    this gets wrong; the Russian spelling stays among the alternatives."""
    word = re.sub(r"kh(?!$)", "h", spelling)
    return re.sub(r"(?<=[bcdfghklmnprstvz])i(?=[bcdfghklmnprstvz]|$)", "y", word) if word != "i" else word


# A woman's surname ends as its masculine form does not (Navalnaya of Navalny, Tolstaya of Tolstoy); the
# dictionary lists many surnames in the masculine only
_FEMININE_SURNAME_ENDINGS = (("skaya", ("sky", "skiy")), ("tskaya", ("tsky",)), ("aya", ("y", "iy", "oy")),
                             ("ova", ("ov",)), ("eva", ("ev",)), ("yova", ("yov",)), ("ina", ("in",)),
                             ("yna", ("yn",)))


def masculine_surnames(spelling: str) -> list[str]:
    """The masculine forms a woman's surname spelled `spelling` may have (navalnaya → navalny, navalniy, navalnoy);
    [] when it has no feminine ending."""
    low = spelling.lower()
    return [low[: len(low) - len(end)] + male for end, males in _FEMININE_SURNAME_ENDINGS
            if low.endswith(end) and len(low) > len(end) + 2 for male in males]


# letters and digraphs no English spelling of a Russian name uses (Indian jh, Polish w, q, x)
# letters no Russian name takes in English: another language's namesake (Jhorkina, Kowalski, Kruszelnicki)
_NOT_RUSSIAN = re.compile("jh|sz|cz|[wqx]")


def capitalize(word: str) -> str:
    """Capitalize each hyphen-separated piece: kara-murza → Kara-Murza."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


_I_ROW_KANA = frozenset("キギシジチヂニヒビピミリ")
# the letters that an h after them makes one sound with (sh, kh, zh, ch, ts-h): a kana's h never follows them
_DIGRAPH_FIRSTS = frozenset("skzc")


class RussianRules:
    """Katakana → Latin spelling candidates under Russian conventions, scored by a character model."""

    def __init__(self, model: CharModel):
        self.model = model
        self.table = kana_table()
        self.maxlen = max(len(k.strip("^$")) for k in self.table)

    def _arcs(self, word: str, i: int) -> list[tuple[int, str, float]]:
        arcs = []
        n = len(word)
        for length in range(1, min(self.maxlen, n - i) + 1):
            chunk = word[i:i + length]
            keys = [chunk]
            if i == 0:
                keys.append("^" + chunk)
            if i + length == n:
                keys.append(chunk + "$")
            best: dict[str, float] = {}
            lengthened = word[i + length:i + length + 1] == "ー"
            # ン inside a word closes a syllable, so the kana before it has its vowel (チェクンコフ:
            # Chekunkov, not Cheknkov); a final ン may follow a bare consonant (ベルン: Bern)
            before_coda_n = word[i + length:i + length + 1] == "ン" and i + length + 1 < n
            # an i-row kana before a second i inside a word keeps its own (マリインスキー: Mariinsky, not Malinsky;
            # a final リイ may be ry, ドミトリイ: Dmitri)
            before_second_i = word[i + length:i + length + 1] == "イ" and i + length + 1 < n and \
                chunk[-1] in _I_ROW_KANA
            # a word-end spelling the table lists is preferred to the same kana's spelling inside a word
            # (a final リ is Russian ль or рь: Sobol, Igor, not -li)
            plain_extra = PLAIN_AT_END_COST if i + length == n and chunk + "$" in self.table else 0.0
            for key in keys:
                extra = plain_extra if key == chunk else 0.0
                for latin, cost in self.table.get(key, ()):
                    cost += extra
                    if (lengthened or before_coda_n or before_second_i) and latin and latin[-1] not in "aeiouy":
                        continue  # a kana before ー keeps its vowel (ガルージン: ru, not a coda r)
                    if latin not in best or cost < best[latin]:
                        best[latin] = cost
            arcs.extend((i + length, latin, cost) for latin, cost in best.items())
        if not arcs:
            ch = word[i]
            if ch in "ーッ":
                arcs.append((i + 1, "", 0.0))
            elif ch.isascii() and ch.isalnum():
                arcs.append((i + 1, ch.lower(), 0.0))
            else:
                arcs.append((i + 1, "", 4.0))  # a character the table does not know: skipped at a cost
        return arcs

    def candidates(self, word: str, k: int = 10, target: str | None = None) -> list[Candidate]:
        """The `k` best Latin spellings of one katakana word (no separators), best first.

        With `target`, only spellings that are prefixes of it are kept, so the result says whether (and
        at what cost) the katakana can spell `target`; doubled consonants are then allowed at a cost
        (ミレル can spell Miller).
        """
        word = unicodedata.normalize("NFKC", word)
        n = len(word)
        # states[i]: latin → (score, cost); pending doubling after ッ is applied when the next chunk comes
        states: list[dict[str, tuple[float, float, bool]]] = [dict() for _ in range(n + 1)]
        states[0][""] = (0.0, 0.0, False)
        for i in range(n):
            if not states[i]:
                continue
            items = sorted(states[i].items(), key=lambda kv: -kv[1][0])[:BEAM]
            geminate = word[i] == "ッ"
            for latin, (score, cost, double) in items:
                if geminate:
                    self._push(states[i + 1], latin, score, cost, True, target)
                    continue
                if word[i] == "ー":
                    self._push(states[i + 1], latin, score, cost, double, target)
                    continue
                for j, piece, arc_cost in self._arcs(word, i):
                    if word[i:j] in ("ッ", "ー"):
                        continue
                    options = [(piece, arc_cost)]
                    if double and piece and piece[0] not in "aeiouy":
                        options = [(piece, arc_cost), (piece[0] + piece, arc_cost + 1.2)]
                    elif target is not None and piece and piece[0] in "lnrsftmpk" and latin and latin[-1] in "aeiouy":
                        options.append((piece[0] + piece, arc_cost + 1.0))
                    for text, c in options:
                        if text[:1] == "h" and latin[-1:] in _DIGRAPH_FIRSTS:
                            continue  # (s, then ho of ホ, reads as ш: シホテ is Sikhote, never Shote)
                        new = latin + text
                        if target is not None and not target.startswith(new):
                            continue
                        lm = self.model.logprob(text, prefix=latin, final=False)
                        self._push(states[j], new, score + LM_WEIGHT * lm - COST_WEIGHT * c, cost + c, False, target)
        finals = []
        for latin, (score, cost, _) in states[n].items():
            if target is not None and latin != target:
                continue
            total = score + LM_WEIGHT * math.log(self.model.prob(("^^^" + latin)[-3:], "$"))
            finals.append(Candidate(-total, latin, cost))
        finals.sort()
        for c in finals:
            c.score = -c.score
        return finals[:k]

    @staticmethod
    def _push(bucket, latin, score, cost, double, target) -> None:
        old = bucket.get(latin)
        if old is None or score > old[0]:
            bucket[latin] = (score, cost, double)

    def spell_score(self, word: str, latin: str) -> float | None:
        """Score of the best way `word` spells `latin` under the rules, or None if it cannot."""
        found = self.candidates(word, k=1, target=latin.lower())
        return found[0].score if found else None


def _joiners(name: str) -> list[str]:
    """What joins each pair of the katakana name's words in English: a space, but a hyphen for ＝ in a name that
    also has ・, where ＝ joins the halves of a double surname (ニコライ・リムスキー＝コルサコフ: Rimsky-Korsakov)."""
    # (the name is NFKC already: ＝ is =, ･ is ・)
    seps = [m.group() for m in SEPARATORS.finditer(name.strip("・= "))]
    double = any("・" in sep or " " in sep for sep in seps)
    return ["-" if double and sep == "=" else " " for sep in seps]


def _rejoin(english: str, joiners: list[str]) -> str:
    """`english` (words joined by spaces, one per katakana word) joined as `joiners` says; unchanged when its
    words do not match the katakana's."""
    words = english.split(" ")
    if len(words) != len(joiners) + 1:
        return english
    return words[0] + "".join(j + w for j, w in zip(joiners, words[1:]))


def _likeliest_combinations(parts: list[list[tuple[str, float]]], n: int) -> list[str]:
    """The `n` likeliest full names from each part's ranked (spelling, weight) list: the best spelling of every
    part, with one or two parts spelled otherwise (enough for the top n; all combinations would be
    exponential in the number of parts)."""
    best = [0] * len(parts)
    choices = [tuple(best)]
    for i, part in enumerate(parts):
        for k in range(1, len(part)):
            choices.append(tuple(k if p == i else 0 for p in range(len(parts))))
    for i, j in combinations(range(len(parts)), 2):
        for k in range(1, min(3, len(parts[i]))):
            for m in range(1, min(3, len(parts[j]))):
                choices.append(tuple(k if p == i else m if p == j else 0 for p in range(len(parts))))
    ranked = sorted(set(choices), key=lambda ch: -math.prod(parts[p][k][1] for p, k in enumerate(ch)))
    return [" ".join(parts[p][k][0] for p, k in enumerate(ch)) for ch in ranked[: n * 2]]


@dataclass
class PartResult:
    english: str
    source: str
    confidence: float
    alternatives: list[str]
    # how likely each alternative is, in the same order (empty: ranked, but without figures)
    weights: list[float] = field(default_factory=list)

    def ranked(self) -> list[tuple[str, float]]:
        """(alternative, weight) pairs best first; without figures, weights fall off by rank."""
        alternatives = self.alternatives or [self.english]
        weights = self.weights if len(self.weights) == len(alternatives) else [0.5 ** i for i in range(len(alternatives))]
        return list(zip(alternatives, weights))


class RussianTransliterator:
    def __init__(self, jmnedict: Jmnedict, wikidata: WikidataNames, model: CharModel, joint: JointModel | None = None,
                 places: Gazetteer | None = None):
        self.jmnedict = jmnedict
        self.wikidata = wikidata
        self.places = places if places is not None else gazetteer()
        self.rules = RussianRules(model)
        self.by_kana, _ = ru_given_names()
        self.joint = joint

    # -- one word -------------------------------------------------------------------------------------
    def word(self, kana: str, position: str = "only", n: int = 5, place: bool = False,
             ukrainian: bool = False) -> PartResult:
        """One katakana word; `position` is first/middle/last/only within the full name. With `place`,
        JMnedict's place spellings count more than its other senses (チェチェン共和国: Chechnya, not Chechen).
        With `ukrainian` (the bearer's given name is Ukrainian), a spelling no dictionary vouches for is
        also tried in Ukraine's romanization (Shmyhal, Svyrydenko), which then comes first."""
        result = self._word(kana, position, n, place, ukrainian)
        if place and result.source != "dictionary" and kana.endswith(_SOFT_L_TOWN) and len(kana) > 4:
            # a town's -льск, whose soft sign katakana may write as リ (クリリスク: Kurilsk, セヴェロバイカリスク:
            # Severobaykalsk) where the rules read a syllable: the town a dictionary knows as -ルスク
            hard = self._word(kana[: -len(_SOFT_L_TOWN)] + "ルスク", position, n, place, ukrainian)
            if hard.source == "dictionary" and hard.english.endswith("lsk"):
                return PartResult(hard.english, hard.source, min(hard.confidence, SOFT_L_CONFIDENCE),
                                  [*hard.alternatives[:1], *result.alternatives][:n])
        return result

    def _word(self, kana: str, position: str, n: int, place: bool, ukrainian: bool) -> PartResult:
        key = variant_key(kana)
        given = self.by_kana.get(key)
        if given is not None and position != "last":
            others = given.alternatives
            # the table's spelling is the newsroom's; its other spellings share what little doubt is left
            return PartResult(given.english, "dictionary", 0.96, [given.english, *others],
                              [0.9] + [0.1 / len(others)] * len(others) if others else [1.0])
        rule = self.rules.candidates(kana, k=12)
        if not rule:
            return PartResult(kana, "rule", 0.0, [])
        scores: dict[str, float] = {c.latin: c.score for c in rule}
        # the learned joint model proposes spellings too, and scores every candidate (see _combine)
        joint = dict(self.joint.nbest(kana, k=10)) if self.joint is not None else {}
        for form in joint:
            if form not in scores:
                s = self.rules.spell_score(kana, form)
                scores[form] = s if s is not None else None
        evidence: dict[str, float] = {}
        dict_forms: list[str] = []
        first_forms: list[str] = []  # each JMnedict entry's first spelling
        russian_place = False  # whether a spelling is among Russia's own place names
        exonyms: set[str] = set()  # JMnedict's names of this place, English's own where it has one (Crimea)
        for hit in self.jmnedict.katakana(kana):
            # the lookup folds ー away; a name spelled with a different vowel length (アムル for アムール)
            # is weak evidence for this one
            same_length = hit.kana.count("ー") == kana.count("ー")
            sense = 1.0 if not place else 1.6 if "place" in hit.types else 0.7
            for rank, latin in enumerate(hit.latin):
                form = newsroom(latin.strip())
                if not form or " " in form and position != "only":
                    continue
                if self.lookalike_typo(kana, form):
                    continue
                dict_forms.append(form)
                if rank == 0:
                    first_forms.append(form)
                weight = (1.5 - 0.3 * rank) * (1.0 if same_length else 0.3) * sense
                evidence[form.lower()] = evidence.get(form.lower(), 0.0) + weight
                if (place or position == "only") and "place" in hit.types and same_length and form.isascii() \
                        and form.isalpha():
                    exonyms.add(form.lower())
                    if form.lower() not in scores:
                        # a place's own dictionary name competes even where the models cannot spell it (Chechnya)
                        scores[form.lower()] = None
        uni = unidic_foreign(kana) or unidic_foreign(_VU_PLAIN.sub(lambda m: _VU_TO_B[m.group()], kana))
        if uni and " " not in uni and not self.lookalike_typo(kana, uni):
            uni = newsroom(uni)
            evidence[uni.lower()] = evidence.get(uni.lower(), 0.0) + 1.5
            if uni.isascii() and uni.isalpha() and uni.lower() not in scores:
                # UniDic spells this very word so (ウラジオストク-Vladivostok) even where the rules cannot:
                # it competes with both models' floor scores
                scores[uni.lower()] = None
        jmdict_forms: list[str] = []
        for gloss in jmdict_english(self.jmnedict, kana)[:2]:
            # JMdict's English for a katakana headword, when it is a proper name: the English convention
            # (チャイコフスキー: Tchaikovsky) where JMnedict has a transliteration (Chaikovskii)
            if gloss[:1].isupper() and gloss.isascii() and gloss.isalpha():
                jmdict_forms.append(gloss)
                evidence[gloss.lower()] = evidence.get(gloss.lower(), 0.0) + JMDICT_WEIGHT
                if gloss.lower() not in scores:
                    scores[gloss.lower()] = None
        wikidata_top: tuple[int, str] = (0, "")  # Wikidata's commonest spelling, to see JMnedict agree with it
        for latin, count in self.wikidata.lookup(kana):
            if _NOT_RUSSIAN.search(latin.lower()):
                continue  # another language's namesake (Jhorkina for ホルキナ, Kowalski)
            wikidata_top = max(wikidata_top, (count, latin.lower()))
            weight = (1.0 + 0.8 * math.log1p(count)) * (1.0 if self.wikidata.same_length(kana, latin) else 0.7)
            if place:
                weight *= PLACE_WIKIDATA_SHARE  # Wikidata's tokens are persons' names (Hasan, where ハサン is Khasan)
            evidence[latin.lower()] = evidence.get(latin.lower(), 0.0) + weight
        # (a family name's: a given name's agreed spelling is its Western namesake's, Nicole or Camilla)
        conventions = self._conventions(kana, first_forms + jmdict_forms) if position in ("last", "only") else set()
        for form in conventions:
            evidence[form] = evidence.get(form, 0.0) + CONVENTION_WEIGHT
        if not evidence:
            for form, weight in self._derived(kana):
                evidence[form] = evidence.get(form, 0.0) + weight
        if place:
            # a place of the dictionary (ハンカ湖: Khanka), or one the katakana spells but the models do not,
            # its r or l, y or i, or doubled letter unknown to them (イルティシ: Irtysh, コリマ: Kolyma, ウスリー:
            # Ussuri): Russian's own place names decide what the katakana cannot
            places = ru_lexicon_places()
            for form in list(scores):
                if lexicon_key(form) in places:
                    evidence[form] = evidence.get(form, 0.0) + PLACE_LEXICON_WEIGHT
            for form in [c.latin for c in rule[:PLACE_SKELETON_CANDIDATES]]:  # (the hand rules' own spellings)
                for known in ru_places_by_skeleton().get(place_skeleton(form), ()):
                    if known not in scores:
                        # (the models' floor scores are what spelling it costs them)
                        evidence[known] = evidence.get(known, 0.0) + PLACE_SKELETON_WEIGHT
                        scores[known] = None
            russian_place = any(lexicon_key(form) in places for form in scores)
        # a Russian name of this spelling exists (ドボルニコフ: Dvornikov, not Dvolnikov): what the katakana
        # cannot tell (r or l, s or sh), a dictionary of Russian names can
        surname = position in ("last", "only")
        russian = {form for form in scores if lexicon_key(form) in ru_lexicon()
                   or (surname and any(lexicon_key(m) in ru_lexicon() for m in masculine_surnames(form)))}
        for form in russian:
            evidence[form] = evidence.get(form, 0.0) + LEXICON_WEIGHT
        if place or position == "only":
            self._place_evidence(kana, scores, evidence, place)
        for form in evidence:
            if form in scores or not (form.replace("-", "").isalpha() and form.isascii()):
                continue
            s = self.rules.spell_score(kana, form)
            j = self.joint.score(kana, form) if self.joint is not None else None
            if s is not None or j is not None:
                scores[form] = s
                if j is not None:
                    joint[form] = j
        total = self._combine(kana, scores, joint, evidence, place, conventions)
        for form in list(total):
            news = newsroom_medial_y(form)
            # (a spelling a dictionary has, whose twin none has and which no Russian name spells, is another
            # language's name: Humphreys, Casey)
            if news != form and not (evidence.get(form) and not evidence.get(news) and form not in russian):
                # the newsroom's spelling takes the strict one's score and evidence; the strict one stays,
                # a little behind, as an alternative
                if total[form] > total.get(news, -math.inf):
                    total[news] = total[form]
                    evidence[news] = max(evidence.get(news, 0.0), evidence.get(form, 0.0))
                total[form] -= 2.0
        if kana.startswith("エ"):
            # a word-initial Е is Ye in the newsroom's spelling (Yekaterinburg, Yeltsin), an Э is E (Eduard):
            # the katakana cannot tell them apart, so each E- spelling brings its Ye- twin a little behind
            for form in list(total):
                if re.match(r"e[^aeiouy]", form) and "y" + form not in total:
                    total["y" + form] = total[form] - 1.0
                    evidence["y" + form] = evidence.get(form, 0.0)
        if _EV_BEFORE_CONSONANT.match(kana) and not any(v > 0 and re.match("y?ev", f) for f, v in evidence.items()):
            # (where a dictionary spells the Ev- already, it has settled the rest of the word too: Yevseyev)
            for form in list(total):
                m = _EF_BEFORE_CONSONANT.match(form)
                if m and not evidence.get(form):
                    twin = "yev" + form[m.end():]
                    total[twin] = max(total.get(twin, -math.inf), total[form] + EV_BONUS)
        for form in list(total):
            # Е after a, o or u is ye in the newsroom's spelling (Tokayev, Mirziyoyev), where a strict
            # transliteration writes e; after i it stays (Gergiev, Valieva). A dictionary's spelling is kept
            # (Dostoevsky)
            # (except its final -oe, an adjective's -ное/-кое/-вое, which newsrooms write -oye: Krasnoye)
            final_oe = len(form) >= 6 and form[-3:] in ("noe", "koe", "voe")
            twin = _E_AFTER_VOWEL.sub("ye", form) if not evidence.get(form) else form[:-1] + "ye" if final_oe else form
            if twin != form and total.get(twin, -math.inf) < total[form] + AFTER_VOWEL_YE_BONUS:
                total[twin] = total[form] + AFTER_VOWEL_YE_BONUS
                evidence[twin] = max(evidence.get(twin, 0.0), evidence.get(form, 0.0))
        for form in list(total):
            # Russian х is kh in English (Makhonin, Khabarovsk): a bare h, which the katakana's ハ row cannot
            # tell from it, stays only where a dictionary has this very spelling (Hvorostovsky)
            if _BARE_H.search(form) and not evidence.get(form):
                twin = _BARE_H.sub("kh", form)
                total[twin] = max(total.get(twin, -math.inf), total[form])
                total[form] -= H_PENALTY
        for form in total:
            # spellings no Russian name has in English: Polish cz/sz/-wicz, German tz, c without h, q, letters with
            # diacritics, and the French silent e after a final n (Prigogine, where the Wagner chief プリゴジン is
            # Prigozhin)
            foreign = _FOREIGN_SHAPE.search(form)
            if foreign and foreign.group().startswith("c") and form in exonyms and not russian_place:
                foreign = None  # English's own name of the place (Crimea), not another language's spelling
            if form in conventions:
                total[form] -= FOREIGN_SHAPE_PENALTY if foreign else 0.0  # (its unspelled letters are English's)
            elif _unspelled(kana, form):
                total[form] -= UNSPELLED_PENALTY
            elif "j" in form and not evidence.get(form):
                # the j of Central Asian names (Japarov, Kassym-Jomart) comes from dictionaries
                total[form] -= J_PENALTY
            elif foreign or (kana.endswith("ン") and _SILENT_E.search(form)):
                total[form] -= FOREIGN_SHAPE_PENALTY
            elif "w" in form and not evidence.get(form):
                # Russian в is v in English (ワリエワ Valieva); a w stays only where a dictionary has it
                # (ワグネル: the Wagner group)
                total[form] -= W_PENALTY
        if "ッ" not in kana:
            # Russian spells a doubled s, t, k, p or f where the katakana has ッ; without one the doubling is
            # another language's spelling (Plessetsk) unless a dictionary says this very word has it
            for form in total:
                if _DOUBLED_OBSTRUENT.search(form) and not evidence.get(form):
                    total[form] -= DOUBLING_PENALTY
        counts = self.wikidata.latin_counts
        for form in list(total):
            # katakana writes no doubled l, n, m or r: a name the world spells doubled far more often (ミレル:
            # Miller, the German name Russian keeps, not Miler) takes the lead from its single-letter spelling
            for twin in {form[:m.start()] + m.group() * 2 + form[m.end():] for m in _SINGLE_SONORANT.finditer(form)}:
                if twin in total and counts.get(twin, 0) >= DOUBLED_MIN_COUNT and \
                        counts.get(twin, 0) >= DOUBLED_RATIO * max(1, counts.get(form, 0)):
                    total[twin] = max(total[twin], total[form] + 0.1)  # (just ahead of it)
        if "シェ" in kana:
            # シェ writes Russian ще as well as ше (ユーシェンコ: Yushchenko, シェルバコワ: Shcherbakova), and the
            # models, which rarely see щ so written, never prefer it: a Russian name of the щ spelling that the
            # dictionary of Russian names has, where it has none of the ш one, takes the lead
            for form in [f for f in ranked_by(total)[:SHCH_TWIN_CANDIDATES] if f not in russian]:
                twin = form.replace("she", "shche", 1)
                if twin != form and (lexicon_key(twin) in ru_lexicon() or (surname and any(
                        lexicon_key(m) in ru_lexicon() for m in masculine_surnames(twin)))):
                    total[twin] = max(total.get(twin, -math.inf), total[form] + 0.1)
                    evidence[twin] = max(evidence.get(twin, 0.0), LEXICON_WEIGHT)
                    break
        if ukrainian:
            for form in list(total):
                twin = ukrainian_spelling(form)
                # (a Ukrainian's surname is spelled the Ukrainian way unless a dictionary has this very
                # spelling for it: a Russian name spelled alike is no such evidence, Klymenko not Klimenko)
                vouched = evidence.get(form, 0.0) - (LEXICON_WEIGHT if form in russian else 0.0)
                if twin != form and vouched <= 0.0:
                    total[twin] = max(total.get(twin, -math.inf), total[form] + UKRAINIAN_BONUS)
        ranked = ranked_by(total)
        best = ranked[0]
        z = max(total.values())
        probs = {f: math.exp(v - z) for f, v in total.items()}
        p_best = probs[best] / sum(probs.values())
        source = "dictionary" if evidence.get(best, 0.0) > 0 else "rule"
        if source == "dictionary":
            # 0.9 and above only when JMnedict and Wikidata agree and the rules find it likely
            confidence = min(0.95, 0.5 + 0.45 * p_best) if evidence[best] >= 2.5 else min(0.85, 0.4 + 0.5 * p_best)
            jmnedict_keys = {_spelling_key(f) for f in dict_forms}
            if jmnedict_keys and wikidata_top[1] and _spelling_key(wikidata_top[1]) not in jmnedict_keys:
                # the two dictionaries spell the word differently (スクリャービン: JMnedict's Skryabin, Wikidata's
                # Scriabin): whichever wins, below the 0.9 that means "right 95 % of the time"
                confidence = min(confidence, DISPUTED_CONFIDENCE)
            if best in conventions:
                # a Western convention the katakana does not spell: right for the famous bearer, perhaps not for
                # another of the name
                confidence = min(confidence, DISPUTED_CONFIDENCE)
        else:
            confidence = min(0.8, 0.2 + 0.6 * p_best)
        alternatives = [capitalize(f) for f in ranked[:n]]
        mass = sum(probs.values())
        shares = [probs[f] / mass for f in ranked[:n]]
        city = next((p for p in self.places.katakana(kana)[:1]
                     if p.population >= BIG_CITY and p.country in POST_SOVIET), None) if position == "only" else None
        if city is not None:
            # the katakana of a city of the former Soviet Union is that city in this product's texts (リビウ is
            # Lviv, not the Romanian given name Liviu); a namesake surname is spelled alike (コロリョフ)
            english = city.english if city.country == "UA" else newsroom_medial_y(city.english)  # Maikop
            forms = list(dict.fromkeys([english, city.english, *alternatives]))[:n]
            return PartResult(english, "dictionary", max(confidence, 0.93), forms,
                              [shares[0]] + shares[: len(forms) - 1])
        current = self.places.current_name(best) if place or position == "only" else None
        town = self.places.post_soviet(best) if current is None and place and position == "only" \
            and not self.places.names_own_town(best) else None
        if town is not None and latin_key(town.english) != latin_key(best) and self._spells(kana, town.english.lower()) \
                and _initial(best) == _initial(town.english) \
                and not _FOREIGN_SHAPE.search(town.english.lower()):  # (not Uzbek Xonqa for Khanka)
            # a place spelled as GeoNames records a town of the former Soviet Union (Novorossiisk): the town's
            # own English name (Novorossiysk) is what the newsroom prints, if the katakana can spell it (スジャ
            # is Sudzha, though GeoNames records Suja as a spelling of Shuya). Not for a word that may be a
            # surname (ボリソフ: Borisov, though GeoNames records it as a spelling of Belarus's Barysaw), nor for
            # another name that begins otherwise (アラブガ: Alabuga, the economic zone, recorded as an old name of
            # Yelabuga)
            current = town.english
        if current is not None and source == "dictionary":
            # a Ukrainian town the katakana spells the Russian way (ハリコフ Kharkov): English-language news
            # writes its Ukrainian name (Kharkiv); the Russian spelling stays as the next alternative
            alternatives = [current] + [a for a in alternatives if a != current][: n - 1]
            shares = [shares[0]] + shares[: n - 1]
            return PartResult(current, source, confidence, alternatives, shares)
        return PartResult(capitalize(best), source, confidence, alternatives, shares)

    def _post_soviet_place(self, latin: str) -> bool:
        """True when `latin` names a place of the former Soviet Union: one of Russia's own place names, or a
        town GeoNames puts there."""
        town = self.places.post_soviet(latin)
        return lexicon_key(latin) in ru_lexicon_places() or (town is not None and town.country in POST_SOVIET)

    def _spells(self, kana: str, latin: str) -> bool:
        """True when the rules or the joint model can spell the katakana `kana` as `latin`."""
        return latin.isascii() and (self.rules.spell_score(kana, latin) is not None or (
            self.joint is not None and self.joint.score(kana, latin) is not None))

    def _contradicted(self, kana: str, form: str) -> bool:
        """True when the word `kana` alone is spelled otherwise with confidence (evidence that outweighs one
        dictionary entry of a whole name) and `form` is none of its alternatives."""
        alone = self.word(kana, "only")
        if alone.confidence >= 0.9 and form.lower() not in {a.lower() for a in alone.alternatives}:
            return True
        # or a Russian name spells it otherwise where none spells `form` (ガーリン: Garin, not JMnedict's Galin)
        return alone.english.lower() != form.lower() and lexicon_key(alone.english) in ru_lexicon() \
            and lexicon_key(form) not in ru_lexicon()

    def lookalike_typo(self, kana: str, form: str) -> bool:
        """True for a dictionary's spelling that is a typo no model can spell from `kana`: Cyrillic copied in the
        Latin letters that look alike (ブヌコボ 'Bhykobo' in JMnedict and UniDic: Внуково), or a stray i before
        a vowel the katakana has no sound for (ルィブニコフ 'Rybnikiov': Rybnikov)."""
        low = form.lower()
        if not (_CYRILLIC_LOOKALIKE.fullmatch(low) or _I_BEFORE_VOWEL.search(low)) or self._spells(kana, low):
            return False
        return bool(_CYRILLIC_LOOKALIKE.fullmatch(low)) or any(
            self._spells(kana, low[:m.start()] + low[m.start() + 1:]) for m in _I_BEFORE_VOWEL.finditer(low))

    def _place_evidence(self, kana: str, scores: dict[str, float | None], evidence: dict[str, float],
                        place: bool) -> None:
        """GeoNames as evidence for a word that may be a place: its katakana name of a town (アルハンゲリスク:
        Arkhangelsk, キーウ: Kyiv), and the towns of the former Soviet Union a candidate spelling names (Plesetsk,
        not Presetsk). Towns weigh by size, and less when the word may be a person."""
        sense = 1.0 if place else 0.6
        for rank, hit in enumerate(self.places.katakana(kana)[:2]):
            form = hit.english.lower()
            if " " in form or not form.replace("-", "").isalpha() or not form.isascii():
                continue
            # the katakana of this very word: as strong as JMnedict's place sense
            evidence[form] = evidence.get(form, 0.0) + (2.0 if rank == 0 else 0.8)
            if form not in scores:
                scores[form] = None
        for form in list(scores):
            town = self.places.post_soviet(form)
            if town is None:
                continue
            weight = (0.9 if town.population >= 10000 else 0.4) * sense
            if latin_key(form) != latin_key(town.english):
                weight /= 2  # one of the town's other recorded spellings, not its name
            evidence[form] = evidence.get(form, 0.0) + weight
            current = self.places.current_name(form)
            if current is not None and " " not in current and current.isascii():
                # a Ukrainian town spelled the Russian way (Zaporozhye): its Ukrainian name competes too
                evidence[current.lower()] = max(evidence.get(current.lower(), 0.0), evidence[form]) + 0.5 * sense
                scores.setdefault(current.lower(), None)

    def _derived(self, kana: str) -> list[tuple[str, float]]:
        """Spellings of a derived word from the dictionary spelling of its noun (ru_derivations.tsv):
        ボストーチヌイ from ボストーク Vostok → vostochny. Weaker evidence than the word's own entry."""
        out: list[tuple[str, float]] = []
        for word_end, noun_end, latin_end, derived_end in derivations():
            if not kana.endswith(word_end) or len(kana) - len(word_end) < 3:
                continue
            noun = kana[: len(kana) - len(word_end)] + noun_end
            spellings = [f for hit in self.jmnedict.katakana(noun) for f in hit.latin[:1]]
            spellings += [latin for latin, _ in self.wikidata.lookup(noun)[:1]]
            for latin in spellings:
                low = latin.lower()
                if low.isascii() and low.isalpha() and low.endswith(latin_end):
                    form = low[: len(low) - len(latin_end)] + derived_end
                    if form not in [f for f, _ in out]:
                        out.append((form, 1.2))
            if out:
                break  # the longest matching ending decides
        return out

    def _conventions(self, kana: str, dict_forms: list[str]) -> set[str]:
        """The spellings of `kana` that JMnedict (as an entry's first spelling) or JMdict and Wikidata agree on
        with a ch where the katakana has no チ, which Russian spells otherwise: the English convention for a famous
        bearer of the name (シャガール: Chagall, ラフマニノフ: Rachmaninoff)."""
        wikidata = {latin.lower() for latin, _ in self.wikidata.lookup(kana) if not _NOT_RUSSIAN.search(latin.lower())}
        # (only a ch: a j or a yo so agreed is a namesake's, Polish Jan for ヤン)
        return {f.lower() for f in dict_forms if f.lower() in wikidata and _CH_NOT_SHCH.search(f.lower())
                and "チ" not in kana}

    def _combine(self, kana: str, rules: dict[str, float | None], joint: dict[str, float],
                 evidence: dict[str, float], place: bool = False,
                 conventions: frozenset[str] | set[str] = frozenset()) -> dict[str, float]:
        """One score per candidate spelling: the hand rules with the character model, the learned joint
        model, the spelling's frequency among Wikidata names (persons' names: less for a place), and
        dictionary evidence. A spelling one model cannot produce gets that model's worst score less a margin,
        not minus infinity."""
        prior_weight = 0.35 * (PLACE_WIKIDATA_SHARE if place else 1.0)
        known_rules = [v for v in rules.values() if v is not None]
        rule_floor = (min(known_rules) if known_rules else 0.0) - RULE_MARGIN
        if self.joint is not None and self.joint.knows(kana):
            for form in rules:
                if form not in joint:
                    j = self.joint.score(kana, form)
                    if j is not None:
                        joint[form] = j
        joint_floor = (min(joint.values()) if joint else 0.0) - JOINT_MARGIN
        total: dict[str, float] = {}
        rule_top = (max(known_rules) if known_rules else 0.0) - RULE_MARGIN
        joint_top = (max(joint.values()) if joint else 0.0) - JOINT_MARGIN
        for form, s in rules.items():
            prior = prior_weight * math.log1p(self.wikidata.latin_counts.get(form, 0))
            r = s if s is not None else rule_floor
            j = joint.get(form, joint_floor)
            if (s is None and form not in joint) or form in conventions:
                # a dictionary spelling of this very word neither model can produce (UniDic's
                # ウラジオストク-Vladivostok), or an English convention (Rachmaninoff): scored no lower than a
                # margin below the models' best
                r, j = max(r, rule_top), max(j, joint_top)
            total[form] = RULE_WEIGHT * r + JOINT_WEIGHT * j + prior + 2.2 * evidence.get(form, 0.0)
        return total

    # -- a full name ----------------------------------------------------------------------------------
    def transliterate(self, name: str, n: int = 5, place: bool | None = None) -> PartResult:
        """A katakana name, part by part, as English news spells it. `place` says whether it names a place;
        None where nothing says, and a single word in -sk is then read as a town."""
        name = unicodedata.normalize("NFKC", name).strip()
        regnal = REGNAL.match(name)
        if regnal:
            _, by_cyr = ru_given_names()
            stem, number = regnal.groups()
            num = int(number) if number.isdigit() else _KANJI_NUM.get(number, 0)
            given = self.by_kana.get(variant_key(stem))
            if given is not None and num:
                english = f"{given.regnal or given.english} {roman(num)}"
                return PartResult(english, "rule", 0.85, [english, f"{given.english} {roman(num)}"])
            office = ordinal_offices().get(variant_key(stem))
            if office is not None and num:  # (ダライ・ラマ14世: the 14th Dalai Lama)
                return PartResult(f"{ordinal(num)} {office}", "dictionary", 0.85,
                                  [f"{ordinal(num)} {office}", f"{office} {roman(num)}", office])
            # a pope or a Western monarch, every part a name they reign under (ヨハネ・パウロ2世: John Paul II)
            reigning = [regnal_names().get(variant_key(part)) for part in SEPARATORS.split(stem)]
            if num and all(reigning):
                english = f"{' '.join(reigning)} {roman(num)}"
                return PartResult(english, "dictionary", 0.85, [english])
        epithet = next((e for e in _EPITHETS if name.endswith(e) and len(name) > len(e)), None)
        given = self.by_kana.get(variant_key(name[: -len(epithet)])) if epithet else None
        if given is not None:
            english = f"{given.regnal or given.english} {_EPITHETS[epithet]}"
            return PartResult(english, "rule", 0.85, [english, f"{given.english} {_EPITHETS[epithet]}"])
        for suffix, pattern, alts in PLACE_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                stem = self.transliterate(name[: -len(suffix)], n=n, place=True)
                one_word = [a for a in stem.alternatives if " " not in a]
                if " " in stem.english and not SEPARATORS.search(name) and one_word:
                    # a region is named by the one word the katakana spells (ノヴゴロド州: Novgorod region,
                    # though the city is Veliky Novgorod)
                    stem = PartResult(one_word[0], stem.source, stem.confidence,
                                      [*one_word, *(a for a in stem.alternatives if " " in a)])
                if suffix in _ETHNIC_REGION_SUFFIXES and SEPARATORS.search(name[: -len(suffix)]):
                    # a region named after two peoples is hyphenated (ハンティ・マンシ自治管区: Khanty-Mansi)
                    stem = PartResult(stem.english.replace(" ", "-"), stem.source, stem.confidence,
                                      [a.replace(" ", "-") for a in stem.alternatives])
                if suffix == "共和国":
                    stem = self._territory(stem)
                if suffix == "州" and not self._post_soviet_place(stem.english):
                    # a state of another federation (ジョージア州, テキサス州: Georgia, Texas), not an oblast
                    pattern, alts = "{}", ["{} state", "{} State"]
                forms = [pattern.format(a) for a in stem.alternatives] or [pattern.format(stem.english)]
                alternatives = [pattern.format(stem.english)] + [a.format(stem.english) for a in alts]
                alternatives += [f for f in forms if f not in alternatives]
                return PartResult(pattern.format(stem.english), stem.source, min(stem.confidence, 0.85),
                                  alternatives[:n])
        whole = self._whole_name(name)
        if whole is not None:
            return whole
        adjective = next((a for a in _town_adjectives() if name.startswith(a) and len(name) - len(a) >= 2), None) \
            if not SEPARATORS.search(name) else None
        if adjective is not None:
            # a town's adjective written together with its name (ニジニータギル): read as the two words it is,
            # when that finds a town
            parted = self.transliterate(f"{adjective}・{name[len(adjective):]}", n=n, place=place)
            if parted.source == "dictionary":
                return parted
        parts = [p for p in SEPARATORS.split(name) if p]
        if len(parts) == 2 and parts[0] in _town_adjectives():
            # a town no dictionary knows whole, named by an adjective and a noun (ヴェリーキー・ノヴゴロド, ノーヴイ・
            # ウレンゴイ): the adjective as the newsroom writes it in towns' names (Veliky, Novy), the noun read as a place
            noun = self.word(parts[1], "only", n=n, place=True)
            adjective_english = _town_adjectives()[parts[0]]
            # (a noun the dictionary knows as the town already has its adjective: ノヴゴロド, Veliky Novgorod)
            forms = [a if " " in a and a[:4] == adjective_english[:4] else f"{adjective_english} {a}"
                     for a in noun.alternatives or [noun.english]]
            return PartResult(forms[0], noun.source, min(noun.confidence, 0.85), forms[:n])
        side = self._side_of_place(name, n)
        if side is not None:
            return side
        mouth = re.match(r"ウスチ[・＝=]?(.{2,})$", name)
        if mouth and not SEPARATORS.search(mouth.group(1)) and (
                "・" in name or self.word(name, "only", n=n, place=True).source != "dictionary"):
            # a town at a river's mouth (устье), named Ust- and the river (ウスチルガ: Ust-Luga); not a name
            # a dictionary knows whole (ウスチノフ: Ustinov)
            river = self.word(mouth.group(1), "only", n=n, place=True)
            forms = [f"Ust-{a}" for a in river.alternatives or [river.english]]
            return PartResult(f"Ust-{river.english}", river.source, min(river.confidence, 0.8), forms[:n])
        parts = [p for p in SEPARATORS.split(name) if p]
        if len(parts) == 3 and parts[1] == "ナ":  # X-na-Y: Komsomolsk-on-Amur, Rostov-on-Don
            x, y = self.word(parts[0], "only"), self.word(parts[2], "only")
            river = re.sub(r"[eu]$", "", y.english)
            english = f"{x.english}-on-{river}"
            return PartResult(english, "rule", min(x.confidence, y.confidence, 0.8),
                              [english, f"{x.english}-na-{y.english}"])
        if not parts:
            return PartResult("", "rule", 0.0, [])
        results = []
        first = self.by_kana.get(variant_key(parts[0])) if len(parts) > 1 else None
        ukrainian = first is not None and first.language == "uk"
        for i, part in enumerate(parts):
            position = "only" if len(parts) == 1 else "first" if i == 0 else "last" if i == len(parts) - 1 else "middle"
            # a word in -sk (スク, ツク) names a town, never a person (whose -sky is スキー), where nothing says which
            town = place is None and len(parts) == 1 and part.endswith(("スク", "ツク"))
            results.append(self.word(part, position, n=n, place=bool(place) or town, ukrainian=ukrainian and i > 0))
        english = " ".join(r.english for r in results)
        confidence = math.prod(r.confidence for r in results) ** (1 / max(1, len(results) - 0.5))
        confidence = min(confidence, min(r.confidence for r in results))
        source = min((r.source for r in results), key=["dictionary", "rule", "model"].index)
        if any(r.source == "rule" for r in results):
            source = "rule"
        if len(results) > 1:
            # the likeliest combinations of the parts' spellings: the least certain part varies first
            alternatives = _likeliest_combinations([r.ranked()[:n] for r in results], n)
            alternatives.insert(0, english)
            alternatives.append(results[-1].english)  # the surname alone
        else:
            alternatives = results[0].alternatives or [english]
        joiners = _joiners(name)
        if "-" in joiners:
            english = _rejoin(english, joiners)
            alternatives = [_rejoin(a, joiners) for a in alternatives]
        seen = []
        for a in alternatives:
            if a not in seen:
                seen.append(a)
        return PartResult(english, source, confidence, seen[:n])

    def _side_of_place(self, name: str, n: int) -> PartResult | None:
        """A town named from a side of another (セヴェロ・ザバイカリスク: Severo-Zabaikalsk) that no dictionary
        knows whole, where one knows the town after the side's adjective; else None."""
        prefix = next((k for k in _SIDE_PREFIXES if name.startswith(k)), None)
        rest = SEPARATORS.sub("", name[len(prefix):]) if prefix else ""
        if len(rest) < 3 or not rest.endswith("スク"):  # (a town's -sk: not a region, ザパドノ・シベリア)
            return None
        whole = self.word(SEPARATORS.sub("", name), "only", n=n, place=True)
        if whole.source == "dictionary":
            return None
        town = self.word(rest, "only", n=n, place=True)
        if town.source != "dictionary":
            return None
        side = _SIDE_PREFIXES[prefix]
        forms = [f"{side}-{a}" for a in town.alternatives or [town.english]]
        return PartResult(forms[0], "rule", min(town.confidence, 0.85), list(dict.fromkeys(
            [*forms[:1], f"{side}{town.english.lower()}", *forms[1:]]))[:n])

    @staticmethod
    def _territory(people: PartResult) -> PartResult:
        """A republic named after its people is named in English as Russian names the land (ブリヤート共和国:
        Buryatia, イングーシ共和国: Ingushetia, アディゲ共和国: Adygea): the first of the stem's spellings
        that, with a land's ending, is a place of the OpenCorpora dictionary. A stem that names a place
        itself (ダゲスタン, カレリア) or no such land keeps its spelling."""
        places = ru_lexicon_places()
        for form in [people.english, *people.alternatives]:
            low = form.lower()
            if " " in low:
                break
            for ending in _TERRITORY_ENDINGS:
                land = lexicon_key(low + ending)  # the key drops the y between vowels: Buryatia, Adygea
                if land in places:
                    english = "-".join(word.capitalize() for word in land.split("-"))
                    return PartResult(english, people.source, people.confidence,
                                      [english, *(a for a in people.alternatives if a != english)])
            if lexicon_key(low) in places:
                break
        return people

    def sounds_like(self, kana: str, english: str) -> bool:
        """True when the place name `english` is near a spelling the katakana `kana` reads as: not a former name
        GeoNames files under a town's new one (スヴェルドロフスク under Dovzhansk, コムソモリスク under Horishni
        Plavni), which names the town that bears it now."""
        # (the rules' spellings: the word's alternatives hold the dictionaries' towns, the new name among them)
        spelled = [latin_key(c.latin) for c in self.rules.candidates(SEPARATORS.sub("", kana), k=3)]
        return any(Levenshtein.normalized_distance(latin_key(english), a) <= FORMER_NAME_DISTANCE for a in spelled)

    def _whole_name(self, name: str) -> PartResult | None:
        """A place or full name known as a whole: a GeoNames town of several words (サンクトペテルブルク, ウラン・ウデ),
        or a name JMnedict lists whole (コムソモリスク・ナ・アムーレ), when its spelling fits."""
        # (English writes X-na-Y as X-on-Y without Y's case ending, Nikolayevsk-on-Amur, as GeoNames does not
        # always)
        towns = [on_river(t.english) for t in self.places.katakana(name)
                 if " " in t.english or "-" in t.english]
        if towns:
            # (the katakana must sound like the town's name: see sounds_like)
            towns = [t for t in towns if self.sounds_like(name, t)]
        if towns and not SEPARATORS.search(name):
            # the katakana spells one of the town's words only (ロストフ: Rostov, not Rostov Veliky; ノヴゴロド):
            # the name is that word, which other places share (the Rostov region is Rostov-on-Don's)
            words = {a.lower() for a in self.word(name, "only").alternatives[:2] if " " not in a}
            towns = [t for t in towns if not words & set(re.split(r"[ -]", t.lower()))]
        if towns:  # a town of several words GeoNames names so in katakana (サンクトペテルブルク, ウラン・ウデ)
            return PartResult(towns[0], "dictionary", 0.9, list(dict.fromkeys(towns)))
        if not SEPARATORS.search(name):
            # a place JMnedict lists as one katakana word, hyphenated in English (ナゴルノカラバフ: Nagorno-Karabakh)
            for hit in self.jmnedict.katakana(name):
                hyphenated = [latin for latin in hit.latin if "-" in latin and " " not in latin]
                # (spelled as the kana read, not merely near: ハンカ is no Al-Khankah)
                if "place" in hit.types and not SEPARATORS.search(hit.kana) and hyphenated and any(
                        Levenshtein.normalized_distance(latin_key(hyphenated[0]), latin_key(c.latin)) <= 0.2
                        for c in self.rules.candidates(name, k=3)):
                    english = re.sub(r"[A-Za-z]+", lambda m: newsroom(m.group()), hyphenated[0].replace("'", ""))
                    return PartResult(english, "dictionary", 0.9, [english])
            return None
        for hit in self.jmnedict.katakana(name):
            parts = [p for p in SEPARATORS.split(name) if p]
            for latin in hit.latin:
                # the whole name as the katakana has it: Yevgeni Maksimovich Primakov is not エフゲニー・プリマコフ
                if ("-" in latin or " " in latin) and len(latin.split()) in (1, len(parts)):
                    if hit.types & {"place", "person", "surname", "unclass", "given"}:
                        # English writes X-na-Y as X-on-Y without the case ending (Rostov-on-Don), no apostrophes
                        english = on_river(latin.replace("'", ""))
                        # each word in the newsroom's spelling (Nizhnii → Nizhny, Kamchatskii → Kamchatsky)
                        english = re.sub(r"[A-Za-z]+", lambda m: newsroom(m.group()), english)
                        words = english.split(" ")
                        given = self.by_kana.get(variant_key(parts[0]))
                        if given is not None and len(words) == len(parts) > 1 and words[0].lower() in [
                                a.lower() for a in given.alternatives]:
                            # the given name as the news agencies spell it (Aleksandr Pushkin → Alexander)
                            english = " ".join([given.english, *words[1:]])
                        pieces = re.split(r"[ -]", english)  # (a double surname's halves: Garin-Mikhailovsky)
                        if len(pieces) == len(parts) > 1 and any(self._contradicted(part, word)
                                                                 for part, word in zip(parts, pieces)):
                            continue  # a misspelt entry (アスラン・マスハドフ 'Aslan Markhadov'): part by part
                        forms = list(dict.fromkeys([english, latin]))
                        return PartResult(english, "dictionary", 0.9, forms)
        return None


@functools.lru_cache(maxsize=1)
def _town_adjectives() -> dict[str, str]:
    """The Russian adjectives that begin a town's katakana name (ニジニー, ボリショイ: place_prefixes.txt), the
    longest first, each with its English in a town's name (Nizhny, Bolshoi)."""
    rows = [row for row in data_lines("place_prefixes.txt") if row[1:2] == ["adjective"]]
    return {row[0]: row[2] for row in sorted(rows, key=lambda row: -len(row[0]))}


def _initial(latin: str) -> str:
    """The first sound of a Latin spelling as katakana writes it: a Ye- is the E- it is written with (エ)."""
    key = latin_key(latin)
    return key[1] if key.startswith("ye") else key[:1]


def _unspelled(kana: str, form: str) -> bool:
    """True when lowercase `form` has letters no Russian name's katakana `kana` writes so: a j where it has no ジ
    (a y spelled the German or Polish way: ヤン is Yan, not Jan), an sh where it has no シ (an s before an h: スホ
    is sukh, ш is always シ), a ch where it has no チ (ч is always チ: ニコル is Nikol, not the English Nichol; shch
    is щ), a yo where it has no ョ or ヨ (デグチャレフ is Degtyarev, though Wikidata spells one Degtyaryov)."""
    return ("j" in form and not _J_KANA.search(kana)) or ("sh" in form and "シ" not in kana) or \
        (_CH_NOT_SHCH.search(form) and "チ" not in kana) or ("yo" in form and not _YO_KANA.search(kana))


def ranked_by(total: dict[str, float]) -> list[str]:
    """The spellings of `total`, best score first."""
    return sorted(total, key=lambda f: -total[f])
