"""export.public: a projection with person names → the same graph with pseudonyms (``--public``).

The minutes themselves discuss hiding names when the security situation worsens. In the public mode
every person node gets

* an id ``urn:govkg:person:<16 hex>``: a keyed HMAC-SHA256 of the person's IRI, so the same person
  has the same id from one export to the next (and across formats) while the id reveals nothing
  without the key;
* a label "role, municipality #abcd" (role from the attendance lists, else "representative").

Every other string in the graph (labels, quotes, attributes of any node or edge) is scrubbed of
every name and name part the store knows for any person (``foaf:name`` and ``skos:altLabel``, with
and without diacritics), so no person name is left in attributes, source sentences or IRIs.

The key, strongest first: ``--salt`` on the command line, the environment variable
``GOVKG_PUBLIC_SALT``, or the file ``govkg-public.key`` in the store directory, created with 32
random bytes on first use. Keep that file with the store (and out of what you publish): whoever
holds it can test a guessed name against a pseudonym; a new key gives every person a new id.

>>> pseudonym(b"k", "https://w3id.org/govkg/id/person/anna-exempel")
'urn:govkg:person:4cca44d2f4a61499'
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from govkg.errors import ExportError
from govkg.rdf.iris import slug

KEY_FILE = "govkg-public.key"
ENV_SALT = "GOVKG_PUBLIC_SALT"
PSEUDONYM_PREFIX = "urn:govkg:person:"
REDACTED = "[person]"
DEFAULT_ROLE = "representative"
_MIN_TOKEN = 3  # shorter name parts ("L" in "Helena L Nilsson") are initials, not names


def load_key(store_dir: Path | None, salt: str | None = None) -> bytes:
    """The HMAC key: ``salt``, else $GOVKG_PUBLIC_SALT, else the store's key file (made when missing)."""
    if salt:
        return salt.encode("utf-8")
    if env := os.environ.get(ENV_SALT):
        return env.encode("utf-8")
    if store_dir is None:
        raise ExportError(
            f"the public mode needs a key: pass --salt, set {ENV_SALT}, or use an on-disk store"
        )
    path = store_dir / KEY_FILE
    try:
        if not path.exists():
            path.write_text(secrets.token_hex(32) + "\n", encoding="ascii")
            path.chmod(0o600)
        return path.read_text(encoding="ascii").strip().encode("ascii")
    except OSError as exc:
        raise ExportError(f"cannot read or create the pseudonym key {path}: {exc}") from exc


def pseudonym(key: bytes, iri: str) -> str:
    """The stable public id of a person IRI under ``key``."""
    digest = hmac.new(key, iri.encode("utf-8"), hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:16]


_RUN = re.compile(re.escape(REDACTED) + r"(?:[\s-]+" + re.escape(REDACTED) + ")+")


def _unaccented(text: str) -> str:
    """ "Randén" → "Randen": minutes and registries spell names with and without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Redactor:
    """Replaces known person names (whole, or any part, with or without diacritics) in text."""

    def __init__(self, names: Iterable[str], keep: Iterable[str] = ()) -> None:
        kept = {w.casefold() for text in keep for w in re.split(r"[\s,/()]+", text) if w}
        forms: set[str] = set()
        for name in names:
            name = " ".join(name.split())
            if not name:
                continue
            forms.update({name, _unaccented(name), slug(name)})
            for part in name.split():
                for token in {part, *part.split("-")}:
                    if len(token) >= _MIN_TOKEN and token.casefold() not in kept:
                        forms.update({token, _unaccented(token), slug(token)})
        ordered = sorted((f for f in forms if f), key=lambda f: (-len(f), f))
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)
            if ordered
            else None
        )

    def text(self, value: str) -> str:
        if self.pattern is None:
            return value
        return _RUN.sub(REDACTED, self.pattern.sub(REDACTED, value))

    def value(self, value: Any) -> Any:
        """Scrub a string, or every string inside lists, tuples and dicts."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list | tuple):
            return type(value)(self.value(v) for v in value)
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value


def public_label(attrs: dict[str, Any], pid: str) -> str:
    role = attrs.get("role") or DEFAULT_ROLE
    where = attrs.get("municipality") or "unknown organisation"
    return f"{role}, {where} #{pid[len(PSEUDONYM_PREFIX) : len(PSEUDONYM_PREFIX) + 4]}"


def public_graph(g: nx.Graph, key: bytes, names: Iterable[str]) -> nx.Graph:
    """A copy of ``g`` with person nodes pseudonymised and every name scrubbed from every string."""
    keep = [str(d.get("label", "")) for _n, d in g.nodes(data=True) if d.get("kind") != "person"]
    redactor = Redactor(names, keep=keep)
    ids: dict[Any, str] = {}
    h = g.__class__()
    h.graph.update(redactor.value(dict(g.graph)))
    for n, data in g.nodes(data=True):
        attrs = {k: redactor.value(v) for k, v in data.items()}
        if data.get("kind") == "person":
            ids[n] = pid = pseudonym(key, str(data.get("iri") or n))
            attrs["iri"] = pid
            attrs["label"] = redactor.text(public_label(attrs, pid))
        else:
            ids[n] = redactor.text(str(n))
        h.add_node(ids[n], **attrs)
    for a, b, data in g.edges(data=True):
        h.add_edge(ids[a], ids[b], **{k: redactor.value(v) for k, v in data.items()})
    return h
