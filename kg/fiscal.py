"""The filer's fiscal calendar: infer its fiscal-year end from a filing, and place periods in it.

A fiscal year is named by the calendar year it ends in (FY ending June 30, 2006 is FY2006, so
July–September 2005 is its Q1).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.edgar import SubmissionHeader, submission_header
from kg.pattern_cache import cached_compile
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
_QUARTER_OF_FY = cached_compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
    r"(?:(?:the\s+)?(?:company['’]s|its|our)\s+)?(?:(?P<y1>(?:19|20)\d\d)\s+fiscal\s+year|fiscal\s+(?:year\s+)?(?P<y2>(?:19|20)\d\d))",
    re.IGNORECASE,
)
#: "…period ended September 30, 2005" near a quarter phrase
_ENDED_DATE = cached_compile(r"\bended\s+" + DATE_PATTERN, re.IGNORECASE)
#: "fiscal year ended June 30, 2005" / "fiscal year ending June 30, 2011"
_FY_ENDED = cached_compile(
    r"\bfiscal\s+year\s+(?:ended|ending|ends)\s+(?:on\s+)?" + DATE_PATTERN, re.IGNORECASE
)
#: "The Company's fiscal year ends June 30." / "Our fiscal year ends on September 30.": a month and
#: day with no year, stated as the rule of the filer's calendar.
_FY_ENDS = cached_compile(
    r"\bfiscal\s+year\s+ends\s+(?:on\s+)?(?P<month>" + MONTH_NAME + ")"
    r"\.?\s+(?P<day>\d{1,2})\b(?!,?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: Right before "fiscal year ends": the filer as its subject.
_OWN_SUBJECT = cached_compile(r"\b(?:our|its|the\s+company['’]s)\s+$", re.IGNORECASE)
#: "1QFY11", "Q1 FY2011", OCR "LQFY11" (l/L for 1)
_COMPACT_QUARTER = cached_compile(r"\b(?P<q>[1-4lLI|])\s?Q\s?FY\s?'?(?P<y>\d{2}|\d{4})\b")
#: Year-to-date and full-year column headers or phrases: "Nine Months Ended March 31,", "Six months
#: ended June 30", "Years Ended December 31,", "twelve months ended". A year-to-date column runs
#: from the start of the fiscal year, so its length and end date give the fiscal-year end.
_TO_DATE = cached_compile(
    r"\b(?P<count>six|nine|twelve|6|9|12)[\s-]+months?(?:[\s-]+periods?)?\s+(?:ended|ending)\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})\b"
    r"|\b(?:fiscal\s+|full\s+)?years?\s+(?:ended|ending)\s+(?P<ymonth>[A-Za-z]{3,9})\.?\s+(?P<yday>\d{1,2})\b",
    re.IGNORECASE,
)
_TO_DATE_MONTHS = {"six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
#: A quarter named by its number right before the date it ended: "the first quarter ended March 31,
#: 2011", "its third fiscal quarter ending December 31, 2008" (not "the first calendar quarter").
_DATED_ORDINAL_QUARTER = cached_compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+(?:ended|ending)\s+(?:on\s+)?"
    + DATE_PATTERN,
    re.IGNORECASE,
)
#: The words a ``_TO_DATE`` match starts with.
_TO_DATE_WORDS = ("six", "nine", "twelve", "6", "9", "12", "fiscal", "full", "year")
#: The words a ``_QUARTER_OF_FY`` match starts with.
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")


#: A 52–53-week fiscal year stated in words: "a 52- or 53-week fiscal year", "52/53-week", "a
#: 53-week year" (or by its weekday, ``_WEEKDAY_YEAR_END``). Such a year ends on a weekday, on
#: another date each year: no month's end places its quarters ("52-week high" is a share price's,
#: not a year's).
_WEEK_YEAR = cached_compile(
    r"\b5[23][\s-]*(?:or|/|and|to)\s*5[23][\s-]*weeks?\b"
    # "a 53-week year", "a 52-week fiscal year" beside "fiscal" ("a 52-week period" of a trial is not one)
    r"|\bfiscal\b[^.;]{0,80}?\b5[23][\s-]*weeks?\s+(?:fiscal\s+)?(?:years?|quarters?)\b"
    r"|\b5[23][\s-]*weeks?\s+fiscal\s+(?:years?|quarters?)\b",
    re.IGNORECASE,
)
#: The year's end stated by its weekday: "the Sunday closest to December 31", "the last Saturday of June".
_WEEKDAY_YEAR_END = cached_compile(
    r"\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\s+(?:closest|nearest|next)\s+to\s+"
    + MONTH_NAME
    + r"|\blast\s+(?:sun|mon|tues|wednes|thurs|fri|satur)day\s+(?:of|in)\s+"
    + MONTH_NAME,
    re.IGNORECASE,
)
#: A weekday's name, looked for in the case-folded text before ``_WEEKDAY_YEAR_END`` scans it all.
_WEEKDAY = cached_compile(r"(?:sun|mon|tues|wednes|thurs|fri|satur)day\b")


@functools.lru_cache(maxsize=4)
def states_week_year(text: str) -> bool:
    """Whether a filing says its fiscal year is one of 52 or 53 weeks (``_WEEK_YEAR``), or ends on
    a weekday (``_WEEKDAY_YEAR_END``).

    Cached: the fiscal calendar, the filing metadata and the statement tables each ask of the same
    text. Each pattern scans the text only when the words it needs are in it: most filings hold
    "day" ("today") but no weekday's name, and few hold "week"."""
    folded = fold_case(text)
    if "week" in folded and _WEEK_YEAR.search(text) is not None:
        return True
    return _WEEKDAY.search(folded) is not None and _WEEKDAY_YEAR_END.search(text) is not None


