"""Find every named compound, target, payload, indication and company in a filing, and merge aliases.

Reads running text sentence by sentence (boilerplate, trademark notices and web addresses excluded).
Names come from the reference gazetteer (longest match) and, for names no list knows yet, from patterns:
code names (``IMGN529``, ``SGN-35``, ``BT-062``, ``CNTO 1275``, ``ISIS 301012``, ``CP-675,206``; never what a
drug acts on: "an antibody to IP-10", nor that target's other name in brackets after it, "IP-10 (CXCL10)",
nor a name the sentence calls a trial's, "BLISS-52 and BLISS-76, the two Phase 3 trials of belimumab",
"PGT303, known as the PIONEER trial", which is a trial's name wherever the filing prints it, unless a
trial is "of" it, "a Phase 3 study of SV-2208, known as the REACH trial"; nor an amount in a currency's code
or a document's, a deposit's or a fee's number, "RMB 500000", "accession number PTA 10234"; nor a date,
"JUNE 30", "JAN UARY 31," as OCR splits a month in a column header, where no code name is printed at
all), antibody-conjugate names (``huN901-DM1``, ``ABC123-DM4``) and INNs (``…mab``,
``… mertansine``, ``… vedotin``); a name printed with a radiolabel ("yttrium-90-labeled epratuzumab") is
that labelled product's. A code-shaped token the gazetteer does not know exactly is tried as an
OCR-damaged spelling (``IMGN9OL``) and kept as a hidden label when exactly one entity fits; a new code
printed with a look-alike letter for a digit of its number (``ARRY-52O``) is the one new code the filing
prints cleanly with that digit (``ARRY-520``), the damaged spelling a hidden label. Names the
filing states are one thing ("A (B)", "A/B", "A, also known as B", "develop A as B") are merged, and so
is a third name an alias statement goes on to ("A, also known as B and previously as C"); when
one side is unknown to the reference the merge is reported as a ``SameAs``; so is each name of a bracketed
list after an INN ("Milatuzumab (hLL1, IMMU-115)", the antigen of "anti-CD74" left out), of a code-like name with a digit alone in brackets
right after an INN ("Labetuzumab (hMN-14)", "Volociximab (M200)"), of a code with a long run of digits
beside a compound's name in brackets ("BAY2010112 (MT112)", then wherever the filing prints it), and a
code printed before its INN in brackets ("CDX-011 (glembatumumab vedotin)"). What a drug acts on ("an
oral HSP90 inhibitor") is no compound, nor is a surname ending in an INN stem ("Anders Gersel
Pedersen", and a capitalised "-rsen" or "-trexate" word with no drug's words around it: "Petersen et
al.", an "Antitrexate" screening library). A brand printed with a registered-trademark sign is a
compound's where the filing prints it as a drug's ("a Phase II trial of Cotara(R)", "RECOTHROM was
approved by the U.S. Food and Drug Administration", "GVAX(R) immunotherapy", no device's word after:
"VIBEX(R) injection pen") or with a drug-shaped generic name in brackets ("RELISTOR® (methylnaltrexone
bromide)"; never a word of English, "(injectable)"). A brand printed with a trademark sign only, which
marks platforms, devices and tools as often ("Probody(TM) therapeutics", "ISCOMATRIX(TM) vaccine
adjuvant"), and a generic with a dosage form ("(glycerin cream)") are a drug's only with a generic bearing
an INN's stem ("FOLOTYN(TM) (pralatrexate injection)"). Never where the filing describes the brand as a
device, a diagnostic, a test or a service ("the Healix(R) wound dressing", "approved … as a companion
diagnostic"). A brand in title case before an
INN in brackets is that INN's when the filing prints it as a drug's ("Dendreon is developing Provenge
(sipuleucel-T)"), never as any capitalised word ("assigned to Standard (paclitaxel)"). Payloads no list
may know are read by their own names ("MMAE", "monomethyl auristatin F").
Companies no list knows are found by their suffix, or by "Company" and their initials in brackets right
after ("Bristol-Myers Squibb Company (BMS)"); a cooperative group ("Children's Oncology Group"), a
descriptor after a colon ("Millennium: The Takeda Oncology Company"), contact-title words before the
filer's name and the filer's name as OCR printed it ("Ce1ldex Therapeutics", "lnvenra Therapeutics,
Inc." on the cover: hidden labels) make no company of their own, nor does a legal or industry suffix
cut from a longer name ("Therapeutics, Inc."). A company's bare name a partnership cue shows to be a
company's ("collaboration with Aventis", "co-developed with Agensys,", "UCB, our licensee for") names
it wherever the filing prints it alone ("Aventis is conducting …").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from kg.corpus import Document
from kg.extractors.filing_metadata import damaged_filer_name, filer_name
from kg.extractors.pipeline.segment import Sentence
from kg.extractors.pipeline.spans import SpanSet
from kg.model import EntityRef, SameAs, Skipped, UnknownEntity
from kg.ocr import compact, is_code_like, skeleton
from kg.pattern_cache import cached_compile
from kg.periods import repair_header
from kg.records import quick_init
from kg.reference import NON_ENTITY, Gazetteer
from kg.text import (
    CURRENCY_CODES,
    INN_STEMS,
    MONTHS,
    WordPlaces,
    collapse_spaces,
    company_key,
    slugify,
    strip_legal_suffix,
)

#: Payload names a conjugate's name can end with (``ABC123-DM4``, ``XYZ-vcMMAE``).
PAYLOAD_SUFFIXES = ("DM1", "DM4", "MMAE", "MMAF", "vcMMAE", "mcMMAF", "SN-38", "PBD", "DXd")
#: Suffixes that print the linker glued to the payload: "vc" (valine-citrulline) MMAE, "mc"
#: (maleimidocaproyl) MMAF. The payload is the drug after the linker.
LINKED_PAYLOADS = {"vcMMAE": "MMAE", "mcMMAF": "MMAF"}
#: Linkers printed between a conjugate's antibody and its payload ("huC242-SPDB-DM4", "h1F6-vc-MMAE"):
#: no part of the antibody's name.
LINKERS = ("sulfo-SPDB", "SPDB", "SPP", "SMCC", "MCC", "val-cit", "vc", "mc")
#: INN stems that name the linker and payload of a conjugate (second word of the INN).
INN_PAYLOAD = {
    "mertansine": "DM1",
    "emtansine": "DM1",
    "ravtansine": "DM4",
    "soravtansine": "DM4",
    "vedotin": "MMAE",
    "mafodotin": "MMAF",
}
_INN_SECOND = (
    "mertansine|emtansine|ravtansine|soravtansine|vedotin|mafodotin|ozogamicin|govitecan|deruxtecan|tesirine|pasudotox"
    # Chelators and tags of radio- and toxin-conjugates: "ibritumomab tiuxetan", "clivatuzumab tetraxetan".
    "|tiuxetan|tetraxetan|pendetide|aritox|sudotox|diftitox|pegol"
    # A polymer a drug is bound to: "paclitaxel poliglumex".
    "|poliglumex"
)
#: The second word after "-mab" in any case: a heading prints "Brentuximab Vedotin (SGN-35) Highlights".
#: A cell therapy's INN may end in a hyphen and a capital: "sipuleucel-T", "remestemcel-L".
_INN = cached_compile(
    rf"(?:(?<![\w-])|(?<=\d[A-Z]-)|(?<=\d[A-Z][a-z]-))(?:ado-)?[A-Za-z][a-z]{{3,}}(?:mab(?:\s+(?i:{_INN_SECOND}))?|(?:{INN_STEMS})(?:(?<=cel)-[A-Z]|\s+(?:{_INN_SECOND}))?|\s+(?:{_INN_SECOND}))(?![\w-])"
)
#: Words ending in an INN stem, never a drug's name: "intercept" ("-cept", a fusion protein's), the
#: cytokine "interleukin" ("-leukin") and the nutrient "betacarotene" ("-rotene").
_NOT_INNS = frozenset({"intercept", "interleukin", "betacarotene"})
#: An INN OCR may have printed with "rn" for "m": "cantuzurnab mertansine", "cantuzumab rnertansine"
#: (a "-mab" word, maybe with the word after it, or any word before a word starting with "rn"). The
#: two words may stand on two lines, the first ending its line ("cantuzumab\nrnertansine").
_RN_INN = cached_compile(
    r"(?<![\w-])[A-Za-z][a-z]{2,}(?:rnab|mab)(?:(?:[ \t]+|[ \t]*\n[ \t]*)[a-z]{5,})?(?![\w-])"
    r"|(?<![\w-])[A-Za-z][a-z]{3,}(?:[ \t]+|[ \t]*\n[ \t]*)rn[a-z]{4,}(?![\w-])"
)
_CONJUGATE = cached_compile(
    r"(?<![\w-])[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-(?:"
    + "|".join(re.escape(p) for p in PAYLOAD_SUFFIXES)
    + r")(?![\w-])"
)
#: What every conjugate name holds (its payload suffix) and every INN ("mab" or a payload stem): a
#: sentence holding none of them cannot name one, and is not searched for them.
_CONJUGATE_WORDS = ("-DM", "MMA", "-SN-38", "-PBD", "-DXd")  # "-DM1", "-DM4", "-MMAE", "-vcMMAE"…
_INN_WORDS = (
    "mab",
    "tansine",
    "dotin",
    "ozogamicin",
    "tecan",
    "tesirine",
    "pasudotox",
    "diftitox",
    *INN_STEMS.split("|"),  # a stem added to the list is searched for
)  # fmt: skip
#: Anything shaped like a code name, OCR damage included (checked further before use). The capital
#: comes first and the look-behind after it ("no word character before the capital"), so the regex
#: engine skips quickly to capitals instead of testing the look-behind everywhere.
_CODE_SHAPED = cached_compile(
    r"[A-Z](?<![\w.@-].)[A-Za-z|]{0,5}(?:-?[0-9][0-9A-Za-z|]{1,7}|-[A-Za-z]{1,4}[0-9|][0-9A-Za-z|]{0,3})(?![\w-])"
)
#: A clean code name: 2-5 capitals, optional hyphen, 2-6 digits, optional letter; or a company prefix,
#: a hyphen and a programme's letters with two or three digits ("ALN-TTR02", "SGN-CD19A"). One digit
#: after letters is a gene's or a protein's name ("PD-L1", "BCR-ABL1"), not a code.
#: With a hyphen, a programme's letters, one digit and a letter ("SGN-LIV1A": the letter after the digit
#: is not a gene's), digits and a payload's or linker's letters ("ASG-5ME", "ASG-22ME", never one letter
#: only: "IGF-1R", "FLT-3L" are receptors and ligands), or digits, a letter, a digit ("AGS-16M8F").
_CODE_CLEAN = cached_compile(
    r"^(?:[A-Z]{2,5}-?\d{2,6}[A-Z]?|[A-Z]{2,5}-[A-Z]{2,4}\d{2,3}[A-Z]?|[A-Z]{2,5}-[A-Z]{2,4}\d[A-Z]"
    r"|[A-Z]{2,5}-\d{1,4}[A-Z]{2,3}|[A-Z]{2,5}-\d{2,3}[A-Z]\d[A-Z]?)$"
)
#: A code name of one capital and three or four digits ("M402", "E7389"): a part number's, a model's or
#: a cell line's shape too, so taken only where the filing describes it as a drug right after it ("M402,
#: a novel heparin-based oncology candidate") or prints it in brackets beside a compound's name.
_ONE_LETTER_CODE = cached_compile(r"^[A-Z]\d{3,4}$")
#: A code name with a longer run of digits than ``_CODE_CLEAN`` takes ("BAY2010112"): taken only where the
#: filing states it a compound's other name, in brackets beside a compound's name.
_WIDE_CODE = cached_compile(r"^[A-Z]{2,5}-?\d{7,8}[A-Z]?$")
#: A code name of letters only, a company's prefix and a programme's letters, maybe a formulation's
#: lower-case letters: "ALN-VSP", "ALN-TTRsc". Taken only with the prefix of a code name with digits
#: the filing prints ("ALN-RSV01"), or with its own description right after it ("ALN-VSP - a
#: systemically delivered RNAi therapeutic"): on its own the shape is any hyphenated capitals ("NON-GAAP").
_LETTER_CODE = cached_compile(r"[A-Z](?<![\w.@-].)[A-Z]{1,4}-[A-Z]{2,4}(?:[a-z]{1,3})?(?![\w-])")
_DESCRIBED_AS_DRUG = cached_compile(
    # The words before the drug's noun qualify it ("an oral small-molecule inhibitor"); one that
    # starts another phrase ("the target of … inhibitors") makes the name something the drug acts on.
    r"\s*(?:,|:|\s[-–—])\s*(?:an?|our|the|its)\s+(?:(?!(?:of|for|to|against|by|targets?|the)\b)[\w-]+\s+){0,5}?"
    r"(?:therapeutics?|candidates?|conjugates?|ADCs?|antibod(?:y|ies)|inhibitors?|compounds?|drugs?|vaccines?)\b"
)
#: After a code-shaped name, words showing it names a cell line or a tumour model ("HL-60 cells",
#: "HT-29 and COLO-205 xenografts"), not a compound.
_CELL_LINE_AFTER = cached_compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)[A-Z][\w-]*)*\s+(?i:cells?|cell\s+lines?|xenografts?|tumou?r\s+models?)\b"
)
#: A code name printed with a space, as some companies write theirs: "AMG 172", "BAY 94-9343", "CNTO
#: 1275", "ISIS 301012". Two to six digits, never a year's ("ASCO 2011", "ASH 1999"), and a capitals
#: prefix, checked like any code (five or six digits only after three capitals at least: two capitals
#: and five digits are a state's and a ZIP code's, "WA 98021").
_SPACED_CODE = cached_compile(
    r"[A-Z](?<![\w.@-].)(?:[A-Z]{1,3} (?!(?:19|20)\d\d(?![\d-]))\d{2,4}|[A-Z]{2,3} \d{5,6})(?:-\d{3,5})?"
    r"(?![\w-]|[.,]\d)"
)
#: Capitals a number follows the way a spaced code's digits follow its prefix, naming no drug: currency
#: codes (``CURRENCY_CODES``: "DKK 500", "RMB 500000"), applications, patents, deposits and registry
#: numbers ("BLA 125409", "IND 100234", "CAS 123456", "PCT 123456", "PTA 10234" of a cell line's deposit,
#: "FEI 300456" of a plant's registration), billing codes ("CPT 88361").
_NOT_SPACED_CODE_PREFIX = frozenset({
    "NDA", "BLA", "IND", "ANDA", "SNDA", "SBLA", "MAA", "CTA", "PMA", "DMF", "CAS", "PCT", "PTA", "CPT", "FEI",
    "ATCC", "DSM", "NCIMB", "CNCM", "IDE", "HDE", "DUNS",
})  # fmt: skip
#: Right before a spaced code, words making it a document's, a deposit's or a fee's number: "accession
#: number PTA 10234", "patent application PCT 123456", "protocol NSC 740591", "No. ", "an upfront fee of ".
_NUMBER_WORDS_BEFORE = cached_compile(
    r"(?:\b(?:numbers?|nos?\.|accession|applications?|patents?|protocols?|registrations?|deposit(?:s|ed)?|"
    r"serial|docket|(?:fees?|payments?|price|sum|amount|total)\s+of)|#)\s*$",
    re.IGNORECASE,
)
#: How far before a spaced code ``_NUMBER_WORDS_BEFORE`` is looked for.
_NUMBER_WORDS_REACH = 30
#: The letters run right before a spaced code's capitals on their line, which a month's name split by
#: OCR leaves there ("JAN UARY 31,").
_LETTERS_BEFORE = cached_compile(r"(?<![\w-])(?P<letters>[A-Za-z]+)[ \t]$")


def _month_piece(text: str, start: int, letters: str) -> bool:
    """Whether the capitals ``letters`` of a spaced code at ``start`` are a month's name ("JUNE 30",
    "DEC 31") or a piece of one OCR split at a space, the letters right before them on their line
    completing it ("JAN UARY 31," prints no code "UARY 31"): a date, not a code name."""
    if letters.lower() in MONTHS:
        return True
    before = _LETTERS_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and (before.group("letters") + letters).lower() in MONTHS


#: Words of a statement's column headers besides month names, days and years: "THREE MONTHS ENDED",
#: "Fiscal Year Ended", "As of", "(unaudited)".
_HEADER_LINE_WORDS = frozenset({
    "three", "six", "nine", "twelve", "thirteen", "fourteen", "twenty-six", "fifty-two", "month", "months",
    "week", "weeks", "year", "years", "quarter", "quarters", "fiscal", "period", "periods", "ended", "ending",
    "as", "of", "at", "and", "the", "for", "unaudited", "audited", "restated", "in", "thousands",
})  # fmt: skip
_HEADER_TOKEN = cached_compile(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+")


def _column_header_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a statement's column header: nothing but period words, month
    names, days and years once its OCR-split words are mended ("JANUARY 31,   JAN UARY 31,"). No code
    name is printed on such a line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = repair_header(text[start : end if end >= 0 else len(text)])
    tokens = _HEADER_TOKEN.findall(line)
    if not any(token.lower() in MONTHS for token in tokens):
        return False
    return all(
        token.lower() in MONTHS
        or token.lower() in _HEADER_LINE_WORDS
        or (token.isdigit() and (len(token) <= 2 or (len(token) == 4 and token[:2] in ("19", "20"))))
        for token in tokens
    )


#: A code name whose digits a comma groups as thousands are, as some companies print theirs: "CP-675,206",
#: "CP-751,871". (The comma is no list's: no space after it, three digits.)
_COMMA_CODE = cached_compile(r"[A-Z](?<![\w.@-].)[A-Z]{1,4}-\d{3},\d{3}(?![\w-]|[.,]\d)")
#: Right before a name, words making it what a drug acts on, not a drug: "an antibody to IP-10",
#: "targeting GPNMB", "directed against", "binds to", "an inhibitor of".
_ACTED_ON_BEFORE = cached_compile(
    r"(?:\bantibod(?:y|ies)\s+(?:to|against|that\s+binds?(?:\s+to)?)|\btarget(?:s|ing|ed)?(?:\s+against)?|"
    r"\bdirected\s+(?:against|at|to)|\bbind(?:s|ing)?(?:\s+to)?|\binhibitors?\s+of|\bantagonists?\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Right after a name, words making it what a drug acts on: "an oral HSP90 inhibitor", "the DEC-205
#: receptor", "a MEK kinase", "the CD40 ligand".
_ACTED_ON_AFTER = cached_compile(
    r"\s+(?:receptors?|inhibitors?|antagonists?|agonists?|kinases?|ligands?|proteins?|antigens?|"
    r"enzymes?|pathways?)\b",
    re.IGNORECASE,
)
#: Prefixes of codes that are not drug candidates (accounting rules, forms, antigens, diseases, places).
_NOT_COMPOUND_PREFIX = {
    "SFAS", "FAS", "FSP", "EITF", "ASC", "ASU", "SAB", "APB", "FIN", "SOP", "IAS", "IFRS", "CFR", "IRS",
    "FORM", "RULE", "ITEM", "NO", "PAGE", "EX", "NCT", "FY", "Q", "H", "CD", "HER", "IGF", "FOLR", "CA",
    "MUC", "DM", "SN", "EGFR", "ERBB", "TDGF", "SDC", "COVID", "SARS", "HIV", "HPV", "HCV", "HBV", "IL",
    "TNF", "VEGF", "FGFR", "TLR", "CYP", "BRCA", "KRAS", "ECOG", "ISO", "GMP", "SEC", "MA", "NY", "NJ",
    "TEL", "FAX", "US", "USA", "UK", "EU", "AM", "PM", "PO", "BOX", "ZIP", "SUITE", "ROUTE", "TROP",
}  # fmt: skip
#: A fiscal-period tag, not a compound: "FY12", "1QFY11", "2Q FY12", "1H2011", "Q42011", "CY2011Q4". OCR
#: damages the quarter's digit and the year's ("ZQFY12", "LQFY11", "4QFYO8", "lH2O11", "QL2011"). Before
#: "QFY"/"HFY" (fiscal words no code name holds) any one character counts; before a bare "Q"/"H" and a
#: year (19xx, 20xx) only a quarter's digit or what OCR prints for one, so "AQ2011" stays a code.
_YEAR_DIGIT = r"[0-9OoIl|]"
_QUARTER_DIGIT = r"[1-4lIiL|Zz]"
_FISCAL_TOKEN = cached_compile(
    "^(?:"
    rf"(?:[0-9A-Za-z|]?\s?[QH]|{_QUARTER_DIGIT})?\s?FY{_YEAR_DIGIT}{{2,4}}"  # FY12, 1QFY11, ZQFY12, 2Q FY12
    rf"|{_QUARTER_DIGIT}[HQ](?:19|2[0O]){_YEAR_DIGIT}{{2}}"  # 1H2011, ZQ2011
    rf"|Q{_QUARTER_DIGIT}{_YEAR_DIGIT}{{2,4}}"  # Q42011, QL2011
    r"|[A-Z]{1,2}\d{4}Q\d"  # CY2011Q4
    ")$"
)
_DRUG_CONTEXT = cached_compile(
    r"compound|candidate|conjugate|antibod|\bADC|\bTAP\b|\bdrug|trial|study|studies|\bPhase\b|clinic|\bIND\b|"
    r"preclinical|dosing|patients|treatment|therapy|therapeutic|develop|licens|product",
    re.IGNORECASE,
)
#: Words of ``_DRUG_CONTEXT`` it finds wherever they are printed (in any case): a sentence holding one
#: is about drugs without a search. The others it finds only at a word's start, and its search decides.
_DRUG_WORDS = (
    "compound",
    "candidate",
    "conjugate",
    "antibod",
    "trial",
    "study",
    "studies",
    "clinic",
    "dosing",
    "patients",
    "treatment",
    "therapy",
    "therapeutic",
    "develop",
    "licens",
    "product",
)  # fmt: skip ("preclinical" holds "clinic")
_BOUNDED_DRUG_WORDS = ("adc", "tap", "drug", "phase", "ind")
_NOT_AFTER = cached_compile(
    r"(?:Form|Rule|Item|No\.|Nos\.|SFAS|Section|Release|Exhibit|Page|Statement|Topic)\s*$", re.I
)


#: Words in small letters that may follow a company's name in a sentence: verbs of what a company does
#: or is, words joining the name to the rest of the sentence ("Eli Lilly and Company took a license",
#: "… and Company and Ortho-McNeil"), and the article or possessive of an object the name is given
#: before ("granted Eli Lilly and Company an exclusive license", "paid Eli Lilly and Company its share"),
#: none of which a noun "Company" qualifies is followed by. (Any word ending in "-ed" too: "Eli Lilly and
#: Company acquired".)
_NAME_FOLLOWERS = (
    r"a|an|the|its|their|and|or|to|for|in|on|under|with|as|at|by|from|of|that|which|who|whose|also|has|have|"
    r"had|is|are|was|were|gave|gives|grants|sent|sends|won|wins|brought|brings|sought|seeks|"
    r"will|would|may|might|can|could|should|shall|must|took|takes|holds|held|pays|paid|made|makes|agrees|"
    r"enters|signs|receives|obtains|acquires|announces|initiates|began|begins|starts|exercises|elects|"
    r"licenses|reports|completes|presents|submits|files|continues|leads|plans|expects|intends|owns|sells|"
    r"markets|develops|conducts|retains|gains|gets|got|became|becomes|remains|said|says|announced"
)
#: The legal forms a company's name may end with; "Co., Ltd." whole ("Kyowa Hakko Kirin Co., Ltd.": a
#: name whose "Co." no other form follows stays unread).
_LEGAL_FORMS = (
    r"Co\.,?\s+(?:Ltd\.?|Limited|Inc\.)|Inc\.|Incorporated|Corporation|Corp\.|Ltd\.?|Limited|plc|AG|GmbH|"
    r"S\.A\.|N\.V\.|SE|A/S"
    # "Eli Lilly and Company": not where a capitalised word goes on ("… and Company Contact"), nor where a
    # word in small letters a name's verb is not goes on: "Company" is then the filer's, "a joint steering
    # committee of Kirin and Company scientists".
    rf"|(?:and|&)\s+Company(?![\w'’-]|[ \t]+[A-Z]|[ \t]+(?!(?:{_NAME_FOLLOWERS})\b|[a-z]+ed\b)[a-z])"
)
#: … and a legal form a company's name is read by but keeps as a word of its own name: "Merck KGaA" is
#: never a form of a bare "Merck" (which may be another company, Merck & Co.).
_OWN_LEGAL_FORMS = r"KGaA"
#: A company's name ending in a legal form ("Genmab A/S", "Zeta Pharmaceuticals, Inc.").
LEGAL_FORM_END = cached_compile(rf",?\s+(?:{_LEGAL_FORMS})$")
#: The legal forms, for patterns of other modules reading a company's name on past its hit.
LEGAL_FORMS = _LEGAL_FORMS
#: The industry words a company's name may end with ("Zeta Pharmaceuticals", "Ono Pharma").
_INDUSTRY_NAME_ENDS = (
    r"Pharmaceuticals|Pharma|Therapeutics|Biosciences|Biotherapeutics|Biopharma|Biotech|Oncology"
)
#: A company no list knows: capitalised words ending in a legal or industry suffix. (Written with the
#: first capital ahead of the look-behind and of the repeated words, which is the same pattern, so
#: the regex engine skips quickly from one capital to the next.) The first capital follows no word
#: character, "&", "." or single hyphen ("Bio-Ex" is one word); after a double dash it starts a name, as
#: wire services print their datelines ("--Dec. 3, 2001--Seattle Genetics, Inc.").
_COMPANY = cached_compile(
    r"(?P<name>[A-Z](?<![\w&.].)(?<!(?<!-)-.)(?:[A-Za-z0-9&'-]+\s+[A-Z]){0,3}?[A-Za-z0-9&'-]+"
    rf"(?:,?\s+(?:{_LEGAL_FORMS}|{_OWN_LEGAL_FORMS})"
    rf"|\s+(?:{_INDUSTRY_NAME_ENDS})"
    r"(?:,?\s+(?:Inc\.|Ltd\.?|plc|AG|GmbH|S\.A\.|Corporation))?))(?![\w&-])"
)
#: Right after a word ending in a drug-name stem, the words making it a company's name: "Transcept
#: Pharmaceuticals, Inc.", "Medisartan Ltd.".
_COMPANY_WORDS_AFTER = cached_compile(
    rf",?\s+(?:{_LEGAL_FORMS}|{_OWN_LEGAL_FORMS}|{_INDUSTRY_NAME_ENDS}|Biologics|Laboratories|Holdings)(?![\w&-])"
)
#: Words of a street address, which no company's name holds before its suffix ("30th Drive SE").
_STREET_WORDS = frozenset({
    "Drive", "Street", "Avenue", "Road", "Boulevard", "Parkway", "Lane", "Highway", "Suite", "Floor",
})  # fmt: skip
#: What every match of ``_COMPANY`` holds: a legal or industry suffix (as printed).
_COMPANY_SUFFIXES = (
    "Inc", "Corp", "Ltd", "Limited", "plc", "AG", "GmbH", "S.A.", "N.V.", "SE", "A/S", "Pharma", "Therapeutics",
    "Bio", "Oncology", "KGaA", "and Company", "& Company",
)  # fmt: skip
#: A company no list knows, named right after a partnership cue ("a collaboration with Bayer HealthCare").
_COMPANY_AFTER_CUE = cached_compile(
    r"(?:(?:collaborat\w*|agreements?|licen[cs]e[sd]?|partnerships?|partnered|alliances?)\s+(?:[a-z]+\s+){0,2}?with|"
    r"\bjointly\s+with|\b(?:partners|collaborators|licensees)\s+(?:include|includes|including|are))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][A-Za-z0-9&'-]+(?:\s+(?:[A-Z][A-Za-z0-9&'-]+|&)){0,3})"
)
_CUE_NAME = r"[A-Z][A-Za-z0-9&'-]+(?:\s+(?:[A-Z][A-Za-z0-9&'-]+|&)){0,3}"
#: … or licensed to it: "licensed XL184 to Bristol-Myers Squibb Company in 2008". The name must end
#: where a phrase does (so "licensed rights to European markets" names no company).
_COMPANY_LICENSED_TO = cached_compile(
    rf"\blicensed\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:the\s+)?(?P<name>{_CUE_NAME})"
    r"(?=[,.;]|\s+(?:in|for|under|on|and|as|during|through|at)\b)"
)
#: … or the one a compound is developed with: "which Medarex is developing with Bristol-Myers Squibb,".
#: The name must end where a phrase does ("developed with Medarex technology" names a technology).
_COMPANY_DEVELOPING_WITH = cached_compile(
    rf"\b(?:co-?)?develop(?:ed|ing)\s+(?:jointly\s+)?with\s+(?:the\s+)?(?P<name>{_CUE_NAME})(?<!['’]s)"
    r"(?=\s*[,.;)]|\s+(?:in|for|under|on|and|to|as|since|through|outside|worldwide)\b)"
)
#: … or called the filer's partner: "our partner MedImmune is conducting …", "the Company's licensee
#: Zeta". The name ends where a phrase does.
_COMPANY_AFTER_PARTNER = cached_compile(
    r"\b(?:[Oo]ur|the\s+Company['’]s)\s+(?:(?:collaborative|development|commercial|corporate|licensing|marketing)\s+)?"
    rf"(?:partner|collaborator|licensee),?\s+(?P<name>{_CUE_NAME})"
    r"(?=\s*[,.;]|\s+(?:is|has|was|will|plans|expects|initiated|began|reported|announced|completed|filed|"
    r"received|continues|for|in|into|to)\b)"
)
#: … or named right before its description as the filer's partner: "UCB, our licensee for epratuzumab",
#: opening its sentence or clause. The name ends at the comma.
_COMPANY_BEFORE_PARTNER = cached_compile(
    rf"(?P<name>{_CUE_NAME}),\s+(?:[Oo]ur|the\s+Company['’]s)\s+"
    r"(?:(?:exclusive|worldwide|collaborative|development|commercial|corporate|licensing|marketing)\s+)*"
    r"(?:partner|collaborator|licensee)\b(?![’'])"
)
#: … or named by capitalised words ending in "Company" after "with" in a sentence about a deal or joint
#: work: "co-develops and co-promotes Erbitux in North America with Bristol-Myers Squibb Company". ("The
#: Company", a role, and "Company" alone are refused by the word tests of ``_cued_hit``.)
_COMPANY_WORD_AFTER_WITH = cached_compile(
    r"\bwith\s+(?:the\s+)?(?P<name>(?:[A-Z][A-Za-z0-9&'-]*\s+){1,3}Company)(?![\w'’-])"
    # The name ends at "Company": another capitalised word after it makes it a part of another name
    # ("the Investment Company Act").
    r"(?![ \t]+[A-Z])"
)
#: … or as one of the two parties of a deal: "ImmunoGen and Lilly signed a research collaboration".
_COMPANY_JOINT = cached_compile(
    rf"(?P<name>{_CUE_NAME})\s+and\s+(?P<other>{_CUE_NAME})\s+(?:have\s+|has\s+|today\s+|jointly\s+)?"
    r"(?:signed|entered\s+into|formed|established|announced|expanded|extended|amended)\b"
)
#: Capitalised words where a party's name goes that name a place, a person's title or the filer itself.
_NOT_PARTY_WORDS = {
    "Europe", "European", "Japan", "Asia", "China", "Canada", "North", "South", "Latin", "America", "United",
    "States", "US", "U.S.", "EU", "Worldwide", "President", "Chairman", "Chief", "CEO", "CFO", "Officer",
    "Director", "Directors", "Board", "Vice", "Senior", "Executive", "Dr", "Mr", "Ms", "Mrs",
}  # fmt: skip
#: What every match of ``_COMPANY_AFTER_CUE`` holds (as printed).
_PARTNERSHIP_CUES = (
    "collaborat", "agreement", "licence", "license", "partner", "alliance", "jointly", "develop",
)  # fmt: skip
_NOT_COMPANY_WORDS = {
    "Company", "Company's", "Company\u2019s", "Registrant", "We", "Our", "It", "Its", "The", "This", "Phase",
}  # fmt: skip
_NOT_COMPANY_START = {
    "The",
    "This",
    "Our",
    "Its",
    "Their",
    "A",
    "An",
    "And",
    "Of",
    "For",
    "With",
    "In",
    "About",
    # A wire service's tags before the name of the company that issued the release ("SOURCE  Quintara
    # Biologics, Inc.", PR Newswire's last line; "CONTACT Zeta Pharma, Inc."): no part of the name.
    "SOURCE",
    "CONTACT",
    "CONTACTS",
}


#: Words of a person's title, never the first word of a company's name: a title printed right before the
#: employer's name ("… Chief Financial Officer and Treasurer" on the line above "Axcan Pharma Inc.").
_TITLE_WORDS = frozenset({
    "Treasurer", "Secretary", "Controller", "Officer", "President", "Chairman", "Chairwoman", "Director",
    "Counsel", "Vice", "Senior", "Executive", "Chief", "CEO", "CFO", "COO", "Founder", "Manager",
})  # fmt: skip


@quick_init
@dataclass(frozen=True)
class Hit:
    """A name in the text: ``printed`` at ``start:end`` names ``ref``.

    ``known`` when the reference data has the entity; ``ocr`` when matched through a damaged spelling;
    ``inn`` when the name is shaped like an INN (preferred as the label of a merged unknown); ``brand``
    for a brand name the filing introduces with the compound's INN ("ADCETRIS (brentuximab vedotin)");
    ``shared_head`` for a disease printed as a word of a list sharing the head noun of the last name
    ("colorectal" in "colorectal, pancreatic and non-small-cell lung cancers"): the word is no name.
    """

    start: int
    end: int
    printed: str
    ref: EntityRef
    known: bool
    ocr: bool = False
    inn: bool = False
    brand: bool = False
    shared_head: bool = False

    @property
    def kind(self) -> str:
        return self.ref.kind


def find_names(
    doc: Document,
    sents: list[Sentence],
    gaz: Gazetteer,
    blocked: list[tuple[int, int]],
) -> tuple[list[Hit], list[tuple[int, int]]]:
    """Every entity name in the usable sentences, sorted by position; and the non-entity spans found."""
    hits: list[Hit] = []
    non_entities: list[tuple[int, int]] = []
    addresses = SpanSet(blocked)
    cues = _Cues(doc, sents)
    for index, sent in enumerate(sents):
        if sent.boilerplate:
            continue
        first = len(hits)  # this sentence's names are hits[first:]
        # Only the addresses inside this sentence can block its names: seeding each sentence with all of
        # the filing's addresses made the work grow with the square of the filing's length.
        taken = addresses.clipped(sent.start, sent.end)
        ends: set[int] = set()  # where a compound's name ends in this sentence
        starts: set[int] = set()  # … and where one starts
        antigens: dict[int, EntityRef] = {}  # where a target's name ends, and the target
        if cues.rn[index]:
            for hit in _rn_hits(doc.text, sent, gaz, taken):
                ends.add(hit.end)
                hits.append(hit)
        for match in gaz.scan(doc.text, sent.start, sent.end, doc.folded):
            if taken.overlaps(match.start, match.end):
                continue
            taken.add(match.start, match.end)
            if match.entry.kind == NON_ENTITY:
                non_entities.append((match.start, match.end))
                continue
            if sent.trademark and match.entry.kind == "company":
                continue  # "X is a registered trademark of Celgene" names no partner and no entity
            hit = Hit(match.start, match.end, match.printed, match.entry.ref, True)
            if hit.kind == "target" and GREEK_SUBUNIT_AFTER.match(doc.text, hit.end, sent.end):
                continue  # "integrin alpha-v-beta-3" names no integrin alpha-v (the name stays taken)
            if hit.kind == "target":
                hit = _target_adc(doc, hit, taken) or hit
            if hit.kind == "compound":
                ends.add(hit.end)
                starts.add(hit.start)
            elif hit.kind == "target":
                antigens[hit.end] = hit.ref
            hits.append(hit)
        if cues.payload[index]:
            hits.extend(_payload_hits(doc.text, sent, gaz, taken))
        hits.extend(_pattern_hits(doc, sent, gaz, taken, cues, index, (ends, starts), antigens))
        if not sent.trademark:
            hits.extend(_company_hits(doc, sent, gaz, taken, cues, index, hits[first:]))
    hits.extend(_learned_names(doc, sents, gaz, hits, blocked, cues))
    hits = _trials_wherever_printed(hits)
    hits = _labeled_forms(doc.text, sorted(hits, key=lambda h: (h.start, h.end)))
    return _without_descriptions(doc.text, hits), non_entities


class _Cues:
    """For each sentence, whether the words the name patterns need start in it (a pattern is run on a
    sentence only when one of its words does); and where the words of ``_DRUG_CONTEXT`` are."""

    def __init__(self, doc: Document, sents: list[Sentence]) -> None:
        spans = [(sent.start, sent.end) for sent in sents]
        self.conjugate = doc.word_places(_CONJUGATE_WORDS, any_case=False).marked(spans)
        self.inn = doc.word_places(_INN_WORDS, any_case=False).marked(spans)
        self.rn = doc.word_places(("rnab", " rn", "\nrn"), any_case=False).marked(spans)
        self.company = doc.word_places(_COMPANY_SUFFIXES, any_case=False).marked(spans)
        self.partnership = doc.word_places(_PARTNERSHIP_CUES, any_case=False).marked(spans)
        self.payload = doc.word_places(_PAYLOAD_NAME_WORDS, any_case=False).marked(spans)
        self._doc = doc

    @functools.cached_property
    def drug(self) -> WordPlaces:
        return self._doc.word_places(_DRUG_WORDS)

    @functools.cached_property
    def bounded_drug(self) -> WordPlaces:
        return self._doc.word_places(_BOUNDED_DRUG_WORDS)


def _pattern_hits(
    doc: Document,
    sent: Sentence,
    gaz: Gazetteer,
    taken: SpanSet,
    cues: _Cues,
    index: int,
    bounds: tuple[set[int], set[int]],
    antigens: dict[int, EntityRef],
) -> list[Hit]:
    """Names found by shape: conjugates and INNs, then code names (exact, OCR-damaged or new). A new
    code name is taken in a sentence about drugs, or printed in parentheses right after a compound's
    name, which states it is one ("submitted a BLA for brentuximab vedotin (SGN-35)"), or right before
    one printed in parentheses ("CDX-011 (glembatumumab vedotin)", a heading). ``bounds``: where the
    compound names of the sentence end, and where they start. A new code name alone in brackets right
    after a target's name is that target's other name ("an antibody against IP-10 (CXCL10)"), never a
    compound: ``antigens`` maps where each target's name of the sentence ends to the target."""
    text = doc.text
    ends, starts = bounds
    found: list[Hit] = []
    about_drugs: bool | None = None
    wide: list[re.Match[str]] = []  # code names with a long run of digits, taken only beside a compound
    for regex, inn, marks in ((_CONJUGATE, False, cues.conjugate), (_INN, True, cues.inn)):
        if not marks[index]:
            continue
        for m in regex.finditer(text, sent.start, sent.end):
            if taken.overlaps(m.start(), m.end()) or m.group(0).lower() in _NOT_INNS:
                continue
            if inn and _COMPANY_WORDS_AFTER.match(text, m.end()):
                continue  # "Transcept Pharmaceuticals, Inc.", "Medisartan Ltd.": a company's name
            if inn and (_surname(text, m.group(0)) or _capitalised_surname_stem(text, m, sent)):
                continue  # "Anders Gersel Pedersen", "Petersen et al.": a person's name, not an antisense drug's
            end = m.end()
            entry = gaz.lookup(m.group(0))
            ocr = False
            if entry is None:
                # A conjugate's name with look-alike characters ("huN9O1-DM1"): a hidden label.
                entry = gaz.lookup_ocr(m.group(0))
                ocr = entry is not None and entry.kind != NON_ENTITY
            ref = entry.ref if entry is not None and entry.kind != NON_ENTITY else None
            if ref is not None and ref.kind != "compound":
                continue
            if taken.overlaps(m.start(), end):
                continue
            printed = text[m.start() : end]
            taken.add(m.start(), end)
            key = ref or EntityRef("compound", slugify(printed))
            found.append(Hit(m.start(), end, printed, key, ref is not None, ocr=ocr, inn=inn))
            ends.add(end)
            starts.add(m.start())
    for m in _COMMA_CODE.finditer(text, sent.start, sent.end):
        if taken.overlaps(m.start(), m.end()):
            continue
        # Read whole or not at all: the span is claimed either way, so "CP-675" is never read out of it.
        taken.add(*m.span())
        printed = m.group(0)
        entry = gaz.lookup(printed)
        if entry is not None:
            if entry.kind != NON_ENTITY:
                found.append(Hit(m.start(), m.end(), printed, entry.ref, True))
            continue
        if _new_code_shape(text, m, sent, printed.replace(",", "")):
            if about_drugs is None:
                about_drugs = sent.table_row or _about_drugs(text, sent, cues)
            if about_drugs or _beside_compound(text, m, ends, starts):
                found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
    for m in _CODE_SHAPED.finditer(text, sent.start, sent.end):
        if taken.overlaps(m.start(), m.end()):
            continue
        printed = m.group(0)
        if _FISCAL_TOKEN.match(printed) or not is_code_like(printed):
            continue
        entry = gaz.lookup(printed)
        ocr = False
        if entry is None:
            entry = gaz.lookup_ocr(printed)
            ocr = entry is not None
        if entry is not None:
            if entry.kind == NON_ENTITY:
                continue
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, entry.ref, True, ocr=ocr))
            continue
        if _trial_name(text, m, sent, printed):
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, EntityRef("trial", slugify(printed)), False))
            continue
        named = [h.printed for h in found if h.kind == "compound"]
        antigen = _target_alias(text, m, sent, antigens, (ends, named))
        if antigen is not None:
            taken.add(*m.span())
            if antigen is not _ACTED_ON:  # a reference target's other name: a name of that target
                found.append(Hit(m.start(), m.end(), printed, antigen, True))
            continue
        if _new_code_shape(text, m, sent, shape=_ONE_LETTER_CODE):
            # "M402, a novel heparin-based oncology candidate": one capital says little, the words do.
            if _DESCRIBED_AS_DRUG.match(text, m.end(), sent.end) or _beside_compound(text, m, ends, starts):
                taken.add(*m.span())
                found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
            continue
        if _new_code_shape(text, m, sent):
            if about_drugs is None:  # read once per sentence, and only when a new code needs it
                about_drugs = sent.table_row or _about_drugs(text, sent, cues)
            if not about_drugs and not _beside_compound(text, m, ends, starts):
                continue
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
        elif _new_code_shape(text, m, sent, shape=_WIDE_CODE):
            wide.append(m)
    for m in _SPACED_CODE.finditer(text, sent.start, sent.end):
        if taken.overlaps(m.start(), m.end()):
            continue
        printed = m.group(0)
        entry = gaz.lookup(printed)
        if entry is not None:
            if entry.kind == NON_ENTITY:
                continue
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, entry.ref, True))
            continue
        letters = printed.split()[0]
        if letters in _NOT_SPACED_CODE_PREFIX or _month_piece(text, m.start(), letters):
            continue  # "BLA 125409", "JUNE 30", "JAN UARY 31": a number or a date
        if _spaced_number(text, m, sent, letters):
            continue  # "RMB 500000", "accession number PTA 10234": an amount or a document's number
        if _new_code_shape(text, m, sent, printed.replace(" ", "").split("-")[0]):
            if about_drugs is None:
                about_drugs = sent.table_row or _about_drugs(text, sent, cues)
            if not about_drugs and not _beside_compound(text, m, ends, starts):
                continue
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
    if wide:
        found.extend(_wide_codes(wide, text, found, bounds, taken))
    found.extend(_word_trials(text, sent, gaz, taken))
    return found


