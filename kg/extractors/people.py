"""People named in a filing with their titles and employers.

Reads four places: the 8-K signature block ("/s/ Gregg D. Beloff" followed by "Gregg D. Beloff Chief
Financial Officer …", or by the name and the title on the lines under it, or "Name:"/"Title:" lines);
quote attributions in the release ("Mitchel Sayare, Ph.D., Chairman and CEO, commented", "says Daniel
Junius, President and CEO"); news of the filer's management that states a title held now ("X joins the
Company as …", "X has been promoted to …", "X, our Chief Medical Officer, …", "X is Chairman of the
Board.", "Its executive officers include X, Title, and Y, Title.", "X, Title, and Y, Title, will host the
call", "… will join Dr. Y on the call"); and the "Contacts:" block (or "Investors:", "Media:"), investor
and media contacts, with the firm a media contact works for, such as a PR agency, printed on the same
line or on its own line under or above the title ("Investor Relations Contact:" heads investor contacts);
a contact's title ends at its line unless the line ends in "and", a comma or a word no title ends with
("Investor") or the next opens with "and", and a phone line is never part of it (a block printed
double-spaced is read as if it were not); contacts side by side in columns (parted by tabs, or aligned
with spaces) are read column by column; a heading on its own line ("Media Contact:") gives the contacts
under it their role; the block ends at the release's running text or a subheadline opening with a dash
("-- Total 2005 Product Sales …"), a section heading or a line closed by a dash is no contact, and a
contact named with a department alone ("Erika Luib, Investor Relations") is one of their own. A name may
be cut by a line break after its given name or its middle initial ("Margaret" / "A. Lindqvist, Senior
Vice President …"). In a scanned filing the words of titles OCR printed with look-alike characters ("Vice
Presldent", "Chief Executive 0fficer") are read as the words they stand for; evidence quotes the print.
No name holds a hyphenated word the filing prints in small letters ("Sell-Through" beside "on a
sell-through basis"). A call host's title may have a serial comma before its last part ("…, Global
Research and Development, and Chief Scientific Officer"); where semicolons part the hosts ("X, President
and Chief Executive Officer; Y, Executive Vice President, Research and Development and Chief Scientific
Officer; and Z, …, will take part in the call") they alone part them, and a title holding another
officer's "Name, Title" leaves the sentence unread. A cell of contacts side by side whose name OCR
damaged ("Jennifer Cook Wil1iams") still parts the columns: it loses only itself. A heading inside a
block ("Media Contact:" under an investor contact) ends the title lines above it and gives the contacts
under it their role. A name of two words alone on its line right over another person's name ("Burns
McClellan" / "Lisa Burns") may be a firm named after people or a contact: neither is read. A surname's
apostrophe may be typographic ("O’Konek": keyed as "O'Konek"), and a generational suffix is part of the
name and of its key ("Raymond P. Warrell, Jr."; "Robert L. Jones Sr." and "Robert L. Jones Jr." are two
people), but "Sr." before a title's word, on its line or the next, is "Senior" ("Jane Roe, Sr." / "Vice
President …").

A title naming another company than the filer ("Chief Medical Officer of Millennium", "… at UCB",
"Amgen's …", "…, Oncology Medicines Development, GlaxoSmithKline": a partner's officer quoted in the
release) places the person at that company, never at the filer; when those words may be a department
as well as a company, or a name closing the title is not known as a company, the person's role is not
stated at all. A title ends at the end of its sentence. A courtesy title ("Dr.", "Mr.") is no part of
a name; degrees and credentials ("M.B. Ch.B.", "Pharm.D.", "FRCP", "CPA") are no part of a title.

A title never runs from one paragraph or one bullet of a list into the next ("… where he was Global
Clinical" / "Vice President, Oncology" / "- Professor Ian Pembury stepped down …"), and a name made of a
title's words ("Vice President", "Financial Dynamics") is no person's. A signer's title goes on to the
line under it that opens with "and" ("Senior Vice President, Finance" / "and Chief Financial Officer").
A block's heading may open the line of contacts side by side ("CONTACT:  Thomas E. Hadley      Jennifer
Cook Williams"). A firm alone on the line over a contact's name, opening a group of the block (at its
top, or under a blank line, an "or" or a role heading), is the contact's employer when it is named with
a legal form or an agency's word ("Pure Communications, Inc.", "Ten Bridge Communications") and is no
department ("Corporate Communications Group"). "<filer> promoted X to Title" and "X, formerly …, has been
promoted to Title" state the title held now.

A surname may open with small-letter particles ("Maria C. de la Fuente", "Erik J. van der Berg"). A
title may be printed before the name in an attribution, made of titles' words alone: opening its
sentence ("Chief Medical Officer Rebecca A. Lindgren, M.D. said …") or right after the speech verb
("… commented Chief Financial Officer Angela M. Ruiz."). A transcript of a call's slides lists the
filer's officers under "Participants", one a line ("Name, degrees - Title"). A firm named "<partners> &
Company" ("Berry & Company") over a contact is the contact's employer. A labelled signer's title left
open at its line's end ("Title: Vice President, Finance and") goes on under it. A row of role headings
alone ("Investors<tab>Media", a table whose cells hold their lines parted by line breaks) over contacts
printed one under the other says whose each is not: they are read with no role.

A joint release of two companies may print the contacts in a column per company, each headed by the
company's name ("ImmunoGen, Inc." beside "sanofi-aventis"): every contact of a column works for the
company heading it, unless their own lines name another firm ("Rx Communications"). A company that
prints its name in small letters ("…, Oncology Research, sanofi-aventis") closes a title as a
capitalised one does, where it is known as a company. British usage prints courtesy titles without the
period and styles knights and professors ("Dr Andrew Pryce", "Sir Michael Treadwell", "Professor John
Ashby"): none is part of the name. A block headed "Enquiries:" is a contacts block; a PR firm's name may
join partners with a slash ("Noonan/Russo Communications, Inc.").

A list of the filer's officers may be led by its head ("Ashgrove's management team is led by X, Title,
and includes Y, Title; Z, Title; …"), its owner's name printed under a heading ("Management Team"). A
heading naming a department alone ("Investor Relations:", "Media Relations:") heads contacts as
"Investors:" does, and a firm on the line under it is the employer of the contact under the firm.

PR Newswire's trailer opens with a slash and names the firm after "of" ("/CONTACT: Carol Hausner,
Executive Director, Investor Relations of ImmunoGen, Inc., …; or Media, Rhonda Chiger of Rx
Communications, …/"); a firm over a role heading over its contact ("Lippert/Heilshorn & Associates,
Inc." / "Investors:" / "Jody Cain, …") employs the contact; "the Company named X, Title." states the
title held now.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from kg.corpus import Document
from kg.extractors.base import Extractor
from kg.extractors.filing_metadata import filer_name, opens_with_dateline
from kg.extractors.filing_metadata import run as metadata_facts
from kg.model import EntityRef, Fact, FilingInfo, Mention, Relation, Skipped
from kg.ocr import OCR_WORD, lookalike_word, words_by_skeleton
from kg.pattern_cache import cached_compile
from kg.reference import gazetteer
from kg.text import MONTHS, collapse_spaces, company_key, slugify, strip_legal_suffix

NAME = "people"
VERSION = "18"

#: The capital and small letters of names, with the accented ones of European names ("Walter A.
#: Blättler", "José Baselga").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
# Names stay on one line: spaces only, never newlines. After a middle initial comes one surname only:
# "Phase I. Peter Kessler" is the end of a sentence and a name, not "First M. Last Last". Surnames
# may open with a particle glued to a capital ("McNeil", "O'Leary", "DeGuzman", "DiNapoli"), the
# apostrophe straight or typographic ("O’Konek").
_SURNAME = rf"(?:Mc|Mac|O['\u2019]|De|Di|La)?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
#: The small-letter particles a surname may open with, one or two ("Erik J. van der Berg", "Maria C. de la
#: Fuente", "Anne du Pont"): read only before a capitalised surname closing the name.
_PARTICLE = r"(?:(?:van|von|de|der|den|du|da|del|della|dos|la|le|ter|ten)[ \t]+){1,2}"
#: The surname closing a name, perhaps opened by particles.
_LAST = rf"(?:{_PARTICLE})?{_SURNAME}"
#: A courtesy title before a name ("said Dr. Michel Pairet"): read with the name, then left out of it.
#: British usage prints it without the period ("Dr Andrew Pryce") and styles knights and professors
#: so ("Sir Michael Treadwell", "Professor John Ashby").
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?|Professor|Sir|Dame)[ \t]+"
_HONORIFIC_RE = cached_compile(_HONORIFIC)
#: A given name, perhaps of two joined by a hyphen ("Jean-Frederic Viret").
_GIVEN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
#: A middle initial, or two printed together ("Bruce L.A. Carter").
_MIDDLE = r"[A-Z]\.(?:[A-Z]\.)?"
_PERSON = rf"(?:{_HONORIFIC})?{_GIVEN}(?:[ \t]+{_MIDDLE}[ \t]+{_LAST}|(?:[ \t]+{_SURNAME})?[ \t]+{_LAST})"
#: A name a line break cuts in two, in prose wrapped to a width ("… Eastern Time. Margaret" / "A.
#: Lindqvist, Senior Vice President …"): the break after the given name or after the middle initial.
#: A name of three words is never read across a break: "… with Genentech" / "John Smith, …" would glue
#: the last word of a line to the name opening the next.
_BREAK = r"[ \t]*\n[ \t]*"
_WRAPPED_PERSON = rf"(?:{_HONORIFIC})?{_GIVEN}(?:{_BREAK}{_MIDDLE}[ \t]+{_LAST}|[ \t]+{_MIDDLE}{_BREAK}{_LAST}|{_BREAK}{_LAST})"
#: A name on one line or cut by a line break.
_ANY_PERSON = rf"(?:{_PERSON}|{_WRAPPED_PERSON})"
#: A leading initial ("H. Thomas Watkins"), where nothing but a name can follow (after "said").
_INITIAL = r"[A-Z]\.[ \t]+"
#: Where the name opens a sentence ("H. Thomas Watkins, President, said"): a leading initial only when
#: no word comes just before it ("in Phase I. Peter …" is no initial), and never a name just after an
#: initial, which would cut "H." off "H. Thomas Watkins" (an acronym ending the sentence before is no
#: initial: "… at 4:30 p.m. ET. Barry Greene, President …").
_OPENING_PERSON = rf"(?:(?<![\w,;:][ \t]){_INITIAL}|(?<!\b[A-Z]\.[ \t])(?<!\b[A-Z]\.\n)){_ANY_PERSON}"
#: In a contact line the name is followed by a firm's name, so take exactly "(I.) First (M.) Last"
#: ("R. Michael Carruthers", "Dr. Chau Cheng"), or a third word where the name ends its line or a comma
#: or a bracket follows ("Ann Marie Fields").
_CONTACT_PERSON = (
    rf"(?:{_HONORIFIC})?(?:{_INITIAL})?{_GIVEN}(?:[ \t]+{_MIDDLE})?[ \t]+{_LAST}"
    rf"(?:[ \t]+{_SURNAME}(?=[ \t]*(?:[,(]|$)))?"
)
#: Words of titles, departments and firms that never make up a person's name.
_NOT_NAME_WORDS = {
    "Corporate", "Communications", "Relations", "Investor", "Investors", "Media", "Director", "Group",
    "Street", "Avenue", "Company", "Senior", "Executive", "Vice", "President", "Public", "Affairs",
    # "In May, Alnylam formed …": the words a sentence opens with are no names.
    "In", "On", "At", "By", "For", "From", "During", "Since", "Through", "As", "The", "This", "Our",
}  # fmt: skip
#: Degrees and credentials printed after a name, each as its dotted form; each is also read without its
#: dots and with a space after a dot ("M.B. Ch.B.", "MBChB", "M.B., Ch.B." are all read).
_DEGREES = (
    "Ph.D.", "M.D.", "M.B.", "Ch.B.", "B.Ch.", "M.B.Ch.B.", "M.B.B.Ch.", "M.B.B.S.", "B.M.", "B.M.B.Ch.",
    "D.Phil.", "M.Phil.", "Pharm.D.", "R.Ph.", "Sc.D.", "D.Sc.", "M.Sc.", "B.Sc.", "M.S.", "M.A.", "M.P.H.",
    "M.B.A.", "J.D.", "LL.B.", "LL.M.", "D.V.M.", "D.D.S.", "D.M.D.", "R.N.", "C.P.A.", "C.F.A.", "F.R.C.P.",
    "F.R.C.P.C.", "F.R.C.P.E.", "F.R.C.S.", "F.R.C.Path.", "M.R.C.P.", "F.A.C.P.", "F.A.C.C.", "F.A.C.S.",
    "F.A.A.P.", "Esq.", "Jr.", "Sr.",
)  # fmt: skip


def _degree_pattern(dotted: str) -> str:
    """The pattern of one degree from its dotted form: the dots may be left out, and a space may follow
    a dot ("M.B. Ch.B."); the degree ends where no letter follows."""
    pieces = re.findall(r"[A-Z][a-z]*", dotted)
    return r"(?:\.[ ]?)?".join(re.escape(piece) for piece in pieces) + r"\.?(?![A-Za-z])"


#: One degree, credential or generational suffix: "Raymond P. Warrell, Jr., M.D.".
_ONE_DEGREE = (
    "(?:" + "|".join(_degree_pattern(d) for d in sorted(_DEGREES, key=len, reverse=True)) + r"|III|II|IV)"
)
#: The degrees after a name, each after a comma (so "Sr. Vice President" is a title, not "Sr." and one),
#: after the generational suffix a name may carry with no comma ("John Q. Doe III, Chief …").
_DEGREE = rf"(?:[ \t]+(?:Jr|Sr|III|II|IV)\.?(?=,))?(?:,\s*{_ONE_DEGREE})*"
#: Degrees opening a title as read ("M.B. Ch.B., Executive Vice President"), each closed by a comma,
#: left out of it.
_LEADING_DEGREES = cached_compile(rf"(?:{_ONE_DEGREE}[ \t]*,[ \t]*)+")
_TITLE_WORD = (
    r"(?:Chief|President|CEO|CFO|COO|CSO|CMO|Officer|Chairman|Chairwoman|Chair|Director|Vice\s+President|"
    r"Controller|Treasurer|Secretary|Counsel|Manager|Head|Founder)"
)
#: A title as printed: capitalised ("Senior Vice President and CFO") or, in some wire releases, all in
#: small letters ("president and chief executive officer"), never a mix that starts small. A capitalised
#: title may name a company with a typographic apostrophe ("Curis’ President") or a digit OCR put for a
#: letter ("of Ce1ldex Therapeutics"): the attribution runs it is read in hold no other digit.
_TITLE = (
    r"(?:(?:[A-Z][A-Za-z0-9&,./()'\u2019 \n-]*?)?" + _TITLE_WORD + r"(?:[A-Za-z0-9&,./()'\u2019 \n-]*?)"
    # Bounded: a title is a few words, and unbounded runs of small letters on both sides of the
    # title word make a long sentence of small words cost time quadratic in its length.
    r"|(?:[a-z][a-z&,./() \n-]{0,60}?)?\b(?:chief|president|chairman|chairwoman|director|officer|treasurer|"
    r"controller|secretary|counsel)\b(?:[a-z&,./() \n-]{0,80}?)"
    # The company closing a title in small letters ("chairman and chief executive officer of ARIAD"),
    # whose officer the person is (see ``_place_employer``).
    r"(?:[ \t\n]+(?:of|at)[ \t\n]+[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3}"
    r"(?:,?[ \t]+(?:Inc|Corp|Ltd|LLC|plc)\b\.?)?)?)"
)
#: Before a title, the filer named in passing: "Frank Karbe, the company's Executive Vice President".
_TITLE_LEAD = r"(?:(?:the\s+)?(?:[Cc]ompany['\u2019]s|its|our)\s+)?"
_SPEECH_WORDS = ("commented", "said", "says", "stated", "states", "added", "adds", "noted", "notes", "explained", "remarked")  # fmt: skip
_SPEECH = "(?:" + "|".join(_SPEECH_WORDS) + ")"
#: What a quote attribution is not made of (it is made of letters, blanks, newlines, ``&,./()'’-``, and
#: digits inside a word, where OCR put them for letters: "Ce1ldex"). Symmetric, as it is also searched
#: in the reversed text.
_NOT_ATTRIBUTION = cached_compile(
    rf"[^{_UPPER}{_LOWER}0-9&,./()'\u2019\s-]|(?<![A-Za-z])[0-9]|[0-9](?![A-Za-z])"
)
#: The end of a sentence inside an attribution ("… Chief Executive Officer. David M. Goldenberg, …"): a
#: period after a word of two or more small letters, then a capital. Initials ("L."), degrees ("M.D.")
#: and the abbreviations of company names ("Inc.") end no sentence.
_SENTENCE_END = cached_compile(
    r"(?:(?<=[a-z][a-z]\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bLtd\.)(?<!\bBros\.)(?<!\bMrs\.)(?<!\bProf\.)"
    # An acronym ends a sentence too ("… presented data at AACR. Elliott Sigal …"); a company's
    # legal form in capitals ("IMMUNOGEN, INC.") does not.
    r"|(?<=[A-Z][A-Z]\.)(?<![^A-Za-z][A-Z]\.)(?<!\bINC\.)(?<!\bLTD\.)(?<!\bCORP\.)(?<!\bCO\.)(?<!\bDR\.)(?<!\bNO\.))"
    r"\s+(?=[A-Z])"
)

#: A name whose middle initial is printed without its period ("Rick E Winningham"): read only where a
#: title follows it after a comma (in a quote attribution), as a capital standing alone between two
#: words may be many other things ("Phase I Study").
_BARE_INITIAL_PERSON = rf"(?:{_HONORIFIC})?{_GIVEN}[ \t]+[A-Z][ \t]+{_SURNAME}"
#: "Mitchel Sayare, Ph.D., ImmunoGen Chairman and CEO, commented"
_QUOTE_AFTER = cached_compile(
    rf"(?P<name>{_OPENING_PERSON}|(?<![\w][ \t])(?<![\w]){_BARE_INITIAL_PERSON}){_DEGREE},\s+{_TITLE_LEAD}"
    rf"(?P<title>{_TITLE}),?\s+{_SPEECH}\b",
)
#: "says Daniel Junius, President and CEO." / "commented Gregory Perry, Senior Vice President and CFO."
_QUOTE_BEFORE = cached_compile(
    rf"\b{_SPEECH}\s+(?P<name>(?:{_INITIAL})?{_ANY_PERSON}|{_BARE_INITIAL_PERSON}){_DEGREE},\s+{_TITLE_LEAD}"
    rf"(?P<title>{_TITLE})(?=[.\"”])",
)
_SIGNED = cached_compile(rf"/s/\s*(?P<name>(?:{_INITIAL})?{_PERSON})")
#: "Name: Jane Q. Doe" and "Title: Chief Financial Officer", on lines of their own or on one line, as an
#: HTML signature cell's lines run together ("By: /s/ Jane Q. Doe Name: Jane Q. Doe Title: …"). The
#: title ends at its line or cell.
_NAME_TITLE_LINES = cached_compile(
    rf"Name:\s*(?P<name>(?:{_INITIAL})?{_PERSON})(?:\s*\n\s*|[ \t,;]+)Title:\s*(?P<title>[^\n\t]*[^\s])"
)
#: The caption of a signer's title ("Title:", "Its:"), printed before it: no part of the title.
_TITLE_CAPTION = cached_compile(r"(?:Title|Its)[ \t]*:[ \t]*", re.IGNORECASE)
#: Whose contact a heading names: "Investor", "Investor Relations", "Media", "Company and Investor".
_CONTACT_ROLE = r"(?:Company|Corporate|Investors?(?:[ \t]+Relations)?|Media)"
_CONTACT_ROLES = rf"{_CONTACT_ROLE}(?:[ \t]+(?:and|&)[ \t]+{_CONTACT_ROLE})?"
#: Whose contacts a heading of roles alone names, with its colon: "Investors:", "Media:", "Investors and
#: Media:", "Investor Relations:", "Media Relations:" (the department's name alone, over its firm or its
#: contacts).
_ROLE_NAME = r"(?:Investors?|Media)(?:[ \t]+Relations)?"
_ROLES_HEADING = rf"{_ROLE_NAME}(?:[ \t]+(?:and|&)[ \t]+{_ROLE_NAME})?:"
#: The heading of the contacts block: "Contacts:", "Contact", "Media Contact:", "Investor Contacts",
#: "Company Contact", "For More Information:", "Investors:", "Enquiries:".
_CONTACTS = cached_compile(
    rf"^\s*(?:(?:{_CONTACT_ROLES}[ \t]+)?Contacts?:?|{_ROLES_HEADING}"
    r"|For[ \t]+(?:More|Further|Additional)[ \t]+Information(?:,?[ \t]+(?:Please[ \t]+)?Contact)?:?"
    # British releases head the block "Enquiries:" (or "Inquiries:").
    r"|(?:For[ \t]+(?:further[ \t]+)?)?(?:Enquiries|Inquiries)(?:[ \t]+to)?:?)\s*$",
    re.MULTILINE | re.IGNORECASE,
)
#: A contacts heading with the first contact on its own line: "Contact:  Laura S. Choi, Director, …",
#: "Investors: Peggy Pinkston, Senior Director, …".
_CONTACTS_INLINE = cached_compile(
    rf"^[ \t]*/?(?:(?:{_CONTACT_ROLES}[ \t]+)?Contacts?:|{_ROLES_HEADING})[ \t]+(?=[A-Z])",
    re.MULTILINE | re.IGNORECASE,
)
#: A contacts heading naming a company on its own line, "ISIS CONTACT:", "Acme Contacts": the filer's
#: contacts where it names the filer (``_contact_blocks``).
_NAMED_CONTACTS = cached_compile(
    r"^[ \t]*(?P<who>[A-Za-z][\w&.'-]*(?:[ \t]+[A-Za-z][\w&.'-]*){0,3})[ \t]+(?i:contacts?):?[ \t]*$",
    re.MULTILINE,
)
_ROLE_WORDS = {"investors": "investor contact", "investor": "investor contact", "media": "media contact"}
#: A firm's name closed by a legal form or an agency's word; a name of partners may join them with a
#: slash ("Noonan/Russo Communications, Inc.").
_ORG = cached_compile(
    r"(?P<org>[A-Z][\w&'.-]*(?:/[A-Z][\w&'.-]*)?(?:\s+[A-Z][\w&'.-]*){0,5},?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Corporation|Group|Partners|plc)\.?)"
    r"(?!\w)"  # "Corp" is no legal form inside "Corporate Communications"
)
_TITLE_WORD_RE = cached_compile(_TITLE_WORD)
#: A contact line: the role or heading it may open with ("Investors: …", "Company and Investor Contact:
#: …"), the name, a role in brackets ("Carol Hausner (Investors)").
_CONTACT_NAME = cached_compile(
    # PR Newswire parts the role from the name with a comma: "…; or Media, Rhonda Chiger of Rx …".
    rf"\s*(?P<prefix>(?:Investors?|Media)(?:\s+Contacts?)?[:,]?\s+|{_CONTACT_ROLES}\s+Contacts?:?\s+)?"
    rf"(?P<name>{_CONTACT_PERSON})(?:\s*\((?P<role>[A-Za-z ]+)\))?(?=[\s,]|$)"
)
#: What parts the cells of a line printed in columns.
_TABS = cached_compile(r"\t+")
#: Where a semicolon on a contact line opens the next contact: "…; R. Michael Carruthers, Chief …",
#: "…; or Jay M. Moyes, Chief …" (wire releases part their contacts so); PR Newswire's "…; or Media,
#: Rhonda Chiger of Rx Communications, …" names the role first and the firm after "of".
_NEXT_CONTACT = cached_compile(
    rf";[ \t]+(?:or[ \t]+)?(?=(?:(?:Investors?|Media),[ \t]+)?{_CONTACT_PERSON}(?:[ \t]*,|[ \t]+of[ \t]+[A-Z]))"
)
#: What follows a contact's name in PR Newswire's trailer before the firm: "Rhonda Chiger of Rx …".
_OF_FIRM = cached_compile(r"[ \t]+of[ \t]+(?=[A-Z])")
#: A firm's name up to a comma, a semicolon or a closing slash: "Rx Communications", "Lippert/Heilshorn
#: & Associates" (a slash between partners' names), with the legal form after it (", Inc.").
_FIRM_RUN = cached_compile(
    r"[A-Z](?:[^,;/\n]|/(?=[A-Z]))*?(?P<form>,?[ \t]+(?:Inc|LLC|Ltd)\.?)?(?=[ \t]*(?:[,;]|/(?![A-Z])|$))"
)
#: A name alone on a line (with its degrees: "Clay B. Siegall, Ph.D."), or a role in brackets after it.
_PERSON_LINE = cached_compile(rf"{_PERSON}{_DEGREE}(?:\s*\(.*\))?")
#: "of <Name>"/"at <Name>"/"with <Name>" in a title: a department, the board, the filer or another company.
_TITLE_CLAUSE = cached_compile(
    r"(?:,\s*)?\b(?:of|at|with)\s+(?:[Tt]he\s+)?"
    r"(?P<org>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|&))*(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|AG|SA|N\.V)\b\.?)?)"
)
#: A company's parent described after its name in a title: ", a member of the Roche Group", ", a
#: wholly-owned subsidiary of Johnson & Johnson".
_PARENT_NOTE = cached_compile(
    r",\s+(?:a|an)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|member|division|unit|part|affiliate)\s+of\b"
)
#: "Amgen's Chief Medical Officer", "Curis’ President": the company whose officer the person is, opening
#: the title.
_POSSESSIVE = cached_compile(
    r"(?P<org>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|&))*)(?:['\u2019]s|(?<=s)['\u2019])\s+"
)
#: A digit inside a word, where OCR read a letter as one ("Ce1ldex").
_OCR_DIGIT = cached_compile(r"(?<=[A-Za-z])[0-9](?=[A-Za-z])")
#: The letters and digits OCR takes for one another, each group folded to one character.
_OCR_FOLD = str.maketrans({"1": "l", "i": "l", "0": "o", "5": "s"})
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
#: Words that make up a release's section headings with the words of departments ("Clinical
#: Programs", "Financial Results", "Pipeline Update"), never a person's name.
_HEADING_WORDS = frozenset({
    "Results", "Highlights", "Update", "Updates", "Overview", "Outlook", "Pipeline", "Recent", "Summary",
    "Milestones", "Events", "Progress", "Review", "Guidance", "Statements", "Board", "Quarter", "Year",
})  # fmt: skip
#: Small words that join the words of a title or a firm's name ("Senior Vice President and CFO").
_JOINING_WORDS = frozenset({"and", "of", "the", "for", "at", "to", "in", "on", "&"})
#: What splits the part of a title that may name a firm into words ("Research & Development").
_NAME_PARTS = cached_compile(r"[\s,&/]+")
#: A legal form printed after a company's name: "GlaxoSmithKline plc", "Nuvelo, Inc.", "Genmab A/S".
_LEGAL_FORM = (
    r",?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|plc|AG|SA|S\.A|N\.V|NV|"
    r"GmbH|A/S|AB|KK|K\.K|SE|S\.p\.A|SpA|LP|L\.P)(?![\w/])"
)
_LEGAL_FORM_RE = cached_compile(_LEGAL_FORM)
_LEGAL_FORM_ALONE = cached_compile(_LEGAL_FORM + r"\.?\s*")
#: What a line of a signer's title is made of: words, commas, "&", brackets ("(Principal Accounting
#: Officer)"); no figure ("Exhibit 99.1"), colon ("Date:") or slash ("/s/").
_SIGNATURE_TITLE_TEXT = cached_compile(r"[A-Za-z][A-Za-z&,.'() -]*")
#: The most lines a signer's title is printed on.
_SIGNATURE_TITLE_LINES = 4
#: Words a title never ends with ("Chief Financial" / "Officer"): a line ending in one goes on below.
_TITLE_OPEN_WORDS = frozenset({
    "Chief", "Vice", "Senior", "Executive", "Financial", "Operating", "Medical", "Scientific", "Accounting",
    "Principal", "General", "Assistant", "Deputy", "Associate", "Corporate", "Business", "Investor",
})  # fmt: skip
#: The space between two words of a name: blanks and at most one line break (never a blank line,
#: which parts a heading from the sentence under it).
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: A title as management news prints it: capitalised words joined by commas, "and", "of", "the",
#: "&" ("Senior Vice President, Clinical Development and Chief Medical Officer"), ending its sentence
#: (a title going on in small words, "… on January 2, 2008", is not read).
_CAPS_TITLE = r"(?P<title>[A-Z][A-Za-z&'-]*(?:(?:,[ \t\n]+|[ \t\n]+(?:(?:and|of|the|for|&)[ \t\n]+)*)[A-Z][A-Za-z&'-]*)*)"
_CAPS_TITLE_RE = cached_compile(_CAPS_TITLE)
_TITLE_ENDS_SENTENCE = r"(?=\.(?:\s|$))"
#: The company a person joins or that appoints them ("the Company", "MacroGenics"), before "as".
_WHO = rf"(?P<who>the\s+[Cc]ompany|The\s+Company|[A-Z][\w&'-]*(?:{_GAP}[A-Z][\w&'-]*){{0,3}})"
#: A month named in full ("joined MacroGenics in October as …").
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: The name in management news: never begun inside a word ("MacroGenics"), nor at the end of an
#: acronym ("at ASCO. Sam Smee") or a Roman numeral ("in Phase I. Peter Kessler").
_NEWS_NAME = rf"(?P<name>(?<![\w.'-]){_OPENING_PERSON}){_DEGREE}"
#: Management news, each form with the words it turns on (where its pattern is tried).
_MANAGEMENT_PATTERNS = (
    # "Charles Q. Morris, M.D., joins the Company as …", "… joined MacroGenics in October as …", "…
    # joined ImmunoGen in July 2005 as …" (a month of the year before the release: see ``_recent``)
    (
        ("joins", "joined"),
        cached_compile(
            rf"{_NEWS_NAME},?\s+(?:has\s+)?(?:joins|joined)\s+{_WHO}"
            rf"(?:\s+in\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?)?\s+as\s+"
            rf"(?:its\s+|our\s+)?{_CAPS_TITLE}{_TITLE_ENDS_SENTENCE}"
        ),
    ),
    # "Eric L. Dobmeier has been promoted to Chief Operating Officer.", "Susan B. Harlan, Ph.D.,
    # formerly Vice President of Research, has been promoted to …" (the title held before, set apart
    # by commas, is not read)
    (
        ("appointed", "named", "promoted", "elected"),
        cached_compile(
            rf"{_NEWS_NAME},?(?:\s+(?:formerly|previously)\s+[^,.;\n]{{1,80}}(?:\n[^,.;\n]{{1,80}})?,)?"
            r"\s+has\s+been\s+(?:appointed|named|promoted\s+to|elected)\s+(?:as\s+)?(?:its\s+)?"
            rf"{_CAPS_TITLE}{_TITLE_ENDS_SENTENCE}"
        ),
    ),
    # "The Company appointed Jane Doe as Chief Operating Officer.", "… announced the appointment of …",
    # "Kelarix promoted Sarah L. Whitcomb, Ph.D., to Senior Vice President and …", "the Company named
    # Anita Rosales, Ph.D., Senior Vice President, Research." (after "named", the name's comma alone)
    (
        ("appointed", "appointment", "promoted", "named"),
        cached_compile(
            rf"{_WHO}\s+(?:has\s+)?(?:also\s+)?(?:appointed|(?P<promoted>promoted)|(?P<named>named)|announced\s+"
            rf"(?:today\s+)?the\s+appointment\s+of)\s+{_NEWS_NAME}"
            rf"(?(named),\s+(?:as\s+)?|,?\s+(?(promoted)to|as)\s+)(?:its\s+|our\s+)?{_CAPS_TITLE}"
            rf"{_TITLE_ENDS_SENTENCE}"
        ),
    ),
    # "Mitchel Sayare, Ph.D., is Chairman of the Board.", "Gregory D. Perry is Senior Vice President and
    # Chief Financial Officer.": the present tense, the name opening its sentence (see ``_news_of_filer``).
    (("is",), cached_compile(rf"{_NEWS_NAME},?\s+(?P<present>is)\s+{_CAPS_TITLE}{_TITLE_ENDS_SENTENCE}")),
    # "Jane Doe, M.D., our Chief Medical Officer, will present …"
    (
        ("our", "company's", "company\u2019s", "Company's", "Company\u2019s"),
        cached_compile(
            rf"{_NEWS_NAME},\s+(?:(?P<our>our)|(?P<who>the\s+[Cc]ompany)['\u2019]s)\s+{_CAPS_TITLE},\s+(?=[a-z])"
        ),
    ),
)
#: The words of management news that follow a comma ("X, M.D., our Chief Medical Officer, …").
_AFTER_A_COMMA = frozenset({"our", "company's", "company\u2019s", "Company's", "Company\u2019s"})
#: How far from such a word a name or a title is looked for.
_MANAGEMENT_REACH = 250
#: "Seattle Genetics announced that …", "The Company also announced today that …", before a name.
_ANNOUNCED_THAT = cached_compile(
    rf"(?P<who>[A-Z][\w&'-]*(?:{_GAP}[A-Z][\w&'-]*){{0,3}})(?:\s+also)?\s+announced(?:\s+today)?\s+that\s+$"
)
#: The opening of a list of the filer's officers: "Its executive officers include", "ImmunoGen’s senior
#: management team includes", "Ashgrove's management team is led by" (its head first, then "and includes"
#: the others: see ``_OFFICER_ENTRY``).
_OFFICERS_INCLUDE_TAIL = (
    r"(?:executive\s+officers|senior\s+management(?:\s+team)?|management\s+team|officers)"
    r"\s+(?:includes?|(?:is|are)\s+led\s+by)\s+"
)
_OFFICERS_INCLUDE = cached_compile(
    r"(?<![\w'-])(?P<who>[Ii]ts|[Oo]ur|(?P<owner>[Tt]he\s+[Cc]ompany|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['\u2019]s)"
    r"\s+" + _OFFICERS_INCLUDE_TAIL
)
#: The words every ``_OFFICERS_INCLUDE`` match ends with, looked for first: the whole pattern tries
#: every capitalised word of a filing, this one only where its opening letters are.
_OFFICERS_INCLUDE_END = cached_compile(_OFFICERS_INCLUDE_TAIL)
#: One entry of such a list, "Name, degrees, Title", and what follows it: the parting before the next
#: entry or the end of the sentence. A list led by its head goes on with "…, and includes" the others.
_OFFICER_ENTRY = cached_compile(
    rf"{_NEWS_NAME},\s+{_CAPS_TITLE}"
    r"(?:(?P<next>,\s+and\s+(?:also\s+)?includes?\s+|,\s+and\s+|;\s+(?:and\s+)?|,\s+)(?=[A-Z])|\.(?=\s|$))"
)
#: What the officers named before it will do on the results call: "…, will host the call", "…, will
#: review the results". ("X, Title, will present data at …" is not read: at medical meetings
#: investigators of other institutions present, named with their hospitals' titles.)
_WILL_HOST = cached_compile(
    r",\s+will\s+(?:also\s+)?(?:(?:host|co-host|review|discuss|lead|moderate|chair)\b"
    # "…, will join Dr. Maraganore on the call", "…, will also participate": on the results call only
    # (see ``_on_the_call``); "X, Title, will join the Company" names a title to come.
    r"|(?P<on_call>join\b(?=(?:(?:Dr|Mr|Mrs|Ms|Prof)\.|[^.]){0,80}?\bon\s+the\s+(?:conference\s+)?call\b)"
    # "…, will take part in the call" likewise.
    r"|participate\b|take\s+part\b))"
)
#: The officers named after it host the results call: "The call will be hosted by James A. Bianco,
#: M.D., President and Chief Executive Officer, and Louis A. Bianco, Executive Vice President, …".
#: An officer named again by courtesy title and surname alone, opening a list of the call's hosts ("Dr.
#: Morrow and Michael J. Haller, …"): no title is stated of them there.
_NAMED_BEFORE = cached_compile(rf"{_HONORIFIC}{_LAST}[ \t\n]+and[ \t\n]+(?=[A-Z])")
_HOSTED_BY = cached_compile(r"\b(?:will\s+be\s+|is\s+)?(?:co-)?hosted\s+by\s+")
#: Where the sentence naming such officers may end: a period before a blank or the end.
_PERIOD = cached_compile(r"\.(?=\s|$)")
#: The call a sentence of a release names: "conference call", "the call".
_CALL = cached_compile(r"\bcall\b", re.IGNORECASE)
#: One officer named before that: the name and degrees, the comma before the title.
_HOST_NAME = cached_compile(rf"{_NEWS_NAME},\s+(?:(?:the\s+)?[Cc]ompany['\u2019]s\s+|its\s+)?")
#: What parts one officer from the next in such a sentence: "…, and", "… and", ",".
_HOST_SEPARATOR = cached_compile(r",?\s+and\s+|,\s+")
#: What parts them in a sentence that parts its officers with semicolons ("Jane Doe, President and
#: Chief Executive Officer; John Roe, Senior Vice President, Finance; and …"): a semicolon, perhaps
#: with "and" after it. There the titles may hold commas, and a comma parts no officers.
_HOST_SEMICOLON = cached_compile(r";\s+(?:and\s+)?")
#: A serial comma before the last part of a title: "…, Global Research and Development, and Chief …".
_SERIAL_AND = cached_compile(r",[ \t\n]+and[ \t\n]+")
#: How far before "will host" the sentence naming the officers may start.
_HOST_REACH = 400
#: Longer than any contact line ("Laura S. Choi, Senior Vice President, Finance and Chief Accounting
#: Officer, Medarex, Inc., 609-430-2880" is about 90 characters): a line of prose.
_CONTACT_LINE_MAX = 160
#: Where a contact's title lines end: a phone line ("Tel: (617) 995-2500", or the bare "781-895-0600" of
#: the 2010+ layout), an e-mail or web address, a blank line.
_CONTACT_STOP = cached_compile(
    r"(?:Tel|Phone|Fax|TEL|FAX)\s*:|@|www\.|http|^\s*$|(?:\+?1[\s.-])?\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}\b"
)
#: The most lines of contacts printed side by side (a few contacts' names, titles, firms and phones).
_COLUMN_LINES = 12
#: How many lines, each followed by a blank one, open a block printed double-spaced.
_SPACED_LINES = 3
#: The end of a title line that goes on on the next: "Executive Director, Investor Relations and".
_TITLE_GOES_ON = (" and", ",", "&", " of")
#: A wire release's subheadline, opening with a dash ("-- Total 2005 Product Sales Increase 18% to …"):
#: the release starts under the contacts block (a line of dashes alone is a rule, and "-- or --" parts
#: two contacts: neither is this).
_SUBHEADLINE = cached_compile(r"(?:--|\u2013|\u2014)[ \t]*(?!(?:or|and)\b)[\w$]", re.IGNORECASE)
#: Words of a department that may follow a contact's name in place of a title ("Erika Luib, Investor
#: Relations", "Media Relations"): a contact line of its own, never a line of the title above.
_CONTACT_DEPARTMENT_WORDS = _DEPARTMENT_WORDS | {"Media"}


@dataclass(frozen=True)
class _Found:
    name: str
    name_span: tuple[int, int]
    title: str | None
    title_span: tuple[int, int] | None
    employer: str | None  # None: the filer
    employer_span: tuple[int, int] | None
    role: str | None = None
    #: The text the person was read in when not the filing's own: a column of a contacts block, the
    #: other columns blanked (same offsets), so that a title over several lines reads as printed.
    view: Document | None = None


def run(doc: Document) -> Iterator[Fact]:
    """Yield each person's mention, position, employer and contact role."""
    filer = filer_name(doc)
    filer_ref = EntityRef("company", company_key(filer)) if filer else None
    # People are read in the filing with the title words OCR damaged mended (same offsets): "Chief
    # Executive 0fficer" ends an attribution as "Officer" does, and "Vice Presldent" is stated as
    # "Vice President". Evidence still quotes the filing as printed.
    read = _title_words_mended(doc)
    found = _once([*_signatures(read), *_quote_attributions(read), *_management(read), *_contacts(read)])
    shorts = _filer_short_names(doc, filer)
    for common in [person for person in found if _holds_common_word(doc, person.name)]:
        found.remove(common)
        name = collapse_spaces(common.name)
        why = "a word of it is printed in small letters in the filing: a common word, no name"
        yield Skipped(NAME, f"{name!r} is no person: {why}", doc.line_of(common.name_span[0]))
    if not found:
        yield Skipped(
            NAME, "no signature, quote attribution, management news or contact block naming a person"
        )
        return
    for found_person in found:
        view = found_person.view or read
        person, note = _place_employer(
            view,
            _without_degrees(view, _with_generation(view, _without_honorific(found_person))),
            filer,
            shorts,
        )
        if note:
            yield note
        # A name a line break cuts ("Margaret" / "A. Lindqvist") is labelled as one line prints it.
        label = collapse_spaces(person.name)
        # "O’Konek" and "O'Konek" are one name: keyed and labelled alike with the straight apostrophe
        # (the typographic one is left out of keys, the straight one parts words); the label as
        # printed is kept beside it.
        plain = label.replace("\u2019", "'")
        # The generational suffix is the name's ("Raymond P. Warrell, Jr."), and the key's: a father
        # and a son share the rest of it ("Robert L. Jones Sr.", "Robert L. Jones Jr."), so a name
        # printed with one suffix, with another or with none is never keyed as one person.
        ref = EntityRef("person", slugify(plain))
        name_evidence = doc.evidence(*person.name_span, NAME)
        yield Mention(ref, plain, name_evidence, alt_labels=tuple(dict.fromkeys((plain, label))))
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
            # Read in a column of contacts side by side, the span from the name to the title would quote
            # the other columns' words between them: the title alone is cited.
            span = person.title_span if found_person.view else _join(person.name_span, person.title_span)
            yield Relation(ref, "worksFor", employer_ref, doc.evidence(*span, NAME))


