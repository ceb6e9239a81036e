"""The pipeline extractor on releases of Onyx, Exelixis, ImClone, Regeneron and Dendreon holding sentences
that once made it state wrong facts or miss them.

Each test runs the real extractor on the release text and checks the exact facts now stated: a chain of
other names ("Nexavar, also known as sorafenib and previously as BAY 43-9006") naming one compound, a
company's initials in brackets ("Bristol-Myers Squibb Company (BMS)") naming that company wherever the
filing uses them, a product "approved in the United States" or "in more than 70 countries" at the
Approved stage, a disease named after its line of treatment ("in first-line metastatic pancreatic
cancer"), a target stated of another antibody kept off the compound's evidence, an agreement to
manufacture a product no partnership, and INNs of fusion proteins ("-cept") and cell therapies
("sipuleucel-T").
"""

from __future__ import annotations

from pathlib import Path

from conftest import mention_names as _names
from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import read_document
from kg.extractors.pipeline import run
from kg.model import EntityRef, Relation, SameAs

FIXTURES = Path(__file__).parent / "reviewed_releases"


_facts = pipeline_facts


def _same_compounds(facts: list[object]) -> dict[tuple[str, str], str]:
    """``(merged key, kept key)`` of every ``SameAs`` of compounds, with its evidence's quote."""
    return {
        (f.a.key, f.b.key): f.evidence.quote
        for f in facts
        if isinstance(f, SameAs) and f.a.kind == "compound"
    }


def _edge_quotes(facts: list[object], predicate: str) -> dict[tuple[str, str], set[str]]:
    """The quotes of the evidence of every edge with ``predicate`` (agreements left out)."""
    quotes: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        if isinstance(f, Relation) and f.predicate == predicate and f.subject.kind != "agreement":
            obj = f.obj.key if isinstance(f.obj, EntityRef) else str(f.obj)
            quotes.setdefault((f.subject.key, obj), set()).add(f.evidence.quote)
    return quotes


def _agreement_types(facts: list[object]) -> set[tuple[str, str]]:
    """``(agreement key, kind)`` of every agreement stated."""
    return {
        (f.subject.key, str(f.obj))
        for f in facts
        if isinstance(f, Relation) and f.subject.kind == "agreement" and f.predicate == "agreementType"
    }


ONYX_HEAD = (
    "Onyx Pharmaceuticals Reports Third Quarter 2008 Financial Results\n\n"
    "Company Reports First Quarterly Profit on Growth of Nexavar\u00ae Sales\n\n"
    "EMERYVILLE, Calif., Oct. 30, 2008 -- Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX) today reported "
    "financial results for the third quarter ended September 30, 2008.\n\n"
)
EXELIXIS_HEAD = (
    "SOUTH SAN FRANCISCO, Calif., Oct. 29, 2009 -- Exelixis, Inc. (Nasdaq: EXEL) today reported financial "
    "results for the third quarter of 2009.\n\n"
)
IMCLONE_HEAD = (
    "IMCLONE SYSTEMS REPORTS THIRD QUARTER 2005 FINANCIAL RESULTS\n\n"
    "NEW YORK, November 3, 2005 - ImClone Systems Incorporated (Nasdaq: IMCL) today reported financial "
    "results for the three and nine months ended September 30, 2005.\n\n"
)
REGENERON_HEAD = (
    "TARRYTOWN, N.Y., August 3, 2006 -- Regeneron Pharmaceuticals, Inc. (Nasdaq: REGN) today announced "
    "financial and operating results for the second quarter of 2006.\n\n"
)
DENDREON_HEAD = (
    "SEATTLE, Feb. 28, 2011 /PRNewswire/ -- Dendreon Corporation (Nasdaq: DNDN) today reported its\n"
    "financial results for the quarter and year ended December 31, 2010.\n\n"
)


# --- A chain of other names -------------------------------------------------------------------------------

