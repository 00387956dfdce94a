"""Fix round 22 (attendance and person names): a capitalised title with an acronym prefix is a role,
a federation's letterhead names the host whole, and a name wrapped over a line break is one name.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.host_body import host_body
from govkg.extract.persons import find_persons
from govkg.gazetteer import Gazetteer
from govkg.model import Attendee, Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.entry import capitalised_title, looks_like_org


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


# ---- 1. "Name, IT-chef": a title that starts in capitals is a role, not a body


@pytest.mark.parametrize("title", ["IT-chef", "HR-chef", "IT-strateg", "Ekonomichef", "GIS-samordnare"])
def test_a_capitalised_title_in_an_attendance_line_is_the_role(title: str) -> None:
    text = (
        "Protokoll\n\nNärvarande\nKarin Ek, ordförande\n"
        f"Pelle Stråle, {title}\nSiv Alm, Habo kommun\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    )
    pelle = _by_name(_parse(text))["Pelle Stråle"]
    assert pelle.affiliation is None
    assert pelle.role is not None and pelle.role.text == title


def test_a_capitalised_title_after_a_known_body_leaves_the_body_as_affiliation() -> None:
    text = (
        "Protokoll\n\nNärvarande\nUno Ås, Region Uppsala, IT-chef, § 3\nKarin Ek, Habo kommun\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    )
    uno = _by_name(_parse(text))["Uno Ås"]
    assert uno.affiliation_canonical == "Region Uppsala"
    assert uno.role is not None and uno.role.text == "IT-chef"


@pytest.mark.parametrize(
    ("surface", "is_title"),
    [
        ("IT-chef", True),
        ("Ekonomichef", True),
        ("Vice ordförande", True),
        ("Tf HR-strateg", True),
        ("Region Uppsala", False),
        ("Kommunalförbundet", False),
        ("IT-avdelningen", False),
        ("Habo kommun", False),
    ],
)
def test_capitalised_title_uses_the_title_endings(surface: str, is_title: bool) -> None:
    assert capitalised_title(surface) is is_title
    assert looks_like_org(surface) is not is_title


# ---- 2. the host federation's letterhead names it whole

_PROTOCOL = (
    "{letterhead}\n\nPROTOKOLL\n\nDirektionen\nPlats och tid\nFörbundets kansli, kl. 13.00\n"
    "Beslutande\nKarin Ek (S), Gränna, ordförande\nPelle Stråle (M), Habo\n"
    "Övriga närvarande\nSiv Alm, förbundschef\nTor Berg, IT-chef, § 3\n\n"
    "§ 1 Val av justerare\nDirektionens beslut\nKarin Ek utses att justera.\n"
)


@pytest.mark.parametrize(
    ("letterhead", "host"),
    [
        ("ÖSTRA VÄTTERBYGDENS\nKOMMUNALFÖRBUND", "Östra Vätterbygdens Kommunalförbund"),
        ("SJÖBYGDENS OCH\nSKOGENS KOMMUNALFÖRBUND", "Sjöbygdens och Skogens Kommunalförbund"),
        ("Övre Skogsbygdens Kommunalförbund", "Övre Skogsbygdens Kommunalförbund"),
        ("SKOGSBYGDENS KOMMUNALFÖRBUND", "Skogsbygdens Kommunalförbund"),
    ],
)
def test_staff_get_the_whole_name_of_the_host_federation(letterhead: str, host: str) -> None:
    m = _parse(_PROTOCOL.format(letterhead=letterhead))
    found = host_body(m, Gazetteer.load())
    assert found is not None and found[0] == host
    people = _by_name(extract_mentions(m))
    assert people["Siv Alm"].affiliation_canonical == host
    assert people["Tor Berg"].affiliation_canonical == host  # "IT-chef" is no body of its own
    assert people["Pelle Stråle"].affiliation_canonical == "Habo"


def test_a_document_word_before_the_body_is_no_part_of_its_name() -> None:
    m = _parse(_PROTOCOL.format(letterhead="PROTOKOLL SKOGSBYGDENS KOMMUNALFÖRBUND"))
    found = host_body(m, Gazetteer.load())
    assert found is not None and found[0] == "Skogsbygdens Kommunalförbund"


# ---- 3. a name wrapped over a line break in prose


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Avgiften räknas upp med tre procent nästa år. Förbundschef Ingmar\n"
            "Sundqvist och controller Berit Alm redogör för förslaget.",
            "Ingmar Sundqvist",
        ),
        (
            "Kommunerna har fört en dialog om förbundsordningen. Ann-Marie\n"
            "Lindkvist, kommundirektör i Habo, redogjorde för tidplanen.",
            "Ann-Marie Lindkvist",
        ),
        (
            "Vid mötet deltog från förvaltningen Torbjörn\nWiklander och Siv Alm.",
            "Torbjörn Wiklander",
        ),
    ],
)
def test_a_first_name_at_a_line_end_joins_the_surname_on_the_next_line(text: str, name: str) -> None:
    found = {p.name.text: p for p in find_persons(text)}
    assert name in found
    span = found[name].name.span
    assert " ".join(text[span.start : span.end].split()) == name


@pytest.mark.parametrize(
    "text",
    [
        "Deltagare\nIngmar\nSundqvist\n",  # one entry a line: a list, never joined
        "Karin Ek, ordförande\nIngmar\nSundqvist, sekreterare\n",
        "Ordförande\tIngmar\nSundqvist\tsekreterare\n",
        "Frågan om avgiften togs upp av Ingmar\nDet blev en bra diskussion om saken.",
    ],
)
def test_lines_of_a_list_or_a_new_sentence_are_not_joined(text: str) -> None:
    assert "Ingmar Sundqvist" not in [p.name.text for p in find_persons(text)]
