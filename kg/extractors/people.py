"""People named in a filing with their titles and employers.

Reads three places: the 8-K signature block ("/s/ Gregg D. Beloff" followed by "Gregg D. Beloff
Chief Financial Officer …", or "Name:"/"Title:" lines); quote attributions in the release
("Mitchel Sayare, Ph.D., Chairman and CEO, commented", "says Daniel Junius, President and CEO");
and the "Contacts:" block (investor and media contacts, with the firm a media contact works for,
such as a PR agency, printed on the same line).
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
VERSION = "1"

# Names stay on one line: spaces only, never newlines.
_PERSON = (
    r"(?:Dr\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}"
)
#: In a contact line the name is followed by a firm's name, so take exactly "First (M.) Last".
_CONTACT_PERSON = r"[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
#: Words of titles, departments and firms that never make up a person's name.
_NOT_NAME_WORDS = {
    "Corporate", "Communications", "Relations", "Investor", "Investors", "Media", "Director", "Group",
    "Street", "Avenue", "Company", "Senior", "Executive", "Vice", "President", "Public", "Affairs",
}  # fmt: skip
_DEGREE = r"(?:,\s*(?:Ph\.D\.|M\.D\.|J\.D\.|Esq\.|M\.B\.A\.|Pharm\.D\.))*"
_TITLE_WORD = (
    r"(?:Chief|President|CEO|CFO|COO|CSO|CMO|Officer|Chairman|Chairwoman|Chair|Director|Vice\s+President|"
    r"Controller|Treasurer|Secretary|Counsel|Manager|Head|Founder)"
)
_TITLE = r"(?:[A-Z][A-Za-z&,./()' \n-]*?)?" + _TITLE_WORD + r"(?:[A-Za-z&,./()' \n-]*?)"
_SPEECH_WORDS = ("commented", "said", "says", "stated", "states", "added", "adds", "noted", "notes", "explained", "remarked")  # fmt: skip
_SPEECH = "(?:" + "|".join(_SPEECH_WORDS) + ")"
#: What a quote attribution is not made of (it is made of letters, blanks, newlines and ``&,./()'-``).
_NOT_ATTRIBUTION = re.compile(r"[^A-Za-z&,./()'\s-]")

#: "Mitchel Sayare, Ph.D., ImmunoGen Chairman and CEO, commented"
_QUOTE_AFTER = re.compile(
    rf"(?P<name>{_PERSON}){_DEGREE},\s+(?P<title>{_TITLE}),?\s+{_SPEECH}\b",
)
#: "says Daniel Junius, President and CEO." / "commented Gregory Perry, Senior Vice President and CFO."
_QUOTE_BEFORE = re.compile(
    rf"\b{_SPEECH}\s+(?P<name>{_PERSON}){_DEGREE},\s+(?P<title>{_TITLE})(?=[.\"”])",
)
_SIGNED = re.compile(rf"/s/\s*(?P<name>{_PERSON})")
_NAME_TITLE_LINES = re.compile(rf"Name:\s*(?P<name>{_PERSON})\s*\n\s*Title:\s*(?P<title>[^\n]+)")
_CONTACTS = re.compile(r"^\s*Contacts?:\s*$", re.MULTILINE | re.IGNORECASE)
_ROLE_WORDS = {"investors": "investor contact", "investor": "investor contact", "media": "media contact"}
_ORG = re.compile(
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5},?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Corporation|Group|Partners|plc)\.?)"
)
_TITLE_WORD_RE = re.compile(_TITLE_WORD)
_LEADING_ROLE = re.compile(r"\s*(Investors?|Media)\s+")
_CONTACT_NAME = re.compile(
    rf"\s*(?:(?:Investors?|Media)\s+)?(?P<name>{_CONTACT_PERSON})(?:\s*\((?P<role>[A-Za-z ]+)\))?(?=\s|$)"
)
_PERSON_LINE = re.compile(rf"{_PERSON}(?:\s*\(.*\))?")
_CONTACT_STOP = re.compile(r"(?:Tel|Phone|Fax|TEL|FAX)\s*:|@|www\.|http|^\s*$")


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
    for person in found:
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


def _quote_attributions(doc: Document) -> Iterator[_Found]:
    filer = filer_name(doc)
    runs = _attribution_runs(doc)
    # One character past a run: the patterns end by looking at the character after the match.
    matches = (
        match
        for pattern in (_QUOTE_AFTER, _QUOTE_BEFORE)
        for start, end in runs
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
    """The "Contacts:" block: a role line or "(Investors)"/"(Media)", a name, title lines, a firm."""
    for block in _CONTACTS.finditer(doc.text) if "contact" in doc.folded else ():
        start_line = doc.line_of(block.end()) + 1
        role: str | None = None
        line_no = start_line
        last_line = min(len(doc.line_starts), start_line + 20)
        while line_no <= last_line:
            line_start, line_end = doc.line_span(line_no)
            line = doc.text[line_start:line_end]
            stripped = line.strip()
            if stripped.lower().rstrip(":") in _ROLE_WORDS:
                role = _ROLE_WORDS[stripped.lower().rstrip(":")]
                line_no += 1
                continue
            leading_role = _LEADING_ROLE.match(line)
            name_match = _CONTACT_NAME.match(line)
            if stripped.upper().startswith("FOR IMMEDIATE"):
                break
            if not stripped or _CONTACT_STOP.match(stripped) or name_match is None:
                line_no += 1
                continue
            name = name_match.group("name")
            if set(name.split()) & _NOT_NAME_WORDS or _TITLE_WORD_RE.search(name):
                line_no += 1
                continue
            person_role = role
            if leading_role:
                person_role = _ROLE_WORDS.get(leading_role.group(1).lower(), role)
            if name_match.group("role"):
                person_role = _ROLE_WORDS.get(name_match.group("role").strip().lower(), person_role)
            rest = line[name_match.end() :]
            org = _ORG.search(rest)
            employer = org.group("org") if org else None
            employer_span = (
                (line_start + name_match.end() + org.start(), line_start + name_match.end() + org.end())
                if org
                else None
            )
            # Title lines follow the name until a phone, e-mail or blank line.
            title_lines: list[tuple[int, int]] = []
            probe = line_no + 1
            while probe <= last_line:
                t_start, t_end = doc.line_span(probe)
                text = doc.text[t_start:t_end].strip()
                continues = bool(title_lines) and doc.text[
                    title_lines[-1][0] : title_lines[-1][1]
                ].rstrip().endswith((" and", ",", "&", " of"))
                if not text or _CONTACT_STOP.search(text):
                    break
                if not continues and _PERSON_LINE.fullmatch(text):
                    break
                title_lines.append((t_start, t_end))
                probe += 1
            title = title_span = None
            if title_lines and _TITLE_WORD_RE.search(" ".join(doc.text[a:b] for a, b in title_lines)):
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
            line_no = probe if title_lines else line_no + 1


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("Mention", "Relation", "Skipped"),
    run=run,
)
