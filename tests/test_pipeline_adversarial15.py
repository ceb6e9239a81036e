"""The pipeline extractor on short releases an adversarial review wrote against the rules of the R15-R17
reviews (registered brands, bracketed generics, title-case brands, spaced codes, bare company names,
"and Company", agreement kinds, subsidiaries, codes known as trials, combinations and comparators,
INN stems, chemotherapies beside a code-named compound).

Each test runs the real code on a release text and checks the exact facts now stated. Wrong facts: a
device, a diagnostic or a dressing sold under a registered brand is no compound; a word of English in
brackets after a brand is no generic name; "assigned to Standard (paclitaxel)" names no brand; amounts in
a currency's code and numbers of deposits and patents are no codes; "Kirin" is not "Kyowa Hakko Kirin",
nor "Sankyo" "Daiichi Sankyo"; "Kirin and Company scientists" names no company; plural "license and
collaboration agreements" with two partners name no one deal of both kinds; a milestone "replaced with an
increased royalty" makes no licence; a new agreement is not the licence named before; a former subsidiary
and another company's "our subsidiary" are not the filer's; the drug of "a Phase 3 study of SV-2208, known
as the REACH trial" is no trial; a drug patients received in another compound's trial, and the therapy of
"X with or without Y", are no subjects; "Petersen et al." is no antisense drug; a standard chemotherapy
beside a code-named compound takes no stage from it. Misses restored: two doses of one compound compared
make no comparator; a combination list opened by a colon runs across its semicolons.
"""

from __future__ import annotations

from conftest import agreements_stated, pipeline_facts
from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import stage_rows as _stages

_facts = pipeline_facts


_agreements = agreements_stated


# ---------------------------------------------------------------------------------------------------------
# 1. A registered brand of a device, a diagnostic or a dressing is no compound.

CORVASTA = (
    "IRVINE, Calif., Feb. 26, 2009 /PRNewswire-FirstCall/ -- Corvasta Medical, Inc. (Nasdaq: CRVM) today "
    "reported financial results for the fourth quarter and year ended December 31, 2008.\n\n"
    "Fourth Quarter Highlights\n\n"
    "-- Net product sales of VASCUGLIDE(R) were $4.2 million, an increase of 31% over the fourth quarter of "
    "2007. VASCUGLIDE is our catheter-based delivery system for peripheral angioplasty.\n\n"
    "-- ONCOSIGHT(R) was approved by the U.S. Food and Drug Administration in December as a companion "
    "diagnostic for patients with HER2-positive breast cancer.\n\n"
    "-- We began a multicenter study of the Healix(R) wound dressing in patients with diabetic foot ulcers.\n\n"
    "-- Enrollment continued in the Phase II trial of CV-301, our small molecule inhibitor of VEGFR2, in "
    "patients with renal cell carcinoma.\n\n"
    "-- We completed the launch of CardioTrack(R), our remote patient monitoring service, in twelve states.\n\n"
    '"We are pleased with the growth in sales of VASCUGLIDE and with the approval of ONCOSIGHT," said Mark '
    "Ellison, President and Chief Executive Officer of Corvasta.\n\n"
    "VASCUGLIDE, ONCOSIGHT, Healix and CardioTrack are registered trademarks of Corvasta Medical, Inc.\n"
)


def test_registered_brands_of_devices_diagnostics_and_dressings_are_no_compounds() -> None:
    facts = _facts("corvasta.txt", CORVASTA)
    assert _names(facts, "compound") == {"cv-301": {"CV-301"}}
    assert _stages(facts) == {("cv-301", "PhaseII", None)}
    assert _edges(facts, "targets") == set()
    assert _edges(facts, "indication") == set()


