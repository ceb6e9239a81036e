"""The pipeline extractor on sentences of reviews R18-R20 (releases of ImmunoGen, Genta, Allos, Cell
Genesys and Pharmacyclics) that made it state wrong partners, agreements, companies or compounds, or miss
them.

Each test runs the real code on a release text and checks the exact facts now stated. Wrong facts: a
parent named as the owner of a business ("Aventis Pharmaceuticals Inc., the U.S. pharmaceuticals business
of Aventis") stays a company of its own; a licence told in another company's relative clause is that
company's; the developer and the licensee's parent are no parties of "a license to Genentech"; a list of
"collaborative partners and licensees" names no kind of its members' deals; "nine months ended" is a
period, no ended deal. Misses: "Eli Lilly and Company an exclusive license", a brand marked (TM) with
its generic name and dosage form in brackets ("FOLOTYN(TM) (pralatrexate injection)"), the "-trexate"
stem, a registered brand compared in a trial ("comparing GVAX(R) immunotherapy"), "received an exclusive
license to develop" a compound, and the developers "Roche and its member company Genentech".
"""

from __future__ import annotations

from pathlib import Path

from conftest import agreements_stated, pipeline_facts
from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from review18_heads import ALLOS_HEAD, CELL_GENESYS_HEAD

from kg.corpus import read_document
from kg.extractors.pipeline import run
from kg.model import SameAs

RELEASES = Path(__file__).parent / "reviewed_releases"
GENTA_HEAD = (
    "BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today\n"
    "reported financial results for the third quarter ended September 30, 2003.\n\n"
)
IMMUNOGEN_2009_HEAD = (
    "ImmunoGen, Inc. Reports Fourth Quarter and Fiscal Year 2009 Financial Results\n\n"
    "WALTHAM, Mass., August 13, 2009 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results "
    "for the three months and fiscal year ended June 30, 2009.\n\n"
)
IMMUNOGEN_2010_HEAD = (
    "ImmunoGen, Inc. Reports Fiscal Year 2010 Financial Results\n\n"
    "WALTHAM, Mass.--(BUSINESS WIRE)--Aug. 6, 2010-- ImmunoGen, Inc. (Nasdaq: IMGN) today announced\n"
    "financial results for the fiscal year ended June 30, 2010.\n\n"
)
IMMUNOGEN_2004_HEAD = (
    "ImmunoGen, Inc. Reports Fourth Quarter and Fiscal Year 2004 Financial Results\n\n"
    "CAMBRIDGE, MA, August 12, 2004 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial\n"
    "results for the fourth quarter and fiscal year ended June 30, 2004.\n\n"
)
IMMUNOGEN_2012_HEAD = (
    "ImmunoGen, Inc. Reports Third Quarter Fiscal Year 2012 Financial Results\n\n"
    "WALTHAM, Mass.--(BUSINESS WIRE)--Apr. 27, 2012-- ImmunoGen, Inc. (Nasdaq: IMGN) today reported\n"
    "financial results for the three months ended March 31, 2012.\n\n"
)
PHARMACYCLICS_HEAD = (
    "SUNNYVALE, Calif., April 30, 2009 -- Pharmacyclics, Inc. (Nasdaq: PCYC) today\n"
    "reported financial results for the quarter ended March 31, 2009.\n\n"
)


def _company_joins(facts: list[object]) -> set[tuple[str, str]]:
    """The (a, b) keys of every ``SameAs`` joining two companies."""
    return {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs) and f.a.kind == f.b.kind == "company"}


# ---------------------------------------------------------------------------------------------------------
# W1. A parent named as the owner of a business, a division or a unit stays a company of its own.


def test_a_parent_named_as_owner_of_a_business_is_no_name_of_it() -> None:
    text = GENTA_HEAD + (
        "Genta is developing Genasense (oblimersen sodium) in a worldwide collaboration with Aventis.\n\n"
        "Under the collaboration and license agreement signed in April 2002, Genta and\n"
        "Aventis Pharmaceuticals Inc., the U.S. pharmaceuticals business of Aventis,\n"
        "are jointly developing and commercializing Genasense.\n"
    )
    facts = pipeline_facts("genta.txt", text)
    companies = _names(facts, "company")
    assert companies["aventis"] == {"Aventis"}
    assert companies["aventis-pharmaceuticals"] == {"Aventis Pharmaceuticals Inc."}
    assert _company_joins(facts) == set()
    assert _edges(facts, "subsidiaryOf") == {("aventis-pharmaceuticals", "aventis")}
    # The parent in the aside is no party of the agreement its business signed.
    assert _edges(facts, "partner") == {("genta", "aventis"), ("genta", "aventis-pharmaceuticals")}
    agreements = agreements_stated(facts)
    assert agreements["genta-aventis-pharmaceuticals-licence-and-collaboration"] == {
        ("agreementType", "licence and collaboration"),
        ("party", "genta"),
        ("party", "aventis-pharmaceuticals"),
        ("covers", "oblimersen"),
    }
    # The pair is stated developing the compound, past the aside on the second company.
    assert ("oblimersen", "aventis-pharmaceuticals") in _edges(facts, "developedBy")
    assert ("oblimersen", "genta") in _edges(facts, "developedBy")


