"""One person for a name printed with and without its middle initials at one company ("Daniel M.
Junius" in one release's signature, "Daniel Junius" in another's quote), and namesakes kept apart.

The rule (``kg.resolve.join_name_variants``): a person printed without middle initials is the one
person printed with them who works for the same company; two such fuller forms at that company
("Daniel M. Junius", "Daniel R. Junius") leave the short form alone, and a fuller form at another
company is another person. Built from real releases, so the employers are the extractors' own.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_graph
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

PERSON = "https://w3id.org/filings-kg/id/person/"
KG = "https://w3id.org/filings-kg/ontology#"


def _release(company: str, ticker: str, date: str, quote_by: str, signer: str | None = None) -> str:
    """A short release: a dated first paragraph, the chief executive's quote, maybe a signature."""
    text = (
        f"{company}, Inc. Reports Quarterly Results\n\n"
        f"CAMBRIDGE, Mass., {date} -- {company}, Inc. (Nasdaq: {ticker}) today reported its results.\n\n"
        f'"We made progress this quarter," said {quote_by}, President and Chief Executive Officer of '
        f"{company}.\n\n"
    )
    if signer:
        text += (
            "SIGNATURES\n\n"
            f"{company.upper()}, INC.\n\n"
            f"By: /s/ {signer}\n"
            f"{signer}\n"
            "Executive Vice President and Chief Financial Officer\n"
        )
    return text


def _people(tmp_path: Path, filings: dict[str, str]) -> tuple[Graph, dict[str, str]]:
    graph = built_graph(tmp_path, filings)
    labels = {
        str(s)[len(PERSON) :]: str(o)
        for s, o in graph.subject_objects(SKOS.prefLabel)
        if isinstance(s, URIRef) and str(s).startswith(PERSON)
    }
    return graph, labels


def _employers(graph: Graph, key: str) -> set[str]:
    return {str(o).rsplit("/", 1)[-1] for o in graph.objects(URIRef(PERSON + key), URIRef(KG + "worksFor"))}


def test_a_name_without_its_middle_initial_is_the_same_person_at_the_same_company(tmp_path: Path) -> None:
    graph, labels = _people(
        tmp_path,
        {
            "a.txt": _release("Northfield", "NFLD", "May 4, 2009", "Daniel M. Junius"),
            "b.txt": _release("Northfield", "NFLD", "August 3, 2009", "Daniel Junius"),
        },
    )
    assert labels == {"daniel-m-junius": "Daniel M. Junius"}
    assert _employers(graph, "daniel-m-junius") == {"northfield"}
    # Both printings are names of the one person.
    alt = {str(o) for o in graph.objects(URIRef(PERSON + "daniel-m-junius"), SKOS.altLabel)}
    assert alt == {"Daniel M. Junius", "Daniel Junius"}


def test_namesakes_at_two_companies_stay_two_people(tmp_path: Path) -> None:
    _, labels = _people(
        tmp_path,
        {
            "a.txt": _release("Northfield", "NFLD", "May 4, 2009", "Daniel M. Junius"),
            "b.txt": _release("Southbay", "SBAY", "August 3, 2009", "Daniel Junius"),
        },
    )
    assert labels == {"daniel-m-junius": "Daniel M. Junius", "daniel-junius": "Daniel Junius"}


def test_a_short_name_two_full_forms_could_stand_for_is_joined_to_neither(tmp_path: Path) -> None:
    _, labels = _people(
        tmp_path,
        {
            "a.txt": _release("Northfield", "NFLD", "May 4, 2009", "Daniel M. Junius"),
            "b.txt": _release("Northfield", "NFLD", "August 3, 2009", "Daniel R. Junius"),
            "c.txt": _release("Northfield", "NFLD", "November 2, 2009", "Daniel Junius"),
        },
    )
    assert labels == {
        "daniel-m-junius": "Daniel M. Junius",
        "daniel-r-junius": "Daniel R. Junius",
        "daniel-junius": "Daniel Junius",
    }
