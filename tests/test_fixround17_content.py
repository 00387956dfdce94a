"""Fix round 17 (content): a federation's own organ deciding in its protocol, "<Organ>s beslut" as a
decision heading, undated months after the meeting, month ranges without a year, follow-up cues
(a notice going out before a holiday, an active request, a verbless report-back, a check with
someone, a dated line under "Nästa möte"), "-kommittén" as an organ and four rescue-service
federations in the gazetteer.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates, infer_year
from govkg.extract.organisations import find_organisations
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements


def _kinds(text: str, meeting: str = "2031-04-10", title: str = "", agents: tuple[str, ...] = ()) -> str:
    decisions, follow_ups = find_statements(text, known_agents=agents, meeting=meeting, title=title)
    return ("D" if decisions else "") + ("F" if follow_ups else "")


# ---- 1. the organ that holds the meeting decides, also on a dated matter


@pytest.mark.parametrize(
    "sentence",
    [
        "Direktionen beslutar att anta reviderad taxa att gälla från och med den 1 januari 2032.",
        "Förbundsdirektionen beslutar att skicka planen på remiss med svar senast den 30 november 2031.",
        "Presidiet beslutar att kalla till ett extra sammanträde den 2 oktober 2031.",
        "Förbundsstyrelsen beslutar att fastställa sammanträdesdagarna 3 mars och 4 maj 2032.",
        "Styrelsen beslutar att godkänna bokslutet per den 31 december 2030.",
    ],
)
def test_the_own_organ_deciding_on_a_dated_matter_is_a_decision(sentence: str) -> None:
    assert _kinds(sentence) == "D"


def test_another_body_deciding_on_a_coming_date_stays_a_follow_up() -> None:
    assert _kinds("Regionfullmäktige beslutar om planen den 16 juni.") == "F"


_PROTOCOL = (
    "Dnr 2031/12\n\n"
    "{label}\n"
    "Nämnden beslutar\n"
    "att godkänna rapporten per den 30 juni 2031, samt\n"
    "att överlämna den till ägarna.\n\n"
    "Ärendet\n"
    "Förbundet redovisar ett resultat för perioden februari–juni på 2 miljoner kronor.\n"
)


@pytest.mark.parametrize("label", ["Nämndens beslut", "Direktionens beslut", "Styrelsens beslut"])
def test_an_organs_decision_heading_stands_alone_and_heads_decisions(label: str) -> None:
    text = _PROTOCOL.format(label=label)
    sentences = [q.text for q in split_sentences(text)]
    assert label in sentences
    decisions, follow_ups = find_statements(text, meeting="2031-09-10")
    assert [d.text.text for d in decisions] == [
        "Nämnden beslutar att godkänna rapporten per den 30 juni 2031, samt att överlämna den till ägarna."
    ]
    assert follow_ups == []


def test_a_report_set_for_a_coming_month_under_the_decision_heading_is_a_follow_up() -> None:
    text = (
        "Nämndens beslut\n"
        "Nämnden antar planen för 2032. Uppföljningen redovisas för nämnden i\n"
        "september 2032.\n"
    )
    decisions, follow_ups = find_statements(text, meeting="2031-12-10")
    assert [d.text.text for d in decisions] == ["Nämnden antar planen för 2032."]
    assert [f.text.text for f in follow_ups] == ["Uppföljningen redovisas för nämnden i september 2032."]


# ---- 2. dates: a later month of the same year, a month range without a year


@pytest.mark.parametrize(
    ("month", "meeting_month", "year"),
    [(12, 4, 2031), (12, 3, 2031), (11, 2, 2031), (12, 2, 2030), (11, 1, 2030), (1, 11, 2032)],
)
def test_a_later_month_of_the_year_stays_in_it_when_the_sentence_looks_ahead(
    month: int, meeting_month: int, year: int
) -> None:
    assert infer_year(month, 2031, meeting_month, ahead=True) == year


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Planen ska antas av fullmäktige i december.", "2031-12"),
        ("Rapporten lämnas till styrelsen i november.", "2031-11"),
        ("Programmet antogs av fullmäktige i december.", "2030-12"),
        ("Enkäten skickades ut i november.", "2030-11"),
    ],
)
def test_the_tense_places_a_late_month_in_march_minutes(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, meeting="2031-03-10")] == [iso]


def test_a_report_promised_for_december_in_april_minutes_is_kept() -> None:
    text = "En fördjupad redovisning lämnas till nämnden i december."
    (date,) = find_dates(text, meeting="2031-04-10")
    assert date.iso == "2031-12"
    assert _kinds(text) == "F"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Resultatet för perioden februari–juni är positivt.", "2031-02/2031-06"),
        ("Enkäten genomförs under september–oktober.", "2031-09/2031-10"),
        ("Utbildningen ges mars–maj 2032.", "2032-03/2032-05"),
    ],
)
def test_a_month_range_takes_the_meetings_year(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, meeting="2031-04-10")] == [iso]


# ---- 3. follow-up cues


@pytest.mark.parametrize(
    "sentence",
    [
        "En inbjudan går ut till skolorna före midsommar.",
        "Ett utskick går ut till medlemmarna inför jul.",
        "Ordföranden uppmanade medlemmarna att svara på enkäten.",
        "Sekreteraren uppmanar kommunerna att anmäla kontaktpersoner.",
        "Återrapport på mötet i maj.",
        "Ärendet bereds till styrelsens möte den 3 maj.",
        "Påminnelse om konferensen den 20 maj i Kumla.",
    ],
)
def test_follow_up_cues(sentence: str) -> None:
    assert _kinds(sentence) == "F"


@pytest.mark.parametrize(
    "sentence",
    ["Olle kollar med skolorna.", "Vi ser ett behov av fler platser – Olle kollar med dem."],
)
def test_a_named_actor_checking_with_someone_is_a_follow_up(sentence: str) -> None:
    assert _kinds(sentence, agents=("Olle",)) == "F"


def test_checking_with_someone_needs_a_named_actor() -> None:
    assert _kinds("Rapporten kollar med ett urval av kommunerna.") == ""


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("Nästa möte", "Torsdag 7 december kl. 8.30–11.30 i Kumla, Olle är värd.", "F"),
        ("7. Nästa möte", "Den 3/5 i Lund.", "F"),
        ("Kommande möten", "12 mars kl. 9–12, digitalt.", "F"),
        ("Övrigt", "Torsdag 7 december kl. 8.30–11.30 i Kumla, Olle är värd.", ""),
        ("Nästa möte", "12 personer deltog i förra mötet.", ""),
    ],
)
def test_a_dated_line_under_next_meeting_is_that_meeting(title: str, line: str, expected: str) -> None:
    assert _kinds(line, meeting="2031-10-10", title=title) == expected


@pytest.mark.parametrize(
    "sentence", ["Rådet ställde sig positivt till planen.", "Gruppen ställde sig positiv till förslaget."]
)
def test_the_group_taking_a_positive_stance_is_a_decision(sentence: str) -> None:
    assert _kinds(sentence) == "D"


# ---- 4. organisations


@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("Övningen gjordes med Storstockholms brandförsvar.", "storstockholms-brandforsvar"),
        ("Brandkåren Attundas förbundsdirektör deltog.", "brandkaren-attunda"),
        ("Södertörns brandförsvarsförbund redovisade statistiken.", "sbff"),
        ("Räddningstjänsten Syd bjöd in till workshop.", "raddningstjansten-syd"),
    ],
)
def test_rescue_service_federations_are_known(text: str, org_id: str) -> None:
    assert [o.org_id for o in find_organisations(text)] == [org_id]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Frågan bereds till samverkanskommitténs möte.", "samverkanskommitténs"),
        ("Samverkanskommittén har godkänt avtalet.", "Samverkanskommittén"),
    ],
)
def test_a_named_committee_is_an_organ(text: str, surface: str) -> None:
    assert [o.surface.text for o in find_organisations(text)] == [surface]


def test_a_bare_committee_is_no_organisation() -> None:
    assert find_organisations("Kommittén träffas i maj.") == []
