"""The pipeline extractor on sentences of two reviews of unseen releases (a fictional OCR-damaged cover,
Immunomedics, PDL BioPharma, Micromet, Seattle Genetics, Orcanix, Medarex, ImmunoGen) that once made it
state wrong facts or miss them.

Each test runs the real code on a release text (in the test, or a fixture of ``reviewed_releases``) and
checks the exact facts now stated: the filer's name as OCR damaged it on the cover ("lnvenra
Therapeutics, Inc.") is the filer, and no suffix cut from a longer name ("Therapeutics, Inc.") makes a
company; a code alone in brackets after an INN ("Milatuzumab (hLL1)") or a long code before a code in
brackets ("BAY2010112 (MT112)") is the compound's other name; payloads named by their own names
("monomethyl auristatin F (MMAF)") are read, and a sentence naming two leaves its compound's payload
unsure; a compound and a company joined in one clause by words of joint development, a licence or a
partnership ("is being developed in collaboration with Biogen Idec", "UCB, our licensee for
epratuzumab", "Seattle Genetics and Millennium are co-developing ADCETRIS") make the agreement cover the
compound and, for development, the company its developer.
"""

from __future__ import annotations

from pathlib import Path

from conftest import OCR_DAMAGED_COVER, agreements_stated, pipeline_facts
from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips

from kg.corpus import document_from_bytes
from kg.extractors.pipeline import run
from kg.model import Mention, Relation, SameAs

REVIEWED = Path(__file__).parent / "reviewed_releases"


_facts = pipeline_facts


def _fixture_facts(name: str) -> list[object]:
    path = REVIEWED / name
    return list(run(document_from_bytes(name, path.read_bytes(), is_html=name.endswith(".htm"))))


_agreements = agreements_stated


def _covered(facts: list[object]) -> set[tuple[str, str]]:
    """(agreement, compound) of every ``covers`` edge."""
    return {
        (f.subject.key, f.obj.key)
        for f in facts
        if isinstance(f, Relation) and f.predicate == "covers" and not isinstance(f.obj, str)
    }


def _same(facts: list[object]) -> set[tuple[str, str]]:
    """(merged name, kept name) of every ``SameAs``."""
    return {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs)}


# ---------------------------------------------------------------------------------------------------------
# 1. The filer's name as OCR damaged it on the cover; a legal suffix cut from a longer name.


def test_the_filers_name_misprinted_on_the_cover_is_the_filer_not_a_company_of_its_suffix() -> None:
    facts = _facts("release.txt", OCR_DAMAGED_COVER)
    # "Therapeutics, Inc." is no company: the whole cover line is the filer's name as OCR printed it.
    assert set(_names(facts, "company")) == {"invenra-therapeutics", "pfizer"}
    hidden = {
        label
        for f in facts
        if isinstance(f, Mention) and f.ref.key == "invenra-therapeutics"
        for label in f.hidden_labels
    }
    assert hidden == {"lnvenra Therapeutics, Inc."}
    assert _edges(facts, "partner") == {("invenra-therapeutics", "pfizer")}
    # The damaged spelling labels nothing: the filer and its agreement go by the undamaged name.
    labels = {f.ref.key: f.label for f in facts if isinstance(f, Mention)}
    assert labels["invenra-therapeutics"] == "Invenra Therapeutics, Inc."
    assert (
        labels["invenra-therapeutics-pfizer-collaboration"]
        == "Invenra Therapeutics, Inc. – Pfizer collaboration"
    )


ZETA_HEAD = (
    "SOUTH SAN FRANCISCO, Calif., May 4, 2009 -- Zeta Biologics, Inc. (Nasdaq: ZETA) today reported\n"
    "results for the first quarter ended March 31, 2009.\n\n"
)


