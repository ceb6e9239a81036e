"""The pipeline extractor on sentences of review R14 (releases of Vertex, MedImmune, BioMarin, Ligand and
Momenta) that made it state wrong facts or miss them.

Each test runs the real code on a release text and checks the exact facts now stated: a former name
printed after a company's full name, which runs on past the part a list knows ("Janssen Pharmaceutica,
N.V. (formerly Tibotec Pharmaceuticals)"), names that company and no second partner; a reference
target's name carried on by a Greek letter and a subunit's number ("integrin alpha-v-beta-3") names no
target of the reference; drugs named by well-established INN stems (hepatitis C antivirals, retinoids,
interleukins, oestrogen receptor modulators, thrombopoietin agonists, heparins, sulfatases) and codes of
one capital described as drugs are found, and English and biology words ending so are not.
"""

from __future__ import annotations

from conftest import mention_names as _names
from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.model import EntityRef, SameAs

VERTEX_HEAD = (
    "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Oct. 27, 2010-- Vertex Pharmaceuticals Incorporated (Nasdaq: VRTX) "
    "today reported consolidated financial results for the quarter ended September 30, 2010.\n\n"
)
MEDIMMUNE_HEAD = (
    "GAITHERSBURG, Md., July 27, 2006 -- MedImmune, Inc. (Nasdaq: MEDI) today reported financial results for "
    "the second quarter ended June 30, 2006.\n\n"
)
LIGAND_HEAD = (
    "SAN DIEGO, March 16, 2006 -- Ligand Pharmaceuticals Incorporated (Nasdaq: LGND) today reported results "
    "for the fourth quarter and year ended December 31, 2005.\n\n"
)


_facts = pipeline_facts


# ---------------------------------------------------------------------------------------------------------
# G. A former name after a company's full name, printed on past the part a list knows it by.


def test_a_former_name_after_a_full_name_running_past_the_known_name_is_no_second_partner() -> None:
    text = VERTEX_HEAD + (
        "Collaborative revenues in the third quarter of 2010 were $22.6 million and consisted primarily of "
        "revenues under Vertex's collaboration with Janssen Pharmaceutica, N.V. (formerly Tibotec "
        "Pharmaceuticals) for the development of telaprevir.\n"
    )
    facts = _facts("vertex.txt", text)
    # One partner: the reference's Janssen, whose former name Tibotec is.
    assert _edges(facts, "partner") == {("vertex-pharmaceuticals", "janssen")}
    joined = {(f.a, f.b) for f in facts if isinstance(f, SameAs) and f.a.kind == "company"}
    assert (EntityRef("company", "tibotec-pharmaceuticals"), EntityRef("company", "janssen")) in joined
    assert _names(facts, "company")["janssen"] == {"Janssen", "Tibotec Pharmaceuticals"}


def test_a_lower_case_word_between_two_names_keeps_the_aside_off_the_first() -> None:
    text = VERTEX_HEAD + (
        "Vertex entered into a collaboration with Janssen for telaprevir and another in Europe (formerly "
        "Tibotec Pharmaceuticals) last year.\n"
    )
    facts = _facts("vertex.txt", text)
    joined = {(f.a, f.b) for f in facts if isinstance(f, SameAs) and f.a.kind == "company"}
    assert not any(EntityRef("company", "janssen") in pair for pair in joined)


# ---------------------------------------------------------------------------------------------------------
# H. A reference target's name carried on by a Greek letter and a subunit is a longer name.


def test_a_target_name_carried_on_by_a_greek_subunit_is_not_the_shorter_target() -> None:
    text = MEDIMMUNE_HEAD + (
        "Etaracizumab (MEDI-522, Abegrin), a humanized monoclonal antibody that targets the integrin "
        "alpha-v-beta-3, is in Phase 2 trials in metastatic melanoma and in androgen-independent prostate "
        "cancer.\n"
    )
    facts = _facts("medimmune.txt", text)
    assert _edges(facts, "targets") == set()
    assert "integrin-alpha-v" not in _names(facts, "target")
    assert "target 'integrin alpha-v-beta-3' is a longer name than the reference's: not taken" in _skips(
        facts
    )


def test_a_target_name_alone_is_still_the_reference_target() -> None:
    text = MEDIMMUNE_HEAD + (
        "Etaracizumab (MEDI-522), a humanized monoclonal antibody that targets the integrin alpha-v, is in "
        "Phase 2 trials in metastatic melanoma.\n"
    )
    assert _edges(_facts("medimmune.txt", text), "targets") == {("etaracizumab", "integrin-alpha-v")}


