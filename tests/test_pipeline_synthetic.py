"""The pipeline extractor on small filings written here: other ADC developers, HTML, OCR damage, traps.

These check the general mechanisms (code-name, INN and antigen patterns, stated merges, OCR tolerance)
on names the reference data does not know.
"""

from __future__ import annotations

from conftest import mention_names as _names
from conftest import relation_edges as _edges

from kg.corpus import Document, document_from_bytes
from kg.extractors.pipeline import run
from kg.model import EntityRef, Mention, Relation, SameAs, StatusObservation, UnknownEntity

ADC_DEVELOPER = """\
Acme Biotherapeutics, Inc. Reports Second Quarter 2011 Financial Results

BOTHELL, Wash., Aug 4, 2011 (BUSINESS WIRE) -- Acme Biotherapeutics, Inc. (Nasdaq: ACME) today reported
financial results for the quarter ended June 30, 2011.

Pipeline Highlights

SGN-35 (brentuximab vedotin) targets the CD30 antigen and is in a Phase Il trial for the treatment of
Hodgkin lymphoma.

ABC123-DM4 - in preclinical development for solid tumors.

. This compound targets HER3+ tumors.

. Acme expects to submit an IND for ABC123-DM4 in 2012.

Acme has an exclusive license agreement with Zeta Pharmaceuticals, Inc. for ABC123-DM4. In 2010 Acme
entered into a research collaboration with Bayer HealthCare to apply its ADC technology.

Data will be presented at ASCO and ESMO in 2011. Velcade is a registered trademark of Millennium
Pharmaceuticals, Inc.
"""

HTML_RELEASE = """\
<html><body>
<p>ImmunoGen, Inc. (Nasdaq: IMGN) today reported results for the quarter ended March 31, 2012.</p>
<p>IMGN853 (mirvetuximab soravtansine) targets folate receptor alpha and entered the clinic in
2012 for the treatment of ovarian cancer.</p>
<p>SAR3419 (huB4-DM4) is in a Phase l/ll trial in patients with non-Hodgkin lymphoma.</p>
<p>In 2014 ImmunoGen licensed IMGN529 to Debiopharm International for further development.</p>
<p>IMGN289, a TAP compound that targets EGFR, is in preclinical development.</p>
<p>In February 2013, the FDA approved Kadcyla (ado-trastuzumab emtansine) for patients with HER2-positive
metastatic breast cancer.</p>
<p>Roche expects to submit a marketing application for T-DM1 in Japan.</p>
<p>The Phase III MARIANNE trial of T-DM1 in patients with HER2-positive breast cancer is enrolling.</p>
<p>IMGN853 is not being studied in ER-positive breast cancer.</p>
</body></html>
"""

TRAPS = """\
XYZ Oncology, Inc. (Nasdaq: XYZO) Announces Clinical Data

SAN DIEGO, March 3, 2012 -- XYZ Oncology, Inc. (Nasdaq: XYZO) today announced that clinical data on
XYZ-4411 will be presented at the ASCO annual meeting and at the EORTC-NCI-AACR symposium.

XYZ-4411 is in a Phase I study in patients with multiple myeloma. Results for 1QFY12 and 2H2012 are
reported under SFAS 123(R) and Form 10-Q. The COVID-19 outbreak did not affect patients.

Contacts: Jane Roe, Rx Communications Group, LLC, jroe@rxir.com, www.xyzoncology.com

Revlimid® is a registered trademark of Celgene Corporation.

This press release includes forward-looking statements. Factors include the Company's collaboration
with Pfizer Inc. and the results of clinical trials of XYZ-9999.
"""


def _doc(name: str, text: str, *, html: bool = False) -> Document:
    return document_from_bytes(name, text.encode("utf-8"), is_html=html)


