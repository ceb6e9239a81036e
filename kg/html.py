"""Render an HTML filing (an EDGAR ``.htm`` exhibit) as the plain text extractors read.

Block elements start new lines; each table row becomes one line with its cells separated by a tab,
so the table parser sees the same shape as a tab-separated text filing. Scripts, styles and
comments are dropped. Traversal is iterative, so deeply nested markup cannot exhaust the stack.
"""

from __future__ import annotations

import re

import lxml.etree as etree
import lxml.html

_BLOCK_TAGS = {
    "p", "div", "br", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "section", "article", "header", "footer", "pre", "blockquote", "hr", "center", "title", "dt", "dd",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
#: Blocks that only start a line: consecutive table rows or list items stay on adjacent lines.
_LINE_TAGS = {"tr", "br", "li", "dt", "dd"}
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "caption"}
_DROP_TAGS = {"script", "style", "head", "noscript", "template"}
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def render_html(markup: str) -> str:
    """Return the visible text of ``markup``: one line per block, table cells tab-separated."""
    if not markup.strip():
        return ""
    # The text is already decoded (kg.corpus); tell lxml its bytes are UTF-8 rather than let it guess.
    parser = lxml.html.HTMLParser(recover=True, remove_comments=True, huge_tree=True, encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return markup
    chunks: list[str] = []
    skip_depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _DROP_TAGS:
                skip_depth += 1
            elif skip_depth == 0:
                if tag in _BLOCK_TAGS:
                    chunks.append("\n")
                elif tag in _CELL_TAGS:
                    chunks.append("\t")
                if element.text and not (tag in _TABLE_PARTS and not element.text.strip()):
                    chunks.append(element.text)
        else:
            if tag in _DROP_TAGS:
                skip_depth -= 1
            elif skip_depth == 0 and tag in _BLOCK_TAGS and tag not in _LINE_TAGS:
                chunks.append("\n")
            # The tail belongs to the parent, so it is kept unless the parent itself is dropped;
            # whitespace between table rows and cells is source formatting, not text.
            tail = element.tail
            if tail and skip_depth == 0 and not (tag in _TABLE_PARTS and not tail.strip()):
                chunks.append(tail)
    return _tidy("".join(chunks))


def _tidy(text: str) -> str:
    lines = []
    for raw in text.split("\n"):
        # Every cell opened with a tab; drop the one before the first cell so column 0 is the label.
        if raw.startswith("\t"):
            raw = raw[1:]
        cells = [_SPACES.sub(" ", cell).strip() for cell in raw.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    # Collapse runs of blank lines left by nested blocks.
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
