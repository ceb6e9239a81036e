"""Statement tables: condensed balance sheets, statements of operations and of cash flows.

Reads the "SELECTED FINANCIAL INFORMATION" part of a release: each statement's title, its scale
heading ("in thousands, except per share amounts"), its column headers (which give the periods)
and its rows (label → concept, cells → values). A cell that is not printed yields no fact.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.checks import REVENUE_PARTS, Identities, identity_confirms
from kg.concepts import (
    Concept,
    Sense,
    clean_label,
    concept_table,
    label_sense,
    local_concept_key,
    mend_ocr_words,
    normalise_label,
)
from kg.corpus import Document
from kg.edgar import header_fields
from kg.extractors.financials.rows import Row, ValueCell, document_rows, line_row
from kg.fiscal import (
    document_fiscal_year_end,
    document_fiscal_year_naming,
    document_week_quarter_ends,
    fiscal_period_of,
    fiscal_year_of,
    states_week_year,
)
from kg.memo import short_string_cache
from kg.model import FinancialFact, Period, Skipped, StatementKind
from kg.numbers import normalise, scale_exactly
from kg.pattern_cache import cached_compile
from kg.periods import (
    INCEPTION,
    WEEK_DRIFT_DAYS,
    WeekCalendar,
    drift_days,
    duration_columns,
    duration_groups,
    fiscal_label_columns,
    instant_columns,
    is_header_fragment,
    is_period_header,
    is_weekday_end,
    is_years_line,
    names_duration,
    names_other_periods,
    names_weeks,
    period_months,
    period_words,
    repair_header,
    safe_date,
    shares_week_day,
    strip_inception,
    weekday_months,
)
from kg.text import MONTH_NAME, fold_case

NAME = "financials"

_TITLE = cached_compile(
    r"\b(?P<bs>balance\s+sheets?|statements?\s+of\s+financial\s+position)"
    r"|\b(?P<is>statements?\s+of\s+(?:consolidated\s+)?(?:operations|income|loss|comprehensive\s+(?:loss|income))"
    r"|income\s+statements?)"
    r"|\b(?P<cf>statements?\s+of\s+cash\s+flows?)",
    re.IGNORECASE,
)
#: "(in thousands, except per share amounts)", "(Dollars in millions)", and the older "(000's omitted,
#: except per share data)", "($000s)", "(in $000's)".
#: A currency named between "in" and the scale word: "(in EUR thousands)", "(in US$ millions)",
#: "(in € thousands)". Which currency it is is read apart (``_FOREIGN_CURRENCY``).
_SCALE_CURRENCY = r"(?:(?:U\.?S\.?\s*)?\$|[A-Z]{1,3}\$|USD|EUR|GBP|CHF|DKK|SEK|NOK|JPY|CAD|AUD|€|£|¥)"
_SCALE = cached_compile(
    rf"\bin\s+(?:{_SCALE_CURRENCY}\s*)?(?P<word>thousands|millions|billions)\b(?P<rest>[^)\n]*)"
    r"|(?:\(\s*(?:in\s+)?\$?\s*|\b)(?P<omitted>000['’]?s)(?:\s+omitted)?\b(?P<rest2>[^)\n]*)",
    re.IGNORECASE,
)
_SCALE_POWER = {"thousands": 3, "millions": 6, "billions": 9}
#: Words one of which every ``_SCALE`` match holds (case-folded).
_SCALE_WORDS = (*_SCALE_POWER, "000's", "000s", "000’s")
#: The heading's exception for share counts: "except share and per share data", "except per share
#: and share data", "except shares", "except for number of shares".
_SHARES_EXCEPTED = cached_compile(
    r"except\s+(?:for\s+)?(?:number\s+of\s+)?shares?\b|shares?\s+and\s+per|per[\s-]+share\s+(?:data\s+|amounts\s+)?and\s+(?:number\s+of\s+)?shares?\b"
)
_SECTION = cached_compile(
    r"^(revenues?|expenses|operating expenses|costs and expenses|assets|current assets|liabilities"
    r"|liabilities and (stockholders|shareholders) equity( \(deficit\))?|current liabilities"
    r"|(stockholders|shareholders) equity|other income( \(expense\))?)$"
)
_URL = cached_compile(r"^\s*(?:https?://|www\.)\S+\s*$")
#: A heading over statement figures that names no statement: "SELECTED CONSOLIDATED FINANCIAL DATA",
#: "Selected Financial Information (in thousands)", "Summary Financial Data". What the figures
#: under it are (periods or balance-sheet dates) is told by their column headers.
_SELECTED = cached_compile(
    r"(?i)^\s*(?:unaudited\s+)?(?:selected|summary)\s+(?:(?:condensed|consolidated|unaudited)\s+)*"
    r"financial\s+(?:data|information|highlights)\s*(?:\([^)]*\)\s*)*:?\s*$"
)
#: A page number printed between the two halves of a statement: "-2-", "- 2 -", "Page 2", "Page 2 of 3".
_PAGE_NUMBER = cached_compile(r"(?i)^\s*(?:-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$")
#: A running head repeated at the top of a page: the filer's name ("GALA IMMUNOTHERAPEUTICS, INC.").
_RUNNING_HEAD = cached_compile(
    r"(?i),?\s+(?:inc|incorporated|corp|corporation|ltd|limited|plc|llc|n\.v|s\.a|ag)\.?\s*(?:and\s+subsidiaries)?\s*$"
)
#: Totals a detached label may name: attached only where an accounting identity confirms them.
_DETACHABLE_TOTALS = (
    "Assets",
    "LiabilitiesAndStockholdersEquity",
    "Liabilities",
    "Revenues",
    "OperatingExpenses",
    "NetIncomeLoss",
)


#: Words naming a measure no GAAP statement reports: "Non-GAAP net loss", "Adjusted EBITDA", "Pro
#: forma net loss".
_NON_GAAP = cached_compile(r"(?i)\bnon[- ]?gaap\b|^\W*adjusted\b|\bebitda\b|\bpro[- ]forma\b")
#: The heading of a table of such measures: "RECONCILIATION OF GAAP TO NON-GAAP NET LOSS",
#: "Reconciliation of Net (Loss) Income to Adjusted EBITDA", "NON-GAAP FINANCIAL MEASURES".
_RECONCILIATION = cached_compile(r"(?i)^\W*(?:unaudited\s+)?(?:reconciliation|non[- ]?gaap)\b")


#: A currency other than the US dollar, as a statement's heading, scale line or cells name it: ISO
#: codes ("in EUR thousands"), symbols ("€ 25,400", "C$"), names ("in thousands of euros", "Swiss
#: francs"). The vocabulary's units are US dollars, dollars per share and shares only (VOCABULARY.md):
#: a statement in any other currency has no unit to store its figures in.
_FOREIGN_CURRENCY = cached_compile(
    r"(?P<code>\b(?:EUR|GBP|CHF|DKK|SEK|NOK|ISK|JPY|CNY|RMB|HKD|SGD|TWD|KRW|INR|CAD|AUD|NZD|ILS|NIS|ZAR"
    r"|BRL|MXN|PLN|CZK|HUF|RUB)\b)"
    r"|(?P<symbol>[€£¥₩₹₪]|(?<![\w.])(?:C|CA|CDN|A|AU|NZ|HK|S|NT|R|MX)\$)"
    r"|(?P<name>\b(?:euros?|pounds?\s+sterling|british\s+pounds?|swiss\s+francs?|francs?"
    r"|(?:danish|swedish|norwegian|icelandic)\s+kron(?:er|or|a|e|ur)|kron(?:er|or)|yen|renminbi|yuan"
    r"|rupees?|shekels?|(?:canadian|australian|new\s+zealand|hong\s+kong|singapore|taiwan)\s+dollars?)\b)",
    re.IGNORECASE,
)
#: In a statement's rows only a currency's symbol or a unit in brackets names the currency of the
#: figures ("Loss per share (in EUR)", "€ 25,400"): a label's words may name a currency for another
#: reason ("Loss on euro-denominated notes").
_ROW_CURRENCY = cached_compile(
    r"[€£¥₩₹₪]|(?<![\w.])(?:C|CA|CDN|A|AU|NZ|HK|S|NT|R|MX)\$|\(\s*(?:in\s+)?(?:thousands\s+of\s+|millions\s+of\s+)?"
    r"(?:EUR|GBP|CHF|DKK|SEK|NOK|JPY|CAD|AUD|euros?|pounds?\s+sterling|swiss\s+francs?|yen)\b[^)]*\)",
    re.IGNORECASE,
)


def foreign_currency(text: str) -> str | None:
    """The currency other than the US dollar a heading names ("in EUR thousands": "EUR"), or None."""
    match = _FOREIGN_CURRENCY.search(text)
    return " ".join(match.group().split()) if match else None


def _statement_currency(doc: Document, table: Table) -> tuple[str, int] | None:
    """The currency other than the US dollar a statement is printed in, and the line naming it: from
    its title, its scale line, its column headers, or a currency symbol or unit in brackets on one of
    its rows. A part of a statement cut from the one above (``Table.continues``) is in its currency."""
    chain: list[Table] = []
    current: Table | None = table
    while current is not None:
        chain.append(current)
        current = current.continues
    for part in chain:
        headings = [(part.title.text, part.title.line)] + [(r.text, r.line) for r in part.header]
        if part.scale.line is not None:
            headings.append((doc.lines[part.scale.line - 1], part.scale.line))
        for text, line in headings:
            named = foreign_currency(text)
            if named:
                return named, line
    for row in table.body:
        found = _ROW_CURRENCY.search(row.text)
        if found:
            return " ".join(found.group().strip("() ").split()), row.line
    return None


@short_string_cache(maxsize=8192)
def concept_of(label: str) -> Concept | None:
    """``concept_table().match(label)``, cached: statements and prose repeat the same labels."""
    return concept_table().match(label)


@dataclass
class Scale:
    """Powers of ten of a table's money cells and share counts (per-share amounts are never scaled)."""

    money: int = 0
    shares: int = 0
    #: The line (1-based) that states the scale, None when none does: its words may name a currency.
    line: int | None = None


@dataclass
class Table:
    """One statement found in the filing: kind, title, header rows, body rows.

    ``kind`` is None under a "Selected financial data" heading, which names no statement: the
    column headers tell it (periods: ``duration_kind``; balance-sheet dates: a balance sheet).
    """

    kind: StatementKind | None
    title: Row
    header: list[Row] = field(default_factory=list)
    body: list[Row] = field(default_factory=list)
    scale: Scale = field(default_factory=Scale)
    #: Rows of the statement that hold none of its figures: its header printed again after a page
    #: break, page numbers, a running head. Kept so that the prose reader leaves them alone too.
    furniture: list[Row] = field(default_factory=list)
    #: Lines of the body rows that come first on a new page: no label runs on over a page break.
    breaks: set[int] = field(default_factory=set)
    duration_kind: StatementKind = "IncomeStatement"
    #: The table whose body a new header line cut this one from (see ``_place_block``).
    continues: Table | None = None
    #: A reconciliation of non-GAAP measures ("RECONCILIATION OF GAAP TO NON-GAAP NET LOSS"): its rows
    #: restate GAAP lines or add them up to measures no statement reports; none is read.
    non_gaap: bool = False
    #: Rows under column headers of periods met in a balance sheet's body: no title says which
    #: statement of periods they belong to (a cash-flow summary, a statement of operations), and the
    #: balance sheet's kind is not theirs.
    kind_unnamed: bool = False


def extract_table_facts(doc: Document, fye: tuple[int, int] | None) -> Iterator[FinancialFact | Skipped]:
    """Every fact printed in the filing's statement tables, plus a ``Skipped`` for each row declined."""
    tables, stray = _segmented(doc)
    for index, table in enumerate(tables):
        following = tables[index + 1] if index + 1 < len(tables) else None
        yield from _table_facts(doc, table, fye, following)
    header_lines = {doc.line_of(f.start) for f in header_fields(doc.text)}
    for row in stray:
        if row.line in header_lines:
            continue  # an EDGAR header's field ("ACCESSION NUMBER: …"): read by the metadata extractor
        yield Skipped(
            NAME, f"numbers outside any statement table not read: {_shortened(row.text)!r}", row.line
        )


#: The most characters of a row's text a note quotes.
_NOTE_LENGTH = 100
#: A run of spaces between a row's words or figures.
_SPACES = cached_compile(r" {2,}")


def _shortened(text: str) -> str:
    """A row's text as a note quotes it: its runs of spaces as one (tabs kept: they part its cells),
    and cut at the last space before ``_NOTE_LENGTH`` characters (never inside a figure or word),
    marked by "…"."""
    flat = _SPACES.sub(" ", text.strip())
    if len(flat) <= _NOTE_LENGTH:
        return flat
    cut = max(flat.rfind(" ", 0, _NOTE_LENGTH), flat.rfind("\t", 0, _NOTE_LENGTH))
    return flat[: cut if cut > 0 else _NOTE_LENGTH] + " …"


def statement_lines(doc: Document) -> set[int]:
    """Line numbers the statement tables occupy (titles, headers, rows, stray number rows): the
    prose reader leaves them alone, so "$ 94,942" in a table row is never read as a prose amount."""
    tables, stray = _segmented(doc)
    rows = [row for t in tables for row in (t.title, *t.header, *t.body, *t.furniture)] + stray
    lines: set[int] = set()
    for row in rows:
        lines.update(range(doc.line_of(row.start), doc.line_of(max(row.start, row.end - 1)) + 1))
    return lines


# ---------------------------------------------------------------------------------------------
# Segmentation


#: The heading of cash-flow figures naming no "statement": "CONDENSED CONSOLIDATED CASH FLOW DATA",
#: "Selected Cash Flow Information", "Cash flow information", "Summary of Cash Flows". The whole line
#: is the heading (a scale or "(unaudited)" in brackets may close it): prose speaking of cash flows
#: is none.
_CASH_FLOW_HEADING = cached_compile(
    r"(?i)^\W*(?:(?:unaudited|condensed|consolidated|interim|selected|summary|summarized|abbreviated)\s+)*"
    r"(?:summary\s+of\s+|statements?\s+of\s+)?cash[\s-]+flows?"
    r"(?:\s+(?:statements?|data|information|highlights|summary))?"
    r"(?:\s*\([^)]*\))*\s*:?\s*$"
)


def _title_kind(row: Row) -> StatementKind | None:
    """The statement a title line names, or None for a line that is no statement's title."""
    text = _mended_title(row.text.strip())
    if len(text) > 220:
        return None
    folded = fold_case(text)
    if "cash" in folded and not row.cells and _CASH_FLOW_HEADING.match(text):
        return "CashFlow"
    if "statement" not in folded and "balance" not in folded:
        return None  # every title pattern names a balance sheet or a statement: skip the search
    match = _TITLE.search(text)
    if not match:
        return None
    words = match.group()
    starts_like_title = re.match(
        r"(?i)^(condensed|consolidated|statements?|balance|selected|unaudited|quarterly|annual|interim)\b",
        text,
    )
    if not (words.isupper() or starts_like_title):
        return None
    if not words.isupper() and _reads_as_sentence(text, match):
        return None
    if match.group("bs"):
        return "BalanceSheet"
    if match.group("is"):
        return "IncomeStatement"
    return "CashFlow"


#: The end of a title's first line that the next line completes: "CONDENSED CONSOLIDATED STATEMENTS
#: OF" / "OPERATIONS", "CONDENSED CONSOLIDATED BALANCE" / "SHEETS", "… STATEMENTS" / "OF CASH FLOWS".
_TITLE_OPEN_END = cached_compile(r"(?i)(?:\b(?:of|and|balance|cash|statements?)|,)\s*$")


def _wrapped_title(first: Row, second: Row) -> Row | None:
    """A statement's title printed over two lines, as one row (the first line's, running to the end
    of the second), or None. The first line names no statement alone and ends with a word or comma
    the next line completes ("CONDENSED CONSOLIDATED STATEMENTS OF" / "OPERATIONS"); the next line
    is printed right under it, holds no figure and names no statement alone; and together the two
    read as a title (``_title_kind``)."""
    if first.cells or second.cells or second.line != first.line + 1:
        return None
    head, tail = first.text.strip(), second.text.strip()
    if not head or not tail or len(head) + len(tail) > 160 or _TITLE_OPEN_END.search(head) is None:
        return None
    if _title_kind(second) is not None:
        return None
    whole = replace(first, text=f"{head} {tail}", label=f"{head} {tail}", end=second.end)
    return whole if _title_kind(whole) is not None else None


#: A title word OCR printed with a digit for a letter: a "0" or "1" beside a letter of a word of
#: letters ("0perations", "Ba1ance", "0f", "STATEMENTS 0F OPERATI0NS", "OPERAT1ONS"). A word holding
#: another digit ("FY2010", "Q3") is none.
_TITLE_WORD_WITH_DIGIT = cached_compile(r"\b[A-Za-z01]*(?:[A-Za-z][01]|[01][A-Za-z])[A-Za-z01]*\b")
#: What every such word holds: a "0" or "1" beside a letter.
_DIGIT_BESIDE_LETTER = cached_compile(r"[01](?=[A-Za-z])|(?<=[A-Za-z])[01]")


