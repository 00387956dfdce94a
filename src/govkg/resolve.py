"""resolve: all documents' Minutes → one identity (canonical name, person_id) per real person.

Every attendee, recorder and person mention gets ``canonical_name`` and ``person_id`` (a slug of
the canonical name), in place. Within a document one written name is one person, and a short
form ("Eva") joins the full name it was resolved to. Across documents two written forms join
only when the names are variants of each other and nothing contradicts it:

* variants: the same letters but accents ("Randen"/"Randén"); one letter changed, added, dropped
  or swapped in one name token of at least four letters ("Evike"/"Evice"), unless both spellings
  are first names of their own ("Lena"/"Lina"); an added middle name or double surname ("Maria
  Reinholdsson"/"Maria Kosterlind Reinholdsson");
* agreement: both have the same known affiliation (an unknown one agrees only with an identical
  name), and they never stand side by side in one document (two forms in one document are two
  people).

The canonical form is the fullest (most tokens), then the one written in most documents, then
the accented one.

>>> from govkg.resolve import person_slug
>>> person_slug("Maria Kosterlind Reinholdsson")
'maria-kosterlind-reinholdsson'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from govkg.extract._person_lexicon import first_names
from govkg.model import Attendee, Minutes, PersonMention, Recorder
from govkg.parse.name_order import natural_order

__all__ = ["Merge", "ResolveReport", "person_slug", "resolve"]

Holder = Attendee | Recorder | PersonMention
_EXTRA_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
                             "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "œ": "oe"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Merge:
    """One written form joined to a canonical name, and why."""

    canonical: str
    variant: str
    reason: str
    documents: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.variant} → {self.canonical}: {self.reason} ({', '.join(self.documents)})"


@dataclass(slots=True)
class ResolveReport:
    merges: list[Merge] = field(default_factory=list)


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    """Accent-, case- and space-insensitive form: "Randén" and "randen" fold alike."""
    decomposed = unicodedata.normalize("NFKD", s.translate(_EXTRA_FOLD))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def person_slug(name: str) -> str:
    """ASCII slug of a name: ``person_slug("Bengt Randén") == "bengt-randen"``."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")


@lru_cache(maxsize=1 << 16)
def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split())).casefold()


def _tokens(name: str) -> list[str]:
    return [t.rstrip(".") for t in name.split()]


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
        name = natural_order(" ".join(holder.name.text.split()))  # "Strand, Helena" → "Helena Strand"
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


def variant_reason(a: str, b: str) -> str | None:
    """Why two written names can be one person, or None when they cannot (affiliation aside)."""
    if _norm(a) == _norm(b):
        return "same name"
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return "accent variant"
    if _unhyphen(fa) == _unhyphen(fb):
        return "hyphen variant"  # "Åhman-Berg"/"Åhman Berg": one double name, two spellings
    ta, tb = _tokens(fa), _tokens(fb)
    if len(ta) == len(tb) >= 2 and ta[1:] == tb[1:] and spelling_key(ta[0]) == spelling_key(tb[0]):
        return f"first-name spelling variant {a.split()[0]}/{b.split()[0]}"
    if len(ta) == len(tb) >= 2:
        diff = [k for k, (x, y) in enumerate(zip(ta, tb, strict=True)) if x != y]
        if len(diff) == 1:
            k = diff[0]
            x, y = ta[k], tb[k]
            if min(len(x), len(y)) >= 4 and DamerauLevenshtein.distance(x, y) == 1:
                wa, wb = a.split()[k], b.split()[k]
                if k == 0 and _both_first_names(wa, wb):
                    return None  # "Lena"/"Lina": two real names, not a typo
                return f"one-letter difference {wa}/{wb}"
    return "added middle name or double surname" if _is_extension(ta, tb) or _is_extension(tb, ta) else None


# The common Swedish spelling pairs of one first name: "Katarina"/"Catarina", "Carl"/"Karl",
# "Christina"/"Kristina", "Philip"/"Filip", "Stephan"/"Stefan", "Thomas"/"Tomas". Only these
# letter pairs are folded; any other difference keeps two names apart ("Karin"/"Carina").
_SPELLING_PAIRS = (("ch", "k"), ("c", "k"), ("ph", "f"), ("th", "t"))
_INNER_PAIRS = (("ph", "f"), ("th", "t"))


def spelling_key(first: str) -> str:
    """A folded first name with its spelling-pair letters written one way.

    >>> spelling_key("catarina") == spelling_key("katarina"), spelling_key("karin") == spelling_key("carina")
    (True, False)
    """
    for old, new in _SPELLING_PAIRS:
        if first.startswith(old):
            first = new + first[len(old) :]
            break
    for old, new in _INNER_PAIRS:
        first = first[:1] + first[1:].replace(old, new)
    return first


def _unhyphen(folded: str) -> str:
    """A hyphen inside a name is spelled as a space: the same written form for matching."""
    return " ".join(folded.replace("-", " ").split())


