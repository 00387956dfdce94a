"""cli explore: the store → one self-contained HTML page to explore the graph offline."""

from __future__ import annotations

from pathlib import Path

import click

from govkg.cli._common import store_option
from govkg.cli.export import public_option, salt_option
from govkg.errors import ExportError
from govkg.export import DEFAULT_PROJECTION, PROJECTIONS, build_explorer, facts_of, load_key
from govkg.store import open_store


@click.command("explore")
@click.option(
    "--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file to write."
)
@click.option(
    "--projection",
    "-p",
    type=click.Choice(sorted(PROJECTIONS)),
    default=DEFAULT_PROJECTION,
    show_default=True,
    help="Which graph to show.",
)
@click.option("--title", default="govkg explorer", show_default=True, help="Title of the page.")
@public_option
@salt_option
@store_option
def command(out: Path, projection: str, title: str, public: bool, salt: str | None, store_dir: Path) -> int:
    """Write an offline HTML explorer of the graph: one file, no CDN, mail it to a colleague.

    Nodes are coloured by kind; search, filter by time span and topic, and click a node to see
    its facts and the sentences of the minutes they came from.

    \b
    Example:
      govkg explore --store govkg-data --out out/explorer.html
    """
    with open_store(store_dir, read_only=True) as kg:
        facts = facts_of(kg)
        key = load_key(store_dir, salt) if public else None
        html = build_explorer(facts, public_key=key, projection=projection, title=title)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc
    click.echo(f"wrote {out} ({len(html) // 1024} KiB; open it in a browser, it works offline)")
    return 0
