"""A cache for pure functions of one short string: cells, tokens, labels and names recur across filings.

``functools.lru_cache`` keeps each key alive while it is cached; a long text (a whole line, a damaged
table row of a 20 MB file) would stay in memory long after its filing. ``short_string_cache`` caches
only strings up to ``longest`` characters and computes longer ones each time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")


def short_string_cache(
    maxsize: int, longest: int = 200
) -> Callable[[Callable[[str], R]], Callable[[str], R]]:
    """Decorate a pure function of one string with an LRU cache of ``maxsize`` entries for short strings."""

    def decorate(function: Callable[[str], R]) -> Callable[[str], R]:
        cached = functools.lru_cache(maxsize=maxsize)(function)

        @functools.wraps(function)
        def lookup(text: str) -> R:
            return cached(text) if len(text) <= longest else function(text)

        lookup.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return lookup

    return decorate
