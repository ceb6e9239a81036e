"""The pipeline extractor on sentences of reviews R12 and R13 (releases of Abgenix, Alnylam, Alkermes,
Axcan, Dyax, ImClone, OSI, Xencor) that made it state wrong facts or miss them.

Each test runs the real code on a release text and checks the exact facts now stated: an IND spelled
out is no application for marketing approval; a deal another company holds ("CuraGen's license from
…", "Regulus …, the company Alnylam formed with Isis, continued its alliance with …") makes no partner
of the filer; a code in brackets after a protein's long name is that protein's name, not a compound; a
person's title is no word of the company named under it; a brand's bracketed list of its INN and code
names one compound; "Co., Ltd." and "KGaA" end a company's name; a stage whose trial is "of" a compound
is that compound's; an application accepted for priority review or a product under the FDA's review is
in registration; companies named "… Company" after "with" in a deal, and codes printed as drugs'
names ("XmAb5871 is a … antibody", "Panitumumab (ABX-EGF)", "IMC-A12, a … antibody") are found; a
reference target in brackets after its long name is the compound's target; a pipeline table's target
and partner cells name targets and the filer's partners by their short names.
"""

from __future__ import annotations

from conftest import mention_names as _names
from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import document_from_bytes
from kg.extractors.pipeline import run
from kg.model import Mention, SameAs

ABGENIX_HEAD = (
    "ABGENIX REPORTS THIRD QUARTER 2004 FINANCIAL RESULTS\n\n"
    "FREMONT, Calif., October 28, 2004 -- Abgenix, Inc. (Nasdaq: ABGX) today reported financial results for "
    "the third quarter ended September 30, 2004.\n\n"
)
ALNYLAM_HEAD = (
    "Alnylam Pharmaceuticals Reports Fourth Quarter and Full Year 2008 Financial Results\n\n"
    "CAMBRIDGE, Mass., February 5, 2009 -- Alnylam Pharmaceuticals, Inc. (Nasdaq: ALNY) today reported its "
    "consolidated financial results for the fourth quarter and year ended December 31, 2008.\n\n"
)
DYAX_HEAD = (
    "DYAX CORP. REPORTS FOURTH QUARTER AND FULL YEAR 2008 FINANCIAL RESULTS\n\n"
    "CAMBRIDGE, Mass., March 3, 2009 -- Dyax Corp. (NASDAQ: DYAX) today reported financial results for the "
    "fourth quarter and year ended December 31, 2008.\n\n"
)
IMCLONE_HEAD = (
    "Date of Report (Date of earliest event reported): February 28, 2006\n\n"
    "ImClone Systems Incorporated\n(Exact name of registrant as specified in its charter)\n\n"
    "ImClone Systems Reports Fourth Quarter and Full Year 2005 Financial Results\n\n"
)
XENCOR_HEAD = (
    "Xencor Reports Fourth Quarter and Full Year 2013 Financial Results\n\n"
    "MONROVIA, Calif., March 10, 2014 (GLOBE NEWSWIRE) -- Xencor, Inc. (NASDAQ:XNCR) today reported financial "
    "results for the fourth quarter and full year ended December 31, 2013.\n\n"
)
OSI_HEAD = (
    "MELVILLE, N.Y., April 24, 2002 -- OSI Pharmaceuticals, Inc. (Nasdaq: OSIP) today reported results for "
    "the second quarter of fiscal 2002.\n\n"
)


_facts = pipeline_facts


def _labels(facts: list[object], kind: str) -> dict[str, str]:
    """Each entity of ``kind`` with the label its mentions give it."""
    return {f.ref.key: f.label for f in facts if isinstance(f, Mention) and f.ref.kind == kind}


# ---------------------------------------------------------------------------------------------------------
# P1. An investigational new drug application is an IND: no registration.


