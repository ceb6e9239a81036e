"""The pipeline extractor on sentences of review R11 (ImmunoGen releases of fiscal 2003 to 2013) that made
it state wrong facts or miss them.

Each test runs the real code on a release text and checks the exact facts now stated: a Phase I
"toward and into clinical testing" of two compounds is neither's, while a list "moved into the
clinic" puts each listed compound there; combination partners given with a compound ("used with
lenalidomide and dexamethasone") take none of its stage; a name printed over a line break labels its
entity on one line; the parent in a developer's aside and the licensor of its rights develop nothing;
a typographic apostrophe or dash in a disease's name matches the reference name; preclinical work going
on is the compound's stage when the filing names no clinical one; a list of diseases sharing a head
noun ("colorectal, pancreatic and non-small-cell lung cancers") names each disease.
"""

from __future__ import annotations

from conftest import mention_names as _names
from conftest import pipeline_facts
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.model import Mention, UnknownEntity
from kg.reference import gazetteer

FY2005_HEAD = (
    "ImmunoGen, Inc. Reports Third Quarter Fiscal Year 2005 Financial Results\n\n"
    "CAMBRIDGE, MA, April 28, 2005 - ImmunoGen, Inc. (Nasdaq: IMGN) today announced financial results for the\n"
    "three-month period ended March 31, 2005.\n\n"
)
FY2009_HEAD = (
    "ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2009 Financial Results\n\n"
    "WALTHAM, Mass., Jan 30, 2009 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced financial\n"
    "results for the three-month period ended December 31, 2008.\n\n"
)
FY2013_HEAD = (
    "ImmunoGen, Inc. Reports First Quarter Fiscal Year 2013 Financial Results\n\n"
    "WALTHAM, Mass.--(BUSINESS WIRE)--Nov. 2, 2012-- ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial\n"
    "results for the three months ended September 30, 2012.\n\n"
)


_facts = pipeline_facts


# ---------------------------------------------------------------------------------------------------------
# W1. A stage after a list of compounds is no one compound's; a list moved into the clinic is each's.


def test_toward_and_into_clinical_testing_of_two_compounds_is_neithers_stage() -> None:
    text = FY2005_HEAD + (
        "Research and development expenses were $8.0 million, compared to $6.2 million. The increase in\n"
        "research and development expenses reflects the Company's advancement of huN901-DM1 and huC242-DM4\n"
        "toward and into clinical testing.\n\n"
        "ImmunoGen expects to file an Investigational New Drug application (IND) for huC242-DM4 in mid-2005.\n"
    )
    facts = _facts("fy2005.txt", text)
    # One is moved toward the clinic and one into it: which is which the words do not say. (The IND
    # planned for huC242-DM4, spelled out, is its preclinical stage, as "file an IND for" is.)
    assert _stages(facts) == {("cantuzumab-ravtansine", "Preclinical", None)}
    assert "development stage stated without one compound to attach it to" in _skips(facts)


def test_a_list_moved_into_the_clinic_puts_each_listed_compound_in_phase_one() -> None:
    text = FY2013_HEAD + (
        '"In fiscal 2012 we moved two wholly owned compounds, IMGN529 and IMGN853, into the clinic," said\n'
        "Daniel Junius, President and Chief Executive Officer.\n"
    )
    assert _stages(_facts("fy2012.txt", text)) == {
        ("naratuximab-emtansine", "PhaseI", None),
        ("mirvetuximab-soravtansine", "PhaseI", None),
    }


def test_a_list_moved_into_two_stages_or_moving_into_the_clinic_states_no_stage() -> None:
    text = FY2013_HEAD + (
        "ImmunoGen advanced IMGN529 and IMGN853 into Phase I and Phase II trials, respectively.\n\n"
        '"We are focused on moving IMGN529 and IMGN853 into the clinic," said Daniel Junius.\n'
    )
    facts = _facts("fy2012.txt", text)
    # "respectively" pairs each compound with its own stage, which no list rule reads; "moving" states
    # an aim.
    assert _stages(facts) == set()
    assert {r for r in _skips(facts) if r.startswith("planned")} == {
        "planned, not current, stage (PhaseI) for naratuximab-emtansine",
        "planned, not current, stage (PhaseI) for mirvetuximab-soravtansine",
    }


