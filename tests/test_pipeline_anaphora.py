"""Anaphora ("This TAP compound", "The compound", "the product candidate") bound to the compound a heading
line names, on the seed filings and on small releases written here.

A sentence opening with an anaphor refers to the compound of the nearest preceding heading line (the
compound's name alone, or followed by " - " or ":"), only when that line names exactly one compound and no
other compound has been a sentence's subject in between.
"""

from __future__ import annotations

from kg.corpus import Document, document_from_bytes
from kg.extractors.pipeline import run
from kg.model import EntityRef, Relation, Skipped

OPENING = "ImmunoGen, Inc. (Nasdaq: IMGN) today reported results for the quarter ended March 31, 2012.\n\n"


def _doc(text: str, *, html: bool = False) -> Document:
    return document_from_bytes("release.htm" if html else "release.txt", text.encode("utf-8"), is_html=html)


def _edges(facts: list[object], predicate: str) -> dict[tuple[str, str], set[str]]:
    """(subject key, object key) → the quotes stating it."""
    found: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        if isinstance(f, Relation) and f.predicate == predicate and isinstance(f.obj, EntityRef):
            found.setdefault((f.subject.key, f.obj.key), set()).add(f.evidence.quote)
    return found


def _skips(facts: list[object]) -> list[str]:
    return [f.reason for f in facts if isinstance(f, Skipped)]