def test_a_registered_brand_described_as_a_drug_is_still_a_compound() -> None:
    text = (
        "PRINCETON, N.J., Nov. 5, 2008 /PRNewswire/ -- Veltran Pharmaceuticals, Inc. (Nasdaq: VLTP) today "
        "reported financial results for the third quarter ended September 30, 2008.\n\n"
        "Net sales of LUMIRA(R) were $2.0 million; LUMIRA is our oral tablet formulation of naproxen. Sales "
        "of the KARDIA(R) companion diagnostic grew. The ONCOSIGHT(R) HER2 test was approved by the FDA.\n"
    )
    facts = _facts("veltran.txt", text)
    assert _names(facts, "compound") == {"lumira": {"LUMIRA"}}


# ---------------------------------------------------------------------------------------------------------
# 2. A word of English in brackets beside a brand is no generic name.

VELTRAN = (
    "PRINCETON, N.J., Nov. 5, 2008 /PRNewswire/ -- Veltran Pharmaceuticals, Inc. (Nasdaq: VLTP) today "
    "reported financial results for the third quarter ended September 30, 2008.\n\n"
    "Product Highlights\n\n"
    "-- Net sales of NEXOLIN(R) (injectable) rose to $6.3 million in the quarter. NEXOLIN is our long-acting "
    "formulation of octreotide for acromegaly.\n\n"
    "-- Sales of our advanced wound dressing (DERMAGEL(R)) were $1.1 million.\n\n"
    "-- The FDA accepted for review our supplemental application for SOMNIVA(R) (investigational) for the "
    "treatment of insomnia.\n\n"
    "-- We continued the Phase 2 trial of VT-221 in patients with carcinoid syndrome.\n\n"
    "NEXOLIN, DERMAGEL and SOMNIVA are registered trademarks of Veltran Pharmaceuticals, Inc.\n"
)


def test_a_word_of_english_in_brackets_after_a_brand_is_no_generic_name() -> None:
    facts = _facts("veltran.txt", VELTRAN)
    # NEXOLIN, whose sales the filing states, is a drug's brand; no bracketed word is a generic name.
    assert _names(facts, "compound") == {"nexolin": {"NEXOLIN"}, "vt-221": {"VT-221"}}


def test_generic_names_without_an_inn_stem_still_name_their_brands() -> None:
    text = (
        "BIRMINGHAM, Ala., Feb. 6, 2007 -- Axcan Pharma Inc. (Nasdaq: AXCA) today reported results.\n\n"
        "Net sales of CANASA(R) (mesalamine) and KEPIVANCE(R) (palifermin) grew, and sales of "
        "Ethyol(R) (amifostine) declined. Sales of FLUVAX(R) (vaccine) and ZORBIX(R) (worldwide) grew.\n"
    )
    facts = _facts("axcan.txt", text)
    compounds = _names(facts, "compound")
    assert compounds["mesalamine"] == {"CANASA", "mesalamine"}
    assert compounds["palifermin"] == {"KEPIVANCE", "palifermin"}
    assert compounds["amifostine"] == {"Ethyol", "amifostine"}
    assert "vaccine" not in compounds and "worldwide" not in compounds


# ---------------------------------------------------------------------------------------------------------
# 3. A capitalised word of English before an INN in brackets is no brand; 13. nor does a chemotherapy
# beside a code-named compound take its stage.

HALCYRA_HEAD = (
    "SAN DIEGO, Aug. 6, 2009 /PRNewswire/ -- Halcyra Therapeutics, Inc. (Nasdaq: HLCY) today reported "
    "financial results for the second quarter ended June 30, 2009.\n\n"
    "Pipeline Update\n\n"
)


def test_a_capitalised_word_before_an_inn_in_brackets_is_no_brand() -> None:
    text = HALCYRA_HEAD + (
        "In our randomized Phase 3 trial, patients with metastatic breast cancer were assigned to Standard "
        "(paclitaxel) or to HC-450 plus paclitaxel. Enrollment of 620 patients is complete.\n\n"
        "Patients who progressed on Taxotere (docetaxel) were eligible for our Phase 2 study of HC-450 in "
        "prostate cancer.\n"
    )
    facts = _facts("halcyra.txt", text)
    compounds = _names(facts, "compound")
    assert compounds["paclitaxel"] == {"paclitaxel"}
    assert compounds["docetaxel"] == {"Taxotere", "docetaxel"}  # a therapy patients progressed on
    assert ("hc-450", "PhaseIII", "breast-cancer") in _stages(facts)
    assert not any(compound == "paclitaxel" for compound, _, _ in _stages(facts))