def test_a_suffix_cut_from_a_longer_name_makes_no_company() -> None:
    # Another company's name, its capital misprinted: the pattern starts at the suffix, which is no name.
    text = ZETA_HEAD + (
        "Zeta received a milestone payment under its license agreement with lxora Pharmaceuticals, Inc.\n"
        "in the quarter.\n\n"
        "Zeta Biologics and Halvard Biosciences, Inc. signed a research collaboration.\n"
    )
    facts = _facts("zeta.txt", text)
    assert "pharmaceuticals" not in _names(facts, "company")
    assert set(_names(facts, "company")) == {"zeta-biologics", "halvard-biosciences"}


# ---------------------------------------------------------------------------------------------------------
# 2. Codes in brackets after an INN, and a long code before a code in brackets.

IMMU_HEAD = (
    "MORRIS PLAINS, N.J., August 27, 2008 -- Immunomedics, Inc. (NASDAQ: IMMU)\n"
    "today reported financial results for the fiscal year ended June 30, 2008.\n\n"
)
PAREN_CODES = IMMU_HEAD + (
    "Milatuzumab (hLL1), a humanized antibody against CD74, is in Phase I/II\n"
    "trials in multiple myeloma.\n\n"
    "Labetuzumab (hMN-14), a humanized antibody against carcinoembryonic\n"
    "antigen (CEA), is in Phase II development for colorectal cancer.\n\n"
    "Fontolizumab (HuZAF), a humanized antibody to gamma interferon, is in a\n"
    "Phase 2 trial in Crohn's disease.\n\n"
    "Volociximab (M200), a chimeric antibody that binds to alpha5beta1\n"
    "integrin, is in Phase 2 trials in non-small cell lung cancer.\n\n"
    "Ofatumumab (HuMax-CD20), a fully human anti-CD20 antibody, is in a pivotal\n"
    "trial in chronic lymphocytic leukemia.\n\n"
    "BAY2010112 (MT112), a BiTE antibody targeting PSMA, is in a Phase 1 trial\n"
    "in prostate cancer.\n"
)


def test_a_code_alone_in_brackets_after_an_inn_is_its_other_name() -> None:
    facts = _facts("immu.txt", PAREN_CODES)
    names = _names(facts, "compound")
    assert names["milatuzumab"] == {"Milatuzumab", "hLL1"}
    assert names["labetuzumab"] == {"Labetuzumab", "hMN-14"}
    assert names["volociximab"] == {"Volociximab", "M200"}
    assert names["ofatumumab"] == {"Ofatumumab", "HuMax-CD20"}
    # A bracketed name with no digit ("HuZAF") is no code the rule can be sure of.
    assert names["fontolizumab"] == {"Fontolizumab"}
    # A code with seven digits, right before a compound's code in brackets: its other name.
    assert names["bay2010112"] == {"BAY2010112", "MT112"}
    assert set(names) == {
        "milatuzumab",
        "labetuzumab",
        "volociximab",
        "ofatumumab",
        "fontolizumab",
        "bay2010112",
    }
    assert ("mt112", "bay2010112") in _same(facts)
    assert ("bay2010112", "psma") in _edges(facts, "targets")


def test_a_long_code_named_again_keeps_its_target() -> None:
    # "BAY2010112 (MT112): … a Phase 1 trial of BAY2010112, a BiTE antibody targeting PSMA …": the second
    # printing names the same compound, so its description's target is the compound's.
    facts = _fixture_facts("mitr_2011q4.htm")
    assert _names(facts, "compound")["bay2010112"] == {"BAY2010112", "MT112"}
    assert ("bay2010112", "psma") in _edges(facts, "targets")
    assert not any("stated in the description of 'BAY2010112'" in reason for reason in _skips(facts))


