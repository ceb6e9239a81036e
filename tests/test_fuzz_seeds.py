"""Fuzzing the extractors with damaged copies of the seed filings.

Each example takes one seed filing and applies a few random mutations of the kinds scanners,
OCR and scrapers inflict: deleted and duplicated lines, swapped characters, OCR confusions
(O/0, l/1/I/|, B/8, S/5), a table cut off mid-row, markup pasted into the text, NUL bytes. Every
extractor of the registry then runs on the decoded document, and must neither raise nor yield a
fact whose evidence is not the document's text at its offsets.
"""

from __future__ import annotations

from pathlib import Path

import hypothesis_profiles  # noqa: F401  (registers and loads the Hypothesis profile)
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.build import BuildOptions, build
from kg.corpus import Document, document_from_bytes
from kg.errors import FilingError
from kg.executors import evidence_of
from kg.extractors import REGISTRY
from kg.model import Fact, FinancialFact, Guidance, Skipped
from kg.resources import default_corpus

SEED_DIR = default_corpus() / "immunogen"
SEED_NAMES = sorted(p.name for p in SEED_DIR.glob("*.txt"))
SEED_TEXT = {name: (SEED_DIR / name).read_text(encoding="utf-8") for name in SEED_NAMES}

#: Characters OCR mistakes for one another, both ways.
OCR_CONFUSIONS = {
    "O": "0",
    "0": "O",
    "l": "1",
    "1": "l",
    "I": "1",
    "|": "l",
    "B": "8",
    "8": "B",
    "S": "5",
    "5": "S",
}
MARKUP = [
    "<img src=x onerror=alert(1)>",
    "</script>",
    "<script>alert('x')</script>",
    "<b>",
    "]]>",
    '"><svg onload=alert(1)>',
    "<!--",
    "&lt;&amp;",
]

# ---------------------------------------------------------------------------------------------
# Mutations: each takes the text's lines and a draw function, and returns new lines.


def _line_index(draw: st.DrawFn, lines: list[str]) -> int:
    return draw(st.integers(0, max(0, len(lines) - 1)))


def delete_lines(lines: list[str], draw: st.DrawFn) -> list[str]:
    start = _line_index(draw, lines)
    count = draw(st.integers(1, 5))
    # A file cut down to nothing still has one (empty) line, which the other mutations index.
    return lines[:start] + lines[start + count :] or [""]


def duplicate_line(lines: list[str], draw: st.DrawFn) -> list[str]:
    at = _line_index(draw, lines)
    return lines[: at + 1] + lines[at:]


def swap_characters(lines: list[str], draw: st.DrawFn) -> list[str]:
    at = _line_index(draw, lines)
    line = lines[at]
    if len(line) < 2:
        return lines
    i = draw(st.integers(0, len(line) - 2))
    swapped = line[:i] + line[i + 1] + line[i] + line[i + 2 :]
    return [*lines[:at], swapped, *lines[at + 1 :]]


def ocr_confusions(lines: list[str], draw: st.DrawFn) -> list[str]:
    """Replace a share of the confusable characters of a few lines (numbers and names alike)."""
    out = list(lines)
    for _ in range(draw(st.integers(1, 6))):
        at = _line_index(draw, out)
        rate = draw(st.sampled_from([0.1, 0.3, 1.0]))
        seed = draw(st.integers(0, 2**16))
        chars = list(out[at])
        for i, ch in enumerate(chars):
            # A cheap deterministic choice per character, driven by the drawn seed.
            if ch in OCR_CONFUSIONS and ((seed * 31 + i * 17) % 100) / 100 < rate:
                chars[i] = OCR_CONFUSIONS[ch]
        out[at] = "".join(chars)
    return out


def truncate_mid_row(lines: list[str], draw: st.DrawFn) -> list[str]:
    """Cut the file inside a line that carries numbers (a statement row), as a scraper's timeout does."""
    numbered = [i for i, line in enumerate(lines) if any(ch.isdigit() for ch in line)]
    if not numbered:
        return lines
    at = draw(st.sampled_from(numbered))
    line = lines[at]
    cut = draw(st.integers(0, len(line)))
    return [*lines[:at], line[:cut]]


def insert_markup(lines: list[str], draw: st.DrawFn) -> list[str]:
    at = _line_index(draw, lines)
    line = lines[at]
    pos = draw(st.integers(0, len(line)))
    return [*lines[:at], line[:pos] + draw(st.sampled_from(MARKUP)) + line[pos:], *lines[at + 1 :]]