def test_a_division_of_its_company_stays_apart_from_the_company() -> None:
    text = GENTA_HEAD + (
        "Genta entered into a license agreement with Zeta Pharmaceuticals, a division of Zeta, to develop "
        "G4460.\n\nGenta also reported progress of its collaboration with Zeta.\n"
    )
    facts = pipeline_facts("genta.txt", text)
    companies = _names(facts, "company")
    assert companies["zeta-pharmaceuticals"] == {"Zeta Pharmaceuticals"}
    assert companies["zeta"] == {"Zeta"}
    assert _company_joins(facts) == set()
    assert _edges(facts, "subsidiaryOf") == {("zeta-pharmaceuticals", "zeta")}


# ---------------------------------------------------------------------------------------------------------
# W2. A licence told in a relative clause on one company is no kind of another company's deal.


BAYER_AMGEN = (
    "Bayer Schering Pharma AG, which licensed the exclusive right to use ImmunoGen's TAP technology with "
    "antibodies to an undisclosed target in October 2008, and Amgen Inc. are conducting preclinical work "
    "with the technology.\n"
)


def test_a_licence_in_another_companys_relative_clause_is_that_companys() -> None:
    facts = pipeline_facts("immunogen.txt", IMMUNOGEN_2009_HEAD + BAYER_AMGEN)
    assert _edges(facts, "partner") == {("immunogen", "bayer-schering-pharma"), ("immunogen", "amgen")}
    assert agreements_stated(facts) == {
        "immunogen-bayer-schering-pharma-licence": {
            ("agreementType", "licence"),
            ("party", "immunogen"),
            ("party", "bayer-schering-pharma"),
        }
    }
    assert "the deal with 'Amgen' told with no kind, and none named elsewhere: no agreement stated" in _skips(
        facts
    )


def test_a_deal_named_by_no_kind_takes_the_kind_the_filing_names_it_by() -> None:
    text = (
        IMMUNOGEN_2009_HEAD
        + BAYER_AMGEN
        + ("\nIn the quarter, ImmunoGen earned a milestone under its license agreement with Amgen Inc.\n")
    )
    facts = pipeline_facts("immunogen.txt", text)
    agreements = agreements_stated(facts)
    assert set(agreements) == {"immunogen-bayer-schering-pharma-licence", "immunogen-amgen-licence"}
    assert not any("told with no kind" in reason for reason in _skips(facts))


# ---------------------------------------------------------------------------------------------------------
# W3. "in global development by Roche … through ImmunoGen's license to Genentech, a member of the Roche
# Group": the licensee is the licence's party; the developer and the licensee's parent are not.


