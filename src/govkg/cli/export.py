"""cli export: the store → one graph projection as GraphML, GEXF, Cytoscape.js JSON, node-link, DOT or CSV."""

from __future__ import annotations

from pathlib import Path

import click

from govkg.cli._common import store_option
from govkg.export import (
    DEFAULT_PROJECTION,
    FORMATS,
    PROJECTIONS,
    facts_of,
    load_key,
    project,
    public_graph,
    write,
)
from govkg.store import open_store

public_option = click.option(
    "--public",
    is_flag=True,
    help="Replace person names by 'role, municipality' and stable pseudonymous ids (no name in the output).",
)
salt_option = click.option(
    "--salt",
    envvar="GOVKG_PUBLIC_SALT",
    default=None,
    metavar="SECRET",
    help="Key of the pseudonyms [default: $GOVKG_PUBLIC_SALT, else the key file govkg-public.key "
    "in the store directory, created on first use].",
)


@click.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS))
@click.option(
    "--projection",
    "-p",
    type=click.Choice(sorted(PROJECTIONS)),
    default=DEFAULT_PROJECTION,
    show_default=True,
    help="Which graph to export.",
)
@public_option
@salt_option
@click.option(
    "--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write."
)
@store_option
def command(fmt: str, projection: str, public: bool, salt: str | None, out: Path, store_dir: Path) -> int:
    """Export a graph projection of the store for Gephi, Cytoscape, Graphviz or a spreadsheet.

    \b
    Projections:
      overview             persons, organisations, meetings, topics (default)
      person-municipality  person — municipality they attend for
      person-meeting       person — meeting, with attendance status
      organisation-topic   organisation — topic of items mentioning it
      co-attendance        person — person, weighted by shared meetings
      topic-cooccurrence   topic — topic of the same agenda items

    \b
    Example:
      govkg export graphml --store govkg-data --out out/network.graphml
      govkg export gexf -p co-attendance --public --out out/coattendance.gexf
    """
    with open_store(store_dir, read_only=True) as kg:
        facts = facts_of(kg)
    g = project(facts, projection)
    if public:
        g = public_graph(g, load_key(store_dir, salt), facts.all_person_names())
    write(g, fmt, out)
    mode = ", public" if public else ""
    click.echo(f"wrote {out} ({projection}{mode}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
    return 0