def test_a_chemotherapy_beside_a_code_named_compound_takes_no_stage_from_it() -> None:
    text = HALCYRA_HEAD + (
        "-- Enrollment is complete in our randomized Phase 3 trial of paclitaxel with or without HC-450 in "
        "patients with metastatic breast cancer.\n\n"
        "-- We began a Phase 2 trial of docetaxel and HC-620 in men with castration-resistant prostate cancer.\n\n"
        "-- In the Phase 2 trial, patients were randomized to HC-710 or cabazitaxel in prostate cancer.\n"
    )
    facts = _facts("halcyra.txt", text)
    assert _stages(facts) == {
        ("hc-450", "PhaseIII", "breast-cancer"),
        ("hc-620", "PhaseII", None),
        ("hc-710", "PhaseII", "prostate-cancer"),
    }
    assert _edges(facts, "indication") == {("hc-450", "breast-cancer"), ("hc-710", "prostate-cancer")}


def test_the_therapy_before_with_or_without_is_no_subject() -> None:
    text = HALCYRA_HEAD + (
        "-- Enrollment is complete in our randomized Phase 3 trial of bevacizumab with or without HC-450 in "
        "patients with metastatic colorectal cancer.\n"
    )
    facts = _facts("halcyra.txt", text)
    assert _stages(facts) == {("hc-450", "PhaseIII", "colorectal-cancer")}
    assert _edges(facts, "indication") == {("hc-450", "colorectal-cancer")}


# ---------------------------------------------------------------------------------------------------------
# 4. Amounts in a currency's code and numbers of deposits, patents and protocols are no code names.

MYRIGEN_HEAD = (
    "SALT LAKE CITY, March 10, 2010 /PRNewswire/ -- Myrigen Sciences, Inc. (Nasdaq: MYRG) today reported "
    "financial results for the fourth quarter and full year ended December 31, 2009.\n\n"
)


def test_amounts_and_document_numbers_are_no_spaced_codes() -> None:
    text = MYRIGEN_HEAD + (
        "-- Physicians administering MG-118 infusions may bill the infusion under CPT 96413, and the companion "
        "test under CPT 88361.\n\n"
        "-- Our partner in China paid an upfront fee of RMB 500000 for the rights to develop MG-118 in Greater "
        "China.\n\n"
        "-- MG-118 is covered by U.S. Patent No. 7,232,445 and by patent application PCT 123456, which protect "
        "the antibody through 2026.\n\n"
        "-- Our licensee in Israel will pay NIS 150000 per year in development support for MG-118.\n\n"
        "-- MG-118 is manufactured at our facility under FDA establishment registration FEI 300456 in "
        "Boulder.\n\n"
        "-- The Phase 2 trial of MG-118 in ovarian cancer completed enrollment.\n"
    )
    facts = _facts("myrigen.txt", text)
    assert _names(facts, "compound") == {"mg-118": {"MG-118"}}
    assert _stages(facts) == {("mg-118", "PhaseII", "ovarian-cancer")}


def test_deposit_and_protocol_numbers_are_no_spaced_codes() -> None:
    text = MYRIGEN_HEAD + (
        "-- The Phase 2 trial of MG-118 in ovarian cancer, conducted under NCI protocol NSC 740591, completed "
        "enrollment.\n\n"
        "-- Cell line deposits for our antibody program were made with the ATCC under accession number PTA "
        "10234.\n\n"
        "-- Our partner paid EUR 250000 under the license for MYR 1045, an oral inhibitor of PI3K.\n"
    )
    facts = _facts("myrigen.txt", text)
    # A code in a currency's letters described as a drug right after it is a code name.
    assert _names(facts, "compound") == {"mg-118": {"MG-118"}, "myr-1045": {"MYR 1045"}}


