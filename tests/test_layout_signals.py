"""Layout signals of Word/PDF, protocol and e-mail minutes, one mechanism per test.

Every text here is written for these tests (invented networks and people; real bodies and
municipalities), so the rules are checked on text they were not fitted to.
"""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.dates import find_dates
from govkg.extract.municipalities import find_municipalities
from govkg.extract.organisations import find_organisations
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.normalise import normalise
from govkg.parse import parse_minutes
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.date_estimate import estimate
from govkg.parse.meeting_date import header_date, header_lines, meeting_date


def _parse(text: str) -> Minutes:
    doc = Document("t.txt", "t", "t.txt", text, "0" * 64, "text/plain", "utf-8")
    return parse_minutes(doc)


# ---------------------------------------------------------------- items: "1  Title"

_BARE = """Anteckningar

1  Inledning
Mötet öppnades.

2  Ekonomi
Läget redovisades.
{line}
3  Övrigt
Inget att ta upp.
"""


def test_bare_numbered_headings_form_the_agenda() -> None:
    minutes = _parse(_BARE.format(line=""))
    assert [(it.number, it.title.text) for it in minutes.items] == [
        ("1", "Inledning"),
        ("2", "Ekonomi"),
        ("3", "Övrigt"),
    ]


@pytest.mark.parametrize(
    "line", ["4 mars står frågan på dagordningen.", "4 Mars möts gruppen igen", "12 Kommuner deltar"]
)
def test_a_date_or_count_that_opens_a_line_is_no_heading(line: str) -> None:
    minutes = _parse(_BARE.format(line=line))
    assert [it.number for it in minutes.items] == ["1", "2", "3"]


def test_bare_numbered_lines_without_bodies_are_a_list_not_the_agenda() -> None:
    text = "Anteckningar\n\n1. Inledning\nText.\n\n2. Lista\nDeltagare:\n1  Anna\n2  Bo\n3  Cilla\n"
    minutes = _parse(text)
    assert [it.title.text for it in minutes.items] == ["Inledning", "Lista"]


# ---------------------------------------------------------------- page furniture without form feeds


def test_running_header_and_footer_beside_page_numbers_are_dropped() -> None:
    page = (
        "Förbundet   PROTOKOLL\nStyrelsen   2024-05-02\n            Sida {n} (3)\n\n{body}\n\n"
        "{rule}\nFörbundet, Box 1, 100 00 Ort\n\n"
    )
    text = "".join(page.format(n=n, body=f"Text på sidan {n}.", rule="_" * 40) for n in (1, 2, 3))
    out = normalise(text).text
    assert "Sida" not in out and "Box 1" not in out and "2024-05-02" not in out
    assert all(f"Text på sidan {n}." in out for n in (1, 2, 3))


def test_a_line_repeated_in_the_body_is_kept() -> None:
    text = "Beslut\nInformationen noteras.\n\nBeslut\nInformationen noteras.\n\nSida 1 (1)\n"
    assert normalise(text).text.count("Informationen noteras.") == 2


# ---------------------------------------------------------------- meeting date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("PROTOKOLL\n\nSammanträdesdatum    12 mars 2024\n\n§ 1 Öppnande\n", "2024-03-12"),
        ("Protokoll\nDatum\t2023-11-02\n\n1. Val\n", "2023-11-02"),
        ("Förbundet          ANTECKNINGAR\nStyrelsen          2024-05-02\n\nText.\n", "2024-05-02"),
        # the weekday fixes the year among those the minutes name: 14 October is a Tuesday in 2025
        ("**Anteckningar** – tisdag 14 oktober\n\n1. Budget 2026\nText.\n", "2025-10-14"),
    ],
)
def test_header_date(text: str, iso: str) -> None:
    found = header_date(text)
    assert found is not None and found.date == iso


def test_a_yearless_header_day_takes_the_year_of_the_sending_date() -> None:
    text = "Skickat: den 3 februari 2025 09:00\n\nAnteckningar – 28 januari\n\n1. Val\nText.\n"
    assert meeting_date(text, {}).date == "2025-01-28"


