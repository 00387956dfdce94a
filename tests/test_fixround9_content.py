"""Fix round 9b: initials, organ names, follow-up cues, member sets (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.extract.initials import attendee_initials, find_initials
from govkg.extract.municipalities import find_municipalities
from govkg.extract.organisations import find_organisations
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements
from govkg.ingest import extract_file
from govkg.model import Minutes

MINUTES = """\
Minnesanteckningar nätverket för kommunala säkerhetssamordnare i Dalarna
Datum: 2026-10-07

Närvarande
Tove Berg, Falu kommun
Magnus Sand, Borlänge kommun
Sara Kvist, Region Dalarna
Mikael Strand, Ludvika kommun
Karin Ström-Lindqvist, SKR

1. Uppföljning
TB presenterade läget. MS och SK tar fram ett underlag till nästa möte. MSB har skickat nya föreskrifter.

2. Övriga frågor
AOB. Tove Berg visade kartan, och TB skickar den till SK.
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Minutes:
    path = tmp_path_factory.mktemp("fr9b") / "dalarna.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return extract_file(path)


# --- initials of listed attendees ------------------------------------------------------------


def test_initials_that_fit_one_attendee_are_that_person(minutes: Minutes) -> None:
    item = minutes.items[0]
    assert [(p.name.text, p.canonical_name) for p in item.persons_mentioned] == [
        ("TB", "Tove Berg"),
        ("SK", "Sara Kvist"),
    ]
    orgs = [o.surface.text for o in item.organisations_mentioned]
    assert "TB" not in orgs and "SK" not in orgs
    assert "MSB" in orgs  # a known body's acronym stays a body


def test_initials_shared_by_two_attendees_are_nobody(minutes: Minutes) -> None:
    # Magnus Sand and Mikael Strand are both "MS"
    assert all(p.name.text != "MS" for p in minutes.items[0].persons_mentioned)


def test_initials_after_the_full_name_are_the_same_entry(minutes: Minutes) -> None:
    item = minutes.items[1]
    assert [(p.name.text, p.canonical_name) for p in item.persons_mentioned] == [
        ("Tove Berg", "Tove Berg"),
        ("SK", "Sara Kvist"),
    ]
    assert [o.surface.text for o in item.organisations_mentioned] == []  # AOB is no body


def test_a_hyphenated_surname_part_is_no_municipality(minutes: Minutes) -> None:
    # "Lindqvist" is no municipality, but the attendance line must not make "Ström" one either
    assert all(m.name != "Ström" for it in minutes.items for m in it.municipalities_mentioned)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Tove Berg", "Olle Ek"], {"TB": "Tove Berg", "OE": "Olle Ek"}),
        (["Ann-Sofi Lodin"], {"AL": "Ann-Sofi Lodin", "ASL": "Ann-Sofi Lodin"}),
        (["Mats Sund", "Maja Sten"], {}),  # both MS
        (["Sara Kristersson", "Ida Tell"], {"IT": "Ida Tell"}),  # "SK" names a body here
    ],
)
def test_attendee_initials(names: list[str], expected: dict[str, str]) -> None:
    got = attendee_initials(names, lambda acr: acr == "SK")
    assert got == expected


def test_initials_in_a_capitals_heading_line_are_no_person() -> None:
    assert (
        find_initials("UPPFÖLJNING TB OCH LÄGET\nTB ringer.", 0, {"TB": "Tove Berg"})[0].name.span.start == 25
    )


# --- organisations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Hon talade om Nationella nätverket för folkhälsa, som skrivit.",
            "Nationella nätverket för folkhälsa",
        ),
        (
            "En punkt om Nationella rådet för vuxenutbildning läggs in.",
            "Nationella rådet för vuxenutbildning",
        ),
        ("Frågan gick till nätverket för digital utveckling i går.", "nätverket för digital utveckling"),
        ("En punkt om nätverket för kommunikatörer läggs till.", "nätverket för kommunikatörer"),
        ("Jan Ek, Västmanlands Utbildningsförbund, informerade.", "Västmanlands Utbildningsförbund"),
    ],
)
def test_organ_names_with_complement_and_federation_names(text: str, surface: str) -> None:
    assert [o.surface.text for o in find_organisations(text)] == [surface]