#: A trial's own name printed as one word in capitals, maybe numbered: "ECHELON-1", "EMERGE", "AETHERA".
_WORD_TRIAL = cached_compile(r"(?<![\w-])[A-Z]{4,12}(?:-\d{1,2})?(?![\w-])")


def _word_trials(text: str, sent: Sentence, gaz: Gazetteer, taken: SpanSet) -> list[Hit]:
    """Trials the sentence names by a word in capitals no list knows, in the words that call it a trial
    right after it ("Continued enrollment in ECHELON-1, a phase 3 clinical trial of ADCETRIS", "EMERGE, a
    randomized phase 2b trial of glembatumumab vedotin") or inside the brackets after "trials" ("two
    Phase III trials (ECHELON-1 and ECHELON-2)"). A word only standing before "trial" ("the AETHERA
    trial") may be a drug's name in capitals: not read."""
    trials: list[Hit] = []
    for m in _WORD_TRIAL.finditer(text, sent.start, sent.end):
        printed = m.group(0)
        if taken.overlaps(m.start(), m.end()) or printed in _NOT_BRANDS or gaz.lookup(printed) is not None:
            continue
        after = min(sent.end, m.end() + _TRIAL_WINDOW)
        before = text[max(sent.start, m.start() - _TRIAL_WINDOW) : m.start()]
        if _TRIAL_APPOSITIVE_AFTER.match(text, m.end(), after) or _TRIAL_PARENS_BEFORE.search(before):
            taken.add(*m.span())
            trials.append(Hit(m.start(), m.end(), printed, EntityRef("trial", slugify(printed)), False))
    return trials


