"""Fix round 6a: roll calls in prose, two entries side by side, and the recorder named in a footer.

Every text here is written for the test (other bodies, places and people than any evaluation set).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes
from govkg.parse import parse_minutes
from govkg.parse.column_pairs import column_entries
from govkg.read import read_document

_HEAD = "Minnesanteckningar\nÄldreomsorgsnätverket i Dalarna\nDatum: 2027-03-09\n\n"
_ITEMS = "\n\n1. Inledning\nMötet öppnades.\n\n2. Budget\nLäget redovisades.\n\n3. Övrigt\nInget.\n"


def _parse(tmp_path: Path, text: str) -> Minutes:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return parse_minutes(read_document(path))


def _people(minutes: Minutes, status: str) -> list[tuple[str, str | None]]:
    return [(a.name.text, a.affiliation_canonical) for a in getattr(minutes, status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vid mötet deltog äldreomsorgscheferna Agneta Lövgren (Falun), Bror Sundin (Mora) och "
        "Cilla Hed (Leksand).",
        "I mötet deltog Agneta Lövgren (Falun), Bror Sundin (Mora) och Cilla Hed (Leksand).",
        "Närvarande var Agneta Lövgren (Falun), Bror Sundin (Mora) och Cilla Hed (Leksand).",
        "Vid sammanträdet närvarade Agneta Lövgren (Falun), Bror Sundin (Mora) samt Cilla Hed (Leksand).",
        "Vid mötet medverkade samtliga chefer Agneta Lövgren (Falun), Bror Sundin (Mora), "
        "Cilla Hed (Leksand).",
    ],
    ids=["vid-motet-deltog", "i-motet", "narvarande-var", "narvarade-samt", "medverkade"],
)
def test_prose_lead_in_is_not_part_of_the_first_name(tmp_path: Path, sentence: str) -> None:
    minutes = _parse(tmp_path, _HEAD + sentence + _ITEMS)
    assert _people(minutes, "present") == [
        ("Agneta Lövgren", "Falun"),
        ("Bror Sundin", "Mora"),
        ("Cilla Hed", "Leksand"),
    ]
    assert all(
        a.role is None for a in minutes.present
    )  # the collective "äldreomsorgscheferna" is no one's role


@pytest.mark.parametrize(
    "sentence",
    [
        "Förhinder hade Dag Ulfsson (Rättvik).",
        "Frånvarande var Dag Ulfsson (Rättvik).",
        "Dag Ulfsson (Rättvik) hade förhinder.",
        "Dag Ulfsson (Rättvik) hade anmält förhinder.",
        "Dag Ulfsson (Rättvik) var frånvarande.",
    ],
)
def test_prose_absentee(tmp_path: Path, sentence: str) -> None:
    text = (
        _HEAD
        + "Vid mötet deltog Agneta Lövgren (Falun), Bror Sundin (Mora) och Cilla Hed (Leksand). "
        + sentence
    )
    minutes = _parse(tmp_path, text + _ITEMS)
    assert _people(minutes, "absent") == [("Dag Ulfsson", "Rättvik")]
    assert len(minutes.present) == 3


def test_samt_fran_body_gives_body_and_role_first_names_and_the_note_taker(tmp_path: Path) -> None:
    text = (
        _HEAD
        + "Närvaro\nVid mötet deltog Agneta Lövgren (Falun), Bror Sundin (Mora) och Cilla Hed (Leksand), "
        "samt från Region Dalarna hälso- och sjukvårdsdirektör Elsa Norling och controller Frans Viklund, "
        "som också förde anteckningarna." + _ITEMS
    )
    minutes = _parse(tmp_path, text)
    by_name = {a.name.text: a for a in minutes.present}
    assert by_name["Elsa Norling"].affiliation_canonical == "Region Dalarna"
    assert by_name["Elsa Norling"].role is not None
    assert by_name["Elsa Norling"].role.text == "hälso- och sjukvårdsdirektör"
    assert by_name["Frans Viklund"].role is not None and by_name["Frans Viklund"].role.text == "controller"
    assert minutes.recorded_by is not None and minutes.recorded_by.name.text == "Frans Viklund"
    assert "Cilla Hed" in by_name and by_name["Cilla Hed"].affiliation_canonical == "Leksand"


def test_guest_sentence_gives_role_body_and_items_attended(tmp_path: Path) -> None:
    text = (
        _HEAD + "Vid mötet deltog Agneta Lövgren (Falun), Bror Sundin (Mora) och Cilla Hed (Leksand). "
        "Greta Holm, jurist på Inspektionen för vård och omsorg, deltog under punkt 2 och Hugo Ring, "
        "ekonom i Borlänge kommun, under punkt 3." + _ITEMS
    )
    minutes = _parse(tmp_path, text)
    by_name = {a.name.text: a for a in minutes.present}
    assert by_name["Greta Holm"].items_attended == [2]
    assert by_name["Greta Holm"].note is not None and by_name["Greta Holm"].note.text == "under punkt 2"
    assert by_name["Greta Holm"].role is not None and by_name["Greta Holm"].role.text == "jurist"
    assert by_name["Hugo Ring"].items_attended == [3]
    assert by_name["Hugo Ring"].affiliation_canonical == "Borlänge"


def test_a_sentence_without_a_lead_in_or_verb_is_not_prose(tmp_path: Path) -> None:
    # an ordinary inline list still reads as before (the prose reader declines it)
    minutes = _parse(tmp_path, _HEAD + "Närvarande: Agneta Lövgren (Falun), Bror Sundin (Mora)." + _ITEMS)
    assert _people(minutes, "present") == [("Agneta Lövgren", "Falun"), ("Bror Sundin", "Mora")]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Falun: Agneta Lövgren        Mora: Bror Sundin", ["Agneta Lövgren", "Bror Sundin"]),
        (
            "Falun: Agneta Lövgren\tMora: Bror Sundin\tLeksand: Cilla Hed",
            ["Agneta Lövgren", "Bror Sundin", "Cilla Hed"],
        ),
        ("Agneta Lövgren, Falun      Bror Sundin, Mora", ["Agneta Lövgren", "Bror Sundin"]),
        ("Agneta Lövgren (Falun)   Bror Sundin (Mora)", ["Agneta Lövgren", "Bror Sundin"]),
        ("Agneta Lövgren\tFalun", None),  # a Name<TAB>Body row is ONE entry
        ("Agneta Lövgren, äldreomsorgschef      Falun", None),  # the right side is no entry by itself
        ("Falun: Agneta Lövgren      äldreomsorgschef", None),
        ("Falun: Agneta Lövgren, äldreomsorgschef", None),  # no gap at all
    ],
)
def test_column_gap_splits_only_whole_entries(gaz: Gazetteer, line: str, names: list[str] | None) -> None:
    got = column_entries(line, gaz, 0, len(line))
    if names is None:
        assert got is None
    else:
        assert got is not None
        assert [line[p.name.start : p.name.end] for p, _ in got] == names


def test_two_column_roll_call_gives_each_person_their_body(tmp_path: Path) -> None:
    text = _HEAD + "Närvarande\nFalun: Agneta Lövgren        Mora: Bror Sundin\nLeksand: Cilla Hed\n" + _ITEMS
    minutes = _parse(tmp_path, text)
    assert _people(minutes, "present") == [
        ("Agneta Lövgren", "Falun"),
        ("Bror Sundin", "Mora"),
        ("Cilla Hed", "Leksand"),
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Anteckningar: Frans Viklund, Region Dalarna",
        "Minnesanteckningar: Frans Viklund",
        "Antecknat: Frans Viklund",
        "Minnesanteckningar förda av Frans Viklund",
        "Vid tangentbordet: Frans Viklund",
        "Noterat av Frans Viklund",
    ],
)
def test_recorder_footer(tmp_path: Path, footer: str) -> None:
    text = _HEAD + "Närvarande: Agneta Lövgren (Falun), Bror Sundin (Mora)." + _ITEMS + "\n" + footer + "\n"
    minutes = _parse(tmp_path, text)
    assert minutes.recorded_by is not None and minutes.recorded_by.name.text == "Frans Viklund"
    last = minutes.items[-1]
    assert "Frans Viklund" not in minutes.document.text[last.span.start : last.span.end]


def test_anteckningar_at_the_top_is_the_title_not_a_recorder(tmp_path: Path) -> None:
    text = "Anteckningar: Äldreomsorgsnätverket Dalarna\nDatum: 2027-03-09\n\n"
    text += "Närvarande: Agneta Lövgren (Falun), Bror Sundin (Mora)." + _ITEMS
    minutes = _parse(tmp_path, text)
    assert minutes.recorded_by is None


def test_prose_line_naming_no_one_adds_nothing(tmp_path: Path) -> None:
    text = _HEAD + "Närvarande: Agneta Lövgren (Falun), Bror Sundin (Mora).\n\n"
    text += "I mötet deltog även Polisens representanter." + _ITEMS
    minutes = _parse(tmp_path, text)
    assert len(minutes.present) == 2
    assert not minutes.organisations_present