def test_brackets_after_an_inn_holding_an_antigen_a_gene_or_a_trials_number_name_no_code() -> None:
    text = IMMU_HEAD + (
        "Veltuzumab (CD20) is in a Phase I/II trial in non-Hodgkin lymphoma.\n\n"
        "Nivolumab (PD-1) is in a Phase 1 trial in melanoma.\n\n"
        "Enrollment is complete in the Phase 3 trial of ipilimumab (MDX010-20) in melanoma.\n\n"
        "A Phase I/II trial of yttrium-90-labeled epratuzumab (hLL2) is underway.\n"
    )
    facts = _facts("immu.txt", text)
    assert _same(facts) == set()
    assert not {"mdx010-20", "hll2", "pd-1"} & set(_names(facts, "compound"))


# ---------------------------------------------------------------------------------------------------------
# 3. Payloads named by their own names.


def test_auristatins_named_in_a_compounds_sentence_are_its_payload() -> None:
    sgen = _fixture_facts("sgen_2006q4.txt")
    # "SGN-35 is an ADC composed of an anti-CD30 monoclonal antibody attached … to the synthetic
    # cell-killing agent monomethyl auristatin E (MMAE)."
    assert ("sgn-35", "mmae") in _edges(sgen, "payload")
    assert _names(sgen, "payload")["mmaf"] == {"monomethyl auristatin F", "MMAF"}
    orcanix = _fixture_facts("orcanix_fy2011q3_ocr.txt")
    # "ORX-310 is an ADC targeting CD70 that uses Seattle Genetics, Inc.'s auristatin technology, with the
    # cell-killing agent monomethyl auristatin F (MMAF)."
    assert _edges(orcanix, "payload") == {("orx-201", "dm4"), ("orx-310", "mmaf")}


SGEN_HEAD = (
    "BOTHELL, WA, February 27, 2007 - Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial\n"
    "results for the fourth quarter and year ended December 31, 2006.\n\n"
)


def test_two_payloads_in_a_compounds_sentence_leave_its_payload_unsure() -> None:
    text = SGEN_HEAD + (
        "SGN-75 is an ADC composed of an anti-CD70 antibody and a payload; our technology employs the\n"
        "auristatin payloads MMAE and MMAF.\n\n"
        "SGN-35 is an ADC that carries monomethyl auristatin E.\n"
    )
    facts = _facts("sgen.txt", text)
    assert _edges(facts, "payload") == {("sgn-35", "mmae")}
    assert "several payloads named in a sentence of one compound: whose is unclear" in _skips(facts)
    assert set(_names(facts, "payload")) == {"mmae", "mmaf"}


# ---------------------------------------------------------------------------------------------------------
# 4. Compounds agreements cover, and the partners that develop them.

PDL_HEAD = (
    "FREMONT, Calif., August 8, 2006 -- PDL BioPharma, Inc. (Nasdaq: PDLI) today reported\n"
    "financial results for the second quarter ended June 30, 2006.\n\n"
)


def test_a_compound_developed_or_in_trials_in_collaboration_with_a_partner_is_covered() -> None:
    text = PDL_HEAD + (
        "Pipeline Update\n\n"
        "  o  Daclizumab (Zenapax(R)), a humanized antibody to the interleukin-2\n"
        "     receptor (CD25), is being developed in collaboration with Biogen Idec.\n\n"
        "  o  Volociximab (M200), a chimeric antibody that binds to alpha5beta1\n"
        "     integrin, is in Phase 2 trials in metastatic melanoma, renal cell\n"
        "     carcinoma and non-small cell lung cancer, in collaboration with\n"
        "     Biogen Idec.\n\n"
        "  o  Fontolizumab (HuZAF(TM)), a humanized antibody to gamma interferon,\n"
        "     is in a Phase 2 trial in moderate-to-severe Crohn's disease, also\n"
        "     partnered with Biogen Idec.\n"
    )
    facts = _facts("pdl.txt", text)
    assert _covered(facts) == {
        ("pdl-biopharma-biogen-idec-collaboration", "daclizumab"),
        ("pdl-biopharma-biogen-idec-collaboration", "volociximab"),
        ("pdl-biopharma-biogen-idec-collaboration", "fontolizumab"),
    }
    # Only "developed" says who develops it; a trial "in collaboration with" and "partnered" say what the
    # deal covers.
    assert _edges(facts, "developedBy") == {("daclizumab", "biogen-idec")}


