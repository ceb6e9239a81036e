"""The financial-concept synonym table, read from ``ontology/concepts.ttl`` (parsed once, cached).

A statement line's label ("Net income (loss)", "Shareholders' equity", "Research and development (1)")
is matched against each concept's ``skos:altLabel`` values and ``kg:labelPattern`` expressions after
both are normalised the same way: lower case, OCR symbols, footnote markers and punctuation removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.memo import short_string_cache
from kg.ocr import OCR_WORD, in_printed_case, lookalike_word, words_by_skeleton
from kg.pattern_cache import cached_compile
from kg.resources import ontology_dir
from kg.text import slugify

KG = "https://w3id.org/filings-kg/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"

#: Footnote markers printed after a label: "(1)", "(a)", "*", "†".
_FOOTNOTE = cached_compile(r"\s*(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|[*†‡]+)\s*$", re.IGNORECASE)
_NOT_WORD = cached_compile(r"[^a-z0-9()]+")
#: Dot leaders between a label and its figures ("Net loss ........", "Total assets. . . ."), which
#: older typeset and Word-exported statements print: layout, not part of the label.
#: What leader dots at the end of a label are made of.
_LEADER_CHARS = " \t\n\r\f\v\u00a0."
_EMPTY_PARENS = cached_compile(r"\(\s*\)")


@dataclass(frozen=True)
class Concept:
    """One ``kg:FinancialConcept``: local name, preferred label, default unit and statement."""

    name: str
    label: str
    unit: str
    statement: str
    sign: str

    @property
    def side(self) -> int:
        """+1 for a credit (income positive, a loss negative), -1 for a debit (an expense positive), 0
        for the rest (counts, balances and cash flows, whose figures keep their printed signs)."""
        if self.statement not in ("IncomeStatement", "Narrative"):
            return 0
        return 1 if self.sign.startswith("credit") else -1 if self.sign.startswith("debit") else 0


@short_string_cache(maxsize=8192)
def normalise_label(label: str) -> str:
    """Matching key of a label: "Research and development (1)" → "research and development";
    "(Benefit)/provision for income taxes" → "(benefit) provision for income taxes".

    Cached: a statement's labels are asked for again by each rule about its lines, and recur across
    filings."""
    text = label.replace("’", "'").replace("‘", "'").strip()
    previous = None
    while previous != text:
        previous = text
        text = _FOOTNOTE.sub("", text).strip().rstrip(":;,.").strip()
    text = text.lower().replace("-", " ")
    text = _NOT_WORD.sub(" ", text)
    text = _EMPTY_PARENS.sub(" ", text)
    return " ".join(text.replace("( ", "(").replace(" )", ")").split())


def _without_leaders(text: str) -> str:
    """``text`` without the run of leader dots (two or more, spaces between them or not) that ends it:
    "NET LOSS ......" → "NET LOSS"; "U.S." keeps its single closing dot. Done by stripping, not by a
    pattern searched from every place (which costs time quadratic in a long run of dots)."""
    kept = text.rstrip(_LEADER_CHARS)
    return kept if text.count(".", len(kept)) >= 2 else text


def clean_label(label: str) -> str:
    """The label as printed, cleaned for ``kg:asReportedLabel`` (which the vocabulary promises
    "cleaned of OCR noise"): OCR symbols, footnote markers, trailing colons and surplus spaces removed,
    a word OCR printed with digits for letters read as the word ("Co11aboration revenue" →
    "Collaboration revenue", see ``mend_ocr_words``), other words and capitals kept."""
    text = mend_ocr_words(label).replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s()'&,./%-]", " ", text)
    previous = None
    while previous != text:
        previous = text
        text = _without_leaders(_FOOTNOTE.sub("", text)).strip().rstrip(":;").strip()
    return " ".join(text.split())


#: Words that name the side of a statement line's figures: income, a gain, a tax benefit (a credit:
#: positive in us-gaap) against an expense, a loss, a tax provision (a debit).
_CREDIT_WORDS = frozenset({"income", "gain", "gains", "benefit", "profit", "earnings"})
_DEBIT_WORDS = frozenset({"expense", "expenses", "loss", "losses", "provision"})
#: Debit words of the lines us-gaap prints positive (an expense, a tax provision); a loss is negative
#: where it is a result, positive where it is a charge (see ``_names_charge``).
_EXPENSE_WORDS = frozenset({"expense", "expenses", "provision"})
_LOSS_WORDS = frozenset({"loss", "losses"})
#: Words before a loss that make it a result of the statement or a share in one ("Net loss",
#: "Operating loss", "Comprehensive loss", "Equity in net loss of affiliate", "Minority interest in
#: loss"): a result's loss is negative in us-gaap (``kg:NetIncomeLoss``).
_RESULT_WORDS = frozenset({"net", "operating", "comprehensive", "in"})
#: Words linking a loss opening a label to what it was incurred on ("Loss on sale of assets", "Loss
#: on extinguishment of debt"): a charge, like an expense.
_CHARGE_LINKS = frozenset({"on", "of"})
#: Where the words naming a line itself end and words naming another begin: "loss before income
#: taxes", "net loss per share", "provision for income taxes", "gain on sale of equipment".
_OTHER_LINE = cached_compile(
    r"\b(?:before|after|per|for|from|of|on|attributable|applicable|available|allocable|to|excluding|including)\b"
)
#: "Income tax(es)" opening a tax line names its subject, not a side: "Income tax (benefit) expense".
_TAX_SUBJECT = cached_compile(r"^income tax(?:es)?\b")
_SENSE_TOKEN = cached_compile(r"[()]|[a-z]+")


@dataclass(frozen=True)
class Sense:
    """What a statement label's words say about the sign of its figures.

    ``side`` is +1 when the label names income, a gain or a benefit ("Interest income", "Income tax
    benefit"), -1 when it names an expense, a loss or a provision ("Net loss", "Interest expense"),
    0 when it names neither or both alike. ``two_sided`` labels name both, the one in parentheses
    printed in parentheses ("Other income (expense)", "Income tax (benefit) expense"): ``side`` is the
    word outside them. ``expense``: that word is an expense, a provision or a loss charged against
    income ("Impairment loss on investments", "Loss on sale of assets"), which us-gaap counts positive,
    as the graph does; a loss that is a result ("Net loss", "Loss before income taxes") is negative.
    """

    side: int
    two_sided: bool = False
    expense: bool = False


@lru_cache(maxsize=8192)
def label_sense(label: str) -> Sense:
    """The side a label's own words name: "Net (loss) income" → income, two-sided; "Loss from
    operations" → loss; "Income tax benefit (expense)" → benefit, two-sided; "Research and development" → none."""
    key = normalise_label(label)
    tax = _TAX_SUBJECT.match(key) is not None
    key = _TAX_SUBJECT.sub("", key).strip()
    other = _OTHER_LINE.search(key)
    link = ""
    if other is not None:
        link = other.group()
        key = key[: other.start()]
    outside: set[int] = set()
    inside: set[int] = set()
    positive = ""
    before = ""  # the word printed before the side's word outside parentheses
    previous = ""
    depth = 0
    for token in _SENSE_TOKEN.findall(key):
        if token in "()":
            depth = depth + 1 if token == "(" else max(0, depth - 1)
            continue
        side = 1 if token in _CREDIT_WORDS else -1 if token in _DEBIT_WORDS else 0
        if side and depth:
            inside.add(side)
        elif side:
            outside.add(side)
            if not positive:
                positive, before = token, previous
        if not depth:
            previous = token
    if tax and not outside and len(inside) == 1:
        # "Income taxes (benefit)": the tax itself outside the parentheses, an expense.
        return Sense(-inside.pop(), two_sided=True, expense=True)
    if len(outside) != 1 or len(inside) > 1:
        return Sense(0)  # no side named, or both outside the parentheses ("Net loss income"): unclear
    side = outside.pop()
    expense = positive in _EXPENSE_WORDS or _names_charge(positive, before, link)
    return Sense(side, two_sided=inside == {-side}, expense=expense)


def _names_charge(word: str, before: str, link: str) -> bool:
    """True when a label's loss ``word`` names a charge against income, not a result: a loss of a
    kind ("Impairment loss", "Foreign currency transaction loss": ``before`` is another word than a
    result's, see ``_RESULT_WORDS``) or a loss opening the label incurred on something ("Loss on
    sale of assets": ``link``, the word after it, is "on" or "of")."""
    if word not in _LOSS_WORDS:
        return False
    if before:
        return before not in _RESULT_WORDS
    return link in _CHARGE_LINKS


@dataclass(frozen=True)
class ConceptTable:
    """Every concept, and the lookups from normalised label to concept."""

    concepts: dict[str, Concept]
    by_label: dict[str, str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]

    def match(self, label: str) -> Concept | None:
        """The concept a printed label names, or None when the table does not know it.

        A label OCR printed with a digit for a look-alike letter inside a word ("Genera1 and
        administrative", "Net l0ss", "Co11aboration revenue") is read with the letters when only the
        mended words name a concept: a word whose OCR skeleton is one concept word's (see
        ``mend_ocr_words``), else each "1"/"0" inside a word read as "l"/"o" (``mend_ocr_letters``).
        """
        key = normalise_label(label)
        if not key:
            return None
        name = self._name(key)
        if name is None:
            for mended in (normalise_label(mend_ocr_words(label)), mend_ocr_letters(key)):
                if mended != key and (name := self._name(mended)) is not None:
                    break
        return self.concepts.get(name) if name else None

    def _name(self, key: str) -> str | None:
        name = self.by_label.get(key)
        if name is None:
            name = next((n for pattern, n in self.patterns if pattern.search(key)), None)
        return name


#: A "1" or "0" inside a word of letters, which OCR prints for "l" and "o" ("genera1", "l0ss"): a
#: word with a letter on one side and a letter or the word's edge on the other. Words mixing letters
#: and several digits ("imgn901", "q4") are code names or period tags, and left alone.
_OCR_DIGIT_IN_WORD = cached_compile(r"(?<=[a-z])[10](?=[a-z]|\b)|(?<=\b)[10](?=[a-z])")
_DIGIT_LETTER = {"1": "l", "0": "o"}
_LETTERS_AND_ONES = cached_compile(r"[a-z10()]+")


def mend_ocr_letters(key: str) -> str:
    """A normalised label with "1"/"0" printed inside a word of letters read as "l"/"o": "genera1 and
    administrative" → "general and administrative". Words holding any other digit are left as printed."""
    words = []
    for word in key.split(" "):
        if _LETTERS_AND_ONES.fullmatch(word) and sum(ch.isalpha() for ch in word) >= 2:
            word = _OCR_DIGIT_IN_WORD.sub(lambda m: _DIGIT_LETTER[m.group()], word)
        words.append(word)
    return " ".join(words)


#: Words of statement labels beside those of the concept labels (four letters or more): the lines
#: every balance sheet and statement of operations prints that no concept names ("Product sales,
#: net", "Notes payable", "Accrued liabilities"). A word OCR printed with a digit for a letter
#: ("sa1es", "payab1e") is read as one of these, or a concept label's, or left as printed.
STATEMENT_WORDS = frozenset(
    {
        "sale", "sales", "product", "products", "service", "services", "contract", "contracts",
        "manufacturing", "grant", "grants", "license", "licenses", "licensing", "milestone", "milestones",
        "royalty", "royalties", "collaboration", "collaborative", "partner", "partners", "cost", "costs",
        "goods", "sold", "selling", "marketing", "general", "administrative", "research", "development",
        "amortization", "depreciation", "impairment", "restructuring", "acquired", "intangible",
        "intangibles", "goodwill", "process", "charge", "charges", "compensation", "stock", "based",
        "interest", "income", "expense", "expenses", "investment", "investments", "other", "gain", "gains",
        "loss", "losses", "foreign", "currency", "exchange", "change", "fair", "value", "warrant",
        "warrants", "provision", "benefit", "taxes", "before", "after", "minority", "noncontrolling",
        "equity", "affiliate", "cash", "equivalents", "marketable", "securities", "short", "long", "term",
        "restricted", "accounts", "receivable", "receivables", "inventory", "inventories", "prepaid",
        "current", "assets", "property", "plant", "equipment", "total", "notes", "note", "payable",
        "accrued", "liabilities", "liability", "deferred", "revenue", "revenues", "portion", "debt",
        "convertible", "senior", "subordinated", "obligations", "lease", "leases", "capital", "common",
        "preferred", "additional", "paid", "accumulated", "deficit", "comprehensive", "treasury",
        "stockholders", "shareholders", "weighted", "average", "shares", "outstanding", "basic", "diluted",
        "share", "number", "used", "computing", "operating", "operations", "activities", "provided",
        "financing", "investing", "purchases", "purchase", "proceeds", "issuance", "increase", "decrease",
        "beginning", "period", "year", "quarter", "ended"
    }
)  # fmt: skip
#: Short words a statement label prints (joining words, prefixes), most of fewer than four letters
#: and so in no list above: a piece of a split word that is one of these is a word of its own (see
#: ``_rejoined``).
_SHORT_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per", "the",
        "to", "net", "tax", "due", "end", "non", "pre", "long", "sub"
    }
)  # fmt: skip


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """The words of four letters or more of the concept labels, and ``STATEMENT_WORDS``."""
    words = {w for key in concept_table().by_label for w in key.split() if len(w) >= 4 and w.isalpha()}
    return frozenset(words | STATEMENT_WORDS)