NEXAVAR_SALES = (
    "Global net sales of Nexavar (sorafenib) tablets, as recorded by Onyx's collaborator Bayer HealthCare "
    "Pharmaceuticals, were $175.2 million in the third quarter of 2008.\n\n"
)
NEXAVAR_PROGRAM = (
    ONYX_HEAD
    + NEXAVAR_SALES
    + (
        "Nexavar Development Program\n\n"
        "Nexavar, also known as sorafenib and previously as BAY 43-9006, is approved in more than 70 countries "
        "for the treatment of patients with advanced kidney cancer and in more than 60 countries for patients "
        "with unresectable liver cancer. Onyx and Bayer are co-developing Nexavar in a broad clinical program.\n\n"
        "About Onyx Pharmaceuticals, Inc.\n\n"
        "Onyx Pharmaceuticals, Inc. is a biopharmaceutical company committed to developing innovative therapies "
        "that target the molecular mechanisms that cause cancer. In addition, Onyx has a license agreement with "
        "Warner-Lambert, now a subsidiary of Pfizer Inc., under which Pfizer develops PD 0332991, an oral CDK4/6 "
        "inhibitor, in a Phase 1 program; Onyx is entitled to royalties on any sales.\n"
    )
)


def test_a_chain_of_other_names_is_one_compound() -> None:
    facts = _facts("onyx.txt", NEXAVAR_PROGRAM)
    assert _names(facts, "compound") == {"sorafenib": {"Nexavar", "sorafenib", "BAY 43-9006"}}
    same = _same_compounds(facts)
    assert set(same) == {("nexavar", "sorafenib"), ("bay-43-9006", "sorafenib")}
    # The third name's statement is quoted from its first name on.
    assert (
        same[("bay-43-9006", "sorafenib")] == "Nexavar, also known as sorafenib and previously as BAY 43-9006"
    )
    formerly = (
        ONYX_HEAD + "SGN-35 (also known as brentuximab vedotin, and formerly cAC10-vcMMAE) is in Phase 3.\n"
    )
    assert _names(_facts("onyx.txt", formerly), "compound") == {
        "brentuximab-vedotin": {"SGN-35", "brentuximab vedotin", "cAC10-vcMMAE"}
    }


def test_a_list_after_an_alias_statement_names_other_compounds() -> None:
    # The alias words are needed again: ", and" goes on to another compound.
    text = (
        ONYX_HEAD
        + NEXAVAR_SALES
        + (
            "Nexavar, also known as sorafenib, and BAY 73-4506 are being developed with Bayer in Phase 2 trials.\n"
        )
    )
    compounds = _names(_facts("onyx.txt", text), "compound")
    assert compounds == {"sorafenib": {"Nexavar", "sorafenib"}, "bay-73-4506": {"BAY 73-4506"}}


# --- Approved products ------------------------------------------------------------------------------------


def test_a_product_approved_in_many_countries_is_approved() -> None:
    facts = _facts("onyx.txt", NEXAVAR_PROGRAM)
    # The section "About Onyx Pharmaceuticals, Inc." ends the Nexavar section: the Phase 1 program of
    # Pfizer's compound is no stage of sorafenib.
    assert _stages(facts) == {("sorafenib", "Approved", None)}


ERBITUX_UPDATE = IMCLONE_HEAD + (
    "Product and Pipeline Update\n\n"
    "ERBITUX (Cetuximab): ERBITUX is approved in the United States, in combination with irinotecan, for the "
    "treatment of EGFR-expressing metastatic colorectal cancer. In the third quarter, the FDA accepted for "
    "filing a supplemental Biologics License Application (sBLA) for ERBITUX in combination with radiation "
    "therapy for locally advanced squamous cell carcinoma of the head and neck, and the Company anticipates "
    "an action date of March 1, 2006. ImClone Systems and Bristol-Myers Squibb co-promote ERBITUX in North "
    "America; Merck KGaA, Darmstadt, Germany, markets Erbitux outside North America. A Phase III trial of "
    "cetuximab in first-line metastatic pancreatic cancer, conducted by the Southwest Oncology Group, is "
    "fully enrolled.\n\n"
    "IMC-1121B: The Company initiated a Phase I trial of IMC-1121B, a fully human antibody directed against "
    "VEGFR-2 (KDR), in patients with advanced solid tumors.\n\n"
    "IMC-1C11: The Company has discontinued development of IMC-1C11, its chimeric anti-VEGFR-2 antibody, in "
    "favor of IMC-1121B.\n"
)


