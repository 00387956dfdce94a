"""cli serve: the store → a running Oxigraph SPARQL server on loopback (read-only snapshot by default)."""

from __future__ import annotations

from pathlib import Path

import click

from govkg.cli._common import store_option, warn
from govkg.serve import DEFAULT_PORT, LOOPBACK, start_server


@click.command("serve")
@store_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="TCP port; 0 picks a free one.",
)
@click.option(
    "--host",
    default=LOOPBACK,
    show_default=True,
    help="Address to bind; anything but loopback exposes the store to the network.",
)
@click.option(
    "--writable",
    is_flag=True,
    help="Serve the store itself, writable over SPARQL Update and the Graph Store Protocol "
    "(it then holds the store's lock: build with --endpoint).",
)
def command(store_dir: Path, port: int, host: str, writable: bool) -> None:
    """Serve the store over the SPARQL 1.1 Protocol, with the YASGUI query editor at /.

    Read-only by default: the server answers from a snapshot of the store taken at its start, so a
    `govkg build` may run alongside; restart the server to see the new build. With --writable the
    server is the store's only writer until it stops.

    \b
    Example:
      govkg serve --store govkg-data --port 7878
      govkg query run meetings --endpoint http://127.0.0.1:7878/query
    """
    if host not in (LOOPBACK, "localhost", "::1"):
        warn(f"binding to {host}: the store is reachable from the network")
    server = start_server(store_dir, host=host, port=port, writable=writable)
    mode = "read-write" if writable else "read-only snapshot"
    click.echo(f"SPARQL endpoint: {server.endpoint_url}")
    click.echo(f"YASGUI: {server.url}  ({mode} of {store_dir}; Ctrl-C stops)", err=True)
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
