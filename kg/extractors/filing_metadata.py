"""Filing metadata: what the filing is, who filed it, when, and the filer's identifiers.

Reads the 8-K cover page ("FORM 8-K", "Date of Report …", the lines captioned "(Exact name of
registrant …)", "(State or other jurisdiction of incorporation)", "(Commission File Number)", "(IRS
Employer Identification No.)", "(Address of principal executive offices)"; captions side by side may
each wrap over lines in its own column, "(Commission" over "File Number)"; an address may be
printed over lines above its caption, "J.H. Oortweg 21" over "2333 CH Leiden, The Netherlands"), and,
for a bare press release without a cover, its dateline ("WALTHAM, Mass., Oct 28, 2010 (BUSINESS WIRE) --") and
first sentence ("ImmunoGen, Inc. (Nasdaq: IMGN) … announced financial results for the three-month
period ended September 30, 2010"; the ticker also as "(NASDAQ/NM: BWTX)", "(NYSE Amex: QLBT)" or "(Nasdaq:
VLDR; Euronext: VLDR)"); a dateline may print the day before the month ("Abingdon, UK, 11
February 2010 -"), and a scanned release the legal form before the ticker with look-alikes ("Cascadia
Biotherapeutics, lnc. (Nasdaq: CSBX)": read as "Inc."). A quarter named by "its fiscal year" or set beside it ("… the first
quarter of its fiscal year 2009, the quarter ended March 31, 2009") is the period covered only where
the filer reports it ("Our licensee, Kyowa Hakko Kirin …, reported results for …" is the licensee's).
The fiscal-year end comes from the filer's own words: a sentence of the filer's stating it ("Pharmacyclics'
fiscal year ends June 30.", "Our …", "The Company's …") outranks what periods imply, and is cited
before one it is inferred from; a partner's sentence (in an "About" section of another company, or
naming another company's fiscal year: "its partner Servier reported … of its fiscal year") is never
the filer's. A name the cover prints in capitals ("GENTA INCORPORATED") is labelled as the filing
prints it as a name in small letters ("Genta Incorporated") where it does, formal printings (a legal
form or a ticker after it, the dateline's) first.

A filing read from an EDGAR complete submission also has its SEC header on top (``kg.edgar``): the
CIK and the form type come from it, the fiscal-year end too (EDGAR's record outranks the prose), and
the filer's name, the date of report and the cover identifiers where the release prints none.

A 6-K cover labels its file number on its own line ("Commission File Number: 000-53021") rather than
captioning it, and may print its address's first line longer than the caption under it.

A renamed company may print its former name between its name and its ticker ("Veritan Therapeutics,
Inc. (formerly Corbel Pharmaceuticals, Inc.) (Nasdaq: VRTN)"): the name before the aside is the filer's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.corpus import Document
from kg.edgar import is_irs_number, printed_identifier, state_name
from kg.extractors.base import Extractor
from kg.fiscal import (
    document_fiscal_year_change,
    document_fiscal_year_end,
    header_fiscal_year_end,
    infer_fiscal_year_end,
    stated_fiscal_year_change,
    states_week_year,
    submission_header_of,
    week_quarter_ends,
)
from kg.model import EntityRef, Fact, FilingInfo, Mention, Period, Relation, Skipped
from kg.ocr import CONFUSABLES, compact, skeleton
from kg.pattern_cache import cached_compile
from kg.periods import WeekCalendar, duration_ending, month_end
from kg.text import (
    DATE_PATTERN,
    DATE_RE,
    MONTH_NAME,
    MONTHS,
    collapse_spaces,
    company_key,
    date_from_match,
    strip_legal_suffix,
)

NAME = "filing-metadata"
VERSION = "16"

#: The form's line of a cover: "FORM 8-K". A scanned cover may print its letters and figures with
#: look-alikes ("F0RM 8-K", "FORM l0-Q"): O and 0, I, l and 1 are read alike (``_form_type``).
_FORM = cached_compile(
    r"^\s*F[O0]RM\s+(?P<form>8-K(?:/A)?|[1lI][0O]-[QK]|6-K)\s*$", re.MULTILINE | re.IGNORECASE
)
#: The look-alikes a scanned form number prints for its figures, as the figures.
_FORM_FIGURES = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0", "i": "1", "L": "1"})
_DATE_OF_REPORT = cached_compile(r"Date\s+of\s+Report[^:\n]*:\s*" + DATE_PATTERN, re.IGNORECASE)
#: The same date in figures, month first: "Date of report (Date of earliest event reported): 10/28/2010".
_NUMERIC_DATE_OF_REPORT = cached_compile(
    r"Date\s+of\s+Report[^:\n]*:\s*(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: The caption under the date, as HTML covers print it: "October 28, 2010" over "Date of Report (Date
#: of earliest event reported)", alone on its line (or cell).
_DATE_OF_REPORT_CAPTION = cached_compile(
    r"^[ \t]*\(?Date\s+of\s+Report\s*\(Date\s+of\s+earliest\s+event\s+reported\)\)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A line that is a date and nothing else.
_DATE_LINE = cached_compile(r"^[ \t]*" + DATE_PATTERN + r"[ \t]*$", re.IGNORECASE | re.MULTILINE)
_DASH = r"(?:-{1,2}|–|—)"
#: A release's dateline as wire services print it: the city in capitals, the state, the date, a
#: dash, with the wire's name before or after the date: "CAMBRIDGE, MA, November 3, 2005 -",
#: "WALTHAM, Mass., Oct 28, 2010 (BUSINESS WIRE) --", "WALTHAM, Mass.--(BUSINESS WIRE)--Jan. 27,
#: 2012--", "BOTHELL, Wash., Feb. 10, 2009 /PRNewswire-FirstCall/ --", "CAMBRIDGE, MA – May 4, 2006 –",
#: "VANCOUVER, British Columbia, May 10, 2007 --", "Waltham, Mass. (July 29, 2009) -".
#: The city ("WALTHAM", or "Cambridge" as some releases print it) and the state or province.
#: A weekday is no place: "Thursday, March 12, 2009 - 4:30 p.m. Eastern Time" announces a call.
#: A city in capitals may stand with no state and no comma where the wire's name in brackets follows
#: it between dashes, as Business Wire prints it: "NEW YORK--(BUSINESS WIRE)--Feb. 28, 2006--".
#: The line may be indented, as Business Wire's text in EDGAR exhibits is ("    SEATTLE--(BUSINESS
#: WIRE)--July 30, 2008--ZymoGenetics, …").
_DATELINE_PLACE = (
    r"^[ \t]*(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"(?:[A-Z][A-Za-z .'-]{2,40},\s*(?:[A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15}){0,2}\s*[,;]?\s*)?"
    rf"|[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){{0,3}}(?=[ \t]*{_DASH}[ \t]*\([^)\n]{{2,40}}\)[ \t]*{_DASH}))"
)
_DATELINE = cached_compile(
    _DATELINE_PLACE
    + rf"(?:{_DASH}\s*(?:\([^)\n]{{2,40}}\)\s*{_DASH}\s*)?|\()?"
    + DATE_PATTERN
    + rf"\)?\s*(?:\([^)\n]*\)\s*|/[^/\n]{{2,60}}/\s*)?{_DASH}",
    re.MULTILINE,
)
#: A dateline with the day before the month, as European releases print it: "Abingdon, UK, 11 February
#: 2010 -", "Copenhagen, Denmark, 5 May 2011 –".
_DAY_FIRST_DATELINE = cached_compile(
    _DATELINE_PLACE
    + rf"(?:{_DASH}\s*(?:\([^)\n]{{2,40}}\)\s*{_DASH}\s*)?|\()?"
    + rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME})\.?,?\s+(?P<year>(?:19|20)\d\d)"
    + rf"\)?\s*(?:\([^)\n]*\)\s*|/[^/\n]{{2,60}}/\s*)?{_DASH}",
    re.MULTILINE,
)
#: A dateline whose date names no year, as PR Newswire printed it: "SALT LAKE CITY, Feb. 5
#: /PRNewswire-FirstCall/ --"; the year comes from the release's "today, February 5, 2007" (``_TODAY``), else
#: from the end of the period the release reports (``_day_after_period``).
_YEARLESS_DATELINE = cached_compile(
    _DATELINE_PLACE
    + rf"(?:{_DASH}\s*(?:\([^)\n]{{2,40}}\)\s*{_DASH}\s*)?|\()?"
    + rf"(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?![\d,])"
    + rf"\)?\s*(?:\([^)\n]*\)\s*|/[^/\n]{{2,60}}/\s*)?{_DASH}",
    re.MULTILINE,
)
#: The release's own day with its year: "… the results today, February 5, 2007, at 4:30 p.m.", "today
#: (February 5, 2007)".
_TODAY = cached_compile(
    r"\b[Tt]oday,?\s+\(?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?" + DATE_PATTERN
)
#: A dateline with the date in figures, month first as US wires print it: "WALTHAM, MA -- (MARKET
#: WIRE) -- 07/29/09 --", "NEW YORK, NY -- 2/14/2008 --".
_NUMERIC_DATELINE = cached_compile(
    _DATELINE_PLACE
    + rf"{_DASH}\s*(?:\([^)\n]{{2,40}}\)\s*{_DASH}\s*)?"
    + r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)"
    + rf"\s*{_DASH}",
    re.MULTILINE,
)
#: A caption after the value it describes, on the same line or the next non-blank one.
_CAPTIONS = {
    "registrant": r"\(Exact\s+name\s+of\s+(?:the\s+)?registrant\s+as\s+specified\s+in\s+(?:its\s+)?charter\)",
    "state": r"\(State\s+or\s+other\s+jurisdiction\s+of\s+incorporation(?:\s+or\s+organi[sz]ation)?\)",
    "file_number": r"\(Commission\s+File\s+(?:Number|No\.?)\)",
    "irs": r"\(I\.?R\.?S\.?\s+Employer\s+Identification\s+(?:No\.?|Number)\)",
    "address": r"\(Address\s+of\s+principal\s+executive\s+offices?(?:,?\s+including\s+zip\s+code)?\)",
}
#: A listing on a foreign exchange printed first: "(TSX: DLP; Nasdaq: DLPH)".
_OTHER_LISTING = r"(?:TSX|TSX-V|TSXV|LSE|AIM|ASX|SIX|Euronext)\s*:\s*[A-Z.]{1,6}\s*[;,]\s*"
#: The same listing printed after the ticker: "(NASDAQ: ONCY; TSX: ONC)".
_LATER_LISTING = r"\s*[;,]\s*(?:TSX|TSX-V|TSXV|LSE|AIM|ASX|SIX|Euronext)\s*:\s*[A-Z.]{1,6}"
#: The Nasdaq market tier a ticker may name, in words ("Nasdaq Global Select Market: ALNY") or
#: abbreviated after a slash, as releases of the early 2000s print it ("NASDAQ/NM: BWTX"): the exchange
#: is Nasdaq either way.
_MARKET_TIER = r"(?:\s*/\s*(?:NM|NMS|NNM|SC)|\s+(?:Global(?:\s+Select)?|National|Capital|SmallCap)\s+Market)?"
_TICKER = cached_compile(
    rf"\((?:{_OTHER_LISTING})?(?P<exchange>Nasdaq|NASDAQ|NYSE\s+Amex|NYSE\s+Alternext|NYSE|AMEX|NYSE\s+American"
    rf"|NYSE\s+MKT|OTCBB|OTC\s+BB){_MARKET_TIER}\s*:\s*(?P<ticker>[A-Z]{{1,5}})(?:{_LATER_LISTING})?\)"
)
#: "<Company>, Inc. (Nasdaq: IMGN)": the company name right before a ticker.
#: A scanned release may print the capital I of "Inc." with a look-alike ("Cascadia Biotherapeutics,
#: lnc. (Nasdaq: CSBX)"), and O of "Corp." with a zero: read as the legal form they stand for.
_DAMAGED_LEGAL_FORM = r"(?P<damaged>[l1|]nc(?:[o0]rp[o0]rated)?|C[o0]rp(?:[o0]rati[o0]n)?)"
#: A company renamed may print its former name between its name and its ticker: "Veritan Therapeutics,
#: Inc. (formerly Corbel Pharmaceuticals, Inc.) (Nasdaq: VRTN)". The name before the aside is the filer's.
_FORMER_NAME_ASIDE = r"(?:\((?:formerly|previously)(?:\s+known\s+as)?\s+[^()\n]{1,80}\)\s*)?"
_NAME_BEFORE_TICKER = cached_compile(
    r"(?P<name>[A-Z][\w&.,'-]*(?:\s+[A-Z][\w&.,'-]*){0,5}?,?\s+"
    rf"(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|N\.V|AG|S\.A|{_DAMAGED_LEGAL_FORM})\.?)\s*"
    rf"(?={_FORMER_NAME_ASIDE}\((?:{_OTHER_LISTING})?(?:Nasdaq|NASDAQ|NYSE|AMEX|OTCBB|OTC\s+BB))"
)
#: The figures and signs OCR puts for the letters of a legal form, as the letters.
_LEGAL_FORM_LETTERS = str.maketrans({"l": "I", "1": "I", "|": "I", "0": "o"})
#: A company's legal form after its name: ", Inc.", " Corporation", " AG".
_LEGAL_FORM = (
    r",?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|plc|AG|SA|S\.A|N\.V|NV|GmbH|"
    r"A/S|AB|SE|LP|L\.P)\.?(?![\w/])"
)
_LEGAL_FORM_AFTER = rf"(?:{_LEGAL_FORM})*"
_ABOUT = cached_compile(r"^About\s+(?P<name>[A-Z][^\n]{1,80}?)\s*$", re.MULTILINE)
_PHONE = cached_compile(
    r"Registrant['’]s telephone number, including area code:\s*(?P<phone>\(?\d{3}\)?[\s.-]*\d{3}-\d{4})"
)


def _named_year(tag: str) -> str:
    """The year a period's words may name before "ended": "the fourth quarter of 2006 and the year ended
    …", "the fourth quarter and fiscal year 2008, which ended June 30, 2008", "the third quarter of its
    fiscal year 2009, the quarter ended March 31, 2009". "its"/"the" before the fiscal year is caught as
    ``owned_<tag>``: whose year it is, the sentence's subject says (``_reported_by_filer``)."""
    return rf"(?:\s+(?:of\s+)?(?:(?P<owned_{tag}>its\s+|the\s+)?fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)?"


