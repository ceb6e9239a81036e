"""Prose figures: money, per-share and share-count statements in the running text of a release.

Reads the results paragraphs ("For the three-month period ended September 30, 2005, the Company
reported a net loss of $4.7 million, or $0.11 per basic and diluted share, compared to a net loss
of $2.5 million, or $0.06 per basic and diluted share, in the same three-month period last year").

Each "$" amount gets a concept from the words next to it (a concept phrase of ``concepts.ttl``
before it — "net loss of $4.7 million" — or after it — "$1.8 million of license and milestone
fees") and a period from the words of its own clause ("for 1QFY11", "as of June 30, 2010"), from
the comparison it sits in ("compared to $3.1 million for the same period last year"), from a list
("$0.3 and $0.6 million for the first three months of fiscal years 2011 and 2010, respectively"),
or from the sentence or paragraph before it. A figure without a certain concept and period yields
a ``Skipped``, never a guess. Forward-looking sentences (guidance), the items of a list a lead-in of
expectation introduces ("The Company now expects:" over "· revenues of $19 million to $21 million;",
read as guidance by ``guidance.py``), figures of a date after the filing's date of report, quoted
commentary, funding commitments and sub-amounts ("Of the $5.6 million, $1.1 million …") yield no
fact; nor do other
measures than a concept's (non-GAAP, pro forma, "excluding …", "product revenues", "manufacturing
revenues", "manufacturing and royalty revenues", "revenues in the U.S.", "revenues from sales of …",
"23.8% of revenue"), changes and their causes ("an increase of $2.0 million", "due
to $1.0 million of …"), parts compared with earlier parts ("include $1.2 million of license fees,
compared to $0.8 million"), and amounts listed after several concepts that "respectively" does not
pair. The per-share figure of the loss applicable to common stockholders is the EPS; "year-to-date"
and "first nine months of 2008" are read when the fiscal year's end (and, for the former, the
period reported) is known.

Words OCR damaged are read through their confusable skeleton ("a net l0ss of $4.0 million" is a
loss) or, where none mends them, untie an amount from the concept before them; an amount whose
digits are damaged ("$7O5,000") yields nothing, nor does its concept phrase name a later amount.
Halves and first months of a fiscal year are read in their compact names too ("1HFY13", "9MFY13").
A quarter named by its number alone ("$1.4 million in the third quarter") is the quarter the release
reports when that is its fiscal year's quarter of that number, and no period otherwise; a bare "for
the quarter" is never a quarter the paragraph named only for a comparison's figure.

An amount followed by period words of its own takes their period or none, never another amount's:
"$1.9 million in the year-ago quarter and $2.1 million in the fourth quarter of fiscal 2009" (a
relative period resolved against the one its clause names by date or number). Words naming the
side of the ledger give the sign of a two-sided line ("Other income (expense), net … was an expense
of $0.3 million" is negative); a line the concept's words only start ("interest and other income,
net") is no figure of the concept. Fiscal years by number follow the filer's own numbering
(``kg.fiscal.fiscal_year_naming``), and the quarters of a 52–53-week year are placed only where the
filing dates them. A filer that says its years run 52 or 53 weeks has its prose periods placed in
weeks, as its statements' columns are, even those ending on a month's last day ("the three months
ended December 31, 2010" of a year ending Friday, December 31, 2010 runs from October 2); a year or
a fourth quarter whose year's start the filing does not print is declined with a note.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from kg.checks import EXPENSE_PARTS, REVENUE_PARTS
from kg.concepts import Concept, concept, concept_table
from kg.corpus import Document
from kg.extractors.filing_metadata import report_date
from kg.extractors.financials.guidance import (
    SCALE_WORDS,
    expectation_lists,
    filing_week_calendar,
    guidance_tables,
)
from kg.extractors.financials.qualifiers import TO_COMMON, revenue_qualifier
from kg.extractors.financials.tables import NAME, concept_of, fiscal_of, statement_lines
from kg.fiscal import (
    FiscalYearChange,
    document_fiscal_year_change,
    document_fiscal_year_naming,
    document_week_quarter_ends,
    part_labels,
)
from kg.model import FinancialFact, Period, Skipped
from kg.numbers import Money, find_money, normalise
from kg.ocr import OCR_WORD, in_printed_case, lookalike_word, skeleton, words_by_skeleton
from kg.pattern_cache import cached_compile
from kg.periods import (
    PeriodPhrase,
    WeekCalendar,
    duration_ending,
    first_months_spans,
    fiscal_quarter,
    is_weekday_end,
    month_end,
    opens_period,
    period_months,
    prose_periods,
    quarter_labels,
    year_earlier,
    years_in,
)
from kg.records import quick_init
from kg.text import MONTH_NAME, MONTHS, fold_case, tree_regex

# ---------------------------------------------------------------------------------------------
# Words that steer the reading

#: A sentence about the future: its figures are guidance (read by ``guidance.py``) or plans.
_FORWARD = cached_compile(
    r"\b(?:expects?|expected|anticipat\w*|projects?|projected|forecasts?|guidance|outlook|will|plans?|"
    r"intends?|believes?|targets?)\b",
    re.IGNORECASE,
)
_COMMITMENT = cached_compile(r"\bcommit(?:s|ted|ment|ments)?\b", re.IGNORECASE)
#: "compared to", "as compared with", "versus", and "from" just before an amount ("rose to $2.2 million from $1.3 million").
_COMPARISON = cached_compile(
    r"\b(?:as\s+)?compared(?:\s+(?:to|with))?\b|\bversus\b|\bvs\.|\bfrom(?=\s+(?:approximately\s+)?\$)",
    re.IGNORECASE,
)
#: Words that may stand between a concept phrase and its amount ("net loss of", "revenues … were").
#: Not "include(s)": "Revenues include $1.2 million from Xeno" gives a part of the revenues, not
#: their total (a part that names its own concept, "include $1.2 million of royalty revenue", is
#: read from the words after the amount).
_LINK = cached_compile(
    r"(?:\b(?:was|were|is|are|of|totaled|totalled|totaling|totalling|amounted\s+to|to|reached|"
    r"compared(?:\s+(?:to|with))?|versus|from)|,)"
    r"\s*(?:a\s+total\s+of\s+|an\s+additional\s+|approximately\s+|about\s+|nearly\s+|roughly\s+|almost\s+)?$",
    re.IGNORECASE,
)
#: Between a concept and its amount: the amount is a part of it ("Revenues … included … of $X").
_INCLUDED = cached_compile(r"\b(?:includ\w*|consist\w*\s+of|compris\w*)\b", re.IGNORECASE)
#: Words naming the side of the ledger an amount is on, right before it: "was an expense of $0.3
#: million", "compared with income of $0.2 million", "a net loss of", "a benefit of".
_SIDE_WORD = r"(?:an?\s+)?(?:net\s+)?(?P<side>income|expenses?|loss|losses|gains?|benefit|charges?)\s+of\s+"
_COMPARISON_LINK = cached_compile(
    rf"\b(?:compared(?:\s+(?:to|with))?|versus|from)\s*(?:{_SIDE_WORD})?(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_SIDE_BEFORE = cached_compile(rf"\b{_SIDE_WORD}(?:approximately\s+|about\s+)?$", re.IGNORECASE)
#: The side each word is on: a debit (an expense, a loss) or a credit (income, a gain, a benefit).
_DEBIT_WORDS = ("expense", "loss", "charge")
#: A concept whose label names both sides, the positive one first: "Other income (expense), net",
#: "Net income (loss)", "Income tax expense (benefit)".
_TWO_SIDED = cached_compile(
    r"(?i)\b(?P<pos>income|expense|loss|benefit)\s*\((?P<neg>income|expense|loss|benefit)\)"
)
#: An appositive between a subject and its verb: "Other income, net, consisting primarily of … and
#: interest income, was $0.5 million", "Total revenues, which consist primarily of royalties on sales
#: of …, increased 46% to $62.1 million" — the concept is the subject, not a word of the aside. An
#: aside "excluding …" is not one: it makes the figure another measure (``_CLAUSE_QUALIFIER``).
_ASIDE = cached_compile(
    r",\s*(?:consisting|substantially|comprised|primarily|principally|mainly|made\s+up|composed|which|"
    r"including|net\s+of)\b[^$;]*?,(?=\s*(?:was|were|is|are|totaled|totalled|amounted|increased|decreased|"
    r"rose|grew|declined|fell|dropped|reached)\b)",
    re.IGNORECASE,
)
_QUOTED = cached_compile(r"[\"“][^\"“”]{20,}?[\"”]", re.DOTALL)
_RESPECTIVELY = cached_compile(r"\brespectively\b", re.IGNORECASE)
_BOTH = cached_compile(r"\bboth\s+(?:periods|quarters|years)\b", re.IGNORECASE)
_OF_THE = cached_compile(r"\bof\s+the\s*$", re.IGNORECASE)
#: A comparison right before a concept phrase ("compared to the …"), and the words it can end with.
_COMPARED_BEFORE = cached_compile(
    r"(?:compared\s+(?:to|with)|versus|from)\s+(?:a|an|the)?\s*$", re.IGNORECASE
)
_AFTER_COMPARED = ("to", "with", "versus", "from", "a", "an", "the")
_SUB_AMOUNT = cached_compile(
    r"\bof\s+the\s+\$[\d.,]+(?:\s+(?:thousand|million|billion))?\s*,\s*$", re.IGNORECASE
)
#: "the same period last year", "the same three-month period last year", "the same quarter in the
#: prior year", "the same period in fiscal 2010", "the same period in 2007" (the year before the
#: base period's: see ``_year_before``), "the prior-year period", "a year earlier".
_SAME_LAST_YEAR = cached_compile(
    r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:period|quarter)\b(?:\s+(?:of|in)\s+(?:the\s+)?(?:prior|previous|preceding|last)\s+"
    r"(?:fiscal\s+)?year|\s+(?:last|a)\s+year(?:\s+ago)?|\s+(?:in|of)\s+fiscal\s+(?:year\s+)?(?:19|20)\d\d|\s+(?:of|in)\s+(?:19|20)\d\d)"
    r"|\b(?:prior|previous|last)[\s-]year(?:'s)?\s+(?:period|quarter)\b|\ba\s+year\s+(?:earlier|ago)\b"
    r"|\byear[\s-]+(?:ago|earlier)\s+(?:period|quarter|three[\s-]+month\s+period)\b",
    re.IGNORECASE,
)
#: A period named relative to another, after "in" or "for": "the year-ago quarter", "the prior-year
#: period", "the same period last year" (``_SAME_LAST_YEAR``: a year earlier), "the prior quarter",
#: "the preceding quarter" (the quarter before), "the prior fiscal year", "the previous year" (the
#: year before). ``unit`` is the length the words name.
_RELATIVE = cached_compile(
    r"(?:the\s+)?(?:(?P<back>prior|previous|preceding|sequential)\s+(?P<unit>quarter|(?:fiscal\s+)?year)\b"
    r"|(?:year[\s-]+(?:ago|earlier)|(?:prior|previous|last)[\s-]+year(?:['’]s)?)\s+(?P<unit2>quarter|period)\b)",
    re.IGNORECASE,
)
#: What opens the words of a figure's own period: "in", "for", after its per-share figure if any
#: ("$2.9 million, or $0.10 per share, in the same period last year").
_OWN_PERIOD_LEAD = cached_compile(
    r"\s*,?\s*(?:or\s+[^,;$]{0,12}\$\s?\(?\s?[\d.]+\s?\)?\s+per\s+[^,;$]{0,40}?share\s*,?\s*)?"
    r"(?:for|in|during|over)\s+",
    re.IGNORECASE,
)
#: A period words name without dates, that the sentence or the release gives: "the quarter", "the
#: three-month period", "the year", "the current quarter", "the third quarter", "the first half",
#: "year-to-date" (see ``_BARE``, ``_carried_fits``).
_OWN_BARE = cached_compile(
    r"(?:the\s+)?(?:current\s+|full\s+|entire\s+|whole\s+|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+)?"
    r"(?:fiscal\s+)?(?:quarter|period|year|half|year[\s-]+to[\s-]+date"
    r"|(?:three|six|nine|twelve)[\s-]+months?(?:\s+(?:transition\s+)?period)?)\b"
    r"(?!\s+(?:ended|ending|of|in)\b|\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: "compared to $35.5 million for 2010": a bare year, read only against a full-year base period.
_BARE_YEAR = cached_compile(
    r"\b(?:for|in|during)\s+(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:,|and|&)\s*(?:19|20)\d\d)"
)
#: "For the three-month period," / "for the nine months," / "in the quarter," with no date: a period
#: named earlier, or the release's own of that length.
_BARE = cached_compile(
    r"\b(?:for|in|during)\s+the\s+(?:(?P<count>three|six|nine|twelve)[\s-]+(?:month\s+(?:transition\s+)?period|months\b)"
    r"|(?P<quarter>quarter))\b"
    r"(?!\s+(?:ended|ending))",
    re.IGNORECASE,
)
_BARE_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_RESULTS_FOR = cached_compile(r"\bresults\s+for\b", re.IGNORECASE)
#: "$0.11 per basic and diluted share", "$0.05 per share", "$0.02 per diluted share"; printed in
#: parentheses, "$(0.19) per share" or "($0.19) per share", a negative amount (``paren``).
_PER_SHARE = cached_compile(
    r"(?:(?<![\w.])\$\s?(?P<num>\d+\.\d+|\d+)"
    r"|(?<![\w.])(?P<paren>\$\s?\(\s?(?P<num2>\d+\.\d+|\d+)\s?\)|\(\s?\$\s?(?P<num3>\d+\.\d+|\d+)\s?\)))"
    r"\s+per\s+(?:(?P<kind>basic\s+and\s+diluted|diluted|basic)\s+)?"
    r"(?:common\s+)?share\b(?:,?\s+(?P<kind2>basic\s+and\s+diluted|diluted|basic)\b)?",
    re.IGNORECASE,
)
_EPS_LINK = cached_compile(r"^\s*,?\s*(?:or|and)\s+(?:approximately\s+)?$", re.IGNORECASE)
_EPS_CONCEPT = {"basic and diluted": "EarningsPerShareBasicAndDiluted", "basic": "EarningsPerShareBasic", "diluted": "EarningsPerShareDiluted"}  # fmt: skip
#: What a per-share figure of net income whose words name neither basic nor diluted ("net income of
#: $18.2 million, or $0.40 per share") is stated as: a profitable company's basic and diluted
#: figures differ, so the words leave open which one it is. Not a concept of ``concepts.ttl``:
#: ``merge.merge_prose`` makes it evidence of the statement's per-share fact(s) of the period equal
#: to it, or declines it. (A loss's per-share figure is both: a loss is anti-dilutive.)
UNNAMED_EPS = "EarningsPerShareBasicOrDiluted"
#: "repurchased 3,619,062 shares of its common stock at a total cost of $10.9 million".
_REPURCHASE = cached_compile(
    r"\brepurchased\s+(?:a\s+total\s+of\s+)?(?:approximately\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)"
    r"\s+shares\b[^$.;]{0,80}?\b(?:at\s+a\s+(?:total\s+|aggregate\s+)?(?:cost|price)\s+of|for)\s+(?:approximately\s+)?(?=\$)",
    re.IGNORECASE,
)
#: "$0.9 million provided by operations": a cash-flow phrase printed after its amount.
_CASH_AFTER = cached_compile(
    r"^\s*(?:of\s+)?(?:net\s+)?(?:cash\s+)?(?P<dir>provided\s+by|used\s+(?:in|for)|generated\s+(?:by|from))\s+"
    r"operat(?:ions|ing\s+activities)\b",
    re.IGNORECASE,
)
_POSTFIX = cached_compile(
    r"^\s*(?P<word>of|in)\s+(?:the\s+|its\s+|total\s+|net\s+(?=gain|loss))?", re.IGNORECASE
)
_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "no", "mr", "ms", "mrs", "dr", "jr", "sr", "st", "mass", "vs", "approx", "u.s", "ph.d"}  # fmt: skip
_LONGEST_ABBREVIATION = max(len(word) for word in _ABBREVIATIONS)
#: A sentence's end: a stop before a capital, an amount, or a footnote's marker ("… Form 10-K. (2) Includes …").
_SENTENCE_END = cached_compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z$\\]|\((?:\d|[a-z])\)\s)")
_WORD_BEFORE = cached_compile(r"[\w.]+\Z")


# ---------------------------------------------------------------------------------------------
# Concept phrases


@quick_init
@dataclass(frozen=True)
class _Phrase:
    """A concept named in a sentence: concept, the sign its words give, and their span."""

    concept: Concept
    sign: int
    start: int
    end: int
    words: str
    #: Why the phrase names another measure than its concept ("non-GAAP", "excluding"), or "common"
    #: for the income available to common stockholders; empty for the concept itself.
    qualifier: str = ""
    #: A per-share figure of net income whose words name neither basic nor diluted (see ``UNNAMED_EPS``).
    eps_unnamed: bool = False


def _phrase_labels() -> list[str]:
    """The labels of ``concepts.ttl`` a prose phrase can print, longest first (normalised labels:
    lower-case ASCII letters, digits and spaces)."""
    labels = sorted(concept_table().by_label, key=lambda k: (-len(k), k))
    return [label for label in labels if label.split() and not any(ch in label for ch in "()")]


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    """Every label of ``concepts.ttl`` as one pattern, longest first, words joined by any spacing."""
    alternatives = []
    for label in _phrase_labels():
        words = [re.escape(w) for w in label.split()]
        alternatives.append(r"['’]?[\s,\-]+".join(words) + r"['’]?")
    return cached_compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrase_starts() -> re.Pattern[str]:
    """Where, in case-folded text (``kg.text.fold_case``), a concept phrase may start: at the first
    three letters of a label, after no ASCII word character (folding makes no other character one).

    ``_phrase_pattern`` tries every label at every word; tried only at these places, it finds the
    same phrases (a label that cannot start at a place does not match there).
    """
    openings = [[re.escape(ch) for ch in label.split()[0][:3]] for label in _phrase_labels()]
    return cached_compile(r"(?<![a-z0-9_])(?=" + tree_regex(openings) + ")")


def _sign(found: Concept, words: str) -> int:
    """The sign the words give a figure: "net loss", "loss from operations" and "cash used" are negative."""
    lowered = words.lower()
    if "loss is negative" in found.sign and "loss" in lowered and "income" not in lowered:
        return -1
    if "outflow negative" in found.sign and re.search(r"\bused\b", lowered):
        return -1
    return 1


def _phrase_matches(text: str) -> Iterator[re.Match[str]]:
    """``_phrase_pattern().finditer(text)``, trying the pattern only where a phrase may start."""
    end = 0
    for place in _phrase_starts().finditer(fold_case(text)):
        if place.start() >= end:
            match = _phrase_pattern().match(text, place.start())
            if match is not None:
                end = match.end()
                yield match


#: Words after a concept's phrase that make it another measure: a share of it ("attributable to
#: preferred", "… to noncontrolling interests"), an adjusted one ("net loss, excluding stock-based
#: compensation", "net loss before preferred dividends", "net loss on a non-GAAP basis"), or another
#: noun it qualifies ("operating loss carryforwards", "research and development revenue").
_QUALIFIED_AFTER = cached_compile(
    r"\s+(?:applicable|attributable|available|allocable)\s+to\b"
    r"|\s*,?\s*\(?\s*(?:excluding|exclusive\s+of|before|as\s+adjusted|adjusted\s+for|"
    r"on\s+an?\s+(?:non[\s-]*gaap|pro[\s-]*forma|adjusted|as[\s-]adjusted|normali[sz]ed|comparable|cash)\s+basis)\b"
    r"|\s+(?:carry[\s-]*forwards?|guidance|margins?|growth|run[\s-]*rate|revenues?|fees?|support|funding|"
    r"reimbursements?|ratio|targets?|budget|reductions?|increases?|decreases?|changes?|improvements?|"
    r"variances?)\b"
    r"|\s*,?\s*(?:and|&|plus)\s+(?:(?:short|long)[\s-]*term\s+|marketable\s+|available[\s-]*for[\s-]*sale\s+)?"
    r"(?:investments|securities|restricted\s+cash)\b",
    re.IGNORECASE,
)
#: Words right before a concept's phrase that make it another measure: an adjusted one ("non-GAAP
#: net loss", "pro forma net loss", "cash operating expenses"), a part ("product revenues", "other
#: research and development expenses", "in-process research and development"), a balance or a
#: total over other periods ("deferred revenue", "accumulated net loss"), a larger total ("selling,
#: general and administrative expenses"), or a change ("the increase in net loss").
_QUALIFIED_BEFORE = cached_compile(
    # Not after a hyphen: "non-cash stock compensation" is the stock compensation, not a "cash" measure.
    r"(?:(?<![\w-])(?:non[\s-]*gaap|pro[\s-]*forma|as[\s-]adjusted|adjusted|normali[sz]ed|core|underlying|comparable|"
    r"cash|other|cumulative|accumulated|deferred|accrued|unearned|prepaid|combined|incremental|additional|"
    r"projected|estimated|budgeted|products?|licen[cs]e|licensing|collaboration|collaborative|contract|grant|"
    r"selling,?|sales,|"
    r"royalty|milestone|services?|sponsored|partner|external|internal|clinical|preclinical|in[\s-]*process|"
    r"acquired|segment|restricted)"
    r"|\b(?:increases?|decreases?|changes?|reductions?|growth|declines?|improvements?|rises?|variances?|"
    r"differences?)\s+in(?:\s+(?:the|our|its|their))?"
    # "Cost of revenue was $5.2 million": a cost, no figure of the revenue it is the cost of.
    r"|\bcosts?\s+of(?:\s+(?:the|our|its|their))?)[\s-]+$",
    re.IGNORECASE,
)
#: "net loss per share", "net income per diluted share": a per-share figure of the phrase's concept.
_PER_SHARE_AFTER = cached_compile(
    r"\s+per\s+(?:(?P<kind>basic\s+and\s+diluted|diluted|basic)\s+)?(?:common\s+)?share\b"
    r"(?:,?\s+(?P<kind2>basic\s+and\s+diluted|diluted|basic)\b)?",
    re.IGNORECASE,
)
#: How far back a qualifying word before a phrase is looked for.
_BEFORE_REACH = 40
#: A ratio's base right before a concept's phrase: "23.8% of revenue", "45 percent of total revenues".
_SHARE_OF_BEFORE = cached_compile(
    r"(?:%|\bper\s*cent)\s+of\s+(?:(?:the|our|its|their|total|net)\s+)*$", re.IGNORECASE
)
#: A word and "and" or "or" right before a phrase of revenue: "Manufacturing and royalty revenues",
#: "license, milestone and royalty revenues" (a word of another kind summed with the phrase's).
_KIND_JOINED_BEFORE = cached_compile(r"(?P<word>[\w'’&/-]+)\s*,?\s+(?:and|or|&)\s+\Z", re.IGNORECASE)
#: The word right before "revenue(s)" or "net revenues" in the same sentence, and the blanks after it
#: (a line break among them when the sentence wraps); hyphens and slashes join the parts of one word
#: ("full-year", "contract-manufacturing").
_WORD_BEFORE_REVENUE = cached_compile(r"(?P<word>[\w'’&/-]+)(?P<gap>[ \t]*\n?[ \t]*)\Z")
#: The words that may stand right before "revenue(s)" of total revenues: determiners, possessives of
#: the company, words of the total or of the measure as reported ("total", "net", "consolidated",
#: "GAAP", "record"), prepositions, conjunctions and verbs of reporting ("reported revenues of …",
#: "over revenue of …"), and words of a period ("quarterly", "full-year", "third-quarter", "2008",
#: "Q3", "year-to-date"). Any other word makes the phrase one kind of revenue ("manufacturing
#: revenues", "molecular diagnostic revenue", "research revenue"), not the total; a kind the concepts
#: name ("royalty revenue") is read as that concept's own label, never through this word.
_TOTAL_REVENUE_LEADS = frozenset(
    {
        # Determiners and the company's own.
        "the", "its", "our", "their", "this", "these", "those", "a", "an", "all", "any", "his", "her",
        "company's", "companys", "company’s",
        # The total, or the measure as reported.
        "total", "net", "consolidated", "reported", "gaap", "overall", "aggregate", "record",
        # Prepositions and conjunctions.
        "of", "and", "or", "in", "for", "from", "to", "with", "on", "at", "by", "as", "than", "over", "versus",
        "vs", "while", "whereas", "but", "when", "where", "which", "that",
        # Verbs of being and of reporting.
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "having", "report", "reports",
        "reporting", "records", "recorded", "recording", "recognize", "recognizes", "recognized", "recognised",
        "recognizing", "generate", "generates", "generated", "generating", "post", "posts", "posted",
        "achieve", "achieves", "achieved", "realized", "realised", "booked",
        # Words of a period.
        "quarter", "quarters", "quarterly", "year", "years", "yearly", "annual", "month", "months", "period",
        "periods", "half", "fiscal", "calendar", "ytd", "date", "full", "first", "second", "third", "fourth",
        "1st", "2nd", "3rd", "4th", "three", "six", "nine", "twelve", "current", "same", "prior", "previous",
        "last", "fy", "q", *MONTHS,
    }
)  # fmt: skip


def _qualifier_after(raw: str, end: int, found: Concept) -> str:
    """The words after a phrase that make it another measure (``_QUALIFIED_AFTER``), "common" for
    the income available to common stockholders, "per share" for a per-share figure of a concept
    that has none; empty when none follows."""
    if found.unit != "USDPerShare" and _PER_SHARE_AFTER.match(raw, end):
        return "per share"
    if TO_COMMON.match(raw, end):
        # "net loss per share attributable to common stockholders" is the EPS itself.
        return "" if found.unit == "USDPerShare" else "common"
    after = _QUALIFIED_AFTER.match(raw, end)
    if after is not None:
        return " ".join(after.group().strip(" ,(").split())
    # "Total revenues in the U.S.", "revenues from sales of Zorvax", "revenues under the
    # collaboration": one region's, product's or source's revenue, not total revenues.
    return revenue_qualifier(raw, end) if found.name == "Revenues" else ""


#: What may follow a concept's words and make them another line's label: the opposite it is net of,
#: in parentheses ("Interest and other income (expense), net", "Net income (loss)") and ", net"
#: ("Other income, net", "interest and other income, net"), "net" closing the label, not opening a
#: phrase of its own ("net of …", "net loss").
_LABEL_TAIL = cached_compile(
    r"(?P<paren>\s*\(\s*(?:income|expense|expenses|loss|losses|gain|gains|benefit|provision)\s*\))?"
    r"(?P<net>\s*,?\s*net\b(?![\s-]+(?:of|loss|losses|income|revenues?|expenses?|cash|product|sales|proceeds|"
    r"interest|operating|gains?|change|decrease|increase|deferred|per|amount)\b)(?![\s-]*[$(\d]))?",
    re.IGNORECASE,
)
#: The last word of a label the tail above turns into another line: an income or expense that a
#: net line offsets ("interest and other income, net" is no interest income). "Revenues, net" and
#: the like are left as printed.
_NETTED_WORD = cached_compile(r"(?i)(?:income|expenses?|loss|losses|gains?|benefit)$")


def _label_tail(raw: str, start: int, end: int, found: Concept) -> tuple[Concept | None, int]:
    """The concept of a phrase read with the words that close its label ("(expense), net") and
    where the label ends; the concept alone and ``end`` when none follow. The whole label is looked
    up as a statement's row label would be: "Other income (expense), net" is still other income,
    "Interest and other income (expense), net" no concept the table knows (None: not interest
    income, whose words it starts with)."""
    tail = _LABEL_TAIL.match(raw, end)
    if tail is None or not tail.group() or not _NETTED_WORD.search(raw[start:end]):
        return found, end
    whole = concept_of(raw[start : tail.end()])
    return whole, tail.end()


def _phrases(text: str, raw: str) -> list[_Phrase]:
    """The concept phrases of a sentence, each with the qualifier that makes it another measure.

    ``text`` is the sentence with its asides masked, ``raw`` the same sentence unmasked (same
    offsets): an aside ", excluding stock-based compensation," qualifies the phrase before it.
    A qualified phrase is kept (not dropped): an amount it names then has no concept, rather than
    borrowing the concept of a phrase before it.
    """
    out: list[_Phrase] = []
    for match in _phrase_matches(text):
        found = concept_of(match.group())
        if found is None:
            continue
        start, end = match.start(), match.end()
        per_share = _PER_SHARE_AFTER.match(raw, end)
        eps_unnamed = False
        if per_share is not None and found.name == "NetIncomeLoss":
            # "net loss per share was $0.22": the EPS, never the net loss in dollars.
            kind = per_share.group("kind") or per_share.group("kind2") or ""
            sign = _sign(found, raw[start:end])
            found, eps_unnamed = _eps_concept(kind, sign)
            end = per_share.end()
        whole, label_end = _label_tail(raw, start, end, found)
        if whole is not None and label_end > end:
            found, end = whole, label_end
        words = " ".join(raw[start:end].split())
        qualifier = _qualifier_after(raw, end, found)
        if whole is None:
            # "interest and other income, net": a line the concept's words only start.
            qualifier = " ".join(raw[start:label_end].split())
        qualifier = _qualifier_before(raw, start, words, out) or qualifier
        if found.name == "Revenues" and not qualifier:
            qualifier = _revenue_kind(raw, start) or _revenue_source(raw, start, end)
        if out and not raw[out[-1].end : start].strip(" -"):
            # Two phrases as one noun ("research and development revenue"): neither is its concept.
            qualifier = out[-1].words
            out[-1] = dataclasses.replace(out[-1], qualifier=out[-1].qualifier or words)
        out.append(_Phrase(found, _sign(found, words), start, end, words, qualifier, eps_unnamed))
    return out


def _eps_concept(kind: str, sign: int) -> tuple[Concept, bool]:
    """The concept of a per-share figure of net income whose words name ``kind`` ("basic",
    "diluted", "basic and diluted", or nothing) and whose net income has ``sign``, and whether the
    words leave basic and diluted open: a loss's figure named by neither is both (a loss is
    anti-dilutive), an income's may be either (``UNNAMED_EPS``)."""
    kind = " ".join(kind.lower().split())
    if kind:
        return concept(_EPS_CONCEPT[kind]), False
    return concept(_EPS_CONCEPT["basic and diluted"]), sign > 0


