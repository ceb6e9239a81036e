"""The pipeline extractor reads an HTML rendering of a filing exactly as it reads the plain text."""

from __future__ import annotations

import html
import re

import pytest

from kg.corpus import Document, document_from_bytes
from kg.extractors.pipeline import run
from kg.model import EntityRef, Mention, Relation, StatusObservation


def _as_html(doc: Document) -> Document:
    """The filing as an HTML exhibit: one ``<p>`` per blank-line separated block."""
    blocks = re.split(r"\n\s*\n", doc.text)
    body = "".join(f"<p>{html.escape(block)}</p>\n" for block in blocks)
    page = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    return document_from_bytes(doc.name.replace(".txt", ".htm"), page.encode("utf-8"), is_html=True)


def _summary(facts: list[object]) -> set[tuple[object, ...]]:
    out: set[tuple[object, ...]] = set()
    for f in facts:
        if isinstance(f, Relation):
            obj = f.obj.key if isinstance(f.obj, EntityRef) else str(f.obj)
            out.add((f.predicate, f.subject.key, obj))
        elif isinstance(f, StatusObservation):
            out.add(("stage", f.compound.key, f.phase, f.indication.key if f.indication else None))
        elif isinstance(f, Mention):
            out.add(("mention", f.ref.key, f.alt_labels, f.hidden_labels))
    return out


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
def test_html_rendering_gives_the_same_knowledge(seed_docs: dict[str, Document], year: str) -> None:
    text_facts = list(run(seed_docs[year]))
    html_doc = _as_html(seed_docs[year])
    html_facts = list(run(html_doc))
    assert _summary(html_facts) == _summary(text_facts)
    for f in html_facts:
        ev = getattr(f, "evidence", None)
        if ev is not None:
            assert ev.quote == html_doc.text[ev.char_start : ev.char_end]