def _mended_title(text: str) -> str:
    """A line as its title words read with OCR's digits for letters mended (same length, so the
    offsets of a match stay those of the line): "Statements of 0perations" and "STATEMENTS 0F
    OPERATI0NS" name a statement."""
    if _DIGIT_BESIDE_LETTER.search(text) is None:
        return text  # every line is asked: most hold figures, few a digit beside a letter
    return _TITLE_WORD_WITH_DIGIT.sub(_mended_title_word, text)


def _mended_title_word(match: re.Match[str]) -> str:
    """A word of letters and "0"s or "1"s as the letters OCR took them for. Each digit is read as each
    letter OCR prints it for, in the word's case ("1": "l" or "i", in capitals "I" or "L"; "0": "o",
    "O"): the one reading that makes a word of statement titles (``_TITLE_WORDS``) is taken
    ("Operat1ons", "BA1ANCE"); failing one, "0" and "1" read "o" and "l" in small letters and "O" and
    "I" in capitals. A word mixing capitals otherwise ("ImmunoGen1") is kept as printed."""
    word = match.group()
    letters = "".join(ch for ch in word if ch.isalpha())
    if letters.isupper():
        readings = {"0": "O", "1": "IL"}
    elif letters[1:].islower() or letters.islower():
        readings = {"0": "o", "1": "li"}
    else:
        return word
    titled = {reading for reading in _readings_of(word, readings) if reading.lower() in _TITLE_WORDS}
    if len(titled) == 1:
        return titled.pop()
    return "".join(readings.get(ch, ch)[0] for ch in word)


def _readings_of(word: str, readings: dict[str, str]) -> Iterator[str]:
    """Every way of reading ``word`` with each digit of it replaced by one of its ``readings``."""
    options = [readings.get(ch, ch) for ch in word]
    for letters in itertools.product(*options):
        yield "".join(letters)


#: Words a statement's title may print in small letters after the statement it names: "… Balance
#: Sheet Data", "… Statements of Operations for the three months ended …", "(in thousands)".
_TITLE_TAIL_WORDS = frozenset({
    "and", "of", "for", "the", "as", "at", "in", "to", "from", "through", "ended", "ending", "month",
    "months", "year", "years", "quarter", "quarters", "week", "weeks", "period", "periods", "three",
    "six", "nine", "twelve", "fiscal", "data", "information", "highlights", "summary", "unaudited",
    "audited", "condensed", "quarterly", "annual", "interim", "consolidated", "selected",
    "comprehensive", "loss", "income", "operations", "cash", "flow", "flows", "balance", "sheet",
    "sheets", "statement", "statements", "continued", "thousands", "millions", "except", "per", "share",
    "shares", "amounts", "inception", "date"
})  # fmt: skip
_TITLE_TAIL_WORD = cached_compile(rf"^(?:{'|'.join(sorted(_TITLE_TAIL_WORDS))})$")
#: Every word of a statement's title (those and the words of ``_TITLE``): a title word OCR printed
#: with a digit for a letter is mended to one of them (``_mended_title_word``).
_TITLE_WORDS = _TITLE_TAIL_WORDS | {"financial", "position"}


def _reads_as_sentence(text: str, match: re.Match[str]) -> bool:
    """True for a line of running text that names a statement in small letters ("balance sheet allows
    us to fund the completion of …", a quotation wrapped over lines): it opens with a small letter,
    or words no title prints follow the statement's name ("Balance sheet strength allows …")."""
    if text[:1].islower():
        return True
    tail = re.sub(r"\([^)]*\)?", " ", text[match.end() :])
    small = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", tail) if w[0].islower()]
    return any(not _TITLE_TAIL_WORD.match(w) for w in small)


def _is_non_gaap_title(row: Row) -> bool:
    """The title of a table of non-GAAP measures: a short line of words alone, opening with
    "Reconciliation" or "Non-GAAP" and naming such a measure ("… TO NON-GAAP NET LOSS", "… TO
    ADJUSTED EBITDA"). A GAAP reconciliation ("Reconciliation of net loss to net cash used in
    operating activities") names none."""
    text = row.text.strip()
    if row.cells or len(text.split()) > 16 or text.endswith("."):
        return False
    return bool(_RECONCILIATION.match(text)) and any(
        _NON_GAAP.search(part) for part in re.split(r"(?i)\b(?:of|to|and)\b", text)
    )


#: A heading that opens a part of a release after its statements: its contacts ("For further
#: information, please contact:", "Investor Contact:", "Contacts", "Media:"), the filer's profile
#: ("About Axcan Pharma"), its cautionary statements ("Forward-Looking Statements", "Safe Harbor
#: Statement"), or the wire's end mark ("# # #", "-30-"). No statement line reads so: it ends the
#: statement above it.
_CLOSING_HEADING = cached_compile(
    r"(?i)^\W*(?:for\s+(?:more|further|additional)\s+information\b.*"
    r"|(?:(?:company|corporate|investors?|media|press|analysts?)(?:\s+(?:and|&)\s+"
    r"(?:company|corporate|investors?|media|press|analysts?))?\s+)?(?:contacts?|inquiries)\s*:?"
    r"|(?:investors?|media)(?:\s+(?:and|&)\s+(?:investors?|media))?\s*:"
    r"|about\s+[A-Z][^\t]{0,60}|(?:cautionary\s+(?:note|statement)s?\b.*|(?:[A-Z][\w&.-]*\s+){0,3}"
    r"forward[\s-]+looking\s+statements?|safe\s+harbou?r(?:\s+statements?)?)\s*:?"
    r"|#(?:\s*#){1,2}|-\s*30\s*-|-\s*#{1,3}\s*-)\s*$"
)
#: What a contact's lines print and no statement line does: a telephone or fax number ("Tel: (450)
#: 467-2600 ext. 2000", "781-895-0600"), an e-mail address, a suite or post-office box. (A web
#: address alone on a line may be a link the wire printed across a page break: ``_URL``.)
_CONTACT_LABEL = cached_compile(r"(?i)\b(?:tel|phone|telephone|fax|facsimile)\b\.?\s*:")
_PHONE_NUMBER = cached_compile(r"\(\d{3}\)\s*\d{3}[.-]\d{4}\b|(?<![\d,.])\b\d{3}[.-]\d{3}[.-]\d{4}\b")
_ADDRESS_PART = cached_compile(r"(?i)\bsuite\s+\d|\bp\.\s?o\.\s+box\b")
_EMAIL = cached_compile(r"(?i)[\w.+-]+@[\w-]+\.[a-z]{2,}")


def _contact_text(text: str) -> bool:
    """Whether ``text`` holds a contact's telephone label ("Tel:"), a telephone number ("(450)
    467-2600", "617-995-2500"), an e-mail address, or a suite or post-office box. Each pattern is
    tried only where a character it needs is in the line: this runs on every line of a filing, and
    a regular expression tried from every position of a line of figures costs more than the rest
    of the line's reading."""
    if ":" in text and _CONTACT_LABEL.search(text):
        return True
    if ("-" in text or "." in text) and _PHONE_NUMBER.search(text):
        return True
    if "@" in text and _EMAIL.search(text):
        return True
    lowered = text.lower()
    return ("suite" in lowered or "box" in lowered) and _ADDRESS_PART.search(text) is not None


def _ends_statements(row: Row) -> bool:
    """A line no statement holds and that ends the one above it: the heading of a release's part
    after its statements (``_CLOSING_HEADING``), or a contact's telephone, e-mail or address line
    (``_contact_text``), whose digits would otherwise be read as a figure ("ext. 2000")."""
    text = row.text.strip()
    if len(text) > 160:
        return False
    if not row.cells and _CLOSING_HEADING.match(text):
        return True
    return _contact_text(text)


#: A footnote's marker opening a line, and the capitalised word after it: "(1) As", "(a) Includes",
#: "* Excludes", "[2] Net".
_FOOTNOTE_MARK = r"^\s*(?:\(\d{1,2}\)|\([a-z]\)|\*{1,3}|\[\d{1,2}\])\s*[A-Z][a-z]"
#: The opening of a footnote under a statement: a marker and words of prose starting with a capital
#: ("(1) As restated. The Company restated …").
_FOOTNOTE_OPENER = cached_compile(_FOOTNOTE_MARK + r"[a-z]*(?:\s+[A-Za-z][\w'’,.-]*){2,}")


def _is_prose(row: Row) -> bool:
    """A line of running text ends a table: many words and no numbers, a "SOURCE:" trailer, or the
    first line of a footnote under the statement (``_opens_footnote``), whose figures ("by $2.3
    million") belong to its sentences, no column.

    A header line of period phrases ("Three Months Ended June 30," over each of four columns) is
    long and has no numbers, but it is no prose.
    """
    words = row.text.split()
    if row.text.strip().upper().startswith("SOURCE:"):
        return True
    if _opens_footnote(row):
        return True
    return not row.numbers and len(words) > 16 and not is_period_header(row.text)


def _opens_footnote(row: Row) -> bool:
    """A footnote's first line: a marker, then three or more words ("(1) As restated. The Company
    restated …"), and no figure, or figures among eight or more words of prose ("(1) Includes $2.3
    million of charges for …"). A statement line never opens with a marker; a short label starting
    with one and printing figures ("(1) Includes stock-based compensation  1,200  1,000") is left to
    the table, which declines it (``_unsure_label``)."""
    if _FOOTNOTE_OPENER.match(row.text) is None:
        return False
    return len(row.numbers) == 0 or len(row.label.split()) >= 8


def _looks_tabular(row: Row) -> bool:
    """A row shaped like a statement line: a short label and two or more number cells."""
    return len(row.numbers) >= 2 and len(row.label.split()) <= 12 and not is_years_line(row.text)


def _segmented(doc: Document) -> tuple[list[Table], list[Row]]:
    """The statement tables and stray number rows of ``doc``, found once per document and shared by
    the table reader and the prose reader (neither modifies them)."""
    return doc.derived("financials.tables", lambda d: _segment(d, document_rows(d)))


def _segment(doc: Document, rows: list[Row]) -> tuple[list[Table], list[Row]]:
    """Cut the rows into statement tables; number rows found outside any table come back as strays."""
    tables: list[Table] = []
    stray: list[Row] = []
    current: Table | None = None
    block: list[Row] = []  # header lines met inside a table's body, not yet placed
    page_break = False  # a page ended since the last body row
    feeds = "\f" in doc.text
    previous_end = 0
    wrapped: Row | None = None  # the second line of a title printed over two lines
    for index, row in enumerate(rows):
        if row is wrapped:
            continue  # read with the line above it, as the title's end
        if feeds and doc.text.find("\f", previous_end, row.start) >= 0:
            page_break = True
        previous_end = row.end
        kind = _title_kind(row)
        if kind is None and index + 1 < len(rows):
            whole = _wrapped_title(row, rows[index + 1])
            if whole is not None:
                kind, row, wrapped = _title_kind(whole), whole, rows[index + 1]
                previous_end = row.end
        if kind is not None or _SELECTED.match(row.text) or _is_non_gaap_title(row):
            _close_block(current, block)
            current = Table(
                kind=kind,
                title=row,
                scale=_scale_before(doc, row, tables),
                non_gaap=kind is None and _is_non_gaap_title(row),
            )
            tables.append(current)
            page_break = False
            continue
        if _URL.match(row.text):
            continue  # wire-service links printed across a page break
        if _ends_statements(row):
            # Contacts, the filer's profile, cautionary statements: no row of a statement, and none
            # below them until a new title.
            _close_block(current, block)
            current = None
            continue
        if current is not None and _is_prose(row):
            _close_block(current, block)
            current = None
            continue
        if current is None:
            page_break = False
            if _looks_tabular(row):
                stray.append(row)
            continue
        if not current.body and not block:
            page_break = False
            if _is_header_row(row):
                current.header.append(row)
                own_scale = scale_of(row.text)
                if own_scale is not None:
                    # A heading under the title wins over one above it.
                    current.scale = replace(own_scale, line=row.line)
            else:
                if _wrapped_into_header(current.header, row):
                    current.body.append(current.header.pop())
                current.body.append(row)
            continue
        if _PAGE_NUMBER.match(row.text):
            current.furniture.append(row)
            page_break = True
            continue
        if is_header_fragment(row.text) or (not row.cells and _repeats_header(current, row.text)):
            block.append(row)  # a header again: repeated on a new page, or a new one (placed below)
            continue
        if page_break and not row.cells and _RUNNING_HEAD.search(row.text):
            current.furniture.append(row)
            continue
        current = _place_block(tables, current, block)
        if page_break:
            current.breaks.add(row.line)
            page_break = False
        current.body.append(row)
    _close_block(current, block)
    # A "Selected financial data" heading right over a statement's title holds no figures of its own.
    tables = [t for t in tables if t.kind is not None or t.body]
    return tables, stray


def _header_key(text: str) -> str:
    """A header line as compared with another: mended and with its spacing ignored."""
    return " ".join(repair_header(text).split())


def _repeats_header(table: Table, text: str) -> bool:
    """True when ``text`` is one of ``table``'s header lines printed again, OCR damaging it anew
    ("Three Months Er   Nine Mo ths Ended" for "Three Months Ended   Nine Months Ended"): the
    same numbers (days, years) in the same order, the same period words (lengths and months, see
    ``period_words``) and nearly the same letters. Letters alone never make a repeat: "Nine Months
    Ended September 30," is a new block's header under "Three Months Ended September 30,", not
    that header again, however alike the two lines read."""
    key = _header_key(text)
    digits = re.findall(r"\d+", key)
    named = period_words(key)
    for row in table.header:
        own = _header_key(row.text)
        if own == key:
            return True
        if (
            re.findall(r"\d+", own) == digits
            and period_words(own) == named
            and difflib.SequenceMatcher(None, own, key).ratio() >= 0.8
        ):
            return True
    return False


def _close_block(table: Table | None, block: list[Row]) -> None:
    """Header lines closing a table's body, no figures after them: left in the body, passed over."""
    if table is not None:
        table.body.extend(block)
    block.clear()


def _place_block(tables: list[Table], table: Table, block: list[Row]) -> Table:
    """Place header lines met in ``table``'s body; the table the rows after them belong to.

    Lines that repeat the table's own header (after a page break, "Three Months Ended" / "March
    31," / "2009 2008" again) hold no figures: the rows after them keep the same columns. Lines
    naming other periods start a new table under the same title (the balance-sheet part of
    "Selected financial data" under its statement-of-operations part), whose kind its header tells.
    Lines naming no period (a year row alone) stay in the body, where they are passed over.
    """
    if not block:
        return table
    rows = list(block)
    block.clear()
    if all(_repeats_header(table, r.text) for r in rows):
        table.furniture.extend(rows)
        return table
    if not any(is_period_header(r.text) or names_duration(r.text) for r in rows):
        table.body.extend(rows)
        return table
    duration_kind: StatementKind = table.duration_kind
    if table.kind == "IncomeStatement" or table.kind == "CashFlow":
        duration_kind = table.kind
    following = Table(
        kind=None,
        title=table.title,
        header=rows,
        scale=table.scale,
        duration_kind=duration_kind,
        continues=table,
        kind_unnamed=table.kind == "BalanceSheet" or table.kind_unnamed,
    )
    tables.append(following)
    return following


def _wrapped_into_header(header: list[Row], first: Row) -> bool:
    """True when the last header line is the first half of the first body row's label, broken
    over two lines ("Cash, cash equivalents and short-term" over "investments   $48,716"): a
    label-only line naming no period, scale or year, and a first row whose label runs on in lower case."""
    if not header or not first.cells or not _CONTINUES.match(first.label):
        return False
    return _label_line(header[-1])


def _label_line(last: Row) -> bool:
    """True when a line printed over a statement's first row is a label's words: a label-only line
    naming no period, scale or year, and no statement's title."""
    text = last.text.strip()
    return (
        not last.cells
        and bool(_LABEL_START.match(text))
        and not re.search(r"\d", text)
        and not is_period_header(text)
        and not names_duration(text)
        and not is_header_fragment(text)
        and scale_of(text) is None
        and _title_kind(last) is None
    )


#: A label that runs on from the line above: it starts with a lower-case word ("investments", "marketable securities").
_CONTINUES = cached_compile(r"^\s*[a-z][a-z-]+\b")
#: Or with a word in small letters in brackets ("Shares used in computing net income" / "(loss) per
#: share:", "Total stockholders' equity" / "(deficit)"): the bracketed alternative of the word above.
_CONTINUES_IN_BRACKETS = cached_compile(r"^\s*\([a-z][a-z-]+\)")
#: A label broken after a word that needs the next ("Net loss attributable to" over "Exelixis, Inc.
#: $ (22,430)"): it runs on however the next line starts.
_OPEN_END = cached_compile(r"(?i)\b(?:to|of|and|or|for|from|in|by|with|per|before|after|on|at|the)\s*,?\s*$")
#: The first line of a broken label: a capitalised word, as statement labels start.
_LABEL_START = cached_compile(r"^[A-Z][a-z]")


