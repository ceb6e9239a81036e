"""The pipeline extractor on two releases of review R23 (Immunomedics fiscal 2009 Q2 in HTML, Genmab's
6-K of the first nine months of 2010 in plain text) that made it state wrong facts or miss stated ones.

Wrong facts: a stage of trials stated as stopped after it ("The two Phase III ALLEVIATE trials in SLE,
which were suspended in 2006 …, were formally closed") read as current; a drug the patients are
refractory to, printed after another drug the filing does not name as a compound ("refractory to
fludarabine and alemtuzumab"), read as the approved one.
Misses: an approval of a product whose sentence names such a prior therapy ("the FDA approved Arzerra
for … CLL refractory to fludarabine and alemtuzumab"); a European approval ("received conditional
marketing authorization in the European Union"); a target named by an epitope on it ("targets an
epitope on the CD20 molecule"); a trial of a compound "combined with" another, which made both subjects.
"""

from __future__ import annotations

from pathlib import Path

from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import read_document
from kg.extractors.pipeline import run

REVIEWED = Path(__file__).parent / "reviewed_releases"
IMMUNOMEDICS = "r23b_immunomedics_fy2009q2.htm"
GENMAB = "r23b_genmab_2010q3_6k.txt"

GENMAB_HEAD = (
    "Copenhagen, Denmark; 3 November 2010 - Genmab A/S (OMX: GEN) announced today its interim report "
    "for the first nine months of 2010.\n\n"
)


