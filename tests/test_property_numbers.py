"""Property tests of number, money and period parsing (``kg.numbers``, ``kg.periods``).

Numbers are generated, printed the ways statement cells and prose print them, and parsed back;
garbage must never crash a parser nor come back as a number that was not printed. Period headers
and phrases are generated for random dates and checked against periods computed here by hand
(calendar arithmetic written independently of ``kg.periods``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from decimal import Decimal

import hypothesis_profiles  # noqa: F401  (registers and loads the Hypothesis profile)
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.model import Period
from kg.numbers import (
    ZERO_MARKS,
    find_cells,
    find_money,
    find_money_ranges,
    parse_cell,
    within_rounding,
)
from kg.periods import (
    duration_columns,
    fiscal_quarter,
    instant_columns,
    prose_periods,
    year_earlier,
)

MONTH_NAMES = list(calendar.month_name)[1:]
COUNT_WORDS = {3: ("three", "3"), 6: ("six", "6"), 9: ("nine", "9"), 12: ("twelve", "12")}

# ---------------------------------------------------------------------------------------------
# Printing numbers the way filings print them


def group_thousands(digits: str) -> str:
    """ "1234567" → "1,234,567" (written here rather than with format() to keep the oracle plain)."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ",".join(parts)


def printed_magnitude(value: Decimal, decimals: int, commas: bool) -> str:
    """|value| with exactly ``decimals`` fraction digits, thousands grouped when ``commas``."""
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    whole = group_thousands(whole) if commas else whole
    return whole + ("." + frac if frac else "")


#: How a statement cell prints a number; ``{n}`` is the magnitude. Each says whether it reads negative.
CELL_STYLES: dict[str, tuple[str, bool]] = {
    "plain": ("{n}", False),
    "dollar": ("${n}", False),
    "dollar space": ("$ {n}", False),
    "escaped dollar": ("\\$ {n}", False),
    "parens": ("({n})", True),
    "parens doubled by OCR": ("({n}))", True),
    "closing paren lost": ("({n}", True),
    "opening paren lost": ("{n})", True),
    "dollar parens": ("$ ({n})", True),
    "dollar inside parens": ("($ {n})", True),
    "minus": ("-{n}", True),
    "unicode minus": ("−{n}", True),
}

magnitudes = st.integers(min_value=0, max_value=10**12)
decimal_places = st.sampled_from([0, 0, 0, 1, 2, 3])


@st.composite
def printed_cells(draw: st.DrawFn) -> tuple[str, Decimal, int]:
    """A cell as printed, the signed value it means and its decimals."""
    decimals = draw(decimal_places)
    units = draw(magnitudes)
    value = Decimal(units).scaleb(-decimals)
    style = draw(st.sampled_from(sorted(CELL_STYLES)))
    template, negative = CELL_STYLES[style]
    commas = draw(st.booleans()) or value >= 10**6  # big figures are always grouped in print
    text = template.format(n=printed_magnitude(value, decimals, commas))
    pad_left = draw(st.sampled_from(["", " ", "\t", "  "]))
    pad_right = draw(st.sampled_from(["", " ", "\t"]))
    return pad_left + text + pad_right, (-value if negative else value), decimals


@given(printed_cells())
@example(("(4,706))", Decimal(-4706), 0))
@example(("$ (0.11))", Decimal("-0.11"), 2))
@example(("(13,378", Decimal(-13378), 0))
def test_printed_cell_parses_back_to_its_value(case: tuple[str, Decimal, int]) -> None:
    text, value, decimals = case
    cell = parse_cell(text)
    assert cell is not None, text
    assert cell.value == value
    assert cell.decimals == decimals
    assert not cell.is_zero_mark
    # The span covers the printed figure: its digits, never the "$".
    span = text[cell.start : cell.end]
    assert re.sub(r"[^\d]", "", span) == re.sub(r"[^\d]", "", text)
    assert not span.startswith("$")
    assert [c.value for c in find_cells(text)] == [value]


