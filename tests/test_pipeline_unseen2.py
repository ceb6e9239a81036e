"""The pipeline extractor on releases it had never seen: other ImmunoGen quarters and other biotech companies.

Each test runs the real extractor on a short release holding sentences that once made it state a wrong
fact or miss a stated one (a discontinued compound kept at its stage, an approval of an IND read as a
product's approval, another company's deal read as the filer's partnership, a pipeline table read as
one run-on sentence, a renaming phrase not merging two names) and checks the exact facts now stated,
and that the wrong ones are gone.
"""

from __future__ import annotations

import html

from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages
from conftest import text_document as _doc

from kg.corpus import Document, document_from_bytes
from kg.extractors import people
from kg.extractors.pipeline import run
from kg.model import Relation, SameAs

IMMUNOGEN_HEAD = (
    "ImmunoGen, Inc. Reports Fourth Quarter Fiscal Year 2009 Results\n\n"
    "WALTHAM, Mass., Aug 4, 2009 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
)


STOPPED = (
    IMMUNOGEN_HEAD
    + """\
In March 2009, sanofi-aventis discontinued development of AVE9633, which had been in Phase I testing for \
acute myeloid leukemia.

Boehringer Ingelheim has discontinued the Phase I trial of bivatuzumab mertansine.

IMGN388 is in Phase I testing, and sanofi-aventis discontinued SAR566658.

In the Phase II trial of IMGN901, three patients discontinued treatment due to adverse events.

The discontinuation rate in the Phase III trial of T-DM1 was low.
"""
)


def test_a_discontinued_compound_keeps_no_stage() -> None:
    facts = list(run(_doc("stopped.txt", STOPPED)))
    # The stage named with a stop ("discontinued development of", "had been in") is no current stage;
    # a clause with its own subject keeps its stage, and patients discontinuing treatment stop nothing.
    assert _stages(facts) == {
        ("imgn388", "PhaseI", None),
        ("lorvotuzumab-mertansine", "PhaseII", None),
        ("trastuzumab-emtansine", "PhaseIII", None),
    }
    assert sorted(r for r in _skips(facts) if r.startswith("development stopped")) == [
        "development stopped or past: no current stage (PhaseI) for ave9633",
        "development stopped or past: no current stage (PhaseI) for bivatuzumab-mertansine",
    ]


REGULATORY = (
    IMMUNOGEN_HEAD
    + """\
Trastuzumab emtansine was approved by the FDA in February 2013 for HER2-positive metastatic breast cancer.

Seattle Genetics filed a BLA for brentuximab vedotin with the FDA in February 2011.

XL184 is in a pivotal trial in medullary thyroid cancer.

SAR3419 is in a Phase II pivotal trial.

ALN-TTR02 is being evaluated in a Phase 2b study.

We filed an IND for IMGN289 in the fourth quarter.

The FDA approved the IND for IMGN853 in March 2012.

The protocol for the IMGN901 study was approved by the FDA.

IMGN529 received FDA approval to begin a Phase III trial.

We expect to file a BLA for BT062 in 2014.
"""
)


def test_approval_application_pivotal_and_ind_stages() -> None:
    facts = list(run(_doc("regulatory.txt", REGULATORY)))
    assert _stages(facts) == {
        # "approved by the FDA … for <disease>": marketing approval, with its disease.
        ("trastuzumab-emtansine", "Approved", "her2-positive-breast-cancer"),
        ("brentuximab-vedotin", "Registration", None),
        # "pivotal trial" with no phase printed is the vocabulary's Phase III; "Phase II pivotal" is Phase II.
        ("xl184", "PhaseIII", None),
        ("coltuximab-ravtansine", "PhaseII", None),
        ("aln-ttr02", "PhaseII", None),
        ("imgn289", "Preclinical", None),
        # An approved IND leaves the compound preclinical; an approved protocol or a permission to begin a
        # trial approves no product, and a BLA to be filed is no application yet.
        ("mirvetuximab-soravtansine", "Preclinical", None),
    }
    assert "planned, not current, stage (PhaseIII) for naratuximab-emtansine" in _skips(facts)


OTHER_DEALS = (
    IMMUNOGEN_HEAD
    + """\
ImmunoGen and Lilly signed a research collaboration in December 2011.

ImmunoGen has licensed its TAP technology to Genentech, a member of the Roche Group, for use with HER2 \
antibodies.

Seattle Genetics and Takeda Pharmaceutical Company Limited entered into a collaboration agreement for \
brentuximab vedotin.

Regeneron Pharmaceuticals, Inc. announced that its collaboration with sanofi-aventis covers REGN727.

Exelixis, Inc. licensed XL184 to Bristol-Myers Squibb Company in December 2008.

Abgenix, Inc. completed its merger with Amgen in April 2006, and ImmunoGen's license agreement continues.

We compete with Seattle Genetics, Inc., which has a collaboration with Wyeth Pharmaceuticals.

Biogen Idec, which licensed the TAP technology from ImmunoGen, is a member of the Zeta Group.

ImmunoGen licensed the rights to Europe and Japan to Biotest.
"""
)


