"""The pipeline extractor on ImmunoGen releases of every era from 2001 to 2013 it had never seen.

Each file under tests/immunogen_eras is a release excerpt written here in the style of its era (plain
text with OCR damage, or EDGAR HTML): GlaxoSmithKline's cantuzumab mertansine and British Biotech's
BB-10901 (2001–2002), Aventis's AVE9633 and the Biogen Idec and Centocor licences (2004), the
sanofi-aventis compounds and a pipeline table (2006), IMGN901, IMGN242, BT-062 and EMILIA (2008), the
T-DM1 BLA, AMG 172 and BAY 94-9343 (2010), IMGN529, IMGN853 and NORTH (2011), Kadcyla's approval and
discontinued trials (2013). Each test checks facts an earlier reader missed or got wrong, and that the
wrong ones are gone.
"""

from __future__ import annotations

import functools
from pathlib import Path

from conftest import mention_names, relation_edges, skip_reasons, stage_rows, text_document

from kg.corpus import Document, read_document
from kg.extractors.pipeline import run
from kg.model import Relation

ERAS = Path(__file__).parent / "immunogen_eras"


@functools.cache
def _facts(name: str) -> tuple[object, ...]:
    return tuple(run(read_document(ERAS / name)))


def _edges(name: str, predicate: str) -> set[tuple[str, str]]:
    return relation_edges(list(_facts(name)), predicate)


def _stages(name: str) -> set[tuple[str, str, str | None]]:
    return stage_rows(list(_facts(name)))


def _compound_stages(name: str, compound: str) -> set[tuple[str, str | None]]:
    return {(phase, ind) for key, phase, ind in _stages(name) if key == compound}


def test_a_licence_application_is_no_licence_agreement() -> None:
    """ "Genentech submitted a Biologics License Application (BLA) to the FDA for trastuzumab emtansine"
    is a filing for approval, not a licence between Genentech and ImmunoGen."""
    partners = _edges("immunogen-2010q4.htm", "partner")
    assert ("company/immunogen", "company/genentech") not in {
        ("company/" + a, "company/" + b) for a, b in partners
    }
    assert partners == {("immunogen", "bayer-schering-pharma")}
    assert ("trastuzumab-emtansine", "Registration", "her2-positive-breast-cancer") in _stages(
        "immunogen-2010q4.htm"
    )


def test_an_antigen_with_a_greek_letter_before_positive() -> None:
    """ "FRα-positive ovarian cancer" states FRα (folate receptor 1) as IMGN853's target."""
    assert ("mirvetuximab-soravtansine", "folr1") in _edges("immunogen-2013q3.txt", "targets")


def test_an_antigen_antibody_in_a_compounds_own_description(seed_docs: dict[str, Document]) -> None:
    """ "trastuzumab-DM1, which combines its HER2 antibody with …" and "SAR650984, a CD38 antibody" name
    each compound's target; "the huMy9-6-DM1 and IGF-1 receptor antibody programs" (2003 seed) names
    another programme's antigen, not huMy9-6-DM1's."""
    assert ("trastuzumab-emtansine", "her2") in _edges("immunogen-2001q4.txt", "targets")
    assert ("isatuximab", "cd38") in _edges("immunogen-2010q4.htm", "targets")
    seed = relation_edges(list(run(seed_docs["2003"])), "targets")
    assert ("humy9-6-dm1", "igf-1r") not in seed


def test_diseases_after_qualifiers_dates_relative_clauses_and_approvals() -> None:
    """A disease qualified by its antigen ("patients with CanAg-expressing solid tumors"), after a date
    ("entered Phase I testing in August 2011 for non-Hodgkin's lymphoma"), after a relative clause
    ("testing of BT-062, which targets CD138, in multiple myeloma"), after a long approval phrase
    ("approved by the FDA on February 22, 2013 for …") or a BLA is the stage's indication."""
    assert ("cantuzumab-ravtansine", "PhaseI", "solid-tumors") in _stages("immunogen-2006q2.htm")
    assert ("naratuximab-emtansine", "PhaseI", "non-hodgkin-lymphoma") in _stages("immunogen-2011q2.txt")
    assert ("indatuximab-ravtansine", "PhaseI", "multiple-myeloma") in _stages("immunogen-2008q1.txt")
    assert _compound_stages("immunogen-2013q3.txt", "bay-94-9343") == {("PhaseI", "solid-tumors")}
    assert _compound_stages("immunogen-2013q3.txt", "trastuzumab-emtansine") == {
        ("Approved", "her2-positive-breast-cancer")
    }


