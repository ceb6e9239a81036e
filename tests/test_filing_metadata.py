"""The filing-metadata and people extractors on the three seeds and on layouts they have not seen."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.corpus import document_from_bytes
from kg.extractors import filing_metadata, people
from kg.model import EntityRef, FilingInfo, Mention, Period, Relation

IMMUNOGEN = EntityRef("company", "immunogen")


def _info(doc) -> FilingInfo:
    infos = [f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo)]
    assert len(infos) == 1
    return infos[0]


def _relations(facts) -> dict[str, object]:
    return {f.predicate: f.obj for f in facts if isinstance(f, Relation)}


@pytest.mark.parametrize(
    ("year", "form", "date", "covered"),
    [
        ("2003", "8-K", dt.date(2003, 5, 8), Period(dt.date(2003, 1, 1), dt.date(2003, 3, 31))),
        ("2005", "8-K", dt.date(2005, 11, 3), Period(dt.date(2005, 7, 1), dt.date(2005, 9, 30))),
        ("2010", "press release", dt.date(2010, 10, 28), Period(dt.date(2010, 7, 1), dt.date(2010, 9, 30))),
    ],
)
def test_filing_info(seed_docs, year: str, form: str, date: dt.date, covered: Period) -> None:
    info = _info(seed_docs[year])
    assert (info.form_type, info.report_date, info.filer, info.filer_name) == (
        form,
        date,
        IMMUNOGEN,
        "ImmunoGen, Inc.",
    )
    assert info.period_covered == covered
    assert info.evidence is not None
    assert seed_docs[year].text[info.evidence.char_start : info.evidence.char_end] == info.evidence.quote


@pytest.mark.parametrize("year", ["2003", "2005"])
def test_cover_page_identifiers(seed_docs, year: str) -> None:
    relations = _relations(filing_metadata.run(seed_docs[year]))
    assert relations == {
        "stateOfIncorporation": "Massachusetts",
        "secFileNumber": "0-17999",
        "irsEmployerId": "04-2726691",
        "address": "128 Sidney Street, Cambridge, MA 02139",
        "telephone": "(617) 995-2500",
        "ticker": "IMGN",
        "exchange": "Nasdaq",
        "fiscalYearEnd": "--06-30",
    }


def test_release_without_cover_still_gives_ticker_and_fiscal_year_end(seed_docs) -> None:
    facts = list(filing_metadata.run(seed_docs["2010"]))
    assert _relations(facts) == {"ticker": "IMGN", "exchange": "Nasdaq", "fiscalYearEnd": "--06-30"}
    fye = next(f for f in facts if isinstance(f, Relation) and f.predicate == "fiscalYearEnd")
    assert "the first quarter of the Company's 2011 fiscal year" in fye.evidence.quote


def test_calendar_year_filer_from_an_unseen_release() -> None:
    text = (
        "SOUTH SAN FRANCISCO, Calif., Feb. 9, 2012 (GLOBE NEWSWIRE) -- Example Bio, Inc. (NASDAQ:EXBI) today "
        "reported financial results for the quarter ended December 31, 2011, the fourth quarter of fiscal 2011.\n"
    )
    facts = list(filing_metadata.run(document_from_bytes("release.txt", text.encode())))
    info = next(f for f in facts if isinstance(f, FilingInfo))
    assert info.report_date == dt.date(2012, 2, 9)
    assert info.filer == EntityRef("company", "example-bio")
    assert info.period_covered == Period(dt.date(2011, 10, 1), dt.date(2011, 12, 31))
    assert _relations(facts) == {"ticker": "EXBI", "exchange": "Nasdaq", "fiscalYearEnd": "--12-31"}


def _people(doc) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for fact in people.run(doc):
        if isinstance(fact, Mention) and fact.ref.kind == "person":
            found.setdefault(fact.label, {})
        elif isinstance(fact, Relation):
            name = fact.subject.key
            obj = fact.obj.key if isinstance(fact.obj, EntityRef) else fact.obj
            found.setdefault(name, {})[fact.predicate] = obj
    return {k: v for k, v in found.items() if "-" in k}


def test_people_2003(seed_docs) -> None:
    assert _people(seed_docs["2003"]) == {
        "gregg-d-beloff": {
            "position": "Chief Financial Officer and Vice President, Finance",
            "worksFor": "immunogen",
        },
        "mitchel-sayare": {"position": "Chairman and CEO", "worksFor": "immunogen"},
        "carol-hausner": {
            "position": "Senior Director, Investor Relations and Corporate Communications",
            "role": "investor contact",
            "worksFor": "immunogen",
        },
        "pete-holmberg": {"role": "media contact", "worksFor": "rx-communications-group"},
    }


def test_people_2005(seed_docs) -> None:
    assert _people(seed_docs["2005"]) == {
        "karleen-m-oberton": {
            "position": "Senior Corporate Controller (Principal Accounting Officer)",
            "worksFor": "immunogen",
        },
        "mitchel-sayare": {"position": "Chairman and CEO", "worksFor": "immunogen"},
        "carol-hausner": {
            "position": "Executive Director, Investor Relations and Corporate Communications",
            "role": "investor contact",
            "worksFor": "immunogen",
        },
        "tony-loke": {"role": "media contact", "worksFor": "rx-communications-group"},
    }


def test_people_2010_a_new_ceo(seed_docs) -> None:
    assert _people(seed_docs["2010"]) == {
        "daniel-junius": {"position": "President and CEO", "worksFor": "immunogen"},
        "gregory-perry": {"position": "Senior Vice President and CFO", "worksFor": "immunogen"},
    }


def test_people_evidence_quotes_are_source_text(seed_docs) -> None:
    for doc in seed_docs.values():
        for fact in people.run(doc):
            if isinstance(fact, Mention | Relation):
                ev = fact.evidence
                assert doc.text[ev.char_start : ev.char_end] == ev.quote
                assert doc.line_of(ev.char_start) == ev.line


def test_name_and_title_signature_lines() -> None:
    text = (
        "FORM 8-K\nDate of Report (Date of earliest event reported): March 3, 2011\nAcme Oncology Corp.\n"
        "(Exact name of registrant as specified in its charter)\n\nSIGNATURES\nBy: /s/ Jane Q. Doe\n"
        "Name: Jane Q. Doe\nTitle: Vice President, Finance and Treasurer\n"
    )
    found = _people(document_from_bytes("8k.txt", text.encode()))
    assert found == {
        "jane-q-doe": {"position": "Vice President, Finance and Treasurer", "worksFor": "acme-oncology"}
    }


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        (
            "WALTHAM, Mass.--(BUSINESS WIRE)--Jan. 27, 2012-- ImmunoGen, Inc. (Nasdaq: IMGN) today",
            dt.date(2012, 1, 27),
        ),
        (
            "BOTHELL, Wash., Feb. 10, 2009 /PRNewswire-FirstCall/ -- Seattle Genetics, Inc. today",
            dt.date(2009, 2, 10),
        ),
        (
            "MORRIS PLAINS, N.J., March 3, 2005 (GLOBE NEWSWIRE) -- Immunomedics, Inc. today",
            dt.date(2005, 3, 3),
        ),
        ("CAMBRIDGE, MA – May 4, 2006 – ImmunoGen, Inc. today", dt.date(2006, 5, 4)),
        ("SOUTH SAN FRANCISCO, Calif., Sept. 8, 2011 /PRNewswire/ -- Example Bio today", dt.date(2011, 9, 8)),
        ("VANCOUVER, British Columbia, May 10, 2007 -- Delphin Biosciences today", dt.date(2007, 5, 10)),
    ],
)
def test_wire_service_datelines(dateline: str, date: dt.date) -> None:
    text = f"Example Release Headline\n\n{dateline} reported financial results.\n"
    assert _info(document_from_bytes("release.txt", text.encode())).report_date == date


def test_a_filer_listed_on_two_exchanges() -> None:
    text = (
        "VANCOUVER, British Columbia, May 10, 2007 -- Delphin Biosciences Corporation (TSX: DLP; Nasdaq: DLPH) "
        "today reported its financial results for the fiscal year ended March 31, 2007.\n"
    )
    facts = list(filing_metadata.run(document_from_bytes("release.txt", text.encode())))
    info = next(f for f in facts if isinstance(f, FilingInfo))
    assert info.filer == EntityRef("company", "delphin-biosciences")
    assert info.report_date == dt.date(2007, 5, 10)
    assert _relations(facts)["ticker"] == "DLPH"
