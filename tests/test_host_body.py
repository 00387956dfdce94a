"""The body whose meeting it is: its own staff, listed without a body, and its bare "kansliet" are its.

Texts are written for these tests (invented people; real kinds of bodies, names of our own making)."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.host_body import genitive
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


_ROLL = (
    "Närvarande\nAnna Berg (S), Kumla, ordförande\nPer Ek (M), Hallsberg\n\n"
    "Övriga närvarande\nLena Dahl, förbundschef\nOla Nyström, ekonom\n\n"
)
_ITEMS = (
    "§ 1 Budget\n\nDirektionen beslutar att godkänna budgeten. Kansliet återkommer med en plan i maj.\n\n"
    "§ 2 Övrigt\n\nInga övriga frågor.\n"
)


@pytest.mark.parametrize(
    "letterhead",
    [
        "NÄRKES VATTENFÖRBUND                      PROTOKOLL\nDirektionen\n\n",
        "# Närkes Vattenförbund\n\n**Protokoll från direktionens sammanträde**\n\n",
        "Närkes Vattenförbund\nDirektionen\nSammanträdesdatum: 2027-03-04\n\n",
    ],
)
def test_staff_listed_without_a_body_belong_to_the_body_in_the_letterhead(letterhead: str) -> None:
    m = _extract(letterhead + _ROLL + _ITEMS)
    bodies = {a.name.text: a.affiliation_canonical for a in m.present}
    assert bodies["Lena Dahl"] == bodies["Ola Nyström"]
    assert (bodies["Lena Dahl"] or "").lower() == "närkes vattenförbund"
    assert bodies["Anna Berg"] == "Kumla"  # a body written in the list stays as written
    assert m.present[2].affiliation is None  # nothing is added to what the text says


def test_the_bare_administration_is_the_hosts_own() -> None:
    m = _extract("Närkes Vattenförbund\nDirektionen\n\n" + _ROLL + _ITEMS)
    canon = {o.surface.text: o.canonical for o in m.items[0].organisations_mentioned}
    assert canon.get("Kansliet", "").lower() == "närkes vattenförbunds kansli"


@pytest.mark.parametrize(
    "letterhead",
    [
        "Region Örebro län\nKommunchefsgruppen\n\n",  # a region convenes a network: no staff of its own here
        "Direktionen\nProtokoll\n\n",  # a bare organ names no body
        "Minnesanteckningar\n\n",
    ],
)
def test_without_a_hosting_body_in_the_letterhead_staff_keep_no_body(letterhead: str) -> None:
    m = _extract(letterhead + _ROLL + _ITEMS)
    assert {a.name.text: a.affiliation_canonical for a in m.present}["Lena Dahl"] is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Emåförbundet", "Emåförbundets"),
        ("Västkom", "Västkoms"),
        ("Borås", "Borås"),
        ("Storsthlm", "Storsthlms"),
    ],
)
def test_the_genitive_adds_s_unless_the_name_ends_in_one(name: str, expected: str) -> None:
    assert genitive(name) == expected
