"""The pipeline extractor on sentences from filings it had never seen, which once made it state wrong facts.

Each test runs the real extractor on a short release holding the sentence that misled it (a ligand read
as the target of an antibody to its receptor, a past collaboration read as a current partner, a company
name cut at a wire service's "--", trial names read as compounds, a planned trial read as the current
stage) and checks the exact facts now stated, and that the wrong ones are gone.
"""

from __future__ import annotations

from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages
from conftest import text_document as _doc

from kg.extractors.pipeline import run

HGS_TARGETS = """\
Human Genome Sciences Reports Third Quarter 2007 Financial Results

ROCKVILLE, Md., Nov. 8, 2007 /PRNewswire-FirstCall/ -- Human Genome Sciences, Inc. (Nasdaq: HGSI) today
reported financial results for the quarter ended September 30, 2007.

HGS-ETR1 (mapatumumab), an agonistic antibody to TRAIL receptor 1 (TRAIL-R1), is in Phase II trials in
non-small cell lung cancer and multiple myeloma.

HGS-ETR2 (lexatumumab), an agonistic antibody to TRAIL receptor 2, is in Phase I.

Zetuximab, an antibody directed against CD40 ligand, is in preclinical development.

SGN-35 (brentuximab vedotin), an antibody-drug conjugate targeting CD30, is in a Phase II trial.
"""


def test_a_name_before_receptor_or_ligand_is_not_the_target() -> None:
    facts = list(run(_doc("hgs.txt", HGS_TARGETS)))
    # "antibody to TRAIL receptor 1 (TRAIL-R1)" targets the receptor, printed as its own name right there;
    # "TRAIL receptor 2" and "CD40 ligand" without such a name give no target (TRAIL and CD40 are others).
    assert _edges(facts, "targets") == {("mapatumumab", "trail-r1"), ("brentuximab-vedotin", "cd30")}
    assert "trail" not in _names(facts, "target")
    assert "cd40" not in _names(facts, "target")
    assert _names(facts, "target")["trail-r1"] == {"TRAIL-R1"}


CURAGEN_PAST_PARTNERS = """\
CuraGen Provides Update on Clinical Programs

BRANFORD, Conn., Sept 8, 2008 /PRNewswire-FirstCall/ -- CuraGen Corporation (Nasdaq: CRGN) today provided
an update on its clinical development programs.

CR011-vcMMAE was generated using an antibody licensed from Amgen (formerly Abgenix).

Belinostat (PXD101) is in Phase II trials under our collaboration with TopoTarget. CuraGen previously had a
collaboration with Bayer for CR002, which Bayer returned to CuraGen in 2007.

CuraGen formerly collaborated with Pfizer on CR045. The license agreement with Genentech for CR033 expired in
2006. CuraGen's former partner Wyeth Pharmaceuticals returned its rights to CR100 to CuraGen.

As previously announced, CuraGen entered into a license agreement with Novartis for CR200.
"""


def test_past_collaborations_make_no_partner() -> None:
    facts = list(run(_doc("curagen.txt", CURAGEN_PAST_PARTNERS)))
    # Current: the licensor (its former name, "formerly Abgenix", is a rename, not an ended deal, and no
    # second licensor), the collaboration partner, and a licence "previously announced" (the announcement
    # is past, not the deal).
    assert _edges(facts, "partner") == {
        ("curagen", "amgen"),
        ("curagen", "topotarget"),
        ("curagen", "novartis"),
    }
    ended = [r for r in _skips(facts) if r.endswith("stated as ended")]
    assert sorted(ended) == [
        "collaboration with 'Bayer' stated as ended",
        "collaboration with 'Genentech' stated as ended",
        "collaboration with 'Pfizer' stated as ended",
        "collaboration with 'Wyeth Pharmaceuticals' stated as ended",
    ]


BUSINESS_WIRE_DATELINE = """\
Seattle Genetics Reports Results
BOTHELL, Wash.--(BUSINESS WIRE)--Dec. 3, 2001--Seattle Genetics, Inc. (Nasdaq: SGEN) today reported results.

SGN-35 (brentuximab vedotin), an antibody-drug conjugate targeting CD30, is in a Phase II trial. Seattle
Genetics has a license agreement with Zeta Pharmaceuticals, Inc. for SGN-35.
"""


