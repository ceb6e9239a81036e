"""Text normalisation shared by extractors: slugs, whitespace, OCR confusables, dates."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator

from kg.memo import short_string_cache
from kg.pattern_cache import cached_compile

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

#: The three-letter currency codes of ISO 4217 (current and recently replaced), as filings print them
#: before an amount ("RMB 500000", "NIS 150000", "EUR 125000"): an amount's, never a code name's prefix.
CURRENCY_CODES = frozenset({
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BYR", "BZD", "CAD", "CDF", "CHE",
    "CHF", "CHW", "CLF", "CLP", "CNH", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CYP", "CZK", "DEM",
    "DJF", "DKK", "DOP", "DZD", "EEK", "EGP", "ERN", "ESP", "ETB", "EUR", "FIM", "FJD", "FKP", "FRF", "GBP",
    "GEL", "GHS", "GIP", "GMD", "GNF", "GRD", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "IEP",
    "ILS", "INR", "IQD", "IRR", "ISK", "ITL", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
    "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LTL", "LUF", "LVL", "LYD", "MAD", "MDL", "MGA",
    "MKD", "MMK", "MNT", "MOP", "MRO", "MRU", "MTL", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NIS", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PTE",
    "PYG", "QAR", "RMB", "RON", "RSD", "RUB", "RUR", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SIT", "SKK", "SLE", "SLL", "SOS", "SRD", "SSP", "STD", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT",
    "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VEB",
    "VEF", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XCD", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU",
    "XUA", "YER", "ZAR", "ZMK", "ZMW", "ZWL",
})  # fmt: skip
# (Also the names filings use for two of them: "RMB" for the yuan, "NIS" for the shekel.)

#: A month's name, full or abbreviated (without its period): ``October``, ``Oct``, ``SEPT``.
MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
#: ``Month D, YYYY`` with full or abbreviated month names (``Oct 28, 2010``, ``MAY 8, 2003``).
DATE_PATTERN = (
    rf"(?P<month>{MONTH_NAME})\.?\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
)
DATE_RE = cached_compile(DATE_PATTERN, re.IGNORECASE)

_SLUG_DROP = cached_compile(r"[^a-z0-9]+")


@short_string_cache(maxsize=8192)
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


#: The only non-ASCII characters a case-insensitive regex matches to ASCII letters: İ and ı (i),
#: the Kelvin sign (k) and the long s (ſ). Every other character matches only its own ASCII case pair.
_ASCII_CASE_FOLD = {"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"}


def fold_case(text: str) -> str:
    """``text`` lower-cased for quick word tests, character for character (same length, same offsets).

    For a lower-case ASCII ``word`` (letters, digits, spaces and punctuation, no regex syntax), a
    case-insensitive regex finds ``word`` in ``text[a:b]`` only if ``fold_case(text).find(word, a, b)``
    does. A search for cue words can so skip text that holds none of them, at the speed of ``str.find``
    (the regex engine compares characters ignoring case one at a time, far slower).
    """
    if not text.isascii():
        for char, ascii_char in _ASCII_CASE_FOLD.items():
            if char in text:  # rare: replace() only then (str.translate is slow)
                text = text.replace(char, ascii_char)
    return text.lower()


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """The spans of every occurrence of ``word`` in ``text``, overlapping ones included, in order."""
    spans = []
    at = text.find(word)
    while at >= 0:
        spans.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return spans


class WordPlaces:
    """Where the words of a list start in a text, for quick "may this stretch hold one?" tests.

    Built once per document, it answers for each sentence by binary search: a sentence none of a
    regex's cue words starts in need not be searched with that regex. Give ``fold_case(text)`` and
    lower-case words for words printed in any case.
    """

    def __init__(self, text: str, words: tuple[str, ...]) -> None:
        self._set([span for word in words for span in word_spans(text, word)])

    @classmethod
    def of_spans(cls, spans: list[tuple[int, int]]) -> WordPlaces:
        """The places of words found already: their ``(start, end)`` spans, in any order."""
        places = cls.__new__(cls)
        places._set(spans)
        return places

    def _set(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    @property
    def starts(self) -> list[int]:
        """The offsets where a word starts, in order."""
        return self._starts

    def within(self, start: int, end: int) -> bool:
        """True when one of the words starts in ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end

    def marked(self, spans: list[tuple[int, int]]) -> list[bool]:
        """For each of ``spans`` (sorted, not overlapping: sentences), whether one of the words starts
        in it: ``within`` for each span at once, by one binary search per word instead of per span."""
        marks = [False] * len(spans)
        span_starts = [start for start, _ in spans]
        for at in self._starts:
            i = bisect.bisect_right(span_starts, at) - 1
            if i >= 0 and at < spans[i][1]:
                marks[i] = True
        return marks

    def holds(self, start: int, end: int) -> bool:
        """True when one of the words lies whole in ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] < end:
            if self._ends[i] <= end:
                return True
            i += 1
        return False

    def matches(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a pattern whose every match starts with one of the words
        (and is never empty): the pattern is tried only where a word starts."""
        end = 0
        for at in self._starts:
            if at >= end:
                match = pattern.match(text, at)
                if match is not None:
                    end = match.end()
                    yield match


