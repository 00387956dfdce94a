"""ingest: paths → Minutes (read → parse → extract → resolve), one failure per bad file.

The per-document stages are pure; this module is the I/O edge that walks folders, reads files and
collects the errors of bad ones so that one bad file never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from govkg.errors import GovkgError, ReadError
from govkg.extract import extract_mentions
from govkg.model import Minutes
from govkg.parse import parse_minutes
from govkg.read import read_document
from govkg.resolve import ResolveReport, resolve

SUFFIXES = (".txt", ".md", ".pdf", ".docx")


@dataclass(slots=True)
class Failure:
    path: Path
    error: GovkgError


@dataclass(slots=True)
class Batch:
    minutes: list[Minutes] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    report: ResolveReport | None = None


def expand(paths: Iterable[Path], suffixes: tuple[str, ...] = SUFFIXES) -> Iterator[Path]:
    """Files as given, and the minutes files inside folders (sorted, recursive)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        else:
            yield path


def extract_file(path: Path, metadata: Mapping[str, str] | None = None) -> Minutes:
    """One file through read → parse → extract."""
    doc = read_document(path, metadata=metadata)
    return extract_mentions(parse_minutes(doc))


def extract_files(
    paths: Iterable[Path], metadata: Mapping[str, str] | None = None, *, resolve_entities: bool = True
) -> Batch:
    """Every file, each on its own: a bad one is recorded as a Failure and the rest go on."""
    batch = Batch()
    for path in expand(paths):
        try:
            batch.minutes.append(extract_file(path, metadata))
        except GovkgError as exc:
            batch.failures.append(Failure(path, exc))
        except (UnicodeError, ValueError, OSError) as exc:  # defensive: never lose the other files
            batch.failures.append(Failure(path, ReadError(f"{type(exc).__name__}: {exc}", source=str(path))))
    if resolve_entities and batch.minutes:
        batch.report = resolve(batch.minutes)
    return batch
