"""Render an HTML filing (an EDGAR ``.htm`` exhibit) as the plain text extractors read.

Block elements start new lines (a list item with a bullet, "• "); each table row becomes one line with its cells separated by a tab,
so the table parser sees the same shape as a tab-separated text filing. A row of a table holding no
figure whose cells stack lines of text (a contacts table: name, title, company, phone, one ``<br>`` a
line) prints each cell's lines as lines, cell after cell. Scripts, styles, the head and comments
are dropped; character references are decoded. A newline of the source is a blank in HTML: beside a
``<br>`` it prints no line of its own, inside a cell it breaks no row, and inside running text (filer
agents wrap their source at a width: "David C." / "Hastings") it is the space a browser shows.

The standard library's streaming ``html.parser`` does the tokenising: it builds no tree, so markup
nested thousands deep or never closed loses nothing (tree builders such as libxml2 stop at a depth
limit and drop the rest silently).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kg.pattern_cache import cached_compile

_BLOCK_TAGS = {
    "p", "div", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "section", "article", "header", "footer", "pre", "blockquote", "hr", "center", "title", "dt", "dd",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
#: Blocks that only start a line: consecutive table rows or list items stay on adjacent lines.
_LINE_TAGS = {"tr", "br", "li", "dt", "dd", "hr"}
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "caption"}
_DROP_TAGS = {"script", "style", "head", "noscript", "template", "title"}
_SPACES = cached_compile(r"[ \t\u00a0\u2007\u202f]+")
#: Stands for a block boundary inside a table cell until the row is complete: Word's HTML wraps
#: every cell's text in a ``<p>``, and headers break a cell with ``<br>`` ("September 30,<br>2005").
_CELL_BREAK = "\x1e"
#: Starts each line of a ``<pre>`` block until ``_tidy``: EDGAR exhibits of 2001–2004 wrap a plain-text
#: release in ``<pre>``, its statement columns aligned with spaces. Those lines keep their spacing
#: (squeezed, "Three Months      Six Months" loses which column each piece stands over).
_PRE_LINE = "\x1f"
#: Stand for a line break of the HTML source (outside ``<pre>``) until the text is complete: in HTML
#: it is a blank like any other. One inside a table cell is a break of the cell's text
#: (``_CELL_BREAK``), never of the row, and none at the edge of a cell; one next to a ``<br>`` ("<br>"
#: and the newline after it) is dropped, as a browser collapses it; one inside running text, text on
#: both sides, is a space ("Isis" / "Pharmaceuticals, Inc." is "Isis Pharmaceuticals, Inc.", as a
#: browser prints it); elsewhere (beside a block's start or end, or a blank line of the source) it
#: stays a line break (see ``_settle_source_breaks``).
_SOURCE_BREAK = "\x1d"
_SOURCE_CELL_BREAK = "\x1c"
#: Stands for the line break of a ``<br>`` outside a table cell until the source breaks beside it are
#: settled.
_BR = "\x1b"
#: A run of source line breaks with the blanks around them.
_SOURCE_BREAKS = cached_compile("[ \u00a0]*[\x1c\x1d][\x1c\x1d \u00a0]*")
#: What a run of source line breaks inside a cell next to is at the edge of the cell, or of its text.
_CELL_EDGES = ("\n", "\t", _CELL_BREAK, _BR)
#: What a run of source line breaks outside cells next to is beside a block's start or end, not in
#: running text.
_BLOCK_EDGES = (*_CELL_EDGES, _PRE_LINE)
#: A superscript that is a footnote marker: "1", "(2)", "a", "*". Rendered against the text before
#: it, "9,400<sup>3</sup>" would read as the figure 9,4003 and "Revenue<sup>1</sup>" as the label
#: "Revenue1"; in parentheses the number and label readers know it for a marker ("9,400(3)").
_SUP_MARKER = cached_compile(r"\s*\(?\s*(?P<mark>\d{1,2}|[A-Za-z]|\*{1,3})\s*\)?\s*")
#: Printed at the start of each list item (outside tables), as a browser shows one: the pipeline
#: reads a bullet under a lead line as being about the lead line's compound, in HTML as in text.
_LIST_BULLET = "• "
#: A cell longer than this is a layout table's body (a whole release in one cell), whose blocks stay lines.
_MAX_JOINED_CELL = 200


class _TextRenderer(HTMLParser):
    """Collects visible text as chunks: newlines at block boundaries, tabs before table cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._dropping: list[str] = []  # open elements whose content is not shown
        self._open: list[str] = []  # open table parts, to tell formatting whitespace from text
        self._pre = 0  # open <pre> elements
        self._sup: int | None = None  # index of the first chunk inside an open <sup>
        #: For each open table: the index of its first chunk, and whether a table opened inside it.
        self._tables: list[tuple[int, bool]] = []

    def updatepos(self, i: int, j: int) -> int:
        # The base class counts lines and columns here, for error messages only: nothing reads them.
        return j

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_TAGS:
            self._dropping.append(tag)
        elif not self._dropping:
            if tag in _BLOCK_TAGS:
                if tag in _LINE_TAGS or not self._after_list_bullet():
                    self.chunks.append(self._break(tag))
                if tag == "li" and not self._in_cell() and not self._pre:
                    self.chunks.append(_LIST_BULLET)
                if tag == "pre":
                    self._pre += 1
                    if not self._in_cell():
                        self.chunks.append(_PRE_LINE)
            elif tag in _CELL_TAGS:
                self.chunks.append("\t")
        if tag == "sup" and not self._dropping:
            self._sup = len(self.chunks)
        if tag == "table" and not self._dropping:
            if self._tables:
                self._tables[-1] = (self._tables[-1][0], True)
            self._tables.append((len(self.chunks), False))
        if tag in _TABLE_PARTS:
            self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._dropping and tag in _BLOCK_TAGS:
            self.chunks.append(self._break(tag))

    def _break(self, tag: str) -> str:
        """The chunk a block element ``tag`` opens with: a break of a cell's text inside a cell, else a
        line break (a ``<br>``'s marked, for the source breaks beside it to be told apart)."""
        if self._in_cell():
            return _CELL_BREAK
        return _BR if tag == "br" and not self._pre else "\n"

    def _after_list_bullet(self) -> bool:
        """True when nothing but blanks was printed since a list item's bullet: a block opening
        there (``<li><p>…``) prints beside the bullet, as a browser shows it."""
        for chunk in reversed(self.chunks):
            if chunk == _LIST_BULLET:
                return True
            if chunk.strip(" \t\u00a0" + _SOURCE_BREAK + _SOURCE_CELL_BREAK):
                return False
        return False

    def _in_cell(self) -> bool:
        """Inside a table cell (not in a table nested in it): a block there is part of the cell."""
        return bool(self._open) and self._open[-1] in _CELL_TAGS

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag in self._dropping:
                # Close the dropped element (and anything left open inside it).
                del self._dropping[self._dropping.index(tag) :]
            return
        if tag in _BLOCK_TAGS and tag not in _LINE_TAGS:
            self.chunks.append(_CELL_BREAK if self._in_cell() else "\n")
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag == "sup" and self._sup is not None:
            marker = _SUP_MARKER.fullmatch(_SOURCE_BREAKS.sub(" ", "".join(self.chunks[self._sup :])))
            if marker is not None:
                mark = marker.group("mark")
                self.chunks[self._sup :] = [mark if mark.startswith("*") else f"({mark})"]
                self._glue_before(self._sup)
            self._sup = None
        if tag in _TABLE_PARTS and tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]
        if tag == "table" and self._tables:
            start, nested = self._tables.pop()
            if not nested and (self._sup is None or self._sup < start):
                self.chunks[start:] = [_text_blocks(_settle_source_breaks("".join(self.chunks[start:])))]

    def _glue_before(self, index: int) -> None:
        """Drop the blanks of the text before chunk ``index`` (a footnote marker): "2,000 <sup>1</sup>"
        is "2,000(1)", one figure and its marker, never the figure and a figure "(1)" of the next column."""
        while index > 0:
            index -= 1
            chunk = self.chunks[index]
            if chunk in ("\t", "\n", _CELL_BREAK, _BR):
                return  # a cell or block boundary: nothing of the same text to glue to
            kept = chunk.rstrip(" \u00a0" + _SOURCE_BREAK + _SOURCE_CELL_BREAK)
            self.chunks[index] = kept
            if kept:
                return

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        # Whitespace between table rows and cells is source formatting, not text.
        if self._open and self._open[-1] not in _CELL_TAGS and not data.strip():
            return
        if "\n" in data or "\r" in data:
            data = data.replace("\r\n", "\n").replace("\r", "\n")
            if self._pre:
                if not self._in_cell():
                    data = data.replace("\n", "\n" + _PRE_LINE)
            else:
                data = data.replace("\n", _SOURCE_CELL_BREAK if self._in_cell() else _SOURCE_BREAK)
        self.chunks.append(data)