def test_the_header_date_is_no_event_ahead_for_the_estimator() -> None:
    # read as an event ahead, "23 maj 2025" would cap the meeting and put "30 juni" in 2024
    text = "PROTOKOLL\n\nDatum:    23 maj 2025\n\n§ 1 Rapport\nUnderlaget lämnas den 30 juni.\n"
    assert estimate(text).iso == "2024-06"
    assert not (estimate(text, header_lines(text)).iso or "").startswith("2024")
    assert meeting_date(text, {}).date == "2025-05-23"


# ---------------------------------------------------------------- attendance


def test_label_column_attendance_continues_under_the_value_column() -> None:
    text = (
        "Protokoll\n\nNärvarande           Anna Berg, kommunchef, Ale kommun\n"
        "                     Bo Ek, kommundirektör, Lerums kommun\n\n"
        "Frånvarande          Cilla Rask, kommunchef, Alingsås kommun\n\n§ 1 Öppnande\nText.\n"
    )
    minutes = _parse(text)
    assert [(a.name.text, a.affiliation_canonical) for a in minutes.present] == [
        ("Anna Berg", "Ale"),
        ("Bo Ek", "Lerum"),
    ]
    assert [a.name.text for a in minutes.absent] == ["Cilla Rask"]


def test_name_slash_municipality_and_the_writer_naming_herself() -> None:
    text = (
        "Hej!\n\nNärvarande: Anna Berg/Ale, Bo Ek/Lerums kommun.\n"
        "Från Region Halland: Per Holm, regiondirektör, och jag själv (Eva Ros) som antecknade.\n\n"
        "1) Val\nText.\n"
    )
    minutes = _parse(text)
    got = [(a.name.text, a.affiliation_canonical) for a in minutes.present]
    assert got == [
        ("Anna Berg", "Ale"),
        ("Bo Ek", "Lerum"),
        ("Per Holm", "Region Halland"),
        ("Eva Ros", "Region Halland"),
    ]
    assert minutes.recorded_by.name.text == "Eva Ros"


@pytest.mark.parametrize(
    "line", ["Vid pennan\nEva Ros", "*Antecknat av Eva Ros, Region Halland*", "Eva Ros, som antecknade"]
)
def test_recorder_forms(line: str) -> None:
    minutes = _parse(f"Anteckningar\n\n1. Val\nText.\n\n2. Övrigt\nInget.\n\n{line}\n")
    assert minutes.recorded_by.name.text == "Eva Ros"
    assert "Eva Ros" not in minutes.items[-1].blocks[-1].text.text


# ---------------------------------------------------------------- where the minutes end


@pytest.mark.parametrize(
    "tail",
    [
        "Vänliga hälsningar\nEva Ros\nRegion Halland",
        "Med vänlig hälsning\nEva Ros",
        "Eva Ros\nRegion Halland\n070-123 45 67\neva.ros@regionhalland.se",
        "-----Ursprungligt meddelande-----\nFrån: Eva Ros\nSkickat: den 1 mars 2024\nMöte 5 mars i Halmstad.",
        "Från: Eva Ros\nSkickat: den 1 mars 2024\nÄmne: Kallelse\n\nMöte 5 mars i Halmstad.",
        "> Möte 5 mars i Halmstad.",
    ],
)
def test_signature_and_quoted_message_end_the_last_item(tail: str) -> None:
    text = f"Hej!\n\nNärvarande: Anna Berg/Ale\n\n1) Val\nText.\n\n2) Övrigt\nInget att ta upp.\n\n{tail}\n"
    minutes = _parse(text)
    last = minutes.items[-1]
    body = text[last.span.start : last.span.end]
    assert body.endswith("Inget att ta upp.")


# ---------------------------------------------------------------- sentences and statements


def test_a_label_line_right_above_its_text_stands_alone() -> None:
    text = "Beslut\nNätverket ställer sig bakom förslaget.\nMötet leddes av\nAnna Berg."
    assert [q.text for q in split_sentences(text)] == [
        "Beslut",
        "Nätverket ställer sig bakom förslaget.",
        "Mötet leddes av Anna Berg.",
    ]