# ---------------------------------------------------------------------------------------------------------
# 5. A bare name is not the last word of another company's full name; 6. "and Company" before a noun
# is no legal form.

NORVEXA_HEAD = (
    "BOTHELL, Wash., May 7, 2009 /PRNewswire/ -- Norvexa Therapeutics, Inc. (Nasdaq: NRVX) today reported "
    "financial results for the first quarter ended March 31, 2009.\n\n"
    "Collaborations\n\n"
)


def test_a_bare_name_is_not_the_last_word_of_a_related_companys_name() -> None:
    text = NORVEXA_HEAD + (
        "-- In January, we entered into a license agreement with Kyowa Hakko Kirin Co., Ltd. for the "
        "development of NX-310 in Japan.\n\n"
        "-- In March, we entered into a research collaboration with our partner Kirin, the parent company of "
        "Kyowa Hakko Kirin, to discover antibodies for NX-410.\n\n"
        "-- Our partner Sankyo, which had licensed NX-210 before its 2005 merger into Daiichi Sankyo Company, "
        "Limited, returned the rights to NX-210 to us in 2006.\n\n"
        "-- Daiichi Sankyo Company, Limited is responsible for the Phase 2 development of NX-110 under our "
        "license agreement.\n"
    )
    facts = _facts("norvexa.txt", text)
    companies = _names(facts, "company")
    assert companies["kirin"] == {"Kirin"}
    assert companies["kyowa-hakko-kirin"] == {"Kyowa Hakko Kirin Co., Ltd."}
    assert companies["sankyo"] == {"Sankyo"}
    assert companies["daiichi-sankyo"] == {"Daiichi Sankyo Company, Limited"}
    assert set(_agreements(facts)) == {
        "norvexa-therapeutics-kyowa-hakko-kirin-licence",
        "norvexa-therapeutics-kirin-collaboration",
        "norvexa-therapeutics-daiichi-sankyo-licence",
    }


def test_and_company_before_a_noun_is_no_legal_form() -> None:
    text = NORVEXA_HEAD + (
        "-- A joint steering committee of Kirin and Company scientists reviewed the preclinical data for "
        "NX-410.\n\n"
        "-- Our collaboration with Procter & Gamble Company on NX-510 continued.\n\n"
        "-- Cowen and Company, LLC acted as placement agent for our March private placement.\n"
    )
    facts = _facts("norvexa.txt", text)
    companies = _names(facts, "company")
    assert "kirin" not in companies
    assert companies["cowen"] == {"Cowen and Company"}
    assert companies["procter-gamble"] == {"Procter & Gamble Company"}


# ---------------------------------------------------------------------------------------------------------
# 7, 8. Agreement kinds.

TERAVION_HEAD = (
    "SOUTH SAN FRANCISCO, Calif., Aug. 4, 2009 /PRNewswire/ -- Teravion Biosciences, Inc. (Nasdaq: TRVN) "
    "today reported financial results for the second quarter ended June 30, 2009.\n\n"
)


def test_plural_agreements_of_both_kinds_with_two_partners_name_no_one_deal() -> None:
    text = TERAVION_HEAD + (
        "-- Revenue under our license and collaboration agreements with Ardent Pharma, Inc. and Belmont Bio, "
        "Inc. was $4.2 million in the quarter.\n\n"
        "-- Ardent Pharma holds an exclusive license to TB-201 in Europe under the license agreement we signed "
        "in 2007.\n\n"
        "-- We amended our collaboration agreement with Corliss Therapeutics, Inc. on TB-401, under which the "
        "$10 million development milestone was replaced with an increased royalty on net sales.\n\n"
        "-- Under our collaboration with Dunmore Biologics AG on TB-501, Dunmore converted its $5.0 million "
        "convertible note into equity under our collaboration terms.\n"
    )
    facts = _facts("teravion.txt", text)
    agreements = _agreements(facts)
    assert set(agreements) == {
        "teravion-biosciences-ardent-pharma-licence",
        "teravion-biosciences-belmont-bio-collaboration",
        "teravion-biosciences-corliss-therapeutics-collaboration",
        "teravion-biosciences-dunmore-biologics-collaboration",
    }
    # A note converted into equity is no sum of the deal.
    assert not any(predicate == "amount" for edges in agreements.values() for predicate, _ in edges)


