"""Fix round 14b: label | value tables, @-mentions, colon-less group labels, Teams attendance reports,
the recorder in prose and unbracketed item notes after the body.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.attendance import parse_attendee_line


def _parse(text: str) -> Minutes:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return parse_minutes(doc)


def _names(people: object) -> list[str]:
    return [a.name.text for a in people]  # type: ignore[attr-defined]


def _by_name(m: Minutes) -> dict[str, object]:
    return {a.name.text: a for a in m.attendees}


_ITEMS_MD = (
    "## 1. Inledning\n\nStina Falk hälsade välkommen.\n\n"
    "## 2. Budget\n\nGruppen beslutade att godkänna budgeten.\n"
)
_ITEMS_PARA = (
    "**§ 3 Val av justerare**\n\nNämnden beslutar att utse Bo Lind.\n\n"
    "**§ 4 Budget**\n\nNämnden beslutar att godkänna budgeten.\n"
)


# ---- 1. a label | value table: the value cell is the list (and @-mentions name people)


@pytest.mark.parametrize(
    ("present_label", "absent_label"),
    [
        ("**Deltagare**", "**Förhinder**"),
        ("Närvarande", "Frånvarande"),
        ("**Beslutande**", "Anmält förhinder"),
    ],
)
def test_properties_table_reads_the_value_cells(present_label: str, absent_label: str) -> None:
    text = (
        "# 2031-03-04 Kulturchefsgruppen – anteckningar\n\n"
        "| Egenskap | Värde |\n|---|---|\n"
        "| **Datum** | 2031-03-04 |\n"
        "| **Ordförande** | @Stina Falk (Mora) |\n"
        f"| {present_label} | @Stina Falk (Mora), @Bo Lind (Leksand, via Teams), @Kim Sand (Rättvik) |\n"
        "| **Gäster** | @Ulla Berg, Region Dalarna (punkt 2) |\n"
        f"| {absent_label} | @Ola Vik (Orsa) |\n"
        "| **Antecknare** | @Eva Holm, samordnare, Region Dalarna |\n"
        "| **Status** | KLAR |\n\n" + _ITEMS_MD
    )
    m = _parse(text)
    assert _names(m.present) == ["Stina Falk", "Bo Lind", "Kim Sand", "Ulla Berg", "Eva Holm"]
    assert _names(m.absent) == ["Ola Vik"]
    people = _by_name(m)
    assert people["Bo Lind"].affiliation_canonical == "Leksand"  # type: ignore[attr-defined]
    assert people["Ulla Berg"].items_attended == [2]  # type: ignore[attr-defined]
    assert people["Stina Falk"].role.text == "Ordförande"  # type: ignore[attr-defined]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Eva Holm"
    assert [i.number for i in m.items] == ["1", "2"]


def test_column_header_table_is_still_a_column() -> None:
    text = (
        "Anteckningar\n\n| Datum | Plats | Närvarande |\n|---|---|---|\n"
        "| 4 mars | Mora | Stina Falk, Mora |\n|  |  | Bo Lind, Leksand |\n\n" + _ITEMS_MD
    )
    assert _names(_parse(text).present) == ["Stina Falk", "Bo Lind"]


@pytest.mark.parametrize(
    "listed",
    [
        "@Stina Falk (Mora), @Bo Lind (Leksand)",
        # a part without its "@" (an unknown body of two capitalised words) is no person of its own
        "@Stina Falk, Dalarnas Kulturhus (punkt 2), @Bo Lind, Leksand",
    ],
)
def test_mentions_in_a_colon_list(listed: str) -> None:
    m = _parse(f"Anteckningar\n\nDeltagare: {listed}\n\n" + _ITEMS_MD)
    assert _names(m.present) == ["Stina Falk", "Bo Lind"]


_GRID = """**VÄSTBYGDENS GYMNASIENÄMND**

**SAMMANTRÄDESPROTOKOLL**

