"""Split a filing's text into paragraphs and sentences, and mark the parts no entity may come from.

Reads the whole decoded text. Paragraphs are separated by blank lines or start with a bullet mark
(``·``, ``•``, ``- ·``, a leading ``. `` as OCR prints bullets). Sentences end at ``.``/``!``/``?`` before a
capital, a digit or a quote, except after common abbreviations (``Inc.``, ``Ph.D.``, ``U.S.``); a legal
form's full stop ends a sentence where prose goes on after it ("… Biogen Idec Inc. Tysabri was returned …").
Boilerplate (the forward-looking-statements paragraph and its continuation), trademark notices and
web addresses are flagged so extractors skip them. Each paragraph carries its *topic*: the compound a
heading (``HuN901-DM1``, ``Update on Cantuzumab Mertansine``) or a lead phrase (``IMGN388 - in clinical
testing``) is about, which anaphora ("This TAP compound") in later sentences refer to. A short line
ending in a legal form's abbreviation ("About Onyx Pharmaceuticals, Inc.") is a heading like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.pattern_cache import cached_compile
from kg.records import quick_init
from kg.text import WordPlaces, fold_case, word_spans

_BULLET = cached_compile(r"^[ \t]*(?:[-–]\s*)?(?:[·•▪◦*]|\.(?=\s)|-(?=\s))\s*")
_ABBREV = cached_compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|No|Nos|vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|approx|etc|Ph\.D|U\.S|e\.g|i\.e|p\.m|a\.m|"
    r"Mass|Calif|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|al)|\b[A-HJ-UW-Z])\.$"
)
_SENTENCE_END = cached_compile(r"[.!?](?=[\"”’)]?\s+(?:[\"“(]?[A-Z0-9$·•]|$))")
_BOILERPLATE = cached_compile(
    r"forward-looking statements|safe harbor|Private Securities Litigation Reform Act|"
    r"factors that could cause|risks? and uncertainties|"
    # "Certain statements made in this press release are forward looking, such as those regarding …"
    r"\bstatements\b[^.]{0,80}\b(?:are|is|be|may be|constitute)\s+forward[- ]looking\b",
    re.IGNORECASE,
)
_TRADEMARK = cached_compile(r"(?:registered )?trademarks? of|is a trademark", re.IGNORECASE)
#: Words one of which every match of ``_BOILERPLATE`` / ``_TRADEMARK`` holds, in any case: text without
#: them is not searched (see ``kg.text.fold_case``).
_BOILERPLATE_WORDS = (
    "forward-looking statements",
    "safe harbor",
    "private securities litigation reform act",
    "factors that could cause",
    "and uncertainties",
    "forward",
)
_TRADEMARK_WORDS = ("trademark",)
_URL = cached_compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)


@quick_init
@dataclass(frozen=True)
class Sentence:
    """``text[start:end]`` of one sentence, with its paragraph index and flags."""

    start: int
    end: int
    paragraph: int
    boilerplate: bool = False
    trademark: bool = False
    #: A row of a product-pipeline table (or its header): read by column, not as prose.
    table_row: bool = False


@quick_init
@dataclass(frozen=True)
class Paragraph:
    """``text[start:end]`` of one paragraph (bullet marks excluded); ``heading`` for a short title-like line."""

    start: int
    end: int
    heading: bool
    bullet: bool
    #: A line of a product-pipeline table (its header or a row), a paragraph of its own.
    table_row: bool = False


#: The header words of a product-pipeline table's columns ("Product / Target / Indication / Stage /
#: Partner"), by what the column holds. A header cell is read whole, in lower case, without footnote
#: marks.
COLUMN_ROLES = {
    "compound": {
        "product", "products", "product candidate", "product candidates", "compound", "compounds", "candidate",
        "candidates", "drug candidate", "drug candidates", "program", "programs", "programme", "molecule",
        "tap compound", "adc", "asset",
    },
    "target": {"target", "targets", "antigen", "target antigen", "molecular target", "target/antigen"},
    "indication": {
        "indication", "indications", "disease", "diseases", "tumor type", "tumour type", "cancer type",
        "lead indication", "target indication", "indication(s)",
    },
    "stage": {
        "stage", "phase", "status", "development stage", "stage of development", "clinical stage",
        "development status", "clinical status", "current status", "phase of development",
    },
    "partner": {
        "partner", "partners", "partner(s)", "licensee", "licensees", "collaborator", "collaborators",
        "partner/licensee", "licensee/partner", "development partner", "collaborative partner", "partnered with",
    },
}  # fmt: skip
_FOOTNOTE = cached_compile(r"\s*(?:\(\d\)|\*+|\d)$")


def column_roles(line: str) -> list[str | None] | None:
    """The role of each cell of ``line`` when it is a product-pipeline table's header: one column of
    compounds and at least one more of targets, indications, stages or partners, each role once, every
    cell short. None for any other line."""
    if "\t" not in line:
        return None
    # Most tabbed lines are statement rows: a header names a compound column, so a line holding no
    # compound-column name is passed over before its cells are read.
    folded = line.lower()
    if not any(name in folded for name in COLUMN_ROLES["compound"]):
        return None
    roles: list[str | None] = []
    for cell in line.split("\t"):
        name = _FOOTNOTE.sub("", " ".join(cell.split()).lower()).rstrip(":")
        if len(name.split()) > 4:
            return None
        roles.append(next((role for role, names in COLUMN_ROLES.items() if name in names), None))
    named = [r for r in roles if r is not None]
    if "compound" not in named or len(named) < 2 or len(set(named)) < len(named):
        return None
    return roles


def _table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of product-pipeline tables: a header (see ``column_roles``) and the lines
    under it, up to a blank line or a line of prose (one without a tab that is long or ends a sentence).
    Each is a paragraph of its own, read by column."""
    found: set[int] = set()
    in_table = False
    for index, line in enumerate(lines):
        if column_roles(line) is not None:
            in_table = True
        elif in_table and (
            not line.strip() or ("\t" not in line and (len(line.split()) > 8 or line.rstrip().endswith(".")))
        ):
            in_table = False
        if in_table:
            found.add(index)
    return found


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text``: blank-line separated blocks, each bullet item its own paragraph, each
    line of a product-pipeline table its own paragraph."""
    result: list[Paragraph] = []
    block_start: int | None = None
    block_bullet = False
    offset = 0
    lines = [*text.split("\n"), ""]
    table_lines = _table_lines(lines) if "\t" in text else set()
    for index, line in enumerate(lines):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if index in table_lines:
            if block_start is not None:
                result.append(_paragraph(text, block_start, line_start - 1, block_bullet))
                block_start = None
            result.append(Paragraph(line_start, min(line_end, len(text)), False, False, True))
            continue
        bullet = _BULLET.match(line)
        if not line.strip() or bullet:
            if block_start is not None:
                result.append(_paragraph(text, block_start, line_start - 1, block_bullet))
                block_start = None
            if bullet and line[bullet.end() :].strip():
                block_start, block_bullet = line_start + bullet.end(), True
            continue
        if block_start is None:
            if _heading_line(line) and not _RUNS_ON.match(lines[index + 1]):
                # A title printed on its own line right above the text it heads ("Our Proprietary
                # Product Candidates - Highlights") is a paragraph of its own.
                result.append(_paragraph(text, line_start, line_end, False))
                continue
            block_start, block_bullet = line_start, False
    return [p for p in result if p.end > p.start]


#: The start of a line that goes on with the words of the line above: a word in small letters only,
#: as no sentence or title starts ("Boehringer Ingelheim is developing bivatuzumab\nmertansine, a TAP
#: compound …"). A code name in small letters with capitals or digits in it ("huN901-DM1 is …") may
#: open a sentence under a title, and is no such word.
_RUNS_ON = cached_compile(r"[ \t]*[a-z]+(?![\w-])")


def _heading_line(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 7
        and line.strip()[0].isupper()
        and not _ends_phrase(line, (".", ",", ";", ":", '"', "-"))
        and not any(ch.isdigit() for ch in line)
    )


#: A company's legal form abbreviated with a full stop, ending a title: "About Onyx Pharmaceuticals,
#: Inc." is a section's title, not a sentence (its full stop is the abbreviation's).
_LEGAL_FORM_ABBREVIATION = cached_compile(r"[\s,](?:Inc|Corp|Ltd|Co|S\.A|N\.V|L\.P)\.$")


def _ends_phrase(body: str, marks: tuple[str, ...]) -> bool:
    """Whether ``body`` ends with one of ``marks`` as punctuation (a full stop ending a legal form's
    abbreviation is the abbreviation's)."""
    body = body.rstrip()
    return body.endswith(marks) and not _LEGAL_FORM_ABBREVIATION.search(body)


def _paragraph(text: str, start: int, end: int, bullet: bool) -> Paragraph:
    end = min(end, len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    body = text[start:end]
    words = body.split()
    heading = (
        "\n" not in body
        and 0 < len(words) <= 7
        and not _ends_phrase(body, (".", ",", ";", ":"))
        and not bullet
    )
    return Paragraph(start, end, heading, bullet)


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    """Sentences of every paragraph, flagged as boilerplate or trademark notice where they are."""
    result: list[Sentence] = []
    in_boilerplate = False
    folded = fold_case(text)
    boilerplate_words = WordPlaces(folded, _BOILERPLATE_WORDS)
    trademark_words = WordPlaces(folded, _TRADEMARK_WORDS)
    for index, para in enumerate(paras):
        if para.table_row:
            # The whole line, an empty first cell included: its cells are read by position.
            result.append(Sentence(para.start, para.end, index, False, False, True))
            continue
        body = text[para.start : para.end]
        # A paragraph continuing a boilerplate one after a page break starts in lower case.
        continues = body[:1].islower()
        boilerplate = boilerplate_words.within(para.start, para.end) and bool(_BOILERPLATE.search(body))
        # The paragraph a boilerplate heading ("Forward-Looking Statements", "Safe Harbor Statement")
        # heads is the notice itself, whatever words it opens with.
        headed = index > 0 and paras[index - 1].heading and in_boilerplate
        in_boilerplate = boilerplate or (in_boilerplate and (continues or headed))
        cut = para.start
        for match in _SENTENCE_END.finditer(body):
            end = para.start + match.end()
            if _ABBREV.search(text[max(cut, end - 8) : end]) and not _legal_form_ends(text, end):
                continue
            result.append(_sentence(text, trademark_words, cut, end, index, in_boilerplate))
            cut = end
        if cut < para.end:
            result.append(_sentence(text, trademark_words, cut, para.end, index, in_boilerplate))
    return [s for s in result if s.end > s.start]


#: A company's legal form abbreviated with a full stop: "Biogen Idec Inc.", "Lazar Partners Ltd.".
_LEGAL_FORM_STOP = cached_compile(r"\b(?:Inc|Corp|Ltd)\.$")
#: After a legal form's full stop, the opening of a new sentence: a capitalised word (maybe a brand with
#: its trademark sign) and a word in small letters after it, as prose goes on ("Tysabri was returned",
#: "The agreement provides"). Not a person's title after the company's name ("Amgen Inc. Chief
#: Executive Officer …", "Inc. President and CEO"), nor a name of capitalised words ("Inc. South San
#: Francisco"), nor a bracket or a figure ("Inc. (Nasdaq: …)", "Ltd. 510-204-7270").
_NEW_SENTENCE = cached_compile(
    r"\s+(?!(?:President|Chief|Chairman|Chairwoman|Chair|Vice|Senior|Executive|Director|Head|General|"
    r"Founder|Co-Founder|Managing|Board|CEO|CFO|COO|CSO|CMO|Dr|Mr|Mrs|Ms)\b)"
    r"[A-Z][A-Za-z'’-]*(?:®|™|\((?:R|TM)\))?[ \t]+\n?[ \t]*[a-z]"
)


def _legal_form_ends(text: str, end: int) -> bool:
    """Whether the full stop right before ``end`` ends a company's legal form ("Inc.") and the sentence
    with it: the next words open a sentence of their own ("… marketed by Elan Corporation, plc and
    Biogen Idec Inc. Tysabri was returned to the U.S. market …"). A legal form closes a company's name,
    so a capitalised word after it followed by prose starts anew."""
    return bool(_LEGAL_FORM_STOP.search(text, max(0, end - 5), end)) and bool(_NEW_SENTENCE.match(text, end))


def _sentence(
    text: str, trademark_words: WordPlaces, start: int, end: int, paragraph: int, boilerplate: bool
) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    trademark = trademark_words.within(start, end) and bool(_TRADEMARK.search(text, start, end))
    return Sentence(start, end, paragraph, boilerplate, trademark)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web and e-mail addresses: no name inside one is an entity.

    An address holds no white space, so no match runs across a line end: only the lines holding an
    "@", "http" or "www." (what every match holds) are searched.
    """
    folded = fold_case(text)
    places = sorted(start for word in ("http", "www.") for start, _ in word_spans(folded, word))
    places = sorted([*places, *(start for start, _ in word_spans(text, "@"))])
    spans: list[tuple[int, int]] = []
    end = -1
    for at in places:
        if at <= end:
            continue  # on the line searched last
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        spans.extend((m.start(), m.end()) for m in _URL.finditer(text, start, end))
    return spans
