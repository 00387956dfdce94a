"""Fix round 25 (statements and dates): a year that closes a list of dates, a past-tense reminder,
a pronoun clause that does not pass a report on, and a list of meeting dates one a line.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements

# ---- 1. a year that closes a list of dates governs the whole list


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        (
            "Rådet möts 12 mars, 24 september och 19 november 2032.",
            "2031-11-20",
            ["2032-03-12", "2032-09-24", "2032-11-19"],
        ),
        (
            "Mötesdagar: den 3 mars och den 8 december 2032.",
            "2031-10-02",
            ["2032-03-03", "2032-12-08"],
        ),
        # a list across New Year: the earlier, later month is in the year before
        ("Träffar 10 december och 15 januari 2033.", "2032-11-05", ["2032-12-10", "2033-01-15"]),
        # two sentences are no list: the first date is placed by the meeting
        ("Vi sågs 24 september. Nästa år 19 november 2032.", "2031-11-20", ["2031-09-24", "2032-11-19"]),
    ],
)
def test_closing_year_governs_list(text: str, meeting: str, expected: list[str]) -> None:
    assert [d.iso for d in find_dates(text, meeting=meeting)] == expected


# ---- 2. a reminder in the past tense is a follow-up like the present tense


@pytest.mark.parametrize(
    ("text", "is_follow_up"),
    [
        ("Nils Ek påminde om länsdagen den 14 maj 2031 i Gävle.", True),
        ("Ordföranden påminner om länsdagen den 14 maj 2031.", True),
        # without a date a past reminder is only a record of what was said
        ("Nils Ek påminde om vikten av samverkan.", False),
    ],
)
def test_past_reminder(text: str, is_follow_up: bool) -> None:
    _, follow = find_statements(text, meeting="2031-03-12")
    assert bool(follow) is is_follow_up


# ---- 3. a pronoun clause does not pass the report on to a second att-clause


@pytest.mark.parametrize(
    ("text", "is_follow_up"),
    [
        (
            "Lena Vik meddelade att hon slutar i juni och att Bergs kommun återkommer med en ny ledamot.",
            True,
        ),
        # the first clause has its own subject: the whole is another body's news
        (
            "Lena Vik redovisade att Bergs kommun räknar med ökade kostnader och att en plan tas fram.",
            False,
        ),
    ],
)
def test_second_att_clause(text: str, is_follow_up: bool) -> None:
    _, follow = find_statements(text, meeting="2031-03-12")
    assert bool(follow) is is_follow_up


# ---- 4. a list of meeting dates, one a line, is one unit a line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2031-06-11 kl. 9.00–12.00, Teams\n2031-09-17 kl. 9.00–12.00, Gävle\n",
            ["2031-06-11 kl. 9.00–12.00, Teams", "2031-09-17 kl. 9.00–12.00, Gävle"],
        ),
        (
            "11 juni 2031 kl. 9.00\ntorsdag 17 september 2031 kl. 13.00\n",
            ["11 juni 2031 kl. 9.00", "torsdag 17 september 2031 kl. 13.00"],
        ),
        # a line that ends in "och" runs on into the next date
        (
            "11 juni 2031 kl. 9.00 och\n17 september 2031 kl. 13.00 möts rådet.\n",
            ["11 juni 2031 kl. 9.00 och 17 september 2031 kl. 13.00 möts rådet."],
        ),
    ],
)
def test_date_lines(text: str, expected: list[str]) -> None:
    assert [q.text for q in split_sentences(text)] == expected


def test_date_lines_each_a_follow_up() -> None:
    text = "11 juni 2031 kl. 9.00\n17 september 2031 kl. 13.00\n"
    _, follow = find_statements(text, meeting="2031-03-12", title="Kommande möten")
    assert [s.text.text for s in follow] == ["11 juni 2031 kl. 9.00", "17 september 2031 kl. 13.00"]


def test_iso_date_lines_each_a_follow_up() -> None:
    text = "2031-06-11 kl. 9.00–12.00, Teams\n2031-09-17 kl. 9.00–12.00, Gävle\n"
    _, follow = find_statements(text, meeting="2031-03-12", title="Kommande möten")
    assert [s.text.text for s in follow] == [
        "2031-06-11 kl. 9.00–12.00, Teams",
        "2031-09-17 kl. 9.00–12.00, Gävle",
    ]
