"""Wrong facts an adversarial review of the newest rules found, each written as the short release that
showed it: a request for a designation or a clinical trial application under a regulator's review is
no application for approval; a company's name ending in a drug-name stem ("Transcept
Pharmaceuticals", "Medisartan Ltd.") is no drug; an option "not yet exercised" is no deal; rows
labelled "Related party" under two headings are two lines; a footnote printed with figures inside a
statement is no line of it; revenue named by where it comes from ("revenue recognized from the
upfront payment", "revenue related to the milestone") is no total."""

from __future__ import annotations

from conftest import stage_rows, text_document

from kg.extractors.pipeline import run as pipeline

OPENING = (
    "Epsilon Biotherapeutics Reports Third Quarter 2011 Results\n\n"
    "CAMBRIDGE, Mass., November 3, 2011 -- Epsilon Biotherapeutics, Inc. (Nasdaq: EPSB) today reported "
    "financial results for the third quarter ended September 30, 2011.\n\n"
)


def test_a_designation_or_a_clinical_trial_application_under_review_is_no_registration() -> None:
    doc = text_document(
        "epsilon-review.txt",
        OPENING
        + "Our request for orphan drug designation for EB-902 is under review by the FDA. Our clinical "
        "trial application for EB-909 is under review by Health Canada. The New Drug Application for "
        "EB-903 is under review by the FDA.\n",
    )
    stages = {(key, phase) for key, phase, _ in stage_rows(list(pipeline(doc)))}
    assert ("eb-903", "Registration") in stages
    assert not {key for key, phase in stages if phase == "Registration"} & {"eb-902", "eb-909"}


def test_a_company_named_with_a_drug_name_stem_is_no_drug() -> None:
    from conftest import mention_names

    doc = text_document(
        "epsilon-stems.txt",
        OPENING + "Epsilon entered into a collaboration with Transcept Pharmaceuticals, Inc. and a license "
        "agreement with Medisartan Ltd. Epsilon's lead product candidate, trastuzumab, is in Phase 2.\n",
    )
    compounds = set(mention_names(list(pipeline(doc)), "compound"))
    assert not compounds & {"transcept", "medisartan"}


def test_an_option_not_yet_exercised_is_no_deal() -> None:
    from conftest import relation_edges

    doc = text_document(
        "epsilon-option.txt",
        OPENING + "Bayer AG has not yet exercised its option to license EB-305, which is in Phase 1.\n",
    )
    assert not relation_edges(list(pipeline(doc)), "partner")


FOOTNOTE_AMONG_LINES = """\
CAMBRIDGE, Mass., May 5, 2009 -- Acme Therapeutics, Inc. (Nasdaq: ACME) today reported financial results for the first quarter ended March 31, 2009.

                     ACME THERAPEUTICS, INC.
          CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
             (In thousands, except per share amounts)
                                            Three Months Ended March 31,
                                              2009          2008     % Change
Revenues:
  Collaboration revenue                    $ 5,200       $ 4,100        27%
  Royalty revenue                              800           600        33%
    Total revenues                           6,000         4,700        28%
Operating expenses:
  Re search and development                  9,000         8,000        13%
  General and administrative                 3,000         2,500        20%
    Total                                   12,000        10,500        14%
Loss from operations                        (6,000)       (5,800)
Other income, net                              300           500
Pre paid expense amortization                  (50)          (40)
Net loss                                   $(5,750)      $(5,340)
(1) Includes stock-based compensation       1,200         1,000
Net loss per share, basic and diluted      $ (0.25)      $ (0.24)
"""

RELATED_PARTY_LINES = """\
BOSTON, Mass., November 4, 2011 -- Sigma Biologics, Inc. (Nasdaq: SGMA) today reported financial results for the third quarter ended September 30, 2011.

                     SIGMA BIOLOGICS, INC.
               CONSOLIDATED STATEMENTS OF OPERATIONS
             (In thousands, except per share amounts)
                                            Three Months Ended
                                              September 30,
                                            2011        2010
Revenues:
  Related party                            4,000       3,000
  Other                                    1,000         500
Research and development:
  Third party                              3,000       2,500
  Related party                            1,000         800
General and administrative                 2,000       1,500
Net loss                                  (1,000)     (1,300)
Net loss per share:
  Basic and diluted                       $(0.10)     $(0.13)
Weighted average shares outstanding:
  Basic and diluted                       10,000      10,000
"""


def test_a_footnote_printed_among_a_statements_lines_is_no_line_of_it() -> None:
    from conftest import statement_facts_of_text

    facts, notes = statement_facts_of_text("acme-footnote.txt", FOOTNOTE_AMONG_LINES)
    assert not [f for f in facts if f.concept.startswith("1-")]
    assert any("opens with a footnote's marker" in n.reason for n in notes)
    # The lines around it are read.
    assert {f.concept for f in facts} >= {"NetIncomeLoss", "EarningsPerShareBasicAndDiluted"}


def test_related_party_lines_under_two_headings_are_two_lines() -> None:
    from conftest import statement_facts_of_text

    facts, _ = statement_facts_of_text("sigma-related.txt", RELATED_PARTY_LINES)
    by_label = {(f.concept, f.value) for f in facts if f.period.end.year == 2011 and "party" in f.concept}
    assert by_label == {
        ("revenues-related-party", 4_000_000),
        ("research-and-development-related-party", 1_000_000),
        ("research-and-development-third-party", 3_000_000),
    }


def test_revenue_named_by_its_source_is_no_total() -> None:
    from conftest import text_document as doc_of

    from kg.extractors.financials import run as financials
    from kg.model import FinancialFact

    text = (
        OPENING
        + "Revenue recognized from the upfront payment was $1.3 million for the third quarter of 2011. "
        "Revenue related to the Amgen milestone was $5.0 million for the third quarter of 2011. "
        "Revenue for the third quarter of 2011 from the Bayer license was $2.0 million. "
        "Total revenues for the third quarter of 2011 were $9.9 million, compared to $7.1 million for the "
        "third quarter of 2010. Revenues, which consist primarily of royalties under our license "
        "agreements, were $9.9 million for the third quarter of 2011.\n"
    )
    facts = [f for f in financials(doc_of("epsilon-revenue.txt", text)) if isinstance(f, FinancialFact)]
    assert {(f.concept, f.value) for f in facts if f.concept == "Revenues"} == {
        ("Revenues", 9_900_000),
        ("Revenues", 7_100_000),
    }