#: The opening of the phrase naming the period a release reports: "results for the", "reported for its", "the fiscal fourth quarter".
_RESULTS_FOR = r"(?:resu[l1I]ts|reported)(?:[ \t]+|[ \t]*\n[ \t]*)for\s+(?:the|its)\s+(?:fiscal\s+)?"
#: The words ``_RESULTS_FOR`` opens with, where its patterns are tried: a scanned release may print the
#: l of "results" as a one or a capital I ("reported financial resu1ts for the third quarter ended …").
_RESULTS_WORDS = ("results", "reported", "resu1ts", "resuits")
#: The period a release reports, in its first sentence: "financial results for the quarter ended
#: September 30, 2005", "… for the three and nine months ended March 31, 2003", "… for the third quarter
#: and nine months ended September 30, 2011", "… for the fourth quarter and fiscal year ended September
#: 30, 2009", "… for the quarter and year ended December 31, 2007", "… for its second quarter of fiscal
#: 2009, which ended July 4, 2009". Where the release names a quarter and a longer period, it leads with
#: the quarter.
_PERIOD_COVERED = cached_compile(
    # (A heading "… Results" over a paragraph "For the fiscal year ended …" is no such phrase.)
    _RESULTS_FOR + r"(?:(?P<ordinal>first|second|third|fourth)\s+(?:fiscal\s+)?)?"
    r"(?P<what>quarter|three[- ]month\s+period|three\s+months|three\s+and\s+(?:six|nine|twelve)\s+months|"
    r"fiscal\s+year|year|twelve\s+months|six\s+months|nine\s+months)"
    + _named_year("what")
    + r"(?:\s+and\s+(?:the\s+)?(?:(?:first\s+)?(?:six|nine|twelve)\s+months|(?P<and_year>(?:full[\s-]+|fiscal\s+)?year)))?"
    + _named_year("and")
    # "… for the second quarter of fiscal 2004, the three months ended December 31, 2003", "… of its
    # fiscal year 2009, the quarter ended March 31, 2009"
    + r"(?:,\s+the\s+(?:(?P<apposed>three|six|nine|twelve)\s+months|(?P<apposed_quarter>quarter))"
    + r"(?=\s+ended))?"
    + r",?\s+(?:which\s+)?ended\s+(?:on\s+)?"
    + DATE_PATTERN,
    re.IGNORECASE,
)
#: The quarter a release reports named by its ordinal in the fiscal year whose end it dates: "results
#: for the second quarter of its fiscal year ending September 30, 2002" (see ``_quarter_of_dated_year``).
_QUARTER_OF_DATED_YEAR = cached_compile(
    _RESULTS_FOR + r"(?P<ordinal>first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+of\s+(?:its|the)\s+"
    r"(?:current\s+)?fiscal\s+year(?:\s+\d{4})?,?\s+"
    r"(?:ending|ended|which\s+(?:ends|ended|will\s+end))\s+(?:on\s+)?" + DATE_PATTERN,
    re.IGNORECASE,
)
#: The same phrase naming a quarter by its ordinal and its year without the date it ended: "results for
#: the fourth quarter and full year 2011", "… for the second quarter of 2012", "… for the third
#: quarter of fiscal 2011". Placed only for a filer whose fiscal year is the calendar year (see
#: ``_named_quarter``).
_QUARTER_OF_YEAR = cached_compile(
    _RESULTS_FOR + r"(?P<ordinal>first|second|third|fourth)\s+(?:fiscal\s+)?quarter"
    r"(?:\s+and\s+(?:the\s+)?(?:full[\s-]+|fiscal\s+)?year)?"
    r"\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b(?![,\s]*(?:which\s+)?ended\b)",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: A word each caption, and the form and date-of-report lines, hold (lower-case): when the part of the
#: filing searched lacks it, the pattern is not run.
_CAPTION_WORDS = {
    "registrant": "registrant",
    "state": "jurisdiction",
    "file_number": "(commission",
    "irs": "employer",
    "address": "(address",
}
_CAPTION_PATTERNS = {
    caption: cached_compile(pattern, re.IGNORECASE) for caption, pattern in _CAPTIONS.items()
}
_TICKER_CUES = (
    "(Nasdaq",
    "(NASDAQ",
    "(NYSE",
    "(AMEX",
    "(OTC",
    "(TSX",
    "(LSE",
    "(AIM",
    "(ASX",
    "(SIX",
    "(Euronext",
)
_MONTHS_OF = {"quarter": 3, "three": 3, "six": 6, "nine": 9, "twelve": 12, "year": 12, "fiscal": 12}


def run(doc: Document) -> Iterator[Fact]:
    """Yield the filing's ``FilingInfo``, the filer's mention and its identifiers as relations."""
    header = submission_header_of(doc)
    submission_type = header.get("CONFORMED SUBMISSION TYPE")
    # EDGAR's record of the form outranks the cover's print of it.
    form_type = submission_type.value.upper() if submission_type else (_form_type(doc) or "press release")

    date, date_span = doc.derived("filing-metadata.report-date", _report_date)
    name, name_span = _filer_name_and_span(doc)
    if name is None or name_span is None:
        yield Skipped(
            NAME,
            "no registrant name found (no 8-K cover, ticker or 'About' paragraph): "
            "the filing's figures belong to no company and are not placed",
        )
        filer = None
    else:
        filer = EntityRef("company", company_key(name))
        label = _filer_label(doc, name)
        yield Mention(
            filer,
            label,
            doc.evidence(*name_span, NAME),
            alt_labels=tuple(dict.fromkeys((label, collapse_spaces(name)))),
        )
        damaged = damaged_filer_name(doc)
        if damaged is not None:
            # The spelling OCR damaged is the filer's too, kept as a hidden label where it is printed.
            printed, span = damaged
            yield Mention(
                filer,
                label,
                doc.evidence(*span, NAME),
                hidden_labels=(collapse_spaces(printed),),
            )

    yield FilingInfo(
        form_type=form_type,
        report_date=date,
        filer=filer,
        filer_name=collapse_spaces(name) if name else None,
        evidence=doc.evidence(*date_span, NAME) if date_span else None,
        period_covered=_period_covered(doc),
    )
    if date is None:
        yield Skipped(NAME, "no date of report or dateline found")
    if filer is None:
        return
    yield from _cover_identifiers(doc, filer)
    yield from _header_identifiers(doc, filer)
    yield from _ticker(doc, filer)
    yield from _fiscal_year_end(doc, filer)


def _filer_label(doc: Document, name: str) -> str:
    """The label of the filer named ``name``: the name as read, but where the cover prints it in
    capitals ("GENTA INCORPORATED") and the filing prints the same words as a name in small letters too
    ("Genta Incorporated", outside an EDGAR header), that printing: the name as the company writes it.
    A printing is a name's when each of its words opens with a capital ("PDL BioPharma"), never a
    phrase of running text ("Targeted genetics, the correction of …"). Of several such printings, one
    naming the company formally (``_names_filer_formally``: with a legal form or a ticker after it,
    right after the dateline) before others; then the one printed most, then the first."""
    label = collapse_spaces(name)
    if any(char.islower() for char in label):
        return label
    words = label.split()
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.IGNORECASE)
    counts: dict[str, int] = {}
    formal: set[str] = set()
    for match in pattern.finditer(doc.text, _header_body_start(doc)):
        printed = collapse_spaces(match.group())
        if not _name_print(printed):
            continue
        counts[printed] = counts.get(printed, 0) + 1
        if _names_filer_formally(doc, match):
            formal.add(printed)
    if not counts:
        return label
    # Formal printings first; most printed next; of as many, the first printed (a dict keeps the
    # order they were found in).
    return max(counts, key=lambda printed: (printed in formal, counts[printed]))


