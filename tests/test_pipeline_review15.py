"""The pipeline extractor on sentences of reviews R15-R17 (releases of ARIAD, Isis, Peregrine, Progenics,
Cell Therapeutics, Dendreon, Onyx, ZymoGenetics, Immunomedics and Theravance) that made it state wrong
facts or miss them.

Each test runs the real code on a release text and checks the exact facts now stated. Wrong facts: a
month's name OCR split in a column header ("JAN UARY 31,") is no code name; a code the filing calls a
trial's ("PGT303, known as the PIONEER trial") is a trial's wherever printed; a parent named in "a
subsidiary of Bayer AG" stays apart from its subsidiary; "Lilly" is the "Eli Lilly and Company" the
filing names; a deal restructured "into an exclusive license agreement" is a licence; a stage of
"yttrium-90-labeled epratuzumab" is not the bare antibody's; "its subsidiary, Immunomedics GmbH" is a
company of its own; an unqualified "agreement" and a "license and collaboration agreement" make no
second agreement. Misses: INN stems ("-limus", "-rsen", "-taxel", "-antrone", "-vancin"), spaced codes
of five or six digits, brands (title case before an INN, or marked ®/(R) and printed as a drug's),
partners after "our partner", alias lists holding the antigen, and trial names between a phase and
"trial".
"""

from __future__ import annotations

from conftest import agreements_stated, pipeline_facts
from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

PEREGRINE_HEAD = (
    "TUSTIN, Calif., March 12, 2009 -- Peregrine Pharmaceuticals, Inc. (Nasdaq: PPHM) today announced\n"
    "financial results for the third quarter of fiscal year 2009 ended January 31, 2009.\n\n"
)
CTI_HEAD = (
    "SEATTLE, May 8, 2007/PRNewswire-FirstCall/ -- Cell Therapeutics, Inc. (NASDAQ: CTIC) today\n"
    "reported financial results for the first quarter ended March 31, 2007.\n\n"
)
ISIS_HEAD = (
    "CARLSBAD, Calif., Nov. 1, 2005 /PRNewswire-FirstCall/ -- Isis Pharmaceuticals, Inc. (Nasdaq: ISIS) "
    "today reported financial results for the third quarter of 2005.\n\n"
)
ARIAD_HEAD = (
    "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Feb. 28, 2011-- ARIAD Pharmaceuticals, Inc. (NASDAQ: ARIA) today "
    "reported financial results for the fourth quarter of 2010.\n\n"
)
IMMU_HEAD = (
    "MORRIS PLAINS, N.J., May 15, 2006 -- Immunomedics, Inc. (Nasdaq: IMMU) today reported\n"
    "financial results for the quarter ended March 31, 2006.\n\n"
)
PROGENICS_HEAD = (
    "TARRYTOWN, N.Y., Aug. 7, 2008 /PRNewswire-FirstCall/ -- Progenics Pharmaceuticals, Inc. (Nasdaq: PGNX) "
    "today reported financial results for the second quarter of 2008.\n\n"
)


_facts = pipeline_facts


_agreements = agreements_stated


# ---------------------------------------------------------------------------------------------------------
# X1. A month's name OCR split in a column header is no code name.


def test_a_month_split_in_a_column_header_is_no_code() -> None:
    text = PEREGRINE_HEAD + (
        "            CONSOLIDATED STATEMENTS OF OPERATIONS\n"
        "                                  THREE MONTHS ENDED            NINE MONTHS ENDED\n"
        "                                     JANUARY 31,                   JAN UARY 31,\n"
        "                                 2009           2008           2009           2008\n"
        "  License revenue                   50,000         50,000        150,000        150,000\n"
    )
    facts = _facts("peregrine.txt", text)
    assert _names(facts, "compound") == {}
    assert "no compound named in this filing" in _skips(facts)


def test_a_month_name_before_a_day_is_no_spaced_code() -> None:
    text = PEREGRINE_HEAD + (
        "License revenue of the drug program for the periods ended JUNE 30 and DEC 31 was recorded under "
        "the license agreement.\n"
    )
    facts = _facts("peregrine.txt", text)
    assert set(_names(facts, "compound")) == set()


