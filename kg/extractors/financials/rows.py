"""Statement rows: a filing's lines cut into a label and its number cells, whatever the layout.

Three layouts reach this module: tab-separated cells (text filings and rendered HTML tables),
space-separated columns (OCR text, where a cell's position is lost), and "flattened" tables where
every cell stands on its own line between ``|`` separators. Each becomes a list of ``Row``s whose
number cells keep their offsets in ``Document.text`` for evidence.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.corpus import Document
from kg.memo import short_string_cache
from kg.numbers import ZERO_MARKS, looks_like_damaged_figure, parse_cell, scan_cells
from kg.pattern_cache import cached_compile
from kg.records import quick_init

#: Symbols OCR scatters through number columns ("Ψ 120,002", "¨"), ignored between cells.
_NOISE = set("$\\|Ψ¨§¤•·*")
_VALUE_TOKEN = cached_compile(r"^\\?[$(]*\\?\$?\(?-?(?:\d(?:[\d,]*\d)?(?:\.\d+)?|\.\d+)\)*$")
_FOOTNOTE_TOKEN = cached_compile(r"^\(\d\)$")
#: A footnote marker printed against a figure: "(9,060)(a)", "3,035(a)", "(4,385)(2)", "1,234*". Read
#: as part of the figure it would be a second number ("(2)" is -2) or letters that void the row.
_GLUED_MARKER = cached_compile(r"(?<=[0-9)])(?:\((?:[a-z]|[1-9])\)|\*{1,3})(?=\s|$)")
#: A cell holding only an opening parenthesis (and a dollar sign): rendered HTML prints a negative
#: figure as "(" | "4,120" | ")" or "$(" | "10,780" | ")".
_LONE_OPENING = cached_compile(r"\s*\$?\s*\(\s*")


def mask_glued_markers(text: str) -> str:
    """``text`` with the footnote markers printed against figures blanked (offsets unchanged)."""
    if "(" not in text and "*" not in text:
        return text
    return _GLUED_MARKER.sub(lambda m: " " * len(m.group()), text)


_LETTER = cached_compile(r"[A-Za-z]")
#: A run of leader dots glued to the figure after it; dots after a digit or comma ("1..5") are a
#: damaged figure, left as they are.
#: Tried only where a run starts and never given back (possessive): a run of thousands of dots not
#: glued to a figure would otherwise be retried at each of its dots, in time quadratic in its length.
_GLUED_LEADERS = cached_compile(r"(?<![\d,.])\.{2,}+(?=\$?\(?-?\d)")
_TOKEN = cached_compile(r"\S+")


@quick_init
@dataclass(frozen=True)
class ValueCell:
    """One number of a row: printed value (unscaled, signed), printed fraction digits, doc span, cell index.

    A ``damaged`` cell holds a figure that is no number ("25,8", "4,7O6"): it keeps its place
    among the row's cells, so the other cells stay in their columns, but it has no value. A
    ``change`` cell holds a percentage change between period columns ("15 %", "(42)%", "NM"), printed
    between them: it too keeps its place, and is never a period's figure.
    """

    value: Decimal
    decimals: int
    start: int
    end: int
    cell_index: int
    is_zero_mark: bool = False
    damaged: bool = False
    change: bool = False


@dataclass
class Row:
    """One statement row: the label as printed (may be empty) and its number cells, in order."""

    line: int
    start: int
    end: int
    text: str
    label: str
    cells: list[ValueCell] = field(default_factory=list)
    tabbed: bool = False
    #: The first cell is a one-digit "(1)" printed right after the label: a footnote marker or a
    #: value of -1, which only the table's column count can tell apart.
    footnote: bool = False

    @functools.cached_property
    def has_letters(self) -> bool:
        return bool(_LETTER.search(self.label))  # asked about each row many times; rows never change

    @property
    def numbers(self) -> list[ValueCell]:
        """The cells that hold a readable number (damaged ones and percentage changes left out)."""
        return [c for c in self.cells if not c.damaged and not c.change]


def document_rows(doc: Document) -> list[Row]:
    """Every non-blank line of ``doc`` as a ``Row``; flattened ``|`` tables are first joined into rows.

    Computed once per document (the table reader and the prose reader both need the rows); the
    list and its rows are shared, so callers must not modify them.
    """
    return doc.derived("financials.rows", _document_rows)


def _document_rows(doc: Document) -> list[Row]:
    rows: list[Row] = []
    lines = doc.lines
    starts = doc.line_starts
    # Without a "|" anywhere, no line can start a flattened table: skip the look-ahead per line.
    may_flatten = "|" in doc.text
    i = 0
    while i < len(lines):
        if may_flatten and _starts_flattened(lines, i):
            block_end = _flattened_block_end(lines, i)
            rows.extend(_flattened_rows(doc, i, block_end))
            # A block holds at least its first line; never stand still on a line.
            i = max(block_end, i + 1)
            continue
        if _is_lone_bar(lines[i]):
            # A "|" alone, without the separators of a flattened table around it: a speck of OCR
            # noise, read like a blank line.
            i += 1
            continue
        if lines[i].strip():
            rows.append(line_row(lines[i], i + 1, starts[i]))
        i += 1
    return [
        _without_label_dash(row) if _label_dash(rows, index) or _label_count(rows, index) else row
        for index, row in enumerate(rows)
    ]


def _label_dash(rows: list[Row], index: int) -> bool:
    """True when the lone dash closing ``rows[index]`` is its label's, no nil figure: the line under
    it runs the label on (``_runs_on_below``) and the dash stands in no column of figures of the
    statement around it (``_in_figure_column``)."""
    if index + 1 >= len(rows) or not _runs_on_below(rows[index], rows[index + 1]):
        return False
    return not _in_figure_column(rows[index], _block_around(rows, index))


def _label_count(rows: list[Row], index: int) -> bool:
    """True when the lone figure closing ``rows[index]`` is a count its caption states, no figure of
    the statement: printed one space after the words, the line right under it running the caption on
    in small letters, and standing in no column of figures of the statement around it. "Common
    stock, $0.001 par value; 75,000,000" over "shares authorized; 26,112,540 and" names the shares
    authorized; the stock's figures are printed on the caption's last line."""
    row = rows[index]
    if row.tabbed or len(row.cells) != 1 or row.cells[0].is_zero_mark or index + 1 >= len(rows):
        return False
    below = rows[index + 1]
    if below.line != row.line + 1 or below.tabbed or _RUNS_ON.match(below.label) is None:
        return False
    words_end = row.start + len(row.text[: row.cells[0].start - row.start].rstrip())
    if not row.has_letters or row.cells[0].start - words_end > 1:
        return False
    return not _in_figure_column(row, _block_around(rows, index))


#: A label running on from the line above: it starts with a word in small letters ("basic and diluted").
_RUNS_ON = cached_compile(r"^\s*[a-z][a-z-]*\b")
#: A label qualifying the label above it, in any case: "Basic and diluted", "BASIC AND DILUTED".
_QUALIFYING = cached_compile(
    r"(?i)^\s*(?:basic(?:\s+and\s+diluted)?|diluted|primary|fully\s+diluted)\s*:?\s*$"
)


def _runs_on_below(row: Row, below: Row) -> bool:
    """True when ``row``'s only "figure" is a dash printed one space after its words and the next
    line runs its label on with its own figures: in small letters ("Weighted average shares
    outstanding -" over "basic and diluted   24,420   28,130"), as a qualifier ("Basic and
    diluted"), or in capitals printed deeper ("NET LOSS PER COMMON SHARE -" over "  BASIC AND
    DILUTED   $ (0.33)"). A dash closing a label that no line runs on is a nil figure:
    "(Benefit)/provision for income taxes -" over "Net loss …" (``_in_figure_column`` tells a
    dash standing in a column apart)."""
    if row.tabbed or len(row.cells) != 1 or not row.cells[0].is_zero_mark:
        return False
    if below.line != row.line + 1 or not below.cells or below.tabbed:
        return False
    words_end = row.start + len(row.text[: row.cells[0].start - row.start].rstrip())
    if row.cells[0].start - words_end > 1:
        return False
    label = below.label.strip()
    if _RUNS_ON.match(label) is not None or _QUALIFYING.match(label) is not None:
        return True
    return label.isupper() and _depth(below) > _depth(row)


def _depth(row: Row) -> int:
    """How far right of the line's start a space-separated row's words are printed."""
    return len(row.text) - len(row.text.lstrip())


#: The most rows on either side of a label's dash read for the columns of its statement.
_BLOCK_REACH = 12


def _block_around(rows: list[Row], index: int) -> list[Row]:
    """The space-separated rows with words and figures printed near ``rows[index]`` in one block of
    lines (at most one blank line between two of them, ``_BLOCK_REACH`` rows either way): the lines
    of its statement that show where its columns stand."""
    block: list[Row] = []
    for step in (-1, 1):
        at, line = index + step, rows[index].line
        while 0 <= at < len(rows) and abs(at - index) <= _BLOCK_REACH and abs(rows[at].line - line) <= 2:
            line = rows[at].line
            if not rows[at].tabbed and rows[at].has_letters and rows[at].numbers:
                block.append(rows[at])
            at += step
    return block


def _in_figure_column(row: Row, block: list[Row]) -> bool:
    """True when the lone dash of ``row`` stands in a column of the statement's figures: it ends
    (one character either way) where the figures of a column end, a column the rows of ``block``
    printing the most common number of figures (two or more of them) print right-aligned, each
    figure's digits ending there (a closing bracket hanging out). In a statement printed one space
    apart, whose figures end wherever their labels do, no column is found."""
    dash = row.cells[0].end - row.start
    return any(abs(dash - end) <= 1 for end in _column_ends(block))


def _column_ends(block: list[Row]) -> list[int]:
    """Where the digits of each right-aligned column of ``block``'s figures end (see
    ``_in_figure_column``)."""
    counts = Counter(len(r.cells) for r in block)
    if not counts:
        return []
    width = max(counts, key=lambda n: (counts[n], n))
    full = [r for r in block if len(r.cells) == width]
    if len(full) < 2:
        return []
    ends: list[int] = []
    for column in range(width):
        printed = [_digits_end(r, r.cells[column]) for r in full]
        middle = statistics.median_low(printed)
        if 3 * sum(1 for end in printed if abs(end - middle) <= 1) >= 2 * len(full):
            ends.append(middle)
    return ends


def _digits_end(row: Row, cell: ValueCell) -> int:
    """Where in its line the figure of ``cell`` ends, a closing bracket left out: "(25,479)" ends
    where "1,250" printed under it does."""
    printed = row.text[cell.start - row.start : cell.end - row.start]
    return cell.end - row.start - (len(printed) - len(printed.rstrip(")")))


def _without_label_dash(row: Row) -> Row:
    """``row`` as a label-only line, its dash (or its caption's count) kept in the label."""
    return replace(row, label=row.text.strip(), cells=[], footnote=False)


def line_row(text: str, line: int, offset: int, *, changes: bool = False) -> Row:
    """Split one line into label and number cells (tabs when present, else the trailing run of numbers).

    ``changes``: the line stands in a table whose header heads change columns between its period
    columns ("2009 | 2008 | % Change | 2009 | …"): a percentage between figures ("15" | "%", "NM") is
    a cell of that column (see ``ValueCell.change``). Elsewhere it makes the line no data row.
    """
    if "\t" in text:
        return _tabbed_row(text, line, offset, changes)
    return _spaced_row(text, line, offset)


def _tabbed_row(text: str, line: int, offset: int, changes: bool = False) -> Row:
    label_parts: list[str] = []
    cells: list[ValueCell] = []
    pos = 0
    opening: int | None = None  # offset of a lone "(" cell, which makes the next figure negative
    parts = text.split("\t")
    percent_sign = -1  # index of a "%" part closing the percentage before it
    for index, part in enumerate(parts):
        part_start, pos = pos, pos + len(part) + 1
        if not part.strip() or index == percent_sign:
            continue
        if not cells and _is_words(part):
            label_parts.append(part.strip())
            continue
        if _LONE_OPENING.fullmatch(part):
            opening = offset + part_start + part.index("(")
            continue
        if cells and _closes_with_change(parts, index):
            # A percentage-change column closing the row ("37%", "(4)%", "n/m") compares the
            # period columns: not a figure of its own, and no reason to drop the row's figures.
            break
        percent_sign = _percent_sign_after(parts, index) if changes else -1
        if changes and cells and (percent_sign >= 0 or _CHANGE_CELL.fullmatch(part.strip())):
            # A percentage change between period columns ("15" | "%", "(42" | ")%", "NM"): it keeps
            # its place, so the columns after it stay in theirs, and is never read as a figure.
            at = offset + part_start
            cells.append(ValueCell(Decimal(0), 0, at, at + len(part), index, change=True))
            opening = None
            continue
        parsed = _cell_values(part)
        if parsed is None:
            # Letters after the numbers: a header or prose line, not a data row.
            return Row(line, offset, offset + len(text), text, text.strip(), [], tabbed=True)
        at = offset + part_start
        found = [
            ValueCell(value, decimals, at + start, at + end, index, zero, damaged)
            for value, decimals, start, end, zero, damaged in parsed
        ]
        if opening is not None and len(found) == 1 and _negated_by_opening(found[0], parts, index):
            # The evidence starts at the "(" so that its quote shows the sign.
            cell = found[0]
            found = [ValueCell(cell.value.copy_negate(), cell.decimals, opening, cell.end, index)]
        opening = None
        cells.extend(found)
    return Row(line, offset, offset + len(text), text, " ".join(label_parts), cells, tabbed=True)


def _closes_with_change(parts: list[str], index: int) -> bool:
    """True when the cells from ``index`` on are only percentage-change cells (or blank); a "%" in a
    cell of its own closes the figure before it ("(3" | ")%")."""
    rest: list[str] = []
    for part in (p.strip() for p in parts[index:]):
        if part in _PERCENT_SIGNS and rest:
            rest[-1] += part
        elif part:
            rest.append(part)
    return bool(rest) and all(_CHANGE_CELL.fullmatch(part) for part in rest)


#: A percent sign printed in a cell of its own after a figure, with the figure's closing parenthesis.
_PERCENT_SIGNS = ("%", ")%", ") %")


def _percent_sign_after(parts: list[str], index: int) -> int:
    """Index of the "%" cell closing the figure at ``index`` ("15" | "%"), or -1 when none does."""
    following = next((i for i in range(index + 1, len(parts)) if parts[i].strip()), -1)
    if following >= 0 and parts[following].strip() in _PERCENT_SIGNS and _cell_values(parts[index]):
        return following
    return -1


def _negated_by_opening(cell: ValueCell, parts: list[str], index: int) -> bool:
    """A figure a lone "(" cell before it turns negative: positive, neither a zero mark nor damaged,
    and closed by a ")" cell right after it (a "(" left open is a broken cell, which signs nothing)."""
    if cell.value <= 0 or cell.is_zero_mark or cell.damaged:
        return False
    following = next((part.strip() for part in parts[index + 1 :] if part.strip()), "")
    return following.startswith(")")


@short_string_cache(maxsize=16384)
def _is_words(text: str) -> bool:
    """A label cell: it holds letters and is not a figure OCR damaged ("4,7O6")."""
    return bool(_LETTER.search(text)) and not looks_like_damaged_figure(text)


#: One number of a cell, offsets within the cell: value, decimals, start, end, zero mark, damaged.
_CellValue = tuple[Decimal, int, int, int, bool, bool]


@short_string_cache(maxsize=16384)
def _cell_values(part: str) -> tuple[_CellValue, ...] | None:
    """The numbers of one value cell, in order, or None when the cell holds words.

    A damaged figure ("1,2,3", "12.34.56", "4,7O6") becomes one damaged cell: never two numbers,
    never the digits before a letter. Cached: the same cells ("$", "—", "2010") recur in every table.
    """
    part = mask_glued_markers(part)
    residue = part
    found, damaged = scan_cells(part)
    for a, b in [(c.start, c.end) for c in found] + [(d.start, d.end) for d in damaged]:
        residue = residue[:a] + " " * (b - a) + residue[b:]
    if any(ch not in _NOISE and not ch.isspace() and ch not in "()" for ch in residue):
        return None
    cells: list[_CellValue] = [(c.value, c.decimals, c.start, c.end, c.is_zero_mark, False) for c in found]
    cells += [(Decimal(0), 0, d.start, d.end, False, True) for d in damaged]
    return tuple(sorted(cells, key=lambda c: c[2]))


#: A percentage-change cell closing a row ("31%", "(43)%", "n/m"): a comparison of the period
#: columns, not a figure of a period of its own.
_CHANGE_CELL = cached_compile(r"\(?[-+]?\d{1,4}(?:\.\d+)?\)?\s?%|n/?m|N/?M|n\.m\.|N/A|n/a")
_TRAILING_CHANGE = cached_compile(rf"(?:\s+(?:{_CHANGE_CELL.pattern}))\s*$")


def _spaced_row(text: str, line: int, offset: int) -> Row:
    """A space-separated row: the label is everything before the trailing run of number tokens."""
    change = _TRAILING_CHANGE.search(text) if "%" in text or "/" in text or "." in text else None
    if change is not None and change.start() > 0:
        # Read the row without its change column; its offsets in the document stay the same.
        row = _spaced_row(text[: change.start()], line, offset)
        if row.cells:
            return replace(row, end=offset + len(text), text=text)
        return Row(line, offset, offset + len(text), text, text.strip(), [])
    # Most lines are prose: when the last word is no number, the whole line is the label.
    last = text.rsplit(None, 1)
    if not last or not _is_value_token(last[-1]):
        return Row(line, offset, offset + len(text), text, text.strip(), [])
    # Dot leaders run into the first figure in typeset statements ("Interest income.......381
    # 640"): read as one token with the label, the row would lose its first figure and its second
    # would fill the first column. Blanked (same length) they part the label from the figures.
    scan = _GLUED_LEADERS.sub(lambda m: " " * len(m.group()), text) if ".." in text else text
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(scan)]
    cut = len(tokens)
    while cut > 0 and _is_value_token(tokens[cut - 1][0]):
        cut -= 1
    if cut == len(tokens):
        return Row(line, offset, offset + len(text), text, text.strip(), [])
    if _year_of_label(scan, tokens, cut):
        cut += 1  # "5% Senior Convertible Notes due 2008    37,500,000": the year is the label's
    # "Research and development (1) 9,492 7,631": a one-digit "(1)" right after the words may be a
    # footnote marker or a -1; the table decides from its column count.
    footnote = 0 < cut < len(tokens) - 1 and bool(_FOOTNOTE_TOKEN.match(tokens[cut][0]))
    value_start = tokens[cut][1]
    label = text[:value_start].strip()
    found, damaged = scan_cells(mask_glued_markers(scan[value_start:]))
    cells = [(c.start, c.end, c) for c in found] + [(d.start, d.end, None) for d in damaged]
    values = []
    for i, (start, end, cell) in enumerate(sorted(cells, key=lambda c: c[0])):
        a, b = offset + value_start + start, offset + value_start + end
        if cell is None:
            values.append(ValueCell(Decimal(0), 0, a, b, i, damaged=True))
        else:
            values.append(ValueCell(cell.value, cell.decimals, a, b, i, cell.is_zero_mark))
    return Row(line, offset, offset + len(text), text, label, values, footnote=footnote)