def test_any_other_business_is_no_body() -> None:
    assert find_organisations("AOB / Övriga frågor") == []


# --- follow-ups ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Region Dalarna tar upp frågan i sitt nästa möte med Trafikverket.",
        "Anna-Lena Ek kompletterar analysen med en tidsplan till dess.",
        "Umeå universitet har följt projektet och lämnar sin rapport i maj 2027.",
        "Förbundschefen ska redovisa kostnaderna vid sammanträdet i juni 2027.",
    ],
)
def test_coming_steps_are_follow_ups(sentence: str) -> None:
    assert [s.text.text for s in find_statements(sentence)[1]] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Region Dalarna diskuterade frågan i sitt senaste möte.",
        "Kommunen väntar till dess att beslutet fattats.",
        "Länsstyrelsen har utrett saken och lämnade rapporten i mars 2026.",
        "Hon har arbetat länge och lämnar nu tjänsten.",
    ],
)
def test_past_and_open_ended_sentences_stay_out(sentence: str) -> None:
    assert find_statements(sentence) == ([], [])


def test_week_and_item_numbers_do_not_end_a_sentence() -> None:
    text = "Listorna skickas till Olle v. 50. Se p. 3 i förra protokollet."
    assert [q.text for q in split_sentences(text)] == [
        "Listorna skickas till Olle v. 50.",
        "Se p. 3 i förra protokollet.",
    ]


# --- municipalities --------------------------------------------------------------------------


def test_a_double_surname_part_is_no_municipality_but_a_pair_of_towns_is_two() -> None:
    assert find_municipalities("Gästen Karin Holm-Mora från SKR berättade.") == []
    assert [m.name for m in find_municipalities("Tåget Falun-Borlänge går ofta.")] == ["Falun", "Borlänge"]


SUB_COUNTY = """\
SYDÖSTRA SKÅNES SAMARBETSKOMMITTÉ
Kommundirektörer, minnesanteckningar 2026-09-04

Närvarande
Anna Holm, Ystads kommun
Per Lind, Simrishamns kommun
Eva Berg, Tomelilla kommun
Jon Falk, Sjöbo kommun

1. Infrastruktur
Ystad och Skurup vill ha fler tåg mot Malmö och Lund.

2. Övrigt
Inget.
"""


def test_a_known_sub_county_network_has_its_own_members_not_the_county(tmp_path: Path) -> None:
    path = tmp_path / "sosk.txt"
    path.write_text(SUB_COUNTY, encoding="utf-8")
    m = extract_file(path)
    assert [x.name for x in m.items[0].municipalities_mentioned] == ["Ystad", "Skurup"]
    # without the letterhead the network is not known: every municipality of the county is a member
    path.write_text(SUB_COUNTY.split("\n", 1)[1], encoding="utf-8")
    m = extract_file(path)
    assert [x.name for x in m.items[0].municipalities_mentioned] == ["Ystad", "Skurup", "Malmö", "Lund"]


@pytest.mark.parametrize("label", ["Beslut", "**Beslut**", "Förslag till beslut:", "Bakgrund"])
def test_a_block_label_alone_on_its_line_is_no_part_of_a_sentence(label: str) -> None:
    text = (
        f"Ordföranden öppnade mötet och hälsade alla välkomna\n{label}\nNämnden beslutar att godkänna listan."
    )
    assert [q.text for q in split_sentences(text)][-1] == "Nämnden beslutar att godkänna listan."
    assert [s.text.text for s in find_statements(text)[0]] == ["Nämnden beslutar att godkänna listan."]


def test_a_label_word_inside_a_wrapped_sentence_is_no_label() -> None:
    text = "Vi talade om\nBeslut som fattats tidigare i år."
    assert [q.text for q in split_sentences(text)] == ["Vi talade om Beslut som fattats tidigare i år."]