def _spaced_number(text: str, m: re.Match[str], sent: Sentence, letters: str) -> bool:
    """Whether the spaced code-shaped ``m`` (its capitals ``letters``) is an amount or a number, not a
    code name: a currency's code before an amount ("RMB 500000", "NIS 150000"; unless the name is
    described as a drug right after it, "MYR 1045, an oral inhibitor of PI3K", which no amount is), or
    printed after the words of a document's, a deposit's or a fee's number ("accession number PTA 10234",
    "NCI protocol NSC 740591", "an upfront fee of ")."""
    if _NUMBER_WORDS_BEFORE.search(text, max(sent.start, m.start() - _NUMBER_WORDS_REACH), m.start()):
        return True
    if letters not in CURRENCY_CODES:
        return False
    return not (
        _DESCRIBED_AS_DRUG.match(text, m.end(), sent.end) or _IS_A_DRUG.match(text, m.end(), sent.end)
    )


def _wide_codes(
    wide: list[re.Match[str]], text: str, found: list[Hit], bounds: tuple[set[int], set[int]], taken: SpanSet
) -> list[Hit]:
    """The code names of ``wide`` (shaped like a code, with more digits than one usually has:
    "BAY2010112") that the filing states a compound's other name: printed right before a compound's
    name in brackets ("BAY2010112 (MT112)") or in brackets right after one; or that it describes as a
    drug right after the name ("LY2181308, an antisense inhibitor of survivin"). ``found``: the
    sentence's names read so far; ``bounds``: where its compound names end and start."""
    ends, starts = bounds
    ends = ends | {h.end for h in found if h.kind == "compound"}
    starts = starts | {h.start for h in found if h.kind == "compound"}
    codes: list[Hit] = []
    for m in wide:
        if taken.overlaps(m.start(), m.end()):
            continue
        # "LY2181308, an antisense inhibitor of survivin": described as a drug right after its name.
        described = _DESCRIBED_AS_DRUG.match(text, m.end()) or _IS_A_DRUG.match(text, m.end())
        if not described and not _beside_compound(text, m, ends, starts):
            continue
        taken.add(*m.span())
        codes.append(Hit(m.start(), m.end(), m.group(0), EntityRef("compound", slugify(m.group(0))), False))
    return codes


#: INN stems surnames end with too ("Pedersen", "Halvorsen", "Andersen": the antisense stem "-rsen").
_SURNAME_STEMS = ("rsen",)
#: INN stems a capitalised name of something else may end with: a surname's ("-rsen"), or a coined name's
#: ("-trexate": an "Antitrexate" screening library). Such a capitalised word is a drug's only where drug's
#: words stand around it (see ``_capitalised_surname_stem``).
_CONTEXT_STEMS = (*_SURNAME_STEMS, "trexate")
#: Capitalised words that may stand right before a drug's name in a heading, never a given name.
_NOT_GIVEN_NAMES = (
    "About|The|Our|Its|Their|With|For|And|Of|In|On|Update|Updates|Oral|Phase|Program|Programs|Drug|Product|"
    "Products|Candidate|Candidates|Highlights|Development|Clinical|Antisense"
)


def _surname(text: str, word: str) -> bool:
    """Whether ``word``, capitalised and ending in a stem surnames end with (``_SURNAME_STEMS``), is
    printed in the filing as a person's surname anywhere: after a title ("Dr. Pedersen") or a given
    name ("Anders Gersel Pedersen", "Brent Halvorsen"), before a degree or a comma and a title
    ("Pedersen, M.D.", "Halvorsen, Chief Financial Officer"), or with "said". Such a word is no drug's
    name in that filing."""
    if not word[:1].isupper() or not word.endswith(_SURNAME_STEMS):
        return False
    name = re.escape(word)
    return (
        re.search(
            rf"(?:\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+|(?<![\w.-])(?!(?:{_NOT_GIVEN_NAMES})\b)[A-Z][a-z]+\.?[ \t]+"
            rf"(?:[A-Z]\.[ \t]+)?|\bsaid\s+){name}\b"
            rf"|\b{name},?\s+(?:M\.D\.|Ph\.D\.|Chief|President|Vice|Senior|Executive|Director|Chairman)"
            rf"|\b{name}\s+said\b",
            text,
        )
        is not None
    )


#: Right before a capitalised word ending in a surname's stem, words making it a drug's name: what a trial,
#: a study or a programme is of ("a Phase 2 trial of Alicaforsen"), a phase ("Phase 2 Alicaforsen"), or
#: "antisense" ("the antisense drug Mipomersen").
_STEM_DRUG_BEFORE = cached_compile(
    r"(?:\b(?:trials?|stud(?:y|ies)|programs?|development|evaluation|doses?|dosing)\s+(?:of|with|evaluating)\s+"
    r"(?:the\s+)?|\b[Pp]hase\s+(?:[IV]{1,3}|[1-4])[abAB]?(?:/(?:[IV]{1,3}|[1-4])[abAB]?)?\s+|"
    r"\b(?i:antisense)\s+(?:[\w-]+\s+){0,2}?)$"
)
#: … or right after it: another name of it in brackets ("Alicaforsen (ISIS 2302)"), a description as an
#: antisense drug ("Mipomersen, an antisense inhibitor"), or a phase it is in ("Alicaforsen enema is in
#: Phase 2 development").
_STEM_DRUG_AFTER = cached_compile(
    r"\s*\(\s*[A-Z]{2,}[ -]?\d|\s*,\s+(?:an?|our|the|its)\s+(?:[\w-]+\s+){0,3}?(?i:antisense)\b"
    r"|(?:\s+[a-z][\w-]*){0,2}\s+(?:is|was|are|were)\s+(?:now\s+|currently\s+|being\s+)?"
    r"(?:in|entering|evaluated\s+in|tested\s+in)\s+(?:a\s+)?[Pp]hase\b"
)


def _capitalised_surname_stem(text: str, m: re.Match[str], sent: Sentence) -> bool:
    """Whether the INN-shaped word matched by ``m``, capitalised and ending in a stem other names end with
    (``_CONTEXT_STEMS``: "Petersen et al.", "Halvorsen's analysis", "the Jespersen Building", "Our
    auditors, Andersen,", a novel "Antitrexate" screening library), stands where nothing makes it a drug's
    name: the filing never prints it in small letters ("alicaforsen") and no drug's words stand right
    around it (``_STEM_DRUG_BEFORE``, ``_STEM_DRUG_AFTER``). Such a word is a person's, a place's or a
    thing's name."""
    word = m.group(0)
    if " " in word or not word[:1].isupper() or not word.endswith(_CONTEXT_STEMS):
        return False
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False  # printed in small letters: a drug's name, capitalised where a sentence starts
    if _STEM_DRUG_BEFORE.search(text, max(sent.start, m.start() - 40), m.start()):
        return False
    return _STEM_DRUG_AFTER.match(text, m.end(), sent.end) is None


#: Payloads named by their own names, which the reference may not list: the auristatins, by their
#: initials or spelled out ("monomethyl auristatin E (MMAE)", "monomethyl auristatin⏎F"), each the
#: payload of its initials. (Never a part of a longer name: "CR011-vcMMAE" is a conjugate's, "MMAE-based"
#: a description.)
_PAYLOAD_NAME = cached_compile(r"(?<![\w-])(?:MMA[EF]|monomethyl\s+auristatin\s+[EF])(?![\w-])")
#: What every ``_PAYLOAD_NAME`` match holds, as printed.
_PAYLOAD_NAME_WORDS = ("MMA", "auristatin")


def _payload_hits(text: str, sent: Sentence, gaz: Gazetteer, taken: SpanSet) -> list[Hit]:
    """Payloads the sentence names by their own names (``_PAYLOAD_NAME``): the reference's entry of the
    initials, else a payload no list knows, named by its initials."""
    found: list[Hit] = []
    for m in _PAYLOAD_NAME.finditer(text, sent.start, sent.end):
        if taken.overlaps(m.start(), m.end()):
            continue
        printed = m.group(0)
        initials = printed if printed.isupper() else "MMA" + printed[-1]
        entry = gaz.lookup(initials)
        if entry is not None and entry.kind != "payload":
            continue
        taken.add(*m.span())
        ref = entry.ref if entry is not None else EntityRef("payload", slugify(initials))
        found.append(Hit(m.start(), m.end(), printed, ref, entry is not None))
    return found


def _rn_hits(text: str, sent: Sentence, gaz: Gazetteer, taken: SpanSet) -> list[Hit]:
    """Reference INNs OCR printed with "rn" for "m" ("cantuzurnab mertansine", "cantuzumab
    rnertansine"): read with "m" for each "rn", the two words or the first alone, and taken only when
    the reference knows the name so read (a hidden label). Found before the gazetteer's scan, which
    would take the second word alone ("mertansine") as the payload."""
    found: list[Hit] = []
    for m in _RN_INN.finditer(text, sent.start, sent.end):
        if "rn" not in m.group(0) or taken.overlaps(m.start(), m.end()):
            continue
        first = m.group(0).split()[0]
        for printed in (m.group(0), first):
            if "rn" not in printed:
                continue
            entry = gaz.lookup(" ".join(printed.replace("rn", "m").split()))
            if entry is not None and entry.kind == "compound":
                end = m.start() + len(printed)
                taken.add(m.start(), end)
                found.append(Hit(m.start(), end, printed, entry.ref, True, ocr=True, inn=True))
                break
    return found


#: A trademark sign as printed after a name: "®", "™", "(R)", "(TM)", "*".
_MARK = r"(?:®|™|\((?:R|TM)\)|\*)"
#: Between a compound's name and a name in parentheses stating its other name: "brentuximab vedotin
#: (SGN-35", "KADCYLA(TM) (ado-trastuzumab".
_PARENS_AFTER_NAME = cached_compile(rf"{_MARK}?\s*\(\s*$")


def _after_compound(text: str, start: int, ends: set[int]) -> bool:
    """Whether ``text[start:]`` opens a parenthesis right after a compound's name (one of ``ends``)."""
    m = _PARENS_AFTER_NAME.search(text, max(0, start - 12), start)
    if m is None:
        return False
    at = m.start()
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at in ends


#: Around a name alone in brackets: the name before its opening bracket, and its closing bracket.
_NAME_BEFORE_BRACKET = cached_compile(r"(?<![\w-])[A-Za-z0-9][\w-]*\s*\(\s*$")
_CLOSING_BRACKET = cached_compile(r"\s*\)")
#: A protein's long name right before an opening bracket, by the noun a protein's name ends with
#: ("matrix metalloproteinase 14 (", "epidermal growth factor receptor (", "platelet-derived growth
#: factor D (", "vascular endothelial growth factor receptor-2 ("), maybe with the number, letter or
#: Greek letter of its kind after the noun. A name in the bracket is the protein's short name.
#: (A drug's own kind, "a fusion protein (ABC-123)", "a recombinant protein", is no protein it acts on.)
PROTEIN_NAME_BEFORE = cached_compile(
    r"(?<!(?i:fusion)\s)(?<!(?i:recombinant)\s)(?<!(?i:engineered)\s)(?<![\w-])(?:[A-Za-z][a-z-]*)?"
    r"(?i:receptor|kinase|(?:metallo)?proteinase|protease|factor|antigen|protein|ligand)"
    r"(?:[ \t-](?:\d{1,3}|[A-Z]\d?|[IVX]{1,3}|alpha|beta|gamma|[αβγ]))?\s*\(\s*$"
)
#: A Greek letter with its subunit's number or letter right after a target's name ("-beta-3", " beta 1",
#: "-β3", "/β5"): the name goes on as a longer one no list knows ("integrin alpha-v-beta-3", the αvβ3
#: integrin, is not integrin alpha-v). A letter alone after the name ("IL-1 beta") is read by the targets
#: reader as an antigen of its own.
GREEK_SUBUNIT_AFTER = cached_compile(
    r"[ \t]?[-/]?[ \t]?(?:(?i:alpha|beta|gamma|delta|kappa)|[αβγδκ])[ \t-]?(?:\d{1,2}|[a-z])(?![\w-])"
)
#: Stands for a target stated by the words before its name ("an antibody against IP-10"), which the
#: target reader names: its other name in brackets is no compound, and no hit of its own.
_ACTED_ON = EntityRef("target", "-stated-by-its-cue-")


def _target_alias(
    text: str,
    m: re.Match[str],
    sent: Sentence,
    antigens: dict[int, EntityRef],
    compounds: tuple[set[int], list[str]],
) -> EntityRef | None:
    """The target whose other name the new code-shaped name matched by ``m`` is: printed alone in
    brackets right after the target's name, in the description of a compound the sentence has named
    before ("MDX-1100, a fully human antibody against IP-10 (CXCL10)"): the compound is named already,
    so the bracket names the target again. The target is a reference one (its ref is returned) or one
    the words before it state ("antibody against", "targeting": ``_ACTED_ON``). None otherwise, and when
    the name shares its letters with a compound's code of the sentence ("… (MDX-1101)"), or no compound
    is named before ("an antibody to CD30 (SGN-30)" names the antibody in the bracket). ``compounds``:
    where the sentence's compound names end, and the code names read in it so far."""
    before = _NAME_BEFORE_BRACKET.search(text, max(sent.start, m.start() - 40), m.start())
    if before is None or not _CLOSING_BRACKET.match(text, m.end()):
        return None
    ends, named = compounds
    prefix = re.match(r"[A-Za-z]+", m.group(0))
    if prefix is None or any(name.upper().startswith(prefix.group(0).upper()) for name in named):
        return None
    name_end = before.start() + len(before.group(0).split("(")[0].rstrip())
    if not any(end <= before.start() for end in ends) and not named:
        return None
    if name_end in antigens:
        return antigens[name_end]
    if _ACTED_ON_BEFORE.search(text, max(sent.start, before.start() - 40), before.start()):
        return _ACTED_ON
    if PROTEIN_NAME_BEFORE.search(text, max(sent.start, m.start() - 80), m.start()):
        # "DX-2400, a … inhibitor of matrix metalloproteinase 14 (MMP-14)": the long name is a protein's,
        # so the bracket is its short name.
        return _ACTED_ON
    return None


#: After a name, the parenthesis of a compound's name: "CDX-011 (glembatumumab vedotin)".
_PARENS_BEFORE_NAME = cached_compile(r"\s*\(\s*")


def _beside_compound(text: str, m: re.Match[str], ends: set[int], starts: set[int]) -> bool:
    """Whether the name matched by ``m`` is printed in parentheses right after a compound's name, or
    right before one printed in parentheses: either way the filing states it that compound's name."""
    if _after_compound(text, m.start(), ends):
        return True
    paren = _PARENS_BEFORE_NAME.match(text, m.end())
    return paren is not None and text[m.end() : paren.end()].count("(") == 1 and paren.end() in starts


def _about_drugs(text: str, sent: Sentence, cues: _Cues) -> bool:
    """Whether a sentence is about drugs (a new code name in it may then be a compound). A row of a
    product-pipeline table is, by its header (callers check ``Sentence.table_row`` first)."""
    return cues.drug.holds(sent.start, sent.end) or (
        cues.bounded_drug.within(sent.start, sent.end)
        and bool(_DRUG_CONTEXT.search(text[sent.start : sent.end]))
    )