def _qualifier_before(raw: str, start: int, words: str, earlier: list[_Phrase]) -> str:
    """The words right before a phrase starting at ``start`` that make it another measure: a
    qualifying word (``_QUALIFIED_BEFORE``: "non-GAAP net loss", "product revenues"), a ratio's
    base ("23.8% of revenue"), or another kind of revenue it is summed with ("Manufacturing and
    royalty revenues from RISPERDAL CONSTA were $36.7 million" is no figure of royalty revenue);
    empty when none. ``earlier`` are the phrases of the sentence before it."""
    reach = max(0, start - _BEFORE_REACH)
    before = _QUALIFIED_BEFORE.search(raw, reach, start)
    if before is not None:
        return " ".join(before.group().split())
    split = _split_word_before(raw, reach, start)
    if split:
        return split
    share_of = _SHARE_OF_BEFORE.search(raw, reach, start)
    if share_of is not None:
        # "Cost of goods sold was $19.9 million, or 23.8% of revenue, compared to $17.0 million":
        # the concept is the base of a ratio; the amounts around it are not its.
        return " ".join(share_of.group().split())
    if not words.lower().endswith(("revenue", "revenues")):
        return ""
    joined = _KIND_JOINED_BEFORE.search(raw, reach, start)
    if joined is None or any(p.end == joined.end("word") for p in earlier):
        return ""  # "Net loss and revenues were …": a list of concepts, each its own
    word = joined.group("word").lower()
    if word in _TOTAL_REVENUE_LEADS or word in SCALE_WORDS or any(ch.isdigit() for ch in word):
        return ""  # "… sales of $141.8 million and royalty revenues of $18.5 million": two items
    return " ".join(joined.group().split())


#: The last two pieces of letters before a phrase, one blank apart, and what follows them up to it:
#: a word OCR may have split ("Sel ling, " before "general and administrative").
_PIECES_BEFORE = cached_compile(r"(?<![\w-])([A-Za-z]+) ([A-Za-z]+)([\s,-]+)$")


def _split_word_before(raw: str, reach: int, start: int) -> str:
    """The qualifying word of ``_QUALIFIED_BEFORE`` that the two pieces right before a phrase make
    when read as one word OCR split ("Sel ling, general and administrative expenses" is selling,
    general and administrative expenses, no figure of general and administrative expenses); empty
    when they make none."""
    pieces = _PIECES_BEFORE.search(raw, reach, start)
    if pieces is None:
        return ""
    joined = pieces.group(1) + pieces.group(2) + pieces.group(3)
    found = _QUALIFIED_BEFORE.fullmatch(joined)
    return " ".join(pieces.group().split()) if found is not None else ""


def _revenue_kind(raw: str, start: int) -> str:
    """The word right before a phrase of total revenues ("revenues", "net revenues") starting at
    ``start`` of a sentence when it makes the phrase one kind of revenue: "Manufacturing revenues were
    $30.4 million" is no figure of total revenues. Empty when no word stands right before it (the
    sentence's start, a comma, a parenthesis), when the word is one ``_TOTAL_REVENUE_LEADS`` allows
    or holds a digit ("2008", "Q3", "FY09"), and when a capitalized phrase opens a line after it: a
    heading run into the text ("Financial Results" over "Revenues were …")."""
    if raw[start : start + 5].lower() == "total":
        return ""
    before = _WORD_BEFORE_REVENUE.search(raw, max(0, start - _BEFORE_REACH), start)
    if before is None:
        return ""
    word = before.group("word").strip("-/")
    if not word or ("\n" in before.group("gap") and raw[start : start + 1].isupper()):
        return ""
    parts = [part for part in re.split(r"[-/]", word.lower()) if part]
    if all(part in _TOTAL_REVENUE_LEADS or any(ch.isdigit() for ch in part) for part in parts):
        return ""
    return word


