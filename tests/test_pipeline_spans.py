"""The position indexes that keep the pipeline extractor linear in a filing's length.

``SpanSet`` and ``ByStart`` must answer exactly what a scan of every span or hit would; and the extractor
on a long filing (a seed repeated, or its sentences run together on one line) must find, per sentence,
the same names and edges as on the seed itself.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.corpus import Document, document_from_bytes
from kg.extractors.pipeline import compounds, context, run, segment
from kg.extractors.pipeline.spans import ByStart, SpanSet
from kg.model import EntityRef, Relation
from kg.reference import gazetteer

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 20)).map(lambda t: (t[0], t[0] + t[1])))


@given(spans, st.lists(st.tuples(st.integers(0, 220), st.integers(0, 30))))
def test_span_set_answers_as_a_scan_would(
    claims: list[tuple[int, int]], queries: list[tuple[int, int]]
) -> None:
    taken = SpanSet()
    kept: list[tuple[int, int]] = []
    for start, end in claims:
        scan = any(start < e and s < end for s, e in kept)
        assert taken.overlaps(start, end) == scan
        if not scan:
            taken.add(start, end)
            kept.append((start, end))
    for start, width in queries:
        end = start + width
        assert taken.overlaps(start, end) == any(start < e and s < end for s, e in kept)
        part = taken.clipped(start, end)
        inside = [(s, e) for s, e in kept if start < e and s < end]
        assert len(part) == len(inside)
        for s, e in kept:
            assert part.overlaps(s, e) == ((s, e) in inside)


def test_span_set_seeded_with_addresses() -> None:
    taken = SpanSet([(50, 60), (10, 20)])
    assert taken.overlaps(19, 25) and taken.overlaps(55, 56) and not taken.overlaps(20, 50)
    assert len(taken.clipped(0, 11)) == 1 and len(taken.clipped(20, 50)) == 0


class _At:
    def __init__(self, start: int) -> None:
        self.start = start


@given(st.lists(st.integers(0, 100)), st.integers(0, 110), st.integers(0, 30))
def test_by_start_returns_the_items_starting_inside(starts: list[int], lo: int, width: int) -> None:
    items = [_At(s) for s in sorted(starts)]
    index = ByStart(items)
    assert index.within(lo, lo + width) == [i for i in items if lo <= i.start < lo + width]


def _contexts(doc: Document) -> list[context.Context]:
    gaz = gazetteer()
    paras = segment.paragraphs(doc.text)
    sents = segment.sentences(doc.text, paras)
    hits, _ = compounds.find_names(doc, sents, gaz, segment.url_spans(doc.text))
    hits, _ = compounds.merge_aliases(doc, hits, "pipeline")
    return context.contexts(doc, paras, sents, hits)


def test_each_sentence_gets_exactly_the_names_inside_it(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        ctxs = _contexts(doc)
        assert len(ctxs) > 40
        for ctx in ctxs:
            for h in ctx.hits:
                assert ctx.sentence.start <= h.start < ctx.sentence.end
        # Every name found lies in one usable sentence's context, once.
        all_hits = [h for ctx in ctxs for h in ctx.hits]
        assert len(all_hits) == len(set(all_hits))


def test_a_seed_repeated_gives_the_seed_s_edges(seed_docs: dict[str, Document]) -> None:
    seed = seed_docs["2005"]
    once = {(f.subject, f.predicate, f.obj) for f in run(seed) if isinstance(f, Relation)}
    big = document_from_bytes("repeated.txt", "\n\n".join([seed.text] * 12).encode("utf-8"))
    repeated = [f for f in run(big) if isinstance(f, Relation)]
    assert {(f.subject, f.predicate, f.obj) for f in repeated} == once
    # Each copy's "This TAP compound targets the CD56 antigen" is about that copy's heading compound (the
    # extractor states each edge once per quote, so the per-copy binding is read from the contexts).
    bound = [
        ctx.subject
        for ctx in _contexts(big)
        if big.text.startswith("This TAP compound targets the CD56 antigen", ctx.sentence.start)
    ]
    assert bound == [EntityRef("compound", "lorvotuzumab-mertansine")] * 12


def test_one_long_line_of_sentences(seed_docs: dict[str, Document]) -> None:
    # The seed's usable sentences run together on one line, as a badly converted filing prints them.
    seed = seed_docs["2005"]
    paras = segment.paragraphs(seed.text)
    usable = [s for s in segment.sentences(seed.text, paras) if not s.boilerplate]
    line = " ".join(" ".join(seed.text[s.start : s.end].split()) for s in usable)
    doc = document_from_bytes("line.txt", " ".join([line] * 10).encode("utf-8"))
    facts = [f for f in run(doc) if isinstance(f, Relation)]
    targets = {(f.subject.key, f.obj.key) for f in facts if f.predicate == "targets"}
    # The headings are now inside the line, so only the sentences naming their compound keep an edge.
    assert targets == {("lorvotuzumab-mertansine", "cd56"), ("cantuzumab-ravtansine", "canag")}
    partners = {f.obj.key for f in facts if f.predicate == "partner"}
    assert {"sanofi-aventis", "biogen-idec", "centocor", "genentech"} <= partners