#: A wrapped line of prose is longer than this; a contact's title or a heading is shorter.
_WRAPPED_LINE_MIN = 60


def _short_line_before(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` is too short to be prose wrapped onto the next line."""
    return newline - (text.rfind("\n", 0, newline) + 1) < _WRAPPED_LINE_MIN


def _company_hits(
    doc: Document,
    sent: Sentence,
    gaz: Gazetteer,
    taken: SpanSet,
    cues: _Cues,
    index: int,
    named: list[Hit],
) -> list[Hit]:
    """Companies the reference does not know, recognised by their suffix (``Zeta Pharmaceuticals, Inc.``)."""
    found: list[Hit] = []
    suffixed = cues.company[index]
    for m in _COMPANY.finditer(doc.text, sent.start, sent.end) if suffixed else ():
        start, printed = m.start("name"), m.group("name")
        if "\t" in printed:
            # "Chief Financial Officer⇥Pure Communications, Inc.": a tab parts a table's cells, and no
            # name runs across one; the name is the last cell's.
            cut = printed.rindex("\t") + 1
            start, printed = start + cut, printed[cut:]
            if all(w.rstrip(",") in _LEGAL_FORM_WORDS or w in _INDUSTRY_WORDS for w in printed.split()):
                continue
        if _field_of_medicine(printed):
            continue  # "Senior Director of Clinical Oncology at Genzyme": a department, no company
        first = printed.split()[0]
        while (first in _NOT_COMPANY_START or first in _TITLE_WORDS) and len(printed.split()) > 1:
            # "Chief Financial Officer and Treasurer⏎Axcan Pharma Inc.": a person's title ends on the
            # line above the name, and is no word of it.
            cut = len(first) + len(printed[len(first) :]) - len(printed[len(first) :].lstrip())
            start, printed = start + cut, printed[cut:]
            first = printed.split()[0]
        end = start + len(printed)
        initial = _initial_before(doc.text, sent.start, start)
        if initial is not None:
            start, printed = initial, doc.text[initial:end]
        misprinted = _in_damaged_filer_name(doc, gaz, start, end)
        if misprinted is not None:
            # "lnvenra Therapeutics, Inc." on the cover: the capitals start past the damaged letter, but
            # the whole printing is the filer's name (a hidden label), and no company of its own.
            if not taken.overlaps(misprinted.start, misprinted.end):
                taken.add(misprinted.start, misprinted.end)
                found.append(misprinted)
            continue
        if _cut_from_longer_name(doc.text, start, printed):
            continue  # "Therapeutics, Inc." of "lnvenra Therapeutics, Inc.": a suffix, no company's name
        if taken.overlaps(start, end) or printed.count("\n") > 1 or set(printed.split()) & _STREET_WORDS:
            continue  # "21823 30th Drive SE": an address (SE the compass point), not a company
        if "\n" in printed and _short_line_before(doc.text, start + printed.index("\n")):
            # A name runs on to the next line only where prose wraps; under a short line (a contact's
            # title, a heading) the next line starts anew: "Director, Investor Relations" / "Medarex, Inc.".
            continue
        entry = gaz.lookup(printed) or gaz.company_by_base(printed)
        if entry is not None and entry.kind == NON_ENTITY:
            continue
        if entry is None:
            if _department(doc.text, start, end, printed) or _group_name(doc.text, end, printed):
                continue
            if _descriptor_of(doc.text, start, named):
                continue  # "Millennium: The Takeda Oncology Company" names Millennium once
            tail = _after_contact_words(doc, gaz, printed)
            if tail:
                start, printed = end - len(tail), tail
                entry = gaz.lookup(printed) or gaz.company_by_base(printed)
        ocr_filer = _filer_misprint(doc, gaz, printed) if entry is None else None
        taken.add(start, end)
        ref = entry.ref if entry is not None else ocr_filer or EntityRef("company", company_key(printed))
        found.append(Hit(start, end, printed, ref, entry is not None, ocr=ocr_filer is not None))
    if cues.partnership[index]:
        found.extend(_cued_company_hits(doc, sent, gaz, taken, [*named, *found]))
    if doc.text.find("Company", sent.start, sent.end) >= 0:
        found.extend(_initialled_company_hits(doc, sent, gaz, taken))
        found.extend(_company_named_bare_hits(doc, sent, gaz, taken))
    return found


#: A company's name ending in "Company", with its initials in brackets right after it, which the filing
#: then uses as its short name: "Bristol-Myers Squibb Company (BMS)", (“BMS”). Only "Company" with
#: the initials: "Company" alone ends many a phrase ("the Company", "a Holding Company"), and a name
#: with initials but no company word is an institution's or a trial group's ("Eastern Cooperative
#: Oncology Group (ECOG)").
_INITIALLED_COMPANY = cached_compile(
    r"(?<![\w&.-])(?P<name>(?:[A-Z][A-Za-z'-]*\s+){1,4}Company)\s*\(\s*[\"“]?(?P<short>[A-Z][A-Z&]{1,5})[\"”]?\s*\)"
)


#: A word of a name, as printed between spaces.
_WORD = cached_compile(r"\S+")


def name_initials(name: str) -> str:
    """The initials of a company's name, each word's and each part's of a hyphenated or run-together
    word ("Bristol-Myers Squibb Company" → "BMSC", "GlaxoSmithKline" → "GSK"), "&" kept."""
    parts = re.findall(r"&|[A-Z]?[a-z0-9'.]+|[A-Z]+(?![a-z])", collapse_spaces(name).replace(",", " "))
    return "".join(part[0].upper() for part in parts)


def _initialled_company_hits(doc: Document, sent: Sentence, gaz: Gazetteer, taken: SpanSet) -> list[Hit]:
    """Companies no list knows, named by words ending in "Company" right before their initials in
    brackets ("Bristol-Myers Squibb Company (BMS)"): the name is the run of those words whose initials
    the bracket prints, with or without the "C" of "Company" (so a capital opening the sentence, "The",
    is no part of it). Two initials at least besides "Company"'s."""
    found: list[Hit] = []
    for m in _INITIALLED_COMPANY.finditer(doc.text, sent.start, sent.end):
        short = m.group("short")
        start = None
        for word in _WORD.finditer(doc.text, m.start("name"), m.end("name")):
            initials = name_initials(doc.text[word.start() : m.end("name")])
            if len(initials) >= 3 and short in (initials, initials[:-1]):
                start = word.start()
                break
        end = m.end("name")
        if start is None or "\n\n" in doc.text[start:end] or taken.overlaps(start, end):
            continue
        printed = doc.text[start:end]
        entry = gaz.lookup(printed) or gaz.company_by_base(printed)
        if entry is not None and entry.kind != "company":
            continue
        taken.add(start, end)
        ref = entry.ref if entry is not None else EntityRef("company", company_key(printed))
        found.append(Hit(start, end, printed, ref, entry is not None))
    return found


#: Capitalised words ending in "Company" (not "… and Company", a legal form read elsewhere), one line
#: break at most inside: a company's name only when the filing also prints it without "Company".
_NAME_COMPANY = cached_compile(
    r"(?<![\w&.-])(?P<name>(?:[A-Z][A-Za-z'-]*[ \t]*\n?[ \t]*){1,4}?)Company(?![\w'’-])"
)


def _company_named_bare_hits(doc: Document, sent: Sentence, gaz: Gazetteer, taken: SpanSet) -> list[Hit]:
    """Companies no list knows, named by capitalised words ending in "Company" ("Bristol-Myers Squibb
    Company") where the filing also prints those words bare, as a name of their own, elsewhere ("sales
    by Bristol-Myers Squibb"): the words are then the company's name, not a phrase ending in "Company"
    ("The Company", "A Development Stage Company"), which no filing prints without its last word. The
    bare words are two at least, or one holding a hyphen or a capital inside ("GlaxoSmithKline");
    a determiner or a title opening them is no part of the name."""
    found: list[Hit] = []
    for m in _NAME_COMPANY.finditer(doc.text, sent.start, sent.end):
        words = list(_WORD.finditer(doc.text, m.start("name"), m.end("name")))
        for index, first in enumerate(words):
            if first.group() in _NOT_COMPANY_START or first.group() in _TITLE_WORDS:
                continue
            bare = collapse_spaces(doc.text[first.start() : m.end("name")])
            if (len(words) - index < 2 and not re.search(r".[A-Z-]", bare)) or not _printed_bare(
                doc.text, bare
            ):
                continue
            start, end = first.start(), m.end()
            if taken.overlaps(start, end):
                break
            printed = doc.text[start:end]
            entry = gaz.lookup(printed) or gaz.company_by_base(printed)
            if entry is not None and entry.kind != "company":
                break
            taken.add(start, end)
            ref = entry.ref if entry is not None else EntityRef("company", company_key(printed))
            found.append(Hit(start, end, printed, ref, entry is not None))
            break
    return found


def _printed_bare(text: str, name: str) -> bool:
    """Whether ``name`` is printed somewhere as a name of its own: with no capitalised word after it
    ("Company", "Holdings"), a line break inside allowed."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    bare = cached_compile(rf"(?<![\w&.-]){words}(?![\w&'’-])(?!\s+[A-Z])")
    return bare.search(text) is not None


#: After a name found by its industry word, a word making it a cooperative group's, a society's or a
#: network's ("the Children's Oncology Group", "Gynecologic Oncology Group"), not a company's.
_GROUP_AFTER = cached_compile(
    r"\s+(?:Group|Groups|Society|Network|Consortium|Cooperative|Foundation|Institute|Association|Alliance|"
    r"Council|Center|Centre|Program)\b(?!,?\s+(?:Inc\.|Ltd\.?|plc|AG|GmbH|S\.A\.|N\.V\.|LLC|Limited|Corporation))"
)


def _group_name(text: str, end: int, printed: str) -> bool:
    """Whether a name found by its industry word, with no legal form, goes on into a group's name
    ("Children's Oncology" of "the Children's Oncology Group"): no company is named there."""
    return not LEGAL_FORM_END.search(printed) and _GROUP_AFTER.match(text, end) is not None


#: Between a company's name and a name set after it as its description: "Millennium: The Takeda Oncology
#: Company".
_DESCRIPTOR_GLUE = cached_compile(r"\s*:\s*(?:[Tt]he\s+)?$")


def _descriptor_of(text: str, start: int, named: list[Hit]) -> bool:
    """Whether the name at ``start`` describes the company named right before it after a colon."""
    m = _DESCRIPTOR_GLUE.search(text, max(0, start - 8), start)
    return m is not None and any(h.kind == "company" and h.end == m.start() for h in named)


#: Words of a contact's title or department that a table cell prints right before the employer's name:
#: "Vice President, Investor Relations and Corporate Communications XOMA Ltd.".
_CONTACT_WORDS = frozenset({
    "Communications", "Relations", "Affairs", "Investor", "Investors", "Corporate", "Media", "Contact",
    "Contacts", "Public", "President", "Director", "Officer", "Manager", "Marketing", "Finance", "Operations",
})  # fmt: skip


def _after_contact_words(doc: Document, gaz: Gazetteer, printed: str) -> str | None:
    """The company's own name at the end of ``printed`` when words of a contact's title come before it
    ("Corporate Communications XOMA Ltd." → "XOMA Ltd."): the rest is a known company's name or the
    filer's. None when the name is not so made."""
    filer = filer_name(doc)
    words = list(re.finditer(r"\S+", printed))
    for before, word in itertools.pairwise(words):
        if before.group(0) not in _CONTACT_WORDS:
            continue
        tail = printed[word.start() :]
        entry = gaz.lookup(tail) or gaz.company_by_base(tail)
        if (entry is not None and entry.kind == "company") or (
            filer and company_key(tail) == company_key(filer)
        ):
            return tail
    return None


#: The industry words that end a company's name in ``_COMPANY``: a name they start is only its suffix.
_INDUSTRY_WORDS = frozenset(_INDUSTRY_NAME_ENDS.split("|"))
#: The words of a legal form after a name ("Inc.", "S.A.", "A/S"), with and without the stop.
_LEGAL_FORM_WORDS = frozenset({
    "Inc.", "Inc", "Incorporated", "Corporation", "Corp.", "Corp", "Ltd.", "Ltd", "Limited", "plc", "AG", "GmbH",
    "S.A.", "N.V.", "SE", "A/S",
})  # fmt: skip
#: A word right before a name, parted from it by one blank on its line: the name goes on to the left.
_WORD_RIGHT_BEFORE = cached_compile(r"[\w'’&-][ \t]$")


#: Words naming a field of medicine or a department before "Oncology" ("Clinical Oncology",
#: "Radiation Oncology"): with no legal form after them, a department's or a specialty's name.
_FIELD_WORDS = frozenset({
    "Clinical", "Medical", "Surgical", "Radiation", "Pediatric", "Gynecologic", "Molecular", "Translational",
    "Experimental", "Hematologic", "Thoracic", "Global", "Early", "Late", "Stage", "Development", "Research",
})  # fmt: skip


def _field_of_medicine(printed: str) -> bool:
    """Whether a name found by its suffix is a field of medicine or a department ("Clinical Oncology",
    "Radiation Oncology"): field words, then "Oncology", with no legal form after."""
    words = printed.split()
    return len(words) > 1 and words[-1] == "Oncology" and all(w in _FIELD_WORDS for w in words[:-1])


def _cut_from_longer_name(text: str, start: int, printed: str) -> bool:
    """Whether a name found by its suffix is only a suffix cut from a longer name: it starts with an
    industry word ("Therapeutics, Inc.") and a word stands right before it ("lnvenra Therapeutics,
    Inc.", where OCR printed "l" for the capital "I" the pattern starts at), or it holds nothing but
    industry and legal-form words. No company is named by its suffix alone."""
    words = [word.rstrip(",") for word in printed.split()]
    if words[0] not in _INDUSTRY_WORDS:
        return False
    if all(word in _INDUSTRY_WORDS or word in _LEGAL_FORM_WORDS for word in words):
        return True
    return _WORD_RIGHT_BEFORE.search(text, max(0, start - 2), start) is not None


def _in_damaged_filer_name(doc: Document, gaz: Gazetteer, start: int, end: int) -> Hit | None:
    """The filer's hit when ``start:end`` lies inside the filer's name as OCR damaged it where the
    filing prints it so (``damaged_filer_name``: "lnvenra Therapeutics, Inc." on the cover): the whole
    damaged printing names the filer (a hidden label). None elsewhere."""
    damaged = damaged_filer_name(doc)
    filer = filer_name(doc)
    if damaged is None or not filer:
        return None
    printed, (first, last) = damaged
    if not (first <= start and end <= last):
        return None
    # The filer's ref as the extractor's filer is resolved (``pipeline.filer_ref``).
    ref = gaz.resolve(filer)
    if ref is not None and ref.kind == "company":
        return Hit(first, last, printed, ref, True, ocr=True)
    return Hit(first, last, printed, EntityRef("company", company_key(filer)), False, ocr=True)


def _filer_misprint(doc: Document, gaz: Gazetteer, printed: str) -> EntityRef | None:
    """The filer, when ``printed`` is its name as OCR damaged it ("Ce1ldex Therapeutics" in a Celldex
    Therapeutics filing): the same letters but for look-alike characters (see ``kg.ocr``)."""
    filer = filer_name(doc)
    if not filer:
        return None
    own, seen = strip_legal_suffix(filer), strip_legal_suffix(printed)
    if own.lower() == seen.lower() or len(compact(own)) < 8 or skeleton(own) != skeleton(seen):
        return None
    ref = gaz.resolve(filer)
    return ref if ref is not None and ref.kind == "company" else EntityRef("company", company_key(filer))


#: A person's title right before a name, and its comma: "Executive Director, ", "Vice President, ".
_TITLE_BEFORE = cached_compile(
    r"\b(?:Director|President|Officer|Head|Manager|Lead|Leader|Chair|Chairman|Chairwoman|Dean|Fellow|"
    r"Scientist|Counsel|Physician|Professor)\s*,\s*$"
)
#: After the name, the organisation the title is held at: ", at Bristol-Myers Squibb", " of Pfizer".
_TITLE_AT_AFTER = cached_compile(r",?\s+(?:at|of|with)\s+(?:the\s+)?[A-Z]")


def _department(text: str, start: int, end: int, printed: str) -> bool:
    """Whether a name found by its industry word ("… Oncology") is a department in a person's title:
    printed between the title's comma and the organisation the title is held at ("Executive Director,
    Discovery Medicine-Clinical Oncology, at Bristol-Myers Squibb"). A name with a legal form is a
    company's wherever it stands."""
    if LEGAL_FORM_END.search(printed):
        return False
    return bool(_TITLE_BEFORE.search(text, max(0, start - 30), start) and _TITLE_AT_AFTER.match(text, end))


#: A leading initial of a company's name ("H. Lundbeck A/S"), where a list or a phrase puts a name.
_INITIAL_AFTER_PLACE = cached_compile(
    r"(?:[,(;]\s*|\b(?:and|with|to|by|of|from|between|include|includes|including)\s+)(?P<initial>[A-Z]\.\s+)$"
)
_INITIAL_ALONE = cached_compile(r"[A-Z]\.\s+")


def _initial_before(text: str, since: int, start: int) -> int | None:
    """Where a company's leading initial starts, right before its name at ``start`` ("H. Lundbeck
    A/S"): printed after a comma, a bracket or a word that puts a name there ("and H. Lundbeck A/S"), or
    opening the sentence; None when there is none."""
    if _INITIAL_ALONE.fullmatch(text, since, start):
        return since
    m = _INITIAL_AFTER_PLACE.search(text, max(since, start - 16), start)
    return m.start("initial") if m is not None else None


def _cued_company_hits(
    doc: Document, sent: Sentence, gaz: Gazetteer, taken: SpanSet, named: list[Hit]
) -> list[Hit]:
    """Companies no list knows, named where a sentence about a licence or collaboration puts a party:
    after "collaboration with", "licensed … to", "jointly with", "our partner", "partners include", as
    "A and B signed/entered into …", and every name of a list of parties that starts there ("alliances
    with GlaxoSmithKline, Emergent BioSolutions, Amgen and H. Lundbeck A/S.")."""
    text = doc.text
    found: list[Hit] = []
    matches = itertools.chain(
        ((m, "name") for m in _COMPANY_AFTER_CUE.finditer(text, sent.start, sent.end)),
        ((m, "name") for m in _COMPANY_LICENSED_TO.finditer(text, sent.start, sent.end)),
        ((m, "name") for m in _COMPANY_AFTER_PARTNER.finditer(text, sent.start, sent.end)),
        ((m, "name") for m in _company_before_partner(text, sent)),
        ((m, "name") for m in _COMPANY_DEVELOPING_WITH.finditer(text, sent.start, sent.end)),
        ((m, "name") for m in _COMPANY_WORD_AFTER_WITH.finditer(text, sent.start, sent.end)),
        (
            (m, group)
            for m in _COMPANY_JOINT.finditer(text, sent.start, sent.end)
            for group in ("name", "other")
        ),
    )
    companies = {h.start: h for h in named if h.kind == "company"}
    for m, group in matches:
        if m.re is _COMPANY_JOINT and not _known_company(
            gaz, m.group("other" if group == "name" else "name")
        ):
            continue  # "A and B signed": a new name is taken only beside a company's ("ImmunoGen and Lilly")
        names = [(m.start(group), m.group(group))]
        if m.re is _COMPANY_AFTER_CUE:
            names.extend(_listed_after(text, sent, m.start(group), companies))
        for start, printed in names:
            hit = _cued_hit(doc, gaz, taken, start, printed)
            if hit is not None:
                companies[hit.start] = hit
                found.append(hit)
    return found


#: Where a clause or a heading's words end inside a sentence: a stop, semicolon or colon and blanks.
_CLAUSE_OPENING = cached_compile(r"[.;:]\s+")


def _company_before_partner(text: str, sent: Sentence) -> Iterator[re.Match[str]]:
    """``_COMPANY_BEFORE_PARTNER`` at the start of the sentence or of a clause in it ("Epratuzumab. UCB,
    our licensee for epratuzumab, …" when a heading's word opens the sentence)."""
    starts = [sent.start, *(m.end() for m in _CLAUSE_OPENING.finditer(text, sent.start, sent.end))]
    for at in starts:
        m = _COMPANY_BEFORE_PARTNER.match(text, at, sent.end)
        if m is not None:
            yield m


def _cued_hit(doc: Document, gaz: Gazetteer, taken: SpanSet, start: int, printed: str) -> Hit | None:
    """The company named ``printed`` at ``start`` where a cue puts a party, unless the place is taken or
    the words name no company (the filer's role, a place, a title, an institution)."""
    printed = printed.rstrip("&- ")
    while printed.split()[0] in _NOT_COMPANY_START and " " in printed:
        cut = printed.index(" ") + 1
        start, printed = start + cut, printed[cut:]
    end = start + len(printed)
    if (
        taken.overlaps(start, end)
        or printed.split()[0] in _NOT_COMPANY_WORDS
        or set(printed.split()) & _NOT_PARTY_WORDS
        or "\n\n" in printed
        or _institution(doc.text, start, printed)
    ):
        return None
    entry = gaz.lookup(printed)
    if entry is not None and entry.kind != "company":
        return None
    entry = entry or gaz.company_by_base(printed)
    taken.add(start, end)
    ref = entry.ref if entry is not None else EntityRef("company", company_key(printed))
    return Hit(start, end, printed, ref, entry is not None)


#: Between two names of a list: ", ", ", and ", " and ".
_LIST_SEPARATOR = cached_compile(r",\s+(?:and\s+)?|,?\s+and\s+")
_CUE_NAME_AT = cached_compile(_CUE_NAME)
#: Where a list of parties ends: the end of its sentence or clause.
_LIST_END = cached_compile(r"\s*(?:[.;:]|$)")


def _listed_after(text: str, sent: Sentence, start: int, companies: dict[int, Hit]) -> list[tuple[int, str]]:
    """The names of the list of parties whose first name starts at ``start`` ("with GlaxoSmithKline,
    Emergent BioSolutions, Amgen and H. Lundbeck A/S."), after the first. Each item is a company's name
    already found or capitalised words; the list ends its sentence or clause. Any other item ("and
    others", "in Europe", "to develop") leaves the list unsure: none is taken."""
    items: list[tuple[int, str]] = []
    pos = start
    while True:
        end = _item_end(text, pos, companies)
        if end is None:
            return []
        if pos != start and pos not in companies:
            items.append((pos, text[pos:end]))
        sep = _LIST_SEPARATOR.match(text, end, sent.end)
        if sep is None:
            return items if _LIST_END.match(text, end, sent.end) else []
        pos = sep.end()


def _item_end(text: str, pos: int, companies: dict[int, Hit]) -> int | None:
    """Where the list item at ``pos`` ends: a company's name found there, else capitalised words."""
    if pos in companies:
        return companies[pos].end
    m = _CUE_NAME_AT.match(text, pos)
    return m.end() if m is not None else None


#: Words naming an institution, not a company: "the Center for Molecular Medicine and Immunology",
#: "the National Cancer Institute", "the University of Texas".
_INSTITUTION_WORDS = frozenset({
    "Center", "Centre", "Centers", "Institute", "Institutes", "University", "Hospital", "Foundation", "School",
    "College", "Clinic", "Council", "Agency", "Department", "Ministry", "Academy", "Society", "Association",
    "Consortium", "Network", "Laboratory", "Program", "Programme", "Office", "Service", "Services", "Trust",
})  # fmt: skip
#: "the" right before a name: with one word only, a generic noun ("the Center", "the Foundation").
_THE_BEFORE = cached_compile(r"\bthe\s+$", re.IGNORECASE)


def _institution(text: str, start: int, printed: str) -> bool:
    """Whether a name a partnership cue puts where a party goes is no company's: an institution's
    ("Center", "Institute", "University" …), or one word after "the" (a generic noun: "the Center")."""
    words = printed.split()
    if set(words) & _INSTITUTION_WORDS:
        return True
    return len(words) == 1 and _THE_BEFORE.search(text, max(0, start - 6), start) is not None


def _known_company(gaz: Gazetteer, printed: str) -> bool:
    """Whether ``printed`` is a company's name: the reference's, or one with a legal or industry suffix."""
    entry = gaz.lookup(printed)
    if entry is not None:
        return entry.kind == "company"
    return _COMPANY.fullmatch(printed) is not None


def _trial_name(text: str, m: re.Match[str], sent: Sentence, printed: str) -> bool:
    """Whether the code-shaped name matched by ``m`` (``printed``), which no list knows, names a trial:
    clean in shape, and printed where the sentence calls it a trial (``NAMED_TRIAL``)."""
    if not _CODE_CLEAN.match(printed) or _NOT_AFTER.search(text, max(sent.start, m.start() - 12), m.start()):
        return False
    prefix = re.match(r"[A-Z]+", printed)
    if prefix is None or prefix.group(0) in _NOT_COMPOUND_PREFIX:
        return False
    return _trial_place(text, m.start(), m.end(), sent) == NAMED_TRIAL


def _new_code_shape(
    text: str,
    m: re.Match[str],
    sent: Sentence,
    printed: str | None = None,
    shape: re.Pattern[str] = _CODE_CLEAN,
) -> bool:
    """Shaped like a code name no list knows: clean ``shape``, not a rule/form/antigen prefix, not an
    antibody's name, not printed where a trial's name goes (it is one when, besides, its sentence is
    about drugs). ``printed`` is the match as the shape test reads it (a spaced code without its space)."""
    printed = m.group(0) if printed is None else printed
    if not shape.match(printed):
        return False
    prefix = re.match(r"[A-Z]+", printed)
    if prefix is None or prefix.group(0) in _NOT_COMPOUND_PREFIX:
        return False
    if _NOT_AFTER.search(text[max(sent.start, m.start() - 12) : m.start()]):
        return False
    if _ACTED_ON_BEFORE.search(text, max(sent.start, m.start() - 40), m.start()):
        return False  # "MDX-1100, an antibody to IP-10": IP-10 is the antibody's target
    if _trial_place(text, m.start(), m.end(), sent):
        return False
    if _CELL_LINE_AFTER.match(text, m.end(), min(sent.end, m.end() + _TRIAL_WINDOW)):
        return False
    if _ACTED_ON_AFTER.match(text, m.end(), sent.end):
        return False  # "an oral HSP90 inhibitor", "the DEC-205 receptor": what a drug acts on
    # "MLN591 antibody" names the antibody of a conjugate, not a compound of its own.
    if re.match(r"\s+antibod", text[m.end() : m.end() + 12]):
        return False
    return not _column_header_line(text, m.start())


#: Names listed together: "BLISS-52 and BLISS-76", "A, B and C", "A & B".
NAME_LIST_GLUE = r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)"
#: Before a name in a trial's place: inside parentheses right after "trial(s)"/"study"/"studies",
#: first or further in a list ("two Phase III trials (BLISS-52 and BLISS-76)").
_TRIAL_PARENS_BEFORE = cached_compile(
    rf"\b(?i:trials?|stud(?:y|ies))\s*\(\s*(?:[A-Z][\w-]*{NAME_LIST_GLUE})*$"
)
#: … or set off by commas as the trials' names: "two Phase 3 trials, BLISS-52 and BLISS-76, in …".
_TRIAL_COMMA_BEFORE = cached_compile(
    rf"\b(?i:trials|stud(?:y|ies)|trial)\s*,\s*(?:[A-Z][\w-]*{NAME_LIST_GLUE})*$"
)
_TRIAL_COMMA_AFTER = cached_compile(rf"(?:{NAME_LIST_GLUE}[A-Z][\w-]*)*\s*,")
#: After a name in a trial's place: "trial(s)"/"study"/"studies", maybe after the rest of a list
#: ("the BLISS-52 trial", "the BLISS-52 and BLISS-76 trials").
_TRIAL_WORD_AFTER = cached_compile(rf"(?:{NAME_LIST_GLUE}[A-Z][\w-]*)*\s+(?i:trials?|stud(?:y|ies))\b")
#: A phase as a trial's description prints it: "Phase 3", "phase III", "Phase I/II", "Phase 1b".
_TRIAL_PHASE = r"[Pp]hase\s+(?:[IVl1|L]{1,3}|[1-4])[abAB]?(?:\s*/\s*(?:[IVl1|L]{1,3}|[1-4])[abAB]?)?"
#: Words describing a trial between its article and "trial(s)": how many, its phase, its kind. A comma
#: may part two of them ("ASPIRE, the international, randomized Phase 3 trial").
_TRIAL_DESCRIPTION = (
    r"(?:(?:two|three|four|five|both|pivotal|global|ongoing|international|multinational|randomi[sz]ed|"
    r"registration(?:al)?|confirmatory|double-blind|placebo-controlled|open-label|multi-?cent(?:er|re)|"
    rf"head-to-head|single-arm|clinical|efficacy|{_TRIAL_PHASE}),?\s+)*"
)
#: After a name (or the rest of a list), a description set off by a comma calling it a trial: "BLISS-52
#: and BLISS-76, the two Phase 3 trials of belimumab", "AVID-21, a Phase II study". Not a trial's drug
#: ("XYZ-12, our Phase 2 study drug").
_TRIAL_APPOSITIVE_AFTER = cached_compile(
    rf"(?:{NAME_LIST_GLUE}[A-Z][\w-]*)*\s*,\s*(?:the|a|an|our|its|their|both|these|those|two|three|four)\s+"
    rf"{_TRIAL_DESCRIPTION}(?i:trials?|stud(?:y|ies))\b"
    r"(?!\s+(?:drugs?|compounds?|candidates?|agents?|medications?|products?|medicines?|treatments?|"
    r"therap(?:y|ies)|arms?|sites?|patients?|subjects?|participants?|investigators?|centers?|centres?)\b)"
)
#: After a name, the trial's own name it is stated to be: "PGT303, known as the PIONEER trial", "PGT303,
#: also referred to as the PIONEER study", "D9902B, also known as IMPACT, a … Phase 3 trial", "PGT303 (the
#: PIONEER trial)". The code is the trial's number, not a drug's.
_TRIAL_KNOWN_AS_AFTER = cached_compile(
    r"\s*,?\s*(?:also\s+)?(?:known|referred\s+to|designated)\s+as\s+(?:the\s+)?[A-Z][\w-]*"
    rf"(?:\s+[A-Z0-9][\w-]*){{0,2}}?(?:\s+(?i:trials?|stud(?:y|ies))\b|\s*,\s*(?:the|a|an)\s+{_TRIAL_DESCRIPTION}"
    r"(?i:trials?|stud(?:y|ies))\b)"
    r"|\s*\(\s*the\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2}?\s+(?i:trial|study)\s*\)"
)
#: Right before a name, a trial it is what the trial is of, or a phase: "a Phase 3 study of ", "Phase 2 ".
#: A name "known as" a trial's after such words is the trial's drug, not its number.
_TRIAL_OF_BEFORE = cached_compile(
    rf"(?:\b(?i:trials?|stud(?:y|ies)|programs?|evaluation)\s+(?:of|with|evaluating)\s+(?:the\s+)?|{_TRIAL_PHASE}\s+)$"
)
#: How far around a name its trial's place is looked for (a list of a few names).
_TRIAL_WINDOW = 80


def _trial_place(text: str, start: int, end: int, sent: Sentence) -> str | None:
    """Where ``text[start:end]``, in ``sent``, is printed where a trial's name goes: a new code-shaped
    name there names a trial (``BLISS-52``), not a compound. ``NAMED_TRIAL`` where the sentence names the
    trial so ("two Phase III trials (BLISS-52 and BLISS-76)", "trials, BLISS-52 and BLISS-76, in",
    "BLISS-52 and BLISS-76, the two Phase 3 trials of", "PGT303, known as the PIONEER trial"), ``"trial-word"`` where the name only stands
    before "trial"/"study" ("the BLISS-52 trial": the trial's name, or the name of the drug the trial
    tests); None elsewhere."""
    before = text[max(sent.start, start - _TRIAL_WINDOW) : start]
    after = min(sent.end, end + _TRIAL_WINDOW)
    if _TRIAL_PARENS_BEFORE.search(before):
        return NAMED_TRIAL
    if _TRIAL_COMMA_BEFORE.search(before) and _TRIAL_COMMA_AFTER.match(text, end, after):
        # Set off by commas after "trials": their names ("In the trial, X was …" is no list).
        return NAMED_TRIAL
    if _TRIAL_APPOSITIVE_AFTER.match(text, end, after):
        return NAMED_TRIAL
    if _TRIAL_KNOWN_AS_AFTER.match(text, end, after) and not _TRIAL_OF_BEFORE.search(before):
        # "PGT303, known as the PIONEER trial" names the trial; "our Phase 3 study of SV-2208, known as the
        # REACH trial" names the study a drug is in, and the trial's name is the study's.
        return NAMED_TRIAL
    return "trial-word" if _TRIAL_WORD_AFTER.match(text, end, after) is not None else None


#: A trial's place where the sentence itself calls the name a trial's (see ``_trial_place``).
NAMED_TRIAL = "named-trial"


# ---------------------------------------------------------------------------------------------------------
# Names the filing teaches: brands it introduces, code prefixes it uses, "<antigen> ADC".

#: A brand name right before a compound's INN that it introduces: "ADCETRIS (brentuximab vedotin",
#: "KADCYLA(TM) (ado-trastuzumab emtansine", "ADCETRIS, or brentuximab vedotin". In capitals, or
#: capitalised with a trademark sign ("Adcetris® (brentuximab vedotin").
_BRAND_BEFORE = cached_compile(
    rf"(?<![\w-])(?P<brand>[A-Z]{{4,15}}|[A-Z][a-z]{{3,15}}(?=\s*{_MARK}))\s*{_MARK}?(?:\s*\(\s*|,\s*or\s+)$"
)
#: … or right after it in parentheses, with a trademark sign: "brentuximab vedotin (ADCETRIS™)".
_BRAND_AFTER = cached_compile(rf"\s*\(\s*(?P<brand>[A-Z]{{4,15}}|[A-Z][a-z]{{3,15}})\s*{_MARK}\s*\)")
#: Words in capitals that may stand right before an INN's parenthesis without being its brand.
_NOT_BRANDS = {
    "ABOUT", "NOTE", "NOTES", "UPDATE", "UPDATES", "HIGHLIGHTS", "PIPELINE", "PRODUCT", "PRODUCTS", "DRUG",
    "DRUGS", "TRIAL", "TRIALS", "STUDY", "DATA", "RESULTS", "ANTIBODY", "CONJUGATE", "CANCER", "PHASE",
    "NASDAQ", "GAAP", "ADCS", "SCLC", "NSCLC", "ALCL", "EORTC", "ASCO", "AACR", "ESMO", "SABCS", "BLA", "NDA",
    "FDA", "EMEA", "AND", "WITH", "FROM", "PLUS", "COMBINATION", "TREATMENT", "THERAPY", "APPROVAL",
}  # fmt: skip
#: Prefixes of hyphenated English words and titles, never a company's code prefix ("NON-GAAP", "CO-CEO").
_NOT_CODE_PREFIX = {
    "NON",
    "PRO",
    "PRE",
    "POST",
    "ANTI",
    "MULTI",
    "SEMI",
    "SUB",
    "MID",
    "CO",
    "RE",
    "EX",
    "CEO",
}
#: An antigen's name with a digit and "ADC": "CD19 ADC", "LIV-1 ADC", "HER3 ADC" (a known antigen's,
#: "PSMA ADC", is found by ``_target_adc``). "ADCs" (a kind) and "ADC-" (a compound word) are not names.
_ANTIGEN_ADC = cached_compile(r"(?<![\w-])(?:CD\d{1,3}[A-Za-z]?|[A-Z]{2,5}-?\d{1,2})[ \t]+ADC(?![\w-])")
_TARGET_ADC = cached_compile(r"[ \t]+ADC(?![\w-])")
#: Before "<antigen> ADC": an article, a possessive or "anti-" makes it a description ("an HER2 ADC",
#: "our CD30 ADC"), not a compound's name.
#: So does any word in small letters but "and"/"or" ("the novel CD70 ADC", "fully human CD70 ADC").
_GENERIC_BEFORE = cached_compile(
    r"(?:\b(?i:an?|the|our|its|their|this|that|these|each|any|one|other)\s+|\b(?!(?:and|or)\b)[a-z][a-z-]*\s+"
    r"|['’]s?\s+|anti-)$"  # a possessive, plural too ("Seattle Genetics' CD70 ADC"): another's compound
)


def _target_adc(doc: Document, hit: Hit, taken: SpanSet) -> Hit | None:
    """A known antigen's name followed by "ADC" ("PSMA ADC"): the compound so named, not the antigen."""
    text = doc.text
    m = _TARGET_ADC.match(text, hit.end)
    if m is None or _GENERIC_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return None
    ref = _antigen_adc_ref(doc, text[hit.start : m.end()])
    if ref is None or taken.overlaps(hit.end, m.end()):
        return None
    taken.add(hit.end, m.end())
    return Hit(hit.start, m.end(), " ".join(text[hit.start : m.end()].split()), ref, False)


def _antigen_adc_ref(doc: Document, printed: str) -> EntityRef | None:
    """The compound "<antigen> ADC" names in this filer's filings: every developer of a CD70 ADC
    calls its own so, so the name is the filer's ("seattle-genetics-cd70-adc"); None when no filer
    is known."""
    filer = filer_name(doc)
    if not filer:
        return None
    return EntityRef("compound", slugify(f"{company_key(filer)} {' '.join(printed.split())}"))


def _trials_wherever_printed(hits: list[Hit]) -> list[Hit]:
    """The hits with a code name the filing calls a trial's somewhere ("PGT303, known as the PIONEER
    trial") read as that trial's wherever else it is printed ("XYOTAX(TM) PGT303 PIONEER trial enrollment
    continues"): a trial's number names no compound."""
    trials = {h.printed: h.ref for h in hits if h.kind == "trial"}
    if not trials:
        return hits
    return [
        replace(h, ref=trials[h.printed])
        if h.kind == "compound" and not h.known and h.printed in trials
        else h
        for h in hits
    ]


def _learned_names(
    doc: Document,
    sents: list[Sentence],
    gaz: Gazetteer,
    hits: list[Hit],
    blocked: list[tuple[int, int]],
    cues: _Cues,
) -> list[Hit]:
    """Names the filing itself shows to be compounds' (in usable sentences, where no name is yet):
    every use of a brand it introduces with an INN, code names of letters only with a code prefix
    it uses ("ALN-VSP" beside "ALN-RSV01") or described right there as a drug, and "<antigen> ADC"."""
    text = doc.text
    taken = SpanSet([*((h.start, h.end) for h in hits), *blocked])
    starts = [sent.start for sent in sents]
    found: list[Hit] = []

    def usable(start: int, end: int) -> Sentence | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > sents[i].end or sents[i].boilerplate or taken.overlaps(start, end):
            return None
        return sents[i]

    marked, generics = _marked_brands(text, hits, gaz)
    for start, end, generic in generics:
        if usable(start, end) is not None:  # "RELISTOR® (methylnaltrexone bromide)": the drug's own name
            taken.add(start, end)
            found.append(Hit(start, end, text[start:end], generic, False, inn=True))
    for word, generic in sorted({(text[a:b].lower(), generic) for a, b, generic in generics}):
        pattern = re.compile(rf"(?<![\w-])(?:{re.escape(word)}|{re.escape(word.capitalize())})(?![\w-])")
        for m in pattern.finditer(text):
            if usable(m.start(), m.end()) is not None:
                taken.add(*m.span())
                found.append(Hit(m.start(), m.end(), m.group(0), generic, False, inn=True))
    for brand in sorted(_brands(text, hits, gaz) | marked):
        spellings = {brand, brand.capitalize()} if brand.isupper() else {brand}
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(spellings)) + r")(?![\w-])")
        for m in pattern.finditer(text):
            if usable(m.start(), m.end()) is not None:
                taken.add(*m.span())
                found.append(
                    Hit(
                        m.start(),
                        m.end(),
                        m.group(0),
                        EntityRef("compound", slugify(brand)),
                        False,
                        brand=True,
                    )
                )
    prefixes = {
        h.printed.split("-")[0]
        for h in (*hits, *found)
        if h.kind == "compound" and re.match(r"[A-Z]{2,5}-", h.printed) and is_code_like(h.printed)
    }
    for m in _letter_codes(text):
        printed, prefix = m.group(0), m.group(0).split("-")[0]
        sent = usable(m.start(), m.end())
        if sent is None or prefix in _NOT_COMPOUND_PREFIX or prefix in _NOT_CODE_PREFIX:
            continue
        if not (prefix in prefixes or _DESCRIBED_AS_DRUG.match(text, m.end(), sent.end)):
            continue
        if gaz.lookup(printed) is not None or not _new_code_place(text, m.start(), m.end(), sent):
            continue
        if sent.table_row or _about_drugs(text, sent, cues):
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
    found.extend(_word_codes(text, [*hits, *found], usable, cues, taken))
    found.extend(_alias_list_names(text, [*hits, *found], gaz, usable, taken))
    bracketed = _bracketed_codes(text, [*hits, *found], gaz, usable, taken)
    wide = [h for h in hits if h.kind == "compound" and not h.known and _WIDE_CODE.match(h.printed)]
    found.extend(bracketed)
    placed = _placed_codes(text, [*hits, *found], gaz, usable, (cues, taken))
    found.extend(placed)
    found.extend(_other_printings(text, [*bracketed, *wide, *placed], usable, taken))
    found.extend(_learned_companies(text, hits, usable, taken))
    if cues.bounded_drug.starts:  # "ADC" is one of its words
        for m in _ANTIGEN_ADC.finditer(text):
            sent = usable(m.start(), m.end())
            if sent is None or _GENERIC_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            if _FISCAL_TOKEN.match(m.group(0).split()[0]) or m.group(0).split("-")[0] in _NOT_COMPOUND_PREFIX:
                continue
            ref = _antigen_adc_ref(doc, m.group(0))
            if ref is None:
                continue
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), " ".join(m.group(0).split()), ref, False))
    return found


#: A code name of a company's prefix, a hyphen, a programme's capitals and one to three digits: "IMC-A12",
#: "ABX-MA1". Shaped as a gene's name may be ("PD-L1"), so taken only with a prefix of the filing's own
#: codes, where the filing prints it as a drug's name (see ``_placed_codes``).
_PREFIXED_CODE = cached_compile(r"[A-Z](?<![\w.@-].)[A-Z]{1,4}-[A-Z]{1,4}\d{1,3}[A-Z]?(?![\w-])")
#: A code name of a prefix in mixed case and digits, as some companies print theirs: "XmAb5871",
#: "XmAb7195". Taken only where the filing prints it as a drug's name.
_MIXED_CODE = cached_compile(r"[A-Z](?<![\w.@-].)[a-z]{0,2}[A-Z][A-Za-z]{0,3}\d{3,6}(?![\w-])")
#: After a name, its description as a drug in a clause of its own: "XmAb5871 is a first-in-class
#: monoclonal antibody", "X was an oral inhibitor".
_IS_A_DRUG = cached_compile(
    r"\s+(?:is|was)\s+(?:an?|our|the|its)\s+(?:(?!(?:of|for|to|against|by|targets?|the)\b)[\w-]+\s+){0,5}?"
    r"(?:therapeutics?|candidates?|conjugates?|ADCs?|antibod(?:y|ies)|inhibitors?|compounds?|drugs?|vaccines?)\b"
)
#: Before a name: another name of it in brackets, maybe after alias words ("MOR208 (formerly ").
_ALIAS_BRACKET_BEFORE = cached_compile(
    r"\s*\(\s*(?:(?:also\s+known\s+as|formerly(?:\s+known\s+as)?|previously|now)\s+)?$", re.IGNORECASE
)


def _placed_codes(
    text: str,
    hits: list[Hit],
    gaz: Gazetteer,
    usable: Callable[[int, int], Sentence | None],
    read: tuple[_Cues, SpanSet],
) -> list[Hit]:
    """Code names of shapes that other names share (``_PREFIXED_CODE`` with a prefix of the filing's own
    codes, ``_MIXED_CODE``), taken where the filing prints them as a drug's name, in a sentence about
    drugs: described as a drug right after ("IMC-A12, a fully human monoclonal antibody", "XmAb5871 is
    a … monoclonal antibody") or as what a trial is of ("a Phase 1b/2a trial of XmAb5871"); a
    mixed-case code also beside a compound's name in brackets or a list ("MOR208 (formerly XmAb5574)").
    Never what a drug acts on ("an antibody to …", "… receptor")."""
    cues, taken = read
    compounds = [h for h in hits if h.kind == "compound"]
    prefixes = (
        {
            h.printed.split("-")[0]
            for h in compounds
            if re.match(r"[A-Z]{2,5}-", h.printed)
            and (is_code_like(h.printed) or _LETTER_CODE.fullmatch(h.printed))
        }
        - _NOT_COMPOUND_PREFIX
        - _NOT_CODE_PREFIX
    )
    starts = {h.start for h in compounds}
    ends = {h.end for h in compounds}
    found: list[Hit] = []
    matches = [
        m
        for m in _MIXED_CODE.finditer(text)
        if any(c.islower() for c in m.group(0)) and not _FISCAL_TOKEN.match(m.group(0))
    ]
    if prefixes:
        matches += [m for m in _PREFIXED_CODE.finditer(text) if m.group(0).split("-")[0] in prefixes]
    for m in sorted(matches, key=lambda m: m.start()):
        printed = m.group(0)
        sent = usable(m.start(), m.end())
        if (
            sent is None
            or gaz.lookup(printed) is not None
            or not _new_code_place(text, m.start(), m.end(), sent)
        ):
            continue
        if not (sent.table_row or _about_drugs(text, sent, cues)):
            continue
        if _ACTED_ON_BEFORE.search(text, max(sent.start, m.start() - 40), m.start()) or _ACTED_ON_AFTER.match(
            text, m.end(), sent.end
        ):
            continue  # "an antibody to PD-L1": what a drug acts on
        described = (
            _DESCRIBED_AS_DRUG.match(text, m.end(), sent.end)
            or _IS_A_DRUG.match(text, m.end(), sent.end)
            or _TRIAL_OF_BEFORE.search(text, max(sent.start, m.start() - 20), m.start())
        )
        if not described and m.re is _PREFIXED_CODE:
            continue  # shaped as a gene's name may be: only a drug's own description tells
        after = _NEXT_NAME.match(text, m.end(), sent.end)
        before = _LISTED_BEFORE.search(text, max(sent.start, m.start() - 8), m.start())
        alias = _ALIAS_BRACKET_BEFORE.search(text, max(sent.start, m.start() - 30), m.start())
        if not (
            described
            or (after is not None and after.end() in starts)
            or (before is not None and before.start() in ends)
            or (alias is not None and alias.start() in ends)
        ):
            continue
        taken.add(*m.span())
        found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
    return found


#: A code name of a capitalised word, a space and three or four digits, as some companies print theirs:
#: "Debio 0932". Never a year ("March 2011").
_WORD_CODE = cached_compile(r"[A-Z](?<![\w.@-].)[a-z]{2,7} (?!(?:19|20)\d\d(?![\d-]))\d{3,4}(?![\w-]|[.,]\d)")
#: Words that a number follows in prose without making a code name: "Study 301", "Suite 100".
_NOT_WORD_CODE = frozenset({
    "Study", "Studies", "Protocol", "Trial", "Phase", "Cohort", "Part", "Arm", "Suite", "Room", "Floor",
    "Route", "Highway", "Box", "Item", "Form", "Rule", "Section", "Note", "Notes", "Exhibit", "Page", "Table",
    "Figure", "Schedule", "Chapter", "Amendment", "Number", "Unit", "Building", "Fiscal", "Quarter", "Year",
    "Day", "Days", "Week", "Weeks", "Cycle", "Level", "Grade", "Stage", "Class", "Type", "Version", "Model",
    "Patent", "Patents", "Code", "Nasdaq", "Approximately", "About", "Over", "Under", "Some", "Nearly",
})  # fmt: skip


def _word_codes(
    text: str,
    hits: list[Hit],
    usable: Callable[[int, int], Sentence | None],
    cues: _Cues,
    taken: SpanSet,
) -> list[Hit]:
    """Code names of a capitalised word and digits ("Debio 0932") in sentences about drugs, taken only
    where the filing states them drugs: beside another compound's name in a list or in brackets
    ("CUDC-907, CUDC-101 and Debio 0932", "Debio 0932 (formerly CUDC-305)"), or described as a drug
    right after ("Debio 0932, an oral HSP90 inhibitor")."""
    starts = {h.start for h in hits if h.kind == "compound"}
    ends = {h.end for h in hits if h.kind == "compound"}
    found: list[Hit] = []
    for m in _WORD_CODE.finditer(text):
        printed = m.group(0)
        sent = usable(m.start(), m.end())
        if sent is None or printed.split()[0] in _NOT_WORD_CODE:
            continue
        if not (sent.table_row or _about_drugs(text, sent, cues)):
            continue
        after = _NEXT_NAME.match(text, m.end(), sent.end)
        before = _LISTED_BEFORE.search(text, max(sent.start, m.start() - 8), m.start())
        if not (
            (after is not None and after.end() in starts)
            or (before is not None and before.start() in ends)
            or _DESCRIBED_AS_DRUG.match(text, m.end(), sent.end)
        ):
            continue
        taken.add(*m.span())
        found.append(Hit(m.start(), m.end(), printed, EntityRef("compound", slugify(printed)), False))
    return found


#: After a name: its other name in brackets, maybe after alias words, or the next name of a list.
_NEXT_NAME = cached_compile(
    r"\s*\(\s*(?:(?:also\s+known\s+as|formerly(?:\s+known\s+as)?|previously|now)\s+)?|\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)"
)
#: Before a name: the glue of a list it ends or goes on ("CUDC-101 and ", "CUDC-907, ").
_LISTED_BEFORE = cached_compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")


#: A list of other names in brackets after a compound's INN: "Milatuzumab (hLL1, IMMU-115)",
#: "90Y-clivatuzumab tetraxetan (90Y-hPAM4, IMMU-107)"; or after its brand, maybe with a trademark sign:
#: "Tarceva™ (erlotinib HCl, OSI-774)".
_ALIAS_LIST = cached_compile(rf"{_MARK}?\s*\(\s*(?P<items>[^()\n]{{3,80}}?)\s*\)")
_ALIAS_ITEM_GLUE = cached_compile(r"\s*[,;]\s*")
#: An item of such a list no list knows: a code-like name, maybe with a radiolabel ("hLL1", "90Y-hPAM4").
_ALIAS_ITEM = cached_compile(r"(?:\d{2,3}[A-Z][a-z]?-)?[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
#: The salt an INN is printed with, after it: "erlotinib HCl", "imatinib mesylate". No part of the name.
_SALT_AFTER = cached_compile(
    r"\s+(?:HCl|hydrochloride|mesylate|maleate|tosylate|besylate|citrate|tartrate|sulfate|sulphate|acetate|"
    r"phosphate|sodium|potassium|calcium|malate|fumarate|succinate|bromide|chloride)$"
)
#: A brand's name as printed: one capitalised word or one in capitals ("Tarceva", "ADCETRIS").
_BRAND_SHAPED = cached_compile(r"[A-Z][a-z]{3,15}|[A-Z]{4,15}")


def alias_list(text: str, hit: Hit) -> list[tuple[int, int]]:
    """Where the names of a bracketed list of other names right after an INN's name ``hit`` are printed
    (two to four names, separated by commas, an INN's salt left out: "erlotinib HCl" is erlotinib);
    [] when no such list follows. After a brand's name ("Tarceva™ (erlotinib HCl, OSI-774)") the list
    is its other names only when one of them, and one only, is an INN: the brand's compound."""
    if hit.kind != "compound":
        return []
    after_inn = hit.inn or _INN.fullmatch(hit.printed) is not None
    if not after_inn and not (
        (hit.brand or hit.known) and _BRAND_SHAPED.fullmatch(hit.printed) and not is_code_like(hit.printed)
    ):
        return []
    m = _ALIAS_LIST.match(text, hit.end)
    if m is None:
        return []
    spans: list[tuple[int, int]] = []
    pos = m.start("items")
    for glue in [*_ALIAS_ITEM_GLUE.finditer(text, pos, m.end("items")), None]:
        end = glue.start() if glue is not None else m.end("items")
        salt = _SALT_AFTER.search(text, pos, end)
        spans.append((pos, salt.start() if salt is not None else end))
        pos = glue.end() if glue is not None else end
    if not 2 <= len(spans) <= 4:
        return []
    if not after_inn and sum(1 for a, b in spans if _INN.fullmatch(text, a, b)) != 1:
        return []
    return spans


def _alias_list_names(
    text: str, hits: list[Hit], gaz: Gazetteer, usable: Callable[[int, int], Sentence | None], taken: SpanSet
) -> list[Hit]:
    """The names of a bracketed list of other names after an INN ("Milatuzumab (hLL1, IMMU-115)") that no
    list knows ("hLL1"): taken when another name of the list is a compound's, or the list follows an INN
    and each of its new names holds a digit, and every other one is code-like (an antigen's or a
    company's name makes it no list of names; the antigen the compound acts on, "anti-CD74", is left
    out of the list)."""
    by_span = {(h.start, h.end): h for h in hits}
    found: list[Hit] = []
    for h in hits:
        spans = [span for span in alias_list(text, h) if not _antigen_item(text, *span)]
        new = [span for span in spans if span not in by_span]
        named = any(by_span.get(span, h).kind == "compound" and span in by_span for span in spans)
        # After an INN, a list of codes with digits is the INN's other names though none is known yet:
        # "Milatuzumab (hLL1, IMMU-115, anti-CD74)".
        coded = (h.inn or _INN.fullmatch(h.printed) is not None) and all(
            any(c.isdigit() for c in text[a:b]) for a, b in new
        )
        if not spans or not (named or coded):
            continue
        if all(_alias_item(text, gaz, *span) for span in new) and all(usable(*span) for span in new):
            for start, end in new:
                taken.add(start, end)
                printed = text[start:end]
                found.append(Hit(start, end, printed, EntityRef("compound", slugify(printed)), False))
    return found


#: One name alone in brackets right after a compound's INN, maybe with a trademark sign: "Milatuzumab
#: (hLL1)", "labetuzumab (hMN-14)", "ofatumumab (HuMax-CD20)", "volociximab (M200)".
_BRACKETED_CODE = cached_compile(rf"[ \t]*\([ \t]*(?P<name>{_ALIAS_ITEM.pattern})[ \t]*{_MARK}?[ \t]*\)")
#: A gene's or a protein's name: capitals and one digit ("PD-1", "CTLA4", "HER2"), never a code name
#: (which has two digits or more, or small letters: "M200", "hLL1").
_GENE_SHAPED = cached_compile(r"[A-Z]{2,6}-?\d[A-Za-z]?")
#: Right before an INN: a trial or study of it, where the bracket after the INN may hold the trial's
#: number ("the Phase 3 trial of ipilimumab (MDX010-20)") rather than the compound's code.
_TRIAL_OF_BEFORE = cached_compile(r"\b(?i:trials?|stud(?:y|ies))\s+(?:of|with)\s+$")


def _bracketed_codes(
    text: str, hits: list[Hit], gaz: Gazetteer, usable: Callable[[int, int], Sentence | None], taken: SpanSet
) -> list[Hit]:
    """Code names printed alone in brackets right after a compound's INN ("Milatuzumab (hLL1)",
    "Labetuzumab (hMN-14)", "Ofatumumab (HuMax-CD20)", "Volociximab (M200)"), which no list knows and no
    code pattern reads (small letters, one capital): the bracket states the INN's other name, so a
    code-like name there holding a digit is that compound's code (merged as "A (B)"). Not an antigen's
    or a gene's name ("(CD20)", "(PD-1)", "anti-…"), a fiscal tag, a name any list knows, nor a name
    after "a trial of" (a trial's number may stand there) or after an INN printed with a radiolabel
    (the bracket may name the labelled product or the bare antibody)."""
    found: list[Hit] = []
    for h in hits:
        if h.kind != "compound" or not (h.inn or _INN.fullmatch(h.printed)):
            continue
        m = _BRACKETED_CODE.match(text, h.end)
        if m is None or _TRIAL_OF_BEFORE.search(text, max(0, h.start - 20), h.start):
            continue
        if _LABEL_BEFORE.search(text, max(0, h.start - _LABEL_REACH), h.start):
            continue  # "yttrium-90-labeled epratuzumab (…)": the labelled product's code or the antibody's
        start, end = m.span("name")
        printed = m.group("name")
        if _bracketed_letter_code(gaz, printed):
            if usable(start, end) is not None:  # "Panitumumab (ABX-EGF)"
                taken.add(start, end)
                found.append(Hit(start, end, printed, EntityRef("compound", slugify(printed)), False))
            continue
        if not any(c.isdigit() for c in printed) or _GENE_SHAPED.fullmatch(printed):
            continue
        if not _alias_item(text, gaz, start, end) or usable(start, end) is None:
            continue
        taken.add(start, end)
        found.append(Hit(start, end, printed, EntityRef("compound", slugify(printed)), False))
    return found


def _bracketed_letter_code(gaz: Gazetteer, printed: str) -> bool:
    """Whether a name alone in brackets right after an INN is its code of letters only: a company's
    prefix, a hyphen and a programme's capitals ("Panitumumab (ABX-EGF)"), the prefix no rule's, form's
    or antigen's and no English prefix ("NON-", "ANTI-"), and the name no list's (an antigen's, "HER-2",
    has a digit and is no such name)."""
    if not _LETTER_CODE.fullmatch(printed):
        return False
    prefix = printed.split("-")[0]
    if prefix in _NOT_COMPOUND_PREFIX or prefix in _NOT_CODE_PREFIX:
        return False
    return gaz.lookup(printed) is None


#: Around a company's bare name: a capitalised word right before or after it on its line makes it a
#: part of a longer name ("Sanofi Aventis", "Bayer HealthCare"); an opening bracket before it, the
#: short name a company's name defines ("Bristol-Myers Squibb Company (BMS)", read with that name).
_CAPITAL_WORD_BEFORE = cached_compile(r"[A-Z][\w&'’-]*[ \t]+$|\([ \t]*[\"“]?$")
_CAPITAL_WORD_AFTER = cached_compile(r"[ \t]+[A-Z]")


def _learned_companies(
    text: str, hits: list[Hit], usable: Callable[[int, int], Sentence | None], taken: SpanSet
) -> list[Hit]:
    """Every other printing of a company's bare name that no list knows and that the filing shows to
    be a company's only where a partnership cue puts it ("Under our collaboration with Aventis, …"):
    "Aventis is conducting preclinical development of AVE9633" names the same company. Only where no
    name is yet, in a usable sentence that is no trademark notice, and not as a part of a longer
    capitalised name."""
    names = {
        (h.printed, h.ref)
        for h in hits
        if h.kind == "company"
        and not h.known
        and not h.ocr
        and "\n" not in h.printed
        and not LEGAL_FORM_END.search(h.printed)
        and _COMPANY.fullmatch(h.printed) is None
    }
    found: list[Hit] = []
    for printed, ref in sorted(names):
        for m in re.finditer(rf"(?<![\w&.-]){re.escape(printed)}(?![\w&-])", text):
            sent = usable(m.start(), m.end())
            if sent is None or sent.trademark:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _CAPITAL_WORD_BEFORE.search(text, max(line_start, sent.start), m.start()):
                continue
            if _CAPITAL_WORD_AFTER.match(text, m.end()):
                continue
            taken.add(*m.span())
            found.append(Hit(m.start(), m.end(), printed, ref, False))
    return found


def _other_printings(
    text: str, codes: list[Hit], usable: Callable[[int, int], Sentence | None], taken: SpanSet
) -> list[Hit]:
    """Every other printing, in usable sentences where no name is yet, of the code names ``codes`` the
    filing has stated to be compounds' only beside another name of theirs ("BAY2010112 (MT112): …
    initiated a Phase 1 trial of BAY2010112, a BiTE antibody targeting PSMA"): the same compound."""
    found: list[Hit] = []
    for printed, ref in sorted({(h.printed, h.ref) for h in codes}):
        for m in re.finditer(rf"(?<![\w-]){re.escape(printed)}(?![\w-])", text):
            if usable(m.start(), m.end()) is not None:
                taken.add(*m.span())
                found.append(Hit(m.start(), m.end(), printed, ref, False))
    return found


#: An item of a list of other names that names the antigen the compound acts on: "anti-CD74".
#: … maybe with what the compound is ("pinatuzumab vedotin (anti-CD22 ADC, RG7593)").
_ANTIGEN_ITEM = cached_compile(
    r"(?i:anti)[- ][A-Za-z0-9][\w/-]*"
    r"(?:\s+(?i:ADC|antibody-drug\s+conjugate|antibody|monoclonal\s+antibody|mAb|conjugate))?"
)


def _antigen_item(text: str, start: int, end: int) -> bool:
    """Whether the item ``text[start:end]`` of a bracketed list of other names is the antigen the
    compound acts on ("Milatuzumab (hLL1, IMMU-115, anti-CD74)"): left out of the list's names."""
    return _ANTIGEN_ITEM.fullmatch(text, start, end) is not None


def _alias_item(text: str, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be another name of a compound: code-like, no other entity's name."""
    printed = text[start:end]
    if not _ALIAS_ITEM.fullmatch(printed) or not is_code_like(printed) or _FISCAL_TOKEN.match(printed):
        return False
    # An antigen's name ("CD20", "HER2") or "anti-CD74" makes the list no list of other names.
    letters = re.match(r"[A-Za-z]+", re.sub(r"^\d{2,3}[A-Z][a-z]?-", "", printed))
    if (
        printed.lower().startswith("anti")
        or letters is None
        or letters.group(0).upper() in _NOT_COMPOUND_PREFIX
    ):
        return False
    return gaz.lookup(printed) is None


#: Where a letters-only code may be: a hyphen between capitals. The code pattern itself has no
#: fixed opening, so searched across a filing it is tried at every capital; this finds its hyphens.
_LETTER_CODE_HYPHEN = cached_compile(r"-(?=[A-Z]{2})")


def _letter_codes(text: str) -> Iterator[re.Match[str]]:
    """``_LETTER_CODE.finditer(text)``, tried only where a hyphen follows capitals."""
    end = -1
    for hyphen in _LETTER_CODE_HYPHEN.finditer(text):
        start = hyphen.start()
        while start > 0 and start > hyphen.start() - 5 and "A" <= text[start - 1] <= "Z":
            start -= 1
        if start <= end or start == hyphen.start():
            continue
        m = _LETTER_CODE.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _brands(text: str, hits: list[Hit], gaz: Gazetteer) -> set[str]:
    """Brand names the filing introduces with a compound's INN, before or after it (``_BRAND_BEFORE``,
    ``_BRAND_AFTER``); not a name the reference knows as anything else, nor a heading's word."""
    named = SpanSet((h.start, h.end) for h in hits)
    brands: set[str] = set()
    for h in hits:
        if h.kind != "compound" or not (h.inn or (h.known and _INN.fullmatch(h.printed))):
            continue
        for m in (
            _BRAND_BEFORE.search(text, max(0, h.start - 40), h.start) or _marked_brand(text, h.start),
            _BRAND_AFTER.match(text, h.end),
        ):
            if m is None:
                continue
            brand = m.group("brand")
            if brand.upper() in _NOT_BRANDS or named.overlaps(m.start("brand"), m.end("brand")):
                continue
            if gaz.lookup(brand) is None and not _device_brand(text, brand):
                brands.add(brand)  # (a stent or a device a drug is on, "… (paclitaxel)", is no brand of it)
    return brands


#: A brand printed with a registered-trademark or a trademark sign: "RELISTOR®", "Cotara(R)",
#: "RECOTHROM(R)", "FOLOTYN™", "FOLOTYN(TM)".
_REGISTERED = cached_compile(r"(?<![\w-])(?P<brand>[A-Z]{4,15}|[A-Z][a-z]{3,15})[ \t]?(?:®|™|\(R\)|\(TM\))")
#: The signs ``_REGISTERED`` reads, one of which a filing with a marked brand holds.
_BRAND_SIGNS = ("®", "™", "(R)", "(TM)")
#: A registered-trademark sign right after a brand (not a trademark sign, which marks platforms, devices
#: and tools as often as drugs).
_REGISTERED_SIGN = r"[ \t]?(?:®|\(R\))"
#: Right after a registered brand, its generic name alone in brackets, maybe with its salt and its dosage
#: form: "RELISTOR® (methylnaltrexone bromide)", "FOLOTYN™ (pralatrexate injection)". One word in small
#: letters, long as a drug's name is (and shaped as one: see ``_drug_shaped``).
_GENERIC_AFTER_BRAND = cached_compile(
    r"[ \t]*\([ \t]*(?P<generic>[a-z][a-z-]{6,30})(?P<salt>[ \t]+(?:HCl|hydrochloride|mesylate|maleate|tosylate|"
    r"besylate|citrate|tartrate|sulfate|sulphate|acetate|phosphate|sodium|potassium|calcium|malate|fumarate|"
    r"succinate|bromide|chloride))?"
    r"(?P<form>\s+(?:for\s+)?(?:injection|injectable(?:\s+suspension)?|infusion|tablets?|capsules?|oral\s+(?:solution|suspension)"
    r"|cream|gel|ointment|lotion|topical\s+solution|ophthalmic\s+solution|inhalation(?:\s+solution)?|"
    r"nasal\s+spray|(?:delayed|extended)-release\s+(?:tablets?|capsules?)))?[ \t]*\)"
)
#: Before a brand's name, words making it a drug's: a trial, its sales, its approval or launch "of" it.
_BRAND_DRUG_BEFORE = cached_compile(
    r"\b(?:trials?|stud(?:y|ies)|sales|approval|launch|commerciali[sz]ation|marketing)\s+(?:of|for|with)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: … or after it: it was approved, its sales.
_BRAND_DRUG_AFTER = cached_compile(
    rf"\s*{_MARK}?\s*(?:(?:was|is|has\s+been|had\s+been|were)\s+(?:(?:also|now|recently|previously|first)\s+)?"
    r"approved\b|(?:net\s+)?(?:product\s+)?sales\b)"
)
#: After a brand's name, a noun it qualifies as a technology's or a tool's name ("XmAb® technology",
#: "BiTE® antibodies", "HuMAb-Mouse® system"): no drug.
_BRAND_OF_TOOL_AFTER = cached_compile(
    rf"\s*{_MARK}?\s*(?i:technolog\w*|platforms?|systems?|mouse|mice|antibod\w*|molecules?|formats?|librar\w+|"
    r"process\w*|assays?|tests?|kits?|devices?|scaffolds?|proteins?|domains?)\b"
)
#: Nouns of a device, a diagnostic, a test, a service or a tool, which no drug is: a brand the filing
#: describes by one ("the Healix(R) wound dressing", "VASCUGLIDE is our catheter-based delivery system",
#: "approved … as a companion diagnostic", "CardioTrack(R), our remote patient monitoring service",
#: "wound dressing (DERMAGEL(R))") names no compound.
_DEVICE_NOUN = (
    r"(?i:devices?|diagnostics?|tests?|systems?|dressings?|catheters?|kits?|assays?|services?|stents?|implants?|"
    r"instruments?|monitors?|sensors?|pumps?|grafts?|equipment|software|platforms?|technolog(?:y|ies)|"
    r"scaffolds?|analy[sz]ers?|lasers?|valves?|meters?|monitoring|imaging\s+systems?)"
)
#: For a brand printed with a registered-trademark sign (a capitalised word alone may be any word of
#: English): a noun of a medicine given to patients right after it, "GVAX(R) immunotherapy", "ONCOVAX(R)
#: vaccine", "TEMODAR(R) capsules" …
_MARKED_DRUG_AFTER = cached_compile(
    rf"\s*{_MARK}?\s*(?i:(?:cancer\s+)?immunotherap(?:y|ies)|vaccines?|injection|tablets?|capsules?)\b"
)
#: … and no word of a device, a tool, a platform or an ingredient after it in its phrase, which that
#: noun is then only a part of: "VIBEX(R) injection pen", "ISCOMATRIX(R) vaccine adjuvant", "EASYDOSE(R)
#: tablets dispenser", "LICAPS(R) capsules, our liquid-fill capsule shells".
_NOT_MEDICINE_AFTER = cached_compile(
    rf"[^.;:()]{{0,60}}?\b(?:{_DEVICE_NOUN}|(?i:pens?|injectors?|syringes?|inhalers?|applicators?|"
    r"dispensers?|shells?|adjuvants?|procedures?|radiosurgery|ultrasound|candidates|therapeutics|delivery|"
    r"excipients?))\b"
)
#: Words a device's description may hold before its noun, never a drug's noun, a preposition or a verb
#: that starts another phrase ("a therapy targeting the immune system" is a drug's description).
_DEVICE_WORD = (
    r"(?!(?i:of|for|to|in|with|by|against|on|at|from|and|or|that|which|was|were|is|are|has|had|"
    r"therap\w*|drugs?|antibod\w*|inhibitors?|compounds?|vaccines?|treatments?|agents?|medicines?|"
    r"formulations?|candidates?|conjugates?|ADCs?)\b)[\w-]+"
)
#: Right after a brand: a device's noun, maybe after a few words of its description ("Healix(R) wound
#: dressing", "ONCOSIGHT(R) HER2 test").
_DEVICE_AFTER_BRAND = cached_compile(rf"[ \t]*{_MARK}?[ \t]+(?:{_DEVICE_WORD}[ \t]+){{0,3}}?{_DEVICE_NOUN}\b")
#: … or its description set off after it or stated of it: "VASCUGLIDE is our catheter-based delivery
#: system", "CardioTrack(R), our remote patient monitoring service".
_DEVICE_DESCRIBED_AFTER = cached_compile(
    rf"\s*{_MARK}?\s*(?:,|:|\s[-–—]|\s+(?:is|was|are|were|has\s+been|had\s+been)(?:\s+(?:also|now))?|\()\s*"
    rf"(?:(?:our|a|an|the|its|their)\s+)?(?:{_DEVICE_WORD}\s+){{0,4}}?{_DEVICE_NOUN}\b"
)
#: … or what it was approved or launched as, in its clause: "approved … in December as a companion
#: diagnostic".
_DEVICE_AS = cached_compile(rf"\bas\s+(?:an?|the|our|its)\s+(?:{_DEVICE_WORD}\s+){{0,3}}?{_DEVICE_NOUN}\b")
#: Right before a brand: a device's noun, maybe with the brand in brackets after it ("our advanced wound
#: dressing (DERMAGEL(R))", "the catheter VASCUGLIDE").
_DEVICE_BEFORE_BRAND = cached_compile(rf"{_DEVICE_NOUN}[ \t]*(?:,[ \t]*|\([ \t]*)?$")
#: How far after a brand's printing its clause is read for ``_DEVICE_AS``.
_DEVICE_AS_REACH = 160


#: Right before a registered brand, another word of its name on its line: "URSO Forte(R)".
_NAME_WORD_BEFORE = cached_compile(r"(?<![\w-])[A-Z][\w-]*[ \t]$")


def _marked_brands(
    text: str, hits: list[Hit], gaz: Gazetteer
) -> tuple[set[str], list[tuple[int, int, EntityRef]]]:
    """Brands the filing prints with a registered-trademark or a trademark sign ("RELISTOR®", "Cotara(R)",
    "FOLOTYN™") and shows to be a drug's: with its generic name in brackets right after ("RELISTOR®
    (methylnaltrexone bromide)", "FOLOTYN(TM) (pralatrexate injection)"), or, printed with a
    registered-trademark sign somewhere, in any printing as what a trial, sales, an approval or a launch
    is of ("a Phase II trial of Cotara(R)", "sales of RECOTHROM(R)"), as approved ("RECOTHROM was approved
    by the U.S. Food and Drug Administration"), before a medicine's noun ("GVAX(R) immunotherapy",
    "ONCOVAX(R) vaccine", see ``_medicine_after``) or described as a drug. A brand marked with a
    trademark sign only is a drug's by a generic bearing an INN's stem alone. Not a technology's or a
    tool's name ("XmAb® technology"), a name any list knows, a company's or a heading's word. Returns the
    brands, and where each generic name stands with the compound it names."""
    if not any(sign in text for sign in _BRAND_SIGNS):
        return set(), []
    named = SpanSet((h.start, h.end) for h in hits)
    brands: set[str] = set()
    generics: list[tuple[int, int, EntityRef]] = []
    for m in _REGISTERED.finditer(text):
        brand = m.group("brand")
        if (
            brand in brands
            or brand.upper() in _NOT_BRANDS
            or named.overlaps(m.start("brand"), m.end("brand"))
        ):
            continue
        if _NAME_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "URSO Forte(R)": the last word of a longer brand, no brand alone
        if gaz.lookup(brand) is not None or _device_brand(text, brand):
            continue
        # A brand marked with a trademark sign only names a platform, a device or a tool as often as a
        # drug ("Probody(TM) therapeutics", "VIBEX(TM) injection pen"): it is a drug's only with a generic
        # name in brackets bearing an INN's stem ("FOLOTYN(TM) (pralatrexate injection)").
        # (Its generic may be given where it is printed capitalised: "GENASENSE(TM) DEVELOPMENT PROGRAM"
        # and "Genasense(TM) (oblimersen sodium)".)
        registered = re.search(rf"(?<![\w-]){re.escape(brand)}{_REGISTERED_SIGN}", text) is not None
        given = _generics_of(text, brand)
        if not registered and brand.isupper():
            given += _generics_of(text, brand.capitalize())
        named_generics = [
            g
            for g in given
            if gaz.lookup(g.group("generic")) is None and _drug_shaped(g) and (registered or _inn_stem(g))
        ]
        if named_generics:
            brands.add(brand)
            for g in named_generics:
                ref = EntityRef("compound", slugify(g.group("generic").lower()))
                generics.append((g.start("generic"), g.end("generic"), ref))
            continue
        if registered and _printed_as_drug(text, brand):
            brands.add(brand)
    return brands, generics


#: A generic name right before a brand alone in brackets: "Methylnaltrexone (RELISTOR)".
_GENERIC_BEFORE_BRAND = r"(?<![\w-])(?P<generic>[A-Za-z][a-z-]{6,30})[ \t]*\([ \t]*"


def _generics_of(text: str, brand: str) -> list[re.Match[str]]:
    """The generic names the filing gives a brand in brackets, after any printing of it ("RELISTOR®
    (methylnaltrexone bromide)", "RELISTOR (methylnaltrexone bromide)") or before it with the brand in
    brackets ("Methylnaltrexone (RELISTOR)")."""
    name = re.escape(brand)
    found = [
        g
        for m in re.finditer(rf"(?<![\w-]){name}(?:[ \t]?(?:®|™|\(R\)|\(TM\)))?", text)
        if (g := _GENERIC_AFTER_BRAND.match(text, m.end())) is not None
    ]
    found += list(re.finditer(rf"{_GENERIC_BEFORE_BRAND}{name}[ \t]*{_MARK}?[ \t]*\)", text))
    return found


#: How a generic drug's name ends, besides the INN stems (``_INN``): "mesalamine", "amifostine",
#: "exenatide", "itopride", "laronidase", "pegaspargase", "ursodiol", "alitretinoin", "ribavirin",
#: "methylnaltrexone", "bexarotene". (Words of English ending so are told apart by ``_ENGLISH_ENDING_SO``.)
_GENERIC_ENDING = cached_compile(r"[a-z]{3,}(?:ine|ide|ase|ol|in|one|ene)")
#: Words of English a release may put in brackets after a brand that end as a generic's name does: a
#: kind of product, a word of trade or of time, never a drug's name.
_ENGLISH_ENDING_SO = cached_compile(
    r"vaccine|medicine|routine|machine|determine|examine|imagine|engine|genuine|discipline|doctrine|"
    r"[a-z]*(?:pipe|base|guide|dead|dec|on|time|head|front|out|air|hot|off|border|under|shore|story|by)line|"
    r"[a-z]*(?:wide|side|vide|cide|guide|override|ain|gin|stone|phone)|someone|anyone|everyone|"
    r"combine|protein|peptide|nucleotide|oligonucleotide|[a-z]*(?:chloride|bromide|fluoride|oxide)|"
    r"release|increase|decrease|purchase|database|disease|showcase|control|protocol|alcohol|patrol|"
    r"bulletin|vitamin|within|insulin|heparin|intervene|hygiene|polyethylene|backbone|standalone|"
    r"postpone|undergone|cholesterol"
)


def _drug_shaped(generic: re.Match[str]) -> bool:
    """Whether the generic name a brand is given in brackets (``_generics_of``) is shaped as a drug's:
    an INN's stem ("-mab", "-nib", …), printed with its salt ("methylnaltrexone bromide"), or ending as
    generic names do (``_GENERIC_ENDING``: "mesalamine", "laronidase") and no word of English. A word of
    English in the brackets ("NEXOLIN(R) (injectable)", "SOMNIVA(R) (investigational)", "wound dressing
    (DERMAGEL(R))", "(vaccine)", "(worldwide)") is no drug's name."""
    word = generic.group("generic").lower()
    if "form" in generic.re.groupindex and generic.group("form"):
        # "(glycerin cream)", "(lanolin ointment)": a dosage form holds an excipient as often as a drug,
        # whose name then bears an INN's stem ("(pralatrexate injection)").
        return _inn_stem(generic)
    if "salt" in generic.re.groupindex and generic.group("salt"):
        return True
    if word in _NOT_INNS or "-" in word:
        return False
    if _INN.fullmatch(word) is not None:
        return True
    return _GENERIC_ENDING.fullmatch(word) is not None and _ENGLISH_ENDING_SO.fullmatch(word) is None


def _inn_stem(generic: re.Match[str]) -> bool:
    """Whether the generic name a brand is given in brackets bears an INN's stem ("pralatrexate",
    "-trexate"; see ``_INN``)."""
    word = generic.group("generic").lower()
    return word not in _NOT_INNS and _INN.fullmatch(word) is not None


def _brand_printings(text: str, brand: str) -> Iterator[re.Match[str]]:
    """Every printing of ``brand`` (in capitals also capitalised), whole words only."""
    spellings = {brand, brand.capitalize()} if brand.isupper() else {brand}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in sorted(spellings)) + r")(?![\w-])")
    return pattern.finditer(text)


def _device_brand(text: str, brand: str) -> bool:
    """Whether the filing describes ``brand``, in any printing, as a device, a diagnostic, a test, a
    service or a tool (see ``_DEVICE_NOUN``): then it names no drug, whatever else is said of it (its
    sales, its approval, a study of it)."""
    for m in _brand_printings(text, brand):
        if (
            _DEVICE_AFTER_BRAND.match(text, m.end())
            or _DEVICE_DESCRIBED_AFTER.match(text, m.end())
            or _DEVICE_BEFORE_BRAND.search(text, max(0, m.start() - 40), m.start())
        ):
            return True
        clause = re.search(
            r"[;\n]\s*\n|;|\.\s+(?=[A-Z])(?<!U\.S\.\s)", text[m.end() : m.end() + _DEVICE_AS_REACH]
        )
        stop = m.end() + (clause.start() if clause else _DEVICE_AS_REACH)
        if _DEVICE_AS.search(text, m.end(), min(len(text), stop)):
            return True
    return False


def _medicine_after(text: str, at: int) -> bool:
    """Whether a noun of a medicine given to patients follows a registered brand printed ending at ``at``
    ("GVAX(R) immunotherapy", see ``_MARKED_DRUG_AFTER``), no device's or tool's word after it in its
    phrase ("VIBEX(R) injection pen")."""
    noun = _MARKED_DRUG_AFTER.match(text, at)
    return noun is not None and _NOT_MEDICINE_AFTER.match(text, noun.end()) is None


def _printed_as_drug(text: str, brand: str) -> bool:
    """Whether some printing of ``brand`` (marked or not) is a drug's (see ``_marked_brands``)."""
    for m in _brand_printings(text, brand):
        if _BRAND_OF_TOOL_AFTER.match(text, m.end()):
            continue
        if (
            _BRAND_DRUG_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _BRAND_DRUG_AFTER.match(text, m.end())
            or _medicine_after(text, m.end())
            or _DESCRIBED_AS_DRUG.match(text, m.end())
            or _IS_A_DRUG.match(text, m.end())
        ):
            return True
    return False


#: A capitalised brand right before its INN in brackets, without a trademark sign: "Erivedge (vismodegib)".
_PLAIN_BRAND_BEFORE = cached_compile(r"(?<![\w-])(?P<brand>[A-Z][a-z]{3,15})\s*\(\s*$")


#: Right before a brand, words of a drug's development or trade: "Dendreon is developing Provenge", "the FDA
#: approved Provenge", "we launched Provenge".
#: So do words of a therapy patients had before ("Patients who progressed on Taxotere (docetaxel)").
_BRAND_TRADE_BEFORE = cached_compile(
    r"\b(?:develop(?:s|ed|ing)?|co-develop(?:s|ed|ing)?|commerciali[sz](?:e|es|ed|ing)|market(?:s|ed|ing)?|"
    r"launch(?:es|ed|ing)?|approved|sell(?:s|ing)?|sold|"
    r"(?:progress(?:ed|ing)|relaps(?:ed|ing)|fail(?:ed|ing)|refractory|resistant|intolerant)\s+(?:on|to|after|following)|"
    r"(?:drugs|agents|therapies|medicines|products|compounds|treatments)\s+(?:include|includes|including|such\s+as))"
    r"\s+$",
    re.IGNORECASE,
)
#: After a brand, its generic name in brackets and its description as a drug: "Mylotarg (gemtuzumab
#: ozogamicin), a conjugate of calicheamicin".
_BRACKET_THEN = cached_compile(r"\s*\([^()]{1,80}\)")


def _marked_brand(text: str, start: int) -> re.Match[str] | None:
    """A capitalised name right before an INN in brackets ("Erivedge (vismodegib"), taken as its brand
    only when the filing prints that name with a trademark sign elsewhere ("Erivedge®"), or prints it,
    capitalised, as a drug's: as what a company develops, markets or launches or the FDA approved
    ("Dendreon is developing Provenge (sipuleucel-T)"), what a trial or sales are of ("a Phase 3 trial of
    Provenge"), as approved, or described as a drug after its generic name ("Mylotarg (gemtuzumab
    ozogamicin), a conjugate of calicheamicin"). A capitalised word anywhere else ("patients … were assigned to Standard
    (paclitaxel)") may be any word of English a heading or a sentence capitalises."""
    m = _PLAIN_BRAND_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    brand = m.group("brand")
    if re.search(rf"(?<![\w-]){re.escape(brand)}\s*{_MARK}", text):
        return m
    for printed in re.finditer(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", text):
        before = max(0, printed.start() - 40)
        bracket = _BRACKET_THEN.match(text, printed.end())
        if (
            _BRAND_TRADE_BEFORE.search(text, before, printed.start())
            or _BRAND_DRUG_BEFORE.search(text, before, printed.start())
            or _BRAND_DRUG_AFTER.match(text, printed.end())
            or (bracket is not None and _DESCRIBED_AS_DRUG.match(text, bracket.end()))
        ):
            return m
    return None


def _new_code_place(text: str, start: int, end: int, sent: Sentence) -> bool:
    """Whether a new code name may stand at ``text[start:end]``: not after "Form"/"Item"/…, not in a
    trial's place, not a cell line's."""
    if _NOT_AFTER.search(text[max(sent.start, start - 12) : start]) or _trial_place(text, start, end, sent):
        return False
    return not _CELL_LINE_AFTER.match(text, end, min(sent.end, end + _TRIAL_WINDOW))


_ISOTOPE_NAMES = (
    "yttrium|iodine|indium|lutetium|technetium|copper|actinium|bismuth|astatine|gallium|zirconium|thorium|"
    "rhenium|samarium|strontium|radium|lead|holmium|fluorine|carbon"
)
_ISOTOPE_SYMBOLS = "Y|I|In|Lu|Tc|Cu|Ac|Bi|At|Ga|Zr|Th|Re|Sm|Sr|Ra|Pb|Ho|F|C"
#: Where a radiolabel's words are parted by a space: any run of spaces, or a line break as prose wraps
#: ("yttrium-90-labeled⏎epratuzumab"); never a blank line, which parts paragraphs. (Possessive, so a
#: long run of spaces, as in a table's columns, is tried once.)
_LABEL_SPACE = r"(?=\s)[^\S\n]*+\n?[^\S\n]*+"
#: An isotope as filings print one, its mass number of two or three digits: "yttrium-90", "iodine 131",
#: "Y-90", "Tc-99m", "90Y", "131I", "177Lu".
_ISOTOPE = (
    rf"(?:(?i:{_ISOTOPE_NAMES})(?:-|{_LABEL_SPACE})?\d{{2,3}}m?|(?:{_ISOTOPE_SYMBOLS})-?\d{{2,3}}m?"
    rf"|\d{{2,3}}m?(?:{_ISOTOPE_SYMBOLS}))"
)
#: Right before a compound's name, a radiolabel making it another product: "yttrium-90-labeled
#: epratuzumab", "90Y-epratuzumab", "131I-tositumomab", "radiolabeled epratuzumab". (Anchored with "\Z":
#: "$" would also match before the line break ending the text searched, across a blank line.)
_LABEL_BEFORE = cached_compile(
    rf"(?<![\w-])(?:{_ISOTOPE}(?:(?:-|{_LABEL_SPACE})(?i:radio)?(?i:labell?ed|conjugated|tagged))?"
    rf"(?:-|{_LABEL_SPACE})|(?i:radio-?labell?ed){_LABEL_SPACE})\Z"
)
#: … or right after it: "epratuzumab labeled with yttrium-90".
_LABEL_AFTER = cached_compile(
    rf"{_LABEL_SPACE}(?i:radio-?)?(?i:labell?ed|conjugated|tagged){_LABEL_SPACE}with{_LABEL_SPACE}"
    rf"(?:the{_LABEL_SPACE})?{_ISOTOPE}(?![\w-])"
)
#: How far before a compound's name its radiolabel may start: the longest label's words
#: ("technetium-99m-radiolabeled ") and the spaces of a line wrapped between them.
_LABEL_REACH = 80
#: Second words of INNs that already name a radio- or toxin-conjugate: "Y-90 ibritumomab tiuxetan" is
#: the product the INN names, not another.
_CHELATOR_INN = cached_compile(r"\s(?:tiuxetan|tetraxetan|pendetide)$", re.IGNORECASE)


def _labeled_forms(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each compound's name printed with a radiolabel ("yttrium-90-labeled epratuzumab",
    "90Y-epratuzumab") read as the name of that labelled product, a compound of its own: what the
    filing says of it (a Phase I/II trial) is not said of the bare antibody."""
    labeled: list[Hit] = []
    for h in hits:
        if h.kind != "compound" or _CHELATOR_INN.search(h.printed):
            continue
        before = _LABEL_BEFORE.search(text, max(0, h.start - _LABEL_REACH), h.start)
        after = _LABEL_AFTER.match(text, h.end)
        if before is None and after is None:
            continue
        start = before.start() if before is not None else h.start
        end = after.end() if after is not None else h.end
        printed = " ".join(text[start:end].split())
        labeled.append(Hit(start, end, printed, EntityRef("compound", slugify(printed)), False))
    if not labeled:
        return hits
    spans = SpanSet((h.start, h.end) for h in labeled)
    kept = [h for h in hits if not spans.overlaps(h.start, h.end)]
    return sorted([*kept, *labeled], key=lambda h: (h.start, h.end))


def _without_descriptions(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits without an "<antigen> ADC" set beside a compound's name as its description ("ADCETRIS,
    CD30 ADC"): it describes that compound, and names none of its own."""
    drop: set[int] = set()
    for i, h in enumerate(hits):
        if h.known or h.kind != "compound" or not h.printed.endswith(" ADC"):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(hits) and hits[j].kind == "compound":
                a, b = sorted((h, hits[j]), key=lambda x: x.start)
                if re.fullmatch(r"\s*[,:–—-]\s*", text[a.end : b.start]):
                    drop.add(i)
    return [h for i, h in enumerate(hits) if i not in drop]


# ---------------------------------------------------------------------------------------------------------
# Merging names the filing states are one compound.

#: Words stating that the next name is another name of the one before: "also known as", "formerly
#: (called)", "now known as", "renamed", "which was previously called".
_ALIAS_WORDS = (
    r"(?:also\s+(?:known\s+as|called|named|referred\s+to\s+as)|a\.k\.a\.|aka|renamed"
    r"|(?:formerly|previously)(?:\s+(?:known\s+as|called|named|referred\s+to\s+as))?"
    r"|now\s+(?:known\s+as|called|named)"
    r"|(?:which|that)\s+(?:is|was|has\s+been)\s+(?:(?:also|now|formerly|previously)\s+)?"
    r"(?:known\s+as|called|named|referred\s+to\s+as|renamed))"
)
_SAME_GLUE = cached_compile(
    rf"^\s*(?:®|™|\((?:R|TM)\)|\*)?\s*(?:\(\s*|/\s*|,\s*{_ALIAS_WORDS}\s+|\(\s*{_ALIAS_WORDS}\s+)$", re.I
)
#: Between the second name of an alias statement and a third it goes on to: "Nexavar, also known as
#: sorafenib and previously as BAY 43-9006", "A (also known as B, and formerly C)". The alias words
#: are needed again ("and previously as", "or formerly called"): "A, also known as B, and C" is a list.
_CHAIN_GLUE = cached_compile(
    rf"^\s*,?\s*(?:and|or)\s+(?:{_ALIAS_WORDS}|(?:also|formerly|previously|now|later)\s+as)\s+$", re.I
)
#: The alias statements that may go on to a third name: those whose words say so ("also known as",
#: "formerly"), not a bare bracket or slash.
_ALIAS_STATEMENT = cached_compile(rf"^\s*(?:®|™|\((?:R|TM)\)|\*)?\s*[(,]\s*{_ALIAS_WORDS}\s+$", re.I)
#: "ADCETRIS, or brentuximab vedotin," and "SGN-35, or brentuximab vedotin,": one name an INN, the other
#: a brand or a code name, the second closed by a comma or a parenthesis (a list, "A, B, or C", is not).
_OR_GLUE = cached_compile(r"^\s*(?:®|™|\((?:R|TM)\)|\*)?\s*,\s*or\s+$")


def merge_aliases(doc: Document, hits: list[Hit], extractor: str) -> tuple[list[Hit], list[SameAs | Skipped]]:
    """Merge compound hits stated to be one thing; rewrite hits to the canonical ref of each group.

    The canonical ref of a group is its reference entity when it has one, else its INN-shaped name,
    else the first name printed. Two different reference entities are never merged (reported as skipped).
    """
    parent: dict[EntityRef, EntityRef] = {}

    def find(ref: EntityRef) -> EntityRef:
        while parent.get(ref, ref) != ref:
            ref = parent[ref]
        return ref

    facts: list[SameAs | Skipped] = []
    known = {h.ref for h in hits if h.known}
    inn = {h.ref for h in hits if h.inn}
    compounds = [h for h in hits if h.kind == "compound"]
    listed = _listed_aliases(doc.text, compounds)
    links: list[tuple[Hit, Hit]] = []
    # A chain of alias statements ("Nexavar, also known as sorafenib and previously as BAY 43-9006"):
    # the last name the alias words led to, and where the first name of the statement starts (each
    # link's evidence quotes the statement from there).
    aliased: Hit | None = None
    first = 0
    opened: dict[tuple[int, int], int] = {}
    for a, b in itertools.pairwise(compounds):
        gap = doc.text[a.end : b.start]
        chained = aliased is a and _CHAIN_GLUE.match(gap) is not None
        if chained:
            opened[(a.start, b.start)] = first
        if a.ref != b.ref and (
            (a.start, b.start) in listed
            or _SAME_GLUE.match(gap)
            or chained
            or _or_alias(doc.text, a, b)
            or _developed_as(doc.text, a, b)
        ):
            links.append((a, b))
        if chained:
            aliased = b
        elif _ALIAS_STATEMENT.match(gap):
            aliased, first = b, a.start
        else:
            aliased = None
    # A brand and a code name are both other names of one INN ("ADCETRIS (brentuximab vedotin)",
    # "brentuximab vedotin (SGN-35)"): a name is ambiguous when stated the same as two codes or INNs, or
    # as two brands, so brand statements are weighed apart from the others.
    brand_links = [(a, b) for a, b in links if a.brand or b.brand]
    ambiguous = _ambiguous_names([link for link in links if link not in brand_links]) | _ambiguous_names(
        brand_links
    )
    for a, b in links:
        ra, rb = find(a.ref), find(b.ref)
        if ra == rb:
            continue
        shared = [h for h in (a, b) if h.ref not in known and h.ref in ambiguous]
        if shared:
            facts.append(
                Skipped(
                    extractor,
                    f"{shared[0].printed!r} is stated as the same as several compounds",
                    doc.line_of(a.start),
                )
            )
            continue
        if ra in known and rb in known:
            facts.append(
                Skipped(
                    extractor,
                    f"{a.printed!r} and {b.printed!r} are different reference compounds",
                    doc.line_of(a.start),
                )
            )
            continue
        keep, drop = sorted((ra, rb), key=lambda r: (r not in known, r not in inn, r != ra))
        parent[drop] = keep
        end = b.end + (1 if doc.text[b.end : b.end + 1] == ")" else 0)
        evidence = doc.evidence(opened.get((a.start, b.start), a.start), end, extractor)
        # The name merged in: of a chain ("A (B, C)"), the one not yet joined to the kept name.
        facts.append(SameAs(a.ref if ra == drop else b.ref, keep, evidence))
    # A hit whose ref stays is kept as it is (an equal copy would change nothing).
    merged = [
        replace(h, ref=find(h.ref)) if h.kind == "compound" and find(h.ref) != h.ref else h for h in hits
    ]
    return merged, facts


def _listed_aliases(text: str, compounds: list[Hit]) -> set[tuple[int, int]]:
    """(start of a name, start of the next) for the names of each bracketed list of other names after an
    INN ("Milatuzumab (hLL1, IMMU-115)"), every one of them a compound's: each is another name of the INN.
    A list holding any other name states nothing."""
    by_span = {(h.start, h.end): h for h in compounds}
    pairs: set[tuple[int, int]] = set()
    for h in compounds:
        # The antigen of the list ("anti-CD74") is what the compound acts on, no name of it.
        spans = [span for span in alias_list(text, h) if not _antigen_item(text, *span)]
        if spans and all(span in by_span for span in spans):
            pairs.update(itertools.pairwise([h.start, *(start for start, _ in spans)]))
    return pairs


#: "develop X as Y": Y is the name X is developed under ("will develop MT293 as TRC093").
_DEVELOP_BEFORE = cached_compile(r"\bdevelop(?:s|ed|ing)?\s+$", re.IGNORECASE)
_AS_GLUE = cached_compile(r"\s+as\s+")
#: Between X and Y: the licensee that develops the compound, told of by "which"/"who" and naming it by
#: a noun: "licensed MT293 to TRACON Pharmaceuticals, Inc., which will develop the antibody as TRC093".
_DEVELOPED_AS = cached_compile(
    r"\s+to\s+[^;()]{1,80}?,\s+(?:which|who)\s+(?:will\s+|plans\s+to\s+|intends\s+to\s+)?develop(?:s)?\s+"
    r"(?:it|(?:the|this)\s+(?:antibody|compound|conjugate|molecule|product(?:\s+candidate)?|drug(?:\s+candidate)?"
    r"|candidate|program))\s+as\s+"
)


def _developed_as(text: str, a: Hit, b: Hit) -> bool:
    """Whether the filing states ``b`` the name ``a`` is developed under: "develop MT293 as TRC093",
    "licensed MT293 to TRACON …, which will develop the antibody as TRC093". Y is a code name or INN,
    and ends its phrase (so "as TRC093 for the treatment of cancer" is one, "as a single agent" none)."""
    if not (is_code_like(b.printed) or b.inn) or text[b.end : b.end + 1].isalnum():
        return False
    gap = text[a.end : b.start]
    if _AS_GLUE.fullmatch(gap) and _DEVELOP_BEFORE.search(text, max(0, a.start - 12), a.start):
        return True
    return _DEVELOPED_AS.fullmatch(gap) is not None


def _or_alias(text: str, a: Hit, b: Hit) -> bool:
    """Whether "A, or B," states B another name of A: one of them an INN, the other a brand or a code
    name, B closed by a comma or a parenthesis, and A not the last of a list ("X, Y, or Z")."""
    if not _OR_GLUE.match(text[a.end : b.start]) or a.inn == b.inn:
        return False
    other = b if a.inn else a
    if not (other.brand or is_code_like(other.printed)):
        return False
    return text[b.end : b.end + 1] in (",", ")") and not text[
        max(0, a.start - 3) : a.start
    ].rstrip().endswith(",")


def _ambiguous_names(links: list[tuple[Hit, Hit]]) -> set[EntityRef]:
    """Names stated as the same as two different names in separate statements ("X1 (fooximab)", "X2
    (fooximab)"): merging would join two compounds, so none of their links is used.

    One statement may chain several names ("REGN727 (alirocumab, also known as SAR236553)": a link
    ending at a name and the next starting at that very printed name): all of them are one compound,
    and a name is ambiguous only when no one statement holds every name it is linked to.
    """
    statements: list[set[EntityRef]] = []
    previous: Hit | None = None
    for a, b in links:
        if previous is not None and previous is a:
            statements[-1].update((a.ref, b.ref))
        else:
            statements.append({a.ref, b.ref})
        previous = b
    linked: dict[EntityRef, set[EntityRef]] = {}
    for names in statements:
        for ref in names:
            linked.setdefault(ref, set()).update(names)
    return {
        ref
        for ref, names in linked.items()
        if not any(ref in statement and names <= statement for statement in statements)
    }


def unknown_entities(doc: Document, hits: list[Hit]) -> list[UnknownEntity]:
    """One ``UnknownEntity`` per name found by pattern that the reference does not know (for curators)."""
    seen: set[tuple[EntityRef, str]] = set()
    result = []
    for h in hits:
        if h.known or h.kind == "trial" or (h.ref, h.printed) in seen:
            continue  # a trial's name is no entity the reference lists
        if h.ocr and h.kind == "compound":
            continue  # a code misprinted beside its clean spelling (see ``mend_misprinted_codes``)
        seen.add((h.ref, h.printed))
        result.append(UnknownEntity(h.ref, h.printed, doc.line_of(h.start)))
    return result


#: Letters OCR prints for a digit inside a code name's number ("ARRY-52O" for ARRY-520), with the digit.
_DIGIT_LOOKALIKES = {"O": "0", "o": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "!": "1"}


def mend_misprinted_codes(hits: list[Hit]) -> list[Hit]:
    """New code names (no list knows them) that OCR printed with a letter for a digit of the number,
    re-pointed to the code the filing prints cleanly elsewhere: "ARRY-52O" beside "ARRY-520" is
    ARRY-520, the damaged spelling a hidden label (``ocr``). Only a letter standing in the number's
    place (after the code's first digit) for the very digit it looks like is mended, and only when one
    clean code fits: "ARRY-520" and a lone "ARRY-52O" with no clean spelling stay as printed."""
    clean = {compact(h.printed): h.ref for h in hits if h.kind == "compound" and not h.known and not h.ocr}
    mended: list[Hit] = []
    for h in hits:
        if h.kind != "compound" or h.known or h.ocr:
            mended.append(h)
            continue
        fits = {ref for name, ref in clean.items() if _digit_misprint(compact(h.printed), name)}
        if len(fits) == 1:
            mended.append(replace(h, ref=fits.pop(), ocr=True))
        else:
            mended.append(h)
    return mended


def _digit_misprint(printed: str, name: str) -> bool:
    """Whether ``printed`` is ``name`` with some digits of its number printed as look-alike letters."""
    if len(printed) != len(name) or printed == name:
        return False
    first_digit = next((i for i, ch in enumerate(name) if ch.isdigit()), len(name))
    for i, (p, n) in enumerate(zip(printed, name, strict=True)):
        if p == n:
            continue
        if i <= first_digit or _DIGIT_LOOKALIKES.get(p) != n:
            return False
    return True
