"""List items: an HTML ``<li>`` prints with a bullet, as a browser shows it, and a bullet item that
opens with a compound's name and a dash is about that compound, in HTML as in plain text."""

from __future__ import annotations

from conftest import pipeline_facts, stage_rows

from kg.corpus import document_from_bytes
from kg.extractors.pipeline import run
from kg.html import render_html


def test_list_items_print_with_a_bullet_beside_their_text() -> None:
    markup = (
        "<p>Pipeline</p>\n<ul>\n  <li>\n    <p>Phase I in <b>SCLC</b>\n began.</p>\n  </li>\n"
        "<li>Second item</li></ul>"
        "<table><tr><td><ul><li>a cell's item</li></ul></td><td>5</td></tr></table>"
        "<ol><li></li></ol><p>After the list</p>"
    )
    assert render_html(markup) == (
        "Pipeline\n\n• Phase I in SCLC began.\n\n• Second item\n\na cell's item\t5\n\nAfter the list\n"
    )


_HTML_RELEASE = """<html><body>
<p>ACME BIOTHERAPEUTICS REPORTS FOURTH QUARTER RESULTS</p>
<p>BOSTON, August 6, 2010 -- Acme Biotherapeutics, Inc. (Nasdaq: ACMB) today reported its results.</p>
<p><u>IMGN901</u> &#8211; in clinical testing for CD56-positive tumors.</p>
<ul>
<li>We expect to report data in the second half of the year.</li>
<li>A Phase I trial in solid tumors is enrolling patients at three sites in the U.S.</li>
</ul>
</body></html>
"""


def test_a_list_item_under_a_compounds_dash_lead_in_html_is_about_that_compound() -> None:
    doc = document_from_bytes("acme-2010.htm", _HTML_RELEASE.encode(), is_html=True)
    rows = stage_rows(list(run(doc)))
    assert ("lorvotuzumab-mertansine", "PhaseI", "solid-tumors") in rows


_TEXT_RELEASE = """ACME BIOTHERAPEUTICS REPORTS SECOND QUARTER RESULTS

REDWOOD CITY, Calif., August 5, 2009 -- Acme Biotherapeutics Corporation (Nasdaq: ACMB) today
reported its results for the second quarter ended June 30, 2009.

Pipeline Update

{bullet}Daclizumab - Acme and Biogen Idec are jointly developing daclizumab for relapsing multiple
sclerosis. Data from SELECT, a Phase 2b registrational trial of the high-yield process as
monotherapy, are expected in 2010.

{bullet}Elotuzumab - A Phase 2 study is planned to begin in the second half of 2009.
"""


def test_a_bullet_opening_with_a_compound_and_a_dash_is_about_that_compound() -> None:
    for bullet in ("• ", ""):
        rows = stage_rows(pipeline_facts("acme-2009.txt", _TEXT_RELEASE.format(bullet=bullet)))
        assert ("daclizumab", "PhaseII", None) in rows, bullet
        # The next bullet's plan is its own compound's, and a plan: no stage.
        assert not any(compound == "elotuzumab" for compound, _, _ in rows), bullet
