"""The pipeline extractor on sentences of reviews R18-R20 (releases of ImmunoGen, Allos and Cell Genesys)
that made it state wrong stages or miss stages and targets.

Each test runs the real code on a release text and checks the exact facts now stated. Wrong facts: a
trial's comparator took the trial's stage and disease when the drug tested was a name no list knows
("comparing pralatrexate to erlotinib", "comparing GVAX immunotherapy … to Taxotere(R) (docetaxel)"); a
headline's plan ("Phase I/II Trial of IMGN901 in SCLC to Begin in 2010") was read as a current stage;
the trial an approval "was based on", named after those words, was read as a current stage.
Misses: a therapy the patients had before ("who have previously received trastuzumab") counted as a
second subject and cost an approval its compound; a stage stated in a compound's own phrase after a
relative clause ("AMG 595, which targets EGFRvIII, in a Phase I trial"); a receptor's name after "anti-"
("an anti-IGF-1R antibody"); targets in the descriptions of listed compounds ("SAR3419, a CD19-targeting
ADC", "SAR566658, which targets CA6"); a stage before ", and we remain on track to …" and one stated with
"continued to advance".

Section 7: an adversarial review of those rules. Wrong facts: a clause after a prior therapy read as more
of its list (", and IMGN529 is in a Phase I trial"); "following treatment with X" read as a therapy
before; a drug "tested against", or after "than with", or after "studied with", or ending a list of
bracketed names, given the stage of the phrase after it; plans after "we remain committed to", "work
toward", "continued to advance … toward / into"; targets of combination partners, prior therapies, other
drugs' relative clauses and lists "respectively". Losses: a trial's infinitive after a verb of its own
progress ("met its criteria to start"), the drug of the arm compared first ("treatment with X"), the drug
added to a backbone given alone, a trial named after the one an approval was based on.
"""

from __future__ import annotations

from conftest import mention_names as _names
from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages
from review18_heads import ALLOS_HEAD, CELL_GENESYS_HEAD

IMMUNOGEN_HEAD = (
    "WALTHAM, Mass.--(BUSINESS WIRE)--Apr. 26, 2013-- ImmunoGen, Inc. (Nasdaq: IMGN) today reported "
    "financial results for the three months ended March 31, 2013.\n\n"
)


# ---------------------------------------------------------------------------------------------------------
# 1. A trial's comparator takes neither its stage nor its disease, whatever drug the trial tests.


