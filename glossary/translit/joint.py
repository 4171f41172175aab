"""A joint-sequence (katakana unit : Latin chunk) n-gram model of name spellings, learned from Wikidata.

Katakana is cut into units deterministically (a kana with its small kana and long marks; ッ joins the
unit after it; ン stands alone). Training (`train`, run offline by `glossary.translit.derive`) aligns each
katakana↔Latin name token with EM (each unit spells 0–4 Latin letters), takes the best alignment of
every token and counts n-grams of the resulting `unit:latin` pairs. Decoding (`JointModel.nbest`) searches
the Latin spellings of a katakana word under that n-gram model: the pairs carry both the channel
(ル is l or r) and its context (リスク is -lsk, スキー is -sky), so the model learns the conventions that
the training names follow. `JointModel.score` says how likely one given spelling is (for weighing
dictionary spellings).
"""
from __future__ import annotations

import gzip
import math
import re
import unicodedata
from collections import defaultdict
from importlib import resources

SMALL = set("ャュョァィゥェォヮ")
MAX_LATIN = 4
BOS = "<s>"
EOS = "</s>"
ORDER = 3
DISCOUNT = 0.7


def kana_units(word: str) -> list[str] | None:
    """The katakana units of one word, or None if it holds anything but katakana."""
    word = unicodedata.normalize("NFKC", word)
    if not word or not re.fullmatch(r"[\u30a1-\u30fa\u30fc]+", word):
        return None
    units: list[str] = []
    i = 0
    while i < len(word):
        j = i + 1
        if word[i] == "ッ":
            while j < len(word) and word[j] == "ッ":
                j += 1
            if j < len(word) and word[j] not in "ーッン":
                j += 1
        while j < len(word) and word[j] in SMALL:
            j += 1
        while j < len(word) and word[j] == "ー":
            j += 1
        units.append(word[i:j])
        i = j
    if units and units[0].startswith("ー"):
        return None
    return units


