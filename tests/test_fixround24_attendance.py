"""Fix round 24 (attendance): member-group lines naming the appointing body, a federation's name
after its generic head, and the indented continuation row of a two-column roll call.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.host_body import host_body
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.member_groups import member_group_body


def _parse(text: str) -> Minutes:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return parse_minutes(doc)


def _bodies(m: Minutes) -> dict[str, str | None]:
    return {a.name.text: a.affiliation_canonical for a in m.attendees}


_PROTOCOL = """PROTOKOLL
Samordningsnämnden Västra Bergslagen
Sammanträdesdatum 2025-05-12

Plats och tid           Stadshuset, Lindesberg, kl. 13.00–15.00

Beslutande              {first}
                        Anders Lindqvist (M), ordförande
                        Sara Nilsson (S)
                        {second}
                        Johan Ek (C), vice ordförande
                        Maja Berglund (S)

Övriga närvarande       Kerstin Falk, sekreterare

§ 1 Val av justerare
Johan Ek utses att justera.
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ledamöter utsedda av Region Örebro län", "Ledamöter utsedda av Lindesbergs kommun"),
        ("Ledamöter från Region Örebro län", "Ledamöter från Lindesbergs kommun"),
        ("Från Region Örebro län:", "Från Lindesbergs kommun:"),
    ],
)
def test_member_group_lines_give_their_body_to_the_members_below(first: str, second: str) -> None:
    bodies = _bodies(_parse(_PROTOCOL.format(first=first, second=second)))
    assert bodies["Anders Lindqvist"] == "Region Örebro län"
    assert bodies["Sara Nilsson"] == "Region Örebro län"
    assert bodies["Johan Ek"] == "Lindesberg"
    assert bodies["Maja Berglund"] == "Lindesberg"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Ledamöter utsedda av Region Gävleborg", "Region Gävleborg"),
        ("Ersättare utsedda av Sandvikens kommun", "Sandvikens kommun"),
        ("Ordinarie ledamöter valda av Region Kalmar län", "Region Kalmar län"),
        ("Från Hylte kommun:", "Hylte kommun"),
        ("Direktionens ledamöter", None),
        ("Ledamöter utsedda av fullmäktige", None),
    ],
)
def test_member_group_body(line: str, body: str | None) -> None:
    span = member_group_body(line)
    assert (line[span[0] : span[1]] if span else None) == body


_LETTERHEAD = """                                                     PROTOKOLL                       1 (2)
{one}                                 Sammanträdesdatum
{two}                                        2025-06-02
Förbundsdirektionen

Beslutande              Anders Lindqvist (M), ordförande, Region Dalarna
                        Johan Ek (C), Malung-Sälens kommun

Övriga närvarande       Kerstin Falk, förbundschef

§ 1 Val av justerare
Johan Ek utses att justera.
"""


@pytest.mark.parametrize(
    ("one", "two", "name"),
    [
        (
            "Kommunalförbundet Vård och",
            "stöd i Västra Dalarna",
            "Kommunalförbundet Vård och stöd i Västra Dalarna",
        ),
        ("Kommunalförbundet Avfall i", "Norra Fjällen", "Kommunalförbundet Avfall i Norra Fjällen"),
        ("Kommunalförbundet Räddning Mitt", "", "Kommunalförbundet Räddning Mitt"),
    ],
)
def test_a_federation_name_after_its_generic_head_is_the_host(one: str, two: str, name: str) -> None:
    m = _parse(_LETTERHEAD.format(one=one, two=two))
    host = host_body(m, Gazetteer.load())
    assert host is not None and host[0] == name


_TABLE = """MINNESANTECKNINGAR
Regional samverkansgrupp för avfall i Västmanlands län

Datum: 2025-04-10

Deltagare
Västerås stad        Henrik Sjögren, avfallschef
                     Lovisa Dahl, miljöstrateg
Köpings kommun       Maria Ström, teknisk chef
Region Västmanland   Per Ekholm, samordnare

1. Inledning
Mötet öppnades.
"""


def test_a_continuation_row_is_a_person_of_the_row_body_not_a_label() -> None:
    bodies = _bodies(_parse(_TABLE))
    assert list(bodies) == ["Henrik Sjögren", "Lovisa Dahl", "Maria Ström", "Per Ekholm"]
    assert bodies["Henrik Sjögren"] == bodies["Lovisa Dahl"] == "Västerås"
    assert bodies["Maria Ström"] == "Köping"


_SUBSTITUTE = """PROTOKOLL
Samordningsnämnden Västra Bergslagen
Sammanträdesdatum 2025-05-12

Beslutande              Ledamöter utsedda av Lindesbergs kommun
                        Johan Ek (C), vice ordförande
                        Maja Berglund (S), tjänstgörande ersättare för Lars Öst (M)

Övriga närvarande       Kerstin Falk, sekreterare
                        Maria Lund, kommunpolis, {agency}

§ 1 Val av justerare
Johan Ek utses att justera.
"""


def test_a_trailing_party_code_after_a_substitute_phrase_is_no_body() -> None:
    bodies = _bodies(_parse(_SUBSTITUTE.format(agency="Polisen Bergslagen")))
    assert bodies["Maja Berglund"] == "Lindesberg"


@pytest.mark.parametrize(
    ("agency", "canonical"),
    [
        ("Polisen Bergslagen", "Polismyndigheten"),
        ("Polisen region Nord", "Polismyndigheten"),
        ("Skatteverket Luleå", "Skatteverket"),
        ("Fjällkraft Energi", "Fjällkraft Energi"),  # no known agency at its head: kept as written
    ],
)
def test_a_national_agency_with_its_area_is_the_agency(agency: str, canonical: str) -> None:
    m = _parse(_SUBSTITUTE.format(agency=agency))
    lund = next(a for a in m.attendees if a.name.text == "Maria Lund")
    assert lund.affiliation is not None and lund.affiliation.text == agency
    assert lund.affiliation_canonical == canonical
