"""The people extractor on quote attributions of releases it has not seen: people of other companies,
titles that would run on into the next sentence, names with a leading initial."""

from __future__ import annotations

from kg.corpus import document_from_bytes
from kg.extractors import people
from kg.model import EntityRef, Mention, Relation, Skipped

SEATTLE_HEAD = (
    "Seattle Genetics Reports Second Quarter 2011 Financial Results\n"
    "BOTHELL, Wash., Aug. 4, 2011 /PRNewswire/ -- Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
    "financial results for the second quarter of 2011.\n\n"
)
IMMUNOMEDICS_HEAD = (
    "Immunomedics Reports Results\n"
    "MORRIS PLAINS, N.J., March 3, 2005 (GLOBE NEWSWIRE) -- Immunomedics, Inc. (Nasdaq: IMMU) today "
    "reported results.\n\n"
)


def _people(text: str) -> dict[str, dict[str, object]]:
    """Each person's key with the relations stated about them (as in tests/test_filing_metadata.py); a
    predicate stated twice with different objects keeps them all, as a sorted tuple."""
    found: dict[str, dict[str, object]] = {}
    for fact in people.run(document_from_bytes("release.txt", text.encode())):
        if isinstance(fact, Mention) and fact.ref.kind == "person":
            found.setdefault(fact.ref.key, {})
        elif isinstance(fact, Relation):
            obj = fact.obj.key if isinstance(fact.obj, EntityRef) else fact.obj
            relations = found.setdefault(fact.subject.key, {})
            before = relations.get(fact.predicate, obj)
            both = {*(before if isinstance(before, tuple) else (before,)), obj}
            relations[fact.predicate] = obj if len(both) == 1 else tuple(sorted(map(str, both)))
    return found


def test_a_partners_officer_quoted_in_the_release_does_not_work_for_the_filer() -> None:
    """ "of Millennium" is another company; "of Seattle Genetics" (the filer), "of Research and
    Development" and "of the Board" are not."""
    text = SEATTLE_HEAD + (
        "\u201cWe made progress,\u201d said Clay B. Siegall, Ph.D., President and Chief Executive Officer of "
        "Seattle Genetics. \u201cEnrollment is on track,\u201d said Jonathan Drachman, M.D., Senior Vice "
        "President of Research and Development. \u201cWe are ready,\u201d said Morris Rosenberg, Chairman of "
        "the Board.\n\n"
        "\u201cWe had $287.4 million in cash and investments at June 30,\u201d said Todd E. Simpson, Chief "
        "Financial Officer. \u201cMillennium has been a great partner,\u201d said Nancy Simonian, M.D., Chief "
        "Medical Officer of Millennium.\n"
    )
    assert _people(text) == {
        "clay-b-siegall": {
            "position": "President and Chief Executive Officer",
            "worksFor": "seattle-genetics",
        },
        "jonathan-drachman": {
            "position": "Senior Vice President of Research and Development",
            "worksFor": "seattle-genetics",
        },
        "morris-rosenberg": {"position": "Chairman of the Board", "worksFor": "seattle-genetics"},
        "todd-e-simpson": {"position": "Chief Financial Officer", "worksFor": "seattle-genetics"},
        "nancy-simonian": {"position": "Chief Medical Officer", "worksFor": "millennium"},
    }


def test_another_company_named_in_the_title_by_of_at_or_a_possessive() -> None:
    text = IMMUNOMEDICS_HEAD + (
        '"We are pleased," said Cynthia L. Sullivan, President and Chief Executive Officer. "Our partner is '
        'pleased too," said Jane Q. Roe, Ph.D., Senior Vice President, Oncology, at UCB.\n\n'
        '"Progress continues," said John P. Doe, Chief Medical Officer of Amgen. "The data are clear," said '
        "Mary Smith, Bayer's Head of Clinical Development.\n"
    )
    assert _people(text) == {
        "cynthia-l-sullivan": {
            "position": "President and Chief Executive Officer",
            "worksFor": "immunomedics",
        },
        "jane-q-roe": {"position": "Senior Vice President, Oncology", "worksFor": "ucb"},
        "john-p-doe": {"position": "Chief Medical Officer", "worksFor": "amgen"},
        "mary-smith": {"position": "Head of Clinical Development", "worksFor": "bayer"},
    }


