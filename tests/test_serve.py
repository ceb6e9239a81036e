"""``kg serve`` as a real subprocess on a free port, queried with a real HTTP client in every result format;
what it refuses (malformed queries, updates, SERVICE, remote FROM) and that Ctrl-C stops it and its child."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest

from kg.serve import free_port

COUNT_FILINGS = (
    "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a <https://w3id.org/filings-kg/ontology#Filing> }"
)
F2005 = "https://w3id.org/filings-kg/id/filing/immunogen-2005-11-03-8-k"


def _kg_command() -> list[str]:
    installed = Path(sys.executable).with_name("kg")
    return [str(installed)] if installed.is_file() else [sys.executable, "-m", "kg.cli"]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")  # a zombie is dead


class Endpoint:
    def __init__(self, process: subprocess.Popen[str], base: str) -> None:
        self.process, self.base = process, base

    def request(
        self, path: str, *, accept: str | None = None, data: bytes | None = None, ctype: str | None = None,
        method: str | None = None,
    ) -> tuple[int, str, str]:  # fmt: skip
        """(status, content type, body) of one request; HTTP errors are answers too."""
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if accept:
            req.add_header("Accept", accept)
        if ctype:
            req.add_header("Content-Type", ctype)
        try:
            with urllib.request.urlopen(req, timeout=30) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get("Content-Type", ""), err.read().decode()

    def get(self, query: str, accept: str) -> tuple[int, str, str]:
        return self.request("/query?" + urllib.parse.urlencode({"query": query}), accept=accept)


@pytest.fixture(scope="module")
def endpoint(seed_build) -> Iterator[Endpoint]:
    port = free_port()
    graph = seed_build[0] / "graph.trig"
    process = subprocess.Popen(
        [*_kg_command(), "serve", "--graph", str(graph), "--port", str(port), "--timeout", "10"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"kg serve did not start: {process.stderr.read() if process.stderr else ''}")
            time.sleep(0.1)
    yield Endpoint(process, base)
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=20)


def test_json_get(endpoint: Endpoint) -> None:
    status, ctype, body = endpoint.get(COUNT_FILINGS, "application/sparql-results+json")
    assert (status, ctype.split(";")[0]) == (200, "application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3"


def test_xml_post_form(endpoint: Endpoint) -> None:
    data = urllib.parse.urlencode({"query": COUNT_FILINGS}).encode()
    status, ctype, body = endpoint.request(
        "/query",
        data=data,
        ctype="application/x-www-form-urlencoded",
        accept="application/sparql-results+xml",
    )
    assert (status, ctype.split(";")[0]) == (200, "application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert ElementTree.fromstring(body).find(".//r:binding[@name='n']/r:literal", ns).text == "3"  # type: ignore[union-attr]


def test_csv_and_tsv(endpoint: Endpoint) -> None:
    query = "PREFIX kg: <https://w3id.org/filings-kg/ontology#> SELECT ?d WHERE { ?f a kg:Filing ; kg:reportDate ?d } ORDER BY ?d"
    status, _, body = endpoint.get(query, "text/csv")
    assert status == 200
    assert list(csv.reader(io.StringIO(body))) == [["d"], ["2003-05-08"], ["2005-11-03"], ["2010-10-28"]]
    status, ctype, body = endpoint.get(query, "text/tab-separated-values")
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    assert body.splitlines()[1] == '"2003-05-08"^^<http://www.w3.org/2001/XMLSchema#date>'


def test_post_sparql_query_body_and_sparql_path(endpoint: Endpoint) -> None:
    status, _, body = endpoint.request(
        "/sparql", data=COUNT_FILINGS.encode(), ctype="application/sparql-query", accept="text/csv"
    )
    assert (status, body.split()) == (200, ["n", "3"])


def test_construct_as_turtle(endpoint: Endpoint) -> None:
    query = f"CONSTRUCT {{ <{F2005}> ?p ?o }} WHERE {{ <{F2005}> ?p ?o }}"
    status, ctype, body = endpoint.get(query, "text/turtle")
    assert (status, ctype.split(";")[0]) == (200, "text/turtle")
    triples = ox.parse(body.encode(), format=ox.RdfFormat.TURTLE)
    dates = {t.object.value for t in triples if t.predicate.value.endswith("#reportDate")}
    assert dates == {"2005-11-03"}


def test_query_page(endpoint: Endpoint) -> None:
    status, ctype, body = endpoint.request("/")
    assert (status, ctype) == (200, "text/html") and "Yasgui" in body
    assert endpoint.request("/yasgui.min.js")[0] == 200


def test_malformed_query_is_400_with_a_message(endpoint: Endpoint) -> None:
    status, _, body = endpoint.get("SELECT ?s WHERE { ?s ?p }", "application/sparql-results+json")
    assert status == 400
    assert body.startswith("malformed SPARQL at line 1, column")


@pytest.mark.parametrize(
    ("path", "data", "ctype"),
    [
        ("/update", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
        ("/query", b"update=DROP+ALL", "application/x-www-form-urlencoded"),
        ("/sparql", b"CLEAR ALL", "application/sparql-query"),
    ],
)
def test_updates_are_refused(endpoint: Endpoint, path: str, data: bytes, ctype: str) -> None:
    status, _, body = endpoint.request(path, data=data, ctype=ctype)
    assert status == 403 and "updates are refused" in body
    assert endpoint.get(COUNT_FILINGS, "text/csv")[2].split() == ["n", "3"]  # nothing changed


def test_other_methods_and_paths(endpoint: Endpoint) -> None:
    assert endpoint.request("/store", method="PUT", data=b"x")[0] == 405
    assert endpoint.request("/store")[0] == 404


class _Recorder(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def _record(self) -> None:
        self.hits.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head":{"vars":[]},"results":{"bindings":[{}]}}')

    do_GET = do_POST = _record

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_service_is_refused_and_never_executed(endpoint: Endpoint) -> None:
    listener = HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    try:
        target = f"http://127.0.0.1:{listener.server_address[1]}/sparql"
        for query in (
            f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }} }} LIMIT 1",
        ):
            status, _, body = endpoint.get(query, "application/sparql-results+json")
            assert status == 403 and "SERVICE is refused" in body
            data = urllib.parse.urlencode({"query": query}).encode()
            assert endpoint.request("/query", data=data, ctype="application/x-www-form-urlencoded")[0] == 403
        remote_from = f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}"
        assert endpoint.get(remote_from, "text/csv")[0] == 403
        graph_param = "/query?" + urllib.parse.urlencode(
            {"query": COUNT_FILINGS, "default-graph-uri": target}
        )
        assert endpoint.request(graph_param)[0] == 403
        time.sleep(0.3)
        assert _Recorder.hits == []
    finally:
        listener.shutdown()


def test_sigint_stops_the_server_and_its_oxigraph_child(seed_build) -> None:
    port = free_port()
    process = subprocess.Popen(
        [*_kg_command(), "serve", "--graph", str(seed_build[0] / "graph.trig"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
            break
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "kg serve did not start"
            time.sleep(0.1)
    children = _children(process.pid)
    assert children, "the oxigraph server should run as a child"
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    assert "stopped" in (process.stderr.read() if process.stderr else "")
    assert not any(_alive(pid) for pid in children)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


_EX = "http://example.org/"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (f"SELECT ?o WHERE {{ <{_EX}s> <{_EX}p> ?o }}", [("one",)]),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", [(f"{_EX}s", f"{_EX}p", "one")]),
        (f"ASK {{ <{_EX}s> <{_EX}p> ?o }}", [(True,)]),
    ],
    ids=["select", "construct", "ask"],
)
def test_query_results_are_never_dropped_on_another_thread(
    text: str, rows: list[tuple[object, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyoxigraph's result iterators may only be dropped on the thread that made them. The query
    check runs rdflib's parser, whose backtracking leaves the calling frames in reference cycles;
    the garbage collector frees those later on whatever thread runs it (in `kg serve`'s process, a
    request thread), so no frame of that call chain may still hold a result iterator."""
    from kg.query import run_query

    store = ox.Store()
    store.add(
        ox.Quad(ox.NamedNode(_EX + "s"), ox.NamedNode(_EX + "p"), ox.Literal("one"), ox.NamedNode(_EX + "g"))
    )
    dropped: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda raised: dropped.append(str(raised.exc_value)))
    gc.collect()
    gc.disable()  # the cycles must still be there when the other thread collects them
    try:
        # a comment unique to this run: the check's parse cache would otherwise skip the parser
        result = run_query(store, f"# {uuid.uuid4()}\n{text}")
        collector = threading.Thread(target=gc.collect)
        collector.start()
        collector.join()
    finally:
        gc.enable()
    assert result.rows == rows
    assert dropped == []
