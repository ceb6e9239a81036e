"""The pipeline extractor on two releases of review R24 (Seattle Genetics' fourth quarter of 2012 in HTML,
ImmunoGen's second quarter of fiscal 2006 in plain text) that made it state wrong facts or miss stated ones.

Wrong fact: a stage read in the forward-looking-statements paragraph when its heading, not its own
words, says what it is ("Certain statements made in this press release are forward looking, such as
those regarding … the initiation of the SGN-CD33A phase 1 trial").
Misses: trials named by a word in capitals with the words calling them trials after it ("ECHELON-1, a
phase 3 clinical trial of ADCETRIS", "EMERGE, a randomized phase 2b trial of glembatumumab vedotin");
a target and a code name in the brackets after a compound's name ("pinatuzumab vedotin (anti-CD22 ADC,
RG7593)"), and the stage of a list of such names ("… and polatuzumab vedotin (anti-CD79b ADC, RG7596)
into phase 2 clinical trials"); a stage stated of a list of compounds in plural trials ("ASG-5ME and
ASG-22ME, two ADCs …, are in phase 1 clinical trials").
"""

from __future__ import annotations

from pathlib import Path

from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import read_document
from kg.extractors.pipeline import run
from kg.model import SameAs

REVIEWED = Path(__file__).parent / "reviewed_releases"
SGEN = "r24b_sgen_2012q4.htm"
IMMUNOGEN = "r24b_immunogen_fy2006_q2.txt"

SGEN_HEAD = (
    "BOTHELL, Wash.--(BUSINESS WIRE)--Feb. 11, 2013--Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
    "financial results for the fourth quarter and year ended December 31, 2012.\n\n"
)


