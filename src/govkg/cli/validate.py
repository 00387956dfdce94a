"""cli validate: the store → SHACL conformance (exit 0 conforms, 1 does not, 2 cannot validate)."""

from __future__ import annotations

from pathlib import Path

import click

from govkg.cli._common import store_option
from govkg.store import open_store
from govkg.validate import validate_store


@click.command("validate")
@store_option
@click.option(
    "--shapes",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="SHACL shapes to use instead of ontology/shapes.ttl.",
)
def command(store_dir: Path, shapes: Path | None) -> int:
    """Check the graph against the SHACL shapes (pySHACL).

    Exit 0 when it conforms, 1 when it does not (the results are listed), 2 on error.

    \b
    Example:
      govkg validate --store govkg-data
    """
    from govkg.validate import shapes_graph

    with open_store(store_dir, read_only=True) as kg:
        result = validate_store(kg, shapes_graph(shapes) if shapes else None)
    for line in result.short():
        click.echo(line)
    verdict = "conforms" if result.conforms else "does not conform"
    click.echo(f"{verdict}: {result.violations} violations, {result.warnings} warnings")
    return 0 if result.conforms else 1
