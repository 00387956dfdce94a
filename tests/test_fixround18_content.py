"""Fix round 18 (content): the host body of a protocol whose letterhead is a logo or a two-line
`-layout` cell, expectation and next-meeting cues, a protocol's distribution label, attendance
remarks under a decision heading, meeting dates after a copula, courts at a general court, and a
municipality as a run-in label.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.dates import find_dates
from govkg.extract.municipalities import find_municipalities
from govkg.extract.organisations import find_organisations
from govkg.extract.statements import find_statements
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _extract(text: str) -> Minutes:
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


def _follow_ups(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[1]]


def _decisions(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[0]]


# ---- 1. the host body: a split `-layout` letterhead, or the protocol's attestation fields

_ROLL = (
    "Beslutande\nAnna Berg (S), Kumla, ordförande\nPer Ek (M), Hallsberg\n\n"
    "Övriga närvarande\nLena Dahl, förbundschef\nOla Nyström, ekonom\n\n"
)
_ITEMS = "§ 1 Budget\n\nDirektionen beslutar att godkänna budgeten.\n\n§ 2 Övrigt\n\nInga övriga frågor.\n"


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        # a letterhead split over two lines, each beside a right-hand column
        (
            "                                   PROTOKOLL            1 (2)\n"
            "  NÄRKES           Sammanträdesdatum\n  VATTENFÖRBUND    2031-04-02\n  Direktionen\n\n",
            "",
        ),
        # a logo letterhead: the body stands in the attestation fields on page 1
        (
            "PROTOKOLL\nSammanträdesdatum\nDirektionen\n2031-04-02\n\n",
            "Justeringens plats och tid\nNärkes Vattenförbund, Kumla, 2031-04-09\n\n",
        ),
        # ... or in the notice's organ field after the last paragraph
        (
            "PROTOKOLL\nDirektionen\nSammanträdesdatum 2031-04-02\n\n",
            "ANSLAGSBEVIS\nOrgan          Direktionen, Närkes Vattenförbund\n"
            "Datum då anslaget sätts upp  2031-04-10\n",
        ),
    ],
)
def test_staff_without_a_body_belong_to_the_protocols_body(head: str, tail: str) -> None:
    text = head + _ROLL + tail + _ITEMS if "Justeringens" in tail else head + _ROLL + _ITEMS + "\n" + tail
    m = _extract(text)
    bodies = {a.name.text: a.affiliation_canonical for a in m.present}
    assert (bodies["Lena Dahl"] or "").lower() == "närkes vattenförbund"
    assert bodies["Anna Berg"] == "Kumla"


def test_a_municipality_in_the_fields_is_no_host() -> None:
    text = (
        "PROTOKOLL\nDirektionen\n\n"
        + _ROLL
        + "Justeringens plats och tid\nStadshuset, Kumla, 2031-04-09\n\n"
        + _ITEMS
    )
    m = _extract(text)
    assert {a.name.text: a.affiliation_canonical for a in m.present}["Lena Dahl"] is None


# ---- 2. cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Ett nytt regelverk väntas under hösten 2031.",
        "Besked om bidraget väntas i maj.",
        "Tove Lind kompletterar underlaget inför nästa möte.",
        "Övriga mötestider under 2031 är den 9 september och den 2 december.",
    ],
)
def test_expected_and_coming_steps_are_follow_ups(sentence: str) -> None:
    assert _follow_ups(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ove Falk framförde att Laxå gärna ser att lagen träder i kraft den 1 juli 2031.",
        "Nämnden ser gärna att kommunerna samverkar mer.",
        "Förväntningarna på projektet är höga.",
        "Kostnaderna väntas öka under 2032.",  # a forecast, no step
    ],
)
def test_a_wish_or_an_expectation_noun_is_no_follow_up(sentence: str) -> None:
    assert _follow_ups(sentence) == []


@pytest.mark.parametrize(
    "distribution",
    [
        "Beslutet skickas till\nMedlemskommunerna\nFörbundets revisorer\n",
        "Beslutet skickas till Ekonomienheten\n",
        "Expedieras till\nKommunstyrelserna\n",
    ],
)
def test_a_distribution_label_is_no_task(distribution: str) -> None:
    text = "Direktionens beslut\nDirektionen godkänner årsredovisningen.\n\n" + distribution
    assert _follow_ups(text) == []
    assert _decisions(text) == ["Direktionen godkänner årsredovisningen."]


def test_a_sentence_about_sending_is_still_a_follow_up() -> None:
    text = "Kansliet skickar ut underlaget till kommunerna senast den 3 maj."
    assert _follow_ups(text) == [text]


@pytest.mark.parametrize(
    "remark",
    [
        "Ove Falk (C) lämnar sammanträdet efter denna paragraf.",
        "Siv Alm (M) anmäler jäv och deltar inte i handläggningen.",
    ],
)
def test_an_attendance_remark_under_a_decision_heading_is_no_decision(remark: str) -> None:
    text = "Direktionens beslut\nDirektionen antar handlingsprogrammet.\n" + remark + "\n"
    assert _decisions(text) == ["Direktionen antar handlingsprogrammet."]


# ---- 3. dates: a heading year before a copula governs the list after it


def test_meeting_dates_after_a_copula_take_the_stated_year() -> None:
    text = "Övriga mötestider under 2032 är den 9 september och den 25 november."
    days = [d.iso for d in find_dates(text, meeting="2032-02-12") if len(d.iso) == 10]
    assert days == ["2032-09-09", "2032-11-25"]


def test_a_late_month_of_a_past_sentence_is_still_last_year() -> None:
    found = [d.iso for d in find_dates("Rapporten kom den 25 november.", meeting="2032-02-12")]
    assert found == ["2031-11-25"]


# ---- 4. organisations and municipalities


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Domen från Mark- och miljödomstolen vid Växjö tingsrätt har överklagats.",
            "Mark- och miljödomstolen vid Växjö tingsrätt",
        ),
        ("Förbundet överklagar till Mark- och miljööverdomstolen.", "Mark- och miljööverdomstolen"),
        (
            "Ärendet ligger hos Mark- och miljödomstolen i Vänersborg.",
            "Mark- och miljödomstolen i Vänersborg",
        ),
    ],
)
def test_a_court_is_one_body_not_its_municipalities(text: str, court: str) -> None:
    gaz = Gazetteer.load()
    assert court in [o.canonical for o in find_organisations(text, 0, gaz)]
    names = [m.name for m in find_municipalities(text, 0, gaz)]
    assert "Mark" not in names and "Växjö" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "• Kumla: Inget nytt.\n• Kil: Kommunen har fått bidrag.\n• Laxå: Ny skolchef.\n",
            ["Kumla", "Kil", "Laxå"],
        ),
        ("Kil: inget nytt att rapportera.\n", []),  # alone, a label may be any word
    ],
)
def test_an_ambiguous_municipality_as_a_run_in_label_among_municipalities(
    text: str, expected: list[str]
) -> None:
    assert [m.name for m in find_municipalities(text, 0, Gazetteer.load())] == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Ett avtal med Nerikes Brandkår är klart.", "Nerikes Brandkår"),
        ("Östsvenska Handelskammaren deltog.", "Östsvenska Handelskammaren"),
        ("Avloppet renas av Käppalaförbundet.", "Käppalaförbundet"),
        ("Karlstadsregionens kommuner samverkar.", "Karlstadsregionen"),
    ],
)
def test_new_gazetteer_bodies(text: str, canonical: str) -> None:
    assert canonical in [o.canonical for o in find_organisations(text, 0, Gazetteer.load())]