def test_a_disease_of_an_earlier_stages_phrase_is_not_a_later_stages() -> None:
    """ "a Phase Il trial of cantuzurnab mertansine in patients with colorectal cancer, and a second
    Phase I trial with a weekly dosing schedule is underway": the Phase I names no disease."""
    assert _compound_stages("immunogen-2002q2.txt", "cantuzumab-mertansine") == {
        ("PhaseII", "colorectal-cancer"),
        ("PhaseI", None),
    }


def test_a_part_of_a_trial_is_read_with_the_trial() -> None:
    """ "The Phase II portion of the Phase I/II trial in small-cell lung cancer …, and a Phase I trial in
    multiple myeloma": each trial takes its own disease (the pipeline table's row adds a stage with none)."""
    assert _compound_stages("immunogen-2006q2.htm", "lorvotuzumab-mertansine") == {
        ("PhaseII", "small-cell-lung-cancer"),
        ("PhaseI_II", "small-cell-lung-cancer"),
        ("PhaseI", "multiple-myeloma"),
        ("PhaseI_II", None),
    }
    assert ("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer") in _stages("immunogen-2011q2.txt")


def test_a_plan_in_a_second_predicate_leaves_the_stage_before_it() -> None:
    """ "Biotest completed Phase I and plans to begin Phase II in 2014": Phase I is reached, Phase II only
    planned."""
    assert _compound_stages("immunogen-2013q3.txt", "indatuximab-ravtansine") == {("PhaseI", None)}
    reasons = skip_reasons(list(_facts("immunogen-2013q3.txt")))
    assert "planned, not current, stage (PhaseII) for indatuximab-ravtansine" in reasons
    assert "planned, not current, stage (PhaseI) for indatuximab-ravtansine" not in reasons


def test_a_company_beginning_or_assessing_a_trial_develops_the_compound() -> None:
    """ "Biotest AG began Phase I testing of BT-062", "Genentech is assessing T-DM1", "British Biotech
    initiated a second Phase I trial of BB-10901", "Millennium is assessing MLN2704", "SAR3419:
    sanofi-aventis began a Phase II trial", "Bayer HealthCare Pharmaceuticals began Phase I testing"."""
    developers = _edges("immunogen-2008q1.txt", "developedBy")
    assert {("indatuximab-ravtansine", "biotest"), ("trastuzumab-emtansine", "genentech")} <= developers
    assert ("lorvotuzumab-mertansine", "british-biotech") in _edges("immunogen-2002q2.txt", "developedBy")
    assert ("mln2704", "millennium-pharmaceuticals") in _edges("immunogen-2006q2.htm", "developedBy")
    assert ("coltuximab-ravtansine", "sanofi-aventis") in _edges("immunogen-2011q2.txt", "developedBy")
    assert ("bay-94-9343", "bayer-healthcare-pharmaceuticals") in _edges(
        "immunogen-2013q3.txt", "developedBy"
    )


def test_two_compounds_each_moved_into_its_own_stage() -> None:
    """ "advanced SAR3419 into Phase II testing for B-cell lymphoma and SAR650984, a CD38 antibody, into
    the clinic": SAR3419 in Phase II, SAR650984 in Phase I."""
    stages = _stages("immunogen-2010q4.htm")
    assert ("coltuximab-ravtansine", "PhaseII", None) in stages
    assert ("isatuximab", "PhaseI", None) in stages


def test_an_antigen_targeting_anaphor_and_ind_enabling_studies() -> None:
    """ "expects to file an IND for this CD19-targeting compound" (under "SAR3419 –") and "advanced AMG
    172 into IND-enabling studies" are preclinical stages."""
    assert ("coltuximab-ravtansine", "Preclinical", None) in _stages("immunogen-2006q2.htm")
    assert ("amg-172", "Preclinical", None) in _stages("immunogen-2010q4.htm")


def test_a_compounds_lead_line_is_the_topic_of_its_paragraph_and_bullets() -> None:
    """ "huN901-DM1 - in Phase I/II testing …" then the bullet "Enrollment continues in the Phase II
    portion of the Phase I/II trial in relapsed SCLC"; "Lorvotuzumab mertansine - In February 2013,
    ImmunoGen discontinued the Phase II NORTH trial … The Phase I trial in multiple myeloma continues.":
    stopping one trial leaves the compound's other trial current."""
    assert ("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer") in _stages("immunogen-2004q3.txt")
    assert _compound_stages("immunogen-2013q3.txt", "lorvotuzumab-mertansine") == {
        ("PhaseI", "multiple-myeloma")
    }
    assert "development stage stated without one compound to attach it to" not in skip_reasons(
        list(_facts("immunogen-2004q3.txt"))
    )


