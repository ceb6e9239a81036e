"""One partner entity for the forms of one company's name: "Takeda" and "Takeda Pharmaceutical Company
Limited", "Bayer Schering" and "Bayer Schering Pharma AG", within a filing and across the corpus; and
distinct companies kept apart ("Bayer" and "Bayer Schering Pharma", "Roche" and "Genentech", "Merck
KGaA" and "Merck & Co.", "Takeda Oncology" and Takeda).

The rule (``kg.extractors.pipeline.companies``): a name is a form of the name left without its legal
form and the industry or country words after it (``kg.text.company_base``); a shorter name of a
company's own first words is its name only where the filing defines it ("Bayer Schering Pharma AG
("Bayer")").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_graph
from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import text_document as _doc

from kg.extractors.pipeline import run
from kg.graphio import load_rdflib
from kg.model import EntityRef, SameAs
from kg.reference import gazetteer
from kg.resolve import resolve
from kg.text import company_base, company_key

KG = "https://w3id.org/filings-kg/ontology#"
COMPANY = "https://w3id.org/filings-kg/id/company/"


def _alnylam(body: str, date: str = "May 6, 2010") -> str:
    return (
        "Alnylam Pharmaceuticals Reports First Quarter 2010 Financial Results\n\n"
        f"CAMBRIDGE, Mass.--(BUSINESS WIRE)--{date}-- Alnylam Pharmaceuticals, Inc. (Nasdaq: ALNY) today "
        "reported its financial results.\n\n" + body
    )


def _same_as(facts: list[object]) -> set[tuple[str, str]]:
    return {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs) and f.a.kind == "company"}


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Takeda Pharmaceutical Company Limited", "Takeda"),
        ("Takeda Pharmaceuticals U.S.A., Inc.", "Takeda"),
        ("sanofi-aventis U.S.", "sanofi-aventis"),
        ("sanofi-aventis U.S. LLC", "sanofi-aventis"),
        ("Bayer Schering Pharma AG", "Bayer Schering"),
        ("Genentech, Inc.", "Genentech"),
        ("Amgen Inc.", "Amgen"),
        ("Merck & Co., Inc.", "Merck"),
        ("Astellas Pharma US, Inc.", "Astellas"),
        ("Progenics Pharmaceuticals, Inc.", "Progenics"),
        # Words of the name itself, or of another business, stay.
        ("Merck KGaA", "Merck KGaA"),
        ("Takeda Oncology", "Takeda Oncology"),
        ("Regulus Therapeutics", "Regulus Therapeutics"),
        ("Johnson & Johnson", "Johnson & Johnson"),
        ("Pharma GmbH", ""),
    ],
)
def test_company_base(name: str, base: str) -> None:
    assert company_base(name) == base


def test_company_key_is_unchanged_for_reference_names() -> None:
    # Reference IRIs are minted with company_key: it keeps the industry words.
    assert company_key("Millennium Pharmaceuticals, Inc.") == "millennium-pharmaceuticals"
    assert company_key("Bayer Schering Pharma AG") == "bayer-schering-pharma"


def test_reference_companies_absorb_the_forms_of_their_names() -> None:
    gaz = gazetteer()
    for name, key in [
        ("Bayer Schering", "bayer-schering-pharma"),
        ("Bayer Schering Pharma GmbH", "bayer-schering-pharma"),
        ("Genentech USA, Inc.", "genentech"),
        ("Amgen Pharmaceuticals, Inc.", "amgen"),
        ("sanofi-aventis U.S. LLC", "sanofi-aventis"),
    ]:
        entry = gaz.company_by_base(name)
        assert entry is not None and entry.key == key, name
    for name in ("Bayer", "Bayer AG", "Roche Diagnostics", "Takeda", "Merck KGaA"):
        assert gaz.company_by_base(name) is None, name


def test_takeda_and_its_full_name_are_one_partner_in_a_filing() -> None:
    text = _alnylam(
        "In May 2008, Alnylam formed a platform alliance with Takeda Pharmaceutical Company Limited.\n\n"
        "Under the collaboration with Takeda, Alnylam received $50 million in the quarter.\n"
    )
    facts = list(run(_doc("alnylam.txt", text)))
    assert _names(facts, "company")["takeda-pharmaceutical"] == {
        "Takeda Pharmaceutical Company Limited",
        "Takeda",
    }
    assert "takeda" not in _names(facts, "company")
    assert ("alnylam-pharmaceuticals", "takeda-pharmaceutical") in _edges(facts, "partner")
    assert ("alnylam-pharmaceuticals", "takeda") not in _edges(facts, "partner")
    assert ("takeda-pharmaceutical", "takeda") in _same_as(facts)


def test_a_defined_short_name_is_the_company_where_the_filing_uses_it() -> None:
    text = _alnylam(
        'Alnylam entered into a collaboration with Bayer Schering Pharma AG ("Bayer") in 2009.\n\n'
        "Bayer paid Alnylam $10 million in the quarter. The Bayer collaboration covers two targets.\n"
    )
    facts = list(run(_doc("bayer.txt", text)))
    companies = _names(facts, "company")
    assert companies["bayer-schering-pharma"] == {"Bayer Schering Pharma AG", "Bayer"}
    assert "bayer" not in companies
    # The definition holds in this filing only: nothing joins "Bayer" to it across filings.
    assert not {pair for pair in _same_as(facts) if "bayer" in pair}


def test_bayer_alone_is_not_bayer_schering_pharma_without_a_stated_equivalence() -> None:
    text = _alnylam(
        "Alnylam entered into a collaboration with Bayer Schering Pharma AG in 2009.\n\n"
        "Alnylam also has a license agreement with Bayer.\n\n"
        "ImmunoGen and Bayer Schering signed a license agreement.\n"
    )
    facts = list(run(_doc("bayer2.txt", text)))
    companies = _names(facts, "company")
    assert companies["bayer-schering-pharma"] == {"Bayer Schering Pharma AG", "Bayer Schering"}
    assert companies["bayer"] == {"Bayer"}
    assert _same_as(facts) == {("alnylam-pharmaceuticals", "alnylam")}  # the filer's own name only


def test_roche_and_genentech_and_takeda_oncology_stay_apart() -> None:
    text = _alnylam(
        "Alnylam has platform alliances with Roche and with Genentech, Inc., and a collaboration with "
        "Takeda Pharmaceutical Company Limited.\n\n"
        "Alnylam entered into a license agreement with Takeda Oncology in 2010.\n"
    )
    companies = _names(list(run(_doc("apart.txt", text))), "company")
    assert {"roche", "genentech", "takeda-pharmaceutical", "takeda-oncology"} <= set(companies)
    assert companies["genentech"] == {"Genentech, Inc."}


def test_resolution_keeps_the_fullest_form_of_a_company() -> None:
    full = EntityRef("company", "takeda-pharmaceutical")
    usa = EntityRef("company", "takeda-pharmaceuticals-u-s-a")
    base = EntityRef("company", "takeda")
    statements = [SameAs(full, base, _evidence("a")), SameAs(usa, base, _evidence("b"))]
    canon = resolve({"a": statements[:1], "b": statements[1:]}, set())
    assert {canon(ref) for ref in (full, usa, base)} == {full}
    # A reference company wins over every form.
    ref = EntityRef("company", "bayer-schering-pharma")
    canon = resolve({"a": [SameAs(EntityRef("company", "bayer"), ref, _evidence("a"))]}, {ref})
    assert canon(EntityRef("company", "bayer")) == ref


def _evidence(filing: str):
    return _doc(filing + ".txt", "Takeda Pharmaceutical Company Limited\n").evidence(0, 6, "pipeline")


def test_across_filings_the_bare_name_and_the_full_name_are_one_partner(tmp_path: Path) -> None:
    partners = _partners_of_build(
        tmp_path,
        {
            "a.txt": _alnylam(
                "Alnylam formed a platform alliance with Takeda Pharmaceutical Company Limited.\n\n"
                "Under the collaboration with Takeda, Alnylam received $100 million upfront.\n"
            ),
            "b.txt": _alnylam(
                "Under the collaboration with Takeda, Alnylam received $50 million.\n", "Aug 5, 2010"
            ),
        },
    )
    assert partners == {("alnylam-pharmaceuticals", "takeda-pharmaceutical")}
    mentioned = {
        str(o) for o in load_rdflib(tmp_path / "out" / "graph.trig").objects(predicate=_uri(KG + "mentions"))
    }
    assert COMPANY + "takeda-pharmaceutical" in mentioned
    assert COMPANY + "takeda" not in mentioned


def _uri(value: str):
    from rdflib import URIRef

    return URIRef(value)


def _partners_of_build(tmp_path: Path, filings: dict[str, str]) -> set[tuple[str, str]]:
    graph = built_graph(tmp_path, filings)
    return {
        (str(s).removeprefix(COMPANY), str(o).removeprefix(COMPANY))
        for s, o in graph.subject_objects(predicate=_uri(KG + "partner"))
        if str(o).startswith(COMPANY)
    }


def test_a_full_name_alone_in_one_filing_is_not_joined_to_a_bare_name_in_another(tmp_path: Path) -> None:
    """Only a filing that prints both forms says they are one company."""
    partners = _partners_of_build(
        tmp_path,
        {
            "a.txt": _alnylam(
                "Alnylam formed a platform alliance with Takeda Pharmaceutical Company Limited.\n"
            ),
            "b.txt": _alnylam(
                "Under the collaboration with Takeda, Alnylam received $50 million.\n", "Aug 5, 2010"
            ),
        },
    )
    assert partners == {
        ("alnylam-pharmaceuticals", "takeda-pharmaceutical"),
        ("alnylam-pharmaceuticals", "takeda"),
    }


def test_a_company_with_a_legal_form_of_its_own_is_no_bare_form_of_another() -> None:
    """ "Mitsubishi Corporation" (a trading company) is not "Mitsubishi Pharma Corporation"."""
    text = _alnylam(
        "Alnylam entered into a collaboration with Mitsubishi Pharma Corporation in 2010.\n\n"
        "Alnylam also signed a license agreement with Mitsubishi Corporation.\n"
    )
    facts = list(run(_doc("mitsubishi.txt", text)))
    companies = _names(facts, "company")
    assert companies["mitsubishi-pharma"] == {"Mitsubishi Pharma Corporation"}
    assert companies["mitsubishi"] == {"Mitsubishi Corporation"}
    assert not {pair for pair in _same_as(facts) if "mitsubishi" in pair[0]}


def test_a_short_name_defined_in_one_filing_names_nothing_in_another(tmp_path: Path) -> None:
    partners = _partners_of_build(
        tmp_path,
        {
            "a.txt": _alnylam('Alnylam entered into a collaboration with Merck KGaA ("Merck") in 2010.\n'),
            "b.txt": _alnylam(
                "Alnylam entered into a license agreement with Merck & Co., Inc. in 2010.\n", "Aug 5, 2010"
            ),
        },
    )
    # Two Mercks: the KGaA of the first filing, and Merck & Co. of the second.
    assert {p[1] for p in partners if p[1].startswith("merck")} == {"merck-kgaa", "merck"}