def render_html(markup: str) -> str:
    """Return the visible text of ``markup``: one line per block, table cells tab-separated."""
    if not markup.strip():
        return ""
    renderer = _TextRenderer()
    renderer.feed(markup)
    renderer.close()
    return _tidy(_settle_source_breaks("".join(renderer.chunks)))


def _settle_source_breaks(text: str) -> str:
    """``text`` with each run of source line breaks settled (``_SOURCE_BREAK``): inside a cell, dropped
    with its blanks at an edge of the cell or of its text, else a break of the cell's text; outside
    cells, dropped next to a ``<br>`` ("Contacts:<br>" and a newline print one line break, not a blank
    line between the block's lines) or at either end of the text, a space inside running text (one
    newline with text on both sides: "David C." / "Hastings" is "David C. Hastings"), else a line
    break (beside a block's start or end, or a blank line of the source)."""
    if _SOURCE_BREAK not in text and _SOURCE_CELL_BREAK not in text:
        return text.replace(_BR, "\n")

    def settle(run: re.Match[str]) -> str:
        before = text[run.start() - 1] if run.start() else ""
        after = text[run.end()] if run.end() < len(text) else ""
        if _SOURCE_CELL_BREAK in run.group():
            if not before or not after or before in _CELL_EDGES or after in _CELL_EDGES:
                return ""
            return _CELL_BREAK
        if not before or not after or _BR in (before, after):
            return ""
        if run.group().count(_SOURCE_BREAK) == 1 and before not in _BLOCK_EDGES and after not in _BLOCK_EDGES:
            return " "
        return run.group().replace(_SOURCE_BREAK, "\n")

    return _SOURCE_BREAKS.sub(settle, text).replace(_BR, "\n")


