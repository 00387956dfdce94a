"""Fix round 20 (statements and dates): months ahead in early-year minutes, cost estimates and
descriptions that are no tasks, a project named as subject, the item's own title, a task for every
member, and a numbered decision point wrapped at column 0.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements

_FEBRUARY = "2031-02-12"


def _dates(text: str, meeting: str = _FEBRUARY) -> list[tuple[str, str]]:
    return [(d.surface.text, d.iso) for d in find_dates(text, meeting=meeting)]


def _follow_ups(text: str, title: str = "") -> list[str]:
    return [f.text.text for f in find_statements(text, meeting=_FEBRUARY, title=title)[1]]


def _decisions(text: str, title: str = "") -> list[str]:
    return [d.text.text for d in find_statements(text, meeting=_FEBRUARY, title=title)[0]]


# ---- 1. a month ahead in early-year minutes is this year's; a past one is last year's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expectation, in its own clause after a reported plan
        (
            "Eva Lind berättade att Boverket planerar att öppna utlysningen i april"
            " och besked väntas i november.",
            [("april", "2031-04"), ("november", "2031-11")],
        ),
        ("Slutrapporten ska lämnas till styrelsen i december.", [("december", "2031-12")]),
        # a past tense keeps the turn-of-year rule
        ("I december beslutade direktionen att anta taxan.", [("december", "2030-12")]),
        ("Rapporten som lämnades i december ska nu behandlas.", [("december", "2030-12")]),
        ("Enkäten skickades ut i december.", [("december", "2030-12")]),
    ],
)
def test_the_tense_of_the_dates_clause_places_a_late_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kommande möten:\n- 4 juni kl. 9.00–12.00, digitalt\n- 8 oktober kl. 13.00, Stadshuset\n"
        "- 3 december kl. 9.00\n",
        "Kommande möten\n4 juni, 8 oktober och 3 december.\n",
        "Kommande möten 2031:\n- 4 juni kl. 9.00\n- 8 oktober kl. 13.00\n- 3 december kl. 9.00\n",
    ],
)
def test_a_list_of_coming_meetings_lies_ahead_in_the_meeting_year(text: str) -> None:
    days = [d for d in _dates(text) if len(d[1]) == 10]
    assert days == [("4 juni", "2031-06-04"), ("8 oktober", "2031-10-08"), ("3 december", "2031-12-03")]


def test_a_list_after_its_heading_ends_at_the_blank_line() -> None:
    text = "Kommande möten:\n- 8 oktober\n\nI december genomfördes en enkät bland medlemmarna.\n"
    assert _dates(text) == [("8 oktober", "2031-10-08"), ("december", "2030-12")]


# ---- 2. an estimated amount and a description are no tasks; a project is no actor


@pytest.mark.parametrize(
    ("text", "is_follow_up"),
    [
        ("Kostnaden beräknas till cirka 450 000 kronor per år.", False),
        ("Investeringen beräknas uppgå till 12 miljoner kronor.", False),
        ("Ombyggnaden beräknas vara klar i september.", True),
        ("Driftstarten beräknas ske under hösten.", True),
        ("Broschyren tas fram tillsammans med folkhögskolan och riktar sig till nyanlända.", False),
        ("En gemensam lägesbild tas fram under våren.", True),
        ("Olle Ström tar fram ett förslag till nästa möte.", True),
        ("Projektet Grönare Gårdar ska stärka samarbetet mellan bostadsbolagen.", False),
        ("Satsningen Unga Röster ska ge fler ungdomar inflytande.", False),
        ("Region Gotland ska återkomma med ett förslag.", True),
    ],
)
def test_follow_up_precision(text: str, is_follow_up: bool) -> None:
    assert bool(_follow_ups(text)) is is_follow_up


# ---- 3. the item's own title records nothing; a task for every member counts


@pytest.mark.parametrize(
    ("region", "title"),
    [
        ("1. Mötet öppnas och dagordningen fastställs\nOrdföranden hälsade alla välkomna.\n",
         "Mötet öppnas och dagordningen fastställs"),
        ("## 4. Årsredovisningen godkänns\n\nEkonomichefen gick igenom årsredovisningen.\n",
         "Årsredovisningen godkänns"),
        ("\n**Protokollet läggs till handlingarna**\n\nSekreteraren läste upp protokollet.\n",
         "Protokollet läggs till handlingarna"),
    ],
)  # fmt: skip
def test_the_items_own_title_is_no_decision(region: str, title: str) -> None:
    assert _decisions(region, title=title) == []


def test_a_decision_under_the_title_is_still_found() -> None:
    region = "2. Dagordningen fastställs\nDagordningen fastställdes med ett tillägg.\n"
    assert _decisions(region, title="Dagordningen fastställs") == [
        "Dagordningen fastställdes med ett tillägg."
    ]


def test_a_run_in_title_does_not_hide_its_decision() -> None:
    region = "Sommarlägret 2032: beslut att inte arrangera lägret nästa år.\n"
    assert _decisions(region, title="Sommarlägret 2032") == [region.strip()]


@pytest.mark.parametrize(
    ("text", "is_follow_up"),
    [
        ("Varje kommun lämnar eget yttrande till länsstyrelsen.", True),
        ("Respektive förbund återkopplar till kansliet om sina behov.", True),
        ("Samtliga kommuner sammanställer sina synpunkter inför mötet.", True),
        ("Varje kommun lämnar statistik till regionen årligen.", False),
        ("Varje kommun har en egen samordnare.", False),
        ("Alla kommuner lämnade sina svar i tid.", False),
    ],
)
def test_a_task_for_every_member_is_a_follow_up_without_a_date(text: str, is_follow_up: bool) -> None:
    assert bool(_follow_ups(text)) is is_follow_up


# ---- 4. a numbered decision point wrapped at column 0 stays one sentence

_NUMBERED_DECISIONS = (
    "Nämndens beslut\n"
    "1. Nämnden godkänner att upphandlingen av den andra etappen genomförs inom\n"
    "Projekt Östra Stranden enligt kontorets förslag.\n"
    "2. Nämnden antar tidplanen för arbetet med den nya översiktsplanen och dess\n"
    "Miljökonsekvensbeskrivning.\n"
    "3. Förvaltningschefen ska rapportera om arbetet till nämnden.\n"
)


def test_a_wrapped_numbered_point_is_one_sentence() -> None:
    texts = [q.text for q in split_sentences(_NUMBERED_DECISIONS)]
    assert texts[1] == (
        "Nämnden godkänner att upphandlingen av den andra etappen genomförs inom "
        "Projekt Östra Stranden enligt kontorets förslag."
    )
    assert texts[2].endswith("och dess Miljökonsekvensbeskrivning.")


def test_the_decision_block_runs_past_a_wrapped_point() -> None:
    decisions = _decisions(_NUMBERED_DECISIONS)
    assert len(decisions) == 3
    assert decisions[2] == "Förvaltningschefen ska rapportera om arbetet till nämnden."
    assert _follow_ups(_NUMBERED_DECISIONS) == []


def test_a_short_numbered_line_above_a_capitalised_line_is_not_joined() -> None:
    text = "1. Budget\nEkonomichefen redovisade utfallet.\n"
    assert [q.text for q in split_sentences(text)] == ["Budget", "Ekonomichefen redovisade utfallet."]
