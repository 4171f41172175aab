"""Korean names → English, in the DPRK's own style (Kim Jong Un) or the ROK's (Park Geun-hye).

Work goes through Hangul: hanja are read with KANJIDIC2's Korean readings (金 as a surname is 김),
a katakana reading picks among a character's readings (or, alone, is turned back into Hangul), and
the Hangul is romanized: for the North with McCune–Reischauer-style spellings as KCNA prints them
(each syllable a capitalised word, Ri/Ro kept), for the South with Revised Romanization, conventional
surnames (Lee, Park, Choi) and a hyphenated given name, the initial-sound rule applied.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice, product

from rapidfuzz.distance import Levenshtein

from glossary.translit.dictionary import Jmnedict, ko_surnames, to_katakana

# Hangul jamo indices (Unicode composition: 19 initials × 21 medials × 28 finals).
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
          "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

# Revised Romanization (ROK) and McCune–Reischauer without diacritics (DPRK/KCNA usage).
RR_INITIAL = dict(zip(INITIALS, ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
                                 "p", "h"]))
MR_INITIAL = dict(zip(INITIALS, ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh",
                                 "th", "ph", "h"]))
MR_VOICED = {"ㄱ": "g", "ㄷ": "d", "ㅂ": "b", "ㅈ": "j"}
RR_MEDIAL = dict(zip(MEDIALS, ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
                               "we", "wi", "yu", "eu", "ui", "i"]))
MR_MEDIAL = dict(zip(MEDIALS, ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
                               "we", "wi", "yu", "u", "ui", "i"]))
_FINAL_SOUND = {"ㄱ": "k", "ㄲ": "k", "ㄳ": "k", "ㄺ": "k", "ㅋ": "k", "ㄴ": "n", "ㄵ": "n", "ㄶ": "n", "ㄷ": "t", "ㅅ": "t",
                "ㅆ": "t", "ㅈ": "t", "ㅊ": "t", "ㅌ": "t", "ㅎ": "t", "ㄹ": "l", "ㄼ": "l", "ㄽ": "l", "ㄾ": "l", "ㅀ": "l",
                "ㅁ": "m", "ㄻ": "m", "ㅂ": "p", "ㅄ": "p", "ㅍ": "p", "ㄿ": "p", "ㅇ": "ng", "": ""}

# Given-name syllables whose non-RR spelling is the one South Koreans mostly choose for their own names
# (passports, bylines): Hee, Sung, Soo, Young, Hyun, Hyung, Wook, Kyu, Keon, Byung, Kang, Joon, Doo, Hoo, Duck, Sup, Sun
# (선), Soon (순), Sook (숙), Koo (구). Other syllables keep Revised Romanization as first choice (Seok, Cheol are
# split), their popular spelling coming as an alternative.
ROK_USUAL = {"hui": "hee", "seong": "sung", "su": "soo", "yeong": "young", "hyeon": "hyun", "uk": "wook", "gyu": "kyu",
             "u": "woo", "myeong": "myung", "gyeong": "kyung", "hyeok": "hyuk", "mu": "moo", "hun": "hoon",
             "guk": "kuk", "ui": "eui", "gi": "ki", "gwan": "kwan", "gwang": "kwang", "geon": "keon",
             "byeong": "byung", "gang": "kang", "jun": "joon", "du": "doo", "hu": "hoo", "deok": "duck",
             "seop": "sup", "jeong": "jung", "seon": "sun", "sun": "soon", "suk": "sook", "gu": "koo",
             "hyeong": "hyung"}

# Onsets a katakana row implies for a syllable inside a word (after a vowel, ン, ル or ム).
_MEDIAL_ONSET = {**{k: "ㅊ" for k in "チ"}, **{k: "ㅈ" for k in "ジ"}, **{k: "ㅌ" for k in "タテト"},
                 **{k: "ㄷ" for k in "ダデド"}, **{k: "ㅍ" for k in "パピプペポ"}, **{k: "ㅂ" for k in "バビブベボ"}}

# what a syllable's voicing that the reading contradicts adds to its distance: it only breaks ties between hanja
# readings that differ in ㄷ/ㅌ, ㅈ/ㅊ or ㅂ/ㅍ alone (台: 태 or 대, read デ in 万景台 マンギョンデ)
VOICING_MISMATCH = 0.05


def _voicing_mismatches(syllables: Sequence[str], chunks: Sequence[str]) -> int:
    """How many syllables after the first have an onset that the katakana chunk read for them contradicts:
    inside a word Japanese writes ㅈ ㄷ ㅂ voiced (ジ デ ブ) and ㅊ ㅌ ㅍ unvoiced (チ テ プ)."""
    count = 0
    for i in range(1, min(len(syllables), len(chunks))):
        want = _MEDIAL_ONSET.get(chunks[i][:1])
        onset = decompose(syllables[i])[0] if syllables[i] else ""
        if want and chunks[i - 1][-1:] not in "ックプト" and onset and onset in "ㅈㅊㄷㅌㅂㅍ" and onset not in want:
            count += 1
    return count


HANGUL = re.compile(r"^[\s・·]*[\uac00-\ud7a3][\uac00-\ud7a3\s・·]*$")  # at least one syllable
HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]+$")


NG_NAME_WEIGHT = 3.0  # how much likelier a name's syllable read ン ends in ㅇ than in ㄴ (정 영 성 over 전 연 선)


def decompose(syllable: str) -> tuple[str, str, str]:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        raise ValueError(f"not a Hangul syllable: {syllable}")
    return INITIALS[code // 588], MEDIALS[(code % 588) // 28], FINALS[code % 28]


def compose(initial: str, medial: str, final: str = "") -> str:
    return chr(0xAC00 + INITIALS.index(initial) * 588 + MEDIALS.index(medial) * 28 + FINALS.index(final))


def initial_sound_rule(syllable: str) -> str:
    """The South's 두음법칙 at the start of a word: 리 → 이, 로 → 노, 녀 → 여."""
    ini, med, fin = decompose(syllable)
    if ini == "ㄹ":
        ini = "ㅇ" if med in "ㅑㅕㅖㅛㅠㅣ" else "ㄴ"
    elif ini == "ㄴ" and med in "ㅑㅕㅖㅛㅠㅣ":
        ini = "ㅇ"
    return compose(ini, med, fin)


