"""The pipeline extractor on three releases of review R22 (ImmunoGen fiscal 2013 Q4 in HTML, ImClone
Systems 2004 Q3, Infinity Pharmaceuticals 2011 Q1 with a pipeline table, objectives and OCR damage) that
made it state wrong facts or miss stated ones.

Wrong facts: a year's objectives printed as bare verbs ("Initiate a Phase 3 trial of IPI-926 in
chondrosarcoma by year-end 2011") read as current stages.
Misses: a compound's trials in other diseases after a stop in one ("has discontinued its development in
SCLC. Lorvotuzumab mertansine … continues in a Phase I trial in multiple myeloma"); a company named
"Bristol-Myers Squibb Company" and elsewhere "Bristol-Myers Squibb"; a target before "-targeting" that is
a protein's plain name ("a mesothelin-targeting ADC"), a variant numbered in Roman ("EGFRvIII"), a
ligand's cluster name ("CD27L"), and a target in a description with its own relative clause ("AMG 595,
an ADC that targets EGFRvIII, into a Phase I trial"), whose stage was missed too.
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

REVIEWED = Path(__file__).parent / "reviewed_releases"
IMMUNOGEN = "r22b_immunogen_fy2013_q4.htm"
IMCLONE = "r22b_imclone_2004q3.txt"
INFINITY = "r22b_infinity_2011q1_ocr.txt"

IMMUNOGEN_HEAD = (
    "WALTHAM, Mass.--(BUSINESS WIRE)--August 9, 2013--ImmunoGen, Inc. (Nasdaq: IMGN) today reported "
    "financial results for the three months ended June 30, 2013.\n\n"
)
INFINITY_HEAD = (
    "CAMBRIDGE, Mass., May 5, 2011 /PRNewswire/ -- Infinity Pharmaceuticals, Inc. (Nasdaq: INFI) today "
    "reported financial results for the first quarter ended March 31, 2011.\n\n"
)
IMCLONE_HEAD = (
    "NEW YORK, Nov. 4, 2004 /PRNewswire-FirstCall/ -- ImClone Systems Incorporated (Nasdaq: IMCL) today "
    "reported financial results for the third quarter ended September 30, 2004.\n\n"
)


def _facts(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


# ---------------------------------------------------------------------------------------------------------
# 1. The three releases read whole.


def test_immunogen_fiscal_2013_fourth_quarter_html() -> None:
    facts = _facts(IMMUNOGEN)
    assert _stages(facts) == {
        ("amg-172", "PhaseI", None),
        ("amg-595", "PhaseI", None),
        ("bay-94-9343", "PhaseI", "ovarian-cancer"),
        ("bay-94-9343", "PhaseI", "solid-tumors"),
        ("coltuximab-ravtansine", "PhaseII", None),
        ("imgn289", "PhaseI", "head-and-neck-squamous-cell-carcinoma"),
        ("imgn289", "PhaseI", "non-small-cell-lung-cancer"),
        ("imgn289", "PhaseI", "solid-tumors"),
        ("isatuximab", "PhaseI", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma"),
        ("mirvetuximab-soravtansine", "PhaseI", "non-small-cell-lung-cancer"),
        ("mirvetuximab-soravtansine", "PhaseI", "ovarian-cancer"),
        ("mirvetuximab-soravtansine", "PhaseI", "solid-tumors"),
        ("naratuximab-emtansine", "PhaseI", "non-hodgkin-lymphoma"),
        ("trastuzumab-emtansine", "Approved", "her2-positive-breast-cancer"),
        ("trastuzumab-emtansine", "PhaseIII", "breast-cancer"),
        ("trastuzumab-emtansine", "PhaseIII", "her2-positive-breast-cancer"),
        ("trastuzumab-emtansine", "PhaseII_III", "gastric-cancer"),
        ("trastuzumab-emtansine", "Registration", None),
    }
    assert "planned, not current, stage (PhaseII) for mirvetuximab-soravtansine" in _skips(facts)
    assert _edges(facts, "targets") == {
        ("amg-172", "cd27l"),
        ("amg-595", "egfrviii"),
        ("bay-94-9343", "mesothelin"),
        ("coltuximab-ravtansine", "cd19"),
        ("imgn289", "egfr"),
        ("isatuximab", "cd38"),
        ("lorvotuzumab-mertansine", "cd56"),
        ("mirvetuximab-soravtansine", "folr1"),
        ("naratuximab-emtansine", "cd37"),
        ("trastuzumab-emtansine", "her2"),
    }
    assert ("mirvetuximab-soravtansine", "dm4") in _edges(facts, "payload")
    assert {p for _, p in _edges(facts, "partner")} == {
        "eli-lilly",
        "genentech",
        "novartis",
        "roche",
        "sanofi-aventis",
    }


def test_imclone_2004_third_quarter() -> None:
    facts = _facts(IMCLONE)
    assert _stages(facts) == {
        ("cetuximab", "Approved", "colorectal-cancer"),
        ("cetuximab", "Approved", None),
        ("cetuximab", "PhaseII", "colorectal-cancer"),
        ("cetuximab", "PhaseIII", "non-small-cell-lung-cancer"),
        ("cetuximab", "PhaseIII", "pancreatic-cancer"),
        ("imc-1121b", "PhaseI", "solid-tumors"),
        ("imc-11f8", "Preclinical", None),
    }
    # The sBLA in head and neck cancer is planned, and IMC-A12's Phase I trial is to begin in 2005.
    assert "planned, not current, stage (PhaseIII) for cetuximab" in _skips(facts)
    assert "planned, not current, stage (PhaseI) for imc-a12" in _skips(facts)
    assert _edges(facts, "partner") == {
        ("imclone-systems", "bristol-myers-squibb"),
        ("imclone-systems", "merck-kgaa"),
    }
    assert _edges(facts, "targets") == {("cetuximab", "egfr"), ("imc-11f8", "egfr")}


def test_infinity_2011_first_quarter_with_objectives() -> None:
    facts = _facts(INFINITY)
    assert _stages(facts) == {
        ("ipi-145", "PhaseI", None),
        ("ipi-926", "PhaseII", "pancreatic-cancer"),
        ("ipi-926", "PhaseII", None),
    }
    assert "a trial's results reported, not a current stage (PhaseI) for ipi-940" in _skips(facts)
    assert {p for _, p in _edges(facts, "partner")} == {"intellikine", "mundipharma-international"}


# ---------------------------------------------------------------------------------------------------------
# 2. An objective printed as a bare verb of starting a trial is a plan, not a current stage.


def test_objectives_printed_as_bare_verbs_are_plans() -> None:
    facts = _facts(INFINITY)
    assert ("ipi-926", "PhaseIII", None) not in _stages(facts)
    assert ("ipi-145", "PhaseI", "hematological-malignancies") not in _stages(facts)
    assert "planned, not current, stage (PhaseIII) for ipi-926" in _skips(facts)
    assert "planned, not current, stage (PhaseII) for ipi-926" in _skips(facts)


def test_an_objective_list_item_with_a_dash_is_a_plan() -> None:
    text = INFINITY_HEAD + (
        "Key objectives for 2012:\n\n- Advance IPI-145 into a Phase 2 trial in rheumatoid arthritis.\n"
    )
    facts = pipeline_facts("infinity.txt", text)
    assert not {row for row in _stages(facts) if row[0] == "ipi-145"}


def test_a_sentence_opening_with_the_start_of_a_trial_still_states_it() -> None:
    # "Start of" is a noun: the trial has started, and nothing is planned.
    text = (
        INFINITY_HEAD
        + "Start of the Phase 2 trial of IPI-926 in pancreatic cancer was announced in January.\n"
    )
    facts = pipeline_facts("infinity.txt", text)
    assert ("ipi-926", "PhaseII", "pancreatic-cancer") in _stages(facts)


# ---------------------------------------------------------------------------------------------------------
# 3. A stop in one disease leaves the compound's trials in other diseases going on.


def test_a_stop_in_one_disease_leaves_the_trial_in_another() -> None:
    facts = _facts(IMMUNOGEN)
    assert ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma") in _stages(facts)
    assert not {
        row for row in _stages(facts) if row[0] == "lorvotuzumab-mertansine" and row[2] != "multiple-myeloma"
    }


def test_a_stop_in_one_disease_gives_no_stage_in_that_disease_or_none_named() -> None:
    text = IMMUNOGEN_HEAD + (
        "IMGN901 is in a Phase II trial in small-cell lung cancer and in a Phase I trial. As IMGN901 did not "
        "improve survival, ImmunoGen has discontinued its development in small-cell lung cancer.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert not {row for row in _stages(facts) if row[0] == "lorvotuzumab-mertansine"}
    assert (
        "development stopped in small-cell-lung-cancer: no current stage (PhaseI) for lorvotuzumab-mertansine"
        in _skips(facts)
    )


def test_a_stop_in_one_disease_leaves_another_disease_of_the_paragraph() -> None:
    text = IMMUNOGEN_HEAD + (
        "As IMGN901 did not improve survival, ImmunoGen has discontinued its development in small-cell lung "
        "cancer. IMGN901 continues in a Phase I trial in multiple myeloma.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert {row for row in _stages(facts) if row[0] == "lorvotuzumab-mertansine"} == {
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma")
    }


def test_a_stop_of_the_whole_development_still_halts_the_paragraph() -> None:
    text = IMMUNOGEN_HEAD + (
        "IMGN901 continues in a Phase I trial in multiple myeloma. ImmunoGen has discontinued the "
        "development of IMGN901.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert not {row for row in _stages(facts) if row[0] == "lorvotuzumab-mertansine"}


def test_a_stop_in_a_list_of_diseases_halts_the_paragraph() -> None:
    text = IMMUNOGEN_HEAD + (
        "IMGN901 continues in a Phase I trial in multiple myeloma. As IMGN901 did not improve survival, "
        "ImmunoGen has discontinued its development in small-cell lung cancer and multiple myeloma.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert not {row for row in _stages(facts) if row[0] == "lorvotuzumab-mertansine"}


# ---------------------------------------------------------------------------------------------------------
# 4. A name ending in "Company" is a company's when the filing prints it without "Company" too.


def test_a_company_named_with_company_and_bare_elsewhere() -> None:
    facts = _facts(IMCLONE)
    assert _names(facts, "company")["bristol-myers-squibb"] == {"Bristol-Myers Squibb Company"}


def test_a_phrase_ending_in_company_printed_nowhere_bare_is_no_company() -> None:
    text = IMCLONE_HEAD + (
        "ERBITUX is marketed by ImClone Systems and Acme Widget Company, which co-promote the product under "
        "a 2001 agreement. The Company is a Development Stage Company.\n"
    )
    facts = pipeline_facts("imclone.txt", text)
    companies = _names(facts, "company")
    assert "acme-widget" not in companies
    assert not {key for key in companies if "development" in key or key == "the"}


# ---------------------------------------------------------------------------------------------------------
# 5. Targets: a protein's plain name before "-targeting", a variant numbered in Roman, a ligand's name.


def test_a_plain_protein_name_before_targeting_is_the_target() -> None:
    text = (
        IMMUNOGEN_HEAD + "Bayer is evaluating BAY 94-9343, a mesothelin-targeting ADC, in a Phase I trial.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert ("bay-94-9343", "mesothelin") in _edges(facts, "targets")


def test_an_english_word_before_targeting_is_no_target() -> None:
    text = IMMUNOGEN_HEAD + "IMGN853 is a tubulin-targeting ADC in a Phase I trial.\n"
    facts = pipeline_facts("immunogen.txt", text)
    assert not _edges(facts, "targets")


def test_a_description_with_its_own_relative_clause_names_the_target() -> None:
    facts = _facts(IMMUNOGEN)
    assert ("amg-595", "egfrviii") in _edges(facts, "targets")
    assert ("amg-172", "cd27l") in _edges(facts, "targets")
    assert ("amg-595", "PhaseI", None) in _stages(facts)
