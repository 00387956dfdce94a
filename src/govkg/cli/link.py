"""cli link: the store's municipalities and bodies → registry links (and, with --online, Wikidata facts)."""

from __future__ import annotations

from pathlib import Path

import click

from govkg.cli._common import store_option
from govkg.errors import StoreError
from govkg.link.online import WIKIDATA_ENDPOINT, link_online
from govkg.link.registry import registry_graph, write_registry
from govkg.rdf.iris import base_iri_from_env
from govkg.store import open_store


@click.command("link")
@store_option
@click.option("--online", is_flag=True, help="Also fetch labels, population and coordinates from Wikidata.")
@click.option(
    "--endpoint",
    default=WIKIDATA_ENDPOINT,
    show_default=True,
    metavar="URL",
    help="SPARQL endpoint with Wikidata-shaped data (used with --online).",
)
@click.option("--timeout", default=30.0, show_default=True, metavar="SECONDS", help="Per request.")
@click.option("--no-cache", is_flag=True, help="Ignore and do not write <store>/cache/wikidata.")
@click.option(
    "--base-iri",
    default=None,
    metavar="IRI",
    help="Base of the instance IRIs, as at build time [default: $GOVKG_BASE_IRI or https://w3id.org/govkg/id/].",
)
def command(
    store_dir: Path, online: bool, endpoint: str, timeout: float, no_cache: bool, base_iri: str | None
) -> int:
    """Link municipalities and bodies to SCB codes, Wikidata, org numbers and Kolada.

    Without --online no network is used: graph/registry is (re)written from the shipped tables
    (a build does this too). With --online, Wikidata's answers are cached in the store directory
    and written to graph/registry-wikidata only when all of them arrived and parsed; on any
    failure the store is left unchanged.

    \b
    Examples:
      govkg link
      govkg link --online
      govkg link --online --endpoint http://127.0.0.1:7878/query
    """
    if not store_dir.is_dir():
        raise StoreError(f"store {store_dir} does not exist (run `govkg build` first)")
    with open_store(store_dir, base_iri=base_iri or base_iri_from_env()) as kg:
        if not online:
            status = write_registry(kg)
            click.echo(f"registry links: {kg.count(registry_graph(kg.iris))} triples ({status})")
            return 0
        report = link_online(kg, endpoint=endpoint, use_cache=not no_cache, timeout=timeout)
    click.echo(report.summary())
    return 0