def _is_extension(short: list[str], long_: list[str]) -> bool:
    """``long_`` is ``short`` with names (or a hyphenated part) added between first and last."""
    short_parts = [short[0], *(p for t in short[1:] for p in t.split("-"))]
    long_parts = [long_[0], *(p for t in long_[1:] for p in t.split("-"))]
    if len(short_parts) < 2 or len(long_parts) <= len(short_parts):
        return False
    if short_parts[0] != long_parts[0] or short_parts[-1] != long_parts[-1]:
        return False
    rest = iter(long_parts[1:-1])
    # each middle token of the short form is found, in order, in the long form (an initial fits a name)
    return all(any(t == r or (len(t) == 1 and r.startswith(t)) for r in rest) for t in short_parts[1:-1])


def _both_first_names(x: str, y: str) -> bool:
    names = first_names().names
    return x in names and y in names


@dataclass(slots=True)
class _Cluster:
    members: list[_Entity]

    @property
    def affiliations(self) -> set[str]:
        return {_norm(e.affiliation) for e in self.members if e.affiliation}


def _affiliation(e: _Entity) -> str | None:
    """The folded affiliation an entity states, or None (an empty string is not stated)."""
    return _norm(e.affiliation) if e.affiliation else None


def _canonical(cluster: _Cluster) -> str:
    docs_by_form: dict[str, set[int]] = {}
    for e in cluster.members:
        docs_by_form.setdefault(e.name, set()).add(e.doc)

    def accents(s: str) -> int:
        return sum(1 for c in s if not c.isascii())

    return max(docs_by_form, key=lambda n: (len(n.split()), len(docs_by_form[n]), accents(n), n))


@dataclass(slots=True)
class _Group:
    """Occurrences of one written name (folded by ``_norm``) that are one person after exact matching."""

    entities: list[int]  # entity indices, ascending
    affiliation: str | None
    named_orgs: frozenset[str] = frozenset()  # of an unaffiliated attendee's documents