@given(
    mark=st.sampled_from(sorted(ZERO_MARKS)),
    dollar=st.sampled_from(["", "$", "$ "]),
    pad=st.sampled_from(["", " ", "\t"]),
)
def test_dashes_print_zero(mark: str, dollar: str, pad: str) -> None:
    text = pad + dollar + mark + pad
    cell = parse_cell(text)
    assert cell is not None
    assert cell.value == 0 and cell.is_zero_mark
    assert text[cell.start : cell.end] == mark


@given(
    st.lists(printed_cells(), min_size=1, max_size=4),
    st.sampled_from(["\t", "  ", " ", " \t "]),
)
def test_a_row_of_cells_reads_left_to_right(cells: list[tuple[str, Decimal, int]], sep: str) -> None:
    # Cells of one row are separated by at least one blank; the pads of a lone cell are not needed.
    text = sep.join(c[0].strip() for c in cells)
    assert [(c.value, c.decimals) for c in find_cells(text)] == [(v, d) for _, v, d in cells]


# ---------------------------------------------------------------------------------------------
# Garbage: never a crash, never a number that was not printed

#: A printed number once "$", blanks, parentheses and minus signs are taken away.
_NUMBER_CORE = re.compile(r"^,?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?[.,]*$")
_DECORATION = re.compile(r"[$\\\s()\-−—–_]")


def _check_no_invented_number(text: str) -> None:
    """``parse_cell(text)`` is None, a zero mark printed as such, or exactly the number printed."""
    cell = parse_cell(text)
    if cell is None:
        return
    if cell.is_zero_mark:
        assert text.strip().lstrip("$").strip() in ZERO_MARKS, text
        assert cell.value == 0
        return
    core = _DECORATION.sub("", text)
    assert re.search(r"\d", core) and _NUMBER_CORE.match(core), f"{text!r} read as {cell.value}"
    assert cell.value.copy_abs() == Decimal(core.replace(",", "").rstrip(".")), (
        f"{text!r} read as {cell.value}"
    )


@pytest.mark.parametrize(
    "text",
    ["1,2,3", "$(", "12.34.56", "((", "", "$", ")", "(,)", "1,23", "12,3456", "1..2", "$ ( )"],
)
def test_named_garbage_is_no_number(text: str) -> None:
    assert parse_cell(text) is None


@pytest.mark.parametrize("text", ["(.11)", "$(.11)", ".5", "12O", "4,7O6", "1l", "2,47O"])
def test_cell_text_that_is_not_wholly_a_number_is_not_read_as_another_number(text: str) -> None:
    # "(.11)" is -0.11 or nothing; reading it as -11 invents a figure a hundred times too large.
    _check_no_invented_number(text)


@given(st.text(alphabet="0123456789,.$()-— \t", max_size=24))
@example("1,2,3")
@example("12.34.56")
@example("$(")
def test_garbage_cells_never_crash_nor_invent(text: str) -> None:
    _check_no_invented_number(text)
    for cell in find_cells(text):
        assert 0 <= cell.start < cell.end <= len(text)
        assert re.search(r"[\d\-—–_−‒―]", text[cell.start : cell.end])


@given(st.integers(min_value=29, max_value=5000), st.sampled_from(["{d}", "({d})", "$ {d}", "-{d}"]))
def test_very_long_digit_runs_are_read_exactly_or_not_at_all(length: int, template: str) -> None:
    # A run longer than Decimal's default precision (28 digits) must not come back rounded.
    digits = "7" * length
    _check_no_invented_number(template.format(d=digits))


@given(st.text(max_size=200))
def test_any_text_never_crashes_the_number_readers(text: str) -> None:
    for cell in find_cells(text):
        assert 0 <= cell.start < cell.end <= len(text)
    for money in find_money(text):
        assert text[money.start] == "$" and money.value >= 0
    for rng in find_money_ranges(text):
        assert rng.low <= rng.high


# ---------------------------------------------------------------------------------------------
# Prose money