#: The words of officers' titles, against which a word OCR printed with look-alike characters is
#: mended ("Presldent", "0fficer", "lnvestor"): four letters at least, as shorter words may be many
#: words' damaged spellings.
_TITLE_VOCABULARY = frozenset({
    "President", "Officer", "Chief", "Financial", "Executive", "Director", "Vice", "Senior", "Relations",
    "Investor", "Investors", "Operating", "Scientific", "Medical", "Development", "Business", "Corporate",
    "Communications", "Chairman", "Chairwoman", "Chair", "Treasurer", "Secretary", "Controller", "Counsel",
    "General", "Principal", "Accounting", "Assistant", "Associate", "Deputy", "Finance", "Clinical",
    "Research", "Regulatory", "Affairs", "Operations", "Commercial", "Marketing", "Legal", "Administration",
    "Strategy", "Strategic", "Technical", "Technology", "Manufacturing", "Founder", "Manager", "Public",
    "Media", "Board", "Directors",
})  # fmt: skip


@functools.cache
def _title_words_by_skeleton() -> dict[str, str]:
    """The title words by their OCR skeleton (``kg.ocr.skeleton``), for the skeletons one word has."""
    return words_by_skeleton(_TITLE_VOCABULARY)


@functools.lru_cache(maxsize=4096)
def _mended_title_word(printed: str) -> str | None:
    """The title word ``printed`` is a spelling of with look-alike characters ("Presldent" →
    "President", "0fficer" → "Officer"), or None (``kg.ocr.lookalike_word``). Case follows the print:
    a word in capitals stays in capitals, a small first letter stays small; a look-alike opening the
    word stands for a capital ("0fficer", "lnvestor")."""
    word = lookalike_word(printed, _title_words_by_skeleton())
    if word is None:
        return None
    if printed.isupper():
        return word.upper()
    # An intact small first letter keeps the word small ("presldent" in a title in small letters); a
    # look-alike in its place stands for the capital OCR misread.
    return word.lower() if printed[0] == word[0].lower() else word


