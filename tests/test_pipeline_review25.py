"""The pipeline extractor on two releases of review R25 (Onyx Pharmaceuticals' third quarter of 2012 in
HTML, ImmunoGen's fourth quarter of fiscal 2004 in OCR-damaged plain text) that made it state wrong facts
or miss stated ones.

Wrong facts: a conjugate's name printed over a line break ("developing bivatuzumab\\nmertansine, a TAP
compound that targets CD44v6"), its first line read as a title when it ran on into the next, gave the
bare antibody ("bivatuzumab") the conjugate's target and developer; an OCR-damaged name over a line
break ("cantuzumab\\nrnertansine") was read as the antibody alone, leaving the CanAg target unattached.
Misses: a stage in a statement a bare semicolon sets apart from one stopping another compound ("No
further development of cantuzumab mertansine is planned; ImmunoGen is instead evaluating … huC242-DM4,
which is in preclinical development"); an approval naming the prior therapies counted before their
names ("… who have received at least two prior therapies, including bortezomib …"); trials whose
description parts its words by a comma or calls them head-to-head ("ASPIRE, the international,
randomized Phase 3 trial", "ENDEAVOR, a head-to-head Phase 3 trial").
"""

from __future__ import annotations

from pathlib import Path

from conftest import mention_names, pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import read_document
from kg.extractors.pipeline import run
from kg.extractors.pipeline.segment import paragraphs

REVIEWED = Path(__file__).parent / "reviewed_releases"
ONYX = "r25b_onyx_2012q3_pipeline.htm"
IMMUNOGEN = "r25b_immunogen_fy2004_q4_ocr.txt"

IMMUNOGEN_HEAD = (
    "CAMBRIDGE, Mass., August 12, 2004 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results "
    "for the fourth quarter and fiscal year ended June 30, 2004.\n\n"
)
ONYX_HEAD = (
    "SOUTH SAN FRANCISCO, Calif.--(BUSINESS WIRE)--October 31, 2012--Onyx Pharmaceuticals, Inc. (NASDAQ: "
    "ONXX) today reported financial results for the third quarter ended September 30, 2012.\n\n"
)