# ---------------------------------------------------------------------------------------------------------
# X2. A code the filing calls a trial's name.


def test_a_code_known_as_a_named_trial_is_the_trials_wherever_printed() -> None:
    text = CTI_HEAD + (
        "-- XYOTAX(TM) PGT303 PIONEER trial enrollment continues in women with advanced NSCLC --\n\n"
        "XYOTAX (paclitaxel poliglumex, CT-2103)\n\n"
        "CTI continued enrollment in PGT303, known as the PIONEER trial, a Phase III trial comparing XYOTAX\n"
        "to paclitaxel in chemotherapy-naive women with advanced non-small cell lung cancer (NSCLC).\n"
    )
    facts = _facts("cti.txt", text)
    compounds = _names(facts, "compound")
    assert "pgt303" not in compounds
    assert compounds["paclitaxel-poliglumex"] == {"XYOTAX", "paclitaxel poliglumex", "CT-2103"}
    assert _names(facts, "trial") == {"pgt303": {"PGT303"}}
    # The trial's drug is XYOTAX; paclitaxel is the comparator and takes no stage.
    assert _stages(facts) == {("paclitaxel-poliglumex", "PhaseIII", None)}
    assert ("pgt303", "paclitaxel-poliglumex") in _edges(facts, "compound")


# ---------------------------------------------------------------------------------------------------------
# X3. A parent named in "a subsidiary of X" stays apart from its subsidiary.


def test_a_parent_named_as_such_is_no_name_of_its_subsidiary() -> None:
    text = (
        "EMERYVILLE, Calif., February 27, 2007 -- Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX) today reported\n"
        "financial results for the fourth quarter and full year ended December 31, 2006.\n\n"
        '"Early in 2007, we and our partner Bayer announced that the Phase 3 SHARP trial of Nexavar in liver\n'
        'cancer met its primary endpoint," said Hollings C. Renton, Chief Executive Officer of Onyx.\n\n'
        "About Onyx Pharmaceuticals, Inc.\n\n"
        "Onyx Pharmaceuticals, Inc. is a biopharmaceutical company committed to improving the lives of people "
        "with\ncancer. The company, in collaboration with Bayer Pharmaceuticals Corporation, a subsidiary of "
        "Bayer AG, is developing\nNexavar, a small molecule drug.\n"
    )
    facts = _facts("onyx.txt", text)
    companies = _names(facts, "company")
    assert companies["bayer-pharmaceuticals"] == {"Bayer Pharmaceuticals Corporation"}
    assert companies["bayer"] == {"Bayer", "Bayer AG"}
    assert _edges(facts, "subsidiaryOf") == {("bayer-pharmaceuticals", "bayer")}
    assert all(a != b for a, b in _edges(facts, "subsidiaryOf"))


# ---------------------------------------------------------------------------------------------------------
# X4. A bare name that ends one fuller company name the filing prints with its legal form.


def test_a_bare_name_ending_one_full_company_name_is_that_company() -> None:
    text = ISIS_HEAD + (
        "Revenue included revenue from Isis' collaborations with Eli Lilly and Company and Ortho-McNeil. "
        "OGX-011 is being developed under Isis' broad antisense drug discovery collaboration with Lilly.\n"
    )
    facts = _facts("isis.txt", text)
    assert _names(facts, "company")["eli-lilly"] == {"Eli Lilly and Company", "Lilly"}
    assert "lilly" not in _names(facts, "company")
    assert _edges(facts, "partner") == {
        ("isis-pharmaceuticals", "eli-lilly"),
        ("isis-pharmaceuticals", "ortho-mcneil"),
    }
    assert set(_agreements(facts)) == {
        "isis-pharmaceuticals-eli-lilly-collaboration",
        "isis-pharmaceuticals-ortho-mcneil-collaboration",
    }


# ---------------------------------------------------------------------------------------------------------
# X5. A deal restructured into another kind is of that kind now.


