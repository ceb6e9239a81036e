"""Push each named graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint, replacing it there.

Works with any Graph Store Protocol server (Oxigraph's ``/store``, Fuseki's ``/<dataset>/data``,
GraphDB, Virtuoso, Neptune): ``PUT <endpoint>?graph=<iri>`` with the graph as N-Triples replaces
that graph, so publishing twice leaves the server as it was. A small ledger beside the build outputs
remembers what was sent to each endpoint, so only graphs that changed since are sent again, and
graphs that disappeared from the build are deleted there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError, UsageError
from kg.export import atomic_write
from kg.graphio import load_store, nquads_files, resolve_graph_path


class PublishError(KGError):
    """The endpoint refused a graph or could not be reached."""


@dataclass
class PublishReport:
    """Graphs sent, left alone (unchanged since the last publish) and deleted."""

    sent: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def _ledger_path(graph_file: Path, endpoint: str) -> Path:
    tag = hashlib.sha256(endpoint.encode()).hexdigest()[:16]
    return graph_file.parent / ".cache" / f"published-{tag}.json"


def _named_graphs(path: Path) -> Iterator[tuple[str, bytes]]:
    """Each named graph of the built graph at ``path`` as N-Triples; an N-Quads export folder is read
    file by file, so publishing a large dataset never holds more than one filing's graph."""
    if not path.is_dir():
        store = load_store(path)
        for iri in sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)):
            yield iri, _graph_ntriples(store, ox.NamedNode(iri))
        return
    for file in nquads_files(path):
        by_graph: dict[bytes, list[bytes]] = {}
        for line in file.read_bytes().splitlines():
            cut = line.rindex(b" <")
            by_graph.setdefault(line[cut + 2 : -3], []).append(line[:cut] + b" .")
        for name, lines in sorted(by_graph.items()):
            yield name.decode(), b"\n".join(lines) + b"\n"


def _graph_ntriples(store: ox.Store, graph: ox.NamedNode) -> bytes:
    triples = sorted(
        (
            ox.Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, graph)
        ),
        key=str,
    )
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return data


def publish(
    endpoint: str,
    graph_file: Path | None = None,
    *,
    auth: tuple[str, str] | None = None,
    token: str | None = None,
    force: bool = False,
    timeout: float = 60.0,
    progress: Callable[[str], None] | None = None,
) -> PublishReport:
    """Send every named graph of ``graph_file`` (default ``graphs/graph.trig``) that changed to ``endpoint``."""
    import httpx  # imported here: only publishing needs an HTTP client

    if not endpoint.startswith(("http://", "https://")):
        raise UsageError(
            f"--endpoint must be an http(s) URL of a Graph Store Protocol service, not {endpoint!r}"
        )
    path = resolve_graph_path(graph_file)
    ledger_path = _ledger_path(path, endpoint)
    try:
        ledger: dict[str, str] = {} if force else json.loads(ledger_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        ledger = {}
    headers = {"Content-Type": "application/n-triples"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    report = PublishReport()
    sent: dict[str, str] = {}
    graphs: list[str] = []
    with httpx.Client(auth=auth, timeout=timeout, follow_redirects=False) as client:
        for iri, data in _named_graphs(path):
            graphs.append(iri)
            digest = hashlib.sha256(data).hexdigest()
            sent[iri] = digest
            if ledger.get(iri) == digest:
                report.unchanged.append(iri)
                continue
            if progress:
                progress(iri)
            _request(client, "PUT", endpoint, iri, content=data, headers=headers)
            report.sent.append(iri)
        for iri in sorted(set(ledger) - set(graphs)):
            _request(
                client,
                "DELETE",
                endpoint,
                iri,
                headers={k: v for k, v in headers.items() if k != "Content-Type"},
            )
            report.deleted.append(iri)
    ledger_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(ledger_path, json.dumps(sent, indent=1, sort_keys=True).encode("utf-8"))
    return report


def _request(client, method: str, endpoint: str, graph: str, **kwargs) -> None:
    import httpx

    try:
        response = client.request(method, endpoint, params={"graph": graph}, **kwargs)
    except httpx.HTTPError as exc:
        raise PublishError(f"cannot reach {endpoint}: {exc}") from exc
    if method == "DELETE" and response.status_code == 404:
        return  # already gone there
    if response.status_code >= 300:
        body = " ".join(response.text.split())[:200]
        raise PublishError(f"{endpoint} answered {response.status_code} to {method} of <{graph}>: {body}")
