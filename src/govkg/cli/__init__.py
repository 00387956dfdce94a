"""cli: the one console script; each subcommand lives in its own module of this package.

A module of ``govkg.cli`` that defines ``command`` (a click command or group) is a subcommand.
Only the CLI turns a GovkgError into a one-line message and an exit code.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from govkg import __version__
from govkg.errors import GovkgError

EXIT_ERROR = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govkg")
def cli() -> None:
    """govkg: minutes of meetings → a knowledge graph of regional governance."""


def _register() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; no traceback reaches a user."""
    try:
        result = cli.main(args=argv, prog_name="govkg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("govkg: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except GovkgError as exc:
        click.echo(f"govkg: error: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        click.echo("govkg: interrupted", err=True)
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback
        click.echo(f"govkg: internal error: {type(exc).__name__}: {exc}", err=True)
        return 3
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