def test_a_collaboration_restructured_into_a_license_is_a_licence() -> None:
    text = ARIAD_HEAD + (
        '"We restructured our ridaforolimus agreement with Merck, which strengthened our balance sheet," said '
        "Harvey J. Berger, M.D., chairman and chief executive officer.\n\n"
        "Net income in 2010 reflects the recognition of $165.3 million of previously deferred license revenue "
        "upon the restructuring of the Merck agreement in May 2010.\n\n"
        "In May 2010, ARIAD and Merck & Co., Inc. restructured their collaboration on ridaforolimus into an "
        "exclusive license agreement under which Merck is responsible for the development and worldwide "
        "commercialization of ridaforolimus in oncology.\n"
    )
    facts = _facts("ariad.txt", text)
    assert _edges(facts, "partner") == {("ariad-pharmaceuticals", "merck")}
    agreements = _agreements(facts)
    assert set(agreements) == {"ariad-pharmaceuticals-merck-licence"}
    assert ("agreementType", "licence") in agreements["ariad-pharmaceuticals-merck-licence"]
    # "ARIAD and Merck … their collaboration": the filer's own deal; "previously deferred" revenue ends none.
    assert not any("another company's deal" in reason for reason in _skips(facts))
    assert not any("stated as ended" in reason for reason in _skips(facts))


# ---------------------------------------------------------------------------------------------------------
# X6. A stage of a radiolabelled product is not the bare antibody's.


def test_a_stage_of_a_radiolabelled_antibody_is_not_the_bare_antibodys() -> None:
    text = IMMU_HEAD + (
        "In oncology, the Company is conducting a Phase II study of epratuzumab in\n"
        "combination with rituximab in patients with follicular non-Hodgkin's\n"
        "lymphoma (NHL), and a Phase I/II study of yttrium-90-labeled epratuzumab\n"
        "in patients with relapsed NHL.\n"
    )
    facts = _facts("immu.txt", text)
    assert _stages(facts) == {
        ("epratuzumab", "PhaseII", "non-hodgkin-lymphoma"),
        ("yttrium-90-labeled-epratuzumab", "PhaseI_II", "non-hodgkin-lymphoma"),
    }
    assert _edges(facts, "indication") == {
        ("epratuzumab", "non-hodgkin-lymphoma"),
        ("yttrium-90-labeled-epratuzumab", "non-hodgkin-lymphoma"),
    }


def test_a_compound_named_otherwise_than_as_a_trials_gets_no_disease_of_its_phrase() -> None:
    text = IMMU_HEAD + (
        "Epratuzumab is in a Phase III trial in patients with indolent non-Hodgkin's lymphoma who are "
        "refractory to rituximab (Rituxan(R)), as well as in Phase ll studies in combination with rituximab "
        "in aggressive NHL.\n"
    )
    facts = _facts("immu.txt", text)
    # Two compounds, neither named as what a trial is of: no disease is anyone's.
    assert ("rituximab", "non-hodgkin-lymphoma") not in _edges(facts, "indication")


# ---------------------------------------------------------------------------------------------------------
# X7. "its subsidiary, X" names a company of its own.


def test_its_subsidiary_printed_with_the_filers_name_is_a_company_of_its_own() -> None:
    text = IMMU_HEAD + (
        "The Company's diagnostic imaging product, LeukoScan(R), is marketed in Europe by its\n"
        "subsidiary, Immunomedics GmbH.\n"
    )
    facts = _facts("immu.txt", text)
    companies = _names(facts, "company")
    assert companies["immunomedics"] == {"Immunomedics, Inc."}
    assert companies["immunomedics-gmbh"] == {"Immunomedics GmbH"}
    assert _edges(facts, "subsidiaryOf") == {("immunomedics-gmbh", "immunomedics")}


# ---------------------------------------------------------------------------------------------------------
# X8. Options and agreement kinds.


