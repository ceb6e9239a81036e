"""Words after a concept's phrase that make it another measure: the income available to common
stockholders (``TO_COMMON``), and one kind of revenue rather than total revenues.

"revenue from sales of Zorvax", "revenues in Europe", "revenues under the collaboration", "revenues
outside the United States" name a part of the revenues (a product's, a region's, a source's); the
total is "revenues for the quarter", "revenues in the third quarter of 2008", "revenues in fiscal
2009", "revenues of $5.0 million". Read by the prose reader and the guidance reader alike.
"""

from __future__ import annotations

import re

from kg.pattern_cache import cached_compile
from kg.periods import opens_period

#: A preposition right after "revenue(s)" and where the words it governs start. "outside" always
#: names a part; the others name one unless a period or an amount follows (see ``revenue_qualifier``).
_AFTER_REVENUE = cached_compile(
    r"\s*(?:\((?:[^()]{0,40})\)\s*)?(?P<prep>from|in|under|outside(?:\s+of)?|of|for|within|at|generated|derived|earned)\s+",
    re.IGNORECASE,
)
#: What may follow the preposition in a phrase about total revenues: an amount ("of $5.0 million",
#: "of approximately …", "in the range of …", "in excess of …"), or the words of GAAP ("under GAAP").
_AMOUNT_OPENING = cached_compile(
    r"(?:\$|\d|(?:approximately|about|around|roughly|nearly|almost|between|some|over|under|up\s+to|at\s+least"
    r"|more\s+than|less\s+than|no\s+(?:more|less)\s+than|an?\s+(?:estimated|total|range|aggregate)|in\s+excess"
    r"|(?:the\s+)?(?:range|amount|order|neighbou?rhood|vicinity|aggregate|mid|low|high|upper|lower)"
    r"|(?:u\.?s\.?\s+)?GAAP|line\s+with|accordance)\b)",
    re.IGNORECASE,
)
_ALWAYS_A_PART = ("outside", "generated", "derived", "earned")

#: Words after a concept's phrase that make it the income available to common stockholders: "net
#: loss applicable to common stockholders" is the loss after preferred dividends, not the net loss.
TO_COMMON = cached_compile(
    r"\s+(?:applicable|attributable|available|allocable)\s+to\s+(?:the\s+)?(?:common|ordinary)\b",
    re.IGNORECASE,
)


def revenue_qualifier(text: str, end: int) -> str:
    """The words right after "revenue(s)" (ending at ``end`` of ``text``) that make it one kind of
    revenue ("from sales of Zorvax", "in Europe", "under the collaboration"); empty when none do."""
    match = _AFTER_REVENUE.match(text, end)
    if match is None:
        return ""
    prep = match.group("prep").lower()
    at = match.end()
    if not prep.startswith(_ALWAYS_A_PART) and (opens_period(text, at) or _AMOUNT_OPENING.match(text, at)):
        return ""
    words = text[match.start("prep") : at + 40].split()
    return " ".join(words[:4])