def _liquid_twin(syllable: str) -> str | None:
    """The syllable with ㄹ for ㄴ at its start (녕 → 령), or for a silent ㅇ before i or y (異 이, but 리 in
    지리산 智異山, チリサン), or None when it starts otherwise. (Not ㄴ for ㄹ: a reading hears ㄹ as ㄴ after
    a consonant, 마식령 マシンニョン, where the spelling keeps ㄹ.)"""
    ini, med, fin = decompose(syllable)
    return compose("ㄹ", med, fin) if ini == "ㄴ" or (ini == "ㅇ" and med in _I_OR_Y_VOWELS) else None


_I_OR_Y_VOWELS = frozenset("ㅣㅑㅕㅛㅠㅖ")  # the vowels before which the initial-sound rule drops ㄹ


def vowel_liaison(syllables: str) -> str:
    """The South's spelling of 렬/률 inside a word after a vowel or ㄴ: 열/율 (태렬 → 태열, Tae-yeol), as in
    나열, 비율. The North keeps 렬 (Han Song Ryol)."""
    out = syllables[:1]
    for syl in syllables[1:]:
        if syl in ("렬", "률") and decompose(out[-1])[2] in ("", "ㄴ"):
            ini, med, fin = decompose(syl)
            syl = compose("ㅇ", med, fin)
        out += syl
    return out


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def mr_syllables(syllables: str, voiced_start: bool = False, place: bool = False) -> list[str]:
    """MR-style romanization of each syllable. In a word, ㄱㄷㅂ after a voiced sound become g d b (Kaesong
    but Kanggye). ㅈ is j at the start of a word, as the DPRK writes its names and places (Jagang, Junghwa);
    inside a place's name it is ch where not voiced."""
    out = []
    prev_final = None
    for i, syl in enumerate(syllables):
        ini, med, fin = decompose(syl)
        if i == 0 and not voiced_start:
            onset = MR_INITIAL[ini]
            if place and ini in "ㅋㅌㅍ":
                onset = onset[0]  # place names drop the aspiration mark: Pyongyang, not Phyongyang
        else:
            voiced = voiced_start if i == 0 else _FINAL_SOUND[prev_final] in ("", "n", "ng", "m", "l")
            if ini in MR_VOICED and (voiced or not place):
                onset = MR_VOICED[ini]
            elif place and ini == "ㅈ":
                onset = "ch"
            else:
                onset = MR_INITIAL[ini]
                if place and ini in "ㅋㅌㅍ":
                    onset = onset[0]
            if ini == "ㄹ" and place and prev_final == "ㄹ":
                onset = "l"  # (in one word; a person's syllables are words of their own: Jong Il Ryong)
            if ini == "ㄹ" and place and prev_final == "ㄴ":
                onset = "l"  # ㄴㄹ is said ll: Silla, Chollima
                out[-1] = out[-1][:-1] + "l"
            if ini in "ㄴㅁ" and place and prev_final == "ㄱ":
                out[-1] = out[-1][:-1] + "ng"  # ㄱ before a nasal is said ng: Paengnyong
            if ini == "ㅇ" and place and prev_final == "ㄹ":
                out[-1] = out[-1][:-1] + "r"  # a final ㄹ before a vowel is r: Chorwon
        vowel = MR_MEDIAL[med]
        if ini == "ㅇ" and not onset:
            onset = ""
        out.append(onset + vowel + _FINAL_SOUND[fin])
        prev_final = fin
    return out


