"""resolve_entities: one document's Minutes → its person entities (every holder of one written name)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from govkg.model import Attendee, Minutes, PersonMention, Recorder
from govkg.parse.name_order import natural_order
from govkg.resolve_names import _fold, _norm, variant_reason

Holder = Attendee | Recorder | PersonMention


@dataclass(slots=True)
class _Entity:
    """One person within one document (all holders written with one name)."""

    doc: int
    name: str
    affiliation: str | None
    holders: list[Holder] = field(default_factory=list)
    joined: list[tuple[str, str]] = field(default_factory=list)  # (written form, why) in this document
    # folded canonical names of the organisations the document's items name: an attendee listed
    # without a body (a federation's own staff under "Övriga närvarande") may be of one of them
    named_orgs: frozenset[str] = frozenset()


def _holders(m: Minutes) -> Iterator[tuple[Holder, str | None]]:
    for a in m.attendees:
        yield a, a.affiliation_canonical
    if m.recorded_by is not None:
        yield m.recorded_by, None
    for item in m.items:
        for p in item.persons_mentioned:
            yield p, p.affiliation_canonical


def _document_entities(doc: int, m: Minutes) -> list[_Entity]:
    by_name: dict[str, _Entity] = {}
    named_orgs = frozenset(_norm(o.canonical) for item in m.items for o in item.organisations_mentioned)
    shorts: list[PersonMention] = []
    for holder, aff in _holders(m):
        name = natural_order(" ".join(holder.name.text.split()))  # "Brandt, Helena" → "Helena Brandt"
        if len(name.split()) < 2 and isinstance(holder, PersonMention):
            shorts.append(holder)
            continue
        key = _norm(name)
        ent = by_name.get(key)
        if ent is None:
            ent = by_name[key] = _Entity(doc, name, None)
            if not isinstance(holder, PersonMention):
                ent.named_orgs = named_orgs
        ent.holders.append(holder)
        # the attendance list states the affiliation; an item's own statement only fills a gap
        if ent.affiliation is None and aff:
            ent.affiliation = aff
    _join_mentions_to_attendees(by_name)
    for p in shorts:
        target = _short_target(p, list(by_name.values()))
        if target is None:
            ent = by_name.setdefault(_norm(p.name.text), _Entity(doc, p.name.text, p.affiliation_canonical))
            ent.holders.append(p)
        else:
            target.joined.append((p.name.text, "short form within the document"))
            target.holders.append(p)
    return list(by_name.values())


def _join_mentions_to_attendees(by_name: dict[str, _Entity]) -> None:
    """A name in running text that is a variant of exactly one attendee's name is that attendee."""
    listed = [e for e in by_name.values() if any(not isinstance(h, PersonMention) for h in e.holders)]
    listed_ids = {id(e) for e in listed}
    for key, ent in list(by_name.items()):
        if id(ent) in listed_ids:
            continue
        hits = [(a, variant_reason(ent.name, a.name)) for a in listed]
        hits = [(a, why) for a, why in hits if why not in (None, "same name")]
        if len(hits) == 1:
            target, why = hits[0]
            target.joined.append((ent.name, f"{why}; an attendee of the same document"))
            target.holders.extend(ent.holders)
            del by_name[key]


def _short_target(p: PersonMention, entities: list[_Entity]) -> _Entity | None:
    if p.canonical_name and len(p.canonical_name.split()) >= 2:
        hit = [e for e in entities if _norm(e.name) == _norm(p.canonical_name)]
        if hit:
            return hit[0]
    first = _fold(p.name.text)
    hits = [e for e in entities if _fold(e.name.split()[0]) == first]
    return hits[0] if len(hits) == 1 else None