def month_day(date: dt.date) -> tuple[int, int]:
    """(month, day) of a date, the form fiscal-year ends are kept in."""
    return date.month, date.day


def document_fiscal_year_end(doc: Document) -> tuple[int, int] | None:
    """``infer_fiscal_year_end`` of the whole filing, computed once per document (the metadata and the
    financials extractors both need it)."""
    return doc.derived("fiscal_year_end", _document_fiscal_year_end)


def _document_fiscal_year_end(doc: Document) -> tuple[int, int] | None:
    """The EDGAR header's fiscal-year end, else the one rule the filer's own sentences state
    ("Pharmacyclics' fiscal year ends June 30."), else the one the prose implies; none for a filer that
    says its years run 52 or 53 weeks (a header's "1231" is then only the month its years end near).

    The filer's own word outranks what is inferred from periods, which a partner's "third quarter of
    its fiscal year 2009, the quarter ended December 31, 2008" may sway; EDGAR's record outranks both.
    """
    if states_week_year(doc.text):
        return None
    header = header_fiscal_year_end(doc)
    if header is not None:
        return header
    from kg.extractors.filing_metadata import filer_stated_year_ends  # tells the filer's sentences

    stated = filer_stated_year_ends(doc)
    if len(stated) == 1:
        (fye,) = stated
        if _month_end_day(fye):
            return fye
    return infer_fiscal_year_end(doc.text)


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
    if states_week_year(text):
        return None
    votes: dict[tuple[int, int], int] = {}
    # Each pattern starts with one of a few words: it is tried only where one does (see WordPlaces).
    folded = fold_case(text)
    for match in WordPlaces(folded, ("fiscal",)).matches(_FY_ENDED, text):
        date = date_from_match(match)
        if date:
            votes[month_day(date)] = votes.get(month_day(date), 0) + 2
    for key in _own_year_end_rules(text, WordPlaces(folded, ("fiscal",)).matches(_FY_ENDS, text)):
        votes[key] = votes.get(key, 0) + 2
    for quarter, fiscal_year, end in _quarter_statements(text, folded):
        fye = _fye_from_quarter(quarter, fiscal_year, end)
        if fye:
            votes[fye] = votes.get(fye, 0) + 1
    if not votes:
        votes = _fallback_votes(text, folded)
    if not votes:
        return None
    fye = max(sorted(votes), key=lambda md: votes[md])
    # A year ending on another day than a month's last ("fiscal year ended January 1, 2010") is a
    # 52–53-week year: it ends on a weekday near a month's end, on a different date each year, so
    # no date places its quarters.
    return fye if _month_end_day(fye) else None


