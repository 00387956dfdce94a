"""rdf.iris: keys (body, date, item number, person slug, SCB code, sha256) → IRIs; the only minting place.

IRIs never come from file paths, counters of a run or random ids, so re-ingesting the same minutes
gives the same IRIs. Every instance IRI sits under one configurable base (default
``https://w3id.org/govkg/id/``, env ``GOVKG_BASE_IRI``, ``govkg build --base-iri``):

=====================  ==================================================
kind                   IRI (relative to the base)
=====================  ==================================================
meeting                ``meeting/<meeting key>``
its named graph        ``graph/<meeting key>``
document               ``document/<sha256[:16]>``
agenda item            ``item/<meeting key>/<number>``
treatment of an item   ``item/<meeting key>/<number>/treatment``
decision / follow-up   ``decision/<meeting key>/<number>/<k>``, ``action/…``
attendance             ``attendance/<meeting key>/<person slug>``
person                 ``person/<slug>``
municipality           ``kommun/<SCB code>``
other organisation     ``org/<slug of gazetteer id or name>``
membership             ``membership/<person>/<network>/<on behalf of>``
topic                  ``topic/<concept id>`` (as in ontology/topics.ttl)
annotation             ``annotation/<meeting key>/<start>-<end>-<hash>``
extraction run         ``run/<sha256[:16]>/<version>``; software ``agent/govkg/<version>``
derived edges          ``coattendance/<p1>/<p2>``, ``topic-cooccurrence/<t1>/<t2>``
dataset                ``dataset``; graphs ``graph/meta``, ``graph/derived``, ``graph/ontology``,
                       ``graph/topics``, ``graph/entities``
=====================  ==================================================

The meeting key is ``<body slug>-<date>`` (``gr-kommunchefsgrupp-2022-11``), or
``<body slug>-<sha256[:12]>`` when the meeting has no date.

>>> iris = Iris("https://example.org/id/")
>>> iris.meeting("gr-kommunchefsgrupp-2022-11").value
'https://example.org/id/meeting/gr-kommunchefsgrupp-2022-11'
>>> slug("Bengt Randén")
'bengt-randen'
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from pyoxigraph import NamedNode

from govkg.vocab import DEFAULT_BASE_IRI

_NON_SLUG = re.compile(r"[^a-z0-9.]+")
_KOMMUN_ID = re.compile(r"^kommun-(\d{4})$")


def slug(text: str) -> str:
    """ASCII slug: diacritics dropped (å→a, ö→o), runs of other characters → '-'.

    Dots survive so that item numbers such as "2.1" stay readable.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
    out = _NON_SLUG.sub("-", ascii_text).strip("-.")
    return out or "x"


_SAFE_KEY = re.compile(r"^[a-z0-9][a-z0-9._~-]*$")


def key(text: str) -> str:
    """A key that is already IRI-safe (a resolver's slug, a concept id) stays as is; others are slugged."""
    return text if _SAFE_KEY.match(text) else slug(text)


def short_hash(*parts: str, length: int = 8) -> str:
    """A short stable hash of some strings (for keys that need no meaning, only uniqueness)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def scb_code_of(org_id: str | None) -> str | None:
    """The SCB code inside a municipality's gazetteer id ``kommun-<code>``, else None."""
    if org_id is None:
        return None
    m = _KOMMUN_ID.match(org_id)
    return m.group(1) if m else None


def base_iri_from_env(default: str = DEFAULT_BASE_IRI) -> str:
    return os.environ.get("GOVKG_BASE_IRI") or default


def meeting_key(body: str | None, date: str | None, sha256: str) -> str:
    """The key of a meeting: body slug + date, or body slug + document hash without a date."""
    body_part = slug(body) if body else "meeting"
    return f"{body_part}-{date}" if date else f"{body_part}-{sha256[:12]}"


