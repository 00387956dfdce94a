"""extract._person_lexicon: data files (first_names.txt, person_cues.txt) → lookups for persons."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from govkg.errors import GazetteerError
from govkg.resources import data_dir


@dataclass(frozen=True, slots=True)
class FirstNames:
    """First names as written ("Ann", "Per"); ``words`` are those that are also Swedish words."""

    names: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cues:
    verbs: frozenset[str]
    intro: tuple[str, ...]
    title_suffixes: tuple[str, ...]


def _lines(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise GazetteerError(f"cannot read {path.name}: {e.strerror}", source=str(path)) from e
    return [ln.rstrip("\r") for ln in raw.split("\n") if ln.strip() and not ln.startswith("#")]


@functools.cache
def first_names() -> FirstNames:
    names: set[str] = set()
    words: set[str] = set()
    for line in _lines(data_dir() / "first_names.txt"):
        name, _, flag = line.partition("\t")
        names.add(name)
        if flag == "w":
            words.add(name)
    if not names:
        raise GazetteerError("first_names.txt holds no names", source="first_names.txt")
    return FirstNames(frozenset(names), frozenset(words))


@functools.cache
def cues() -> Cues:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _lines(data_dir() / "person_cues.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line.strip())
    return Cues(
        frozenset(sections.get("verbs", [])),
        tuple(sections.get("intro", [])),
        tuple(sections.get("title_suffixes", [])),
    )
