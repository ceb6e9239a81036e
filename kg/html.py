"""Render an HTML filing (an EDGAR ``.htm`` exhibit) as the plain text extractors read.

Block elements start new lines; each table row becomes one line with its cells separated by a tab,
so the table parser sees the same shape as a tab-separated text filing. Scripts, styles, the head
and comments are dropped; character references are decoded.

The standard library's streaming ``html.parser`` does the tokenising: it builds no tree, so markup
nested thousands deep or never closed loses nothing (tree builders such as libxml2 stop at a depth
limit and drop the rest silently).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p", "div", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "section", "article", "header", "footer", "pre", "blockquote", "hr", "center", "title", "dt", "dd",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
#: Blocks that only start a line: consecutive table rows or list items stay on adjacent lines.
_LINE_TAGS = {"tr", "br", "li", "dt", "dd", "hr"}
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "caption"}
_DROP_TAGS = {"script", "style", "head", "noscript", "template", "title"}
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
#: Stands for a block boundary inside a table cell until the row is complete: Word's HTML wraps
#: every cell's text in a ``<p>``, and headers break a cell with ``<br>`` ("September 30,<br>2005").
_CELL_BREAK = "\x1e"
#: A cell longer than this is a layout table's body (a whole release in one cell), whose blocks stay lines.
_MAX_JOINED_CELL = 200


class _TextRenderer(HTMLParser):
    """Collects visible text as chunks: newlines at block boundaries, tabs before table cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._dropping: list[str] = []  # open elements whose content is not shown
        self._open: list[str] = []  # open table parts, to tell formatting whitespace from text

    def updatepos(self, i: int, j: int) -> int:
        # The base class counts lines and columns here, for error messages only: nothing reads them.
        return j

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_TAGS:
            self._dropping.append(tag)
        elif not self._dropping:
            if tag in _BLOCK_TAGS:
                self.chunks.append(_CELL_BREAK if self._in_cell() else "\n")
            elif tag in _CELL_TAGS:
                self.chunks.append("\t")
        if tag in _TABLE_PARTS:
            self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._dropping and tag in _BLOCK_TAGS:
            self.chunks.append(_CELL_BREAK if self._in_cell() else "\n")

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
        if tag in _TABLE_PARTS and tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        # Whitespace between table rows and cells is source formatting, not text.
        if self._open and self._open[-1] not in _CELL_TAGS and not data.strip():
            return
        self.chunks.append(data)


def render_html(markup: str) -> str:
    """Return the visible text of ``markup``: one line per block, table cells tab-separated."""
    if not markup.strip():
        return ""
    renderer = _TextRenderer()
    renderer.feed(markup)
    renderer.close()
    return _tidy("".join(renderer.chunks))


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
    several = len(cells) > 2  # every cell opened with a tab: two tabs or more are two cells or more
    joined = [
        cell.replace(_CELL_BREAK, " ")
        if several and len(cell) <= _MAX_JOINED_CELL
        else cell.replace(_CELL_BREAK, "\n")
        for cell in cells
    ]
    return "\t".join(joined)


def _tidy(text: str) -> str:
    text = "\n".join(_cell_blocks(line) for line in text.split("\n"))
    lines = []
    for raw in text.split("\n"):
        # Every cell opened with a tab; drop the one before the first cell so column 0 is the label.
        if raw.startswith("\t"):
            raw = raw[1:]
        cells = [_squeeze(cell).strip() for cell in raw.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    # Collapse runs of blank lines left by nested blocks.
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