def test_an_ind_spelled_out_is_no_application_for_approval() -> None:
    text = ABGENIX_HEAD + (
        "Under the collaboration between Abgenix and CuraGen Corporation, the companies filed an investigational "
        "new drug application for CR002, a fully human antibody against platelet-derived growth factor D "
        "(PDGF-D), and plan to begin a Phase 1 trial in kidney inflammation before the end of 2004.\n"
    )
    facts = _facts("abgenix.txt", text)
    # The IND filed puts CR002 before its trials, as "filed an IND for CR002" does; the Phase 1 is planned.
    assert _stages(facts) == {("cr002", "Preclinical", None)}
    assert "planned, not current, stage (PhaseI) for cr002" in _skips(facts)


def test_an_ind_application_submitted_is_no_registration_but_an_nda_is() -> None:
    text = DYAX_HEAD + (
        "In January, Dyax submitted an Investigational New Drug Application (IND) for DX-2240, a fully human "
        "antibody.\n\n"
        "In September, Dyax submitted a New Drug Application for DX-88, a recombinant protein.\n"
    )
    assert _stages(_facts("dyax.txt", text)) == {
        ("dx-2240", "Preclinical", None),
        ("dx-88", "Registration", None),
    }


def test_an_ind_filed_is_no_stage_of_a_compound_the_sentence_puts_in_a_trial() -> None:
    text = IMCLONE_HEAD + (
        "IMC-11F8: A Phase I study of IMC-11F8, a fully human anti-EGFR antibody, is ongoing in Europe.\n\n"
        "IMC-A12: The Company filed an IND for IMC-A12, a fully human anti-IGF-IR antibody, and began a Phase I "
        "trial in the third quarter.\n"
    )
    facts = _facts("imclone.txt", text)
    assert _stages(facts) == {("imc-11f8", "PhaseI", None), ("imc-a12", "PhaseI", None)}
    assert (
        "IND filed for imc-a12, stated in a clinical stage in the same sentence: not read as preclinical"
        in _skips(facts)
    )


# ---------------------------------------------------------------------------------------------------------
# P2. Another company's deal makes no partner of the filer.


def test_a_licence_another_company_holds_by_its_possessive_makes_no_partner() -> None:
    text = ABGENIX_HEAD + (
        "CuraGen is advancing CR011-vcMMAE, an antibody-drug conjugate that links CR011, a fully human antibody "
        "against glycoprotein NMB (GPNMB), to the cell-killing agent monomethyl auristatin E (MMAE) under "
        "CuraGen's license from Seattle Genetics, Inc.; CR011-vcMMAE is in preclinical development for "
        "metastatic melanoma.\n"
    )
    facts = _facts("abgenix.txt", text)
    assert _edges(facts, "partner") == set()
    assert "'Seattle Genetics, Inc.' is a party of another company's deal, not of the filer's" in _skips(
        facts
    )


def test_the_filers_own_possessive_keeps_the_deal_the_filers() -> None:
    text = ABGENIX_HEAD + (
        "Abgenix is advancing ABX-IL8 under Abgenix's license from Seattle Genetics, Inc. for the "
        "treatment of psoriasis.\n"
    )
    assert _edges(_facts("abgenix.txt", text), "partner") == {("abgenix", "seattle-genetics")}


def test_its_deal_belongs_to_the_subject_not_to_a_company_in_its_apposition() -> None:
    text = (
        "CAMBRIDGE, Mass.—February 5, 2009—Alnylam Pharmaceuticals, Inc. (Nasdaq: ALNY), a leading RNAi "
        "therapeutics company, today reported its consolidated financial results for the fourth quarter and "
        "year ended December 31, 2008.\n\n"
        "In May 2008, Alnylam and Takeda Pharmaceutical Company Limited formed a platform alliance.\n\n"
        "Regulus Therapeutics Inc., the microRNA company Alnylam formed with Isis Pharmaceuticals, Inc., "
        "continued its alliance with GlaxoSmithKline on microRNA therapeutics for inflammatory diseases.\n"
    )
    facts = _facts("alnylam.txt", text)
    partners = {partner for _, partner in _edges(facts, "partner")}
    assert "glaxosmithkline" not in partners
    assert "'GlaxoSmithKline' is a party of another company's deal, not of the filer's" in _skips(facts)