def _facts(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


# ---------------------------------------------------------------------------------------------------------
# 1. The two releases read whole.


def test_immunomedics_fiscal_2009_second_quarter_html() -> None:
    facts = _facts(IMMUNOMEDICS)
    assert _stages(facts) == {
        ("clivatuzumab-tetraxetan", "PhaseI", "pancreatic-cancer"),
        ("epratuzumab", "PhaseII", None),
        ("epratuzumab", "PhaseII", "non-hodgkin-lymphoma"),
        ("labetuzumab", "PhaseII", "colorectal-cancer"),
        ("milatuzumab", "PhaseI_II", "multiple-myeloma"),
        ("milatuzumab", "PhaseI_II", None),
        ("veltuzumab", "PhaseI_II", "non-hodgkin-lymphoma"),
        ("veltuzumab", "PhaseI_II", None),
    }
    assert "planned, not current, stage (PhaseIII) for epratuzumab" in _skips(facts)
    assert _edges(facts, "targets") == {
        ("epratuzumab", "cd22"),
        ("milatuzumab", "cd74"),
        ("veltuzumab", "cd20"),
    }
    assert _edges(facts, "partner") == {("immunomedics", "nycomed"), ("immunomedics", "ucb")}
    assert ("ibc-pharmaceuticals", "immunomedics") in _edges(facts, "subsidiaryOf")


def test_genmab_first_nine_months_2010_6k() -> None:
    facts = _facts(GENMAB)
    assert _stages(facts) == {
        ("daratumumab", "PhaseI_II", "multiple-myeloma"),
        ("ofatumumab", "Approved", None),
        ("ofatumumab", "PhaseII", None),
        ("ofatumumab", "PhaseIII", None),
    }
    # Zalutumumab's development in head and neck cancer was stopped after its Phase III study.
    assert "development stopped or past: no current stage (PhaseIII) for zalutumumab" in _skips(facts)
    assert _edges(facts, "targets") == {
        ("daratumumab", "cd38"),
        ("ofatumumab", "cd20"),
        ("teprotumumab", "igf-1r"),
        ("zalutumumab", "egfr"),
    }
    assert _edges(facts, "partner") == {("genmab-a-s", "glaxosmithkline"), ("genmab-a-s", "roche")}


# ---------------------------------------------------------------------------------------------------------
# 2. A stage of trials stated as stopped after it is no current stage.


def test_trials_stated_as_suspended_and_closed_give_no_stage() -> None:
    facts = _facts(IMMUNOMEDICS)
    assert ("epratuzumab", "PhaseIII", None) not in _stages(facts)
    assert "development stopped or past: no current stage (PhaseIII) for epratuzumab" in _skips(facts)


def test_trial_stopped_after_its_stage_in_a_short_text() -> None:
    facts = pipeline_facts("x.txt", GENMAB_HEAD + "The Phase II study of ofatumumab has been terminated.\n")
    assert _stages(facts) == set()
    assert "development stopped or past: no current stage (PhaseII) for ofatumumab" in _skips(facts)


def test_trial_closed_to_enrollment_goes_on() -> None:
    facts = pipeline_facts(
        "x.txt", GENMAB_HEAD + "The Phase III trial of ofatumumab was closed to enrollment in June 2010.\n"
    )
    assert _stages(facts) == {("ofatumumab", "PhaseIII", None)}


# ---------------------------------------------------------------------------------------------------------
# 3. A drug the patients are refractory to, after another drug the filing does not know, is no subject.


def test_prior_therapy_after_an_unknown_drug_is_not_the_approved_one() -> None:
    # The Genmab release's sentence: its approval was stated first by the highlights, so it is read alone.
    sentence = (
        "In October 2009 the U.S. Food and Drug Administration (FDA) approved ofatumumab for the treatment "
        "of patients with CLL refractory to fludarabine and alemtuzumab.\n"
    )
    facts = pipeline_facts("x.txt", GENMAB_HEAD + sentence)
    assert _stages(facts) == {("ofatumumab", "Approved", None)}
    assert not any(key == "alemtuzumab" for key, _, _ in _stages(_facts(GENMAB)))


def test_prior_therapy_list_in_a_short_text() -> None:
    facts = pipeline_facts(
        "x.txt",
        GENMAB_HEAD
        + "In October 2009 the FDA approved ofatumumab for the treatment of patients with multiple "
        "myeloma refractory to melphalan and bortezomib.\n",
    )
    assert _stages(facts) == {("ofatumumab", "Approved", "multiple-myeloma")}


def test_a_name_with_its_own_phrase_after_a_prior_therapy_stays_a_subject() -> None:
    facts = pipeline_facts(
        "x.txt",
        GENMAB_HEAD + "Enrollment continued in patients refractory to rituximab, and ofatumumab is in a "
        "Phase III trial in multiple myeloma.\n",
    )
    assert ("ofatumumab", "PhaseIII", "multiple-myeloma") in _stages(facts)


# ---------------------------------------------------------------------------------------------------------
# 4. A European approval: a conditional marketing authorization.


def test_conditional_marketing_authorization_is_an_approval() -> None:
    facts = _facts(GENMAB)
    approved = {
        f.evidence.line
        for f in facts
        if type(f).__name__ == "StatusObservation" and getattr(f, "phase", None) == "Approved"
    }
    assert 49 in approved  # "Arzerra(R) (ofatumumab) received conditional marketing authorization in the EU"


def test_commission_granting_marketing_authorization_is_an_approval() -> None:
    facts = pipeline_facts(
        "x.txt",
        GENMAB_HEAD + "In April 2010 the European Commission granted a conditional marketing authorization "
        "to ofatumumab.\n",
    )
    assert _stages(facts) == {("ofatumumab", "Approved", None)}


def test_marketing_authorization_application_is_no_approval() -> None:
    facts = pipeline_facts(
        "x.txt", GENMAB_HEAD + "Genmab submitted a marketing authorization application for ofatumumab.\n"
    )
    assert _stages(facts) == {("ofatumumab", "Registration", None)}


# ---------------------------------------------------------------------------------------------------------
# 5. A target named by an epitope on it; a compound "combined with" another.


def test_epitope_on_an_antigen_names_the_target() -> None:
    facts = _facts(GENMAB)
    assert ("ofatumumab", "cd20") in _edges(facts, "targets")
    short = pipeline_facts(
        "x.txt",
        GENMAB_HEAD
        + "Ofatumumab is a human antibody that targets a distinct epitope on the CD20 molecule.\n",
    )
    assert _edges(short, "targets") == {("ofatumumab", "cd20")}


def test_combined_with_names_a_combination_partner() -> None:
    facts = _facts(IMMUNOMEDICS)
    assert ("epratuzumab", "PhaseII", "non-hodgkin-lymphoma") in _stages(facts)
    assert not any(key == "rituximab" for key, _, _ in _stages(facts))