#: A label's last word that a year completes: "Notes due 2008", "Debentures maturing 2012".
_YEAR_LEAD = frozenset({"due", "maturing", "expiring", "through", "until"})
#: A year printed as a token: "2008", with no comma or sign of a figure.
_YEAR_TOKEN = cached_compile(r"(?:19|20)\d\d")


def _year_of_label(text: str, tokens: list[tuple[str, int, int]], cut: int) -> bool:
    """True when the first number token of a space-separated row (``tokens[cut]``) is a year ending
    its label ("5% Senior Convertible Notes due 2008        37,500,000        37,500,000"): printed
    one blank after a word that a year completes ("due"), with two or more blanks and another figure
    after it, where the row's figures stand apart."""
    if cut == 0 or cut + 1 >= len(tokens) or not _YEAR_TOKEN.fullmatch(tokens[cut][0]):
        return False
    word, _, word_end = tokens[cut - 1]
    year_start, year_end = tokens[cut][1], tokens[cut][2]
    return (
        word.lower() in _YEAR_LEAD
        and text[word_end:year_start] == " "
        and len(text[year_end : tokens[cut + 1][1]]) >= 2
    )


@short_string_cache(maxsize=16384)
def _is_value_token(token: str) -> bool:
    token = mask_glued_markers(token).rstrip() or token
    return (
        bool(_VALUE_TOKEN.match(token))
        or token in ZERO_MARKS
        or all(ch in _NOISE for ch in token)
        or looks_like_damaged_figure(token)
    )


