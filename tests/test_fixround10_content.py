"""Fix round 10b: follow-up and decision forms, organisation shapes, tertials, initial first names.

Every text here is written for the test (other names, bodies and places than any evaluation set).
"""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.organisations import find_organisations
from govkg.extract.persons import KnownPerson, find_persons
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements


def _follow_ups(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[1]]


def _decisions(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Medlemmar som inte svarat ska skicka in enkäten senast fredag 4/6.",
        "Nästa regionträff blir ett heldagsmöte i Umeå den 4 maj, med anmälan senast i v. 12.",
        "Nästa styrelsesamråd hålls tisdagen den 3 juni kl. 10.00 i Nora.",
        "Anna Berg och Per Ek ska tillsammans med vårdcentralen se över rutinen.",
        "Per Ek och Sara Ny redovisar resultatet på mötet i maj.",
        "Kim tar frågan till ledningsgruppen.",
        "Inget beslut i dag, ärendet tas upp igen efter sommaren.",
        "Återrapportering vid mötet den 3 maj.",
    ],
)
def test_follow_up_forms(sentence: str) -> None:
    assert _follow_ups(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Per Ek redovisar resultatet från mötet i maj.",  # a report of a past meeting
        "Bakgrund: Strategin ska ersätta den gamla planen från 2019.",  # history, not an outcome
        "Därefter 8/6 och 2/9.",  # further dates with no follow-up before them
        "Efter sommaren blev det lugnare.",
    ],
)
def test_not_follow_ups(sentence: str) -> None:
    assert _follow_ups(sentence) == []
    assert _decisions(sentence) == []


def test_further_dates_continue_the_next_meeting_line() -> None:
    text = "Nästa möte: onsdag 5/5 kl. 9–12.\nDärefter 8/6 och 2/9.\n"
    assert _follow_ups(text) == ["Nästa möte: onsdag 5/5 kl. 9–12.", "Därefter 8/6 och 2/9."]


def test_decision_with_att_clause_bullets_is_one_sentence() -> None:
    text = (
        "Styrelsen beslutade\n- att anta planen för 2026,\n"
        "- att ge kansliet i uppdrag att följa upp planen, samt\n"
        "- att planen skickas till kommunerna i maj.\n\nVi diskuterade:\n- att mer tid behövs,\n"
        "- att budgeten är snäv.\n"
    )
    decisions, follow_ups = find_statements(text)
    assert [d.text.text for d in decisions] == [
        "Styrelsen beslutade - att anta planen för 2026, - att ge kansliet i uppdrag att följa upp "
        "planen, samt - att planen skickas till kommunerna i maj."
    ]
    assert follow_ups == []
    # a list after a non-decision lead stays a list
    assert "att mer tid behövs," in [q.text for q in split_sentences(text)]


def test_decides_att_lead_takes_bare_clauses() -> None:
    text = "Nämnden beslutar att\n- godkänna budgeten,\n- ge förvaltningen i uppdrag att återkomma.\n"
    assert [q.text for q in split_sentences(text)] == [
        "Nämnden beslutar att - godkänna budgeten, - ge förvaltningen i uppdrag att återkomma."
    ]


def test_mixed_label_and_empty_labels() -> None:
    text = (
        "Beslut/åtgärd: Projektet förlängs till och med den 30 juni 2028.\n\n"
        "Beslut och åtgärd: Lena Ek sammanställer svaren senast den 2 maj.\n\n"
        "Beslut: –\nAnsvarig: –\n"
    )
    decisions, follow_ups = find_statements(text)
    assert [d.text.text for d in decisions] == [
        "Beslut/åtgärd: Projektet förlängs till och med den 30 juni 2028."
    ]
    assert [f.text.text for f in follow_ups] == [
        "Beslut och åtgärd: Lena Ek sammanställer svaren senast den 2 maj."
    ]


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Rapporten för tertial 1 2025 visar ett plus.", "tertial 1 2025", "2025-01/2025-04"),
        ("Uppföljning under andra tertialet.", "andra tertialet", "2026-05/2026-08"),
        ("Bokslutet efter tertial 3 är klart.", "tertial 3", "2025-09/2025-12"),  # closed in March
    ],
)
def test_tertials(text: str, surface: str, iso: str) -> None:
    found = [(d.surface.text, d.iso) for d in find_dates(text, meeting="2026-03-10")]
    assert (surface, iso) in found


def test_a_tertial_without_number_is_no_date() -> None:
    assert find_dates("Ett tertial är fyra månader.", meeting="2026-03-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Förslaget går till Moras kommunstyrelse i maj.", ["Moras kommunstyrelse"]),
        ("Lunds lasarett deltar i arbetet.", ["Lunds lasarett"]),
        (
            "Samordningsförbundet Centrala Östergötland Anna Berg deltog.",
            ["Samordningsförbundet Centrala Östergötland"],
        ),
        ("Avfall Sveriges vägledning och Klimatkommunerna.", ["Avfall Sverige", "Klimatkommunerna"]),
        ("Planen går till Dalarnas kommunförbunds styrelse.", ["Dalarnas kommunförbunds styrelse"]),
        (
            "Ärendesystemet W3D3 och appen KRIS byts ut, enligt MSB.",
            ["Myndigheten för samhällsskydd och beredskap"],
        ),
    ],
)
def test_organisation_shapes(text: str, expected: list[str]) -> None:
    assert [o.canonical for o in find_organisations(text)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vi pratade om saken. Lisa berättade om läget.", ["Lisa"]),
        ("Lisa tar frågan till styrelsen.", ["Lisa"]),
        ("Per tar fram ett utkast.", ["Per"]),
        ("Per kommun blir det dyrare.", []),
        ("Per år räknat ökar kostnaden.", []),
    ],
)
def test_attendee_first_name_at_sentence_start(text: str, found: list[str]) -> None:
    known = [KnownPerson("Lisa Ek", "Mora"), KnownPerson("Per Holm", "Rättvik")]
    assert [p.name.text for p in find_persons(text, known=known)] == found


def test_common_word_first_name_needs_an_attendee() -> None:
    assert find_persons("Lisa tar frågan till styrelsen.", known=[KnownPerson("Anna Berg")]) == []


@pytest.mark.parametrize(
    ("text", "meeting", "iso"),
    [
        ("Rapport för tertial 3.", "2027-02-11", "2026-09/2026-12"),  # the period that just closed
        ("Under tertial 2.", "2027-03-18", "2027-05/2027-08"),  # the coming one
        ("Under fjärde kvartalet.", "2027-02-11", "2026-10/2026-12"),
    ],
)
def test_a_yearless_period_is_placed_by_its_end(text: str, meeting: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, meeting=meeting)] == [iso]