SCALE_POWERS = {"thousand": 3, "million": 6, "billion": 9}


@given(
    units=st.integers(min_value=0, max_value=99_999),
    decimals=st.sampled_from([0, 1, 2]),
    scale=st.sampled_from(["thousand", "million", "billion"]),
    space=st.sampled_from(["", " "]),
    before=st.sampled_from(["a net loss of ", "revenues were ", "(", ""]),
    after=st.sampled_from([".", ",", " for the quarter", ")", ""]),
)
def test_prose_money_with_a_scale_word(
    units: int, decimals: int, scale: str, space: str, before: str, after: str
) -> None:
    amount = Decimal(units).scaleb(-decimals)
    text = f"{before}${space}{printed_magnitude(amount, decimals, False)} {scale}{after}"
    (money,) = find_money(text)
    assert money.value == amount.scaleb(SCALE_POWERS[scale])
    assert money.decimals == decimals - SCALE_POWERS[scale]
    assert text[money.start : money.end].endswith(scale)


@given(units=st.integers(min_value=0, max_value=10**9), decimals=st.sampled_from([0, 2]))
def test_prose_money_in_whole_dollars(units: int, decimals: int) -> None:
    amount = Decimal(units).scaleb(-decimals)
    text = f"approximately ${printed_magnitude(amount, decimals, True)} in cash"
    (money,) = find_money(text)
    assert (money.value, money.decimals, money.scaled) == (amount, decimals, False)


@given(
    low=st.integers(min_value=0, max_value=999),
    width=st.integers(min_value=0, max_value=999),
    dash=st.sampled_from(["-", "–", " to "]),
    scale=st.sampled_from(["million", "billion"]),
)
def test_money_ranges(low: int, width: int, dash: str, scale: str) -> None:
    text = f"expects its net loss to be between ${low}{dash}{low + width} {scale}, as before"
    (rng,) = find_money_ranges(text)
    power = SCALE_POWERS[scale]
    assert (rng.low, rng.high) == (Decimal(low).scaleb(power), Decimal(low + width).scaleb(power))


@given(
    exact=st.integers(min_value=-(10**12), max_value=10**12),
    decimals=st.integers(min_value=-9, max_value=0),
)
def test_a_figure_is_within_rounding_of_its_rounded_print(exact: int, decimals: int) -> None:
    rounded = Decimal(exact).quantize(Decimal(1).scaleb(-decimals))
    assert within_rounding(Decimal(exact), rounded, decimals)
    # One whole rounding step away is never the same figure.
    assert not within_rounding(Decimal(exact), rounded + Decimal(1).scaleb(-decimals) * 2, decimals)