def test_2010_this_tap_compound_under_the_imgn853_heading(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["2010"]
    facts = list(run(doc))
    sentence = (
        "This TAP compound targets folate receptor 1 (FOLR1) and is a potential treatment for ovarian "
        "cancer and several other\nepithelial malignancies."
    )
    assert _edges(facts, "targets")[("mirvetuximab-soravtansine", "folr1")] == {sentence}
    indications = _edges(facts, "indication")
    assert indications[("mirvetuximab-soravtansine", "ovarian-cancer")] == {sentence}
    assert indications[("mirvetuximab-soravtansine", "epithelial-malignancies")] == {sentence}
    [edge] = [
        f
        for f in facts
        if isinstance(f, Relation)
        and f.predicate == "targets"
        and f.subject.key == "mirvetuximab-soravtansine"
    ]
    assert edge.evidence.quote == doc.text[edge.evidence.char_start : edge.evidence.char_end]
    assert edge.evidence.line == 46
    # "Preclinical data related to targeting FOLR1 with TAP compounds" names no compound and opens with
    # no anaphor: stated about TAP compounds in general, it stays unattached.
    assert _skips(facts).count("target 'FOLR1' stated without one compound to attach it to") == 1


def test_2010_the_compound_after_a_combination_keeps_its_subject(seed_docs: dict[str, Document]) -> None:
    # Revlimid, lenalidomide and dexamethasone are named in between, but only as IMGN901's combination
    # partners, so "the compound" in the next sentence is still IMGN901.
    facts = list(run(seed_docs["2010"]))
    quotes = _edges(facts, "indication")[("lorvotuzumab-mertansine", "multiple-myeloma")]
    assert any(
        q.startswith("Updated clinical data with the\ncompound used as monotherapy in MM") for q in quotes
    )


def test_2005_this_tap_compound_under_name_alone_headings(seed_docs: dict[str, Document]) -> None:
    facts = list(run(seed_docs["2005"]))
    targets = _edges(facts, "targets")
    cd56 = targets[("lorvotuzumab-mertansine", "cd56")]
    assert any(
        q.startswith("This TAP compound targets the CD56 antigen found on small-cell lung cancers")
        for q in cd56
    )
    canag = targets[("cantuzumab-ravtansine", "canag")]
    assert any(q.startswith("This TAP compound targets the CanAg antigen found on colorectal") for q in canag)
    # Nothing in either section is attached to the other's compound.
    assert ("lorvotuzumab-mertansine", "canag") not in targets
    assert ("cantuzumab-ravtansine", "cd56") not in targets


TWO_SECTIONS = (
    OPENING + "Pipeline Highlights\n\n"
    "IMGN853 - in preclinical development for types of solid tumors.\n\n"
    "This TAP compound targets folate receptor 1 (FOLR1) and is a potential treatment for ovarian cancer.\n\n"
    "IMGN289: in preclinical development.\n\n"
    "Data will be presented at a scientific meeting in 2012.\n\n"
    "The compound targets EGFR and is a potential treatment for head and neck cancer.\n"
)


def test_two_headed_sections_each_anaphor_binds_to_its_own_heading() -> None:
    facts = list(run(_doc(TWO_SECTIONS)))
    targets = _edges(facts, "targets")
    assert set(targets) == {("mirvetuximab-soravtansine", "folr1"), ("imgn289", "egfr")}
    assert targets[("imgn289", "egfr")] == {
        "The compound targets EGFR and is a potential treatment for head and neck cancer."
    }
    assert ("mirvetuximab-soravtansine", "ovarian-cancer") in _edges(facts, "indication")
    assert not [r for r in _skips(facts) if r.startswith("target")]


def test_two_headed_sections_in_html_list_items() -> None:
    # HTML prints list items without bullet marks: the heading line must carry across paragraphs.
    html = (
        "<html><body><p>ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.</p>"
        "<p>IMGN853 - in preclinical development for types of solid tumors.</p>"
        "<ul><li>This TAP compound targets folate receptor 1 (FOLR1).</li></ul>"
        "<p>IMGN529 - in preclinical development for types of liquid tumors.</p>"
        "<ul><li>The product candidate targets CD37.</li></ul></body></html>"
    )
    facts = list(run(_doc(html, html=True)))
    assert set(_edges(facts, "targets")) == {
        ("mirvetuximab-soravtansine", "folr1"),
        ("naratuximab-emtansine", "cd37"),
    }


def test_two_compounds_named_in_between_block_the_binding() -> None:
    text = (
        OPENING + "IMGN853 - in preclinical development for types of solid tumors.\n\n"
        ". Data on IMGN529 and IMGN388 will be presented at the meeting.\n\n"
        ". This TAP compound targets folate receptor 1 (FOLR1) and is a potential treatment for ovarian cancer.\n"
    )
    facts = list(run(_doc(text)))
    assert _edges(facts, "targets") == {}
    assert "target 'folate receptor 1' stated without one compound to attach it to" in _skips(facts)
    assert ("mirvetuximab-soravtansine", "ovarian-cancer") not in _edges(facts, "indication")


def test_one_other_compound_named_in_between_blocks_the_binding_across_paragraphs() -> None:
    text = (
        OPENING + "IMGN853 - in preclinical development for types of solid tumors.\n\n"
        "IMGN529 is in preclinical development.\n\n"
        "This TAP compound targets folate receptor 1 (FOLR1).\n"
    )
    facts = list(run(_doc(text)))
    assert _edges(facts, "targets") == {}


def test_a_heading_line_naming_two_compounds_binds_nothing() -> None:
    text = (
        OPENING + "IMGN853 and IMGN529 - in preclinical development.\n\n"
        "This TAP compound targets folate receptor 1 (FOLR1).\n"
    )
    facts = list(run(_doc(text)))
    assert _edges(facts, "targets") == {}


def test_a_new_section_without_a_compound_ends_the_heading() -> None:
    text = (
        OPENING + "IMGN853 - in preclinical development for types of solid tumors.\n\n"
        "Collaborations\n\n"
        "The compound targets folate receptor 1 (FOLR1).\n"
    )
    facts = list(run(_doc(text)))
    assert _edges(facts, "targets") == {}


def test_an_anaphor_inside_a_sentence_does_not_reach_back_to_a_heading_line() -> None:
    # Only a sentence that opens with the anaphor may refer across paragraphs to the heading line.
    text = (
        OPENING + "IMGN853 - in preclinical development for types of solid tumors.\n\n"
        "Researchers reported that this TAP compound targets folate receptor 1 (FOLR1).\n"
    )
    facts = list(run(_doc(text)))
    assert _edges(facts, "targets") == {}
