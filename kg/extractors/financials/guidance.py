"""Guidance: forward-looking ranges in the "Financial Guidance" prose of a release.

"expects its net loss for its fiscal year ending June 30, 2011 to be between $60-64 million, its
cash used in operations to be between $0-4 million, and its capital expenditures to be between
$2-3 million. Cash and marketable securities at June 30, 2011 are anticipated to be between
$106-110 million."

Sign: bounds follow the concept's us-gaap sign, so a net loss of $60-64 million is the range
-64,000,000 ≤ NetIncomeLoss ≤ -60,000,000, and cash used in operations is negative likewise.

Precision first: a figure is guidance only when its concept phrase is the GAAP concept itself (not
"non-GAAP net loss", "net loss, excluding …", "revenue from sales of Zorvax", "revenues in Europe"),
the figure is a level (not "to increase by $2-4 million") for the whole period (not "$10 million
per quarter"), it is the company's current word (not "previously expected … $60-64 million") and
its period is a whole fiscal year the text names ("fiscal 2012", "the year ending December 31,
2012"), or, for cash, the date it is held at. The year may be named by the sentence itself or by an
earlier sentence of the same paragraph ("Acme expects its net loss for 2012 to be $40-44 million.
It expects its operating expenses to be $50-55 million."), never by one across a blank line or a
heading. A point ("to be approximately $45 million") is a range whose low and high are equal; a
one-sided bound ("at least $100 million") is not read. A balance may be named after its figure
("expects to end fiscal 2006 with between $75 million and $80 million in cash and marketable
securities"), and a net result on either side of zero ("to range from a net loss of $1.0 million to
net income of $0.5 million") is one range whose low is negative and whose high is positive.

A list introduced by a lead-in of expectation ending in a colon ("The Company now expects:") is read
item by item, each item as the end of the lead-in's sentence ("· revenues of between $19 million and
$21 million;", or, printed without a bullet, "Revenues of between $28 million and $33 million;"), its
year the one the lead-in or the sentence before it in its paragraph names. Scale words OCR damaged
("$60 mi1lion") are read as the word, as the prose reader reads them.
Per-share ranges are read too, of the kind of share their words name ("diluted earnings per share of
$0.58 to $0.64"; ", or $0.89 to $0.92 per share" after a net loss read as guidance, of its year and
sign).

A table of expected figures ("Full Year 2012 Guidance" beside "Full Year 2011 Actual" over rows "Total
revenues | $25 – $30 million | $32.4 million") gives guidance from the column naming an expectation, for
the fiscal year its heading or the sentence above the table names: a row whose label is a concept's
phrase whole and whose cell is a range or a point in millions. Other rows, and tables whose column is of
no one year, are noted; balances (whose date such a table does not print) and per-share rows are not
read.

A 52–53-week filer's year named by its end ("the fiscal year ending December 31, 2011") runs 52 or 53
weeks from the day after the end of the year before, which the filing must print (or imply by the
year's stated length); otherwise its figures are noted and not read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from kg.corpus import Document
from kg.extractors.filing_metadata import report_date
from kg.extractors.financials.qualifiers import TO_COMMON, revenue_qualifier
from kg.extractors.financials.tables import week_calendar
from kg.fiscal import (
    FiscalYearChange,
    document_fiscal_year_change,
    document_fiscal_year_end,
    document_fiscal_year_naming,
    document_week_quarter_ends,
    document_week_year_starts,
    fiscal_year_of,
    states_week_year,
)
from kg.model import Guidance, Period, Skipped, Unit
from kg.numbers import Money, MoneyRange, find_money, find_money_ranges
from kg.ocr import OCR_WORD, in_printed_case, lookalike_word, words_by_skeleton
from kg.pattern_cache import cached_compile
from kg.periods import WeekCalendar, duration_ending, month_end, safe_date
from kg.text import DATE_PATTERN, DATE_RE, MONTHS, date_from_match

NAME = "financials"

#: A sentence holding guidance holds one of these ("expects", "is expected to be", "projected").
_FORWARD = cached_compile(
    r"\b(?:expect(?:s|ed|ing)?|anticipat\w+|project(?:s|ed|ing|ions?)?|forecast\w*|guidance|estimat\w+)\b",
    re.IGNORECASE,
)
#: Concept phrases of guidance clauses, with the sign a figure under that phrase takes. Only concepts
#: the ontology defines; "cash burn" and the like are no GAAP concept and have no phrase here.
_CONCEPTS: tuple[tuple[re.Pattern[str], str, int, str], ...] = (
    (cached_compile(r"net\s+loss(?:es)?", re.I), "NetIncomeLoss", -1, "net loss"),
    (cached_compile(r"net\s+income", re.I), "NetIncomeLoss", 1, "net income"),
    (cached_compile(r"cash\s+used\s+(?:in|by|for)\s+operat\w+", re.I), "NetCashProvidedByUsedInOperatingActivities", -1, "cash used in operations"),
    (cached_compile(r"capital\s+expenditures", re.I), "PaymentsToAcquirePropertyPlantAndEquipment", 1, "capital expenditures"),
    # "Cash, cash equivalents and investments", "cash and investments", "… and short-term investments",
    # "… and available-for-sale securities" are the same balance (the concept's labels in concepts.ttl).
    (cached_compile(r"cash(?:,?\s*(?:and\s+)?cash\s+equivalents)?,?\s+and\s+marketable\s+securities|cash(?:,?\s+cash\s+equivalents)?,?\s+and\s+(?:(?:short[\s-]*term\s+)?investments|available[\s-]*for[\s-]*sale\s+securities)\b", re.I), "CashCashEquivalentsAndMarketableSecurities", 1, "cash and marketable securities"),
    # Cash and cash equivalents alone: not followed by more assets ("…, cash equivalents and
    # investments", "… and marketable securities", "…, short-term investments").
    (cached_compile(r"cash,?\s+and\s+cash\s+equivalents(?![\s,]*(?:and|&|plus|as\s+well\s+as)\b)(?!,\s*(?:short|long|marketable|investments?|securities|restricted|available))", re.I), "CashAndCashEquivalents", 1, "cash and cash equivalents"),
    (cached_compile(r"(?:total\s+)?revenues?\b", re.I), "Revenues", 1, "revenues"),
    (cached_compile(r"(?:total\s+)?operating\s+expenses", re.I), "OperatingExpenses", 1, "operating expenses"),
    (cached_compile(r"(?:research\s+and\s+development|R&D)\s+(?:expenses?|costs)", re.I), "ResearchAndDevelopmentExpense", 1, "research and development expenses"),
    (cached_compile(r"(?:general\s+and\s+administrative|G&A)\s+(?:expenses?|costs)", re.I), "GeneralAndAdministrativeExpense", 1, "general and administrative expenses"),
)  # fmt: skip
#: The concept held at a date rather than over a period.
_INSTANT_CONCEPTS = frozenset({"CashCashEquivalentsAndMarketableSecurities", "CashAndCashEquivalents"})
#: What every ``_FORWARD`` match holds, in any case.
_FORWARD_WORDS = ("expect", "anticipat", "project", "forecast", "guidance", "estimat")

# ---------------------------------------------------------------------------------------------
# Scale words damaged by OCR: "between $55 million and $60 mi1lion", "$32 mil1ion". The prose reader
# (``narrative.py``) mends them the same way, with the words of its concepts.

#: The words that scale an amount, read through OCR damage.
SCALE_WORDS = ("thousand", "million", "billion")
_SCALE_BY_SKELETON = words_by_skeleton(SCALE_WORDS)


def read_scale_words(text: str) -> str:
    """``text`` with each scale word OCR printed with look-alike characters written as the word
    ("mi1lion" → "million"); offsets kept. Only letters a digit or a sign stands for are mended, in a
    word of two letters at least (``kg.ocr.lookalike_word``): an amount's digits are never read as
    letters, nor a figure as a word."""
    pieces: list[str] = []
    last = 0
    for token in OCR_WORD.finditer(text):
        printed = token.group()
        if printed.lower() in SCALE_WORDS:
            continue
        word = lookalike_word(printed, _SCALE_BY_SKELETON)
        if word is not None:
            pieces += [text[last : token.start()], in_printed_case(word, printed)]
            last = token.end()
    return "".join([*pieces, text[last:]]) if pieces else text


# ---------------------------------------------------------------------------------------------
# What disqualifies a figure

#: A word right before the concept phrase that makes it another measure: "non-GAAP net loss",
#: "pro forma net loss", "adjusted operating expenses", "cash operating expenses", "selling, general
#: and administrative expenses" (not G&A), "royalty revenues" (not total revenues).
_QUALIFIER_BEFORE = cached_compile(
    r"(?:\bnon[\s-]?GAAP|\bpro[\s-]forma|\badjusted|\bcore|\bnormali[sz]ed|\bunderlying|\brecurring|\bcash"
    r"|\bnon[\s-]?cash|\bselling,?|\bincremental|\bper[\s-]share)\s*$",
    re.IGNORECASE,
)
#: The only words that may stand right before "revenues": anything else names one kind of revenue
#: ("royalty revenues", "collaboration revenue", "research and development revenue").
_REVENUE_LEAD = cached_compile(
    r"(?:^|[,;:(\n]|\b(?:its|our|the|total|of|and|expects?|anticipates?|projects?|forecasts?|estimates?|that|with|in|for|fiscal|annual|full[\s-]year"
    r"|consolidated|GAAP|(?:19|20)\d\d|(?:19|20)\d\d's)\s)\s*$",
    re.IGNORECASE,
)
#: Qualifying words between the concept phrase and its figure: "net loss, excluding stock-based
#: compensation, …", "net loss before non-cash charges", "operating expenses on a non-GAAP basis".
_QUALIFIER_AFTER = cached_compile(
    r"\b(?:excluding|exclusive\s+of|excludes?|exclude|not\s+including|before|other\s+than|absent|non[\s-]?GAAP"
    r"|pro[\s-]forma|adjusted|per\s+(?:basic\s+|diluted\s+|common\s+|weighted\s+|average\s+|and\s+)*share)\b",
    re.IGNORECASE,
)
#: The same qualifiers right after the figure: "$30-34 million, excluding stock-based compensation".
_QUALIFIER_NEXT = cached_compile(
    r"\s*,?\s*\(?\s*(?:excluding|exclusive\s+of|before|not\s+including|on\s+an?\s+(?:non[\s-]?GAAP|adjusted|pro[\s-]forma)"
    r"|non[\s-]?GAAP|pro[\s-]forma|per\s+(?:basic\s+|diluted\s+|common\s+)*share)\b",
    re.IGNORECASE,
)
#: After a balance expected at a date, an event left out of the forecast, not a part of the balance
#: left out of the measure: "cash … of between $12 million and $15 million, excluding any proceeds
#: from business development activities" is the cash expected if no such deal is made, and so is
#: the cash "…, excluding the impact of any new business development activities or financings".
_ASSUMPTION_NEXT = cached_compile(
    r"\s*,?\s*\(?\s*(?:excluding|not\s+including|before|exclusive\s+of)\s+"
    r"(?:the\s+(?:impact|effect)s?\s+of\s+)?(?:any|potential|possible|future|new|additional)\b",
    re.IGNORECASE,
)
#: Another measure named between the concept phrase and the figure: the figure is that measure's
#: ("its net loss to be …, and its net cash burn to be $50-55 million"). "cash" itself is another
#: measure only after a concept that is not one of cash (see ``_CASH_WORD``).
_OTHER_MEASURE = cached_compile(
    r"\b(?:burn|stock[\s-]+(?:based\s+)?compensation|share[\s-]based|depreciation|amortization|EBITDA"
    r"|interest|tax(?:es)?|milestones?|royalt\w+|proceeds|financing|debt|dividends?)\b",
    re.IGNORECASE,
)
_CASH_WORD = cached_compile(r"\bcash\b", re.IGNORECASE)
#: Words making an amount another holder's, not the company's: "cash … held by its Danish
#: subsidiary", "held by X", "held at its subsidiary", "revenues of our subsidiary". Held by the
#: company itself ("held by the Company", "held by us") it is the company's; so is the balance "of
#: the Company and its subsidiaries" (consolidated).
_ANOTHER_HOLDER = cached_compile(
    r"\bheld\s+by\s+(?!(?:the\s+)?company\b|us\b|it\b|itself\b)"
    r"|\b(?:held\s+)?(?:of|at|by|in)\s+(?:its|our|the|their|a|an|one\s+of\s+(?:its|our))\s+"
    r"(?:(?!and\b|company\b)[\w'’-]+\s+){0,3}?subsidiary\b",
    re.IGNORECASE,
)
#: A holder's name right before the concept phrase: "its subsidiary's cash …".
_HOLDER_BEFORE = cached_compile(r"\bsubsidiar(?:y|ies)['’]s?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: A change rather than a level: "to increase by between $2-4 million", "to decrease $3-5 million",
#: "growth of $2-4 million", "up $2-4 million" (between the concept phrase and the figure).
_CHANGE_BETWEEN = cached_compile(
    r"\b(?:increas\w*|decreas\w*|grow\w*|decline\w*|declining|ris(?:e|es|ing)|fall\w*|drop\w*|reduc\w*|improv\w*"
    r"|higher|lower|more|less|up|down|rais\w*|cut|change\w*|exceed\w*|above|below|over|under)\b",
    re.IGNORECASE,
)
#: A change word right before the concept phrase: "an increase in revenues of $2-4 million".
_CHANGE_BEFORE = cached_compile(
    r"\b(?:increas\w*|decreas\w*|growth|grow|decline[sd]?|rise|reduc\w*|improv\w*|change|cut|lower|rais\w*)"
    r"\s+(?:(?:in|of)\s+)?(?:(?:its|our|the)\s+)?$",
    re.IGNORECASE,
)
#: Between a concept phrase and its figure, the guidance revised to a new level: "is raising its
#: revenue guidance for fiscal 2011 to $14 million to $17 million from $12 million to $15 million".
#: The figure after "to" is the level now expected, not a change, though a change word ("raising")
#: stands before the concept; the figure after "from" is the comparand, declined as such.
_REVISED_TO = cached_compile(
    r"\s+(?:financial\s+)?(?:guidance|outlook|forecast|projections?|expectations?)\b[^$]*?\bto\s+"
    r"(?:(?:a\s+range\s+of|between|approximately|about)\s+)?",
    re.IGNORECASE,
)
#: Words making a figure one bound of a range given before: "raising the low end of its revenue
#: guidance to $14 million" (the high end kept, unprinted): no range of the year.
_ONE_END = cached_compile(r"\b(?:(?:low|lower|high|upper|bottom|top)\s+end|mid[\s-]?point)\b", re.IGNORECASE)
#: A change word right after the figure: "$1-2 million higher than in 2011", "$5-7 million increase".
_CHANGE_NEXT = cached_compile(
    r"\s*(?:higher|lower|more|less|above|below|greater|over|under|increase|decrease|reduction|growth|up|down)\b",
    re.IGNORECASE,
)
#: The figure a comparison is made with: "compared with $40-44 million", "versus …", "down from …"
#: ("to range from $60 to $64 million" names the range itself); or the size of a change ("to reduce
#: operating expenses by $8-10 million").
_COMPARAND = cached_compile(
    r"(?:\b(?:compared\s+(?:to|with)|versus|vs\.?|than|by)|(?<!\brange)(?<!\branges)(?<!\branging)\s+from)"
    r"\s+(?:(?:the|a|an|its)\s+)?$",
    re.IGNORECASE,
)
#: A figure reported, not expected: "The net loss for fiscal 2010 was $45.2 million, within …".
_REPORTED = cached_compile(r"\b(?:was|were|totaled|totalled|amounted|came\s+in|had\s+been)\b", re.I)
#: A range the company gave before and now replaces or compares with: not its guidance.
_SUPERSEDED = cached_compile(
    r"\b(?:previous|previously|prior|original|originally|earlier|initial|last)\s+(?:\w+\s+){0,2}?"
    r"(?:guidance|guided|projected|expected|estimate[sd]?)\b[^$]{0,40}$",
    re.I,
)
#: The word governing a figure's clause: the last of these in the clause. Said of an earlier time
#: ("previously expected", "had anticipated", "its original guidance", "its earlier estimate"), the
#: figure is what the company used to expect. A clause without one ("…, and revenues to be $30-32
#: million") is governed by the word of the last clause that named a concept.
_GOVERNING = cached_compile(
    r"\b(?:expect\w*|anticipat\w*|project\w*|forecast\w*|guid\w*|estimat\w*|outlook|range|believes?)\b", re.I
)
_EARLIER = cached_compile(
    r"\b(?:previous|previously|prior|original|originally|earlier|initial|initially|had|last|once)"
    r"(?:\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)
#: "$60-64 million previously expected", "…, as originally guided": the figure came before.
_EARLIER_NEXT = cached_compile(
    r"\s*,?\s*(?:as\s+)?(?:previously|originally|initially|earlier)\b|\s*(?:it\s+|we\s+)?had\s+(?:expected|anticipated)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# Periods

_YEAR = r"(?:19|20)\d\d"
#: What a bare year may stand before and name the year of: "2012 total revenues", "2012 guidance".
_YEAR_OF_WORDS = (
    r"net\s+(?:loss|income)\b|revenues?\b|operating\s+expenses\b|research\s+and\b|general\s+and\b|R&D\b|G&A\b"
    r"|capital\s+expenditures\b|cash\b|(?:financial\s+)?guidance\b|outlook\b"
)
#: After a year, another year makes a list ("fiscal 2012 and 2013", "2012-2013"): no single year.
_NOT_LISTED = r"(?!\s*(?:,|and|&|or|-|–|through|to)\s*(?:fiscal\s+(?:years?\s+)?)?(?:(?:19|20)\d\d|'\d\d)\b)"
#: A whole year named in prose. ``date``: the year that ends on a date ("fiscal year ending June 30,
#: 2011", "the year ending December 31, 2012", "twelve months ending …"). ``fy``: a fiscal year by
#: its number ("fiscal 2012", "fiscal year 2012", "the 2012 fiscal year", "FY2012", "FY12"), which
#: needs the filer's fiscal-year end. ``cy``: a calendar year ("for 2012", "full-year 2012",
#: "calendar 2012", "year-end 2012", "2012 total revenues"), the fiscal year only of a filer whose
#: year ends on December 31. ``end``/``ye``: the words that make the phrase the end of that year, an instant ("at the end
#: of fiscal 2012", "to end 2012 with", "year-end 2012").
#: The date a fiscal year by number ends, printed beside it: "fiscal 2011, ending March 31, 2011",
#: "fiscal year 2010 (the year ending March 31, 2011)". The date wins over the number.
_EQUATED_END = (
    r"\s*(?:,|\(|—|–|--?)\s*(?:which\s+|that\s+)?(?:the\s+(?:(?:fiscal\s+)?year|twelve[\s-]+months?)\s+)?"
    r"(?:ending|ended|ends)\s+(?:on\s+)?(?P<eqdate>" + DATE_PATTERN.replace("?P<", "?P<eq_") + r")\)?"
)
_YEAR_PHRASE = cached_compile(
    rf"(?P<end>\b(?:at|by)\s+(?:the\s+)?end\s+of\s+(?:the\s+|its\s+|our\s+)?|\bto\s+end\s+(?:the\s+|its\s+)?)?"
    rf"(?:\b(?:(?:fiscal\s+|full\s+|calendar\s+)?year|twelve[\s-]months?)\s+(?:ending|ended)\s+(?P<date>{DATE_PATTERN})"
    rf"|\bfiscal\s+(?:year\s+)?(?P<fy>{_YEAR})\b{_NOT_LISTED}(?:{_EQUATED_END})?"
    rf"|\b(?P<fy2>{_YEAR})\s+fiscal\s+year\b"
    rf"|(?<![\w-])FY\s?'?(?P<fy3>{_YEAR}|\d\d)\b{_NOT_LISTED}"
    rf"|(?P<ye>\byear[\s-]end\s+)(?P<cy3>{_YEAR})\b{_NOT_LISTED}"
    rf"|\b(?P<cy2>{_YEAR})\s+(?:full[\s-]year\b|(?P<ye2>year[\s-]end\b))"
    rf"|(?:(?<=\bend\sof\s)|(?<=\bend\s))(?P<cy4>{_YEAR})\b{_NOT_LISTED}"
    rf"|(?:\b(?:full[\s-]year|calendar(?:\s+year)?|year)\s+|(?<=\bfor\s)|(?<=\bin\s)|(?<=\bduring\s))"
    rf"(?P<cy>{_YEAR})\b(?!\s*fiscal){_NOT_LISTED}"
    rf"|\b(?P<cy5>{_YEAR})(?=\s+(?:total\s+|full[\s-]year\s+)?(?:{_YEAR_OF_WORDS}))"
    r")"
    rf"(?P<with>\s+with\b)?",
    re.IGNORECASE,
)
#: Just before a year phrase, words that make it part of the year, not the year: "the first half of
#: its fiscal year ending …", "the fourth quarter of fiscal 2011", "the remainder of 2012".
_PART_OF = cached_compile(
    r"\b(?:quarters?|half|months?|remainder|balance|portion|part|weeks?)\s+of\s+"
    r"(?:(?:the|its|our|this)\s+)?(?:(?:company's|current)\s+)?$",
    re.IGNORECASE,
)
#: A balance held at year end with no year of its own: "at year end", "at the end of the year",
#: "at fiscal year-end": the end of the one year the sentence names.
_AT_YEAR_END = cached_compile(
    r"\b(?:at|by)\s+(?:the\s+)?(?:(?:fiscal\s+)?year[\s-]end|end\s+of\s+(?:the\s+|its\s+)?(?:fiscal\s+)?year)\b(?!\s+(?:ending|ended|\d))",
    re.IGNORECASE,
)
#: "at June 30, 2011", "as of December 31, 2012": the date a balance is held at.
_AT_DATE = cached_compile(rf"\s*,?\s*(?:at|as\s+of|on)\s+{DATE_PATTERN}", re.IGNORECASE)
#: Words naming a period other than a whole fiscal year, left once the year phrases are blanked
#: out: a range near them ("revenues for the fourth quarter", "net loss for the first half of its
#: fiscal year", "in calendar 2012", "each quarter", "the remainder of fiscal 2012") is not the year's.
_OTHER_PERIOD = cached_compile(
    r"\b(?:quarters?|quarterly|calendar|half|halves|months?|(?:19|20)\d\d|remainder|remaining|balance\s+of"
    r"|year[\s-]to[\s-]date|each\s+year|per\s+year|annually|annual\s+run|weeks?|semi[\s-]?annual\w*|'\d\d)\b",
    re.IGNORECASE,
)
#: Where a figure's own trailing period phrase starts: "$60-64 million for fiscal 2012", "$12-14
#: million in the fourth quarter". (Read with ``match`` at the figure's end.)
_PERIOD_NEXT = cached_compile(r"\s*,?\s*(?:for|in|during|over|through)\s+", re.IGNORECASE)
#: Where such a phrase ends at the latest: a clause break or another figure.
_PHRASE_BREAK = cached_compile(r"[,;$]|\s(?:and|but|while|which|with)\s", re.IGNORECASE)
#: A rate in a figure's clause after it: "$10 million per quarter in 2012", "$2 million a month",
#: "$8-10 million each quarter", "… quarterly", "on a quarterly basis". The figure is the amount of
#: one quarter (month, week), not the year's.
_RATE = cached_compile(
    r"\b(?:(?:per|a|an|each|every)\s+(?:fiscal\s+|calendar\s+)?(?:quarter|month|week|day)"
    r"|(?:per|each|every)\s+(?:fiscal\s+|calendar\s+)?year|per\s+annum|quarterly|monthly|weekly|annually"
    r"|annuali[sz]ed|run[\s-]*rate)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _YearPhrase:
    """A year named in a sentence: its span, the fiscal year as a duration, and whether the words
    name its end (an instant) rather than the year itself."""

    start: int
    end: int
    year: Period
    at_end: bool


_DIGIT = cached_compile(r"\d")
#: Where a sentence ends: a period not after a digit ("$4.7"), before a capital; or a blank line.
#: (The look-behind follows the period, so the regex engine skips quickly from one period to the next.)
_SENTENCE_END = cached_compile(r"\.(?<!\d\.)(?=\s+[A-Z\"“])|\n\s*\n")


def _sentence_ends(doc: Document) -> list[int]:
    """Where each sentence of the filing ends (see ``_SENTENCE_END``), computed once per document."""
    return doc.derived("guidance.sentence-ends", lambda d: [m.end() for m in _SENTENCE_END.finditer(d.text)])


def _forward_sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of the sentences in which one of the ``_FORWARD`` words starts, in order.

    A sentence runs from the end of the one before to the next ``_SENTENCE_END``; the last one to
    the end of the text. Only the sentences holding a word are visited: the others hold no guidance.
    """
    ends = _sentence_ends(doc)
    last = -1
    for word in doc.word_places(_FORWARD_WORDS).starts:
        index = bisect.bisect_right(ends, word)
        if index != last:
            last = index
            yield (ends[index - 1] if index else 0), (ends[index] if index < len(ends) else len(doc.text))


