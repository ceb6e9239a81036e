"""The pipeline extractor on three releases of review R21 (ImmunoGen fiscal 2009 Q1, Seattle Genetics 2009 Q1
in HTML, Array BioPharma fiscal 2009 Q2 with OCR damage) that made it state wrong facts or miss stated ones.

Wrong facts: another company's partner taken for the filer's ("InterMune and its partner Roche", the bare
"InterMune" read as no company); a stage and a disease of a clause with an actor of its own taken for the
compound named before it (", and Progenics is evaluating PSMA ADC in a phase I trial in prostate cancer",
neither Progenics nor its product known to any list); a partner taken from a sentence whose only deal words
are the filer's own statement after it ("Genentech completed enrollment …, and we signed a new license with
Bayer Schering Pharma AG"); a headline's "Trastuzumab-DM1" giving a second antibody literal "Trastuzumab"; a
code OCR printed with a letter for a digit ("ARRY-52O") read as a new compound beside ARRY-520; a stopped
trial ("AstraZeneca stopped a Phase 2 trial of AZD6244") read as a current stage; the disease of a stopped
trial ("discontinued a phase II trial of dacetuzumab in multiple myeloma") read as an indication.
Misses: the disease after "patients aged 60 or older with"; the disease after a gene marker ("in KRAS-mutant
non-small cell lung cancer").
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
from kg.model import Relation

REVIEWED = Path(__file__).parent / "reviewed_releases"
IMMUNOGEN = "r21b_immunogen_fy2009_q1.txt"
SGEN = "r21b_sgen_2009q1.htm"
ARRAY = "r21b_array_fy2009q2_ocr.txt"

SGEN_HEAD = (
    "BOTHELL, Wash.--(BUSINESS WIRE)--May 7, 2009--Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
    "financial results for the first quarter ended March 31, 2009.\n\n"
)
ARRAY_HEAD = (
    "BOULDER, Colo., Feb. 3, 2009 /PRNewswire-FirstCall/ -- Array BioPharma Inc. (Nasdaq: ARRY) today "
    "reported results for its second quarter of fiscal 2009 ended December 31, 2008.\n\n"
)
IMMUNOGEN_HEAD = (
    "WALTHAM, Mass.--(BUSINESS WIRE)--Oct. 30, 2008--ImmunoGen, Inc. (Nasdaq: IMGN) today announced "
    "financial results for the three months ended September 30, 2008.\n\n"
)


def _facts(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


# ---------------------------------------------------------------------------------------------------------
# 1. The three releases read whole: every stage, indication, partner and target stated.


def test_immunogen_fiscal_2009_first_quarter() -> None:
    facts = _facts(IMMUNOGEN)
    assert _stages(facts) == {
        ("ave1642", "PhaseI", "multiple-myeloma"),
        ("ave1642", "PhaseI", "solid-tumors"),
        ("cantuzumab-ravtansine", "PhaseII", "gastric-cancer"),
        ("coltuximab-ravtansine", "PhaseI", "non-hodgkin-lymphoma"),
        ("coltuximab-ravtansine", "PhaseI", None),
        ("imgn388", "PhaseI", "solid-tumors"),
        ("indatuximab-ravtansine", "PhaseI", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "PhaseI", "merkel-cell-carcinoma"),
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "PhaseI", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "PhaseI", "solid-tumors"),
        ("trastuzumab-emtansine", "PhaseII", "her2-positive-breast-cancer"),
        ("trastuzumab-emtansine", "PhaseII", None),
    }
    assert "development stopped or past: no current stage (PhaseI) for ave9633" in _skips(facts)
    assert "planned, not current, stage (PhaseIII) for trastuzumab-emtansine" in _skips(facts)
    assert _edges(facts, "targets") == {
        ("ave1642", "igf-1r"),
        ("ave9633", "cd33"),
        ("cantuzumab-ravtansine", "canag"),
        ("coltuximab-ravtansine", "cd19"),
        ("indatuximab-ravtansine", "cd138"),
        ("lorvotuzumab-mertansine", "cd56"),
        ("trastuzumab-emtansine", "her2"),
    }
    assert {p for _, p in _edges(facts, "partner")} == {
        "amgen",
        "bayer-schering-pharma",
        "biogen-idec",
        "biotest",
        "centocor",
        "genentech",
        "sanofi-aventis",
    }
    assert ("centocor", "johnson-johnson") in _edges(facts, "subsidiaryOf")


def test_seattle_genetics_2009_first_quarter_html() -> None:
    facts = _facts(SGEN)
    assert _stages(facts) == {
        ("asg-5me", "Preclinical", "pancreatic-cancer"),
        ("asg-5me", "Preclinical", "prostate-cancer"),
        ("brentuximab-vedotin", "PhaseII", "non-hodgkin-lymphoma"),
        ("brentuximab-vedotin", "PhaseII", None),
        ("cr011-vcmmae", "PhaseII", None),
        ("dacetuzumab", "PhaseII", None),
        ("lintuzumab", "PhaseI", None),
        ("lintuzumab", "PhaseII", "acute-myeloid-leukemia"),
        ("sgn-70", "PhaseI", None),
    }
    assert _edges(facts, "targets") == {
        ("brentuximab-vedotin", "cd30"),
        ("dacetuzumab", "cd40"),
        ("lintuzumab", "cd33"),
        ("sgn-70", "cd70"),
        ("sgn-75", "cd70"),
    }
    assert ("sgn-75", "mmaf") in _edges(facts, "payload")
    assert ("brentuximab-vedotin", "mmae") in _edges(facts, "payload")


def test_array_fiscal_2009_second_quarter_ocr() -> None:
    facts = _facts(ARRAY)
    assert _stages(facts) == {
        ("arry-162", "PhaseI", None),
        ("arry-162", "PhaseII", None),
        ("arry-380", "Preclinical", None),
        ("arry-403", "PhaseI", None),
        ("arry-520", "PhaseI", "solid-tumors"),
        ("arry-520", "PhaseI_II", "acute-myeloid-leukemia"),
        ("arry-543", "PhaseI", "solid-tumors"),
        ("arry-614", "PhaseI", None),
        ("arry-797", "PhaseII", None),
        ("azd6244", "PhaseII", "non-small-cell-lung-cancer"),
        ("danoprevir", "PhaseII", None),
    }
    assert {p for _, p in _edges(facts, "partner")} == {
        "astrazeneca",
        "celgene",
        "eli-lilly",
        "genentech",
        "intermune",
    }


# ---------------------------------------------------------------------------------------------------------
# 2. Another company's partner, named in apposition after "its", is no partner of the filer.


def test_the_partner_of_a_company_no_list_knows_is_not_the_filers() -> None:
    facts = _facts(ARRAY)
    assert ("array-biopharma", "roche") not in _edges(facts, "partner")
    assert "'Roche' is a party of another company's deal, not of the filer's" in _skips(facts)


def test_the_filers_partner_named_after_its_own_its_stays() -> None:
    text = IMMUNOGEN_HEAD + (
        "ImmunoGen and its partner Genentech are developing trastuzumab-DM1 for HER2-positive breast cancer.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert ("immunogen", "genentech") in _edges(facts, "partner")


def test_the_company_and_its_partner_is_the_filers_partner() -> None:
    text = IMMUNOGEN_HEAD + (
        "The Company and its partner Genentech are developing trastuzumab-DM1 for HER2-positive breast cancer.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert ("immunogen", "genentech") in _edges(facts, "partner")


def test_a_known_companys_partner_after_its_is_not_the_filers() -> None:
    text = IMMUNOGEN_HEAD + (
        "Under its license, Biogen Idec and its partner Elan Corporation began a Phase I trial of BIIB015.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert "elan" not in {p for _, p in _edges(facts, "partner")}
    assert "'Elan Corporation' is a party of another company's deal, not of the filer's" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# 3. A clause with a named actor of its own, no compound of the sentence: its stage and disease are another's.


def test_a_clause_of_another_named_actor_gives_no_stage_or_disease() -> None:
    facts = _facts(SGEN)
    assert ("cr011-vcmmae", "PhaseI", "prostate-cancer") not in _stages(facts)
    assert ("cr011-vcmmae", "prostate-cancer") not in _edges(facts, "indication")
    assert (
        "disease prostate-cancer named in a clause of another actor: no indication for cr011-vcmmae"
        in _skips(facts)
    )


def test_a_later_clause_of_the_filer_goes_on_about_the_compound() -> None:
    # The filer by its bare name as the actor of the later clause: still the compound's plan and disease.
    text = ARRAY_HEAD + (
        "ARRY-380 is in IND-enabling studies, and Array expects to begin a Phase 1 trial in patients with\n"
        "HER2-positive breast cancer in 2009.\n"
    )
    facts = pipeline_facts("array.txt", text)
    assert ("arry-380", "her2-positive-breast-cancer") in _edges(facts, "indication")
    assert "planned, not current, stage (PhaseI) for arry-380" in _skips(facts)


def test_a_later_clause_of_a_phase_word_is_no_actor() -> None:
    text = SGEN_HEAD + (
        "SGN-70 entered a phase I trial in 2008, and Phase I enrollment is ongoing in patients with\n"
        "multiple myeloma.\n"
    )
    facts = pipeline_facts("sgen.txt", text)
    assert ("sgn-70", "multiple-myeloma") in _edges(facts, "indication")


# ---------------------------------------------------------------------------------------------------------
# 4. The filer's own statement of a deal after ", and we" makes no partner of a company named before it.


def test_a_company_before_the_filers_own_deal_statement_is_no_partner_by_it() -> None:
    facts = _facts(IMMUNOGEN)
    lines = {
        f.evidence.line
        for f in facts
        if isinstance(f, Relation) and f.predicate == "partner" and getattr(f.obj, "key", "") == "genentech"
    }
    assert 9 not in lines  # "Genentech completed enrollment …, and we signed a new license with Bayer …"
    assert 16 in lines  # "Genentech, Inc. has exclusive worldwide rights to use our … TAP technology"


def test_a_company_named_with_the_deal_after_we_stays_a_partner() -> None:
    text = IMMUNOGEN_HEAD + (
        "Biotest began a Phase I trial of BT-062 in multiple myeloma, and we signed a new license with\n"
        "Biotest AG for a second target.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert ("immunogen", "biotest") in _edges(facts, "partner")


# ---------------------------------------------------------------------------------------------------------
# 5. A conjugate's antibody printed capitalised by a headline is the INN in its own lower case.


def test_a_headline_capital_gives_no_second_antibody_literal() -> None:
    facts = _facts(IMMUNOGEN)
    assert {a for c, a in _edges(facts, "antibody") if c == "trastuzumab-emtansine"} == {"trastuzumab"}
    assert ("lorvotuzumab-mertansine", "huN901") in _edges(facts, "antibody")  # no INN: printed as is


# ---------------------------------------------------------------------------------------------------------
# 6. A new code misprinted with a letter for a digit of its number is the code printed cleanly elsewhere.


def test_a_code_misprinted_beside_its_clean_spelling_is_one_compound() -> None:
    facts = _facts(ARRAY)
    names = _names(facts, "compound")
    assert "arry-52o" not in names
    assert "ARRY-52O" in names["arry-520"]
    assert ("arry-520", "PhaseI_II", "acute-myeloid-leukemia") in _stages(facts)


def test_a_misprinted_code_alone_stays_as_printed() -> None:
    text = ARRAY_HEAD + "ARRY-52O, a KSP inhibitor, is in a Phase 1 trial in patients with solid tumors.\n"
    facts = pipeline_facts("array.txt", text)
    assert "arry-52o" in _names(facts, "compound")


def test_codes_differing_in_their_letters_are_not_merged() -> None:
    # "ARRY-5I0" is no misprint of "ARRY-510": a letter before the number's first digit is the code's own.
    text = ARRAY_HEAD + (
        "ARRY-520 is in a Phase 1 trial in patients with solid tumors. ABRY-520 is in a Phase 1 trial in\n"
        "patients with solid tumors.\n"
    )
    facts = pipeline_facts("array.txt", text)
    assert {"arry-520", "abry-520"} <= set(_names(facts, "compound"))


# ---------------------------------------------------------------------------------------------------------
# 7. A stopped trial is no current stage, and its disease no indication.


def test_a_stopped_phase_2_trial_is_no_current_stage() -> None:
    facts = _facts(ARRAY)
    assert "development stopped or past: no current stage (PhaseII) for azd6244" in _skips(facts)
    assert ("azd6244", "PhaseII", None) not in _stages(facts)


def test_the_disease_of_a_discontinued_trial_is_no_indication() -> None:
    facts = _facts(SGEN)
    assert ("dacetuzumab", "multiple-myeloma") not in _edges(facts, "indication")
    assert (
        "disease multiple-myeloma named in a clause of a stopped trial or development: no indication"
        in _skips(facts)
    )


def test_a_trial_going_on_in_the_next_sentence_keeps_its_disease() -> None:
    text = IMMUNOGEN_HEAD + (
        "Lorvotuzumab mertansine - In February 2013, ImmunoGen discontinued the Phase II NORTH trial in\n"
        "small-cell lung cancer. The Phase I trial in multiple myeloma continues.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    compound_edges = {(c, d) for c, d in _edges(facts, "indication") if c == "lorvotuzumab-mertansine"}
    assert compound_edges == {("lorvotuzumab-mertansine", "multiple-myeloma")}
    assert ("north", "small-cell-lung-cancer") in _edges(facts, "indication")  # the trial's own disease
    assert _stages(facts) == {("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma")}


# ---------------------------------------------------------------------------------------------------------
# 8. Diseases after the patients' age and after a gene marker of the tumour.


def test_the_disease_after_the_patients_age() -> None:
    facts = _facts(SGEN)
    assert ("lintuzumab", "PhaseII", "acute-myeloid-leukemia") in _stages(facts)
    assert ("lintuzumab", "acute-myeloid-leukemia") in _edges(facts, "indication")


def test_the_disease_after_a_gene_marker() -> None:
    facts = _facts(ARRAY)
    assert ("azd6244", "non-small-cell-lung-cancer") in _edges(facts, "indication")
    assert ("docetaxel", "non-small-cell-lung-cancer") not in _edges(facts, "indication")


def test_a_drug_the_patients_were_treated_with_is_no_disease_cue() -> None:
    text = SGEN_HEAD + (
        "SGN-35 is in a phase II trial in patients 18 years or older with Hodgkin lymphoma previously\n"
        "treated with chemotherapy.\n"
    )
    facts = pipeline_facts("sgen.txt", text)
    assert _edges(facts, "indication") == set()  # Hodgkin lymphoma is no reference disease