MEDAREX_HEAD = (
    "PRINCETON, N.J., November 5, 2008 -- Medarex, Inc. (Nasdaq: MEDX) today\n"
    "reported financial results for the third quarter ended September 30, 2008.\n\n"
)


def test_a_compound_the_filer_develops_with_a_partner_is_the_partners_and_covered() -> None:
    text = MEDAREX_HEAD + (
        "Ipilimumab (MDX-010), which Medarex is developing with Bristol-Myers Squibb, is in a Phase 3\n"
        "trial in metastatic melanoma.\n\n"
        "MDX-1106 (ONO-4538), a fully human antibody targeting the programmed death-1 (PD-1) receptor, is\n"
        "being developed in collaboration with Ono Pharmaceutical Co., Ltd.\n"
    )
    facts = _facts("medx.txt", text)
    assert _covered(facts) == {
        ("medarex-bristol-myers-squibb-collaboration", "ipilimumab"),
        ("medarex-ono-pharmaceutical-collaboration", "mdx-1106"),
    }
    assert _edges(facts, "developedBy") == {
        ("ipilimumab", "bristol-myers-squibb"),
        ("mdx-1106", "ono-pharmaceutical"),
    }


def test_a_licensee_for_a_compound_and_a_deal_to_develop_one_cover_it() -> None:
    immu = _facts(
        "immu.txt",
        IMMU_HEAD + "Epratuzumab. UCB, our licensee for epratuzumab, completed its review of the ALLEVIATE "
        "Phase III trials in patients with systemic lupus erythematosus.\n",
    )
    assert _covered(immu) == {("immunomedics-ucb-licence", "epratuzumab")}
    sgen = _facts(
        "sgen.txt",
        SGEN_HEAD
        + "In January 2007, Seattle Genetics and Genentech, Inc. entered into an exclusive worldwide\n"
        "agreement to develop and commercialize SGN-40.\n",
    )
    assert _covered(sgen) == {("seattle-genetics-genentech-collaboration", "sgn-40")}
    micromet = _facts(
        "micromet.txt",
        "BETHESDA, Md., Nov. 4, 2010 -- Micromet, Inc. (Nasdaq: MITI) today reported results for the third\n"
        "quarter ended September 30, 2010.\n\n"
        "MT203, a human antibody neutralizing GM-CSF, is partnered with Nycomed, which is conducting a\n"
        "Phase 1 trial in patients with rheumatoid arthritis.\n",
    )
    assert _covered(micromet) == {("micromet-nycomed-collaboration", "mt203")}


def test_companies_developing_a_compound_together_develop_it() -> None:
    text = (
        "SEATTLE, Nov. 2, 2011 -- Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial results for\n"
        "the third quarter ended September 30, 2011.\n\n"
        "Seattle Genetics and Millennium are co-developing ADCETRIS (brentuximab vedotin).\n\n"
        "ASG-5ME, an ADC targeting SLC44A4 being co-developed with Agensys, an affiliate of Astellas, is in\n"
        "phase I trials in pancreatic cancer.\n\n"
        "Genentech's RG7596 (anti-CD79b) is in phase I.\n"
    )
    facts = _facts("sgen.txt", text)
    assert _edges(facts, "developedBy") == {
        ("brentuximab-vedotin", "seattle-genetics"),
        ("brentuximab-vedotin", "millennium-pharmaceuticals"),
        ("asg-5me", "agensys"),
        ("rg7596", "genentech"),
    }


