"""People named in a filing with their titles and employers.

Reads three places: the 8-K signature block ("/s/ Gregg D. Beloff" followed by "Gregg D. Beloff
Chief Financial Officer …", or "Name:"/"Title:" lines); quote attributions in the release
("Mitchel Sayare, Ph.D., Chairman and CEO, commented", "says Daniel Junius, President and CEO");
and the "Contacts:" block (investor and media contacts, with the firm a media contact works for,
such as a PR agency, printed on the same line or on its own line under the title; a contact's title
ends at its line unless the line ends in "and" or a comma, and a phone line is never part of it).

A title naming another company than the filer ("Chief Medical Officer of Millennium", "… at UCB",
"Amgen's …": a partner's officer quoted in the release) places the person at that company, never at
the filer; when those words may be a department as well as a company, the person's role is not
stated at all. A title ends at the end of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.corpus import Document
from kg.extractors.base import Extractor
from kg.extractors.filing_metadata import filer_name
from kg.model import EntityRef, Fact, Mention, Relation, Skipped
from kg.text import collapse_spaces, company_key, slugify, strip_legal_suffix

NAME = "people"
VERSION = "4"

# Names stay on one line: spaces only, never newlines. After a middle initial comes one surname only:
# "Phase I. Peter Kessler" is the end of a sentence and a name, not "First M. Last Last".
_SURNAME = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON = rf"(?:Dr\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.[ \t]+{_SURNAME}|(?:[ \t]+{_SURNAME}){{1,2}})"
#: A leading initial ("H. Thomas Watkins"), where nothing but a name can follow (after "said").
_INITIAL = r"[A-Z]\.[ \t]+"
#: Where the name opens a sentence ("H. Thomas Watkins, President, said"): a leading initial only when
#: no word comes just before it ("in Phase I. Peter …" is no initial), and never a name just after an
#: initial, which would cut "H." off "H. Thomas Watkins".
_OPENING_PERSON = rf"(?:(?<![\w,;:][ \t]){_INITIAL}|(?<![A-Z]\.[ \t])(?<![A-Z]\.\n)){_PERSON}"
#: In a contact line the name is followed by a firm's name, so take exactly "First (M.) Last".
_CONTACT_PERSON = r"[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
#: Words of titles, departments and firms that never make up a person's name.
_NOT_NAME_WORDS = {
    "Corporate", "Communications", "Relations", "Investor", "Investors", "Media", "Director", "Group",
    "Street", "Avenue", "Company", "Senior", "Executive", "Vice", "President", "Public", "Affairs",
    # "In May, Alnylam formed …": the words a sentence opens with are no names.
    "In", "On", "At", "By", "For", "From", "During", "Since", "Through", "As", "The", "This", "Our",
}  # fmt: skip
_DEGREE = (
    # Generational suffixes print like degrees after a name: "Raymond P. Warrell, Jr., M.D.".
    r"(?:,\s*(?:Jr\.|Sr\.|III|II|IV|Ph\.D\.|M\.D\.|Sc\.D\.|D\.Sc\.|J\.D\.|Esq\.|M\.B\.A\.|Pharm\.D\.|M\.P\.H\.|D\.V\.M\.|"
    r"M\.S\.|M\.Sc\.|D\.Phil\.|(?:PhD|MD|MBA|PharmD|ScD|DSc|JD|MPH|DVM)(?![A-Za-z])))*"
)
_TITLE_WORD = (
    r"(?:Chief|President|CEO|CFO|COO|CSO|CMO|Officer|Chairman|Chairwoman|Chair|Director|Vice\s+President|"
    r"Controller|Treasurer|Secretary|Counsel|Manager|Head|Founder)"
)
#: A title as printed: capitalised ("Senior Vice President and CFO") or, in some wire releases, all in
#: small letters ("president and chief executive officer"), never a mix that starts small.
_TITLE = (
    r"(?:(?:[A-Z][A-Za-z&,./()' \n-]*?)?" + _TITLE_WORD + r"(?:[A-Za-z&,./()' \n-]*?)"
    # Bounded: a title is a few words, and unbounded runs of small letters on both sides of the
    # title word make a long sentence of small words cost time quadratic in its length.
    r"|(?:[a-z][a-z&,./() \n-]{0,60}?)?\b(?:chief|president|chairman|chairwoman|director|officer|treasurer|"
    r"controller|secretary|counsel)\b(?:[a-z&,./() \n-]{0,80}?))"
)
#: Before a title, the filer named in passing: "Frank Karbe, the company's Executive Vice President".
_TITLE_LEAD = r"(?:(?:the\s+)?(?:[Cc]ompany['\u2019]s|its|our)\s+)?"
_SPEECH_WORDS = ("commented", "said", "says", "stated", "states", "added", "adds", "noted", "notes", "explained", "remarked")  # fmt: skip
_SPEECH = "(?:" + "|".join(_SPEECH_WORDS) + ")"
#: What a quote attribution is not made of (it is made of letters, blanks, newlines and ``&,./()'-``).
_NOT_ATTRIBUTION = re.compile(r"[^A-Za-z&,./()'\s-]")
#: The end of a sentence inside an attribution ("… Chief Executive Officer. David M. Goldenberg, …"): a
#: period after a word of two or more small letters, then a capital. Initials ("L."), degrees ("M.D.")
#: and the abbreviations of company names ("Inc.") end no sentence.
_SENTENCE_END = re.compile(
    r"(?:(?<=[a-z][a-z]\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bLtd\.)(?<!\bBros\.)"
    # An acronym ends a sentence too ("… presented data at AACR. Elliott Sigal …"); a company's
    # legal form in capitals ("IMMUNOGEN, INC.") does not.
    r"|(?<=[A-Z][A-Z]\.)(?<![^A-Za-z][A-Z]\.)(?<!\bINC\.)(?<!\bLTD\.)(?<!\bCORP\.)(?<!\bCO\.)(?<!\bDR\.)(?<!\bNO\.))"
    r"\s+(?=[A-Z])"
)

#: "Mitchel Sayare, Ph.D., ImmunoGen Chairman and CEO, commented"
_QUOTE_AFTER = re.compile(
    rf"(?P<name>{_OPENING_PERSON}){_DEGREE},\s+{_TITLE_LEAD}(?P<title>{_TITLE}),?\s+{_SPEECH}\b",
)
#: "says Daniel Junius, President and CEO." / "commented Gregory Perry, Senior Vice President and CFO."
_QUOTE_BEFORE = re.compile(
    rf"\b{_SPEECH}\s+(?P<name>(?:{_INITIAL})?{_PERSON}){_DEGREE},\s+{_TITLE_LEAD}(?P<title>{_TITLE})(?=[.\"”])",
)
_SIGNED = re.compile(rf"/s/\s*(?P<name>(?:{_INITIAL})?{_PERSON})")
_NAME_TITLE_LINES = re.compile(
    rf"Name:\s*(?P<name>(?:{_INITIAL})?{_PERSON})\s*\n\s*Title:\s*(?P<title>[^\n]+)"
)
#: The heading of the contacts block: "Contacts:", "Contact", "Media Contact:", "Investor Contacts".
_CONTACTS = re.compile(
    r"^\s*(?:(?:Investors?|Media)\s+(?:and\s+(?:Investors?|Media)\s+)?)?Contacts?:?\s*$",
    re.MULTILINE | re.IGNORECASE,
)
#: A contacts heading with the first contact on its own line: "Contact:  Laura S. Choi, Director, …".
_CONTACTS_INLINE = re.compile(
    r"^[ \t]*(?:(?:Investors?|Media)[ \t]+)?Contacts?:[ \t]+(?=[A-Z])", re.MULTILINE | re.IGNORECASE
)
_ROLE_WORDS = {"investors": "investor contact", "investor": "investor contact", "media": "media contact"}
_ORG = re.compile(
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5},?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Corporation|Group|Partners|plc)\.?)"
    r"(?!\w)"  # "Corp" is no legal form inside "Corporate Communications"
)
_TITLE_WORD_RE = re.compile(_TITLE_WORD)
_LEADING_ROLE = re.compile(r"\s*(Investors?|Media)(?:\s+Contacts?)?:?\s+")
_CONTACT_NAME = re.compile(
    rf"\s*(?:(?:Investors?|Media)(?:\s+Contacts?)?:?\s+)?(?P<name>{_CONTACT_PERSON})(?:\s*\((?P<role>[A-Za-z ]+)\))?(?=[\s,]|$)"
)
_PERSON_LINE = re.compile(rf"{_PERSON}(?:\s*\(.*\))?")
#: "of <Name>"/"at <Name>"/"with <Name>" in a title: a department, the board, the filer or another company.
_TITLE_CLAUSE = re.compile(
    r"(?:,\s*)?\b(?:of|at|with)\s+(?:[Tt]he\s+)?"
    r"(?P<org>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|&))*(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|AG|SA|N\.V)\b\.?)?)"
)
#: A company's parent described after its name in a title: ", a member of the Roche Group", ", a
#: wholly-owned subsidiary of Johnson & Johnson".
_PARENT_NOTE = re.compile(
    r",\s+(?:a|an)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|member|division|unit|part|affiliate)\s+of\b"
)
#: "Amgen's Chief Medical Officer": the company whose officer the person is, opening the title.
_POSSESSIVE = re.compile(r"(?P<org>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|&))*)['\u2019]s\s+")
#: Words that name a department, a function or a governing body, never a company of their own:
#: "Senior Vice President of Research and Development", "Chairman of the Board of Directors".
_DEPARTMENT_WORDS = frozenset({
    "Board", "Directors", "Trustees", "Company", "Corporation", "Finance", "Financial", "Accounting",
    "Administration", "Operations", "Operating", "Research", "Development", "Clinical", "Medical", "Regulatory",
    "Affairs", "Quality", "Assurance", "Control", "Manufacturing", "Technical", "Technology", "Commercial",
    "Commercialization", "Marketing", "Sales", "Business", "Corporate", "Strategy", "Strategic", "Planning",
    "Legal", "Intellectual", "Property", "Human", "Resources", "Investor", "Investors", "Relations",
    "Communications", "Public", "Program", "Programs", "Project", "Projects", "Management", "Portfolio",
    "Discovery", "Science", "Biology", "Chemistry", "Pharmacology", "Toxicology", "Translational", "Preclinical",
    "Nonclinical", "Oncology", "Immunology", "Biologics", "Biometrics", "Biostatistics", "Data", "Safety",
    "Pharmacovigilance", "Drug", "Process", "Analytical", "Engineering", "Information", "Informatics", "Systems",
    "Supply", "Chain", "Compliance", "Tax", "Treasury", "Audit", "Internal", "Global", "International",
    "Worldwide", "Licensing", "Alliance", "Alliances", "Partnering", "Scientific", "Product", "Medicine",
    "Access", "Policy", "Government", "Patient", "Advocacy", "Office", "Executive", "Committee",
})  # fmt: skip
#: Longer than any contact line ("Laura S. Choi, Senior Vice President, Finance and Chief Accounting
#: Officer, Medarex, Inc., 609-430-2880" is about 90 characters): a line of prose.
_CONTACT_LINE_MAX = 160
#: Where a contact's title lines end: a phone line ("Tel: (617) 995-2500", or the bare "781-895-0600" of
#: the 2010+ layout), an e-mail or web address, a blank line.
_CONTACT_STOP = re.compile(
    r"(?:Tel|Phone|Fax|TEL|FAX)\s*:|@|www\.|http|^\s*$|(?:\+?1[\s.-])?\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}\b"
)
#: The end of a title line that goes on on the next: "Executive Director, Investor Relations and".
_TITLE_GOES_ON = (" and", ",", "&", " of")


@dataclass(frozen=True)
class _Found:
    name: str
    name_span: tuple[int, int]
    title: str | None
    title_span: tuple[int, int] | None
    employer: str | None  # None: the filer
    employer_span: tuple[int, int] | None
    role: str | None = None


def run(doc: Document) -> Iterator[Fact]:
    """Yield each person's mention, position, employer and contact role."""
    filer = filer_name(doc)
    filer_ref = EntityRef("company", company_key(filer)) if filer else None
    found = [*_signatures(doc), *_quote_attributions(doc), *_contacts(doc)]
    if not found:
        yield Skipped(NAME, "no signature, quote attribution or contact block naming a person")
        return
    for found_person in found:
        person, note = _place_employer(doc, found_person, filer)
        if note:
            yield note
        ref = EntityRef("person", slugify(person.name))
        name_evidence = doc.evidence(*person.name_span, NAME)
        yield Mention(ref, person.name, name_evidence, alt_labels=(person.name,))
        if person.title and person.title_span:
            yield Relation(ref, "position", person.title, doc.evidence(*person.title_span, NAME))
        if person.role:
            yield Relation(ref, "role", person.role, name_evidence)
        employer_ref = filer_ref
        if person.employer and person.employer_span:
            employer_ref = EntityRef("company", company_key(person.employer))
            org_evidence = doc.evidence(*person.employer_span, NAME)
            yield Mention(
                employer_ref, strip_legal_suffix(person.employer), org_evidence, alt_labels=(person.employer,)
            )
            yield Relation(ref, "worksFor", employer_ref, org_evidence)
        elif employer_ref is not None and person.title_span:
            yield Relation(
                ref, "worksFor", employer_ref, doc.evidence(*_join(person.name_span, person.title_span), NAME)
            )


