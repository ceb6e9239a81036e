"""Code names, brands and "<antigen> ADC" names the pipeline extractor once missed, on releases it had
never seen (Seattle Genetics, Alnylam, ImmunoGen; ``tests/codename_releases/``), and the look-alikes it
must keep out: forms, accounting rules, items and exhibits, phone numbers, antigens, payloads, cell
lines, trials, conferences, regulatory filings.

Each positive case failed before the change: "ALN-VSP" and "ALN-TTRsc" (no digit), "SGN-LIV1A" (one
digit after the programme's letters), "ASG-5ME"/"ASG-22ME"/"AGS-16M8F" (letters after the digits),
"PSMA ADC" (an antigen's name), "ADCETRIS" (a brand), and "SGN-35" in a sentence without a drug word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mention_names as _names
from conftest import text_document as _doc

from kg.extractors.pipeline import run
from kg.model import EntityRef, SameAs

RELEASES = Path(__file__).parent / "codename_releases"


def _facts(name: str) -> list[object]:
    path = RELEASES / name
    return list(run(_doc(name, path.read_text(encoding="utf-8"))))


def _compounds(facts: list[object]) -> dict[str, set[str]]:
    return _names(facts, "compound")


def _same_as(facts: list[object], kind: str = "compound") -> set[tuple[str, str]]:
    return {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs) and f.a.kind == kind}


def test_seattle_genetics_brand_inn_and_code_name_are_one_compound() -> None:
    facts = _facts("seagen-2011q4.txt")
    compounds = _compounds(facts)
    # "ADCETRIS (brentuximab vedotin)", "brentuximab vedotin (SGN-35)" (a sentence with no drug word:
    # the parenthesis after the INN says it is one), "ADCETRIS, or brentuximab vedotin,".
    assert compounds["brentuximab-vedotin"] == {"ADCETRIS", "brentuximab vedotin", "SGN-35"}
    assert _same_as(facts) == {("adcetris", "brentuximab-vedotin"), ("sgn-35", "brentuximab-vedotin")}


def test_seattle_genetics_code_names_with_letters_after_digits() -> None:
    compounds = _compounds(_facts("seagen-2011q4.txt"))
    assert compounds["sgn-liv1a"] == {"SGN-LIV1A"}
    assert compounds["asg-5me"] == {"ASG-5ME"}
    assert compounds["asg-22me"] == {"ASG-22ME"}
    assert compounds["ags-16m8f"] == {"AGS-16M8F"}
    assert compounds["seattle-genetics-psma-adc"] == {"PSMA ADC"}


def test_seattle_genetics_rules_forms_and_numbers_are_no_compounds() -> None:
    facts = _facts("seagen-2011q4.txt")
    assert set(_compounds(facts)) == {
        "brentuximab-vedotin", "sgn-liv1a", "asg-5me", "asg-22me", "ags-16m8f", "seattle-genetics-psma-adc",
    }  # fmt: skip
    # The antigens stay targets.
    assert {"liv-1", "enpp3"} <= set(_names(facts, "target"))


def test_alnylam_code_names_of_letters_only_need_a_code_prefix_or_a_description() -> None:
    facts = _facts("alnylam-2010q1.txt")
    assert _compounds(facts) == {
        "aln-rsv01": {"ALN-RSV01"},
        "aln-vsp": {"ALN-VSP"},  # described: "- a systemically delivered RNAi therapeutic"
        "aln-ttr01": {"ALN-TTR01"},
        "aln-ttrsc": {"ALN-TTRsc"},  # the prefix of ALN-RSV01, in a sentence about a candidate
        "aln-pcs02": {"ALN-PCS02"},
    }  # "ASC 605-25", "EITF 08-1", "FAS 123R", "RNAi": none


def test_immunogen_partner_compounds_resolve_to_the_reference() -> None:
    facts = _facts("immunogen-2010q1.txt")
    assert _compounds(facts) == {
        "naratuximab-emtansine": {"IMGN529"},
        "mirvetuximab-soravtansine": {"IMGN853"},
        "coltuximab-ravtansine": {"SAR3419"},
        "indatuximab-ravtansine": {"BT-062"},
        "mln2704": {"MLN2704"},
        "trastuzumab-emtansine": {"KADCYLA", "ado-trastuzumab emtansine"},
    }  # not "TAP", "DM1/DM4", "HER2", "CD33", "EGFR", "FOLR1", "ASCO 2010", "HL-60", "HT-29", "IND", "BLA"…
    assert {"her2", "cd33", "egfr", "folr1", "psma"} <= set(_names(facts, "target"))
    assert not _same_as(facts)  # KADCYLA and its INN are one reference compound already


HEAD = (
    "Acme Oncology, Inc. Reports Results\n\n"
    "BOSTON, Mass., Feb. 9, 2012 -- Acme Oncology, Inc. (Nasdaq: ACMO) today reported results.\n\n"
)

#: Sentences about drugs (each holds a drug word) that print code-shaped or brand-shaped words that
#: name no compound.
NEGATIVES = [
    "The Company adopted SFAS 157 and FAS 123R for its clinical programs.",
    "Stock compensation for our clinical staff follows ASC 718 and EITF 00-21.",
    "Our drug candidates are described in our Form 10-Q and Form 8-K.",
    "Results of our clinical trials are furnished under Item 2.02 as Exhibit 99.1.",
    "Under Section 13 of the Exchange Act we report on our product candidates.",
    "Non-GAAP net loss excludes stock compensation for the clinical team.",
    "Our lead compound targets HER2, CD33, EGFR and FOLR1; PSMA is a target of the antibody.",
    "Our TAP technology attaches DM1/DM4 payloads to the antibody.",
    "The Phase I/II trial of the compound enrolled patients.",
    "The candidate was active in HL-60 and HT-29 cells and in COLO-205 xenografts.",
    "We filed an IND, and our partner filed a BLA, an NDA and an MAA for its product.",
    "Clinical data were presented at ASCO 2011 and AACR; the SEC reviewed our filings.",
    "Patients in the EMILIA-3 trial and the AB-1234 study received the compound.",
    "Call (781) 895-0600 about our drug candidates; data on 12-15-2011.",
    "Our compound is being developed with NON-GAAP and CO-CEO oversight.",
    "We are developing an HER2 ADC and our CD30 ADC in clinical trials.",
    "CEO Jane Roe discussed ADC product candidates with US-GAAP advisers.",
    "ABOUT (brentuximab vedotin) the drug and PHASE (trastuzumab) studies.",
    "The candidate showed activity in a Phase 1b study of IGF-1R and FLT-3L expressing tumors.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_look_alikes_name_no_new_compound(sentence: str) -> None:
    facts = list(run(_doc("neg.txt", HEAD + sentence + "\n")))
    new = {key for key in _compounds(facts) if key not in {"brentuximab-vedotin", "trastuzumab"}}
    assert new == set(), sentence


def test_a_letters_only_code_without_a_prefix_or_description_is_not_taken() -> None:
    # "ALN-VSP" alone, with no ALN code with digits and no description right after it: not a name.
    facts = list(run(_doc("alone.txt", HEAD + "Alnylam is testing ALN-VSP in a Phase I trial.\n")))
    assert "aln-vsp" not in _compounds(facts)


def test_a_capitalised_brand_needs_a_trademark_sign_and_each_use_is_found() -> None:
    text = HEAD + (
        "Zentrix® (fooximab vedotin) is approved for lymphoma.\n\n"
        "Sales of Zentrix grew. Project (barximab) is a heading word, not a brand.\n"
    )
    facts = list(run(_doc("brand.txt", text)))
    compounds = _compounds(facts)
    assert compounds["fooximab-vedotin"] == {"Zentrix", "fooximab vedotin"}
    assert "project" not in compounds


def test_an_or_between_list_members_states_no_alias() -> None:
    # "X-101, X-202, or fooximab" is a list: the last two are not one compound.
    text = HEAD + "Patients received XYZ-101, XYZ-202, or fooximab, in the clinical trial.\n"
    facts = list(run(_doc("list.txt", text)))
    assert not _same_as(facts)
    assert {"xyz-101", "xyz-202", "fooximab"} <= set(_compounds(facts))


def test_an_antigen_adc_beside_a_compound_is_its_description() -> None:
    text = HEAD + "The clinical trial tested SGN-CD33A, CD33 ADC, in leukemia patients.\n"
    assert "cd33-adc" not in _compounds(list(run(_doc("desc.txt", text))))


def test_a_brand_stated_for_two_inns_joins_neither() -> None:
    text = HEAD + "ZENTRIX (fooximab vedotin) and ZENTRIX (barximab vedotin) are in clinical trials.\n"
    facts = list(run(_doc("two.txt", text)))
    refs = {(f.a, f.b) for f in facts if isinstance(f, SameAs)}
    assert (EntityRef("compound", "zentrix"), EntityRef("compound", "fooximab-vedotin")) not in refs
    assert (EntityRef("compound", "zentrix"), EntityRef("compound", "barximab-vedotin")) not in refs


ARIAD_HEAD = (
    "CAMBRIDGE, Mass., Feb. 4, 2010 /PRNewswire/ -- ARIAD Pharmaceuticals, Inc. (Nasdaq: ARIA) today "
    "reported results.\n\n"
)


def test_what_a_drug_acts_on_is_no_drug() -> None:
    """ "BCR-ABL, the target of the approved inhibitors …" describes a target, not a drug."""
    text = ARIAD_HEAD + (
        "AP24534 is an oral drug candidate designed to inhibit BCR-ABL, the target of the approved "
        "inhibitors imatinib and dasatinib, in a phase 1 trial.\n"
    )
    assert "bcr-abl" not in _compounds(list(run(_doc("ariad.txt", text))))


@pytest.mark.parametrize(
    "sentence",
    ["Preclinical data for the novel CD70 ADC were presented.", "A trial of the fully human CD70 ADC began."],
)
def test_an_antigen_adc_described_in_small_words_is_no_name(sentence: str) -> None:
    assert not [k for k in _compounds(list(run(_doc("adc.txt", ARIAD_HEAD + sentence + "\n")))) if "adc" in k]


def test_an_antigen_adc_name_is_its_filers() -> None:
    """Every developer of a CD70 ADC may call its own so: the name is the filer's compound."""
    seagen = (
        "BOTHELL, Wash., Aug. 4, 2011 /PRNewswire/ -- Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
        "results.\n\nCD70 ADC entered a phase I clinical trial in renal cell carcinoma.\n"
    )
    assert _compounds(list(run(_doc("sgen.txt", seagen))))["seattle-genetics-cd70-adc"] == {"CD70 ADC"}


def test_another_companys_antigen_adc_is_not_the_filers() -> None:
    text = (
        "WALTHAM, Mass., May 4, 2009 -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced results.\n\n"
        "Seattle Genetics' CD70 ADC entered Phase I testing in renal cell carcinoma.\n"
    )
    assert not [k for k in _compounds(list(run(_doc("imgn.txt", text)))) if "adc" in k]