def test_a_company_name_right_after_a_double_dash_starts_there() -> None:
    facts = list(run(_doc("sgen.txt", BUSINESS_WIRE_DATELINE)))
    companies = _names(facts, "company")
    assert companies["seattle-genetics"] == {"Seattle Genetics, Inc."}
    assert "genetics" not in companies
    assert set(companies) == {"seattle-genetics", "zeta-pharmaceuticals"}
    # A single dash still glues words ("Bio-Ex"); only a capital after two dashes starts a name.
    facts = list(run(_doc("dash.txt", "XYZ-Beta Pharmaceuticals, Inc. licensed ABC-123 to Acme.\n")))
    assert "beta-pharmaceuticals" not in _names(facts, "company")


HGS_TRIAL_NAMES = """\
Human Genome Sciences Reports Third Quarter 2007 Financial Results

ROCKVILLE, Md., Nov. 8, 2007 /PRNewswire-FirstCall/ -- Human Genome Sciences, Inc. (Nasdaq: HGSI) today
reported financial results for the quarter ended September 30, 2007.

LymphoStat-B(R) (belimumab), a human monoclonal antibody, is in two Phase III trials (BLISS-52 and
BLISS-76) in systemic lupus erythematosus.

Enrollment in the AVID-21 study of HGS-1029 in patients with solid tumors is complete.

Enrollment in the IMGN901 study in patients with Merkel cell carcinoma is complete.
"""


def test_trial_names_are_not_compounds() -> None:
    facts = list(run(_doc("hgs-trials.txt", HGS_TRIAL_NAMES)))
    compounds = _names(facts, "compound")
    # New code-shaped names in a trial's place are trials; a known compound there stays one.
    assert set(compounds) == {"belimumab", "hgs-1029", "lorvotuzumab-mertansine"}
    assert "IMGN901" in compounds["lorvotuzumab-mertansine"]
    # The compound the sentence is about keeps its stage (lupus is a disease the reference lacks).
    assert _stages(facts) == {("belimumab", "PhaseIII", None)}
    assert _edges(facts, "indication") == {
        ("hgs-1029", "solid-tumors"),
        ("lorvotuzumab-mertansine", "merkel-cell-carcinoma"),
    }


HALCYON_PLANS = """\
Halcyon Therapeutics Reports Fourth Quarter and Full Year 2007 Results

CAMBRIDGE, Mass., March 4, 2008 -- Halcyon Therapeutics, Inc. (Nasdaq: HLCY) today reported results.

Pipeline Highlights

. HLC-118 - Phase I completed; a Phase II trial in colorectal cancer is expected to begin in the second
half of 2008.

. IMGN901 (lorvotuzumab mertansine) - in Phase II testing for Merkel cell carcinoma; a Phase I/II trial in
small-cell lung cancer is planned.

. HLC-204 - Halcyon plans to initiate a Phase II trial in gastric cancer; and a Phase III trial in
pancreatic cancer.

. HLC-310 - a Phase II trial in melanoma will initiate in 2009.
"""


def test_a_planned_trial_is_read_only_in_its_own_clause() -> None:
    facts = list(run(_doc("halcyon.txt", HALCYON_PLANS)))
    # The clause stating the current stage keeps it, with its own clause's disease only; the clause of
    # the plan states none. A plan stated first reaches the clauses after it ("; and a Phase III …").
    assert _stages(facts) == {
        ("hlc-118", "PhaseI", None),
        ("lorvotuzumab-mertansine", "PhaseII", "merkel-cell-carcinoma"),
    }
    planned = sorted(r for r in _skips(facts) if r.startswith("planned"))
    assert planned == [
        "planned, not current, stage (PhaseII) for hlc-118",
        "planned, not current, stage (PhaseII) for hlc-204",
        "planned, not current, stage (PhaseII) for hlc-310",
        "planned, not current, stage (PhaseIII) for hlc-204",
        "planned, not current, stage (PhaseI_II) for lorvotuzumab-mertansine",
    ]