def _place_employer(doc: Document, person: _Found, filer: str | None) -> tuple[_Found, Skipped | None]:
    """The person with the employer their title names: "Chief Medical Officer of Millennium" and
    "Amgen's Chief Medical Officer" are officers of Millennium and Amgen, never of the filer. Reads the
    title's "of"/"at" clauses and its possessive opening; a name that may be a department as well as a
    company ("of Amgen Research") leaves the person without title or employer (a note says why)."""
    if person.employer or not person.title_span:
        return person, None
    title_start, title_end = person.title_span
    # "Chief Medical Officer of Genentech, a member of the Roche Group": the parent's description is
    # about the company, not part of the title, and names no second employer.
    parent = _PARENT_NOTE.search(doc.text, title_start, title_end)
    if parent is not None:
        title_end = parent.start()
        person = _Found(
            person.name, person.name_span, person.title, (title_start, title_end), None, None, person.role
        )
    owner = _POSSESSIVE.match(doc.text, title_start, title_end)
    named = ([owner] if owner else []) + list(_TITLE_CLAUSE.finditer(doc.text, title_start, title_end))
    others: list[re.Match[str]] = []
    filers: list[re.Match[str]] = []
    for match in named:
        kind = _organisation_kind(match.group("org"), filer)
        if kind == "unclear":
            return _without_role(doc, person, f"{match.group('org')!r} may be a department or a company")
        if kind == "other":
            others.append(match)
        elif kind == "filer":
            filers.append(match)
    if not others:
        return _without_filer_name(doc, person, filers, owner, title_end), None
    other = others[0]
    # One other company, opening the title ("Amgen's …") or closing it ("… of Amgen"): "Chief Medical
    # Officer of Amgen, Head of …" or two companies leave which title is held where unsaid.
    if other is owner:
        kept = (owner.end(), title_end)
    else:
        kept = (title_start, title_start + len(doc.text[title_start : other.start()].rstrip(" ,\n\t")))
    closes = other is owner or not doc.text[other.end() : title_end].strip(" ,.")
    if len(others) > 1 or not closes or not _TITLE_WORD_RE.search(doc.text[kept[0] : kept[1]]):
        return _without_role(doc, person, "its title names another company than the filer")
    title = _clean_title(doc.text[kept[0] : kept[1]])
    found = _Found(
        person.name, person.name_span, title, kept, other.group("org"), other.span("org"), person.role
    )
    return found, None


