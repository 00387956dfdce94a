"""Fix round 13b (content): run-in field labels of field-list items, the protocol's att-clause
decision, stated conditions, and a "th"/"t" first-name pair whose one side is a federation's own
unaffiliated staff member in its own minutes.

All texts and names are written for these tests.
"""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements
from govkg.model import Attendee, Document, Item, Minutes, OrgMention, Quote, Span
from govkg.resolve import resolve

FIELDS = (
    "Inledning\n"
    "  Föredragande: Eva Lind\n"
    "  Beslut: Dagordningen fastställdes.\n"
    "  Ansvarig: Olle Berg tar kontakt med Region Dalarna före den 2 maj.\n"
)


def test_a_field_label_ends_the_sentence_before_it() -> None:
    texts = [q.text for q in split_sentences(FIELDS)]
    assert texts == [
        "Inledning",
        "Föredragande: Eva Lind",
        "Beslut: Dagordningen fastställdes.",
        "Ansvarig: Olle Berg tar kontakt med Region Dalarna före den 2 maj.",
    ]


def test_each_field_is_its_own_statement() -> None:
    decisions, follow_ups = find_statements(FIELDS, 100)
    assert [d.text.text for d in decisions] == ["Beslut: Dagordningen fastställdes."]
    assert [f.text.text for f in follow_ups] == [
        "Ansvarig: Olle Berg tar kontakt med Region Dalarna före den 2 maj."
    ]
    start = FIELDS.index("Beslut:")
    assert decisions[0].text.span == Span(
        100 + start, 100 + start + len("Beslut: Dagordningen fastställdes.")
    )


@pytest.mark.parametrize("text", ["Ansvarig: Olle Berg", "Ansvarig: –"])  # no step stated
def test_a_responsibility_label_needs_a_step(text: str) -> None:
    decisions, follow_ups = find_statements(text)
    assert not decisions and not follow_ups


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Styrelsen beslutar att ge direktören i uppdrag att ta fram ett förslag, och att förslaget "
         "ska redovisas den 9 juni 2027.", "decision"),
        ("Regionstyrelsen beslutar om planen den 16 juni.", "follow_up"),
        ("Ett medlemskap kräver att samtliga fullmäktige godkänner en ändrad förbundsordning.", None),
        ("Nätverket godkänner planen.", "decision"),
    ],
)  # fmt: skip
def test_att_clause_decisions_and_conditions(text: str, kind: str | None) -> None:
    decisions, follow_ups = find_statements(text)
    found = "decision" if decisions else "follow_up" if follow_ups else None
    assert found == kind


def _minutes(name: str, person: tuple[str, str | None], orgs: list[str]) -> Minutes:
    doc = Document(
        path=name,
        name=name,
        filename=f"{name}.txt",
        text="",
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    m = Minutes(document=doc)
    n, a = person
    m.present = [Attendee(Quote(n, Span(0, len(n))), "present", affiliation_canonical=a)]
    item = Item("1", 1, Quote("Ärende", Span(0, 6)), Span(0, 6), Span(0, 6))
    item.organisations_mentioned = [OrgMention(Quote(o, Span(0, len(o))), o, "other") for o in orgs]
    m.items = [item]
    return m


@pytest.mark.parametrize(
    ("second", "orgs", "same"),
    [
        ("Mattias Holmsjö", ["Arkivförbundet Syd"], True),  # own staff, the body named there
        ("Mattias Holmsjö", ["Region Kronoberg"], False),  # the body is not named there
        ("Mattias Holmberg", ["Arkivförbundet Syd"], False),  # another surname
        ("Magnus Holmsjö", ["Arkivförbundet Syd"], False),  # another first name
    ],
)
def test_th_t_pair_joins_unaffiliated_staff_of_the_named_body(
    second: str, orgs: list[str], same: bool
) -> None:
    one = _minutes("a", ("Matthias Holmsjö", "Arkivförbundet Syd"), [])
    two = _minutes("b", (second, None), orgs)
    report = resolve([one, two])
    assert (one.present[0].person_id == two.present[0].person_id) is same
    assert any("spelling variant" in m.reason for m in report.merges) is same


def test_an_unaffiliated_one_letter_variant_still_stays_apart() -> None:
    one = _minutes("a", ("Evike Holmsjö", "Arkivförbundet Syd"), [])
    two = _minutes("b", ("Evice Holmsjö", None), ["Arkivförbundet Syd"])
    resolve([one, two])
    assert one.present[0].person_id != two.present[0].person_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under januari–februari 2027 ökade antalet.", [("januari–februari 2027", "2027-01/2027-02")]),
        ("Under januari - mars 2027.", [("januari - mars 2027", "2027-01/2027-03")]),
        # OCR "l" for "1" in a day number before a month name
        ("Medlemskap från den l januari 2028.", [("l januari 2028", "2028-01-01")]),
        ("Möten 2l mars 2027.", [("2l mars 2027", "2027-03-21")]),
        # "I januari" is the preposition, never a day
        ("I januari 2028 startar arbetet.", [("januari 2028", "2028-01")]),
    ],
)
def test_month_ranges_and_ocr_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.surface.text, d.iso) for d in find_dates(text, meeting="2027-03-18")] == expected