def _squeeze(cell: str) -> str:
    """Runs of blanks (no-break spaces included) as one space; most cells have none to squeeze."""
    if "  " in cell or "\u00a0" in cell or "\u2007" in cell or "\u202f" in cell or "\t" in cell:
        return _SPACES.sub(" ", cell)
    return cell


def _cell_blocks(line: str) -> str:
    """A rendered row with the block boundaries inside its cells settled: in a row of several
    cells a short cell is one line of text ("Three Months Ended December 31, 2007"); a lone or
    long cell (a layout table holding the release) keeps its blocks as lines."""
    if _CELL_BREAK not in line:
        return line
    cells = line.split("\t")
    stacked = _unstacked(cells)
    if stacked is not None:
        return stacked
    several = len(cells) > 2  # every cell opened with a tab: two tabs or more are two cells or more
    joined = [
        cell.replace(_CELL_BREAK, " ")
        if several and len(cell) <= _MAX_JOINED_CELL
        else cell.replace(_CELL_BREAK, "\n")
        for cell in cells
    ]
    return "\t".join(joined)


#: A figure as a cell prints it ("1,000", "$ (3,000)", "—"): what a stacked column of figures holds.
_FIGURE_PART = cached_compile(r"[$(\s]*(?:[\d.,]*\d|[-—–])[)\s]*")


