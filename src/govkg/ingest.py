"""ingest: paths → Minutes (read → parse → extract → resolve), one failure per bad file.

The per-document stages are pure; this module is the I/O edge that walks folders, reads files and
collects the errors of bad ones so that one bad file never stops the others.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
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
# A folder's own documentation is not minutes: skipped when walking folders, read when named.
_NOT_MINUTES = re.compile(r"(?i)^(?:readme|license|licence|changelog|sources?|contributing)(?:\.|$)")
PARALLEL_MIN_FILES = 64  # files per worker process below which extracting in one process is faster
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
            if p.is_file() and (suffix in SUFFIXES or json_ok) and not _NOT_MINUTES.match(p.name):
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


def _extract_safely(path: Path, metadata: Mapping[str, str] | None) -> Minutes | GovkgError:
    """``extract_file`` with its error returned, not raised (so it can cross a process boundary)."""
    try:
        return extract_file(path, metadata)
    except GovkgError as exc:
        return exc
    except (UnicodeError, ValueError, OSError) as exc:  # defensive: never lose the other files
        return ReadError(f"{type(exc).__name__}: {exc}", source=str(path))


def _extract_in_worker(job: tuple[Path, Mapping[str, str] | None]) -> Minutes | _Error:
    result = _extract_safely(*job)
    if isinstance(result, GovkgError):  # its ``source`` would not survive pickling: carry the parts
        return _Error(type(result), Exception.__str__(result), result.source)
    return result


@dataclass(frozen=True, slots=True)
class _Error:
    kind: type[GovkgError]
    message: str
    source: str | None

    def error(self) -> GovkgError:
        return self.kind(self.message, source=self.source)


def default_workers(files: int) -> int:
    """Processes for extracting ``files`` files: one per usable core, none extra for small batches
    (starting a worker costs more than extracting a few dozen documents)."""
    if files < PARALLEL_MIN_FILES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, files // PARALLEL_MIN_FILES))


def _results(
    files: list[Path], metadata: Mapping[str, str] | None, workers: int
) -> Iterator[Minutes | GovkgError]:
    """Each file's Minutes or error, in the order of ``files`` (also when extracted in parallel)."""
    if workers <= 1:
        for path in files:
            yield _extract_safely(path, metadata)
        return
    # fork where there is one: workers inherit the loaded gazetteer and lexicons and need no
    # importable __main__; they never touch a store the parent may hold open, and exit without
    # running its destructors
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        jobs = ((path, dict(metadata) if metadata else None) for path in files)
        for result in pool.map(_extract_in_worker, jobs, chunksize=8):
            yield result.error() if isinstance(result, _Error) else result


def extract_files(
    paths: Iterable[Path],
    metadata: Mapping[str, str] | None = None,
    *,
    resolve_entities: bool = True,
    reviewed_json: bool = False,
    progress: Progress[Path] = no_progress,
    workers: int | None = None,
) -> Batch:
    """Every file, each on its own: a bad one is recorded as a Failure and the rest go on. A
    reviewed JSON wins over extracting its source file again in the same batch.

    Documents are extracted in ``workers`` processes (default: one per core for big batches); the
    result is the same, in the same order, as extracting them one after the other.
    """
    batch = Batch()
    files = list(expand(paths, reviewed_json=reviewed_json))
    by_source: dict[str, int] = {}
    results = _results(files, metadata, workers or default_workers(len(files)))
    for path, minutes in zip(progress(files, len(files), "extract"), results, strict=True):
        if isinstance(minutes, GovkgError):
            batch.failures.append(Failure(path, minutes))
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