def test_beslut_block_right_above_its_sentences() -> None:
    text = (
        "Beslut\nGruppen utser Bo Ek att justera protokollet.\nInformationen noteras.\n"
        "Regionstyrelsen behandlar ärendet den 17 juni."
    )
    decisions, follow_ups = find_statements(text)
    assert [d.text.text for d in decisions] == [
        "Gruppen utser Bo Ek att justera protokollet.",
        "Informationen noteras.",
    ]
    assert [f.text.text for f in follow_ups] == ["Regionstyrelsen behandlar ärendet den 17 juni."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nästa möte är onsdag 21 januari kl. 13–16 i Kumla.",
        "**Nästa möte:** fredag 10 oktober i Västervik.",
        "Kommunfullmäktige behandlar avtalet den 4 december.",
        "Rapporten redovisas vid sammanträdet den 29 augusti.",
        "Synpunkter lämnas till förbundet senast den 30 september.",
        # fix round 2: another body's dated decision, a booking, a dated invitation, a deadline
        # in a relative clause, an agreement to follow up at a dated meeting
        "Regionfullmäktige beslutar om planen den 16 juni.",
        "Anna Ek bokar lokalen till oktober.",
        "Länsstyrelsen Skåne har bjudit in kommunerna till en övning den 3 mars.",
        "Bo Ek samordnar svaret, som ska vara Trafikverket tillhanda senast den 1 juli.",
        "Gruppen kom överens om att följa upp frågan på mötet den 5 maj.",
    ],
)
def test_follow_up_cues(sentence: str) -> None:
    decisions, follow_ups = find_statements(sentence)
    assert not decisions and [f.text.text for f in follow_ups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Socialchefsgruppen noterade informationen.",
        "Nätverket är positivt till förslaget.",
        "Kommundirektörsgruppen rekommenderar kommunerna att anta riktlinjerna.",
        "Gruppen beslutar att träffas den 5 maj.",
    ],
)
def test_decision_cues_of_the_group(sentence: str) -> None:
    decisions, _ = find_statements(sentence)
    assert [d.text.text for d in decisions] == [sentence]


def test_a_cue_in_reported_speech_is_no_decision_of_the_group() -> None:
    decisions, _ = find_statements("Eva Ek informerade om att styrelsen fastställer budgeten den 3 mars.")
    assert decisions == []


def test_members_reporting_their_own_councils_decisions_is_no_decision() -> None:
    decisions, _ = find_statements("Runda bordet. Flera har beslutat om anställningsstopp.")
    assert decisions == []


# ---------------------------------------------------------------- organisations


def test_a_town_name_opening_a_company_name_is_the_company() -> None:
    text = "Kalmar Vatten och Växjö Energi bistår, och Kalmar kommun samordnar."
    orgs = {o.canonical: o.kind for o in find_organisations(text)}
    assert orgs["Kalmar Vatten"] == "company" and orgs["Växjö Energi"] == "company"
    assert [m.name for m in find_municipalities(text)] == ["Kalmar"]


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("Regionfullmäktige beslutar i juni.", "Regionfullmäktige", "other"),
        ("Avtalet skickas till kommunstyrelserna.", "Kommunstyrelserna", "other"),
        ("Uppföljning av Hallandsstrategin 2035 pågår.", "Hallandsstrategin 2035", "programme"),
        # fix round 2: rescue services by name, a network with an acronym prefix, a capitalised
        # adjective that opens the sentence and the organ's name
        ("Vi träffade Räddningstjänsten Västra Blekinge igår.", "Räddningstjänsten Västra Blekinge", "other"),
        (
            "Avtalet med Södra Hallands Räddningstjänstförbund gäller.",
            "Södra Hallands Räddningstjänstförbund",
            "other",
        ),
        ("Frågan går till IT-nätverket i länet.", "IT-nätverket", "network"),
        ("Regionala utvecklingsnämnden behandlar frågan.", "Regionala utvecklingsnämnden", "other"),
    ],
)
def test_organs_and_programmes(text: str, canonical: str, kind: str) -> None:
    assert [(o.canonical, o.kind) for o in find_organisations(text)] == [(canonical, kind)]


def test_guidance_is_no_organ_and_a_strategy_year_no_date() -> None:
    assert find_organisations("MSB presenterade vägledningen.")[0].canonical.startswith("Myndigheten")
    assert len(find_organisations("MSB presenterade vägledningen.")) == 1
    assert find_dates("Hallandsstrategin 2035 följs upp.", meeting_year=2024) == []


