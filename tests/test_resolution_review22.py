"""Five consecutive quarters of one company built together: one entity per compound, person and
partner whatever name each release prints, one financial series with a restated quarter's two
figures kept apart, and each compound's stages in date order.

The releases (``tests/reviewed_releases/r22d_*``) are ImmunoGen's fiscal 2010 first quarter to fiscal
2011 first quarter (fiscal year ending June 30): plain text, one OCR-damaged quarter, one HTML
quarter. Names vary as real releases vary: "IMGN901", "huN901-DM1", "IMGN9O1", "lorvotuzumab
mertansine (IMGN901)"; "sanofi-aventis", "Sanofi-aventis", "Sanofi"; "Daniel M. Junius", "Daniel
Junius", "Dan Junius"; a chief financial officer who changes in the fourth quarter.

A short form of a first name ("Dan Junius", "Bob Hale") is the one person printed with a formal name
it stands for at the same company (``kg.resolve.join_name_variants``); at another company, or where
two formal names at the company could be meant, it stays its own person.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import built_graph
from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.build import build
from kg.query import load_query, load_query_store, run_query

HERE = Path(__file__).parent
SERIES = sorted((HERE / "reviewed_releases").glob("r22d_*"))
PERSON = "https://w3id.org/filings-kg/id/person/"
COMPOUND = "https://w3id.org/filings-kg/id/compound/"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    out = tmp_path_factory.mktemp("r22d") / "out"
    build(SERIES, out)
    return load_query_store(out / "graph.trig")


def rows(store: ox.Store, name: str, **params: str) -> list[dict]:
    return run_query(store, load_query(name), params).dicts()


def _names(store: ox.Store, kind: str) -> dict[str, set[str]]:
    """Each entity of ``kind`` (its IRI's last segment) with every label any graph gives it."""
    found = store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?l WHERE { GRAPH ?g { ?e "
        f'skos:prefLabel|skos:altLabel ?l }} FILTER(STRSTARTS(STR(?e), "https://w3id.org/filings-kg/id/{kind}/")) }}'
    )
    names: dict[str, set[str]] = {}
    for solution in found:  # type: ignore[union-attr]
        names.setdefault(solution["e"].value.rsplit("/", 1)[-1], set()).add(solution["l"].value)
    return names


def test_the_five_quarters_are_five_filings() -> None:
    assert len(SERIES) == 5


def test_each_person_is_one_entity_with_every_printed_name(store: ox.Store) -> None:
    people = _names(store, "person")
    # "Daniel M. Junius" (1QFY10), "Dan Junius" (2QFY10, OCR), "Daniel Junius" (3QFY10, HTML);
    # "Gregory D. Perry" and "Gregory Perry"; "David B. Johnston" and "David Johnston".
    assert set(people) == {"carol-hausner", "daniel-m-junius", "gregory-d-perry", "david-b-johnston"}
    assert people["daniel-m-junius"] >= {"Daniel M. Junius", "Dan Junius", "Daniel Junius"}
    assert people["gregory-d-perry"] >= {"Gregory D. Perry", "Gregory Perry"}
    assert people["david-b-johnston"] >= {"David B. Johnston", "David Johnston"}


def test_the_chief_executive_holds_his_title_in_every_quarter(store: ox.Store) -> None:
    found = rows(store, "people", person="Dan Junius")
    assert {r["name"] for r in found} == {"Daniel M. Junius"}
    assert {r["reportDate"] for r in found} == {
        dt.date(2009, 10, 30),
        dt.date(2010, 1, 29),
        dt.date(2010, 4, 30),
        dt.date(2010, 8, 6),
        dt.date(2010, 10, 29),
    }


def test_the_two_chief_financial_officers_stay_two_people(store: ox.Store) -> None:
    found = rows(store, "people")
    cfo = {(r["name"], r["reportDate"]) for r in found if "Chief Financial Officer" in r["title"]}
    assert cfo == {
        ("Gregory D. Perry", dt.date(2009, 10, 30)),
        ("Gregory D. Perry", dt.date(2010, 1, 29)),
        ("David B. Johnston", dt.date(2010, 8, 6)),
        ("David B. Johnston", dt.date(2010, 10, 29)),
    }


def test_each_compound_is_one_entity_under_code_inn_conjugate_and_ocr_names(store: ox.Store) -> None:
    for alias in ("IMGN901", "huN901-DM1", "IMGN9O1", "Lorvotuzumab mertansine"):
        found = rows(store, "stage-history", compound=alias)
        assert {r["name"] for r in found} == {"lorvotuzumab mertansine"}, alias
    compounds = {r["name"] for r in rows(store, "stage-history")}
    assert compounds == {
        "lorvotuzumab mertansine",
        "trastuzumab emtansine",
        "coltuximab ravtansine",
        "IMGN388",
    }


def test_stage_history_is_in_date_order_with_each_quarters_evidence(store: ox.Store) -> None:
    found = rows(store, "stage-history", compound="T-DM1")
    history = [(r["asOf"], r["stage"]) for r in found]
    assert history == sorted(history)
    assert history == [
        (dt.date(2009, 10, 30), "Phase II"),
        (dt.date(2010, 1, 29), "Phase III"),
        (dt.date(2010, 4, 30), "Phase III"),
        (dt.date(2010, 8, 6), "Phase III"),
        (dt.date(2010, 10, 29), "Phase III"),
    ]
    assert all(r["quote"] and r["line"] for r in found)


def test_the_partner_is_one_company_under_all_three_names(store: ox.Store) -> None:
    found = rows(store, "compounds-by-partner", partner="Sanofi")
    assert {r["partnerName"] for r in found} == {"sanofi-aventis"}
    assert {r["reportDate"] for r in found} == {
        dt.date(2009, 10, 30),
        dt.date(2010, 4, 30),
        dt.date(2010, 8, 6),
        dt.date(2010, 10, 29),
    }
    same = rows(store, "compounds-by-partner", partner="sanofi-aventis")
    assert {(r["filing"], r["line"]) for r in same} == {(r["filing"], r["line"]) for r in found}


def test_a_restated_quarter_is_reported_with_both_figures(store: ox.Store) -> None:
    series = rows(store, "financial-series", concept="Revenues")
    q1 = {
        (r["value"], r["reportDate"])
        for r in series
        if r["start"] == dt.date(2009, 7, 1) and r["months"] == 3
    }
    assert {int(v) for v, _ in q1} == {5_410_000, 5_610_000}
    restated = rows(store, "restatements", concept="Revenues")
    assert {(int(r["firstValue"]), int(r["laterValue"])) for r in restated} == {(5_410_000, 5_610_000)}
    # Every other quarter of the series is reported once, whichever filings print it.
    values: dict[tuple[object, object], set[int]] = {}
    for r in series:
        values.setdefault((r["start"], r["end"]), set()).add(int(r["value"]))
    assert [k for k, v in values.items() if len(v) > 1] == [(dt.date(2009, 7, 1), dt.date(2009, 9, 30))]


# -- short forms of first names ------------------------------------------------------------------


def _release(
    company: str, date: str, quote_by: str, title: str = "President and Chief Executive Officer"
) -> str:
    """A short release: a dated first paragraph and one officer's quote."""
    return (
        f"{company}, Inc. Reports Quarterly Results\n\n"
        f"CAMBRIDGE, Mass., {date} -- {company}, Inc. (Nasdaq: NFLD) today reported its results.\n\n"
        f'"We made progress this quarter," said {quote_by}, {title} of {company}.\n\n'
    )


def _labels(tmp_path: Path, filings: dict[str, str]) -> dict[str, set[str]]:
    graph = built_graph(tmp_path, filings)
    labels: dict[str, set[str]] = {}
    for s, o in graph.subject_objects(SKOS.altLabel):
        if isinstance(s, URIRef) and str(s).startswith(PERSON):
            labels.setdefault(str(s)[len(PERSON) :], set()).add(str(o))
    return labels


def test_a_short_first_name_is_the_person_with_the_formal_one_at_the_same_company(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        {
            "a.txt": _release("Northfield", "May 4, 2009", "Robert J. Hale"),
            "b.txt": _release("Northfield", "August 3, 2009", "Bob Hale"),
        },
    )
    assert labels == {"robert-j-hale": {"Robert J. Hale", "Bob Hale"}}


def test_a_short_first_name_joins_a_formal_name_printed_without_initials(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        {
            "a.txt": _release("Northfield", "May 4, 2009", "Daniel Junius"),
            "b.txt": _release("Northfield", "August 3, 2009", "Dan Junius"),
        },
    )
    assert labels == {"daniel-junius": {"Daniel Junius", "Dan Junius"}}


def test_a_short_first_name_at_another_company_is_another_person(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        {
            "a.txt": _release("Northfield", "May 4, 2009", "Robert J. Hale"),
            "b.txt": _release("Southbay", "August 3, 2009", "Bob Hale"),
        },
    )
    assert set(labels) == {"robert-j-hale", "bob-hale"}


def test_a_short_first_name_two_formal_names_could_stand_for_is_joined_to_neither(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        {
            "a.txt": _release("Northfield", "May 4, 2009", "Christopher Moore"),
            "b.txt": _release(
                "Northfield",
                "August 3, 2009",
                "Christine Moore",
                "Senior Vice President and Chief Financial Officer",
            ),
            "c.txt": _release("Northfield", "November 2, 2009", "Chris Moore"),
        },
    )
    assert set(labels) == {"christopher-moore", "christine-moore", "chris-moore"}


def test_a_short_first_name_with_other_initials_is_another_person(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        {
            "a.txt": _release("Northfield", "May 4, 2009", "Robert J. Hale"),
            "b.txt": _release("Northfield", "August 3, 2009", "Bob K. Hale"),
        },
    )
    assert set(labels) == {"robert-j-hale", "bob-k-hale"}


# -- a label another entity is keyed by ----------------------------------------------------------


def test_a_company_is_not_labelled_by_the_name_another_company_is_keyed_by(tmp_path: Path) -> None:
    """Enzon's release prints its partner "Micromet AG" under the key of Micromet, Inc.; Micromet's
    own release names "Micromet AG, the company's wholly-owned subsidiary", keyed apart. Enzon's filing
    comes first, but Micromet, Inc. is labelled by its own printing, not its subsidiary's name."""
    releases = HERE / "reviewed_releases"
    build([releases / "r12_enzon_fy2004q2_ocr.txt", releases / "micromet-2007q3.txt"], tmp_path / "out")
    store = load_query_store(tmp_path / "out" / "graph.trig")
    found = store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?l WHERE { GRAPH ?g { ?e skos:prefLabel ?l } "
        'FILTER(STRSTARTS(STR(?e), "https://w3id.org/filings-kg/id/company/micromet")) }'
    )
    labels = {s["e"].value.rsplit("/", 1)[-1]: s["l"].value for s in found}  # type: ignore[union-attr]
    assert labels == {"micromet": "Micromet, Inc.", "micromet-ag": "Micromet AG"}


def test_the_build_report_lists_a_short_first_name_joined(tmp_path: Path) -> None:
    for name, text in {
        "a.txt": _release("Northfield", "May 4, 2009", "Robert J. Hale"),
        "b.txt": _release("Northfield", "August 3, 2009", "Bob Hale"),
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    assert [m for m in report.merges if m.startswith("person ")] == [
        "person bob-hale = robert-j-hale (a short form of the first name, both at northfield)"
    ]


def test_a_renamed_filer_is_keyed_by_its_current_name(tmp_path: Path) -> None:
    """ "Veritan Therapeutics, Inc. (formerly Corbel Pharmaceuticals, Inc.)": the filing keeps the
    current name, so the company, its facts and people are keyed by it, whatever an older filing of
    the corpus prints and whichever form sorts first."""
    older = (
        "SAN DIEGO, Calif., May 3, 2010 -- Corbel Pharmaceuticals, Inc. (Nasdaq: CRBL) today reported "
        "financial results for the first quarter ended March 31, 2010.\n\n"
        '"We made progress," said Helen A. Moss, President and Chief Executive Officer of Corbel.\n\n'
    )
    graph = built_graph(
        tmp_path,
        {
            "older.txt": older,
            "renamed.txt": (HERE / "reviewed_releases" / "r24c_veritan_2012q1.txt").read_text(
                encoding="utf-8"
            ),
        },
    )
    companies = {
        str(s) for s in graph.subjects() if str(s).startswith("https://w3id.org/filings-kg/id/company/")
    }
    assert "https://w3id.org/filings-kg/id/company/veritan-therapeutics" in companies
    assert not [c for c in companies if "corbel" in c]