def _continues(label: str) -> bool:
    """True for a label that runs on from the line above (``_CONTINUES``, ``_CONTINUES_IN_BRACKETS``);
    an aside in brackets ("(unaudited)") runs on from none."""
    if _CONTINUES.match(label) is not None:
        return True
    return _CONTINUES_IN_BRACKETS.match(label) is not None and _ASIDE.match(label) is None


def _is_header_row(row: Row) -> bool:
    """Column headers: rows before the first data row, without a concept label carrying numbers."""
    if (
        row.cells
        and row.has_letters
        and _ASIDE.match(row.label)
        and all(_marker_cell(row, c) for c in row.cells)
    ):
        # "(Unaudited)   (1)": an aside over a column and a footnote's marker over another, no figure.
        return True
    if (
        row.cells
        and all(_marker_cell(row, c) for c in row.cells)
        and (is_period_header(row.label) or is_header_fragment(row.label))
    ):
        # "September 30, 2012   December 31, 2011   (1)": the columns' dates, a footnote's marker in
        # the cell beside one of them (an HTML table's), no figure.
        return True
    if row.cells and row.has_letters:
        # A flattened header row: month names over a run of years ("December 31, December 31, 2011 2010").
        years = all(c.decimals == 0 and 1900 <= c.value <= 2100 for c in row.cells)
        month = re.search(
            r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|ended", row.label
        )
        # Or a header line OCR damaged: "March 3l," reads as a label and a damaged cell.
        return (years and (month is not None or _restated_years(row.text))) or is_header_fragment(row.text)
    if row.cells and not row.has_letters:
        return is_years_line(row.text) or len(row.cells) == 1 or _years_and_markers(row)
    return _SECTION.match(normalise_label(row.label)) is None or bool(re.search(r"\d", row.text))


def _restated_years(text: str) -> bool:
    """True for a line of the columns' years with a restatement word beside some of them ("2005
    Restated   2006"): a header line, its words no row label."""
    return _RESTATED_AFTER_YEAR.search(text) is not None and is_years_line(_RESTATED_AFTER_YEAR.sub("", text))


#: A footnote's marker read as a cell: "(1)", "[2]", a digit or two in brackets.
_MARKER_CELL = cached_compile(r"\s*[(\[]\s*\d{1,2}\s*[)\]]\s*")
_YEAR_CELL = cached_compile(r"\s*(?:19|20)\d\d\s*")


def _years_and_markers(row: Row) -> bool:
    """True for a line of the columns' years with a footnote's marker in a cell beside one of them
    ("2012   2011   (1)", an HTML table's): a header line, no figures."""
    printed = [row.text[c.start - row.start : c.end - row.start] for c in row.cells]
    years = [p for p in printed if _YEAR_CELL.fullmatch(p)]
    markers = [p for p in printed if _MARKER_CELL.fullmatch(p)]
    return bool(years) and bool(markers) and len(years) + len(markers) == len(printed)


def _marker_cell(row: Row, cell: ValueCell) -> bool:
    """True when a cell of ``row`` is printed as a footnote's marker ("(1)"), not as a figure."""
    printed = row.text[cell.start - row.start : cell.end - row.start]
    return _MARKER_CELL.fullmatch(printed) is not None


def _scale_before(doc: Document, title: Row, tables: list[Table]) -> Scale:
    """Scale from the nearest "(in thousands…)" heading at or before the title, within 40 lines.

    The lines of the statements above (their rows, page furniture) are passed over and not counted:
    a row's label may state a scale of its own ("Weighted average number of shares" / "(in
    thousands)   27,640"), which is no heading of the statements below it, while the heading of a
    "Selected financial information" part stands above all of its statements, however long."""
    lines = doc.lines
    starts = doc.line_starts
    scale_words = doc.word_places(_SCALE_WORDS)  # a line naming none of them states no scale
    rows = {line for table in tables for line in _body_lines(doc, table)}
    budget = 40
    index = title.line - 1
    while index >= 0 and budget > 0:
        if index + 1 in rows:
            index -= 1
            continue
        budget -= 1
        text = lines[index]
        if scale_words.within(starts[index], starts[index] + len(text)) and not _FIGURE.search(text):
            scale = scale_of(text)
            if scale is not None:
                return replace(scale, line=index + 1)
        index -= 1
    return Scale()


def _body_lines(doc: Document, table: Table) -> Iterator[int]:
    """The lines (1-based) of a statement's rows and page furniture: a row may run over lines."""
    for row in (*table.body, *table.furniture):
        yield from range(doc.line_of(row.start), doc.line_of(max(row.start, row.end - 1)) + 1)


def scale_of(text: str) -> Scale | None:
    """The scale a heading states ("in thousands, except per share amounts"), or None."""
    match = _SCALE.search(text)
    if not match:
        return None
    power = _SCALE_POWER[match.group("word").lower()] if match.group("word") else 3
    rest = (match.group("rest") or match.group("rest2") or "").lower()
    # "except per share amounts" scales share counts too; "except share and per share" does not.
    shares_unscaled = bool(_SHARES_EXCEPTED.search(rest))
    return Scale(money=power, shares=0 if shares_unscaled else power)


# ---------------------------------------------------------------------------------------------
# Periods of the columns


def _column_count(body: list[Row]) -> int:
    """Columns of a statement: the most cells a labelled row prints (a damaged cell counts, a
    possible footnote marker does not)."""
    counts = [len(r.cells) - (1 if r.footnote else 0) for r in body if r.cells and r.has_letters]
    return max(counts) if counts else 0


def _settle_footnote(row: Row, ncols: int, doc: Document) -> Row:
    """Decide whether a row's leading "(1)" is a footnote marker or a value of -1.

    It is a marker when the row prints one cell more than the table has columns ("Research and
    development (1) 9,492 7,631" in two columns), a value when the row is full without it
    ("Net loss (1) —") and the filing prints no footnote "(1) …" that it could refer to. Any
    other row stays undecided and cannot be placed.
    """
    if not row.footnote:
        return row
    marker = row.cells[0]
    if len(row.cells) == ncols + 1:
        label = row.text[: marker.end - row.start].strip()
        cells = [replace(c, cell_index=c.cell_index - 1) for c in row.cells[1:]]
        return replace(row, label=label, cells=cells, footnote=False)
    if len(row.cells) == ncols and not _footnote_printed(doc, doc.text[marker.start : marker.end]):
        return replace(row, footnote=False)
    return row


def _footnote_printed(doc: Document, marker: str) -> bool:
    """True when a line of the filing starts with ``marker`` followed by words: the footnote's text."""
    return re.search(rf"(?m)^[ \t]*{re.escape(marker)}[ \t]+[A-Za-z]", doc.text) is not None


#: A column's periods: None for a column that is not read (inception to date).
Columns = list[Period | None]


def _periods(doc: Document, table: Table, ncols: int) -> tuple[StatementKind, Columns] | None:
    """The statement's kind and the periods of its ``ncols`` columns, or None when unsure.

    A header of years alone ("2009   2008") takes its period phrase from the lines just above
    the title ("Three Months Ended March 31," printed over "CONDENSED STATEMENTS OF OPERATIONS").
    """
    header = [r.text for r in table.header]
    found = _periods_of(table, header, ncols, aligned=True)
    if found is None and not any(names_duration(t) or is_period_header(t) for t in header):
        above = _header_above(doc, table)
        if above:
            found = _periods_of(table, above + header, ncols, aligned=False)
    parent = table.continues
    # A header printed again after a page break, too damaged to read or to match the first: the
    # same columns go on when both name durations, or both only dates, and the damaged one names
    # no length or month the first does not ("Nine Mo ths Ended" under "Three Months Ended" is
    # another block's header, whatever OCR left of it).
    parent_header = " ".join(r.text for r in parent.header) if parent is not None else ""
    if (
        found is None
        and parent is not None
        and _column_count(parent.body) == ncols
        and names_duration(" ".join(header)) == names_duration(parent_header)
        and not names_other_periods(" ".join(header), parent_header)
    ):
        found = _periods(doc, parent, ncols)
    if found is None and table.kind != "BalanceSheet":
        # Columns named by fiscal period ("Q4 FY2012", "Fiscal 2012"), not by dates: their periods
        # follow from the filer's fiscal-year end, and from nothing else (none known: not read).
        columns = fiscal_label_columns(
            header, ncols, document_fiscal_year_end(doc), document_fiscal_year_naming(doc)
        )
        if columns:
            found = (table.kind or table.duration_kind, list(columns))
    return found


#: A column heading over the change between period columns, not over a period: "% Change",
#: "Increase (Decrease)", "(Decrease)", "$ Change", "Variance".
_CHANGE_HEADING = cached_compile(
    r"(?i)^[$%\s]*(?:percent(?:age)?\s+)?(?:increase|\(?decrease\)?|change|variance)"
    r"(?:[\s/]*\(?(?:increase|decrease)\)?)*[\s%]*$"
)
_YEAR_HEADING = cached_compile(r"^\(?(?:19|20)\d\d\)?$")


def _header_pieces(row: Row) -> list[str]:
    """The headings of a header line, left to right: its tab-separated cells, or the runs of words
    two or more spaces apart."""
    if row.tabbed or "\t" in row.text:
        return [part.strip() for part in row.text.split("\t") if part.strip()]
    return [piece.group() for piece in _HEADER_PIECE.finditer(row.text)]


#: A "1" or "0" between small letters of a header word ("Twe1ve", "M0nths"): OCR's "l" or "o". Header
#: words hold no figures, and fiscal labels print digits beside capitals ("Q1FY10"), not small letters.
_LETTER_DIGIT = cached_compile(r"(?<=[a-z])[10](?=[a-z])")


def _letter_of(match: re.Match[str]) -> str:
    return "l" if match.group() == "1" else "o"


def _without_change_headings(text: str) -> str:
    """A header line with its change headings ("% Change", "Increase (Decrease)") blanked, the other
    headings where they stand."""
    for piece in _header_pieces(line_row(text, 0, 0)):
        if _CHANGE_HEADING.match(piece):
            at = text.find(piece)
            text = text[:at] + " " * len(piece) + text[at + len(piece) :]
    return text


#: A word of every change heading: the quick test of a header before its headings are read.
_CHANGE_WORD = cached_compile(r"(?i)change|increase|decrease|variance")


def _may_head_changes(doc: Document, table: Table) -> bool:
    """False when neither the table's header nor the lines just above its title hold a word of a
    change heading (as nearly every statement's do not)."""
    above = doc.lines[max(0, table.title.line - 6) : table.title.line - 1]
    return any(_CHANGE_WORD.search(text) for text in [*(r.text for r in table.header), *above])


def _header_rows(doc: Document, table: Table) -> list[Row]:
    """The table's header lines, or when they name no year, the period header printed just above its
    title ("Statement of Operations Data:" under "2009  2008  Increase (Decrease)")."""
    if any(_YEAR_HEADING.match(p) for r in table.header for p in _header_pieces(r)):
        return table.header
    return [line_row(text, table.title.line, 0) for text in _header_above(doc, table)] + table.header


def _change_columns(doc: Document, table: Table, ncols: int) -> tuple[int, ...] | None:
    """The columns of ``table`` that print changes between period columns ("2009  2008  Increase
    (Decrease)"), counted among its ``ncols`` columns, or None when its header names none or is unclear.

    Told by the header line of years: each heading over a column is a year or a change, in the
    order of the columns. A change closing every row ("% Change" after the last year) was left out
    of the rows already when its cells print percentages.
    """
    years = [r for r in _header_rows(doc, table) if any(_YEAR_HEADING.match(p) for p in _header_pieces(r))]
    if not years:
        return None
    pieces = _header_pieces(years[-1])
    changes = [i for i, piece in enumerate(pieces) if _CHANGE_HEADING.match(piece)]
    if not changes or not all(
        i in changes or _YEAR_HEADING.match(repair_header(p)) for i, p in enumerate(pieces)
    ):
        return None
    trailing = 0
    while trailing < len(pieces) and len(pieces) - 1 - trailing in changes:
        trailing += 1
    if len(pieces) == ncols:
        return tuple(changes)
    if len(pieces) - trailing == ncols and len(changes) > trailing:
        return tuple(i for i in changes if i < ncols)
    return None


def _with_change_cells(doc: Document, table: Table) -> Table:
    """``table`` with its body lines read again knowing its header heads change columns: a percentage
    between two figures ("15" | "%", "(42" | ")%", "NM") is then a cell of such a column.

    Read without that knowledge, a row printing a percentage between its figures ("Product sales
    104.5  95.3  10%  703.3  623.0  13%", a change after each group of periods) is words alone, and
    a statement whose every row prints one has all its rows taken for header lines: the lines after
    the header's line of years that read as rows now start the body."""
    header, moved = _rows_under_years(doc, table)
    body = [
        line_row(row.text, row.line, row.start, changes=True)
        if doc.text[row.start : row.end] == row.text
        else row
        for row in [*moved, *table.body]
    ]
    return replace(table, header=header, body=body)


def _rows_under_years(doc: Document, table: Table) -> tuple[list[Row], list[Row]]:
    """The header lines of ``table`` up to its last line of years, and the lines after that one that
    read as statement rows once percentages between figures are change cells (``_with_change_cells``);
    the whole header and nothing when none does."""
    years = [
        index
        for index, row in enumerate(table.header)
        if any(_YEAR_HEADING.match(p) for p in _header_pieces(row))
    ]
    if not years:
        return table.header, []
    after = years[-1] + 1
    for index in range(after, len(table.header)):
        row = table.header[index]
        if doc.text[row.start : row.end] != row.text:
            continue
        again = line_row(row.text, row.line, row.start, changes=True)
        if again.numbers and again.has_letters:
            return table.header[:index], table.header[index:]
    return table.header, []


def _periods_beside_changes(
    doc: Document, table: Table, ncols: int, changes: tuple[int, ...]
) -> tuple[StatementKind, Columns] | None:
    """Periods of a table whose header heads change columns among the period columns: the header read
    without its change headings, for the other columns; None for the change columns."""
    header = [replace(row, text=_without_change_headings(row.text)) for row in _header_rows(doc, table)]
    found = _periods(doc, replace(table, header=header), ncols - len(changes))
    if found is None or len(found[1]) != ncols - len(changes) or None in found[1]:
        return None
    kind, periods = found
    rest = iter(periods)
    return kind, [None if column in changes else next(rest) for column in range(ncols)]


#: A footnote's marker in a header cell of its own after a column's year ("December 31, 2011 | (1)",
#: an HTML table printing the marker in the cell beside the date's): no column, no period word.
_MARKER_AFTER_YEAR = cached_compile(
    r"(?<=(?:19|20)\d\d)[ \t]+(?:\(\d{1,2}\)|\([a-z]\)|\*{1,3}|†|‡)(?=[ \t]|$)"
)


#: The restatement word printed beside a column's year ("2005 Restated", "2005 (As Restated)",
#: "December 31, 2005 (restated)"): the column states the period's figures as they now stand, so the
#: word names no period and no other column.
_RESTATED_AFTER_YEAR = cached_compile(
    r"(?i)(?<=(?:19|20)\d\d)(?:[ \t]*(?:\(\d{1,2}\)|\*{1,3}|†|‡))?[ \t]+"
    r"(?:\(\s*(?:as\s+)?restated\s*\)|(?:as\s+)?restated\b)"
    r"(?:[ \t]*(?:\(\d{1,2}\)|\*{1,3}|†|‡))?(?=[ \t]|$)"
)

#: A header's word of a column printing figures as first published ("As Previously Reported",
#: "As Originally Reported", "As Reported"): beside a restated column of the same period, two
#: columns of one period, so no restatement word is read away.
_AS_REPORTED = cached_compile(r"(?i)\b(?:previously|originally|as\s+reported|original)\b")


def _without_restated(header: list[str]) -> list[str]:
    """``header`` with the restatement word after each column's year left out, unless some heading
    names a column of figures as first reported (then both versions of a period have columns)."""
    if any(_AS_REPORTED.search(text) for text in header):
        return header
    return [_RESTATED_AFTER_YEAR.sub("", text) for text in header]


def _periods_of(
    table: Table, header: list[str], ncols: int, *, aligned: bool
) -> tuple[StatementKind, Columns] | None:
    """Kind and column periods from ``header`` lines (a footnote's marker or a restatement word
    beside a column's year left out); a table of no stated kind ("Selected financial data") is a
    statement of periods when its header names periods, a balance sheet when it names dates and no
    duration."""
    title = table.title.text
    header = [_MARKER_AFTER_YEAR.sub("", text) for text in _without_restated(header)]
    kinds: list[StatementKind] = [table.kind] if table.kind else [table.duration_kind, "BalanceSheet"]
    for kind in kinds:
        if kind == "BalanceSheet":
            if table.kind is None and names_duration(" ".join([title, *header])):
                continue  # "Three Months Ended March 31," over years: no balance-sheet dates
            dates = instant_columns(header, title, ncols)
            if dates:
                return kind, [Period(instant=d) for d in dates]
            continue
        periods = _duration_periods(table, header, ncols, aligned=aligned)
        if periods:
            return kind, periods
    return None