def rr_syllable(syl: str) -> str:
    ini, med, fin = decompose(syl)
    return RR_INITIAL[ini] + RR_MEDIAL[med] + {"ㄱ": "k", "ㄹ": "l"}.get(fin, _FINAL_SOUND[fin])


def rr_word(syllables: str) -> str:
    """Revised Romanization of one word, with the commonest sound changes at syllable joins (Jongno, Silla)."""
    out = ""
    prev = None
    for syl in syllables:
        ini, med, fin = decompose(syl)
        onset = RR_INITIAL[ini]
        if prev is not None:
            pf = prev
            if ini == "ㄹ" and pf in ("ㄴ", "ㄹ"):
                onset = "l"
                if pf == "ㄴ":
                    out = out[:-1] + "l"
            elif ini == "ㄹ" and pf in ("ㅇ", "ㅁ", "ㄱ", "ㅂ"):
                onset = "n"
                if pf in ("ㄱ", "ㅂ"):  # and the consonant before the n is nasal too: 백령 Baengnyeong
                    out = out[:-1] + ("ng" if pf == "ㄱ" else "m")
            elif ini in ("ㄴ", "ㅁ") and pf in ("ㄱ", "ㅂ"):
                out = out[:-1] + ("ng" if pf == "ㄱ" else "m")  # (Simman)
            elif ini == "ㅇ" and pf == "ㄹ":
                out = out[:-1] + "r"  # a final ㄹ before a vowel is r: Cheorwon
        out += onset + RR_MEDIAL[med] + {"ㄱ": "k", "ㄹ": "l"}.get(fin, _FINAL_SOUND[fin])
        prev = fin
    return out


# ---------------------------------------------------------------------------------------------------
# Katakana readings ↔ Hangul: both sides are reduced to a rough Latin skeleton that ignores what Japanese
# spelling cannot show (voicing, n/ng, vowel length, ㅓ/ㅗ) and compared by edit distance.
_KANA_ROMAJI = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo", "シャ": "sya", "シュ": "syu",
    "ショ": "syo", "シェ": "se", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ジェ": "je", "チャ": "cha", "チュ": "chu",
    "チョ": "cho", "チェ": "che", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo",
    "ビャ": "bya", "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "ミャ": "mya", "ミュ": "myu",
    "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ファ": "hwa", "フィ": "hwi", "フェ": "hwe", "フォ": "hwo",
    "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "クァ": "kwa", "クォ": "kwo", "グァ": "gwa", "グォ": "gwo", "ティ": "ti",
    "ディ": "di", "トゥ": "tu", "ドゥ": "du", "イェ": "ye",
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "サ": "sa", "シ": "si", "ス": "su", "セ": "se", "ソ": "so",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ダ": "da", "デ": "de", "ド": "do", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi",
    "フ": "hu", "ヘ": "he", "ホ": "ho", "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi",
    "プ": "pu", "ペ": "pe", "ポ": "po", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu",
    "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ン": "N", "ッ": "Q", "ー": "",
}
_CODA_KANA = {"ン": "N", "ム": "m", "ル": "r", "ク": "Q", "プ": "Q", "ッ": "Q", "ト": "Q"}


