"""Position indexes over a filing's text, so that per-sentence work stays proportional to the sentence.

The name finder and the sentence contexts ask, for every sentence, "which names lie inside it?" and
"is this span already taken by a name or a web address?". Scanning every name of the filing for each
sentence makes a filing's processing time grow with the square of its length (a 5 MB release took
minutes); these indexes answer both questions by binary search instead.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class _Positioned(Protocol):
    @property
    def start(self) -> int: ...


P = TypeVar("P", bound=_Positioned)


class ByStart(Generic[P]):
    """Items with a ``start`` offset, kept in their given order (which must be sorted by ``start``).

    ``within(start, end)`` returns the items starting in ``[start, end)``, in that same order.
    """

    def __init__(self, items: Iterable[P]) -> None:
        self._items = list(items)
        self._starts = [item.start for item in self._items]
        if any(a > b for a, b in zip(self._starts, self._starts[1:], strict=False)):
            raise ValueError("items must be sorted by start offset")

    def within(self, start: int, end: int) -> list[P]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)
        return self._items[lo:hi]


class SpanSet:
    """Disjoint ``[start, end)`` spans of text already claimed (by a name, a web address).

    Only spans that overlap nothing already in the set are added (callers check ``overlaps`` first), so
    the spans stay disjoint; sorted by start, their ends are then sorted too, and one binary search
    finds the only span that could overlap a query.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if not self.overlaps(start, end):
                self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span of the set."""
        # The last span starting before ``end`` has the largest end of all such spans.
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def clipped(self, start: int, end: int) -> SpanSet:
        """A new set holding the spans that overlap ``[start, end)`` (to seed one sentence's claims)."""
        lo = max(0, bisect.bisect_right(self._ends, start))
        hi = bisect.bisect_left(self._starts, end)
        part = SpanSet()
        part._starts = self._starts[lo:hi]
        part._ends = self._ends[lo:hi]
        return part

    def __len__(self) -> int:
        return len(self._starts)
