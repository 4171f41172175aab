"""Termhood of compound nouns: Nakagawa & Mori's FLR score.

A compound noun made of simple nouns N1..NL scores
    FLR(CN) = f(CN) * (Π_i (FL(Ni) + 1) * (FR(Ni) + 1)) ** (1 / 2L)
where f(CN) is how often the compound occurs on its own and FL(N)/FR(N) count the compounds in
which N has another noun attached to its left/right (frequency of those compounds). Nouns that
combine productively (ミサイル in 弾道ミサイル, 大陸間弾道ミサイル, 巡航ミサイル) raise the score of every
compound they head, which is what marks domain terms.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable


def flr_scores(compounds: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], float]:
    """FLR of every distinct compound (a tuple of simple nouns) given all its occurrences."""
    freq = Counter(map(tuple, compounds))
    left: Counter = Counter()
    right: Counter = Counter()
    for compound, n in freq.items():
        for i in range(len(compound) - 1):
            # compound[i] has compound[i+1] attached on its right, and the reverse
            right[compound[i]] += n
            left[compound[i + 1]] += n
    scores = {}
    for compound, n in freq.items():
        product = 1.0
        for noun in compound:
            product *= (left[noun] + 1) * (right[noun] + 1)
        scores[compound] = n * product ** (1.0 / (2 * len(compound)))
    return scores


def normalise(scores: dict, value: float) -> float:
    """A score squeezed into [0, 1) (log scale), comparable across corpora of different sizes."""
    return 1.0 - 1.0 / (1.0 + math.log1p(value))