def _title_words_mended(doc: Document) -> Document:
    """The filing with each title word OCR printed with look-alike characters written as the word
    (``_mended_title_word``), every offset kept; the filing itself when no word needs it."""
    pieces: list[str] = []
    last = 0
    for token in OCR_WORD.finditer(doc.text):
        mended = _mended_title_word(token.group())
        if mended is not None:
            pieces += [doc.text[last : token.start()], mended]
            last = token.end()
    if not pieces:
        return doc
    text = "".join([*pieces, doc.text[last:]])
    return _View(doc.name, text, doc.sha256, doc.encoding, doc.is_html, doc.line_starts)


def _holds_common_word(doc: Document, name: str) -> bool:
    """Whether a name-shaped run of words holds a hyphenated word the filing also prints in small
    letters: a common word ("Sell-Through Basis", "Year-End Highlights" beside "on a sell-through
    basis", "at year-end"), never a given name or surname ("Jean-Jacques", "Smith-Jones" are never
    printed so)."""
    for word in name.split():
        if "-" not in word.strip("-"):
            continue
        small = re.escape(word.lower())
        if re.search(rf"(?<![\w-]){small}(?![\w-])", doc.text):
            return True
    return False


def _once(found: list[_Found]) -> list[_Found]:
    """Each name as printed read once: "X, the company's CFO, said" is a quote attribution and an
    officer the filer calls its own; the first reading is kept."""
    spans: set[tuple[int, int]] = set()
    kept = []
    for person in found:
        if person.name_span not in spans:
            spans.add(person.name_span)
            kept.append(person)
    return kept


#: A generational suffix printed after a name ("Raymond P. Warrell, Jr.", "John Doe III"), part of
#: the name: then a comma, a semicolon, a bracket, the end of the line or a word in small letters
#: ("Jr. said") follows. Before a capitalised word "Sr." is "Senior" opening a title ("Jane Doe, Sr.
#: Vice President"), and no suffix; so it is before a title's word on the next line or in small
#: letters (``_senior_opens_title``).
_GENERATION = cached_compile(
    r",?[ \t]+(?:(?:Jr|Sr)\.|Jr(?=,)|III|II|IV)(?=[ \t]*(?:[,;)]|\n|$)|[ \t]+[a-z]|\.(?:\s|$))"
)
#: The words a title opens with after "Sr." read as "Senior" ("Sr. Vice President", "Sr. Director,
#: Investor Relations", "Sr. Scientist"), in small letters. Words no title opens with after "Senior"
#: ("Chairman", "Chief", "President") are not among them: "Robert Jones Sr." / "Chairman of the
#: Board" keeps the suffix.
_SENIOR_TITLE_WORDS = frozenset({
    "vice", "director", "manager", "scientist", "counsel", "associate", "analyst", "engineer",
    "specialist", "consultant", "advisor", "adviser", "partner", "investigator", "fellow", "staff",
    "account", "accountant", "attorney", "editor", "writer", "executive", "principal", "medical",
    "clinical", "research", "regulatory", "program", "project", "product", "business", "corporate",
    "global", "investor", "public", "communications", "marketing", "finance", "financial", "legal",
    "technical", "scientific", "commercial", "operations", "development", "manufacturing", "quality",
})  # fmt: skip
#: The word after a suffix, on its line or at the start of the next one.
_NEXT_WORD = cached_compile(r"[ \t]*(?:\n[ \t]*)?(?P<word>[A-Za-z]+)")


def _senior_opens_title(text: str, suffix: re.Match[str]) -> bool:
    """Whether the "Sr." read as a generational suffix (``_GENERATION``) is "Senior" opening a title:
    a title's word follows it, on its line in small letters ("Jane Roe, Sr. vice president") or at
    the start of the next line ("…," said Jane Roe, Sr." / "Vice President and Chief Financial
    Officer."; "Anne Marsh, Sr." / "Director, Investor Relations")."""
    if not suffix.group().lstrip(", \t").startswith("Sr"):
        return False
    after = _NEXT_WORD.match(text, suffix.end())
    return after is not None and after.group("word").lower() in _SENIOR_TITLE_WORDS


