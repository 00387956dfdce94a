"""cli helpers shared by the subcommands: the store option and error reporting."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_STORE = Path("govkg-data")

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_STORE,
    show_default=True,
    help="Directory of the embedded Oxigraph store.",
)


def warn(message: str) -> None:
    """One line on stderr, for problems that do not stop the command."""
    click.echo(f"govkg: warning: {message}", err=True)


def fail(message: str) -> None:
    """One line on stderr for an error that the command survives (it exits non-zero later)."""
    click.echo(f"govkg: error: {message}", err=True)
