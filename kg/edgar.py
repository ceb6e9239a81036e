"""EDGAR's own wrappers around a filing: the complete submission file and SGML table tags.

A *complete submission* (the ``.txt`` EDGAR serves for every accession number, the unit of its bulk
archives) wraps the filing in SGML: a ``<SEC-HEADER>`` of ``KEY: value`` lines (the filer's name,
CIK, fiscal-year end, form type, period of report…), then one ``<DOCUMENT>`` per part, each with its
``<TYPE>`` (``8-K``, ``EX-99.1``, ``GRAPHIC``, ``EX-101.INS``…) and its ``<TEXT>``: plain text,
HTML, or an uuencoded image or archive. ``unwrap_submission`` turns it into the text the extractors
read: the header as printed, then each readable document's body, HTML rendered as an ``.htm``
exhibit is; images, archives, XBRL and PDF parts are left out.

Plain-text filings of 1996–2005 also carry SGML tags inside their tables: ``<TABLE>``,
``<CAPTION>``, ``<S>`` and ``<C>`` (the column markers, on the line above the first row), ``<PAGE>``
and ``<FN>``. ``blank_sgml_tags`` replaces each by as many spaces, so the columns that follow stay
where the filer aligned them and no tag is read as a label or a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.pattern_cache import cached_compile

#: The opening of a complete submission (or of the older IMS wrapper), near the top of the file.
#: A single ``<DOCUMENT>`` cut out of a submission (its ``<TYPE>`` on the next line) reads the same way.
_SUBMISSION_START = cached_compile(
    r"^\s*(?:<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>|<DOCUMENT>\s*\n\s*<TYPE>)", re.MULTILINE
)
_HEADER = cached_compile(r"<(?:SEC|IMS)-HEADER>[^\n]*\n(?P<body>.*?)</(?:SEC|IMS)-HEADER>", re.DOTALL)
_DOCUMENT = cached_compile(r"<DOCUMENT>(?P<body>.*?)(?:</DOCUMENT>|\Z)", re.DOTALL)
_DOC_TYPE = cached_compile(r"^<TYPE>[ \t]*(?P<type>[^\n<]*)", re.MULTILINE)
_DOC_TEXT = cached_compile(r"<TEXT>\n?(?P<text>.*?)(?:</TEXT>|\Z)", re.DOTALL)
#: Parts whose text is no prose or statement: images, archives, spreadsheets, PDF, XBRL and XML.
_UNREADABLE_TYPES = cached_compile(r"^(?:GRAPHIC|ZIP|EXCEL|PDF|XML|JSON|EX-101\b|EX-100\b)", re.IGNORECASE)
_UNREADABLE_BODY = cached_compile(r"^\s*(?:begin [0-7]{3} |<PDF>|<XBRL>|<XML>)", re.IGNORECASE)
#: An HTML part: its document element (after an XML declaration, in XHTML), or HTML fragments
#: (EDGAR accepted ``<P>``/``<FONT>``/``<DIV>`` bodies without one).
_HTML_ROOT = cached_compile(r"<!DOCTYPE\s+html|<html\b", re.IGNORECASE)
_HTML_FRAGMENT = cached_compile(r"<(?:p|div|font|br|center|b)\b[^>]*>", re.IGNORECASE)
#: EDGAR's text-format column markers: a part holding them is text with SGML tables, not HTML.
_SGML_COLUMN_MARKS = cached_compile(r"^<S>|<C>", re.MULTILINE)
#: An XML part that is no HTML (an XBRL instance or schema, a form's XML data).
_XML_DECLARATION = cached_compile(r"^\s*<\?xml", re.IGNORECASE)
#: SGML tags of EDGAR's plain-text format (and its page marks), blanked wherever they stand.
_SGML_TAGS = cached_compile(r"</?(?:TABLE|CAPTION|S|C|PAGE|FN|F\d{1,2})>", re.IGNORECASE)


@dataclass(frozen=True)
class SubmissionPart:
    """One ``<DOCUMENT>`` of a submission: its type as the header gives it, and its text."""

    doc_type: str
    text: str

    @property
    def readable(self) -> bool:
        """Whether the part is text a reader of the filing would read (not an image, archive or XBRL)."""
        if _UNREADABLE_TYPES.match(self.doc_type) or _UNREADABLE_BODY.match(self.text):
            return False
        return not _XML_DECLARATION.match(self.text) or self.is_html

    @property
    def is_html(self) -> bool:
        head = self.text[:2048]
        if _HTML_ROOT.search(head):
            return True
        return bool(_HTML_FRAGMENT.search(head)) and not _SGML_COLUMN_MARKS.search(self.text)


def is_submission(text: str) -> bool:
    """Whether ``text`` is an EDGAR complete submission: its wrapper opens at the top, or below the
    signed-message preamble EDGAR put before it until 2008 ("-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
    and its keys, a kilobyte or two)."""
    head = text[:8192]
    if head.lstrip().startswith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----"):
        return bool(_SUBMISSION_START.search(head))
    return bool(_SUBMISSION_START.match(head))


def submission_parts(text: str) -> list[SubmissionPart]:
    """The ``<DOCUMENT>`` parts of a complete submission, in order."""
    parts = []
    for document in _DOCUMENT.finditer(text):
        body = document.group("body")
        doc_type = _DOC_TYPE.search(body)
        content = _DOC_TEXT.search(body)
        parts.append(
            SubmissionPart(
                doc_type.group("type").strip() if doc_type else "",
                content.group("text") if content else "",
            )
        )
    return parts


def unwrap_submission(text: str, render_html: Callable[[str], str]) -> str:
    """The text a complete submission gives its reader: the SEC header as printed, then each readable
    part's body (HTML rendered by ``render_html``), separated by blank lines."""
    pieces: list[str] = []
    header = _HEADER.search(text)
    if header:
        pieces.append(header.group("body").strip("\n"))
    for part in submission_parts(text):
        if not part.readable:
            continue
        body = render_html(part.text) if part.is_html else blank_sgml_tags(part.text)
        if body.strip():
            pieces.append(body.strip("\n"))
    return "\n\n".join(pieces) + "\n"