def _duration_periods(table: Table, header: list[str], ncols: int, *, aligned: bool) -> Columns | None:
    """Duration columns from the header lines (or, ``aligned``, from the header pieces over each
    column); a last column headed "Period from Inception … to …" or "Cumulative" comes back as None."""
    title = table.title.text
    if INCEPTION.search(title) or any(INCEPTION.search(text) for text in header):
        return _without_inception(table, ncols) if aligned else None
    periods = duration_columns([title, *header], ncols) or (
        _aligned_durations(table, ncols) if aligned else None
    )
    return list(periods) if periods else None


def _without_inception(table: Table, ncols: int) -> Columns | None:
    """Periods of a development-stage company's statement, its inception-to-date column left unread.

    That column (always the last) sums every period since the company began: no fiscal period,
    and a figure no other filing's period compares with, so it is dropped (``kg.model.Period``
    could hold the span, but the inception date is often not printed: "Cumulative from inception").
    The other columns' header is what remains once the pieces over the last column are taken
    out; the title loses its "and for the period from … (inception) to …" words.
    """
    title = strip_inception(repair_header(table.title.text))
    lines = _header_without_last_column(table, ncols)
    if ncols < 2 or lines is None or INCEPTION.search(title):
        return None
    periods = duration_columns([title, *lines], ncols - 1)
    if not periods:
        # A tab-separated heading over the last column broken over lines ("Period from" /
        # "Inception (June 3, 1993)" / "to September 30," / "2002"): drop every piece at its tab stop.
        lines = _header_before_tab_stop(table)
        periods = duration_columns([title, *lines], ncols - 1) if lines else None
    return [*periods, None] if periods else None


def _header_before_tab_stop(table: Table) -> list[str] | None:
    """Tab-separated header lines cut before the tab stop of the inception heading, or None when
    the header is not tab-separated text or the inception heading does not end its line."""
    if not any(r.tabbed for r in table.header):
        return None
    stops = set()
    for row in table.header:
        cells = row.text.split("\t")
        for index, cell in enumerate(cells):
            if INCEPTION.search(cell):
                if any(c.strip() for c in cells[index + 1 :]):
                    return None
                stops.add(index)
    if len(stops) != 1:
        return None
    stop = stops.pop()
    return ["\t".join(row.text.split("\t")[:stop]) for row in table.header]


def _header_without_last_column(table: Table, ncols: int) -> list[str] | None:
    """The header lines without the pieces standing over the last column, or None when unsure.

    Tab-separated headers lose the cells naming the inception (a rendered HTML cell holds the
    whole "Period from … (Inception) to …" heading); space-aligned ones the pieces nearest the
    last column's figures, which must hold every "inception" of the header.
    """
    if any(r.tabbed for r in table.header):
        lines = []
        for row in table.header:
            cells = [cell for cell in row.text.split("\t") if cell.strip()]
            if any(INCEPTION.search(cell) for cell in cells[:-1]):
                return None  # the inception heading is not the last: which column is it?
            lines.append("\t".join(cells[:-1] if cells and INCEPTION.search(cells[-1]) else cells))
        return lines
    placed = _column_centres(table, ncols)
    if placed is None:
        return None
    centres, first_figure = placed
    lines = []
    for row in table.header:
        kept = []
        for piece in _HEADER_PIECE.finditer(row.text):
            centre = (piece.start() + piece.end()) / 2
            last = min(range(ncols), key=lambda i: abs(centres[i] - centre)) == ncols - 1
            if INCEPTION.search(piece.group()) and not last:
                return None  # the inception heading over another column: the columns are not clear
            if not last and piece.end() > first_figure:
                kept.append(piece.group())
        lines.append("    ".join(kept))
    return lines


#: Lines over a title that belong to no header: "(Unaudited)", "(A Development Stage Company)".
_ASIDE = cached_compile(
    r"(?i)^\W*\(?\s*(?:un)?audited\s*\)?\W*$|^\W*\(an?\s+development\s+stage\s+company\)\W*$"
)


def _header_above(doc: Document, table: Table) -> list[str]:
    """Period header lines printed just above the title (within four printed lines), in order.

    Scale headings, "(Unaudited)" and a "Selected financial data" heading may come in between;
    anything else (a figure, prose, another table) ends the search.
    """
    found: list[str] = []
    index = table.title.line - 2  # the line above the title (``line`` is 1-based)
    seen = 0
    while index >= 0 and seen < 4:
        text = doc.lines[index]
        index -= 1
        if not text.strip():
            continue
        seen += 1
        if is_header_fragment(text) or is_header_fragment(_without_change_headings(text)):
            found.insert(0, text)
        elif not (scale_of(text) or _SELECTED.match(text) or _ASIDE.match(text)):
            break
    return found


#: A header line's pieces of text: words separated by single spaces (two or more part two pieces).
_HEADER_PIECE = cached_compile(r"\S+(?: \S+)*")


def _aligned_durations(table: Table, ncols: int) -> list[Period] | None:
    """Periods of a space-aligned table whose every column stacks its own header over several lines:

        Three Months      Year Ended      Year Ended
           Ended         December 31,    December 31,
        December 31,        2008            2007
           2008

    Each piece of header text goes to the column whose figures it stands over (nearest centre); a
    column's pieces, read top down, must name exactly one duration and one year. None when unsure.
    """
    placed = _column_centres(table, ncols)
    if placed is None or any(r.tabbed for r in table.header):
        return None
    centres, first_figure = placed
    pieces: list[list[str]] = [[] for _ in range(ncols)]
    for row in table.header:
        for piece in _HEADER_PIECE.finditer(row.text):
            if piece.end() <= first_figure:
                continue  # a label or caption left of the figures
            centre = (piece.start() + piece.end()) / 2
            pieces[min(range(ncols), key=lambda i: abs(centres[i] - centre))].append(piece.group())
    periods = []
    for column in pieces:
        groups = duration_groups(repair_header(" ".join(column)))
        if len(groups) != 1 or len(groups[0].years) != 1:
            return None
        group = groups[0]
        end = safe_date(group.years[0], group.month, group.day)
        if end is None:
            return None
        periods.append(group.period(end))
    return periods if len(set(periods)) == ncols else None


def _column_centres(table: Table, ncols: int) -> tuple[list[float], int] | None:
    """Where each column's figures stand in a space-aligned table (the median centre, in characters
    from the row's start, over the rows printing every column) and where the first figure starts;
    None without such rows."""
    full = [r for r in table.body if len(r.cells) == ncols and not r.tabbed and r.has_letters]
    if not full:
        return None
    centres = [
        statistics.median((r.cells[i].start + r.cells[i].end) / 2 - r.start for r in full)
        for i in range(ncols)
    ]
    return centres, min(r.cells[0].start - r.start for r in full)


@dataclass(frozen=True)
class Anchors:
    """Where each column's figures stand in a space-aligned table: their centres, or (``right``)
    where their last digit ends. Empty ``points``: no clear columns, so no short row is placed."""

    points: list[float]
    right: bool = False

    def position(self, row: Row, cell: ValueCell) -> float:
        """Where ``cell`` stands in ``row``, measured as the points are."""
        if not self.right:
            return (cell.start + cell.end) / 2 - row.start
        end = cell.end - row.start
        while end > 0 and row.text[end - 1 : end] == ")":
            end -= 1  # a closing parenthesis hangs right of the digit column
        return float(end)


def _aligned_centres(table: Table, ncols: int) -> Anchors | None:
    """Column anchors when the figures stand in clear columns (each column's figures within a
    quarter of the gap to the next), so that a short row's cells can be placed by where they stand.

    Centres first; then the ends of the figures' digits: statements right-align their figures, so
    "212" and "(4,822)" in one column have centres a character or two apart (more than a quarter
    of a narrow gap) and the same last digit. Either measure must hold for every full row."""
    full = [r for r in table.body if len(r.cells) == ncols and not r.tabbed and r.has_letters]
    if not full:
        return None
    for right in (False, True):
        anchors = Anchors([], right)
        points = [statistics.median(anchors.position(r, r.cells[i]) for r in full) for i in range(ncols)]
        gaps = [b - a for a, b in itertools.pairwise(points)]
        if not gaps or min(gaps) <= 0:
            continue
        spreads = [[anchors.position(r, r.cells[i]) for r in full] for i in range(ncols)]
        if all(max(spread) - min(spread) <= min(gaps) / 4 for spread in spreads):
            return Anchors(points, right)
    return None


# ---------------------------------------------------------------------------------------------
# 52–53-week years


def week_calendar(doc: Document) -> WeekCalendar:
    """What the filing prints of a 52–53-week filer's calendar (see ``kg.periods.WeekCalendar``):
    the ends of its statements' columns and balance-sheet dates, which of them end a fiscal year, and
    the fiscal years' ends its words date. Computed once per document; empty when no column ends on
    a weekday and the filing says nothing of such years."""
    return doc.derived("financials.week_calendar", _week_calendar)


def _week_calendar(doc: Document) -> WeekCalendar:
    ends: set[dt.date] = set()
    year_ends: set[dt.date] = set()
    for columns in _columns_of(doc).values():
        if columns.resolved is None or len(columns.resolved[1]) != columns.ncols:
            continue
        periods = [p for p in columns.resolved[1] if p is not None]
        instants = sorted(p.instant for p in periods if p.instant is not None)
        ends.update(instants)
        if len(instants) == 2:
            # A balance sheet sets the period's end beside the end of the last fiscal year.
            year_ends.add(instants[0])
        for period in periods:
            if period.end is None:
                continue
            ends.add(period.end)
            if period_months(period) == 12:
                year_ends.add(period.end)
    for (_, quarter), end in document_week_quarter_ends(doc).items():
        ends.add(end)
        if quarter == 4:
            year_ends.add(end)
    if not any(is_weekday_end(end) for end in ends):
        return WeekCalendar()
    return WeekCalendar(frozenset(ends), frozenset(year_ends))


def _week_placed(doc: Document, periods: Columns) -> tuple[Columns, list[tuple[Period, str]]]:
    """``periods`` with each column of a 52–53-week statement (one with a column ending on a weekday)
    placed by the filing's calendar (``week_calendar``), and the columns it leaves unplaced, each
    with why (``_week_note``), which are then not read."""
    if not any(p is not None and p.end is not None and is_weekday_end(p.end) for p in periods):
        return periods, []
    calendar = week_calendar(doc)
    weekday_ends = [p.end for p in periods if p is not None and p.end is not None and is_weekday_end(p.end)]
    placed: Columns = []
    unsure: list[tuple[Period, str]] = []
    for period in periods:
        if period is None or period.end is None:
            placed.append(period)
            continue
        if not is_weekday_end(period.end):
            # The same period of another year ending on a weekday near the same day: this column's
            # year is a 52–53-week one too, though it ends on a month's last day.
            year_apart = any(
                drift_days(period.end, end) <= WEEK_DRIFT_DAYS and abs((period.end - end).days) > 7
                for end in weekday_ends
            )
            exact, why = _month_end_placed(doc, calendar, period) if year_apart else (period, "")
        else:
            months = weekday_months(period)
            exact = calendar.duration(period.end, months) if months else None
            why = "start"
        if exact is None:
            unsure.append((period, why))
        placed.append(exact)
    return placed, unsure


def _month_end_placed(doc: Document, calendar: WeekCalendar, period: Period) -> tuple[Period | None, str]:
    """A column ending on a month's last day beside the same period of another year ending on a
    weekday near the same day (see ``_week_placed``): a 52–53-week year may end on a month's last
    day too (Friday, December 31, 2010, beside the year before's Friday, January 1, 2010), and its
    periods then run weeks, not calendar months. Where the two readings differ, the filing must say
    its years run 52 or 53 weeks (``states_week_year``) for the weeks to be taken; otherwise the
    column is in doubt (a filer that moved to such years prints its last calendar quarter beside
    its first weekday one)."""
    assert period.end is not None
    weeks = calendar.week_duration(period.end, period_months(period))
    if weeks == period:
        return period, ""  # both readings agree (nine months from January 1 to September 30: 39 weeks)
    if not states_week_year(doc.text):
        return None, "month end"
    return weeks, "start"


#: A length in months, quarters or years: a header printing one beside lengths in weeks has columns
#: of both kinds.
_MONTHS_LENGTH = cached_compile(r"(?i)\b(?:months?|quarters?|years?)\b")


def _counts_weeks(doc: Document, table: Table) -> bool:
    """True when the statement's column headers (or the period header above its title) count every
    length in weeks ("Thirteen Weeks Ended", "Fifty-Two Weeks Ended") and none in months, quarters
    or years: each column's period then runs so many weeks to its printed end, exactly."""
    lines = [r.text for r in table.header] or _header_above(doc, table)
    text = " ".join(lines)
    return names_weeks(text) and not _MONTHS_LENGTH.search(text)


#: A month's name and a day ("September 27"): an end date printed in a header.
_HEADER_DATE = cached_compile(rf"(?i)\b{MONTH_NAME}\.?\s+\d{{1,2}}\b")


def _columns_note(
    doc: Document, table: Table, ncols: int, resolved: tuple[StatementKind, Columns] | None
) -> str:
    """Why the column headers of a statement give no period to each of its ``ncols`` columns, quoting
    the headers: what in them is not understood."""
    title = table.title.text.strip()[:60]
    lines = [r.text for r in table.header] or _header_above(doc, table)
    printed = " / ".join(" ".join(text.split()) for text in lines if re.search(r"\w", text))[:160]
    text = repair_header(" ".join(lines))
    if not printed:
        why = "no header line over the columns names a period"
    elif shares_week_day(lines):
        why = (
            "they count weeks and print one end date over several years: a 52–53-week year ends on"
            " another day each year, and the other years' ends are not printed"
        )
    elif resolved is not None:
        why = f"they give {len(resolved[1])}"
    elif not _HEADER_DATE.search(text) and table.kind != "BalanceSheet" and names_duration(text):
        why = "they name a length but no end date"
    elif _HEADER_DATE.search(text) and table.kind != "BalanceSheet" and not names_duration(text):
        why = "they name dates but no length of the periods"
    else:
        why = "no length and end date read for each column"
    return f"column headers of {title!r} do not give {ncols} periods ({why}: {printed!r}); table not read"


def _week_note(table: Table, period: Period, why: str = "start") -> str:
    """Why a column of a 52–53-week year is not read: its first day is in doubt (``why`` "start"), or
    whether it runs calendar months or weeks ("month end")."""
    assert period.end is not None
    months = period_months(period)
    title = table.title.text.strip()[:60]
    if why == "month end":
        return (
            f"column of {title!r} ending {period.end.isoformat()}, a month's last day, beside columns"
            " ending on weekdays: calendar months or a 52–53-week period, the filing does not say; not read"
        )
    length = "year" if months == 12 else "fourth quarter" if months == 3 else f"{months}-month period"
    return (
        f"column of {title!r} ending {period.end.isoformat()} (a 52–53-week"
        f" {length}): the filing prints no end of the year before, so its first day is in doubt; not read"
    )


# ---------------------------------------------------------------------------------------------
# Rows → facts


@dataclass
class _Line:
    """A body row read as one statement line: concept, cleaned label, and its cells by column."""

    row: Row
    concept: Concept | None
    label: str
    by_column: dict[int, int]  # column → index into row.cells
    #: The sign convention of the heading the line stands under (see ``_section_convention``).
    section: int = 0
    #: A line under a "Revenues:" heading named like an expense line of the same statement
    #: ("Research and development" revenue): revenue of that name, read with no concept.
    revenue: bool = False
    #: A line under an expenses heading ("Operating expenses:", "Costs and expenses:"): 1 when the
    #: heading's total is the sum of its lines as printed, -1 when it is not (or none is printed).
    expenses: int = 0


@dataclass
class _Columns:
    """A statement's columns as its header gives them: ``table`` (its body read again when its
    header heads change columns), how many columns, which print changes, their kind and periods
    (None when the header does not give them), and notes on rows left out to fit them."""

    table: Table
    ncols: int
    changes: tuple[int, ...] | None
    resolved: tuple[StatementKind, Columns] | None
    notes: list[Skipped] = field(default_factory=list)


def _columns_of(doc: Document) -> dict[int, _Columns]:
    """The columns of each statement of ``doc`` (by the ``id`` of its table), read once per document:
    the table reader and the 52–53-week calendar (``week_calendar``) both need them."""
    return doc.derived(
        "financials.columns", lambda d: {id(table): _resolve_columns(d, table) for table in _segmented(d)[0]}
    )


