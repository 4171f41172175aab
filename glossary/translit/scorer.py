"""A character n-gram model of Latin name spellings, learned from the Wikidata name tokens.

It ranks the candidate spellings the rules generate (Asmolov over Asmorov, -ov over -of): a
spelling that looks like the names the world writes in Latin letters scores higher.
"""
from __future__ import annotations

import math
from collections import defaultdict

BOS, EOS = "^", "$"


class CharModel:
    """Interpolated character n-gram model (order `n`) with absolute discounting to the lower order."""

    def __init__(self, words: dict[str, int], n: int = 4, weight_cap: int = 20):
        self.n = n
        self.counts: list[dict[str, dict[str, float]]] = [defaultdict(lambda: defaultdict(float)) for _ in range(n)]
        self.vocab: set[str] = set()
        for word, count in words.items():
            w = min(count, weight_cap) ** 0.5  # frequent tokens count more, but not overwhelmingly
            padded = BOS * (n - 1) + word + EOS
            self.vocab.update(word)
            for i in range(n - 1, len(padded)):
                ch = padded[i]
                for order in range(n):
                    ctx = padded[i - order:i]
                    self.counts[order][ctx][ch] += w
        self.vocab.add(EOS)
        self.totals = [{ctx: sum(d.values()) for ctx, d in level.items()} for level in self.counts]
        self.types = [{ctx: len(d) for ctx, d in level.items()} for level in self.counts]
        self._cache: dict[tuple[str, str], float] = {}

    def prob(self, ctx: str, ch: str) -> float:
        key = (ctx, ch)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        p = 1.0 / (len(self.vocab) + 1)
        d = 0.75
        for order in range(self.n):
            c = ctx[len(ctx) - order:] if order else ""
            total = self.totals[order].get(c)
            if not total:
                break
            count = self.counts[order][c].get(ch, 0.0)
            lam = d * self.types[order][c] / total
            p = max(count - d, 0.0) / total + lam * p
        self._cache[key] = p
        return p

    def logprob(self, text: str, prefix: str = "", final: bool = True) -> float:
        """log P(text | prefix); with `final`, the end of the word is scored too."""
        padded = BOS * (self.n - 1) + prefix
        total = 0.0
        for ch in text + (EOS if final else ""):
            total += math.log(self.prob(padded[-(self.n - 1):], ch))
            padded += ch
        return total