def test_a_new_agreement_with_a_licensee_is_not_the_licence() -> None:
    text = TERAVION_HEAD + (
        "-- Ardent Pharma, Inc. continued the Phase 2 trial of TB-201, which it licensed from us in 2005; "
        "royalties under the license are payable on sales in Europe.\n\n"
        "-- In May 2009, we entered into a new $25 million agreement with Ardent Pharma to jointly discover "
        "antibodies against novel cancer targets, including TB-301.\n"
    )
    facts = _facts("teravion.txt", text)
    agreements = _agreements(facts)
    assert set(agreements) == {
        "teravion-biosciences-ardent-pharma-licence",
        "teravion-biosciences-ardent-pharma-collaboration",
    }
    assert ("amount", "25000000") in agreements["teravion-biosciences-ardent-pharma-collaboration"]
    assert not any(p == "amount" for p, _ in agreements["teravion-biosciences-ardent-pharma-licence"])


# ---------------------------------------------------------------------------------------------------------
# 9. A former subsidiary, and "our subsidiary" in another company's quotation, are not the filer's.


def test_former_subsidiaries_and_others_quoted_subsidiaries_are_not_the_filers() -> None:
    text = (
        "WALTHAM, Mass., Nov. 6, 2008 /PRNewswire/ -- Kestrel Biopharma, Inc. (Nasdaq: KSTB) today reported "
        "financial results for the third quarter ended September 30, 2008.\n\n"
        "-- In July, we completed the sale of our former subsidiary, Kestrel Diagnostics GmbH, to Roche for "
        "$12 million.\n\n"
        '-- We entered into a license agreement with Hakuto Pharma Co., Ltd. for KB-112 in Japan. "We are '
        "pleased that our subsidiary, Hakuto Biologics Inc., will lead the clinical development of KB-112 in "
        'Japan," said Takeshi Mori, President of Hakuto Pharma.\n\n'
        "-- Nordvik Holdings AG, which acquired Kestrel Europe Ltd. from us in 2007, is developing KB-210 "
        "through its subsidiary, Kestrel Europe Ltd., under a license agreement.\n\n"
        '-- Jane Smith, President of Hakuto Pharma, said, "Our subsidiary, Hakuto Labs Inc., will make '
        'KB-112."\n\n'
        '-- "Our subsidiary, Kestrel Labs GmbH, will manufacture KB-112," said Ann Lee, Chief Executive '
        "Officer of Kestrel.\n"
    )
    facts = _facts("kestrel.txt", text)
    assert _edges(facts, "subsidiaryOf") == {("kestrel-labs", "kestrel-biopharma")}


# ---------------------------------------------------------------------------------------------------------
# 10. A trial's name given to a study of a compound leaves the compound a compound.


def test_the_drug_of_a_study_known_as_a_named_trial_is_no_trial() -> None:
    text = (
        "SEATTLE, May 6, 2010 /PRNewswire/ -- Solvane Oncology, Inc. (Nasdaq: SLVN) today reported financial "
        "results for the first quarter ended March 31, 2010.\n\n"
        "-- We completed enrollment in our pivotal Phase 3 study of SV-2208, known as the REACH trial, in "
        "patients with advanced non-small cell lung cancer.\n\n"
        "-- SV-2208 is an oral inhibitor of the MET receptor. We expect top-line data from REACH in the first "
        "half of 2011.\n"
    )
    facts = _facts("solvane.txt", text)
    assert _names(facts, "compound") == {"sv-2208": {"SV-2208"}}
    assert "sv-2208" not in _names(facts, "trial")
    assert _stages(facts) == {("sv-2208", "PhaseIII", "non-small-cell-lung-cancer")}


# ---------------------------------------------------------------------------------------------------------
# 11. Combinations: a drug patients received in another compound's trial is no subject; a list after
# "in combination with:" runs across its semicolons; two doses of one compound make no comparator.