# ---------------------------------------------------------------------------------------------
# Flattened tables: "Cash\nand marketable securities\n|\n$\n|\n86,824\n|\n…"


#: Lines after a line that are searched for the separators of a flattened table.
_FLATTENED_REACH = 6
#: Lone "|" separators a flattened table prints within that reach: one after nearly every cell.
_FLATTENED_BARS = 2
#: Words of a prose line: no cell of a table is that long.
_PROSE_WORDS = 25


def _is_lone_bar(line: str) -> bool:
    return line.strip() == "|"


def _bars_after(lines: list[str], i: int) -> int:
    """How many lone "|" lines follow line ``i`` within ``_FLATTENED_REACH`` lines."""
    return sum(1 for line in lines[i + 1 : i + 1 + _FLATTENED_REACH] if _is_lone_bar(line))


def _is_ordinary_row(line: str) -> bool:
    """A label followed by two or more figures on one line: a row of an ordinary table."""
    row = line_row(line, 0, 0)
    return row.has_letters and len(row.numbers) >= 2


def _starts_flattened(lines: list[str], i: int) -> bool:
    """Line ``i`` opens a flattened table: a lone "|", or a label cell directly followed (within two
    lines) by one, and in either case more lone "|" separators close by.

    One lone "|" is no table (OCR prints a speck of dirt as one): a flattened table prints one after
    nearly every cell. A prose line or an ordinary row is never a cell of one.
    """
    stripped = lines[i].strip()
    if not stripped:
        return False
    if stripped != "|":
        if not any(j < len(lines) and _is_lone_bar(lines[j]) for j in (i + 1, i + 2)):
            return False
        if len(stripped.split()) > _PROSE_WORDS or _is_ordinary_row(lines[i]):
            return False
    return _bars_after(lines, i) >= _FLATTENED_BARS


