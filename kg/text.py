"""Text normalisation shared by extractors: slugs, whitespace, OCR confusables, dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip

#: ``Month D, YYYY`` with full or abbreviated month names (``Oct 28, 2010``, ``MAY 8, 2003``).
DATE_PATTERN = (
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
)
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Stable IRI-safe key for a name: ASCII, lower case, words joined by ``-``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DROP.sub("-", ascii_name.lower()).strip("-")
    return slug or "unnamed"


def parse_date(text: str) -> dt.date | None:
    """The first ``Month D, YYYY`` date in ``text``, or None when there is none or it is impossible."""
    match = DATE_RE.search(text)
    return date_from_match(match) if match else None


def date_from_match(match: re.Match[str]) -> dt.date | None:
    """Build a date from a ``DATE_RE`` match (None for an unknown month or impossible day)."""
    month = MONTHS.get(match.group("month").lower().rstrip("."))
    if month is None:
        return None
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def collapse_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|ag|gmbh|s\.a|sa|n\.v|nv|lp|l\.p)\.?)+$",
    re.IGNORECASE,
)


def strip_legal_suffix(name: str) -> str:
    """``ImmunoGen, Inc.`` → ``ImmunoGen``; ``Rx Communications Group, LLC`` → ``Rx Communications Group``."""
    return _LEGAL_SUFFIX.sub("", collapse_spaces(name)).strip(" ,")


def company_key(name: str) -> str:
    """The IRI key of a company named ``name``: its name without legal suffix, slugified.

    Reference data mints company IRIs the same way, so a filer and its reference entry meet.
    """
    return slugify(strip_legal_suffix(name))