def _resolve_columns(doc: Document, table: Table) -> _Columns:
    """Number, kind and periods of a statement's columns, from its header lines (see ``_periods``)."""
    table = _with_title_header(table)
    if _may_head_changes(doc, table) and any(
        _CHANGE_HEADING.match(p) for r in _header_rows(doc, table) for p in _header_pieces(r)
    ):
        table = _with_change_cells(doc, table)
    ncols = _column_count(table.body)
    if ncols == 0 or table.non_gaap:
        return _Columns(table, ncols, None, None)
    changes = _change_columns(doc, table, ncols) if _may_head_changes(doc, table) else None
    resolved = (
        _periods(doc, table, ncols)
        if changes is None
        else _periods_beside_changes(doc, table, ncols, changes)
    )
    if resolved is None and changes is None and any(_LETTER_DIGIT.search(r.text) for r in table.header):
        # "Twe1ve Months Ended": OCR printed a letter of a header word as a digit.
        header = [replace(r, text=_LETTER_DIGIT.sub(_letter_of, r.text)) for r in table.header]
        resolved = _periods(doc, replace(table, header=header), ncols)
    widest = [
        r
        for r in table.body
        if r.cells and r.has_letters and len(r.cells) - (1 if r.footnote else 0) == ncols
    ]
    notes: list[Skipped] = []
    if (resolved is None or len(resolved[1]) != ncols) and len(widest) == 1 and ncols > 1:
        # One row prints a cell more than every other ("Total operating expenses 5,651 4, 043 …": OCR
        # split a figure): the header decides, and that row, which fits no column, is not read.
        fewer = _periods(doc, table, ncols - 1)
        if fewer is not None and len(fewer[1]) == ncols - 1:
            notes.append(
                Skipped(
                    NAME,
                    f"row {widest[0].label.strip()[:40]!r} prints more cells than the table's columns; not read",
                    widest[0].line,
                )
            )
            ncols, resolved = ncols - 1, fewer
    return _Columns(table, ncols, changes, resolved, notes)


def _with_title_header(table: Table) -> Table:
    """``table`` with the column headings printed in its title's row ("Condensed Consolidated
    Balance Sheets Data<tab>March 31,<tab>December 31,", "… Operations Data<tab>Three Months")
    taken as its first header line, and its title the first cell alone: the cells after the title
    are the heads of the columns below them, nothing of the title."""
    title = table.title
    if "\t" not in title.text or not table.body:
        return table
    first, _, rest = title.text.strip().partition("\t")
    if not rest.strip() or not is_header_fragment(rest):
        return table
    head = replace(title, text="\t" + rest, label="", cells=[], tabbed=True)
    return replace(table, title=replace(title, text=first), header=[head, *table.header])


def _table_facts(
    doc: Document, table: Table, fye: tuple[int, int] | None, following: Table | None
) -> Iterator[FinancialFact | Skipped]:
    if table.non_gaap:
        yield Skipped(
            NAME,
            f"table {table.title.text.strip()[:60]!r} reconciles non-GAAP measures: not read as statement lines",
            table.title.line,
        )
        return
    currency = _statement_currency(doc, table)
    if currency is not None:
        # No unit for its figures: stored as US dollars they would be wrong by the exchange rate.
        yield Skipped(
            NAME,
            f"statement in {currency[0]}: the vocabulary has no unit for it; table"
            f" {table.title.text.strip()[:60]!r} not read",
            currency[1],
        )
        return
    columns = _columns_of(doc)[id(table)]
    table, ncols, changes, resolved = columns.table, columns.ncols, columns.changes, columns.resolved
    if ncols == 0:
        yield Skipped(
            NAME, f"statement {table.title.text.strip()[:60]!r} has no number rows", table.title.line
        )
        return
    yield from columns.notes
    if resolved is None or len(resolved[1]) != ncols:
        yield Skipped(NAME, _columns_note(doc, table, ncols, resolved), table.title.line)
        return
    kind, periods = resolved
    if table.kind_unnamed and kind != "BalanceSheet":
        yield Skipped(
            NAME,
            f"rows under new column headers of periods in {table.title.text.strip()[:60]!r}: no title"
            " names their statement; not read",
            table.header[0].line if table.header else table.title.line,
        )
        return
    centres: Anchors | None = None
    if periods[-1] is None and changes is None:
        yield Skipped(
            NAME,
            f"inception-to-date column of {table.title.text.strip()[:60]!r} not read: a sum since the"
            " company began, no fiscal period",
            table.title.line,
        )
        # A short row may print the inception column alone: place cells by where they stand, or not at all.
        centres = _aligned_centres(table, ncols) or Anchors([])
    if not _counts_weeks(doc, table):
        # Columns headed by their weeks ("Thirteen Weeks Ended September 27, 2008") are exact as
        # read; only lengths in months of a 52–53-week year need the filing's calendar.
        periods, unsure_weeks = _week_placed(doc, periods)
    else:
        unsure_weeks = []
    for period, why in unsure_weeks:
        yield Skipped(NAME, _week_note(table, period, why), table.title.line)
    # A copy with its kind decided and the footnotes settled: the segmented tables are shared and stay as found.
    table = replace(table, kind=kind, body=[_settle_footnote(row, ncols, doc) for row in table.body])
    edge = _left_edge(table, ncols) if centres is None else None
    rough = _rough_columns(table, ncols) if centres is None else None
    lines, orphans, labels_only, declined = _read_lines(table, ncols, centres, edge, rough)
    yield from declined
    lines, counts = _without_counts_per_share(lines)
    for read in counts:
        yield Skipped(NAME, _count_per_share_note(read), read.row.line)
    # Cells of columns not read (a change between periods, an inception-to-date sum) sign nothing.
    lines = [
        replace(read, by_column={c: i for c, i in read.by_column.items() if periods[c]}) for read in lines
    ]
    for reason, line in _unplaced(table, ncols, centres, edge, rough):
        yield Skipped(NAME, reason, line)
    for read in lines:
        for cell_index in read.by_column.values():
            cell = read.row.cells[cell_index]
            if cell.damaged:
                quote = " ".join(doc.text[cell.start : cell.end].split())
                yield Skipped(NAME, f"cell {quote!r} of {read.label!r} is no number; not read", read.row.line)
    lines, non_gaap = _without_non_gaap(lines)
    for read in non_gaap:
        yield Skipped(
            NAME, f"{read.label!r} is a non-GAAP measure, no statement line; not read", read.row.line
        )
    if kind == "CashFlow":
        facts, unsure = _cash_flow_facts(doc, table, lines, periods, fye)
    else:
        facts, unsure = _facts_with_roles(doc, table, lines, periods, fye)
    for read, reason in unsure:
        yield Skipped(NAME, reason, read.row.line)
    # A label printed apart from its numbers (a page break): attach only where the identity confirms.
    # (No total of a balance sheet or a statement of operations is a line of a cash-flow statement.)
    candidates = [] if kind == "CashFlow" else labels_only + (_header_labels(following) if following else [])
    attached: set[int] = set()
    for label_row in candidates:
        found = concept_of(label_row.label)
        if found is None or found.name not in _DETACHABLE_TOTALS:
            continue
        for row in orphans:
            if id(row) in attached or len(row.cells) != ncols or len(row.numbers) != ncols:
                continue
            detached = _Line(row, found, clean_label(label_row.label), {i: i for i in range(ncols)})
            reading = _reading(detached, table)
            if reading is not None and reading[1] is None:
                continue  # signs the label leaves open: no total confirmed by guessing them
            candidate = list(_line_facts(doc, table, detached, periods, fye, reading))
            if candidate and all(identity_confirms(f, facts) for f in candidate):
                facts.extend(candidate)
                attached.add(id(row))
                break
    for row in orphans:
        if id(row) not in attached:
            yield Skipped(
                NAME, f"numbers without a label, unconfirmed by any total: {row.text.strip()!r}", row.line
            )
    yield from facts


