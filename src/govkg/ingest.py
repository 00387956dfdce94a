"""ingest: paths → Minutes (read → parse → extract → resolve), one failure per bad file.

The per-document stages are pure; this module is the I/O edge that walks folders, reads files and
collects the errors of bad ones so that one bad file never stops the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from govkg.errors import ExtractError, GovkgError, ReadError
from govkg.extract import extract_mentions
from govkg.jsonio import minutes_from_json
from govkg.model import Minutes
from govkg.parse import parse_minutes
from govkg.read import read_document
from govkg.resolve import ResolveReport, resolve

SUFFIXES = (".txt", ".md", ".pdf", ".docx")
T = TypeVar("T")
Progress = Callable[[Iterable[T], int, str], Iterable[T]]


def no_progress(items: Iterable[T], _total: int, _label: str) -> Iterable[T]:
    return items


@dataclass(slots=True)
class Failure:
    path: Path
    error: GovkgError


@dataclass(slots=True)
class Batch:
    minutes: list[Minutes] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    report: ResolveReport | None = None


def expand(paths: Iterable[Path], *, reviewed_json: bool = False) -> Iterator[Path]:
    """Files as given, and the minutes files inside folders (sorted, recursive); with
    ``reviewed_json`` also the extraction JSONs there (not the ``.meta.json`` sidecars)."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        for p in sorted(path.rglob("*")):
            suffix = p.suffix.lower()
            json_ok = reviewed_json and suffix == ".json" and not p.name.endswith(".meta.json")
            if p.is_file() and (suffix in SUFFIXES or json_ok):
                yield p


def extract_file(path: Path, metadata: Mapping[str, str] | None = None) -> Minutes:
    """One file → Minutes: a reviewed extraction JSON is read back, anything else is extracted."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError, json.JSONDecodeError) as exc:
            raise ExtractError(f"cannot read extraction JSON: {exc}", source=str(path)) from exc
        return minutes_from_json(data, base=path.parent)
    return extract_mentions(parse_minutes(read_document(path, metadata=metadata)))


def extract_files(
    paths: Iterable[Path],
    metadata: Mapping[str, str] | None = None,
    *,
    resolve_entities: bool = True,
    reviewed_json: bool = False,
    progress: Progress[Path] = no_progress,
) -> Batch:
    """Every file, each on its own: a bad one is recorded as a Failure and the rest go on. A
    reviewed JSON wins over extracting its source file again in the same batch."""
    batch = Batch()
    files = list(expand(paths, reviewed_json=reviewed_json))
    by_source: dict[str, int] = {}
    for path in progress(files, len(files), "extract"):
        try:
            minutes = extract_file(path, metadata)
        except GovkgError as exc:
            batch.failures.append(Failure(path, exc))
            continue
        except (UnicodeError, ValueError, OSError) as exc:  # defensive: never lose the other files
            batch.failures.append(Failure(path, ReadError(f"{type(exc).__name__}: {exc}", source=str(path))))
            continue
        sha = minutes.document.sha256
        if sha in by_source:
            if path.suffix.lower() == ".json":
                batch.minutes[by_source[sha]] = minutes
            continue
        by_source[sha] = len(batch.minutes)
        batch.minutes.append(minutes)
    if resolve_entities and batch.minutes:
        batch.report = resolve(batch.minutes)
    return batch
