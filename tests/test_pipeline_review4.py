"""The pipeline extractor on releases of Celldex, Curis, Immunomedics, Seattle Genetics, XOMA and ImmunoGen
holding sentences that once made it state wrong facts.

Each test runs the real extractor on the release text and checks the exact facts now stated: stages
prepared, hoped for, turned down or stopped giving no current stage, a pivotal trial that met its
primary endpoint giving its result, developers told of in their own clause or relative clause, names of
what a drug acts on, cooperative groups, contact titles and OCR misprints of the filer kept from the
companies, descriptors and owners in brackets kept from the partners, bracketed lists of other names,
"CODE (INN)" headings, radiolabeled INNs and antigens named with a Greek letter.
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
from kg.model import Mention, SameAs

FIXTURES = Path(__file__).parent / "reviewed_releases"


_facts = pipeline_facts


CELLDEX_HEAD = (
    "NEEDHAM, MA, May 5, 2011 (GLOBE NEWSWIRE) -- Celldex Therapeutics, Inc. (Nasdaq: CLDX) today reported "
    "business and financial highlights for the first quarter ended March 31, 2011.\n\n"
)
CURIS_HEAD = (
    "LEXINGTON, Mass., Feb. 21, 2013 (GLOBE NEWSWIRE) -- Curis, Inc. (Nasdaq:CRIS) today reported its "
    "financial results for the fourth quarter and year ended December 31, 2012.\n\n"
)
IMMU_HEAD = (
    "MORRIS PLAINS, N.J., May 7, 2009 -- Immunomedics, Inc. (NASDAQ: IMMU) today reported results for the "
    "third quarter of fiscal year 2009 ended March 31, 2009.\n\n"
)
SGEN_HEAD = (
    "BOTHELL, WA, August 5, 2010 - Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial results "
    "for the second quarter ended June 30, 2010.\n\n"
)
XOMA_HEAD = (
    "BERKELEY, Calif., August 4, 2011 -- XOMA Ltd. (Nasdaq: XOMA) today announced its financial results for "
    "the second quarter ended June 30, 2011.\n\n"
)
IMMUNOGEN_2010_HEAD = (
    "ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2010 Financial Results\n\n"
    "WALTHAM, Mass., Jan 29, 2010 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced "
    "financial results for the three-month period ended December 31, 2009.\n\n"
)
IMMUNOGEN_2011_HEAD = (
    "ImmunoGen, Inc. Reports First Quarter Fiscal Year 2012 Financial Results\n\n"
    "WALTHAM, Mass.--(BUSINESS WIRE)--Nov. 2, 2011-- ImmunoGen, Inc. (Nasdaq: IMGN) today announced "
    "financial results for the three-month period ended September 30, 2011.\n\n"
)


# --- Stages -------------------------------------------------------------------------------------------


def test_a_phase_program_being_designed_for_another_compound_is_no_stage_of_the_first() -> None:
    text = CELLDEX_HEAD + (
        '"We have made excellent progress in the first quarter, completing enrollment in the EMERGE study of '
        'CDX-011 and finalizing the design of our Phase 3 program for rindopepimut," said Anthony S. Marucci, '
        "President and Chief Executive Officer of Celldex Therapeutics.\n"
    )
    facts = _facts("celldex.txt", text)
    # "rindopepimut" is an INN ("-pimut"): the sentence names two compounds, and the Phase 3 being
    # designed is nobody's current stage.
    assert set(_names(facts, "compound")) == {"cdx-011", "rindopepimut"}
    assert _stages(facts) == set()


def test_a_trial_being_prepared_or_looked_forward_to_is_no_current_stage() -> None:
    prepared = IMMU_HEAD + (
        "IMMU-130 (labetuzumab-SN-38) targets CEACAM5 and is being prepared for a Phase I trial in metastatic "
        "colorectal cancer; an IND filing is planned for calendar year 2010.\n"
    )
    facts = _facts("immu.txt", prepared)
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseI) for immu-130" in _skips(facts)
    future = CURIS_HEAD + (
        '"We look forward to advancing CUDC-907 into the clinic in 2013," said Dan Passeri, Curis\' President '
        "and Chief Executive Officer.\n"
    )
    facts = _facts("curis.txt", future)
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseI) for cudc-907" in _skips(facts)


def test_moving_compounds_into_the_clinic_is_an_aim() -> None:
    text = IMMUNOGEN_2011_HEAD + (
        '"Our development team is focused on moving IMGN529 and IMGN853 into the clinic," said Charles '
        "Morris, M.B. Ch.B., Executive Vice President and Chief Development Officer.\n"
    )
    facts = _facts("immunogen.txt", text)
    assert _stages(facts) == set()
    assert "planned, not current, stage (PhaseI) for mirvetuximab-soravtansine" in _skips(facts)


def test_a_pivotal_trial_that_met_its_primary_endpoint_is_a_result() -> None:
    headline = (
        "           SEATTLE GENETICS REPORTS SECOND QUARTER 2010 FINANCIAL RESULTS\n\n"
        "   -Pivotal Trial of Brentuximab Vedotin in Hodgkin Lymphoma Meets Primary\n"
        "                                   Endpoint-\n\n"
    )
    facts = _facts("sgen.txt", headline + SGEN_HEAD)
    # The trial has given its main result: no current stage, as for "data from the trial".
    assert _stages(facts) == set()
    assert "a trial's results reported, not a current stage (PhaseIII) for brentuximab-vedotin" in _skips(
        facts
    )
    text = (
        headline
        + SGEN_HEAD
        + (
            "  - The pivotal phase II trial of brentuximab vedotin in 102 patients with\n"
            "    relapsed or refractory Hodgkin lymphoma met its primary endpoint, with an\n"
            "    objective response rate of 75 percent by independent review.\n"
            "  - The AETHERA phase III trial, evaluating brentuximab vedotin as\n"
            "    consolidation therapy following autologous stem cell transplant in Hodgkin\n"
            "    lymphoma patients at high risk of relapse, began enrolling patients in\n"
            "    April 2010.\n"
        )
    )
    assert _stages(_facts("sgen.txt", text)) == {("brentuximab-vedotin", "PhaseIII", None)}


def test_a_compound_not_to_be_advanced_has_no_current_stage() -> None:
    text = IMMUNOGEN_2010_HEAD + (
        "IMGN242 (huC242-DM4) - ImmunoGen has closed enrollment in the Phase II trial of IMGN242 in gastric "
        "cancer and does not plan to continue development of the compound.\n\n"
        "Bivatuzumab mertansine - Boehringer Ingelheim has completed its Phase I testing of bivatuzumab "
        "mertansine, which targets CD44v6, and has informed ImmunoGen that it does not plan to advance the "
        "compound.\n\n"
        "Cantuzumab mertansine is no longer in development. It was in Phase I testing.\n\n"
        "IMGN388 is in Phase I testing. ImmunoGen decided not to pursue development of IMGN388.\n"
    )
    facts = _facts("immunogen.txt", text)
    assert _stages(facts) == set()
    reasons = _skips(facts)
    for phase, compound in (
        ("PhaseII", "cantuzumab-ravtansine"),
        ("PhaseI", "bivatuzumab-mertansine"),
        ("PhaseI", "imgn388"),
    ):
        assert f"development stopped or past: no current stage ({phase}) for {compound}" in reasons
    # The stop leaves the other facts of the sentence: the target is still the compound's.
    assert _edges(facts, "targets") == {("bivatuzumab-mertansine", "cd44v6")}


def test_a_trial_decided_against_gives_no_stage_and_no_indication() -> None:
    text = IMMUNOGEN_2011_HEAD + (
        "In September 2011, ImmunoGen decided not to initiate a pivotal trial of lorvotuzumab mertansine in "
        "Merkel cell carcinoma.\n"
    )
    facts = _facts("immunogen.txt", text)
    assert _stages(facts) == set()
    assert _edges(facts, "indication") == set()
    assert "a stage stated as not to be entered: no current stage (PhaseIII) for lorvotuzumab-mertansine" in (
        _skips(facts)
    )


# --- Developers and partners ---------------------------------------------------------------------------


def test_a_developer_is_the_one_of_the_compounds_own_clause() -> None:
    text = SGEN_HEAD + (
        "Genentech is conducting phase I trials of several ADCs that use Seattle Genetics' technology, and "
        "Celldex Therapeutics is evaluating CDX-011 (glembatumumab vedotin) in a phase IIb trial in breast "
        "cancer.\n"
    )
    facts = _facts("sgen.txt", text)
    assert _edges(facts, "developedBy") == {("glembatumumab-vedotin", "celldex-therapeutics")}
    assert _stages(facts) == {("glembatumumab-vedotin", "PhaseII", "breast-cancer")}


def test_a_relative_clause_after_a_list_tells_of_its_last_name() -> None:
    text = CURIS_HEAD + (
        "Curis' pipeline includes CUDC-907, CUDC-101 and Debio 0932, which is being developed by Debiopharm.\n"
    )
    facts = _facts("curis.txt", text)
    # "Debio 0932" (a word and digits) is a code name, listed with two others.
    assert set(_names(facts, "compound")) == {"cudc-907", "cudc-101", "debio-0932"}
    assert _edges(facts, "developedBy") == {("debio-0932", "debiopharm")}
    # With the last name not read as a compound's, the clause tells of none of the others.
    unknown = (
        CURIS_HEAD
        + "Curis' pipeline includes CUDC-907, CUDC-101 and a third program, which is being developed by Debiopharm.\n"
    )
    assert _edges(_facts("curis.txt", unknown), "developedBy") == set()


def test_a_descriptor_after_a_colon_and_an_owner_in_brackets_are_no_partners() -> None:
    text = SGEN_HEAD + (
        '"With our partner Millennium: The Takeda Oncology Company, we are now broadening the development of '
        'brentuximab vedotin into earlier lines of therapy," said Clay B. Siegall, Ph.D., President and Chief '
        "Executive Officer of Seattle Genetics.\n\n"
        "Seattle Genetics has also licensed its ADC technology to Genentech (Roche) and Progenics.\n"
    )
    facts = _facts("sgen.txt", text)
    assert "takeda-oncology" not in _names(facts, "company")
    assert _edges(facts, "partner") == {
        ("seattle-genetics", "millennium-pharmaceuticals"),
        ("seattle-genetics", "genentech"),
    }
    assert _edges(facts, "subsidiaryOf") == set()
    assert "'Roche' named in brackets after another company (its parent or owner), not a partner" in _skips(
        facts
    )


def test_an_acquired_company_is_no_partner_by_any_words_of_its_sentence() -> None:
    text = (
        "ImmunoGen, Inc. Announces Third Quarter Fiscal 2008 Results\n\n"
        "CAMBRIDGE, Mass., April 30, 2008 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results "
        "for the third quarter ended March 31, 2008.\n\n"
        ". Amgen, which acquired Abgenix in 2006, is evaluating the TAP technology with its antibodies under "
        "the agreements Abgenix had with ImmunoGen.\n"
    )
    facts = _facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {("immunogen", "amgen")}
    assert "'Abgenix' named in an acquisition or merger, not a partnership" in _skips(facts)


# --- Names ---------------------------------------------------------------------------------------------


def test_what_a_drug_acts_on_is_no_compound() -> None:
    text = (
        CURIS_HEAD
        + "Debio 0932 (formerly CUDC-305), an oral HSP90 inhibitor, was licensed to Debiopharm in 2009.\n"
    )
    facts = _facts("curis.txt", text)
    assert _names(facts, "compound") == {"debio-0932": {"Debio 0932", "CUDC-305"}}
    same = {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs)}
    assert same == {("cudc-305", "debio-0932")}
    receptor = CELLDEX_HEAD + (
        "- CDX-1401, a fusion of a human antibody to the DEC-205 receptor with the NY-ESO-1 tumor antigen, is "
        "in a Phase 1 study in patients with advanced malignancies.\n"
    )
    assert set(_names(_facts("celldex.txt", receptor), "compound")) == {"cdx-1401"}


def test_a_cooperative_group_is_no_company() -> None:
    text = IMMU_HEAD + (
        "In oncology, epratuzumab is being studied in a Phase II trial in combination with chemotherapy in "
        "children with relapsed acute lymphoblastic leukemia, sponsored by the Children's Oncology Group.\n"
    )
    facts = _facts("immu.txt", text)
    assert set(_names(facts, "company")) == {"immunomedics"}


def test_the_filers_name_as_ocr_printed_it_is_the_filer() -> None:
    text = CELLDEX_HEAD + (
        '"We have made excellent progress in the first quarter," said Anthony S. Marucci, President and Chief '
        "Executive Officer of Ce1ldex Therapeutics.\n"
    )
    facts = _facts("celldex.txt", text)
    assert set(_names(facts, "company")) == {"celldex-therapeutics"}
    hidden = {label for f in facts if isinstance(f, Mention) for label in f.hidden_labels}
    assert hidden == {"Ce1ldex Therapeutics"}


def test_contact_words_before_the_filers_name_are_no_part_of_it() -> None:
    doc = read_document(FIXTURES / "xoma-contacts.htm")
    facts = list(run(doc))
    assert _names(facts, "company") == {"xoma": {"XOMA Ltd."}}


def test_a_bracketed_list_of_other_names_after_an_inn() -> None:
    text = IMMU_HEAD + (
        "Milatuzumab (hLL1, IMMU-115), a humanized anti-CD74 antibody, is in Phase I/II trials in patients "
        "with multiple myeloma.\n\n"
        "Clivatuzumab Tetraxetan\n\n"
        "90Y-clivatuzumab tetraxetan (90Y-hPAM4, IMMU-107), a radiolabeled humanized antibody, is in a Phase "
        "Ib study in patients with advanced pancreatic cancer.\n"
    )
    facts = _facts("immu.txt", text)
    # Each name of the list is another name of the INN; the INN of a radioconjugate ("… tetraxetan") names
    # the radiolabeled product, which its heading and its other names name too.
    assert _names(facts, "compound") == {
        "milatuzumab": {"Milatuzumab", "hLL1", "IMMU-115"},
        "clivatuzumab-tetraxetan": {
            "Clivatuzumab Tetraxetan",
            "clivatuzumab tetraxetan",
            "90Y-hPAM4",
            "IMMU-107",
        },
    }
    same = [(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs)]
    assert same == [
        ("hll1", "milatuzumab"),
        ("immu-115", "milatuzumab"),
        ("90y-hpam4", "clivatuzumab-tetraxetan"),
        ("immu-107", "clivatuzumab-tetraxetan"),
    ]
    assert _stages(facts) == {
        ("milatuzumab", "PhaseI_II", "multiple-myeloma"),
        ("clivatuzumab-tetraxetan", "PhaseI", "pancreatic-cancer"),
    }
    assert _edges(facts, "targets") == {("milatuzumab", "cd74")}


def test_a_list_holding_an_antigen_is_no_list_of_names() -> None:
    text = IMMU_HEAD + "Veltuzumab (CD20, IMMU-106) is in a Phase II trial.\n"
    facts = _facts("immu.txt", text)
    assert not [f for f in facts if isinstance(f, SameAs)]
    assert "cd20" not in _names(facts, "compound")


def test_a_heading_code_with_its_inn_in_brackets_is_one_compound() -> None:
    text = CELLDEX_HEAD + (
        "CDX-011 (glembatumumab vedotin)\n\n"
        "CDX-011 is an antibody-drug conjugate that targets glycoprotein NMB (gpNMB).\n\n"
        "- In March 2011, Celldex completed enrollment of 122 patients in EMERGE, a randomized Phase 2b study "
        "of glembatumumab vedotin in patients with advanced breast cancer.\n"
    )
    facts = _facts("celldex.txt", text)
    assert _names(facts, "compound") == {"glembatumumab-vedotin": {"CDX-011", "glembatumumab vedotin"}}
    assert _stages(facts) == {("glembatumumab-vedotin", "PhaseII", "breast-cancer")}


def test_an_antigen_named_with_a_greek_letter_is_its_own() -> None:
    text = XOMA_HEAD + (
        '"During the second quarter we continued to build the clinical program for gevokizumab, our lead '
        'anti-IL-1 beta antibody, together with our partner Servier," said Steven B. Engle, Chairman and '
        "Chief Executive Officer of XOMA.\n\n"
        "XOMA 052 is an antibody targeting IL-1β.\n"
    )
    facts = _facts("xoma.txt", text)
    # IL-1β is not IL-1; "IL-1 beta" and "IL-1β" are one antigen.
    assert _edges(facts, "targets") == {("gevokizumab", "il-1-beta"), ("xoma-052", "il-1-beta")}
    assert _names(facts, "target") == {"il-1-beta": {"IL-1 beta", "IL-1β"}}


def test_a_whole_release_of_another_company() -> None:
    facts = list(run(read_document(FIXTURES / "celldex_2011q1_ocr.txt")))
    assert _stages(facts) == {
        ("glembatumumab-vedotin", "PhaseII", "breast-cancer"),
        ("glembatumumab-vedotin", "PhaseI_II", None),
        ("cdx-1401", "PhaseI", None),
        ("cdx-301", "PhaseI", None),
        ("cdx-1127", "Preclinical", None),
    }
    companies = _names(facts, "company")
    assert companies["celldex-therapeutics"] >= {"Ce1ldex Therapeutics", "Celldex Therapeutics, Inc."}
    assert "ce1ldex-therapeutics" not in companies
    assert _names(facts, "compound")["rindopepimut"] == {"CDX-110", "Rindopepimut", "rindopepimut"}


# --- Stages read more often ----------------------------------------------------------------------------


def test_a_brand_printed_with_its_mark_elsewhere_and_its_approval() -> None:
    text = CURIS_HEAD.replace(
        "LEXINGTON",
        "\u2014 Erivedge\u00ae Royalty Revenues of $2.4 Million in First Year on Market \u2014\n\nLEXINGTON",
    ) + (
        "Erivedge (vismodegib): Erivedge, a first-in-class orally-administered Hedgehog pathway inhibitor "
        "discovered by Curis and Genentech, a member of the Roche Group, was approved by the U.S. Food and Drug "
        "Administration in January 2012 for the treatment of adults with metastatic basal cell carcinoma.\n"
    )
    facts = _facts("curis.txt", text)
    # "vismodegib" is an INN ("-degib"); "Erivedge", printed with "®" in the headline, is its brand.
    assert _names(facts, "compound") == {"vismodegib": {"Erivedge", "vismodegib"}}
    assert _stages(facts) == {("vismodegib", "Approved", None)}


def test_priority_review_of_an_application_is_registration() -> None:
    text = (
        "ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2013 Financial Results\n\n"
        "WALTHAM, Mass.--(BUSINESS WIRE)--Jan. 31, 2013-- ImmunoGen, Inc. (Nasdaq: IMGN) today announced "
        "financial results for the three-month period ended December 31, 2012.\n\n"
        ". The U.S. Food and Drug Administration (FDA) granted priority review to Genentech's Biologics License "
        "Application (BLA) for T-DM1 for the treatment of HER2-positive MBC in patients previously treated "
        "with trastuzumab and a taxane, with a Prescription Drug User Fee Act (PDUFA) date of February 26, "
        "2013.\n"
    )
    # The application names its product ("BLA for T-DM1"), though the sentence names another compound.
    assert _stages(_facts("immunogen.txt", text)) == {("trastuzumab-emtansine", "Registration", None)}


def test_a_stage_said_of_each_compound_of_a_list() -> None:
    text = IMMUNOGEN_2011_HEAD + (
        "Other partner compounds \u2013 Sanofi\u2019s SAR566658 and SAR650984, Bayer HealthCare\u2019s BAY 94-9343 "
        "and Amgen\u2019s AMG 172 are each in Phase I testing.\n"
    )
    assert _stages(_facts("immunogen.txt", text)) == {
        ("sar566658", "PhaseI", None),
        ("isatuximab", "PhaseI", None),
        ("bay-94-9343", "PhaseI", None),
        ("amg-172", "PhaseI", None),
    }