def _with_generation(doc: Document, person: _Found) -> _Found:
    """The person with the generational suffix printed after their name ("Raymond P. Warrell, Jr.,
    M.D.") taken into the name as printed: it is part of the name and of its key, no degree. "Sr."
    opening a title is no suffix (``_senior_opens_title``)."""
    suffix = _GENERATION.match(doc.text, person.name_span[1])
    if suffix is None or _senior_opens_title(doc.text, suffix):
        return person
    end = suffix.end()
    person = replace(person, name=doc.text[person.name_span[0] : end], name_span=(person.name_span[0], end))
    if person.title_span is not None and person.title_span[0] < end:
        # '… said Robert L. Jones, Sr.' / "Chairman of the Board.": the title was read from the
        # suffix on; it opens after it ("Sr. Chairman" is no title).
        start = (
            end
            + len(doc.text[end : person.title_span[1]])
            - len(doc.text[end : person.title_span[1]].lstrip())
        )
        title = _clean_title(doc.text[start : person.title_span[1]])
        if not _TITLE_WORD_RE.search(title):
            return replace(person, title=None, title_span=None)
        person = replace(person, title=title, title_span=(start, person.title_span[1]))
    return person


def _without_honorific(person: _Found) -> _Found:
    """The person named without the courtesy title printed before the name ("Dr. Michel Pairet" is
    Michel Pairet): "Dr." and "Mr." are no part of anyone's name, and the same person is printed with
    and without them."""
    honorific = _HONORIFIC_RE.match(person.name)
    if honorific is None:
        return person
    start = person.name_span[0] + honorific.end()
    return replace(person, name=person.name[honorific.end() :], name_span=(start, person.name_span[1]))


def _without_degrees(doc: Document, person: _Found) -> _Found:
    """The person with the degrees opening their title as read left out ("M.B. Ch.B., Executive Vice
    President" is the title "Executive Vice President"): degrees are no part of a title."""
    if person.title_span is None:
        return person
    start, end = person.title_span
    degrees = _LEADING_DEGREES.match(doc.text, start, end)
    if degrees is None or not _TITLE_WORD_RE.search(doc.text, degrees.end(), end):
        return person
    return replace(person, title=_clean_title(doc.text[degrees.end() : end]), title_span=(degrees.end(), end))


def _place_employer(
    doc: Document, person: _Found, filer: str | None, shorts: frozenset[str] = frozenset()
) -> tuple[_Found, Skipped | None]:
    """The person with the employer their title names: "Chief Medical Officer of Millennium" and
    "Amgen's Chief Medical Officer" are officers of Millennium and Amgen, never of the filer. Reads the
    title's "of"/"at" clauses and its possessive opening; a name that may be a department as well as a
    company ("of Amgen Research") leaves the person without title or employer (a note says why).
    ``shorts`` are the short names the filing defines for the filer ("CTI"): the filer too. A title of
    the filer's joined to one of another company ("Vice President of Isis and President of Ibis
    Biosciences") is read as the filer's part alone (see ``_filers_part``)."""
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
        kind = _organisation_kind(match.group("org"), filer, shorts)
        if kind == "unclear":
            return _without_role(doc, person, f"{match.group('org')!r} may be a department or a company")
        if kind == "other":
            others.append(match)
        elif kind == "filer":
            filers.append(match)
    if not others:
        return _closing_company(
            doc, _without_filer_name(doc, person, filers, owner, title_end), filer, shorts
        )
    if filers:
        return _filers_title(doc, person, (title_start, title_end), filers, others, owner, filer, shorts)
    other = others[0]
    # One other company, opening the title ("Amgen's …") or closing it ("… of Amgen"): "Chief Medical
    # Officer of Amgen, Head of …" or two companies leave which title is held where unsaid.
    if other is owner:
        kept = (owner.end(), title_end)
    else:
        kept = (title_start, title_start + len(doc.text[title_start : other.start()].rstrip(" ,\n\t")))
    closes = other is owner or not doc.text[other.end() : title_end].strip(" ,.")
    kept_text = doc.text[kept[0] : kept[1]]
    # A title printed in small letters ("senior vice president of Genentech") holds its words so too.
    holds_title = _TITLE_WORD_RE.search(kept_text) or _TITLE_WORD_RE.search(kept_text.title())
    if len(others) > 1 or not closes or not holds_title:
        return _without_role(doc, person, "its title names another company than the filer")
    title = _clean_title(doc.text[kept[0] : kept[1]])
    found = _Found(
        person.name, person.name_span, title, kept, other.group("org"), other.span("org"), person.role
    )
    return found, None


def _filers_title(
    doc: Document,
    person: _Found,
    title: tuple[int, int],
    filers: list[re.Match[str]],
    others: list[re.Match[str]],
    owner: re.Match[str] | None,
    filer: str | None,
    shorts: frozenset[str],
) -> tuple[_Found, Skipped]:
    """The person whose title names the filer (``filers``) and another company (``others``): with the
    filer's part of it where "and" parts the title between them ("Vice President of Isis and President
    of Ibis Biosciences" is "Vice President" at Isis), with no role otherwise ("Isis' Vice President
    and President of Ibis Biosciences"). One filing states a person's titles and employers, never which
    title goes with which employer: the other company's title is not stated (the note says so)."""
    part = _filers_part(doc, title, filers, others) if owner is None else None
    if part is None:
        return _without_role(doc, person, "its title names the filer and another company")
    in_part = [match for match in filers if part[0] <= match.start() and match.end() <= part[1]]
    kept = replace(person, title=_clean_title(doc.text[part[0] : part[1]]), title_span=part)
    found, note = _closing_company(doc, _without_filer_name(doc, kept, in_part, None, part[1]), filer, shorts)
    why = f"the title it joins at {others[0].group('org')!r} is not stated (the filer's alone is)"
    return found, note or Skipped(
        NAME, f"{collapse_spaces(person.name)}: {why}", doc.line_of(person.name_span[0])
    )


#: "and" between two parts of a title.
_AND = cached_compile(r"[ \t\n]+and[ \t\n]+")


def _filers_part(
    doc: Document, title: tuple[int, int], filers: list[re.Match[str]], others: list[re.Match[str]]
) -> tuple[int, int] | None:
    """The span of the filer's part of a title that joins titles at several companies with "and", each
    part closed by the company it is held at ("Vice President of Isis and President of Ibis
    Biosciences": "Vice President of Isis"); None unless the title parts so wholly, each part after the
    first opening with a title's word, one part naming the filer and each other part another company."""
    start, end = title
    closers = sorted([*filers, *others], key=lambda match: match.start())
    parts: list[tuple[int, int, re.Match[str]]] = []
    at = start
    for clause in closers:
        joint = _AND.match(doc.text, clause.end(), end)
        if clause.end() < end and joint is None:
            return None  # the clause closes no part: "Vice President of Isis, Head of …"
        parts.append((at, clause.end(), clause))
        at = joint.end() if joint is not None else end
    if at != end or len(parts) < 2:
        return None
    if any(not _opens_title(doc.text[s:e]) for s, e, _ in parts[1:]):
        return None
    mine = [(s, e) for s, e, clause in parts if clause in filers]
    return mine[0] if len(mine) == 1 else None


def _closing_company(
    doc: Document, person: _Found, filer: str | None, shorts: frozenset[str] = frozenset()
) -> tuple[_Found, Skipped | None]:
    """The person with the company that closes their title after a comma ("Senior Vice President,
    Oncology Medicines Development, GlaxoSmithKline"), as "of GlaxoSmithKline" would: that company is
    the employer and is no part of the title; the filer's name there is left to the employer edge. A
    closing part that reads as a name but is not known as a company (see ``_is_company``), or a
    department named after one ("Amgen Research"), leaves the person without title or employer."""
    assert person.title_span is not None
    start, end = person.title_span
    closing = _closing_part(doc, start, end)
    if closing is None:
        return person, None
    part = doc.text[closing[0] : closing[1]]
    kind = _closing_kind(doc, part, filer, shorts)
    if kind == "department":
        return person, None
    if kind == "unsure":
        return _without_role(doc, person, f"{part!r} closing its title may be another company")
    kept = (start, start + len(doc.text[start : closing[0]].rstrip(" ,\n\t")))
    title = _clean_title(doc.text[kept[0] : kept[1]])
    if kind == "filer":
        return replace(person, title=title, title_span=kept), None
    return replace(person, title=title, title_span=kept, employer=part, employer_span=closing), None