def test_an_unqualified_agreement_is_the_deal_named_with_that_partner() -> None:
    text = CTI_HEAD + (
        "Under the exclusive worldwide license agreement between Cell Therapeutics, Inc. and Novartis International "
        "Pharmaceutical Ltd. signed in September 2006, Novartis holds the right to develop and commercialize "
        "XYOTAX.\n\n"
        "Pixantrone is a novel aza-anthracenedione. Novartis holds an option to license pixantrone under the\n"
        "2006 agreement, which it has not exercised.\n"
    )
    facts = _facts("cti.txt", text)
    agreements = _agreements(facts)
    assert set(agreements) == {"cell-therapeutics-novartis-licence"}
    assert ("agreementType", "licence") in agreements["cell-therapeutics-novartis-licence"]


def test_this_agreement_with_a_licensee_is_the_licence() -> None:
    text = IMMU_HEAD + (
        "On May 12, 2006, Immunomedics entered into an exclusive worldwide license\n"
        "agreement with UCB S.A. for the development and commercialization of\n"
        "epratuzumab for the treatment of all autoimmune disease indications.\n\n"
        '"This agreement with UCB, a global leader in immunology, provides the\n'
        'resources needed to bring epratuzumab through Phase III development," commented Cynthia L. '
        "Sullivan, President and Chief Executive Officer.\n"
    )
    facts = _facts("immu.txt", text)
    assert set(_agreements(facts)) == {"immunomedics-ucb-licence"}


def test_a_license_and_collaboration_agreement_is_one_agreement() -> None:
    text = ISIS_HEAD + (
        "Isis Signs Diabetes Collaboration With Ortho-McNeil\n\n"
        '"Our new collaboration with Ortho-McNeil Pharmaceutical, Inc. for our type 2 diabetes drugs '
        'validates our metabolic franchise," said Stanley T. Crooke, M.D., Ph.D., Chairman and Chief '
        "Executive Officer of Isis.\n\n"
        "Isis and Ortho-McNeil Pharmaceutical, Inc., a Johnson & Johnson company, entered into an exclusive "
        "license and collaboration agreement to develop and commercialize Isis' antisense drugs for the "
        "treatment of type 2 diabetes.\n"
    )
    facts = _facts("isis.txt", text)
    agreements = _agreements(facts)
    assert set(agreements) == {"isis-pharmaceuticals-ortho-mcneil-pharmaceutical-licence-and-collaboration"}
    assert ("agreementType", "licence and collaboration") in next(iter(agreements.values()))


def test_collaborative_partners_name_no_kind_of_deal() -> None:
    text = (
        "ImmunoGen, Inc. Reports Results\n\nWALTHAM, Mass., Aug 9, 2012 -- ImmunoGen, Inc. (Nasdaq: IMGN) "
        "today reported results.\n\n"
        "In December 2011, Eli Lilly and Company took a license to use our TAP technology to develop "
        "anticancer therapeutics to an undisclosed target.\n\n"
        "ImmunoGen, Inc. develops anticancer therapeutics using its TAP technology. The Company's "
        "collaborative partners include Amgen, Lilly and Novartis.\n"
    )
    facts = _facts("immunogen.txt", text)
    agreements = _agreements(facts)
    # Lilly's deal is the licence the filing names; the others' kinds are unnamed (a collaboration).
    assert set(agreements) == {
        "immunogen-eli-lilly-licence",
        "immunogen-amgen-collaboration",
        "immunogen-novartis-collaboration",
    }


# ---------------------------------------------------------------------------------------------------------
# X9. INN stems; surnames ending so are no drugs.