# ---------------------------------------------------------------------------------------------
# Lists of expected figures: "The Company now expects:" over "· revenues of $19 million to $21 million;"

#: The words of a lead-in that make the list after it the company's expectation: a verb of expecting in
#: the present ("now expects:", "is projecting the following:"), or guidance and outlook named.
_LEAD_IN_FORWARD = cached_compile(
    r"\b(?:expects?|expecting|anticipates?|anticipating|projects?|projecting|forecasts?|forecasting|estimates?"
    r"|(?:is|are)\s+(?:now\s+)?(?:expected|anticipated|projected|forecast)|guidance|outlook)\b",
    re.IGNORECASE,
)
#: Words of a lead-in that make it a report of what happened, not an expectation: "As expected, the
#: Company reported:", "better than anticipated:", "results were:".
_LEAD_IN_PAST = cached_compile(
    r"\b(?:as|than)\s+(?:\w+\s+)?(?:expected|anticipated|projected|forecast|estimated)\b"
    r"|\b(?:reported|recorded|achieved|delivered|was|were|had)\b",
    re.IGNORECASE,
)
#: The mark a list item's line opens with, and the blanks after it: a bullet ("·", "•", "*", "o",
#: a dash, or the double hyphen newswire text prints for a bullet, "-- Total revenues of …"), a
#: number or letter ("1.", "(a)", "ii)").
_ITEM_MARK = cached_compile(
    r"[ \t]*(?:[·•●▪■◦○►▸‣⁃∙*§Ø]|(?:--|[-–—o])(?=[ \t])|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)](?=[ \t]))[ \t]*"
)
#: The end of a list item that another item follows in the same sentence: "…;", "…; and", "…, or".
_ITEM_CONTINUES = cached_compile(r"[;,](?:\s*(?:and|or))?\s*$", re.IGNORECASE)
#: The most items one lead-in is read over, and the longest lead-in sentence: a longer one is no
#: lead-in but text running into a table or a list of another kind.
_MAX_ITEMS = 20
_MAX_LEAD_IN = 400