def _without_filer_name(
    doc: Document, person: _Found, filers: list[re.Match[str]], owner: re.Match[str] | None, title_end: int
) -> _Found:
    """The person's title without the filer's name opening it ("Medarex's President and CEO") or
    closing it ("President and Chief Executive Officer of Seattle Genetics"): the employer edge
    already says whose officer the person is, and the title reads as the filer's other officers' do."""
    assert person.title_span is not None
    start, end = person.title_span[0], min(person.title_span[1], title_end)
    for match in filers:
        if match is owner:
            start = match.end()
        elif not doc.text[match.end() : end].strip(" ,."):
            end = match.start()
    if (start, end) == person.title_span:
        return person
    kept = doc.text[start:end].rstrip(" ,\n\t")
    lead = len(kept) - len(kept.lstrip())
    span = (start + lead, start + len(kept))
    if not _TITLE_WORD_RE.search(doc.text[span[0] : span[1]].title()):
        return person  # nothing of a title would be left (capitalised, so small-letter titles count)
    title = _clean_title(doc.text[span[0] : span[1]])
    return _Found(person.name, person.name_span, title, span, None, None, person.role)


def _without_role(doc: Document, person: _Found, why: str) -> tuple[_Found, Skipped]:
    """The person named, with neither title nor employer, and the note that says why."""
    line = doc.line_of(person.name_span[0])
    note = Skipped(NAME, f"no title or employer for {person.name}: {why}", line)
    return _Found(person.name, person.name_span, None, None, None, None, person.role), note