def test_drugs_named_by_inn_stems_are_found() -> None:
    text = ARIAD_HEAD + (
        "Ridaforolimus (AP23573)\n\n"
        "Ridaforolimus is an investigational mTOR inhibitor discovered by ARIAD. Merck is conducting Phase 2 "
        "trials of ridaforolimus in endometrial cancer.\n\n"
        "Alicaforsen enema is in Phase 2 development for ulcerative colitis. Telavancin is being evaluated in "
        "ATTAIN, two ongoing Phase 3 trials. Enrollment continued in PIX301, a Phase III trial of pixantrone "
        "in patients with relapsed, aggressive non-Hodgkin's lymphoma (NHL).\n"
    )
    facts = _facts("ariad.txt", text)
    compounds = _names(facts, "compound")
    assert compounds["ridaforolimus"] == {"Ridaforolimus", "ridaforolimus", "AP23573"}
    assert compounds["alicaforsen"] == {"Alicaforsen"}
    assert compounds["telavancin"] == {"Telavancin"}
    assert compounds["pixantrone"] == {"pixantrone"}
    assert ("ridaforolimus", "PhaseII", None) in _stages(facts)
    assert ("pixantrone", "PhaseIII", "non-hodgkin-lymphoma") in _stages(facts)


def test_a_surname_ending_in_the_antisense_stem_is_no_drug() -> None:
    text = (
        "COPENHAGEN, Denmark, Nov. 5, 2009 -- Genmab A/S (OMX: GEN) today reported results.\n\n"
        "Anders Gersel Pedersen, M.D., Ph.D., Senior Vice President of Drug Development, will lead the "
        "development of the antibody program. Pedersen joined the company in 2000 and oversees clinical "
        "trials of ofatumumab.\n"
    )
    facts = _facts("genmab.txt", text)
    assert "pedersen" not in _names(facts, "compound")


# ---------------------------------------------------------------------------------------------------------
# X10. Codes: a spaced code of five or six digits, a long code described as a drug.


def test_spaced_codes_of_five_or_six_digits_are_found_but_not_zip_codes_or_amounts() -> None:
    text = ISIS_HEAD + (
        "Isis is conducting additional Phase 2 trials of ISIS 301012 in patients with hypercholesterolemia.\n\n"
        "Eli Lilly and Company initiated a Phase 1 trial of LY2181308, an antisense inhibitor of survivin, "
        "in patients with cancer.\n\n"
        "Our partner's drug development site at 21823 Main Street, Bothell, WA 98021 supports the trials, "
        "and we received DKK 500 from the license. The FDA accepted BLA 125409 for the drug.\n"
    )
    facts = _facts("isis.txt", text)
    compounds = _names(facts, "compound")
    assert set(compounds) == {"isis-301012", "ly2181308"}
    assert ("isis-301012", "PhaseII", None) in _stages(facts)
    assert ("ly2181308", "PhaseI", None) in _stages(facts)


# ---------------------------------------------------------------------------------------------------------
# X11. Brands.


def test_a_brand_in_title_case_before_its_inn_is_the_inns_name() -> None:
    text = (
        "SEATTLE, WA - November 3, 2004 - Dendreon Corporation (Nasdaq: DNDN) today\n"
        "reported financial results for the third quarter ended September 30, 2004.\n\n"
        "Dendreon is developing Provenge (sipuleucel-T), which targets prostatic acid phosphatase (PAP), in "
        "a Phase 3 trial in prostate cancer.\n"
    )
    facts = _facts("dendreon.txt", text)
    assert _names(facts, "compound") == {"sipuleucel-t": {"Provenge", "sipuleucel-T"}}
    assert _stages(facts) == {("sipuleucel-t", "PhaseIII", "prostate-cancer")}


def test_registered_brands_printed_as_drugs_are_compounds() -> None:
    text = PROGENICS_HEAD + (
        "On April 24, 2008, the FDA approved RELISTOR® (methylnaltrexone bromide) subcutaneous injection for "
        "the treatment of opioid-induced constipation in patients with advanced illness.\n\n"
        "Progenics is conducting a Phase II trial of Cotara(R) in patients with recurrent glioblastoma "
        "multiforme.\n\n"
        "Net sales of URSO Forte(R) grew. Our XmAb(R) technology is licensed to partners.\n"
    )
    facts = _facts("progenics.txt", text)
    assert _names(facts, "compound") == {
        "methylnaltrexone": {"RELISTOR", "methylnaltrexone"},
        "cotara": {"Cotara"},
    }
    assert _stages(facts) == {("methylnaltrexone", "Approved", None), ("cotara", "PhaseII", None)}


