"""Guidance: forward-looking ranges in the "Financial Guidance" prose of a release.

"expects its net loss for its fiscal year ending June 30, 2011 to be between $60-64 million, its
cash used in operations to be between $0-4 million, and its capital expenditures to be between
$2-3 million. Cash and marketable securities at June 30, 2011 are anticipated to be between
$106-110 million."

Sign: bounds follow the concept's us-gaap sign, so a net loss of $60-64 million is the range
-64,000,000 ≤ NetIncomeLoss ≤ -60,000,000, and cash used in operations is negative likewise.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal

from kg.corpus import Document
from kg.model import Guidance, Period
from kg.numbers import find_money_ranges
from kg.periods import duration_ending, safe_date
from kg.text import DATE_RE, date_from_match

NAME = "financials"

_FORWARD = re.compile(r"\b(expects?|anticipat\w+|projects?|forecasts?|guidance|estimates?)\b", re.IGNORECASE)
#: Concept phrases of guidance clauses, with the sign a figure under that phrase takes.
_CONCEPTS: tuple[tuple[re.Pattern[str], str, int, str], ...] = (
    (re.compile(r"net\s+loss", re.I), "NetIncomeLoss", -1, "net loss"),
    (re.compile(r"net\s+income", re.I), "NetIncomeLoss", 1, "net income"),
    (re.compile(r"cash\s+used\s+in\s+operat\w+", re.I), "NetCashProvidedByUsedInOperatingActivities", -1, "cash used in operations"),
    (re.compile(r"capital\s+expenditures", re.I), "PaymentsToAcquirePropertyPlantAndEquipment", 1, "capital expenditures"),
    (re.compile(r"cash(?:,\s*cash\s+equivalents)?\s+and\s+marketable\s+securities", re.I), "CashCashEquivalentsAndMarketableSecurities", 1, "cash and marketable securities"),
    (re.compile(r"(?:total\s+)?revenues", re.I), "Revenues", 1, "revenues"),
    (re.compile(r"operating\s+expenses", re.I), "OperatingExpenses", 1, "operating expenses"),
)  # fmt: skip
#: What every ``_FORWARD`` match holds, in any case.
_FORWARD_WORDS = ("expect", "anticipat", "project", "forecast", "guidance", "estimate")
_FY_ENDING = re.compile(r"fiscal\s+year\s+(?:ending|ended)\s+", re.I)
#: Words naming a period other than the fiscal year a "fiscal year ending …" phrase gives: a range
#: near them ("revenues for the fourth quarter", "in calendar 2012") is not that year's.
_OTHER_PERIOD = re.compile(r"\b(?:quarters?|calendar|half|months?|(?:19|20)\d\d)\b", re.I)
#: A range the company gave before and now replaces or compares with: not its guidance.
_SUPERSEDED = re.compile(
    r"\b(?:previous|previously|prior|original|originally|earlier|initial|last)\s+(?:\w+\s+){0,2}?"
    r"(?:guidance|guided|projected|expected|estimate[sd]?)\b[^$]{0,40}$",
    re.I,
)
_AT_DATE = re.compile(r"\b(?:at|as\s+of|on)\s+$", re.I)


#: Where a sentence ends: a period not after a digit ("$4.7"), before a capital; or a blank line.
#: (The look-behind follows the period, so the regex engine skips quickly from one period to the next.)
_SENTENCE_END = re.compile(r"\.(?<!\d\.)(?=\s+[A-Z\"“])|\n\s*\n")


def _forward_sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of the sentences in which one of the ``_FORWARD`` words starts, in order.

    A sentence runs from the end of the one before to the next ``_SENTENCE_END``; the last one to
    the end of the text. Only the sentences holding a word are visited: the others hold no guidance.
    """
    ends = [match.end() for match in _SENTENCE_END.finditer(doc.text)]
    last = -1
    for word in doc.word_places(_FORWARD_WORDS).starts:
        index = bisect.bisect_right(ends, word)
        if index != last:
            last = index
            yield (ends[index - 1] if index else 0), (ends[index] if index < len(ends) else len(doc.text))


def extract_guidance(doc: Document) -> Iterator[Guidance]:
    """Every guidance range: a concept phrase, then a "$L-H million" range within its clause."""
    text = doc.text
    fiscal_year_period: Period | None = None
    for s_start, s_end in _forward_sentences(doc):
        sentence = text[s_start:s_end]
        if not _FORWARD.search(sentence):
            continue
        fy = _FY_ENDING.search(sentence)
        own_year = None
        # The sentence without its "fiscal year ending <date>": what is left names other periods, if any.
        others = sentence
        if fy:
            date = DATE_RE.match(sentence, fy.end())
            end = date_from_match(date) if date else None
            if date is not None and end is not None:
                fiscal_year_period = own_year = duration_ending(end, 12)
                others = sentence[: fy.start()] + " " * (date.end() - fy.start()) + sentence[date.end() :]
        # A sentence naming no period of its own continues the fiscal year named before it; one
        # naming another period ("for the fourth quarter", "in calendar 2012") does not.
        year = own_year or (None if _OTHER_PERIOD.search(others) else fiscal_year_period)
        for found in find_money_ranges(sentence):
            concept = _last_concept(sentence[: found.start])
            if concept is None or _SUPERSEDED.search(sentence[: found.start]):
                continue
            name, sign, words, at = concept
            period = (
                _instant_in(sentence[at : found.start])
                if name.startswith("Cash") and "operat" not in words
                else None
            )
            between = others[at : found.start]
            if period is None and not name.startswith("CashCash") and not _OTHER_PERIOD.search(between):
                period = year
            if period is None:
                continue
            low, high = (found.low, found.high) if sign > 0 else (-found.high, -found.low)
            yield Guidance(
                concept=name,
                period=period,
                low=Decimal(low),
                high=Decimal(high),
                unit="USD",
                evidence=(doc.evidence(s_start + at, s_start + found.end, NAME),),
                label=" ".join(words.split()),
            )


def _last_concept(before: str) -> tuple[str, int, str, int] | None:
    """The concept phrase nearest before a range, with its sign, printed words and offset."""
    best = None
    for pattern, name, sign, _ in _CONCEPTS:
        for match in pattern.finditer(before):
            if best is None or match.start() > best[3]:
                best = (name, sign, match.group(), match.start())
    return best


def _instant_in(text: str) -> Period | None:
    match = DATE_RE.search(text)
    if not match:
        return None
    date = date_from_match(match)
    return Period(instant=date) if date and safe_date(date.year, date.month, date.day) else None
