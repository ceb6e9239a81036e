"""The pipeline extractor on releases of Facet Biotech, Immunomedics, MacroGenics, XOMA, ImmunoGen and other
filers holding sentences that once made it state wrong facts.

Each test runs the real extractor on the release text and checks the exact facts now stated: results
presented for a phase ("Phase 2 Data for Elotuzumab … Presented") giving no current stage, a radiolabel
wrapped over two lines naming its product, a wire service's "SOURCE" tag kept out of the filer's name,
a bare name beside one form of it with trade words ("Gilead", "Gilead Sciences, Inc.") naming that
company, a company's former name ("Vernalis plc (formerly British Biotech)") joined to it, and the kind of
a deal read from its own sentence's words ("license revenue", "royalties").
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
from kg.model import Relation, SameAs

FIXTURES = Path(__file__).parent / "reviewed_releases"


_facts = pipeline_facts


def _same_as(facts: list[object]) -> set[tuple[str, str]]:
    return {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs)}


def _agreement_types(facts: list[object]) -> set[tuple[str, str]]:
    """``(agreement key, kind)`` of every agreement stated."""
    return {
        (f.subject.key, str(f.obj))
        for f in facts
        if isinstance(f, Relation) and f.subject.kind == "agreement" and f.predicate == "agreementType"
    }


FACET_HEAD = (
    "FACET BIOTECH REPORTS SECOND QUARTER 2009 FINANCIAL RESULTS\n\n"
    "\u2013 Phase 2 Data for Elotuzumab in Multiple Myeloma Presented; Daclizumab Phase 3 DECIDE Study "
    "Enrolling \u2013\n\n"
    "REDWOOD CITY, Calif., August 5, 2009 \u2013 Facet Biotech Corporation (Nasdaq: FACT) today reported "
    "financial results for the second quarter and six months ended June 30, 2009.\n\n"
)
IMMU_HEAD = (
    "MORRIS PLAINS, N.J., February 13, 2002 -- Immunomedics, Inc. (Nasdaq: IMMU) today reported financial "
    "results for the second quarter of fiscal year 2002.\n\n"
)
QUINTARA_HEAD = (
    "       QUINTARA BIOLOGICS ANNOUNCES FIRST QUARTER FISCAL 2011 RESULTS\n\n"
    "ROCKVILLE, Md., August 5, 2010 /PRNewswire/ -- Quintara Biologics, Inc.\n"
    "(Nasdaq: QNTB) today announced financial results for its first quarter of\n"
    "fiscal 2011, which ended June 30, 2010.\n\n"
)
MACROGENICS_HEAD = (
    "MacroGenics Reports Third Quarter 2013 Financial Results\n\n"
    "ROCKVILLE, Md., Nov. 12, 2013 (GLOBE NEWSWIRE) -- MacroGenics, Inc. (Nasdaq:MGNX) today reported "
    "financial results for the quarter ended September 30, 2013.\n\n"
)
IMMUNOGEN_2005_HEAD = (
    "ImmunoGen, Inc. Reports Fiscal Year 2005 Results\n\n"
    "CAMBRIDGE, MA, August 8, 2005 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results for "
    "the fiscal year ended June 30, 2005.\n\n"
)
SGEN_HEAD = (
    "BOTHELL, WA, August 5, 2010 - Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial results "
    "for the second quarter ended June 30, 2010.\n\n"
)
XOMA_HEAD = (
    "BERKELEY, Calif., August 4, 2011 \u2013 XOMA Ltd. (Nasdaq: XOMA), a leader in the discovery and development "
    "of therapeutic antibodies, today announced its financial results for the second quarter ended June 30, "
    "2011.\n\n"
)
HALVARD_HEAD = (
    "Halvard Biosciences Reports Results for the Third Quarter of Fiscal 2010\n\n"
    "SEATTLE, April 29, 2010 \u2014 Halvard Biosciences, Inc. (NASDAQ: HLVD) today reported financial results for "
    "the third quarter of fiscal 2010, the three months ended March 31, 2010.\n\n"
)


# --- Results presented -----------------------------------------------------------------------------------


def test_results_presented_for_a_phase_are_no_current_stage() -> None:
    text = FACET_HEAD + (
        "Elotuzumab \u2013 Elotuzumab (HuLuc63), an anti-CS1 antibody, is being developed with Bristol-Myers "
        "Squibb Company. At the ASCO annual meeting, Phase 1/2 data were presented for elotuzumab in "
        "combination with lenalidomide and dexamethasone in relapsed multiple myeloma. A Phase 2 study is "
        "planned to begin in the second half of 2009.\n"
    )
    facts = _facts("facet.txt", text)
    # The headline's Phase 2 and the body's Phase 1/2 are the trials data came from; the Phase 2 to come
    # is planned. Elotuzumab has no current stage; the DECIDE study enrolling is daclizumab's Phase 3.
    assert _stages(facts) == {("daclizumab", "PhaseIII", None)}
    reasons = _skips(facts)
    assert "a trial's results reported, not a current stage (PhaseII) for elotuzumab" in reasons
    assert "a trial's results reported, not a current stage (PhaseI_II) for elotuzumab" in reasons
    assert "planned, not current, stage (PhaseII) for elotuzumab" in reasons


def test_a_headline_presenting_data_of_a_phase_is_a_result() -> None:
    presents = SGEN_HEAD.replace(
        "BOTHELL", "Seattle Genetics Presents Phase 1 Data for SGN-75 at ASCO\n\nBOTHELL"
    )
    facts = _facts("sgen.txt", presents)
    assert _stages(facts) == set()
    assert "a trial's results reported, not a current stage (PhaseI) for sgn-75" in _skips(facts)


def test_interim_or_awaited_data_of_a_phase_are_of_a_trial_going_on() -> None:
    interim = SGEN_HEAD.replace(
        "BOTHELL", "Seattle Genetics Presents Interim Phase 1 Data for SGN-75 at ASCO\n\nBOTHELL"
    )
    assert _stages(_facts("sgen.txt", interim)) == {("sgn-75", "PhaseI", None)}
    awaited = SGEN_HEAD + "Phase 2 data for SGN-75 are expected to be reported in 2011.\n"
    assert _stages(_facts("sgen.txt", awaited)) == {("sgn-75", "PhaseII", None)}


def test_a_whole_release_reporting_results_and_plans() -> None:
    facts = list(run(read_document(FIXTURES / "facet_2009q2.htm")))
    assert _stages(facts) == {
        ("daclizumab", "PhaseIII", None),
        ("daclizumab", "PhaseII", None),
        ("volociximab", "PhaseII", "non-small-cell-lung-cancer"),
        ("pdl192", "PhaseI", "solid-tumors"),
        ("pdl241", "Preclinical", None),
        ("tru-016", "PhaseI", None),
    }
    assert _edges(facts, "targets") >= {("elotuzumab", "cs1")}


# --- Radiolabels ---------------------------------------------------------------------------------------


RADIOLABEL_WRAPPED = IMMU_HEAD + (
    "Epratuzumab, also known as hLL2, is a humanized monoclonal antibody that\n"
    "targets the CD22 antigen found on B cells. Epratuzumab is in a Phase III trial\n"
    "in patients with indolent non-Hodgkin's lymphoma who are refractory to\n"
    "rituximab (Rituxan(R)), as well as in Phase ll studies in combination with\n"
    "rituximab in aggressive NHL. A Phase I/II trial of yttrium-90-labeled\n"
    "epratuzumab (90Y-hLL2) is underway at the Garden State Cancer Center.\n"
)


def test_a_radiolabel_wrapped_over_two_lines_names_its_product() -> None:
    facts = _facts("immunomedics.txt", RADIOLABEL_WRAPPED)
    # The Phase I/II trial is of the yttrium-90-labeled antibody, wherever the line wraps.
    assert _stages(facts) == {("yttrium-90-labeled-epratuzumab", "PhaseI_II", None)}
    assert _names(facts, "compound")["yttrium-90-labeled-epratuzumab"] == {"yttrium-90-labeled epratuzumab"}
    spaced = IMMU_HEAD + "A Phase I trial of labetuzumab labeled   with\nyttrium-90 began in 2001.\n"
    assert _stages(_facts("immunomedics.txt", spaced)) == {
        ("labetuzumab-labeled-with-yttrium-90", "PhaseI", None)
    }


def test_an_isotope_closing_a_paragraph_labels_no_name_after_it() -> None:
    text = IMMU_HEAD + "Yttrium-90\n\nEpratuzumab is in a Phase III trial.\n"
    facts = _facts("immunomedics.txt", text)
    assert _stages(facts) == {("epratuzumab", "PhaseIII", None)}


def test_a_whole_release_with_a_wrapped_radiolabel() -> None:
    facts = list(run(read_document(FIXTURES / "immunomedics-2002q2.txt")))
    assert _stages(facts) == {
        ("yttrium-90-labeled-epratuzumab", "PhaseI_II", None),
        ("immu-106", "PhaseI_II", "non-hodgkin-lymphoma"),
        ("labetuzumab", "PhaseII", "colorectal-cancer"),
        # "CEA-Scan(R) (arcitumomab) … is approved in the United States and Europe for imaging of
        # colorectal cancer"; "LeukoScan(R) (sulesomab) is approved in Europe for imaging of osteomyelitis".
        ("arcitumomab", "Approved", "colorectal-cancer"),
        ("sulesomab", "Approved", None),
    }
    assert "epratuzumab" in _names(facts, "compound")


# --- Wire tags -----------------------------------------------------------------------------------------


def test_a_wire_services_source_tag_is_no_part_of_the_filers_name() -> None:
    text = QUINTARA_HEAD + (
        "SOURCE  Quintara Biologics, Inc.\n\n"
        "/CONTACT: Quintara Biologics, Inc., Investor Relations, +1-301-555-0166\n\n"
        "Web site: http://www.quintarabio.com\n"
    )
    facts = _facts("quintara.txt", text)
    assert _names(facts, "company") == {"quintara-biologics": {"Quintara Biologics, Inc."}}


# --- Bare names beside a form with trade words -------------------------------------------------------------


def test_a_bare_name_beside_its_form_with_trade_words_is_that_company() -> None:
    text = MACROGENICS_HEAD + (
        "MacroGenics also has DART collaborations with Gilead Sciences, Inc., Pfizer Inc. and Boehringer "
        "Ingelheim. Our partner Gilead received an upfront payment option under the July 2013 agreement.\n"
    )
    facts = _facts("macrogenics.txt", text)
    assert _names(facts, "company")["gilead-sciences"] == {"Gilead Sciences, Inc.", "Gilead"}
    assert "gilead" not in _names(facts, "company")
    assert _edges(facts, "partner") == {
        ("macrogenics", "gilead-sciences"),
        ("macrogenics", "pfizer"),
        ("macrogenics", "boehringer-ingelheim"),
    }
    assert ("gilead-sciences", "gilead") in _same_as(facts)
    assert {key for key, _ in _agreement_types(facts) if "gilead" in key} == {
        "macrogenics-gilead-sciences-collaboration"
    }


def test_a_business_of_its_own_or_two_trade_forms_stay_apart() -> None:
    text = MACROGENICS_HEAD + (
        "MacroGenics entered into a collaboration with Bayer HealthCare Pharmaceuticals Inc. in 2013. Our "
        "partner Bayer received an option.\n\n"
        "MacroGenics also has license agreements with Zeta Therapeutics, Inc. and Zeta Biologics, Inc. Our "
        "partner Zeta received a fee.\n"
    )
    companies = _names(_facts("macrogenics.txt", text), "company")
    # "HealthCare" names a business of its own; "Zeta" may be either Zeta company.
    assert companies["bayer"] == {"Bayer"}
    assert companies["zeta"] == {"Zeta"}
    assert {"bayer-healthcare-pharmaceuticals", "zeta-therapeutics", "zeta-biologics"} <= set(companies)


def test_a_whole_release_naming_gilead_two_ways() -> None:
    facts = list(run(read_document(FIXTURES / "macrogenics-2013q3.htm")))
    assert _names(facts, "company")["gilead-sciences"] == {"Gilead Sciences, Inc.", "Gilead"}
    assert _edges(facts, "partner") == {
        ("macrogenics", partner)
        for partner in (
            "servier",
            "takeda-pharmaceutical",
            "gilead-sciences",
            "pfizer",
            "boehringer-ingelheim",
        )
    }


# --- Former names --------------------------------------------------------------------------------------


def test_a_companys_former_name_is_that_company() -> None:
    text = SGEN_HEAD + (
        "Celldex Therapeutics, Inc. (formerly AVANT Immunotherapeutics, Inc.) is evaluating CDX-011 under a "
        "license to our ADC technology.\n\n"
        "Under the license, AVANT Immunotherapeutics, Inc. paid an upfront fee.\n"
    )
    facts = _facts("sgen.txt", text)
    companies = _names(facts, "company")
    assert companies["celldex-therapeutics"] == {
        "Celldex Therapeutics, Inc.",
        "AVANT Immunotherapeutics, Inc.",
    }
    assert "avant-immunotherapeutics" not in companies
    assert _same_as(facts) >= {("avant-immunotherapeutics", "celldex-therapeutics")}
    assert _edges(facts, "partner") == {("seattle-genetics", "celldex-therapeutics")}
    now = SGEN_HEAD + (
        "AVANT Immunotherapeutics, Inc., now known as Celldex Therapeutics, Inc., licensed our ADC "
        "technology.\n"
    )
    facts = _facts("sgen.txt", now)
    assert set(_names(facts, "company")) == {"seattle-genetics", "celldex-therapeutics"}


def test_two_reference_companies_are_not_joined_by_a_former_name() -> None:
    text = IMMUNOGEN_2005_HEAD + (
        "In March 2005, ImmunoGen regained from Vernalis plc (formerly British Biotech) the rights to "
        "huN901-DM1/BB-10901 that Vernalis had licensed in May 2000, and ImmunoGen now holds worldwide rights "
        "to the compound.\n"
    )
    facts = _facts("immunogen.txt", text)
    # The reference data lists Vernalis and British Biotech as two companies: the statement is noted.
    assert {"vernalis", "british-biotech"} <= set(_names(facts, "company"))
    assert not {pair for pair in _same_as(facts) if "vernalis" in pair}
    assert (
        "'Vernalis plc' stated to be formerly 'British Biotech', but the reference data holds them as two "
        "companies: not joined"
    ) in _skips(facts)


# --- Kinds of deals -------------------------------------------------------------------------------------


def test_the_kind_of_a_deal_is_read_from_its_own_clause() -> None:
    text = XOMA_HEAD + (
        "XOMA 3AB, a combination of three antibodies against botulinum neurotoxin type A, completed a Phase 1 "
        "trial under XOMA\u2019s NIAID contract. XOMA also has antibody discovery and development collaborations "
        "with Takeda Pharmaceutical Company Limited and Arana Therapeutics, and earns royalties on sales of "
        "LUCENTIS\u00ae (ranibizumab) by Genentech and Novartis.\n"
    )
    # Royalties are a licensee's: Genentech's and Novartis's deals are licences, the others collaborations.
    assert _agreement_types(_facts("xoma.txt", text)) == {
        ("xoma-takeda-pharmaceutical-collaboration", "collaboration"),
        ("xoma-arana-therapeutics-collaboration", "collaboration"),
        ("xoma-genentech-licence", "licence"),
        ("xoma-novartis-licence", "licence"),
    }


def test_license_revenue_on_signing_an_agreement_is_a_licence() -> None:
    text = HALVARD_HEAD + (
        "For the first nine months of fiscal 2010, Halvard reported net income of $11.9 million. Year-to-date "
        "results include $35.0 million of license revenue recognized in the first quarter upon the signing of "
        "the Marcellus Pharma agreement.\n"
    )
    assert _agreement_types(_facts("halvard.txt", text)) == {
        ("halvard-biosciences-marcellus-pharma-licence", "licence")
    }