def _unstacked(cells: list[str]) -> str | None:
    """A row whose cells each stack several statement lines, one per ``<br>`` ("Revenue<br>Net
    loss" beside "1,000<br>(3,000)" and "1,500<br>(3,500)"), as one line per stacked line; None
    for any other row. Joined, the labels would run together and the figures of several lines
    share one row, which no reader can place: only a row whose label cell and every figure cell
    stack the same number of lines, each figure cell nothing but figures, is taken apart."""
    parts = [[p for p in cell.split(_CELL_BREAK) if p.strip()] for cell in cells]
    filled = [(i, p) for i, p in enumerate(parts) if p]
    if len(filled) < 2:
        return None
    (label_index, labels), *columns = filled
    depth = len(labels)
    if depth < 2 or any(len(p) != depth for _, p in columns):
        return None
    if not all(re.search(r"[A-Za-z]", label) for label in labels):
        return None
    if not all(_FIGURE_PART.fullmatch(part) for _, p in columns for part in p):
        return None
    lines = []
    for n in range(depth):
        row = ["" for _ in cells]
        row[label_index] = labels[n]
        for i, p in columns:
            row[i] = p[n]
        lines.append("\t".join(row))
    return "\n".join(lines)


def _text_blocks(table: str) -> str:
    """A rendered table (rows on lines, cells after tabs, ``<br>`` and paragraph breaks inside cells
    marked) with each row of stacked text lines printed as the lines it shows: a contacts table whose
    cells stack a name, a title, a company, a phone number and an e-mail address ("Media:<br>Ann Marie
    Fields<br>Lazar Partners Ltd.<br>…") is read cell after cell, each cell's lines one a line, a blank
    line between cells. Joined into one line, the lines of two cells would run together ("Ann Marie Fields
    Lazar Partners Ltd."). A table holding any figure (a statement, whose header cells wrap a heading over
    lines: "Three Months Ended<br>June 30,") is left as it is."""
    if _CELL_BREAK not in table:
        return table
    rows = [[_cell_lines(cell) for cell in line.split("\t")] for line in table.split("\n")]
    if any(_FIGURE_PART.fullmatch(part) for row in rows for cell in row for part in cell):
        return table
    lines = table.split("\n")
    for index, row in enumerate(rows):
        if _stacked_text_row(row):
            cells = ["\n".join(cell) for cell in row if cell]
            lines[index] = "\n" + "\n\n".join(cells) + "\n"
    return "\n".join(lines)


def _cell_lines(cell: str) -> list[str]:
    """The lines a rendered cell prints, one per ``<br>`` or paragraph, blanks left out."""
    return [part.strip() for part in cell.split(_CELL_BREAK) if part.strip()]


#: A part of a cell that goes on into the next one: a comma at its end ("June 30,"), a bracket left open
#: ("(Commission" / "File Number)").
_RUNS_ON = cached_compile(r".*,|[^)]*\([^)]*")


def _stacked_text_row(row: list[list[str]]) -> bool:
    """Whether every filled cell of a table row stacks lines of text, each a whole line (none running on
    into the next: "September 30,<br>2008" is one heading, "(IRS Employer<br>Identification No.)" one
    caption), one cell three lines at least (a heading wraps over two)."""
    filled = [cell for cell in row if cell]
    if not filled or any(len(cell) < 2 for cell in filled) or max(len(cell) for cell in filled) < 3:
        return False
    return not any(_RUNS_ON.fullmatch(part) for cell in filled for part in cell)


def _tidy(text: str) -> str:
    text = "\n".join(_cell_blocks(line) for line in text.split("\n"))
    lines = []
    for raw in text.split("\n"):
        if raw.startswith(_PRE_LINE):
            # A line of preformatted text: its spacing is its layout (no-break spaces as wide as spaces).
            lines.append(raw.replace(_PRE_LINE, "").replace("\u00a0", " ").rstrip())
            continue
        # Every cell opened with a tab; drop the one before the first cell so column 0 is the label.
        if raw.startswith("\t"):
            raw = raw[1:]
        cells = [_squeeze(cell).strip() for cell in raw.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        if cells == [_LIST_BULLET.strip()]:
            cells = []  # an empty list item (or one holding only a table) prints no lone bullet
        lines.append("\t".join(cells))
    # Collapse runs of blank lines left by nested blocks.
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
