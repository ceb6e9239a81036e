"""The pipeline extractor and the HTML renderer on sentences of two reviews of unseen releases (Human
Genome Sciences, Medarex, Orcanix, Micromet, PDL BioPharma) that once made them state wrong facts or miss
them.

Each test runs the real code on a release text and checks the exact facts now stated: names the sentence
itself calls trials ("BLISS-52 and BLISS-76, the two Phase 3 trials of belimumab") are trials of the
compound, not compounds; a target's other name in brackets ("IP-10 (CXCL10)") is no compound; a
company's former name in brackets ("Amgen (formerly Abgenix)") is no second licensee; a plan to carry
compounds into stages states no stage; the lines of an HTML contacts cell stay lines, and neither a PR
agency's name nor an e-mail address makes a partner; a sentence ends after "Inc." when prose goes on
("… Biogen Idec Inc. Tysabri was returned …"); "Micromet and Sanofi continued their collaboration" makes
Sanofi a partner.
"""

from __future__ import annotations

from conftest import agreements_stated, pipeline_facts
from conftest import mention_names as _names
from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import stage_rows as _stages

from kg.corpus import document_from_bytes
from kg.extractors.pipeline import run
from kg.html import render_html
from kg.model import Relation

_facts = pipeline_facts


def _html_facts(name: str, markup: str) -> list[object]:
    return list(run(document_from_bytes(name, markup.encode("utf-8"), is_html=True)))


def _trials(facts: list[object]) -> dict[str, set[tuple[str, str]]]:
    """Each trial stated, with its (predicate, object key) edges."""
    found: dict[str, set[tuple[str, str]]] = {}
    for key in _names(facts, "trial"):
        found[key] = set()
    for f in facts:
        if isinstance(f, Relation) and f.subject.kind == "trial":
            obj = f.obj if isinstance(f.obj, str) else f.obj.key
            found.setdefault(f.subject.key, set()).add((f.predicate, obj))
    return found


_agreements = agreements_stated


HGS_HEAD = (
    "ROCKVILLE, Maryland -- February 12, 2008 -- Human Genome Sciences, Inc. (Nasdaq: HGSI) today\n"
    "reported financial results for the quarter and year ended December 31, 2007.\n\n"
)


def test_names_the_sentence_calls_trials_are_trials_of_its_compound() -> None:
    text = HGS_HEAD + (
        "Enrollment is complete in BLISS-52 and BLISS-76, the two Phase 3 trials of belimumab in\n"
        "patients with systemic lupus erythematosus (SLE).\n\n"
        "Enrollment is complete in ABC-52, a Phase 3 trial of belimumab in patients with multiple myeloma.\n\n"
        "HGS-1029, an antibody in Phase 2 trials, is well tolerated.\n"
    )
    facts = _facts("hgs.txt", text)
    # Trials, not compounds; the compound keeps the stage its sentence states.
    assert set(_names(facts, "compound")) == {"belimumab", "hgs-1029"}
    assert _trials(facts) == {
        "bliss-52": {("compound", "belimumab"), ("phase", "PhaseIII")},
        "bliss-76": {("compound", "belimumab"), ("phase", "PhaseIII")},
        "abc-52": {("compound", "belimumab"), ("phase", "PhaseIII"), ("indication", "multiple-myeloma")},
    }
    assert _stages(facts) == {
        ("belimumab", "PhaseIII", None),
        ("belimumab", "PhaseIII", "multiple-myeloma"),
        ("hgs-1029", "PhaseII", None),
    }
    assert "development stage stated without one compound to attach it to" not in _skips(facts)


def test_names_in_brackets_after_trials_are_those_trials() -> None:
    text = HGS_HEAD + (
        "LymphoStat-B(R) (belimumab), a human monoclonal antibody, is in two Phase III trials (BLISS-52 and\n"
        "BLISS-76) in systemic lupus erythematosus.\n"
    )
    facts = _facts("hgs.txt", text)
    assert set(_names(facts, "compound")) == {"belimumab"}
    assert _trials(facts) == {
        "bliss-52": {("compound", "belimumab"), ("phase", "PhaseIII")},
        "bliss-76": {("compound", "belimumab"), ("phase", "PhaseIII")},
    }


