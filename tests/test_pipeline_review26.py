"""The pipeline extractor on two releases of review R26 (ImmunoGen's second quarter of fiscal 2011 in
HTML, its pipeline split into wholly-owned and partner programs; a preclinical-stage company's third
quarter of 2007 in plain text) that made it miss stated facts.

Misses: the developer a partner-program list names in brackets after each compound's name at the head of
its item ("SAR566658 (Sanofi) – SAR566658 is in Phase I testing", "T-DM1 (Roche/Genentech) – …"); an
IND submitted for a compound with the regulator named between the application and the compound
("submitted an Investigational New Drug application (IND) to the U.S. Food and Drug Administration for
HLV-201"), which puts the compound before Phase I.
Held: an IND expected or filed is no clinical stage (preclinical at most); a partner's compound's stage is
read from its own item; a company's "preclinical-stage" is no compound's stage.
"""

from __future__ import annotations

from pathlib import Path

from conftest import mention_names, pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import read_document
from kg.extractors.pipeline import run

REVIEWED = Path(__file__).parent / "reviewed_releases"
IMMUNOGEN = "r26b_immunogen_fy2011_q2.htm"
HALVERTON = "r26b_halverton_2007q3.txt"

HEAD = (
    "WALTHAM, Mass., January 28, 2011 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results "
    "for the quarter ended December 31, 2010.\n\n"
)


def _facts(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


# ---------------------------------------------------------------------------------------------------------
# 1. The two releases read whole.


def test_immunogen_fiscal_2011_second_quarter_html() -> None:
    facts = _facts(IMMUNOGEN)
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseI_II", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma"),
        ("imgn388", "PhaseI", "solid-tumors"),
        # "expects to submit an IND for IMGN529": before Phase I, in no clinical stage.
        ("naratuximab-emtansine", "Preclinical", None),
        ("mirvetuximab-soravtansine", "Preclinical", None),
        ("coltuximab-ravtansine", "PhaseII", None),
        ("sar566658", "PhaseI", None),
        ("trastuzumab-emtansine", "PhaseIII", "her2-positive-breast-cancer"),
        ("indatuximab-ravtansine", "PhaseI", "multiple-myeloma"),
        ("amg-172", "Preclinical", None),
        # "Bayer has filed an IND for BAY 94-9343": filed, no trial begun.
        ("bay-94-9343", "Preclinical", None),
    }
    assert _edges(facts, "targets") == {
        ("lorvotuzumab-mertansine", "cd56"),
        ("naratuximab-emtansine", "cd37"),
        ("coltuximab-ravtansine", "cd19"),
        ("trastuzumab-emtansine", "her2"),
        ("bay-94-9343", "mesothelin"),
    }
    assert ("emilia", "trastuzumab-emtansine") in _edges(facts, "compound")


def test_preclinical_company_2007_third_quarter_text() -> None:
    facts = _facts(HALVERTON)
    assert _stages(facts) == {("hlv-201", "Preclinical", None), ("hlv-305", "Preclinical", None)}
    assert _edges(facts, "targets") == {("hlv-201", "cd70"), ("hlv-305", "epha2")}
    # "from its CD22 program": the candidate's program, no stated target.
    assert not any(compound == "hlv-410" for compound, _ in _edges(facts, "targets"))
    assert ("halverton-biosciences", "kessling-pharma") in _edges(facts, "partner")
    # The company's own "preclinical-stage" is no compound's stage.
    assert "development stage stated without one compound to attach it to" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# 2. A partner-program list names each compound's developer in brackets at the head of its item.


def test_partner_list_item_names_its_compounds_developer() -> None:
    developed = _edges(_facts(IMMUNOGEN), "developedBy")
    assert {
        ("sar566658", "sanofi-aventis"),
        ("indatuximab-ravtansine", "biotest"),
        ("trastuzumab-emtansine", "roche"),
        ("trastuzumab-emtansine", "genentech"),
        ("amg-172", "amgen"),
    } <= developed
    # The wholly-owned compounds have no developer but the filer's own work: none stated.
    assert not any(c in {"lorvotuzumab-mertansine", "imgn388"} for c, _ in developed)


def test_bracket_holding_other_words_names_no_developer() -> None:
    text = HEAD + "SAR3419 (licensed to Sanofi) - SAR3419 is in Phase II testing.\n"
    assert _edges(pipeline_facts("x.txt", text), "developedBy") == set()


def test_company_in_brackets_mid_sentence_is_no_lead() -> None:
    text = HEAD + "Results for SAR3419 (Sanofi) - a CD19-targeting compound - were presented.\n"
    assert _edges(pipeline_facts("x.txt", text), "developedBy") == set()


def test_filer_in_a_leads_brackets_develops_nothing_by_it() -> None:
    text = HEAD + "IMGN901 (ImmunoGen) - IMGN901 is in Phase I testing.\n"
    assert _edges(pipeline_facts("x.txt", text), "developedBy") == set()


# ---------------------------------------------------------------------------------------------------------
# 3. An IND submitted to a named regulator for a compound.


def test_ind_submitted_to_the_fda_for_a_compound_is_preclinical() -> None:
    facts = _facts(HALVERTON)
    assert ("hlv-201", "Preclinical", None) in _stages(facts)


def test_ind_to_the_fda_for_no_compound_states_nothing() -> None:
    text = HEAD + "ImmunoGen submitted an IND to the FDA for review in December 2010.\n"
    assert _stages(pipeline_facts("x.txt", text)) == set()


def test_no_company_runs_across_a_table_cell_nor_is_a_field_of_medicine() -> None:
    """ "Chief Financial Officer⇥Pure Communications, Inc." (cells of a contacts table) names Pure
    Communications alone; "Senior Director of Clinical Oncology at Genzyme Corporation" and "Vice
    President, Radiation Oncology" name a department, no company."""
    text = (
        "BOSTON, Mass., Nov. 4, 2010 -- Solvane Therapeutics, Inc. (Nasdaq: SLVN) today reported results "
        "for the third quarter ended September 30, 2010.\n\n"
        "Dr. Natarajan was previously Senior Director of Clinical Oncology at Genzyme Corporation. Dr. Lee "
        "was Vice President, Radiation Oncology at Zeta Oncology, Inc.\n\n"
        "Investors\tMedia\nGregory M. Halloran\tErin Bastow\nChief Financial Officer\tPure Communications, Inc.\n"
    )
    companies = set(mention_names(pipeline_facts("x.txt", text), "company"))
    assert {"pure-communications", "genzyme", "zeta-oncology"} <= companies
    assert not [c for c in companies if c in {"clinical-oncology", "radiation-oncology"} or "officer" in c]
