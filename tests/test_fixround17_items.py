"""Fix round 17 (items and document structure): a protocol's §-column read by pdftotext, the number
alone on its line with the title on the next; protocol section words never become items; an organ's
"<Organ>s beslut" block label.

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


def _parse(text: str) -> Minutes:
    return parse_minutes(_doc(text))


def _titles(m: Minutes) -> list[str]:
    return [i.title.text for i in m.items]


_HEAD = """VÄSTRA DALARNAS VATTENFÖRBUND
PROTOKOLL
Förbundsstyrelsen
Sammanträdesdatum 2027-03-11
Sida 1 (2)

Beslutande
Olle Granqvist (C), Mora, ordförande
Siv Hedberg (S), Orsa

Ersättare
Pontus Rask (M), Älvdalen

Övriga närvarande
Maja Tholén, förbundschef
Gustaf Berglöf, nämndsekreterare, § 13

Underskrifter
Sekreterare
Paragrafer
§§ 12–15
Gustaf Berglöf

ANSLAG/BEVIS
Protokollet är justerat.

"""

_ITEMS = """§ 12
Val av justerare
Förbundsstyrelsen beslutar att utse Siv Hedberg att justera protokollet.

{first13}
Dnr VDV 2027/031

Styrelsens beslut
Förbundsstyrelsen beslutar
att godkänna taxan.

Ärendet
Förbundschefen föredrar ärendet.

§ 14
Investeringsplan för ledningsnätet
Förbundsstyrelsen beslutar att lägga informationen till handlingarna.

15 §
Övriga frågor
Inga övriga frågor.
"""

_CASES = {
    "title on the next line": "§ 13\nVA-taxa 2028",
    "case number beside the number": "§ 13 Dnr VDV 2027/031\nVA-taxa 2028",
    "case number on the line between": "§ 13\nDnr VDV 2027/030\nVA-taxa 2028",
    "blank line before the title": "§ 13\n\nVA-taxa 2028",
}


@pytest.mark.parametrize("first13", list(_CASES.values()), ids=list(_CASES))
def test_lone_section_number_takes_the_next_line_as_title(first13: str) -> None:
    text = _HEAD + _ITEMS.format(first13=first13)
    m = _parse(text)
    assert _titles(m) == [
        "Val av justerare",
        "VA-taxa 2028",
        "Investeringsplan för ledningsnätet",
        "Övriga frågor",
    ]
    assert [i.number for i in m.items] == ["12", "13", "14", "15"]
    for item in m.items:  # the title's span quotes the title line exactly
        assert text[item.title.span.start : item.title.span.end] == item.title.text


@pytest.mark.parametrize(
    "word", ["Ersättare", "ANSLAG/BEVIS", "Ärendet", "Styrelsens beslut", "Underskrifter"]
)
def test_protocol_section_words_are_no_items(word: str) -> None:
    m = _parse(_HEAD + _ITEMS.format(first13=_CASES["title on the next line"]))
    assert word not in _titles(m)


def test_members_of_the_ersattare_block_stay_in_attendance() -> None:
    m = _parse(_HEAD + _ITEMS.format(first13=_CASES["title on the next line"]))
    names = [a.name.text for a in m.attendees]
    assert "Pontus Rask" in names


def test_a_range_or_a_wrapped_attendance_number_is_no_heading() -> None:
    # "§§ 12–15" in the signature block and a lone "§ 13" with no neighbour stay text
    text = _HEAD + "§ 7\nNågot som inte är en kedja\nText här.\n"
    m = _parse(text)
    assert "Gustaf Berglöf" not in _titles(m)
    assert "Något som inte är en kedja" not in _titles(m)


def test_organ_decision_label_is_a_subheading_and_the_case_number_is_not() -> None:
    m = _parse(_HEAD + _ITEMS.format(first13=_CASES["case number on the line between"]))
    item = m.items[1]
    subheadings = [q.text for q in item.subheadings]
    assert "Styrelsens beslut" in subheadings
    assert "Ärendet" in subheadings
    assert not any(s.startswith("Dnr") for s in subheadings)


def test_a_lead_in_line_over_bullets_is_no_subheading() -> None:
    text = _HEAD + (
        "§ 12\nFörbundschefen informerar\nFörbundschefen Maja Tholén informerar om\n"
        "• läget i ledningsnätet,\n• rekryteringen av drifttekniker.\n"
        "Förbundsstyrelsen beslutar att lägga informationen till handlingarna.\n\n"
        "§ 13\nÖvriga frågor\nInga övriga frågor.\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Förbundschefen informerar", "Övriga frågor"]
    assert [q.text for q in m.items[0].subheadings] == []
