"""cli.extract: `govkg extract FILE... --out DIR` writes one extraction JSON per minutes file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from govkg.cli._common import fail, meeting_options, metadata_from
from govkg.errors import GovkgError
from govkg.ingest import extract_files
from govkg.jsonio import minutes_to_json


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the JSON files (<input basename>.json).",
)
@meeting_options
@click.option("--report-merges", is_flag=True, help="Print every entity merge and why.")
def command(
    paths: tuple[Path, ...],
    out_dir: Path,
    body: str | None,
    date: str | None,
    place: str | None,
    report_merges: bool,
) -> int:
    """Extract the structure and mentions of minutes files into JSON (one file per input)."""
    batch = extract_files(paths, metadata_from(body, date, place))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GovkgError(f"cannot create {out_dir}: {exc.strerror}") from exc
    for failure in batch.failures:
        fail(str(failure.error) if failure.error.source else f"{failure.path}: {failure.error}")
    for minutes in batch.minutes:
        target = out_dir / f"{minutes.document.name}.json"
        target.write_text(json.dumps(minutes_to_json(minutes), ensure_ascii=False, indent=2) + "\n", "utf-8")
        for warning in minutes.document.warnings:
            click.echo(f"govkg: warning: {minutes.document.filename}: {warning}", err=True)
    if report_merges and batch.report:
        for merge in batch.report.merges:
            click.echo(f"merged {merge.variant!r} into {merge.canonical!r}: {merge.reason}")
    click.echo(
        f"extracted {len(batch.minutes)} document(s) into {out_dir}"
        + (f", {len(batch.failures)} failed" if batch.failures else ""),
        err=True,
    )
    return 1 if batch.failures else 0