#: After a phrase of revenues, before its amount or a comma, words naming where the revenue comes
#: from: "revenue recognized from the upfront payment", "revenue related to the Amgen milestone",
#: "Revenue for the third quarter of 2011 from the Bayer license", "the revenue we recognized under
#: the Pfizer agreement". (An aside set off by commas, "Total revenues, which consist primarily of
#: royalties under our license agreements, …", is no part of the phrase.)
_REVENUE_SOURCE_AFTER = cached_compile(
    r"[^$.;,]{0,60}?\b(?:related\s+to|associated\s+with|attributable\s+to|derived\s+from"
    r"|(?:recogni[sz]ed|earned)\s+(?:from|under|in\s+connection\s+with|pursuant\s+to)"
    r"|(?:from|under)\s+(?:the|our|its|this|that|an?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:licen[cs]es?|agreements?|collaborations?|milestones?|payments?|partnerships?|alliances?)\b)",
    re.IGNORECASE,
)


def _revenue_source(raw: str, start: int, end: int) -> str:
    """The words after a phrase of revenues (``start``, ``end``) naming where the revenue comes from
    (``_REVENUE_SOURCE_AFTER``), which make it a part of the revenues, not their total; empty when
    none, or when the phrase opens with "Total"."""
    if raw[start : start + 5].lower() == "total":
        return ""
    m = _REVENUE_SOURCE_AFTER.match(raw, end)
    return " ".join(m.group(0).split()) if m else ""


# ---------------------------------------------------------------------------------------------
# Words and amounts damaged by OCR. A scanned release prints look-alike characters ("a net l0ss of
# $4.0 million", "Ioss", "mi1lion"): a concept's word so printed is read as the word when its
# confusable skeleton (``kg.ocr.skeleton``) is that of one word only, and kept as printed otherwise.
# Damage no skeleton mends ("incorne", "rn" for "m") marks the words: an amount they would name is
# not read. An amount whose digits are damaged ("$7O5,000") is read as an amount of unknown value,
# which takes its concept phrase and period as any amount does, and yields no fact.

#: A "$" followed by digits some of which OCR printed as letters ("$7O5,000", "$4.O million",
#: "$l.2 million"): ending with a digit or a letter standing for one, and holding a digit.
_DAMAGED_AMOUNT = cached_compile(
    r"\$\s?\(?\s?(?=[0-9OolI|.,]*\d)(?=[0-9.,]*[OolI|])[0-9OolI|][0-9OolI|.,]*[0-9OolI|]"
    r"(?:\s?(?:thousand|million|billion)\b)?"
)


#: Words of period phrases read through OCR damage like a concept's ("fu1l year 2007", "nine
#: rnonths"): a phrase of the period so printed is read, not passed over for the period a sentence
#: before it named. Not "fiscal": a fiscal year's number printed with it may be damaged as well, and
#: "fisca1 2004" is read as no period (a figure said of it has none certain).
_OCR_PERIOD_WORDS = frozenset(
    {
        "full", "year", "years", "quarter", "quarters", "month", "months", "first", "second", "third",
        "fourth", "three", "nine", "twelve", "ended", "ending", "period", "half",
        # "reported financial resu1ts for the three and nine months ended …": the words that name
        # the periods the release reports (``_RESULTS_FOR``), which a bare "for the quarter" is of.
        "results",
    }
)  # fmt: skip


@lru_cache(maxsize=1)
def _ocr_words() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """The words read through OCR damage (those of the concept labels of four letters or more, the
    scale words and the words of period phrases); each word by its skeleton, and by its skeleton
    with "rn" read as "m" (only skeletons one word has)."""
    words = {w for label in _phrase_labels() for w in label.split() if len(w) >= 4 and w.isalpha()}
    words |= set(SCALE_WORDS) | _OCR_PERIOD_WORDS
    by_folded: dict[str, set[str]] = {}
    for word in words:
        by_folded.setdefault(_rn_folded(skeleton(word)), set()).add(word)
    return (
        frozenset(words),
        words_by_skeleton(words),
        {key: next(iter(found)) for key, found in by_folded.items() if len(found) == 1},
    )


def _rn_folded(shape: str) -> str:
    """A skeleton with "rn" read as "m", the pair OCR confuses most ("incorne")."""
    return shape.replace("RN", "M")


def _read_ocr_words(text: str) -> str:
    """``text`` with each concept or scale word OCR printed with look-alike characters written as
    the word ("net l0ss" → "net loss", "Ioss" → "Loss"); offsets kept. A word is mended only when
    it holds two letters at least (a figure "1055" is no "loss") and differs from the word in two
    characters at most."""
    pieces: list[str] = []
    last = 0
    for token in OCR_WORD.finditer(text):
        mended = _mended_word(token.group())
        if mended is not None:
            pieces += [text[last : token.start()], mended]
            last = token.end()
    return "".join([*pieces, text[last:]]) if pieces else text


@lru_cache(maxsize=4096)
def _mended_word(printed: str) -> str | None:
    """The concept or scale word ``printed`` is an OCR-damaged spelling of, as ``_read_ocr_words``
    mends it, or None."""
    words, by_skeleton, _ = _ocr_words()
    if printed.lower() in words:
        return None
    word = lookalike_word(printed, by_skeleton)
    return None if word is None else in_printed_case(word, printed)