# ---------------------------------------------------------------------------------------------------------
# W2. Combination partners given with a compound take none of its stage.


def test_partners_used_with_a_compound_take_none_of_its_stage() -> None:
    text = FY2013_HEAD + (
        "ImmunoGen is evaluating lorvotuzumab mertansine used with lenalidomide and dexamethasone in a Phase I\n"
        "trial in patients with CD56-positive multiple myeloma.\n"
    )
    facts = _facts("fy2013.txt", text)
    assert _stages(facts) == {("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma")}
    assert _edges(facts, "indication") == {("lorvotuzumab-mertansine", "multiple-myeloma")}


def test_partners_administered_with_a_compound_take_none_of_its_stage() -> None:
    text = FY2013_HEAD + (
        "IMGN901 administered with lenalidomide and dexamethasone is in a Phase I trial in patients with\n"
        "relapsed multiple myeloma.\n"
    )
    assert _stages(_facts("fy2013.txt", text)) == {("lorvotuzumab-mertansine", "PhaseI", "multiple-myeloma")}


# ---------------------------------------------------------------------------------------------------------
# W3. A name printed over a line break labels its entity on one line.


def test_a_target_printed_over_a_line_break_is_labelled_on_one_line() -> None:
    text = FY2005_HEAD + (
        "Millennium Pharmaceuticals, Inc. is evaluating MLN2704, which targets prostate\n"
        "specific membrane antigen (PSMA), in a Phase I/II trial in patients with\n"
        "metastatic androgen-independent prostate cancer.\n"
    )
    facts = _facts("fy2005.txt", text)
    assert _names(facts, "target") == {"psma": {"PSMA", "prostate specific membrane antigen"}}
    assert _edges(facts, "targets") == {("mln2704", "psma")}
    # No name of any kind keeps a line break or a run of spaces.
    for f in facts:
        if isinstance(f, Mention):
            for name in (f.label, *f.alt_labels, *f.hidden_labels):
                assert name == " ".join(name.split()), name
        elif isinstance(f, UnknownEntity):
            assert f.name == " ".join(f.name.split()), f.name


# ---------------------------------------------------------------------------------------------------------
# M4. The developer's parent and the licensor of its rights develop nothing.


def test_the_developers_parent_and_licensor_are_no_developers() -> None:
    text = FY2009_HEAD + (
        "Genentech plans to initiate a Phase III trial of T-DM1 for second-line treatment of HER2-positive\n"
        "metastatic breast cancer in 2009. T-DM1 is being developed by Genentech, a member of the Roche Group,\n"
        "under a license from ImmunoGen.\n"
    )
    facts = _facts("fy2009.txt", text)
    assert _edges(facts, "developedBy") == {("trastuzumab-emtansine", "genentech")}
    assert _edges(facts, "subsidiaryOf") == {("genentech", "roche")}


def test_a_developer_under_a_license_from_the_filer_develops_the_compound() -> None:
    text = FY2009_HEAD + "T-DM1 is being developed by Genentech under a license from ImmunoGen.\n"
    assert _edges(_facts("fy2009.txt", text), "developedBy") == {("trastuzumab-emtansine", "genentech")}


# ---------------------------------------------------------------------------------------------------------
# M5. Typographic apostrophes and dashes in a reference name.


def test_a_typographic_apostrophe_matches_the_disease_name() -> None:
    text = FY2009_HEAD + (
        "SAR3419 – sanofi-aventis is evaluating SAR3419, which targets CD19, in Phase I testing in patients\n"
        "with B-cell non-Hodgkin\u2019s lymphoma.\n"
    )
    facts = _facts("fy2009.txt", text)
    assert _names(facts, "indication") == {"non-hodgkin-lymphoma": {"non-Hodgkin\u2019s lymphoma"}}
    assert _stages(facts) == {("coltuximab-ravtansine", "PhaseI", "non-hodgkin-lymphoma")}


