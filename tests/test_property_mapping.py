"""The mapper writes N-Triples text itself: it must be exactly what pyoxigraph writes for the same terms.

Every output byte depends on it (graph files are sorted lines), so any escape that differs would
change the dataset's bytes or, worse, write a literal a parser reads back differently.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import hypothesis_profiles  # noqa: F401  (registers and loads the Hypothesis profile)
import pyoxigraph as ox
from hypothesis import example, given
from hypothesis import strategies as st

from kg import mapping


@given(st.text())
@example('tab\there "quoted" back\\slash\x00\x1f\x7f\u2028 é 𝄞')
@example("line\nbreak\r\x08\x0c")
def test_quoted_text_equals_oxigraph_serialisation(text: str) -> None:
    assert mapping.quoted(text) == str(ox.Literal(text))
    parsed = next(
        iter(ox.parse(f"<http://a> <http://b> {mapping.quoted(text)} .", format=ox.RdfFormat.N_TRIPLES))
    )
    assert isinstance(parsed.object, ox.Literal) and parsed.object.value == text


@given(
    st.one_of(
        st.integers(min_value=-(10**15), max_value=10**15),
        st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**12), max_value=10**12),
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
        st.text(max_size=40),
        st.booleans(),
    )
)
@example(Decimal("-4706000.000"))
@example(Decimal("0E-7"))
def test_literal_text_equals_the_literal_terms_serialisation(
    value: int | Decimal | dt.date | str | bool,
) -> None:
    assert mapping.literal_text(value) == str(mapping.literal(value))


def test_mapper_quads_parse_back_from_its_nquads() -> None:
    mapper = mapping.FilingMapper("acme-2010-10-28-8-k")
    mapper.extractor("financials", "1.2.0")
    data = mapper.nquads()
    assert data.endswith(b" <https://w3id.org/filings-kg/id/filing/acme-2010-10-28-8-k> .\n")
    assert len(mapper.quads) == data.count(b"\n") == 2


@given(
    st.dictionaries(
        st.tuples(
            st.sampled_from(["compound", "target", "company"]),
            st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True),
        ),
        st.text(min_size=1, max_size=30),
        max_size=8,
    ),
    st.dictionaries(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20), max_size=3),
)
def test_entity_label_text_equals_the_entity_label_quads(
    labels: dict[tuple[str, str], str], unmapped: dict[str, str]
) -> None:
    from kg.export import sorted_quads_nquads
    from kg.model import EntityRef

    quads = mapping.entity_label_quads({EntityRef(*pair): label for pair, label in labels.items()}, unmapped)
    assert mapping.entity_label_nquads(labels, unmapped) == sorted_quads_nquads(quads)