#: An amount in a line: "$28 million", "$ 0.58".
_LINE_AMOUNT = cached_compile(r"\$\s?\(?\d")
#: How a whole item ends: ";", "; and", ", and", ", or", or a stop (not a comma alone, which a line
#: of a wrapped paragraph may end with too).
_ITEM_END = cached_compile(r"(?:;(?:\s*(?:and|or))?|,\s*(?:and|or)|\.)\s*$", re.IGNORECASE)


def _whole_item(content: str) -> bool:
    """Whether a line (its words, blanks left out) is a whole item of a list by itself: it holds an
    amount of its own and ends as an item does (``_ITEM_END``). A line that stops mid-sentence
    ("Revenues of between $28 million and") starts a paragraph that runs on, not an item."""
    return _LINE_AMOUNT.search(content) is not None and _ITEM_END.search(content) is not None


#: The stop closing an item that is a sentence of its own.
_SENTENCE_STOP = cached_compile(r"\.\s*$")


#: Verbs reporting what a figure came to: a sentence holding one reports, it expects nothing.
_REPORTING_VERB = cached_compile(
    r"\b(?:reflected|totall?ed|came\s+(?:to|in)|amounted\s+to|decreased|increased|was|were)\b", re.IGNORECASE
)
#: A year printed in a sentence: "in 2008", "December 31, 2008", "fiscal 2008".
_PRINTED_YEAR = cached_compile(r"(?<![\d$.,])(?:19|20)\d\d\b")
#: The nouns of ``_FORWARD`` that name an expectation without stating one: "reflected our
#: projections", "in line with our projection".
_FORWARD_NOUN = cached_compile(r"\bprojections?\b", re.IGNORECASE)


def _sentence_item(previous: str, content: str, year: int | None) -> bool:
    """Whether a line after an item printed without a mark that is a whole sentence ("Revenues are
    expected to be in the range of $8 million to $10 million.") is the list's next item: a whole
    sentence too, holding an amount and stating an expectation of its own ("Research and
    development expenses are expected to be …"), as the items of an HTML list print without their
    bullets. A sentence reporting what happened ("… in 2008 totaled $25.0 million, in line with
    our estimates", "… of $6.1 million in 2008 reflected our projections"), naming only years
    before the list's ``year``, or stating no expectation, ends the list."""
    return (
        _SENTENCE_STOP.search(previous.strip()) is not None
        and _whole_item(content)
        and _SENTENCE_STOP.search(content) is not None
        and _FORWARD.search(_FORWARD_NOUN.sub(" ", content)) is not None
        and _LEAD_IN_PAST.search(content) is None
        and _REPORTING_VERB.search(content) is None
        and not _names_past_year(content, year)
    )


def _names_past_year(content: str, year: int | None) -> bool:
    """True when a sentence names a year before ``year`` (the year a list of expectations is for)
    and not that year itself: "General and administrative expenses of $6.1 million in 2008 …"
    under "For 2009, the Company expects:"."""
    if year is None:
        return False
    years = {int(m.group()) for m in _PRINTED_YEAR.finditer(content)}
    return any(y < year for y in years) and year not in years


def _list_year(doc: Document, lead_in: str) -> int | None:
    """The year a list of expectations is for: the last year its lead-in names ("For 2009, the
    Company expects:"), else the year of the filing's date of report (a release reports a year
    before it, or the year it is in, and expects that one or a later one)."""
    years = [int(m.group()) for m in _PRINTED_YEAR.finditer(lead_in)]
    if years:
        return max(years)
    dated = report_date(doc)
    return dated.year if dated is not None else None


@dataclass(frozen=True)
class ExpectationList:
    """A list introduced as what the company expects: the lead-in sentence's span (to its colon), and
    the span of each item's words (its mark left out)."""

    lead_start: int
    lead_end: int
    items: tuple[tuple[int, int], ...]

    @property
    def end(self) -> int:
        """Where the last item's words end."""
        return self.items[-1][1]


def expectation_lists(doc: Document) -> list[ExpectationList]:
    """The lists of the filing introduced by a lead-in of expectation ending in a colon ("For fiscal
    2011, the Company now expects:"), each item a clause of the lead-in's sentence ("· revenues of
    between $19 million and $21 million;"). Computed once per document."""
    return doc.derived("guidance.expectation-lists", _find_expectation_lists)


_COLON_AT_LINE_END = cached_compile(r":[ \t]*$", re.MULTILINE)
#: The end of a sentence within a lead-in's text: a stop before a capital, not that of an initial or of
#: a company's or a person's abbreviation ("Inc.", "Dr.").
_LEAD_IN_STOP = cached_compile(
    r"(?<![A-Z])(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bCo)(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)"
    r"[.!?][\"”’)]?\s+(?=[A-Z\"“])"
)


def _find_expectation_lists(doc: Document) -> list[ExpectationList]:
    text = doc.text
    if ":" not in text:
        return []
    ends = _sentence_ends(doc)
    found: list[ExpectationList] = []
    for colon in _COLON_AT_LINE_END.finditer(text):
        if found and colon.start() < found[-1].end:
            continue
        index = bisect.bisect_right(ends, colon.start())
        lead_start = ends[index - 1] if index else 0
        # The lead-in is the last sentence before the colon, even after a year ("… June 30, 2011. The
        # Company now expects:"), which ``_SENTENCE_END`` does not end a sentence at.
        for stop in _LEAD_IN_STOP.finditer(text, lead_start, colon.start()):
            lead_start = stop.end()
        lead_start += len(text[lead_start : colon.start()]) - len(text[lead_start : colon.start()].lstrip())
        lead_in = text[lead_start : colon.end()]
        if (
            len(lead_in) > _MAX_LEAD_IN
            or "\t" in lead_in
            or not _LEAD_IN_FORWARD.search(lead_in)
            or _LEAD_IN_PAST.search(lead_in)
        ):
            continue
        items = _list_items(doc, colon.end(), _list_year(doc, lead_in))
        if items:
            found.append(ExpectationList(lead_start, colon.start() + 1, tuple(items)))
    return found


def _list_items(doc: Document, start: int, year: int | None) -> list[tuple[int, int]]:
    """The items of the list printed from ``start`` (the end of its lead-in's line), as spans of their
    words: each line opening with an item mark starts one, and the lines after it without a blank line
    or a mark are its words too; after the lead-in's colon or after an item ending in ";" (", and"), a
    line in lower case starts one without a mark, and so does a line in capitals that is a whole item
    of its own (``_whole_item``: "Revenues of between $28 million and $33 million;", the items of an
    HTML list printed without bullets); after an item that is a sentence, a sentence expecting a
    figure of the list's ``year`` (``_sentence_item``). Anything else ends the list."""
    text = doc.text
    items: list[tuple[int, int]] = []
    gap = False
    marked = False
    for line in range(doc.line_of(start) + 1, len(doc.lines) + 1):
        l_start, l_end = doc.line_span(line)
        content = text[l_start:l_end].strip()
        if not content:
            gap = True
            continue
        mark = _ITEM_MARK.match(text, l_start, l_end)
        continues = not items or _ITEM_CONTINUES.search(text, items[-1][0], items[-1][1]) is not None
        if mark is not None and mark.group().strip() and text[mark.end() : l_end].strip():
            if len(items) == _MAX_ITEMS:
                break
            items.append((mark.end(), l_end))
            marked = True
        elif items and marked and not gap and not continues:
            items[-1] = (items[-1][0], l_end)  # the item's words run on over this line
        elif (continues and (content[0].islower() or _whole_item(content))) or (
            items and not marked and _sentence_item(text[items[-1][0] : items[-1][1]], content, year)
        ):
            if len(items) == _MAX_ITEMS:
                break
            items.append((l_start + text[l_start:l_end].index(content[0]), l_end))
            marked = False
        else:
            break
        gap = False
    return [(s, s + len(text[s:e].rstrip())) for s, e in items]


