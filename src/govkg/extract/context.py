"""extract.context: a document's attendance → its region (county, host federation) and gazetteer.

Bare forms mean different bodies in different regions: "Länsstyrelsen" is the county board of the
county the network lies in, "förbundsstyrelsen" the board of the network's own federation. The
shipped default is the project's first user (Västra Götaland, Göteborgsregionen); minutes whose
attendance lies elsewhere get the gazetteer of their own county and federation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from govkg.gazetteer import Gazetteer, Municipality, Organisation
from govkg.model import Minutes

MIN_VOTES = 3  # fewer municipalities than this do not place a network


@dataclass(frozen=True, slots=True)
class Context:
    county: str | None  # SCB county code where most attendees' municipalities lie
    federation: str | None  # gazetteer id of the federation the attendees belong to


def _municipalities(minutes: Minutes, gaz: Gazetteer) -> list[Municipality]:
    found: list[Municipality] = []
    for a in minutes.attendees:
        if a.org_id and a.org_id.startswith("kommun-"):
            muni = gaz.municipality_by_code(a.org_id.removeprefix("kommun-"))
        else:
            entry = gaz.lookup(a.affiliation_canonical) if a.affiliation_canonical else None
            muni = entry if isinstance(entry, Municipality) else None
        if muni is not None:
            found.append(muni)
    return found


def title_block(minutes: Minutes, n: int) -> list[str]:
    """The first ``n`` non-blank lines before the attendance and the first item: the letterhead and
    title, where the minutes name their body and organ."""
    text = minutes.document.text
    end = min((a.line.start for a in minutes.attendees if a.line is not None), default=len(text))
    if minutes.items:
        end = min(end, minutes.items[0].span.start)
    return [line for line in text[:end].splitlines() if line.strip()][:n]


def header_text(minutes: Minutes) -> str:
    """The text before the first item (letterhead, attendance), or the first 2,000 characters."""
    end = minutes.items[0].span.start if minutes.items else min(len(minutes.document.text), 2000)
    return minutes.document.text[:end]


def _header_municipalities(minutes: Minutes, gaz: Gazetteer) -> list[Municipality]:
    """Municipalities the header names, also through a network whose members are known
    ("Anteckningar, Mälarnätets kommundirektörer")."""
    found: list[Municipality] = []
    for m in gaz.scan(header_text(minutes)):
        if isinstance(m.entry, Municipality):
            found.append(m.entry)
        elif isinstance(m.entry, Organisation) and m.entry.members:
            found += [x for c in m.entry.members if (x := gaz.municipality_by_code(c)) is not None]
    return found


def document_context(minutes: Minutes, gaz: Gazetteer) -> Context:
    """The county and federation the attendance points to; None where it does not tell.

    Where the attendance names too few municipalities (a list not read, names without bodies),
    the header's municipalities and networks place the document instead.
    """
    munis = _municipalities(minutes, gaz)
    if len(munis) < MIN_VOTES:
        munis = munis + _header_municipalities(minutes, gaz)
    county = None
    votes = Counter(m.county_code for m in munis)
    if sum(votes.values()) >= MIN_VOTES:
        code, n = votes.most_common(1)[0]
        if n * 3 >= sum(votes.values()) * 2:
            county = code
    federation = None
    attending = {a.org_id for a in minutes.attendees if a.org_id}
    federations = [o for o in gaz.organisations if o.members]
    direct = [o for o in federations if o.id in attending]
    if direct:
        federation = direct[0].id
    else:
        codes = {m.scb_code for m in munis}
        best = max(federations, key=lambda o: len(codes & set(o.members)), default=None)
        if (
            best is not None
            and len(codes & set(best.members)) >= MIN_VOTES
            and len(codes & set(best.members)) * 3 >= len(codes) * 2
        ):
            federation = best.id
    return Context(county, federation)


def contextual_gazetteer(minutes: Minutes, base: Gazetteer) -> Gazetteer:
    """``base``, or the gazetteer of the document's own county and federation when they differ."""
    ctx = document_context(minutes, base)
    county = ctx.county or base.default_county
    if ctx.federation is not None:
        federation: str | None = ctx.federation
    elif county == base.default_county:
        federation = base.default_federation
    else:
        federation = None  # another region, no known federation: bare organ names stay unlinked
    if (county, federation) == (base.default_county, base.default_federation):
        return base
    return Gazetteer.load(default_county=county, default_federation=federation)


# "Umeåregionens kansli", "SKR:s kansli": the secretariat of a body
_SECRETARIAT = re.compile(r"^(?P<body>.+?)(?::s|s)\s+kansli(?:et)?$")


def reresolve_affiliations(minutes: Minutes, base: Gazetteer, gaz: Gazetteer) -> None:
    """Attendees whose affiliation was a bare, context-bound form ("Länsstyrelsen") follow ``gaz``.

    Staff of a body's secretariat ("Umeåregionens kansli") represent the body: their affiliation is
    the body (GUIDELINES §2 maps "GR" to Göteborgsregionen; the gold sets map an office to its body).
    """
    for a in minutes.attendees:
        secretariat = _SECRETARIAT.match(a.affiliation.text.strip()) if a.affiliation else None
        if secretariat is None or (a.org_id and not a.org_id.startswith("kommun-")):
            continue
        body = gaz.lookup(secretariat.group("body"))
        if isinstance(body, Organisation):
            a.org_id, a.affiliation_canonical = body.id, body.name
    if gaz is base:
        return
    for a in minutes.attendees:
        if a.affiliation is None or not a.org_id or a.org_id.startswith("kommun-"):
            continue
        old = base.organisation(a.org_id)
        if old is None or a.affiliation.text.strip() not in _contextual(old):
            continue
        new = gaz.lookup(a.affiliation.text)
        if isinstance(new, Organisation):
            a.org_id, a.affiliation_canonical = new.id, new.name
        else:
            a.org_id, a.affiliation_canonical = None, a.affiliation.text


def _contextual(org: Organisation) -> set[str]:
    forms = {f for f in org.contextual_forms}
    return forms | {f[0].upper() + f[1:] for f in forms} | {f.lower() for f in forms}