+--------------------+------------------------------------------------+
| Plats och tid      | Stadshuset, Mora, tisdagen den 4 mars 2031     |
+--------------------+------------------------------------------------+
| Beslutande         | Stina Falk (S), Mora, ordförande               |
|                    | Bo Lind (M), Leksand, vice ordförande          |
|                    | Kim Sand (C), Orsa, tjänstgörande ersättare för|
|                    | Ola Vik (C)                                    |
+--------------------+------------------------------------------------+
| Ej tjänstgörande   | Pia Ström (S), Rättvik                         |
| ersättare          | Lars Ung (M), Älvdalen, §§ 3–4                 |
+--------------------+------------------------------------------------+
| Övriga deltagare   | Eva Holm, förvaltningschef                     |
|                    | Nils Ek, nämndsekreterare                      |
+--------------------+------------------------------------------------+
| Utses att justera  | Bo Lind (M)                                    |
+--------------------+------------------------------------------------+

+--------------------+------------------------------------------------+
| Sekreterare        | .........................................      |
|                    | Nils Ek                                        |
+--------------------+------------------------------------------------+
| Ordförande         | .........................................      |
|                    | Stina Falk                                     |
+--------------------+------------------------------------------------+

"""


def test_grid_protocol_first_page() -> None:
    m = _parse(_GRID + _ITEMS_PARA)
    assert _names(m.present) == [
        "Stina Falk",
        "Bo Lind",
        "Kim Sand",
        "Pia Ström",
        "Lars Ung",
        "Eva Holm",
        "Nils Ek",
    ]
    # "tjänstgörande ersättare för" wraps into the next row: the one replaced is absent, with that body
    assert _names(m.absent) == ["Ola Vik"]
    people = _by_name(m)
    assert people["Ola Vik"].affiliation_canonical == "Orsa"  # type: ignore[attr-defined]
    assert people["Stina Falk"].role.text == "ordförande"  # type: ignore[attr-defined]
    assert people["Kim Sand"].role.text == "tjänstgörande ersättare"  # type: ignore[attr-defined]
    assert people["Lars Ung"].items_attended == [3, 4]  # type: ignore[attr-defined]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Nils Ek"
    assert [i.number for i in m.items] == ["3", "4"]


# ---- 2. group labels without a colon inside one roll call


@pytest.mark.parametrize(
    "labels",
    [
        ("Styrelsens ledamöter", "Styrelsens ersättare", "Tjänstepersoner", "Fackliga organisationer"),
        ("Skog och mark", "Vatten och energi", "Från kansliet", "Ideella organisationer"),
    ],
)
def test_colon_less_group_labels_continue_the_list(labels: tuple[str, str, str, str]) -> None:
    a, b, c, e = labels
    text = (
        "Styrelsens protokoll 3 mars 2031\n\nNärvarande\n\n"
        "Styrelsens ledamöter och ersättare som deltog i sammanträdet.\n\n"
        f"{a}\nStina Falk (S), Mora, ordförande\nBo Lind (M), Leksand §3-4\n\n"
        f"{b}\nKim Sand (C), Orsa\nPia Ström (S), Rättvik\n\n"
        f"{c}\nEva Holm, förbundschef\nNils Ek, administratör\n\n"
        f"{e}\nLena Berg, Vision\n\n"
        "Justering\nAtt justera protokollet valdes Bo Lind. Sekreterare är Nils Ek.\n\n"
        "3 § Val av justerare\n\nStyrelsen beslutar att utse Bo Lind.\n\n"
        "4 § Budget\n\nStyrelsen beslutar att godkänna budgeten.\n"
    )
    m = _parse(text)
    assert _names(m.present) == [
        "Stina Falk",
        "Bo Lind",
        "Kim Sand",
        "Pia Ström",
        "Eva Holm",
        "Nils Ek",
        "Lena Berg",
    ]
    assert _by_name(m)["Bo Lind"].items_attended == [3, 4]  # type: ignore[attr-defined]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Nils Ek"


def test_a_heading_and_its_sentence_end_the_list() -> None:
    text = (
        "Anteckningar\n\nNärvarande\nStina Falk, Mora\nBo Lind, Leksand\n\n"
        "Ekonomi och budget\nGruppen gick igenom budgeten för 2032 och beslutade att godkänna den.\n\n"
        + _ITEMS_MD
    )
    assert _names(_parse(text).present) == ["Stina Falk", "Bo Lind"]


# ---- 3. a pasted Teams attendance report


@pytest.mark.parametrize(
    "header",
    [
        "Namn\tFörsta anslutning\tSenaste utträde\tTid i mötet\tE-post\tRoll",
        "Namn\tFörsta anslutning\tSenaste frånkoppling\tMötesvaraktighet\tE-postadress\tDeltagar-ID\tRoll",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole",
    ],
)
def test_teams_report_rows_are_present_with_the_body_of_their_domain(header: str) -> None:
    extra = "\tx1" if "Deltagar-ID" in header else ""

    def row(name: str, mail: str, role: str) -> str:
        return f"{name}\t2031-03-04 09:58:01\t2031-03-04 12:01:10\t2 h 3 min\t{mail}{extra}\t{role}\n"

    text = (
        "Anteckningar från mötet i Dalarnas kulturnätverk\n\nMöte via Teams den 4 mars 2031.\n\n"
        + _ITEMS_MD
        + "\nNärvarorapport\n\n2. Deltagare\n"
        + header
        + "\n"
        + row("Stina Falk", "stina.falk@mora.se", "Organisatör")
        + row("Konferensrum Siljan", "rum.siljan@mora.se", "Deltagare")
        + row("Bo Lind", "bo.lind@malung-salen.se", "Presentatör")
        + row("Kim Sand (Extern)", "kim.sand@skr.se", "Deltagare")
        + row("Pia Ström", "pia.strom@gmail.com", "Deltagare")
        + "\nFörhinder: Ola Vik (Orsa).\n"
    )
    m = _parse(text)
    assert _names(m.present) == ["Stina Falk", "Bo Lind", "Kim Sand", "Pia Ström"]
    assert _names(m.absent) == ["Ola Vik"]
    people = _by_name(m)
    assert people["Stina Falk"].affiliation_canonical == "Mora"  # type: ignore[attr-defined]
    assert people["Bo Lind"].affiliation_canonical == "Malung-Sälen"  # type: ignore[attr-defined]
    assert people["Kim Sand"].affiliation_canonical == "Sveriges Kommuner och Regioner"  # type: ignore[attr-defined]
    assert people["Kim Sand"].note.text == "(Extern)"  # type: ignore[attr-defined]
    assert people["Pia Ström"].affiliation_canonical is None  # type: ignore[attr-defined]
    assert all(a.role is None for a in m.present)  # the Teams "Roll" is no title


@pytest.mark.parametrize(
    ("address", "body"),
    [
        ("anna.berg@linkoping.se", "Linköping"),
        ("a@edu.ornskoldsvik.se", "Örnsköldsvik"),
        ("a@upplandsvasby.se", "Upplands Väsby"),
        ("a@regionostergotland.se", "Region Östergötland"),
        ("skr.se", "Sveriges Kommuner och Regioner"),
        ("a@gmail.com", None),
    ],
)
def test_body_by_mail_domain(address: str, body: str | None) -> None:
    entry = Gazetteer.load().by_domain(address)
    assert (entry.name if entry else None) == body


# ---- 4. the recorder in the header's prose


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Att justera protokollet valdes Bo Lind. Sekreterare är Nils Ek.", "Nils Ek"),
        ("Sekreterare var Nils Ek.", "Nils Ek"),
        ("Mötet hölls i Mora. Sekreterare vid mötet var Nils Ek, nämndsekreterare.", "Nils Ek"),
    ],
)
def test_recorder_in_prose(sentence: str, name: str) -> None:
    text = "Protokoll\n\nNärvarande\nStina Falk, Mora\nBo Lind, Leksand\n\n" + sentence + "\n\n" + _ITEMS_PARA
    m = _parse(text)
    assert m.recorded_by is not None and m.recorded_by.name.text == name


# ---- 5. an unbracketed item note after the body


@pytest.mark.parametrize(
    ("line", "body", "items"),
    [
        ("Patrik Ek (SD), Mora §12-14", "Mora", [12, 13, 14]),
        ("Kim Sand, handläggare, SKR, 16 §", "SKR", [16]),
        ("Lars Ung (M), Älvdalen, §§ 3–4", "Älvdalen", [3, 4]),
    ],
)
def test_unbracketed_item_note(line: str, body: str, items: list[int]) -> None:
    parsed = parse_attendee_line(line, Gazetteer.load())
    assert parsed is not None and parsed.affiliation is not None
    assert line[parsed.affiliation.start : parsed.affiliation.end] == body
    assert parsed.items_attended == items
