"""cli.evaluate: `govkg evaluate PRED_DIR GOLD_DIR` prints precision, recall and F1 per field."""

from __future__ import annotations

import json
from pathlib import Path

import click

from govkg.evaluate import evaluate, format_table


@click.command("evaluate")
@click.argument("pred_dir", type=click.Path(path_type=Path))
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the figures as JSON.",
)
@click.option("--min", "minimum", type=float, default=None, help="Exit 1 when the overall F1 is below this.")
def command(pred_dir: Path, gold_dir: Path, json_out: Path | None, minimum: float | None) -> int:
    """Score extraction JSONs against gold annotations (the schema of the gold files)."""
    result, overall, missing = evaluate(pred_dir, gold_dir)
    click.echo(format_table(result, overall, missing))
    if json_out:
        json_out.write_text(
            json.dumps({"fields": result, "overall": overall, "missing": missing}, indent=2), "utf-8"
        )
    return 1 if minimum is not None and overall + 1e-9 < minimum else 0
