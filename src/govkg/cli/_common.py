"""cli helpers shared by the subcommands: the store option and error reporting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

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


def meeting_options(fn: F) -> F:
    """--body, --date and --place: meeting metadata that the minutes themselves may lack."""
    fn = click.option("--place", help="Where the meeting took place.")(fn)
    fn = click.option("--date", help="Meeting date (YYYY-MM-DD or YYYY-MM), when the text has none.")(fn)
    fn = click.option("--body", help='The meeting body, e.g. "GR kommunchefsgrupp".')(fn)
    return fn


def metadata_from(body: str | None, date: str | None, place: str | None) -> dict[str, str]:
    return {k: v for k, v in (("body", body), ("date", date), ("place", place)) if v}
