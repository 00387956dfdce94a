"""cli build: files and folders of minutes (or reviewed JSON) → the store, with a summary line."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import click
from tqdm import tqdm

from govkg.cli._common import fail, metadata_from, store_option, warn
from govkg.endpoint import push_graphs
from govkg.pipeline import build
from govkg.rdf.iris import base_iri_from_env
from govkg.store import open_store

T = TypeVar("T")


def _bar(items: Iterable[T], total: int, label: str) -> Iterable[T]:
    # on stderr, and only for a person watching: logs and pipes get the summary line alone
    return tqdm(items, total=total, desc=label, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--base-iri",
    default=None,
    metavar="IRI",
    help="Base of every instance IRI [default: $GOVKG_BASE_IRI or https://w3id.org/govkg/id/].",
)
@click.option("--body", help='The meeting body, e.g. "GR kommunchefsgrupp", when the minutes lack it.')
@click.option("--date", help="Meeting date (YYYY-MM-DD or YYYY-MM), when the minutes lack it.")
@click.option(
    "--endpoint",
    metavar="URL",
    help="Also push every named graph of the store to this SPARQL 1.1 store (Graph Store Protocol).",
)
def command(
    paths: tuple[Path, ...],
    store_dir: Path,
    base_iri: str | None,
    body: str | None,
    date: str | None,
    endpoint: str | None,
) -> int:
    """Extract, resolve and load minutes (.txt .md .pdf .docx) or reviewed extraction JSON.

    Each document replaces its own named graph in one transaction; an unchanged one is not
    rewritten. Bad files are reported one per line and the others go on (exit 1 at the end).

    \b
    Example:
      govkg build examples/minutes
    """
    with open_store(store_dir, base_iri=base_iri or base_iri_from_env()) as kg:
        report = build(paths, kg, metadata=metadata_from(body, date, None), progress=_bar)
        for message in report.warnings:
            warn(message)
        for failure in report.failures:
            fail(f"{failure.path}: {failure.message}")
        click.echo(report.summary())
        if endpoint:
            # The local store stages the build (the derived graph needs every document, not only
            # this build's); the remote store then receives each named graph whole.
            pushed = push_graphs(endpoint, ((g, list(kg.quads(g))) for g in kg.graphs()))
            click.echo(f"pushed {pushed} named graph(s) to {endpoint}")
    return 1 if report.failures else 0