def test_a_comparator_after_a_drug_no_list_knows_takes_no_stage() -> None:
    text = ALLOS_HEAD + (
        "The Company completed enrollment in its randomized Phase 2b trial comparing Onvarix vaccine\n"
        "to erlotinib in patients with advanced non-small cell lung cancer (NSCLC).\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert set(_names(facts, "compound")) == {"erlotinib"}  # the drug tested is read as no compound
    assert _stages(facts) == set()
    assert _edges(facts, "indication") == set()
    assert "development stage stated without one compound to attach it to" in _skips(facts)


def test_the_drug_compared_first_takes_the_stage() -> None:
    text = ALLOS_HEAD + (
        "The Company completed enrollment in its randomized Phase 2b trial comparing XYZ-101\n"
        "to erlotinib in patients with advanced non-small cell lung cancer (NSCLC).\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _stages(facts) == {("xyz-101", "PhaseII", "non-small-cell-lung-cancer")}
    assert _edges(facts, "indication") == {("xyz-101", "non-small-cell-lung-cancer")}


def test_a_comparator_and_its_bracketed_generic_name_take_no_stage() -> None:
    text = CELL_GENESYS_HEAD + (
        "Cell Genesys continued enrollment in VITAL-1, a Phase 3 clinical trial comparing GVAX\n"
        "immunotherapy for prostate cancer to Taxotere(R) (docetaxel) chemotherapy plus prednisone\n"
        "in approximately 600 patients with metastatic hormone-refractory prostate cancer.\n"
    )
    facts = pipeline_facts("cellgenesys.txt", text)
    assert "docetaxel" in _names(facts, "compound")
    assert not {row for row in _stages(facts) if row[0] == "docetaxel"}
    assert not {edge for edge in _edges(facts, "indication") if edge[0] == "docetaxel"}


def test_a_drug_named_as_the_comparator_takes_no_stage() -> None:
    text = ALLOS_HEAD + (
        "Allos began a Phase 3 trial of PDX-101 in patients with relapsed lymphoma.\n\n"
        "The Company began a randomized Phase 2 trial in bladder cancer with docetaxel as the comparator.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _stages(facts) == {("pdx-101", "PhaseIII", None)}
    assert ("docetaxel", "bladder-cancer") not in _edges(facts, "indication")


def test_the_compound_compared_with_a_standard_treatment_keeps_its_stage() -> None:
    # What is compared first is placebo, no drug tested: the compound named second is the trial's.
    text = ALLOS_HEAD + (
        "Allos began a randomized Phase 3 trial comparing placebo with PDX-101 in patients with "
        "relapsed multiple myeloma.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _stages(facts) == {("pdx-101", "PhaseIII", "multiple-myeloma")}


# ---------------------------------------------------------------------------------------------------------
# 2. A headline's infinitive after a trial is a plan; the trial an approval was based on is finished.


def test_a_headline_trial_to_begin_is_no_current_stage() -> None:
    text = (
        "ImmunoGen, Inc. Reports Fiscal Year 2010 Financial Results\n"
        "- Phase I/II Trial of IMGN901 in SCLC to Begin in 2010 -\n\n"
        "WALTHAM, Mass.--(BUSINESS WIRE)--Aug. 6, 2010-- ImmunoGen, Inc. (Nasdaq: IMGN) today announced\n"
        "financial results for the fiscal year ended June 30, 2010.\n\n"
        "IMGN901 (lorvotuzumab mertansine) - in clinical testing for CD56-positive solid tumors.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseI_II) for lorvotuzumab-mertansine" in _skips(facts)


def test_a_trial_that_continues_to_open_sites_is_current() -> None:
    text = (
        IMMUNOGEN_HEAD + "The Phase II trial of IMGN901 in Merkel cell carcinoma continues to open sites.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == {("lorvotuzumab-mertansine", "PhaseII", "merkel-cell-carcinoma")}


def test_the_trial_an_approval_was_based_on_named_after_it_is_no_current_stage() -> None:
    text = ALLOS_HEAD + (
        "On September 24, 2009, the FDA granted accelerated approval of XYZ-101 for the treatment of "
        "patients with relapsed multiple myeloma. The approval was based on the results of PROPEL, the "
        "pivotal Phase 2 trial of XYZ-101 in 115 patients with relapsed multiple myeloma.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _stages(facts) == {("xyz-101", "Approved", "multiple-myeloma")}
    assert "the trial an approval was based on, not a current stage (PhaseII) for xyz-101" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# 3. A therapy the patients had before is no subject of the sentence.


def test_an_approval_for_patients_previously_treated_with_another_drug() -> None:
    text = IMMUNOGEN_HEAD + (
        "On February 22, 2013, the U.S. Food and Drug Administration approved Kadcyla, also known as T-DM1, "
        "for the treatment of patients with HER2-positive metastatic breast cancer (MBC) who have "
        "previously received trastuzumab and a taxane.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == {("trastuzumab-emtansine", "Approved", "her2-positive-breast-cancer")}
    assert _edges(facts, "indication") == {("trastuzumab-emtansine", "her2-positive-breast-cancer")}


def test_a_trial_in_patients_refractory_to_another_drug() -> None:
    text = IMMUNOGEN_HEAD + (
        "IMGN529 is in a Phase I trial in patients with non-Hodgkin's lymphoma refractory to rituximab.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == {("naratuximab-emtansine", "PhaseI", "non-hodgkin-lymphoma")}


def test_a_trial_in_patients_refractory_to_a_drug_is_the_headings_compound() -> None:
    text = IMMUNOGEN_HEAD + (
        "IMGN529\n\n"
        "A Phase I trial in patients with non-Hodgkin's lymphoma refractory to rituximab began in March.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == {("naratuximab-emtansine", "PhaseI", "non-hodgkin-lymphoma")}
    assert ("rituximab", "non-hodgkin-lymphoma") not in _edges(facts, "indication")


def test_a_stage_in_a_compounds_own_phrase_after_its_relative_clause() -> None:
    text = IMMUNOGEN_HEAD + (
        "Amgen is assessing AMG 172 in a Phase I trial in renal cell carcinoma and AMG 595, which targets "
        "EGFRvIII, in a Phase I trial in glioblastoma.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert {(compound, phase) for compound, phase, _ in _stages(facts)} == {
        ("amg-172", "PhaseI"),
        ("amg-595", "PhaseI"),
    }


def test_a_stage_after_a_list_of_compounds_is_no_ones() -> None:
    text = IMMUNOGEN_HEAD + "Amgen is assessing AMG 172 and AMG 595 in a Phase I trial in glioblastoma.\n"
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == set()
    assert "development stage stated without one compound to attach it to" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# 4-5. Targets: a receptor's name after "anti-", and each listed compound's own description.


def test_a_reference_receptor_after_anti_is_a_target() -> None:
    text = (
        "IMMUNOGEN, INC. REPORTS THIRD QUARTER FISCAL YEAR 2006 RESULTS\n\n"
        "CAMBRIDGE, Mass. -- April 27, 2006 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial "
        "results for the three months ended March 31, 2006.\n\n"
        "AVE1642 - AVE1642 is an anti-IGF-1R antibody created by ImmunoGen and licensed to sanofi-aventis. "
        "sanofi-aventis expects to begin clinical testing of AVE1642 in calendar 2006.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "targets") == {("ave1642", "igf-1r")}


def test_a_receptor_shaped_name_no_list_knows_is_no_target() -> None:
    text = IMMUNOGEN_HEAD + "IMGN777 is an anti-ZZQ-2R antibody in preclinical development.\n"
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "targets") == set()


def test_targets_in_the_descriptions_of_listed_compounds() -> None:
    text = IMMUNOGEN_HEAD + (
        "Sanofi is evaluating SAR3419, a CD19-targeting ADC, in Phase II trials in diffuse large B-cell "
        "lymphoma (DLBCL) and acute lymphoblastic leukemia (ALL); SAR566658, which targets CA6, in a Phase I "
        "trial in solid tumors; and SAR650984, an anti-CD38 naked antibody created by ImmunoGen, in a Phase I "
        "trial in multiple myeloma.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "targets") == {
        ("coltuximab-ravtansine", "cd19"),
        ("sar566658", "ca6"),
        ("isatuximab", "cd38"),
    }
    assert not [r for r in _skips(facts) if r.startswith("target")]


def test_a_patient_marker_in_a_sentence_of_several_compounds_stays_unattached() -> None:
    text = IMMUNOGEN_HEAD + (
        "Sanofi is evaluating SAR3419 and SAR650984 in Phase I trials in CD38-positive multiple myeloma.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "targets") == set()
    assert "target 'CD38' selects patients in a sentence of several compounds: whose it is is unclear" in (
        _skips(facts)
    )


# ---------------------------------------------------------------------------------------------------------
# 6. A plan in a clause of its own, and a move going on, are no plans of the stage.


def test_a_plan_after_we_remain_does_not_reach_the_stage_before_it() -> None:
    text = (
        "WALTHAM, Mass.--(BUSINESS WIRE)--Apr. 27, 2012-- ImmunoGen, Inc. (Nasdaq: IMGN) today reported "
        "results.\n\n"
        '"Our pipeline advanced during the quarter: IMGN529 entered the clinic in February, and we remain on '
        'track to begin clinical testing of IMGN853 in mid-2012," said Daniel M. Junius, President and Chief '
        "Executive Officer.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == {("naratuximab-emtansine", "PhaseI", None)}
    assert not [r for r in _skips(facts) if r.startswith("planned")]


def test_continued_to_advance_is_a_move_going_on() -> None:
    text = (
        "CAMBRIDGE, Mass., January 29, 2007 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        '"We began our Phase II trial of IMGN242 in gastric cancer, our partner Genentech continued to advance '
        'trastuzumab-DM1 in its Phase I trial, and Biotest moved BT-062 toward the clinic," said Mitchel '
        "Sayare, Ph.D., Chairman and Chief Executive Officer.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == {
        ("cantuzumab-ravtansine", "PhaseII", "gastric-cancer"),
        ("trastuzumab-emtansine", "PhaseI", None),
    }


def test_expects_to_advance_is_still_a_plan() -> None:
    text = IMMUNOGEN_HEAD + "Genentech expects to advance trastuzumab-DM1 into a Phase II trial in 2008.\n"
    facts = pipeline_facts("immunogen.txt", text)
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseII) for trastuzumab-emtansine" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# 7. Adversarial review of the rules above: wrong facts they made and readings they lost.

ALLOS_YEAR_HEAD = (
    "Allos Therapeutics Reports Fourth Quarter and Year-End 2009 Financial Results\n\n" + ALLOS_HEAD
)
IMMUNOGEN_2012_HEAD = (
    "ImmunoGen, Inc. Reports Fiscal Year 2012 Third Quarter Financial Results\n\n"
    "WALTHAM, Mass.--(BUSINESS WIRE)--Apr. 27, 2012-- ImmunoGen, Inc. (Nasdaq: IMGN) today reported\n"
    "financial results for the three months ended March 31, 2012.\n\n"
)


def _immunogen(sentences: str) -> list[object]:
    return pipeline_facts("immunogen.txt", IMMUNOGEN_2012_HEAD + sentences)


def _allos(sentences: str) -> list[object]:
    return pipeline_facts("allos.txt", ALLOS_YEAR_HEAD + sentences)


def test_a_prior_therapy_list_ends_before_a_clause_of_its_own() -> None:
    facts = _immunogen(
        "Biotest is evaluating BT-062 in a Phase I trial in patients who relapsed after lenalidomide or\n"
        "bortezomib, and IMGN529 is in a Phase I trial in non-Hodgkin's lymphoma.\n"
    )
    assert _stages(facts) == {
        ("indatuximab-ravtansine", "PhaseI", None),
        ("naratuximab-emtansine", "PhaseI", None),
    }


def test_a_compound_after_a_prior_therapy_and_a_comma_heads_its_own_phrase() -> None:
    facts = _immunogen(
        "Sanofi is testing SAR3419 in a Phase II trial in patients refractory to rituximab, and\n"
        "SAR650984 in a Phase I trial in multiple myeloma.\n"
    )
    assert _stages(facts) == {("coltuximab-ravtansine", "PhaseII", None), ("isatuximab", "PhaseI", None)}


def test_a_list_of_prior_therapies_closed_by_a_name_no_list_knows() -> None:
    facts = _immunogen(
        "BT-062 is in a Phase I trial in patients with multiple myeloma who relapsed after lenalidomide, "
        "bortezomib, and thalidomide.\n"
    )
    assert _stages(facts) == {("indatuximab-ravtansine", "PhaseI", "multiple-myeloma")}


def test_after_treatment_with_a_compound_is_its_own_treatment() -> None:
    facts = _immunogen(
        "IMGN529\n\n"
        "IMGN529 entered a Phase I trial in non-Hodgkin's lymphoma in February. In the Phase I trial in\n"
        "ovarian cancer, partial responses were seen following treatment with IMGN853.\n"
    )
    assert _stages(facts) == {
        ("naratuximab-emtansine", "PhaseI", "non-hodgkin-lymphoma"),
        ("mirvetuximab-soravtansine", "PhaseI", "ovarian-cancer"),
    }
    facts = _immunogen(
        "Tumor regressions were observed after treatment with IMGN853 in the Phase I trial in patients\n"
        "with ovarian cancer.\n"
    )
    assert _stages(facts) == {("mirvetuximab-soravtansine", "PhaseI", "ovarian-cancer")}


def test_after_prior_treatment_with_a_drug_is_a_prior_therapy() -> None:
    facts = _immunogen(
        "IMGN529 is in a Phase I trial in patients with non-Hodgkin's lymphoma who relapsed following prior "
        "treatment with rituximab.\n"
    )
    assert _stages(facts) == {("naratuximab-emtansine", "PhaseI", "non-hodgkin-lymphoma")}


def test_a_drug_tested_against_takes_no_stage() -> None:
    facts = _allos(
        "XYZ-101 is being tested against docetaxel in a Phase 3 trial in patients with advanced\n"
        "non-small cell lung cancer.\n"
    )
    assert _stages(facts) == {("xyz-101", "PhaseIII", "non-small-cell-lung-cancer")}


def test_the_drug_after_than_with_takes_no_stage() -> None:
    facts = _immunogen(
        "Response rates were higher with trastuzumab emtansine than with lapatinib in a Phase III trial\n"
        "in HER2-positive metastatic breast cancer.\n"
    )
    assert _stages(facts) == {("trastuzumab-emtansine", "PhaseIII", "her2-positive-breast-cancer")}


def test_a_stage_after_the_object_of_a_preposition_is_not_its() -> None:
    facts = _immunogen(
        "The FDA granted orphan drug designation to XYZ-101, which is being studied with ABC-202 in a\n"
        "Phase II trial in ovarian cancer.\n"
    )
    assert _stages(facts) == set()
    assert "development stage stated without one compound to attach it to" in _skips(facts)


def test_a_stage_after_a_list_of_names_with_brackets_is_no_ones() -> None:
    facts = _immunogen("Sanofi is testing SAR3419 (huB4-DM4) and SAR650984 (anti-CD38) in Phase I trials.\n")
    assert _stages(facts) == set()


def test_a_list_item_heads_its_own_phrase_after_a_verbs_object() -> None:
    facts = _immunogen(
        "Sanofi is evaluating SAR3419 in a Phase II trial in diffuse large B-cell lymphoma and SAR650984, "
        "which targets CD38, in a Phase I trial in multiple myeloma.\n"
    )
    assert _stages(facts) == {("coltuximab-ravtansine", "PhaseII", None), ("isatuximab", "PhaseI", None)}


def test_we_remain_committed_to_a_trial_is_a_plan() -> None:
    facts = _immunogen(
        "We plan to submit the IND for IMGN853 in mid-2012, and we remain committed to a Phase I trial\n"
        "of IMGN853 in ovarian cancer by the end of the year.\n"
    )
    assert _stages(facts) == {("mirvetuximab-soravtansine", "Preclinical", None)}
    assert "planned, not current, stage (PhaseI) for mirvetuximab-soravtansine" in _skips(facts)


def test_we_continue_to_work_toward_a_trial_is_a_plan() -> None:
    facts = _immunogen(
        "We intend to file the IND for IMGN853 this summer, and we continue to work toward a Phase I\n"
        "trial of IMGN853 in ovarian cancer by year-end.\n"
    )
    assert _stages(facts) == {("mirvetuximab-soravtansine", "Preclinical", None)}
    assert "planned, not current, stage (PhaseI) for mirvetuximab-soravtansine" in _skips(facts)


def test_a_company_committed_to_developing_therapies_plans_no_stage() -> None:
    facts = _immunogen(
        "ImmunoGen is a company committed to developing targeted anticancer therapeutics, and IMGN901 is in "
        "a Phase II trial in Merkel cell carcinoma.\n"
    )
    assert _stages(facts) == {("lorvotuzumab-mertansine", "PhaseII", "merkel-cell-carcinoma")}


def test_continued_to_advance_toward_or_into_a_phase_is_a_plan() -> None:
    facts = _immunogen(
        "During the quarter, we continued to advance IMGN853 toward Phase I testing in ovarian cancer.\n"
    )
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseI) for mirvetuximab-soravtansine" in _skips(facts)
    facts = _immunogen(
        "Genentech continued to move trastuzumab emtansine into Phase III testing in HER2-positive\n"
        "metastatic breast cancer during the year.\n"
    )
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseIII) for trastuzumab-emtansine" in _skips(facts)
    # A move made is no plan.
    facts = _immunogen(
        "Genentech moved trastuzumab emtansine into Phase III testing in HER2-positive metastatic breast "
        "cancer.\n"
    )
    assert _stages(facts) == {("trastuzumab-emtansine", "PhaseIII", None)}


def test_a_target_of_a_combination_partner_or_a_prior_therapy_is_not_the_compounds() -> None:
    cases = {
        "IMGN901 is being evaluated in combination with an anti-IGF-1R antibody in a Phase I trial in\n"
        "small-cell lung cancer.\n": "target 'IGF-1R' stated of a combination partner, not of the compound",
        "AVE9633 is in a Phase I trial in patients with acute myeloid leukemia who have failed anti-IGF-1R\n"
        "therapy.\n": "target 'IGF-1R' stated of a therapy the patients had before, not of the compound",
        "SAR3419 is in a Phase II trial in patients with lymphoma who have failed anti-CD20 therapy.\n": (
            "target 'CD20' stated of a therapy the patients had before, not of the compound"
        ),
        "SAR3419 is in a Phase II trial in patients with lymphoma who failed CD20-targeting therapy.\n": (
            "target 'CD20' stated of a therapy the patients had before, not of the compound"
        ),
        "Sanofi is testing SAR3419 together with rituximab, which targets CD20, in a Phase II trial in\n"
        "diffuse large B-cell lymphoma.\n": (
            "target 'CD20' stated in the description of rituximab, no subject of the sentence"
        ),
    }
    for sentence, note in cases.items():
        facts = _immunogen(sentence)
        assert _edges(facts, "targets") == set(), sentence
        assert note in _skips(facts), sentence


def test_targets_stated_respectively_pair_with_the_listed_compounds_or_none() -> None:
    facts = _immunogen(
        "Sanofi is advancing SAR3419 and SAR650984, which target CD19 and CD38, respectively, in Phase I\n"
        "trials.\n"
    )
    assert _edges(facts, "targets") == set()
    assert "target 'CD19' stated 'respectively' of a list it does not pair" in _skips(facts)
    facts = _immunogen(
        "Sanofi is advancing SAR3419 and SAR650984, anti-CD19 and anti-CD38 antibodies, respectively, in "
        "Phase I trials.\n"
    )
    assert _edges(facts, "targets") == {("coltuximab-ravtansine", "cd19"), ("isatuximab", "cd38")}


def test_an_infinitive_after_a_verb_of_the_trials_progress_is_no_plan() -> None:
    facts = _immunogen(
        "The Phase II trial of IMGN901 in ovarian cancer met its criteria to start the second stage\n"
        "of enrollment.\n"
    )
    assert _stages(facts) == {("lorvotuzumab-mertansine", "PhaseII", "ovarian-cancer")}
    facts = _immunogen(
        "The Phase I trial of IMGN853 in ovarian cancer was expanded to open additional sites in Europe.\n"
    )
    assert _stages(facts) == {("mirvetuximab-soravtansine", "PhaseI", "ovarian-cancer")}


def test_a_trial_set_to_begin_is_a_plan() -> None:
    facts = _immunogen("The Phase II trial of IMGN901 in Merkel cell carcinoma is set to begin in 2013.\n")
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseII) for lorvotuzumab-mertansine" in _skips(facts)


def test_the_drug_of_the_arm_compared_first_is_tested() -> None:
    facts = _allos(
        "Allos began a randomized Phase 3 trial comparing treatment with XYZ-101 to treatment with\n"
        "docetaxel in patients with advanced non-small cell lung cancer.\n"
    )
    assert _stages(facts) == {("xyz-101", "PhaseIII", "non-small-cell-lung-cancer")}
    facts = _immunogen(
        "Roche began EMILIA, a Phase III trial comparing outcomes with trastuzumab emtansine to those with\n"
        "lapatinib plus capecitabine in patients with HER2-positive metastatic breast cancer.\n"
    )
    assert _stages(facts) == {("trastuzumab-emtansine", "PhaseIII", "her2-positive-breast-cancer")}


def test_the_drug_added_to_a_backbone_given_alone_is_tested() -> None:
    facts = _allos(
        "Allos began a randomized Phase 3 trial comparing docetaxel alone to docetaxel plus XYZ-101 in\n"
        "patients with advanced non-small cell lung cancer.\n"
    )
    assert _stages(facts) == {("xyz-101", "PhaseIII", "non-small-cell-lung-cancer")}


def test_a_trial_named_after_the_basis_of_an_approval_is_current() -> None:
    facts = _allos(
        "The accelerated approval was based on the results of the PROPEL trial, with a confirmatory\n"
        "Phase 3 trial of XYZ-101 now enrolling patients with peripheral T-cell lymphoma.\n"
    )
    assert _stages(facts) == {("xyz-101", "PhaseIII", None)}
    facts = _allos(
        "Following the approval based on the PROPEL results, Allos began a randomized Phase 3 trial of\n"
        "XYZ-101 in patients with newly diagnosed peripheral T-cell lymphoma.\n"
    )
    assert _stages(facts) == {("xyz-101", "PhaseIII", None)}