@dataclass(frozen=True)
class _Unit:
    """What is read as one sentence: a sentence of the filing, or one item of an expectation list read
    as the end of its lead-in's sentence (``item`` its words' start; the text between the lead-in's
    colon and the item blanked out)."""

    start: int
    end: int
    item: int | None = None
    lead_end: int = 0


# ---------------------------------------------------------------------------------------------
# Guidance tables: "Financial Guidance" over "<tab>Full Year 2012 Guidance<tab>Full Year 2011 Actual" and
# rows "Total revenues<tab>$25 – $30 million<tab>$32.4 million"

#: A column heading naming what the company expects ("Full Year 2012 Guidance", "2012 Outlook",
#: "Expected 2012"), and one naming what it reported ("Full Year 2011 Actual", "2011 Results").
_COLUMN_FORWARD = cached_compile(
    r"\b(?:guidance|outlook|expected|expectations?|projected|projections?|forecasts?|estimated?|estimates)\b",
    re.IGNORECASE,
)
_COLUMN_PAST = cached_compile(
    r"\b(?:actuals?|reported|results|historical|prior|previous|previously|original|originally|initial|earlier)\b",
    re.IGNORECASE,
)
#: A cell of a line aligned with spaces: words parted by single blanks (two or more part the cells).
_SPACED_CELL = cached_compile(r"[^ \t\n]+(?: [^ \t\n]+)*")
#: A rule under a table's heading ("-----", "=====", "____"): no row of its own.
_RULE_LINE = cached_compile(r"[\s\-=_—–]*")
#: Footnote marks after a label or a figure: "(1)", "*", "†".
_FOOTNOTE = cached_compile(r"\s*(?:\(\d\)|\*+|[†‡])$")
#: The words a row's label may print around a concept's phrase: "Net cash used in operating
#: activities", "GAAP net loss", "Operating expenses:".
_LABEL_LEAD = cached_compile(r"(?:(?:total|net|gaap)\s+)?", re.IGNORECASE)
_LABEL_TAIL = cached_compile(r"(?:\s+activities)?\s*:?", re.IGNORECASE)
#: Words before a point figure in a cell: "approximately $30 million".
_CELL_ABOUT = cached_compile(r"(?:approximately|about|around|~)\s*", re.IGNORECASE)
_SCALE_WORD = cached_compile(r"\b(?:thousand|million|billion)\b", re.IGNORECASE)
#: How many lines above a table its lead-in sentence may end ("… financial guidance for the year
#: ending December 31, 2012:"), blank lines between.
_LEAD_IN_LINES = 3
#: A year in a column heading: "2012", "FY2012", "FY12".
_NAMES_A_YEAR = cached_compile(r"\b(?:19|20)\d\d\b|\bFY\s?'?\d\d\b", re.IGNORECASE)
#: The most rows of one guidance table.
_MAX_ROWS = 20