def test_partners_need_the_filer_as_a_party() -> None:
    facts = list(run(_doc("deals.txt", OTHER_DEALS)))
    # The filer's own deals only: not other companies' ("Seattle Genetics and Takeda entered into",
    # "its collaboration with", "licensed XL184 to"), not a merger's parties, not competitors, not a
    # parent described after its subsidiary, not a place ("the rights to Europe and Japan").
    assert _edges(facts, "partner") == {
        ("immunogen", "lilly"),
        ("immunogen", "genentech"),
        ("immunogen", "biogen-idec"),
        ("immunogen", "biotest"),
    }
    companies = _names(facts, "company")
    assert companies["lilly"] == {"Lilly"}
    assert companies["bristol-myers-squibb"] == {"Bristol-Myers Squibb Company"}
    assert not {"europe", "japan"} & set(companies)
    assert _edges(facts, "subsidiaryOf") == {("genentech", "roche")}
    skips = _skips(facts)
    assert skips.count("a partnership between other companies than the filer") == 3
    assert "'Abgenix, Inc.' named in an acquisition or merger, not a partnership" in skips
    assert "'Amgen' named in an acquisition or merger, not a partnership" in skips
    assert "companies named as competitors, not partners" in skips


def _html(name: str, body: str) -> Document:
    page = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    return document_from_bytes(name, page.encode("utf-8"), is_html=True)


def _table(rows: list[list[str]], header_tag: str = "th") -> str:
    head = "".join(f"<{header_tag}>{html.escape(c)}</{header_tag}>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table><tr>{head}</tr>{body}</table>"


PIPELINE_TABLE = _table(
    [
        ["Product", "Target", "Indication", "Stage", "Partner"],
        ["IMGN901 (lorvotuzumab mertansine)", "CD56", "Small-cell lung cancer", "Phase I/II", ""],
        ["T-DM1", "HER2", "HER2+ breast cancer", "Phase III", "Roche"],
        ["SAR3419", "CD19", "Non-Hodgkin lymphoma", "Phase II", "sanofi-aventis"],
        ["IMGN853", "FOLR1", "Ovarian cancer", "Preclinical", ""],
        ["IMGN529", "CD37", "Non-Hodgkin lymphoma", "Phase I planned 2012", ""],
        ["IMGN388 and IMGN289", "", "Solid tumors", "Phase I", ""],
        ["BT062", "CD138", "Multiple myeloma", "Phase I/II", "Biotest", "extra", "cells"],
        ["ZZ-4512", "TROP2", "Gastric cancer", "Phase I", ""],
    ]
)
REVENUE_TABLE = _table([["Product", "Three Months Ended June 30, 2011"], ["Kadcyla", "$ 1,000"]], "td")


def test_pipeline_table_rows_are_read_by_column() -> None:
    body = (
        "<p>ImmunoGen, Inc. Reports Third Quarter Fiscal Year 2011 Financial Results</p>"
        "<p>WALTHAM, Mass., May 2, 2011 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.</p>"
        f"<p>Product Pipeline</p>{PIPELINE_TABLE}<p>Revenues</p>{REVENUE_TABLE}"
        "<p>IMGN388 is in Phase I testing for solid tumors.</p>"
    )
    facts = list(run(_html("table.htm", body)))
    # Each row gives its compound's target, disease, stage (with that disease) and partner. A planned
    # stage gives none; a row naming two compounds, or with more cells than the header, gives nothing.
    assert _edges(facts, "targets") == {
        ("lorvotuzumab-mertansine", "cd56"),
        ("trastuzumab-emtansine", "her2"),
        ("coltuximab-ravtansine", "cd19"),
        ("mirvetuximab-soravtansine", "folr1"),
        ("naratuximab-emtansine", "cd37"),
        ("zz-4512", "trop2"),
    }
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseI_II", "small-cell-lung-cancer"),
        ("trastuzumab-emtansine", "PhaseIII", "her2-positive-breast-cancer"),
        ("coltuximab-ravtansine", "PhaseII", "non-hodgkin-lymphoma"),
        ("mirvetuximab-soravtansine", "Preclinical", "ovarian-cancer"),
        ("zz-4512", "PhaseI", "gastric-cancer"),
        ("imgn388", "PhaseI", "solid-tumors"),  # the prose after the table
    }
    assert _edges(facts, "partner") == {("immunogen", "roche"), ("immunogen", "sanofi-aventis")}
    covers = {
        (f.subject.key, f.obj.key)
        for f in facts
        if isinstance(f, Relation) and f.predicate == "covers" and not isinstance(f.obj, str)
    }
    assert covers == {
        ("immunogen-roche-collaboration", "trastuzumab-emtansine"),
        ("immunogen-sanofi-aventis-collaboration", "coltuximab-ravtansine"),
    }
    # A new code name in a row's compound cell is a compound (the table is about drugs), and the new
    # antigen in its target cell a target; the revenue table is no pipeline table.
    assert _names(facts, "compound")["zz-4512"] == {"ZZ-4512"}
    assert _names(facts, "target")["trop2"] == {"TROP2"}
    skips = _skips(facts)
    assert "pipeline table stage 'Phase I planned 2012' is no current stage" in skips
    assert "pipeline table row naming several compounds" in skips
    assert "pipeline table row with more cells than its header" in skips