MEDAREX_HEAD = (
    "MEDAREX REPORTS THIRD QUARTER 2008 FINANCIAL RESULTS\n\n"
    "PRINCETON, N.J., November 5, 2008 -- Medarex, Inc. (Nasdaq: MEDX) today\n"
    "reported financial results for the third quarter ended September 30, 2008.\n\n"
)


def test_a_targets_other_name_in_brackets_is_no_compound() -> None:
    text = MEDAREX_HEAD + (
        "A Phase 2 trial of MDX-1100, a fully human antibody against IP-10\n"
        "(CXCL10), in patients with ulcerative colitis completed enrollment.\n\n"
        "MDX-1401, an antibody targeting CD30 (TNFRSF8), is in a Phase 1 trial.\n"
    )
    facts = _facts("medx.txt", text)
    assert set(_names(facts, "compound")) == {"mdx-1100", "mdx-1401"}
    # The bracket names the target again: another name of it.
    assert _names(facts, "target") == {"ip-10": {"IP-10", "CXCL10"}, "cd30": {"CD30", "TNFRSF8"}}
    assert _edges(facts, "targets") == {("mdx-1100", "ip-10"), ("mdx-1401", "cd30")}
    assert _stages(facts) == {("mdx-1100", "PhaseII", None), ("mdx-1401", "PhaseI", None)}


def test_a_code_in_brackets_after_a_target_with_no_compound_before_names_the_antibody() -> None:
    # No compound is named before the description: the bracket names the antibody itself.
    text = MEDAREX_HEAD + "Our antibody to CD30 (MDX-060) is in a Phase 2 trial in Hodgkin's disease.\n"
    facts = _facts("medx.txt", text)
    assert set(_names(facts, "compound")) == {"mdx-060"}


def test_a_former_name_in_brackets_is_no_second_licensee() -> None:
    text = MEDAREX_HEAD + (
        "Denosumab was generated using Medarex technology licensed to Amgen\n(formerly Abgenix).\n"
    )
    facts = _facts("medx.txt", text)
    assert _edges(facts, "partner") == {("medarex", "amgen")}
    assert _agreements(facts) == {
        "medarex-amgen-licence": {
            ("party", "medarex"),
            ("party", "amgen"),
            ("agreementType", "licence"),
            ("covers", "denosumab"),
        }
    }
    assert "'Abgenix' named as a former or later name of the company before it, not a second party" in _skips(
        facts
    )


def test_a_later_name_in_brackets_is_the_one_party() -> None:
    text = MEDAREX_HEAD + "Medarex licensed MDX-010 to Abgenix (now Amgen) in 2005.\n"
    facts = _facts("medx.txt", text)
    assert _edges(facts, "partner") == {("medarex", "amgen")}


ORCANIX_HEAD = (
    "ORCANIX REPORTS THIRD QUARTER FISCAL 2011 FINANCIAL RESULTS\n\n"
    "LEXINGTON, Mass., February 9, 2011 -- Orcanix Pharmaceuticals, Inc.\n"
    "(Nasdaq: ORCX) today reported financial results for the three months\n"
    "ended December 31, 2010.\n\n"
)


def test_a_plan_to_carry_compounds_into_stages_states_no_stage() -> None:
    text = ORCANIX_HEAD + (
        "ORX-310 is in preclinical development for renal cell carcinoma.\n\n"
        '"Our balance sheet allows us to carry ORX-201 through Phase I and ORX-310\n'
        'into the clinic," said Martin J. Kowalski, Vice President and Chief\n'
        "Financial Officer.\n"
    )
    facts = _facts("orcanix.txt", text)
    assert _stages(facts) == {("orx-310", "Preclinical", None)}
    assert sorted(r for r in _skips(facts) if r.startswith("planned")) == [
        "planned, not current, stage (PhaseI) for orx-201",
        "planned, not current, stage (PhaseI) for orx-310",
    ]