#: Small words a company's name may hold uncapitalised ("Bank of America", "Johnson & Johnson").
_NAME_JOINERS = frozenset({"of", "and", "&", "the", "for", "de", "du", "la", "von", "van"})


def _name_print(printed: str) -> bool:
    """Whether a printing of the filer's name in small letters is a name's: it opens with a capital and
    each word opens with a capital or a figure ("Genta Incorporated", "PDL BioPharma"), small joining
    words aside; "Targeted genetics" (a phrase of running text) is none."""
    if not any(char.islower() for char in printed):
        return False
    words = printed.split()
    return words[0][0].isupper() and all(
        word[0].isupper() or word[0].isdigit() or word.lower() in _NAME_JOINERS for word in words
    )


#: A company's legal form after its name (``_LEGAL_FORM``).
_LEGAL_FORM_RE = cached_compile(_LEGAL_FORM)
#: A ticker in brackets after a company's name and its legal form: "(Nasdaq: GNTA)", "(PDLI)".
_TICKER_AFTER = cached_compile(
    rf"(?:{_LEGAL_FORM})?\s*\((?:(?:{_OTHER_LISTING})?(?:Nasdaq|NASDAQ|NYSE|AMEX|OTC)[^()\n]*|[A-Z]{{1,6}})\)"
)


def _names_filer_formally(doc: Document, match: re.Match[str]) -> bool:
    """Whether a printing of the filer's name (``match``) names the company formally: with its legal
    form after it ("PDL BioPharma, Inc."), a ticker after it ("Genta Incorporated (NASDAQ: GNTA)"), or
    right after the release's dateline ("BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta …")."""
    printed = collapse_spaces(match.group())
    if strip_legal_suffix(printed) == printed.strip(" ,") and _LEGAL_FORM_RE.match(doc.text, match.end()):
        return True
    if _TICKER_AFTER.match(doc.text, match.end()) is not None:
        return True
    line_start = doc.text.rfind("\n", 0, match.start()) + 1
    before = doc.text[line_start : match.start()]
    for dateline in (_DATELINE, _YEARLESS_DATELINE, _NUMERIC_DATELINE):
        found = dateline.match(before)
        if found is not None and not before[found.end() :].strip():
            return True
    return False


def _form_type(doc: Document) -> str | None:
    """The form the cover names on a line of its own ("FORM 8-K"), its look-alike characters read as
    the letters and figures they stand for ("F0RM 8-K", "FORM l0-Q"); None without such a line."""
    if doc.folded.find("form", 0, 20000) < 0 and doc.folded.find("f0rm", 0, 20000) < 0:
        return None
    match = _FORM.search(doc.text[:20000])
    return match.group("form").translate(_FORM_FIGURES).upper() if match else None


def report_date(doc: Document) -> dt.date | None:
    """The filing's date of report (the 8-K cover's, else the release's dateline's, else the EDGAR
    header's), or None when the filing gives none; found once per document."""
    return doc.derived("filing-metadata.report-date", _report_date)[0]


def opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens with a release's dateline: a place, a date and a dash ("Morris Plains,
    NJ, May 15, 2006 --", "SEATTLE--(BUSINESS WIRE)--July 30, 2008--", "SALT LAKE CITY, Feb. 5
    /PRNewswire-FirstCall/ --", "NEW YORK, NY -- 2/14/2008 --", "Abingdon, UK, 11 February 2010 -"):
    the release's running text starts there."""
    return any(
        pattern.match(line) is not None
        for pattern in (_DATELINE, _DAY_FIRST_DATELINE, _YEARLESS_DATELINE, _NUMERIC_DATELINE)
    )


def damaged_filer_name(doc: Document) -> tuple[str, tuple[int, int]] | None:
    """The filer's name as OCR damaged it where the filing prints it so ("lmmunoGen, Inc." on the
    cover of a filing that prints "ImmunoGen" throughout), with its span; None when the name was read
    as printed. ``filer_name`` gives the undamaged spelling."""
    return _filer_printings(doc)[1]


def filer_name(doc: Document) -> str | None:
    """The registrant's name as printed (``ImmunoGen, Inc.``), or None when the filing does not say."""
    return _filer_name_and_span(doc)[0]


def _filer_name_and_span(doc: Document) -> tuple[str | None, tuple[int, int] | None]:
    """The registrant's name and its span; found once per document (three extractors ask for it)."""
    return _filer_printings(doc)[0]


def _filer_printings(
    doc: Document,
) -> tuple[tuple[str | None, tuple[int, int] | None], tuple[str, tuple[int, int]] | None]:
    """The registrant's name and span, and the OCR-damaged printing it replaces (None when the name
    was read as printed); found once per document."""
    return doc.derived("filing-metadata.filer", _find_filer_printings)


def _find_filer_printings(
    doc: Document,
) -> tuple[tuple[str | None, tuple[int, int] | None], tuple[str, tuple[int, int]] | None]:
    name, span = _find_filer_name_and_span(doc)
    if name is None or span is None or _in_header(doc, span[0]):
        return (name, span), None
    mended = _undamaged_filer_name(doc, name)
    if mended is None:
        return (name, span), None
    return mended, (name, span)


def _find_filer_name_and_span(doc: Document) -> tuple[str | None, tuple[int, int] | None]:
    caption = _caption_value(doc, "registrant")
    if caption:
        return caption
    head = doc.text[:30000]
    match = _NAME_BEFORE_TICKER.search(head) if any(cue in head for cue in _TICKER_CUES) else None
    if match:
        return _mended_legal_form(match), match.span("name")
    about = _ABOUT.search(doc.text) if "About" in doc.text else None
    if about:
        return about.group("name").rstrip("."), about.span("name")
    # Last, an EDGAR header's conformed name ("IMMUNOGEN INC"): EDGAR's spelling, not the filer's.
    conformed = submission_header_of(doc).company_field("COMPANY CONFORMED NAME")
    if conformed:
        # EDGAR tells filers of one name apart by a state suffix ("IMMUNOGEN INC /MA/"): not the name.
        name = _EDGAR_NAME_SUFFIX.sub("", conformed.value)
        return name, (conformed.start, conformed.start + len(name))
    return None, None


def _mended_legal_form(match: re.Match[str]) -> str:
    """The name before a ticker (``_NAME_BEFORE_TICKER``) with a legal form OCR printed with look-alikes
    ("lnc.", "C0rp.") spelt as the form it stands for ("Inc.", "Corp."); the evidence still cites the
    print."""
    name = match.group("name")
    if match.group("damaged") is None:
        return name
    at = match.start("damaged") - match.start("name")
    damaged = match.group("damaged")
    return name[:at] + damaged.translate(_LEGAL_FORM_LETTERS) + name[at + len(damaged) :]


#: The fewest characters (separators aside) a filer's name needs before a spelling of it that differs
#: from another only by look-alike characters is read as OCR damage: in shorter names two companies'
#: names could differ so.
_MIN_MENDED_NAME = 6


