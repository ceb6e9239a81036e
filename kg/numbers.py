"""Numbers as filings print them: table cells ("(4,706))", "$110,298", "—") and prose money ("$4.7 million").

Everything returns ``Decimal`` values (never floats) together with XBRL-style ``decimals``: the
power of ten the printed figure is rounded to (-3 for a cell "in thousands", -5 for "$4.7 million",
2 for "$0.11", 0 for "$6,000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, getcontext, localcontext

from kg.memo import short_string_cache
from kg.pattern_cache import cached_compile
from kg.records import quick_init

#: Scale words of a table heading or a prose amount, as powers of ten.
SCALE_WORDS: dict[str, int] = {
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "billion": 9,
    "billions": 9,
}

#: Dashes and underscores a statement prints for zero ("—", "-", "_"), OCR variants included.
ZERO_MARKS = frozenset({"-", "--", "—", "——", "–", "––", "_", "__", "−", "‒", "―"})

#: One number cell: optional "(" and "$", a run of digits, commas and points (with any letters glued
#: to it), then any run of ")" (OCR doubles them: "(4,706))"). A "-" printed against the digits
#: ("-25", "-$25", "-.5") is a minus sign; a "-" standing apart ("- 25") is a zero cell followed by
#: another cell. The run is taken whole and checked afterwards, so "25,8", "1,2345", "12.34.56" and
#: "4,7O6" are one damaged figure, never two numbers or the digits in front of a letter.
_CELL = cached_compile(
    r"(?P<open>\()?\s*(?P<minus>[-−](?=\$?[\d.]))?\$?\s*(?P<open2>\()?\s*"
    r"(?P<run>[\w.,]+)(?P<close>\s?\)+)?"
)
#: A well-formed printed figure: thousands grouped by threes or not at all, optional fraction.
#: A leading point is a printed fraction (".11"); a trailing point or comma is not accepted,
#: since "25," may be "25,8xx" cut short.
_WELL_FORMED = cached_compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.[0-9]+)?")
_ZERO_CELL = cached_compile(r"(?<![\w(])(?P<zero>[-—–_−‒―]{1,2})(?![\w)])")
#: Letters OCR prints in place of digits ("4,7O6", "1l", "S00"): a run holding digits and only
#: these letters is a damaged figure, not a word.
OCR_DIGIT_LETTERS = frozenset("OoDQlIiSsBZzGg")
#: What may surround a cell's figure when the cell is read as a whole.
_DECORATION = frozenset("$\\()")
#: A character that may be a digit: ASCII digits, and any non-ASCII character (``str.isdigit`` also
#: accepts digits of other scripts and superscripts). Text without one holds no figure.
_MAYBE_DIGIT = cached_compile(r"[0-9\x80-\U0010ffff]")


@quick_init
@dataclass(frozen=True)
class Cell:
    """A number read from a statement cell: the printed value (unscaled), its sign and decimals.

    ``start``/``end`` are offsets of the printed figure within the string it was read from
    (parentheses included, "$" excluded); ``decimals`` counts printed fraction digits.
    """

    value: Decimal
    decimals: int
    start: int
    end: int
    negative: bool
    is_zero_mark: bool = False


@quick_init
@dataclass(frozen=True)
class DamagedFigure:
    """A run of digits that is no well-formed number ("25,8", "1,2,3", "4,7O6"): its span in the text."""

    start: int
    end: int


def parse_cell(text: str) -> Cell | None:
    """Parse one cell's text as a whole ("(4,706))", "$ 5,645", "—", "(13,378"); None when it is no number.

    The cell must hold exactly one well-formed figure and nothing but "$", blanks and parentheses
    around it: "12O", "(.11" followed by words, or ". 1" are not read at all.
    """
    stripped = text.strip().lstrip("$").strip()
    if stripped in ZERO_MARKS:
        offset = text.index(stripped)
        return Cell(Decimal(0), 0, offset, offset + len(stripped), negative=False, is_zero_mark=True)
    cells, damaged = _scan(text)
    if damaged or len(cells) != 1 or cells[0].is_zero_mark:
        return None  # a zero mark is read above, only when it is the whole cell
    cell = cells[0]
    residue = text[: cell.start] + text[cell.end :]
    if any(not ch.isspace() and ch not in _DECORATION for ch in residue):
        return None
    return cell


def find_cells(text: str) -> list[Cell]:
    """Every well-formed number cell in ``text`` (the value part of a statement row), left to right.

    Zero marks count only when they stand alone between spaces or tabs, so the hyphen of a
    label ("Long-term") is never read as a zero. Damaged figures are left out (see ``scan_cells``).
    """
    return scan_cells(text)[0]


def scan_cells(text: str) -> tuple[list[Cell], list[DamagedFigure]]:
    """Number cells of ``text`` and the damaged figures among them, each left to right.

    A damaged figure is a run of digits, commas and points (letters included) that is no
    well-formed number: it yields no value, so a reader can name it instead of guessing.
    """
    found, damaged = _scan(text)
    return list(found), list(damaged)


#: A cell holding one plain figure, the common case: "12,345", "(1,234)", "$ 5,645", "(0.11))".
_PLAIN_CELL = cached_compile(
    r"(?P<open>\()?(?P<dollar>\$ ?)?(?P<whole>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?(?P<close>\)+)?"
)


@short_string_cache(maxsize=16384)
def _scan(text: str) -> tuple[tuple[Cell, ...], tuple[DamagedFigure, ...]]:
    """``scan_cells`` as immutable tuples, cached: statement rows repeat the same cells and tokens
    ("—", "$", "2010"), and the row reader asks about each cell more than once."""
    plain = _PLAIN_CELL.fullmatch(text)
    if plain is not None:
        return (_plain_cell(plain),), ()
    found: list[Cell] = []
    damaged: list[DamagedFigure] = []
    taken: list[tuple[int, int]] = []
    # Most of a filing is words: without a digit there is no figure, only (maybe) zero marks.
    matches = _CELL.finditer(text) if _MAYBE_DIGIT.search(text) else ()
    for match in matches:
        opening, minus, opening2, run, closing = match.groups()
        if not any(map(str.isdigit, run)):
            continue  # a word, or commas and points alone: no figure here
        if opening:
            start = match.start("open")
        elif minus:
            start = match.start("minus")
        elif opening2:
            start = match.start("open2")
        else:
            start = match.start("run")
        end = match.end()
        taken.append((match.start(), end))
        if not run.strip(".,") or _WELL_FORMED.fullmatch(run) is None:
            damaged.append(DamagedFigure(start, end))
            continue
        whole, _, frac = run.partition(".")
        value = Decimal(whole.replace(",", "") + ("." + frac if frac else ""))
        negative = bool(opening or opening2 or minus or closing)
        found.append(
            Cell(
                # copy_negate is exact; unary minus would round to the context's 28 digits.
                value=value.copy_negate() if negative and value else value,
                decimals=len(frac),
                start=start,
                end=end,
                negative=negative,
            )
        )
    for match in _ZERO_CELL.finditer(text):
        s, e = match.span("zero")
        if match.group("zero") not in ZERO_MARKS or any(a <= s < b for a, b in taken):
            continue  # "-—" is no printed zero; a dash inside a figure's span is its sign
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if before in " \t$" and after in " \t":
            found.append(Cell(Decimal(0), 0, s, e, negative=False, is_zero_mark=True))
    found.sort(key=lambda c: c.start)
    return tuple(found), tuple(damaged)


def _plain_cell(match: re.Match[str]) -> Cell:
    """The one cell of a ``_PLAIN_CELL`` text, as the general scan reads it: the figure starts at the
    opening parenthesis, else after the "$"; a parenthesis makes it negative."""
    opening, dollar, whole, frac, closing = match.group("open", "dollar", "whole", "frac", "close")
    negative = bool(opening or closing)
    value = Decimal(whole.replace(",", "") + ("." + frac if frac else ""))
    return Cell(
        value=value.copy_negate() if negative and value else value,
        decimals=len(frac or ""),
        start=0 if opening or not dollar else len(dollar),
        end=match.end(),
        negative=negative,
    )


@short_string_cache(maxsize=16384)
def looks_like_damaged_figure(text: str) -> bool:
    """True when ``text`` (one cell or token) is a figure OCR damaged rather than a word.

    It holds digits, no well-formed number, and besides decoration only runs of digits, commas,
    points and digit look-alike letters, with no more letters than digits ("4,7O6", "(1l)", "S,0O0").
    A number followed by punctuation ("30," in "September 30,") is a word of a phrase, not damage.
    """
    cells, damaged = _scan(text)
    if not damaged or cells:
        return False
    residue = list(text)
    for figure in damaged:
        chunk = text[figure.start : figure.end]
        if _WELL_FORMED.fullmatch(chunk.strip("()$ ").rstrip(".,")):
            return False
        letters = [ch for ch in chunk if ch.isalpha()]
        digits = [ch for ch in chunk if ch.isdigit()]
        if any(ch not in OCR_DIGIT_LETTERS for ch in letters) or len(letters) > len(digits):
            return False
        residue[figure.start : figure.end] = " " * (figure.end - figure.start)
    return all(ch.isspace() or ch in _DECORATION for ch in residue)


# ---------------------------------------------------------------------------------------------
# Prose money: "$4.7 million", "$0.11", "$6,000", "$60-64 million", "$0.3 and $0.6 million"


def _split_scale_words() -> str:
    """The scale words as OCR may print them broken by one space ("mil lion", "thou sand"), an "l"
    on either side perhaps printed "1" ("mi1 lion"): each split of each word, longest first."""
    splits = []
    for word in ("thousand", "million", "billion"):
        for at in range(1, len(word)):
            splits.append(f"{word[:at]} {word[at:]}".replace("l", "[l1]"))
    return "|".join(splits)


#: A scale word of a prose amount, whole or split by OCR (``_split_scale_words``).
_SCALE = rf"thousand|million|billion|(?:{_split_scale_words()})"

_MONEY = cached_compile(
    r"(?<![\w.])\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)
#: An amount printed in brackets, the bracket right around its figure: "$(58.3) million",
#: "($58.3) million", "$ (1,250)". Not "($58.3 million)", which is as often an aside (a conversion,
#: a restatement of the amount before it) as a negative figure.
_BRACKETED_MONEY = cached_compile(
    r"(?<![\w.])(?:\$\s?\(\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?\)"
    r"|\(\s?\$\s?(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?\))"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)
#: What may not follow an amount's digits: a letter or a digit, right after them or after a separator
#: ("$2l.9", "$2,5OO", "$3.l million", "$5M"), which means the figure was broken or its scale is not a
#: word this reader knows.
_GLUED_AFTER = cached_compile(r"[,.]?[0-9A-Za-z]")
#: A range's amount as printed: digits grouped by threes ("750,000") or not ("60", "64.5").
_RANGE_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: "$60-64 million", "$60 - $64 million", "$60 to $64 million", "$60 million to $64 million",
#: "$500,000 to $750,000": two amounts joined by a dash or "to". The look-ahead keeps a figure whole
#: ("$60-64,5" is no range ending in 64).
_MONEY_RANGE = cached_compile(
    rf"(?<![\w.])(?P<dollar>\$)\s?(?P<lo>{_RANGE_NUMBER})(?:\s?(?P<lo_scale>{_SCALE})\b)?"
    rf"\s?(?P<joint>-|–|—|\bto\b)\s{{0,2}}\$?(?P<hi>{_RANGE_NUMBER})(?:\s?(?P<scale>{_SCALE})\b)?(?![,.]?\d)",
    re.IGNORECASE,
)
#: "between $60 million and $64 million", "between $60.0 and $64.5 million": joined by "and", a pair
#: is a range only after "between" ("$60 million and $64 million" alone may be two items of a list).
_BETWEEN_RANGE = cached_compile(
    rf"\bbetween\s+(?P<dollar>\$)\s?(?P<lo>{_RANGE_NUMBER})(?:\s?(?P<lo_scale>{_SCALE})\b)?"
    rf"\s+and\s+\$\s?(?P<hi>{_RANGE_NUMBER})(?:\s?(?P<scale>{_SCALE})\b)?(?![,.]?\d)",
    re.IGNORECASE,
)
#: "from" right before "$60 million to $64 million": a movement from one amount to another ("to grow
#: from … to …"), not a range; "ranging from" and "range from" do name a range.
_FROM_BEFORE = cached_compile(r"(?<!\brange)(?<!\branges)(?<!\branging)\s+from\s*$", re.IGNORECASE)
#: A change right before the low amount of "… to …": "increased $3.1 million to $25.4 million", "up
#: $4 million to $40 million", "decreased by $1.2 million to $8.0 million", "an increase of $3.1
#: million to …". The first amount is the size of a change, the second the level it led to: no range.
#: ("up to $60 million" bounds an amount: "to" stands between "up" and the "$", so it is no change.)
_CHANGE_BEFORE = cached_compile(
    r"(?:\b(?:increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|gr(?:ew|ow|ows|owing|own)|r(?:ose|ise|ises|ising|isen)"
    r"|f(?:ell|all|alls|alling|allen)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?"
    r"|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|gain(?:s|ed|ing)?"
    r"|expand(?:s|ed|ing)?|shr(?:ank|ink|inks|inking|unk)|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|up|down|by)"
    r"|\b(?:increase|decrease|growth|rise|decline|drop|reduction|improvement|gain|change)s?\s+of)"
    r"(?:\s+(?:by|of|approximately|about|nearly|roughly|almost|some|just|only|over|more\s+than|less\s+than))*\s*$",
    re.IGNORECASE,
)


@quick_init
@dataclass(frozen=True)
class Money:
    """An amount of money printed in prose, in whole units, with the span it was read from."""

    value: Decimal
    decimals: int
    start: int
    end: int
    scaled: bool
    #: Printed in brackets, "$(58.3) million" or "($58.3) million": a negative amount, of which
    #: ``value`` is the magnitude.
    bracketed: bool = False


def _scaled(number: str, scale_word: str | None) -> tuple[Decimal, int]:
    """Value in base units and its decimals for a printed number and optional scale word."""
    digits = number.replace(",", "")
    frac = digits.split(".")[1] if "." in digits else ""
    power = SCALE_WORDS[scale_word_of(scale_word)] if scale_word else 0
    value = scale_exactly(Decimal(digits), power)
    return normalise(value), len(frac) - power


def scale_word_of(printed: str) -> str:
    """The scale word a prose amount prints, in small letters, its OCR split mended: "mil lion" and
    "mi1 lion" are "million"."""
    word = printed.lower()
    if " " in word:
        word = word.replace(" ", "").replace("1", "l")
    return word


def scale_exactly(value: Decimal, power: int) -> Decimal:
    """``value`` times 10**``power``, never rounded ("in thousands" on a 29-digit cell stays exact).

    ``Decimal.scaleb`` rounds to the context's precision (28 digits by default); a local context
    as wide as the printed digits keeps every one of them.
    """
    digits = len(value.as_tuple().digits)
    context = getcontext()
    if context.prec > digits:
        return value.scaleb(power, context)  # the context is wide enough: no local copy needed
    with localcontext() as context:
        context.prec = digits + 1
        return value.scaleb(power)


def normalise(value: Decimal) -> Decimal:
    """A decimal without exponent noise: 4.7E+6 → 4700000, 0.110 stays 0.110 as printed."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value


