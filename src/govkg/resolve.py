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
  name, or with one first name spelled two ways and the same surname: "Kristoffer"/"Kristofer",
  "Ann-Sofi"/"Ann Sofi"), no cluster bridges two known affiliations, and they never stand side by
  side in one document (two forms in one document are two people).

The canonical form is the fullest (most tokens), then the one written in most documents, then
the accented one.

>>> from govkg.resolve import person_slug
>>> person_slug("Maria Kosterlind Reinholdsson")
'maria-kosterlind-reinholdsson'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govkg.model import Minutes
from govkg.resolve_entities import Holder as Holder
from govkg.resolve_entities import _document_entities as _document_entities
from govkg.resolve_entities import _Entity
from govkg.resolve_names import _blocking_keys as _blocking_keys
from govkg.resolve_names import _fold as _fold
from govkg.resolve_names import _norm as _norm
from govkg.resolve_names import hyphenated_first_name_only, one_first_name, person_slug, variant_reason
from govkg.resolve_names import spelling_key as spelling_key

__all__ = ["Merge", "ResolveReport", "person_slug", "resolve"]


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
    affs: list[set[str]] = [{group.affiliation} if group.affiliation else set() for group in groups]

    def find(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for i, j in _variant_edges(entities, groups, of_entity):
        x, y = find(of_entity[i]), find(of_entity[j])
        if x == y or not docs[x].isdisjoint(docs[y]):
            continue  # two written forms in one document are two people
        if affs[x] and affs[y] and affs[x] != affs[y]:
            continue  # an unaffiliated form never bridges two bodies
        why = variant_reason(entities[i].name, entities[j].name)
        # the body of the pair, or of the one side that names it (the spec of the every-pair pass;
        # "unaffiliated" in the reason also fooled _assign's check for a stated affiliation)
        agreed = f"same affiliation {entities[i].affiliation or entities[j].affiliation}"
        # every member of a cluster but its key has its reason already (set when it first joined)
        reasons.setdefault(id(entities[key[y]]), f"{why}; {agreed}")
        parent[y] = x
        members[x].extend(members[y])
        if len(docs[x]) < len(docs[y]):
            docs[x], docs[y] = docs[y], docs[x]
        docs[x] |= docs[y]
        affs[x] |= affs[y]
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
                if _agree(groups[of_entity[s]], groups[of_entity[t]], why, a, b):
                    edges.append((s, t) if s < t else (t, s))
    edges.sort()
    return edges


def _agree(x: _Group, y: _Group, why: str, a: str, b: str) -> bool:
    """Two groups of variant names agree on their affiliation: the same known one; or, for one
    first name spelled two ways with the same surname ("Matthias"/"Mattias", "Kristoffer"/"Kristofer",
    "Ann-Sofi"/"Ann Sofi"), a known one and an unknown one, as one written name would (an unknown
    body agrees with any); or, for another first-name spelling pair, a known one that the other's
    document names while listing that attendee without a body (a federation's own staff)."""
    if x.affiliation is not None and y.affiliation is not None:
        return x.affiliation == y.affiliation
    if x.affiliation is None and y.affiliation is None:
        return False
    if why == "hyphen variant" and hyphenated_first_name_only(a, b):
        return True
    if not why.startswith("first-name spelling variant"):
        return False
    if one_first_name(a.split()[0], b.split()[0]):
        return True
    known, unknown = (x, y) if y.affiliation is None else (y, x)
    return known.affiliation is not None and known.affiliation in unknown.named_orgs


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