def test_unseen_adc_developer_is_read_by_patterns() -> None:
    doc = _doc("acme.txt", ADC_DEVELOPER)
    facts = list(run(doc))
    assert _names(facts, "compound") == {
        "brentuximab-vedotin": {"SGN-35", "brentuximab vedotin"},
        "abc123-dm4": {"ABC123-DM4"},
    }
    # "SGN-35 (brentuximab vedotin)": one compound named by its INN, the merge explained by the filing.
    [same] = [f for f in facts if isinstance(f, SameAs) and f.a.kind == "compound"]
    assert (same.a, same.b) == (EntityRef("compound", "sgn-35"), EntityRef("compound", "brentuximab-vedotin"))
    assert same.evidence.quote == "SGN-35 (brentuximab vedotin)"
    assert _edges(facts, "targets") == {("brentuximab-vedotin", "cd30"), ("abc123-dm4", "her3")}
    assert _edges(facts, "payload") == {("brentuximab-vedotin", "mmae"), ("abc123-dm4", "dm4")}
    stages = {(f.compound.key, f.phase, f.indication.key if f.indication else None) for f in facts
              if isinstance(f, StatusObservation)}  # fmt: skip
    assert stages == {
        ("brentuximab-vedotin", "PhaseII", None),
        ("abc123-dm4", "Preclinical", "solid-tumors"),
        ("abc123-dm4", "Preclinical", None),
    }
    assert _edges(facts, "partner") == {
        ("acme-biotherapeutics", "zeta-pharmaceuticals"),
        ("acme-biotherapeutics", "bayer-healthcare"),  # named right after a partnership cue
    }
    agreement = EntityRef("agreement", "acme-biotherapeutics-zeta-pharmaceuticals-licence")
    assert {(f.predicate, f.obj) for f in facts if isinstance(f, Relation) and f.subject == agreement} == {
        ("party", EntityRef("company", "acme-biotherapeutics")),
        ("party", EntityRef("company", "zeta-pharmaceuticals")),
        ("agreementType", "licence"),
        ("covers", EntityRef("compound", "abc123-dm4")),
    }
    [label] = {f.label for f in facts if isinstance(f, Mention) and f.ref == agreement}
    assert label == "Acme Biotherapeutics, Inc. – Zeta Pharmaceuticals, Inc. licence"
    unknown = {(f.ref.kind, f.ref.key, f.name) for f in facts if isinstance(f, UnknownEntity)}
    assert unknown == {
        ("compound", "brentuximab-vedotin", "SGN-35"),
        ("compound", "brentuximab-vedotin", "brentuximab vedotin"),
        ("compound", "abc123-dm4", "ABC123-DM4"),
        ("target", "cd30", "CD30"),
        ("target", "her3", "HER3"),
        ("payload", "mmae", "MMAE"),  # named by the INN stem "vedotin"
        ("company", "acme-biotherapeutics", "Acme Biotherapeutics, Inc."),
        ("company", "zeta-pharmaceuticals", "Zeta Pharmaceuticals, Inc."),
        ("company", "bayer-healthcare", "Bayer HealthCare"),
    }
    # The trademark owner is named in a trademark notice only: no entity, no edge.
    assert "millennium-pharmaceuticals" not in _names(facts, "company")
    target_ev = next(f.evidence for f in facts if isinstance(f, Relation) and f.predicate == "targets")
    assert target_ev.quote == doc.text[target_ev.char_start : target_ev.char_end]
    assert target_ev.quote.startswith("SGN-35 (brentuximab vedotin) targets the CD30 antigen")


def test_html_release_with_known_names() -> None:
    doc = _doc("release.htm", HTML_RELEASE, html=True)
    facts = list(run(doc))
    assert _names(facts, "compound") == {
        "mirvetuximab-soravtansine": {"IMGN853", "mirvetuximab soravtansine"},
        "coltuximab-ravtansine": {"SAR3419", "huB4-DM4"},
        "naratuximab-emtansine": {"IMGN529"},
        "imgn289": {"IMGN289"},
        "trastuzumab-emtansine": {"Kadcyla", "ado-trastuzumab emtansine", "T-DM1"},
    }
    assert [f for f in facts if isinstance(f, SameAs)] == []  # both names of each were in the reference
    assert _edges(facts, "targets") == {
        ("mirvetuximab-soravtansine", "folr1"),
        ("imgn289", "egfr"),
        ("trastuzumab-emtansine", "her2"),  # "HER2-positive metastatic breast cancer"
    }
    assert _edges(facts, "indication") == {
        ("trastuzumab-emtansine", "her2-positive-breast-cancer"),
        ("marianne", "her2-positive-breast-cancer"),
        ("mirvetuximab-soravtansine", "ovarian-cancer"),
        ("coltuximab-ravtansine", "non-hodgkin-lymphoma"),
    }
    stages = {(f.compound.key, f.phase) for f in facts if isinstance(f, StatusObservation)}
    assert stages == {
        ("mirvetuximab-soravtansine", "PhaseI"),
        ("coltuximab-ravtansine", "PhaseI_II"),
        ("imgn289", "Preclinical"),
        ("trastuzumab-emtansine", "Approved"),  # the plan to submit an application states no stage
        ("trastuzumab-emtansine", "PhaseIII"),
    }
    assert _edges(facts, "compound") == {("marianne", "trastuzumab-emtansine")}
    assert _edges(facts, "phase") == {("marianne", "PhaseIII")}
    assert _edges(facts, "partner") == {("immunogen", "debiopharm")}
    covers = {f.obj for f in facts if isinstance(f, Relation) and f.predicate == "covers"}
    assert covers == {EntityRef("compound", "naratuximab-emtansine")}
    assert [f for f in facts if isinstance(f, UnknownEntity)] == []