_CODA_ALONE = frozenset("ムルクプ")


def _fold(s: str) -> str:
    """The skeleton: voicing, aspiration, n/ng, stop codas and vowel quality Japanese cannot show are folded."""
    s = s.replace("ng", "N").replace("chh", "ch").replace("ts", "ch").replace("sh", "s").replace("kh", "k")
    s = s.replace("th", "t").replace("ph", "p").replace("j", "ch").replace("z", "ch").replace("f", "h")
    s = s.translate(str.maketrans({"g": "k", "d": "t", "b": "p", "l": "r", "n": "N"}))
    s = re.sub(r"(?<=[^aeiouy])w(?=[ei])", "", s)  # 최 choe ~ チェ che
    s = s.replace("oe", "e").replace("ae", "e").replace("eo", "o").replace("eu", "u").replace("ui", "i")
    s = s.replace("ye", "e").replace("wa", "wa")
    return s


def kana_skeleton(kana: str) -> str:
    """The skeleton of a katakana (or hiragana) reading, comparable with `hangul_skeleton`."""
    kana = to_katakana(re.sub(r"[・･=＝\s]", "", unicodedata.normalize("NFKC", kana)))
    out = []
    i = 0
    after_vowel = False  # whether the last kana carried a vowel a coda can close
    while i < len(kana):
        two, one = kana[i:i + 2], kana[i]
        if len(two) == 2 and two in _KANA_ROMAJI:
            out.append(_KANA_ROMAJI[two])
            after_vowel = True
            i += 2
            continue
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        # ム ル ク プ as codas: after a syllable's vowel, before another consonant kana or at the end (not
        # before ー, which lengthens their vowel: プーチン; nor before ン, which needs a vowel of its own:
        # ギムン). At the start or after another coda they carry their own vowel (クム 금: ク is the onset)
        if one in "ムルクプ" and after_vowel and (not nxt or nxt == "ッ" or (
                nxt not in "ンー" and _KANA_ROMAJI.get(nxt, "a")[:1] not in "aiueoy")):
            out.append({"ム": "m", "ル": "r", "ク": "Q", "プ": "P"}[one])
            after_vowel = False
        else:
            out.append(_KANA_ROMAJI.get(one, ""))
            after_vowel = one not in "ンッ"
        i += 1
    return _unfold_codas(_fold("".join(out)))


def _unfold_codas(skeleton: str) -> str:
    """Stop codas in the skeleton: ㄱ (ク, or ッ whose sound the next kana decides) is k, ㅂ (プ) is p.
    Japanese keeps the two apart (ソプ 섭, ソク 석), so the skeleton does too."""
    return skeleton.replace("Q", "k").replace("P", "p")


def hangul_skeleton(syllables: str) -> str:
    out = []
    for syl in syllables:
        ini, med, fin = decompose(syl)
        onset = {"ㅇ": ""}.get(ini, MR_INITIAL[ini])
        coda = {"k": "Q", "t": "Q", "p": "P"}.get(_FINAL_SOUND[fin], _FINAL_SOUND[fin])
        out.append(onset + MR_MEDIAL[med] + coda)
    return _unfold_codas(_fold("".join(out)))


def reading_distance(hangul: str, kana: str) -> float:
    return Levenshtein.normalized_distance(hangul_skeleton(hangul), kana_skeleton(kana))


# ---------------------------------------------------------------------------------------------------
@dataclass
class KoReading:
    """A Korean name as Hangul, split into surname and given name (given is '' for places), with how sure."""

    surname: str
    given: str
    distance: float  # 0 = the reading agrees exactly; 1 = no reading to compare, or nothing alike
    from_reading: bool = False
    others: list[KoReading] = field(default_factory=list)  # readings as likely as this one, when any