def find_money(text: str, bracketed: bool = False) -> list[Money]:
    """Every "$…" amount in ``text``; "$0.3 and $0.6 million" lends the scale word back to "$0.3".

    An amount printed in brackets ("$(58.3) million", "($58.3) million") is a negative one: listed
    (``Money.bracketed``) only when the caller asks for them, since its sign must be read with the
    words around it; never read as the unbracketed amount inside it."""
    found = []
    brackets: list[tuple[int, int]] = []
    if "(" in text:
        for match in _BRACKETED_MONEY.finditer(text):
            brackets.append((match.start(), match.end()))
            if bracketed:
                scale = match.group("scale")
                value, decimals = _scaled(match.group("num") or match.group("num2"), scale)
                found.append(Money(value, decimals, match.start(), match.end(), bool(scale), True))
    for match in _MONEY.finditer(text):
        if not match.group("scale") and _GLUED_AFTER.match(text, match.end()):
            continue  # "$2l.9 million", "$2,5OO": OCR broke the figure; "$2" is not what it says
        if any(start <= match.start() < end for start, end in brackets):
            continue
        value, decimals = _scaled(match.group("num"), match.group("scale"))
        found.append(Money(value, decimals, match.start(), match.end(), bool(match.group("scale"))))
    if brackets and bracketed:
        found.sort(key=lambda money: money.start)
    return _lend_scale(text, found)