def tree_regex(openings: list[list[str]]) -> str:
    """One regex matching where any of ``openings`` matches, each a list of element regexes (one per
    character, say). Openings sharing their first elements share one branch, so the regex engine
    rejects most places after a look at one or two characters (one alternation of all openings would
    try each of them in turn at every place). Only for tests of where a match may start: when an
    opening is a prefix of another, the longer one is not tried."""
    branches: dict[str, list[list[str]]] = {}
    for opening in openings:
        if not opening:
            return ""  # an opening ends here: the ones continuing it need not be checked
        branches.setdefault(opening[0], []).append(opening[1:])
    parts = [first + tree_regex(rests) for first, rests in sorted(branches.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def collapse_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


#: Legal forms at a name's end, "and Company" and "& Co." whole ("Eli Lilly and Company" → "Eli Lilly").
_LEGAL_SUFFIX = cached_compile(
    r"(?:,?\s+(?:(?:and|&)\s+(?:co|company)|inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|"
    r"plc|ag|gmbh|s\.a|sa|n\.v|nv|lp|l\.p)\.?)+$",
    re.IGNORECASE,
)


def strip_legal_suffix(name: str) -> str:
    """``ImmunoGen, Inc.`` → ``ImmunoGen``; ``Rx Communications Group, LLC`` → ``Rx Communications Group``."""
    return _LEGAL_SUFFIX.sub("", collapse_spaces(name)).strip(" ,")


#: INN stems of small molecules and oligonucleotides that no English word ends with: kinase inhibitors
#: ("cabozantinib"), siRNAs ("patisiran"), PARP, proteasome, PI3K and CDK inhibitors. ("-rsen" is left
#: out: "worsen".) Fusion proteins ("aflibercept", "rilonacept": "-cept" with four letters before it,
#: which "concept", "except" and "accept" lack; the pipeline refuses "intercept"). Peptide vaccines and
#: cell therapies too: "rindopepimut", "tecemotide", "sipuleucel", "remestemcel" ("-tide" and "-cel" are
#: left out: "peptide", "cancel"); Hedgehog inhibitors ("vismodegib"). Antibodies' "-mab" is matched
#: apart, with the conjugate's second word. Antivirals of hepatitis C ("telaprevir", "sofosbuvir",
#: "daclatasvir"), thrombopoietin agonists ("eltrombopag"), retinoids ("bexarotene": "-rotene" with four
#: letters before it, which "carotene" lacks), interleukins ("aldesleukin"; the pipeline refuses
#: "interleukin" itself), oestrogen receptor modulators ("lasofoxifene"), gliptins, sartans, statins
#: ("atorvastatin"), low molecular weight heparins ("enoxaparin"; "heparin" has too few letters before
#: the stem) and sulfatase enzymes ("galsulfase": "-ulfase"; other enzymes' "-ase" ends "release" and
#: "increase", and "-idase" the enzymes "peroxidase" and "glucosidase"). mTOR inhibitors ("everolimus",
#: "ridaforolimus": "-limus"), antisense oligonucleotides ("mipomersen", "alicaforsen": "-rsen", with four
#: letters before it, which "worsen" lacks; surnames ending so, "Pedersen", are told apart by the
#: pipeline), taxanes ("docetaxel": "-taxel"), anthracenediones ("mitoxantrone", "pixantrone": the stem
#: "-antrone" written "-ntrone", so the three letters of "pix" before it are enough) and glycopeptide
#: antibiotics ("telavancin": "-vancin"), and folic acid antagonists ("methotrexate", "pralatrexate":
#: "-trexate", which no word of English ends in).
INN_STEMS = (
    "nib|siran|parib|zomib|lisib|ciclib|degib|pimut|motide|leucel|cept|temcel"
    "|previr|buvir|asvir|pag|rotene|leukin|ifene|gliptin|sartan|vastatin|parin|ulfase"
    "|limus|rsen|taxel|ntrone|vancin|trexate"
)


@short_string_cache(maxsize=8192)
def company_key(name: str) -> str:
    """The IRI key of a company named ``name``: its name without legal suffix, slugified.

    Reference data mints company IRIs the same way, so a filer and its reference entry meet.
    """
    return slugify(strip_legal_suffix(name))


#: Words a company's name may carry after its own name without naming another company: its industry
#: ("Pharmaceutical(s)", "Pharma"), the country of a national arm ("U.S.", "USA") and "& Co."/"and
#: Company". "Takeda Pharmaceutical Company Limited" is Takeda, "sanofi-aventis U.S." is sanofi-aventis
#: and "Merck & Co., Inc." is Merck. Left out on purpose: words that name a separate business or a
#: separate company ("Therapeutics", "Biotech", "Oncology", "HealthCare", "KGaA": Merck KGaA is not
#: Merck & Co.).
_VARIANT_SUFFIX = cached_compile(
    r"(?:,?\s+(?:(?:&|and)\s+(?:co|company)\.?|pharmaceuticals?|pharma|u\.\s?s\.(?:\s?a\.?)?|usa?|&|and))+$",
    re.IGNORECASE,
)


@short_string_cache(maxsize=8192)
def company_base(name: str) -> str:
    """A company's name without its legal form and the industry or country words after it (see
    ``_VARIANT_SUFFIX``): ``Takeda Pharmaceutical Company Limited`` → ``Takeda``; "" when nothing is left
    (``Pharma GmbH``). Two names with the same base are forms of one name; ``company_key`` keeps the
    industry words (reference IRIs are minted with it)."""
    base = collapse_spaces(name)
    while True:
        shorter = _VARIANT_SUFFIX.sub("", strip_legal_suffix(base)).strip(" ,")
        if shorter == base:
            return "" if _VARIANT_SUFFIX.fullmatch(" " + base) else base
        base = shorter


def company_base_key(name: str) -> str:
    """The slug of ``company_base(name)``; "" when the name is all suffix."""
    base = company_base(name)
    return slugify(base) if base else ""