@lru_cache(maxsize=256)
def _known_words(extra: frozenset[str]) -> frozenset[str]:
    """``_label_words`` and ``extra`` (the words of the labels of one statement)."""
    return _label_words() | extra


@lru_cache(maxsize=256)
def _words_by_skeleton(extra: frozenset[str]) -> dict[str, str]:
    """The known words (``_known_words``) by their OCR skeletons (``kg.ocr.words_by_skeleton``), for
    the skeletons only one of them has."""
    return words_by_skeleton(_known_words(extra))


def mended_ocr_word(printed: str, words: frozenset[str] = frozenset()) -> str | None:
    """The word of a statement label a word is, printed by OCR with digits for look-alike letters
    ("Co11aboration" → "Collaboration", "1oss" → "loss", "sa1es" → "sales"), or None.

    Only a word holding a digit or "|" is read, as the one known word its skeleton is
    (``kg.ocr.lookalike_word``): a word of a concept label, of ``STATEMENT_WORDS``, or of ``words``
    (those of the other labels of the same statement). A code name ("IMGN901"), a figure, or a word
    none of them holds is left as printed. The printed case is kept: capitals stay capitals, a
    capital first letter opens the word."""
    if not any(ch.isdigit() or ch == "|" for ch in printed):
        return None
    return _mended_word(printed, words) if words else _mended_known_word(printed)