def _lend_scale(text: str, found: list[Money]) -> list[Money]:
    """Give an unscaled amount the scale word of the next amount when only "and"/"or"/"," joins them.

    "$0.3 and $0.6 million" means two millions, but "$6,000 and $1.0 million" keeps "$6,000": a
    figure with thousands separators is already in whole units.
    """
    out = list(found)
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        between = text[cur.end : nxt.start].strip().lower()
        printed = text[cur.start : cur.end]
        if cur.scaled or not nxt.scaled or "," in printed or cur.bracketed or nxt.bracketed:
            continue
        scaled = _MONEY.match(text, nxt.start)
        if between in {"and", "or", ",", "to", "-", "and/or"} and scaled is not None:
            scale = scaled.group("scale")
            number = printed.lstrip("$").strip()
            value, decimals = _scaled(number, scale)
            out[i] = Money(value, decimals, cur.start, cur.end, True)
    return out


@quick_init
@dataclass(frozen=True)
class MoneyRange:
    """A range such as "$60-64 million": low and high in whole units and the span of the text."""

    low: Decimal
    high: Decimal
    start: int
    end: int


def find_money_ranges(text: str) -> list[MoneyRange]:
    """Every range of money in ``text``, in order: "$60-64 million", "$60 to $64 million", "$60 million
    to $64 million", "between $60.0 and $64.0 million", "$500,000 to $750,000".

    The high amount carries the scale word, which the low one borrows unless it prints its own.
    Without a scale word, both amounts must be whole dollars printed with thousands separators:
    "$1.10 to $1.20" (per share) and "$2 to $3" are no ranges of dollars this reader can tell.
    """
    found: list[MoneyRange] = []
    for pattern in (_MONEY_RANGE, _BETWEEN_RANGE):
        for match in pattern.finditer(text):
            if _is_movement(text, match):
                continue
            bounds = _range_bounds(match)
            if bounds is not None:
                found.append(MoneyRange(bounds[0], bounds[1], match.start("dollar"), match.end()))
    # A span read by both patterns ("between $60-64 million" is only a dash range) counts once.
    kept: list[MoneyRange] = []
    for found_range in sorted(found, key=lambda r: r.start):
        if not kept or found_range.start >= kept[-1].end:
            kept.append(found_range)
    return kept


