"""Confusable-aware matching of code names as OCR prints them (``IMGN9OL`` for ``IMGN901``).

Scanned filings swap look-alike characters (O/0, l/1/I/|, B/8, S/5) and sometimes insert a stray letter
inside a code (``IMGNB853``, ``T-DML1``, ``SARb566658``). Matching folds each name to a *skeleton* in which
confusable characters share one symbol, then compares skeletons; a stray letter is tolerated only inside
the name (never first or last) and only when it is a letter as printed. A match counts only when exactly
one candidate entity fits, so an ambiguous spelling resolves to nothing rather than to a guess.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Generic, TypeVar

from kg.memo import short_string_cache
from kg.pattern_cache import cached_compile

T = TypeVar("T", bound=Hashable)

#: Each confusable character and the symbol its class folds to.
CONFUSABLES: dict[str, str] = {
    "O": "0", "o": "0", "Q": "0", "0": "0",
    "l": "1", "I": "1", "i": "1", "|": "1", "1": "1", "L": "1", "!": "1",
    "B": "8", "8": "8", "b": "8",
    "S": "5", "5": "5", "s": "5",
}  # fmt: skip

_SEPARATORS = set(" -‐‑–—_./")


def compact(name: str) -> str:
    """``BT-062`` → ``BT062``: drop separators so spacing and hyphenation do not matter."""
    return "".join(ch for ch in name if ch not in _SEPARATORS)


def skeleton(name: str) -> str:
    """Fold a code name to its confusable skeleton: ``IMGN9OL`` and ``IMGN901`` both give ``1MGN901``."""
    return "".join(CONFUSABLES.get(ch, ch.upper()) for ch in compact(name))


def _deletions(printed: str) -> Iterable[str]:
    """Skeletons of ``printed`` with one inner letter removed (the letter as printed, not first or last)."""
    chars = compact(printed)
    for i in range(1, len(chars) - 1):
        if chars[i].isalpha():
            yield skeleton(chars[:i] + chars[i + 1 :])


@short_string_cache(maxsize=8192)
def is_code_like(name: str) -> bool:
    """A code name mixes letters and digits (or confusables standing for digits): ``IMGN9OL``, ``T-DM1``."""
    chars = compact(name)
    return len(chars) >= 4 and any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars)


class ConfusableIndex(Generic[T]):
    """Skeleton → candidates index over known code names, answering "which one entity did OCR mean?"."""

    def __init__(self, names: Mapping[str, T]) -> None:
        self._by_skeleton: dict[str, set[T]] = {}
        for name, value in names.items():
            if is_code_like(name):
                self._by_skeleton.setdefault(skeleton(name), set()).add(value)

    def lookup(self, printed: str) -> T | None:
        """The single entity ``printed`` can be a damaged spelling of, or None (no fit, or more than one).

        Substitutions are tried first; a stray inner letter only when no substitution fits.
        """
        if not is_code_like(printed):
            return None
        exact = self._by_skeleton.get(skeleton(printed), set())
        if exact:
            return next(iter(exact)) if len(exact) == 1 else None
        found: set[T] = set()
        for variant in _deletions(printed):
            found |= self._by_skeleton.get(variant, set())
        return next(iter(found)) if len(found) == 1 else None


def close_word(printed: str, known: str) -> bool:
    """One substituted letter in a long word (``InmunoGen`` for ``ImmunoGen``), same length, case-insensitive.

    Used for company names, where a single OCR slip in a name of eight or more letters is safe to accept.
    """
    if len(printed) != len(known) or len(known) < 8:
        return False
    diffs = sum(1 for a, b in zip(printed.lower(), known.lower(), strict=True) if a != b)
    return diffs == 1


#: A word as OCR may have damaged it: letters, digits and "|" (for "l" or "1"), four characters at
#: least ("1oss", "Co11aboration", "Presldent", "0fficer").
OCR_WORD = cached_compile(r"(?<![\w|])[A-Za-z0-9|]{4,}(?![\w|])")


def words_by_skeleton(words: Iterable[str]) -> dict[str, str]:
    """Each of ``words`` by its skeleton, for the skeletons only one of them has: a damaged spelling
    two words could stand for is read as neither."""
    found: dict[str, set[str]] = {}
    for word in words:
        found.setdefault(skeleton(word), set()).add(word)
    return {shape: next(iter(same)) for shape, same in found.items() if len(same) == 1}


#: The most characters a damaged spelling may differ in from the word it is read as.
MOST_MENDED = 2


def lookalike_word(printed: str, by_skeleton: Mapping[str, str]) -> str | None:
    """The word of ``by_skeleton`` (``words_by_skeleton``) that ``printed`` spells with look-alike
    characters ("Presldent" for "President", "Co11aboration" for "collaboration"), as the word is
    kept there; None for a word spelled right, one holding fewer than two letters (a figure "1055" is
    no "loss"), one whose skeleton is no word's, or one differing in more than ``MOST_MENDED``
    characters."""
    if sum(ch.isalpha() for ch in printed) < 2:
        return None
    word = by_skeleton.get(skeleton(printed))
    if word is None or len(word) != len(printed):
        return None
    changed = sum(a != b for a, b in zip(printed.lower(), word.lower(), strict=True))
    return word if 0 < changed <= MOST_MENDED else None


def in_printed_case(word: str, printed: str) -> str:
    """``word`` (lower case) in the case of the spelling it was read from: in capitals when that was,
    with a capital first letter when that had one ("Ioss from …" opens a sentence)."""
    return word.upper() if printed.isupper() else word.capitalize() if printed[0].isupper() else word