def test_look_alike_apostrophes_and_dashes_match_reference_names() -> None:
    gaz = gazetteer()
    for printed, key in (
        ("non\u2010Hodgkin\u2018s lymphoma", "non-hodgkin-lymphoma"),  # hyphen, left quote
        ("non-Hodgkin\u02bcs lymphoma", "non-hodgkin-lymphoma"),  # modifier letter apostrophe
        ("non\u2212small\u2012cell lung cancer", "non-small-cell-lung-cancer"),  # minus sign, figure dash
    ):
        found = [(m.printed, m.entry.key) for m in gaz.scan(f"patients with {printed}.")]
        assert found == [(printed, key)]


# ---------------------------------------------------------------------------------------------------------
# Preclinical work going on.


def test_preclinical_studies_under_way_are_the_compounds_stage() -> None:
    text = FY2005_HEAD + (
        "Trastuzumab-DM1\n"
        "Genentech, Inc. is conducting preclinical studies of Trastuzumab-DM1, a TAP compound that\n"
        "targets HER2.\n\n"
        "Biogen Idec is conducting preclinical development of BIIB015, a TAP compound that targets Cripto.\n"
    )
    assert _stages(_facts("fy2005.txt", text)) == {
        ("trastuzumab-emtansine", "Preclinical", None),
        ("biib015", "Preclinical", None),
    }


def test_preclinical_work_on_a_compound_in_the_clinic_is_not_its_stage() -> None:
    text = FY2009_HEAD + (
        "Genentech is conducting preclinical studies of T-DM1 in combination with other agents.\n\n"
        "Genentech is evaluating T-DM1 in a Phase II trial in patients with HER2-positive metastatic breast\n"
        "cancer.\n"
    )
    facts = _facts("fy2009.txt", text)
    assert _stages(facts) == {("trastuzumab-emtansine", "PhaseII", "her2-positive-breast-cancer")}
    assert (
        "preclinical work not read as the stage of trastuzumab-emtansine: the filing names its clinical "
        "stage (PhaseII)" in _skips(facts)
    )


def test_preclinical_work_planned_is_no_stage() -> None:
    text = FY2009_HEAD + "Biogen Idec expects that it will have started preclinical development of BIIB015.\n"
    assert _stages(_facts("fy2009.txt", text)) == set()


# ---------------------------------------------------------------------------------------------------------
# Lists of diseases sharing a head noun.


def test_a_list_of_diseases_sharing_a_head_noun_names_each_disease() -> None:
    text = FY2005_HEAD + (
        "GlaxoSmithKline is conducting a Phase I trial of cantuzumab mertansine in patients with\n"
        "colorectal, pancreatic and non-small-cell lung cancers.\n"
    )
    facts = _facts("fy2003.txt", text)
    expected = {"colorectal-cancer", "pancreatic-cancer", "non-small-cell-lung-cancer"}
    assert _edges(facts, "indication") == {("cantuzumab-mertansine", key) for key in expected}
    assert _stages(facts) == {("cantuzumab-mertansine", "PhaseI", key) for key in expected}
    # "colorectal" alone is no name of colorectal cancer: no label of it.
    names = _names(facts, "indication")
    assert names["colorectal-cancer"] == set()
    assert names["non-small-cell-lung-cancer"] == {"non-small-cell lung cancers"}


def test_a_list_sharing_a_head_noun_stops_at_a_word_naming_no_disease() -> None:
    text = FY2005_HEAD + (
        "IMGN853 is in Phase I testing for the treatment of advanced, ovarian and lung cancers.\n\n"
        "Cantuzumab mertansine targets the CanAg antigen found on colorectal, pancreatic, gastric and\n"
        "non-small-cell lung cancers.\n"
    )
    facts = _facts("fy2005.txt", text)
    # "advanced cancer" is no disease of the reference data; the antigen's places are no indications.
    assert _edges(facts, "indication") == {
        ("mirvetuximab-soravtansine", "ovarian-cancer"),
        ("mirvetuximab-soravtansine", "lung-cancer"),
    }
    assert {"colorectal-cancer", "pancreatic-cancer", "gastric-cancer"} <= set(_names(facts, "indication"))
