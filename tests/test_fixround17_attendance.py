"""Fix round 17 (attendance, recorders): a first-name e-mail sign-off over the full signature, a
protocol's signature cells in pdftotext order, "Gäst under punkt 3:" labels and notes in a table's
organisation cell.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

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


def _parse(text: str, name: str = "t.txt") -> Minutes:
    return parse_minutes(_doc(text, name))


def _present(m: Minutes) -> list[str]:
    return [a.name.text for a in m.present]


def _attendee(m: Minutes, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in [*m.present, *m.absent] if a.name.text == name)


_MAIL = """Från: Rut Vallin <rut.vallin@vastkustnatet.se>
Skickat: den 4 mars 2025 09:10
Till: Kulturchefsnätverket
Ämne: Anteckningar kulturchefer 3/3

Hej!

Närvarande: Ola Bergkvist (Kungsbacka), Tove Ahlin (Varberg) och jag.
{guest}Förhinder: Lars Ytter (Falkenberg)

1. Bibliotek
Ola berättade om läsfrämjande.

2. Övrigt
Inget.

{closing}
"""

_SIGNOFFS = [
    "Vänliga hälsningar\nRut\n\nRut Vallin\nSamordnare kultur\nVästkustnätet\nStorgatan 1, 432 00 Varberg",
    "Hälsningar\nRut\nRut Vallin\nSamordnare",
    "Med vänlig hälsning\nRut Vallin\nSamordnare",
]


@pytest.mark.parametrize("closing", _SIGNOFFS)
def test_mail_signer_past_a_first_name_signoff_is_the_recorder_and_och_jag(closing: str) -> None:
    m = _parse(_MAIL.format(guest="", closing=closing))
    assert m.recorded_by is not None and m.recorded_by.name.text == "Rut Vallin"
    assert "Rut Vallin" in _present(m)


def test_a_lone_first_name_with_no_full_signature_is_no_signer() -> None:
    m = _parse(_MAIL.format(guest="", closing="Hälsningar\nRut\n\nSkickat från min telefon"))
    assert m.recorded_by is None


_PROTOCOL = """PROTOKOLL
Styrelsen för Norrbottens vattenförbund
Sammanträdesdatum 2024-11-07

Beslutande
Ingrid Palo (S), Luleå, ordförande
Håkan Rova (M), Piteå

Övriga närvarande
Sofia Kemi, förbundsjurist

Underskrifter
Sekreterare
{cells}Sofia Kemi
Ordförande
Ingrid Palo

§ 12 Budget 2025
Styrelsen beslutar att fastställa budgeten.
"""


@pytest.mark.parametrize("cells", ["Paragrafer\n§§ 12–18\n", "Paragraf\n§ 12\n", ""])
def test_protocol_signature_cells_between_the_cue_and_the_name(cells: str) -> None:
    m = _parse(_PROTOCOL.format(cells=cells))
    assert m.recorded_by is not None and m.recorded_by.name.text == "Sofia Kemi"


@pytest.mark.parametrize(
    "guest",
    [
        "Gäst under punkt 2: Nils Fjäll, Region Halland\n",
        "Gäster under punkt 1–2: Nils Fjäll, Region Halland\n",
        "Gäst vid § 2: Nils Fjäll (Region Halland)\n",
    ],
)
def test_guest_label_with_an_items_phrase_is_a_roll_call_of_its_own(guest: str) -> None:
    m = _parse(_MAIL.format(guest=guest, closing="Hälsningar\nRut Vallin"))
    assert "Nils Fjäll" in _present(m)
    # the line above is a list of its own: the guest label is not glued onto its last entry
    tove = _attendee(m, "Tove Ahlin")
    assert "Gäst" not in (tove.role.text if tove.role else "")
    assert [a.name.text for a in m.absent] == ["Lars Ytter"]


def test_guest_label_after_a_long_absence_line_is_not_glued_onto_it() -> None:
    text = _MAIL.format(guest="", closing="Hälsningar\nRut Vallin").replace(
        "Förhinder: Lars Ytter (Falkenberg)\n",
        "Förhinder: Lars Ytter (Falkenberg), Maja Sand (Laholm), Per Åkerlund (Hylte)\n"
        "Gäst under punkt 2: Nils Fjäll, Region Halland\n",
    )
    m = _parse(text)
    assert "Nils Fjäll" in _present(m)
    per = _attendee(m, "Per Åkerlund")
    assert per.role is None or "Gäst" not in per.role.text


_TABLE = """Minnesanteckningar, nätverket för skolchefer i Kalmar län

Datum: 2024-09-12

Närvarande

Namn\tOrganisation
Eva Tallberg\tKalmar kommun
Rolf Ask\tNybro kommun (ersätter Gun Vik)
Ali Demir\tRegion Kalmar län (punkt 2)
Lena Holt\tBorgholms kommun (digitalt)
Stig Moberg\tSkolverket (SKV)

1. Inledning
Eva hälsade välkomna.

2. Elevhälsa
Ali berättade.
"""


@pytest.mark.parametrize(
    ("name", "affiliation", "note"),
    [
        ("Eva Tallberg", "Kalmar kommun", None),
        ("Rolf Ask", "Nybro kommun", "ersätter Gun Vik"),
        ("Ali Demir", "Region Kalmar län", "punkt 2"),
        ("Lena Holt", "Borgholms kommun", "digitalt"),
        ("Stig Moberg", "Skolverket (SKV)", None),  # a short form stays with its body
    ],
)
def test_a_note_in_the_organisation_cell_is_no_part_of_the_affiliation(
    name: str, affiliation: str, note: str | None
) -> None:
    a = _attendee(_parse(_TABLE), name)
    assert a.affiliation is not None and a.affiliation.text == affiliation
    assert (a.note.text if a.note else None) == note


def test_items_attended_from_the_organisation_cell() -> None:
    m = _parse(_TABLE)
    assert _attendee(m, "Ali Demir").items_attended == [2]
    assert _attendee(m, "Lena Holt").remote


@pytest.mark.parametrize("function", ["ordf.", "ordförande", "sekreterare"])
def test_body_and_meeting_function_in_one_bracket(function: str) -> None:
    text = _MAIL.format(guest="", closing="Hälsningar\nRut Vallin").replace(
        "Tove Ahlin (Varberg)", f"Tove Ahlin (Varberg, {function})"
    )
    tove = _attendee(_parse(text), "Tove Ahlin")
    assert tove.affiliation is not None and tove.affiliation.text == "Varberg"
    assert tove.role is not None and tove.role.text == function


@pytest.mark.parametrize(
    ("entry", "role", "body"),
    [
        ("Tove Ahlin, strateg Kustsamverkan", "strateg", "Kustsamverkan"),
        ("Tove Ahlin, verksamhetschef Halmstads Hamn", "verksamhetschef", "Halmstads Hamn"),
    ],
)
def test_role_then_unknown_body_without_a_comma(entry: str, role: str, body: str) -> None:
    text = (
        "Anteckningar\n\nDatum: 2024-05-02\n\n"
        f"Närvarande:\nOla Bergkvist, Kungsbacka\n{entry}\n\n1. Start\nText.\n"
    )
    tove = _attendee(_parse(text), "Tove Ahlin")
    assert tove.role is not None and tove.role.text == role
    assert tove.affiliation is not None and tove.affiliation.text == body