MICROMET_HTML = (
    "<html><body>\n<p>Exhibit 99.1</p>\n"
    "<p><b>Micromet Reports Fourth Quarter and Full Year 2011 Financial Results</b></p>\n"
    "<p>ROCKVILLE, MD, February 28, 2012 &#150; Micromet, Inc. (NASDAQ: MITI) today reported financial "
    "results for the fourth quarter and full year ended December 31, 2011.</p>\n"
    "<p><b>Contacts</b></p>\n"
    '<table width="100%"><tr><td valign="top">Investors:<br>Jennifer Neiman<br>Vice President, Investor '
    "Relations<br>Micromet, Inc.<br>(240) 752-1420<br>investors@micromet.com</td>"
    '<td valign="top">Media:<br>Ann Marie Fields<br>Lazar Partners Ltd.<br>(212) 867-1762<br>'
    "afields@lazarpartners.com</td></tr></table>\n</body></html>\n"
)


def test_the_lines_of_contact_cells_stay_lines() -> None:
    text = render_html(MICROMET_HTML)
    assert text.split("Contacts\n", 1)[1] == (
        "\nInvestors:\nJennifer Neiman\nVice President, Investor Relations\nMicromet, Inc.\n(240) 752-1420\n"
        "investors@micromet.com\n\n"
        "Media:\nAnn Marie Fields\nLazar Partners Ltd.\n(212) 867-1762\nafields@lazarpartners.com\n"
    )
    medarex = (
        '<table width="100%"><tr><td><font size="2"><b>Contacts:</b><br>Medarex, Inc.<br>Jean Mantuano<br>'
        'Senior Director, Corporate Communications<br>(609) 430-2880</font></td><td><font size="2">'
        "Christian S. Schade<br>Senior Vice President, Finance and Chief Financial Officer<br>(609) 430-2880"
        "</font></td></tr></table>"
    )
    assert render_html(medarex) == (
        "Contacts:\nMedarex, Inc.\nJean Mantuano\nSenior Director, Corporate Communications\n(609) 430-2880\n\n"
        "Christian S. Schade\nSenior Vice President, Finance and Chief Financial Officer\n(609) 430-2880\n"
    )


def test_heading_cells_of_a_statement_still_read_as_one_line() -> None:
    # A table holding figures: its heading cells wrap one heading over lines, read as one cell.
    table = (
        "<table><tr><td></td><td>Three Months<br>Ended<br>June 30</td><td>Six Months<br>Ended<br>June 30</td></tr>"
        "<tr><td>Revenue</td><td>1,000</td><td>2,000</td></tr></table>"
    )
    assert (
        render_html(table)
        == "\tThree Months Ended June 30\tSix Months Ended June 30\nRevenue\t1,000\t2,000\n"
    )
    # Cover captions wrapped over two lines stay one caption each.
    cover = (
        "<table><tr><td>Delaware</td><td>0-17999</td><td>04-2726691</td></tr>"
        "<tr><td>(State or other jurisdiction<br>of incorporation)</td><td>(Commission<br>File Number)</td>"
        "<td>(IRS Employer<br>Identification No.)</td></tr></table>"
    )
    assert render_html(cover).splitlines()[1] == (
        "(State or other jurisdiction of incorporation)\t(Commission File Number)\t(IRS Employer Identification No.)"
    )


def test_a_pr_agency_in_a_contacts_block_is_no_partner() -> None:
    facts = _html_facts("micromet.htm", MICROMET_HTML)
    assert _edges(facts, "partner") == set()
    assert _agreements(facts) == {}
    assert "marie-fields-lazar-partners" not in _names(facts, "company")


MICROMET_HEAD = (
    "Micromet Reports Fourth Quarter and Full Year 2011 Financial Results\n\n"
    "ROCKVILLE, MD, February 28, 2012 -- Micromet, Inc. (NASDAQ: MITI) today\n"
    "reported financial results for the fourth quarter and full year ended\n"
    "December 31, 2011.\n\n"
)