def test_partners_developing_the_filers_technology_compounds_develop_them() -> None:
    facts = _fixture_facts("immunogen_fy2004_q2_ocr.txt")
    developers = _edges(facts, "developedBy")
    # "Genentech has continued preclinical development of trastuzumab-DM1", "huN901-DM1, which is being
    # developed under the name BB-10901 by our partner British Biotech", "Aventis is conducting
    # preclinical development of AVE9633" (Aventis named as a company once, after "collaboration with"),
    # "Boehringer Ingelheim continued its Phase I clinical evaluation of bivatuzumab mertansine".
    assert {
        ("trastuzumab-emtansine", "genentech"),
        ("lorvotuzumab-mertansine", "british-biotech"),
        ("ave9633", "aventis"),
        ("bivatuzumab-mertansine", "boehringer-ingelheim"),
        ("mln2704", "millennium-pharmaceuticals"),
    } == developers


def test_each_company_of_a_list_of_developers_develops_the_compound() -> None:
    text = (
        "PRINCETON, N.J.; May 4, 2005 -- Medarex, Inc. (Nasdaq: MEDX) today reported financial results for\n"
        "the first quarter ended March 31, 2005.\n\n"
        "Genmab A/S has a collaboration with Amgen.\n\n"
        "AMG 714 (also known as HuMax-IL15), being developed by Amgen and Genmab A/S, is in a Phase II trial in\n"
        "rheumatoid arthritis.\n"
    )
    facts = _facts("medx.txt", text)
    assert {("amg-714", "amgen"), ("amg-714", "genmab-a-s")} <= _edges(facts, "developedBy")


def test_a_compound_outside_the_partners_clause_or_not_the_subject_of_its_development_is_not_covered() -> (
    None
):
    text = SGEN_HEAD + (
        "In addition to SGN-35, we are developing several ADCs in collaboration with Genentech.\n\n"
        "SGN-33 is in a Phase II trial, and we signed a collaboration with Bayer Schering Pharma AG.\n\n"
        "SGN-30 is in a Phase II trial run by Genentech in collaboration with Bayer Schering Pharma AG.\n"
    )
    facts = _facts("sgen.txt", text)
    assert _covered(facts) == set()
    assert _edges(facts, "developedBy") == set()
    assert {
        "seattle-genetics-genentech-collaboration",
        "seattle-genetics-bayer-schering-pharma-collaboration",
    } <= set(_agreements(facts))


def test_a_companys_bare_name_a_partnership_cue_shows_names_it_wherever_printed() -> None:
    text = (
        "BOTHELL, WA, August 5, 2010 - Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial results\n"
        "for the second quarter ended June 30, 2010.\n\n"
        "Abbott Diagnostics presented data at a meeting.\n\n"
        "Seattle Genetics has ADC collaborations with Abbott, Bayer and Genentech.\n\n"
        "Seattle Genetics has also licensed its ADC technology to Genentech (Roche), Bayer and Abbott.\n"
    )
    facts = _facts("sgen.txt", text)
    agreements = set(_agreements(facts))
    # "Bayer" and "Abbott" are companies the first sentence names; the licence sentence names them again.
    assert {"seattle-genetics-bayer-licence", "seattle-genetics-abbott-licence"} <= agreements
    # Never as a part of a longer capitalised name.
    assert not any(isinstance(f, Mention) and f.ref.kind == "company" and f.evidence.line == 4 for f in facts)


def test_a_technology_developed_with_names_no_company() -> None:
    text = MEDAREX_HEAD + (
        "Denosumab was developed with Medarex technology, and golimumab was developed with UltiMAb\n"
        "technology.\n"
    )
    facts = _facts("medx.txt", text)
    assert set(_names(facts, "company")) == {"medarex"}
    assert _edges(facts, "partner") == set()


def test_a_compound_developed_with_a_companys_technology_is_not_that_companys() -> None:
    text = SGEN_HEAD + (
        "SGN-35, an ADC composed of an antibody developed with Genentech technology, is in a Phase 1 trial.\n\n"
        "SGN-30, an antibody developed with Genentech's antibody platform, is in a Phase 2 trial.\n"
    )
    facts = _facts("sgen.txt", text)
    assert _edges(facts, "developedBy") == set()
    assert _covered(facts) == set()