def insert_nuls(lines: list[str], draw: st.DrawFn) -> list[str]:
    out = list(lines)
    for _ in range(draw(st.integers(1, 4))):
        at = _line_index(draw, out)
        pos = draw(st.integers(0, len(out[at])))
        out[at] = out[at][:pos] + "\x00" + out[at][pos:]
    return out


def insert_garbage(lines: list[str], draw: st.DrawFn) -> list[str]:
    """A line of arbitrary text: broken numbers, stray parentheses, control-free Unicode."""
    at = _line_index(draw, lines)
    junk = draw(
        st.one_of(
            st.text(alphabet="0123456789,.$()-—|\t ", max_size=40),
            st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
        )
    )
    return [*lines[:at], junk, *lines[at:]]


MUTATIONS = {
    "delete lines": delete_lines,
    "duplicate line": duplicate_line,
    "swap characters": swap_characters,
    "OCR confusions": ocr_confusions,
    "truncate mid-row": truncate_mid_row,
    "insert markup": insert_markup,
    "insert NULs": insert_nuls,
    "insert garbage": insert_garbage,
}


@st.composite
def mutated_seeds(draw: st.DrawFn) -> tuple[str, bytes, list[str]]:
    """(seed name, damaged bytes, the mutations applied)."""
    name = draw(st.sampled_from(SEED_NAMES))
    lines = SEED_TEXT[name].split("\n")
    applied = draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=6))
    for mutation in applied:
        lines = MUTATIONS[mutation](lines, draw)
    return name, "\n".join(lines).encode("utf-8"), applied


# ---------------------------------------------------------------------------------------------
# The invariants


def assert_facts_hold(doc: Document, facts: list[Fact]) -> None:
    """Every evidence quotes the text at its offsets, on the line it names; numbers carry evidence."""
    for fact in facts:
        for ev in evidence_of(fact):
            assert 0 <= ev.char_start <= ev.char_end <= len(doc.text), (fact, len(doc.text))
            assert doc.text[ev.char_start : ev.char_end] == ev.quote, fact
            assert ev.line == doc.line_of(ev.char_start), fact
        if isinstance(fact, FinancialFact | Guidance):
            assert fact.evidence, fact
        if isinstance(fact, Skipped):
            assert fact.reason
            assert fact.line is None or 1 <= fact.line <= len(doc.lines)


def run_registry(doc: Document) -> list[Fact]:
    """Every extractor on ``doc``, directly: an exception fails the test (the build would hide it)."""
    facts: list[Fact] = []
    for extractor in REGISTRY:
        facts.extend(extractor.run(doc))
    return facts


@given(mutated_seeds())
def test_damaged_seed_never_crashes_an_extractor_nor_breaks_evidence(
    case: tuple[str, bytes, list[str]],
) -> None:
    name, data, _applied = case
    try:
        doc = document_from_bytes(name, data)
    except FilingError as exc:
        # Only a file damaged into nothing may be refused.
        assert "empty file" in str(exc) or "binary file" in str(exc)
        return
    assert_facts_hold(doc, run_registry(doc))


@given(mutated_seeds())
def test_damaged_seed_as_html_never_crashes_an_extractor(case: tuple[str, bytes, list[str]]) -> None:
    # The same damage seen through the HTML renderer (pasted markup is parsed, not shown as text).
    name, data, _applied = case
    try:
        doc = document_from_bytes(name.replace(".txt", ".htm"), data, is_html=True)
    except FilingError:
        return
    assert_facts_hold(doc, run_registry(doc))


def test_seeds_themselves_hold_the_invariants() -> None:
    for name in SEED_NAMES:
        doc = document_from_bytes(name, (SEED_DIR / name).read_bytes())
        facts = run_registry(doc)
        assert sum(isinstance(f, FinancialFact) for f in facts) > 20
        assert_facts_hold(doc, facts)


@settings(max_examples=1)
@given(st.lists(mutated_seeds(), min_size=6, max_size=6))
def test_build_over_damaged_seeds_goes_on(cases: list[tuple[str, bytes, list[str]]]) -> None:
    """One whole build over a folder of damaged seeds: every file is built or skipped with a reason."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for i, (name, data, _applied) in enumerate(cases):
            (corpus / f"{i:02d}-{name}").write_bytes(data)
        report = build([corpus], Path(tmp) / "out", BuildOptions(cache=False))
        assert len(report.filings) == len(cases)
        for filing in report.filings:
            assert filing.skipped is None or filing.skipped.startswith(("same content as", "empty", "binary"))
            # An extractor that raised is reported as a warning by the build: none may have.
            assert not [w for w in filing.warnings if "extractor failed" in w], filing.warnings
        assert report.built
        assert (Path(tmp) / "out" / "graph.trig").stat().st_size > 0
