"""The filer's fiscal calendar: infer its fiscal-year end from a filing, and place periods in it.

A fiscal year is named by the calendar year it ends in (FY ending June 30, 2006 is FY2006, so
July–September 2005 is its Q1).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.edgar import SubmissionHeader, submission_header
from kg.text import (
    DATE_PATTERN,
    MONTH_NAME,
    MONTHS,
    WordPlaces,
    date_from_match,
    fold_case,
    strip_legal_suffix,
)

if TYPE_CHECKING:
    from kg.corpus import Document

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

#: "the first quarter of the Company's 2006 fiscal year" / "first quarter of fiscal 2006"
_QUARTER_OF_FY = re.compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
    r"(?:(?:the\s+)?(?:company['’]s|its|our)\s+)?(?:(?P<y1>(?:19|20)\d\d)\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?P<y2>(?:19|20)\d\d))",
    re.IGNORECASE,
)
#: "…period ended September 30, 2005" near a quarter phrase
_ENDED_DATE = re.compile(r"\bended\s+" + DATE_PATTERN, re.IGNORECASE)
#: "fiscal year ended June 30, 2005" / "fiscal year ending June 30, 2011"
_FY_ENDED = re.compile(r"\bfiscal\s+year\s+(?:ended|ending|ends)\s+(?:on\s+)?" + DATE_PATTERN, re.IGNORECASE)
#: "The Company's fiscal year ends June 30." / "Our fiscal year ends on September 30.": a month and
#: day with no year, stated as the rule of the filer's calendar.
_FY_ENDS = re.compile(
    r"\bfiscal\s+year\s+ends\s+(?:on\s+)?(?P<month>" + MONTH_NAME + ")"
    r"\.?\s+(?P<day>\d{1,2})\b(?!,?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: Right before "fiscal year ends": the filer as its subject.
_OWN_SUBJECT = re.compile(r"\b(?:our|its|the\s+company['’]s)\s+$", re.IGNORECASE)
#: "1QFY11", "Q1 FY2011", OCR "LQFY11" (l/L for 1)
_COMPACT_QUARTER = re.compile(r"\b(?P<q>[1-4lLI|])\s?Q\s?FY\s?'?(?P<y>\d{2}|\d{4})\b")
#: Year-to-date and full-year column headers or phrases: "Nine Months Ended March 31,", "Six months
#: ended June 30", "Years Ended December 31,", "twelve months ended". A year-to-date column runs
#: from the start of the fiscal year, so its length and end date give the fiscal-year end.
_TO_DATE = re.compile(
    r"\b(?P<count>six|nine|twelve|6|9|12)[\s-]+months?(?:[\s-]+periods?)?\s+(?:ended|ending)\s+(?P<month>[A-Za-z]{3,9})\.?\s+\d{1,2}\b"
    r"|\b(?:fiscal\s+|full\s+)?years?\s+(?:ended|ending)\s+(?P<ymonth>[A-Za-z]{3,9})\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
_TO_DATE_MONTHS = {"six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
#: The words a ``_TO_DATE`` match starts with.
_TO_DATE_WORDS = ("six", "nine", "twelve", "6", "9", "12", "fiscal", "full", "year")
#: The words a ``_QUARTER_OF_FY`` match starts with.
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")


def month_day(date: dt.date) -> tuple[int, int]:
    """(month, day) of a date, the form fiscal-year ends are kept in."""
    return date.month, date.day


def document_fiscal_year_end(doc: Document) -> tuple[int, int] | None:
    """``infer_fiscal_year_end`` of the whole filing, computed once per document (the metadata and the
    financials extractors both need it)."""
    return doc.derived(
        "fiscal_year_end", lambda d: header_fiscal_year_end(d) or infer_fiscal_year_end(d.text)
    )


def header_fiscal_year_end(doc: Document) -> tuple[int, int] | None:
    """The fiscal-year end an EDGAR submission's header gives ("FISCAL YEAR END: 0630"), or None.

    EDGAR records it from the filer's own registration, so it outranks any reading of the prose."""
    field = submission_header_of(doc).company_field("FISCAL YEAR END")
    fye = parse_month_day(field.value) if field else None
    return fye if fye is not None and _month_end_day(fye) else None