def test_an_organisation_that_may_be_a_department_gives_no_role() -> None:
    """ "of Amgen Research": a department of the filer's or another company: neither title nor employer."""
    text = IMMUNOMEDICS_HEAD + '"Progress continues," said John P. Doe, Vice President of Amgen Research.\n'
    facts = list(people.run(document_from_bytes("release.txt", text.encode())))
    assert _people(text) == {"john-p-doe": {}}
    assert any(isinstance(f, Skipped) and "John P. Doe" in f.reason for f in facts)


def test_a_title_ends_at_the_end_of_its_sentence() -> None:
    text = IMMUNOMEDICS_HEAD + (
        '"We are encouraged by the progress of our pipeline," said Cynthia L. Sullivan, President and Chief '
        "Executive Officer. David M. Goldenberg, Sc.D., M.D., Chairman and Chief Scientific Officer, added, "
        '"Veltuzumab represents the next generation of anti-CD20 therapy."\n'
    )
    assert _people(text) == {
        "cynthia-l-sullivan": {
            "position": "President and Chief Executive Officer",
            "worksFor": "immunomedics",
        },
        "david-m-goldenberg": {
            "position": "Chairman and Chief Scientific Officer",
            "worksFor": "immunomedics",
        },
    }


def test_a_name_with_a_leading_initial() -> None:
    text = SEATTLE_HEAD + (
        '"We made progress," said H. Thomas Watkins, President and Chief Executive Officer.\n\n'
        "SIGNATURES\nBy: /s/ J. Randall Smith\nName: J. Randall Smith\nTitle: Chief Financial Officer\n"
    )
    assert _people(text) == {
        "h-thomas-watkins": {
            "position": "President and Chief Executive Officer",
            "worksFor": "seattle-genetics",
        },
        "j-randall-smith": {"position": "Chief Financial Officer", "worksFor": "seattle-genetics"},
    }


def test_a_leading_initial_before_the_title_is_kept_and_a_roman_phase_is_not_an_initial() -> None:
    """ "H. Thomas Watkins, …, said": never "Thomas Watkins". "in Phase I. Peter Kessler, …, said": never
    "Phase I. Peter Kessler"; nor "Peter Kessler", as "I." reads like the initial of a longer name."""
    text = SEATTLE_HEAD + (
        'H. Thomas Watkins, President and Chief Executive Officer, said "We made progress." The trial is in '
        'Phase I. Peter Kessler, Chief Medical Officer, said "Enrollment is complete."\n'
    )
    assert _people(text) == {
        "h-thomas-watkins": {
            "position": "President and Chief Executive Officer",
            "worksFor": "seattle-genetics",
        }
    }


IMMUNOGEN_2012_HEAD = (
    "ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2012 Financial Results\n\n"
    "WALTHAM, Mass., Jan 27, 2012 (BUSINESS WIRE) --\n\n"
    "ImmunoGen, Inc. (Nasdaq: IMGN), a biotechnology company, today announced financial results.\n\n"
)


def test_a_contact_title_ends_at_its_line_and_the_company_line_under_it_is_the_employer() -> None:
    """The 2010+ contact layout: name, title, the company's name and a bare phone number, each on its own
    line. The title is the title line alone; "ImmunoGen, Inc." is the employer (the filer); a firm's name
    under a media contact's title is that contact's employer."""
    text = IMMUNOGEN_2012_HEAD + (
        "Contacts:\n"
        "Carol Hausner\n"
        "Vice President, Investor Relations and Corporate Communications\n"
        "ImmunoGen, Inc.\n"
        "781-895-0600\n\n"
        "Media\n"
        "Pete Holmberg\n"
        "Account Director\n"
        "Rx Communications Group, LLC\n"
        "(917) 322-2164\n"
    )
    assert _people(text) == {
        "carol-hausner": {
            "position": "Vice President, Investor Relations and Corporate Communications",
            "worksFor": "immunogen",
        },
        "pete-holmberg": {
            "position": "Account Director",
            "role": "media contact",
            "worksFor": "rx-communications-group",
        },
    }