def test_ocr_damaged_names_become_hidden_labels() -> None:
    text = (
        "ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        "A Phase I trial of IMGN9OL in patients with Merkel cell carcinoma is underway. "
        "BIIBO15 is in a Phase | study. SARb566658 is being evaluated in patients with CA6+ solid tumors.\n"
    )
    facts = list(run(_doc("ocr.txt", text)))
    hidden = {f.ref.key: f.hidden_labels for f in facts if isinstance(f, Mention) and f.hidden_labels}
    assert hidden == {
        "lorvotuzumab-mertansine": ("IMGN9OL",),
        "biib015": ("BIIBO15",),
        "sar566658": ("SARb566658",),
    }
    stages = {(f.compound.key, f.phase, f.indication.key if f.indication else None) for f in facts
              if isinstance(f, StatusObservation)}  # fmt: skip
    assert stages == {
        ("lorvotuzumab-mertansine", "PhaseI", "merkel-cell-carcinoma"),
        ("biib015", "PhaseI", None),
    }
    assert _edges(facts, "targets") == {("sar566658", "ca6")}


def test_traps_name_nothing() -> None:
    facts = list(run(_doc("traps.txt", TRAPS)))
    companies = _names(facts, "company")
    # Only the filer; not the PR agency, the trademark owner, nor a name inside the boilerplate.
    assert companies == {"xyz-oncology": {"XYZ Oncology, Inc."}}
    assert _edges(facts, "partner") == set()
    # The trademarked medicine is a compound the filing names; its trademark owner is no entity.
    assert _names(facts, "compound") == {"xyz-4411": {"XYZ-4411"}, "lenalidomide": {"Revlimid"}}
    stages = {(f.compound.key, f.phase, f.indication.key if f.indication else None) for f in facts
              if isinstance(f, StatusObservation)}  # fmt: skip
    assert stages == {("xyz-4411", "PhaseI", "multiple-myeloma")}
    labels = {label for f in facts if isinstance(f, Mention) for label in f.alt_labels}
    assert not labels & {"ASCO", "EORTC-NCI-AACR", "Rx Communications Group", "Celgene Corporation",
                         "Pfizer Inc.", "XYZ-9999", "1QFY12", "COVID-19", "SFAS 123"}  # fmt: skip


def test_sentences_end_after_a_roman_numeral() -> None:
    text = (
        "ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        "IMGN388 is in Phase I. SAR3419 is in Phase II. IMGN529 entered the clinic.\n"
    )
    facts = list(run(_doc("roman.txt", text)))
    stages = {(f.compound.key, f.phase) for f in facts if isinstance(f, StatusObservation)}
    assert stages == {
        ("imgn388", "PhaseI"),
        ("coltuximab-ravtansine", "PhaseII"),
        ("naratuximab-emtansine", "PhaseI"),
    }


def test_code_names_printed_with_a_space() -> None:
    text = (
        "ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        "Amgen advanced AMG 172, a TAP compound targeting CD70, into Phase I testing for renal cell carcinoma.\n"
        "Bayer HealthCare began Phase I testing of BAY 94-9343 in solid tumors.\n"
        "Data from the trial were presented at ASCO 2011 and the study is subject to FAS 157 and ISO 9001 "
        "rules; patients were treated at Suite 400, Route 128 under Rule 144 and Item 2.02.\n"
    )
    facts = list(run(_doc("spaced.txt", text)))
    assert set(_names(facts, "compound")) == {"amg-172", "bay-94-9343"}
    assert _edges(facts, "targets") == {("amg-172", "cd70")}
    stages = {(f.compound.key, f.phase) for f in facts if isinstance(f, StatusObservation)}
    assert stages == {("amg-172", "PhaseI"), ("bay-94-9343", "PhaseI")}