def _header_body_start(doc: Document) -> int:
    """Where the text after an EDGAR header begins (0 when the filing has none): the header's own
    spelling of the filer's name ("IMMUNOGEN INC") is EDGAR's record, not a printing of the filing."""
    fields = submission_header_of(doc).fields
    return max((f.end for f in fields.values()), default=0)


def _in_header(doc: Document, offset: int) -> bool:
    return offset < _header_body_start(doc)


@functools.lru_cache(maxsize=256)
def _confusable_pattern(base: str) -> re.Pattern[str]:
    """A pattern matching ``base`` as a whole run of words spelt with any look-alike of each of its
    characters (``kg.ocr.CONFUSABLES``: "lmmunoGen" finds "ImmunoGen" and "IMMUNOGEN"), words parted by
    any spaces. Cached: a worker reads many filings of one filer, and compiling the pattern's
    case-insensitive classes costs more than the search."""
    classes: dict[str, set[str]] = {}
    for char, symbol in CONFUSABLES.items():
        classes.setdefault(symbol, set()).add(char)
    words = []
    for word in base.split():
        parts = []
        for char in word:
            look_alikes = classes.get(CONFUSABLES[char]) if char in CONFUSABLES else None
            if look_alikes:
                parts.append("[" + "".join(re.escape(c) for c in sorted(look_alikes)) + "]")
            else:
                parts.append(re.escape(char))
        words.append("".join(parts))
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def _undamaged_filer_name(doc: Document, name: str) -> tuple[str, tuple[int, int]] | None:
    """The filer's name where ``name`` (as the cover, dateline or "About" heading prints it) is an
    OCR-damaged spelling of it ("lmmunoGen, Inc." in a filing that prints "ImmunoGen" throughout), with
    the span of its printing; None when ``name`` is the name as printed.

    The spellings of the name the filing prints (outside an EDGAR header) that differ from ``name``'s
    only by look-alike characters (the same ``kg.ocr.skeleton``) are compared, case aside: the one the
    header's conformed name spells ("IMMUNOGEN INC") is the name; without a header, the one printed more
    often than every other, ``name``'s own included. Never a spelling the filing does not print.
    """
    base = strip_legal_suffix(name)
    if len(compact(base)) < _MIN_MENDED_NAME:
        return None
    body = _header_body_start(doc)
    printings: dict[str, list[re.Match[str]]] = {}
    for match in _confusable_pattern(base).finditer(doc.text, body):
        if skeleton(match.group()) == skeleton(base):
            printings.setdefault(collapse_spaces(match.group()).casefold(), []).append(match)
    own = base.casefold()
    chosen = _header_spelling(doc, base)
    if chosen == own:
        return None
    if chosen is None or chosen not in printings:
        counts = sorted(((len(found), spelling) for spelling, found in printings.items()), reverse=True)
        if not counts or counts[0][1] == own or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None  # the name as read is printed most, or no one spelling is
        chosen = counts[0][1]
    return _fullest_printing(doc, printings[chosen], collapse_spaces(name)[len(base) :])


def _header_spelling(doc: Document, base: str) -> str | None:
    """The EDGAR header's conformed name of the filer, case-folded without its legal form, when it is
    ``base`` but for look-alike characters; None when there is no such header name."""
    conformed = submission_header_of(doc).company_field("COMPANY CONFORMED NAME")
    if conformed is None:
        return None
    spelling = strip_legal_suffix(_EDGAR_NAME_SUFFIX.sub("", conformed.value)).casefold()
    return spelling if skeleton(spelling) == skeleton(base) else None


def _fullest_printing(doc: Document, found: list[re.Match[str]], suffix: str) -> tuple[str, tuple[int, int]]:
    """Of the printings of one spelling of the filer's name, the one to label it by, with its span: one
    followed by the legal form the damaged name carried (", Inc."), printed as most of them are, first
    in the text; the name without that form when the filing never prints it so."""
    words = suffix.split()
    after = re.compile(r"\s*".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE) if words else None
    exact: dict[str, int] = {}
    for match in found:
        exact[collapse_spaces(match.group())] = exact.get(collapse_spaces(match.group()), 0) + 1

    def rank(match: re.Match[str]) -> tuple[bool, int, int]:
        with_form = after is not None and after.match(doc.text, match.end()) is not None
        return (not with_form, -exact[collapse_spaces(match.group())], match.start())

    best = min(found, key=rank)
    end = best.end()
    tail = after.match(doc.text, end) if after is not None else None
    if tail is not None:
        end = tail.end()
    return collapse_spaces(doc.text[best.start() : end]), (best.start(), end)


def _caption_value(doc: Document, caption: str) -> tuple[str, tuple[int, int]] | None:
    """The value printed before a cover-page caption: earlier on the caption's line, or the line above."""
    if doc.folded.find(_CAPTION_WORDS[caption], 0, 30000) < 0:
        return None
    match = _CAPTION_PATTERNS[caption].search(doc.text[:30000])
    if not match:
        return _stacked_caption_value(doc, caption)
    line = doc.line_of(match.start())
    line_start, line_end = doc.line_span(line)
    before = doc.text[line_start : match.start()]
    if "\t" in doc.text[line_start:line_end].strip():
        # A cover table: captions side by side in one row, their values in the row above.
        return _column_value(doc, line, before.count("\t"))
    if before.strip().startswith("(") or before.rstrip().endswith(")"):
        # Captions side by side, aligned with spaces ("(State or other jurisdiction   (Commission File
        # Number)"): the value is the one printed above this caption, in its columns.
        return _aligned_value(doc, line, match.start() - line_start, match.end() - line_start)
    if before.strip():
        offset = line_start + len(before) - len(before.lstrip())
        return before.strip(), (offset, offset + len(before.strip()))
    for previous in range(line - 1, max(0, line - 4), -1):
        start, end = doc.line_span(previous)
        value = doc.text[start:end].strip()
        if value:
            offset = start + doc.text[start:end].index(value)
            if caption == "address":
                return _address_lines(doc, line, previous, (offset, offset + len(value)))
            return value, (offset, offset + len(value))
    return None


#: The most lines a cover's address is printed over ("830 Winter Street" / "Suite 200" / "Waltham,
#: MA 02451").
_ADDRESS_LINES = 3
#: What a line of an address never holds: a caption's bracket, a label's colon ("Commission File
#: Number: 001-34780"), a tab or a run of blanks parting cells of a row.
_NOT_ADDRESS_LINE = cached_compile(r"[():\t]|  ")


def _address_lines(
    doc: Document, caption_line: int, last: int, last_span: tuple[int, int]
) -> tuple[str, tuple[int, int]]:
    """The address printed over the lines ending at line ``last`` (its text at ``last_span``), above the
    caption "(Address of principal executive offices)" on line ``caption_line``: "J.H. Oortweg 21" /
    "2333 CH Leiden, The Netherlands" is one address, its lines joined by commas. A line above belongs
    to the address while it follows with no blank line between, stays within the columns the caption's
    row spans (a centred address sits under its centred caption, a left-aligned one under its
    left-aligned caption) or spans them all (a line longer than the caption), is one cell of words,
    and is no caption, label or the filer's name (a 6-K cover may print the name right above the
    address)."""
    row_start, row_end = _row_extent(doc, caption_line)
    parts = [doc.text[last_span[0] : last_span[1]]]
    start = last_span[0]
    for line in range(last - 1, max(0, last - _ADDRESS_LINES), -1):
        span = _line_text_span(doc, line)
        if span is None:
            break
        text = doc.text[span[0] : span[1]]
        line_start = doc.line_span(line)[0]
        within = row_start <= span[0] - line_start and span[1] - line_start <= row_end
        # A line wider than the caption on both sides is of its column too: the address's first line
        # printed longer than the caption under it ("Magdalen Centre, Oxford Science Park, Oxford OX4
        # 4GA" over "United Kingdom" over "(Address of principal executive offices)").
        over = span[0] - line_start <= row_start and span[1] - line_start >= row_end
        if _NOT_ADDRESS_LINE.search(text) or not (within or over) or _is_filer_name(doc, text):
            break
        parts.insert(0, text)
        start = span[0]
    return ", ".join(part.rstrip(",") for part in parts), (start, last_span[1])


def _row_extent(doc: Document, line: int) -> tuple[int, int]:
    """The columns (characters into the line) from the first to the last printed character of
    ``line``."""
    start, end = doc.line_span(line)
    row = doc.text[start:end]
    return len(row) - len(row.lstrip()), len(row.rstrip())


def _line_text_span(doc: Document, line: int) -> tuple[int, int] | None:
    """The span of line ``line`` without its indent and trailing blanks; None for a blank line."""
    start, end = doc.line_span(line)
    row = doc.text[start:end]
    if not row.strip():
        return None
    at = start + len(row) - len(row.lstrip())
    return at, at + len(row.strip())


def _is_filer_name(doc: Document, text: str) -> bool:
    """Whether ``text`` is the filer's name as the filing gives it ("VALDERA PHARMA N.V.")."""
    name = _filer_name_and_span(doc)[0]
    return name is not None and company_key(text) == company_key(name)


_SPACED_CELL = cached_compile(r"\S+(?: \S+)*")