# ---------------------------------------------------------------------------------------------------------
# M. Drugs named by INN stems, and codes of one capital described as drugs.


def test_drugs_named_by_inn_stems_are_found_with_their_brands_and_codes() -> None:
    text = VERTEX_HEAD + (
        "Telaprevir (VX-950) for Hepatitis C: Telaprevir is an investigational oral inhibitor of the hepatitis "
        "C virus NS3/4A protease. Vertex is conducting the Phase 3 REALIZE trial of telaprevir in patients "
        "with genotype 1 chronic hepatitis C.\n\n"
        "Naglazyme(R) (galsulfase) is approved for mucopolysaccharidosis VI.\n\n"
        "ONTAK(R) (denileukin diftitox) and Targretin(R) (bexarotene) capsules are approved treatments for "
        "cutaneous T-cell lymphoma.\n\n"
        "GlaxoSmithKline is conducting Phase III trials of eltrombopag (SB-497115), an oral thrombopoietin "
        "receptor agonist, in chronic idiopathic thrombocytopenic purpura.\n"
    )
    facts = _facts("vertex.txt", text)
    names = _names(facts, "compound")
    assert names["telaprevir"] == {"Telaprevir", "VX-950", "telaprevir"}
    assert names["galsulfase"] == {"Naglazyme", "galsulfase"}
    assert names["denileukin-diftitox"] == {"ONTAK", "denileukin diftitox"}
    assert names["bexarotene"] == {"Targretin", "bexarotene"}
    assert names["eltrombopag"] == {"SB-497115", "eltrombopag"}
    assert "denileukin" not in names and "sb-497115" not in names
    assert {("telaprevir", "PhaseIII", None), ("eltrombopag", "PhaseIII", None)} <= _stages(facts)


def test_more_inn_stems_name_drugs() -> None:
    text = LIGAND_HEAD + (
        "Wyeth expects to submit a New Drug Application for bazedoxifene for the prevention of postmenopausal "
        "osteoporosis in 2006. Pfizer Inc. continues the Phase III PEARL trial of lasofoxifene for the "
        "treatment of osteoporosis. Sales of enoxaparin grew. Patients received sitagliptin, telmisartan, "
        "atorvastatin, sofosbuvir or daclatasvir in other trials.\n"
    )
    names = _names(_facts("ligand.txt", text), "compound")
    for inn in (
        "bazedoxifene",
        "lasofoxifene",
        "enoxaparin",
        "sitagliptin",
        "telmisartan",
        "atorvastatin",
        "sofosbuvir",
        "daclatasvir",
    ):
        assert names[inn] == {inn}


def test_words_ending_in_a_new_stem_name_no_drug() -> None:
    text = LIGAND_HEAD + (
        "Ligand's drug candidate LGD-4665 increased interleukin levels, the release of heparin and of "
        "betacarotene, and the activity of peroxidase and of alpha-glucosidase in a Phase I study.\n"
    )
    names = _names(_facts("ligand.txt", text), "compound")
    assert set(names) == {"lgd-4665"}


def test_a_one_capital_code_described_as_a_drug_is_found() -> None:
    text = (
        "CAMBRIDGE, Mass., February 24, 2011 -- Momenta Pharmaceuticals, Inc. (Nasdaq: MNTA) today reported "
        "its financial results for the fourth quarter of 2010.\n\n"
        "M402: M402, a novel heparin-based oncology candidate, is in preclinical development.\n"
    )
    facts = _facts("momenta.txt", text)
    assert _names(facts, "compound") == {"m402": {"M402"}}
    assert _stages(facts) == {("m402", "Preclinical", None)}


def test_a_one_capital_code_without_a_drugs_description_is_no_compound() -> None:
    text = (
        "CAMBRIDGE, Mass., February 24, 2011 -- Momenta Pharmaceuticals, Inc. (Nasdaq: MNTA) today reported "
        "its financial results for the fourth quarter of 2010.\n\n"
        "The drug candidate was tested in A549 cells and is metabolised by P450, an enzyme of the liver; "
        "the M100 instrument, a mass spectrometer, analysed the samples in our Phase 1 study.\n"
    )
    assert _names(_facts("momenta.txt", text), "compound") == {}
