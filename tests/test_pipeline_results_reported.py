"""A stage named only as the trial results came from is no current stage; words saying the results are
early ones ("first data", "interim results") or the trial goes on ("the ongoing Phase II trial") keep
it current, but "first" counting the trials ("its first Phase I study") does not."""

from __future__ import annotations

from conftest import pipeline_facts, stage_rows

_RELEASE = """ACME BIOTHERAPEUTICS REPORTS THIRD QUARTER RESULTS

CAMBRIDGE, Mass., October 28, 2010 -- Acme Biotherapeutics, Inc. (Nasdaq: ACMB) today reported its
results for the quarter ended September 30, 2010.

Partner compounds

. BT-062 - Biotest is evaluating a more frequent dosing schedule in a Phase I/IIa trial. {sentence}
"""


def _stages(sentence: str) -> set[tuple[str, str, str | None]]:
    return stage_rows(pipeline_facts("acme-2010.txt", _RELEASE.format(sentence=sentence)))


def test_findings_from_a_compounds_first_trial_are_results_reported() -> None:
    rows = _stages("Additional findings from its first Phase I study were presented at ASH in December 2010.")
    assert ("indatuximab-ravtansine", "PhaseI_II", None) in rows
    assert not any(phase == "PhaseI" for _, phase, _ in rows)


def test_first_data_and_an_ongoing_trial_keep_the_stage_current() -> None:
    for sentence in (
        "First data from the Phase I study were presented at ASH in December 2010.",
        "Interim findings from its ongoing Phase I study were presented at ASH in December 2010.",
    ):
        assert ("indatuximab-ravtansine", "PhaseI", None) in _stages(sentence), sentence
