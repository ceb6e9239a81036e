"""Periods from the words of a filing: statement column headers and prose period phrases.

Column headers: "Three Months Ended September 30, 2005 and 2004", "Nine Months Ended March 31,"
with the years on a line of their own, "As of September 30, 2005 and June 30, 2005",
"September 30, June 30," over "2010 2010". Prose: "the three-month period ended September 30,
2005", "1QFY11", "the first quarter of fiscal 2006", "the same period last year".
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from kg.memo import short_string_cache
from kg.model import Period
from kg.pattern_cache import cached_compile
from kg.records import quick_init
from kg.text import MONTH_NAME, MONTHS, fold_case

_MONTH_NAMES = MONTH_NAME + r"\.?"
#: What every ``_MONTH_NAMES`` match starts with, lower-cased.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12,
    "1": 1, "2": 2, "3": 3, "4": 4, "6": 6, "9": 9, "12": 12,
}  # fmt: skip
_COUNT = r"(?:one|two|three|four|six|nine|twelve|\d{1,2})"

#: "period", "periods" after a length, or the "transition period" a filer changing its fiscal year
#: reports between its last old fiscal year and its first new one ("six-month transition period").
_TRANSITION = r"(?:[\s-]+(?:transition[\s-]+)?periods?)?"
#: The weeks of a 52–53-week year's quarters, halves, nine months and years, as a column header
#: counts them ("Thirteen Weeks Ended", "Fifty-Two Weeks Ended", "13 Weeks Ended"), and the months
#: each is (a 14-week quarter is a quarter, a 53-week year a year).
_WEEK_MONTHS = {13: 3, 14: 3, 26: 6, 27: 6, 39: 9, 40: 9, 52: 12, 53: 12}
_WEEK_WORDS = {
    "thirteen": 13, "fourteen": 14, "twenty-six": 26, "twenty-seven": 27, "thirty-nine": 39,
    "forty": 40, "fifty-two": 52, "fifty-three": 53,
}  # fmt: skip
_WEEK_COUNT = (
    r"(?:thirteen|fourteen|twenty[\s-]?(?:six|seven)|thirty[\s-]?nine|forty|fifty[\s-]?(?:two|three)|\d{2})"
)
#: How long a period is: "Three Months", "three and nine months", "six-month period", "Year", "Quarter",
#: "Thirteen Weeks", "13 and 52 weeks".
_LENGTH = (
    rf"(?:(?P<counts>{_COUNT}(?:\s*(?:,|and|&)\s*{_COUNT})*)[\s-]+months?{_TRANSITION}"
    rf"|(?P<weeks>{_WEEK_COUNT}(?:\s*(?:,|and|&)\s*{_WEEK_COUNT})*)[\s-]+weeks?"
    rf"|(?P<year>(?:fiscal\s+)?years?|twelve[\s-]+months?)|(?P<quarter>quarters?))"
)
#: A length counted in weeks, as ``_LENGTH`` reads it: "Thirteen Weeks", "Fifty-Two Weeks", "52 weeks".
_WEEKS_LENGTH = cached_compile(
    rf"\b{_WEEK_COUNT}(?:\s*(?:,|and|&)\s*{_WEEK_COUNT})*[\s-]+weeks?\b", re.IGNORECASE
)
#: "Three Months Ended September 30," / "three and nine months ended March 31, 2003 and 2002" /
#: "Year Ended December 31," / "Quarter Ended June 30" / "six-month period ended June 30, 2011".
_DURATION = cached_compile(
    rf"\b{_LENGTH}\s+(?:ended|ending|end)\s+(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})"
    rf"(?:\s*,?\s*(?P<years>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*))?",
    re.IGNORECASE,
)
#: A duration phrase's head alone, "Three Months Ended": in a stacked header each group's head is
#: on one line and its end date on the next, under it ("Three Months Ended   Six Months Ended" over
#: "December 31,   December 31,").
_DURATION_HEAD = cached_compile(rf"\b{_LENGTH}\s+(?:ended|ending)\b", re.IGNORECASE)
#: "September 30, 2005" or "September 30," (year on another header line).
_MONTH_DAY = cached_compile(
    rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})\b(?:\s*,?\s*(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_YEAR = cached_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A header line holding only years and OCR noise ("2003  2002  2003 _ 2002", "2010 2009").
_YEARS_ONLY = cached_compile(r"^[\s\t_$|—–\-(),.]*(?:(?:19|20)\d\d[\s\t_$|—–\-(),.]*)+$")


# ---------------------------------------------------------------------------------------------
# OCR-damaged header words. Only column headers and statement titles pass through
# ``repair_header``: their words come from a small vocabulary (month names, "Months Ended",
# years), so a broken one can be mended without guessing. Figures never do: a cell "4,7O6" is
# read by ``kg.numbers`` and stays declined.

#: Words of period headers, as they should read.
_HEADER_WORDS = (
    *(name for name in MONTHS if len(name) > 3),
    "months", "month", "ended", "ending", "years", "year", "three", "nine", "twelve",
    "quarter", "fiscal", "period", "inception", "cumulative",
)  # fmt: skip


def _broken_spellings(word: str) -> set[str]:
    """How OCR prints ``word`` in a header: one space inside it ("Mon ths", "Ende d") or an "m" read
    as "rn" ("Septernber"); never both, and never a short word (any two letters could be "Ma y")."""
    found = {word[:i] + " " + word[i:] for i in range(1, len(word))} if len(word) > 3 else set()
    found |= {word[:i] + "rn" + word[i + 1 :] for i, ch in enumerate(word) if ch == "m"}
    return found


_MENDED = {broken: word for word in _HEADER_WORDS for broken in _broken_spellings(word)}
#: A word, or two words one space or tab apart: where ``_MENDED`` spellings may stand. OCR of a
#: tab-separated header may split a word at a tab ("Year Ended Ju<tab>ne 30,").
_WORD_OR_PAIR = cached_compile(r"[A-Za-z]+(?:[ \t][A-Za-z]+)?")
#: The shortest word a pair is mended into when a stray letter stands at the split ("Er nded").
_STRAY_LETTER_WORD = 5
#: A year with O for 0 or l/I for 1 ("2O08", "2OO9", "l999"): four characters, at least one a digit.
_BROKEN_YEAR = cached_compile(r"(?<![\w,.])(?=[0-9OolI]{0,3}\d)[12lI][09Oo][0-9OolI]{2}(?![\w])")
#: A day after a month name with the same confusions ("March 3l,", "June 3O,").
_BROKEN_DAY = cached_compile(
    rf"(?P<month>\b{_MONTH_NAMES}\s+)(?P<day>(?=[0-9OolI]?\d)[0-9OolI]{{1,2}})(?=,|\s|$)", re.IGNORECASE
)
_DIGIT_OF = str.maketrans("OolI", "0011")


def _same_case(word: str, like: str) -> str:
    """``word`` in the case ``like`` is printed in: "DECEMBER", "December" or "december"."""
    letters = like.replace(" ", "").replace("\t", "")
    if letters.isupper():
        return word.upper()
    return word.capitalize() if letters[:1].isupper() else word


def _mend_year(match: re.Match[str]) -> str:
    year = match.group().translate(_DIGIT_OF)
    return year if _YEAR.fullmatch(year) else match.group()


def _mend_day(match: re.Match[str]) -> str:
    day = match.group("day").translate(_DIGIT_OF)
    return match.group("month") + (day if 1 <= int(day) <= 31 else match.group("day"))


def _mended_pair(first: str, second: str) -> str | None:
    """The header word two pieces OCR split it into make ("Mon ths", "Ju<tab>ne"), or None. A longer
    word may also carry a stray letter at the split ("Er<tab>nded" for "Ended"): the pieces make it
    with that letter left out of either, and no other header word."""
    mended = _MENDED.get(f"{first} {second}".lower())
    if mended is not None:
        return mended
    found = {
        _MENDED.get(f"{a} {b}".lower()) for a, b in ((first[:-1], second), (first, second[1:])) if a and b
    } - {None}
    if len(found) == 1:
        (word,) = found
        return word if word is not None and len(word) >= _STRAY_LETTER_WORD else None
    return None


def _mend_words(text: str) -> str:
    """``text`` with each broken header word mended (a dictionary look-up per word and per pair of
    words: far quicker than one pattern of every broken spelling, on every row of every table)."""
    out: list[str] = []
    at = 0  # text before ``at`` is in ``out``
    match = _WORD_OR_PAIR.search(text)
    while match is not None:
        words = match.group()
        pieces = re.split(r"[ \t]", words, maxsplit=1)
        mended = _MENDED.get(words.lower()) if len(pieces) == 1 else _mended_pair(*pieces)
        if mended is None and len(pieces) == 2:
            words = pieces[0]  # two words, not one broken: the second may pair with the next
            mended = _MENDED.get(words.lower())
        out.append(text[at : match.start()] + (_same_case(mended, words) if mended else words))
        at = match.start() + len(words)
        match = _WORD_OR_PAIR.search(text, at)
    out.append(text[at:])
    return "".join(out)


@short_string_cache(maxsize=4096)
def repair_header(text: str) -> str:
    """A header line or title with its OCR-broken period words mended: "Three Mon ths Ended" →
    "Three Months Ended", "Year Ende d Septernber 3O," → "Year Ended September 30,", "2OO8" → "2008".

    For header text only (see above): in a figure an O or l is damage to decline, not to mend.
    """
    text = _mend_words(text)
    text = _BROKEN_YEAR.sub(_mend_year, text)
    return _BROKEN_DAY.sub(_mend_day, text)


@quick_init
@dataclass(frozen=True)
class DurationGroup:
    """One header phrase naming a duration: ``months`` long, ending on ``month``/``day``, with any years it prints."""

    months: int
    month: int
    day: int
    years: tuple[int, ...] = ()
    #: The weeks the header counts ("Thirteen Weeks Ended"), 0 for a length in months: a period of
    #: weeks is exact from its end, whatever calendar the filer keeps.
    weeks: int = 0

    def period(self, end: dt.date) -> Period:
        """The group's period ending on ``end``: so many weeks, or ``months`` (see ``duration_ending``)."""
        if self.weeks:
            return Period(start=end - dt.timedelta(weeks=self.weeks) + dt.timedelta(days=1), end=end)
        return duration_ending(end, self.months)


