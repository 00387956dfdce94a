"""Fix round 21 (organisations): a protocol's own organ named bare in its items is the meeting body
(GOLD_CONVENTIONS §1); areas, forms of education, generic plurals and laws are no bodies; a compound
organ keeps its "för … i X län" complement; a network named by its members' initials has no others.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.organisations import find_organisations
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _minutes(text: str) -> Minutes:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return extract_mentions(parse_minutes(doc))


_PROTOCOL = """Tallåsens Vattenförbund                    PROTOKOLL
{organ}                                  2031-02-12

Plats och tid           Förbundshuset, Tallås, kl. 09.00–11.00

Beslutande              Oskar Lindqvist (S), Tallås, ordförande
                        Maja Fors (M), Granvik

§ 1 Budget 2032

{noun} beslutar att anta budgeten.

§ 2 Revision

Revisorerna lämnar sin rapport till {lower}. {noun}s beslut dröjer.
"""


def _self_surfaces(m: Minutes) -> list[list[str]]:
    return [
        sorted(
            q.text
            for o in i.organisations_mentioned
            for q in (o.surface, *o.other_surfaces)
            if "direktion" in o.canonical or "förbundsstyrelse" in o.canonical
        )
        for i in m.items
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("organ", "noun", "canonical"),
    [
        ("Direktionen", "Direktionen", "Tallåsens Vattenförbunds direktion"),
        # (the gazetteer knows "Förbundsstyrelsen" as a default federation's board: only the surfaces)
        ("Förbundsstyrelsen", "Förbundsstyrelsen", None),
    ],
)
def test_the_protocols_organ_named_bare_is_the_meeting_body(
    organ: str, noun: str, canonical: str | None
) -> None:
    text = _PROTOCOL.format(organ=organ, noun=noun, lower=noun.lower())
    m = _minutes(text)
    assert _self_surfaces(m) == [[noun], sorted([noun.lower(), noun + "s"])]
    assert canonical is None or canonical in {o.canonical for i in m.items for o in i.organisations_mentioned}


def test_a_bare_organ_noun_outside_its_own_protocol_is_generic() -> None:
    text = _PROTOCOL.format(organ="Nätverksmöte", noun="Direktionen", lower="direktionen")
    assert _self_surfaces(_minutes(text)) == [[], []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arbetsgivarna i KLM-området och YH-utbildningarna växer.", []),
        ("Frågan tas upp med länsstyrelserna i höst.", []),
        ("Förstudien redovisas för kommunstyrelsernas presidier.", []),
        ("Planen följer LSO 2030–2033 och LVU.", []),
        (
            "Rapporten kommer från samverkansrådet för vuxenutbildningen i Gävleborgs län i mars.",
            ["samverkansrådet för vuxenutbildningen i Gävleborgs län"],
        ),
        ("Det nya HR-nätverket startar.", ["HR-nätverket"]),
    ],
)
def test_things_named_like_bodies_are_not_bodies(text: str, expected: list[str]) -> None:
    assert [o.surface.text for o in find_organisations(text)] == expected


_INITIALS_NETWORK = """Kommundirektörsgruppen ÅTL
Minnesanteckningar 2031-03-04

Närvarande:
Per Alm, kommundirektör, Åmål
Sara Borg, kommundirektör, Tanum
Ola Dahl, kommundirektör, Lysekil

1. Pendling

Pendlingen mellan Tanum och Uddevalla ökar.
"""


def test_a_network_named_by_its_members_initials_has_no_other_members() -> None:
    m = _minutes(_INITIALS_NETWORK)
    assert [x.name for x in m.items[0].municipalities_mentioned] == ["Tanum"]
