"""link.terms: the Wikidata vocabulary of registry linking (closed classes, as in govkg.vocab).

They follow govkg.vocab's closed-namespace pattern, so a typo is an AttributeError. The Wikidata
namespaces are those of the Wikidata Query Service RDF dump format; ``WD.item("Q52502")`` is the
only way this package turns a QID into an IRI, and it refuses anything that is not a QID.

>>> WD.item("Q52502").value
'http://www.wikidata.org/entity/Q52502'
"""

from __future__ import annotations

import re
from typing import Final

from pyoxigraph import NamedNode

from govkg.vocab import _Namespace

_QID = re.compile(r"^Q[1-9][0-9]{0,11}$")


def _t(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


_GEO: Final = "http://www.opengis.net/ont/geosparql#"


class GEO(_Namespace):
    NS = _GEO
    wktLiteral = _t(_GEO, "wktLiteral")


WD_NS: Final = "http://www.wikidata.org/entity/"
WDS_NS: Final = "http://www.wikidata.org/entity/statement/"
_WDT: Final = "http://www.wikidata.org/prop/direct/"
_P: Final = "http://www.wikidata.org/prop/"
_PS: Final = "http://www.wikidata.org/prop/statement/"
_PQ: Final = "http://www.wikidata.org/prop/qualifier/"


class WD(_Namespace):
    NS = WD_NS

    @staticmethod
    def item(qid: str) -> NamedNode:
        """The entity IRI of a QID; a ValueError for anything else (no user text reaches an IRI)."""
        if not _QID.match(qid):
            raise ValueError(f"not a Wikidata QID: {qid!r}")
        return NamedNode(WD_NS + qid)

    @staticmethod
    def qid(node: NamedNode) -> str | None:
        """The QID of a Wikidata entity IRI, else None."""
        tail = node.value[len(WD_NS) :] if node.value.startswith(WD_NS) else ""
        return tail if _QID.match(tail) else None


class WDT(_Namespace):
    NS = _WDT
    P1082 = _t(_WDT, "P1082")  # population
    P625 = _t(_WDT, "P625")  # coordinate location


class P(_Namespace):
    NS = _P
    P1082 = _t(_P, "P1082")


class PS(_Namespace):
    NS = _PS
    P1082 = _t(_PS, "P1082")


class PQ(_Namespace):
    NS = _PQ
    P585 = _t(_PQ, "P585")  # point in time