# ---------------------------------------------------------------------------------------------
# Periods: an independent calendar


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months_back(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - count
    return index // 12, index % 12 + 1


def expected_duration(end: dt.date, months: int) -> Period:
    """The ``months`` whole calendar months ending on the month-end ``end``."""
    year, month = months_back(end.year, end.month, months - 1)
    return Period(start=dt.date(year, month, 1), end=end)


years = st.integers(min_value=1995, max_value=2030)
month_numbers = st.integers(min_value=1, max_value=12)
#: Month-ends printed once over several years ("March 31," over "2003 2002"). February is left out:
#: its last day changes with the year, so "February 29," over "2016 2015" names no single day and
#: the parser rightly declines it.
shared_month_ends = st.sampled_from([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])


def month_text(month: int, draw: st.DrawFn) -> str:
    name = MONTH_NAMES[month - 1]
    return draw(st.sampled_from([name, name.upper(), name.lower()]))


def count_text(months: int, draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(COUNT_WORDS[months]))
    return draw(st.sampled_from([word, word.capitalize(), word.upper()]))


def duration_phrase(months: int, draw: st.DrawFn) -> str:
    if months == 12 and draw(st.booleans()):
        return draw(st.sampled_from(["Year Ended", "Fiscal Year Ended", "YEAR ENDED"]))
    count = count_text(months, draw)
    if months == 3 and draw(st.integers(0, 4)) == 0:
        return draw(st.sampled_from(["Quarter Ended", "quarter ended"]))
    form = draw(st.sampled_from(["{c} Months Ended", "{c} months ended", "{c}-month period ended"]))
    return form.format(c=count)


@st.composite
def duration_headers(draw: st.DrawFn) -> tuple[list[str], list[Period]]:
    """Column headers of an income statement and the periods of its columns.

    One or two duration groups ("Three Months Ended …  Nine Months Ended …") sharing one fiscal
    month-end, each over two years (latest first, as releases print them); the years either
    on a line of their own or in the phrase ("… 2005 and 2004"); the phrases whole on one line or
    broken, their heads on one line and their dates on the next.
    """
    month = draw(shared_month_ends)
    latest = draw(years)
    earlier = draw(st.sampled_from([latest - 1, latest - 1, latest - 2]))
    group_months = draw(st.sampled_from([[3], [6], [9], [12], [3, 9], [3, 6], [3, 12], [6, 12], [9, 12]]))
    end_day = last_day(latest, month).day
    month_name = month_text(month, draw)
    layout = draw(st.sampled_from(["years line", "years in phrase", "broken"]))
    if len(group_months) > 1 and layout == "years in phrase":
        layout = "years line"
    dates_printed = draw(
        st.sampled_from([len(group_months), 1])
    )  # a broken header may print one date for all
    sep = draw(st.sampled_from(["\t", "\t\t", "   "]))
    periods = []
    for months in group_months:
        for year in (latest, earlier):
            periods.append(expected_duration(last_day(year, month), months))
    words = [duration_phrase(m, draw) for m in group_months]
    phrases = [f"{w} {month_name} {end_day}," for w in words]
    years_line = sep.join(str(y) for _ in group_months for y in (latest, earlier))
    if layout == "years line":
        lines = [sep + sep.join(phrases), sep + years_line]
    elif layout == "years in phrase":
        lines = [f"{phrases[0]} {latest} and {earlier}"]
    else:  # each phrase broken over lines, heads above their dates: "Three Months Ended  Six Months
        # Ended" / "December 31,  December 31," / "2011 2010 2011 2010" (or one date for both)
        dates = sep.join([f"{month_name} {end_day},"] * dates_printed)
        lines = [sep.join(words), sep + dates, sep + years_line]
    return lines, periods


@given(duration_headers())
@example(
    (
        [
            "\tThree Months Ended March 31,\t\t\tNine Months Ended March 31,",
            "\t\t2003\t\t2002\t\t2003\t_\t2002",
        ],
        [
            Period(start=dt.date(2003, 1, 1), end=dt.date(2003, 3, 31)),
            Period(start=dt.date(2002, 1, 1), end=dt.date(2002, 3, 31)),
            Period(start=dt.date(2002, 7, 1), end=dt.date(2003, 3, 31)),
            Period(start=dt.date(2001, 7, 1), end=dt.date(2002, 3, 31)),
        ],
    )
)
def test_duration_headers_give_the_column_periods(case: tuple[list[str], list[Period]]) -> None:
    lines, periods = case
    assert duration_columns(lines, len(periods)) == periods
    # Asked for a column count the header cannot give, it gives nothing rather than a guess.
    assert duration_columns(lines, len(periods) + 1) is None


@st.composite
def instant_headers(draw: st.DrawFn) -> tuple[list[str], str, list[dt.date]]:
    """Balance-sheet column headers (or a title) and the dates of the two columns."""
    latest = last_day(draw(years), draw(month_numbers))
    year, month = months_back(latest.year, latest.month, draw(st.sampled_from([3, 6, 9, 12])))
    prior = last_day(year, month)
    dates = [latest, prior]
    names = [month_text(d.month, draw) for d in dates]
    sep = draw(st.sampled_from(["\t", "\t\t", "   "]))
    layout = draw(st.sampled_from(["years line", "years inline", "title"]))
    title = "CONDENSED CONSOLIDATED BALANCE SHEETS"
    if layout == "years line":
        header = [sep.join(f"{n} {d.day}," for n, d in zip(names, dates, strict=True)),
                  sep.join(str(d.year) for d in dates)]  # fmt: skip
    elif layout == "years inline":
        header = [sep.join(f"{n} {d.day}, {d.year}" for n, d in zip(names, dates, strict=True))]
    else:
        header = []
        title += f" As of {names[0]} {latest.day}, {latest.year} and {names[1]} {prior.day}, {prior.year}"
    return header, title, dates


@given(instant_headers())
def test_balance_sheet_headers_give_the_column_dates(case: tuple[list[str], str, list[dt.date]]) -> None:
    header, title, dates = case
    assert instant_columns(header, title, len(dates)) == dates
    assert instant_columns(header, title, len(dates) + 1) is None


@given(
    end=st.builds(last_day, years, shared_month_ends),
    months=st.sampled_from([3, 6, 9, 12]),
    lead=st.sampled_from(["For the ", "Revenues for the ", "during the "]),
    earlier=st.booleans(),
)
def test_prose_duration_phrases(end: dt.date, months: int, lead: str, earlier: bool) -> None:
    count = COUNT_WORDS[months][0]
    phrase = f"{count} months ended {MONTH_NAMES[end.month - 1]} {end.day}, {end.year}"
    expected = [expected_duration(end, months)]
    if earlier:
        phrase += f" and {end.year - 1}"
        expected.append(expected_duration(last_day(end.year - 1, end.month), months))
    text = f"{lead}{phrase}, the Company reported a net loss."
    found = prose_periods(text, None)
    assert [p.period for p in found] == expected
    assert {text[p.start : p.end] for p in found} == {phrase}


@given(first=st.builds(last_day, years, month_numbers), gap=st.sampled_from([3, 6, 12]))
def test_prose_balance_sheet_dates(first: dt.date, gap: int) -> None:
    second = last_day(*months_back(first.year, first.month, gap))
    text = (
        f"ImmunoGen had $94.9 million in cash as of {MONTH_NAMES[first.month - 1]} {first.day}, {first.year}, "
        f"compared with $110.3 million as of {MONTH_NAMES[second.month - 1]} {second.day}, {second.year}."
    )
    assert [p.period for p in prose_periods(text, None)] == [Period(instant=first), Period(instant=second)]


fiscal_year_ends = st.sampled_from([(3, 31), (6, 30), (9, 30), (12, 31)])


@given(fye=fiscal_year_ends, fiscal_year=years)
def test_fiscal_quarters_tile_the_fiscal_year(fye: tuple[int, int], fiscal_year: int) -> None:
    quarters = [fiscal_quarter(fiscal_year, q, fye) for q in (1, 2, 3, 4)]
    assert quarters[3].end == dt.date(fiscal_year, fye[0], fye[1])
    for before, after in itertools.pairwise(quarters):
        assert after.start == before.end + dt.timedelta(days=1)
    assert quarters[0] == expected_duration(quarters[0].end, 3)
    assert year_earlier(quarters[0]) == fiscal_quarter(fiscal_year - 1, 1, fye)


@given(fye=fiscal_year_ends, fiscal_year=years, quarter=st.integers(1, 4))
def test_prose_fiscal_quarters(fye: tuple[int, int], fiscal_year: int, quarter: int) -> None:
    ordinal = ["first", "second", "third", "fourth"][quarter - 1]
    expected = fiscal_quarter(fiscal_year, quarter, fye)
    text = (
        f"results for the {ordinal} quarter of fiscal {fiscal_year} and {quarter}QFY{fiscal_year % 100:02d}"
    )
    assert [p.period for p in prose_periods(text, fye)] == [expected, expected]
    # Without a fiscal-year end the fiscal phrases name no period.
    assert prose_periods(text, None) == []