def _lengths_of(match: re.Match[str]) -> list[tuple[int, int]] | None:
    """Durations a header names, each as its months and its weeks (0 for a length in months):
    "three and nine months" → [(3, 0), (9, 0)], "Thirteen Weeks" → [(3, 13)], "Fifty-Three Weeks"
    → [(12, 53)]; None when a count is no length a statement's column runs."""
    if match.groupdict().get("weeks"):
        weeks = [_week_count(c) for c in re.findall(_WEEK_COUNT, match.group("weeks"), re.IGNORECASE)]
        if any(w is None for w in weeks):
            return None
        return [(_WEEK_MONTHS[w], w) for w in weeks if w is not None]
    months = _months_of(match)
    return None if months is None else [(m, 0) for m in months]


def _week_count(text: str) -> int | None:
    """The weeks a count of a week length names ("Fifty-Two", "fifty two", "52"), when a quarter, half,
    nine months or year of a 52–53-week calendar runs so many; None for any other count."""
    key = re.sub(r"[\s-]+", "-", text.strip().lower())
    weeks = int(key) if key.isdigit() else _WEEK_WORDS.get(key)
    return weeks if weeks in _WEEK_MONTHS else None


def _months_of(match: re.Match[str]) -> list[int] | None:
    """Durations in months a header or phrase names: "three and nine months" → [3, 9], "quarter" → [3],
    "year" → [12]; None when a count is not a number of months."""
    if match.group("counts"):
        counts = [_NUMBER_WORDS.get(c.lower()) for c in re.findall(_COUNT, match.group("counts"), re.I)]
        if any(c is None or c > 12 for c in counts):
            return None
        return [c for c in counts if c]
    if match.group("quarter"):
        return [3]
    return [12]


def _month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def month_end(year: int, month: int) -> int:
    """Last day of a month."""
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the day does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def period_months(period: Period) -> int:
    """How many months long a duration is (3 for a quarter): counted from the day before it starts,
    so that a quarter of a 52–53-week year ("three months ended September 27, 2009", from June 29)
    is three months long, as a calendar quarter is; such a year's 14-week fourth quarter and its
    53 weeks are three and twelve months too."""
    assert period.start is not None and period.end is not None
    weeks = weekday_months(period)
    if weeks is not None:
        return weeks
    before = period.start - dt.timedelta(days=1)
    return (period.end.year - before.year) * 12 + period.end.month - before.month


#: A quarter of a 52–53-week year: 13 weeks (its fourth quarter may run 14).
_QUARTER_WEEKS = 13
#: Lengths in days of the periods of a 52–53-week year that end on a weekday, and their months: its
#: quarters (the fourth, or in a few filers' calendars the first, of 13 or 14 weeks), six and nine
#: months (a week longer after a 14-week first quarter), and the year of 52 or 53 weeks.
_WEEK_PERIOD_MONTHS = {91: 3, 98: 3, 182: 6, 189: 6, 273: 9, 280: 9, 364: 12, 371: 12}


def is_weekday_end(end: dt.date) -> bool:
    """True for a period end that is no month's last day: a 52–53-week year's, which ends on a
    weekday near a month's end."""
    return end.day != month_end(end.year, end.month)


def weekday_months(period: Period) -> int | None:
    """Months of a duration of a 52–53-week year that runs a whole number of its quarters (see
    ``_WEEK_PERIOD_MONTHS``); None for any other period. Such a period ends on a weekday, or on a
    month's last day that is that weekday (Friday, December 31, 2010: the quarter from Saturday,
    October 2), and then starts on no month's first day, as calendar months do."""
    if period.start is None or period.end is None:
        return None
    if not is_weekday_end(period.end) and period.start.day == 1:
        return None
    return _WEEK_PERIOD_MONTHS.get((period.end - period.start).days + 1)


