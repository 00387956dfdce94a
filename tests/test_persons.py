"""Persons named in running text: names, affiliations, roles, short forms, what is not a person.

Every sentence here is written for these tests in the genre of Swedish network minutes, about
other regions and networks than the seeds'.
"""

from __future__ import annotations

import pytest

from govkg.extract.persons import KnownPerson, find_persons


def names(text: str, known: tuple[KnownPerson, ...] = ()) -> list[str]:
    return [m.name.text for m in find_persons(text, known=known)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Lindqvist, Region Skåne, leder en diskussion om nära vård.", ["Anna Lindqvist"]),
        (
            "Lars-Erik Holm informerar tillsammans med Sara Ek och Omar Haddad om läget.",
            ["Lars-Erik Holm", "Sara Ek", "Omar Haddad"],
        ),
        ("Jonas Berg, Fyrbodal, och Lina Nyström, Sweco medverkar.", ["Jonas Berg", "Lina Nyström"]),
        ("Helena K Strand och Ann-Marie Holm deltar.", ["Helena K Strand", "Ann-Marie Holm"]),
        ("Stina Wallin rapporterar från SKR:s nätverk för kommundirektörer.", ["Stina Wallin"]),
        ("Karin Sjöberg Nyman, kommundirektör i Mark, inleder.", ["Karin Sjöberg Nyman"]),
        ("- Per Lundgren informerar om Skaraborgs kommunalförbunds budget.", ["Per Lundgren"]),
        # organisations, places and sentence-initial words are not persons
        ("Västra Götaland och Göteborgs stad har tagit fram en plan.", []),
        ("Förbundsstyrelsen beslutar i maj. Region Halland återkommer.", []),
        ("Per kommun avsätts två tjänster. Karl Johansgatan stängs för trafik.", []),
        ("Lilla Edet och Stora Enso nämns. Nya Zeeland är ett exempel.", []),
    ],
)
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_spans_point_at_the_text_and_are_shifted_by_the_offset() -> None:
    prefix = "x" * 40
    text = "Beslut tas. Petra Sund, Länsstyrelsen i Skåne, presenterar."
    [m] = find_persons(text, len(prefix))
    source = prefix + text
    assert source[m.name.span.start : m.name.span.end] == "Petra Sund"
    assert m.affiliation is not None
    assert source[m.affiliation.span.start : m.affiliation.span.end] == "Länsstyrelsen i Skåne"


@pytest.mark.parametrize(
    ("text", "who", "affiliation", "role"),
    [
        ("Anna Lindqvist, Region Skåne, leder en diskussion.", "Anna Lindqvist", "Region Skåne", "leder"),
        ("Jonas Berg och Lina Nyström, Sweco medverkar.", "Lina Nyström", "Sweco", "medverkar"),
        ("Jonas Berg och Lina Nyström, Sweco medverkar.", "Jonas Berg", None, "medverkar"),
        ("Maja Holm, Borås, informerar om läget.", "Maja Holm", "Borås", "informerar"),
        ("Eva Ström, kommundirektör i Uddevalla, deltar.", "Eva Ström", "Uddevalla", "kommundirektör"),
        ("Sara Lind, verksamhetschef SKR, presenterar.", "Sara Lind", "SKR", "verksamhetschef"),
        (
            "Fyrbodals dataskyddsombud Johan Ek och Johan Sund presenterar sitt arbete.",
            "Johan Sund",
            "Fyrbodals",
            "dataskyddsombud",
        ),
        (
            "Från Länsstyrelsen i Skåne medverkar Petra Sund och Olof Berg.",
            "Olof Berg",
            "Länsstyrelsen i Skåne",
            "medverkar",
        ),
        (
            "Nätverket möter ledningen i Region Halland. Medverkar gör Mikael Strand, regiondirektör, "
            "Ulla Björk, hälso- och sjukvårdsdirektör samt Ove Lind, direktör för regional utveckling.",
            "Ove Lind",
            "Region Halland",
            "direktör för regional utveckling",
        ),
        (
            "Helena Berg informerar tillsammans med Monica Sand och Karl Fredh.",
            "Karl Fredh",
            None,
            "informerar",
        ),
        ("Mats Alm rapporterar från regionala rådet.", "Mats Alm", None, "rapporterar"),
    ],
)
def test_affiliation_and_role_come_from_the_text(
    text: str, who: str, affiliation: str | None, role: str
) -> None:
    [m] = [m for m in find_persons(text) if m.name.text == who]
    assert (m.affiliation.text if m.affiliation else None) == affiliation
    assert m.role_in_item == role


def test_an_organisation_after_the_names_is_not_their_affiliation() -> None:
    text = "Sara Ek och Bo Lind inleder ett samtal om samverkan i Sjuhärads kommunalförbund."
    assert [m.affiliation for m in find_persons(text)] == [None, None]


def test_affiliation_canonical_uses_the_given_lookup_then_the_attendance_list() -> None:
    lookup = {"SKR": "Sveriges Kommuner och Regioner"}.get
    [m] = find_persons("Anna Berg, SKR, leder.", org_canonical=lookup)
    assert m.affiliation_canonical == "Sveriges Kommuner och Regioner"
    known = (KnownPerson("Tove Ahl", "Borås"),)
    [m] = find_persons("Tove Ahl, Borås, informerar.", known=known)
    assert m.affiliation_canonical == "Borås"


KNOWN = (
    KnownPerson("Malin Aronsson", "Kungsbacka"),
    KnownPerson("Haleh Lindqvist", "Kungälv"),
    KnownPerson("Maria Ek", "Borås"),
    KnownPerson("Maria Berg", "Mark"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form resolves to the one attendee with that first name
        ("Malin meddelar att mötet flyttas.", [("Malin", "Malin Aronsson")]),
        # a name outside the lexicon is found because it is an attendee
        ("Haleh Lindqvist informerar.", [("Haleh Lindqvist", "Haleh Lindqvist")]),
        # two attendees named Maria: "Maria" alone is left out
        ("Maria återkommer med ett förslag.", []),
        # ... unless the item itself names one of them
        ("Maria Berg informerar. Maria återkommer.", [("Maria Berg", "Maria Berg")]),
        # the full name and its short form in one item are one mention, the first
        ("Malin Aronsson leder. Malin återkommer.", [("Malin Aronsson", "Malin Aronsson")]),
        # genitive of a known name
        ("Malin Aronssons förslag diskuteras.", [("Malin Aronsson", "Malin Aronsson")]),
    ],
)
def test_short_forms_and_known_attendees(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.name.text, m.canonical_name) for m in find_persons(text, known=KNOWN)]
    assert got == expected


def test_a_short_form_that_is_also_a_word_does_not_count_at_a_sentence_start() -> None:
    known = (KnownPerson("Per Sund", "Mark"),)
    assert names("Per kommun blir det två platser.", known) == []
    assert names("Frågan skickas till Per.", known) == ["Per"]


@pytest.mark.parametrize(
    "text",
    [
        "Se filmen på https://example.se/media/Anna_Berg_Karin_Ek.webm inför mötet.",
        "Frågor till Karin.Ek@kommun.example.se eller via www.example.se/Sara-Lind.",
    ],
)
def test_names_inside_urls_and_email_addresses_are_skipped(text: str) -> None:
    assert names(text, (KnownPerson("Karin Ek"), KnownPerson("Sara Lind"))) == []


def test_a_url_does_not_hide_a_name_beside_it() -> None:
    text = "Sara Lind visar https://example.se/Sara_Lind.pdf för nätverket."
    assert names(text) == ["Sara Lind"]