ALIASES = (
    IMMUNOGEN_HEAD
    + """\
SGN-35, now known as brentuximab vedotin, is in a Phase II trial.

REGN727 (alirocumab, also known as SAR236553) is in Phase II testing.

XL184 (cabozantinib) is in Phase III testing.

ALN-TTR02, also called patisiran, is in Phase I testing.

The new conjugate, ABC123-DM4 (formerly called XYZ-456), is in preclinical development.

IMGN901 (lorvotuzumab mertansine, formerly huN901-DM1) is in Phase II testing for Merkel cell carcinoma.

The PD-L1 concept was presented with IMGN901 in Phase II testing.
"""
)


def test_names_stated_as_one_compound_merge() -> None:
    facts = list(run(_doc("aliases.txt", ALIASES)))
    same = {(f.a.key, f.b.key) for f in facts if isinstance(f, SameAs)}
    # "now known as", "also called", "formerly called", and a chain in one parenthesis ("A (B, also
    # known as C)"): every name of one compound, the INN preferred as its label.
    assert same == {
        ("sgn-35", "brentuximab-vedotin"),
        ("regn727", "alirocumab"),
        ("sar236553", "alirocumab"),
        ("xl184", "cabozantinib"),
        ("aln-ttr02", "patisiran"),
        ("xyz-456", "abc123-dm4"),
    }
    compounds = _names(facts, "compound")
    assert compounds["alirocumab"] == {"REGN727", "alirocumab", "SAR236553"}
    assert compounds["lorvotuzumab-mertansine"] == {"IMGN901", "lorvotuzumab mertansine", "huN901-DM1"}
    # A one-digit protein name ("PD-L1") and a word ending like an INN stem ("concept") are no compounds.
    assert set(compounds) == {
        "brentuximab-vedotin",
        "alirocumab",
        "cabozantinib",
        "patisiran",
        "abc123-dm4",
        "lorvotuzumab-mertansine",
    }
    assert _stages(facts) == {
        ("brentuximab-vedotin", "PhaseII", None),
        ("alirocumab", "PhaseII", None),
        ("cabozantinib", "PhaseIII", None),
        ("patisiran", "PhaseI", None),
        ("abc123-dm4", "Preclinical", None),
        ("lorvotuzumab-mertansine", "PhaseII", "merkel-cell-carcinoma"),
        ("lorvotuzumab-mertansine", "PhaseII", None),
    }


DISEASES = (
    IMMUNOGEN_HEAD
    + """\
IMGN901 is in Phase I testing for the treatment of CD56-positive solid tumors.

IMGN529 is in a Phase I trial for non-small cell lung cancer (NSCLC).

IMGN853 entered a registration trial for ovarian cancer in 2012.

DVK-6580, which targets mesothelin, is in Phase II clinical testing for the treatment of multiple myeloma (MM).

IMGN289 targets certain solid tumors, and SAR3419 targeting protein synthesis was not studied.
"""
)


def test_diseases_with_abbreviations_and_plain_protein_targets() -> None:
    facts = list(run(_doc("diseases.txt", DISEASES)))
    # "CD56-positive solid tumors": the disease is solid tumors, CD56 the target; "trial for" and an
    # abbreviation after its disease name one disease.
    assert _stages(facts) == {
        ("lorvotuzumab-mertansine", "PhaseI", "solid-tumors"),
        ("naratuximab-emtansine", "PhaseI", "non-small-cell-lung-cancer"),
        ("mirvetuximab-soravtansine", "PhaseIII", "ovarian-cancer"),
        ("dvk-6580", "PhaseII", "multiple-myeloma"),
    }
    assert _names(facts, "indication")["non-small-cell-lung-cancer"] == {
        "non-small cell lung cancer",
        "NSCLC",
    }
    # A protein's plain name right after "targets" is a new target; "certain" and "protein" are not.
    assert _edges(facts, "targets") == {("lorvotuzumab-mertansine", "cd56"), ("dvk-6580", "mesothelin")}
    assert set(_names(facts, "target")) == {"cd56", "mesothelin"}


def test_a_parent_described_after_the_employer_is_not_a_second_employer() -> None:
    text = (
        "Seattle Genetics Reports Second Quarter 2011 Financial Results\n\n"
        "BOTHELL, Wash.--(BUSINESS WIRE)--Aug. 4, 2011--Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
        "results.\n\n"
        '"Our partnership is strong," said Hal Barron, M.D., Chief Medical Officer of Genentech, a member of '
        "the Roche Group.\n"
    )
    facts = list(people.run(_doc("sgen.txt", text)))
    assert _edges(facts, "position") == {("hal-barron", "Chief Medical Officer")}
    assert _edges(facts, "worksFor") == {("hal-barron", "genentech")}
