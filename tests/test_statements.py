"""Decisions and follow-ups in minutes prose: the cue rules, the Beslut block, the agents.

Every sentence here is written for these tests (other networks than the seeds': socialchefsnätverk,
styrelse, arbetsgrupp), so the rules are tested on text they were not fitted to.
"""

from __future__ import annotations

import pytest

from govkg.extract.statements import GROUP_AGENT_ID, Cues, find_agent, find_statements

DECISIONS = [
    "Socialcheferna vill att arbetsgruppen tar fram en gemensam rutin för orosanmälningar.",
    "Styrelsen beslutar att anta budgeten för 2025.",
    "Beslutades att arbetsgruppen förlängs till årets slut.",
    "Arbetsgruppen är eniga om att införa en gemensam mall.",
    "Nätverket ställer sig bakom förslaget om gemensam upphandling av trygghetslarm.",
    "Styrelsen godkänner verksamhetsberättelsen.",
    "Mötet den 12 maj ställs in.",
    "Seminariet om hemtjänst avbokas.",
    "Detta ändras till ett digitalt möte.",
    "Socialcheferna har inget att invända mot den nya tidplanen.",
    "Beslut: arbetsgruppen får fortsatt mandat.",
    "Anna Lind väljs till ordförande för arbetsgruppen.",
    "Mötet föreslår och väljer Per Ek till sekreterare.",
    "Valberedningen föreslår Eva Ek, och mötet väljer henne.",
]

FOLLOW_UPS = [
    "Karin Holm återkommer med ett förslag.",
    "Försäkringskassan tar med sig frågan till sin ledning.",
    "Kommunerna ombeds skicka in sina synpunkter senast 1 april.",
    "Nästa möte planeras till hösten.",
    "Region Skåne kommer att presentera den nya modellen i juni.",
    "Meddela namnen på kontaktpersonerna till sekreteraren.",
    "Påminn gärna era medarbetare om enkäten.",
    "Nu avvaktas Socialstyrelsens vägledning.",
    "Den 14 oktober står äldreomsorgens bemanning på dagordningen.",
    "9 december är det budgeten som står på agendan.",
    "I september blir det ett gemensamt seminarium om hot och våld.",
    "Sekretariatet ska ta fram ett underlag inför budgetarbetet.",
    "Frågan tas upp igen vid nästa möte.",
    "Styrgruppen har sitt nästa möte den 3 mars.",
    "Ärendet beslutas i förbundsstyrelsen 5 maj.",
    "Nätverket önskar lyfta frågan om lokalförsörjning i vår.",
]

NEITHER = [
    "Förslaget är att arbetsgruppen tar fram en gemensam rutin.",
    "Socialcheferna anser att frågan är viktig.",
    "Längre fram kan det bli aktuellt med en gemensam upphandling.",
    "Socialstyrelsen säger att de ska återkomma i frågan.",
    "Eftersom vi kommer att ha färre medarbetare behöver vi prioritera.",
    "Hon rapporterar från styrgruppen där regionerna framöver kommer att ha egen plats.",
    "Hur ska arbetet organiseras framöver?",
    "Karin Holm informerar om läget i projektet.",
    "Flera hade synpunkter även om de godkände avtalet.",
    "Det är önskvärt att fler kommuner deltar.",
    "Just nu pågår arbetet med att ta fram en handlingsplan.",
    "Ett gemensamt register har föreslagits.",
    "Den nya lagen kommer att innebära mer administration.",
    "Karin Holm informerar om hur det går med planeringen av höstens konferens.",
    "Regionen har tagit fram en ny strategi.",
]


@pytest.mark.parametrize("sentence", DECISIONS)
def test_decision(sentence: str) -> None:
    decisions, follow_ups = find_statements(sentence)
    assert [d.text.text for d in decisions] == [sentence]
    assert follow_ups == []


@pytest.mark.parametrize("sentence", FOLLOW_UPS)
def test_follow_up(sentence: str) -> None:
    decisions, follow_ups = find_statements(sentence)
    assert decisions == []
    assert [f.text.text for f in follow_ups] == [sentence]


@pytest.mark.parametrize("sentence", NEITHER)
def test_neither(sentence: str) -> None:
    assert find_statements(sentence) == ([], [])


