"""The curated reference data (ontology/reference/*.ttl) and its gazetteer (kg.reference)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from kg.model import EntityRef
from kg.reference import (
    KGR_NS,
    NON_ENTITY,
    REFERENCE_GRAPH,
    SKOS,
    gazetteer,
    reference_paths,
    reference_quads,
    reference_triples,
    resolve,
)
from kg.text import company_key, slugify

DCTERMS_SOURCE = "http://purl.org/dc/terms/source"
EXACT = SKOS + "exactMatch"


def _by_subject() -> dict[str, dict[str, list[str]]]:
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in reference_triples():
        table[t.subject.value][t.predicate.value].append(t.object.value)
    return table


def test_every_reference_file_parses() -> None:
    names = sorted(p.name for p in reference_paths())
    assert names == [
        "companies.ttl",
        "compounds.ttl",
        "indications.ttl",
        "non_entities.ttl",
        "payloads.ttl",
        "targets.ttl",
    ]
    assert len(reference_triples()) > 400


def test_each_entity_has_one_pref_label_a_source_and_a_key_from_its_name() -> None:
    for iri, props in _by_subject().items():
        if not iri.startswith(KGR_NS):
            continue
        assert len(props[SKOS + "prefLabel"]) == 1, iri
        assert props[DCTERMS_SOURCE], f"{iri} has no dcterms:source"
        kind, key = iri[len(KGR_NS) :].split("/", 1)
        label = props[SKOS + "prefLabel"][0]
        expected = company_key(label) if kind == "company" else slugify(label)
        assert key == expected, (iri, label)


def test_external_ids_only_where_verified() -> None:
    exact = {s: p[EXACT] for s, p in _by_subject().items() if p.get(EXACT)}
    assert exact[KGR_NS + "target/cd56"] == ["http://purl.uniprot.org/uniprot/P13591"]
    assert exact[KGR_NS + "indication/small-cell-lung-cancer"] == [
        "http://purl.obolibrary.org/obo/NCIT_C4917"
    ]
    assert exact[KGR_NS + "compound/naratuximab-emtansine"] == ["http://purl.obolibrary.org/obo/NCIT_C100101"]
    assert "CIK=0000855654" in exact[KGR_NS + "company/immunogen"][0]
    # Marked "partial" or "not found" in the research notes: no identifier.
    for iri in ("target/cripto", "target/integrin-alpha-v", "indication/pancreatic-cancer",
                "indication/acute-myeloid-leukemia", "target/cd44v6", "payload/dm4"):  # fmt: skip
        assert KGR_NS + iri not in exact


def test_caveats_of_the_research_notes_are_kept() -> None:
    table = _by_subject()
    assert table[KGR_NS + "compound/ave9633"][kg_term("payload")] == [KGR_NS + "payload/dm4"]
    assert kg_term("payload") not in table[KGR_NS + "compound/isatuximab"]  # a naked antibody
    assert table[KGR_NS + "company/centocor"][kg_term("subsidiaryOf")] == [KGR_NS + "company/johnson-johnson"]
    assert table[KGR_NS + "company/genentech"][kg_term("subsidiaryOf")] == [KGR_NS + "company/roche"]


def kg_term(name: str) -> str:
    return "https://w3id.org/filings-kg/ontology#" + name


def test_every_kg_term_used_is_declared() -> None:
    from kg.vocab import KG

    used = set()
    for t in reference_triples():
        for term in (t.predicate.value, t.object.value):
            if term.startswith("https://w3id.org/filings-kg/ontology#"):
                used.add(term.split("#", 1)[1])
    assert used == {"Company", "Compound", "Target", "Payload", "Indication", "NonEntityName",
                    "targets", "payload", "subsidiaryOf"}  # fmt: skip
    for name in used:
        assert str(getattr(KG, name)).endswith("#" + name)


def test_reference_quads_live_in_their_own_graph() -> None:
    quads = reference_quads()
    assert len(quads) == len(reference_triples())
    assert {q.graph_name.value for q in quads} == {REFERENCE_GRAPH}


@pytest.mark.parametrize(
    ("name", "ref"),
    [
        ("IMGN901", EntityRef("compound", "lorvotuzumab-mertansine")),
        ("huN901-DM1", EntityRef("compound", "lorvotuzumab-mertansine")),
        ("BB-10901", EntityRef("compound", "lorvotuzumab-mertansine")),
        ("Lorvotuzumab Mertansine", EntityRef("compound", "lorvotuzumab-mertansine")),
        ("IMGN9OL", EntityRef("compound", "lorvotuzumab-mertansine")),
        ("BIIBO15", EntityRef("compound", "biib015")),
        ("IMGNB853", EntityRef("compound", "mirvetuximab-soravtansine")),
        ("T-DML1", EntityRef("compound", "trastuzumab-emtansine")),
        ("SARb566658", EntityRef("compound", "sar566658")),
        ("Trastuzumab-DM1", EntityRef("compound", "trastuzumab-emtansine")),
        ("BT062", EntityRef("compound", "indatuximab-ravtansine")),
        ("huMy9-6-DM4", EntityRef("compound", "ave9633")),
        ("the sanofi-aventis Group", EntityRef("company", "sanofi-aventis")),
        ("Sanofi-aventis", EntityRef("company", "sanofi-aventis")),
        ("Genentech", EntityRef("company", "genentech")),
        ("Millennium Pharmaceuticals, Inc.", EntityRef("company", "millennium-pharmaceuticals")),
        ("Johnson & Johnson", EntityRef("company", "johnson-johnson")),
        ("InmunoGen", EntityRef("company", "immunogen")),
        ("small-cell lung cancers", EntityRef("indication", "small-cell-lung-cancer")),
        ("HER2+ BC", EntityRef("indication", "her2-positive-breast-cancer")),
        ("prostrate specific membrane antigen", EntityRef("target", "psma")),
        ("folate receptor 1", EntityRef("target", "folr1")),
    ],
)
def test_resolve_names_and_damaged_spellings(name: str, ref: EntityRef) -> None:
    assert resolve(name) == ref


@pytest.mark.parametrize("name", ["ESMO", "ASH", "AACR", "EORTC-NCI-AACR", "Nasdaq", "Business Wire",
                                  "Rx Communications Group", "huMy9-6-DM1", "CD30", "IMGN9012", "Celgene Inc"])  # fmt: skip
def test_resolve_refuses_non_entities_and_unknown_names(name: str) -> None:
    assert resolve(name) is None


def test_non_entities_are_listed() -> None:
    gaz = gazetteer()
    for name in ("ESMO", "ASH", "AACR", "AACR-NCI-EORTC", "SABCS", "ASCO", "NYSE", "FDA", "SEC"):
        assert gaz.is_non_entity(name), name
    assert not gaz.is_non_entity("Genentech")


def test_scan_takes_the_longest_name_and_respects_acronym_case() -> None:
    gaz = gazetteer()
    text = "Data at the EORTC-NCI-AACR meeting; ash from CD56+ tumours; ASH in December; huN901-DM1/BB-10901."
    found = [(m.printed, m.entry.kind, m.entry.key) for m in gaz.scan(text)]
    assert found == [
        ("EORTC-NCI-AACR", NON_ENTITY, "eortc-nci-aacr"),
        ("CD56", "target", "cd56"),
        ("ASH", NON_ENTITY, "ash"),
        ("huN901-DM1", "compound", "lorvotuzumab-mertansine"),
        ("BB-10901", "compound", "lorvotuzumab-mertansine"),
    ]
