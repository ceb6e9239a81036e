"""Render an analysis (:func:`kg.analyze.analyze`) as ``analysis.json``, ``report.md`` and PNG charts.

Byte-deterministic: JSON with sorted keys, charts drawn by matplotlib's Agg backend at a fixed size and
dpi with the bundled DejaVu font, no timestamp or software tag in the PNG metadata, a fixed
``svg.hashsalt``. The Markdown uses plain tables and relative image links, so it reads well on a
code-hosting page.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

FIGSIZE = (8.0, 4.5)
DPI = 100
_PNG_METADATA = {"Software": None}
_PARTNER_CHART_LIMIT = 60


def write_report(analysis: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write ``analysis.json``, ``report.md`` and the charts into ``out_dir``; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [
        _write(
            out_dir / "analysis.json",
            json.dumps(analysis, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
        )
    ]
    charts = render_charts(analysis, out_dir)
    written.extend(charts.values())
    written.append(_write(out_dir / "report.md", markdown(analysis, {k: p.name for k, p in charts.items()})))
    return written


def _write(path: Path, text: str) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


def _millions(value: str | Decimal | None) -> str:
    if value is None:
        return "–"
    return f"{Decimal(value) / Decimal(1_000_000):,.1f}"


def _pct(change: dict[str, Any] | None) -> str:
    if not change or change.get("change_pct") is None:
        return "–"
    return f"{change['change_pct']:+.1f}%"


def _cell(text: Any) -> str:
    """Text from a filing inside a Markdown table: pipes and line breaks would break the row."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown(analysis: dict[str, Any], charts: dict[str, str]) -> str:
    """The report as Markdown; ``charts`` maps chart names to file names beside the report."""
    s = analysis["summary"]
    lines = [
        "# Knowledge-graph analysis",
        "",
        f"{s['entities']} entities, {s['edges']} relations, {len(s['filings'])} filings, "
        f"{s['financial_facts']} financial facts, {s['status_observations']} stage observations.",
        "",
        "| class | entities |",
        "|---|---:|",
        *[f"| {c} | {n} |" for c, n in s["entities_per_class"].items()],
        "",
        "## Most central entities",
        "",
        "Degree and betweenness over the relations the filings state (curated reference links excluded).",
        "",
        "| entity | class | degree | betweenness | connected through |",
        "|---|---|---:|---:|---|",
    ]
    for e in analysis["centrality"]["by_degree"]:
        through = "; ".join(f"{rel}: {', '.join(names[:5])}" for rel, names in e["connections"].items())
        lines.append(
            f"| {_cell(e['label'])} | {e['class']} | {e['degree']} | {e['betweenness']:.4f} | {_cell(through)} |"
        )
    if "centrality" in charts:
        lines += ["", f"![Most central entities]({charts['centrality']})"]

    pn = analysis["partner_network"]
    lines += ["", "## Partner network", ""]
    if pn["links"]:
        lines += ["| company | company | linked by |", "|---|---|---|"]
        for link in pn["links"]:
            kinds = "; ".join(f"{k}" + (f" ({', '.join(v)})" if v else "") for k, v in link["kinds"].items())
            lines.append(f"| {_cell(link['a_label'])} | {_cell(link['b_label'])} | {_cell(kinds)} |")
        lines += ["", "Communities:", ""]
        lines += [
            f"{i}. " + _cell(", ".join(m["label"] for m in c)) for i, c in enumerate(pn["communities"], 1)
        ]
        if "partners" in charts:
            lines += ["", f"![Partner network]({charts['partners']})"]
    else:
        lines.append("No links between companies in this graph.")

    lines += ["", "## Target landscape", ""]
    rows = [(t, c) for t in analysis["target_landscape"] for c in t["compounds"]]
    if rows:
        lines += [
            "| target | compound | payload | latest stage | as of | developer |",
            "|---|---|---|---|---|---|",
        ]
        for t, c in rows:
            stage = c["latest_stage"] or {}
            lines.append(
                f"| {_cell(t['label'])} | {_cell(c['label'])} | {_cell(', '.join(c['payloads']) or '–')} | "
                f"{stage.get('phase', '–')} | {stage.get('as_of') or '–'} | {_cell(', '.join(c['developers']) or '–')} |"
            )
    else:
        lines.append("No compound-target links in this graph.")

    lines += ["", "## Pipeline progression", ""]
    progression = analysis["pipeline_progression"]
    if progression:
        lines += ["| compound | stages, filing by filing | changes |", "|---|---|---|"]
        for p in progression:
            stages = " → ".join(f"{t['phase']} ({t['as_of']})" for t in p["timeline"])
            changes = "; ".join(f"{c['direction']} {c['from']} → {c['to']}" for c in p["changes"]) or "–"
            lines.append(f"| {_cell(p['label'])} | {stages} | {changes} |")
        if "pipeline" in charts:
            lines += ["", f"![Pipeline progression]({charts['pipeline']})"]
    else:
        lines.append("No stage observations in this graph.")

    lines += ["", "## Financial trends", ""]
    trends = analysis["financial_trends"]
    if not trends:
        lines.append("No financial facts in this graph.")
    for entity, t in trends.items():
        lines += [
            f"### {_cell(t['label'])}",
            "",
            "USD millions; change against the prior quarter (QoQ) and the same period a year earlier (YoY).",
            "",
        ]
        lines += ["| concept | period | kind | value | QoQ | YoY |", "|---|---|---|---:|---:|---:|"]
        for concept, series in t["series"].items():
            for p in series:
                lines.append(
                    f"| {t['concept_labels'].get(concept, concept)} | {p['period']} | {p['kind']} | "
                    f"{_millions(p['value'])} | {_pct(p['qoq'])} | {_pct(p['yoy'])} |"
                )
        for p in t["cash"]:
            lines.append(
                f"| cash ({t['cash_concept']}) | {p['period']} | instant | {_millions(p['value'])} | {_pct(p['qoq'])} | {_pct(p['yoy'])} |"
            )
        runway = t["runway"]
        lines.append("")
        if runway and runway["quarters"] is not None:
            lines.append(
                f"Cash runway: {runway['quarters']} quarters ({runway['months']} months) of cash "
                f"({_millions(runway['cash'])} M on {runway['as_of']}) at a quarterly burn of "
                f"{_millions(runway['quarterly_burn'])} M ({runway['burn_concept']}, {runway['burn_period']})."
            )
        elif runway:
            lines.append(f"Cash runway: not computed ({runway['reason']}).")
        else:
            lines.append("Cash runway: not computed (no cash and burn figures for the same date).")
        for key, title in (
            ("financials", "Revenue, R&D and net loss"),
            ("revenue_mix", "Revenue mix"),
            ("cash", "Cash"),
        ):
            name = f"{key}-{_slug(entity)}"
            if name in charts:
                lines += ["", f"![{title}]({charts[name]})"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _slug(iri: str) -> str:
    """A file-name-safe key from an entity IRI: chart files can never land outside ``--out``."""
    from kg.text import slugify

    return slugify(iri.rstrip("/").rsplit("/", 1)[-1])


def render_charts(analysis: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Draw every chart the analysis has data for; returns chart name → PNG path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    charts: dict[str, Path] = {}
    with matplotlib.rc_context(
        {
            "svg.hashsalt": "filings-kg",
            "font.family": "DejaVu Sans",
            "figure.figsize": FIGSIZE,
            "figure.dpi": DPI,
        }
    ):
        central = analysis["centrality"]["by_degree"]
        if central:
            fig, ax = plt.subplots()
            labels = [e["label"][:40] for e in reversed(central)]
            ax.barh(labels, [e["degree"] for e in reversed(central)], color="#4C78A8")
            ax.set_xlabel("degree (relations stated in filings)")
            ax.set_title("Most central entities")
            charts["centrality"] = _save(fig, out_dir / "centrality.png")
        if analysis["partner_network"]["links"]:
            charts["partners"] = _partner_chart(analysis["partner_network"], out_dir / "partners.png")
        if analysis["pipeline_progression"]:
            charts["pipeline"] = _pipeline_chart(analysis["pipeline_progression"], out_dir / "pipeline.png")
        for entity, trend in analysis["financial_trends"].items():
            charts.update(_financial_charts(entity, trend, out_dir))
    plt.close("all")
    return charts


def _save(fig: Any, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI, metadata=_PNG_METADATA)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path


def _partner_chart(network: dict[str, Any], path: Path) -> Path:
    import matplotlib.pyplot as plt
    import networkx as nx

    g = nx.Graph()
    labels = {}
    for link in network["links"]:
        g.add_edge(link["a"], link["b"])
        labels[link["a"]], labels[link["b"]] = link["a_label"], link["b_label"]
    # A chart of hundreds of companies is unreadable: draw the best-linked ones.
    keep = sorted(sorted(g.nodes), key=lambda n: -g.degree(n))[:_PARTNER_CHART_LIMIT]
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(keep))
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in g.subgraph(keep).edges))
    labels = {n: labels[n] for n in keep}
    pos = nx.spring_layout(ordered, seed=7)
    fig, ax = plt.subplots()
    nx.draw_networkx(
        ordered,
        pos,
        ax=ax,
        labels=labels,
        node_color="#F58518",
        node_size=300,
        font_size=8,
        edge_color="#999999",
    )
    shown = "" if len(keep) == g.number_of_nodes() else f" (best-linked {len(keep)} of {g.number_of_nodes()})"
    ax.set_title(f"Partner network{shown}")
    ax.axis("off")
    return _save(fig, path)