def test_statements_are_whole_sentences_with_exact_spans() -> None:
    text = (
        "3. Socialchefsnätverket\n\nLena Ek informerar om läget. Nätverket är eniga om att\n"
        "fortsätta arbetet. Lena Ek återkommer med ett förslag.\n"
    )
    offset = 500
    decisions, follow_ups = find_statements(text, offset)
    for s in [*decisions, *follow_ups]:
        written = text[s.text.span.start - offset : s.text.span.end - offset]
        assert " ".join(written.split()) == s.text.text
    assert decisions[0].text.text == "Nätverket är eniga om att fortsätta arbetet."
    assert decisions[0].cue == "är eniga"
    assert follow_ups[0].cue == "återkommer"


@pytest.mark.parametrize("heading", ["Beslut", "Beslut:", "### Beslut", "=== Beslut"])
def test_sentences_under_a_beslut_subheading_are_decisions(heading: str) -> None:
    text = (
        "4. Gemensam upphandling av larm\n\n"
        "Diskussion förs om behovet av nya trygghetslarm.\n\n"
        f"{heading}\n\n"
        "Arbetsgruppen får mandat att starta upphandlingen. Ärendet lyfts i styrelsen i maj.\n\n"
        "Övrigt\n\n"
        "Inga fler frågor diskuterades.\n"
    )
    decisions, follow_ups = find_statements(text)
    assert [d.text.text for d in decisions] == [
        "Arbetsgruppen får mandat att starta upphandlingen.",
        "Ärendet lyfts i styrelsen i maj.",
    ]
    assert all(d.cue == heading.strip("#= ") for d in decisions)
    assert follow_ups == []


def test_another_subheading_ends_the_beslut_block() -> None:
    text = (
        "Beslut\n\nKansliet anställer en samordnare.\n\n"
        "Förslag till beslut\n\nKansliet köper in nya datorer.\n"
    )
    decisions, follow_ups = find_statements(text)
    assert [d.text.text for d in decisions] == ["Kansliet anställer en samordnare."]
    assert follow_ups == []


def test_bullets_under_an_action_heading_are_follow_ups() -> None:
    text = "## Att göra\n\n- Skicka ut enkäten till alla kommuner (Lisa)\n- Boka lokal för hösten\n"
    decisions, follow_ups = find_statements(text)
    assert decisions == []
    assert [f.text.text for f in follow_ups] == [
        "Skicka ut enkäten till alla kommuner (Lisa)",
        "Boka lokal för hösten",
    ]


@pytest.mark.parametrize(
    ("sentence", "known", "agent", "agent_id"),
    [
        ("Gunilla Glasare återkommer till gruppen vid ett kommande tillfälle.", (), "Gunilla Glasare", None),
        ("Länsstyrelsen tar med sig frågan och återkommer.", (), "Länsstyrelsen", None),
        ("Kommuncheferna vill att nätverken lämnar förslag.", (), "Kommuncheferna", GROUP_AGENT_ID),
        ("Socialcheferna vill att kansliet svarar.", (), "Socialcheferna", GROUP_AGENT_ID),
        ("Nätverket är eniga om att fortsätta.", (), "Nätverket", GROUP_AGENT_ID),
        ("Respektive socialchef tar med sig frågan hem.", (), "Respektive socialchef", GROUP_AGENT_ID),
        ("SKR kommer att bjuda in till en konferens.", (), "SKR", None),
        ("Fredagsmötena med Länsstyrelsen avbokas.", (), None, None),
        ("Eva återkommer om datum.", ("Eva",), "Eva", None),
        ("Återkoppling: här meddelar Borås att de gärna gör en dragning.", ("Borås",), "Borås", None),
    ],
)
def test_agent(sentence: str, known: tuple[str, ...], agent: str | None, agent_id: str | None) -> None:
    decisions, follow_ups = find_statements(sentence, known_agents=known)
    (statement,) = decisions + follow_ups
    assert (statement.agent, statement.agent_id) == (agent, agent_id)


def test_find_agent_alone() -> None:
    assert find_agent("Arbetsgruppen tar fram en rutin.") == ("Arbetsgruppen", True)
    assert find_agent("Socialstyrelsen tar fram en vägledning.") == ("Socialstyrelsen", False)
    assert find_agent("Detta planeras till våren.") == (None, False)


def test_cue_table_is_complete_and_compiles() -> None:
    cues = Cues.load()
    kinds = {c.kind for c in cues.cues}
    assert {"decision", "follow_up", "borderline", "decision_heading", "follow_up_heading"} <= kinds
    assert all(c.note for c in cues.cues)
    assert cues.group.match("Kommuncheferna")
    assert not cues.group.match("Länsstyrelsen")
