"""Fix round 21 (attendance): a protocol's signature block with the paragraph range beside or under the
secretary's label, a substitute note before a pdftotext column gap, and a federation's letterhead
written as "<Place>s <service>" as the host of its staff.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _doc(text: str, name: str = "t.txt") -> Document:
    return Document(
        path=name,
        name="t",
        filename=name,
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


def _parse(text: str) -> Minutes:
    return parse_minutes(_doc(text))


# ---- 1. the paragraph range beside or under "Sekreterare": the name below is the recorder

_PROTOCOL_HEAD = (
    "PROTOKOLL\n"
    "Sammanträdesdatum 2031-02-11\n"
    "Styrelsen, Mälarhamnarnas samordningsförbund\n\n"
    "Plats och tid        Stadshuset, Västerås, kl. 09.00–11.30\n"
    "Beslutande           Gunnar Lindqvist (S), ordförande, Västerås\n"
    "                     Maria Öhman (M), Köping\n"
    "Utses att justera    Maria Öhman\n\n"
    "Underskrifter\n"
)
_PROTOCOL_BODY = (
    "\n§ 12 Val av justerare\nMaria Öhman utsågs att justera.\n\n"
    "§ 13 Budget\nStyrelsen beslutar att godkänna budgeten.\n"
)
_RULE = "………………………………………"


@pytest.mark.parametrize(
    "block",
    [
        "Sekreterare\nParagrafer 12–19\nOlle Wiklander\nOrdförande\nGunnar Lindqvist\n",
        "Sekreterare\nParagrafer §§ 12–19\nOlle Wiklander\nOrdförande\nGunnar Lindqvist\n",
        "Sekreterare\nParagrafer\n§§ 12–19\nOlle Wiklander\nOrdförande\nGunnar Lindqvist\n",
        f"Sekreterare      Paragrafer 12–19\n                 {_RULE}\n                 Olle Wiklander\n"
        f"Ordförande\n                 {_RULE}\n                 Gunnar Lindqvist\n",
        "Sekreterare      Paragrafer §§ 12–19\n\n                 Olle Wiklander\n"
        "Ordförande\n\n                 Gunnar Lindqvist\n",
    ],
)
def test_the_name_under_the_paragraph_cell_is_the_recorder(block: str) -> None:
    m = _parse(_PROTOCOL_HEAD + block + _PROTOCOL_BODY)
    assert m.recorded_by is not None
    assert m.recorded_by.name.text == "Olle Wiklander"


def test_a_paragraph_cell_is_never_taken_for_a_name() -> None:
    block = "Sekreterare\nParagrafer 12–19\n\nOrdförande\nGunnar Lindqvist\n"
    m = _parse(_PROTOCOL_HEAD + block + _PROTOCOL_BODY)
    assert m.recorded_by is None or "Paragraf" not in m.recorded_by.name.text


# ---- 2. "X, ersättare för Y<gap>Body": the replaced member's name ends at the column gap

_LAYOUT_ROLL = """MINNESANTECKNINGAR
Datum 2031-09-02
Regional samverkansgrupp för folkhälsa

Närvarande
Tove Renström, ordförande                         Region Gävleborg
Håkan Lindgren, ersättare för Sofia Ahlberg       Ockelbo kommun
Nils Brandt                                       Hofors kommun
{absent}
1. Inledning
Tove hälsade välkommen.

2. Uppföljning
Gruppen diskuterade läget.
"""


@pytest.mark.parametrize(
    "absent",
    ["", "\nEj närvarande\nSofia Ahlberg                                     Ockelbo kommun\n"],
)
def test_the_replaced_member_stops_at_the_column_gap(absent: str) -> None:
    m = _parse(_LAYOUT_ROLL.format(absent=absent))
    assert [a.name.text for a in m.present] == ["Tove Renström", "Håkan Lindgren", "Nils Brandt"]
    assert [(a.name.text, a.affiliation_canonical) for a in m.absent] == [("Sofia Ahlberg", "Ockelbo")]
    substitute = m.present[1]
    assert substitute.affiliation_canonical == "Ockelbo"


# ---- 3. "<Place>s Räddningstjänst" over the organ: the host of the staff listed without a body

_FEDERATION_PROTOCOL = """{head}                   PROTOKOLL                1 (3)
                                                   Sammanträdesdatum
{organ}                                  2031-06-12

Plats och tid           Räddningsstationen i Ludvika, kl. 09.00–11.00

Beslutande              Göran Wessel (S), Ludvika, ordförande
                        Annika Roos (M), Smedjebacken

Övriga deltagande       Sven Almqvist, räddningschef
                        Lena Hjort, förbundssekreterare

Utses att justera       Annika Roos (M)

§ 14 Val av justerare
Annika Roos utsågs att justera.

§ 15 Budget
Förbundsstyrelsen beslutar att godkänna budgeten.
"""


def _affiliations(head: str, organ: str = "Förbundsstyrelsen") -> list[tuple[str, str | None]]:
    m = extract_mentions(_parse(_FEDERATION_PROTOCOL.format(head=head, organ=organ)))
    return [(a.name.text, a.affiliation_canonical) for a in m.present]


@pytest.mark.parametrize(
    ("head", "host"),
    [
        ("Dalabergens Räddningstjänst", "Dalabergens Räddningstjänst"),
        ("DALABERGENS RÄDDNINGSTJÄNST", "Dalabergens Räddningstjänst"),
        ("Västerdalarnas Renhållning", "Västerdalarnas Renhållning"),
    ],
)
def test_a_service_letterhead_hosts_the_staff(head: str, host: str) -> None:
    assert _affiliations(head) == [
        ("Göran Wessel", "Ludvika"),
        ("Annika Roos", "Smedjebacken"),
        ("Sven Almqvist", host),
        ("Lena Hjort", host),
    ]


@pytest.mark.parametrize(
    ("head", "organ"),
    [
        ("Ludvika kommun", "Förbundsstyrelsen"),  # a municipality's letterhead hosts nobody
        ("Dalabergens Räddningstjänst", "Sammanträde"),  # no organ: the service may be a title's topic
    ],
)
def test_no_host_without_the_letterhead_shape_and_its_organ(head: str, organ: str) -> None:
    staff = _affiliations(head, organ)[2:]
    assert staff == [("Sven Almqvist", None), ("Lena Hjort", None)]
