"""The pipeline extractor on releases of other biotech companies (Seattle Genetics, Micromet, Genmab,
MacroGenics, ImmunoGen, Immunomedics, Medarex) holding sentences that once made it state wrong facts.

Each test runs the real extractor on the release text and checks the exact facts now stated: the
phase of a pivotal trial as printed, past or reported trials and planned ones giving no current stage,
each compound of "A into Phase III and B into Phase II" in its own phase, a radiolabeled antibody as a
product of its own, an antibody's target and a linker's payload read as such, code names with a space
and four digits or a thousands comma read whole, institutions, departments and subsidiaries kept from
the companies, the filer's bare name as the filer, partners listed by name, and "develop X as Y".
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
from kg.model import EntityRef, Relation, SameAs

FIXTURES = Path(__file__).parent / "reviewed_releases"


_facts = pipeline_facts


SEAGEN_HEAD = (
    "Seattle Genetics Reports Fourth Quarter and Year 2009 Financial Results\n\n"
    "BOTHELL, Wash.--(BUSINESS WIRE)--Feb. 24, 2010--Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
    "financial results for the fourth quarter and year ended December 31, 2009.\n\n"
)
MICROMET_2010_HEAD = (
    "Micromet Reports Second Quarter 2010 Financial Results\n\n"
    "BETHESDA, Md., Aug. 5, 2010 (GLOBE NEWSWIRE) -- Micromet, Inc. (Nasdaq:MITI) today reported "
    "financial results for the second quarter ended June 30, 2010.\n\n"
)
MICROMET_2007_HEAD = (
    "Micromet Reports Third Quarter 2007 Financial Results\n\n"
    "BETHESDA, MD, November 8, 2007 - Micromet, Inc. (Nasdaq: MITI) today announced financial results for "
    "the third quarter ended September 30, 2007.\n\n"
)
MACROGENICS_HEAD = (
    "MacroGenics Reports Third Quarter 2013 Financial Results\n\n"
    "ROCKVILLE, Md., Nov. 12, 2013 (GLOBE NEWSWIRE) -- MacroGenics, Inc. (Nasdaq:MGNX) today reported "
    "financial results for the quarter ended September 30, 2013.\n\n"
)
IMMUNOGEN_HEAD = (
    "ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2012 Financial Results\n\n"
    "WALTHAM, MA, January 27, 2012 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results for "
    "the quarter ended December 31, 2011.\n\n"
)
IMMUNOMEDICS_HEAD = (
    "IMMUNOMEDICS REPORTS SECOND QUARTER FISCAL 2002 RESULTS\n\n"
    "MORRIS PLAINS, N.J., February 13, 2002 -- Immunomedics, Inc. (Nasdaq: IMMU) today reported financial "
    "results for the second quarter of fiscal year 2002.\n\n"
)
MEDAREX_HEAD = (
    "MEDAREX REPORTS FIRST QUARTER 2005 FINANCIAL RESULTS\n\n"
    "PRINCETON, N.J.; May 4, 2005 -- Medarex, Inc. (Nasdaq: MEDX) today reported financial results for the "
    "first quarter ended March 31, 2005.\n\n"
)


PIVOTAL_PHASE_II = SEAGEN_HEAD + (
    "-Pivotal Trial of Brentuximab Vedotin (SGN-35) Completes Enrollment; BLA Submission Planned for First "
    "Half of 2011-\n\n"
    "In December 2009, we completed enrollment of our pivotal phase II trial of brentuximab vedotin in 102 "
    "patients with relapsed or refractory Hodgkin lymphoma.\n"
)


def test_a_pivotal_trial_takes_the_phase_the_filing_prints_for_it() -> None:
    facts = _facts("seagen.txt", PIVOTAL_PHASE_II)
    # The subtitle's "Pivotal Trial" is the "pivotal phase II trial" of the text: Phase II, not the
    # Phase III a pivotal trial with no phase printed anywhere is read as.
    assert _stages(facts) == {("brentuximab-vedotin", "PhaseII", None)}
    assert (
        "'pivotal' not read as PhaseIII for brentuximab-vedotin: the filing prints its pivotal trial's "
        "phase (PhaseII)"
    ) in _skips(facts)


def test_a_pivotal_trial_with_no_phase_printed_is_still_phase_iii() -> None:
    text = SEAGEN_HEAD + "SGN-75 is in a pivotal trial in multiple myeloma.\n"
    assert _stages(_facts("seagen.txt", text)) == {("sgn-75", "PhaseIII", "multiple-myeloma")}


PIVOTAL_PLANNED = MICROMET_2010_HEAD.replace(
    "\n\nBETHESDA",
    "\n\n-- Blinatumomab Phase 2 trial BLAST enrolling in Europe; pivotal trial in relapsed/refractory ALL "
    "planned --\n\nBETHESDA",
) + (
    "A Phase 3 trial of MT110 is planned for the second half of 2011.\n\n"
    "A Phase 2 trial of MT111 in gastric cancer planned.\n\n"
    "The Phase 2 trial of MT103 continues to enroll patients as planned.\n"
)


def test_a_trial_stated_as_planned_in_a_headline_is_no_current_stage() -> None:
    facts = _facts("micromet.txt", PIVOTAL_PLANNED)
    # "pivotal trial … planned" and "planned for the second half of 2011" are plans; "as planned" tells
    # of a trial going on.
    assert _stages(facts) == {
        ("blinatumomab", "PhaseII", None),
        ("mt103", "PhaseII", None),
    }
    assert "planned, not current, stage (PhaseIII) for blinatumomab" in _skips(facts)
    assert "planned, not current, stage (PhaseIII) for mt110" in _skips(facts)
    assert "planned, not current, stage (PhaseII) for mt111" in _skips(facts)
    assert _edges(facts, "phase") == {("blast", "PhaseII")}


GENMAB_APPROVAL_BASIS = (
    "Genmab Announces Financial Results for the First Nine Months of 2009\n\n"
    "Copenhagen, Denmark; November 5, 2009 - Genmab A/S (OMX: GEN) announced today its financial results "
    "for the first nine months of 2009.\n\n"
    "Ofatumumab (HuMax-CD20)\n\n"
    "Ofatumumab is a human monoclonal antibody that targets the CD20 molecule. The pivotal study "
    "Hx-CD20-406, on which the approval was based, enrolled 154 patients.\n"
)


def test_the_pivotal_study_an_approval_was_based_on_is_no_current_stage() -> None:
    facts = _facts("genmab.txt", GENMAB_APPROVAL_BASIS)
    assert _stages(facts) == set()
    assert "the trial an approval was based on, not a current stage (PhaseIII) for ofatumumab" in _skips(
        facts
    )
    assert _edges(facts, "targets") == {("ofatumumab", "cd20")}


RESULTS_OF_TRIALS = IMMUNOGEN_HEAD + (
    "Data from the Phase II trial TDM4450g, in which T-DM1 was compared with Herceptin plus docetaxel in "
    "first-line HER2-positive metastatic breast cancer, were presented in December at the San Antonio "
    "Breast Cancer Symposium.\n\n"
    "Following the results of the Phase 3 PROTEGE trial, Eli Lilly and Company terminated its "
    "collaboration with MacroGenics for teplizumab in 2010, and we regained all rights.\n\n"
    "Interim data from the ongoing Phase II trial of IMGN901 were presented at ASCO.\n\n"
    "The first data from the Phase I study of IMGN529 were presented at ASH.\n\n"
    "Results of the Phase III trial of IMGN853 are expected in mid-2012.\n"
)


def test_results_of_a_trial_state_no_current_stage() -> None:
    facts = _facts("immunogen.txt", RESULTS_OF_TRIALS)
    # A trial named as the source of results has given them: the compound may have moved on since. Interim,
    # first or awaited results come from a trial going on, which is the compound's current stage.
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseII", None),
        ("naratuximab-emtansine", "PhaseI", None),
        ("mirvetuximab-soravtansine", "PhaseIII", None),
    }
    assert sorted(r for r in _skips(facts) if r.startswith("a trial's results")) == [
        "a trial's results reported, not a current stage (PhaseII) for trastuzumab-emtansine",
        "a trial's results reported, not a current stage (PhaseIII) for teplizumab",
    ]


def test_a_patient_marker_of_a_comparison_is_no_target() -> None:
    facts = _facts("immunogen.txt", RESULTS_OF_TRIALS)
    # "HER2-positive" selects the patients of both arms of "T-DM1 … compared with Herceptin plus docetaxel"
    # (Herceptin is a name no list knows): it is no evidence of T-DM1's target.
    assert _edges(facts, "targets") == set()
    assert (
        "target 'HER2' selects the patients of a comparison or combination of treatments, not the "
        "compound's target"
    ) in _skips(facts)
    alone = IMMUNOGEN_HEAD + "T-DM1 is in a Phase III trial in HER2-positive metastatic breast cancer.\n"
    assert _edges(_facts("immunogen.txt", alone), "targets") == {("trastuzumab-emtansine", "her2")}


TWO_CODES = MEDAREX_HEAD + (
    "Centocor, Inc., a Johnson & Johnson company, has advanced CNTO 148 into Phase III trials in rheumatoid "
    "arthritis and CNTO 1275 into Phase II trials in psoriasis.\n\n"
    "Biogen Idec advanced BIIB-022 into Phase II trials and its second antibody into Phase I trials.\n\n"
    "MDX-1100, an antibody to IP-10, is in a Phase I trial in ulcerative colitis.\n\n"
    "Pfizer's anti-CTLA-4 antibody, CP-675,206, is also in clinical trials in melanoma.\n\n"
    "The ASCO 2005 meeting included data on antibody trials.\n"
)


def test_each_compound_moved_into_a_phase_keeps_its_own() -> None:
    facts = _facts("medarex.txt", TWO_CODES)
    # "CNTO 1275" (a space and four digits) is a code name; each "X into Phase N" is that compound's, and a
    # product not named ("its second antibody into Phase I") lends its phase to no compound before it.
    assert _stages(facts) == {
        ("cnto-148", "PhaseIII", None),
        ("cnto-1275", "PhaseII", None),
        ("biib-022", "PhaseII", None),
        ("mdx-1100", "PhaseI", None),
    }
    assert "asco-2005" not in _names(facts, "compound")


def test_an_antibodys_target_and_a_code_with_a_thousands_comma() -> None:
    facts = _facts("medarex.txt", TWO_CODES)
    compounds = _names(facts, "compound")
    # IP-10 is what MDX-1100 binds, not a compound; "CP-675,206" is one name, read whole.
    assert "ip-10" not in compounds
    assert compounds["cp-675-206"] == {"CP-675,206"}
    assert "cp-675" not in compounds
    assert _edges(facts, "targets") == {("mdx-1100", "ip-10"), ("cp-675-206", "ctla-4")}


RADIOLABELED = IMMUNOMEDICS_HEAD + (
    "Epratuzumab is in a Phase III trial in patients with indolent non-Hodgkin's lymphoma. A Phase I/II "
    "trial of yttrium-90-labeled epratuzumab (90Y-hLL2) is underway at the Garden State Cancer Center.\n\n"
    "A Phase I trial of labetuzumab labeled with yttrium-90 began in 2001.\n"
)


def test_a_radiolabeled_antibody_is_a_product_of_its_own() -> None:
    facts = _facts("immunomedics.txt", RADIOLABELED)
    # The Phase I/II trial is of the yttrium-90-labeled antibody, not of the bare epratuzumab.
    assert _stages(facts) == {
        ("epratuzumab", "PhaseIII", "non-hodgkin-lymphoma"),
        ("yttrium-90-labeled-epratuzumab", "PhaseI_II", None),
        ("labetuzumab-labeled-with-yttrium-90", "PhaseI", None),
    }
    assert _names(facts, "compound")["yttrium-90-labeled-epratuzumab"] == {"yttrium-90-labeled epratuzumab"}


def test_a_linker_printed_with_the_payload_is_not_the_payload() -> None:
    text = SEAGEN_HEAD + (
        "Celldex is conducting a phase II trial of CDX-011 (formerly CR011-vcMMAE), an ADC targeting GPNMB, "
        "in patients with advanced breast cancer.\n\n"
        "huC242-SPDB-DM4 is in a Phase I trial.\n"
    )
    facts = _facts("seagen.txt", text)
    # "vc" is the linker glued to MMAE; "SPDB" the linker between the antibody and DM4.
    assert _edges(facts, "payload") == {("cdx-011", "mmae"), ("huc242-spdb-dm4", "dm4")}
    assert _edges(facts, "antibody") == {("cdx-011", "CR011"), ("huc242-spdb-dm4", "huC242")}
    assert set(_names(facts, "payload")) == {"mmae"}


def test_an_institution_is_no_company_and_no_partner() -> None:
    text = IMMUNOMEDICS_HEAD + (
        "In the quarter the Company also entered into a research collaboration with the Center for "
        "Molecular Medicine and Immunology, a not-for-profit research center.\n\n"
        "We also have a license agreement with the University of Texas for IMMU-110.\n"
    )
    facts = _facts("immunomedics.txt", text)
    assert set(_names(facts, "company")) == {"immunomedics"}
    assert _edges(facts, "partner") == set()


def test_a_department_in_a_title_is_no_company() -> None:
    text = MACROGENICS_HEAD + (
        "Jon M. Wigginton, M.D., joined MacroGenics in October as Senior Vice President, Clinical "
        "Development and Chief Medical Officer. Dr. Wigginton was formerly Executive Director, Discovery "
        "Medicine-Clinical Oncology, at Bristol-Myers Squibb.\n\n"
        "Our partner, Zeta Oncology, will develop MGD007.\n"
    )
    facts = _facts("macrogenics.txt", text)
    assert set(_names(facts, "company")) == {"macrogenics", "zeta-oncology"}


def test_a_subsidiary_is_not_its_parent() -> None:
    text = MICROMET_2007_HEAD + (
        "Micromet AG, the company's wholly-owned subsidiary in Munich, Germany, conducts the company's "
        "research.\n"
    )
    facts = _facts("micromet.txt", text)
    names = _names(facts, "company")
    assert names["micromet"] == {"Micromet, Inc."}
    assert names["micromet-ag"] == {"Micromet AG"}
    assert _edges(facts, "subsidiaryOf") == {("micromet-ag", "micromet")}


def test_the_filers_bare_name_is_the_filer_and_listed_partners_are_partners() -> None:
    doc = read_document(FIXTURES / "genmab-2009q3-6k.htm")
    facts = list(run(doc))
    companies = _names(facts, "company")
    # "Roche terminated its research collaboration with Genmab" in a Genmab A/S filing names the filer; the
    # legal form "A/S" is no part of the bare name.
    assert "genmab" not in companies
    assert companies["genmab-a-s"] == {"GENMAB A/S", "Genmab A/S", "Genmab"}
    same = {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs) and f.a.kind == "company"}
    assert same == {("genmab-a-s", "genmab")}
    # Every name of "alliances with GlaxoSmithKline, Emergent BioSolutions, Amgen and H. Lundbeck A/S."
    # is a partner, the last with its initial.
    assert _edges(facts, "partner") == {
        ("genmab-a-s", "glaxosmithkline"),
        ("genmab-a-s", "emergent-biosolutions"),
        ("genmab-a-s", "amgen"),
        ("genmab-a-s", "h-lundbeck-a-s"),
        ("genmab-a-s", "medarex"),  # "technology licensed from Medarex, Inc."
    }
    assert "collaboration with 'Roche' stated as ended" in _skips(facts)


def test_partners_named_without_a_legal_form() -> None:
    text = MEDAREX_HEAD + (
        "MDX-010 is being developed jointly with Bristol-Myers Squibb Company under a collaboration entered "
        "into in January 2005.\n\n"
        "Our partner MedImmune is conducting a Phase I trial of MDX-1100.\n\n"
        "We have collaborations with Pfizer, Zeta and others.\n\n"
        "Medarex's partners include Genmab, Progenics, Daiichi Sankyo and Amgen.\n"
    )
    facts = _facts("medarex.txt", text)
    # A list of partners is read when each item is a name and the list ends its sentence ("and others"
    # leaves "Zeta" unsure).
    assert _edges(facts, "partner") == {
        ("medarex", "bristol-myers-squibb"),
        ("medarex", "medimmune"),
        ("medarex", "pfizer"),
        ("medarex", "genmab"),
        ("medarex", "progenics"),
        ("medarex", "daiichi-sankyo"),
        ("medarex", "amgen"),
    }
    assert "zeta" not in _names(facts, "company")


def test_develop_as_names_the_compound_again() -> None:
    text = MICROMET_2007_HEAD + (
        "MT293, which was formerly known as D93, is a humanized antibody binding to cleaved collagen. In "
        "September 2007, Micromet licensed MT293 to TRACON Pharmaceuticals, Inc., which will develop the "
        "antibody as TRC093 for the treatment of cancer.\n\n"
        "Zeta will develop MT110 as a single agent and ZT-201 in combination.\n"
    )
    facts = _facts("micromet.txt", text)
    assert _names(facts, "compound")["mt293"] == {"MT293", "TRC093"}
    same = [f for f in facts if isinstance(f, SameAs)]
    assert [(f.a.key, f.b.key) for f in same] == [("trc093", "mt293")]
    assert same[0].evidence.quote == (
        "MT293 to TRACON Pharmaceuticals, Inc., which will develop the antibody as TRC093"
    )
    assert {"mt110", "zt-201"} <= set(_names(facts, "compound"))
    covers = {f.obj for f in facts if isinstance(f, Relation) and f.predicate == "covers"}
    assert covers == {EntityRef("compound", "mt293")}


def test_a_whole_release_of_partnered_programs() -> None:
    facts = list(run(read_document(FIXTURES / "medarex-2005q1.txt")))
    assert _stages(facts) == {
        ("mdx-010", "PhaseIII", None),
        ("mdx-010", "PhaseII", "prostate-cancer"),
        ("mdx-060", "PhaseII", None),
        ("mdx-070", "PhaseI", "prostate-cancer"),
        ("mdx-1100", "PhaseI", None),
        ("mdx-1106", "Preclinical", None),
        ("cnto-148", "PhaseIII", None),
        ("cnto-1275", "PhaseII", None),
        ("amg-714", "PhaseII", None),
    }
    assert _edges(facts, "targets") == {
        ("cp-675-206", "ctla-4"),
        ("mdx-060", "cd30"),
        ("mdx-070", "psma"),
        ("mdx-1100", "ip-10"),
        ("mdx-1106", "pd-1"),
    }
    # The partners the release lists, Eisai's ended collaboration left out.
    assert _edges(facts, "partner") == {
        ("medarex", partner)
        for partner in (
            "amgen",
            "bristol-myers-squibb",
            "centocor",
            "genmab-a-s",
            "kirin-brewery",
            "novartis",
            "ono-pharmaceutical",
            "pfizer",
        )
    }