@dataclass(frozen=True)
class _Cell:
    """A cell of a table line: its text (stripped) and span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class GuidanceTable:
    """A table of expected figures: the span from its heading line to its last row, the heading cell of
    the column of expectations, the fiscal year that column is of (None: not placed, ``note`` says
    why), and its rows (each the label cell and the column's cell)."""

    start: int
    end: int
    heading: _Cell
    year: Period | None
    note: str | None
    rows: tuple[tuple[_Cell, _Cell | None], ...]


def _line_cells(doc: Document, line_no: int) -> list[_Cell]:
    """The filled cells of a line: parted by tabs (a rendered HTML table), else by two blanks or more."""
    start, end = doc.line_span(line_no)
    text = doc.text
    if "\t" in text[start:end]:
        cells, at = [], start
        for part in text[start:end].split("\t"):
            lead = len(part) - len(part.lstrip())
            if part.strip():
                cells.append(_Cell(part.strip(), at + lead, at + lead + len(part.strip())))
            at += len(part) + 1
        return cells
    return [_Cell(m.group(), m.start(), m.end()) for m in _SPACED_CELL.finditer(text, start, end)]


def guidance_tables(doc: Document) -> list[GuidanceTable]:
    """The tables of expected figures in the filing (computed once per document): a line of column
    headings, one of which names an expectation and no result ("Full Year 2012 Guidance" beside "Full
    Year 2011 Actual"), over rows of a label and one cell a column (see ``_table_rows``). The column's
    fiscal year is the one its heading names, else the one the lead-in sentence above the table names
    ("… guidance for the year ending December 31, 2012:"); two different years, or none, place it not."""
    return doc.derived("guidance.tables", _find_guidance_tables)


def _find_guidance_tables(doc: Document) -> list[GuidanceTable]:
    change = document_fiscal_year_change(doc)
    fye = change.new if change else document_fiscal_year_end(doc)
    naming = document_fiscal_year_naming(doc) if fye is not None and change is None else 0
    weeks = filing_week_calendar(doc) if fye is None else None
    found: list[GuidanceTable] = []
    seen_lines: set[int] = set()
    for word in doc.word_places(("guidance", "outlook", "expect", "project", "forecast", "estimat")).starts:
        line_no = doc.line_of(word)
        if line_no in seen_lines:
            continue
        seen_lines.add(line_no)
        heads = _line_cells(doc, line_no)
        forward = [c for c in heads if _COLUMN_FORWARD.search(c.text) and not _COLUMN_PAST.search(c.text)]
        if len(forward) != 1 or any("$" in c.text or "." in c.text for c in heads):
            continue  # no line of column headings: a sentence, or a line of figures
        rows, end = _table_rows(doc, line_no)
        if not rows:
            continue
        values = len(rows[0][1])
        if len(heads) == values + 1:
            heads = heads[1:]  # the label column's own heading ("($ in millions)")
        if len(heads) != values or forward[0] not in heads:
            continue
        if not _NAMES_A_YEAR.search(forward[0].text) and _table_lead_in(doc, line_no) is None:
            continue  # "Estimated Fair Value" over a statement's rows: no table of expectations
        column = heads.index(forward[0])
        year, note = _column_year(doc, line_no, forward[0], fye, change, naming, weeks)
        cells = tuple((label, cells[column] if len(cells) == values else None) for label, cells in rows)
        found.append(GuidanceTable(doc.line_span(line_no)[0], end, forward[0], year, note, cells))
    return found


def _table_rows(doc: Document, heading: int) -> tuple[list[tuple[_Cell, list[_Cell]]], int]:
    """The rows under a table's heading line: each a label (no figure) and the cells after it, up to a
    blank line after the first row (a rule under the heading is skipped), with where the last ends.
    None is read when the first line is no row holding a figure."""
    rows: list[tuple[_Cell, list[_Cell]]] = []
    end = doc.line_span(heading)[1]
    last = min(len(doc.line_starts), heading + _MAX_ROWS + 2)
    line_no = heading
    while line_no < last:
        line_no += 1
        start, line_end = doc.line_span(line_no)
        text = doc.text[start:line_end]
        if not text.strip() or _RULE_LINE.fullmatch(text):
            if rows:
                break
            continue
        cells = _line_cells(doc, line_no)
        wrapped = _wrapped_label(doc, line_no, cells) if line_no < last else None
        if wrapped is not None:
            line_no += 1
            line_end = doc.line_span(line_no)[1]
            cells = wrapped
        if len(cells) < 2 or "$" in cells[0].text:
            break  # no label and figures: the table has ended
        if not rows and not any("$" in c.text for c in cells[1:]):
            break  # the first line under the heading holds no figure: no table of figures
        rows.append((cells[0], cells[1:]))
        end = line_end
    return rows, end


def _wrapped_label(doc: Document, line_no: int, cells: list[_Cell]) -> list[_Cell] | None:
    """A row whose label runs over two lines ("Selling, general and administrative" over "  expenses
    $17 - $19 million"): the label alone on its first line, its last words opening the next line in
    small letters, indented, before the row's figures. The row's cells, the label read whole; None
    for any other line."""
    if len(cells) != 1 or _LINE_AMOUNT.search(cells[0].text):
        return None
    after = _line_cells(doc, line_no + 1)
    if len(after) < 2 or not after[0].text[:1].islower() or "$" in after[0].text:
        return None
    indent = after[0].start - doc.line_span(line_no + 1)[0]
    if indent <= cells[0].start - doc.line_span(line_no)[0]:
        return None  # not indented under the label: a line of its own
    label = _Cell(f"{cells[0].text} {after[0].text}", cells[0].start, after[0].end)
    return [label, *after[1:]]


def _column_year(
    doc: Document,
    heading_line: int,
    heading: _Cell,
    fye: tuple[int, int] | None,
    change: FiscalYearChange | None,
    naming: int | None,
    weeks: WeekCalendar | None = None,
) -> tuple[Period | None, str | None]:
    """The fiscal year of the column of expectations: named in its heading or in the lead-in sentence
    above the table; with a note when it is not placed."""
    own = {p.year for p in _year_phrases(heading.text, fye, change, naming, weeks) if not p.at_end}
    lead_in = _table_lead_in(doc, heading_line)
    above = (
        {p.year for p in _year_phrases(lead_in, fye, change, naming, weeks) if not p.at_end}
        if lead_in
        else set()
    )
    years = own or above
    if own and above and own != above:
        return None, f"guidance table: its column {heading.text!r} and the sentence above it name other years"
    if len(years) != 1:
        return None, f"guidance table: no one fiscal year placed for its column {heading.text!r}"
    return next(iter(years)), None


def _table_lead_in(doc: Document, heading_line: int) -> str | None:
    """The sentence right above a table (blank lines between), when it is forward-looking ("Micromet
    provides the following financial guidance for the year ending December 31, 2012:")."""
    for line_no in range(heading_line - 1, max(0, heading_line - 1 - _LEAD_IN_LINES), -1):
        start, end = doc.line_span(line_no)
        text = doc.text[start:end].strip()
        if not text:
            continue
        return text if _FORWARD.search(text) else None
    return None


def _table_guidance(doc: Document) -> Iterator[Guidance | Skipped]:
    """The guidance of each table of expected figures: a row whose label is a concept's phrase (as the
    prose reader knows them, with "Total", "Net", "GAAP" before or "activities" after it) and whose
    cell in the column of expectations is a range ("$25 – $30 million") or a point ("approximately
    $30 million") in millions or billions; every other row of the table is noted."""
    for table in guidance_tables(doc):
        if table.year is None:
            yield Skipped(NAME, table.note or "guidance table: no year", doc.line_of(table.start))
            continue
        for label, cell in table.rows:
            line = doc.line_of(label.start)
            if cell is None:
                yield Skipped(NAME, f"guidance table: row {label.text!r} has another number of cells", line)
                continue
            reading = _table_reading(label, cell, table.year)
            if isinstance(reading, str):
                yield Skipped(NAME, f"guidance table: row {label.text!r} not read: {reading}", line)
                continue
            name, period, low, high = reading
            yield Guidance(
                concept=name,
                period=period,
                low=low,
                high=high,
                unit="USD",
                evidence=(
                    doc.evidence(label.start, cell.end, NAME),
                    doc.evidence(table.heading.start, table.heading.end, NAME),
                ),
                label=" ".join(_FOOTNOTE.sub("", label.text).rstrip(" :").split()),
            )


def _table_reading(label: _Cell, cell: _Cell, year: Period) -> tuple[str, Period, Decimal, Decimal] | str:
    """A row's concept, period and bounds (in the concept's sign), or why the row is not read."""
    dated = _label_balance(label.text)
    concept = _label_concept(label.text) if dated is None else dated[:2]
    if concept is None:
        return "its label names no concept guidance is read for"
    name, sign = concept
    if name in _INSTANT_CONCEPTS and dated is None:
        return "a balance, whose date the table does not print"
    period = dated[2] if dated is not None else year
    text = read_scale_words(_FOOTNOTE.sub("", cell.text))
    lead = _CELL_ABOUT.match(text)
    text = text[lead.end() :] if lead else text
    if not _SCALE_WORD.search(text):
        return f"{cell.text!r} is no amount in millions or billions"
    ranges = find_money_ranges(text)
    if len(ranges) == 1 and ranges[0].start == 0 and ranges[0].end == len(text) and not lead:
        low, high = _signed(ranges[0], sign)
        return name, period, low, high
    figures = find_money(text)
    if not ranges and len(figures) == 1 and figures[0].start == 0 and figures[0].end == len(text):
        point = MoneyRange(figures[0].value, figures[0].value, 0, len(text))
        low, high = _signed(point, sign)
        return name, period, low, high
    return f"{cell.text!r} is no range or amount alone"


def _label_balance(label: str) -> tuple[str, int, Period] | None:
    """A balance a table row's label names with the date it is held at ("Cash, cash equivalents and
    marketable securities at December 31, 2010"): its concept, sign and instant; None for any other
    label (a balance with no date is the table's to date, which it does not)."""
    text = " ".join(_FOOTNOTE.sub("", label).split())
    for pattern, name, sign, _ in _CONCEPTS:
        if name not in _INSTANT_CONCEPTS:
            continue
        lead = _LABEL_LEAD.match(text)
        for at in {0, lead.end() if lead else 0}:
            match = pattern.match(text, at)
            held = _AT_DATE.match(text, match.end()) if match is not None else None
            if held is not None and _LABEL_TAIL.fullmatch(text, held.end()):
                instant = _instant_in(held.group(0))
                return (name, sign, instant) if instant is not None else None
    return None


def _label_concept(label: str) -> tuple[str, int] | None:
    """The concept a table row's label names whole ("Total revenues", "Operating expenses", "Net cash
    used in operating activities"), with its sign; None for any other label ("Collaboration revenue",
    "Non-GAAP operating expenses")."""
    text = " ".join(_FOOTNOTE.sub("", label).split())
    for pattern, name, sign, _ in _CONCEPTS:
        lead = _LABEL_LEAD.match(text)
        start = lead.end() if lead else 0
        for at in {0, start}:
            match = pattern.match(text, at)
            if match is not None and _LABEL_TAIL.fullmatch(text, match.end()):
                return name, sign
    return None


def _units(doc: Document) -> list[_Unit]:
    """The forward-looking sentences, cut short where a list of expected figures starts after them, and
    each item of such a list, in the order of the text."""
    lists = expectation_lists(doc)
    # The lines of a table of expected figures are read by ``_table_guidance``, not as sentences.
    regions = [(found.lead_end, found.end) for found in lists] + [
        (table.start, table.end) for table in guidance_tables(doc)
    ]
    units: list[_Unit] = []
    for s_start, s_end in _forward_sentences(doc):
        if any(r_start <= s_start < r_end for r_start, r_end in regions):
            continue  # words of a list: read item by item below
        cut = next((r_start for r_start, _ in regions if s_start < r_start < s_end), None)
        units.append(_Unit(s_start, cut if cut is not None else s_end))
    for found in lists:
        units.extend(_Unit(found.lead_start, end, start, found.lead_end) for start, end in found.items)
    return sorted(units, key=lambda u: u.item if u.item is not None else u.start)


def extract_guidance(doc: Document) -> Iterator[Guidance | Skipped]:
    """Every guidance figure: a concept phrase, then a range or point figure within its clause; and the
    rows of tables of expected figures (``_table_guidance``)."""
    yield from _table_guidance(doc)
    text = doc.text
    # After a change of fiscal-year end, a year is placed in the calendar it falls in (_year_of).
    change = document_fiscal_year_change(doc)
    fye = change.new if change else document_fiscal_year_end(doc)
    naming = document_fiscal_year_naming(doc) if fye is not None and change is None else 0
    weeks = filing_week_calendar(doc) if fye is None else None
    in_progress = _year_in_progress(doc, fye) if change is None else None
    carried: Period | None = None  # the year the last sentence naming whole years named
    carried_end = 0  # where that sentence ends: the year is carried over to its paragraph only
    for unit in _units(doc):
        s_start = unit.start
        # Markdown-escaped dollars ("\\$14 million") read as plain ones; offsets are kept.
        sentence = read_scale_words(text[s_start : unit.end].replace("\\$", " $"))
        if unit.item is not None:
            # An item of a list reads as the end of its lead-in's sentence: the other items blanked.
            sentence = _blank(sentence, [(unit.lead_end - s_start, unit.item - s_start)])
        # Without a digit a sentence holds no figure and names no year: it neither gives guidance
        # nor changes the year carried (most forward-looking sentences are the safe-harbor legend).
        if _DIGIT.search(sentence) is None or (unit.item is None and not _FORWARD.search(sentence)):
            continue
        # An item belongs to its lead-in's paragraph, however many blank lines part the two.
        own_end = unit.lead_end if unit.item is not None else s_start + len(sentence.rstrip())
        if carried is not None and _paragraph_ends(text, carried_end, own_end):
            carried = None  # a blank line or a heading since: another paragraph, another section
        phrases = _year_phrases(sentence, fye, change, naming, weeks)
        for at, words in _unplaced_week_years(sentence, weeks) if "$" in sentence else ():
            yield Skipped(
                NAME,
                f"guidance for {words!r}, a 52–53-week year: the filing prints no end of the year before,"
                " so its first day is in doubt; not read",
                doc.line_of(s_start + at),
            )
        for line_start, line_end in _column_lines(sentence, find_money(sentence)) if "$" in sentence else ():
            if _last_concept(sentence[line_start:line_end]) is not None:
                yield Skipped(
                    NAME,
                    "guidance: figures in columns outside a table of expected figures; which column is"
                    " current guidance is unknown, not read",
                    doc.line_of(s_start + line_start),
                )
        masked = _blank(sentence, [(p.start, p.end) for p in phrases])
        years = {p.year for p in phrases if not p.at_end}
        # The year of the sentence: the one it names, if it names one; the one named before, if
        # the sentence names no period at all ("It expects its operating expenses to be …"). The
        # end of a year ("by the end of 2013") is a date, not the year a flow is for.
        own = next(iter(years)) if len(years) == 1 else None
        if phrases:
            if unit.item is None:
                carried, carried_end = own, own_end
        else:
            # "… cash and marketable securities will be between $64 million and $68 million at June
            # 30, 2007, and … capital expenditures will be between $3 million and $4 million": the
            # date a balance is held at, the end of the year carried, names no other period.
            masked = _blank(masked, _held_at_year_end(masked, carried))
            if not _OTHER_PERIOD.search(masked):
                own = carried
        # Of an item, only its own figures: the lead-in's are read with the lead-in's sentence.
        first = unit.item - s_start if unit.item is not None else 0
        current = own if own is not None and own == in_progress else None
        for reading in _readings(sentence, phrases, masked, own, current):
            if reading.figure >= first:
                yield _guidance(doc, s_start, reading)


#: A date a balance is held at: "at June 30, 2007", "as of December 31, 2012".
_HELD_AT = cached_compile(rf"\b(?:at|as\s+of)\s+{DATE_PATTERN}", re.IGNORECASE)


def _held_at_year_end(sentence: str, year: Period | None) -> list[tuple[int, int]]:
    """The spans of the dates in a sentence naming no whole year that a balance is held at ("at June
    30, 2007") and that are the last day of ``year`` (the year carried from the sentence before):
    the sentence's flows are still that year's. A date of another day is another period."""
    if year is None or year.end is None:
        return []
    return [match.span() for match in _HELD_AT.finditer(sentence) if date_from_match(match) == year.end]


def _readings(
    sentence: str,
    phrases: list[_YearPhrase],
    masked: str,
    own: Period | None,
    current: Period | None = None,
) -> Iterator[_Reading]:
    """The guidance figures of one sentence whose year phrases are ``phrases`` (blanked in ``masked``)
    and whose own year is ``own``; ``current``: that year when it is the one in progress when the
    filing reports (``_year_in_progress``), "the fiscal year" of a balance expected at its end."""
    figures = find_money(sentence)
    amounts = _amounts(sentence, figures)
    ends = sorted({f.end for f in figures} | {a.end for a in amounts})
    crossings = list(_crossings(sentence, figures))
    columns = _column_lines(sentence, figures)
    inherited = False
    for amount in amounts:
        if any(start <= amount.start < end for start, end in columns):
            continue  # a cell of a table no guidance table was read from: its column is unknown
        # The figure's clause runs from the end of the figure before it, of any kind.
        zone = (
            ends[bisect.bisect_right(ends, amount.start) - 1] if ends[0] <= amount.start else 0,
            amount.start,
        )
        concept = _last_concept(sentence[: amount.start])
        earlier = _said_earlier(sentence, zone, inherited)
        if concept is not None and concept[3] >= zone[0]:
            inherited = earlier  # a clause naming a concept passes its word on
        if earlier or any(c.start <= amount.start < c.end for c in crossings):
            continue
        if concept is None or concept[3] < zone[0]:
            # No concept named in the figure's clause before it: the balance it names after it
            # ("… with between $75 million and $80 million in cash and marketable securities").
            reading = _balance_after(sentence, phrases, amount, zone, current)
        else:
            reading = _reading(sentence, concept, amount, zone, phrases, masked, own)
        if reading is not None:
            yield reading
            per_share = _per_share_after(sentence, reading)
            if per_share is not None:
                yield per_share
    for crossing in crossings:
        reading = _crossing_reading(sentence, crossing, ends, phrases, masked, own)
        if reading is not None:
            yield reading
    yield from _per_share_readings(sentence, phrases, masked, own)


#: What parts two cells of a table line: a tab, or two blanks or more.
_COLUMN_GAP = cached_compile(r"\t|[ ]{2,}")
#: All that may stand between two figures in two cells: the first one's scale word and blanks.
_CELL_GAP = cached_compile(r"\s*(?:(?:thousand|million|billion)\b)?\s*", re.IGNORECASE)


def _column_lines(sentence: str, figures: list[Money]) -> list[tuple[int, int]]:
    """The spans of the lines of a sentence that print figures in columns: two figures on one line
    with only a tab or two blanks or more between them ("Net loss   $58 - $65 million   $45 - $51
    million"). Such a line is a row of a table (previous beside updated guidance, a year beside
    another), which prose cannot tell the columns of; ``_table_guidance`` reads the tables it
    recognizes."""
    spans: list[tuple[int, int]] = []
    for before, after in itertools.pairwise(figures):
        gap = sentence[before.end : after.start]
        if "\n" in gap or not _COLUMN_GAP.search(gap):
            continue
        # Only the figure's own words between: a scale word, a dash or "to" inside a range printed
        # as two cells is no gap between columns.
        if _CELL_GAP.fullmatch(gap) is None:
            continue
        start = sentence.rfind("\n", 0, before.start) + 1
        end = sentence.find("\n", after.end)
        spans.append((start, end if end >= 0 else len(sentence)))
    return spans


@dataclass(frozen=True)
class _Reading:
    """A guidance figure read from a sentence: its concept, period, bounds as signed in the
    concept's convention, the printed words of its concept, the span of sentence to cite, where its
    figure starts and its unit."""

    concept: str
    period: Period
    low: Decimal
    high: Decimal
    words: str
    start: int
    end: int
    figure: int
    unit: Unit = "USD"


def _guidance(doc: Document, offset: int, reading: _Reading) -> Guidance:
    return Guidance(
        concept=reading.concept,
        period=reading.period,
        low=reading.low,
        high=reading.high,
        unit=reading.unit,
        evidence=(doc.evidence(offset + reading.start, offset + reading.end, NAME),),
        label=" ".join(reading.words.split()),
    )


def _signed(amount: MoneyRange, sign: int) -> tuple[Decimal, Decimal]:
    """Low and high of a range in the concept's sign: a net loss of $60-64 million is -64 to -60."""
    low, high = (amount.low, amount.high) if sign > 0 else (-amount.high, -amount.low)
    return Decimal(low), Decimal(high)


def _reading(
    sentence: str,
    concept: tuple[str, int, str, int],
    amount: MoneyRange,
    zone: tuple[int, int],
    phrases: list[_YearPhrase],
    masked: str,
    own: Period | None,
) -> _Reading | None:
    """The guidance a figure gives for the concept phrase before it in its clause, or None."""
    if _rejected(sentence, concept, amount, zone[0]):
        return None
    if _rate_follows(sentence, amount.end):
        return None  # "$10 million per quarter in 2012": one quarter's amount, not the year's
    name, sign, words, at = concept
    if name in _INSTANT_CONCEPTS:
        period = _instant_of(sentence, phrases, own, at, amount)
    else:
        period = _duration_of(masked, phrases, own, at, amount, zone[0])
    if period is None:
        return None
    return _Reading(name, period, *_signed(amount, sign), words, at, amount.end, amount.start)


#: Between a figure and the balance it names after it: "$75 million and $80 million in cash and
#: marketable securities", "approximately $135 million of cash and cash equivalents".
_BALANCE_LEAD = cached_compile(r"\s+(?:in|of)\s+(?:total\s+)?", re.IGNORECASE)
#: Between "to end fiscal 2006 with" and the figure: nothing, "between" or "approximately".
_WITH_GAP = cached_compile(
    r"\s*(?:between\s+|(?:approximately|about|around|roughly|an\s+estimated)\s+)?", re.IGNORECASE
)


#: "to end the fiscal year with", "to end the current year with": the end of a year named by no number.
_TO_END_THE_YEAR = cached_compile(
    r"\bto\s+end\s+(?:the|its|this)\s+(?:current\s+)?(?:fiscal\s+)?year\s+with\b", re.IGNORECASE
)


def _balance_after(
    sentence: str,
    phrases: list[_YearPhrase],
    amount: MoneyRange,
    zone: tuple[int, int],
    current: Period | None = None,
) -> _Reading | None:
    """A balance expected at a date, named after its figure: "expects to end fiscal 2006 with
    between $75 million and $80 million in cash and marketable securities" (at the end of that
    year), "… $40 million of cash and cash equivalents at June 30, 2013" (at that date), "expects to
    end the fiscal year with …" (at the end of ``current``, the year the paragraph names when it is
    the one in progress, see ``_year_in_progress``). None when no balance concept follows the figure,
    or no one date is said."""
    found = _balance_named(sentence, amount.end)
    if found is None:
        return None
    name, sign, match = found
    if (
        (_QUALIFIER_NEXT.match(sentence, match.end()) and not _ASSUMPTION_NEXT.match(sentence, match.end()))
        or _EARLIER_NEXT.match(sentence, match.end())
        or _REPORTED.search(sentence, *zone)
        or _COMPARAND.search(sentence, max(0, amount.start - 30), amount.start)
        or _SUPERSEDED.search(sentence, 0, amount.start)
        or _held_by_another(sentence, match.end())
    ):
        return None
    dates = set()
    at_date = _AT_DATE.match(sentence, match.end())
    if at_date is not None:
        dates.add(_instant_in(at_date.group(0)))
    dates |= {
        Period(instant=p.year.end)
        for p in phrases
        if p.at_end
        and zone[0] <= p.start
        and p.end <= amount.start
        and _WITH_GAP.fullmatch(sentence, p.end, amount.start)
    }
    if not dates and current is not None and _to_end_the_year(sentence, zone[0], amount.start):
        dates.add(Period(instant=current.end))
    if len(dates) != 1 or None in dates:
        return None
    (period,) = dates
    assert period is not None
    return _Reading(
        name, period, *_signed(amount, sign), match.group(), amount.start, match.end(), amount.start
    )


def _to_end_the_year(sentence: str, start: int, figure: int) -> bool:
    """True when "to end the fiscal year with" (``_TO_END_THE_YEAR``) stands between ``start`` and
    the figure at ``figure``, only "approximately" or "between" after it (``_WITH_GAP``)."""
    return any(
        _WITH_GAP.fullmatch(sentence, match.end(), figure) is not None
        for match in _TO_END_THE_YEAR.finditer(sentence, start, figure)
    )


def _held_by_another(sentence: str, end: int) -> bool:
    """True when the clause after a balance named after its figure makes the balance another
    holder's: "… $5 million in cash and marketable securities held at its Danish subsidiary"."""
    stop = _CLAUSE_STOP.search(sentence, end)
    return _ANOTHER_HOLDER.search(sentence, end, stop.start() if stop else len(sentence)) is not None


#: Where the clause after a balance's words ends: a semicolon, another figure, a comma, a stop.
_CLAUSE_STOP = cached_compile(r"[;$]|,\s|\.(?:\s|$)")


def _balance_named(sentence: str, end: int) -> tuple[str, int, re.Match[str]] | None:
    """The balance concept named right after a figure ending at ``end`` ("… in cash and marketable
    securities"): its name, sign and the match of its words; None when none is."""
    lead = _BALANCE_LEAD.match(sentence, end)
    if lead is None:
        return None
    for pattern, name, sign, _ in _CONCEPTS:
        match = pattern.match(sentence, lead.end()) if name in _INSTANT_CONCEPTS else None
        if match is not None:
            return name, sign, match
    return None


#: A net result expected on either side of zero: "to range from a net loss of $1.0 million to net
#: income of $0.5 million", "to be between a net loss of $2 million and net income of $1 million".
_CROSSING = cached_compile(
    r"\b(?:(?:to\s+range|ranging|in\s+a\s+range)\s+from|(?:to\s+be|of)\s+between)\s+"
    r"(?:an?\s+)?(?P<words1>net\s+(?P<side1>loss|income))\s+of\s+(?:approximately\s+)?(?P<first>\$)"
    r"[^$;]{1,20}?\s+(?:to|and)\s+(?:an?\s+)?(?P<words2>net\s+(?P<side2>loss|income))\s+of\s+"
    r"(?:approximately\s+)?(?P<second>\$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Crossing:
    """A range from a net loss to net income (either order): its two amounts as printed, the side
    each is on, and the span from its first concept phrase to its last amount."""

    first: Money
    second: Money
    first_loss: bool
    second_loss: bool
    start: int
    end: int


def _crossings(sentence: str, figures: list[Money]) -> Iterator[_Crossing]:
    """The ranges of a sentence that run from a net loss to net income (``_CROSSING``), each amount
    printed with its scale word ("$1.0 million", not "$1.0 to … $0.5 million")."""
    if "between" not in sentence.lower() and "from" not in sentence.lower():
        return
    by_start = {f.start: f for f in figures}
    for match in _CROSSING.finditer(sentence):
        first, second = by_start.get(match.start("first")), by_start.get(match.start("second"))
        sides = (match.group("side1").lower(), match.group("side2").lower())
        if first is None or second is None or not (first.scaled and second.scaled) or sides[0] == sides[1]:
            continue
        if sentence[first.end : match.start("words2")].strip().lower() not in (
            "to",
            "and",
            "to a",
            "and a",
            "to an",
            "and an",
        ):
            continue  # more than the joining word between the first amount and the second phrase
        yield _Crossing(
            first, second, sides[0] == "loss", sides[1] == "loss", match.start("words1"), second.end
        )


def _crossing_reading(
    sentence: str,
    crossing: _Crossing,
    ends: list[int],
    phrases: list[_YearPhrase],
    masked: str,
    own: Period | None,
) -> _Reading | None:
    """The net income guidance a range from a net loss to net income gives: low and high with the
    signs of their sides (a net loss of $1.0 million to net income of $0.5 million is -1,000,000 to
    500,000), for the fiscal year the sentence names; None when unsure."""
    first = -crossing.first.value if crossing.first_loss else crossing.first.value
    second = -crossing.second.value if crossing.second_loss else crossing.second.value
    low, high = min(first, second), max(first, second)
    span = MoneyRange(low, high, crossing.first.start, crossing.end)
    before = [end for end in ends if end <= crossing.start]
    zone = (before[-1] if before else 0, crossing.first.start)
    if (
        _said_earlier(sentence, zone, False)
        or _SUPERSEDED.search(sentence, 0, crossing.start)
        or _QUALIFIER_BEFORE.search(sentence, max(0, crossing.start - 40), crossing.start)
        or _QUALIFIER_NEXT.match(sentence, crossing.end)
        or _EARLIER_NEXT.match(sentence, crossing.end)
        or _rate_follows(sentence, crossing.end)
    ):
        return None
    period = _duration_of(masked, phrases, own, crossing.start, span, zone[0])
    if period is None:
        return None
    words = "net loss to net income" if crossing.first_loss else "net income to net loss"
    return _Reading(
        "NetIncomeLoss",
        period,
        Decimal(low),
        Decimal(high),
        words,
        crossing.start,
        crossing.end,
        crossing.first.start,
    )


# ---------------------------------------------------------------------------------------------
# Per-share figures: "diluted earnings per share of $0.58 to $0.64", "a net loss of $68 million to
# $70 million, or $0.89 to $0.92 per share"

#: The kinds of share a per-share figure is of, and the concept of each (a bare "per share" is the
#: figure of both, as a filer with a loss reports it).
_EPS_KIND = r"basic\s+and\s+diluted|diluted|basic"
_EPS_CONCEPTS = {
    "basic and diluted": "EarningsPerShareBasicAndDiluted",
    "basic": "EarningsPerShareBasic",
    "diluted": "EarningsPerShareDiluted",
}
#: A per-share amount in dollars and cents, a loss perhaps in parentheses: "$0.58", "$(0.89)", "($0.89)",
#: and the high end of a range printed without its dollar sign ("$0.58-0.64").
_SHARE_AMOUNT = r"\(?\s?\$?\s?\(?\s?(?:\d+\.\d+|\d+)\s?\)?"
#: A range of per-share amounts, the low end with its dollar sign: "$0.58 to $0.64", "between
#: $(0.89) and $(0.92)", "$0.58–0.64". No scale word follows: "$1 to $2 million" is no per-share range.
_SHARE_RANGE = (
    rf"(?:between\s+)?(?P<lo>\(?\s?\$\s?\(?\s?(?:\d+\.\d+|\d+)\s?\)?)\s*(?:-|–|—|to|and)\s*(?P<hi>{_SHARE_AMOUNT})"
    r"(?!\d|\.\d)(?!\s*(?:thousand|million|billion)\b)"
)
#: "per share", "per diluted share", "per common share, basic and diluted", after an amount.
_PER_SHARE_WORDS = (
    rf"\s+per\s+(?:(?P<kind>{_EPS_KIND})\s+)?(?:common\s+)?share\b(?:,?\s+(?P<kind2>{_EPS_KIND})\b)?"
)
_SHARE_RANGE_RE = cached_compile(_SHARE_RANGE, re.IGNORECASE)
_PER_SHARE_WORDS_RE = cached_compile(_PER_SHARE_WORDS, re.IGNORECASE)
#: Right after a net income figure, its per-share range: ", or $0.89 to $0.92 per share".
_PER_SHARE_AFTER = cached_compile(
    rf"\s*,?\s*(?:or|and)\s+(?:approximately\s+)?{_SHARE_RANGE}{_PER_SHARE_WORDS}", re.I
)
#: The phrase of a per-share figure named before it: "diluted earnings per share", "net loss per
#: share", "basic and diluted net loss per common share", "diluted EPS".
_PER_SHARE_PHRASE = cached_compile(
    rf"\b(?:(?P<pre>{_EPS_KIND})\s+)?(?:(?:(?P<net>net\s+(?:loss|income|\(loss\)\s+income|income\s+\(loss\)))|earnings)"
    rf"\s+per\s+(?:(?P<mid>{_EPS_KIND})\s+)?(?:common\s+)?share\b(?:,?\s+(?P<post>{_EPS_KIND})\b)?|EPS\b)",
    re.IGNORECASE,
)
#: Between such a phrase and its range: "of", "to be", "is expected to be in the range of", or nothing.
_PER_SHARE_LINK = cached_compile(
    r"\s*(?:(?:(?:is|are|will\s+be)\s+)?(?:now\s+)?(?:expected|anticipated|projected|estimated|forecast)\s+)?"
    r"(?:to\s+(?:be|range)\s+)?(?:(?:in\s+the\s+)?range\s+(?:of|from)\s+|from\s+|of\s+)?(?:approximately\s+)?",
    re.IGNORECASE,
)


def _share_value(printed: str) -> tuple[Decimal, bool]:
    """The amount of a ``_SHARE_AMOUNT`` and whether parentheses print it as negative."""
    number = re.search(r"\d+\.\d+|\d+", printed)
    assert number is not None  # the pattern holds one
    return Decimal(number.group()), "(" in printed


def _share_bounds(match: re.Match[str], loss: bool) -> tuple[Decimal, Decimal] | None:
    """Low and high of a per-share range in the convention of its measure: the range of a loss is
    negative however printed; of earnings, an amount in parentheses is negative. None for a range
    whose ends come in the wrong order."""
    (low, low_paren), (high, high_paren) = _share_value(match.group("lo")), _share_value(match.group("hi"))
    if loss:
        low, high = -max(low, high), -min(low, high)
    else:
        low, high = (-low if low_paren else low), (-high if high_paren else high)
        if low > high:
            return None
    return low, high


def _eps_concept(*kinds: str | None) -> str:
    """The concept of a per-share figure of the kinds of share its words name (none: basic and diluted)."""
    kind = next((k for k in kinds if k), "basic and diluted")
    return _EPS_CONCEPTS[" ".join(kind.lower().split())]


def _per_share_after(sentence: str, reading: _Reading) -> _Reading | None:
    """The per-share range printed right after a net income figure read as guidance (", or $0.89 to
    $0.92 per share"): of the same period, the sign of the same side; None when there is none or a
    qualifier follows it ("…, excluding …")."""
    if reading.concept != "NetIncomeLoss":
        return None
    match = _PER_SHARE_AFTER.match(sentence, reading.end)
    if match is None or _QUALIFIER_NEXT.match(sentence, match.end()) or _rate_follows(sentence, match.end()):
        return None
    bounds = _share_bounds(match, reading.high <= 0)
    if bounds is None:
        return None
    start = match.start("lo")
    concept = _eps_concept(match.group("kind"), match.group("kind2"))
    # Labelled as the statement would: "net loss" and the share words after the range ("per share").
    words = f"{reading.words} {' '.join(sentence[match.end('hi') : match.end()].split())}"
    return _Reading(concept, reading.period, *bounds, words, reading.start, match.end(), start, "USDPerShare")


def _per_share_readings(
    sentence: str, phrases: list[_YearPhrase], masked: str, own: Period | None
) -> Iterator[_Reading]:
    """Per-share ranges named by their own phrase before them ("diluted earnings per share of $0.58 to
    $0.64"), for the fiscal year the sentence names, checked as other figures are (``_rejected``)."""
    if "share" not in sentence.lower() and "EPS" not in sentence:
        return
    figures = find_money(sentence)
    for phrase in _PER_SHARE_PHRASE.finditer(sentence):
        link = _PER_SHARE_LINK.match(sentence, phrase.end())
        assert link is not None  # it may match nothing
        match = _SHARE_RANGE_RE.match(sentence, link.end())
        if match is None or _PER_SHARE_WORDS_RE.match(sentence, match.end()):
            continue  # no range, or one whose words name the share again ("… $0.58 to $0.64 per share")
        loss = "loss" in (phrase.group("net") or "").lower()
        bounds = _share_bounds(match, loss)
        if bounds is None:
            continue
        start = match.start("lo")
        amount = MoneyRange(bounds[0], bounds[1], start, match.end())
        before = [f.end for f in figures if f.end <= phrase.start()]
        zone = (before[-1] if before else 0, start)
        name = _eps_concept(phrase.group("pre"), phrase.group("mid"), phrase.group("post"))
        concept = (name, -1 if loss else 1, phrase.group(), phrase.start())
        if (
            _rejected(sentence, concept, amount, zone[0])
            or _said_earlier(sentence, (0, start), False)
            or _rate_follows(sentence, match.end())
        ):
            continue
        period = _duration_of(masked, phrases, own, phrase.start(), amount, zone[0])
        if period is not None:
            yield _Reading(
                name, period, *bounds, phrase.group(), phrase.start(), match.end(), start, "USDPerShare"
            )


#: A blank line: the end of a paragraph.
_BLANK_LINE = cached_compile(r"\n[ \t\f\r]*\n")
#: A heading on a line of its own, as a section of a release starts ("Financial Guidance", "2012
#: Outlook", "OTHER MATTERS"): a few capitalised words (short words between them in any case), no
#: stop, comma or figure, after a line that ended a sentence and before the next line.
_HEADING_LINE = cached_compile(
    r"(?:^|(?<=[.!?:\"”)])[ \t]*)\n[ \t]*(?:[A-Z0-9][\w'’&/-]*)(?:[ \t]+(?:[A-Z0-9][\w'’&/-]*|of|for|and|the|in|to|a|on|&))*"
    r"[ \t]*(?=\n)"
)


def _paragraph_ends(text: str, start: int, end: int) -> bool:
    """True when a paragraph ends between ``start`` and ``end`` of ``text``: a blank line, or a
    heading line (see ``_HEADING_LINE``) after the end of a sentence."""
    return (
        _BLANK_LINE.search(text, start, end) is not None or _HEADING_LINE.search(text, start, end) is not None
    )


# ---------------------------------------------------------------------------------------------
# Figures and concepts

#: What a point figure must follow to be guidance: the verb that states the expected level ("to be
#: approximately $45 million", "will total about …"), or "of approximately" right after the concept.
#: A bare "of $120.5 million" is more often a balance held now than a figure expected.
_POINT_VERB = cached_compile(
    r"\b(?:to\s+(?:be|total|approximate|reach)|will\s+(?:be|total|approximate|reach)|should\s+be)\s+"
    r"(?:(?:approximately|about|around|roughly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_POINT_OF = cached_compile(r"\bof\s+(?:approximately|about|around|roughly)\s+$", re.IGNORECASE)
#: A balance expected at a year's end: "expects to end fiscal 2001 with approximately $135 million".
_POINT_WITH = cached_compile(
    r"\bto\s+end\s+[^$;]{0,40}?\bwith\s+(?:(?:approximately|about|around|roughly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def _amounts(sentence: str, figures: list[Money]) -> list[MoneyRange]:
    """The ranges of a sentence, and its point figures as ranges of one value, in order.

    A point counts only when stated as the expected level (see ``_POINT_VERB``); "at least $100
    million" or "no more than $80 million" bound one side only and are left out. ``figures`` are
    the sentence's ``find_money`` amounts.
    """
    ranges = find_money_ranges(sentence)
    found = list(ranges)
    for money in figures:
        if not money.scaled or any(r.start <= money.start < r.end for r in ranges):
            continue
        before = sentence[max(0, money.start - 60) : money.start]
        if _POINT_VERB.search(before) or _POINT_OF.search(before) or _POINT_WITH.search(before):
            found.append(MoneyRange(money.value, money.value, money.start, money.end))
    found.sort(key=lambda r: r.start)
    return found


def _last_concept(before: str) -> tuple[str, int, str, int] | None:
    """The concept phrase nearest before a range, with its sign, printed words and offset."""
    best = None
    for pattern, name, sign, _ in _CONCEPTS:
        for match in pattern.finditer(before):
            if best is None or match.start() > best[3]:
                best = (name, sign, match.group(), match.start())
    return best


def _rejected(sentence: str, concept: tuple[str, int, str, int], amount: MoneyRange, zone_start: int) -> bool:
    """True when the figure is no guidance for the concept: the concept qualified (non-GAAP, pro
    forma, "excluding …"), a change, a comparison's figure, a figure reported, given before, or
    another measure's or amount's figure named between the concept phrase and this one."""
    name, _, words, at = concept
    head, concept_end = sentence[max(0, at - 40) : at], at + len(words)
    between = sentence[concept_end : amount.start]
    if (
        _QUALIFIER_BEFORE.search(head)
        or _QUALIFIER_AFTER.search(between)
        or (
            _QUALIFIER_NEXT.match(sentence, amount.end)
            and not (name in _INSTANT_CONCEPTS and _ASSUMPTION_NEXT.match(sentence, amount.end))
        )
        # "net loss applicable to common stockholders": the loss after preferred dividends.
        or TO_COMMON.match(sentence, concept_end)
    ):
        return True
    if name == "Revenues" and (not _REVENUE_LEAD.search(head) or revenue_qualifier(sentence, concept_end)):
        # One kind of revenue ("royalty revenues", "revenue from sales of Zorvax", "revenues in
        # Europe", "revenues under the collaboration"), not total revenues.
        return True
    if _ONE_END.search(head) or _ONE_END.search(between):
        return True
    revised = _REVISED_TO.fullmatch(between) is not None
    if (
        (_CHANGE_BEFORE.search(head) and not revised)
        or _CHANGE_BETWEEN.search(between)
        or _CHANGE_NEXT.match(sentence, amount.end)
    ):
        return True
    if _REPORTED.search(between) or _COMPARAND.search(sentence, max(0, amount.start - 30), amount.start):
        return True
    if _OTHER_MEASURE.search(between) or ("cash" not in words.lower() and _CASH_WORD.search(between)):
        return True
    if _ANOTHER_HOLDER.search(between) or _HOLDER_BEFORE.search(head):
        return True  # "cash … held by its Danish subsidiary to be $5 million": not the company's
    if _SUPERSEDED.search(sentence, 0, amount.start) or _EARLIER_NEXT.match(sentence, amount.end):
        return True
    # Another figure between the concept phrase and this one (the clause starts after the last
    # figure before this one): the concept's figure was that one.
    return zone_start > concept_end


def _rate_follows(sentence: str, end: int) -> bool:
    """True when the clause after a figure makes it a rate ("$10 million per quarter in 2012")."""
    stop = _PHRASE_BREAK.search(sentence, end)
    return _RATE.search(sentence, end, stop.start() if stop else len(sentence)) is not None


def _said_earlier(sentence: str, zone: tuple[int, int], inherited: bool) -> bool:
    """Whether the figure at the end of ``zone`` is one the company gave before ("previously
    expected", "had anticipated", "its original guidance of", "its earlier estimate of").

    The last ``_GOVERNING`` word of the clause decides; a clause without one is governed as the
    last clause naming a concept was (``inherited``): "…, and revenues to be $30-32 million".
    """
    governing = None
    for match in _GOVERNING.finditer(sentence, *zone):
        governing = match
    if governing is None:
        return inherited
    return _EARLIER.search(sentence, max(0, governing.start() - 30), governing.start()) is not None


# ---------------------------------------------------------------------------------------------
# Periods


def _year_phrases(
    sentence: str,
    fye: tuple[int, int] | None,
    change: FiscalYearChange | None = None,
    naming: int | None = 0,
    weeks: WeekCalendar | None = None,
) -> list[_YearPhrase]:
    """The whole years a sentence names, each as the fiscal year it is.

    Left out, so that their words count as another period: a year that cannot be placed (a fiscal
    year by number with no known fiscal-year end; a calendar year of a filer whose fiscal year is
    not the calendar year), and a year named as the whole that a part is of ("the fourth quarter of
    fiscal 2011"). "to end 2012" is a balance phrase only with "with" after it. A 52–53-week
    filer's year (``weeks``, see ``filing_week_calendar``) is placed in weeks, or not at all.
    """
    found = []
    for match in _YEAR_PHRASE.finditer(sentence):
        lead = match.group("end") or ""
        if lead.lower().startswith("to") and not match.group("with"):
            continue
        if not lead and _PART_OF.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        year = _year_of(match, fye, change, naming, weeks)
        if year is not None:
            at_end = bool(lead or match.group("ye") or match.group("ye2"))
            found.append(_YearPhrase(match.start(), match.end(), year, at_end))
    return found


def _year_of(
    match: re.Match[str],
    fye: tuple[int, int] | None,
    change: FiscalYearChange | None = None,
    naming: int | None = 0,
    weeks: WeekCalendar | None = None,
) -> Period | None:
    """The fiscal year a ``_YEAR_PHRASE`` match names, as a twelve-month duration, or None.

    After a change of fiscal-year end (``change``), a year by number is the new calendar's when it
    starts after the transition period ("2014" of a filer now on calendar years), the old one's
    when it ends before it ("fiscal 2013" said before the change: the year to June 30, 2013), and
    none otherwise (it would run across the transition). Otherwise a fiscal year by number ends in
    calendar year number + ``naming`` (``kg.fiscal.fiscal_year_naming``); one printed with its end
    date ("fiscal 2011, ending March 31, 2011") is the year to that date: a 52–53-week filer's
    (``weeks``) runs 52 or 53 weeks from the day after the end of the year before, placed only where
    the filing prints that end (``WeekCalendar.week_duration``), even when it ends on a month's last
    day (Friday, December 30, 2011 is no calendar year's end; Saturday, December 31, 2011 may be)."""
    if match.group("date"):
        end = date_from_match(match)
        return _dated_year(end, weeks) if end else None
    if match.group("eqdate"):
        end = safe_date(
            int(match.group("eq_year")), _month_of(match.group("eq_month")), int(match.group("eq_day"))
        )
        return _dated_year(end, weeks) if end else None
    number = match.group("fy") or match.group("fy2") or match.group("fy3")
    calendar = next((match.group(g) for g in ("cy", "cy2", "cy3", "cy4", "cy5") if match.group(g)), None)
    if number:
        year = int(number) if len(number) == 4 else 2000 + int(number)
    elif calendar:
        year = int(calendar)
    else:
        return None
    if change is not None:
        new = _fiscal_year(year, change.new)
        if new is not None and new.start is not None and new.start > change.end:
            # A calendar year ("2014") is a fiscal year only of a filer whose year is the calendar's.
            return new if number or change.new == (12, 31) else None
        old = _fiscal_year(year, change.old) if number else None
        return old if old is not None and old.end is not None and old.end < change.start else None
    if number:
        # A fiscal year by number, numbered as the filer numbers its years (None: in doubt).
        return _fiscal_year(year + naming, fye) if naming is not None else None
    if fye == (12, 31):
        return _fiscal_year(year, fye)
    return None


def _dated_year(end: dt.date, weeks: WeekCalendar | None) -> Period | None:
    """The fiscal year ending on ``end``: twelve calendar months to a month's last day; a 52–53-week
    filer's year (``weeks``) placed in weeks, or None where the filing does not print its start."""
    return duration_ending(end, 12) if weeks is None else weeks.week_duration(end, 12)


def _unplaced_week_years(sentence: str, weeks: WeekCalendar | None) -> list[tuple[int, str]]:
    """Where a sentence names a 52–53-week filer's year by its end date ("the fiscal year ending
    December 31, 2011") that ``weeks`` cannot place, and its words: its figures have no certain year."""
    if weeks is None:
        return []
    found = []
    for match in _YEAR_PHRASE.finditer(sentence):
        if (match.group("date") or match.group("eqdate")) and _year_of(match, None, weeks=weeks) is None:
            found.append((match.start(), " ".join(match.group().split())))
    return found


def filing_week_calendar(doc: Document) -> WeekCalendar | None:
    """The calendar of a filer that says its years run 52 or 53 weeks (``kg.fiscal.states_week_year``):
    the period ends its statements print and which of them end a year (``tables.week_calendar``),
    with the quarter and year ends its words date (``kg.fiscal.week_quarter_ends``; a fourth quarter's
    ends a year) and the ends of the years before those it gives the length of in weeks
    (``kg.fiscal.week_year_starts``). None for any other filer, whose periods run calendar months.
    The prose and guidance readers place periods with it as the statement reader places its
    columns; computed once per document."""
    return doc.derived("guidance.week_calendar", _filing_week_calendar)


def _filing_week_calendar(doc: Document) -> WeekCalendar | None:
    if not states_week_year(doc.text):
        return None
    calendar = week_calendar(doc)
    dated = document_week_quarter_ends(doc)
    # "fiscal 2008 was a 52-week year that ended December 28, 2008": the year before ended 52 weeks
    # earlier, as certain as a printed end.
    before = document_week_year_starts(doc)
    return WeekCalendar(
        calendar.ends | frozenset(dated.values()) | before,
        calendar.year_ends | frozenset(end for (_, quarter), end in dated.items() if quarter == 4) | before,
    )


def _month_of(name: str) -> int:
    """The number of a month a ``DATE_PATTERN`` match names (0 for none: no date is then made)."""
    return MONTHS.get(name.lower().rstrip("."), 0)


def _year_in_progress(doc: Document, fye: tuple[int, int] | None) -> Period | None:
    """The fiscal year the filing's date of report falls in, or None when the filing gives no date or
    no fiscal-year end (or one of a 52–53-week year, see ``_fiscal_year``): the year a company
    speaks of as "the fiscal year" it expects to end."""
    reported = report_date(doc)
    if reported is None or fye is None:
        return None
    return _fiscal_year(fiscal_year_of(reported, fye), fye)


def _fiscal_year(year: int, fye: tuple[int, int] | None) -> Period | None:
    """Fiscal ``year`` (named by the calendar year it ends in) of a filer whose year ends on ``fye``.

    Only a year ending on a month's last day is placed: a 52–53-week year ("September 29") ends on
    another day each year, which its number alone does not give.
    """
    if fye is None:
        return None
    month, day = fye
    if day < month_end(year - 1, month) and day < month_end(year, month):
        return None
    end = safe_date(year, month, month_end(year, month))
    return duration_ending(end, 12) if end else None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _duration_of(
    masked: str, phrases: list[_YearPhrase], own: Period | None, at: int, amount: MoneyRange, zone_start: int
) -> Period | None:
    """The fiscal year a figure of a duration concept is for, or None when it is not sure.

    The figure's clause runs from the figure before it (or the sentence start) to the figure. A
    period other than a whole year named in it ("first half of", "fourth quarter", "calendar
    2012" of a June filer) means no fiscal year. A year named between the concept phrase and the
    figure, or right after the figure ("$60-64 million for fiscal 2012"), is the figure's; else
    one named at the head of the sentence ("For 2012, Acme expects …"); else the year of the
    sentence (or the one named before, if the sentence names none). Two different years are none.
    A year named after an earlier figure but before this figure's concept phrase ("$40.1 million
    for 2011, and operating expenses of …") may be the earlier figure's: it must be the sentence's.
    """
    if _OTHER_PERIOD.search(masked, zone_start, amount.start):
        return None
    if any(p.at_end for p in phrases if zone_start <= p.start < amount.start):
        return None  # "by the end of 2013" in the clause: a date the clause is about, not a year
    trailing = _trailing_years(masked, phrases, amount.end)
    if trailing is None:
        return None  # "$12-14 million in the fourth quarter"
    durations = [p for p in phrases if not p.at_end]
    own_words = {p.year for p in durations if at <= p.start < amount.start} | trailing
    if own_words:
        return next(iter(own_words)) if len(own_words) == 1 else None
    leading = {p.year for p in durations if zone_start <= p.start < at}
    if len(leading) > 1 or (leading and zone_start and leading != {own}):
        return None
    return next(iter(leading)) if leading else own


def _trailing_years(masked: str, phrases: list[_YearPhrase], end: int) -> set[Period] | None:
    """The years of the period phrase right after a figure ("… million for fiscal 2012"); None when
    that phrase names another period ("… million in the fourth quarter"); empty when there is none."""
    lead = _PERIOD_NEXT.match(masked, end)
    if lead is None:
        return set()
    stop = _PHRASE_BREAK.search(masked, lead.end())
    window_end = stop.start() if stop else len(masked)
    # (The lead's blanks run into a blanked year phrase: the phrase may start inside the lead.)
    years = {p.year for p in phrases if lead.start() <= p.start < window_end and not p.at_end}
    if not years and _OTHER_PERIOD.search(masked, lead.end(), window_end):
        return None
    return years


def _instant_of(
    sentence: str,
    phrases: list[_YearPhrase],
    own: Period | None,
    at: int,
    amount: MoneyRange,
) -> Period | None:
    """The date a balance figure is held at, or None: a date between the concept phrase and the
    figure ("Cash and marketable securities at June 30, 2011 are …"), "at <date>" right after the
    figure, else after the concept phrase (to the figure's clause break) the end of one year ("at the end of
    fiscal 2012", "to end fiscal 2012 with …"), or "at year end" of the one year the sentence names.
    """
    instant = _instant_in(sentence[at : amount.start])
    if instant is not None:
        return instant
    date = _AT_DATE.match(sentence, amount.end)
    if date is not None:
        return _instant_in(date.group(0))
    stop = _PHRASE_BREAK.search(sentence, amount.end)
    clause_end = stop.start() if stop else len(sentence)
    ends = {
        p.year.end for p in phrases if p.at_end and (at <= p.start < clause_end or _leads_to(sentence, p, at))
    }
    if len(ends) == 1:
        return Period(instant=next(iter(ends)))
    if not ends and own is not None and _AT_YEAR_END.search(sentence, at, clause_end):
        return Period(instant=own.end)
    return None


def _leads_to(sentence: str, phrase: _YearPhrase, at: int) -> bool:
    """True for "to end fiscal 2012 with" right before the concept phrase ("… with cash, …"), and for
    a year's end naming the balance it opens ("Year-end 2009 cash, cash equivalents and marketable
    securities are expected to be …", "2009 year-end cash …")."""
    gap = sentence[phrase.end : at].strip().lower()
    if sentence[: phrase.end].lower().endswith("with"):
        return gap in ("", "its", "a", "total")
    return (
        phrase.at_end
        and gap in ("", "total")
        and _YEAR_END_WORDS.search(sentence, phrase.start, phrase.end) is not None
    )


#: The words of a year phrase naming the year's end itself ("year-end 2009", "2009 year end").
_YEAR_END_WORDS = cached_compile(r"(?i)\byear[\s-]end\b")


def _instant_in(text: str) -> Period | None:
    match = DATE_RE.search(text)
    if not match:
        return None
    date = date_from_match(match)
    return Period(instant=date) if date and safe_date(date.year, date.month, date.day) else None


__all__ = ["extract_guidance"]