# --- training (offline) -------------------------------------------------------------------------------
def _forward_backward(units, latin, prob, collect):
    n, m = len(units), len(latin)
    fwd = [defaultdict(float) for _ in range(n + 1)]
    fwd[0][0] = 1.0
    for i, u in enumerate(units):
        table = prob.get(u)
        if table is None:
            return 0.0
        for j, a in fwd[i].items():
            for k in range(0, MAX_LATIN + 1):
                if j + k > m:
                    break
                p = table.get(latin[j:j + k])
                if p:
                    fwd[i + 1][j + k] += a * p
    total = fwd[n].get(m, 0.0)
    if total <= 0.0:
        return 0.0
    bwd = [defaultdict(float) for _ in range(n + 1)]
    bwd[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        table = prob[units[i]]
        for j in list(fwd[i]):
            b = 0.0
            for k in range(0, MAX_LATIN + 1):
                if j + k > m:
                    break
                p = table.get(latin[j:j + k])
                if p:
                    nb = bwd[i + 1].get(j + k, 0.0)
                    if nb:
                        contribution = p * nb
                        b += contribution
                        collect(units[i], latin[j:j + k], fwd[i][j] * contribution / total)
            bwd[i][j] = b
    return total


def _viterbi(units, latin, prob):
    n, m = len(units), len(latin)
    best = [dict() for _ in range(n + 1)]
    best[0][0] = (0.0, None, "")
    for i, u in enumerate(units):
        table = prob.get(u, {})
        for j, (score, _, _) in best[i].items():
            for k in range(0, MAX_LATIN + 1):
                if j + k > m:
                    break
                piece = latin[j:j + k]
                p = table.get(piece)
                if p:
                    s = score + math.log(p)
                    old = best[i + 1].get(j + k)
                    if old is None or s > old[0]:
                        best[i + 1][j + k] = (s, j, piece)
    if m not in best[n]:
        return None
    out = []
    j = m
    for i in range(n, 0, -1):
        _, prev, piece = best[i][j]
        out.append(f"{units[i - 1]}:{piece}")
        j = prev
    return out[::-1]


def train(pairs: list[tuple[str, str, float]], iterations: int = 5) -> dict[tuple[str, ...], float]:
    """(katakana, latin, weight) pairs → weighted n-gram counts (orders 1..ORDER) of aligned `unit:latin` pairs."""
    data = []
    for kana, latin, w in pairs:
        units = kana_units(kana)
        if units and latin and len(latin) <= MAX_LATIN * len(units):
            data.append((units, latin, w))
    # start: every substring of length 0..4 equally likely for every unit, empty ones less so
    prob: dict[str, dict[str, float]] = defaultdict(dict)
    for units, latin, _ in data:
        for u in units:
            table = prob[u]
            for j in range(len(latin) + 1):
                for k in range(0, MAX_LATIN + 1):
                    if j + k <= len(latin):
                        table.setdefault(latin[j:j + k], 0.1 if k == 0 else 1.0)
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for units, latin, w in data:
            def collect(u, piece, p, _w=w):
                counts[u][piece] += p * _w
            _forward_backward(units, latin, prob, collect)
        prob = defaultdict(dict)
        for u, table in counts.items():
            total = sum(table.values())
            for piece, c in table.items():
                if c / total > 1e-4:
                    prob[u][piece] = c / total
    ngrams: dict[tuple[str, ...], float] = defaultdict(float)
    for units, latin, w in data:
        seq = _viterbi(units, latin, prob)
        if seq is None:
            continue
        padded = [BOS] * (ORDER - 1) + seq + [EOS]
        for i in range(ORDER - 1, len(padded)):
            for order in range(1, ORDER + 1):
                ngrams[tuple(padded[i - order + 1:i + 1])] += w
    return ngrams


def write(ngrams: dict[tuple[str, ...], float], out, header: str) -> int:
    rows = 0
    from glossary.fileio import atomic_write

    with atomic_write(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"# {header}\n".encode("utf-8"))
        for gram in sorted(ngrams):
            count = ngrams[gram]
            if len(gram) == ORDER and count < 0.99:
                continue  # pruned: a single low-weight trigram says little
            gz.write((" ".join(gram) + f"\t{count:.3g}\n").encode("utf-8"))
            rows += 1
    return rows


# --- decoding --------------------------------------------------------------------------------------------
class JointModel:
    """The n-gram model of `unit:latin` pairs, interpolated with absolute discounting."""

    def __init__(self, name: str = "ru_joint.tsv.gz"):
        raw = resources.files("glossary").joinpath(f"data/translit/{name}").read_bytes()
        self.counts: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
        self.options: dict[str, list[str]] = defaultdict(list)  # unit → Latin pieces seen, commonest first
        unigram: dict[str, float] = {}
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if line.startswith("#"):
                continue
            gram, _, count = line.partition("\t")
            parts = tuple(gram.split(" "))
            self.counts[parts[:-1]][parts[-1]] = float(count)
            if len(parts) == 1:
                unigram[parts[0]] = float(count)
        for pair, c in sorted(unigram.items(), key=lambda kv: -kv[1]):
            if pair == EOS:
                continue
            unit, _, piece = pair.rpartition(":")
            self.options[unit].append(piece)
        self.unit_totals: dict[str, float] = defaultdict(float)
        for pair, c in unigram.items():
            self.unit_totals[pair.rpartition(":")[0]] += c
        self.stats = {ctx: (sum(d.values()), len(d)) for ctx, d in self.counts.items()}
        self.vocab = max(1, len(unigram))
        self._cache: dict[tuple, float] = {}

    def prob(self, ctx: tuple[str, ...], pair: str) -> float:
        key = (ctx, pair)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        p = 1.0 / (self.vocab * 10)
        for order in range(0, len(ctx) + 1):
            c = ctx[len(ctx) - order:] if order else ()
            stats = self.stats.get(c)
            if stats is None:
                break
            total, types = stats
            count = self.counts[c].get(pair, 0.0)
            p = max(count - DISCOUNT, 0.0) / total + DISCOUNT * types / total * p
        self._cache[key] = p
        return p

    def knows(self, word: str) -> bool:
        units = kana_units(word)
        return bool(units) and all(u in self.options for u in units)

    def nbest(self, word: str, k: int = 10, beam: int = 40, target: str | None = None,
              max_options: int = 12) -> list[tuple[str, float]]:
        """The `k` likeliest Latin spellings of a katakana word with their log-probabilities, best first.

        With `target`, only that spelling is searched (every Latin piece the unit was seen with is allowed).
        """
        units = kana_units(word)
        if not units or not all(u in self.options for u in units):
            return []
        hyps: list[tuple[float, str, tuple[str, ...]]] = [(0.0, "", (BOS,) * (ORDER - 1))]
        for u in units:
            pieces = self.options[u] if target is not None else self.options[u][:max_options]
            new: dict[tuple[str, tuple[str, ...]], float] = {}
            for score, latin, ctx in hyps:
                for piece in pieces:
                    text = latin + piece
                    if target is not None and not target.startswith(text):
                        continue
                    pair = f"{u}:{piece}"
                    s = score + math.log(self.prob(ctx, pair))
                    key = (text, ctx[1:] + (pair,))
                    if s > new.get(key, -1e18):
                        new[key] = s
            hyps = sorted(((s, text, ctx) for (text, ctx), s in new.items()), key=lambda h: -h[0])[:beam]
            if not hyps:
                return []
        finals: dict[str, float] = {}
        for score, latin, ctx in hyps:
            if target is not None and latin != target:
                continue
            s = score + math.log(self.prob(ctx, EOS))
            if latin:
                # several alignments may spell one word: add them up
                finals[latin] = finals[latin] + math.log1p(math.exp(s - finals[latin])) if latin in finals and s < \
                    finals[latin] else (s if latin not in finals else s + math.log1p(math.exp(finals[latin] - s)))
        return sorted(finals.items(), key=lambda kv: -kv[1])[:k]

    def score(self, word: str, latin: str) -> float | None:
        """log P of spelling `word` as `latin` (lower-case), or None when the model cannot spell it so."""
        found = self.nbest(word, k=1, target=latin.lower(), beam=20)
        return found[0][1] if found else None