def test_a_product_approved_in_a_country_and_its_trials() -> None:
    facts = _facts("imclone.txt", ERBITUX_UPDATE)
    assert _stages(facts) == {
        ("cetuximab", "Approved", "colorectal-cancer"),
        ("cetuximab", "Registration", "head-and-neck-squamous-cell-carcinoma"),
        ("cetuximab", "PhaseIII", "pancreatic-cancer"),
        ("imc-1121b", "PhaseI", "solid-tumors"),
    }


def test_an_approval_of_something_else_than_a_product_is_no_stage() -> None:
    text = IMCLONE_HEAD + (
        "The protocol of the Phase II trial of IMC-11F8 is approved by the FDA. The budget of the IMC-A12 "
        "program is approved by the board.\n"
    )
    assert ("imc-11f8", "Approved", None) not in _stages(_facts("imclone.txt", text))
    awaited = IMCLONE_HEAD + (
        "ERBITUX (Cetuximab): If ERBITUX is approved in Japan, ImClone receives a milestone payment. Once "
        "cetuximab is approved by the FDA for head and neck cancer, the Company earns royalties on its sales.\n"
    )
    assert {row for row in _stages(_facts("imclone.txt", awaited)) if row[1] == "Approved"} == set()


# --- A target stated of another antibody ------------------------------------------------------------------


def test_a_target_of_another_antibody_is_no_evidence_for_the_compound() -> None:
    facts = _facts("imclone.txt", ERBITUX_UPDATE)
    quotes = _edge_quotes(facts, "targets")
    assert set(quotes) == {("imc-1121b", "vegfr-2")}
    assert quotes[("imc-1121b", "vegfr-2")] == {
        "IMC-1121B: The Company initiated a Phase I trial of IMC-1121B, a fully human antibody directed against "
        "VEGFR-2 (KDR), in patients with advanced solid tumors."
    }
    assert "target 'VEGFR-2' stated in the description of 'IMC-1C11', not of imc-1121b" in _skips(facts)


def test_a_compounds_own_description_still_states_its_target() -> None:
    text = (
        IMCLONE_HEAD
        + "IMC-11F8: A Phase I study of IMC-11F8, a fully human anti-EGFR antibody, is ongoing.\n"
    )
    assert _edges(_facts("imclone.txt", text), "targets") == {("imc-11f8", "egfr")}


# --- A company's initials ---------------------------------------------------------------------------------

CABOZANTINIB_AND_BMS = EXELIXIS_HEAD + (
    "Cabozantinib (XL184). A phase 2 randomized discontinuation trial of XL184 in multiple tumor types is "
    "ongoing. In the third quarter, Bristol-Myers Squibb Company (BMS) declined to exercise its option to "
    "continue the co-development of XL184, and Exelixis retains all rights to the compound.\n\n"
    "XL281 and XL139. BMS is conducting a phase 1 trial of XL281 (BMS-908662), a RAF kinase inhibitor, and a "
    "phase 1 trial of XL139 (BMS-833923), a Hedgehog pathway inhibitor, both licensed to BMS under the 2008 "
    "cancer collaboration.\n"
)


def test_a_companys_initials_in_brackets_name_that_company() -> None:
    facts = _facts("exelixis.txt", CABOZANTINIB_AND_BMS)
    companies = _names(facts, "company")
    assert companies["bristol-myers-squibb"] == {"Bristol-Myers Squibb Company", "BMS"}
    assert "bms" not in companies
    assert "bms" not in _names(facts, "compound")
    # The declined option makes no partnership; the licence of XL281 and XL139 does.
    quotes = _edge_quotes(facts, "partner")
    assert set(quotes) == {("exelixis", "bristol-myers-squibb")}
    assert all(
        quote.startswith("BMS is conducting") for quote in quotes[("exelixis", "bristol-myers-squibb")]
    )
    assert _agreement_types(facts) == {("exelixis-bristol-myers-squibb-licence", "licence")}


def test_initials_of_no_company_or_of_other_words_name_no_company() -> None:
    text = EXELIXIS_HEAD + (
        "A Phase 3 trial of XL184 is sponsored by the Eastern Cooperative Oncology Group (ECOG). The Holding "
        "Company (THC) is no party. Exelixis licensed XL281 to Zeta Biologic Company (ABC) in 2008.\n"
    )
    companies = _names(_facts("exelixis.txt", text), "company")
    assert not {"eastern-cooperative-oncology-group", "ecog", "holding", "thc", "abc"} & set(companies)
    assert "zeta-biologic" not in companies or companies["zeta-biologic"] == {"Zeta Biologic Company"}


