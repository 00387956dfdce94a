"""cli query: `govkg query list` and `govkg query run NAME -p NAME VALUE` → table, CSV or JSON on stdout."""

from __future__ import annotations

from pathlib import Path

import click

from govkg.cli._common import DEFAULT_STORE
from govkg.errors import QueryError
from govkg.queries import catalogue, get_query
from govkg.results import FORMATS, QueryResult


@click.group("query")
def command() -> None:
    """Canned SPARQL queries (queries/*.rq), on the store or on a remote endpoint."""


@command.command("list")
@click.option("-v", "--verbose", is_flag=True, help="Also show descriptions and examples.")
def list_queries(verbose: bool) -> None:
    """List the canned queries with their parameters.

    \b
    Example:
      govkg query list -v
    """
    for name, q in catalogue().items():
        params = " ".join(
            f"[-p {p.signature()}]" if not p.required else f"-p {p.signature()}" for p in q.params
        )
        click.echo(f"{name}  {q.title}")
        if params:
            click.echo(f"    {params}")
        if verbose:
            click.echo(click.wrap_text(q.description, initial_indent="    ", subsequent_indent="    "))
            for p in q.params:
                click.echo(f"    {p.name}: {p.description}")
            for example in q.examples:
                click.echo(f"    e.g. govkg query run {name} {example}")
            click.echo()


@command.command("run")
@click.argument("name")
@click.option(
    "-p",
    "--param",
    "params",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="A parameter value (repeatable); an IRI may be written kommun/1440 or gk:present.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=f"Directory of the embedded store [default: {DEFAULT_STORE}].",
)
@click.option(
    "--endpoint",
    metavar="URL",
    default=None,
    help="A SPARQL 1.1 query endpoint instead of the store, e.g. http://127.0.0.1:7878/query.",
)
def run_query(
    name: str, params: tuple[tuple[str, str], ...], fmt: str, store_dir: Path | None, endpoint: str | None
) -> None:
    """Run the canned query NAME and print its rows.

    \b
    Examples:
      govkg query run attendance-per-municipality -p municipality kommun/1440
      govkg query run describe -p entity org/msb --format json
      govkg query run meetings --endpoint http://127.0.0.1:7878/query --format csv
    """
    query = get_query(name)
    values: dict[str, str] = {}
    for key, value in params:
        if key in values:
            raise QueryError(f"parameter {key!r} given twice")
        values[key] = value
    result: QueryResult
    if endpoint is not None:
        if store_dir is not None:
            raise click.UsageError("give --store or --endpoint, not both")
        from govkg.endpoint import run_remote

        result = run_remote(query, endpoint, values)
    else:
        from govkg.queries import run_local
        from govkg.store import open_store

        query.bind(values)  # a parameter error is reported before the store is opened
        with open_store(store_dir or DEFAULT_STORE, read_only=True) as kg:
            result = run_local(query, kg.store, values, base_iri=kg.iris.base)
    click.echo(result.render(fmt), nl=False)
