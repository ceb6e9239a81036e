"""Precision of the pipeline extractor: sentences that once made it state a wrong fact.

Each test runs the real extractor on a short release holding such sentences (another product's approval
in a second clause read as the compound's, a partner's own deal read as the filer's partnership, a lease
or a loan read as a partnership, a completed phase kept as current beside the phase the compound is in
now) and checks the exact facts now stated, that the wrong ones are gone, and that the facts the same
words state rightly are kept (a patient stopping a prior therapy stops no development; acquiring a
licence is a partnership, not an acquisition of the company).
"""

from __future__ import annotations

from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages
from conftest import text_document as _doc

from kg.extractors.pipeline import run

IMMUNOGEN_HEAD = (
    "ImmunoGen, Inc. Reports Fourth Quarter Fiscal Year 2012 Results\n\n"
    "WALTHAM, Mass., Aug 4, 2012 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
)


OTHER_PRODUCTS = (
    IMMUNOGEN_HEAD
    + """\
ACM-101 is in Phase I testing; Roche received FDA approval for Avastin in 2004.

The FDA approved Herceptin in 1998; IMGN388 is in Phase I testing for solid tumors.

IMGN529 is in Phase I testing, while Genentech received FDA approval for Herceptin in 1998.

IMGN289 is in Phase I testing; Genentech submitted a BLA for Herceptin in 1997.

IMGN853 is in Phase I testing, while Roche is testing Avastin in a Phase III trial.

IMGN901 is marketed in Europe; it was approved by the EMA in 2010.

T-DM1 was approved by the FDA in February 2013; Roche received FDA approval for Kadcyla.
"""
)


def test_a_stage_in_another_clause_about_another_product_is_not_the_compounds() -> None:
    facts = list(run(_doc("other-products.txt", OTHER_PRODUCTS)))
    # The sentence's one compound takes an approval or an application only when its own clause names it
    # (or "it"), and no stage of a clause whose actor is another company naming another product.
    assert _stages(facts) == {
        ("acm-101", "PhaseI", None),
        ("imgn388", "PhaseI", "solid-tumors"),
        ("naratuximab-emtansine", "PhaseI", None),
        ("imgn289", "PhaseI", None),
        ("mirvetuximab-soravtansine", "PhaseI", None),
        ("lorvotuzumab-mertansine", "Approved", None),
        ("trastuzumab-emtansine", "Approved", None),
    }
    assert _skips(facts).count("development stage stated without one compound to attach it to") == 5


PARTNERS_DEALS = (
    IMMUNOGEN_HEAD
    + """\
ImmunoGen's partner Novartis reported that its collaboration with Pfizer Inc. was expanded in May.

ImmunoGen announced that its collaboration with Biotest continues.

ImmunoGen licensed its TAP technology to Genentech, and its agreement with Biogen Idec continues.

ImmunoGen signed a lease agreement with Boston Properties for its Waltham headquarters.

ImmunoGen entered into a loan agreement with Hercules Technology Growth Capital in June.

ImmunoGen entered into a $20 million credit agreement with Oxford Finance Corporation.

ImmunoGen has a license agreement with Amgen and a sublease agreement with Boston Properties.

ImmunoGen entered into an underwriting agreement with Cowen and Company for its offering.

ImmunoGen entered into a manufacturing and supply agreement with Lonza Biologics plc.
"""
)


def test_only_the_filers_partnerships_make_partners() -> None:
    facts = list(run(_doc("deals.txt", PARTNERS_DEALS)))
    # "its collaboration with" after a partner named as the actor is that partner's deal; a lease, a
    # loan, a credit line, an underwriting or a supply agreement is no partnership.
    assert _edges(facts, "partner") == {
        ("immunogen", "novartis"),
        ("immunogen", "biotest"),
        ("immunogen", "genentech"),
        ("immunogen", "biogen-idec"),
        ("immunogen", "amgen"),
    }
    skips = _skips(facts)
    assert "'Pfizer Inc.' is a party of another company's deal, not of the filer's" in skips
    assert "'Boston Properties' named in a lease agreement, not a partnership" in skips
    assert "'Hercules Technology Growth Capital' named in a loan agreement, not a partnership" in skips
    assert "'Lonza Biologics plc' named in a manufacturing and supply agreement, not a partnership" in skips