def _pipeline_chart(progression: list[dict[str, Any]], path: Path) -> Path:
    import datetime as dt

    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    phases: dict[int, str] = {}
    for p in progression[:15]:
        points = [
            (dt.date.fromisoformat(t["as_of"]), t["phase_order"])
            for t in p["timeline"]
            if t["as_of"] and t["phase_order"] is not None
        ]
        for t in p["timeline"]:
            if t["phase_order"] is not None:
                phases[t["phase_order"]] = t["phase"]
        if points:
            ax.plot(
                [d for d, _ in points],  # type: ignore[arg-type]  # matplotlib plots dates natively
                [o for _, o in points],
                marker="o",
                drawstyle="steps-post",
                label=p["label"][:30],
            )
    ax.set_yticks(sorted(phases), [phases[o] for o in sorted(phases)])
    ax.set_title("Stage by filing date")
    ax.legend(fontsize=7, loc="upper left")
    return _save(fig, path)


def _financial_charts(entity: str, trend: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    import matplotlib.pyplot as plt

    charts: dict[str, Path] = {}
    slug = _slug(entity)
    quarterly = {
        c: [p for p in series if p["kind"] == "quarter"]
        for c, series in trend["series"].items()
        if c in ("Revenues", "ResearchAndDevelopmentExpense", "NetIncomeLoss")
    }
    periods = sorted({p["period"] for series in quarterly.values() for p in series})
    if periods:
        fig, ax = plt.subplots()
        width = 0.8 / max(len(quarterly), 1)
        for i, (concept, series) in enumerate(quarterly.items()):
            values = {p["period"]: float(Decimal(p["value"]) / 1_000_000) for p in series}
            xs = [j + i * width for j, period in enumerate(periods) if period in values]
            ax.bar(
                xs,
                [values[period] for period in periods if period in values],
                width,
                label=trend["concept_labels"].get(concept, concept),
            )
        ax.set_xticks(
            [j + 0.4 - width / 2 for j in range(len(periods))],
            [p.split("--")[1] for p in periods],
            fontsize=8,
        )
        ax.axhline(0, color="black", linewidth=0.5)
        ax.set_ylabel("USD millions (quarter)")
        ax.set_title(f"{trend['label']}: quarterly revenue, R&D and net result")
        ax.legend(fontsize=8)
        charts[f"financials-{slug}"] = _save(fig, out_dir / f"financials-{slug}.png")
    mix = [m for m in trend["revenue_mix"] if m["kind"] == "quarter"]
    if mix:
        fig, ax = plt.subplots()
        concepts = sorted({c for m in mix for c in m["parts"]})
        bottom = [0.0] * len(mix)
        for concept in concepts:
            heights = [float(Decimal(m["parts"].get(concept, "0")) / 1_000_000) for m in mix]
            ax.bar(
                range(len(mix)), heights, bottom=bottom, label=trend["concept_labels"].get(concept, concept)
            )
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.set_xticks(range(len(mix)), [m["period"].split("--")[1] for m in mix], fontsize=8)
        ax.set_ylabel("USD millions (quarter)")
        ax.set_title(f"{trend['label']}: revenue mix")
        ax.legend(fontsize=8)
        charts[f"revenue_mix-{slug}"] = _save(fig, out_dir / f"revenue_mix-{slug}.png")
    if trend["cash"]:
        fig, ax = plt.subplots()
        ax.plot(
            range(len(trend["cash"])),
            [float(Decimal(p["value"]) / 1_000_000) for p in trend["cash"]],
            marker="o",
            color="#54A24B",
        )
        ax.set_xticks(
            range(len(trend["cash"])), [p["period"] for p in trend["cash"]], fontsize=8, rotation=30
        )
        ax.set_ylabel("USD millions")
        ax.set_title(f"{trend['label']}: cash ({trend['cash_concept']})")
        charts[f"cash-{slug}"] = _save(fig, out_dir / f"cash-{slug}.png")
    return charts
