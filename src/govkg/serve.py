"""serve: a store directory → a running Oxigraph SPARQL server (PyPI ``oxigraph``) on loopback, YASGUI at /.

The server is the real ``oxigraph`` binary, the same version as pyoxigraph, started with
``--union-default-graph`` so that the canned queries see every named graph.

**Read-only (the default) serves a snapshot.** Oxigraph 0.5.13's ``serve-read-only`` does not take
the store's lock and does not see writes made after it opened; upstream calls reading a directory
while another process writes it undefined behaviour. So ``govkg serve`` first takes a consistent
snapshot of the store (a RocksDB checkpoint: hard links on the same file system, cheap) into a
temporary directory next to it, and serves that. A ``govkg build`` may run alongside at any time:
it writes the store, the server keeps answering from the snapshot taken at its start and never
sees a half-written build; restart the server to serve the new build. The snapshot is removed when
the server stops.

**Writable (``--writable``) makes the server the single writer.** ``oxigraph serve`` holds the
store's lock for as long as it runs, so a ``govkg build --store DIR`` on the same directory fails
at once with "store DIR is locked" (and nothing is written); load through the server instead with
``govkg build --endpoint URL`` (SPARQL 1.1 Graph Store Protocol). Conversely, starting a writable
server on a store a build holds open fails with ServeError.

>>> import tempfile
>>> with start_server(None, writable=True) as server:
...     server.endpoint_url.startswith("http://127.0.0.1:")
True
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from govkg.errors import ServeError

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 7878
STARTUP_TIMEOUT = 20.0
SNAPSHOT_ATTEMPTS = 8


def oxigraph_binary() -> Path:
    """The ``oxigraph`` executable of the environment govkg runs in (the PyPI package's script)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise ServeError("the oxigraph server is not installed: pip install 'oxigraph==0.5.13'")


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _check_free(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            raise ServeError(
                f"port {port} on {host} is not available ({exc.strerror}): choose another with --port"
            ) from exc


@dataclass
class Server:
    """A running oxigraph server; stop it with ``stop()`` or use it as a context manager."""

    process: subprocess.Popen[bytes]
    host: str
    port: int
    store: Path | None
    writable: bool
    snapshot: Path | None = None
    log: Path | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """The base URL: YASGUI at ``/``."""
        return f"http://{self.host}:{self.port}/"

    @property
    def endpoint_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return f"{self.url}query"

    @property
    def update_url(self) -> str:
        return f"{self.url}update"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint."""
        return f"{self.url}store"

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server exits (or KeyboardInterrupt); its exit code."""
        return self.process.wait()

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server, then remove its snapshot and log."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        for path in (self.snapshot, self.log):
            if path is not None and path.exists():
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)

    def __enter__(self) -> Server:
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self.stop()


def snapshot(store: Path) -> Path:
    """A consistent copy of ``store`` (a checkpoint) in a new directory beside it, or in the system
    temporary directory when its parent is not writable. The caller removes it."""
    from pyoxigraph import Store

    if not store.is_dir():
        raise ServeError(f"store {store} does not exist (run `govkg build` first)")
    try:
        parent = tempfile.mkdtemp(prefix=f".{store.name}-serve-", dir=store.resolve().parent)
    except OSError:
        parent = tempfile.mkdtemp(prefix="govkg-serve-")
    target = Path(parent) / "store"
    for attempt in range(SNAPSHOT_ATTEMPTS):
        try:
            # A read-only open works while a build holds the lock and its checkpoint is consistent,
            # but the writer may compact away a file between the open and the copy: then try again.
            Store.read_only(str(store)).backup(str(target))
            return target
        except (OSError, RuntimeError) as exc:
            shutil.rmtree(target, ignore_errors=True)
            if attempt + 1 == SNAPSHOT_ATTEMPTS:
                shutil.rmtree(parent, ignore_errors=True)
                raise ServeError(
                    f"cannot take a snapshot of store {store} (is a build writing it?): {exc}".splitlines()[0]
                ) from exc
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def start_server(
    store: Path | str | None,
    *,
    host: str = LOOPBACK,
    port: int | None = None,
    writable: bool = False,
    timeout: float = STARTUP_TIMEOUT,
) -> Server:
    """Start oxigraph on ``store`` and wait until it answers; ``port`` None or 0 picks a free one.

    ``store`` None is an empty in-memory server (writable only). Raises ServeError when the server
    cannot start (store locked, port taken, binary missing), with the server's own message.
    """
    where = Path(store) if store is not None else None
    if where is None and not writable:
        raise ServeError("a read-only server needs a store directory")
    if port:
        _check_free(host, port)  # else the readiness probe could be answered by whoever holds it
    port = port or free_port(host)
    snap: Path | None = None
    if writable:
        args = ["serve"]
        if where is not None:
            where.mkdir(parents=True, exist_ok=True)
            args += ["--location", str(where)]
    else:
        assert where is not None
        snap = snapshot(where)
        args = ["serve-read-only", "--location", str(snap)]
    args += ["--bind", f"{host}:{port}", "--union-default-graph"]
    log = Path(tempfile.mkstemp(prefix="govkg-serve-", suffix=".log")[1])
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(oxigraph_binary()), *args], stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    server = Server(process, host, port, where, writable, snapshot=snap.parent if snap else None, log=log)
    try:
        _wait_ready(server, timeout)
    except ServeError:
        server.stop()
        raise
    return server


def _wait_ready(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not server.running():
            raise ServeError(_failure(server))
        with (
            contextlib.suppress(urllib.error.URLError, OSError),
            urllib.request.urlopen(server.url, timeout=1) as response,
        ):
            if response.status < 500:
                return
        time.sleep(0.05)
    raise ServeError(f"the oxigraph server did not answer on {server.url} within {timeout:.0f} s")


def _failure(server: Server) -> str:
    text = server.log.read_text(encoding="utf-8", errors="replace") if server.log else ""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "no message")
    if "lock" in text.lower():
        return (
            f"store {server.store} is locked by another process (a build, or another writable "
            "server): stop it, or serve read-only"
        )
    if "address" in text.lower() and "in use" in text.lower():
        return f"port {server.port} on {server.host} is already in use: choose another with --port"
    return f"the oxigraph server exited at once: {first}"
