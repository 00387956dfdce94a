"""cli dump: the store → one RDF file (Turtle, TriG, N-Quads or JSON-LD)."""

from __future__ import annotations

from pathlib import Path

import click
from pyoxigraph import RdfFormat

from govkg.cli._common import store_option
from govkg.store import open_store

FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "jsonld": RdfFormat.JSON_LD,
}


@click.command("dump")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="trig", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="File to write.")
@store_option
def command(fmt: str, out: Path, store_dir: Path) -> int:
    """Write the whole graph to FILE. TriG, N-Quads and JSON-LD keep the named graphs; Turtle
    holds the union of them (graph names, and so per-document provenance graphs, are dropped).

    \b
    Example:
      govkg dump --format turtle --out govkg.ttl
    """
    with open_store(store_dir, read_only=True) as kg:
        kg.dump(out, FORMATS[fmt])
        n = kg.count()
    click.echo(f"wrote {n} quads to {out}", err=True)
    return 0