def _aligned_value(doc: Document, line: int, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The one cell of the line above ``line`` (cells parted by two spaces or more) that overlaps
    columns ``start``–``end`` of ``line``; None when none or several do."""
    for previous in range(line - 1, max(0, line - 3), -1):
        p_start, p_end = doc.line_span(previous)
        row = doc.text[p_start:p_end]
        if not row.strip():
            continue
        cells = [m for m in _SPACED_CELL.finditer(row) if m.start() < end and m.end() > start]
        if len(cells) != 1:
            return None
        cell = cells[0]
        return cell.group(), (p_start + cell.start(), p_start + cell.end())
    return None


#: A caption's opening bracket left open at the end of its cell: "(State or other jurisdiction",
#: "(Commission", "(I.R.S. Employer".
_OPEN_CAPTION = cached_compile(r"\([^()]*")
#: The most lines one caption of a row of captions side by side wraps over.
_CAPTION_LINES = 4


@dataclass(frozen=True)
class _StackedCaption:
    """A caption of a row of captions printed side by side, wrapped over lines in its column: its words
    joined, the line its first part is on, and the columns (characters into the line) it spans."""

    text: str
    line: int
    start: int
    end: int


def _stacked_caption_value(doc: Document, caption: str) -> tuple[str, tuple[int, int]] | None:
    """The value above a caption wrapped over lines in its own column, beside others: "Delaware   0-19756
    94-3023969" over "(State or other jurisdiction   (Commission   (I.R.S. Employer" / "of
    incorporation)   File Number)   Identification No.)". The caption's parts, column by column, are
    joined and must be the caption whole; the value is the one cell of the line above its first line
    under the columns its parts span (``_aligned_value``)."""
    pattern = _CAPTION_PATTERNS[caption]
    for stacked in doc.derived("filing-metadata.stacked-captions", _stacked_captions):
        if pattern.fullmatch(stacked.text):
            return _aligned_value(doc, stacked.line, stacked.start, stacked.end)
    return None


def _stacked_captions(doc: Document) -> list[_StackedCaption]:
    """The captions wrapped over lines in columns side by side on the cover (the first 30,000
    characters): a line of cells (parted by two blanks or more) of which one at least opens a bracket it
    does not close starts a row of captions; each cell of the lines below goes to the caption whose
    columns it overlaps, while some caption is left open. A cell overlapping no caption, or two, or one
    already closed, ends the row; a row with a caption left open gives none."""
    found: list[_StackedCaption] = []
    for line in range(1, doc.line_of(min(len(doc.text), 30000)) + 1):
        start, end = doc.line_span(line)
        cells = list(_SPACED_CELL.finditer(doc.text, start, end))
        if len(cells) >= 2 and any(_OPEN_CAPTION.fullmatch(cell.group()) for cell in cells):
            columns = [_CaptionColumn(c.start() - start, c.end() - start, [c.group()]) for c in cells]
            found.extend(_caption_row(doc, line, columns))
    return found


@dataclass
class _CaptionColumn:
    """One caption of a row being read down its column: the columns its parts span, and its parts."""

    start: int
    end: int
    parts: list[str]

    @property
    def open(self) -> bool:
        """Whether the caption's bracket is still open (its next part is on a line below)."""
        joined = " ".join(self.parts)
        return joined.count("(") > joined.count(")")


def _caption_row(doc: Document, first: int, columns: list[_CaptionColumn]) -> list[_StackedCaption]:
    """The captions of the row whose first line is ``first``, its cells ``columns``, read down (see
    ``_stacked_captions``); none when the lines below do not close every caption."""
    line = first + 1
    while any(column.open for column in columns) and line <= min(
        first + _CAPTION_LINES, len(doc.line_starts)
    ):
        start, end = doc.line_span(line)
        cells = list(_SPACED_CELL.finditer(doc.text, start, end))
        if not cells:
            break
        for cell in cells:
            left, right = cell.start() - start, cell.end() - start
            under = [column for column in columns if left < column.end and right > column.start]
            if len(under) != 1 or not under[0].open:
                return []
            column = under[0]
            column.start, column.end = min(column.start, left), max(column.end, right)
            column.parts.append(cell.group())
        line += 1
    if any(column.open for column in columns):
        return []
    return [_StackedCaption(" ".join(c.parts), first, c.start, c.end) for c in columns]


def _column_value(doc: Document, line: int, column: int) -> tuple[str, tuple[int, int]] | None:
    """The cell in ``column`` of the row above a row of captions, when that row has as many cells.

    "Delaware<TAB>0-32405<TAB>91-1874389" over "(State …)<TAB>(Commission File Number)<TAB>(IRS …)": each
    caption names the value in its own column. A row above with another count of cells does not say which
    value is whose: nothing is read.
    """
    start, end = doc.line_span(line)
    captions = doc.text[start:end].strip().split("\t")
    for previous in range(line - 1, max(0, line - 4), -1):
        p_start, p_end = doc.line_span(previous)
        row = doc.text[p_start:p_end]
        if not row.strip():
            continue
        lead = len(row) - len(row.lstrip())
        cells = row.strip().split("\t")
        if len(cells) != len(captions) or column >= len(cells) or not cells[column].strip():
            return None
        offset = p_start + lead + sum(len(c) + 1 for c in cells[:column])
        value = cells[column]
        offset += len(value) - len(value.lstrip())
        return value.strip(), (offset, offset + len(value.strip()))
    return None


def _report_date(doc: Document) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The date of report of the 8-K cover ("Date of Report …: May 8, 2003", the date above that
    caption, or in figures), else the release's dateline, else an EDGAR header's period of report."""
    on_cover = doc.folded.find("report", 0, 20000) >= 0
    match = _DATE_OF_REPORT.search(doc.text[:20000]) if on_cover else None
    if match is None and on_cover:
        found = _date_above_caption(doc) or _numeric_date(_NUMERIC_DATE_OF_REPORT.search(doc.text[:20000]))
        if found:
            return found
    if match is None:
        match = _DATELINE.search(doc.text[:60000]) or _DAY_FIRST_DATELINE.search(doc.text[:60000])
    if match is None:
        return (
            _numeric_date(_us_dateline(_NUMERIC_DATELINE.search(doc.text[:60000])))
            or _yearless_dateline_date(doc)
            or _header_report_date(doc)
        )
    date = date_from_match(match)
    return date, (match.start("month"), match.end("year")) if date else None


def _date_above_caption(doc: Document) -> tuple[dt.date, tuple[int, int]] | None:
    """The date printed alone on the last non-blank line above "Date of Report (Date of earliest
    event reported)"; None when that line is anything else."""
    caption = _DATE_OF_REPORT_CAPTION.search(doc.text[:20000])
    if caption is None:
        return None
    for previous in range(doc.line_of(caption.start()) - 1, 0, -1):
        start, end = doc.line_span(previous)
        if not doc.text[start:end].strip():
            continue
        line = _DATE_LINE.match(doc.text, start, end)
        date = date_from_match(line) if line else None
        return (date, (line.start("month"), line.end("year"))) if line and date else None
    return None


#: US states as datelines print them: postal codes and the abbreviations of the AP style.
_US_STATES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
    "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
})  # fmt: skip


def _yearless_dateline_date(doc: Document) -> tuple[dt.date, tuple[int, int]] | None:
    """The date of a dateline that names no year ("SALT LAKE CITY, Feb. 5 /PRNewswire-FirstCall/
    --"), with the year the release prints where it says "today" of the same month and day ("today,
    February 5, 2007"), cited there; else the first such day after the end of the period the release
    reports, within a results release's lag (``_day_after_period``), cited at the dateline; None
    otherwise (a month and day alone place no year)."""
    dateline = _YEARLESS_DATELINE.search(doc.text[:60000])
    if dateline is None:
        return None
    month = MONTHS.get(dateline.group("month").lower().rstrip("."))
    day = int(dateline.group("day"))
    if month is None:
        return None
    todays = _TODAY.finditer(doc.text, dateline.end()) if doc.folded.find("today") >= 0 else iter(())
    dated = [(date, today) for today in todays if (date := date_from_match(today)) is not None]
    for date, today in dated:
        if (date.month, date.day) == (month, day):
            return date, (today.start("month"), today.end("year"))
    if dated:
        return None  # "today, February 6, 2007" under "Feb. 5": which day is meant is in doubt
    date = _day_after_period(_period_covered(doc), month, day)
    return (date, (dateline.start("month"), dateline.end("day"))) if date else None


#: The most days after the end of the period it reports that a results release comes out: the
#: annual report's deadline (90 days) and a margin.
_RELEASE_LAG_DAYS = 120