def _organisation_kind(org: str, filer: str | None) -> str:
    """What the words after "of"/"at" in a title name: "filer", "department" (every word a department's
    or a board's), "other" (a company: no such word) or "unclear" (some of both: "Amgen Research")."""
    if filer and _names_filer(org, filer):
        return "filer"
    words = [w for w in re.split(r"[\s,&]+", strip_legal_suffix(org)) if w]
    departments = sum(w in _DEPARTMENT_WORDS for w in words)
    if departments == len(words):
        return "department"
    return "other" if departments == 0 else "unclear"


def _names_filer(org: str, filer: str) -> bool:
    """Whether ``org`` is the filer: its name ("Seattle Genetics"), a longer or shorter form of it
    ("ImmunoGen Europe", "Human Genome"), or its initials ("HGS" for Human Genome Sciences)."""
    org_key, filer_key = company_key(org), company_key(filer)
    if org_key == filer_key or org_key.startswith(filer_key + "-") or filer_key.startswith(org_key + "-"):
        return True
    initials = "".join(word[0] for word in strip_legal_suffix(filer).split() if word[:1].isalpha())
    return len(initials) > 1 and org.strip() == initials.upper()


def _join(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return min(a[0], b[0]), max(a[1], b[1])


def _clean_title(raw: str) -> str:
    title = collapse_spaces(raw).strip(" ,.")
    return title


def _signatures(doc: Document) -> Iterator[_Found]:
    """``/s/ Name`` followed within a few lines by ``Name <title>``; or ``Name:``/``Title:`` lines."""
    for match in _NAME_TITLE_LINES.finditer(doc.text):
        yield _Found(
            match.group("name"),
            match.span("name"),
            _clean_title(match.group("title")),
            match.span("title"),
            None,
            None,
        )
    for match in _SIGNED.finditer(doc.text):
        name = match.group("name")
        after = doc.text[match.end() : match.end() + 400]
        # The name is printed again under the signature line, followed by the title.
        repeat = re.search(re.escape(name) + r"[ \t,]+(?P<title>[^\n]+)", after)
        if not repeat or not _TITLE_WORD_RE.search(repeat.group("title")):
            continue
        base = match.end()
        title_raw = repeat.group("title")
        title = _clean_title(title_raw)
        title_start = base + repeat.start("title")
        yield _Found(
            name,
            (base + repeat.start(), base + repeat.start() + len(name)),
            title,
            (title_start, title_start + len(title_raw.rstrip(" ,."))),
            None,
            None,
        )


def _attribution_runs(doc: Document) -> list[tuple[int, int]]:
    """The stretches of text a quote attribution can lie in: runs of letters, blanks and ``&,./()'-``
    (all an attribution is made of) that hold a speech verb. The attribution patterns are costly to
    try at every capital of a filing; no match of theirs reaches outside such a run."""
    text = doc.text
    reversed_text = text[::-1]  # to find the start of a run: the first other character looking back
    runs: list[tuple[int, int]] = []
    for verb in doc.word_places(_SPEECH_WORDS, any_case=False).starts:
        if runs and verb < runs[-1][1]:
            continue  # in the run found last
        before = _NOT_ATTRIBUTION.search(reversed_text, len(text) - verb)
        after = _NOT_ATTRIBUTION.search(text, verb)
        runs.append((len(text) - before.start() if before else 0, after.start() if after else len(text)))
    return runs


def _sentence_pieces(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of the attribution run ``text[start:end]``, each without its closing period: a
    title stops at the end of its sentence, and the next sentence may open with another attribution."""
    for sentence_end in _SENTENCE_END.finditer(doc.text, start, end):
        yield start, sentence_end.start() - 1
        start = sentence_end.end()
    yield start, end


def _quote_attributions(doc: Document) -> Iterator[_Found]:
    """Quote attributions in the release: "Name, degrees, Title, said" and "said Name, degrees, Title"."""
    filer = filer_name(doc)
    pieces = [piece for start, end in _attribution_runs(doc) for piece in _sentence_pieces(doc, start, end)]
    # One character past a piece: the patterns end by looking at the character after the match (the
    # period a sentence piece leaves out, or the character that ends a run).
    matches = (
        match
        for pattern in (_QUOTE_AFTER, _QUOTE_BEFORE)
        for start, end in pieces
        for match in pattern.finditer(doc.text, start, end + 1)
    )
    for match in matches:
        title_raw = match.group("title")
        title = _clean_title(title_raw)
        # "ImmunoGen Chairman and CEO": the company name in front of a title is not part of it.
        if filer:
            short = strip_legal_suffix(filer)
            if title.startswith(short + " "):
                title = title[len(short) + 1 :]
        start = match.start("title") + title_raw.index(title.split()[0])
        yield _Found(match.group("name"), match.span("name"), title, (start, start + len(title)), None, None)


def _contacts(doc: Document) -> Iterator[_Found]:
    """The "Contacts:" block: a role line or "(Investors)"/"(Media)", a name, its title (one line, or
    more when a line ends in "and"/","), then maybe the employer's name on its own line, a phone line."""
    filer = filer_name(doc)
    blocks: list[tuple[int, int | None]] = []  # the block's first line, and where its text starts when inline
    if "contact" in doc.folded:
        blocks += [(doc.line_of(block.end()) + 1, None) for block in _CONTACTS.finditer(doc.text)]
        blocks += [(doc.line_of(block.start()), block.end()) for block in _CONTACTS_INLINE.finditer(doc.text)]
    for start_line, inline_start in sorted(blocks):
        role: str | None = None
        line_no = start_line
        last_line = min(len(doc.line_starts), start_line + 20)
        while line_no <= last_line:
            line_start, line_end = doc.line_span(line_no)
            if line_no == start_line and inline_start is not None:
                line_start = inline_start  # the heading's own line: its contact starts after the colon
            line = doc.text[line_start:line_end]
            stripped = line.strip()
            if stripped.lower().rstrip(":") in _ROLE_WORDS:
                role = _ROLE_WORDS[stripped.lower().rstrip(":")]
                line_no += 1
                continue
            leading_role = _LEADING_ROLE.match(line)
            name_match = _CONTACT_NAME.match(line)
            if stripped.upper().startswith("FOR IMMEDIATE") or len(stripped) > _CONTACT_LINE_MAX:
                break  # the release starts: a paragraph of prose is no contact line
            if line_no == start_line and inline_start is not None and name_match is None:
                # "Contact: Lippert/Heilshorn & Associates": the heading names a firm, whose people
                # the lines below are; whose employee each is, this reader does not tell.
                break
            if not stripped or _CONTACT_STOP.match(stripped) or name_match is None:
                line_no += 1
                continue
            name = name_match.group("name")
            if (
                set(name.split()) & _NOT_NAME_WORDS
                or _TITLE_WORD_RE.search(name)
                or _contact_org(stripped, filer)
            ):
                line_no += 1
                continue
            person_role = role
            if leading_role:
                person_role = _ROLE_WORDS.get(leading_role.group(1).lower(), role)
            if name_match.group("role"):
                person_role = _ROLE_WORDS.get(name_match.group("role").strip().lower(), person_role)
            rest = line[name_match.end() :]
            if not _contact_rest(rest):
                # "Three Months Ended September 30," or "Condensed Statements of Operations": a table's
                # heading under the block, shaped like a name but going on in words no contact line holds.
                line_no += 1
                continue
            org = _ORG.search(rest)
            # The filer's own name on the contact's line leaves the filer the employer.
            employer_org = None if org and filer and _names_filer(org.group("org"), filer) else org
            employer = employer_org.group("org") if employer_org else None
            employer_span = (
                (
                    line_start + name_match.end() + employer_org.start(),
                    line_start + name_match.end() + employer_org.end(),
                )
                if employer_org
                else None
            )
            title_lines = _contact_title_lines(doc, line_no + 1, last_line, filer)
            probe = line_no + 1 + len(title_lines)
            # The employer's name on the line under the title ("ImmunoGen, Inc."): the filer's name
            # leaves the filer the employer; another firm's (a PR agency) makes it the employer.
            org_line = _contact_org_line(doc, probe, last_line, filer)
            if org_line is not None:
                probe += 1
                if employer is None and not (filer and _names_filer(org_line[0], filer)):
                    employer, employer_span = org_line
            title = title_span = None
            inline = _inline_title(rest, org, filer)
            if inline is not None:
                at = line_start + name_match.end()
                title_span = (at + inline[0], at + inline[1])
                title = _clean_title(doc.text[title_span[0] : title_span[1]])
            elif title_lines and _TITLE_WORD_RE.search(" ".join(doc.text[a:b] for a, b in title_lines)):
                title_span = (title_lines[0][0], title_lines[-1][1])
                title = _clean_title(doc.text[title_span[0] : title_span[1]])
            name_start = line_start + name_match.start("name")
            yield _Found(
                name,
                (name_start, name_start + len(name)),
                title,
                title_span,
                employer,
                employer_span,
                person_role,
            )
            line_no = probe if probe > line_no + 1 else line_no + 1


def _contact_rest(rest: str) -> bool:
    """Whether what follows a name on a contact line fits a contact: nothing, a comma or a bracket
    ("Carol Hausner, Executive Director …", "Peggy Pinkston (Investors)"), a firm's name or a phone."""
    text = rest.strip()
    return (
        not text
        or text[0] in ",(|/\u2013\u2014-"
        or bool(_ORG.match(text))
        or bool(_CONTACT_STOP.match(text))
    )


def _inline_title(rest: str, org: re.Match[str] | None, filer: str | None) -> tuple[int, int] | None:
    """The title printed on the contact's own line after a comma ("Laura S. Choi, Senior Vice President,
    Finance and Chief Accounting Officer", "…, Executive Director, Investor Relations, ImmunoGen, Inc.,
    781-895-0600"): from the comma to the firm's name, phone or e-mail; offsets into ``rest``. None
    when no title's word is there."""
    if not rest.lstrip().startswith(","):
        return None
    start = rest.index(",") + 1
    end = len(rest)
    if org is not None:
        end = min(end, org.start())
    stop = _CONTACT_STOP.search(rest, start)
    if stop is not None:
        end = min(end, stop.start())
    if ";" in rest[start:end]:
        end = rest.index(";", start)  # "…, Seattle Genetics; Jane Doe, …": the next contact starts
    end = start + len(rest[start:end].rstrip(" ,;\t"))  # the separators before a phone or e-mail
    # Trailing pieces that name a firm and no title ("…, Investor Relations, Seattle Genetics", "…,
    # Account Director, Feinstein Kean Healthcare"): the filer's name is left to the employer edge;
    # another firm's makes the title unsure (the contact may work for an agency): none is read.
    while "," in rest[start:end]:
        cut = rest.rindex(",", start, end)
        last = rest[cut + 1 : end].strip()
        if not last or _TITLE_WORD_RE.search(last) or not _firm_like(last):
            break
        if filer is None or not _names_filer(last, filer):
            return None
        end = cut
    piece = rest[start:end]
    if not _TITLE_WORD_RE.search(piece):
        return None
    lead = len(piece) - len(piece.lstrip())
    trimmed = piece.strip().rstrip(" ,;")
    return start + lead, start + lead + len(trimmed)


def _firm_like(text: str) -> bool:
    """Whether a piece of a contact line reads as a firm's name: capitalised words, not all of them a
    department's ("Investor Relations" is a department, "Feinstein Kean Healthcare" a firm)."""
    words = text.split()
    if not words or not all(w[:1].isupper() or w in ("&", "and", "of") for w in words):
        return False
    return not all(w in _DEPARTMENT_WORDS or w in ("&", "and", "of") for w in words)


def _contact_title_lines(doc: Document, first: int, last: int, filer: str | None) -> list[tuple[int, int]]:
    """The lines of a contact's title, from line ``first``: a title ends at its line unless the line
    ends in "and", ",", "&" or "of" ("Executive Director, Investor Relations and / Corporate
    Communications"). No title line is a phone, e-mail or blank line, a person's name or a company's
    name ("ImmunoGen, Inc." under the title names the employer)."""
    lines: list[tuple[int, int]] = []
    probe = first
    while probe <= last:
        start, end = doc.line_span(probe)
        text = doc.text[start:end].strip()
        if not text or _CONTACT_STOP.search(text) or _contact_org(text, filer):
            break
        # The next contact's name ends the block's entry; "Account Director" is shaped like a name but
        # holds a title's word, as no name does.
        if not lines and _PERSON_LINE.fullmatch(text) and not _TITLE_WORD_RE.search(text):
            break
        lines.append((start, end))
        if not text.endswith(_TITLE_GOES_ON):
            break
        probe += 1
    return lines


def _contact_org_line(
    doc: Document, line_no: int, last: int, filer: str | None
) -> tuple[str, tuple[int, int]] | None:
    """The company named alone on contact line ``line_no`` ("ImmunoGen, Inc.", "Rx Communications Group,
    LLC"), with its span; None when that line is something else."""
    if line_no > last:
        return None
    start, end = doc.line_span(line_no)
    line = doc.text[start:end]
    text = line.strip()
    if not _contact_org(text, filer):
        return None
    at = start + line.index(text)
    return text.rstrip(" ,"), (at, at + len(text.rstrip(" ,")))


def _contact_org(text: str, filer: str | None) -> bool:
    """Whether a contact line is a company's name alone: a name with a legal suffix, or the filer's."""
    return bool(_ORG.fullmatch(text)) or bool(filer and text and _names_filer(text, filer))


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("Mention", "Relation", "Skipped"),
    run=run,
)
