"""Serve the built graph over the SPARQL 1.1 Protocol: the ``oxigraph`` server, read-only, behind a checking proxy.

The ``oxigraph`` server (PyPI package ``oxigraph``), read-only, on a store holding every named graph
of the built graph and their union as the default graph, answers the protocol: GET and POST queries, results
as SPARQL JSON, XML, CSV and TSV, CONSTRUCT as Turtle, and its query page. But it executes ``SERVICE``
clauses, i.e. it will send requests to any address a query names. So it listens on a private loopback
port only, and the public port belongs to a small proxy (standard library ``http.server``) that checks
each query with the same refusal logic as ``kg query`` (:func:`kg.query.check_query`): malformed
queries get 400 with the parser's message, updates, ``SERVICE`` and ``FROM`` of graphs the store does
not hold get 403, other paths 404, other methods 405, and results larger than a cap get 413. What
passes is forwarded unchanged, so the answers are oxigraph's own.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import GraphError, KGError, UsageError
from kg.graphio import resolve_graph_path
from kg.query import QueryRefused, QuerySyntaxError, check_query

log = logging.getLogger(__name__)

QUERY_PATHS = ("/query", "/sparql")
#: The query page and the files it loads; forwarded as they are.
PAGE_PATHS = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
_MATERIALIZE_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
#: The largest query body accepted (a SPARQL query of a megabyte is not a query, it is an attack).
MAX_QUERY_BYTES = 1_000_000
_FORWARDED_HEADERS = ("Accept", "Content-Type", "Accept-Encoding")


class ServerError(KGError):
    """The oxigraph server could not be found, loaded or started."""

    exit_code = 1


def oxigraph_binary() -> str:
    """The ``oxigraph`` command installed next to this Python (the ``oxigraph`` PyPI package), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the `oxigraph` command is not installed: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class Server:
    """A running endpoint; use as a context manager, then :meth:`serve_forever` (returns on Ctrl-C)."""

    def __init__(
        self,
        graph: Path | None = None,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout_s: int = 30,
        max_result_bytes: int = 50_000_000,
        store: Path | None = None,
    ) -> None:
        # A store built by `kg build --store` already holds the union as its default graph.
        self.store = store
        if store is not None and not store.is_dir():
            raise GraphError(f"no store at {store}: run `kg build --store {store}` first")
        self.graph = resolve_graph_path(graph) if store is None else store
        self.host, self.port = host, port
        self.timeout_s = timeout_s
        self.max_result_bytes = max_result_bytes
        self.backend_port = 0
        self.allowed_graphs: frozenset[str] = frozenset()
        self.child: subprocess.Popen[bytes] | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self._workdir: Path | None = None
        self._check_lock = threading.Lock()

    @property
    def url(self) -> str:
        assert self.httpd is not None
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    # -- life cycle ---------------------------------------------------------------------------------
    def __enter__(self) -> Server:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        binary = oxigraph_binary()
        if self.store is not None:
            self._start_backend(binary, self.store)
            return
        self._workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        store = self._workdir / "store"
        loaded = subprocess.run(
            [binary, "load", "--location", str(store), "--file", str(self.graph)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if loaded.returncode != 0:
            raise GraphError(
                f"{self.graph}: oxigraph could not load it: {loaded.stderr.strip().splitlines()[-1:]}"
            )
        # The union of the named graphs, materialised as the default graph. The server's own
        # --union-default-graph repeats a triple once per named graph that holds it (joins multiply,
        # COUNT is wrong); a materialised default graph is a set, as SPARQL means it.
        union = subprocess.run(
            [binary, "update", "--location", str(store), "--update", _MATERIALIZE_UNION],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if union.returncode != 0:
            raise ServerError(f"oxigraph could not build the union graph: {union.stderr.strip()}")
        self._start_backend(binary, store)

    def _start_backend(self, binary: str, store: Path) -> None:
        """Run the read-only oxigraph server on ``store`` and the checking proxy in front of it."""
        self.backend_port = free_port()
        self.child = subprocess.Popen(
            [
                binary, "serve-read-only", "--location", str(store),
                "--bind", f"127.0.0.1:{self.backend_port}", "--timeout-s", str(self.timeout_s),
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        self._wait_for_backend()
        self.allowed_graphs = frozenset(self._graph_names())
        try:
            self.httpd = ThreadingHTTPServer((self.host, self.port), _handler(self))
        except OSError as exc:
            raise UsageError(f"cannot listen on {self.host}:{self.port}: {exc.strerror}") from None
        self.httpd.daemon_threads = True
        threading.Thread(target=self._watch_child, daemon=True).start()

    def _wait_for_backend(self, seconds: float = 30.0) -> None:
        assert self.child is not None
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.child.poll() is not None:
                err = self.child.stderr.read().decode(errors="replace") if self.child.stderr else ""
                raise ServerError(f"the oxigraph server exited: {err.strip()}")
            try:
                socket.create_connection(("127.0.0.1", self.backend_port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise ServerError(f"the oxigraph server did not start within {seconds:.0f} s")

    def _graph_names(self) -> list[str]:
        """The store's named graphs, asked of the backend itself."""
        import json

        conn = http.client.HTTPConnection("127.0.0.1", self.backend_port, timeout=self.timeout_s)
        try:
            conn.request(
                "POST", "/query", body=b"SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
                headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
            )  # fmt: skip
            data = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        return [b["g"]["value"] for b in data["results"]["bindings"] if b["g"]["type"] == "uri"]

    def _watch_child(self) -> None:
        """Stop the proxy when the oxigraph server dies, so nothing answers with 502 forever."""
        child = self.child
        while child is not None and child.poll() is None:
            time.sleep(0.5)
        if self.httpd is not None and not getattr(self, "_stopping", False):
            log.error("the oxigraph server exited with code %s", child.returncode if child else None)
            self.httpd.shutdown()

    def serve_forever(self) -> None:
        """Answer requests until Ctrl-C (SIGINT) or SIGTERM."""
        assert self.httpd is not None
        if threading.current_thread() is threading.main_thread():
            # a shell starts background jobs with SIGINT ignored; Ctrl-C must still stop the server
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, _raise_interrupt)
        with contextlib.suppress(KeyboardInterrupt):
            self.httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        """Close the public port, stop the oxigraph server (no orphan left), remove the store."""
        self._stopping = True
        if self.httpd is not None:
            self.httpd.server_close()
        if self.child is not None and self.child.poll() is None:
            self.child.terminate()
            try:
                self.child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.child.kill()
                self.child.wait()
        if self.child is not None and self.child.stderr is not None:
            self.child.stderr.close()
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    # -- checking -----------------------------------------------------------------------------------
    def check(self, text: str) -> None:
        with self._check_lock:  # rdflib's parser keeps state between calls; one check at a time
            check_query(text, self.allowed_graphs)


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """Checks each request, then forwards it to the private oxigraph server."""

        server_version = "filings-kg"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            log.info("%s %s", self.address_string(), format % args)

        # -- methods --------------------------------------------------------------------------------
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path in PAGE_PATHS:
                self._forward("GET", self.path, None)
                return
            if parts.path not in QUERY_PATHS:
                self._reply(404, f"no such resource {parts.path}; the SPARQL endpoint is /query")
                return
            form = parse_qs(parts.query, keep_blank_values=True)
            if "update" in form:
                self._reply(403, "updates are refused: the endpoint is read-only")
                return
            if not form.get("query"):
                self._reply(400, "missing the query parameter: GET /query?query=…")
                return
            if self._refused(form["query"][0], form):
                return
            self._forward("GET", self.path, None)

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                self._reply(400, "a POST needs a valid Content-Length")
                return
            if length > MAX_QUERY_BYTES:
                # Refused before reading: a client cannot make the endpoint hold an arbitrary body.
                self.close_connection = True
                self._reply(413, f"the request is larger than {MAX_QUERY_BYTES} bytes")
                return
            body = self.rfile.read(length) if length else b""
            if parts.path == "/update":
                self._reply(403, "updates are refused: the endpoint is read-only")
                return
            if parts.path not in QUERY_PATHS:
                self._reply(404, f"no such resource {parts.path}; the SPARQL endpoint is /query")
                return
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            form = parse_qs(parts.query, keep_blank_values=True)
            if ctype == "application/sparql-update":
                self._reply(403, "updates are refused: the endpoint is read-only")
                return
            if ctype == "application/sparql-query":
                text = body.decode("utf-8", errors="replace")
            elif ctype == "application/x-www-form-urlencoded":
                posted = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
                if "update" in posted:
                    self._reply(403, "updates are refused: the endpoint is read-only")
                    return
                form = {**form, **posted}
                text = (posted.get("query") or [""])[0]
            else:
                self._reply(
                    415, "POST a query as application/sparql-query or application/x-www-form-urlencoded"
                )
                return
            if not text.strip():
                self._reply(400, "missing the query")
                return
            if self._refused(text, form):
                return
            self._forward("POST", self.path, body)

        def _method_not_allowed(self) -> None:
            self._reply(405, "read-only endpoint: GET or POST queries only", {"Allow": "GET, POST"})

        do_PUT = do_DELETE = do_PATCH = _method_not_allowed

        # -- helpers --------------------------------------------------------------------------------
        def _refused(self, text: str, form: dict[str, list[str]]) -> bool:
            """Reply with the refusal and return True when the query may not run."""
            try:
                server.check(text)
                for key in ("default-graph-uri", "named-graph-uri"):
                    for iri in form.get(key, []):
                        if iri not in server.allowed_graphs:
                            raise QueryRefused(
                                f"{key}={iri} is refused: only the graph's own named graphs can be named"
                            )
            except QuerySyntaxError as exc:
                self._reply(400, str(exc))
                return True
            except QueryRefused as exc:
                self._reply(403, str(exc))
                return True
            return False

        def _forward(self, method: str, path: str, body: bytes | None) -> None:
            headers = {k: v for k in _FORWARDED_HEADERS if (v := self.headers.get(k))}
            headers.pop("Accept-Encoding", None)  # keep the size cap meaningful: no compressed bodies
            conn = http.client.HTTPConnection("127.0.0.1", server.backend_port, timeout=server.timeout_s + 5)
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read(server.max_result_bytes + 1)
                if len(data) > server.max_result_bytes:
                    self._reply(
                        413, f"the result is larger than {server.max_result_bytes} bytes: add a LIMIT"
                    )
                    return
                extra = {"Content-Type": response.getheader("Content-Type") or "application/octet-stream"}
                self._send(response.status, data, extra)
            except (OSError, http.client.HTTPException) as exc:
                self._reply(502, f"the SPARQL backend did not answer: {exc}")
            finally:
                conn.close()

        def _reply(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
            self._send(
                status,
                (message + "\n").encode(),
                {"Content-Type": "text/plain; charset=utf-8", **(extra or {})},
            )

        def _send(self, status: int, data: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

    return Handler