def _without_counts_per_share(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """The statement lines without those read as amounts per share whose figures are whole thousands
    ("Basic and diluted net loss per share  40,212  38,965" under a line counting shares) where
    another line of the statement claims the same per-share concept with figures of dollars and
    cents ("Net loss per share (basic and diluted)  $ (0.07)"): no amount per share is printed in
    thousands of dollars beside one of cents, and a share count read as one is no per-share figure
    at all. Those lines are returned apart."""
    claims: dict[str, list[_Line]] = {}
    for line in lines:
        if _unit_of(line.concept, line.label) == "USDPerShare":
            key = (
                line.concept.name
                if line.concept is not None
                else local_concept_key(line.label, instant=False)
            )
            claims.setdefault(key, []).append(line)
    counts = [
        line
        for group in claims.values()
        if len(group) > 1 and not all(_whole_thousands(other) for other in group)
        for line in group
        if _whole_thousands(line)
    ]
    return [line for line in lines if line not in counts], counts


def _whole_thousands(line: _Line) -> bool:
    """True when every figure a statement line prints in its columns (one at least, nil marks aside)
    is a whole number of a thousand or more: "40,212", never "(0.07)"."""
    cells = [line.row.cells[i] for i in line.by_column.values()]
    figures = [c for c in cells if not (c.damaged or c.change or c.is_zero_mark)]
    return bool(figures) and all(c.decimals <= 0 and abs(c.value) >= 1000 for c in figures)


def _count_per_share_note(line: _Line) -> str:
    """Why a per-share line printing whole thousands beside another of the same concept is not read."""
    return (
        f"{_shortened(line.label)!r} prints whole thousands where another line of the statement prints"
        " the same amount per share in dollars and cents: a count of shares, no per-share figure; not read"
    )


def _header_labels(table: Table) -> list[Row]:
    return [r for r in table.header if r.label and not r.cells and not re.search(r"\d", r.text)]


def _read_lines(
    table: Table,
    ncols: int,
    centres: Anchors | None = None,
    edge: Anchors | None = None,
    rough: Anchors | None = None,
) -> tuple[list[_Line], list[Row], list[Row], list[Skipped]]:
    """Body rows as statement lines; also unlabeled number rows and label-only rows (for detached
    totals), and a note for each labelled row placed in the columns but declined, saying why.

    ``centres``: place a short space-separated row's cells by position; ``edge``: the columns of a
    clearly aligned table, left of which no short row's figure is placed; ``rough``: where the full
    rows' figures end, however unevenly printed (see ``_place``)."""
    lines: list[_Line] = []
    declined: list[Skipped] = []
    orphans: list[Row] = []
    labels_only: list[Row] = []
    pending: Row | None = None
    heading: Row | None = None  # "Net loss per share:" over its "Basic" and "Diluted" rows
    # The label-only line over rows printed under it ("Naglazyme" / "  United States"); the first
    # one may stand among the column headers, above the first row of figures.
    group = table.header[-1] if table.header and _label_line(table.header[-1]) else None
    group_first: Row | None = None  # the first row with figures under ``group``
    counted: Row | None = None  # a heading's second half printed under a line counting shares
    section = 0  # the sign convention an "Other income (expense):" heading states for the rows under it
    positions = _column_positions(table.body, ncols)
    in_revenues = False  # under a "Revenues:" heading, until its total or the next section
    in_expenses = False  # under an "Operating expenses:" heading, until its total or the next section
    # Expense concepts two rows of the table name ("Research and development" under "Revenues:" and
    # again under "Costs and expenses:"): the one under "Revenues:" is revenue.
    named = [c.name for row in table.body if row.cells and (c := concept_of(row.label)) is not None]
    doubled = {name for name in named if named.count(name) > 1}
    words = _statement_words(table)
    for row in table.body:
        if row.line in table.breaks:
            pending = heading = group = group_first = (
                None  # a new page: no label runs on from the page before
            )
        mended = mend_ocr_words(row.label, words)
        if mended != row.label:
            # Words OCR printed with digits for letters ("Tota1 revenues", "Net 1oss"): every rule
            # below reads the words.
            row = replace(row, label=mended)
        if not row.cells:
            key = normalise_label(row.label)
            section = _section_convention(row.label)
            if _SECTION.match(key):
                in_revenues = key.startswith("revenue")
                in_expenses = _EXPENSES_HEADING.match(key) is not None
            if _RULE.match(row.label):
                # A rule under a row closes no heading: "Earnings per common share:" / "Basic …" /
                # "=====" / "Diluted …" (a label broken over lines runs on over none).
                pending = None
            elif _SECTION.match(key) or not row.has_letters or _FIGURE.search(row.label):
                pending = heading = None  # a label holding a figure is a row read wrong
                group, group_first = (row if _SECTION.match(key) else None), None
            else:
                above = pending
                if (
                    pending is not None
                    and (
                        _continues(row.label)
                        or _OPEN_END.search(pending.label)
                        or _label_runs_on_in_capitals(pending, row)
                        or _count_runs_on(pending, row)
                    )
                    and not pending.label.rstrip().endswith(":")
                ):
                    # A label broken over two label-only lines: "Shares used in computing net" /
                    # "income (loss) per share:" over its "Basic" and "Diluted" rows; in capitals,
                    # the second printed deeper under a first that cannot stand alone ("WEIGHTED
                    # AVERAGE NUMBER OF COMMON" / "  SHARES OUTSTANDING:" over "  Basic and Diluted").
                    labels_only.remove(pending)
                    row = replace(row, label=pending.label.rstrip() + " " + row.label.strip())
                    above = None
                counted = row if _heading_half_under_count(above, row) else counted
                labels_only.append(row)
                pending = group = row
                group_first = None
                heading = row if row.label.rstrip().endswith(":") else None
            continue
        if not row.has_letters:
            if not is_years_line(row.text):
                orphans.append(row)
            pending = heading = None
            continue
        if _names_table_and_year(row):
            # "Quarterly Statements of Operations Data, Year 2010": a heading, its year no figure.
            declined.append(Skipped(NAME, _table_heading_note(row), row.line))
            pending = heading = group = group_first = None
            continue
        label = row.label
        found = concept_of(label)
        qualifier = bool(_QUALIFIER.match(normalise_label(label)))
        prefix = pending if pending is not None else heading if qualifier else None
        if qualifier and prefix is not None and prefix is counted:
            declined.append(Skipped(NAME, _counted_heading_note(prefix, label), row.line))
            continue
        if prefix is not None:
            # A label broken over two lines: "Long term portion of deferred revenue and" / "other … 13,849 14,064",
            # or a heading over its rows: "Net loss per share:" / "Basic … (0.25)" / "Diluted … (0.25)".
            joined = prefix.label + " " + label
            joined_concept = concept_of(joined)
            # A qualifier under a heading whose concept holds both ("Shares used in computing net loss
            # per share:" over "Basic" and "Diluted") names neither alone: the joined label, unmapped.
            # A label of its own ("Interest expense" under "Other expense (income):", "GAAP net loss"
            # under a table's title) runs on from no line above it.
            runs_on = qualifier or bool(_continues(label) or _OPEN_END.search(prefix.label))
            # A label running on in small letters from the line above ("Contract manufacturing" /
            # "revenue  3,410", "Research and development" / "revenue  3,095"): its own words
            # ("revenue") name the line no more than the first line's do, even when those name a
            # concept alone; the whole label is its name, whatever concept that is, or none.
            # A label in capitals runs on likewise when printed deeper than the line above and
            # naming nothing alone ("WEIGHTED AVERAGE COMMON SHARES" / "  OUTSTANDING, BASIC").
            # A line counting shares left open ("Weighted average number of common shares outstanding
            # used in computing" / "Basic and diluted net loss per share  40,212"): the line under it
            # completes what the count is used for, and counts shares, whatever its own words name.
            continued = prefix is pending and (
                (_continues(label) and not _heading_line(prefix.label))
                or _runs_on_in_capitals(prefix, row, found)
                or _count_left_open(prefix.label)
            )
            if (
                (joined_concept is not None and (runs_on or not _heading_line(prefix.label)))
                or (runs_on and found is None and (qualifier or concept_of(prefix.label) is None))
                or continued
            ):
                label, found = joined, joined_concept
                if prefix in labels_only:
                    labels_only.remove(prefix)
                if qualifier:
                    # "INCOME PER COMMON SHARE" / "Basic …" / "Diluted …": a line that "Basic" qualifies
                    # heads the "Diluted" below it too, with or without a colon.
                    heading = prefix
        pending = None
        if not qualifier:
            heading = None
        if found is None:
            found = _total_concept(label)
        if found is not None and found.unit == "USD" and names_per_share(label):
            found = None  # an amount per share is no dollar total, whatever concept its words name
        if found is not None and found.sign.endswith("a loss is negative"):
            section = 0  # a result ("Net loss") is no line of the block above it
            in_expenses = False
        by_column = _place(row, ncols, positions, centres, edge, rough)
        if by_column is None:
            continue  # named by ``_unplaced``
        if _unsure_label(label, found):
            declined.append(Skipped(NAME, _unsure_label_note(label), row.line))
            continue
        if group is not None and group_first is None:
            group_first = row
        if found is None and _bare_label(label):
            if not _under_group(group, row, group_first):
                declined.append(Skipped(NAME, _bare_label_note(label), row.line))
                continue
            assert group is not None
            label = _with_group(group, label)
            found = concept_of(label)
        elif group is not None and not _under_group(group, row, group_first):
            group = group_first = None  # a line of its own at the heading's depth: the heading's rows ended
        if found is None and _CAPTION_ONLY.match(normalise_label(label)):
            declined.append(Skipped(NAME, _caption_note(label), row.line))
            continue
        if normalise_label(label).startswith("total "):
            group = group_first = None  # the block's total closes it
        revenue = False
        if in_revenues and normalise_label(label).startswith("total"):
            in_revenues = False
        elif in_revenues and found is not None and found.sign.startswith("debit: an expense"):
            if found.name in doubled:
                # "Research and development" under "Revenues:" is revenue from research work, not the
                # expense of the same name further down: a revenue line of its own, with no concept
                # (its local concept says it is revenue, see ``_local_name``).
                revenue, found = True, None
            else:
                in_revenues = False  # an expense: the revenue lines ended without a total
        if table.kind == "CashFlow" and (found is None or found.statement != "CashFlow"):
            # Only the flows the vocabulary has concepts for are read: a balance at the period's
            # start or end printed among them ("Cash and cash equivalents at end of year") is no
            # flow, and a line no concept names would get a concept minted from words whose sign
            # its figures may contradict ("Net cash used in investing activities (13,850)").
            declined.append(Skipped(NAME, _cash_flow_note(label, found), row.line))
            continue
        if found is not None and (found.statement == "BalanceSheet") != (table.kind == "BalanceSheet"):
            # A balance-date figure among period columns ("Other financial data: Cash …" under a
            # statement of operations), or the reverse: the columns' periods are not its periods.
            declined.append(Skipped(NAME, _other_statement_note(label, found), row.line))
            continue
        lines.append(_Line(row, found, clean_label(label), by_column, section, revenue, int(in_expenses)))
        if normalise_label(label).startswith("total "):
            section = 0  # the block's total closes it
            in_expenses = False
    return _totals_over_parts(_footed_expenses(lines)), orphans, labels_only, declined


#: A heading over a statement's expense lines: "Operating expenses:", "Costs and expenses:".
_EXPENSES_HEADING = cached_compile(r"^(?:operating )?(?:costs and )?(?:operating )?expenses$")


def _footed_expenses(lines: list[_Line]) -> list[_Line]:
    """The lines, each under an expenses heading marked 1 when the heading's total ("Total operating
    expenses") is the sum of the lines above it as printed in every column the total prints, and -1
    when it is not or no total closes them: only a block that foots shows which lines it adds."""
    out = list(lines)
    block: list[int] = []
    for index, line in enumerate(lines):
        if not line.expenses:
            block = []
            continue
        if not normalise_label(line.label).startswith("total "):
            block.append(index)
            continue
        footed = 1 if block and _sums_to(line, [lines[i] for i in block]) else -1
        for i in (*block, index):
            out[i] = replace(lines[i], expenses=footed)
        block = []
    for i in block:
        out[i] = replace(lines[i], expenses=-1)  # no total closes the block
    return out


def _sums_to(total: _Line, parts: list[_Line]) -> bool:
    """True when ``total`` prints, in every column it prints a figure in, the sum of the figures
    ``parts`` print there, each part printing one in every such column."""
    columns = [c for c, i in total.by_column.items() if not total.row.cells[i].damaged]
    if not columns:
        return False
    for column in columns:
        cells = [part.row.cells[part.by_column[column]] for part in parts if column in part.by_column]
        if len(cells) != len(parts) or any(cell.damaged or cell.change for cell in cells):
            return False
        if sum((cell.value for cell in cells), Decimal(0)) != total.row.cells[total.by_column[column]].value:
            return False
    return True


def _names_table_and_year(row: Row) -> bool:
    """A line naming a statement or table whose one "figure" is a year: a heading printed inside a
    statement's lines ("Quarterly Statements of Operations Data, Year 2010"), no row."""
    if len(row.cells) != 1:
        return False
    cell = row.cells[0]
    year = (
        cell.decimals == 0
        and 1900 <= cell.value <= 2100
        and "," not in row.text[cell.start - row.start : cell.end - row.start]
    )
    return year and (
        _TITLE.search(_mended_title(row.label)) is not None or _SELECTED.match(row.label) is not None
    )


def _table_heading_note(row: Row) -> str:
    """Why a heading read as a row with a year for its figure is not read."""
    return f"{_shortened(' '.join(row.label.split()))!r} names a statement and a year: a heading, no row; not read"


def _indent(row: Row) -> int:
    """How far right of the line's start a row's label is printed (spaces; a tab counts as eight)."""
    text = row.text.expandtabs(8)
    return len(text) - len(text.lstrip())


def _runs_on_in_capitals(above: Row, row: Row, found: Concept | None) -> bool:
    """True when a row's label in capitals is the second half of the label-only line in capitals
    above it ("WEIGHTED AVERAGE COMMON SHARES" / "  OUTSTANDING, BASIC  100,964"): printed deeper
    than that line, and neither half naming a concept alone (a heading in capitals over rows of
    their own, "OTHER INCOME (EXPENSE)" / "  INTEREST INCOME", names one; so do they). A section's
    heading ("LONG-TERM LIABILITIES", "CASH FLOWS FROM INVESTING ACTIVITIES") heads the rows printed
    deeper under it whether or not they name a concept: it runs on into none of them."""
    first, second = above.label.strip(), row.label.strip()
    return (
        first.isupper()
        and second.isupper()
        and not first.endswith(":")
        # A line running on from the heading's words ("ACCRUED EXPENSES" / "  AND OTHER LIABILITIES")
        # shows them the start of its label.
        and not (_section_heading(first) and _CAPITALS_CONTINUE.match(normalise_label(second)) is None)
        and found is None
        and _total_concept(second) is None
        and not _QUALIFIER.match(normalise_label(second))
        and concept_of(first) is None
        and _indent(row) > _indent(above)
    )


#: The last words of a section's heading: "CURRENT LIABILITIES", "LONG-TERM ASSETS", "STOCKHOLDERS'
#: DEFICIT", "CASH FLOWS FROM OPERATING ACTIVITIES", "COSTS AND EXPENSES", "OTHER INCOME (EXPENSE)".
_SECTION_HEADING_END = cached_compile(
    r"\b(?:activities|liabilities|assets|equity|deficit|deficiency|expenses|revenues|income \(expense\)"
    r"|expense \(income\)|\(expense\) income|\(income\) expense)$"
)


def _heading_half_under_count(above: Row | None, row: Row) -> bool:
    """True when the label-only line ``row``, not run on from the label-only line ``above`` it, opens
    with no word a label starts with ("(Loss) per share:") under a line counting shares ("Shares used
    in computing net income"): the second half of a heading broken over lines, whose rows count
    shares, whatever its own words name."""
    if above is None or _LABEL_START.match(row.label.strip()) is not None:
        return False
    return _SHARE_COUNT.search(normalise_label(above.label)) is not None


#: The last word of a label left open for what it is used in: "… shares outstanding used in computing".
_WAITS_FOR_OBJECT = cached_compile(
    r"(?i)\b(?:computing|calculating|determining|compute|calculate|determine)\s*$"
)


def _count_left_open(label: str) -> bool:
    """True for a label counting shares (``_SHARE_COUNT``) whose last word waits for the next line's
    ("Weighted average number of common shares outstanding used in computing", "Shares used in
    calculating the net loss per share of"): the line under it runs it on."""
    if _OPEN_END.search(label) is None and _WAITS_FOR_OBJECT.search(label) is None:
        return False
    return _SHARE_COUNT.search(normalise_label(label)) is not None


def _count_runs_on(above: Row, row: Row) -> bool:
    """True when the label-only line ``row`` is the second half of the label-only line ``above``
    counting shares: ``above`` left open (``_count_left_open``), or ``row`` opening with a word that
    starts no label ("SHARES USED IN COMPUTING NET LOSS" / "PER SHARE:", whatever the depth of
    either): a heading over rows that count shares."""
    if _count_left_open(above.label):
        return True
    return (
        _SHARE_COUNT.search(normalise_label(above.label)) is not None
        and _CAPITALS_CONTINUE.match(normalise_label(row.label)) is not None
    )


def _counted_heading_note(heading: Row, label: str) -> str:
    """Why a qualifier under a heading broken under a line counting shares is not read."""
    text = " ".join(f"{heading.label} {label}".split())
    return (
        f"{_shortened(text)!r}: a heading broken under a line counting shares, a count or a per-share"
        " figure; not read"
    )


def _section_heading(label: str) -> bool:
    """True for a label-only line naming a section of a statement rather than a line of it: it ends
    in a colon, in the words a section's heading ends in (``_SECTION_HEADING_END``), is one of the
    headings ``_SECTION`` knows, or names a statement."""
    text = label.strip()
    key = normalise_label(text)
    return (
        text.endswith(":")
        or _SECTION_HEADING_END.search(key) is not None
        or _SECTION.match(key) is not None
        or _TITLE.search(text) is not None
    )


#: The last word of a label-only line in capitals that needs the next line's word to name anything:
#: "WEIGHTED AVERAGE NUMBER OF COMMON" / "SHARES OUTSTANDING:" (an adjective waiting for its noun).
_WAITS_FOR_NOUN = cached_compile(r"\b(?:common|preferred|average|weighted|convertible|redeemable)$")
#: The first word of a line in capitals that runs on from the line above and starts no label itself:
#: "… COMMON SHARES" / "OUTSTANDING:", "… CASH AND CASH" / "EQUIVALENTS".
_CAPITALS_CONTINUE = cached_compile(
    r"^(?:outstanding|equivalents|portion|attributable|applicable|used|of|and|or|to|in|for|from|by"
    r"|with|per|net of)\b"
)


def _label_runs_on_in_capitals(above: Row, row: Row) -> bool:
    """True when the label-only line ``row`` in capitals is the second half of the label-only line
    in capitals above it: ``_runs_on_in_capitals``, and the first line cannot stand alone, ending in
    a word waiting for the next line's noun or the second opening with a word that starts no label
    ("WEIGHTED AVERAGE NUMBER OF COMMON" / "  SHARES OUTSTANDING:"). A line that stands alone
    ("LONG-TERM LIABILITIES", "RESEARCH AND DEVELOPMENT") runs on into no label-only line: the
    second starts a label of its own ("  DEFERRED REVENUE, NET OF" / "  CURRENT PORTION  12,000")."""
    first, second = normalise_label(above.label), normalise_label(row.label)
    return _runs_on_in_capitals(above, row, concept_of(row.label)) and (
        _WAITS_FOR_NOUN.search(first) is not None or _CAPITALS_CONTINUE.match(second) is not None
    )


#: A label naming nothing by itself: a region, "Other" (and "Other, net"), "Total", a product's letter,
#: "Related party". Under a heading
#: it names a part of what the heading names ("Naglazyme" / "  United States"); alone, a concept
#: minted from it would be shared by every filer printing such a line, whatever it counts.
_BARE_LABEL = cached_compile(
    r"^(?:total|(?:other|others|all other)(?: net| \(net\))?|united states|u s|us|international|domestic|foreign|europe"
    r"|rest of (?:the )?world|row|ex u s|outside (?:of )?(?:the )?(?:u s|us|united states)"
    r"|(?:north|south|latin) america|asia(?: pacific)?|japan|canada|other (?:countries|regions)"
    r"|product [a-z0-9]|related part(?:y|ies)|third part(?:y|ies)|affiliates?|non affiliates?)$"
)


def _bare_label(label: str) -> bool:
    """True for a label naming nothing by itself (``_BARE_LABEL``)."""
    return _BARE_LABEL.match(normalise_label(label)) is not None


def _under_group(group: Row | None, row: Row, first: Row | None) -> bool:
    """True when ``row`` stands under the label-only line ``group``: printed deeper than it
    ("Naglazyme" / "  United States"), or, under a heading ending with a colon whose rows are printed
    at its own depth (as rendered tables print them), at that depth too. ``first`` is the first row
    printed under the heading: when it stands deeper, a row at the heading's depth is under none."""
    if group is None:
        return False
    if _indent(row) > _indent(group):
        return True
    flat = first is None or _indent(first) <= _indent(group)
    return group.label.rstrip().endswith(":") and flat


def _with_group(group: Row, label: str) -> str:
    """A bare label with the heading it stands under: "Naglazyme United States", and for a total,
    "Total Naglazyme"."""
    head = group.label.strip().rstrip(":").strip()
    if normalise_label(label) == "total":
        return f"{label.strip()} {head}"
    return f"{head} {label.strip()}"


#: A balance-sheet caption the statement format requires whatever the filer owes: "Commitments and
#: contingencies (Note 5)". Its dashes say no amount is recorded; a figure of 0 minted from it would
#: state a balance no one reported.
_CAPTION_ONLY = cached_compile(
    r"^(?:commitments(?: and contingenc(?:y|ies))?|contingencies(?: and commitments)?)"
    r"(?: \(?(?:see )?notes? [0-9a-z]+\)?)?$"
)


def _caption_note(label: str) -> str:
    """Why a caption row ("Commitments and contingencies") is not read."""
    text = _shortened(" ".join(label.split()))
    return f"{text!r} is a caption of the balance sheet, no amount; not read"


def _bare_label_note(label: str) -> str:
    """Why a row whose label names nothing by itself is not read."""
    text = _shortened(" ".join(label.split()))
    return f"{text!r} names nothing by itself and stands under no heading naming what it counts; not read"


def _statement_words(table: Table) -> frozenset[str]:
    """The words (four letters or more, in small letters) of a statement's labels as printed: a word
    OCR damaged in one label ("Notes payab1e") is read as the word another label prints ("Accounts
    payable"), see ``kg.concepts.mend_ocr_words``."""
    return frozenset(
        word.lower()
        for row in table.body
        for word in re.findall(r"(?<![\w|])[A-Za-z]{4,}(?![\w|])", row.label)
    )


def _unsure_label_note(label: str) -> str:
    """Why a row ``_unsure_label`` declines is not read."""
    text = _shortened(" ".join(label.split()))
    if _FIGURE.search(label):
        return f"label {text!r} holds a figure: the row's cells were not all found; not read"
    if _FOOTNOTE_LABEL.match(label):
        return (
            f"label {text!r} opens with a footnote's marker: a footnote, no line of the statement; not read"
        )
    if _CAPTION_TAIL.search(label.strip()):
        return f"label {text!r} ends a caption broken over lines: the line it names is not known; not read"
    return f"{text!r} qualifies no heading above it; not read"


def _other_statement_note(label: str, concept: Concept) -> str:
    """Why a row whose concept is another kind of statement's is not read."""
    text = _shortened(" ".join(clean_label(label).split()))
    if concept.statement == "BalanceSheet":
        return f"{text!r} names {concept.name}, a balance-sheet figure, among columns of periods; not read"
    return f"{text!r} names {concept.name}, a figure of a period, among balance-sheet dates; not read"


#: A cash-flow line giving a balance, not a flow: "Cash and cash equivalents at beginning of year",
#: "Cash, end of period", "Cash and cash equivalents, beginning balance".
_CASH_BALANCE = cached_compile(
    r"\b(?:at\s+)?(?:the\s+)?(?:beginning|end|start)\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|period|quarter)\b"
    r"|\b(?:beginning|ending|opening|closing)\s+balances?\b"
)


def _cash_flow_note(label: str, concept: Concept | None) -> str:
    """Why a line of a cash-flow statement is not read."""
    text = _shortened(" ".join(clean_label(label).split()))
    if _CASH_BALANCE.search(normalise_label(label)):
        return (
            f"{text!r} is a balance at the period's start or end, no flow of a cash-flow statement; not read"
        )
    if concept is not None:
        return f"{text!r} names {concept.name}, no line of a cash-flow statement; not read"
    return f"{text!r}: the vocabulary has no cash-flow concept for it; not read"


def _heading_line(label: str) -> bool:
    """A label-only line that heads rows rather than starting a broken label: it ends with a colon
    ("Other expense (income):") or is printed in capitals (a table's title, "RECONCILIATION OF …")."""
    text = label.strip()
    return text.endswith(":") or (text.isupper() and len(text.split()) > 1)


def _section_convention(label: str) -> int:
    """The sign convention a label-only heading states for the rows under it: +1 for "Other income
    (expense):" (income printed positive, expense in parentheses), -1 for "Other expense (income):"
    (expense positive, income in parentheses), 0 for a heading stating none."""
    sense = label_sense(label)
    return sense.side if sense.two_sided else 0


#: "Total …": a label summing the lines above it.
_TOTAL = cached_compile(r"^total (?P<rest>.+)$")


def _total_concept(label: str) -> Concept | None:
    """The concept a "Total …" label sums when the table knows only the words after "Total": "Total
    other income (expense), net" is other income (expense), net."""
    match = _TOTAL.match(normalise_label(label))
    return concept_of(match.group("rest")) if match else None


def _totals_over_parts(lines: list[_Line]) -> list[_Line]:
    """Lines with a concept a "Total …" line of the same table also names are parts of that total, not
    the concept: "Other income (expense), net" among "Interest income", "Interest expense" and
    "Total other income (expense), net" is one kind of other income. They keep their label, unmapped."""
    totals = {
        line.concept.name
        for line in lines
        if line.concept and normalise_label(line.label).startswith("total ")
    }
    return [
        replace(line, concept=None)
        if line.concept is not None
        and line.concept.name in totals
        and not normalise_label(line.label).startswith("total ")
        else line
        for line in lines
    ]


#: A rule printed under a statement's figures: "--------", "========", "________".
_RULE = cached_compile(r"^[\s=_\-–—]+$")
#: A row label that only qualifies a heading above it: "Basic", "Diluted", "Basic and diluted".
_QUALIFIER = cached_compile(r"^(?:basic|diluted|basic and diluted|primary|fully diluted)$")
#: A well-formed figure ("9,060", "(4,385)"): in a label it means the row's cells were not all found.
_FIGURE = cached_compile(r"\d{1,3}(?:,\d{3})+")


#: A label opening with a footnote's marker and a word ("(1) Includes stock-based compensation"): a
#: footnote printed among the statement's lines, with figures of its own, not a line of it.
_FOOTNOTE_LABEL = cached_compile(_FOOTNOTE_MARK)


#: The last line of a caption broken over lines, whose figures are those of the line the caption's
#: first line names: "Common stock, $0.001 par value; 75,000,000" / "shares authorized; …" / "at
#: September 30, 2008 and December 31," / "2007, respectively   26   24". It opens with the year its
#: sentence ran on to, or closes the sentence with "respectively": what it names is no line.
_CAPTION_TAIL = cached_compile(r"(?i)^(?:19|20)\d\d\s*,|\brespectively\s*[.,;:]?\s*$")


def _unsure_label(label: str, concept: Concept | None) -> bool:
    """True for a row not to read: its label holds a figure (cells taken for words), opens with a
    footnote's marker or is the tail of a caption broken over lines (``_CAPTION_TAIL``), or it is a
    bare qualifier ("Diluted") with no heading to say what it qualifies."""
    if _FIGURE.search(label) or _FOOTNOTE_LABEL.match(label) or _CAPTION_TAIL.search(label.strip()):
        return True
    return concept is None and bool(_QUALIFIER.match(normalise_label(label)))


def _column_positions(body: list[Row], ncols: int) -> list[int] | None:
    """Tab-cell index of each column, learnt from the rows that print every column."""
    full = [
        tuple(c.cell_index for c in r.cells)
        for r in body
        if r.tabbed and len(r.cells) == ncols and r.has_letters
    ]
    if not full:
        return None
    common, _ = Counter(full).most_common(1)[0]
    return list(common)


def _place(
    row: Row,
    ncols: int,
    positions: list[int] | None,
    centres: Anchors | None = None,
    edge: Anchors | None = None,
    rough: Anchors | None = None,
) -> dict[int, int] | None:
    """Column of each cell, or None when the row's cells cannot be placed with certainty.

    A full row maps in order. A short tab-separated row maps through the tab positions of full
    rows. A short space-separated row fills the leftmost columns: OCR and text wrapping cut off
    the right-hand (prior-period) columns, they do not remove leading ones. With ``centres`` (a
    table whose last column is not read, where a row may print only that column) each cell goes
    to the column it stands under instead; an empty ``centres`` (no clear columns) places none.
    With ``edge`` (the columns of a clearly aligned table), a short row whose first figure stands
    left of them all is no row of the table ("Tel: (450) 467-2600 ext. 2000" under a balance sheet):
    not placed. With ``rough`` (where the full rows' figures end), a short row one of whose figures
    stands nearer another column than the one filling from the left would give it leaves a column
    blank before a printed one ("287      815   612" under four columns): placed by position where
    the columns are clear (``edge``), else not at all.
    """
    count = len(row.cells)
    if row.footnote:
        return None  # a "(1)" that is neither clearly a marker nor clearly a value
    if count == ncols:
        return {i: i for i in range(ncols)}
    if count > ncols:
        return None
    if row.tabbed:
        if positions is None:
            return None
        placed = {}
        for index, cell in enumerate(row.cells):
            if cell.cell_index not in positions:
                return None
            placed[positions.index(cell.cell_index)] = index
        return placed
    if centres is not None:
        return _place_by_position(row, centres)
    if edge is not None and _left_of_columns(row, edge):
        return None
    if rough is not None and not row.tabbed and not _fills_from_the_left(row, rough):
        return _place_by_position(row, edge) if edge is not None else None
    return {i: i for i in range(count)}


def _rough_columns(table: Table, ncols: int) -> Anchors | None:
    """Where each column's figures end in the full space-separated rows of ``table`` (the median of
    their last digits), however unevenly OCR printed them, as long as every full row's figures stand
    nearest their own columns; None without ``_EDGE_ROWS`` such rows, or for rows separated by single
    spaces whose figures stand wherever their labels end (no columns to tell a blank one by)."""
    full = [r for r in table.body if len(r.cells) == ncols and not r.tabbed and r.has_letters]
    if ncols < 2 or len(full) < _EDGE_ROWS:
        return None
    anchors = Anchors([], right=True)
    points = [statistics.median(anchors.position(r, r.cells[i]) for r in full) for i in range(ncols)]
    if any(b <= a for a, b in itertools.pairwise(points)):
        return None
    rough = Anchors(points, right=True)
    return rough if all(_fills_from_the_left(r, rough) for r in full) else None


def _fills_from_the_left(row: Row, rough: Anchors) -> bool:
    """True when each figure of a short row stands nearer the column it fills from the left (its
    first figure the first column, …) than any other column."""
    for index, cell in enumerate(row.cells):
        at = rough.position(row, cell)
        if min(range(len(rough.points)), key=lambda i: abs(rough.points[i] - at)) != index:
            return False
    return True


#: The fewest rows printing every column from which the columns of a table are taken as clear enough
#: to tell a figure standing left of them all.
_EDGE_ROWS = 3


def _left_edge(table: Table, ncols: int) -> Anchors | None:
    """The columns of a space-aligned statement of two or more columns whose figures stand in clear
    columns (``_aligned_centres``) over at least ``_EDGE_ROWS`` full rows, or None."""
    if ncols < 2:
        return None
    full = [r for r in table.body if len(r.cells) == ncols and not r.tabbed and r.has_letters]
    if len(full) < _EDGE_ROWS:
        return None
    return _aligned_centres(table, ncols)


def _left_of_columns(row: Row, edge: Anchors) -> bool:
    """True when a short space-separated row's first figure stands left of the first column by more
    than the narrowest gap between two columns: under no column of the table."""
    if row.tabbed or not row.cells or len(edge.points) < 2:
        return False
    gap = min(b - a for a, b in itertools.pairwise(edge.points))
    return edge.position(row, row.cells[0]) < edge.points[0] - gap


def _place_by_position(row: Row, anchors: Anchors) -> dict[int, int] | None:
    """Each cell to the column whose anchor is nearest; None when two cells would share one, or
    when a cell stands nearer the middle of two columns than a quarter gap from either."""
    centres = anchors.points
    if not centres:
        return None
    placed: dict[int, int] = {}
    for index, cell in enumerate(row.cells):
        centre = anchors.position(row, cell)
        column = min(range(len(centres)), key=lambda i: abs(centres[i] - centre))
        gap = min(b - a for a, b in itertools.pairwise(centres))
        if column in placed or abs(centres[column] - centre) > gap / 4:
            return None
        placed[column] = index
    return placed


def _unplaced(
    table: Table,
    ncols: int,
    centres: Anchors | None = None,
    edge: Anchors | None = None,
    rough: Anchors | None = None,
) -> Iterator[tuple[str, int]]:
    positions = _column_positions(table.body, ncols)
    for row in table.body:
        if row.cells and row.has_letters and _place(row, ncols, positions, centres, edge, rough) is None:
            if edge is not None and len(row.cells) < ncols and _left_of_columns(row, edge):
                reason = (
                    f"figure of {_shortened(row.label)!r} stands left of every column of the table; not read"
                )
            elif row.footnote:
                marker = row.text[row.cells[0].start - row.start : row.cells[0].end - row.start]
                reason = f"{marker!r} after {row.label!r} may be a footnote marker or a value; row not read"
            else:
                reason = f"cells of {row.label!r} cannot be placed in the {ncols} columns"
            yield (reason, row.line)


#: Words of a label counting shares: "Weighted-average shares used in computing net loss per share:
#: Basic", "Shares used to compute net loss per basic and diluted share".
_SHARE_COUNT = cached_compile(r"\b(?:weighted|shares used|number of (?:common )?shares|shares outstanding)\b")
#: Words of a label naming an amount per share: "per share", "per common share", "per basic and
#: diluted share", "per share - basic", "per share of common stock".
_PER_SHARE = cached_compile(r"\bper (?:(?:basic|diluted|and|common|ordinary) )*share\b")


def names_per_share(label: str) -> bool:
    """True when a statement label names an amount per share ("Net loss per basic and diluted
    share") and no count of shares: its figures are dollars per share, never scaled."""
    key = normalise_label(label)
    return _PER_SHARE.search(key) is not None and _SHARE_COUNT.search(key) is None


def _unit_of(concept: Concept | None, label: str) -> str:
    if concept is not None:
        return concept.unit
    key = normalise_label(label)
    if _SHARE_COUNT.search(key):
        return "Shares"
    if names_per_share(label):
        return "USDPerShare"
    if re.search(r"\bshares\b", key):
        return "Shares"
    return "USD"


def _without_non_gaap(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Statement lines, and the lines naming a non-GAAP measure ("Non-GAAP net loss", "Adjusted
    EBITDA"), which no statement reports and whose concept is none of the statements'."""
    measures = [line for line in lines if _NON_GAAP.search(line.label)]
    return [line for line in lines if line not in measures], measures


#: A side word opening a label, its link, and the other side in brackets with a link of its own:
#: "Provision for (benefit from) income taxes", "Benefit from (provision for) income taxes".
_BRACKETED_OTHER_SIDE = cached_compile(
    r"^(?P<side>[a-z]+)\s+(?P<link>for|from|of|on)\s+\((?P<other>[a-z]+)\s+(?:for|from|of|on)\)\s+"
)


def _label_sense(label: str) -> Sense:
    """The side a statement line's label names (``kg.concepts.label_sense``), its bracketed other side
    read where a link word stands between them: "Provision for (benefit from) income taxes" names a
    provision printed positive and a benefit in brackets, as "Provision (benefit) for income taxes"
    does, not a provision alone (whose figures printed both ways would leave the signs unsure)."""
    key = normalise_label(label)
    match = _BRACKETED_OTHER_SIDE.match(key)
    if match is None:
        return label_sense(label)
    side, link, other = match.group("side", "link", "other")
    return label_sense(f"{side} ({other}) {link} {key[match.end() :]}")


def _line_sides(line: _Line, table: Table) -> tuple[Sense, int] | None:
    """The side a statement line's figures are printed for and the side its concept counts positive
    (+1: income, -1: expense), or None when its printed signs are kept: a count, a balance or a cash
    flow, a line naming no side whose concept has none."""
    if (table.kind or table.duration_kind) != "IncomeStatement" or _unit_of(
        line.concept, line.label
    ) == "Shares":
        return None
    sense = _label_sense(line.label)
    if line.concept is not None:
        target = line.concept.side
        if not sense.side:
            sense = Sense(target)  # "Research and development": the concept's side, one-sided
    else:
        if not sense.side and line.section and _names_cost(line.label):
            # "Amortization of debt discount and issuance costs" under "Other income (expense):": a
            # cost, counted positive like "Interest expense" beside it, read in the heading's convention.
            sense = Sense(-1, expense=True)
        elif sense.side < 0 and not sense.two_sided and not sense.expense and line.expenses > 0:
            # "Equity in loss of collaboration" under "Operating expenses:", added into their total:
            # the statement charges it as an expense, positive like the lines beside it.
            sense = Sense(-1, expense=True)
        # A concept minted from the label counts its own words' side the us-gaap way: an expense
        # ("Interest expense") and a loss charged like one ("Impairment loss on investments", "Loss
        # on sale of assets") positive, income positive, a result's loss ("Loss before minority
        # interest") negative (see ``kg.concepts.Sense.expense``).
        target = -1 if sense.expense else 1 if sense.side else 0
    return (sense, target) if sense.side and target else None


#: Words naming a cost charged against income, which no side word of ``kg.concepts.label_sense`` is:
#: "Amortization of debt discount", "Financing costs", "Depreciation", "Impairment charge".
_COST_WORDS = frozenset(
    {"cost", "costs", "amortization", "amortisation", "depreciation", "charge", "charges", "impairment"}
)
#: Words of a label naming income or money coming back: a cost word beside them names no cost
#: ("Cost recoveries", "Costs recovered", "Cost sharing", "Cost-sharing reimbursements").
_CREDIT_LABEL_WORDS = frozenset(
    {
        "income",
        "gain",
        "gains",
        "benefit",
        "benefits",
        "reimbursement",
        "reimbursements",
        "reimbursed",
        "recovery",
        "recoveries",
        "recovered",
        "sharing",
        "revenue",
        "revenues",
    }
)
#: A payer named in a label: "Cost recoveries from insurance", "Costs from collaborator". Money a
#: line names coming from someone is no cost charged against income.
_FROM_PAYER = cached_compile(r"\bfrom [a-z]")
#: Where a label's own words end and those of what it is incurred on begin ("Amortization | of debt
#: discount and issuance costs"): the words after it name the thing, not the line's side.
_LABEL_LINK = cached_compile(r"\b(?:of|on|for|from|to|related|associated|in)\b")


def _names_cost(label: str) -> bool:
    """True for a label whose own words (before "of", "on", …) name a cost and none of whose words
    names income or a gain: "Amortization of debt discount and issuance costs", "Debt issuance
    costs". "Reimbursement of costs" (the cost after "of"), "Amortization of deferred gain" (a
    gain), "Cost sharing from collaborator" (money coming back, from a payer) name none."""
    key = normalise_label(label)
    if set(re.findall(r"[a-z]+", key)) & _CREDIT_LABEL_WORDS or _FROM_PAYER.search(key):
        return False
    own = _LABEL_LINK.split(key, maxsplit=1)[0]
    return bool(set(re.findall(r"[a-z]+", own)) & _COST_WORDS)


def _reading(line: _Line, table: Table) -> tuple[int, int | None] | None:
    """How a statement line's printed figures read: the side its concept counts positive and the
    convention the line is printed in (+1: income positive and an expense in parentheses, -1: an
    expense positive and income in parentheses), or None for that convention when the words and the
    heading above disagree or leave both open. None: no side to sign by, figures kept as printed.

    A two-sided label ("Net (loss) income", "Income tax benefit (expense)") states its convention. A
    label naming one side prints amounts of that side: an expense or loss deducted is printed in
    parentheses or not ("Net loss (8,615)", "Net loss 8,615"), so a row printing it both ways is
    unclear; income is never deducted, so income in parentheses is negative, unless the heading above
    states that income is printed in parentheses ("Other expense (income):" over "Interest income (54)").
    """
    sides = _line_sides(line, table)
    if sides is None:
        return None
    sense, target = sides
    if _unconfirmed_charge(line, sense):
        return target, None
    if sense.two_sided:
        return target, sense.side
    printed = {value > 0 for value in _printed_values(line) if value != 0}
    if not printed:
        return target, 1  # zeros only: every convention reads them alike
    if printed == {True}:
        plausible = {sense.side}
    elif printed == {False} and sense.side < 0:
        plausible = {1}  # an expense or loss deducted
    else:
        plausible = {1, -1}  # income in parentheses as a negative figure, or under "(income)"
    if line.section:
        return target, line.section if line.section in plausible else None
    if len(plausible) == 1:
        return target, plausible.pop()
    return target, 1 if sense.side > 0 else None


def _unconfirmed_charge(line: _Line, sense: Sense) -> bool:
    """True for a line no concept names whose words name a result's loss ("Equity in loss of
    collaboration", negative as a result) printed under an expenses heading whose total does not
    show it added as an expense (``_footed_expenses``): which of the two it is stays unsure."""
    return line.concept is None and line.expenses < 0 and sense.side < 0 and not sense.expense


def _printed_values(line: _Line) -> list[Decimal]:
    """The figures a statement line prints in the columns read, signed as printed."""
    cells = [line.row.cells[index] for index in line.by_column.values()]
    return [c.value for c in cells if not c.damaged and not c.change]


def _printed_negative(line: _Line) -> bool:
    """True when a statement line prints a figure in parentheses (or with a minus) in a column read."""
    return any(value < 0 for value in _printed_values(line))


# ---------------------------------------------------------------------------------------------
# Lines whose concept their place in the statement decides


#: Labels of a statement's non-operating income: "Interest income, net", "Interest and other income
#: (expense), net", "Investment income, net", "Other income, net".
_NONOPERATING_LABEL = cached_compile(
    r"^(?:interest|investment|other)(?: and (?:other|interest|investment))? "
    r"(?:income|income \(expense\)|\(expense\) income|income and expense)(?: net)?$"
)
#: The results that close a statement's non-operating lines.
_AFTER_NONOPERATING = ("IncomeLossBeforeIncomeTaxes", "IncomeTaxExpenseBenefit", "NetIncomeLoss")
#: Labels of a result no vocabulary concept names, closing the non-operating lines all the same:
#: "Net loss attributable to <the filer>", "Net (loss) income applicable to common stockholders",
#: "Loss before income taxes and minority interest".
_RESULT_LABEL = cached_compile(
    r"^(?:consolidated )?net (?:\(loss\) income|income \(loss\)|\(loss\) earnings|earnings \(loss\)"
    r"|loss|income|earnings)(?: (?:attributable|applicable|available|allocable) to\b.*)?$"
    r"|^(?:\(loss\) income|income \(loss\)|loss|income|earnings)\b.*\bbefore\b.*\btax(?:es)?\b"
)
#: Labels of a revenue line: "Revenues from collaboration and license agreements", "Revenue, net",
#: "Development and license fee revenues" (a cost of them, "Cost of product revenue", is none).
_REVENUE_LABEL = cached_compile(r"^(?:total )?(?:net )?revenues?\b|\brevenues?$")
#: Labels of a total of costs and expenses, and of a cost of sales among its lines.
_COSTS_AND_EXPENSES = cached_compile(r"^total (?:operating )?costs and (?:operating )?expenses$")
_COST_OF_SALES = cached_compile(r"^costs? of\b")


@dataclass(frozen=True)
class _Role:
    """A concept a statement line takes from its place: ``index`` of the line, ``concept`` it is read
    as, and the identity that must hold for it (``total`` = Σ sign × term, in every period the line
    prints and the statement prints them all); without it, the line is read with no concept."""

    index: int
    concept: Concept | None
    total: str
    terms: tuple[tuple[int, str], ...]


def _facts_with_roles(
    doc: Document, table: Table, lines: list[_Line], periods: Columns, fye: tuple[int, int] | None
) -> tuple[list[FinancialFact], list[tuple[_Line, str]]]:
    """``_signed_facts`` of the lines, each line whose concept its place decides (see ``_roles``) read
    as that concept where its identity holds, and with none where it does not."""
    roles = _roles(table, lines)
    if not roles:
        return _signed_facts(doc, table, lines, periods, fye)
    tried = _with_roles(lines, roles)
    facts, unsure = _signed_facts(doc, table, tried, periods, fye)
    failed = [role for role in roles if not _role_holds(role, tried[role.index], facts)]
    if not failed:
        return facts, unsure
    kept = [role for role in roles if role not in failed]
    undone = [replace(role, concept=None) for role in failed]
    return _signed_facts(doc, table, _with_roles(lines, kept + undone), periods, fye)


def _with_roles(lines: list[_Line], roles: list[_Role]) -> list[_Line]:
    by_index = {role.index: role.concept for role in roles}
    return [
        replace(line, concept=by_index[index]) if index in by_index else line
        for index, line in enumerate(lines)
    ]


def _role_holds(role: _Role, line: _Line, facts: list[FinancialFact]) -> bool:
    """True when the role's identity holds in every period the line's facts are read for (and can be
    evaluated in one at least)."""
    if role.concept is None:
        return True
    index = {(f.concept, f.period): f.value for f in facts if f.entity is None}
    own = [f for f in facts if f.concept == role.concept.name and f.label == line.label]
    evaluated = 0
    for fact in own:
        total = index.get((role.total, fact.period))
        terms = [(sign, index.get((name, fact.period))) for sign, name in role.terms]
        if total is None or any(value is None for _, value in terms):
            continue
        evaluated += 1
        if total != sum((sign * value for sign, value in terms if value is not None), Decimal(0)):
            return False
    return evaluated > 0


def _roles(table: Table, lines: list[_Line]) -> list[_Role]:
    """Lines of a statement of operations whose concept follows from where they stand, each to be
    confirmed by the statement's own arithmetic:

    * a statement's only line between its operating result and the next result (pre-tax income, or
      net income) is its whole non-operating income, whatever its words ("Interest income, net",
      "Interest and other income (expense), net"); with other lines beside it, an "Other income
      (expense), net" is one of them, not the whole, unless it sums them;
    * a lone revenue line, where no line is total revenues ("Revenues from collaboration and license
      agreements"), is total revenues;
    * "Total costs and expenses" (or "Total operating costs and expenses") is total operating
      expenses where no cost of sales is among them.
    """
    if (table.kind or table.duration_kind) != "IncomeStatement":
        return []
    return _nonoperating_roles(table, lines) + _revenue_roles(lines) + _cost_roles(table, lines)


def _named(lines: list[_Line], name: str) -> list[int]:
    return [i for i, line in enumerate(lines) if line.concept is not None and line.concept.name == name]


def _nonoperating_roles(table: Table, lines: list[_Line]) -> list[_Role]:
    """See ``_roles``: the non-operating lines between the operating result and the next result."""
    operating = _named(lines, "OperatingIncomeLoss")
    if len(operating) != 1:
        return []
    start = lines[operating[0]].row.line
    closing = _closing_result(table, lines, start)
    # No result line to check a total against: the block runs to the next line of another concept
    # (per-share figures, share counts), and a total among siblings stays unconfirmed.
    stop, result = closing if closing is not None else (_block_end(table, lines, start), "")
    rows = [r for r in table.body if r.cells and r.has_letters and start < r.line < stop]
    block = [i for i, line in enumerate(lines) if start < line.row.line < stop]
    nonoperating = concept_table().concepts["NonoperatingIncomeExpense"]
    terms = ((1, "OperatingIncomeLoss"), (1, "NonoperatingIncomeExpense"))
    checkable = result not in ("", "IncomeTaxExpenseBenefit")
    roles = []
    for index in block:
        line = lines[index]
        if normalise_label(line.label).startswith("total "):
            continue
        if len(rows) == 1 and len(block) == 1 and line.concept is None:
            if checkable and _NONOPERATING_LABEL.match(normalise_label(line.label)):
                roles.append(_Role(index, nonoperating, result, terms))
        elif line.concept == nonoperating and any(
            _names_nonoperating(r.label) for r in rows if r.line != line.row.line
        ):
            # One of several income and expense lines: their sum only when the statement foots
            # with it alone.
            roles.append(_Role(index, nonoperating if checkable else None, result, terms))
    return roles


def _block_end(table: Table, lines: list[_Line], start: int) -> int:
    """The file line ending the non-operating lines after the operating result (at ``start``) of a
    statement printing no result line: the first line a vocabulary concept other than non-operating
    income names ("Net loss per share"), or the table's end."""
    own = ("InterestIncome", "NonoperatingIncomeExpense")
    later = [
        line.row.line
        for line in lines
        if line.row.line > start and line.concept is not None and line.concept.name not in own
    ]
    return min(later, default=max(r.line for r in table.body) + 1)


def _closing_result(table: Table, lines: list[_Line], start: int) -> tuple[int, str] | None:
    """The first result after the operating result (at file line ``start``) that closes the
    non-operating lines, as its file line and the concept its facts are read as: a vocabulary result
    (pre-tax income, income tax, net income), or a result line no vocabulary concept names ("Net
    loss attributable to <the filer>"), still the statement's result and under its local concept."""
    statement = table.kind or table.duration_kind
    found = []
    for line in lines:
        if line.row.line <= start:
            continue
        if line.concept is not None and line.concept.name in _AFTER_NONOPERATING:
            found.append((line.row.line, line.concept.name))
        elif line.concept is None and _RESULT_LABEL.match(normalise_label(line.label)):
            found.append((line.row.line, _local_name(line, statement)))
    return min(found, default=None)


def _names_nonoperating(label: str) -> bool:
    """True for a label naming income or expense outside operations ("Interest expense", "Investment
    and interest income", "Change in fair value of warrants" is no such name), or its concept."""
    found = concept_of(label)
    if found is not None and found.name in ("InterestIncome", "NonoperatingIncomeExpense"):
        return True
    return label_sense(label).side != 0


def _revenue_roles(lines: list[_Line]) -> list[_Role]:
    """See ``_roles``: a lone revenue line of a statement printing no total revenues."""
    if _named(lines, "Revenues"):
        return []
    revenue_lines = [i for i, line in enumerate(lines) if _names_revenue(line)]
    if len(revenue_lines) != 1 or lines[revenue_lines[0]].concept is not None:
        return []
    revenues = concept_table().concepts["Revenues"]
    terms = ((1, "Revenues"), (-1, "OperatingExpenses"))
    return [_Role(revenue_lines[0], revenues, "OperatingIncomeLoss", terms)]


def _names_revenue(line: _Line) -> bool:
    """True for a revenue line: one of a revenue concept, one read as revenue under a "Revenues:"
    heading, or one no concept names whose label opens or ends with "Revenue(s)" ("Development and
    license fee revenues"), and is no cost of them."""
    if line.concept is not None:
        return line.concept.name in REVENUE_PARTS
    key = normalise_label(line.label)
    return line.revenue or (_REVENUE_LABEL.search(key) is not None and not _COST_OF_SALES.match(key))


def _cost_roles(table: Table, lines: list[_Line]) -> list[_Role]:
    """See ``_roles``: "Total (operating) costs and expenses" over lines none of which is a cost of sales."""
    if _named(lines, "OperatingExpenses"):
        return []
    totals = [
        i
        for i, line in enumerate(lines)
        if line.concept is None and _COSTS_AND_EXPENSES.match(normalise_label(line.label))
    ]
    if len(totals) != 1:
        return []
    total = lines[totals[0]]
    before = [
        line.row.line for line in lines[: totals[0]] if normalise_label(line.label).startswith("total ")
    ]
    first = max(before, default=0)
    if any(
        _COST_OF_SALES.match(normalise_label(r.label))
        for r in table.body
        if r.cells and first < r.line < total.row.line
    ):
        return []
    expenses = concept_table().concepts["OperatingExpenses"]
    terms = ((1, "Revenues"), (-1, "OperatingExpenses"))
    return [_Role(totals[0], expenses, "OperatingIncomeLoss", terms)]


def _signed_facts(
    doc: Document, table: Table, lines: list[_Line], periods: Columns, fye: tuple[int, int] | None
) -> tuple[list[FinancialFact], list[tuple[_Line, str]]]:
    """The facts of a table's lines, each figure signed by its concept's convention, and the lines
    whose signs stay unsure, with the reason.

    A line its words leave open is read in the convention the accounting identities confirm (pre-tax
    income − tax = net income, …) where the other one fails them; one read from a single side's words
    ("Income tax expense (33)") is read the other way when only that way does the statement foot.
    """
    plans = [_reading(line, table) for line in lines]
    read: list[list[FinancialFact] | None] = [
        None
        if plan is not None and plan[1] is None
        else list(_line_facts(doc, table, line, periods, fye, plan))
        for line, plan in zip(lines, plans, strict=True)
    ]
    unsure: list[tuple[_Line, str]] = []
    identities = Identities(fact for own in read if own for fact in own)
    for index, (line, plan) in enumerate(zip(lines, plans, strict=True)):
        if plan is None or (plan[1] is not None and _label_sense(line.label).two_sided):
            continue  # signs as printed, or as the label states them
        current = read[index]
        if current is not None and (not _printed_negative(line) or identities.hold(current) is not False):
            # Read from its words, and printed without parentheses (an amount of the side it names,
            # no other side's) or as no identity contradicts.
            continue
        options = {r: list(_line_facts(doc, table, line, periods, fye, (plan[0], r))) for r in (1, -1)}
        holds = {r: identities.hold(options[r]) for r in (1, -1)}
        chosen = next((r for r in (1, -1) if holds[r] is True and holds[-r] is False), None)
        if chosen is not None:
            read[index] = options[chosen]
            identities.update(options[chosen])
        elif current is None:
            unsure.append((line, _unsure_reason(line)))
    return [fact for own in read if own for fact in own], unsure


def _cash_flow_facts(
    doc: Document, table: Table, lines: list[_Line], periods: Columns, fye: tuple[int, int] | None
) -> tuple[list[FinancialFact], list[tuple[_Line, str]]]:
    """The facts of a cash-flow statement's lines (each names a cash-flow concept, see
    ``_read_lines``), signed by the concept's convention; the lines whose signs stay unsure."""
    facts: list[FinancialFact] = []
    unsure: list[tuple[_Line, str]] = []
    for line in lines:
        factor = _cash_flow_factor(line)
        if factor is None:
            unsure.append((line, f"{line.label!r} prints figures its words leave unsigned; not read"))
            continue
        facts.extend(_line_facts(doc, table, line, periods, fye, (factor, 1)))
    return facts, unsure


#: Words of a net flow's label naming its outflow side ("Net cash used in …", "Net decrease in cash
#: …"), and the words naming its inflow side: a label with the first and none of the second names
#: only the outflow.
_OUTFLOW_WORDS = cached_compile(r"\b(?:used|decrease)\b")
_INFLOW_WORDS = cached_compile(r"\b(?:provided|increase)\b")


def _cash_flow_factor(line: _Line) -> int | None:
    """How a cash-flow line's printed figures turn into its concept's sign, or None when unsure.

    A statement of cash flows prints an outflow in parentheses. A payment's concept counts the
    payment positive: "Purchases of property and equipment (4,412)" is a payment of 4,412, and so
    is an unbracketed 4,412 (a purchase is never an inflow); a row printing both is unclear. A net
    flow counts an inflow (an increase of cash) positive: printed in parentheses it is an outflow
    whatever its words; a line naming only the outflow ("Net cash used in operating activities",
    "Net decrease in cash and cash equivalents") with an unbracketed figure may print the amount
    used, or cash provided: unclear."""
    values = [value for value in _printed_values(line) if value != 0]
    assert line.concept is not None
    if line.concept.sign == "payment positive":
        if all(value < 0 for value in values):
            return -1
        return 1 if all(value > 0 for value in values) else None
    key = normalise_label(line.label)
    if _OUTFLOW_WORDS.search(key) and not _INFLOW_WORDS.search(key) and any(value > 0 for value in values):
        return None
    return 1


def _unsure_reason(line: _Line) -> str:
    """Why a line's signs were not read: its heading states the other convention, or its words name
    one side and its figures are printed both ways."""
    if _unconfirmed_charge(line, _label_sense(line.label)):
        return (
            f"{line.label!r} names a result's loss under an expenses heading whose total does not show"
            " it charged as an expense: signs unsure, not read"
        )
    if line.section:
        return f"figures of {line.label!r} are printed against the convention of the heading above them; not read"
    return f"{line.label!r} names one side and prints its figures both ways: signs unsure, not read"


def _line_facts(
    doc: Document,
    table: Table,
    line: _Line,
    periods: Columns,
    fye: tuple[int, int] | None,
    reading: tuple[int, int | None] | None = None,
) -> Iterator[FinancialFact]:
    """The facts of one statement line; ``reading`` (see ``_reading``) turns each printed figure into
    its concept's sign, an expense positive for an expense's concept; without one, figures are kept
    as printed."""
    unit = _unit_of(line.concept, line.label)
    factor = reading[0] * (reading[1] or 1) if reading is not None else 1
    power = {"USD": table.scale.money, "Shares": table.scale.shares, "USDPerShare": 0}[unit]
    statement = table.kind or table.duration_kind
    name = line.concept.name if line.concept else _local_name(line, statement)
    for column, cell_index in sorted(line.by_column.items()):
        cell = line.row.cells[cell_index]
        period = periods[column]
        if cell.damaged or cell.change or period is None:
            continue  # named by a Skipped in _table_facts, or a change between periods
        fiscal_year, fiscal_period = fiscal_of(period, fye)
        yield FinancialFact(
            concept=name,
            period=period,
            value=normalise(scale_exactly(cell.value * factor, power)),
            unit=unit,  # type: ignore[arg-type]
            decimals=cell.decimals - power,
            fiscal_year=fiscal_year,
            fiscal_period=fiscal_period,
            label=line.label,
            statement=statement,
            evidence=(doc.evidence(cell.start, cell.end, NAME),),
            mapped=line.concept is not None,
        )


_NAMES_REVENUE = cached_compile(r"\brevenues?\b")


def _local_name(line: _Line, statement: StatementKind) -> str:
    """The key of the concept minted for a statement line no concept names: its label's slug, the
    same in every filing that prints the label, so that the line's figures join across filings.

    A balance-sheet line's key ends in "-instant": a label printed both for an instant and for a
    period ("Minority interest", "Deferred revenue", "Accounts receivable" among the changes in a
    statement of cash flows) names a stock in one statement and a flow in the other, never one
    concept. A revenue line named like an expense ("Research and development" under "Revenues:")
    has "revenue" added to its key, as it is no expense."""
    label = line.label
    if line.revenue and not _NAMES_REVENUE.search(normalise_label(label)):
        label = f"{label} revenue"
    return local_concept_key(label, instant=statement == "BalanceSheet")


def fiscal_of(period: Period, fye: tuple[int, int] | None) -> tuple[int | None, str | None]:
    """Fiscal year and period of a column or prose figure, or (None, None) without a fiscal-year end."""
    if fye is None:
        return None, None
    if period.instant is not None:
        return fiscal_year_of(period.instant, fye), "instant"
    assert period.start is not None and period.end is not None
    placed = fiscal_period_of(period.start, period.end, fye)
    return placed if placed else (None, None)