def _is_movement(text: str, match: re.Match[str]) -> bool:
    """True for "from $60 million to $64 million" (two levels of a change) and for "increased $3.1
    million to $25.4 million", "up $4 million to $40 million", "decreased by $1.2 million to …" (a
    change and the level it led to): not the ends of a range."""
    if match.groupdict().get("joint", "").lower() != "to":
        return False
    start = match.start()
    if _FROM_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    return _CHANGE_BEFORE.search(text, max(0, start - 60), start) is not None


def _range_bounds(match: re.Match[str]) -> tuple[Decimal, Decimal] | None:
    """Low and high of a ``_MONEY_RANGE`` or ``_BETWEEN_RANGE`` match in whole units, or None when it
    is no range (an unscaled pair not printed in whole dollars, or a low above the high)."""
    lo, hi, scale, lo_scale = match.group("lo", "hi", "scale", "lo_scale")
    if scale is None and (lo_scale or "," not in lo or "," not in hi or "." in lo + hi):
        return None
    low, _ = _scaled(lo, lo_scale or scale)
    high, _ = _scaled(hi, scale)
    return (low, high) if low <= high else None


def within_rounding(exact: Decimal, rounded: Decimal, decimals: int) -> bool:
    """True when ``rounded`` (printed to ``decimals``) is ``exact`` rounded half-up or half-down."""
    tolerance = Decimal(1).scaleb(-decimals) / 2
    return abs(exact - rounded) <= tolerance