ALCYON_HEAD = (
    "CAMBRIDGE, Mass., Nov. 4, 2009 /PRNewswire/ -- Alcyon Pharmaceuticals, Inc. (Nasdaq: ALCY) today "
    "reported financial results for the third quarter ended September 30, 2009.\n\n"
    "AP-303 Program\n\n"
)


def test_a_drug_patients_received_in_another_compounds_trial_is_no_subject() -> None:
    text = ALCYON_HEAD + (
        "We are conducting Phase 2 trials of AP-303 in combination with: bevacizumab in colorectal cancer; "
        "cetuximab in head and neck cancer; and trastuzumab in HER2-positive breast cancer.\n\n"
        "We initiated a Phase 1b study of AP-303 administered with carboplatin and paclitaxel, and the first "
        "patients received bevacizumab in the dose-escalation arm of our Phase 1 trial in prostate cancer.\n\n"
        "We initiated a Phase 1b study of AP-303, and the first patients received docetaxel in the "
        "dose-escalation arm of our Phase 1 trial.\n"
    )
    facts = _facts("alcyon.txt", text)
    assert {compound for compound, _, _ in _stages(facts)} == {"ap-303"}
    assert ("ap-303", "PhaseI", "prostate-cancer") in _stages(facts)


def test_a_combination_list_opened_by_a_colon_keeps_the_compounds_diseases() -> None:
    text = ALCYON_HEAD + (
        "We are conducting Phase 2 trials of AP-303 in combination with: bevacizumab in colorectal cancer; "
        "cetuximab in head and neck cancer; and trastuzumab in HER2-positive breast cancer.\n"
    )
    facts = _facts("alcyon.txt", text)
    assert _edges(facts, "indication") == {
        ("ap-303", "colorectal-cancer"),
        ("ap-303", "her2-positive-breast-cancer"),
    }
    assert {compound for compound, _, _ in _stages(facts)} == {"ap-303"}


def test_two_doses_of_one_compound_compared_make_no_comparator() -> None:
    text = (
        "CAMBRIDGE, Mass., Nov. 4, 2009 /PRNewswire/ -- Alcyon Pharmaceuticals, Inc. (Nasdaq: ALCY) today "
        "reported financial results for the third quarter ended September 30, 2009.\n\n"
        "AP-101\n\n"
        "AP-101 is our oral inhibitor of the HSP90 chaperone. We initiated a randomized Phase 2 trial "
        "comparing standard-dose with high-dose AP-202 in patients with platinum-resistant ovarian cancer.\n"
    )
    facts = _facts("alcyon.txt", text)
    assert ("ap-202", "PhaseII", "ovarian-cancer") in _stages(facts)
    assert ("ap-202", "ovarian-cancer") in _edges(facts, "indication")


# ---------------------------------------------------------------------------------------------------------
# 12. A capitalised surname ending in the antisense stem is no drug.


def test_capitalised_words_ending_in_the_antisense_stem_need_a_drugs_context() -> None:
    text = (
        "CARLSBAD, Calif., Nov. 3, 2009 /PRNewswire/ -- Oligon Therapeutics, Inc. (Nasdaq: OLGN) today "
        "reported financial results for the third quarter ended September 30, 2009.\n\n"
        "-- Data from the Phase 2 trial of OG-4411 in hypercholesterolemia were consistent with results "
        "published by Petersen et al. in the New England Journal of Medicine.\n\n"
        "-- Halvorsen's analysis of the registry, presented at the AHA meeting, supports the development of "
        "OG-4411 in familial hypercholesterolemia.\n\n"
        "-- We moved our research operations to the Jespersen Building in Carlsbad.\n\n"
        "-- Our auditors, Andersen, completed their review of the quarter.\n\n"
        "-- Mipomersen (OG 3011), an antisense inhibitor of apoB, is in Phase 3.\n"
    )
    facts = _facts("oligon.txt", text)
    compounds = _names(facts, "compound")
    assert set(compounds) == {"og-4411", "mipomersen"}