@short_string_cache(maxsize=4096)
def _mended_known_word(printed: str) -> str | None:
    return _mended_word(printed, frozenset())


def _mended_word(printed: str, words: frozenset[str]) -> str | None:
    word = lookalike_word(printed, _words_by_skeleton(words))
    return None if word is None else in_printed_case(word, printed)


#: Two pieces of letters one space apart: a word OCR may have split ("Re search").
_PIECES = cached_compile(r"(?<![\w'’-])([A-Za-z]+) ([A-Za-z]+)(?![\w'’-])")


def _rejoined(text: str, words: frozenset[str]) -> str:
    """``text`` with each word OCR split in two read whole: "Re search and development" → "Research
    and development". Two pieces one space apart are joined when together they spell a known word of
    five letters or more (``_known_words``) and they are not both words themselves ("Tota l", "In
    come", but never "Other income"): the joined word is then what was printed."""
    if " " not in text:
        return text
    known = _known_words(words)
    out: list[str] = []
    at = 0
    match = _PIECES.search(text)
    while match is not None:
        first, second = match.group(1), match.group(2)
        joined = (first + second).lower()
        if (
            len(joined) >= 5
            and joined in known
            and not (_is_word(first.lower(), known) and _is_word(second.lower(), known))
        ):
            out.append(text[at : match.start()] + first + second)
            at = match.end()
            match = _PIECES.search(text, at)
            continue
        # The second piece may be the first of the next pair ("and deve lopment").
        out.append(text[at : match.start(2)])
        at = match.start(2)
        match = _PIECES.search(text, at)
    out.append(text[at:])
    return "".join(out)