def test_ocr_damaged_inns_and_conjugate_names_are_hidden_labels() -> None:
    """ "cantuzurnab mertansine" ("rn" for "m") and "huN9O1-DM1" (O for 0) are hidden labels of their
    reference compounds; the damaged spelling names no antibody."""
    facts = list(_facts("immunogen-2002q2.txt"))
    names = mention_names(facts, "compound")
    assert "cantuzurnab mertansine" in names["cantuzumab-mertansine"]
    hidden = {
        label
        for f in facts
        if getattr(f, "ref", None) is not None and hasattr(f, "hidden_labels")
        for label in f.hidden_labels
    }
    assert {"cantuzurnab mertansine", "huN9O1-DM1", "BB-1O901"} <= hidden
    antibodies = {str(f.obj) for f in facts if isinstance(f, Relation) and f.predicate == "antibody"}
    assert antibodies == {"huN901"}
    assert "compound/cantuzurnab" not in {f"compound/{k}" for k in names}


def test_a_licence_of_the_filers_technology_makes_a_partner() -> None:
    """ "Biogen Idec licensed the TAP technology …, and Centocor, Inc. obtained a license to use the TAP
    technology": the release calls it "The Company's proprietary … (TAP) technology", so ImmunoGen is
    the licensor, and the sentence tells of no deal between Biogen Idec and Centocor."""
    partners = _edges("immunogen-2004q3.txt", "partner")
    assert partners == {("immunogen", "biogen-idec"), ("immunogen", "centocor")}


def test_no_stage_for_plans_stops_and_other_companies_deals() -> None:
    """Facts that must not come out: planned stages (IMGN853 and AMG 172 in 2012, T-DM1 in mid-2006,
    BIIB015 into the clinic, GlaxoSmithKline's Phase II), stopped programmes (bivatuzumab mertansine,
    AVE9633 in 2008), the huMy9-6 antibody's CD33 given to no compound, and no partner from an ended
    deal (British Biotech/Vernalis in 2004)."""
    assert ("mirvetuximab-soravtansine", "PhaseI") not in {
        (c, p) for c, p, _ in _stages("immunogen-2011q2.txt")
    }
    assert not _compound_stages("immunogen-2011q2.txt", "amg-172")
    assert not _compound_stages("immunogen-2006q2.htm", "trastuzumab-emtansine")
    assert not _compound_stages("immunogen-2008q1.txt", "biib015")
    assert not _compound_stages("immunogen-2008q1.txt", "ave9633")
    assert not _compound_stages("immunogen-2004q3.txt", "bivatuzumab-mertansine")
    assert _compound_stages("immunogen-2001q4.txt", "cantuzumab-mertansine") == {("PhaseI", None)}
    assert not any(t == "cd33" for _, t in _edges("immunogen-2001q4.txt", "targets"))
    assert not any(p in ("british-biotech", "vernalis") for _, p in _edges("immunogen-2004q3.txt", "partner"))


def _text_stages(body: str) -> set[tuple[str, str, str | None]]:
    head = "WALTHAM, Mass., May 4, 2009 -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced results.\n\n"
    return stage_rows(list(run(text_document("release.txt", head + body))))


def test_another_companys_trial_under_a_lead_line_is_not_the_leads() -> None:
    lead = "IMGN901 - enrolling patients in the Phase II trial in SCLC.\n"
    own = {("lorvotuzumab-mertansine", "PhaseII", "small-cell-lung-cancer")}
    assert _text_stages(lead + "\n\u2022 Biotest began a Phase I/IIa trial in multiple myeloma.\n") == own
    assert (
        _text_stages(lead + "\n\u2022 Bayer started Phase I testing of its mesothelin-targeting compound.\n")
        == own
    )
    assert (
        _text_stages(lead.replace(" - ", ": ") + "Amgen began Phase I testing in renal cell carcinoma.\n")
        == own
    )
    # The filer's own trial under the lead line stays the lead's.
    assert _text_stages(
        lead + "\n\u2022 ImmunoGen also began a Phase I trial in multiple myeloma.\n"
    ) == own | {("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma")}


def test_a_party_using_the_filers_technology_makes_no_deal_of_the_filer() -> None:
    head = (
        "WALTHAM, Mass., May 4, 2009 -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced results.\n\n"
        "ImmunoGen develops anticancer products using ImmunoGen's TAP technology.\n\n"
    )
    for body in (
        "Biotest, which uses the TAP technology, entered into a license agreement with Abbott for its antibody.\n",
        "Amgen and Takeda formed a partnership in 2008 to develop AMG 172, which uses the TAP technology.\n",
    ):
        facts = list(run(text_document("release.txt", head + body)))
        assert relation_edges(facts, "partner") == set(), body