# --- Manufacturing agreements ------------------------------------------------------------------------------

REGENERON_REVENUES = REGENERON_HEAD + (
    "Revenues: Total revenue for the second quarter of 2006 was $17.8 million, compared with $12.6 million "
    "for the same quarter of 2005. Contract manufacturing revenue related to Regeneron's long-term agreement "
    "with Merck & Co., Inc. to manufacture a vaccine intermediate was $3.7 million, compared with $3.3 "
    "million in the same period of 2005.\n"
)


def test_an_agreement_to_manufacture_a_product_is_no_partnership() -> None:
    facts = _facts("regeneron.txt", REGENERON_REVENUES)
    assert _edges(facts, "partner") == set()
    assert _agreement_types(facts) == set()
    assert "'Merck & Co' named in a manufacturing agreement, not a partnership" in _skips(facts)


def test_a_deal_to_develop_and_manufacture_stays_a_partnership() -> None:
    text = REGENERON_HEAD + (
        "Regeneron has a collaboration agreement with Merck & Co., Inc. to develop and manufacture a vaccine "
        "intermediate.\n"
    )
    facts = _facts("regeneron.txt", text)
    assert _edges(facts, "partner") == {("regeneron-pharmaceuticals", "merck")}
    assert _agreement_types(facts) == {("regeneron-pharmaceuticals-merck-collaboration", "collaboration")}


def test_a_whole_release_with_a_manufacturing_agreement() -> None:
    facts = list(run(read_document(FIXTURES / "regeneron_2006q2.htm")))
    assert not {edge for edge in _edges(facts, "partner") if "merck" in edge[1]}


# --- INNs of fusion proteins and cell therapies ------------------------------------------------------------


def test_a_cell_therapys_inn_with_its_letter_is_a_compound() -> None:
    text = DENDREON_HEAD + (
        "PROVENGE(R) (sipuleucel-T) product revenue of $41.2 million and $0.9 million\n"
        "was recognized for the fourth quarter of 2010. PROVENGE was approved by the U.S. Food and\n"
        "Drug Administration (FDA) on April 29, 2010 for the treatment of asymptomatic or minimally\n"
        "symptomatic metastatic castrate resistant (hormone refractory) prostate cancer.\n"
    )
    facts = _facts("dendreon.txt", text)
    assert _names(facts, "compound") == {"sipuleucel-t": {"PROVENGE", "sipuleucel-T"}}
    assert _stages(facts) == {("sipuleucel-t", "Approved", "prostate-cancer")}


def test_fusion_protein_inns_are_compounds() -> None:
    # Needs the WHO stem "-cept" among ``kg.text.INN_STEMS``; "intercept" stays an English word.
    text = REGENERON_HEAD + (
        "IL-1 Trap (rilonacept): Regeneron completed patient enrollment in a pivotal Phase 3 study of the "
        "IL-1 Trap in Cryopyrin-Associated Periodic Syndromes (CAPS).\n\n"
        "VEGF Trap (aflibercept) - Oncology: Single-agent Phase 2 studies of aflibercept in advanced ovarian "
        "cancer are ongoing. The trial is designed to intercept tumor growth.\n"
    )
    facts = _facts("regeneron.txt", text)
    assert _names(facts, "compound") == {"rilonacept": {"rilonacept"}, "aflibercept": {"aflibercept"}}
    assert _stages(facts) == {("rilonacept", "PhaseIII", None), ("aflibercept", "PhaseII", "ovarian-cancer")}


def test_a_whole_release_with_products_approved_in_a_region() -> None:
    facts = list(run(read_document(FIXTURES / "immunomedics-2002q2.txt")))
    # "CEA-Scan(R) (arcitumomab) … is approved in the United States and Europe for imaging of colorectal
    # cancer. LeukoScan(R) (sulesomab) is approved in Europe for imaging of osteomyelitis."
    assert {row for row in _stages(facts) if row[1] == "Approved"} == {
        ("arcitumomab", "Approved", "colorectal-cancer"),
        ("sulesomab", "Approved", None),
    }
