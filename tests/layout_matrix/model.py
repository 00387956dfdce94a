"""layout matrix model: the shapes of the invented meetings (content.py) → read by the renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Attendee:
    first: str
    last: str
    body: str  # as written in the attendance list
    body_canonical: str  # municipality short name or full name of the organisation
    role: str
    present: bool = True
    recorder: bool = False
    municipal: bool = True  # the body is a member municipality (may be written "X kommun")

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Person:
    name: str
    affiliation: str | None = None  # only where the item text states it


@dataclass(frozen=True)
class Org:
    surface: str
    canonical: str
    kind: str
    other_surfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateMention:
    surface: str
    iso: str


@dataclass(frozen=True)
class Section:
    heading: str | None  # a sub-item heading, rendered only by layouts that show sub-items
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    number: int
    title: str
    sections: tuple[Section, ...]
    persons: tuple[Person, ...] = ()
    orgs: tuple[Org, ...] = ()
    municipalities: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    dates: tuple[DateMention, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Meeting:
    slug: str
    body: str  # the network's name
    host: str  # the organisation that hosts the network (e-mail signature, page header)
    date: dt.date
    start: str  # clock time "9" or "9.30", for the weekday header and timed agendas
    end: str
    attendees: tuple[Attendee, ...]
    items: tuple[Item, ...]