def _facts(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


# ---------------------------------------------------------------------------------------------------------
# 1. The two releases read whole.


def test_seattle_genetics_fourth_quarter_2012_html() -> None:
    facts = _facts(SGEN)
    assert _stages(facts) == {
        ("asg-22me", "PhaseI", None),
        ("asg-5me", "PhaseI", None),
        ("bay-94-9343", "PhaseI", "solid-tumors"),
        ("brentuximab-vedotin", "Approved", None),
        ("brentuximab-vedotin", "PhaseII", "non-hodgkin-lymphoma"),
        ("brentuximab-vedotin", "PhaseIII", None),
        ("glembatumumab-vedotin", "PhaseII", "breast-cancer"),
        ("pinatuzumab-vedotin", "PhaseII", None),
        ("polatuzumab-vedotin", "PhaseII", None),
        ("sgn-75", "PhaseI", "non-hodgkin-lymphoma"),
        ("sgn-cd19a", "PhaseI", "non-hodgkin-lymphoma"),
        ("sgn-cd33a", "Preclinical", None),
    }
    assert _edges(facts, "targets") == {
        ("bay-94-9343", "mesothelin"),
        ("brentuximab-vedotin", "cd30"),
        ("glembatumumab-vedotin", "gpnmb"),
        ("pinatuzumab-vedotin", "cd22"),
        ("polatuzumab-vedotin", "cd79b"),
        ("sgn-75", "cd70"),
        ("sgn-cd19a", "cd19"),
        ("sgn-cd33a", "cd33"),
    }
    assert ("sgn-75", "mmaf") in _edges(facts, "payload")
    # The licensees' programs are theirs: none is stated as developed by the filer.
    assert _edges(facts, "developedBy") == {("glembatumumab-vedotin", "celldex-therapeutics")}
    assert ("agensys", "astellas-pharma") in _edges(facts, "subsidiaryOf")
    assert {"takeda", "agensys", "genentech", "celldex-therapeutics"} <= {
        partner for company, partner in _edges(facts, "partner") if company == "seattle-genetics"
    }


def test_immunogen_fiscal_2006_second_quarter_text() -> None:
    facts = _facts(IMMUNOGEN)
    assert _stages(facts) == {
        ("ave9633", "PhaseI", "acute-myeloid-leukemia"),
        ("ave9633", "PhaseI", None),
        ("cantuzumab-ravtansine", "PhaseI", None),
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer"),
        ("mln2704", "PhaseI_II", "prostate-cancer"),
        ("trastuzumab-emtansine", "Preclinical", None),
    }
    assert "development stopped or past: no current stage (PhaseI) for cantuzumab-mertansine" in _skips(facts)
    assert _edges(facts, "developedBy") == {
        ("ave9633", "sanofi-aventis"),
        ("cantuzumab-ravtansine", "immunogen"),
        ("lorvotuzumab-mertansine", "immunogen"),
        ("mln2704", "millennium-pharmaceuticals"),
    }
    assert _edges(facts, "targets") == {
        ("ave9633", "cd33"),
        ("bivatuzumab-mertansine", "cd44v6"),
        ("cantuzumab-ravtansine", "canag"),
        ("lorvotuzumab-mertansine", "cd56"),
        ("mln2704", "psma"),
        ("trastuzumab-emtansine", "her2"),
    }
    payloads = _edges(facts, "payload")
    assert {
        ("ave9633", "dm4"),
        ("cantuzumab-ravtansine", "dm4"),
        ("lorvotuzumab-mertansine", "dm1"),
    } <= payloads
    assert _edges(facts, "partner") == {
        ("immunogen", "biogen-idec"),
        ("immunogen", "centocor"),
        ("immunogen", "genentech"),
        ("immunogen", "millennium-pharmaceuticals"),
        ("immunogen", "sanofi-aventis"),
    }


# ---------------------------------------------------------------------------------------------------------
# 2. The paragraph under a forward-looking-statements heading is boilerplate.


def test_paragraph_under_forward_looking_heading_states_no_stage() -> None:
    facts = _facts(SGEN)
    assert ("sgn-cd33a", "PhaseI", None) not in _stages(facts)
    text = (
        SGEN_HEAD + "Forward-Looking Statements\n\n"
        "Our plans include the initiation of a phase 1 trial of SGN-CD33A in 2013. Actual results may "
        "differ materially.\n"
    )
    assert _stages(pipeline_facts("x.txt", text)) == set()


def test_statements_said_to_be_forward_looking_are_boilerplate() -> None:
    text = (
        SGEN_HEAD + "Certain statements made in this press release are forward looking, such as those "
        "regarding the initiation of the SGN-CD33A phase 1 trial.\n"
    )
    assert _stages(pipeline_facts("x.txt", text)) == set()


def test_a_paragraph_after_another_heading_is_read() -> None:
    text = SGEN_HEAD + "Pipeline Programs\n\nSGN-CD33A is in a phase 1 trial in acute myeloid leukemia.\n"
    assert _stages(pipeline_facts("x.txt", text)) == {("sgn-cd33a", "PhaseI", "acute-myeloid-leukemia")}


# ---------------------------------------------------------------------------------------------------------
# 3. A trial named by a word in capitals, where the words after it call it a trial.


def test_trials_named_in_capitals_with_their_description() -> None:
    facts = _facts(SGEN)
    assert _edges(facts, "compound") == {
        ("echelon-1", "brentuximab-vedotin"),
        ("echelon-2", "brentuximab-vedotin"),
        ("emerge", "glembatumumab-vedotin"),
    }
    assert _edges(facts, "phase") == {
        ("echelon-1", "PhaseIII"),
        ("echelon-2", "PhaseIII"),
        ("emerge", "PhaseII"),
    }
    assert ("emerge", "breast-cancer") in _edges(facts, "indication")


def test_a_word_in_capitals_only_before_trial_names_no_trial() -> None:
    # "the BRAVO trial" may name a drug in capitals as well as a trial: the words do not say which.
    facts = pipeline_facts(
        "x.txt", SGEN_HEAD + "Enrollment continued in the BRAVO trial of SGN-75 in 2012.\n"
    )
    assert not any(getattr(f, "ref", None) is not None and f.ref.kind == "trial" for f in facts)


# ---------------------------------------------------------------------------------------------------------
# 4. The brackets after a compound's name: its antibody's target and its code name.


def test_brackets_with_target_and_code_after_a_name() -> None:
    facts = _facts(SGEN)
    merged = {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs)}
    assert {("rg7593", "pinatuzumab-vedotin"), ("rg7596", "polatuzumab-vedotin")} <= merged
    assert {("pinatuzumab-vedotin", "cd22"), ("polatuzumab-vedotin", "cd79b")} <= _edges(facts, "targets")


def test_brackets_naming_another_compound_do_not_list_it() -> None:
    # The brackets name a combination partner, not another name: the list is unclear, no stage is read.
    text = (
        SGEN_HEAD + "Genentech advanced pinatuzumab vedotin (with rituximab) and polatuzumab vedotin into "
        "phase 2 clinical trials.\n"
    )
    assert ("rituximab", "PhaseII", None) not in _stages(pipeline_facts("x.txt", text))


# ---------------------------------------------------------------------------------------------------------
# 5. A list of compounds in plural trials of one stage.


def test_list_of_compounds_in_plural_trials() -> None:
    text = (
        SGEN_HEAD + "ASG-5ME and ASG-22ME, two ADCs being co-developed with Agensys, are in phase 1 clinical "
        "trials.\n"
    )
    assert _stages(pipeline_facts("x.txt", text)) == {
        ("asg-5me", "PhaseI", None),
        ("asg-22me", "PhaseI", None),
    }


def test_list_of_compounds_in_one_trial_gives_no_stage() -> None:
    text = SGEN_HEAD + "ASG-5ME and ASG-22ME are in a phase 1 clinical trial.\n"
    assert _stages(pipeline_facts("x.txt", text)) == set()