def parse_month_day(value: str) -> tuple[int, int] | None:
    """(month, day) of an ``MMDD`` value that names a day of some year, else None."""
    if not re.fullmatch(r"\d{4}", value):
        return None
    month, day = int(value[:2]), int(value[2:])
    try:
        dt.date(2000, month, day)  # a leap year: February 29 is a fiscal-year end some filers use
    except ValueError:
        return None
    return month, day


def submission_header_of(doc: Document) -> SubmissionHeader:
    """The SEC header of ``doc`` (empty unless it was read from an EDGAR complete submission)."""
    return doc.derived("edgar.header", lambda d: submission_header(d.text))


def infer_fiscal_year_end(text: str) -> tuple[int, int] | None:
    """The filer's fiscal-year end as (month, day), read from the filing's own words, or None.

    Reads, in order of trust: "fiscal year ended/ending <date>" phrases; then a quarter named
    within its fiscal year ("the first quarter of the Company's 2006 fiscal year", "1QFY11") next
    to the date that quarter ended ("three-month period ended September 30, 2005").
    """
    votes: dict[tuple[int, int], int] = {}
    # Each pattern starts with one of a few words: it is tried only where one does (see WordPlaces).
    folded = fold_case(text)
    for match in WordPlaces(folded, ("fiscal",)).matches(_FY_ENDED, text):
        date = date_from_match(match)
        if date:
            votes[month_day(date)] = votes.get(month_day(date), 0) + 2
    for match in WordPlaces(folded, ("fiscal",)).matches(_FY_ENDS, text):
        # The filer's own calendar only: "Takeda's fiscal year ends March 31" is a partner's.
        if not _OWN_SUBJECT.search(text, max(0, match.start() - 20), match.start()):
            continue
        month = MONTHS.get(match.group("month").lower().rstrip("."))
        if month is not None and 1 <= int(match.group("day")) <= _month_end(2000, month):
            key = (month, int(match.group("day")))
            votes[key] = votes.get(key, 0) + 2
    for quarter, fiscal_year, end in _quarter_statements(text, folded):
        fye = _fye_from_quarter(quarter, fiscal_year, end)
        if fye:
            votes[fye] = votes.get(fye, 0) + 1
    if not votes:
        votes = _to_date_votes(text, folded)
    if not votes:
        return None
    fye = max(sorted(votes), key=lambda md: votes[md])
    # A year ending on another day than a month's last ("fiscal year ended January 1, 2010") is a
    # 52–53-week year: it ends on a weekday near a month's end, on a different date each year, so
    # no date places its quarters.
    return fye if _month_end_day(fye) else None


def _month_end_day(month_day: tuple[int, int]) -> bool:
    """Whether (month, day) is a month's last day (February's 28th or 29th)."""
    month, day = month_day
    return day == _month_end(2001, month) or (month, day) == (2, 29)


def _to_date_votes(text: str, folded: str) -> dict[tuple[int, int], int]:
    """Fiscal-year ends implied by year-to-date and full-year headers ("Nine Months Ended March 31,"
    gives June 30; "Six Months Ended June 30," and "Years Ended December 31," give December 31).

    Used only when the filing names its fiscal year nowhere in words: a statement's columns are
    the weakest evidence, but they are always there.
    """
    votes: dict[tuple[int, int], int] = {}
    for match in WordPlaces(folded, _TO_DATE_WORDS).matches(_TO_DATE, text):
        name = match.group("month") or match.group("ymonth")
        month = MONTHS.get(name.lower())
        if month is None:
            continue
        months = _TO_DATE_MONTHS[match.group("count").lower()] if match.group("count") else 12
        # The year-to-date ends ``months`` into the fiscal year: the year ends 12 - months later.
        fye_month = (month - 1 + 12 - months) % 12 + 1
        key = (fye_month, _month_end(2001, fye_month))  # a non-leap year: February ends on the 28th
        votes[key] = votes.get(key, 0) + 1
    return votes