def _damaged_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of a sentence that OCR damage makes look like a concept's or scale word
    without being one that can be mended ("incorne" for "income")."""
    words, _, by_folded = _ocr_words()
    spans = []
    for token in OCR_WORD.finditer(text):
        printed = token.group()
        if printed.lower() in words or sum(ch.isalpha() for ch in printed) < 2:
            continue
        if _rn_folded(skeleton(printed)) in by_folded:
            spans.append(token.span())
    return spans


# ---------------------------------------------------------------------------------------------
# Paragraphs and sentences


#: A line holding no letter and no digit: blank, or only specks and rules.
_WORDLESS_LINE = cached_compile(r"[\W_]*")


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """Spans of running-text paragraphs: blank-line blocks outside the statement tables.

    A line without a letter or a digit ("~    '  .", the specks a scan leaves between paragraphs, a
    rule of dashes) parts paragraphs as a blank line does. A block that stops mid-sentence and a
    block that starts in lower case or with an amount are one paragraph ("… as compared" / "$1.5
    million for the same period last year."): a page break.
    """
    skip = statement_lines(doc)
    blocks: list[tuple[int, int, bool]] = []  # start, end, and whether a table line came before it
    current: tuple[int, int, bool] | None = None
    after_table = False
    for number, (line, start) in enumerate(zip(doc.lines, doc.line_starts, strict=True), start=1):
        end = start + len(line)
        if _WORDLESS_LINE.fullmatch(line) or number in skip:
            if current is not None:
                blocks.append(current)
                current = None
            after_table = after_table or number in skip
            continue
        current = (current[0], end, current[2]) if current else (start, end, after_table)
        after_table = False
    if current is not None:
        blocks.append(current)
    joined: list[tuple[int, int]] = []
    for b_start, b_end, follows_table in blocks:
        if joined and not follows_table:
            previous = doc.text[joined[-1][0] : joined[-1][1]].rstrip()
            head = doc.text[b_start:b_end].lstrip().lstrip("\\")
            if (
                previous
                and previous[-1] not in '.!?:"”)'
                and head[:1]
                and (head[0].islower() or head[0] == "$")
            ):
                joined[-1] = (joined[-1][0], b_end)
                continue
        joined.append((b_start, b_end))
    return [b for b in joined if len(doc.text[b[0] : b[1]].split()) >= 6]


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of a paragraph; "$4.7", "Inc." and "Ph.D." do not end a sentence."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # The word before the stop, read no further back than the longest abbreviation reaches.
        stop = match.start()
        word = _WORD_BEFORE.search(text, max(start, stop - _LONGEST_ABBREVIATION - 1), stop)
        if word and word.group().lower() in _ABBREVIATIONS:
            continue
        yield start, match.end()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text``, trailing blanks left out, ends with one of the lower-case ``words`` in any case.

    A quick test before a regex anchored at the end of ``text`` (such a regex is tried at every
    place of the text, in a long sentence many times over).
    """
    return fold_case(text.rstrip()[-8:]).endswith(words)


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


# ---------------------------------------------------------------------------------------------
# Figures


@dataclass
class _Figure:
    """One amount of a sentence (offsets within the sentence) and what it was read as."""

    value: Decimal
    decimals: int
    start: int
    end: int
    quote_end: int
    kind: str  # "money", "per_share", "shares"
    #: The kind of per-share figure its words name: "basic", "diluted", "basic and diluted", or empty.
    eps_kind: str = ""
    phrase: _Phrase | None = None
    postfix: bool = False
    inherited: bool = False
    period: Period | None = None
    role: str = "base"
    first_in_list: bool = True
    #: False for an amount printed without a scale word ("$0.22", "$450,000").
    scaled: bool = True
    #: Why the figure is another measure than its phrase's concept (see ``_Phrase.qualifier``).
    qualifier: str = ""
    #: An increase or decrease ("an increase of $2.0 million"), not a level.
    change: bool = False
    #: An amount printed in parentheses ("$(0.19) per share", "$(58.3) million"): negative.
    #: ``value`` is the amount as printed, without its sign: the sign is the phrase's, which must be
    #: a loss's, or the negative side of a two-sided concept's (``_bracketed_sign``).
    negative: bool = False
    #: The side of the ledger the words right before the amount put it on ("was an expense of"):
    #: "debit", "credit", or empty when they name none.
    side: str = ""
    #: An amount whose digits OCR damaged ("$7O5,000"), or the per-share figure of one: its value
    #: is unknown, and it yields no fact.
    damaged: bool = False


@dataclass
class _Context:
    """What earlier sentences said: periods named, and the base/comparison periods last used."""

    fye: tuple[int, int] | None
    #: How the filer numbers its fiscal years (``kg.fiscal.fiscal_year_naming``): its fiscal year N
    #: ends in calendar year N + ``naming``; None when the filing leaves that in doubt.
    naming: int | None = 0
    #: The dated quarter ends of a 52–53-week filer (``kg.fiscal.week_quarter_ends``).
    week_ends: dict[tuple[int, int], dt.date] = field(default_factory=dict)
    #: The calendar of a filer that says its years run 52 or 53 weeks (``guidance.filing_week_calendar``):
    #: its prose periods run weeks, placed as its statements' columns are; None for any other filer.
    weeks: WeekCalendar | None = None
    #: The weekday every period of that calendar ends on (``_week_day``), None when unknown.
    week_day: int | None = None
    reporting: list[Period] = field(default_factory=list)
    last_pair: tuple[Period, ...] = ()
    last_base: Period | None = None
    #: The periods each sentence of the paragraph so far named, or the sentence itself when they are
    #: not read yet: most paragraphs never ask for them, and reading a sentence's periods is costly.
    named: list[list[Period] | str] = field(default_factory=list)
    #: The filing's date of report: no figure reported in it is of a later date.
    reported: dt.date | None = None
    #: The change of fiscal-year end the filing states, if any.
    change: FiscalYearChange | None = None
    #: The spans of the items of lists the filing introduces as expected ("The Company now expects:").
    expected_items: list[tuple[int, int]] = field(default_factory=list)
    #: The spans of tables of expected figures ("Full Year 2012 Guidance" over its rows).
    guidance_tables: list[tuple[int, int]] = field(default_factory=list)

    def paragraph_periods(self) -> list[Period]:
        """The periods the paragraph's sentences so far named, in order."""
        periods: list[Period] = []
        for item in self.named:
            periods.extend(item if isinstance(item, list) else _named_periods(item, self))
        self.named = [periods]
        return periods


def extract_narrative_facts(doc: Document, fye: tuple[int, int] | None) -> Iterator[FinancialFact | Skipped]:
    """Every figure stated in the release's prose, as ``Narrative`` facts (merged with the tables later)."""
    context = _Context(
        fye,
        naming=document_fiscal_year_naming(doc) if fye is not None else 0,
        week_ends=document_week_quarter_ends(doc) if fye is None else {},
        weeks=filing_week_calendar(doc) if fye is None else None,
        reported=report_date(doc),
        change=document_fiscal_year_change(doc),
        expected_items=[item for found in expectation_lists(doc) for item in found.items],
        guidance_tables=[(table.start, table.end) for table in guidance_tables(doc)],
    )
    if context.weeks is not None:
        context.week_day = _week_day(context.weeks, context.week_ends.values())
    for p_start, p_end in _paragraphs(doc):
        paragraph = doc.text[p_start:p_end]
        # Markdown-escaped dollars ("\\$4.7 million") read as plain ones; offsets are kept.
        masked_paragraph = _read_ocr_words(_mask(paragraph, _QUOTED).replace("\\$", " $"))
        context.named = []
        context.last_pair = ()
        context.last_base = None
        for s_start, s_end in _sentences(masked_paragraph):
            offset = p_start + s_start
            yield from _sentence_facts(doc, offset, masked_paragraph[s_start:s_end], context)


def _sentence_facts(
    doc: Document, offset: int, text: str, context: _Context
) -> Iterator[FinancialFact | Skipped]:
    reports = not context.reporting and _RESULTS_FOR.search(text)
    if "$" not in text and "shares" not in text:
        # No figure: the sentence's periods matter only as context, read when (if ever) needed.
        if reports:
            periods = _named_periods(text, context)
            context.reporting = [p for p in periods if p.instant is None]
            context.named.append(periods)
        else:
            context.named.append(text)
        return
    dated, week_notes = _in_weeks(prose_periods(text, context.fye, context.naming), text, context)
    phrases_all, unplaced = _with_to_date(dated, text, context)
    unplaced += [span for span, _ in week_notes]
    if reports:
        context.reporting = [p.period for p in phrases_all if p.period.instant is None]
    line = doc.line_of(offset)
    if _FORWARD.search(text):
        if "$" in text:
            yield Skipped(NAME, "forward-looking sentence: its figures are not reported facts", line)
        return
    if any(start < offset + len(text) and offset < end for start, end in context.expected_items):
        # "· cash and marketable securities of $170 million to $174 million at June 30, 2011" under
        # "The Company now expects:": the lead-in's words govern the item, which is guidance.
        yield Skipped(
            NAME, "an item of a list introduced as expected: its figures are not reported facts", line
        )
        return
    if any(start < offset + len(text) and offset < end for start, end in context.guidance_tables):
        # "Total revenues  $25 – $30 million" under "Full Year 2012 Guidance": read as guidance.
        yield Skipped(NAME, "a row of a table of expected figures: its figures are not reported facts", line)
        return
    if _COMMITMENT.search(text):
        yield Skipped(NAME, "a funding commitment for a future period is not a reported figure", line)
        return
    for _, note in week_notes:
        yield Skipped(NAME, note, line)
    raw = text
    text = _mask(text, _ASIDE)
    figures, skipped = _figures(text)
    amounts = [(f.start, f.end) for f in figures if f.kind == "money"]  # all of them, placed or not
    for note in skipped:
        yield Skipped(NAME, note, line)
    yield from _repurchases(doc, offset, text, figures, phrases_all, context)
    money = [f for f in figures if f.kind == "money"]
    lists = _lists(text, money)
    phrases = _phrases(text, raw)
    for group in lists:
        reason = _assign_concept(text, group, phrases, figures, money, phrases_all) or _unit_reason_of(group)
        if reason:
            for figure in group:
                yield Skipped(NAME, f"{reason}: {text[figure.start : figure.quote_end]!r}", line)
                figure.phrase = None
                figures.remove(figure)
            continue
        qualifier = _qualifier(raw, group, phrases, money)
        for figure in group:
            figure.qualifier = qualifier
            figure.side = _side_before(text, figure.start)
    placed_money = [f for f in figures if f.kind == "money" and f.phrase is not None]
    _link_per_share(text, figures, placed_money)
    placed = [f for f in figures if f.phrase is not None]
    yield from _assign_periods(text, placed, phrases_all, context, line, amounts, unplaced)
    conflicting = _conflicting(placed)
    for figure in placed:
        if figure.period is None:
            continue
        if figure.damaged:
            quote = text[figure.start : figure.quote_end]
            yield Skipped(NAME, f"OCR-damaged amount, or the per-share figure of one: {quote!r}", line)
            continue
        if id(figure) in conflicting:
            quote = text[figure.start : figure.quote_end]
            yield Skipped(
                NAME, f"another amount of the sentence has the same concept and period: {quote!r}", line
            )
            continue
        if figure.qualifier:
            # Read this far only for its period, which a per-share figure after it may take.
            name = figure.phrase.concept.name  # type: ignore[union-attr]
            quote = text[figure.start : figure.quote_end]
            yield Skipped(NAME, f"another measure than {name} ({figure.qualifier}): {quote!r}", line)
            continue
        if context.reported is not None and _after(figure.period, context.reported, context.change):
            quote = text[figure.start : figure.quote_end]
            yield Skipped(
                NAME,
                f"a figure of a date after the filing's date of report is no reported one: {quote!r}",
                line,
            )
            continue
        sign = _stated_sign(figure)
        if sign is not None and figure.negative and figure.kind == "money":
            sign = _bracketed_sign(figure, sign)
            if sign is None:
                name = figure.phrase.concept.name  # type: ignore[union-attr]
                quote = text[figure.start : figure.quote_end]
                yield Skipped(
                    NAME, f"an amount in brackets of a one-sided {name}: sign unsure: {quote!r}", line
                )
                continue
        if sign is None:
            name = figure.phrase.concept.name  # type: ignore[union-attr]
            quote = text[figure.start : figure.quote_end]
            yield Skipped(NAME, f"the words put the amount on the other side than {name}'s: {quote!r}", line)
            continue
        yield _fact(doc, offset, text, figure, context.fye, sign)
    bases = [f.period for f in placed if f.role == "base" and f.period]
    compares = [f.period for f in placed if f.role == "compare" and f.period]
    if bases:
        context.last_base = bases[0]
        context.last_pair = tuple(dict.fromkeys([bases[0], *compares[:1]]))
    context.named.append(_named_not_compared(phrases_all, bases, compares))


def _named_not_compared(
    phrases: list[PeriodPhrase], bases: list[Period], compares: list[Period]
) -> list[Period]:
    """The periods a sentence with figures names that a later bare "for the quarter" of its paragraph
    may be about: not those only a comparison's figure was given for. After "R&D expenses were $7.1
    million for the quarter, compared with $4.6 million for the third quarter of fiscal 2002",
    "G&A expenses were $1.6 million for the quarter" is not of fiscal 2002's quarter."""
    compared_only = set(compares) - set(bases)
    return [p.period for p in phrases if p.period not in compared_only]


def _after(period: Period, reported: dt.date, change: FiscalYearChange | None) -> bool:
    """Whether ``period`` ends (or, an instant, is) after the date of report ``reported``. A period
    across the transition of a change of fiscal-year end is left to the reader of calendars, which
    declines it as such (a year read in the old calendar that the filer never reports)."""
    end = period.instant or period.end
    if end is None or end <= reported:
        return False
    return change is None or period.start is None or not change.straddles(period.start, end)


def _conflicting(placed: list[_Figure]) -> set[int]:
    """The ``id`` of each figure that another figure of the sentence gives a different value for the
    same concept and period: "$2.1 million and $9.5 million, respectively" read against one period
    (the other one's phrase unreadable) says two things of one fact, so neither is taken."""
    values: dict[tuple[str, Period], set[Decimal]] = {}
    for figure in placed:
        if (
            figure.period is not None
            and figure.phrase is not None
            and not figure.qualifier
            and not figure.damaged
        ):
            values.setdefault((figure.phrase.concept.name, figure.period), set()).add(figure.value)
    return {
        id(figure)
        for figure in placed
        if figure.period is not None
        and figure.phrase is not None
        and len(values.get((figure.phrase.concept.name, figure.period), ())) > 1
    }


def _figures(text: str) -> tuple[list[_Figure], list[str]]:
    """Per-share amounts, then every other "$" amount of a sentence, in order."""
    figures: list[_Figure] = []
    for match in _PER_SHARE.finditer(text):
        kind = (match.group("kind") or match.group("kind2") or "").lower()
        number = match.group("num") or match.group("num2") or match.group("num3")
        decimals = len(number.split(".")[1]) if "." in number else 0
        figures.append(
            _Figure(
                Decimal(number),
                decimals,
                match.start(),
                match.end(),
                match.end(),
                "per_share",
                " ".join(kind.split()),
                negative=match.group("paren") is not None,
            )
        )
    taken = [(f.start, f.end) for f in figures]
    skipped = []
    for money in find_money(text, bracketed=True):
        # Overlap, not only the start: "($0.19) per share" is read from its "$", its bracket before.
        if any(a < money.end and money.start < b for a, b in taken):
            continue
        before = text[: money.start]
        if (_ends_with(before, (",",)) and _SUB_AMOUNT.search(before)) or (
            _ends_with(before, ("the",)) and _OF_THE.search(before)
        ):
            skipped.append(f"part of another amount: {text[money.start : money.end]!r}")
            continue
        figures.append(
            _Figure(
                money.value,
                money.decimals,
                money.start,
                money.end,
                _quote_end(text, money),
                "money",
                scaled=money.scaled,
                negative=money.bracketed,
            )
        )
    _mark_damaged_scales(text, figures)
    figures += _damaged_amounts(text, [(f.start, f.end) for f in figures])
    figures.sort(key=lambda f: f.start)
    return figures, skipped


def _mark_damaged_scales(text: str, figures: list[_Figure]) -> None:
    """Mark each amount read without a scale word whose next word is a damaged one ("$705
    rnillion"): its size is unknown."""
    starts = {start for start, _ in _damaged_words(text)} if "$" in text else set()
    for figure in figures:
        after = text[figure.end : figure.end + 20]
        gap = len(after) - len(after.lstrip())
        figure.damaged = not figure.scaled and figure.end + gap in starts


def _damaged_amounts(text: str, taken: list[tuple[int, int]]) -> list[_Figure]:
    """The amounts of a sentence whose digits OCR damaged ("$7O5,000"), outside the amounts read
    (``taken``): each an amount of unknown value, so that its concept phrase names it and no other."""
    if "$" not in text:
        return []
    found = []
    for match in _DAMAGED_AMOUNT.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            scaled = match.group().lower().endswith(SCALE_WORDS)
            found.append(
                _Figure(
                    Decimal(0),
                    0,
                    match.start(),
                    match.end(),
                    match.end(),
                    "money",
                    scaled=scaled,
                    damaged=True,
                )
            )
    return found


def _quote_end(text: str, money: Money) -> int:
    """End of an amount's quote: "$0.3" borrows its scale from "and $0.6 million", so its quote reaches it."""
    printed = text[money.start : money.end]
    if money.scaled and not re.search(r"(?i)(thousand|million|billion)$", printed):
        match = re.compile(r"\s*(?:and|or|,|to|-)\s*\$[\d.,]+\s?(?:thousand|million|billion)", re.I).match(
            text, money.end
        )
        if match:
            return match.end()
    return money.end


def _lists(text: str, money: list[_Figure]) -> list[list[_Figure]]:
    """Amounts joined only by "and", "or" or commas ("$0.6 million and $1.1 million") form one list."""
    groups: list[list[_Figure]] = []
    for figure in money:
        if groups:
            between = text[groups[-1][-1].end : figure.start].strip().lower()
            if between in {"and", "or", ",", ", and", ", or"}:
                figure.first_in_list = False
                groups[-1].append(figure)
                continue
        groups.append([figure])
    return groups


#: Words right before an amount that make it a change, not a level: "an increase of $2.0 million",
#: "decreased by $1.1 million", "up $1.0 million from …".
_CHANGE_BEFORE = cached_compile(
    r"\b(?:increase[sd]?|decrease[sd]?|rose|risen|grew|grown|declined?|fell|fallen|dropped|higher|lower|up|"
    r"down|improvement|improved|reduction|reduced|change[sd]?|growth|rise|variance|difference)\s+"
    r"(?:of\s+|by\s+)?(?:(?:a\s+total\s+of|approximately|about|nearly|roughly|almost|some|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
#: Words right before an amount that make it a cause of a change: "primarily due to $2.0 million of
#: research and development expenses" is the part of the change those expenses explain.
_DRIVER_BEFORE = cached_compile(
    r"\b(?:due\s+to|driven\s+by|attributable\s+to|result(?:ed|ing|s)?\s+(?:from|of)|as\s+a\s+result\s+of|"
    r"reflect(?:s|ed|ing)?|offset\s+by|because\s+of|caused\s+by|related\s+to|associated\s+with)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:approximately|about|nearly|roughly|almost|higher|lower|increased|decreased|"
    r"additional)\s+)*$",
    re.IGNORECASE,
)
#: How far back the words of ``_CHANGE_BEFORE`` and ``_DRIVER_BEFORE`` are looked for.
_CHANGE_REACH = 60
#: Words in a figure's clause that make it another measure than the concept its phrase names:
#: "Excluding a one-time charge of $3.2 million, net loss was …", "… was $4.7 million, excluding …",
#: "On a non-GAAP basis, net loss was …". Not "before" a period ("the year before", "before 2008").
_CLAUSE_QUALIFIER = cached_compile(
    r"\b(?:excluding|excludes?|exclusive\s+of|non[\s-]*gaap|pro[\s-]*forma|as[\s-]adjusted|"
    # A figure superseded by a restatement: "As previously reported, net loss … was $1.6 million".
    r"(?:as\s+)?(?:previously|originally)\s+(?:reported|stated)|"
    r"before\s+(?!(?:the\s+|a\s+)?(?:same|prior|previous|preceding|end|year|quarter|period|last|fiscal|"
    r"(?:19|20)\d\d)\b)(?=[a-z])|on\s+an?\s+(?:adjusted|normali[sz]ed|comparable|cash)\s+basis)",
    re.IGNORECASE,
)
#: What may join the concept phrases of a list ("research and development and general and
#: administrative expenses").
_PHRASE_JOINERS = {"and", ",", ", and", "&", "as well as", "and its"}


def _assign_concept(
    text: str,
    group: list[_Figure],
    phrases: list[_Phrase],
    figures: list[_Figure],
    money: list[_Figure],
    periods: list[PeriodPhrase],
) -> str | None:
    """Give each amount of a list its concept phrase; the reason when none is certain.

    ``money`` holds every amount of the sentence, those already declined too (their ``phrase`` is
    None): an amount that was not placed still owns the comparison printed after it.
    """
    reason = _change_reason(text, group)
    if reason:
        return reason
    last = group[-1]
    after = text[last.end :]
    cash = _CASH_AFTER.match(after)
    if cash:
        found = concept("NetCashProvidedByUsedInOperatingActivities")
        sign = -1 if cash.group("dir").lower().startswith("used") else 1
        phrase = _Phrase(
            found, sign, last.end + cash.start("dir"), last.end + cash.end(), " ".join(cash.group().split())
        )
        for figure in group:
            figure.phrase, figure.postfix = phrase, True
        return None
    postfix = _POSTFIX.match(after)
    if postfix:
        at = last.end + postfix.end()
        following = next((p for p in phrases if p.start == at), None)
        if following is not None and _part_of_earlier(text, group[0], following, phrases):
            # "Research and development expenses were $47.3 million … including $2.9 million of
            # stock-based compensation expense": the share of it inside another line, not its total.
            return "the amount is the part of another item's amount that its concept names, not its total"
        if following is not None:
            for figure in group:
                figure.phrase, figure.postfix = following, True
            return None
        if postfix.group("word").lower() == "of":
            words = " ".join(after[postfix.end() :].split()[:6])
            return f"amount of an item no concept names ({words!r})"
    before = [p for p in phrases if p.end <= group[0].start]
    if not before:
        return "no concept named before or after the amount"
    nearest = before[-1]
    between = text[nearest.end : group[0].start]
    reason = _damage_reason(text, nearest, group[0], money)
    if reason:
        return reason
    if _parallel(text, group[0], money, nearest, periods):
        for figure in group:
            figure.phrase, figure.inherited = nearest, True
        return None
    if not _LINK.search(between):
        return "the words before the amount do not tie it to a concept"
    if _INCLUDED.search(between):
        # "Revenues in 2012 included ADCETRIS net product sales of $141.8 million": a part of them.
        return "the amount is a part the concept includes, not the concept itself"
    between_figures = [f for f in figures if nearest.end <= f.start < group[0].start and f.kind == "money"]
    # The phrase already names an earlier amount (its postfix, or before it): this one inherits it.
    inherits = bool(between_figures) or any(f.phrase is nearest for f in figures if f.end <= group[0].start)
    if inherits and not _COMPARISON_LINK.search(between):
        return "another amount stands between the amount and its concept"
    if _COMPARISON_LINK.search(between) and not _compares_with(nearest, money, group[0].start):
        # "include $1.2 million of license fees, compared to $0.8 million": the license fees'.
        return "the amount is compared with an amount of another item"
    if inherits and len(group) > 1 and _RESPECTIVELY.match(text[last.quote_end :].lstrip(" ,")):
        # "…$1.5 million of A and $0.1 million of B, compared to $0.8 million and $0.5 million, respectively"
        earlier = [
            f for f in figures if f.kind == "money" and f.phrase is not None and f.end <= group[0].start
        ]
        pairs = earlier[-len(group) :]
        if len(pairs) != len(group) or len({f.phrase.concept.name for f in pairs}) != len(group):  # type: ignore[union-attr]
            return '"respectively" does not pair the amounts with concepts'
        for figure, source in zip(group, pairs, strict=True):
            figure.phrase, figure.inherited = source.phrase, True
        return None
    listed = _listed_phrases(text, phrases, nearest)
    if len(listed) > 1 and not inherits:
        return _pair_listed(text, group, listed, money)
    for figure in group:
        figure.phrase, figure.inherited = nearest, inherits
    return None


#: Words right before an amount making it a part of what the sentence spoke of before: "…, including
#: $2.9 million of …", "of which $1.2 million", "which included $0.4 million of …".
_PART_LEAD = cached_compile(
    r"\b(?:including|includes|included|include|of\s+which|among\s+which)\s+"
    r"(?:approximately\s+|about\s+|nearly\s+|roughly\s+|almost\s+)?$",
    re.IGNORECASE,
)


def _part_of_earlier(text: str, first: _Figure, following: _Phrase, phrases: list[_Phrase]) -> bool:
    """True when an amount naming its concept after it ("$2.9 million of stock-based compensation
    expense") is introduced as a part ("including", "of which") of something else the sentence
    speaks of: a concept named before it ("Research and development expenses were $47.3 million,
    including …") or costs of a kind ("higher employee-related expenses, including …"). It is the
    share of the concept inside that, not its amount for the period. A whole holding all of the
    concept makes the amount the concept's own: total revenues their revenue lines ("Revenues
    included $8.2 million of royalty revenue"), operating expenses their lines, the operating or
    net result any line, and a period's results ("The first quarter results include $0.6 million of
    stock compensation expense")."""
    lead = _PART_LEAD.search(text, 0, first.start)
    if lead is None:
        return False
    earlier = [p.concept.name for p in phrases if p.end <= first.start]
    if earlier:
        return not _holds_whole(earlier[-1], following.concept.name)
    return _COSTS_BEFORE.search(text, 0, lead.start()) is not None


#: Costs of a kind right before a part's lead: "higher employee-related expenses, including …".
_COSTS_BEFORE = cached_compile(
    r"\b(?:expenses?|costs?|charges?|spending)\s*,?\s*(?:which\s+)?$", re.IGNORECASE
)


def _holds_whole(whole: str, part: str) -> bool:
    """True when every amount of concept ``part`` is a part of concept ``whole``'s amount."""
    if whole in ("NetIncomeLoss", "OperatingIncomeLoss"):
        return True
    if whole == "Revenues":
        return part in REVENUE_PARTS
    return whole == "OperatingExpenses" and part in EXPENSE_PARTS


#: Between two amounts of one subject, each with its own period: "… $1.9 million in the year-ago
#: quarter and $2.1 million in the fourth quarter of fiscal 2009".
_PARALLEL = cached_compile(
    r"(?P<period>.+?)\s*,?\s*and\s+(?:approximately\s+|about\s+)?$", re.IGNORECASE | re.DOTALL
)


def _parallel(
    text: str, first: _Figure, money: list[_Figure], nearest: _Phrase, periods: list[PeriodPhrase]
) -> bool:
    """Whether an amount is a second figure of the concept the amount before it states, for another
    period: "General and administrative expenses were $1.9 million in the year-ago quarter and $2.1
    million in the fourth quarter of fiscal 2009". The amount before must be ``nearest``'s, no
    comparison may stand between the concept and the amount (after one, the amounts may be another
    item's), and the words between the two amounts must be the first one's period and "and": a
    dated or numbered phrase the sentence reads, or a relative one."""
    before = [f for f in money if f.end <= first.start]
    if not before or before[-1].phrase is not nearest or before[-1].change:
        return False
    if _COMPARISON.search(text, nearest.end, first.start):
        return False
    lead = _OWN_PERIOD_LEAD.match(text, before[-1].end, first.start)
    joined = _PARALLEL.fullmatch(text, lead.end(), first.start) if lead else None
    if joined is None:
        return False
    words_start, words_end = joined.span("period")
    if _RELATIVE.fullmatch(text, words_start, words_end):
        return True
    after_the = re.compile(r"(?:the\s+)?").match(text, words_start)
    assert after_the is not None
    if _SAME_LAST_YEAR.fullmatch(text, after_the.end(), words_end):
        return True
    return any(p.start in (words_start, after_the.end()) and p.end == words_end for p in periods)


def _damage_reason(text: str, nearest: _Phrase, first: _Figure, money: list[_Figure]) -> str | None:
    """Why OCR damage leaves an amount without a certain concept: a damaged word between it and the
    concept phrase before it ("net income of $705,000 …, compared to a net incorne of $4.0
    million" is not net income), or a damaged amount that phrase names already ("net income of
    $7O5,000, …, compared to $4.0 million": the comparison's concept is unsure too)."""
    if nearest.end < first.start and _damaged_words(text[nearest.end : first.start]):
        # Only the words between the phrase and the amount are looked at (the phrase ends a word).
        return "OCR-damaged words between the amount and its concept"
    damaged = next((f for f in money if f.damaged and f.phrase is nearest and f.end <= first.start), None)
    if damaged is not None:
        # The damaged figure is the other one: it is named, so the note does not read as this one's.
        quote = text[damaged.start : damaged.quote_end]
        return (
            f"the amount its concept names is OCR-damaged ({quote!r}), so the concept of this one is unsure"
        )
    return None


def _change_reason(text: str, group: list[_Figure]) -> str | None:
    """Why the amounts of a list are no level at all: a change ("an increase of $2.0 million") or
    the cause of one ("primarily due to $2.0 million of …"); None when they may be levels."""
    reach = max(0, group[0].start - _CHANGE_REACH)
    if _CHANGE_BEFORE.search(text, reach, group[0].start):
        for figure in group:
            figure.change = True
        return "an increase or decrease, not the figure itself"
    if _DRIVER_BEFORE.search(text, reach, group[0].start):
        return "the cause of a change, not the figure itself"
    return None


def _compares_with(nearest: _Phrase, money: list[_Figure], at: int) -> bool:
    """Whether an amount after a comparison ("compared to $0.8 million") compares with an amount of
    ``nearest``: the last amount before it that is a level (changes left out: "up $1.0 million from
    $4.0 million" compares levels) must be ``nearest``'s, or there must be none."""
    levels = [f for f in money if f.end <= at and f.start >= nearest.start and not f.change]
    return not levels or levels[-1].phrase is nearest


def _listed_phrases(text: str, phrases: list[_Phrase], nearest: _Phrase) -> list[_Phrase]:
    """The concept phrases listed with ``nearest`` and ending with it, joined by "and" or commas."""
    listed = [nearest]
    for phrase in reversed([p for p in phrases if p.end <= nearest.start]):
        joiner = " ".join(text[phrase.end : listed[0].start].split()).lower()
        # A comma alone joins only the items before a last "and" ("A, B and C"): "In addition to
        # interest income, revenues were …" is no list.
        if joiner not in _PHRASE_JOINERS or (joiner == "," and len(listed) == 1):
            break
        listed.insert(0, phrase)
    return listed


def _pair_listed(text: str, group: list[_Figure], listed: list[_Phrase], money: list[_Figure]) -> str | None:
    """ "Research and development expenses and general and administrative expenses were $9.0 million
    and $3.0 million, respectively": the n-th amount is the n-th concept's, only when "respectively"
    says so and the counts agree. Otherwise the amounts may be sums of the concepts: none is taken."""
    last = group[-1]
    following = [f.start for f in money if f.start >= last.end]
    rest = text[last.quote_end : following[0] if following else len(text)]
    if (
        len(group) != len(listed)
        or len({p.concept.name for p in listed}) != len(listed)
        or not _RESPECTIVELY.search(rest)
    ):
        return 'amounts after a list of concepts that "respectively" does not pair'
    for figure, phrase in zip(group, listed, strict=True):
        figure.phrase = phrase
    return None


def _qualifier(raw: str, group: list[_Figure], phrases: list[_Phrase], money: list[_Figure]) -> str:
    """Words of the amounts' clause that make them another measure than their phrase's concept
    ("excluding …", "on a non-GAAP basis"), or the phrase's own qualifier; empty when none.

    The clause is read in ``raw`` (asides unmasked) from the end of the comparison or of the plain
    figure before it ("Excluding a charge of $3.2 million, net loss was …" reads from the start),
    through the words after the last amount up to the next amount, comparison or phrase.
    """
    phrase = group[0].phrase
    assert phrase is not None
    if phrase.qualifier:
        return phrase.qualifier
    first, last = group[0], group[-1]
    anchor = min(phrase.start, first.start)
    stops = [m.end() for m in _COMPARISON.finditer(raw, 0, anchor)]
    stops += [f.end for f in money if f.end <= anchor and f.phrase is not None and not f.qualifier]
    stops.append(raw.rfind(";", 0, anchor) + 1)
    lead_start = max(stops)
    after_start = max(last.quote_end, phrase.end if phrase.start >= last.end else 0)
    ends = [f.start for f in money if f.start >= after_start]
    ends += [p.start for p in phrases if p.start >= after_start]
    ends += [m.start() for m in _COMPARISON.finditer(raw, after_start)][:1]
    semicolon = raw.find(";", after_start)
    ends += [semicolon] if semicolon >= 0 else []
    after_end = min(ends, default=len(raw))
    for start, stop in (
        (lead_start, anchor),
        (min(phrase.end, first.start), first.start),
        (after_start, after_end),
    ):
        found = _CLAUSE_QUALIFIER.search(raw, start, stop) if start < stop else None
        if found:
            return " ".join(found.group().split())
    return ""


def _side_before(text: str, at: int) -> str:
    """The side of the ledger the words right before an amount at ``at`` name ("was an expense of",
    "compared with income of"): "debit", "credit", or empty."""
    if not _ends_with(text[:at], ("of", "approximately", "about")):
        return ""
    match = _SIDE_BEFORE.search(text, max(0, at - 40), at)
    if match is None:
        return ""
    return "debit" if match.group("side").lower().startswith(_DEBIT_WORDS) else "credit"


def _stated_sign(figure: _Figure) -> int | None:
    """The sign of a figure: its phrase's ("net loss" is negative), unless the words before the amount
    name its side. For a concept of two sides ("Other income (expense), net … was an expense of $0.3
    million") that side gives the sign; for a concept of one side (revenues, an expense) the other
    side is no figure of it: None."""
    phrase = figure.phrase
    assert phrase is not None
    if not figure.side or figure.kind != "money":
        return phrase.sign
    two_sided = _TWO_SIDED.search(phrase.concept.label)
    if two_sided is not None:
        positive = "debit" if two_sided.group("pos").lower().startswith(_DEBIT_WORDS) else "credit"
        return 1 if figure.side == positive else -1
    own = {"credit: income is positive": "credit", "debit: an expense is positive": "debit"}.get(
        phrase.concept.sign
    )
    if own is None or own == figure.side:
        return phrase.sign
    return None


def _bracketed_sign(figure: _Figure, sign: int) -> int | None:
    """The sign of an amount printed in brackets ("a net loss of $(58.3) million", "net income (loss)
    of $(1.2) million", "Other income (expense), net was $(0.4) million"): negative where the words
    already say a loss or an outflow (``sign``), or the concept has two sides and no word before the
    amount names one; None for a concept of one side ("Interest income of $(0.2) million"), or one
    whose side the words name as well: the brackets may be a layout's, not a sign."""
    phrase = figure.phrase
    assert phrase is not None
    if sign < 0:
        return -1
    if not figure.side and _TWO_SIDED.search(phrase.concept.label):
        return -1
    return None


def _unit_reason_of(group: list[_Figure]) -> str | None:
    """Why the amounts cannot be figures of their phrase's concept, given how they are printed: a
    total in dollars is never printed in cents ("$0.22" is per share), a per-share figure never in
    millions, and a share count never with a dollar sign."""
    phrase = group[0].phrase
    assert phrase is not None
    for figure in group:
        if phrase.concept.unit == "USD" and not figure.scaled and figure.decimals > 0:
            return "an amount in cents is a per-share figure, not a total"
        if phrase.concept.unit == "USDPerShare" and figure.scaled:
            return "an amount in thousands or millions is not a per-share figure"
        if phrase.concept.unit not in ("USD", "USDPerShare"):
            return f"a dollar amount is not a figure in {phrase.concept.unit}"
    return None


#: Words between a net income figure and the phrase of its per-share figure: ", or a net loss per
#: share of $0.33".
_EPS_PHRASE_LINK = cached_compile(r"^\s*,?\s*(?:or|and)\s+(?:an?\s+)?$", re.IGNORECASE)


#: Words between the basic and the diluted per-share figure of one net income: "$0.36 per basic
#: share and $0.34 per diluted share".
_EPS_PAIR_LINK = cached_compile(r"^\s*,?\s*and\s+$", re.IGNORECASE)


def _eps_link_end(text: str, figure: _Figure, linked: _Figure | None, source: _Figure) -> int:
    """Where the words linking ``figure`` to its net income ``source`` end: at the per-share figure
    of the same net income just before it (``linked``) when the two name different kinds of share,
    both named ("net income of $21.6 million, or $0.36 per basic share and $0.34 per diluted
    share": the diluted figure is that income's too); else at ``figure`` itself."""
    if (
        linked is not None
        and linked.start >= source.end
        and linked.eps_kind
        and figure.eps_kind
        and " ".join(linked.eps_kind.lower().split()) != " ".join(figure.eps_kind.lower().split())
        and _EPS_PAIR_LINK.match(text[linked.end : figure.start])
    ):
        return linked.start
    return figure.start


def _link_per_share(text: str, figures: list[_Figure], money: list[_Figure]) -> None:
    """A per-share amount right after a net income figure (", or $0.11 per … share") is its EPS,
    and so is one of the other kind of share right after that one (", or $0.36 per basic share and
    $0.34 per diluted share")."""
    money = [m for m in money if m.phrase is not None and m.phrase.concept.unit != "USDPerShare"]
    _link_per_share_phrases(text, figures, money)
    linked: _Figure | None = None
    for figure in [f for f in figures if f.kind == "per_share"]:
        before = [m for m in money if m.end <= figure.start]
        source_phrase = before[-1].phrase if before else None
        # The per-share figure of the income available to common stockholders is the EPS itself;
        # that of an adjusted measure ("non-GAAP net loss of $3.0 million, or $0.08 per share") is not.
        qualifier = before[-1].qualifier if before else ""
        if (
            source_phrase is not None
            and source_phrase.concept.name == "NetIncomeLoss"
            and qualifier in ("", "common")
            # A negative amount is the EPS of a loss; "net income …, or $(0.19) per share" is unclear.
            and (not figure.negative or source_phrase.sign < 0)
        ):
            source = before[-1]
            if _EPS_LINK.match(text[source.end : _eps_link_end(text, figure, linked, source)]):
                found, unnamed = _eps_concept(figure.eps_kind, source_phrase.sign)
                figure.phrase = _Phrase(
                    found,
                    source_phrase.sign,
                    figure.start,
                    figure.end,
                    text[figure.start : figure.end],
                    eps_unnamed=unnamed,
                )
                figure.inherited = source.inherited
                figure.postfix = True
                figure.role = "eps"
                # The per-share figure of an amount OCR damaged: its words are suspect too.
                figure.damaged = source.damaged
                linked = figure
                continue
        figures.remove(figure)


def _link_per_share_phrases(text: str, figures: list[_Figure], money: list[_Figure]) -> None:
    """ "a net loss of $2.4 million, or a net loss per share of $0.33": the per-share figure named
    by its own phrase after a net income figure is that figure's EPS, of its period and clause (its
    phrase starts no clause of its own). After an adjusted measure it is no EPS: it is dropped."""
    for figure in figures:
        phrase = figure.phrase
        if figure.kind != "money" or phrase is None or phrase.concept.unit != "USDPerShare":
            continue
        before = [m for m in money if m.end <= phrase.start]
        source = before[-1] if before else None
        if (
            source is None
            or source.phrase is None
            or source.phrase.concept.name != "NetIncomeLoss"
            or not _EPS_PHRASE_LINK.match(text[source.end : phrase.start])
        ):
            continue
        if source.qualifier not in ("", "common"):
            figure.qualifier = source.qualifier
        figure.inherited = source.inherited
        figure.role = "eps"
        figure.damaged = figure.damaged or source.damaged


# ---------------------------------------------------------------------------------------------
# Periods

#: "first nine months of 2008", "first half of fiscal 2009", "first six months of 2008 and 2007": a
#: part of a year from its start ("first nine months of fiscal 2009" ``kg.periods`` reads itself).
_FIRST_PART = cached_compile(
    r"\bfirst\s+(?:(?P<count>three|six|nine|3|6|9)\s+months|(?P<half>half))\s+of\s+(?:the\s+)?"
    r"(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*)\b",
    re.IGNORECASE,
)
_PART_MONTHS = {"three": 3, "six": 6, "nine": 9, "3": 3, "6": 6, "9": 9}
#: "year-to-date", "year to date": from the fiscal year's start to the end of the period reported.
_YEAR_TO_DATE = cached_compile(r"\byear[\s-]+to[\s-]+date\b", re.IGNORECASE)


def _with_to_date(
    found: list[PeriodPhrase], text: str, context: _Context
) -> tuple[list[PeriodPhrase], list[tuple[int, int]]]:
    """``found``, the year-to-date periods and the fiscal years by number of the sentence, in
    printed order; and the spans of the fiscal years it names that cannot be placed."""
    parts, unplaced_parts = _part_phrases(text, context)
    extra = (
        _first_part_phrases(text, context)
        + _year_to_date_phrases(text, context)
        + _week_quarter_phrases(text, context, found)
        + parts
    )
    years, unplaced = _fiscal_year_phrases(text, context, found + extra)
    extra += years
    unplaced += _unplaced_labels(text, found + extra) + unplaced_parts
    return (sorted(found + extra, key=lambda p: p.start) if extra else found), unplaced


def _named_periods(text: str, context: _Context) -> list[Period]:
    """The periods a sentence names (``prose_periods`` and fiscal years by number), in order."""
    found, _ = _in_weeks(prose_periods(text, context.fye, context.naming), text, context)
    found += _week_quarter_phrases(text, context, found) + _part_phrases(text, context)[0]
    years, _ = _fiscal_year_phrases(text, context, found)
    return [p.period for p in (sorted(found + years, key=lambda p: p.start) if years else found)]


#: How near a period phrase a quarter's name may stand and be that phrase's apposition ("the three
#: months ended September 30, 2009, the third quarter of fiscal 2010").
_APPOSITION_GAP = 6


def _unplaced_labels(text: str, found: list[PeriodPhrase]) -> list[tuple[int, int]]:
    """Spans of the quarters and first months of a year a sentence names by number ("the third
    quarter of 2008", "the first nine months of 2008") that no period was read for (an unknown or
    52–53-week fiscal calendar, a year numbered in doubt): a figure said of one has no certain
    period, and must not take one read elsewhere. A name beside a dated phrase is its apposition."""
    spans = [(label.start, label.end) for label in quarter_labels(text)]
    if "first" in text.lower():
        spans += first_months_spans(text) + [m.span() for m in _FIRST_PART.finditer(text)]
    return [
        (start, end)
        for start, end in spans
        if not any(p.start - _APPOSITION_GAP <= end and start <= p.end + _APPOSITION_GAP for p in found)
    ]


#: A whole fiscal year named by its number: "fiscal 2006", "fiscal year 2006", "FY2006", "FY06",
#: and lists of them ("fiscal 2006 and 2005", "fiscal years 2006 and 2005", "fiscal 2006 and fiscal
#: 2005"). Not when a part of it follows ("fiscal 2006 fourth quarter", "fiscal 2006's first half").
_FISCAL_YEAR = cached_compile(
    r"(?<![\w-])(?:fiscal\s+(?:years?\s+)?(?P<y>(?:19|20)\d\d(?:\s*(?:,\s*and|,|and|&)\s*"
    r"(?:fiscal\s+(?:years?\s+)?)?(?:19|20)\d\d)*)|FY\s?'?(?P<fy>(?:19|20)\d\d|\d\d))\b"
    r"(?!(?:['’]s)?[\s-]+(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|quarters?|half|interim|three|six|nine|"
    r"year[\s-]+to[\s-]+date)\b)",
    re.IGNORECASE,
)
#: What a fiscal year by number must follow to be the period of the figures: the start of the
#: sentence ("Fiscal 2006 net income was …") or "for", "in", "during" ("for the full fiscal year 2006").
_FISCAL_LEAD = cached_compile(
    r"(?:^|(?<![\w-])(?P<prep>for|in|during|over|throughout)"
    r"(?:\s+(?:all\s+of\s+)?(?:the\s+)?(?:full|entire|whole)?)?)\s*$",
    re.IGNORECASE,
)
#: Words before "in" / "for" that make the fiscal year the whole a part is of: "the fourth quarter in
#: fiscal 2006", "the same period in fiscal 2005" (read by ``_SAME_LAST_YEAR``), "the end of".
_PART_BEFORE = cached_compile(
    r"(?<![\w-])(?:quarters?|half|months?|periods?|weeks?|remainder|balance|portion|part|end|close|start|"
    r"beginning)\s*$",
    re.IGNORECASE,
)


def _fiscal_year_phrases(
    text: str, context: _Context, found: list[PeriodPhrase]
) -> tuple[list[PeriodPhrase], list[tuple[int, int]]]:
    """ "For fiscal 2006, net income was …": the twelve months ending on the fiscal-year end in 2006
    (most filers name a fiscal year by the calendar year it ends in; ``context.naming`` says how
    this one does), and fiscal 2005 the year before.

    A year inside a phrase already read ("the fourth quarter of fiscal 2006") or naming the whole a
    part is of ("the same period in fiscal 2005") is left out. One that cannot be placed (no known
    fiscal-year end, a numbering in doubt, or a 52–53-week year whose bounds the filing does not
    date) is returned as a span: the figures it is said of have no certain period.
    """
    out, unplaced = _full_year_phrases(text, context, found)
    if "fiscal" not in fold_case(text) and "FY" not in text.upper():
        return out, unplaced
    for match in _FISCAL_YEAR.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in found):
            continue
        lead = _FISCAL_LEAD.search(text, max(0, match.start() - 40), match.start())
        if lead is None or (
            lead.group("prep") and _PART_BEFORE.search(text, max(0, lead.start() - 30), lead.start())
        ):
            continue
        if match.group("fy"):
            number = int(match.group("fy"))
            years = [number if number > 100 else (1900 if number >= 70 else 2000) + number]
        else:
            years = years_in(match.group("y"))
        periods = [_fiscal_year(year, context) for year in years]
        if any(p is None for p in periods):
            unplaced.append(match.span())
            continue
        out.extend(PeriodPhrase(p, match.start(), match.end(), len(periods)) for p in periods if p)
    return out, unplaced


#: A whole year named by its number without "fiscal": "the full year 2007", "the entire year of
#: 2006"; not a part of it ("full year 2007 fourth quarter"), nor a run of years.
_FULL_YEAR = cached_compile(
    r"(?<![\w-])(?:full|entire|whole)[\s-]+year\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"(?!\s*(?:,|and|&|-|–|to|through)\s*(?:19|20)?\d\d)"
    r"(?!(?:['’]s)?[\s-]+(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|quarters?|half)\b)",
    re.IGNORECASE,
)
#: What such a year must follow to be the period of the figures: the sentence's start ("Full year
#: 2007 revenues were …") or "for", "in", "during" ("Net loss for the full year 2007 was …").
_FULL_YEAR_LEAD = cached_compile(
    r"(?:^|(?<![\w-])(?:for|in|during|over|throughout)\s+(?:all\s+of\s+)?(?:the\s+)?)$", re.IGNORECASE
)


#: A year by its number alone after "for" or "during": "Net income for 2012 was $75.8 million";
#: not a run of years ("for 2012 and 2011"), a part of it ("for 2012's fourth quarter"), nor a span
#: to a date ("for 2012 to date", "during 2012 through September 30").
_FOR_YEAR = cached_compile(
    r"(?<![\w-])(?:for|during)\s+(?P<y>(?:19|20)\d\d)\b(?![.,]?\d)"
    r"(?!\s*(?:,|and|&|-|–|to|through)\s*(?:19|20)?\d\d)"
    r"(?!(?:['’]s)?[\s-]+(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|quarters?|half|to[\s-]+date|"
    r"year[\s-]+to[\s-]+date|through|thru|so\s+far|until|up\s+to)\b)",
    re.IGNORECASE,
)


def _calendar_year_phrases(text: str, context: _Context, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """ "Net income for 2012 was $75.8 million, … compared with $52.2 million … for 2011": calendar
    year 2012 and 2011, for a filer whose fiscal year is the calendar year only (a June filer's
    "for 2012" may be its fiscal year or the calendar year: no phrase, and its figures keep no
    period, as before). A year inside a phrase already read is left out."""
    if context.fye != (12, 31) or ("for" not in text.lower() and "during" not in text.lower()):
        return []
    out: list[PeriodPhrase] = []
    for match in _FOR_YEAR.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in found):
            continue
        year = int(match.group("y"))
        out.append(
            PeriodPhrase(Period(dt.date(year, 1, 1), dt.date(year, 12, 31)), match.start(), match.end())
        )
    return out


def _full_year_phrases(
    text: str, context: _Context, found: list[PeriodPhrase]
) -> tuple[list[PeriodPhrase], list[tuple[int, int]]]:
    """ "Net loss for the full year 2007 was …": calendar year 2007, for a filer whose fiscal year is
    the calendar year; for any other filer (or one whose fiscal-year end is unknown) a span whose
    figures have no certain period ("full year 2007" of a June filer may be its fiscal year).
    "Net income for 2012 was …" likewise (``_calendar_year_phrases``), for a December filer."""
    calendar = _calendar_year_phrases(text, context, found)
    if "year" not in text.lower():
        return calendar, []
    out: list[PeriodPhrase] = calendar
    unplaced: list[tuple[int, int]] = []
    for match in _FULL_YEAR.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in found):
            continue
        if _FULL_YEAR_LEAD.search(text, max(0, match.start() - 40), match.start()) is None:
            continue
        if context.fye != (12, 31):
            unplaced.append(match.span())
            continue
        year = int(match.group("y"))
        out.append(
            PeriodPhrase(Period(dt.date(year, 1, 1), dt.date(year, 12, 31)), match.start(), match.end())
        )
    return out, unplaced


