"""Meeting date: metadata first, then a header line, then an estimate argued from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.errors import ParseError
from govkg.parse.meeting_date import header_date, meeting_date, meeting_year_hint

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "minutes"

HEADERS = [
    ("Protokoll\nDatum: 2024-03-15\n\nNärvarande\nAnna Exempel, Ale\n\n1. Öppnande\n", "2024-03-15"),
    ("Anteckningar\nDatum och tid: 15 mars 2024, kl. 9–12\n\n1. Öppnande\n", "2024-03-15"),
    ("Kommunchefsgruppen\nTid: fredag 15 mars 2024 kl 9-12\nPlats: GR\n", "2024-03-15"),
    ("Mötesdatum: 2024-03-15\n", "2024-03-15"),
    ("## Anteckningar\n\n**Datum:** 2024-03-15\n", "2024-03-15"),
    ("Protokoll 2024-03-15\n\n1. Val av ordförande\n", "2024-03-15"),
    ("Minnesanteckningar från mötet 15 mars 2024\n\nNärvarande: Ale, Kungälv\n", "2024-03-15"),
    ("# Sammanfattning 24-09-16\n\nKolla gärna att-göra-punkterna.\n", "2024-09-16"),
    ("# Sammanfattning 24.12.06\n\n## Mötesfokus\n", "2024-12-06"),
    ("# Agenda & mötesanteckningar 20201124\n\n* intro\n", "2020-11-24"),
    ("\n\nAnteckningar\n\n2024-03-15\n\nNÄRVARANDE\nAnna Exempel, Ale\n", "2024-03-15"),
    (
        "Protokoll fört vid föreningens höstmöte, torsdag\nden 22 november 2018 klockan 19:30 i Q22.\n",
        "2018-11-22",
    ),
    ("Anteckningar mars 2024\n\n1. Öppnande\n", "2024-03"),
    (
        "<!--\n.. date: 2018-11-29 20:24:00 CET\n-->\n\nProtokoll från vårmötet, 28 februari 2019.\n",
        "2019-02-28",
    ),
]


@pytest.mark.parametrize(("text", "iso"), HEADERS)
def test_header_line(text: str, iso: str) -> None:
    found = meeting_date(text, {})
    assert (found.date, found.source) == (iso, "header")
    assert found.precision == ("day" if len(iso) == 10 else "month")
    (quote,) = found.evidence
    assert text[quote.span.start : quote.span.end] == quote.text


@pytest.mark.parametrize(
    "text",
    [
        "Anteckningar\n\n1. Planering\nDatum: 2024-03-15 gäller nästa möte.\n",
        "Anteckningar\n\nNÄRVARANDE\nAnna Exempel, Ale\n\nEtt möte med 230 kommuner\n",
        "Anteckningar\nTid: 9-12\n\n1. Öppnande\n",
    ],
)
def test_no_header_date(text: str) -> None:
    assert header_date(text) is None


@pytest.mark.parametrize(
    ("metadata", "date", "precision", "source"),
    [
        ({"date": "2024-03-15"}, "2024-03-15", "day", "option"),
        ({"date": "2024-03-15", "date_source": "front-matter"}, "2024-03-15", "day", "front-matter"),
        ({"date": "2024-03", "date_source": "sidecar"}, "2024-03", "month", "sidecar"),
        ({"date": "2024"}, "2024", "year", "option"),
        (
            {"date": "2018-11-29 20:24:00 CET", "date_source": "front-matter"},
            "2018-11-29",
            "day",
            "front-matter",
        ),
        ({"date": "15 mars 2024"}, "2024-03-15", "day", "option"),
    ],
)
def test_metadata_wins_over_the_header(
    metadata: dict[str, str], date: str, precision: str, source: str
) -> None:
    found = meeting_date("Protokoll\nDatum: 2020-01-01\n\n1. Öppnande\n", metadata)
    assert (found.date, found.precision, found.source, found.confidence) == (date, precision, source, 1.0)


def test_bad_metadata_date_is_an_error() -> None:
    with pytest.raises(ParseError, match="not a date"):
        meeting_date("Anteckningar", {"date": "snart"})


# Invented minutes, each with the date it was held and the month (or year) it argues.
ESTIMATES = [
    # held 2023-03-10: a board meeting and the next meetings ahead, the conference year stated
    (
        "Anteckningar\n\n1. Budget\nEn avstämning görs inför styrelsens sammanträde 24 mars.\n\n"
        "2. Kommande möten\n- 14 april: tema kompetens.\n- Konferensen i maj 2023 planeras.\n",
        "2023-03",
        "month",
    ),
    # held 2019-11-08: two undated events ahead, a budget period named for the next year
    (
        "Anteckningar\n\n1. Ekonomi\nBudgeten för 2020 ska beslutas av styrelsen den 22 november.\n"
        "2. Övrigt\nJulbordet blir 13 december.\n",
        "2019-11",
        "month",
    ),
    # held 2020-10-16: looks back on the 2020 conference and ahead to a plan from 2021
    (
        "Anteckningar\n\n1. Uppföljning\nEfter konferensen 2020 görs en utvärdering.\n"
        "2. Planering\nVerksamhetsplanen gäller från och med 2021.\n",
        "2020-11",
        "month",
    ),
    # held 2024-04-05: a meeting in January is past, the next one is ahead without a year
    (
        "Anteckningar\n\n1. Lägesbild\nSedan mötet i januari 2024 har arbetet gått framåt.\n"
        "2. Nästa möte\nNästa möte hålls 12 april.\n",
        "2024-04",
        "month",
    ),
    # held 2024-10-10: only the next meeting is dated
    ("Protokoll\n\n1. Övrigt\nNästa möte planeras preliminärt 2024-10-17.\n", "2024-10", "month"),
    # held in 2024: only a period ahead, no month can be argued
    ("Anteckningar\n\n1. Strategi\nArbetet kommer att påbörjas under 2025.\n", "2024", "year"),
]


@pytest.mark.parametrize(("text", "iso", "precision"), ESTIMATES)
def test_estimate(text: str, iso: str, precision: str) -> None:
    found = meeting_date(text, {})
    assert (found.date, found.precision, found.source) == (iso, precision, "estimate")
    assert 0.0 < found.confidence < 0.95
    assert found.evidence
    for quote in found.evidence:
        assert text[quote.span.start : quote.span.end] == quote.text


@pytest.mark.parametrize(
    "text",
    [
        "Anteckningar\n\n1. Övrigt\nRådslag 15 augusti. Besöket i höstas ställdes in.\n",
        "Anteckningar\n\n1. Övrigt\nInga datum här, bara RUS 2030 och 30 procent.\n",
    ],
)
def test_no_year_no_estimate(text: str) -> None:
    found = meeting_date(text, {})
    assert (found.date, found.precision, found.source) == (None, None, None)


def test_year_hint() -> None:
    assert (
        meeting_year_hint("Anteckningar\n\nEtt ärende kommer den 27 oktober. Planering för 2024-2026.")
        == 2023
    )
    assert meeting_year_hint("Anteckningar", {"date": "2021-05-01"}) == 2021
    assert meeting_year_hint("Anteckningar") is None


# The seed minutes carry no date line; gold months from /work/shared/gold/*.json
# meeting.date_estimate (a human's estimate). 004 names no year at all, so no month can be argued.
SEEDS = [
    ("000_38c23c9cf6929621", "2022-11"),
    ("001_7537a8c44702aa27", "2022-02"),
    ("002_f7e67fe2e3017676", "2023-10"),
    ("003_bdc96ab5fe4f8ea3", "2021-10"),
    ("004_f6d34bfa1328f409", None),
]


@pytest.mark.parametrize(("name", "month"), SEEDS)
def test_seed_months(name: str, month: str | None) -> None:
    path = EXAMPLES / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path} missing")
    found = meeting_date(path.read_text(encoding="utf-8"), {})
    assert found.date == month