class Iris:
    """Mints every instance IRI under one base."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", base):
            raise ValueError(f"base IRI must be absolute: {base!r}")
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _n(self, path: str) -> NamedNode:
        return NamedNode(self.base + path)

    # graphs and the dataset
    def graph(self, key: str) -> NamedNode:
        return self._n(f"graph/{key}")

    @property
    def meta_graph(self) -> NamedNode:
        return self._n("graph/meta")

    @property
    def derived_graph(self) -> NamedNode:
        return self._n("graph/derived")

    @property
    def entities_graph(self) -> NamedNode:
        """The shared descriptions of persons, organisations, memberships and the software, each once."""
        return self._n("graph/entities")

    @property
    def ontology_graph(self) -> NamedNode:
        return self._n("graph/ontology")

    @property
    def topics_graph(self) -> NamedNode:
        return self._n("graph/topics")

    @property
    def dataset(self) -> NamedNode:
        return self._n("dataset")

    # meetings and their parts
    def meeting(self, key: str) -> NamedNode:
        return self._n(f"meeting/{key}")

    def document(self, sha256: str) -> NamedNode:
        return self._n(f"document/{sha256[:16]}")

    def item(self, key: str, number: str) -> NamedNode:
        return self._n(f"item/{key}/{slug(number)}")

    def treatment(self, key: str, number: str) -> NamedNode:
        return self._n(f"item/{key}/{slug(number)}/treatment")

    def decision(self, key: str, number: str, k: int) -> NamedNode:
        return self._n(f"decision/{key}/{slug(number)}/{k}")

    def action(self, key: str, number: str, k: int) -> NamedNode:
        return self._n(f"action/{key}/{slug(number)}/{k}")

    def attendance(self, key: str, person_slug: str) -> NamedNode:
        return self._n(f"attendance/{key}/{person_slug}")

    def annotation(self, key: str, start: int, end: int, *discriminators: str) -> NamedNode:
        return self._n(f"annotation/{key}/{start}-{end}-{short_hash(*discriminators)}")

    # entities
    def person(self, person_slug: str) -> NamedNode:
        return self._n(f"person/{key(person_slug)}")

    def municipality(self, scb_code: str) -> NamedNode:
        return self._n(f"kommun/{scb_code}")

    def org(self, key: str, scb_code: str | None = None) -> NamedNode:
        """An organisation: municipalities by SCB code, others by their gazetteer id (or name)."""
        code = scb_code or scb_code_of(key)
        return self.municipality(code) if code else self._n(f"org/{slug(key)}")

    def membership(self, person_slug: str, network: str, on_behalf_of: str | None) -> NamedNode:
        tail = f"/{slug(on_behalf_of)}" if on_behalf_of else ""
        return self._n(f"membership/{key(person_slug)}/{slug(network)}{tail}")

    def post(self, network: str, role: str) -> NamedNode:
        """A post in a network (the recorder's "Förbundssekreterare"), one per network and role."""
        return self._n(f"post/{slug(network)}/{slug(role)}")

    def topic(self, concept: str) -> NamedNode:
        return self._n(f"topic/{key(concept)}")

    # provenance
    def run(self, sha256: str, version: str) -> NamedNode:
        return self._n(f"run/{sha256[:16]}/{slug(version)}")

    def software(self, version: str) -> NamedNode:
        return self._n(f"agent/govkg/{slug(version)}")

    # derived
    def coattendance(self, a: str, b: str) -> NamedNode:
        return self._n(f"coattendance/{key(a)}/{key(b)}")

    def topic_cooccurrence(self, a: str, b: str) -> NamedNode:
        return self._n(f"topic-cooccurrence/{key(a)}/{key(b)}")

    def local(self, node: NamedNode, kind: str) -> str | None:
        """The key part of an IRI minted here as ``<base><kind>/<key>``, else None."""
        prefix = f"{self.base}{kind}/"
        return node.value[len(prefix) :] if node.value.startswith(prefix) else None