class KoreanNames:
    def __init__(self, jmnedict: Jmnedict):
        self.jmnedict = jmnedict
        self.surnames_by_hangul, self.surnames_by_hanja = ko_surnames()
        self._syllable_prior: dict[str, float] | None = None

    # -- hanja → hangul ----------------------------------------------------------------------------
    def hanja_readings(self, char: str) -> list[str]:
        return self.jmnedict.hanja.get(char, [])

    def split_surname(self, han: str) -> tuple[str, str]:
        for length in (2, 1):
            if len(han) > length and han[:length] in self.surnames_by_hanja:
                return han[:length], han[length:]
        return han[:1], han[1:]

    def read_hanja(self, han: str, reading: str | None = None, person: bool = True) -> KoReading | None:
        """Hangul for a hanja name; with a katakana `reading`, the readings that sound like it win."""
        if person:
            sur_han, given_han = self.split_surname(han)
        else:
            sur_han, given_han = "", han
        sur_options: list[str] = []
        if sur_han:
            table = self.surnames_by_hanja.get(sur_han)
            if table is not None:
                sur_options.append(table.hangul)
            if len(sur_han) == 1:
                sur_options += [r for r in self.hanja_readings(sur_han) if r not in sur_options]
            if not sur_options:
                return None
        given_chunks = self._given_chunks(reading, len(given_han), person) if reading else None
        per_char = []
        guessed = 0
        for i, ch in enumerate(given_han):
            options = self.hanja_readings(ch)
            if not options and given_chunks:
                # KANJIDIC2 gives no Korean reading for this hanja (蕙): the reading's syllable stands in,
                # a guess among the syllables that sound alike (혜 해 회 are all ヘ)
                options = [syl for _, syl in self._index().get(kana_skeleton(given_chunks[i]), [])]
                guessed += 1
            if not options:
                return None
            options = options[:4]
            if given_chunks:
                # a hanja read with ㄴ in one word and ㄹ in another (寧: 안녕, but 보령 ポリョン): the reading decides
                options += [o for o in map(_liquid_twin, options) if o and o not in options]
                # and a hanja a word reads with ㄹ for its own initial (丹 단, but 牡丹 모란: モラン): the syllable
                # the reading writes, where nothing else tells them apart (not a sound the syllable before
                # changes: 덕훈 is ドックン)
                heard = kana_skeleton(given_chunks[i])
                if all(hangul_skeleton(o) != heard and hangul_skeleton(initial_sound_rule(o)) != heard
                       for o in options):
                    rhymes = {decompose(o)[1:] for o in options}
                    options += [syl for _, syl in self._index().get(heard, []) if decompose(syl)[0] == "ㄹ"
                                and decompose(syl)[1:] in rhymes and syl not in options][:1]
            per_char.append(options)
        # the hanja of a place or a given name read first as the family name they also are (金: 김, not 금)
        surname_read = []
        if person or reading is None:
            for i, ch in enumerate(given_han):
                family = self.surnames_by_hanja.get(ch)
                options = per_char[i]
                if family is not None and len(options) > 1 and options[0] == family.hangul \
                        and self.syllable_prior().get(family.hangul, 0.0) <= 1.0:
                    # KANJIDIC2 lists first a reading the family name alone has (金: 김, no other hanja's); a place
                    # or a given name reads the hanja as a word does (金剛山 금강산, 朴金喆 박금철), unless a town of
                    # the family's reading is known (金浦 김포: see _korean_place)
                    per_char[i] = options[1:2] + options[:1] + options[2:]
                    surname_read.append(i)
        # the first 400 combinations (a long string of hanja has more than memory holds)
        combos = list(islice(product(sur_options[:3] or [""], *per_char), 400))
        scored = []
        for rank, combo in enumerate(combos):
            surname, given = combo[0], "".join(combo[1:])
            if reading:
                ruled_given = initial_sound_rule(given[0]) + given[1:] if given else given
                # the initial-sound rule touches the first syllable only (a two-syllable surname: 남궁)
                ruled_surname = initial_sound_rule(surname[0]) + surname[1:] if surname else ""
                dist = min(reading_distance(surname + given, reading),
                           reading_distance(ruled_surname + given, reading) if surname else 9,
                           reading_distance(ruled_surname + ruled_given, reading) if surname else 9)
                if not surname and given:  # a place: the initial-sound rule on its first syllable (례천 → 예천)
                    dist = min(dist, reading_distance(ruled_given, reading))
                if given_chunks:
                    dist += VOICING_MISMATCH * _voicing_mismatches(combo[1:], given_chunks)
            else:
                dist = 1.0
            scored.append((dist, rank, surname, given))
        if not scored:
            return None
        scored.sort()
        dist, _, surname, given = scored[0]
        # where the hanja had to be guessed from the reading, the other syllables that sound just as
        # alike are kept: they are the alternatives a reviewer should see (성혜림 or 성회림 for ソン・ヘリム)
        others = []
        if surname_read and reading is None:
            chars = list(given)
            for i in surname_read:
                chars[i] = per_char[i][1]
            others.append(KoReading(surname, "".join(chars), dist))
        if guessed:
            for d, _, sur, giv in scored[1:]:
                if d == dist and (sur, giv) != (surname, given) and len(others) < 2:
                    others.append(KoReading(sur, giv, d + 0.15 * guessed))
        return KoReading(surname, given, dist + 0.15 * guessed, others=others)

    def _given_chunks(self, reading: str, count: int, person: bool = True) -> list[str] | None:
        """The syllable chunks of a reading's given name (all parts after the first; a place's whole reading),
        when there are exactly `count` of them: one per hanja of the given name."""
        parts = [p for p in re.split(r"[・･=＝\s]+", unicodedata.normalize("NFKC", reading)) if p]
        if person and len(parts) < 2:
            return None
        chunks = [c for part in parts[1 if person else 0:] for c in self.kana_chunks(part)]
        if person and len(chunks) != count and len(parts) == 2:
            chunks = self.given_name_chunks(parts[1], count)
        return chunks if len(chunks) == count else None

    # -- katakana reading → hangul ------------------------------------------------------------------
    def syllable_prior(self) -> dict[str, float]:
        """How often a Hangul syllable is the reading of a kanji (KANJIDIC2): a prior for reading-only names."""
        if self._syllable_prior is None:
            counts: dict[str, float] = {}
            for readings in self.jmnedict.hanja.values():
                for i, r in enumerate(readings):
                    counts[r] = counts.get(r, 0.0) + (1.0 if i == 0 else 0.5)
            self._syllable_prior = counts
        return self._syllable_prior

    def _index(self) -> dict[str, list[tuple[float, str]]]:
        if not hasattr(self, "_skeleton_index"):
            index: dict[str, list[tuple[float, str]]] = {}
            for syl, weight in self.syllable_prior().items():
                if len(syl) == 1 and "\uac00" <= syl <= "\ud7a3":
                    # names favour -ng syllables (정 영 성 over 전 연 선): Japanese ン cannot tell them apart
                    ini, med, fin = decompose(syl)
                    weight *= NG_NAME_WEIGHT if fin == "ㅇ" else 1.0
                    if med in "ㅚㅙㅞ" and ini not in "ㅈㅊㅉ":
                        # Japanese writes these diphthongs with a small ェ (フェ 회, クェ 괴); a plain ヘ or ケ is
                        # seldom one. Only after ㅈ ㅊ is the plain kana usual (チェ 최)
                        weight *= 0.3
                    index.setdefault(hangul_skeleton(syl), []).append((weight, syl))
                    rule = initial_sound_rule(syl)
                    if rule != syl:
                        index.setdefault(hangul_skeleton(rule), []).append((weight * 0.8, rule))
            for key in index:
                index[key].sort(reverse=True)
            self._skeleton_index = index
        return self._skeleton_index

    def sounds_korean(self, chunk: str) -> bool:
        """Whether a katakana chunk (one of `kana_chunks`) is how Japanese writes some Korean syllable."""
        return kana_skeleton(chunk) in self._index()

    def kana_chunks(self, kana: str) -> list[str]:
        """Split a katakana word into Korean-syllable chunks: a mora plus an optional coda (ン ム ル ク プ ッ)."""
        chunks: list[str] = []
        i = 0
        small = "ャュョァィゥェォ"
        while i < len(kana):
            j = i + 1
            if j < len(kana) and kana[j] in small:
                j += 1
            while j < len(kana) and kana[j] == "ー":
                j += 1
            if j < len(kana) and kana[j] in "ンッ":
                j += 1
            elif j < len(kana) and kana[j] in "ムルクプ":
                after = kana[j + 1] if j + 1 < len(kana) else ""
                # not before ン: ン closes a syllable that needs its own vowel (ギムン is 기문, not 김+ン)
                if not after or (after not in small and after not in "ーン" and after not in "アイウエオヤユヨワ"):
                    j += 1
            chunks.append(kana[i:j])
            i = j
        return chunks

    def given_name_chunks(self, kana: str, count: int = 2) -> list[str]:
        """`kana_chunks` of a given name, a lone ム ル ク プ taken as the coda before it where that makes the
        `count` syllables most given names have (イル|ウ 일우, not イ|ル|ウ)."""
        chunks = self.kana_chunks(kana)
        if len(chunks) == count + 1:
            for i in range(1, len(chunks)):
                if chunks[i] in _CODA_ALONE and chunks[i - 1][-1] not in "ンッムルクプ":
                    return [*chunks[:i - 1], chunks[i - 1] + chunks[i], *chunks[i + 1:]]
        return chunks

    def read_kana(self, reading: str, person: bool = True) -> KoReading | None:
        """Hangul for a katakana reading alone: each chunk → the commonest syllable that sounds like it."""
        parts = [p for p in re.split(r"[・･=＝\s]+", unicodedata.normalize("NFKC", reading)) if p]
        if not parts:
            return None
        index = self._index()
        words = []
        # Japanese media write a name as it is said whole: a given name's first consonant after a surname
        # ending in a vowel or nasal is voiced as inside a word (キム・ジョンウン 정, but チョン・テファ 태), so the
        # previous chunk carries over from one part to the next
        prev = ""
        for n, part in enumerate(parts):
            syls = ""
            for chunk in self.given_name_chunks(part) if person and n else self.kana_chunks(part):
                # a chunk that is one of ム ル ク プ alone is a syllable of its own (スン|ム: 승무), not a coda
                key = _fold(_KANA_ROMAJI[chunk]) if chunk in _CODA_ALONE else kana_skeleton(chunk)
                options = index.get(key)
                if not options:
                    # the nearest skeleton
                    near = min(index, key=lambda k: (Levenshtein.distance(k, key), -len(index[k])))
                    options = index[near]
                want = _MEDIAL_ONSET.get(chunk[0]) if prev and prev[-1] not in "ックプト" else None
                if want:
                    # inside a word Japanese writes ㅈ ㄷ ㅂ voiced (ジ デ ブ) and ㅊ ㅌ ㅍ unvoiced (チ テ プ):
                    # Yong Chun is ヨンチュン, Ju Yong ジュヨン
                    preferred = [o for o in options if decompose(o[1])[0] in want]
                    options = preferred or options
                syls += options[0][1]
                prev = chunk
            words.append(syls)
        if person and len(parts) >= 2:
            # the surname is one of a short list: the commonest table surname that sounds like it (チェ → 최)
            key = kana_skeleton(parts[0])
            for hangul in self.surnames_by_hangul:
                if key in (hangul_skeleton(hangul), hangul_skeleton(initial_sound_rule(hangul[0]) + hangul[1:])):
                    words[0] = hangul
                    break
        if person:
            if len(words) == 1:
                return KoReading(words[0][:1], words[0][1:], 0.5, True)
            return KoReading(words[0], "".join(words[1:]), 0.5, True)
        return KoReading("", "".join(words), 0.5, True)

    def read_hangul(self, text: str, person: bool = True) -> KoReading:
        words = [w for w in re.split(r"[\s・·]+", text) if w]
        if len(words) >= 2:
            return KoReading(words[0], "".join(words[1:]), 0.0)
        word = words[0]
        if person:
            for length in (2, 1):
                if len(word) > length + 1 and word[:length] in self.surnames_by_hangul:
                    return KoReading(word[:length], word[length:], 0.0)
            return KoReading(word[:1], word[1:], 0.0)
        return KoReading("", word, 0.0)

    # -- romanization ---------------------------------------------------------------------------------
    def dprk_person(self, r: KoReading) -> list[str]:
        """Kim Jong Un: each syllable a capitalised word; the surname from the table when it has one."""
        table = self.surnames_by_hangul.get(r.surname)
        surname = table.dprk if table else " ".join(cap(s) for s in mr_syllables(r.surname))
        given = [cap(s) for s in mr_syllables(r.given, voiced_start=False)] if r.given else []
        if given:
            # later syllables of the given name: ㄱㄷㅂ written voiced (Kim Kye Gwan, Ri Yong Gil)
            given = [given[0]] + [cap(s) for s in mr_syllables(r.given, voiced_start=True)[1:]]
        primary = " ".join([surname] + given)
        hyphen = surname + (" " + "-".join([given[0]] + [g.lower() for g in given[1:]]) if given else "")
        first_unvoiced = " ".join([surname] + [cap(s) for s in mr_syllables(r.given)]) if r.given else primary
        # foreign newsrooms drop the aspiration's h after P in a person's name (Kim Pyong Il, Jang Pyong San for
        # the DPRK's Phyong), as in Pyongyang; after K and T they mostly keep it (Thae Yong Ho)
        plain = re.sub(r"\b([KP])h(?=[aeiouwy])", r"\1", primary)
        newsroom = re.sub(r"\bPh(?=[aeiouwy])", "P", primary)
        out = []
        for form in (newsroom, primary, hyphen, first_unvoiced, plain):
            if form not in out:
                out.append(form)
        return out

    def rok_person(self, r: KoReading, keep_given_initial: bool = False) -> list[str]:
        """Park Geun-hye: conventional surname, Revised-Romanization given name with a hyphen, popular variants.
        With `keep_given_initial`, the given name keeps the ㄹ its bearer reads (孔魯明 read コン・ロミョン: Kong Ro-myung)."""
        surname_south = "".join(initial_sound_rule(s) if i == 0 else s for i, s in enumerate(r.surname))
        surname_rr = cap(rr_word(surname_south))
        table = self.surnames_by_hangul.get(r.surname) or self.surnames_by_hangul.get(surname_south)
        surnames = [table.rok] + table.rok_alternatives if table is not None else [surname_rr]
        if not r.given:
            return surnames
        # the South applies the initial-sound rule to a given name's first syllable too (龍 룡 → 용: Kim Yong-hyun)
        first = r.given[0] if keep_given_initial else initial_sound_rule(r.given[0])
        given_hangul = vowel_liaison(first + r.given[1:])
        syllables = [rr_syllable(s) for s in given_hangul]
        usual = [ROK_USUAL.get(s, s) for s in syllables]
        popular = [self._popular(s) for s in syllables]
        variants = []
        for v in (usual, syllables, popular):
            if v not in variants:
                variants.append(v)
        out = []
        spaced = [f"{sur} {' '.join(cap(s) for s in variants[0])}" for sur in surnames[:2]]
        hyphened = [[f"{sur} {cap('-'.join(syls))}" for syls in variants] for sur in surnames[:2]]
        # the whole name in Revised Romanization (Jeong Ju-yeong, Go Geon): the spelling of official ROK
        # documents, and of anyone whose own spelling is not known
        revised = f"{surname_rr} {cap('-'.join(syllables))}"
        # the order: conventional surname with the usual and the Revised given name, the whole name
        # Revised, the conventional surname's other spellings, the spaced form, the other surname spellings
        for form in hyphened[0][:2] + [revised] + hyphened[0][2:] + spaced[:1] + \
                [f for forms in hyphened[1:] for f in forms] + spaced[1:]:
            if form not in out:
                out.append(form)
        return out

    @staticmethod
    def _popular(syl: str) -> str:
        """The spelling Southerners most often choose for a given-name syllable (hee, soo, sung, young, joon)."""
        table = {"hui": "hee", "su": "soo", "seong": "sung", "yeong": "young", "jun": "joon", "ju": "joo",
                 "hyeon": "hyun", "cheol": "chul", "seok": "suk", "gyu": "kyu", "du": "doo", "uk": "wook",
                 "jung": "joong", "gyeong": "kyung", "hun": "hoon", "yun": "yoon", "geon": "keon"}
        return table.get(syl, syl)

    def north_place(self, hangul: str) -> str:
        return "".join(mr_syllables(hangul, place=True))

    def south_place(self, hangul: str) -> str:
        # the South writes a place's name with the initial-sound rule too (려수 → 여수 Yeosu, 룡인 → 용인 Yongin)
        return rr_word(initial_sound_rule(hangul[0]) + hangul[1:]) if hangul else ""