def test_the_developer_and_the_licensees_parent_are_no_parties_of_a_licence_to_another() -> None:
    text = IMMUNOGEN_2010_HEAD + (
        "Trastuzumab-DM1 (T-DM1) - in global development by Roche for HER2-positive breast cancer through\n"
        "ImmunoGen's license to Genentech, a member of the Roche Group.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {("immunogen", "genentech")}
    assert set(agreements_stated(facts)) == {"immunogen-genentech-licence"}
    assert _edges(facts, "developedBy") == {("trastuzumab-emtansine", "roche")}
    assert _edges(facts, "subsidiaryOf") == {("genentech", "roche")}
    assert "'Roche' named as the developer or the licensee's parent, not a party of the licence" in _skips(
        facts
    )


def test_the_developer_licensed_is_a_party_of_its_licence() -> None:
    text = IMMUNOGEN_2010_HEAD + (
        "Trastuzumab-DM1 (T-DM1) - in global development by Genentech for HER2-positive breast cancer\n"
        "through ImmunoGen's license to Genentech.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {("immunogen", "genentech")}
    assert set(agreements_stated(facts)) == {"immunogen-genentech-licence"}


# ---------------------------------------------------------------------------------------------------------
# W4. A list headed by both kinds' words names no kind of its members' deals.


def test_partners_and_licensees_listed_take_no_kind_from_the_list() -> None:
    text = IMMUNOGEN_2004_HEAD + (
        '"Our collaboration with Aventis is now in its second year," said Mitchel Sayare, Ph.D.,\n'
        "Chairman and Chief Executive Officer of ImmunoGen.\n\n"
        "ImmunoGen's collaborative partners and licensees include Abgenix, Aventis and Genentech.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {
        ("immunogen", "abgenix"),
        ("immunogen", "aventis"),
        ("immunogen", "genentech"),
    }
    assert set(agreements_stated(facts)) == {"immunogen-aventis-collaboration"}


def test_licensees_listed_alone_name_their_deals_licences() -> None:
    text = IMMUNOGEN_2004_HEAD + "ImmunoGen's licensees include Abgenix and Genentech.\n"
    facts = pipeline_facts("immunogen.txt", text)
    assert set(agreements_stated(facts)) == {"immunogen-abgenix-licence", "immunogen-genentech-licence"}


# ---------------------------------------------------------------------------------------------------------
# W5. "nine months ended September 30" is a period, not a deal ended.


def test_a_period_ended_is_no_deal_ended() -> None:
    text = (
        "BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA)\n"
        "today reported financial results for the third quarter and nine months ended\n"
        "September 30, 2003, and reviewed progress in the development of its lead\n"
        "anticancer drug, Genasense(TM) (oblimersen sodium) Injection, which Genta is\n"
        "developing in a worldwide collaboration with Aventis.\n"
    )
    facts = pipeline_facts("genta.txt", text)
    assert _edges(facts, "partner") == {("genta", "aventis")}
    assert not any("stated as ended" in reason for reason in _skips(facts))


def test_a_deal_ended_is_still_read_as_ended() -> None:
    for sentence in (
        "The collaboration with Aventis ended in the quarter.",
        "The collaboration with Aventis ended September 30, 2003.",
        "For the nine months ended September 30, 2003, revenue fell as the collaboration with Aventis "
        "was terminated.",
        "The collaboration with Aventis signed in 1999 ended.",
    ):
        facts = pipeline_facts("genta.txt", GENTA_HEAD + sentence + "\n")
        assert _edges(facts, "partner") == set(), sentence
        assert "collaboration with 'Aventis' stated as ended" in _skips(facts), sentence


# ---------------------------------------------------------------------------------------------------------
# M1. "Eli Lilly and Company an exclusive license": an article after "and Company".


def test_and_company_before_an_article_ends_a_company_name() -> None:
    text = IMMUNOGEN_2012_HEAD + (
        "  * In December 2011, ImmunoGen granted Eli Lilly and Company an exclusive license to use its TAP\n"
        "    technology to develop and commercialize anticancer therapeutics to one target, and received a\n"
        "    $20 million upfront payment.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _names(facts, "company")["eli-lilly"] == {"Eli Lilly and Company"}
    assert _edges(facts, "partner") == {("immunogen", "eli-lilly")}
    assert set(agreements_stated(facts)) == {"immunogen-eli-lilly-licence"}


def test_and_company_before_a_noun_stays_the_filers() -> None:
    text = IMMUNOGEN_2012_HEAD + (
        "A joint steering committee of Kirin and Company scientists oversees the collaboration.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert not any("company" in key for key in _names(facts, "company") if key != "immunogen")


# ---------------------------------------------------------------------------------------------------------
# M2. A brand marked (TM) or ™ with its generic name and dosage form in brackets; the "-trexate" stem.


def test_a_tm_brand_with_its_generic_and_dosage_form_is_a_compound() -> None:
    text = ALLOS_HEAD + (
        "On September 24, 2009, the FDA granted accelerated approval of FOLOTYN(TM) (pralatrexate\n"
        "injection) for the treatment of patients with relapsed or refractory peripheral T-cell\n"
        "lymphoma (PTCL).\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _names(facts, "compound") == {"pralatrexate": {"FOLOTYN", "pralatrexate"}}


def test_a_trexate_inn_is_a_compound() -> None:
    text = ALLOS_HEAD + (
        "The Company is conducting a randomized Phase 2b trial comparing pralatrexate to erlotinib in\n"
        "patients with non-small cell lung cancer.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert "pralatrexate" in _names(facts, "compound")


def test_a_tm_brand_with_a_generic_of_no_inn_stem_is_no_compound() -> None:
    # A ™ brand is a drug's only with a generic bearing an INN's stem: "mesalamine" ends as generic names
    # do, but so do excipients a ™ product holds (review 18: "LUBRIDERM(TM) (glycerin cream)").
    text = (
        ALLOS_HEAD + "Net product sales of ZORVEX™ (mesalamine tablets) were $4.2 million in the quarter.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _names(facts, "compound") == {}


def test_a_tm_device_or_technology_is_no_compound() -> None:
    text = ALLOS_HEAD + (
        "Sales of the CardioTrack(TM) monitoring system grew, and a study of our XmAb(TM) technology began.\n"
        "The FDA approved ONCOSIGHT(TM) as a companion diagnostic.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _names(facts, "compound") == {}


# ---------------------------------------------------------------------------------------------------------
# M3. A registered brand compared in a trial, a drug's noun after it: "comparing GVAX(R) immunotherapy".


def test_a_registered_brand_compared_in_a_trial_is_a_compound() -> None:
    text = CELL_GENESYS_HEAD + (
        "Cell Genesys continued enrollment in VITAL-1, a Phase 3 clinical trial comparing GVAX(R)\n"
        "immunotherapy for prostate cancer to Taxotere(R) (docetaxel) chemotherapy plus prednisone\n"
        "in approximately 600 patients with metastatic hormone-refractory prostate cancer.\n"
    )
    facts = pipeline_facts("cellgenesys.txt", text)
    compounds = _names(facts, "compound")
    assert compounds["gvax"] == {"GVAX"}
    assert compounds["docetaxel"] == {"Taxotere", "docetaxel"}


def test_a_registered_brand_before_its_drug_noun_is_a_compound() -> None:
    text = CELL_GENESYS_HEAD + "Enrollment continued in two trials of our ONCOVAX(R) vaccine in melanoma.\n"
    facts = pipeline_facts("cellgenesys.txt", text)
    assert set(_names(facts, "compound")) == {"oncovax"}


def test_a_registered_brand_of_a_device_therapy_is_no_compound() -> None:
    text = CELL_GENESYS_HEAD + (
        "A Phase 3 trial comparing the NovoCure(R) device to chemotherapy completed enrollment.\n"
    )
    facts = pipeline_facts("cellgenesys.txt", text)
    assert "novocure" not in _names(facts, "compound")


# ---------------------------------------------------------------------------------------------------------
# M4. "received an exclusive license to develop and commercialize" a compound: the agreement covers it.


def test_a_licence_received_to_develop_a_compound_covers_it() -> None:
    text = PHARMACYCLICS_HEAD + (
        "On April 13, 2009, Pharmacyclics entered into a license agreement with Les Laboratoires\n"
        "Servier, under which Servier received an exclusive license to develop and commercialize\n"
        "PCI-24781 in all countries outside the United States.\n"
    )
    facts = pipeline_facts("pharmacyclics.txt", text)
    assert agreements_stated(facts)["pharmacyclics-les-laboratoires-servier-licence"] == {
        ("agreementType", "licence"),
        ("party", "pharmacyclics"),
        ("party", "les-laboratoires-servier"),
        ("covers", "pci-24781"),
    }


def test_a_company_receiving_a_licence_to_a_compound_is_covered() -> None:
    text = PHARMACYCLICS_HEAD + (
        "Under the agreement signed with Pharmacyclics, Servier S.A. received an exclusive license to "
        "PCI-24781 outside the United States.\n"
    )
    facts = pipeline_facts("pharmacyclics.txt", text)
    agreements = agreements_stated(facts)
    assert ("covers", "pci-24781") in agreements["pharmacyclics-servier-licence"]


# ---------------------------------------------------------------------------------------------------------
# M5. "in development by Roche and its member company Genentech": both develop it.


def test_developers_joined_as_a_company_and_its_member_company_both_develop() -> None:
    text = IMMUNOGEN_2009_HEAD + (
        "Trastuzumab-DM1 (T-DM1) - T-DM1 is a TAP compound in development by Roche and its member company "
        "Genentech for HER2-positive breast cancer.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "developedBy") == {
        ("trastuzumab-emtansine", "roche"),
        ("trastuzumab-emtansine", "genentech"),
    }


def test_a_licence_the_filer_granted_under_a_deal_covers_the_compound() -> None:
    text = PHARMACYCLICS_HEAD + (
        "Pharmacyclics signed a license agreement with Zeta Pharma AG, under which Pharmacyclics granted "
        "Zeta an exclusive license to PCI-24781 in Europe.\n"
    )
    facts = pipeline_facts("pharmacyclics.txt", text)
    assert ("covers", "pci-24781") in agreements_stated(facts)["pharmacyclics-zeta-pharma-licence"]


def test_rights_under_a_deal_given_to_another_company_are_unsure() -> None:
    text = PHARMACYCLICS_HEAD + (
        "Pharmacyclics signed a license agreement with Zeta Pharma AG, under which Genentech, Inc. "
        "received an exclusive license to PCI-24781 in Europe.\n"
    )
    facts = pipeline_facts("pharmacyclics.txt", text)
    agreements = agreements_stated(facts)
    # The licence received is Genentech's; whether Zeta's deal is about the compound is unsure, and who
    # granted Genentech's licence the clause on Zeta's deal does not say (review 18, item 9).
    assert ("covers", "pci-24781") not in agreements["pharmacyclics-zeta-pharma-licence"]
    assert ("covers", "pci-24781") not in agreements["pharmacyclics-genentech-licence"]


# ---------------------------------------------------------------------------------------------------------
# A statement table read as one sentence: a deal word of one row says nothing of a company in another (the
# row "Gain on investment in Reliant Pharmaceuticals, Inc." under "… revenue under collaborative
# arrangements"; a period "ended" in the table's header no longer hides it).


def test_a_company_in_a_statement_row_is_no_partner_of_another_rows_deal_word() -> None:
    facts = list(run(read_document(RELEASES / "r12p_alkermes_fy2008q3.htm")))
    assert not any(key == "reliant-pharmaceuticals" for _, key in _edges(facts, "partner"))
    assert not any("reliant" in key for key in agreements_stated(facts))
    assert (
        "'Reliant Pharmaceuticals, Inc.' named in a financial table's row with no deal word: not a partnership"
        in _skips(facts)
    )


def test_a_deal_word_in_the_companys_own_row_of_a_table_is_read() -> None:
    text = GENTA_HEAD + (
        "                                   Three Months Ended     Nine Months Ended\n"
        "                                      2003      2002        2003      2002\n"
        "License fees from Zeta Pharma AG       600       500       1,800     1,500\n"
        "Product sales                          198       101         512       300\n"
        "Total revenues                         798       601       2,312     1,800\n"
    )
    facts = pipeline_facts("genta.txt", text)
    assert _edges(facts, "partner") == {("genta", "zeta-pharma")}


# ---------------------------------------------------------------------------------------------------------
# Review 18 (adversarial cases on the rules above). A past tie to a parent is no subsidiaryOf, nor is the
# figurative "part of X's …"; a relative clause ends before "and <company>", covers a list before it and
# never the filer's; a deal ended after a clause or a span of years is ended; ™ platforms, devices,
# adjuvants and tools, creams of excipients and a capitalised "-trexate" name are no compounds; rights
# denied and licences from no one named cover nothing; the developer of another clause and a company
# licensed too stay parties; a table's heading row is its rows' deal word; "our collaborator and licensee"
# is one company's licence.

ZENOVA_HEAD = (
    "SAN DIEGO, Calif., March 3, 2009 - Zenova Biopharma, Inc. (Nasdaq: ZNVA) today reported financial\n"
    "results for the fourth quarter and year ended December 31, 2008.\n\n"
)
FACET_HEAD = (
    "REDWOOD CITY, Calif., August 5, 2009 - Facet Biotech Corporation (Nasdaq: FACT) today reported\n"
    "financial results for the second quarter ended June 30, 2009.\n\n"
)
SEATTLE_GENETICS_HEAD = (
    "BOTHELL, Wash., August 6, 2009 - Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial\n"
    "results for the second quarter ended June 30, 2009.\n\n"
)


def test_a_past_tie_to_a_parent_states_no_subsidiary() -> None:
    text = ZENOVA_HEAD + (
        "In November 2008, Zenova entered into a license agreement with Hospira, Inc., the spun-off hospital\n"
        "products business of Abbott Laboratories, Inc., under which Hospira received an exclusive license to\n"
        "develop and commercialize ZN-401 in North America.\n\n"
        "Zenova also expanded its research collaboration with Genmab A/S, once an affiliate of\n"
        "Medarex, Inc., to include a second antibody target.\n\n"
        "Our collaboration with Kirin Pharma AG, the divested generics unit of Zeta Holdings AG, continued.\n\n"
        "Zenova sold ZN-220 to Lonza Biologics AG, a former subsidiary of Zeta Holdings AG.\n"
    )
    facts = pipeline_facts("zenova.txt", text)
    assert _edges(facts, "subsidiaryOf") == set()
    # The past parent is still no party of the child's deal.
    assert _edges(facts, "partner") == {
        ("zenova-biopharma", "hospira"),
        ("zenova-biopharma", "genmab-a-s"),
        ("zenova-biopharma", "kirin-pharma"),
    }


def test_a_part_of_a_companys_possession_is_no_parent() -> None:
    text = ZENOVA_HEAD + (
        "Collaboration revenue from Hospira, Inc., the largest part of Zenova Biopharma, Inc.'s revenue in the\n"
        "quarter, was $10.4 million.\n\n"
        "Our collaboration with Biogen Idec Inc., a key part of Elan Corporation's multiple sclerosis\n"
        "franchise through TYSABRI, was expanded to include a second program.\n"
    )
    facts = pipeline_facts("zenova.txt", text)
    assert _edges(facts, "subsidiaryOf") == set()


def test_a_part_named_alone_before_its_parent_is_a_subsidiary() -> None:
    text = (
        ZENOVA_HEAD
        + "Zenova signed a license agreement with Genentech, part of the Roche Group, for ZN-401.\n"
    )
    facts = pipeline_facts("zenova.txt", text)
    assert _edges(facts, "subsidiaryOf") == {("genentech", "roche")}
    assert _edges(facts, "partner") == {("zenova-biopharma", "genentech")}


def test_a_relative_clause_ends_before_and_another_company() -> None:
    text = IMMUNOGEN_2009_HEAD + (
        "Bayer Schering Pharma AG, which licensed the exclusive right to use ImmunoGen's TAP technology with\n"
        "antibodies to an undisclosed target in October 2008 and Amgen Inc. are conducting preclinical work\n"
        "with the technology.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {("immunogen", "bayer-schering-pharma"), ("immunogen", "amgen")}
    assert set(agreements_stated(facts)) == {"immunogen-bayer-schering-pharma-licence"}


def test_a_deal_ended_after_a_clause_or_a_span_of_years_is_ended() -> None:
    for sentence, partner in (
        (
            "Genta's collaboration with Aventis, which began in April 2002, ended November 30, 2004.",
            "Aventis",
        ),
        (
            "The license agreement with Elan Pharma for the development of the oral formulation of G4544 "
            "ended on September 30, 2006.",
            "Elan Pharma",
        ),
        (
            "Genta's research collaboration with Schering AG of nearly four years ended in August 2005.",
            "Schering AG",
        ),
        (
            "The Company's partnership with Kirin Brewery of the last two fiscal years ended this quarter.",
            "Kirin Brewery",
        ),
    ):
        facts = pipeline_facts("genta.txt", GENTA_HEAD + sentence + "\n")
        assert _edges(facts, "partner") == set(), sentence
        assert f"collaboration with {partner!r} stated as ended" in _skips(facts), sentence


def test_a_reporting_period_ended_is_still_no_deal_ended() -> None:
    for sentence in (
        "Revenue under the collaboration with Aventis for the three and nine months ended September 30, "
        "2003 was $4.1 million.",
        "For the fiscal year then ended, revenue under our collaboration with Aventis grew.",
        "Revenue under the collaboration with Aventis for the third quarter and nine months ended\n"
        "September 30, 2003 rose.",
    ):
        facts = pipeline_facts("genta.txt", GENTA_HEAD + sentence + "\n")
        assert _edges(facts, "partner") == {("genta", "aventis")}, sentence


def test_tm_platforms_devices_adjuvants_and_tools_are_no_compounds() -> None:
    text = CELL_GENESYS_HEAD + (
        "- Cell Genesys began two Phase 1 trials testing its Probody(TM) therapeutics in patients with solid\n"
        "  tumors.\n\n"
        "- The Company initiated a Phase 2 study evaluating the MAMMOSITE(TM) radiation therapy system\n"
        "  in early-stage breast cancer patients.\n\n"
        "- Enrollment continued in a study of our VAXFECTIN(TM) adjuvant with an H5N1 influenza vaccine.\n\n"
        "- Sales of the VIBEX(TM) injection pen to pharmaceutical partners rose 22% to $2.4 million.\n\n"
        "- Two Phase 1 trials of our Nanobody(TM) candidates in rheumatoid arthritis began enrollment.\n\n"
        "- Net sales of LICAPS(TM) capsules, our liquid-fill capsule shells, were $5.1 million.\n\n"
        "- Our partner began a Phase 2 study testing the ISCOMATRIX(TM) vaccine adjuvant with an\n"
        "  influenza antigen.\n\n"
        "- The launch of our EASYDOSE(TM) tablets dispenser in Europe is planned for mid-2011.\n"
    )
    facts = pipeline_facts("cellgenesys.txt", text)
    assert _names(facts, "compound") == {}


def test_registered_procedures_compared_in_a_trial_are_no_compounds() -> None:
    text = CELL_GENESYS_HEAD + (
        "- Enrollment was completed in a randomized Phase 3 trial comparing CYBERKNIFE(R) radiosurgery to\n"
        "  surgical resection in early-stage lung cancer.\n\n"
        "- A Phase 2 study evaluating the ABLATHERM(R) high-intensity focused ultrasound procedure in\n"
        "  localized prostate cancer began in September.\n"
    )
    facts = pipeline_facts("cellgenesys.txt", text)
    assert _names(facts, "compound") == {}


def test_a_cream_or_ointment_of_an_excipient_names_no_compound() -> None:
    text = ALLOS_HEAD + (
        "Net product sales were $6.8 million, led by LUBRIDERM(TM) (glycerin cream).\n\n"
        "The Company also distributes NIPPLECARE(R) (lanolin ointment) through drug store chains.\n\n"
        "The FDA granted approval of RASUVIA(TM) (methotrexate injection) for rheumatoid arthritis.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert _names(facts, "compound") == {"methotrexate": {"RASUVIA", "methotrexate"}}


def test_a_capitalised_trexate_name_with_no_drugs_words_is_no_compound() -> None:
    text = ALLOS_HEAD + (
        'Allos\'s anti-folate program uses a novel "Antitrexate" screening library licensed from\n'
        "Ardent Chemical.\n\n"
        "Allos began a Phase 2 trial of Calotrexate in patients with psoriasis.\n"
    )
    facts = pipeline_facts("allos.txt", text)
    assert set(_names(facts, "compound")) == {"calotrexate"}


def test_rights_denied_under_a_deal_cover_nothing() -> None:
    text = SEATTLE_GENETICS_HEAD + (
        "Seattle Genetics signed a co-development agreement with Bayer Schering Pharma AG, under which\n"
        "Bayer has not received rights to SGN-35, which remains wholly owned by Seattle Genetics.\n\n"
        "Seattle Genetics signed a license agreement with Daiichi Sankyo Co., Ltd., under which Daiichi\n"
        "Sankyo has obtained no license to develop SGN-40.\n"
    )
    facts = pipeline_facts("seattlegenetics.txt", text)
    agreements = agreements_stated(facts)
    assert set(agreements) == {
        "seattle-genetics-bayer-schering-pharma-collaboration",
        "seattle-genetics-daiichi-sankyo-licence",
    }
    assert not any(p == "covers" for edges in agreements.values() for p, _ in edges)


def test_a_licence_received_from_no_one_named_covers_nothing() -> None:
    text = SEATTLE_GENETICS_HEAD + (
        "Daiichi Sankyo Co., Ltd. received an exclusive license to develop and commercialize CS-1008 in\n"
        "2006 and, under a separate 2009 agreement, licensed Seattle Genetics' ADC technology.\n\n"
        "Genentech, Inc. received an exclusive license to develop SGN-40 from Seattle Genetics in 2007.\n"
    )
    facts = pipeline_facts("seattlegenetics.txt", text)
    agreements = agreements_stated(facts)
    assert agreements["seattle-genetics-daiichi-sankyo-licence"] == {
        ("agreementType", "licence"),
        ("party", "seattle-genetics"),
        ("party", "daiichi-sankyo"),
    }
    assert ("covers", "sgn-40") in agreements["seattle-genetics-genentech-licence"]


def test_a_developer_of_another_clause_than_the_licence_stays_a_party() -> None:
    text = IMMUNOGEN_2010_HEAD + (
        "SAR3419 is in clinical development by Sanofi-aventis under our 2003 collaboration, and BT-062 is\n"
        "in development by Biotest AG through ImmunoGen's license to Biotest.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {("immunogen", "sanofi-aventis"), ("immunogen", "biotest")}
    assert set(agreements_stated(facts)) == {
        "immunogen-sanofi-aventis-collaboration",
        "immunogen-biotest-licence",
    }


def test_a_licensees_parent_licensed_too_is_a_party() -> None:
    text = IMMUNOGEN_2010_HEAD + (
        "In the quarter, ImmunoGen licensed its TAP technology to Genentech, a member of the Roche Group,\n"
        "and to Roche itself under a separate agreement for a second target.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert _edges(facts, "partner") == {("immunogen", "genentech"), ("immunogen", "roche")}
    assert set(agreements_stated(facts)) == {"immunogen-genentech-licence", "immunogen-roche-licence"}
    assert _edges(facts, "subsidiaryOf") == {("genentech", "roche")}


def test_a_table_heading_with_a_deal_word_is_its_rows() -> None:
    text = GENTA_HEAD + (
        "                                              Three Months Ended        Six Months Ended\n"
        "                                               2007        2006          2007        2006\n"
        "Revenue:\n"
        "  Collaboration revenue:\n"
        "    Genentech, Inc.                            3,002       1,950         5,870       3,880\n"
        "    Eli Lilly and Company                      1,415         980         2,730       1,905\n"
        "  License and milestone revenue                1,350         500         2,100       1,000\n"
        "Total revenue                                  9,887       6,740        18,715      13,205\n"
    )
    facts = pipeline_facts("genta.txt", text)
    assert _edges(facts, "partner") == {("genta", "genentech"), ("genta", "eli-lilly")}
    # The heading's kind, not the nearest row's ("License and milestone revenue").
    assert set(agreements_stated(facts)) == {"genta-genentech-collaboration", "genta-eli-lilly-collaboration"}


def test_a_relative_clause_after_a_list_of_companies_is_the_lists() -> None:
    text = IMMUNOGEN_2009_HEAD + (
        "Revenue for the quarter included milestone payments from Amgen Inc., Bayer Schering Pharma AG and\n"
        "Genentech, which license our TAP technology for use with their antibodies.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert set(agreements_stated(facts)) == {
        "immunogen-amgen-licence",
        "immunogen-bayer-schering-pharma-licence",
        "immunogen-genentech-licence",
    }


def test_a_singular_relative_clause_after_a_list_is_its_last_companys() -> None:
    text = IMMUNOGEN_2009_HEAD + (
        "Revenue for the quarter included milestone payments from Amgen Inc. and Genentech, which holds a\n"
        "license to use our TAP technology with HER2 antibodies.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert set(agreements_stated(facts)) == {"immunogen-genentech-licence"}


def test_the_filers_relative_clause_tells_the_filers_deal() -> None:
    text = IMMUNOGEN_2009_HEAD + (
        "ImmunoGen, which has licensed its TAP technology to several companies, said that Amgen Inc.\n"
        "advanced its first TAP compound into IND-enabling studies.\n\n"
        "Biogen Idec Inc. advanced a TAP compound made with technology from ImmunoGen, which licensed the\n"
        "technology to Biogen Idec in 2004.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert set(agreements_stated(facts)) == {"immunogen-amgen-licence", "immunogen-biogen-idec-licence"}


def test_one_company_named_our_collaborator_and_licensee_holds_a_licence() -> None:
    text = IMMUNOGEN_2009_HEAD + (
        "Biotest AG, our collaborator and licensee for BT-062, began a Phase I trial in multiple myeloma.\n\n"
        "Revenue from partners and licensees rose to $12.1 million, led by a $5 million milestone from\n"
        "Centocor, Inc.\n"
    )
    facts = pipeline_facts("immunogen.txt", text)
    assert set(agreements_stated(facts)) == {"immunogen-biotest-licence"}
    assert (
        "the deal with 'Centocor' told with no kind, and none named elsewhere: no agreement stated"
        in _skips(facts)
    )


def test_a_company_inside_another_companys_relative_clause_is_no_partner() -> None:
    text = SEATTLE_GENETICS_HEAD + (
        "Genentech, Inc., which received an exclusive license to develop trastuzumab-DM1 from ImmunoGen in\n"
        "2000, expanded its antibody-drug conjugate collaboration with Seattle Genetics in the quarter.\n"
    )
    facts = pipeline_facts("seattlegenetics.txt", text)
    assert _edges(facts, "partner") == {("seattle-genetics", "genentech")}
    assert set(agreements_stated(facts)) == {"seattle-genetics-genentech-collaboration"}
    assert "'ImmunoGen' is a party of another company's deal, not of the filer's" in _skips(facts)