def test_a_registered_brand_stated_as_approved_is_a_compound() -> None:
    text = (
        "SEATTLE, July 30, 2008 -- ZymoGenetics, Inc. (NASDAQ:ZGEN) today reported financial results for the\n"
        "quarter ended June 30, 2008.\n\n"
        "Revenues included product sales of RECOTHROM(R) Thrombin, topical (Recombinant) of $5.8 million.\n\n"
        "RECOTHROM - RECOTHROM was approved by the U.S. Food and Drug Administration in January 2008.\n"
    )
    facts = _facts("zymo.txt", text)
    assert _names(facts, "compound") == {"recothrom": {"RECOTHROM"}}
    assert _stages(facts) == {("recothrom", "Approved", None)}


# ---------------------------------------------------------------------------------------------------------
# X12. Partners after "our partner", alias lists holding the antigen.


def test_our_partner_before_into_names_the_partner() -> None:
    text = (
        "SEATTLE, July 30, 2008 -- ZymoGenetics, Inc. (NASDAQ:ZGEN) today reported financial results for the\n"
        "quarter ended June 30, 2008.\n\n"
        '"At the same time, we are advancing atacicept with our partner Merck Serono into late-stage trials '
        'in autoimmune diseases," said Bruce Carter, Chief Executive Officer of ZymoGenetics.\n\n'
        "Atacicept (TACI-Ig) - ZymoGenetics and Merck Serono are jointly developing atacicept, a fusion "
        "protein, in autoimmune diseases.\n"
    )
    facts = _facts("zymo.txt", text)
    assert _edges(facts, "partner") == {("zymogenetics", "merck-serono")}
    assert ("atacicept", "merck-serono") in _edges(facts, "developedBy")


def test_an_alias_list_holding_the_antigen_names_the_other_codes() -> None:
    text = IMMU_HEAD + (
        "Milatuzumab (hLL1, IMMU-115, anti-CD74). The Company began a Phase I\n"
        "study of milatuzumab in patients with relapsed multiple myeloma in\n"
        "February 2006.\n"
    )
    facts = _facts("immu.txt", text)
    assert _names(facts, "compound") == {"milatuzumab": {"Milatuzumab", "milatuzumab", "hLL1", "IMMU-115"}}
    assert _edges(facts, "targets") == {("milatuzumab", "cd74")}


# ---------------------------------------------------------------------------------------------------------
# X13. A trial's name between the phase and "trial".


def test_a_trial_name_between_the_phase_and_trial_keeps_the_stage_its_compounds() -> None:
    text = ARIAD_HEAD + (
        "In September 2010, ARIAD initiated the pivotal Phase 2 PACE trial of ponatinib in patients with "
        "chronic myeloid leukemia who are resistant or intolerant to dasatinib or nilotinib.\n"
    )
    facts = _facts("ariad.txt", text)
    assert _stages(facts) == {("ponatinib", "PhaseII", None)}
    assert ("pace", "ponatinib") in _edges(facts, "compound")


# ---------------------------------------------------------------------------------------------------------
# Combination partners and comparators are no subjects of a sentence.


def test_drugs_given_with_a_compound_are_no_subjects() -> None:
    text = (
        "EMERYVILLE, Calif., October 30, 2008 -- Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX) today reported\n"
        "financial results for the third quarter ended September 30, 2008.\n\n"
        "Nexavar (sorafenib) tablets\n\n"
        "In February 2008, the companies discontinued the ESCAPE Phase 3 trial of Nexavar with carboplatin "
        "and paclitaxel in non-small cell lung cancer after it failed to meet its primary endpoint.\n\n"
        "A randomized Phase 2b program in metastatic breast cancer completed enrollment in its first trial.\n"
    )
    facts = _facts("onyx.txt", text)
    # The Phase 2b program is the heading's compound's: paclitaxel, given with Nexavar, broke no topic.
    assert ("sorafenib", "PhaseII", None) in _stages(facts)
    assert not any(compound == "paclitaxel" for compound, _, _ in _stages(facts))