def blank_sgml_tags(text: str) -> str:
    """``text`` with EDGAR's SGML table and page tags replaced by spaces of the same width."""
    if "<" not in text:
        return text
    return _SGML_TAGS.sub(lambda m: " " * len(m.group()), text)


#: ``KEY: value`` lines of the SEC header (tab-indented under FILER:, COMPANY DATA: …).
_HEADER_FIELD = cached_compile(
    r"^[ \t]*(?P<key>[A-Z][A-Z0-9 ()-]*?):[ \t]+(?P<value>\S[^\n]*?)[ \t]*$", re.MULTILINE
)


#: How the body of an SEC header opens (unwrapped, it is the top of the text).
_HEADER_OPENINGS = ("<ACCEPTANCE-DATETIME>", "ACCESSION NUMBER:", "<IMS-")


@dataclass(frozen=True)
class HeaderField:
    """A ``KEY: value`` line of the SEC header and where its value stands in the text."""

    key: str
    value: str
    start: int
    end: int


def header_fields(text: str) -> list[HeaderField]:
    """The ``KEY: value`` lines of the SEC header at the top of ``text`` (an unwrapped submission).

    The header ends at its first blank-line-separated block that is not ``KEY: value`` lines, so a
    document body below it is never read as header fields."""
    if not text[:200].lstrip().startswith(_HEADER_OPENINGS):
        return []
    end = _header_end(text)
    return [
        HeaderField(m.group("key").strip(), m.group("value"), m.start("value"), m.end("value"))
        for m in _HEADER_FIELD.finditer(text, 0, end)
    ]


_HEADER_KEY = cached_compile(r"[A-Z][A-Z0-9 ()-]*:")


def _header_end(text: str) -> int:
    """Where the header block ends: the first line that is neither blank, a tag, ``KEY:`` nor ``KEY: value``."""
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not (stripped.startswith("<") or _HEADER_KEY.match(stripped)):
            return offset
        offset += len(line) + 1
    return len(text)


@dataclass(frozen=True)
class SubmissionHeader:
    """The SEC header's fields by key (the first of each), and whether it describes one company."""

    fields: dict[str, HeaderField]
    companies: int  # how many COMPANY DATA blocks (filer, subject company…) the header holds

    def get(self, key: str) -> HeaderField | None:
        return self.fields.get(key)

    def company_field(self, key: str) -> HeaderField | None:
        """A field of the company data, only when the header names one company: a header naming
        a filer and a subject company does not say whose the first value is."""
        return self.fields.get(key) if self.companies == 1 else None


def submission_header(text: str) -> SubmissionHeader:
    """The SEC header at the top of ``text`` (empty when the text does not open with one)."""
    fields: dict[str, HeaderField] = {}
    companies = 0
    for field in header_fields(text):
        fields.setdefault(field.key, field)
        companies += field.key == "COMPANY CONFORMED NAME"
    return SubmissionHeader(fields, companies)


#: EDGAR's codes of the US states and DC (its ``STATE OF INCORPORATION`` field), by the name a
#: cover page prints in "(State or other jurisdiction of incorporation)". EDGAR's other codes
#: (Canadian provinces, countries: "A1", "E9") have no printed name here.
_STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
    "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
    "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming",
}  # fmt: skip


def printed_identifier(key: str, value: str) -> str | None:
    """A header identifier as a cover page prints it, so one filer's value is the same whichever of
    the two a filing gives: ``IRS NUMBER`` "042726691" as "04-2726691", ``STATE OF INCORPORATION``
    "MA" as "Massachusetts". None for a value of another shape (an EDGAR code of a province or
    country, a number of the wrong length) or a placeholder (``IRS NUMBER`` "000000000", which EDGAR
    holds for a filer without one, a foreign filer's cover printing "Not Applicable"): no guess.
    Other keys are returned as EDGAR prints them."""
    if key == "IRS NUMBER":
        return f"{value[:2]}-{value[2:]}" if is_irs_number(value) else None
    if key == "STATE OF INCORPORATION":
        return _STATE_NAMES.get(value.upper())
    return value


def is_irs_number(value: str) -> bool:
    """Whether ``value`` is an employer identification number, printed "04-2726691" or as EDGAR holds
    it, "042726691": nine digits, not all of them zeros (a placeholder standing for no number)."""
    digits = value.replace("-", "", 1) if re.fullmatch(r"\d{2}-\d{7}", value) else value
    return bool(re.fullmatch(r"\d{9}", digits)) and digits.strip("0") != ""


#: The names of the US states and DC by their folded spelling ("delaware"), to print them alike.
_STATE_BY_FOLDED = {name.casefold(): name for name in _STATE_NAMES.values()}


def state_name(printed: str) -> str:
    """A cover's "(State or other jurisdiction of incorporation)" as filings print it most: a US state in
    capitals ("DELAWARE") as its name is written ("Delaware"), so one filer's state reads the same on
    every cover and as ``printed_identifier`` gives the header's code. Other values (a country, a
    province) are returned as printed."""
    return _STATE_BY_FOLDED.get(" ".join(printed.split()).casefold(), printed)