def duration_ending(end: dt.date, months: int) -> Period:
    """The ``months``-long period ending on ``end``: whole calendar months for a month's last day.

    Any other day ends a period of a 52–53-week year: 13 weeks a quarter, as long as such a year's
    first three quarters, its six and its nine months run. A fourth quarter or a year may run a week
    longer (14 or 53 weeks): ``WeekCalendar.duration`` places those exactly, or not at all."""
    if end.day == month_end(end.year, end.month):
        total = end.year * 12 + end.month - 1 - (months - 1)
        start = dt.date(total // 12, total % 12 + 1, 1)
    elif months % 3 == 0:
        start = end - dt.timedelta(weeks=_QUARTER_WEEKS * months // 3) + dt.timedelta(days=1)
    else:
        total = end.year * 12 + end.month - 1 - months
        year, month = total // 12, total % 12 + 1
        start = dt.date(year, month, min(end.day, month_end(year, month))) + dt.timedelta(days=1)
    return Period(start=start, end=end)


@dataclass(frozen=True)
class WeekCalendar:
    """What a filing prints of a 52–53-week filer's calendar: the period ends it prints (balance-sheet
    dates, statement columns, dated phrases) and which of them end a fiscal year.

    Such a year ends on a weekday near a month's end and runs 52 weeks, or 53 when that weekday
    falls a week later. Its first three quarters run 13 weeks each (its six and nine months 26 and
    39), and the fourth quarter the rest: 13 or 14 weeks (a few filers give the extra week to the
    first quarter instead: that shows where the filing prints the end of the year before 14 weeks
    before the first quarter's end). A year's first day is therefore certain only where the filing
    prints the end of the year before; so is its fourth quarter's.
    """

    ends: frozenset[dt.date] = frozenset()
    year_ends: frozenset[dt.date] = frozenset()

    def closes_year(self, end: dt.date) -> bool:
        """Whether ``end`` may end a fiscal year: it ends one the filing prints, or lies within a week
        of the same day of another year (such years end on the same weekday near the same date)."""
        for year_end in self.year_ends:
            for year in (end.year - 1, end.year, end.year + 1):
                same = dt.date(year, year_end.month, min(year_end.day, month_end(year, year_end.month)))
                if abs((end - same).days) <= 7:
                    return True
        return False

    def year_start(self, end: dt.date) -> dt.date | None:
        """The first day of the fiscal year ending on ``end``: the day after the end of the year
        before, which the filing prints 52 or 53 weeks earlier; None when it prints neither (or both)."""
        printed = [end - dt.timedelta(weeks=w) for w in (52, 53) if end - dt.timedelta(weeks=w) in self.ends]
        return printed[0] + dt.timedelta(days=1) if len(printed) == 1 else None

    def fourth_quarter(self, end: dt.date) -> Period | None:
        """The fourth quarter of the fiscal year ending on ``end``: what its first 39 weeks leave of it."""
        if not is_weekday_end(end):
            return duration_ending(end, 3)
        return self._fourth_quarter(end)

    def _fourth_quarter(self, end: dt.date) -> Period | None:
        start = self.year_start(end)
        return Period(start=start + dt.timedelta(weeks=3 * _QUARTER_WEEKS), end=end) if start else None

    def duration(self, end: dt.date, months: int) -> Period | None:
        """The ``months``-long period ending on ``end``, or None when its first day is in doubt: a year
        or a fourth quarter whose year's start the filing does not print, or a length no 52–53-week
        calendar has. A month's last day ends whole calendar months (see ``week_duration`` for a
        52–53-week year's period that ends on one)."""
        if not is_weekday_end(end):
            return duration_ending(end, months)
        return self.week_duration(end, months)

    def week_duration(self, end: dt.date, months: int) -> Period | None:
        """The ``months``-long period of a 52–53-week year ending on ``end``, whatever day that is: such
        a year may end on a month's last day too (a Friday, December 31), and its periods then run
        weeks all the same, not calendar months. None when its first day is in doubt (see
        ``duration``)."""
        if months == 12:
            start = self.year_start(end)
            return Period(start=start, end=end) if start else None
        if self.closes_year(end):
            return self._fourth_quarter(end) if months == 3 else None
        if months not in (3, 6, 9):
            return None
        return Period(start=self._part_start(end, months), end=end)

    def _part_start(self, end: dt.date, months: int) -> dt.date:
        """The first day of a quarter, six or nine months of a 52–53-week year ending on ``end`` (no
        year's end): 13 weeks a quarter back, or, where the filing prints the end of the year before
        one week further back, the day after it. A 53-week year may add its extra week to its first
        quarter (then of 14 weeks): the printed end of the year before places that part exactly."""
        weeks = _QUARTER_WEEKS * months // 3
        longer = end - dt.timedelta(weeks=weeks + 1)
        if longer in self.year_ends:
            return longer + dt.timedelta(days=1)
        return end - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)


def duration_groups(text: str) -> list[DurationGroup]:
    """Duration phrases of a header, in order; "three and nine months ended" gives two groups."""
    groups: list[DurationGroup] = []
    for match in _DURATION.finditer(text):
        month = _month_number(match.group("month"))
        if month is None:
            continue
        day = int(match.group("day"))
        years = tuple(int(y) for y in _YEAR.findall(match.group("years") or ""))
        lengths = _lengths_of(match)
        if lengths is None:
            continue
        groups.extend(DurationGroup(m, month, day, years, w) for m, w in lengths)
    return groups


def stacked_duration_groups(text: str) -> list[DurationGroup]:
    """Duration groups of a stacked header, whose heads all come before their end dates.

    Joined, the lines "Three Months Ended   Six Months Ended" and "December 31,   December 31,"
    read "Three Months Ended Six Months Ended December 31, December 31,": the heads pair with the
    dates in order, or all share one date when a single one is printed. Any other arrangement (a
    date between two heads, a date count that pairs with nothing) gives no group: unsure.
    """
    text = _join_split_heads(text)
    heads = list(_DURATION_HEAD.finditer(text))
    if not heads or _MONTH_DAY.search(text, heads[0].end(), heads[-1].start()):
        return []
    dates = list(_MONTH_DAY.finditer(text, heads[-1].end()))
    dated = _dated_columns(heads, dates)
    if dated is not None:
        return dated
    if len(heads) < 2:
        return []
    if len(dates) == 1:
        dates *= len(heads)
    if len(dates) > len(heads) and len(dates) % len(heads) == 0 and not any(d.group("year") for d in dates):
        # A date over each column ("Three Months Ended   Twelve Months Ended" over "January 1,
        # January 2,   January 1,   January 2,"): each head spans an equal run of them, in order.
        # A 52–53-week filer's years end on a different day each year, so each column prints its own.
        per = len(dates) // len(heads)
        heads = [head for head in heads for _ in range(per)]
    if len(dates) != len(heads):
        return []
    groups: list[DurationGroup] = []
    for head, date in zip(heads, dates, strict=True):
        month = _month_number(date.group("month"))
        lengths = _lengths_of(head)
        if month is None or lengths is None:
            return []
        years = (int(date.group("year")),) if date.group("year") else ()
        groups.extend(DurationGroup(m, month, int(date.group("day")), years, w) for m, w in lengths)
    return groups


def _dated_columns(heads: list[re.Match[str]], dates: list[re.Match[str]]) -> list[DurationGroup] | None:
    """Groups of heads spanning columns that each print a full date: "Three Months Ended" over
    "June 30, 2010   June 30, 2009" (a colspan heading over one dated cell per column). Each
    duration takes an equal run of the dates, in order, all printing a year and the same month and
    day; None for any other arrangement."""
    lengths: list[tuple[int, int]] = []
    for head in heads:
        found = _lengths_of(head)
        if found is None:
            return None
        lengths.extend(found)
    if not lengths or len(dates) <= len(lengths) or len(dates) % len(lengths):
        return None
    if any(not d.group("year") for d in dates):
        return None
    # Nothing but the dates after the last heading ("Period from March 3, 2008 to …" is no column).
    between = [heads[-1].string[a.end() : b.start()] for a, b in itertools.pairwise([heads[-1], *dates])]
    if any(not _HEADER_FILLER.match(w) for gap in between for w in re.findall(r"[A-Za-z()]+", gap)):
        return None
    if len(lengths) == 1:
        # One heading over every column ("Three Months Ended" over "June 30, 2010   March 31,
        # 2010"): each column is that long and ends on its own date.
        each = []
        for d in dates:
            month = _month_number(d.group("month"))
            if month is None:
                return None
            months, weeks = lengths[0]
            each.append(DurationGroup(months, month, int(d.group("day")), (int(d.group("year")),), weeks))
        return each
    per = len(dates) // len(lengths)
    groups: list[DurationGroup] = []
    for index, (months, weeks) in enumerate(lengths):
        run = dates[index * per : (index + 1) * per]
        ends = [end for end in map(_match_date, run) if end is not None]
        if len(ends) != len(run) or not _one_end_of_years(ends):
            return None
        # Each column its own group: a 52–53-week filer's columns end on a different day each year.
        groups.extend(DurationGroup(months, end.month, end.day, (end.year,), weeks) for end in ends)
    return groups


def _match_date(match: re.Match[str]) -> dt.date | None:
    """The date a ``_MONTH_DAY`` match prints with its year, or None (no such day, no year)."""
    month = _month_number(match.group("month"))
    if month is None or not match.group("year"):
        return None
    return safe_date(int(match.group("year")), month, int(match.group("day")))


#: How far apart the same period's ends of two years may lie in a 52–53-week calendar: such a year
#: ends on one weekday nearest (or last before) a date, so its quarters' ends drift within a week.
WEEK_DRIFT_DAYS = 6


def _one_end_of_years(ends: list[dt.date]) -> bool:
    """Whether the dates printed under one heading end the same period of different years: all on
    one day of the year ("June 30, 2010   June 30, 2009"), or, a 52–53-week filer's ("October 2,
    2009   September 26, 2008", "December 31, 2010   January 1, 2010"), each a year or more from
    the others and within a week of their day of the year. Two quarters of one year ("June 30, 2010
    March 31, 2010") are no run of one heading read in equal shares: which columns it spans is then
    unsure."""
    if len({(end.month, end.day) for end in ends}) == 1:
        return True
    return all(
        abs((a - b).days) > 7 and drift_days(a, b) <= WEEK_DRIFT_DAYS
        for a, b in itertools.combinations(ends, 2)
    )


def drift_days(first: dt.date, second: dt.date) -> int:
    """Days between two dates' days of the year, over a year's turn too (January 2 and December
    28 lie five days apart): how far the same period's ends of two 52–53-week years drift."""
    days = []
    for year in (first.year - 1, first.year, first.year + 1):
        moved = safe_date(year, second.month, second.day) or dt.date(year, second.month, 28)
        days.append(abs((first - moved).days))
    return min(days)


#: A run of two or more lengths ("Three Months   Six Months"), and a run of "Ended" words.
_LENGTH_RUN = cached_compile(rf"\b{_LENGTH}(?:\s+{_LENGTH.replace('?P<', '?P<x_')})+\b", re.IGNORECASE)
_ENDED_RUN = cached_compile(r"\s+((?:ended|ending)(?:\s+(?:ended|ending))+)\b", re.IGNORECASE)
_LENGTH_ONLY = cached_compile(rf"\b{_LENGTH}", re.IGNORECASE)


def _join_split_heads(text: str) -> str:
    """``text`` with heads stacked over three lines joined: each column group prints "Three Months"
    on one line, "Ended" on the next and its date on the third, so the joined lines read "Three
    Months Six Months Ended Ended June 30, June 30,". Rewritten "Three Months Ended Six Months
    Ended" only when the lengths and the "Ended" words are as many; otherwise left as it is."""
    for run in _LENGTH_RUN.finditer(text):
        ended = _ENDED_RUN.match(text, run.end())
        if ended is None:
            continue
        lengths = [m.group() for m in _LENGTH_ONLY.finditer(run.group())]
        words = ended.group(1).split()
        if len(lengths) != len(words):
            continue
        joined = " ".join(f"{length} {word}" for length, word in zip(lengths, words, strict=True))
        return text[: run.start()] + joined + text[ended.end() :]
    return text


def dedupe_groups(groups: list[DurationGroup]) -> list[DurationGroup]:
    """Drop a group repeating the one before it (a header printed twice, once OCR-damaged)."""
    out: list[DurationGroup] = []
    for group in groups:
        same = out and (out[-1].months, out[-1].weeks, out[-1].month, out[-1].day) == (
            group.months,
            group.weeks,
            group.month,
            group.day,
        )
        # A phrase per column, each with its own year ("… December 31, 2007", "… December 31, 2006")
        # is two columns, not one header printed twice.
        if same and not (group.years and out[-1].years and group.years != out[-1].years):
            if group.years and not out[-1].years:
                out[-1] = group
            continue
        out.append(group)
    return out


#: Words a header line prints around its period phrases ("As of", "(Unaudited)", "and").
_HEADER_FILLER = cached_compile(r"(?i)^(?:and|as|of|at|for|the|unaudited|audited|\(unaudited\)|\(audited\))$")


def is_period_header(text: str) -> bool:
    """True for a column-header line made of period phrases, however long.

    "Three Months Ended June 30, Three Months Ended June 30, Six Months Ended June 30, …" over four
    columns has many words and no numbers, like prose; what sets it apart is that nothing is left
    once the period phrases, dates, years and a few filler words are taken out.
    """
    text = repair_header(text)
    rest = _DURATION.sub(" ", text)
    if rest == text:
        rest = _MONTH_DAY.sub(" ", text)
        if rest == text:
            return False
    rest = _MONTH_DAY.sub(" ", rest)
    rest = _YEAR.sub(" ", rest)
    words = [w for w in re.split(r"[\s,|$_—–-]+", rest) if w]
    return all(_HEADER_FILLER.match(w) for w in words)


#: The words of a header line that tell its periods from another's: a duration's length ("Three",
#: "Nine", "Quarter", "Year"), a month, an inception column. A word OCR broke beyond mending is
#: not read, so it names nothing (it is never taken for another word).
_PERIOD_NAMING = cached_compile(
    rf"\b(?:(?P<weeks>{_WEEK_COUNT}[\s-]+weeks?)|(?P<count>one|two|three|four|six|nine|twelve)"
    rf"|(?P<quarter>quarters?)|(?P<year>years?)"
    rf"|(?P<inception>inception|cumulative)|(?P<month>{_MONTH_NAMES}))(?![A-Za-z])",
    re.IGNORECASE,
)


def period_words(text: str) -> tuple[str, ...]:
    """The words of a (mended) header line naming its periods, in order and normalised: each length
    ("three", "nine", "quarter", "year"), each month as its number ("9"), "inception".

    Two lines naming the same periods give the same words however OCR damaged their other letters:
    "Three Mon ths Ended Septernber 30," and "Three Months Ended Sept. 30," give ("three", "9");
    "Nine Months Ended September 30," gives ("nine", "9"), and "Year Ended" ("year", …).
    """
    words: list[str] = []
    for match in _PERIOD_NAMING.finditer(repair_header(text)):
        if match.group("month"):
            month = _month_number(match.group("month"))
            if month is not None:
                words.append(str(month))
        elif match.group("weeks"):
            count = re.sub(r"(?i)[\s-]+weeks?$", "", match.group("weeks"))
            words.append(f"{_week_count(count)} weeks")
        elif match.group("count"):
            words.append(match.group("count").lower())
        elif match.group("quarter"):
            words.append("quarter")
        elif match.group("year"):
            words.append("year")
        else:
            words.append("inception")
    return tuple(words)


def names_other_periods(text: str, original: str) -> bool:
    """True when header ``text`` names a period word that ``original`` (another header) does not,
    in the same order: a length or month of its own, not the same words with some lost to OCR."""
    own = iter(period_words(original))
    return not all(word in own for word in period_words(text))  # a subsequence test


#: What may open a period phrase after a preposition: "for the quarter", "in the third quarter of
#: 2008", "in fiscal 2009", "for the three months ended …", "in 2012", "for the full year", "for
#: the same period last year", "for 1QFY11".
_PERIOD_OPENING = cached_compile(
    rf"(?:(?:the|its|our|this|that|each|both|all|any)\s+)?(?:of\s+the\s+)?(?:(?:company|corporation)['’]s\s+)?"
    rf"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|full|fiscal|calendar|current|same|prior|previous"
    rf"|preceding|comparable|corresponding|last|latest|most|recent|next|coming|final|entire|whole|one|two"
    rf"|three|four|six|nine|twelve|quarters?|years?|months?|periods?|half|halves|interim|year[\s-]to[\s-]date"
    rf"|FY|Q[1-4])(?![A-Za-z])|[1-4lLI]\s?Q\s?FY|(?:19|20)\d\d(?!\d)|'\d\d(?!\d)|\d{{1,2}}[\s-]months?\b"
    rf"|{_MONTH_NAMES}(?![A-Za-z]))",
    re.IGNORECASE,
)


def opens_period(text: str, pos: int) -> bool:
    """True when the words at ``pos`` of ``text`` open a period phrase ("the quarter", "fiscal 2009",
    "the third quarter of 2008", "2012"), not a noun of something else ("the U.S.", "Europe")."""
    return _PERIOD_OPENING.match(text, pos) is not None


#: The heading of a development-stage company's inception-to-date column: "Period from Inception
#: (May 1, 1995) to December 31, 2008", "Cumulative from inception", "Inception to date".
INCEPTION = cached_compile(r"(?i)\b(?:inception|cumulative)\b")


#: Words a piece of a column header holds besides dates and years: the parts of a stacked header
#: ("Three Months" / "Ended" / "December 31,"), a few fillers, the words of an inception column.
_FRAGMENT_WORD = cached_compile(
    r"(?i)^(?:and|as|of|at|for|the|unaudited|audited|months?|ended|ending|years?|fiscal|quarters?"
    r"|three|six|nine|twelve|periods?|from|to|through|inception|cumulative|since|date)$"
)
#: A word only a period header holds (a filler like "and" or "(Unaudited)" is in other lines too).
_PERIOD_WORD = cached_compile(r"(?i)\b(?:months?|ended|ending|years?|quarters?|weeks?)\b")


#: What only a figure prints: a thousands group ("1,210", not the "31,2008" of a date OCR squeezed),
#: a decimal point between digits, a parenthesis opening on a digit.
_FIGURE_MARK = cached_compile(r"\d,\d{3}(?!\d)|\d\.\d|\(\d")


def is_header_fragment(text: str) -> bool:
    """True for a line that can only be (part of) a column header: period words, dates and years,
    nothing else ("Three Months Ended   Nine Months Ended", "September 30,", "Ended", "2009  2OO8").

    Such a line holds no figure: a number that is neither a year nor the day of a date is left over.
    """
    if _FIGURE_MARK.search(text):
        return False  # a statement row's figure ("1,210", "(0.25)"): most rows end here, unmended
    text = repair_header(text)
    rest = _YEAR.sub(" ", _MONTH_DAY.sub(" ", text))
    if rest == text and not _PERIOD_WORD.search(text) and not INCEPTION.search(text):
        return False  # no date, no year, no period word: nothing of a header
    if "week" in rest.lower():
        rest = _WEEKS_LENGTH.sub(" ", rest)  # "Thirteen Weeks", "52 Weeks": a length, as "Three Months" is
    words = [w for w in re.split(r"[\s,|$_—–()\-.:]+", rest) if w]
    return all(_FRAGMENT_WORD.match(w) for w in words)


_ANY_DATE = rf"{_MONTH_NAMES}\s+\d{{1,2}}(?:\s*,?\s*(?:19|20)\d\d)?"
#: An inception-to-date heading printed on one line (a title, an HTML cell): "and for the period from
#: May 1, 1995 (inception) to December 31, 2008", "Period from Inception (May 1, 1995) to December
#: 31, 2008", "Cumulative from inception", "Cumulative".
_INCEPTION_PHRASE = cached_compile(
    rf"(?:,?\s*(?:and\s+)?(?:for\s+)?(?:the\s+)?)?(?:cumulative\s+)?(?:(?:period|amounts?|totals?)\s+)?"
    rf"(?:(?:from|since)\s+)?(?:\(?\s*{_ANY_DATE}\s*\)?\s*)?\(?\s*(?:date\s+of\s+)?inception\s*\)?"
    rf"(?:\s*\(\s*{_ANY_DATE}\s*\))?(?:\s*(?:to|through)\s+(?:date\b|{_ANY_DATE}))?"
    rf"|(?:,?\s*(?:and\s+)?)?\bcumulative\b(?:\s+(?:amounts?|totals?|period))?",
    re.IGNORECASE,
)


def strip_inception(text: str) -> str:
    """Header text without its inception-to-date heading, when that is printed on one line."""
    return _INCEPTION_PHRASE.sub(" ", text) if INCEPTION.search(text) else text


def names_duration(text: str) -> bool:
    """True when header text names a duration or a cumulative column, not only balance-sheet dates."""
    return bool(_PERIOD_WORD.search(repair_header(text)) or INCEPTION.search(text))


def is_years_line(text: str) -> bool:
    """True for a header line holding only years (and OCR noise): "2003  2002  2003 _ 2002", or
    years OCR printed with an O or l ("2009  2OO8": no figure, so the line is still no data row)."""
    if not text.strip():
        return False
    if _YEARS_ONLY.match(text):
        return True
    return any(ch in text for ch in "OolI") and bool(_YEARS_ONLY.match(_BROKEN_YEAR.sub(_mend_year, text)))


#: The heading of a percentage-change column closing a header line: "% Change", "Increase (Decrease)".
_CHANGE_HEADING = cached_compile(
    r"(?:\s+|^)(?:%\s*(?:change|increase|decrease|inc\.?|dec\.?)|(?:increase|decrease|change)(?:\s*/?\s*\((?:increase|decrease)\))?|%)\s*$",
    re.IGNORECASE,
)
_TRAILING_YEARS = cached_compile(r"(?:[\s|]+(?:and\s+)?(?:19|20)\d\d\b){2,}[\s|]*$")


def split_header(lines: list[str]) -> tuple[list[str], list[list[int]]]:
    """Header lines without their year rows, and the year rows: a line of years, or two or more
    years closing a line ("Three Months Ended September 30, 2005 and 2004", a flattened row)."""
    text_lines: list[str] = []
    year_rows: list[list[int]] = []
    for line in lines:
        line = _CHANGE_HEADING.sub("", repair_header(line))  # a change column's heading holds no period
        if is_years_line(line):
            year_rows.append(years_in(line))
            continue
        match = _TRAILING_YEARS.search(line)
        if match:
            year_rows.append(years_in(match.group()))
            line = line[: match.start()]
        text_lines.append(line)
    return text_lines, year_rows


def years_in(text: str) -> list[int]:
    """The four-digit years of a line, in order."""
    return [int(y) for y in _YEAR.findall(text)]


def duration_columns(header_lines: list[str], ncols: int) -> list[Period] | None:
    """Periods of ``ncols`` duration columns from a statement's header lines, or None when unsure.

    The year row (a line of years) gives one year per column; the duration phrases are shared
    out over it in order ("Three Months Ended …  Nine Months Ended …" over "2003 2002 2003 2002").
    Without a year row, the years printed in the phrase itself are used ("… 2005 and 2004").
    """
    text_lines, year_rows = split_header(header_lines)
    phrase_text = _with_implied_ended(" ".join(text_lines))
    groups = dedupe_groups(duration_groups(phrase_text))
    stacked = dedupe_groups(stacked_duration_groups(phrase_text))
    # A stacked reading that pairs more heads with dates, or gives the columns more years (one
    # heading over a dated cell per column), is the header's reading.
    if len(stacked) > len(groups) or (
        len(stacked) == len(groups) and sum(map(_year_count, stacked)) > sum(map(_year_count, groups))
    ):
        groups = stacked
    if not groups:
        return None
    years = next((row for row in reversed(year_rows) if len(row) == ncols), None)
    if years is not None:
        # Prefer the phrases nearest the columns: the last len(years)/k groups that divide evenly.
        for k in range(len(groups), 0, -1):
            tail = groups[-k:]
            if ncols % k == 0 and all(not g.years or len(g.years) == ncols // k for g in tail):
                per = ncols // k
                even = _columns(tail, [years[i * per : (i + 1) * per] for i in range(k)])
                return even if even is not None else _uneven_columns(groups, years)
        return _uneven_columns(groups, years)
    with_years = [g for g in groups if g.years]
    if sum(len(g.years) for g in with_years) == ncols:
        return _columns(with_years, [list(g.years) for g in with_years])
    return None


#: A count of months right before a date, as a column heading prints it without "Ended" ("Three
#: Months" over "March 31,").
_MONTHS_BEFORE_DATE = cached_compile(
    rf"\b{_COUNT}[\s-]+months?(?=\s+{_MONTH_NAMES}\s+\d{{1,2}}\b)", re.IGNORECASE
)
_ENDED_WORD = cached_compile(r"(?i)\b(?:ended|ending)\b")


def _uneven_columns(groups: list[DurationGroup], years: list[int]) -> list[Period] | None:
    """Periods of groups over unequal numbers of columns ("Three Months Ended" and "Six Months Ended"
    over two years each, "Year Ended" over one: "2010 2009 2010 2009 2010"), or None.

    Each group prints its years from the latest back, so the line of years falls into runs that
    each start again at a later year; read only when there is one run per group and each run
    holds the years a group may print (its own, when it prints them)."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year < runs[-1][-1]:
            runs[-1].append(year)
        else:
            runs.append([year])
    if len(runs) != len(groups) or len(runs) == 1:
        return None
    if any(g.years and list(g.years) != run for g, run in zip(groups, runs, strict=True)):
        return None
    return _columns(groups, runs)


def _with_implied_ended(text: str) -> str:
    """A header's text with "Ended" put after its one length when the header prints no "Ended" and
    the length stands right over a date ("Three Months" over "March 31," over the years): such a
    heading names the months ending on that date. A header of two lengths and no "Ended" is left
    as it is (which length goes with which date is unsaid)."""
    if _ENDED_WORD.search(text):
        return text
    lengths = list(_LENGTH_ONLY.finditer(text))
    if len(lengths) != 1:
        return text
    match = _MONTHS_BEFORE_DATE.search(text)
    if match is None or match.start() != lengths[0].start():
        return text
    return text[: match.end()] + " Ended" + text[match.end() :]


def _year_count(group: DurationGroup) -> int:
    return len(group.years)


def _columns(groups: list[DurationGroup], years: list[list[int]]) -> list[Period] | None:
    """The groups' periods over their years; None when two columns would get the same period (a
    header read wrong: its figures would be filed under the wrong period), or when a length in
    weeks prints one day over several years ("Thirteen Weeks Ended September 27," over "2008 2007"):
    a 52–53-week year ends on another day each year, so the day printed is one year's end only, and
    the other years' ends are not printed."""
    periods = []
    for group, group_years in zip(groups, years, strict=True):
        if group.weeks and len(group_years) > 1:
            return None
        for year in group_years:
            end = safe_date(year, group.month, group.day)
            if end is None:
                return None
            periods.append(group.period(end))
    return periods if len(set(periods)) == len(periods) else None


def shares_week_day(header_lines: list[str]) -> bool:
    """True when a header counts weeks ("Thirteen Weeks Ended September 27,") and prints fewer end
    dates than the years it spans: one day for several years, which ends one of them only (see
    ``_columns``)."""
    text_lines, year_rows = split_header(header_lines)
    text = " ".join(text_lines)
    if not _WEEKS_LENGTH.search(text):
        return False
    dates = list(_MONTH_DAY.finditer(text))
    years = max((len(row) for row in year_rows), default=0)
    return bool(dates) and years > len(dates)


def names_weeks(text: str) -> bool:
    """True when header text counts a period's length in weeks ("Thirteen Weeks Ended")."""
    return _WEEKS_LENGTH.search(text) is not None


def instant_columns(header_lines: list[str], title: str, ncols: int) -> list[dt.date] | None:
    """Balance-sheet dates of ``ncols`` columns from header lines ("September 30, June 30," over
    "2010 2010") or, failing that, the title ("As of September 30, 2005 and June 30, 2005")."""
    partial: list[tuple[int, int, int | None]] = []
    title = repair_header(title)
    text_lines, year_rows = split_header(header_lines)
    year_row = next((row for row in reversed(year_rows) if len(row) == ncols), None)
    for line in text_lines:
        for match in _MONTH_DAY.finditer(line):
            month = _month_number(match.group("month"))
            if month is not None:
                year = int(match.group("year")) if match.group("year") else None
                partial.append((month, int(match.group("day")), year))
    from_title = []
    for match in _MONTH_DAY.finditer(title):
        month = _month_number(match.group("month"))
        if month is not None and match.group("year"):
            from_title.append(safe_date(int(match.group("year")), month, int(match.group("day"))))
    if len(partial) == ncols:
        if all(p[2] is not None for p in partial):
            return _dates([(m, d, y) for m, d, y in partial])  # type: ignore[misc]
        if year_row is not None:
            return _dates([(m, d, p or y) for (m, d, p), y in zip(partial, year_row, strict=True)])
        if len(from_title) == ncols and all(
            t is not None and (t.month, t.day) == (m, d) and (y is None or y == t.year)
            for t, (m, d, y) in zip(from_title, partial, strict=True)
        ):
            return from_title  # type: ignore[return-value]
        return None
    if len(partial) == 1 and partial[0][2] is None and year_row is not None and len(set(year_row)) == ncols:
        # One "December 31," over "2008 2007": the columns share the day, each has its year.
        month, day, _ = partial[0]
        return _dates([(month, day, year) for year in year_row])
    if not partial and len(from_title) == ncols and all(from_title):
        return from_title  # type: ignore[return-value]
    return None


def _dates(parts: list[tuple[int, int, int]]) -> list[dt.date] | None:
    dates = [safe_date(y, m, d) for m, d, y in parts]
    return None if any(d is None for d in dates) else dates  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------
# Prose period phrases

_YEAR_LIST = r"(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*"
#: "three-month period ended September 30, 2005", "three and nine months ended March 31, 2003",
#: "three- and nine-month periods ended September 30, 2008" (each count's hyphen but the last
#: suspended), "three months ended March 31, 2003 and 2002", "quarter ended March 31, 2003",
#: "fiscal year ending June 30, 2011", "six-month transition period ended December 31, 2013".
_PROSE_DURATION = cached_compile(
    rf"\b(?:(?P<counts>{_COUNT}(?:-?\s*(?:,|and|&)\s*{_COUNT})*)[\s-]+months?{_TRANSITION}"
    rf"|(?P<quarter>quarters?)|(?P<year>(?:fiscal\s+|full\s+)?years?))"
    rf"\s+(?:ended|ending)\s+(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}}),?\s+(?P<y>{_YEAR_LIST})",
    re.IGNORECASE,
)
#: "1QFY11", "Q1 FY2011", OCR "LQFY11".
_COMPACT_QUARTER = cached_compile(r"\b(?P<q>[1-4lLI])\s?Q\s?FY\s?'?(?P<y>\d{4}|\d{2})\b")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: "first quarter of fiscal 2006", "first quarter 2006", "first quarter of the Company's 2006 fiscal year",
#: "fourth quarter of 2011".
_ORDINAL_QUARTER = cached_compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?"
    r"(?:(?:the\s+)?(?:company's|its|our)\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: The year first: "fiscal 2010 fourth quarter", "fiscal year 2009's first quarter", "the 2009
#: fourth quarter" (``fiscal`` unset: a calendar year's quarter, read only for a December year end).
_YEAR_FIRST_QUARTER = cached_compile(
    r"\b(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)(?:['’]s)?\s+"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\b",
    re.IGNORECASE,
)
#: A quarter and the part of the year it closes, ended on one date: "the fourth quarter and fiscal
#: year ended June 30, 2009", "fourth quarter and full year ended December 31, 2009", "the third
#: quarter and nine months ended September 30, 2009", "second quarter and first six months ended …".
_QUARTER_AND_TO_DATE = cached_compile(
    rf"\b(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+)?(?:fiscal\s+)?quarter\s+and\s+(?:the\s+)?"
    rf"(?:(?P<year>(?:fiscal\s+|full\s+)?year)|(?:first\s+)?(?P<count>six|nine|6|9)[\s-]+months?)"
    rf"\s+(?:ended|ending)\s+(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"(?!\s*(?:,|and|&)\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: A quarter of the fiscal year ending on a date: "the first quarter of its fiscal year ending March
#: 31, 2011", "the third quarter of the fiscal year ended June 30, 2009".
_QUARTER_OF_DATED_YEAR = cached_compile(
    rf"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+of\s+"
    rf"(?:(?:the\s+)?(?:company['’]s|its|our)\s+|the\s+)?(?:current\s+)?fiscal\s+year\s+(?:ended|ending)\s+"
    rf"(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: A quarter and its whole fiscal year by number: "the fourth quarter and fiscal year 2010", "fourth
#: quarter and full year 2009", "the fourth quarter and full fiscal year 2009" (``fiscal`` unset: a
#: calendar year's, read only for a December year end).
_QUARTER_AND_YEAR = cached_compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+and\s+(?:the\s+)?"
    r"(?:full\s+|entire\s+)?(?P<fiscal>fiscal\s+)?year\s+(?:of\s+)?(?P<fiscal2>fiscal\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"(?!\s*(?:,|and|&)\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: "first three months of fiscal 2011" / "first nine months of fiscal years 2003 and 2002".
_FIRST_MONTHS = cached_compile(
    rf"\bfirst\s+(?P<count>{_COUNT})\s+months\s+of\s+fiscal\s+(?:years?\s+)?(?P<y>{_YEAR_LIST})",
    re.IGNORECASE,
)
#: "as of September 30, 2010", "on September 30, 2005", "at June 30, 2011": a balance-sheet date.
_INSTANT = cached_compile(
    rf"\b(?:as\s+of|as\s+at|at|on)\s+(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}}),?\s+(?P<y>{_YEAR_LIST})",
    re.IGNORECASE,
)


@quick_init
@dataclass(frozen=True)
class PeriodPhrase:
    """A period named in prose and the span of the words naming it.

    A phrase naming several periods ("three and nine months ended March 31, 2003", "the three
    months ended March 31, 2003 and 2002") gives one ``PeriodPhrase`` per period, in printed order,
    all with the same span; ``count`` says how many it names.
    """

    period: Period
    start: int
    end: int
    count: int = 1


def _listed(periods: list[Period], start: int, end: int) -> list[PeriodPhrase]:
    return [PeriodPhrase(p, start, end, len(periods)) for p in periods]


#: What every prose period phrase holds: a year, or the "QFY" of a compact fiscal quarter ("1QFY11").
_PERIOD_HINT = cached_compile(r"(?:19|20)\d\d|Q\s?FY")


def prose_periods(
    text: str,
    fye: tuple[int, int] | None,
    first_year_offset: int | None = 0,
    calendar: WeekCalendar | None = None,
) -> list[PeriodPhrase]:
    """Every period phrase of a sentence, in order; fiscal phrases need the fiscal-year end ``fye``
    and how the filer numbers its fiscal years (``first_year_offset``, see ``kg.fiscal``: fiscal year
    N ends in calendar year N + offset; None when the filing leaves that in doubt, and then no
    fiscal year or quarter named by its number is read).

    A phrase dated on a weekday ("the fiscal year ended January 1, 2010") names a period of a
    52–53-week year: with the filing's ``calendar`` (see ``WeekCalendar``) it is placed exactly or
    not at all (``unplaced_week_phrases`` gives the spans of those left out); without one, 13 weeks
    a quarter (see ``duration_ending``)."""
    found: list[PeriodPhrase] = []
    if not _PERIOD_HINT.search(text):
        return found  # most sentences name no period: skip the five phrase patterns
    # Each pattern needs a word ("ended", a month, "quarter", "fiscal"): skip those the text lacks.
    folded = fold_case(text)
    found, _ = _dated_durations(text, folded, calendar)
    if "quarter of" in folded and "fiscal year" in folded:
        found = _with_quarter_of_dated_year(text, found)
    for match in _INSTANT.finditer(text) if any(month in folded for month in _MONTH_STEMS) else ():
        month = _month_number(match.group("month"))
        dates = (
            [safe_date(y, month, int(match.group("day"))) for y in years_in(match.group("y"))]
            if month
            else []
        )
        if dates and all(dates):
            found.extend(_listed([Period(instant=d) for d in dates], match.start(), match.end()))
    if fye is not None and first_year_offset is not None:
        found.extend(_fiscal_label_phrases(text, folded, fye, first_year_offset))
        if "quarter and" in folded:
            found.extend(_quarter_and_year(text, fye, first_year_offset))
    found.sort(key=lambda p: p.start)
    return found


def unplaced_week_phrases(text: str, calendar: WeekCalendar) -> list[tuple[int, int]]:
    """Spans of the dated phrases of a sentence naming a 52–53-week year's period that ``calendar``
    cannot place (a year, or its fourth quarter, whose start the filing does not print): a figure said
    of one has no certain period, and must not take one read elsewhere."""
    if not _PERIOD_HINT.search(text):
        return []
    return _dated_durations(text, fold_case(text), calendar)[1]


def _dated_durations(
    text: str, folded: str, calendar: WeekCalendar | None
) -> tuple[list[PeriodPhrase], list[tuple[int, int]]]:
    """The durations a sentence names by their end dates ("three months ended March 31, 2003", "the
    fourth quarter and fiscal year ended June 30, 2009"), and the spans of those ``calendar`` leaves
    unplaced (see ``prose_periods``)."""
    found: list[PeriodPhrase] = []
    unplaced: list[tuple[int, int]] = []
    for match in _PROSE_DURATION.finditer(text) if "end" in folded else ():
        month = _month_number(match.group("month"))
        if month is None:
            continue
        day = int(match.group("day"))
        months_list = _months_of(match)
        if months_list is None:
            continue
        years = years_in(match.group("y"))
        if len(months_list) > 1 and len(years) > 1:
            continue  # "three and nine months ended … 2003 and 2002": which goes with which is unsaid
        ends = [safe_date(y, month, day) for y in years]
        if any(e is None for e in ends):
            continue
        periods = [_placed(e, m, calendar) for e in ends for m in months_list]  # type: ignore[arg-type]
        if any(p is None for p in periods):
            unplaced.append(match.span())
            continue
        found.extend(_listed(periods, match.start(), match.end()))  # type: ignore[arg-type]
    if "quarter and" in folded:
        found, unplaced = _with_quarter_and_to_date(text, found, unplaced, calendar)
    return found, unplaced


def _placed(end: dt.date, months: int, calendar: WeekCalendar | None) -> Period | None:
    """The ``months``-long period ending on ``end``: placed by the filing's ``calendar`` when one is
    given (which may leave it unplaced), by ``duration_ending`` otherwise."""
    return duration_ending(end, months) if calendar is None else calendar.duration(end, months)


def _with_quarter_of_dated_year(text: str, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """``found`` with "the first quarter of its fiscal year ending March 31, 2011" read as that quarter
    (April to June 2010), in place of the year its last words name on their own. The year must end
    on a month's last day: a 52–53-week year's quarters have no month-end dates."""
    for match in _QUARTER_OF_DATED_YEAR.finditer(text):
        month = _month_number(match.group("month"))
        end = safe_date(int(match.group("y")), month, int(match.group("day"))) if month else None
        found = [p for p in found if not (match.start() <= p.start and p.end <= match.end())]
        if end is None or end.day != month_end(end.year, end.month):
            continue
        quarter = _ORDINAL[match.group("ord").lower()]
        period = fiscal_quarter(end.year, quarter, (end.month, end.day))
        found.append(PeriodPhrase(period, match.start(), match.end()))
    return found


def _quarter_and_year(text: str, fye: tuple[int, int], offset: int) -> list[PeriodPhrase]:
    """ "the fourth quarter and fiscal year 2010": the quarter and the fiscal year it is of, in that
    order (two periods of one phrase, for "… were $11.8 million and $47.9 million …, respectively")."""
    found: list[PeriodPhrase] = []
    for match in _QUARTER_AND_YEAR.finditer(text):
        if not (match.group("fiscal") or match.group("fiscal2")) and fye != (12, 31):
            continue
        year = int(match.group("y")) + offset
        quarter = fiscal_quarter(year, _ORDINAL[match.group("ord").lower()], fye)
        whole = duration_ending(dt.date(year, fye[0], month_end(year, fye[0])), 12)
        found.extend(_listed([quarter, whole], *match.span()))
    return found


def _with_quarter_and_to_date(
    text: str,
    found: list[PeriodPhrase],
    unplaced: list[tuple[int, int]],
    calendar: WeekCalendar | None,
) -> tuple[list[PeriodPhrase], list[tuple[int, int]]]:
    """``found`` with each "fourth quarter and fiscal year ended June 30, 2009" read as the two periods
    it names, the quarter and the year (or "nine months") ending on that date, in place of the one
    its last words name on their own ("fiscal year ended June 30, 2009"). An ordinal that does not
    close the part of the year named ("the third quarter and fiscal year ended …") gives neither. The
    quarter closing a fiscal year is its fourth: a 52–53-week year's is placed from the year's start
    (``WeekCalendar.fourth_quarter``); ``unplaced`` (spans) gains the phrases left unplaced."""
    for match in _QUARTER_AND_TO_DATE.finditer(text):
        month = _month_number(match.group("month"))
        end = safe_date(int(match.group("y")), month, int(match.group("day"))) if month else None
        months = 12 if match.group("year") else _NUMBER_WORDS[match.group("count").lower()]
        ordinal = match.group("ord")
        inside = [p for p in found if match.start() <= p.start and p.end <= match.end()]
        found = [p for p in found if p not in inside]
        unplaced = [s for s in unplaced if not (match.start() <= s[0] and s[1] <= match.end())]
        if end is None or (ordinal is not None and _ORDINAL[ordinal.lower()] != months // 3):
            continue
        if calendar is None:
            quarter: Period | None = duration_ending(end, 3)
        else:
            quarter = calendar.fourth_quarter(end) if months == 12 else calendar.duration(end, 3)
        whole = _placed(end, months, calendar)
        if quarter is None or whole is None:
            unplaced.append(match.span())
            continue
        found.extend(_listed([quarter, whole], *match.span()))
    return found, unplaced


@quick_init
@dataclass(frozen=True)
class QuarterLabel:
    """A quarter named by its number and year, not its dates: "the third quarter of fiscal 2009",
    "1QFY11", "fiscal 2010 fourth quarter", "the fourth quarter of 2011"; ``start``/``end`` span
    its words. ``calendar`` marks a name of a calendar year's quarter, the year printed first
    without "fiscal" ("the 2009 fourth quarter"): a fiscal quarter only for a December year end."""

    quarter: int
    year: int
    start: int
    end: int
    calendar: bool = False


def quarter_labels(text: str) -> list[QuarterLabel]:
    """The quarters a sentence names by number and year, in order."""
    labels: list[QuarterLabel] = []
    for match in _COMPACT_QUARTER.finditer(text) if "FY" in text else ():
        quarter = 1 if match.group("q") in "lLI" else int(match.group("q"))
        year = int(match.group("y"))
        year = year if year > 100 else (1900 if year >= 70 else 2000) + year  # "FY95" is 1995
        labels.append(QuarterLabel(quarter, year, match.start(), match.end()))
    if "quarter" in fold_case(text):
        for match in _ORDINAL_QUARTER.finditer(text):
            quarter = _ORDINAL[match.group("ord").lower()]
            labels.append(QuarterLabel(quarter, int(match.group("y")), match.start(), match.end()))
        for match in _YEAR_FIRST_QUARTER.finditer(text):
            if any(label.start < match.end() and match.start() < label.end for label in labels):
                continue  # "the first quarter of 2009 fourth quarter …": read once, as printed first
            quarter = _ORDINAL[match.group("ord").lower()]
            labels.append(
                QuarterLabel(
                    quarter, int(match.group("y")), *match.span(), calendar=not match.group("fiscal")
                )
            )
    labels.sort(key=lambda label: label.start)
    return labels


def _fiscal_label_phrases(text: str, folded: str, fye: tuple[int, int], offset: int) -> list[PeriodPhrase]:
    """The fiscal quarters ("1QFY11", "the first quarter of fiscal 2006") and first months of fiscal
    years ("first nine months of fiscal 2009") a sentence names by number, placed in the filer's
    calendar: fiscal year N ends on ``fye`` in calendar year N + ``offset``."""
    found: list[PeriodPhrase] = []
    for label in quarter_labels(text):
        if label.calendar and fye != (12, 31):
            continue
        found.append(
            PeriodPhrase(fiscal_quarter(label.year + offset, label.quarter, fye), label.start, label.end)
        )
    for match in _FIRST_MONTHS.finditer(text) if "fiscal" in folded else ():
        months = _NUMBER_WORDS.get(match.group("count").lower())
        if months in (3, 6, 9, 12):
            ends = [fiscal_quarter(y + offset, months // 3, fye).end for y in years_in(match.group("y"))]
            periods = [duration_ending(end, months) for end in ends if end is not None]
            found.extend(_listed(periods, *match.span()))
    return found


def first_months_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the "first nine months of fiscal 2009" phrases of a sentence (see ``_FIRST_MONTHS``)."""
    return [m.span() for m in _FIRST_MONTHS.finditer(text)] if "fiscal" in fold_case(text) else []


def fiscal_quarter(fiscal_year: int, quarter: int, fye: tuple[int, int]) -> Period:
    """Quarter ``quarter`` (1–4) of ``fiscal_year`` for a filer whose fiscal year ends on ``fye``."""
    month = fye[0]
    # Month index (absolute) of the fiscal year's last month, then step back to the quarter's end.
    last = fiscal_year * 12 + month - 1 - 3 * (4 - quarter)
    year, m = last // 12, last % 12 + 1
    return duration_ending(dt.date(year, m, month_end(year, m)), 3)


def year_earlier(period: Period) -> Period | None:
    """The same period one year before ("the same period last year")."""

    def back(date: dt.date) -> dt.date:
        if date.month == 2 and date.day >= 28:
            return dt.date(date.year - 1, 2, month_end(date.year - 1, 2))
        return date.replace(year=date.year - 1)

    if period.instant is not None:
        return Period(instant=back(period.instant))
    assert period.start is not None and period.end is not None
    return Period(start=back(period.start), end=back(period.end))


#: A column headed by a fiscal period's name instead of its dates: "Q4 FY2012", "Q3 Fiscal 2011",
#: "4Q 2010", "Fourth Quarter FY 2012", "Q2'12" (a quarter); "Fiscal 2012", "FY2012", "Fiscal Year
#: 2011", "FY '11" (a whole fiscal year). ``fy`` marks a name that says "fiscal".
_FISCAL_COLUMN = cached_compile(
    r"(?i)^(?:(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)"
    r"\s*(?:of\s+)?(?P<qfy>FY|fiscal(?:\s+year)?)?|(?P<fy>FY|fiscal(?:\s+year)?))"
    r"\s*(?:(?P<year>(?:19|20)\d\d)|'(?P<short>\d\d)|(?<=[yY])(?P<short2>\d\d))$"
)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_HEADER_CELLS = cached_compile(r"\t|\s{2,}")
#: What another header line over fiscal-period names may not hold: a year, a month, a length.
_PERIOD_TEXT = cached_compile(
    rf"(?i)(?:19|20)\d\d|\b{_MONTH_NAMES}(?![a-z])|\b(?:months?|quarters?|years?|weeks?|ended)\b"
)


def fiscal_label_period(text: str, fye: tuple[int, int], first_year_offset: int = 0) -> Period | None:
    """The period a fiscal column name gives ("Q4 FY2012" → the fourth quarter of fiscal 2012), or
    None. A quarter name without "FY" or "fiscal" ("Q3 2011") names a calendar quarter, which is a
    fiscal one only when the fiscal year ends December 31: for other filers it is left unread.
    Fiscal year N ends in calendar year N + ``first_year_offset`` (see ``kg.fiscal``)."""
    match = _FISCAL_COLUMN.match(" ".join(text.split()))
    if match is None:
        return None
    year = match.group("year")
    short = match.group("short") or match.group("short2")
    fiscal_year = int(year) if year else 2000 + int(short) if short else None
    if fiscal_year is None:
        return None
    quarter_word = match.group("q") or match.group("q2") or match.group("ord")
    if quarter_word is None or match.group("qfy"):
        fiscal_year += first_year_offset  # a fiscal year's name; "Q3 2011" is a calendar year's
    if quarter_word is None:
        end = dt.date(fiscal_year, fye[0], min(fye[1], month_end(fiscal_year, fye[0])))
        return duration_ending(end, 12)
    if not match.group("qfy") and fye != (12, 31):
        return None
    quarter = _ORDINAL_NUMBER.get(quarter_word.lower()) or int(quarter_word)
    return fiscal_quarter(fiscal_year, quarter, fye)


def fiscal_label_columns(
    header_lines: list[str], ncols: int, fye: tuple[int, int] | None, first_year_offset: int | None = 0
) -> list[Period] | None:
    """Periods of ``ncols`` columns headed by fiscal-period names ("Q4 FY2012  Q4 FY2011  Fiscal
    2012  Fiscal 2011"), or None when unsure.

    Such names give periods only through the filer's fiscal-year end, so without one nothing is
    read. One header line must name exactly ``ncols`` distinct periods, and no other header line
    may hold a year, a month or a length ("Three Months Ended" over "Fiscal 2012" is no header
    this reading understands). A piece of that line that is no fiscal name (a caption such as "(In
    thousands)") may stand before the names but must hold no period words. ``first_year_offset``
    says how the filer numbers its fiscal years (``kg.fiscal.fiscal_year_naming``; None, in doubt:
    no column is read)."""
    if fye is None or first_year_offset is None:
        return None
    found: list[Period] | None = None
    for line in header_lines:
        pieces = [p.strip() for p in _HEADER_CELLS.split(line) if p.strip()]
        periods = [fiscal_label_period(p, fye, first_year_offset) for p in pieces]
        named = [p for p in periods if p is not None]
        others = [piece for piece, p in zip(pieces, periods, strict=True) if p is None]
        if not named:
            if _PERIOD_TEXT.search(line):
                return None
            continue
        if found is not None or len(named) != ncols or len(set(named)) != ncols:
            return None
        first_named = next(i for i, p in enumerate(periods) if p is not None)
        if any(p is None for p in periods[first_named:]) or any(_PERIOD_TEXT.search(o) for o in others):
            return None
        found = named
    return found