# ---------------------------------------------------------------------------------------------------------
# P3. A code in brackets after a protein's long name is the protein's.


def test_a_code_after_a_proteins_long_name_is_no_compound() -> None:
    text = DYAX_HEAD + (
        "DX-2400. DX-2400, a fully human monoclonal antibody inhibitor of matrix\n"
        "metalloproteinase 14 (MMP-14), is in preclinical development for solid\n"
        "tumors.\n"
    )
    facts = _facts("dyax.txt", text)
    assert set(_names(facts, "compound")) == {"dx-2400"}
    assert _stages(facts) == {("dx-2400", "Preclinical", "solid-tumors")}


# ---------------------------------------------------------------------------------------------------------
# P4. A person's title is no word of the company named under it.


def test_a_title_on_the_line_above_a_company_is_no_part_of_its_name() -> None:
    text = (
        "MONT-SAINT-HILAIRE, Quebec, Feb. 6, 2007 - Axcan Pharma Inc. (NASDAQ: AXCA) today announced its "
        "financial results for the first quarter of fiscal 2007.\n\n"
        "For further information, please contact:\n\n"
        "Steve Gannon\n"
        "Senior Vice President, Chief Financial Officer and Treasurer\n"
        "Axcan Pharma Inc.\n"
        "Tel: (450) 467-5138\n"
    )
    facts = _facts("axcan.txt", text)
    assert set(_names(facts, "company")) == {"axcan-pharma"}
    assert _names(facts, "company")["axcan-pharma"] == {"Axcan Pharma Inc."}


# ---------------------------------------------------------------------------------------------------------
# P5. A brand's list of its INN and code is one compound; "Co., Ltd." ends a company's name.


def test_a_brands_bracketed_inn_and_code_name_one_compound() -> None:
    text = OSI_HEAD + (
        "Research and development expenses increased, principally due to the expansion of the Phase III "
        "program for Tarceva™ (erlotinib HCl, OSI-774).\n"
    )
    facts = _facts("osi.txt", text)
    assert set(_names(facts, "compound")) == {"erlotinib"}
    assert _names(facts, "compound")["erlotinib"] >= {"erlotinib", "OSI-774"}
    assert any(isinstance(f, SameAs) and {f.a.key, f.b.key} == {"osi-774", "erlotinib"} for f in facts)
    assert _stages(facts) == {("erlotinib", "PhaseIII", None)}


def test_a_list_after_a_brand_holding_no_inn_names_nothing() -> None:
    # Two codes after a brand may be the brand's and another's: no merge.
    text = OSI_HEAD + "OSI expanded the Phase III program for Tarceva™ (OSI-774, OSI-906) and other drugs.\n"
    facts = _facts("osi.txt", text)
    assert set(_names(facts, "compound")) == {"osi-774", "osi-906"}
    assert not any(isinstance(f, SameAs) and f.a.kind == "compound" for f in facts)


def test_a_company_name_ending_in_co_ltd_keeps_its_legal_form() -> None:
    text = OSI_HEAD + (
        "OSI recognized revenue from research conducted under its collaboration with Tanabe Seiyaku Co., Ltd.\n\n"
        "Kyowa Hakko Kirin Co., Ltd. holds the rights to OSI-7904L in Japan under an agreement formed with "
        "OSI in June 2001.\n"
    )
    facts = _facts("osi.txt", text)
    labels = _labels(facts, "company")
    assert labels["tanabe-seiyaku"] == "Tanabe Seiyaku Co., Ltd."
    assert labels["kyowa-hakko-kirin"] == "Kyowa Hakko Kirin Co., Ltd."
    assert _edges(facts, "partner") == {
        ("osi-pharmaceuticals", "tanabe-seiyaku"),
        ("osi-pharmaceuticals", "kyowa-hakko-kirin"),
    }


# ---------------------------------------------------------------------------------------------------------
# P6. A stage whose trial is "of" a compound is that compound's.


