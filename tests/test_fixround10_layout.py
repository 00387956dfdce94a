"""Fix round 10a: board brackets "(role, Body[, § N])", roll-call group labels, timetables, chat check-ins."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


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


ITEMS = "\n§ 1 Ekonomi\nUtfallet redovisades.\n\n§ 2 Övrigt\nInga övriga frågor.\n"


def _one(line: str) -> tuple[str, str | None, str | None, list[int] | None]:
    m = _parse(f"Minnesanteckningar\nDatum: 2031-03-04\n\nNärvarande\n{line}\n{ITEMS}")
    assert len(m.present) == 1, [a.name.text for a in m.present]
    a = m.present[0]
    return a.name.text, a.role.text if a.role else None, a.affiliation_canonical, a.items_attended


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Per Ek (ledamot, Lindesberg)", ("Per Ek", "ledamot", "Lindesberg", None)),
        ("Per Ek (ersättare, Lindesberg)", ("Per Ek", "ersättare", "Lindesberg", None)),
        ("Per Ek (Lindesberg, ledamot)", ("Per Ek", "ledamot", "Lindesberg", None)),
        (
            "Siv Hall (vice ordförande, Region Örebro län)",
            ("Siv Hall", "vice ordförande", "Region Örebro län", None),
        ),
        ("Siv Hall (adjungerad, Hällefors)", ("Siv Hall", "adjungerad", "Hällefors", None)),
        # a body the gazetteer does not know, with the items attended in a third part
        (
            "Kim Sten (controller, Samordningsförbundet Norra Bergslagen, § 2)",
            ("Kim Sten", "controller", "Samordningsförbundet Norra Bergslagen", [2]),
        ),
        (
            "Eva Rydh (funktionschef, enheten för beredskap, Länsstyrelsen i Örebro län, p 2)",
            ("Eva Rydh", "funktionschef, enheten för beredskap", "Länsstyrelsen i Örebro län", [2]),
        ),
        ("Eva Rydh (socialchef, Ljusnarsberg, p 1)", ("Eva Rydh", "socialchef", "Ljusnarsberg", [1])),
        (
            "Eva Rydh (utvecklingsstrateg, Nora, punkt 1–2)",
            ("Eva Rydh", "utvecklingsstrateg", "Nora", [1, 2]),
        ),
    ],
)
def test_board_bracket_gives_role_body_and_items(
    line: str, expected: tuple[str, str | None, str | None, list[int] | None]
) -> None:
    assert _one(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Per Ek (ersättare för Olle Sand)",  # a substitute's note, no body
        "Per Ek (ordförande, Olle Sand)",  # a person in the second part is no body
        "Per Ek (lämnade mötet kl. 15, Nora)",  # no title word: a note
    ],
)
def test_bracket_without_role_and_body_stays_a_note(line: str) -> None:
    m = _parse(f"Minnesanteckningar\nDatum: 2031-03-04\n\nNärvarande\n{line}\n{ITEMS}")
    a = m.present[0]
    assert a.affiliation is None
    assert a.note is not None


ROLL = (
    "Minnesanteckningar från styrelsemöte\nDatum: 2031-03-04\n\nNärvarande\n"
    "Ledamöter: Anna Lind (ordförande, Nora) och Per Ek (ledamot, Lindesberg).\n"
    "{label}: Ola Rask (ersättare, Nora) och Moa Dahl (ekonom, Hällefors, § 2).\n\n"
    "Förhinder: Bo Ahl (ersättare, Nora).\n{items}"
)


@pytest.mark.parametrize(
    "label", ["Ersättare", "Tjänstepersoner", "Övriga", "Adjungerade", "Gäster", "Tjänstemän", "Suppleanter"]
)
def test_group_label_continues_the_roll_call(label: str) -> None:
    m = _parse(ROLL.format(label=label, items=ITEMS))
    assert [(a.name.text, a.affiliation_canonical) for a in m.present] == [
        ("Anna Lind", "Nora"),
        ("Per Ek", "Lindesberg"),
        ("Ola Rask", "Nora"),
        ("Moa Dahl", "Hällefors"),
    ]
    assert [a.name.text for a in m.absent] == ["Bo Ahl"]
    assert [it.number for it in m.items] == ["1", "2"]


def test_group_label_outside_a_roll_call_is_text() -> None:
    text = (
        "Minnesanteckningar\nDatum: 2031-03-04\nNärvarande: Anna Lind (Nora)\n\n"
        "§ 1 Ekonomi\nUtfallet redovisades.\nÖvriga: Per Ek (ledamot, Lindesberg) hade inga frågor.\n"
        "\n§ 2 Övrigt\nInga övriga frågor.\n"
    )
    m = _parse(text)
    assert [a.name.text for a in m.present] == ["Anna Lind"]


TIMETABLE = (
    "Nätverket för klimatsamordnare\nTräff via Zoom onsdag 3 mars 2031\n\nProgram\n"
    "13.00  1. Inledning\n13.10  2. Energiplaner\n{pause}  Kaffe\n14.15  3. Solceller\n15.00  Avslut\n\n"
    "Närvarande: Anna Lind (Nora), Per Ek (Lindesberg)\n\n"
    "1. Inledning\nAnna Lind hälsade välkommen.\n\n2. Energiplaner\nPer Ek berättade om planen.\n\n"
    "3. Solceller\nNätverket beslutade att ta fram en checklista.\n"
)


@pytest.mark.parametrize("pause", ["14.00", "14:00", "14.00–14.15"])
def test_timetable_with_break_rows_is_a_list_not_the_items(pause: str) -> None:
    m = _parse(TIMETABLE.format(pause=pause))
    assert [(it.number, it.title.text) for it in m.items] == [
        ("1", "Inledning"),
        ("2", "Energiplaner"),
        ("3", "Solceller"),
    ]
    text = m.document.text
    bodies = [text[it.span.start : it.span.end] for it in m.items]
    assert "hälsade välkommen" in bodies[0]
    assert "checklista" in bodies[2]


CHAT = (
    "Nätverket för klimatsamordnare\nTräff via Zoom onsdag 3 mars 2031\n\n"
    "Närvaro (från chatten)\n{lines}\n\nAnteckningar förda av: Karin Öst\n\n"
    "1. Inledning\nKarin hälsade välkommen.\n\n2. Energiplaner\nInga frågor.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("13:02  Britt Söder: Britt, Sigtuna", ("Britt Söder", "Sigtuna", None, None)),
        ("13:02  Leo Frisk: Hej från Enköping!", ("Leo Frisk", "Enköping", None, None)),
        ("13:03  Nina Ås: Nina Ås, energistrateg Tierp", ("Nina Ås", "Tierp", "energistrateg", None)),
        ("13:04  Ulf Berg: Östhammar här", ("Ulf Berg", "Östhammar", None, None)),
        ("[13:05] Mona Vik: hälsningar från Knivsta", ("Mona Vik", "Knivsta", None, None)),
        ("Olle Dal (13:06): Olle, Håbo, med under punkt 2", ("Olle Dal", "Håbo", None, [2])),
        ("13:01  Karin Öst (moderator, Enköping): Välkomna!", ("Karin Öst", "Enköping", "moderator", None)),
        ("13:07  Siv Holm: god morgon", ("Siv Holm", None, None, None)),
    ],
)
def test_chat_check_in_under_a_cue_is_an_attendee(
    line: str, expected: tuple[str, str | None, str | None, list[int] | None]
) -> None:
    m = _parse(CHAT.format(lines=line))
    assert len(m.present) == 1
    a = m.present[0]
    got = (a.name.text, a.affiliation_canonical, a.role.text if a.role else None, a.items_attended)
    assert got == expected


def test_chat_lines_in_an_item_are_not_attendees() -> None:
    text = (
        CHAT.format(lines="13:02  Britt Söder: Britt, Sigtuna")
        + "Frågor i chatten:\n13:40  Leo Frisk: Tack!\n"
    )
    m = _parse(text)
    assert [a.name.text for a in m.present] == ["Britt Söder"]


def test_programme_with_lines_under_entries_yields_to_the_sections_below_the_roll_call() -> None:
    text = (
        "Nätverket för klimatsamordnare\nTräff onsdag 3 mars 2031\n\nProgram\n"
        "13.00  1. Inledning\nAnsvarig: Anna Lind\n13.30  2. Energiplaner\nAnsvarig: Per Ek\n\n"
        "Närvarande: Anna Lind (Nora), Per Ek (Lindesberg)\n\n"
        "1. Inledning\nAnna Lind hälsade välkommen.\n\n2. Energiplaner\nPer Ek berättade om planen.\n"
    )
    m = _parse(text)
    bodies = [m.document.text[it.span.start : it.span.end] for it in m.items]
    assert [it.title.text for it in m.items] == ["Inledning", "Energiplaner"]
    assert "hälsade välkommen" in bodies[0]
    assert "berättade om planen" in bodies[1]
