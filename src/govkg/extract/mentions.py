"""extract.mentions: Minutes → Minutes with every item's mentions filled in."""

from __future__ import annotations

import re
from collections import Counter

from govkg.extract.dates import find_dates
from govkg.extract.municipalities import find_municipalities
from govkg.extract.organisations import find_organisations
from govkg.extract.persons import KnownPerson, find_persons
from govkg.extract.statements import find_statements
from govkg.extract.topics import TopicScheme, assign_topics
from govkg.extract.urls import find_urls
from govkg.gazetteer import Gazetteer, Organisation
from govkg.model import Minutes, OrgMention, Quote, Span

__all__ = ["extract_mentions"]


def _meeting_year(minutes: Minutes) -> int | None:
    date = minutes.meeting.date
    return int(date[:4]) if date and date[:4].isdigit() else None


# "förbundet", "Förbundets": the federation itself, when the minutes are a federation's own
_BARE_FEDERATION = re.compile(r"(?<![\w-])[Ff]örbundet(?:s)?(?![\w-])")
_FEDERATION_NAME = re.compile(r"kommun(?:al)?förbund", re.IGNORECASE)


def _host_federation(minutes: Minutes, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """The municipal federation whose people attend (and usually host and write) the meeting."""
    seen: Counter[tuple[str, str | None]] = Counter()
    for a in minutes.attendees:
        entry = gaz.organisation(a.org_id) if a.org_id else None
        if isinstance(entry, Organisation) and entry.kind == "municipal_federation":
            seen[(entry.name, entry.id)] += 1
        elif a.affiliation_canonical and _FEDERATION_NAME.search(a.affiliation_canonical):
            seen[(a.affiliation_canonical, None)] += 1
    return seen.most_common(1)[0][0] if seen else None


def _add_host_federation(
    orgs: list[OrgMention], region: str, start: int, host: tuple[str, str | None]
) -> None:
    """A bare "förbundet" in a federation's minutes names the federation (GUIDELINES: as "Förbundet")."""
    name, org_id = host
    for m in _BARE_FEDERATION.finditer(region):
        quote = Quote(m.group(), Span(start + m.start(), start + m.end()))
        known = next((o for o in orgs if o.canonical == name or (org_id and o.org_id == org_id)), None)
        if known is None:
            orgs.append(OrgMention(quote, name, "municipal_federation", org_id))
        elif all(q.text != quote.text for q in (known.surface, *known.other_surfaces)):
            known.other_surfaces.append(quote)


def extract_mentions(minutes: Minutes, gazetteer: Gazetteer | None = None) -> Minutes:
    """Fill every item's mention lists, in place; returns the same Minutes for chaining."""
    gaz = gazetteer or Gazetteer.load()
    scheme = TopicScheme.load()
    text = minutes.document.text
    year = _meeting_year(minutes)

    def org_name(surface: str) -> str | None:
        found = gaz.affiliation(surface)
        return found[0] if found else None

    known = [
        KnownPerson(a.name.text, a.affiliation_canonical, a.role.text if a.role else None)
        for a in minutes.attendees
    ]
    if minutes.recorded_by:
        rb = minutes.recorded_by
        known.append(KnownPerson(rb.name.text, None, rb.role.text if rb.role else None))
    host = _host_federation(minutes, gaz)
    for item in minutes.items:
        start, end = item.span.start, item.span.end
        region = text[start:end]
        item.persons_mentioned = find_persons(region, start, known=known, org_canonical=org_name)
        # names met in earlier items help resolve short forms ("Eva") later on
        known.extend(
            KnownPerson(p.canonical_name or p.name.text, p.affiliation_canonical, p.role_in_item)
            for p in item.persons_mentioned
            if " " in (p.canonical_name or p.name.text)
        )
        item.organisations_mentioned = find_organisations(region, start, gaz)
        if host is not None and _BARE_FEDERATION.search(region):
            _add_host_federation(item.organisations_mentioned, region, start, host)
        item.municipalities_mentioned = find_municipalities(region, start, gaz)
        item.dates_mentioned = find_dates(region, start, meeting_year=year, meeting=minutes.meeting.date)
        agents = [p.name.text for p in item.persons_mentioned] + [
            o.surface.text for o in item.organisations_mentioned
        ]
        item.decisions, item.follow_ups = find_statements(region, start, known_agents=agents)
        item.topics = assign_topics(item.title.text, region, start, scheme)
        item.urls = find_urls(region, start)
    return minutes