def _closing_part(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The span of the last comma-separated part of the title ``text[start:end]`` when it holds no
    title word and only capitalised words ("…, GlaxoSmithKline", "…, Investor Relations"), or the name
    of a company known as one printed in small letters ("…, sanofi-aventis"); None otherwise (a title
    without a comma, or "…, Finance and Chief Financial Officer")."""
    cut = doc.text.rfind(",", start, end)
    if cut >= 0 and _LEGAL_FORM_ALONE.fullmatch(doc.text, cut, end):
        cut = doc.text.rfind(",", start, cut)  # "…, Nuvelo, Inc.": the legal form is the name's
    if cut < 0:
        return None
    raw = doc.text[cut + 1 : end]
    part = raw.strip(" \t\n.")
    if not part or _TITLE_WORD_RE.search(part):
        return None
    words = [w for w in _NAME_PARTS.split(strip_legal_suffix(part)) if w and w not in _JOINING_WORDS]
    if not words:
        return None
    # A company may print its name in small letters ("…, Oncology Research, sanofi-aventis"): read
    # where it is known as a company. Small words alone holding no title's word ("…, Research, acme
    # labs") may name a company as well: read too, so that ``_closing_kind`` finds them unsure.
    small = all(w[:1].islower() for w in words) and not _TITLE_WORD_RE.search(part.title())
    if (
        not all(w[:1].isupper() for w in words)
        and not small
        and not (words[0][:1].islower() and _is_company(doc, part))
    ):
        return None
    at = cut + 1 + raw.index(part)
    return at, at + len(part)


def _closing_kind(doc: Document, part: str, filer: str | None, shorts: frozenset[str] = frozenset()) -> str:
    """What the part closing a title names: "filer", "company" (known as one), "department" (words of
    departments, with no company among the others: "Oncology Medicines Development") or "unsure" (a
    name not known as a company, or a company's department: "Amgen Research")."""
    if filer and (_names_filer(part, filer) or collapse_spaces(part) in shorts):
        return "filer"
    words = [w for w in _NAME_PARTS.split(part) if w and w not in _JOINING_WORDS]
    others = [w for w in words if not all(p in _DEPARTMENT_WORDS for p in w.split("-"))]
    if not others:
        return "department"
    if _is_company(doc, part):
        return "company"
    if len(others) == len(words) or any(_is_company(doc, word) for word in others):
        return "unsure"
    return "department"


def _is_company(doc: Document, name: str) -> bool:
    """Whether ``name`` is known as a company: to the reference data, by its legal form ("Nuvelo, Inc."),
    or because the filing prints it elsewhere with one ("GlaxoSmithKline plc" in another paragraph)."""
    reference = gazetteer()
    entry = reference.lookup(name)
    if entry is not None:
        return entry.kind == "company"
    if reference.company_by_base(name) is not None:
        return True
    base = strip_legal_suffix(name)
    if base != collapse_spaces(name).strip(" ,") and any(w not in _DEPARTMENT_WORDS for w in base.split()):
        return True
    at = doc.text.find(name)
    while at >= 0:
        if not doc.text[at - 1 : at].isalnum() and _LEGAL_FORM_RE.match(doc.text, at + len(name)):
            return True
        at = doc.text.find(name, at + 1)
    return False


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
    note = Skipped(NAME, f"no title or employer for {collapse_spaces(person.name)}: {why}", line)
    return _Found(person.name, person.name_span, None, None, None, None, person.role), note


def _organisation_kind(org: str, filer: str | None, shorts: frozenset[str] = frozenset()) -> str:
    """What the words after "of"/"at" in a title name: "filer" (its name, or a short name the filing
    defines for it, ``shorts``), "department" (every word a department's or a board's), "other" (a
    company: no such word) or "unclear" (some of both: "Amgen Research")."""
    if filer and (_names_filer(org, filer) or collapse_spaces(org) in shorts):
        return "filer"
    words = [w for w in re.split(r"[\s,&]+", strip_legal_suffix(org)) if w]
    departments = sum(w in _DEPARTMENT_WORDS for w in words)
    if departments == len(words):
        return "department"
    return "other" if departments == 0 else "unclear"


#: A short name defined in brackets right after a company's name: "Cell Therapeutics, Inc. (CTI)",
#: "(“Seattle Genetics”)".
_DEFINED_SHORT = cached_compile(
    r"[ \t]*\([ \t]*(?:[\"\u201c](?P<quoted>[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,2})[\"\u201d]"
    r"|(?P<bare>[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,2}))[ \t]*\)"
)
#: A short name in capitals, as initials are printed ("CTI", "J&J").
_INITIALS_SHAPE = cached_compile(r"[A-Z][A-Z&]{1,5}")


def _filer_short_names(doc: Document, filer: str | None) -> frozenset[str]:
    """The short names the filing defines for the filer in brackets right after its name ("Cell
    Therapeutics, Inc. (CTI)", "Human Genome Sciences, Inc. (“HGS”)"): the filer wherever a title names
    them ("President and Chief Executive Officer of CTI"). Only a shorter form of the filer's name is
    taken (``_short_form``); found once per filing."""
    if filer is None:
        return frozenset()

    def read(doc: Document) -> frozenset[str]:
        shorts: set[str] = set()
        for name in {filer, strip_legal_suffix(filer)}:
            for printed in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
                short = _defined_after(doc, printed.end())
                if short is not None and _short_form(short, filer):
                    shorts.add(short)
        return frozenset(shorts)

    return doc.derived((NAME, "filer short names"), read)


def _defined_after(doc: Document, at: int) -> str | None:
    """The short name defined in brackets after a company's name ending at ``at`` ("… Therapeutics,
    Inc. (CTI)"), past the legal form the name was read without; None when no bracket defines one."""
    legal_form = _LEGAL_FORM_ALONE.match(doc.text, at)
    if legal_form is not None:
        at = legal_form.end()  # "Cell Therapeutics" of "Cell Therapeutics, Inc. (CTI)"
    elif doc.text.startswith(".", at):
        at += 1  # the name read without the period closing its legal form ("…, Inc")
    defined = _DEFINED_SHORT.match(doc.text, at)
    return (defined.group("quoted") or defined.group("bare")) if defined else None


def _short_form(short: str, filer: str) -> bool:
    """Whether ``short`` is a shorter form of the filer's name: its first words ("Seattle Genetics" of
    "Seattle Genetics, Inc."), or the initials of its first words in capitals, two at least, the legal
    form's among them ("CT" or "CTI" of "Cell Therapeutics, Inc.")."""
    words = collapse_spaces(filer).replace(",", "").split()
    initials = "".join(word[0] for word in words if word[:1].isalpha()).upper()
    if _INITIALS_SHAPE.fullmatch(short):
        letters = short.replace("&", "")
        return len(letters) > 1 and initials.startswith(letters)
    short_words = short.split()
    return len(short_words) < len(words) and words[: len(short_words)] == short_words


def _names_filer(org: str, filer: str) -> bool:
    """Whether ``org`` is the filer: its name ("Seattle Genetics"), a longer or shorter form of it
    ("ImmunoGen Europe", "Human Genome"), or its initials ("HGS" for Human Genome Sciences). A name with
    a digit inside a word ("Ce1ldex Therapeutics") is compared as OCR read it: the digit for the letter
    it resembles."""
    org_key, filer_key = company_key(org), company_key(filer)
    if _OCR_DIGIT.search(org):
        org_key, filer_key = _ocr_folded(org_key), _ocr_folded(filer_key)
    if org_key == filer_key or org_key.startswith(filer_key + "-") or filer_key.startswith(org_key + "-"):
        return True
    initials = "".join(word[0] for word in strip_legal_suffix(filer).split() if word[:1].isalpha())
    return len(initials) > 1 and org.strip() == initials.upper()


def _ocr_folded(key: str) -> str:
    """``key`` with the letters OCR confuses with digits made one: "ce1ldex" and "celldex" fold alike."""
    return key.translate(_OCR_FOLD)


def _join(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return min(a[0], b[0]), max(a[1], b[1])


def _clean_title(raw: str) -> str:
    title = collapse_spaces(raw).strip(" ,.")
    return title


def _signatures(doc: Document) -> Iterator[_Found]:
    """The 8-K's signature block: ``/s/ Name`` followed within a few lines by the name again and the
    title, on the name's line ("Gregg D. Beloff Chief Financial Officer") or on the lines under it
    ("Gerard G. Gorman" / "Vice President, Finance and" / "Chief Financial Officer"); or ``Name:`` and
    ``Title:`` lines (the title going on under its line while that line ends open)."""
    labelled: set[str] = set()
    for match in _NAME_TITLE_LINES.finditer(doc.text):
        labelled.add(match.group("name"))
        # "Title: Vice President, Finance and" / "Chief Accounting Officer": a title left open at its
        # line's end goes on under it, as an unlabelled signer's does; left open for good, it is unread.
        title_span = _signature_title(doc, match.span("title"))
        if title_span is None:
            continue
        yield _Found(
            match.group("name"),
            match.span("name"),
            _clean_title(doc.text[title_span[0] : title_span[1]]),
            title_span,
            None,
            None,
        )
    for match in _SIGNED.finditer(doc.text):
        name = match.group("name")
        if name in labelled:
            continue  # "By: /s/ Jane Q. Doe" over "Name: Jane Q. Doe" / "Title: …": read above
        signer = _signer(doc, match.end(), name)
        if signer is not None:
            yield signer


def _signer(doc: Document, at: int, name: str) -> _Found | None:
    """The signer ``name`` of the signature line ending at ``at``, with the title printed after the
    name's repetition under it; None when the name is not repeated or no title follows it."""
    repeat = doc.text.find(name, at, at + 400)
    if repeat < 0:
        return None
    name_span = (repeat, repeat + len(name))
    line_no = doc.line_of(repeat)
    line_start, line_end = doc.line_span(line_no)
    rest = doc.text[name_span[1] : line_end]
    if rest.strip(" \t,"):
        title_start = line_end - len(rest.lstrip(" \t,"))
        caption = _TITLE_CAPTION.match(doc.text, title_start, line_end)
        if caption is not None:
            title_start = caption.end()  # "Jane Q. Doe Title: Chief …": the caption is no part of it
        title = doc.text[title_start:line_end].strip(" \t,")
        if not title:
            return None
        first: tuple[int, int] | None = (title_start, title_start + len(title))
    elif doc.text[line_start:repeat].strip():
        return None  # "Name: Jane Q. Doe": a labelled line, whose title is labelled too
    else:
        first = _signature_line(doc, line_no + 1)
    if first is None:
        return None
    title_span = _signature_title(doc, first)
    if title_span is None or not _TITLE_WORD_RE.search(doc.text[title_span[0] : title_span[1]]):
        return None
    return _Found(
        name, name_span, _clean_title(doc.text[title_span[0] : title_span[1]]), title_span, None, None
    )


def _signature_title(doc: Document, first: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a signer's title from its first line's span ``first``: the lines under it belong to
    the title while each line before ends open ("Senior Vice President, Finance and", "…, and Chief
    Financial"), as the last line of a title never does ("Chief Financial Officer"), or the line under
    it opens with "and" ("Senior Vice President, Finance" / "and Chief Financial Officer"). None when the
    title is left open (its next line is no title's: "Exhibit 99.1")."""
    start, end = first
    for _ in range(_SIGNATURE_TITLE_LINES):
        below = _signature_line(doc, doc.line_of(end) + 1)
        if not _ends_open(doc.text[start:end]) and not (
            below and _opens_with_and(doc.text[below[0] : below[1]])
        ):
            return start, start + len(doc.text[start:end].rstrip(" ,."))
        if below is None:
            return None
        end = below[1]
    return None


def _opens_with_and(line: str) -> bool:
    """Whether a line goes on the title above it: "Senior Vice President, Finance" over "and Chief
    Financial Officer"."""
    return line.startswith(("and ", "& "))


def _ends_open(line: str) -> bool:
    """Whether a line of a title goes on on the next: it ends in "and", ",", "&", "of" or a word no
    title ends with ("Chief Financial")."""
    return line.endswith(_TITLE_GOES_ON) or line.rsplit(None, 1)[-1] in _TITLE_OPEN_WORDS


def _signature_line(doc: Document, line_no: int) -> tuple[int, int] | None:
    """The span of line ``line_no`` without its indent and trailing blanks, when it reads as a line of a
    title (words, commas, "&", brackets: no figure, colon or signature); None otherwise."""
    if line_no > len(doc.line_starts):
        return None
    start, end = doc.line_span(line_no)
    line = doc.text[start:end]
    text = line.strip()
    if not _SIGNATURE_TITLE_TEXT.fullmatch(text):
        return None
    at = start + len(line) - len(line.lstrip())
    return at, at + len(text)


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


#: Where a paragraph or a list item ends inside an attribution run: a blank line, or a line opening with
#: a bullet ("- Professor Ian Pembury stepped down …", "--  In July, …"). Bullets of highlights print no
#: period, so without this a title would run from one item into the next.
_PIECE_BREAK = cached_compile(
    r"[ \t]*\n(?:[ \t]*\n)+\s*|[ \t]*\n[ \t]*(?:-{1,2}|\u2013|\u2014|\u2022|\*)[ \t]+"
)


def _sentence_pieces(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of the attribution run ``text[start:end]``, each without its closing period: a
    title stops at the end of its sentence, and the next sentence may open with another attribution.
    A paragraph or a list item ends a sentence too, printed with a period or not (``_PIECE_BREAK``)."""
    for block_start, block_end in _blocks(doc, start, end):
        for sentence_end in _SENTENCE_END.finditer(doc.text, block_start, block_end):
            yield block_start, sentence_end.start() - 1
            block_start = sentence_end.end()
        yield block_start, block_end


def _blocks(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraphs and list items of ``text[start:end]`` (see ``_PIECE_BREAK``)."""
    for piece_break in _PIECE_BREAK.finditer(doc.text, start, end):
        yield start, piece_break.start()
        start = piece_break.end()
    yield start, end


#: The words a title printed before its holder's name is made of ("Chief Medical Officer Rebecca A.
#: Lindgren said"): the words of officers' titles alone, joined by blanks or "and", ending with the
#: word a title ends with. No company, comma or "of" is read in it: "Amgen Chief Medical Officer …" or
#: "Vice President, Research …" are not read so.
_LEADING_TITLE = (
    r"(?P<title>(?:(?:"
    + "|".join(sorted(_TITLE_VOCABULARY - {"Board", "Directors"}))
    + r")[ \t\n]+(?:and[ \t\n]+)?)*(?:Officer|President|Chairman|Chairwoman|Controller|Treasurer|Counsel))"
)
#: "Chief Medical Officer Rebecca A. Lindgren, M.D. said …", the title opening its sentence (or
#: following the closing quote and comma of a quote): read with ``match`` at a sentence's start only,
#: as a word before the title may name another company ("Amgen Chief Medical Officer …") or say the
#: title is no longer held ("former Chief Financial Officer …").
_TITLE_NAME_SAID = cached_compile(
    rf"[\s,]*{_LEADING_TITLE}[ \t\n]+(?P<name>(?:{_INITIAL})?{_ANY_PERSON}){_DEGREE},?\s+{_SPEECH}\b"
)
#: "…," commented Chief Financial Officer Angela M. Ruiz.": the title right after the speech verb, the
#: name closing the sentence or followed by a comma or a quote.
_SAID_TITLE_NAME = cached_compile(
    rf"\b{_SPEECH}\s+{_LEADING_TITLE}[ \t\n]+(?P<name>(?:{_INITIAL})?{_ANY_PERSON}){_DEGREE}"
    r"(?=[.,\"\u201d]|\s*$)"
)


def _quote_attributions(doc: Document) -> Iterator[_Found]:
    """Quote attributions in the release: "Name, degrees, Title, said", "said Name, degrees, Title",
    "Title Name said" opening a sentence and "said Title Name"."""
    filer = filer_name(doc)
    pieces = [piece for start, end in _attribution_runs(doc) for piece in _sentence_pieces(doc, start, end)]
    # One character past a piece: the patterns end by looking at the character after the match (the
    # period a sentence piece leaves out, or the character that ends a run).
    matches = itertools.chain(
        (
            match
            for pattern in (_QUOTE_AFTER, _QUOTE_BEFORE, _SAID_TITLE_NAME)
            for start, end in pieces
            for match in pattern.finditer(doc.text, start, end + 1)
        ),
        (match for start, end in pieces if (match := _TITLE_NAME_SAID.match(doc.text, start, end + 1))),
    )
    for match in matches:
        # "… Global Clinical Vice President, Oncology …": the words of a title are no person's name.
        if set(match.group("name").split()) & _NOT_NAME_WORDS:
            continue
        title_raw = match.group("title")
        title = _clean_title(title_raw)
        # "ImmunoGen Chairman and CEO": the company name in front of a title is not part of it.
        if filer:
            short = strip_legal_suffix(filer)
            if title.startswith(short + " "):
                title = title[len(short) + 1 :]
        start = match.start("title") + title_raw.index(title.split()[0])
        yield _Found(match.group("name"), match.span("name"), title, (start, start + len(title)), None, None)


#: The heading of the list of the filer's officers taking part in a results call, in the transcript of
#: its slides ("Participants", "Company Participants"). Analysts' lists ("Conference Call
#: Participants") and speakers' lists (investigators of other institutions) are not read.
_PARTICIPANTS = cached_compile(
    r"^[ \t]*(?:(?:Company|Corporate|Management)[ \t]+)?Participants:?[ \t]*$", re.MULTILINE | re.IGNORECASE
)
#: One line of that list: "Anders P. Holmqvist, M.D., Ph.D. - President and Chief Executive Officer",
#: the name and the title parted by a dash, the title of words, commas and "&" alone.
_PARTICIPANT_LINE = cached_compile(
    rf"[ \t]*(?P<name>(?:{_INITIAL})?{_PERSON}){_DEGREE}[ \t]+(?:-{{1,2}}|\u2013|\u2014)[ \t]+"
    r"(?P<title>[A-Z][A-Za-z&,' ]*[A-Za-z])[ \t]*"
)


def _participants(doc: Document) -> Iterator[_Found]:
    """The officers a transcript of a call's slides lists under "Participants", one a line, "Name,
    degrees - Title" ("Erik J. van der Berg, Ph.D. - Senior Vice President, Research"). The list ends at
    its first line not so made (a blank line, the next slide's number); a title naming another company
    is placed there (``_place_employer``)."""
    for heading in _PARTICIPANTS.finditer(doc.text):
        line_no = doc.line_of(heading.start()) + 1
        while line_no <= len(doc.line_starts):
            start, end = doc.line_span(line_no)
            entry = _PARTICIPANT_LINE.fullmatch(doc.text, start, end)
            if entry is None or not _TITLE_WORD_RE.search(entry.group("title")):
                break
            yield _Found(
                entry.group("name"), entry.span("name"), entry.group("title"), entry.span("title"), None, None
            )
            line_no += 1


def _management(doc: Document) -> Iterator[_Found]:
    """News of the filer's management in the release, where the wording states the title held now:
    "X, M.D., joins the Company as Chief Development Officer", "X joined <filer> in October as …", "X
    has been promoted to Chief Operating Officer", "X is Chairman of the Board." (opening its sentence
    or after "<filer> announced that"), "<filer> appointed X as …", "X, our Chief Medical Officer, will
    present …", and the officers the "About" paragraph lists (see ``_officers_listed``). Past and
    future titles ("former", "was previously", "will join … on January 2", "joined … in 1998 as") and
    titles that run on in small words ("as a director") or hold no title's word ("as Professor of
    Medicine") are not read."""
    filer = filer_name(doc)
    if filer is None:
        return
    seen: set[tuple[int, int]] = set()
    for words, pattern in _MANAGEMENT_PATTERNS:
        for window in _windows(_whole_words(doc, words), len(doc.text)):
            for match in pattern.finditer(doc.text, *window):
                if match.span("name") in seen or not _TITLE_WORD_RE.search(match.group("title")):
                    continue
                if (
                    not _news_name(doc, match)
                    or not _news_of_filer(doc, match, filer)
                    or not _recent(doc, match)
                ):
                    continue
                seen.add(match.span("name"))
                title = _clean_title(match.group("title"))
                yield _Found(match.group("name"), match.span("name"), title, match.span("title"), None, None)
    for found in [*_officers_listed(doc, filer), *_call_hosts(doc), *_participants(doc)]:
        if found.name_span not in seen:
            seen.add(found.name_span)
            yield found


def _call_hosts(doc: Document) -> Iterator[_Found]:
    """The officers a sentence names as those who will host or review the results call: "Margaret A.
    Lindqvist, Senior Vice President and Chief Financial Officer, will review the results", "Clay B.
    Siegall, Ph.D., President and Chief Executive Officer, and Todd E. Simpson, Chief Financial
    Officer, will host the call". The sentence opens with the first name and is made of nothing but
    "Name, degrees, Title" entries joined by "and" or commas up to "will host" (see ``_host_chain``),
    perhaps after an officer named again by surname alone ("Dr. Morrow and …", ``_NAMED_BEFORE``)."""
    if "hosted" in doc.folded:
        yield from _hosted_by(doc)
    if "will" not in doc.folded:
        return
    text = doc.text
    for will in _WILL_HOST.finditer(text):
        if will.group("on_call") is not None and not _on_the_call(text, will):
            continue
        for start in _sentence_starts(text, max(0, will.start() - _HOST_REACH), will.start()):
            chain = _host_chain(doc, start, will.start())
            lead = _NAMED_BEFORE.match(text, start, will.start()) if not chain else None
            if lead is not None:
                # "Dr. Morrow and Michael J. Haller, Senior Vice President, …, will host the call": an
                # officer the release named before, by surname alone, then the entries read as ever.
                chain = _host_chain(doc, lead.end(), will.start())
            if chain:
                yield from chain
                break


def _hosted_by(doc: Document) -> Iterator[_Found]:
    """The officers a sentence names after "hosted by" in a sentence about the call: "The call will be
    hosted by James A. Bianco, M.D., President and Chief Executive Officer, and Louis A. Bianco,
    Executive Vice President, Finance and Administration." The officers run to the end of the
    sentence, made of nothing but "Name, degrees, Title" entries (``_host_chain``); each period there
    (an initial's, a degree's) is tried as its end."""
    text = doc.text
    for hosted in _HOSTED_BY.finditer(text):
        sentence = max(text.rfind(". ", 0, hosted.start()), text.rfind("\n\n", 0, hosted.start()), 0)
        if _CALL.search(text, sentence, hosted.start()) is None:
            continue  # "… hosted by the Company" of a meeting or a dinner: no officers on the call
        for period in _PERIOD.finditer(text, hosted.end(), min(len(text), hosted.end() + _HOST_REACH)):
            chain = _host_chain(doc, hosted.end(), period.start())
            if chain:
                yield from chain
                break


def _on_the_call(text: str, will: re.Match[str]) -> bool:
    """Whether the officers "will join … on the call" or "will participate" on the results call: the
    paragraph of ``will`` (from the blank line before it to the end of its sentence) names a call."""
    start = text.rfind("\n\n", max(0, will.start() - _HOST_REACH), will.start())
    end = text.find(".", will.end())
    low = start if start >= 0 else max(0, will.start() - _HOST_REACH)
    return _CALL.search(text, low, end if end >= 0 else len(text)) is not None


def _sentence_starts(text: str, low: int, high: int) -> list[int]:
    """Where a sentence may open between ``low`` and ``high``, first to last: a capital after a stop and
    a blank, or at the start of a line after a blank line or a line that ends a sentence."""
    return [at for at in range(low, high) if text[at].isupper() and _opens_sentence(text, at)]


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the capital at ``at`` opens a sentence (see ``_sentence_starts``)."""
    before = text[max(0, at - 300) : at].rstrip(" \t")
    if not before:
        return True
    if before.endswith("\n"):
        previous = before[:-1].rstrip(" \t")
        return not previous or previous.endswith(("\n", ".", "!", "?", ":", '"', "\u201d"))
    return before.endswith((".", "!", "?", '"', "\u201d")) and at > 0 and text[at - 1] in " \t"


def _host_chain(
    doc: Document, at: int, end: int, separator: re.Pattern[str] | None = None
) -> list[_Found] | None:
    """The officers of ``text[at:end]`` when it is wholly "Name, degrees, Title" entries joined by
    ``_HOST_SEPARATOR`` (by ``_HOST_SEMICOLON`` alone where the sentence holds a semicolon), each title
    capitalised words holding a title's word (``_CAPS_TITLE``), each name no title's or heading's
    words; None otherwise. A title may end at any separator that the next entry's name follows
    ("President, Jane Doe, Chief …"): each is tried, the first whole reading kept."""
    name = _HOST_NAME.match(doc.text, at, end)
    if name is None or not _host_name(doc, name):
        return None
    if separator is None:
        # A sentence that parts its officers with semicolons parts them with nothing else.
        separator = _HOST_SEMICOLON if ";" in doc.text[at:end] else _HOST_SEPARATOR
    title_start = name.end()
    cuts = [(m.start(), m.end()) for m in separator.finditer(doc.text, title_start, end)]
    ends: list[tuple[int, int | None]] = [*cuts, (end, None)]
    for title_end, next_at in ends:
        title = doc.text[title_start:title_end]
        if not _host_title(title) or not _TITLE_WORD_RE.search(title):
            continue
        if _holds_officer(doc, title_start, title_end):
            # "Michael Brennan, Chairman, Rachel Okafor, Chief Medical Officer; and …": no title holds
            # a person's name, and where the separators do not part the officers at it (a semicolon
            # list with a comma between two of them), where they are parted is unsure.
            return None
        rest: list[_Found] | None = [] if next_at is None else _host_chain(doc, next_at, end, separator)
        if rest is None:
            continue
        found = _Found(
            name.group("name"), name.span("name"), _clean_title(title), (title_start, title_end), None, None
        )
        return [found, *rest]
    return None


def _holds_officer(doc: Document, start: int, end: int) -> bool:
    """Whether the title ``text[start:end]`` read for a call host holds another officer's "Name, Title"
    after one of its commas ("Chairman, Rachel Okafor, Chief Medical Officer"): a name (no title's,
    department's or heading's words, ``_host_name``) and a comma, then a title's opening word."""
    for comma in re.finditer(r",\s+", doc.text[start:end]):
        name = _HOST_NAME.match(doc.text, start + comma.end(), end)
        if name is None or not _host_name(doc, name):
            continue
        rest = doc.text[name.end() : end].split()
        if rest and _opens_title(rest[0]):
            return True
    return False


def _host_title(title: str) -> bool:
    """Whether an officer's title in a call sentence is capitalised words (``_CAPS_TITLE``), perhaps
    with a serial comma before its last part ("Executive Vice President, Global Research and
    Development, and Chief Scientific Officer"). The part after ", and" opens with a title's word
    ("Chief", "Senior", "President"): "President, and John Smith, …" names the next officer."""
    parts = _SERIAL_AND.split(title)
    if not all(_CAPS_TITLE_RE.fullmatch(part) for part in parts):
        return False
    return all(_opens_title(part) for part in parts[1:])


def _opens_title(part: str) -> bool:
    """Whether a part of a title opens with a title's word or a word no title ends with ("Chief",
    "Senior", "Vice")."""
    first = part.split(None, 1)[0]
    return first in _TITLE_OPEN_WORDS or bool(_TITLE_WORD_RE.fullmatch(first))


def _host_name(doc: Document, match: re.Match[str]) -> bool:
    """Whether a name read before a title is a person's: no title's word ("Chief Executive Officer" is
    shaped like a name), and a whole name (``_news_name``)."""
    return not _TITLE_WORD_RE.search(match.group("name")) and _news_name(doc, match)


def _recent(doc: Document, match: re.Match[str]) -> bool:
    """Whether the month management news names with its year ("joined ImmunoGen in July 2005 as …") is
    one of the twelve before the release's date of report, so that the title it joined with is the
    one held now (one joined with years before may have changed since). News naming no year is recent;
    a release without a date of report leaves a year's month unplaced (not recent)."""
    year = match.groupdict().get("year")
    if year is None:
        return True
    report = _report_date(doc)
    if report is None:
        return False
    month = MONTHS[match.group("month").lower()]
    months_before = (report.year - int(year)) * 12 + report.month - month
    return 0 <= months_before < 12


def _report_date(doc: Document) -> dt.date | None:
    """The release's date of report, as the filing-metadata extractor reads it (computed once)."""

    def read(doc: Document) -> dt.date | None:
        info = next((fact for fact in metadata_facts(doc) if isinstance(fact, FilingInfo)), None)
        return info.report_date if info else None

    return doc.derived((NAME, "report date"), read)


def _officers_listed(doc: Document, filer: str) -> Iterator[_Found]:
    """The officers a sentence lists: "Its executive officers include John M. Lambert, Ph.D., Executive
    Vice President and Chief Scientific Officer, and Charles Q. Morris, M.B. Ch.B., Executive Vice
    President and Chief Development Officer." Whose officers they are: "our", "the Company's", the
    filer's name, or "Its" in the paragraph about the filer (the one opening with its name). Each entry
    is "Name, degrees, Title", the entries parted by ", and", "," or ";"; the list is read up to the
    first entry that is not of that shape."""
    if "include" not in doc.folded or _OFFICERS_INCLUDE_END.search(doc.text) is None:
        return
    for lead in _OFFICERS_INCLUDE.finditer(doc.text):
        if not _officers_of_filer(doc, lead, filer):
            continue
        at: int | None = lead.end()
        while at is not None:
            entry = _OFFICER_ENTRY.match(doc.text, at)
            if entry is None or not _news_name(doc, entry):
                break
            title_span, at = _entry_title(doc, entry)
            title = doc.text[title_span[0] : title_span[1]]
            if not _TITLE_WORD_RE.search(title):
                break
            yield _Found(entry.group("name"), entry.span("name"), _clean_title(title), title_span, None, None)


def _entry_title(doc: Document, entry: re.Match[str]) -> tuple[tuple[int, int], int | None]:
    """The span of an officer list entry's title and where the next entry starts (None after the last).
    The title's capitalised words may run on into the next entry where a bare comma parts them ("…,
    Chief Scientific Officer, Jane Doe, M.D., …"): the title ends before that entry's name."""
    start, end = entry.span("title")
    for comma in re.finditer(r",\s+", doc.text[start:end]):
        following = _OFFICER_ENTRY.match(doc.text, start + comma.end())
        if following is not None and _news_name(doc, following):
            return (start, start + comma.start()), start + comma.end()
    return (start, end), entry.end() if entry.group("next") else None


def _officers_of_filer(doc: Document, lead: re.Match[str], filer: str) -> bool:
    """Whether the officers ``lead`` introduces are the filer's: "our", "the Company's", the filer's
    name, or "Its" in a paragraph that opens with the filer's name (the "About" paragraph)."""
    owner = lead.group("owner")
    if owner is not None:
        # The owner's capitalised words may run back into a heading over the sentence ("Management
        # Team" / "" / "Ashgrove's management team …"): its last words alone may be the filer's name.
        words = owner.split()
        return collapse_spaces(owner).lower() == "the company" or any(
            _names_filer(" ".join(words[first:]), filer) for first in range(len(words))
        )
    return lead.group("who").lower() == "our" or _in_filers_paragraph(doc, lead.start(), filer)


def _in_filers_paragraph(doc: Document, at: int, filer: str) -> bool:
    """Whether offset ``at`` is in a paragraph that opens with the filer's name, full or short
    ("ImmunoGen, Inc. develops …", "XOMA discovers …"): the paragraph about the filer."""
    starts = doc.derived((NAME, "paragraphs"), _paragraph_starts)
    start = starts[bisect.bisect_right(starts, at) - 1]
    start += len(doc.text[start : start + 200]) - len(doc.text[start : start + 200].lstrip())
    for name in (filer, strip_legal_suffix(filer)):
        end = start + len(name)
        if doc.text[start:end].lower() == name.lower() and not doc.text[end : end + 1].isalnum():
            return True
    return False


def _paragraph_starts(doc: Document) -> list[int]:
    """Where the filing's paragraphs start: its start, and after each blank line."""
    return [0, *(blank.end() for blank in re.finditer(r"\n[ \t]*\n", doc.text))]


def _whole_words(doc: Document, words: tuple[str, ...]) -> list[int]:
    """Where ``words`` stand as words of their own ("our", not the end of "four"); "our" and "the
    company's" only after a comma, as in "X, our Chief Medical Officer"; "is" (in most sentences) only
    before a capital, as in "X is Chairman of the Board": the places worth a pattern."""
    text = doc.text
    places = []
    for at in doc.word_places(words, any_case=False).starts:
        if text[at - 1 : at].isalnum() or not text[at - 1 : at]:
            continue
        word = next(w for w in words if text.startswith(w, at))
        after = at + len(word)
        if text[after : after + 1].isalnum():
            continue
        if word in _AFTER_A_COMMA and not text[max(0, at - 12) : at].rstrip().endswith((",", ", the")):
            continue
        if word == "is" and not text[after : after + 3].lstrip()[:1].isupper():
            continue
        places.append(at)
    return places


def _windows(anchors: list[int], size: int) -> Iterator[tuple[int, int]]:
    """The stretches of text within ``_MANAGEMENT_REACH`` of the words ``anchors`` (sorted), joined where
    they overlap: a match holds one of the words, so none starts before its stretch (the pattern is
    tried once per stretch, not once per word)."""
    start = end = -1
    for anchor in anchors:
        low, high = max(0, anchor - _MANAGEMENT_REACH), min(size, anchor + _MANAGEMENT_REACH)
        if low > end:
            if end > start:
                yield start, end
            start = low
        end = max(end, high)
    if end > start:
        yield start, end


def _news_name(doc: Document, match: re.Match[str]) -> bool:
    """Whether the name of management news ``match`` is a whole name: no capitalised word just before
    it ("In October Jane Doe joined …" is no "October Jane Doe") and no word of a heading or a date."""
    name = match.group("name")
    words = name.split()
    if set(words) & _NOT_NAME_WORDS or _heading_shaped(name) or words[0].lower() in MONTHS:
        return False
    before = doc.text[max(0, match.start() - 40) : match.start()]
    return re.search(r"(?<![\w.])[A-Z][\w'-]*[ \t]+$", before) is None


def _news_of_filer(doc: Document, match: re.Match[str], filer: str) -> bool:
    """Whether the management news ``match`` is the filer's: the company the person joins or that
    appoints them is the filer ("the Company", its name) or "our"; news without one ("X has been
    promoted to …") opens its sentence or follows "<filer> announced that"; "X is Chairman of the
    Board." names no company either, and is read only in the paragraph about the filer (a partner's
    "About" paragraph names its own officers so)."""
    groups = match.groupdict()
    if groups.get("our"):
        return True
    if groups.get("present") and not _in_filers_paragraph(doc, match.start(), filer):
        return False
    who = groups.get("who")
    if who is not None:
        return collapse_spaces(who).lower() == "the company" or _names_filer(who, filer)
    before = doc.text[max(0, match.start() - _MANAGEMENT_REACH) : match.start()]
    if not before.strip() or before.rstrip(" \t").endswith(("\n", ".")):
        return True
    announcer = _ANNOUNCED_THAT.search(before)
    if announcer is None:
        return False
    return collapse_spaces(announcer.group("who")).lower() == "the company" or _names_filer(
        announcer.group("who"), filer
    )


@dataclass(frozen=True)
class _View(Document):
    """The filing's text with some characters changed, offset for offset: a column of a contacts block
    printed side by side (the block's other columns blanked), or the filing with title words OCR
    damaged mended. Every line stays where it was, so the filing's line index (passed in) serves;
    building it again for each view would cost a pass over the filing."""

    def __post_init__(self) -> None:
        pass  # the line index is the filing's; the lines are split when asked for

    @property
    def lines(self) -> list[str]:
        """The view's text split into lines (the filing's lines as changed)."""
        return self.text.split("\n")


@dataclass(frozen=True)
class _Row:
    """A line of a contacts block, or the part of one after a semicolon that opens another contact
    ("…, thaugeto@arraybiopharma.com; R. Michael Carruthers, Chief Financial Officer, …")."""

    start: int
    end: int
    after_semicolon: bool = False


def _contacts(doc: Document) -> Iterator[_Found]:
    """The "Contacts:" block: a role line or "(Investors)"/"(Media)", a name, its title (one line, or
    more when a line ends in "and"/"," or the next opens with "and"), the employer's name on its own
    line (under the title or between the name and the title), a phone line. Contacts printed side by
    side (tab-parted or space-aligned columns) are read column by column. A heading on its own line
    that names whose contacts follow ("Company and Investor Contact:", "Media Contact:") gives the
    contacts under it that role, as a role line ("Media:") does."""
    filer = filer_name(doc)
    for view, first_line, inline_start, role in _contact_blocks(doc):
        rows = _rows(view, first_line, inline_start)
        column = view if view is not doc else None
        firm = _column_company(view, first_line, filer) if column is not None else None
        found = _block_contacts(view, rows, inline_start is not None, filer, column, role)
        # A joint release's contacts printed in a column per company, each headed by its company:
        # every contact of the column works for that company, unless their own lines name another.
        yield from (
            replace(person, employer=firm[0], employer_span=firm[1])
            if firm is not None and person.employer is None
            else person
            for person in found
        )


def _contact_blocks(doc: Document) -> Iterator[tuple[Document, int, int | None, str | None]]:
    """Each contacts block: the text to read it in (the filing, or one column of it), its first line,
    where its text starts when the heading is on that line ("Contact: Laura S. Choi, …"), and the role
    a heading on its own line gives the contacts under it (``_role_of``)."""
    if not any(
        word in doc.folded
        for word in ("contact", "information", "investor", "media", "enquiries", "inquiries")
    ):
        return
    heads: list[tuple[int, int | None, str | None]] = [
        (doc.line_of(head.end()) + 1, None, _role_of(head.group())) for head in _CONTACTS.finditer(doc.text)
    ]
    heads += [(doc.line_of(head.start()), head.end(), None) for head in _CONTACTS_INLINE.finditer(doc.text)]
    filer = filer_name(doc)
    if filer is not None:
        # "ISIS CONTACT:": a heading naming the filer, over the filer's contacts.
        heads += [
            (doc.line_of(head.end()) + 1, None, None)
            for head in _NAMED_CONTACTS.finditer(doc.text)
            if not _CONTACTS.match(head.group()) and _names_filer(head.group("who"), filer)
        ]
    for first_line, inline_start, role in sorted(heads, key=lambda head: (head[0], head[1] or 0)):
        views = _column_views(doc, first_line)
        if not views:
            yield doc, first_line, inline_start, role
            continue
        for view in views:
            heading = None
            if inline_start is not None:
                heading = _CONTACTS_INLINE.match(view.text, view.line_span(first_line)[0])
            yield view, first_line, heading.end() if heading else None, role


def _column_views(doc: Document, first_line: int) -> list[Document]:
    """The columns of a contacts block printed side by side ("Investors:<tab>Media:" over "Carol
    Hausner<tab>Tony Loke", table cells "Investor Contact: …<tab>Media Contact: …", or plain text aligned
    with spaces: "Clay B. Siegall, Ph.D.      Todd E. Simpson" over "President and Chief Executive
    Officer   Chief Financial Officer"), each as the filing's text with the block's other columns
    blanked: the same offsets, so evidence cites the filing. A block is in columns when the first line
    of its paragraph parts into cells (by tabs, else by runs of two blanks or more) and each cell opens a
    column: a role ("Media:"), a contact heading or a name alone; none otherwise. Columns aligned with
    spaces are cut on every line where the first line's cells start (see ``_aligned_cells``)."""
    lines = _block_paragraph(doc, first_line)
    if not lines:
        return []
    heads = _cells(doc, lines[0])
    cells_of: Callable[[int], list[tuple[int, int]]] = functools.partial(_cells, doc)
    if not _opens_columns(doc, heads):
        heads = _spaced_cells(doc, lines[0])
        if not _opens_columns(doc, heads):
            return []
        first_start = doc.line_span(lines[0])[0]
        offsets = [start - first_start for start, _ in heads]
        cells_of = functools.partial(_aligned_cells, doc, offsets=offsets)
    if _headings_alone(doc, lines, heads):
        return []
    views: list[Document] = []
    for column in range(len(heads)):
        pieces, at = [], 0
        for line_no in lines:
            line_start, line_end = doc.line_span(line_no)
            cells = cells_of(line_no)
            keep = cells[column] if column < len(cells) else (line_start, line_start)
            pieces += [doc.text[at:line_start], " " * (keep[0] - line_start), doc.text[keep[0] : keep[1]]]
            pieces.append(" " * (line_end - keep[1]))
            at = line_end
        pieces.append(doc.text[at:])
        views.append(_View(doc.name, "".join(pieces), doc.sha256, doc.encoding, doc.is_html, doc.line_starts))
    return views


def _headings_alone(doc: Document, lines: list[int], heads: list[tuple[int, int]]) -> bool:
    """Whether the block's first paragraph is a row of role headings alone ("Investors<tab>Media")
    with no contact beside another under it: a table whose cells hold their lines parted by line
    breaks is printed heading row first, then each cell's contact as a paragraph of its own, one under
    the other. Which heading is whose is then not printed: the block is read as one column, and the
    row, naming both roles, gives its contacts none."""
    cells = [doc.text[start:end] for start, end in heads]
    return len(lines) == 1 and all(
        cell.lower().rstrip(":") in _ROLE_WORDS or _CONTACTS.fullmatch(cell) for cell in cells
    )


def _opens_columns(doc: Document, heads: list[tuple[int, int]]) -> bool:
    """Whether the cells ``heads`` of a block's first line open two columns or more: each opens one
    (``_opens_column``), or each is a contacts heading alone ("Media Contact:" beside "Investor
    Contact:"; a heading beside a name or a firm, "CONTACT:   Ligand Pharmaceuticals Incorporated", is
    the block's heading with its first line). A heading opening the line before two such cells or more
    ("CONTACT:  Thomas E. Hadley      Jennifer Cook Williams") is the block's, over the columns."""
    if len(heads) < 2:
        return False
    cells = [doc.text[start:end] for start, end in heads]
    if len(cells) > 2 and _CONTACTS.fullmatch(cells[0]):
        # "CONTACT:  Thomas E. Hadley      Jennifer Cook Williams": the block's heading, then a
        # column of contacts under each name beside it (the heading's own column holds nothing).
        cells = cells[1:]
    if all(_CONTACTS.fullmatch(cell) for cell in cells):
        return True
    # "ImmunoGen, Inc."  beside "sanofi-aventis": a joint release's columns, one per company.
    return all(_opens_column(cell) or _heads_company(doc, cell) for cell in cells)


def _heads_company(doc: Document, cell: str) -> bool:
    """Whether a cell opening a column of contacts is a company's name alone: the filer's, one with a
    legal form ("ImmunoGen, Inc."), or one the reference data knows ("sanofi-aventis")."""
    filer = filer_name(doc)
    name = cell.strip().rstrip(" ,:")
    if not name or _TITLE_WORD_RE.search(name) or _PERSON_LINE.fullmatch(name):
        return False
    if filer and _names_filer(name, filer):
        return True
    if _ORG.fullmatch(name):
        return True
    entry = gazetteer().lookup(name)
    return entry is not None and entry.kind == "company"


def _column_company(view: Document, first_line: int, filer: str | None) -> tuple[str, tuple[int, int]] | None:
    """The company other than the filer heading one column of contacts side by side (``view``, the
    other columns blanked), with its span: the first line of the column's block when it is a company's
    name alone (``_heads_company``). None for the filer's column, or one headed by a name or a role."""
    lines = _block_paragraph(view, first_line)
    if not lines:
        return None
    start, end = view.line_span(lines[0])
    text = view.text[start:end]
    name = text.strip().rstrip(" ,:")
    if not name or not _heads_company(view, name) or (filer and _names_filer(name, filer)):
        return None
    at = start + text.index(name)
    return name, (at, at + len(name))


#: A cell of a line aligned with spaces: words parted by single blanks (two or more part the cells).
_SPACED_CELL = cached_compile(r"[^ \t\n]+(?: [^ \t\n]+)*")
#: How many characters left of where a column starts its text may start on a line below and still be
#: that column's: hand-aligned columns are off by a character or two.
_ALIGN_SLACK = 2


def _spaced_cells(doc: Document, line_no: int) -> list[tuple[int, int]]:
    """The spans of the cells of line ``line_no`` parted by two blanks or more (or a tab)."""
    start, end = doc.line_span(line_no)
    return [m.span() for m in _SPACED_CELL.finditer(doc.text, start, end)]


def _aligned_cells(doc: Document, line_no: int, offsets: list[int]) -> list[tuple[int, int]]:
    """The cells of line ``line_no`` of a block whose columns start ``offsets`` characters into their
    lines (the first line's cells): each run of words goes to the column it starts in. A run of words
    that reaches over the start of the next column (the two columns' words parted by one blank) does
    not tell where one column ends: the line gives no column anything (an empty list)."""
    start, end = doc.line_span(line_no)
    cells = [(start, start)] * len(offsets)
    for piece in _SPACED_CELL.finditer(doc.text, start, end):
        at, until = piece.start() - start, piece.end() - start
        column = max((k for k, offset in enumerate(offsets) if offset <= at + _ALIGN_SLACK), default=0)
        if column + 1 < len(offsets) and until > offsets[column + 1]:
            return []
        left, right = cells[column]
        cells[column] = (piece.start(), piece.end()) if left == right else (left, piece.end())
    return cells


def _block_paragraph(doc: Document, first_line: int) -> list[int]:
    """The lines of the block's first paragraph: from its first line that is not blank (within the three
    from ``first_line``) to the line before the next blank one."""
    last = len(doc.line_starts)

    def blank(line_no: int) -> bool:
        start, end = doc.line_span(line_no)
        return not doc.text[start:end].strip()

    line_no = first_line
    while line_no <= min(last, first_line + 2) and blank(line_no):
        line_no += 1
    lines: list[int] = []
    while line_no <= last and not blank(line_no) and len(lines) < _COLUMN_LINES:
        lines.append(line_no)
        line_no += 1
    return lines


def _cells(doc: Document, line_no: int) -> list[tuple[int, int]]:
    """The spans of the tab-parted cells of line ``line_no``, in order and without their blanks; a line
    opening with a tab has an empty first cell (its text is in the second column)."""
    start, end = doc.line_span(line_no)
    bounds = [start, *(at for tab in _TABS.finditer(doc.text, start, end) for at in tab.span()), end]
    cells = []
    for cell_start, cell_end in zip(bounds[::2], bounds[1::2], strict=True):
        text = doc.text[cell_start:cell_end]
        lead = len(text) - len(text.lstrip())
        cells.append((cell_start + lead, cell_start + lead + len(text.strip())))
    return cells


def _opens_column(cell: str) -> bool:
    """Whether a cell opens a column of contacts: a role ("Investors:"), a contact heading ("Media
    Contact: …") or a person's name alone ("Tony Loke"), perhaps with a digit OCR put for a letter
    inside a word ("Jennifer Cook Wil1iams"): such a cell still parts the columns, so that its
    neighbours are read; its own name, damaged, is not (``_CONTACT_NAME`` reads no digit)."""
    if cell.lower().rstrip(":") in _ROLE_WORDS or _CONTACTS_INLINE.match(cell):
        return True
    shape = _OCR_DIGIT.sub(lambda digit: digit.group().translate(_OCR_LETTER), cell)
    return (
        bool(_PERSON_LINE.fullmatch(shape))
        and not _TITLE_WORD_RE.search(shape)
        and not set(shape.split()) & _NOT_NAME_WORDS
    )


#: The small letter each digit OCR prints for one stands for inside a word ("Wil1iams", "C0ok").
_OCR_LETTER = str.maketrans({"1": "l", "0": "o", "5": "s"})


def _rows(doc: Document, first_line: int, inline_start: int | None) -> list[_Row]:
    """The rows of a block: its lines (the first from ``inline_start`` when the heading is on it), each
    parted where a semicolon opens another contact ("…; R. Michael Carruthers, …")."""
    rows = []
    for line_no in range(first_line, min(len(doc.line_starts), first_line + 20) + 1):
        start, end = doc.line_span(line_no)
        if line_no == first_line and inline_start is not None:
            start = inline_start  # the heading's own line: its contact starts after the colon
        cut = start
        for part in _NEXT_CONTACT.finditer(doc.text, start, end):
            rows.append(_Row(cut, part.start(), cut != start))
            cut = part.end()
        rows.append(_Row(cut, end, cut != start))
    return _unspaced(doc, rows)


def _unspaced(doc: Document, rows: list[_Row]) -> list[_Row]:
    """The rows of a block printed double-spaced (a blank line after each of its first lines: "Carol
    Hausner, 781-895-0600" / "" / "Executive Director, Investor Relations …"), without the blank rows
    between two lines: there a blank line parts no contact from the next, and a contact's title or
    firm on the line after the blank one is theirs. Two blank rows in a row still part; a block whose
    first lines are not double-spaced is read as printed."""
    blank = [not doc.text[row.start : row.end].strip() for row in rows]
    first = next((k for k, empty in enumerate(blank) if not empty), len(rows))
    if blank[first : first + _SPACED_LINES * 2 - 1] != [False, True] * (_SPACED_LINES - 1) + [False]:
        return rows
    return [
        row
        for k, row in enumerate(rows)
        if not (blank[k] and 0 < k < len(rows) - 1 and not blank[k - 1] and not blank[k + 1])
    ]


def _block_contacts(
    doc: Document,
    rows: list[_Row],
    inline: bool,
    filer: str | None,
    view: Document | None,
    role: str | None = None,
) -> Iterator[_Found]:
    """The contacts of one block's ``rows``, read in ``doc`` (the filing or a column of it), ``role``
    the one its heading gives them."""
    read_any = False  # whether a contact of this block has been read
    index = 0
    while index < len(rows):
        row = rows[index]
        line = doc.text[row.start : row.end]
        stripped = line.strip()
        if stripped.lower().rstrip(":") in _ROLE_WORDS:
            role = _ROLE_WORDS[stripped.lower().rstrip(":")]
            index += 1
            continue
        if stripped and _CONTACTS.match(stripped):
            # "Media Contact:" on its own line inside the block: the contacts under it are the media's.
            role = _role_of(stripped)
            index += 1
            continue
        name_match = _CONTACT_NAME.match(line)
        if stripped.upper().startswith("FOR IMMEDIATE") or len(stripped) > _CONTACT_LINE_MAX:
            break  # the release starts: a paragraph of prose is no contact line
        if read_any and _is_prose(stripped):
            break  # a wrapped line of the release under the block ("financial results for the …")
        if read_any and _SUBHEADLINE.match(stripped):
            break  # the release's subheadline under the block ("-- Total 2005 Product Sales Increase …")
        if stripped and opens_with_dateline(stripped):
            # "Morris Plains, NJ, May 15, 2006 -- Immunomedics, Inc. …": the release's dateline, after a
            # blank line under the block; a place is no contact's name.
            break
        if index == 0 and inline and name_match is None:
            if filer and stripped and _names_filer(stripped.rstrip(" ,"), filer):
                # "CONTACT:  InterMune, Inc.": the heading names the filer, whose people the lines
                # below are.
                index += 1
                continue
            # "Contact: Lippert/Heilshorn & Associates": the heading names a firm, whose people
            # the lines below are; whose employee each is, this reader does not tell.
            break
        if not stripped or _CONTACT_STOP.match(stripped) or name_match is None:
            index += 1
            continue
        if _stacked_names(doc, rows, index, name_match, filer):
            index += 2  # a firm over its contact or a contact over their firm: neither is read
            continue
        read = _contact(doc, rows, index, name_match, role, filer)
        if read is None:
            index += 1
            continue
        found, probe = read
        if found.employer is None:
            firm = _firm_over(doc, rows, index, filer)
            if firm is not None:
                found = replace(found, employer=firm[0], employer_span=firm[1])
        # A further contact after a semicolon is read only in full, with a title or the firm on their
        # own line ("…; or Media, Rhonda Chiger of Rx Communications, …"): a semicolon parts other
        # lists too.
        if not row.after_semicolon or found.title is not None or _firm_on_row(found, row):
            read_any = True
            yield replace(found, view=view)
        index = probe if probe > index + 1 else index + 1


def _firm_on_row(found: _Found, row: _Row) -> bool:
    """Whether the contact ``found`` has an employer named on their own row ``row``."""
    span = found.employer_span
    return span is not None and row.start <= span[0] < row.end


def _contact(
    doc: Document,
    rows: list[_Row],
    index: int,
    name_match: re.Match[str],
    role: str | None,
    filer: str | None,
) -> tuple[_Found, int] | None:
    """The contact named on row ``index`` (``name_match``), with the row after the lines read for it;
    None when the row is no contact's (a heading or a table's line shaped like a name)."""
    row = rows[index]
    line = doc.text[row.start : row.end]
    name = name_match.group("name")
    if not _person_shaped(name, line.strip(), filer):
        return None
    person_role = _role_of(name_match.group("prefix")) or role
    if name_match.group("role"):
        person_role = _ROLE_WORDS.get(name_match.group("role").strip().lower(), person_role)
    rest = line[name_match.end() :]
    rest_start = row.start + name_match.end()
    run_on = None
    of_firm = _firm_after_of(rest)
    if of_firm is None and not _contact_rest(rest):
        # "Three Months Ended September 30," or "Condensed Statements of Operations": a table's heading
        # under the block, shaped like a name but going on in words no contact line holds; or a table
        # cell whose lines ran together, the title after the name with no comma.
        run_on = _run_on_title(rest, filer)
        if run_on is None:
            return None
    org = _ORG.search(rest) if run_on is None and of_firm is None else None
    # The filer's own name on the contact's line leaves the filer the employer.
    employer_org = None if org and filer and _names_filer(org.group("org"), filer) else org
    employer = employer_org.group("org") if employer_org else None
    employer_span = (
        (rest_start + employer_org.start(), rest_start + employer_org.end()) if employer_org else None
    )
    if of_firm is not None and not (filer and _names_filer(rest[of_firm[0] : of_firm[1]], filer)):
        employer = rest[of_firm[0] : of_firm[1]]
        employer_span = (rest_start + of_firm[0], rest_start + of_firm[1])
    # "Name of Firm, phone" states no title.
    inline = run_on or (None if of_firm is not None else _inline_title(rest, org, filer))
    title_rows = _contact_title_lines(doc, rows, index + 1, filer)
    probe = index + 1 + len(title_rows)
    # The employer's name on the line under the title ("ImmunoGen, Inc."): the filer's name leaves the
    # filer the employer; another firm's (a PR agency) makes it the employer.
    org_line = _contact_org_line(doc, rows, probe, filer)
    if org_line is not None:
        probe += 1
        if employer is None and not (filer and _names_filer(org_line[0], filer)):
            employer, employer_span = org_line
        if not title_rows and inline is None:
            # "Jennifer Ziolkowski" / "Facet Biotech Corporation" / "Senior Director, …": the
            # company's name between the name and the title.
            title_rows = _contact_title_lines(doc, rows, probe, filer)
            probe += len(title_rows)
    title = title_span = None
    if inline is not None:
        title_span = (rest_start + inline[0], rest_start + inline[1])
        title = _clean_title(doc.text[title_span[0] : title_span[1]])
    elif title_rows and _TITLE_WORD_RE.search(" ".join(doc.text[r.start : r.end] for r in title_rows)):
        # "Anne Marsh, Sr." / "Director, Investor Relations": the words after the name's comma open
        # the title below ("Sr. Director, …").
        opening = _title_opening(rest)
        first = rest_start + opening if opening is not None else title_rows[0].start
        title_span = _trimmed(doc, first, title_rows[-1].end)
        title = _clean_title(doc.text[title_span[0] : title_span[1]])
    if title is None and employer is None and probe == index + 1 and _bare_name_row(doc, rows, probe):
        # "Jennifer Beugelmans" / "Noonan Russo Presence": right under a contact's name, with nothing
        # between, a line shaped like a name is the contact's firm or a second person, never told apart:
        # neither is read.
        probe += 1
    name_start = row.start + name_match.start("name")
    found = _Found(
        name, (name_start, name_start + len(name)), title, title_span, employer, employer_span, person_role
    )
    return found, probe


#: The last word of a firm's name printed with no legal form ("Ten Bridge Communications", "The Ruth
#: Group"): a public relations or investor relations agency.
_FIRM_WORDS = frozenset(
    {"Communications", "Group", "Partners", "Associates", "Advisors", "Consulting", "Consultants"}
)


#: The last word of a firm's name that tells a firm and no department: a legal form ("Inc.") or an
#: agency's word ("Group").
_LAST_FIRM_WORD = cached_compile(
    r",?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Corporation|plc|" + "|".join(sorted(_FIRM_WORDS)) + r")\.?$"
)


def _agency(text: str) -> bool:
    """Whether a contact line is a firm's name with no legal form that ends in an agency's word ("Ten
    Bridge Communications", "Cook Williams Communications"), the words before it no department's
    ("Corporate Communications" is one), no comma or title's word in it (a title's line); or a firm
    named "<partners> & Company" ("Berry & Company")."""
    words = text.split()
    if _PARTNERS_COMPANY.fullmatch(text):
        # "Berry & Company": a firm named after its partners; "The Company" is the filer.
        return _firm_like(text) and not _TITLE_WORD_RE.search(text)
    if len(words) < 2 or words[-1] not in _FIRM_WORDS or "," in text or _TITLE_WORD_RE.search(text):
        return False  # "Senior Director, Corporate Communications" is a title
    return _firm_like(_without_firm_words(text))


#: A firm named after its partners with "& Company" ("Berry & Company", "Smith, Jones & Co."): no
#: department is so named.
_PARTNERS_COMPANY = cached_compile(
    rf"[{_UPPER}][\w'-]+(?:,?[ \t]+[{_UPPER}][\w'-]+)*[ \t]+(?:&|and)[ \t]+(?:Company|Co\.)"
)


def _without_firm_words(text: str) -> str:
    """A firm's name without its closing legal forms and agency's words: "Investor Relations Group,
    Inc." → "Investor Relations", which tells a department ("Corporate Communications Group") from a
    firm."""
    while (last := _LAST_FIRM_WORD.search(text)) is not None:
        text = text[: last.start()]
    return text


def _firm_over(
    doc: Document, rows: list[_Row], index: int, filer: str | None
) -> tuple[str, tuple[int, int]] | None:
    """The firm named alone on the row right over contact row ``index`` that opens a group of the block
    (the first row, or one under a blank row, an "or" row or a role heading: "or" / "Pure
    Communications, Inc." / "Dan Budwick, 973-555-6085"; "Media" / "Ten Bridge Communications" /
    "Rachel Ingersoll"), with its span: the contact's employer. The firm is named with a legal form or
    ends in a word of agencies (``_FIRM_WORDS``); the filer's name is no other firm. None otherwise (a
    firm right under another contact's lines is that contact's)."""
    if index >= 2 and _is_role_heading(doc.text[rows[index - 1].start : rows[index - 1].end]):
        # Business Wire's "or" / "Lippert/Heilshorn & Associates, Inc." / "Investors:" / "Jody Cain, …":
        # the firm over the role heading over its contact.
        index -= 1
    if index < 1 or rows[index - 1].after_semicolon:
        return None
    row = rows[index - 1]
    line = doc.text[row.start : row.end]
    text = line.strip().rstrip(" ,")
    if not text or (filer and _names_filer(text, filer)):
        return None
    if not (_ORG.fullmatch(text) or _agency(text) or _agency_incorporated(text)):
        return None
    if not _firm_like(_without_firm_words(text)):
        return None
    if index >= 2:
        printed = doc.text[rows[index - 2].start : rows[index - 2].end].strip()
        above = printed.lower().rstrip(":")
        # A heading is matched as printed: "Investor Relations:" heads contacts by its colon alone.
        if above and above != "or" and above not in _ROLE_WORDS and not _CONTACTS.match(printed):
            return None
    at = row.start + line.index(text)
    return text, (at, at + len(text))


#: A legal form closing a firm's name: ", Inc.", " LLC".
_CLOSING_LEGAL_FORM = cached_compile(r",?[ \t]+(?:Inc|LLC|L\.L\.C|Ltd|Corp)\.?$")


def _agency_incorporated(text: str) -> bool:
    """Whether a contact line is an agency's name (``_agency``) with its legal form: "Lippert/Heilshorn &
    Associates, Inc.", whose "&" no ``_ORG`` name holds."""
    bare = _CLOSING_LEGAL_FORM.sub("", text)
    return bare != text and _agency(bare)


def _is_role_heading(line: str) -> bool:
    """Whether a contact line is a role heading alone ("Investors:", "Media Contact:")."""
    printed = line.strip()
    return bool(printed) and (printed.lower().rstrip(":") in _ROLE_WORDS or bool(_CONTACTS.match(printed)))


def _stacked_names(
    doc: Document, rows: list[_Row], index: int, name_match: re.Match[str], filer: str | None
) -> bool:
    """Whether contact row ``index`` is a name of two words alone ("Burns McClellan") right over a
    row opening with a person's name of two words or with an initial ("Lisa Burns", "Lisa M. Burns,
    Account Director"): a firm named after people over its contact, or a contact over a second one,
    never told apart. Both read as people's names (``_person_shaped``): "Canale Communications" over
    "Carolyn Hawley" is a firm, "Jennifer Beugelmans" over "Noonan Russo Presence" (three words, no
    initial) her firm (``_bare_name_row``)."""
    row = rows[index]
    if row.after_semicolon or name_match.group("prefix") or name_match.group("role"):
        return False
    name = name_match.group("name")
    line = doc.text[row.start : row.end].strip()
    if line != name or len(name.split()) != 2 or "." in name or not _person_shaped(name, line, filer):
        return False
    if index + 1 >= len(rows) or rows[index + 1].after_semicolon:
        return False
    below = doc.text[rows[index + 1].start : rows[index + 1].end].strip()
    person = _CONTACT_NAME.match(below)
    if person is None or person.group("prefix") or not _person_shaped(person.group("name"), below, filer):
        return False
    if not (_bare_name_row(doc, rows, index + 1) or _names_contact(below)):
        return False
    words = person.group("name").split()
    return len(words) == 2 or any(word.endswith(".") for word in words)


def _person_shaped(name: str, line: str, filer: str | None) -> bool:
    """Whether a name read on a contact line may be a person's: no word of a title, a department, a
    firm or a heading ("Canale Communications", "Clinical Programs", "Financial Dynamics"), and the line
    no company's name
    ("Incyte Corporation", the filer's)."""
    return not (
        set(name.split()) & _NOT_NAME_WORDS
        # "Financial Dynamics  Tel: …": a firm named with a word of titles, which no name holds.
        or set(name.split()) & _TITLE_VOCABULARY
        or _heading_shaped(name)
        or _TITLE_WORD_RE.search(name)
        or _contact_org(line, filer)
    )


def _bare_name_row(doc: Document, rows: list[_Row], index: int) -> bool:
    """Whether contact row ``index`` is a name alone (``_PERSON_LINE``, no title's word), not after a
    semicolon."""
    if index >= len(rows) or rows[index].after_semicolon:
        return False
    text = doc.text[rows[index].start : rows[index].end].strip()
    return bool(_PERSON_LINE.fullmatch(text)) and not _TITLE_WORD_RE.search(text)


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span ``start``-``end`` without the blanks at its ends (in a column, the other columns'
    blanked text)."""
    text = doc.text[start:end]
    return start + len(text) - len(text.lstrip()), start + len(text.rstrip())


def _role_of(heading: str | None) -> str | None:
    """The role a contact's heading states: "Investors:", "Company and Investor Contact:" (investor
    contact), "Media Contact:" (media contact); none when it names both or neither."""
    if not heading:
        return None
    words = heading.lower()
    investor, media = "investor" in words, "media" in words
    if investor == media:
        return None
    return "investor contact" if investor else "media contact"


def _heading_shaped(name: str) -> bool:
    """Whether a name-shaped line is a section heading ("Clinical Programs", "Recent Highlights"): every
    word names a function, a department or a part of a release, as no word of a person's name does."""
    return all(word in _DEPARTMENT_WORDS or word in _HEADING_WORDS for word in name.split())


def _is_prose(line: str) -> bool:
    """Whether a line is running text ("financial results for the first quarter ended March 31"): three
    or more words in small letters that are no joining words ("and", "of") and no words of a title or
    a department (a title printed in small letters, "vice president, investor relations", is no prose).
    Addresses count as no words ("ir@immunogen.com", "www.immunogen.com")."""
    small = 0
    for token in line.split():
        word = token.strip(",.;:()\"'\u201c\u201d")
        if not word.isalpha() or not word.islower() or word in _JOINING_WORDS:
            continue
        if word.capitalize() in _DEPARTMENT_WORDS or _TITLE_WORD_RE.fullmatch(word.capitalize()):
            continue
        small += 1
    return small >= 3


def _contact_rest(rest: str) -> bool:
    """Whether what follows a name on a contact line fits a contact: nothing, a comma or a bracket
    ("Carol Hausner, Executive Director …", "Peggy Pinkston (Investors)"), a firm's name or a phone."""
    text = rest.strip()
    if text and not text.strip("-\u2013\u2014 \t"):
        return False  # "Sell-Through Basis --": a headline's last line, the dash closing it
    return (
        not text
        or text[0] in ",(|/\u2013\u2014-"
        or bool(_ORG.match(text))
        or bool(_CONTACT_STOP.match(text))
    )


def _firm_after_of(rest: str) -> tuple[int, int] | None:
    """The firm PR Newswire's trailer names after a contact's name and "of" ("Rhonda Chiger of Rx
    Communications, +1-917-322-2569/"), as offsets into ``rest``: a name with a legal form or an
    agency's (``_agency``), followed by nothing, a comma, a slash or a phone. None otherwise ("Carol
    Hausner of the Company's Investor Relations department")."""
    opening = _OF_FIRM.match(rest)
    if opening is None:
        return None
    after = rest[opening.end() :]
    org = _ORG.match(after)
    if org is not None:
        length = org.end("org")
    else:
        run = _FIRM_RUN.match(after)
        name = run.group()[: run.start("form") if run.group("form") else None].rstrip() if run else ""
        if not name or not _agency(name):
            return None
        length = len(run.group()) if run else 0
    tail = after[length:].strip()
    if tail and tail[0] not in ",/" and not _CONTACT_STOP.match(tail):
        return None
    return opening.end(), opening.end() + length


def _run_on_title(rest: str, filer: str | None) -> tuple[int, int] | None:
    """The title printed after a contact's name with no comma, the filer's name closing it, as a table
    cell's lines run together ("Carol Hausner Executive Director, Investor Relations and Corporate
    Communications ImmunoGen, Inc. 781-895-0600"): offsets into ``rest``. None unless the title opens
    with a title's word, is made of capitalised words and holds a title's word, and nothing but a
    phone or an e-mail follows the filer's name."""
    words = rest.split(None, 1)
    if (
        filer is None
        or not words
        or not (words[0] in _TITLE_OPEN_WORDS or _TITLE_WORD_RE.fullmatch(words[0]))
    ):
        return None
    start = len(rest) - len(rest.lstrip())
    short = strip_legal_suffix(filer)
    for company in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", rest, re.IGNORECASE):
        after = rest[company.end() :]
        legal_form = _LEGAL_FORM_ALONE.match(after)
        after = after[legal_form.end() :] if legal_form else after
        if after.strip() and not _CONTACT_STOP.match(after.strip()):
            continue
        title = rest[start : company.start()].rstrip(" ,")
        if _CAPS_TITLE_RE.fullmatch(title) and _TITLE_WORD_RE.search(title):
            return start, start + len(title)
    return None


#: What may follow a contact's name and a comma to open a title going on on the next line: "Sr.",
#: "Senior", "Executive", "Vice" (words no title ends with).
_TITLE_OPENING = cached_compile(
    r"[ \t]*,[ \t]*(?P<open>(?:Sr\.|[A-Z][a-z]+)(?:[ \t]+(?:Sr\.|[A-Z][a-z]+))*)[ \t]*$"
)


def _title_opening(rest: str) -> int | None:
    """Where the title opens in what follows a contact's name on its line when that is only words a
    title opens with and never ends with ("Anne Marsh, Sr." over "Director, Investor Relations": "Sr."
    is "Senior"): an offset into ``rest``; None otherwise."""
    match = _TITLE_OPENING.match(rest)
    if match is None:
        return None
    words = match.group("open").split()
    if not all(word == "Sr." or word in _TITLE_OPEN_WORDS for word in words):
        return None
    return match.start("open")


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
    if org is not None and end <= org.start() and rest[start:end].endswith(" of"):
        # PR Newswire's "Executive Director, Investor Relations of ImmunoGen, Inc.": "of" joins the
        # title to the firm and is no part of the title.
        end -= len(" of")
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


def _contact_title_lines(doc: Document, rows: list[_Row], first: int, filer: str | None) -> list[_Row]:
    """The rows of a contact's title, from row ``first``: a title ends at its line unless the line ends
    in "and", ",", "&" or "of" ("Executive Director, Investor Relations and / Corporate
    Communications") or the next line opens with "and" ("… Investor Relations / and Corporate
    Communications"). No title line is a phone, e-mail or blank line, a person's name, a company's
    name ("ImmunoGen, Inc." under the title names the employer) or another contact on the same line."""
    lines: list[_Row] = []
    previous = ""
    for row in rows[first:]:
        text = doc.text[row.start : row.end].strip()
        if row.after_semicolon or not text or _CONTACT_STOP.search(text) or _contact_org(text, filer):
            break
        if _role_heading(text):
            break  # "Media Contact:" under an investor contact: the next contacts' heading
        # The next contact's name ends the block's entry; "Account Director" is shaped like a name but
        # holds a title's word, as no name does.
        if not lines and _PERSON_LINE.fullmatch(text) and not _TITLE_WORD_RE.search(text):
            break
        if _names_contact(text):
            break  # "Jane Doe, Chief Financial Officer": the next contact, with a title of her own
        # A line ending in a word no title ends with ("Senior Director, Investor" / "Relations") goes on.
        if lines and not (_ends_open(previous) or text.startswith(("and ", "& "))):
            break
        lines.append(row)
        previous = text
    return lines


def _role_heading(text: str) -> bool:
    """Whether a line of a contacts block is a heading of the contacts under it ("Media Contact:",
    "Investors:", "Media Contact: Tom Wu, …"), never a line of a title."""
    return (
        text.lower().rstrip(":") in _ROLE_WORDS
        or _CONTACTS.match(text) is not None
        or _CONTACTS_INLINE.match(text) is not None
    )


def _names_contact(text: str) -> bool:
    """Whether a line of a contacts block opens with a person's name and a comma before a title ("Jane
    Doe, Chief Financial Officer, …"): a contact of their own, never a line of the title above. The name
    holds no title's, department's or heading's word ("Senior Director, Investor Relations" opens a
    title)."""
    match = _CONTACT_NAME.match(text)
    if match is None or match.group("prefix") or match.group("role"):
        return False
    name, rest = match.group("name"), text[match.end() :]
    if set(name.split()) & _NOT_NAME_WORDS or _heading_shaped(name) or _TITLE_WORD_RE.search(name):
        return False
    if not rest.lstrip().startswith(","):
        return False
    return bool(_TITLE_WORD_RE.search(rest)) or _department_after(rest)


def _department_after(rest: str) -> bool:
    """Whether what follows a contact's name and comma opens with a department alone ("…, Investor
    Relations", "…, Corporate Communications, (858) 550-7896"): up to the next comma, phone or e-mail,
    department words and joining words only."""
    text = rest.lstrip()[1:]
    stop = _CONTACT_STOP.search(text)
    piece = text[: stop.start() if stop else len(text)].split(",", 1)[0]
    words = [word for word in _NAME_PARTS.split(piece) if word]
    if not any(word in _CONTACT_DEPARTMENT_WORDS for word in words):
        return False
    return all(word in _CONTACT_DEPARTMENT_WORDS or word in _JOINING_WORDS for word in words)


def _contact_org_line(
    doc: Document, rows: list[_Row], index: int, filer: str | None
) -> tuple[str, tuple[int, int]] | None:
    """The company named alone on contact row ``index`` ("ImmunoGen, Inc.", "Rx Communications Group,
    LLC"), with its span; None when that row is something else."""
    if index >= len(rows) or rows[index].after_semicolon:
        return None
    row = rows[index]
    line = doc.text[row.start : row.end]
    text = line.strip()
    if not _contact_org(text, filer):
        return None
    at = row.start + line.index(text)
    return text.rstrip(" ,"), (at, at + len(text.rstrip(" ,")))


def _contact_org(text: str, filer: str | None) -> bool:
    """Whether a contact line is a company's name alone: a name with a legal suffix, or the filer's."""
    return (
        bool(_ORG.fullmatch(text))
        or _agency(text.rstrip(" ,"))
        or bool(filer and text and _names_filer(text, filer))
    )


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("Mention", "Relation", "Skipped"),
    run=run,
    reads=("reference",),
)