def _flattened_block_end(lines: list[str], i: int) -> int:
    """Index after the last line of the flattened block opened at line ``i`` (always past ``i``).

    The block ends at two blank lines, at a long prose line, at an ordinary row (a label and two
    figures on one line), or after its last lone "|" where no other follows within
    ``_FLATTENED_REACH`` lines: the lines after it are read one by one again.
    """
    j = i + 1
    last_bar = i
    blanks = 0
    while j < len(lines):
        stripped = lines[j].strip()
        if _is_lone_bar(lines[j]):
            last_bar = j
            blanks = 0
        elif not stripped:
            blanks += 1
            if blanks >= 2:
                break
        else:
            blanks = 0
            if len(stripped.split()) > _PROSE_WORDS or ("|" not in stripped and _is_ordinary_row(lines[j])):
                break
        if j - last_bar > _FLATTENED_REACH:
            return last_bar + 1
        j += 1
    return j


def _flattened_rows(doc: Document, first: int, stop: int) -> list[Row]:
    """Join the cells of a flattened block into rows.

    Consecutive lines without a "|" between them are one cell (a label broken across lines). A
    cell holding only ")" closes the number before it ("(7,089" "|" ")"). A row ends at a blank
    line, or where a cell with words follows a number cell.
    """
    rows: list[Row] = []
    cells: list[tuple[str, int, int]] = []  # text, doc start, doc end of each cell
    current: list[tuple[str, int, int]] = []

    def close_cell() -> None:
        if current:
            text = " ".join(part for part, _, _ in current)
            cells.append((text, current[0][1], current[-1][2]))
            current.clear()

    def close_row() -> None:
        close_cell()
        if cells:
            rows.append(_row_from_cells(doc, cells))
            cells.clear()

    for index in range(first, stop):
        start, end = doc.line_span(index + 1)
        raw = doc.text[start:end]
        stripped = raw.strip()
        if not stripped:
            close_row()
            continue
        if stripped == "|":
            close_cell()
            continue
        pieces = [p for p in raw.split("|")]
        pos = start
        for n, piece in enumerate(pieces):
            if n:
                close_cell()
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                s = pos + lead
                e = s + len(piece.strip())
                if _is_words(piece) and cells and not current and _is_value_text(cells[-1][0]):
                    close_row()
                current.append((piece.strip(), s, e))
            pos += len(piece) + 1
    close_row()
    return rows


