"""extract.mentions: Minutes → Minutes with every item's mentions filled in."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from govkg.extract.context import contextual_gazetteer, header_text, reresolve_affiliations
from govkg.extract.dates import find_dates
from govkg.extract.host_body import (
    Host,
    attendees_federation,
    give_staff_the_host,
    host_body,
    own_administration,
)
from govkg.extract.initials import attendee_initials, capital_tokens, find_initials
from govkg.extract.municipalities import find_municipalities
from govkg.extract.org_self import add_self_mentions, meeting_organ, organ_canonical
from govkg.extract.organisations import STOP_ACRONYMS, find_organisations
from govkg.extract.outside_places import drop_outside_places, listed_members
from govkg.extract.persons import KnownPerson, find_persons
from govkg.extract.statements import find_statements
from govkg.extract.sub_county import names_sub_county_area, title_lines
from govkg.extract.topics import TopicScheme, assign_topics
from govkg.extract.urls import find_urls
from govkg.gazetteer import Gazetteer, Municipality, Organisation
from govkg.model import Attendee, Minutes, OrgMention, PersonMention, Quote, Span
from govkg.normalise import blank_out
from govkg.parse.name_order import natural_order

__all__ = ["extract_mentions"]


def _meeting_year(minutes: Minutes) -> int | None:
    date = minutes.meeting.date
    return int(date[:4]) if date and date[:4].isdigit() else None


# "förbundet", "Förbundets": the federation itself, when the minutes are a federation's own
_BARE_FEDERATION = re.compile(r"(?<![\w-])[Ff]örbundet(?:s)?(?![\w-])")
_FEDERATION_NAME = re.compile(r"kommun(?:al)?förbund", re.IGNORECASE)


# Municipalities an attendance must name before a cross-county network's members are taken from it.
_CROSS_COUNTY_MIN = 4


def _member_codes(minutes: Minutes, gaz: Gazetteer, host: Host | None = None) -> set[str] | None:
    """The network's member municipalities, as far as the attendance shows them; None: unknown.

    GUIDELINES §6: only members count as municipalities mentioned; a town outside the network
    ("dubbelspår mellan Uppsala och Gävle", "pendeltåg mot Göteborg") is not one. The members are
    the municipalities whose people attend or are absent, the other municipalities of the county
    most of them lie in, and the members of a federation the attendees come from. With fewer than
    three municipalities in the lists the network is not known well enough to exclude anything.
    """
    codes: set[str] = set()
    federations: set[str] = set()
    votes: Counter[str] = Counter()  # county codes: of the municipalities, regions, county boards
    county_of = {m.county_name.removesuffix(" län").rstrip("s"): m.county_code for m in gaz.municipalities}
    for a in minutes.attendees:
        entry = gaz.organisation(a.org_id) if a.org_id else None
        if a.items_attended and a.org_id and a.org_id.startswith("kommun-") and not _representative(a):
            continue  # a guest for one item ("deltog under punkt 3") does not make their town a member
        if a.org_id and a.org_id.startswith("kommun-"):
            codes.add(a.org_id.removeprefix("kommun-"))
        elif a.org_id and gaz.members(a.org_id):
            federations.add(a.org_id)
        elif a.affiliation_canonical and isinstance(
            muni := gaz.lookup(a.affiliation_canonical), Municipality
        ):
            codes.add(muni.scb_code)
        elif isinstance(entry, Organisation) and entry.kind == "county_administrative_board":
            votes[entry.id.rsplit("-", 1)[-1]] += 1
        elif isinstance(entry, Organisation) and entry.kind == "region":
            stem = entry.name.removeprefix("Region ").removesuffix(" län").rstrip("s")
            if stem in county_of:
                votes[county_of[stem]] += 1
    found = [m for c in codes if (m := gaz.municipality_by_code(c)) is not None]
    votes.update(m.county_code for m in found)
    if sum(votes.values()) < 3:
        return None
    if (own := _own_federation_members(minutes, gaz, host, codes)) is not None:
        return own
    county, n = votes.most_common(1)[0]
    network = _header_network(minutes, gaz)
    if n * 3 < sum(votes.values()) * 2:
        # The attendance spans counties (an inland or cross-region network): no single county to
        # judge membership by, so the members are the municipalities of the counties that attend
        # (by a municipality, a region or a county board) with a known network's own list, not a
        # town of a county nobody comes from ("flyg till Stockholm"); too few, and nothing is excluded.
        if len(codes) < _CROSS_COUNTY_MIN:
            return None
        members = codes | network | {m.scb_code for m in gaz.municipalities if m.county_code in votes}
        for fed in federations:
            members.update(m.scb_code for m in gaz.members(fed))
        return members
    if network and codes <= network:
        # a known sub-county network named in the letterhead ("Hälsingerådet", "SÖSK"): its own
        # members, not every municipality of the county
        members = codes | network
    elif _initials_network(minutes, codes, gaz) or _area_network(minutes, codes, gaz, county):
        # a network named by its members' initials ("GGVV" for four towns) lists them all: not the county
        members = set(codes)
    else:
        members = codes | {m.scb_code for m in gaz.municipalities if m.county_code == county}
    for fed in federations:
        members.update(m.scb_code for m in gaz.members(fed))
    return members


# "Söderåsens miljöförbund", "Mellersta Norrlands kommunalförbund": a federation by its name
_FEDERATION_WORD = re.compile(r"förbund(?:et)?$", re.IGNORECASE)


def _own_federation_members(
    minutes: Minutes, gaz: Gazetteer, host: Host | None, codes: set[str]
) -> set[str] | None:
    """A federation's own minutes, the federation listed with its members: its members are
    the municipalities that attend, any member list the minutes print and the gazetteer's list, not
    the whole county (a federation's towns need not fill their county, and its membership may have
    changed since the gazetteer's source).
    None: not such minutes, or no municipality named."""
    if host is None or (host[2] != "municipal_federation" and not _FEDERATION_WORD.search(host[0])):
        return None
    known = {m.scb_code for m in gaz.members(host[1])} if host[1] else set()
    if not known:
        # an unknown federation, or one whose members are left out on purpose (changing or
        # unchecked): its minutes may list only some of them, and set 16's gold counts non-members
        # named in a federation's protocol (GOLD_CONVENTIONS §3 "Differs"), so the county stays the guess
        return None
    members = codes | listed_members(minutes.document.text, gaz)
    return members | known if members else None


# a capitalised token in the header that may be a network's initials ("GGVV", "SÖSK")
_INITIALS = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{3,8}(?![\w])")


def _initials_network(minutes: Minutes, codes: set[str], gaz: Gazetteer) -> bool:
    """Does the header name the network by the initials of exactly the attending municipalities
    (one letter per member, in any order)? Then the attendance is its whole membership."""
    names = [m.name for c in codes if (m := gaz.municipality_by_code(c)) is not None]
    if len(names) < 3:
        return False
    initials = sorted(n[:1].upper() for n in names)
    return any(
        sorted(token) == initials and gaz.lookup(token) is None
        for token in _INITIALS.findall(header_text(minutes))
    )


# A municipality's own representative in the network (its chief executive, a member of the board)
# makes it a member even when they attend only some items ("kommundirektör (punkt 1–4)")
_REPRESENTATIVE = re.compile(r"kommun(?:direktör|chef)|ordförande|ledamot|ersättare", re.IGNORECASE)


def _area_network(minutes: Minutes, codes: set[str], gaz: Gazetteer, county: str) -> bool:
    """A network named after a part of the county ("… i Hälsingland") whose attendance names some
    but not all of the county's municipalities: its members are those that attend."""
    in_county = {m.scb_code for m in gaz.municipalities if m.county_code == county}
    return len(codes) >= 2 and codes < in_county and names_sub_county_area(title_lines(minutes.document.text))


def _representative(a: Attendee) -> bool:
    return a.role is not None and _REPRESENTATIVE.search(a.role.text) is not None


def _header_network(minutes: Minutes, gaz: Gazetteer) -> set[str]:
    """Member codes of a known network or federation that the text before the first item names."""
    # the letterhead may be page furniture: read it all the same
    for m in gaz.scan(header_text(minutes)):
        if isinstance(m.entry, Organisation) and m.entry.members:
            return {x.scb_code for x in gaz.members(m.entry.id)}
    return set()


def _add_host_federation(orgs: list[OrgMention], region: str, start: int, host: Host) -> None:
    """A bare "förbundet" in a federation's minutes names the federation (GUIDELINES: as "Förbundet")."""
    name, org_id, kind = host
    for m in _BARE_FEDERATION.finditer(region):
        quote = Quote(m.group(), Span(start + m.start(), start + m.end()))
        known = next((o for o in orgs if o.canonical == name or (org_id and o.org_id == org_id)), None)
        if known is None:
            orgs.append(OrgMention(quote, name, kind, org_id))
        elif all(q.text != quote.text for q in (known.surface, *known.other_surfaces)):
            known.other_surfaces.append(quote)


def _add_initials(persons: list[PersonMention], found: list[PersonMention]) -> None:
    """Persons written by initials join the item's persons unless the item already names them."""
    named = {p.canonical_name or p.name.text for p in persons}
    persons.extend(p for p in found if p.canonical_name not in named)
    persons.sort(key=lambda p: p.name.span.start)


def extract_mentions(minutes: Minutes, gazetteer: Gazetteer | None = None) -> Minutes:
    """Fill every item's mention lists, in place; returns the same Minutes for chaining."""
    base = Gazetteer.load()
    gaz = gazetteer or contextual_gazetteer(minutes, base)
    reresolve_affiliations(minutes, base, gaz)
    # a bare "förbundet" names the municipal federation whose people attend (the seeds' GUIDELINES; the
    # evaluation sets leave it out in a samordningsförbund's or a water association's own minutes),
    # counted before the host's own staff are given its name
    federation = attendees_federation(minutes, gaz)
    host = host_body(minutes, gaz)
    if host is not None:
        give_staff_the_host(minutes, host)
    scheme = TopicScheme.load()
    # page furniture and quote markers the parser set aside read as spaces (offsets unchanged)
    text = blank_out(minutes.document.text, 0, minutes.no_content)
    year = _meeting_year(minutes)

    @cache  # per document: the person finder asks about the same capitalised runs again and again
    def org_name(surface: str) -> str | None:
        found = gaz.affiliation(surface)
        return found[0] if found else None

    known = [
        KnownPerson(
            natural_order(a.name.text),
            a.affiliation_canonical,
            a.role.text if a.role else None,
            absent=a.status == "absent",
        )
        for a in minutes.attendees
    ]
    if minutes.recorded_by:
        rb = minutes.recorded_by
        known.append(KnownPerson(natural_order(rb.name.text), None, rb.role.text if rb.role else None))
    listed = {natural_order(a.name.text) for a in minutes.attendees}
    if minutes.recorded_by:
        listed.add(natural_order(minutes.recorded_by.name.text))
    initials = attendee_initials(
        sorted(listed),
        lambda acr: acr in STOP_ACRONYMS or gaz.affiliation(acr) is not None,
        written=capital_tokens(text),
    )
    by_initials = frozenset(initials)
    # the host named by the minutes themselves, not merely the federation some attendees come from
    own_host = host if federation is None or host is None or host[0] != federation[0] else None
    members = _member_codes(minutes, gaz, own_host)
    # a protocol's own organ named bare in its items ("Direktionen beslutar"): GOLD_CONVENTIONS §1
    organ = meeting_organ(minutes)
    organ_name = organ_canonical(organ, host[0] if host else None) if organ else None
    for item in minutes.items:
        start, end = item.span.start, item.span.end
        region = text[start:end]
        item.persons_mentioned = find_persons(region, start, known=known, org_canonical=org_name)
        if initials:
            _add_initials(item.persons_mentioned, find_initials(region, start, initials))
        # names met in earlier items help resolve short forms ("Eva") later on
        known.extend(
            KnownPerson(p.canonical_name or p.name.text, p.affiliation_canonical, p.role_in_item)
            for p in item.persons_mentioned
            if " " in (p.canonical_name or p.name.text)
        )
        item.organisations_mentioned = find_organisations(region, start, gaz, initials=by_initials)
        drop_outside_places(item.organisations_mentioned, text, members)
        if host is not None:
            own_administration(item.organisations_mentioned, host)
        if organ and organ_name:
            add_self_mentions(item.organisations_mentioned, region, start, organ, organ_name)
        if federation is not None and _BARE_FEDERATION.search(region):
            _add_host_federation(item.organisations_mentioned, region, start, federation)
        item.municipalities_mentioned = [
            m for m in find_municipalities(region, start, gaz) if members is None or m.scb_code in members
        ]
        item.dates_mentioned = find_dates(region, start, meeting_year=year, meeting=minutes.meeting.date)
        # the organ's self-mentions leave the statement cues as they were (a bare organ noun is
        # already a GROUP agent there)
        agents = [p.name.text for p in item.persons_mentioned] + [
            o.surface.text for o in item.organisations_mentioned if o.canonical != organ_name
        ]
        item.decisions, item.follow_ups = find_statements(
            region, start, known_agents=agents, meeting=minutes.meeting.date, title=item.title.text
        )
        item.topics = assign_topics(item.title.text, region, start, scheme)
        item.urls = find_urls(region, start)
    return minutes
