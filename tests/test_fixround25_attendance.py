"""Fix round 25 (attendance and item titles): a signature row whose secretary label is followed by a
dotted rule after one space, and a lone "§ n" line whose title line carries a right-aligned case number.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _parse(text: str, name: str = "t.txt") -> Minutes:
    doc = Document(
        path=name, name="t", filename=name, text=text, sha256="", media_type="text/plain", encoding="utf-8"
    )
    return parse_minutes(doc)


# ---- 1. "Sekreterare ………" (one space before the rule), the name below is the recorder

_HEAD = (
    "Plats och tid      Stadshuset, Vänersborg, kl. 09.00–11.30\n\n"
    "Beslutande         Gustav Lind (S), ordförande, Tranås kommun\n"
    "                   Hedda Sjöberg (M), Eksjö kommun\n\n"
    "Utses att justera  Hedda Sjöberg\n\n"
)
_TAIL = (
    "\n\n§ 8\n\nMötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
    "§ 9\n\nVal av justerare\n\nHedda Sjöberg valdes att justera protokollet.\n"
)


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Underskrifter      Sekreterare ……………………………………    Paragrafer 8–9", "Elin Brandt"),
        ("Underskrifter      Sekreterare ..........................    Paragrafer 8–9", "Moa Ekdahl"),
        ("Underskrifter      Protokollförare ______________________", "Nils Vik"),
        ("Underskrifter      Sekreterare   ……………………………………    Paragrafer 8–9", "Elin Brandt"),
    ],
)
def test_secretary_label_then_dotted_rule_after_one_space(row: str, name: str) -> None:
    m = _parse(_HEAD + row + "\n                                 " + name + _TAIL)
    assert m.recorded_by is not None
    assert m.recorded_by.name.text == name


def test_a_sentence_with_a_dotted_gap_is_no_signature_row() -> None:
    text = _HEAD + "Sekreterare ska fylla i ……………… senare   enligt rutin\n" + _TAIL
    assert _parse(text).recorded_by is None


# ---- 2. a lone "§ n" line, the title on the next line with the case number at the right

_PROTOCOL = (
    "PROTOKOLL\n\n"
    "§ 21\n\n"
    "Budget 2031                                              Dnr MBF 2030/044\n\n"
    "Ärendebeskrivning\nFörbundet har tagit fram ett förslag till budget.\n\n"
    "§ 22\n\n"
    "Taxa för tillsyn                                       Dnr 2030/051\n\n"
    "Direktionen beslutar att anta taxan.\n\n"
    "§ 23\n\n"
    "Delårsrapport augusti (Dnr MBF 2030/060)\n\n"
    "Rapporten lades till handlingarna.\n\n"
    "§ 24\n\n"
    "Val av revisor\n\n"
    "Direktionen beslutar att välja Ida Holm.\n"
)


def test_lone_section_titles_lose_their_case_number() -> None:
    m = _parse(_PROTOCOL)
    assert [(i.number, i.title.text) for i in m.items] == [
        ("21", "Budget 2031"),
        ("22", "Taxa för tillsyn"),
        ("23", "Delårsrapport augusti"),
        ("24", "Val av revisor"),
    ]
    for item in m.items:  # the title quotes the document exactly where its span points
        assert _PROTOCOL[item.title.span.start : item.title.span.end] == item.title.text


def test_case_number_line_between_number_and_title_still_works() -> None:
    text = _PROTOCOL.replace("§ 21\n\n", "§ 21\nDnr MBF 2030/044\n\n", 1).replace(
        "Budget 2031                                              Dnr MBF 2030/044", "Budget 2031"
    )
    assert _parse(text).items[0].title.text == "Budget 2031"