def test_two_stages_of_one_sentence_each_of_its_own_compound() -> None:
    text = (
        "Cambridge, MA, February 7, 2008 -- Alkermes, Inc. (NASDAQ: ALKS) today reported results.\n\n"
        "Alkermes initiated a Phase 1 clinical study of ALKS 33, an oral opioid modulator, for the treatment of "
        "reward disorders, and continued the Phase 1 program of ALKS 29 for the treatment of alcohol "
        "dependence.\n"
    )
    assert _stages(_facts("alkermes.txt", text)) == {("alks-33", "PhaseI", None), ("alks-29", "PhaseI", None)}


def test_a_trial_of_a_combination_states_no_stage_of_one_compound() -> None:
    text = (
        "Cambridge, MA, February 7, 2008 -- Alkermes, Inc. (NASDAQ: ALKS) today reported results.\n\n"
        "Alkermes initiated a Phase 1 clinical study of ALKS 33 and ALKS 29 in healthy volunteers.\n"
    )
    assert _stages(_facts("alkermes.txt", text)) == set()


# ---------------------------------------------------------------------------------------------------------
# P7. Registration: accepted for priority review; under the FDA's review.


def test_an_application_accepted_for_priority_review_is_registration() -> None:
    text = IMCLONE_HEAD + (
        "ERBITUX® (cetuximab) is an IgG1 monoclonal antibody.\n\n"
        "In December 2005, the U.S. Food and Drug Administration accepted for priority review the supplemental "
        "Biologics License Application for Erbitux in combination with radiation therapy for the treatment of "
        "locally advanced squamous cell carcinoma of the head and neck, with an action date in March 2006.\n"
    )
    assert _stages(_facts("imclone.txt", text)) == {
        ("cetuximab", "Registration", "head-and-neck-squamous-cell-carcinoma")
    }


def test_a_product_under_the_fdas_review_is_registration_an_ind_is_not() -> None:
    text = DYAX_HEAD + (
        "DX-88, a recombinant small protein inhibitor of plasma kallikrein, is under review by the U.S. Food "
        "and Drug Administration for the treatment of acute attacks of hereditary angioedema.\n\n"
        "The IND for DX-2240 is under review by the FDA.\n"
    )
    assert _stages(_facts("dyax.txt", text)) == {("dx-88", "Registration", None)}


# ---------------------------------------------------------------------------------------------------------
# P8. Companies: "… Company" after "with" in a deal; "KGaA".


def test_partners_named_company_and_kgaa_are_found() -> None:
    text = IMCLONE_HEAD + (
        "ImClone Systems co-develops and co-promotes Erbitux in North America with Bristol-Myers Squibb Company "
        "and its wholly-owned subsidiary E.R. Squibb & Sons, L.L.C. Merck KGaA holds the rights to Erbitux "
        "outside North America and, in Japan, co-develops Erbitux with ImClone Systems and Bristol-Myers "
        "Squibb.\n"
    )
    facts = _facts("imclone.txt", text)
    assert _labels(facts, "company")["bristol-myers-squibb"] == "Bristol-Myers Squibb Company"
    assert _labels(facts, "company")["merck-kgaa"] == "Merck KGaA"
    assert _edges(facts, "partner") == {
        ("imclone-systems", "bristol-myers-squibb"),
        ("imclone-systems", "merck-kgaa"),
    }


def test_a_company_word_inside_a_longer_name_names_no_company() -> None:
    text = IMCLONE_HEAD + (
        "Under the collaboration, ImClone Systems must comply with the Investment Company Act of 1940.\n"
    )
    assert "investment" not in _names(_facts("imclone.txt", text), "company")


# ---------------------------------------------------------------------------------------------------------
# P9. Codes printed as drugs' names.