def _day_after_period(period: Period | None, month: int, day: int) -> dt.date | None:
    """The first ``month``/``day`` after the end of the ``period`` a release reports, when it falls
    within ``_RELEASE_LAG_DAYS`` of that end: a results release dated "Jan. 28" reporting the quarter
    ended December 31, 2004 came out on January 28, 2005. None without a period, or past that lag."""
    if period is None or period.end is None:
        return None
    for year in (period.end.year, period.end.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue  # "Feb. 29" of a year with no such day
        if date > period.end:
            lag = (date - period.end).days
            return date if lag <= _RELEASE_LAG_DAYS else None
    return None


def _us_dateline(match: re.Match[str] | None) -> re.Match[str] | None:
    """A dateline in figures whose day and month could be read either way ("05/11/2009") only when
    its place is in the US, where the month comes first; one that reads one way only ("07/29/09")
    wherever it is."""
    if match is None:
        return None
    month, day = int(match.group("month")), int(match.group("day"))
    if day > 12 or month == day:
        return match
    place = match.group(0)[: match.start("month") - match.start()]
    words = {w.strip(",") for w in place.replace("--", " ").split()}
    return match if words & _US_STATES else None


def _numeric_date(match: re.Match[str] | None) -> tuple[dt.date, tuple[int, int]] | None:
    """The date a match of figures gives ("07/29/09", month first), with its span; None when the
    match is None or names no day."""
    if match is None:
        return None
    year = int(match.group("year"))
    year += 2000 if year < 70 else (1900 if year < 100 else 0)
    try:
        date = dt.date(year, int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    return date, (match.start("month"), match.end("year"))


_EDGAR_NAME_SUFFIX = cached_compile(r"\s*/[A-Z]{2,3}/?\s*$")
_CURRENT_REPORT_FORMS = cached_compile(r"^(?:8-K|6-K)(?:/A)?$", re.IGNORECASE)


def _header_report_date(doc: Document) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The "CONFORMED PERIOD OF REPORT: 20030508" of an EDGAR header (for an 8-K, the date of report)."""
    header = submission_header_of(doc)
    field = header.get("CONFORMED PERIOD OF REPORT")
    form = header.get("CONFORMED SUBMISSION TYPE")
    # Of an 8-K (or 6-K) it is the date of the report; of a 10-Q or 10-K, the end of the period covered.
    if form is None or not _CURRENT_REPORT_FORMS.match(form.value):
        return None, None
    if field is None or not re.fullmatch(r"\d{8}", field.value):
        return None, None
    try:
        date = dt.date(int(field.value[:4]), int(field.value[4:6]), int(field.value[6:]))
    except ValueError:
        return None, None
    return date, (field.start, field.end)


def _period_covered(doc: Document) -> Period | None:
    """The period the release reports results for, as its first sentence names it (``_PERIOD_COVERED``);
    None when it names none, or the period's first day is in doubt (see ``_duration_to``)."""
    places = doc.word_places(_RESULTS_WORDS)
    # A quarter set beside "its fiscal year" ("… the first quarter of its fiscal year 2009, the quarter
    # ended March 31, 2009") may be a partner's or a licensee's: read only where the filer reports it.
    match = next(
        (
            found
            for found in places.matches(_PERIOD_COVERED, doc.text)
            if not _owned_period(found) or _reported_by_filer(doc, found.start())
        ),
        None,
    )
    of_year = next(places.matches(_QUARTER_OF_DATED_YEAR, doc.text), None)
    if of_year is not None and (match is None or of_year.start() < match.start()):
        quarter = _quarter_of_dated_year(of_year)
        if quarter is not None:
            return quarter
    if not match:
        return _named_quarter(doc)
    end = date_from_match(match)
    if end is None:
        return None
    words = match.group("what").lower().replace("-", " ").split()
    # "three and nine months": the release leads with the quarter.
    months = _MONTHS_OF.get(words[0], 3)
    apposed = match.group("apposed") or match.group("apposed_quarter")
    if apposed is not None and _MONTHS_OF[apposed.lower()] != months:
        return None  # "the quarter, the six months ended …": which is meant is not for a reader to choose
    ordinal = (match.group("ordinal") or "").lower()
    # Whether the period ends a fiscal year: the fourth quarter, the year, or "the quarter and year".
    closes: bool | None = True if ordinal == "fourth" or months == 12 or match.group("and_year") else None
    if ordinal in ("first", "second", "third"):
        closes = False
    return _duration_to(doc, end, months, closes)


def _owned_period(match: re.Match[str]) -> bool:
    """Whether a ``_PERIOD_COVERED`` match names the period by a fiscal year some company owns ("of
    its fiscal year 2009", "of the fiscal year 2009") or sets a quarter beside it (", the quarter ended
    …"): the words say whose period it is only with the sentence's subject."""
    return bool(match.group("owned_what") or match.group("owned_and") or match.group("apposed_quarter"))


#: Where a sentence starts, looking back from a word: a blank line, the end of a sentence (not a
#: legal form's or an initial's period: "Inc. (Nasdaq: …)").
_SENTENCE_START = (
    r"\n[ \t]*\n|(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bNo)(?<![\s.][A-Z])[.!?][\"\u201d]?\s+"
)
_SENTENCE_START_RE = cached_compile(_SENTENCE_START)
#: Where the clause naming a subject starts: a sentence's start, a dash (the dateline's "April 30,
#: 2009 --"), "that" ("… announced that its partner …") or a semicolon.
_CLAUSE_START = cached_compile(_SENTENCE_START + r"|--|[\u2013\u2014]|\s-\s|\bthat\s+|;\s*")
#: How far back the start of a clause is looked for.
_CLAUSE_REACH = 400
#: Words that may stand between a release's subject and the words naming the period it reports: "…
#: Inc. (Nasdaq: PCYC) today reported financial results for …", with a description of the subject set
#: beside it ("…, a biotechnology company that develops …, today reported …"). ("will report" is a
#: release to come.)
_REPORTING_WORDS = cached_compile(
    r"(?:\s*\([^()\n]{1,80}\))?(?:,\s+(?:a|an)\s+(?:[^;:()\n]|\n(?![ \t]*\n)){1,200}?,)?"
    r"(?:,?\s+(?:today|also|has|have|announced|reported|reports|announces|released|"
    r"releases|its|their|financial|operating|unaudited|preliminary|consolidated|fiscal))*\s*"
)


def _clause_start(text: str, at: int, sentence: bool = False) -> int:
    """Where the clause holding offset ``at`` starts (``_CLAUSE_START``), or its sentence
    (``_SENTENCE_START``)."""
    low = max(0, at - _CLAUSE_REACH)
    start = low
    for boundary in (_SENTENCE_START_RE if sentence else _CLAUSE_START).finditer(text, low, at):
        start = boundary.end()
    return start


@functools.lru_cache(maxsize=256)
def _filer_subject(name: str) -> re.Pattern[str]:
    """The filer named as a clause's subject: its name with or without its legal form, its name's first
    words ("Novacea" of "Novacea Biosciences, Inc."), "the Company" or "we"."""
    return re.compile(
        rf"\s*(?:(?:{_filer_forms(name)}){_LEGAL_FORM_AFTER}|the\s+company|we)(?![\w'\u2019-])", re.IGNORECASE
    )


def _reported_by_filer(doc: Document, at: int) -> bool:
    """Whether the words naming a period at ``at`` ("results for …", "reported for …") are the filer's:
    their clause opens with the filer as its subject ("Pharmacyclics, Inc. (Nasdaq: PCYC) today
    reported financial results for …") and nothing but reporting words follow it. "Our licensee,
    Kyowa Hakko Kirin Co., Ltd., reported results for …" and "… announced that its partner Servier
    reported results for …" are another company's."""
    name = filer_name(doc)
    if not name:
        return False
    start = _clause_start(doc.text, at)
    subject = _filer_subject(name).match(doc.text, start, at)
    return subject is not None and _REPORTING_WORDS.fullmatch(doc.text, subject.end(), at) is not None


def _quarter_of_dated_year(match: re.Match[str]) -> Period | None:
    """The quarter "the second quarter of its fiscal year ending September 30, 2002" names: three whole
    months ending three months a quarter before the year's end (January 1 to March 31, 2002). A year
    ending on another day than a month's last (a 52–53-week year) places no quarter: None."""
    year_end = date_from_match(match)
    if year_end is None or year_end.day != month_end(year_end.year, year_end.month):
        return None
    months_before = 3 * (4 - _ORDINALS[match.group("ordinal").lower()])
    index = year_end.year * 12 + year_end.month - 1 - months_before
    year, month = divmod(index, 12)
    return duration_ending(dt.date(year, month + 1, month_end(year, month + 1)), 3)


def _named_quarter(doc: Document) -> Period | None:
    """The quarter the release reports results for named by its ordinal and year alone ("results for the
    fourth quarter and full year 2011", ``_QUARTER_OF_YEAR``): the calendar quarter, for a filer whose
    fiscal year ends on December 31 (a fiscal year of another end may be numbered by the calendar year
    it starts or ends in, and a 52–53-week quarter ends on another day each year: not placed)."""
    match = next(doc.word_places(_RESULTS_WORDS).matches(_QUARTER_OF_YEAR, doc.text), None)
    if match is None or document_fiscal_year_end(doc) != (12, 31):
        return None
    quarter = _ORDINALS[match.group("ordinal").lower()]
    year = int(match.group("year"))
    return duration_ending(dt.date(year, quarter * 3, month_end(year, quarter * 3)), 3)


def _duration_to(doc: Document, end: dt.date, months: int, closes: bool | None) -> Period | None:
    """The ``months``-long period ending on ``end``: whole calendar months to a month's last day.

    Another day ends a period of a 52–53-week year (``kg.periods.WeekCalendar``), placed by the
    quarters' ends the release dates ("the second quarter of fiscal 2009, which ended July 4, 2009",
    "fiscal 2008 ended on January 3, 2009"): a part of a year that ``closes`` no year runs 13 weeks a
    quarter; a year, or its last quarter (13 or 14 weeks), starts after the end of the year before, which
    the release must date. ``closes`` None: the words do not say, and the dated year ends must. None
    when the first day is in doubt."""
    if end.day == month_end(end.year, end.month):
        return duration_ending(end, months)
    dated = week_quarter_ends(doc.text)
    year_ends = frozenset(date for (_, quarter), date in dated.items() if quarter == 4)
    calendar = WeekCalendar(frozenset(dated.values()) | _fiscal_years_ended(doc), year_ends)
    if closes is None:
        if not year_ends:
            return None  # a quarter that may be a year's last, of 13 or 14 weeks
        closes = calendar.closes_year(end)
    if closes:
        start = calendar.year_start(end)
        if start is None:
            return None
        return Period(start=start, end=end) if months == 12 else calendar.fourth_quarter(end)
    return calendar.week_duration(end, months) if months in (3, 6, 9) else None


def _fiscal_years_ended(doc: Document) -> frozenset[dt.date]:
    """The dates the release prints as the end of a fiscal year ("… Annual Report on Form 10-K for the
    fiscal year ended September 29, 2007"), whatever year they are numbered: the end of the year before
    a 52–53-week year, printed so, places that year's first day (``WeekCalendar.year_start`` takes only a
    date 52 or 53 weeks before the year's end)."""
    if doc.folded.find("fiscal") < 0:
        return frozenset()
    dates = (date_from_match(match) for match in _FY_PHRASE.finditer(doc.text))
    return frozenset(date for date in dates if date is not None)


def _cover_identifiers(doc: Document, filer: EntityRef) -> Iterator[Fact]:
    for caption, predicate in (
        ("state", "stateOfIncorporation"),
        ("file_number", "secFileNumber"),
        ("irs", "irsEmployerId"),
        ("address", "address"),
    ):
        found = _cover_value(doc, caption)
        if found:
            value, span = found
            yield Relation(filer, predicate, collapse_spaces(value), doc.evidence(*span, NAME))
    phone = _PHONE.search(doc.text[:20000])
    if phone:
        yield Relation(filer, "telephone", phone.group("phone"), doc.evidence(*phone.span("phone"), NAME))


#: What a cover's identifier looks like: a value of another shape was read from the wrong place
#: ("Delaware 000-23143 13-3379479", three values printed on one line above three captions).
_VALUE_SHAPES = {
    "file_number": cached_compile(r"\b(?:\d{1,3}-\d{3,6}(?:-\d{2})?)\b"),
    "irs": cached_compile(r"\b\d{2}-\d{7}\b"),
}


#: A 6-K cover's file number, labelled on its own line rather than captioned under it:
#: "Commission File Number: 000-53021".
_LABELLED_FILE_NUMBER = cached_compile(
    r"^[ \t]*Commission[ \t]+File[ \t]+(?:Number|No\.?)[ \t]*:[ \t]*(?P<value>\d{1,3}-\d{3,6}(?:-\d{2})?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _labelled_file_number(doc: Document) -> tuple[str, tuple[int, int]] | None:
    """The file number a cover prints after the label "Commission File Number:" on one line, the whole
    line the label and the number (a 6-K's cover); None when no such line opens the filing."""
    match = _LABELLED_FILE_NUMBER.search(doc.text[:30000])
    if match is None:
        return None
    return match.group("value"), match.span("value")


def _cover_value(doc: Document, caption: str) -> tuple[str, tuple[int, int]] | None:
    """``_caption_value`` checked against the shape of what the caption names: a file number or an
    IRS number alone, or the one such number in a value holding others ("Delaware 000-23143
    13-3379479"); a state with no figure in it. None when the value is of no such shape. A file
    number may instead be labelled on its line ("Commission File Number: 000-53021")."""
    found = _caption_value(doc, caption)
    if found is None:
        return _labelled_file_number(doc) if caption == "file_number" else None
    value, (start, _) = found
    shape = _VALUE_SHAPES.get(caption)
    if shape is not None:
        matches = list(shape.finditer(value))
        if len(matches) != 1 or (
            caption == "file_number" and _VALUE_SHAPES["irs"].search(matches[0].group())
        ):
            return None
        m = matches[0]
        if caption == "irs" and not is_irs_number(m.group()):
            return None  # "00-0000000": a placeholder, no number
        return m.group(), (start + m.start(), start + m.end())
    if caption == "state":
        if any(c.isdigit() for c in value):
            return None
        return state_name(value), found[1]
    return found


#: EDGAR header fields naming the filer's identifiers; the cover page's own printing is preferred, so
#: these fill only what the cover leaves out, written as a cover prints them (``printed_identifier``).
_HEADER_IDENTIFIERS = (
    ("STATE OF INCORPORATION", "stateOfIncorporation"),
    ("SEC FILE NUMBER", "secFileNumber"),
    ("IRS NUMBER", "irsEmployerId"),
)


def _header_identifiers(doc: Document, filer: EntityRef) -> Iterator[Fact]:
    """The filer's CIK, and the identifiers the cover does not print, from an EDGAR header."""
    header = submission_header_of(doc)
    if not header.fields:
        return
    cik = header.company_field("CENTRAL INDEX KEY")
    if cik and re.fullmatch(r"\d{1,10}", cik.value):
        yield Relation(filer, "cik", cik.value, doc.evidence(cik.start, cik.end, NAME))
    for key, predicate in _HEADER_IDENTIFIERS:
        field = header.company_field(key)
        if not field or _cover_value(doc, _PREDICATE_CAPTIONS[predicate]) is not None:
            continue
        value = printed_identifier(key, field.value)
        if value is not None:
            yield Relation(filer, predicate, value, doc.evidence(field.start, field.end, NAME))


_PREDICATE_CAPTIONS = {
    "stateOfIncorporation": "state",
    "secFileNumber": "file_number",
    "irsEmployerId": "irs",
}


def _ticker(doc: Document, filer: EntityRef) -> Iterator[Fact]:
    match = _TICKER.search(doc.text[:60000])
    if match:
        evidence = doc.evidence(match.start(), match.end(), NAME)
        yield Relation(filer, "ticker", match.group("ticker"), evidence)
        yield Relation(filer, "exchange", _exchange_name(match.group("exchange")), evidence)


def _exchange_name(raw: str) -> str:
    return "Nasdaq" if raw.lower() == "nasdaq" else collapse_spaces(raw)


#: A sentence: runs to . ! or ?, but not at decimal points or the abbreviations filings use in names.
#: The run of characters that can neither end a sentence nor open an abbreviation (no capital) is
#: taken whole, which reads the same sentences as one character at a time, four times faster.
_SENTENCE = cached_compile(
    r"[^.!?\s](?:[^.!?\nA-Z]++|\b(?:Inc|Mass|Corp|Co|No|Dr|Ph\.D|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\.(?=\d)|[^.!?\n]|\n(?![ \t]*\n))*[.!?]?"
)
_FY_PHRASE = cached_compile(r"fiscal\s+year\s+(?:ended|ending)\s+" + DATE_PATTERN, re.IGNORECASE)


_BLANK_LINE = cached_compile(r"\n[ \t]*\n")


def _fiscal_sentences(doc: Document) -> Iterator[re.Match[str]]:
    """The ``_SENTENCE`` matches of the filing that mention "fiscal" or "financial year", in order.

    No sentence runs across a blank line, so the split into sentences starts afresh after each one:
    only the blocks between blank lines that hold the word need splitting.
    """
    text = doc.text
    cuts = [0, *(m.start() for m in _BLANK_LINE.finditer(text)), len(text)]
    for start, end in itertools.pairwise(cuts):
        if doc.folded.find("fiscal", start, end) < 0 and doc.folded.find("financial year", start, end) < 0:
            continue
        for match in _SENTENCE.finditer(text, start):
            if match.start() >= end:
                break
            lowered = match.group().lower()
            if "fiscal" in lowered or "financial year" in lowered:
                yield match


#: Words a company's name may open with that name nothing on their own ("The Medicines Company").
_ARTICLES = frozenset({"the", "a", "an"})


@functools.lru_cache(maxsize=256)
def _filer_forms(name: str) -> str:
    """The filer's name as a pattern's alternatives, each opening with a capital whatever the case the
    rest is read in: the name as read, without its legal form, and its first words ("Novacea" of
    "Novacea Biosciences, Inc.": four letters at least, no article), longest first."""
    words = strip_legal_suffix(name).split()
    forms = {r"\s+".join(map(re.escape, collapse_spaces(name).split())), r"\s+".join(map(re.escape, words))}
    for count in range(1, len(words)):
        if words[0].lower() not in _ARTICLES and len(" ".join(words[:count])) >= 4:
            forms.add(r"\s+".join(map(re.escape, words[:count])))
    return r"(?-i:(?=[A-Z0-9]))(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=256)
def _year_end_rule(name: str | None) -> re.Pattern[str]:
    """A sentence stating the fiscal-year end as a rule, with no year, and whose year it is (``owner``):
    "Our fiscal year ends December 31.", "The Company's fiscal year ends June 30.", "Its fiscal year ends
    June 30.", "Pharmacyclics' fiscal year ends June 30." (the filer ``name``'s forms, ``_filer_forms``),
    "Halden's financial year runs from 1 April to 31 March." """
    owners = r"our|its|the\s+company['\u2019]s"
    if name:
        owners += rf"|{_filer_forms(name)}(?:['\u2019]s|(?<=s)['\u2019])"
    # "financial year" and the day before the month: a British or European filer's words ("Halden's
    # financial year ends on 31 March.").
    return re.compile(
        rf"(?<![\w-])(?P<owner>{owners})\s+(?:fiscal|financial)\s+year\s+"
        rf"(?:ends\s+(?:on\s+)?|runs\s+from\s+(?:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\.?\s+\d{{1,2}})\s+(?:to|through)\s+)"
        rf"(?:(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})\b|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_NAME})\b)"
        r"(?!,?\s+(?:19|20)\d\d)",
        re.IGNORECASE,
    )


#: Whose fiscal year or quarter a sentence names, right before "fiscal": "its fiscal year 2009",
#: "Takeda's fiscal 2009", "the Company's 2006 fiscal year".
_FISCAL_OWNER = cached_compile(
    r"(?<![\w-])(?P<owner>(?i:its)|[A-Z][\w&.-]*(?:['\u2019]s|(?<=s)['\u2019]))\s+(?:(?:19|20)\d\d\s+)?(?i:fiscal)\b"
)
#: The owners of a fiscal year that are the filer whatever the sentence: "our", "the Company's".
_OWN_OWNERS = frozenset({"our", "the company's", "the company\u2019s", "company's", "company\u2019s"})


def _owner_is_filer(doc: Document, name: str | None, owner: re.Match[str]) -> bool:
    """Whether the owner of a fiscal year a sentence names (``owner``, its group "owner") is the filer:
    "our", "the Company's", the filer's name; "its" where its clause opens with the filer ("ImmunoGen
    today said its fiscal year …"), or where it opens its own sentence in a paragraph that opens with
    the filer ("ImmunoGen, Inc. develops … Its fiscal year ends June 30."; "Biotest AG, of Dreieich, …
    Its fiscal year ends June 30." is Biotest's). Another name's possessive is another company's."""
    word = collapse_spaces(owner.group("owner")).lower()
    if word in _OWN_OWNERS:
        return True
    if not name:
        return False
    text, at, end = doc.text, owner.start("owner"), owner.end("owner")
    if word != "its":
        # A possessive: the filer's name ("Pharmacyclics'", "Cell Genesys'") or another company's.
        possessive = re.compile(rf"{_filer_forms(name)}(?:['\u2019]s|(?<=s)['\u2019])$", re.IGNORECASE)
        return possessive.search(text, max(0, end - 120), end) is not None
    clause = _clause_start(text, at)
    subject = _filer_subject(name).match(text, clause, at)
    if subject is not None and _JOINT_SUBJECT.match(text, subject.end(), at) is None:
        return True  # "ImmunoGen, Inc. (Nasdaq: IMGN), …, today reported … for its fiscal year …"
    if text[clause:at].strip():
        # "On February 3, 2004, Enzon Pharmaceuticals, Inc. issued … its fiscal year": the company
        # named last before "its" is whose year it is ("… announced that its partner Servier reported
        # … of its fiscal year" is Servier's).
        last = _last_name_before(text, _clause_start(text, at, sentence=True), at)
        return last is not None and _filer_subject(name).fullmatch(last) is not None
    paragraph = text.rfind("\n\n", 0, at)
    paragraph = 0 if paragraph < 0 else paragraph + 2
    return _filer_subject(name).match(text, paragraph, at) is not None


#: A subject the filer shares with another company: "Pharmacyclics and Servier reported …".
_JOINT_SUBJECT = cached_compile(
    r"(?:\s*\([^()\n]{1,80}\))?\s*(?:and|&|or|together\s+with|with)\b", re.IGNORECASE
)
#: A run of capitalised words, a company's or a person's name ("Kyowa Hakko Kirin Co., Ltd.").
_CAPITALISED_RUN = cached_compile(r"[A-Z][\w&'\u2019.-]*(?:(?:,?[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w&'\u2019.-]*)*")
#: Text in brackets, a ticker's "(Nasdaq: PCYC)" among them.
_BRACKETED = cached_compile(r"\([^()\n]*\)")


def _last_name_before(text: str, start: int, at: int) -> str | None:
    """The last run of capitalised words in ``text[start:at]``, brackets left out (the ticker after a
    name): the company a possessive "its" at ``at`` stands for; None without one."""
    plain = _BRACKETED.sub(lambda bracket: " " * len(bracket.group()), text[start:at])
    last = None
    for run in _CAPITALISED_RUN.finditer(plain):
        last = run.group()
    return last.rstrip(" ,") if last else None


#: A section's heading: a short line after a blank one that closes no sentence, ending in a colon or a
#: capitalised word ("Contact:", "Forward-Looking Statements", "About ImmunoGen, Inc."); the first line
#: of a paragraph wrapped short ends in a word in small letters.
_SECTION_HEADING = cached_compile(
    r"\n[ \t]*\n[ \t]*[A-Z][^\n]{0,78}(?::|\b[A-Z][\w&'-]*|\b(?:Inc|Corp|Ltd|Co)\.)[ \t]*(?=\n)"
)


def _in_others_about(doc: Document, at: int, name: str | None) -> bool:
    """Whether offset ``at`` lies in an "About X" section of another company than the filer ("About
    Biotest AG" over a partner's paragraph): from the heading to the next heading (``_SECTION_HEADING``:
    "Contact:", "Forward-Looking Statements")."""
    if not name or doc.text.find("About", 0, at) < 0:
        return False
    heading = None
    for found in _ABOUT.finditer(doc.text, 0, at):
        heading = found
    if heading is None or _SECTION_HEADING.search(doc.text, heading.end(), at) is not None:
        return False
    about = company_key(heading.group("name").rstrip("."))
    filer = company_key(name)
    return not (about == filer or about.startswith(filer + "-") or filer.startswith(about + "-"))


def _filers_sentence(doc: Document, sentence: re.Match[str], name: str | None) -> bool:
    """Whether a sentence about a fiscal year is the filer's: not in another company's "About" section
    (``_in_others_about``), and each fiscal year or quarter it names by its owner ("its fiscal year
    2009", "Takeda's fiscal 2009") the filer's (``_owner_is_filer``)."""
    if _in_others_about(doc, sentence.start(), name):
        return False
    owners = _FISCAL_OWNER.finditer(doc.text, sentence.start(), sentence.end())
    return all(_owner_is_filer(doc, name, owner) for owner in owners)


def _stated_rule(doc: Document, sentence: re.Match[str], name: str | None) -> tuple[int, int] | None:
    """The (month, day) a sentence of the filer's states as its fiscal-year end (``_year_end_rule``,
    its owner the filer: ``_owner_is_filer``), or None."""
    rules = set()
    for match in _year_end_rule(name).finditer(doc.text, sentence.start(), sentence.end()):
        month = MONTHS.get((match.group("month") or match.group("month2")).lower().rstrip("."))
        day = int(match.group("day") or match.group("day2"))
        if month is None or not 1 <= day <= month_end(2000, month):
            continue
        if _owner_is_filer(doc, name, match):
            rules.add((month, day))
    return next(iter(rules)) if len(rules) == 1 else None


def filer_stated_year_ends(doc: Document) -> frozenset[tuple[int, int]]:
    """The fiscal-year ends (month, day) the filer's own sentences state as its rule ("Pharmacyclics'
    fiscal year ends June 30."), computed once per document; a partner's or licensee's sentence
    states none (``_filers_sentence``). ``kg.fiscal`` lets a single one outrank what it infers."""
    return doc.derived("filer_stated_year_ends", _filer_stated_year_ends)


def _filer_stated_year_ends(doc: Document) -> frozenset[tuple[int, int]]:
    name = filer_name(doc)
    sentences = [sentence for sentence in _fiscal_sentences(doc) if _filers_sentence(doc, sentence, name)]
    return frozenset(rule for rule in (_stated_rule(doc, sentence, name) for sentence in sentences) if rule)


def _fiscal_year_end(doc: Document, filer: EntityRef) -> Iterator[Fact]:
    change = document_fiscal_year_change(doc)
    stated = stated_fiscal_year_change(doc) if change else None
    if change is not None and stated is not None:
        # "changed its fiscal year end from June 30 to December 31": the filer's year ends on the new
        # date from the transition period on, whatever the columns of the release's tables show.
        month, day = change.new
        evidence = doc.evidence(*stated, NAME)
        yield Relation(filer, "fiscalYearEnd", f"--{month:02d}-{day:02d}", evidence)
        return
    name = filer_name(doc)
    sentences = [sentence for sentence in _fiscal_sentences(doc) if _filers_sentence(doc, sentence, name)]
    # A single rule the filer's own sentences state already outranks the inference in
    # ``document_fiscal_year_end`` (the financial extractors read the same year end).
    if len(filer_stated_year_ends(doc)) > 1:
        yield Skipped(NAME, "the filer's sentences state two fiscal-year ends")
        return
    fye = document_fiscal_year_end(doc)
    if fye is None:
        if states_week_year(doc.text):
            # "a 52- or 53-week fiscal year that ends on the Sunday closest to December 31": a
            # weekday, another date each year; no month and day is the filer's year end.
            yield Skipped(NAME, "52–53-week fiscal year: its end is no fixed date")
            return
        yield Skipped(NAME, "fiscal-year end not stated in the filing")
        return
    month, day = fye
    # Cite the filer's sentence that on its own implies the same fiscal-year end: the first short one,
    # else the first. A dated one ("… for the fiscal year ended June 30, 2010"), or one stating the rule
    # ("The Company's fiscal year ends December 31."): a short sentence stating the rule outright
    # is cited before any the end is inferred from ("… the third quarter of its fiscal year 2009, the
    # quarter ended March 31, 2009"). A partner's or a licensee's sentence ("Our licensee, Kyowa Hakko
    # Kirin …, reported results for the first quarter of its fiscal year 2009, …"; "About Biotest AG" /
    # "… Its fiscal year ends June 30.") is never cited (``_filers_sentence``).
    candidates = []
    for match in sentences:
        outright = _stated_rule(doc, match, name) == fye
        if outright or (DATE_RE.search(match.group()) and infer_fiscal_year_end(match.group()) == fye):
            candidates.append((match, outright))
    if candidates:
        best, _ = min(candidates, key=lambda c: (len(c[0].group()) > 400, not c[1], c[0].start()))
        start, end = best.span()
        phrase = _FY_PHRASE.search(best.group())
        if end - start > 400 and phrase:
            start, end = start + phrase.start(), start + phrase.end()
        evidence = doc.evidence(start, end, NAME)
        yield Relation(filer, "fiscalYearEnd", f"--{month:02d}-{day:02d}", evidence)
        return
    if header_fiscal_year_end(doc) == fye:
        field = submission_header_of(doc).company_field("FISCAL YEAR END")
        assert field is not None  # header_fiscal_year_end read it
        evidence = doc.evidence(field.start, field.end, NAME)
        yield Relation(filer, "fiscalYearEnd", f"--{month:02d}-{day:02d}", evidence)
        return
    yield Skipped(
        NAME, f"fiscal-year end {calendar.month_name[month]} {day} inferred but no single sentence states it"
    )


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("FilingInfo", "Mention", "Relation", "Skipped"),
    run=run,
)
