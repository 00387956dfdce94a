"""rdf.orgs: registry facts about an organisation (gazetteer id or name → OrgInfo) and its class per kind.

The mapping takes registry facts through ``OrgLookup``, a plain callable, so it does not depend on how
the gazetteer is stored. ``fallback_info`` covers what the model alone says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pyoxigraph import NamedNode

from govkg.rdf.iris import scb_code_of, slug
from govkg.vocab import GK, ORG


@dataclass(frozen=True, slots=True)
class OrgInfo:
    """What a registry knows of one organisation.

    ``iri_key`` is the gazetteer id (``kommun-1440``, ``gr``, ``msb``); municipalities carry
    ``scb_code``, and their IRI is minted from it.
    """

    iri_key: str
    label: str
    kind: str  # municipality | county_administrative_board | region | national_agency | ...
    scb_code: str | None = None
    alt_labels: tuple[str, ...] = field(default_factory=tuple)
    parent: str | None = None  # iri_key of the organisation this one is a unit of
    linked: bool = True


OrgLookup = Callable[[str], "OrgInfo | None"]
"""Gazetteer id or name → OrgInfo, or None when the registry does not know it."""


def no_registry(_key: str) -> OrgInfo | None:
    """An OrgLookup that knows nothing (the mapping then relies on the model's own fields)."""
    return None


KIND_CLASSES: dict[str, NamedNode] = {
    "municipality": GK.Municipality,
    "county_administrative_board": GK.CountyAdministrativeBoard,
    "region": GK.Region,
    "national_agency": GK.NationalAgency,
    "association": GK.Association,
    "municipal_federation": GK.MunicipalFederation,
    "company": GK.Company,
    "network": GK.Network,
    "programme": GK.Programme,
    "other": GK.OtherOrganization,
}
_INFORMAL = {"network", "programme", "other"}


def classes_of(kind: str) -> tuple[NamedNode, NamedNode]:
    """The kind's own class and the ORG class it specialises (asserted both: the store does no reasoning)."""
    cls = KIND_CLASSES.get(kind, GK.OtherOrganization)
    base = ORG.Organization if kind not in KIND_CLASSES or kind in _INFORMAL else ORG.FormalOrganization
    return cls, base


def fallback_info(org_id: str | None, label: str, kind: str | None, *, linked: bool) -> OrgInfo:
    """OrgInfo from the model alone: a ``kommun-<code>`` id is a municipality with that SCB code."""
    code = scb_code_of(org_id)
    if code:
        return OrgInfo(org_id or label, label, "municipality", scb_code=code, linked=linked)
    return OrgInfo(org_id or slug(label), label, kind or "other", linked=linked)


def resolve_org(
    lookup: OrgLookup, org_id: str | None, label: str, kind: str | None, scb_code: str | None = None
) -> OrgInfo:
    """Registry facts for an organisation named in the minutes, falling back on the model's fields."""
    for key in (org_id, label):
        if key:
            info = lookup(key)
            if info is not None:
                return info
    if scb_code:
        return OrgInfo(f"kommun-{scb_code}", label, "municipality", scb_code=scb_code, linked=True)
    return fallback_info(org_id, label, kind, linked=org_id is not None)


def gazetteer_lookup() -> OrgLookup:
    """An OrgLookup over the shipped gazetteer (ids ``kommun-<code>``, organisation ids, written forms)."""
    from govkg.gazetteer import Gazetteer, Municipality, Organisation

    gaz = Gazetteer.load()

    def info(entry: object) -> OrgInfo | None:
        if isinstance(entry, Municipality):
            return OrgInfo(
                f"kommun-{entry.scb_code}",
                entry.name,
                "municipality",
                entry.scb_code,
                alt_labels=tuple(f for f in entry.forms if f != entry.name)[:8],
            )
        if isinstance(entry, Organisation):
            return OrgInfo(entry.id, entry.name, entry.kind, alt_labels=entry.forms[:8], parent=entry.parent)
        return None

    def lookup(key: str) -> OrgInfo | None:
        code = scb_code_of(key)
        if code is not None:
            return info(gaz.municipality_by_code(code))
        return info(gaz.organisation(key)) or info(gaz.lookup(key))

    return lookup