def _is_word(piece: str, known: frozenset[str]) -> bool:
    """A piece of a label that is a word of its own: a known word, or a short word labels print."""
    return piece in known or piece in _SHORT_WORDS


@lru_cache(maxsize=8192)
def mend_ocr_words(text: str, words: frozenset[str] = frozenset()) -> str:
    """``text`` (a statement label) with each word OCR printed with digits for letters read as the
    word it is (see ``mended_ocr_word``: "Net 1oss" → "Net loss", "Product sa1es" → "Product
    sales"), a small "l" opening a word read as the capital "I" OCR took it for where only so it is
    a word (``_capital_i_for_l``: "lnterest expense" → "Interest expense"), and each word OCR split
    in two read whole (``_rejoined``: "Re search" → "Research"). ``words``: the words of the other labels of the same statement, known besides the concept labels'
    and ``STATEMENT_WORDS``. Cached: a statement's labels are mended more than once, and a frozenset
    keeps its hash."""
    if any(ch.isdigit() or ch == "|" for ch in text):
        text = OCR_WORD.sub(lambda m: mended_ocr_word(m.group(), words) or m.group(), text)
    if "l" in text:
        text = _LEADING_SMALL_L.sub(lambda m: _capital_i_for_l(m.group(), words), text)
    return _rejoined(text, words)