def _quarter_statements(text: str, folded: str) -> list[tuple[int, int, dt.date]]:
    """(quarter, fiscal year, quarter end) for each quarter phrase that has an "ended <date>" within 300
    characters. ``folded`` is ``fold_case(text)``."""
    found = []
    worded = (
        list(WordPlaces(folded, _ORDINAL_WORDS).matches(_QUARTER_OF_FY, text)) if "quarter" in folded else []
    )
    compact = list(_COMPACT_QUARTER.finditer(text)) if "FY" in text else []
    for match in worded + compact:
        if "ord" in match.groupdict() and match.groupdict().get("ord"):
            quarter = _ORDINALS[match.group("ord").lower()]
            year = int(match.group("y1") or match.group("y2"))
        else:
            q = match.group("q")
            quarter = 1 if q in "lLI|" else int(q)
            y = match.group("y")
            year = int(y) if len(y) == 4 else (1900 if int(y) >= 70 else 2000) + int(y)
        window = text[max(0, match.start() - 300) : match.end() + 300]
        ends = [d for d in (date_from_match(m) for m in _ENDED_DATE.finditer(window)) if d]
        if ends:
            found.append((quarter, year, ends[0]))
    return found


def _fye_from_quarter(quarter: int, fiscal_year: int, quarter_end: dt.date) -> tuple[int, int] | None:
    """Fiscal-year end implied by "quarter Q of fiscal year FY ended on quarter_end"."""
    months_to_go = 3 * (4 - quarter)
    month = quarter_end.month + months_to_go
    year = quarter_end.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    if year != fiscal_year:
        return None  # the phrase and the date disagree: trust neither
    return month, _month_end(year, month)


