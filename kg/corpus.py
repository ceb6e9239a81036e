"""Find filings on disk, read their bytes, decode them and index their lines.

A ``Document`` is what every extractor reads: the decoded text (for HTML, the rendered text with
one table row per line and cells separated by tabs), a line index for evidence offsets, and the
sha256 of the source bytes.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

from kg.edgar import blank_sgml_tags, is_submission, unwrap_submission
from kg.errors import FilingError
from kg.model import Evidence
from kg.text import WordPlaces, fold_case, word_spans

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".htm", ".html", ".xhtml"}
FILING_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

#: Signatures of binary formats that are sometimes saved under a ``.txt`` name.
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive",
    b"\xd0\xcf\x11\xe0": "an Office document",
}
#: Control bytes that plain text does not hold (tab, newlines, form feed and carriage return excepted).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)

T = TypeVar("T")


@dataclass(frozen=True)
class Document:
    """One filing as extractors see it.

    ``text`` is the decoded source with line endings normalised to ``\\n`` (HTML: rendered text).
    All evidence offsets index into ``text``.
    """

    name: str
    text: str
    sha256: str
    encoding: str
    is_html: bool = False
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _lines: tuple[str, ...] = field(default=(), repr=False, compare=False)
    #: Results of ``derived``: what several extractors compute from the same text, computed once.
    _derived: dict[Hashable, object] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        lines = tuple(self.text.split("\n"))
        # Line k+1 starts one past the end of line k: summing line lengths beats scanning characters.
        lengths = (len(line) + 1 for line in lines[:-1])
        object.__setattr__(self, "_line_starts", list(itertools.accumulate(lengths, initial=0)))
        object.__setattr__(self, "_lines", lines)  # the lines, split once (several readers walk them)

    def derived(self, key: Hashable, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, computed once per document and ``key``.

        For pure functions of the document that more than one extractor (or one extractor more than
        once) needs, such as the statement rows. Callers must treat the result as read-only.
        """
        if key not in self._derived:
            self._derived[key] = compute(self)
        return cast(T, self._derived[key])

    @functools.cached_property
    def folded(self) -> str:
        """``text`` case-folded offset for offset (``kg.text.fold_case``), computed once: for quick
        tests whether a stretch of text holds a cue word before running a regex on it."""
        return fold_case(self.text)

    def word_places(self, words: tuple[str, ...], *, any_case: bool = True) -> WordPlaces:
        """Where ``words`` start in the text (lower-case words, in any case unless ``any_case`` is
        False), indexed once per document: see ``kg.text.WordPlaces``."""
        return self.derived(
            ("words", any_case, words),
            lambda doc: WordPlaces.of_spans(
                [span for word in words for span in doc._word_spans(word, any_case)]
            ),
        )

    def _word_spans(self, word: str, any_case: bool) -> list[tuple[int, int]]:
        """Where ``word`` is in the text; found once per document (word lists share words)."""
        return self.derived(
            ("word", any_case, word), lambda doc: word_spans(doc.folded if any_case else doc.text, word)
        )

    @property
    def lines(self) -> list[str]:
        """The text split into lines (without their ``\\n``)."""
        return list(self._lines)  # a copy: the caller may change it

    @property
    def line_starts(self) -> list[int]:
        """Offset of the first character of each line (index 0 is line 1)."""
        return self._line_starts

    def line_of(self, offset: int) -> int:
        """1-based line number holding character ``offset``."""
        return bisect.bisect_right(self._line_starts, offset)

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of 1-based ``line``, without its newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return start, end

    def evidence(self, start: int, end: int, extractor: str) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed of surrounding whitespace."""
        text = self.text
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}..{end} is outside {self.name} ({len(text)} characters)")
        quote = text[start:end]
        if quote[:1].isspace() or quote[-1:].isspace():  # rare: most spans are trimmed already
            start += len(quote) - len(quote.lstrip())
            quote = quote.strip()
            end = start + len(quote)
        return Evidence(bisect.bisect_right(self._line_starts, start), start, end, quote, extractor)

    def line_evidence(self, line: int, extractor: str) -> Evidence:
        """Evidence for a whole 1-based line."""
        start, end = self.line_span(line)
        return self.evidence(start, end, extractor)


def decode(data: bytes) -> tuple[str, str]:
    """Decode filing bytes as EDGAR serves them: UTF-8 (with or without BOM), else Windows-1252, else Latin-1.

    Windows-1252 leaves five bytes undefined; a file using them is Latin-1 (which maps every byte).
    """
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    return data.decode("latin-1"), "latin-1"


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not a text filing, or None when it looks like text."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what})"
    sample = data[:65536]
    if sample:
        nuls = sample.count(0)
        # A few stray NULs happen in scraped text; a high share means a binary format.
        if nuls > max(8, len(sample) // 100):
            return "binary file (NUL bytes)"
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > 0.05:
            return "binary file (control bytes)"
    return None


#: Filings larger than this are skipped: EDGAR press-release exhibits are a few hundred kilobytes,
#: and the extractors' cost grows with size, so a 50 MB "filing" is almost surely not one.
DEFAULT_MAX_BYTES = 20_000_000


#: The start of every ``too_large_reason``.
TOO_LARGE = "too large ("


def too_large_reason(size: int, max_bytes: int) -> str:
    """Why a file of ``size`` bytes is skipped under the ``max_bytes`` limit (the build report's note)."""
    return f"{TOO_LARGE}{size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, see --max-size)"


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one filing from disk. Raises ``FilingError`` with a one-line reason when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FilingError(f"{path.name}: {too_large_reason(size, max_bytes)}")
        data = path.read_bytes()
    except OSError as exc:
        raise FilingError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return document_from_bytes(path.name, data, is_html=path.suffix.lower() in HTML_SUFFIXES)


def document_from_bytes(name: str, data: bytes, *, is_html: bool = False) -> Document:
    """Build a ``Document`` from raw bytes (decode, drop NULs, normalise newlines, render HTML)."""
    if not data.strip():
        raise FilingError(f"{name}: empty file")
    reason = binary_reason(data)
    if reason:
        raise FilingError(f"{name}: {reason}")
    sha = hashlib.sha256(data).hexdigest()
    text, encoding = decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    submission = is_submission(text)
    if submission or is_html or _looks_like_html(text):
        from kg.html import render_html

        if submission:
            # An EDGAR complete submission: its header and readable parts, HTML parts rendered.
            return Document(
                name=name, text=unwrap_submission(text, render_html), sha256=sha, encoding=encoding
            )
        return Document(name=name, text=render_html(text), sha256=sha, encoding=encoding, is_html=True)
    return Document(name=name, text=blank_sgml_tags(text), sha256=sha, encoding=encoding)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<html" in head and "</" in text[:65536])
