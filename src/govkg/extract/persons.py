"""extract.persons: item text + known attendees → person mentions (names in running text).

A person name is 2–4 capitalised tokens ("Helena L Nilsson", "Ann-Sofi Lodin", "Maria Kosterlind
Reinholdsson") whose first token is a first name of the lexicon (``data/first_names.txt``) or
which is the name of a known attendee. A single first name ("Eva") is a short form when it
fits exactly one person named in the item or known to the document. Affiliation and role come
from the text only: the comma apposition after a name ("X, SKR, leder"), a genitive organisation
before a group ("Göteborgsregionens dataskyddsombud A och B"), or the organisation that the
sentence before a "Medverkar gör A, B samt C" names.

>>> [p.name.text for p in find_persons("Anna Berg, Region Halland, informerar.")]
['Anna Berg']
"""

from __future__ import annotations

from collections.abc import Sequence

from govkg.extract._person_text import _fold
from govkg.extract.person_context import _Scanner
from govkg.extract.person_names import KnownPerson, OrgCanonical
from govkg.model import PersonMention, Quote, Span

__all__ = ["KnownPerson", "OrgCanonical", "find_persons"]


def find_persons(
    text: str,
    offset: int = 0,
    *,
    known: Sequence[KnownPerson] = (),
    org_canonical: OrgCanonical | None = None,
) -> list[PersonMention]:
    """Persons named in ``text`` (one item), first occurrence of each, spans shifted by ``offset``.

    ``known`` are the document's attendees (and persons named in earlier items); they let a
    short form ("Eva") resolve and names outside the lexicon be found. ``org_canonical`` maps an
    organisation as written to its canonical name (for example the gazetteer's lookup).

    >>> ms = find_persons("Eva Hessman, Göteborg, informerar. Eva rapporterar.",
    ...                   known=[KnownPerson("Eva Hessman", "Göteborg")])
    >>> [(m.name.text, m.affiliation_canonical, m.role_in_item) for m in ms]
    [('Eva Hessman', 'Göteborg', 'informerar')]
    """
    scanner = _Scanner(text, known, org_canonical)
    full = scanner.full_names()
    short = scanner.short_forms(full)
    everyone = sorted([*full, *short], key=lambda f: f.start)
    scanner.context(everyone)
    seen: set[str] = set()
    out: list[PersonMention] = []
    for f in everyone:
        key = _fold(f.canonical)
        if key in seen:
            continue
        seen.add(key)
        aff = None
        aff_canonical = None
        if f.affiliation is not None:
            surface, a, b = f.affiliation
            aff = Quote(surface, Span(offset + a, offset + b))
            aff_canonical = scanner.canonical_org(surface)
        out.append(
            PersonMention(
                name=Quote(f.name, Span(offset + f.start, offset + f.end)),
                affiliation=aff,
                affiliation_canonical=aff_canonical,
                role_in_item=f.role,
                canonical_name=f.canonical,
            )
        )
    return out