def _facts(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


# ---------------------------------------------------------------------------------------------------------
# 1. The two releases read whole.


def test_onyx_third_quarter_2012_html() -> None:
    facts = _facts(ONYX)
    assert _stages(facts) == {
        ("carfilzomib", "Approved", "multiple-myeloma"),
        ("carfilzomib", "PhaseIII", "multiple-myeloma"),
        ("carfilzomib", "PhaseIII", None),
        ("onx-0914", "Preclinical", None),
        ("oprozomib", "PhaseI", None),
        ("oprozomib", "PhaseI_II", "hematological-malignancies"),
        ("regorafenib", "Approved", "colorectal-cancer"),
        ("sorafenib", "Approved", None),
        ("sorafenib", "PhaseIII", "breast-cancer"),
        ("sorafenib", "PhaseIII", None),
    }
    names = mention_names(facts, "compound")
    assert {"Kyprolis", "carfilzomib"} <= names["carfilzomib"]
    assert {"Nexavar", "sorafenib"} <= names["sorafenib"]
    assert {"Stivarga", "regorafenib"} <= names["regorafenib"]
    # Stivarga is Bayer's compound, on which Onyx holds a royalty: developed by Bayer, not by the filer.
    assert _edges(facts, "developedBy") == {("regorafenib", "bayer")}
    assert _edges(facts, "partner") == {
        ("onyx-pharmaceuticals", "bayer"),
        ("onyx-pharmaceuticals", "bayer-healthcare-pharmaceuticals"),
        ("onyx-pharmaceuticals", "ono-pharmaceutical"),
    }
    assert _edges(facts, "compound") == {
        ("aspire", "carfilzomib"),
        ("decision", "sorafenib"),
        ("focus", "carfilzomib"),
        ("resilience", "sorafenib"),
    }
    assert _edges(facts, "targets") == set()


def test_immunogen_fiscal_2004_fourth_quarter_ocr_text() -> None:
    facts = _facts(IMMUNOGEN)
    assert _stages(facts) == {
        ("ave9633", "PhaseI", "acute-myeloid-leukemia"),
        ("ave9633", "PhaseI", None),
        ("bivatuzumab-mertansine", "PhaseI", None),
        ("cantuzumab-ravtansine", "Preclinical", None),
        ("lorvotuzumab-mertansine", "PhaseI_II", "small-cell-lung-cancer"),
        ("mln2704", "PhaseI_II", "prostate-cancer"),
        ("trastuzumab-emtansine", "Preclinical", None),
    }
    assert _edges(facts, "targets") == {
        ("ave9633", "cd33"),
        ("bivatuzumab-mertansine", "cd44v6"),
        ("cantuzumab-mertansine", "canag"),
        ("lorvotuzumab-mertansine", "cd56"),
        ("mln2704", "psma"),
    }
    assert _edges(facts, "developedBy") == {
        ("bivatuzumab-mertansine", "boehringer-ingelheim"),
        ("mln2704", "millennium-pharmaceuticals"),
    }
    assert _edges(facts, "partner") == {
        ("immunogen", "boehringer-ingelheim"),
        ("immunogen", "british-biotech"),
        ("immunogen", "genentech"),
        ("immunogen", "millennium-pharmaceuticals"),
    }
    assert "collaboration with 'GlaxoSmithKline' stated as ended" in _skips(facts)
    # The returned compound is stated stopped, in no current stage.
    assert not any(row[0] == "cantuzumab-mertansine" for row in _stages(facts))


# ---------------------------------------------------------------------------------------------------------
# 2. A conjugate's name printed over a line break.


def test_conjugate_name_over_a_line_break_after_a_run_in_heading() -> None:
    facts = _facts(IMMUNOGEN)
    compounds = mention_names(facts, "compound")
    assert "bivatuzumab" not in compounds
    assert "bivatuzumab mertansine" in compounds["bivatuzumab-mertansine"]
    assert ("bivatuzumab", "cd44v6") not in _edges(facts, "targets")


def test_a_line_running_on_into_the_next_is_no_heading() -> None:
    text = "Partner Programs\n\nBoehringer Ingelheim is developing bivatuzumab\nmertansine, a TAP compound.\n"
    assert [p.heading for p in paragraphs(text)] == [True, False]


def test_a_title_above_a_code_name_in_small_letters_stays_a_heading() -> None:
    # "huN901-DM1 is …" opens a sentence under its title: no word running on.
    text = "Clinical Update\nhuN901-DM1 is in a Phase II trial in small-cell lung cancer.\n"
    assert [p.heading for p in paragraphs(text)] == [True, False]


def test_ocr_damaged_conjugate_name_over_a_line_break() -> None:
    facts = _facts(IMMUNOGEN)
    compounds = mention_names(facts, "compound")
    assert "cantuzumab" not in compounds
    assert "cantuzumab rnertansine" in compounds["cantuzumab-mertansine"]
    assert ("cantuzumab-mertansine", "canag") in _edges(facts, "targets")


# ---------------------------------------------------------------------------------------------------------
# 3. A semicolon parts two statements: a stop stated in one says nothing of the other's compound.


def test_stage_after_a_semicolon_is_another_statement() -> None:
    text = IMMUNOGEN_HEAD + (
        "No further development of cantuzumab mertansine is planned; ImmunoGen is instead evaluating a "
        "second-generation compound, huC242-DM4, which is in preclinical development.\n"
    )
    assert ("cantuzumab-ravtansine", "Preclinical", None) in _stages(pipeline_facts("x.txt", text))


def test_a_later_statement_turning_the_same_compound_down_stops_its_stage() -> None:
    text = IMMUNOGEN_HEAD + (
        "VAL-330 completed its Phase 1 trial in solid tumors; Valdera will not advance VAL-330 into Phase 2.\n"
    )
    facts = pipeline_facts("x.txt", text)
    assert _stages(facts) == set()
    assert "development stopped or past: no current stage (PhaseI) for val-330" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# 4. Prior therapies counted, then named.


def test_approval_of_a_drug_for_patients_after_named_prior_therapies() -> None:
    text = ONYX_HEAD + (
        "On July 20, 2012, the U.S. Food and Drug Administration (FDA) granted accelerated approval to "
        "Kyprolis (carfilzomib) for Injection for the treatment of patients with multiple myeloma who have "
        "received at least two prior therapies, including bortezomib and an immunomodulatory agent.\n"
    )
    assert _stages(pipeline_facts("x.txt", text)) == {("carfilzomib", "Approved", "multiple-myeloma")}


# ---------------------------------------------------------------------------------------------------------
# 5. Trials described with a comma between their words, or as head-to-head.


def test_trial_described_with_words_parted_by_a_comma() -> None:
    facts = _facts(ONYX)
    assert {("aspire", "PhaseIII"), ("endeavor", "PhaseIII")} <= _edges(facts, "phase")
    assert ("aspire", "multiple-myeloma") in _edges(facts, "indication")


def test_head_to_head_trial_of_two_drugs_names_no_one_compound() -> None:
    # "comparing Kyprolis and dexamethasone with bortezomib and dexamethasone": the trial's phase, but
    # the words leave the trial's own compound unclear among the four drugs.
    facts = _facts(ONYX)
    assert not any(trial == "endeavor" for trial, _ in _edges(facts, "compound"))
