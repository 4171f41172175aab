"""yakugo's translation-memory side: segments, units, the store, matching, alignment and pre-translation."""