def _own_year_end_rules(text: str, matches: Iterator[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """(month, day) of each ``_FY_ENDS`` match stating the filer's own rule ("The Company's fiscal
    year ends June 30"): "Takeda's fiscal year ends March 31" is a partner's."""
    for match in matches:
        if not _OWN_SUBJECT.search(text, max(0, match.start() - 20), match.start()):
            continue
        month = MONTHS.get(match.group("month").lower().rstrip("."))
        if month is not None and 1 <= int(match.group("day")) <= _month_end(2000, month):
            yield month, int(match.group("day"))


def stated_year_end_rule(sentence: str) -> tuple[int, int] | None:
    """The fiscal-year end a sentence states as the filer's rule, with no year ("Our fiscal year ends
    December 31."), or None."""
    rules = set(_own_year_end_rules(sentence, _FY_ENDS.finditer(sentence)))
    return next(iter(rules)) if len(rules) == 1 else None


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
        if not _month_end_day((month, int(match.group("day") or match.group("yday")))):
            # "Nine Months Ended September 27": a to-date period ending on a weekday is one of a
            # 52–53-week year, whose end no month's last day gives.
            key = _weekday_year_end(fye_month)
        votes[key] = votes.get(key, 0) + 1
    return votes


def _fallback_votes(text: str, folded: str) -> dict[tuple[int, int], int]:
    """Fiscal-year ends implied, when no phrase names the fiscal year, by year-to-date and full-year
    headers (``_to_date_votes``) and by quarters named by number beside their end ("the first
    quarter ended March 31, 2011": a year ending December 31).

    A quarter so named may be a partner's ("Takeda's first quarter ended June 30"): it is counted
    only when all such quarters agree and no header implies another end."""
    votes = _to_date_votes(text, folded)
    dated: dict[tuple[int, int], int] = {}
    for match in (
        WordPlaces(folded, _ORDINAL_WORDS).matches(_DATED_ORDINAL_QUARTER, text)
        if "quarter" in folded
        else ()
    ):
        end = date_from_match(match)
        if end is not None:
            key = _fye_of_quarter_end(_ORDINALS[match.group("ord").lower()], end)
            dated[key] = dated.get(key, 0) + 1
    if len(dated) == 1 and set(votes) <= set(dated):
        for key, count in dated.items():
            votes[key] = votes.get(key, 0) + count
    return votes


def _fye_of_quarter_end(quarter: int, quarter_end: dt.date) -> tuple[int, int]:
    """The fiscal-year end implied by quarter ``quarter`` ending on ``quarter_end``; a day of the
    year's last month that is no month's end for a quarter ending on a weekday (a 52–53-week year)."""
    month, _ = _year_end_month(quarter, quarter_end)
    if quarter_end.day != _month_end(quarter_end.year, quarter_end.month):
        return _weekday_year_end(month)
    return month, _month_end(2001, month)


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
    """Fiscal-year end implied by "quarter Q of fiscal year FY ended on quarter_end".

    A quarter ending on another day than its month's last ("ended September 27, 2009") is one of a
    52–53-week year: the year ends on a weekday too, given as a day that is no month's end (so
    that, winning the vote, it places no quarter)."""
    month, year = _year_end_month(quarter, quarter_end)
    if year != fiscal_year:
        return None  # the phrase and the date disagree: trust neither
    if quarter_end.day != _month_end(quarter_end.year, quarter_end.month):
        return _weekday_year_end(month)
    return month, _month_end(year, month)


def _weekday_year_end(month: int) -> tuple[int, int]:
    """The vote of a year that ends on a weekday near the end of ``month`` (a 52–53-week year): a
    day of that month that is no month's last, which, winning, gives no fiscal-year end."""
    return month, _month_end(2001, month) - 1


def _year_end_month(quarter: int, quarter_end: dt.date) -> tuple[int, int]:
    """(month, calendar year) the fiscal year of quarter ``quarter`` ending on ``quarter_end`` ends in."""
    month = quarter_end.month + 3 * (4 - quarter)
    return (month - 1) % 12 + 1, quarter_end.year + (month - 1) // 12


# ---------------------------------------------------------------------------------------------
# How the filer numbers its fiscal years. Most name a fiscal year by the calendar year it ends in
# (the year to June 30, 2006 is fiscal 2006), some by the year it starts in ("fiscal year 2009, the
# twelve months ended March 31, 2010"), and a 52–53-week filer's year may end days into the next
# calendar year ("fiscal 2009 will end on January 3, 2010"). Only a sentence printing a year's or a
# quarter's number beside the date it ends tells which.

_ORDINAL_WORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
#: Words between a fiscal period's name and the date it ends: ", the twelve months ended", ", which
#: ended", " (the year ended", ", a 52-week year that ended", " will end on", " ending".
_EQUALS = (
    r"\s*(?:,|\(|—|–|--?)?\s*(?:(?:which|that)\s+)?"
    r"(?:(?:will\s+be|was|is)\s+an?\s+(?P<weeks>5[23])[\s-]*week\s+(?:fiscal\s+)?(?P<week_unit>year|quarter)"
    r"\s*,?\s*(?:(?:which|that)\s+)?)?"
    r"(?:the\s+(?:(?:twelve|12|three|3)[\s-]+months?(?:\s+period)?|(?:fiscal\s+)?year|quarter)\s+)?"
    r"(?:will\s+)?(?:ended|ending|ends|end)\s+(?:on\s+)?"
)
#: "fiscal year 2009, the twelve months ended March 31, 2010", "fiscal 2009 will be a 53-week year
#: ending January 3, 2010", "For fiscal year 2010, ending March 31, 2011".
_YEAR_EQUATION = cached_compile(
    r"\bfiscal\s+(?:year\s+)?(?P<label>(?:19|20)\d\d)\b(?!['’]s)" + _EQUALS + DATE_PATTERN, re.IGNORECASE
)
#: Words before "fiscal 2009" that make it the year a part is of ("the second quarter of fiscal 2010,
#: which ended December 31, 2009" dates the quarter, not the year).
_PART_OF = cached_compile(
    r"(?:quarters?|half|months?|period|weeks?)\s+(?:of\s+)?(?:(?:the|its|our)\s+)?$", re.IGNORECASE
)
#: "the third quarter of fiscal 2009, which ended September 27, 2009", "fiscal 2010 fourth quarter,
#: which ended June 30, 2010", "first quarter of the Company's 2006 fiscal year, ended …".
_QUARTER_EQUATION = cached_compile(
    r"\b(?:"
    + _ORDINAL_WORD
    + r"\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:(?:the\s+)?(?:company['’]s|its|our)\s+)?"
    r"(?:fiscal\s+(?:year\s+)?)?(?P<label>(?:19|20)\d\d)(?:\s+fiscal\s+year)?"
    r"|fiscal\s+(?:year\s+)?(?P<label2>(?:19|20)\d\d)(?:['’]s)?\s+"
    + _ORDINAL_WORD.replace("?P<ord>", "?P<ord2>")
    + r"\s+quarter)"
    + _EQUALS
    + DATE_PATTERN,
    re.IGNORECASE,
)
#: The date first: "the three-month period ended March 31, 2005 - the third quarter of the Company's
#: 2005 fiscal year", "the quarter ended June 30, 2010 (the first quarter of fiscal 2011)".
_DATED_QUARTER = cached_compile(
    r"\b(?:three[\s-]+months?(?:\s+period)?|quarter)\s+(?:ended|ending)\s+"
    + DATE_PATTERN
    + r"\s*(?:,|\(|—|–|--?)\s*(?:(?:the|its|our)\s+)?"
    + _ORDINAL_WORD.replace("?P<ord>", "?P<ord3>")
    + r"\s+(?:fiscal\s+)?quarter\s+of\s+(?:(?:the\s+)?(?:company['’]s|its|our)\s+)?(?:fiscal\s+(?:year\s+)?)?"
    r"(?P<label3>(?:19|20)\d\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LabelledEnd:
    """A fiscal period the filing names by number and dates in one phrase: quarter ``quarter`` (4
    for the whole year) of the year the filing calls ``year``, ending on ``end``."""

    year: int
    quarter: int
    end: dt.date
    #: How many weeks the filing says the year ran ("fiscal 2008 was a 52-week year that ended
    #: December 28, 2008"), for a whole year so stated; None otherwise.
    weeks: int | None = None


def labelled_ends(text: str) -> list[LabelledEnd]:
    """Every fiscal year or quarter the filing names by number beside the date it ends, in order."""
    folded = fold_case(text)
    if "fiscal" not in folded:
        return []
    found: list[tuple[int, LabelledEnd]] = []
    # Each pattern is tried only where one of the words its matches open with starts.
    for match in WordPlaces(folded, ("fiscal",)).matches(_YEAR_EQUATION, text):
        date = date_from_match(match)
        if date is not None and not _PART_OF.search(text, max(0, match.start() - 40), match.start()):
            stated = match.group("weeks") if (match.group("week_unit") or "").lower() == "year" else None
            found.append(
                (
                    match.start(),
                    LabelledEnd(int(match.group("label")), 4, date, int(stated) if stated else None),
                )
            )
    quarters = [
        *WordPlaces(folded, (*_ORDINAL_WORDS, "fiscal")).matches(_QUARTER_EQUATION, text),
        *WordPlaces(folded, ("three", "quarter")).matches(_DATED_QUARTER, text),
    ]
    for match in quarters:
        date = date_from_match(match)
        groups = match.groupdict()
        label = groups.get("label") or groups.get("label2") or groups.get("label3")
        ordinal = groups.get("ord") or groups.get("ord2") or groups.get("ord3")
        if date is not None and label and ordinal:
            found.append((match.start(), LabelledEnd(int(label), _ORDINALS[ordinal.lower()], date)))
    return [end for _, end in sorted(found, key=lambda item: item[0])]


def fiscal_year_naming(text: str, *fyes: tuple[int, int] | None) -> int | None:
    """How the filer numbers its fiscal years: the offset k such that its fiscal year N ends in
    calendar year N + k. 0 (the usual way, and what is assumed when nothing says otherwise) or 1
    ("fiscal year 2009, the twelve months ended March 31, 2010"); None when the filing's phrases
    disagree with each other, or date a year ending in another month than the filer's fiscal-year
    ends ``fyes`` (two around a change of fiscal-year end): then no number places a year."""
    months = {fye[0] for fye in fyes if fye is not None}
    offsets: set[int] = set()
    for labelled in labelled_ends(text):
        if labelled.end.day != _month_end(labelled.end.year, labelled.end.month):
            continue  # a 52–53-week date (see ``week_quarter_ends``)
        month, year = _year_end_month(labelled.quarter, labelled.end)
        if months and month not in months:
            return None  # a year the filer's calendar does not have: its numbers are in doubt
        offsets.add(year - labelled.year)
    if offsets <= {0}:
        return 0
    return 1 if offsets == {1} else None


def document_fiscal_year_naming(doc: Document) -> int | None:
    """``fiscal_year_naming`` of the whole filing, computed once per document."""

    def naming(d: Document) -> int | None:
        change = document_fiscal_year_change(d)
        if change is not None:
            return fiscal_year_naming(d.text, change.old, change.new)
        return fiscal_year_naming(d.text, document_fiscal_year_end(d))

    return doc.derived("fiscal_year_naming", naming)


def week_quarter_ends(text: str) -> dict[tuple[int, int], dt.date]:
    """The end of each quarter of a 52–53-week filer's years that the filing dates beside its name,
    by (year as the filing numbers it, quarter; 4 for the year): "the third quarter of fiscal 2009,
    which ended September 27, 2009" gives (2009, 3); "fiscal 2009 will end on January 3, 2010"
    (2009, 4). A quarter dated twice over, on two dates, is left out."""
    ends: dict[tuple[int, int], dt.date | None] = {}
    for labelled in labelled_ends(text):
        key = (labelled.year, labelled.quarter)
        ends[key] = labelled.end if ends.get(key, labelled.end) == labelled.end else None
    return {key: end for key, end in ends.items() if end is not None}


def week_year_starts(text: str) -> frozenset[dt.date]:
    """The end of the year before each 52–53-week year whose length and end the filing states in one
    phrase ("fiscal 2008 was a 52-week year that ended December 28, 2008": the year before ended
    52 weeks earlier, on December 30, 2007), as a printed end places a year's first day. A year
    stated twice over, of two lengths or ends, is left out."""
    ends: dict[int, set[dt.date]] = {}
    lengths: dict[int, set[int]] = {}
    for labelled in labelled_ends(text):
        if labelled.quarter == 4:
            ends.setdefault(labelled.year, set()).add(labelled.end)
            if labelled.weeks is not None:
                lengths.setdefault(labelled.year, set()).add(labelled.weeks)
    starts = set()
    for year, weeks in lengths.items():
        if len(weeks) == 1 and len(ends[year]) == 1:
            starts.add(next(iter(ends[year])) - dt.timedelta(weeks=next(iter(weeks))))
    return frozenset(starts)


def document_week_year_starts(doc: Document) -> frozenset[dt.date]:
    """``week_year_starts`` of a filing that says its years run 52 or 53 weeks; empty otherwise."""
    return doc.derived(
        "week_year_starts", lambda d: week_year_starts(d.text) if states_week_year(d.text) else frozenset()
    )


def document_week_quarter_ends(doc: Document) -> dict[tuple[int, int], dt.date]:
    """``week_quarter_ends`` of a filing that says its years run 52 or 53 weeks; empty otherwise."""
    return doc.derived(
        "week_quarter_ends", lambda d: week_quarter_ends(d.text) if states_week_year(d.text) else {}
    )


# ---------------------------------------------------------------------------------------------
# Halves and first months of a fiscal year named by its number, in the compact way releases print
# them ("1HFY13", "9MFY13") or in words ("the second half of fiscal 2013", "the nine months of
# fiscal 2013"). "The first half of fiscal 2013" and "the first nine months of fiscal 2013" are read
# with the quarters (``kg.periods``); the words here are those no other reader takes.

#: "1HFY13", "1H FY13", "H1 FY2013", "2HFY13", OCR "lHFY13" (l/I for 1); "9MFY13", "6M FY2013".
_COMPACT_PART = cached_compile(
    r"\b(?:(?P<h>[12lI])\s?H|H\s?(?P<h2>[12])|(?P<m>[69])\s?M)\s?FY\s?'?(?P<y>(?:19|20)\d\d|\d\d)\b"
)
#: "the second half of fiscal 2013", "for the nine months of fiscal year 2013" (the year's first
#: nine: the months right after "the", "for", "in" or "during", not "the last (next, remaining)
#: six months"; "the first nine months" is read elsewhere).
_WORDED_PART = cached_compile(
    r"(?:(?<=\bthe\s)|(?<=\bfor\s)|(?<=\bin\s)|(?<=\bduring\s))"
    r"(?:(?P<second>second)\s+half|(?P<count>six|nine|6|9)[\s-]+months)\s+of\s+(?:the\s+)?"
    r"fiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:,|and|&)\s*(?:fiscal\s+)?(?:19|20)?\d\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PartLabel:
    """A part of a fiscal year named by the year's number: ``months`` months ending with quarter
    ``quarter`` of the year the filing calls ``year`` (1HFY13: 6 months to the end of quarter 2);
    ``start``/``end`` span its words."""

    year: int
    months: int
    quarter: int
    start: int
    end: int


def part_labels(text: str) -> list[PartLabel]:
    """The halves and first months of fiscal years a sentence names by number, in order."""
    found: list[PartLabel] = []
    for match in _COMPACT_PART.finditer(text) if "FY" in text else ():
        half = match.group("h") or match.group("h2")
        months, quarter = (
            (6, 2 if half in "1lI" else 4) if half else (int(match.group("m")), int(match.group("m")) // 3)
        )
        found.append(PartLabel(_full_year(match.group("y")), months, quarter, *match.span()))
    for match in _WORDED_PART.finditer(text) if "fiscal" in fold_case(text) else ():
        months = 6 if match.group("second") else _TO_DATE_MONTHS[match.group("count").lower()]
        quarter = 4 if match.group("second") else months // 3
        found.append(PartLabel(int(match.group("y")), months, quarter, *match.span()))
    return sorted(found, key=lambda label: label.start)


def _full_year(printed: str) -> int:
    """The year a label prints with two or four digits ("13" is 2013, "95" 1995)."""
    year = int(printed)
    return year if year > 100 else (1900 if year >= 70 else 2000) + year


_MONTH_DAY = MONTH_NAME + r"\.?\s+\d{1,2}"
#: "changed its fiscal year end from June 30 to December 31", "a change in the Company's fiscal
#: year-end from June 30 to December 31", "change its fiscal year end to December 31 from June 30".
_FY_CHANGE = cached_compile(
    # The filer's own change only ("the Company's", "its", "our"): "Takeda changed its fiscal year end"
    # in a partner's paragraph is a partner's change (the subject is checked by the caller).
    r"\bchang(?:e|ed|es|ing)\s+(?:in\s+)?(?:the\s+)?(?:company['’]s|its|our)\s+fiscal[\s-]+year[\s-]+end"
    r"(?:\s+date)?\s+(?:from\s+(?P<old>" + _MONTH_DAY + r")\s+to\s+(?P<new>" + _MONTH_DAY + r")"
    r"|to\s+(?P<new2>" + _MONTH_DAY + r")\s+from\s+(?P<old2>" + _MONTH_DAY + r"))\b",
    re.IGNORECASE,
)
#: "six-month transition period ended December 31, 2013", "the transition period ending December 31,
#: 2013", "transition period from July 1, 2013 to December 31, 2013": the last day of the transition.
_TRANSITION_END = cached_compile(
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
    "LabelledEnd",
    "PartLabel",
    "document_fiscal_year_change",
    "document_fiscal_year_end",
    "document_fiscal_year_naming",
    "document_week_quarter_ends",
    "document_week_year_starts",
    "fiscal_period_of",
    "fiscal_year_change",
    "fiscal_year_naming",
    "fiscal_year_of",
    "fiscal_year_start",
    "infer_fiscal_year_end",
    "labelled_ends",
    "part_labels",
    "stated_year_end_rule",
    "states_week_year",
    "week_quarter_ends",
    "week_year_starts",
]