_MONTH_DAY = MONTH_NAME + r"\.?\s+\d{1,2}"
#: "changed its fiscal year end from June 30 to December 31", "a change in the Company's fiscal
#: year-end from June 30 to December 31", "change its fiscal year end to December 31 from June 30".
_FY_CHANGE = re.compile(
    # The filer's own change only ("the Company's", "its", "our"): "Takeda changed its fiscal year end"
    # in a partner's paragraph is a partner's change (the subject is checked by the caller).
    r"\bchang(?:e|ed|es|ing)\s+(?:in\s+)?(?:the\s+)?(?:company['’]s|its|our)\s+fiscal[\s-]+year[\s-]+end"
    r"(?:\s+date)?\s+(?:from\s+(?P<old>" + _MONTH_DAY + r")\s+to\s+(?P<new>" + _MONTH_DAY + r")"
    r"|to\s+(?P<new2>" + _MONTH_DAY + r")\s+from\s+(?P<old2>" + _MONTH_DAY + r"))\b",
    re.IGNORECASE,
)
#: "six-month transition period ended December 31, 2013", "the transition period ending December 31,
#: 2013", "transition period from July 1, 2013 to December 31, 2013": the last day of the transition.
_TRANSITION_END = re.compile(
    r"\btransition\s+period\s+(?:(?:ended|ending|ends)\s+(?:on\s+)?|from\s+"
    + DATE_PATTERN.replace("?P<", "?P<from_")
    + r"\s+(?:to|through)\s+)"
    + DATE_PATTERN,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FiscalYearChange:
    """A filer's change of fiscal-year end, as a filing states it: the old and new ends and the
    transition period between the last old fiscal year and the first new one (its first and last day)."""

    old: tuple[int, int]
    new: tuple[int, int]
    start: dt.date
    end: dt.date

    def calendar_of(self, start: dt.date | None, end: dt.date) -> tuple[int, int] | None:
        """The fiscal-year end that places a period (``start`` None: an instant at ``end``): the old
        one before the transition period, the new one after it; None for a period in the transition
        period or across its bounds, which is in no fiscal year."""
        if end < self.start:
            return self.old
        if (start or end) > self.end:
            return self.new
        return None

    def straddles(self, start: dt.date, end: dt.date) -> bool:
        """A duration running across a bound of the transition period: in no calendar of the filer."""
        inside = self.start <= start and end <= self.end
        return not inside and start <= self.end and end >= self.start


def stated_fiscal_year_change(doc: Document) -> tuple[int, int] | None:
    """Where the filing first states the filer's change of fiscal-year end ("changed its fiscal year
    end from June 30 to December 31"): the span of that phrase, or None."""
    match = next(_own_changes(doc.text, _filer_of(doc)), None)
    return match.span() if match else None


def _own_changes(text: str, filer: str | None) -> Iterator[re.Match[str]]:
    """The ``_FY_CHANGE`` matches stating the filer's change: "the Company's"/"our" fiscal year end,
    or "its" after "the Company", "we" or the filer's name (``filer``) in the same sentence; "Takeda
    changed its fiscal year end" in a partner's paragraph is Takeda's."""
    names = ["[Cc]ompany", "[Ww]e", *([re.escape(filer)] if filer else [])]
    changer = re.compile(r"\b(?:" + "|".join(names) + r")\b[^.;]{0,60}$")
    for match in _FY_CHANGE.finditer(text):
        if "its" not in match.group(0).split()[:4] or changer.search(
            text, max(0, match.start() - 80), match.start()
        ):
            yield match


def document_fiscal_year_change(doc: Document) -> FiscalYearChange | None:
    """``fiscal_year_change`` of the whole filing, computed once per document."""
    return doc.derived("fiscal_year_change", lambda d: fiscal_year_change(d.text, _filer_of(d)))


def _filer_of(doc: Document) -> str | None:
    """The filer's name without its legal form ("ImmunoGen"), as the cover or dateline gives it."""
    from kg.extractors.filing_metadata import filer_name  # the metadata extractor reads fiscal calendars

    name = filer_name(doc)
    return strip_legal_suffix(name) if name else None


def fiscal_year_change(text: str, filer: str | None = None) -> FiscalYearChange | None:
    """The change of fiscal-year end a filing states, or None.

    Read only when the filing says both from which end to which the year changed and when the
    transition period ends (on the new end, less than a year after the old one); any doubt (two
    different changes or transition ends) gives None, and periods are then placed as before.
    """
    if "transition" not in fold_case(text):
        return None
    changes = set()
    for match in _own_changes(text, filer):
        old = _month_day_of(match.group("old") or match.group("old2"))
        new = _month_day_of(match.group("new") or match.group("new2"))
        if old and new and old != new:
            changes.add((old, new))
    if len(changes) != 1:
        return None
    ((old, new),) = changes
    ends = {d for d in (date_from_match(m) for m in _TRANSITION_END.finditer(text)) if d}
    if len(ends) != 1:
        return None
    (end,) = ends
    if (end.month, end.day) != new:
        return None
    last_old = dt.date(end.year, old[0], min(old[1], _month_end(end.year, old[0])))
    if last_old >= end:
        last_old = dt.date(end.year - 1, old[0], min(old[1], _month_end(end.year - 1, old[0])))
    return FiscalYearChange(old, new, last_old + dt.timedelta(days=1), end)


def _month_day_of(text: str) -> tuple[int, int] | None:
    name, day = text.replace(".", " ").split()
    month = MONTHS.get(name.lower())
    if month is None or not 1 <= int(day) <= _month_end(2000, month):
        return None
    return month, int(day)


def _month_end(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def fiscal_year_of(date: dt.date, fye: tuple[int, int]) -> int:
    """Fiscal year a date falls in, named by the calendar year the fiscal year ends in."""
    month, day = fye
    return date.year if (date.month, date.day) <= (month, day) else date.year + 1


def fiscal_year_start(fiscal_year: int, fye: tuple[int, int]) -> dt.date:
    """First day of ``fiscal_year``."""
    month, day = fye
    end_prev = dt.date(fiscal_year - 1, month, min(day, _month_end(fiscal_year - 1, month)))
    return end_prev + dt.timedelta(days=1)


@lru_cache(maxsize=4096)
def fiscal_period_of(start: dt.date, end: dt.date, fye: tuple[int, int]) -> tuple[int, str] | None:
    """(fiscal year, "Q1".."Q4" | "H1" | "9M" | "FY") of a duration, or None when it is none of those.

    Cached: a statement asks the same question for every row of a column.
    """
    fiscal_year = fiscal_year_of(end, fye)
    fy_start = fiscal_year_start(fiscal_year, fye)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start == fy_start:
        return fiscal_year, {3: "Q1", 6: "H1", 9: "9M", 12: "FY"}.get(months, f"{months}M")
    if months == 3:
        offset = (start.year - fy_start.year) * 12 + start.month - fy_start.month
        if offset in (3, 6, 9):
            return fiscal_year, f"Q{offset // 3 + 1}"
    return None


__all__ = [
    "MONTHS",
    "FiscalYearChange",
    "document_fiscal_year_change",
    "document_fiscal_year_end",
    "fiscal_period_of",
    "fiscal_year_change",
    "fiscal_year_of",
    "fiscal_year_start",
    "infer_fiscal_year_end",
]
