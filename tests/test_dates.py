"""Swedish date expressions → DateMention: surface, ISO value, granularity and span."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govkg.extract.dates import find_dates, infer_year, season_year

# (text, meeting, expected surface, iso, granularity, year_inferred)
POSITIVE = [
    ("Ärendet kommer till styrelsen den 27 oktober.", "2023", "27 oktober", "2023-10-27", "day", True),
    ("Planen var en heldag den 10 november.", "2023", "10 november", "2023-11-10", "day", True),
    ("Första mötet är den 23-24/10 och", "2023", "23-24/10", "2023-10-23/2023-10-24", "range", True),
    ("Lunchmöte. 11-12 november 2021.", None, "11-12 november 2021", "2021-11-11/2021-11-12", "range", False),
    ("Gruppen tar ställning 4 mars 2022 efter avstämning.", None, "4 mars 2022", "2022-03-04", "day", False),
    ("blir lag från 1 januari 2022.", None, "1 januari 2022", "2022-01-01", "day", False),
    ("Datum: 2024-03-15", None, "2024-03-15", "2024-03-15", "day", False),
    ("Svar senast 15/3.", "2024", "15/3", "2024-03-15", "day", True),
    ("Svar senast 15/3 2024.", None, "15/3 2024", "2024-03-15", "day", False),
    ("Svar senast 15.3.2024.", None, "15.3.2024", "2024-03-15", "day", False),
    ("Rapporten kommer i mars 2024.", None, "mars 2024", "2024-03", "month", False),
    ("I juni 2023 blir det ett lunch-lunchmöte.", None, "juni 2023", "2023-06", "month", False),
    ("På Byggbenchen i mars ges tillfälle", "2022", "mars", "2022-03", "month", True),
    ("undertecknat under hösten 2022.", None, "hösten 2022", "2022", "season", False),
    ("utrullning våren 2023.", None, "våren 2023", "2023", "season", False),
    ("Nytt möte planeras till våren.", "2023-10", "våren", "2024", "season", True),
    ("Nytt möte planeras till våren.", "2024-02", "våren", "2024", "season", True),
    ("det inställda besöket i höstas.", "2024-03", "i höstas", "2023", "season", True),
    ("det inställda besöket i höstas.", "2024", "i höstas", "2023", "season", True),
    ("som vi sa i våras", "2023-10", "i våras", "2023", "season", True),
    ("Utbildningen ges vecka 12.", "2024", "vecka 12", "2024-03-18/2024-03-24", "range", True),
    ("en aktörsgemensam planering för 2024-2026 och", None, "2024-2026", "2024/2026", "range", False),
    ("strategiska inriktning 2024–2027 kommer", None, "2024–2027", "2024/2027", "range", False),
    ("kommer att påbörjas under 2022.", None, "2022", "2022", "year", False),
    ("de politiska organisationerna från och med 2023.", None, "2023", "2023", "year", False),
    ("demokrati och valet 2022 som står", None, "valet 2022", "2022", "year", False),
    ("Konferensen 30 november–2 december 2021 i Malmö", None, "30 november–2 december 2021",
     "2021-11-30/2021-12-02", "range", False),
    ("Veckan 20/6-23/6 passar.", "2022", "20/6-23/6", "2022-06-20/2022-06-23", "range", True),
    ("Beslut den 3 feb. 2024 om", None, "3 feb. 2024", "2024-02-03", "day", False),
    ("Rapport 2024-03 är klar.", None, "2024-03", "2024-03", "month", False),
    ("Ett ärende den 15 januari.", "2023-11", "15 januari", "2024-01-15", "day", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "meeting", "surface", "iso", "granularity", "inferred"), POSITIVE)
def test_expression(
    text: str, meeting: str | None, surface: str, iso: str, granularity: str, inferred: bool
) -> None:
    found = find_dates(text, meeting=meeting)
    assert [(d.surface.text, d.iso, d.granularity, d.year_inferred) for d in found] == [
        (surface, iso, granularity, inferred)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Detta ändras till ett ordinarie möte, 9-12 på GR.",
        "Mötet hålls kl. 13.00-15.00 i stora salen.",
        "den regionala utvecklingsstrategin RUS 2030.",
        "social hållbarhet i agenda 2030-arbetet",
        "Se Agenda 2030 och Vision 2025.",
        "http://websvrnu.his.se/hd2021/Tema-3_punkt-2.webm",
        "ett delat ägarskap för Göteborg och GR på 50/50.",
        "kommunerna genomför 30 procent av vården",
        "sammanlagt 230 kommuner skickat in",
        "Göteborgsregionens 13 kommuner",
        "Bidraget är 2000 kronor per deltagare.",
        "ca 1/3 av kommunerna",
        "Dnr 2021/0045",
        "idag, just nu, framöver, under veckan och de senaste åren",
        "nästan ett år i förväg",
        "Hur går det i vår kommun?",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, meeting_year=2023) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ett ärende kommer den 27 oktober.",
        "Nätverket möts 23-24/10.",
        "i höstas",
        "Nytt möte till våren.",
        "i mars",
    ],
)
def test_no_year_known_means_no_guess(text: str) -> None:
    assert find_dates(text) == []


def test_spans_count_from_the_offset() -> None:
    text = "Styrelsen den 27 oktober."
    (mention,) = find_dates(text, 100, meeting_year=2023)
    assert mention.surface.span.start == 100 + text.index("27")
    assert mention.surface.span.end == 100 + text.index(".")


def test_several_in_order() -> None:
    text = "4 mars står kompetens på dagordningen. 8 april är det valet 2022."
    assert [d.iso for d in find_dates(text, meeting_year=2022)] == ["2022-03-04", "2022-04-08", "2022"]


def test_meeting_year_alone_completes_the_year() -> None:
    (mention,) = find_dates("Rådslag 15 augusti.", meeting_year=2024)
    assert (mention.iso, mention.year_inferred) == ("2024-08-15", True)


@pytest.mark.parametrize(
    ("month", "ref_year", "ref_month", "expected"),
    [(3, 2022, None, 2022), (3, 2022, 2, 2022), (1, 2021, 11, 2022), (12, 2022, 2, 2021), (6, 2022, 2, 2022)],
)
def test_infer_year_looks_ahead(month: int, ref_year: int, ref_month: int | None, expected: int) -> None:
    assert infer_year(month, ref_year, ref_month) == expected


@pytest.mark.parametrize(
    ("season", "relative", "ref_month", "expected"),
    [
        ("hösten", "past", 3, 2023),
        ("hösten", "past", 12, 2024),
        ("våren", "past", 9, 2024),
        ("våren", None, 10, 2025),
        ("våren", None, 2, 2024),
        ("hösten", None, None, 2024),
    ],
)
def test_season_year(season: str, relative: str | None, ref_month: int | None, expected: int) -> None:
    assert season_year(season, relative, 2024, ref_month) == expected


@given(st.text(alphabet=st.sampled_from(list("0123456789 -–/.:,kl den mars oktober våren i höstas 2022\n"))))
def test_never_raises_and_spans_cut_the_surface(text: str) -> None:
    for mention in find_dates(text, 7, meeting="2022-10"):
        span = mention.surface.span
        assert text[span.start - 7 : span.end - 7] == mention.surface.text


@given(st.text())
def test_any_text(text: str) -> None:
    for mention in find_dates(text, meeting_year=2022):
        assert text[mention.surface.span.start : mention.surface.span.end] == mention.surface.text
