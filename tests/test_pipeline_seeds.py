"""The pipeline extractor on the three seed filings: names, merges, edges, stages, partners and traps.

Expected values are written by hand from the filings' text (2003-05-08, 2005-11-03, 2010-10-28).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from kg.corpus import Document
from kg.extractors.pipeline import EXTRACTOR, run
from kg.model import EntityRef, Mention, Relation, SameAs, StatusObservation, UnknownEntity

Facts = list[object]


@pytest.fixture(scope="module")
def facts(seed_docs: dict[str, Document]) -> dict[str, Facts]:
    return {year: list(run(doc)) for year, doc in seed_docs.items()}


def compound_names(facts: Facts) -> dict[str, tuple[set[str], set[str]]]:
    """compound key → (names as printed, OCR-damaged names)."""
    names: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for f in facts:
        if isinstance(f, Mention) and f.ref.kind == "compound":
            names[f.ref.key][0].update(f.alt_labels)
            names[f.ref.key][1].update(f.hidden_labels)
    return dict(names)


def edges(facts: Facts, predicate: str) -> set[tuple[str, str]]:
    return {
        (f.subject.key, f.obj.key if isinstance(f.obj, EntityRef) else str(f.obj))
        for f in facts
        if isinstance(f, Relation) and f.predicate == predicate and f.subject.kind != "agreement"
    }


def stages(facts: Facts) -> set[tuple[str, str, str | None]]:
    return {
        (f.compound.key, f.phase, f.indication.key if f.indication else None)
        for f in facts
        if isinstance(f, StatusObservation)
    }


EXPECTED_NAMES = {
    "2003": {
        "lorvotuzumab-mertansine": ({"huN901-DM1", "BB-10901"}, set()),
        "cantuzumab-mertansine": ({"cantuzumab mertansine", "Cantuzumab Mertansine", "huC242-DM1"}, set()),
        "humy9-6-dm1": ({"huMy9-6-DM1"}, set()),
        "mln2704": ({"MLN2704"}, set()),
        "bivatuzumab-mertansine": ({"bivatuzumab mertansine"}, set()),
        "trastuzumab-emtansine": ({"Trastuzumab-DM1"}, set()),
    },
    "2005": {
        "lorvotuzumab-mertansine": ({"huN901-DM1", "HuN901-DM1"}, set()),
        "cantuzumab-ravtansine": ({"huC242-DM4", "HuC242-DM4"}, set()),
        "bivatuzumab-mertansine": ({"bivatuzumab mertansine"}, set()),
        "mln2704": ({"MLN2704"}, set()),
        "ave9633": ({"AVE9633"}, set()),
    },
    "2010": {
        "lorvotuzumab-mertansine": ({"IMGN901", "lorvotuzumab mertansine"}, {"IMGN9OL"}),
        "trastuzumab-emtansine": ({"T-DM1", "Trastuzumab-DM1"}, {"T-DML1"}),
        "imgn388": ({"IMGN388"}, set()),
        "naratuximab-emtansine": ({"IMGN529"}, set()),
        "mirvetuximab-soravtansine": ({"IMGN853"}, {"IMGNB853"}),
        "coltuximab-ravtansine": ({"SAR3419"}, set()),
        "isatuximab": ({"SAR650984"}, set()),
        "sar566658": ({"SAR566658"}, {"SARb566658"}),
        "indatuximab-ravtansine": ({"BT-062"}, set()),
        "biib015": (set(), {"BIIBO15"}),
        "lenalidomide": ({"Revlimid", "lenalidomide"}, set()),
        "dexamethasone": ({"dexamethasone"}, set()),
        "pertuzumab": ({"pertuzumab"}, set()),
    },
}


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
def test_every_compound_is_one_entity_with_every_spelling(facts: dict[str, Facts], year: str) -> None:
    assert compound_names(facts[year]) == EXPECTED_NAMES[year]


def test_no_two_compounds_share_a_spelling(facts: dict[str, Facts]) -> None:
    owner: dict[str, str] = {}
    for year in facts:
        for key, (alts, hidden) in compound_names(facts[year]).items():
            for name in alts | hidden:
                assert owner.setdefault(name.lower(), key) == key, (name, key, owner[name.lower()])


def test_the_2003_dm1_conjugate_of_my9_6_is_not_merged_with_ave9633(facts: dict[str, Facts]) -> None:
    # huMy9-6-DM1 (2003) and AVE9633 = huMy9-6-DM4 carry different payloads: two compounds.
    assert ("humy9-6-dm1", "dm1") in edges(facts["2003"], "payload")
    unknown = {(f.ref.key, f.name) for f in facts["2003"] if isinstance(f, UnknownEntity)}
    assert unknown == {("humy9-6-dm1", "huMy9-6-DM1")}


EXPECTED_TARGETS = {
    "2003": {("cantuzumab-mertansine", "canag"), ("lorvotuzumab-mertansine", "cd56"), ("mln2704", "psma")},
    "2005": {("cantuzumab-ravtansine", "canag"), ("lorvotuzumab-mertansine", "cd56")},
    "2010": {
        ("lorvotuzumab-mertansine", "cd56"),
        ("mirvetuximab-soravtansine", "folr1"),
        ("sar566658", "ca6"),
        ("trastuzumab-emtansine", "her2"),
    },
}
EXPECTED_PAYLOADS = {
    "2003": {
        ("bivatuzumab-mertansine", "dm1"),
        ("cantuzumab-mertansine", "dm1"),
        ("humy9-6-dm1", "dm1"),
        ("lorvotuzumab-mertansine", "dm1"),
        ("mln2704", "dm1"),
        ("trastuzumab-emtansine", "dm1"),
    },
    "2005": {
        ("bivatuzumab-mertansine", "dm1"),
        ("cantuzumab-ravtansine", "dm4"),
        ("lorvotuzumab-mertansine", "dm1"),
    },
    "2010": {("lorvotuzumab-mertansine", "dm1"), ("trastuzumab-emtansine", "dm1")},
}
EXPECTED_DEVELOPERS = {
    "2003": {
        ("bivatuzumab-mertansine", "boehringer-ingelheim"),
        ("cantuzumab-mertansine", "immunogen"),
        ("lorvotuzumab-mertansine", "british-biotech"),
        ("lorvotuzumab-mertansine", "immunogen"),
        ("mln2704", "millennium-pharmaceuticals"),
        ("trastuzumab-emtansine", "genentech"),
    },
    "2005": {
        ("ave9633", "sanofi-aventis"),
        ("cantuzumab-ravtansine", "immunogen"),
        ("lorvotuzumab-mertansine", "immunogen"),
        ("mln2704", "millennium-pharmaceuticals"),
    },
    "2010": {
        ("biib015", "biogen-idec"),
        ("coltuximab-ravtansine", "sanofi-aventis"),
        ("indatuximab-ravtansine", "biotest"),
        ("isatuximab", "sanofi-aventis"),
        ("sar566658", "sanofi-aventis"),
        ("trastuzumab-emtansine", "genentech"),
        ("trastuzumab-emtansine", "roche"),
    },
}
EXPECTED_INDICATIONS = {
    "2003": {
        ("lorvotuzumab-mertansine", "neuroendocrine-cancer"),
        ("lorvotuzumab-mertansine", "small-cell-lung-cancer"),
    },
    "2005": {
        ("lorvotuzumab-mertansine", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "small-cell-lung-cancer"),
        # "to patients with SCLC or other CD56-expressing solid tumors": the antigen qualifies the disease.
        ("lorvotuzumab-mertansine", "solid-tumors"),
    },
    "2010": {
        ("emilia", "her2-positive-breast-cancer"),
        ("marianne", "her2-positive-breast-cancer"),
        ("imgn388", "solid-tumors"),
        ("isatuximab", "hematological-malignancies"),
        ("lorvotuzumab-mertansine", "merkel-cell-carcinoma"),
        ("lorvotuzumab-mertansine", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "solid-tumors"),
        ("mirvetuximab-soravtansine", "epithelial-malignancies"),
        ("mirvetuximab-soravtansine", "ovarian-cancer"),
        ("mirvetuximab-soravtansine", "solid-tumors"),
        ("naratuximab-emtansine", "hematological-malignancies"),
        # "CA6+ solid tumors, which include ovarian, breast and lung cancers": each cancer of the list.
        ("sar566658", "breast-cancer"),
        ("sar566658", "lung-cancer"),
        ("sar566658", "ovarian-cancer"),
        ("sar566658", "solid-tumors"),
        ("trastuzumab-emtansine", "her2-positive-breast-cancer"),
    },
}


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ("targets", EXPECTED_TARGETS),
        ("payload", EXPECTED_PAYLOADS),
        ("developedBy", EXPECTED_DEVELOPERS),
        ("indication", EXPECTED_INDICATIONS),
    ],
)
def test_edges_match_the_filing(
    facts: dict[str, Facts], year: str, predicate: str, expected: dict[str, set[tuple[str, str]]]
) -> None:
    assert edges(facts[year], predicate) == expected[year]


EXPECTED_STAGES = {
    "2003": {
        ("cantuzumab-mertansine", "PhaseI", None),
        ("humy9-6-dm1", "Preclinical", None),  # "on target to file an IND for huMy9-6-DM1"
        ("lorvotuzumab-mertansine", "PhaseI", None),
        ("lorvotuzumab-mertansine", "PhaseI", "neuroendocrine-cancer"),
        ("lorvotuzumab-mertansine", "PhaseI", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "PhaseII", None),
        ("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "PhaseI_II", None),
    },
    "2005": {
        ("cantuzumab-ravtansine", "PhaseI", None),
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "PhaseI", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "PhaseII", None),
        ("lorvotuzumab-mertansine", "PhaseI_II", "small-cell-lung-cancer"),
    },
    "2010": {
        ("indatuximab-ravtansine", "PhaseI_II", None),  # "Phase l/lla trial"
        ("isatuximab", "PhaseI", "hematological-malignancies"),  # "advanced into clinical testing"
        ("mirvetuximab-soravtansine", "Preclinical", None),
        ("mirvetuximab-soravtansine", "Preclinical", "solid-tumors"),
        ("naratuximab-emtansine", "Preclinical", None),
        ("naratuximab-emtansine", "Preclinical", "hematological-malignancies"),
        ("sar566658", "PhaseI", "breast-cancer"),  # "entered the clinic … ovarian, breast and lung cancers"
        ("sar566658", "PhaseI", "lung-cancer"),
        ("sar566658", "PhaseI", "ovarian-cancer"),
        ("sar566658", "PhaseI", "solid-tumors"),
        ("trastuzumab-emtansine", "PhaseII", None),
        ("trastuzumab-emtansine", "PhaseII", "her2-positive-breast-cancer"),
        ("trastuzumab-emtansine", "PhaseIII", "her2-positive-breast-cancer"),  # "Phase lll trial, EMILIA"
        ("trastuzumab-emtansine", "PhaseI_II", None),  # "Phase Ib/ll trial"
    },
}


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
def test_stages(facts: dict[str, Facts], year: str) -> None:
    assert stages(facts[year]) == EXPECTED_STAGES[year]


def test_plans_are_not_stages(facts: dict[str, Facts]) -> None:
    # "Biogen Idec expects this TAP compound to enter Phase Il in 2H2011"; "A Phase I/l trial to assess
    # IMGN9OL … is on track to be initiated"; cantuzumab's "Potential Phase II study areas".
    observed = {(c, p) for c, p, _ in stages(facts["2010"]) | stages(facts["2003"])}
    assert ("biib015", "PhaseII") not in observed
    assert ("lorvotuzumab-mertansine", "PhaseI_II") not in {(c, p) for c, p, _ in stages(facts["2010"])}
    assert ("cantuzumab-mertansine", "PhaseII") not in observed


def test_named_trials(facts: dict[str, Facts]) -> None:
    trials = {f.ref.key for f in facts["2010"] if isinstance(f, Mention) and f.ref.kind == "trial"}
    assert trials == {"emilia", "marianne"}
    assert edges(facts["2010"], "compound") == {
        ("emilia", "trastuzumab-emtansine"),
        ("marianne", "trastuzumab-emtansine"),
    }
    assert edges(facts["2010"], "phase") == {("emilia", "PhaseIII"), ("marianne", "PhaseIII")}


EXPECTED_PARTNERS = {
    # GlaxoSmithKline is left out of 2003: the filing states that collaboration as settled and ended.
    "2003": {"british-biotech", "boehringer-ingelheim", "millennium-pharmaceuticals", "genentech", "abgenix"},
    "2005": {
        "sanofi-aventis",
        "biogen-idec",
        "centocor",
        "genentech",
        "millennium-pharmaceuticals",
        "boehringer-ingelheim",
        "abgenix",
    },
    # Roche develops T-DM1, but the filer's collaboration is with Genentech ("a member of the Roche Group").
    "2010": {
        "amgen",
        "bayer-schering-pharma",
        "biogen-idec",
        "biotest",
        "genentech",
        "novartis",
        "sanofi-aventis",
    },
}


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
def test_partners_of_the_filer(facts: dict[str, Facts], year: str) -> None:
    partners = {o for s, o in edges(facts[year], "partner") if s == "immunogen"}
    assert partners == EXPECTED_PARTNERS[year]
    assert {s for s, _ in edges(facts[year], "partner")} == {"immunogen"}


def test_parents(facts: dict[str, Facts]) -> None:
    assert edges(facts["2005"], "subsidiaryOf") == {("centocor", "johnson-johnson")}
    assert edges(facts["2010"], "subsidiaryOf") == {("genentech", "roche")}
    assert edges(facts["2003"], "subsidiaryOf") == set()


def test_agreements(facts: dict[str, Facts]) -> None:
    rel = [f for f in facts["2003"] if isinstance(f, Relation) and f.subject.kind == "agreement"]
    licence = EntityRef("agreement", "immunogen-british-biotech-licence")
    assert {(f.predicate, f.obj) for f in rel if f.subject == licence} == {
        ("party", EntityRef("company", "immunogen")),
        ("party", EntityRef("company", "british-biotech")),
        ("agreementType", "licence"),
        ("covers", EntityRef("compound", "lorvotuzumab-mertansine")),
    }
    labels = {f.label for f in facts["2003"] if isinstance(f, Mention) and f.ref == licence}
    assert labels == {"ImmunoGen – British Biotech licence"}
    sanofi = EntityRef("agreement", "immunogen-sanofi-aventis-collaboration")
    amounts = {
        f.obj
        for f in facts["2005"]
        if isinstance(f, Relation) and f.subject == sanofi and f.predicate == "amount"
    }
    assert [str(a) for a in amounts] == ["18200000"]


TRAPS = {"ESMO", "ASH", "AACR", "EORTC-NCI-AACR", "AACR-NCI-EORTC", "SABCS", "Nasdaq", "Business Wire",
         "BUSINESS WIRE", "Rx Communications Group", "Celgene", "Celgene Corporation", "Securities and Exchange Commission"}  # fmt: skip


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
def test_traps_yield_no_entities_or_edges(facts: dict[str, Facts], year: str) -> None:
    for f in facts[year]:
        if isinstance(f, Mention):
            assert not (set(f.alt_labels) | {f.label}) & TRAPS, f
            assert f.ref.key not in {"celgene", "nasdaq", "esmo", "ash", "aacr"}
        if isinstance(f, Relation) and isinstance(f.obj, EntityRef):
            assert "celgene" not in (f.subject.key, f.obj.key)
    partners = {o for _, o in edges(facts[year], "partner")}
    assert not partners & {"celgene", "roche", "johnson-johnson", "glaxosmithkline", "immunogen"}


def test_boilerplate_names_nothing(seed_docs: dict[str, Document], facts: dict[str, Facts]) -> None:
    # "InmunoGen claims the protection of the safe harbor" sits in the forward-looking boilerplate.
    text = seed_docs["2010"].text
    start = text.index("This press release includes forward-looking statements")
    end = text.index("SELECTED FINANCIAL INFORMATION")
    for f in facts["2010"]:
        ev = getattr(f, "evidence", None)
        if ev is not None:
            assert not start <= ev.char_start < end, f


@pytest.mark.parametrize("year", ["2003", "2005", "2010"])
def test_every_quote_is_the_source_text(
    seed_docs: dict[str, Document], facts: dict[str, Facts], year: str
) -> None:
    doc = seed_docs[year]
    count = 0
    for f in facts[year]:
        ev = getattr(f, "evidence", None)
        if ev is None:
            continue
        count += 1
        assert ev.quote == doc.text[ev.char_start : ev.char_end]
        assert ev.line == doc.line_of(ev.char_start)
        assert ev.extractor == EXTRACTOR.name
    assert count > 50


def test_merges_are_explained(facts: dict[str, Facts]) -> None:
    # The seeds' aliases are all in the reference data, so no filing-stated merge is needed there.
    for year in facts:
        assert [f for f in facts[year] if isinstance(f, SameAs)] == []


def test_output_is_deterministic(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        assert list(run(doc)) == list(run(doc))


def test_extractor_declares_what_it_yields(facts: dict[str, Facts]) -> None:
    produced = {type(f).__name__ for year in facts for f in facts[year]}
    assert produced <= set(EXTRACTOR.produces)