#: A word opening with a small "l" before another small letter: OCR's reading of a capital "I"
#: ("lnterest expense", "lncome taxes") where the word is no word with an "l".
_LEADING_SMALL_L = cached_compile(r"(?<![\w'’|-])l[a-z]{3,}(?![\w'’|-])")


def _capital_i_for_l(printed: str, words: frozenset[str]) -> str:
    """``printed`` ("lnterest") read with its opening "l" as the capital "I" OCR took for it when so
    it is a word of the statement labels (``_known_words``: "Interest") and as printed it is none of
    the words of the concept labels and ``STATEMENT_WORDS`` ("loss", "lease" stay as printed)."""
    if printed in _label_words():
        return printed
    mended = "i" + printed[1:]
    return "I" + printed[1:] if mended in _known_words(words) else printed


#: What the key of a concept minted from a balance-sheet line ends with (see ``local_concept_key``).
INSTANT_SUFFIX = "-instant"


def local_concept_key(label: str, *, instant: bool) -> str:
    """The key of the concept minted from a statement line no concept of the table names
    (``kgr:concept/<key>``): the slug of its label, the same in every filing printing that label.

    A line of figures at an instant (a balance sheet's) has a key of its own, ending in
    ``INSTANT_SUFFIX``: a label printed both for an instant and for a period ("Minority interest": the
    minority's equity, and its share of the period's loss; "Deferred revenue", and its change among a
    statement of cash flows' lines) names a stock in one statement and a flow in the other, which
    one concept would mix."""
    key = slugify(label)
    return key + INSTANT_SUFFIX if instant else key


def local_concept_label(key: str, label: str) -> str:
    """The preferred label of the concept minted under ``key`` from a line printed as ``label``: the
    label, followed by "(balance sheet)" for an instant's concept, so that the concepts of one label
    printed for an instant and for a period ("Minority interest") do not share a preferred label."""
    return f"{label} (balance sheet)" if key.endswith(INSTANT_SUFFIX) else label


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def concept_table() -> ConceptTable:
    """Parse ``concepts.ttl`` once (pyoxigraph: fast to import and parse)."""
    import pyoxigraph

    path = ontology_dir() / "concepts.ttl"
    store = pyoxigraph.Store()
    with path.open("rb") as handle:
        store.bulk_load(handle, format=pyoxigraph.RdfFormat.TURTLE)

    def select(query: str) -> pyoxigraph.QuerySolutions:
        solutions = store.query(query)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)  # every query here is a SELECT
        return solutions

    rows = select(
        f"""SELECT ?c ?pref ?unit ?statement ?sign WHERE {{
              ?c a <{KG}FinancialConcept> ; <{_SKOS}prefLabel> ?pref ; <{KG}unit> ?unit ;
                 <{KG}statement> ?statement ; <{KG}signConvention> ?sign }}"""
    )
    concepts: dict[str, Concept] = {}
    for row in rows:
        name = _local(row["c"].value)
        concepts[name] = Concept(
            name=name,
            label=row["pref"].value,
            unit=_local(row["unit"].value),
            statement=_local(row["statement"].value),
            sign=row["sign"].value,
        )
    by_label: dict[str, str] = {}
    for row in select(f"SELECT ?c ?l WHERE {{ ?c <{_SKOS}altLabel>|<{_SKOS}prefLabel> ?l }}"):
        key = normalise_label(row["l"].value)
        name = _local(row["c"].value)
        if name in concepts:
            # altLabels win over prefLabels; the sort makes the choice independent of store order.
            by_label.setdefault(key, name)
    patterns = sorted(
        (row["p"].value, _local(row["c"].value))
        for row in select(f"SELECT ?c ?p WHERE {{ ?c <{KG}labelPattern> ?p }}")
    )
    return ConceptTable(
        concepts=dict(sorted(concepts.items())),
        by_label=dict(sorted(by_label.items())),
        patterns=tuple((cached_compile(p), n) for p, n in patterns),
    )


def concept(name: str) -> Concept:
    """The concept named ``name`` (a ``kg:`` local name). Raises KeyError when there is none."""
    return concept_table().concepts[name]