def _is_value_text(text: str) -> bool:
    return not _is_words(text)


def _row_from_cells(doc: Document, cells: list[tuple[str, int, int]]) -> Row:
    merged: list[tuple[str, int, int]] = []
    for text, start, end in cells:
        if text.strip(")") == "" and merged and not _is_words(merged[-1][0]):
            prev_text, prev_start, _ = merged[-1]
            merged[-1] = (prev_text + text, prev_start, end)
            continue
        merged.append((text, start, end))
    label_parts = []
    values: list[ValueCell] = []
    for index, (text, start, end) in enumerate(merged):
        if not values and _is_words(text):
            label_parts.append(text)
            continue
        # OCR noise ("Ψ 120,002") is blanked, not removed, so offsets still point into the cell.
        c = parse_cell("".join(" " if ch in _NOISE else ch for ch in text))
        if c is not None:
            # Evidence spans the printed cell; a merged ")" makes the span reach the closing cell.
            cell_end = end if text.endswith(")") and not c.is_zero_mark else start + c.end
            values.append(ValueCell(c.value, c.decimals, start + c.start, cell_end, index, c.is_zero_mark))
        elif re.search(r"\d", text) and not _is_words(text):
            # Digits that are no number ("25,8", "1,2,3", "(4,7O6"): a damaged cell, kept in its place.
            values.append(ValueCell(Decimal(0), 0, start, end, index, damaged=True))
    first, last = merged[0][1], merged[-1][2]
    return Row(
        line=doc.line_of(first),
        start=first,
        end=last,
        text="\t".join(t for t, _, _ in merged),
        label=" ".join(label_parts),
        cells=values,
        tabbed=True,
    )