def _fiscal_year(year: int, context: _Context) -> Period | None:
    """The fiscal year a filer calls ``year``: the twelve months to its fiscal-year end in calendar
    year ``year`` + ``context.naming``. None when unsure: no known fiscal-year end, a numbering in
    doubt, or a 52–53-week year (its number alone does not give its end; and one of 53 weeks is no
    twelve months ending on a date)."""
    fye = context.fye
    if fye is None:
        return None
    month, day = fye
    if context.naming is None:
        return None
    year += context.naming
    if day < month_end(year - 1, month) and day < month_end(year, month):
        return None
    return duration_ending(dt.date(year, month, month_end(year, month)), 12)


def _first_part_phrases(text: str, context: _Context) -> list[PeriodPhrase]:
    """ "first nine months of 2008" (a calendar year: only for a filer whose fiscal year is the
    calendar year) and "first half of fiscal 2009" (any known fiscal year ending on a month's end,
    numbered as the filer numbers its years)."""
    fye = context.fye
    if fye is None or "first" not in text.lower():
        return []
    out: list[PeriodPhrase] = []
    for match in _FIRST_PART.finditer(text):
        months = 6 if match.group("half") else _PART_MONTHS[match.group("count").lower()]
        fiscal = bool(match.group("fiscal"))
        if fiscal and not match.group("half"):
            continue  # "first nine months of fiscal 2009": read by ``prose_periods``
        if not fiscal and fye != (12, 31):
            continue  # "the first half of 2008" of a June filer: which half is unsaid
        if fye[1] != month_end(2001, fye[0]):
            continue  # a fiscal year ending on a weekday: its parts have no month-end dates
        offset = context.naming if fiscal else 0
        if offset is None:
            continue
        years = years_in(match.group("y"))
        ends = [fiscal_quarter(y + offset, months // 3, fye).end for y in years]
        periods = [duration_ending(end, months) for end in ends if end is not None]
        out.extend(PeriodPhrase(p, match.start(), match.end(), len(periods)) for p in periods)
    return out


def _part_phrases(text: str, context: _Context) -> tuple[list[PeriodPhrase], list[tuple[int, int]]]:
    """The halves and first months of fiscal years a sentence names by number ("For 1HFY13, the net
    loss was …", "9MFY13", "the second half of fiscal 2013"; see ``kg.fiscal.part_labels``), each
    as the period it is in the filer's calendar; and the spans of those that cannot be placed (an
    unknown fiscal-year end, a numbering in doubt, a 52–53-week year whose quarters the filing
    does not date): a figure said of one has no certain period."""
    if "FY" not in text and "fiscal" not in fold_case(text):
        return [], []
    placed: list[PeriodPhrase] = []
    unplaced: list[tuple[int, int]] = []
    for label in part_labels(text):
        period = _part_period(label.year, label.months, label.quarter, context)
        if period is None:
            unplaced.append((label.start, label.end))
        else:
            placed.append(PeriodPhrase(period, label.start, label.end))
    return placed, unplaced


def _part_period(year: int, months: int, quarter: int, context: _Context) -> Period | None:
    """The ``months`` months ending with quarter ``quarter`` of the fiscal year the filer calls
    ``year``, or None when unsure. A 52–53-week filer's part is placed only from the dates the
    filing prints for the quarters that bound it."""
    fye = context.fye
    if fye is None:
        ends = context.week_ends
        end = ends.get((year, quarter))
        if end is None or context.weeks is None:
            return None
        if months == quarter * 3:
            # From the year's start, in weeks (as ``_week_quarter_phrases``), whatever day it ends on.
            return context.weeks.week_duration(end, months)
        before = ends.get((year, quarter - months // 3))
        return Period(start=before + dt.timedelta(days=1), end=end) if before is not None else None
    if context.naming is None or fye[1] != month_end(2001, fye[0]):
        return None  # a numbering in doubt; a year ending on a weekday has no month-end parts
    end = fiscal_quarter(year + context.naming, quarter, fye).end
    return duration_ending(end, months) if end is not None else None


def _week_quarter_phrases(text: str, context: _Context, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """A 52–53-week filer's quarters named by number ("the third quarter of 2009") and the first
    months of its years ("the first nine months of 2009"), placed only where the filing dates that
    quarter ("the third quarter of fiscal 2009, which ended September 27, 2009"). Each is the period
    a column "Three (Nine) Months Ended September 27, 2009" gives: weeks, even when the quarter ends
    on a month's last day (Friday, December 31, 2010); a fourth quarter only where the filing prints
    the end of the year before (``_week_quarter``)."""
    ends = context.week_ends
    calendar = context.weeks
    if not ends or calendar is None:
        return []
    out: list[PeriodPhrase] = []
    for label in quarter_labels(text):
        end = ends.get((label.year, label.quarter))
        overlaps = any(p.start < label.end and label.start < p.end for p in found)
        period = _week_quarter(calendar, end, label.quarter) if end is not None and not overlaps else None
        if period is not None:
            out.append(PeriodPhrase(period, label.start, label.end))
    for match in _FIRST_PART.finditer(text) if "first" in text.lower() else ():
        months = 6 if match.group("half") else _PART_MONTHS[match.group("count").lower()]
        years = years_in(match.group("y"))
        dated = [ends.get((year, months // 3)) for year in years]
        periods = [calendar.week_duration(end, months) for end in dated if end is not None]
        if len(periods) == len(years) and all(periods):
            out.extend(PeriodPhrase(p, match.start(), match.end(), len(periods)) for p in periods if p)
    return out


def _week_quarter(calendar: WeekCalendar, end: dt.date, quarter: int) -> Period | None:
    """Quarter ``quarter`` of a 52–53-week year, ending on ``end`` as the filing dates it: 13 weeks
    (or the 14 of a first quarter after a printed year end); the fourth what the year's first 39
    weeks leave of it, known only where the filing prints the end of the year before."""
    if quarter == 4:
        # The filing names it the fourth: its end closes a year, whatever else the calendar knows.
        calendar = dataclasses.replace(calendar, year_ends=calendar.year_ends | {end})
    return calendar.week_duration(end, 3)


#: A month and its day as a phrase prints them ("December 31", "Jan. 1").
_MONTH_DAY = cached_compile(rf"\b(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})\b", re.IGNORECASE)


def _week_day(calendar: WeekCalendar, dated: Iterable[dt.date]) -> int | None:
    """The weekday a 52–53-week filer's periods end on: that of the weekday ends its statements print
    and of the quarter ends its words date (``dated``), when they all agree; failing those, that of
    the months' last days its statements print, when they all agree (a year before printed as
    "December 31, 2009" beside "December 31, 2010", which is no end of its calendar, makes two);
    None otherwise."""
    days = {end.weekday() for end in calendar.ends if is_weekday_end(end)} | {end.weekday() for end in dated}
    if not days:
        days = {end.weekday() for end in calendar.ends}
    return next(iter(days)) if len(days) == 1 else None


def _in_weeks(
    phrases: list[PeriodPhrase], text: str, context: _Context
) -> tuple[list[PeriodPhrase], list[tuple[tuple[int, int], str]]]:
    """``phrases`` (a sentence's ``prose_periods``) with each duration of a 52–53-week filer
    (``context.weeks``) placed in weeks, as its statements' columns are: "the three months ended
    December 31, 2010" of a year ending Friday, December 31, 2010 runs 13 weeks from October 2, not
    calendar months from October 1. A phrase any period of which cannot be placed (``_week_period``)
    is left out whole, and given back as its span and a note saying why: a figure said of it has
    no certain period."""
    calendar = context.weeks
    if calendar is None or all(p.period.instant is not None for p in phrases):
        return phrases, []
    placed: list[PeriodPhrase] = []
    declined: list[tuple[tuple[int, int], str]] = []
    for start, end in dict.fromkeys((p.start, p.end) for p in phrases):
        group = [p for p in phrases if (p.start, p.end) == (start, end)]
        # "the fourth quarter and fiscal year ended December 31, 2010": the quarter closes that year.
        years = {p.period.end for p in group if p.period.end is not None and period_months(p.period) == 12}
        own = dataclasses.replace(calendar, year_ends=calendar.year_ends | years) if years else calendar
        weeks = [_week_period(p.period, text[start:end], own, context) for p in group]
        why = next((why for _, why in weeks if why), "")
        if why:
            declined.append(
                ((start, end), f"{' '.join(text[start:end].split())!r}, a 52–53-week period: {why}; not read")
            )
            continue
        placed.extend(
            dataclasses.replace(p, period=period) for p, (period, _) in zip(group, weeks, strict=True)
        )
    return placed, declined


def _week_period(period: Period, words: str, calendar: WeekCalendar, context: _Context) -> tuple[Period, str]:
    """A period of a 52–53-week year that ``words`` name by its end date, placed in weeks by
    ``calendar`` (``WeekCalendar.week_duration``); or the period as it was and why it cannot be
    placed: its end is not printed (the first quarter of a year named by its end), falls on another
    weekday than the filer's periods end on ("December 31, 2009" of "… ended December 31, 2010 and
    2009", a year that ended on Friday, January 1, 2010), or its first day is in doubt (a year or a
    fourth quarter whose year's start the filing does not print; a quarter, when the filing prints
    no year's end and does not name it a first, second or third one: it may be a fourth quarter of
    14 weeks)."""
    end = period.end
    if end is None or period.start is None:
        return period, ""  # an instant: the same day in any calendar
    if (end.month, end.day) not in {
        (MONTHS.get(m["month"].lower().rstrip(".")), int(m["day"])) for m in _MONTH_DAY.finditer(words)
    }:
        return period, f"its end, {end.isoformat()}, is not printed"
    day = context.week_day
    if (day is None and not is_weekday_end(end)) or (day is not None and end.weekday() != day):
        return period, f"it ends on {end.isoformat()}, a day the filer's periods do not end on"
    months = period_months(period)
    inner = {quarter_end for (_, quarter), quarter_end in context.week_ends.items() if quarter < 4}
    if months == 3 and not calendar.year_ends and end not in inner:
        return period, "the filing prints no year's end, so whether the quarter closes one is unknown"
    weeks = calendar.week_duration(end, months)
    if weeks is None:
        return period, "the filing prints no end of the year before, so its first day is in doubt"
    return weeks, ""


def _year_to_date_phrases(text: str, context: _Context) -> list[PeriodPhrase]:
    """ "Year-to-date, net loss was …": from the fiscal year's start to the end of the periods the
    release reports ("results for the third quarter ended September 30, 2008"), when those all end
    on one month's end and the fiscal year's end is known."""
    match = _YEAR_TO_DATE.search(text) if "date" in text.lower() else None
    fye = context.fye
    if match is None or fye is None or fye[1] != month_end(2001, fye[0]):
        return []
    ends = {p.end for p in context.reporting if p.end is not None}
    if len(ends) != 1:
        return []
    (end,) = ends
    if end.day != month_end(end.year, end.month):
        return []
    months = (end.month - fye[0]) % 12 or 12
    return [PeriodPhrase(duration_ending(end, months), match.start(), match.end())]


def _kind_ok(figure: _Figure, period: Period) -> bool:
    """A balance-sheet concept (and a repurchase to date) needs an instant; every other one a duration."""
    wants_instant = figure.phrase is not None and (
        figure.phrase.concept.statement == "BalanceSheet"
        or figure.phrase.concept.name.startswith("StockRepurchasedToDate")
    )
    return (period.instant is not None) == wants_instant


#: A clause that goes back to the sentence's subject after a comparison: ", and include", ", which
#: included", ", and also includes".
_SUBJECT_AGAIN = cached_compile(r",\s+(?:and|which)\s+(?:also\s+)?includ\w*\b", re.IGNORECASE)


def _boundaries(text: str, figures: list[_Figure]) -> list[tuple[int, str]]:
    """Where clauses start: comparison markers ("compare") and fresh concept phrases ("base")."""
    marks = [(m.start(), "compare") for m in _COMPARISON.finditer(text)]
    # "…, compared to $3.7 million for 3QFY12, and include $5.1 million of …": the sentence's subject
    # again, of its own period, not the comparison's.
    marks += [(m.start(), "base") for m in _SUBJECT_AGAIN.finditer(text)]
    for figure in figures:
        phrase = figure.phrase
        if (
            phrase is None
            or figure.postfix
            or figure.inherited
            or figure.kind != "money"
            or figure.role == "eps"
        ):
            continue
        before = text[: phrase.start]
        if _ends_with(before, _AFTER_COMPARED) and _COMPARED_BEFORE.search(before):
            continue
        marks.append((phrase.start, "base"))
    return sorted(set(marks))


def _clause(figure: _Figure, marks: list[tuple[int, str]], length: int) -> tuple[int, int, str]:
    anchor = figure.start
    start, role = 0, "base"
    end = length
    for position, kind in marks:
        if position <= anchor:
            start, role = position, kind
        else:
            end = position
            break
    return start, end, role


def _assign_periods(
    text: str,
    figures: list[_Figure],
    phrases: list[PeriodPhrase],
    context: _Context,
    line: int,
    amounts: list[tuple[int, int]],
    unplaced: list[tuple[int, int]],
) -> Iterator[Skipped]:
    """Give each placed figure its period; ``amounts`` are where every amount of the sentence starts
    (those no concept was found for too: they still own the period words printed next to them);
    ``unplaced`` are the spans of fiscal years the sentence names that cannot be placed: a figure
    they are said of has no certain period."""
    marks = _boundaries(text, figures)
    sentence_base = _sentence_base(text, phrases, marks, context, unplaced)
    unplaced_base = any(_role_at(span[0], marks) == "base" for span in unplaced)
    both = _BOTH.search(text)
    last_base: Period | None = None
    extra: list[_Figure] = []
    for figure in list(figures):
        if figure.role == "eps":
            continue
        start, end, role = _clause(figure, marks, len(text))
        figure.role = role
        # A phrase with another amount between it and this one is that amount's: in "$3.0 million in
        # the preceding quarter and $2.2 million in the second quarter of fiscal 2003" the quarter
        # named is the $2.2 million's only.
        in_clause = [
            p
            for p in phrases
            if start <= p.start < end
            and _kind_ok(figure, p.period)
            and not _amount_between(text, amounts, figure, p.start, p.end)
            and not _SAME_PERIOD_OF.search(text, max(start, p.start - 60), p.start)
        ]
        if any(start <= a < end and not _amount_between(text, amounts, figure, a, b) for a, b in unplaced):
            # "For fiscal 2006 …" of a filer whose fiscal-year end is unknown: not another period named.
            yield Skipped(NAME, f"no period certain for {text[figure.start : figure.quote_end]!r}", line)
            continue
        own = _own_period(text, figure, amounts, phrases, end, context.fye)
        if own is not None and own.relative and role == "compare":
            # "compared to $241,000 for the same quarter last year, reflecting … the sale of common
            # stock in the third quarter of fiscal 2000": a period named after the amount's own
            # relative words is not its period (the comparison's base gives it, below).
            in_clause = [p for p in in_clause if p.start < figure.start]
        if own is not None and role == "base":
            # "$1.9 million in the year-ago quarter and $2.1 million in the fourth quarter of fiscal
            # 2009": the amount's own period words are its period, never another amount's.
            anchors = [p.period for p in _anchors(text, phrases, figure, amounts, start, end)]
            figure.period = own.period or (_relative_period(own.relative, anchors) if own.relative else None)
            if (
                figure.period is None
                and own.relative
                and sentence_base in {p.period for p in phrases if p.end <= figure.start}
            ):
                # "… compared to a pro forma net loss of $3.9 million for the same period last
                # year": against the period the sentence opens with.
                figure.period = _relative_period(
                    own.relative, [p.period for p in phrases if p.period == sentence_base]
                )
            if figure.period is None or not _kind_ok(figure, figure.period):
                figure.period = None
                yield Skipped(NAME, f"no period certain for {text[figure.start : figure.quote_end]!r}", line)
                continue
            last_base = figure.period
            continue
        listed = _respectively_period(
            text, figure, figures, in_clause or [p for p in phrases if _kind_ok(figure, p.period)]
        )
        if listed is not None:
            figure.period = listed
        elif both and role == "base" and len(context.last_pair) == 2:
            figure.period = context.last_pair[0]
            # "Both periods include $1.8 million of license and milestone fees."
            extra.append(_Figure(**{**figure.__dict__, "period": context.last_pair[1], "role": "compare"}))
        elif len({p.period for p in in_clause if p.count == 1}) >= 1:
            single = [p for p in in_clause if p.count == 1]
            figure.period = min(single, key=lambda p: _distance(p, figure)).period
        elif role == "compare" and (paired := _same_periods(text, figure, figures, start, end, context)):
            figure.period = paired
        elif role == "compare" and (prior := _prior_year(own, last_base or sentence_base)) is not None:
            figure.period = prior if _kind_ok(figure, prior) else None
        elif role == "compare":
            base = last_base or sentence_base
            # Its own words only: from it to the next amount ("… $6.5 million in the preceding quarter
            # and $5.0 million for the same period last year": the second amount's words).
            own_end = _own_words_end(text, amounts, figure, end)
            relative = _SAME_LAST_YEAR.search(text, start, min(end, own_end))
            if relative and base is not None and not _year_before(relative.group(), base, context):
                relative = None  # "the same period of 2006" against a 2008 quarter: not a year before
            bare_year = _BARE_YEAR.search(text, start, min(end, own_end))
            if base is not None and not _month_aligned(base):
                relative = None  # a 52–53-week quarter: the one a year before ends on another date
            if (relative and base is not None and _kind_ok(figure, base)) or (
                bare_year
                and base is not None
                and base.end is not None
                and period_months(base) == 12
                and int(bare_year.group("y")) == base.end.year - 1
            ):
                figure.period = year_earlier(base)
        else:
            # "for the nine-month period" with no nine months named before: not the last period read.
            # Nor when the sentence names a fiscal year that cannot be placed ("For fiscal 2006, …").
            own_base = sentence_base
            if own_base is not None and _base_of_another(text, figure, phrases, amounts, own_base, end):
                # "Total revenues for the quarter were $62.1 million, an increase of 57% over the
                # $39.5 million reported for the second quarter of fiscal 2003": that quarter is
                # the other amount's; this one's is the quarter its own words give, or none.
                own_base = _bare_base(text, context)
            candidate = own_base or (None if _BARE.search(text) or unplaced_base else context.last_base)
            if (
                candidate is not None
                and own_base is None
                and not _carried_fits(text[:end], candidate, context)
            ):
                candidate = None  # "For the full year, …" after a quarter: not the quarter read before
            if candidate is not None and _kind_ok(figure, candidate):
                figure.period = candidate
        if figure.period is not None and not _length_named(text[start:end], figure.period):
            figure.period = (
                None  # its clause names another length ("the nine-month period") than the period's
            )
        if figure.period is None:
            yield Skipped(NAME, f"no period certain for {text[figure.start : figure.quote_end]!r}", line)
        elif role == "base":
            last_base = figure.period
    figures.extend(extra)
    for figure in figures:
        if figure.role == "eps":
            source = max(
                (
                    f
                    for f in figures
                    if f.kind == "money"
                    and f.end <= figure.start
                    and f.phrase is not None
                    and f.phrase.concept.unit != "USDPerShare"
                ),
                key=lambda f: f.end,
                default=None,
            )
            figure.period = source.period if source else None
            figure.role = source.role if source else "base"


#: Periods a year before a list's, in order: "the same periods in 2008", "the corresponding periods of
#: fiscal 2009", "the same periods last year", "the prior-year periods".
_SAME_PERIODS = cached_compile(
    r"\b(?:(?:same|corresponding|comparable)\s+(?:[\w-]+\s+)?periods\b(?:\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?year|(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)"
    r"|\s+(?:last|a)\s+year(?:\s+ago)?)?|(?:prior|previous|last)[\s-]year\s+periods)\b",
    re.IGNORECASE,
)


def _same_periods(
    text: str, figure: _Figure, figures: list[_Figure], start: int, end: int, context: _Context
) -> Period | None:
    """ "… were $9.9 million and $21.3 million for the three and six months ended June 30, 2009,
    respectively, compared to $11.2 million and $22.1 million for the same periods in 2008": the n-th
    amount of the comparison, a year before the n-th amount's period of the same concept before it.
    None unless the counts agree, the periods differ and run over whole months, and any year named
    is the one before."""
    compared = [
        f for f in figures if f.kind == "money" and f.phrase is figure.phrase and start <= f.start < end
    ]
    if len(compared) < 2 or figure not in compared:
        return None
    words = _SAME_PERIODS.search(text, compared[-1].end, end)
    if words is None:
        return None
    based = [
        f
        for f in figures
        if f.kind == "money"
        and f.phrase is figure.phrase
        and f.end <= start
        and f.role == "base"
        and f.period
    ][-len(compared) :]
    periods = [f.period for f in based]
    if len(based) != len(compared) or len(set(periods)) != len(periods):
        return None
    base = periods[compared.index(figure)]
    assert base is not None
    if not all(p is not None and _month_aligned(p) for p in periods) or not _year_before(
        words.group(), base, context
    ):
        return None
    return year_earlier(base)


@dataclass(frozen=True)
class _OwnPeriod:
    """The period words right after a figure name as its own: ``relative`` words to resolve against
    the sentence's period ("the year-ago quarter"), or the ``period`` they give by themselves ("in
    2009" of a December filer); neither when no period is certain ("in calendar 2008")."""

    relative: str = ""
    period: Period | None = None


#: A calendar year by its number alone, after "in" or "for": "$41.2 million in 2009".
_OWN_YEAR = cached_compile(
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*(?:,|and|&|-|–|to|through)\s*(?:19|20)?\d\d)(?![\s-]*(?:fiscal|first|second|third|fourth|full|'s|’s))"
)


def _own_period(
    text: str,
    figure: _Figure,
    amounts: list[tuple[int, int]],
    phrases: list[PeriodPhrase],
    limit: int,
    fye: tuple[int, int] | None,
) -> _OwnPeriod | None:
    """What the words right after a figure say of its period when they name one of its own ("$1.9
    million in the year-ago quarter", "… in 2009"); None when they name none, or one the sentence
    reads as a phrase (a dated or numbered period) or gives ("for the quarter"), which the figure
    takes as before."""
    own_end = min(_own_words_end(text, amounts, figure, limit), limit)
    lead = _OWN_PERIOD_LEAD.match(text, figure.end, own_end)
    if lead is None:
        return None
    at = lead.end()
    same = re.compile(r"(?:the\s+)?").match(text, at)
    assert same is not None
    relative = _RELATIVE.match(text, at, own_end) or _SAME_LAST_YEAR.match(text, same.end(), own_end)
    # Relative words are the amount's own period, whatever phrase the clause names after them
    # ("…, reflecting the sale of stock in the third quarter of fiscal 2000"); but not where a
    # phrase read starts inside them.
    if relative is not None and not any(at <= p.start < relative.end() for p in phrases):
        return _OwnPeriod(relative=relative.group())
    if any(at <= p.start < own_end for p in phrases):
        return None  # "$19.4 million for the full fiscal year ended June 30, 2009": a phrase read
    if _OWN_BARE.match(text, at, own_end) or not opens_period(text, at):
        return None
    year = _OWN_YEAR.match(text, at, own_end)
    if year is not None and fye == (12, 31):
        # A December filer's fiscal year is the calendar year its number names.
        number = int(year.group("y"))
        return _OwnPeriod(period=Period(start=dt.date(number, 1, 1), end=dt.date(number, 12, 31)))
    return _OwnPeriod()


def _anchors(
    text: str,
    phrases: list[PeriodPhrase],
    figure: _Figure,
    amounts: list[tuple[int, int]],
    start: int,
    end: int,
) -> list[PeriodPhrase]:
    """The period phrases of a figure's clause that its relative words ("in the year-ago quarter")
    may be read against: one before it, or one another amount's own ("… and $2.1 million in the
    fourth quarter of fiscal 2009"); not one of a later aside ("…, reflecting the sale of stock in
    the third quarter of fiscal 2000"), which names another event's period."""
    return [
        p
        for p in phrases
        if start <= p.start < end
        and p.count == 1
        and (
            p.end <= figure.start
            or any(
                b <= p.start and _OWN_LEAD_ONLY.fullmatch(text, b, p.start)
                for a, b in amounts
                if a != figure.start
            )
        )
    ]


def _month_aligned(period: Period) -> bool:
    """Whether a duration runs from a month's first day to a month's last (not a 52–53-week one)."""
    if period.start is None or period.end is None:
        return False
    return period.start.day == 1 and period.end.day == month_end(period.end.year, period.end.month)


def _relative_period(words: str, anchors: list[Period]) -> Period | None:
    """The period relative words name ("the year-ago quarter", "the prior quarter", "the prior fiscal
    year", "the same period last year"), against the one period of that length the sentence's
    clause names by its dates or number (``anchors``); None unless there is exactly one, running
    from a month's first day to a month's last."""
    relative = _RELATIVE.fullmatch(words)
    unit = (relative.group("unit") or relative.group("unit2") or "") if relative else ""
    unit = unit.lower()
    months = 3 if unit == "quarter" else 12 if unit.endswith("year") else None
    if months is None and re.search(r"(?i)\bquarter\b", words):
        months = 3
    fitting = {p for p in anchors if p.instant is None and (months is None or period_months(p) == months)}
    if len(fitting) != 1:
        return None
    (anchor,) = fitting
    if not _month_aligned(anchor):
        return None
    if relative is not None and relative.group("back") and months == 3:
        assert anchor.start is not None
        return duration_ending(anchor.start - dt.timedelta(days=1), 3)  # the quarter before
    return year_earlier(anchor)


def _prior_year(own: _OwnPeriod | None, base: Period | None) -> Period | None:
    """The year before ``base`` when a compared amount's own words name the year before ("compared
    with $16.9 million in the prior year", "… for the prior fiscal year", "… the previous year") and
    the sentence's base period is a whole year; None otherwise: "in the prior year" after a quarter
    may be the year-ago quarter or the whole prior year."""
    if own is None or not own.relative or base is None or base.instant is not None:
        return None
    relative = _RELATIVE.fullmatch(own.relative)
    if (
        relative is None
        or not relative.group("back")
        or not (relative.group("unit") or "").lower().endswith("year")
    ):
        return None
    if (
        relative.group("back").lower() == "sequential"
        or period_months(base) != 12
        or not _month_aligned(base)
    ):
        return None
    return year_earlier(base)


def _amount_between(
    text: str, amounts: list[tuple[int, int]], figure: _Figure, phrase_start: int, phrase_end: int
) -> bool:
    """Whether another amount stands between ``figure`` and the period phrase at ``phrase_start``–
    ``phrase_end``, unless only a list joins them ("$0.8 million and $0.5 million, respectively, for
    the same quarter last year"). A phrase before ``figure`` printed right after another amount
    ("$4.1 million in the fourth quarter of fiscal 2008 and $5.2 million …") is that amount's."""
    if phrase_start >= figure.end:
        return _own_words_end(text, amounts, figure, phrase_start) < phrase_start
    return any(
        phrase_end <= start < figure.start
        or (
            end <= phrase_start
            and start != figure.start
            and _OWN_LEAD_ONLY.fullmatch(text, end, phrase_start)
        )
        for start, end in amounts
    )


#: Only the words opening an amount's own period ("in the ", "for ") between it and a phrase.
_OWN_LEAD_ONLY = cached_compile(_OWN_PERIOD_LEAD.pattern + r"(?:the\s+)?", re.IGNORECASE)


def _own_words_end(text: str, amounts: list[tuple[int, int]], figure: _Figure, limit: int) -> int:
    """Where the words that follow ``figure`` stop being its own: at the next amount that is not
    listed with it ("$0.8 million and $0.5 million" share what follows them)."""
    previous_end = figure.end
    for start, end in amounts:
        if start < figure.end or start >= limit:
            continue
        if text[previous_end:start].strip(" ,").lower() not in _LIST_JOINERS:
            return start
        previous_end = end
    return limit


_LIST_JOINERS = {"", "and", "or", "and/or"}


_LENGTH_COUNT = r"(?:three|six|nine|twelve|3|6|9|12)"
#: Lengths of period a clause may name without a date: "nine-month", "six months", "first half",
#: "full year", "twelve months", "quarter", and lists of them ("three and nine months", "three- and
#: nine-month periods").
_LENGTH_WORDS = cached_compile(
    rf"\b(?:(?P<n>{_LENGTH_COUNT}(?:-?\s*(?:,|and|&)\s*{_LENGTH_COUNT})*)[\s-]+months?|(?P<quarter>quarter)"
    r"|(?P<half>(?:first|second|last)\s+half|half[\s-]year)|(?P<year>full[\s-]year|fiscal\s+year|year[\s-]end(?:ed)?))\b",
    re.IGNORECASE,
)
_LENGTH_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


#: The year a comparison's period is taken from, after "the same period", "the same quarter" or "the
#: corresponding periods": "of the prior fiscal year", "in fiscal year 2003". It names which year, not
#: a length: "the same period of the prior fiscal year" is the sentence's own period a year earlier
#: (``_SAME_LAST_YEAR``, ``_SAME_PERIODS``). Not a fiscal year dated ("of the prior fiscal year ended
#: June 30, 2003"): that is a period of its own.
_SAME_PERIOD_YEAR = cached_compile(
    r"\b(?:same\s+(?:[\w-]+\s+){0,2}?(?:period|quarter)|(?:same|corresponding|comparable)\s+(?:[\w-]+\s+)?periods)\s+"
    r"(?P<year>(?:of|in)\s+(?:the\s+)?(?:(?:prior|previous|preceding|last)\s+fiscal\s+year"
    r"|fiscal\s+year\s+(?:19|20)\d\d)\b)(?!\s*,?\s*(?:ended|ending)\b)",
    re.IGNORECASE,
)


#: Words before a period phrase that make it the year a comparison's period is taken from, not that
#: period: "the same period of the prior fiscal year ended June 30, 2003" (six months of it, not the
#: year), "the same quarter of 2010".
_SAME_PERIOD_OF = cached_compile(
    r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:period|quarter)s?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:prior|previous|preceding|last)\s+)?\Z",
    re.IGNORECASE,
)


def _length_named(clause: str, period: Period) -> bool:
    """False when the clause names lengths of period and the period's is none of them: a figure
    "for the nine-month period" is not the quarter's, whatever period was read before. The fiscal
    year of "the same period of the prior fiscal year" is no length named (``_SAME_PERIOD_YEAR``)."""
    if period.instant is not None:
        return True
    clause = _SAME_PERIOD_YEAR.sub(lambda m: m.group()[: m.start("year") - m.start()], clause)
    named: set[int] = set()
    for match in _LENGTH_WORDS.finditer(clause):
        if match.group("n"):
            named.update(_LENGTH_MONTHS[n.lower()] for n in re.findall(_LENGTH_COUNT, match.group("n"), re.I))
        elif match.group("quarter"):
            named.add(3)
        elif match.group("half"):
            named.add(6)
        else:
            named.add(12)
    return not named or period_months(period) in named


#: Words of a sentence naming a period without its dates: "for the year", "over the whole year", "the
#: transition period" (of a filer changing its fiscal year), "the first half", "year to date".
_UNDATED_YEAR = cached_compile(
    r"\b(?:for|in|during|over)\s+(?:the\s+(?:whole\s+|entire\s+)?year\b"
    # A year by its number ("Revenue for 2007 was …"): a year, even where it cannot be placed.
    r"|(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b(?!['’]s|\s*(?:,|and|&)\s*(?:19|20)\d\d|\s+(?:first|second|third|fourth)\b))",
    re.IGNORECASE,
)
#: Right before a year: the part of it a phrase names ("the fourth quarter in fiscal 2006"). (Not
#: ``_PART_BEFORE``, the wider list of what a fiscal year by number may be the whole of.)
_PART_BEFORE_YEAR = cached_compile(r"\b(?:quarter|half|months?|period)\s*$", re.IGNORECASE)
_UNDATED_OTHER = cached_compile(r"\btransition\s+period\b|\byear[\s-]to[\s-]date\b", re.IGNORECASE)
#: Periods named against another besides ``_SAME_LAST_YEAR`` and ``_RELATIVE``: "the comparable
#: period", "the corresponding quarter", "the last twelve months", "a year ago", "the second quarter
#: last year".
_OTHER_RELATIVE = cached_compile(
    r"\b(?:comparable|corresponding|same)\s+(?:[\w-]+\s+)?(?:period|quarter)s?\b"
    r"|\b(?:last|past|trailing|prior)\s+(?:twelve|12)[\s-]+months?\b|\byears?\s+(?:ago|earlier)\b"
    r"|\b(?:last|prior|previous|preceding)\s+(?:fiscal\s+)?year\b",
    re.IGNORECASE,
)
#: A quarter or half named by its number: "in the fourth quarter", "the second quarter last year".
_NUMBERED_PART = cached_compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(?:quarter|half)\b", re.IGNORECASE
)


def _carried_fits(words: str, period: Period, context: _Context) -> bool:
    """Whether a period read in an earlier sentence may be a figure's, given the words of its sentence
    up to the figure's clause end: they may name no other length ("For the full year, the net loss
    was …" after a quarter's figures), no undated year of another length, no transition period, no
    other quarter or half by its number ("Net income in the fourth quarter was …" after a second
    quarter's figures is not the second quarter's; see ``_numbered_part_is``) and no period named
    against another ("the prior-year quarter", "the comparable period", "a year ago")."""
    if period.instant is not None:
        return True
    if not _length_named(words, period) or _UNDATED_OTHER.search(words):
        return False
    if not all(_numbered_part_is(match, words, period, context) for match in _NUMBERED_PART.finditer(words)):
        return False
    if _SAME_LAST_YEAR.search(words) or _RELATIVE.search(words) or _OTHER_RELATIVE.search(words):
        return False  # "In the same quarter last year, net income was …": not the quarter read before
    return period_months(period) == 12 or not any(
        not _PART_BEFORE_YEAR.search(words, max(0, m.start() - 20), m.start())
        for m in _UNDATED_YEAR.finditer(words)
    )


def _numbered_part_is(match: re.Match[str], words: str, period: Period, context: _Context) -> bool:
    """Whether the quarter or half ``match`` names by its number ("the fourth quarter", "the fourth
    quarter in fiscal 2006", "fiscal 2006's fourth quarter") is ``period``: its fiscal year's part of
    that number, and of the fiscal year a number printed beside it names, if any. False where the
    fiscal calendar is unknown."""
    fiscal_year, fiscal_period = fiscal_of(period, context.fye)
    words_of = match.group().lower().split()
    number = _PART_NUMBERS[words_of[0]]
    part = "H" if words_of[-1] == "half" else "Q"
    if fiscal_year is None or fiscal_period != f"{part}{number}":
        return False
    near = words[max(0, match.start() - 25) : match.end() + 20]
    printed = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", near)]
    if not printed:
        return True
    if context.naming is None:
        return False  # a fiscal year by number the filer's numbering leaves in doubt
    return printed == [fiscal_year - context.naming] * len(printed)


def _year_before(words: str, base: Period, context: _Context) -> bool:
    """Whether the year a "same period" phrase names ("in 2007", "in fiscal 2010"), if any, is the
    one before ``base``'s: a calendar year against the year ``base`` ends in, a fiscal year against
    ``base``'s fiscal year as the filer numbers it (unknown without a fiscal-year end: then not
    contradicted; a numbering in doubt contradicts it)."""
    year = re.search(r"(?:19|20)\d\d", words)
    if year is None:
        return True
    if re.search(r"(?i)\bfiscal\b", words):
        fiscal_year, _ = fiscal_of(base, context.fye)
        if fiscal_year is not None and context.naming is None:
            return False
        return fiscal_year is None or int(year.group()) == fiscal_year - (context.naming or 0) - 1
    end = base.end or base.instant
    return end is not None and int(year.group()) == end.year - 1


def _distance(phrase: PeriodPhrase, figure: _Figure) -> int:
    return phrase.start - figure.end if phrase.start >= figure.end else figure.start - phrase.end


def _respectively_period(
    text: str, figure: _Figure, figures: list[_Figure], phrases: list[PeriodPhrase]
) -> Period | None:
    """ "$0.3 and $0.6 million for … fiscal years 2011 and 2010, respectively": the n-th amount, the n-th period."""
    if not _RESPECTIVELY.search(text):
        return None
    group = [f for f in figures if f.kind == "money" and f.phrase is figure.phrase and not f.inherited]
    if figure not in group or len(group) < 2:
        return None
    for phrase in phrases:
        listed = [p for p in phrases if (p.start, p.end) == (phrase.start, phrase.end)]
        if phrase.count == len(group) == len(listed):
            return listed[group.index(figure)].period
    return None


def _role_at(at: int, marks: list[tuple[int, str]]) -> str:
    """The role of the clause that words at ``at`` are in: "base", or "compare" after a comparison."""
    role = "base"
    for position, kind in marks:
        if position <= at:
            role = kind
    return role


def _base_of_another(
    text: str,
    figure: _Figure,
    phrases: list[PeriodPhrase],
    amounts: list[tuple[int, int]],
    base: Period,
    clause_end: int,
) -> bool:
    """Whether the sentence's period ``base`` (``_sentence_base``) is named only in ``figure``'s own
    clause (which ends at ``clause_end``), after it and another amount: the words are that amount's
    own period, not this one's. Named in a later clause of another concept ("Revenues were $5.0
    million and net loss was $3.0 million for the third quarter of 2008"), it is the whole sentence's."""
    named = [p for p in phrases if p.period == base and p.count == 1]
    return bool(named) and all(
        figure.end <= p.start < clause_end and _amount_between(text, amounts, figure, p.start, p.end)
        for p in named
    )


def _sentence_base(
    text: str,
    phrases: list[PeriodPhrase],
    marks: list[tuple[int, str]],
    context: _Context,
    unplaced: list[tuple[int, int]],
) -> Period | None:
    """The period a sentence is about: its first period phrase outside a comparison, or a bare
    "for the three-month period" resolved against the periods named before it. None when a fiscal
    year that cannot be placed comes first ("For fiscal 2006, …" with no known fiscal-year end)."""
    first_unplaced = min((a for a, _ in unplaced if _role_at(a, marks) == "base"), default=len(text))
    for phrase in phrases:
        if phrase.start > first_unplaced:
            return None
        if _role_at(phrase.start, marks) == "base" and phrase.count == 1:
            return phrase.period
    if first_unplaced < len(text):
        return None
    return _bare_base(text, context)


#: A comparison with the quarter before or a year before, whose words make the sentence's own period
#: a quarter: "compared to $16.3 million in the prior year quarter", "… the year-ago quarter", "…
#: the same quarter last year", "… the prior quarter".
_COMPARED_QUARTER = cached_compile(
    r"\b(?:compared|versus|vs\.|from)\b[^$;]{0,40}?\$[^;]*?\b(?:in|for|during|over|with)\s+(?:the\s+)?"
    r"(?:(?:prior|previous|preceding|last)[\s-]+year(?:['’]s)?|year[\s-]+(?:ago|earlier)|prior|previous|"
    r"preceding|same|corresponding|comparable)\s+quarter\b",
    re.IGNORECASE,
)


#: Words naming a period, or the length of one: before a comparison with "the prior year quarter",
#: they leave the sentence's own period to them ("Revenues for the fourth quarter of fisca1 2009 were
#: …", a phrase OCR damaged: not the quarter reported).
_PERIOD_WORDS = cached_compile(
    r"\b(?:quarters?|years?|months?|periods?|half|fiscal|FY|Q[1-4]|[1-4]Q|weeks?|(?:19|20)\d\d|"
    r"year[\s-]+to[\s-]+date|ytd)\b",
    re.IGNORECASE,
)


#: "in the third quarter," with no year: the quarter of that number the release reports, if any (not
#: "the third quarter of 2002", "… last year", "… ended …", "… a year ago").
_BARE_ORDINAL_QUARTER = cached_compile(
    r"\b(?:for|in|during)\s+the\s+(?P<nth>first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b"
    r"(?!\s*(?:of|in|ended|ending|last|a\s+year|year|fiscal|FY|(?:19|20)\d\d)\b|['’-])",
    re.IGNORECASE,
)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PART_NUMBERS = {**_QUARTER_ORDINALS, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _reported_quarter(number: int, context: _Context) -> Period | None:
    """The quarter the release reports (``_Context.reporting``) when it is its fiscal year's quarter
    ``number``: "Development fees were $1.4 million in the third quarter" of a release of the three
    months ended March 31, 2003 of a June filer. None for any other release (a fourth-quarter
    release's "in the third quarter" is an earlier quarter, of a year its words do not give), or a
    filer whose fiscal-year end is unknown."""
    for period in context.reporting:
        if period.instant is None and period_months(period) == 3:
            _, fiscal_period = fiscal_of(period, context.fye)
            return period if fiscal_period == f"Q{number}" else None
    return None


def _bare_base(text: str, context: _Context) -> Period | None:
    """The period a sentence naming none by its dates is about, when its words give its length: a
    bare "for the three-month period" or "in the quarter", or a comparison with the quarter a year
    before after words naming no period ("Royalty revenues increased 46% to $23.8 million, compared
    to $16.3 million in the prior year quarter": the sentence is of a quarter). It is the last period
    a figure was given for (never a comparison's: "…, compared to $2.7 million in the second quarter
    of fiscal 2001. G&A were $1.2 million for the quarter" is the quarter reported), then the
    release's own period, then any named in the paragraph, of that length."""
    bare = _BARE.search(text)
    ordinal = None if bare else _BARE_ORDINAL_QUARTER.search(text)
    if ordinal is not None:
        return _reported_quarter(_QUARTER_ORDINALS[ordinal.group("nth").lower()], context)
    compared = None if bare else _COMPARED_QUARTER.search(text)
    if bare:
        months = _BARE_MONTHS[bare.group("count").lower()] if bare.group("count") else 3
    elif compared is not None and not _PERIOD_WORDS.search(text, 0, compared.start()):
        months = 3
    else:
        return None
    last = [context.last_base] if context.last_base is not None else []
    for period in [*last, *context.reporting, *reversed(context.paragraph_periods())]:
        if period.instant is None and period_months(period) == months:
            return period
    return None


# ---------------------------------------------------------------------------------------------
# Share repurchases


def _repurchases(
    doc: Document,
    offset: int,
    text: str,
    figures: list[_Figure],
    phrases: list[PeriodPhrase],
    context: _Context,
) -> Iterator[FinancialFact | Skipped]:
    """ "As of March 31, 2003, the Company had repurchased 3,619,062 shares … at a total cost of $10.9 million"."""
    for match in _REPURCHASE.finditer(text):
        cost = next((f for f in figures if f.kind == "money" and f.start == match.end()), None)
        if cost is None:
            continue
        figures.remove(cost)
        instants = [p.period for p in phrases if p.period.instant is not None and p.count == 1]
        durations = [p.period for p in phrases if p.period.instant is None and p.count == 1]
        if len(instants) == 1 and not durations:
            names, period = ("StockRepurchasedToDateShares", "StockRepurchasedToDateCost"), instants[0]
        elif len(durations) == 1 and not instants:
            names, period = (
                ("StockRepurchasedDuringPeriodShares", "StockRepurchasedDuringPeriodCost"),
                durations[0],
            )
        else:
            yield Skipped(
                NAME,
                "share repurchase without one certain date or period",
                doc.line_of(offset + match.start()),
            )
            continue
        number = match.group("n")
        if "million" in number.lower():
            count = Money(*_million(number), 0, 0, True)
        else:
            count = Money(Decimal(number.replace(",", "")), 0, 0, 0, False)
        fiscal_year, fiscal_period = fiscal_of(period, context.fye)
        shares_start = offset + match.start("n")
        yield FinancialFact(
            concept=names[0], period=period, value=count.value, unit="Shares", decimals=count.decimals,
            fiscal_year=fiscal_year, fiscal_period=fiscal_period, label="shares repurchased",
            statement="Narrative", evidence=(doc.evidence(offset + match.start(), shares_start + len(number) + len(" shares"), NAME),),
        )  # fmt: skip
        yield FinancialFact(
            concept=names[1], period=period, value=cost.value, unit="USD", decimals=cost.decimals,
            fiscal_year=fiscal_year, fiscal_period=fiscal_period, label="total cost of shares repurchased",
            statement="Narrative", evidence=(doc.evidence(offset + cost.start, offset + cost.quote_end, NAME),),
        )  # fmt: skip


def _million(number: str) -> tuple[Decimal, int]:
    digits = number.lower().replace("million", "").strip()
    frac = digits.split(".")[1] if "." in digits else ""
    return normalise(Decimal(digits).scaleb(6)), len(frac) - 6


# ---------------------------------------------------------------------------------------------
# Facts


def _fact(
    doc: Document, offset: int, text: str, figure: _Figure, fye: tuple[int, int] | None, sign: int
) -> FinancialFact:
    phrase = figure.phrase
    assert phrase is not None and figure.period is not None
    start, end = figure.start, figure.quote_end
    if figure.postfix and figure.kind == "money" and phrase.start >= end and phrase.start - end < 12:
        end = phrase.end  # "$1.8 million of license and milestone fees"
    elif (
        not figure.postfix
        and not figure.inherited
        and figure.start - phrase.end < 120
        and figure.first_in_list
    ):
        start = phrase.start  # "net loss of $4.7 million"
    unit = phrase.concept.unit if figure.kind != "per_share" else "USDPerShare"
    fiscal_year, fiscal_period = fiscal_of(figure.period, fye)
    label = (
        phrase.words if figure.kind != "per_share" else " ".join(text[figure.start : figure.end].split()[1:])
    )
    return FinancialFact(
        concept=UNNAMED_EPS if phrase.eps_unnamed else phrase.concept.name,
        period=figure.period,
        value=normalise(sign * figure.value),
        unit=unit,  # type: ignore[arg-type]
        decimals=figure.decimals,
        fiscal_year=fiscal_year,
        fiscal_period=fiscal_period,
        label=label,
        statement="Narrative",
        evidence=(doc.evidence(offset + start, offset + end, NAME),),
    )