IMMUNOGEN_TWO_TRIALS = """\
ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2012 Financial Results

WALTHAM, Mass., Jan 27, 2012 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced financial
results for the three-month period ended December 31, 2011 - the second quarter of the Company's 2012
fiscal year (ZQFY12).

. Lorvotuzumab mertansine (IMGN901) - in Phase Il testing for SCLC and Phase I testing for multiple myeloma.

HuN901-DM1

The Phase I/Il trial in small-cell lung cancer and the Phase I trial in multiple myeloma are enrolling patients.

A Phase I trial of IMGN9O1 in multiple myeloma and a Phase I/Il trial in small-cell lung cancer (SCLC) are
enrolling.
"""


def test_each_stage_takes_the_disease_of_its_own_phrase() -> None:
    facts = list(run(_doc("immunogen-2012.txt", IMMUNOGEN_TWO_TRIALS)))
    # Several stages and several diseases in one clause pair by phrase ("<stage> trial in <disease>"),
    # never as every stage with every disease (Phase I SCLC, Phase II multiple myeloma were stated once).
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer"),
        ("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma"),
        ("lorvotuzumab-mertansine", "PhaseI_II", "small-cell-lung-cancer"),
    }
    # The fiscal-quarter tag OCR damaged ("ZQFY12" for 2QFY12) is no compound.
    assert set(_names(facts, "compound")) == {"lorvotuzumab-mertansine"}


def test_stages_whose_diseases_pair_unclearly_take_none() -> None:
    text = (
        "ImmunoGen Reports Results\n\nWALTHAM, Mass., Jan 27, 2012 -- ImmunoGen, Inc. today reported results.\n\n"
        "IMGN901 is in Phase I and Phase II trials in small-cell lung cancer and multiple myeloma.\n\n"
        "In small-cell lung cancer, IMGN529 is in a Phase II trial, and in multiple myeloma a Phase I trial.\n"
    )
    facts = list(run(_doc("unclear.txt", text)))
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseI", None),
        ("lorvotuzumab-mertansine", "PhaseII", None),
        ("naratuximab-emtansine", "PhaseI", None),
        ("naratuximab-emtansine", "PhaseII", None),
    }


IMMUNOGEN_TWO_PARTNERS = """\
ImmunoGen, Inc. Reports Fiscal Year 2006 Financial Results

WALTHAM, Mass., Aug 29, 2006 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.

Genentech began Phase I testing of trastuzumab-DM1, and sanofi-aventis expects to move SAR3419 into the
clinic in 2007.

IMGN529 is in Phase I testing for non-Hodgkin's lymphoma, while Biotest is evaluating BT-062 in a Phase
I/II trial.
"""


def test_a_stage_belongs_to_the_compound_of_its_own_clause() -> None:
    facts = list(run(_doc("immunogen-2006.txt", IMMUNOGEN_TWO_PARTNERS)))
    # ", and <a subject> <verb>" / ", while …" open a clause of their own: the plan stated there ("expects
    # to move SAR3419 into the clinic") is SAR3419's only, and Phase I is T-DM1's, not SAR3419's.
    assert _stages(facts) == {
        ("trastuzumab-emtansine", "PhaseI", None),
        ("naratuximab-emtansine", "PhaseI", None),
        ("indatuximab-ravtansine", "PhaseI_II", None),
    }
    assert "planned, not current, stage (PhaseI) for coltuximab-ravtansine" in _skips(facts)


def test_fiscal_quarter_tags_damaged_by_ocr_are_not_compounds() -> None:
    text = (
        "ImmunoGen Reports Results\n\nWALTHAM, Mass., Jan 27, 2012 -- ImmunoGen, Inc. today reported results.\n\n"
        "License fees for ZQFY12 and IQFY2O12 include a milestone; IMGN529 is in Phase I testing for "
        "non-Hodgkin's lymphoma.\n"
    )
    facts = list(run(_doc("fiscal.txt", text)))
    # One character OCR damaged before "QFY" ("Z" for 2, "I" for 1), or in the year ("2O12").
    assert set(_names(facts, "compound")) == {"naratuximab-emtansine"}