@pytest.mark.parametrize("phrase", ["från och med mars", "fr.o.m. mars", "till och med mars"])
def test_month_spans_are_month_dates(phrase: str) -> None:
    found = find_dates(f"Avtalet gäller {phrase}.", meeting_year=2025)
    assert [d.iso for d in found] == ["2025-03"]


def test_bare_foerbundet_in_a_federations_minutes_is_the_federation() -> None:
    text = (
        "Anteckningar\n\nNärvarande\nAnna Ek, förbundsdirektör, Blekinges kommunförbund\n"
        "Bo Lind, Karlskrona\n\n1. Aktuellt\nFörbundet har fått nya lokaler. Bo Lind tackade förbundet.\n"
        "\n2. Övrigt\nInget.\n"
    )
    minutes = extract_mentions(_parse(text))
    orgs = {o.canonical: o for o in minutes.items[0].organisations_mentioned}
    federation = orgs["Blekinges kommunförbund"]
    assert federation.kind == "municipal_federation"
    assert [federation.surface.text, *[q.text for q in federation.other_surfaces]] == [
        "Förbundet",
        "förbundet",
    ]


def test_bare_foerbundet_without_a_federation_is_nothing() -> None:
    text = (
        "Anteckningar\n\nNärvarande\nBo Lind, Karlskrona\nEva Ask, Ronneby\n\n"
        "1. Aktuellt\nFörbundet har fått nya lokaler.\n\n2. Övrigt\nInget.\n"
    )
    minutes = extract_mentions(_parse(text))
    assert minutes.items[0].organisations_mentioned == []


# ---------------------------------------------------------------- attendance group labels (fix round 2)

_LABELS = """Anteckningar

Närvarande
**Region Halland**
Anna Berg, regiondirektör
Östsam Utveckling:
Pia Rask, verksamhetsledare
Tjänstepersoner:
Bo Ek, Ale
Varbergs kommun
Lena Hjort, kommunchef
**Kompetensrådet**
Eva Sand, processledare
**Ärenden**
Gunnar Ek, Lerum

1. Inledning
Text.

2. Övrigt
Text.
"""


def test_group_labels_give_their_people_a_body_and_a_heading_ends_the_list() -> None:
    minutes = _parse(_LABELS)
    assert [(a.name.text, a.affiliation_canonical) for a in minutes.present] == [
        ("Anna Berg", "Region Halland"),  # a bold body's name
        ("Pia Rask", "Östsam Utveckling"),  # an unknown body with a colon
        ("Bo Ek", "Ale"),  # "Tjänstepersoner:" names no body
        ("Lena Hjort", "Varberg"),  # a known body alone on its line
        ("Eva Sand", "Kompetensrådet"),  # a bold one-word body
    ]


@pytest.mark.parametrize(
    ("line", "name", "role", "body"),
    [
        ("Kommunchef Anna Berg, Ale kommun", "Anna Berg", "Kommunchef", "Ale"),
        (
            "biträdande socialchef Lena Hjort, Varbergs kommun",
            "Lena Hjort",
            "biträdande socialchef",
            "Varberg",
        ),
        ("Professor Eva Ek, Högskolan i Halmstad", "Eva Ek", "Professor", "Högskolan i Halmstad"),
        ("Lerum           Bo Ek           kommunchef", "Bo Ek", "kommunchef", "Lerum"),
        ("Lerum           Bo Ek kommunchef", "Bo Ek", "kommunchef", "Lerum"),
        ("Region Halland, Anna Berg, regiondirektör", "Anna Berg", "regiondirektör", "Region Halland"),
        ("Anna Berg, kommunchef, Ale kommun", "Anna Berg", "kommunchef", "Ale"),
    ],
)
def test_attendee_line_layouts(line: str, name: str, role: str, body: str) -> None:
    parsed = parse_attendee_line(line, Gazetteer.load())
    assert parsed is not None and parsed.role is not None
    assert line[parsed.name.start : parsed.name.end] == name
    assert line[parsed.role.start : parsed.role.end] == role
    assert parsed.affiliation_canonical == body