def resolve(minutes: list[Minutes]) -> ResolveReport:
    """Fill canonical_name and person_id across all documents; report every merge and why.

    The result is that of a greedy pass over every pair of occurrences in index order (exact names
    first, so that variants meet whole clusters with their affiliations), merging the later
    occurrence's cluster into the earlier one's when they agree. A pair that does not agree never
    will (documents only accumulate, affiliations never change), and all pairs between two
    same-name groups after the first are then no-ops, so only the first pair of each two groups of
    variant names is looked at, in the same order: the work grows with distinct forms, not pairs.
    """
    report = ResolveReport()
    names = [m.document.name for m in minutes]
    entities = [e for i, m in enumerate(minutes) for e in _document_entities(i, m)]
    reasons: dict[int, str] = {}  # id(entity) → why it joined
    groups = _same_name_groups(entities, reasons)
    of_entity = [0] * len(entities)
    for g, group in enumerate(groups):
        for i in group.entities:
            of_entity[i] = g
    parent = list(range(len(groups)))
    key = [group.entities[0] for group in groups]  # a cluster's key: the earlier side of each merge
    members: list[list[int]] = [[g] for g in range(len(groups))]
    docs: list[set[int]] = [{entities[i].doc for i in group.entities} for group in groups]

    def find(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for i, j in _variant_edges(entities, groups, of_entity):
        x, y = find(of_entity[i]), find(of_entity[j])
        if x == y or not docs[x].isdisjoint(docs[y]):
            continue  # two written forms in one document are two people
        why = variant_reason(entities[i].name, entities[j].name)
        aff_i, aff_j = entities[i].affiliation, entities[j].affiliation
        agreed = (
            f"same affiliation {aff_i}" if aff_i and aff_j else f"{aff_i or aff_j}, named where unaffiliated"
        )
        # every member of a cluster but its key has its reason already (set when it first joined)
        reasons.setdefault(id(entities[key[y]]), f"{why}; {agreed}")
        parent[y] = x
        members[x].extend(members[y])
        if len(docs[x]) < len(docs[y]):
            docs[x], docs[y] = docs[y], docs[x]
        docs[x] |= docs[y]
        members[y], docs[y] = [], set()
    roots = sorted((r for r in range(len(groups)) if parent[r] == r), key=key.__getitem__)
    clusters = [_Cluster([entities[i] for g in members[r] for i in groups[g].entities]) for r in roots]
    _assign(clusters, names, reasons, report)
    return report


def _same_name_groups(entities: list[_Entity], reasons: dict[int, str]) -> list[_Group]:
    """Occurrences of one written name: the first with every unknown and the first known
    affiliation, then one group per other affiliation (what pairing them in order gives)."""
    by_name: dict[str, list[int]] = {}
    for i, e in enumerate(entities):
        by_name.setdefault(_norm(e.name), []).append(i)
    groups: list[_Group] = []
    for occurrences in by_name.values():
        affs = [_affiliation(entities[i]) for i in occurrences]
        first = next((a for a in affs if a is not None), None)
        by_aff: dict[str | None, list[int]] = {}
        for i, a in zip(occurrences, affs, strict=True):
            by_aff.setdefault(first if a is None else a, []).append(i)
        for aff, idx in by_aff.items():
            named = frozenset().union(*(entities[i].named_orgs for i in idx)) if aff is None else frozenset()
            groups.append(_Group(idx, aff, named))
            for i in idx[1:]:
                reasons[id(entities[i])] = "same name"
    groups.sort(key=lambda g: g.entities[0])
    return groups


def _variant_edges(
    entities: list[_Entity], groups: list[_Group], of_entity: list[int]
) -> list[tuple[int, int]]:
    """The first pair of occurrences, in index order, of every two groups of variant names that
    could merge (same known affiliation). Only names sharing a blocking key are compared."""
    firsts: dict[str, list[int]] = {}  # written name → first occurrence in each group with an affiliation
    for group in groups:
        if group.affiliation is None and not group.named_orgs:
            continue  # an unknown affiliation agrees only with the same written name
        seen: set[str] = set()
        for i in group.entities:
            if entities[i].name not in seen:
                seen.add(entities[i].name)
                firsts.setdefault(entities[i].name, []).append(i)
    blocks: dict[tuple[object, ...], list[str]] = {}
    for name in firsts:
        for block in _blocking_keys(_fold(name)):
            blocks.setdefault(block, []).append(name)
    pairs: set[tuple[str, str]] = set()
    for block_names in blocks.values():
        for k, a in enumerate(block_names):
            for b in block_names[k + 1 :]:
                pairs.add((a, b) if a < b else (b, a))
    edges: list[tuple[int, int]] = []
    for a, b in pairs:
        why = None if _norm(a) == _norm(b) else variant_reason(a, b)
        if why is None:
            continue
        for s in firsts[a]:
            for t in firsts[b]:
                if _agree(groups[of_entity[s]], groups[of_entity[t]], why):
                    edges.append((s, t) if s < t else (t, s))
    edges.sort()
    return edges


def _agree(x: _Group, y: _Group, why: str) -> bool:
    """Two groups of variant names agree on their affiliation: the same known one; or, for a
    first-name spelling pair only ("Matthias"/"Mattias"), a known one that the other's document
    names while listing that attendee without a body (a federation's own staff in its minutes)."""
    if x.affiliation is not None and y.affiliation is not None:
        return x.affiliation == y.affiliation
    if not why.startswith("first-name spelling variant"):
        return False
    known, unknown = (x, y) if y.affiliation is None else (y, x)
    return known.affiliation is not None and known.affiliation in unknown.named_orgs


def _blocking_keys(folded: str) -> Iterator[tuple[object, ...]]:
    """Keys shared by any two folded names that ``variant_reason`` may accept."""
    yield ("fold", folded)  # accent variants
    yield ("unhyphen", _unhyphen(folded))  # "Åhman-Berg"/"Åhman Berg"
    toks = _tokens(folded)
    if not toks:
        return
    if len(toks) >= 2:  # a first name spelled with another letter of a spelling pair
        yield ("spelling", spelling_key(toks[0]), *toks[1:])
    if len(toks) >= 2:  # one letter changed, added, dropped or swapped: a shared one-deletion form
        for k, t in enumerate(toks):
            if len(t) >= 4:
                rest = (len(toks), k, *toks[:k], "|", *toks[k + 1 :])
                for d in {t, *(t[:p] + t[p + 1 :] for p in range(len(t)))}:
                    yield ("typo", d, *rest)
    parts = [toks[0], *(p for t in toks[1:] for p in t.split("-"))]
    if len(parts) >= 2:  # added names between the same first and last
        yield ("extension", parts[0], parts[-1])


def _assign(
    clusters: list[_Cluster], names: list[str], reasons: dict[int, str], report: ResolveReport
) -> None:
    used: dict[str, int] = {}
    for cluster in clusters:
        canonical = _canonical(cluster)
        slug = person_slug(canonical)
        if slug in used:
            aff = next(iter(sorted(cluster.affiliations)), "")
            slug = f"{slug}-{person_slug(aff)}" if aff and f"{slug}-{person_slug(aff)}" not in used else slug
            while slug in used:
                used[slug] += 1
                slug = f"{person_slug(canonical)}-{used[slug]}"
        used.setdefault(slug, 1)
        variants: dict[str, tuple[str, set[str]]] = {}
        for e in cluster.members:
            for h in e.holders:
                h.canonical_name, h.person_id = canonical, slug
            if _norm(e.name) != _norm(canonical):
                why = variant_reason(e.name, canonical) or reasons.get(id(e), "joined through another form")
                if why != "same name" and e.affiliation:
                    why = why if "affiliation" in why else f"{why}; same affiliation {e.affiliation}"
                variants.setdefault(e.name, (why, set()))[1].add(names[e.doc])
            for written, why in e.joined:
                entry = variants.setdefault(written, (why, set()))
                entry[1].add(names[e.doc])
        for variant, (why, docs) in variants.items():
            report.merges.append(Merge(canonical, variant, why, tuple(sorted(docs))))