def test_mixed_case_codes_printed_as_drugs_are_compounds() -> None:
    text = XENCOR_HEAD + (
        "XmAb5871 is a first-in-class monoclonal antibody that targets CD19. In February 2014 Xencor initiated "
        "a Phase 1b/2a trial of XmAb5871 in patients with rheumatoid arthritis.\n\n"
        "MOR208 (formerly XmAb5574) is a CD19 antibody licensed to MorphoSys AG in 2010.\n"
    )
    facts = _facts("xencor.txt", text)
    assert set(_names(facts, "compound")) == {"xmab5871", "mor208"}
    assert _names(facts, "compound")["mor208"] == {"MOR208", "XmAb5574"}
    assert _edges(facts, "targets") == {("xmab5871", "cd19")}
    assert _stages(facts) == {("xmab5871", "PhaseI_II", None)}


def test_a_mixed_case_code_not_printed_as_a_drug_is_no_compound() -> None:
    text = XENCOR_HEAD + "Our XmAb2013 platform supports the development of several antibodies.\n"
    assert "xmab2013" not in _names(_facts("xencor.txt", text), "compound")


def test_letter_codes_with_the_filings_code_prefix_are_compounds() -> None:
    text = ABGENIX_HEAD + (
        "Panitumumab (ABX-EGF). Panitumumab, a fully human monoclonal antibody directed against the epidermal "
        "growth factor receptor (EGFR), is being co-developed by Abgenix and Amgen Inc.\n\n"
        "ABX-MA1. ABX-MA1, a fully human antibody against MUC18, is in a Phase 1 trial in patients with "
        "metastatic melanoma.\n"
    )
    facts = _facts("abgenix.txt", text)
    compounds = _names(facts, "compound")
    assert set(compounds) == {"panitumumab", "abx-ma1"}
    assert "ABX-EGF" in compounds["panitumumab"]
    assert _edges(facts, "targets") == {("panitumumab", "egfr"), ("abx-ma1", "muc18")}
    assert _stages(facts) == {("abx-ma1", "PhaseI", None)}


def test_a_code_of_the_filings_prefix_with_a_letter_and_digits_is_a_compound() -> None:
    text = IMCLONE_HEAD + (
        "IMC-A12, a fully human monoclonal antibody against the insulin-like growth factor-1 receptor "
        "(IGF-1R), is in a Phase I trial in patients with advanced solid tumors.\n\n"
        "IMC-1121B, a fully human monoclonal antibody, is in a Phase I trial in patients with advanced solid "
        "tumors.\n"
    )
    facts = _facts("imclone.txt", text)
    assert _edges(facts, "targets") == {("imc-a12", "igf-1r")}
    assert _stages(facts) == {
        ("imc-a12", "PhaseI", "solid-tumors"),
        ("imc-1121b", "PhaseI", "solid-tumors"),
    }


def test_a_gene_shaped_name_with_the_filings_prefix_is_no_compound() -> None:
    text = IMCLONE_HEAD + (
        "IMC-1121B, a fully human monoclonal antibody, is in a Phase I trial. IMC-1121B binds IMC-L1, a "
        "receptor expressed on tumors.\n"
    )
    assert set(_names(_facts("imclone.txt", text), "compound")) == {"imc-1121b"}


# ---------------------------------------------------------------------------------------------------------
# P10. A reference target in brackets after its long name.


def test_a_reference_target_named_after_its_long_name_is_the_compounds_target() -> None:
    text = ABGENIX_HEAD + (
        "Panitumumab, a fully human monoclonal antibody directed against the epidermal growth factor receptor "
        "(EGFR), is in Phase 3 trials.\n\n"
        "AMG 706, a fully human antibody against vascular endothelial growth factor receptor-2 (VEGFR-2, also "
        "known as KDR), is in a Phase 1 trial.\n"
    )
    facts = _facts("abgenix.txt", text)
    # VEGFR-2 is in no reference list: its long name and bracket state no target.
    assert _edges(facts, "targets") == {("panitumumab", "egfr")}


# ---------------------------------------------------------------------------------------------------------
# P11. A pipeline table's target and partner cells.