def test_a_partnership_word_in_a_company_name_or_an_address_makes_no_partner() -> None:
    contacts = [
        "Media Contact: Ann Marie Fields, Lazar Partners Ltd., (212) 867-1762\n",
        "Media:\nLazar Partners Ltd.\nAnn Marie Fields\n(212) 867-1762\n",
        "Ann Marie Fields, Lazar Communications Ltd., afields@lazarpartners.com\n",
        "For more information, see www.micrometpartners.com or contact Zeta Pharmaceuticals, Inc.\n",
        # A contact's title in a contacts block ("Managing Partner") tells of no deal either.
        "Media: Ann Marie Fields, Managing Partner, Lazar Communications Ltd., (212) 867-1762\n",
    ]
    for block in contacts:
        facts = _facts("micromet.txt", MICROMET_HEAD + block)
        assert _edges(facts, "partner") == set(), block
        assert _agreements(facts) == {}, block


PDL_ROYALTIES = """\
PDL BIOPHARMA REPORTS SECOND QUARTER 2006 FINANCIAL RESULTS

FREMONT, Calif., August 8, 2006 -- PDL BioPharma, Inc. (Nasdaq: PDLI)
today reported financial results for the second quarter ended June 30,
2006.

Royalty revenues were $56.8 million in the second quarter of 2006, an
increase of 29% from $44.2 million in the second quarter of 2005. PDL
receives royalties on sales of humanized antibodies licensed under its
patents, including Avastin(R) (bevacizumab), Herceptin(R) (trastuzumab),
Xolair(R) (omalizumab) and Raptiva(R) (efalizumab), which are marketed by
Genentech, Inc.; Synagis(R) (palivizumab), marketed by MedImmune, Inc.;
Mylotarg(R) (gemtuzumab ozogamicin), marketed by Wyeth; and Tysabri(R)
(natalizumab), developed by Elan Corporation, plc and Biogen Idec Inc.
Tysabri was returned to the U.S. market under a risk management program
in July 2006.
"""


def test_a_sentence_ends_after_a_legal_form_when_prose_goes_on() -> None:
    facts = _facts("pdl.txt", PDL_ROYALTIES)
    # "Tysabri was returned …" is a sentence of its own: the royalty licences are not "ended".
    assert _edges(facts, "partner") == {
        ("pdl-biopharma", "genentech"),
        ("pdl-biopharma", "medimmune"),
        ("pdl-biopharma", "elan"),
        ("pdl-biopharma", "biogen-idec"),
    }
    assert not [r for r in _skips(facts) if r.endswith("stated as ended")]
    kinds = {key: edges for key, edges in _agreements(facts).items() if ("agreementType", "licence") in edges}
    assert set(kinds) == {
        "pdl-biopharma-genentech-licence",
        "pdl-biopharma-medimmune-licence",
        "pdl-biopharma-elan-licence",
        "pdl-biopharma-biogen-idec-licence",
    }


def test_the_filers_bare_name_in_a_pair_of_parties_names_the_filer() -> None:
    text = MICROMET_HEAD + (
        "Sanofi collaboration: Micromet and Sanofi continued their collaboration to\n"
        "develop a BiTE antibody against an undisclosed solid tumor target.\n"
    )
    facts = _facts("micromet.txt", text)
    assert _edges(facts, "partner") == {("micromet", "sanofi-aventis")}
    assert _agreements(facts)["micromet-sanofi-aventis-collaboration"] == {
        ("party", "micromet"),
        ("party", "sanofi-aventis"),
        ("agreementType", "collaboration"),
    }


def test_the_filers_bare_name_outside_a_pair_leaves_another_companys_deal_its_own() -> None:
    text = MICROMET_HEAD + (
        "Genmab A/S, in which Micromet holds an equity interest, and its partner GlaxoSmithKline (GSK) "
        "announced positive results from a pivotal trial of ofatumumab; Genmab and GSK entered into a "
        "collaboration in 2006.\n\n"
        "Regulus Therapeutics, the joint venture formed by Micromet and Isis Pharmaceuticals, Inc., entered "
        "into an alliance with Novartis.\n"
    )
    facts = _facts("micromet.txt", text)
    assert _edges(facts, "partner") == set()
