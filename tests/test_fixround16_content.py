"""Fix round 16c: next-meeting sentences with a qualifier or a weekday, named actors' contact and
charge steps (also by a pair of names), approval in a sentence-final relative clause, newsletters
and last days as coming steps, `gärna` as an offer only with a verb of doing; `VA` compounds as no
bodies, and a federation named after its place not read as the place's municipality.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.cue_table import Cues
from govkg.extract.organisations import find_organisations
from govkg.extract.statement_agent import find_agent
from govkg.extract.statements import find_statements
from govkg.gazetteer import Gazetteer, Municipality

_MEETING = "2031-03-12"


def _kind(text: str, agents: tuple[str, ...] = ()) -> str | None:
    decisions, follow_ups = find_statements(text, known_agents=agents, meeting=_MEETING)
    return "decision" if decisions else "follow_up" if follow_ups else None


# ---- 0. the split of statements keeps its public names


def test_statements_reexports_its_parts() -> None:
    from govkg.extract import statements

    assert statements.Cues is Cues
    assert statements.find_agent is find_agent
    assert find_agent("Länsstyrelsen tar med sig frågan.") == ("Länsstyrelsen", False)


# ---- 1. the next meeting


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the body met or the place between the noun and the verb
        ("Nästa möte med styrgruppen är fredagen den 9 maj kl. 10.00.", "follow_up"),
        ("Nästa möte i nätverket hålls måndagen den 2 juni kl. 13.00 på Teams.", "follow_up"),
        ("Nästa sammanträde för arbetsutskottet blir onsdagen den 4 juni.", "follow_up"),
        # an owners' council by its compound name
        ("Nästa ägarråd hålls torsdagen den 11 september 2031 i Varberg.", "follow_up"),
        # an event held on a weekday and date
        ("Seminariet hålls torsdagen den 15 maj i Borås.", "follow_up"),
        # no date: nothing set
        ("Nästa möte med styrgruppen blir viktigt för budgeten.", None),
    ],
)
def test_next_meeting(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# ---- 2. named actors' steps


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Petra tar upp frågan med Trafikverket och Region Halland.", "follow_up"),
        ("Olle tar kontakt med kommunens miljöförvaltning.", "follow_up"),
        ("Anna Berg och Per Holm ser till att rutinen uppdateras.", "follow_up"),
        ("Olle och Petra träffar Falkenbergs kommun den 3 maj för att diskutera avtalet.", "follow_up"),
        ("Olle Ek och Petra Holm undersöker en gemensam ansökan om medel.", "follow_up"),
        # a passive check-up with its time
        ("Avgifterna för 2032 stäms av med Varbergs kommun före den 1 juni.", "follow_up"),
        # no named actor before the verb: a description, no step
        ("Rapporten ser till att frågan lyfts.", None),
        ("Modellen tar kontakt med verkligheten.", None),
        ("Projektet undersöker en ny metod.", None),
    ],
)
def test_actor_steps(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# ---- 3. decisions and follow-ups of other shapes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # approval in a sentence-final relative clause
        ("Maria gick igenom dagordningen, som godkändes.", "decision"),
        ("Bo redovisade minnesanteckningarna, som lades till handlingarna.", "decision"),
        ("Ordföranden presenterade verksamhetsplanen, som fastställdes med ett tillägg.", "decision"),
        # with an agent or a time after it, the clause is background
        ("Planen bygger på strategin, som antogs av fullmäktige 2019.", None),
        # a newsletter and a last day
        ("Nyhetsbrevet går ut den 3 juni.", "follow_up"),
        ("Sista dag att anmäla sig är den 12 maj 2031.", "follow_up"),
        ("Sista ansökningsdag är den 30 april.", "follow_up"),
        # a last day already past at the meeting is no coming step
        ("Sista dag att anmäla sig var den 12 februari 2031.", None),
    ],
)
def test_other_shapes(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an offer to do something
        ("Polisen bidrar gärna med en föreläsning.", "follow_up"),
        ("Vi tar gärna emot fler förslag.", "follow_up"),
        # a stance with a copula: no step
        ("Kerstin meddelade att Borås gärna är värd för nästa träff.", None),
        ("Ulla sa att Alingsås är gärna med.", None),
    ],
)
def test_garna_offers(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# ---- 4. organisations


@pytest.mark.parametrize(
    "text",
    [
        "Ny VA-taxa för 2032 diskuterades.",
        "Bolaget anlitar byrån för VA-juridik.",
        "VA-planen ska revideras.",
    ],
)
def test_va_compounds_are_no_bodies(text: str) -> None:
    names = [o.surface.text for o in find_organisations(text, 0, Gazetteer.load())]
    assert not any(n.startswith("VA") for n in names), names


@pytest.mark.parametrize(
    "body",
    ["Samordningsförbundet Skaraborg", "Samordningsförbundet Gotland", "Finsam Västerås"],
)
def test_federation_named_after_place_is_not_the_place(body: str) -> None:
    found = Gazetteer.load().affiliation(body)
    assert found is None or not isinstance(found[1], Municipality)


@pytest.mark.parametrize(
    ("text", "municipality"),
    [("Socialförvaltningen Kalmar", "Kalmar"), ("Halmstads kommun", "Halmstad")],
)
def test_units_still_take_their_municipality(text: str, municipality: str) -> None:
    found = Gazetteer.load().affiliation(text)
    assert found is not None and found[0] == municipality


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laholmsbuktens VA", "Laholmsbuktens VA AB"),
        ("LBVA", "Laholmsbuktens VA AB"),
        ("Kalmarsunds gymnasieförbund", "Kalmarsunds gymnasieförbund"),
        ("Länsbiblioteket i Värmland", "Länsbibliotek Värmland"),
        ("En Bättre Sits", "En Bättre Sits"),
    ],
)
def test_new_gazetteer_rows(text: str, name: str) -> None:
    found = Gazetteer.load().affiliation(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the island's municipality calls itself Region Gotland: the bare name is the island
        ("Arbetsförmedlingens kontor på Gotland stänger.", []),
        ("Erfarenheter från Gotland och Kalmar delades.", ["Kalmar"]),
        ("Gotlands kommun bytte namn 2011.", ["Gotland"]),
    ],
)
def test_bare_gotland_is_the_island(text: str, found: list[str]) -> None:
    from govkg.extract.municipalities import find_municipalities

    assert [m.name for m in find_municipalities(text)] == found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a preparatory body's proposal to the organ that decides is its outcome
        ("Presidiet föreslår att direktionen ger förbundschefen i uppdrag att ta fram en plan.", "decision"),
        ("Arbetsutskottet föreslår styrelsen att anta budgeten.", "decision"),
        # an office's or a member's proposal stays a proposal
        ("Förbundskansliet föreslår att direktionen ger förbundschefen i uppdrag att ta fram en plan.", None),
        ("Per Lind föreslår att även skolorna bjuds in.", None),
        # sent on as proposed
        ("Övriga ärenden går till styrelsen enligt förslaget.", "decision"),
        ("Ärendet går till nämnden i maj.", None),
        # a position raised about another body's offer is no step of anyone here
        ("Karin lyfte att Polisen gärna bidrar med statistik.", None),
        ("Karin lyfte att hon återkommer med statistik.", "follow_up"),
    ],
)
def test_proposals_and_raised_positions(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(
    ("text", "schools"),
    [
        (
            "Rektor på Maria Kvarnskolan och elever från Wargentinskolans program.",
            ["Maria Kvarnskolan", "Wargentinskolan"],
        ),
        ("Eleverna på Tallbackaskolan deltog.", ["Tallbackaskolan"]),
        # school types are nouns, not names
        ("Grundskolan och Gymnasieskolan ska samverka.", []),
        ("Förskolan öppnar i augusti.", []),
    ],
)
def test_named_schools(text: str, schools: list[str]) -> None:
    from govkg.extract.org_patterns import find_named

    assert [n.canonical for n in find_named(text) if n.canonical.endswith("skolan")] == schools


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an ambiguous name opening a list of municipalities is the municipality
        ("Flera saknar plan. Sala, Heby och Enköping reviderar sina planer.", ["Sala", "Heby", "Enköping"]),
        ("Mora samt Orsa deltar.", ["Mora", "Orsa"]),
        # a first name opening a list of people is not
        ("Mark, Anna och Bo kom.", []),
    ],
)
def test_ambiguous_name_opening_a_municipality_list(text: str, found: list[str]) -> None:
    from govkg.extract.municipalities import find_municipalities

    assert [m.name for m in find_municipalities(text)] == found
