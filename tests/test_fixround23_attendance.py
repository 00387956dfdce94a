"""Fix round 23 (attendance): a signature row with the rule and the paragraph cell on one line, a body
inside a middle comma part, the host for staff listed without a body, a longer body name over an alias
inside it, and a "body, unit" group label.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Attendee, Document, Minutes
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


def _by_name(m: Minutes) -> dict[str, Attendee]:
    return {a.name.text: a for a in m.attendees}


# ---- 1. "Sekreterare ……… Paragrafer §§ 4–9" with the name on the next line


@pytest.mark.parametrize(
    "row",
    [
        "Sekreterare ……………………… Paragrafer §§ 4–9",
        "Sekreterare ............ Paragrafer 4–9",
        "Sekreterare ____________ §§ 4-9",
    ],
)
def test_a_signature_row_with_rule_and_paragraphs_has_the_name_below(row: str) -> None:
    text = (
        "Protokoll\n\nBeslutande\nKarin Ek (S), Habo kommun, ordförande\nUno Ås (M), Mullsjö kommun\n\n"
        f"Underskrifter\n{row}\nGreta Vinter\n\nOrdförande ………………………\nKarin Ek\n\n"
        "§ 4 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    )
    rec = _parse(text).recorded_by
    assert rec is not None
    assert rec.name.text == "Greta Vinter"


# ---- 2. the body at the tail of a title part, before the meeting function or a body with "i" inside

_ROLL = "Minnesanteckningar\n\nNärvarande\n{lines}\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("Siv Alm, kommundirektör Habo kommun, ordförande", "Habo"),
        ("Siv Alm, socialchef Mullsjö kommun, sekreterare", "Mullsjö"),
        ("Siv Alm, kommunchef Vaggeryds kommun, ersättare för Ture Brink", "Vaggeryd"),
        ("Siv Alm, kommunchef Vaggeryds kommun", "Vaggeryd"),
    ],
)
def test_a_body_after_the_title_in_a_middle_part_is_the_affiliation(line: str, canonical: str) -> None:
    text = _ROLL.format(lines=f"{line}\nKarin Ek, Habo kommun")
    siv = _by_name(_parse(text))["Siv Alm"]
    assert siv.affiliation_canonical == canonical
    assert siv.affiliation is not None and canonical[:4] in siv.affiliation.text


def test_a_known_body_with_i_inside_is_taken_whole_after_the_title() -> None:
    text = _ROLL.format(lines="Siv Alm, vd Länstrafiken i Norrbotten AB\nKarin Ek, Habo kommun")
    siv = _by_name(_parse(text))["Siv Alm"]
    assert siv.affiliation is not None and siv.affiliation.text == "Länstrafiken i Norrbotten AB"
    assert siv.role is not None and siv.role.text == "vd"


# ---- 4. a longer capitalised body name wins over a known name at its end


@pytest.mark.parametrize(
    "body",
    ["Räddningstjänsten Mellersta Skaraborg", "Räddningstjänsten Falköping", "Brandkåren Norra Halland"],
)
def test_a_known_name_inside_a_longer_body_name_is_not_the_body(body: str) -> None:
    text = _ROLL.format(lines=f"Karin Ek, Habo kommun\n\nFörhinder\nSiv Alm, {body}")
    siv = _by_name(_parse(text))["Siv Alm"]
    assert siv.affiliation is not None and siv.affiliation.text == body
    assert siv.role is None


# ---- 3. staff listed without a body in a body's own protocol take the letterhead's name


@pytest.mark.parametrize(
    ("letterhead", "host"),
    [
        ("Tolkservice Öst\nDirektionen\nPROTOKOLL", "Tolkservice Öst"),
        ("PROTOKOLL\nSmålands läns\nfärdtjänstmyndighet\nDirektionen", "Smålands läns färdtjänstmyndighet"),
    ],
)
def test_staff_without_a_body_take_the_host_in_the_letterhead(letterhead: str, host: str) -> None:
    from govkg.extract import extract_mentions

    text = (
        f"{letterhead}\n\nPlats och tid\n{host}s kontor, Växjö, kl. 09.00–11.00\n\n"
        "Beslutande\nKarin Ek (S), Habo kommun, ordförande\nUno Ås (M), Mullsjö kommun\n\n"
        "Övriga närvarande\nGreta Vinter, förbundsdirektör\nPelle Stråle, ekonomichef\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    )
    people = _by_name(extract_mentions(_parse(text)))
    assert people["Greta Vinter"].affiliation is None
    assert people["Greta Vinter"].affiliation_canonical == host
    assert people["Pelle Stråle"].affiliation_canonical == host
    assert people["Karin Ek"].affiliation_canonical == "Habo"


# ---- 5. "Body, Unit:" as a group label, and the roll call ends at the attestation block


def test_a_body_and_unit_label_before_a_colon_is_a_group() -> None:
    text = (
        "Minnesanteckningar\n\nNärvarande\nHabo kommun: Karin Ek\n"
        "Tullverket, Region Väst: Uno Ås (punkt 2)\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
    )
    people = _by_name(_parse(text))
    assert "Uno Ås" in people
    assert people["Uno Ås"].affiliation is not None


def test_the_attestation_fields_after_the_roll_call_are_no_attendees() -> None:
    text = (
        "Protokoll\n\nBeslutande\nKarin Ek (S), Habo kommun, ordförande\nUno Ås (M), Mullsjö kommun\n\n"
        "Justerare\nUno Ås\n\nJusteringens plats och tid\nTolkservice Öst, 2031-10-02\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    )
    names = set(_by_name(_parse(text)))
    assert names == {"Karin Ek", "Uno Ås"}