ALNYLAM_TABLE = (
    "<html><body>\n"
    "<p>CAMBRIDGE, Mass., February 5, 2009 -- Alnylam Pharmaceuticals, Inc. (Nasdaq: ALNY) today reported "
    "its consolidated financial results for the fourth quarter and year ended December 31, 2008.</p>\n"
    "<p>In January 2009, Alnylam and Cubist Pharmaceuticals, Inc. entered into an exclusive alliance to "
    "develop and commercialize ALN-RSV01. Kyowa Hakko Kirin Co., Ltd. holds the rights to ALN-RSV01 in "
    "Japan under an agreement formed in June 2008.</p>\n"
    "<p>Alnylam continued its collaboration with Medtronic, Inc. on ALN-HTT.</p>\n"
    '<table border="1">\n'
    "<tr><td><b>Program</b></td><td><b>Target</b></td><td><b>Indication</b></td><td><b>Stage</b></td>"
    "<td><b>Partner</b></td></tr>\n"
    "<tr><td>ALN-RSV01</td><td>RSV nucleocapsid (N) gene</td><td>Respiratory syncytial virus infection</td>"
    "<td>Phase II</td><td>Cubist; Kyowa Hakko Kirin</td></tr>\n"
    "<tr><td>ALN-VSP</td><td>KSP and VEGF</td><td>Liver cancers</td><td>Preclinical</td><td>&#151;</td></tr>\n"
    "<tr><td>ALN-TTR01</td><td>Transthyretin (TTR)</td><td>TTR-mediated amyloidosis</td><td>Preclinical</td>"
    "<td>&#151;</td></tr>\n"
    "<tr><td>ALN-HTT</td><td>Huntingtin (HTT)</td><td>Huntington&#146;s disease</td><td>Preclinical</td>"
    "<td>Medtronic</td></tr>\n"
    "<tr><td>ALN-EBO</td><td>Ebola virus genes</td><td>Ebola hemorrhagic fever</td><td>Preclinical</td>"
    "<td>Defense Threat Reduction Agency</td></tr>\n"
    "<tr><td>ALN-PCS</td><td>Undisclosed (TBD)</td><td>Hypercholesterolemia</td><td>Preclinical</td>"
    "<td>Roche; Novartis</td></tr>\n"
    "</table>\n</body></html>\n"
)


def test_a_pipeline_tables_target_and_partner_cells_are_read_by_short_names() -> None:
    doc = document_from_bytes("alnylam_2008q4.htm", ALNYLAM_TABLE.encode("utf-8"), is_html=True)
    facts = list(run(doc))
    row_facts = [f for f in facts if getattr(getattr(f, "evidence", None), "quote", "").count("\t") >= 4]
    assert _edges(row_facts, "targets") == {
        ("aln-vsp", "ksp"),
        ("aln-vsp", "vegf"),
        ("aln-ttr01", "ttr"),
        ("aln-htt", "htt"),
    }
    assert _names(facts, "target")["ttr"] == {"TTR", "Transthyretin"}
    # The partner cells name by their bare names companies the release names in full (and reference
    # companies by their names); an agency the release names nowhere else is none.
    assert _edges(row_facts, "partner") == {
        ("alnylam-pharmaceuticals", "cubist-pharmaceuticals"),
        ("alnylam-pharmaceuticals", "kyowa-hakko-kirin"),
        ("alnylam-pharmaceuticals", "medtronic"),
        ("alnylam-pharmaceuticals", "roche"),
        ("alnylam-pharmaceuticals", "novartis"),
    }
    covers = {
        (f.subject.key, f.obj.key)
        for f in row_facts
        if getattr(f, "predicate", None) == "covers" and hasattr(f.obj, "key")
    }
    assert covers == {
        ("alnylam-pharmaceuticals-cubist-pharmaceuticals-collaboration", "aln-rsv01"),
        ("alnylam-pharmaceuticals-kyowa-hakko-kirin-collaboration", "aln-rsv01"),
        ("alnylam-pharmaceuticals-medtronic-collaboration", "aln-htt"),
        ("alnylam-pharmaceuticals-roche-collaboration", "aln-pcs"),
        ("alnylam-pharmaceuticals-novartis-collaboration", "aln-pcs"),
    }