PAST_PHASES = (
    IMMUNOGEN_HEAD
    + """\
ACM-101 has completed Phase I testing and is now in a Phase II trial.

The Phase I trial of IMGN529 was completed, and IMGN529 entered a Phase II trial in 2011.

IMGN388 completed its Phase II trial in 2011; a Phase III trial is expected to begin in 2012.

IMGN853 completed enrollment in its Phase II trial.
"""
)


def test_a_completed_phase_beside_the_current_one_is_not_current() -> None:
    facts = list(run(_doc("past-phases.txt", PAST_PHASES)))
    # A phase stated as completed yields to the stage the same sentence puts the compound in now; with
    # only a plan beside it ("a Phase III trial is expected to begin") it stays the compound's stage,
    # and a completed enrollment completes no phase.
    assert _stages(facts) == {
        ("acm-101", "PhaseII", None),
        ("naratuximab-emtansine", "PhaseII", None),
        ("imgn388", "PhaseII", None),
        ("mirvetuximab-soravtansine", "PhaseII", None),
    }
    skips = _skips(facts)
    assert "completed, not current, stage (PhaseI) for acm-101" in skips
    assert "completed, not current, stage (PhaseI) for naratuximab-emtansine" in skips
    assert "planned, not current, stage (PhaseIII) for imgn388" in skips


PATIENTS_AND_LICENCES = (
    IMMUNOGEN_HEAD
    + """\
IMGN901 is in a Phase II trial in patients with small-cell lung cancer who discontinued prior platinum therapy.

IMGN853 is in a Phase I trial for patients who had discontinued first-line chemotherapy.

Biotest discontinued the BT062 program, which had been in Phase I testing.

Bayer Schering Pharma acquired an exclusive license to IMGN388 from ImmunoGen in 2008.
"""
)


def test_a_patients_stopped_therapy_and_an_acquired_licence_keep_their_facts() -> None:
    facts = list(run(_doc("patients.txt", PATIENTS_AND_LICENCES)))
    # Patients who stopped a prior therapy stop no development; a company stopping a program does.
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer"),
        ("mirvetuximab-soravtansine", "PhaseI", None),
    }
    assert "development stopped or past: no current stage (PhaseI) for indatuximab-ravtansine" in _skips(
        facts
    )
    # Acquiring a licence is a partnership with the licensor, not an acquisition of the company.
    assert ("immunogen", "bayer-schering-pharma") in _edges(facts, "partner")
    assert not any("acquisition or merger" in r for r in _skips(facts))


OTHER_APPROVALS = (
    IMMUNOGEN_HEAD
    + """\
ACM-101 is being tested in a clinical trial in combination with Avastin, which the FDA approved in 2004.

ACM-102 is being evaluated in patients who failed approved therapies.

ACM-103 is being tested with an approved drug in a trial at the approved dose.

IMGN529 is in Phase I testing with Avastin, which was approved by the FDA in 2004.

IMGN853 is being tested with Herceptin, a product that the FDA approved in 1998.

IMGN901, which was approved by the FDA in 2013, is marketed in Europe.

ACM-105 drug candidate

Avastin was approved by the FDA in 2004.
"""
)


def test_an_approval_of_another_product_in_a_relative_clause_or_under_a_heading_is_not_the_compounds() -> (
    None
):
    facts = list(run(_doc("other-approvals.txt", OTHER_APPROVALS)))
    # "which the FDA approved" tells of the product right before it, not of the sentence's compound
    # (unless that product is the compound); an "approved" drug, therapy or dose approves nothing; a
    # compound known only from its heading takes no approval of a product the sentence names.
    assert _stages(facts) == {
        ("naratuximab-emtansine", "PhaseI", None),
        ("lorvotuzumab-mertansine", "Approved", None),
    }


THEIR_DEALS = (
    IMMUNOGEN_HEAD
    + """\
ImmunoGen and Genentech said their collaboration with Roche continues.

ImmunoGen and Lilly expanded their collaboration in May.

ImmunoGen noted that Sanofi and Bayer expanded their collaboration with Biogen Idec.
"""
)


def test_their_deal_makes_partners_only_of_the_filers_pair() -> None:
    facts = list(run(_doc("their-deals.txt", THEIR_DEALS)))
    # "their" stands for the pair named before it: the filer's pair is its partnership, and a company
    # the pair's deal is "with" is no new partner; another pair's deal makes no partner at all.
    assert _edges(facts, "partner") == {("immunogen", "genentech"), ("immunogen", "lilly")}
